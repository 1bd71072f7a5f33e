"""Terminal rendering of documents with rich: header, sections, citations,
who-does-what, indicators, deadlines, diagnostics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from ..models import Document, Section
from .markdown import effect_text, issuer_text, signer_text

LEVEL_VI = {
    "party": "Đảng (TW)",
    "national": "trung ương",
    "province": "tỉnh",
    "district": "huyện",
    "ward": "xã/phường",
}


def _loc(doc: Document) -> str:
    loc = doc.header.issuer.locality
    if loc is None:
        return ""
    parts = [p for p in (loc.ward, loc.district, loc.province) if p]
    text = ", ".join(parts)
    if loc.new_province and loc.new_province != loc.province:
        text += f" (nay: {', '.join(p for p in (loc.new_ward, loc.new_province) if p)})"
    if loc.ambiguous:
        text += " [ambiguous]"
    return text


def print_documents(docs: Sequence[Document], out: IO[str]) -> None:
    """A terminal gets each document wrapped to its width; a pipe or a file
    each line whole (not at 80 columns), and the rules between documents and
    before an attachment 80 columns wide, not as wide as the pipe's width."""
    from .console import console as make_console

    console = make_console(out, fit=True, highlight=False)
    for i, doc in enumerate(docs):
        if i:
            _rule(console)
        print_document(doc, console)


# A rule's width in a pipe or a file, where the console is as wide as any line.
PIPE_RULE_WIDTH = 80


def _rule(console: object, style: str = "rule.line") -> None:
    """A rule as wide as a terminal, or PIPE_RULE_WIDTH columns in a pipe."""
    from rich.rule import Rule

    from .console import PIPE_WIDTH

    c = console  # rich.console.Console
    # (by the width console() gave it, not rich's own terminal test, which
    # FORCE_TERMINAL or a notebook makes disagree with it)
    piped = c.width >= PIPE_WIDTH  # type: ignore[attr-defined]
    c.print(Rule(style=style), width=PIPE_RULE_WIDTH if piped else None)  # type: ignore[attr-defined]


# (effect_text's marks, in this view's language)
_EFFECT_EN = ("on signing", "last day")


def print_document(doc: Document, console: object, *, attachment: bool = False) -> None:
    from rich.table import Table
    from rich.tree import Tree

    c = console  # rich.console.Console
    h = doc.header
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
    meta.add_column()
    rows = [
        ("File", doc.source.path or "-"),
        ("Kind", doc.kind),
        ("Type", f"{h.doc_type_name or '-'} ({h.doc_type or '-'})"),
        ("Number", h.number or (f"(blank) …/{h.symbol}" if h.symbol else "-")),
        ("Date", h.date or "-"),
        ("Place", h.place or "-"),
        *([("Urgency", h.urgency)] if h.urgency else []),
        *([("In force", effect_text(h.effect, *_EFFECT_EN))] if h.effect else []),
        *([("Ceases", effect_text(h.expiry, *_EFFECT_EN))] if h.expiry else []),
        *[("Ceases (part)" if p.ceases else "In force (part)", f"{p.part}: {effect_text(p, *_EFFECT_EN)}") for p in h.effect_parts],
        ("Issuer", issuer_text(h.issuer) + (" (inferred)" if h.issuer.inferred else "")),
        *([("Co-issuers", "; ".join(issuer_text(i) for i in h.co_issuers))] if h.co_issuers else []),
        ("Level", LEVEL_VI.get(h.level or "", "-") if h.level else "-"),
        ("Locality", _loc(doc) or "-"),
        ("Title", h.title or "-"),
        *([("Addressees", "; ".join(a.text for a in doc.addressees))] if doc.addressees else []),
        ("Signer", signer_text(h.signer) if h.signer else "-"),
        *([("Co-signers", "; ".join(signer_text(s) for s in h.co_signers))] if h.co_signers else []),
    ]
    for k, v in rows:
        meta.add_row(k, v)
    c.print(f"[bold]{'Attached document' if attachment else 'Document'}[/bold]")  # type: ignore[attr-defined]
    c.print(meta)  # type: ignore[attr-defined]

    if doc.sections:
        tree = Tree("[bold]Sections[/bold]")
        _add_sections(tree, doc.sections)
        c.print(tree)  # type: ignore[attr-defined]

    if doc.citations:
        t = Table(title="Citations", show_lines=False, title_justify="left")
        for col in ("Number / name", "Date", "Relation", "Issuer", "Implements", "Line"):
            t.add_column(col)
        for cit in doc.citations:
            t.add_row(
                cit.number or cit.name or "?",
                cit.date or (str(cit.year) if cit.year else ""),
                cit.relation + (f", {cit.action}" if cit.action else ""),
                cit.issuer or "",
                ", ".join(cit.implements),
                str(cit.mentions[0].span.line) if cit.mentions else "",
            )
        c.print(t)  # type: ignore[attr-defined]

    if doc.assignments:
        t = Table(title="Who does what", title_justify="left")
        for col in ("Agency", "Sector", "Role", "Tasks", "Indicators", "Deadlines"):
            t.add_column(col)
        for a in doc.assignments:
            t.add_row(
                a.agency,
                a.sector or "",
                a.role,
                str(len(a.tasks)),
                ", ".join(a.indicators),
                "; ".join(d.text for d in a.deadlines)[:60],
            )
        c.print(t)  # type: ignore[attr-defined]

    if doc.indicators:
        t = Table(title="Indicators", title_justify="left")
        for col in ("Id", "Indicator", "Targets"):
            t.add_column(col)
        for ind in doc.indicators:
            targets = "; ".join(
                # (one space where a goal with no figure has no value: "complete (2027)")
                " ".join(f"{tg.direction or ''} {tg.value if tg.value is not None else ''}{tg.unit or ''} ({tg.year or '-'})".split())
                for tg in ind.targets
            )
            t.add_row(ind.id or "-", ind.text[:70], targets)
        c.print(t)  # type: ignore[attr-defined]

    if doc.deadlines:
        t = Table(title="Deadlines", title_justify="left")
        for col in ("When", "Recurrence", "What", "To", "Line"):
            t.add_column(col)
        for d in doc.deadlines:
            when = f"{d.day or '..'}/{d.month or '..'}" + (f"/{d.year}" if d.year else "")
            t.add_row(when, d.recurrence or "", d.due or "", d.to or "", str(d.span.line))
        c.print(t)  # type: ignore[attr-defined]

    if doc.diagnostics:
        t = Table(title="Diagnostics", title_justify="left")
        for col in ("Line", "Severity", "Code", "Message"):
            t.add_column(col)
        for dg in doc.diagnostics:
            t.add_row(str(dg.line or ""), dg.severity, dg.code, dg.message)
        c.print(t)  # type: ignore[attr-defined]

    for att in doc.attachments:
        _rule(c, style="dim")
        print_document(att, c, attachment=True)


def _add_sections(tree: object, sections: list[Section], depth: int = 0) -> None:
    for s in sections:
        if s.kind in ("dash", "plus"):
            continue
        label = (
            f"{s.label}. " if s.kind in ("roman", "arabic") else f"{s.label} " if s.label else ""
        )
        text = (s.heading or s.text.split("\n")[0])[:90]
        node = tree.add(f"{label}{text}  [dim]L{s.span.line}[/dim]")  # type: ignore[attr-defined]
        if depth < 2:
            _add_sections(node, s.children, depth + 1)
