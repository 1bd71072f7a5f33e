"""Item numbering is checked per parent: the records of an appendix (a
statistical indicator system's sheets, "0101. …", under coded groups "01.
…") each number their lines 1.–5. afresh, and a group's code is no item of
those lines. A number or letter closing a bracket the line before left open
("(Km" / "0)", "900" / "m)") is no item mark. A real duplicate stays."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_document

CIRCULAR = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/2026/TT-BTC
Hà Nội, ngày 12 tháng 4 năm 2026
THÔNG TƯ
Quy định hệ thống chỉ tiêu thống kê ngành tài chính
Căn cứ Luật Thống kê số 89/2015/QH13;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định hệ thống chỉ tiêu thống kê.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định hệ thống chỉ tiêu thống kê ngành tài chính.
Điều 2. Trách nhiệm thi hành
1. Cục Thống kê chủ trì, phối hợp với các đơn vị thu thập số liệu.
{article_points}
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn Thắng
Phụ lục
NỘI DUNG HỆ THỐNG CHỈ TIÊU THỐNG KÊ
{records}
"""

GROUPED = """01. Thu chi ngân sách
0101. Tổng thu ngân sách nhà nước
1. Khái niệm, phương pháp tính
Tổng thu ngân sách nhà nước là toàn bộ các khoản thu trong năm.
2. Phân tổ chủ yếu: Tỉnh, thành phố trực thuộc Trung ương.
3. Kỳ công bố: Năm.
4. Nguồn số liệu: Báo cáo quyết toán ngân sách.
5. Đơn vị chịu trách nhiệm thu thập, tổng hợp: Kho bạc Nhà nước.
0102. Tổng chi ngân sách nhà nước
1. Khái niệm, phương pháp tính
Tổng chi ngân sách nhà nước là toàn bộ các khoản chi trong năm.
2. Phân tổ chủ yếu: Lĩnh vực chi.
3. Kỳ công bố: Năm.
4. Nguồn số liệu: Báo cáo quyết toán ngân sách.
5. Đơn vị chịu trách nhiệm thu thập, tổng hợp: Vụ Ngân sách nhà nước.
02. Nợ công
0201. Dư nợ công so với tổng sản phẩm trong nước
1. Khái niệm, phương pháp tính
Dư nợ công là tổng số nợ công tại thời điểm báo cáo.
2. Phân tổ chủ yếu: Loại nợ.
3. Kỳ công bố: Năm.
4. Nguồn số liệu: Chế độ báo cáo thống kê ngành tài chính.
5. Đơn vị chịu trách nhiệm thu thập, tổng hợp: Cục Quản lý nợ và Kinh tế đối ngoại."""

FLAT = """Nhóm 01. Thu chi ngân sách
0101. Tổng thu ngân sách nhà nước trên địa bàn các tỉnh, thành phố
trực thuộc Trung ương
1. Khái niệm, phương pháp tính: toàn bộ các khoản thu trong năm.
2. Kỳ công bố: Năm.
3. Nguồn số liệu: Báo cáo quyết toán ngân sách.
4. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Kho bạc Nhà nước.
0102. Tổng chi ngân sách nhà nước trên địa bàn
1. Khái niệm, phương pháp tính: toàn bộ các khoản chi trong năm.
2. Kỳ công bố: Năm.
3. Nguồn số liệu: Báo cáo quyết toán ngân sách.
4. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Vụ Ngân sách nhà nước.
1101. Số đơn vị sự nghiệp công lập tự chủ tài chính
1. Khái niệm, phương pháp tính: đơn vị tự bảo đảm chi thường xuyên.
2. Kỳ công bố: Năm.
3. Nguồn số liệu: Dữ liệu hành chính.
4. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Cục Kế hoạch - Tài chính."""

# the one true finding: one clause's points lettered "a)", "b)", "b)"
DUPLICATE_POINT = """2. Các đơn vị thuộc Bộ có trách nhiệm:
a) Cung cấp số liệu đúng hạn;
b) Bảo đảm chất lượng số liệu;
b) Phối hợp với Cục Thống kê rà soát hệ thống chỉ tiêu."""


def _findings(article_points: str, records: str) -> list[str]:
    doc = parse_text(CIRCULAR.format(article_points=article_points, records=records))
    return [f"{f.rule}:{f.message}" for f in check_document(doc) if f.rule in ("KH401", "KH402", "KH403")]


@pytest.mark.parametrize("records", [GROUPED, FLAT], ids=["groups-and-records", "records"])
def test_each_record_numbers_its_lines_afresh(records):
    assert _findings("", records) == []


@pytest.mark.parametrize("records", [GROUPED, FLAT], ids=["groups-and-records", "records"])
def test_a_real_duplicate_point_stays(records):
    found = _findings(DUPLICATE_POINT, records)
    assert len(found) == 1 and found[0].startswith("KH401") and "b" in found[0]


# Coordinates of an appendix wrapped inside their brackets: the number or
# letter closing the bracket opens no item (provinces numbered 1.–3. in order).
BORDER = """1. Tỉnh Lào Cai
Ranh giới khu vực cửa khẩu tính từ cầu biên giới {first}
tính theo tim đường quốc lộ 4D đi ra hướng cửa khẩu.
2. Tỉnh Hà Giang
+ Chiều sâu bên phải từ toạ độ (X=2500381.080; Y=450706.213) (cách mốc giới số 198 về bên phải {second}
trên đường phân định biên giới, chạy sâu vào nội địa 09 km.
3. Tỉnh Cao Bằng
Đường tuần tra biên giới từ cửa khẩu đến điểm có toạ độ (1768315703) {third}
khoảng 12 km."""

WRAPS = [
    ("(Km\n0)", "900\nm)", "(tức từ Km 0 đến Km\n12)"),
    ("(Km 0 đến Km\n3)", "1.200\nm)", "(từ mốc 12 đến mốc\n14)"),
]


@pytest.mark.parametrize(("first", "second", "third"), WRAPS)
def test_a_mark_closing_the_bracket_of_the_line_before_is_no_item(first, second, third):
    records = BORDER.format(first=first, second=second, third=third)
    assert _findings("", records) == []
    doc = parse_text(CIRCULAR.format(article_points="", records=records))
    labels = []
    stack = list(doc.sections)
    while stack:
        s = stack.pop()
        labels.append(s.label)
        stack.extend(s.children)
    assert "m" not in labels and "0" not in labels and "12" not in labels and "14" not in labels


def test_an_item_after_an_open_bracket_ending_in_a_colon_is_still_an_item():
    text = CIRCULAR.format(
        article_points="2. Các đơn vị báo cáo các nội dung sau (theo thứ tự):\na) Số liệu thu;\nb) Số liệu chi.",
        records="",
    )
    doc = parse_text(text)
    labels = []
    stack = list(doc.sections)
    while stack:
        s = stack.pop()
        labels.append(s.label)
        stack.extend(s.children)
    assert "a" in labels and "b" in labels
