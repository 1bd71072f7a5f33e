"""Subjects of items: a heading on duties wrapped after its ";" keeps every
group it names; "Các Tập đoàn, Tổng công ty" are two classes of body."""

import pytest

from khtool import parse_text

RESOLUTION = (
    "CHÍNH PHỦ\nSố: 95/NQ-CP\nHà Nội, ngày 20 tháng 5 năm 2026\nNGHỊ QUYẾT\n"
    "Phê duyệt Đề án phát triển hạ tầng dữ liệu quốc gia\nCHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT NGHỊ:\n"
    "Điều 1. Phê duyệt Đề án phát triển hạ tầng dữ liệu quốc gia.\nĐiều 2. Tổ chức thực hiện\n"
    "1. Trách nhiệm của Bộ Công an\na) Chủ trì triển khai Đề án.\nb) Tổng hợp kết quả thực hiện.\n"
)


def _bodies(body: str) -> dict[str, str | None]:
    doc = parse_text(RESOLUTION + body, path="x.txt")
    return {a.agency: a.canonical for a in doc.assignments}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a heading wrapped after its ";": both groups
        (
            "2. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
            "a) Rà soát dữ liệu thuộc phạm vi quản lý.\nb) Kết nối với hạ tầng dữ liệu quốc gia.\n",
            {"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương": "UBND các tỉnh, thành phố"},
        ),
        # the state groups and the corporations: two classes
        (
            "2. Các Tập đoàn, Tổng công ty nhà nước bảo đảm hạ tầng viễn thông phục vụ kết nối dữ liệu.\n",
            {"Các Tập đoàn": "Các Tập đoàn", "Tổng công ty nhà nước": "Tổng công ty nhà nước"},
        ),
    ],
)
def test_item_subjects(body: str, expected: dict[str, str | None]) -> None:
    got = _bodies(body)
    assert {k: got.get(k) for k in expected} == expected
