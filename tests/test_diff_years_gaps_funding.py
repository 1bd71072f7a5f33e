"""``diff`` figures that must agree with each other (RS24 N2-N5, MX #12):
a target's later year written as its own clause paired year by year, a gap
at B's level listed as one, each side's tasks found in the other, funding
given as a task, a lead change of B's item split from one of A's. Plans
written for these tests."""

from __future__ import annotations

import html
import json

import pytest
from typer.testing import CliRunner

from khtool import diff_plans, parse_text
from khtool.cli import _register, app

from .test_diff_matching_peers import _MINISTRY, _PROVINCE, _PROVINCE_B, _WARD

_register()
runner = CliRunner()


def _province(name: str, number: str, goal: str, tasks: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {name.upper()}\nSố: {number}/KH-UBND\n{name}, ngày 12 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nPhổ cập kỹ năng số cho người dân năm 2026 - 2027\n"
        f"I. CHỈ TIÊU\n1. {goal}\nII. NHIỆM VỤ\n{tasks}"
    )


_TASKS = (
    "1. Tổ chức lớp bồi dưỡng kỹ năng số cơ bản cho người dân tại nhà văn hóa thôn, tổ dân phố.\n"
    "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
)


@pytest.mark.parametrize(
    ("goal_a", "goal_b", "differ"),
    [
        # A's later year in a clause of its own after ";", B's after a comma
        (
            "Đến hết năm 2026, ít nhất 75% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản; "
            "đến hết năm 2027 đạt ít nhất 90%.",
            "Phấn đấu đến hết năm 2026 có ít nhất 80% người trong độ tuổi lao động được phổ cập kỹ năng số "
            "cơ bản, đến hết năm 2027 đạt ít nhất 92%.",
            [("ít nhất 75%", "ít nhất 80%"), ("ít nhất 90%", "ít nhất 92%")],
        ),
        # the same, B's later year equal: one pair differs, nothing dropped
        (
            "Đến hết năm 2026, ít nhất 75% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản; "
            "đến hết năm 2027 đạt ít nhất 90%.",
            "Phấn đấu đến hết năm 2026 có ít nhất 80% người trong độ tuổi lao động được phổ cập kỹ năng số "
            "cơ bản, đến hết năm 2027 đạt ít nhất 90%.",
            [("ít nhất 75%", "ít nhất 80%")],
        ),
    ],
)
def test_a_later_year_in_a_clause_of_its_own_pairs_with_the_others_year(goal_a, goal_b, differ):
    a = parse_text(_province("Quảng Bình", "30", goal_a, _TASKS), path="a.txt")
    b = parse_text(_province("Kon Tum", "41", goal_b, _TASKS), path="b.txt")
    (row,) = [r for r in diff_plans(a, b).indicators if r["a"] == "1"]
    assert row["dropped"] == []
    assert [(x["a"], x["b"]) for x in row["differ"]] == differ
    assert row["verdict"] == "stricter"


def test_a_later_year_clause_naming_its_own_measure_stays_apart():
    # "; 60% hộ gia đình có …" measures another thing: B has none of it
    a = parse_text(
        _province(
            "Quảng Bình",
            "30",
            "Đến hết năm 2026, ít nhất 75% người dân được phổ cập kỹ năng số cơ bản; "
            "đến hết năm 2027 có 60% hộ gia đình sử dụng chữ ký số cá nhân.",
            _TASKS,
        ),
        path="a.txt",
    )
    b = parse_text(
        _province(
            "Kon Tum",
            "41",
            "Đến hết năm 2026, ít nhất 80% người dân được phổ cập kỹ năng số cơ bản, đến hết năm 2027 đạt 90%.",
            _TASKS,
        ),
        path="b.txt",
    )
    rows = diff_plans(a, b).indicators
    (row,) = [r for r in rows if r["a"] == "1"]
    assert row["dropped"] == ["60%"]


@pytest.mark.parametrize(
    ("clause", "alone"),
    [
        ("; đến hết năm 2027 đạt ", True),
        (" đến năm 2030 có ", True),
        ("; nông thôn đạt ", False),  # (a measure of its own, no time)
        ("; đến hết năm 2027 có hộ gia đình sử dụng chữ ký số ", False),
    ],
)
def test_a_clause_naming_only_a_time_names_no_measure(clause, alone):
    from khtool.diff import _names_no_measure

    assert _names_no_measure(clause) is alone


def _ministry_and_province() -> tuple[str, str]:
    # the province leaves out row 1 (training), which its Sở Y tế supports
    training = "1. Sở Y tế tổ chức tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến cơ sở.\n"
    return _MINISTRY, _PROVINCE_B.replace(training, "")


