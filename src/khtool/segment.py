"""Segment stage: split a cleaned text into documents, header, body sections and footer.

A file holds one document, possibly carrying others ("KẾ HOẠCH … (Ban hành kèm
theo Quyết định số …)" after a decision's signature). Each document has:

- a header block (issuer, motto, number, place and date, type word, title),
  read from physical lines because its layout is not prose;
- a body: logical lines, numbered into a section tree;
- a footer: recipients ("Nơi nhận:") and the signature block.

The extract and resolve stages run afterwards (see ``pipeline``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import regex

from . import patterns as P
from .agencies import classify_agency, expand_shared_kind, expand_units_listed, place_level
from .docnumber import DocNumber, canonical_symbol, parse_letter_number, parse_number, parse_symbol
from .models import (
    Diagnostic,
    Document,
    Header,
    Issuer,
    Recipient,
    Section,
    Severity,
    Signer,
    Source,
    Span,
    known_section,
)
from .normalize import (
    PORTAL_RECORD_LINES,
    CleanText,
    LogicalLine,
    PhysLine,
    Piece,
    roman_value,
    tabs_within,
)
from .normalize import lowered as lower
from .tables import (
    committee_organs,
    committees_by_kind,
    doc_type_by_folded_code,
    doc_type_by_name,
    doc_types,
    fold,
    informing_types,
    issuer_codes,
    load,
    party_committees,
)

# How far into a document its header may reach (physical lines).
HEADER_WINDOW = 45


# ---------------------------------------------------------------------------
# document parts
# ---------------------------------------------------------------------------


@dataclass
class Part:
    """One document within the file: a range of physical lines."""

    first: int  # index into ct.phys
    last: int  # exclusive
    attached: bool = False


@cache
def _type_line_regex() -> regex.Pattern[str]:
    return P.type_line({n.upper() for dt in doc_types().values() for n in dt.names})


def _type_of_line(text: str) -> tuple[str, str, str] | None:
    """(code, type word, rest of line) when the line opens with a type word in capitals."""
    if not text[:2].isupper():  # every type word opens with two capitals
        return None
    m = _type_line_regex().match(text)
    if not m:
        return None
    word = " ".join(m["type"].split())
    code = doc_type_by_name().get(fold(word))
    if code is None:
        return None
    rest = (m["rest"] or "").strip()
    if rest and P.TYPE_QUALIFIER.fullmatch(rest):
        rest = ""  # "KẾ HOẠCH LIÊN TỊCH": the title is the next line
    elif rest and code in ("TB", "BC"):
        tail = P.COMPOUND_TYPE_TAIL.fullmatch(rest)
        if tail and tail.lastgroup == code:
            rest = ""  # "THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ …"
    return code, word, rest


# The two header patterns tried on many lines are searched from just before
# the word each must contain, not from every position of a long body line
# (a 190-character line took 5-9 us each way; this is ~10% of a parse).
# A number starts at its "Số" (or at the line's start, a few characters
# before it: "Luật số"); a place and date start at most six short words
# before "ngày".
_NUMBER_REACH = 40
_PLACE_REACH = 80


def find_number(text: str) -> regex.Match[str] | None:
    """``P.HEADER_NUMBER.search(text)``, started near the first "số"."""
    hits = [i for i in (text.find("Số"), text.find("SỐ"), text.find("số")) if i >= 0]
    if not hits:
        return None
    return _search_number(text, max(0, min(hits) - _NUMBER_REACH))


def _search_number(text: str, start: int = 0) -> regex.Match[str] | None:
    """``P.HEADER_NUMBER.search(text, start)``, tried where a number can open."""
    if "|" not in text and "Số" not in text and "SỐ" not in text:
        # past the line's start a number opens at a capital "Số" or after a
        # cell's bar (a long body line with a lowercase "số" has neither):
        # only the start is left ("Luật số …"), and only when the search
        # begins there
        return P.HEADER_NUMBER.match(text) if start == 0 and "số" in text else None
    return P.HEADER_NUMBER.search(text, start)


def find_place_date(text: str) -> regex.Match[str] | None:
    """``P.PLACE_DATE.search(text)``, started near the first "ngày" (any case)."""
    low = lower(text)
    k = low.find("ngày")
    if k < 0:
        return None
    if len(low) != len(text):  # lowering changed offsets: search it all
        k = 0
    elif (t := low.find("tháng", k + 4)) < 0 or low.find("năm", t + 5) < 0:
        # a date has "tháng" and then "năm" after its "ngày": a line citing
        # "ngày 15/3/2024" has not, and the search would try every position
        return None
    return P.PLACE_DATE.search(text, max(0, k - _PLACE_REACH))


def walk_sections(sections: list[Section]) -> list[Section]:
    """Every section, depth first, in document order (one list, not one
    generator per level; a list's loop is cheaper than a generator's resumes,
    and the tree is walked whole most of the time)."""
    out: list[Section] = []
    append = out.append
    stack = sections[::-1]
    pop = stack.pop
    while stack:
        s = pop()
        append(s)
        if children := s.children:  # (most sections have none: no empty slice)
            stack += children[::-1]
    return out


# How far into a text its own type line stands (below the header block).
MAIN_TYPE_REACH = 25


def split_parts(ct: CleanText) -> list[Part]:
    """Main document, then one part per attached document."""
    phys = ct.phys
    starts = []
    seen_footer = False
    main_type = False  # (the text's own type line, its title under it: "THÔNG TƯ" /
    # "SỬA ĐỔI … QUY CHẾ …" / "BAN HÀNH KÈM THEO THÔNG TƯ SỐ …" is no attachment)
    initials = P.FOOTER_INITIALS
    for i, pl in enumerate(phys):
        text = pl.text
        if text[0] in initials and P.FOOTER_OPENER.match(text, 0, None, False):
            seen_footer = True
        # (_type_of_line's own first test, here: most lines fail it, with no call)
        if i < 3 or not text[:2].isupper() or not (typed := _type_of_line(text)):
            continue
        if typed[2] and _wrapped_heading(phys[i - 1].text):
            # "… BAN HÀNH VĂN BẢN QUY PHẠM PHÁP" / "LUẬT LÀ THÔNG TƯ, …": the
            # type word goes on with a heading wrapped onto its line
            continue
        if not main_type and not seen_footer and i < MAIN_TYPE_REACH:
            main_type = True
            if P.ATTACHED_TITLE_WRAP.match(phys[i + 1].text if i + 1 < len(phys) else ""):
                continue
        if (
            typed[0] == "QyĐ"
            and typed[2]
            and phys[i - 1].text[:3] in ("PHỤ", "Phụ")
            and P.APPENDIX_HEADING.match(phys[i - 1].text)
        ):
            # "Phụ lục I" / "QUY ĐỊNH VỀ HỆ THỐNG …" / "(kèm theo Thông tư số …)":
            # what the appendix lays down, its title in one line under its
            # heading, no attached "Quy định" (an appendix of the carrier,
            # beside its others). A type line alone, its title below it
            # ("QUY ĐỊNH" / "Về quản lý …"), is an attached text's; so is a
            # plan there ("PHỤ LỤC" / "KẾ HOẠCH …").
            continue
        window = phys[i + 1 : i + 6]
        has_clause = any(P.ATTACHED_CLAUSE.match(w.text) for w in window)
        if (has_clause or (seen_footer and any(P.SECTION_ROMAN.match(w.text) for w in window))) and not _a_form(
            phys, i, ct.text
        ):
            starts.append(i)
            seen_footer = False
    parts = []
    bounds = [0, *starts, len(phys)]
    for k in range(len(bounds) - 1):
        parts.append(Part(bounds[k], bounds[k + 1], attached=k > 0))
    return parts


# (the fewest words of a heading in capitals wrapped over its lines: an
# issuer's line, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", and the motto's have fewer)
_WRAPPED_HEADING_WORDS = 9


def _listed_form(lines: list[LogicalLine], k: int) -> bool:
    """Is the form's label and title on line ``k`` an entry of a list of
    forms, a line beside it another label and title?"""
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and lines[j].text[:1] == "M":
            other = P.FORM_HEADING.match(lines[j].text)
            if other and other["rest"]:
                return True
    return False


def _wrapped_heading(before: str) -> bool:
    """Is ``before``, the line over a type word's, a long heading in capitals
    cut mid-phrase (no stop, comma or colon ending it), which the type
    word's line goes on with ("… VĂN BẢN QUY PHẠM PHÁP" / "LUẬT LÀ …")?"""
    line = before.strip()
    return (
        line[-1:].isalpha()
        and line.isupper()
        and len(line.split()) >= _WRAPPED_HEADING_WORDS
        and not line.startswith(("CỘNG HÒA", "CỘNG HOÀ"))
    )


# (the most lines a title runs over: a decision correcting a long-named
# circular takes a dozen)
_TITLE_MOST_LINES = 16
# The first letters a form's label ("Mẫu số 01") and a caption ("(Ban hành
# kèm theo …", "Kèm theo …") open with: a cheap test before their patterns.
_FORM_OR_CAPTION_INITIALS = "M(BK"
# (a certificate's labelled fields read under its title for its date)
_LABELLED_FIELDS_READ = 4
_SUBJECT_FIELD_LINES = 6  # (a slip's fields under its type word: to whom, from whom, its subject)
# (how far a form's label or its placeholders stand from its type line)
_FORM_ABOVE = 4
_FORM_BELOW = 6


def _a_form(phys: list[PhysLine], i: int, text: str) -> bool:
    """Whether the type line at ``i`` heads a blank form, no attached
    document: a form's label over it ("Mẫu số 01"), placeholders where a
    document has its date or number ("ngày…. tháng…. năm….."), or an appendix
    the text itself calls a form ("… theo Mẫu tại Phụ lục I …" / "PHỤ LỤC I")."""
    near = phys[max(0, i - _FORM_ABOVE) : i + _FORM_BELOW]
    if any(P.FORM_LABEL.match(pl.text) or P.FORM_PLACEHOLDER.search(pl.text) for pl in near):
        return True
    # an appendix whose title names the forms it lays down: "PHỤ LỤC IV" /
    # "QUY ĐỊNH VỀ MẪU ĐƠN, TỜ KHAI …" ("QUY ĐỊNH" there is no type)
    typed = _type_of_line(phys[i].text)
    title = typed[2] if typed and typed[2] else (phys[i + 1].text if i + 1 < len(phys) else "")
    if P.FORMS_TITLE.match(title) and any(P.APPENDIX_HEADING.match(pl.text) for pl in phys[max(0, i - _FORM_ABOVE) : i]):
        return True
    called = _form_appendices(text)
    if not called:
        return False
    for pl in phys[max(0, i - _FORM_ABOVE) : i]:
        m = P.APPENDIX_HEADING.match(pl.text)
        label = m and (m["label"] or m["label2"])
        if label and label.upper() in called:
            return True
    return False


def _form_appendices(text: str) -> set[str]:
    """The labels of the appendices ``text`` calls forms ("… theo Mẫu tại Phụ
    lục I …"): FORM_APPENDIX matched where its "mẫu" stands, found by
    str.find (a case-blind search of the text tries every place)."""
    out = set()
    for word in ("ẫu", "ẪU"):
        i = text.find(word)
        while i >= 0:
            m = P.FORM_APPENDIX.match(text, i - 1) if i else None
            if m:
                out.add(m["label"].upper())
            i = text.find(word, i + 2)
    return out


# ---------------------------------------------------------------------------
# header
# ---------------------------------------------------------------------------


@dataclass
class HeaderScan:
    header: Header = field(default_factory=Header)
    end: int = 0  # phys index where the header block ends (body starts)
    attached_clause: PhysLine | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _set_number(h: Header, num: DocNumber) -> None:
    """The header's number and symbol, as a number read for it gives them (a
    Party number's symbol is what follows its serial: "KH/TU" of "45-KH/TU")."""
    h.number = num.number
    h.symbol = num.symbol if num.family != "party" else num.number.split("-", 1)[1]


def _iso_date(day: str | None, month: str | None, year: str | None) -> str | None:
    if not year:
        return None
    y = int(year)
    if not month:
        return f"{y:04d}"
    m = int(month)
    if not 1 <= m <= 12:
        return f"{y:04d}"
    if not day:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{int(day):02d}"


def _span_of(ct: CleanText, pl: PhysLine, start: int = 0, end: int | None = None) -> Span:
    """Source span of a slice of a physical line's (cleaned) text."""
    text_len = len(pl.text)
    end = text_len if end is None else end
    # pieces map the cleaned line 1:1 onto the source, run by run: the
    # source offset of the line's i-th kept character is found by walking them
    n = sum(pc.src_end - pc.src_start for pc in pl.pieces if pc.src_end > pc.src_start)
    if not n:
        return ct.source_span(pl.src_start, pl.src_end)
    i, j = min(start, n - 1), min(max(end - 1, start), n - 1)
    if i < 0 or j < 0:  # (indexed from the end, as a list of the offsets would be)
        i, j = i + n if i < 0 else i, j + n if j < 0 else j
    return ct.source_span(_source_at(pl, i), _source_at(pl, j) + 1)


def _source_at(pl: PhysLine, i: int) -> int:
    """The source offset of a physical line's ``i``-th cleaned character."""
    if i < 0:
        raise IndexError(i)
    for pc in pl.pieces:
        if pc.src_end > pc.src_start:
            if i < pc.src_end - pc.src_start:
                return pc.src_start + i
            i -= pc.src_end - pc.src_start
    raise IndexError(i)


def _is_upper(text: str) -> bool:
    return bool(P.HAS_LETTER.search(text, 0, None, False)) and not P.HAS_LOWER.search(text)


# The letters P.PREAMBLE_START's openings start with ("Căn cứ", "Thực hiện",
# "Xét", "Theo", "Trên cơ sở", "Kính gửi", "Nhằm", "Để", "Ngày", "Sau khi",
# "Hiện nay", "Qua").
_PREAMBLE_INITIALS = frozenset("CTXKNĐSHQ")


def scan_header(ct: CleanText, part: Part, consolidated: bool = False) -> HeaderScan:
    """The header block of a part; ``consolidated`` says the part is a
    consolidated text (see ``consolidation_mark``)."""
    phys = ct.phys[part.first : part.last]
    top = _below_portal_residue(phys[:HEADER_WINDOW])
    if top:
        phys = phys[top:]
    scan = HeaderScan(end=part.first + top)
    h = scan.header
    window = phys[:HEADER_WINDOW]

    # 1. the type line and title
    type_idx = None
    for i, pl in enumerate(window):
        if P.BODY_OPENER.match(pl.text, 0, None, False) and i > 0 and type_idx is None and not pl.is_cell:
            break
        t = _type_of_line(pl.text)
        if t and not P.ENACTING.match(pl.text):
            type_idx = i
            code, word, rest = t
            h.doc_type = code
            h.doc_type_name = doc_types()[code].name
            h.spans["doc_type"] = _span_of(ct, pl, 0, len(word))
            break

    title_end = type_idx + 1 if type_idx is not None else 0
    if type_idx is not None:
        title_lines: list[tuple[PhysLine, int]] = []
        rest = _type_of_line(window[type_idx].text)[2]  # type: ignore[index]
        if rest:
            title_lines.append((window[type_idx], len(window[type_idx].text) - len(rest)))
        j = type_idx + 1
        first_case = None
        while j < len(phys) and j < type_idx + 1 + _TITLE_MOST_LINES:
            pl = phys[j]
            text = pl.text
            if not title_lines and j == type_idx + 1 and _title_opening_like_a_preamble(phys, j):
                title_lines.append((pl, 0))  # "KẾ HOẠCH" / "Thực hiện Chỉ thị số 28-CT/TW …"
                first_case = _is_upper(text)
                j += 1
                continue
            if (
                P.PREAMBLE_START.match(text)
                or P.BLOCK_START.match(text)
                or P.ENACTING.match(text, 0, None, False)
                or P.RECIPIENTS.match(text)
                or P.LABELLED_FIELD.match(text, 0, None, False)
                or P.MOTTO.search(text, 0, None, False)
                or _number_line(text)
                or (consolidated and P.CONSOLIDATED_NOTE.match(text))
            ):
                break
            # (a title amending a text attached to another goes on with it:
            # "SỬA ĐỔI … QUY CHẾ …" / "BAN HÀNH KÈM THEO THÔNG TƯ SỐ …")
            amended_attached = (
                bool(title_lines)
                and not text.startswith("(")
                and P.ATTACHED_TITLE_WRAP.match(title_lines[0][0].text[title_lines[0][1] :]) is not None
                and P.ATTACHED_CLAUSE.match(text) is not None
            )
            if not amended_attached and P.ATTACHED_CLAUSE.match(text):
                scan.attached_clause = pl
                j += 1
                break
            if (
                title_lines
                and not amended_attached  # ("BAN HÀNH …" opens with no committee's "Ban")
                and _is_upper(text)
                and (P.ENACTING_AUTHORITY.match(text) or organ_of(text))
                and len(text) < 90
            ):
                break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …" under a caps title
            if title_lines and pl.blank_before and not _is_upper(text) and _opens_a_body_paragraph(phys, j):
                break  # a paragraph after a blank line: the body's first ("Năm 2026, theo dự báo …")
            case = _is_upper(text)
            if first_case is None:
                first_case = case
            elif case != first_case and title_lines:
                if first_case and all(P.ISSUING_BODY_UNDER_TYPE.match(t.text[off:]) for t, off in title_lines):
                    # a Party text names its issuing body or meeting under the
                    # type word, then its subject: "CHỈ THỊ / CỦA BAN THƯỜNG VỤ
                    # TỈNH ỦY / về tăng cường …"
                    title_lines = []
                    first_case = case
                else:
                    # a mixed-case title followed by the enacting authority in
                    # capitals ("ỦY BAN NHÂN DÂN TỈNH SƠN LA"), or the reverse
                    break
            if (
                P.TERMINAL_PUNCT.match(text)
                and not text.endswith(")")
                and title_lines
                and len(text) > 60
            ):
                title_lines.append((pl, 0))
                j += 1
                break
            title_lines.append((pl, 0))
            j += 1
        if j < len(phys) and scan.attached_clause is None and P.ATTACHED_CLAUSE.match(phys[j].text):
            scan.attached_clause = phys[j]
            j += 1
        while (
            len(title_lines) > 1
            and P.ISSUING_BODY_LINE.match(title_lines[0][0].text[title_lines[0][1] :])
            and title_lines[1][0].text[:3].lower() == "về "
        ):
            title_lines = title_lines[1:]  # "của Ban Thường vụ Huyện ủy" / "về …": the issuer's line
        if title_lines:
            h.title = " ".join(pl.text[off:] for pl, off in title_lines).strip()
            first, off = title_lines[0]
            last = title_lines[-1][0]
            s = _span_of(ct, first, off)
            e = _span_of(ct, last)
            h.spans["title"] = ct.source_span(s.start, e.end)
        title_end = j
        if h.title is None:
            _read_subject_field(ct, window[type_idx + 1 : type_idx + 1 + _SUBJECT_FIELD_LINES], h)

    # 2. number, place/date, motto, V/v — anywhere in the header window
    # (before the title's end, or the window for headerless letters)
    limit = max(title_end, min(len(window), 12)) if type_idx is not None else min(len(window), 15)
    issuer_lines: list[PhysLine] = []
    past_top = False
    for i, pl in enumerate(window[:limit]):
        text = pl.text
        if i >= title_end - 0 and type_idx is not None and i >= type_idx:
            # below the type line only the enacting authority matters
            continue
        m = find_number(text)
        if m and h.spans.get("number") is None and "symbol" not in h.spans:
            _read_number(ct, pl, m, scan)
        dm = find_place_date(text)
        date_line = pl
        if (
            dm is None
            and "date" not in h.spans
            and i + 1 < len(window)
            and P.DATE_WORD_END.match(text, 0, None, False)
        ):
            # "Bình Dương, ngày" / "27 tháng 12 năm 2024" wrapped in a narrow cell
            nxt = window[i + 1]
            joined = f"{text} {nxt.text}"
            dm = find_place_date(joined)
            if dm and dm.start() < len(text):
                text = joined
                date_line = _merge_lines(pl, nxt)
            else:
                dm = None
        if (
            dm
            and type_idx is not None
            and i > type_idx
            and not dm["place"]
            and "số" in text[: dm.start()].lower()
        ):
            dm = None  # in the title, "… số 52-CT/TW ngày 03 tháng 10 năm 2025": a cited document's
        if dm and not dm["place"] and text[:1] in _PREAMBLE_INITIALS and P.PREAMBLE_START.match(text):
            # "Thực hiện Kế hoạch số 07/KH-BCĐ ngày 30 tháng 12 năm 2025 …",
            # "Căn cứ Luật … ngày 16 tháng 6 năm 2025": the date of a document
            # the preamble cites, never the text's own (a dateline or a
            # portal's record gives that)
            dm = None
        if dm and "date" not in h.spans and (i < limit):
            pl = date_line
            h.date = _iso_date(dm["day"], dm["month"], dm["year"])
            h.spans["date"] = _span_of(ct, pl, dm.start(), dm.end())
            if dm["place"]:
                place = _clean_place(dm["place"])
                if place:
                    h.place = place
                    h.spans["place"] = _place_span(ct, pl, dm, place)
            if dm["day"] is None:
                # (its severity set by _mark_draft, which reads the draft mark below)
                scan.diagnostics.append(_blank_day(ct, pl, "warning"))
        if P.MOTTO.search(text, 0, None, False) or P.MOTTO_LINE2.search(text, 0, None, False) or P.MOTTO_PARTIAL.match(text):
            h.motto = True
        if h.urgency is None and ("TỐC" in text or "KHẨN" in text or len(text) <= 16):
            _read_urgency(ct, pl, h)
        vv = P.SUBJECT_VV.search(text, 0, None, False)
        if vv is None and type_idx is None and ("number" in h.spans or "symbol" in h.spans):
            vv = P.SUBJECT_VE_VIEC.match(text)
        if vv and h.title is None:
            subject = vv["subject"].strip()
            # the header's right column printed beside it ("V/v …     Tam Đảo,
            # ngày …"), or a tab before it
            gap = P.COLUMN_GAP.search(subject) if "   " in subject else None
            if gap:
                subject = subject[: gap.start()]
            if ct.tabs:
                subject = _before_tab(ct, pl, subject, vv.start("subject") + vv["subject"].find(subject[:1]))
            span = _span_of(ct, pl, vv.start("subject"), vv.start("subject") + len(subject))
            # a subject wrapped in its narrow cell runs on in lowercase lines,
            # or after a comma or a word that cannot end it ("…, " / "TCTN …")
            narrow = len(text) <= _SUBJECT_WIDTH
            for nxt in window[i + 1 : i + 1 + _SUBJECT_LINES]:
                if pl.is_cell and nxt.is_cell and nxt.cell_index != pl.cell_index and not nxt.blank_before:
                    continue  # the right column's cell on the row ("| V/v … | Lào Cai, ngày … |")
                if not pl.is_cell and not nxt.is_cell and _right_column_line(nxt.text):
                    # the right column's motto or date printed between the
                    # subject's lines of a flattened page
                    continue
                runs_on = P.STARTS_LOWER.match(nxt.text) or (
                    not nxt.blank_before
                    and not P.BLOCK_START.match(nxt.text)
                    and not P.MOTTO_LINE2.search(nxt.text)
                    and not find_number(nxt.text)  # ("Số: 12/UBND-VX" under it: the number's line)
                    and (
                        P.CONTINUATION_END.match(subject)
                        or P.ORGAN_NOUN_END.match(subject)
                        # a narrow cell wraps anywhere, onto lines as narrow
                        or (narrow and len(nxt.text) <= _SUBJECT_WIDTH and not _is_upper(nxt.text))
                    )
                )
                # (a subject typed over two paragraphs of its cell goes on in
                # the same column's cell of the next row: "| V/v … |" / "| nổ mìn … |")
                other_cell = (pl.is_cell or nxt.is_cell) and not (
                    pl.is_cell and nxt.is_cell and nxt.cell_index == pl.cell_index and nxt.line > pl.line
                )
                if other_cell or not runs_on or find_place_date(nxt.text):
                    break
                more = nxt.text
                gap = P.COLUMN_GAP.search(more) if "   " in more else None
                if gap:
                    more = more[: gap.start()]
                if ct.tabs:
                    more = _before_tab(ct, nxt, more, 0)
                subject = f"{subject} {more}"
                span = ct.source_span(span.start, _span_of(ct, nxt, 0, len(more)).end)
            h.title = subject.rstrip(" .;,")  # a subject has no closing mark
            h.spans["title"] = span
            if h.doc_type is None:
                h.doc_type, h.doc_type_name = "CV", "Công văn"
        if (type_idx is None or i < type_idx) and not past_top:
            issuer_lines.append(pl)
        if issuer_lines and ("number" in h.spans or "symbol" in h.spans) and "date" in h.spans:
            # the issuer block sits above (or beside) the number and the date
            past_top = True
    if "date" not in h.spans and type_idx is not None:
        # a certificate's labelled fields under its title date it: "Chứng
        # nhận lần đầu: ngày 30 tháng 6 năm 2026"
        for pl in window[title_end : title_end + _LABELLED_FIELDS_READ]:
            if not P.LABELLED_FIELD.match(pl.text):
                break
            dm = find_place_date(pl.text)
            if dm:
                h.date = _iso_date(dm["day"], dm["month"], dm["year"])
                h.spans["date"] = _span_of(ct, pl, dm.start(), dm.end())
                break

    # 3. issuer: the capitalised lines of the header's left column
    _read_issuer(ct, issuer_lines, h, window, title_end)
    _mark_draft(ct, window[: type_idx if type_idx is not None else limit], scan)
    if _is_joint_symbol(h.symbol):
        _read_issuer_columns(ct, issuer_lines, h)
    if type_idx is not None and h.issuer.organ == "Ban Chấp hành Trung ương":
        _central_body_under_type(ct, window, type_idx, h)
    elif type_idx is not None and h.issuer.organ in party_committees():
        _committee_organ_under_type(ct, window, type_idx, h)

    # a công văn letter has no type line: its number's symbol has no type code
    if h.doc_type is None and h.symbol:
        sym_type, _, known = parse_symbol(h.symbol)
        if known and sym_type:
            h.doc_type = sym_type
            h.doc_type_name = doc_types()[sym_type].name
        elif (
            ("-" in (h.symbol or "") or h.number is not None)  # ("245/LĐTBXH": the issuer's code alone)
            and h.symbol.count("/") == 0
            and (h.title is not None or h.motto)
        ):
            h.doc_type, h.doc_type_name = "CV", "Công văn"

    scan.end = part.first + top + max(
        title_end, _last_header_line(window[:limit], title_end) + 1 if window else 0
    )
    return scan


