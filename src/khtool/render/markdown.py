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


def document_markdown(doc: Document, *, level: int = 1) -> str:
    h = doc.header
    hashes = "#" * level
    title = h.title or (doc.source.path or "document")
    out = [f"{hashes} {md_escape(h.doc_type_name or 'Văn bản')}: {md_escape(title)}", ""]
    rows = [
        ("Số", h.number or (f"(để trống) …/{h.symbol}" if h.symbol else "")),
        ("Ngày", h.date or ""),
        ("Nơi ban hành", h.place or ""),
        ("Độ khẩn", h.urgency or ""),
        ("Hiệu lực", effect_text(h.effect) if h.effect else ""),
        ("Hết hiệu lực", effect_text(h.expiry) if h.expiry else ""),
        *[("Hết hiệu lực (một phần)" if p.ceases else "Hiệu lực (một phần)", f"{p.part}: {effect_text(p)}") for p in h.effect_parts],
        ("Cơ quan ban hành", issuer_text(h.issuer)),
        ("Cơ quan cùng ban hành", "; ".join(issuer_text(i) for i in h.co_issuers)),
        ("Cấp", h.level or ""),
        ("Kính gửi", "; ".join(a.text for a in doc.addressees)),
        ("Người ký", signer_text(h.signer) if h.signer else ""),
        ("Người cùng ký", "; ".join(signer_text(s) for s in h.co_signers)),
        ("Tệp", doc.source.path or ""),
    ]
    out += ["| Trường | Giá trị |", "|---|---|"]
    out += [f"| {k} | {md_escape(v)} |" for k, v in rows if v]
    if doc.sections:
        out += ["", f"{hashes}# Bố cục", ""]
        out += _sections(doc.sections, 0)
    if doc.citations:
        out += [
            "",
            f"{hashes}# Văn bản được dẫn chiếu",
            "",
            "| Văn bản | Ngày | Quan hệ | Cơ quan | Dòng |",
            "|---|---|---|---|---|",
        ]
        for c in doc.citations:
            line = c.mentions[0].span.line if c.mentions else ""
            action = f", {c.action}" if c.action else ""
            out.append(
                f"| {md_escape(c.number or c.name or '?')} | {c.date or c.year or ''} | {c.relation}{action} | {md_escape(c.issuer or '')} | {line} |"
            )
    if doc.assignments:
        out += [
            "",
            f"{hashes}# Phân công",
            "",
            "| Cơ quan | Lĩnh vực | Vai trò | Nhiệm vụ | Chỉ tiêu |",
            "|---|---|---|---|---|",
        ]
        for a in doc.assignments:
            out.append(
                f"| {md_escape(a.agency)} | {a.sector or ''} | {a.role} | {len(a.tasks)} | {', '.join(a.indicators)} |"
            )
    if doc.diagnostics:
        out += ["", f"{hashes}# Chẩn đoán", ""]
        out += [
            f"- dòng {d.line}: **{d.code}** ({d.severity}) {md_escape(d.message)}"
            for d in doc.diagnostics
        ]
    for att in doc.attachments:
        out += ["", document_markdown(att, level=level + 1)]
    return "\n".join(out) + "\n"


def _sections(sections: list[Section], depth: int) -> list[str]:
    out: list[str] = []
    for s in sections:
        if s.kind in ("dash", "plus"):
            continue
        text = s.heading or s.text.split("\n")[0][:100]
        out.append(
            f"{'  ' * depth}- {md_escape(s.label or '')} {md_escape(text)} (dòng {s.span.line})"
        )
        if depth < 2:
            out += _sections(s.children, depth + 1)
    return out
