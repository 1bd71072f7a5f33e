"""Markdown rendering of a parsed document (for reports and pull requests)."""

from __future__ import annotations

from ..models import Document, Effect, Issuer, Section, Signer


def md_escape(text: str) -> str:
    """Escape text for Markdown tables and inline use (no HTML passes through)."""
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text


def signer_text(s: Signer) -> str:
    """A signature in one line: its form, the signer's position and name."""
    return ", ".join(x for x in (s.authority or s.on_behalf, s.position, s.name) if x)


def issuer_text(i: Issuer) -> str:
    """An issuer as its header writes it: the parent body, then the body."""
    return " / ".join(x for x in (i.parent, i.name) if x)


def effect_text(e: Effect, signed: str = "ngày ký", last: str = "hết ngày") -> str:
    """When a text takes effect or ceases, for a reader: its date (marked
    when it is the day of signing, or the last day in force), else the
    clause as written (a date not computable)."""
    if e.date is None:
        return e.text
    return e.date + (f" ({signed})" if e.from_signing else "") + (f" ({last})" if e.last_day else "")


def when(iso: str, lang: str) -> str:
    """An ISO date as the view's language writes it: 26/02/2026 in Vietnamese."""
    return "/".join(reversed(iso.split("-"))) if lang == "vi" else iso


def document_markdown(doc: Document, *, level: int = 1, lang: str = "en") -> str:
    """The document as Markdown; ``lang`` the language of its labels (the
    text's own words as written; ``en`` names codes as the JSON gives them)."""
    from functools import partial

    from .labels import code, label

    L = partial(label, lang=lang)
    marks = (L("doc.on_signing"), L("doc.last_day"))
    h = doc.header
    hashes = "#" * level
    title = h.title or (doc.source.path or L("doc.document"))
    out = [f"{hashes} {md_escape(h.doc_type_name or L('doc.document'))}: {md_escape(title)}", ""]
    rows = [
        (L("doc.number"), h.number or (f"{L('doc.blank')} …/{h.symbol}" if h.symbol else "")),
        (L("doc.date"), when(h.date, lang) if h.date else ""),
        (L("doc.place"), h.place or ""),
        (L("doc.urgency"), h.urgency or ""),
        (L("doc.in_force"), effect_text(h.effect, *marks) if h.effect else ""),
        (L("doc.ceases"), effect_text(h.expiry, *marks) if h.expiry else ""),
        *[(L("doc.ceases_part") if p.ceases else L("doc.in_force_part"), f"{p.part}: {effect_text(p, *marks)}") for p in h.effect_parts],
        (L("doc.issuer"), issuer_text(h.issuer)),
        (L("doc.co_issuers"), "; ".join(issuer_text(i) for i in h.co_issuers)),
        (L("doc.level"), code("level", h.level, lang) if h.level else ""),
        (L("doc.addressees"), "; ".join(a.text for a in doc.addressees)),
        (L("doc.signer"), signer_text(h.signer) if h.signer else ""),
        (L("doc.co_signers"), "; ".join(signer_text(s) for s in h.co_signers)),
        (L("doc.file"), doc.source.path or ""),
    ]
    out += [f"| {L('md.field')} | {L('md.value')} |", "|---|---|"]
    out += [f"| {k} | {md_escape(v)} |" for k, v in rows if v]
    if doc.sections:
        out += ["", f"{hashes}# {L('doc.sections')}", ""]
        out += _sections(doc.sections, 0, lang)
    if doc.citations:
        cols = ("col.number_name", "col.date", "col.relation", "col.issuer", "col.line")
        out += [
            "",
            f"{hashes}# {L('doc.citations')}",
            "",
            "| " + " | ".join(L(c) for c in cols) + " |",
            "|---|---|---|---|---|",
        ]
        for c in doc.citations:
            line = c.mentions[0].span.line if c.mentions else ""
            action = f", {code('relation', c.action, lang)}" if c.action else ""
            out.append(
                f"| {md_escape(c.number or c.name or '?')} | {when(c.date, lang) if c.date else c.year or ''} | {code('relation', c.relation, lang)}{action} | {md_escape(c.issuer or '')} | {line} |"
            )
    if doc.assignments:
        cols = ("col.agency", "col.sector", "col.role", "col.tasks", "col.indicators")
        out += [
            "",
            f"{hashes}# {L('doc.who_does_what')}",
            "",
            "| " + " | ".join(L(c) for c in cols) + " |",
            "|---|---|---|---|---|",
        ]
        for a in doc.assignments:
            sector = code("sector", a.sector, lang) if a.sector else ""
            out.append(
                f"| {md_escape(a.agency)} | {md_escape(sector)} | {code('role', a.role, lang)} | {len(a.tasks)} | {', '.join(a.indicators)} |"
            )
    if doc.diagnostics:
        out += ["", f"{hashes}# {L('doc.diagnostics')}", ""]
        out += [
            f"- {L('md.line', n=d.line)}: **{d.code}** ({code('severity', d.severity, lang)}) {md_escape(d.message)}"
            for d in doc.diagnostics
        ]
    for att in doc.attachments:
        out += ["", document_markdown(att, level=level + 1, lang=lang)]
    return "\n".join(out) + "\n"


def _sections(sections: list[Section], depth: int, lang: str) -> list[str]:
    from .labels import label

    out: list[str] = []
    for s in sections:
        if s.kind in ("dash", "plus"):
            continue
        text = s.heading or s.text.split("\n")[0][:100]
        out.append(
            f"{'  ' * depth}- {md_escape(s.label or '')} {md_escape(text)} ({label('md.line', lang, n=s.span.line)})"
        )
        if depth < 2:
            out += _sections(s.children, depth + 1, lang)
    return out
