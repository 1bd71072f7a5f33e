"""The parse pipeline: read -> normalize -> segment -> extract -> resolve.

``parse_file``/``parse_bytes``/``parse_text`` are the library entry points; the
CLI and the batch runner call them and nothing else.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from . import patterns as P
from .models import Amended, Deadline, Diagnostic, Document, Source
from .normalize import CleanText, LogicalLine, OcrRepair, clean, normalize_source, repair_ocr


def parse_text(text: str, *, path: str | None = None, source: Source | None = None) -> Document:
    """Parse a document given as (decoded) text. A text with no letters
    holds no document: ``InputError``, as for a file ("empty text")."""
    if source is None:
        _refuse_no_letters(text, path)
    src = normalize_source(text, keep_tabs=True)  # (clean reads the tabs)
    # an OCR'd scan's labels and numbers read through its wrong accents and
    # look-alike letters, each repair reported
    src, repairs = repair_ocr(src)
    if source is None:
        data = text.encode("utf-8", "surrogatepass")
        source = Source(
            path=path,
            format="txt",
            encoding="utf-8",
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
        )
    ct = clean(src, file=path)
    doc = parse_clean(ct, source)
    if repairs:
        doc.diagnostics[0:0] = [_repair_diagnostic(ct, r) for r in repairs]
    if "CÔNG BÁO" in src or "Công báo" in src:  # (a cheap test before the pattern)
        gazette = _gazette_copy(ct, src)
        if gazette is not None:
            doc.diagnostics.append(gazette)
    return doc


def _gazette_copy(ct: CleanText, src: str) -> Diagnostic | None:
    """An info diagnostic naming the Gazette's running head ("CÔNG BÁO/Số
    431 + 432/Ngày 25-3-2024") on a text that prints one: a Công báo copy,
    which by the Gazette's rule prints no "Nơi nhận" (so KH108 does not
    apply)."""
    at = 0
    for line in src.split("\n"):
        if line.lstrip().startswith(("C", "c")) and P.GAZETTE_RUNNING_HEADER.match(line):  # (not a blank line)
            span = ct.source_span(at, at + len(line))
            return Diagnostic(
                code="gazette-copy",
                severity="info",
                message=f"Bản đăng Công báo '{line.strip()}': không in Nơi nhận (gazette copy)",
                line=span.line,
                column=ct.column_of_source(at),
                span=span,
            )
        at += len(line) + 1
    return None


_REPAIRED = {
    "ocr-label-repaired": "Nhãn sai dấu",
    "ocr-digit-repaired": "Số có chữ thay chữ số",
    "ocr-number-joined": "Số bị tách",
}


def _repair_diagnostic(ct: CleanText, r: OcrRepair) -> Diagnostic:
    span = ct.source_span(r.start, r.end)
    what = _REPAIRED.get(r.code, "")
    return Diagnostic(
        code=r.code,
        severity="info",
        message=f"{what} '{r.seen.strip()}' được đọc là '{r.fixed.strip()}' ({r.code[4:].replace('-', ' ')}, as in an OCR'd text)",
        line=span.line,
        column=ct.column_of_source(r.start),
        span=span,
    )


def _refuse_no_letters(text: str, path: str | None) -> None:
    """The reader's rule for a file (``read.read_bytes``), for a text given
    as it is: empty, or no letters at all, is no document."""
    for c in text:  # (stops at the first letter: the start of any document)
        if c.isalpha():
            return
    from .errors import InputError

    raise InputError("empty text" if not text or text.isspace() else "no text (no letters)", path)


def parse_clean(ct: CleanText, source: Source) -> Document:
    """Parse an already cleaned text (the stages after normalize)."""
    from .resolve import resolve_document
    from .segment import basis_ranges, body_ranges, provision_lines, segment_document

    doc, ranges, leads = segment_document(ct, source)
    parts = [doc, *doc.attachments]
    bodies = body_ranges(ct, parts, ranges)
    basis = basis_ranges(ct, parts)
    # (looked for only when a text acts on another: see extract_citations)
    provisions = cache(lambda: provision_lines(ct, parts))
    # an attached text's citations are the carrier's too: their clauses, read
    # in the whole text, are read once (see extract_citations)
    readings: dict[tuple[object, ...], tuple[object, ...]] | None = {} if doc.attachments else None
    # (and the issuers the file names for the numbers it cites: an attached
    # text's bare "Nghị quyết số 57-NQ/TW" is the one its carrier names)
    issuers: dict[str, tuple[str, str | None, int | None]] | None = {} if doc.attachments else None
    # the file's own citations span all of it (an attached plan's citations
    # are the carrier's too); each attachment also keeps its own
    extract_into(
        doc,
        ct,
        0,
        len(ct.text),
        parent_number=None,
        assign_range=ranges[0],
        lead=leads[0],
        # an attached text's own preamble is not the carrier's: its "Căn cứ"
        # (a form's, a plan's) names what the attachment rests on
        bodies=bodies + ranges[1:],
        provisions=provisions,
        readings=readings,
        basis=basis,
        named_issuers=issuers,
    )
    for att, (start, end), lead in zip(doc.attachments, ranges[1:], leads[1:], strict=False):
        extract_into(
            att,
            ct,
            start,
            end,
            parent_number=doc.header.number,
            assign_range=(start, end),
            carrier_effect=doc.header.effect.date if doc.header.effect else None,
            lead=lead,
            bodies=bodies,
            provisions=provisions,
            readings=readings,
            basis=basis,
            named_issuers=issuers,
        )
    if doc.attachments:
        _own_mentions(doc, ct, ranges[1:])
    first_section = doc.sections[0].span.start if doc.sections else len(ct.source)
    preamble = [ll.text for ll in ct.lines[:60] if ll.src_start < first_section]
    resolve_document(doc, preamble)
    for d in (doc, *doc.attachments):
        if (
            any(a.amends is not None for a in d.assignments)
            or any(i.amends is not None for i in d.indicators)
            or any(x.amends is not None for x in d.deadlines)
        ):
            from .extract.amended import amended_keys

            amended_keys(d)  # (the plan amended, by its citation's final key)
    return doc


def _own_mentions(doc: Document, ct: CleanText, attached: list[tuple[int, int]]) -> None:
    """A citation the carrier makes itself keeps its own mentions and aliases:
    those in an attached text ("Kế hoạch … (sau đây gọi là Quyết định 1189)")
    are that text's, whose own citation holds them. (One cited only in the
    attached text stays the carrier's with them: see ``parse_clean``.)"""
    spans = [(ct.to_source(s), ct.to_source(e, end=True)) for s, e in attached]
    # an alias the carrier defines holds in the text it attaches (one
    # document: "(sau đây gọi tắt là Nghị quyết số 57)" in the decision's
    # preamble, "… tại Nghị quyết số 57 …" in the plan): the attachment's own
    # reading saw a short form only, its use keeps the alias
    aliased = {m.span.start: m.via_alias for c in doc.citations for m in c.mentions if m.via_alias}
    if aliased:
        for att in doc.attachments:
            for c in att.citations:
                for m in c.mentions:
                    if m.via_alias is None and m.span.start in aliased:
                        m.via_alias = aliased[m.span.start]
    for c in doc.citations:
        own = [m for m in c.mentions if not any(a <= m.span.start < b for a, b in spans)]
        if not own or len(own) == len(c.mentions):
            continue
        c.mentions = own
        if c.aliases:
            ends = [0, *(x for sp in spans for x in sp), len(ct.source)]
            text = "".join(ct.source[ends[i] : ends[i + 1]] for i in range(0, len(ends), 2))
            c.aliases = [a for a in c.aliases if a in text]