def test_a_gap_counted_at_b_level_is_listed_as_a_gap_not_for_information(tmp_path):
    a, b = _ministry_and_province()
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    assert d.tasks.coverage_a_by_b_at_its_level == 0.5
    (row,) = [m for m in d.tasks.uncovered_a if m.b_level_supports]
    fa, fb = tmp_path / "a.txt", tmp_path / "b.txt"
    fa.write_text(a, encoding="utf-8")
    fb.write_text(b, encoding="utf-8")
    res = runner.invoke(app, ["diff", str(fa), str(fb), "-f", "table"], env={"COLUMNS": "400"})
    out = " ".join(res.stdout.split())
    assert "coverage 50% at B's level" in out and "): none." not in out
    assert f"line {row.line})" not in out and f"lines {row.line}" not in out and f", {row.line}" not in out
    assert "Tập huấn chẩn đoán" in out.split("Tasks of A not covered by B")[1]
    assert row.above_b_level and getattr(row, "at_b_level", False)


def test_funding_given_as_a_task_matched_to_the_others_funding_part_is_in_both():
    d = diff_plans(parse_text(_PROVINCE, path="a.txt"), parse_text(_WARD.format(second=""), path="b.txt"))
    assert d.funding == {"only_a": [], "only_b": []}


# Two provinces: B splits A's class task in two items, the second led by
# another department; B merges A's two campaign items into one.
_PA = _province(
    "Quảng Bình",
    "30",
    "Đến hết năm 2026, ít nhất 75% người dân được phổ cập kỹ năng số cơ bản.",
    "1. Tổ chức lớp bồi dưỡng kỹ năng số cơ bản và lớp ứng dụng trí tuệ nhân tạo cho cán bộ, công chức.\n"
    "- Cơ quan chủ trì: Sở Nội vụ.\n"
    "2. Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID.\n"
    "- Cơ quan chủ trì: Công an tỉnh.\n"
    "3. Tuyên truyền, hướng dẫn người dân sử dụng Cổng Dịch vụ công quốc gia.\n"
    "- Cơ quan chủ trì: Công an tỉnh.\n"
    "4. Rà soát, thống kê số người dân chưa có điện thoại thông minh tại các thôn, bản vùng sâu.\n"
    "- Cơ quan chủ trì: Sở Dân tộc và Tôn giáo.\n",
)
_PB = _province(
    "Kon Tum",
    "41",
    "Đến hết năm 2026, ít nhất 80% người dân được phổ cập kỹ năng số cơ bản.",
    "1. Tổ chức lớp bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức.\n"
    "- Cơ quan chủ trì: Sở Nội vụ.\n"
    "2. Tổ chức lớp ứng dụng trí tuệ nhân tạo cho cán bộ, công chức.\n"
    "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
    "- Cơ quan phối hợp: Sở Nội vụ.\n"
    "3. Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và Cổng Dịch vụ công quốc gia.\n"
    "- Cơ quan chủ trì: Công an tỉnh.\n",
)


@pytest.fixture()
def peers(tmp_path):
    a, b = tmp_path / "qb.txt", tmp_path / "kt.txt"
    a.write_text(_PA, encoding="utf-8")
    b.write_text(_PB, encoding="utf-8")
    return str(a), str(b)


def test_each_sides_tasks_found_in_the_other_are_told_with_the_overlap(peers):
    res = runner.invoke(app, ["diff", *peers, "-f", "json"])
    s = json.loads(res.stdout)["summary"]
    assert (s["tasks_a"], s["tasks_a_found_in_b"], s["tasks_only_a"]) == (4, 3, 1)
    assert (s["tasks_b"], s["tasks_b_found_in_a"], s["tasks_only_b"]) == (3, 3, 0)
    assert "tasks_in_both" in s  # (the key kept)
    for fmt, said in (
        ("table", "A's tasks found in B 3 of 4 (only in A 1), B's found in A 3 of 3 (only in B 0)"),
        ("md", "nhiệm vụ của A có ở B 3/4 (chỉ A 1), của B có ở A 3/3 (chỉ B 0)"),
        ("html", "A's tasks found in B 3 of 4 (only in A 1), B's found in A 3 of 3 (only in B 0)"),
    ):
        out = html.unescape(" ".join(runner.invoke(app, ["diff", *peers, "-f", fmt], env={"COLUMNS": "400"}).stdout.split()))
        assert said in out, fmt
        assert "in both 2" not in out and "chung 2" not in out, fmt


def test_a_lead_change_of_bs_item_split_from_one_of_as_is_shown(peers):
    d = json.loads(runner.invoke(app, ["diff", *peers, "-f", "json"]).stdout)
    (ai,) = [m for m in d["tasks"]["b_to_a"] if "trí tuệ nhân tạo" in m["text"]]
    assert ai["covered"] and ai["lead_changes"]
    a_line = ai["best_line"]
    assert not any(m["line"] == a_line and m["best_line"] == ai["line"] for m in d["tasks"]["a_to_b"])
    change = "Sở Nội vụ: lead → support; Sở Khoa học và Công nghệ: — → lead"
    for fmt in ("table", "md", "html"):
        out = html.unescape(" ".join(runner.invoke(app, ["diff", *peers, "-f", fmt], env={"COLUMNS": "400"}).stdout.split()))
        assert f"{a_line} → {ai['line']}" in out and change in out, fmt
