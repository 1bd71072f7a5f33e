"""Resolve stage: where each issuer sits (gazetteer), using every clue the text gives.

Clues for a document's own issuer, strongest first: the issuer's own unit
("UBND PHƯỜNG NGUYỄN NGHIÊM"), its parent body ("UBND TỈNH LÀO CAI"), the
place line ("Phường Nguyễn Nghiêm, ngày …"), and the bodies named in its
citations ("… của UBND thành phố Quảng Ngãi": the parent plan's issuer is
the unit above). When names stay ambiguous the locality says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Document, Locality
from .segment import units_in

_WORD = {"province": "tỉnh", "district": "huyện", "ward": "phường"}


def _named_units(line: str) -> list[tuple[str, str]]:
    """Units named in a line, with the unit word as written ("thành phố Quảng Ngãi")."""
    from .gazetteer import parse_unit

    out = []
    for m in _UNIT_MENTION.finditer(line):
        parsed = parse_unit(m.group(0))
        if parsed:
            word = m.group("word").lower()
            out.append((word, parsed[1]))
    return out


from .patterns import UNIT_MENTION as _UNIT_MENTION  # noqa: E402


def resolve_document(doc: Document, preamble: Sequence[str] = ()) -> None:
    """Fill issuer localities; ``preamble`` is the text before the first
    numbered section (where the parent plan and its issuer are named)."""
    _resolve_issuer(doc, preamble)
    for att in doc.attachments:
        own = doc.header.issuer.locality
        if (
            att.header.issuer.locality is None
            and own is not None
            and att.header.issuer.name == doc.header.issuer.name
        ):
            att.header.issuer.locality = own.model_copy(deep=True)
        _resolve_issuer(att)


def _resolve_issuer(doc: Document, preamble: Sequence[str] = ()) -> None:
    h = doc.header
    issuer = h.issuer
    if issuer.locality is not None:
        return
    named = units_in(f"{issuer.parent or ''} {issuer.name or ''}")
    if not named and h.place and issuer.name is not None:
        named = units_in(h.place) or (
            [("", h.place)] if h.level in ("province", "district", "ward") else []
        )
    if not named:
        return
    try:
        from .gazetteer import resolve_locality
    except ImportError:  # pragma: no cover - during development only
        return
    fields: dict[str, str] = {}
    for level, name in named:
        key = {"province": "province", "district": "district", "ward": "ward"}.get(level)
        if key and key not in fields:
            fields[key] = name
    if not fields:
        # a bare place name ("Sơn La"): try it as the issuer's level
        lvl = h.level if h.level in ("province", "district", "ward") else "province"
        fields[lvl] = named[0][1]
    hints = [h.place] if h.place else []
    for c in doc.citations:
        if c.issuer:
            hints.append(c.issuer)
    # units named in the preamble ("… của UBND thành phố Quảng Ngãi"): the
    # parent plan's issuer is the unit above this one
    hints += [f"{lvl} {name}" for line in preamble for lvl, name in _named_units(line)]
    loc: Locality | None = resolve_locality(hints=hints, **fields)
    if loc is not None:
        issuer.locality = loc
