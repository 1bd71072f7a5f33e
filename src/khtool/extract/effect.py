"""Extract stage: when the text itself takes effect and ceases to.

A text's closing article states it: "Thông tư này có hiệu lực thi hành kể
từ ngày 01 tháng 7 năm 2026", "Quyết định này có hiệu lực kể từ ngày ký",
"Nghị định này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027". Only the
clause whose subject is the text itself, its own type word and "này" (or
the type word alone opening the clause: "Quyết định có hiệu lực kể từ ngày
ký"), dates it; one naming a part of it ("Khoản 3 Điều 5 có hiệu lực từ …", "Quy định
tại khoản 5 Điều 14 của Luật này …") dates that part; any other names
another text (a cited one's effect, "kể từ ngày Luật này có hiệu lực" as an
event) and is left alone.
"""

from __future__ import annotations

import datetime as _dt

import regex

from .. import patterns as P
from ..models import Effect, Header, Span
from ..normalize import CleanText

# how far before "có hiệu lực" a clause's subject is looked for
_SUBJECT_REACH = 400


def extract_effect(ct: CleanText, start: int, end: int, header: Header) -> tuple[Effect | None, Effect | None, list[Effect]]:
    """The text's entry into force, its expiry and its parts' own dates, read
    in ``ct.text[start:end]`` (the text's own range, not an attached text's);
    the first clause of each kind counts."""
    text = ct.text
    if text.find("hiệu lực", start, end) < 0:  # (gate: most plans have none)
        return None, None, []
    kind = (header.doc_type_name or "").lower()
    effect: Effect | None = None
    expiry: Effect | None = None
    parts: list[Effect] = []
    low = ct.lowered_text()
    verbs = (
        P.EFFECT_VERB.finditer(text, start, end, False, False)
        if low is None
        else P.EFFECT_VERB_LOWERED.finditer(low, start, end, False, False)
    )
    for verb in verbs:
        when = P.EFFECT_WHEN.match(text, verb.end(), end, False)
        if when is None or not (when["y"] or when["signed"] or when["n"] or when["y2"]):
            continue
        lo = _clause_start(text, max(start, verb.start() - _SUBJECT_REACH), verb.start())
        label = P.EFFECT_LABEL.match(text, lo, verb.start(), False)
        lo = label.end() if label else lo
        subject = " ".join(text[lo : verb.start()].split()).rstrip(",")
        if not subject or _quoted(text, start, lo):
            continue
        ceases = verb["verb"].lower() == "hết"
        # ("Quyết định có hiệu lực kể từ ngày ký": a clause opening with the
        # text's own type word alone names it too)
        whole = bool(kind) and subject.lower() in (kind, f"{kind} này")
        if not whole and not (P.EFFECT_PART.search(subject) and not P.EFFECT_OTHER_TEXT.search(subject)):
            continue
        part = None if whole else subject
        clause = text[lo : _clause_end(text, when.end(), end)].strip()
        span = ct.span(lo, lo + len(clause))
        if ceases:
            found = _ceasing(when, header.date, clause, span, part)
            if found is None:
                continue
            if whole:
                expiry = expiry or found
            else:
                parts.append(found)
            continue
        starts = _starting(when, header.date, clause, span, part)
        until = _until(when, clause, span, part)
        if whole:
            if starts is not None:
                effect = effect or starts
            if until is not None:
                expiry = expiry or until
        else:
            parts.extend(x for x in (starts, until) if x is not None)
    return effect, expiry, parts


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` opens: after its paragraph's start or
    the last sentence's end (". ", "; ", ": ") before it."""
    best = max(lo, text.rfind("\n", lo, at) + 1)
    for mark in (". ", "; ", ": "):
        i = text.rfind(mark, best, at)
        # (not a label's period, "1. ", "Điều 3. ": the label is dropped later)
        if i >= 0 and not text[max(best, i - 10) : i].strip().replace("Điều", "").strip().isdigit():
            best = i + 2
    return best


def _clause_end(text: str, at: int, end: int) -> int:
    """The end of the clause (its sentence or paragraph) from ``at``."""
    stops = [i for i in (text.find(".", at, end), text.find(";", at, end), text.find("\n", at, end)) if i >= 0]
    return min(stops) if stops else end


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a quotation (an amending text's quoted
    wording: "Luật này" there is the amended text)."""
    opened = text.rfind("“", start, at)
    return opened >= 0 and text.rfind("”", opened, at) < 0


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _starting(when: regex.Match[str], issued: str | None, clause: str, span: Span, part: str | None) -> Effect | None:
    """The date an effect clause gives for its start: a date, the text's own
    day ("kể từ ngày ký"), or a count of days from its signing (left undated
    when it counts from another event or the text's day is not known)."""
    full = issued if issued and len(issued) == 10 else None
    if when["y"]:
        return Effect(date=_iso(when["y"], when["m"], when["d"]), text=clause, part=part, span=span)
    if when["signed"]:
        return Effect(date=full, from_signing=True, text=clause, part=part, span=span)
    if when["n"]:
        date = None
        if full and P.EFFECT_SIGNED_EVENT.fullmatch(" ".join(when["after"].split())):
            date = (_dt.date.fromisoformat(full) + _dt.timedelta(days=int(when["n"]))).isoformat()
        return Effect(date=date, text=clause, part=part, span=span)
    return None


def _until(when: regex.Match[str], clause: str, span: Span, part: str | None) -> Effect | None:
    """The last day in force a clause gives ("… đến hết ngày 31/12/2027")."""
    if not when["y2"]:
        return None
    return Effect(date=_iso(when["y2"], when["m2"], when["d2"]), last_day=True, ceases=True, text=clause, part=part, span=span)


def _ceasing(when: regex.Match[str], issued: str | None, clause: str, span: Span, part: str | None) -> Effect | None:
    """The date a "hết hiệu lực" clause gives: the first day no longer in force."""
    found = _starting(when, issued, clause, span, part) or _until(when, clause, span, part)
    if found is not None:
        found.ceases = True
    return found
