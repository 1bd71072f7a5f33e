"""Targets: a part of indicators' levels with no figure, counts per year, a
task's target's year (its own, the completion time of its sentence, never
the goals heading's), an unnumbered indicator's name in a diff."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ {unit}\nSố: {no}/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "{unit_title}, ngày 14 tháng 4 năm 2026\nKẾ HOẠCH\nPhát triển giáo dục và kinh tế hộ trên địa bàn xã\n"
)
HEAD = _HEAD.format(unit="TÂN LẬP", no=36, unit_title="Tân Lập")


def _targets(body: str) -> list[tuple[str | None, str, float | None, str | None, str | None, int | None]]:
    doc = parse_text(HEAD + body)
    return [(i.id, " ".join(i.text.split()[:3]), t.value, t.unit, t.direction, t.year) for i in doc.indicators for t in i.targets]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # every item of a part of indicators is one: a level kept or reached
        # with no figure too, of the part's year
        (
            "II. CHỈ TIÊU NĂM 2026\n"
            "1. Huy động 98% trẻ em 3 - 5 tuổi đến trường.\n"
            "2. Duy trì xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2.\n"
            "3. Xã đạt chuẩn nông thôn mới nâng cao.\n"
            "III. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát mạng lưới trường, lớp.\n",
            [
                ("1", "Huy động 98%", 98.0, "%", "reach", 2026),
                ("2", "Duy trì xã", None, None, "maintain", 2026),
                ("3", "Xã đạt chuẩn", None, None, "complete", 2026),
            ],
        ),
        # … its bullets too; a bullet heading others is their group, no goal
        (
            "II. CHỈ TIÊU\n"
            "- Giữ vững chuẩn quốc gia về y tế xã.\n"
            "- Về giáo dục:\n+ 100% trường học có nhà vệ sinh đạt chuẩn.\n"
            "III. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát mạng lưới trường, lớp.\n",
            [
                (None, "Giữ vững chuẩn", None, None, "maintain", None),
                (None, "100% trường học", 100.0, "%", "reach", None),
            ],
        ),
        # (as before) a goals part by another name keeps its rule: an undated item with no
        # figure may be a purpose, none
        (
            "II. MỤC TIÊU\n"
            "1. Nâng cao chất lượng giáo dục toàn diện.\n"
            "2. Đến năm 2027, xã đạt chuẩn nông thôn mới nâng cao.\n"
            "III. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát mạng lưới trường, lớp.\n",
            [("2", "Đến năm 2027,", None, None, "complete", 2027)],
        ),
    ],
)
def test_a_part_of_indicators_reads_every_item(body, expected):
    """A numbered item of a "Chỉ tiêu" part is an indicator even with no
    figure: a standard or level to reach or keep."""
    assert _targets(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bound on a task's rounds said every year is a floor per year
        (
            "II. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động hội viên phát triển kinh tế hộ; tổ chức ít "
            "nhất 02 buổi đối thoại giữa lãnh đạo xã với hộ kinh doanh mỗi năm.\n"
            "2. Công an xã kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh tối thiểu 01 lượt/năm.\n"
            "3. Hằng năm, Văn phòng tổ chức không dưới 03 cuộc tiếp xúc cử tri.\n",
            [
                (None, "tổ chức ít", 2.0, "buổi/năm", "at_least", None),
                (None, "Công an xã", 1.0, "lượt/năm", "at_least", None),
                (None, "Hằng năm, Văn", 3.0, "cuộc/năm", "at_least", None),
            ],
        ),
        # (as before) not one round's count, nor a cadence within the year: the task's quantity
        (
            "II. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Phòng Kinh tế tổ chức kiểm tra ít nhất 02 đợt trong năm 2026.\n"
            "2. Văn phòng tiếp doanh nghiệp ít nhất 01 lần/quý.\n",
            [],
        ),
    ],
)
def test_a_count_per_year_is_a_yearly_target(body, expected):
    """"ít nhất 02 buổi … mỗi năm", "tối thiểu 01 lượt/năm": a recurring
    target, the floor of a count per year, even with a small count noun."""
    assert _targets(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a task's target takes no year from the goals heading it stands outside
        (
            "II. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2030\n- Có ít nhất 150 hộ kinh doanh chuyển thành doanh nghiệp.\n"
            "III. NHIỆM VỤ, GIẢI PHÁP\n1. Dành tối thiểu 20 ha quỹ đất cho cơ sở sản xuất nhỏ.\n",
            [
                (None, "Có ít nhất", 150.0, "hộ", "at_least", 2030),
                (None, "Dành tối thiểu", 20.0, "ha", "at_least", None),
            ],
        ),
        # a target with its work's completion time in the next clause of its
        # sentence takes that time's year (a day, a month, a quarter)
        (
            "II. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Tổ chức học tập, quán triệt Kế hoạch cho 100% cán bộ, công chức; hoàn thành trong tháng 9/2026.\n"
            "2. Tập huấn cho 100% công chức một cửa; hoàn thành trước ngày 30/6/2027.\n"
            "3. Bồi dưỡng kỹ năng số cho 100% cán bộ thôn; hoàn thành trong quý IV/2028.\n"
            "4. Cử 100% công chức tham gia bồi dưỡng. Hoàn thành trong năm 2029.\n",
            [
                (None, "Tổ chức học", 100.0, "%", "reach", 2026),
                (None, "Tập huấn cho", 100.0, "%", "reach", 2027),
                (None, "Bồi dưỡng kỹ", 100.0, "%", "reach", 2028),
                (None, "Cử 100% công", 100.0, "%", "reach", None),
            ],
        ),
    ],
)
def test_a_task_targets_year(body, expected):
    """A target outside the goals heading takes none of its year; a target
    and a completion time in one sentence: the target takes that time."""
    assert _targets(body) == expected


def test_an_unnumbered_indicators_name_runs_to_its_clauses_end():
    """In a diff, an unnumbered indicator is named by its first clause whole,
    not cut before its second target."""
    task = (
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Hướng dẫn các thôn rà soát vùng trồng; phấn đấu diện tích cây ăn quả đạt 600 ha trong năm 2026 "
        "và 900 ha năm 2027.\n"
    )
    other = task.replace("900 ha", "950 ha")
    a = parse_text(HEAD + task)
    b = parse_text(_HEAD.format(unit="TÂN HÒA", no=40, unit_title="Tân Hòa") + other)
    rows = diff_plans(a, b).indicators
    assert [r["a"] for r in rows] == ["phấn đấu diện tích cây ăn quả đạt 600 ha trong năm 2026 và 900 ha năm 2027"]
