"""An amending text's quoted new wording, read as the content of the plan it
amends: "1. Sửa đổi khoản 1 Mục II như sau:" / "“1. Diện tích … đạt 75.000 ha năm
2026; …”" sets that plan's targets, "Bổ sung khoản 8 vào Mục V như sau:" /
"“8. Sở Xây dựng" / "Chủ trì, … hoàn thành trước ngày 31/12/2026.”" gives
that plan's tasks to the body heading it, and owns its deadline.

The quotations are read as a text of their own, each under the part of the
plan it changes: a part of goals (the clause names a target, or the wording
states one) or the plan's implementation part (the wording's items are its
bodies' tasks). Only a plan's wording is so read: a law's, decree's or
standard's amended article states rules, not targets or tasks of a plan."""

from __future__ import annotations

from .. import patterns as P
from ..models import Amended, Assignment, Deadline, Document, Indicator, Section, known_section
from ..normalize import CleanText, LogicalLine, clean
from ..segment import amending_blocks, build_sections, walk_sections

# the kinds of document whose content is a plan's: targets, tasks, deadlines
_PLAN_KINDS = frozenset({"kếhoạch", "chươngtrình", "đềán", "phươngán"})
# the carriers of a plan: the decision or resolution that issues it
_CARRIERS = frozenset({"quyếtđịnh", "nghịquyết"})
_CLOSING = '”"'


def amended_plan_content(
    ct: CleanText,
    sections: list[Section],
    *,
    title: str | None,
    level: str | None,
    issuer: str | None,
    issuer_name: str | None,
    date: str | None,
    lo: int = 0,
    hi: int | None = None,
) -> tuple[list[Assignment], list[Indicator], list[Deadline], list[tuple[int, int]]]:
    """The assignments, indicators and deadlines of the new wording an
    amending text gives a plan (see the module's doc); nothing for a text
    that amends no plan, or quotes no new wording; ``lo`` and ``hi``: the
    source range of the document read (an attached text's are its own).
    Each item's ``amends`` names the part changed; ``amended_keys`` names the
    plan, once the citations are resolved. Last, the source ranges of the
    wordings read (what the text's own reading found in them is theirs)."""
    lines = ct.lines
    end = len(ct.source) if hi is None else hi
    blocks = [b for b in amending_blocks(lines) if lo <= lines[b[1]].src_start < end]
    if not blocks:
        return [], [], [], []
    walked = walk_sections(sections)
    blocks = [b for b in blocks if _amends_a_plan(lines[b[0]], walked, title)]
    if not blocks:
        return [], [], [], []
    # the quotations alone, each character in its place (spans stay the text's)
    buf = ["\n" if ch == "\n" else " " for ch in ct.source]
    for _, first, last in blocks:
        a, b = lines[first].src_start, lines[last].src_end
        buf[a:b] = ct.source[a:b]
        _unquote(buf, a, b)
    vct = clean("".join(buf), file=ct.file)
    secs = build_sections(vct, vct.lines)
    parts: list[Section] = []
    for ann, first, last in blocks:
        a, b = lines[first].src_start, lines[last].src_end
        items = [s for s in secs if a <= s.span.start < b] or _unlabelled(vct, a, b)
        if not items:
            continue
        m = P.AMENDING_CLAUSE.match(lines[ann].text.strip())
        changed = m["part"] if m else ""
        text = ct.source[a:b]
        goals = bool(P.GOALS_HEADING.search(changed) or P.GOAL_CUE_WORDS.search(changed)) or (
            P.GOAL_CUE_WORDS.search(text) is not None and not any(_headed_by_a_body(s) for s in items)
        )
        # (the part of the plan it changes: its goals, or its implementation;
        # one part for the wordings in a row that change the same)
        heading = "CHỈ TIÊU" if goals else "TỔ CHỨC THỰC HIỆN"
        if parts and parts[-1].heading == heading:
            items = [*parts[-1].children, *items]
            parts.pop()
        # (its span its items': the text read starts at the first one's words)
        span = vct.source_span(items[0].span.start, max(s.span.end for s in items))
        parts.append(known_section(None, "roman", None, heading, "", items, span))
    if not parts:
        return [], [], [], []
    from .assignments import extract_assignments

    assignments, indicators, deadlines, _ = extract_assignments(
        vct,
        parts,
        start=0,
        end=len(vct.text),
        level=level,
        lead=[],
        issuer=issuer,
        issuer_name=issuer_name,
        date=date,
        tasking=True,
    )
    parts_changed = _parts_changed(ct, blocks)
    read: list[Assignment | Indicator | Deadline] = [*assignments, *indicators, *deadlines]
    for item in read:
        if item.span is not None:
            part = next((p for a, b, p in parts_changed if a <= item.span.start < b), None)
            item.amends = Amended(key=None, part=part)
    return assignments, indicators, deadlines, [(a, b) for a, b, _ in parts_changed]


