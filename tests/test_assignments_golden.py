"""Assignees, indicators and reporting deadlines of the samples against golden files."""

from __future__ import annotations

import pytest

from .conftest import load_golden

PLANS = {
    "000_48697f013dff5d26": lambda d: d,
    "001_9bc3f1274d6058dd": lambda d: d,
    "003_1df2fb94d1fd5416": lambda d: d.attachments[0],  # the plan carried by the decision
    "004_33652b52775a5c36": lambda d: d,
}


@pytest.mark.parametrize("stem", list(PLANS))
def test_assignees(parsed_samples, stem):
    gold = load_golden("assignments", stem)
    plan = PLANS[stem](parsed_samples[stem])
    got = [(a.agency, a.sector, a.role, a.indicators) for a in plan.assignments]
    want = [tuple(x) for x in gold["assignments"]]
    assert got == want


@pytest.mark.parametrize("stem", list(PLANS))
def test_indicators(parsed_samples, stem):
    gold = load_golden("assignments", stem)["indicators"]
    plan = PLANS[stem](parsed_samples[stem])
    assert sum(1 for i in plan.indicators if i.id) == gold["numbered"]
    assert sum(1 for i in plan.indicators if not i.id) == gold["unnumbered"]
    by_id = {i.id: i for i in plan.indicators}
    for ident, targets in gold.get("targets", {}).items():
        assert [[t.year, t.value, t.unit, t.direction] for t in by_id[ident].targets] == targets, (
            ident
        )


@pytest.mark.parametrize("stem", list(PLANS))
def test_reporting_deadlines(parsed_samples, stem):
    gold = load_golden("assignments", stem)["deadlines"]
    plan = PLANS[stem](parsed_samples[stem])
    dated = [(d.day, d.month) for d in plan.deadlines if d.day]
    assert dated == [(x[0], x[1]) for x in gold if x[0]]
    for day, month, recurrence in gold:
        assert any(
            d.day == day and d.month == month and recurrence in (d.recurrence or "")
            for d in plan.deadlines
        ), (day, month, recurrence)


@pytest.mark.parametrize("stem", list(PLANS))
def test_dated_deadlines_have_their_owner(parsed_samples, stem):
    gold = load_golden("assignments", stem)["deadline_owners"]
    plan = PLANS[stem](parsed_samples[stem])
    assert [[d.day, d.month, d.agency] for d in plan.deadlines if d.day] == gold


@pytest.mark.parametrize("stem", list(PLANS))
def test_dated_deadlines_stand_on_their_own_line(parsed_samples, stem):
    """Each dated deadline points at the line its words stand on, not at its
    section's or item's first line."""
    gold = load_golden("assignments", stem)["deadline_lines"]
    plan = PLANS[stem](parsed_samples[stem])
    assert [[d.day, d.month, d.span.line] for d in plan.deadlines if d.day and d.span] == gold