def _read_subject_field(ct: CleanText, lines: list[PhysLine], h: Header) -> None:
    """The title a submission slip or a form gives in a labelled field under
    its type word ("PHIẾU TRÌNH" / "Kính gửi: …" / "Vấn đề trình\t: Cấp Giấy
    phép …"; ``P.SUBJECT_FIELD``), its value to the line's end, and on lines
    in lower case it wraps onto."""
    for k, pl in enumerate(lines):
        m = P.SUBJECT_FIELD.match(pl.text)
        if m is None:
            continue
        subject = m["subject"]
        if ct.tabs:
            subject = _before_tab(ct, pl, subject, m.start("subject"))
        span = _span_of(ct, pl, m.start("subject"), m.start("subject") + len(subject))
        for nxt in lines[k + 1 :]:
            if not P.STARTS_LOWER.match(nxt.text) or nxt.is_cell:
                break
            subject = f"{subject} {nxt.text}"
            span = ct.source_span(span.start, _span_of(ct, nxt, 0, len(nxt.text)).end)
        h.title = subject.strip().rstrip(" .;,")
        h.spans["title"] = span
        return


def _draft_mark(text: str, tabbed: bool = False) -> re.Match[str] | None:
    """The draft stamp ending a header line or making it whole (see
    ``P.DRAFT_MARK``): beside another column only in capitals, and only
    where the line has that column (a run of spaces or a bar before the
    stamp, or a tab on the line: ``tabbed``), never the end of a subject
    ("V/V GÓP Ý DỰ THẢO")."""
    if "THẢO" not in text and "thảo" not in text:
        return None
    text = text.rstrip(" |")
    m = P.DRAFT_MARK.search(text)
    if m is None or m.start() == 0:
        return m
    before = text[: m.start()]
    if not _is_upper(m["mark"]) or not (tabbed or before.endswith("   ") or before.rstrip().endswith("|")):
        return None
    return m


def _mark_draft(ct: CleanText, lines: list[PhysLine], scan: HeaderScan) -> None:
    """A header stamped "DỰ THẢO" is a draft's: say so (``draft-mark``), and
    its blank number and date are what a draft is expected to leave (info);
    a text with no stamp keeps them as errors, as ``check`` does. The
    subject's or title's lines are no stamp's ("V/v góp ý dự thảo …")."""
    title = scan.header.spans.get("title")
    mark = None
    for pl in lines:
        if "THẢO" not in pl.text and "thảo" not in pl.text:
            continue
        if title is not None and pl.src_start < title.end and pl.src_end > title.start:
            continue
        if P.SUBJECT_VV.search(pl.text, 0, None, False) is not None:
            continue
        if _draft_mark(pl.text, bool(_line_tabs(ct, pl))) is not None:
            mark = pl
            break
    for d in scan.diagnostics:
        if d.code in _BLANK_IN_A_DRAFT:
            d.severity = _blank_severity(mark is not None)
    if mark is not None:
        scan.diagnostics.append(_diag(ct, mark, "draft-mark", "info", "Dự thảo (draft mark over the header)"))


# What a draft leaves blank until it is signed.
_BLANK_IN_A_DRAFT = ("number-blank", "date-blank-day")


def _blank_severity(draft: bool) -> Severity:
    """A number or day left blank: expected in a text stamped a draft (info),
    an error in one that is not."""
    return "info" if draft else "error"


def _blank_day(ct: CleanText, pl: PhysLine, severity: str) -> Diagnostic:
    """The diagnostic of a date line ``pl`` whose day is left blank."""
    return _diag(ct, pl, "date-blank-day", severity, "Ngày ban hành để trống (date left blank in a draft)")


def _urgency_mark(text: str) -> re.Match[str] | None:
    """The urgency mark ending a header line (see ``P.URGENCY_MARK``): in
    capitals, or the whole line ("Hỏa tốc" in a box)."""
    text = text.rstrip(" |")
    m = P.URGENCY_MARK.search(text)
    if m is None or not (m.start() == 0 or _is_upper(m["mark"])):
        return None
    return m


def _read_urgency(ct: CleanText, pl: PhysLine, h: Header) -> None:
    m = _urgency_mark(pl.text)
    if m is not None:
        h.urgency = " ".join(m["mark"].split()).capitalize().replace("Hoả", "Hỏa")
        h.spans["urgency"] = _span_of(ct, pl, m.start("mark"), m.end("mark"))


def _central_body_under_type(ct: CleanText, window: list[PhysLine], type_idx: int, h: Header) -> None:
    """The central body named under the type word issues the text, the
    letterhead "BAN CHẤP HÀNH TRUNG ƯƠNG" its parent: "CHỈ THỊ / CỦA BAN BÍ
    THƯ" is the Secretariat's."""
    rest = _type_of_line(window[type_idx].text)[2]  # type: ignore[index]
    lines = [(window[type_idx], len(window[type_idx].text) - len(rest))] if rest else []
    lines += [(pl, 0) for pl in window[type_idx + 1 : type_idx + 3]]
    for pl, off in lines:
        m = P.CENTRAL_BODY_UNDER_TYPE.match(pl.text, off)
        if m:
            body = " ".join(m["body"].split())
            if organ_of(body) != organ_of(h.issuer.name or ""):
                h.issuer = _issuer_named(body, h.issuer.name)
                h.issuer.span = h.spans["issuer"] = _span_of(ct, pl, m.start("body"), m.end("body"))
            return


def _first_search(ll: LogicalLine, pattern: re.Pattern[str]) -> tuple[PhysLine, re.Match[str]] | None:
    """The first of a logical line's physical lines ``pattern`` finds, and its match."""
    for pl in ll.phys:
        m = pattern.search(pl.text)
        if m:
            return pl, m
    return None


def _central_body_acting(
    ct: CleanText, footer: list[LogicalLine], numbered: list[LogicalLine], h: Header
) -> None:
    """A text headed "BAN CHẤP HÀNH TRUNG ƯƠNG" whose type line names no
    body is issued by the central body its signer acts for ("T/M BAN BÍ
    THƯ"), or else by the one its opening sentence names as acting ("…, Ban
    Bí thư hướng dẫn như sau:"); the letterhead is its parent. A signer
    acting for another body ("T/M BAN CHẤP HÀNH TRUNG ƯƠNG") keeps it."""
    found: tuple[PhysLine, re.Match[str]] | None = None
    signed_for = h.signer is not None and h.signer.on_behalf is not None
    for ll in footer if signed_for else ():
        if ("/M" in ll.text or "TM" in ll.text.upper()) and (found := _first_search(ll, P.CENTRAL_BODY_SIGNED_FOR)):
            break
    if found is None and not signed_for:
        for ll in numbered[:4]:
            if classify_line(ll.text) is not None:
                break
            if ("Bộ Chính trị" in ll.text or "Ban Bí thư" in ll.text) and (found := _first_search(ll, P.CENTRAL_BODY_OPENING)):
                break
    if found is None:
        return
    pl, m = found
    h.issuer = _issuer_named(" ".join(m["body"].split()), h.issuer.name)
    h.issuer.span = h.spans["issuer"] = _span_of(ct, pl, m.start("body"), m.end("body"))


def _committee_organ_under_type(ct: CleanText, window: list[PhysLine], type_idx: int, h: Header) -> None:
    """The committee's organ named right under the type word issues the text:
    "TỈNH ỦY" / "THÔNG BÁO KẾT LUẬN / của Ban Thường vụ Tỉnh ủy về …" is the
    Ban Thường vụ's. Its name is the organ's with the letterhead's committee
    (whose place it keeps), its parent the letterhead's line above that."""
    rest = _type_of_line(window[type_idx].text)[2]  # type: ignore[index]
    if rest:
        pl, off = window[type_idx], len(window[type_idx].text) - len(rest)
    elif type_idx + 1 < len(window):
        pl, off = window[type_idx + 1], 0  # (only the line right under it: a title's wrap may cite another's)
    else:
        return
    m = P.COMMITTEE_ORGAN_UNDER_TYPE.match(pl.text, off)
    old = h.issuer
    if not m or not old.name or fold(m["committee"]) != fold(old.organ or ""):
        return
    kind = next((o for o in committee_organs() if fold(o) == fold(m["organ"])), None)
    if kind is None:
        return
    name = f"{kind.upper() if _is_upper(old.name) else kind} {old.name}"
    h.issuer = Issuer(
        name=name,
        parent=old.parent,
        full_name=f"{kind} {old.full_name or old.name}",
        organ=kind,
        branch=old.branch,
        level=old.level,
    )
    h.issuer.span = h.spans["issuer"] = _span_of(ct, pl, m.start("organ"), m.end("committee"))


# An issuer's line in the header's column is short.
_ISSUER_LINE_MAX = 90


# The letters P.PORTAL_RESIDUE's labels open with, in either case ("Trang
# chủ", "Số ký hiệu", "Ngày ban hành", "Loại văn bản", "Cơ quan ban hành" …;
# re's IGNORECASE matches "s" to "ſ" too).
_PORTAL_INITIALS = frozenset("TtSsſNnLlCc")


def _below_portal_residue(window: list[PhysLine]) -> int:
    """Where a document's own header block starts under the residue of the
    web portal's page it was copied from (its breadcrumb, the page's title
    "V/v …", its record "Số ký hiệu / Ngày ban hành / Trích yếu …"): at the
    issuer's lines right above the motto. The real block wins over what the
    page says of it (its record fills only what the block lacks, see
    ``_portal_metadata``). 0 when no such residue comes first."""
    residue = P.PORTAL_RESIDUE.match
    for pl in window:  # (a loop, the pattern only on lines opening as it does)
        if pl.text[:1] in _PORTAL_INITIALS and residue(pl.text):
            break
    else:
        return 0  # (the common case)
    motto = next((i for i, pl in enumerate(window) if P.MOTTO.search(pl.text)), None)
    if not motto:
        return 0
    top = motto
    while (
        top > 0
        and len(window[top - 1].text) <= _ISSUER_LINE_MAX
        and _is_upper(window[top - 1].text)
        and not P.PORTAL_RESIDUE.match(window[top - 1].text)
    ):
        top -= 1
    return top if any(P.PORTAL_RESIDUE.match(pl.text) for pl in window[:top]) else 0


def _merge_lines(a: PhysLine, b: PhysLine) -> PhysLine:
    """Two physical lines read as one (a space between them maps to nothing)."""
    gap = Piece(a.src_end, a.src_end + 1)  # the newline stands for the joining space
    return PhysLine(
        f"{a.text} {b.text}",
        a.line,
        [*a.pieces, gap, *b.pieces],
        a.is_cell,
        a.cell_index,
        a.blank_before,
    )


# A header line (number, place and date, motto) is short; a paragraph is not.
_HEADER_LINE_MAX = 160


# The lines a letter's subject ("V/v …") wraps onto in its narrow cell, and
# how wide such a cell's lines are (the header's left half).
_SUBJECT_LINES = 6
_SUBJECT_WIDTH = 70


def _right_column_line(text: str) -> bool:
    """A line of the header's right column alone: its motto (either line) or
    its place and date ("Lào Cai, ngày 10 tháng 6 năm 2026")."""
    if P.MOTTO.search(text) or P.MOTTO_LINE2.search(text):
        return True
    dm = find_place_date(text) if "ngày" in text or "Ngày" in text else None
    return dm is not None and dm.start() <= 1 and len(text) - dm.end() <= 1


def _closing_paragraphs(body: list[LogicalLine]) -> int | None:
    """Where the paragraphs after a text's last item start, when they speak of
    the whole text ("Công văn này thay thế …", "Yêu cầu các cơ quan, đơn vị
    … thực hiện./."): the first of them that does; None in a text of articles,
    whose last paragraph is its last article's."""
    k = len(body)
    while k > 0 and classify_line(body[k - 1].text) is None:
        k -= 1
    if k == 0 or k == len(body):
        return None  # (no item, or the last line is one)
    if any(ll.text[:4] in ("Điều", "ĐIỀU") and P.SECTION_ARTICLE.match(ll.text) for ll in body[:k]):
        return None
    if body[k - 1].text.rstrip().endswith(":"):
        k += 1  # ("3. Các Bộ trưởng:" / "Giao Bộ Công an …": the item's own text)
    return next((i for i in range(k, len(body)) if P.CLOSING_PARAGRAPH.match(body[i].text)), None)


# A title's line, wrapped, is shorter than a paragraph of the body.
_TITLE_LINE_MAX = 120


def _title_opening_like_a_preamble(phys: list[PhysLine], j: int) -> bool:
    """Whether the line under the type word, opening like a preamble ("Thực
    hiện Chỉ thị số 28-CT/TW …"), is the title: a title carries no closing
    mark, where the preamble's clause ends with ";" or "," or runs into the
    issuer's sentence ("…, UBND tỉnh ban hành Kế hoạch …")."""
    if not P.TITLE_LIKE_PREAMBLE.match(phys[j].text):
        return False
    parts: list[str] = []
    for pl in phys[j : j + 5]:
        if parts and (P.BLOCK_START.match(pl.text) or P.ATTACHED_CLAUSE.match(pl.text)):
            break
        parts.append(pl.text)
    text = " ".join(parts)
    return len(text) <= 400 and not P.TERMINAL_PUNCT.match(text) and not text.rstrip().endswith(",")


def _last_header_line(window: list[PhysLine], title_end: int = 0) -> int:
    """Index of the last line of ``window`` holding a header's number, date or
    motto. After the title, the header's lines end where the body begins (its
    first item, preamble or paragraph): a body's "Nghị định số 29/2008/NĐ-CP
    ngày …" is a citation, not the header's number."""
    last = -1
    for i, pl in enumerate(window):
        text = pl.text
        if i >= title_end > 0 and (
            len(text) > _HEADER_LINE_MAX
            or classify_line(text) is not None
            or P.PREAMBLE_START.match(text)
        ):
            break
        if (
            title_end == 0
            and last >= 0
            and not pl.is_cell
            and (
                len(text) > _HEADER_LINE_MAX
                or P.ADDRESSEE.match(text)
                or classify_line(text) is not None
                or P.PREAMBLE_START.match(text)
            )
        ):
            # a letter without a type line: its body begins after its number
            # and date (a date in its paragraphs is a cited document's)
            break
        if find_number(text) or find_place_date(text) or P.MOTTO_LINE2.search(text, 0, None, False):
            last = i
    return last


def _opens_a_body_paragraph(phys: list[PhysLine], j: int) -> bool:
    """Whether the paragraph starting at line ``j`` (up to the next blank line)
    is prose, not the rest of a title: a long line, or sentences ended by a
    full stop or a colon, wrapped over short lines or not."""
    if len(phys[j].text) > _TITLE_LINE_MAX:
        return True
    parts = [phys[j].text]
    k = j + 1
    while k < len(phys) and k < j + 8 and not phys[k].blank_before:
        parts.append(phys[k].text)
        k += 1
    paragraph = " ".join(parts).strip()
    if paragraph.endswith(":") or P.SENTENCE_BREAK.search(paragraph):
        return True  # short too: "Ban Bí thư yêu cầu … các nhiệm vụ sau:"
    return len(paragraph) > _TITLE_LINE_MAX and paragraph.endswith(".")


def _place_span(ct: CleanText, pl: PhysLine, dm: regex.Match[str], place: str) -> Span:
    """The span of the place as cleaned: its last words of what the pattern took."""
    starts = [m.start() for m in P.PLACE_WORD.finditer(dm["place"])]
    first = starts[-len(place.split())] if len(place.split()) <= len(starts) else 0
    return _span_of(ct, pl, dm.start("place") + first, dm.end("place"))


def _is_title_word(word: str) -> bool:
    return word[:1].isupper() and bool(P.HAS_LOWER.search(word))


def _clean_place(place: str) -> str | None:
    place = " ".join(place.split()).strip(" ,.-")
    # flattened headers put motto or number text before the place; keep the
    # last words that are capitalised
    words = place.split()
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        code_like = any(c in w for c in "/-") and not P.HAS_LOWER.search(w)
        if (w[:1].isupper() or w.isdigit()) and not code_like:
            keep.insert(0, w)
        elif w in ("-", "–") and keep and i > 0 and _is_title_word(words[i - 1]) and _is_title_word(keep[0]):
            keep.insert(0, w)  # "Xuân Hương - Đà Lạt": one ward's name, not a motto's dash
        else:
            break
    place = " ".join(keep)
    if not place or P.MOTTO_LINE2.search(place) or fold(place) in {"so", "ngay"}:
        return None
    for junk in ("Hạnh phúc", "HẠNH PHÚC"):
        if place.startswith(junk):
            place = place[len(junk) :].strip()
    return place or None


def _read_number(ct: CleanText, pl: PhysLine, m: regex.Match[str], scan: HeaderScan) -> None:
    h = scan.header
    body = m["body"]
    # stop at a "V/v" that a flattened cell runs on with
    body = P.SUBJECT_RUN_ON.split(body)[0]
    squeezed = "".join(ch for ch in body if not ch.isspace())
    serial = ""
    k = 0
    while k < len(squeezed) and (squeezed[k].isdigit() or squeezed[k] in "._…"):
        if squeezed[k].isdigit():
            serial += squeezed[k]
        k += 1
    symbol_part = squeezed[k:].lstrip("/-")
    sep = squeezed[k : k + 1]
    start, end = m.start("body"), m.start("body") + len(body.rstrip())
    h.spans["symbol"] = _span_of(ct, pl, start, end)
    if serial:
        num = parse_number(serial + sep + symbol_part)
        if num is None and sep == "/":
            num = parse_letter_number(serial + sep + symbol_part)  # "Số: 245/LĐTBXH"
        if num:
            _set_number(h, num)
            h.spans["number"] = _span_of(ct, pl, start, end)
            if num.repaired:
                scan.diagnostics.append(
                    _diag(
                        ct,
                        pl,
                        "number-repaired",
                        "info",
                        f"Số hiệu viết lệch chuẩn '{body.strip()}' → {num.number}",
                    )
                )
            return
    h.symbol = canonical_symbol(symbol_part) if symbol_part else None
    scan.diagnostics.append(
        _diag(
            ct, pl, "number-blank", "warning", "Số văn bản để trống (number left blank in a draft)"
        )
    )