def _unlabelled(vct: CleanText, a: int, b: int) -> list[Section]:
    """A quotation holding no numbered item, a clause's whole new wording in
    prose ("“Sở Y tế chủ trì, phối hợp với Sở Tài chính hoàn thành trước ngày
    30/6/2026; …”"), read as one item of the part it changes; none where it
    has no words."""
    lines = [ln for ln in vct.lines if a <= ln.src_start < b and ln.text.strip()]
    text = "\n".join(ln.text.strip() for ln in lines)
    if not any(ch.isalpha() for ch in text):
        return []
    return [known_section("-", "dash", None, None, text, [], vct.source_span(lines[0].src_start, lines[-1].src_end))]


def _parts_changed(ct: CleanText, blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, str | None]]:
    """Each quotation's source range and the part its clause names."""
    out: list[tuple[int, int, str | None]] = []
    for ann, first, last in blocks:
        m = P.AMENDING_CLAUSE.match(ct.lines[ann].text.strip())
        out.append((ct.lines[first].src_start, ct.lines[last].src_end, " ".join(m["part"].split()) if m else None))
    return out


def amended_keys(doc: Document) -> None:
    """Name the plan each item read from an amending text's quoted wording
    acts on, once the citations are resolved (their keys final): the one a
    mention amends closest before it, else the one the text amends."""
    read: list[Assignment | Indicator | Deadline] = [*doc.assignments, *doc.indicators, *doc.deadlines]
    items = [x for x in read if x.amends is not None and x.amends.key is None]
    if not items:
        return
    acting = sorted(
        (m.span.start, c.key)
        for c in doc.citations
        for m in c.mentions
        if m.action in ("amends", "replaces") and m.span is not None
    )
    whole = next((c.key for c in doc.citations if c.action in ("amends", "replaces")), None)
    for x in items:
        before = [key for at, key in acting if at < x.span.start]
        x.amends = Amended(key=before[-1] if before else whole, part=x.amends.part if x.amends else None)


def _unquote(buf: list[str], a: int, b: int) -> None:
    """Blank a quotation's marks: the one opening its first line, the one
    closing its last (before a stop: "… năm 2030.”" / "… năm 2030”.")."""
    i = a
    while i < b and buf[i].isspace():
        i += 1
    if i < b and buf[i] in P.OPENING_QUOTES:
        buf[i] = " "
    j = b - 1
    while j > i and (buf[j].isspace() or buf[j] in ".;,/"):
        j -= 1
    if j > i and buf[j] in _CLOSING:
        buf[j] = " "


def _headed_by_a_body(s: Section) -> bool:
    from .assignments import _is_body_name, _looks_like_agency

    head = (s.heading or "").strip()
    if not head:
        # (or opening with a body in its role: "Sở Y tế chủ trì, phối hợp …
        # hoàn thành trước …; phấn đấu 100% …" is a task, its target its own)
        return P.BODY_ROLE_LINE.match(s.text) is not None
    # (a body's name states no goal: "Tỷ lệ trạm y tế xã đạt chuẩn …" is none)
    return not P.GOAL_CUE_WORDS.search(head) and _looks_like_agency(head) and _is_body_name(head)


