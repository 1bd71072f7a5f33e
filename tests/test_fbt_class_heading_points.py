"""Under a heading "Trách nhiệm của <class of bodies>", a point opening with a
named body is that body's assignment with the role its verb gives ("Tổng
cục Thống kê chủ trì …" a general department's name); the class keeps only
the points naming no body (audit NG 12)."""

import pytest

from khtool import parse_text

CIRCULAR = (
    "BỘ TÀI CHÍNH\nSố: 14/2026/TT-BTC\nHà Nội, ngày 20 tháng 5 năm 2026\nTHÔNG TƯ\n"
    "Quy định hệ thống chỉ tiêu thống kê ngành tài chính\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định hệ thống chỉ tiêu thống kê ngành tài chính.\n"
    "Điều 2. Tổ chức thực hiện\n"
)
CLOSE = "Điều 3. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n"


def _roles(text: str) -> dict[str, tuple[str, list[str]]]:
    doc = parse_text(CIRCULAR + text + CLOSE, path="x.txt")
    return {a.agency: (a.role, sorted(t.text[:18] for t in a.tasks)) for a in doc.assignments}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "1. Trách nhiệm của các đơn vị thuộc Bộ Tài chính\n"
            "a) Tổng cục Thuế chủ trì, phối hợp với các đơn vị liên quan thuộc Bộ Tài chính xây dựng "
            "chế độ báo cáo thống kê ngành tài chính trình Bộ trưởng ban hành.\n"
            "b) Thủ trưởng các đơn vị liên quan có trách nhiệm thu thập, tổng hợp các chỉ tiêu được phân công.\n"
            "2. Giám đốc Sở Tài chính các tỉnh, thành phố có trách nhiệm thu thập, tổng hợp số liệu trên địa bàn.\n",
            "Tổng cục Thuế",
            ("lead", ["Tổng cục Thuế chủ "]),
        ),
        (
            "1. Trách nhiệm của các đơn vị thuộc Bộ Tài chính\n"
            "a) Tổng cục Thuế chủ trì, phối hợp với các đơn vị liên quan thuộc Bộ Tài chính xây dựng "
            "chế độ báo cáo thống kê ngành tài chính trình Bộ trưởng ban hành.\n"
            "b) Thủ trưởng các đơn vị liên quan có trách nhiệm thu thập, tổng hợp các chỉ tiêu được phân công.\n",
            "các đơn vị thuộc Bộ Tài chính",
            ("responsible", ["Thủ trưởng các đơn"]),
        ),
    ],
)
def test_named_point_under_a_class(body: str, name: str, expected: tuple[str, list[str]]) -> None:
    assert _roles(body)[name] == expected
