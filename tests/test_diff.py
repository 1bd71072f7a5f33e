"""`khtool diff`: plans compared across levels, and a plan against itself."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from khtool import diff_plans, parse_file, parse_text
from khtool.cli import _register, app
from khtool.diff import similarity, word_diff

from .conftest import SAMPLES
from .strategies import document_text

_register()
runner = CliRunner()
WARD, PROVINCE, SONLA = (
    SAMPLES / f
    for f in ("001_9bc3f1274d6058dd.txt", "000_48697f013dff5d26.txt", "003_1df2fb94d1fd5416.txt")
)


def test_ward_against_province():
    d = diff_plans(parse_file(WARD), parse_file(PROVINCE))
    assert [c["id"] for c in d.citations.common] == ["28-CT/TW"]
    pairs = {s["sector"]: (s["a"], s["b"]) for s in d.sectors.common}
    for sector in ("health", "police", "justice", "finance", "education"):
        assert sector in pairs
    assert pairs["health"] == (["Trạm Y tế phường"], ["Sở Y tế"])
    assert 0 < d.tasks.coverage_a_by_b < 1 and d.tasks.uncovered_a
    assert all(not m.covered for m in d.tasks.uncovered_a)


def test_a_plan_against_itself_is_empty():
    doc = parse_file(PROVINCE)
    s = diff_plans(doc, doc).summary
    assert (
        s["citations_only_a"],
        s["citations_only_b"],
        s["sections_added"],
        s["sections_removed"],
        s["uncovered_a"],
        s["uncovered_b"],
    ) == (0,) * 6


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(document_text(damaged=False))
def test_diff_with_itself_property(text):
    doc = parse_text(text)
    s = diff_plans(doc, doc).summary
    assert s["uncovered_a"] == s["uncovered_b"] == 0
    assert s["citations_only_a"] == s["citations_only_b"] == 0
    assert s["sections_added"] == s["sections_removed"] == 0


def test_two_provincial_plans_and_a_plan_inside_a_decision():
    d = diff_plans(parse_file(PROVINCE), parse_file(SONLA))
    assert d.header["level"]["a"] == d.header["level"]["b"] == "province"
    assert any(s.status in ("same", "moved") for s in d.sections)
    decision = parse_file(SONLA)
    own = diff_plans(decision.attachments[0], decision)  # the decision is compared through its plan
    assert own.summary["uncovered_a"] == 0 and own.summary["sections_added"] == 0


def test_level_vocabulary_is_not_a_difference():
    a = "Tăng cường kiểm tra các cơ sở chăm sóc trẻ em trên địa bàn tỉnh."
    b = "Tăng cường kiểm tra các cơ sở chăm sóc trẻ em trên địa bàn phường."
    assert similarity(a, b) > 0.99
    assert similarity(a, "Bố trí kinh phí mua sắm trang thiết bị.") < 0.2


def test_word_diff():
    assert word_diff("a b c", "a x c") == [("=", "a"), ("-", "b"), ("+", "x"), ("=", "c")]


def test_cli_formats_and_fail_under(tmp_path):
    res = runner.invoke(app, ["diff", str(WARD), str(PROVINCE), "-f", "json"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert {
        "header",
        "citations",
        "sections",
        "tasks",
        "sectors",
        "indicators",
        "deadlines",
        "summary",
    } <= set(data)
    assert set(data["citations"]) == {"common", "only_a", "only_b"}
    assert (
        runner.invoke(
            app, ["diff", str(WARD), str(PROVINCE), "--fail-under", "99", "-f", "json"]
        ).exit_code
        == 1
    )
    md = runner.invoke(app, ["diff", str(WARD), str(PROVINCE), "-f", "md"]).stdout
    assert "~~" in md and "**" in md
    out = tmp_path / "d.html"
    assert (
        runner.invoke(
            app, ["diff", str(WARD), str(PROVINCE), "-f", "html", "-o", str(out)]
        ).exit_code
        == 0
    )
    assert "<script" not in out.read_text(encoding="utf-8")
    assert (
        runner.invoke(
            app, ["diff", str(WARD), str(PROVINCE), "-f", "table", "--only", "deadlines"]
        ).exit_code
        == 0
    )