def _amends_a_plan(announcing: LogicalLine, walked: list[Section], title: str | None) -> bool:
    """Whether the document an amending clause changes is a plan: the first
    kind of document named by the clause, else by the items holding it
    (innermost first: "Điều 1. Sửa đổi, bổ sung một số điểm của Kế hoạch …"),
    else by the title. A decision or resolution named first carries the
    plan named after it ("… Quyết định số 845/QĐ-UBND ban hành Kế hoạch …")."""
    at = announcing.src_start
    holders = [s for s in walked if s.span.start <= at < s.span.end]
    holders.sort(key=lambda s: s.span.start, reverse=True)
    texts = [announcing.text, *(f"{s.heading or ''} {s.text}" for s in holders), title or ""]
    for text in texts:
        kinds = ["".join(m["kind"].lower().split()) for m in P.AMENDED_KIND.finditer(text)]
        if not kinds:
            continue
        kind = kinds[0]
        if kind in _CARRIERS and len(kinds) > 1:
            kind = kinds[1]
        return kind in _PLAN_KINDS
    return False


def extended_deadlines(
    ct: CleanText, sections: list[Section], *, title: str | None, lo: int = 0, hi: int | None = None
) -> list[Deadline]:
    """The new deadlines a decision extending a plan's tasks sets them
    ("1. Nhiệm vụ … của Ủy ban nhân dân các xã, phường tại khoản 5 Mục III:
    gia hạn thời gian hoàn thành đến ngày 31/3/2026."): each the deadline of
    the body the provision names for the task, marked as amending the plan at
    the part it names (the key set once the citations are resolved, as for a
    quoted wording). Only a plan's tasks are so moved (the document named by
    the provision, the items holding it or the title is a plan, see
    ``_amends_a_plan``); the provision's verb is its own (see
    ``P.EXTENSION``)."""
    from ..agencies import classify_agency

    end = len(ct.source) if hi is None else hi
    out: list[Deadline] = []
    walked: list[Section] | None = None
    for ln in ct.lines:
        if not lo <= ln.src_start < end:
            continue
        low = ln.text.lower()
        if not any(w in low for w in P.EXTENSION_WORDS) or ("đến" not in low and "tới" not in low):
            continue
        text = ct.text[ln.start : ln.end]
        m = P.EXTENSION.match(text)
        if m is None:
            continue
        if walked is None:
            walked = walk_sections(sections)
        if not _amends_a_plan(ln, walked, title):
            continue
        named = f"{m['head'] or ''} {m['gap']}"
        part = P.PLAN_PART.search(named)
        if part is None and "nhiệm vụ" not in named.lower():
            continue  # (a task of a plan, or its part, is what is moved: not a permit's term)
        agency = None
        for b in P.EXTENDED_BODY.finditer(named):
            body = " ".join(b["body"].split())
            if P.AMENDED_KIND.match(body) is None and classify_agency(body) is not None:
                agency = body
                break
        out.append(
            Deadline(
                text=" ".join(m["date"].split()),
                day=int(m["d"]),
                month=int(m["m"]),
                year=int(m["y"]),
                recurrence="once",
                agency=agency,
                span=ct.span(ln.start + m.start("date"), ln.start + m.end("date")),
                amends=Amended(key=None, part=" ".join(part.group(0).split()) if part else None),
            )
        )
    return out


def corrected_wordings(text: str) -> list[tuple[int, int, int, int, str | None]]:
    """A correction's pairs of wordings in ``text`` ("… đã ghi: “trước ngày
    31/4/2026”, nay đính chính là: “trước ngày 30/4/2026”", see
    ``P.CORRECTED_WORDING``): the offsets of each old wording, of its new one,
    and the part corrected as its line names it ("Tại điểm b khoản 1 Mục III
    Kế hoạch …"). The old words are no one's task, date or target."""
    if "ghi" not in text and "nhầm" not in text:
        return []
    out: list[tuple[int, int, int, int, str | None]] = []
    for m in P.CORRECTED_WORDING.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        part = P.PLAN_PART.search(text, line_start, m.start())
        out.append(
            (m.start("old"), m.end("old"), m.start("new"), m.end("new"), " ".join(part.group(0).split()) if part else None)
        )
    return out
