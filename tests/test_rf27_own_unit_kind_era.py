"""A unit a citation names is the citing text's own commune or ward only when
its unit word and its side of the 1 July 2025 reform agree (audit48 RC-R1);
special zones keep their kind in a coverage's list of units without a plan
(RC-R2)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.graph import build_graph

_TODAY_XA = (
    "ỦY BAN NHÂN DÂN\nXÃ ÓC EO\nSố: {num}/KH-UBND\nÓc Eo, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác cải cách hành chính năm 2026\n{body}\n"
)


@pytest.mark.parametrize(
    ("body", "number", "ward", "new_ward"),
    [
        # a former township, dated before the reform, marked "(cũ)"
        (
            "Tiếp tục thực hiện Kế hoạch số 9/KH-UBND ngày 04/02/2025 của UBND thị trấn Óc Eo (cũ) về cải cách hành chính.",
            "9/KH-UBND",
            "Thị Trấn Óc Eo",
            "Xã Óc Eo",
        ),
        # the same, spelt out, without a mark
        (
            "Kế thừa kết quả Quyết định số 77/QĐ-UBND ngày 20/11/2024 của Ủy ban nhân dân thị trấn Óc Eo về tổ công tác.",
            "77/QĐ-UBND",
            "Thị Trấn Óc Eo",
            "Xã Óc Eo",
        ),
        # the commune of today itself, dated since the reform
        (
            "Căn cứ Quyết định số 15/QĐ-UBND ngày 02/10/2025 của UBND xã Óc Eo về quy chế làm việc.",
            "15/QĐ-UBND",
            None,
            "Xã Óc Eo",
        ),
        # and without a date: its own unit of today
        (
            "Thực hiện Kế hoạch số 3/KH-UBND của Ủy ban nhân dân xã Óc Eo về chuyển đổi số.",
            "3/KH-UBND",
            None,
            "Xã Óc Eo",
        ),
    ],
)
def test_own_commune_only_of_its_kind_and_time(body, number, ward, new_ward):
    doc = parse_text(_TODAY_XA.format(num=21, body=body), path="x.txt")
    (c,) = [c for c in doc.citations if c.number == number]
    loc = c.issuer_locality
    assert loc is not None
    assert loc.ward == ward
    assert loc.new_ward == new_ward
    if ward is not None:
        assert loc.district == "Huyện Thoại Sơn"
        assert "thitranoceo" in (c.key or "")


def test_special_zone_keeps_its_kind_among_units_without_a_plan():
    province = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 52/KH-UBND\nAn Giang, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Phát triển du lịch năm 2026\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n",
        path="p.txt",
    )
    ward = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG RẠCH GIÁ\nSố: 8/KH-UBND\nRạch Giá, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
        "Phát triển du lịch năm 2026\nThực hiện Kế hoạch số 52/KH-UBND ngày 15/01/2026 của UBND tỉnh An Giang.\n",
        path="w.txt",
    )
    cov = build_graph([province, ward]).coverage("52/KH-UBND")
    missing = cov["not_covered"]
    for zone in ("Đặc khu Kiên Hải", "Đặc khu Thổ Châu", "Đặc khu Phú Quốc"):
        assert zone in missing
    # communes and wards by their names alone, as before
    assert "Long Xuyên" in missing and "Rạch Giá" not in missing