def extract_into(
    doc: Document,
    ct: CleanText,
    start: int,
    end: int,
    *,
    parent_number: str | None,
    assign_range: tuple[int, int],
    lead: list[LogicalLine] | None = None,
    bodies: list[tuple[int, int]] | None = None,
    provisions: Callable[[], list[int]] | None = None,
    readings: dict[tuple[object, ...], tuple[object, ...]] | None = None,
    basis: list[tuple[int, int]] | None = None,
    carrier_effect: str | None = None,
    named_issuers: dict[str, tuple[str, str | None, int | None]] | None = None,
) -> None:
    """Run the extract stage's modules over one document's range; ``bodies``
    are the numbered bodies (see ``segment.body_ranges``), ``provisions`` gives where
    the provisions of a text of articles start (``segment.provision_lines``),
    ``readings`` the citations' clauses read in the text (``extract_citations``),
    ``basis`` the parts headed as the text's basis (``segment.basis_ranges``),
    ``carrier_effect`` the date an attached text's carrier takes effect (its
    limits "kể từ ngày Quyết định này có hiệu lực" count from it),
    ``named_issuers`` the issuers the file names for the numbers it cites
    (see ``extract_citations``)."""
    from .extract.effect import extract_effect

    h = doc.header
    # (the text's own range: an attached text's clauses are its own)
    h.effect, h.expiry, h.effect_parts = extract_effect(ct, assign_range[0], assign_range[1], h)
    try:
        from .extract.citations import extract_citations
    except ImportError:  # pragma: no cover - during development only
        pass
    else:
        doc.citations, diags = extract_citations(
            ct,
            start=start,
            end=end,
            header=doc.header,
            parent_number=parent_number,
            bodies=bodies or [],
            provisions=provisions,
            readings=readings,
            addressees=[a.text for a in doc.addressees],
            basis=basis,
            article=doc.kind == "article",
            named_issuers=named_issuers,
        )
        doc.diagnostics.extend(diags)
    try:
        from .extract.assignments import extract_assignments
    except ImportError:  # pragma: no cover
        pass
    else:
        from .tables import (
            account_types,
            guiding_types,
            informing_types,
            inviting_types,
            licensing_types,
            recommending_types,
            tasking_types,
        )

        a_start, a_end = assign_range
        doc.assignments, doc.indicators, doc.deadlines, doc.funding = extract_assignments(
            ct,
            doc.sections,
            start=a_start,
            end=a_end,
            level=doc.header.level,
            lead=lead,
            issuer=doc.header.issuer.name,
            addressees=[a.text for a in doc.addressees],
            date=doc.header.date,
            title=doc.header.spans.get("title"),
            informing=doc.header.doc_type in informing_types(),
            issuer_name=doc.header.issuer.full_name,
            tasking=doc.header.doc_type in tasking_types(),
            recommending=doc.header.doc_type in recommending_types(),
            guiding=doc.header.doc_type in guiding_types(),
            licensing=doc.header.doc_type in licensing_types(),
            in_force=h.effect.date if h.effect else carrier_effect,
            article=doc.kind == "article",
            inviting=doc.header.doc_type in inviting_types(),
            # (a joint text's issuers, named together in its body as "hai bên", "ba bên")
            parties=[n for i in (doc.header.issuer, *doc.header.co_issuers) if (n := i.full_name or i.name)] if doc.header.co_issuers else None,
            issuer_parent=doc.header.issuer.parent,
            # (a report's, a notice's or an invitation's: a period ended by its date was when things were done)
            accounting=doc.header.doc_type in account_types()[0] | account_types()[1],
        )
        if "như sau" in ct.text:  # (an amending clause announces its wording so: a cheap test)
            _amended_plan_content(doc, ct, a_start, a_end)
        if "ghi" in ct.source or "nhầm" in ct.source:
            _corrected_wordings(doc, ct)
        if "ia hạn" in ct.text or "thời hạn" in ct.text or "thời gian" in ct.text:
            # (a decision moving a plan's deadlines: its verb's words, a cheap test)
            _extended_deadlines(doc, ct, a_start, a_end)
        if ct.has_cells():  # (a goals table comes from "| a | b |" rows or tab-separated ones)
            from .extract.assignments import unread_goals_tables

            doc.diagnostics.extend(unread_goals_tables(ct, doc.sections, a_start, a_end, doc.indicators))


