"""Terminal rendering of documents with rich: header, sections, citations,
who-does-what, indicators, deadlines, diagnostics."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import IO

from ..models import REFORM_DATE, Document, Section
from .labels import code, label
from .markdown import effect_text, issuer_text, signer_text
from .markdown import when as _when


def _loc(doc: Document, lang: str = "en") -> str:
    loc = doc.header.issuer.locality
    if loc is None:
        return ""
    parts = [p for p in (loc.ward, loc.district, loc.province) if p]
    text = ", ".join(parts)
    since = (doc.header.date or "") >= REFORM_DATE
    # (a commune of today is named under a province that kept its name too:
    # "Xã Ba Chúc, Tỉnh An Giang", whether or not an old commune is known)
    if loc.new_province and (loc.new_province != loc.province or (since and loc.new_ward)):
        now = ", ".join(p for p in (loc.new_ward, loc.new_province) if p)
        # a text issued since the reform names the new unit, the old ones
        # being history (none when they say no more than its province); an
        # older text its own units, the new after them
        if since:
            text = now + (label("doc.before", lang, places=text) if text not in ("", now, loc.new_province) else "")
        else:
            text += label("doc.now", lang, places=now)
    if loc.ambiguous:
        text += label("doc.ambiguous", lang)
    return text


def print_documents(docs: Sequence[Document], out: IO[str], lang: str = "en") -> None:
    """A terminal gets each document wrapped to its width; a pipe or a file
    each line whole (not at 80 columns), and the rules between documents and
    before an attachment 80 columns wide, not as wide as the pipe's width.
    ``lang``: the language of the labels (the text's own words as written)."""
    from .console import console as make_console

    console = make_console(out, fit=True, highlight=False)
    for i, doc in enumerate(docs):
        if i:
            _rule(console)
        print_document(doc, console, lang=lang)


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


def print_document(doc: Document, console: object, *, attachment: bool = False, lang: str = "en") -> None:
    from rich.table import Table
    from rich.tree import Tree

    c = console  # rich.console.Console
    L = partial(label, lang=lang)
    # (effect_text's marks, in this view's language)
    marks = (L("doc.on_signing"), L("doc.last_day"))
    h = doc.header
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
    meta.add_column()
    rows = [
        (L("doc.file"), doc.source.path or "-"),
        (L("doc.kind"), code("kind", doc.kind, lang)),
        (L("doc.type"), f"{h.doc_type_name or '-'} ({h.doc_type or '-'})"),
        (L("doc.number"), h.number or (f"{L('doc.blank')} …/{h.symbol}" if h.symbol else "-")),
        (L("doc.date"), _when(h.date, lang) if h.date else "-"),
        (L("doc.place"), h.place or "-"),
        *([(L("doc.urgency"), h.urgency)] if h.urgency else []),
        *([(L("doc.in_force"), effect_text(h.effect, *marks))] if h.effect else []),
        *([(L("doc.ceases"), effect_text(h.expiry, *marks))] if h.expiry else []),
        *[(L("doc.ceases_part") if p.ceases else L("doc.in_force_part"), f"{p.part}: {effect_text(p, *marks)}") for p in h.effect_parts],
        (L("doc.issuer"), issuer_text(h.issuer) + (L("doc.inferred") if h.issuer.inferred else "")),
        *([(L("doc.co_issuers"), "; ".join(issuer_text(i) for i in h.co_issuers))] if h.co_issuers else []),
        (L("doc.level"), code("level", h.level, lang) if h.level else "-"),
        (L("doc.locality"), _loc(doc, lang) or "-"),
        (L("doc.title"), h.title or "-"),
        *([(L("doc.addressees"), "; ".join(a.text for a in doc.addressees))] if doc.addressees else []),
        (L("doc.signer"), signer_text(h.signer) if h.signer else "-"),
        *([(L("doc.co_signers"), "; ".join(signer_text(s) for s in h.co_signers))] if h.co_signers else []),
    ]
    for k, v in rows:
        meta.add_row(k, v)
    c.print(f"[bold]{L('doc.attached') if attachment else L('doc.document')}[/bold]")  # type: ignore[attr-defined]
    c.print(meta)  # type: ignore[attr-defined]

    if doc.sections:
        tree = Tree(f"[bold]{L('doc.sections')}[/bold]")
        _add_sections(tree, doc.sections)
        c.print(tree)  # type: ignore[attr-defined]

    if doc.citations:
        t = Table(title=L("doc.citations"), show_lines=False, title_justify="left")
        for col in ("col.number_name", "col.date", "col.relation", "col.issuer", "col.implements", "col.line"):
            t.add_column(L(col))
        for cit in doc.citations:
            t.add_row(
                cit.number or cit.name or "?",
                _when(cit.date, lang) if cit.date else (str(cit.year) if cit.year else ""),
                code("relation", cit.relation, lang) + (f", {code('relation', cit.action, lang)}" if cit.action else ""),
                cit.issuer or "",
                ", ".join(cit.implements),
                str(cit.mentions[0].span.line) if cit.mentions else "",
            )
        c.print(t)  # type: ignore[attr-defined]

    if doc.assignments:
        t = Table(title=L("doc.who_does_what"), title_justify="left")
        for col in ("col.agency", "col.sector", "col.role", "col.tasks", "col.indicators", "col.deadlines"):
            t.add_column(L(col))
        for a in doc.assignments:
            t.add_row(
                a.agency,
                code("sector", a.sector, lang) if a.sector else "",
                code("role", a.role, lang),
                str(len(a.tasks)),
                ", ".join(a.indicators),
                "; ".join(d.text for d in a.deadlines)[:60],
            )
        c.print(t)  # type: ignore[attr-defined]

    if doc.indicators:
        t = Table(title=L("diff.indicators"), title_justify="left")
        for col in ("col.id", "col.indicator", "col.targets"):
            t.add_column(L(col))
        for ind in doc.indicators:
            targets = "; ".join(
                # (one space where a goal with no figure has no value: "complete (2027)")
                " ".join(
                    f"{code('direction', tg.direction, lang) if tg.direction else ''} {tg.value if tg.value is not None else ''}{tg.unit or ''} ({tg.year or '-'})".split()
                )
                for tg in ind.targets
            )
            t.add_row(ind.id or "-", ind.text[:70], targets)
        c.print(t)  # type: ignore[attr-defined]

    if doc.deadlines:
        t = Table(title=L("diff.deadlines"), title_justify="left")
        for col in ("col.when", "col.recurrence", "col.what", "col.to", "col.line"):
            t.add_column(L(col))
        for d in doc.deadlines:
            when = f"{d.day or '..'}/{d.month or '..'}" + (f"/{d.year}" if d.year else "")
            t.add_row(when, code("recurrence", d.recurrence, lang) if d.recurrence else "", d.due or "", d.to or "", str(d.span.line))
        c.print(t)  # type: ignore[attr-defined]

    if doc.diagnostics:
        t = Table(title=L("doc.diagnostics"), title_justify="left")
        for col in ("col.line", "col.severity", "col.code", "col.message"):
            t.add_column(L(col))
        for dg in doc.diagnostics:
            t.add_row(str(dg.line or ""), code("severity", dg.severity, lang), dg.code, dg.message)
        c.print(t)  # type: ignore[attr-defined]

    for att in doc.attachments:
        _rule(c, style="dim")
        print_document(att, c, attachment=True, lang=lang)


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
