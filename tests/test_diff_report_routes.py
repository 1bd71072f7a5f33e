"""``diff``: a report duty is paired by who reports to whom, the level of
the bodies making it and its addressee, as its deadline is, not by its
words (plans written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.diff import diff_plans

_NATIONAL = (
    "BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 21/KH-BTP\n"
    "Hà Nội, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nTriển khai công tác phổ biến, giáo dục pháp luật năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Vụ Phổ biến, giáo dục pháp luật chủ trì biên soạn tài liệu hướng dẫn nghiệp vụ hòa giải ở cơ sở.\n"
    "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
    "a) Tổ chức tập huấn nghiệp vụ cho đội ngũ hòa giải viên ở cơ sở.\n"
    "b) Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện Kế hoạch gửi Bộ Tư pháp trước ngày 20 tháng 6 "
    "và ngày 20 tháng 12 để tổng hợp.\n"
)
_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {no}/KH-UBND\nNinh Bình, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh\n"
    "{basis}I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tư pháp chủ trì tổ chức tập huấn nghiệp vụ cho hòa giải viên ở cơ sở.\n"
    "2. Ủy ban nhân dân các xã, phường:\n"
    "- Củng cố, kiện toàn các tổ hòa giải ở thôn, tổ dân phố.\n"
    "- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện gửi Sở Tư pháp trước ngày 05/6 và ngày 05/12.\n"
    "III. CHẾ ĐỘ BÁO CÁO\n"
    "Sở Tư pháp tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Tư pháp trước ngày 15/6 và ngày 15/12 hằng năm.\n"
)
_BASIS = "Thực hiện Kế hoạch số 21/KH-BTP ngày 05/01/2026 của Bộ Tư pháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
_COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 09/KH-UBND\nGia Viễn, ngày 20 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026 trên địa bàn xã\n"
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh Ninh Bình, "
    "Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Công chức Tư pháp - Hộ tịch chủ trì củng cố, kiện toàn các tổ hòa giải ở thôn.\n"
    "2. Văn phòng HĐND và UBND xã tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo trước ngày 30/5 và ngày 30/11 hằng năm.\n"
    "II. CHẾ ĐỘ BÁO CÁO\n"
    "Ủy ban nhân dân xã báo cáo kết quả thực hiện 6 tháng, năm về Ủy ban nhân dân tỉnh (qua Sở Tư pháp) "
    "trước ngày 05/6 và ngày 05/12 hằng năm.\n"
)
_PEER = (
    "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 33/KH-UBND\nThanh Hóa, ngày 09 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tư pháp là cơ quan thường trực, theo dõi, đôn đốc các sở, ngành, địa phương thực hiện Kế hoạch; "
    "tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Tư pháp định kỳ 6 tháng (trước ngày 12/6) và hằng năm (trước ngày 12/12).\n"
    "2. Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, chủ động tổ chức thực hiện; "
    "báo cáo kết quả về Sở Tư pháp trước ngày 30/5 và ngày 30/11 hằng năm.\n"
)


def _plan(name: str) -> str:
    if name == "national":
        return _NATIONAL
    if name == "province":
        return _PROVINCE.format(no="15", basis=_BASIS)
    return _COMMUNE if name == "commune" else _PEER


def _line(text: str, words: str) -> int:
    return next(i for i, s in enumerate(text.splitlines(), 1) if words in s)


@pytest.mark.parametrize(
    ("a", "b", "a_words", "b_words"),
    [
        # the provinces' report to the ministry is B's Sở's report to the
        # ministry, not its communes' to the Sở
        ("national", "province", "gửi Bộ Tư pháp trước ngày 20", "báo cáo Bộ Tư pháp trước ngày 15/6"),
        # the Sở's report to the ministry is no commune's report to the province
        ("province", "commune", "báo cáo Bộ Tư pháp trước ngày 15/6", None),
        # the communes' report to the Sở is the commune's, through the Sở
        ("province", "commune", "gửi Sở Tư pháp trước ngày 05/6", "(qua Sở Tư pháp)"),
        # peers: the communes' report to the Sở is the other's sở' and
        # communes' report to the Sở, not its Sở's to the ministry
        ("province", "peer", "gửi Sở Tư pháp trước ngày 05/6", "báo cáo kết quả về Sở Tư pháp"),
        ("province", "peer", "báo cáo Bộ Tư pháp trước ngày 15/6", "báo cáo Bộ Tư pháp định kỳ"),
    ],
)
def test_a_report_duty_pairs_by_who_reports_to_whom(a, b, a_words, b_words):
    ta, tb = _plan(a), _plan(b)
    r = diff_plans(parse_text(ta, path="a.txt"), parse_text(tb, path="b.txt"))
    m = next(m for m in r.tasks.a_to_b if m.line == _line(ta, a_words))
    if b_words is None:
        assert not m.covered and not m.partly
    else:
        assert m.covered and m.best_line == _line(tb, b_words)
        back = next(x for x in r.tasks.b_to_a if x.line == m.best_line)
        assert back.covered and back.best_line == m.line


_MINISTRIES = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/QĐ-TTg\n"
    "Hà Nội, ngày 10 tháng 01 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Chương trình phát triển văn hóa cơ sở giai đoạn 2026 - 2030\n"
    "Điều 1. Phê duyệt Chương trình với những nội dung sau:\n"
    "1. Mục tiêu: nâng cao đời sống văn hóa của Nhân dân ở cơ sở.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn xây dựng, nâng cao hiệu quả hoạt động của thiết chế văn hóa, thể thao cơ sở.\n"
    "2. Bộ Y tế chủ trì hướng dẫn nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã.\n"
    "3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương ban hành kế hoạch thực hiện Chương trình.\n"
)
_SECTORS_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 40/KH-UBND\nNinh Bình, ngày 20 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Chương trình phát triển văn hóa cơ sở giai đoạn 2026 - 2030 trên địa bàn tỉnh\n"
    "Thực hiện Quyết định số 88/QĐ-TTg ngày 10/01/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn xây dựng, nâng cấp nhà văn hóa thôn, tổ dân phố; tổ chức liên hoan văn nghệ quần chúng.\n"
    "2. Sở Y tế chủ trì nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã.\n"
    "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.\n"
)


def test_a_ministrys_task_is_carried_down_by_the_sector_s_department():
    a = parse_text(_MINISTRIES, path="a.txt")
    b = parse_text(_SECTORS_PROVINCE, path="b.txt")
    r = diff_plans(a, b)
    m = next(m for m in r.tasks.a_to_b if m.line == _line(_MINISTRIES, "thiết chế văn hóa"))
    assert m.covered and m.best_line == _line(_SECTORS_PROVINCE, "nhà văn hóa thôn")
    assert 0.25 <= m.score < 0.35  # (under the threshold: carried by the sector's Sở)


_LOWER = (
    "ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 11/KH-UBND\nGia Viễn, ngày 25 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Xây dựng xã đạt chuẩn đô thị văn minh năm 2026\n"
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh Ninh Bình, "
    "Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n"
    "I. NHIỆM VỤ\n"
    "1. Tự đánh giá mức độ đạt từng tiêu chí đô thị văn minh của xã, xây dựng lộ trình phấn đấu đạt chuẩn, hoàn thành trước ngày 31/8/2026.\n"
    "2. Tổ chức ra quân vệ sinh môi trường vào ngày chủ nhật cuối tháng.\n"
)
_UPPER = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/KH-UBND\nNinh Bình, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Xây dựng đô thị văn minh năm 2026\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Xây dựng chủ trì hướng dẫn tiêu chí đô thị văn minh.\n"
    "2. Ủy ban nhân dân các xã, phường:\n"
    "- Rà soát, đánh giá thực trạng các xã theo bộ tiêu chí đô thị văn minh; xây dựng lộ trình đạt chuẩn cho từng xã, hoàn thành trong quý III năm 2026.\n"
    "- Ban hành kế hoạch thực hiện trên địa bàn trước ngày 28/02/2026.\n"
)


def test_a_two_clause_task_the_lower_plan_writes_as_one_item_is_covered():
    r = diff_plans(parse_text(_UPPER, path="a.txt"), parse_text(_LOWER, path="b.txt"))
    m = next(m for m in r.tasks.a_to_b if m.line == _line(_UPPER, "thực trạng các xã"))
    assert m.covered and m.best_line == _line(_LOWER, "mức độ đạt")


_GUIDED = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/KH-UBND\nNinh Bình, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Xây dựng đô thị văn minh năm 2026\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Ủy ban nhân dân các xã, phường:\n"
    "- Rà soát, đánh giá thực trạng các xã theo bộ tiêu chí đô thị văn minh; xây dựng lộ trình đạt chuẩn "
    "cho từng xã, hoàn thành trong quý III năm 2026.\n"
    "- Phối hợp với Sở Xây dựng tham mưu Ủy ban nhân dân tỉnh sơ kết việc xây dựng đô thị văn minh; tự đánh giá "
    "mức độ đạt các tiêu chí đô thị văn minh, xây dựng lộ trình đạt chuẩn của xã, hoàn thành trước ngày 30/9/2026.\n"
    "- Ban hành kế hoạch thực hiện trên địa bàn trước ngày 28/02/2026.\n"
)
_GUIDED_LOWER = _LOWER + "3. Rà soát hộ nghèo, hộ cận nghèo năm 2026 đúng quy trình, hoàn thành trước ngày 10/11/2026.\n"


def test_a_clause_advising_the_upper_level_is_not_the_lower_plans_to_carry():
    # ("tham mưu Ủy ban nhân dân tỉnh …" is staff work at the province: the
    # task is B's by its other clause, which B's item also covering A's
    # first task carries: one item of B for two of A)
    r = diff_plans(parse_text(_GUIDED, path="a.txt"), parse_text(_GUIDED_LOWER, path="b.txt"))
    by = {m.line: m for m in r.tasks.a_to_b}
    for key in ("thực trạng các xã", "tham mưu Ủy ban"):
        m = by[_line(_GUIDED, key)]
        assert m.covered and not m.partly and m.best_line == _line(_LOWER, "mức độ đạt"), key


def test_a_duty_s_deadline_pairs_through_its_task_between_levels():
    r = diff_plans(parse_text(_GUIDED, path="a.txt"), parse_text(_GUIDED_LOWER, path="b.txt"))
    rows = {(d["a"] or {}).get("line"): d for d in r.deadlines if d["a"]}
    # both of A's tasks B's one item covers: its date for each
    for key in ("thực trạng các xã", "tham mưu Ủy ban"):
        row = rows[_line(_GUIDED, key)]
        assert row["b"] and row["b"]["line"] == _line(_LOWER, "mức độ đạt"), key
    # (and B's date for another duty is left to it: no "B 41 days later")
    assert any(d["status"] == "only_b" and d["b"]["line"] == _line(_GUIDED_LOWER, "hộ cận nghèo") for d in r.deadlines)
