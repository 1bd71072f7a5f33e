"""A labelled item's time field read as a task table's time cell: a body
whose deadline on the field is no longer among its own gives no row, and the
parse goes on (a written case, no document's)."""

from __future__ import annotations

from khtool.extract.assignments import _with_time_fields
from khtool.models import Assignment, Deadline, Span


def _span(start: int, end: int) -> Span:
    return Span(file="t.txt", line=1, end_line=1, start=start, end=end)


def test_an_owner_whose_deadline_is_gone_gives_no_row():
    field, item = _span(40, 60), _span(0, 60)
    weekly = Deadline(text="Hằng tuần", recurrence="weekly", span=_span(45, 54))
    kept = Assignment(agency="Phòng Văn hóa - Xã hội", deadlines=[weekly], span=_span(0, 30))
    dropped = Assignment(agency="Trạm Y tế", deadlines=[], span=_span(0, 30))
    owners = {(45, "Hằng tuần"): [kept], (50, "tuần"): [dropped]}
    owner = {(45, "Hằng tuần"): "Phòng Văn hóa - Xã hội", (50, "tuần"): "Trạm Y tế"}
    out = _with_time_fields([weekly], owners, owner, [(field, item)])
    assert [(d.text, d.agency) for d in out] == [("Hằng tuần", "Phòng Văn hóa - Xã hội")]