def _diag(ct: CleanText, pl: PhysLine, code: str, severity: str, message: str) -> Diagnostic:
    sp = _span_of(ct, pl)
    return Diagnostic(
        code=code,
        severity=severity,  # type: ignore[arg-type]
        message=message,
        line=sp.line,
        column=ct.column_of_source(sp.start),
        span=sp,
    )


# ---------------------------------------------------------------------------
# issuer
# ---------------------------------------------------------------------------


@cache
def _organs() -> list[tuple[str, dict[str, Any]]]:
    rows = load("organs.json")["organs"]
    return sorted(((fold(r["prefix"]), r) for r in rows), key=lambda t: len(t[0]), reverse=True)


@cache
def _unit_words() -> list[tuple[str, str]]:
    return [(u["word"], u["level"]) for u in load("organs.json")["units"]]


@cache
def _unit_levels() -> dict[str, str]:
    """Unit word -> level (see ``_unit_words``)."""
    return dict(_unit_words())


@cache
def _central_cities() -> frozenset[str]:
    return frozenset(fold(c) for c in load("organs.json")["central_cities"])


@cache
def _organ_prefixes() -> tuple[dict[str, dict[str, Any]], list[int]]:
    """Each folded prefix's row (the first, as ``_organs`` orders them) and
    the prefixes' lengths, longest first."""
    rows: dict[str, dict[str, Any]] = {}
    for prefix, row in _organs():
        rows.setdefault(prefix, row)
    return rows, sorted({len(p) for p in rows}, reverse=True)


# (the names a text gives its bodies come again and again: its header's, its
# citations' "của UBND tỉnh", and from text to text)
@lru_cache(maxsize=4096)
def organ_of(name: str) -> dict[str, Any] | None:
    """The organs.json row of the body a name opens with (flags are booleans):
    the longest prefix the folded name starts with, looked up by its length
    (at most one prefix of each length can start it)."""
    f = fold(name)
    rows, lengths = _organ_prefixes()
    for n in lengths:
        if n <= len(f) and (row := rows.get(f[:n])) is not None:
            return row
    return None


_COMMITTEE_LEVEL = {
    "tỉnh": "province",
    "thành": "city",
    "huyện": "district",
    "quận": "district",
    "thị": "district",
}


def units_in(text: str) -> list[tuple[str, str]]:
    """(level, name) for each administrative unit named in ``text``:
    "UBND PHƯỜNG NGUYỄN NGHIÊM" -> [("ward", "Nguyễn Nghiêm")],
    "TỈNH ỦY BÌNH DƯƠNG" -> [("province", "Bình Dương")]."""
    return list(_units_in(text))  # (a list of the caller's own)


@lru_cache(maxsize=4096)  # (the same issuers' names are read again and again)
def _units_in(text: str) -> tuple[tuple[str, str], ...]:
    out = []
    levels = _unit_levels()
    found = [
        (m, levels.get(" ".join(m["word"].lower().rstrip(".").split()), ""))
        for m in P.UNIT_WITH_KIND.finditer(text)
    ]
    found += [
        (m, _COMMITTEE_LEVEL[m["word"].lower()]) for m in P.PARTY_COMMITTEE_MENTION.finditer(text)
    ]
    for m, level in sorted(found, key=lambda t: t[0].start()):
        if m["word"].lower().rstrip(".") == "tp":
            level = "city"
        name = m["name"].strip()
        if _is_upper(name):
            name = name.title()
        if name[:1].isdigit():  # "Phường 1", "Quận 3": the number is not a name alone
            name = f"{' '.join(m['word'].split()).capitalize()} {name}"
        if level == "city":
            level = "province" if fold(name) in _central_cities() else "district"
        out.append((level, name))
    return tuple(out)


_LEVEL_ORDER = {"party": 0, "national": 1, "province": 2, "district": 3, "ward": 4}


def _number_line(text: str) -> bool:
    """Whether a line under the type word is a number's line ("Số: 12/KH-UBND",
    "Nghị quyết số: 05/2025/NQ-HĐND"), not a title's wrapped line naming the
    document it carries out ("Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ
    Chính trị"): a number's line holds little after the number."""
    m = P.HEADER_NUMBER.match(text, 0, None, False)
    return m is not None and len(text[m.end() :].split()) <= 2


@lru_cache(maxsize=4096)  # (a text's citations name the same issuers again and again)
def level_of_issuer(
    name: str | None, parent: str | None
) -> tuple[str | None, str | None, str | None]:
    """(level, organ, branch) of an issuer named in a header."""
    if not name:
        return None, None, None
    row = organ_of(name)
    full = f"{parent or ''} {name}"
    units = units_in(name) or units_in(full)
    level: str | None = None
    if row:
        rule = row["level"]
        branch = row["branch"]
        if rule == "parent" and parent:
            # a board or office of a Party committee or of the Front is the
            # Party's or the Front's ("TỈNH ỦY NGHỆ AN" / "BAN TUYÊN GIÁO VÀ
            # DÂN VẬN", "ỦY BAN MTTQ VIỆT NAM TỈNH …" / "BAN THƯỜNG TRỰC")
            parent_level, _, parent_branch = level_of_issuer(parent, None)
            if parent_branch in ("party", "front"):
                branch = parent_branch
        elif (
            parent
            and branch == "party"
            and fold(name) in _PARENTS_OWN_ORGANS
            and level_of_issuer(_split_flattened(parent)[-1], None)[2] == "front"
        ):
            # a standing organ is its parent body's: "HỘI LIÊN HIỆP PHỤ NỮ TỈNH"
            # / "BAN THƯỜNG VỤ" is the Hội's, not a Party committee's
            branch = "front"
        if rule in _LEVEL_ORDER:
            level = rule
            if rule == "national" and P.BRANCH_OF_BODY.search(name):
                # its branch in a province, or a region's (of a province's rank)
                level = max((u[0] for u in units), key=lambda lv: _LEVEL_ORDER.get(lv, 0)) if units else "province"
        elif rule in ("unit", "unit-city") or rule == "parent":
            if units:
                level = max((u[0] for u in units), key=lambda lv: _LEVEL_ORDER.get(lv, 0))
            elif rule == "parent" and parent:
                level = parent_level
            else:
                level = place_level(name)  # "Cục Thuế tỉnh", "Công an tỉnh": its unit's kind, unnamed
        if level is None and P.NATIONAL_BODY.match(name):
            level = "national"  # "Ban Chỉ đạo quốc gia …"
        return level, row["organ"], branch
    if units:
        return max((u[0] for u in units), key=lambda lv: _LEVEL_ORDER.get(lv, 0)), None, None
    return ("national" if P.NATIONAL_BODY.match(name) else None), None, None


def _split_issuer(lines: list[str]) -> tuple[str | None, str | None]:
    """(name, parent) from the issuer's header lines.

    "ỦY BAN NHÂN DÂN" + "TỈNH BÌNH DƯƠNG" is one body written on two lines;
    "UBND TỈNH LÀO CAI" + "SỞ CÔNG THƯƠNG" is a parent and the issuer. A line
    opening with an organ word starts a new body; any other line continues
    the one above."""
    bodies: list[str] = []
    for line in lines:
        for chunk in _split_flattened(line):
            if (bodies and not organ_of(chunk)) or (
                bodies and bodies[-1].rstrip().endswith(("-", "–", ","))
            ):
                bodies[-1] = f"{bodies[-1]} {chunk}"
            else:
                bodies.append(chunk)
    bodies = [" ".join(b.split()) for b in bodies]
    if not bodies:
        return None, None
    if len(bodies) == 1:
        return bodies[0], None
    return bodies[-1], " ".join(bodies[:-1])


def _split_flattened(line: str) -> list[str]:
    """Split a flattened issuer cell "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG" at an
    organ word that follows a complete body: one naming its unit ("UBND TỈNH
    LÀO CAI") or a ministry ("BỘ CÔNG THƯƠNG"), and a working group after any
    body. "ỦY BAN NHÂN DÂN" never splits."""
    out: list[str] = []
    start = 0
    for m in P.ORGAN_WORD_INSIDE.finditer(line):
        left = line[start : m.start()].strip()
        row = organ_of(left) if left else None
        if left and (
            units_in(left)
            or (row is not None and row["level"] == "national" and len(left.split()) >= 3)
            or (row is not None and m["group"])
        ):
            out.append(left)
            start = m.start()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out or [line]


def _read_issuer(
    ct: CleanText, lines: list[PhysLine], h: Header, window: list[PhysLine], title_end: int
) -> None:
    picked: list[PhysLine] = []
    texts: list[str] = []
    banner = own = ""
    for pl in lines:
        text = pl.text
        # remove motto fragments a two-column flattening mixed in
        text = P.MOTTO.sub(" ", text)
        text = P.MOTTO_LINE2.sub(" ", text)
        text = P.PARTY_MOTTO.sub(" ", text)
        if (number := _search_number(text)) is not None:
            text = text[: number.start()]  # (what split would keep before it)
        if (bm := P.ORGANISATION_BANNER.search(text, 0, None, False)) is not None:
            banner, own, text = bm.group(0).strip(), bm["own"], text[: bm.start()]
        text = P.SUBJECT_VV.sub(" ", text)
        dm = find_place_date(text)
        if dm:
            text = text[: dm.start()]
        if h.urgency is not None and (um := _urgency_mark(text)) is not None:
            text = text[: um.start()]  # the urgency stamp: no part of a name
        # (the line's tabs looked up only where a stamp's word is: see _draft_mark)
        if ("THẢO" in text or "thảo" in text) and (dr := _draft_mark(text, bool(_line_tabs(ct, pl)))) is not None:
            text = text[: dr.start()]  # a draft's stamp: no body ("DỰ THẢO (lần 2)")
        if not _is_upper(text):
            continue  # (as below: squeezing its spaces changes no letter)
        text = " ".join(text.split()).strip(" |").lstrip("-– ")
        if not text or P.MOTTO_PARTIAL.match(text) or not _is_upper(text):
            continue
        if P.GAZETTE_SECTION_BANNER.match(text) or text.startswith("CÔNG BÁO"):
            continue
        if len(text) > 120:
            continue
        picked.append(pl)
        texts.append(text)
    if banner and texts and not any(own in " ".join(t.split()) for t in texts):
        if (cm := P.COMMITTEE_OF_PLACE.match(texts[-1])) is not None:
            # "ĐOÀN TNCS HỒ CHÍ MINH" / "BCH TỈNH QUẢNG TRỊ": the
            # organisation's committee of that place
            org = banner.removesuffix("VIỆT NAM").strip()
            texts[-1] = f"{cm['kind']} {org} {texts[-1][cm.end() :]}"
        else:
            texts[-1] += f" {banner}"  # the organisation's own name: "BAN CHẤP HÀNH TRUNG ƯƠNG" | "ĐOÀN TNCS HỒ CHÍ MINH"
    # a Công báo page repeats the issuer as a banner before the header: keep
    # the last run of issuer lines (those right above the motto/number)
    name, parent = _split_issuer(_dedupe_banner(texts))
    if name is None:
        # a decision names its enacting authority under the title:
        # "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "BỘ TRƯỞNG BỘ ...", "THỦ TƯỚNG CHÍNH PHỦ"
        for pl in window[title_end : title_end + 3]:
            if (
                _is_upper(pl.text)
                and organ_of(pl.text)
                and not _type_of_line(pl.text)
                and len(pl.text) < 120
            ):
                name = pl.text
                picked = [pl]
                break
            if _is_upper(pl.text) and pl.text.startswith("BỘ TRƯỞNG"):
                name = pl.text.removeprefix("BỘ TRƯỞNG").strip()
                picked = [pl]
                break
    if name is None:
        return
    h.issuer = _issuer_named(name, parent)
    if picked:
        s = _span_of(ct, picked[0])
        e = _span_of(ct, picked[-1])
        h.issuer.span = ct.source_span(s.start, e.end)
        h.spans["issuer"] = h.issuer.span
    h.level = h.issuer.level


# A part of a line after k tabs stands in the k-th column the tabs set
# apart, however few characters in ("SỞ TƯ PHÁP<TAB>TỈNH GIA LAI",
# "<TAB>BAN THƯỜNG TRỰC" under it): read as k times this many characters in,
# right of any part a run of spaces sets apart.
_TAB_COLUMN = 1000


def _line_tabs(ct: CleanText, pl: PhysLine) -> list[int]:
    """Where ``pl``'s source line held a tab, from the line's start (a tab
    being a space in the source text: see ``normalize.clean``)."""
    if not ct.tabs:
        return []
    line_start = ct.source.rfind("\n", 0, pl.src_start) + 1
    return tabs_within(ct.tabs, line_start, pl.src_end)


def _before_tab(ct: CleanText, pl: PhysLine, part: str, at: int) -> str:
    """``part``, which starts at ``at`` of ``pl``'s text, up to the first tab
    of its line inside it (the next column's)."""
    lead = pl.src_start - ct.source.rfind("\n", 0, pl.src_start) - 1
    for t in _line_tabs(ct, pl):
        cut = t - lead - at
        if 0 < cut < len(part):
            return part[:cut].rstrip()
    return part


def _column_chunks(ct: CleanText, pl: PhysLine) -> list[tuple[int, PhysLine]]:
    """A text line's parts set apart by runs of spaces (``P.COLUMN_GAP``) or
    tabs, each with the column of the source line it starts at (see
    ``_TAB_COLUMN``), as one-piece cells (a line of several pieces, or a
    table's cell, is one part)."""
    line_start = ct.source.rfind("\n", 0, pl.src_start) + 1
    lead = pl.src_start - line_start
    tabs = _line_tabs(ct, pl) if not pl.is_cell and len(pl.pieces) == 1 else []
    if not tabs and (pl.is_cell or len(pl.pieces) != 1 or "   " not in pl.text):
        return [(lead, pl)]
    text = pl.text
    gaps = [(m.start(), m.end()) for m in P.COLUMN_GAP.finditer(text)] if "   " in text else []
    for t in tabs:
        at = t - lead
        if 0 <= at < len(text):  # (not a tab the line opens with: its indent)
            gaps.append((len(text[:at].rstrip()), len(text) - len(text[at:].lstrip())))
    gaps.sort()
    out: list[tuple[int, PhysLine]] = []
    at = 0
    for gap in [*gaps, None]:
        end = gap[0] if gap is not None else len(text)
        if end > at:  # (a tab inside a run of spaces: one gap)
            src = pl.src_start + at
            chunk = PhysLine(text[at:end], pl.line, [Piece(src, src + end - at)], True, 0, pl.blank_before)
            before = bisect.bisect_left(tabs, lead + at)
            out.append((before * _TAB_COLUMN + lead + at, chunk))
        if gap is not None:
            at = max(at, gap[1])
    return out


def _side_by_side(ct: CleanText, lines: list[PhysLine], boundary: int) -> list[list[PhysLine]]:
    """``lines`` as columns: a table's cells by their cell, a text line's parts
    (see ``_column_chunks``) by where they start, left of ``boundary``'s half
    or right of it; where a line holds three parts or more (three issuers'
    blocks side by side), each part in the column whose part on that line
    its centre is nearest (``_nearest_column``)."""
    columns: list[list[PhysLine]] = [[], []]
    chunked: list[list[tuple[int, PhysLine]]] = []
    for pl in lines:
        if pl.is_cell:
            while len(columns) <= pl.cell_index:
                columns.append([])
            columns[pl.cell_index].append(pl)
            continue
        chunks = _column_chunks(ct, pl)
        if boundary == 1 and len(chunks) == 1 and chunks[0][0] == 0:
            chunks = _flattened_chunks(pl)  # (no gap to tell them: the bodies' names)
        chunked.append(chunks)
    widest = max(chunked, key=len, default=[])
    if len(widest) >= 3 and not any(pl.is_cell for pl in lines):
        centres = [col + len(chunk.text) / 2 for col, chunk in widest]
        columns = [[] for _ in centres]
        for chunks in chunked:
            for col, chunk in chunks:
                columns[_nearest_column(centres, col + len(chunk.text) / 2)].append(chunk)
        return [c for c in columns if c]
    for chunks in chunked:
        for col, chunk in chunks:
            columns[1 if 2 * col >= boundary else 0].append(chunk)
    return [c for c in columns if c]


def _nearest_column(centres: list[float], centre: float) -> int:
    """The index of the centre in ``centres`` nearest ``centre`` (the first of equals)."""
    best = 0
    for i, c in enumerate(centres):
        if abs(c - centre) < abs(centres[best] - centre):
            best = i
    return best


def _flattened_chunks(pl: PhysLine) -> list[tuple[int, PhysLine]]:
    """A line of two blocks' first lines run together, a tab between them
    lost before the text came here ("UBND TỈNH GIA LAI ỦY BAN MTTQ VIỆT NAM"): split at the
    second body's organ word (``_split_flattened``); the right part counts
    as indented."""
    parts = _split_flattened(pl.text)
    if len(parts) != 2 or len(pl.pieces) != 1:
        return [(0, pl)]
    at = pl.text.rfind(parts[1])
    src = pl.src_start
    left = PhysLine(pl.text[:at].rstrip(), pl.line, [Piece(src, src + len(pl.text[:at].rstrip()))], True, 0)
    right = PhysLine(parts[1], pl.line, [Piece(src + at, src + len(pl.text))], True, 1)
    return [(0, left), (at, right)]


def _read_issuer_columns(ct: CleanText, lines: list[PhysLine], h: Header) -> None:
    """A joint text's header names its issuers side by side, one block each
    ("UBND TỈNH GIA LAI / SỞ TƯ PHÁP" | "ỦY BAN MTTQ VIỆT NAM / TỈNH GIA LAI /
    BAN THƯỜNG TRỰC"), in a table's cells or in a text's columns (runs of
    spaces or tabs, or the right block's lines indented): each column read as an
    issuer's block, parent and body; the left one is ``issuer``, the others
    ``co_issuers``."""
    if any(pl.is_cell for pl in lines):
        boundary = 0
    else:
        # where the right column starts: its first part after a gap, else
        # (a tab read as one space) any indented line
        starts = [col for pl in lines for col, _ in _column_chunks(ct, pl)[1:]]
        boundary = min(starts) if starts else 1
    columns = _side_by_side(ct, lines, boundary)
    if len(columns) < 2:
        return
    issuers: list[Issuer] = []
    for column in columns:
        block = Header(urgency=h.urgency)
        _read_issuer(ct, column, block, [], 0)
        if block.issuer.name and block.issuer.organ:
            issuers.append(block.issuer)
    if len(issuers) < 2 or len(issuers) >= len((h.symbol or "").split("-")):
        return
    h.issuer, h.co_issuers = issuers[0], issuers[1:]
    if h.issuer.span is not None:
        h.spans["issuer"] = h.issuer.span
    h.level = h.issuer.level


def _issuer_named(name: str, parent: str | None) -> Issuer:
    level, organ, branch = level_of_issuer(name, parent)
    return Issuer(
        name=name,
        parent=parent,
        full_name=_with_parents_place(_full_name(name, parent), organ, parent),
        organ=organ,
        branch=branch,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
    )


def _is_joint_symbol(symbol: str | None) -> bool:
    """A joint text's symbol: its type's code marked joint ("KHLT", "TTLT",
    "CTrPH") or followed by two issuers' codes or more, each a body's
    ("KH-UBND-MTTQ"; not "KH-UBND-VX", a body and its drafting unit), as
    Nghị định 30/2020/NĐ-CP (Phụ lục I) writes a văn bản liên tịch's."""
    if not symbol:
        return False
    kind, *codes = symbol.split("-")
    if len(codes) < 2:
        return False
    if kind.endswith(("LT", "PH")) and fold(kind[:-2]) in doc_type_by_folded_code():
        return True
    known = issuer_codes()
    return fold(kind) in doc_type_by_folded_code() and all(fold(c) in known for c in codes)


def _read_joint_issuers(h: Header) -> None:
    """The issuers of a joint text (see ``_is_joint_symbol``), each named in
    its header: on one line ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO", under their
    government; "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - BỘ Y TẾ", a dash of a
    name too), or each on its own line, bodies of one kind ("BỘ GIÁO DỤC VÀ
    ĐÀO TẠO" / "BỘ NỘI VỤ") or each with its place ("ỦY BAN NHÂN DÂN TỈNH GIA
    LAI" / "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI"), not a government
    and its department. The first named stays ``issuer``; there are no more
    of them than codes in the symbol."""
    name, parent = h.issuer.name, h.issuer.parent
    if not name or h.co_issuers or not _is_joint_symbol(h.symbol):
        return  # (nor when the header's columns named them)
    bodies: list[str] = []
    for piece in P.JOINT_ISSUERS_SEPARATOR.split(name):
        if bodies and organ_of(piece) is None:
            bodies[-1] = f"{bodies[-1]} - {piece}"  # the name's own dash
        else:
            bodies.append(piece.strip())
    under = parent
    if len(bodies) == 1 and parent:
        stacked = [*_split_flattened(parent), name]
        rows = [organ_of(b) for b in stacked]
        kinds = {row["organ"] for row in rows if row is not None}
        if None not in rows and (len(kinds) == 1 or all(units_in(b) for b in stacked)):
            bodies, under = stacked, None
    if not 1 < len(bodies) < len((h.symbol or "").split("-")):
        return
    span = h.issuer.span
    issuers = [_issuer_named(b, under) for b in bodies]
    for issuer in issuers:
        issuer.span = span
    h.issuer, h.co_issuers = issuers[0], issuers[1:]
    h.level = h.issuer.level


def _joint_codes_unmatched(h: Header, scan: HeaderScan) -> None:
    """A joint text's symbol names one code for each issuer, in the header's
    order ("KHLT-CAT-TĐTN-SGDĐT": three issuers): a header read into fewer
    blocks has lost one, said by a ``joint-issuer-missing`` warning (the
    issuers found are kept; none is guessed from its code)."""
    codes = len((h.symbol or "").split("-")) - 1
    found = 1 + len(h.co_issuers) if h.issuer.name else 0
    if found >= codes:
        return
    sp = h.spans.get("number")
    scan.diagnostics.append(
        Diagnostic(
            code="joint-issuer-missing",
            severity="warning",
            message=f"Số ký hiệu {h.symbol} có {codes} cơ quan ban hành, phần đầu văn bản chỉ đọc được {found}",
            line=sp.line if sp else None,
            span=sp,
        )
    )


