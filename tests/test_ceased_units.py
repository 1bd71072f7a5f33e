"""An issuer named by a unit that had ceased by the document's date (every
district and "thị trấn", and the communes, wards and provinces merged under
another's name on 1 July 2025) is a slip to report (``unit-ceased``, KH110),
while the issuer is still placed in the unit that succeeded it."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_document

_PLAN = (
    "{issuer}\nSố: 52/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "{place}, ngày {date}\nKẾ HOẠCH\nTuyên truyền phòng, chống ma túy năm 2026\n"
    "I. NHIỆM VỤ\n1. Công an chủ trì rà soát, lập hồ sơ quản lý người sử dụng trái phép chất ma túy.\n"
)


@pytest.mark.parametrize(
    ("issuer", "place", "date", "named", "now"),
    [
        # a ward and its district, both gone by September 2025
        ("UBND QUẬN BA ĐÌNH\nỦY BAN NHÂN DÂN\nPHƯỜNG PHÚC XÁ", "Phúc Xá", "05 tháng 9 năm 2025",
         ["Phường Phúc Xá", "Quận Ba Đình"], "Phường Hồng Hà"),
        # the same header before the reform: no slip
        ("UBND QUẬN BA ĐÌNH\nỦY BAN NHÂN DÂN\nPHƯỜNG PHÚC XÁ", "Phúc Xá", "05 tháng 3 năm 2025", [], "Phường Hồng Hà"),
        # the old ward alone, with no new unit of its name
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚC XÁ", "Hà Nội", "05 tháng 9 năm 2025", ["Phường Phúc Xá"], "Phường Hồng Hà"),
        # the new ward: no slip
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG HÀ", "Hà Nội", "05 tháng 9 năm 2025", [], "Phường Hồng Hà"),
        # a "thị trấn" under its district
        ("UBND HUYỆN TRIỆU SƠN\nỦY BAN NHÂN DÂN\nTHỊ TRẤN NƯA", "Nưa", "12 tháng 8 năm 2025",
         ["Thị trấn Nưa", "Huyện Triệu Sơn"], "Xã Tân Ninh"),
        # a district's own body
        ("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN", "Triệu Sơn", "12 tháng 8 năm 2025", ["Huyện Triệu Sơn"], None),
        # a province merged under another's name; the one whose name goes on
        ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "Hà Giang", "20 tháng 8 năm 2025", ["Tỉnh Hà Giang", "Tỉnh Tuyên Quang"], None),
        ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG", "Tuyên Quang", "20 tháng 8 năm 2025", [], None),
    ],
)
def test_an_issuer_named_by_a_unit_ceased_before_its_date_is_reported(issuer, place, date, named, now):
    doc = parse_text(_PLAN.format(issuer=issuer, place=place, date=date), path="plan.txt")
    found = [f for f in check_document(doc) if f.rule == "KH110"]
    assert len(found) == (1 if named else 0)
    assert all(name in found[0].message for name in named)
    if found:
        assert found[0].line == 1
    # (still placed in its successor)
    assert doc.header.issuer.locality is not None
    assert (doc.header.issuer.locality.new_ward or None) == now
