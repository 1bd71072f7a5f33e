"""`khtool diff` of a lower plan against the plan above it: the deadline A
gives B's plan answered by B's date of issue, a recurring deadline and its
dated instance one, ongoing work of B's level shown, reports of one chain
paired in their order, and a shared ancestor cited another way no change.
(Texts written for these tests.)"""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 40/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026

Thực hiện Nghị quyết số 12-NQ/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Rà soát, cập nhật phương án ứng phó với bão, lũ và ngập lụt cho các khu dân cư ven sông.
2. Tổ chức diễn tập cứu hộ, cứu nạn tại các vùng trọng điểm trong Quý II/2026.

II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2026.
2. Ủy ban nhân dân các xã, phường
- Ban hành kế hoạch thực hiện công tác phòng, chống thiên tai năm 2026 của địa phương chậm nhất ngày 15/3/2026.
- Duy trì lực lượng xung kích phòng, chống thiên tai ở thôn, tổ dân phố; thực hiện thường xuyên.
- Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường định kỳ 6 tháng, năm (trước ngày 15/6 và 15/12).
"""

# (the same plan, its wards asked to send their plans by a date, with no
# "ban hành kế hoạch" date for plans of their level)
PROVINCE_SEND = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 40/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026

Thực hiện Nghị quyết số 12-NQ/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Rà soát, cập nhật phương án ứng phó với bão, lũ và ngập lụt cho các khu dân cư ven sông.
2. Tổ chức diễn tập cứu hộ, cứu nạn tại các vùng trọng điểm trong Quý II/2026.

II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2026.
2. Ủy ban nhân dân các xã, phường
- Xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở Nông nghiệp và Môi trường trước ngày 15/3/2026; phối hợp với Công an xã, phường lập danh sách hộ dân ở khu vực nguy cơ sạt lở.
- Duy trì lực lượng xung kích phòng, chống thiên tai ở thôn, tổ dân phố; thực hiện thường xuyên.
- Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường định kỳ 6 tháng, năm (trước ngày 15/6 và 15/12).
"""

COMMUNE = """ỦY BAN NHÂN DÂN
XÃ KIM BẢNG
Số: 18/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kim Bảng, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn xã năm 2026

Thực hiện Kế hoạch số 40/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Hà Nam; quán triệt Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Rà soát phương án ứng phó với bão, lũ cho các thôn ven sông Đáy.
2. Tổ chức diễn tập cứu hộ tại thôn Phù Lưu trong tháng 5/2026.

II. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Nông nghiệp
- Kiểm tra hệ thống đê bao, cống tiêu nước trước ngày 10/3/2026.
2. Trưởng các thôn
- Lập danh sách hộ dân ở khu vực nguy cơ sạt lở trước ngày 20/3/2026.
- Báo cáo sơ kết 6 tháng về Ủy ban nhân dân xã trước ngày 05/6/2026.
3. Ủy ban nhân dân xã báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 15/6/2026 và 15/12/2026.
"""

# (the commune's hamlets report to it, to be sent on to the Sở, before the
# province's dates for the commune)
COMMUNE_CHAIN = """ỦY BAN NHÂN DÂN
XÃ KIM BẢNG
Số: 18/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kim Bảng, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn xã năm 2026

Thực hiện Kế hoạch số 40/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Hà Nam; quán triệt Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Rà soát phương án ứng phó với bão, lũ cho các thôn ven sông Đáy.
2. Tổ chức diễn tập cứu hộ tại thôn Phù Lưu trong tháng 5/2026.

II. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Nông nghiệp
- Kiểm tra hệ thống đê bao, cống tiêu nước trước ngày 10/3/2026.
2. Trưởng các thôn
- Lập danh sách hộ dân ở khu vực nguy cơ sạt lở trước ngày 20/3/2026.
- Báo cáo sơ kết 6 tháng về Ủy ban nhân dân xã trước ngày 05/6/2026, báo cáo năm trước ngày 05/12/2026 để tổng hợp, báo cáo Sở Nông nghiệp và Môi trường.
"""


def _rows(a: str, b: str) -> list[dict]:
    d = diff_plans(parse_text(a), parse_text(b))
    return d.deadlines


def _row(rows: list[dict], a_text: str) -> dict:
    return next(r for r in rows if r["a"] and r["a"]["text"] == a_text)


@pytest.mark.parametrize(
    ("a", "b", "a_text", "status", "b_text"),
    [
        # the date A gives B's plan, met by B's date of issue (no "no due
        # date"); paired only with B's date for the same duty of its task
        (PROVINCE_SEND, COMMUNE, "trước ngày 15/3/2026", "met", "trước ngày 20/3/2026"),
        # a recurring report and this year's instance of it: the same deadline
        (PROVINCE, COMMUNE, "trước ngày 15/6", "same", "trước ngày 15/6/2026"),
        (PROVINCE, COMMUNE, "15/12", "same", "15/12/2026"),
        # ongoing work given B's level is shown, though undated
        (PROVINCE, COMMUNE, "thực hiện thường xuyên", "only_a", None),
        # B's hamlets' reports before A's date for B: one chain, in order
        (PROVINCE_SEND, COMMUNE_CHAIN, "15/12", "consistent", "trước ngày 05/12/2026"),
    ],
)
def test_deadlines_across_levels(a, b, a_text, status, b_text):
    row = _row(_rows(a, b), a_text)
    assert row["status"] == status
    assert (row["b"] or {}).get("text") == b_text


def test_a_chain_is_not_counted_as_a_difference():
    d = diff_plans(parse_text(PROVINCE_SEND), parse_text(COMMUNE_CHAIN))
    chain = [r for r in d.deadlines if r["status"] == "consistent"]
    assert chain and all(r["b_later_by_days"] < 0 for r in chain)
    assert d.summary["deadlines_differ"] == sum(
        1 for r in d.deadlines if r["status"] in ("changed", "only_a", "only_b", "late")
    )


def test_a_shared_ancestor_cited_briefly_between_levels_is_a_note():
    d = diff_plans(parse_text(PROVINCE), parse_text(COMMUNE))
    row = next(c for c in d.citations.common if c["id"] == "12-NQ/TU")
    assert row["changes"] == []
    assert row["notes"] == ["date removed (2026-01-05)"]
    assert d.summary["citations_changed"] == 0