def _dedupe_banner(texts: list[str]) -> list[str]:
    # "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" printed as a page banner and then
    # again, wrapped, as the header: keep the header copy.
    if len(texts) >= 2:
        joined = fold(" ".join(texts))
        first = fold(texts[0])
        rest = fold(" ".join(texts[1:]))
        if first and rest.startswith(first) and len(rest) >= len(first) and joined:
            return texts[1:]
    return texts


def _full_name(name: str, parent: str | None) -> str:
    """Sentence-case form of a name in capitals, as Nghị định 30/2020/NĐ-CP
    (Phụ lục II) writes a body's name: its kind and each part of its field
    capitalised, places as proper names. "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" -> "Bộ Kế
    hoạch và Đầu tư", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" -> "Ủy ban nhân dân
    tỉnh Bình Dương". A body the tables name keeps their spelling ("Sở Công
    Thương", "Ngân hàng Nhà nước Việt Nam")."""
    if not _is_upper(name):
        return name
    known = _known_bodies().get(fold(name))
    if known:
        return known
    words = name.split()
    row = organ_of(name)
    head_words = row["prefix"].split() if row else []
    if row and fold(" ".join(words[: len(head_words)])) == fold(row["prefix"]):
        rest = _lower_words(words[len(head_words) :])
        if row.get("field") and rest:
            rest = P.FIELD_PART_START.sub(lambda m: m.group(0).upper(), rest)
        elif row.get("place"):
            rest = rest.title()
        elif row.get("residential") and (unit := P.RESIDENTIAL_UNIT_NAMED.match(rest)) is not None:
            # a residential unit's name capitalised; a numbered one's word too:
            # "Chi bộ thôn Đồng Xuân", "Chi bộ Khu 5"
            name = " ".join(w if w == "số" else w.title() for w in unit["name"].split())
            word = unit["word"].capitalize() if name[-1:].isdigit() else unit["word"]
            rest = f"{word} {name}{rest[unit.end() :]}"
        elif row.get("residential") and rest:
            # a cell of a body, not of a residential unit: that body's name as
            # it is written ("Chi bộ Công an xã", "Chi bộ Trường THCS Yên Lập",
            # "Chi bộ Khối cơ quan")
            rest = _full_name(" ".join(words[len(head_words) :]), None)
        s = f"{row['prefix']} {rest}".strip()
    else:
        s = _lower_words(words)
        s = s[:1].upper() + s[1:]
    # capitalise the unit's proper name, every syllable; a numbered unit's
    # kind is part of its name ("Phường 2", as the gazetteer writes it)
    m = P.UNIT_WITH_KIND.search(s)
    if m:
        start = m.start("word") if m["name"].isdigit() else m.start("name")
        s = s[:start] + s[start : m.end("name")].title() + s[m.end("name") :]
    for org in ("Ủy ban nhân dân", "Hội đồng nhân dân"):
        if s.lower().startswith(org.lower()):
            s = org + s[len(org) :]
    s = P.UBND_WORD.sub("UBND", s)
    return P.PROPER_NAME_IN_BODY.sub(_title_case, s)


def _title_case(m: regex.Match[str]) -> str:
    return m.group(0).title()


# A people's committee's own departments and units, named in its header
# without a place: "UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG", "UBND XÃ BẠCH
# NGỌC" / "TRẠM Y TẾ" (the commune's health station, "Trạm Y tế xã Bạch
# Ngọc"; a school has a name of its own).
_DEPARTMENT_ORGANS = frozenset({"Sở", "Phòng", "Chi cục", "Ban", "Văn phòng", "Trung tâm", "Công an", "Thanh tra", "Trạm"})


# Bodies named by what they are of their parent, never alone (folded): its
# office and its standing organs, "VĂN PHÒNG", "BAN THƯỜNG TRỰC" (of a Front
# committee), "BAN THƯỜNG VỤ", "THƯỜNG TRỰC" (of a Party committee, a
# council), "BAN CHẤP HÀNH" (of an association), under their parent's line.
_PARENTS_OWN_ORGANS = frozenset(["vanphong", "banthuongtruc", "banthuongvu", "thuongtruc", "banchaphanh"])


# The unit words a body's name may end with, its place named on the line above.
_BARE_UNIT_WORDS = frozenset(["tỉnh", "huyện", "xã", "phường"])


