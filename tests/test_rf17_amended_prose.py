"""An amending clause whose new wording is a quoted paragraph with no
numbered item (a clause replaced whole, in prose) is read as one item of
the part it changes (RV13 #4). Texts written for these tests."""

from __future__ import annotations

from .test_amended_plan_content import decision

TASK = (
    "4. Sửa đổi khoản 2 Mục III như sau:\n"
    "“Sở Y tế chủ trì, phối hợp với Sở Tài chính hoàn thành việc nâng cấp trạm y tế trước ngày 30/11/2026; "
    "phấn đấu 100% trạm y tế đạt chuẩn.”\n"
)
GOAL = (
    "2. Sửa đổi khoản 2 Mục II như sau:\n"
    "“Tỷ lệ trạm y tế xã, phường đạt chuẩn quốc gia về y tế: đạt 85% năm 2027 và 100% năm 2030.”\n"
)


def test_a_prose_wording_opening_with_a_body_gives_it_the_task_and_its_deadline():
    doc = decision(TASK)
    (lead,) = [a for a in doc.assignments if a.agency == "Sở Y tế"]
    assert lead.role == "lead" and lead.amends is not None and lead.amends.part == "khoản 2 Mục III"
    (own,) = lead.deadlines
    assert (own.day, own.month, own.year) == (30, 11, 2026)
    (listed,) = [d for d in doc.deadlines if (d.day, d.month) == (30, 11)]
    assert listed.agency == "Sở Y tế" and listed.amends is not None
    # (its target, in the task's own words, acts on the plan too)
    assert [i.amends.part for i in doc.indicators if i.amends] == ["khoản 2 Mục III"]


def test_a_prose_wording_of_a_goal_sets_the_target():
    doc = decision(GOAL)
    got = [(i.amends.part, [(t.year, t.value) for t in i.targets]) for i in doc.indicators if i.amends]
    assert got == [("khoản 2 Mục II", [(2027, 85.0), (2030, 100.0)])]


def test_a_wording_of_no_words_is_no_item():
    """(a guard, passing before)"""
    doc = decision("1. Sửa đổi khoản 3 Mục IV như sau:\n“.”\n")
    assert not [x for x in (*doc.assignments, *doc.indicators, *doc.deadlines) if x.amends]
