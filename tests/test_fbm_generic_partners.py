"""Support naming whom it is done with only generically after the work's
object ("phối hợp xử lý chồng chéo … với hoạt động kiểm tra của các cơ quan
khác") is the body's own work; a body named there stays its partner."""

import pytest

from khtool import parse_text

DECREE = (
    "CHÍNH PHỦ\nSố: 140/2026/NĐ-CP\nHà Nội, ngày 02 tháng 6 năm 2026\nNGHỊ ĐỊNH\n"
    "Quy định về hoạt động kiểm tra chuyên ngành\n"
)
CLOSE = "Điều 30. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2026.\n"


def _roles(text: str) -> set[tuple[str, str]]:
    doc = parse_text(DECREE + text + CLOSE, path="x.txt")
    return {(a.agency, a.role) for a in doc.assignments}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Điều 8. Trách nhiệm của Bộ Y tế\n"
            "1. Hướng dẫn hoạt động kiểm tra chuyên ngành về y tế.\n"
            "2. Tổng hợp kết quả kiểm tra; phối hợp xử lý trùng lặp giữa các đợt kiểm tra với hoạt động "
            "kiểm tra của các cơ quan khác theo nguyên tắc trao đổi để thống nhất.\n",
            {("Bộ Y tế", "responsible")},
        ),
        (
            "Điều 8. Trách nhiệm của Bộ Y tế\n"
            "1. Hướng dẫn hoạt động kiểm tra chuyên ngành về y tế.\n"
            "2. Tổng hợp kết quả kiểm tra; phối hợp tổ chức đoàn kiểm tra liên ngành với Bộ Công Thương.\n"
            "Điều 9. Trách nhiệm của Bộ Công Thương\n1. Chủ trì kiểm tra an toàn thực phẩm trong thương mại.\n",
            {("Bộ Y tế", "responsible"), ("Bộ Y tế", "support"), ("Bộ Công Thương", "lead")},
        ),
    ],
)
def test_generic_partners_after_the_object(body: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(body) == expected
