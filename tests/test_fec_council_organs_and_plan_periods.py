"""A people's council's committees and office are the council's organs, not
the departments or the government's office their words recall; a count over a
total aimed at by "phấn đấu"/"đạt" is a target; a plan's school year or period
in its title gives its targets their year."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.extract.assignments import parse_targets


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a committee of the council, by any of its names, at the council's level
        ("Ban Văn hóa - Xã hội HĐND tỉnh", ("council", "Ban Văn hóa - Xã hội HĐND tỉnh", "province")),
        ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Gia Lai", ("council", "Ban Kinh tế - Ngân sách HĐND tỉnh", "province")),
        ("Ban Dân tộc HĐND tỉnh", ("council", "Ban Dân tộc HĐND tỉnh", "province")),
        ("Trưởng Ban Pháp chế HĐND huyện", ("council", "Ban Pháp chế HĐND huyện", "district")),
        ("Ban Kinh tế - Ngân sách của HĐND xã", ("council", "Ban Kinh tế - Ngân sách HĐND xã", "ward")),
        # the office serving the council (and the National Assembly delegation)
        ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", ("council", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "province")),
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", ("council", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "province")),
        ("Chánh Văn phòng HĐND tỉnh", ("council", "Văn phòng HĐND tỉnh", "province")),
        # guards: the government's office, a joint office, a Party board, a
        # government department, a Sở's own office keep what they are
        ("Văn phòng UBND tỉnh", ("office", "Văn phòng UBND tỉnh", "province")),
        ("Văn phòng HĐND và UBND huyện", ("office", "Văn phòng HĐND và UBND huyện", "district")),
        ("Văn phòng Tỉnh ủy", ("party", "Văn phòng Tỉnh ủy", "province")),
        ("Ban Kinh tế - Xã hội Tỉnh ủy", ("party", "Ban Kinh tế - Xã hội Tỉnh ủy", "province")),
        ("Ban Dân tộc tỉnh", ("ethnic_religion", "Sở Dân tộc và Tôn giáo", "province")),
        ("Văn phòng Sở", ("own_office", "Văn phòng Sở", "province")),
        ("các Ban của HĐND tỉnh", ("council", "HĐND tỉnh", "province")),
    ],
)
def test_council_organs(name: str, expected: tuple[str, str, str]) -> None:
    m = classify_agency(name, "province")
    assert m is not None
    assert (m.sector, m.canonical, m.level) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over a total aimed at outside a goals part: N of M units
        ("Phấn đấu 15/15 thôn tổ chức ngày hội đại đoàn kết, thu hút trên 2.000 lượt người tham gia.",
         [(15.0, "thôn", "15/15 thôn"), (2000.0, "lượt người", "trên 2.000 lượt người")]),
        ("Đạt 9/9 trường có phòng y tế đủ điều kiện.", [(9.0, "trường", "9/9 trường")]),
        ("Cuối năm, phấn đấu có 7/8 khu phố đạt chuẩn văn minh đô thị.", [(7.0, "khu phố", "7/8 khu phố")]),
        # guards: a date is no count; a fraction with no aim before it in its clause is none
        ("Phấn đấu tổ chức tổng kết vào ngày 12/12/2026 tại hội trường xã.", []),
        ("Ngày 12/12 các thôn gửi báo cáo; phấn đấu hoàn thành đúng hạn.", []),
    ],
)
def test_count_over_total_aimed_at(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(t.value, t.unit, t.text) for t in parse_targets(text)] == expected


_PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 77/KH-UBND                      Hòa Bình, ngày 10 tháng 5 năm 2026

KẾ HOẠCH
{title}

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm tổ chức đúng quy định, công khai, minh bạch.

II. CHỈ TIÊU
1. Tuyển 420 học sinh vào lớp Một, 12 lớp.
2. Huy động 100% trẻ 6 tuổi trên địa bàn vào lớp Một.

III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội xã chủ trì, theo dõi, báo cáo kết quả trước ngày 15/8/2026.
"""


@pytest.mark.parametrize(
    ("title", "year"),
    [
        # a school year: the year it opens (its enrolment, its opening day)
        ("Tuyển sinh vào lớp Một năm học 2026 - 2027 trên địa bàn xã", 2026),
        # a period: reached by its last year
        ("Phát triển giáo dục tiểu học giai đoạn 2026-2030", 2030),
        # one year (as before)
        ("Tuyển sinh vào lớp Một năm 2026", 2026),
        # guard: years apart, no single period
        ("Phát triển giáo dục đến năm 2030, tầm nhìn đến năm 2045", None),
    ],
)
def test_targets_take_the_plans_period(title: str, year: int | None) -> None:
    doc = parse_text(_PLAN.format(title=title))
    targets = [t for i in doc.indicators for t in i.targets]
    assert [t.value for t in targets] == [420.0, 12.0, 100.0]
    assert {t.year for t in targets} == {year}