def _with_parents_place(full_name: str, organ: str | None, parent: str | None) -> str:
    """A department's full name with its government's place, as it is named
    and told from the other provinces' or districts' ("Sở Công Thương tỉnh
    Lào Cai", "Phòng Tư pháp huyện Bát Xát"), when its header names it
    without one under that government."""
    # (a Party committee named by its unit's kind: the line above names its place)
    if organ in committees_by_kind() and parent and full_name == organ:
        # a Party committee under its organisation's line: "ĐẢNG BỘ TỈNH NGHỆ
        # AN" / "TỈNH ỦY" is "Tỉnh ủy Nghệ An" (the place of its own level)
        place = P.UNIT_WITH_KIND.search(_full_name(parent, None)) if fold(parent).startswith("dangbo") else None
        if place and fold(place["word"]).startswith(fold(organ.split()[0])):
            return f"{full_name} {place['name']}"
        return full_name
    if parent and fold(full_name) in _PARENTS_OWN_ORGANS and not fold(parent).startswith("dangbo"):
        # an office with no field of its own is its parent body's: "Văn phòng
        # Ủy ban nhân dân tỉnh Lâm Đồng" (there is no "Văn phòng tỉnh"); so is
        # a standing organ: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia
        # Lai", "Thường trực Huyện ủy Bảo Thắng" (the body on the line just
        # above; not a Party organisation's line, "ĐẢNG BỘ TỈNH …", whose
        # committee's organs these are)
        bodies = _split_flattened(parent)
        whole = _full_name(bodies[-1], None)
        for short, name in (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân")):
            if whole.startswith(f"{short} "):
                whole = name + whole[len(short) :]
        if len(bodies) > 1 and not P.UNIT_WITH_KIND.search(whole) and (kind := whole.rsplit(None, 1)[-1]).lower() in _BARE_UNIT_WORDS:
            # a body named by its unit's kind alone under the tier above
            # ("ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI" / "HỘI LIÊN HIỆP PHỤ NỮ
            # TỈNH"): that tier names its place
            above = P.UNIT_WITH_KIND.search(_full_name(bodies[-2], None))
            if above is not None and fold(above["word"]) == fold(kind):
                whole = f"{whole} {above['name']}"
        return f"{full_name} {whole}"
    if organ not in _DEPARTMENT_ORGANS or not parent or P.UNIT_WITH_KIND.search(full_name):
        return full_name
    if not fold(parent).startswith(("ubnd", "uybannhandan")):
        return full_name
    place = P.UNIT_WITH_KIND.search(_full_name(parent, None))
    return f"{full_name} {place.group(0)}" if place else full_name


def _lower_words(words: list[str]) -> str:
    """Words in lower case, except abbreviations and numbers: a word with a
    digit ("2872/QĐ-SCT") or without a vowel ("QĐ", "TNCS") is not a word of
    the name to sentence-case."""
    return " ".join(
        w if any(c.isdigit() for c in w) or not any(c in "aeiouy" for c in fold(w)) else w.lower()
        for w in words
    )


@cache
def _known_bodies() -> dict[str, str]:
    """Folded name -> spelling, for the bodies the tables name: the agencies of
    every sector at every level, and the issuers of the issuer-code table."""
    out: dict[str, str] = {}
    for sector in load("agencies.json")["sectors"]:
        for body in sector["canonical"].values():
            if body:
                out.setdefault(fold(body), body)
    for code in load("issuer_codes.json")["codes"]:
        if "/" not in code["name"]:
            out.setdefault(fold(code["name"]), code["name"])
    return out


def _may_name_a_committee(text: str) -> bool:
    """Whether a line may name a people's committee as ISSUER_SENTENCE and
    SUBORDINATES do, "UBND" or "Ủy ban nhân dân" (a cheap test before them:
    most lines of a body name none)."""
    return "UBND" in text or "nhân" in text


def infer_issuer(ct: CleanText, lines: list[LogicalLine], h: Header) -> None:
    """Issuer and level of a headerless document, from what its text says."""
    for ll in lines:
        m = P.ISSUER_SENTENCE.search(ll.text, 0, None, False) if _may_name_a_committee(ll.text) else None
        if m:
            unit = (m["unit"] or "").strip()
            name = f"UBND {unit}".strip() if unit else "UBND"
            level, organ, branch = level_of_issuer(name, None)
            h.issuer = Issuer(
                name=name,
                full_name=name.replace("UBND", "Ủy ban nhân dân", 1),
                organ=organ,
                branch=branch,  # type: ignore[arg-type]
                level=level,  # type: ignore[arg-type]
                inferred=True,
                span=ct.span(
                    ll.start + m.start(),
                    ll.start + m.end("unit") if m["unit"] else ll.start + m.end("organ"),
                ),
            )
            h.level = level  # type: ignore[assignment]
            break
    else:
        _issuer_from_enacting_formula(ct, lines, h)
    if h.level is None:
        level = _level_from_subordinates(lines)
        if level:
            h.level = level  # type: ignore[assignment]
            h.issuer.level = level  # type: ignore[assignment]
            h.issuer.inferred = True


def _issuer_from_enacting_formula(ct: CleanText, lines: list[LogicalLine], h: Header) -> None:
    """A normative document whose header was lost (a gazette extract) still
    says who enacts it: "Bộ trưởng Bộ X ban hành Thông tư …". Only the formula
    that names the document's own type counts (a letter may quote another's)."""
    if h.doc_type is None:
        return
    by_name = doc_type_by_name()
    for ll in lines:
        if "ban hành" not in ll.text:
            continue
        m = P.ENACTING_FORMULA.match(ll.text)
        if m is None or by_name.get(fold(m["type"])) != h.doc_type:
            continue
        group = next(g for g in ("ministry", "bank", "organ") if m[g])
        name = " ".join(m[group].split())
        level, organ, branch = level_of_issuer(name, None)
        h.issuer = Issuer(
            name=name,
            full_name=name,
            organ=organ,
            branch=branch or "state",  # type: ignore[arg-type]
            level=level or "national",  # type: ignore[arg-type]
            inferred=True,
            span=ct.span(ll.start + m.start(group), ll.start + m.end(group)),
        )
        h.level = h.issuer.level
        return


_ONE_UP = {"ward": "district", "district": "province", "province": "national"}
_UNIT_LEVEL = {
    "tỉnh": "province",
    "thành phố": "district",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "ward",
    "phường": "ward",
    "thị trấn": "ward",
}


def _level_from_subordinates(lines: list[LogicalLine]) -> str | None:
    """ "UBND các xã, thị trấn" is addressed by a district; "UBND các huyện,
    thành phố" by a province: the issuer is one level above the units it
    addresses as "các ..."."""
    votes: dict[str, int] = {}
    for ll in lines:
        if not _may_name_a_committee(ll.text):
            continue
        for m in P.SUBORDINATES.finditer(ll.text, 0, None, False, False):
            first = " ".join(m["units"].split(",")[0].split())
            lv = _UNIT_LEVEL.get(first.lower())
            if lv and lv in _ONE_UP:
                up = "district" if first.lower() in ("xã", "phường", "thị trấn") else _ONE_UP[lv]
                if first.lower() == "thành phố":
                    continue
                votes[up] = votes.get(up, 0) + 1
    if not votes:
        return None
    return max(votes, key=lambda k: votes[k])


# ---------------------------------------------------------------------------
# body: sections
# ---------------------------------------------------------------------------

# What a line a pattern of classify_line matches opens with (a cheap test
# before it): a roman numeral's letters are followed by another, a space or
# a mark; an indicator without its dash opens with "Chỉ tiêu"; a part with
# its word (tests/test_segment_gates.py checks these on the samples).
_ROMAN_SECOND = "IVXL.-–)/"
_INDICATOR_OPENINGS = ("Chỉ", "CHỈ")
_PART_OPENINGS = ("Chương", "CHƯƠNG", "Phần", "PHẦN", "Mục", "MỤC")


# how many lines on item N.2 may stand after "N.1 …" to tell it a sub-item
SUB_ITEM_REACH = 60


def _decimal_label(
    c: tuple[str, str | None, int | None, str], line_text: str, stack: list[_Open], lines: list[LogicalLine], k: int
) -> tuple[str, str | None, int | None, str] | None:
    """"7.10 Chuyển …", read as item 7 and its text "10 Chuyển …": item 7.10
    when it goes on the sequence, right after item 7.9 (or "7.1 …" right
    under item 7, or with "7.2" soon after it). Elsewhere the digits are a
    footnote's mark glued to the stop, as consolidated texts print it ("1.2
    Bảo hiểm y tế là …" after "Điều 2": item 1); but three numbers or more
    off the sequence ("15.111.02 quy định tại …", "01.02.03 đối với …") are a
    code a wrapped line opens with (a grade's, an entry's), no item (None)."""
    _, label, _, rest = c
    m = P.GLUED_SUB_NUMBER.match(rest)
    if m is None or not label or not line_text.startswith(f"{label}.{m[1]}"):
        return c
    sub = int(m[1])
    prev = next((o.label for o in reversed(stack) if o.kind == "arabic"), None)
    if prev != (label if sub == 1 else f"{label}.{sub - 1}") and not (
        sub == 1
        and any(
            ll.text.startswith(f"{label}.2") and ll.text[len(label) + 2 : len(label) + 3] in (" ", ".", "")
            for ll in lines[k + 1 : k + 1 + SUB_ITEM_REACH]
        )
    ):
        # (a label holding a stop already: the line opens with a code)
        return None if "." in label else c
    return "arabic", f"{label}.{sub}", sub, rest[len(m[1]) :].lstrip()


# The letters of items, in the Vietnamese sequence.
_LETTERS = "abcdđeghiklmnopqrstuvxy"
# Letters the Vietnamese sequence (a b c d đ e g h i k) lacks, by the one
# they follow in the Latin alphabet: a plan typed without "đ" letters "f)"
# after "e)" and "j)" after "i)".
_LATIN_NEXT = {"f": "e", "j": "i"}


def _latin_letter(text: str, stack: list[_Open]) -> tuple[str, str | None, int | None, str] | None:
    """"f) …" right after item "e)" (or "j)" after "i)"): the next item of a
    list lettered in the Latin alphabet. Unnumbered, so the sequence check
    still sees "e" after "d" and names the "đ" left out."""
    prev = next((o for o in reversed(stack) if o.kind == "letter"), None)
    if prev is None or prev.label != _LATIN_NEXT[text[0]]:
        return None
    m = P.SECTION_LETTER.match(text)
    return ("letter", m["label"], None, m["rest"]) if m else None


def _continued_item(text: str, stack: list[_Open]) -> tuple[str, str | None, int | None, str] | None:
    """"1000. …" right after item "999." (four digits and more): the next
    item of the open list. Elsewhere such a label is a record's code ("1203.
    Tỷ lệ …") or a year ("2026. …"), no item (see P.SECTION_ARABIC_LONG)."""
    prev = next((o for o in reversed(stack) if o.kind == "arabic" and o.depth == 1), None)
    if prev is None or prev.number is None or prev.number < 999:
        return None
    m = P.SECTION_ARABIC_LONG.match(text)
    if m is None or int(m["label"]) != prev.number + 1:
        return None
    return "arabic", m["label"], prev.number + 1, m["rest"]


def classify_line(text: str) -> tuple[str, str | None, int | None, str] | None:
    """(kind, label, number, rest) when a logical line opens a numbered item.

    The first character picks the few patterns that can apply (the body of a
    plan has hundreds of lines: trying every pattern on each is wasted)."""
    if not text:
        return None
    c = text[0]
    if c in "-–—•*+":
        # (an indicator's words open it after its mark and spaces, looked for
        # before its pattern: few items hold them; \s is str.isspace)
        m = P.SECTION_INDICATOR.match(text) if text[1:].lstrip().startswith(_INDICATOR_OPENINGS) else None
        if m:
            return "indicator", f"Chỉ tiêu {m['label']}", int(m["label"]), m["rest"]
        if c == "+":
            m = P.SECTION_PLUS.match(text)
            return ("plus", "+", None, m["rest"]) if m else None
        if "\n" not in text:
            # SECTION_DASH's rest, read without it: all after the mark and the
            # spaces after it (its "." stops at no newline, its \s is str.isspace)
            return "dash", "-", None, text[1:].lstrip()
        m = P.SECTION_DASH.match(text)
        return ("dash", "-", None, m["rest"]) if m else None
    if c.isdigit():
        m = P.SECTION_ARABIC.match(text)
        if m:
            last = m["label"].split(".")[-1]
            return "arabic", m["label"], int(last) if last.isdigit() else None, m["rest"]
        return None
    if c in "IVXL":
        if not (text[1:2] in _ROMAN_SECOND or text[1:2].isspace()):
            return None  # ("Việc", "Xây dựng", "Lãnh đạo": no numeral's end after its letter)
        m = P.SECTION_ROMAN.match(text, 0, None, False)
        if m is None:
            return None
        g = P.group_numbers(m.re)  # (read by number: see P.group_numbers)
        label, rest = m[g["label"]], m[g["rest"]]
        value = roman_value(label)
        return ("roman", label, value, rest) if value and (rest or "").strip() else None
    if c in "ĐĐ":
        m = P.SECTION_ARTICLE.match(text)
        if m:
            digits = "".join(ch for ch in m["label"] if ch.isdigit())
            return "article", f"Điều {m['label']}", int(digits) if digits else None, m["rest"]
        return None
    if c in "ABCDĐEFGH" and text[1:2] in ".) ":
        m = P.LETTER_PART.match(text)
        if m:
            return "part", m["label"], "ABCDĐEFGH".find(m["label"]) + 1 or None, m["rest"]
    if c in "CPM":
        # (each pattern only on the lines opening with its words: "Các", "Cục",
        # "Phối hợp", "Mục tiêu" … try none)
        m = P.SECTION_INDICATOR.match(text) if text.startswith(_INDICATOR_OPENINGS) else None
        if m:
            return "indicator", f"Chỉ tiêu {m['label']}", int(m["label"]), m["rest"]
        m = P.SECTION_PART.match(text) if text.startswith(_PART_OPENINGS) else None
        if m:
            lab = m["label"]
            if lab[:3].lower() == "thứ":  # "PHẦN THỨ HAI"
                lab = " ".join(lab.split()).lower()
                num = P.ORDINALS.get(lab.split()[-1])
            else:
                num = int(lab) if lab.isdigit() else roman_value(lab)
            return "part", f"{m['word'].capitalize()} {lab}", num, m["rest"]
        m = P.APPENDIX_HEADING.match(text) if c == "P" else None
        if m:
            lab = m["label"] or m["label2"]
            # no number: an appendix has no order to check against its siblings
            # ("PHỤ LỤC" alone, or "Phụ lục 01" after "PHỤ LỤC I")
            return "appendix", f"Phụ lục {lab}" if lab else "Phụ lục", None, m["rest"]
        return None
    if c in _LETTERS:
        m = P.SECTION_LETTER.match(text)
        if m:
            return (
                "letter",
                m["label"],
                _LETTERS.find(m["label"]) + 1 or None,
                m["rest"],
            )
    return None


# The last character of a text P.TERMINAL_PUNCT matches, but for a space
# (every space the pattern's \s takes is one to str.isspace).
_TERMINAL_LAST = ".;:!?…\"”’)]"


def _ends_a_sentence(text: str) -> bool:
    """``P.TERMINAL_PUNCT.match(text)``, tried only on a text whose last
    character it can end with (an item's heading ends with none)."""
    last = text[-1:]
    return (last in _TERMINAL_LAST or last.isspace()) and P.TERMINAL_PUNCT.match(text, 0, None, False) is not None


def _heading_and_text(kind: str, rest: str) -> tuple[str | None, str]:
    rest = rest.strip()
    if kind in ("dash", "plus"):
        return None, rest
    m = P.HEADING_COLON.match(rest) if ":" in rest else None
    if (
        m
        and not _ends_a_sentence(m["head"])
        and len(m["head"]) <= 100
        and not P.HEADING_NOT_BEFORE_COLON.search(m["head"])
        and not P.TIME_VALUE_ONLY.match(m["text"])
    ):
        return m["head"].strip(), m["text"].strip()
    if _ends_a_sentence(rest) and not rest.endswith(":"):
        return None, rest  # a sentence, not a heading: headings carry no full stop
    return rest.rstrip(":").strip() or None, ""


# Parts of a legal text, outermost first (Luật Ban hành văn bản quy phạm
# pháp luật: Phần, Chương, Mục, Tiểu mục): a "Mục" opens inside its "Chương".
_PART_RANK = {"Phần": 1, "Chương": 2, "Mục": 3}


@dataclass(slots=True)
class _Open:
    """An item still open; it becomes a Section when it closes (its text and
    its end are only known then)."""

    kind: str
    label: str | None
    number: int | None
    heading: str | None
    start: int  # source offset of the opening line's start
    texts: list[str]
    # its opening sentence ends with a colon: it announces what follows
    announces: bool = False
    # how many numbers its label has: "1." 1, "1.1." 2 ("arabic" items only)
    depth: int = 1
    children: list[Section] = field(default_factory=list)
    # an item of a list under a label closing with a colon, outside any part
    # ("Các văn bản kèm theo:" / "1. Biên bản …"), on a line of text (no cell)
    listed: bool = False


def _quoted_lines(lines: list[LogicalLine]) -> set[int]:
    """The lines of the wordings an amending text quotes: from a line opening
    with a quotation mark under one announcing it ("1. Sửa đổi khoản 4 Điều 3
    như sau:" / "“4. Quản đốc …" / "5. Trưởng ca … .”") to the line closing
    it. Their "4.", "Điều 85a." number the amended text, not this one. A
    quotation never closed ends before the text's own next article, or, with
    none, quotes nothing."""
    out: set[int] = set()
    quotes = P.OPENING_QUOTES
    for ll in lines:  # (a loop, not any() over a generator: this runs on every line)
        if ll.text[:1] in quotes:
            break
    else:
        return out  # (most texts quote nothing at a line's start)
    last_article = 0  # the text's own last article, outside quotations
    k = 0
    while k < len(lines):
        text = lines[k].text
        if k and text[:1] in P.OPENING_QUOTES and lines[k - 1].text.rstrip().endswith(":"):
            end = None
            for j in range(k, len(lines)):
                if j > k and _next_own_article(lines[j].text, last_article):
                    end = j - 1  # never closed: the text's own next article ends it
                    break
                if P.CLOSING_QUOTE_END.search(lines[j].text):
                    end = j
                    break
            if end is not None:
                out.update(range(k, end + 1))
                k = end + 1
                continue
        if text[:4] in ("Điều", "ĐIỀU"):
            c = classify_line(text)
            if c is not None and c[0] == "article" and c[2]:
                last_article = c[2]
        k += 1
    return out


def amending_blocks(lines: list[LogicalLine]) -> list[tuple[int, int, int]]:
    """The quoted wordings an amending clause gives as new text ("1. Sửa đổi
    khoản 1 Mục II như sau:" / "“1. Diện tích … đạt 75.000 ha năm 2026.”"):
    each as (the announcing line, the quotation's first line, its last), line
    indexes into ``lines``. Only a clause opening with its verb (Sửa đổi, Bổ
    sung, Thay thế) announces one: a letter quoting a provision, or a
    consolidated text quoting an amending text's preamble, gives none."""
    quoted = _quoted_lines(lines)
    if not quoted:
        return []  # (most texts quote nothing)
    out: list[tuple[int, int, int]] = []
    for k in sorted(quoted):
        if k - 1 in quoted:
            continue
        if not P.AMENDING_CLAUSE.match(lines[k - 1].text.strip()):
            continue
        last = k
        while last + 1 in quoted:
            last += 1
        out.append((k - 1, k, last))
    return out


def _next_own_article(text: str, last: int) -> bool:
    """Whether ``text`` opens the text's own next article ("Điều 50." after its
    "Điều 49."), which no quotation holds: one that seems to run on past it
    was never closed (a footnote's, cut by a page break)."""
    if not last or text[:4] not in ("Điều", "ĐIỀU"):
        return False
    c = classify_line(text)
    return c is not None and c[0] == "article" and c[2] == last + 1


def _page_break_between(ct: CleanText, a: LogicalLine, b: LogicalLine) -> bool:
    """Whether a page ends between two lines: the furniture normalize left
    out between them holds the Gazette's running head or a page's number."""
    for gap in ct.source[a.src_end : b.src_start].split("\n"):
        if gap.strip() and (P.GAZETTE_RUNNING_HEADER.match(gap) or P.PAGE_NUMBER_LINE.match(gap)):
            return True
    return False


def footnote_lines(ct: CleanText, lines: list[LogicalLine]) -> set[int]:
    """The lines of a consolidated text's or a Gazette copy's footnotes, as
    its PDF's text lays them at each page's foot: a line opening with the
    number of a mark glued in the body above ("… nghiệp39," / "39 Cụm từ …
    được sửa đổi theo quy định tại …"), and the lines after it to the page's
    end. A note cut by that end (no stop, or a quotation left open) goes on
    at the next page's foot: the lines opening in small letters after the
    page's body, up to its next note. The notes say what amended the text
    and may quote an amending text's articles whole: none of it is the
    text's body (its numbering, tasks or assignments). A line whose number
    no mark above holds, or that no page's end closes, is left alone."""
    out: set[int] = set()
    marks: set[str] = set()
    k, n = 0, len(lines)
    cut = False  # the last note ran on past its page's end
    cut_from = 0  # the first line of the page after it
    while k < n:
        text = lines[k].text
        m = P.FOOTNOTE_LINE.match(text) if text[:1].isdigit() else None
        number = text.split(None, 1)[0] if m else ""
        if m and number in marks:
            # the note and what follows it to the page's end (or the text's)
            j = k + 1
            while j < n and not _page_break_between(ct, lines[j - 1], lines[j]):
                j += 1
            # and the notes right above it, one number less each, whose marks
            # were not read ("… năm 20237" / "7 Người …" / "8 Trường hợp …")
            first, before = k, int(number) - 1
            while (
                first > 0
                and before > 0
                and lines[first - 1].text.startswith(f"{before} ")
                and P.FOOTNOTE_LINE.match(lines[first - 1].text)
                and not _page_break_between(ct, lines[first - 1], lines[first])
            ):
                first -= 1
                before -= 1
            out.update(range(first, j))
            block = " ".join(ll.text for ll in lines[k:j])
            cut = not _ends_a_sentence(lines[j - 1].text) or block.count("“") > block.count("”")
            cut_from = k = j
            continue
        if cut and k and text[:1].islower() and _ends_a_sentence(lines[k - 1].text):
            # the cut note's rest, at this page's foot, before its next note
            j = k + 1
            while j < n and not _page_break_between(ct, lines[j - 1], lines[j]):
                if P.FOOTNOTE_LINE.match(lines[j].text) and lines[j].text.split(None, 1)[0] in marks:
                    break
                j += 1
            out.update(range(k, j))
            cut = False
            k = j
            continue
        if cut and k > cut_from and _page_break_between(ct, lines[k - 1], lines[k]):
            cut = False  # (the next page held no rest of it)
        for mk in P.GLUED_FOOTNOTE_MARK.finditer(text):
            marks.add(mk["n"])
        k += 1
    return out


def _without_footnotes(ct: CleanText, lines: list[LogicalLine]) -> list[LogicalLine]:
    notes = footnote_lines(ct, lines)
    return [ll for i, ll in enumerate(lines) if i not in notes] if notes else lines


def _without_notes(lines: list[LogicalLine]) -> list[LogicalLine]:
    """The lines but the notes a .docx's reader put after the paragraphs
    citing them ("[1] Sau khi sắp xếp, xã có 18 thôn …"): no section's text."""
    if not any(ll.text[:1] == "[" for ll in lines):
        return lines
    return [ll for ll in lines if ll.text[:1] != "[" or not P.NOTE_LINE.match(ll.text)]


def _ends_a_sentence_or_heading(text: str) -> bool:
    """Whether a line can stand before an article's heading: it ends a
    sentence or a list ("QUYẾT ĐỊNH:", "… thi hành Quyết định này./."), or is
    a heading in capitals ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG")."""
    return P.TERMINAL_PUNCT.search(text) is not None or _is_upper(text)


def _article_cell(lines: list[LogicalLine], k: int, last_article: int) -> bool:
    """Whether a bare "Điều N" line (``lines[k]``) is a table's cell, read a
    line each: the line above is a cell naming a provision or an act
    (PROVISION_OR_ACT_CELL) with no stop, no blank line comes between, and N
    is not the text's own next article ("Điều 2" after its "Điều 1", whatever
    the line above)."""
    above = lines[k - 1]
    return (
        not lines[k].phys[0].blank_before
        and not _next_own_article(lines[k].text, last_article)
        and not _ends_a_sentence_or_heading(above.text)  # (cheap: before the regex)
        and (above.phys[0].is_cell or P.PROVISION_OR_ACT_CELL.match(above.text) is not None)
    )


# What the text after a number reads as (_numbered_line_shape): a sentence, a
# body's name opening it; a table's cell is neither.
_READS_AS_SENTENCE = 1
_READS_AS_BODY = 2
# the fewest words a sentence has, not a cell's ("Thôn 2", "Tháng 5/2026.")
_SENTENCE_MIN_WORDS = 6


def _numbered_line_shape(rest: str) -> int:
    """How the text after an item's or a row's number reads: a sentence
    (_SENTENCE_MIN_WORDS words or more, closed by a stop or a colon: "Văn phòng
    … báo cáo kết quả trước ngày 30/6/2026."), opening with a body's name
    ("Đoàn Thanh niên xã tuyên truyền"), both, or neither (0: nothing, or a
    cell, "Xi măng poóc lăng,")."""
    shape = 0
    stripped = rest.rstrip()
    if stripped[-1:] in (".", ":") and len(stripped.split()) >= _SENTENCE_MIN_WORDS:
        shape |= _READS_AS_SENTENCE
    first = stripped[:3].lower()
    if (
        first in P.AGENCY_HEAD_STARTS or first[:2] in P.AGENCY_HEAD_STARTS or len(first) != len(stripped[:3])
    ) and P.AGENCY_HEAD_WORD.match(stripped):
        shape |= _READS_AS_BODY
    return shape


def _outlines_next_item(number: int, rest: str, stack: list[_Open], row_shapes: int) -> bool:
    """Whether a flattened table's next row number (``number``, after a line
    "STT") is rather the outline's next item: the open item's number + 1 too
    (a table of two rows under item 2, then "3. …"), its text reading as an
    item, a sentence or a body's name opening it, where the table's rows
    before did not ("1." / "Thôn 1" / "2." / "Thôn 2" / "3. Văn phòng HĐND và
    UBND xã tổng hợp, báo cáo …"): the number fits both, the line the item."""
    item = next((o.number for o in reversed(stack) if o.kind == "arabic" and o.depth == 1), None)
    return item is not None and item + 1 == number and bool(_numbered_line_shape(rest) & ~row_shapes)


def build_sections(ct: CleanText, lines: list[LogicalLine]) -> list[Section]:
    """The numbering tree of a body.

    Nesting follows first appearance: a kind not yet open nests under the
    current item; a kind already open closes everything down to its last
    occurrence and becomes its sibling (so "I. … 1. … - … 2." puts item 2
    beside item 1, and "II." closes them all). Parts (Phần, Chương, Mục) and
    roman parts open at the top, except that an article announcing what
    follows holds the roman parts right after it ("Điều 1. Phê duyệt Đề án …
    với những nội dung sau đây:" / "I. QUAN ĐIỂM …" / "II. MỤC TIÊU …"), so
    that "Điều 2." after them is its sibling."""
    roots: list[Section] = []
    stack: list[_Open] = []
    # lines come in source order: an item closing now runs to the end of the
    # last line read
    last_end = 0

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            op = stack.pop()
            # (made unvalidated: every value is the segmenter's own)
            sec = known_section(
                op.label,
                op.kind,  # type: ignore[arg-type]
                op.number,
                op.heading,
                "\n".join(filter(None, op.texts)),
                op.children,
                ct.source_span(op.start, last_end),
            )
            (stack[-1].children if stack else roots).append(sec)

    quoted = _quoted_lines(lines)
    marker_max = P.MARKER_MAX_LEN
    last_article = 0  # the text's own last article
    # the last row number of a table a PDF's text flattened one cell per line
    # ("STT" / "Tên dịch vụ" / "Quy chuẩn …" / "1." / "Dịch vụ …" / "2. …"),
    # None outside one: its numbers number its rows, not the outline's items
    flat_row: int | None = None
    # how its rows' numbered lines read (_numbered_line_shape's bits, together)
    flat_shapes = 0
    for k, ll in enumerate(lines):
        line_text = ll.text
        # (another text's wording, quoted whole: its numbers are not this one's)
        inside = k in quoted
        c = classify_line(line_text) if not inside else None
        if not inside and len(ll.phys) > 1 and len(ll.phys[0].text) <= marker_max:
            alone = P.MARKER_ONLY.match(ll.phys[0].text)
            if alone and alone["decimal"]:
                # "1.4" alone on its line, its text on the next: no stop after it
                label = alone["decimal"]
                c = ("arabic", label, int(label.rsplit(".", 1)[1]), line_text[len(label) :].strip())
        if c is not None and c[0] == "arabic" and c[3][:1].isdigit() and stack:
            c = _decimal_label(c, line_text, stack, lines, k)
        elif c is None and not inside and stack and line_text[:1] in _LATIN_NEXT:
            c = _latin_letter(line_text, stack)
        elif c is None and not inside and stack and line_text[3:4].isdigit() and line_text[:3].isdigit():
            c = _continued_item(line_text, stack)  # ("1000." after "999.": four digits go on with a list)
        if c is not None and _row_number(ll):
            c = None
        elif c is not None and c[0] == "article" and not c[3] and k and _article_cell(lines, k, last_article):
            # "Điều 19" alone, no stop nor title, under a cell ("Khoản 1 Điều
            # 16", "Nghị định số 144/2020/NĐ-CP"): a table's cell naming an
            # article of the document in its row, no article of this text
            c = None
        elif c is None and not inside and stack and stack[0].kind == "appendix" and line_text[:1] == "M":
            form = P.FORM_HEADING.match(line_text)
            if form and not (form["rest"] and _listed_form(lines, k)):
                # a form of the appendix: a part of it, numbered afresh (not
                # an entry of the appendix's list of its forms, "Mẫu AP01 Văn
                # bản đồng ý …" / "Mẫu AP02 Công văn đề nghị …")
                c = ("part", f"Mẫu {form['label']}", None, form["rest"])
        if flat_row is not None and c is not None and not inside:
            if (
                c[0] == "arabic"
                and c[2] == flat_row + 1
                and c[1] is not None
                and "." not in c[1]
                # (its first row repeats a number the open items used: "1." under "1. Ban hành …")
                and (flat_row or any(o.kind == "arabic" and o.depth == 1 for o in stack))
                and not _outlines_next_item(c[2], c[3], stack, flat_shapes)
            ):
                flat_row += 1  # the next row's number: its cells are the open item's text
                flat_shapes |= _numbered_line_shape(c[3])
                c = None
            elif c[0] in ("dash", "plus") and flat_row:
                c = None  # a bullet inside a row's cell
            else:
                flat_row = None  # the outline's numbering resumes ("2. Trường hợp …" after row 4)
        elif (
            c is None
            and stack
            and line_text[:1] in "STs"  # (before the pattern: "STT", "TT", "Số TT" open so)
            and len(line_text) <= _TABLE_NUMBER_HEADER_MAX
            and not inside
            and not ll.phys[0].is_cell
            and P.CELL_TABLE_NUMBER_HEADER.match(line_text)
        ):
            flat_row = 0  # "STT" alone on its line: a flattened table's header
            flat_shapes = 0
        if c is not None and not inside:
            if c[0] == "article" and c[2]:
                last_article = c[2]
            elif c[0] == "appendix" or (c[0] == "part" and stack and stack[0].kind == "appendix"):
                last_article = 0  # (an appendix, and each of its forms, numbers its articles afresh)
        if c is None:
            if stack:
                top = stack[-1]
                if (
                    top.kind == "part"
                    and not any(top.texts)
                    and not top.children
                    and not ll.phys[0].is_cell  # (a form's table, under "Mẫu số 02")
                    and (top.heading is None or top.heading.isupper())
                    and _is_upper(line_text)
                ):
                    # "Chương I" / "NHỮNG QUY ĐỊNH CHUNG": the lines under it are its
                    # heading, wrapped over several, without a footnote's mark ("…
                    # THI HÀNH53")
                    line = P.CAPS_FOOTNOTE_MARK.sub("", line_text.strip())
                    top.heading = f"{top.heading} {line}" if top.heading else line
                    if ll.src_end > last_end:
                        last_end = ll.src_end
                    continue
                if (
                    top.kind in _ITEM_KINDS
                    and stack[0].kind != "appendix"
                    and (any(top.texts) or top.children)
                    and _unnumbered_heading(ll)
                    and (part := max((i for i, o in enumerate(stack) if o.kind not in _ITEM_KINDS), default=-1)) >= 0
                    and stack[part].kind == "roman"
                ):
                    # "IV. …" / "7. Trưởng thôn: …" / "LỊCH TRIỂN KHAI CHÍNH" / "-
                    # Tháng 3: …": a heading in capitals with no number after a
                    # plan part's item ends its items; what follows is the
                    # part's, not the last item's
                    close_to(part + 1)
                    top = stack[-1]
                if (
                    top.kind in _ITEM_KINDS
                    and line_text[:1] == "("
                    and _bracketed_note(line_text)
                    and stack[0].kind != "appendix"
                    and ct.source.count("\n", last_end, ll.src_start) >= 2
                ):
                    # "- … khuyến tài." / "" / "(Các nhiệm vụ cụ thể tại Phụ lục
                    # kèm theo)": a note in brackets alone on its line, set off
                    # from the list by a blank line, is the whole list's, not
                    # its last item's: the items close, the note is the part's
                    close_to(max((i + 1 for i, o in enumerate(stack) if o.kind not in _ITEM_KINDS), default=0))
                    if stack:
                        stack[-1].texts.append(line_text)
                    if ll.src_end > last_end:
                        last_end = ll.src_end
                    continue
                if line_text.startswith("Nghị quyết này") and P.COUNCIL_ADOPTION.match(line_text):
                    # "Nghị quyết này đã được Hội đồng nhân dân … thông qua ngày
                    # … và có hiệu lực …": the adoption clause ends the
                    # articles, no item's text
                    close_to(0)
                    continue
                if top.listed and len(stack) == 1 and (ll.phys[0].is_cell or line_text.startswith("Căn cứ ")):
                    # a listed item's list ends at a block of another kind: a
                    # table's row, a basis paragraph ("Các văn bản kèm theo:" /
                    # "1. …" / "3. …" / "| Căn cứ … |"): no item's body
                    close_to(0)
                    if ll.src_end > last_end:
                        last_end = ll.src_end
                    continue
                texts = top.texts
                texts.append(line_text)
                # the announcing sentence opens the item: a colon many lines on
                # ends a form's or a quotation's line, not the item's opening
                top.announces = line_text.endswith(":") and len(texts) <= 2
            if ll.src_end > last_end:
                last_end = ll.src_end
            continue
        kind, label, number, rest = c
        heading, text = _heading_and_text(kind, rest)
        depth = label.count(".") + 1 if kind == "arabic" and label else 1
        if kind == "part" and label:
            depth = _PART_RANK.get(label.split()[0], 1)
        # find where it goes: beside the last open item of its kind and depth,
        # else, for "1.1.", under the last open "1.", whatever was opened since
        pos = parent = None
        for i in range(len(stack) - 1, -1, -1):
            if kind == "part" and stack[i].kind == kind and stack[i].depth < depth:
                pos = i + 1  # "Mục 1" in the open "Chương II"
                break
            if stack[i].kind == kind:
                if stack[i].depth == depth:
                    pos = i
                    break
                if stack[i].depth == depth - 1 and parent is None:
                    parent = i
        if pos is None and parent is not None:
            pos = parent + 1
        if pos is None and kind == "arabic" and stack and stack[-1].kind in ("dash", "plus"):
            # a numbered item never nests under a dash or plus item: it closes
            # the open dash list ("- … / - … / Kiến nghị: / 1. Đề nghị Bộ …"),
            # and the dashes after it are its own
            pos = len(stack)
            while pos and stack[pos - 1].kind in ("dash", "plus"):
                pos -= 1
        if pos is None and kind in ("roman", "part"):
            # an article whose text announces what follows ("… với những nội
            # dung sau đây:") holds the roman parts that come right after it;
            # an appendix holds its own parts and chapters
            holds = kind == "roman" and stack and stack[-1].kind == "article"
            base = 1 if stack and stack[0].kind == "appendix" else 0
            if kind == "roman":
                # roman parts nest under an open part ("PHẦN I" / "A." above "I.")
                parts = [i for i, o in enumerate(stack) if o.kind == "part"]
                if parts:
                    base = parts[-1] + 1
            pos = len(stack) if holds and stack[-1].announces else base
        elif pos is None and kind == "appendix":
            pos = 0  # an appendix closes the body (and the appendix before it)
        # (an item of a list a label opens, at the text's top: "Các văn bản kèm
        # theo:" / "1. Biên bản …", and its siblings after it)
        if pos == 0 or not stack:
            listed = (
                kind == "arabic"
                and not ll.phys[0].is_cell
                and (
                    (k > 0 and lines[k - 1].text.rstrip().endswith(":") and not stack)
                    or (bool(stack) and stack[0].listed and stack[0].kind == kind)
                )
            )
        else:
            listed = False
        if pos is not None:
            close_to(pos)
        stack.append(_Open(kind, label, number, heading, ll.src_start, [text] if text else [], line_text.endswith(":"), depth))
        stack[-1].listed = listed
        if ll.src_end > last_end:
            last_end = ll.src_end
    close_to(0)
    return roots


def _bracketed_note(text: str) -> bool:
    """Whether a line is a note in brackets, whole: "(Các nhiệm vụ cụ thể tại
    Phụ lục kèm theo)", its first bracket closed at its end; not a point
    numbered in brackets, "(3) Khoảng cách … (trang 8).", nor a word's
    abbreviation opening it."""
    text = text.rstrip(" .")
    if not text.endswith(")") or not text[1:2].isalpha() or not text[1:2].isupper():
        return False
    depth = 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return i == len(text) - 1
    return False


# (the longest "STT" header cell: "Số thứ tự", with spaces around)
_TABLE_NUMBER_HEADER_MAX = 16
# The kinds of an item under a part (what an unnumbered heading closes).
_ITEM_KINDS = frozenset(["arabic", "letter", "dash", "plus"])
# (a heading is a line, short)
_HEADING_MAX = 80


def _heading_before(ct: CleanText, s: Section, prev: Section) -> bool:
    """Whether an unnumbered heading stands between ``prev`` and ``s``, right
    before ``s``: a line in capitals, a short line of words alone between
    blank lines ("Tổ chức thực hiện"), or a record's coded heading ("0102.
    Chỉ số phát triển con người …", "07. Kinh tế tập thể, hợp tác xã")."""
    at = bisect.bisect_left(ct.lines, s.span.start, key=lambda ll: ll.src_start)
    if at < 1 or at >= len(ct.lines) or ct.lines[at - 1].src_start <= prev.span.start:
        return False
    ll = ct.lines[at - 1]
    if _unnumbered_heading(ll):
        return True
    text = ll.text.strip()
    if (text[:1].isdigit() or text.startswith("Nhóm")) and P.RECORD_CODE_HEADING.match(text):
        return True  # a record's heading ("0102. Chỉ số …"): its lines are numbered afresh
    return (
        len(text) <= _HEADING_MAX
        and text[:1].isupper()
        and ll.phys[0].blank_before
        and ct.lines[at].phys[0].blank_before
        and not ll.phys[0].is_cell
        and P.WORDS_ONLY.fullmatch(text) is not None
    )


def _unnumbered_heading(ll: LogicalLine) -> bool:
    """A line of words alone in capitals (no figure, code or mark: not a
    form's "QCVN 34:2022", "X - 20"), of two words or more and a heading's
    length, that is no table's cell ("LỊCH TRIỂN KHAI CHÍNH")."""
    text = ll.text.strip()
    return (
        len(text) <= _HEADING_MAX
        and text.isupper()  # (the cheap test first: most lines are not)
        and " " in text
        and not ll.phys[0].is_cell
        and P.WORDS_ONLY.fullmatch(text) is not None
    )


def _row_number(ll: LogicalLine) -> bool:
    """A table's number cell ("1", "1.1.", "II", "-"): it numbers the table's
    row, not an item of the document's outline."""
    return ll.phys[0].is_cell and (
        P.TABLE_ROW_NUMBER.match(ll.text) is not None or ll.text in ("-", "–", "+", "*", "•")
    )


def numbering_diagnostics(ct: CleanText, sections: list[Section], reporting: bool = False) -> list[Diagnostic]:
    """Duplicate, skipped and out-of-order numbers among siblings; articles
    are numbered through the whole text, across its parts and chapters (an
    appendix numbers its own). A report (``reporting``) names another plan's
    indicators by their numbers ("- Chỉ tiêu 4: …" after "- Chỉ tiêu 2: …",
    the one it does not report left out): those are not its own numbering."""
    out: list[Diagnostic] = []
    _check_numbering(ct, sections, out, skip=("indicator",) if reporting else ())
    body = [s for s in sections if s.kind != "appendix"]
    _check_sequence(ct, "article", [a for a in walk_sections(body) if a.kind == "article"], out)
    # (an appendix's forms each number their articles afresh, and so does a
    # text a form carries: "Mẫu số 03" / "… QUYẾT ĐỊNH: / Điều 1. …" /
    # "QUY CHẾ" / "(Ban hành kèm theo Quyết định số ... )" / "Điều 1. …")
    for appendix in (s for s in sections if s.kind == "appendix"):
        first = bisect.bisect_left(ct.phys, appendix.span.start, key=lambda pl: pl.src_start)
        forms = []
        for pl in ct.phys[first:]:
            if pl.src_start >= appendix.span.end:
                break
            if pl.text[:1] in _FORM_OR_CAPTION_INITIALS and (P.FORM_LABEL.match(pl.text) or P.ATTACHED_CLAUSE.match(pl.text)):
                forms.append(pl.src_start)
        by_form: dict[int, list[Section]] = {}
        for a in walk_sections([appendix]):
            if a.kind == "article":
                by_form.setdefault(bisect.bisect_right(forms, a.span.start), []).append(a)
        for group in by_form.values():
            _check_sequence(ct, "article", group, out)
    return out


# module-level, not a closure: a recursive closure holds itself (and ct) in a
# reference cycle that only the cyclic collector frees
def _check_numbering(
    ct: CleanText, siblings: list[Section], out: list[Diagnostic], skip: tuple[str, ...] = (), form: bool = False
) -> None:
    """``form``: the siblings stand in an appendix or a form ("Mẫu 02"), whose
    placeholder items ("2. ……", "n. ……") are blanks to fill, no numbering."""
    by_kind: dict[tuple[str, int, bool], list[Section]] = {}
    forms = 0  # (an appendix's form, "Mẫu 03", numbers the parts after it afresh: "Phần 1. Thông tin chung")
    # Groups coded by fixed-width numbers ("01. Đầu tư công" … "07.", "10."),
    # with the records' lines "1." … "5." among them, are no items of those
    # lines' sequence: the codes are checked among themselves.
    # (each section's fields read once into locals: a model's field read costs
    # ~340 instructions through pydantic's ``__getattr__`` hook, and this runs
    # for every section of every document)
    fields = [(s, s.kind, s.label, s.number) for s in siblings]
    code_widths = {
        len(label)
        for _s, kind, label, _n in fields
        if kind == "arabic" and label and label[0] == "0" and len(label) > 1 and "." not in label
    }
    for s, kind, label, number in fields:
        if kind == "part" and number is None and label and label.startswith("Mẫu"):
            forms += 1
        if (
            kind in ("dash", "plus")
            or kind in skip
            or number is None
            or (kind == "arabic" and label and "." in label)
            or (form and P.FORM_BLANK_ITEM.match(f"{s.heading or ''} {s.text}") is not None)
        ):
            continue
        code = bool(code_widths) and kind == "arabic" and label is not None and len(label) in code_widths
        by_kind.setdefault((kind, forms, code), []).append(s)
    for (of_kind, _, _), secs in by_kind.items():
        if of_kind != "article":  # (checked through the whole text)
            _check_sequence(ct, of_kind, secs, out)
    for s, kind, label, number in fields:
        if children := s.children:  # (most have none: no call for them)
            in_form = form or kind == "appendix" or (kind == "part" and number is None and (label or "").startswith("Mẫu"))
            _check_numbering(ct, children, out, skip, in_form)


def _check_sequence(ct: CleanText, kind: str, secs: list[Section], out: list[Diagnostic]) -> None:
    """Numbers of one kind, in order: none twice, none skipped, none back."""
    seen: dict[int, Section] = {}
    prev: Section | None = None
    before: int | None = None  # (prev's number, read once: see _check_numbering)
    for s in secs:
        if kind == "article" and (label := s.label) and not label[-1].isdigit():
            continue  # "Điều 85a", inserted between 85 and 86
        number = s.number
        n = number or 0
        if n == 1 and prev is not None and kind != "article" and _heading_before(ct, s, prev):
            seen, prev, before = {}, None, None  # a new list under its own heading ("TỔ CHỨC THỰC HIỆN")
        if n in seen:
            where = f"{_kind_vi(kind)} {s.label}"
            out.append(
                _sec_diag(
                    ct,
                    s,
                    "numbering-duplicate",
                    f"Trùng số thứ tự: {where} xuất hiện hai lần",
                )
            )
        elif prev is not None and before is not None and n < before:
            where = f"{_kind_vi(kind)} {s.label}"
            out.append(
                _sec_diag(
                    ct,
                    s,
                    "numbering-order",
                    f"Sai thứ tự: {where} đứng sau {_kind_vi(kind)} {prev.label}",
                )
            )
        elif prev is not None and before is not None and n > before + 1:
            where = f"{_kind_vi(kind)} {s.label}"
            # (a letter left out is named: "đ", which a plan typed without it skips)
            missing = f" (thiếu {_kind_vi(kind)} {', '.join(_LETTERS[before : n - 1])})" if kind == "letter" else ""
            out.append(
                _sec_diag(
                    ct,
                    s,
                    "numbering-gap",
                    f"Thiếu số thứ tự: {where} đứng ngay sau {_kind_vi(kind)} {prev.label}{missing}",
                )
            )
        elif prev is None and n > 1 and kind != "indicator":
            where = f"{_kind_vi(kind)} {s.label}"
            out.append(
                _sec_diag(ct, s, "numbering-gap", f"Thiếu số thứ tự: {where} là mục đầu tiên")
            )
        seen.setdefault(n, s)
        prev, before = s, number


_KIND_VI = {
    "roman": "mục",
    "arabic": "mục",
    "letter": "điểm",
    "article": "",
    "part": "",
    "appendix": "",
    "indicator": "",
}


def _kind_vi(kind: str) -> str:
    return _KIND_VI.get(kind, "mục")


def _sec_diag(ct: CleanText, s: Section, code: str, message: str) -> Diagnostic:
    return Diagnostic(
        code=code,
        severity="warning",
        message=" ".join(message.split()),
        line=s.span.line,
        column=ct.column_of_source(s.span.start),
        span=Span(
            file=s.span.file,
            line=s.span.line,
            end_line=s.span.line,
            start=s.span.start,
            end=s.span.start + len(s.label or ""),
        ),
    )


# ---------------------------------------------------------------------------
# footer
# ---------------------------------------------------------------------------


def footer_start(lines: list[LogicalLine]) -> int:
    """Index of the first footer line (recipients or signature), or len(lines)."""
    # a signature right above the first appendix or attached text ("Phụ lục"
    # / its title / "(Kèm theo …)"): the recipients are before it, never in
    # the appendix's forms
    signature, limit = None, len(lines)
    for k in range(1, len(lines)):
        # (_opens_appendix's own first test, here: most lines fail it, with no call)
        if lines[k].text[:1] in _APPENDIX_INITIALS and _opens_appendix(lines, k):
            signature = _signature_above(lines, k)
            if signature is not None:
                limit = k
                break
    for i in range(limit):
        text = lines[i].text
        if text[:1] == "N" and P.RECIPIENTS.match(text):
            return _signature_before(lines, i)
    if signature is not None:
        return signature
    # no recipients: a signature block at the very end, opened by its
    # authority ("KT. BỘ TRƯỞNG") or, signed in one's own name, by the title
    # alone ("BỘ TRƯỞNG" above the name, or "GIÁM ĐỐC Hoàng Chí Hiền")
    for i in range(max(0, len(lines) - 8), len(lines)):
        if P.AUTHORITY.match(lines[i].text):
            return i
    for i in range(max(0, len(lines) - 3), len(lines)):
        if _position_of(lines[i].text.strip()) and (
            _trailing_name(lines[i].text) or i + 1 < len(lines)
        ):
            return i
    # or the issuing body's name in capitals closing the text, its stamp or
    # signature block with no title or name ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"
    # after an attached plan's last item): no part of the last task
    if len(lines) > 1 and _body_in_capitals(lines[-1].text):
        return len(lines) - 1
    return len(lines)


_CLOSING_NAME_MAX = 80


def _body_in_capitals(text: str) -> bool:
    """Whether a line is a body's name alone, in capitals ("ỦY BAN NHÂN DÂN
    TỈNH HÀ TĨNH"): no lower-case letter, no digit, no heading's label or
    dash ("III. ỦY VIÊN UBND PHƯỜNG - CHỈ HUY TRƯỞNG …" heads a part), and a
    name the agencies table knows."""
    text = text.strip()
    if not text or len(text) > _CLOSING_NAME_MAX or text != text.upper() or " " not in text:
        return False
    if any(c.isdigit() or c in ".:-–(" for c in text):
        return False
    return classify_agency(text) is not None


# A signature block printed above "Nơi nhận": its authority, post and name.
_SIGNATURE_LINES = 4
_SIGNATURE_LINE_MAX = 60


def _signature_before(lines: list[LogicalLine], k: int) -> int:
    """Where the footer starts when ``lines[k]`` is "Nơi nhận": at the
    authority line opening the short lines right above it, as Party texts
    print the signature first ("T/M BAN BÍ THƯ" / "Trần Cẩm Tú"); else k."""
    rows, row = 0, -1  # (counted by the source's lines: two signatures side by side share theirs)
    own = k  # (signed in one's own name: the title alone above the name, "CHỦ TỊCH" / "Lê Văn A")
    for i in range(k - 1, -1, -1):
        text = lines[i].text
        # (signatures side by side in a text's columns: each column's part is short)
        if len(text) > _SIGNATURE_LINE_MAX and (
            "   " not in text or max(map(len, P.COLUMN_GAP.split(text))) > _SIGNATURE_LINE_MAX
        ):
            break
        if lines[i].line != row:
            rows, row = rows + 1, lines[i].line
            if rows > _SIGNATURE_LINES:
                break
        if P.AUTHORITY.match(text):
            return i
        if (
            i + 1 < k
            and text[:1] in _POSITION_INITIALS
            and _is_upper(text)
            and _position_of(text.strip())
            and P.PERSON_NAME.match(lines[i + 1].text.strip())
        ):
            own = i  # (an authority line above it opens the block, if any: looked for on)
    return own


# How far above an appendix's first line its document's signature may be
# (the appendix's title, and the header of an attached text, between them).
_SIGNATURE_REACH = 12


def _signature_above(lines: list[LogicalLine], k: int) -> int | None:
    """The first line of a signature block in the lines above ``lines[k]``."""
    for i in range(max(0, k - _SIGNATURE_REACH), k):
        if P.AUTHORITY.match(lines[i].text) or (
            # signed in one's own name: "BỘ TRƯỞNG" / "Đào Ngọc Dung"
            i + 1 < k and _position_of(lines[i].text.strip()) and _trailing_name(lines[i + 1].text)
        ):
            return i
    return None


# What a line opening an appendix starts with (see _opens_appendix).
_APPENDIX_INITIALS = ("P", "(")


def _opens_appendix(lines: list[LogicalLine], k: int) -> bool:
    """Does ``lines[k]`` open, or date, an appendix or attached text after the
    signature: "PHỤ LỤC I", or the "(Ban hành kèm theo Quyết định số …)" under
    its title ("DANH MỤC VĂN BẢN …" / "(Ban hành kèm theo …)")?"""
    text = lines[k].text
    if text[:3] in ("PHỤ", "Phụ"):
        return P.APPENDIX_HEADING.match(text) is not None
    return text[:1] == "(" and P.ATTACHED_CLAUSE.match(text) is not None


def _position_of(text: str) -> str | None:
    """A signer's title alone on a line, or before the name: "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC Hoàng Chí Hiền" -> "PHÓ GIÁM ĐỐC"."""
    text = " ".join(text.strip(" *").split())
    if text[:1] not in _POSITION_INITIALS:
        return None  # (no title can open it: no name to look for)
    name = _trailing_name(text)
    head = text[: text.rfind(name)].strip() if name else text
    return head if head and P.POSITION.match(head) else None


# The letters P.POSITION's titles open with ("PHÓ", "CHỦ TỊCH", "GIÁM ĐỐC",
# "BỘ TRƯỞNG", "THỦ TƯỚNG", "VỤ TRƯỞNG", "HIỆU TRƯỞNG", "ĐỘI TRƯỞNG" …: the
# titles' table's).
_POSITION_INITIALS = frozenset("P" + "".join(t[:1] for t in P.signer_titles()))


# A letter's "Kính gửi:" comes right under its header: looked for in the
# first lines of the body only (a quoted "Kính gửi" further on is text).
_ADDRESSEE_REACH = 12
# One addressee on the line under "Kính gửi:" is a name, not a paragraph.
_ADDRESSEE_MAX_LEN = 150


def read_addressees(
    ct: CleanText, lines: list[LogicalLine], body: int = 0
) -> tuple[list[Recipient], int, int]:
    """A letter's addressees ("Kính gửi: …"), and the range ``[i, j)`` of
    ``lines`` they take (``0, 0`` when there are none). ``lines`` are a part's
    logical lines and its body starts at ``lines[body]``: a header block that
    runs on past "Kính gửi" (a subject line under the number) is searched too.

    They are on the "Kính gửi:" line itself (several separated by ";"), or one
    per dash item under it; with neither, the one short line under it. The dash
    items are not the body's first items: without this, a letter's numbered
    tasks nested under its last addressee."""
    for i, ll in enumerate(lines[: body + _ADDRESSEE_REACH]):
        m = P.ADDRESSEE.match(ll.text)
        if m:
            break
        if i >= body and classify_line(ll.text) is not None:
            return [], 0, 0  # the body's items have begun
    else:
        return [], 0, 0
    first_line = i
    # a Công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" may stand over a "Kính gửi:"
    # line: the list is under the last of the two
    while not m["rest"].strip() and i + 1 < len(lines):
        m2 = P.ADDRESSEE.match(lines[i + 1].text)
        if m2 is None:
            break
        i, ll, m = i + 1, lines[i + 1], m2
    out: list[Recipient] = []
    rest = m["rest"]
    pos = m.start("rest")
    for item in _addressee_items(rest):
        at = ll.text.find(item, pos)
        if at >= 0:
            pos = at + len(item)
            span = ct.span(ll.start + at, ll.start + pos)
            out += [Recipient(text=name, span=span) for name in _addressees_in(item)]
    j = i + 1
    while j < len(lines) and lines[j].text[:1] in "-–—+•*" and classify_line(lines[j].text):
        first = j
        # an addressee wrapped onto a line of its own ("Ban Chỉ huy" / "Bộ
        # đội Biên phòng tỉnh;") runs until its ";" or "."
        while (
            j + 1 < len(lines)
            and lines[j].text.rstrip()[-1:] not in ";.:"
            and classify_line(lines[j + 1].text) is None
            and not P.PREAMBLE_START.match(lines[j + 1].text)
        ):
            j += 1
        span = ct.source_span(lines[first].src_start, lines[j].src_end)
        text = " ".join(ll.text for ll in lines[first : j + 1])
        out += [
            Recipient(text=name, span=span)
            for item in _addressee_items(text)
            for name in _addressees_in(item)
        ]
        j += 1
    if not out and j < len(lines):
        nxt = lines[j].text
        if (
            len(nxt) <= _ADDRESSEE_MAX_LEN
            and nxt[:1].isupper()
            and classify_line(nxt) is None
            and not P.PREAMBLE_START.match(nxt)
        ):
            out.append(Recipient(text=nxt.rstrip(" ;,."), span=ct.line_span(lines[j])))
            j += 1
    return out, first_line, j


def _addressees_in(item: str) -> list[str]:
    """An addressee, or each body a list of one kind names ("Các Sở, ngành:
    Công Thương, Nội vụ" -> Sở Công Thương, Sở Nội vụ; "Chủ tịch UBND các
    tỉnh, thành phố: Quảng Ninh, Hải Phòng" -> one per unit)."""
    return expand_shared_kind(item) or (expand_units_listed(item) if ": " in item else None) or [item]


def _addressee_items(text: str) -> Iterator[str]:
    """The addressees a "Kính gửi" line or dash item names, bullet and closing
    marks cut."""
    for item in P.ADDRESSEE_SPLIT.split(text.lstrip("-–—+•* ")):
        end = P.ADDRESSEE_NAME_END.search(item) if "(" in item else None
        item = (item[: end.start()] if end else item).strip(" ;,.")
        if item:
            yield item


def _in_full_row(ct: CleanText, pl: PhysLine) -> bool:
    """Is ``pl`` a cell of a "| a | b |" row (a line per paragraph of the cells,
    as a .docx table is read), not of a cell that runs over several lines of
    text ("| Nơi nhận:" … "- Lưu: VT. | KT. GIÁM ĐỐC"), whose bars do not keep
    its columns apart line by line?"""
    if not pl.is_cell:
        return False
    if pl.spaced:
        return True  # a PDF's columns, apart on each line (see normalize._signature_column)
    start = ct.source.rfind("\n", 0, pl.src_start) + 1
    end = ct.source.find("\n", pl.src_start)
    row = ct.source[start : end if end >= 0 else len(ct.source)].strip()
    return row.startswith("|") and row.endswith("|")


def read_footer(ct: CleanText, lines: list[LogicalLine]) -> tuple[list[Recipient], Signer | None]:
    recipients: list[Recipient] = []
    authority: list[str] = []
    position: str | None = None
    position_after = -1  # how many authority lines stood above the position
    name: str | None = None
    spans: list[Span] = []
    in_recipients = False
    # A footer laid out as a table keeps the recipients in one column and the
    # signature in the other, their lines interleaved as the cells' paragraphs
    # are ("Nơi nhận:" | "KT. GIÁM ĐỐC", "- Như trên;" | "PHÓ GIÁM ĐỐC", …):
    # the recipients' column goes on whatever the other column holds.
    recipients_cell: int | None = None
    # A PDF's text prints the two columns side by side only where both have a
    # line: "Nơi nhận" on the left, its items that have the line to themselves
    # are dash lines of their own.
    spaced = False
    for ll in lines:
        for pl in ll.phys:
            text = pl.text
            if pl.spaced and not spaced:
                spaced, recipients_cell = True, 0
            in_column = recipients_cell is not None and (
                (pl.is_cell and pl.cell_index == recipients_cell)
                or (
                    spaced
                    and not pl.is_cell
                    and (
                        text[0] in "-–—+•*"
                        # (a recipient's list wrapped: "- Các Sở, ngành: Xây dựng," / "Tài chính;")
                        or (recipients and recipients[-1].text.endswith(",") and not _is_upper(text))
                    )
                )
            )
            m = P.RECIPIENTS.match(text)
            if m:
                in_recipients = True
                recipients_cell = pl.cell_index if _in_full_row(ct, pl) else None
                rest = m["rest"].strip()
                if rest:
                    # a list flattened into one cell ends its items with ";":
                    # its dashes are the ones after a ";" (a " - " inside an
                    # item joins a unit to its parent: "Cục CSGT - Bộ Công an")
                    dashes = (
                        [rest] if ";" in rest and P.RECIPIENTS_ON_ONE_LINE.search(rest) else P.RECIPIENT_DASHES.split(rest)
                    )
                    for dashed in dashes:
                        for item in _recipients_apart(dashed.lstrip("-–•* ")):
                            item = " ".join(item.strip(" ;.-").split())
                            if item:
                                recipients.append(Recipient(text=item, span=_span_of(ct, pl)))
                continue
            if (in_recipients or in_column) and P.SECTION_DASH.match(text):
                # "- Như trên; - UBND tỉnh (b/c);": several on one line
                for item in _recipients_apart(text.lstrip("-–•* ")):
                    # (a run of spaces inside, "Bộ trưởng  (để b/c)", is one)
                    item = " ".join(item.split()).rstrip(";.")
                    if item:
                        recipients.append(Recipient(text=item, span=_span_of(ct, pl)))
                continue
            if (
                (in_recipients or in_column)
                and recipients
                and (recipients[-1].text.endswith(",") or (in_column and text[0].islower()))
                and not P.AUTHORITY.match(text)
            ):
                # "- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT," / "các Vụ, Cục, Công báo;":
                # a recipient's list going on without a dash
                last = recipients[-1]
                recipients[-1] = Recipient(
                    text=f"{last.text} {' '.join(text.split()).rstrip(';.')}",
                    span=last.span.model_copy(update={"end": pl.src_end, "end_line": pl.line}),
                )
                continue
            if in_column:
                continue  # (a recipient's wrapped line: no part of the signature)
            if name:
                if in_recipients:
                    continue  # (the signature printed first: the list's lines)
                # the signer's name closes the signature: what follows it
                # (an appendix's forms, with their own "TM. …" blocks) is not it
                break
            # signature block
            for am in P.AUTHORITY.finditer(text, 0, None, False, False):
                auth = " ".join(am["auth"].split())
                # "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" on one line: the deputy's title is the position
                dep = P.DEPUTY_TITLE.search(auth)
                if dep and auth.startswith(("KT", "K/T", "Q")):
                    position = dep.group(1)
                    position_after = len(authority) + 1
                    auth = auth[: dep.start()]
                elif auth.startswith(("TM", "T/M")) and (title := _title_after_body(auth)):
                    # "TM. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN", a flattened cell: the
                    # head's title after the body signed for
                    position = title
                    position_after = len(authority) + 1
                    auth = auth[: -len(title)].rstrip()
                authority.append(auth)
                spans.append(_span_of(ct, pl))
                in_recipients = False
            rest = P.AUTHORITY.sub(" ", text).strip()
            if not rest:
                continue
            stray = P.STRAY_TAIL.search(rest) if rest[-1:].islower() or rest[-1:] in "]})|" else None
            if stray and stray.start() > 1 and rest[stray.start() - 1].isupper() and _is_upper(rest[: stray.start()]):
                rest = rest[: stray.start()]  # "PHÓ THỦ TƯỚNGy]": the title, its stray marks dropped
            pm = P.POSITION.match(rest)
            if pm:
                # the post right under the "KT."/"TL."/"TM." form is the one it
                # signs in; a further line is a post held besides ("KT. TRƯỞNG
                # BAN" / "PHÓ TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND TỈNH")
                if not (position and authority and position_after == len(authority)):
                    position = " ".join(rest.split())
                    position_after = len(authority)
                spans.append(_span_of(ct, pl))
                in_recipients = False
                continue
            if (
                authority
                and _is_upper(rest)
                and len(authority)
                and not position
                and len(rest) < 30
                and not name
            ):
                # "TM. ỦY BAN NHÂN" / "DÂN": a wrapped authority line
                authority[-1] = f"{authority[-1]} {rest}"
                continue
            if (authority or position) and P.PERSON_NAME.match(rest.strip()):
                # the name alone under the signer's title, whatever the family
                # name ("Rah Lan Chung", "Y Thanh Hà Niê Kdăm", "Rơ Châm Hlơn")
                nm = rest.strip()
            else:
                nm = _trailing_name(rest)
            if nm:
                name = nm
                # "GIÁM ĐỐC Hoàng Chí Hiền": a title before the name in one cell
                position = position or _position_of(rest)
                spans.append(_span_of(ct, pl))
                in_recipients = False
    if not (authority or position or name):
        return recipients, None
    signer = Signer(name=name, position=position)
    if authority:
        signer.authority = authority[-1]
        if len(authority) > 1 and authority[0].startswith(("TM", "T/M")):
            signer.on_behalf = authority[0]
        elif len(authority) > 1:
            # only "TM." names a body signed for: "TL. BỘ TRƯỞNG" / "KT. CHỦ
            # TỊCH ỦY BAN …" signs on the minister's order, the outer form
            # first (the inner one is how the chair's deputy signs under it)
            signer.authority = authority[0]
        elif authority[0].startswith(("TM", "T/M")):
            # "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH": the chair signs for the body,
            # in their own right (no KT./TL. form): the body, no authority
            signer.on_behalf = authority[0]
            signer.authority = None
    if position is None and authority and not authority[-1].startswith(("KT", "TL", "TUQ", "K/T", "T/L", "T/UQ")):
        signer.position = None
        if authority[-1].startswith("Q"):
            # "Q. GIÁM ĐỐC" (quyền): the acting holder signs in the office itself
            signer.position = authority[-1].split(".", 1)[1].strip() or None
    if spans:
        signer.span = ct.source_span(spans[0].start, spans[-1].end)
    return recipients, signer


def _recipients_apart(text: str) -> list[str]:
    """The recipients a dash line lists: apart at "; -" and at ";" alone,
    unless the item names a class and its members after a colon."""
    out: list[str] = []
    # (RECIPIENTS_ON_ONE_LINE splits at a ";": a line with none is one piece)
    for item in P.RECIPIENTS_ON_ONE_LINE.split(text) if ";" in text else (text,):
        if ";" in item.rstrip("; .") and ":" not in item:
            _by_semicolon(item, out)
        else:
            out.append(item)
    return out


def _by_semicolon(item: str, out: list[str]) -> None:
    """``item``'s recipients apart at ";" (``P.RECIPIENT_PIECE``) onto
    ``out``; a bracketed note ("; (b/c)") stays with the one before it."""
    start = -1  # where out[-1] starts in item
    for m in P.RECIPIENT_PIECE.finditer(item):
        if start >= 0 and P.RECIPIENT_NOTE.match(m.group()):
            out[-1] = item[start : m.end()]
        else:
            start = m.start()
            out.append(m.group())


@cache
def _surnames() -> frozenset[str]:
    # exact spelling, not folded: "Dầu" and "Đậu", "Không" and "Khổng" differ
    return frozenset(s.lower() for s in load("surnames.json")["surnames"])


def is_person_name(text: str) -> bool:
    """Two to five capitalised words starting with a Vietnamese family name."""
    if not P.PERSON_NAME.match(text):
        return False
    words = text.split()
    return words[0].lower() in _surnames() and all(len(w) > 1 or w.isupper() for w in words[1:])


def _title_after_body(auth: str) -> str | None:
    """The position title ending a "TM." line that runs on past its body's
    name ("TM. CHÍNH PHỦ THỦ TƯỚNG" -> "THỦ TƯỚNG"), or None."""
    words = auth.split()
    party = P.PARTY_BODY_WITH_TITLE_WORDS.match(" ".join(words[1:]))
    first = 1 + len(party.group(0).split()) if party else 2
    for k in range(first, len(words)):  # (the mark and the body's first word stay)
        rest = " ".join(words[k:])
        if P.POSITION.match(rest):
            return rest
    return None


def _trailing_name(text: str) -> str | None:
    text = P.MILITARY_RANK.sub("", " ".join(text.strip(" *").split()))
    if is_person_name(text):
        return text
    # "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân": a name after capitals, or
    # between them ("… TRƯỞNG ĐOÀN Hoàng Văn Thuân PHÓ GIÁM ĐỐC SỞ …"); each
    # searched for only where the line's last character can end its match
    # (the text has no space at its end): a name's letter, or after a name
    # inside, no lowercase letter (most lines end with neither: ";", "…ệt")
    end = len(text) - 1
    m = P.TRAILING_PERSON_NAME.search(text) if end >= 0 and P.HAS_LETTER.match(text, end) else None
    if m is None and end >= 0 and not P.LOWER_LETTER.match(text, end):
        m = P.INNER_PERSON_NAME.search(text)
    if m and _is_upper(text[: m.start()] or "X"):
        words = m.group(1).split()
        # drop stray letters before the surname ("C Hoàng Chí Hiền")
        while words and words[0].lower() not in _surnames():
            words.pop(0)
        name = " ".join(words)
        if is_person_name(name):
            return name
    return None


def _as_lines(phys: list[PhysLine]) -> list[LogicalLine]:
    return [LogicalLine(pl.text, 0, 0, [pl], pl.src_start, pl.src_end) for pl in phys]


def _signature_columns(phys: list[PhysLine]) -> list[list[PhysLine]]:
    """The columns of a signature laid out side by side as a table's cells,
    one block in each ("KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO" | "KT. GIÁM ĐỐC
    SỞ Y TẾ"; "TM. BAN THƯỜNG VỤ" | "SỞ Y TẾ", a body's name above its
    head's title; their titles and names below): each column's cells from
    that row on, a cell being one block whatever the other cells' lines;
    none when no row holds a signing form beside another block's capitals."""
    for pl in phys:
        if not (pl.is_cell and P.AUTHORITY.match(pl.text)):
            continue
        row = [c for c in phys if c.line == pl.line and c.is_cell and c.text.strip()]
        if len(row) < 2 or not all(
            P.AUTHORITY.match(c.text) or P.POSITION.match(c.text) or _is_upper(c.text) for c in row
        ):
            continue
        below = [c for c in phys if c.src_start >= row[0].src_start and c.is_cell]
        return [[c for c in below if c.cell_index == r.cell_index] for r in row]
    return []


def _spaced_signature_columns(ct: CleanText, phys: list[PhysLine]) -> list[list[PhysLine]]:
    """The columns of signatures a text prints side by side, runs of spaces
    or a tab apart ("TM. BAN THƯỜNG TRỰC      GIÁM ĐỐC", their titles and
    names below; two blocks or three, of as many lines or not; a column's
    line alone kept by where it starts): from the first line whose parts
    are signing forms or titles, one a form, down to the recipients' list
    ("Nơi nhận:") where the signatures stand above it."""
    for i, pl in enumerate(phys):
        if pl.is_cell or ("   " not in pl.text and not _line_tabs(ct, pl)):
            continue
        chunks = _column_chunks(ct, pl)
        if not (
            2 <= len(chunks) <= 4
            and any(P.AUTHORITY.match(c.text) for _, c in chunks)
            and all(P.AUTHORITY.match(c.text) or P.POSITION.match(c.text) for _, c in chunks)
        ):
            continue
        below: list[PhysLine] = []
        for c in phys[i:]:
            if P.RECIPIENTS.match(c.text):
                break
            if not c.is_cell:
                below.append(c)
        columns = _side_by_side(ct, below, chunks[1][0])
        return columns if len(columns) == len(chunks) else []
    return []


def _read_joint_signers(ct: CleanText, footer: list[LogicalLine], h: Header) -> None:
    """A joint text is signed by each of its issuers: side by side (see
    ``_signature_columns``) or one signature under the other. ``signer`` is
    the one whose block names the issuer named first (its form, "TM. ỦY BAN
    NHÂN DÂN", or the body's name the block prints, "SỞ Y TẾ" / "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC" / "CÔNG AN TỈNH"), whatever its place (the lead often
    signs on the right), else the one naming no other issuer, else the last
    (the right-hand column); the others are ``co_signers``, in their order."""
    phys = [pl for ll in footer for pl in ll.phys]
    signers: list[Signer] = []
    named: list[str] = []  # the bodies each block names, folded
    columns = _signature_columns(phys) or _spaced_signature_columns(ct, phys)
    if columns:
        for column in columns:
            signer = read_footer(ct, _as_lines(column))[1]
            if signer is not None and signer.name:
                signers.append(signer)
                capitals = " ".join(c.text for c in column if _is_upper(c.text))
                named.append(f"{_forms_named(signer)} {fold(' '.join(capitals.split()))}")
    else:
        # one under the other: each signature ends at its signer's name
        rest = phys
        while rest and len(signers) < 4:
            signer = read_footer(ct, _as_lines(rest))[1]
            if signer is None or not signer.name or signer.span is None:
                break
            signers.append(signer)
            named.append(_forms_named(signer))
            end = signer.span.end
            rest = [pl for pl in rest if pl.src_start >= end]
    if len(signers) < 2:
        return
    first = fold(" ".join((h.issuer.name or "").split()[:3]))
    others = [fold(" ".join((i.name or "").split()[:3])) for i in h.co_issuers]
    k = next((j for j, n in enumerate(named) if first and first in n), None)
    if k is None:
        # the one whose block names no other issuer ("GIÁM ĐỐC" beside "TM.
        # BAN THƯỜNG TRỰC …"), else the last (the right-hand column)
        mine = [j for j, n in enumerate(named) if not any(o and o in n for o in others)]
        k = mine[0] if len(mine) == 1 else len(signers) - 1
    h.signer = signers[k]
    h.co_signers = signers[:k] + signers[k + 1 :]


# How many physical lines a record's signatures may take at its end (four
# blocks of a body's name, post, blank room and name).
_RECORD_SIGNATURES_REACH = 40


def _read_record_signers(ct: CleanText, lines: list[LogicalLine], h: Header) -> None:
    """A record (biên bản) is signed by each member or party, one block each
    ("THÀNH VIÊN" / "PHÓ CỤC TRƯỞNG" / name; "ĐẠI DIỆN" / "CÔNG TY …" /
    "GIÁM ĐỐC" / name), side by side in a table's cells or one under the
    other: ``signer`` is the first block's, with its post as position, the
    others ``co_signers``."""
    phys = [pl for ll in lines for pl in ll.phys][-_RECORD_SIGNATURES_REACH:]
    k = len(phys)
    while k > 0 and (_is_upper(phys[k - 1].text) or _trailing_name(phys[k - 1].text)):
        k -= 1  # back over the blocks' lines: capitals and names
    block = phys[k:]
    # a table's rows read column by column, each table in turn
    ordered: list[PhysLine] = []
    i = 0
    while i < len(block):
        if not block[i].is_cell:
            ordered.append(block[i])
            i += 1
            continue
        j = i
        while j < len(block) and block[j].is_cell and (
            j == i or block[j].line == block[j - 1].line or block[j].cell_index <= block[j - 1].cell_index
        ):
            # a table's rows, until its cells grow in number (another table)
            j += 1
        table = block[i:j]
        width = max(c.cell_index for c in table) + 1
        if any(c.line != table[0].line for c in table) and len({c.cell_index for c in table}) < width:
            width = 1
        for col in range(width):
            ordered.extend(c for c in table if c.cell_index == col)
        i = j
    signers: list[Signer] = []
    post: str | None = None
    for pl in ordered:
        name = _trailing_name(pl.text)
        head = pl.text[: pl.text.rfind(name)] if name else pl.text
        for word in P.RECORD_SIGNER_ROLE.findall(head):
            head = head.replace(word, " ")
        head = " ".join(head.split())
        if head and P.POSITION.match(head):
            post = head
        if name:
            signers.append(Signer(name=name, position=post, span=_span_of(ct, pl)))
            post = None
    if len(signers) < 2:
        return
    h.signer = signers[0]
    h.co_signers = signers[1:]


def _forms_named(s: Signer) -> str:
    """The bodies a signature's forms name, folded."""
    return fold(f"{s.on_behalf or ''} {s.authority or ''}")


def _signer_from_tail(ct: CleanText, lines: list[LogicalLine]) -> Signer | None:
    """A document whose footer is only the signer's name on the last line."""
    if not lines:
        return None
    ll = lines[-1]
    name = _trailing_name(ll.text)
    if name and len(ll.text) < 60:
        return Signer(name=name, span=ct.line_span(ll))
    return None


# ---------------------------------------------------------------------------
# the document
# ---------------------------------------------------------------------------


# How far into a part a header block printed after the first page's text may
# stand (a gazette page holds about 50 lines), and how close its number, motto
# and date stand together.
_DISPLACED_REACH = 120
_HEADER_BLOCK_SPAN = 8


def _displaced_header(ct: CleanText, part: Part, scan: HeaderScan) -> None:
    """A gazette page extracted from its PDF may print the header table (the
    issuer, "Số: 32/2026/TT-BKHCN", the motto, "Hà Nội, ngày 11 tháng 6 năm
    2026") after the first page's text: a number line with the motto or a
    place and date just below it is the document's own."""
    phys = ct.phys[part.first : min(part.last, part.first + _DISPLACED_REACH)]
    h = scan.header
    for i, pl in enumerate(phys):
        m = P.HEADER_NUMBER.match(pl.text, 0, None, False)
        if m is None:
            continue
        block = phys[i + 1 : i + 1 + _HEADER_BLOCK_SPAN]
        dated = next((b for b in block if (dm := P.PLACE_DATE.match(b.text)) and dm["place"]), None)
        if dated is None or not any(P.MOTTO.search(b.text) or P.MOTTO_LINE2.search(b.text) for b in block):
            continue
        _read_number(ct, pl, m, scan)
        dm = P.PLACE_DATE.match(dated.text)
        assert dm is not None
        _set_place_date(ct, scan, dated, dm)
        h.motto = True
        return


def _set_place_date(ct: CleanText, scan: HeaderScan, pl: PhysLine, dm: regex.Match[str]) -> None:
    """The date of a "Place, ngày … tháng … năm …" line read out of the header
    block, and its place when the header has none; its day left blank is
    said as where the header reads it (an error, info in a stamped draft), so
    that the parse and ``check`` (KH104) agree."""
    h = scan.header
    h.date = _iso_date(dm["day"], dm["month"], dm["year"])
    if dm["day"] is None and not any(d.code == "date-blank-day" for d in scan.diagnostics):
        scan.diagnostics.append(_blank_day(ct, pl, _blank_severity(any(d.code == "draft-mark" for d in scan.diagnostics))))
    h.spans["date"] = _span_of(ct, pl, dm.start(), dm.end())
    place = _clean_place(dm["place"])
    if place and h.place is None:
        h.place = place
        h.spans["place"] = _place_span(ct, pl, dm, place)


def _date_at_end(ct: CleanText, part: Part, scan: HeaderScan, footer_at: int | None) -> None:
    """Some forms (giấy phép, biên bản, certificates) put "Place, ngày … tháng
    … năm …" above the signature instead of in the header: it is looked for
    around the footer's first line (source offset ``footer_at``), since lists
    attached after the signature can be long, else at the part's end."""
    end = part.last
    if footer_at is not None:
        end = next((i for i in range(part.first, part.last) if ct.phys[i].src_start >= footer_at), end)
        end = min(part.last, end + 10)
    tail = ct.phys[max(part.first, end - 35) : end]
    for pl in reversed(tail):
        dm = P.PLACE_DATE.match(pl.text, 0, None, False)
        if dm and dm["place"]:
            _set_place_date(ct, scan, pl, dm)
            return


# Minutes open with the day they record, in their first paragraphs.
_MEETING_DATE_REACH = 15
# A record's labelled event time follows its members' list, in its first part.
_RECORD_EVENT_REACH = 60


def _date_of_the_meeting(ct: CleanText, body: list[LogicalLine], h: Header) -> None:
    """Minutes (biên bản) have no date in their header: "Hôm nay, ngày 14
    tháng 11 năm 2025, tại …" or "Vào hồi 9 giờ, ngày …" opening the text
    dates them."""
    for ll in body[:_MEETING_DATE_REACH]:
        m = P.MEETING_DATE.match(ll.text)
        if m:
            h.date = _iso_date(m["day"] or m["d2"], m["month"] or m["m2"], m["year"] or m["y2"])
            h.spans["date"] = ct.span(ll.start + m.start("date"), ll.start + m.end("date"))
            return
    if h.doc_type != "BB":
        return
    # a record with no such opening: the time its event began, under a label
    # after the members listed ("Thời gian và địa điểm: / Bắt đầu: 8h15’ ngày …")
    for ll in body[:_RECORD_EVENT_REACH]:
        if ("ngày" in ll.text[:60]) and (m := P.RECORD_EVENT_DATE.match(ll.text)):
            h.date = _iso_date(m["day"] or m["d2"], m["month"] or m["m2"], m["year"] or m["y2"])
            h.spans["date"] = ct.span(ll.start + m.start("date"), ll.start + m.end("date"))
            return


def consolidation_mark(ct: CleanText, part: Part) -> int | None:
    """Index in ``ct.phys`` of a consolidated text's "XÁC THỰC VĂN BẢN HỢP
    NHẤT" line, or None. The block is not always last: a consolidated text's
    footnotes, which say what amended each article, follow it."""
    if "HỢP NHẤT" not in ct.source and "hợp nhất" not in ct.source:
        return None  # most texts: one C-speed search instead of a line loop
    for i in range(part.last - 1, part.first - 1, -1):
        text = ct.phys[i].text
        if text.startswith(("XÁC", "Xác")) and P.CONSOLIDATION_MARK.match(text):
            return i
    return None


def _read_consolidation(ct: CleanText, part: Part, k: int, scan: HeaderScan) -> None:
    """A consolidated text's number, issuer and date are those of its
    authentication block (see ``P.CONSOLIDATION_MARK``): the consolidating
    body and the day it authenticated the text. Its top holds the consolidated
    text's own title, and its first lines that text's number and date.
    ``k`` is the index of its "XÁC THỰC VĂN BẢN HỢP NHẤT" line."""
    h = scan.header
    phys = ct.phys
    for j in range(k - 1, max(part.first, k - 4) - 1, -1):
        m = find_number(phys[j].text)
        if m:
            break
    else:
        return
    _forget_number(h)
    _read_number(ct, phys[j], m, scan)
    if h.number and "/VBHN-" in h.number:
        h.doc_type = "VBHN"
        h.doc_type_name = doc_types()["VBHN"].name
    # the body's name in capitals right above the number, on up to three lines
    first = j
    while first > part.first and j - first < 3 and _is_upper(phys[first - 1].text):
        first -= 1
    if first < j:
        _read_issuer(ct, phys[first:j], h, [], 0)
    for pl in phys[k + 1 : min(part.last, k + 4)]:
        dm = P.PLACE_DATE.match(pl.text)
        if dm and dm["year"]:
            h.date = _iso_date(dm["day"], dm["month"], dm["year"])
            h.spans["date"] = _span_of(ct, pl, dm.start(), dm.end())
            place = _clean_place(dm["place"]) if dm["place"] else None
            if place:
                h.place = place
                h.spans["place"] = _place_span(ct, pl, dm, place)
            break


def _forget_number(h: Header) -> None:
    # a function of its own: assigned None in the caller, h.number would be
    # narrowed to None there, and the compiled build (mypyc) trusts that type
    # after _read_number has set it
    h.number = h.symbol = None
    h.spans.pop("number", None)
    h.spans.pop("symbol", None)


def _lines_in(ct: CleanText, src_start: int, src_end: int) -> list[LogicalLine]:
    """The logical lines starting in ``[src_start, src_end)`` (they are in
    source order: bisected, as ``_line_at`` does)."""
    return ct.lines[_line_at(ct, src_start) : _line_at(ct, src_end)]


def segment_part(
    ct: CleanText, part: Part, source: Source
) -> tuple[Document, HeaderScan, list[LogicalLine]]:
    mark = consolidation_mark(ct, part)
    scan = scan_header(ct, part, consolidated=mark is not None)
    h = scan.header
    _read_joint_issuers(h)
    if h.symbol and _is_joint_symbol(h.symbol):
        _joint_codes_unmatched(h, scan)
    phys = ct.phys
    part_src_end = phys[part.last - 1].src_end if part.last > part.first else 0
    body_src_start = phys[scan.end].src_start if scan.end < part.last else part_src_end
    part_src_start = phys[part.first].src_start if part.last > part.first else part_src_end
    part_lines = _lines_in(ct, part_src_start, part_src_end + 1)
    in_header = bisect.bisect_left(part_lines, body_src_start, key=lambda ll: ll.src_start)
    lines = part_lines[in_header:]
    # a logical line may begin in the header block (a title joined with the
    # line under it): body lines start at or after the header's end
    f = footer_start(lines)
    body, footer = lines[:f], lines[f:]
    # appendices after the signature ("PHỤ LỤC I" / its title / "(Kèm theo
    # …)") are parts of the document, not of its footer
    k = next((i for i, ll in enumerate(footer) if i and ll.text[:1] == "P" and P.APPENDIX_HEADING.match(ll.text)), None)
    appendices = footer[k:] if k is not None else []
    footer = footer[:k] if k is not None else footer
    # the closing sentence ("Trên đây là Kế hoạch ...") ends the numbered body
    closing = next((i for i, ll in enumerate(body) if ll.text[:4] == "Trên" and P.CLOSING.match(ll.text)), None)
    if closing is None:
        closing = _closing_paragraphs(body)
    if closing is None and len(body) > 1 and P.END_MARK.search(body[-1].text):
        # a last paragraph closed by "./." that is no item ("Sở Công Thương
        # phúc đáp để Công ty biết và thực hiện./.") ends the items above it
        last = body[-1].text
        if (
            classify_line(last) is None
            and any(classify_line(ll.text) for ll in body[:-1])
            # (nor a heading's only paragraph: a heading with no text of its
            # own heads the paragraph under it, the last one too: "VI. CHẾ ĐỘ
            # BÁO CÁO" / "Các đơn vị báo cáo … trước ngày 10/6/2026./.", "2. Đề
            # nghị Cục Hóa chất" / "Tăng cường tập huấn …./.")
            and not _bare_heading(body[-2].text)
            # (in a text of articles, the last paragraph is the last article's)
            and not any(
                ll.text[:4] in ("Điều", "ĐIỀU") and P.SECTION_ARTICLE.match(ll.text) for ll in body[:-1]
            )
        ):
            closing = len(body) - 1
    numbered = body[:closing] if closing is not None else body
    doc = Document(source=source, header=h)
    doc.addressees, a_first, a_end = read_addressees(ct, part_lines, in_header)
    if a_end > in_header:  # the dash items under "Kính gửi:" are not the body's items
        a_first, a_end = max(0, a_first - in_header), a_end - in_header
        numbered = numbered[:a_first] + numbered[a_end:]
    if mark is not None or "CÔNG BÁO" in ct.source:  # (a consolidated text or a Gazette copy)
        # (the body's pages and the appendices' apart: the signature between them ends a page)
        numbered, appendices = _without_footnotes(ct, numbered), _without_footnotes(ct, appendices)
    if "[" in ct.text:  # (a .docx's notes, "[1] …" after their paragraph: see P.NOTE_LINE)
        numbered, appendices = _without_notes(numbered), _without_notes(appendices)
    doc.sections = build_sections(ct, numbered + appendices)
    doc.recipients, signer = read_footer(ct, footer)
    if signer is None:
        signer = _signer_from_tail(ct, body)
    h.signer = signer
    if h.issuer.parent is not None and h.symbol is not None and h.symbol.endswith("-UBND"):
        _people_committee_signed_for(h)
    if h.issuer.organ == "Ban Chấp hành Trung ương" and h.issuer.parent is None:
        _central_body_acting(ct, footer, numbered, h)
    if h.co_issuers:
        _read_joint_signers(ct, footer, h)
    elif h.doc_type == "BB" and lines:
        _read_record_signers(ct, lines, h)
    if mark is not None:
        _read_consolidation(ct, part, mark, scan)
    doc.kind = _kind(h, lines)  # type: ignore[assignment]
    if h.number is None and h.date is None and doc.kind == "document":
        _displaced_header(ct, part, scan)
    if h.date is None and doc.kind == "document":
        _date_at_end(ct, part, scan, footer[0].src_start if footer else None)
    if h.date is None and doc.kind == "document":
        _date_of_the_meeting(ct, body, h)
    if h.issuer.name is None and doc.kind == "document":
        infer_issuer(ct, body, h)
    if h.date is None and doc.kind == "article":
        _article_dateline(ct, part_lines, h)
    doc.diagnostics = scan.diagnostics + numbering_diagnostics(
        ct, doc.sections, reporting=h.doc_type in informing_types()
    )
    # a letter's closing paragraphs too: they may ask for something ("Trên
    # đây là ý kiến …, đề nghị Sở Công Thương tổng hợp, báo cáo./."); a plan's
    # closing sentence restates its items to all concerned
    closing_lines = body[closing:] if closing is not None else []
    return doc, scan, _lead(numbered) + closing_lines


def _people_committee_signed_for(h: Header) -> None:
    """A body under the People's Committee named on the header's second line
    ("ỦY BAN NHÂN DÂN XÃ … / BAN CHỈ HUY PHÒNG THỦ DÂN SỰ") drafted the text,
    but when its number carries the committee's issuer code ("52/KH-UBND")
    and it is signed for the committee ("TM. ỦY BAN NHÂN DÂN"), the committee
    issued it: the text is in the committee's register, under its seal. (A
    body issuing its own text numbers it with its own code, "KH-BCH", and
    signs for itself, "TM. BAN CHỈ HUY / TRƯỞNG BAN".) The committee may be
    signed for with its unit or in short ("TM. ỦY BAN NHÂN DÂN XÃ", "TM. UBND
    XÃ HÒA BÌNH"): the unit's words said must be the header line's."""
    parent, signer = h.issuer.parent or "", h.signer
    if signer is None or signer.on_behalf is None or h.issuer.organ == "UBND":
        return
    said = fold(" ".join(signer.on_behalf.split()[1:]))
    committee = "uybannhandan" if said.startswith("uybannhandan") else "ubnd" if said.startswith("ubnd") else None
    if committee is None:
        return
    row = organ_of(parent)
    if row is None or row["organ"] != "UBND" or len(fold(parent)) <= len(fold(row["prefix"])):
        return  # (the committee's line must name its unit: "ỦY BAN NHÂN DÂN" alone is no issuer)
    if not fold(parent)[len(fold(row["prefix"])) :].startswith(said[len(committee) :]):
        return  # (signed for another committee: "TM. ỦY BAN NHÂN DÂN TỈNH" under a commune's)
    span = h.issuer.span
    level = h.issuer.level
    h.issuer = _issuer_named(parent, None)
    h.issuer.span = span
    h.level = h.issuer.level or level


def _article_dateline(ct: CleanText, lines: list[LogicalLine], h: Header) -> None:
    """A news article's date: its dateline, a line of its own near the top
    ("28/11/2025 08:15" under the headline, ``P.ARTICLE_DATELINE``; its
    physical line: the paragraph under it may be joined to it)."""
    for ll in lines[: P.ARTICLE_DATELINE_LINES]:
        for pl in ll.phys:
            if len(pl.text) > 60 or "/" not in pl.text:
                continue
            m = P.ARTICLE_DATELINE.fullmatch(pl.text)
            if m and 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12:
                h.date = _iso_date(m["d"], m["m"], m["y"])
                h.spans["date"] = _span_of(ct, pl, m.start("d"), m.end("y"))
                return


def _bare_heading(text: str) -> bool:
    """Whether a line is a numbered item's heading with no text of its own
    ("VI. CHẾ ĐỘ BÁO CÁO", "3. Tổ chức thực hiện", "2. Đề nghị Cục Hóa
    chất", "1. Kiến nghị Bộ Công Thương:"): what follows it is its text."""
    item = classify_line(text)
    if item is None or item[0] in ("dash", "plus"):
        return False
    heading, own = _heading_and_text(item[0], item[3])
    return heading is not None and not own


def _lead(numbered: list[LogicalLine]) -> list[LogicalLine]:
    """The body's own paragraphs before its first item (a letter's text,
    often all of it), but not its preamble ("Căn cứ …", "Thực hiện …") nor
    a normative text's enacting sentence ("… ban hành Thông tư …"): the
    section tree has no place for them, and they can give tasks ("Giao Sở …
    chủ trì …"). A paragraph that opens like a preamble but goes on to the
    letter's request ("Để …, Sở Công Thương đề nghị Công ty …") is kept."""
    out: list[LogicalLine] = []
    quoted = _quoted_lines(numbered)
    for k, ll in enumerate(numbered):
        if k in quoted:
            continue  # another text's wording: it gives no one a task here
        if classify_line(ll.text) is not None:
            break
        if P.ENACTING_SENTENCE.match(ll.text, 0, None, False):
            continue
        if not P.PREAMBLE_START.match(ll.text) or (
            # ("Căn cứ …" only when it goes on to the letter's request over its
            # items: "Căn cứ …, Sở … đề nghị Công ty hoàn thiện các nội dung sau:")
            (not ll.text.startswith(("Căn cứ", "CĂN CỨ")) or ll.text.rstrip().endswith(":"))
            and (P.LETTER_REQUEST.search(ll.text) or P.GIVE_TASK.search(ll.text))
        ):
            out.append(ll)
    return out


def body_ranges(
    ct: CleanText, docs: list[Document], ranges: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each part's numbered body, in cleaned-text offsets: its top-level
    sections to the part's end, but for a purpose part ("I. MỤC ĐÍCH, YÊU
    CẦU"). What comes before the body (title, preamble, a letter's opening
    paragraphs) and the purpose say what the document itself rests on and
    carries out; in a task, "thực hiện Luật X" is the task's."""

    out = []
    for d, (start, end) in zip(docs, ranges, strict=False):
        tops = [(_clean_offset(ct, s.span.start), s) for s in d.sections]
        # the preamble's clauses written as bullets ("- Căn cứ Nghị quyết …;",
        # "- Thực hiện Kế hoạch …,") before the first numbered part are no body
        first = 0
        while first < len(tops) and tops[first][1].kind in ("dash", "plus") and P.PREAMBLE_BULLET.match(
            tops[first][1].heading or tops[first][1].text or ""
        ):
            first += 1
        for k, (at, sec) in enumerate(tops):
            stop = tops[k + 1][0] if k + 1 < len(tops) else end
            if k + 1 == len(tops) and sec.kind == "arabic" and _list_closed_after(ct, sec, end):
                # what follows the list a label opens is no item's body: a
                # table's rows, a basis paragraph ("Các văn bản kèm theo:" /
                # "3. Hồ sơ …" / "| Căn cứ Thông tư … |": the text's own clause)
                stop = _clean_offset(ct, sec.span.end)
            if k >= first and start <= at < end and not P.PURPOSE_HEADING.match(sec.heading or ""):
                out.append((at, stop))
    return out


def basis_ranges(ct: CleanText, docs: list[Document]) -> list[tuple[int, int]]:
    """The parts, at any depth, whose heading names their content as the
    text's basis ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý"), in
    cleaned-text offsets: what is listed there is the document's basis, as
    after "Căn cứ", not an item's task."""
    out: list[tuple[int, int]] = []
    for d in docs:
        for s in walk_sections(d.sections):
            heading = s.heading
            # (BASIS_HEADING names "căn cứ" or "cơ sở": a heading with neither is passed over)
            if (
                heading
                and heading[:1] in "CcSsNnVv"
                and ("căn" in (low := heading.lower()) or "cơ" in low)
                and P.BASIS_HEADING.match(heading.strip())
            ):
                out.append((_clean_offset(ct, s.span.start), _clean_offset(ct, s.span.end)))
    return out


def _list_closed_after(ct: CleanText, sec: Section, end: int) -> bool:
    """Does a block of another kind come right after the section (before
    ``end``, in cleaned-text offsets), outside it: a table's row or a basis
    paragraph ("Căn cứ …") where the segmenter closed a list's last item
    (see ``_Open.listed``)."""
    at = bisect.bisect_left(ct.lines, sec.span.end, key=lambda ll: ll.src_start)
    for ll in ct.lines[at : at + 3]:
        if _clean_offset(ct, ll.src_start) >= end:
            return False
        if ll.text.strip(" |"):
            return ll.phys[0].is_cell or ll.text.startswith("Căn cứ ")
    return False


def provision_lines(ct: CleanText, docs: list[Document]) -> list[int]:
    """Where each line of the provisions of a text of articles starts, in
    cleaned-text offsets: an article's own text ("Điều N." and its paragraphs),
    its clauses' ("1.") and their points' ("a)"). There a clause opening with
    "Bãi bỏ …" is the document's own act, where a plan's item is a task; so is
    not an article that holds a whole programme ("Điều 1. Phê duyệt Đề án …"
    over "I.", "II.")."""
    out: list[int] = []
    starts = [ll.src_start for ll in ct.lines]  # (bisected with no key function)
    for d in docs:
        secs = walk_sections(d.sections)
        if d.header.doc_type in P.ACTS_BY_ITEMS and not any(s.kind == "article" for s in secs):
            # a Nghị quyết or Chỉ thị of numbered items acts by them too: "3. Nghị
            # quyết này có hiệu lực … Bãi bỏ Nghị quyết số …", "4. Bãi bỏ …"
            # (an item opening so, not a body's task: "1. Bộ Tư pháp: a) Sửa đổi …")
            for item in secs:
                if item.kind == "arabic":
                    lines = _own_lines(ct, item, starts)
                    if lines and P.OWN_ACT_ITEM.match(ct.text, lines[0]):
                        out += lines
        for art in secs:
            if art.kind != "article":
                continue
            out += _own_lines(ct, art, starts)
            for clause in art.children:
                if clause.kind == "arabic":
                    out += _own_lines(ct, clause, starts)
                    for point in clause.children:
                        if point.kind == "letter":
                            out += _own_lines(ct, point, starts)
    # (a wording quoted in a clause is the quoted text's, not this one's act)
    quoted = {ct.lines[i].start for i in _quoted_lines(ct.lines)}
    return [x for x in out if x not in quoted] if quoted else out


def _own_lines(ct: CleanText, sec: Section, starts: list[int]) -> list[int]:
    """The cleaned-text starts of a section's own lines (up to its first
    child); ``starts`` are the source starts of ``ct.lines``."""
    stop = sec.children[0].span.start if sec.children else sec.span.end
    first, end = bisect.bisect_left(starts, sec.span.start), bisect.bisect_left(starts, stop)
    return [ll.start for ll in ct.lines[first:end]]


def _clean_offset(ct: CleanText, src: int) -> int:
    """The cleaned-text offset of the first logical line at or after source offset ``src``."""
    i = _line_at(ct, src)
    return ct.lines[i].start if i < len(ct.lines) else len(ct.text)


def _line_at(ct: CleanText, src: int) -> int:
    """The index of the first logical line at or after source offset ``src``."""
    return bisect.bisect_left(ct.lines, src, key=lambda ll: ll.src_start)


def _kind(h: Header, lines: list[LogicalLine]) -> str:
    if h.doc_type or h.number or h.motto or (h.symbol and h.issuer.name):
        return "document"
    text = "\n".join(ll.text for ll in lines[:400])
    if P.NEWS_ARTICLE_MARK.search(text):
        return "article"
    return "unknown"


def segment_document(
    ct: CleanText, source: Source
) -> tuple[Document, list[tuple[int, int]], list[list[LogicalLine]]]:
    """The document (attachments inside it), each part's cleaned-text range,
    and each part's paragraphs before its first item (see ``_lead``)."""
    parts = split_parts(ct)
    main, _, lead = segment_part(ct, parts[0], source)
    _portal_metadata(ct, main)
    ranges = [_clean_range(ct, p) for p in parts]
    leads = [lead]
    for part in parts[1:]:
        att, scan, lead = segment_part(
            ct, part, Source(path=source.path, format=source.format, encoding=source.encoding, newline=source.newline)
        )
        _inherit(att, main, scan, ct)
        main.attachments.append(att)
        leads.append(lead)
    missing = _appendix_missing(ct, [main, *main.attachments])
    if missing is not None:
        main.diagnostics.append(missing)
    return main, ranges, leads


def _appendix_missing(ct: CleanText, parts: list[Document]) -> Diagnostic | None:
    """A text that points to an appendix of its own ("chi tiết tại Phụ lục kèm
    theo", "Phụ lục II kèm theo Kế hoạch này") and holds none: its tasks or
    targets there are not in the text read (an appendix sent as another file,
    or left out when the text was copied)."""
    text = ct.text
    # (most texts name none; "Phụ lục", "Phụ Lục", "PHỤ LỤC")
    if "hụ lục" not in text and "hụ Lục" not in text and "HỤ LỤC" not in text:
        return None
    if any(s.kind == "appendix" for part in parts for s in part.sections):
        return None
    m = P.OWN_APPENDIX_REF.search(text, 0, None, False)
    if m is None:
        return None
    # an appendix the outline does not take for one ("Phụ lục: DANH SÁCH …" in
    # a letter, its table under it) is still there
    if any(ll.text[:1] == "P" and P.APPENDIX_LINE.match(ll.text) for ll in ct.lines):
        return None
    sp = ct.span(m.start(), m.end())
    return Diagnostic(
        code="appendix-missing",
        severity="warning",
        message=f"the text points to an appendix of its own (\"{' '.join(m[0].split())}\") but holds none",
        line=sp.line,
        column=ct.column_of_source(sp.start),
        span=sp,
    )


def _portal_metadata(ct: CleanText, doc: Document) -> None:
    """A page copied from a government portal may lose the document's header
    but keeps the portal's record of it: "Số ký hiệu: 186/KH-UBND", "Ngày ban
    hành: 21/08/2025". Read only for what the header left blank."""
    h = doc.header
    if "ký hiệu" not in ct.source and P.ISSUED_LABEL.search(ct.source) is None:
        return  # (most texts hold neither)
    if h.number is None or h.date is None:
        _portal_number_date(ct, doc)
    if h.number is not None and not h.motto:
        # no header block of its own (no motto): the record is its header
        _portal_fields(ct, doc)


def _portal_fields(ct: CleanText, doc: Document) -> None:
    """The other fields of a portal's record, for a page that shows the text
    without its header block: "Cơ quan ban hành" is the issuer (not the
    site's title nor the text's capitalised headings over it), "Trích yếu"
    the title, "Người ký" the signer, "Loại văn bản" the type. Read off the
    source's first lines (a "Người ký:" line is dropped with a stamp's)."""
    h = doc.header
    base = 0
    for raw in ct.source.split("\n", PORTAL_RECORD_LINES)[:PORTAL_RECORD_LINES]:
        start = base
        base += len(raw) + 1
        text = raw.strip()
        if not text or text[0] not in "CcNnTtLl":
            continue
        m = P.PORTAL_FIELD.match(text)
        if m is None:
            continue
        lead = len(raw) - len(raw.lstrip())
        if m["gap"] is not None and not tabs_within(ct.tabs, start + lead + m.start("gap"), start + lead + m.end("gap")):
            continue  # no colon, no tab: a sentence opening with the label's words
        value = m["value"]
        span = ct.source_span(start + lead + m.start("value"), start + lead + m.end("value"))
        label = fold(m["label"])  # (no spaces, no marks, lower case)
        if label == "coquanbanhanh":
            if not _lacks_issuer(h) or classify_agency(value) is None:
                continue  # (the header's own issuer stays; a value naming no body is none)
            h.issuer = _issuer_named(value, None)
            h.issuer.span = h.spans["issuer"] = span
            h.level = h.issuer.level
        elif label == "trichyeu" and h.title is None:
            h.title = value.rstrip(" .;,")
            h.spans["title"] = span
        elif label == "nguoiky" and h.signer is None and P.PERSON_NAME.match(value):
            h.signer = Signer(name=value, span=span)
        elif label == "loaivanban" and h.doc_type is None:
            code = doc_type_by_name().get(fold(" ".join(value.split())))
            if code is not None:
                h.doc_type, h.doc_type_name = code, doc_types()[code].name
    if doc.kind != "document":
        doc.kind = "document"  # (a record-backed text is a document, not a news article)


def _lacks_issuer(h: Header) -> bool:
    """Whether a header without its block has no issuer of its own: none, or
    the portal site's title or the text's headings under it, read for one."""
    name = h.issuer.name
    return not name or P.PORTAL_SITE_TITLE.match(name) is not None or classify_agency(name) is None


def _portal_number_date(ct: CleanText, doc: Document) -> None:
    h = doc.header
    for pl in ct.phys:
        if h.number is None and (m := P.PORTAL_NUMBER.search(pl.text)):
            num = parse_number(m["num"]) or parse_letter_number(m["num"])
            if num is not None:
                _set_number(h, num)
                h.spans["number"] = _span_of(ct, pl, m.start("num"), m.end("num"))
                if h.doc_type is None and num.type_code in doc_types():
                    h.doc_type, h.doc_type_name = num.type_code, doc_types()[num.type_code].name
        if h.date is None and (m := P.PORTAL_DATE.search(pl.text)) and 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12:
            h.date = _iso_date(m["d"], m["m"], m["y"])
            h.spans["date"] = _span_of(ct, pl, m.start("d"), m.end("y"))


def _clean_range(ct: CleanText, part: Part) -> tuple[int, int]:
    if part.last <= part.first:
        return 0, 0
    s_src, e_src = ct.phys[part.first].src_start, ct.phys[part.last - 1].src_end
    inside = _lines_in(ct, s_src, e_src)
    if not inside:
        return 0, 0
    return inside[0].start, inside[-1].end


def _inherit(att: Document, main: Document, scan: HeaderScan, ct: CleanText) -> None:
    """An attached document is issued by its carrier; its clause "(Ban hành
    kèm theo Quyết định số … ngày …)" gives its date, which must agree."""
    h = att.header
    if h.issuer.name is None:
        h.issuer = main.header.issuer.model_copy(deep=True)
        h.level = main.header.level
    if h.signer is None:
        h.signer = main.header.signer
    clause = scan.attached_clause
    if clause is None:
        return
    found = _caption_date(clause.text)
    if not found and ")" not in clause.text:
        # the clause wrapped before its date: "(Kèm theo Quyết định số 844/QĐ-TTg"
        # / "ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)"
        i = bisect.bisect_right(ct.phys, clause.src_start, key=lambda pl: pl.src_start)
        if i < len(ct.phys):
            clause = ct.phys[i]
            found = _caption_date(clause.text)
    if not found:
        return
    date, at = found
    if h.date is None:
        h.date = date
        h.spans["date"] = _span_of(ct, clause, *at)
    main_date = main.header.date
    if date and main_date and date != main_date and len(date) == len(main_date) == 10:
        sp = _span_of(ct, clause, *at)
        msg = (
            f"Ngày không khớp: văn bản ban hành ngày {_vn_date(main_date)} nhưng văn bản kèm theo ghi "
            f"ngày {_vn_date(date)} (dates disagree)"
        )
        d = Diagnostic(
            code="date-mismatch",
            severity="warning",
            message=msg,
            line=sp.line,
            column=ct.column_of_source(sp.start),
            span=sp,
        )
        main.diagnostics.append(d)
        att.diagnostics.append(d)


def _caption_date(text: str) -> tuple[str | None, tuple[int, int]] | None:
    """The date on one line of an attached text's caption, in words or in
    figures ("(Kèm theo Báo cáo số 402/BC-STP ngày 05/12/2025 …)"), with its
    offsets."""
    dm = find_place_date(text)
    if dm:
        return _iso_date(dm["day"], dm["month"], dm["year"]), (dm.start(), dm.end())
    cm = P.CITATION_DATE.search(text)
    if not cm or not cm["d"]:
        return None
    return _iso_date(cm["d"], cm["m"], cm["y"]), (cm.start("d"), cm.end("y"))


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}/{int(m)}/{y}"
