"""A rank aimed at ("thuộc nhóm N nước dẫn đầu về X") is a target of
direction ``top``, value N, unit the ranked noun, its text the index; a list
after a colon is one per ";" item; a group after a count is what it counts."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.extract.assignments import parse_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a colon: one rank per ";" item, the year of its clause's time
        (
            "Đến năm 2027, Việt Nam thuộc nhóm: 60 nước dẫn đầu về chỉ số đổi mới sáng tạo (GII); "
            "45 nước dẫn đầu về hạ tầng số.\n"
            "Đến năm 2035, Việt Nam thuộc nhóm: 35 nước dẫn đầu về chỉ số đổi mới sáng tạo (GII); "
            "25 nước dẫn đầu về hạ tầng số.",
            [
                (2027, 60.0, "nước", "top", "60 nước dẫn đầu về chỉ số đổi mới sáng tạo (GII)"),
                (2027, 45.0, "nước", "top", "45 nước dẫn đầu về hạ tầng số"),
                (2035, 35.0, "nước", "top", "35 nước dẫn đầu về chỉ số đổi mới sáng tạo (GII)"),
                (2035, 25.0, "nước", "top", "25 nước dẫn đầu về hạ tầng số"),
            ],
        ),
        # one rank, the ranked noun of several words, "top" as well as "nhóm"
        (
            "Phấn đấu đến năm 2030, Trường nằm trong top 300 trường đại học hàng đầu châu Á.",
            [(2030, 300.0, "trường đại học", "top", "300 trường đại học hàng đầu châu Á")],
        ),
        (
            "Đến năm 2028, tỉnh Quảng Trị thuộc nhóm 15 tỉnh dẫn đầu về chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
            [(2028, 15.0, "tỉnh", "top", "15 tỉnh dẫn đầu về chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")],
        ),
        # a group after a count is what the count counts: no rank
        (
            "Có ít nhất 5 doanh nghiệp của tỉnh thuộc nhóm 500 doanh nghiệp hàng đầu cả nước",
            [(None, 5.0, "doanh nghiệp", "at_least", "ít nhất 5 doanh nghiệp")],
        ),
    ],
)
def test_rank_targets(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(t.year, t.value, t.unit, t.direction, t.text) for t in parse_targets(text, goals=True)]
    assert got == expected


_PLAN = (
    "CHÍNH PHỦ\nSố: 41/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình chuyển đổi số quốc gia đến năm 2030\n"
    "II. MỤC TIÊU\n"
    "1. Về xếp hạng quốc tế\n"
    "Đến năm 2030, Việt Nam thuộc nhóm: 40 nước dẫn đầu về Chính phủ số; 30 nước dẫn đầu về an toàn thông tin mạng.\n"
    "III. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Bộ Khoa học và Công nghệ chủ trì xây dựng nền tảng số dùng chung.\n"
)


def test_rank_indicator_in_a_goals_part() -> None:
    doc = parse_text(_PLAN)
    ranks = [(t.year, t.value, t.direction) for i in doc.indicators for t in i.targets]
    assert ranks == [(2030, 40.0, "top"), (2030, 30.0, "top")]


def test_a_lower_rank_is_stricter_in_diff() -> None:
    from khtool import diff_plans

    a = parse_text(_PLAN)
    # (B: among the first 30 on the first index, not 40)
    b = parse_text(_PLAN.replace("Số: 41", "Số: 42").replace("40 nước", "30 nước"))
    assert [i.get("verdict") for i in diff_plans(a, b).indicators] == ["stricter"]