def _amended_plan_content(doc: Document, ct: CleanText, start: int, end: int) -> None:
    """Add what an amending text's quoted new wording gives the plan it
    amends (see ``extract.amended``): its assignments and targets, and its
    deadlines with their owners, in place of what the text's own reading
    found in that wording."""
    from .extract.amended import amended_plan_content

    h = doc.header
    title = h.spans.get("title")
    assignments, indicators, deadlines, read = amended_plan_content(
        ct,
        doc.sections,
        title=ct.source[title.start : title.end] if title is not None else None,
        level=h.level,
        issuer=h.issuer.name,
        issuer_name=h.issuer.full_name,
        date=h.date,
        lo=ct.to_source(start),
        hi=ct.to_source(end, end=True),
    )
    if not read:
        return
    # (what the text's own reading found in the wordings read is theirs: a
    # deadline without its owner, a goal cue's target without its item)
    doc.assignments = [a for a in doc.assignments if not _within(a.span.start, read)] + assignments
    doc.indicators = [i for i in doc.indicators if not _within(i.span.start, read)] + indicators
    kept = [d for d in doc.deadlines if not _within(d.span.start, read)]
    doc.deadlines = sorted([*kept, *deadlines], key=_at)


def _extended_deadlines(doc: Document, ct: CleanText, start: int, end: int) -> None:
    """Add the new deadlines a decision extending a plan's tasks gives them
    (see ``extract.amended.extended_deadlines``); a plan's own text moves no
    other plan's deadlines."""
    from .tables import plan_types

    h = doc.header
    if h.doc_type in plan_types():
        return
    from .extract.amended import extended_deadlines

    title = h.spans.get("title")
    found = extended_deadlines(
        ct,
        doc.sections,
        title=ct.source[title.start : title.end] if title is not None else None,
        lo=ct.to_source(start),
        hi=ct.to_source(end, end=True),
    )
    if found:
        at = {(d.span.start, d.span.end) for d in found}
        kept = [d for d in doc.deadlines if (d.span.start, d.span.end) not in at]
        doc.deadlines = sorted([*kept, *found], key=_at)


