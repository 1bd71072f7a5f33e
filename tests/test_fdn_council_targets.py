"""Targets of a council's resolution and of a decision allotting targets: an
article adopting goals is a goals part, a table of units by indicators a
matrix of allotted targets, a table's body column the body answering for
its row, a rate per head per year of the plan's year, "trong đó X đạt …" a
sub-indicator; and in ``diff``, units read case-blind with their
abbreviations, a change with nothing told apart no change, a lower level's
amount a share of the higher's."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

_HEAD = (
    "HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN LẬP\nSố: 21/NQ-HĐND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tân Lập, ngày 18 tháng 12 năm 2025\nNGHỊ QUYẾT\n"
    "Về nhiệm vụ phát triển kinh tế - xã hội năm 2026\n"
    "HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP\nKHÓA I, KỲ HỌP THỨ TƯ\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    "QUYẾT NGHỊ:\n"
)
_TASKS = (
    "Điều 2. Nhiệm vụ, giải pháp chủ yếu\n"
    "1. Đẩy mạnh phát triển vùng chè, vùng bưởi gắn với tiêu thụ sản phẩm.\n"
    "2. Tăng cường quản lý thu ngân sách trên địa bàn.\n"
    "Điều 3. Tổ chức thực hiện\n"
    "Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.\n"
)


def _targets(text: str) -> list[tuple[str, float | None, str | None, int | None]]:
    return [(" ".join(i.text.split()[:3]), t.value, t.unit, t.year) for i in parse_text(text).indicators for t in i.targets]


@pytest.mark.parametrize(
    ("article", "items"),
    [
        ("Điều 1. Thông qua mục tiêu, chỉ tiêu chủ yếu năm 2026 của xã Tân Lập như sau:", ("1. ", "2. ", "3. ")),
        ("Điều 1. Mục tiêu, chỉ tiêu chủ yếu năm 2026", ("- ", "- ", "- ")),
        ("Điều 1. Các chỉ tiêu chủ yếu năm 2026", ("a) ", "b) ", "c) ")),
    ],
)
def test_an_article_adopting_goals_is_a_goals_part(article: str, items: tuple[str, str, str]) -> None:
    text = (
        _HEAD
        + article
        + "\n"
        + f"{items[0]}Tỷ lệ hộ dân dùng nước hợp vệ sinh đạt 98%.\n"
        + f"{items[1]}Thu ngân sách nhà nước trên địa bàn đạt 12,5 tỷ đồng.\n"
        + f"{items[2]}Giải quyết việc làm mới cho 220 lao động.\n"
        + _TASKS
    )
    # every item an indicator of the article's year; the tasks of Điều 2 none
    assert _targets(text) == [
        ("Tỷ lệ hộ", 98.0, "%", 2026),
        ("Thu ngân sách", 12.5, "tỷ đồng", 2026),
        ("Giải quyết việc", 220.0, "lao động", 2026),
    ]


def test_an_article_of_tasks_is_no_goals_part() -> None:
    text = _HEAD + "Điều 1. Nhiệm vụ trọng tâm\n1. Tổ chức 05 lớp tập huấn cho nông dân.\n" + _TASKS
    assert parse_text(text).indicators == []


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 15/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tuyên Quang, ngày 08 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026\n"
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Giao chỉ tiêu kế hoạch năm 2026 cho các sở, ngành và Ủy ban nhân dân các xã, phường (chi tiết tại các Phụ lục kèm theo).\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hùng\n"
    "PHỤ LỤC I\nCHỈ TIÊU KẾ HOẠCH NĂM 2026 GIAO CHO CÁC SỞ, NGÀNH\n\n"
    "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Đơn vị chủ trì (theo dõi) |\n|---|---|---|---|---|\n"
    "| 1 | Tỷ lệ hộ nghèo giảm | Điểm % | 1,5 | Sở Nông nghiệp và Môi trường |\n"
    "| 2 | Giải quyết việc làm mới | Lao động | 15.000 | Sở Nội vụ |\n\n"
    "PHỤ LỤC II\nCHỈ TIÊU KẾ HOẠCH NĂM 2026 GIAO CHO CÁC XÃ, PHƯỜNG\n\n"
    "| STT | Xã, phường | Thu ngân sách trên địa bàn (triệu đồng) | Tỷ lệ che phủ rừng (%) |\n|---|---|---|---|\n"
    "| 1 | Phường Minh Xuân | 850.000 | - |\n"
    "| 2 | Xã Tân Lập | 12.500 | 61,5 |\n"
    "| | Cộng | 862.500 | |\n"
)


def test_allotting_tables() -> None:
    got = [
        (i.text, t.value, t.unit, t.direction, t.year, t.allotted_to.name if t.allotted_to else None, t.allotted_to.kind if t.allotted_to else None)
        for i in parse_text(_DECISION).indicators
        for t in i.targets
    ]
    assert got == [
        # a body column: the body answering for its row's target
        ("Tỷ lệ hộ nghèo giảm", 1.5, "Điểm %", "reduce", 2026, "Sở Nông nghiệp và Môi trường", "body"),
        ("Giải quyết việc làm mới", 15000.0, "Lao động", "reach", 2026, "Sở Nội vụ", "body"),
        # rows the units, columns the indicators (unit in brackets): a target
        # per cell, of the annex's year ("-" none, the sum row none)
        ("Thu ngân sách trên địa bàn", 850000.0, "triệu đồng", "reach", 2026, "Phường Minh Xuân", "ward"),
        ("Thu ngân sách trên địa bàn", 12500.0, "triệu đồng", "reach", 2026, "Xã Tân Lập", "ward"),
        ("Tỷ lệ che phủ rừng", 61.5, "%", "reach", 2026, "Xã Tân Lập", "ward"),
    ]


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 301/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tuyên Quang, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\n"
    "I. CHỈ TIÊU\n"
    "- Thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm.\n"
    "- Trồng mới 1.250 ha/năm rừng sản xuất.\n"
    "- Tổng thu ngân sách nhà nước trên địa bàn đạt 9.800 tỷ đồng, trong đó thu nội địa đạt 8.900 tỷ đồng.\n"
    "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,5 điểm phần trăm so với năm 2025.\n"
    "- Giải quyết việc làm mới cho 15.000 lao động, trong đó 6.000 lao động nữ.\n"
    "II. NHIỆM VỤ\n1. Sở Tài chính chủ trì tổng hợp tình hình thực hiện.\n"
)


def test_rate_per_head_per_year_and_sub_indicator() -> None:
    assert _targets(_PLAN) == [
        # "/người/năm" a rate's base: of the plan's year
        ("Thu nhập bình", 68.0, "triệu đồng/người/năm", 2026),
        # (a quantity each year recurs: none)
        ("Trồng mới 1.250", 1250.0, "ha/năm", None),
        # "trong đó thu nội địa đạt …": a sub-indicator of its own
        ("Tổng thu ngân", 9800.0, "tỷ đồng", 2026),
        ("thu nội địa", 8900.0, "tỷ đồng", 2026),
        ("Tỷ lệ hộ", 1.5, "điểm phần trăm", 2026),
        # (a value first, "trong đó 6.000 lao động nữ", the count's share: kept)
        ("Giải quyết việc", 15000.0, "lao động", 2026),
        ("Giải quyết việc", 6000.0, "lao động", 2026),
    ]


def test_diff_units_case_blind_and_abbreviated() -> None:
    plan = _PLAN.replace(", trong đó 6.000 lao động nữ", "")
    rows = {r["a"]: r for r in diff_plans(parse_text(_DECISION), parse_text(plan)).indicators if r.get("a")}
    # "Điểm %" is "điểm phần trăm", "Lao động" is "lao động"; a name with a
    # qualifier ("theo chuẩn nghèo đa chiều") is the same indicator
    assert rows["1"]["status"] == "same"
    assert rows["1"]["b"].startswith("Tỷ lệ hộ nghèo theo chuẩn")
    assert rows["2"]["status"] == "same"
    # never "changed" with nothing told apart
    assert all(r["differ"] or r["dropped"] or r["years_only_a"] or r["years_only_b"] for r in rows.values() if r["status"] == "changed")


_COMMUNE = _HEAD + (
    "Điều 1. Thông qua mục tiêu, chỉ tiêu chủ yếu năm 2026 của xã Tân Lập như sau:\n"
    "1. Thu ngân sách nhà nước trên địa bàn đạt 12,5 tỷ đồng.\n"
    "2. Tỷ lệ hộ nghèo giảm 3 điểm phần trăm.\n"
) + _TASKS


def test_diff_between_levels_an_amount_is_a_share() -> None:
    rows = [r for r in diff_plans(parse_text(_COMMUNE), parse_text(_PLAN)).indicators if r["a"] and r["b"]]
    budget = next(r for r in rows if r["a"] == "1")
    # the commune's 12,5 tỷ is its share of the province's 9.800 tỷ: a pair of levels
    assert (budget["status"], budget.get("level_share")) == ("not_comparable", True)
    assert budget["b"].startswith("Tổng thu ngân sách")
    poor = next(r for r in rows if r["a"] == "2")
    assert "level_share" not in poor
