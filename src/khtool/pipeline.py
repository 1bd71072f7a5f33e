"""The parse pipeline: read -> normalize -> segment -> extract -> resolve.

``parse_file``/``parse_bytes``/``parse_text`` are the library entry points; the
CLI and the batch runner call them and nothing else.
"""

from __future__ import annotations

import bisect
import hashlib
import os
from pathlib import Path

from .models import Document, Source
from .normalize import CleanText, LogicalLine, clean, normalize_source


def parse_text(text: str, *, path: str | None = None, source: Source | None = None) -> Document:
    """Parse a document given as (decoded) text."""
    src = normalize_source(text)
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
    return parse_clean(ct, source)


def parse_clean(ct: CleanText, source: Source) -> Document:
    """Parse an already cleaned text (the stages after normalize)."""
    from .resolve import resolve_document
    from .segment import segment_document

    doc, ranges, leads = segment_document(ct, source)
    bodies = _body_ranges(ct, [doc, *doc.attachments], ranges)
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
        bodies=bodies,
    )
    for att, (start, end), lead in zip(doc.attachments, ranges[1:], leads[1:], strict=False):
        extract_into(
            att,
            ct,
            start,
            end,
            parent_number=doc.header.number,
            assign_range=(start, end),
            lead=lead,
            bodies=bodies,
        )
    first_section = doc.sections[0].span.start if doc.sections else len(ct.source)
    preamble = [ll.text for ll in ct.lines[:60] if ll.src_start < first_section]
    resolve_document(doc, preamble)
    return doc


def _body_ranges(
    ct: CleanText, docs: list[Document], ranges: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each part's numbered body, in cleaned-text offsets: its top-level
    sections to the part's end, but for a purpose part ("I. MỤC ĐÍCH, YÊU
    CẦU"). What comes before the body (title, preamble, a letter's opening
    paragraphs) and the purpose say what the document itself rests on and
    carries out; in a task, "thực hiện Luật X" is the task's."""
    from . import patterns as P

    def clean_offset(src: int) -> int:
        i = bisect.bisect_left(ct.lines, src, key=lambda ll: ll.src_start)
        return ct.lines[i].start if i < len(ct.lines) else len(ct.text)

    out = []
    for d, (start, end) in zip(docs, ranges, strict=False):
        tops = [(clean_offset(s.span.start), s) for s in d.sections]
        for k, (at, sec) in enumerate(tops):
            stop = tops[k + 1][0] if k + 1 < len(tops) else end
            if start <= at < end and not P.PURPOSE_HEADING.match(sec.heading or ""):
                out.append((at, stop))
    return out


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
) -> None:
    """Run the extract stage's modules over one document's range; ``bodies``
    are the numbered bodies (see ``_body_ranges``)."""
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
        )
        doc.diagnostics.extend(diags)
    try:
        from .extract.assignments import extract_assignments
    except ImportError:  # pragma: no cover
        pass
    else:
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
        )


def parse_bytes(data: bytes, name: str = "-") -> Document:
    from .read import read_bytes

    raw = read_bytes(data, name)
    return _from_raw(raw)


def parse_file(path: str | os.PathLike[str]) -> Document:
    from .read import read_path

    raw = read_path(Path(path))
    return _from_raw(raw)


def _from_raw(raw: object) -> Document:
    src = Source(
        path=getattr(raw, "path", None),
        format=getattr(raw, "format", "txt"),
        encoding=getattr(raw, "encoding", None),
        sha256=getattr(raw, "sha256", None),
        size=getattr(raw, "size", None),
        converted_from=getattr(raw, "converted_from", None),
    )
    text: str = raw.text  # type: ignore[attr-defined]
    return parse_text(text, path=src.path, source=src)
