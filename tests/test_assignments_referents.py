"""Who an assignment's body is: a named division by its own name's field,
and bodies a letter names by pointing back, by class or by heading."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency


# A named division "Phòng X" is of the field its name opens with, not of a
# field's word further inside it ("giáo dục pháp luật" is no school's).
@pytest.mark.parametrize(
    "name",
    [
        "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
        "Phòng Phổ biến giáo dục pháp luật",
        "Phòng Tổ chức cán bộ và giáo dục chính trị",
    ],
)
def test_a_named_division_is_not_classed_by_a_word_inside_it(name):
    m = classify_agency(name, "province")
    assert m is None or m.sector != "education"


@pytest.mark.parametrize(
    ("name", "sector"),
    [("Phòng Giáo dục và Đào tạo", "education"), ("Phòng Y tế", "health"), ("Phòng Tư pháp", "justice")],
)
def test_a_division_named_by_its_field_keeps_it(name, sector):
    m = classify_agency(name, "district")
    assert m is not None and m.sector == sector


JUSTICE_PLAN = (
    "UBND TỈNH GIA LAI\nSỞ TƯ PHÁP\nSố: 52/KH-STP\nGia Lai, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTuyên truyền pháp luật năm 2026\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật: Chủ trì tổ chức các hội nghị tuyên truyền.\n"
    "2. Văn phòng Sở: Bảo đảm kinh phí thực hiện Kế hoạch.\n"
)


def test_a_departments_own_division_is_in_its_field():
    doc = parse_text(JUSTICE_PLAN)
    got = {a.agency: a for a in doc.assignments}
    a = got["Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"]
    assert (a.sector, a.level) == ("justice", "province")
