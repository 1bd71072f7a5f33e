"""Assignments, indicators, deadlines and funding: who must do what, toward which target, by when.

Assignments come from the implementation part ("Tổ chức thực hiện"): each
numbered item names one or more agencies in its heading ("1. Sở Y tế",
"2. Công an huyện: …", "11. Đề nghị Ủy ban MTTQ tỉnh, Đoàn Thanh niên …, Hội
LHPN tỉnh và các tổ chức thành viên khác …"). Each named body is its own
assignee; a collective tail after named bodies ("các tổ chức thành viên khác",
"các Hội đoàn thể ở địa phương", "tổ chức xã hội") is not, but a collective
body that is the item's only subject ("13. Các sở, ban, ngành liên quan") is.
Sentences anywhere ("Giao Sở … chủ trì, phối hợp với …") assign too, and so
do tables of tasks (a plan's "Phụ lục phân công nhiệm vụ": a row per task, its
"Cơ quan chủ trì" lead, its "Cơ quan phối hợp" support, its time its deadline).

Role, from the item's own words: ``requested`` when it opens with "Đề nghị"
(the Front and mass organisations, which a government cannot order); else
``lead`` when the agency "chủ trì" (or is the "cơ quan thường trực"); else
``support`` when its tasks only "phối hợp"; else ``responsible``.

Indicators: "Chỉ tiêu N: …" items and the unnumbered target bullets under
"Mục tiêu cụ thể" (or among the numbered ones), with their targets (decimal
comma read as a decimal point: "9,5‰" is 9.5; "1.000" is a thousands mark).
Deadlines: "trước ngày d/m …" with its recurrence, what is due and to whom;
recurring reports without a date; review years ("sơ kết vào năm 2025").
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as _dt
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cache, lru_cache
from typing import Literal, cast

import regex

from .. import patterns as P
from ..agencies import (
    AgencyMatch,
    agency_level,
    bare_organisation_unit,
    body_key,
    classify_agency,
    commune_department,
    council_committee,
    department_field,
    directly_under_province_level,
    expand_shared_kind,
    expand_units_listed,
    is_generic,
    name_before_merger,
    party_name_end,
    place_level,
    place_name_end,
    standard_name_end,
    unit_staff_sector,
    without_title,
    written_out,
)
from ..gazetteer import parse_unit
from ..models import (
    Allotted,
    Assignment,
    Deadline,
    Diagnostic,
    Funding,
    Indicator,
    Level,
    Section,
    Span,
    Target,
    Task,
    known_assignment,
    known_span,
    known_target,
    known_task,
)
from ..normalize import CleanText, LogicalLine, PhysLine
from ..normalize import lowered as lower
from ..segment import _heading_before, _is_upper, is_person_name, walk_sections
from ..tables import fold, load

# The word closing a movement's direction that bounds it: "giảm ít nhất",
# "tăng bình quân trên" (the value is a floor); "giảm tối đa", "tăng không
# quá" (a ceiling).
MOVEMENT_BOUNDS: dict[str, Literal["at_least", "at_most"]] = {
    "nhất": "at_least", "thiểu": "at_least", "trên": "at_least", "hơn": "at_least", "đa": "at_most", "quá": "at_most"
}
DIRECTIONS = {
    "dưới": "below",
    "xuống dưới": "below",
    "xuống còn": "reduce_to",
    "xuống": "reduce_to",
    "còn": "reduce_to",
    "đạt": "reach",
    "duy trì": "maintain",
    "phấn đấu": "strive",
    "phần đầu": "strive",
    "trên": "above",
    "tối thiểu": "at_least",
    "ít nhất": "at_least",
    "giảm": "reduce",
    "tăng": "increase",
    "duy trì ổn định": "maintain",
    "thêm": "increase",
    "có thêm": "increase",
    "tăng thêm": "increase",
    "giảm trên": "reduce",
    "giảm ít nhất": "reduce",
    "giảm tối thiểu": "reduce",
    "tăng trên": "increase",
    "tăng ít nhất": "increase",
    "tăng tối thiểu": "increase",
    "giảm tối đa": "reduce",
    "tăng tối đa": "increase",
    "giảm không quá": "reduce",
    "tăng không quá": "increase",
    "giảm không vượt quá": "reduce",
    "tăng không vượt quá": "increase",
    # a multiple: "tăng gấp 2 lần", "gấp 1,5 lần"
    "tăng lên": "increase",
    "tăng gấp": "increase",
    "gấp": "increase",
    "tăng hơn": "increase",
    "tăng khoảng": "increase",
    "khoảng": "reach",
    "đạt khoảng": "reach",
    "giảm từ": "reduce",
    "tăng từ": "increase",
    "không quá": "at_most",
    "không vượt quá": "at_most",
    "không cao hơn": "at_most",
    "không lớn hơn": "at_most",
    "không dưới": "at_least",
    "không thấp hơn": "at_least",
    "không ít hơn": "at_least",
    "tối đa": "at_most",
    # "từ 92% trở lên" (the words after the value say it: see parse_targets)
    "từ": "at_least",
    "đạt từ": "at_least",
}
RECURRENCE = {
    "hàng ngày": "daily",
    "hằng ngày": "daily",
    "hàng tuần": "weekly",
    "hằng tuần": "weekly",
    "hàng tháng": "monthly",
    "hằng tháng": "monthly",
    "hàng quý": "quarterly",
    "hằng quý": "quarterly",
    "định kỳ 3 tháng": "quarterly",
    "định kỳ 03 tháng": "quarterly",
    "định kỳ ba tháng": "quarterly",
    "6 tháng": "semiannual",
    "sáu tháng": "semiannual",
    "hàng năm": "annual",
    "hằng năm": "annual",
    "định kỳ": "periodic",
    "đột xuất": "ad hoc",
}
# A cadence of N months ("6 tháng một lần"); any other N is "periodic".
RECURRENCE_EVERY = {"1": "monthly", "một": "monthly", "3": "quarterly", "ba": "quarterly", "6": "semiannual", "sáu": "semiannual", "12": "annual", "mười hai": "annual"}
# "quý II", "quý 2": the quarter's number
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# The section trees extract_assignments is reading, each with its walk: its
# readers walk the same tree some fifteen times a document (~60 sections
# each time). Kept by the list itself, for the time of the call only (the
# tree is not changed while it is read).
# With each walk, its sections by the range [lo, hi) their spans start in
# (``_walk_in``): a model's field costs ~340 instructions a read (pydantic's
# BaseModel defines ``__getattr__``), and the readers test each section's span
# against the same range. And its sections' kinds, read once, with the
# sections of the kinds a reader looks at (``_walk_of``), and the sections
# holding others (``_walk_parents``): most readers look at a few kinds, or at
# sections with children, and would read every section's field to find them.
_WALKS: list[
    tuple[
        list[Section],
        list[Section],
        dict[tuple[int, int], list[Section]],
        list[str],
        dict[tuple[str, ...], list[Section]],
        list[Section],
    ]
] = []


def _walked(
    sections: list[Section],
) -> tuple[list[Section], list[Section], dict[tuple[int, int], list[Section]], list[str], dict[tuple[str, ...], list[Section]], list[Section]]:
    """A ``_WALKS`` entry for ``sections``: ``walk_sections``' walk (the
    same order), its sections' kinds and the sections holding others."""
    out: list[Section] = []
    kinds: list[str] = []
    parents: list[Section] = []
    stack = sections[::-1]
    while stack:
        s = stack.pop()
        out.append(s)
        kinds.append(s.kind)
        if children := s.children:
            parents.append(s)
            stack += children[::-1]
    return sections, out, {}, kinds, {}, parents


def _walk(sections: list[Section]) -> list[Section]:
    """``_walk(sections)``, the walk made already when
    extract_assignments reads that tree (callers do not change the list)."""
    for entry in _WALKS:
        if entry[0] is sections:
            return entry[1]
    return walk_sections(sections)


def _walk_of(sections: list[Section], kinds: tuple[str, ...]) -> list[Section]:
    """The sections of ``_walk(sections)`` of one of ``kinds``, in order
    (callers do not change the list)."""
    for tree, walked, _inside, of_kind, by_kinds, _parents in _WALKS:
        if tree is sections:
            got = by_kinds.get(kinds)
            if got is None:
                got = by_kinds[kinds] = [s for s, kind in zip(walked, of_kind, strict=True) if kind in kinds]
            return got
    return [s for s in walk_sections(sections) if s.kind in kinds]


def _walk_parents(sections: list[Section]) -> list[Section]:
    """The sections of ``_walk(sections)`` that hold others, in order
    (callers do not change the list)."""
    for entry in _WALKS:
        if entry[0] is sections:
            return entry[5]
    return [s for s in walk_sections(sections) if s.children]


def _walk_in(sections: list[Section], lo: int, hi: int) -> list[Section]:
    """The sections of ``_walk(sections)`` whose spans start in [lo, hi)
    (``_in_range``), in order; made once per range while extract_assignments
    reads the tree (callers do not change the list)."""
    for tree, walked, inside, _kinds, _by_kinds, _parents in _WALKS:
        if tree is sections:
            got = inside.get((lo, hi))
            if got is None:
                got = inside[(lo, hi)] = [s for s in walked if lo <= s.span.start < hi]
            return got
    return [s for s in walk_sections(sections) if lo <= s.span.start < hi]


def _in_range(sp: Span, lo: int, hi: int) -> bool:
    return lo <= sp.start < hi


# (loops, not ``any`` over a generator: these run for every line of a text,
# and most find nothing; a generator's start and steps cost more than the tests)
def _starts_in(ranges: list[tuple[int, int]], at: int) -> bool:
    """Does ``at`` fall in one of ``ranges`` (starts included, ends not)?"""
    for start, end in ranges:  # noqa: SIM110 (see above)
        if start <= at < end:
            return True
    return False


def _overlaps_a_range(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap one of ``ranges``?"""
    for r_start, r_end in ranges:  # noqa: SIM110
        if r_start < end and start < r_end:
            return True
    return False


def _full_text(s: Section) -> str:
    parts = [x for x in (s.heading, s.text) if x]
    for c in s.children:
        parts.append(_full_text(c))
    return "\n".join(parts)


def _tasks_of(items: list[Section], context: str = "") -> list[Task]:
    """One task per item; an item that is only a heading over items of its
    own ("1. Trước khi đưa mỏ vào khai thác" / "- Cắm mốc …" / "- Lập bản đồ …")
    gives its items' tasks instead, each led by that heading. A heading that
    only labels a part of requests ("IV. ĐỀ XUẤT", "Kiến nghị:") leads none,
    and a task ends at the text's closing mark "./."."""
    tasks: list[Task] = []
    if items and _documents_only(items):
        return tasks  # (the documents a lead-in's task is about: its sentence is the task)
    for c in items:
        if c.heading and not c.text.strip() and c.children:
            tasks += _tasks_of(c.children, f"{context}{c.heading}: ")
            continue
        heading = c.heading
        if heading and c.text.strip() and heading[:1] in "ĐđKk" and P.REQUEST_PART_NAME.match(heading):
            heading = None  # a part's label alone, no words of the task: "IV. ĐỀ XUẤT" / "Phòng X kính trình …"
        text = (heading or "") + (": " if heading and c.text else "") + c.text
        if "./." in text:
            # the text's closing mark ends the task: an enclosure's line after
            # it, "(Kèm theo: Dự thảo Kế hoạch …)", is none of it
            text = text[: text.index("./.") + 3]
        if c.kind in ("dash", "plus") and P.LABELLED_TIME.match(text):
            continue  # "- Thời gian: Quý III": when the item's task is due, no task
        if "trách nhiệm" in text and "không " in text and _disclaimer(text):
            continue  # "- Việc kiểm tra … không thay thế, không làm giảm trách nhiệm của …"
        if text.strip():
            tasks.append(known_task(context + text, c.span))
    return tasks


def _without_repeated_tasks(a: Assignment) -> None:
    """Drop from ``a`` a task that repeats another of its tasks' words over a
    wider span: an item's clause ("2. Yêu cầu đối với chủ đầu tư" read whole,
    its clause "Chủ đầu tư và các nhà thầu … chịu trách nhiệm …") that is one
    of its points' own tasks ("- Chủ đầu tư và các nhà thầu …"): an item's
    task and its points' tasks do not repeat the same text."""
    kept: list[Task] = []
    # (each task's span and text read once: a model's field costs ~340
    # instructions a read, its class defining ``__getattr__``; the loop pairs
    # every task with every other)
    placed = [(t, t.span.start, t.span.end, t.text) for t in a.tasks]
    for t, start, end, text in placed:
        words = text.rstrip(" .;")
        wide = end - start
        repeated = False
        for u, u_start, u_end, u_text in placed:
            if u is not t and start <= u_start and u_end <= end and wide > u_end - u_start and words in u_text:
                repeated = True
                break
        if not repeated:
            kept.append(t)
    if len(kept) < len(a.tasks):
        a.tasks = kept


def _disclaimer(text: str) -> bool:
    """Whether an item only disclaims what the issuer's check covers ("…
    không thay thế, không làm giảm trách nhiệm của Chủ đầu tư …"), binding no
    body to act (P.DISCLAIMER, P.DISCLAIMER_DUTY)."""
    return P.DISCLAIMER.search(text) is not None and P.DISCLAIMER_DUTY.search(text) is None


# The first letters of the kinds ``P.DOCUMENT_ITEM`` names (Luật, Bộ luật,
# Pháp lệnh, Nghị định, Thông tư, Quyết định, Chỉ thị, Văn bản, Kế hoạch,
# Hướng dẫn …): a cheap test before the pattern.
_DOCUMENT_ITEM_INITIALS = "LBPNTQCVKH"


def _documents_only(items: list[Section]) -> bool:
    """Whether ``items`` are bullets that only name documents ("- Nghị định số
    24/2026/NĐ-CP ngày … của Chính phủ quy định …"), the object of the task
    above them ("… nghiên cứu, cập nhật các văn bản sau:"), not tasks."""
    for c in items:
        if c.kind not in ("dash", "plus") or c.children or c.heading:
            return False
        text = c.text.strip()
        if text[:1] not in _DOCUMENT_ITEM_INITIALS or P.DOCUMENT_ITEM.match(text) is None:
            return False
    return True


def _tasks(ct: CleanText, s: Section) -> list[Task]:
    tasks = _tasks_of(s.children)
    if not tasks and s.text.strip():
        # each paragraph of an item's text is a task of its own ("1. Phòng
        # Lao động …: Chủ trì …" / "Phối hợp với …" / "Tổ chức sơ kết …")
        paragraphs = [p for p in s.text.split("\n") if p.strip()]
        if ct.cells_in(s.span.start, s.span.end):
            paragraphs = _without_task_tables(ct, s.span, paragraphs)
        tasks = [known_task(p, s.span) for p in paragraphs]
    return tasks


def _without_task_tables(ct: CleanText, span: Span, paragraphs: list[str]) -> list[str]:
    """An item's paragraphs but a task table's cells and the caption over it
    ("Bảng tổng hợp nhiệm vụ:" / "| TT | Nội dung | Đơn vị chủ trì | …"): the
    table gives each row's body its task (see ``_from_tables``), none of them
    the item's body's."""
    cells: set[str] = set()
    for table in _table_rows(ct, span.start, span.end):
        if _task_table_columns(table) is not None:
            cells.update(" ".join(pl.text.split()) for row in table for pl in row.values())
    if not cells:
        return paragraphs
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        if " ".join(p.split()) in cells:
            continue
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if p.rstrip().endswith(":") and " ".join(nxt.split()) in cells:
            continue  # the table's caption
        out.append(p)
    return out


def _task_deadlines(ct: CleanText, tasks: list[Task], agency: str) -> list[Deadline]:
    """The dates in a body's tasks, as its deadlines; not a date in a sentence
    giving another body its task ("… chịu trách nhiệm thi hành Chỉ thị này.
    Giao Bộ Công an tổng hợp, báo cáo trước ngày 20/12/2026")."""
    out: list[Deadline] = []
    for t in tasks:
        own: list[Deadline] = []
        for d in _deadlines_in(ct, t.text, t.span, agency=agency):
            at = max(t.text.find(d.text), 0)
            dot = t.text.rfind(". ", 0, at)
            start = max(dot + 2 if dot >= 0 else 0, t.text.rfind("\n", 0, at) + 1)
            sentence = t.text[start:at]
            # (not "Giao chỉ tiêu … cho các xã": the item's body hands a thing
            # to a recipient, its own task and date)
            # ("Giao ban công tác … hằng tuần", a briefing, is the item's own)
            if (
                sentence[:5].lower() == "giao "
                and fold(agency) not in fold(sentence)
                and _opens_with_head_word(sentence, 9 if sentence[5:9].lower() == "cho " else 5)
                and not P.BRIEFING_OPENS.match(sentence)
            ):
                continue
            # "…; Đoàn Thanh niên phường thành lập …, hoàn thành trước …": the
            # clause's own subject, another body of the item, owns the date
            semi = t.text.rfind("; ", start, at)
            if semi >= 0 and fold(agency) not in fold(t.text[semi:at]) and not _subjects_joined(t.text[start:semi], agency):
                subject = _agency_names(t.text[semi + 2 : at])[0][:1]
                if subject and _names_a_body(subject[0]) and len(subject[0].split()) <= _OPENING_BODY_WORDS:
                    continue
            # "… gửi về Sở Tài chính trước ngày 25/7 để tổng hợp, báo cáo UBND
            # tỉnh trước ngày 31/7": the second date is the collector's
            collect = t.text.rfind("để tổng hợp", start, at)
            if collect >= 0 and P.DEADLINE.search(t.text, start, collect) and fold(agency) not in fold(t.text[collect:at]):
                continue
            own.append(d)
        if own and t.span is not None and any(d.span == t.span for d in own):
            _at_own_words_in(ct, t, own)
        out += own
    return out


def _subjects_joined(before: str, agency: str) -> bool:
    """Whether the words before a ";" are the body's name alone (with others',
    no verb of their own): the ";" then joins the subjects of one sentence,
    "Các sở, ban, ngành cấp tỉnh; UBND các xã, phường đánh giá …, gửi báo cáo
    … trước ngày 10/6/2026", whose task and date all of them own."""
    return len(before) <= 160 and fold(agency) in fold(before) and _list_end(before) is None


def _at_own_words_in(ct: CleanText, task: Task, deadlines: list[Deadline]) -> None:
    """Give each deadline still spanning its whole task the span of its own
    words where they stand inside the task, as the document's list gives it
    (see ``_at_their_words``): a task whose text is no piece of the cleaned
    text as it stands (led by its heading's words, "Trong quá trình …: …
    trước ngày 15 tháng 02") kept its span. The words are looked for with the
    task's words before them, fewer where the heading's join cuts them."""
    span = task.span
    lo, hi = ct.to_clean(span.start), ct.to_clean(span.end)
    after: dict[str, int] = {}  # (the same words twice: each at its own place)
    for d in deadlines:
        if d.span != span or not d.text:
            continue
        at = task.text.find(d.text, after.get(d.text, 0))
        if at < 0:
            continue
        after[d.text] = at + 1
        for lead in (min(at, _LEAD_WORDS), 0):
            found = ct.text.find(task.text[at - lead : at + len(d.text)], lo, hi)
            if found >= 0:
                d.span = ct.span(found + lead, found + lead + len(d.text))
                break


_LEAD_WORDS = 40  # (the task's characters before a deadline's words, to tell one of its words repeated)


# The letters points are labelled with, in order (a range "a đến d" runs
# through them).
_POINT_LETTERS = "abcdđeghiklmn"


def _indicator_refs(text: str) -> list[str]:
    out: list[str] = []
    for m in P.INDICATOR_REFS.finditer(text, 0, None, False, False):
        for a, sep, b in P.INDICATOR_REF_ITEM.findall(m["list"]):
            if sep and b and a.isdigit() and b.isdigit() and int(b) >= int(a) and int(b) - int(a) < 100:
                out += [str(i) for i in range(int(a), int(b) + 1)]
            elif sep and b and a in _POINT_LETTERS and b in _POINT_LETTERS and _POINT_LETTERS.index(b) > _POINT_LETTERS.index(a):
                out += list(_POINT_LETTERS[_POINT_LETTERS.index(a) : _POINT_LETTERS.index(b) + 1])
            else:
                out.append(a)
                if b:
                    out.append(b)
    seen: list[str] = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


def _without_footnote_mark(name: str) -> str:
    """A name without the footnote number glued to its end (FOOTNOTE_MARK)."""
    # ("$" matches before a last newline too)
    return P.FOOTNOTE_MARK.sub("", name) if any(c.isdigit() for c in name[-2:]) else name


def _list_end(text: str) -> regex.Match[str] | None:
    """Where a list of bodies ends and their task begins (AGENCY_LIST_END)."""
    m = P.gated_search(P.AGENCY_LIST_END_AT, P.AGENCY_LIST_END, text)
    # a class's qualifying clause, "Các trường đại học có đào tạo khối ngành
    # sức khỏe", "các doanh nghiệp có hoạt động khoáng sản": the verb after
    # "có" is the class's (which train, which mine), its task's verb is later
    while m is not None and m[0] != ":" and text.endswith(" có", 0, m.start()) and P.CLASS_BEFORE_QUALIFIER.search(text, 0, m.start()):
        m = next(
            (n for at in P.AGENCY_LIST_END_AT.finditer(text, m.end() + 1) if (n := P.AGENCY_LIST_END.match(text, at.start()))),
            None,
        )
    return m


def _agency_names(head: str) -> tuple[list[str], bool]:
    """Names in an item's heading, and whether it is a request ("Đề nghị …")."""
    names, request = _agency_names_of(head)
    return list(names), request


_COMMITTEE_INITIALS = frozenset("BTHĐN")  # (COMPOSED_BODY's first letters)


def _sub_unit_lead(head: str, unit: str) -> str | None:
    """The body a bracket after a committee's sub-unit names as leading its
    work (SUB_UNIT_LEAD): "Tiểu ban Hậu cần (do Văn phòng UBND xã chủ trì)"
    -> "Văn phòng UBND xã"; None if there is none, or it is a person or a
    post (a lead is a body)."""
    if not P.SUB_UNIT.match(unit):
        return None
    m = P.SUB_UNIT_LEAD.search(head)
    if m is None or not head[: m.start()].rstrip().endswith(unit):
        return None
    lead = (m["lead"] or m["standing"]).strip()
    # (a person, or a post: "Bí thư Đoàn xã", "Chỉ huy trưởng Ban CHQS xã")
    person = lead.lower().startswith(("đồng chí", "ông ", "bà ")) or without_title(lead) != lead
    return lead if lead != unit and not person and _looks_like_agency(lead) else None


def _led_sub_unit(unit: Assignment, lead: str, level: str | None) -> Assignment:
    """The lead of a committee's sub-unit: the sub-unit's tasks, led; their
    deadlines stay the sub-unit's (the body whose item holds them)."""
    unit.role = "responsible"
    tasks = [t.model_copy() for t in unit.tasks]
    return _assigned(lead, level, "lead", tasks, unit.span)


@lru_cache(maxsize=4096)  # (the readers of an item try the same heading several times)
def _agency_names_of(head: str) -> tuple[tuple[str, ...], bool]:
    if "gồm" in head and P.MEMBERSHIP_OPENING.search(head):
        return (), False  # "Ban Chỉ huy gồm:": who sits on the body, no task
    if head[:1] in _COMMITTEE_INITIALS and any(w in head for w in P.COMPOSED_BODY_WORDS) and (composed := P.COMPOSED_BODY.match(head)):
        head = composed["name"]  # "Ban Tổ chức Đại hội do đồng chí … làm Trưởng ban, …": the committee
    given: regex.Match[str] | None = None
    if head[:1] in P.EVALUATION_INITIALS and (evaluation := P.EVALUATION_OPENING.match(head)):
        if not evaluation["own"] or not (given := P.COMMITTEE_GIVES.search(head, evaluation.end())):
            return (), False  # the body praised or blamed does nothing here
        # the committee's finding goes on to give a body a task ("… kết luận,
        # giao Ban cán sự đảng …", "… ghi nhận …; đồng thời yêu cầu Sở Y tế …"):
        # the names after the giving verb
        head = head[given.end() :]
    if "(" in head and P.ALIAS.search(head):
        # "Trung tâm Công tác xã hội tỉnh (sau đây gọi tắt là Trung tâm CTXH)":
        # the alias is another name of the body, not part of it
        head = P.ALIAS.sub(":", head, count=1).replace(" :", ":")
    if "(" in head and not head.startswith(("Các", "các")):  # ("Các chủ rừng (…)": GROUP_MEMBERS)
        head = P.DESCRIBING_BRACKET.sub("", head)
        if head.startswith(("Đoàn ", "Tổ ")):  # "Đoàn số 1 (Chi cục …)": the team
            head = P.TEAM_BRACKET.sub("", head, count=1)
        if "(" in head and P.BODY_BEFORE_LEAD_BRACKET.match(head):  # "Tổ Thư ký (Văn phòng … là thường trực)": the sub-unit
            head = P.SUB_UNIT_LEAD.sub("", head, count=1)
    request = bool(P.REQUEST.match(head)) or (given is not None and given[0].startswith("đề"))
    duty = not request and P.DUTY_LEAD.match(head) is not None
    opener = P.REQUEST if request else P.GIVE_LEAD  # "Đề nghị …" / "Giao …"
    head = opener.sub("", head, count=1)
    end = head.find(":") if duty else -1
    if end >= 0:
        head = head[:end]
    if "doanh nghiệp" in head[:60]:
        if duty and P.CONCERNED_FIRMS_CLASS.match(head.strip(" .:")):
            return (head.strip(" .:"),), request  # one class, its commas its kinds
        if firms := P.FIRMS_CLASS_OPENING.match(head):
            return (firms[0],), request  # ("Các cơ quan, tổ chức, doanh nghiệp có trách nhiệm …")'
    if duty and head[:1].isupper():
        # "Trách nhiệm của Bộ Y tế về bảo hiểm y tế": the body, not its field
        topic = P.DUTY_TOPIC.search(head)
        if topic:
            head = head[: topic.start()]
    elif not duty:
        colon = head.find(": ")
        if colon > 0 and " các " in head[:colon] and (members := expand_units_listed(head)):
            # "Chủ tịch UBND các tỉnh, thành phố: Quảng Ninh, Hải Phòng tập
            # trung …": each unit's body (the task's words after the list)
            return tuple(members), request
        if 0 < colon < 40 and " các " in f" {head[:colon].lower()}":
            # "Bộ trưởng các Bộ: Công Thương, Y tế chỉ đạo …": each Bộ, the list
            # up to its task (a task's partners: "… với các Bộ: Xây dựng, Quốc phòng …")
            tail = head[colon + 1 :]
            after = _list_end(tail)
            if shared := expand_shared_kind(head[: colon + 1] + (tail[: after.start()] if after else tail)):
                return tuple(shared), request
        m = _list_end(head)
        if m and "liên quan" in head:
            # (a kind word of those concerned is no verb: "…, Thủ trưởng các cơ
            # quan, tổ chức và cá nhân có liên quan chịu trách nhiệm …")
            c = next((c for c in P.CONCERNED_PHRASE.finditer(head) if c.start() < m.start() < c.end()), None)
            if c is not None and (c.start() == 0 or _closes_a_list(head, c.start())):
                m = None
                head = head[: c.start()]
        if m:
            head = head[: m.start()]
    group = P.GROUP_MEMBERS.match(head) if "(" in head else None
    if group:
        head = group["members"] + head[group.end() :]
    elif "(" in head and (listed_group := P.LISTED_GROUP_MEMBERS.search(head)):
        head = head[: listed_group.start()] + listed_group["members"] + head[listed_group.end() :]
    if (
        "liên quan" in head
        and (concerned := P.LIST_CONCERNED_TAIL.search(head, max(0, len(head) - P.LIST_CONCERNED_TAIL_MAX)))
        and _closes_a_list(head, concerned.start())
    ):
        head = head[: concerned.start()]  # "… và cơ quan, đơn vị có liên quan": no body, nor the last one's words
    # (a name is split only at a separator or "và", and a footnote's mark
    # ends in a digit: tested first, as most headings name one body)
    listed = P.split_agencies(head) if "và" in head or "," in head or ";" in head or "/" in head else [head]
    parts = [_without_footnote_mark(p.strip(" .:;,")) for p in listed if p and p.strip(" .:;,")]
    names: list[str] = []
    for i, p in enumerate(parts):
        if i and p.startswith("người đứng đầu "):
            p = p[len("người đứng đầu ") :]  # (a head listed after another's: his body)
        if i and is_generic(p):
            continue  # "… và các tổ chức thành viên khác": not a body of its own
        if len(p.split()) < 2 and not (duty and p.isupper() and len(p) > 2 and classify_agency(p)) and not P.BRAND_ALONE.match(p):
            # a stray word left by the split, not a name (an abbreviation
            # heading its duties is: "Nhiệm vụ, quyền hạn của KBNN")
            continue
        if i + 1 < len(parts) and P.BARE_HEAD_TITLE.match(p):
            continue  # "Tổng Giám đốc, Giám đốc các doanh nghiệp …": the next one's head
        units = P.UNITS_NAMED.match(p) if " các " in p else None
        if units:  # "Ủy ban nhân dân các tỉnh Lâm Đồng, Khánh Hòa": one body per unit
            kind = " ".join(units["kind"].lower().split())
            names += [f"{units['organ']} {kind} {u}" for u in P.UNITS_NAMED_SPLIT.split(units["list"]) if u]
            continue
        # (a standard name ends before a task's verb no list end knows: "Kho
        # bạc Nhà nước trả lãi …")
        p = place_name_end(p)  # ("Thông tấn xã Việt Nam tăng …": the name closes with its place)
        names.append(standard_name_end(party_name_end(p) if "ủy" in p or "uỷ" in p else p))
    if len(names) > 1 and "," in head:
        names = _units_with_their_parents(names, head)
    if len(names) == 2 and P.BARE_GOVERNMENT.match(names[0]) and (units := P.UNITS_QUALIFIER.search(names[1])):
        names[0] = f"{names[0]} {units['units']}"  # "Ủy ban nhân dân và Công an các huyện, thị xã"
    if len(names) > 1 and P.BARE_PARTY_COMMITTEE.match(names[-1]):
        # "Ban Tổ chức Tỉnh ủy, Thành ủy": the Ban of each committee listed last
        at = len(names) - 1
        while at > 1 and P.BARE_PARTY_COMMITTEE.match(names[at - 1]):
            at -= 1
        if ban := P.PARTY_COMMITTEE_BAN.match(names[at - 1]):
            names[at:] = [f"{ban['ban']} {n}" for n in names[at:]]
    return tuple(names), request


def _units_with_their_parents(names: list[str], head: str) -> list[str]:
    """A unit named with the body it belongs to after a comma is one body
    (UNIT_WITH_ITS_PARENT): a ministry's Cục or Vụ, a Chi cục, under its own
    name ("Cục Quản lý xuất nhập cảnh, Bộ Công an" is the Cục); a division,
    with its parent ("Phòng Tuyên truyền - Báo chí, Ban Tuyên giáo và Dân vận
    Tỉnh ủy", the Ban's, see agencies' DIVISION_OF_DEPARTMENT). Not an office
    of a district or commune the table knows, by its own words in their
    order ("Phòng Tư pháp, Sở Tư pháp" are two bodies; "Phòng Kế hoạch - Tài
    chính, Sở Y tế" is the Sở's division, see _is_office)."""
    out: list[str] = []
    i = 0
    while i < len(names):
        name = names[i]
        if i + 1 < len(names) and name[:1] in "CVPpT":
            parent = names[i + 1]
            m = P.UNIT_WITH_ITS_PARENT.match(f"{name}, {parent}")
            at = head.find(name)
            after = head.find(parent, at + len(name)) if at >= 0 else -1
            if m and after >= 0 and head[at + len(name) : after].strip() == ",":
                office = classify_agency(name) if m["division"] else None
                if office is None or office.level not in ("district", "ward") or (office.canonical is not None and not _is_office(name, office.canonical)):
                    # (a division is known by its parent; a Cục, Vụ or Chi cục by its own name)
                    out.append(f"{name}, {parent}" if m["division"] in ("Phòng", "phòng") else name)
                    i += 2
                    continue
        out.append(name)
        i += 1
    return out


def _office_words(name: str) -> list[str]:
    """A division's or office's field words, in order: its kind ("Phòng",
    "Công chức") and the joining marks ("-", "và", ",") left out."""
    words = [w for w in name.replace(",", " ").lower().split() if w not in _OFFICE_JOINERS]
    if words[:2] == ["công", "chức"]:
        return words[2:]
    return words[1:] if words[:1] == ["phòng"] else words


_OFFICE_JOINERS = frozenset(["-", "–", "và", "&"])


def _is_office(name: str, canonical: str) -> bool:
    """Whether ``name`` is the district's or commune's office the agency
    table names ``canonical`` (its field words the same, in the same order):
    "Phòng Tư pháp", "Phòng Văn hóa và Thông tin" are; a Sở's own division
    whose words the table's sector keys also find is not ("Phòng Kế hoạch -
    Tài chính" of a Sở is no district's "Phòng Tài chính - Kế hoạch")."""
    return _office_words(name) == _office_words(canonical)


# Kinds of bodies a class names in lower case, before "(các) cơ quan, đơn vị
# (có) liên quan" goes on with its kinds ("các bộ, cơ quan liên quan"; "các
# cơ quan, đơn vị liên quan" is all those concerned).
_CLASS_KINDS = frozenset(
    ["bộ", "sở", "ban", "ngành", "phòng", "địa phương", "đoàn thể", "cơ quan ngang bộ", "cơ quan", "đơn vị", "tổ chức", "cá nhân"]
)


def _closes_a_list(head: str, at: int) -> bool:
    """Whether those concerned named from ``at`` (P.LIST_CONCERNED_TAIL) close
    a list of bodies, not a class enumerated by its kinds in lower case ("các
    sở, ban, ngành, cơ quan, đơn vị có liên quan" is one class)."""
    last = P.NAMES_LIST_BREAK.split(head[:at])[-1].strip()
    return bool(last) and " ".join(last.lower().split()).removeprefix("các ") not in _CLASS_KINDS


# The last letters of the level words closing a name (a cheap test before
# LEVELS_NAMED_TOGETHER): "… tỉnh", "… huyện", "… xã", "… ương", "… sở".
_LEVEL_ENDINGS = frozenset(["nh", "ện", "xã", "ng", "sở"])


def _each_level(names: list[str]) -> list[str]:
    """One body's kind named for several levels, "Uỷ ban nhân dân cấp tỉnh,
    cấp xã", as the body of each level: "Uỷ ban nhân dân cấp tỉnh", "Uỷ ban
    nhân dân cấp xã" (both are given the task, not the last alone)."""
    out: list[str] = []
    for n in names:
        m = P.LEVELS_NAMED_TOGETHER.match(n) if " cấp " in n else None
        if m is None:
            out.append(n)
            continue
        out += [f"{m['organ']} cấp {' '.join(level.split())}" for level in P.LEVEL_OF_SEVERAL.findall(m["levels"])]
    return out


# A heading names a body when it opens with one: its first words are a body
# the agencies table knows, or it starts with a body's word. Anywhere further
# on, a body is what the sentence is about ("Nghị định số 59/2021/NĐ-CP … của
# Chính phủ …", "Thực hiện nghiêm các yêu cầu của Chính phủ …").
_OPENING_WORDS = 6


def _partners(text: str, agency: str) -> list[str]:
    """The bodies named after "phối hợp với" in a task, but the assignee."""
    if not _names_partners(text):
        return []
    own = fold(agency)
    return [n for n, lead in _partner_names(text) if n != agency and (lead is None or own in lead)]


@lru_cache(maxsize=2048)
def _names_partners(text: str) -> bool:
    """Whether ``text`` holds a word partners follow (P.PARTNERS_WORDS, in
    any case). (Kept by text: a task shared by several bodies is asked once
    for each, and its lowering costs ~60 instructions a character.)"""
    lowered = text.lower()
    return any(w in lowered for w in P.PARTNERS_WORDS)


@lru_cache(maxsize=2048)
def _partner_names(text: str) -> tuple[tuple[str, str | None], ...]:
    """Each partner, with the (folded) directed lead before it, if any
    ("chỉ đạo Sở Xây dựng chủ trì, phối hợp với …": Sở Xây dựng's partners,
    not the assignee's, unless the assignee is that body)."""
    # (cached: the bodies of one item share its tasks' texts)
    out: list[tuple[str, str | None]] = []
    for m in P.PARTNERS.finditer(text):
        directed = P.DIRECTED_LEAD_BEFORE.match(text, max(0, m.start() - 160), m.start())
        lead = fold(directed.group(0)) if directed else None
        listed = m["names"]
        rest: tuple[tuple[str, str | None], ...] = ()
        if m.group(0)[:1] in "Đđ" and " phối hợp" in listed:
            # a co-lead's partners, then the others': "Đồng chủ trì với A, phối hợp với B"
            at = listed.find(" phối hợp")
            rest = _partner_names(listed[at + 1 :])
            listed = listed[:at].rstrip(" ,")
        for name in bodies_heading(listed):
            if all(name != n for n, _ in out):
                out.append((name, lead))
        out += [(n, le) for n, le in rest if all(n != o for o, _ in out)]
    return tuple(out)


def bodies_heading(listed: str) -> list[str]:
    """The bodies named at the head of a task's words, up to the task's verb
    (PARTNERS_END) and split at the list's separators: "Công an xã kiểm tra
    …" -> ["Công an xã"]. (Shared with the diff's reading of bodies a task
    names.)"""
    return list(_bodies_heading(listed))


def _partner_list_spans(text: str) -> list[tuple[int, int]]:
    """Where each list of partners in ``text`` stands ("phối hợp với A, B"),
    from its first name to its task's verb (PARTNERS_END)."""
    out = []
    for m in P.PARTNERS.finditer(text):
        end = P.PARTNERS_END.search(m["names"])
        out.append((m.start("names"), m.start("names") + (end.start() if end else len(m["names"]))))
    return out


@lru_cache(maxsize=2048)
def _bodies_heading(listed: str) -> tuple[str, ...]:
    # (cached: a task's partners are read for its partners and again for its
    # lead's, _partner_names and _led_partners, and PARTNERS_END's search
    # tries its lookahead at every space)
    force = P.BASE_SECURITY_FORCE.search(listed) if "an ninh, trật tự" in listed else None
    if force is not None and (force.start() == 0 or listed[: force.start()].rstrip().endswith((",", " và"))):
        # a body named by law with a verb in its name, a member of the list:
        # the names before it, it whole, and those after it the list goes on with
        before = listed[: force.start()].rstrip()
        before = before[:-1] if before.endswith(",") else before[:-3] if before.endswith(" và") else before
        after = listed[force.end() :]
        sep = P.NAMES_SEPARATOR.match(after)
        return (
            *(_bodies_heading(before) if before.strip() else ()),
            listed[force.start() : force.end()],
            *(_bodies_heading(after[sep.end() :]) if sep else ()),
        )
    end = P.PARTNERS_END.search(listed, _abbreviated_name_end(listed) if "(" in listed else 0)
    names, _ = _agency_names(listed[: end.start()] if end else listed)
    return tuple(name for name in map(standard_name_end, names) if _looks_like_agency(name))


def _abbreviated_name_end(listed: str) -> int:
    """Where a name closed by its abbreviation in brackets ends ("Phòng Cảnh sát
    quản lý hành chính về trật tự xã hội (PC06)"), when the words before it,
    back to the last separator, open with a body's word; else 0."""
    bracket = P.ABBREVIATION_BRACKET.search(listed)
    if bracket is None:
        return 0
    before = listed[: bracket.start()]
    name = P.UNITS_NAMED_SPLIT.split(before)[-1].strip()  # (", " or " và ": the last name's start)
    return bracket.end() if len(name.split()) <= 14 and _opens_with_head_word(name) else 0


def _opens_with_head_word(text: str, pos: int = 0) -> bool:
    """``P.AGENCY_HEAD_WORD.match(text, pos)``, tried only where the first
    lowered characters are a start of one of its words (P.AGENCY_HEAD_STARTS).
    (Where lowering changed their length, the pattern is tried.)"""
    first = text[pos : pos + 3]
    lowered = first.lower()
    if lowered in P.AGENCY_HEAD_STARTS or lowered[:2] in P.AGENCY_HEAD_STARTS or len(lowered) != len(first):
        return P.AGENCY_HEAD_WORD.match(text, pos, None, False) is not None
    return False


@lru_cache(maxsize=4096)  # (a name is asked about again by the readers of its item, and in later texts)
def _looks_like_agency(name: str) -> bool:
    if (
        P.ORGAN_HOMOGRAPH.match(name)
        or P.TASK_VERB_START.match(name)
        or P.DUTY_LEAD.match(name)
        or P.TOPIC_START.match(name)
        or P.BARE_POST.match(name)
    ):
        return False
    if _opens_with_head_word(name):
        return True
    if name[:1] in P.LEADING_TASK_VERB_INITIALS and P.LEADING_TASK_VERB.match(name):
        return False
    return classify_agency(" ".join(name.split()[:_OPENING_WORDS])) is not None


def _others_directed(text: str, agency: str) -> str:
    """``text`` without the leads the assignee directs others to take ("chỉ
    đạo Sở Xây dựng chủ trì") and other bodies' clauses ("…; Phòng Kinh tế
    chủ trì …"), its own kept ("Giao Sở Y tế chủ trì")."""
    own = fold(agency)
    text = P.DIRECTED_LEAD.sub(lambda m: m.group(0) if own in fold(m["names"]) else "", text)
    def others(m: regex.Match[str]) -> bool:
        return not (own in fold(m["names"]) or P.ROLE_SUPPORT.match(m["names"]) or P.ROLE_LEAD.match(m["names"]))

    if "\n" in text:
        # (another body's paragraph: "… Chỉ thị này." / "Phòng Tư pháp chủ trì …")
        text = "\n".join(
            p for p in text.split("\n") if not (p[:1].isupper() and (m := P.PARAGRAPH_BODIES.match(p)) and others(m))
        )
    return P.CLAUSE_BODIES.sub(lambda m: ";" if others(m) else m.group(0), text)


def _role(request: bool, text: str, tasks: list[Task], agency: str = "") -> str:
    if request:
        return "requested"
    if "chủ trì" in text or "đầu mối" in text:  # ("chỉ đạo Sở Xây dựng chủ trì": that body leads)
        text = _others_directed(text, agency)
    # (an item's whole text: tried only where its words start)
    if _search_at_words(P.ROLE_LEAD, text, P.ROLE_LEAD_OPENING_WORDS, lambda t, at: _own_standing(t, at, agency)):
        return "lead"
    if tasks and all(P.ROLE_SUPPORT.match(t.text.lstrip("- ")) for t in tasks):
        return "support"
    opening = text.lstrip("- ")
    if P.ROLE_SUPPORT.match(opening):
        return "support"
    if _supports_after_names(opening, agency):
        return "support"  # "Thanh tra tỉnh phối hợp với Sở Nội vụ …": the role word after the name
    return "responsible"


def _supports_after_names(opening: str, agency: str) -> bool:
    """Does "phối hợp" follow the body's name, or the names listed with it
    ("A, B theo chức năng, nhiệm vụ phối hợp với Sở C …")?"""
    if not agency:
        return False
    if opening.startswith(agency) and P.ROLE_SUPPORT_AFTER_NAME.match(opening, len(agency), None, False):
        return True
    if "phối hợp" not in opening or opening.find(agency, 0, 240) < 0:
        return False
    names = _agency_names(opening[:240])[0]
    if len(names) < 2 or agency not in names or not opening.startswith(names[0]):
        return False
    end = opening.find(names[-1])
    return end >= 0 and P.ROLE_SUPPORT_AFTER_NAME.match(opening, end + len(names[-1])) is not None


# Words before "cơ quan thường trực" that make it the body a report goes to or
# works with, not the assignee's role: "báo cáo kết quả về cơ quan thường trực".
_TO_STANDING_BODY = frozenset(["về", "gửi", "qua", "cho", "với", "đến", "tới", "của"])


def _own_standing(lowered: str, at: int, agency: str) -> bool:
    """May ROLE_LEAD's "cơ quan thường trực" at ``at`` of the lowered text be
    the assignee's role: said of it ("là cơ quan thường trực"), or bracketed
    after its own name ("Bảo hiểm xã hội tỉnh (cơ quan thường trực)"); not
    bracketed after another body it reports to ("gửi báo cáo về Bảo hiểm xã
    hội tỉnh (cơ quan thường trực)"), nor after a recipient's word."""
    if not lowered.startswith("cơ quan", at):
        return True
    before = lowered[:at].rstrip()
    if before.endswith("("):
        named = before[:-1].rstrip()
        return named.endswith(agency.lower()) if agency else "\n" not in named
    return before[before.rfind(" ") + 1 :] not in _TO_STANDING_BODY


# Prefixes (folded) whose level holds only for the bodies the table knows.
_NOT_OWN_LEVEL = ("so", "bo", "tram")


def _assigned(
    name: str,
    level: str | None,
    role: str,
    tasks: list[Task],
    span: Span,
    indicators: list[str] | None = None,
    deadlines: list[Deadline] | None = None,
) -> Assignment:
    """An assignment to the body ``name``, with its canonical name, sector and
    level from the agencies table (the document's level when it has none)."""
    m = classify_agency(name, level)
    # one the table does not know takes its level from its own name first:
    # "UBND xã A", "Chi cục X" (a Sở's), "Ban Chỉ đạo … các xã, phường"; a
    # "Sở", "Bộ" or "Trạm" it does not know is none of those ("Sở Giao dịch
    # Chứng khoán", "Bộ phận một cửa")
    own_level = None
    if m is None and not fold(without_title(name)).startswith(_NOT_OWN_LEVEL):
        own_level = agency_level(name)
    # (made unvalidated: the name, the table's values and the stages' lists)
    return known_assignment(
        name,
        m.canonical if m else None,
        m.sector if m else None,
        # (an enterprise has no administrative level, "UBND các cấp" no single one;
        # a state group's branch named by its place is of the place's: "Viettel Quảng Trị")
        (m.level if P.BRAND_PLACE.match(name) else None)
        if m and m.sector == "enterprises"
        else None
        if m and "các cấp" in name and P.ALL_LEVELS.search(name)
        else (m.level if m else own_level) or level,  # type: ignore[arg-type]
        role,  # type: ignore[arg-type]
        tasks,
        indicators or [],
        deadlines or [],
        span,
    )


def _assignment(
    ct: CleanText, name: str, item: Section, request: bool, level: str | None, text: str
) -> Assignment:
    tasks = _tasks(ct, item)
    if item.children and len(tasks) > 1:
        # ("1. Trách nhiệm của UBND xã" / "c) Giao Phòng Kinh tế chủ trì, phối
        # hợp với …": the body given it leads it; the giver, under whose
        # heading it stands, is no second lead of it)
        given = [t for t in tasks if t.text[:4] in ("Giao", "giao") and _gives_another(t.text, name)]
        if given and len(given) < len(tasks):
            tasks = [t for t in tasks if t not in given]
    if ";" in text or ". " in text:
        tasks = [_own_clauses(t, name) for t in tasks]
    if len(tasks) > 1:
        # a paragraph of the item opening with another body and its verb is
        # that body's ("… Chỉ thị này." / "Phòng Tư pháp chủ trì …"; see _clause_bodies)
        tasks = [t for t in tasks if not _another_bodys(t.text, name)] or tasks
    if item.children and item.heading and "phối hợp" in item.heading:
        # "Giao Sở X chủ trì, phối hợp với Sở Y, Sở Z:" / "- Hướng dẫn …": the
        # partners of the lead are each listed task's, unless it names its own
        lead = _partners(item.heading, name)
        if lead:
            for t in tasks:
                if "phối hợp" not in t.text:
                    t.partners = lead
    deadlines = _task_deadlines(ct, tasks, name)
    if not deadlines:
        # the item's time field, no task of its own ("- Thời gian: Quý III/2026")
        for c in item.children:
            field = P.LABELLED_TIME.match(c.text) if c.kind in ("dash", "plus") and not c.heading else None
            if field:
                # (the field's whole line, as the document's list reads it)
                deadlines += _deadlines_in(ct, c.text, c.span, agency=name) or _time_deadlines(
                    ct, field["value"].strip(" ."), c.span, name
                )
    return _assigned(
        name,
        level,
        _role(request, text, tasks, name),
        tasks,
        item.span,
        indicators=_own_indicator_refs(text, name),
        deadlines=deadlines,
    )


def _gives_another(task: str, name: str) -> bool:
    """Does ``task`` open giving another body than ``name`` the lead ("Giao
    Phòng Kinh tế chủ trì, phối hợp với …")?"""
    m = P.DIRECTED_LEAD.match(task)
    return m is not None and fold(name) not in fold(m["names"])


def _rounds_of_work(text: str, at: int, end: int) -> regex.Match[str] | None:
    """The bound a task's target verb at ``at`` sets on how many rounds of
    its work it holds ("tổ chức kiểm tra ít nhất 02 đợt": ROUNDS_BOUND), a
    task's quantity, no target; None if it sets none."""
    return P.ROUNDS_BOUND.match(text, at, end) if text[at : at + 1] in "íÍtTkK" else None


def _rounds_per_year(text: str, rounds: regex.Match[str], start: int, end: int) -> Target | None:
    """The yearly target a bound on a task's rounds states when its clause
    (``start`` to ``end``) says it holds every year: "tổ chức ít nhất 02 buổi
    đối thoại … mỗi năm", "tối thiểu 01 lần/năm" (a standing floor of the
    work a year, no quantity of one round of it): value N, unit the round's
    noun per year, ``at_least``, of no one year."""
    per = text.startswith("/năm", rounds.end())
    if not per and not P.EVERY_YEAR.search(text, start, end):
        return None
    said = text[rounds.start() : rounds.end() + (4 if per else 0)]
    return Target(value=float(rounds["n"]), unit=rounds["unit"].lower() + "/năm", direction="at_least", text=said)


def _own_indicator_refs(text: str, name: str) -> list[str]:
    """The indicators the item's text ties to ``name``: not those in a
    paragraph whose subject is another body ("- Trường Tiểu học chủ trì …,
    thực hiện chỉ tiêu 6" is that school's, not the others' of its heading)."""
    refs = _indicator_refs(text)
    if not refs or "\n" not in text:
        return refs
    return _indicator_refs("\n".join(p for p in text.split("\n") if not _another_bodys(p.lstrip("-+• "), name)))


def _from_items(ct: CleanText, items: list[Section], level: str | None) -> list[Assignment]:
    out: list[Assignment] = []
    persons: list[tuple[int, str, str]] = []  # (where, assignee, post and person) of items naming a person
    for item in items:
        if item.kind in ("dash", "plus"):
            # a bullet naming its body before a colon ("- Phòng Y tế: Hướng dẫn …")
            body = _dash_body(item)
            if body is not None:
                out.append(_assignment(ct, body, item, False, level, _full_text(item)))
            elif _bullet_task(item) or _bullet_request(item) or _bullet_report_due(item):
                # a bullet opening with a body and its task, or asking one
                # ("- Các đảng ủy xã, phường chỉ đạo …; báo cáo … trước ngày …",
                # "- Đề nghị Ủy ban MTTQ tỉnh …"): read as a numbered item
                out += _from_items(ct, [_as_item(item)], level)
            continue
        head = item.heading or ""
        text = _full_text(item)
        if not head:
            # a long first sentence: the agencies open it ("11. Đề nghị UBMTTQ tỉnh, … phối hợp …")
            head, _, after = item.text.partition("\n")
            if head.endswith((";", ",")) and item.children and P.DUTY_OF.match(head, 0, None, False):
                # a heading on duties wrapped after its ";" ("2. Trách nhiệm của các bộ, cơ quan
                # ngang bộ;" / "Ủy ban nhân dân các tỉnh, thành phố …" / "a) …"): every group
                head = f"{head} {after.split(chr(10))[0]}"
        elif " các " in head and item.text[:1].isupper() and (
            P.SHARED_KIND.match(f"{head}: {item.text}") or P.UNITS_LISTED.match(f"{head}: {item.text}")
        ):
            # "Bộ trưởng các Bộ" / "Công Thương, Y tế chỉ đạo …", "Chủ tịch UBND
            # các tỉnh, thành phố" / "Quảng Ninh, Hải Phòng tập trung …"
            head = f"{head}: {item.text.split(chr(10))[0]}"
        elif _conclusion_gives(item):
            # "1. Ban Thường vụ Tỉnh ủy kết luận:" / "giao các đảng ủy …": the
            # heading and its sentence are one order to the bodies after the verb
            head = f"{head}: {item.text.split(chr(10))[0]}"
        condition = P.CONDITION_OPENING.match(head, 0, None, False) if head[:1] in P.CONDITION_INITIALS else None
        if condition:  # "Trong trường hợp cần thiết, Bộ Y tế ban hành …"
            head = head[condition.end() :]
        if " yêu cầu " in head[:100] and (requires := P.REQUIRES_FIRM.match(head)):  # (before the pattern)
            head = head[requires.end() :]  # "2. Sở Công Thương yêu cầu Công ty X …:": the firm required
        member, held_by = (
            _member_assignee(head)
            if head[:1] in P.MEMBER_HEAD_INITIALS
            # (a post in capitals: "PHÓ CHỦ TỊCH UBND PHƯỜNG - ông …")
            and P.MEMBER_HEAD_OPENING.match(head.capitalize() if head[1:2].isupper() else head, 0, None, False)
            else None
        ) or (None, "")
        names, request = ([member], False) if member else _agency_names(head)
        if names and not request and item.heading and item.text[:2] in ("Đề", "đề") and _asks_its_heading(item.text):
            request = True  # "8. Đồn Biên phòng X" / "Đề nghị phối hợp …": the heading's body is asked
        if member and held_by:
            persons.append((len(out), member, held_by))
        duty_of = P.DUTY_OF.match(head, 0, None, False) is not None
        # (a heading on a party's duties names it by its role: "Trách nhiệm
        # của cơ sở khám bệnh, chữa bệnh", "… của Chủ tài khoản")
        names = [n for n in names if _looks_like_agency(n) or (duty_of and P.DUTY_PARTY.match(n))]
        if any(" cấp " in n and n[-2:] in _LEVEL_ENDINGS for n in names):
            names = _each_level(names)  # ("Uỷ ban nhân dân cấp tỉnh, cấp xã": the body of each level)
        if names and item.children and (
            _collective(names) or duty_of or P.DIRECTS_OTHERS.search(text.split("\n", 1)[0], 0, None, False)
        ):
            # "1. Các bộ, cơ quan ngang bộ" / "a) Bộ Nội vụ hướng dẫn …" / "b)
            # Bộ Tài chính bảo đảm …": a sub-item opening with a body's name is
            # that body's; the bodies named together keep the others. So under
            # an article on one body's duties ("Trách nhiệm của Bộ Tư pháp" /
            # "6. Bộ Y tế có trách nhiệm phối hợp …")
            # (several bodies may open one: "a) Sở Y tế, Sở Giáo dục và Đào tạo thực hiện …")
            # (the lower governments' item gives them their own bodies' work:
            # "3. UBND các xã, phường" / "b) Giao Phòng Văn hóa - Xã hội …" is
            # each commune's order to its office, a task of the communes)
            lower = _lower_governments(names)
            own = [(c, [] if lower and _gives_own_body(c) else _opening_bodies(c)) for c in item.children]
            own = [(c, [n for n in ns if not (_same_body(n, names) or _heads_it(n, names))]) for c, ns in own]
            named = [(c, ns) for c, ns in own if ns]
            if named:
                rest = [c for c, ns in own if not ns]
                item = item.model_copy(update={"children": rest})
                text = _full_text(item)
                for c, ns in named:
                    out += [_assignment(ct, n, c, request, level, _full_text(c)) for n in ns]
                    if ";" in _full_text(c) or ". " in _full_text(c):  # "- Hội A chủ trì …; Hội B phối hợp …"
                        out += _clause_bodies(ct, c, _full_text(c), [*ns, *names], level)
                if not rest and not item.text.strip():
                    continue  # every sub-item is another body's: the heading's keep none
        first = len(out)
        for name in names:
            out.append(_assignment(ct, name, item, request, level, text))
        if len(names) == 1 and "(" in head and not request and (lead := _sub_unit_lead(head, names[0])):
            # "2. Tiểu ban Hậu cần (do Văn phòng UBND xã chủ trì):" / "- Chuẩn bị
            # …": the sub-unit's duties, its lead leading them
            out.append(_led_sub_unit(out[first], lead, level))
        if names and item.children:
            out += _asked_in_points(ct, item, names, level)
        if names and (";" in text or ". " in text or "\n" in text):
            # (a body asked keeps that role in its own clauses: "Đề nghị Đoàn
            # Thanh niên … xã …; Đoàn Thanh niên chủ trì …")
            clauses = [a for a in _clause_bodies(ct, item, text, names, level) if not (request and a.agency in names)]
            if request:
                # an association the request's later sentence names as its
                # subject ("Đề nghị Ủy ban MTTQ xã …: …; Hội Khuyến học xã vận
                # động …") is asked too: the government orders no association
                for a in clauses:
                    if a.role == "responsible" and a.sector == "front_mass":
                        a.role = "requested"
            if len(names) > 1 and ("chủ trì" in text or "phối hợp" in text):
                clauses += _named_members(ct, item, text, names, level, out[first : first + len(names)])
            out += clauses
        elif not names and ";" in item.text:
            # after a person given the lead: "9. Giao Phó Thủ tướng A trực tiếp
            # chỉ đạo; Văn phòng Chính phủ theo dõi, đôn đốc …" (its own text:
            # its points are read as items of their own)
            said = "\n".join(x for x in (item.heading, item.text) if x)
            out += _clause_bodies(ct, item, said, names, level)
        if names and "chủ trì" in text:
            out += _directed_bodies(text, item.span, names, level)
        if request and names and "hỉ đạo" in text:
            out += _directed_doers(ct, text, item.span, names, level)
        elif names and ("hỉ đạo" in text or "ướng dẫn" in text) and not _lower_governments(names):
            out += _directed_own(ct, text, item.span, names, level)
        if not names and any(c.kind == "arabic" for c in item.children):
            # "1. Cấp tỉnh" / "1.1. Sở Y tế: …": a group of items by body
            out += _from_items(ct, item.children, level)
        elif not names and item.children:
            # "1. Phân công" / "a) Sở Y tế chủ trì …": its points that open with a body
            by_body = [c for c in item.children if c.kind == "letter" and _opening_body(c) is not None]
            if by_body:
                out += _from_items(ct, by_body, level)
    if len(persons) > 1:
        _persons_apart(out, persons)
    return out


def _asks_its_heading(text: str) -> bool:
    """Whether an item's text under its heading's body opens by asking it,
    "Đề nghị" before the task's verb ("8. Đồn Biên phòng Cửa Việt" / "Đề nghị
    phối hợp kiểm soát …"): the request is the heading body's, as if "Đề
    nghị" stood before its name. Not one asking another body ("Đề nghị Sở Y
    tế …", "Đề nghị các tổ chức …": a point of its own)."""
    m = P.REQUEST.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return rest[:1].islower() and not _looks_like_agency(rest.split("\n", 1)[0][:120])


def _lower_governments(names: list[str]) -> bool:
    """Whether ``names`` are the governments of a level below named as a
    class ("Ủy ban nhân dân các xã, phường", "UBND cấp xã")."""
    return all((m := classify_agency(n)) is not None and m.sector == "lower_government" for n in names)


def _lower_governments_points(sections: list[Section]) -> set[int]:
    """The ids of the points under items headed by the governments of a
    level below named as a class ("3. Ủy ban nhân dân các xã, phường" / "a) …")."""
    out: set[int] = set()
    for s in _walk_parents(sections):
        head = s.heading or ""
        if " các " in head or " cấp " in head:
            names = [n for n in _agency_names(head)[0] if _looks_like_agency(n)]
            if names and _lower_governments(names):
                out.update(id(c) for c in s.children)
    return out


def _gives_own_body(point: Section) -> bool:
    """Whether a point opens by giving or directing a body its work ("b) Giao
    Phòng Văn hóa - Xã hội tham mưu …", "c) Chỉ đạo Công an xã …")."""
    return P.GIVES_OWN_BODY.match((point.heading or point.text).lstrip("-+• ")) is not None


def _asked_in_points(ct: CleanText, item: Section, names: list[str], level: str | None) -> list[Assignment]:
    """The bodies a point of another body's item asks ("2. Ban Thường trực Ủy
    ban MTTQ Việt Nam tỉnh" / "b) Đề nghị các tổ chức chính trị - xã hội tỉnh
    lồng ghép …"): each is asked that point's task, `requested` (the item's
    body keeps the point as its own step, the asking)."""
    out: list[Assignment] = []
    for c in item.children:
        if c.kind not in ("letter", "dash", "plus"):
            continue
        head = (c.heading or c.text.split("\n")[0]).lstrip("-+• ")
        if head[:2] not in ("Đề", "đề") or not _asks_in(head):
            continue
        opening = P.REQUEST.match(head)
        rest = head[opening.end() :] if opening else head
        body = _body_opening(rest)
        asked = [body] if body is not None else _agency_names(rest)[0]
        asked = [n for n in asked if not (_same_body(n, names) or _heads_it(n, names))]
        out += [_assignment(ct, n, c, True, level, _full_text(c)) for n in asked]
    return out


def _persons_apart(out: list[Assignment], persons: list[tuple[int, str, str]]) -> None:
    """Items naming different persons in one post or body ("2. Phó Chủ tịch
    UBND xã Nguyễn Văn Hòa: …", "3. Phó Chủ tịch UBND xã Trần Thị Mai: …")
    are different assignees: each keeps its post and person as written, so
    that they are not merged (its canonical name stays its body's)."""
    people: dict[str, set[str]] = {}
    for _, assignee, named in persons:
        people.setdefault(assignee, set()).add(named)
    for at, assignee, named in persons:
        if len(people[assignee]) > 1 and at < len(out) and out[at].agency == assignee:
            out[at].agency = named


def _own_clauses(task: Task, name: str) -> Task:
    """The task up to another body's clause ("Ban Tuyên giáo chủ trì …; Ủy ban
    Kiểm tra Huyện ủy chủ trì kiểm tra …": the second is that body's, see
    ``_clause_bodies``)."""
    if ";" not in task.text and ". " not in task.text:
        return task
    for m in _matches_at_words(P.CLAUSE_BODIES, task.text, task.text, P.CLAUSE_MARKS, _may_open_clause_body):
        listed = _clause_names(m)
        # (a class named by its kind in lower case may close the list: "Bộ Tài
        # chính, Bảo hiểm xã hội Việt Nam, cơ quan bảo hiểm xã hội chịu …")
        if (
            listed
            and _names_a_body(listed[0])
            and all(_names_a_body(n) or n[:1].islower() for n in listed)
            and not _same_body(name, listed)
        ):
            own = task.text[: m.start()].rstrip(" ;")
            if _only_names(own):
                return task  # "Giám đốc các đại học; Hiệu trưởng các trường … chịu trách nhiệm …": one predicate
            own = own + "." if task.text[m.start()] == "." else own
            return task.model_copy(update={"text": own}) if own else task
    if "đề nghị" in task.text:  # "…; đề nghị Bưu điện phường hỗ trợ …": that body's request
        for m in P.CLAUSE_REQUEST.finditer(task.text):
            listed = _clause_names(m)
            if listed and all(_names_a_body(n) for n in listed) and not _same_body(name, listed):
                own = task.text[: m.start()].rstrip(" ;")
                return task.model_copy(update={"text": own}) if own else task
    return task


def _another_bodys(paragraph: str, name: str) -> bool:
    """Does the paragraph open with another body than ``name`` and its verb
    (also after a time said first: "Định kỳ hằng năm (trước ngày 15/11), các
    cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy báo cáo …", a paragraph after the
    last item naming its own subject)?"""
    if paragraph[:1] in "HhĐđTt" and (when := P.WHEN_OPENING.match(paragraph)) is not None:
        rest = paragraph[when.end() :]
        end = _list_end(rest[:400])
        if fold(name) in fold(rest[: end.start() if end else 400]):
            return False  # (the item's body among those it names: "Trước ngày 15 tháng 01 hằng năm, các bộ, …, Liên đoàn … có trách nhiệm …")
        paragraph = rest[:1].upper() + rest[1:]
    m = P.PARAGRAPH_BODIES.match(paragraph, 0, None, False) if paragraph[:1].isupper() else None
    if m is None:
        return False
    names = _clause_names(m)
    return (
        bool(names)
        and all(_names_a_body(n) for n in names)
        and not _same_body(name, names)
        and not any(_heads_it(n, [name]) for n in names)  # "- Chủ tịch UBND xã …" under "UBND các xã"
        # (bodies named together again in other words: "Các sở, ban, ngành, địa
        # phương có liên quan …" under "Trách nhiệm của các sở, ngành, địa phương")
        and not (_collective([name]) and _collective(names))
    )


def _clause_names(m: regex.Match[str]) -> list[str]:
    """The bodies a clause of an item opens with (``P.CLAUSE_BODIES``), or none:
    a clause opening with its verb ("…; Phối hợp với Ban … tham gia …"), or a
    sentence run on to a verb further (no name)."""
    said = m["names"]  # (read once: see P.group_numbers)
    listed = _agency_names(said)[0]
    if not listed or not said.startswith(listed[0]) or P.ROLE_SUPPORT.match(said) or P.ROLE_LEAD.match(said, 0, None, False):
        return []
    return [] if any(len(n.split()) > _OPENING_BODY_WORDS for n in listed) else listed


def _only_names(text: str) -> bool:
    """Whether ``text`` names bodies and says nothing of them (co-subjects of
    the predicate after it)."""
    names = _agency_names(text)[0]
    return bool(names) and len(text) - (text.rfind(names[-1]) + len(names[-1])) <= 2


def _clause_bodies(
    ct: CleanText, item: Section, text: str, have: list[str], level: str | None
) -> list[Assignment]:
    """The bodies another clause of the item (``text``, its points included)
    gives their part ("…; Hội Nông dân, Hội Liên hiệp Phụ nữ xã phối hợp thực
    hiện"): each with that clause as its task, its role from the clause's verb,
    and the date in it as its deadline."""
    return _clause_bodies_at(ct, item.span, text, have, level)


def _clause_bodies_at(ct: CleanText, where: Span, text: str, have: list[str], level: str | None) -> list[Assignment]:
    """``_clause_bodies`` of a text at ``where`` (an item's span, or a
    sentence's: an invitation's "Giao X chuẩn bị báo cáo …; Văn phòng …
    chuẩn bị hội trường …" after its items)."""
    out: list[Assignment] = []
    # (each clause after ";" or a sentence's end, and each paragraph after the first)
    starts = []
    k = text.find("\n")
    while k >= 0:
        if text[k + 1 : k + 2].isupper():
            starts.append(k + 1)
        k = text.find("\n", k + 1)
    found = [
        *_matches_at_words(P.CLAUSE_BODIES, text, text, P.CLAUSE_MARKS, _may_open_clause_body),
        *(m for k in starts if (m := P.PARAGRAPH_BODIES.match(text, k, None, False))),
    ]
    if "đề nghị" in text:  # "…; đề nghị Bưu điện phường hỗ trợ …": each request its own
        found += P.CLAUSE_REQUEST.finditer(text)
    own = {c.canonical for h in have if (c := classify_agency(h)) is not None}
    for m in found:
        names = [
            _shortened(n, have) or n
            for n in _clause_names(m)
            if _shortened(n, have)
            or (
                _names_a_body(n)
                and n not in have
                and not _heads_it(n, have)
                # (the item's own bodies named again in other words: "Các sở, ban, ngành
                # … có liên quan …" under "Trách nhiệm của các sở, ngành, địa phương")
                and not ((c := classify_agency(n)) is not None and c.canonical in own)
                # (a class heading the article named again at a clause's start:
                # "Các cơ quan, tổ chức, doanh nghiệp …" under "… của các cơ quan, tổ chức, doanh nghiệp")
                and not (n[:1].isupper() and any(n.lower() in h for h in have if h[:1].islower()))
            )
        ]
        if not names:
            continue
        # (the clause runs to the next body's clause, not to any ";": "Đảng ủy
        # Công an huyện … kiểm tra; tổ chức thực tập phương án …")
        semi = text.find(";", m.end())
        while semi >= 0 and not (_may_open_clause_body(text, semi) and P.CLAUSE_BODIES.match(text, semi)):
            semi = text.find(";", semi + 1)
        end = min(
            (k for k in (semi, text.find("\n", m.end()), text.find(". ", m.end())) if k >= 0),
            default=len(text),
        )
        clause = text[m.start("names") : end].strip(" .;")
        task = Task(text=clause, span=where)
        verb = " ".join((m.groupdict().get("verb") or "").split())
        # ("…; Phòng Y tế là đầu mối …", "…; Phòng Nội vụ là cơ quan thường trực")
        role = "support" if verb == "phối hợp" else "lead" if verb == "chủ trì" or P.ROLE_LEAD.search(clause) else "responsible"
        if (m.groupdict().get("ask") or "")[:1] in ("Đ", "đ"):
            role = "requested"  # ("Đề nghị" asks, whatever the verb)
        for name in names:
            out.append(
                _assigned(
                    name, level, role, [task], where, indicators=_indicator_refs(clause), deadlines=_task_deadlines(ct, [task], name)
                )
            )
    return out


def _named_members(
    ct: CleanText, item: Section, text: str, names: list[str], level: str | None, shared: list[Assignment]
) -> list[Assignment]:
    """The clauses of an item given to several bodies that name one of them
    with its role ("Đề nghị Hội Nông dân tỉnh, Tỉnh Đoàn …: xây dựng kế hoạch
    …; Tỉnh Đoàn chủ trì tổ chức …; Hội Nông dân tỉnh phối hợp …"): each is
    that body's own task in that role (lead for "chủ trì", support for "phối
    hợp"), no longer a part of the task the bodies share."""
    out: list[Assignment] = []
    for m in _matches_at_words(P.CLAUSE_BODIES, text, text, P.CLAUSE_MARKS, _may_open_clause_body):
        verb = " ".join(m["verb"].split())
        if verb not in ("chủ trì", "phối hợp") or m.groupdict().get("ask"):
            continue
        listed = _clause_names(m)
        own = [n for n in names if _same_body(n, listed)] if listed else []
        if not own or len(own) != len(listed) or len(own) == len(names):
            continue  # (another body's, read by _clause_bodies; or all of them again)
        semi = text.find(";", m.end())
        end = min((k for k in (semi, text.find("\n", m.end()), text.find(". ", m.end())) if k >= 0), default=len(text))
        clause = text[m.start("names") : end].strip(" .;")
        task = Task(text=clause, span=item.span)
        role = "lead" if verb == "chủ trì" else "support"
        for name in own:
            out.append(_assigned(name, level, role, [task], item.span, deadlines=_task_deadlines(ct, [task], name)))
        for a in shared:  # (the shared task up to that clause)
            for t in a.tasks:
                at = t.text.find(clause)
                if at > 0:
                    t.text = t.text[:at].rstrip(" ;.")
    return out


def _shortened(name: str, have: list[str]) -> str | None:
    """The one body of ``have`` that ``name`` is the first words of ("Trường
    Tiểu học" again in the item of "Trường Tiểu học An Bình"), or None."""
    full = [h for h in have if h.startswith(name + " ")]
    return full[0] if len(full) == 1 else None


def _directed_bodies(text: str, span: Span, have: list[str], level: str | None) -> list[Assignment]:
    """The bodies an item's assignee directs to lead a task ("Đảng ủy UBND tỉnh
    lãnh đạo UBND tỉnh chỉ đạo Sở Xây dựng chủ trì, phối hợp với Công an tỉnh
    rà soát …"): each leads that clause, its partners its own."""
    out: list[Assignment] = []
    for m in P.DIRECTED_LEAD.finditer(text):
        names = [n for n in _agency_names(m["names"])[0] if _names_a_body(n) and n not in have]
        if not names:
            continue
        end = min((k for k in (text.find(";", m.end()), text.find(". ", m.end()), text.find("\n", m.end())) if k >= 0), default=len(text))
        task = Task(text=text[m.start("names") : end].strip(" .;"), span=span)
        for name in names:
            out.append(_assigned(name, level, "lead", [task], span))
    return out


def _directed_doers(ct: CleanText, text: str, span: Span, have: list[str], level: str | None) -> list[Assignment]:
    """The bodies an item asking another body directs to do a sub-task ("3.
    Đề nghị UBND các tỉnh:" / "- Chỉ đạo Sở Nông nghiệp và Môi trường xây
    dựng …"): each is asked that clause's task, `requested` (the plan reaches
    a body outside the issuer's command only through the one it asks, which
    keeps its own request, the directing). A body the issuer commands keeps
    "Chỉ đạo X …" as its own task (its subordinate's work is its duty, one
    task in ``diff``); one directed to lead ("chỉ đạo X chủ trì …") is
    ``_directed_bodies``'s."""
    out: list[Assignment] = []
    for m in P.DIRECTED_DOER.finditer(text):
        said = m["names"]
        names = _agency_names(said)[0]
        if not names or not said.startswith(names[0]):
            continue
        after = said[said.find(names[-1]) + len(names[-1]) :].lstrip(" ,")
        if not after[:1].islower() or after.startswith("chủ trì"):
            continue  # (no verb after the names, or a lead: see above)
        names = [n for n in names if _names_a_body(n) and not _same_body(n, have)]
        if not names:
            continue
        at = m.start("names")
        end = min((k for k in (text.find(";", at), text.find(". ", at), text.find("\n", at)) if k >= 0), default=len(text))
        # (the task spans its own clause, the asked body's line for it: one
        # sub-task, one task, not a second beside that line's; the
        # assignment, the item asking, where the plan reaches it)
        clause = text[at:end].strip(" .;")
        task = Task(text=clause, span=_sentence_span(ct, span, clause))
        for name in names:
            out.append(_assigned(name, level, "requested", [task], span, deadlines=_task_deadlines(ct, [task], name)))
    return out


def _joint_parties(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None, parties: list[str]
) -> list[Assignment]:
    """What a joint text gives all its issuers together (``parties``: issuer
    and co-issuers): the items under its heading on shared duties ("3. Trách
    nhiệm chung", "Nội dung hai bên phối hợp", "Ba bên cùng phối hợp"), and
    each clause whose subject names the parties together ("Hai bên phối hợp
    …", "Định kỳ 6 tháng (trước ngày …), hai bên tổ chức giao ban …"; see
    ``P.JOINT_PARTIES``), from its sentence's start (the time said first is
    its date). Each issuer is ``responsible`` for each such task (the roles
    have no "joint": each answers for it in full), and its dates are theirs,
    one deadline owned by all of them."""
    tasks: list[tuple[Task, Span]] = []
    under: list[tuple[int, int]] = []  # (items under a heading on shared duties: read with it)
    for s in _walk_in(sections, lo, hi):
        if _starts_in(under, s.span.start):
            continue
        head = s.heading or ""
        if head and head.lstrip()[:1] in "TtNnHhBbCc" and P.JOINT_HEADING.match(head):
            under.append((s.span.start, s.span.end))
            if s.text.strip():
                tasks.append((known_task(s.text.strip(), s.span), s.span))
            tasks += [(t, s.span) for t in _tasks_of(s.children)]
            continue
        said = "\n".join(x for x in (head, s.text) if x)
        if "bên" not in said and "BÊN" not in said and "cơ quan" not in said:
            continue  # (a cheap test before the pattern)
        for m in P.JOINT_PARTIES.finditer(said):
            at = m.start()
            stop = said.rfind(". ", 0, at)
            start = max(stop + 2 if stop >= 0 else 0, said.rfind(";", 0, at) + 1, said.rfind("\n", 0, at) + 1)
            end = min((k for k in (said.find(";", at), said.find(". ", at), said.find("\n", at)) if k >= 0), default=len(said))
            clause = said[start:end].strip(" .;")
            if clause:
                tasks.append((Task(text=clause, span=_sentence_span(ct, s.span, clause)), s.span))
    out: list[Assignment] = []
    if tasks:
        for name in parties:
            own = [t.model_copy() for t, _ in tasks]
            out.append(_assigned(name, level, "responsible", own, tasks[0][1], deadlines=_task_deadlines(ct, own, name)))
    return out


def _joined_as_one_body(assignments: list[Assignment], joint: list[Assignment]) -> list[Assignment]:
    """``assignments`` with each issuer's ``joint`` tasks (``_joint_parties``)
    joined to the body's own: one body is one assignment, whether the header
    names it in full ("Sở Y tế tỉnh Quảng Trị") or its items by its short name
    ("1. Sở Y tế" / "a) Chủ trì …", ``_same_body``). Its joint tasks are its
    own work, merged with what it leads or does alone (``_OWN_WORK``), under
    the name its items give it; a body with no such item keeps the header's."""
    for j in joint:
        # (its abbreviations written out: "Ban Thường trực Ủy ban MTTQ Việt Nam
        # xã" is the header's "… Ủy ban Mặt trận Tổ quốc Việt Nam xã Hải Lăng")
        full = [written_out(j.agency)]
        same = [a for a in assignments if _same_body(written_out(a.agency), full)]
        own = next((a for a in same if a.role in ("lead", "responsible")), None)
        name = (own or (same[0] if same else j)).agency
        for d in j.deadlines:
            d.agency = name
        if own is not None:
            own.tasks += j.tasks
            own.deadlines += j.deadlines
            continue
        if name != j.agency:
            j.agency = name
        assignments.append(j)
    return assignments


def _directed_own(ct: CleanText, text: str, span: Span, have: list[str], level: str | None) -> list[Assignment]:
    """The bodies an item's own body directs or guides to do a task ("b)
    Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh, các Trạm Y tế xã, phường phối
    hợp với Hội Liên hiệp Phụ nữ cùng cấp tổ chức khám sàng lọc …", "…;
    hướng dẫn Ban Công tác Mặt trận các thôn tổ chức Ngày hội …"; see
    ``P.DIRECTED_OWN``): each does that clause's task, ``responsible``
    (``lead`` where "chủ trì" follows its name: "Chỉ đạo công chức Văn hóa -
    Xã hội chủ trì, phối hợp với …"), its partners its own; the directing
    body keeps the directing as its task. Not in an item asking a body (its
    directed bodies are asked: ``_directed_doers``), nor in the lower
    governments' item ("UBND các xã, phường" / "c) Chỉ đạo Công an xã …":
    each commune's order to its own body)."""
    out: list[Assignment] = []
    for m in _directed_own_matches(text):
        said = m["names"]
        at = _directed_duty_at(said, m["verb"][:1] in "Cc")
        if at <= 0:
            # (no duty's verb after the names, "Hướng dẫn Kế hoạch …", a
            # document; "hướng dẫn các tổ dân phố bình xét danh hiệu …, hoàn
            # thành trước …", none its doers')
            continue
        names = _directed_names(said[:at])
        if not names or not said.startswith(names[0]):
            continue
        lead = said.startswith("chủ trì", at)
        if lead and m["verb"][:1] in "Cc" and said[:1].isupper():
            continue  # (read by _directed_bodies: "Chỉ đạo Sở Xây dựng chủ trì …")
        names = [n for n in names if _names_a_body(n) and not _same_body(n, have) and not P.UNNAMED_KINDS.fullmatch(n)]
        if not names:
            continue  # (or bodies of a kind alone, none named: "Hướng dẫn các đơn vị lập dự toán")
        at = m.start("names")
        end = min((k for k in (text.find(";", at), text.find(". ", at), text.find("\n", at)) if k >= 0), default=len(text))
        clause = text[at:end].strip(" .;")
        for name in names:
            task = Task(text=clause, span=_sentence_span(ct, span, clause))
            out.append(_assigned(name, level, "lead" if lead else "responsible", [task], span, deadlines=_task_deadlines(ct, [task], name)))
    return out


def _directed_own_matches(text: str) -> list[regex.Match[str]]:
    """The matches ``P.DIRECTED_OWN.finditer(text)`` gives, the pattern tried
    only at its verbs ("Chỉ"/"chỉ", "Hướng"/"hướng", found by ``str.find``)
    and at the spaces before each (a match opens at the first place its
    look-behinds allow): its look-behinds tried at every place of an item's
    text cost ~70 ns a character, more than the rest of the reading."""
    verbs: list[int] = []
    for word, initials in (("hỉ", "Cc"), ("ướng", "Hh")):
        at = text.find(word, 1)
        while at >= 0:
            if text[at - 1] in initials:
                verbs.append(at - 1)
            at = text.find(word, at + 1)
    verbs.sort()
    out: list[regex.Match[str]] = []
    end = 0  # (as finditer, the next match starts where the last ended)
    for verb in verbs:
        if verb < end:
            continue
        at = verb
        while at > end and text[at - 1] != "\n" and text[at - 1].isspace():
            at -= 1  # (str.isspace holds for every character [^\S\n] matches)
        while at <= verb:
            m = P.DIRECTED_OWN.match(text, at, None, False)
            if m is not None:
                out.append(m)
                end = m.end()
                break
            at += 1
    return out


# A unit's statutory name runs on in lower case for a few words at most
# ("Phòng Cảnh sát điều tra tội phạm về ma túy").
_NAME_RUN_ON_WORDS = 8


def _directed_duty_at(said: str, directing: bool = False) -> int:
    """Where the duty of the bodies a directed clause names opens (``said``:
    the words after "Chỉ đạo", "hướng dẫn"), or -1: a body's name is a noun
    phrase, it ends before the first duty's verb in lower case ("các đơn vị
    nghiệp vụ làm tốt công tác …", "Công an các xã, phường cử báo cáo viên
    …"; DUTY_OPENING), not one naming a body's kind by its activity or whose
    it is ("cơ quan điều tra", "thuộc quyền quản lý": KIND_BY_ACTIVITY), nor
    one in a capitalised unit's statutory name, which runs on in lower case up
    to the list's "," or "và" before the next name ("Phòng Cảnh sát điều tra
    tội phạm về ma túy, Phòng Cảnh sát giao thông và …"). ``directing``:
    after "chỉ đạo", whose bodies are told to act, a name ends too after the
    unit word closing it (DIRECTED_UNIT_NAME_END)."""
    for w in P.LOWER_WORD_START.finditer(said):
        at = w.start()
        if P.DUTY_OPENING.match(said[at:]) is None or P.KIND_BY_ACTIVITY.match(said, at):
            if directing and said[at - 2 : at - 1] in _UNIT_WORD_ENDS and P.DIRECTED_UNIT_NAME_END.match(said, at - 1):
                # ("chỉ đạo … hành chính công xã rút ngắn …": the name ends with
                # its unit; a body guided may be shown a thing, a noun: "hướng
                # dẫn UBND các xã trình tự xác định giá đất")
                return at
            continue
        part = max((s.end() for s in P.DIRECTED_NAMES_SEPARATOR.finditer(said, 0, at)), default=0)
        nxt = P.DIRECTED_NAMES_SEPARATOR.search(said, at)
        if said[part : part + 1].isupper() and not said.startswith("Các ", part) and nxt is not None:
            run = said[at : nxt.start()]
            then = said[nxt.end() :]
            if (
                len(run.split()) <= _NAME_RUN_ON_WORDS
                and P.NAME_RUN_BREAK.search(run) is None
                and (then[:1].isupper() or then.startswith("các "))
            ):
                continue  # (a unit's name in lower case, another name after it)
        return at
    return -1


_UNIT_WORD_ENDS = frozenset("ãghnu")  # (the last letters of DIRECTED_UNIT_NAME_END's words: a test before it)


def _directed_names(listed: str) -> list[str]:
    """The bodies a directed clause names before their duty (``listed``,
    see ``_directed_duty_at``), each whole: the list split at its "," and
    "và", a name's qualifiers naming no body dropped ("… quy định tại Đề án
    này, thuộc quyền quản lý": DIRECTED_NAME_QUALIFIER)."""
    listed = P.DIRECTED_NAME_QUALIFIER.sub("", listed.rstrip(" ,"))
    # (a name closing with its province, "… Truyền hình Phú Thọ mở chuyên
    # trang": the words after the place are the duty's)
    listed = place_name_end(listed)
    parts = [_without_footnote_mark(p.strip(" .:;,")) for p in P.split_agencies(listed)]
    return [p for p in parts if len(p.split()) > 1]


def _funding_leads(ct: CleanText, part: Section, level: str | None) -> list[Assignment]:
    """The sentences of a funding part (its own text) opening with a body
    that leads ("Vụ Kế hoạch - Tài chính chủ trì tổng hợp, bố trí kinh phí
    …"): each that body's task, `lead`, with its dates."""
    out: list[Assignment] = []
    text = part.text
    starts = [0] + [k + 1 for k in range(len(text)) if text[k] == "\n" or (text[k] in ".;" and text[k + 1 : k + 2] == " ")]
    for k in starts:
        while k < len(text) and text[k] == " ":
            k += 1
        m = P.PARAGRAPH_BODIES.match(text, k, None, False) if text[k : k + 1].isupper() else None
        if m is None or " ".join(m["verb"].split()) != "chủ trì":
            continue
        names = [n for n in _clause_names(m) if _names_a_body(n)]
        if not names:
            continue
        end = min((e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0), default=len(text))
        task = Task(text=text[m.start("names") : end].strip(" .;"), span=part.span)
        for name in names:
            out.append(_assigned(name, level, "lead", [task], part.span, deadlines=_task_deadlines(ct, [task], name)))
    return out


def _collective(names: list[str]) -> bool:
    """Bodies named together by their kind ("Các bộ, cơ quan ngang bộ", "UBND
    các xã, phường"), not one body by its name."""
    for name in names:
        m = classify_agency(name)
        if name.lower().startswith("các") or (
            m is not None and m.sector in ("interdisciplinary", "lower_government") and " các " in f" {name.lower()} "
        ):
            return True
    return False


def _same_body(name: str, names: list[str]) -> bool:
    """Whether ``name`` is one of ``names`` ("Bộ trưởng Bộ Công an" is Bộ Công an,
    "Chủ tịch UBND các xã" the "Ủy ban nhân dân các xã")."""
    if any(name in n or n in name for n in names):
        return True
    if name[:1].isupper() and any(name.lower() in n for n in names if n[:1].islower()):
        return True  # ("Các cơ quan, tổ chức, doanh nghiệp có trách nhiệm …" under "… của các cơ quan, tổ chức, doanh nghiệp")
    key = body_key(without_title(name))
    return any(key in k or k in key for k in (body_key(without_title(n)) for n in names))


# A sub-item's opening body is a name, not a sentence run on ("Ủy ban nhân
# dân tỉnh, thành phố trực thuộc Trung ương" has 10 words).
_OPENING_BODY_WORDS = 12


def _dash_body(item: Section) -> str | None:
    """The body a bullet names before its colon ("- Phòng Y tế: Hướng dẫn
    các trạm y tế …", "- Công an xã: …"), or None (a task's own words)."""
    head, colon, _ = (item.heading or item.text).partition(":")
    head = head.strip(" -+•")
    if not colon or not head or len(head.split()) > _OPENING_BODY_WORDS:
        return None
    if not (_looks_like_agency(head) and _names_a_body(head) and _is_body_name(head)):
        return None
    return head


def _heads_it(name: str, names: list[str]) -> bool:
    """Whether ``name`` is the head of a body of ``names`` ("Chủ tịch UBND các
    xã" of "Ủy ban nhân dân các xã, thị trấn"), or a head of one of the bodies
    they list together ("Chủ tịch UBND xã" in an item of "UBND các xã")."""
    body = without_title(name)
    if body == name:
        return False
    return body_key(body) in {body_key(n) for n in names} or _collective(names)


@lru_cache(maxsize=4096)  # (asked again of a name by the readers of its item)
def _body_word(name: str) -> bool:
    """Does the name open with a body's word ("Sở", "Phòng", "UBND" …), or
    with a word that opens other headings too, as a body's name ("Thanh tra
    tỉnh", "Viện Kiểm sát nhân dân", not "Thanh tra, kiểm tra …")?"""
    return (
        _opens_with_head_word(name)
        or P.INSPECTORATE_OR_INSTITUTE.match(name, 0, None, False) is not None
        # (a residential unit named by its head: "Trưởng thôn", "Trưởng các khu vực")
        or P.VILLAGE_HEAD.match(name) is not None
    )


def _bullet_body(item: Section) -> str | None:
    """The body a bullet opens with as its sentence's subject, before its verb
    in lower case ("- Hội Liên hiệp Phụ nữ huyện chủ trì phối hợp Huyện đoàn
    …" under "2. Các tổ chức chính trị - xã hội"), or None."""
    if item.kind not in ("dash", "plus"):
        return None
    head = (item.heading or item.text).lstrip(" -+•")
    if not _opens_with_head_word(head):
        return None
    return _body_opening(head.split("\n")[0])


def _opening_body(item: Section) -> str | None:
    """The body a sub-item opens with, by a body's word ("Bộ Nội vụ hướng dẫn
    …", "Sở Y tế: …"), or None ("Phối hợp với Sở Y tế …")."""
    if item.kind in ("dash", "plus"):
        return _dash_body(item)
    return _body_opening(item.heading or item.text.split("\n")[0])


def _opening_bodies(item: Section) -> list[str]:
    """The body or bodies a sub-item opens with: one (see ``_opening_body``),
    or several named one after another before its task in lower case ("Sở Y
    tế, Sở Giáo dục và Đào tạo, Sở Xây dựng thực hiện …")."""
    one = _opening_body(item) or _bullet_body(item)
    if one is not None:
        return [one]
    if item.kind in ("dash", "plus"):
        return []
    head = (item.heading or item.text.split("\n")[0]).strip()
    names, _ = _agency_names(head)
    if len(names) < 2:
        return []
    # named bodies one after another from the start, by their own names (no
    # head's title, no collective: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ …"
    # are the collective's heads)
    pos = 0
    for n in names:
        sep = P.NAMES_SEPARATOR.match(head, pos) if pos else None
        pos = sep.end() if sep else pos
        match = classify_agency(n)
        if (
            not head.startswith(n, pos)
            or len(n.split()) > _OPENING_BODY_WORDS
            or not _body_word(n)
            or without_title(n) != n
            or match is None
            or match.sector == "interdisciplinary"
        ):
            return []
        pos += len(n)
    return names if head[pos:].lstrip(" ,")[:1].islower() else []


def _one_kind_of_body(name: str) -> bool:
    """Whether bodies named together are of one kind the agencies table
    knows, outside the collective of all concerned ("Các sở, ban, ngành")."""
    match = classify_agency(name)
    return match is not None and match.sector != "interdisciplinary"


def _body_opening(head: str) -> str | None:
    """The body an item's first line opens with (see ``_opening_body``)."""
    condition = P.CONDITION_OPENING.match(head, 0, None, False) if head[:1] in P.CONDITION_INITIALS else None
    if condition:
        head = head[condition.end() :]
    names, _ = _agency_names(head)
    if (
        len(names) == 1
        # (a collective's "trên địa bàn" is no word of its name's: "Các trường
        # mầm non, tiểu học, trung học cơ sở trên địa bàn")
        and len(names[0].split(" trên địa bàn")[0].split()) <= _OPENING_BODY_WORDS
        and _body_word(names[0])
        # (bodies named together, again; but a body in each unit is one:
        # "Sở Y tế các tỉnh, thành phố trực thuộc trung ương")
        and (
            " các " not in f" {names[0].lower()} "
            or P.BODY_IN_EACH_UNIT.match(names[0], 0, None, False) is not None
            or P.VILLAGE_HEAD.match(names[0]) is not None  # "Trưởng các thôn": the units' heads
            # a kind of body the table knows, named as one ("Các trường mầm
            # non, tiểu học …", "Ban điều hành các khu phố"), not all concerned
            or _one_kind_of_body(names[0])
        )
    ):
        return names[0] if _looks_like_agency(names[0]) else None
    return None


# Items headed by bodies' names in a text with no implementation part (a
# letter or directive: "1. Sở Công Thương" / "a) Rà soát …", "2. Công an tỉnh:
# …"): two such headings make the list one of tasks by body.
_ADDRESSED_ITEMS = 2


def _from_give_items(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """Items that give the tasks under them, anywhere in the text: "2. Giao Bộ
    Văn hoá, Thể thao và Du lịch:" / "a) Chủ trì …" / "b) …"."""
    items = [
        s
        for s in _walk_parents(sections)
        if s.kind in ("arabic", "roman", "letter", "article")
        and (s.heading or s.text)[:7].lower().startswith(("giao", "yêu cầu"))
        and _in_range(s.span, lo, hi)
        and P.GIVE_ITEM.match(s.heading or s.text.split("\n")[0])
    ]
    return _from_items(ct, items, level) if items else []


def _committee_heading(s: Section) -> bool:
    """Is an item headed by a Party committee asking ("… Ban Thường vụ Tỉnh
    ủy yêu cầu:")? (see patterns.COMMITTEE_ASKS_HEADING)"""
    heading = s.heading
    return (
        heading is not None
        and any(v in heading for v in P.ASKS_HEADING_VERBS)
        and P.COMMITTEE_ASKS_HEADING.match(heading) is not None
    )


_STANDING_ORGAN = re.compile(r"^(?:thuongtruc)?(?:banthuongvu|banchaphanh)?")


def _committee_lead_in(
    heading: str, own: tuple[str, ...], date: str | None, accounting: bool, forward: bool
) -> bool:
    """Is a heading the issuing committee's lead-in giving the bullets under
    it ("3. Thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu:")? Only when (a)
    the committee is the issuer or one of its standing organs (Thường trực,
    Ban Thường vụ, Ban Chấp hành of the committee the issuer's names hold:
    "Tỉnh ủy" in "Tỉnh ủy Lào Cai", "Văn phòng Tỉnh ủy"; another committee's
    asking is retold); (b) its opening phrase, if any, does not look back
    ("Thời gian qua, …", "Tại Kết luận số …", a year before the text's, or,
    in an account issued in a year's second half, that year itself); (c) in
    a report, minutes or a submission (``accounting``), it stands in the part
    on what is to be done (``forward``), not in the account of what was."""
    m = P.COMMITTEE_ASKS_HEADING.match(heading)
    if m is None or m.group("past"):
        return False
    if accounting and not forward:
        return False
    committee = m.group("committee")
    if committee and own:
        kind = _STANDING_ORGAN.sub("", fold(committee), count=1)
        if kind and not any(kind in o for o in own):
            return False
    opening = m.group("opening")
    if opening:
        if P.BACKWARD_OPENING.search(opening) is not None:
            return False
        year = re.search(r"\b(?:19|20)\d\d\b", opening)
        if year and date:
            y, doc_year = int(year.group()), int(date[:4])
            if y < doc_year or (accounting and y == doc_year and date[5:7] >= "07"):
                return False
    return True


def _from_body_items(
    ct: CleanText,
    sections: list[Section],
    lo: int,
    hi: int,
    level: str | None,
    own: tuple[str, ...] = (),
    date: str | None = None,
    accounting: bool = False,
) -> list[Assignment]:
    """Items opening with a body and its task in any part of a text that is
    not of articles: a report's "III. PHƯƠNG HƯỚNG, NHIỆM VỤ" / "2. Phòng Kinh
    tế chủ trì …", a notice's "2.1. Đảng ủy UBND thành phố lãnh đạo …:" / "a)
    …", "2.5. Giao Đảng ủy Công an thành phố lãnh đạo …". The parts that set
    no task (purpose, goals, results, the situation before) are left out.
    ``own``: the issuer's names folded, ``date`` its date, ``accounting``
    whether it is a report, minutes or a submission (see _committee_lead_in)."""
    top = [s for s in sections if _in_range(s.span, lo, hi)]
    # (the whole tree in range, as most times: its walk and its articles are
    # extract_assignments' own, found with no field read)
    whole = len(top) == len(sections)
    walked = _walk(sections) if whole else walk_sections(top)
    if _walk_of(sections, ("article",)) if whole else any(s.kind == "article" for s in walked):
        # a text of articles gives duties in its own ways, read above; and an
        # article opening with a body and its role ("Điều 2. Bộ Tư pháp chủ trì,
        # phối hợp với … hoàn thiện hồ sơ …")
        # (its clauses and points too: "2. Sở Công Thương chủ trì, phối hợp với …")
        steps = {id(c) for s in walked if _gives_steps(s) for c in s.children}
        led = [
            a
            for a in walked
            if a.kind in ("article", "arabic", "letter")
            and (_body_with_its_role(a) or (id(a) not in steps and _asks_a_body(a)))
        ]
        return _from_items(ct, [_as_item(_asking_text(a)) for a in led], level) if led else []
    items: list[Section] = []
    directing: list[Section] = []  # (the issuer's own items directing a body: "2. Chỉ đạo X …")
    orders: set[int] | None = None  # (the points of the lower governments' items: see _from_items)
    # (each section with whether it stands in a part of tasks not headed by a
    # body, and whether in a part on tasks at any depth)
    # (and whether an item above it is a body's: "2. UBND các xã, phường" /
    # "a) Chỉ đạo Trạm Y tế …" is that body's order to its own office)
    stack = [(s, False, False, False, False, False) for s in reversed(top)]
    while stack:
        s, in_tasks, under_tasks, in_implementation, bodied, forward = stack.pop()
        # (its fields read once: a model's field read costs ~340 instructions
        # through pydantic's ``__getattr__`` hook, and this visits every section)
        kind, heading, children = s.kind, s.heading, s.children
        asking = heading is not None and P.ASKING_HEADING.match(heading) is not None and _colon_after(ct, s)
        # (the issuing committee directing: "3. Thời gian tới, Ban Thường vụ
        # Tỉnh ủy yêu cầu:" / "- Ban Tổ chức Tỉnh ủy …": its bullets' bodies' tasks)
        committee_asks = (
            not asking
            and heading is not None
            and bool(children)
            and any(v in heading for v in P.ASKS_HEADING_VERBS)
            and _committee_lead_in(heading, own, date, accounting, forward)
            and _colon_after(ct, s)
        )
        asking = asking or committee_asks
        if kind in ("roman", "part", "arabic") and P.NO_TASK_PART.match(heading or "") and not asking:
            continue
        if (
            kind in ("arabic", "letter")
            and not committee_asks
            # (a committee's lead-in, another's or told, heads no task of its own)
            and not (heading is not None and children and _committee_heading(s))
            and _body_and_its_task(_without_giving(s))
        ):
            if orders is None:
                orders = _lower_governments_points(top)
            if id(s) not in orders or not _gives_own_body(s):  # ("b) Giao Phòng …" of "UBND các xã": theirs)
                items.append(s)
        elif (
            under_tasks
            and kind in ("arabic", "letter")
            # (an implementation part's headings by body are read with it: _from_items)
            and ((not in_implementation and _body_heading(s) and not _topic_label(ct, s)) or _collective_and_its_task(s))
        ):
            items.append(s)  # "II. NHIỆM VỤ, GIẢI PHÁP" / "1. Cải cách thể chế" / "a) Bộ Nội vụ" / "- …"
        elif under_tasks and kind in ("arabic", "letter") and heading and _opens_with_head_word(s.text.lstrip()):
            # a topic's heading, the text under it opening with a body and its
            # task: "5. Về công tác văn hóa - xã hội" / "Phòng Văn hóa - Xã hội chủ trì …"
            text_item = s.model_copy(update={"heading": None})
            if _body_and_its_task(text_item):
                items.append(text_item)
        elif in_tasks and kind in ("dash", "plus") and _bullet_task(s):
            items.append(_as_item(s))  # "II. NHIỆM VỤ" / "- Sở Y tế tăng cường kiểm tra …"
        elif under_tasks and not bodied and kind in ("arabic", "letter", "dash", "plus") and _opens_directing(s):
            directing.append(s)  # "III. NHIỆM VỤ, GIẢI PHÁP" / "2. Chỉ đạo Trung tâm X phối hợp với … đẩy mạnh …"
        if not children:
            continue  # (what follows only hands its readings to the children)
        own_part = (
            kind in ("roman", "part", "arabic", "letter")
            and any(c.kind in ("dash", "plus") for c in children)
            and (
                P.DUTIES_HEADING.search(heading or "", 0, None, False) is not None
                or "giải pháp" in (heading or "").lower()
                # "2. Yêu cầu:" / "- Đoàn Thanh niên xã chủ trì …": what each is asked
                or asking
                # a topic in a part on tasks: "II. NHIỆM VỤ" / "5. Về công tác …" / "- Phòng … tham mưu …"
                or (under_tasks and kind != "roman")
            )
            and (committee_asks or _opening_body(s) is None)
            # (a committee's lead-in that is not the issuer's forward one, "1.
            # Thời gian qua, Ban Thường vụ Đảng ủy xã đã chỉ đạo:", tells)
            and (committee_asks or heading is None or not _committee_heading(s))
        )
        on_tasks = under_tasks or (
            kind in ("roman", "part", "arabic")
            and (P.DUTIES_HEADING.search(heading or "", 0, None, False) is not None or "giải pháp" in (heading or "").lower())
        )
        implementation = in_implementation or (
            kind in ("roman", "part", "arabic") and P.IMPLEMENTATION_HEADING.search(heading or "") is not None
        )
        bodied = bodied or (kind in ("arabic", "letter") and (_body_heading(s) or _opening_body(s) is not None))
        # (a report's part on what is to be done: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
        ahead = forward or (
            kind in ("roman", "part", "arabic")
            and heading is not None
            and (P.TASKS_HEADING.match(heading) is not None or P.FORWARD_HEADING.match(heading) is not None)
        )
        stack.extend(
            (c, own_part or (in_tasks and kind not in ("arabic", "letter")), on_tasks, implementation, bodied, ahead)
            for c in reversed(children)
        )
    out = _from_items(ct, items, level) if items else []
    for s in directing:
        # the issuer's own item directing a body it commands: the body directed
        # does the task ("2. Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phối hợp
        # với Trạm Y tế các xã đẩy mạnh sàng lọc …": the Trung tâm, responsible;
        # "Chỉ đạo Sở X chủ trì, …": lead), its partners its own
        text = _full_text(s)
        found = _directed_bodies(text, s.span, [], level) if "chủ trì" in text else []
        out += _unseen(out, found + _directed_own(ct, text, s.span, [], level))
    return out


def _opens_directing(item: Section) -> bool:
    """Does an item with no body of its own open by directing a named body
    ("Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phối hợp …"; not "Chỉ đạo
    các đơn vị …", bodies by their kind, nor "Ban Chỉ đạo …")?"""
    head = (item.heading or item.text).lstrip(" -+•")
    return head[:8] == "Chỉ đạo " and head[8:9].isupper()


def _collective_and_its_task(item: Section) -> bool:
    """Whether an item opens with bodies named together by their kind and
    goes on with their task: "a) Các bộ, ngành, địa phương tăng cường …"."""
    head = item.heading or item.text.split("\n")[0]
    if "các" not in head[:120].lower() or not _opens_with_head_word(head) or P.REQUEST_OPENING.match(head):
        return False  # (bodies named by their kind are "các …", a body's word first)
    names, _ = _agency_names(head)
    if not names or not _collective(names) or not all(_names_a_body(n) for n in names):
        return False
    pos = 0  # (named one after another from the start: not "Tăng cường vai trò của …, các ban, ngành …")
    for n in names:
        sep = P.NAMES_SEPARATOR.match(head, pos) if pos else None
        pos = sep.end() if sep else pos
        if not head.startswith(n, pos):
            return False
        pos += len(n)
    rest = head[pos:].strip(" ,")
    return rest[:1].islower() and P.DONE_OR_REPORTED.match(rest) is None


def _body_heading(item: Section) -> bool:
    """Whether an item's heading names bodies and nothing more, over the
    points giving their tasks: "a) Bộ Nội vụ" / "- Chủ trì …", "a) Các bộ, cơ
    quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương";
    or over a paragraph giving them ("2. Trạm Y tế xã" / "Giám sát ca bệnh
    …"), also asked ("4. Đề nghị Ủy ban MTTQ Việt Nam xã" / "Vận động …").
    Not a field ("a) Lĩnh vực y tế") nor a level ("1. Cấp tỉnh")."""
    head = (item.heading or "").strip(" :.")
    if not head or not (item.children or item.text.strip()):
        return False
    names, request = _agency_names(head)
    if request:
        if item.children:
            return False
        head = P.REQUEST.sub("", head, count=1)
    if "(" in head:  # (its role in brackets is no part of the name: "… phường (bộ phận Tư pháp - Hộ tịch)")
        head = P.DESCRIBING_BRACKET.sub("", head)
    return (
        bool(names)
        and _opens_with_head_word(head)
        and " giao " not in head  # (one body giving another: "Đảng ủy giao UBND xã:")
        and head.startswith(names[0])
        and _only_names(head)
        and all(_names_a_body(n) for n in names)
    )


def _topic_label(ct: CleanText, s: Section) -> bool:
    """Whether an item of a part on tasks, "N. <name>: …", names its topic,
    not a body given a duty: "3. Tổ công nghệ số cộng đồng: 100% thôn có Tổ
    … hoạt động …" (a goal on the team, as "1. Hạ tầng số: …" is one on the
    infrastructure). The words after the colon would give the body its duty
    with a verb ("2. Công an xã: rà soát …"); a figure opening them is a
    goal, another body's name opening them that body's task."""
    text = s.text.lstrip(" -+•")
    if not text or not (text[:1].isdigit() or _opens_with_head_word(text)):
        return False
    return _colon_after(ct, s)


def _colon_after(ct: CleanText, s: Section) -> bool:
    """Whether a section's heading ends with a colon in the text ("2. Yêu cầu:"
    asks; "2. Yêu cầu" heads a plan's requirements)."""
    heading = s.heading or ""
    at = ct.source.find(heading, s.span.start, s.span.start + len(heading) + 12) if heading else -1
    return at >= 0 and ct.source[at + len(heading) : at + len(heading) + 2].lstrip(" ").startswith(":")


def _bullet_task(s: Section) -> bool:
    """Whether a bullet opens with a body and the task it does ("- Sở Y tế
    tăng cường kiểm tra …"), not a label ("- Đơn vị chủ trì: …") nor what it
    did or only answers for ("… chưa tiến hành …", "… chỉ chịu trách nhiệm …")."""
    body = _bullet_body(s)
    if body is None or " là " in body:
        return False  # (a sentence saying what a body is: "Công an tỉnh là lực lượng nòng cốt trong …")
    head = (s.heading or s.text).lstrip(" -+•").split("\n")[0]
    if P.REQUEST_OPENING.match(head) or len(body.split()) < 2 or not head.startswith(body):
        return False
    rest = head[len(body) :].strip(" :,")
    # (its task after it, in lower case; not what was done or heard)
    return (
        rest[:1].islower()
        and P.DONE_OR_REPORTED.match(rest) is None
        and ":" not in rest[:30]
        and P.NOT_A_TASK_OPENING.match(rest) is None
    )


def _bullet_request(s: Section) -> bool:
    """Whether a bullet asks a body by its name: "- Đề nghị Ủy ban MTTQ Việt
    Nam tỉnh lồng ghép tuyên truyền …" (not "- Đề nghị bổ sung …")."""
    head = (s.heading or s.text).lstrip(" -+•").split("\n")[0]
    if not (head[:2] in ("Đề", "đề") and P.REQUEST.match(head)):
        return False
    names, request = _agency_names(head)
    return request and len(names) > 0 and _looks_like_agency(names[0]) and _body_word(names[0])


def _bullet_report_due(s: Section) -> bool:
    """Whether a bullet of an implementation part gives a body a report due
    by a time ("- Các tỉnh ủy, thành ủy báo cáo kết quả … trước ngày
    15-01-2026"): a task, not a report heard (see P.DONE_OR_REPORTED)."""
    body = _bullet_body(s)
    head = (s.heading or s.text).lstrip(" -+•").split("\n")[0]
    if body is None or len(body.split()) < 2 or not head.startswith(body):
        return False
    rest = head[len(body) :].strip(" :,")
    return rest.startswith("báo cáo") and P.DUE_WORDS_IN.search(rest) is not None


def _kinds_listed_with_named(ct: CleanText, assignments: list[Assignment]) -> None:
    """Bodies named by their kind alone, listed after a named body of that
    kind ("Đảng ủy xã Tam Đảo và các đảng ủy chưa bám sát …"), are the others
    of that one's kind and level (the communes' committees), not of the
    document's level, which they took for want of their own."""
    for a in assignments:
        if a.span is None or a.agency[:4] not in ("các ", "Các "):
            continue
        kind = fold(a.agency[4:])
        if not kind or agency_level(a.agency) is not None:
            continue
        said = ct.source[a.span.start : a.span.end]
        for b in assignments:
            if b is a or b.level is None or b.span is None or b.span.start != a.span.start:
                continue
            named = fold(b.agency)
            if (
                named.startswith(kind)
                and len(named) > len(kind)
                and agency_level(b.agency) == b.level
                and (f"{b.agency} và {a.agency}" in said or f"{b.agency}, {a.agency}" in said)
            ):
                a.level = b.level
                break


def _from_guidance_items(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None, read: list[Span]
) -> list[Assignment]:
    """A guidance's items are its tasks: outside its implementation part
    (read already), a bullet or an item's paragraph opening with a body and
    its verb ("- Các cấp ủy, tổ chức đảng tổ chức học tập …", "Ban Tuyên giáo
    và Dân vận các tỉnh ủy chủ trì hướng dẫn …") or asking one ("- Đề nghị
    …") gives that body the item, as an implementation part's bullet does.
    (A plan's purpose or content bullets are no tasks: other types only read
    their implementation part's bullets.)"""
    items: list[Section] = []
    for s in _walk(sections):
        if not _in_range(s.span, lo, hi) or any(r.start <= s.span.start < r.end for r in read):
            continue
        if s.kind in ("dash", "plus"):
            items.append(s)
        elif s.kind in ("roman", "part", "arabic", "letter") and not s.children and s.heading and s.text:
            # "3. Về tuyên truyền" / "Ban Tuyên giáo … chủ trì …": its paragraphs, each a bullet
            items += [p.model_copy(update={"kind": "dash"}) for p in _paragraph_items(ct, s)]
    return _from_items(ct, items, level) if items else []


def _as_item(s: Section) -> Section:
    """A bullet or an article read as a numbered item (its text its heading's line)."""
    text = (s.heading or s.text).lstrip(" -+•")
    return s.model_copy(update={"kind": "letter", "heading": None, "text": text})


def _body_with_its_role(article: Section) -> bool:
    """Whether an article opens with a body and its role: "Bộ Tư pháp chủ trì …",
    "Ủy ban nhân dân tỉnh có trách nhiệm …" (not the executors' "… chịu trách
    nhiệm thi hành", read apart)."""
    head = (article.heading or article.text.split("\n")[0]).strip()
    body = _body_opening(head)
    if body is None or not head.startswith(body) or P.GENERIC_UNIT.match(body):
        return False  # (nor a kind of unit a definition speaks of: "Đơn vị chịu trách nhiệm thu thập: …")
    rest = head[len(body) :].lstrip(" ,")
    return (
        P.ROLE_OPENING.match(rest) is not None
        and "thi hành" not in rest[:40]
        and P.NOT_A_TASK_OPENING.match(rest) is None  # (answerable: "… chịu trách nhiệm trước pháp luật …")
    )


def _gives_steps(section: Section) -> bool:
    """Whether a clause gives the steps another actor takes, in its points
    ("… thì cơ quan có thẩm quyền thực hiện như sau:")."""
    # (its line ends with the colon, which a heading's is cut at)
    own = (section.text or section.heading or "").rstrip()
    return bool(section.children) and P.STEPS_OF_AN_ACTOR.search(own[-80:]) is not None


def _asks_a_body(item: Section) -> bool:
    """Whether an article, clause or point asks a body and says what of it:
    "Đề nghị Ủy ban MTTQ Việt Nam huyện cử 01 lãnh đạo tham gia …", in a
    decision's list of members too (a government cannot order the Front);
    under a heading that names none, its first sentence ("Điều 13. Đề nghị
    phối hợp" / "Đề nghị Ủy ban MTTQ Việt Nam tỉnh … cử đại diện …")."""
    if _asks_in(item.heading or item.text.split("\n")[0]):
        return True
    return bool(item.heading) and item.text[:1] == "Đ" and _asks_in(item.text.split("\n")[0])


def _asking_text(item: Section) -> Section:
    """An article whose heading is a label ("Đề nghị phối hợp") and whose text
    asks the bodies: its text, read as its heading's line would be."""
    if item.heading and item.text[:1] == "Đ" and not _asks_in(item.heading) and _asks_in(item.text.split("\n")[0]):
        return item.model_copy(update={"heading": None})
    return item


def _asks_in(head: str) -> bool:
    """Whether a line asks a body and says what of it (see _asks_a_body)."""
    head = head.strip()
    asked = P.REQUEST.match(head) if "nghị" in head[:60] else None
    if asked is None:
        return False
    rest = head[asked.end() :]
    body = _body_opening(rest)
    if body is not None:
        return rest.startswith(body) and rest[len(body) :].lstrip(" ,")[:1].islower()
    # several bodies asked together: "Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội
    # chính Tỉnh ủy, Kiểm toán khu vực VII phối hợp …"
    names = _agency_names(rest)[0]
    if len(names) < 2 or not rest.startswith(names[0]) or not _body_word(names[0]):
        return False
    if not all(_looks_like_agency(n) for n in names):
        return False
    end = rest.find(names[-1])
    return end >= 0 and rest[end + len(names[-1]) :].lstrip(" ,")[:1].islower()


_RECOMMENDABLE = frozenset(["requested", "responsible", "lead"])


def _proposal_parts(sections: list[Section], lo: int, hi: int) -> list[Span]:
    """The spans of a report's or submission's Kiến nghị / Đề xuất parts."""
    return [
        s.span
        for s in _walk_of(sections, ("roman", "part", "arabic"))
        if _in_range(s.span, lo, hi)
        and (P.REQUEST_PART.match(s.heading or "") or P.PROPOSAL_PART.match(s.heading or ""))
    ]


def _recommended(assignments: list[Assignment], sections: list[Section], lo: int, hi: int) -> None:
    """A report's or submission's requests under its Kiến nghị / Đề xuất part
    ("IV. KIẾN NGHỊ" / "1. Đề nghị UBND huyện …") go up to the bodies it
    reports or submits to: recommendations, no tasks it gives."""
    parts = _proposal_parts(sections, lo, hi)
    if not parts:
        return
    for a in assignments:
        spans = [t.span for t in a.tasks if t.span is not None] or ([a.span] if a.span is not None else [])
        # (every body its items name: "2. Công ty X phải chịu trách nhiệm …"
        # in a Tờ trình's Kiến nghị is what it proposes the decision require,
        # not a task the submission gives; a supporter stays one)
        if a.role in _RECOMMENDABLE and spans and all(any(p.start <= sp.start < p.end for p in parts) for sp in spans):
            a.role = "recommended"


def _from_request_parts(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """A part that asks other bodies ("IV. ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG PHỐI
    HỢP", "IV. ĐỀ XUẤT, KIẾN NGHỊ"): each item asks the body it names ("1. Đề
    nghị UBND các xã:" / "- …", "2. Đối với Bộ Y tế" / "- Sớm sửa đổi …",
    "3. Bộ Nội vụ: …"), its text or points that body's tasks."""
    out: list[Assignment] = []
    for part in _walk_of(sections, ("roman", "part")):
        if not _in_range(part.span, lo, hi):
            continue
        if not P.REQUEST_PART.match(part.heading or "", 0, None, False):
            continue
        heading_asks = _part_asks(part.heading or "")
        bodiless: list[Section] = []  # (the items of the bodies the heading asks)
        for item in part.children:
            if item.kind not in ("arabic", "letter", "dash", "plus"):
                continue
            head = item.heading or item.text.split("\n")[0]
            concerns = P.ITEM_CONCERNS.match(head)
            if concerns and _looks_like_agency(concerns["body"].strip()):
                if concerns["body"].lower().startswith("các ") and any(_opening_body(c) for c in item.children):
                    continue  # "Đối với các sở, ngành" / "a) Sở Y tế …": each point is its body's
                names = [concerns["body"].strip()]
            else:
                asked = P.REQUEST_OPENING.match(head)  # "Đề nghị …", "Kiến nghị …"
                head = head[asked.end() :] if asked else head
                names = [n for n in _agency_names(head)[0] if _body_word(n) and _looks_like_agency(n)]
                if not names or not head.startswith(names[0]):
                    bodiless.append(item)
                    continue  # (an item that opens with no body: "1. Sớm ban hành …")
            for name in names:
                out.append(_assignment(ct, name, item, True, level, _full_text(item)))
        if heading_asks and (bodiless or part.text.strip()):
            # "IV. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG" / "1. Xây dựng …": the
            # items that name no body of their own are the asked bodies' tasks
            own = part.model_copy(update={"children": bodiless, "heading": None})
            text = _full_text(own)
            out += [_assignment(ct, name, own, True, level, text) for name in heading_asks]
    return out


def _part_asks(heading: str) -> list[str]:
    """The bodies a part's heading asks, "ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC XÃ,
    PHƯỜNG", "Kiến nghị với Ủy ban nhân dân tỉnh" (a text cannot order a body
    it does not direct, so it asks it), or none: "ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA
    PHƯƠNG PHỐI HỢP" names bodies only as concerned, "ĐỀ XUẤT, KIẾN NGHỊ" none."""
    opening = P.PART_ASKS.match(heading)
    if opening is None:
        return []
    rest = heading[opening.end() :].strip()
    names = _agency_names(rest)[0]
    if rest.isupper() and len(low := rest[:1] + rest[1:].lower()) == len(rest):
        # a heading in capitals: its names are split and ended as in lower
        # case ("… CÁC SỞ, BAN, NGÀNH", "… CÁC XÃ, PHƯỜNG PHỐI HỢP THỰC HIỆN"),
        # each kept as written (lowering keeps the offsets); a name lowering
        # hides ("UBND" as "Ubnd") keeps the split in capitals
        lowered = [rest[at : at + len(n)] for n in _agency_names(low)[0] if (at := low.find(n)) >= 0]
        if lowered and all(classify_agency(n) for n in lowered):
            names = lowered
    if not names or not rest.startswith(names[0]):
        return []
    # (bodies named only as concerned, "các cơ quan, địa phương", are no class)
    return [
        n
        for n in names
        if _body_word(n)
        and _looks_like_agency(n)
        and not is_generic(n)
        and (m := classify_agency(n)) is not None
        and not (m.sector == "interdisciplinary" and m.canonical == n)
    ]


def _paragraph_items(ct: CleanText, part: Section) -> list[Section]:
    """An implementation part written as paragraphs, not items ("Giao Phòng Y
    tế chủ trì …" / "Phòng Giáo dục và Đào tạo chỉ đạo …" / "Đề nghị Ủy ban
    MTTQ huyện …"): each paragraph that opens with a body is an item of its own."""
    out: list[Section] = []
    if ct.cells_in(part.span.start, part.span.end):
        return out  # (a table's cells, one a line: the table is read as one)
    for paragraph in (p.strip() for p in part.text.split("\n")):
        label = P.ASSIGNING_LABEL.match(paragraph) if paragraph[:1] in P.ASSIGNING_LABEL_INITIALS else None
        if label:  # "Phân công: Sở A chủ trì; Sở B phối hợp …": the sentence after it
            paragraph = paragraph[label.end() :]
        names = [n for n in _agency_names(paragraph[:240])[0] if _looks_like_agency(n)]
        opening = P.GIVE_LEAD.sub("", P.REQUEST.sub("", paragraph, count=1), count=1)
        if not names or not opening.startswith(names[0]) or not _body_word(names[0]):
            continue
        if is_generic(names[0]) or P.BY_APPENDIX.search(paragraph):
            continue  # "Các ngành thực hiện theo Phụ lục kèm theo": the table gives the tasks
        at = ct.text.find(paragraph)
        span = ct.span(at, at + len(paragraph)) if at >= 0 else part.span
        out.append(Section(kind="arabic", text=paragraph, span=span))
    return out


def _clause_items(ct: CleanText, items: list[Section]) -> list[Section]:
    """Paragraph items split at each ";" whose clause opens with another body:
    "Các sở, ngành báo cáo … về Sở A trước ngày 05/12; Sở A tổng hợp, báo cáo
    UBND tỉnh trước ngày 15/12" is two bodies' duties."""
    out: list[Section] = []
    for item in items:
        text = item.text
        cuts = [0]
        for m in P.NEXT_CLAUSE.finditer(text):
            clause = text[m.end() : m.end() + 240]
            names = _agency_names(clause)[0]
            if names and clause.startswith(names[0]) and _looks_like_agency(names[0]) and _body_word(names[0]):
                cuts.append(m.end())
        if len(cuts) == 1:
            out.append(item)
            continue
        base = ct.to_clean(item.span.start)
        for a, b in itertools.pairwise([*cuts, len(text)]):
            part = text[a:b].rstrip(" ;")
            out.append(Section(kind="arabic", text=part, span=ct.span(base + a, base + a + len(part))))
    return out


def _body_and_its_task(item: Section) -> bool:
    """Whether an item opens with one body named in two words or more and goes
    on with its task, in its line ("2. Công an thị xã bảo đảm …") or in the
    points under it ("2.1. Đảng ủy UBND thành phố lãnh đạo …:" / "a) …"); a
    list of names ("1. Công ty Cổ phần Thịnh Đạt") is none."""
    head = item.heading or item.text.split("\n")[0]
    if P.REQUEST_OPENING.match(head):
        return False  # (a request, read with the others: "Đề nghị UBND tỉnh …")
    body = _opening_body(item)
    if body is None and item.kind not in ("dash", "plus") and "," in head[:200] and _body_word(head):
        # bodies named one after another, then their task: "Đảng ủy Quân sự
        # tỉnh, Đảng ủy Công an tỉnh lãnh đạo …" (see _opening_bodies)
        bodies = _opening_bodies(item)
        body = bodies[-1] if bodies else None
    if body is None or len(body.split()) < 2:
        return False
    rest = head[head.find(body) + len(body) :].strip(" :,") if body in head else ""
    if P.DONE_OR_REPORTED.match(rest, 0, None, False):
        return False  # what was done or heard, not a task
    return bool(rest[:1].islower()) or (bool(item.children) and head.rstrip().endswith(":"))


def _conclusion_gives(item: Section) -> bool:
    """Whether an item's heading is the issuing committee's conclusion and its
    text, after the colon, gives bodies a task ("1. Ban Thường vụ Tỉnh ủy kết
    luận:" / "giao các đảng ủy …"): one sentence, as "… kết luận, giao …" is."""
    return (
        item.heading is not None
        and item.text[:1] in "gyđ"
        and P.GIVING_OPENING.match(item.text) is not None
        and P.COMMITTEE_CONCLUDES_HEADING.match(item.heading) is not None
    )


def _without_giving(item: Section) -> Section:
    """The item as its body opens it, without "Giao " before ("Giao Sở Y tế
    chủ trì …"); a committee's conclusion giving the task, read as one
    sentence ("Ban Thường vụ Tỉnh ủy kết luận: giao Ban Tổ chức …")."""
    if _conclusion_gives(item):
        return item.model_copy(update={"heading": None, "text": f"{item.heading}: {item.text}"})
    head = item.heading or item.text.split("\n")[0]
    if head[:5].lower() != "giao ":
        return item
    return item.model_copy(update={"heading": head[5:]} if item.heading else {"text": item.text[5:]})


def _from_duty_headings(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """Articles and items headed by a body's duties, anywhere in the text:
    "Điều 9. Trách nhiệm của Bộ Tài chính" / "1. Hướng dẫn …" / "2. Kiểm tra …"
    gives Bộ Tài chính those tasks; "Nhiệm vụ của UBND cấp xã" its text. A
    heading over items headed by bodies ("Trách nhiệm của các bộ, ngành" / "1.
    Bộ Y tế: …") leaves them to those bodies."""
    if not any(ct.text.find(w, lo, hi) >= 0 for w in P.DUTY_OF_WORDS):
        return []  # (most texts have no such heading: a walk saved)
    items = [
        s
        for s in _walk_of(sections, ("article", "arabic", "roman", "letter"))
        if s.heading
        and (s.children or s.text.strip())  # (a table of contents lists headings alone)
        and P.DUTY_OF.match(s.heading, 0, None, False)
        and _in_range(s.span, lo, hi)
        and not _addressed(s.children)
    ]
    # "… của các cơ quan, tổ chức, cá nhân có liên quan" names no one (anyone);
    # a class naming firms among them, "… của các cơ quan, tổ chức, doanh
    # nghiệp, cá nhân có liên quan", is the firms and bodies the text regulates
    items = [
        s
        for s in items
        # (a heading in capitals too: "IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ")
        if not P.EXECUTORS_TAIL.match(" " + (tail := (s.heading or "").lower().split(" của ", 1)[-1]))
        or "doanh nghiệp" in tail
        # (a class the text regulates, by what it does: "… của tổ chức, cá
        # nhân đầu tư sản xuất kinh doanh trong cụm công nghiệp")
        or P.REGULATED_CLASS.match(tail)
    ]
    members: list[Assignment] = []
    items = [_without_member_points(ct, s, level, members) for s in items]
    # one body's duties in several fields ("… cấp xã trong lĩnh vực A", "… B")
    return _one_per_body([a for a in _from_items(ct, items, level) if not is_generic(a.agency)] + members)


# The words after a term that make an item's head its duties: "1. Cơ quan có
# thẩm quyền có trách nhiệm:" (lowered).
_DUTY_HEAD_TAILS = (" có trách nhiệm", " chịu trách nhiệm")


def _from_defined_term_heads(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """An item headed by a term the text defined earlier for bodies and its
    duty ("Các sở, ngành và UBND cấp huyện (sau đây gọi là cơ quan có thẩm
    quyền)" / "1. Cơ quan có thẩm quyền có trách nhiệm:" / "a) …"): the term
    is the assignee, its points the tasks. A generic term no definition names
    ("Cơ quan chủ quản có trách nhiệm:") is left alone."""
    terms = {fold(m["alias"]) for m in P.ALIAS.finditer(ct.text, 0, hi)}
    out: list[Assignment] = []
    for s in _walk_parents(sections):
        if s.kind not in ("arabic", "roman", "letter") or not s.heading or not _in_range(s.span, lo, hi):
            continue
        head = s.heading.strip().rstrip(":").rstrip()
        low = head.lower()
        tail = next((t for t in _DUTY_HEAD_TAILS if low.endswith(t)), None)
        if tail is None:
            continue
        term = head[: -len(tail)].strip()
        if fold(term) in terms and len(term.split()) >= 2:
            out.append(_assignment(ct, term[:1].upper() + term[1:], s, False, level, _full_text(s)))
    return out


def _from_body_articles(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """Articles headed by a body's name alone ("Điều 8. Thanh tra Bộ Quốc
    phòng" / its clauses), in a chapter on duties ("Chương III. TRÁCH NHIỆM
    CỦA CÁC CƠ QUAN, ĐƠN VỊ") or beside another such article in any chapter
    ("Điều 5. Thanh tra Sở", "Điều 6. Văn phòng Sở"): each is that body's."""
    out: list[Assignment] = []
    for s in _walk_of(sections, ("part", "roman")):
        if not _in_range(s.span, lo, hi):
            continue
        headed = [
            (art, head)
            for art in s.children
            if art.kind == "article"
            and (head := (art.heading or "").strip())
            and _looks_like_agency(head)
            and _is_body_name(head)
        ]
        if not P.DUTIES_HEADING.search(s.heading or "", 0, None, False):
            # (elsewhere a body's name for sure, opening with a body's word:
            # not "Thẻ bảo hiểm y tế", "Giảng viên … cao cấp")
            headed = [(art, head) for art, head in headed if _names_a_body(head) or _inspectorate(head)]
            if len(headed) < 2:
                continue
        out += [_assignment(ct, head, art, False, level, _full_text(art)) for art, head in headed]
    return out


def _without_member_points(ct: CleanText, item: Section, level: str | None, members: list[Assignment]) -> Section:
    """A committee's duties without the points its members' bodies are given
    by their heads' posts ("2. Phân công nhiệm vụ thành viên:" / "d) Trưởng
    phòng Kinh tế: Là cơ quan thường trực …; tổng hợp báo cáo …"): each such
    point is that body's (added to ``members``); the committee's own posts
    ("Trưởng ban", "Phó Trưởng ban") name no body and stay its."""
    kept: list[Section] = []
    changed = False
    for c in item.children:
        body = _member_body(c.heading) if c.heading and c.kind in ("arabic", "letter", "dash", "plus") else None
        if body is not None:
            members.append(_assignment(ct, body, c, False, level, _full_text(c)))
            changed = True
            continue
        pruned = _without_member_points(ct, c, level, members) if c.children else c
        changed = changed or pruned is not c
        kept.append(pruned)
    return item.model_copy(update={"children": kept}) if changed else item


def _member_body(heading: str) -> str | None:
    """The body a point's heading names by its head's post ("Trưởng phòng
    Kinh tế" -> "Phòng Kinh tế", "Chánh Văn phòng HĐND và UBND xã"), or None
    (a committee's own post, or no post)."""
    body = without_title(heading)
    if body == heading or len(body.split()) < 2 or not _opens_with_head_word(body):
        return None
    body = body[:1].upper() + body[1:]
    return body if _looks_like_agency(body) and len(_agency_names(body)[0]) == 1 else None


@lru_cache(maxsize=1024)
def _member_assignee(head: str) -> tuple[str, str] | None:
    """Whom a committee member's or a leader's item gives its tasks ("Ông Lê
    Văn Thảo, Trưởng phòng Nông nghiệp … huyện - Phó Trưởng ban" -> "Phòng
    Nông nghiệp … huyện", "Phó Trưởng Công an huyện - Thành viên" -> "Công an
    huyện"): the body the post heads, without the person and the committee
    post; a people's committee's leader is the post as written ("Phó Chủ tịch
    UBND xã Nguyễn Văn Hòa" -> "Phó Chủ tịch UBND xã"). With it the post as
    written and the person it names ("" if none). None: no person nor
    committee post beside a head's title."""
    rest = head.strip()
    person = P.MEMBER_PERSON_OPENING.match(rest)
    marked = person is not None
    who = (person["name"] or "") if person else ""
    if person:
        rest = rest[person.end() :]
        # (an item's line going on with the post's task, "Đồng chí Bí thư chi
        # bộ chủ trì quán triệt …": the post ends before its verb, as a body's
        # name does; the honorific is no part of it)
        if (end := _list_end(rest)) is not None and end.start() > 0:
            rest = rest[: end.start()].rstrip(" ,")
    member_of = P.MEMBER_OF_COMMITTEE_OPENING.match(rest) if rest[:1] in "ỦU" else None
    if member_of:
        rest, marked = rest[member_of.end() :], True
    for tail in (P.MEMBER_PERSON_TAIL, P.MEMBER_ROLE_TAIL, P.MEMBER_PERSON_TAIL):
        m = tail.search(rest)
        if m and m.start() > 0:
            rest, marked = rest[: m.start()].rstrip(" ,-–"), True
            who = m.groupdict().get("name") or who
    name = P.MEMBER_TRAILING_NAME.search(rest)
    if name and is_person_name(name["name"]) and not _unit_named_after_person(rest[: name.start()], name["name"]):
        rest, marked, who = rest[: name.start()], True, name["name"]
    if not marked:
        return None
    # (a deputy heads the body as its head does: "Phó Trưởng Công an huyện")
    post = rest[4:] if rest.startswith("Phó ") and not fold(rest).startswith(("phochutich", "phogiamdoc")) else rest
    body = without_title(post)
    if body == post or len(body.split()) < 2:
        return None
    body = body[:1].upper() + body[1:]
    if body_key(body).startswith("uybannhandan"):
        body = rest  # (the leader, not the whole committee)
    return (body, f"{rest.strip()} {who}" if who else "") if _looks_like_agency(without_title(body)) else None


def _from_duty_clauses(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """An article or item on duties that names no body ("Điều 4. Trách
    nhiệm quản lý nhà nước về …", "2. Trách nhiệm thi hành") gives each of
    its clauses that opens with a body to that body: "2. Bộ Xây dựng hướng
    dẫn …", "3. Bộ Y tế thực hiện các nội dung sau:" / "a) …"."""
    out: list[Assignment] = []
    if not any(w in ct.text for w in ("nhiệm", "NHIỆM", "hạn", "HẠN")):
        return out  # (no heading on duties: a walk saved)
    for s in _walk_parents(sections):
        if not (
            s.heading
            and s.kind in ("article", "arabic", "roman")
            and P.DUTY_LEAD.match(s.heading)
            and not P.DUTY_OF.match(s.heading)
            and _in_range(s.span, lo, hi)
        ):
            continue
        tasks_part = fold(s.heading[:12]).startswith("nhiemvu")  # (a part on tasks, not on a body's duties)
        for c in s.children:
            if c.children and P.DIRECTS_OTHERS.search(c.heading or ""):
                continue  # "2. Sở Y tế chỉ đạo các đơn vị:" / "- CDC: …": read by body (see _from_items)
            name = _opening_body(c)
            head = c.heading or c.text
            opening = P.REQUEST_OPENING.match(head) if head[:1] in "ĐđKkYy" else None
            if name is None and opening is not None:
                # "5. Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể chính
                # trị - xã hội phường vận động …": each body asked
                rest = head[opening.end() :]
                names = [n for n in _agency_names(rest)[0] if _body_word(n) and _looks_like_agency(n)]
                if names and rest.startswith(names[0]):
                    out += [_assignment(ct, n, c, True, level, _full_text(c)) for n in names if not is_generic(n)]
                continue
            if name is not None and tasks_part and _topic_label(ct, c):
                continue  # "II. NHIỆM VỤ CỤ THỂ" / "3. Tổ công nghệ số cộng đồng: 100% thôn có …": a topic
            if name is not None and not is_generic(name):
                # ("7. Đề nghị Ủy ban MTTQ Việt Nam phường phối hợp …": asked, not given)
                asked = opening is not None
                out.append(_assignment(ct, name, c, asked, level, _full_text(c)))
    return _one_per_body(out)


# A body given several duties keeps its strongest role.
RANK_OF_ROLE = {"lead": 3, "responsible": 2, "support": 1, "requested": 0, "recommended": 0}


def _unseen(found: list[Assignment], more: list[Assignment]) -> list[Assignment]:
    """The assignments of ``more`` to bodies not ``found`` before. A body
    found before keeps its one assignment and role, and gains the tasks
    found for it elsewhere (their spans apart from the ones it has); a body
    found doing its tasks alone leads when it leads the tasks it gains."""
    if not more:
        return more
    first: dict[str, Assignment] = {}
    have: dict[str, list[Span]] = {}
    for a in found:
        kept = first.setdefault(a.agency.lower(), a)
        if kept is not a and sum(map(str.isupper, a.agency)) > sum(map(str.isupper, kept.agency)):
            kept.agency = a.agency  # (its name as a name, capitalised)
        have.setdefault(a.agency.lower(), []).extend(t.span for t in a.tasks)
    out: list[Assignment] = []
    for a in more:
        same = first.get(a.agency.lower())
        if same is None:
            out.append(a)
            continue
        if sum(map(str.isupper, a.agency)) > sum(map(str.isupper, same.agency)):
            same.agency = a.agency
        spans = have[a.agency.lower()]
        tasks = [t for t in a.tasks if not any(_overlap(t.span, h) for h in spans)]
        if tasks:
            spans.extend(t.span for t in tasks)
            same.tasks = sorted(same.tasks + tasks, key=lambda t: t.span.start)
            same.deadlines += [
                d for d in a.deadlines if d.span is None or any(_overlap(d.span, t.span) for t in tasks)
            ]
            if _OWN_WORK.get(same.role) == a.role:
                same.role = a.role  # (what it leads elsewhere makes its own work led: see _merge_repeated)
    return out


def _allotted_bodies_named(indicators: list[Indicator], assignments: list[Assignment], level: str | None, date: str | None) -> None:
    """The body a goals table's row gives its targets ("Đơn vị chủ trì" /
    "Công an xã", ``allotted_to`` of kind "body") named by its canonical name,
    as an assignment to it is: the text's own assignment to that body's, else
    the commune's department (a commune's text since the 2025 reform), else
    the agency table's; none where none knows it."""
    named: dict[str, str | None] = {}
    for i in indicators:
        for t in i.targets:
            by = t.allotted_to
            if by is None or by.kind != "body" or by.canonical is not None:
                continue
            if by.name not in named:
                key = body_key(without_title(by.name))
                same = next((a.canonical for a in assignments if a.canonical and body_key(without_title(a.agency)) == key), None)
                if same is None and level == "ward":
                    same = commune_department(by.name, date)
                if same is None and (m := classify_agency(by.name, level)) is not None:
                    same = m.canonical
                named[by.name] = same
            by.canonical = named[by.name]


def _item_opens_with(ct: CleanText, a: Assignment) -> bool:
    """Whether ``a``'s item opens with its body's name ("2. Các trường mầm
    non, tiểu học … trên địa bàn xã" / "- Chủ trì …"): the body's own item."""
    start = ct.to_clean(a.span.start)
    line = ct.text[start : start + len(a.agency) + 40].split("\n", 1)[0]
    mark = P.ITEM_MARK.match(line)
    said = line[mark.end() :] if mark else line
    name = fold(a.agency)
    # (the folded first letter first, then the whole line: fold reads each
    # character apart, so the line's folded text opens with its first
    # letter's; most mentions open with another word, "Chỉ đạo …")
    first = next((f for c in said if (f := fold(c))), "")
    if name and first[:1] != name[:1]:
        return False
    return fold(said).startswith(name)


def _item_names(ct: CleanText, a: Assignment) -> bool:
    """Whether ``a``'s body is one its item's opening line names with others
    ("1. Các Bộ trưởng, …, Chủ tịch UBND các tỉnh, thành phố: …"): its own
    item, held jointly, no mention in another body's."""
    at = ct.to_clean(a.span.start)  # (its line as read: a heading's name may break across lines)
    line = ct.text[at : at + 400].split("\n", 1)[0]
    mark = P.ITEM_MARK.match(line)
    names = _agency_names(line[mark.end() :] if mark else line)[0]
    own = body_key(without_title(a.agency))
    return any(own in body_key(without_title(n)) for n in names)


def _one_body(a: Assignment, b: Assignment) -> bool:
    """Whether ``a`` and ``b`` name one body: one name, or one canonical name
    at one level (a class by its short and its full name, "các trường" and
    "Các trường tiểu học, trung học cơ sở trên địa bàn phường"), not bodies
    by the generic words for any body."""
    if body_key(without_title(a.agency)) == body_key(without_title(b.agency)):
        return True
    return a.canonical is not None and a.canonical == b.canonical and a.level == b.level and not (_any_bodies(a.agency) or _any_bodies(b.agency))


def _done_in_own_item(task: str, agency: str, own: list[Task]) -> bool:
    """Whether a duty another body's item gives ``agency`` (``task``, "các
    trường học điều tra, cập nhật số liệu") is already one of its own item's
    (``own``): carrying out the plan itself (P.PLAN_ITSELF_DUTY: its own item
    is how it does), or a task holding two thirds of the duty's words."""
    duty = task[len(agency) :] if task.lower().startswith(agency.lower()) else task
    if P.PLAN_ITSELF_DUTY.match(duty.strip(" ,.;")):
        return True
    words = set(P.WORD.findall(duty.lower()))
    if not words:
        return True
    return any(3 * len(words & set(P.WORD.findall(t.text.lower()))) >= 2 * len(words) for t in own)


def _mentions_in_own_items(ct: CleanText, assignments: list[Assignment]) -> list[Assignment]:
    """``assignments`` with a body another body's item names as a doer
    (directed, "hướng dẫn các trường học điều tra …", or the subject of a
    later clause) that has an item of its own ("2. Các trường mầm non, tiểu
    học, trung học cơ sở trên địa bàn xã") read as that item's assignment, in
    the same role (its own work, led or done alone, one): the name as its
    item writes it, its item's span, its own tasks first; the other item's
    clause adds a task only where it is not one of these already
    (``_done_in_own_item``). Guiding a body is the guide's task (kept there);
    "hướng dẫn các trường thực hiện Kế hoạch" gives the schools nothing their
    own item does not."""
    own = [a for a in assignments if _item_opens_with(ct, a)]
    if not own or len(own) == len(assignments):
        return assignments
    mine = {id(a) for a in own}
    # (the items opening with a body's name, by their start: a mention is in another body's)
    items: dict[int, list[Assignment]] = {}
    for o in own:
        items.setdefault(o.span.start, []).append(o)
    out: list[Assignment] = []
    for a in assignments:
        role = _OWN_WORK.get(a.role, a.role)
        home = (
            None
            if id(a) in mine or not any(not _one_body(o, a) for o in items.get(a.span.start, ())) or _item_names(ct, a)
            else next(
                (o for o in own if o.span.start != a.span.start and _OWN_WORK.get(o.role, o.role) == role and _one_body(o, a)),
                None,
            )
        )
        if home is None:
            out.append(a)
            continue
        have = list(home.tasks)
        for t in a.tasks:
            if _done_in_own_item(t.text, a.agency, have):
                continue
            home.tasks.append(t)
            for d in a.deadlines:
                if d.span is None or _overlap(d.span, t.span):
                    if d.agency == a.agency:
                        d.agency = home.agency
                    home.deadlines.append(d)
        if RANK_OF_ROLE.get(a.role, 0) > RANK_OF_ROLE.get(home.role, 0):
            home.role = a.role
    return out


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _one_per_body(assignments: Iterable[Assignment]) -> list[Assignment]:
    """One assignment per body, holding all its tasks, deadlines and
    indicators, with its strongest role."""
    return _merged(assignments, by_role=False)


def _merge_repeated(
    assignments: list[Assignment], same_as: Callable[[str], str] | None = None, level: str | None = None
) -> list[Assignment]:
    """One body given tasks in the same role in several places ("3. Cục
    Hàng không Việt Nam có trách nhiệm:" in two articles) is one assignment
    holding all its tasks; in another role it stays apart, so that what it
    leads is told from what it supports. What it does alone is its own work
    as what it leads is ("1. Sở Y tế: Chủ trì …" and "9. Giao Sở Y tế theo
    dõi, đôn đốc …"): one assignment, led. ``same_as``: a name as the text
    makes it one with another (see ``_defined_names``); ``level``: the
    document's (see ``_plain_body``)."""
    return _merged(assignments, by_role=True, same_as=same_as, level=level)


# Roles merged as one: the body's own work, led or done alone.
_OWN_WORK = {"responsible": "lead"}


def _merged(
    assignments: Iterable[Assignment],
    *,
    by_role: bool,
    same_as: Callable[[str], str] | None = None,
    level: str | None = None,
) -> list[Assignment]:
    """Assignments to one body (in one role, ``by_role``) merged into the
    first, in their order; ``same_as``: a name as the text makes it one with
    another."""
    merged: dict[tuple[str, str], Assignment] = {}
    assignments = list(assignments)
    one = same_as or (lambda name: name)
    # (each body's name without its head's title, and its key, made once: the loop wants them again)
    untitled = [without_title(a.agency) for a in assignments] if by_role else []
    untitled_keys = [body_key(_plain_body(one(body), level)) for body in untitled]
    in_full = _owned_in_full(set(untitled_keys)) if by_role else {}
    for i, a in enumerate(assignments):
        # (a name written in another case is the same body's: "Công ty Cổ phần
        # Vận tải Sông Hồng" addressed, "Công ty cổ phần vận tải Sông Hồng" asked)
        # (nor one named by its head's title or with "UBND" spelt out:
        # "Thủ trưởng các sở, ban, ngành" is "các sở, ban, ngành", "Bộ trưởng
        # Bộ Công an" the Bộ Công an, "Ủy ban nhân dân xã" the "UBND xã")
        # (in one role only: a reading of one part merges its body's roles)
        body = untitled[i] if by_role else a.agency
        if by_role and body is not a.agency and _deputy_leader(a.agency, body):
            body = a.agency  # (a deputy chairman's duties are his own: "Phó Chủ tịch UBND xã")
        # (nor one named in the plural, "trực thuộc" the issuer or in the issuer's
        # unit: "Các chi bộ trực thuộc", "Các chi bộ", "Chi bộ" are one body)
        if not by_role:
            key = (a.agency.lower(), "")
        elif body is untitled[i]:
            key = (untitled_keys[i], _OWN_WORK.get(a.role, a.role))
        else:
            key = (body_key(_plain_body(one(body), level)), _OWN_WORK.get(a.role, a.role))
        if by_role:
            key = (in_full.get(key[0]) or _unowned(key[0]), key[1])
        same = merged.get(key)
        if same is None:
            merged[key] = a
            continue
        # the body's own name before its head's; else its name as a name, capitalised
        titled, same_titled = body != a.agency, without_title(same.agency) != same.agency
        if (same_titled and not titled) or (
            titled == same_titled and sum(map(str.isupper, a.agency)) > sum(map(str.isupper, same.agency))
        ):
            same.agency = a.agency
        _absorb(same, a)
    for same in merged.values():
        for d in same.deadlines:
            if d.agency is not None and d.agency != same.agency and body_key(without_title(d.agency)) == body_key(without_title(same.agency)):
                d.agency = same.agency
    return list(merged.values())


# Sectors whose canonical name is a class of bodies named together ("Các bộ,
# ngành", "UBND các xã, phường"), never one body by its own name.
_CLASS_SECTORS = frozenset(["interdisciplinary", "lower_government"])
# Names (folded) of bodies by the generic words for any body, "các cơ quan,
# đơn vị" (also by their heads, "Người đứng đầu các cơ quan …"): the class is
# a guess, not said; they stay apart.
_ANY_BODY_WORDS = ("caccoquan", "cacdonvi", "cactochuc")


def _any_bodies(name: str) -> bool:
    """Whether ``name`` names bodies by the generic words for any body (see _ANY_BODY_WORDS)."""
    f = fold(without_title(name))
    return any(w in f for w in _ANY_BODY_WORDS)


# Classes the table names ("Các doanh nghiệp, cơ sở", "Các cơ sở y tế"): one
# class however written, also by the generic words for any body.
# ("Các doanh nghiệp, cơ sở" only named by its kinds alone: see P.KINDS_ONLY_CLASS)
_TABLE_CLASSES = frozenset(["Các cơ sở y tế", "Các cơ sở giáo dục nghề nghiệp", "Các cơ sở giáo dục đại học", "Các cơ sở giáo dục", "Các trường học"])


def _short_names(text: str, assignments: list[Assignment], level: str | None) -> frozenset[str]:
    """A body's short name is that body: one given in brackets, "Ban Chỉ đạo
    Quốc gia … (sau đây gọi tắt là Ban Chỉ đạo)", and a council's used after
    its full name ("Hội đồng xét thăng hạng chức danh …", then "Hội đồng xét
    thăng hạng"): the short name's assignments take the full name's canonical
    name. Returns the canonical names so given (merged per body)."""
    given: set[str] = set()
    if "(" in text:
        for m in P.ALIAS.finditer(text):
            alias = " ".join(m["alias"].split())
            first = alias.split()[0] if alias else ""
            if not first[:1].isupper():
                continue  # ("chứng chỉ tư vấn": a thing, no body)
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
            before = text[line_start : m.start()]
            at = before.rfind(first + " ")
            if at < 0 or (at > 0 and before[at - 1] not in " \t"):
                continue
            full = " ".join(before[at:].split())
            if len(full) <= len(alias) or not full.startswith(alias):
                continue  # (a name of another kind, "… (sau đây gọi tắt là Công ty)" keeps its rules)
            found = classify_agency(full, level)
            canonical = found.canonical if found is not None and found.canonical else full
            for a in assignments:
                if fold(without_title(a.agency)) == fold(alias):
                    a.canonical = canonical
                    if found is not None:
                        a.sector = found.sector
                    given.add(canonical)
    councils = [a for a in assignments if a.sector == "ad_hoc_councils" and a.canonical]
    for a in councils:
        for named in councils:
            if named.canonical and a.canonical and named.canonical.startswith(a.canonical + " "):
                a.canonical = named.canonical
                given.add(named.canonical)
    return frozenset(given)


def _one_per_class(assignments: list[Assignment], named_twice: frozenset[str] = frozenset()) -> list[Assignment]:
    """Names of one class of bodies in one role are one assignment: "Các Bộ
    trưởng" and "Thủ trưởng cơ quan ngang bộ" of an executors' clause, or the
    supporting "Các bộ, ngành có liên quan" and "các bộ, ngành, địa phương"
    of a table's rows, are all "Các bộ, ngành" (the first name kept; each
    task and deadline keeps its own span). Bodies of a class with names of
    their own ("Thôn Bản Mế") have their own canonical name, so stay apart."""
    merged: dict[tuple[str, str, str], Assignment] = {}
    out: list[Assignment] = []
    for a in assignments:
        # (the issuer's own units are a class the text defines, not a guess:
        # "các đơn vị thuộc Bộ có liên quan" and "Thủ trưởng các đơn vị thuộc Bộ")
        own_units = a.sector == "own_units"
        # (a body named in full and by its short name, and a class the table
        # names, are one however written: "Các cơ quan, tổ chức, doanh nghiệp")
        one = a.canonical in named_twice or (a.sector not in _CLASS_SECTORS and a.canonical in _TABLE_CLASSES) or (
            a.sector == "enterprises" and P.KINDS_ONLY_CLASS.fullmatch(without_title(a.agency)) is not None
        )
        if a.canonical is None or not (one or own_units or a.sector in _CLASS_SECTORS) or (not (one or own_units) and _any_bodies(a.agency)):
            out.append(a)
            continue
        key = (a.canonical, a.level or "", _OWN_WORK.get(a.role, a.role))
        same = merged.get(key)
        if same is None:
            merged[key] = a
            out.append(a)
            continue
        if a.span is not None and a.span == same.span and body_key(a.agency) not in body_key(same.agency):
            # one item naming two of the class apart ("7. Trưởng thôn, Tổ
            # trưởng tổ dân phố"): the one kept is named as printed, none dropped
            before = same.agency
            same.agency = f"{same.agency}, {a.agency}"
            for d in same.deadlines:
                if d.agency == before:
                    d.agency = same.agency
        _absorb(same, a)
    return out


def _firms_required(ct: CleanText, assignments: list[Assignment]) -> None:
    """A firm a letter or notice requires to act, in its item's opening lines
    ("2. Yêu cầu đối với Công ty X" / "… Sở Công Thương yêu cầu Công ty X
    thực hiện:"), is asked, `requested`, as a firm asked by "đề nghị" is: the
    issuer orders no business (an order to its own body, "2. Yêu cầu Sở Nội
    vụ", stays its duty)."""
    for a in assignments:
        if a.role != "responsible" or a.sector != "enterprises" or a.span is None:
            continue
        head = ct.source[a.span.start : a.span.start + 600]
        if "yêu cầu" not in head.lower():  # (a cheap test before folding)
            continue
        head = fold(" ".join(head.split("\n")[:3]))
        name = fold(a.agency)
        if "yeucau" + name in head or "yeucaudoivoi" + name in head:
            a.role = "requested"


def _named_firms(text: str) -> list[str]:
    """The firms ``text`` names by their form and own name, once each, in order."""
    out: list[str] = []
    keys: set[str] = set()
    for m in P.NAMED_FIRM.finditer(text):
        name = m.group(0).strip()
        words = name.split()
        # (a name of its own: a capitalised word past the form, "Công ty TNHH Hiệp Phú"; not "Công ty đã …")
        if not any(w[:1].isupper() for w in words[2:]) or (key := body_key(name)) in keys:
            continue
        keys.add(key)
        out.append(name)
    return out


def _referents(ct: CleanText, a: Assignment, addressees: list[str], lo: int) -> list[str]:
    """The bodies a letter's or notice's body named by pointing back ("đơn vị
    nêu trên") or by the generic word alone ("các đơn vị") is: the body of the
    "Đối với X" it is asked under; else, pointing back, the firms the text
    named before it; else the letter's addressees."""
    name = a.agency
    pointing = P.ANAPHORIC_BODY.match(name) is not None or P.BACK_REFERENCE.match(name) is not None
    if not pointing and not P.ANY_UNITS.match(name):
        return []
    where = ct.source[a.span.start : a.span.end]
    at = where.find(name)
    concerns = [m["body"] for m in P.ITEM_CONCERNS.finditer(where, 0, max(at, 0))]
    if concerns:
        body = P.COUNTED_CLASS.sub("các ", concerns[-1].split(" (")[0].strip())
        if classify_agency(body) is not None:
            return [body]
    if pointing and (firms := _named_firms(ct.source[lo : a.span.start])):
        return firms
    return list(addressees)


def _resolved_referents(
    ct: CleanText, assignments: list[Assignment], addressees: list[str], lo: int, level: str | None
) -> list[Assignment]:
    """Bodies named by pointing back or by the generic word in a letter or
    notice, resolved (see ``_referents``): the words stay as written in
    ``agency`` while the text is read (named by the body once all is read:
    _referents_named), each body they are gives ``canonical``, ``sector`` and
    ``level`` (one assignment per body); one already given a task there
    (the addressee asked again in the closing paragraph) takes these tasks
    instead. Asked of firms, which no state body commands, it is a request."""
    out: list[Assignment] = []
    for a in assignments:
        bodies = _referents(ct, a, addressees, lo)
        if not bodies:
            out.append(a)
            continue
        for body in bodies:
            m = classify_agency(body, level)
            canonical = m.canonical if m else " ".join(body.split())
            key = body_key(body)
            same = next(
                (
                    b for b in assignments
                    if b is not a and (body_key(b.agency) == key or (m is not None and m.sector == b.sector and b.canonical == canonical))
                ),
                None,
            )
            if same is not None and same.span is not None:
                _take_tasks_and_deadlines(same, a, reown=False)
                continue
            sector = m.sector if m else None
            role = "requested" if a.role == "responsible" and sector == "enterprises" else a.role
            out.append(
                a.model_copy(
                    update={
                        "canonical": canonical,
                        "sector": sector,
                        "level": None if sector == "enterprises" else (m.level if m else a.level),
                        "role": role,
                    },
                    deep=True,
                )
            )
    return out


def _task_start(t: Task) -> int:
    return t.span.start


def _take_tasks_and_deadlines(same: Assignment, a: Assignment, *, reown: bool) -> None:
    """``a``'s tasks and deadlines added to ``same``'s: the tasks in the
    document's order, once each; a deadline read twice once; with ``reown``,
    a deadline ``a`` owned under its name owned under ``same``'s."""
    same.tasks = sorted(_without_repeats(same.tasks, a.tasks), key=_task_start)
    have = {(d.text, d.span.start if d.span else -1) for d in same.deadlines}
    for d in a.deadlines:
        if (d.text, d.span.start if d.span else -1) not in have:
            if reown and d.agency == a.agency:
                d.agency = same.agency
            same.deadlines.append(d)


def _absorb(same: Assignment, a: Assignment) -> None:
    """``a`` folded into ``same``, the assignment kept: its tasks, in the
    document's order (readings of several kinds found them); its deadlines,
    one read twice once, owned under the name kept; its indicators; the
    stronger role."""
    _take_tasks_and_deadlines(same, a, reown=True)
    same.indicators += [i for i in a.indicators if i not in same.indicators]
    if RANK_OF_ROLE.get(a.role, 0) > RANK_OF_ROLE.get(same.role, 0):
        same.role = a.role


# The unit words of a document's own level: "xã" in a commune's plan.
_OWN_UNIT_WORDS = {
    "ward": ("xã", "phường", "thị trấn"),
    "district": ("huyện", "quận", "thị xã", "thành phố"),
    "province": ("tỉnh", "thành phố"),
}


def _plain_body(name: str, level: str | None) -> str:
    """``name`` less the words that name no other body: a plural "Các"
    opening it, a closing unit word of the document's own ``level`` ("các
    đoàn thể xã" in a commune's plan are "đoàn thể")."""
    words = name.split()
    if len(words) > 2 and words[0].lower() == "các":
        words = words[1:]
    plain = " ".join(words)
    units = _OWN_UNIT_WORDS.get(level or "", ())
    lowered = plain.lower() if units else ""  # (once, not a join and a lowering for each unit word)
    for unit in units:
        n = unit.count(" ") + 1
        if len(words) > n + 1 and lowered.endswith(" " + unit):
            return " ".join(words[:-n])
    return plain


def _unowned(key: str) -> str:
    """A body "trực thuộc" whose owner goes unsaid is the issuer's own: its
    kind of body ("chi bộ trực thuộc" is "chi bộ"; keys as ``body_key``)."""
    return key[:-9] if key.endswith("tructhuoc") and len(key) > 13 else key


_UNIT_WORDS_BEFORE_NAME = ("thị trấn", "thị xã", "thành phố", "phường", "xã", "huyện", "quận", "tỉnh")


def _unit_named_after_person(before: str, name: str) -> bool:
    """Is ``name``, after the unit word ending ``before``, a unit the gazetteer
    holds ("UBND phường Lê Hồng Phong", "thị trấn Trần Hưng Đạo"): then it is
    the unit's name, not a person's (wards named after persons are common)."""
    low = before.rstrip().lower()
    word = next((w for w in _UNIT_WORDS_BEFORE_NAME if low.endswith(" " + w) or low == w), None)
    if word is None:
        return False
    from ..gazetteer import known_place  # (only here: a leader's item naming a person is rare)

    try:
        return known_place(f"{word} {name}")
    except RuntimeError:  # (no gazetteer installed: the name stays a person's)
        return False


def _deputy_leader(name: str, body: str) -> bool:
    """``name`` is a deputy chairman's post of the people's committee ``body``."""
    return name[:4] == "Phó " and fold(name).startswith("phochutich") and body_key(body).startswith("uybannhandan")


def _defined_names(text: str, issuer_name: str | None) -> Callable[[str], str] | None:
    """A body's name as the text makes it one with another: a short name it
    defines in brackets by the initials of the words before them written out
    ("Doanh nghiệp tư nhân (DNTN) Hoàng Long": "DNTN Hoàng Long" is
    "Doanh nghiệp tư nhân Hoàng Long"), and a locality of the issuer's
    province named after its kind dropped ("UBND tỉnh Lào Cai" in a text of
    Lào Cai is "UBND tỉnh"). None when the text makes none."""
    initials: list[tuple[str, str]] = []  # (short name, the words it stands for)
    if "(" in text:
        for m in P.INITIALS_BRACKET.finditer(text):
            short = m[1]
            words = text[max(0, m.start() - 120) : m.start()].split()[-len(short) :]
            if len(words) == len(short) and all(fold(w)[:1] == fold(c) for w, c in zip(words, short, strict=True)):
                full = " ".join(words)
                if all(fold(p) != fold(full) for _, p in initials):
                    initials.append((short, full))
    found = P.ISSUERS_PROVINCE.search(issuer_name) if issuer_name else None
    province = found[1].strip().lower() if found else ""
    if not initials and not province:
        return None
    # (a bound method, not a nested function: the compiled build keeps a nested
    # function's variables in a loop only the cyclic collector frees)
    return _DefinedNames(tuple(initials), province).name_of


class _DefinedNames:
    """The names a text makes one (see ``_defined_names``)."""

    def __init__(self, initials: tuple[tuple[str, str], ...], province: str) -> None:
        self.initials = initials  # (short name, the words it stands for)
        self.province = province  # the issuer's province, lowered ("" for none)

    def name_of(self, name: str) -> str:
        # (str.find, not a pattern made for the text: compiling one costs more
        # than the whole search)
        for short, full in self.initials:
            name = _replace_word(name, short, full)
        province = self.province
        low = name.lower()
        if province and len(low) == len(name):  # (offsets kept by lowering)
            k = low.find("tỉnh")
            while k >= 0:
                rest = low[k + 4 :]
                gap = len(rest) - len(rest.lstrip())
                end = k + 4 + gap + len(province)
                if (
                    gap
                    and (k == 0 or not low[k - 1].isalnum())
                    and low.startswith(province, k + 4 + gap)
                    and (end == len(low) or not low[end].isalnum())
                ):
                    name = name[: k + 4] + name[end:]
                    low = name.lower()
                k = low.find("tỉnh", k + 4)
        return name


class _OwnCommitteeName:
    """A council committee's name alone as its full name, in its own text
    (see _council_committees_own_name); other names as ``inner`` makes them."""

    def __init__(self, short: str, full: str, inner: Callable[[str], str] | None) -> None:
        self.short = short  # (folded)
        self.full = full
        self.inner = inner

    def name_of(self, name: str) -> str:
        if fold(name) == self.short:
            return self.full
        return self.inner(name) if self.inner is not None else name


def _replace_word(text: str, word: str, by: str) -> str:
    """``text`` with ``word`` standing as a whole word replaced by ``by``."""
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        if (k == 0 or not text[k - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            text = text[:k] + by + text[end:]
            k = text.find(word, k + len(by))
        else:
            k = text.find(word, end)
    return text


def _owned_in_full(keys: set[str]) -> dict[str, str]:
    """Bodies "trực thuộc" named without their owner ("Các chi, đảng bộ trực
    thuộc"), each with the one name in ``keys`` saying it ("… trực thuộc
    Huyện ủy"): one body (keys as ``body_key`` gives them)."""
    out: dict[str, str] = {}
    for k in keys:
        if k.endswith("tructhuoc"):
            longer = [o for o in keys if o != k and o.startswith(k)]
            if len(longer) == 1:
                out[k] = longer[0]
    return out


def _without_repeats(tasks: list[Task], more: list[Task]) -> list[Task]:
    """``tasks`` and ``more`` less a task read twice, under the body's two
    names or cut at a clause once: of one text's two readings, one the
    other's start, the longer is kept."""
    out = list(tasks)
    for t in more:
        twin = next(
            (i for i, o in enumerate(out) if o.text.startswith(t.text) or t.text.startswith(o.text)),
            None,
        )
        if twin is None:
            out.append(t)
        elif len(t.text) > len(out[twin].text):
            out[twin] = t
    return out


def _from_duty_items(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """An item or article whose text is "X có trách nhiệm:" over items of its
    own gives X those items: "3. Ủy ban nhân dân cấp tỉnh có trách nhiệm:" /
    "a) Chỉ đạo …" / "b) Bố trí …"."""
    out: list[Assignment] = []
    for s in _walk_parents(sections):
        if not _in_range(s.span, lo, hi):
            continue
        # ("3. Bộ Nội vụ có trách nhiệm:" alone is the item's heading, its colon taken)
        line = s.text.split("\n")[-1] if s.text.strip() else f"{s.heading or ''}:"
        if not line.endswith(":") or "nhiệm" not in line:
            continue  # (before the pattern)
        m = P.DUTY_ITEM.match(line)
        if m is None:
            continue
        # (a party by its role, or the regulated persons as a class: one name, its commas and all)
        regulated = P.REGULATED_CLASS.match(m["body"]) is not None
        names = [m["body"]] if regulated or P.PARTY_BY_ROLE.match(m["body"]) else _agency_names(m["body"])[0]
        for name in names:
            # (a party by its role too: "1. Nhà cung cấp dịch vụ … có trách nhiệm báo cáo như sau:")
            if (regulated or _looks_like_agency(name) or P.PARTY_BY_ROLE.match(name)) and not is_generic(name):
                tasks = _tasks_of(s.children)
                out.append(_with_tasks(ct, name, False, _full_text(s), tasks, s.span, level))
    return out + _from_duty_sentences(ct, sections, lo, hi, level)


def _from_addressed_lead_ins(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """An item whose own paragraph names the bodies it requires to act before
    its lettered points, "… Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ
    quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố … chú trọng
    những nội dung sau:" / "a) …" / "b) …", gives those bodies every point
    that names no body of its own."""
    out: list[Assignment] = []
    for s in _walk_parents(sections):
        if len(s.children) < 2 or not s.text.endswith(":") or any(c.kind != "letter" for c in s.children):
            continue
        last = s.text.split("\n")[-1]
        if "yêu cầu " not in last or not _in_range(s.span, lo, hi):  # (before the pattern)
            continue
        m = P.ADDRESSEES_LEAD_IN.search(last)
        if m is None:
            continue
        names = [n for n in _agency_names(m["bodies"])[0] if _names_a_body(n) and not is_generic(n)]
        points = [c for c in s.children if _opening_body(c) is None]
        if not names or not points:
            continue
        tasks = _tasks_of(points)
        # (the role the lead-in gives: its points' "chủ trì" are the bodies' orders to others)
        out += [_with_tasks(ct, n, False, last, tasks, s.span, level) for n in names]
    return out


def _from_duty_sentences(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """An item without items of its own whose text opens with a body and its
    duty: "2. Sở Công Thương có trách nhiệm cập nhật dữ liệu …", "c) Định kỳ
    trước ngày 25 tháng 6 hằng năm, Ủy ban nhân dân cấp huyện báo cáo …" (a
    reporting regime). The item is the body's task, its date its deadline."""
    out: list[Assignment] = []
    # the cases a clause lists ("… hết hiệu lực … trừ các trường hợp sau:" /
    # "a) Bộ, cơ quan ngang bộ báo cáo …") are conditions, no duties
    cases = {
        id(c)
        for s in _walk_parents(sections)
        if P.CASES_LISTED.search(s.heading or s.text or "")
        for c in s.children
    }
    for s in _walk_of(sections, ("arabic", "letter", "article")):
        if s.children or id(s) in cases:
            continue
        own = f"{s.heading or ''} {s.text}"
        leading = s.kind == "article" and " chủ trì" in own
        if (
            "trách nhiệm" not in own
            and "báo cáo" not in own
            and " phải " not in own
            and "khẩn trương" not in own
            and "nghĩa vụ" not in own
            and not leading
        ):
            continue  # (before the pattern)
        if not _in_range(s.span, lo, hi):
            continue
        text = _full_text(s) if s.kind != "article" else s.text.strip()
        # a case opening it, then the body it binds and its duty, in any
        # article or item: "Trường hợp …, doanh nghiệp viễn thông có trách nhiệm …"
        case = P.CONDITIONED_DUTY.match(text) if text[:1] in "Tt" and "ường hợp" in text[:20] else None
        named: str | None = None
        by_kind: str | None = None
        if case is not None:
            name = " ".join(case["body"].split())
            # (not the last of a list of names: "…, cơ quan chuyên môn của Ngân hàng
            # Nhà nước Việt Nam, Bộ Tài chính có trách nhiệm …")
            listed = text[: case.start("body")].rstrip(", ").rsplit(None, 1)[-1][:1].isupper()
            named = name if s.kind == "article" and not listed and _names_a_body(name) else None
            # (a class by its kind, of a sector: no collective tail, whatever its first words)
            by_kind = _class_by_kind(name) if named is None else None
        bound = by_kind if by_kind is not None else named
        if bound is not None:
            if by_kind is not None or not is_generic(bound):
                task = Task(text=text, span=s.span)
                a = _with_tasks(ct, bound, False, text, [task], s.span, level)
                a.agency = name
                for d in a.deadlines:
                    d.agency = name
                out.append(a)
            continue
        if s.kind == "article":
            # an article's own sentences are read by the readings of articles,
            # but for one opening with its time limit, naming the body it binds:
            # "Trong thời hạn 30 ngày …, Công an tỉnh phải trả lời …"
            if "ngày" in text or "ịnh kỳ" in text:  # (before the pattern)
                for m in P.TIMED_SENTENCE.finditer(text):
                    sentence = m.group()
                    names = _duty_sentence_bodies(sentence)
                    task = Task(text=sentence, span=s.span)
                    out += [_with_tasks(ct, n, False, sentence, [task], s.span, level) for n in names]
            if leading:
                out += _lead_sentences(ct, s, text, level)
            continue
        names = _duty_sentence_bodies(text)
        if names:
            task = Task(text=text, span=s.span)
            out += [_with_tasks(ct, n, False, text, [task], s.span, level) for n in names]
    return out


def _lead_sentences(ct: CleanText, s: Section, text: str, level: str | None) -> list[Assignment]:
    """Each sentence of an article naming a body that leads its work is that
    body's own task, also after the generic executors' duty and when a case
    opens it: "… chịu trách nhiệm thi hành Nghị định này." / "Trong trường
    hợp cần thiết …, Bộ Tài chính chủ trì, phối hợp với Bộ Quốc phòng …
    xem xét, trình Chính phủ quyết định." (its span the sentence's)."""
    out: list[Assignment] = []
    for m in P.LEAD_SENTENCE.finditer(text):
        name = " ".join(m["body"].split())
        if not _names_a_body(name) or is_generic(name) or _list_end(name):
            continue
        sentence = m.group().strip()
        span = _sentence_span(ct, s.span, sentence)
        out.append(_with_tasks(ct, name, False, sentence, [Task(text=sentence, span=span)], span, level))
    return out


def _sentence_span(ct: CleanText, within: Span, sentence: str) -> Span:
    """The span of ``sentence``, found in the clean text of ``within``
    (``within`` itself if it is not found there as written)."""
    lo = ct.to_clean(within.start)
    at = ct.text.find(sentence, lo, ct.to_clean(within.end) + 1)
    return ct.span(at, at + len(sentence)) if at >= 0 else within


def _duty_sentence_bodies(text: str) -> list[str]:
    """The bodies a sentence binds by opening with their name and duty (see
    ``_from_duty_sentences``), after a clause of condition or time if any."""
    # (after a leading clause: "Sau khi hoàn thành thi công, Công ty X có trách nhiệm …")
    condition = P.CONDITION_OPENING.match(text) if text[:1] in P.CONDITION_INITIALS else None
    if condition and text[: condition.end()].rstrip(", ").rsplit(None, 1)[-1][:1].isupper():
        # (not inside a list of names: "…, cơ quan chuyên môn của Ngân hàng
        # Nhà nước Việt Nam, Bộ Tài chính có trách nhiệm …")
        condition = None
    m = P.DUTY_SENTENCE.match(text[condition.end() :] if condition else text)
    if m is None or (m["urgent"] and condition is None):
        # (an urgent order alone is read with the item it stands in: "i) Bộ
        # trưởng Bộ Tài chính - Phó Trưởng Ban … khẩn trương …" under its body's item)
        return []
    name = m["body"].strip()
    if any(w in name for w in P.CLAUSE_AFTER_NAME_WORDS) and (clause := P.CLAUSE_AFTER_NAME.search(name)):
        # "Ủy ban nhân dân cấp xã khi nhận được tin báo có trách nhiệm …":
        # the body before its clause of condition (the clause is the task's)
        name = name[: clause.start()]
    # (not a body running on into a verb: "Cục X xây dựng hệ thống thu thập
    # báo cáo"; an enterprise's name, ending with its own, holds such words:
    # "Công ty cổ phần Tư vấn xây dựng và thương mại Tiến Đạt")
    # (a party by its role names the dealings it is in, verbs and all:
    # "Nhà cung cấp dịch vụ chứng thực hợp đồng")
    party = P.PARTY_BY_ROLE.match(name) is not None and len(name.split()) <= 12
    # (and the regulated persons as a class: "Tổ chức, cá nhân hoạt động hóa
    # chất có nghĩa vụ …", "Tổ chức, cá nhân quy định tại khoản 1 Điều 9 …")
    regulated = name[:1] in "TtCc" and P.REGULATED_CLASS.match(name) is not None and len(name.split()) <= 16
    if regulated:
        return [name]
    if party and (state := P.PARTY_STATE.search(name)):
        name = name[: state.start()]  # "Nhà cung cấp X bị tạm dừng kết nối": which of them, the task's
    if _list_end(name) and not _enterprise_named(name) and not party:
        return []
    # ("Cục Quản lý xuất nhập cảnh, Bộ Công an": the Cục of that ministry, see
    # _units_with_their_parents; two bodies joined by "và", "Sở Giao dịch
    # Chứng khoán Việt Nam và Tổng công ty Lưu ký …", are each bound)
    names = _agency_names(name)[0] if "," in name else [name]
    if " và " in name and len(joined := _agency_names(name)[0]) > 1:
        names = joined  # (not one name's own "và": "Công ty cổ phần Tư vấn xây dựng và thương mại Tiến Đạt")
    # (nor a clause before it: "Trên cơ sở đó, Sở Y tế …"; a party a
    # provision binds by its role, "Nhà cung cấp dịch vụ …", "Người sử
    # dụng lao động", is one)
    if names and (party or all(_names_a_body(n) for n in names)):
        return [n for n in names if not is_generic(n)]
    return []


def _class_by_kind(name: str) -> str | None:
    """A class of bodies named in lower case by its kind inside a provision,
    "doanh nghiệp viễn thông", "tổ chức tín dụng" (after the case it opens
    with), as the class "các doanh nghiệp viễn thông": a kind of a sector of
    its own; not a kind alone closing a list of parties, "cơ quan, tổ chức,
    doanh nghiệp", nor a form's placeholder, nor a class of any bodies ("cơ
    quan có thẩm quyền", the catch-all of every department), nor words after
    a comma inside a name, which open with no kind of body ("cơ sở khám bệnh,
    chữa bệnh bảo hiểm y tế": a field's words give a sector too)."""
    if not name[:1].islower() or len(name.split()) < 3 or not name.replace(" ", "").isalpha():
        return None
    kind = f"các {name}"
    if not _opens_with_head_word(kind):
        return None
    m = classify_agency(kind)
    return kind if m is not None and m.sector != "interdisciplinary" else None


def _without_cut_names(assignments: list[Assignment]) -> list[Assignment]:
    """One body read twice, its name the start of the other's, with the same
    tasks: the longer name runs on into a verb ("Chi bộ Công an xã lãnh đạo
    …"), or the shorter is cut inside it (at a verb's words in an
    enterprise's name, "Công ty cổ phần Tư vấn" of "Công ty cổ phần Tư vấn
    xây dựng … Tiến Đạt"; at a line's end). The right one is kept."""
    if len(assignments) < 2:
        return assignments
    # (a task by its place and words: an item's tasks share its span)
    spans = {id(a): {(t.span.start, t.span.end, t.text) for t in a.tasks} for a in assignments}
    dropped: set[int] = set()
    # (each body's name read once, not for each pair: a model's field costs
    # ~340 instructions a read)
    named = [(a, a.agency) for a in assignments]
    for short, short_name in named:
        opening = short_name + " "
        for long, long_name in named:
            if long is short or not long_name.startswith(opening):
                continue
            extra = long_name[len(short_name) :]
            if _list_end(extra) and not _enterprise_named(long_name):
                if spans[id(long)] <= spans[id(short)]:
                    dropped.add(id(long))  # a run-on
            elif spans[id(short)] <= spans[id(long)]:
                dropped.add(id(short))  # a name cut
    return [a for a in assignments if id(a) not in dropped] if dropped else assignments


def _inspectorate(name: str) -> bool:
    """An inspectorate named ("Thanh tra Sở", "Thanh tra tỉnh"): "thanh tra"
    opens no body's name by itself (it is a verb too)."""
    match = classify_agency(name)
    return match is not None and match.sector in ("own_inspectorate", "inspection")


def _enterprise_named(name: str) -> bool:
    """An enterprise's name in full: its legal form, then its own name ending
    with a capital ("Công ty cổ phần Tư vấn xây dựng Tiến Đạt")."""
    match = classify_agency(name)
    return match is not None and match.sector == "enterprises" and name.split()[-1][:1].isupper()


# The project roles a field line may name the holder of (folded openings).
_PROJECT_ROLES = ("chudautu", "nhadautu", "chuduan", "nhathau", "donvituvan", "donvithicong")
# The investor's names (folded): a project's investor is its owner too, one
# party whichever the text asks by ("1. Nhà đầu tư" / "Tên doanh nghiệp: Công
# ty …" and "Trách nhiệm của chủ đầu tư").
_INVESTOR_ROLES = frozenset(("chudautu", "nhadautu", "chuduan"))


def _project_role(role: str) -> str:
    """A project role's key (folded): the investor's names one key."""
    key = fold(role)
    return "chudautu" if key in _INVESTOR_ROLES else key


def _role_holders_named(assignments: list[Assignment], source: str) -> None:
    """A project's party asked by its role ("2. Yêu cầu đối với chủ đầu tư",
    "Chủ đầu tư … chịu trách nhiệm …") is the body a field line of the text
    names for that role ("- Chủ đầu tư: Công ty cổ phần …"): it takes that
    body's name, when the text names one holder only for the role."""
    asked = [a for a in assignments if fold(a.agency).startswith(_PROJECT_ROLES)]
    if not asked:
        return
    holders: dict[str, dict[str, str]] = {}
    for m in P.ROLE_HOLDER_LINE.finditer(source):
        holder = (m["holder"] or m["firm"] or "").strip().rstrip(".,: ")
        if holder[:1].isupper() and _looks_like_agency(holder):
            role = m["role"] or m["named"] or m["heading"]
            holders.setdefault(_project_role(role), {}).setdefault(body_key(holder), holder)
    for a in asked:
        named = _role_named(a.agency, holders)
        if len(named) == 1:
            role, a.agency = a.agency, next(iter(named.values()))
            # (its level its own name's: a party to the project, not one of
            # the document's level's bodies)
            held = _assigned(a.agency, None, a.role, [], a.span)
            a.canonical, a.sector, a.level = held.canonical, held.sector, held.level
            for d in a.deadlines:
                if d.agency == role:
                    d.agency = a.agency


def _role_named(asked: str, holders: dict[str, dict[str, str]]) -> dict[str, str]:
    """The holders named for the role a party is asked by: its longest opening
    words that are a role the text names a holder for, so that qualifiers after
    the role word keep the party ("Chủ đầu tư hạ tầng cụm công nghiệp" is the
    "Chủ đầu tư: …" named), while a class after it ("chủ đầu tư các dự án") is
    no one party."""
    words = asked.split()
    for n in range(len(words), 0, -1):
        named = holders.get(_project_role(" ".join(words[:n])))
        if named is not None:
            after = words[n].lower() if n < len(words) else ""
            return {} if after in ("các", "những") else named
    return {}


def _from_closing_duties(ct: CleanText, closing: list[LogicalLine], level: str | None) -> list[Assignment]:
    """A closing paragraph after the items that opens with one body and its
    duty of following the whole text up: "Văn phòng Chính phủ theo dõi, đôn
    đốc việc thực hiện Chỉ thị này …./.", "Sở Nội vụ chịu trách nhiệm tổng
    hợp …"."""
    out: list[Assignment] = []
    for ll in closing:
        # (or a later sentence of it: "Giám đốc các sở … thực hiện Chỉ thị
        # này. Giao Sở Nội vụ theo dõi, đôn đốc …")
        for at in [0, *(b.end() - 1 for b in P.SENTENCE_BREAK.finditer(ll.text))]:
            m = P.CLOSING_DUTY.match(ll.text, at)
            if m is None:
                continue
            name = m["body"].strip()
            if _names_a_body(name) and _is_body_name(name) and not is_generic(name):
                span = ct.line_span(ll)
                said = ll.text[at:].strip()
                task = Task(text=said, span=span)
                out.append(_with_tasks(ct, name, False, said, [task], span, level))
    return out


def _from_executors(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None
) -> list[Assignment]:
    """The executors' clause: "Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Tư
    pháp, Y tế; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định
    này" makes each body named responsible for the text."""
    out: list[Assignment] = []
    if not any(ct.text.find(w, lo, hi) >= 0 for w in P.EXECUTORS_WORDS):  # (before the pattern)
        return out
    # not in an appendix: its forms' closing clauses are templates
    body = [s for s in sections if s.kind != "appendix"]
    # (no appendix, as most times: extract_assignments' own walk)
    for s in _walk(sections) if len(body) == len(sections) else walk_sections(body):
        own = s.text  # (read once: see _from_body_items)
        if (
            not (
                "thi hành" in own
                or (" này" in own and ("trách nhiệm" in own or "nghiêm túc" in own or "khẩn trương" in own))
            )
            or not _in_range(s.span, lo, hi)
        ):
            continue
        # an article's heading is cut at the first colon ("Giám đốc các sở:"),
        # unless it is the article's title ("Điều 12. Trách nhiệm thi hành")
        titled = not s.heading or P.EXECUTORS_TITLE.search(s.heading)
        text = own if titled else f"{s.heading}: {own}"
        for m in P.EXECUTORS.finditer(text):
            dot = text.rfind(". ", 0, m.start())
            begin = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
            sentence = text[begin : m.end()].strip()
            for name in _executor_names(text[begin : m.start()]):
                if (
                    _looks_like_agency(name)
                    and not is_generic(name)
                    and name not in (a.agency for a in out)
                ):
                    # (the duty ends at its full stop: a sentence after it is another's)
                    span = _sentence_span(ct, s.span, sentence)
                    out.append(_assigned(name, level, "responsible", [Task(text=sentence, span=span)], s.span))
    return out


def _executing_too(executors: list[Assignment], assignments: list[Assignment]) -> None:
    """The executors' duty ("Viện trưởng Viện kiểm sát nhân dân tối cao, …
    chịu trách nhiệm thi hành Nghị định này") of bodies given tasks elsewhere:
    each is responsible for it, a task of the assignment of its own work (lead
    or responsible) where it has one; its task and span are the clause's."""
    for e in executors:
        key = fold(without_title(e.agency))
        own = next(
            (a for a in assignments if a.role in ("lead", "responsible") and fold(without_title(a.agency)) == key), None
        )
        if own is not None and not any(_overlap(t.span, x.span) for t in e.tasks for x in own.tasks):
            own.tasks = sorted(own.tasks + e.tasks, key=lambda t: t.span.start)


def _executor_names(text: str) -> list[str]:
    names: list[str] = []
    for chunk in text.split(";"):
        honorific = P.HONORIFIC.match(chunk)
        if honorific:  # "Các ông (bà) Chánh Văn phòng, …": the heads of bodies
            chunk = chunk[honorific.end() :]
        person = P.HONORIFIC.search(chunk)
        if person:  # "… và ông Nguyễn Văn A": people, not bodies
            chunk = chunk[: person.start()]
        # "…; Thủ trưởng các cơ quan, đơn vị có liên quan; Chủ tịch UBND các
        # huyện …": the generic tail names no one, wherever it stands; a body
        # named after it, from where the next name opens, does (", Chủ tịch
        # UBND các xã, thị trấn"; not the tail's own words "thuộc Bộ Khoa học
        # và Công nghệ", "trong phạm vi chức năng, nhiệm vụ …")
        while tail := P.EXECUTORS_TAIL.search(f" {chunk}"):
            before = chunk[: max(0, tail.start() - 1)]
            after = P.split_agencies(chunk[tail.end() - 1 :], 1)
            chunk = (before + (", " if before else "") + after[1]) if len(after) > 1 else before
        chunk = chunk.strip()
        later = P.SHARED_KIND.search(chunk, 1) if ":" in chunk else None
        if later:  # "Chánh Văn phòng …, Trưởng các phòng: Kinh tế, …": the bodies before it
            names += _agency_names(chunk[: later.start()].rstrip(", "))[0]
            chunk = chunk[later.start() :]
        shared = expand_shared_kind(chunk)
        if shared is not None:
            names += shared
        elif chunk:
            names += _agency_names(chunk)[0]
    return names


def _names_a_body(name: str) -> bool:
    """Stricter than ``_looks_like_agency``: the name opens with a body's word
    and the agencies table places it in a sector, or it is a unit named with a
    capital ("Vụ Pháp chế") (not "Lĩnh vực môi trường", "Thông tin về dự án",
    "Phòng ngừa sự cố")."""
    return (
        _body_word(name)
        and not P.ORGAN_HOMOGRAPH.match(name)
        and not name.isupper()
        # (a ministry's Vụ or Cục, a Sở's phòng, named with a capital: a body
        # of its issuer's field, see _own_units_in_issuers_sector)
        and (classify_agency(name) is not None or P.SECTORAL_UNIT.match(name) is not None)
    )


def _addressed(
    items: list[Section], openings: bool = False, letters: bool = False, ct: CleanText | None = None
) -> bool:
    """Do the body's top-level items give tasks body by body? Each is headed
    by a body ("3. Sở Nội vụ:" / "a) …"), or (``openings``: a letter's or
    directive's own list) opens with one and its task ("5. Sở Tài chính phối
    hợp với Sở Nội vụ hướng dẫn …"). ``letters``: lettered items count too (a
    list under an item on duties: "2. … yêu cầu … các nhiệm vụ sau:" / "a) Sở
    Tài chính: …"). With ``ct``, one body's heading and colon over its
    lettered or dashed points is enough ("1. Sở Giáo dục và Đào tạo:" / "a) …":
    a notice giving one body the whole job)."""
    named = 0
    for item in items:
        if item.kind not in ("arabic", "roman") and not (letters and item.kind == "letter"):
            continue
        if item.heading and (item.children or item.text):
            names, _ = _agency_names(item.heading)
            body = any(_names_a_body(n) for n in names)
            if (
                body
                and ct is not None
                and item.children
                and all(c.kind in ("letter", "dash", "plus") for c in item.children)
                and _body_heading(item)
                and _colon_after(ct, item)
            ):
                return True
        elif openings:
            opening = _opening_body(item)
            body = opening is not None and _names_a_body(opening)
        else:
            continue
        if body:
            named += 1
            if named >= _ADDRESSED_ITEMS:
                return True
    return False


def _closing_item(ct: CleanText, top: list[Section], s: Section) -> bool:
    """Whether ``s`` is a letter's last item on carrying it out, after its
    items headed by bodies ("1. Công an tỉnh, các sở, ban, ngành …" / "2.
    Giao Sở Xây dựng" / "3. Tổ chức thực hiện" / "Thủ trưởng các sở … chịu
    trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu
    trên …./."): its closing words to all concerned, the items the tasks."""
    if s.kind != "arabic" or not top or top[-1] is not s or s.children:
        return False
    return _addressed(top[:-1], openings=True, ct=ct)


def _from_addressed_lists(ct: CleanText, top: list[Section], level: str | None) -> list[Assignment]:
    """Without an implementation part, a list of items headed by bodies gives
    tasks body by body: at the top of a letter or directive, or under a
    heading on duties ("III. NHIỆM VỤ CỤ THỂ" / "1. Sở Y tế" / "2. Sở Giáo dục
    và Đào tạo"; "Điều 12. Trách nhiệm thi hành" / "1. Bộ Y tế …"). Elsewhere
    in a normative text such lists state rules, not tasks ("Bộ Nội vụ tạm
    dừng kết nối … khi …"). A list inside one that gives tasks is its tasks."""
    out: list[Assignment] = []
    stack: list[tuple[list[Section], bool]] = [(top, True)]
    while stack:
        items, may_assign = stack.pop()
        if may_assign and _addressed(items, openings=items is top, letters=items is not top, ct=ct):
            # (a committee's lead-in, "2. Thời gian tới, Ban Thường vụ Tỉnh ủy
            # yêu cầu:" / "- …", heads no body's tasks: the issuer's own gives
            # its bullets' bodies theirs, read by _from_body_items; another's,
            # or a past one, "1. Tại Kết luận số …, Ban Thường vụ Tỉnh ủy yêu
            # cầu:", is retold)
            bodies = [s for s in items if not _committee_heading(s)]
            out += _from_items(ct, bodies, level) if bodies else []
            continue
        for s in reversed(items):
            if s.children:
                stack.append((s.children, bool(P.DUTIES_HEADING.search(s.heading or s.text[:80]))))
    return out


def _table_rows(ct: CleanText, lo: int, hi: int) -> list[list[dict[int, PhysLine]]]:
    """Tables between source offsets ``lo`` and ``hi``: each a list of lines,
    each line its cells by column (cell_index; empty cells are absent)."""
    tables: list[list[dict[int, PhysLine]]] = []
    if not ct.has_cells():  # cells come from "| a | b |" rows or tab-separated ones: most texts have none
        return tables
    rows: list[dict[int, PhysLine]] = []
    line = -1
    first = bisect.bisect_left(ct.phys, lo, key=lambda pl: pl.src_start)
    for pl in ct.phys[first:]:
        if pl.src_start >= hi:
            break
        if not pl.is_cell:
            if rows:
                tables.append(rows)
                rows = []
            continue
        if pl.line != line:
            rows.append({})
            line = pl.line
        rows[-1][pl.cell_index] = pl
    if rows:
        tables.append(rows)
    return tables


def _column(header: dict[int, str], found: Callable[[str], object], skip: set[int]) -> int | None:
    """The first column whose header ``found`` accepts (a pattern's ``search``)."""
    return next((i for i, t in sorted(header.items()) if i not in skip and found(t)), None)


def _from_tables(ct: CleanText, lo: int, hi: int, level: str | None) -> list[Assignment]:
    """Assignments from a table of tasks: a header naming the lead body's column
    ("Cơ quan chủ trì") and the task's, then a row per task. Where rows are
    numbered in their first cell, the header is every line above the first
    number, a line whose first cell is empty goes on with the row above (a cell
    of several paragraphs), and rows numbered I, II group the tasks; where none
    is, the header is the first line and each line naming a lead body opens a
    row."""
    out: list[Assignment] = []
    for table in _table_rows(ct, lo, hi):
        columns = _task_table_columns(table)
        if columns is None:
            continue
        k, lead, task, support, when = columns
        numbered = k is not None
        opens = 0 if numbered else lead  # the cell whose presence opens a row
        # (the header repeated on a new page is no row: "| TT | Nội dung | Đơn vị chủ trì | …")
        headers = {_cell_texts(cells) for cells in table[: k if k is not None else 1]}
        rows: list[list[dict[int, PhysLine]]] = []
        for cells in table[k if k is not None else 1 :]:
            if _cell_texts(cells) in headers:
                continue
            if opens in cells or not rows:
                rows.append([cells])
            else:
                rows[-1].append(cells)
        for row in rows:
            if numbered and P.TABLE_GROUP_NUMBER.match(row[0][0].text if 0 in row[0] else ""):
                continue
            out += _table_row(ct, row, lead, task, support, when, level)
    return out


# (the most lines passed over between a row read to its lead and the next
# row's number; more, and the table has ended)
_CELL_SKIP_MOST = 8
# (a cell-per-line table's header holds a few short cells)
_CELL_HEADER_MOST = 10
_CELL_HEADER_LONGEST = 60


def _from_cell_lines(ct: CleanText, lo: int, hi: int, level: str | None) -> list[Assignment]:
    """Assignments from a task table whose cells a PDF's text gives one per
    line, each cell's wrapped lines joined: "STT" / "Nhiệm vụ" / "Cơ quan chủ
    trì" / "Cơ quan phối hợp" / "Thời gian" / "1" / "Điều tra …" / "Bộ Khoa
    học và Công nghệ" / "Các bộ, ngành" / "2026". A row opens at its number
    (or, its number lost with a page's furniture, after a row whose every
    cell is read); its task is its first cell (the lines before a body's name),
    then each line fills the next column that takes it: a body's name the
    lead's and the supporting bodies' columns, a time the time's, anything
    another's; a cell left empty is skipped. A row whose lead is no body's
    name gives nothing, nor does a table whose header names no task and no
    lead column; a header repeated on a new page, and a group's row ("I" /
    "Nhóm nhiệm vụ …"), are no rows."""
    out: list[Assignment] = []
    # (not a "| … |" table's cells: _from_tables reads those)
    lines = [ll for ll in ct.lines if lo <= ll.src_start < hi and not ll.phys[0].is_cell]
    lines = [
        part
        for k, ll in enumerate(lines)
        for part in _cells_run_together(ll, k > 0 and bool(P.TABLE_ROW_NUMBER.match(lines[k - 1].text)))
    ]
    i = 0
    while i < len(lines):
        if not P.CELL_TABLE_NUMBER_HEADER.match(lines[i].text):
            i += 1
            continue
        header, j = _cell_header(lines, i + 1)
        roles = _cell_roles(header)
        if roles is None:
            i = j
            continue
        rows, i = _cell_rows(lines, j, roles, header)
        for row in rows:
            cells = dict(row)
            span = ct.source_span(min(ll.src_start for _, ll in row), max(ll.src_end for _, ll in row))
            out += _task_row(
                ct,
                cells["task"].text,
                cells["lead"].text,
                cells["support"].text if "support" in cells else "",
                cells["time"].text if "time" in cells else "",
                span,
                level,
            )
    return out


def _from_flat_rows(ct: CleanText, lo: int, hi: int, level: str | None) -> list[Assignment]:
    """Assignments from a task table flattened to text with no bars, a row a
    line (a PDF copy): after a header line naming its columns ("STT Nội dung
    công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian"), each line opening
    with the next row's number is a row (a line opening in lower case goes on
    with it): its time the time phrase at its end, its bodies the cells that
    open at a body's word (capitalised; not within a name nor where the task
    names a body as its object: ``_NOT_BEFORE_A_CELL``, or after a comma),
    every one a body's name, the first the lead's and the others the
    partners' (when the header has their column); its task the words before
    them. A row not read so gives nothing."""
    out: list[Assignment] = []
    # (physical lines: the cleaner joins rows that run on into one paragraph)
    lines = [pl for pl in ct.phys if lo <= pl.src_start < hi and not pl.is_cell and pl.text.strip()]
    for i, pl in enumerate(lines):
        header = P.FLAT_TABLE_HEADER.match(pl.text.strip()) if pl.text.lstrip()[:1] in "STst" else None
        columns = _flat_columns(header["columns"]) if header else None
        if columns is None:
            continue
        rows: list[list[PhysLine]] = []
        for row in lines[i + 1 :]:
            m = P.FLAT_TABLE_ROW.match(row.text.strip())
            if m and int(m["number"]) == len(rows) + 1:
                rows.append([row])
            elif rows and not row.blank_before and row.text.lstrip()[:1].islower():
                rows[-1].append(row)  # (a wrapped cell)
            else:
                break
        for row_lines in rows:
            m = P.FLAT_TABLE_ROW.match(" ".join(r.text.strip() for r in row_lines))
            cells = m["cells"] if m else ""
            time = P.FLAT_ROW_TIME.search(cells) if "time" in columns else None
            bodies = _flat_row_bodies(cells[: time.start()] if time else cells)
            if bodies is None or (len(bodies) > 2 and "support" not in columns):
                continue
            task, lead, *partners = bodies
            span = ct.source_span(row_lines[0].src_start, row_lines[-1].src_end)
            out += _task_row(ct, task, lead, ", ".join(partners), time.group(0).strip(" .") if time else "", span, level)
    return out


# The words a flat table header's column names hold besides their own (TABLE_*_HEADER's):
# "Nội dung công việc", "Đơn vị chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện".
_FLAT_HEADER_WORDS = frozenset(
    ["công", "việc", "nhiệm", "vụ", "cụ", "thể", "chủ", "yếu", "đơn", "vị", "cơ", "quan", "bộ", "phận", "thực", "hiện",
     "hoàn", "thành", "triển", "khai", "chính", "/", "và"]
)


def _flat_columns(header: str) -> list[str] | None:
    """The roles of a flat table header's columns in their order, from their
    own words ("Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
    "Thời gian"): the task's first, then the lead's, the partners' and the
    time's; None for another header (another column between them, "Sản
    phẩm", or after them, "Ghi chú")."""
    found = []
    for role, pattern in (
        ("task", P.TABLE_TASK_HEADER),
        ("lead", P.TABLE_LEAD_HEADER),
        ("support", P.TABLE_SUPPORT_HEADER),
        ("time", P.TABLE_TIME_HEADER),
    ):
        m = pattern.search(header)
        if m:
            found.append((m.start(), m.end(), role))
    found.sort()
    roles = [r for *_, r in found]
    if roles[:2] != ["task", "lead"] or roles not in (["task", "lead"], ["task", "lead", "support"], ["task", "lead", "time"], ["task", "lead", "support", "time"]):
        return None
    ends = [e for _, e, _ in found]
    starts = [st for st, _, _ in found[1:]] + [len(header)]
    if any(w.lower() not in _FLAT_HEADER_WORDS for e, st in zip(ends, starts, strict=True) for w in header[e:st].split()):
        return None
    return roles


# Words a body's cell does not open after: within a name ("Phòng Kinh tế, Hạ
# tầng và Đô thị"), or where the task names a body as its object ("phối hợp
# với Công an phường kiểm tra …", "hướng dẫn UBND các xã …").
_NOT_BEFORE_A_CELL = frozenset(["và", "-", "–", "với", "cho", "của", "tại", "đến", "giao", "dẫn", "đạo", "nghị", "cầu"])


def _flat_row_bodies(text: str) -> list[str] | None:
    """A flat row's task and its bodies' cells, in order (see
    ``_from_flat_rows``); None unless a body's cell follows its task and every
    cell after it names a body."""
    words = list(P.WORD_RUN.finditer(text))
    cuts = [
        w.start()
        for k, w in enumerate(words)
        if k
        and w.group(0)[:1].isupper()
        and words[k - 1].group(0).lower() not in _NOT_BEFORE_A_CELL
        and not words[k - 1].group(0).endswith(",")
        and P.FLAT_ROW_BODY.match(text, w.start())
    ]
    for k, cut in enumerate(cuts):
        cells = [text[a:b].strip(" ,;") for a, b in zip(cuts[k:], [*cuts[k + 1 :], len(text)], strict=True)]
        if all(_looks_like_agency(c) and _agency_names(c)[0] for c in cells):
            task = text[:cut].strip(" ,;")
            return [task, *cells] if task else None
    return None


def _holds_a_table_header(text: str, header: re.Pattern[str]) -> bool:
    """``header`` (CELL_TABLE_NUMBER_HEADER, FLAT_TABLE_HEADER) at a line's
    start, tried only on the lines holding one of its words, found by str.find
    (a multi-line search tries its line start at every place: 2.6 M
    instructions for a 20 KB plan)."""
    for word in _CELL_TABLE_NUMBER_WORDS:
        i = text.find(word)
        while i >= 0:
            if header.match(text, text.rfind("\n", 0, i) + 1):
                return True
            i = text.find(word, i + len(word))
    return False


# A word each of CELL_TABLE_NUMBER_HEADER's forms holds ("STT", "TT", "Số
# TT" hold "TT"; "Stt"; "Số thứ tự").
_CELL_TABLE_NUMBER_WORDS = ("TT", "Stt", "thứ tự")


def _cell_header(lines: list[LogicalLine], j: int) -> tuple[list[str], int]:
    """The column headers after "STT", up to the first row's number (a
    header's wrapped part, "(Bộ/ngành/địa phương)" or "thực hiện", is its
    cell's), and where the rows begin."""
    header: list[str] = []
    while j < len(lines) and len(header) < _CELL_HEADER_MOST:
        text = lines[j].text.strip()
        if P.TABLE_ROW_NUMBER.match(text) or P.CELL_TABLE_GROUP_TITLE.match(text) or _numbered_task(text):
            return header, j
        if len(text) > _CELL_HEADER_LONGEST:
            break
        if header and (text[:1] == "(" or text[:1].islower()):
            header[-1] = f"{header[-1]} {text}"
        else:
            header.append(text)
        j += 1
    return [], j


def _cell_roles(header: list[str]) -> list[str] | None:
    """Each column's part after the numbers' (task, lead, support, time or
    other); None unless one is the task's and one the lead's."""
    roles = []
    for h in header:
        if P.TABLE_TIME_HEADER.search(h):
            roles.append("time")
        elif P.TABLE_SUPPORT_HEADER.search(h):
            roles.append("support")
        elif P.TABLE_LEAD_HEADER.search(h):
            roles.append("lead")
        elif P.TABLE_TASK_HEADER.search(h):
            roles.append("task")
        else:
            roles.append("other")
    if not roles or roles[0] != "task" or roles.count("lead") != 1:
        return None
    return roles


def _cell_rows(
    lines: list[LogicalLine], j: int, roles: list[str], header: list[str]
) -> tuple[list[list[tuple[str, LogicalLine]]], int]:
    """The rows of a cell-per-line table from line ``j``: each its cells as
    (role, line) for the lead's and the task's and what filled the others;
    and where the table ends (a line no column takes)."""
    rows: list[list[tuple[str, LogicalLine]]] = []
    row: list[tuple[str, LogicalLine]] = []
    col = len(roles)  # (no row open)
    complete = False
    folded_header = [fold(h) for h in header]

    def close() -> None:
        if any(r == "lead" for r, _ in row) and row[0][0] == "task":
            rows.append(list(row))
        row.clear()

    while j < len(lines):
        text = lines[j].text.strip()
        if P.TABLE_ROW_NUMBER.match(text):
            close()
            col, complete = 0, False
            if P.TABLE_GROUP_NUMBER.match(text):  # a group's row: its title, no task
                # the next line opens its first row: its number, or run on
                # after the title ("Thực hiện hiệu quả công tác … 1")
                title = lines[j + 1].text.rstrip() if j + 1 < len(lines) else ""
                j += 2
                col, complete = (0, False) if P.RUN_ON_ROW_NUMBER.search(title) else (len(roles), True)
                continue
            j += 1
            continue
        if P.CELL_TABLE_GROUP_TITLE.match(text) and (
            col >= len(roles) or not row or (P.RUN_ON_ROW_NUMBER.search(text) and not any(r == "lead" for r, _ in row))
        ):
            # (a title with its first row's number run on closes a row of no
            # lead: the cells a page's break left, "III Tiếp tục … 1")
            close()  # a group's title: the next line opens its first row
            col, complete = len(roles), True
            j += 1
            continue
        if P.CELL_TABLE_NUMBER_HEADER.match(text) and j + 1 < len(lines) and fold(lines[j + 1].text.strip()) == folded_header[0]:
            # the header again, on a new page: its cells, the last one
            # perhaps run into a cell a page's break split (lost with it)
            close()
            j += 1
            for _ in range(2 * len(folded_header)):
                cell = fold(lines[j].text.strip()) if j < len(lines) else ""
                wrapped = cell[:1] == "(" or lines[j].text[:1].islower() if cell else False
                if not cell or not (wrapped or any(h.startswith(cell) or cell.startswith(h) for h in folded_header)):
                    break
                j += 1
            col, complete = len(roles), True
            # the cells the page's break split go on under the header (the
            # row before it read whole): passed over to the next row's
            # opener, unless a time cell ends them (a row, its number lost)
            ahead = _next_opener(lines, j)
            if ahead is not None and ahead > j and not _is_time_cell(lines[ahead - 1].text.strip()):
                j = ahead
            continue
        numbered = _numbered_task(text)
        if numbered is not None:
            close()  # a row whose number opens its task: "1. Tăng cường …"
            row.append(("task", _with_text(lines[j], numbered)))
            col, complete = 1, False
            j += 1
            continue
        if col >= len(roles):
            if not row and complete and _task_like(text):
                col = 0  # a row whose number was lost with a page's furniture
                complete = False
            elif complete and (ahead := _next_row_number(lines, j + 1)) is not None:
                j = ahead  # a note under a row ("… trong đó mô tả …"), then the next row's number
                continue
            else:
                break
        if row and row[-1][0] in ("lead", "support") and _goes_on(row[-1][1].text, text) and not _is_time_cell(text):
            # a name the cell's line break cut: "Bộ NN&MT, Bộ Công" / "Thương,
            # các địa phương", "Các bộ ở" / "Trung ương, Ủy ban nhân dân …"
            row[-1] = (row[-1][0], _joined(row[-1][1], lines[j]))
            j += 1
            continue
        if (
            col < len(roles)
            and "time" in roles[col:]
            and P.TIME_CELL_OPENING.match(text)
            and j + 1 < len(lines)
            and _is_time_cell(lines[j + 1].text.strip())
        ):
            # a time cell the narrow column cut from its years: "Giai đoạn" / "2026 - 2030"
            lines[j + 1] = _joined(lines[j], lines[j + 1])
            j += 1
            text = lines[j].text.strip()
        placed = False
        while col < len(roles):
            role = roles[col]
            if role == "task":
                if row and row[-1][0] == "task":
                    break
                row.append(("task", lines[j]))
                col += 1
                placed = True
                break
            if role in ("lead", "support"):
                # (a body's name opens with its capital: a bullet or a mark,
                # "- Sở Y tế (b/c)", "(2) Xây dựng …", opens a list's item)
                if text[:1].isupper() and _looks_like_agency(text):
                    row.append((role, lines[j]))
                    col += 1
                    placed = True
                    break
                if role == "lead":
                    break
            elif role == "time":
                ll = lines[j]
                run_on = P.CELL_NEXT_ROW_AFTER.search(ll.text)
                before = ll.text[: run_on.start()] if run_on else ""
                if _is_time_cell(text) or (before and _is_time_cell(before)):
                    if before and _is_time_cell(before):
                        # (the next row's number run on after it, "Hằng năm 3",
                        # or a group's title and its first row's, "Hằng năm VI
                        # Đẩy mạnh đối ngoại … 1": the line too long for a time)
                        ll = _with_text(ll, before)
                    elif (k := _condition_end(lines, j)) > j:
                        ll = _joined(ll, *lines[j + 1 : k + 1])  # its condition's lines
                        j = k
                    row.append(("time", ll))
                    col += 1
                    placed = True
                    break
            else:
                if _is_time_cell(text) and "time" in roles[col + 1 :]:
                    col += 1  # (an empty cell before the time's)
                    continue
                col += 1
                placed = True
                break
            col += 1  # (an empty cell)
        if not placed:
            if col < len(roles) and roles[col] == "lead" and len(row) == 1 and _task_like(text):
                # the task's cell in two lines: "… (thay thế" / "Thông tư …)"
                row[0] = ("task", _joined(row[0][1], lines[j]))
                j += 1
                continue
            if (
                any(r == "lead" for r, _ in row)
                and _task_like(text)
                and j + 1 < len(lines)
                and lines[j + 1].text[:1].isupper()
                and _looks_like_agency(lines[j + 1].text.strip())
            ):
                # a row's sub-row, its dash lost with the line ("- Công trình
                # giao thông" / "Bộ Xây dựng", "- Công trình hạ tầng năng
                # lượng" / "Bộ Công Thương"): a task and its own lead
                close()
                row.append(("task", lines[j]))
                col, complete = 1, False
                j += 1
                continue
            if any(r == "lead" for r, _ in row):
                # a row read to its lead, then a cell no column takes (a cell in
                # two lines, a product's column): its other lines are passed
                # over, up to the next row's number
                col, complete = len(roles), False
                skipped = 0
                timed = "time" not in roles or any(r == "time" for r, _ in row)
                j += 1
                while j < len(lines) and skipped < _CELL_SKIP_MOST:
                    nxt = lines[j].text.strip()
                    if _opens_a_row(nxt):
                        break
                    if P.RECIPIENTS.match(nxt) or P.APPENDIX_HEADING.match(nxt):
                        skipped = _CELL_SKIP_MOST  # the table's end
                        break
                    if not timed and _is_time_cell(nxt) and (k := _condition_end(lines, j)) + 1 < len(lines) and _opens_a_row(lines[k + 1].text.strip()):
                        # the row's last cell, its time, before the next row's
                        # number (a cell in two lines put those after it out)
                        row.append(("time", _joined(lines[j], *lines[j + 1 : k + 1])))
                        timed = True
                        skipped += k - j
                        j = k
                    skipped += 1
                    j += 1
                close()
                if skipped >= _CELL_SKIP_MOST:
                    break
                continue
            close()
            break
        j += 1
        if col >= len(roles):
            complete = True  # (every cell read: the next line may open a row)
            close()
    close()
    return rows, j


# Words a time cell's line does not open after in a task's or a product's
# cell: the time is that cell's own words ("hoàn thành trong" / "Quý II/2026").
_TIME_AFTER = frozenset(["trong", "trước", "từ", "đến", "vào", "và", "hoặc", "theo", "sau"])


def _cells_run_together(ll: LogicalLine, after_number: bool = False) -> list[LogicalLine]:
    """A line of a cell-per-line table as its cells, where the cleaner joined
    the lines of two (the text runs on from one to the next): a time cell's
    line after another cell's ("Kế hoạch/hoạt" / "động hằng năm" / "Thường
    xuyên"); and in a numbered task's cell, the lead's cell after its last
    line, its lines in the lead's narrow column ("… các bệnh lý nhẹ," / "Bộ Y
    tế, Sở Y tế" / "đối" / "với"), or run on at the end of the task's last
    line, past the width of the task's column ("hiểm y tế … phù hợp Bộ Y tế"
    under "Xây dựng Nghị định về tăng mức đóng bảo"). A task's cell after its
    row's bare number (``after_number``) is read so too; there the lead's
    narrow lines need no mark before them when they are several ("… Công văn
    số 59-CV/BCĐ ngày" / "Các bộ, cơ quan" / "ngang bộ, Ủy" / "ban nhân dân"):
    a task's last words fill no column of such lines."""
    phys = ll.phys
    if len(phys) < 2:
        return [ll]
    last = phys[-1].text.strip()
    if last[:1].isupper() and _is_time_cell(last) and not _is_time_cell(ll.text):
        before = phys[-2].text.split()
        if before and before[-1].lower() not in _TIME_AFTER:
            return [
                *_cells_run_together(_phys_part(ll, 0, len(phys) - 1), after_number),
                _phys_part(ll, len(phys) - 1, len(phys)),
            ]
    if not after_number and _numbered_task(ll.text) is None:
        return [ll]
    # (the row's number alone on the first line: the task's lines after it)
    first = 1 if P.TABLE_ROW_NUMBER.match(phys[0].text) else 0
    widths = [len(pl.text.strip()) for pl in phys]
    widest = max(widths[first:])
    for k in range(first + 1, len(phys)):
        text = phys[k].text.strip()
        if (
            text[:1].isupper()
            and (phys[k - 1].text.rstrip()[-1:] in ",.;" or (after_number and len(phys) - k >= _NARROW_LEAD_LINES))
            and all(2 * w <= widest for w in widths[k:])
            and _looks_like_agency(text)
        ):
            return [_phys_part(ll, 0, k), _phys_part(ll, k, len(phys))]
    if len(phys) - first < 2:
        return [ll]
    column = max(widths[first:-1])
    tail = phys[-1].text.strip()
    if len(tail) <= column * _COLUMN_SLACK:
        return [ll]
    cells = _flat_row_bodies(tail)
    if cells is None or len(cells) != 2 or len(cells[0]) > column * _COLUMN_SLACK:
        return [ll]
    body = cells[1]
    cut = ll.text.rfind(body)
    if cut <= 0:
        return [ll]
    end = phys[-1].src_end
    task = LogicalLine(ll.text[:cut].rstrip(), ll.start, ll.end, phys, ll.src_start, end - len(body) - 1)
    return [task, LogicalLine(body, ll.start, ll.end, [phys[-1]], end - len(body), end)]


# (a lead's cell run into its task's lines with no mark before it: at least
# so many narrow lines)
_NARROW_LEAD_LINES = 3
# (how much longer than the widest of its other lines a task column's line
# may be: its letters' widths differ, "m" and "i")
_COLUMN_SLACK = 1.2


def _phys_part(ll: LogicalLine, a: int, b: int) -> LogicalLine:
    """The part of ``ll`` its physical lines ``a`` to ``b`` (excluded) hold."""
    phys = ll.phys[a:b]
    text = " ".join(pl.text.strip() for pl in phys)
    return LogicalLine(text, ll.start, ll.end, phys, phys[0].src_start, phys[-1].src_end)


def _goes_on(cell: str, line: str) -> bool:
    """Whether ``line`` goes on with a cell of bodies whose name a line break
    cut: in lower case ("… Ủy ban nhân dân các" / "tỉnh, thành phố"); "… ở" /
    "Trung ương, …"; or a name the table knows only whole, "Bộ Công" /
    "Thương, …", "Bộ Khoa học và" / "Công nghệ, …" (not "Bộ Khoa học và" /
    "Cơ quan, tổ chức …", the next column's)."""
    if line[:1].islower():
        return True
    cell = cell.rstrip()
    if cell.endswith(";"):
        # a list of bodies the line break cut after its separator: "Bộ Giáo
        # dục và Đào tạo;" / "Bộ Y tế" (co-leads in one cell)
        return not _is_time_cell(line) and _looks_like_agency(line)
    if cell.endswith(":") or (cell.endswith(",") and ": " in cell):
        # a class, then its members: "Các Bộ:" / "NN&MT," / "Xây dựng, Y tế"
        return not _is_time_cell(line)
    words = cell.rsplit(",", 1)[-1].split()
    if not words:
        return False
    if (
        len(words) <= _HEAD_ALONE_MOST
        and words[0][:1].isupper()
        and line[:1].isupper()
        and len(line) <= _NARROW_LINE_MOST
        and line.rstrip()[-1:] not in ".;:"
        and not _looks_like_agency(line)
        and classify_agency(" ".join(words)) is None
    ):
        # a body's kind the line break left without its name: "Ban Chỉ đạo" /
        # "Phòng thủ dân sự quốc gia", "Ban Chỉ huy" / "PTDS các cấp"
        return True
    if words[-1] == "ở":
        return line.lower().startswith(("trung ương", "địa phương"))
    if words[-1] == "trình":  # (the body it submits to: see LEAD_CELL_SUBMITS)
        # (not the noun ending a name: "… các công trình" / the next body's line)
        return len(words) < 2 or words[-2].lower() not in P.SUBMIT_NOUN_WORDS
    head = " ".join(words)
    whole = f"{head} {line.split(',', 1)[0].strip()}"
    if words[-1] in ("và", "-") or (len(words) == 2 and words[0] in ("Bộ", "Sở") and classify_agency(head) is None):
        match = classify_agency(whole)
        return match is not None and fold(match.canonical or "") == fold(whole)
    return False


# (a body's kind alone, "Ban Chỉ đạo", is a few words; a narrow column's
# line is short)
_HEAD_ALONE_MOST = 3
_NARROW_LINE_MOST = 30


def _next_row_number(lines: list[LogicalLine], j: int) -> int | None:
    """Where a row's bare number stands within the few lines from ``j`` (a
    cell-per-line table going on after a note), else None."""
    for k in range(j, min(j + _CELL_SKIP_MOST, len(lines))):
        text = lines[k].text.strip()
        if P.TABLE_ROW_NUMBER.match(text):
            return k
        if P.RECIPIENTS.match(text) or P.APPENDIX_HEADING.match(text) or _opens_a_row(text):
            return None
    return None


def _opens_a_row(text: str) -> bool:
    """Whether a line of a cell-per-line table opens a row, a group of rows or
    the header repeated: its number, alone or opening its task, a group's
    title, "STT"."""
    return bool(
        P.TABLE_ROW_NUMBER.match(text)
        or _numbered_task(text) is not None
        or P.CELL_TABLE_GROUP_TITLE.match(text)
        or P.CELL_TABLE_NUMBER_HEADER.match(text)
    )


def _with_text(ll: LogicalLine, text: str) -> LogicalLine:
    """``ll`` holding ``text`` (a part of its own) where it stands."""
    return LogicalLine(text, ll.start, ll.end, ll.phys, ll.src_start, ll.src_end)


def _numbered_task(text: str) -> str | None:
    """The task of a row whose number opens it ("1. Tăng cường …"), else None."""
    m = P.CELL_TABLE_NUMBERED_TASK.match(text)
    return m["task"] if m and m["task"][:1].isupper() else None


def _next_opener(lines: list[LogicalLine], j: int) -> int | None:
    """Where the next line opening a row (``_opens_a_row``, not the header)
    stands within the few lines from ``j``, else None."""
    for k in range(j, min(j + _CELL_SKIP_MOST, len(lines))):
        text = lines[k].text.strip()
        if P.CELL_TABLE_NUMBER_HEADER.match(text) or P.RECIPIENTS.match(text) or P.APPENDIX_HEADING.match(text):
            return None
        if _opens_a_row(text):
            return k
    return None


def _task_like(text: str) -> bool:
    """A line that can be a task's cell: words, not a body's name nor a time."""
    return (
        len(text) > 10
        and not _opens_with_head_word(text)
        and not _is_time_cell(text)
        and not P.CLOSING.match(text)  # "Trên đây là Kế hoạch …": the text's closing word
    )


def _joined(a: LogicalLine, *more: LogicalLine) -> LogicalLine:
    for b in more:
        a = LogicalLine(text=f"{a.text} {b.text}", start=a.start, end=b.end, phys=a.phys + b.phys, src_start=a.src_start, src_end=b.src_end)
    return a


def _is_time_cell(text: str) -> bool:
    """A table's time cell: "2026", "2026 - 2027", "Quý II/2026", "Hằng năm",
    "Thường xuyên"; also with a condition in brackets after it, however long
    ("Năm 2026 (sau khi Chính phủ ban hành Nghị định …)": its time before it)."""
    if len(text) > _TIME_CELL_LONGEST:
        cut = text.find(" (")
        if not 0 < cut <= _TIME_BEFORE_CONDITION:
            return False
        text = text[:cut]
    return bool(P.YEAR.search(text) or P.ONGOING.match(text) or P.PERIOD_NO_YEAR.search(text) or P.RECURRENCE_CELL.match(text))


_TIME_CELL_LONGEST = 60
# (a time before its bracketed condition is a few words: "Trước ngày 01/3/2027")
_TIME_BEFORE_CONDITION = 30


def _condition_end(lines: list[LogicalLine], j: int) -> int:
    """The last line of the time cell at ``j`` with its condition, the bracket
    it opens closed on the lines after it ("Năm 2026 (sau khi Chính phủ ban
    hành" / "Nghị định …)"); ``j`` where it closes on its own line or does not
    close within a few lines."""
    if lines[j].text.count("(") <= lines[j].text.count(")"):
        return j
    for k in range(j + 1, min(j + _CONDITION_LINES_MOST + 1, len(lines))):
        text = lines[k].text
        if _opens_a_row(text.strip()):
            return j
        if ")" in text:
            return k
    return j


_CONDITION_LINES_MOST = 3


def _cell_texts(cells: dict[int, PhysLine]) -> tuple[str, ...]:
    """A table line's cells, folded, in their columns' order (to tell a header repeated)."""
    return tuple(fold(cells[i].text) for i in sorted(cells))


def _task_table_columns(
    table: list[dict[int, PhysLine]],
) -> tuple[int | None, int, int, int | None, int | None] | None:
    """A task table's first numbered line (None when no row is numbered) and
    its columns: the lead body's, the task's, the supporting bodies' and the
    time's; None for a table that is no task table."""
    if len(table) < 2:
        return None
    k = next(
        (j for j, c in enumerate(table) if 0 in c and P.TABLE_ROW_NUMBER.match(c[0].text)),
        None,
    )
    header: dict[int, str] = {}
    above = table[: k if k is not None else 1]
    # (a group's heading in one cell across the table from its first column,
    # "A. NHÓM NHIỆM VỤ VỀ HẠ TẦNG", above the first row, is no header; a
    # header cell's second line, "Đơn vị" / "chủ trì", is)
    for cells in [c for c in above if list(c) != [0]] or above:
        for i, pl in cells.items():
            header[i] = f"{header.get(i, '')} {pl.text}".strip()
    lead = _column(header, P.TABLE_LEAD_HEADER.search, set())
    task = _column(header, P.TABLE_TASK_HEADER.search, {lead} if lead is not None else set())
    if lead is None or task is None:
        return None
    support = _column(header, P.TABLE_SUPPORT_HEADER.search, {lead, task})
    when = _column(header, P.TABLE_TIME_HEADER.search, {lead, task})
    return k, lead, task, support, when


def _table_row(
    ct: CleanText,
    row: list[dict[int, PhysLine]],
    lead: int,
    task: int,
    support: int | None,
    when: int | None,
    level: str | None,
) -> list[Assignment]:
    def text(col: int | None) -> str:
        return " ".join(c[col].text for c in row if col is not None and col in c)

    what = text(task)
    if not what or not text(lead):
        return []
    cells = [pl for c in row for pl in c.values()]
    span = ct.source_span(min(pl.src_start for pl in cells), max(pl.src_end for pl in cells))
    return _task_row(ct, what, text(lead), text(support), text(when), span, level)


def _from_labelled_items(
    ct: CleanText,
    sections: list[Section],
    lo: int,
    hi: int,
    level: str | None,
    fields: list[tuple[Span, Span]] | None = None,
    labels: bool = True,
) -> list[Assignment]:
    """A task's item followed by labelled lines, a table row written as a list:
    "1. Tổ chức tập huấn Luật" / "- Đơn vị chủ trì: Vụ Pháp chế." / "- Đơn vị
    phối hợp: Văn phòng Bộ." / "- Thời gian hoàn thành: Quý I năm 2026."; or
    closed by the body doing it (``_closing_body_row``; only these where not
    ``labels``). ``fields`` gets each time field's line of its own and its item's span."""
    out: list[Assignment] = []
    for s in _walk_in(sections, lo, hi):
        kind = s.kind  # (read once: see _from_body_items)
        if kind not in ("arabic", "letter", "roman", "dash", "plus"):
            continue
        children = s.children
        # (labels lettered too: "a) Cơ quan chủ trì: Bộ X." / "b) Cơ quan phối hợp: …")
        # (a letter's label is its heading)
        lines = s.text.split("\n")
        if children:
            lettered = (f"{c.heading}: {c.text}" if c.heading else c.text for c in children if c.kind == "letter")
            lines += [c.text for c in children if c.kind in ("dash", "plus")]
            lines += [ln for ln in lettered if _is_label(ln)]
        lead = next((m["value"] for ln in lines if (m := P.LABELLED_LEAD.match(ln))), None) if labels else None
        if lead is None:
            if kind in ("arabic", "letter") and not children:
                out += _closing_body_row(ct, s, level)
            continue
        support = next((m["value"] for ln in lines if (m := P.LABELLED_SUPPORT.match(ln))), "")
        time_line = next((ln for ln in lines if P.LABELLED_TIME.match(ln)), "")
        time = m["value"] if (m := P.LABELLED_TIME.match(time_line)) else ""
        # (a time field on a line of its own is read as a table's time cell
        # is, at its line: "- Thời gian thực hiện: Hằng tuần." is weekly)
        field = next(
            (c for c in s.children if c.kind in ("dash", "plus") and not c.heading and c.text == time_line), None
        )
        if "." in lead[:-1] and (said_time := P.LABELLED_TIME_INLINE.search(lead)):
            # "…; phối hợp: Vụ B. Thời gian hoàn thành: quý IV năm 2026."
            if not time:
                time, time_line = said_time["value"], said_time.group(0).lstrip(". ")
            lead = lead[: said_time.start()]
        inline = P.LABELLED_SUPPORT_INLINE.search(lead)
        if inline:  # "Cơ quan chủ trì: Sở A; phối hợp: Sở B, Công an tỉnh."
            lead, support = lead[: inline.start()], support or lead[inline.end() :]
        labelled = (P.LABELLED_LEAD, P.LABELLED_SUPPORT, P.LABELLED_TIME)
        # the task: the item's heading and what it says besides the labels
        said = [ln for ln in s.text.split("\n") if ln.strip() and not any(rx.match(ln) for rx in labelled)]
        what = " ".join([s.heading, *said] if s.heading else said)
        # (an item headed by the label itself is no task of its own: "4. Cơ
        # quan chịu trách nhiệm thu thập, tổng hợp" / "- Chủ trì: …" is an
        # indicator sheet's, its record's task: _from_indicator_sheets)
        if what.strip() and not P.TABLE_LEAD_HEADER.match(what):
            if not time:  # "- Ban hành …; hoàn thành trong Quý II/2026." / "Cơ quan chủ trì: …"
                said_dates = _deadlines_in(ct, what, s.span)
                time = said_dates[-1].text if said_dates else ""
            if field is not None:
                if fields is not None:
                    fields.append((field.span, s.span))
                out += _task_row(ct, what.strip(), lead, support, time.strip(" ."), s.span, level, time_span=field.span)
            else:
                out += _task_row(ct, what.strip(), lead, support, time.strip(" ."), s.span, level, time_line)
    return out


# A sheet's publication period as a recurrence ("Kỳ công bố: Năm", "Quý, năm":
# its first period word; "5 năm" every N years, "periodic").
_SHEET_PERIODS = {"năm": "annual", "quý": "quarterly", "tháng": "monthly", "tuần": "weekly"}


def _from_indicator_sheets(ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None) -> list[Assignment]:
    """A normative text's appendix of indicator sheets: each record, headed by
    the indicator's code and name ("0101. Tổng thu ngân sách nhà nước …"), is
    a task, given by its labelled responsibility lines (the label gives the
    role): "Đơn vị chịu trách nhiệm thu thập, tổng hợp: X" makes X
    responsible; the label over "- Chủ trì: X;" / "- Phối hợp: Y; Z" makes X
    the lead, Y and Z its support. "Kỳ công bố: Năm" is the task's recurrence
    (P.INDICATOR_SHEET_HEADING, P.SHEET_RESPONSIBLE, P.SHEET_PERIOD)."""
    out: list[Assignment] = []
    seen_to = -1
    for appendix in _walk_in(sections, lo, hi):
        if appendix.kind != "appendix" or appendix.span.start < seen_to:
            continue
        seen_to = appendix.span.end
        start, end = ct.to_clean(appendix.span.start), ct.to_clean(appendix.span.end)
        if ct.text.find("chịu trách nhiệm", start, end) < 0:
            continue
        # the appendix's lines with their clean offsets
        lines: list[tuple[int, str]] = []
        at = start
        for line in ct.text[start:end].split("\n"):
            lines.append((at, line.strip()))
            at += len(line) + 1
        heading: tuple[int, str] | None = None
        period: tuple[int, str, str] | None = None
        for i, (at, line) in enumerate(lines):
            if line[:1].isdigit() and P.INDICATOR_SHEET_HEADING.match(line):
                heading, period = (at, line), None
                continue
            if heading is None or not line.startswith(("C", "Đ", "K", *"0123456789")):
                continue
            m = P.SHEET_PERIOD.match(line)
            if m:
                every, unit = m["every"], m["unit"].lower()
                rec = _SHEET_PERIODS.get(unit)
                if rec and every and every.lstrip("0") != "1":
                    rec = RECURRENCE_EVERY.get(every.lstrip("0"), "periodic") if unit == "tháng" else "periodic"
                period = (at + line.find("Kỳ"), rec, line[line.find("Kỳ") :]) if rec else None
                continue
            m = P.SHEET_RESPONSIBLE.match(line)
            if m is None:
                continue
            value = (m["value"] or "").strip()
            lead, support, role, last = "", "", "responsible", at + len(line)
            if value:
                label = P.LABELLED_LEAD.match(value) if value.startswith(("C", "c")) else None
                if label:  # "…: Chủ trì: X; Phối hợp: Y"
                    value, role = label["value"], "lead"
                inline = P.LABELLED_SUPPORT_INLINE.search(value)
                lead, support = (value[: inline.start()], value[inline.end() :]) if inline else (value, "")
            else:  # the label over its "- Chủ trì: …" / "- Phối hợp: …" lines
                for at2, line2 in lines[i + 1 : i + 4]:
                    if not line2.startswith(("-", "+", "–", "•")):
                        break
                    if (m2 := P.LABELLED_LEAD.match(line2)) is not None:
                        lead, role = m2["value"], "lead"
                    elif (m2 := P.LABELLED_SUPPORT.match(line2)) is not None:
                        support = m2["value"]
                    else:
                        break
                    last = at2 + len(line2)
            if not lead.strip():
                heading = None
                continue
            span = ct.source_span(ct.to_source(heading[0]), ct.to_source(last, end=True))
            what = heading[1]
            partners = [n for n in _agency_names(_without_related(support))[0] if _looks_like_agency(n)] if support else []
            for name in (n for n in _agency_names(_without_related(lead))[0] if _looks_like_agency(n)):
                task = Task(text=what, span=span)
                if partners:
                    task.partners = [p for p in partners if p != name]
                deadlines = []
                if period is not None:
                    pspan = ct.source_span(ct.to_source(period[0]), ct.to_source(period[0] + len(period[2]), end=True))
                    deadlines = [Deadline(text=period[2], recurrence=period[1], agency=name, span=pspan)]
                out.append(_assigned(name, level, role, [task], span, deadlines=deadlines))
            for name in partners:
                out.append(_assigned(name, level, "support", [Task(text=what, span=span)], span))
            heading = None  # (one responsibility per record)
    return out


def _closing_body_row(ct: CleanText, s: Section, level: str | None) -> list[Assignment]:
    """A task's item closed by the body doing it, as a label line would name
    it (P.CLOSING_BODY_ROLE): its last sentence, or its last line standing
    under the task. Not an item opening with a body (its task is that body's:
    a later sentence names a helper), nor one whose closing sentence is its
    only one (an opening body's, read elsewhere)."""
    text = s.text.rstrip()
    end = len(text)
    if not any(text.find(w, max(0, end - 400)) >= 0 for w in ("chủ trì", "thực hiện", "phụ trách")):
        return []
    if _opens_with_head_word(text.lstrip()) or (s.heading and _opens_with_head_word(s.heading.lstrip())):
        return []
    line = text.rfind("\n") + 1
    breaks = [m.end() - 1 for m in P.CITED_SENTENCE_BREAK.finditer(text, line)]
    at = breaks[-1] if breaks else line
    if at == 0:
        return []
    m = P.CLOSING_BODY_ROLE.fullmatch(text, at)
    if m is None:
        return []
    lead = m["lead"]
    if lead[:5] == "Giao ":
        # the item's closing line giving it: "1. Tổ chức học tập …; hoàn thành
        # trong tháng 9/2025." / "Giao Văn phòng Đảng ủy phường chủ trì, phối
        # hợp với Trung tâm Chính trị phường tham mưu tổ chức."
        lead = lead[5:]
    names = _agency_names(lead)[0]
    if not names or not all(_looks_like_agency(n) for n in names):
        return []
    rest = lead
    for n in names:
        rest = rest.replace(n, " ", 1)
    if any(w.lower() not in ("và", "các") for w in P.WORD.findall(rest)):
        return []  # the names and a verb: "Sở A yêu cầu các đơn vị nghiêm túc thực hiện."
    what = " ".join(x for x in (s.heading, text[:at].strip()) if x)
    # (its time read as the text's scan reads it, else as a time field: "thực hiện thường xuyên")
    told = (m["time"] or "").strip(" .")
    time = P.CLOSING_TIME_OPENING.sub("", told, count=1)
    said = time and (_deadlines_in(ct, told, s.span) or P.ONGOING.match(time) or P.PERIOD.search(time))
    out = _task_row(ct, what, lead, m["support"] or "", time if said else "", s.span, level, told if said else "")
    if not said and lead is not m["lead"]:
        # (given by its closing line, the item's dates are the lead's: "…;
        # hoàn thành trong tháng 9/2025." / "Giao Văn phòng … chủ trì, …")
        for a in out:
            if a.role == "lead" and not a.deadlines:
                a.deadlines = _task_deadlines(ct, a.tasks, a.agency)
    return out


def _is_label(text: str) -> bool:
    """Is the text one labelled line of a task: its lead, partners or time?"""
    return "\n" not in text.strip() and any(
        rx.match(text) for rx in (P.LABELLED_LEAD, P.LABELLED_SUPPORT, P.LABELLED_TIME)
    )


def _task_row(
    ct: CleanText,
    what: str,
    lead_text: str,
    support_text: str,
    time: str,
    span: Span,
    level: str | None,
    time_line: str = "",
    time_span: Span | None = None,
) -> list[Assignment]:
    """The assignments of one task with its lead and supporting bodies and its
    time, from a table's row or a list's labelled lines: the lead's task has
    the others as partners; each supporting body supports it. ``time_span``:
    the time field's own line, where its time is read as a cell is."""
    out = []
    lead_text = _before_submitting(_without_related(lead_text))
    support_text = _without_related(support_text)
    partners = [n for n in _agency_names(support_text)[0] if _looks_like_agency(n)] if support_text else []
    for text_, role in ((lead_text, "lead"), (support_text, "support")):
        names, asked = _agency_names(text_)
        if asked and role == "lead":
            role = "requested"  # "Đề nghị Ủy ban MTTQ Việt Nam phường" in the lead cell: asked, not led
        for name in (n for n in names if _looks_like_agency(n)):
            # (a time field's whole line first, as the document's list reads it)
            deadlines = (
                (time_line and _deadlines_in(ct, time_line, span, agency=name))
                or _time_deadlines(ct, time, time_span or span, name)
                if time
                else []
            )
            task = Task(text=what, span=span)
            if role != "support" and partners:
                task.partners = [p for p in partners if p != name]
            out.append(_assigned(name, level, role, [task], span, deadlines=deadlines))
    return out


def _without_related(cell: str) -> str:
    """A table's cell of bodies without the class it adds (CELL_RELATED_BODIES)."""
    if "liên quan" not in cell and not cell.rstrip().endswith((" cơ", " tổ", " đơn")):
        return cell
    m = P.CELL_RELATED_BODIES.search(cell)
    return cell[: m.start()] if m else cell


def _before_submitting(lead: str) -> str:
    """A lead's cell up to the verb naming whom it submits to (LEAD_CELL_SUBMITS)."""
    if "trình" not in lead:
        return lead
    m = P.LEAD_CELL_SUBMITS.search(lead)
    return lead[: m.start()] if m else lead


def _time_deadlines(ct: CleanText, time: str, span: Span, name: str) -> list[Deadline]:
    """The deadlines a task's time says, from a table's time cell or a time
    field ("- Thời gian: Quý III/2026"): its dates, or the cell as it is; a
    condition in brackets after its time ("Quý II/2026 (theo … giai đoạn 2026 -
    2031)") says no date of its own."""
    cut = time.find(" (") if "(" in time else -1
    if 0 < cut <= _TIME_BEFORE_CONDITION and _is_time_cell(time[:cut]):
        deadlines = _time_deadlines(ct, time[:cut], span, name)
        for d in deadlines:
            d.text = time
        return deadlines
    # (a cell that is a year without end alone, "Năm 2026 và các năm tiếp
    # theo", is the cell as it is, with its row's span)
    alone = time.strip()
    on = P.DEADLINE_ONGOING_FROM_YEAR.match(alone) if alone[:1] in "NnTtKk" else None
    deadlines = [] if on and on.end() >= len(alone.rstrip(" .;")) else _deadlines_in(ct, time, span, agency=name)
    if deadlines:
        return deadlines
    listed = P.MONTH_LIST.search(time) if "," in time or "và" in time else None
    if listed is not None and len(months := _listed_months(listed)) > 1:
        # "Tháng 4, tháng 6, tháng 8 và tháng 10/2026": due in each month listed
        return [
            Deadline(text=time, month=x, year=int(listed["y"]), recurrence="once", agency=name, span=span) for x in months
        ]
    # "Tháng 6/2026", "Quý II/2026", "Thường xuyên": the cell as it is
    period = P.PERIOD.search(time) or P.PERIOD_NO_YEAR.search(time)
    # (a span of years ends with its last: "2026 - 2027")
    year = next(reversed(list(P.YEAR.finditer(time))), None)
    if year and P.BEFORE_YEAR.search(time, 0, year.start()):
        # "hoàn thành trước năm 2025": by the end of the year before
        return [Deadline(text=time, day=31, month=12, year=int(year.group(0)) - 1, recurrence="once", agency=name, span=span)]
    # a date alone, the period's end if two: "31/12/2025", "01/6 - 30/6/2026"
    dates = [d for d in P.CELL_DATE.finditer(time) if 1 <= int(d["d"]) <= 31 and 1 <= int(d["m"]) <= 12]
    day = int(dates[-1]["d"]) if dates else None
    month = int(dates[-1]["m"]) if dates else _period_month(period) if period else None
    return [
        Deadline(
            text=time,
            day=day,
            month=month,
            year=int(year.group(0)) if year else None,
            recurrence=_cell_recurrence(time, year is not None),
            agency=name,
            span=span,
        )
    ]


def _cell_recurrence(time: str, has_year: bool) -> str | None:
    """How often a time cell's task falls due: ongoing for "Thường xuyên", also
    after the start it runs from ("Từ tháng 5/2026, thường xuyên":
    ONGOING_AFTER_START) where no frequency is said ("Hằng năm, thường
    xuyên" is annual); ad hoc for an event with no date ("Sau khi Kế hoạch
    được phê duyệt": CELL_AFTER_EVENT); once for a dated one."""
    if P.ONGOING.match(time) or P.ONGOING_FROM_YEAR.search(time):
        return "ongoing"
    rec = _recurrence(time)
    if rec is None and P.ONGOING_AFTER_START.search(time):
        return "ongoing"
    if rec is None and not has_year and time[:1] in "SsKkNn" and P.CELL_AFTER_EVENT.match(time):
        return "ad hoc"  # "Sau khi Kế hoạch được phê duyệt": each time the event happens
    return rec or ("once" if has_year else None)


def _from_sentences(
    ct: CleanText,
    sections: list[Section],
    lo: int,
    hi: int,
    level: str | None,
    lead: list[LogicalLine],
    reporter: str | None = None,
) -> list[Assignment]:
    """The bodies given tasks by "Giao X …" in items and the body's paragraphs;
    ``reporter``: a report's or submission's issuer (see ``_given``)."""
    out: list[Assignment] = []
    orders: set[int] | None = None  # (the points of the lower governments' items: see _from_items)
    # (a proposal is the issuer's own wording of what it asks be given, "Đề
    # xuất" / "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì …", no account of
    # another's giving: the reporter's test is for the narrative only)
    proposals = _proposal_parts(sections, lo, hi) if reporter is not None else []
    for s in _walk_in(sections, lo, hi):
        if not (_holds_giao(s.text) or (s.heading and _holds_giao(s.heading))):
            continue  # (nothing given: see _given)
        if orders is None:
            orders = _lower_governments_points(sections)
        if id(s) in orders and _gives_own_body(s):
            continue  # "3. UBND các xã, phường" / "b) Giao Phòng Văn hóa - Xã hội …": the communes' own order
        own = " ".join(x for x in (s.heading, s.text) if x)
        # matched with the heading on its own line (a verb may open the text);
        # the same length, so offsets hold in ``own``
        lines = "\n".join(x for x in (s.heading, s.text) if x)
        proposed = any(p.start <= s.span.start < p.end for p in proposals)
        for name, sentence, closes, _ in _given(own, lines, None if proposed else reporter):
            # "Giao X thực hiện các công việc sau:" closing the text: the items
            # under it are X's tasks
            tasks = _tasks(ct, s) if closes and s.children else [Task(text=sentence, span=s.span)]
            out.append(_given_to(ct, name, sentence, tasks, s.span, level))
    # the body's paragraphs before its first item (a letter's text): "Giao Sở
    # X chủ trì …", and "Giao X thực hiện các nhiệm vụ sau:" above the items
    above = _above_items(lead, sections)
    for ll in lead:
        for name, sentence, closes, at in _given(ll.text, ll.text, reporter):
            span = ct.span(ll.start + at, ll.start + at + len(sentence))
            tasks = [Task(text=sentence, span=span)]
            if closes and ll is above and sections:
                tasks = _tasks_of(_under_lead(ct, sections)) or tasks
            out.append(_given_to(ct, name, sentence, tasks, span, level))
    out += _given_after_items(ct, sections, lo, hi, level, reporter)
    return out


def _given_after_items(
    ct: CleanText, sections: list[Section], lo: int, hi: int, level: str | None, reporter: str | None
) -> list[Assignment]:
    """The bodies given tasks by a sentence opening "Giao X <verb> …" in the
    paragraphs after the text's items, which no item holds (an invitation's
    preparation line after its list of invitees: "Giao Sở Khoa học và Công
    nghệ chuẩn bị báo cáo …, gửi … trước 16 giờ ngày 26/6/2026")."""
    ends = [s.span.end for s in sections if _in_range(s.span, lo, hi)]
    if not ends:
        return []
    start, end = ct.to_clean(max(ends)), ct.to_clean(hi)
    if start >= end or not _holds_giao(ct.text[start:end]):
        return []
    out: list[Assignment] = []
    at = start
    for line in ct.text[start:end].split("\n"):
        if line[:4] in ("Giao", "GIAO"):
            for name, sentence, _, where in _given(line, line, reporter):
                if where == 0 or line.endswith(". ", 0, where):  # (opening its sentence)
                    span = ct.span(at + where, at + where + len(sentence))
                    out.append(_given_to(ct, name, sentence, [Task(text=sentence, span=span)], span, level))
                    if ";" in sentence:
                        # another body's clause after ";": that body's task ("Giao
                        # Phòng X chuẩn bị báo cáo …; Văn phòng … chuẩn bị hội trường …")
                        out += _clause_bodies_at(ct, span, sentence, [name], level)
        at += len(line) + 1
    return out


def _items_about_bodies(items: list[Section]) -> list[tuple[str, Section]]:
    """The items headed "Đối với <a body>" under a request, each with its body,
    when two or more are and none asks anything of its own (those are read as
    requests: ``_with_subjects``); else none."""
    out: list[tuple[str, Section]] = []
    for item in items:
        concerns = P.ITEM_CONCERNS.match(item.heading or "") if item.kind in ("arabic", "letter") else None
        if concerns is None:
            continue
        body = concerns["body"].strip()
        lowered = item.text.lower()
        if not _looks_like_agency(body) or any(w in lowered for w in ("đề nghị", "yêu cầu", "kiến nghị")):
            return []
        out.append((body, item))
    return out if len(out) >= _ADDRESSED_ITEMS else []


def _above_items(lead: list[LogicalLine], items: list[Section]) -> LogicalLine | None:
    """The paragraph right above the first item (``lead`` also holds the
    closing paragraphs after the items): "… thực hiện các nội dung sau:"."""
    first = items[0].span.start if items else None
    above = [ll for ll in lead if first is None or ll.src_start < first]
    return above[-1] if above else None


def _under_lead(ct: CleanText, items: list[Section]) -> list[Section]:
    """The items a lead sentence above them ("Ban Bí thư yêu cầu … sau:")
    governs: up to the next heading of their rank or higher, an unnumbered
    one too ("TỔ CHỨC THỰC HIỆN" / "1. Các tỉnh ủy …")."""
    for i in range(1, len(items)):
        if _heading_before(ct, items[i], items[i - 1]):
            return items[:i]
    return items


def _from_requests(
    ct: CleanText,
    lead: list[LogicalLine],
    items: list[Section],
    level: str | None,
    issuer: str | None,
    to: list[str],
    informing: bool = False,
    licensing: bool = False,
) -> list[Assignment]:
    """A letter's own requests in its paragraphs: "Sở Công Thương đề nghị các
    đơn vị … rà soát …" ("requested"), "… yêu cầu Công ty …". A body named by
    its kind alone ("Công ty", "Quý cơ quan") is the letter's one addressee
    (``to``); the issuer asked to act is another body's request reported
    ("Công ty đề nghị Sở Công Thương cấp …"), not this letter's. A named
    body's duties count in a letter and in a licence (``licensing``): see
    _letter_duties. In a letter
    (it has addressees), and in a notice, report or minutes (``informing``),
    the requests inside its items count too ("1. Về hồ sơ" / "… Đề nghị Công
    ty bổ sung …")."""
    out: list[Assignment] = []
    own = body_key(issuer) if issuer else ""
    above = _above_items(lead, items)
    for ll in lead:
        for name, request, sentence, begin, stop in _requests_in(ll.text, own, to):
            span = ct.span(ll.start + begin, ll.start + stop)
            tasks = [Task(text=sentence, span=span)]
            if sentence.endswith(":"):
                # "… đề nghị Công ty thực hiện các nội dung sau:" above the
                # items: they are its tasks, unless they name bodies of their
                # own ("… yêu cầu các cơ quan …:" / "1. Sở Y tế …")
                own_items = _under_lead(ct, items)
                if ll is not above or not own_items or _addressed(own_items, openings=True):
                    continue
                if concerning := _items_about_bodies(own_items):
                    # "… đề nghị các đơn vị thực hiện …:" / "1. Đối với Trung
                    # tâm Kiểm soát bệnh tật tỉnh" / "Cung ứng …": each its body's
                    others = _beside_own_units(sentence)
                    for body, item in concerning:
                        own_tasks = _tasks_of(item.children) if item.children else [Task(text=item.text.strip(), span=item.span)]
                        if request and others is not None and not _same_body(body, others):
                            # the issuer's own unit: directed, "đề nghị" its polite word
                            # within one body; its role is its item's
                            out.append(_with_tasks(ct, body, False, _full_text(item), own_tasks, item.span, level))
                            continue
                        out.append(_with_tasks(ct, body, request, sentence, own_tasks, item.span, level))
                    continue
                tasks = (
                    _outline_requests(ct, own_items, name, own, to)
                    or _without_own_commitments(ct, _tasks_of(_its_own_items(own_items, name)), own)
                    or tasks
                )
                if to and own_items[-1].text and "\n" in own_items[-1].text:
                    tasks = _without_letter_run_on(ct, tasks, own_items[-1])
            out.append(_with_tasks(ct, name, request, sentence, tasks, span, level))
    if to or informing:
        in_items: list[Assignment] = []
        under_asked: set[int] = set()  # (the points under a heading asking a body)
        for s, about in _with_subjects(items):
            head = s.heading or ""
            if head[:1] in "ĐđYyKk" and P.REQUEST_OPENING.match(head) and (s.children or s.text.strip()):
                # a heading asking bodies over their task ("5. Đề nghị Công ty X và
                # các đơn vị thu gom …" / "Bố trí phương tiện …"): the text is theirs
                tasks = _tasks_of(s.children) or [Task(text=s.text.strip(), span=s.span)]
                for name, request, _, _, _ in _requests_in(head, own, to, about):
                    in_items.append(_with_tasks(ct, name, request, head, tasks, s.span, level))
                    under_asked.update(id(c) for c in s.children)
            lowered = s.text.lower()
            # (a submission's closing put inside its last item, "3. Kiến nghị" /
            # "… Phòng Kinh tế kính trình UBND xã xem xét, quyết định …": the
            # body it is submitted to is asked, as by the opening "kính trình")
            if not any(w in lowered for w in ("đề nghị", "yêu cầu", "kiến nghị", "đề xuất", "kính trình")):
                continue  # (before the pattern)
            if id(s) in under_asked and lowered.startswith(("kiến nghị", "đề xuất")):
                continue  # "1. Đề nghị Bộ Công Thương" / "- Kiến nghị Chính phủ …": the asked body's step
            for name, request, sentence, _, stop in _requests_in(s.text, own, to, about):
                if sentence.endswith(":") and s.children:
                    # (not an item giving another body its part: "2. Công ty X
                    # chịu trách nhiệm …", "3. Yêu cầu Công ty X …")
                    tasks = _tasks_of(_its_own_items(s.children, name)) or [Task(text=sentence, span=s.span)]
                elif sentence.endswith(":") and (marked := _marked_paragraphs(s.text[stop:])):
                    tasks = [Task(text=t, span=s.span) for t in marked]
                else:
                    tasks = [Task(text=sentence, span=s.span)]
                in_items.append(_with_tasks(ct, name, request, sentence, tasks, s.span, level))
        # one body asked several things, item by item, and in the letter's
        # own paragraphs (its closing one too); an item it already has as a
        # task gives it no second one
        have: dict[str, str] = {}
        for a in out:  # (a body asked in several paragraphs: all of them)
            have[a.agency] = have.get(a.agency, "") + " " + " ".join(t.text for t in a.tasks)
        for a in in_items:
            if a.agency in have:
                a.tasks = [t for t in a.tasks if t.text not in have[a.agency]]
        out = _one_per_body(out + [a for a in in_items if a.tasks])
    if to or licensing:
        # (in its items, the issuer's own: "3. Đề xuất, kiến nghị" / "- Sở
        # Công Thương có trách nhiệm hướng dẫn Công ty …"; not what a body
        # answers for, "… chỉ chịu trách nhiệm về …")
        duties = [
            (name, sentence, ct.span(ll.start + begin, ll.start + stop))
            for ll in lead
            for name, sentence, begin, stop in _letter_duties(ll.text, to)
        ] + [
            (name, sentence, s.span)
            for s in walk_sections(items)
            if "trách nhiệm" in s.text
            for name, sentence, _, _ in _letter_duties(s.text, to)
            if own and (own in body_key(name) or body_key(name) in own) and (duty := P.LETTER_DUTY.match(sentence)) and duty.group(0).rstrip().endswith("có trách nhiệm")
        ]
        for name, sentence, span in duties:
            task = Task(text=sentence, span=span)
            held = next((a for a in out if body_key(a.agency) == body_key(name)), None)
            if held is None:
                out.append(_with_tasks(ct, name, False, sentence, [task], task.span, level))
            elif all(sentence not in t.text for t in held.tasks):
                held.tasks = [*held.tasks, task]
    if len(to) > 1:
        # a paragraph opening with one of the letter's addressees directing
        # another body: "Đảng ủy UBND tỉnh chỉ đạo Sở Tài chính tổng hợp số
        # liệu …": each its own part of the task
        keys = {body_key(t) for t in to}
        # (its paragraphs, and those run on after an item: "3. Khó khăn, …" /
        # "Đảng ủy UBND tỉnh chỉ đạo …", the paragraph no part of the item)
        paragraphs = [(ll.text, ll.start) for ll in lead if "chỉ đạo " in ll.text] + [
            (par, at)
            for it in walk_sections(items)
            if "\nchỉ đạo " not in it.text and "chỉ đạo " in it.text
            for par, at in _run_on_paragraphs(ct, it)
        ]
        for text, at in paragraphs:
            for name, other, sentence, begin, stop in _addressee_directing(text, keys):
                task = Task(text=sentence, span=ct.span(at + begin, at + stop))
                held = next((a for a in out if body_key(a.agency) == body_key(name)), None)
                if held is None:
                    out.append(_with_tasks(ct, name, False, sentence, [task], task.span, level))
                elif all(sentence not in t.text for t in held.tasks):
                    held.tasks = [*held.tasks, task]
                if not any(body_key(a.agency) == body_key(other) for a in out):
                    part = sentence[sentence.find(other) :]
                    out.append(_with_tasks(ct, other, False, part, [Task(text=part, span=task.span)], task.span, level))
    for ll in lead:
        for name, sentence, begin, stop in _informed_to_act(ll.text, own, to):
            task = Task(text=sentence, span=ct.span(ll.start + begin, ll.start + stop))
            # (one asked already keeps its role, its name written in any case:
            # "Công ty … Thương mại" asked, "Công ty … thương mại" informed)
            asked = next((a for a in out if body_key(a.agency) == body_key(name)), None)
            if asked is not None and asked.tasks and P.COURTESY_TASK.match(sentence, sentence.rfind("biết") + 4):
                continue  # the closing formula "… để X biết và thực hiện./.": X's tasks are the body's
            if asked is not None:
                asked.tasks = [*asked.tasks, task]
            else:
                out.append(_with_tasks(ct, name, False, sentence, [task], task.span, level))
    # a body the asked one is to direct leads that task, whoever is asked
    # ("đề nghị UBND các tỉnh:" / "1. Chỉ đạo Sở Tài chính chủ trì, phối hợp với …")
    named = [a.agency for a in out]
    for a in list(out):
        for t in a.tasks:
            if "chủ trì" in t.text:
                directed = _directed_bodies(t.text, t.span, named, level)
                named += [d.agency for d in directed]
                out += directed
            if ":" in t.text and ("hỉ đạo" in t.text or "iao" in t.text):
                # "đề nghị A chỉ đạo B: <task> trước D": B is responsible for the
                # task and owns its date; A is asked to direct it
                for d in _directed_tasks(ct, t, named, level):
                    named.append(d.agency)
                    out.append(d)
                    its = {(x.span.start, x.text) for x in d.deadlines if x.span is not None}
                    a.deadlines = [x for x in a.deadlines if x.span is None or (x.span.start, x.text) not in its]
    return out


def _without_letter_run_on(ct: CleanText, tasks: list[Task], last: Section) -> list[Task]:
    """A letter's request items' tasks, the last one's without the letter's
    own paragraphs run on after it, set apart by a blank line, no point of
    the item ("3. Khó khăn, vướng mắc …" / "" / "Đảng ủy UBND tỉnh chỉ đạo …"
    / "" / "Báo cáo gửi về … trước ngày …"): the item is its lines up to the
    blank one."""
    text = last.text
    for par, at in _run_on_paragraphs(ct, last):
        src = ct.to_source(at)
        start = ct.source.rfind("\n", 0, src)
        if start <= 0 or ct.source[ct.source.rfind("\n", 0, start) + 1 : start].strip() or not par[:1].isupper():
            continue  # (its next line, or a point: "- …", "a) …")
        cut = text.find(par)
        break
    else:
        return tasks
    kept = text[:cut].rstrip()
    if not kept:
        return tasks
    out = []
    for t in tasks:
        if t.span == last.span and t.text.endswith(text):
            begin = ct.to_clean(last.span.start)
            lo = ct.text.find(kept, begin)
            t = known_task(t.text[: len(t.text) - len(text)] + kept, ct.span(lo, lo + len(kept)) if lo >= 0 else t.span)
        out.append(t)
    return out


def _run_on_paragraphs(ct: CleanText, item: Section) -> list[tuple[str, int]]:
    """The paragraphs of an item's text after its first line, each with
    where it starts in the clean text."""
    out: list[tuple[str, int]] = []
    at = ct.to_clean(item.span.start)
    for par in item.text.split("\n")[1:]:
        par = par.strip()
        if not par:
            continue
        found = ct.text.find(par, at)
        if found < 0:
            continue
        out.append((par, found))
        at = found + len(par)
    return out


def _addressee_directing(text: str, keys: set[str]) -> Iterator[tuple[str, str, str, int, int]]:
    """(the addressee, the body it directs, the sentence, its start and end)
    for each sentence of a letter's paragraph that opens with one of its
    addressees (``keys``) directing a named body to act (P.ADDRESSEE_DIRECTS:
    "Đảng ủy UBND tỉnh chỉ đạo Sở Tài chính tổng hợp …"; not a past
    account, "… đã chỉ đạo …")."""
    starts = [0, *(b.end() - 1 for b in P.SENTENCE_BREAK.finditer(text))]
    for i, begin in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        sentence = text[begin:stop].strip()
        subject = _sentence_subject(sentence)
        if subject is None or body_key(subject) not in keys or not sentence.startswith(subject):
            continue
        m = P.ADDRESSEE_DIRECTS.match(sentence, len(subject))
        if m is None:
            continue
        names = [n for n in _agency_names("Giao " + sentence[m.end() :])[0] if _names_a_body(n)]
        if names and sentence.find(names[0], m.end()) == m.end():
            yield subject, names[0], sentence, begin + text[begin:stop].find(sentence), stop


def _directed_tasks(ct: CleanText, task: Task, have: list[str], level: str | None) -> list[Assignment]:
    """The bodies a request's addressee is asked to direct, each with the task
    after the colon to the sentence's end ("… chỉ đạo Sở Xây dựng: có ý kiến
    …, gửi Sở Công Thương trước ngày 30/6/2026."), its dates their own."""
    out: list[Assignment] = []
    text = task.text
    for m in P.DIRECTED_TASK.finditer(text):
        names = [n for n in _agency_names(m["names"])[0] if _names_a_body(n) and n not in have]
        if not names:
            continue
        end = min((k for k in (text.find(". ", m.end()), text.find("\n", m.end())) if k >= 0), default=len(text))
        own = [Task(text=text[m.end() : end].strip(" .;"), span=task.span)]
        for name in names:
            out.append(_assigned(name, level, "responsible", own, task.span, deadlines=_task_deadlines(ct, own, name)))
    return out


def _beside_own_units(sentence: str) -> list[str] | None:
    """The other bodies a request names beside the issuer's own units ("Sở …
    đề nghị UBND các xã, phường và các đơn vị trực thuộc Sở thực hiện …:"), or
    None where it names none of its own."""
    m = P.LETTER_REQUEST.search(sentence)
    if m is None or not any(w in sentence for w in ("thuộc Sở", "thuộc Bộ", "của Sở", "của Bộ")):
        return None  # (before the names: see P.OWN_UNITS_TAIL)
    names = _agency_names("Đề nghị " + sentence[m.end() :])[0]
    own = [n for n in names if P.OWN_UNITS_TAIL.search(n)]
    return [n for n in names if n not in own] if own else None


def _letter_duties(text: str, to: list[str]) -> Iterator[tuple[str, str, int, int]]:
    """(body, sentence, its start and end) for each duty a letter's paragraph
    gives: "Chi nhánh X chịu trách nhiệm trước pháp luật về …", "Sở Công
    Thương có trách nhiệm hướng dẫn …" (the issuer's own too), and its
    addressee's in a purpose clause: "… trả lại hồ sơ để Công ty X tổ chức
    thẩm định …" (not what a superior is asked to heed: "để UBND tỉnh xem xét");
    a clause of its one addressee named by its kind, bound to act: "…; đặc
    biệt Công ty cần phải khẩn trương …", "Quý cơ quan có trách nhiệm …"."""
    obliged = len(to) == 1 and ("phải" in text or "cần " in text or "trách nhiệm" in text)
    if "trách nhiệm" not in text and "để " not in text and not obliged:
        return
    starts = [0, *(b.end() - 1 for b in P.SENTENCE_BREAK.finditer(text))]
    for i, begin in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        sentence = text[begin:stop].strip()
        duty = _duty_clause(text, begin, stop, to)
        if duty is not None:
            name, at = duty
            # (a clause after ";" is the task: "Được phép …: Loại 3; Công ty X
            # phải có trách nhiệm duy trì …")
            yield name, sentence if at == begin else text[at:stop].strip(), begin, stop
            continue
        if obliged:
            clause = _obliged_clause(text, begin, stop)
            if clause is not None:
                yield to[0], text[clause:stop].strip(), begin, stop
                continue
        for body in to:
            at = text.find("để " + body, begin, stop)
            rest = at + 3 + len(body)
            if at < 0 or not text[rest : rest + 1].isspace():
                continue
            verb = text[rest:stop].lstrip()
            if verb[:1].islower() and P.SUPERIOR_PURPOSE.match(verb) is None:
                yield body, sentence, begin, stop
                break


def _duty_clause(text: str, begin: int, stop: int, to: list[str]) -> tuple[str, int] | None:
    """(the body, where its clause starts) of the first clause of the
    sentence ``text[begin:stop]`` (at its start, or after a ";") that opens
    with a named body and its duty (P.LETTER_DUTY: "Sở Công Thương có trách
    nhiệm hướng dẫn …", "…; Công ty TNHH X phải có trách nhiệm duy trì …");
    the letter's one addressee named by its kind too ("Công ty có trách nhiệm
    …"). None where no clause does."""
    at = begin
    while 0 <= at < stop:
        while at < stop and text[at] == " ":
            at += 1
        m = P.LETTER_DUTY.match(text, at, stop)
        if m is not None:
            name = m["body"].strip()
            if len(to) == 1 and P.ADDRESSEE_REFERENCE.match(name):
                name = to[0]  # "Công ty có trách nhiệm …", "Quý cơ quan …": the one addressee
            # (a body the tables do not place: the addressee, "Chi nhánh …")
            named = _names_a_body(name) or body_key(name) in {body_key(t) for t in to}
            if named and _is_body_name(name) and not is_generic(name):
                return name, at
        at = text.find(";", at, stop)
        at = at + 1 if at >= 0 else -1
    return None


def _obliged_clause(text: str, begin: int, stop: int) -> int | None:
    """Where the first clause of the sentence ``text[begin:stop]`` whose
    subject is an addressee named by its kind, bound by a modal, starts
    (P.ADDRESSEE_OBLIGED, at the sentence's start or after a ";"), or None."""
    at = begin
    while at >= 0:
        m = P.ADDRESSEE_OBLIGED.match(text, at, stop)
        if m is not None:
            return m.start("body")
        at = text.find(";", at, stop)
        at = at + 1 if at >= 0 else -1
    return None


def _without_clause_tail(name: str) -> str:
    """A name without the words after a comma that open no name ("Sở Y tế,
    theo đó …": a clause; "Chi nhánh … Sin Quyền, Lào Cai - VIMICO" keeps its
    place)."""
    at = name.find(", ")
    while at >= 0:
        if not name[at + 2 : at + 3].isupper():
            return name[:at]
        at = name.find(", ", at + 2)
    return name


def _informed_to_act(text: str, own: str, to: list[str]) -> Iterator[tuple[str, str, int, int]]:
    """(body, sentence, its start and end) for each body a notice tells to act
    on it: "Sở Công Thương thông báo cho Công ty X được biết và triển khai thực
    hiện", "… thông báo đến Công ty để biết và thực hiện" (the one addressee)."""
    if "thông báo" not in text:
        return
    for m in P.INFORMED_TO_ACT.finditer(text):
        listed = " ".join(m["body"].split())
        # the addressees by their kind ("đơn vị", "các cơ quan, đơn vị, địa
        # phương"): the letter's one addressee, or those named before
        if P.ADDRESSEE_REFERENCE.match(listed) or (listed.startswith("các ") and P.GENERIC_ADDRESSEES.match(listed)):
            if len(to) != 1:
                continue
            listed = to[0]
        elif listed.startswith("các ") and len(listed.split()) < 4:
            continue  # "các đơn vị …": those named before, no group of its own
        # a comma inside the addressee's own name, or between several bodies
        names = [listed] if "," not in listed or listed in to else [_without_clause_tail(n) for n in _agency_names("Giao " + listed)[0]]
        dot = text.rfind(". ", 0, m.start())
        begin = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        stop = text.find(". ", m.end())
        stop = len(text) if stop < 0 else stop + 1
        for name in names:
            key = body_key(name)
            if not _looks_like_agency(name) or (own and (own in key or key in own)):
                continue
            yield name, text[begin:stop].strip(), begin, stop


def _asked_body(text: str, at: int) -> str | None:
    """The first body a request names after its verb (``at``: after "đề nghị")."""
    head = text[at : at + 120]
    verb = P.REQUEST_OPENING.match(head) or P.GIVE_LEAD.match(head)
    names, _ = _agency_names("Đề nghị " + (head[verb.end() :] if verb else head))
    if not names:
        return None
    kind = P.KIND_THEN_LOWER.match(names[0])  # "Công ty hiệu chỉnh …": the body by its kind
    return kind["kind"] if kind else names[0]


def _without_own_commitments(ct: CleanText, tasks: list[Task], own: str) -> list[Task]:
    """``tasks`` asked of another body, each without its sentences after the
    first in which the issuer (``own``, its key) says what it will do itself:
    "… theo quy định tại … Luật số 42/2024/QH15. Sở Công Thương sẽ phối hợp
    với UBND xã và doanh nghiệp kiểm tra thực tế …" (the Sở's commitment, no
    task of the firm, nor its partners)."""
    if not own:
        return tasks
    out: list[Task] = []
    for t in tasks:
        if " sẽ " not in t.text:  # (before the pattern)
            out.append(t)
            continue
        cut = next(
            (
                m.start("body")
                for b in P.SENTENCE_END.finditer(t.text)
                if (m := P.WILL_DO.match(t.text, b.end())) is not None
                and (key := body_key(m["body"]))
                and (key in own or own in key)
            ),
            None,
        )
        if cut is None:
            out.append(t)
            continue
        kept = t.text[:cut].rstrip()
        span = t.span
        if span is not None:
            # the span ends where the kept words end in the cleaned text
            lo, hi = ct.to_clean(span.start), ct.to_clean(span.end)
            at = ct.text.find(t.text[cut:].split("\n")[0], lo, hi)
            if at > lo:
                end = lo + len(ct.text[lo:at].rstrip())
                span = ct.span(lo, end)
        out.append(known_task(kept, span))
    return out


def _outline_requests(ct: CleanText, items: list[Section], name: str, own: str, to: list[str]) -> list[Task]:
    """The tasks of ``name`` in a letter's outline under "… báo cáo và đề
    nghị X nội dung như sau:" ("1. Quy định … và thực tế hiện nay" / "2. Khó
    khăn, vướng mắc" / "3. Kiến nghị"): only its request part's points; the
    parts stating rules, facts or difficulties are no tasks. A request with
    its own colon in that part ("… trân trọng đề nghị Bộ Xây dựng:") gives
    each point under it ("(i). …", "(ii). …") as a task. Empty when no item
    is such a part (P.REQUEST_PART_NAME), or every item is one."""
    asks = [i for i in items if i.heading and P.REQUEST_PART_NAME.match(i.heading)]
    if not asks or len(asks) == len(items):
        return []
    tasks: list[Task] = []
    for item in asks:
        if item.children:
            tasks += _tasks_of(item.children)
            continue
        points: list[str] = []
        for asked, _, sentence, _, stop in _requests_in(item.text, own, to):
            if sentence.endswith(":") and body_key(asked) == body_key(name):
                points = _marked_paragraphs(item.text[stop:])
                break
        if not points:
            tasks += _tasks_of([item])
            continue
        spans = _line_spans(ct, item.span)
        for point in points:
            lines = point.split("\n")
            first, last = spans.get(lines[0].strip()), spans.get(lines[-1].strip())
            span = item.span
            if first is not None and last is not None:
                span = known_span(span.file, first.line, last.end_line, first.start, last.end)
            tasks.append(known_task(point, span))
    return tasks


def _its_own_items(items: list[Section], name: str) -> list[Section]:
    """The items under a request that are the requested body's: not an
    appendix's forms, nor an item giving another body its part ("3. Giao Phòng
    Kế hoạch - Tài chính chủ trì …", "3. Văn phòng Sở tổng hợp …")."""
    own = fold(without_title(name))
    out = []
    for item in items:
        if item.kind == "appendix":
            continue
        head = item.heading or item.text.split("\n")[0]
        if P.GIVE_LEAD.match(head):
            continue
        if not P.REQUEST_OPENING.match(head) and (body := _opening_body(item)) is not None and fold(without_title(body)) != own:
            continue
        if item.heading and _asks_others(item.text, name):
            continue  # "1. Về phổ biến …" / "Đề nghị các Sở, ngành … phối hợp …": the bodies it asks
        if item.heading and not item.text.strip() and item.children:
            # a heading over other bodies' parts, most of its items opening
            # with their body ("6. Tổ chức thực hiện" / "6.2. Đảng đoàn Quốc hội …")
            others = sum(1 for c in item.children if (b := _opening_bodies(c)) and fold(without_title(b[0])) != own)
            if others >= _ADDRESSED_ITEMS and 2 * others >= len(item.children):
                continue
        out.append(item)
    return out


def _asks_others(text: str, name: str) -> bool:
    """Whether ``text`` opens by asking bodies none of which is ``name``'s
    ("Đề nghị các Sở, ngành và địa phương … phối hợp …" under a request of
    the firms): its sentence is theirs, not a task of ``name``."""
    text = text.lstrip()
    if text[:1] not in "ĐđYyKk" or P.REQUEST_OPENING.match(text) is None:
        return False
    stop = text.find(". ")
    first = text[: stop + 1] if stop >= 0 else text
    asked = [r[0] for r in _requests_in(first, "", [])]
    return bool(asked) and not any(_one_class(n, name) for n in asked)


def _firm_class_key(name: str) -> str | None:
    """The activity that tells apart a class of organisations named by their
    generic kinds (see P.FIRM_CLASS): "hóa chất" for "các tổ chức, cá nhân
    hoạt động hóa chất thuộc lĩnh vực, địa bàn quản lý"; "" for the kinds
    alone ("các tổ chức, cá nhân, doanh nghiệp"); None for a name that is no
    such class, or one named only as concerned ("… có liên quan")."""
    name = " ".join(name.split())
    m = P.FIRM_CLASS.match(name)
    if m is None or name.lower().endswith("liên quan"):
        return None
    rest = P.FIRM_CLASS_SCOPE.sub("", name[m.end() :])
    if "(" in rest:  # (an abbreviation defined beside it: "thuốc bảo vệ thực vật (TBVTV)")
        rest = P.FIRM_CLASS_BRACKET.sub(" ", rest)
    return " ".join(P.FIRM_CLASS_LINKS.sub(" ", rest).split()).lower()


def _same_activity(a: str, b: str) -> bool:
    """Whether two activities (see ``_firm_class_key``) are one, also written
    once in full and once by its initials ("vật liệu nổ công nghiệp", "VLNCN")."""
    if fold(a) == fold(b):
        return True
    wa, wb = a.split(), b.split()
    n = 0  # (the words both open with: "kinh doanh TBVTV", "kinh doanh thuốc bảo vệ thực vật")
    while n < min(len(wa), len(wb)) and fold(wa[n]) == fold(wb[n]):
        n += 1
    for full, short in ((wa[n:], wb[n:]), (wb[n:], wa[n:])):
        if len(full) > 1 and len(short) == 1 and fold("".join(w[:1] for w in full)) == fold(short[0]):
            return True
    return False


def _one_class(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` are one body, or one class of
    organisations told apart by one activity (see ``_firm_class_key``)."""
    if fold(without_title(a)) == fold(without_title(b)):
        return True
    ka, kb = _firm_class_key(a), _firm_class_key(b)
    return bool(ka) and bool(kb) and _same_activity(ka or "", kb or "")


# Roles one addressed class of firms holds as one: asked, or told.
_FIRMS_ASKED = {"responsible": "requested"}


def _one_addressed_class(assignments: list[Assignment], addressees: list[str]) -> list[Assignment]:
    """In a letter, the phrases its text uses for a class of organisations it
    addresses ("Kính gửi: Các đơn vị hoạt động hóa chất trên địa bàn tỉnh";
    "các đơn vị hoạt động hóa chất", "các tổ chức, cá nhân hoạt động hóa chất
    thuộc lĩnh vực, địa bàn quản lý") are that one addressee: one assignment
    per role, the first name kept. The kinds alone ("các tổ chức, cá nhân,
    doanh nghiệp") are the one such class addressed; classes told apart by
    their activity ("các đơn vị kinh doanh", "các đơn vị sử dụng") stay two."""
    keys = [k for k in map(_firm_class_key, addressees) if k]
    if not keys:
        return assignments
    merged: dict[tuple[int, str], Assignment] = {}
    out: list[Assignment] = []
    for a in assignments:
        k = _firm_class_key(a.agency) if a.sector in (None, "enterprises") else None
        which = None
        if k == "":
            which = 0 if len(keys) == 1 else None
        elif k is not None:
            which = next((i for i, x in enumerate(keys) if _same_activity(k, x)), None)
        if which is None:
            out.append(a)
            continue
        # (firms are asked, whether the text's words made them asked or told:
        # "yêu cầu các cơ sở …" classed, "yêu cầu các tổ chức, cá nhân, doanh nghiệp" not)
        key = (which, _FIRMS_ASKED.get(a.role) or _OWN_WORK.get(a.role, a.role))
        same = merged.get(key)
        if same is None:
            merged[key] = a
            out.append(a)
            continue
        asked = "requested" in (a.role, same.role)
        if same.canonical is None and a.canonical is not None:
            same.canonical, same.sector, same.level = a.canonical, a.sector, a.level
        _absorb(same, a)
        if asked and same.role == "responsible":
            same.role = "requested"
    return out


def _marked_paragraphs(text: str) -> list[str]:
    """Paragraphs opened by a mark in brackets ("(1). …", "(2) …", "(a) …")
    at the start of ``text``, each with the unmarked lines after it: the
    points of a request closing with ":" ("Đề nghị Bộ X:" / "(1). Xem xét …")."""
    out: list[str] = []
    for line in text.strip("\n").split("\n"):
        if P.BRACKETED_MARK.match(line):
            out.append(line.strip())
        elif out and line.strip():
            out[-1] += "\n" + line.strip()
        else:
            break
    return out


def _with_subjects(items: list[Section]) -> Iterator[tuple[Section, str | None]]:
    """Each item, depth first, with the body it is about: its own heading's or
    its nearest parent's "Đối với Công ty X" ("1. Đối với Công ty X" /
    "Đơn vị chưa …" / "Yêu cầu Công ty …"), or a heading that is a body's
    name alone."""

    def subject(s: Section) -> str | None:
        heading = (s.heading or "").strip().rstrip(":.")
        concerns = P.ITEM_CONCERNS.match(heading)
        if concerns:
            heading = concerns["body"]
        elif not heading or P.TASK_VERB_START.match(heading) or len(heading.split()) > 14:
            return None
        return heading if _looks_like_agency(heading) and _is_body_name(heading) else None

    stack: list[tuple[Section, str | None]] = [(s, None) for s in items[::-1]]
    while stack:
        s, above = stack.pop()
        about = subject(s) or above
        yield s, about
        stack.extend((c, about) for c in s.children[::-1])


def _before_signer(sentence: str) -> str:
    """``sentence`` up to a signer's title, unit and name closing it, a form's
    cell run on after the request it signs ("… ký văn bản Trưởng phòng QLHC Đỗ
    Thanh Hà": "… ký văn bản"); else the whole."""
    for m in P.SIGNER_TITLE_TAIL.finditer(sentence):
        words = sentence[m.end() :].split()
        if any(len(words) >= k and is_person_name(" ".join(words[-k:])) for k in (4, 3, 2)):
            return sentence[: m.start()].rstrip(" ,;:")
    return sentence


def _courtesy_only(asked: str, name: str, names: list[str]) -> bool:
    """Are bodies named by their kind ("các cơ quan, đơn vị, địa phương", or by
    their heads': "Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã") asked
    in ``asked`` only to heed and carry out the letter, no task named? (``name``
    one of the ``names`` asked together, the formula after the last.)"""
    last = names[-1] if names else name
    at = asked.find(last)
    return (
        at >= 0
        and all(" các " in f" {n.lower()} " for n in (name, last))
        and P.COURTESY_TASK.match(asked, at + len(last)) is not None
    )


def _is_body_name(text: str) -> bool:
    """Whether ``text`` is one body's name and nothing more: the names read
    from it are the whole of it."""
    names = _agency_names("Giao " + text)[0]
    return len(names) == 1 and names[0] == text


def _requests_in(
    text: str, own: str, to: list[str], about: str | None = None
) -> Iterator[tuple[str, bool, str, int, int]]:
    """(body, whether it is asked rather than told, the sentence, its start
    and end) for each request of the letter's own in ``text``; a body named
    by its kind or referred back to ("Công ty", "đơn vị nêu trên") is the one
    the text is about (``about``; or "Đối với Công ty X: …" before it), else
    the letter's one addressee (``to``)."""
    seen: set[tuple[str, int]] = set()  # (a sentence asking one body twice gives one task)
    for m in P.LETTER_REQUEST.finditer(text, 0, None, False, False):
        # a sentence ends at ". " or at the end of its paragraph
        dot = text.rfind(". ", 0, m.start())
        begin = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        stop = text.find(". ", m.end())
        stop = len(text) if stop < 0 else stop + 1
        colon = text.find(":\n", m.end(), stop)
        if colon >= 0 and not P.CONTACT_COLON.search(text, max(m.end(), colon - 40), colon + 1):
            stop = colon + 1  # "Đề nghị Bộ X:" closing its line, over "(1). …" / "(2). …"
        if (closing := text.find("./.", m.end(), stop)) >= 0:
            stop = closing + 3  # (the text's closing mark: a form's cells may follow on)
        sent = m["verb"][:1] in "TtGg"  # "kính trình X xem xét …", "kính gửi X tổng hợp …"
        if sent and (line_end := text.find("\n", m.end(), stop)) >= 0:
            stop = line_end  # "Kính trình Lãnh đạo Cục ký văn bản" / (the signer's cell)
        if ";" in text[begin:stop]:
            # a request of another body's after ";": "Đề nghị A …; đề nghị B …"
            # (one body asked twice keeps its sentence whole)
            own_body = _asked_body(text, m.end())
            for r in P.NEXT_REQUEST.finditer(text, begin, stop):
                if r.start() > m.end():
                    if _asked_body(text, r.end()) != own_body:
                        stop = r.start() + 1
                    break
                asked_before = [x.end() for x in P.LETTER_REQUEST.finditer(text, begin, r.start())]
                if asked_before and _asked_body(text, asked_before[-1]) != own_body:
                    begin = r.end()
        # ("kính đề nghị", "kính trình": the text's own words to its superior,
        # whichever of its units is named asking, "Phòng QLHC kính đề nghị …")
        if text[max(0, m.start() - 5) : m.start()].lower() != "kính " and _reported(text[begin : m.start()], own):
            continue
        if text[max(begin, m.start() - 12) : m.start()].rstrip(" ,").endswith("đó") and P.RETOLD_GIVING.search(text, begin, m.start()):
            continue  # a cited document's request retold: "… ban hành Kế hoạch số 58/KH-UBND …, trong đó yêu cầu UBND các xã …"
        said_by = text[begin : m.start()].strip(" ,")
        if m["verb"].lower().startswith(("đề xuất", "kiến nghị")) and said_by and not (own and body_key(said_by).endswith(own)):
            # (proposing as a step: "… để tổng hợp, báo cáo, đề xuất UBND tỉnh …",
            # a body asked to "Xem xét, kiến nghị Chính phủ …"; only the issuer's own)
            continue
        request = m["verb"].lower().startswith(("đề", "kiến", "trình", "để", "gửi"))
        # the addressee named in full: its name may hold a verb's words ("Công ty
        # cổ phần Đầu tư xây dựng hạ tầng"), which would end a list of bodies
        named = [t for t in to if text.startswith(t, m.end())]
        honorific = P.HONORIFIC_ADDRESSEE.match(text, m.end())  # "đề nghị Quý Sở nghiên cứu …"
        if honorific:
            named = [" ".join(honorific.group(0).split())]
            if m["verb"].lower() == "để" and P.SUPERIOR_PURPOSE.match(text, honorific.end() + 1):
                continue  # "… để Quý Sở biết": told, nothing asked
        elif m["verb"].lower() == "để":
            continue  # ("để Quý …" not the addressee's kind)
        elif locality := P.LOCALITY_ADDRESSEE.match(text, m.end()):
            named = [locality.group(0)]  # "đề nghị địa phương căn cứ …": the one addressee
        if sent and (submitted := (P.SUBMITTED_TO if m["verb"][:1] in "Tt" else P.SENT_TO).match(text, m.end())):
            named = named or [submitted["body"]]  # "Kính trình Lãnh đạo Cục xem xét, ký …"
        sentence = text[begin:stop].strip()
        if sentence[-1:].isalpha():  # (no sentence's end mark: a form's cell may run on)
            cut = _before_signer(sentence)
            if cut is not sentence:
                stop = text.find(sentence, begin) + len(cut)
                sentence = cut
        names = named[:1] or _agency_names(("Đề nghị " if request else "Giao ") + text[m.end() : stop])[0]
        if named and not honorific and (sep := P.NAMES_SEPARATOR.match(text, m.end() + len(named[0]), stop)):
            # the addressee named in full opens a list: each body after it is
            # asked too ("Yêu cầu Trưởng Công an xã, Trưởng các thôn khẩn
            # trương …", "… Giám đốc Sở Y tế và Chủ tịch UBND các xã …")
            names += [
                n
                for n in _agency_names(("Đề nghị " if request else "Giao ") + text[sep.end() : stop])[0]
                if "liên quan" not in n and not is_generic(n)  # (not those concerned: "… và các cơ quan liên quan")
            ]
        if honorific and len(to) > 1:
            names = list(to)  # "Quý cơ quan" in a letter to several: each of them
        for name in names:
            name = name.split(" (")[0]  # "Công ty X (địa chỉ: …)", "Công ty X (Công ty)"
            kind = P.KIND_THEN_LOWER.match(name)
            if kind and (
                "," in kind["run"] or not P.VERB_PHRASE_WORDS.isdisjoint(kind["run"].split())
            ):
                name = kind["kind"]  # "Công ty hiệu chỉnh các …": the addressee, by its kind
            if P.ADDRESSEE_REFERENCE.match(name) or P.BACK_REFERENCE.match(name):
                inline = [c["body"] for c in P.ITEM_CONCERNS.finditer(text, 0, m.start())]
                referent = next(
                    (b for b in (*inline[-1:], about) if b and _looks_like_agency(b)), None
                )
                if referent:
                    name = referent
                elif len(to) == 1 and not P.BACK_REFERENCE.match(name):
                    name = to[0]
                elif not P.BACK_REFERENCE.match(name):
                    continue
            key = body_key(name)
            if not _looks_like_agency(name) or (own and (own in key or key in own)):
                continue
            asked = request or _outside_body(name)
            if (
                sentence.endswith("./.")
                and (request or not _told_addressees(names, to))
                and _courtesy_only(text[m.end() : stop], name, names)
            ):
                # the closing formula: "… đề nghị các cơ quan, đơn vị quan tâm thực hiện./."
                # (a dispatch's order to its own addressees, "Yêu cầu Thủ
                # trưởng các cơ quan, đơn vị, Trưởng các thôn nghiêm túc thực
                # hiện./." under "… điện: … - Trưởng các thôn", is their duty:
                # each body named is responsible)
                continue
            if (
                sentence.endswith("./.")
                and not sent
                and (after := text.find(name, m.end(), stop)) >= 0
                and P.SUPERIOR_CLOSING_ASK.match(text, after + len(name))
            ):
                # the closing formula to a superior: "… kính đề nghị UBND tỉnh xem
                # xét, chỉ đạo./." (not "kính trình UBND tỉnh xem xét./.": what a
                # letter submits is put to its superior's decision, as a Tờ trình's)
                continue
            if (name, begin) in seen:
                continue
            seen.add((name, begin))
            yield name, asked, sentence, begin, stop


def _told_addressees(names: list[str], to: list[str]) -> bool:
    """Whether one of the text's addressees (``to``) is among the bodies
    ``names`` lists: "Trưởng các thôn" told, the text sent to "Trưởng các
    thôn"."""
    if not to:
        return False
    # (each addressee, and each head a line lists: "- Trưởng phòng Kinh tế, Trưởng phòng Văn hóa - Xã hội;")
    sent = {body_key(without_title(p)) for t in to for p in (t, *t.split(", "))}
    return any(body_key(without_title(n)) in sent for n in names)


def _outside_body(name: str) -> bool:
    """Whether ``name`` is a firm or a class of firms, which no state body
    commands: what the letter's issuer "yêu cầu" of it is a request."""
    m = classify_agency(name)
    return m is not None and m.sector == "enterprises"


def _with_tasks(
    ct: CleanText,
    name: str,
    request: bool,
    sentence: str,
    tasks: list[Task],
    span: Span,
    level: str | None,
) -> Assignment:
    """``name`` given ``tasks`` (their deadlines its own), its role read from
    ``sentence``; ``request``: asked ("Đề nghị …") rather than told."""
    return _assigned(
        name,
        level,
        _role(request, sentence, tasks),
        tasks,
        span,
        deadlines=_task_deadlines(ct, tasks, name),
    )


def _reported(before: str, own: str) -> bool:
    """Whether the body asking (the words before "đề nghị", after the clause's
    last comma) is another than the letter's issuer: "Theo đó, Bộ Lao động -
    Thương binh và Xã hội đề nghị UBND các tỉnh …" in a news item or a letter
    retells that body's request."""
    asker = P.CLAUSE_BREAK.split(before)[-1].strip()
    if not asker or not _looks_like_agency(asker):
        return False
    key = body_key(asker)
    if own and key.startswith("vanphong") and len(key) > 8 and own.startswith(key[8:]):
        # the issuer's own office speaking for it ("T/L BAN THƯỜNG VỤ": "…, Văn
        # phòng Tỉnh ủy đề nghị các cơ quan nêu trên báo cáo …" in a Tỉnh ủy's letter)
        return False
    return not own or not (key in own or own in key)


def _holds_giao(text: str) -> bool:
    """``"giao" in text.lower()``, without lowering the text (50 instructions
    a character): its letters are ASCII, which no other character lowers to,
    and UTF-8 keeps them single bytes, which bytes.lower() lowers (tested)."""
    return b"giao" in text.encode("utf-8", "surrogatepass").lower()


def _given(own: str, lines: str, reporter: str | None = None) -> Iterator[tuple[str, str, bool, int]]:
    """(body, its sentence, whether that sentence ends the text with ":", where
    the sentence starts) for each "Giao X …" in a text (``lines``: the same text
    with line breaks); ``reporter``: a report's issuer (its ``body_key``),
    whose account of another body's giving is no giving of its own."""
    if not _holds_giao(lines):  # (P.GIVE_TASK_WORD)
        return
    for m in P.GIVE_TASK.finditer(lines):
        begin = max(lines.rfind(". ", 0, m.start()), lines.rfind("\n", 0, m.start())) + 1
        if P.NARRATED_GIVING.search(lines, begin, m.start() + 6):
            continue  # a report telling what was given: "UBND xã đã giao Phòng Kinh tế …; giao Công an xã …"
        if reporter is not None and _reported(lines[begin : m.start()], reporter):
            continue  # a report retelling another's giving: "Ủy ban nhân dân tỉnh giao Sở Tài chính …"
        if P.RETOLD_GIVING.search(lines, begin, m.start()):
            continue  # a cited document's giving retold: "… tại Văn bản số …, trong đó giao Sở X …"
        if P.REQUESTED_GIVING.search(lines, max(begin, m.start() - 120), m.start() + 5):
            continue  # giving asked of another: "Đề nghị UBND tỉnh giao Sở Tài chính …"
        listed = m["agency"].strip()
        names = _agency_names(listed)[0] if "," in listed else [listed]
        end = P.SENTENCE_END.search(own, m.end())
        sentence = own[m.start() : end.end() if end else len(own)]
        closes = sentence.rstrip().endswith(":") and not own[m.start() + len(sentence) :].strip()
        for name in names:
            if _looks_like_agency(name):
                yield name, sentence, closes, m.start()


def _given_to(
    ct: CleanText, name: str, sentence: str, tasks: list[Task], span: Span, level: str | None
) -> Assignment:
    role = "lead" if P.ROLE_LEAD.search(sentence) else "responsible"
    return _assigned(
        name,
        level,
        role,
        tasks,
        span,
        indicators=_indicator_refs(sentence),
        deadlines=_task_deadlines(ct, tasks, name),
    )


# ---------------------------------------------------------------------------
# indicators
# ---------------------------------------------------------------------------


def _number(text: str) -> float | None:
    try:
        return float(text.replace(".", "").replace(",", "."))
    except ValueError:
        return None


# (how far before its number a count's direction stands: "không thấp hơn")
_COUNT_DIRECTION_REACH = 24


def _with_more(rates: list[regex.Match[str]], more: Iterable[regex.Match[str]]) -> list[regex.Match[str]]:
    """``rates`` and the matches of ``more`` at a value none of them holds,
    in the text's order."""
    found = {m.start("value") for m in rates}
    new = [m for m in more if m.start("value") not in found]
    return sorted([*rates, *new], key=lambda m: m.start()) if new else rates


def _open_counts(text: str, rates: list[regex.Match[str]], goals: bool) -> list[regex.Match[str]]:
    """Counts aimed at whatever they count (P.TARGET_COUNT_NOUN): after a word
    of aim ("không dưới 3.000 mẫu", "ít nhất 300 buổi truyền thông"), or in a
    goals item at a figure with a thousands dot first in its clause
    ("Vận động 3.000 đơn vị máu") or a count written with a leading zero
    ("lắp đặt 06 trạm quan trắc", P.THOUSANDS_DOT); and counts over a total
    ("12/12 khu phố", P.TARGET_COUNT_OF_TOTAL). Not a number a word before it names ("năm",
    "số", "Điều", "ngày": P.NUMBER_NAMED_BEFORE)."""
    out: list[regex.Match[str]] = []
    low = text.lower()
    aimed = any(w in low for w in P.COUNT_NOUN_AIM_WORDS)
    if aimed or (goals and P.THOUSANDS_DOT.search(text)):
        # (tried at its words and at the digits of a run closed by a space or a
        # dash only, P.COUNT_VALUE_RUN: a try of the pattern costs ~1.5 µs)
        for m in _matches_at_words_or_digits(P.TARGET_COUNT_NOUN, text, P.TARGET_COUNT_NOUN_OPENING_WORDS, P.COUNT_VALUE_RUN):
            # (with no word of aim, the first figure of its phrase: "…, thu hút 15.000 lượt người")
            if m["dir"] is None and not (
                goals
                and ("." in m["value"] or m["value"][0] == "0")
                and not _done_in_clause(text, m.start())
                and (
                    _first_in_clause(text, m.start(), rates)
                    or not any(text.rfind(", ", 0, m.start()) < r.start() < m.start() for r in [*rates, *out])
                )
            ):
                continue
            if P.NUMBER_NAMED_BEFORE.search(text, max(0, m.start("value") - 12), m.start("value")):
                continue
            out.append(m)
    # (outside a goals part, one aimed at by "phấn đấu" or "đạt" in its clause:
    # "Phấn đấu 12/12 ấp tham gia Đại hội", "đạt 34/34 xã")
    if "/" in text and (goals or "phấn đấu" in low or "đạt" in low):
        for m in P.TARGET_COUNT_OF_TOTAL.finditer(text):
            # (a date's day and month, "ngày 12/12", or a figure over a smaller one, no share)
            part, total = _number(m["value"]), _number(m["total"])
            if part is None or total is None or part > total or P.NUMBER_NAMED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if not goals:
                clause = text[max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), text.rfind(":", 0, m.start())) + 1 : m.start()].lower()
                if "phấn đấu" not in clause and not P.AIM_REACH.search(clause):
                    continue
            out.append(m)
    return out


def _quoted_counts(text: str) -> list[regex.Match[str]]:
    """Counts before a quoted name in a goals item ("Xây dựng mới 03 "Điểm
    chữa cháy công cộng""): the value, the name its unit; not a number a word
    before it names ("số 12 "…"", P.NUMBER_NAMED_BEFORE)."""
    return [
        m
        for m in P.QUOTED_COUNT.finditer(text)
        if not P.NUMBER_NAMED_BEFORE.search(text, max(0, m.start("value") - 12), m.start("value"))
    ]


def _zero_cases(text: str, found: list[Target]) -> list[Target]:
    """A goals item's targets of no case, "không có trường hợp tử vong"
    (P.ZERO_CASES): value 0, direction ``zero``, as "không để xảy ra …" is;
    of the year its clause's time gives."""
    out: list[Target] = []
    for m in P.ZERO_CASES.finditer(text):
        said = m.group(0).strip()
        if any(said in t.text or t.text in said for t in found):
            continue
        before = list(P.TARGET_YEAR_BEFORE.finditer(text, 0, m.start()))
        out.append(known_target(int(before[-1]["year"]) if before else None, 0.0, None, "zero", None, said, None))
    return out


def parse_targets(text: str, goals: bool = False) -> list[Target]:
    """``goals``: the text is a goals part's item, where every quantity with
    its own counted noun is a target, one with no word of direction too
    ("đón 1,2 triệu lượt khách, trong đó khách quốc tế chiếm trên 15%"; "…
    tăng 10% so với năm 2023; giải quyết việc làm cho 1.500 lao động")."""
    out: list[Target] = []
    if "\n" in text and P.BASELINE_LINE.search(text):
        # "Năm 2023, tỷ lệ hộ nghèo toàn tỉnh là 6,14%, …": the figure the goal
        # starts from, on its own line under it, is no target
        text = P.BASELINE_LINE.sub("", text)
    last_value: float | None = None
    last_unit: str | None = None
    previous_end = 0
    places: list[tuple[int, int]] = []  # (out's values' spans in the text)
    # (a rate's unit is "%", "‰" or a count per "/100.000": a text holding none
    # is spared TARGET's scan, which tries its direction words at every place)
    rates = (
        _matches_at_words_or_digits(P.TARGET, text, P.TARGET_OPENING_WORDS)
        if any(u in text for u in P.TARGET_UNIT_MARKS)
        else []
    )
    if not rates and P.ANY_DIGIT.search(text):
        rates = _matches_at_words_or_digits(P.TARGET_COUNT, text, P.TARGET_COUNT_OPENING_WORDS)  # "trồng mới 500 ha rừng"
        if "trở lên" in text:
            # a floor of what is counted hides the count aimed at after it:
            # "giảm số vụ ngộ độc từ 30 người trở lên xuống dưới 3 vụ"
            for m in list(rates):
                floor = P.FLOOR_AFTER.match(text, m.end("unit")) if (m["dir"] or "").strip().lower() == "từ" else None
                c = P.TARGET_COUNT.match(text, len(text) - len(text[floor.end() :].lstrip())) if floor else None
                if c and c["dir"]:
                    rates.append(c)
            rates.sort(key=lambda m: m.start())
    elif rates:
        # a count beside a rate of the same goal, said with what it aims at:
        # "Phấn đấu có tối thiểu 5.000 doanh nghiệp …, tăng trưởng 30%/năm";
        # "… có bác sĩ làm việc; đạt 19 bác sĩ/vạn dân" (not whom the rate
        # counts: "trẻ em từ 6 đến 16 tuổi")
        counts = []
        for n in P.NUMBER_RUN.finditer(text):
            # (tried only at a number no rate holds, not a year: a scan of the
            # whole text tries the count's direction words at every place)
            if any(r.start() <= n.start() < r.end() for r in rates) or not P.COUNT_UNIT_AFTER.match(text, n.end(), None, False):
                continue
            # (matched from a direction's first word before it: a search of the
            # text tries the directions at every place)
            lo = max(0, n.start() - _COUNT_DIRECTION_REACH)
            said = text[lo : n.start()].lower()
            for k in sorted({k for w in P.COUNT_DIRECTION_WORDS if (k := said.rfind(w)) >= 0}):
                c = P.TARGET_COUNT.match(text, lo + k)
                if c and c.start("value") == n.start() and c["dir"] and c["unit"].lower() != "tuổi":
                    counts.append(c)
                    break
            else:
                if goals and not said.rstrip().endswith("năm") and _first_in_clause(text, n.start(), [*rates, *counts]):
                    # (not one qualifying a value before it in its clause: "95% số hộ ở 20 xã")
                    c = P.TARGET_COUNT.match(text, n.start())
                    if c and c["unit"].lower() != "tuổi":
                        counts.append(c)
        if counts:
            rates = sorted([*rates, *counts], key=lambda m: m.start())
    if "ít" in text or "tối" in text or "Ít" in text or "Tối" in text or "thêm" in text:  # (P.TARGET_COUNT_OPEN's directions)
        # a count of a thing no unit names: "ít nhất 01 tổ công nghệ số"
        rates = _with_more(rates, P.TARGET_COUNT_OPEN.finditer(text))
    if "quá" in text:  # (P.TARGET_UPPER_BOUND's word; before the yearly counts: "quá 2 vụ/năm")
        rates = _with_more(rates, P.TARGET_UPPER_BOUND.finditer(text))
    if "/năm" in text:  # (P.TARGET_PER_YEAR's unit)
        rates = _with_more(rates, P.TARGET_PER_YEAR.finditer(text))
    counted = (P.TARGET_COUNT, P.TARGET_COUNT_OPEN, P.TARGET_PER_YEAR)
    if (" và " in text or ", " in text) and any(m.re in counted for m in rates):
        # a second count of the same verb, in the first's clause
        joined: list[regex.Match[str]] = []
        for m in rates:
            if m.re in counted:
                ends = [k for k in (text.find(";", m.end()), text.find(". ", m.end())) if k >= 0]
                joined += P.JOINED_COUNT.finditer(text, m.end(), min(ends) if ends else len(text))
        rates = _with_more(rates, joined)
    if "lần" in text:  # (P.TARGET_MULTIPLE's unit)
        rates = _with_more(rates, P.TARGET_MULTIPLE.finditer(text))
    if goals and ('"' in text or "“" in text):  # (P.QUOTED_COUNT's quotes)
        rates = _with_more(rates, _quoted_counts(text))
    # (P.COUNT_NOUN_AIM_WORDS' first words; a goals item's thousands dot)
    if goals or "ít" in text or "tối" in text or "không" in text or "đạt" in text or "Ít" in text or "Tối" in text or "Không" in text or "hấn đấu" in text or "Đạt" in text:
        more = _open_counts(text, rates, goals)
        if totals := {m.start("total") for m in more if m.re is P.TARGET_COUNT_OF_TOTAL}:
            # ("8/8 thôn": not "8 thôn" too, whichever reader found it)
            rates = [r for r in rates if r.start(P.group_numbers(r.re)["value"]) not in totals]
            more = [r for r in more if r.re is P.TARGET_COUNT_OF_TOTAL or r.start(P.group_numbers(r.re)["value"]) not in totals]
        rates = _with_more(rates, more)
    for k, m in enumerate(rates):
        # (the groups read again and again, read once, by number: see
        # P.group_numbers; the patterns of ``rates`` number them differently)
        g = P.group_numbers(m.re)
        value_start, unit_end, dir_ = m.start(g["value"]), m.end(g["unit"]), m[g["dir"]]
        value_said, unit_said = m[g["value"]], m[g["unit"]]
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # a baseline or an example in brackets: "(năm 2025 đạt 41,5%)"
        if len(value_said) == 4 and value_said[:2] in ("19", "20") and text[max(0, m.start() - 6) : m.start()].rstrip().lower().endswith("năm"):
            continue  # a year, no value: "phấn đấu đến năm 2030 xã … đạt chuẩn"
        said = (dir_ or "").strip().lower()
        if said == "quá":
            clause = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), text.rfind(":", 0, m.start()))
            if "không" not in text[clause + 1 : m.start()].lower():
                continue  # ("vượt quá 5 vụ": no bound aimed at)
        elif said == "từ" and P.FLOOR_AFTER.match(text, unit_end):
            # what an event counts, not a target: "ngộ độc … từ 30 người mắc trở
            # lên quá 2 vụ" (a value after it in its clause), "Không để xảy ra …"
            between = text[unit_end : rates[k + 1].start()] if k + 1 < len(rates) else ";"
            clause = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), text.rfind(":", 0, m.start()))
            if (";" not in between and ". " not in between) or "không để" in text[clause + 1 : m.start()].lower():
                continue
        elif not said and P.GROUP_NAME_BEFORE.search(text, max(0, value_start - 8), value_start, False):
            continue  # "thuộc nhóm 200 trường đại học hàng đầu"
        elif not said and text[max(0, value_start - 5) : value_start].rstrip().lower().endswith("quá"):
            continue  # "vượt quá 5 vụ" with no negation (TARGET_UPPER_BOUND's, above)
        if m.re is not P.TARGET and any(
            r.re is P.TARGET
            and r["unit"].startswith("%")
            and (share := P.SHARE_CRITERION.match(text, r.start("unit"), value_start))
            and (not share["floor"] or P.FLOOR_AFTER.match(text, unit_end))
            for r in rates[:k]
        ):
            continue  # what a share counts: "100% xã có ít nhất 01 đội văn nghệ"
        if ("có" in text or "mỗi" in text) and any(
            r.re is not P.TARGET and P.COUNT_CRITERION.fullmatch(text, r.end("unit"), value_start)
            for r in rates[:k]
        ):
            continue  # what each counted thing has: "60 doanh nghiệp … có doanh thu … đạt 20 triệu USD/năm"
        if m.re is not P.TARGET and "đạt" in text and any(
            r.re is not P.TARGET and P.COUNT_CLASS_CRITERION.fullmatch(text, r.end("unit"), value_start)
            for r in rates[:k]
        ):
            continue  # the class they reach: "03 sản phẩm OCOP đạt 3 sao trở lên"
        if unit_said.lower() == "tuổi" and P.AGE_OF_PEOPLE_BEFORE.search(text, max(0, m.start() - 30), value_start):
            continue  # whom it counts: "thanh niên 18 tuổi tăng …", "trẻ em dưới 5 tuổi"
        direction = "at_most" if said == "quá" else DIRECTIONS.get(" ".join((dir_ or "").lower().split()).replace(" bình quân", "")) if dir_ else None
        # (the words right after the unit, before a year matched after them: "từ 10%/năm trở lên trong giai đoạn …")
        if direction not in ("reduce", "increase") and dir_ and dir_.lower().strip().endswith("từ") and "trở lên" not in text[unit_end : unit_end + 12]:
            direction = None  # "từ 5% đến 10%": a range, not a floor
        after = text[unit_end : unit_end + 12].lstrip().lower()
        if after.startswith("trở lên") and direction not in ("reduce", "increase"):
            direction = "at_least"  # "đạt 1.080 tỷ đồng trở lên" ("giảm từ 4% trở lên" is a reduction)
        elif after.startswith("trở xuống"):
            direction = "at_most"
        elif (
            direction not in ("reduce", "increase", "at_least")
            and "trở lên" in text[unit_end : unit_end + 40]
            and (floor := P.FLOOR_AFTER.match(text, unit_end))
            and text[floor.end() :].lstrip()[:1] in ("", ".", ";", ",")
        ):
            direction = "at_least"  # "đạt 100% dự toán trở lên" (closing its phrase)
        value = _number(value_said)
        unit = " ".join(unit_said.split())
        if unit.startswith("/") and " " not in unit and "trẻ em" in text[m.end() : m.end() + 10]:
            unit += " trẻ em"
        if not dir_ and (bare := P.DIRECTION_BEFORE_VALUE.search(text, max(0, value_start - 16), value_start, False)):
            direction = DIRECTIONS[" ".join(bare["dir"].lower().split())]  # "xuống dưới 2 em/năm"
        if direction is None and ("giảm" in text or "tăng" in text or "Giảm" in text or "Tăng" in text):
            clause = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), text.rfind(":", 0, m.start()))
            change = P.CHANGE_BEFORE_NAME.search(text, max(clause + 1, m.start() - 150), m.start())
            if change:  # "giảm tỷ lệ tảo hôn 0,5%/năm": a reduction by the value
                direction = "reduce" if change["verb"].lower() == "giảm" else "increase"
        if direction in (None, "reach") and ("uy trì" in text or "iữ " in text or "UY TRÌ" in text):
            clause = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), text.rfind(":", 0, m.start()))
            if P.MAINTAIN_BEFORE.search(text, clause + 1, m.start()):
                direction = "maintain"  # "Duy trì tỷ lệ … đạt 4,5%": held, outranking "đạt"
            elif direction is None and P.MAINTAIN_AND_RAISE_BEFORE.search(text, clause + 1, m.start()):
                direction = "maintain"  # "duy trì và nâng cao chất lượng … 1.250 mô hình"
        between = text[previous_end : m.start()]
        if direction is None and out and ((";" not in between and ". " not in between) or out[-1].direction == "strive"):
            # "đạt 65% vào năm 2025 và 70% vào năm 2030", in one clause; "Phấn
            # đấu 70% …; 40% …" strives for each (a change, "giảm 10% …; 100%
            # …", is its clause's only)
            direction = out[-1].direction
        if direction is None:
            direction = "reach"  # a level stated with no word of direction: "100% hồ sơ được số hóa"
        # a movement keeps the bound it is stated with: "giảm ít nhất 50%",
        # "tăng tối thiểu 10%", "giảm từ 4% trở lên"; a saving is a reduction,
        # "tiết kiệm từ 1,5% đến 2%", "tiết kiệm tối thiểu 5%"
        bound: Literal["at_least", "at_most"] | None = None
        if direction in ("reach", "at_least", "at_most") and "iết kiệm" in text and P.SAVING_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            bound = "at_least" if direction == "at_least" else "at_most" if direction == "at_most" else None
            direction = "reduce"
        elif direction in ("reduce", "increase"):
            bound = MOVEMENT_BOUNDS.get(said.split()[-1]) if said else None
            if after.startswith("trở lên"):
                bound = "at_least"
        if (
            out
            and unit.startswith("/")
            and out[-1].unit
            and out[-1].unit.startswith(unit)
            and unit != out[-1].unit
        ):
            unit = out[-1].unit  # "450/100.000 trẻ em … và 400/100.000"
        year = m[g["year"]]
        stated = m.group(0)
        if year is not None and P.YEAR_WITH_ITS_VALUE.match(text, m.end(g["year"])):
            # "năm 2024 đạt 70%, năm 2025 đạt 80%": the year opening a clause is the
            # next value's, this one's is the year before it; but a yearly rate
            # before the level it leads to runs to that time ("giảm bình quân
            # 2%/năm, đến cuối năm 2030 còn dưới 1,5%": both of 2030)
            year = year if unit.endswith("/năm") and "," in text[unit_end : m.start(g["year"])] else None
            stated = text[m.start() : unit_end]
        own = P.YEAR_THEN_VALUE_BEFORE.search(text, max(0, m.start() - 36), m.start()) if year is None else None
        if own and (
            own["mark"]
            or stated.lower().startswith(("đạt", "là"))
            # the value's own year said before its direction, outranking the
            # heading's: "Tỷ lệ hộ nghèo năm 2026 giảm còn dưới 1,2%" (not a
            # standard's, a period's start or a document's: "theo chuẩn năm
            # 2021", "từ năm 2026", "Luật Giáo dục năm 2019")
            or (
                (own["verb"] or said)
                and not P.YEAR_QUALIFIED_BEFORE.search(text, max(0, own.start() - 16), own.start())
                and not P.NAMED_DOCUMENT_YEAR.search(text, max(0, _clause_start(text, own.start())), own.start())
            )
        ):
            year = own["year"]  # (not "so với năm 2020 giảm 10%": a baseline)
        if year is not None and P.NAMED_DOCUMENT_YEAR.search(text, unit_end, m.start(g["year"]), False):
            year = None  # "… đạt chuẩn theo Luật Giáo dục năm 2019": the law's year
            stated = text[m.start() : unit_end]
        if year is None and (before := list(P.TARGET_YEAR_BEFORE.finditer(text, 0, m.start()))):
            year = before[-1]["year"]  # "Phấn đấu đến năm 2027, 100% trẻ em …"
        low = _number(m[g["low"]]) if "low" in g and m[g["low"]] else None
        out.append(
            known_target(
                int(year) if year else None,
                value,
                unit,
                direction,
                bound,
                stated.strip(),
                # (a range's low end, below its high one: "10 - 12%/năm")
                low if low is not None and value is not None and low < value else None,
            )
        )
        last_value, last_unit = value, unit
        previous_end = m.end()
        places.append((m.start(), m.end()))
    if goals and " và " in text:
        for k in range(len(places) - 2, -1, -1):
            between = text[places[k][1] : places[k + 1][0]]
            later = out[k + 1].year
            if out[k].year is None and later and str(later) in out[k + 1].text and " và " in between and not any(c in between for c in ",;:"):
                # two values joined by "và" share the year after the last: "Tỷ lệ hộ
                # dùng nước sạch đạt 95% và tỷ lệ thu gom rác thải đạt 90% vào năm 2026"
                out[k] = out[k].model_copy(update={"year": later})
    if "đầu" in text or "ĐẦU" in text:  # (P.RANK_TARGET's "dẫn đầu", "hàng đầu")
        out, places = _with_ranks(text, out, places)
    if "không để" in text.lower():
        for m in P.ZERO_TARGET.finditer(text):
            if any(m.start() < a < m.end() and t.direction == "at_most" for (a, _), t in zip(places, out, strict=False)):
                continue  # the negation bounds a value: "Không để xảy ra ngộ độc … quá 2 vụ/năm"
            before = list(P.TARGET_YEAR_BEFORE.finditer(text, 0, m.start()))
            out.append(
                Target(
                    year=int(before[-1]["year"]) if before else None,
                    value=0.0,
                    unit=None,
                    direction="zero",
                    text=m.group(0).strip(),
                )
            )
    if goals and ("không" in text or "Không" in text):
        out += _zero_cases(text, out)
    for m in P.MAINTAIN.finditer(text, 0, None, False, False) if last_value is not None else ():
        if not any(t.year == int(m["year"]) for t in out):
            out.append(
                Target(
                    year=int(m["year"]),
                    value=last_value,
                    unit=last_unit,
                    direction="maintain",
                    text=m.group(0),
                )
            )
    return out


RANK = "top"  # a rank aimed at: among the first ``value`` of a ranking (lower is stricter)


def _with_ranks(text: str, out: list[Target], places: list[tuple[int, int]]) -> tuple[list[Target], list[tuple[int, int]]]:
    """``out`` with the ranks ``text`` aims at (P.RANK_TARGET): "Việt Nam
    thuộc nhóm: 70 nước dẫn đầu về Chính phủ điện tử; 50 nước dẫn đầu về …"
    is a target per item, value N, unit the ranked noun, direction ``top``,
    of the year its clause's time gives. A rank after a value in its clause
    is what that value counts ("8 cơ sở … thuộc nhóm 200 trường … hàng
    đầu"), none; a value inside a rank's words is the rank's."""
    ranks: list[regex.Match[str]] = []
    for m in P.RANK_TARGET.finditer(text):
        clause = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start()), text.rfind(". ", 0, m.start()))
        if any(clause < a < m.start() for a, _ in places):
            continue
        ranks.append(m)
        end = m.end()
        while item := P.RANK_ITEM.match(text, end):
            ranks.append(item)
            end = item.end()
    if not ranks:
        return out, places
    kept = [(t, p) for t, p in zip(out, places, strict=True) if not any(r.start() <= p[0] < r.end() for r in ranks)]
    out, places = [t for t, _ in kept], [p for _, p in kept]
    for r in ranks:
        before = list(P.TARGET_YEAR_BEFORE.finditer(text, 0, r.start()))
        out.append(
            known_target(
                int(before[-1]["year"]) if before else None,
                float(r["value"]),
                " ".join(r["unit"].split()),
                RANK,
                None,
                " ".join(text[r.start("value") : r.end()].split()).rstrip(" ,."),
                None,
            )
        )
        places.append((r.start("value"), r.end()))
    return out, places


def _first_in_clause(text: str, at: int, values: list[regex.Match[str]]) -> bool:
    """Whether no value of ``values`` stands in the clause of ``at`` before it
    (a clause opens the text or after ";", ":", a sentence's end or "trong đó"),
    nor "đã" (a baseline done: "Đã bố trí 01 công chức")."""
    start = max(text.rfind(";", 0, at), text.rfind(":", 0, at), text.rfind(". ", 0, at), text.rfind("trong đó", 0, at))
    return not any(start < v.start() < at for v in values) and not _done_in_clause(text, at)


def _done_in_clause(text: str, at: int) -> bool:
    """Whether "đã" stands in the clause of ``at`` before it (a baseline
    done: "Đã bố trí 01 công chức", no target)."""
    start = max(text.rfind(";", 0, at), text.rfind(":", 0, at), text.rfind(". ", 0, at), text.rfind("trong đó", 0, at))
    said = text[start + 1 : at].lower()
    return said.startswith("đã ") or " đã " in said


def _heading_year(heading: str) -> int | None:
    """The year a goals heading names ("CHỈ TIÊU NĂM 2026", "Mục tiêu đến năm 2030")."""
    m = P.HEADING_YEAR.search(heading)
    return int(m["year"] or m["year2"] or m["year3"] or m["year4"]) if m else None


def _lead_in_year(text: str) -> int | None:
    """The year a goals item's lead-in over its bullets names ("Đến ngày
    31/12/2025:", "Phấn đấu đến hết năm 2025:")."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    m = P.LEAD_IN_YEAR.search(last) if last.endswith(":") else None
    return int(m["year"] or m["year2"]) if m else None


# the direction of a goal stated with no figure: its result is to be achieved
# by its year ("Đến năm 2027, hoàn thành việc sửa đổi …", "Đến năm 2028,
# Việt Nam thuộc nhóm 3 nước dẫn đầu ASEAN …"); one naming a movement is
# that movement's, with no value ("Giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt")
COMPLETE = "complete"
_QUALITATIVE_MOVES = {"giảm": "reduce", "tăng": "increase", "duy": "maintain", "giữ": "maintain"}


def _qualitative_target(clause: str, at: int, year: int | None) -> Target:
    """A goal with no figure stated by ``clause`` (its result from ``at``)."""
    move = P.QUALITATIVE_MOVE.match(clause, at)
    direction = _QUALITATIVE_MOVES[move["verb"].split()[0].lower()] if move else COMPLETE
    return Target(year=year, direction=direction, text=clause)


def _qualitative_targets(text: str, year: int | None, dated_only: bool) -> list[Target]:
    """The goals a goals part's item states with no figure: each clause
    opening with its time (P.GOAL_TIME_LEAD, "Đến năm 2025, cơ bản hoàn thành
    …") a target of that year, with no value. With ``dated_only`` False (a
    bullet of "Mục tiêu cụ thể", each one a goal), an item with no such clause
    is one target, of ``year`` (its heading's: "a) Mục tiêu cụ thể đến năm
    2030"), or of none when it says from when ("Từ năm 2026, …"). A clause
    telling what was done ("đã …") states none, nor one leading in others
    ("Đến năm 2026, phấn đấu đạt các mục tiêu sau:")."""
    out: list[Target] = []
    if text.rstrip().endswith(":"):
        return out
    for start, end in _task_clauses(text):
        clause = text[start:end].strip().rstrip(".;").rstrip()
        m = P.GOAL_TIME_LEAD.match(clause)
        if m and " đã " not in clause:
            out.append(_qualitative_target(clause, m.end(), int(m["year"] or m["year2"] or m["year3"])))
    if out or dated_only:
        return out
    clauses = _task_clauses(text)
    first = text[clauses[0][0] : clauses[0][1]].strip().rstrip(".;").rstrip() if clauses else ""
    if not first or " đã " in first:
        return []
    return [_qualitative_target(first, 0, None if P.START_TIME_LEAD.match(first) else year)]


def _indicators(
    ct: CleanText,
    sections: list[Section],
    lo: int,
    hi: int,
    date: str | None = None,
    tasks: list[Assignment] | None = None,
    reporting: bool = False,
) -> list[Indicator]:
    """``tasks``: a plan's or directive's assignments, whose tasks may set
    targets (see ``_task_targets``); None for other texts. ``reporting``: a
    report's (notice's), whose part on the coming period may set some."""
    out: list[Indicator] = []
    _visit_indicators(out, lo, hi, sections, None, False, ct=ct)
    out += _goals_statements(ct, lo, hi, out)
    if ct.has_cells():  # (tables come from "| a | b |" rows or tab-separated ones)
        # (a goals table's row is a series by year, kept whole though the text
        # states one of its targets too; a report's forward column is not)
        goals_rows, forward_rows = _indicator_tables(ct, sections, lo, hi, int(date[:4]) if date else None)
        out += goals_rows + _not_stated_yet(forward_rows, out)
    if tasks is not None or reporting:
        for i in _task_targets(ct, sections, lo, hi, out, tasks or [], reporting, (date or "") if tasks is not None else None):
            if not _restated(i, out):  # (nor a task restated in a table of tasks)
                out.append(i)
    out = _with_sub_measures(out)
    if ct.has_cells() and any(s.kind == "appendix" for s in sections):
        out = _annex_rows_with_text(out, [s.span for s in sections if s.kind == "appendix"])
    return out


# The verbs a sub-indicator's value follows ("trong đó thu nội địa đạt …").
_PART_VERBS = ("đạt", "chiếm", "là")


def _with_sub_measures(indicators: list[Indicator]) -> list[Indicator]:
    """Each indicator stating a part of its measure after "trong đó" ("Tổng
    thu ngân sách … đạt 32.500 tỷ đồng, trong đó thu nội địa đạt 28.000 tỷ
    đồng") with that part's targets apart, right after it: a sub-indicator
    named by the words from "trong đó" (not a second target of the measure;
    "trong đó 500 lao động nữ", a value first, names no measure of its own)."""
    out: list[Indicator] = []
    for i in indicators:
        out.append(i)
        if len(i.targets) < 2 or not ("trong đó" in i.text or "Trong đó" in i.text):
            continue
        m = P.SUB_MEASURE.search(i.text)
        if m is None:
            continue
        first = i.text.find(i.targets[0].text)
        places = [i.text.find(t.text, m.end()) if 0 <= first < m.start() else -1 for t in i.targets]
        part = [t for t, at in zip(i.targets, places, strict=True) if at >= 0]
        start = min((at for at in places if at >= 0), default=-1)
        if not part or len(part) == len(i.targets) or start <= m.end() or not i.text[m.end() : start].strip(" ,:"):
            continue
        # (the part names its measure and then its verb: "thu nội địa đạt …";
        # "trong đó người trên 60 tuổi 700 lượt" is the count's share, kept)
        said = (i.text[m.end() : start] + " " + part[0].text).lower()
        if not any(f" {verb} " in f" {said} " for verb in _PART_VERBS):
            continue
        kept = [t for t, at in zip(i.targets, places, strict=True) if at < 0]
        if i.text.find(kept[-1].text) > m.start():
            continue  # (the measure's own targets stated first, its part's after)
        i.targets = kept
        text = i.text[m.end() :].strip()
        out.append(Indicator(id=None, text=text, group=i.group, targets=part, span=i.span))
    return out


_RESTATED_SHARE = 0.6  # (of the shorter text's word pairs the other holds)


def _annex_rows_with_text(indicators: list[Indicator], annexes: list[Span]) -> list[Indicator]:
    """An annex's goals table restating an indicator the goals part states
    ("đ) Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn đạt 60%" and
    the annex's row "Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn |
    52 | … | 60"): one indicator, the text's, with the row's series by year
    (its targets of the years the text states none for, and the row's body
    answering for each); not two. The row and the text share most of their
    word pairs and a value in a year, one row to one stated indicator (a
    statement bundling two rows' measures stays apart from both). Returns the
    indicators without the rows so merged."""
    rows: list[Indicator] = []
    stated: list[Indicator] = []
    for i in indicators:
        (rows if any(a.start <= i.span.start < a.end for a in annexes) else stated).append(i)
    found: dict[int, list[Indicator]] = {}
    matches: dict[int, Indicator] = {}
    for n, r in enumerate(rows):
        # (a unit's share of an allocation is no restatement of the measure)
        if not r.targets or any(t.allotted_to is not None and t.allotted_to.kind != "body" for t in r.targets):
            continue
        own = {(t.year, t.value) for t in r.targets}
        pairs = _word_pairs(r.text)
        hits = [
            i
            for i in stated
            if own & {(t.year, t.value) for t in i.targets}
            and pairs
            and len(pairs & _word_pairs(i.text)) >= _RESTATED_SHARE * len(pairs)
        ]
        if len(hits) == 1:
            matches[n] = hits[0]
            found.setdefault(id(hits[0]), []).append(r)
    merged_rows: set[int] = set()
    for n, r in enumerate(rows):
        text = matches.get(n)
        if text is None or len(found[id(text)]) > 1:
            continue
        merged_rows.add(id(r))
        by_year = {(t.year, t.value): t for t in r.targets}
        merged = [
            t.model_copy(update={"allotted_to": row.allotted_to})
            if t.allotted_to is None and (row := by_year.get((t.year, t.value))) is not None and row.allotted_to is not None
            else t
            for t in text.targets
        ]
        years = {t.year for t in text.targets}
        merged += [t for t in r.targets if t.year not in years]
        text.targets = sorted(merged, key=_target_year)
    return [i for i in indicators if id(i) not in merged_rows] if merged_rows else indicators


def _target_year(t: Target) -> int:
    return t.year or 0


def _restated(task: Indicator, stated: list[Indicator]) -> bool:
    """Whether a task's targets restate a goal's, said in mostly its words
    ("bảo đảm tỷ lệ chi cho khoa học, công nghệ … đạt tối thiểu 3% tổng chi
    ngân sách tỉnh năm 2026" under a goals table's row "Chi cho khoa học,
    công nghệ … trong tổng chi ngân sách tỉnh | 3"): the same values, and the
    texts share most of their word pairs (not another "100%" of that year)."""
    own = {(t.year, t.value, t.unit) for t in task.targets}
    pairs = _word_pairs(task.text)
    for i in stated:
        if own <= {(t.year, t.value, t.unit) for t in i.targets}:
            theirs = _word_pairs(i.text)
            if pairs and theirs and len(pairs & theirs) >= _RESTATED_SHARE * min(len(pairs), len(theirs)):
                return True
    return False


def _word_pairs(text: str) -> set[tuple[str, str]]:
    words = P.WORD.findall(text.lower())
    return set(itertools.pairwise(words))


def _not_stated_yet(table: list[Indicator], stated: list[Indicator]) -> list[Indicator]:
    """A table's indicators without the targets the text states already, in
    a list (a year-end report's table repeats its plan's "Tỷ lệ hộ nghèo giảm
    còn 2,8%" in its column "Kế hoạch năm 2026"): same year, value and unit."""
    have = {(t.year, t.value, t.unit) for i in stated for t in i.targets}
    out: list[Indicator] = []
    for i in table:
        targets = [t for t in i.targets if (t.year, t.value, t.unit) not in have]
        if targets:
            out.append(i if len(targets) == len(i.targets) else i.model_copy(update={"targets": targets}))
    return out


def _goals_statements(ct: CleanText, lo: int, hi: int, found: list[Indicator]) -> list[Indicator]:
    """Paragraphs stating goals outside a goals part ("Mục tiêu đến năm 2025:
    giảm ít nhất 10% số vụ cháy …; 100% cơ sở … được kiểm tra"), as a
    directive's lead states them: each with the targets it holds, for the
    year its words before the colon name. Not one read in a goals part."""
    out: list[Indicator] = []
    for ll in ct.lines:
        if ll.src_start < lo or ll.src_end > hi:
            continue
        end = len(ll.text)
        m = None
        if ll.text[:1] in "MmCc":
            m = P.GOALS_STATEMENT.match(ll.text, 0, None, False)
        elif "tiêu" not in ll.text:
            continue  # (each word looked for below holds it: most lines hold none)
        elif "ục tiêu " in ll.text or "hỉ tiêu " in ll.text:
            m = P.GOALS_SENTENCE.search(ll.text, 0, None, False)  # (to its sentence's end)
            dot = ll.text.find(". ", m.end()) if m else -1
            end = dot + 1 if dot > 0 else end
        if m is None and ":" in ll.text and ("ục tiêu" in ll.text or "hỉ tiêu" in ll.text):
            m = P.GOALS_LEAD_IN.search(ll.text, 0, None, False)  # (to the line's end)
        if m is None or any(i.span.start < ll.src_end and ll.src_start < i.span.end for i in found if i.span):
            continue
        so_far = [k for w in (" đến nay", " hiện nay") if (k := ll.text.lower().find(w, m.end(), end)) >= 0]
        # (not past the result so far: "Mục tiêu năm 2025 … cho 95% trẻ em, đến nay đạt 60%")
        targets = parse_targets(ll.text[m.end() : min(so_far) if so_far else end], goals=True)
        year = _heading_year(m["lead"]) if m["lead"].strip() else None
        if year:
            targets = [t if t.year else t.model_copy(update={"year": year}) for t in targets]
        if targets and m.start() > 0:  # (the sentence only)
            text = ll.text[m.start() : end]
            out.append(Indicator(id=None, text=text, group=None, targets=targets, span=ct.span(ll.start + m.start(), ll.start + end)))
        elif targets:
            out.append(Indicator(id=None, text=ll.text, group=None, targets=targets, span=ct.line_span(ll)))
    return out


def _task_clauses(text: str) -> list[tuple[int, int]]:
    """``P.TASK_CLAUSE.finditer(text)``'s spans, found by str.find: each clause
    runs to its ";" or to a "." that ends a sentence (one before a space or
    the end; "32.500" ends none), its mark included (the pattern's per-character
    alternation costs ~30x more on a long line)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while pos < n:
        semi = text.find(";", pos)
        dot = text.find(".", pos)
        while dot >= 0 and dot + 1 < n and not text[dot + 1].isspace():
            dot = text.find(".", dot + 1)
        ends = [k for k in (semi, dot) if k >= 0]
        end = min(ends) if ends else n
        if end == pos:  # (a mark right after a clause's end opens none)
            pos += 1
            continue
        stop = end + 1 if end < n else n
        out.append((pos, stop))
        pos = stop
    return out


def _opens_a_clause_with_100(text: str) -> bool:
    """Whether a "100" in ``text`` opens a clause (the text, or after its
    item's mark, a ";" or a ":"), where P.TASK_LEVEL_CLAUSE may match."""
    at = text.find("100")
    while at >= 0:
        before = text[max(0, at - 8) : at].rstrip()
        if not before or before[-1] in ";:)." or (at < 8 and P.ITEM_MARK.fullmatch(text[:at])):
            return True
        at = text.find("100", at + 3)
    return False


def _sentence_lead_year(text: str, sentence: int, clause: int) -> int | None:
    """The year a lead-in opening the sentence at ``sentence`` names
    (SENTENCE_LEAD_YEAR), for a later ";" clause of it at ``clause``."""
    if ";" not in text[sentence:clause]:
        return None
    mark = P.ITEM_MARK.match(text, sentence) if sentence == 0 else None
    first = mark.end() if mark else sentence
    first += len(text[first:clause]) - len(text[first:clause].lstrip())
    lead = P.SENTENCE_LEAD_YEAR.match(text, first, clause)
    return int(lead["year"]) if lead else None


def _task_targets(
    ct: CleanText,
    sections: list[Section],
    lo: int,
    hi: int,
    found: list[Indicator],
    assignments: list[Assignment],
    reporting: bool = False,
    cued: str | None = None,
) -> list[Indicator]:
    """Targets a plan or directive sets in its tasks, not in a goals part:
    "Cập nhật dữ liệu …; phấn đấu 100% người dân được lập hồ sơ sức khỏe điện
    tử vào năm 2026", "ít nhất 20 lớp trong năm 2025". A clause (of ";" or a
    sentence) of a part of tasks, or of a body's task, with a target verb
    before its quantity (TASK_TARGET) is an indicator of its own, its targets
    those from the verb on. Not a line read as an indicator already.
    In a report (``reporting``), only its part on the coming period ("NHIỆM
    VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025", "Phương hướng, nhiệm vụ năm 2026"):
    its aims are a plan's, its results none; its targets stating no year are
    due by the one its headings name.
    ``cued``: the date of a text that sets tasks (a notice's conclusions, a
    letter, a resolution), where a goal's cue ("phấn đấu", "mục tiêu", "chỉ
    tiêu", "bảo đảm đạt") before the quantity states a target in any part
    but one of results; a clause telling a result ("đã", "đạt được", as of a
    day not after the text's) none."""
    # (a target stating no year has the one the heading over it names, a
    # report's coming period's; a plan's goals part's horizon, "Mục tiêu cụ
    # thể đến năm 2030", is no task's year: a task's target states its own)
    horizon: int | None = None
    if reporting:
        forward = [
            s
            for s in _walk(sections)
            if s.kind in ("roman", "part", "arabic")
            and _in_range(s.span, lo, hi)
            and s.heading
            and (P.TASKS_HEADING.match(s.heading) or P.FORWARD_HEADING.match(s.heading))
        ]
        regions = [s.span for s in forward]
        years = {y for s in forward if (y := _heading_year(s.heading or ""))}
        horizon = years.pop() if len(years) == 1 else None
    else:
        regions = [
            s.span
            for s in _walk(sections)
            if s.kind in ("roman", "part", "arabic", "article")
            and _in_range(s.span, lo, hi)
            and s.heading
            and (
                P.TASKS_HEADING.match(s.heading)
                or P.IMPLEMENTATION_HEADING.search(s.heading)
                # a plan's purpose part states its aims as its tasks do:
                # "I. MỤC ĐÍCH, YÊU CẦU" / "- Phấn đấu giảm … xuống dưới 3 vụ"
                or (s.kind != "article" and P.PURPOSE_HEADING.match(s.heading))
            )
        ]
        regions += [t.span for a in assignments for t in a.tasks]
    results: list[Span] = []
    if cued is not None:
        results = [
            s.span
            for s in _walk(sections)
            if s.heading and s.heading[:1] in P.RESULTS_HEADING_INITIALS and P.RESULTS_HEADING.match(s.heading, 0, None, False)
        ]
    elif not regions:
        return []
    # (the regions merged, in order: the lines, in order too, are matched to
    # them with one pointer, not each line against every region)
    merged: list[list[int]] = []
    for r in sorted(regions, key=lambda r: r.start):
        if merged and r.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], r.end)
        else:
            merged.append([r.start, r.end])
    out: list[Indicator] = []
    # (the spans' bounds read once, not for each line: a model's field costs
    # ~340 instructions a read; ``found`` is not added to below)
    result_ranges = [(r.start, r.end) for r in results]
    found_ranges = [(i.span.start, i.span.end) for i in found]
    j = 0
    for ll in ct.lines:
        # (the line's bounds read once: each is a property over its pieces)
        src_start, src_end = ll.src_start, ll.src_end
        if src_start < lo or src_end > hi:
            continue
        while j < len(merged) and merged[j][1] <= src_start:
            j += 1
        outside = j == len(merged) or not merged[j][0] < src_end
        if outside and cued is None:
            if j == len(merged):
                break
            continue  # (in no region)
        if outside and not ("đấu" in ll.text or "tiêu" in ll.text or "đảm đạt" in ll.text or "ỷ lệ" in ll.text or "ố lượng" in ll.text):
            continue  # (no goal's cue: GOAL_CUES hold one of these; nor a quota's subject, QUOTA_BOUND's)
        if not P.ANY_DIGIT.search(ll.text, 0, None, False):
            continue
        if outside and _starts_in(result_ranges, src_start):
            continue  # a results part's figures
        lowered = ct.lower_slice(ll.start, ll.end)
        if outside and not (any(c in lowered for c in P.GOAL_CUES) or any(w in lowered for w in P.QUOTA_BOUND_WORDS)):
            continue  # (a line out of the regions needs a goal's cue or a quota's bound below; "phấn đấu" too to go on striving)
        if outside and _overlaps_a_range(found_ranges, src_start, src_end):
            continue  # (as below, first here: such a line is often a goals part's, read already)
        if lowered.lstrip("-+•* ").startswith(("tình hình", "thực trạng")):
            continue  # the starting point, no aim: "- Tình hình: đến ngày 30/9/2025, … đạt 91,7%"
        # (TASK_TARGET tried only where its words start, not at every place)
        starts = _word_starts(lowered, P.TASK_TARGET_WORDS) if len(lowered) == len(ll.text) else None
        level = _opens_a_clause_with_100(ll.text)  # (P.TASK_LEVEL_CLAUSE)
        # (a population's share the task reaches: in a region's lines only)
        share = not outside and "%" in ll.text and P.TASK_SHARE_REACHED.search(ll.text) is not None
        # (people moved out of harm's way: in a region's lines only)
        # (the gate holds every verb of PEOPLE_MOVED_VERB: "sơ tán", "di dời / dân / chuyển")
        moved = not outside and ("sơ tán" in lowered or "di " in lowered) and P.PEOPLE_MOVED_VERB.search(ll.text) is not None
        if moved and not _overlaps_a_range(found_ranges, src_start, src_end) and (people := _people_moved(ct, ll)) is not None:
            out.append(people)
            continue
        if not level and not share and (starts == [] or (starts is None and not any(w in lowered for w in P.TASK_TARGET_WORDS))):
            continue
        if _overlaps_a_range(found_ranges, src_start, src_end):
            continue
        # (the first of the starts not before the clause: clauses and starts are in order)
        next_start = 0
        striving = -2  # (the sentence a clause opening "phấn đấu" stands in)
        for c_start, c_end in _task_clauses(ll.text):
            m = None
            if starts is None:
                m = P.TASK_TARGET.search(ll.text, c_start, c_end)
            else:
                while next_start < len(starts) and starts[next_start] < c_start:
                    next_start += 1
                tried = next_start
                # (TASK_TARGET closes before a digit, "(?=\d)", within the
                # clause: where none stands after its first start, none of
                # its starts is tried; most clauses of a line with figures)
                if tried < len(starts) and starts[tried] < c_end and P.ANY_DIGIT.search(ll.text, starts[tried], c_end, False) is None:
                    tried = len(starts)
                while m is None and tried < len(starts) and starts[tried] < c_end:
                    m = P.TASK_TARGET.match(ll.text, starts[tried], c_end, False)  # (concurrent=False: see _matches_at_words)
                    tried += 1
            if level and (m is None or m.start() > c_start):
                # (a share opening the clause before a verb's quantity is its
                # target, the quantity what each counted unit has: "100% hộ
                # nghèo có ít nhất 01 thành viên biết sử dụng …")
                mark = P.ITEM_MARK.match(ll.text, c_start) if c_start == 0 else None
                m = P.TASK_LEVEL_CLAUSE.match(ll.text, mark.end() if mark else c_start, c_end) or m
            if m is None and share:
                m = P.TASK_SHARE_REACHED.search(ll.text, c_start, c_end)
                if m is not None and " đã " in f" {lowered[c_start : m.start()]} ":
                    m = None  # one reached: "Đã cử 100% công chức …"
            # "Phấn đấu … đạt trên 60% kế hoạch vốn; đến hết năm giải ngân
            # 100% kế hoạch vốn": each ";" clause of its sentence is striven for
            continued = striving == ll.text.rfind(". ", 0, c_start) and ll.text[c_start - 1 : c_start] == ";"
            if m is None and continued and not any(w in f" {lowered[c_start:c_end]} " for w in P.RESULT_WORDS):
                m = P.FIRST_WORD.search(ll.text, c_start, c_end)
            if m is None:
                continue
            yearly = None
            if rounds := _rounds_of_work(ll.text, m.start(), c_end):
                yearly = _rounds_per_year(ll.text, rounds, c_start, c_end)
                if yearly is None:
                    continue
            if lowered.startswith("phấn đấu", m.start()):
                striving = ll.text.rfind(". ", 0, m.start())
            # (the clause's words, after its mark or a name and colon: "1. Giải ngân: Đến nay …")
            opening = P.ITEM_MARK.match(ll.text, c_start) if c_start == 0 else None
            said = ll.text[opening.end() if opening else c_start : m.start() + 1]
            if P.RESULT_SO_FAR.match(said[said.rfind(":") + 1 :].lstrip()):
                continue  # a result so far: "Đến nay giải ngân đạt 40% kế hoạch"
            day = P.AS_OF_DAY.match(said[said.rfind(":") + 1 :].lstrip()) if cued else None
            if day and f"{day['y']}-{int(day['m']):02d}-{int(day['d']):02d}" <= (cued or ""):
                continue  # a result as of a past day: "Đến ngày 15/8/2025, … đạt 38,6%"
            if outside and not continued:
                # (a goal's cue before the quantity, and no word of a result)
                said_lowered = f" {lowered[c_start : m.end()]} "
                cue = min((k for c in P.GOAL_CUES if (k := said_lowered.find(c)) >= 0), default=-1)
                if cue < 0 and (quota := P.QUOTA_BOUND.search(ll.text, c_start, m.end() + 1)) and m.start() <= quota.start("bound") < m.end():
                    cue = quota.start() - c_start  # a quota set as a rule: "Số lượng … không vượt quá 20% …"
                if cue < 0 or any(w in said_lowered for w in P.RESULT_WORDS):
                    continue
                if P.DOC_SYMBOL.search(ll.text, c_start, c_start + cue):
                    continue  # a cited text's subject: "Nghị quyết số 25/NQ-CP … về mục tiêu tăng trưởng … đạt 8%"
            if cued is not None and (told := [k for w in P.RESULT_WORDS if (k := f" {lowered[m.end() : c_end]} ".find(w)) >= 0]):
                c_end = m.end() + min(told)  # (not past a result told: "…cho 95% trẻ em, đến nay đạt 60%")
            targets = [yearly] if yearly else parse_targets(ll.text[m.start() : c_end])
            places = [ll.text.find(t.text, m.start(), c_end) for t in targets]
            for k in range(len(targets) - 2, -1, -1):
                between = ll.text[places[k] + len(targets[k].text) : places[k + 1]] if min(places[k : k + 2]) >= 0 else ","
                if targets[k].year is None and targets[k + 1].year and " và " in between and "," not in between:
                    # two values joined by "và" share the year after the last:
                    # "cắt giảm ít nhất 30% thời gian … và 30% chi phí … trong năm 2025"
                    targets[k] = targets[k].model_copy(update={"year": targets[k + 1].year})
            for k, t in enumerate(targets):
                # the year its clause names before it (TASK_TARGET_YEAR); a
                # year after a comma past the value is the next phrase's then:
                # "tới năm 2026 tỷ lệ … đạt trên 95,5% dân số, đến năm 2030 đạt …"
                at = places[k]
                later = t.year is not None and ", " in t.text[: t.text.rfind(str(t.year))]
                year = [*P.TASK_TARGET_YEAR.finditer(ll.text, c_start, at)] if (t.year is None or later) and at >= 0 else []
                if year:
                    targets[k] = t.model_copy(update={"year": int(year[-1]["year"] or year[-1]["year2"] or year[-1]["year3"])})
                elif t.year is None:
                    # else the year a time phrase after a later value of its clause
                    # names (it ends the clause): "phấn đấu 100% xã đạt tỷ lệ tiêm
                    # chủng đầy đủ trên 90% trong năm 2024"; else the date its
                    # sentence's work is due by, before it: "…, hoàn thành trước
                    # ngày 31/10/2024; bảo đảm tỷ lệ tiêm chủng đạt trên 95%"
                    later_year = next((u for u in targets[k + 1 :] if u.year is not None), None)
                    said = str(later_year.year) if later_year else ""
                    sentence = ll.text.rfind(". ", 0, c_start) + 1
                    if later_year and said in later_year.text and ", " not in later_year.text[: later_year.text.rfind(said)]:
                        targets[k] = t.model_copy(update={"year": later_year.year})
                    elif due := [y["year2"] for y in P.TASK_TARGET_YEAR.finditer(ll.text, sentence, c_start) if y["year2"]]:
                        targets[k] = t.model_copy(update={"year": int(due[-1])})
                    elif ("xong" in ll.text or "hoàn t" in lowered) and (done := _completed_by(ll.text, c_end)):
                        # or the time its work is to be completed by, in a later
                        # clause of its sentence: "… cho 100% cán bộ, đảng viên;
                        # hoàn thành trong tháng 9/2025"
                        targets[k] = t.model_copy(update={"year": done})
                    elif lead := _sentence_lead_year(ll.text, sentence, c_start):
                        targets[k] = t.model_copy(update={"year": lead})  # "Phấn đấu đến năm 2030, A đạt 100%; B đạt trên 95%"
                    elif horizon and not (t.unit or "").endswith("/năm") and not P.EVERY_YEAR.search(ll.text, c_start, c_end):
                        targets[k] = t.model_copy(update={"year": horizon})
            if targets:
                # (the clause's words, not its item's mark: "b) Đẩy mạnh …")
                mark = P.ITEM_MARK.match(ll.text, c_start) if c_start == 0 else None
                first = mark.end() if mark else c_start
                first += len(ll.text[first : c_end]) - len(ll.text[first : c_end].lstrip())
                text = ll.text[first : c_end].rstrip(" ;")
                if _restates_listed(text, targets, found):
                    continue
                span = ct.span(ll.start + first, ll.start + first + len(text))
                out.append(Indicator(id=None, text=text, group=None, targets=targets, span=span))
    return out


def _completed_by(text: str, at: int) -> int | None:
    """The year of the time the work of the clause ending at ``at`` is to be
    completed by, said in the next ";" clause of its sentence
    (COMPLETION_TIME: "…; hoàn thành trong tháng 9/2025")."""
    if text[at - 1 : at] != ";":
        return None
    end = text.find(". ", at)
    nxt = text.find(";", at)
    m = P.COMPLETION_TIME.search(text, at, min(k for k in (end, nxt, len(text)) if k >= 0))
    return int(m["year"]) if m else None


def _people_moved(ct: CleanText, ll: LogicalLine) -> Indicator | None:
    """A task line moving people out of harm's way ("Sơ tán 320 hộ với khoảng
    1.100 nhân khẩu ở vùng ven biển …"): each count of households or people
    after the verb (P.PEOPLE_MOVED_COUNT) is a target of the line (the result
    aimed at; the means readied, boats and stocks, are none), in each clause
    a verb of moving opens ("di chuyển 45 hộ …; di dời 30 hộ ven sông")."""
    text = ll.text
    targets: list[Target] = []
    end = 0
    for verb in P.PEOPLE_MOVED_VERB.finditer(text):
        if verb.start() < end:
            continue  # (a second verb of the clause read: "sơ tán, di dời 30 hộ")
        end = min((k for k in (text.find(";", verb.end()), text.find(". ", verb.end())) if k >= 0), default=len(text))
        targets += [
            known_target(None, _number(m["value"]), " ".join(m["unit"].split()), "reach", None, m.group(0), None)
            for m in P.PEOPLE_MOVED_COUNT.finditer(text, verb.end(), end)
        ]
    if not targets:
        return None
    return Indicator(id=None, text=ll.text.lstrip("-+•* ").strip(), group=None, targets=targets, span=ct.line_span(ll))


def _restates_listed(text: str, targets: list[Target], found: list[Indicator]) -> bool:
    """Whether a task's target restates an indicator the plan lists already:
    the same values, and what follows its value (whom or what it counts) in
    that indicator's words ("Tỷ lệ 90% người dân từ 14 tuổi trở lên", a task
    row's product, is "90% người dân từ 14 tuổi trở lên được kích hoạt …" of
    the Chỉ tiêu part): one indicator, not two."""
    last = targets[-1]
    at = text.find(last.text)
    counted = fold(text[at + len(last.text) :]) if at >= 0 else ""
    if len(counted) < 6:
        return False  # (too little said of what it counts to tell)
    values = [t.value for t in targets]
    return any([t.value for t in i.targets] == values and counted in fold(i.text) for i in found)


_CELL_SIGN = {
    "≤": "at_most", "≥": "at_least", "<": "below", ">": "above",
    # (its words: "không quá 110", "tối thiểu 50", "dưới 2", "từ 90 trở lên")
    "không quá": "at_most", "không vượt quá": "at_most", "tối đa": "at_most",
    "không dưới": "at_least", "không ít hơn": "at_least", "tối thiểu": "at_least", "ít nhất": "at_least", "từ": "at_least",
    "dưới": "below", "trên": "above",
}


def _cell_target(cell: str, unit: str | None, name: str) -> Target | None:
    """A table cell's value alone (P.BARE_VALUE): bounded by its sign or
    word, a range "80 - 85" one target (low 80, value 85); with no bound, a
    movement the indicator's name says ("Tỷ suất sinh thô giảm | 0,2",
    "Giảm tỷ lệ …") makes it the change, down or up."""
    bare = P.BARE_VALUE.fullmatch(cell.strip())
    if bare is None:
        return None
    sign = " ".join((bare["sign"] or "").lower().split())
    direction = _CELL_SIGN.get(sign, "reach") if not bare["floor"] else "at_least"
    if direction == "reach" and ("iảm" in name or "ăng" in name or "IẢM" in name or "ĂNG" in name) and (move := P.NAME_MOVEMENT.search(name)):
        direction = "reduce" if move["verb"].lower() == "giảm" else "increase"
    value = _number(bare["value"])
    low = _number(bare["low"]) if bare["low"] else None
    return known_target(
        None, value, unit, direction, None, cell.strip(), low if low is not None and value is not None and low < value else None
    )


def _indicator_tables(
    ct: CleanText, sections: list[Section], lo: int, hi: int, year_of_text: int | None = None
) -> tuple[list[Indicator], list[Indicator]]:
    """A goals part's table of indicators by year ("| TT | Chỉ tiêu | Năm 2025
    | Năm 2030 |"): each row an indicator, each year's cell its target for
    that year. A column of a year estimated or done ("Năm 2025 (ước)",
    "Thực hiện 2024") is where the plan starts from, no target. In another
    part (a year-end report's table of results), only a column planning a
    year after the text's own ("Kế hoạch năm 2026" in a report of 2025) gives
    targets. Returns the goals parts' indicators, then the others'."""
    out: list[Indicator] = []
    forward: list[Indicator] = []
    pointed = _goals_annex_pointers(ct, sections, lo, hi) if any(s.kind == "appendix" for s in sections) else None
    # (a decision's goals part is a clause of its article: "Điều 1. Phê duyệt
    # Chương trình …" / "2. Mục tiêu", its table the goals')
    parts = [c for s in sections for c in (s.children if s.kind == "article" else (s,))]
    for s in parts:
        if not (s.kind in ("roman", "arabic", "part", "appendix") and _in_range(s.span, lo, hi)):
            continue
        # an appendix is the plan's too: one titled as its goals ("PHỤ LỤC" /
        # "CHỈ TIÊU BẢO ĐẢM AN TOÀN THỰC PHẨM GIAI ĐOẠN 2026 - 2028") is read as
        # a goals part; no other appendix (forms, lists of tasks or projects)
        heading = s.heading or (s.text.split("\n", 1)[0] if s.kind == "appendix" else "")
        if s.kind == "appendix" and (alloc := P.ALLOCATION_TITLE.search(s.text, 0, _ALLOCATION_TITLE_REACH)):
            allotted = _allocation_tables(ct, s, alloc)
            out += allotted
            if allotted or not _goals_annex(ct, s, pointed):
                continue  # (else "GIAO CHỈ TIÊU …" over indicators by year, no units: a goals table)
        goals = P.GOALS_HEADING.match(heading) is not None or (s.kind == "appendix" and _goals_annex(ct, s, pointed))
        if not goals and (year_of_text is None or s.kind == "appendix"):
            continue
        for table in _table_rows(ct, s.span.start, s.span.end):
            if len(table) < 2:
                continue
            depth, labels = _indicator_table_header(table)
            header = {i: " ".join(ls) for i, ls in labels.items()}
            what = _column(header, P.INDICATOR_COLUMN.search, set())
            unit_column = _column(header, P.UNIT_COLUMN.match, {what} if what is not None else set())
            note = _column(header, P.NOTE_COLUMN.match, {what} if what is not None else set())
            years: dict[int, int] = {}
            for i, ls in labels.items():
                t = header[i]
                # (the year of a column's lowest label that has one: "Năm
                # 2027" under "Giai đoạn 2026 - 2030")
                m = next((y for label in reversed(ls) if (y := P.YEAR.search(label))), None)
                if (
                    i != what
                    and m is not None
                    and not _baseline_column(ls, t)
                    and (goals or (year_of_text is not None and int(m.group(0)) > year_of_text and P.PLAN_COLUMN.search(t)))
                ):
                    years[i] = int(m.group(0))
            # (a quarter's column, "Quý I", a period of its own year or the
            # plan's: due by the quarter's last day, its year filled in later)
            ends = _quarter_columns(labels, what, years) if goals and ("Quý" in str(labels) or "QUÝ" in str(labels)) else {}
            row_labels = {i: labels[i][-1] for i in ends}
            if what is None and goals and (who := _column(header, P.ALLOTTEE_COLUMN.match, set())) is not None:
                # rows the units, columns the indicators: a matrix of allotted targets
                out += _allotted_rows(ct, table, who, heading, _heading_year(heading), heading or None)
                continue
            if what is None or not (years or ends):
                continue
            # (the body answering for each row's target: "Cơ quan chủ trì theo dõi")
            body = _column(header, P.RESPONSIBLE_COLUMN.search, {what})
            for row in table[depth:]:
                if what not in row:
                    continue
                text = row[what].text
                in_name = P.UNIT_IN_NAME.search(text)
                # (the row's unit cell, else the unit in its name: "Tỷ lệ … (%)")
                own_unit = row[unit_column].text.strip() if unit_column is not None and unit_column in row else ""
                unit = own_unit or (in_name["unit"] if in_name else None)
                targets: list[Target] = []
                for i, year in years.items():
                    if i in ends:
                        continue
                    cell = row[i].text if i in row else ""
                    found = parse_targets(cell)
                    if not found and (bare := _cell_target(cell, unit, text)):
                        found = [bare]
                    targets += [t if t.year else t.model_copy(update={"year": year}) for t in found]
                for i, end in ends.items():
                    cell = row[i].text if i in row else ""
                    found = parse_targets(cell)
                    if not found and (bare := _cell_target(cell, unit, text)):
                        found = [bare]
                    own = years.get(i)
                    label = " ".join(row_labels[i].split()) if i in row_labels else ""
                    targets += [
                        t.model_copy(update={"year": t.year or own, "by": f"{own}{end}" if own else f"-{end}", "text": f"{label}: {t.text}" if label else t.text})
                        for t in found
                    ]
                if targets and note is not None and note in row:
                    # the row's remark is the row's: a figure there a second
                    # target of its first year ("tăng 5% so với năm 2025")
                    first = min(years.items())[1]
                    targets += [t if t.year else t.model_copy(update={"year": first}) for t in parse_targets(row[note].text)]
                if targets and body is not None and body in row and (who_text := " ".join(row[body].text.split())):
                    by = Allotted(name=who_text, kind="body")
                    targets = [t.model_copy(update={"allotted_to": by}) for t in targets]
                if targets:
                    ident = row[0].text.strip(" .") if 0 in row and what != 0 and row[0].text.strip(" .").isdigit() else None
                    span = ct.source_span(row[what].src_start, row[what].src_end)
                    (out if goals else forward).append(Indicator(id=ident, text=text, group=heading or None, targets=targets, span=span))
    return out, forward


def unread_goals_tables(ct: CleanText, sections: list[Section], lo: int, hi: int, indicators: list[Indicator]) -> list[Diagnostic]:
    """A warning for each table of a goals part ("I. MỤC TIÊU") no indicator
    was read from: a header and rows of three cells at least, bars or tabs
    (not a PDF's columns kept apart by spaces), whose targets are then lost
    unless the reader is told."""
    out: list[Diagnostic] = []
    starts = sorted(i.span.start for i in indicators)
    for s in sections:
        if not (s.kind in ("roman", "arabic", "part") and _in_range(s.span, lo, hi) and P.GOALS_HEADING.match(s.heading or "")):
            continue
        for table in _table_rows(ct, s.span.start, s.span.end):
            if len(table) < 2 or len(table[0]) < 3 or any(pl.spaced for pl in table[0].values()):
                continue
            first = min(pl.src_start for pl in table[0].values())
            last = max(pl.src_end for pl in table[-1].values())
            k = bisect.bisect_left(starts, first)
            if k < len(starts) and starts[k] < last:
                continue
            line = min(pl.line for pl in table[0].values())
            out.append(
                Diagnostic(
                    code="goals-table-unread",
                    severity="warning",
                    message=f"a table of {len(table)} rows in the goals part gave no indicator or target; its targets are not in the output",
                    line=line,
                )
            )
    return out


# The last day of each quarter, as "-MM-DD" after its year.
_QUARTER_ENDS = {"I": "-03-31", "II": "-06-30", "III": "-09-30", "IV": "-12-31", "1": "-03-31", "2": "-06-30", "3": "-09-30", "4": "-12-31"}


def _quarter_columns(labels: dict[int, list[str]], what: int | None, years: dict[int, int]) -> dict[int, str]:
    """A goals table's columns of quarters ("Quý I" … "Quý IV", "Quý II/2026"):
    each column's quarter end ("-06-30"). A quarter naming a year keeps it in
    ``years``; one naming none is of the plan's year, filled in later (its
    target's ``by`` then "--06-30", a month and day still to be dated)."""
    out: dict[int, str] = {}
    for i, ls in labels.items():
        q = P.QUARTER_COLUMN.match(ls[-1]) if i != what else None
        if q is not None:
            if q["y"]:
                years[i] = int(q["y"])
            out[i] = _QUARTER_ENDS[q["q"].upper()]
    return out


def _dated_periods(indicators: list[Indicator], year: int | None) -> list[Indicator]:
    """Targets of a quarter with no year ("Quý I" of a goals table) are of the
    plan's year: the title's, set before, else its date's; ``by`` the
    quarter's last day of that year."""
    for i in indicators:
        if any(t.by is not None and t.by.startswith("--") for t in i.targets):
            i.targets = [
                t.model_copy(update={"year": t.year or year, "by": f"{t.year or year}{t.by[1:]}" if (t.year or year) else None})
                if t.by is not None and t.by.startswith("--")
                else t
                for t in i.targets
            ]
    return indicators


# How far into an appendix its title allocating a target may stand (after
# "Phụ lục I" and a line or two).
_ALLOCATION_TITLE_REACH = 400


def _baseline_column(labels: list[str], header: str) -> bool:
    """Whether a goals table's column holds where the plan starts from, by the
    head word of its lowest label stating a year ("Hiện trạng năm 2025", "Ước
    thực hiện năm 2025"; a target's: "Mục tiêu năm 2030", "Kế hoạch năm
    2026"), else by any word of its labels ("Năm 2024" under "Thực hiện")."""
    label = next((x for x in reversed(labels) if P.YEAR.search(x)), "")
    if P.TARGET_COLUMN_HEAD.match(label):
        return False
    return P.BASELINE_COLUMN_HEAD.match(label) is not None or P.BASELINE_COLUMN.search(header) is not None


def _goals_annex_pointers(ct: CleanText, sections: list[Section], lo: int, hi: int) -> set[str]:
    """The annexes a goals part points to for its indicators ("(Chi tiết hệ
    thống chỉ tiêu tại Phụ lục kèm theo)", "… tại Phụ lục II"): their numbers,
    "" for an annex named by no number."""
    out: set[str] = set()
    stack = [s for s in sections if s.kind != "appendix" and _in_range(s.span, lo, hi)]
    while stack:
        s = stack.pop()
        if s.heading and P.GOALS_HEADING.match(s.heading):
            text = ct.source[s.span.start : s.span.end]
            if "hụ lục" in text or "HỤ LỤC" in text:
                out.update((m["num"] or "").upper() for m in P.GOALS_ANNEX_POINTER.finditer(text))
            continue
        stack += s.children
    if "" in out and sum(s.kind == "appendix" for s in sections) == 1:
        out.add("*")
    return out


def _goals_annex(ct: CleanText, s: Section, pointed: set[str] | None) -> bool:
    """Whether an annex is the plan's goals table wherever it stands: its
    title names indicators ("HỆ THỐNG CHỈ TIÊU …", "PHÂN KỲ CHỈ TIÊU … THEO
    TỪNG NĂM", "GIAO CHỈ TIÊU …"), or the goals part points to it ("Chi tiết
    tại Phụ lục kèm theo", by its number when it gives one). Its table is read
    by the goals-table rules (a row an indicator, a column of a year to come
    its target)."""
    start = s.span.start
    opening = ct.source[start : start + _ALLOCATION_TITLE_REACH]
    bar = opening.find("|")
    if P.GOALS_ANNEX_TITLE.search(opening, 0, bar if bar >= 0 else len(opening)):
        return True
    if not pointed:
        return False
    if "" in pointed:
        return "*" in pointed  # ("tại Phụ lục kèm theo": the text's only annex)
    label = P.ANNEX_LABEL.search(ct.source, max(0, start - 40), start + 60)
    return label is not None and (label["num"] or "").upper() in pointed


def _allocation_tables(ct: CleanText, s: Section, alloc: regex.Match[str]) -> list[Indicator]:
    """An annex allocating a target among units ("PHÂN BỔ CHỈ TIÊU SỐ NGƯỜI
    MỚI SỬ DỤNG BIỆN PHÁP TRÁNH THAI NĂM 2026", "GIAO CHỈ TIÊU … CHO CÁC XÃ,
    PHƯỜNG"): its table's rows are the units ("| 3 | Xã Thạch Hà | người |
    1.320 | 250 |"), its columns the measure and its part ("Trong đó: đặt dụng
    cụ tử cung") by year. Each numbered row is an indicator named by the
    title's measure, a target per column allotted to the row's unit
    (``allotted_to``); a row with no number is a sum ("Tổng cộng", "Các xã
    còn lại"), no unit's share. A column's year is its own, else the one left
    of it, else the title's."""
    what = P.ALLOCATION_FOR.split(alloc["what"].strip(), 1)[0].strip(" .:")
    name = what[:1] + what[1:].lower() if what.isupper() else what
    title_years = P.YEAR.findall(what)
    out: list[Indicator] = []
    for table in _table_rows(ct, s.span.start, s.span.end):
        header = {i: pl.text.strip() for i, pl in table[0].items()}
        who = _column(header, P.ALLOTTEE_COLUMN.match, set())
        if who is None or len(table) < 2:
            continue
        out += _allotted_rows(ct, table, who, name, int(title_years[-1]) if title_years else None, alloc.group(0).strip())
    return out


def _allotted_rows(
    ct: CleanText, table: list[dict[int, PhysLine]], who: int, name: str, year: int | None, group: str | None
) -> list[Indicator]:
    """A table allotting targets to units, a row each ("| 3 | Xã Thạch Hà |
    …"; a row with no number is a sum, no unit's share). Its columns are
    the measure ``name``d by the title, and its part, by year ("Năm 2026",
    "Trong đó: …"; a column's year its own, else the one left of it, else
    ``year``): an indicator per row, a target per column; or, with no such
    column, each column an indicator of its own, its unit in brackets ("Thu
    NSNN trên địa bàn (triệu đồng)", "Tỷ lệ tham gia BHYT (%)"): an indicator
    per row and column, of ``year`` ("-", none)."""
    header = {i: pl.text.strip() for i, pl in table[0].items()}
    unit_column = _column(header, P.UNIT_COLUMN.match, {who})
    columns: dict[int, tuple[int | None, str | None]] = {}
    measures: dict[int, tuple[str, str | None]] = {}
    at = year
    for i, label in sorted(header.items()):
        if i in (who, unit_column) or P.BASELINE_COLUMN.search(label):
            continue
        own = P.YEAR.search(label)
        part = P.PART_COLUMN.match(label)
        if own or part or P.PLAN_COLUMN.search(label):
            at = int(own.group(0)) if own else at
            columns[i] = (at, part["what"].strip() if part else None)
        elif label and not P.SERIAL_COLUMN.match(label) and not P.NOTE_COLUMN.match(label) and not P.RESPONSIBLE_COLUMN.search(label):
            in_name = P.UNIT_IN_NAME.search(label)
            measures[i] = (" ".join((label[: in_name.start()] if in_name else label).split()), in_name["unit"].strip() if in_name else None)
    if columns:
        measures = {}  # (beside a year's columns, another is what the units start from: "Dân số")
    out: list[Indicator] = []
    for row in table[1:]:
        number = row[0].text.strip(" .") if 0 in row and who != 0 else ""
        if who not in row or not number.isdigit():
            continue
        unit = row[unit_column].text.strip() if unit_column is not None and unit_column in row else None
        place = " ".join(row[who].text.split())
        read = parse_unit(place)
        allotted = Allotted(name=place, kind=read[0] if read else None, canonical=read[1] if read else None)
        targets: list[Target] = []
        for i, (y, part) in columns.items():
            t = _cell_target(row[i].text, unit, name) if i in row else None
            if t is not None:
                text = f"{part}: {t.text}" if part else t.text
                targets.append(t.model_copy(update={"year": y, "allotted_to": allotted, "text": text}))
        if targets:
            span = ct.source_span(row[who].src_start, row[who].src_end)
            out.append(Indicator(id=number, text=name, group=group, targets=targets, span=span))
        for i, (measure, own_unit) in measures.items():
            t = _cell_target(row[i].text, own_unit or unit, measure) if i in row else None
            if t is not None:
                span = ct.source_span(row[i].src_start, row[i].src_end)
                t = t.model_copy(update={"year": year, "allotted_to": allotted})
                out.append(Indicator(id=None, text=measure, group=group, targets=[t], span=span))
    return out


def _indicator_table_header(table: list[dict[int, PhysLine]]) -> tuple[int, dict[int, list[str]]]:
    """A table of indicators' header: its number of lines and each column's
    labels, top down. A header may take several lines: a group's cell over
    the year columns ("Lộ trình thực hiện", "Giai đoạn 2026 - 2030") with the
    years in the line below, or a cell of several paragraphs ("Năm 2025" /
    "(ước)"). The lines after the first are the header's while the
    indicator's column holds nothing new (empty, or its label again: a cell
    merged down the header is read in each line); the first row stating an
    indicator ends it. A column's label is read from all its lines; a group's
    label, written once in its first column with the columns it spans left
    empty, is each of those columns' where the line below labels them."""
    first = {i: pl.text for i, pl in table[0].items()}
    what = _column(first, P.INDICATOR_COLUMN.search, set())
    depth = 1
    if what is not None:
        while depth < min(len(table), _HEADER_LINES) and (
            what not in table[depth] or table[depth][what].text == first[what]
        ):
            depth += 1
    lines = [{i: pl.text for i, pl in cells.items()} for cells in table[:depth]]
    labels: dict[int, list[str]] = {}
    for r, line in enumerate(lines):
        below = set().union(*lines[r + 1 :]) if r + 1 < depth else set()
        group: str | None = None
        for i in sorted(set(line) | below):
            text = line.get(i)
            if text is None:
                # (an empty cell right of a group's label, labelled below)
                text = group if group is not None and i in below else None
            else:
                # (a group: labels of its own below it)
                group = text if any(ln.get(i, text) != text for ln in lines[r + 1 :]) else None
            if text is None:
                group = None
                continue
            own = labels.setdefault(i, [])
            if not own or own[-1] != text:  # (a cell merged down: its label once)
                own.append(text)
    return depth, labels


# The most lines a table's header takes (a group's line, the labels', a
# second paragraph of a label).
_HEADER_LINES = 4


# module-level, not a closure: a recursive closure holds itself in a
# reference cycle that only the cyclic collector frees
def _visit_indicators(
    out: list[Indicator],
    lo: int,
    hi: int,
    secs: list[Section],
    group: str | None,
    in_targets: bool,
    under_indicator: bool = False,
    in_goals: bool = False,
    goal_year: int | None = None,
    ct: CleanText | None = None,
    in_results: bool = False,
    qualitative: bool = False,
    listed: bool = False,
) -> None:
    """``qualitative``: within a goals part proper ("II. MỤC TIÊU", not a
    report's part on the coming period), outside its general objective,
    requirements and the like (P.NOT_GOALS_HEADING): where a goal stated
    with no figure is read (see ``_qualitative_targets``). ``listed``: within
    a part of indicators ("II. CHỈ TIÊU", "2. Các chỉ tiêu cụ thể"), whose
    every item is one, a level to reach or keep with no figure too ("2. Duy
    trì phổ cập giáo dục tiểu học mức độ 3")."""
    has_numbered = any(s.kind == "indicator" for s in secs)
    for s in secs:
        if not _in_range(s.span, lo, hi):
            continue
        heading = s.heading or ""
        # (its kind and children read once: a model's field costs ~340
        # instructions a read, and the tests below ask for them again and again)
        kind, children = s.kind, s.children
        if kind == "indicator":
            text = s.heading + (": " + s.text if s.text else "") if s.heading else s.text
            out.append(
                Indicator(
                    id=str(s.number),
                    text=text,
                    group=group,
                    targets=parse_targets(text),
                    span=s.span,
                )
            )
        elif kind in ("dash", "plus") and (in_targets or has_numbered or under_indicator):
            targets = parse_targets(s.text, goals=in_targets)
            if goal_year:  # "2.2. Đến năm 2030" / "- Tỷ lệ … đạt trên 70%"
                targets = [t if t.year else t.model_copy(update={"year": goal_year}) for t in targets]
            # under "Mục tiêu cụ thể" every bullet is a target, one with no
            # figure too ("- Đến năm 2030, hoàn thành …"), but a bullet heading
            # others ("- Nhân lực quản lý nhà nước:" / "+ Phấn đấu 100% …") is
            # their group; among numbered indicators only a bullet that states one is
            listing = in_targets and not has_numbered and not under_indicator
            if not targets and listing and _heads_bullets(s):
                listing = False
            elif not targets and listing and qualitative:
                targets = _qualitative_targets(s.text, goal_year, False)
            if targets or listing:
                out.append(
                    Indicator(id=None, text=s.text, group=group, targets=targets, span=s.span)
                )
        elif (
            (
                in_goals
                # an item of goals wherever it stands: "1. Mục tiêu năm 2026: giảm
                # 10% số ca mắc …; 100% ổ dịch …" (a report's part of tasks)
                or (kind in ("arabic", "letter") and heading and s.text and not children and P.GOALS_WORD.match(heading, 0, None, False))
                # a "Chỉ tiêu:" label over its clauses in running text (a letter's
                # "2. Chỉ tiêu: Tổ chức ít nhất 300 buổi …; 100% xã …; giảm 2-3% …")
                or (kind in ("arabic", "letter") and heading and s.text and not children and P.TARGETS_LABEL.fullmatch(heading))
                or (not children and _horizon_item(s, heading, group))
            )
            # (an item with bullets under it states targets of its own too:
            # "2.1. Năm 2026: đón 650.000 lượt khách …" / "- Năm 2027: …")
            and (not children or (s.text and kind in ("arabic", "letter")))
            and kind in ("dash", "plus", "arabic", "letter")
            # (a heading over "(1) …" indicators is their group, no indicator)
            and not (heading and "(" in s.text and _brackets_indicators(s.text))
        ):
            # under "CHỈ TIÊU" / "MỤC TIÊU": an item stating a value
            # (a topic's heading over its text is the indicator's group, not its
            # words: "3. Về sinh kế người dân" / "Thu nhập bình quân … tăng 10%")
            topic = bool(heading) and bool(s.text) and P.TOPIC_HEADING.match(heading) is not None
            own_text = _without_indicator_cells(ct, s) if ct is not None and ct.has_cells() else s.text
            text = own_text if topic else " ".join(x for x in (s.heading, own_text) if x)
            targets = parse_targets(text, goals=True)
            # the item's own heading a year's lead-in: "a) Đến năm 2026: hoàn
            # thành …; 100% …" (every clause after it); else the part's year,
            # "II. CHỈ TIÊU NĂM 2026"
            # (or a year's lead-in ending it: "Chỉ tiêu đến năm 2030:", "Tầm nhìn
            # đến năm 2035:", "Chỉ tiêu giai đoạn 2026 - 2030:")
            own = (P.LEAD_IN_YEAR.search(heading) or P.TIME_HEADING.search(heading)) if heading and len(heading) <= 40 else None
            year = (
                int(own["year"] or own["year2"])
                if own
                # ("1. Mục tiêu năm 2026: giảm 10% …; 100% …")
                else (_heading_year(heading) if P.GOALS_WORD.search(heading) else None) or goal_year
            )
            if year:
                targets = [t if t.year else t.model_copy(update={"year": year}) for t in targets]
            if (
                not targets
                and (qualitative or (not in_goals and not children and _horizon_item(s, heading, group)))
                and not (heading and P.NOT_GOALS_HEADING.match(heading))
            ):
                # a goal with no figure, dated by its own words: "1. Đến năm
                # 2027, hoàn thành việc sửa đổi …" (an undated item of a goals
                # part may be a purpose: "1. Tổ chức thể chế hóa …"; not of a
                # part of indicators, whose every item is one: of its year then)
                targets = _qualitative_targets(text, year, not (listed and qualitative and not children))
            if targets:
                # a numbered item is the indicator of that number ("chỉ tiêu số
                # 2"), a lettered one of that letter ("chỉ tiêu a, b")
                own_number = P.INDICATOR_OWN_NUMBER.match(heading) if heading else None
                ident = (
                    own_number["n"]
                    if own_number
                    # (its label as written when it numbers within a group: "1.2")
                    else (s.label or "").strip(" .") if kind == "arabic" and P.DECIMAL_LABEL.match(s.label or "")
                    else str(s.number)
                    if kind == "arabic" and s.number is not None
                    else (s.label or "").strip("().").lower() or None
                    if kind == "letter"
                    else None
                )
                out.append(Indicator(id=ident, text=text, group=heading if topic else group, targets=targets, span=s.span))
        # (the heading patterns match none of the many bullets' empty headings)
        goals_heading = bool(heading) and bool(P.GOALS_HEADING.match(heading) or P.FORWARD_HEADING.match(heading))
        # (an article adopting goals, a council resolution's "Điều 1. Thông qua
        # mục tiêu, chỉ tiêu …", is a goals part as "II. MỤC TIÊU" is)
        article_goals = kind == "article" and bool(heading) and P.ARTICLE_GOALS_HEADING.match(heading) is not None
        goals_here = in_goals or (kind in ("roman", "arabic", "part") and goals_heading) or article_goals
        # ("2. Định hướng đến năm 2035" / "- … đạt trên 60%" under "II. QUAN ĐIỂM, MỤC TIÊU")
        if not goals_here and children and kind in ("arabic", "letter") and heading and _horizon_item(s, heading, group):
            goals_here = True
        # a part of tasks within the coming period's ("2. Nhiệm vụ trọng tâm"
        # under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026") holds tasks, no goals:
        # a count there is the work's ("lắp camera tại 10 điểm"); a target
        # said with a verb is _task_targets'
        if goals_here and heading and not goals_heading and kind in ("roman", "arabic", "part") and P.TASKS_HEADING.match(heading):
            goals_here = False
        # a report's results ("II. KẾT QUẢ THỰC HIỆN NĂM 2025", "3. Kết quả thực
        # hiện các chỉ tiêu": "đạt 93% (kế hoạch 92%)") set no targets
        results = in_results or (heading[:1] in P.RESULTS_HEADING_INITIALS and P.RESULTS_HEADING.match(heading, 0, None, False) is not None)
        # (an item with no items under it, "1. Mục tiêu năm 2026: giảm 10% …",
        # is read above as an item of goals)
        if goals_heading and not in_goals and not results and s.text and "%" in s.text and (kind in ("roman", "part") or (kind == "arabic" and children)):
            out += _goals_lead_shares(ct, s, heading, group)
        if goals_here and s.text and "(" in s.text:
            # "(1) Tổng thu ngân sách … đạt 1.080 tỷ đồng trở lên." lines of a goals part
            year = _heading_year(heading) or goal_year
            # a heading within a goals part over them is their group: "a) Chỉ tiêu kinh tế"
            own_group = heading if in_goals and heading else group
            items = [(bm, parse_targets(bm.group(2), goals=True)) for line in s.text.split("\n") if (bm := P.BRACKETED_ITEM.match(line))]
            # (in a list of indicators, one whose target is not read is kept, not lost)
            listed = any(targets for _, targets in items)
            spans = _line_spans(ct, s.span) if ct and listed else {}
            for bm, targets in items if listed else ():
                if year:
                    targets = [t if t.year else t.model_copy(update={"year": year}) for t in targets]
                # (an item marker like "1.": each its own line's span)
                span = spans.get(bm.group(0).strip(), s.span)
                out.append(Indicator(id=bm.group(1), text=bm.group(2), group=own_group, targets=targets, span=span))
        if not children:
            continue  # (a leaf: nothing under it to visit)
        named_group = (
            kind == "letter"
            or (kind in ("arabic", "roman", "goal") and P.GOALS_WORD.search(heading, 0, None, False))
            # within a goals part, any heading over targets is their group:
            # "1. Về bảo vệ rừng", "1. Năm 2025"
            or (in_goals and kind in ("arabic", "roman", "part"))
        )
        child_group = heading if named_group and heading else group
        if kind in ("dash", "plus") and in_targets and _heads_bullets(s) and not parse_targets(s.text, goals=True):
            child_group = s.text.strip().rstrip(":").rstrip()  # ("- Nhân lực quản lý nhà nước:")
        # (a goals part's own heading, "II. MỤC TIÊU"; not its general
        # objective's, "1. Mục tiêu chung", nor a report's "PHƯƠNG HƯỚNG …")
        proper = qualitative or article_goals or (kind in ("roman", "arabic", "part") and P.GOALS_HEADING.match(heading) is not None)
        _visit_indicators(
            out,
            lo,
            hi,
            children,
            child_group,
            not results and (in_targets or bool(P.TARGETS_HEADING.search(heading, 0, None, False))),
            kind == "indicator",
            goals := goals_here and not results,
            (_heading_year(heading) or _lead_in_year(s.text) or goal_year) if goals else None,
            ct,
            results,
            goals and proper and not (heading and P.NOT_GOALS_HEADING.match(heading)),
            # (a name, not a sentence opening with the word: "3. Chỉ tiêu thực
            # hiện an toàn … được Cục … xác định … đáp ứng các yêu cầu sau:")
            goals
            and (
                listed
                or (
                    kind in ("roman", "arabic", "letter", "part")
                    and len(heading) <= _INDICATORS_HEADING_LENGTH
                    and P.INDICATORS_HEADING.match(heading) is not None
                )
            ),
        )


def _goals_lead_shares(ct: CleanText | None, s: Section, heading: str, group: str | None) -> list[Indicator]:
    """A goals part's own paragraphs before its items ("I. MỤC TIÊU" /
    "Hoàn thiện chính quyền số …; 100% văn bản đi, đến được xử lý trên môi
    trường mạng; …"): a share stated there is a target, with no "Chỉ tiêu"
    heading over it, an indicator per paragraph of the part's year (not a
    general objective's, "Mục tiêu chung", P.NOT_GOALS_HEADING; its table's
    cells are the table's). A share where the plan starts from is none: one
    dated before the part's year, or before the latest year the paragraph's
    shares give ("Năm 2025 tỷ lệ … đạt 85%; phấn đấu năm 2026 đạt 95%"), or
    said as the present state (P.GOALS_BASELINE_CUE: "hiện nay đạt 85%")."""
    if P.NOT_GOALS_HEADING.match(heading) or not P.GOALS_HEADING.match(heading):
        return []
    own = _without_indicator_cells(ct, s) if ct is not None and ct.has_cells() else s.text
    year = _heading_year(heading)
    out: list[Indicator] = []
    spans = _line_spans(ct, s.span) if ct is not None else {}
    for line in own.split("\n"):
        if "%" not in line:
            continue
        targets = [t for t in parse_targets(line, goals=True) if t.unit in ("%", "‰")]
        latest = year or max((t.year for t in targets if t.year), default=None)
        targets = [t for t in targets if not (t.year and latest and t.year < latest) and not _said_as_baseline(line, t)]
        if year:
            targets = [t if t.year else t.model_copy(update={"year": year}) for t in targets]
        if targets:
            out.append(Indicator(id=None, text=line.strip(), group=group, targets=targets, span=spans.get(line.strip(), s.span)))
    return out


def _said_as_baseline(line: str, t: Target) -> bool:
    """Whether share ``t`` of a goals paragraph ``line`` is said as the state
    the plan starts from: a cue of it (P.GOALS_BASELINE_CUE) in its clause
    before it ("hiện nay tỷ lệ … đạt 85%; phấn đấu …")."""
    at = line.find(t.text)
    if at < 0:
        return False
    lo = max(line.rfind(";", 0, at), line.rfind(".", 0, at)) + 1
    return P.GOALS_BASELINE_CUE.search(line, lo, at) is not None


def _without_indicator_cells(ct: CleanText, s: Section) -> str:
    """A section's text without the cells of a table of indicators in it
    (read row by row by ``_indicator_tables``: a figure in a row's cell, its
    "Ghi chú" too, is that row's, not the heading's)."""
    if not ct.cells_in(s.span.start, s.span.end):
        return s.text
    cells: set[str] = set()
    for table in _table_rows(ct, s.span.start, s.span.end):
        if _column({i: pl.text for i, pl in table[0].items()}, P.INDICATOR_COLUMN.search, set()) is not None:
            cells.update(pl.text for line in table for pl in line.values())
    if not cells:
        return s.text
    return "\n".join(line for line in s.text.split("\n") if line not in cells)


# The longest heading of a part of indicators ("III- MỘT SỐ CHỈ TIÊU CHỦ YẾU
# ĐẾN NĂM 2030" has 40 characters; a sentence is longer).
_INDICATORS_HEADING_LENGTH = 70


def _heads_bullets(s: Section) -> bool:
    """Whether a bullet is a heading, no goal: its text leads in others
    ("- Nhân lực quản lý nhà nước:"), or bullets stand under it ("- Nhân lực
    nghiên cứu - phát triển" / "+ Hình thành đội ngũ …") and no time opens it."""
    if s.text.rstrip().endswith(":"):
        return True
    return any(c.kind in ("dash", "plus") for c in s.children) and P.GOAL_TIME_LEAD.match(s.text) is None


def _horizon_item(s: Section, heading: str, group: str | None) -> bool:
    """An item headed or led by its horizon ("2. Định hướng đến năm 2035: …",
    "2. Đến năm 2035, …") under a part naming goals among other matters ("II.
    QUAN ĐIỂM, MỤC TIÊU"): its targets are that year's, as under "Mục tiêu đến
    năm …"."""
    if s.kind not in ("arabic", "letter") or not group or not P.GOALS_WORD.search(group):
        return False
    return P.HORIZON_LEAD.match(heading or s.text) is not None


def _brackets_indicators(text: str) -> bool:
    """Whether a section's text holds "(1) …" lines stating targets."""
    return any((bm := P.BRACKETED_ITEM.match(line)) and parse_targets(bm.group(2), goals=True) for line in text.split("\n"))


def _line_spans(ct: CleanText, span: Span) -> dict[str, Span]:
    """The spans of the lines within ``span``, by their text (the first of a text)."""
    out: dict[str, Span] = {}
    first = bisect.bisect_left(ct.lines, span.start, key=lambda ll: ll.src_start)
    for ll in ct.lines[first:]:
        if ll.src_start >= span.end:
            break
        out.setdefault(ll.text.strip(), ct.line_span(ll))
    return out


# ---------------------------------------------------------------------------
# deadlines and funding
# ---------------------------------------------------------------------------


def _period_month(m: regex.Match[str]) -> int | None:
    """The month a quarter or month deadline falls in: a quarter ends with its
    third month ("quý II" -> 6)."""
    month = 3 * _QUARTERS[m["q"].upper()] if m["q"] else int(m["m"])
    return month if 1 <= month <= 12 else None


def _relative_recurrence(m: regex.Match[str]) -> str:
    """A limit counted from the document's own issue or coming into force
    falls once; one counted from an event ("kể từ ngày nhận đủ hồ sơ"), each
    time it happens."""
    anchor = " ".join((m["anchor"] or "").split())  # (none: the task's own event)
    own = m["rel"].lower().startswith("kể") and (P.ANCHOR_SIGNED.match(anchor) or P.ANCHOR_IN_FORCE.match(anchor))
    return "once" if own else "ad hoc"


def _date_relative_deadlines(deadlines: list[Deadline], date: str | None, effect: str | None) -> None:
    """Date the limits counted from the document's own issue or coming into
    force, in days or months ("trong thời hạn 60 ngày kể từ ngày Thông tư này
    có hiệu lực"), from its date or the date it takes effect (``effect``:
    ``Header.effect``'s, as its closing article gives it), and the ones due
    on its own day ("ngay trong ngày"); a count of working days or hours is
    left undated (holidays and the hour are not known)."""
    issued = _iso_date(date)
    in_force = _iso_date(effect)
    for d in deadlines:
        if d.day is None and d.recurrence is None and P.DEADLINE_SAME_DAY.match(d.text):
            # "… ngay trong ngày": the document's own day
            d.recurrence = "once"
            if issued:
                d.day, d.month, d.year = issued.day, issued.month, issued.year
            continue
        if d.day is None and d.recurrence in (None, "daily") and (r := P.DEADLINE_RELATIVE_DAY.fullmatch(d.text)):
            # "… trước 17 giờ cùng ngày" with no date before it: the document's own day (the next for "hôm sau")
            d.recurrence = "once"
            if issued:
                due = issued + _dt.timedelta(days=1) if "sau" in r.group(0).lower() else issued
                d.day, d.month, d.year = due.day, due.month, due.year
            continue
        m = P.DEADLINE_RELATIVE.match(d.text) if d.recurrence == "once" and d.day is None else None
        if m is None or m["unit"].lower() not in ("ngày", "tháng"):
            continue
        anchor = " ".join(m["anchor"].split())
        start = issued if P.ANCHOR_SIGNED.match(anchor) else in_force if P.ANCHOR_IN_FORCE.match(anchor) else None
        if start is None:
            continue
        n = int(m["n"])
        if m["unit"].lower() == "ngày":
            due = start + _dt.timedelta(days=n)
        else:
            months = start.month - 1 + n
            year, month = start.year + months // 12, months % 12 + 1
            due = _dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
        d.day, d.month, d.year = due.day, due.month, due.year


def _iso_date(value: str | None) -> _dt.date | None:
    """A full "YYYY-MM-DD" date, or None for a partial or missing one."""
    try:
        return _dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _year_of_a_target(text: str, lo: int, at: int) -> bool:
    """Whether the year at ``at`` is a target's or a forecast's, not a task's
    limit: by the words of its clause since a comma (P.YEAR_ONLY_NOT_DUE), or
    a value after the clause's last task verb (P.YEAR_ONLY_VALUE: "Cử 100%
    công chức … do Sở Tư pháp tổ chức trong năm 2026" is dated by it)."""
    start = max(lo, text.rfind(",", 0, at) + 1)
    if P.YEAR_ONLY_NOT_DUE.search(text, start, at):
        return True
    for verb in P.YEAR_ONLY_TASK_VERB.finditer(text, start, at):
        start = verb.end()
    return P.YEAR_ONLY_VALUE.search(text, start, at) is not None


def _until_year_end(
    text: str, lowered: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]]
) -> list[tuple[regex.Match[str], int | None, int | None, int | None]]:
    """A duty running to a year's end (DEADLINE_UNTIL_YEAR_END): due by 31
    December; not a sentence's time lead, a target's year or a validity."""
    out: list[tuple[regex.Match[str], int | None, int | None, int | None]] = []
    for m in _matches_at_words(P.DEADLINE_UNTIL_YEAR_END, text, lowered, P.DEADLINE_UNTIL_YEAR_END_OPENING_WORDS):
        if _overlaps(m, found) or _opens_sentence(text, m.start()):
            continue  # "Đến hết năm 2026, 100% xã …": the time its sentence tells
        lo = _clause_start(text, m.start()) + 1
        if _year_of_a_target(text, lo, m.start()):
            continue  # the target's year: "… đạt 80% đến hết năm 2026"
        if "phấn đấu" in lowered[lo : m.start()]:
            continue  # a goal's horizon: "Phấn đấu đến hết năm 2026, phường … được công nhận …"
        if P.SPAN_FROM.search(text, max(lo, m.start() - 40), m.start()):
            continue  # a span's end: "Thời gian thực hiện: Từ năm 2021 đến hết năm 2030"
        if P.VALIDITY_UNTIL.search(text, max(lo, m.start() - 80), m.start() + 3):
            continue  # how long something is valid
        out.append((m, 31, 12, int(m["y"])))
    return out


def _until_day_end(
    text: str, lowered: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]]
) -> list[tuple[regex.Match[str], int | None, int | None, int | None]]:
    """A duty's clause closed by the last day it runs to
    (DEADLINE_UNTIL_DAY_END): due that day; not a span's end, a sentence's
    time lead or how long something holds."""
    out: list[tuple[regex.Match[str], int | None, int | None, int | None]] = []
    for m in _matches_at_words(P.DEADLINE_UNTIL_DAY_END, text, lowered, P.DEADLINE_UNTIL_YEAR_END_OPENING_WORDS):
        month = m["m"] or m["m2"]
        if month is None or not 1 <= int(month) <= 12 or _overlaps(m, found) or _opens_sentence(text, m.start()):
            continue  # "Đến hết ngày 30/6/2026, toàn tỉnh …": the time its sentence tells
        lo = _clause_start(text, m.start()) + 1
        if P.SPAN_FROM.search(text, max(lo, m.start() - 40), m.start()):
            continue  # a span's end: "từ ngày 02/01 đến hết ngày 06/3/2026"
        before = lowered[max(lo, m.start() - 80) : m.start()]
        if "từ ngày" in before or "kể từ" in before:
            continue  # a span's end: "kể từ ngày ký đến hết ngày …"
        if P.VALIDITY_UNTIL.search(text, max(lo, m.start() - 80), m.start() + 3):
            continue  # how long something holds: "Giấy phép này có giá trị … đến hết ngày …"
        year = m["y"] or m["y2"]
        out.append((m, int(m["d"]), int(month), int(year) if year else None))
    return out


def _for_an_occasion(text: str, m: regex.Match[str], found: list[tuple[regex.Match[str], int | None, int | None, int | None]]) -> bool:
    """Whether the time at ``m`` is the occasion a purpose clause names
    (P.PURPOSE_OCCASION: "… để báo cáo tại kỳ họp … cuối năm 2026") after a
    dated limit of its sentence: no second deadline of that duty."""
    lo = _sentence_mark_before(text, m.start()) + 1
    purpose = P.PURPOSE_OCCASION.search(text, lo, m.start())
    return purpose is not None and any(
        f[1] is not None and lo <= f[0].start() and f[0].end() <= purpose.start() for f in found
    )


def _delivery_recurring(text: str, lowered: str, agency: str | None, span: Span) -> list[Deadline]:
    """A duty of delivering at a frequency closing its clause
    (DELIVERY_RECURRING): "…; cập nhật cơ sở dữ liệu … hằng quý"."""
    out: list[Deadline] = []
    for m in _matches_at_words(P.DELIVERY_RECURRING, text, lowered, P.DELIVERY_RECURRING_OPENING_WORDS):
        lo = _clause_start(text, m.start()) + 1
        if "báo cáo" in lowered[m.start() : m.end()] or not (
            _opens_sentence(text, m.start())
            or P.DUTY_PUT_BEFORE_VERB.search(text, lo, m.start())
            # (or after the body its clause directs: "Chỉ đạo các Chi nhánh … cập nhật … hằng ngày")
            or P.DIRECTED_BEFORE_VERB.fullmatch(text, lo, m.start())
        ):
            continue  # (a clause's own verb only; a report's frequency is read with the reports)
        rec = _recurrence(m.group(0))
        if rec:
            out.append(Deadline(text=m.group(0), recurrence=rec, to=_to_whom(m.group(0)), agency=agency, span=span))
    return out


def _leading_cadence(text: str, lowered: str, agency: str | None, span: Span) -> list[Deadline]:
    """A task's cadence opening its sentence, a task verb after it
    (LEADING_CADENCE): "Hàng năm, tiến hành rà soát …" recurs each year."""
    out: list[Deadline] = []
    for m in _matches_at_words(P.LEADING_CADENCE, text, lowered, P.LEADING_CADENCE_OPENING_WORDS):
        if not _opens_sentence(text, m.start()):
            continue
        after = text.find(",", m.end()) + 1
        after += len(text[after:]) - len(text[after:].lstrip())
        opener = P.DUTY_OPENER.match(text, after)  # ("tiến hành rà soát …")
        at = opener.end() if opener else after
        owner = agency
        # (its subject before the verb: "Hằng năm, Phòng X tổ chức …", "Hằng quý, ba bên …")
        parties = P.CADENCE_PARTIES.match(text, at) if text[at : at + 1] in "hbcHBC" else None
        if parties:
            at = parties.end()
        elif text[at : at + 1].isupper():
            subject = _sentence_subject(text[at : at + 200])
            if subject is None:
                continue
            owner, at = subject, at + len(subject)
            at += len(text[at:]) - len(text[at:].lstrip(" ,"))
        # (the verb opens the clause: "Hằng năm, tỉnh có …" tells how things
        # stand, "Hằng tháng, tổ chức bảo hiểm xã hội đóng …" names its subject)
        if (P.YEAR_ONLY_TASK_VERB.match(text, at) is None and P.LEADING_CADENCE_VERB.match(text, at) is None) or (
            P.ORGANISATION_NOUN.match(text, at)
        ):
            continue
        rec = _recurrence(m.group(0))
        if rec:
            out.append(Deadline(text=m.group(0), recurrence=rec, agency=owner, span=span))
    return out


def _duty_cadence(text: str, lowered: str, agency: str | None, span: Span) -> list[Deadline]:
    """A duty's cadence said with its verb (DUTY_CADENCE): before it, after
    the clause's start or its duty words ("có trách nhiệm định kỳ hàng năm rà
    soát …") or before its subject ("Định kỳ hàng quý, năm, cơ quan thống kê
    … có trách nhiệm …"); or closing the clause of a duty ("… phải tổ chức
    diễn tập … định kỳ hằng năm.", "Bộ Tài chính tổng hợp dự toán … hằng năm
    theo quy định …"). Not a noun's ("kế hoạch đầu tư công trung hạn và hằng
    năm phù hợp …"), nor how things stand ("Hằng năm, tỉnh có …")."""
    out: list[Deadline] = []
    for m in _matches_at_words(P.DUTY_CADENCE, text, lowered, P.DUTY_CADENCE_OPENING_WORDS):
        lo = _clause_start(text, m.start()) + 1
        if "báo cáo" in _clause_at(text, m.start(), m.end()).lower():
            continue  # (a report's cadence: read with the reports, _read_deadlines)
        before = text[lo : m.start()].lstrip(" -+•\t")
        at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip(" ,"))
        leading = not before or P.DUTY_PUT_BEFORE_VERB.search(before) is not None
        if leading and not P.ORGANISATION_NOUN.match(text, at) and (
            P.YEAR_ONLY_TASK_VERB.match(text, at) or P.CADENCE_DUTY_VERB.match(text, at) or P.DUTY_OPENING.match(text[at : at + 40])
        ):
            # "… có trách nhiệm định kỳ hàng năm rà soát …"; a clause of a
            # body's duties opening with its cadence, any duty's verb after
            # it: "…; hằng tháng làm sạch dữ liệu dân cư; …"
            pass
        elif (
            not before
            and text[m.end() : at].strip() == ","
            and (subject := _subject_after_opening(text[lo:], m.start() - lo, m.end() - lo))
            # (a class doing it, its duty said: not "Hằng tháng, tổ chức bảo
            # hiểm xã hội đóng bảo hiểm y tế …", how a payment is made)
            and (subject[:1].isupper() or P.DUTY_PUT.search(text, at, at + _OPENING_SUBJECT_REACH))
        ):
            pass  # "Định kỳ hàng quý, năm, cơ quan thống kê … có trách nhiệm …"
        elif (
            before
            # ("định kỳ" qualifies a verb wherever it stands: "… có trách nhiệm tổ
            # chức diễn tập … định kỳ hằng năm và thực hiện …")
            and (m.group(0)[:1] in "đĐ" or ((closes := P.CADENCE_CLOSES.match(text, m.end())) is not None and closes["by"]))
            and (P.DUTY_PUT.search(before) or _duty_of_subject(before))
        ):
            pass  # "… phải tổ chức diễn tập … định kỳ hằng năm."
        else:
            continue
        rec = _recurrence(m.group(0))
        if rec:
            out.append(Deadline(text=m.group(0), recurrence=rec, agency=agency, span=span))
    return out


def _duty_of_subject(clause: str) -> bool:
    """Does ``clause`` open with a body doing a task ("Bộ Tài chính tổng hợp
    …"), or with the task's verb (a point of a body's list: "Xây dựng …")?"""
    subject = _sentence_subject(clause)
    rest = clause[len(subject) :].lstrip(" ,") if subject and clause.startswith(subject) else clause if subject is None else ""
    return bool(rest) and (P.YEAR_ONLY_TASK_VERB.match(rest) is not None or P.CADENCE_DUTY_VERB.match(rest) is not None)


def _reporting_duty(sentence: str) -> bool:
    """Does a sentence with a report and how often say someone must report:
    it names whom to ("… gửi báo cáo định kỳ đến Cục …"), says it is done
    (``P.REPORT_DUTY``), or the frequency comes before the report's verb
    ("Định kỳ 6 tháng, hằng năm báo cáo …")? Not one said to have been
    missed ("Một số xã, phường chậm gửi báo cáo định kỳ": P.MISSED_REPORT).
    A report named by its kind does neither: "Báo cáo an toàn định kỳ",
    "Báo cáo định kỳ, báo cáo vụ việc …", "… số báo cáo tính hàng tháng"."""
    if "đã" in sentence and P.DONE_BEFORE_DATE.search(sentence):
        return False  # what was reported, retold: "Sở Y tế đã báo cáo … đúng thời hạn"
    lowered = sentence.lower()
    if any(w in lowered for w in P.MISSED_REPORT_WORDS) and (missed := P.MISSED_REPORT.search(sentence)) and "báo cáo" not in lowered[missed.end() :]:
        return False  # a duty missed, a shortcoming: "Một số xã chậm gửi báo cáo định kỳ"
    if _to_whom(sentence) or P.REPORT_DUTY.search(sentence):
        return True
    first = _first_recurrence(sentence, lowered)
    return first is not None and lowered.find("báo cáo", first.end()) >= 0 and lowered.find("báo cáo") > first.start()


def _overlaps(m: regex.Match[str], found: list[tuple[regex.Match[str], int | None, int | None, int | None]]) -> bool:
    """Does ``m`` overlap a date already found?"""
    return any(f[0].start() < m.end() and m.start() < f[0].end() for f in found)


def _time_frame(text: str, m: re.Match[str]) -> bool:
    """Whether a dated period ``m`` frames what is told rather than bounds a
    task: written in capitals (a title's "… TRONG THÁNG 5 NĂM 2026"), or
    opening a sentence, "Trong tháng 4 năm 2026, …", whose clause after it
    does nothing still to be done (no task's verb, or "đã": a past period
    assessed)."""
    words = m.group(0)
    if words.isupper():
        return True
    if words[:6].lower() != "trong " or not _opens_sentence(text, m.start()) or text[m.end() : m.end() + 1] != ",":
        return False
    clause = text[m.end() + 1 : m.end() + _FRAME_CLAUSE_LONGEST]
    ends = [k for k in (clause.find(";"), clause.find(". ")) if k >= 0]
    clause = clause[: min(ends)] if ends else clause
    return "đã" in clause.split() or not P.YEAR_ONLY_TASK_VERB.search(clause)


# (the clause after a period framing a sentence is read this far)
_FRAME_CLAUSE_LONGEST = 200


def _goals_time(text: str, lowered: str, m: regex.Match[str]) -> bool:
    """Whether a period ``m`` dates a goal, not a task: said right after
    "phấn đấu", then the target's value, a comma between or none
    (P.GOAL_VALUE_AFTER: "phấn đấu đến cuối năm 2026, tỷ lệ hồ sơ … đạt 80%
    trở lên", "phấn đấu đến cuối năm 2026 tỷ số … dưới 111 …"); the target's year.
    With no comma, the words after the period name the measure, no task's
    verb among them ("phấn đấu trong quý II/2026 hoàn thành cấp căn cước cho
    100% công dân": the task's deadline; see P.GOAL_MEASURE_OPENS)."""
    if not lowered[max(0, m.start() - 12) : m.start()].rstrip().endswith("phấn đấu"):
        return False
    value = P.GOAL_VALUE_AFTER.match(text, m.end())
    if value is None:
        return False
    words = text[m.end() : value.end()].lstrip()
    if words.startswith(","):
        return True
    if P.GOAL_MEASURE_OPENS.match(words) is None:
        return False
    return P.LEADING_TASK_VERB.search(words + " ") is None and P.GOAL_TASK_VERB.search(words) is None


def _opens_sentence(text: str, at: int) -> bool:
    """Does the text at ``at`` open a sentence or a line ("Trong quý III, …")?"""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in ".;:\n-–+•"


def _recurrence(text: str, at: int | None = None) -> str | None:
    """How often the words of ``text`` say something recurs. "định kỳ"
    (periodic) gives way to the frequency it is said with ("định kỳ … hằng
    năm": annual). Of several frequencies, a date at ``at`` takes its own:
    the one said last before it ("định kỳ 6 tháng (trước ngày 15/6) và hằng
    năm (…)": semiannual), else the first after it; with no date, a duty done
    at two frequencies has both ("semiannual, annual")."""
    found: list[str] = []
    where: list[tuple[int, str]] = []
    lowered = text.lower()
    for m in _recurrences(text, lowered):
        g = P.group_numbers(m.re)  # (groups read by number: see P.group_numbers)
        six, every, year, year_too = m[g["six"]], m[g["every"]], m[g["year"]], m[g["year_too"]]
        if m[g["year_end"]]:
            # "Định kỳ 6 tháng (…) và cuối năm (…)": the year's round of the
            # duty's cadence said before it, annual; else no frequency
            if where:
                where.append((m.start(), "annual"))
                if "annual" not in found:
                    found.append("annual")
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if six and (
            (
                text[max(0, m.start() - 10) : m.start()].rstrip().lower().endswith(P.RECURRENCE_REVIEW_BEFORE)
                and not any(w in lowered for w in P.RECURRENCE_CADENCE_WORDS)
            )  # "sơ kết 6 tháng thực hiện …": the period reviewed, once
            or before[-1:] in ("/", ".")
            or before[-1:].isdigit()  # "15/06 tháng …": a date
            or before.rstrip().lower().endswith(P.RECURRENCE_NOT_AFTER)  # "không quá 06 tháng"
        ):
            continue
        if " ".join(m.group(0).lower().split()[:2]) in ("mỗi quý", "theo quý"):
            r: str | None = "quarterly"  # "theo quý", "mỗi quý (một lần)"
        elif every:  # "6 tháng một lần", "mỗi 3 tháng"
            r = RECURRENCE_EVERY.get(every.lower().lstrip("0"), "periodic")
        elif year or year_too:
            if not before.rstrip().lower().endswith(("tháng", "quý")) or (year_too and not where):
                continue  # ", năm …" after no period; "và năm" after no frequency said ("theo tháng và năm")
            r = "annual"
        else:
            r = RECURRENCE.get(" ".join(m.group(0).lower().split()).lstrip("0"))
        if r:
            where.append((m.start(), r))
            if r not in found:
                found.append(r)
    if where and "ad hoc" not in found and "khi có yêu cầu" in lowered:
        asked = P.ON_REQUEST_TOO.search(text, where[0][0])
        if asked:  # "hằng năm và khi có yêu cầu": on request too
            where.append((asked.start(), "ad hoc"))
            found.append("ad hoc")
    if "periodic" in found and any(r not in ("periodic", "ad hoc") for r in found):
        found.remove("periodic")
        where = [w for w in where if w[1] != "periodic"]
    # (a date is never the ad hoc one's: "định kỳ hằng năm hoặc đột xuất …
    # trước ngày 01/6" falls yearly)
    dated = [w for w in where if w[1] != "ad hoc"]
    if len(found) > 1 and at is not None and dated:
        said_before = [r for pos, r in dated if pos < at]
        return said_before[-1] if said_before else dated[0][1]
    return ", ".join(found) or None


def _over_stated_period(rec: str | None, text: str, lo: int, hi: int, said: bool) -> str | None:
    """A reporting period stated in a report's clause (``text[lo:hi]``;
    ``said``: the text holds "kỳ báo cáo"), "…, kỳ báo cáo là 01 năm", is how
    often it falls due where its words say no more than "định kỳ" (or
    nothing): annual (REPORTING_PERIOD)."""
    if not said or rec not in (None, "periodic"):
        return rec
    m = P.REPORTING_PERIOD.search(text, lo, hi)
    if m is None:
        return rec
    n = (m["n"] or "1").lower().lstrip("0")
    unit = m["unit"].lower()
    if unit == "tháng":
        return RECURRENCE_EVERY.get(" ".join(n.split()), rec)
    if n != "1" and n != "một":
        return rec  # ("kỳ báo cáo 3 năm": no frequency of the table's)
    return "annual" if unit == "năm" else "quarterly"


def _says_a_cadence(lowered: str) -> bool:
    """Can a cadence alternative of RECURRENCE match ("6 tháng một lần", "3
    tháng/lần", "mỗi 3 tháng"): each holds "lần" or "mỗi". They open with a
    number, in digits or words, at too many places for a scan by word: such a
    text is searched whole."""
    return "lần" in lowered or "mỗi" in lowered


def _recurrences(text: str, lowered: str) -> list[regex.Match[str]]:
    """``P.RECURRENCE.finditer(text)``, tried at its opening words where no
    cadence can be said (``lowered`` is ``text.lower()``)."""
    if _says_a_cadence(lowered):
        return list(P.RECURRENCE.finditer(text))
    return _matches_at_words(P.RECURRENCE, text, lowered, P.RECURRENCE_OPENING_WORDS, _may_recur_at)


def _first_recurrence(text: str, lowered: str) -> regex.Match[str] | None:
    """``P.RECURRENCE.search(text)``, as ``_recurrences`` tries it."""
    if _says_a_cadence(lowered):
        return P.RECURRENCE.search(text)
    return _search_at_words(P.RECURRENCE, text, P.RECURRENCE_OPENING_WORDS, _may_recur_at)


def _may_recur_at(lowered: str, at: int) -> bool:
    """Can RECURRENCE match at ``at`` of the lowered text: not at a comma
    that no "năm" follows past its spaces (its ", năm"; most commas are
    other clauses'), nor at a "theo" that no "quý" follows ("theo quý"; the
    word mostly opens "theo quy định", "theo dõi"); its other words are
    tried. (``str.lstrip`` strips every character ``\\s`` matches, and more;
    past a long run of spaces the pattern is tried.)"""
    c = lowered[at]
    if c == "," or c == "v":  # (", năm", "và (cả) năm")
        after, word = lowered[at + (1 if c == "," else 2) : at + 40].lstrip(), "năm"
        if after.startswith(("cả ", "cuối ")):
            after = after[3 if after[1] == "ả" else 5 :].lstrip()
    elif c == "t":  # ("theo", the one opening word with a "t")
        after, word = lowered[at + 4 : at + 40].lstrip(), "quý"
    else:
        return True
    return after.startswith(word) or (len(after) < 3 and at + 40 < len(lowered))


def _clause_start(text: str, pos: int) -> int:
    """Where the ";", ". " or line break before ``pos`` stands (-1: none does)."""
    # (the others looked for after the line's break only: a text of many lines
    # without a ";" is not scanned back to its start for each offset)
    lo = text.rfind("\n", 0, pos)
    return max(lo, text.rfind(";", lo + 1, pos), text.rfind(". ", lo + 1, pos))


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds ``start``..``end``: from the ";", ". " or
    line before it to the one after."""
    lo = _clause_start(text, start) + 1
    ends = [k for k in (text.find(";", end), text.find(". ", end), text.find("\n", end)) if k >= 0]
    return text[lo : min(ends, default=len(text))]


def _opening_recurrence(clause: str) -> str | None:
    """The recurrence a clause opens with, which all its dates share: "Hằng
    năm, … trước ngày 15/11 …, báo cáo … trước ngày 30/11"."""
    opening = P.WHEN_OPENING.match(clause.lstrip(" -+•"))
    return _recurrence(opening.group(0)) if opening else None


def _named_period(around: str, at: int | None) -> str | None:
    """The cadence of the report a date is set for, named by its period:
    "báo cáo quý (gửi …) trước ngày 15/3/2026" quarterly, "báo cáo tháng …"
    monthly (PERIOD_REPORT); of several, the last named before the date."""
    named = [m for m in P.PERIOD_REPORT.finditer(around) if at is None or m.start() < at]
    if not named:
        return None
    return "quarterly" if named[-1]["p"].lower() == "quý" else "monthly"


# The recurrences a report's period word alone gives that a date with its
# year does not take without a cadence said (``_cadence_said``): a half-year's
# or a year's report ("báo cáo 6 tháng", "báo cáo năm") dated is that year's
# one report; a quarter's or a month's, dated, is the first of its series
# ("báo cáo quý gửi Sở Y tế trước ngày 15/3/2026": quarterly, _named_period).
_PERIOD_NAMED = ("semiannual", "annual")


def _cadence_said(lowered: str) -> bool:
    """Do the words say a cadence: "định kỳ", "hằng"/"hàng", "mỗi", "N tháng
    một lần", "theo quý" (RECURRENCE_CADENCE_WORDS)?"""
    return any(w in lowered for w in P.RECURRENCE_CADENCE_WORDS) or "lần" in lowered or "theo quý" in lowered


def _dated_recurrence(around: str, year: int | None, at: int | None = None) -> str | None:
    """How often a date (at ``at`` in ``around``) falls due: as the words
    around it say, but a date of a given year that only "định kỳ" stands near
    falls once ("hướng dẫn khám sức khỏe định kỳ, trình Bộ trưởng trong tháng
    12 năm 2025": the check-ups recur, the guidance is due once)."""
    rec = _recurrence(around, at)
    if year and rec in _PERIOD_NAMED and not _cadence_said(around.lower()):
        # a report's period word names which report falls due, not how often:
        # "báo cáo sơ kết 6 tháng trước ngày 10/6/2026 và báo cáo năm trước
        # ngày 15/11/2026" in a one-year plan is two reports, once each
        # (recurring only with its cadence said, "định kỳ 6 tháng", "hằng
        # năm", or a date without its year, "trước ngày 15/11 hằng năm")
        return "once"
    if rec in (None, "periodic") and "báo cáo" in around.lower():
        named = _named_period(around, at)
        if named:
            return named
    if rec in (None, "periodic") and P.YEARLY_REPORT.search(around):
        # "… và năm (trước ngày 30/11)", "báo cáo năm trước ngày 30/11": the
        # year's report, as "… trước ngày 30/11 (báo cáo năm)" is, and as
        # "báo cáo 6 tháng trước ngày 10/6" is semiannual (with its date's
        # year, once: above)
        return "once" if year and not _cadence_said(around.lower()) else "annual"
    if year and rec in (None, "periodic"):
        return "once"
    return rec


def _to_whom(text: str) -> str | None:
    text = _without_channel(text)
    m = _search_at_words(P.REPORT_TO, text, P.REPORT_TO_OPENING_WORDS, _reported_about)
    if m is None:
        return None
    to = standard_name_end(" ".join(m["to"].split()).rstrip(" )"))
    # "báo cáo về Phòng Nội vụ, Ủy ban nhân dân huyện": every body it goes to
    more = P.REPORT_TO_MORE.match(text, m.end(), None, False)
    while more:
        to = f"{to}, {standard_name_end(' '.join(more['to'].split()).rstrip(' )'))}"
        more = P.REPORT_TO_MORE.match(text, more.end())
    return to


def _blank(m: regex.Match[str]) -> str:
    return " " * len(m.group())


def _without_channel(text: str) -> str:
    """``text`` with the channels it names in brackets ("(qua Phòng X)", see
    ``P.CHANNEL_BRACKET``) blanked, its offsets kept: neither a subject's name
    nor a recipient."""
    if "(qua " not in text and "(thông qua " not in text:
        return text  # (a cheap test before the pattern)
    return P.CHANNEL_BRACKET.sub(_blank, text)


def _sentence_subject(sentence: str) -> str | None:
    """The body a sentence opens with, before its task ("Phòng Kinh tế tổng
    hợp …", "- Các sở, ngành báo cáo …"), or None."""
    whole, sentence = sentence, _past_opening(_without_channel(sentence))
    deputy = P.DEPUTY_HEAD.match(sentence) if sentence[:1] in "CcP" else None
    if deputy:
        head = _sentence_subject(sentence[deputy.end() :])
        return sentence[: deputy.end()] + head if head else None
    if not _opens_with_head_word(sentence) or P.REQUEST_OPENING.match(sentence):
        return None
    bare = P.BARE_OWN_KIND.match(sentence)
    if bare:
        return " ".join(bare["kind"].split())  # the issuer itself, by its kind ("Phòng sẽ …"): see _own_kind
    names = _agency_names(sentence[:200])[0]
    if not names or not sentence.startswith(names[0]) or any(len(n.split()) > _OPENING_BODY_WORDS for n in names):
        return None
    # bodies listed together own it together: "Các sở, ban, ngành, UBND các
    # huyện báo cáo …" (the list as written)
    end = sentence.find(names[-1]) + len(names[-1]) if len(names) > 1 else len(names[0])
    subject = sentence[:end] if len(names) > 1 and end > len(names[0]) else names[0]
    rest = sentence[len(subject) :].lstrip(" ,")
    if ":" in rest[:25]:
        return None  # a form's label: "Đơn vị nhận báo cáo: …"
    if not rest[:1].islower():
        return None
    done = P.DONE_OR_REPORTED.match(rest)
    if done and not (done.group(0).lower().startswith("báo") and P.DUE_WORDS_IN.search(whole)):
        # (but "… báo cáo kết quả hằng năm trước ngày 15/11": a duty, with its
        # date, also said before its subject: "Định kỳ trước ngày 20 tháng 6
        # …, chủ đầu tư … báo cáo …")
        return None
    return subject if all(_looks_like_agency(n) for n in names) else None


def _past_opening(sentence: str) -> str:
    """A sentence without its bullet and what it says before its subject: when
    ("Hằng năm, các sở, ngành báo cáo …") or on what basis ("Căn cứ Kế hoạch
    này, các sở …")."""
    sentence = sentence.lstrip(" -+•")
    opening = P.WHEN_OPENING.match(sentence) or P.BASIS_OPENING.match(sentence)
    return sentence[opening.end() :] if opening else sentence


def _paragraph_subject(piece: str, pos: int, length: int = 0, splits: list[list[int]] | None = None) -> str | None:
    """The body owning what the sentence at ``pos`` says: the one it opens
    with, or the one after the time limit or case it opens with (the
    deadline's ``length`` characters at ``pos``: "Trong thời hạn 30 ngày …,
    Công an đơn vị, địa phương phải …"); or, when it opens with no body at
    all ("Định kỳ hằng năm báo cáo … trước ngày …"), the one the sentence
    just before it in the paragraph opens with ("Các sở, ngành … triển khai
    thực hiện. Định kỳ …"): its subject carried over. ``splits``: the
    piece's sentence stops, kept between calls (_sentence_stops)."""
    # (the sentences before it are the stops before it, ``stops[:before]``:
    # each one's (start, end) by _sentence_at)
    stops = _sentence_stops(piece, [] if splits is None else splits, pos)
    before = bisect.bisect_left(stops, pos)
    start = stops[before - 1] + 1 if before else 0
    end = stops[before] if before < len(stops) else len(piece)
    sentence = piece[start:end]
    subject = _sentence_subject(sentence)
    if subject or "|" in sentence:  # (a table's row: its cells are no sentences)
        return _asked_instead(sentence, subject, pos - start) if subject else subject
    later = _subject_after_opening(sentence, pos - start, pos - start + length)
    if later is None and 0 <= sentence.find(",") < pos - start:
        # (the limit said after the subject that follows the opening: "Sau khi
        # nhận đủ hồ sơ hợp lệ, cơ quan thẩm định có trách nhiệm tổ chức thẩm
        # định Kế hoạch trong vòng 15 ngày làm việc")
        # (its duty put on it: "… có trách nhiệm", "… phải")
        named = _subject_after_opening(sentence, 0, 0)
        at = sentence.find(named) if named else -1
        if named and at >= 0 and P.DUTY_PUT.match(sentence[at + len(named) :].lstrip()):
            later = named
    if later is None and sentence[:1] in _CLASS_INITIALS:
        later = _class_subject(sentence)
    if later is None and "được" in sentence[: max(pos - start, 0)]:
        later = _passive_agent(sentence[: max(pos - start, 0)])
    if later:
        return later
    # after the clauses opening it: "Trong quá trình thực hiện, nếu có vướng
    # mắc, Sở Tài chính báo cáo …"
    clauses = [m.end() for m in P.CLAUSE_THEN_CAPITAL.finditer(sentence, 0, max(pos - start, 0))]
    if clauses and _names_partners(sentence):
        # (a partner named after another is no subject: "Chủ trì, phối hợp với
        # Bộ Công an, Bộ Khoa học và Công nghệ hoàn thiện …, hoàn thành trong
        # tháng 6": the item's body owns the limit)
        listed = _partner_list_spans(sentence)
        clauses = [at for at in clauses if not any(a < at < b for a, b in listed)]
    for at in clauses:
        subject = _sentence_subject(sentence[at:])
        if subject:
            return _asked_instead(sentence[at:], subject, pos - start - at)
    if clauses or not before:
        return None  # (another body may be named there)
    opening = _past_opening(sentence)
    if opening[:1] in "TH" and P.TIME_LIMIT_OPENING.match(opening):
        return _request_doer(piece, stops, before, start)
    if opening[:1].islower() and not P.ASKS_ANOTHER.search(sentence):
        return _subject_before_semicolons(piece, stops, before)
    # ("Báo cáo kết quả …" is the verb, a duty going on, not a newspaper "Báo …")
    if (
        not opening[:1].isupper()
        or (_opens_with_head_word(opening) and opening[:7].lower() != "báo cáo")
        or P.REQUEST_OPENING.match(opening)
    ):
        return None  # a clause going on, or one naming its own body
    # (the last sentence before it holding words)
    j = before - 1
    while j >= 0 and not piece[_sentence_at(stops, j) : stops[j]].strip():
        j -= 1
    if j < 0 or "\n" in piece[stops[j] : start] or "|" in piece[_sentence_at(stops, j) : start]:
        return None  # another line (a paragraph, a table's cell) or a table's row
    if "kết" in sentence and P.TEXT_REVIEWED.search(sentence):
        # the review of the text itself, its issuer's: "… báo cáo … . Năm 2028
        # tổ chức sơ kết 3 năm, năm 2030 tổng kết việc thực hiện Kế hoạch."
        return None
    previous = piece[_sentence_at(stops, j) : stops[j]].lstrip(" -+•")
    asked = P.REQUEST_OPENING.match(previous)  # "Yêu cầu các ban, ngành triển khai …"
    # (its subject also after the time it opens with: "Trong 15 ngày đầu mỗi
    # quý, Công an đơn vị … chuyển … . Chậm nhất ngày 31 tháng 12 phải …")
    return _sentence_subject(previous[asked.end() :] if asked else previous) or _subject_after_opening(previous, 0, 0)


def _sentence_at(stops: list[int], j: int) -> int:
    """Where the sentence ended by stop ``j`` starts (``stops``: see _sentence_stops)."""
    return stops[j - 1] + 1 if j else 0


_CLASS_INITIALS = frozenset("TtCcNnDdĐđ")  # (the letters a class's name opens with: PARTY_BY_KIND's, "Các", "Những")


def _passive_agent(before: str) -> str | None:
    """The body a passive duty before its limit names as its doer: "Chỉ tiêu
    … được Cục Hàng không Việt Nam xác định và công bố bằng văn bản trước 15
    tháng 01 hàng năm" (the body right after the last "được", a verb after
    it)."""
    at = before.rfind("được ")
    rest = before[at + 5 :]
    if not rest[:1].isupper():
        return None
    subject = _sentence_subject(rest)
    return subject if subject and subject[:1].isupper() else None


def _class_subject(sentence: str) -> str | None:
    """A class of persons a duty is put on, opening its sentence ("Tổ chức,
    cá nhân vận hành dự án … có trách nhiệm cập nhật …", "Tổ chức, cá nhân
    quy định tại khoản 1 Điều 9 … phải …", "Cá nhân bị thu hồi chứng chỉ
    phải …"): its name up to the duty's words (and before a time or case it
    holds: "… sau khi hoàn thành công trình …")."""
    if not P.PARTY_BY_KIND.match(sentence) and not P.CLASS_OF_PERSONS.match(sentence):
        return None
    put = P.DUTY_PUT.search(sentence, 0, _OPENING_SUBJECT_REACH)
    if put is None:
        return None
    name = sentence[: put.start()]
    case = P.CLASS_NAME_CASE.search(name)
    name = name[: case.start()] if case else name
    name = " ".join(name.split()).strip(" ,")
    # (a class defined by a reference: "… quy định tại khoản 1 Điều 9")
    bare = P.CLASS_REFERENCE.sub("", name)
    return name if bare and _body_or_party(bare) else None


_OPENING_SUBJECT_CLAUSES = 4  # (commas tried after a limit: "… kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ, Ủy ban …")
_OPENING_SUBJECT_WORDS = 16  # (a longer run before the verb is no body's name)
_OPENING_SUBJECT_REACH = 200  # (characters: the farthest a limit or a subject runs)


def _subject_after_opening(sentence: str, at: int, end: int) -> str | None:
    """The subject of a sentence stating its time limit (or the case it holds
    in) before it, the deadline at [at, end) in that opening: the body named
    after the opening's comma, before its verb ("Trong thời hạn 05 ngày làm
    việc, Sở Công Thương thẩm định …", "Định kỳ trước ngày 20 tháng 6 …, các
    tổ chức, cá nhân … báo cáo …", "Trường hợp …, trong vòng 07 ngày …, Ủy
    ban nhân dân cấp xã có văn bản …"): a state body, a firm, a fund, a
    facility or a class of persons; None when the sentence opens otherwise
    or its subject is no body ("Trong thời hạn 05 ngày, hồ sơ phải …")."""
    s = sentence.lstrip(" -+•\t\n")
    shift = len(sentence) - len(s)
    at, end = at - shift, max(end - shift, 0)
    if at < 0 or at > _OPENING_SUBJECT_REACH or not P.OPENING_BEFORE_SUBJECT.match(s):
        return None
    if "," in s[:at] and not all(
        not c.strip() or P.OPENING_BEFORE_SUBJECT.match(c.lstrip()) for c in s[:at].split(",")[1:]
    ):
        return None  # (each clause before the limit an opening: not "…, Sở Y tế trong thời hạn …")
    comma = s.find(",", max(end, at))
    for _ in range(_OPENING_SUBJECT_CLAUSES):
        if comma < 0 or comma - at > _OPENING_SUBJECT_REACH:
            return None
        rest = s[comma + 1 :].lstrip()
        if P.ROLE_OPENING.match(rest) or (rest[:1] in P.LEADING_TASK_VERB_INITIALS and P.LEADING_TASK_VERB.match(rest)):
            return None  # (the duty's words, no subject: "Trong thời gian 30 ngày …, chủ trì, phối hợp …")
        verb = P.SUBJECT_VERB_AFTER_OPENING.search(rest, 0, _OPENING_SUBJECT_REACH)
        while verb is not None and _bare_kind(rest[: verb.start()].rsplit(",", 1)[-1].strip()):
            # (a kind named by its function: "cơ quan thẩm định thông báo …",
            # "Hội đồng thẩm định tiến hành …")
            verb = P.SUBJECT_VERB_AFTER_OPENING.search(rest, verb.end(), _OPENING_SUBJECT_REACH)
        listed = None if verb else _list_end(rest[:_OPENING_SUBJECT_REACH])
        cut = verb.start() if verb else listed.start() if listed else -1
        if cut <= 0:
            return None
        name = rest[:cut].strip(" ,")
        parts = name.split(", ")
        while len(parts) > 1 and _bare_kind(parts[0]) and parts[-1][:1].isupper():
            # (the limit's event's parties running on: "… báo cáo của tổ chức,
            # cá nhân, Hội đồng thẩm định tiến hành …")
            parts = parts[1:]
        name = ", ".join(parts)
        if _body_or_party(name):
            return name
        if "," in name and _bodies_listed(name):
            # a list of bodies, its first member too: "Định kỳ 6 tháng (trước
            # ngày 15/6), UBND phường, Ủy ban MTTQ phường và các chi bộ … báo cáo …"
            return name
        inner = rest.find(",", 0, cut)
        if inner < 0:
            return None  # (the clause after the limit has a subject, no body)
        comma = len(s) - len(rest) + inner
    return None


def _bodies_listed(name: str) -> bool:
    """Is ``name`` bodies named one after another, each a body ("Ủy ban nhân
    dân phường, Ủy ban MTTQ Việt Nam phường và các chi bộ trực thuộc")?"""
    names = _agency_names(name)[0]
    return len(names) > 1 and name.startswith(names[0]) and name.endswith(names[-1]) and all(_body_or_party(n) for n in names)


def _another_body(subject: str, owner: str) -> bool:
    """Is ``subject``, a sentence's, a body named by its name other than
    ``owner`` (not one of the bodies it names together, nor the issuer by its
    kind, nor a class or a unit referred back to: "đơn vị nêu trên")?"""
    if not subject[:1].isupper() or not _opens_with_head_word(subject) or P.BARE_OWN_KIND.match(subject):
        return False
    key, keys = body_key(subject), {body_key(n) for n in _agency_names(owner)[0] or [owner]}
    return key not in keys and key not in body_key(owner) and body_key(owner) not in key


_BARE_KINDS = frozenset(["Hội đồng", "Đoàn", "Tổ", "Ban"])


def _bare_kind(name: str) -> bool:
    """Is ``name`` a kind of body alone ("cơ quan", "đơn vị", "Hội đồng"),
    its function's words still to come?"""
    return name in _BARE_KINDS or P.PARTY_BY_KIND.fullmatch(name) is not None


def _body_or_party(name: str) -> bool:
    """Is ``name`` a body, or a party named by its kind ("Nhà cung cấp …",
    "các tổ chức, cá nhân …", "cơ sở khám bệnh, chữa bệnh")?"""
    if not name or len(name.split()) > _OPENING_SUBJECT_WORDS or any(c.isdigit() for c in name) or P.NOT_IN_SUBJECT.search(name):
        return False
    if P.PARTY_BY_KIND.match(name):
        return True
    return _opens_with_head_word(name) and _looks_like_agency(name)


def _request_doer(piece: str, stops: list[int], before: int, start: int) -> str | None:
    """The owner of a time-limit sentence naming no body that closes a
    request ("… kính đề nghị UBND tỉnh xem xét chỉ đạo Sở Xây dựng: … .
    Thời hạn hoàn thành … trước ngày …"): the doer the request names (Sở Xây
    dựng), else the body it asks; None where the paragraph has no request
    before it, or a sentence of another body's comes between. (The sentences
    before it: those ``stops[:before]`` end, see _sentence_stops.)"""
    for j in range(before - 1, -1, -1):
        a, b = _sentence_at(stops, j), stops[j]
        if "\n" in piece[b:start]:
            return None  # (the paragraph began after it)
        sentence = piece[a:b]
        asks = None
        if "đề nghị" in sentence or "yêu cầu" in sentence:
            asks = next(reversed(list(P.ASKS_ANOTHER.finditer(sentence))), None)
        if asks is not None:
            directs = P.REQUEST_DIRECTS.search(sentence, asks.end())
            doer = _asked_body(sentence, directs.end()) if directs else None
            if doer is not None and _looks_like_agency(doer) and sentence.startswith(doer, directs.end() if directs else 0):
                return doer
            asked = _asked_body(sentence, asks.end())
            return asked if asked is not None and _looks_like_agency(asked) else None
        if _sentence_subject(sentence):
            return None  # another body's sentence
        start = a
    return None


def _subject_before_semicolons(piece: str, stops: list[int], before: int) -> str | None:
    """The subject a clause after ";" with none of its own goes on with: the
    body the clauses before it, in the same line, open with ("Ban Tiếp công
    dân tỉnh theo dõi …; hằng tháng tổng hợp, báo cáo … trước ngày 25"). (The
    clauses before it: those ``stops[:before]`` end, see _sentence_stops.)"""
    for j in range(before - 1, -1, -1):
        a, b = _sentence_at(stops, j), stops[j]
        if piece[b] != ";":
            return None  # a sentence or a line ended before it
        clause = piece[a:b].lstrip(" -+•")
        subject = _sentence_subject(clause)
        if subject:
            return _asked_instead(clause, subject, len(clause))
        if not _past_opening(clause)[:1].islower():
            return None  # (one opening with no body it names)
    return None


def _events_to_their_bodies(ct: CleanText, deadlines: list[Deadline], assignments: list[Assignment]) -> None:
    """A deadline of no body's, on a line naming an event in quotes ("2. Tổ
    chức "Ngày Chủ nhật số" vào Chủ nhật tuần thứ hai hằng tháng …"), is the
    body's whose item has it hold that event ("Đoàn Thanh niên phường chủ trì
    …, phối hợp … tổ chức "Ngày Chủ nhật số""; P.EVENT_HELD_QUOTED): the one
    body whose tasks do (not a movement many items name)."""
    for d in deadlines:
        if d.agency is not None or d.span is None:
            continue
        line_lo = ct.source.rfind("\n", 0, d.span.start) + 1
        line_hi = ct.source.find("\n", d.span.start)
        line = ct.source[line_lo : line_hi if line_hi >= 0 else len(ct.source)]
        events = {" ".join(m["term"].split()).lower() for m in P.QUOTED_TERM.finditer(line)}
        if not events:
            continue
        holders = [
            a
            for a in assignments
            if a.role != "support"
            and not a.span.start <= d.span.start < a.span.end
            and any(" ".join(m["term"].split()).lower() in events for t in a.tasks for m in P.EVENT_HELD_QUOTED.finditer(t.text))
        ]
        if len({a.agency for a in holders}) != 1:
            continue
        d.agency = holders[0].agency
        for a in holders:
            if not _holds_it(a, d):
                a.deadlines.append(d)


def _phases_to_their_bodies(deadlines: list[Deadline], assignments: list[Assignment]) -> None:
    """A task's phase named by its number ("… trong Giai đoạn 2",
    ``_phase_references``) is the deadline of the body whose task holds it
    (the one body, asked, leading or doing, not supporting, whose task's text
    holds those words where the deadline stands), and among its deadlines."""
    for d in deadlines:
        if d.agency is not None or d.span is None or P.PHASE_REFERENCE.fullmatch(d.text) is None:
            continue
        holders = [
            a
            for a in assignments
            if a.role != "support"
            and any(t.span is not None and t.span.start <= d.span.start < t.span.end and d.text in " ".join(t.text.split()) for t in a.tasks)
        ]
        if len({a.agency for a in holders}) != 1:
            continue
        d.agency = holders[0].agency
        for a in holders:
            if not _holds_it(a, d):
                a.deadlines.append(d)


def _to_their_bodies(
    deadlines: list[Deadline],
    assignments: list[Assignment],
    level: str | None,
    rows: set[int] | frozenset[int] = frozenset(),
    own: tuple[str, AgencyMatch] | None = None,
) -> None:
    """A deadline the text gives a body outside its tasks (its reporting part:
    "Các sở, ngành, UBND các huyện … báo cáo … trước ngày 10/11") is among
    that body's deadlines too, where the body has an assignment of its own
    (by its name or its standard name, a class counted by the one asked in
    its item; not one it only supports, nor one
    whose every task is a task table's row, ``rows`` where they start: a
    row's deadline is its time cell's, the text's other deadlines are its
    items'). ``own``: a council committee's name alone and its standard
    name, in its own text (see _council_committees_own_name)."""
    held = {(d.span.start, d.text) for a in assignments for d in a.deadlines if d.span is not None}
    for d in deadlines:
        if d.agency is None or d.span is None or (d.span.start, d.text) in held:
            continue
        for name in _agency_names(d.agency)[0] or [d.agency]:
            # a class counted, "03 đơn vị sử dụng hóa chất" (an item "Đối với
            # …"), is the class, "các đơn vị …": the body its item asks by
            # the class's standard name ("Yêu cầu các đơn vị …"), not another
            # item's of the same kind
            counted = P.COUNTED_CLASS.match(name) if name[:1].isdigit() else None
            match = classify_agency(f"các {name[counted.end() :]}" if counted else name, level)
            if own is not None and fold(without_title(name)) == fold(own[0]):
                match = own[1]  # (the issuing committee by its name alone)
            key, standard = body_key(name), match.canonical if match else None
            if counted is None and name[:1].islower() and not name.startswith("các "):
                # (a party by its kind, "tổ chức bảo hiểm y tế", is no department
                # of the ministry of its field: by its own name only)
                standard = None
            for a in assignments:
                if a.role != "support" and not _holds_it(a, d) and (
                    body_key(a.agency) == key
                    or (standard is not None and a.canonical == standard and (counted is None or _asked_there(a, d)))
                ) and not (rows and _of_an_item(d) and a.tasks and all(t.span is not None and t.span.start in rows for t in a.tasks)):
                    a.deadlines = [*a.deadlines, d]


def _asked_there(a: Assignment, d: Deadline) -> bool:
    """Does one of the body's tasks stand where ``d`` does (its item)?"""
    return d.span is not None and any(t.span is not None and _in_range(d.span, t.span.start, t.span.end) for t in a.tasks)


# (a clause that only watches, helps with or funds the numbered tasks: not its own)
_OVERSEEING = ("phối hợp", "hướng dẫn", "đôn đốc", "theo dõi", "kiểm tra", "giám sát", "kinh phí")


def _task_parts(sections: list[Section], lo: int, hi: int) -> list[Section]:
    """The parts holding a plan's numbered tasks ("II. NHIỆM VỤ CỤ THỂ",
    "II. NỘI DUNG THỰC HIỆN", "II. NHIỆM VỤ, GIẢI PHÁP"): a roman part or
    chapter with numbered items, not its implementation part."""
    out: list[Section] = []
    for s in sections:
        if s.kind in ("roman", "part") and _in_range(s.span, lo, hi) and any(c.kind == "arabic" for c in s.children):
            head = fold(s.heading or "")
            if ("nhiemvu" in head or "noidung" in head or "giaiphap" in head) and not P.IMPLEMENTATION_HEADING.search(
                s.heading or ""
            ):
                out.append(s)
    return out


def _referred_items(parts: list[Section], listed: str, part: str | None, word: str) -> list[Section]:
    """The numbered items a list of task numbers names: "1, 2" in the first
    task part (the one named by the reference's word, "nội dung" / "nhiệm
    vụ", where there are several), "II.1" item 1 of part II."""
    by_word = [p for p in parts if word in fold(p.heading or "")] or parts
    out: list[Section] = []
    for m in P.TASK_NUMBER_REF_ITEM.finditer(listed):
        label = m["part"] or part
        holder = next((p for p in parts if p.label == label), None) if label else by_word[0]
        if holder is None:
            continue
        item = next((c for c in holder.children if c.kind == "arabic" and c.number == int(m["item"])), None)
        if item is not None and m["sub"]:
            item = next((c for c in item.children if c.number == int(m["sub"])), None)
        if item is not None and item not in out:
            out.append(item)
    return out


def _numbered_tasks_given(
    sections: list[Section], lo: int, hi: int, assignments: list[Assignment], deadlines: list[Deadline]
) -> None:
    """A body given the plan's own tasks by their numbers ("Văn phòng …:
    chủ trì thực hiện nhiệm vụ 1, 2", "Công an phường: chủ trì nội dung 3")
    holds those tasks: their texts join its tasks (with their items' spans)
    and their deadlines its deadlines, the body's own where no other is
    named. Not a clause that only helps or guides ("phối hợp …", "hướng dẫn
    các trường thực hiện nhiệm vụ 4"), unless the body leads it too."""
    parts: list[Section] | None = None
    for a in assignments:
        if a.role == "support":
            continue
        for t in list(a.tasks):
            # (TASK_NUMBER_REFS' list holds a digit: most tasks hold none, and
            # are not lowered, at tens of instructions a character)
            if P.ANY_DIGIT.search(t.text, 0, None, False) is None:
                continue
            low = t.text.lower()
            if "nhiệm vụ" not in low and "nội dung" not in low:
                continue
            for m in P.TASK_NUMBER_REFS.finditer(t.text, 0, None, False, False):
                clause = low[max(low.rfind(";", 0, m.start()), low.rfind(".", 0, m.start()), 0) : m.start()]
                if "chủ trì" not in clause and any(w in clause for w in _OVERSEEING):
                    continue
                if parts is None:
                    parts = _task_parts(sections, lo, hi)
                if not parts:
                    return
                word = "noidung" if low.startswith("nội dung", m.start()) else "nhiemvu"
                for item in _referred_items(parts, m["list"], m["part"], word):
                    if t.span is not None and item.span.start <= t.span.start < item.span.end:
                        continue  # (its own item)
                    if not any(o.span is not None and item.span.start <= o.span.start < item.span.end for o in a.tasks):
                        # (not where the body has read the item as its own already: "4. … Các trường … lồng ghép …")
                        head = f"{item.heading}: " if item.heading and (item.text or item.children) else item.heading or ""
                        text = " ".join((head + " ".join(x for x in (item.text, *(_full_text(c) for c in item.children)) if x)).split())
                        a.tasks = _without_repeats(a.tasks, [Task(text=text, span=item.span)])
                    if a.canonical is not None and a.level == "ward":
                        # (a commune's department serving several fields: in the field its tasks now speak of;
                        # so its other role's, where those speak of none)
                        a.sector = department_field(a.canonical, [x.text for x in a.tasks]) or a.sector
                        for o in assignments:
                            if o is not a and o.canonical == a.canonical and o.level == "ward":
                                o.sector = department_field(o.canonical, [x.text for x in o.tasks]) or a.sector
                    for d in deadlines:
                        if d.span is not None and item.span.start <= d.span.start < item.span.end and not _holds_it(a, d):
                            if d.agency is None:
                                d.agency = a.agency
                            a.deadlines = [*a.deadlines, d]


def _of_an_item(d: Deadline) -> bool:
    """A one-off task's time, reported to no one: its item's, no reporting duty."""
    return d.to is None and d.recurrence in (None, "once")


def _holds_it(a: Assignment, d: Deadline) -> bool:
    """Whether a body's deadlines hold ``d`` already: the same words and date
    (read in its task with the task's span), or the same day of the year (a
    duty said in an article and again in its report form)."""
    return any(
        x is d
        or (x.text == d.text and (x.day, x.month, x.year) == (d.day, d.month, d.year))
        or (d.day is not None and d.month is not None and (x.day, x.month) == (d.day, d.month))
        for x in a.deadlines
    )


_DUTY_TEXT = 160  # (the most of a reporting duty's sentence kept as its deadline's text)
_TITLE_WORDS = 12  # (a heading as long names its part; a longer one is a sentence)
_FORM_LINES = 15  # (a form's head: its title, its parties, its period, its time limit)


def _form_parties(source: str, at: int) -> tuple[str | None, str | None]:
    """Who sends and who receives the report whose time limit stands at
    ``at``, as its form's lines above it name them ("Đơn vị gửi báo cáo: …",
    "Đơn vị nhận báo cáo: …"), up to the form's first line or a blank one."""
    sender = receiver = None
    end = source.rfind("\n", 0, at)
    for _ in range(_FORM_LINES):
        if end < 0:
            break
        start = source.rfind("\n", 0, end) + 1
        line = source[start:end]
        if not line.strip():
            break
        party = P.FORM_PARTY.match(line) if "báo cáo" in line else None
        body = party["body"].strip(" .;") if party else ""
        if body.endswith(")") and body.count(")") > body.count("("):
            body = body[:-1].rstrip()  # "(Đơn vị gửi báo cáo: …)"
        if party and party["side"].lower() == "gửi":
            sender = sender or body
        elif party:
            receiver = receiver or body
        if P.FORM_OPENING.match(line):
            break
        end = start - 1
    return sender, receiver


def _own_kind(subject: str, issuer: str | None, issuer_name: str | None) -> str | None:
    """A sentence's subject, the issuer's name where the subject is the
    issuer's kind alone ("Phòng sẽ …" in a Phòng's report); None where that
    kind is not the issuer's."""
    if " ".join(subject.split()) not in P.BARE_OWN_KINDS:
        return subject
    return (issuer_name or issuer) if issuer and fold(issuer).startswith(fold(subject)) else None


def _asked_instead(sentence: str, subject: str, pos: int) -> str | None:
    """The owner of what is due at ``pos`` in a sentence opening with
    ``subject``: the subject, unless it asks another first ("Sở Y tế yêu cầu
    UBND các xã báo cáo trước ngày …": the communes; "Đoàn kiểm tra … yêu cầu
    khắc phục … trước ngày …": the one asked, not named)."""
    if ("yêu cầu" in sentence or "đề nghị" in sentence or "kính trình" in sentence) and (
        asks := P.ASKS_ANOTHER.search(sentence, len(subject), max(pos, len(subject)))
    ):
        return _sentence_subject(sentence[asks.end() :])
    return subject


def _to_the_addressee(ct: CleanText, span: Span) -> bool:
    """Whether the sentence of a deadline speaks to the letter's addressee by
    "Quý …" ("Ý kiến tham gia của Quý cơ quan đề nghị gửi về Sở … trước ngày …")."""
    line = ct.source[ct.source.rfind("\n", 0, span.start) + 1 : span.end]
    sentence = line[line.rfind(". ") + 1 :]
    return P.HONORIFIC_ADDRESSEE.search(sentence) is not None


def _to_the_asked_addressees(
    ct: CleanText, deadlines: list[Deadline], assignments: list[Assignment], addressees: list[str]
) -> None:
    """A letter to several asking them all ("… đề nghị các cơ quan nêu trên /
    Quý cơ quan báo cáo …"): a later deadline no body's sentence owns, in a
    sentence naming no body ("Báo cáo gửi về … trước ngày …"), is theirs."""
    keys = {body_key(t) for t in addressees}
    asked = [
        a for a in assignments
        if a.role == "requested" and a.span is not None and (body_key(a.agency) in keys or _referents_all(a.agency))
    ]
    if len(asked) < 2:
        return
    # (after the request's sentence: not a date it names, "Để phục vụ sơ kết …")
    first = min(a.span.start for a in asked if a.span is not None)
    after = ct.source.find("\n", first)
    after = len(ct.source) if after < 0 else after
    for d in deadlines:
        if d.span is None or d.span.start < after:
            continue
        if d.agency is not None and not any(
            x.span is not None and x.span.start == d.span.start and x.text == d.text
            for a in asked if _referents_all(a.agency) for x in a.deadlines
        ):
            continue  # (another's; or theirs, named by the words pointing back: the bodies named)
        line = ct.source[ct.source.rfind("\n", 0, d.span.start) + 1 : d.span.start]
        sentence = line[line.rfind(". ") + 1 :].strip()
        if _sentence_subject(sentence + " " + d.text) is not None:
            continue
        d.agency = ", ".join(dict.fromkeys(" ".join(t.split()) for t in addressees))
        for a in asked:
            if not any(x.span == d.span and x.text == d.text for x in a.deadlines):
                a.deadlines = [*a.deadlines, d]


def _referents_all(name: str) -> bool:
    """Whether ``name`` points at a letter's addressees ("các cơ quan nêu
    trên", "Quý cơ quan", "các đơn vị")."""
    return bool(P.ANAPHORIC_BODY.match(name) or P.ADDRESSEE_REFERENCE.match(name) or P.ANY_UNITS.match(name))


def _asks_the_addressee(ct: CleanText, span: Span, addressee: str) -> bool:
    """Whether the sentence of a deadline no body's sentence owns asks the
    letter's one addressee: a request naming no body ("Văn bản báo cáo của
    đơn vị đề nghị gửi về Sở … trước ngày …"), or the addressee by its kind
    or its name ("đề nghị các đơn vị …"); not one asking another body
    ("đề nghị UBND các xã báo cáo …")."""
    line = ct.source[ct.source.rfind("\n", 0, span.start) + 1 : span.end]
    sentence = line[line.rfind(". ") + 1 :]
    if "đề nghị" not in sentence and "yêu cầu" not in sentence:
        return False
    asks = list(P.ASKS_ANOTHER.finditer(sentence))
    if not asks:
        return False
    if not _opens_with_head_word(sentence, asks[-1].end()):
        return True  # (the one asked unnamed: "… đề nghị gửi về Sở …")
    name = _asked_body(sentence, asks[-1].start())
    return name is None or P.ADDRESSEES_BY_KIND.match(name) is not None or fold(name) in fold(addressee)


def _after_collecting(words: str) -> str:
    """What follows "để tổng hợp" in ``words``, if it is there: "… gửi về Sở A
    để tổng hợp, báo cáo UBND tỉnh trước ngày …" is the collector's report to
    UBND tỉnh (see the deadline's owner, the collector)."""
    at = words.find("để tổng hợp")
    return words[at:] if at >= 0 else words


def _since_last_date(text: str, pos: int, ends: list[int]) -> str:
    """The words of ``pos``'s sentence after the date found last before it in
    that sentence ("" when none is); ``ends``: the dates' ends, sorted (a
    bisection, not a scan of every date per date: a long text holds thousands)."""
    start = _clause_start(text, pos)
    i = bisect.bisect_right(ends, pos) - 1
    return text[ends[i] : pos] if i >= 0 and ends[i] > start else ""


def _collector_after(text: str, end: int) -> str | None:
    """The body a purpose right after the date ending at ``end`` names as the
    one that collects: "… gửi trước ngày 20/10/2025 để Sở tổng hợp, tham mưu
    UBND tỉnh báo cáo Bộ Nội vụ" goes to the Sở, not to the ministry."""
    purpose = text.find(" để ", end, end + 12)
    if purpose < 0 or not _opens_with_head_word(text, purpose + 4):
        return None
    bare = P.BARE_BODY.match(text, purpose + 4)
    if bare:  # "để Sở tổng hợp": the issuing department, named by its kind
        return bare.group(0)
    names = _agency_names(text[purpose + 4 : purpose + 160])[0]
    return names[0] if names and _looks_like_agency(names[0]) else None


def _sentence_stops(text: str, splits: list[list[int]], pos: int) -> list[int]:
    """The starts of ``P.SENTENCE_SPLIT``'s one-character matches in ``text``,
    found once for all the offsets asked about and only as far as needed: up
    to the first at or after ``pos`` (or the text's end). ``splits`` keeps
    them, ``[starts, [where the scan goes on, -1 at the end]]``: a scan from
    the text's start for each offset is quadratic in a long text, a scan of
    all of it for one offset near its start is wasted."""
    if not splits:
        splits += [[], [0]]
    starts, scan = splits[0], splits[1]
    if scan[0] >= 0 and (not starts or starts[-1] < pos):
        for m in P.SENTENCE_SPLIT.finditer(text, scan[0]):
            starts.append(m.start())
            if m.start() >= pos:
                scan[0] = m.end()
                break
        else:
            scan[0] = -1
    return starts


def _sentence_before(text: str, splits: list[list[int]], pos: int, hi: int) -> str:
    """The sentence of ``text[:hi]`` that holds offset ``pos < hi`` (see
    ``P.SENTENCE_SPLIT``), without a scan from the text's start for each date
    (quadratic in a long text): ``splits`` holds the stops found
    (_sentence_stops). Cut at ``hi``, the text's last character splits too
    where it is a stop before nothing (the pattern's ``$``)."""
    starts = _sentence_stops(text, splits, pos)
    i = bisect.bisect_left(starts, pos)
    start = starts[i - 1] + 1 if i else 0
    if i < len(starts) and starts[i] < hi:
        return text[start : starts[i]]
    if text[hi - 1] in ".;\n":
        return text[start : hi - 1]
    return text[start:hi]


def _deadlines_in(
    ct: CleanText, text: str, span: Span, agency: str | None = None, undated: bool = True
) -> list[Deadline]:
    """The deadlines in ``text``; ``undated``: with a reporting duty said
    without a date (not in a heading: "3. Thực hiện chế độ báo cáo định kỳ"
    names the part on it); ``agency``: the body they are given to.

    A piece read before (the same words, span and ``undated``) gives copies
    of what it gave, with ``agency`` set: the reading depends on the body
    only where a collector's date is looked for (with no body given)."""
    if agency is not None and "để tổng hợp" in text:
        return _read_deadlines(ct, text, span, agency, undated)
    # (the deadlines read in the document's pieces, kept with it: a body's
    # task is read once for its body and again as its section's text)
    read = ct.deadlines_read
    # (the span's fields from its ``__dict__``: one model attribute read, not
    # five at ~340 instructions each)
    fields = span.__dict__
    key = (text, fields["start"], fields["end"], fields["line"], fields["end_line"], fields["file"], undated)
    found = read.get(key)
    if found is None:
        found = read[key] = _read_deadlines(ct, text, span, None, undated)
    # (copies: the callers set their fields; with no body given, a date
    # after "để tổng hợp" keeps the collector it was given)
    if agency is None:
        return [d.model_copy() for d in found]
    return [d.model_copy(update={"agency": agency}) for d in found]


def _matches_at_words(
    pattern: regex.Pattern[str],
    text: str,
    lowered: str,
    words: tuple[str, ...],
    may_match: Callable[[str, int], bool] | None = None,
) -> list[regex.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, the pattern tried only
    where one of ``words`` starts in ``lowered`` (``text.lower()``): the words
    its matches open with, in any case (``P.lowered_opening_words``); or in
    the text itself, for marks that have no case (``P.CLAUSE_MARKS``). A scan
    of the text by ``str.find`` for each word costs a few instructions a
    character, the pattern's try at every place hundreds. (Where lowering
    changed the text's length, its offsets are not the text's: the whole scan.)
    ``may_match`` (given ``lowered`` and the place), if given, rules out more
    places."""
    if len(lowered) != len(text):
        return list(pattern.finditer(text))
    out: list[regex.Match[str]] = []
    end = 0  # (as finditer, the next match starts where the last ended)
    # (each try with concurrent=False, passed by position: the regex module
    # lets go of the GIL around every match of a str by default, ~1,000
    # instructions a try, more than most tries here cost; by keyword, the
    # argument's parsing costs more than that)
    for at in _word_starts(lowered, words):
        if at >= end and (may_match is None or may_match(lowered, at)) and (m := pattern.match(text, at, None, False)) is not None:
            out.append(m)
            end = m.end()
    return out


def _matches_at_words_or_digits(
    pattern: regex.Pattern[str], text: str, words: tuple[str, ...], runs: regex.Pattern[str] | None = None
) -> list[regex.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose
    matches open with one of ``words`` (lowered) or with a digit (a number
    after an optional word: TARGET, TARGET_COUNT), tried only at those places
    (see ``_matches_at_words``): a target's scan tried its words at every
    place, a text's few numbers and words are found at C speed. ``runs``: the
    runs whose digits a match may open at (every digit by default; a pattern
    whose number must be closed by certain characters gives the runs closed
    by them, P.COUNT_VALUE_RUN), each digit of them tried, not a dot."""
    lowered = lower(text)
    if len(lowered) != len(text):
        return list(pattern.finditer(text))
    starts = _word_starts(lowered, words)
    # (the default looked up here: a default argument would hold the deferred
    # pattern, P._Deferred, whose every method is a Python call)
    for run in (P.DIGIT_RUN if runs is None else runs).finditer(text, 0, None, False, False):  # (every digit: a match may open inside a run)
        at = run.start()
        said = run.group()
        if "." in said:
            starts += [at + i for i, c in enumerate(said) if c != "."]
        else:
            starts += range(at, run.end())
    starts.sort()
    out: list[regex.Match[str]] = []
    end = 0  # (as finditer, the next match starts where the last ended)
    for at in starts:
        if at >= end and (m := pattern.match(text, at, None, False)) is not None:
            out.append(m)
            end = m.end()
    return out


def _may_open_clause_body(text: str, at: int) -> bool:
    """Can CLAUSE_BODIES match at the mark at ``at``: does the text after it
    and its spaces open with a start of a body's word its look-ahead names
    (P.CLAUSE_BODY_STARTS)? (``str.lstrip`` strips every character ``\\s``
    matches, and more; past a long run of spaces the pattern is tried.)"""
    after = text[at + 1 : at + 40].lstrip()
    return after[:2] in P.CLAUSE_BODY_STARTS or (len(after) < 2 and at + 40 < len(text))


def _search_at_words(
    pattern: regex.Pattern[str],
    text: str,
    words: tuple[str, ...],
    may_match: Callable[[str, int], bool] | None = None,
) -> regex.Match[str] | None:
    """``pattern.search(text)``, tried only where one of ``words`` starts in
    the lowered text (see ``_matches_at_words``), and ``may_match`` (given the
    lowered text and the place) allows."""
    lowered = lower(text)
    if len(lowered) != len(text):
        return pattern.search(text)
    for at in _word_starts(lowered, words):
        if (may_match is None or may_match(lowered, at)) and (m := pattern.match(text, at, None, False)) is not None:
            return m
    return None


def _reported_about(lowered: str, at: int) -> bool:
    """Can REPORT_TO match at ``at`` of the lowered text: not at a "về" with no
    report or sending said within its look-back's reach before it
    (P.REPORT_TO_ABOUT_ENDS); its other words are tried."""
    if not lowered.startswith("về", at):
        return True
    before = lowered[max(0, at - P.REPORT_TO_ABOUT_REACH) : at]
    return any(w in before for w in P.REPORT_TO_ABOUT_ENDS)


def _word_starts(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` starts in ``lowered``, in order."""
    starts: list[int] = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            starts.append(at)
            at = lowered.find(word, at + 1)
    starts.sort()
    return starts


@lru_cache(maxsize=8)
def _keyed_words(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each of ``words`` after its key letter (``P.WORD_KEYS``; "", found in
    any text, for a word with none)."""
    return tuple((P.WORD_KEYS.get(w, ""), w) for w in words)


def _in_source(ct: CleanText, text: str, span: Span, m: regex.Match[str]) -> int:
    """Where the words of ``m`` (in ``text``, a piece read over ``span``)
    stand in the source: their occurrence of the same rank within the span
    (a table's cells are joined by spaces in the piece, by tabs there); -1
    when not found."""
    words = m.group(0)
    rank = text.count(words, 0, m.start())
    at = span.start - 1
    for _ in range(rank + 1):
        at = ct.source.find(words, at + 1, span.end)
        if at < 0:
            return -1
    return at


def _in_data_period_column(ct: CleanText, text: str, span: Span, m: regex.Match[str]) -> bool:
    """Whether the date range ``m`` stands in a reporting calendar's column of
    the data's period ("Kỳ số liệu", P.DATA_PERIOD_COLUMN)."""
    at = _in_source(ct, text, span, m)
    header = _column_header(ct, at) if at >= 0 else None
    return header is not None and P.DATA_PERIOD_COLUMN.search(header) is not None


def _due_column_to(ct: CleanText, text: str, span: Span, m: regex.Match[str]) -> str | None:
    """The recipient a calendar's due-date column names in its header ("Thời
    hạn gửi Sở Nội vụ": Sở Nội vụ), for a date standing in that column."""
    at = _in_source(ct, text, span, m)
    header = _column_header(ct, at) if at >= 0 else None
    to = P.DUE_COLUMN_TO.match(header) if header else None
    return standard_name_end(" ".join(to["to"].split())) if to else None


# How many lines above a table's row its header line may stand.
_HEADER_REACH = 40


def _with_tabs(ct: CleanText, lo: int, hi: int) -> str:
    """The source from ``lo`` to ``hi`` with its tabs back (``clean`` made
    them spaces, keeping their places: ``CleanText.tabs``)."""
    line = ct.source[lo:hi]
    i = bisect.bisect_left(ct.tabs, lo)
    if i == len(ct.tabs) or ct.tabs[i] >= hi:
        return line
    chars = list(line)
    while i < len(ct.tabs) and ct.tabs[i] < hi:
        chars[ct.tabs[i] - lo] = "\t"
        i += 1
    return "".join(chars)


def _column_header(ct: CleanText, pos: int) -> str | None:
    """The header cell of the table column source offset ``pos`` stands in,
    when its line is a row of a table its cells apart by tabs or "|" ("3\tBáo
    cáo 6 tháng\tTừ 15/12/2025 đến 14/6/2026\tTrước ngày 18/6/2026" under
    "STT\tLoại báo cáo\tKỳ số liệu\tThời hạn gửi Sở Nội vụ"): the nearest line
    above of that many cells whose first cell is no row's number; None
    elsewhere."""
    source = ct.source
    ls = source.rfind("\n", 0, pos) + 1
    le = source.find("\n", pos)
    le = len(source) if le < 0 else le
    row = _with_tabs(ct, ls, le)
    sep = "\t" if "\t" in row else "|" if row.count("|") >= 2 else None
    if sep is None:
        return None
    cells = row.count(sep)
    index = row.count(sep, 0, pos - ls)
    hi = ls - 1
    for _ in range(_HEADER_REACH):
        if hi <= 0:
            return None
        lo = source.rfind("\n", 0, hi) + 1
        line = _with_tabs(ct, lo, hi)
        hi = lo - 1
        if not line.strip(" |-:"):
            continue
        if line.count(sep) != cells:
            return None
        first = line.split(sep, 1)[0] if sep == "\t" else line.strip().lstrip("|").split("|", 1)[0]
        if first.strip().rstrip(".").isdigit():
            continue  # another row
        return line.split(sep)[index]
    return None


def _undated_form_words(lowered: str, undated: bool) -> bool:
    """Whether a piece holding none of ``P.DATED_FORM_WORDS`` may still hold a
    deadline in ``_read_deadlines``: every other form there is read only in a
    piece holding one of those words (each test asks for ``worded``, ``dated``
    or a word of the list: "ngày", "tháng", "năm", "quý"); these are the words
    of the rest, each looked for after its key letter (P.WORD_KEYS): the same
    day ("ngay trong"), a weekday of each week ("tuần"), an ongoing task
    ("thường xuyên", "liên tục"), and with ``undated``, an undated reporting or
    disclosure duty ("báo cáo", P.DISCLOSURE_WORDS), a notice at once ("thông
    báo ngay", _at_once) and a cadence ("hằng", "hàng")."""
    return (
        ("y" in lowered and "ngay trong" in lowered)
        or ("ầ" in lowered and "tuần" in lowered)
        or ("ờ" in lowered and "thường xuyên" in lowered)
        or ("ụ" in lowered and "liên tục" in lowered)
        or (
            undated
            and (
                ("b" in lowered and "báo cáo" in lowered)
                or ("y" in lowered and "báo ngay" in lowered)
                or ("ô" in lowered and any(w in lowered for w in P.DISCLOSURE_WORDS))
                or ("ằ" in lowered and "hằng" in lowered)
                or "hàng" in lowered
            )
        )
    )


@lru_cache(maxsize=1)
def _lunar_new_years() -> tuple[dict[int, _dt.date], list[str], list[str]]:
    """The first day of each year's Tết Nguyên đán, and the can chi's stems
    and branches by Gregorian year mod 10 and mod 12 (data/holidays.json)."""
    table = load("holidays.json")
    days = {int(y): _dt.date.fromisoformat(d) for y, d in table["lunar_new_year"].items()}
    return days, list(table["heavenly_stems"]), list(table["earthly_branches"])


def _lunar_new_year(m: regex.Match[str]) -> _dt.date | None:
    """The first day of the Tết ``m`` names (P.DEADLINE_BEFORE_TET), by its
    year or its can chi (the table's year of that name, and of the year
    written after it where one is), or None: a name no can chi, or a year the
    table does not hold."""
    days, stems, branches = _lunar_new_years()
    year = m["y"] or m["y2"]
    if m["stem"] is not None:
        named = [y for y in days if stems[y % 10] == m["stem"] and branches[y % 12] == m["branch"]]
        if len(named) != 1 or (year and int(year) != named[0]):
            return None
        return days[named[0]]
    return days.get(int(year)) if year else None


def _read_deadlines(ct: CleanText, text: str, span: Span, agency: str | None, undated: bool) -> list[Deadline]:
    """The deadlines in ``text`` (see _deadlines_in)."""
    out: list[Deadline] = []
    lowered = lower(text)
    # both dated forms hold a number; most section texts hold none (nor any
    # word a dated form's test below asks for: no scan for a digit then)
    # (a loop, not ``any`` over a generator: most pieces hold none of the
    # words, and each of the generator's steps costs more than its test)
    # (each word after its key letter, P.WORD_KEYS: most pieces lack it)
    worded = False
    for key, w in _keyed_words(P.DATED_FORM_WORDS):
        if key in lowered and w in lowered:
            worded = True
            break
    if not worded and not _undated_form_words(lowered, undated):
        return out  # (most pieces: no form below can match, see _undated_form_words)
    dated = worded and P.ANY_DIGIT.search(text, 0, None, False) is not None
    # (the words the tests below ask for again and again, each looked for once
    # in a text holding a dated form's word: a miss scans the whole text; a
    # longer word holding one of them is looked for only where it is there)
    if worded:
        # (after their key letters, P.WORD_KEYS)
        w_month, w_after = "á" in lowered and "tháng" in lowered, "s" in lowered and "sau" in lowered
        w_before, w_since = "ớ" in lowered and "trước" in lowered, "ừ" in lowered and "từ" in lowered
        w_quarter, w_year = "ý" in lowered and "quý" in lowered, "ă" in lowered and "năm" in lowered
        w_term = "ờ" in lowered and "thời hạn" in lowered
        w_until = w_since and ("đến" in lowered or "-" in text or "–" in text)
    else:
        w_month = w_before = w_since = w_after = w_quarter = w_year = w_term = w_until = False
    found: list[tuple[regex.Match[str], int | None, int | None, int | None]] = []
    # (a table's rows in the source, cells apart by tabs or "|": a calendar's
    # columns, see _column_header)
    tabled = dated and (
        ct.source.find("|", span.start, span.end) >= 0
        or (bool(ct.tabs) and (i := bisect.bisect_left(ct.tabs, span.start)) < len(ct.tabs) and ct.tabs[i] < span.end)
    )
    # (each daily word holds the deadline's word, "ngày": one scan for both
    # tests; "ngày", "tháng" and "quý" are dated forms' words, none of them in
    # most texts: the tests for them below are skipped there)
    has_day = worded and P.DEADLINE_WORD in lowered
    if dated and (
        has_day
        or (
            ("/" in text or w_month)
            and (w_before or "chậm nhất" in lowered or w_term or "hoàn thành:" in lowered)
        )
    ):
        for m in _matches_at_words(P.DEADLINE, text, lowered, P.DEADLINE_OPENING_WORDS):
            if (
                text[m.start() : m.start() + 5].lower() == "trước"
                and (state := P.DEADLINE_CONDITION.match(text, max(0, m.start() - 80), m.start()))
                and not (
                    (m["y"] or m["y2"])
                    and state.group(0).lower().startswith("đã")
                    and P.DONE_STATE_CLOSES.match(text, m.end())
                )
            ):
                continue  # "… được cấp trước ngày …": what is covered, not a due date
            if text[m.start() : m.start() + 5].lower() == "trong" and not P.YEARLESS_DUE_VERB.search(
                text, max(_clause_start(text, m.start()) + 1, m.start() - 100), m.start()
            ):
                continue  # "Trong ngày 10/10, mưa lớn …": a time told, not a limit
            if P.VALID_UNTIL_BEFORE.search(text, max(0, m.start() - 120), m.start()):
                continue  # "… có hiệu lực từ ngày … đến trước ngày …": how long, not by when
            if text[m.start() : m.start() + 5].lower() == "trước" and P.RANGE_UNTIL_BEFORE.match(
                text, max(0, m.start() - 50), m.start()
            ):
                continue  # "… từ ngày 01/7/2025 đến trước ngày 30/6/2026": a range's end, no limit
            month = m["m"] or m["m2"]
            year = m["y"] or m["y2"]
            found.append(
                (m, int(m["d"]), int(month) if month else None, int(year) if year else None)
            )
            joined = P.DEADLINE_JOINED.match(text, m.end())
            if joined:  # "trước ngày 10 tháng 6 và ngày 10 tháng 12 hằng năm"
                month = joined["m"] or joined["m2"]
                joined_year = joined["y"] or joined["y2"]
                if joined_year and not year:  # "trước ngày 05/6 và ngày 25/11/2025": one year for both
                    first, d0, m0, _ = found[-1]
                    found[-1] = (first, d0, m0, int(joined_year))
                found.append(
                    (joined, int(joined["d"]), int(month) if month else None, int(joined_year) if joined_year else None)
                )
    if dated and w_before and "(" in text:
        # a named occasion dated in brackets: "… trước Tết Nguyên đán Bính Ngọ (ngày 17/02/2026)"
        for m in P.DEADLINE_BEFORE_OCCASION.finditer(text):
            if not _overlaps(m, found) and 1 <= int(m["m"]) <= 12:
                found.append((m, int(m["d"]), int(m["m"]), int(m["y"])))
    if w_before and "tết" in lowered and "nguyên đán" in lowered:
        # the lunar New Year by its can chi year: "… trước Tết Nguyên đán Bính Ngọ"
        for m in P.DEADLINE_BEFORE_TET.finditer(text):
            if (day_of := _lunar_new_year(m)) is not None and not _overlaps(m, found):
                found.append((m, day_of.day, day_of.month, day_of.year))
    if dated and has_day and "vào ngày" in lowered:  # (DEADLINE_HELD_ON's day is digits)
        # an activity held on a day, due then: "Tổ chức Lễ phát động … vào ngày 22/02/2026"
        for m in P.DEADLINE_HELD_ON.finditer(text):
            lo = _clause_start(text, m.start()) + 1
            lead_in = text[max(lo, m.start() - 150) : m.start()]
            month = m["m"] or m["m2"]
            if _overlaps(m, found) or not P.HELD_ACTIVITY.search(lead_in) or "đã" in lead_in.split() or not 1 <= int(month) <= 12:
                continue  # a time told: "Vào ngày 10/10/2025, …", "… đã tổ chức vào ngày …"
            year = m["y"] or m["y2"]
            found.append((m, int(m["d"]), int(month), int(year) if year else None))
    if dated and "thời gian" in lowered:
        # an activity's time item, the day it is held: "Thời gian kiểm tra:
        # 13h30’ ngày 07/7/2026 (Thứ Ba)" (a round's only under one: _held_times)
        for m in P.HELD_TIME.finditer(text):
            month = int(m["m"] or m["m2"])
            if m["label"] and 1 <= month <= 12 and not _overlaps(m, found):
                found.append((m, int(m["d"]), month, int(m["y"] or m["y2"])))
    if "y" in lowered and "ngay trong" in lowered:  # (no date: the document's, set once it is known; its key letter first)
        found += [(m, None, None, None) for m in P.DEADLINE_SAME_DAY.finditer(text)]
    windows: list[regex.Match[str]] = []  # (the windows recurring duties run in)
    if dated and w_until:
        for m in P.DEADLINE_PERIOD_END.finditer(text):
            if P.VALIDITY_UNTIL.match(text, max(0, m.start() - 80), m.start()) or "hiệu lực" in text[
                max(0, m.start() - 40) : m.start()
            ]:
                continue  # "có hiệu lực từ … đến …": how long, not by when
            not_due = P.PERIOD_NOT_DUE.search(text, max(0, m.start() - 80), m.start())
            if not_due and not (not_due.group(0)[:1] in "đĐ" and _under_time_field(text, m.start())):
                continue  # "kỳ báo cáo là 01 năm (từ … đến …)", "được … tổ chức từ … đến …"
            if tabled and _in_data_period_column(ct, text, span, m):
                continue  # a calendar's "Kỳ số liệu" cell: the data's window, dated in another column
            if ("hằng" in lowered or "hàng" in lowered or "mỗi" in lowered) and _recurring_window(text, m.start()):
                windows.append(m)  # (its start is the recurring deadline's ``starts``, below)
                continue  # the window a weekly or daily duty runs in, no deadline of its own
            month, year = m["m"] or m["m2"], m["y"] or m["y2"]
            found.append((m, int(m["d"]), int(month), int(year) if year else None))
    # (a weekday's forms name the week or the month: looked for only beside one)
    weekly = "ầ" in lowered and "tuần" in lowered  # (its key letter first, as P.WORD_KEYS')
    weekday = (weekly or w_month) and ("thứ" in lowered or "chủ nhật" in lowered)
    if weekday and weekly:
        for m in P.DEADLINE_WEEKLY.finditer(text):
            found.append((m, None, None, None))  # (the weekday is the deadline's text)
    if weekday and w_month and ("hằng tháng" in lowered or "hàng tháng" in lowered or "mỗi tháng" in lowered):
        for m in P.DEADLINE_MONTHLY_WEEKDAY.finditer(text):
            found = [f for f in found if not _overlaps(m, [f])]  # (the week's reading of its weekday)
            found.append((m, None, None, None))
    if has_day and ("hằng ngày" in lowered or "hàng ngày" in lowered or "mỗi ngày" in lowered):
        for m in P.DEADLINE_DAILY.finditer(text):
            found.append((m, None, None, None))  # (the hour is the deadline's text)
        # (the cadence words above are this reader's gate: "h" is in every text)
        for m in P.DEADLINE_DAILY_HOUR_AFTER.finditer(text):
            if not _overlaps(m, found):
                found.append((m, None, None, None))  # "hằng ngày (trước 15 giờ)"
        if " và " in text:
            # hours joined before one cadence ("trước 7 giờ và 14 giờ hằng
            # ngày"): a daily deadline an hour (each its own time: _due_times)
            for m in P.DEADLINE_DAILY_HOURS.finditer(text):
                if not _overlaps(m, found):
                    found += [(m, None, None, None)] * len(P.HOUR_OF.findall(m.group(0)))
    if dated and w_year and any(w in lowered for w in P.YEAR_DEADLINE_WORDS):
        for m in _matches_at_words(P.DEADLINE_YEAR, text, lowered, P.DEADLINE_YEAR_OPENING_WORDS):
            if m["before"]:
                found.append((m, 31, 12, int(m["y"]) - 1))  # "hoàn thành trước năm 2027": by the end of 2026
            else:
                # a school year ends in its second year: "trong năm học 2024 - 2025"
                found.append((m, None, None, int(m["y2"] or m["y"])))
    if dated and w_year and "đến năm" in lowered and "hoàn t" in lowered:
        for m in _matches_at_words(P.DEADLINE_YEAR_LEAD, text, lowered, ("đến",)):
            if not _overlaps(m, found) and _opens_sentence(text, m.start()):
                found.append((m, None, None, int(m["y"])))  # "Đến năm 2015, hoàn thành …"
    if dated and w_year and "năm học" in lowered:
        for m in P.DEADLINE_SCHOOL_YEAR_CLOSING.finditer(text):
            lo = _clause_start(text, m.start()) + 1
            if not _overlaps(m, found) and P.YEAR_ONLY_TASK_VERB.search(text, lo, m.start()):
                found.append((m, None, None, int(m["y2"])))  # (a school year ends in its second year)
    if dated and w_year and ("trong năm" in lowered or (w_before and "trước năm" in lowered)):
        for m in _matches_at_words(P.DEADLINE_YEAR_ONLY, text, lowered, P.DEADLINE_YEAR_ONLY_OPENING_WORDS):
            lo = _clause_start(text, m.start()) + 1
            if _overlaps(m, found) or _opens_sentence(text, m.start()) or not P.YEAR_ONLY_TASK_VERB.search(text, lo, m.start()):
                continue  # a time told: "Trong năm 2025, …", "… tăng trưởng trong năm 2025."
            if _year_of_a_target(text, lo, m.start()):
                continue  # the target's year: "… đạt 80% trong năm 2025"
            if m.group(0)[:1] in "Tt" and m.group(0)[1:5].lower() == "rước":
                found.append((m, 31, 12, int(m["y"]) - 1))  # "trước năm 2025": by the end of 2024
            else:
                found.append((m, None, None, int(m["y"])))
    if dated and w_year and "đưa " in lowered and "vào " in lowered:
        for m in P.DEADLINE_PROGRAMME_YEAR.finditer(text):
            lo = _clause_start(text, m.start()) + 1
            # (put into it by the clause's own verb: "đưa … vào chương trình giám sát năm 2026")
            if not _overlaps(m, found) and "đưa " in lowered[lo : m.start()] and "đã" not in text[lo : m.start()].split():
                found.append((m, None, None, int(m["y"])))
    if dated and w_year and "hết năm" in lowered:
        found += _until_year_end(text, lowered, found)
    if has_day and "hết" in lowered:  # (not "hết ngày": "đến  hết   ngày" is one too)
        found += _until_day_end(text, lowered, found)
    if dated and w_month and ("hằng tháng" in lowered or "hàng tháng" in lowered):
        for m in _matches_at_words(P.DEADLINE_MONTHLY_DAY, text, lowered, P.DEADLINE_MONTHLY_DAY_OPENING_WORDS):
            if not _overlaps(m, found):
                found.append((m, int(m["d"] or m["d2"]), None, None))
    # (each holds "ngày": has_day, no scan for them in a text without it)
    if has_day and ("ngày cuối" in lowered or "ngày đầu" in lowered or "ngày làm việc đầu" in lowered):
        # the last or first days of every period: "chậm nhất vào ngày cuối cùng của tháng"
        for m in _matches_at_words(P.DEADLINE_EACH_PERIOD, text, lowered, P.DEADLINE_EACH_PERIOD_OPENING_WORDS):
            if _overlaps(m, found):
                continue
            if not (m["each"] or m["each2"] or m["each3"]) and _recurrence(
                text[_sentence_mark_before(text, m.start()) + 1 : _sentence_mark_after(text, m.end())]
            ) is None:
                continue  # "… tháng 3 năm 2026 … trước ngày cuối tháng": that month's end, once
            found.append((m, None, None, None))
    # (each of the words holds "tháng", "năm" or "quý", asked for once above)
    if dated and (w_month or w_year or w_quarter) and any(w in lowered for w in P.RECURRING_WORDS):
        for m in _matches_at_words(P.DEADLINE_RECURRING, text, lowered, P.DEADLINE_RECURRING_OPENING_WORDS):
            # "trước ngày 10/02 năm sau": one date, the recurring reading's
            found = [f for f in found if not _overlaps(m, [f])]
            if m["d"]:
                found.append((m, int(m["d"]), None, None))
            elif m["d2"]:
                if 1 <= int(m["m2"]) <= 12:
                    found.append((m, int(m["d2"]), int(m["m2"]), None))
            elif 1 <= int(m["m"]) <= 12:
                before = P.MONTH_JOINED_BEFORE.search(text, max(0, m.start() - 16), m.start())
                if before and 1 <= int(before["m"]) <= 12:  # "tháng 6 và tháng 12 hằng năm": both
                    found.append((before, None, int(before["m"]), None))
                found.append((m, None, int(m["m"]), None))
    if dated and w_since and (w_month or w_quarter or "hết năm" in lowered) and (w_until or "tới" in lowered):
        # a span of months or quarters, due at its last: after a time field's
        # label, or closing its clause ("… từ tháng 5 đến tháng 9/2026."),
        # also before a remark in brackets, or filling the brackets after a
        # phase's name ("Giai đoạn 2 (từ tháng 7 đến tháng 12/2026): …"); a
        # span to a year's end is due on its 31 December
        for m in P.DEADLINE_PERIOD_SPAN.finditer(text):
            lo = _clause_start(text, m.start()) + 1
            if _overlaps(m, found) or P.PERIOD_NOT_DUE.search(text, max(lo, m.start() - 80), m.start()):
                continue  # "kỳ báo cáo từ tháng 1 đến tháng 6/2026": what is reported on
            if tabled and _in_data_period_column(ct, text, span, m):
                continue  # a calendar's "Kỳ số liệu" cell (above)
            if m["label"] is None and (
                not (
                    P.PERIOD_SPAN_CLOSES.match(text, m.end())
                    or (text.startswith(")", m.end()) and P.PHASE_NAME_BRACKET.search(text, max(0, m.start() - 20), m.start()))
                )
                or "đã" in text[lo : m.start()].split()
                or P.VALIDITY_UNTIL.match(text, max(0, m.start() - 80), m.start())
            ):
                continue  # a time told: "Từ tháng 4 đến tháng 11/2026, toàn xã có …"
            if m["ye"]:
                found.append((m, 31, 12, int(m["ye"])))  # "từ tháng 7 đến hết năm 2026"
                continue
            month = _period_month(m)
            if month:
                found.append((m, None, month, int(m["y"])))
    # (a quarter may be written without a digit: "trong quý III")
    if (dated or w_quarter) and (
        w_quarter or (w_month and any(w in lowered for w in P.PERIOD_WORDS))
    ):
        for m in _matches_at_words(P.DEADLINE_PERIOD, text, lowered, P.PERIOD_LEAD_WORDS) if dated else ():
            if P.VALIDITY_UNTIL.match(text, max(0, m.start() - 80), m.start()):
                continue  # "… có hiệu lực đến hết tháng 8/2026": how long, not by when
            if _overlaps(m, found):
                continue  # (a span's end: "thời gian từ tháng 4 đến hết tháng 11/2026")
            if _time_frame(text, m):
                continue  # "Trong tháng 4 năm 2026, tình hình …", a title's "TRONG THÁNG 5 NĂM 2026"
            if _goals_time(text, lowered, m):
                continue  # a target's time: "phấn đấu trong quý III/2026, 100% … được …"
            month = _period_month(m)
            if month:
                found.append((m, None, month, int(m["y"])))
                # each dated period joined to it is a deadline too: "trong
                # tháng 6/2026 và tháng 11/2026", "trong quý II/2026 và quý III/2026"
                joined = P.JOINED_PERIOD_YEAR.match(text, m.end())
                if joined and (last := _period_month(joined)) and not _overlaps(joined, found):
                    found.append((joined, None, last, int(joined["y"])))
        for m in _matches_at_words(P.DEADLINE_PERIOD_NO_YEAR, text, lowered, P.PERIOD_LEAD_WORDS):
            month = _period_month(m)
            if not month or _overlaps(m, found):
                continue
            before = text[max(_clause_start(text, m.start()) + 1, m.start() - 100) : m.start()]
            if "đã" in before.split():
                continue  # "… đã tổ chức trong quý III": what was done
            # (the verb in the period's own words since a comma: "Tổ chức rà soát,
            # kết quả trong tháng 4 là …" tells a time)
            if m.group(0).lower().startswith(("trong ", "vào ", "cuối ", "hết ")) and (
                _opens_sentence(text, m.start()) or not P.YEARLESS_DUE_VERB.search(before[before.rfind(",") + 1 :])
            ):
                continue  # a time told, not a limit: "Trong quý III, …", "… thành lập mới trong tháng 4"
            # (the year of the period joined after it: "trong tháng 6 và tháng 7/2023")
            joined = P.JOINED_PERIOD_YEAR.match(text, m.end())
            found.append((m, None, month, int(joined["y"]) if joined else None))
            if joined and (last := _period_month(joined)):
                found.append((joined, None, last, int(joined["y"])))  # (and the period joined itself)
    # (the words a relative limit counts from its event with; "sau mỗi đợt":
    # after each round, ad hoc; "trước ngày tiếp": before an event's day)
    # ("sau" alone too: "báo cáo … trong vòng 24 giờ sau thiên tai")
    if dated and ((w_since and "kể từ" in lowered) or w_before or w_after):
        for m in _matches_at_words(P.DEADLINE_RELATIVE, text, lowered, P.DEADLINE_RELATIVE_OPENING_WORDS):
            if P.RELATIVE_NOT_DUE_BEFORE.search(text, _clause_start(text, m.start()) + 1, m.start()):
                continue  # how long it lasts or is barred: "… có thời hạn không quá 06 tháng kể từ …"
            if m["bare"] is not None:
                lo = max(_clause_start(text, m.start()) + 1, m.start() - 150)
                if not (P.WITHIN_DUE_VERB.search(text, lo, m.start()) or P.YEARLESS_DUE_VERB.search(text, lo, m.start())):
                    continue  # a bare "trong" limits a verb that finishes or sends: "được miễn phí trong 30 ngày kể từ …" is a length
            if _overlaps(m, found):
                continue  # "chậm nhất 15 ngày trước ngày 30/6/2026": the date's reading
            if "được hưởng" in lowered and "được hưởng" in text[m.start() : _sentence_mark_after(text, m.end())]:
                continue  # a condition of an entitlement: "Dự án … giải ngân … trong thời hạn 03 năm kể từ … được hưởng ưu đãi"
            if m["unit"].lower() == "năm" and (
                m.group(0).lower().startswith("trong thời gian") or P.YEARS_WINDOW_CADENCE.match(text, m.end())
            ):
                continue  # years a thing covers, or in which it recurs: "Trong thời hạn 05 năm kể từ …, hằng năm, …"
            if m["rel"].lower() == "trước" and not m["anchor"].lower().startswith("khi") and m.group(0).lower().startswith(("trong thời gian", "trong vòng")):
                continue  # a window, not a limit: "Trong thời gian 10 ngày trước Tết, …"
            # (its date, when it counts from the document's own issue or
            # coming into force, is set once the document's dates are known)
            found.append((m, None, None, None))
    if dated and (w_before or w_after):
        # (the event before the length, or a bound alone: "sau mỗi đợt … 05 ngày", "trước ít nhất 05 ngày")
        for m in _matches_at_words(P.DEADLINE_RELATIVE_EVENT, text, lowered, P.DEADLINE_RELATIVE_EVENT_OPENING_WORDS):
            if not _overlaps(m, found) and not P.RELATIVE_NOT_DUE_BEFORE.search(text, _clause_start(text, m.start()) + 1, m.start()):
                found.append((m, None, None, None))
    if dated and ("ít nhất" in lowered or "tối thiểu" in lowered):
        # a lead time alone after a verb of sending: "thông báo … đến UBND tỉnh ít nhất 10 ngày"
        for m in _matches_at_words(P.DEADLINE_LEAD_TIME, text, lowered, P.DEADLINE_LEAD_TIME_OPENING_WORDS):
            lo = _clause_start(text, m.start()) + 1
            comma = text.rfind(",", lo, m.start())
            # (its own words since a comma, unless they go on with a list of names)
            if comma >= 0 and not text[comma + 1 : m.start()].lstrip()[:1].isupper():
                lo = comma + 1
            verbs = list(P.LEAD_TIME_VERB.finditer(text, max(lo, m.start() - 150), m.start()))
            if verbs and not _overlaps(m, found) and not P.LEAD_TIME_NOT_DUE.search(text, verbs[-1].end(), m.start()):
                found.append((m, None, None, None))
    if dated and ("trong vòng" in lowered or (w_term and "trong thời hạn" in lowered)):
        # a limit closing its clause, its event the task's: "… báo cáo ngay … trong vòng 24 giờ."
        for m in _matches_at_words(P.DEADLINE_WITHIN, text, lowered, P.DEADLINE_WITHIN_OPENING_WORDS):
            lo = _clause_start(text, m.start()) + 1
            if (
                not _overlaps(m, found)
                and P.WITHIN_DUE_VERB.search(text, lo, m.start())
                and not P.RELATIVE_NOT_DUE_BEFORE.search(text, lo, m.start())
                and not P.WITHIN_AS_TARGET.search(text, lo, m.start())
            ):
                found.append((m, None, None, None))
    if dated and ("trong vòng" in lowered or "trong thời hạn" in lowered or "chậm nhất" in lowered) and (
        "trường hợp" in lowered or "khi " in lowered or "nếu " in lowered
    ):
        # a limit opening the main clause after a case clause, counted from the
        # case: "Trường hợp phát hiện ổ dịch mới, trong vòng 48 giờ phải …"
        for m in _matches_at_words(P.DEADLINE_WITHIN_AFTER_CASE, text, lowered, P.DEADLINE_WITHIN_AFTER_CASE_OPENING_WORDS):
            lo = max(_sentence_mark_before(text, m.start()), text.rfind("\n", 0, m.start())) + 1
            hi = _sentence_mark_after(text, m.end())
            if (
                not _overlaps(m, found)
                and P.CASE_CLAUSE_OPENS.match(text, lo, m.start()) is not None
                and (P.WITHIN_DUE_VERB.search(text, m.end(), hi) or "phải" in text[m.end() : hi].split())
                and not P.WITHIN_AS_TARGET.search(text, m.end(), hi)
            ):
                found.append((m, None, None, None))
    if dated and w_term:
        for m in P.DEADLINE_TERM.finditer(text):
            if not _overlaps(m, found):
                found.append((m, None, None, None))
    if dated and w_month and "các tháng" in lowered:
        for m in P.DEADLINE_MONTH_LIST.finditer(text):
            found = [f for f in found if not _overlaps(m, [f])]  # (a monthly day's reading: "ngày 25 hằng tháng trong các tháng …")
            for month in (int(x) for x in P.MONTH_OF_LIST.findall(m["ms"])):
                if 1 <= month <= 12:
                    found.append((m, int(m["d"]), month, int(m["y"]) if m["y"] else None))
    if dated and w_year and "cuối năm" in lowered:
        for m in P.DEADLINE_YEAR_END.finditer(text):
            if _overlaps(m, found):
                continue
            before = text[max(_clause_start(text, m.start()) + 1, m.start() - 100) : m.start()]
            lead = (m["lead"] or "").lower()
            if not lead.startswith(("trước", "chậm")) and (
                "đã" in before.split()
                or _opens_sentence(text, m.start())
                or (not lead and not P.YEARLESS_DUE_VERB.search(before[before.rfind(",") + 1 :]))
            ):
                continue  # a time told: "Đến cuối năm 2025, toàn tỉnh có …"
            if _goals_time(text, lowered, m):
                continue  # a target's time: "phấn đấu đến cuối năm 2026, tỷ lệ … đạt 80%"
            if "để " in lowered and _for_an_occasion(text, m, found):
                continue  # "… trước ngày 15/8/2026 để báo cáo tại kỳ họp … cuối năm 2026": the occasion's
            found.append((m, None, 12, int(m["y"])))
    # (a time field's colon before them: DEADLINE_ONGOING_MARK)
    adverbial = False  # (an ongoing duty by its adverb: a cadence of another clause is still read below)
    if ("ờ" in lowered and "thường xuyên" in lowered) or ("ụ" in lowered and "liên tục" in lowered):
        if P.DEADLINE_ONGOING_MARK in text:
            for m in P.DEADLINE_ONGOING.finditer(text):
                found.append((m, None, None, None))
        for m in P.DEADLINE_ONGOING_CLAUSE.finditer(text):
            if not _overlaps(m, found):
                found.append((m, None, None, None))
        # (the adverb of the duty: "Thường xuyên giám sát …", "… cập nhật … thường xuyên;")
        for m in P.DEADLINE_ONGOING_ADVERB.finditer(text):
            if not _overlaps(m, found) and (_opens_its_clause(text, m.start()) or _closes_a_duty(text, m.start())):
                found.append((m, None, None, None))
                adverbial = True
    if dated and w_year and ("tiếp theo" in lowered or "trở đi" in lowered or "năm sau" in lowered):
        # a task line closing with a year without end: "…: năm 2026 và các năm tiếp theo."
        for m in P.DEADLINE_ONGOING_FROM_YEAR.finditer(text):
            lo = _clause_start(text, m.start()) + 1
            found = [f for f in found if not _overlaps(m, [f])]  # (the year's own reading)
            if m.group()[:1] in "Nn" and P.BUDGET_BEFORE_YEAR.search(text, max(lo, m.start() - 60), m.start()):
                continue  # the budget's year: "bố trí kinh phí trong dự toán năm 2027 và các năm tiếp theo"
            if not _year_of_a_target(text, lo, m.start()):
                found.append((m, None, None, int(m["y"])))
    if (w_month or (w_year and "định kỳ" in lowered)) and ("lần" in lowered or "mỗi" in lowered):  # ("6 tháng một lần")
        found += [(m, None, None, None) for m in P.DEADLINE_CADENCE.finditer(text) if not _dated_in_its_clause(text, m, found)]
    if "lần" in lowered:  # ("02 lần/tuần"; not a cap, "không quá một lần trong một năm")
        found += [
            (m, None, None, None)
            for m in P.DEADLINE_TIMES_PER.finditer(text)
            if not _dated_in_its_clause(text, m, found) and not text[max(0, m.start() - 12) : m.start()].rstrip().lower().endswith(P.TIMES_CAPPED)
        ]
    if ("ít nhất" in lowered or "tối thiểu" in lowered) and ("mỗi" in lowered or "hằng" in lowered or "hàng" in lowered):
        # "mỗi tháng ít nhất 01 đợt": the period first, the count after it
        found += [
            (m, None, None, None)
            for m in P.DEADLINE_PERIOD_LEAST_TIMES.finditer(text)
            if not _overlaps(m, found) and not _dated_in_its_clause(text, m, found)
        ]
    if dated and w_since and has_day and ("giờ" in lowered or "khi" in lowered):
        found += _starts_alone(text, lowered, found)  # "cấm … kể từ 12 giờ ngày 14/9/2026"
    if has_day and ("cùng ngày" in lowered or "hôm sau" in lowered or "trong ngày" in lowered):
        found += _relative_days(text, found)  # "… trước 17 giờ cùng ngày"
    reports = "b" in lowered and "báo cáo" in lowered  # (asked again below, of the text past its dates; its key letter first)
    period_said = reports and "kỳ báo cáo" in lowered  # (a reporting period stated: REPORTING_PERIOD)
    if found and "đã" in lowered:
        # (what was done by the date, retold: "… đã báo cáo … (trước ngày 15/6)")
        found = [f for f in found if not P.DONE_BEFORE_DATE.search(text, _clause_start(text, f[0].start()) + 1, f[0].start())]
    # (the dates' ends and starts, sorted: each date below asks for the dates
    # just before or after it by bisection, not by a scan of all of them)
    found_ends = sorted([f[0].end() for f in found])
    found_starts = sorted([f[0].start() for f in found])
    splits: list[list[int]] = []  # (filled by _sentence_before when first asked)
    for m, day, month, year in found:
        # the date's own clause, not the one before it: "… hằng tháng trước
        # ngày 25; báo cáo năm trước ngày 05/12/2026"
        lo_ = _clause_start(text, m.start())
        clause_lo = lo_  # (what is due, and a recurrence opening the clause, are every date's)
        # (nor an earlier date's: "… hằng quý trước ngày 15 của tháng cuối quý, báo
        # cáo năm trước ngày 05/12/2025")
        # (a date joined to the one before, "trước ngày 10/6 và ngày 10/11",
        # shares its words)
        start_ = m.start()
        for e in found_ends[bisect.bisect_right(found_ends, lo_) : bisect.bisect_right(found_ends, start_)]:
            between = text[e:start_].strip(" ,")
            if e - 1 > lo_ and between not in ("", "và", "hoặc") and not (
                # (the year-end round of the same duty: "Định kỳ 6 tháng (trước
                # ngày 10/6/2026) và cuối năm (trước ngày 10/12/2026)")
                between[:1] == ")" and " ".join(between.strip(" ()").split()) == "và cuối năm"
            ):
                lo_ = e - 1
        # (nor the one after it: "… trước ngày 30/6/2025; hằng tháng báo cáo …")
        # (a stop at a line's end ends it too: "… trước ngày 10/12/2025." / "Báo cáo 6 tháng …")
        # (the first of the three in one scan, P.STEP_STOP: each looked for
        # to the text's end is a scan of a long text per date)
        stop = P.STEP_STOP.search(text, m.end())
        hi_ = stop.start() if stop is not None else len(text)
        # (nor a later date's own clause after a comma: "… hoàn thành việc bình xét
        # trước ngày 15/12/2025, báo cáo kết quả về Sở Y tế trước ngày 20/12/2025")
        line_end = text.find("\n", m.end())
        k = bisect.bisect_right(found_starts, m.end())
        later = found_starts[k] if k < len(found_starts) and found_starts[k] < (hi_ if line_end < 0 else min(hi_, line_end)) else -1
        if later >= 0 and not P.REPORT_LIKE.search(text, _clause_start(text, m.start()) + 1, m.start()):
            # (parallel reports share what follows: "báo cáo 6 tháng trước ngày
            # 15/6, báo cáo năm trước ngày 15/11 về Sở …")
            own_end = P.NEXT_DUE_CLAUSE.search(text, m.end(), later)
            if own_end:
                hi_ = own_end.start()
        around_from = max(lo_ + 1, m.start() - 120)
        around = text[around_from : min(hi_, m.end() + 40)]
        clause = text[max(clause_lo + 1, m.start() - 200) : min(hi_, m.end() + 40)]
        # (not ``groupdict()``: it reads each group by name, ~1,500 instructions a
        # read, see parse_targets; the one group by name where the pattern has it)
        due = _held_activity(m) if m.re is P.HELD_TIME else m["due"] if "due" in m.re.groupindex else None
        out.append(
            Deadline(
                text=(m["when"] if "when" in m.re.groupindex else m.group(0)).lstrip(": "),
                day=day,
                month=month,
                year=year,
                recurrence=(
                    "ongoing"
                    if "ongoing" in m.re.groupindex
                    else _EACH_PERIOD[m["per"].lower()]
                    if m.re is P.DEADLINE_EACH_PERIOD
                    else "once"
                    if m.re is P.HELD_TIME
                    # (a procedure's term counts from an event the text may not
                    # name: once for an inspection it sets up, each time for a
                    # procedure; it is told by the event when named)
                    else (_relative_recurrence(m) if m["rel"] else None)
                    if m.re is P.DEADLINE_TERM
                    else _relative_recurrence(m)
                    if "rel" in m.re.groupindex
                    # ("… trước ngày 25/11/2026 (báo cáo năm)": that year's, once)
                    else "once"
                    if due and year and ("6 tháng" in due or "năm" in due) and not _cadence_said(around.lower())
                    else "semiannual"
                    if due and "6 tháng" in due
                    else "annual"
                    if due and "năm" in due
                    # the date says it: "ngày 10 tháng sau", "ngày 20 của tháng
                    # cuối quý", "ngày 10/02 năm sau"
                    else "quarterly"
                    if m.re is P.DEADLINE_RECURRING and m["q"]
                    else "monthly"
                    if (m.re is P.DEADLINE_RECURRING and m["d"]) or m.re is P.DEADLINE_MONTHLY_WEEKDAY
                    else _recurrence(m.group(0))  # (its own words: "3 tháng hoặc 6 tháng một lần")
                    if m.re is P.DEADLINE_CADENCE
                    else _times_per(m)
                    if m.re is P.DEADLINE_TIMES_PER or m.re is P.DEADLINE_PERIOD_LEAST_TIMES
                    else "annual"
                    if m.group(0).endswith("năm sau") or (year is None and P.NEXT_YEAR_AFTER.match(text, m.end()))
                    else _over_stated_period(
                        _dated_recurrence(around, year, m.start() - around_from)
                        or _opening_recurrence(text[clause_lo + 1 : m.start()]),
                        text,
                        clause_lo + 1,
                        hi_,
                        period_said,
                    )
                ),
                due=" ".join(due.split())
                if due
                else "báo cáo"
                # (not a report received with a file: "… hồ sơ … kèm báo cáo thẩm định của Sở …")
                if "báo cáo" in clause.lower() and clause.lower().count("báo cáo") > len(P.ENCLOSED_REPORT.findall(clause))
                else None,
                # the recipient is named in the date's sentence, maybe far from
                # it; after an earlier date there, the one named since ("… về Sở
                # Tài chính trước ngày 25/7 để tổng hợp, báo cáo Bộ Tài chính
                # trước ngày 31/7")
                to=_to_whom(_after_collecting(_since_last_date(text, m.start(), found_ends)))
                # (the text cut at the clause's end only where " để " follows
                # the date: a copy of a long text per date is quadratic)
                or (_collector_after(text[:hi_], m.end()) if text.find(" để ", m.end(), min(m.end() + 12, hi_)) >= 0 else None)
                or _to_whom(_sentence_before(text, splits, m.start(), hi_))
                or _to_whom(around)
                # (a calendar's date column naming it: "Thời hạn gửi Sở Nội vụ")
                or (_due_column_to(ct, text, span, m) if tabled else None),
                agency=agency,
                span=span,
                starts=_window_start(m, year)
                if m.re is P.DEADLINE_PERIOD_END
                else _span_start(m, month, year)
                if m.re is P.DEADLINE_PERIOD_SPAN
                else None,
            )
        )
    if windows:
        _recurring_in_windows(windows, found, out)
    if len(found) > 1 and ("6 tháng" in lowered or "báo cáo" in lowered):
        _half_then_year(text, found, out, said="6 tháng" in lowered)
    # (these three read the dates found: none, nothing to do; "thứ" is in
    # many words, "thức")
    if found and ("chủ nhật" in lowered or "thứ" in lowered or "cuối tuần" in lowered):
        _weekly_in_period(text, found, out)
    if found and ("năm đó" in lowered or "năm ấy" in lowered):
        for (m, *_), d in zip(found, out, strict=False):
            # "Chậm nhất ngày 31 tháng 12 phải … của năm đó": every year's
            if d.recurrence is None and d.year is None and d.month is not None and P.YEAR_OF_EACH.search(
                text, m.end(), _sentence_mark_after(text, m.end())
            ):
                d.recurrence = "annual"
    for i in range(1, len(found)):
        d, prev = out[i], out[i - 1]
        if d.due is None and d.to is None and prev.due is not None:
            between = text[found[i - 1][0].end() : found[i][0].start()]
            if ";" in between and len(between) < 60 and P.DUE_VERB.search(between) is None:
                # a clause after ";" with no verb of its own goes on with the one
                # before: "… báo cáo Sở Y tế … trước ngày 05/12/2025; các năm tiếp
                # theo trước ngày 01/11 hằng năm"
                d.due, d.to = prev.due, prev.to
    if found and agency is None and "để tổng hợp" in text:
        # the date after "để tổng hợp" is the collector's: the body the
        # earlier date's report goes to
        for i, (m, *_) in enumerate(found):
            before = [j for j, (n, *_) in enumerate(found) if n.end() <= m.start() and "để tổng hợp" in text[n.end() : m.start()]]
            if before and out[i].agency is None:
                out[i].agency = out[max(before, key=lambda j: found[j][0].end())].to
    if found and "đột xuất" in lowered:
        out += _ad_hoc_beside(text, found, out, agency, span)
    reviewed = dated and P.REVIEW_YEAR_WORD in lowered and any(w in lowered for w in P.REVIEW_YEAR_WHAT_WORDS)
    for m in P.REVIEW_YEAR.finditer(text) if reviewed else ():
        if P.REPORT_OF_REVIEW.search(text, max(0, m.start() - 12), m.start()):
            continue  # "gửi báo cáo tổng kết năm 2025 …": the year the report covers
        out.append(
            Deadline(
                text=m.group(0),
                year=int(m["y"]),
                recurrence="once",
                due=m["what"].lower(),
                to=_to_whom(_clause_at(text, m.start(), m.end())),
                agency=agency,
                span=span,
            )
        )
    # (after dates, the clauses past the last one's: _past_the_dates)
    rest = _past_the_dates(text, found) if out else text
    if out and found and undated and reports and "báo cáo" not in rest.lower():
        rest = _before_other_dates(text, found) or rest
    rest_lowered = lowered if rest is text else rest.lower()
    reported = ""
    if rest and undated and (reports if rest is text else "báo cáo" in rest_lowered):
        # a reporting duty without a date: the sentence that both reports and
        # says how often ("Định kỳ 6 tháng, hằng năm báo cáo …"); a text that
        # does the two in different sentences holds none
        # (and each duty it goes on to enumerate, said with its own frequency:
        # "… thực hiện: (i) Báo cáo … (định kỳ hằng quý và cả năm) …; (ii) Báo
        # cáo … định kỳ (hằng quý, hằng năm) …", each from its mark)
        enumerating = False
        for sentence in _sentences_holding(rest, rest_lowered, "báo cáo"):
            if reported and not (enumerating and P.MARKED_DUTY.match(sentence)):
                break
            rec = _over_stated_period(_recurrence(sentence), sentence, 0, len(sentence), period_said)
            sessions = (
                P.COUNCIL_SESSIONS.search(sentence) if rec in (None, "periodic") and "kỳ họp" in sentence else None
            )
            if sessions is not None and "báo cáo" in sentence[: sessions.start()].lower():
                rec = "semiannual"  # at the council's regular sessions, mid-year and year-end: a duty
            else:
                sessions = None
            # (an enumerated one is a duty by its lead-in: "… nghiêm túc thực hiện: (i) …")
            if rec and not reported and sessions is None and not _reporting_duty(sentence):
                continue  # a report's name: "Báo cáo an toàn định kỳ", "Nội dung báo cáo hằng quý …"
            if rec == "ad hoc" and "thường xuyên" in sentence.lower() and P.STANDING_AND_AD_HOC.search(sentence):
                continue  # no time said: "xây dựng báo cáo thường xuyên, đột xuất về …" is a task
            if rec == "periodic" and ("qua" in sentence or "bằng" in sentence) and P.REPORT_CHANNEL.search(sentence) and P.SCHEDULED_REPORT_SENT.search(sentence):
                continue  # how a scheduled report is sent: "… gửi báo cáo định kỳ … thông qua …"
            if rec:
                marked = P.MARKED_DUTY_IN.search(sentence) if not reported and "(" in sentence else None
                out.append(_undated_duty(sentence[marked.end() :] if marked else sentence, rec, "báo cáo", agency, span))
                if sessions is not None and out[-1].to is None and sessions["council"]:
                    out[-1].to = sessions["council"]
                enumerating = enumerating or marked is not None
                reported = sentence
    # (the letter both words hold first: most pieces lack it)
    if rest and undated and "ô" in rest_lowered and any(w in rest_lowered for w in P.DISCLOSURE_WORDS):
        # so a duty to make public ("công bố công khai … định kỳ hằng quý, 6
        # tháng và hằng năm"), in a sentence of its own
        for word in P.DISCLOSURE_WORDS:
            said = [
                x
                for x in _sentences_holding(rest, rest_lowered, word)
                if x != reported and P.DISCLOSURE_DUTY.search(x) and _recurrence(x)
            ]
            if said:
                out.append(_undated_duty(said[0], _recurrence(said[0]) or "periodic", "công khai", agency, span))
                break
    # (the words asked for once: "hằng" after its key letter)
    every = undated and (("ằ" in lowered and "hằng" in lowered) or "hàng" in lowered)
    if every and not any(d.recurrence not in (None, "once") and not (adverbial and d.recurrence == "ongoing") for d in out):
        # (a delivery's cadence, else one opening the task: "Hàng năm, báo cáo …";
        # _recurrence never gives "once", so a delivery's item is always periodic)
        out += (
            _delivery_recurring(text, lowered, agency, span)
            or _leading_cadence(text, lowered, agency, span)
            or _duty_cadence(text, lowered, agency, span)
        )
    if undated and "báo" in lowered and ("ngay" in lowered or "kịp thời" in lowered):
        out += _at_once(text, lowered, found, agency, span)  # "báo cáo ngay khi …": ad hoc
    if found:
        _urgent_fields(text, found, out, "giờ" in lowered or "h" in lowered, w_since and w_month)
    if out and w_month and _joins_a_month(lowered) and P.MONTH_LIST.search(text) is not None:
        out = _each_month_listed(text, found, out)
    return _at_their_words(ct, text, span, out) if out else out


def _starts_alone(
    text: str, lowered: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]]
) -> list[tuple[regex.Match[str], int | None, int | None, int | None]]:
    """A start alone opening a ban or a standing duty (P.DEADLINE_START_ALONE):
    "cấm tàu thuyền ra khơi kể từ 12 giờ ngày 14/9/2026", "Từ 12 giờ ngày
    15/9/2026, nghiêm cấm …", with its hour or an open end ("cho đến khi …");
    the ban's verb before it in its clause, or right after it where it opens
    its clause (P.START_DUTY_VERB). Not how long a text is in force ("có hiệu
    lực kể từ …"), nor a time told ("đã …")."""
    out: list[tuple[regex.Match[str], int | None, int | None, int | None]] = []
    for m in _matches_at_words(P.DEADLINE_START_ALONE, text, lowered, ("kể từ", "bắt đầu", "từ")):
        if _overlaps(m, found) or not (m["hour"] or m["open"]):
            continue
        month = int(m["m"] or m["m2"])
        if not 1 <= month <= 12:
            continue
        lo = _clause_start(text, m.start()) + 1
        before = text[max(lo, m.start() - 200) : m.start()]
        if "hiệu lực" in before or "đã" in before.split():
            continue
        if not (
            P.START_DUTY_VERB.search(before)
            or (_opens_its_clause(text, m.start()) and P.START_DUTY_VERB.search(text, m.end(), min(len(text), m.end() + 30)))
        ):
            continue
        out.append((m, int(m["d"]), month, int(m["y"] or m["y2"])))
    return out


def _relative_days(
    text: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]]
) -> list[tuple[regex.Match[str], int | None, int | None, int | None]]:
    """A day said relative to another (P.DEADLINE_RELATIVE_DAY): "trước 17 giờ
    cùng ngày", "hoàn thành trong ngày", "trước 8 giờ ngày hôm sau" is the
    last date said before it in its sentence (the next day for "hôm sau");
    with none, the text's own date (set with it: _date_relative_deadlines). A
    bare "trong ngày" only after a verb of finishing or sending in its clause."""
    out: list[tuple[regex.Match[str], int | None, int | None, int | None]] = []
    for m in P.DEADLINE_RELATIVE_DAY.finditer(text):
        if _overlaps(m, found):
            continue
        if m["day"] is None and not P.YEARLESS_DUE_VERB.search(text, max(_clause_start(text, m.start()) + 1, m.start() - 150), m.start()):
            continue  # "các hoạt động trong ngày": a time told
        lo = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()))
        dated = [f for f in found if f[0].start() > lo and f[0].end() <= m.start() and f[1] and f[2] and f[3]]
        if not dated:
            out.append((m, None, None, None))
            continue
        _, d, mo, y = max(dated, key=lambda f: f[0].start())
        try:
            day = _dt.date(y or 0, mo or 0, d or 0)
        except ValueError:
            continue
        if "sau" in m.group(0).lower():
            day += _dt.timedelta(days=1)
        out.append((m, day.day, day.month, day.year))
    return out


def _at_once(
    text: str,
    lowered: str,
    found: list[tuple[regex.Match[str], int | None, int | None, int | None]],
    agency: str | None,
    span: Span,
) -> list[Deadline]:
    """A report made at once when something happens (P.AD_HOC_AT_ONCE): "báo
    cáo ngay khi có tình huống xấu xảy ra", "Báo cáo ngay cho UBND cấp xã khi
    phát hiện cháy rừng", "kịp thời báo cáo … khi …": a deadline on the event
    (ad hoc), as "đột xuất" is; one a clause, none where its clause is dated
    or says "đột xuất" already (that reading stands), nor for what was done
    ("đã báo cáo ngay") or the act named ("Việc báo cáo ngay … đã …"). Its text: from "ngay" to the event right after it,
    else the verb and its adverb."""
    out: list[Deadline] = []
    seen: set[int] = set()
    for m in _matches_at_words(P.AD_HOC_AT_ONCE, text, lowered, ("báo cáo", "thông báo", "báo tin", "kịp thời")):
        lo = _clause_start(text, m.start()) + 1
        hi = _sentence_mark_after(text, m.end())
        if lo in seen or "đã" in text[lo : m.start()].split() or "đột xuất" in lowered[lo:hi]:
            continue
        if lowered[max(0, m.start() - 5) : m.start()].rstrip().endswith("việc"):
            continue  # the act named, no duty: "Việc báo cáo ngay vi phạm đã kịp thời ngăn ngừa …" (a condition)
        if any(lo <= f[0].start() < hi for f in found):
            continue  # "báo cáo ngay … trong vòng 24 giờ": the limit's reading
        event = P.AT_ONCE_EVENT.match(text, m.end())
        if m["how"][:1] in "kK" and event is None and " khi " not in text[m.end() : hi]:
            continue  # "báo cáo kịp thời, chính xác": a manner, no event
        seen.add(lo)
        words = text[m.start("how") : event.end()] if event else m.group(0)
        out.append(
            Deadline(
                text=words.strip(),
                recurrence="ad hoc",
                due="báo cáo" if "báo cáo" in m["verb"].lower() else "thông báo",
                to=_to_whom(text[m.start() : hi]),
                agency=agency,
                span=span,
            )
        )
    return out


def _clock(h: regex.Match[str]) -> str | None:
    """The clock time "HH:MM" of an hour (P.HOUR_OF / P.CLOCK_TIME): "4 giờ
    chiều" is 16:00, "11 giờ đêm" 23:00, "1 giờ trưa" 13:00; none for an hour
    no day has ("25 giờ", "24 giờ 30")."""
    hour, minute = int(h["h"]), int(h["mi"] or 0)
    part = (h["part"] or "").lower()
    if (part in ("chiều", "tối") and hour < 12) or (part == "đêm" and 6 <= hour < 12) or (part == "trưa" and hour < 6):
        hour += 12
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


def _urgent_fields(
    text: str,
    found: list[tuple[regex.Match[str], int | None, int | None, int | None]],
    out: list[Deadline],
    hours: bool,
    months: bool,
) -> None:
    """The fields an urgent dispatch's deadlines carry besides their day
    (``out[i]`` is ``found[i]``'s): the hour a deadline is due at, ``time``
    "HH:MM" ("trước 17 giờ ngày 15/9/2026": "17:00"; each hour of those
    joined before one cadence its own deadline's, "trước 7 giờ và 14 giờ hằng
    ngày", each its own words); a start alone's day as ``starts``; a relative
    day's recurrence (once); and the first month of a months' window a daily
    or weekly duty runs in ("hằng ngày … từ tháng 4 đến hết tháng 9 năm
    2026": "2026-04"), the start's year the end's where only the end has one."""
    joined: dict[int, int] = {}  # (the hours of one joined phrase given out: by its start)
    for (m, day, *_), d in zip(found, out, strict=False):
        if hours and m.re is P.DEADLINE_DAILY_HOURS:
            k = joined.get(m.start(), 0)
            joined[m.start()] = k + 1
            each = list(P.HOUR_OF.finditer(text, m.start(), m.end()))
            if k < len(each):
                # (each its own words: the first with the phrase's opening,
                # the last with its cadence, "trước 7 giờ" / "14 giờ hằng ngày")
                h = each[k]
                d.time = _clock(h)
                d.text = text[m.start() if k == 0 else h.start() : m.end() if k == len(each) - 1 else h.end()]
        elif hours and (day is not None or d.recurrence in ("daily", "weekly") or m.re is P.DEADLINE_RELATIVE_DAY):
            # (a clock time of a day or of every day; not a length, "chậm nhất
            # 24 giờ sau khi …", which no day is read for)
            h = P.CLOCK_TIME.search(d.text)
            if h is not None:
                d.time = _clock(h)
        if m.re is P.DEADLINE_START_ALONE and d.year and d.month and d.day:
            d.starts = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        elif m.re is P.DEADLINE_RELATIVE_DAY and d.day is not None and d.recurrence in (None, "daily"):
            d.recurrence = "once"  # (a day's hour, not every day's)
        if months and d.starts is None and d.month and d.recurrence in ("daily", "weekly"):
            s = P.MONTH_WINDOW_START.search(text, max(0, m.start() - 40), m.start())
            if s and (s["until"] or m.group(0)[:3].lower() in ("đến", "tới")):
                first = int(s["m"])
                year = int(s["y"]) if s["y"] else (d.year - (first > d.month) if d.year else None)
                if year and 1 <= first <= 12:
                    d.starts = f"{year:04d}-{first:02d}"


def _joins_a_month(lowered: str) -> bool:
    """Whether "và" or "hoặc" is followed by a month or its number somewhere
    in ``lowered`` ("… tháng 8 và tháng 10/2026", "các tháng 3, 6 và 9"): the
    last joint of a P.MONTH_LIST, a cheap test before it (a bare "và" is in
    nearly every text)."""
    for joint in ("và ", "hoặc "):
        at = lowered.find(joint)
        while at >= 0:
            after = at + len(joint)
            if lowered[after : after + 1].isdigit() or lowered.startswith("tháng", after):
                return True
            at = lowered.find(joint, after)
    return False


def _listed_months(m: regex.Match[str]) -> list[int]:
    """The months a P.MONTH_LIST match names, in order (each a month's number)."""
    months = [int(m["first"])] + [int(n.group(0)) for n in P.MONTH_LIST_NUMBER.finditer(m["rest"])]
    return [x for x in months if 1 <= x <= 12]


def _each_month_listed(
    text: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]], out: list[Deadline]
) -> list[Deadline]:
    """A deadline read in a list of months sharing a trailing year ("tổ chức
    ra quân vào tháng 3, tháng 5, tháng 7 và tháng 9/2026": P.MONTH_LIST) is
    one in each month listed, of that year, with the deadline's recurrence,
    what is due and to whom; not a day's months ("ngày 17 các tháng 3, 6 và
    9", P.MONTH_LIST_DAY_BEFORE), nor where each month is read already
    ("trong tháng 6 và tháng 7/2023"). (``out[i]`` is ``found[i]``'s.)"""
    for lst in P.MONTH_LIST.finditer(text):
        if P.MONTH_LIST_DAY_BEFORE.search(text, max(0, lst.start() - 40), lst.start()):
            continue
        hits = [i for i in range(min(len(found), len(out))) if found[i][0].start() < lst.end() and lst.start() < found[i][0].end()]
        months = _listed_months(lst)
        if not hits or len(hits) >= len(months) or len(months) < 2:
            continue
        first = out[hits[0]]
        rec = first.recurrence if first.recurrence not in (None, "once") else "once"
        each = [
            Deadline(text=lst.group(0), month=x, year=int(lst["y"]), recurrence=rec, due=first.due, to=first.to, agency=first.agency, span=first.span)
            for x in months
        ]
        out = out[: hits[0]] + each + [d for j, d in enumerate(out) if j > hits[0] and j not in hits]
        # (the found dates now stand apart from ``out``: one list at most a text)
        break
    return out


def _opens_its_clause(text: str, at: int) -> bool:
    """Whether only a clause's mark ("- ", "3. ", "b) ") stands before ``at``
    in its clause."""
    lo = _clause_start(text, at) + 1
    mark = P.DUTY_CLAUSE_MARK.match(text, lo, at)
    return (mark.end() if mark else lo) == at


def _closes_a_duty(text: str, at: int) -> bool:
    """Whether "thường xuyên" at ``at``, closing its clause, is the adverb of
    a duty: the clause led by a task's verb, or the word right after a verb
    of doing, and no kind named before it (see P.DEADLINE_ONGOING_ADVERB)."""
    if P.ONGOING_NOUN_BEFORE.search(text, max(0, at - 30), at):
        return False
    if P.ONGOING_DOING_BEFORE.search(text, max(0, at - 20), at):
        return True
    lo = _clause_start(text, at) + 1
    mark = P.DUTY_CLAUSE_MARK.match(text, lo, at)
    return P.LEADING_TASK_VERB.match(text, mark.end() if mark else lo, at) is not None


def _under_time_field(text: str, at: int) -> bool:
    """Does the line holding ``at`` open with a time field's label ("1. Thời
    gian, địa bàn: …"; P.TIME_FIELD_OPENS)?"""
    return P.TIME_FIELD_OPENS.match(text, text.rfind("\n", 0, at) + 1, at) is not None


def _window_start(m: regex.Match[str], end_year: int | None) -> str | None:
    """The first day of the window "từ ngày A đến ngày B" (P.DEADLINE_PERIOD_END's
    start groups) as ISO "YYYY-MM-DD": A's month and year are B's where A
    leaves them out ("từ ngày 01 đến ngày 15/3/2026"; a start in a later month
    than B's is of the year before, "từ 15/12 đến 15/01/2026"); none without
    a year, or for a day no month has."""
    end_month = int(m["m"] or m["m2"])
    month = int(m["sm"] or m["sm2"] or end_month)
    year_ = m["sy"] or m["sy2"]
    year = int(year_) if year_ else end_year - (month > end_month) if end_year else None
    day = int(m["sd"])
    if year is None or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None  # (no such day: "từ ngày 31/4")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _span_start(m: regex.Match[str], end_month: int | None, end_year: int | None) -> str | None:
    """The start of a span of months, quarters or a day to a month or a year's
    end (P.DEADLINE_PERIOD_SPAN's start groups): "YYYY-MM" for a month or a
    quarter's first month ("từ tháng 7 đến hết năm 2026": "2026-07"), a day
    "YYYY-MM-DD" ("từ ngày 01/7/2026 đến hết năm 2026"); the start's year the
    end's where it leaves it out (of the year before for a later month than
    the end's); none without a year or for no real day."""
    month = 3 * _QUARTERS[m["sq"].upper()] - 2 if m["sq"] else int(m["sm"] or m["sdm"] or 0)
    if not 1 <= month <= 12:
        return None
    year = int(m["sy"]) if m["sy"] else end_year - (month > end_month) if end_year and end_month else None
    if year is None:
        return None
    if m["sd"] is None:
        return f"{year:04d}-{month:02d}"
    day = int(m["sd"])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _recurring_in_windows(windows: list[regex.Match[str]], found: list[tuple[regex.Match[str], int | None, int | None, int | None]], out: list[Deadline]) -> None:
    """Give each weekly or daily deadline read before a window it recurs in
    ("báo cáo … hằng tuần vào chiều thứ Sáu, từ ngày 02/01 đến hết ngày
    06/03/2026": _recurring_window) that window: its start ``starts``, its
    end the deadline's date where it has none (the last time it is due)."""
    for w in windows:
        end_year_ = w["y"] or w["y2"]
        end_year = int(end_year_) if end_year_ else None
        before = [i for i, (m, *_) in enumerate(found) if m.end() <= w.start() and out[i].recurrence in ("weekly", "daily")]
        if not before:
            continue
        d = out[before[-1]]
        d.starts = _window_start(w, end_year)
        if d.day is None and d.month is None and d.year is None:
            d.day, d.month, d.year = int(w["d"]), int(w["m"] or w["m2"]), end_year


def _recurring_window(text: str, at: int) -> bool:
    """Whether the period at ``at`` is the window of a weekly or daily duty
    said before it in its clause ("báo cáo … hằng tuần vào chiều thứ Sáu, từ
    ngày … đến hết ngày …"), no verb of a new duty between (P.WINDOW_CADENCE)."""
    lo = _clause_start(text, at) + 1
    cadences = list(P.WINDOW_CADENCE.finditer(text, lo, at))
    return bool(cadences) and P.DUE_VERB.search(text, cadences[-1].end(), at) is None


# The recurrence of a count in a period, "02 lần/tuần" (DEADLINE_TIMES_PER).
_TIMES_PER = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "annual"}
# A year's count by the periods it divides the year into ("2 lần/năm" the
# halves); other counts recur in the period said.
_TIMES_A_YEAR = {"2": "semiannual", "hai": "semiannual", "4": "quarterly", "bốn": "quarterly", "12": "monthly"}
# The recurrence of a limit at the same place in every period (DEADLINE_EACH_PERIOD).
_EACH_PERIOD = {"tháng": "monthly", "quý": "quarterly", "năm": "annual"}


def _times_per(m: regex.Match[str]) -> str:
    """The recurrence of "N lần/<period>" (DEADLINE_TIMES_PER)."""
    per = m["per"].lower()
    if per == "năm":
        return _TIMES_A_YEAR.get(m["times"].lower().lstrip("0"), "annual")
    return _TIMES_PER[per]


def _half_then_year(
    text: str,
    found: list[tuple[regex.Match[str], int | None, int | None, int | None]],
    out: list[Deadline],
    said: bool = True,
) -> None:
    """Two yearly dates joined ("trước ngày 20 tháng 6 và trước ngày 20
    tháng 12 hằng năm") of a sentence naming its reports 6-month first ("…
    trong 6 tháng và cả năm"): the first is the 6-month report's
    (semiannual), the second the year's. Not ``said``, two yearly report
    dates six months apart, the first mid-year ("báo cáo … trước ngày 05
    tháng 6 và trước ngày 05 tháng 12 hằng năm"), are the same two reports:
    a report is made twice a year by its halves. ``out``: the deadlines read
    from ``found``, in its order."""
    for i in range(len(found) - 1):
        (m, *_), (n, *_) = found[i], found[i + 1]
        first, second = out[i], out[i + 1]
        if not (first.recurrence == second.recurrence == "annual" and first.year is None and second.year is None):
            continue
        # (the joining word read as the second date's own: " và ngày 10 tháng 12")
        if not P.DATES_JOINED.fullmatch(text, m.end(), n.start()) and not (
            m.end() == n.start() and P.DATES_JOINED.match(text, n.start())
        ):
            continue
        if not said:
            if _is_report_due(first.due) and _is_report_due(second.due) and first.month in (5, 6, 7) and (
                (second.month or 0) - first.month == 6
            ):
                first.recurrence = "semiannual"
            continue
        if (first.month or 0) >= (second.month or 0):
            continue
        # (the periods named after the dates, or before them in their clause,
        # no date between: "Định kỳ 6 tháng, hằng năm báo cáo … trước ngày 20
        # tháng 6 và ngày 10 tháng 12": paired in order)
        lo = max(_clause_start(text, m.start()) + 1, found[i - 1][0].end() if i else 0)
        if P.HALF_THEN_YEAR.search(text, n.end(), _sentence_mark_after(text, n.end())) or P.HALF_THEN_YEAR.search(
            text, lo, m.start()
        ):
            first.recurrence = "semiannual"


def _weekly_in_period(
    text: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]], out: list[Deadline]
) -> None:
    """A period after a weekday in the plural or of every week ("Các ngày Chủ
    nhật trong tháng 3/2026", "vào thứ Bảy hằng tuần trong quý II/2026";
    WEEKDAY_PLURAL) bounds a weekly duty: its deadline is weekly, its text
    from the weekday (the period's end its last week), and the weekday's own
    reading ("vào thứ Bảy") is that one deadline. ``out``: the deadlines read
    from ``found``, in its order; both changed in place, kept in step."""
    drop: set[int] = set()
    for (m, *_), d in zip(found, out, strict=False):
        if d.recurrence not in (None, "once", "weekly"):
            continue
        w = P.WEEKDAY_PLURAL.search(text, max(0, m.start() - 60), m.start())
        if w is None:
            continue
        d.recurrence, d.text = "weekly", text[w.start() : m.end()]
        drop.update(i for i, (n, *_) in enumerate(found) if out[i] is not d and n.end() > w.start() and n.start() < m.start())
    for i in sorted(drop, reverse=True):  # (both lists, kept in step)
        del found[i], out[i]


def _is_report_due(due: str | None) -> bool:
    return bool(due) and "báo cáo" in (due or "").lower()


def _held_activity(m: regex.Match[str]) -> str | None:
    """What an activity's time item times: the activity its label names
    ("Thời gian kiểm tra": "kiểm tra"), or the round ("Đợt 1"); none for a
    bare "Thời gian", or a label listing the item's fields ("Thời gian, đối
    tượng kiểm tra")."""
    if m["round"]:
        return " ".join(m["round"].split())
    what = (m["what"] or "").strip()
    return " ".join(what.split()) if what and what[0] != "," else None


def _ad_hoc_beside(
    text: str,
    found: list[tuple[regex.Match[str], int | None, int | None, int | None]],
    dated: list[Deadline],
    agency: str | None,
    span: Span,
) -> list[Deadline]:
    """A report made when asked, said in a dated report's clause before its
    date ("Thực hiện báo cáo đột xuất theo yêu cầu, báo cáo định kỳ hằng năm
    trước ngày 15 tháng 12 … gửi Bộ Khoa học và Công nghệ"): a deadline of its
    own, ad hoc, to the same body (the date is never the ad hoc one's); one a
    clause (AD_HOC_REPORT). ``dated``: the deadlines read from ``found``, in
    its order."""
    out: list[Deadline] = []
    seen: set[int] = set()  # (the clauses given theirs)
    for (m, *_), d in zip(found, dated, strict=False):
        lo = _clause_start(text, m.start()) + 1
        if lo in seen or d.due != "báo cáo" or "ad hoc" in (d.recurrence or ""):
            continue
        said = P.AD_HOC_REPORT.search(text, lo, m.start())
        if said is None or "báo cáo" not in text[lo : m.start()].lower():
            continue
        seen.add(lo)
        out.append(Deadline(text=said.group(0), recurrence="ad hoc", due="báo cáo", to=d.to, agency=agency, span=span))
    # (and one joined after the sentence's last date: "… hằng quý (trước ngày
    # 05 của tháng đầu quý sau) và báo cáo đột xuất … khi có yêu cầu", "…
    # ngày 10/02 năm sau hoặc đột xuất theo yêu cầu của cơ quan …")
    ends: set[int] = set()
    for i, ((m, *_), d) in enumerate(zip(found, dated, strict=False)):
        end = _sentence_mark_after(text, m.end())
        nxt = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        if end in ends or nxt < end or "ad hoc" in (d.recurrence or "") or d.recurrence is None:
            continue  # (a later date of the sentence: the last one's words)
        said = P.AD_HOC_JOINED_AFTER.search(text, m.end(), end)
        if said is None:
            continue
        ends.add(end)
        out.append(Deadline(text=said["what"], recurrence="ad hoc", due=d.due, to=d.to, agency=agency, span=span))
    return out


def _undated_duty(sentence: str, rec: str, due: str, agency: str | None, span: Span) -> Deadline:
    """A duty with no date its sentence says how often to do (a report, a
    disclosure): the deadline of its sentence's words, "./." cut."""
    sentence = P.END_MARK.sub("", sentence.strip()).rstrip(" ./")
    if " và " in sentence:
        sentence = _own_duty_words(sentence)
    if len(sentence) > _DUTY_TEXT:
        # a long sentence: from the clause saying how often ("…, Đồng thời,
        # hàng tháng, hàng quý … báo cáo …"), so that its words are the deadline's
        often = _first_recurrence(sentence, sentence.lower())
        cuts = [m.end() for m in P.CLAUSE_THEN_CAPITAL.finditer(sentence, 0, often.start())] if often else []
        sentence = sentence[cuts[-1] :] if cuts else sentence
    return Deadline(
        text=sentence[:_DUTY_TEXT],
        recurrence=rec,
        due=due,
        to=_to_whom(sentence) if due == "báo cáo" else None,
        agency=agency,
        span=span,
    )


def _own_duty_words(sentence: str) -> str:
    """The words of the duty a sentence says how often to do, where "và"
    joins it to other work before it ("… kho bãi trước mùa mưa bão và nghiêm
    túc thực hiện chế độ báo cáo định kỳ …": from "nghiêm túc"; DUTY_AFTER_AND):
    the last such "và" before the words saying how often, the work before it
    a work of its own (_OWN_WORK_WORDS words since the clause's comma, not
    "Tổng hợp kết quả và báo cáo định kỳ …", one work)."""
    often = _first_recurrence(sentence, sentence.lower())
    if often is None:
        return sentence
    cut = 0
    for m in P.DUTY_AFTER_AND.finditer(sentence):
        if m.end() > often.start():
            break
        if len(sentence[sentence.rfind(",", 0, m.start()) + 1 : m.start()].split()) >= _OWN_WORK_WORDS:
            cut = m.end()
    return sentence[cut:]


_OWN_WORK_WORDS = 5  # (syllables: more than a verb and its object, "tổng hợp kết quả", before "và")


def _sentences_holding(text: str, lowered: str, word: str) -> list[str]:
    """The sentences ``P.SENTENCE_SPLIT.split(text)`` gives that hold ``word``
    (lowered; ``lowered`` is ``text.lower()``), in order: each cut around the
    word where it stands in the lowered text, the rest of the text not split
    (its sentences hold no report). ``word`` holds no mark a sentence ends at."""
    if len(lowered) != len(text):  # (lowering moved the offsets)
        return [s for s in P.SENTENCE_SPLIT.split(text) if word in s.lower()]
    out: list[str] = []
    end = -1  # (where the last sentence taken ends)
    at = lowered.find(word)
    while at >= 0:
        if at > end:
            start = _sentence_mark_before(text, at) + 1
            end = _sentence_mark_after(text, at + len(word))
            out.append(text[start:end])
        at = lowered.find(word, at + 1)
    return out


def _ends_sentence_at(text: str, k: int) -> bool:
    """Does SENTENCE_SPLIT match at ``k``: a line break, or "." or ";" before a
    space or the text's end (its ``\\s`` is ``str.isspace``)?"""
    c = text[k]
    return c == "\n" or (c in ".;" and (k + 1 == len(text) or text[k + 1].isspace()))


def _sentence_mark_before(text: str, at: int) -> int:
    """Where the last mark SENTENCE_SPLIT splits at before ``at`` stands (-1: none)."""
    best = text.rfind("\n", 0, at)
    for mark in ".;":
        k = text.rfind(mark, best + 1, at)
        while k > best and not _ends_sentence_at(text, k):
            k = text.rfind(mark, best + 1, k)
        best = max(best, k)
    return best


def _sentence_mark_after(text: str, at: int) -> int:
    """Where the first mark SENTENCE_SPLIT splits at from ``at`` on stands (the
    text's length: none)."""
    best = text.find("\n", at)
    if best < 0:
        best = len(text)
    for mark in ".;":
        k = text.find(mark, at, best)
        while k >= 0 and not _ends_sentence_at(text, k):
            k = text.find(mark, k + 1, best)
        if k >= 0:
            best = k
    return best


def _dated_in_its_clause(text: str, m: regex.Match[str], found: list[tuple[regex.Match[str], int | None, int | None, int | None]]) -> bool:
    """Is a date found in ``m``'s own clause (no ";" nor stop between them)?
    A cadence said with its date is that date's: "Báo cáo … 06 tháng một lần
    (trước ngày 15/6/2026)"."""
    for f, *_ in found:
        between = text[min(m.end(), f.end()) : max(m.start(), f.start())]
        if ";" not in between and ". " not in between and ".\n" not in between:
            return True
    return False


def _past_the_dates(text: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]]) -> str:
    """The text past the clause of the last date found, where a reporting
    duty said without a date is a deadline of its own ("… trước ngày 31 tháng
    3 năm 2026; hằng năm báo cáo kết quả …"); one said before a date is most
    often the one the date is for ("Định kỳ hằng năm báo cáo …; báo cáo năm
    gửi trước ngày 15/12")."""
    if not found:
        return ""  # (a review's year only)
    end = max(m.end() for m, *_ in found)
    cuts = [k for k in (text.find(";", end), text.find(". ", end), text.find(".\n", end)) if k >= 0]
    return text[min(cuts) + 1 :] if cuts else ""


def _before_other_dates(text: str, found: list[tuple[regex.Match[str], int | None, int | None, int | None]]) -> str:
    """The clauses before the first date found, after ";", where a reporting
    duty said there with its cadence is a deadline of its own: the dates'
    clauses send nothing (P.SENDING_VERB), so none of them is its ("…, định
    kỳ hằng quý báo cáo Ban Thường vụ Tỉnh ủy; sơ kết 01 năm thực hiện Chỉ
    thị trong quý IV/2026"); else "" (see _past_the_dates)."""
    cut = _clause_start(text, min(m.start() for m, *_ in found))
    if cut <= 0 or text[cut] != ";":
        return ""
    for m, *_ in found:
        if P.SENDING_VERB.search(text, _clause_start(text, m.start()) + 1, m.end()):
            return ""
    return text[:cut]


def _at_their_words(ct: CleanText, text: str, span: Span, deadlines: list[Deadline]) -> list[Deadline]:
    """The deadlines read in ``text`` (a piece of the cleaned text inside
    ``span``), each given the span of its own words, so that its line is the
    one it stands on, not its section's first. Where ``text`` is no piece of
    the cleaned text as it stands (joined from several, or with a page's
    footnotes left out), each deadline's own words are looked for in ``span``;
    those not found keep it."""
    base = ct.text.find(text, ct.to_clean(span.start))
    if base < 0 or ct.to_source(base) >= span.end:
        lo, hi = ct.to_clean(span.start), ct.to_clean(span.end)
        seen: dict[str, int] = {}  # (the same words twice: each at its own place)
        for d in deadlines:
            at = ct.text.find(d.text, seen.get(d.text, lo), hi) if d.text else -1
            if at >= 0:
                seen[d.text] = at + 1
                d.span = ct.span(at, at + len(d.text))
        return deadlines
    after: dict[str, int] = {}  # (the same words twice: each at its own place)
    for d in deadlines:
        at = text.find(d.text, after.get(d.text, 0))
        if at >= 0:
            after[d.text] = at + 1
            d.span = ct.span(base + at, base + at + len(d.text))
    return deadlines


def _joint_owner(text: str, at: int, bodies: list[Assignment]) -> str:
    """Bodies sharing a deadline, in the order their sentence names them
    (nearest before the deadline), a name holding another's left out; the
    partners and collectives beside the bodies that lead or answer for it
    left out too."""
    own = [a for a in bodies if a.role != "support" and not is_generic(a.agency)]
    names = list(dict.fromkeys(a.agency for a in (own or bodies)))
    kept = [n for n in names if not any(o != n and o in n for o in names)]
    lo = max(0, at - 1500)
    where = {n: text.rfind(n, lo, at + 200) for n in kept}
    if all(k >= 0 for k in where.values()):  # (else as they were found)
        kept.sort(key=where.__getitem__)
    return ", ".join(kept)


def _bracketed_owner(step: str, start: int = 0) -> str | None:
    """The body named alone in the brackets closing ``step[start:]`` (its first
    sentence, to its stop or ";"), its owner in a timeline: "hoàn thành … (Công
    an tỉnh)."; none where the brackets say more than a name ("(đơn vị tài trợ
    phối hợp Sở A)") or no body ("(Chủ nhật)"). (``start``, not a slice: a
    copy of a long text's rest per deadline is quadratic.)"""
    # (the first of the three found in one scan from ``start``, not each
    # looked for to the text's end: a long text without ";" is scanned once
    # per deadline)
    stop = P.STEP_STOP.search(step, start)
    m = P.CLOSING_BRACKETED_NAME.search(step[start : stop.start() if stop else len(step)].rstrip(" ."))
    if m is None:
        return None
    name = " ".join(m["name"].split())
    return name if _sentence_subject(f"{name} thực hiện") == name else None


def _concerned_body(piece: str, heading: str | None) -> str | None:
    """The body an item is about, in its heading or opening its text ("1. Đối
    với Công ty X" / "…", "- Đối với 03 đơn vị sử dụng hóa chất: Yêu cầu các
    đơn vị …"): the owner of a deadline its sentences give no body
    (ITEM_CONCERNS; a count before its kind is told a body as "các" is:
    "03 đơn vị …"; not a topic, "Đối với các dự án đã được cấp phép")."""
    for where in (heading or "", piece):
        m = P.ITEM_CONCERNS.match(where)
        if m is None:
            continue
        name = " ".join(m["body"].split())
        counted = P.LEADING_COUNT.match(name)
        if _looks_like_agency(f"các {name[counted.end() :]}" if counted else name):
            return name
    return None


def _timeline_step(ct: CleanText, s: Section, subjects: dict[int, str]) -> list[Deadline]:
    """A timeline step's date, alone as its heading, when no deadline word
    says it: a milestone ("Ngày 10 - 11/5/2024: phát bộ số, tổng duyệt (Ban
    Tổ chức)"), a range's at its end; its owner the body in the brackets
    closing its text."""
    heading = (s.heading or "").rstrip(" .:")
    m = P.TIMELINE_STEP.fullmatch(heading)
    if m is None:
        return []
    if m["d"]:
        month, year = m["m"] or m["m2"], m["y"] or m["y2"]
        day: int | None = int(m["d"])
        if month is None or not 1 <= int(month) <= 12:
            return []
        due_month: int | None = int(month)
    else:
        day, year = None, m["py"]
        due_month = 3 * _QUARTERS[m["q"].upper()] if m["q"] else int(m["pm"])
        if not 1 <= due_month <= 12:
            return []
    d = Deadline(
        text=m.group(0), day=day, month=due_month, year=int(year) if year else None, recurrence="once", span=s.span
    )
    d = _at_their_words(ct, heading, s.span, [d])[0]
    owner = _bracketed_owner(s.text or "")
    if owner:
        subjects[id(d)] = owner
    return [d]


def _times_the_plan(heading: str) -> bool:
    """A heading of a part that times the plan's steps ("II. TIẾN ĐỘ", "2. Thời gian")."""
    return heading[:1] in P.TIMELINE_HEADING_INITIALS and bool(
        P.TIMELINE_HEADING.fullmatch(heading, 0, None, False) or P.TIMELINE_BARE_HEADING.fullmatch(heading)
    )


def _timeline_lines(ct: CleanText, s: Section, found: list[Deadline], item: bool = False) -> list[Deadline]:
    """The milestones of a timeline part's lines naming a step and its day
    alone ("- Giao nhận quân: ngày 12/02/2025"), what is due the step; none
    on a line already holding a deadline ("… : từ ngày 01/11 đến ngày 30/11").
    An ``item`` is read whole, its heading the step ("1. Giao nhận quân: …")."""
    text = s.text or ""
    base = ct.text.find(text, ct.to_clean(s.span.start))
    if item:
        base = ct.to_clean(s.span.start)
        text = ct.text[base : ct.to_clean(s.span.end)]
    if base < 0 or ct.to_source(base) >= s.span.end:
        return []
    # a step's quarter or month, or a span of them due at its last: "- Tiến độ
    # khởi công: Quý II/2027.", "(2) Thực hiện đầu tư: Từ Quý II/2027 đến Quý III/2029;"
    out: list[Deadline] = []
    for m in P.TIMELINE_PERIOD_STEP.finditer(text) if "quý" in text.lower() or "tháng" in text.lower() else ():
        last = _period_month(m)
        when = ct.span(base + m.start("when"), base + m.end("when"))
        what = " ".join(m["what"].split())
        on = [d for d in found if d.span is not None and d.span.start < when.end and when.start < d.span.end]
        if on:  # (read by its label or as a span: "Tiến độ khởi công công trình: Quý II/2027")
            # (a stage is a step: "(1) Giai đoạn chuẩn bị đầu tư: Từ Quý III/2026 …")
            if on[0].due is None and (what[:9].lower() == "giai đoạn" or not P.TIMELINE_TIME_WORD.match(what)):
                on[0].due = what
            continue
        if last:
            out.append(Deadline(text=m["when"], month=last, year=int(m["y"]), recurrence="once", due=what, span=when))
    # a line holding its own deadline: the step before its colon is what is due
    # ("- Khám sức khỏe: từ ngày 01/11 đến ngày 30/11/2024"), not a body's name
    for m in P.TIMELINE_STEP_LINE.finditer(text):
        what = " ".join(m["what"].split())
        stop = text.find("\n", m.end())
        line = ct.span(base + m.end(), base + (stop if stop >= 0 else len(text)))
        on = [d for d in found if d.span is not None and line.start <= d.span.start < line.end]
        if (
            on
            and on[0].due is None
            and not P.TIMELINE_TIME_WORD.match(what)
            and _sentence_subject(f"{what} thực hiện") != what
        ):
            on[0].due = what
    for m in P.TIMELINE_DATED_LINE.finditer(text):
        line = ct.span(base + m.start(), base + m.end())
        if any(d.span is not None and line.start <= d.span.start < line.end for d in found):
            continue
        month, year = int(m["m"] or m["m2"]), int(m["y"] or m["y2"])
        if not 1 <= month <= 12:
            continue
        out.append(
            Deadline(
                text=m["date"],
                day=int(m["d"]),
                month=month,
                year=year,
                recurrence="once",
                due=" ".join(m["what"].split()),
                span=ct.span(base + m.start("date"), base + m.end("date")),
            )
        )
    return out


def _project_investor(ct: CleanText, lo: int, hi: int) -> str | None:
    """The investor the decision on a project names, the first ("Tên doanh
    nghiệp: Công ty Cổ phần …" under "1. Nhà đầu tư"; "Chủ đầu tư: …")."""
    m = P.PROJECT_INVESTOR.search(ct.text, ct.to_clean(lo), ct.to_clean(hi))
    return " ".join(m["name"].split()) if m else None


def _held_times(ct: CleanText, s: Section, found: list[Deadline]) -> list[Deadline]:
    """The days an activity is held, by its time item ``s`` (its heading a
    label, "Thời gian kiểm tra", its value after the colon) or the rounds
    listed under it ("1.1. Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba)"); none on
    a line already holding a deadline."""
    out: list[Deadline] = []
    for c in (s, *s.children):
        start = ct.to_clean(c.span.start)
        stop = ct.text.find("\n", start)
        stop = min(stop if stop >= 0 else len(ct.text), ct.to_clean(c.span.end))
        m = P.HELD_TIME.search(ct.text, start, stop)
        if m is None and c is s and "từ" in ct.text[start:stop].lower():
            # a period after the label, its end when the activity is done:
            # "1. Thời gian, địa bàn: Chiến dịch được tổ chức từ ngày 15/4/2026
            # đến ngày 30/6/2026, …" (a schedule, also in the passive)
            out += _time_field_period(ct, start, stop, found)
            continue
        if m is None or (c is s) != bool(m["label"]):
            continue
        month = int(m["m"] or m["m2"])
        line = ct.span(start, stop)
        if not 1 <= month <= 12 or any(d.span is not None and line.start <= d.span.start < line.end for d in found):
            continue
        out.append(
            Deadline(
                text=m.group(0),
                day=int(m["d"]),
                month=month,
                year=int(m["y"] or m["y2"]),
                recurrence="once",
                due=_held_activity(m),
                span=ct.span(m.start(), m.end()),
            )
        )
    return out


def _time_field_period(ct: CleanText, start: int, stop: int, found: list[Deadline]) -> list[Deadline]:
    """The period (DEADLINE_PERIOD_END) said on a time item's line
    ``ct.text[start:stop]``, due at its end, once; none where the line holds a
    deadline already."""
    p = P.DEADLINE_PERIOD_END.search(ct.text, start, stop)
    if p is None:
        return []
    month, year = int(p["m"] or p["m2"] or 0), p["y"] or p["y2"]
    line = ct.span(start, stop)
    if not 1 <= month <= 12 or any(d.span is not None and line.start <= d.span.start < line.end for d in found):
        return []
    end_year = int(year) if year else None
    return [
        Deadline(
            text=p.group(0),
            day=int(p["d"]),
            month=month,
            year=end_year,
            recurrence="once",
            span=ct.span(p.start(), p.end()),
            starts=_window_start(p, end_year),
        )
    ]


def _offset_in_piece(ct: CleanText, piece: str, span: Span, d: Deadline, base: list[int], seen: dict[str, int]) -> int:
    """Where deadline ``d``, read in ``piece`` (inside ``span``), stands in
    it: by its own span where the piece is the cleaned text's as it stands
    (``base[0]``, its offset there, found once), not the first place its
    words occur (two deadlines may share their words: "trước ngày
    30/11/2026" in each of a list's rows); else the next place its words
    occur after the last such deadline's (``seen``), as _at_their_words
    placed them, or the last such deadline's place where none is left (one
    date's words read as several: "trước ngày 17 các tháng 3, 6, 9"); 0
    where they are not in the piece (an undated duty's sentence, retold)."""
    if base[0] == -2:
        at = ct.text.find(piece, ct.to_clean(span.start))
        base[0] = at if at >= 0 and ct.to_source(at) < span.end else -1
    words = d.text
    if base[0] >= 0 and d.span is not None:
        at = ct.to_clean(d.span.start) - base[0]
        if at >= 0 and piece.startswith(words, at):
            seen[words] = at + 1
            return at
    last = seen.get(words, 0)
    at = piece.find(words, last)
    if at < 0:
        return max(last - 1, 0)
    seen[words] = at + 1
    return at


def _read_deadlines_of(
    ct: CleanText,
    out: list[Deadline],
    subjects: dict[int, str],
    piece: str,
    span: Span,
    heading: bool = False,
    step: str | None = None,
    follows: str | None = None,
    about: str | None = None,
    head: str | None = None,
    own: set[int] | None = None,
) -> None:
    """``_deadlines``' reading of one piece of text: its deadlines added to
    ``out``, the body its sentence opens with to ``subjects``; ``about``: the
    heading of the item holding it, when it says what the item is about
    ("1. Đối với Công ty X"); ``head``: the body heading the list it is a
    point of ("1. Nhà cung cấp X có trách nhiệm báo cáo như sau:")."""
    if piece.startswith("Trên") and P.CLOSING.match(piece):  # (the pattern opens with the word: a cheap test)
        # "Trên đây là báo cáo … 6 tháng …": the text's closing word (a
        # request may follow it: "… . Yêu cầu các thôn … báo cáo trước …")
        cut = piece.find(". ")
        if cut < 0:
            return
        piece = piece[cut + 2 :]
    if own is None:
        own = set()
    splits: list[list[int]] = []  # (the piece's sentence stops, found as far as asked: _sentence_stops)
    # (where the piece stands in the cleaned text, -2 until asked, -1 where
    # it is none of it as it stands: see _offset_in_piece)
    base = [-2]
    seen: dict[str, int] = {}  # (the same words twice: each at its own place)
    for d in _deadlines_in(ct, piece, span, undated=not heading):
        out.append(d)
        if d.agency is None:
            at = _offset_in_piece(ct, piece, span, d, base, seen)
            # (or the body alone in brackets closing its step: "Trước ngày
            # 30/4/2024: hoàn thành … (Công an tỉnh)."; a heading's step is its text)
            subject = _paragraph_subject(piece, at, len(d.text), splits) or (
                _bracketed_owner(piece, at) if step is None else _bracketed_owner(step)
            )
            if subject is None and follows is not None and piece[:1] in "-+•ĐđT \t" and P.FOLLOW_ON.match(piece):
                subject = follows  # "b) Đồng thời …": the item before's body doing more
            if subject is None and (about or "đối với" in piece[:12].lower()):
                subject = _concerned_body(piece, about)
            if subject is None:
                subject = head
            if subject:
                subjects[id(d)] = subject
                if subject in _sentence_before(piece, splits, at, len(piece)):
                    own.add(id(d))  # (named in its own sentence: see _deadlines)


def _deadlines(
    ct: CleanText, sections: list[Section], lo: int, hi: int, lead: list[LogicalLine], issuer: str | None = None
) -> tuple[list[Deadline], dict[int, str], set[int]]:
    """The deadlines of the text, and for each (by id) the body its sentence
    opens with, if any ("Phòng Kinh tế tổng hợp, … báo cáo … trước ngày …"),
    the owner where no assignment gives one, and the ids of those whose
    sentence names that body itself (it owns them even inside another body's
    item); ``issuer``: the issuer's name, the owner of the times of its own
    activities ("Thời gian kiểm tra: …")."""
    out: list[Deadline] = []
    subjects: dict[int, str] = {}
    own: set[int] = set()  # (the ones whose subject their own sentence names)
    # (read by a module function, not a closure: a compiled closure's
    # environment holding the text keeps it in a reference cycle)
    for ll in lead:
        _read_deadlines_of(ct, out, subjects, ll.text, ct.line_span(ll), own=own)
    every = _walk(sections)
    # the steps of a timeline part: "II. TIẾN ĐỘ" / "3. Ngày 10 - 11/5/2024: …"
    steps = {
        id(c)
        for s in every
        if s.children
        and (s.heading or "")[:1] in P.TIMELINE_HEADING_INITIALS
        and P.TIMELINE_HEADING.fullmatch(s.heading or "", 0, None, False)
        for c in s.children
    }
    # (the item before each one, for one going on with it: "b) Đồng thời …")
    before_it = (
        {id(c): b for level in (sections, *(s.children for s in every if s.children)) for b, c in itertools.pairwise(level)}
        # (a cheap test for FOLLOW_ON's openings: "Đồng thời", "Thời hạn … tại khoản này")
        if "ồng thời" in ct.text or "ỒNG THỜI" in ct.text or "tại khoản này" in ct.text or "tại điểm này" in ct.text
        else {}
    )
    item_bodies: dict[int, str | None] = {}  # (an item's body, by the item's id: a follow-on's chain)
    # the body heading a list, its points' owner: "1. Nhà cung cấp X có trách
    # nhiệm báo cáo như sau:" / "a) Báo cáo định kỳ hằng quý (trước ngày 05 …)"
    heads: dict[int, str] = {}
    for s in every:
        if s.children and s.heading and "trách nhiệm" in s.heading:
            listed = P.BODY_HEADS_LIST.match(s.heading)
            # (a class defined by a reference: "Tổ chức, cá nhân quy định tại khoản 1 Điều 9 …")
            if listed and _body_or_party(P.CLASS_REFERENCE.sub("", listed["body"].strip())):
                for c in _walk(s.children):
                    heads.setdefault(id(c), listed["body"].strip())
    dated = []
    # (a list's head and the undated deadlines it gave: "1. Tổ chức, cá nhân …
    # có trách nhiệm gửi báo cáo … định kỳ đến Cục X bao gồm nội dung sau:")
    announcing: list[tuple[Section, list[Deadline]]] = []
    inside = _walk_in(sections, lo, hi)  # (the sections read, for each pass below)
    defined: set[int] = set()  # (the sections under a definition's heading: no deadline there)
    for s in inside:
        # (its fields read once: a model's field costs ~340 instructions a read)
        s_heading, s_text, s_span = s.heading, s.text, s.span
        if id(s) in defined:
            continue
        if s_heading and s_heading[:1] in "KkGgĐđ" and P.DEFINITION_HEADING.match(s_heading):
            # "1. Khái niệm, phương pháp tính" / "Lợi nhuận … trong một thời gian
            # nhất định (tháng, quý, năm) …": what a term means, no duty
            defined.update(id(c) for c in _walk(s.children))
            continue
        if s_heading:
            # (a short heading names its part: "3. Thực hiện chế độ báo cáo định kỳ")
            had = len(out)
            _read_deadlines_of(
                ct, out, subjects, s_heading, s_span, heading=len(s_heading.split()) <= _TITLE_WORDS, step=s_text or "", own=own
            )
            if len(out) > had and s.children:  # (its colon is cut off the heading)
                announcing.append((s, out[had:]))
            if id(s) in steps:
                dated.append(s)
        if s_text:
            follows = None
            prev = before_it.get(id(s))
            if prev is not None and s_text[:1] in "-+•ĐđT \t" and P.FOLLOW_ON.match(s_text):
                follows = item_bodies[id(prev)] if id(prev) in item_bodies else _paragraph_subject(prev.text, 0) if prev.text else None
                item_bodies[id(s)] = follows
            about = s_heading if s_heading and "đối với" in s_heading[:12].lower() else None
            _read_deadlines_of(ct, out, subjects, s_text, s_span, follows=follows, about=about, head=heads.get(id(s)), own=own)
    # a milestone list: "- Quý I/2026: Công an phường tổng rà soát …"
    # (one scan of the text for list lines opening with a period and a colon)
    out += _milestone_lines(ct, lo, hi, out, subjects, own)
    if "trực" in ct.text:  # (a duty roster: "- Thứ Hai, thứ Năm: … trực chỉ huy")
        out += _roster_lines(ct, lo, hi, out, subjects)
    if "ết thúc đợt" in ct.text:  # (a review when a campaign ends: "Kết thúc đợt cao điểm, … sơ kết")
        out += _campaign_end_reviews(ct, lo, hi, out)
    if "iai đoạn " in ct.text or "ợt " in ct.text:  # (a task "trong Giai đoạn 1", the phase dated elsewhere)
        out += _phase_references(ct, lo, hi, out)
    # a list's head announcing dated items ("… gửi báo cáo định kỳ … bao gồm
    # nội dung sau:" / "a) … trước ngày 17 hàng tháng;") gives no deadline of
    # its own: its items are the deadlines
    for s, given in announcing:
        items = [c.span for c in s.children]
        if any(
            (d.day is not None or d.month is not None) and d.span is not None and any(c.start <= d.span.start < c.end for c in items)
            for d in out
        ):
            undated = {id(d) for d in given if d.day is None and d.month is None and d.year is None}
            out = [d for d in out if id(d) not in undated]
    # a step's date is its milestone only where neither its text nor its items
    # hold a deadline of their own ("Tháng 7/2026: sơ kết; … báo cáo trước ngày 10/7/2026")
    for s in dated:
        if not any(d.span is not None and s.span.start <= d.span.start and d.span.end <= s.span.end for d in out):
            out += _timeline_step(ct, s, subjects)
    # the dated lines of a timeline part: "2. Thời gian / - Giao nhận quân: ngày 12/02/2025"
    # (its text, or its items: "II. THỜI GIAN / - Tổng kết: ngày 15/11/2024.")
    for s in inside:
        if _times_the_plan(s.heading or ""):
            for c in [s, *s.children]:
                if c.text:
                    out += _timeline_lines(ct, c, out, item=c is not s and bool(c.heading))
    # a calendar's steps: "IV. LỊCH TUYỂN SINH" / "1. Từ ngày 01/6 đến ngày
    # 10/6/2026: các trường rà soát …", the body after the colon the owner
    calendars = [s.span for s in inside if s.children and _times_the_plan(s.heading or "")]
    if calendars:
        out = _calendar_steps(ct, out, subjects, calendars)
    # a project's schedule is its investor's: "8. Tiến độ thực hiện dự án" /
    # "- Tiến độ khởi công công trình: Quý II/2027", the investor named in the
    # decision ("1. Nhà đầu tư" / "Tên doanh nghiệp: Công ty …")
    schedules = [s for s in inside if s.heading and "dự án" in s.heading.lower() and P.PROJECT_SCHEDULE_HEADING.match(s.heading)]
    investor = _project_investor(ct, lo, hi) if schedules else None
    for s in schedules:
        for d in out:
            if investor and id(d) not in subjects and d.span is not None and s.span.start <= d.span.start < s.span.end:
                subjects[id(d)] = investor
    # an activity's time item, its value after its heading or in its rounds
    # ("1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026", "1. Thời gian, đối tượng
    # kiểm tra:" / "1.1. Đợt 1: Từ 13h30’ ngày 02/6/2026"); held by the body
    # whose item it is, else by the issuer: the text times its own activity
    timed: list[Span] = []  # (the time items: a period said in one is the activity's too)
    for s in inside:
        heading = s.heading or ""
        # (its first letters in any case, as the pattern's (?i) takes them: "Thời")
        if heading[:1] in "Tt" and heading[1:2] in "hH" and heading[2:3] in "ờỜ" and P.HELD_TIME_HEADING.fullmatch(heading, 0, None, False):
            out += _held_times(ct, s, out)
            timed.append(s.span)
    if issuer:
        for d in out:
            if id(d) not in subjects and d.recurrence == "once" and d.text[:1] in "TtĐđLlBbKkCc" and (
                P.HELD_TIME.match(d.text) or (timed and _period_in(ct, d, timed))
            ):
                subjects[id(d)] = issuer
    if any(d.day is None and d.year is not None and (d.month is None or d.month == 12) for d in out):
        # a year alone in a goals part ("2. Mục tiêu cụ thể", "II. CHỈ TIÊU"),
        # "Đến năm 2025, hoàn thành …", "100% điểm … được rà soát trong năm
        # 2026", "Trong năm 2026, phấn đấu 100% …", or its end, "…, đến cuối
        # năm 2030 còn dưới 1,5%", is a target's time frame (its year), no
        # task's deadline
        goals = [s.span for s in inside if s.heading and P.GOALS_HEADING.match(s.heading)]
        out = [
            d
            for d in out
            if not (
                d.span is not None
                and d.day is None
                and d.year is not None
                and (
                    (d.month is None and P.LEAD_IN_YEAR.match(d.text) is not None)
                    or (d.month == 12 and P.GOALS_YEAR_END.match(d.text) is not None)
                )
                and any(g.start <= d.span.start < g.end for g in goals)
            )
        ]
    if "hạn gửi báo cáo" in ct.source or "hạn báo cáo" in ct.source:  # (a cheap test: a form's printed reminder)
        out = _without_form_reminders(ct, out, subjects)
    # in the text's order: a plan's closing paragraph is read with its lead
    out.sort(key=lambda d: d.span.start if d.span is not None else 0)
    return out, subjects, own


def _milestone_lines(
    ct: CleanText, lo: int, hi: int, out: list[Deadline], subjects: dict[int, str], own: set[int]
) -> list[Deadline]:
    """The milestones of a list whose lines open with the period they fall in
    (P.MILESTONE_LINE: "- Quý I/2026: Công an phường tổng rà soát …", "- 6
    tháng đầu năm 2026: …", "- Tháng 5/2026: …"), two lines or more running:
    each line one deadline, due at its period's end ("Quý I/2026": March, "6
    tháng đầu năm": June, a year: December), what is due the line's work, its
    owner the body the line names ("Phòng X chủ trì, phối hợp …"). A line
    holding a date of its own ("…; hoàn thành trước ngày 30/6/2026") has that
    one, owned by the line's body before the item's. Not a line of figures
    ("- Năm 2026: 100% …", a target's year) nor of what was done ("đã")."""
    text = ct.text
    start, end = ct.to_clean(lo), ct.to_clean(hi)
    found = [m for m in _milestone_line_matches(text, start, end) if "%" not in m["rest"] and " đã " not in m["rest"]]
    if len(found) < 2:
        return []
    added: list[Deadline] = []
    # (the runs of lines next to each other: a line of a run whose lines
    # name work is a step whatever its own activities, "- Tháng 9/2026:
    # Khai giảng năm học mới; …", "- Tháng 4/2027: Ôn tập cho học sinh …")
    bodies = [_sentence_subject(m["rest"]) for m in found]
    run_of = [0] * len(found)
    for i in range(1, len(found)):
        run_of[i] = run_of[i - 1] + (text.count("\n", found[i - 1].end(), found[i].start()) != 1)
    working = {
        run_of[i]
        for i, m in enumerate(found)
        if bodies[i] is not None or P.LEADING_TASK_VERB.match(m["rest"]) or P.MILESTONE_WORK.match(m["rest"])
    }
    for i, m in enumerate(found):
        # (in a list: the line next to another milestone line)
        if not (
            (i > 0 and text.count("\n", found[i - 1].end(), m.start()) == 1)
            or (i + 1 < len(found) and text.count("\n", m.end(), found[i + 1].start()) == 1)
        ):
            continue
        rest = m["rest"]
        body = bodies[i]
        line = ct.span(m.start(), m.end())
        on = [d for d in out if d.span is not None and line.start <= d.span.start < line.end]
        if on:
            if body is not None:
                for d in on:
                    if id(d) not in subjects:
                        subjects[id(d)] = body
                        own.add(id(d))
            continue
        if run_of[i] not in working:
            continue  # a list of periods naming no work: no steps
        month = 3 * _QUARTERS[m["q"].upper()] if m["q"] else int(m["m"]) if m["m"] else 6 if m["half"] == "đầu" else 12
        if not 1 <= month <= 12:
            continue
        what = rest.split(";")[0].strip().rstrip(".")
        d = Deadline(
            text=text[m.start("when") : m.end("y")],
            month=month,
            year=int(m["y"]),
            recurrence="once",
            due=what[:120] if body is None else None,
            span=ct.span(m.start("when"), m.end("y")),
        )
        if body is not None:
            subjects[id(d)] = body
            own.add(id(d))
        added.append(d)
    return added


def _milestone_line_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches ``P.MILESTONE_LINE.finditer(text, start, end)`` gives,
    tried only at the lines P.MILESTONE_LINE_START finds (and at ``start``
    where a line opens there): the pattern's "^" tried at every place of the
    text cost more than the rest of the reading."""
    out: list[re.Match[str]] = []
    if start == 0 or text[start - 1] == "\n":
        m = P.MILESTONE_LINE.match(text, start, end)
        if m is not None:
            out.append(m)
    for c in P.MILESTONE_LINE_START.finditer(text, max(start - 1, 0), end):
        at = c.start() + 1
        if at <= start or (out and at < out[-1].end()):
            continue
        m = P.MILESTONE_LINE.match(text, at, end)
        if m is not None:
            out.append(m)
    return out


def _roster_line_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches ``P.ROSTER_LINE.finditer(text, start, end)`` gives, tried
    only at the start of each line holding "trực" (every match's line holds
    it; found by ``str.find``), not at every place of the text."""
    out: list[re.Match[str]] = []
    last = -1
    at = text.find("trực", start, end)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line != last and line >= start:
            last = line
            m = P.ROSTER_LINE.match(text, line, end)
            if m is not None:
                out.append(m)
        at = text.find("trực", at + 4, end)
    return out


def _roster_lines(ct: CleanText, lo: int, hi: int, out: list[Deadline], subjects: dict[int, str]) -> list[Deadline]:
    """The duties of a duty roster (P.ROSTER_LINE, two lines or more: "-
    Thứ Hai, thứ Năm: Phó Chủ tịch Ủy ban nhân dân xã trực chỉ huy; Phòng
    Kinh tế trực ban."): each post named before its "trực" a weekly deadline,
    the weekdays its text, what is due its duty; within the roster's period
    where the line before the list states it ("Từ ngày 01/6/2026 đến ngày
    30/11/2026, duy trì trực ban …:"), due at its end and starting on its
    first day (``starts``)."""
    text = ct.text
    found = _roster_line_matches(text, ct.to_clean(lo), ct.to_clean(hi))
    if len(found) < 2:
        return []
    added: list[Deadline] = []
    window: Deadline | None = None
    for i, m in enumerate(found):
        # (the list's first line: its period on the line before it)
        if i == 0 or text.count("\n", found[i - 1].end(), m.start()) != 1:
            head_at = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
            head = ct.span(head_at, m.start())
            window = next(
                (d for d in out if d.span is not None and head.start <= d.span.start < head.end and d.day is not None and d.text[:2].lower() == "từ"),
                None,
            )
        for clause in m["rest"].split(";"):
            post = P.ROSTER_POST.match(clause)
            if post is None or len(post["post"].split()) > _OPENING_BODY_WORDS:
                continue
            d = Deadline(
                text=" ".join(m["days"].split()),
                day=window.day if window else None,
                month=window.month if window else None,
                year=window.year if window else None,
                recurrence="weekly",
                due=" ".join(clause[post.end("post") :].split()).rstrip(" ."),
                starts=window.starts if window else None,
                span=ct.span(m.start("days"), m.end("days")),
            )
            subjects[id(d)] = post["post"].strip()
            added.append(d)
    return added


def _campaign_end_reviews(ct: CleanText, lo: int, hi: int, out: list[Deadline]) -> list[Deadline]:
    """A review held when a campaign ends (P.CAMPAIGN_END_REVIEW: "Kết thúc
    đợt cao điểm, ba bên tổ chức sơ kết …") is due when the campaign's span,
    stated in the plan with its name ("Đợt cao điểm từ ngày 15/4/2026 đến
    ngày 31/10/2026"), ends: once, what is due the review; none where the
    plan gives no such span."""
    text, added = ct.text, []
    for m in P.CAMPAIGN_END_REVIEW.finditer(text, ct.to_clean(lo), ct.to_clean(hi)):
        name = " ".join(m["name"].split()).lower()
        end = None
        for d in out:
            if d.span is None or d.day is None or d.text[:2].lower() != "từ":
                continue
            at = ct.to_clean(d.span.start)
            line_at = text.rfind("\n", 0, at) + 1
            if name in " ".join(text[max(line_at, at - 80) : at].split()).lower():
                end = d
                break
        if end is None:
            continue
        added.append(
            Deadline(
                text=" ".join(m["when"].split()),
                day=end.day,
                month=end.month,
                year=end.year,
                recurrence="once",
                due=" ".join(m["what"].split()),
                span=ct.span(m.start("when"), m.end("when")),
            )
        )
    return added


def _phase_references(ct: CleanText, lo: int, hi: int, out: list[Deadline]) -> list[Deadline]:
    """A task done "trong Giai đoạn 1" (P.PHASE_REFERENCE) is due when that
    phase's span, stated in the plan with its name ("1. Giai đoạn 1: từ ngày
    15/3/2026 đến ngày 30/6/2026", "Giai đoạn 2 (từ … đến …)"), ends, its
    `starts` the phase's: once, owned by the body whose task holds it
    (``_phases_to_their_bodies``); none where the plan gives no such span."""
    text = ct.text
    added: list[Deadline] = []
    spans: dict[str, Deadline] = {}
    for d in out:
        if d.span is None or d.day is None or d.text[:2].lower() != "từ":
            continue
        at = ct.to_clean(d.span.start)
        line = " ".join(text[max(text.rfind("\n", 0, at) + 1, at - 80) : at].split()).lower()
        for named in P.PHASE_NAME_IN_LINE.finditer(line):
            spans.setdefault(" ".join(named.group(0).split()), d)
    if not spans:
        return added
    for m in P.PHASE_REFERENCE.finditer(text, ct.to_clean(lo), ct.to_clean(hi)):
        phase = spans.get(" ".join(m["name"].lower().split()))
        if phase is None or (phase.span is not None and ct.to_clean(phase.span.start) > m.start()):
            continue  # (a phase the plan dates nowhere, or only after it)
        added.append(
            Deadline(
                text=" ".join(m.group(0).split()),
                day=phase.day,
                month=phase.month,
                year=phase.year,
                recurrence="once",
                starts=phase.starts,
                span=ct.span(m.start(), m.end()),
            )
        )
    return added


def _period_in(ct: CleanText, d: Deadline, parts: list[Span]) -> bool:
    """Whether ``d`` is a period opening its line ("Từ ngày 11/5/2026 đến
    ngày 22/5/2026, lịch cụ thể như sau:") inside one of ``parts`` (an
    activity's time items): the activity's own period. A step's period after
    its label ("- Tiêm đợt 1: từ ngày … đến ngày …") is that step's, no
    body's."""
    if d.span is None or d.text[:2].lower() != "từ" or not any(p.start <= d.span.start < p.end for p in parts):
        return False
    line_start = ct.source.rfind("\n", 0, d.span.start) + 1
    return P.CALENDAR_STEP_MARK.fullmatch(ct.source, line_start, d.span.start) is not None


def _calendar_steps(ct: CleanText, out: list[Deadline], subjects: dict[int, str], parts: list[Span]) -> list[Deadline]:
    """``out`` with the steps of a calendar part (``parts``) read by their
    doer: a step "<date or span>: <body> <verb> …" is that body's (its owner,
    where none is known); one done by the public ("cha mẹ học sinh đăng ký
    …", "học sinh … xác nhận nhập học") is a schedule entry, no deadline
    (the calendar's own event, "Khai giảng …", stays a milestone)."""
    kept: list[Deadline] = []
    for d in out:
        if d.span is None or id(d) in subjects or not any(p.start <= d.span.start < p.end for p in parts):
            kept.append(d)
            continue
        line_start = ct.source.rfind("\n", 0, d.span.start) + 1
        step = P.CALENDAR_STEP_BODY.match(ct.source, d.span.end)
        if step is None or not P.CALENDAR_STEP_MARK.fullmatch(ct.source, line_start, d.span.start):
            kept.append(d)  # (not a step opening with its date)
            continue
        body = step["body"].strip()
        if P.CALENDAR_PUBLIC_DOER.match(body):
            continue  # the public's step: "cha mẹ học sinh đăng ký tuyển sinh trực tuyến"
        doer = _sentence_subject(body)
        if doer is not None:
            subjects[id(d)] = doer
        kept.append(d)
    return kept


def _reviewed_span(ct: CleanText, d: Deadline, date: str | None) -> bool:
    """Whether ``d`` is the period a review covers, not a due date: a span
    (P.DEADLINE_PERIOD_END, "từ ngày 01/7/2025 đến ngày 30/6/2026") after a
    review's words in its clause (P.REVIEWED_SPAN_LEAD) that is named a
    period ("trong giai đoạn từ …") or had ended by the document's ``date``;
    or one under way at that date after words reviewing results ("Đánh giá
    kết quả … từ ngày 01/7/2025 đến ngày 30/6/2026" in a plan of June 2026:
    the results of a period begun). An inspection's or monitoring's window
    under way or to come ("Công an xã kiểm tra … từ ngày 01/3/2026 đến ngày
    30/6/2026" in a plan of March) is the campaign's: due at its end."""
    if d.span is None or d.text[:2].lower() != "từ" or P.DEADLINE_PERIOD_END.match(d.text) is None:
        return False
    lo = max(ct.source.rfind("\n", 0, d.span.start) + 1, d.span.start - 300)
    lead = P.REVIEWED_SPAN_LEAD.search(ct.source, lo, d.span.start)
    if lead is None:
        return False
    if P.REVIEWED_SPAN_NAMED.search(ct.source, max(lo, d.span.start - 20), d.span.start):
        return True
    if not date:
        return False
    if d.year and d.month and d.day:
        end = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        if end[: len(date)] <= date[: len(end)]:
            return True  # (ended by the document's date)
    # (FEE's first day of the window, _window_start)
    return bool(lead["results"] and d.starts and d.starts[: len(date)] < date[: len(d.starts)])


def _without_form_reminders(ct: CleanText, deadlines: list[Deadline], subjects: dict[int, str]) -> list[Deadline]:
    """``deadlines`` without a report form's printed reminder of its time limit
    ("(Thời hạn gửi báo cáo: Báo cáo 6 tháng gửi trước ngày 20 tháng 6 hằng
    năm; …)") that repeats one the text sets (the same day, month and
    period, of the same sender where both are named): one deadline, the
    text's own."""
    reminders: dict[int, str | None] = {}
    for d in deadlines:
        if d.span is not None and d.day is not None and d.month is not None:
            start = ct.source.rfind("\n", 0, d.span.start) + 1
            if P.FORM_DEADLINE_REMINDER.match(ct.source, start):
                reminders[id(d)] = _form_parties(ct.source, d.span.start)[0]
    if not reminders:
        return deadlines
    set_by_text = [
        (d.day, d.month, d.recurrence, subjects.get(id(d)) or d.agency)
        for d in deadlines
        if id(d) not in reminders and d.day is not None and d.month is not None
    ]
    kept = []
    for d in deadlines:
        if id(d) in reminders:
            sender = reminders[id(d)]
            if any(
                (day, month, rec) == (d.day, d.month, d.recurrence) and _same_party(sender, owner)
                for day, month, rec, owner in set_by_text
            ):
                continue
        kept.append(d)
    return kept


def _same_party(a: str | None, b: str | None) -> bool:
    """Do two names, either unknown, name one party ("Tổ chức, cá nhân …" and
    "các tổ chức, cá nhân …")?"""
    if a is None or b is None:
        return True
    x, y = (fold(P.PLURAL_LEAD.sub("", n.strip())) for n in (a, b))
    return x == y or x in y or y in x


def _funding(sections: list[Section], lo: int, hi: int) -> list[Funding]:
    """The funding part's (or a funding task's) sources of money, and the
    sentences elsewhere in the body that say where the plan's own work is
    paid from (PLAN_FUNDED_FROM); a clause guiding or overseeing others'
    money (GUIDES_THE_MONEY) is a task, and money already spent a result:
    neither is funding."""
    out: list[Funding] = []
    parts: list[Span] = []  # (the funding parts read)
    for s in _walk_in(sections, lo, hi):
        if s.kind not in ("roman", "arabic", "part", "article") or not P.FUNDING_HEADING.search(s.heading or "", 0, None, False):
            text = s.text  # (read once: a model's field costs ~340 instructions a read)
            if text and P.KINH_PHI_ANY_CASE.search(text, 0, None, False) and "kinh phí" in text.lower() and not any(_in_range(s.span, p.start, p.end) for p in parts):
                for sentence in P.SENTENCE_SPLIT.split(text):
                    src = P.END_MARK.sub("", sentence).strip(" .")
                    if P.PLAN_FUNDED_FROM.search(src) and _funds(src):
                        out.append(Funding(text=src, span=s.span))
            continue
        parts.append(s.span)
        items = [s.text] if s.text else []
        # (a task's label lines are its columns, no source of money: "6. Bố
        # trí kinh phí thực hiện Kế hoạch" / "- Đơn vị chủ trì: Vụ Kế hoạch
        # - Tài chính" / "- Thời hạn: hằng năm"; the task is its heading)
        children = [c.text or c.heading or "" for c in s.children]
        kept = [c for c in children if not _is_label(c)]
        if not items and not kept and children and s.heading and s.kind != "roman":
            kept = [s.heading]
        items += kept
        for item in items:
            for src in P.SEMICOLON_SPLIT.split(item):
                src = src.strip(" .")
                if len(src) > 3 and _funds(src):
                    out.append(Funding(text=src, span=s.span))
    return out


def _funds(clause: str) -> bool:
    """Is a clause on money funding: not money already spent ("đã sử dụng
    …", a result) nor a verb before "kinh phí" guiding or overseeing others'
    money (GUIDES_THE_MONEY: "phối hợp với Bộ Tài chính hướng dẫn bố trí
    kinh phí cho địa phương", a task)?"""
    if "đã" in clause and P.MONEY_SPENT.search(clause):
        return False
    at = clause.lower().find("kinh phí")
    return at <= 0 or P.GUIDES_THE_MONEY.search(clause, 0, at) is None


def _issuer_match(issuer: str, level: str | None) -> AgencyMatch | None:
    """The issuer as the agencies table knows it, at the document's level
    when its name does not say it ("CÔNG AN TỈNH THÁI NGUYÊN" in capitals)."""
    match = classify_agency(issuer)
    if match is not None and match.level is None and level is not None:
        match = dataclasses.replace(match, level=level)
    return match


def _own_units_in_issuers_sector(assignments: list[Assignment], issuer: str | None, level: str | None) -> None:
    """A Vụ, Cục or phòng the agencies table gives no sector works in the field
    of the ministry or Sở issuing the document: its own unit ("phòng Quản lý
    công nghiệp" in a Sở Công Thương plan, at the Sở's level), or a unit of its ministry ("Cục
    Hóa chất" in that Sở's letter). In a ministry's text a Vụ or Cục named
    without its ministry is the ministry's own, whatever words its name shares
    with another field ("Cục Kế hoạch - Tài chính" of Bộ Công an is no finance
    ministry): its name is its canonical name, and so are its units named as
    a class by their kind ("các Vụ pháp luật chuyên ngành"). A government's
    (UBND's) issuer has no sector, and gives none."""
    if not issuer or not any(
        P.SECTORAL_UNIT.match(a.agency, 0, None, False) or P.MINISTRY_INSTITUTE.match(a.agency, 0, None, False) or P.UNITS_OF_KIND.match(a.agency, 0, None, False)
        for a in assignments
    ):
        return
    match = _issuer_match(issuer, level)
    # (nor do the central organs: a Cục in a Prime Minister's decision is a
    # ministry's, not the Government's)
    if match is None or match.sector in ("lower_government", "government", "council", "central"):
        return
    ministry = match.level == "national"
    for a in assignments:
        unit = P.SECTORAL_UNIT.match(a.agency)
        if unit is None and ministry and a.sector is None and " Bộ " not in f"{a.agency} " and P.MINISTRY_INSTITUTE.match(a.agency):
            a.sector = match.sector  # "Viện Dinh dưỡng" in Bộ Y tế's plan: the ministry's institute
            if a.canonical is None:  # (under its own name: "Trung tâm Công nghệ Thông tin" of the issuing ministry)
                a.canonical = " ".join(a.agency.split())
            continue
        if unit is None and ministry and a.sector is None and P.UNITS_OF_KIND.match(a.agency):
            # "các Vụ pháp luật chuyên ngành" in Bộ Tư pháp's plan: its own
            # units, by their own words (not another ministry's named with it)
            if not P.NAMED_MINISTRY.search(a.agency) or fold(issuer) in fold(a.agency):
                a.sector, a.level = match.sector, "national"
                a.canonical = a.canonical or a.agency[:1].upper() + a.agency[1:]
            continue
        if unit is None or P.DIVISION_OF_DEPARTMENT.match(without_title(a.agency)):
            continue  # (a division named with its Sở is that Sở's: classify_agency)
        own = ministry and unit["kind"] in ("Vụ", "Cục") and " Bộ " not in f"{a.agency} "
        # in a Sở's text a phòng of another field, named without a place, is
        # the Sở's own ("Phòng Kế hoạch - Tài chính" of Sở Y tế), not a district's
        own = own or (
            match.level == "province"
            and unit["kind"].lower() == "phòng"
            and a.sector not in (None, match.sector)
            and " các " not in f" {a.agency.lower()} "
            and place_level(a.agency) is None
            and not P.UNIT_WITH_KIND.search(a.agency)  # "… huyện Bảo Thắng"
        )
        unknown = a.sector is None
        if unknown or own:
            a.sector = match.sector
        if own or (
            a.sector == match.sector
            and unit["kind"].lower() == "phòng"
            # (not the offices of the units below: "Phòng GD&ĐT các huyện", "… huyện A")
            and " các " not in f" {a.agency.lower()} "
            and place_level(a.agency) is None
            and not P.UNIT_WITH_KIND.search(a.agency)
        ):
            own_name = a.agency[unit.start("kind") :]
            if a.canonical is not None and (
                not a.canonical.startswith("Phòng")
                or (fold(a.canonical) != fold(own_name) and not P.ABBREVIATED_WORD.search(own_name))
            ):
                # named otherwise than the district's office of its field (in
                # full: "Phòng GD&ĐT" is that office): the Sở's own division
                # ("Phòng Giáo dục Trung học" of Sở GD&ĐT, not Phòng Giáo dục và
                # Đào tạo; "Phòng Cảnh sát … (PC06)", not Công an huyện)
                own = True
            if own or a.canonical is None:
                # the issuer's own unit ("Phòng Tư pháp" in Sở Tư pháp's letter
                # is the district's office, of its level)
                a.level = match.level  # type: ignore[assignment]
        if own or (unknown and a.canonical is None):
            own_name = a.agency[unit.start("kind") :]
            a.canonical = own_name[:1].upper() + own_name[1:]  # its own name ("Phòng Nghiệp vụ Y")


def _service_units_own_staff(assignments: list[Assignment], issuer: str | None, level: str | None) -> None:
    """In a public-service unit's own plan (a school's, a health centre's:
    agencies.json's unit_staff_issuers) its teams and departments named by
    their own names ("Tổ Văn phòng", "Tổ Nuôi dưỡng", "Khoa Truyền nhiễm";
    agencies.unit_staff_sector) are its own units: of its field and level,
    under their own names, not the commune's office nor any other body
    their words recall."""
    if not issuer or not fold(issuer).startswith(_unit_staff_issuers()):
        return
    staff = [(a, own[0]) for a in assignments if a.agency[:1] in "TtKkCc" and (own := unit_staff_sector(a.agency)) and own[1] is None]
    # and its own phòng, named without a place or a class ("Phòng Đào tạo -
    # Quản lý học viên" of a provincial centre): of the centre's level, no
    # district's office
    staff += [
        (a, " ".join(a.agency.split()))
        for a in assignments
        if a.agency.startswith("Phòng ")
        and a.canonical is None
        and P.SECTORAL_UNIT.match(a.agency)
        and place_level(a.agency) is None
        and not P.UNIT_WITH_KIND.search(a.agency)
    ]
    if not staff:
        return
    match = _issuer_match(issuer, level)
    for a, name in staff:
        a.canonical, a.level = name, (match.level if match else None) or level  # type: ignore[assignment]
        if match is not None:
            a.sector = match.sector


@cache
def _unit_staff_issuers() -> tuple[str, ...]:
    return tuple(load("agencies.json")["unit_staff_issuers"])


# "Văn phòng", "Chánh Văn phòng": an office named without its owner (folded)
_BARE_OFFICE = frozenset(["vanphong", "chanhvanphong"])


def _own_office(assignments: list[Assignment], issuer: str | None, level: str | None) -> None:
    """An office named without its owner ("Chánh Văn phòng") is the issuing
    body's own: a Sở's or a ministry's office, not the provincial
    government's (which it is when a UBND issues the text)."""
    if not issuer:
        return
    # (or named with its owner, the issuing ministry or department itself:
    # "Văn phòng Bộ Lao động - Thương binh và Xã hội" in that ministry's
    # circular; the Government's office keeps its name)
    own = fold(issuer)
    owned = {f"{office}{own}" for office in _BARE_OFFICE} if own.startswith(("bo", "so")) else set()
    bare = [a for a in assignments if (f := fold(a.agency)) in _BARE_OFFICE or f in owned]
    if not bare:
        return
    match = _issuer_match(issuer, level)
    if match is None or match.level not in ("national", "province"):
        return  # a government (UBND) or an unknown issuer: its office as the table says
    office = classify_agency(
        "Văn phòng Bộ" if match.level == "national" else "Văn phòng Sở", match.level
    )
    if office is None:  # pragma: no cover - the table names both
        return
    for a in bare:
        a.canonical, a.sector, a.level = office.canonical, office.sector, match.level  # type: ignore[assignment]


# (the sectors a bare "Ban …"/"Văn phòng" is given by its head word alone)
_HEAD_WORD_SECTORS = frozenset([None, "party", "office"])


def _organisations_own_units(assignments: list[Assignment], issuer: str | None, level: str | None) -> None:
    """In a text of the Front or of a mass organisation, a unit named by its
    head word alone ("Ban Tuyên giáo", "Ban Gia đình - Xã hội", "Văn phòng")
    is the issuer's own (since 2025 the Front and the Party committee each
    have a "Ban Tuyên giáo và Dân vận"), not the Party's commission nor the
    government's office: of the Front's sector, at the issuer's level, under
    its own name."""
    if not issuer:
        return
    units = [a for a in assignments if a.sector in _HEAD_WORD_SECTORS and bare_organisation_unit(a.agency)]
    if not units:
        return
    match = _issuer_match(issuer, level)
    if match is None or match.sector != "front_mass":
        return
    for a in units:
        body = without_title(a.agency)
        a.canonical, a.sector, a.level = " ".join(body.split()), "front_mass", match.level  # type: ignore[assignment]


def _council_committees_own_name(assignments: list[Assignment], name: str, own: AgencyMatch) -> None:
    """In a council committee's own text (its header "HỘI ĐỒNG NHÂN DÂN TỈNH
    X / BAN VĂN HÓA - XÃ HỘI"), its name alone, "Ban Văn hóa - Xã hội hoàn
    thành báo cáo …", is the issuer, the council's committee (``own``), as
    its full name "Ban Văn hóa - Xã hội HĐND tỉnh" is: not the department
    its words recall. Its deadlines are its assignment's."""
    key = fold(name)
    for a in assignments:
        if fold(without_title(a.agency)) == key:
            a.canonical, a.sector, a.level = own.canonical, own.sector, own.level  # type: ignore[assignment]


# A body's kind alone (folded), as the issuer names itself: "Lãnh đạo Cục" in
# a Cục's text is its own leadership.
_OWN_KIND_WORDS = frozenset(["bo", "so", "cuc", "tongcuc", "chicuc"])
_OWN_KIND_ENDINGS = (" Bộ", " Sở", " Cục", " cục")


def _own_leadership(assignments: list[Assignment], issuer: str | None, level: str | None) -> None:
    """A body named by its head's title over its kind alone, "Lãnh đạo Cục",
    "Lãnh đạo Sở", is the issuing body when the issuer is of that kind (a
    submission's "kính đề nghị Lãnh đạo Cục xem xét, ký …" in Cục Hóa chất's
    text asks Cục Hóa chất): its name is its canonical name."""
    if not issuer:
        return
    own = fold(issuer)
    for a in assignments:
        body = without_title(a.agency)
        kind = fold(body)
        if body != a.agency and kind in _OWN_KIND_WORDS and own.startswith(kind) and len(own) > len(kind):
            match = _issuer_match(issuer, level)
            if match is not None:
                a.canonical, a.sector, a.level = " ".join(issuer.split()), match.sector, match.level  # type: ignore[assignment]


def _own_generic_units(
    assignments: list[Assignment], issuer: str | None, level: str | None, addressed: bool
) -> None:
    """"Các đơn vị" (also "… nghiệp vụ", "… sự nghiệp trực thuộc") in a
    ministry's or department's plan or decision are its own units, not all
    departments (which they are in a government's text); in a letter
    (``addressed``) they are those it is sent to."""
    if addressed or not issuer:
        return
    # (and any named as the issuer's: "Các cơ quan, đơn vị truyền thông của Bộ")
    generic = [
        a
        for a in assignments
        if a.sector == "interdisciplinary" and ("cacdonvi" in fold(a.agency) or P.OWN_UNITS_TAIL.search(a.agency))
    ]
    if not generic:
        return
    match = _issuer_match(issuer, level)
    if match is None or match.level not in ("national", "province") or match.sector in _NOT_DEPARTMENTS:
        return
    units = classify_agency("Các đơn vị thuộc Bộ" if match.level == "national" else "Các đơn vị thuộc Sở", match.level)
    if units is None:  # pragma: no cover - the table names both
        return
    for a in generic:
        if not P.OTHER_BODIES_UNITS.search(a.agency):
            a.canonical, a.sector, a.level = _own_units_name(a.agency, units.canonical), units.sector, match.level  # type: ignore[assignment]


def _own_units_name(agency: str, unqualified: str | None) -> str | None:
    """The canonical name of the issuer's own units named as a class: one
    qualified by its field keeps it, "Các cơ quan, đơn vị truyền thông của
    Bộ" is "Các đơn vị truyền thông thuộc Bộ" (a class of its own, not every
    unit of the ministry); else ``unqualified``, "Các đơn vị thuộc Bộ"."""
    m = P.OWN_UNITS_QUALIFIED.match(without_title(agency))
    if unqualified is None or m is None or P.OWN_UNITS_KIND_WORDS.match(m["field"]):
        return unqualified
    return f"Các đơn vị {' '.join(m['field'].split())} thuộc {unqualified.rsplit(None, 1)[-1]}"


# issuers whose "các đơn vị" are the departments and bodies under them
_NOT_DEPARTMENTS = frozenset(["lower_government", "government", "council", "party", "front_mass", "interdisciplinary"])


def _commune_departments(assignments: list[Assignment], date: str | None) -> None:
    """In a commune's or ward's text since 1 July 2025, its departments
    ("Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã")
    are its own: of its level, under their own names, not a district's office
    nor the civil servant who did their work before the reform."""
    for a in assignments:
        canonical = commune_department(a.agency, date)
        if canonical is not None:
            a.canonical, a.level = canonical, "ward"
            # one serving several fields is in the field its tasks speak of
            a.sector = department_field(canonical, [t.text for t in a.tasks]) or a.sector


def _one_field_per_department(assignments: list[Assignment]) -> None:
    """A commune's department serving several fields ("Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội") is one body in one of them throughout a text:
    the field all its tasks, in every role, speak of most (each role's own
    tasks may speak of another of its fields, never of one outside its set),
    not finance in one item and industry and trade in the next."""
    bodies: dict[str, list[Assignment]] = {}
    for a in assignments:
        if a.canonical is not None and a.level == "ward":
            bodies.setdefault(a.canonical, []).append(a)
    for canonical, same in bodies.items():
        if len(same) < 2 or len({a.sector for a in same}) < 2:
            continue
        field = department_field(canonical, [t.text for a in same for t in a.tasks])
        if field is not None:
            for a in same:
                a.sector = field


def _names_before_merger(assignments: list[Assignment], date: str | None) -> None:
    """In a text dated before the departments merged (1 March 2025), a body
    named by its old name keeps it as its canonical one (see
    agencies.name_before_merger): two bodies then apart are not one."""
    for a in assignments:
        if a.canonical is not None:
            old = name_before_merger(a.agency, a.level, date)
            if old is not None:
                a.canonical = old


def _set_up_teams(assignments: list[Assignment], text: str) -> None:
    """A team or board the text sets up ("Thành lập Đoàn kiểm tra, gồm …")
    is a body: a body the table does not know, named as that team or by the
    team's name's opening words ("Đoàn Kiểm tra" of "Thành lập Đoàn kiểm tra
    liên ngành …"), takes its name as set up for its canonical one."""
    # (matched where "lập" is, in any case, its "thành" before it across any
    # spaces or a line's end, "THÀNH LẬP ĐOÀN", "thành\nlập"; not searched
    # through the whole text: the words are common, "thành lập doanh nghiệp …")
    found: list[tuple[int, list[str]]] = []
    for word in ("lập", "LẬP", "Lập"):
        at = text.find(word)
        while at >= 0:
            start = at
            while start > 0 and text[start - 1].isspace():
                start -= 1
            m = (
                P.SET_UP_TEAM.match(text, start - 5)
                if start >= 5 and start < at and text[start - 5 : start].lower() == "thành"
                else None
            )
            if m is not None:
                found.append((m.start(), m["name"].split()))
            at = text.find(word, at + 3)
    if not found:
        return
    teams = [t for _, t in sorted(found)]
    for a in assignments:
        if a.canonical is not None:
            continue
        words = without_title(a.agency).split()
        n = len(words)
        for team in teams:
            if 2 <= n <= len(team) and fold(" ".join(team[:n])) == fold(" ".join(words)):
                a.canonical = " ".join(team[:n])
                break


def _doers(assignments: list[Assignment], only_executing: Collection[str] = ()) -> set[str]:
    """The bodies (keys) that lead a task or are asked one: those another body
    may support. A body named only in the executors' clause ("Chủ tịch UBND
    các huyện chịu trách nhiệm thi hành Quyết định này") is given no task
    there (``only_executing``)."""
    return {
        k
        for a in assignments
        if a.role in ("lead", "requested") and (k := body_key(without_title(a.agency))) not in only_executing
    }


def _support_of_no_one(assignments: list[Assignment], doers: set[str]) -> None:
    """A body that "phối hợp với Y" right after its name supports Y only if Y
    leads (or is asked: ``doers``); where none of those it works with does, it
    does the task itself ("Cục A phối hợp với Cục B và các cơ quan liên quan
    tổ chức xây dựng Cơ sở dữ liệu …", Cục B leading nothing; Y given other
    tasks of its own is a partner, "Sở TN&MT phối hợp với UBND các huyện cập
    nhật quy hoạch …" beside "UBND các huyện: hỗ trợ nhà đầu tư …")."""
    for a in assignments:
        if a.role != "support" or not a.tasks:
            continue
        first = a.tasks[0]
        opening = first.text.lstrip("- ")
        if not _supports_after_names(opening, a.agency):
            continue
        if first.partners and not any(body_key(p) in doers for p in first.partners):
            a.role = "responsible"


def _support_parts(task: Task, agency: str, doers: set[str], holders: set[str]) -> tuple[str, list[str]]:
    """The task's own words and the words of its support, each a task of its
    own: a whole task opening with "Phối hợp …", or a clause of it after ";"
    or a sentence's end ("Chủ trì xây dựng trường học không khói thuốc lá;
    phối hợp với Sở Y tế thực hiện chỉ tiêu 3"); a task opening with the
    body's name and "phối hợp" (see _supports_after_names) when one of the
    bodies it names to work with leads or is asked (``doers``), as
    _support_of_no_one reads it; support naming its partners only
    generically, none given a task here (``holders``), is the body's own work."""
    text = task.text
    opening = text.lstrip("-+• ")
    if P.ROLE_SUPPORT.match(opening):
        return (text, []) if _generic_partners_only(opening, agency, holders) else ("", [text])
    if _supports_after_names(opening, agency):
        partners = _partners(text, agency)
        return ("", [text]) if not partners or any(body_key(p) in doers for p in partners) else (text, [])
    own: list[str] = []
    support: list[str] = []
    for lo, hi in _clauses(text):
        clause = text[lo:hi]
        said = clause.strip(" ;")
        if lo and P.ROLE_SUPPORT.match(said) and not _generic_partners_only(said, agency, holders):
            support.append(said)
        else:
            own.append(clause)
    return ("".join(own).rstrip(" ;"), support) if support else (text, [])


def _generic_partners_only(said: str, agency: str, holders: set[str]) -> bool:
    """Whether support work names whom it is done with only generically, none
    of them given a task here (``holders``): "Phối hợp chặt chẽ với chính
    quyền địa phương …", "phối hợp với các Bộ, ngành và địa phương liên quan
    …" support no one, so it is the body's own work (README; a body named by
    its name, "Phối hợp với Phòng Tài chính - Kế hoạch …", stays its partner)."""
    m = P.SUPPORT_WITH.match(said)
    if m is None:
        # whom it is done with after the work's object: "phối hợp xử lý chồng
        # chéo … với hoạt động kiểm tra của các cơ quan khác …" names no one
        # (not a body named there, "… tổ chức hội nghị với Sở Y tế")
        at = said.find(" với ", 0, 300)
        if at < 0 or not P.ROLE_SUPPORT.match(said):
            return False
        phrase = P.PARTNER_PHRASE_END.split(said[at + 5 :], 1)[0]
        return not any(w[:1].isupper() for w in phrase.split()) and not any(
            len(k) > 4 and k != body_key(agency) and k in body_key(phrase) for k in holders
        )
    for p in _partners(said, agency):
        if body_key(p) in holders or (p[:1].isupper() and "liên quan" not in p and not is_generic(p)):
            return False  # (a body named by its name is its partner, tasked here or not)
    if P.SECTOR_PARTNER.match(said, m.end()):
        return False  # "phối hợp với ngành Giáo dục và Đào tạo …": that field's body, named
    # (a partner named in lower case, by its kind, that holds tasks here:
    # "phối hợp với nhà đầu tư …", "… với tổ chức bảo hiểm y tế …"; in the
    # partner list only, not the task after it: "… với các đơn vị liên quan
    # hướng dẫn Công an xã …" works with no Công an xã)
    partners = said[m.end() :]
    end = _list_end(partners)
    named = body_key(partners[: end.start()] if end is not None else partners)
    own = body_key(agency)
    return not any(len(k) > 4 and k != own and k in named for k in holders)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Where the clauses of a task's text are (TASK_CLAUSE_END), each with the mark closing it."""
    ends = [m.end() for m in P.TASK_CLAUSE_END.finditer(text)]
    return list(zip([0, *ends], [*ends, len(text)], strict=True))


def _support_apart(assignments: list[Assignment], doers: set[str], tabled: set[int]) -> list[Assignment]:
    """Roles are per task: the support tasks of a body that leads or does
    other tasks (_support_parts: "5. Bộ Nông nghiệp và Môi trường" / "a) Chủ
    trì …" / "b) Phối hợp với Bộ Khoa học và Công nghệ …") are its support
    assignment, apart from its own work (with its support assignment from
    elsewhere, if it has one); each takes the deadlines and indicators said
    in its tasks only. A task table's row or a labelled item (its span's start
    in ``tabled``) has the role its column or label gives."""
    out: list[Assignment] = []
    apart: list[Assignment] = []
    # (the bodies given any task here: support "phối hợp với" one of them
    # named by its kind, "với nhà đầu tư", is support)
    holders = doers | {body_key(without_title(a.agency)) for a in assignments}
    for a in assignments:
        out.append(a)
        if a.role not in ("lead", "responsible") or not any("hối hợp" in t.text for t in a.tasks):
            continue
        own: list[Task] = []
        support: list[Task] = []
        for t in a.tasks:
            rest, parts = (
                _support_parts(t, a.agency, doers, holders) if "hối hợp" in t.text and t.span.start not in tabled else (t.text, [])
            )
            if not parts:
                own.append(t)
                continue
            if rest:
                own.append(_task_of(rest, t.span, a.agency))
            support += [t] if parts == [t.text] else [_task_of(p, t.span, a.agency) for p in parts]
        if not support:
            continue
        said = [t.text for t in support]
        kept = [t.text for t in own]
        deadlines = [d for d in a.deadlines if any(d.text in x for x in said) and not any(d.text in x for x in kept)]
        refs = _indicator_refs("\n".join(said)) if a.indicators else []
        own_refs = _indicator_refs("\n".join(kept)) if refs else []
        indicators = [i for i in a.indicators if i in refs]
        if not own:
            a.role = "support"
            apart.append(a)
            continue
        a.tasks = own
        a.deadlines = [d for d in a.deadlines if d not in deadlines]
        a.indicators = [i for i in a.indicators if i not in refs or i in own_refs]
        out.append(
            a.model_copy(
                update={"role": "support", "tasks": support, "deadlines": deadlines, "indicators": indicators, "span": support[0].span}
            )
        )
        apart.append(out[-1])
        if a.canonical is not None:
            # (a commune's department serving several fields: each part in the field its tasks speak of)
            for x in (a, out[-1]):
                x.sector = department_field(a.canonical, [t.text for t in x.tasks]) or x.sector
    return _supports_merged(out, apart) if apart else out


def _one_duty_each(assignments: list[Assignment], tabled: set[int]) -> None:
    """A task is one duty, one verb phrase and its object: each clause of a
    body's task after ";" or a sentence's end that opens with its own verb is
    a task of its own ("là cơ quan thường trực, chủ trì tham mưu …; phân công
    công chức địa chính thu thập …. Tổng hợp, báo cáo …": three), with its
    partners; a clause going on with the duty before stays with it
    (P.DUTY_OPENING: no verb of its own, or a body's clause), so do the items of a list
    opened by a colon ("… các nội dung sau: …; …"), and a verb's list of
    objects, "tuyên truyền, vận động …", and "chủ trì, phối hợp với …", a
    role, have no mark to part them. A task table's row or a labelled item
    (its span's start in ``tabled``) is the task its row or label gives."""
    for a in assignments:
        if not any(";" in t.text or ". " in t.text for t in a.tasks):
            continue
        out: list[Task] = []
        for t in a.tasks:
            parts = _duties(t.text, a.agency) if t.span.start not in tabled and (";" in t.text or ". " in t.text) else None
            if not parts:
                out.append(t)
                continue
            if _names_partners(t.text):
                out += [_task_of(p, t.span, a.agency) for p in parts]
            else:
                # (no word of partners in the whole, none in its parts: _partners not asked again)
                out += [Task(text=p, span=t.span) for p in parts]
        if len(out) > len(a.tasks):
            a.tasks = out


def _duties(text: str, agency: str) -> list[str] | None:
    """The duties of a task's text (see _one_duty_each), or None if it holds one."""
    starts = [0]
    listing = False  # (a colon opened a list the ";" clauses are items of)
    lo = 0
    mark = ""
    # (the clauses of _clauses, read from the marks' matches: each clause's
    # mark is its match's first character, no copy of the text before it)
    for m in [*P.TASK_CLAUSE_END.finditer(text), None]:
        hi = len(text) if m is None else m.end()
        if lo:
            if mark == ".":
                listing = False
            if not (listing or _duty_goes_on(text[lo:hi])):
                starts.append(lo)
        colon = text.find(":", lo, hi)
        if colon >= 0 and not (lo == 0 and _labels_body(text[:colon], agency)):
            listing = True
        if m is not None:
            lo, mark = hi, m.group()[0]
    if len(starts) == 1:
        return None
    parts = [text[a:b].strip().rstrip(" ;") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return parts if all(parts) else None


def _duty_goes_on(clause: str) -> bool:
    """Whether a clause of a task goes on with the duty before it: it opens
    with no duty's verb (P.DUTY_OPENING), or with a body's name (its own said
    again, or another's, read apart)."""
    said = clause.strip()
    if P.DUTY_OPENING.match(said) is None:
        return True
    return said[:1].isupper() and _opens_with_head_word(said)


def _labels_body(before: str, agency: str) -> bool:
    """Whether the words before a task's first colon are its body's name, the
    item's label ("Phòng Y tế: Hướng dẫn …"), no list's lead-in."""
    return bool(before.strip()) and body_key(without_title(before)) == body_key(without_title(agency))


def _task_of(text: str, span: Span, agency: str) -> Task:
    """A task of ``agency``'s words ``text`` (a clause of one of its tasks), with its partners."""
    task = Task(text=text, span=span)
    partners = _partners(text, agency)
    if partners:
        task.partners = partners
    return task


def _same_assignee(a: Assignment, b: Assignment) -> bool:
    """Whether two assignments are one body's: by its name (without its head's
    title, "UBND" spelt out), or one class of bodies by its canonical name
    ("Các bộ, ngành có liên quan", "các bộ, ngành, địa phương")."""
    if body_key(without_title(a.agency)) == body_key(without_title(b.agency)):
        return True
    return (
        a.canonical is not None
        and a.canonical == b.canonical
        and (a.level or "") == (b.level or "")
        and a.sector in _CLASS_SECTORS
        # (one item listing two of the class apart names two bodies: "Trưởng
        # thôn, Tổ trưởng tổ dân phố", each head of its own unit)
        and not (a.span is not None and a.span == b.span)
        and not _any_bodies(a.agency)
        and not _any_bodies(b.agency)
    )


def _supports_merged(assignments: list[Assignment], new: list[Assignment]) -> list[Assignment]:
    """``assignments`` with each of the support assignments ``new`` (among
    them) merged with another support assignment of its body, the first of
    the two kept (one body in one role is one assignment)."""
    out = list(assignments)
    for a in new:
        at = next((i for i, o in enumerate(out) if o is a), -1)
        same = next((i for i, o in enumerate(out) if o is not a and o.role == "support" and _same_assignee(o, a)), -1)
        if at < 0 or same < 0:
            continue
        first, later = (same, at) if same < at else (at, same)
        _absorb(out[first], out[later])
        del out[later]
    return out


def _partners_supporting(
    assignments: list[Assignment], only_executing: Collection[str], level: str | None, tabled: set[int]
) -> list[Assignment]:
    """The partners of a task its body leads ("chủ trì, phối hợp với …",
    _led_partners) that the document gives tasks of their own (to lead, carry
    or support; not only asked, nor named only in the executors' clause)
    support it: "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo …"
    beside "2. Sở Giáo dục và Đào tạo: …" gives that Sở the task as support,
    as a task table's "Cơ quan phối hợp" column does (its rows, in
    ``tabled``, gave theirs). Not the body a supporter works with ("Sở A
    phối hợp với Sở B …": Sở B does it), a co-lead ("Đồng chủ trì với Bộ
    Công Thương"), bodies named only as concerned ("các sở, ngành có liên
    quan"), nor a body given no task of its own (the plan may not task it:
    a ward's plan "phối hợp với Sở Y tế"): those stay its partners."""
    given = [
        a
        for a in assignments
        if a.role in ("lead", "responsible", "support") and body_key(without_title(a.agency)) not in only_executing
    ]
    out = list(assignments)
    new: list[Assignment] = []
    for a in assignments:
        if a.role not in ("lead", "responsible"):
            continue
        for t in a.tasks:
            if not t.partners or t.span.start in tabled:
                continue
            led: tuple[str, ...] | None = None  # (read only for a partner that may be one)
            for p in t.partners:
                if "liên quan" in p or is_generic(p) or _any_bodies(p):
                    continue
                if led is None:
                    led = _led_partners(t.text)
                if p not in led:
                    continue
                partner = _assigned(p, level, "support", [], t.span)
                same = next((g for g in given if _same_assignee(partner, g)), None)
                if same is None or _same_assignee(partner, a):
                    continue
                # (the clause naming it: "…; Chủ trì, phối hợp với UBND các xã triển khai …")
                said = next((t.text[lo:hi].strip(" ;") for lo, hi in _clauses(t.text) if p in t.text[lo:hi]), t.text)
                if _co_lead(said, [g for g in given if _same_assignee(partner, g)]):
                    continue
                # (the body's canonical name, sector and level as the document reads them)
                partner.canonical, partner.sector, partner.level = same.canonical, same.sector, same.level
                partner.tasks = [Task(text=said, span=t.span)]
                # (and the task's deadline: the clause's own, or where the
                # clause names none, the task's, said in a clause after it:
                # "Chủ trì, phối hợp với Bộ A rà soát …; báo cáo … trong quý IV năm 2012")
                # (said later in the clause's own sentence, not the task's other sentences)
                at = t.text.find(said)
                end = at + len(said.rstrip(" ."))
                stop = P.SENTENCE_END.search(t.text, end) if at >= 0 else None
                rest = t.text[end : stop.start() if stop else len(t.text)] if at >= 0 else ""
                in_task = [d for d in a.deadlines if d.span is not None and (_overlap(d.span, t.span) or d.span == t.span)]
                partner.deadlines = [
                    d.model_copy(update={"agency": p})
                    for d in (
                        [d for d in a.deadlines if d.text in said and (d.span is None or d in in_task)]
                        or [d for d in in_task if d.text in rest]
                    )
                ]
                # (a task supported twice, under the body's two names, is one of its tasks)
                twin = next((n for n in new if _same_assignee(n, partner)), None)
                if twin is None:
                    out.append(partner)
                    new.append(partner)
                else:
                    _absorb(twin, partner)
    return _supports_merged(out, new) if new else out


# "xã" names the commune level itself (cấp xã): "UBND các xã" is every unit
# of it, as "UBND các xã, phường" and "UBND cấp xã" are, where the document
# sets no other kind of the level apart ("UBND các phường", "… các thị trấn",
# "… các đặc khu": then "các xã" are the communes only).
_COMMUNES = "UBND các xã"
_COMMUNES_LEVEL = "UBND cấp xã"
_OTHER_COMMUNE_KINDS = frozenset(["UBND các phường", "UBND các thị trấn", "UBND các đặc khu"])


def _communes_as_their_level(assignments: list[Assignment]) -> None:
    """"UBND các xã" is the commune level's canonical body, "UBND cấp xã",
    unless the document names another kind of that level apart (see _COMMUNES)."""
    if any(a.canonical in _OTHER_COMMUNE_KINDS for a in assignments):
        return
    for a in assignments:
        if a.canonical == _COMMUNES:
            a.canonical = _COMMUNES_LEVEL


def _co_lead(said: str, partners: list[Assignment]) -> bool:
    """Whether a partner named in a lead's clause ``said`` leads the same
    task itself: the plan's task item both name by its number ("Chủ trì,
    phối hợp với Công an tỉnh bảo đảm an toàn thông tin … (nhiệm vụ 8)" beside
    "Công an tỉnh: Chủ trì thực hiện nhiệm vụ 6, nhiệm vụ 8"): a co-lead, no
    supporter (``partners``: that body's assignments)."""
    low = said.lower()
    if "nhiệm vụ" not in low and "nội dung" not in low:
        return False
    mine = _led_numbers(said)
    return bool(mine) and any(
        mine & _led_numbers(x.text) for g in partners if g.role in ("lead", "responsible") for x in g.tasks
    )


def _led_numbers(text: str) -> set[tuple[str, str | None, str, str | None]]:
    """The plan's task items ``text`` takes on by their numbers, as
    _numbered_tasks_given reads them (not those it only helps with or
    oversees, "phối hợp thực hiện nhiệm vụ 3"): (word, part, item, sub)."""
    low = text.lower()
    if "nhiệm vụ" not in low and "nội dung" not in low:
        return set()
    out: set[tuple[str, str | None, str, str | None]] = set()
    for m in P.TASK_NUMBER_REFS.finditer(text):
        clause = low[max(low.rfind(";", 0, m.start()), low.rfind(".", 0, m.start()), 0) : m.start()]
        if "chủ trì" not in clause and any(w in clause for w in _OVERSEEING):
            continue
        word = "noidung" if low.startswith("nội dung", m.start()) else "nhiemvu"
        for n in P.TASK_NUMBER_REF_ITEM.finditer(m["list"]):
            out.add((word, n["part"] or m["part"], n["item"], n["sub"]))
    return out


@lru_cache(maxsize=1024)  # (a task shared by several bodies is asked once for each)
def _led_partners(text: str) -> tuple[str, ...]:
    """The bodies a task's lead works with: named after "chủ trì, phối hợp
    (với)" ("Chủ trì, phối hợp với Sở Y tế …"), or after a co-lead's "phối
    hợp với" ("Đồng chủ trì với Bộ Công Thương, phối hợp với Bộ Tài chính":
    Bộ Tài chính, the co-lead leading); not a class in a list of the bodies
    concerned ("các Bộ, ngành và các địa phương liên quan")."""
    out: list[str] = []
    for m in P.PARTNERS.finditer(text):
        listed = m["names"]
        if m.group(0)[:1] in "Đđ":
            at = listed.find(" phối hợp")
            if at >= 0:
                out += [n for n, _ in _partner_names(listed[at + 1 :])]
        elif P.LEAD_BEFORE_PARTNERS.search(text, max(0, m.start() - 24), m.start()):
            names = bodies_heading(listed)
            if any("liên quan" in n and not _any_bodies(n) for n in names):
                # (a class in a list of the concerned: "các Bộ, ngành và các địa
                # phương liên quan"; not beside the others concerned, "các bộ,
                # ngành, địa phương và các cơ quan liên quan")
                names = [n for n in names if n[:3] not in ("các", "Các")]
            out += names
    return tuple(out)


def _with_table_rows(
    ct: CleanText,
    deadlines: list[Deadline],
    owners: dict[tuple[int, str], list[Assignment]],
    owner: dict[tuple[int, str], str],
    flat_rows: set[int] | frozenset[int] = frozenset(),
) -> list[Deadline]:
    """The document's deadlines with each task table row's at its row: the
    list reads the table as one text, placing a dated cell ("Trước 30/9/2026")
    at the whole table and a bare one ("Quý II/2026", "Thường xuyên") nowhere;
    the row's assignment has it at its row, with its owner. ``flat_rows``:
    where the rows of a table with no bars start (see ``_from_flat_rows`` and
    ``_from_cell_lines``)."""
    listed = {(d.span.start, d.text) for d in deadlines if d.span is not None}
    out = list(deadlines)
    for key, bodies in owners.items():
        # (a cell listing months gives one deadline each at its row: "Tháng 4,
        # tháng 6 và tháng 8/2026", the cell's text and span the same)
        rows = [x for x in bodies[0].deadlines if x.span is not None and (x.span.start, x.text) == key]
        if not rows or key in listed:
            continue
        row = rows[0]
        assert row.span is not None
        # (a row's line holds its cells' bars, from its first or after its
        # number: "| 1 | Rà soát … |", "1 | Rà soát … | Tháng 6/2025")
        line_at = ct.source.rfind("\n", 0, row.span.start) + 1
        line_end = ct.source.find("\n", line_at)
        if row.span.start not in flat_rows and not ct.cells_in(line_at, line_end if line_end >= 0 else len(ct.source)):
            continue  # (not a table's row)
        wide = next(
            (
                d
                for d in out
                if d.span is not None
                and d.text == row.text
                and d.span.start <= row.span.start
                and row.span.end <= d.span.end
                and (d.span.start, d.text) not in owners
            ),
            None,
        )
        if wide is not None:
            out[out.index(wide)] = wide.model_copy(update={"span": row.span, "agency": owner[key]})
        else:
            out.append(row.model_copy(update={"agency": owner[key]}))
        out += [x.model_copy(update={"agency": owner[key]}) for x in rows[1:]]
        listed.add(key)
    if len(out) == len(deadlines) and all(a is b for a, b in zip(out, deadlines, strict=True)):
        return deadlines
    # (in the text's order)
    return sorted(out, key=lambda d: d.span.start if d.span is not None else -1)


def _with_time_fields(
    deadlines: list[Deadline],
    owners: dict[tuple[int, str], list[Assignment]],
    owner: dict[tuple[int, str], str],
    fields: list[tuple[Span, Span]],
) -> list[Deadline]:
    """The document's deadlines with each labelled item's time field read as
    a task table's time cell ("- Thời gian thực hiện: Hằng tuần." weekly,
    "Quý I/2026" as it is), in place of what the text's scan read on its line;
    a date the item's own words said already is that one (a table's row
    holds it once)."""
    out = list(deadlines)
    for field, item in fields:
        on_line = [d for d in out if d.span is not None and field.start <= d.span.start < field.end]
        said = {
            fold(d.text)
            for d in out
            if d.span is not None and item.start <= d.span.start < item.end and not field.start <= d.span.start < field.end
        }
        rows: list[Deadline] = []
        for key, bodies in owners.items():
            if not field.start <= key[0] < field.end:
                continue
            row = next((x for x in bodies[0].deadlines if x.span is not None and (x.span.start, x.text) == key), None)
            if row is not None:  # (a key whose deadline a later step dropped gives none)
                rows.append(row.model_copy(update={"agency": owner[key]}))
        if not rows:
            continue
        gone = {id(d) for d in on_line}
        out = [d for d in out if id(d) not in gone] + [x for x in rows if fold(x.text) not in said]
    # (in the text's order)
    return sorted(out, key=lambda d: d.span.start if d.span is not None else -1)


_ASKED_ROLES = ("recommended", "requested")


def _row_owner(d: Deadline, assignments: list[Assignment]) -> str | None:
    """The body a task table's row gives a deadline of the section holding the
    table (the row's lead, before its partners): the assignment's deadline
    has the row's span, inside the section's."""
    if d.span is None:
        return None
    inside = [
        a
        for a in assignments
        for x in a.deadlines
        if x.text == d.text
        and x.span is not None
        and d.span.start <= x.span.start
        and x.span.end <= d.span.end
        and (x.span.start, x.span.end) != (d.span.start, d.span.end)  # (a row's, narrower)
        and x.span.line == x.span.end_line
    ]
    lead = [a for a in inside if a.role == "lead"] or inside
    return lead[0].agency if lead else None


def _of_the_plans_year(indicators: list[Indicator], ct: CleanText, title: Span | None) -> list[Indicator]:
    """Targets stated with no year, in a plan whose title names one year and
    no other ("Kế hoạch … năm 2024", not "đến năm 2030, tầm nhìn đến năm
    2045"), are that year's (not a report's: its figures are results); in one
    whose title names one span of years, the school year's opening year
    ("năm học 2026 - 2027": 2026) or the period's last ("giai đoạn 2026 -
    2030": 2030)."""
    if title is None or not any(t.year is None for i in indicators for t in i.targets):
        return indicators
    years = {y.group(0) for y in P.YEAR.finditer(ct.source, title.start, title.end)}
    if len(years) == 2 and (span := P.PLAN_OF_YEARS.search(ct.source, title.start, title.end)):
        # a school year's or a period's: "năm học 2026 - 2027" (2026), "giai
        # đoạn 2026 - 2030" (2030)
        first, last = int(span["first"]), int(span["last"])
        if last <= first or (span["school"] and last != first + 1):
            return indicators
        year = first if span["school"] else last
        for i in indicators:
            # (not a line that names a year of its own, a start, "Từ năm 2027,
            # triển khai …": its line gives one, the title none; a baseline,
            # "so với cùng kỳ năm 2023", is no year of the line's)
            if any(t.year is None for t in i.targets) and not any(
                "so với" not in i.text[max(0, y.start() - 20) : y.start()].lower() for y in P.YEAR.finditer(i.text)
            ):
                i.targets = [t if t.year or _yearly(i.text, t) else t.model_copy(update={"year": year}) for t in i.targets]
        return indicators
    else:
        m = P.PLAN_OF_ONE_YEAR.search(ct.source, title.start, title.end)
        if m is None or len(years) != 1 or P.YEAR_SPAN.search(ct.source, title.start, title.end):
            return indicators  # (a title naming years apart: "đến năm 2030, tầm nhìn đến năm 2045")
        year = int(m["year"])
    for i in indicators:
        if any(t.year is None for t in i.targets):
            i.targets = [t if t.year or _yearly(i.text, t) else t.model_copy(update={"year": year}) for t in i.targets]
    return indicators


def _yearly_floors(indicators: list[Indicator]) -> list[Indicator]:
    """A count aimed at every year, "Mỗi năm có ít nhất 5.000 lượt phụ nữ
    được khám sàng lọc …", "… đạt 200 hộ hằng năm", is a target of each year
    of the plan, of no one year (as ``_yearly`` keeps one from the title's):
    its year dropped where only its part's heading gave one ("II. CHỈ TIÊU
    ĐẾN NĂM 2030"); not a clause naming its own year, a share ("%"), nor the
    year of money or a plan ("ngân sách hằng năm", P.EVERY_YEAR_NOUN)."""
    for i in indicators:
        text = i.text
        if not ("năm" in text or "NĂM" in text):
            continue
        targets = list(i.targets)
        for k, t in enumerate(targets):
            at = text.find(t.text)
            if at < 0 or t.unit in (None, "%", "‰") or "/" in (t.unit or ""):
                continue
            start = max(text.rfind(";", 0, at), text.rfind(". ", 0, at)) + 1
            ends = [e for e in (text.find(";", at), text.find(". ", at)) if e >= 0]
            end = min(ends) if ends else len(text)
            every = P.EVERY_YEAR.search(text, start, end)
            if every is None or P.EVERY_YEAR_NOUN.search(text[max(start, every.start() - 25) : every.start()]):
                continue
            if P.YEAR.search(text, start, end):
                continue  # (its own year: "Năm 2026 …, mỗi năm …")
            if t.year is not None:
                targets[k] = t.model_copy(update={"year": None})
        i.targets = targets
    return indicators


def _yearly(text: str, t: Target) -> bool:
    """Whether a target recurs every year, due by none ("Trồng mới 500 ha rừng
    mỗi năm", "1.250 ha/năm"): said so in its clause of ``text``."""
    unit = t.unit or ""
    if unit.endswith("/năm"):
        # (a rate per head per year, "72 triệu đồng/người/năm", is a level
        # measured over the plan's year, no amount repeated every year)
        return unit.count("/") < 2
    at = text.find(t.text)
    if at < 0 or not ("năm" in text or "NĂM" in text):
        return False
    if text.startswith("/năm", at + len(t.text)):
        return True  # ("1.250 ha/năm": the unit read without it)
    start = max(text.rfind(";", 0, at), text.rfind(". ", 0, at)) + 1
    ends = [k for k in (text.find(";", at), text.find(". ", at)) if k >= 0]
    return P.EVERY_YEAR.search(text, start, min(ends) if ends else len(text)) is not None


def _in_blank_form(source: str, span: Span | None) -> bool:
    """Do the lines ``span`` stands on hold a blank form's numbered
    placeholder ("…(3)…", ``P.FORM_NUMBERED_BLANK``)?"""
    if span is None:
        return False
    start = source.rfind("\n", 0, span.start) + 1
    end = source.find("\n", span.end)
    line = source[start : end if end >= 0 else len(source)]
    return _may_hold_blank(line) and P.FORM_NUMBERED_BLANK.search(line) is not None


def _may_hold_blank(text: str) -> bool:
    """Whether ``text`` holds one of the marks beside a blank form's numbered
    placeholder (``P.FORM_NUMBERED_BLANK_MARKS``), which its search needs.
    Each mark holds a bracket at one end: the text's few brackets are found
    and what stands beside each is tested (twelve scans of a whole text for
    the marks cost ~20 times as much)."""
    before_open, after_close = P.FORM_BLANK_BEFORE_OPEN, P.FORM_BLANK_AFTER_CLOSE
    at = text.find("(")
    while at >= 0:
        if text[max(0, at - 3) : at].endswith(before_open):
            return True
        at = text.find("(", at + 1)
    at = text.find(")")
    while at >= 0:
        if text[at + 1 : at + 4].startswith(after_close):
            return True
        at = text.find(")", at + 1)
    return False


_HELD_INITIALS = "TtĐđLlBbKkCc"  # (the first letters of HELD_TIME's labels: a cheap test before it)


def _narrated(d: Deadline, date: str | None, title: Span | None, accounting: bool = False) -> bool:
    """A date that is no deadline of the document's: one that had passed when
    it was issued ("Bộ X đề nghị báo cáo trước ngày 05/02/2026" retold in a
    letter of May), or in its title ("V/v báo cáo định kỳ …"); in a text
    giving an account (``accounting``: a report, minutes, a submission, a
    notice, an invitation), also a month, quarter or year that had ended by
    then (a report's "Trong tháng 10/2025, Phòng … tổ chức 03 lớp tập huấn",
    "… hoàn thành trong quý IV/2025" in a report of January 2026: when it was
    done; a plan issued late keeps its schedule's "Quý I/2026"). Compared on
    what both dates give: a letter of "2026-04" keeps "08/4/2026", a report
    of 12/01/2026 "trong tháng 01/2026"."""
    if title is not None and d.span is not None and d.span.start < title.end and title.start < d.span.end:
        return True
    if not (date and d.year and (accounting or (d.month and d.day))):
        return False
    # (a period by its last month: a quarter's and a month's are kept as its month)
    due = f"{d.year:04d}" if not d.month else f"{d.year:04d}-{d.month:02d}" if not d.day else f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    return due[: len(date)] < date[: len(due)]


def extract_assignments(
    ct: CleanText,
    sections: list[Section],
    *,
    start: int = 0,
    end: int | None = None,
    level: str | None = None,
    lead: list[LogicalLine] | None = None,
    issuer: str | None = None,
    addressees: list[str] | None = None,
    date: str | None = None,
    title: Span | None = None,
    informing: bool = False,
    issuer_name: str | None = None,
    tasking: bool = False,
    recommending: bool = False,
    guiding: bool = False,
    licensing: bool = False,
    in_force: str | None = None,
    article: bool = False,
    inviting: bool = False,
    parties: list[str] | None = None,
    issuer_parent: str | None = None,
    accounting: bool = False,
) -> tuple[list[Assignment], list[Indicator], list[Deadline], list[Funding]]:
    """Assignments, indicators, deadlines and funding of the body between
    cleaned-text offsets ``start`` and ``end``; ``lead``: its paragraphs before
    its first item (see ``segment._lead``); ``issuer`` and ``addressees``: the
    document's, for a letter's requests; ``date`` and ``title``: the
    document's (a deadline before its date, or in its title, is none of its);
    ``informing``: a notice, report or minutes, whose items' requests are its
    own as a letter's are (see ``tables.informing_types``); ``issuer_name``:
    the issuer's name as a name ("Phòng Lao động - Thương binh và Xã hội"), for
    what it owns when it names itself by its kind ("Phòng sẽ …"); ``tasking``:
    a plan or directive, whose tasks may set targets (see
    ``tables.tasking_types``); ``recommending``: a report or submission, whose
    requests in its Kiến nghị / Đề xuất part are its recommendations;
    ``guiding``: a guidance (Hướng dẫn), whose items are its tasks: an item
    opening with a body and its verb gives that body the item in any part
    (see ``tables.guiding_types``); ``licensing``: a licence, whose body's
    duties are assigned as a letter's are (see ``tables.licensing_types``); ``in_force``: the date the text takes
    effect (``Header.effect``, see ``extract.effect``), for limits counted
    from it; ``article``: a news article, which sets no deadline of its own
    (the dates it reports, "Được biết, UBND tỉnh yêu cầu … trước ngày
    15/4/2026", are those of the plan it reports on); ``inviting``: an
    invitation (see ``tables.inviting_types``), whose time lines ("Thời gian:
    14 giờ 00 phút, ngày 29/6/2026") say when its meeting is held, no deadline;
    ``parties``: a joint text's issuers (issuer and co-issuers), whom "hai
    bên", "ba bên" and its heading on shared duties name (``_joint_parties``);
    ``issuer_parent``: the header's line above the issuer's ("HỘI ĐỒNG NHÂN
    DÂN TỈNH X" over "BAN VĂN HÓA - XÃ HỘI"), whose committee it is;
    ``accounting``: a text of an account type (``tables.account_types``: a
    report, minutes, a submission, a notice, an invitation), in which a
    period that had ended by its date tells when something was done (see
    ``_narrated``)."""
    # (the tree walked once for its readers: see _walk)
    _WALKS.append(_walked(sections))
    try:
        return _extract_assignments(
            ct,
            sections,
            start=start,
            end=end,
            level=level,
            lead=lead,
            issuer=issuer,
            addressees=addressees,
            date=date,
            title=title,
            informing=informing,
            issuer_name=issuer_name,
            tasking=tasking,
            recommending=recommending,
            guiding=guiding,
            licensing=licensing,
            in_force=in_force,
            article=article,
            inviting=inviting,
            parties=parties,
            issuer_parent=issuer_parent,
            accounting=accounting,
        )
    finally:
        _WALKS.pop()


def _extract_assignments(
    ct: CleanText,
    sections: list[Section],
    *,
    start: int = 0,
    end: int | None = None,
    level: str | None = None,
    lead: list[LogicalLine] | None = None,
    issuer: str | None = None,
    addressees: list[str] | None = None,
    date: str | None = None,
    title: Span | None = None,
    informing: bool = False,
    issuer_name: str | None = None,
    tasking: bool = False,
    recommending: bool = False,
    guiding: bool = False,
    licensing: bool = False,
    in_force: str | None = None,
    article: bool = False,
    inviting: bool = False,
    parties: list[str] | None = None,
    issuer_parent: str | None = None,
    accounting: bool = False,
) -> tuple[list[Assignment], list[Indicator], list[Deadline], list[Funding]]:
    """``extract_assignments``, its section tree walked already (see ``_walk``)."""
    lo = ct.to_source(start)
    hi = ct.to_source(end, end=True) if end is not None else len(ct.source)
    assignments: list[Assignment] = []
    top = [s for s in sections if _in_range(s.span, lo, hi)]
    every_lead = lead or []
    if not addressees and not informing and top:
        # a plan's closing paragraphs after its items ("Trên đây là Kế hoạch
        # …, đề nghị các đơn vị …", "Định kỳ …, các đơn vị báo cáo …./.")
        # restate its items to all concerned: their dates are its deadlines,
        # their requests no one's tasks
        # (the last item of the text's own body: an appendix after its
        # signature, "PHỤ LỤC" / "NHIỆM VỤ CỤ THỂ …", follows its closing
        # paragraphs, "Văn phòng Chính phủ theo dõi, đôn đốc …./.")
        own = [s for s in top if s.kind != "appendix"]
        last = (own or top)[-1].span.end
        lead = [ll for ll in every_lead if ll.src_start < last]
    read: list[Span] = []  # (the implementation parts read: a plan may have two)
    top_ids = {id(s) for s in top}
    for s in _walk_of(sections, ("roman", "part", "arabic", "article")):
        kind = s.kind  # (read once: see _from_body_items)
        heading = s.heading or ""
        if (
            (
                P.IMPLEMENTATION_HEADING.search(heading)
                or (kind == "article" and P.SUPERVISION_HEADING.match(heading))
                # an item headed by the label alone, its sentence after it ("4. Phân công: Sở A chủ trì; …")
                or (
                    kind != "article"
                    and not s.children
                    and heading.lstrip()[:1] in P.ASSIGNING_LABEL_INITIALS
                    and P.ASSIGNING_LABEL.match(heading) is not None
                )
            )
            and _in_range(s.span, lo, hi)
            and not any(r.start <= s.span.start < r.end for r in read)
            and not _closing_item(ct, top, s)
        ):
            if s.kind == "part" and any(c.kind == "article" for c in s.children):
                # a chapter of articles ("Chương V. TỔ CHỨC THỰC HIỆN"): an
                # article headed by a body alone ("Điều 21. Bộ Giao thông vận
                # tải") gives it its clauses; the others are read as articles
                # on duties, or as none
                for art in s.children:
                    head = (art.heading or "").strip()
                    if art.kind == "article" and head and _looks_like_agency(head) and _is_body_name(head):
                        assignments.append(_assignment(ct, head, art, False, level, _full_text(art)))
                continue
            paragraphs = (
                _paragraph_items(ct, s)
                # (an item: only its sentence giving out the parts, "Sở A chủ trì; Sở B …";
                # a part numbered "4. TỔ CHỨC THỰC HIỆN" is a part as "IV." is)
                if not s.children
                and (
                    s.kind in ("roman", "part")
                    or (s.kind == "arabic" and (";" in s.text or (id(s) in top_ids and _is_upper(s.heading or ""))))
                )
                else []
            )
            found = _from_items(ct, s.children or paragraphs, level)
            # another part ("III. NHIỆM VỤ VÀ PHÂN CÔNG" / "V. TỔ CHỨC THỰC
            # HIỆN") adds the bodies the first did not name
            assignments += _unseen(assignments, found) if read else found
            read.append(s.span)
    for s in top if read else ():
        # a reporting-regime part beside the implementation one ("III. CHẾ ĐỘ
        # BÁO CÁO"): each clause opening with bodies gives them their duty
        heading = s.heading or ""
        if (
            s.kind in ("roman", "part", "arabic")
            and heading.lstrip()[:1] in "CcTt"
            and P.REPORTING_REGIME_HEADING.match(heading)
            and _in_range(s.span, lo, hi)
            and not any(r.start <= s.span.start < r.end for r in read)
        ):
            items = s.children or _clause_items(ct, _paragraph_items(ct, s) if not s.children else [])
            assignments += _unseen(assignments, _from_items(ct, items, level))
    for s in _walk_of(sections, ("roman", "part", "arabic")) if read else ():
        # the funding part sets no task, but a sentence of it naming a body
        # the lead is one: "IV. KINH PHÍ THỰC HIỆN" / "… các nguồn hợp pháp
        # khác. Vụ Kế hoạch - Tài chính chủ trì tổng hợp, bố trí kinh phí …"
        heading = s.heading or ""
        if (
            heading.lstrip()[:1] in "KkNn"
            and P.FUNDING_HEADING.search(heading, 0, None, False)
            and "chủ trì" in s.text
            and _in_range(s.span, lo, hi)
            and not any(r.start <= s.span.start < r.end for r in read)
        ):
            assignments += _unseen(assignments, _funding_leads(ct, s, level))
    if not read and title is not None and "phancong" in fold(ct.source[title.start : title.end]):
        # a division of duties by leader ("Phân công nhiệm vụ của Chủ tịch, các
        # Phó Chủ tịch …" / "II. PHÓ CHỦ TỊCH UBND PHƯỜNG - ông Lê Minh Tuấn"):
        # a part headed by a leader's post holds that leader's tasks
        leaders = [s for s in top if s.kind in ("roman", "part", "arabic") and s.heading and _member_assignee(s.heading)]
        assignments += _from_items(ct, leaders, level) if leaders else []
    if not assignments:
        # no implementation part, or one that names no body (a letter's
        # closing "3. Tổ chức thực hiện" after its items headed by bodies)
        assignments += _from_addressed_lists(ct, top, level)
    # each further reading adds what the earlier ones did not find: a body
    # they found keeps its tasks, and gains only tasks from elsewhere
    if ct.text.find("Giao ", lo, hi) >= 0 or ct.text.find("GIAO ", lo, hi) >= 0:  # (before the walk)
        assignments += _unseen(assignments, _from_give_items(ct, sections, lo, hi, level))
    assignments += _unseen(assignments, _from_duty_headings(ct, sections, lo, hi, level))
    assignments += _unseen(assignments, _from_body_articles(ct, sections, lo, hi, level))
    assignments += _unseen(assignments, _from_duty_clauses(ct, sections, lo, hi, level))
    assignments += _unseen(assignments, _from_duty_items(ct, sections, lo, hi, level))
    if ct.text.find("yêu cầu ", lo, hi) >= 0:  # (before the walk)
        assignments += _unseen(assignments, _from_addressed_lead_ins(ct, sections, lo, hi, level))
    assignments += _unseen(assignments, _from_sentences(ct, sections, lo, hi, level, lead or [], body_key(issuer) if recommending and issuer else None))
    issuer_keys = tuple(fold(n) for n in (issuer, issuer_name, issuer_parent) if n)
    # (a report's, minutes' or a submission's, the account types that are no
    # notice nor invitation: see _committee_lead_in)
    reporting = accounting and not tasking and not inviting
    assignments += _unseen(assignments, _from_body_items(ct, sections, lo, hi, level, issuer_keys, date, reporting))
    if guiding:
        assignments += _unseen(assignments, _from_guidance_items(ct, sections, lo, hi, level, read))
    closing = [ll for ll in every_lead if ll not in (lead or [])]
    if lead and top and (addressees or informing):
        # (a text to its addressees reads all its paragraphs as its lead: its
        # closing ones are those after its items, "Yêu cầu … nghiêm túc thực
        # hiện … . Văn phòng HĐND và UBND xã theo dõi, đôn đốc …./.")
        own = [s for s in top if s.kind != "appendix"]
        last = (own or top)[-1].span.end
        closing += [ll for ll in lead if ll.src_start >= last]
    if closing:
        assignments += _unseen(assignments, _from_closing_duties(ct, closing, level))
    # the executors' clause last: a body given a task elsewhere keeps that one
    # (named there by its head's title or not: "Giám đốc Sở Y tế", "Sở Y tế"),
    # and the clause's duty joins its own work
    executors = _from_executors(ct, sections, lo, hi, level)
    only_executing: set[str] = set()  # (bodies given no task but the executors' clause)
    executing_spans: set[tuple[int, int]] = set()  # (where that clause's tasks stand)
    if executors:
        bodies = {fold(without_title(a.agency)) for a in assignments}
        executing = [a for a in executors if fold(without_title(a.agency)) not in bodies]
        _executing_too([a for a in executors if fold(without_title(a.agency)) in bodies], assignments)
        assignments += executing
        only_executing = {body_key(without_title(a.agency)) for a in executing}
        executing_spans = {(t.span.start, t.span.end) for a in executing for t in a.tasks}
    # (a body found before keeps its role and gains what it is asked)
    assignments += _unseen(assignments, _from_requests(ct, lead or [], top, level, issuer, addressees or [], informing, licensing))
    if any(w in ct.text for w in ("NGHỊ", "nghị")):  # (a walk saved where no part asks)
        assignments += _unseen(assignments, _from_request_parts(ct, sections, lo, hi, level))
    if P.ALIAS.search(ct.text, 0, hi):  # (a term defined for bodies: rare; "(" leads, a cheap scan)
        defined = _unseen(assignments, _from_defined_term_heads(ct, sections, lo, hi, level))
        # (a point "Đề nghị Thanh tra tỉnh phối hợp …" under it is the term's bodies' request)
        assignments = [
            a for a in assignments
            if not (a.role == "requested" and a.span and any(d.span and d.span.start < a.span.start < d.span.end for d in defined))
        ] + defined
    same_as = _defined_names(ct.text, issuer_name)
    # (a council's committee issuing: its header's first line names the council)
    own_committee = council_committee(issuer_name, issuer_parent, level) if issuer_parent and issuer_name else None
    if own_committee is not None and own_committee.canonical:
        # (its name alone is its full name's: one body, "Ban Văn hóa - Xã hội" and "… HĐND tỉnh")
        same_as = _OwnCommitteeName(fold(issuer_name or ""), own_committee.canonical, same_as).name_of
    table_rows = _from_tables(ct, lo, hi, level)
    # (a body named in another's item and given an item of its own is that item's)
    assignments = _mentions_in_own_items(ct, assignments)
    assignments = _without_cut_names(_merge_repeated(assignments, same_as, level)) + table_rows
    flat_rows: set[int] = set()  # (where the rows of a table with no bars start)
    # (where the rows of a task table and labelled items start: their roles are their columns' and labels')
    tabled = {a.span.start for a in table_rows}
    if _holds_a_table_header(ct.text, P.CELL_TABLE_NUMBER_HEADER):
        cell_rows = _from_cell_lines(ct, lo, hi, level)
        flat_rows = {a.span.start for a in cell_rows}
        assignments += cell_rows
    if _holds_a_table_header(ct.source, P.FLAT_TABLE_HEADER):  # (its lines as written: the clean text joins rows)
        flat = _from_flat_rows(ct, lo, hi, level)
        flat_rows |= {a.span.start for a in flat}
        assignments += flat
    time_fields: list[tuple[Span, Span]] = []  # (each labelled item's time field and the item)
    labels = "chủ trì" in ct.text or "thực hiện:" in ct.text  # (labels hold one of these)
    # (or an item's closing sentence: "… . Phòng A thực hiện.")
    if labels or "thực hiện." in ct.text:
        labelled = _from_labelled_items(ct, sections, lo, hi, level, time_fields, labels=labels)
        if labelled:
            # (an item read elsewhere as its body's gives way to its labels)
            spans = {a.span.start for a in labelled if a.span is not None}
            assignments = [a for a in assignments if a.span is None or a.span.start not in spans] + labelled
            tabled |= spans
    if any(s.kind == "appendix" for s in sections) and "chịu trách nhiệm" in ct.text:
        sheets = _from_indicator_sheets(ct, sections, lo, hi, level)
        if sheets:
            # (their roles are their labels')
            assignments += sheets
            tabled |= {a.span.start for a in sheets if a.span is not None}
    _role_holders_named(assignments, ct.source)
    # one body in one role is one assignment, a table's rows and labelled
    # items too (each task and deadline keeps its own row's span)
    if any(a.canonical == _COMMUNES for a in assignments):  # (a cheap test)
        _communes_as_their_level(assignments)
    assignments = _merge_repeated(assignments, same_as, level)
    _kinds_listed_with_named(ct, assignments)
    _own_units_in_issuers_sector(assignments, issuer, level)
    _service_units_own_staff(assignments, issuer, level)
    _own_office(assignments, issuer, level)
    if any(a.agency.startswith(("Ban ", "Văn phòng", "Chánh", "Trưởng")) for a in assignments):  # (a cheap test)
        _organisations_own_units(assignments, issuer_name or issuer, level)
    if any(a.agency.endswith(_OWN_KIND_ENDINGS) for a in assignments):  # (rare: a cheap test)
        _own_leadership(assignments, issuer_name or issuer, level)
    if own_committee is not None:
        _council_committees_own_name(assignments, issuer_name or "", own_committee)
    _own_generic_units(assignments, issuer, level, bool(addressees))
    if level == "ward":
        _commune_departments(assignments, date)
    for a in assignments:
        if "trực thuộc" in a.agency and a.level == "province" and (under := directly_under_province_level(a.agency, date)):
            a.level = cast(Level, under)  # "Các đảng ủy trực thuộc Tỉnh ủy" since 1 July 2025: the wards' committees
    _names_before_merger(assignments, date)
    _set_up_teams(assignments, ct.text)  # (its own cheap test: "lập" found)
    named_twice = _short_names(ct.text, assignments, level) if "(" in ct.text or any(a.sector == "ad_hoc_councils" for a in assignments) else frozenset()
    assignments = _one_per_class(assignments, named_twice)
    if addressees or informing:
        _firms_required(ct, assignments)
    if addressees or informing:
        assignments = _resolved_referents(ct, assignments, addressees or [], lo, level)
    for a in assignments:
        if len(a.tasks) > 1:
            _without_repeated_tasks(a)
    if addressees and len(assignments) > 1:
        assignments = _one_addressed_class(assignments, addressees)
    for a in assignments:
        for t in a.tasks:
            partners = _partners(t.text, a.agency)
            if partners:  # (a model's attribute is costly to set: only when there are some)
                t.partners = partners
    if executing_spans:
        # (bodies of the clause merged under one name, "Giám đốc các Sở, Thủ
        # trưởng các ban, ngành": executing only, whatever their name now)
        only_executing |= {
            body_key(without_title(a.agency))
            for a in assignments
            if a.tasks and all((t.span.start, t.span.end) in executing_spans for t in a.tasks)
        }
    doers = _doers(assignments, only_executing)
    _support_of_no_one(assignments, doers)
    # roles are per task: a body's support work is its support, apart from its
    # own; and the partners of a task it leads, given tasks of their own, support it
    tabled |= flat_rows
    assignments = _support_apart(assignments, doers, tabled)
    assignments = _partners_supporting(assignments, only_executing, level, tabled)
    # a task is one duty: a body's ";" clauses and sentences with their own verbs are tasks apart
    _one_duty_each(assignments, tabled)
    if recommending and any(a.role in _RECOMMENDABLE for a in assignments):
        _recommended(assignments, sections, lo, hi)
    if parties and len(parties) > 1:
        assignments = _joined_as_one_body(assignments, _joint_parties(ct, sections, lo, hi, level, parties))
    deadlines, subjects, own_subject = _deadlines(ct, sections, lo, hi, every_lead, issuer_name or issuer)
    if article:
        # a news article's dates are the plan's it reports on, none of its own
        deadlines = []
        for a in assignments:
            if a.deadlines:
                a.deadlines = []
    elif inviting:
        # an invitation's time lines are its meeting's, held, not due
        deadlines = [d for d in deadlines if not (d.text[:1] in _HELD_INITIALS and P.HELD_TIME.match(d.text))]
    if "kể từ" in ct.text or "ngay trong" in ct.text or "Ngay trong" in ct.text or "cùng ngày" in ct.text or "hôm sau" in ct.text or "trong ngày" in ct.text:
        _date_relative_deadlines([*deadlines, *(d for a in assignments for d in a.deadlines)], date, in_force)
    if date or title:
        deadlines = [d for d in deadlines if not _narrated(d, date, title, accounting)]
        # (_reviewed_span's first test, a span's "từ" opening the deadline's text, is its gate)
        deadlines = [d for d in deadlines if not _reviewed_span(ct, d, date)]
        for a in assignments:
            if a.deadlines:
                a.deadlines = [d for d in a.deadlines if not _reviewed_span(ct, d, date)]
        for a in assignments:
            if a.deadlines:
                a.deadlines = [d for d in a.deadlines if not _narrated(d, date, title, accounting)]
    if (
        _may_hold_blank(ct.source)
        and P.FORM_NUMBER_MARK.search(ct.source, lo, hi)
        and P.FORM_NUMBERED_BLANK.search(ct.source, lo, hi)
    ):
        # a blank form the text lays down ("Trước ngày 31/12 hằng năm, …(3)…
        # báo cáo …"): its wording states nothing of the text's
        deadlines = [d for d in deadlines if not _in_blank_form(ct.source, d.span)]
        kept = []
        for a in assignments:
            if a.deadlines:
                a.deadlines = [d for d in a.deadlines if not _in_blank_form(ct.source, d.span)]
            if any(_in_blank_form(ct.source, t.span) for t in a.tasks):
                a.tasks = [t for t in a.tasks if not _in_blank_form(ct.source, t.span)]
                if not a.tasks:
                    continue  # (a body the form names by its blank: "…(1)… có trách nhiệm …")
            kept.append(a)
        assignments = kept
    # a date in a body's task is that body's deadline in the document's list too
    # (one shared by several bodies, given one item together, is all of theirs;
    # not a partner's, nor a collective's beside named bodies)
    owners: dict[tuple[int, str], list[Assignment]] = {}
    for a in assignments:
        for d in a.deadlines:
            if d.span is not None:
                owners.setdefault((d.span.start, d.text), []).append(a)
    owner = {k: v[0].agency if len(v) == 1 else _joint_owner(ct.text, k[0], v) for k, v in owners.items()}
    if owner:
        for d in deadlines:
            if d.agency is None and d.span is not None:
                d.agency = owner.get((d.span.start, d.text))
                if d.agency is not None and d.to == d.agency and (asked := [a for a in owners[(d.span.start, d.text)] if a.role in _ASKED_ROLES]):
                    # asked of the body it was submitted to, as below ("… kính
                    # trình UBND tỉnh … ban hành … trước ngày …"): its own date
                    d.to = None
                    for x in (x for a in asked for x in a.deadlines if x.span == d.span and x.text == d.text):
                        x.to = None
                if d.agency is not None and id(d) in own_subject and _another_body(subjects[id(d)], d.agency):
                    # a sentence naming its own subject owns its deadline, also
                    # inside another body's item: "b) UBND các tỉnh …; Trên cơ
                    # sở đề xuất …, Bộ Tài chính … trình Chính phủ trước ngày …"
                    d.agency = None
                elif d.agency is None:
                    # a task's time field, read in its item: "1. Tổ chức …" /
                    # "- Đơn vị chủ trì: Sở A." / "- Thời gian thực hiện: Quý IV năm 2026."
                    d.agency = next(
                        (
                            owner[k]
                            for k in owner
                            if k[1] == d.text
                            and any(
                                sp.start <= d.span.start < sp.end
                                for a in owners[k]
                                for sp in (a.span, *(t.span for t in a.tasks))
                            )
                        ),
                        None,
                    )
    for d in deadlines:
        if d.agency is None and id(d) in subjects:
            d.agency = _own_kind(subjects[id(d)], issuer, issuer_name)
            if d.agency is not None and d.to == d.agency:
                d.to = None  # (asked of the body it was submitted to: "kính trình UBND tỉnh … ban hành … trước ngày …")
        if d.agency is None and owner:
            d.agency = _row_owner(d, assignments)
    if "báo cáo:" in ct.source:  # (a report form's parties)
        for d in deadlines:
            if (d.agency is None or d.to is None) and d.span is not None:
                sender, receiver = _form_parties(ct.source, d.span.start)
                d.agency, d.to = d.agency or sender, d.to or receiver
    if addressees and len(addressees) == 1:
        for d in deadlines:
            if d.agency is not None and P.ADDRESSEE_KIND.match(d.agency):
                # "Công ty có trách nhiệm báo cáo … trước ngày …": the one addressee's
                d.agency = addressees[0]
                for a in assignments:
                    if a.agency == d.agency and d not in a.deadlines:
                        a.deadlines = [*a.deadlines, d]
            if (
                d.agency is None
                and d.span is not None
                and (_to_the_addressee(ct, d.span) or (not informing and _asks_the_addressee(ct, d.span, addressees[0])))
            ):
                d.agency = addressees[0]  # "Ý kiến của Quý cơ quan đề nghị gửi về … trước ngày …"
                for a in assignments:
                    if a.agency == d.agency and d not in a.deadlines:
                        a.deadlines = [*a.deadlines, d]
    if addressees and len(addressees) > 1:
        _to_the_asked_addressees(ct, deadlines, assignments, addressees)
    if (flat_rows or ct.has_cells()) and owner:
        deadlines = _with_table_rows(ct, deadlines, owners, owner, flat_rows)
    if time_fields and owner:
        deadlines = _with_time_fields(deadlines, owners, owner, time_fields)
    if "nhiệm vụ" in ct.text or "nội dung" in ct.text:  # (a cheap test: most plans name no task by its number)
        _numbered_tasks_given(sections, lo, hi, assignments, deadlines)
    rows = {a.span.start for a in table_rows} | flat_rows
    _to_their_bodies(deadlines, assignments, level, rows, (issuer_name or "", own_committee) if own_committee else None)
    if '"' in ct.text or "“" in ct.text:  # (a cheap test: no event named in quotes)
        _events_to_their_bodies(ct, deadlines, assignments)
    if "iai đoạn " in ct.text or "ợt " in ct.text:  # (as _phase_references' test)
        _phases_to_their_bodies(deadlines, assignments)
    if level == "ward":
        _one_field_per_department(assignments)
    indicators = (
        _indicators(ct, sections, lo, hi, date, assignments if tasking else None, reporting=True)
        if informing
        else _of_the_plans_year(_indicators(ct, sections, lo, hi, date, assignments if tasking else None), ct, title)
    )
    if ct.has_cells():  # (a quarter's column, "Quý I", comes only in a table)
        indicators = _dated_periods(indicators, int(date[:4]) if date else None)
        _allotted_bodies_named(indicators, assignments, level, date)
    if "năm" in ct.text:  # (a count aimed at every year: "Mỗi năm có ít nhất 5.000 lượt …")
        indicators = _yearly_floors(indicators)
    if addressees or informing:
        _referents_named(assignments, deadlines, addressees or [], level)
    if recommending and ("thảo" in ct.text or "THẢO" in ct.text):
        drafts = _draft_parts(sections, lo, hi)
        if drafts:
            assignments, deadlines, indicators = (
                [a for a in assignments if not _within(a.span, drafts)],
                [d for d in deadlines if not _within(d.span, drafts)],
                [i for i in indicators if not _within(i.span, drafts)],
            )
    return (assignments, indicators, deadlines, _funding(sections, lo, hi))


def _referents_named(assignments: list[Assignment], deadlines: list[Deadline], addressees: list[str], level: str | None) -> None:
    """Each body a letter's words pointing back stood for ("đề nghị các cơ
    quan, đơn vị nêu trên báo cáo …", one assignment per addressee, see
    _resolved_referents) named once all is read: an addressee by its name
    in "Kính gửi", a firm the text named by its name; a deadline of the
    words becomes the text's own reading of it (its owners named). (Not a
    class an item is about, "Đối với 03 đơn vị …" / "các đơn vị": its
    words are the text's only name for it.)"""
    written: dict[str, str] = {}
    for t in addressees:
        m = classify_agency(t, level)
        name = " ".join(t.split())
        written.setdefault(m.canonical if m and m.canonical else name, name)
    for a in assignments:
        if a.canonical is None or a.canonical == a.agency or not _referents_all(a.agency):
            continue
        own = written.get(a.canonical)
        if own is None and (a.sector != "enterprises" or a.canonical[:4].lower() == "các "):
            continue
        words, a.agency = a.agency, own or a.canonical
        if a.deadlines:
            a.deadlines = [
                next((t for t in deadlines if t.span == d.span and t.text == d.text), None)
                or d.model_copy(update={"agency": a.agency})
                if d.agency == words
                else d
                for d in a.deadlines
            ]


def _draft_parts(sections: list[Section], lo: int, hi: int) -> list[Span]:
    """The parts of a submission that tell the draft it proposes
    (P.DRAFT_CONTENT_PART): what they say is the draft's, not the text's."""
    return [
        s.span
        for s in _walk_in(sections, lo, hi)
        if s.kind in ("roman", "part", "arabic") and P.DRAFT_CONTENT_PART.match((s.heading or "").strip())
    ]


def _within(span: Span | None, parts: list[Span]) -> bool:
    return span is not None and any(p.start <= span.start < p.end for p in parts)