def _corrected_wordings(doc: Document, ct: CleanText) -> None:
    """A correction's old wording ("đã ghi: “trước ngày 31/4/2026”") is no
    deadline or target of anyone; the deadlines of its new one ("nay đính
    chính là: “trước ngày 30/4/2026”") are the corrected text's, at the part
    corrected (see ``extract.amended.corrected_wordings``)."""
    from .extract.amended import corrected_wordings

    pairs = corrected_wordings(ct.source)
    if not pairs:
        return
    old = [(a, b) for a, b, _, _, _ in pairs]
    doc.deadlines = [d for d in doc.deadlines if not _within(d.span.start, old)]
    doc.indicators = [i for i in doc.indicators if not _within(i.span.start, old)]
    for a in doc.assignments:
        a.deadlines = [d for d in a.deadlines if not _within(d.span.start, old)]
    for d in doc.deadlines:
        part = next((p for _, _, a, b, p in pairs if a <= d.span.start < b), None)
        if part is not None or any(a <= d.span.start < b for _, _, a, b, _ in pairs):
            d.amends = Amended(key=None, part=part)


def _within(at: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in ranges)


def _at(d: Deadline) -> int:
    return d.span.start


def parse_bytes(data: bytes, name: str = "-") -> Document:
    from .read import read_bytes

    raw = read_bytes(data, name)
    return _from_raw(raw)


def parse_file(path: str | os.PathLike[str]) -> Document:
    from .read import read_path

    raw = read_path(Path(path))
    return _from_raw(raw)


def parse_file_text(path: str | os.PathLike[str]) -> tuple[Document, str]:
    """``parse_file``, with the file's text as it was read (decoded, before
    ``normalize_source``): for what reads the text again after the parse
    (check's columns and snippets), the file read once."""
    from .read import read_path

    raw = read_path(Path(path))
    return _from_raw(raw), raw.text


def _from_raw(raw: object) -> Document:
    src = Source(
        path=getattr(raw, "path", None),
        format=getattr(raw, "format", "txt"),
        encoding=getattr(raw, "encoding", None),
        sha256=getattr(raw, "sha256", None),
        size=getattr(raw, "size", None),
        converted_from=getattr(raw, "converted_from", None),
        newline=getattr(raw, "newline", None),
    )
    text: str = raw.text  # type: ignore[attr-defined]
    doc = parse_text(text, path=src.path, source=src)
    for code, message, line in reversed(getattr(raw, "warnings", ())):
        doc.diagnostics.insert(0, Diagnostic(code=code, severity="warning", message=message, line=line))
    fallback = _fallback_reading(src)
    if fallback:
        doc.diagnostics.insert(
            0, Diagnostic(code="encoding-fallback", severity="warning", message=fallback)
        )
    return doc


def _fallback_reading(src: Source) -> str | None:
    """A message when the text was not read as Unicode but guessed (a code page,
    a legacy font): a wrong guess garbles every letter, so the user is told."""
    if src.converted_from:
        return f"text converted from the legacy {src.converted_from.upper()} font encoding; check its letters"
    enc = (src.encoding or "utf").lower().replace("_", "-")
    if enc.startswith("utf"):
        return None
    return f"text read as {enc} (not Unicode), a guessed code page; check its letters"
