"""Targets: a count written with a leading zero in a goals item, where an
open-noun unit ends, and a count over a total compared with a percentage of
the same noun in diff."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.extract.assignments import parse_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count under ten written "0N" is the goal's value, whatever its verb
        ("Đến năm 2028, xây dựng và đưa vào sử dụng 03 bãi chôn lấp hợp vệ sinh, đạt quy chuẩn.",
         [(3.0, "bãi chôn lấp", "reach", 2028)]),
        # (a number a noun before it names is no count: "khu phố 03"; nor a month, "06/2027")
        ("Lắp đặt 02 trạm cân điện tử trước tháng 06/2027; khu phố 03 thu gom rác hằng ngày.",
         [(2.0, "trạm cân điện tử", "reach", 2027)]),
    ],
)
def test_leading_zero_count(text: str, expected: list[tuple[float, str, str, int | None]]) -> None:
    assert [(t.value, t.unit, t.direction, t.year) for t in parse_targets(text, goals=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of four syllables closed by a word no part of the noun is the unit whole
        ("Lấy không dưới 1.500 mẫu nước sinh hoạt để xét nghiệm.", [(1500.0, "mẫu nước sinh hoạt")]),
        # a verb or an adjective opening the noun's qualifying phrase ends it
        ("In 4.000 tờ rơi tuyên truyền phòng chống sốt xuất huyết.", [(4000.0, "tờ rơi")]),
        ("Tổ chức không dưới 40 phiên họp trực tuyến với doanh nghiệp.", [(40.0, "phiên họp")]),
        ("Lắp đặt không dưới 12 camera tự động tại các nút giao.", [(12.0, "camera")]),
    ],
)
def test_open_noun_unit_ends(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(t.value, t.unit) for t in parse_targets(text, goals=True)] == expected


_HEAD = (
    "{issuer}\nSố: {no}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày {day} tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số cộng đồng năm 2026\n"
)


def _plan(issuer: str, no: str, day: int, goals: str) -> str:
    return _HEAD.format(issuer=issuer, no=no, day=day) + "I. MỤC TIÊU, CHỈ TIÊU\n" + goals + "II. NHIỆM VỤ\n1. Các cơ quan triển khai.\n"


_PROVINCE = _plan(
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "30/KH-UBND", 2,
    "1. 100% khu phố, thôn thành lập Tổ công nghệ số cộng đồng trong năm 2026.\n"
    "2. 90% hộ gia đình có ít nhất một thành viên biết sử dụng dịch vụ công trực tuyến.\n",
)


_GROUPS = "1. 100% khu phố thành lập Tổ công nghệ số cộng đồng trong năm 2026.\n"


@pytest.mark.parametrize(
    ("province", "ward", "status"),
    [
        # a count over a total is a share of the same noun: all of them, 100%
        (_GROUPS, "1. 12/12 khu phố thành lập Tổ công nghệ số cộng đồng trong năm 2026.\n", "same"),
        # 9 of 12 is 75%: lower than the province's
        (_GROUPS, "1. 9/12 khu phố thành lập Tổ công nghệ số cộng đồng trong năm 2026.\n", "changed"),
        # all of them said in words
        ("1. 100% thôn có đội xung kích phòng chống thiên tai trong năm 2026.\n",
         "1. Tất cả 45 thôn có đội xung kích phòng chống thiên tai trong năm 2026.\n", "same"),
    ],
)
def test_count_over_total_meets_a_percentage(province: str, ward: str, status: str) -> None:
    a = parse_text(_plan("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "30/KH-UBND", 2, province))
    b = parse_text(_plan("ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HÀ", "08/KH-UBND", 20, ward))
    paired = [r for r in diff_plans(a, b).indicators if r["a"] and r["b"]]
    assert [(r["a"], r["status"]) for r in paired] == [("1", status)]
    # (each side's targets as read)
    assert paired[0]["targets_b"][0]["unit"] != "%"


def test_count_over_total_pairs_only_with_its_noun() -> None:
    # 12 of 12 khu phố is 100% of khu phố, no share of hộ gia đình
    ward = _plan(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HÀ", "08/KH-UBND", 20,
        "1. 12/12 khu phố thành lập Tổ công nghệ số cộng đồng trong năm 2026.\n"
        "2. 10/12 khu phố có hộ gia đình biết sử dụng dịch vụ công trực tuyến.\n",
    )
    rows = diff_plans(parse_text(_PROVINCE), parse_text(ward)).indicators
    assert [(r["a"], r["b"], r["status"]) for r in rows if r["a"] and r["b"]] == [("1", "1", "same")]
