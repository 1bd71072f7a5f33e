"""A unit's name after its unit word is a proper name, every syllable
capitalised, even when a syllable is also a common word ("Trường", a school);
a numbered unit's word is part of its name ("Phường 2")."""

from __future__ import annotations

import pytest

from khtool.pipeline import parse_bytes

_TEXT = """ỦY BAN NHÂN DÂN
{unit}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
{place}, ngày 5 tháng 4 năm 2024

KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2024

Thực hiện Kế hoạch số 45/KH-UBND ngày 1/4/2024 của UBND {parent} về phòng, chống đuối nước trẻ em,
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cha mẹ, người chăm sóc trẻ em.
"""


@pytest.mark.parametrize(
    ("unit", "place", "parent", "full_name", "ward"),
    [
        ("XÃ TÂN TRƯỜNG", "Tân Trường", "thị xã Nghi Sơn", "Ủy ban nhân dân xã Tân Trường", "Xã Tân Trường"),
        ("XÃ NÔNG TRƯỜNG", "Nông Trường", "huyện Triệu Sơn", "Ủy ban nhân dân xã Nông Trường", "Xã Nông Trường"),
        ("XÃ QUẢNG TRƯỜNG", "Quảng Trường", "huyện Quảng Xương", "Ủy ban nhân dân xã Quảng Trường",
         "Xã Quảng Trường"),
        ("PHƯỜNG 2", "Quảng Trị", "thị xã Quảng Trị", "Ủy ban nhân dân Phường 2", "Phường 2"),
    ],
    ids=["tan-truong", "nong-truong", "quang-truong", "phuong-2"],
)
def test_a_unit_name_in_capitals_is_cased_as_a_name(unit, place, parent, full_name, ward):
    doc = parse_bytes(_TEXT.format(unit=unit, place=place, parent=parent).encode(), "plan.txt")
    issuer = doc.header.issuer
    assert issuer is not None
    assert issuer.full_name == full_name
    assert issuer.locality is not None and issuer.locality.ward == ward


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("UBND XÃ TÂN TRƯỜNG", "TÂN TRƯỜNG"),
        ("PHƯỜNG NÔNG TRƯỜNG", "NÔNG TRƯỜNG"),
        # a school's kind after "Trường": the school, not the unit's name
        ("UBND XÃ TÂN AN TRƯỜNG THCS TÂN AN", "TÂN AN"),
        ("UBND PHƯỜNG 3 TRƯỜNG MẦM NON HOA SEN", "3"),
        ("UBND HUYỆN KIM SƠN TRƯỜNG TIỂU HỌC KIM CHÍNH", "KIM SƠN"),
    ],
)
def test_a_unit_name_runs_through_truong_unless_a_school_follows(line, name):
    from khtool import patterns as P

    m = P.UNIT_WITH_KIND.search(line)
    assert m is not None and m["name"] == name
