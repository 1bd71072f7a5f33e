"""Citations: every document a text cites, which one it is, and why it is cited.

A citation reads ``<Type word> [số] <number> [ngày <date>] [của <issuer>]
[về <subject>]``; the clause before it gives the relation. The steps:

1. *Anchors*: document numbers in the three syntaxes (administrative,
   legal-normative, Party; a công văn's number has no type), numbers typed
   with a stray letter (repaired, reported), and laws cited by name and year.
2. *Clauses*: the date, issuer and subject clauses after each anchor. A
   citation inside another one's subject clause is *nested*: "Kế hoạch số
   160-KH/TU … về thực hiện Chỉ thị số 28-CT/TW" says 160-KH/TU implements
   28-CT/TW (a second-order edge); the nested one is itself a mention.
3. *Relation* of a top-level citation: the last relation keyword between the
   previous citation and this one ("Căn cứ" basis, "thực hiện"/"triển khai"
   implements, "Xét/Theo đề nghị … Tờ trình" proposal, "kèm theo" attached),
   else the keyword opening its paragraph, else mention. Across mentions the
   strongest wins: attached > basis > implements > proposal > mention.
   Apart from why it is cited, its *action*: what the document does to it by
   its own provisions (replaces, repeals, amends: ``_own_action``).
4. *Aliases*: "(sau đây viết tắt là Chỉ thị số 28)" names the citation just
   before it whose type and serial it repeats; later uses of the alias are
   mentions of that document.
5. *Merge*: mentions of one number (and one year, when written) are one
   citation. Identity keys and issuer localities are finished by the resolve
   stage, which knows the citing document's own locality.

Not citations: a number must have its slash-and-code shape, so phone lines
("số 111"), street numbers ("Số 165 Lý Thường Kiệt"), counts and portal
counters never are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, chain, pairwise, takewhile

import regex

from .. import patterns as P
from ..agencies import LEVEL_RANK, agency_level, classify_agency, without_title
from ..docnumber import (
    DocNumber,
    department_named_by_code,
    document_key,
    issuer_level,
    issuer_named_by_code,
    joint_issuers_named_by_code,
    parse_glued,
    parse_number,
    parse_slashed,
    party_committee_named_by_code,
    technical_number,
    unpadded,
    without_footnote,
)
from ..models import (
    PLACE_HINT,
    REFORM_DATE,
    Action,
    Citation,
    Diagnostic,
    Header,
    Locality,
    Pinpoint,
    Span,
    known_citation,
    known_mention,
)
from ..normalize import CleanText
from ..tables import (
    account_types,
    carried_types,
    deal_types,
    doc_type_by_name,
    doc_types,
    fold,
    gives_account,
    issuer_codes,
    load,
    self_names,
    tasking_types,
    unit_plan_types,
)

# (what the document says it carries out outranks its legal basis: a plan
# "triển khai thực hiện Quyết định số 1183/QĐ-TTg" that also cites it after
# "Căn cứ" implements it, the cascade's edge)
RELATION_RANK = {"consolidates": 5, "attached": 4, "implements": 3, "basis": 2, "proposal": 1, "mention": 0}
# What the document does to the one it cites by its own provisions (see
# ``_own_action``), strongest first.
ACTION_RANK = {"replaces": 3, "repeals": 2, "amends": 1, None: 0}
# how far back a type word may stand before its number ("Quyết định số: ")
TYPE_WINDOW = 40
# how far a subject clause may run
SUBJECT_MAX = 600
# how far back an amending law's title may open before its number, the laws
# it amends listed by name ("Luật sửa đổi, bổ sung … của Luật A, …, Luật Z số N")
AMENDING_TITLE_REACH = 700


@cache
def _type_word_regex() -> regex.Pattern[str]:
    # letters are cited as "Công văn số …" / "Văn bản số …" besides the table's names
    names = {n for dt in doc_types().values() for n in dt.names} | {"Công văn", "Văn bản"}
    return P.type_word_before_number(names)


@cache
def _type_word_named_regex() -> regex.Pattern[str]:
    names = {n for dt in doc_types().values() for n in dt.names} | {"Công văn", "Văn bản"}
    return P.type_word_named_before_number(names)


@cache
def _type_word_issuer_regex() -> regex.Pattern[str]:
    names = {n for dt in doc_types().values() for n in dt.names} | {"Công văn", "Văn bản"}
    return P.type_word_issuer_before_number(names)


@cache
def _type_names() -> tuple[str, ...]:
    return tuple(sorted({n.lower() + " " for dt in doc_types().values() for n in dt.names}))


def _names_a_document(text: str) -> bool:
    """Whether ``text`` opens with a type of document ("Luật Hóa chất"), not a body."""
    return text.lower().startswith(_type_names())


# The year of the Constitution in force since 1 January 2014.
CONSTITUTION_2013 = 2013


# how far back a type word may stand when the issuer stands between it and
# the number ("Quyết định của Ủy ban nhân dân tỉnh Lào Cai số …")
TYPE_ISSUER_WINDOW = 120
# How far before a number a type word may stand with a longer phrase after it.
TYPE_NAMED_WINDOW = 100
# how far back "tại" may stand before a document named with no type word
NAMED_AT_WINDOW = 160
# the longest issuer that may be a short form of a body's name ("Công ty")
SHORT_ISSUER_MAX = 30


@dataclass
class _Anchor:
    start: int  # in ct.text
    end: int
    num: DocNumber | None
    law_name: str | None = None
    year: int | None = None
    raw: str = ""
    typo: bool = False
    type_word: str | None = None
    type_start: int | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    subject_span: tuple[int, int] | None = None
    subject_lead: int = 0  # where the subject's lead word ("về", "quy định") starts
    extent_end: int = 0  # end of its clauses
    nested_in: _Anchor | None = None
    names_documents: bool = False  # its subject names other documents (see _nest)
    relation: str = "mention"
    action: str | None = None  # see _own_action
    pinpoint: Pinpoint | None = None
    implements: list[_Anchor] = field(default_factory=list)
    acts_on: list[tuple[_Anchor, Action]] = field(default_factory=list)  # (act, action)
    amends_named: list[str] = field(default_factory=list)  # laws its title amends, cited nowhere else
    lists_end: int | None = None  # where the numbered laws its title lists end (an amending law's)
    via_alias: str | None = None
    title: str | None = None  # a law's name written before its number
    by_name: bool = False  # a law named without its number, numbered elsewhere
    # read as a mention through a preposition ("theo", "tại" …), which then
    # governs the documents listed after it too (see _relation)
    governed: bool = False
    # its issuer named before it, as the clause's subject or proposer ("Công ty X
    # tại Văn bản số …"), who then sent the documents joined to it too
    issuer_before: bool = False
    date_typo: str | None = None  # the date as written, "tháng" mistyped ("ngày 28 ngày 11 năm 2023")
    issued_lately: bool = False  # "… vừa được UBND phường X ban hành": by the citing text's date
    past_furniture: bool = False  # cut at a page break: ``raw`` is its two parts (see _number_past_furniture)


def _iso(d: str | None, m: str | None, y: str | None) -> str | None:
    if not (d and m and y):
        return None
    try:
        di, mi, yi = int(d), int(m), int(y)
    except ValueError:
        return None
    if not (1 <= mi <= 12 and 1 <= di <= 31):
        return None
    return f"{yi:04d}-{mi:02d}-{di:02d}"


@cache
def _serial_numbering() -> dict[str, tuple[str, frozenset[str]]]:
    """Folded central body -> the form of its numbers and the types numbered so
    (organs.json's serial_numbering)."""
    return {fold(r["issuer"]): (r["number"], frozenset(r["types"])) for r in load("organs.json")["serial_numbering"]}


def _serial_of_centre(text: str, m: regex.Match[str]) -> tuple[int, int, DocNumber] | None:
    """Where a central body's document cited by its type word and bare serial
    before ``m`` ("Chỉ thị 28" before "của Ban Bí thư") is written, and its
    number by that body's form (28-CT/TW); None where no type word and bare
    serial end the text before it, or the body numbers no such type so."""
    end = m.start()
    # (its date between: "Chỉ thị 28 ngày 25/12/2023 của Ban Bí thư")
    d = P.DATE_BEFORE_ISSUER.search(text, max(0, end - 40), end) if "ngày" in text[max(0, end - 40) : end] else None
    if d is not None:
        end = d.start()
    s = P.SERIAL_ENDING.search(text, max(0, end - 8), end)
    if s is None:
        return None
    tw = _type_word_regex().match(text[max(0, s.start() - TYPE_WINDOW) : s.start()])
    code = doc_type_by_name().get(fold(tw["word"])) if tw else None
    form = _serial_numbering().get(fold(m["issuer"]))
    if code is None or form is None or code not in form[1]:
        return None
    num = parse_number(form[0].format(serial=s["serial"], type=code))
    return (s.start(), s.end("serial"), num) if num is not None else None


def _find_anchors(text: str, base: int, lookalike: bool, ct: CleanText | None = None) -> list[_Anchor]:
    """The anchors of ``text`` (``lookalike``: whether it holds a look-alike letter;
    ``ct``: the cleaned text it is part of, at ``base``, for its table cells)."""
    scan = text.translate(P.LOOKALIKES) if lookalike else text
    anchors: list[_Anchor] = []
    # the spans already taken, disjoint and sorted: starts and ends both ascend
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_left(taken_starts, e)  # spans [0, i) start before e
        return i == 0 or taken_ends[i - 1] <= s

    def take(s: int, e: int) -> None:
        i = bisect.bisect_left(taken_starts, s)
        taken_starts.insert(i, s)
        taken_ends.insert(i, e)

    def add(m: regex.Match[str], num: DocNumber | None, at: tuple[int, int] | None = None, **kw: object) -> None:
        s, e = at or m.span()
        if not free(s, e):
            return
        take(s, e)
        if num is not None and num.issuer_code and num.issuer_code[-1].isdigit():
            num = without_footnote(num)  # "… NĐ-CP2": footnote 2's mark
        anchors.append(_Anchor(start=base + s, end=base + e, num=num, raw=text[s:e], **kw))  # type: ignore[arg-type]

    starts = _number_starts(scan)  # (where the three number patterns can match)
    for m in _matches_at(P.NORMATIVE_NUMBER, scan, starts):
        add(m, parse_number(m.group(0)))
    # (the cheap searches first: few texts have a number of either form)
    for m in P.NORMATIVE_TYPO.finditer(scan) if P.SLASH_YEAR_THEN_LETTERS.search(scan) else ():
        cand = f"{m['serial']}/{m['year']}/{m['type']}-{m['issuer']}"
        num = parse_number(cand)
        if num and num.known_type and num.family == "normative":
            add(m, num, typo=True)
    for m in _matches_at(P.PARTY_NUMBER, scan, _party_number_starts(scan)):
        num = parse_number(m.group(0))
        if num and num.known_type:
            add(m, num)
    if "-\n" in scan:
        # a number cut after its hyphen at a page break (see _number_past_furniture),
        # before the furniture's first word is read as its code
        for cut in P.NUMBER_CUT_AT_LINE_END.finditer(scan):
            if free(cut.start(), cut.end()) and (past := _number_past_furniture(text, cut)) is not None:
                add(cut, past[0], at=(cut.start("head"), past[1]))
                if anchors and anchors[-1].start == base + cut.start("head"):
                    # (as written, without the furniture between its parts)
                    anchors[-1].raw = f"{cut['head']}\n{text[past[2] : past[1]]}"
                    anchors[-1].past_furniture = True
    for m in _matches_at(P.ADMIN_NUMBER, scan, starts):
        num = parse_number(m.group(0))
        if num:
            add(m, num)
    glued_numbers = P.GLUED_SERIAL_NUMBER.finditer(scan) if P.LETTER_SLASH_YEAR.search(scan) else ()
    for m in chain(_matches_at(P.GENERIC_NUMBER, scan, starts), glued_numbers):
        if free(m.start(), m.end()) and _type_word_regex().match(
            text[max(0, m.start() - TYPE_WINDOW) : m.start()]
        ):
            glued = parse_glued(m.group(0))
            if glued is not None:
                add(m, glued, typo=True)
            else:
                add(m, parse_slashed(m.group(0)) or _generic_number(m.group(0)))
    if "Bí thư" in scan or "Chính trị" in scan or "Trung ương" in scan or "Chính phủ" in scan:
        # "Chỉ thị 28 của Ban Bí thư": its number the body's own form (28-CT/TW);
        # before a bare serial with its date ("Chỉ thị số 28 ngày … của Ban Bí thư")
        for m in P.CENTRE_ISSUER.finditer(scan):
            centre = _serial_of_centre(text, m)
            if centre is not None:
                add(m, centre[2], at=(centre[0], centre[1]))
    if "ngày" in scan:
        for m in P.BARE_SERIAL.finditer(scan):
            s, e = m.span("serial")
            if free(s, e) and _type_word_regex().match(text[max(0, s - TYPE_WINDOW) : s]):
                add(m, _generic_number(m["serial"]), at=(s, e))
    if "CVN" in scan:
        for m in P.TECHNICAL_CODE.finditer(scan):
            add(m, technical_number(m))
    # laws named in lower case first: an amending law's title holds the
    # capitalised names of the laws it amends
    law_words = _law_words(text)
    by_lower_name = ((m, True) for m in _laws_by_lower_name(text, law_words[0]))
    by_name = ((m, False) for m in _laws_by_name(text, law_words))
    for m, lower in chain(by_lower_name, by_name):
        if not lower and _amended_by_title(text, m.start()):
            continue
        if P.LAW_NUMBER_AFTER.match(text, m.end()):
            continue  # its number follows: the numbered anchor is the law
        name = " ".join(m["name"].split()).rstrip(" ,")
        if name.startswith("về "):
            name = name[3:]  # "Luật về Quản lý, sử dụng vũ khí …" is the Luật Quản lý, …
        year = int(m["year"] or m["year2"] or m.groupdict().get("year3"))
        if free(m.start(), m.end()) and not _name_breaks(text, m, base, ct, closed=True):
            take(m.start(), m.end())
            date = _iso(m["day"], m["month"] or m["month2"], m["year2"])
            anchors.append(_law_anchor(m, base, f"{' '.join(m['kind'].split())} {name}", year, date))
    # an amending law whose title lists the laws it amends by their numbers
    # ("; Luật sửa đổi, bổ sung một số điều của Luật A số N, Luật B số M và
    # Luật C số K;"): cited by that title, its own number not written (the
    # numbers are its laws', see _read_clauses)
    for i in law_words[0]:
        if text.startswith("Luật sửa đổi", i) and text[max(0, i - 8) : i].rstrip().endswith(P.AMENDING_LAW_LISTING_AFTER):
            m = P.AMENDING_LAW_LISTING.match(text, i)
            if m and free(m.start(), m.end("head")):
                take(m.start(), m.end("head"))
                a = _law_anchor(m, base, " ".join(P.LAW_NUMBER_IN_TITLE.sub("", m.group(0)).split()), None)
                a.end = a.extent_end = base + m.end("head")
                a.raw = m["head"]
                a.lists_end = base + m.end()
                anchors.append(a)
    # then laws named by their title alone ("theo Luật Nghĩa vụ quân sự."),
    # where no law named with its year or number stands
    for m in _laws_by_name(text, law_words, alone=True):
        # (not the laws an amending law's title lists, nor a title run into
        # the sentence past a second "và": "Luật Địa chất và khoáng sản và chỉ …")
        if (
            free(m.start(), m.end())
            and m["name"].count(" và ") < 2
            and not _amended_by_title(text, m.start())
            and not _foreign_law(text, m.end())
            and not _name_breaks(text, m, base, ct, closed=fold(" ".join(m["name"].split())) in _law_titles())
        ):
            take(m.start(), m.end())
            kind = "Bộ luật" if m["kind"].startswith("Bộ") else "Luật"
            title = _law_titles().get(fold(m["name"])) or " ".join(m["name"].split())
            # (its own name: ``year`` above is an int, which the compiled build checks)
            written_year = m.groupdict().get("year")
            anchors.append(_law_anchor(m, base, f"{kind} {title}", int(written_year) if written_year else None))
    if "Hiến" in text:
        for m in P.CONSTITUTION.finditer(text):
            if m.end() - m.start() < 12 and P.LAW_IN_GENERAL.match(text, m.end()):
                continue  # "tuân thủ Hiến pháp và pháp luật": the law in general
            if free(m.start(), m.end()):
                take(m.start(), m.end())
                hp_year = int(m["year"]) if m["year"] else None
                anchors.append(
                    _Anchor(
                        start=base + m.start(),
                        end=base + m.end(),
                        num=None,
                        law_name="Hiến pháp",
                        year=hp_year,
                        raw=m.group(0),
                        extent_end=base + m.end(),
                    )
                )
    anchors.sort(key=lambda a: a.start)
    # (the compiled build keeps the nested functions' variables in an object
    # that they and it point at: a loop only the cyclic collector frees, with
    # everything it holds; hand the anchors out and leave it empty)
    found = anchors.copy()
    anchors.clear()
    taken_starts.clear()
    taken_ends.clear()
    return found


def _without_identifiers(anchors: list[_Anchor], ct: CleanText) -> list[_Anchor]:
    """The anchors that cite a text: not the numbers that identify a thing.
    A number no type word names, with no date and no issuer, is a text's only
    if its code is a text's: one of no known type and no known issuer
    ("2845/2025/BHL-ATHHNH", a training certificate) is a thing's serial.
    In a table cell (a record's list of vehicles, drivers, goods) a number
    with no date and no issuer beside it that a deal's code or word names
    ("thuê theo hợp đồng số 01/HĐTX/XY") identifies what a thing is held
    under; a cell of a list of texts gives their own codes ("123/QĐ-UBND")."""
    cells: list[tuple[int, int]] | None = None
    kept: list[_Anchor] = []
    for a in anchors:
        num = a.num
        if num is None or a.law_name or a.date or a.issuer or a.title:
            kept.append(a)
            continue
        if (
            a.type_word is None
            and not num.known_type
            and num.family != "letter"
            and issuer_named_by_code(num) is None
            and fold(num.issuer_code or "") not in issuer_codes()
        ):
            continue  # a thing's serial
        deal = num.type_code in deal_types() or (
            a.type_word is not None and doc_type_by_name().get(fold(a.type_word)) in deal_types()
        )
        if deal:
            if cells is None:
                cells = [(ll.start, ll.end) for ll in ct.lines if ll.phys[0].is_cell]
            i = bisect.bisect_right(cells, (a.start, len(ct.text) + 1)) - 1
            if i >= 0 and cells[i][0] <= a.start < cells[i][1]:
                continue  # a deal a thing in a record's table is held under
        kept.append(a)
    return kept


def _number_starts(scan: str) -> list[int]:
    """Where NORMATIVE_NUMBER, ADMIN_NUMBER and GENERIC_NUMBER can match in
    ``scan``, in order: the runs of digits (or their parts past a window's
    start) within P.NUMBER_SLASH_REACH before a slash P.NUMBER_SLASH finds;
    a match opens at a run's first digit (its lookbehind refuses a digit
    before it), and holds such a slash that far on (see P.NUMBER_SLASH)."""
    starts: list[int] = []
    tried = 0  # (the windows overlap: each run once)
    for slash in P.NUMBER_SLASH.finditer(scan):
        at = slash.start()
        lo = max(tried, at - P.NUMBER_SLASH_REACH)
        if lo < at:
            starts += [run.start() for run in P.DIGIT_RUN.finditer(scan, lo, at, False, False)]
        tried = at
    return starts


def _party_number_starts(scan: str) -> list[int]:
    """Where P.PARTY_NUMBER can match in ``scan``, in order: at the run of
    digits ending at the hyphen, or one character before it, of each type
    code P.HYPHEN_CODE_SLASH finds ("28-CT/", "160- KH/"). Each match holds
    one, its hyphen that one's first character (no hyphen stands between a
    code's hyphen and its slash: none is skipped), and its lookbehind refuses
    a word character before the serial: it opens where that run does. (A
    scan with the pattern tries its lookbehinds at every place of the text.)"""
    starts: list[int] = []
    for code in P.HYPHEN_CODE_SLASH.finditer(scan):
        k = code.start()
        if k and not _decimal(scan[k - 1]):
            k -= 1  # (the space typed before the hyphen: the pattern checks it)
        j = k
        while j and _decimal(scan[j - 1]):
            j -= 1
        if j < k:
            starts.append(j)
    return starts


def _decimal(ch: str) -> bool:
    """Whether ``ch`` is a decimal digit as the patterns' ``\\d`` reads it (of
    any script: ``regex``'s Unicode tables, newer than Python's, beyond ASCII)."""
    return ch.isdecimal() if ch.isascii() else P.DIGIT_RUN.match(ch) is not None


def _matches_at(pattern: regex.Pattern[str], text: str, starts: list[int]) -> list[regex.Match[str]]:
    """``pattern.finditer(text)``'s matches, the pattern tried only at
    ``starts`` (ascending; every place a match can open): as finditer, the
    first match at or after where the last one ended."""
    out: list[regex.Match[str]] = []
    end = 0
    for at in starts:
        # (concurrent=False, by position: no GIL let go around each try, see
        # assignments._matches_at_words)
        if at >= end and (m := pattern.match(text, at, None, False)) is not None:
            out.append(m)
            end = m.end()
    return out


def _name_breaks(text: str, m: regex.Match[str], base: int, ct: CleanText | None, *, closed: bool) -> bool:
    """Does the law's name ``m`` run over a line's end it cannot cross? A
    cleaned text's line end is a paragraph's, a heading's or a cell's: a name
    goes on past it only when it is a whole known title or its year closes it
    (``closed``: "… thi hành Luật" / "Báo Khoa học … đăng tải" is no title),
    never into the next cell ("phổ biến Luật" | "Vụ Pháp chế"), nor from a
    "Luật" the text made the alias of its act ("(sau đây gọi là Luật)")."""
    nl = text.find("\n", m.start(), m.end("name"))
    if nl < 0:
        return False
    if not closed:
        return True
    if " ".join(text[m.start() : nl].lower().split()) in ("luật", "bộ luật") and any(
        fold(a["alias"]) in ("luat", "bo luat") for a in P.ALIAS.finditer(text, 0, m.start())
    ):
        return True
    if ct is not None:
        starts = [ll.start for ll in ct.lines]
        while nl >= 0:
            i = bisect.bisect_right(starts, base + nl)  # the line after this end
            if any(0 <= j < len(ct.lines) and ct.lines[j].phys[0].is_cell for j in (i - 1, i)):
                return True
            nl = text.find("\n", nl + 1, m.end("name"))
    return False


@cache
def _law_titles() -> dict[str, str]:
    """The known laws' short titles (data/law_titles.json) by their folded form."""
    return {fold(t): t for t in load("law_titles.json")["titles"]}


def _law_anchor(m: regex.Match[str], base: int, law_name: str, year: int | None, date: str | None = None) -> _Anchor:
    """The anchor of a law named by its name (``m``'s span, offset by ``base``)."""
    return _Anchor(
        start=base + m.start(),
        end=base + m.end(),
        num=None,
        law_name=law_name,
        year=year,
        date=date,
        raw=m.group(0),
        extent_end=base + m.end(),
    )


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text``, by str.find."""
    found = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _law_words(text: str) -> tuple[list[int], list[int]]:
    """Where "Luật" and where "luật" stand in ``text``: found by their "ậ" (a
    str.find of one letter runs at memchr's speed, one of a word 2x slower,
    and the three readers of laws' names would each look for both)."""
    upper: list[int] = []
    lower: list[int] = []
    i = text.find("ậ", 2)
    while i >= 0:
        word = text[i - 2 : i + 2]
        if word == "luật":
            lower.append(i - 2)
        elif word == "Luật":
            upper.append(i - 2)
        i = text.find("ậ", i + 1)
    return upper, lower


def _laws_by_name(
    text: str, law_words: tuple[list[int], list[int]] | None = None, alone: bool = False
) -> Iterator[regex.Match[str]]:
    """``P.LAW_BY_NAME.finditer(text)`` (``alone``: P.LAW_BY_KNOWN_TITLE's, else P.LAW_BY_TITLE_ALONE's),
    the pattern tried only where a match can start: at "Luật", or at "Bộ"
    before "luật" (also before "Luật" for a title alone, "Bộ Luật Dân sự")
    (``law_words``: where those words stand, see ``_law_words``; a scan with
    the pattern tries every position, and a re gate on those words is as
    slow). A law named with its year is tried only where the first character
    after the start that no name holds is a digit (see P.LAW_BY_NAME_STOP)."""
    upper, lower = _law_words(text) if law_words is None else law_words
    pattern = P.LAW_BY_TITLE_ALONE if alone else P.LAW_BY_NAME
    starts = list(upper)
    for i in lower + (upper if alone else []):
        j = i
        while j and text[j - 1].isspace():  # (a space or two)
            j -= 1
        if 2 <= j < i and text.startswith("Bộ", j - 2):
            starts.append(j - 2)
    starts.sort()
    end = 0
    stop = P.LAW_BY_NAME_STOP.search
    for start in starts:
        if start < end:
            continue
        # (a known title first, whatever follows it: "Luật Hóa chất, Ủy ban …")
        if alone and (m := P.LAW_BY_KNOWN_TITLE.match(text, start)):
            yield m
            end = m.end()
            continue
        if not alone and (at := stop(text, start, start + LAW_BY_NAME_GATE_REACH)):
            ch = at.group(0)
            if ch.isprintable() and not ch.isdecimal():
                continue  # (no year nor date after the name: most laws named alone)
        if m := pattern.match(text, start):
            yield m
            end = m.end()


# How far the gate before P.LAW_BY_NAME looks for the character ending a law's
# name (further, the pattern is tried: the gate only bounds its own cost).
LAW_BY_NAME_GATE_REACH = 400


def _basis_words(text: str) -> list[int]:
    """Where "căn cứ" stands in ``text``, in any case: found by its "ứ" (a
    str.find of one letter runs at memchr's speed; lowering the whole text to
    find the words costs 3x more)."""
    if "İ" in text:
        # (its lower case is two letters: text.lower()'s positions are not
        # text's, and the words are found where they have always been read)
        lowered, found = text.lower(), []
        i = lowered.find("căn cứ")
        while i >= 0:
            found.append(i)
            k = i + 6
            while k < len(text) and text[k] in " \t\n":
                k += 1
            i = lowered.find("căn cứ", k)
        return found
    return sorted(
        j - 5
        for letter in ("ứ", "Ứ")
        for j in _occurrences(text, letter)
        if j >= 5 and text[j - 5 : j + 1].lower() == "căn cứ"
    )


def _laws_by_lower_name(text: str, upper: list[int] | None = None) -> list[regex.Match[str]]:
    """Laws named in lower case where a basis clause begins ("Căn cứ Luật ban
    hành …") and amending laws listed after a ";", "," or "và" ("; Luật sửa
    đổi, bổ sung …"): the pattern is tried at those places only (a scan of the whole
    text would try it everywhere). ``upper``: where "Luật" stands (``_law_words``)."""
    found: dict[int, regex.Match[str]] = {}
    for i in _basis_words(text):
        k = i + 6
        while k < len(text) and text[k] in " \t\n":
            k += 1
        m = P.LAW_BY_LOWER_NAME.match(text, k)
        if m:
            found[k] = m
    for i in _law_words(text)[0] if upper is None else upper:
        if (
            text.startswith("Luật sửa đổi", i)
            and i not in found
            and text[max(0, i - 4) : i].rstrip().endswith((";", ",", " và"))
        ):
            m = P.LAW_BY_LOWER_NAME.match(text, i)
            if m:
                found[i] = m
    return [found[k] for k in sorted(found)]


def _foreign_law(text: str, end: int) -> bool:
    """Is the law named up to ``end`` another country's ("Luật Đầu tư nước sở
    tại", "… của nước ngoài", "… của nước tiếp nhận đầu tư")? No citation."""
    return "nước" in text[end : end + 20] and P.FOREIGN_LAW_AFTER.match(text, end) is not None


def _amended_by_title(text: str, at: int) -> bool:
    """Is the law named at ``at`` one an amending law's title names ("Luật
    sửa đổi, bổ sung một số điều của Luật A và Luật B ngày …")? Every law after
    the title's "của" and before its closing date is amended; the date is the
    amending law's."""
    window = text[max(0, at - 200) : at]
    titles = list(P.AMENDING_LAW.finditer(window))
    if not titles:
        return False
    between = window[titles[-1].end() :].lower()  # ", bổ sung một số điều của Luật A và "
    return (
        " của " in f"{between} "
        and ";" not in between
        and "\n" not in between
        and P.ANY_YEAR.search(between) is None  # the title was closed by its date
    )


def _amended_by_law_title(anchors: list[_Anchor]) -> None:
    """A law cited by its title "Luật sửa đổi, bổ sung (một số điều của) Luật A
    và Luật B" amends A and B: an edge to each cited in the text by that name
    (the latest edition issued before it), and a law the text cites nowhere
    else by its name. Numbered or not ("Luật sửa đổi, bổ sung một số điều của
    Luật Phòng, chống thiên tai và Luật Đê điều số 60/2020/QH14")."""
    for a in anchors:
        title = a.law_name or a.title
        if not title or not P.AMENDING_LAW.match(title):
            continue
        _, of, listed = title.partition(" của ")
        for name in P.LAWS_LISTED.split(listed) if of else ():
            key = fold(name)
            found = [
                b
                for b in anchors
                if b is not a
                and (a.num is None or b.num is None or b.num.number != a.num.number)
                and fold(b.law_name or b.title or "") == key
                and (_issued_before(b, a) or (a.lists_end is not None and a.end <= b.start < a.lists_end))
            ]
            if found:
                b = max(found, key=lambda b: b.year or 0)
                if all(x is not b for x, _ in a.acts_on):
                    a.acts_on.append((b, "amends"))
            elif P.LAW_LISTED_NAME.match(name) and all(fold(b.law_name or b.title or "") != key for b in anchors):
                a.amends_named.append(" ".join(name.split()))


def _generic_number(raw: str) -> DocNumber:
    """A number outside the three standard forms, kept as written (no spaces)."""
    number = "".join(raw.split())
    serial, _, symbol = number.partition("/")
    return DocNumber(
        number=number,
        symbol=symbol,
        serial=serial,
        family="letter",
        type_code=None,
        issuer_code=symbol,
        year=None,
        raw=raw,
        repaired=False,
        known_type=False,
    )


def _read_clauses(a: _Anchor, text: str) -> None:
    """Type word before, date/issuer/subject after (``text`` is ct.text)."""
    before = text[max(0, a.start - TYPE_WINDOW) : a.start]
    tm = _type_word_regex().match(before)
    said = tm["word"] if tm else None  # (read once: see P.group_numbers)
    if said == "luật" and P.LAW_BEFORE_NUMBER.search(text, max(0, a.start - 180), a.start):
        tm = None  # "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15": its name ends there
    elif said == "Luật" and P.LAW_LOWER_BEFORE_NUMBER.search(before):
        tm = None  # "Luật đấu thầu số 22/2023/QH15": a law's name in lower case, read below
    by = None
    directed = False  # a direction conveyed in a letter ("ý kiến chỉ đạo của … tại …")
    if tm is None and before.rstrip(" :").lower().endswith("số") and "của" in (
        longer := text[max(0, a.start - TYPE_ISSUER_WINDOW) : a.start]
    ):
        by = _type_word_issuer_regex().search(longer)
        # (a body, after a type word written as a name: not "… theo quy định
        # của Luật Hóa chất số …")
        if by and by["word"][:1].isupper() and not _names_a_document(by["issuer"]):
            tm = by
            before = longer
        else:
            by = None
    if (
        tm is None
        and by is None
        and a.num is not None
        and not (a.num.issuer_code or "").startswith("QH")  # (a law's name is read below)
        and before.rstrip(" :").lower().endswith("số")
    ):
        # "… của Công ty A tại Giấy đề nghị cấp giấy phép sử dụng VLNCN số …"
        named = text[max(0, a.start - TYPE_NAMED_WINDOW) : a.start]
        nm = _type_word_named_regex().search(named)
        if nm and not fold(nm["word"]).endswith("luat"):
            tm, before = nm, named
    if tm:
        a.type_word = " ".join(tm["word"].split())
        a.type_start = a.start - (len(before) - tm.start())
        if a.num is not None and a.num.type_code:
            # a compound type names its kind first, and the number's own code
            # agrees with that head noun, not with the word after it:
            # "Thông báo kết luận số 215-TB/TU" is a Thông báo
            head = P.HEAD_TYPE_BEFORE.search(text, max(0, a.type_start - 24), a.type_start, False)
            if (
                head
                and doc_type_by_name().get(fold(head["head"])) == a.num.type_code
                and doc_type_by_name().get(fold(a.type_word)) != a.num.type_code
            ):
                a.type_word = " ".join(head["head"].split())
                a.type_start = head.start()
        if by:
            # (its subject between ends it: "Nghị định của Chính phủ về quản lý
            # dự án số A ngày … và số B")
            cut = P.ISSUER_END.search(by["issuer"])
            a.issuer = " ".join(by["issuer"][: cut.start() if cut else None].split())
    elif a.num is not None and (a.num.issuer_code or "").startswith("QH"):
        longer = text[max(0, a.start - 180) : a.start]
        lm = P.LAW_BEFORE_NUMBER.search(longer)
        if lm is None and "uật " in longer[-80:] and (low := P.LAW_LOWER_BEFORE_NUMBER.search(longer)):
            # "Luật đấu thầu số 22/2023/QH15": its title as the table spells
            # it, else with its first letter a capital, as titles are written
            name = " ".join(low["name"].split())
            a.type_word = " ".join(low["kind"].split())
            a.type_start = a.start - (len(longer) - low.start())
            a.title = f"{a.type_word} {_law_titles().get(fold(name)) or name[:1].upper() + name[1:]}"
        if lm:
            a.type_word = " ".join(lm["kind"].split())
            a.type_start = a.start - (len(longer) - lm.start())
            a.title = f"{a.type_word} {' '.join(lm['name'].split()).rstrip(' ,')}"
            a.title = P.NAME_YEAR_END.sub("", a.title)  # (the year is the number's)
            amending = P.AMENDING_LAW_BEFORE.search(longer, 0, lm.start())
            if amending is None and "sửa đổi" in (wider := text[max(0, a.start - AMENDING_TITLE_REACH) : a.start]):
                # "Luật sửa đổi, bổ sung … của Luật A, Luật B, …, Luật Z số N":
                # the laws listed by name only, the number the amending law's
                listed = P.AMENDING_LAW_LISTED_BEFORE.search(wider, 0, len(wider) - len(longer) + lm.start())
                if listed is not None:
                    longer, amending = wider, listed
            # (only a law cited as the ground, alone in its clause: "Căn cứ Luật
            # sửa đổi … của Luật X số N;"; in "… ban hành Luật sửa đổi … của
            # Luật X số N" and in a list "… của Luật A số N, Luật B số M", N is
            # the amended law's)
            clause_end = min((k for k in (text.find(";", a.end), text.find("\n", a.end)) if k >= 0), default=len(text))
            if amending and not (
                P.GROUND_OPENER_BEFORE.search(longer, 0, amending.start())
                and "Luật" not in text[a.end : clause_end]
            ):
                amending = None
            if amending:
                # "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số …":
                # the number is the amending law's, its name the whole
                a.type_start = a.start - (len(longer) - amending.start())
                a.title = " ".join(longer[amending.start() :].split()).rstrip(" ,:")
                a.title = P.NUMBER_WORD_END.sub("", a.title)
    if a.num is None:  # a law by name: its clauses are inside the match
        return
    named_at = a.type_start
    if named_at is None and before.rstrip(" :").lower().endswith("số"):
        # a document a phrase with no type word names, after "tại": where
        # that name opens ("… được Sở Xây dựng công bố tại Bản công bố năng lực số …")
        window = text[max(0, a.start - NAMED_AT_WINDOW) : a.start]
        if " tại " in window and (nm := P.NAMED_AFTER_AT.search(window)):
            named_at = a.start - len(window) + nm.start("name")
    if named_at is not None:
        # "đề nghị của X tại Văn bản số N": X issued N; in a paragraph of
        # proposals, "; Y tại Văn bản số …"
        lo = max(0, named_at - 200)
        opener = P.PROPOSAL_OPENER.match(text, _line_start(text, a.start), a.start)
        before = text[lo : named_at]
        pm = (
            P.PROPOSER_BEFORE.search(text, lo, named_at)
            if opener or "đề nghị" in before or "chỉ đạo" in before or "ý kiến" in before
            else None
        )
        directed = bool(pm and pm["lead"])
        if pm is None and "đề nghị" in before:
            # "đề nghị của A tại Văn bản số … và B tại Văn bản số …"
            nm = P.NEXT_PROPOSER.search(text, lo, named_at)
            if nm and P.AGENCY_HEAD_WORD.match(nm["issuer"]):
                a.issuer = " ".join(nm["issuer"].split())
                a.issuer_before = True
        if pm and (not pm["item"] or opener):
            # (one who directs through an office's letter did not issue it:
            # "chỉ đạo của Lãnh đạo Chính phủ tại Văn bản số …/VPCP-…")
            if pm["lead"] is None or not (a.num is not None and (a.num.issuer_code or "").startswith("VP")):
                a.issuer = " ".join(pm["issuer"].split())
                a.issuer_before = True
        elif text[max(0, named_at - 12) : named_at].rstrip().lower().endswith(
            P.ISSUER_BEFORE_VERBS
        ):
            bm = P.ISSUER_BEFORE.search(text, max(0, named_at - 100), named_at)
            named = bm["issuer"] if bm else ""
            if bm and not P.AGENCY_HEAD_WORD.match(named):
                # "Xét hồ sơ do UBND xã Ninh An trình tại Tờ trình số …": the agent
                named = P.PASSIVE_AGENT.split(named)[-1]
            if bm and P.AGENCY_HEAD_WORD.match(named):
                a.issuer = " ".join(P.ADVISED.split(named)[-1].split())
                a.issuer_before = True
                # "Ngày 05/3/2026, Công ty … có Văn bản số N": the day dates N
                # (a date after the number, read below, wins)
                day = P.DATE_OPENING_SENTENCE.search(text, max(0, bm.start("issuer") - 40), bm.start("issuer"))
                if day:
                    a.date = _iso(day["d"], day["m"] or day["m2"], day["y"])
            elif bm is None and (again := P.VERB_AGAIN_BEFORE.search(text, max(0, named_at - 20), named_at)):
                agent = _agent_of_verb_before(text, again.start(), again["verb"])
                if agent and _bears_code(agent, a.num):
                    a.issuer = agent
                    a.issuer_before = True
            elif (
                bm is None
                # (the pattern ends at "ban hành": tried only after that word)
                and text[max(0, named_at - 12) : named_at].rstrip().lower().endswith("hành")
                and (sub := P.ISSUER_CLAUSE_SUBJECT.search(text, max(0, named_at - 360), named_at))
            ):
                # "Sở Công Thương đã tổ chức … kiểm tra …, qua kiểm tra đã ban hành Quyết định số …"
                last = f" {sub['last']} "
                if P.AGENCY_HEAD_WORD.match(sub["issuer"]) and not any(
                    f" {w} " in last for w in P.CLAUSE_SUBJECT_NOT_ISSUING
                ):
                    a.issuer = " ".join(sub["issuer"].split())
                    a.issuer_before = True
            elif (
                bm is None
                and text[max(0, named_at - 5) : named_at].rstrip().lower().endswith("tại")
                and (
                    dm := P.ISSUER_DECIDED_IN_CLAUSE.search(
                        # (from the newline before its line: "^" is the text's start only)
                        text, max(0, _line_start(text, named_at) - 1, named_at - 360), named_at
                    )
                )
                and P.AGENCY_HEAD_WORD.match(dm["issuer"])
                and _bears_code(dm["issuer"], a.num)
            ):
                # "…; Ủy ban nhân dân tỉnh Yên Bái đã phê duyệt khu vực A, khu
                # vực B tại Quyết định số …": its own clause's subject, not
                # the body an earlier clause or the number's code names
                a.issuer = " ".join(dm["issuer"].split())
                a.issuer_before = True
        if a.issuer is None and text.rfind("kèm", max(0, named_at - 12), named_at) >= 0:
            window_at = max(0, named_at - 400)
            owner = P.DOSSIER_OWNER_BEFORE.search(text, window_at, named_at)
            if owner and "hồ sơ" in text[window_at : owner.start()] and P.AGENCY_HEAD_WORD.match(owner["issuer"]):
                a.issuer = " ".join(owner["issuer"].split())  # the dossier's owner
                a.issuer_before = True
    pos = a.end
    dm = P.CITATION_DATE.match(text, pos, min(len(text), pos + 60))
    if dm:
        a.date = _iso(dm["d"] or dm["d2"] or dm["d3"], dm["m"] or dm["m2"] or dm["m3"], dm["y"] or dm["y2"] or dm["y3"])
        pos = dm.end()
        # (a digit glued to the year, "08/10/20181", is a footnote's mark in
        # any text, as a Công báo copy, or any copied from Word or PDF, prints
        # its references: the date is read without it and is no date written
        # wrong; a slip of the keys would give the same date: see README)
    elif text.startswith("ngày", pos + 1) or text.startswith("ngày", pos + 2):
        typo = P.CITATION_DATE_TYPO.match(text, pos, min(len(text), pos + 60))
        if typo and (date := _iso(typo["d"], typo["m"], typo["y"])):
            a.date, a.date_typo = date, " ".join(typo.group(0).split()).lstrip(", ")
            pos = typo.end()
        elif late := _date_past_furniture(a, text, pos):
            a.date, pos = late
    insert = P.CITATION_INSERT.match(text, pos, min(len(text), pos + 100))
    if insert:  # "… ngày 04/4/2026 và hồ sơ gửi kèm của Công ty …"
        pos = insert.end()
    im = (
        P.CITATION_ISSUER.match(text, pos, min(len(text), pos + 140), False)
        if _may_open_with(text, pos, P.CITATION_ISSUER_INITIALS, comma=True)
        else None
    )
    if im:
        g = P.group_numbers(im.re)  # (read by number: see P.group_numbers)
        issuer = im[g["issuer"]]
        cut = P.ISSUER_END.search(issuer, 0, None, False)
        if cut:
            # (a "và" before the cut joins the citing sentence's next verb:
            # "… của UBND phường Tân An và có hiệu lực …")
            issuer = issuer[: cut.start()].removesuffix(" và")
        if " và " in issuer:
            issuer = _issuer_before_other_words(issuer)
        at_unit = P.ISSUER_AT_UNIT_WORD.match(issuer, 0, None, False)
        if at_unit:
            issuer = issuer[: at_unit.end()]
        elif done := P.ISSUER_COMPLETE_NAME.match(issuer, 0, None, False):
            issuer = issuer[: done.end()]  # "… của Thủ tướng Chính phủ còn chậm"
            issuer = _place_run_on_cut(issuer)
        issuer = issuer.strip()
        if im.group(0).lstrip(" ,")[:2] in ("do", "Do") and P.DRAFTED_BY.search(issuer):
            issuer = ""  # "… do Tổ soạn thảo biên soạn": its drafter, not its issuer
        if not cut and text.startswith("\n", im.end()) and issuer == im[g["issuer"]].strip():
            issuer += _place_wrapped(text, im.end(), issuer)
        if issuer.startswith(P.FIELD_NAMED_BODIES) and not cut:
            tail = P.COORDINATED_NAME_TAIL.match(text, im.start(g["issuer"]) + len(issuer), min(len(text), im.end() + 160))
            if tail:
                issuer += tail.group(0)
        if issuer:
            a.issuer = P.FOOTNOTE_REF.sub("", issuer)
            if "(" in a.issuer:
                a.issuer = " ".join(P.SHORT_NAME_IN_NAME.sub(" ", a.issuer).split())
            pos = im.start(g["issuer"]) + len(issuer)
            if text[pos : pos + 3].lstrip(" ")[:1] in (",", "\n") and (joint := joint_issuers_named_by_code(a.num)):
                # a joint act's issuers, listed by commas: "của Bộ Lao động -
                # Thương binh và Xã hội, Bộ Y tế, Bộ Tài chính hướng dẫn …",
                # each named as the code table names it (a name wrapped at a
                # line's end, written without its hyphen or cut short, too)
                pos, names = _joint_issuers_end(text, im.start(g["issuer"]), pos, joint)
                if len(names) > 1 or names[0] != a.issuer:
                    a.issuer = ", ".join(names)
            if "(" in text[pos : pos + 3] and (former := P.FORMER_NAME_AFTER.match(text, pos, min(len(text), pos + 120))):
                # "Thông tư số 47/2024/TT-BGTVT của Bộ Xây dựng (trước đây là Bộ
                # Giao thông vận tải)": issued by the former body, its code says
                named = " ".join(former["former"].split())
                if _bears_code(named, a.num) and not _bears_code(a.issuer, a.num):
                    a.issuer = named
                pos = former.end()
            if a.date is None:  # "… của UBND tỉnh Lào Cai ngày 02/02/2024 về …"
                dm = P.CITATION_DATE.match(text, pos, min(len(text), pos + 60))
                if dm:
                    a.date = _iso(dm["d"] or dm["d2"] or dm["d3"], dm["m"] or dm["m2"] or dm["m3"], dm["y"] or dm["y2"] or dm["y3"])
                    pos = dm.end()
    elif "giữa" in text[pos : pos + 8] and (
        between := P.JOINT_PARTIES_BETWEEN.match(text, pos, min(len(text), pos + 320))
    ):
        # a joint text's parties, "… ngày … giữa Bộ Y tế và Đoàn Chủ tịch
        # Trung ương Hội LHPN Việt Nam về …": its issuers, all of them
        parties = _joint_parties(between["parties"], a.num)
        if len(parties) > 1:
            a.issuer = ", ".join(parties)
            pos = between.end()
    elif "được" in text[pos : pos + 16] and (
        pa := P.CITATION_PASSIVE_ISSUER.match(text, pos, min(len(text), pos + 140))
    ):
        # "Kế hoạch số 52/KH-UBND vừa được UBND phường Thành Sen ban hành"
        a.issuer = " ".join(pa["issuer"].split())
        a.issued_lately = pa["recent"] is not None
        pos = pa.end()  # (past its verb: no subject of the cited text)
    ts = a.type_start
    if (
        a.issuer is None
        and ts is not None
        and not directed  # (the office's letter conveying a direction is not the director's)
        and text[max(0, ts - 5) : ts].rstrip().lower().endswith("tại")
    ):
        # "ý kiến thẩm định của Sở Tài chính tại Công văn số …"
        om = P.OF_BODY_AT.search(text, max(0, ts - 140), ts)
        if om and P.AGENCY_HEAD_WORD.match(om["issuer"]):
            a.issuer = " ".join(om["issuer"].split())
            a.issuer_before = True
    short = P.SHORT_NAME_AFTER.match(text, pos, min(len(text), pos + 100))
    at = short.end() if short else pos  # "của Công ty TNHH A (Công ty) về việc …"
    sm = P.CITATION_SUBJECT.match(text, at, min(len(text), at + 40))
    if sm:
        s = sm.end()
        e = s + _subject_end(text[s : min(len(text), s + SUBJECT_MAX)])
        lead_at = a.type_start if a.type_start is not None else a.start
        if "năm" in text[max(0, lead_at - 40) : lead_at] and P.LOOK_BACK_OPENING.search(
            text, max(0, lead_at - 40), lead_at
        ):
            e = _before_main_clause(text, s, e)
        elif "," in text[s:e] and _fronted(text, lead_at):
            main = P.MAIN_CLAUSE_AFTER_FRONTED.search(text, s, e)
            e = main.start() if main else e
        while text.startswith(";", e) and P.TITLE_PART_LEAD.match(text, sm.start("lead")):
            # a title in parts: "… quy định về phân cấp; hướng dẫn thi hành …"
            more = P.TITLE_PART_AFTER.match(text, e)
            if more is None:
                break
            em = P.SUBJECT_END.search(text, more.end(), min(len(text), more.end() + SUBJECT_MAX))
            e = em.start() if em else min(len(text), more.end() + SUBJECT_MAX)
        if (
            text.startswith(";", e)
            and P.ACTS_ON_DOCUMENTS.match(text, sm.start("lead"))
            # (an amending act that is itself an item of a ";" list, "Căn cứ
            # Nghị định A …; Nghị định B sửa đổi … Nghị định A …; Nghị định
            # C …": the ";" after it goes on with that list)
            and not text[max(0, (a.type_start or a.start) - 8) : a.type_start or a.start].rstrip().endswith(";")
        ):
            e = _amended_list_end(text, s, e, a.num.year)
        if "trên địa bàn" in text[s:e]:
            e = _before_a_lower_scope(a, text, s, e)
        if text[sm.start("lead") - 1] in "\"“":
            # a quoted subject ends at its closing quote
            close = min((k for k in (text.find('"', s, e), text.find("”", s, e)) if k >= 0), default=e)
            e = close
        elif text[sm.start("lead") - 1] == "(":
            # so does a bracketed one at its closing bracket
            close = text.find(")", s, e)
            e = close if close >= 0 else e
        elif "”" in text[s:e] and _quoted(text, a.start):
            # so does the subject of a document named inside a quotation: "Sửa
            # đổi cụm từ “… Nghị định số A … quy định X” tại Điều 7 Nghị định số B"
            e = text.find("”", s, e)
        source = (" quy định " in text[s:e] or " là " in text[s:e]) and _source_of_its_sentence(text, lead_at)
        if source and (dm := P.DEFINIENDUM_AFTER.search(text, s, e)):
            # a definition the sentence gives resumes after the title: "Theo
            # Điều 2 Nghị định số … quy định về …, khu công nghiệp là …"
            e = dm.start()
        if text.startswith("quy định", sm.start("lead")) or (source and " quy định " in text[s:e]):
            # a second "quy định" is the citing sentence's verb: "Nghị định số …
            # quy định về phân cấp … quy định trách nhiệm của …"; so is the
            # first after a title the sentence opens with as its source, "Theo
            # Điều 14 Thông tư số … hướng dẫn về … quy định khu vực …"
            again = text.find(" quy định ", s, e)
            # (not a title's second part: "… quy định chi tiết … và quy định về …")
            # (nor "theo quy định", "được quy định": no verb of the sentence)
            # (nor the title of a document named just before it: "… và Nghị định
            # số 26/2026/NĐ-CP của Chính phủ quy định chi tiết …")
            nested = P.NUMBER_THEN_ISSUER.search(text, max(s, again - 120), again)
            if (
                again > s + 8
                and text[again - 1] != ";"  # (a title's next part: "…; quy định chi tiết …")
                and nested is None
                and not text[s:again].rstrip(" ,").endswith(("và", "hoặc", "theo", "được", "tại", "các"))
            ):
                e = again
        subject = " ".join(P.FOOTNOTE_REF.sub("", text[sm.start("lead") : e]).split()).rstrip(" ,")
        # (words running into the next document's number are its type's, no
        # subject: "… và Quyết định điều chỉnh chủ trương đầu tư số: 1942/…")
        # (the pattern ends with "số" and at most a colon, and the subject's
        # spaces are joined and stripped: it ends with one of them)
        if not (
            subject.endswith(("số", ":")) and P.SUBJECT_INTO_NUMBER.search(subject) and P.NUMBER_NEXT.match(text, e)
        ):
            a.subject = subject
            a.subject_span = (s, e)
            a.subject_lead = sm.start("lead")
            pos = e
    a.extent_end = pos


def _letters(name: str) -> str:
    """A name's letters and digits, folded: "Bộ Lao động - Thương binh và Xã
    hội" and "Bộ Lao động\nThương binh và Xã hội" alike."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _joint_issuers_end(text: str, start: int, pos: int, joint: list[str]) -> tuple[int, list[str]]:
    """Where a joint act's issuer clause, from ``start``, ends, and the bodies
    it names. Its first body, written up to ``pos``, goes on past a line's
    end while the words after it complete one of the bodies its number's
    codes name (``joint``); then the clause runs on over ", <body>" while
    each piece is one of those bodies, written otherwise or cut short. A
    piece that is one of them is named as ``joint`` names it; the first, if
    none, as written."""
    keys = [_letters(name) for name in joint]
    first = _letters(text[start:pos])
    names = [" ".join(text[start:pos].split())]
    for name, key in zip(joint, keys, strict=True):
        if key.startswith(first) and first:
            # (its rest after the break: the name's letters, spaces and hyphens between)
            k, j = pos, len(first)
            while j < len(key) and k < len(text) and (text[k].isspace() or text[k] == "-" or _letters(text[k]) == key[j]):
                if not (text[k].isspace() or text[k] == "-"):
                    j += 1
                k += 1
            if j == len(key) and (k == len(text) or not text[k].isalnum()):
                pos, names = k, [name]
            break
    while m := P.NEXT_JOINT_ISSUER.match(text, pos):
        piece = m["body"]
        cut = P.ISSUER_END.search(piece, 0, None, False)
        piece = piece[: cut.start()] if cut else piece
        # (the list's last body after "và": "…, Bộ Giáo dục và Đào tạo và Ban
        # Bí thư Trung ương Đoàn", named otherwise than its code's table does,
        # is one of them while the codes name more than those found)
        pieces = P.JOINT_PARTY_SEPARATOR.split(piece) if " và " in piece else [piece]
        taken = 0
        for k, part in enumerate(pieces):
            key = _letters(part)
            body = next((n for n, b in zip(joint, keys, strict=True) if key and b.startswith(key)), None)
            if body is None and k and len(names) < len(joint):
                body = " ".join(part.split())
            if body is None:
                break
            names.append(body)
            taken = piece.find(part, taken) + len(part.rstrip())
        if not taken:
            break
        pos = m.start("body") + taken
        if taken < len(piece.rstrip()):
            break
    return pos, names


def _joint_parties(parties: str, num: DocNumber | None) -> list[str]:
    """The bodies a joint text is made between ("Bộ Công an, Bộ Giáo dục và
    Đào tạo và Ban Bí thư Trung ương Đoàn"; P.JOINT_PARTIES_BETWEEN), each
    as written, or as the code table names it where it is a form of the body
    one of the number's codes names; empty unless two or more."""
    cut = P.ISSUER_END.search(parties, 0, None, False)  # ("… hướng dẫn quản lý …": its subject)
    pieces = [" ".join(p.split()) for p in P.JOINT_PARTY_SEPARATOR.split(parties[: cut.start()] if cut else parties)]
    if len(pieces) < 2 or not all(p[:1].isupper() for p in pieces):
        return []
    joint = joint_issuers_named_by_code(num) if num is not None else []
    keys = [_letters(name) for name in joint]
    out: list[str] = []
    for piece in pieces:
        key = _letters(piece)
        named = next((n for n, b in zip(joint, keys, strict=True) if key and b.startswith(key)), piece)
        if named not in out:
            out.append(named)
    return out


def _amended_list_end(text: str, s: int, e: int, year: int | None) -> int:
    """The end of an amending subject (from ``s``) whose list of amended
    acts runs on past ";" (at ``e``): "sửa đổi … của Thông tư số A …; Thông
    tư số B …; Thông tư số C …" lists A, B and C while each item after a ";"
    is another act of the last one's form, with its own number, not issued
    after the amending act (of ``year``); it ends at the first item that is
    not."""
    while text.startswith(";", e):
        named = None
        for act in P.AMENDED_ACT.finditer(text, s, e):
            named = act  # (the last act the subject names)
        nxt = P.NEXT_AMENDED_ACT.match(text, e + 1) if named is not None else None
        if (
            named is None
            or nxt is None
            or fold(nxt["kind"]) != fold(named["kind"])
            or (year is not None and nxt["year"] is not None and int(nxt["year"]) > year)
        ):
            break
        s = nxt.start("kind")
        e = s + _subject_end(text[s : min(len(text), s + SUBJECT_MAX)])
    return e


# how many lines of page furniture may stand between a "ngày" and its date
FURNITURE_LINES_MAX = 16


def _date_past_furniture(a: _Anchor, text: str, pos: int) -> tuple[str, int] | None:
    """The date of a "ngày" left at a line's end (at ``pos``), read past a page
    break: the footnotes, running header and repeated table header row the
    break puts before the line the date opens. A line of furniture is a
    footnote or a line the text holds before (a header repeats); any other
    line ends the search. The date's year is the number's, where it has one."""
    m = P.DANGLING_DAY.match(text, pos)
    if m is None:
        return None
    k = m.end()
    for _ in range(FURNITURE_LINES_MAX):
        e = text.find("\n", k)
        e = len(text) if e < 0 else e
        dm = P.LINE_OPENING_DATE.match(text, k, e)
        if dm:
            date = _iso(dm["d"] or dm["d2"], dm["m"] or dm["m2"], dm["y"] or dm["y2"])
            if date is None or (a.num is not None and a.num.year is not None and a.num.year != int(date[:4])):
                return None
            return date, dm.end()
        if not _furniture_line(text, k, e, pos):
            return None
        k = e + 1
    return None


def _furniture_line(text: str, k: int, e: int, pos: int) -> bool:
    """Whether the line ``text[k:e]`` may be page furniture a break put
    inside a sentence cut at ``pos``: blank, a footnote, or a line the text
    holds before (a running head, a table's header row printed again)."""
    line = text[k:e].strip()
    return (
        not line
        or P.FOOTNOTE_LINE.match(line) is not None
        or text.find(f"\n{line}\n", 0, pos) >= 0
        or text.startswith(f"{line}\n")
    )


def _number_past_furniture(text: str, m: re.Match[str]) -> tuple[DocNumber, int, int] | None:
    """A number cut after a hyphen at a line's end (``m``, P.NUMBER_CUT_AT_LINE_END)
    that a page break carried on: "Quyết định số 1229/QĐ-" / the running
    head, the table's header row printed again / "BLĐTBXH của Bộ …". The
    number and where its code ends and starts, when the first line past the furniture
    opens with a code that completes it into a number of a known type."""
    k = m.end()
    for _ in range(FURNITURE_LINES_MAX):
        e = text.find("\n", k)
        e = len(text) if e < 0 else e
        if not _furniture_line(text, k, e, m.start()):
            if k == m.end():
                return None  # no furniture: a wrap the number's own pattern reads
            # (the first line that is no furniture: a header row's "TT" is one)
            code = P.LINE_OPENING_CODE.match(text, k, e)
            num = parse_number(m["head"] + code["code"]) if code is not None else None
            if code is None or num is None or not num.known_type or not num.issuer_code:
                return None
            return num, code.end("code"), code.start("code")
        k = e + 1
    return None


def _read_clauses_once(a: _Anchor, text: str, readings: dict[tuple[object, ...], tuple[object, ...]]) -> None:
    """``_read_clauses(a, text)``, kept in ``readings`` under what it reads of
    the anchor (the same anchor, found again in an attached text, is read
    the same: its clauses are in the whole ``text``)."""
    key = (a.start, a.end, a.num, a.law_name, a.date)
    known = readings.get(key)
    if known is None:
        _read_clauses(a, text)
        readings[key] = (
            a.type_word, a.type_start, a.issuer, a.title, a.date,
            a.subject, a.subject_span, a.subject_lead, a.extent_end, a.date_typo,
        )
        return
    (
        a.type_word, a.type_start, a.issuer, a.title, a.date,
        a.subject, a.subject_span, a.subject_lead, a.extent_end, a.date_typo,
    ) = known  # type: ignore[assignment]


# The most words the main clause's subject has after a look back on years
# ("…, công tác phòng, chống ma túy đã …"); a comma further back is the
# cited subject's own ("về tăng cường, nâng cao …").
MAIN_SUBJECT_WORDS = 8


def _before_main_clause(text: str, s: int, e: int) -> int:
    """The end of a subject cited in a look back on years (``P.LOOK_BACK_OPENING``):
    the comma where the sentence's main clause, a short subject and its verb
    ("đã", "đang" …), resumes; else ``e``."""
    verb = P.MAIN_CLAUSE_VERB.search(text, s, e)
    if verb is None:
        return e
    c = text.find(",", s, verb.start())
    while c >= 0:
        if len(text[c + 1 : verb.start()].split()) <= MAIN_SUBJECT_WORDS:
            return c
        c = text.find(",", c + 1, verb.start())
    return e


def _fronted(text: str, lead_at: int) -> bool:
    """Does the sentence holding the document named at ``lead_at`` open with
    what it carries out, fronted before its main clause ("Thực hiện Kế hoạch
    số … về …, thời gian qua các cấp ủy …")?"""
    start = max(text.rfind("\n", 0, lead_at), text.rfind(". ", 0, lead_at) + 1) + 1
    return P.FRONTED_CARRYING_OUT.match(text, start, lead_at) is not None


def _source_of_its_sentence(text: str, lead_at: int) -> bool:
    """Does the sentence open with the provision of the document named at
    ``lead_at`` as its source ("Theo Điều 14 Thông tư số …", "Theo quy định
    tại khoản 2 Điều 5 Nghị định số …"), the provision the subject of the
    sentence's own verb?"""
    window = text[max(0, lead_at - SOURCE_OPENING_REACH) : lead_at]
    return "heo" in window and P.SOURCE_PROVISION_BEFORE.search(window) is not None


# how far before a type word the "Theo Điều …" opening its sentence may stand
SOURCE_OPENING_REACH = 80


def _subjects_to_the_next_note(anchors: list[_Anchor], text: str, ct: CleanText) -> None:
    """A document cited at the head of a footnote ("2 Nghị định số A … về X"),
    the notes printed as lines at a page's foot: its subject ends where the
    next note opens its line with the next number ("3 QCVN 122:2024/BGTVT
    …"), the lines joined into one paragraph in ``text``."""
    for a in anchors:
        if a.subject_span is None:
            continue
        lead = a.type_start if a.type_start is not None else a.start
        note = P.NOTE_NUMBER_BEFORE.search(text, max(0, lead - 6), lead)
        if note is None or not _opens_source_line(ct, note.start()):
            continue
        s, e = a.subject_span
        following = f" {int(note['n']) + 1} "
        at = text.find(following, s, e)
        while at >= 0:
            if P.FOOTNOTE_LINE.match(text, at + 1) and _opens_source_line(ct, at + 1):
                a.subject_span = (s, at)
                a.subject = " ".join(P.FOOTNOTE_REF.sub("", text[a.subject_lead : at]).split()).rstrip(" ,")
                a.extent_end = min(a.extent_end, at)
                break
            at = text.find(following, at + 1, e)


def _opens_source_line(ct: CleanText, pos: int) -> bool:
    """Whether the clean text's ``pos`` opens a line of the source."""
    src = ct.to_source(pos)
    return not ct.source[ct.source.rfind("\n", 0, src) + 1 : src].strip()


def _subject_end(window: str) -> int:
    """Where ``P.SUBJECT_END`` first matches in ``window`` (its search), else
    its length: tried only where ``P.SUBJECT_END_AT`` finds it may start, and
    without its outcome clause where the window holds none of its words."""
    ends = P.SUBJECT_END if any(w in window for w in P.SUBJECT_END_OUTCOME_WORDS) else P.SUBJECT_END_NO_OUTCOME
    for at in P.SUBJECT_END_AT.finditer(window):
        if ends.match(window, at.start()):
            return at.start()
    return len(window)


def _share_issuer_named_before(anchors: list[_Anchor], text: str) -> None:
    """A document joined by "và" or a comma to one whose issuer is named
    before it has that issuer: "Công ty TNHH Đồng Tiến tại Văn bản số A ngày
    … và Văn bản số B ngày …" (the company sent both)."""
    for prev, a in pairwise(anchors):
        if (
            a.issuer is None
            and prev.issuer_before
            and a.type_start is not None
            and P.JOINED_DOCUMENT.fullmatch(text, prev.extent_end, a.type_start)
        ):
            a.issuer = prev.issuer
            a.issuer_before = True


def _granted_by_a_body_named_before(anchors: list[_Anchor], text: str) -> None:
    """A licence listed under the body granting it: "Bộ Công Thương cấp cho:
    Công ty A giấy phép số …; cấp cho Công ty B giấy phép số …" (each item's
    "cấp cho" is the same body's)."""
    for k, a in enumerate(anchors):
        ts = a.type_start
        if a.issuer is not None or ts is None or not (a.type_word or "").lower().startswith(P.GRANTED_TYPES):
            continue
        ls = _line_start(text, ts)
        own = text.rfind("cấp cho", ls, ts)
        if own < 0 or (k and anchors[k - 1].start > own):
            continue  # (another document between: "cấp cho A theo Giấy chứng nhận số …")
        gm = P.GRANTED_BY.search(text, max(ls, text.rfind(". ", ls, own) + 1), own + len("cấp cho"))
        if gm and P.GRANTED_ITEMS.fullmatch(text, gm.end(), ts):
            a.issuer = gm["agent"]


def _share_listed_issuers(anchors: list[_Anchor], text: str) -> None:
    """Documents listed in one paragraph under one issuer code are one body's:
    "Xét Báo cáo số 17/BC-BQL ngày …; Báo cáo bổ sung số 217/BC-BQL ngày … của
    Ban Quản lý Khu kinh tế tỉnh" names the issuer of both once."""
    by_code: dict[tuple[int, str], tuple[str, int, int, int]] = {}
    for a in anchors:
        code = _issuing_unit(a)
        if code and a.issuer:
            by_code.setdefault((_line_start(text, a.start), code), (a.issuer, a.start, a.extent_end, _type_start(a)))
    if not by_code:
        return
    for a in anchors:
        if a.issuer is None and (code := _issuing_unit(a)):
            found = by_code.get((_line_start(text, a.start), code))
            if found is None:
                continue
            issuer, named_at, named_end, named_type = found
            if a.start < named_at and P.PURPOSE_CARRIES_OUT.search(text, max(a.end, named_type - 120), named_type):
                # the document named after it is what it was issued for, no
                # other item of a list: "Kế hoạch số 42/KH-UBND ngày … nhằm
                # thực hiện Kế hoạch số 120/KH-UBND … của UBND tỉnh"
                continue
            if a.subject is not None and a.start < named_at:
                # a document with a subject of its own keeps no issuer named
                # after it: "Quyết định số 702/QĐ-SYT … sửa đổi …; bãi bỏ Quyết
                # định số 128/QĐ-SYT … của Giám đốc Sở Y tế tỉnh Vĩnh Phúc (cũ)"
                continue
            if named_at < a.start and P.CLAUSE_BETWEEN.search(text, named_end, a.type_start or a.start):
                # another clause between: "… Kế hoạch số 187/KH-UBND … của UBND
                # tỉnh, UBND phường đã kiện toàn … tại Quyết định số 98/QĐ-UBND"
                continue
            a.issuer = issuer


# The rank of the unit a scope names ("trên địa bàn huyện …"), beside its
# issuer's level's (agencies.LEVEL_RANK; a city between a province and a
# district): a scope below its issuer's own is the citing text's, not the
# cited one's.
_UNIT_RANK = {"tỉnh": 1.0, "thành phố": 1.5, "huyện": 2.0, "quận": 2.0, "thị xã": 2.0, "xã": 3.0, "phường": 3.0, "thị trấn": 3.0}


def _before_a_lower_scope(a: _Anchor, text: str, s: int, e: int) -> int:
    """Where a subject ends before a scope below its issuer's level: "Chỉ thị
    số 28-CT/TW … của Ban Bí thư về … trẻ em trên địa bàn huyện Can Lộc giai
    đoạn 2025 - 2030" (the citing plan's own title goes on)."""
    m = P.LOCAL_SCOPE.search(text, s, e)
    level = _issuer_level(a) if m else None
    if m is None or level not in LEVEL_RANK:
        return e
    unit = _UNIT_RANK.get(" ".join(m["kind"].lower().split()), 0.0)
    return m.start() if unit > LEVEL_RANK[level] + 0.5 else e


def _received(a: _Anchor, prev_end: int, text: str, line_start: int, own_level: str | None) -> str | None:
    """The relation of a document a letter says it received ("Sở Công Thương
    nhận được Văn bản số … của …"), which it answers: what a body above sent
    is carried out (``implements``), what one at its level or below, or of no
    known level (an enterprise), sent is a request answered (``proposal``);
    None when it is not said received."""
    hi = _type_start(a)
    near = text[max(prev_end, line_start) : hi][-NEAR:]
    if not ("nhận" in near or "đáp" in near or "lời" in near) or not P.RECEIVED.match(near):
        return None
    level = _issuer_level(a)
    if level not in LEVEL_RANK or own_level not in LEVEL_RANK:
        return "proposal"  # (an enterprise's or a body's of no known level: a request)
    return "implements" if LEVEL_RANK[level] < LEVEL_RANK[str(own_level)] else "proposal"


def _issuing_unit(a: _Anchor) -> str | None:
    """The code of the body issuing a (non-normative) document: a letter's
    first code, before its drafting unit's ("STC" of "101/STC-NS" and of
    "202/STC-QLG"), another's issuer code."""
    if a.num is None or a.num.family == "normative" or not a.num.issuer_code:
        return None
    code = a.num.issuer_code
    return code.split("-")[0] if a.num.family == "letter" else code


def _nest(anchors: list[_Anchor], text: str) -> None:
    """Mark citations inside an earlier one's subject clause.

    A document listed after a subject that names none ("Nghị định số A … quy
    định về X và Thông tư số B …", "Văn bản số A về việc X, Văn bản số B …")
    is the next in the list, not part of that subject: the subject ends before
    it. Once a subject names a document ("về thực hiện Chỉ thị số 28 và Kết
    luận số 12"), the documents listed after it are named by the subject too."""
    # the last first: a document named in a nested document's subject is that
    # one's, not the outer one's ("Thông tư A sửa đổi Thông tư B hướng dẫn
    # thi hành Nghị định C": B, not A, implements C)
    for i in range(len(anchors) - 1, -1, -1):
        a = anchors[i]
        if a.subject_span is None:
            continue
        s, e = a.subject_span
        named = False
        last: _Anchor | None = None  # the document the subject named last
        for b in anchors[i + 1 :]:
            if b.start >= e:
                break
            if b.start < s or b.nested_in is not None:
                continue
            b_start = b.type_start if b.type_start is not None else b.start
            joiner = P.LIST_JOINER.match(text, s, b_start)
            if (
                joiner is not None
                and last is not None
                and (
                    last.subject is None
                    # (or one whose own subject ends at this "và": "… sửa đổi
                    # Thông tư A … hướng dẫn X và Thông tư B" amends both; an
                    # amended act is of the amending one's form, and older)
                    or (
                        joiner.group(0).strip() == "và"
                        and _form(last) == _form(b) == _form(a)
                        and _issued_before(b, a)
                    )
                )
                and (
                    joiner.group(0).strip() in ("và", "hoặc")
                    or _list_closed_by_and(anchors, anchors.index(b), last, text, e)
                )
                and not text[last.extent_end : joiner.start()].strip()
                and P.ACTS_ON_DOCUMENTS_ABOUT.match(text, a.subject_lead)
            ):
                # "… sửa đổi, bổ sung một số điều của Thông tư số A và Thông tư
                # số B", "… của Luật A, Luật B và Luật C": all are what the
                # subject acts on
                joiner = None
            if joiner is not None and (
                (
                    not named
                    and not P.LAW_NAMED.search(text, s, joiner.start())
                    and not P.PARTY_RESOLUTION_NAMED.search(text, s, joiner.start())
                )
                # a document is not named in the subject of one of its own
                # type listed before it: "Nghị định A sửa đổi Nghị định C …
                # thi hành Luật X, Nghị định B …" lists B beside A (unless
                # the subject's verb carries it out: see _carries_out_also)
                or (
                    _doc_type(a) is not None
                    and _doc_type(a) == _doc_type(b)
                    and not _carries_out_also(a, last, b, joiner.start(), text)
                )
                # nor in a normative text's subject, an administrative one: "Nghị
                # định A quy định chi tiết … Luật X và Chỉ thị số 13/CT-TTg …"
                # lists the directive beside the decree
                or (
                    a.num is not None
                    and a.num.family == "normative"
                    and b.num is not None
                    and b.num.family == "administrative"
                )
            ):
                a.subject = " ".join(text[a.subject_lead : joiner.start()].split())
                a.subject_span = (s, joiner.start())
                a.extent_end = max(
                    [joiner.start(), *(c.extent_end for c in anchors[i + 1 :] if c.nested_in is a)]
                )
                break
            named = True
            last = b
            b.nested_in = a
            a.names_documents = True
            # extend the outer clause over the nested one's own clauses
            a.extent_end = max(a.extent_end, b.extent_end)
        if (
            last is not None
            and last.subject is None
            and a.subject_span == (s, e)
            and s < last.extent_end < e
            and (verb := P.PREDICATE_AFTER_ACT.match(text, last.extent_end)) is not None
        ):
            # the clause's own verb after the last document the subject
            # names: "… Nghị định số B … sửa đổi, bổ sung một số điều của
            # Nghị định số A tiếp tục thực hiện theo …" (A's clause had no
            # subject of its own to hold it)
            a.subject = " ".join(text[a.subject_lead : verb.start()].split()).rstrip(" ,")
            a.subject_span = (s, verb.start())
            a.extent_end = verb.start()


def _carries_out_also(a: _Anchor, last: _Anchor | None, b: _Anchor, joiner_at: int, text: str) -> bool:
    """Whether ``b``, joined by "và" right after ``last``, the document an
    administrative act ``a``'s subject carries out, is that verb's next
    object: the scope of an embedded subject's relation verb extends over its
    coordinated objects. "Quyết định số A … ban hành Kế hoạch thực hiện Nghị
    quyết số X … của Chính phủ và Quyết định số B … của Thủ tướng Chính phủ":
    A carries out X and B (B, older than A, cannot be A's sibling in a list
    the subject interrupts with no comma). Not a normative act's "thi hành
    Luật X và Nghị định B", which lists B beside it."""
    return (
        last is not None
        and a.num is not None
        and a.num.family == "administrative"
        and text[joiner_at:_type_start(b)].strip() == "và"
        and not text[max(last.end, last.extent_end) : joiner_at].strip()
        and P.REL_IMPLEMENTS.search(text, a.subject_lead, _type_start(last)) is not None
        # (by their dates, else their years)
        and not (a.date and b.date and len(a.date) == len(b.date) == 10 and a.date < b.date)
        and not _issued_before(a, b)
    )


def _list_closed_by_and(anchors: list[_Anchor], j: int, last: _Anchor, text: str, end: int) -> bool:
    """Whether ``anchors[j]``, after a comma, goes on a coordinated list of
    acts of ``last``'s form: "Luật A, Luật B và Luật C" (each joined by "," to
    the one before, the last by "và"/"hoặc", before ``end``). A comma alone
    may end a subject and open the outer list's next item."""
    form = _form(last)
    prev = last
    for b in anchors[j:]:
        if b.start >= end or form is None or _form(b) != form or b.nested_in is not None:
            return False
        gap = text[prev.extent_end : _type_start(b)].strip()
        if gap in ("và", "hoặc", ", và"):
            return True
        if gap != ",":
            return False
        prev = b
    return False


# A relation keyword governs a citation when it stands close before it
# ("Căn cứ Quyết định số …", "triển khai thực hiện Kế hoạch số …", "Căn cứ
# khoản 1 Điều 8 Thông tư …"); one far back in a long sentence does not.
NEAR = 60


def _relation(
    a: _Anchor,
    prev_end: int,
    ct: CleanText,
    line_start: int,
    prev_governed: bool = False,
    prev_relation: str | None = None,
) -> str:
    text = ct.text
    hi = a.type_start if a.type_start is not None else a.start
    if prev_end > line_start:
        # a sentence of its own after the document before, in the same paragraph:
        # "Căn cứ Thông tư số A …. Căn cứ chức năng … quy định tại Quyết định số B"
        breaks = list(P.CITED_SENTENCE_BREAK.finditer(text, max(line_start, prev_end - 1), hi, False, False))
        if breaks:
            line_start = breaks[-1].end() - 1
    lo = max(prev_end, line_start)
    window = text[lo:hi]
    near = window[-NEAR:]
    lowered = ct.lower_slice(lo, hi)  # (for the cheap tests before the patterns; near is in it)
    if P.REL_ATTACHED.match(text, line_start, hi, False):
        if prev_end > line_start and text[prev_end:hi].lstrip(" ,").startswith("("):
            # what came with the document named before: "Văn bản số A …
            # (kèm theo Báo cáo số B …)" is A's enclosure, not this text's
            return "mention"
        return "attached"
    if prev_end < hi and P.PINPOINT_WORD in ct.lower_slice(prev_end, hi):
        # "Căn cứ: (i) …; (ii) Khoản 3, Điều 5 Nghị định số …": an item of the
        # list opening with its provisions, no preposition before them (after
        # the document before, or plain items naming none)
        item = text.find(";", prev_end, hi)
        while item >= 0 and not P.PINPOINT_ITEM.fullmatch(text, item, hi):
            item = text.find(";", item + 1, hi)
        listed = _colon_list_relation(text, item) if item >= 0 else None
        if listed is not None:
            return listed
    pin = P.PINPOINT.search(near) if P.PINPOINT_WORD in lowered else None
    if pin:  # "theo Điều 83 Luật Xây dựng": the word before the pinpoint governs
        near = near[: pin.start()]
    if "kết quả" in lowered and P.RESULTS_OF_CARRYING_OUT.search(near):
        # "Trên cơ sở kết quả thực hiện Kế hoạch số …": a predecessor's results
        # (what is listed with it too: "… Kế hoạch số A và Kế hoạch số B")
        a.governed = True
        return "mention"
    if (
        any(w in lowered for w in P.REL_PROPOSAL_WORDS)
        and (proposed := P.REL_PROPOSAL.search(window))
        and (_doc_type(a) == "TTr" or P.REL_PROPOSAL.search(near))
        # (not inside the subject of a document named before it: "… Văn bản
        # số A của Công ty về việc hoàn thiện … theo đề nghị của Sở tại Văn bản số B")
        and not (
            "việc" in lowered
            and (
                P.SUBJECT_OPEN_BEFORE.search(window, 0, proposed.start())
                or (lo == prev_end and P.SUBJECT_OPEN_AFTER_DOC.match(window, 0, proposed.start()))
            )
        )
    ):
        return "proposal"  # "Xét đề nghị của … tại Tờ trình số …"
    if (
        "nhận" in near
        and P.RECEIVED.match(near)
        and (
            (a.subject or "").startswith(P.REQUEST_SUBJECTS)
            or "đề nghị" in (a.type_word or "").lower()
            # a submission received, or one asking right after its issuer:
            # "tiếp nhận Tờ trình số … của Công ty A đề nghị thẩm định …"
            or _doc_type(a) == "TTr"
            or text[a.extent_end : a.extent_end + 20].lstrip(" ,").lower().startswith(P.REQUEST_SUBJECTS)
        )
    ):
        return "proposal"  # "… nhận được Văn bản số N của X về việc đề nghị …"
    if (
        "nhận" in lowered
        and (_doc_type(a) == "TTr" or "đề nghị" in (a.type_word or "").lower())
        and P.RECEIVED_IN_CLAUSE.search(window)
    ):
        return "proposal"  # "… nhận được hồ sơ …, kèm theo: (i) Tờ trình số …"
    if near.rstrip().lower().endswith("kèm theo") and P.RECEIVED_DOSSIER.search(text, line_start, hi):
        return "proposal"  # "… nhận được hồ sơ đề nghị … của Công ty A, kèm theo Giấy đề nghị số …"
    if (
        P.PROPOSAL_OPENER.match(text, line_start, hi)
        and not P.REL_BASIS.search(near)
        and not P.REL_IMPLEMENTS.search(near)
    ):
        return "proposal"  # each document a paragraph of proposals lists
    if not window.strip() and line_start > 0:
        # the verb ends the line above, the document opens this one (a
        # title's wrapped lines: "triển khai thực hiện" / "Nghị quyết số …")
        above = text[max(0, line_start - 40) : line_start]
        wrapped = P.RELATION_AT_LINE_END.search(above)
        if wrapped:
            return "basis" if wrapped.group(0).lower().startswith(("căn", "trên")) else "implements"
    if "căn" in lowered and P.BASIS_THROUGH_PREPOSITION.match(near):
        return "basis"
    if (
        window.rstrip()[-4:].lower().endswith(P.IMPLEMENTS_THROUGH_PREPOSITION_ENDS)
        and any(w in lowered for w in P.IMPLEMENTS_THROUGH_PREPOSITION_VERBS)
        and any(w in lowered for w in P.IMPLEMENTS_THROUGH_PREPOSITION_WHATS)
        and P.IMPLEMENTS_THROUGH_PREPOSITION.match(window[-160:])
    ):
        return "implements"
    if prev_end <= line_start and ";" not in window:
        # "Căn cứ kết quả thẩm tra … tại Báo cáo số …", "Thực hiện ý kiến chỉ
        # đạo của … tại Văn bản số …": the clause's first document is its
        # basis, or what it carries out
        if P.BASIS_OPENER.match(text, line_start, hi):
            if "kết quả" in lowered and P.RESULT_BASIS_OPENER.match(window) and P.NORM_OF_A_RESULT.search(near):
                # "Căn cứ kết quả kiểm tra … theo Kế hoạch số …", "… cho thấy
                # kho … bảo đảm quy định tại QCVN …": the plan the check
                # followed, the norm it found met (the record holding the
                # result, "… tại Báo cáo số …", is the basis)
                a.governed = True
                return "mention"
            return "basis"
        if P.IMPLEMENTS_OPENER.match(text, line_start, hi, False) and len(window) <= 120 and "," not in window:
            return "implements"
    if window.strip() == "Theo" and lo == line_start and _doc_type(a) in _INSTRUCTIONS:
        # "Theo Công điện số 96/CĐ-TTg …, Ủy ban nhân dân tỉnh yêu cầu …": a
        # paragraph opening on an instruction by "Theo" acts on it, as
        # "Thực hiện" does (a report or a decision so named is a source)
        return "implements"
    if P.GOVERNED_BY_PREPOSITION.match(near, 0, None, False):
        if (
            prev_relation == "basis"
            and prev_end > line_start
            and window.lstrip(" )").startswith(";")
            and window.rstrip().endswith("tại")
            and P.BASIS_OPENER.match(text, line_start, hi)
        ):
            # a next item of a "Căn cứ:" list, its act named through a
            # preposition: "Căn cứ: (i) …; (ii) Quyết định chấp thuận … (cấp
            # lần đầu tại Quyết định số …)" ("Căn cứ" governs the whole list; not
            # "của": "Luật sửa đổi … của Luật A, Luật B" names what that law amends)
            return "basis"
        if window.rstrip().endswith(("tại", "theo")):
            named = P.NAMED_THEN_APPROVED.search(window)
            if named and (named.start() == 0 or not P.GOVERNED_BY_PREPOSITION.match(window, 0, named.start())):
                # "Thực hiện Chương trình … ban hành kèm theo Quyết định số …"
                return "basis" if named["verb"].lower().startswith("căn") else "implements"
        if (
            prev_relation in ("basis", "implements")
            and prev_end > line_start
            and ("duyệt" in lowered or "ban" in lowered)
            and P.APPROVED_AT_AFTER_CITED.fullmatch(window)
        ):
            return prev_relation  # "… Kế hoạch số A đã được … phê duyệt tại Quyết định số B"
        # "… báo cáo theo Thông tư số …": the verb before governs something else
        a.governed = True
        return "mention"
    best: tuple[int, str] | None = None
    # (searched within near, its look backs seeing the words before it: "… gắn
    # với thực hiện Nghị quyết A …" cut by near at "ới thực hiện")
    seen = window[-(NEAR + 16) :]
    near_lo = len(seen) - len(window[-NEAR:])
    for rx, words, rel in (
        (P.REL_BASIS, P.REL_BASIS_WORDS, "basis"),
        (P.REL_IMPLEMENTS, P.REL_IMPLEMENTS_WORDS, "implements"),
    ):
        if not any(w in lowered for w in words):
            continue
        for m in rx.finditer(seen, near_lo, near_lo + len(near)):
            if best is None or m.start() > best[0]:
                best = (m.start(), rel)
    if best:
        return best[1]
    # (no second look for a proposal here: the same test, on the same window
    # and near, returned "proposal" above)
    if "(" in window:
        # the item before ends with its short name or a note: "… (sau đây gọi
        # tắt là Nghị quyết 72); Kế hoạch số …", "… năm 2015 (sửa đổi, bổ sung
        # năm 2019); Luật …" goes on with the list
        window = P.BRACKETED_NOTE.sub("", P.ALIAS.sub("", window))
        if prev_end > line_start and (note := P.ITEM_NOTE_BEFORE_NEXT.match(window)):
            # "…; Văn bản số A … (có Phương án kèm theo); Văn bản số B": the
            # item before closes on a note of its own, the list goes on
            window = window[note.end() :]
    if "sửa" in window:
        window = P.AMENDED_YEARS_NOTE.sub("", window)
    if prev_end > line_start and window.lstrip().startswith(")") and window.lstrip()[1:].lstrip().startswith(";"):
        # the bracket the item before named its act in closes: "(… tại
        # Quyết định số A); (iii) …: Nghị định số B" goes on with the list
        window = window.lstrip()[1:]
    if (
        len(window.strip(" ,;và")) <= 3
        or window.strip().lower() in ("và", "và các", ",")
        or P.LIST_ITEM_MARK.fullmatch(window) is not None
        or P.LIST_ITEM_LABELLED.fullmatch(window) is not None
        or (prev_relation == "basis" and ";" in window and P.LIST_PLAIN_ITEMS.fullmatch(window) is not None)
    ):
        # a list continued ("Căn cứ A; B", "… A và B"): through the
        # preposition the document before it in the sentence was read through
        # ("Thực hiện … theo quy định của Nghị định số A và Luật B": both a
        # mention); else the paragraph's opener, or the one of the line above
        # when this line goes on with its list ("Căn cứ Luật A ngày …;" /
        # "Luật B ngày …;")
        # (joined by "và" or a comma alone: a ";" or a closing bracket ends
        # the note the preposition opened, "(… tại Luật số A); Nghị định số B")
        if prev_governed and prev_end > line_start and not any(c in window for c in ";)"):
            a.governed = True
            return "mention"
        if prev_relation in ("basis", "implements", "proposal") and prev_end > line_start:
            # the relation word the document before in the sentence was read
            # through, not the line's first: "Thực hiện Kế hoạch số A; căn cứ
            # Luật B và Nghị định C" (C is a basis)
            return prev_relation
        if _under_basis_list_head(text, line_start, hi):
            return "basis"
        starts = [line_start]
        # (or the line above introduces the list: "Căn cứ các Thông tư …, bao gồm:")
        if line_start >= 2 and text[line_start - 2] in ";,:" and not text[line_start:hi].strip(" ,;"):
            starts.append(_line_start(text, line_start - 1))
        for start in starts:
            opener = text[start : start + 40]
            for rx, rel in (
                (P.REL_BASIS, "basis"),
                (P.REL_IMPLEMENTS, "implements"),
                (P.REL_PROPOSAL, "proposal"),
            ):
                if rx.search(opener):
                    return rel
    return "mention"


def _under_basis_list_head(text: str, line_start: int, hi: int) -> bool:
    """Does the line at ``line_start`` open, with a bullet, an item of a list
    whose head line names its items as the grounds ("Căn cứ các văn bản
    sau:", "Sau khi … đối chiếu với các quy định pháp luật hiện hành …, cụ
    thể gồm:" / "- Luật …;")? Its document (at ``hi``) is then a basis."""
    if P.ITEM_MARK.match(text, line_start, hi) is None or (head := _list_head(text, line_start)) is None:
        return False
    return bool(P.REL_BASIS.match(text, head[1], head[2]) or P.BASIS_LIST_HEAD.search(text, head[1], head[2]))


def _list_head(text: str, line_start: int) -> tuple[int, int, int] | None:
    """The line a bulleted list the line at ``line_start`` is an item of opens
    with, ending with ":" (its start, its start past leading blanks, and its
    end, the ":" last), when every line between is an item too."""
    pos = line_start
    for _ in range(ITEMS_MAX):
        if pos == 0:
            return None
        above = _line_start(text, pos - 1)
        line = text[above : pos - 1].rstrip()
        if line.endswith(":"):
            lead = len(line) - len(line.lstrip())
            return (above, above + lead, above + len(line))
        if P.ITEM_MARK.match(line) is None:
            return None
        pos = above
    return None


def _colon_list_relation(text: str, end: int) -> str | None:
    """The relation the head of the list an item ending at ``end`` is in gives
    its items ("Căn cứ: (i) …; (ii) …"), if that head opens the item's sentence."""
    heads = list(P.COLON_LIST_HEAD.finditer(text, max(0, end - P.COLON_LIST_REACH), end))
    head = heads[-1] if heads else None
    if head is None:
        return None
    if P.CITED_SENTENCE_BREAK.search(text, head.end(), end) and not _labels_in_order(text, head.end(), end):
        return None
    return "basis" if head["basis"] else "implements"


def _labels_in_order(text: str, lo: int, end: int) -> bool:
    """Whether the item at ``end`` ("; (iii) …") is labelled after the labels
    of the items from ``lo`` on, in order ("(i) …; (ii) …")."""
    m = P.ITEM_LABEL.match(text, end)
    if m is None:
        return False
    label = m["label"]
    for seq in (P.ROMAN_LABELS, tuple(str(n) for n in range(1, 31)), tuple(P.LETTER_LABELS)):
        if label in seq:
            break
    else:
        return False
    n = seq.index(label)
    if n == 0:
        return False
    pos = lo
    for k in range(n):
        # the first right after the head, the others after a ";"
        mark = f"({seq[k]})" if k == 0 else f"; ({seq[k]})"
        found = text.find(mark, pos, end)
        if found < 0 or (k == 0 and text[lo:found].strip()):
            return False
        pos = found + len(mark)
    return True


def _place_wrapped(text: str, nl: int, issuer: str) -> str:
    """The rest of a place name an issuer's line ends in, wrapped to the next
    line ("… của UBND phường Tân" / "An và …"): its one or two capitalised
    words, kept only if the joined name is a known place."""
    m = P.WRAPPED_NAME_WORDS.match(text, nl, min(len(text), nl + 40))
    if m is None or not issuer.rsplit(" ", 1)[-1][:1].isupper():
        return ""
    from ..gazetteer import known_place  # (only here: a wrapped issuer is rare)

    for words in ((m[1], m[2]), (m[1],)) if m[2] else ((m[1],),):
        if known_place(" ".join((issuer, *words))):
            return " " + " ".join(words)
    return ""


def _place_run_on_cut(issuer: str) -> str:
    """``issuer`` without the capitalised words its place's name ran on into,
    the subject's first ("… Công an tỉnh Lào Cai Chứng nhận đủ điều kiện …"):
    cut back to the longest known place, if the whole is none."""
    m = P.PLACE_AT_NAME_END.search(issuer)
    if m is None:
        return issuer
    from ..gazetteer import known_place  # (only here: a place of three words or more is rare)

    if known_place(m.group(0)):
        return issuer
    words = m["name"].split()
    for n in range(len(words) - 1, 0, -1):
        place = f"{m['unit']} {' '.join(words[:n])}"
        if known_place(place):
            return issuer[: m.start()] + place
    return issuer


class _Speaker:
    """Where, and by which type words, the document speaks for itself: its
    title and preamble (outside ``bodies``), its articles' provisions, and
    "<its own type word> này"."""

    def __init__(
        self,
        code: str | None,
        bodies: Iterable[tuple[int, int]],
        provisions: Callable[[], Iterable[int]] | None,
    ) -> None:
        self.names = self_names(code)
        self.bodies = _Spans(bodies)
        self._provisions = provisions
        self._provision_set: frozenset[int] | None = None

    def in_body(self, pos: int) -> bool:
        return pos in self.bodies

    def opens_provision(self, line_start: int) -> bool:
        """A line where a verb opening a clause is the document's act."""
        if line_start not in self.bodies:
            return True
        if self._provision_set is None:  # (found only when a text acts on another)
            self._provision_set = frozenset(self._provisions() if self._provisions else ())
        return line_start in self._provision_set

    def names_itself(self, m: regex.Match[str] | None) -> bool:
        return m is not None and " ".join(m.group("self").lower().split()) in self.names


def _own_purpose(a: _Anchor, anchors: list[_Anchor], k: int, text: str, me: _Speaker) -> bool:
    """Whether ``a``, in an operative article, is what the text's own act is
    done to carry out ("Điều 1. Giao chỉ tiêu … cho các sở … để tổ chức thực
    hiện Nghị quyết số 45/NQ-HĐND …"), the document its preamble cites as the
    basis too: a UBND's decision carrying out its council's resolution
    implements it (a task's "Sở Y tế thực hiện Nghị định số …" stays a mention)."""
    if a.relation != "implements" or a.num is None:
        return False
    ts = _type_start(a)
    if P.OWN_PURPOSE_CARRIES_OUT.search(text, max(0, ts - 120), ts) is None:
        return False
    for b in anchors[:k]:  # (a loop, not a generator: no closure in a compiled module)
        if (
            b.nested_in is None
            and b.relation == "basis"
            and b.num is not None
            and b.num.number == a.num.number
            and not me.in_body(b.start)
        ):
            return True
    return False


def _given_a_task(text: str, line_start: int, hi: int) -> bool:
    """Is the clause before ``hi`` a task given to a body ("Giao Sở Công
    Thương chủ trì, căn cứ Luật A, Luật B, tham mưu …")? Its relation words
    are the task's: what the body is to rely on, not the document's basis."""
    lo = max(line_start, text.rfind(";", line_start, hi) + 1, text.rfind(". ", line_start, hi) + 1)
    give = P.GIVE_IN_CLAUSE.search(text, lo, hi, False)
    if give is None:
        return False
    return any(rx.search(text, give.end(), hi) for rx in (P.REL_BASIS, P.REL_IMPLEMENTS))


def _own_action(
    a: _Anchor, prev: _Anchor | None, prev_end: int, text: str, line_start: int, me: _Speaker
) -> str | None:
    """``replaces``, ``repeals`` or ``amends`` when the document does that
    to ``a`` by its own provision, else None (see ``P.OWN_ACTION_VERB``).
    A part named before the document ("Bãi bỏ khoản 3 Điều 5 …") makes
    the action partial: an amendment."""
    hi = _type_start(a)
    listed = _listed_under_own_action(a, text, line_start, me) if prev is not None else None
    if listed is not None:
        # an item of a list its line acts on, in whole or in part, whatever the
        # item before: "Thông tư này bãi bỏ:" / "a) Khoản 1 Điều 1 Thông tư A;" /
        # "b) Thông tư B"
        return None if _quoted(text, hi) else listed
    if (
        prev is not None
        and prev.action is not None
        # (not after a subject naming documents, whose list this may go on:
        # "Đính chính Thông tư A sửa đổi … Thông tư B … và Thông tư C")
        and not prev.names_documents
        and P.LIST_ITEM_MARK.fullmatch(text, _past_remark(text, prev_end, hi), hi) is not None
    ):
        # "Bãi bỏ Quyết định số A và Quyết định số B", also past a remark on
        # A's issuer: "thay thế Kế hoạch số A của UBND tỉnh X (cũ) và Kế hoạch số B"
        return prev.action
    # (a document quoted before it is the quotation's, no bound of its clause:
    # "Sửa đổi cụm từ “… Nghị định số A” tại Điều 7 Nghị định số B …")
    quoted_prev = prev is not None and prev_end > line_start and _quoted(text, _type_start(prev))
    action = _own_verb(text, line_start if quoted_prev else max(prev_end, line_start), hi, line_start, me)
    if (
        action is None
        and prev_end <= line_start
        and not text[line_start:hi].strip()
        and _wrapped_into(text, line_start)
    ):
        # the document opens a line its clause wrapped into: "Điều 2. … kể từ
        # ngày ký và thay thế" / "Quyết định số …" (an article's first line,
        # which the normalizer keeps apart): read the two as one line
        above = _line_start(text, line_start - 1)
        action = _own_verb(text, max(prev_end, above), hi, above, me, wrapped=True)
    if action is None and prev is not None and prev.action is not None and not prev.names_documents:
        # a second own act joined to the first: "Thông tư này … thay thế
        # Thông tư số A … và bãi bỏ Điều 2 Thông tư số B"
        action = _joined_verb(text, prev_end, hi)
    if action is None and prev is None:
        action = _listed_under_own_action(a, text, line_start, me)
    after = max(a.end, a.extent_end)
    # bounded: unbounded, `regex` looks for "hết" through the rest of the text first
    if (
        action is None
        and _may_open_with(text, after, P.ENDED_BY_OWN_INITIALS)
        and me.names_itself(P.ENDED_BY_OWN.match(text, after, after + ENDED_REACH))
    ):
        # "Quyết định số … hết hiệu lực kể từ ngày Quyết định này có hiệu lực"
        action = "repeals"
    if action is None or _quoted(text, hi):
        return None
    return action


# how far after a document its "… hết hiệu lực kể từ ngày <X> này" may end
ENDED_REACH = 400
# how far back an opening quotation mark may stand (an amended article quoted whole)
QUOTE_REACH = 3000


def _past_remark(text: str, lo: int, hi: int) -> int:
    """Where a gap between two listed documents goes on past a short remark
    in brackets on the first one's issuer ("(cũ)", "(trước sắp xếp)"), else
    ``lo`` (see ``P.ITEM_REMARK_BEFORE_NEXT``)."""
    if "(" not in text[lo : min(hi, lo + 3)]:
        return lo  # (most gaps: no bracket)
    m = P.ITEM_REMARK_BEFORE_NEXT.match(text, lo, hi)
    return m.end() if m else lo


def _quoted(text: str, pos: int) -> bool:
    """Inside a quotation (“…”): another document's words, such as the
    preamble of an amending law a consolidated text quotes or an article as
    amended, not this document's own provisions."""
    lo = max(0, pos - QUOTE_REACH)
    return text.rfind("“", lo, pos) > text.rfind("”", lo, pos)


# how far back in its sentence a verb said again may find its passive's agent
AGENT_AGAIN_REACH = 300


def _agent_of_verb_before(text: str, end: int, verb: str) -> str | None:
    """The agent of the last passive before ``end`` in its sentence whose verb
    is ``verb`` ("… được UBND tỉnh Yên Bái (trước sáp nhập) cấp …"), its
    bracketed remark dropped: the agent a verb said again shares (see
    ``P.VERB_AGAIN_BEFORE``); None when none is, or it names no body."""
    lo = max(0, end - AGENT_AGAIN_REACH)
    stop = max(text.rfind(". ", lo, end), text.rfind("\n", lo, end))
    want = " ".join(verb.lower().split())
    agent = None
    for m in P.PASSIVE_AGENT_VERB.finditer(text, max(lo, stop + 1), end):
        if " ".join(m["verb"].lower().split()) == want:
            agent = m["issuer"]
    if agent is None:
        return None
    agent = " ".join(P.REMARK_IN_NAME.sub("", agent).split())
    return agent if P.AGENCY_HEAD_WORD.match(agent) else None


def _bears_code(name: str, num: DocNumber) -> bool:
    """Whether a body's name fits the issuer code of a number: its code
    ("UBND tỉnh …" for "…/GP-UBND") or the code's body ("Ủy ban nhân dân
    tỉnh …", "Sở Xây dựng" for "…/SXD") in it; any name, for a code no
    table knows (a department's own)."""
    code = fold((num.issuer_code or "").split("-")[0])
    ic = issuer_codes().get(code) if code else None
    if ic is None:
        return True
    return fold(ic.name) in fold(name) or code in map(fold, name.split())


def _named_in_quoted_wording(a: _Anchor, text: str) -> bool:
    """The Constitution named by the bare word, no year nor its full name,
    inside words quoted from another text ("… quy định như sau: “5. … thì áp
    dụng quy định của điều ước quốc tế đó, trừ Hiến pháp.”"): the quoted
    provision's word for a rank of law, not a document this one cites. (A
    law's title there, or "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa
    Việt Nam" in a quoted preamble, names a document: a mention.) Not a
    quotation that is the word itself (“Hiến pháp”)."""
    if a.law_name != "Hiến pháp" or a.year is not None or a.raw.strip() != "Hiến pháp":
        return False
    lo = max(0, a.start - QUOTE_REACH)
    opening = text.rfind("“", lo, a.start)
    return opening > text.rfind("”", lo, a.start) and bool(text[opening + 1 : a.start].strip())


def _share_backwards(anchors: list[_Anchor], k: int, text: str) -> None:
    """Documents listed before ``anchors[k]`` that an "hết hiệu lực" after it
    also ends: "Nghị định A và Nghị định B hết hiệu lực …", "Luật A đã được
    sửa đổi, bổ sung theo Luật B hết hiệu lực …" (the act as amended)."""
    later = anchors[k]
    for earlier in reversed(anchors[:k]):
        if earlier.nested_in is not None:
            continue
        gap_end = _type_start(later)
        gap_start = _past_remark(text, max(earlier.end, earlier.extent_end), gap_end)
        if earlier.action is not None or not (
            P.LIST_ITEM_MARK.fullmatch(text, gap_start, gap_end)
            or P.AMENDED_BY.match(text, gap_start, gap_end)
        ):
            return
        earlier.action = later.action
        later = earlier


def _wrapped_into(text: str, line_start: int) -> bool:
    """Whether the line above ``line_start`` runs on into it, a hard wrap:
    it ends with no clause's end and holds an own-action verb's word."""
    if line_start < 2:
        return False
    above = text[_line_start(text, line_start - 1) : line_start - 1].rstrip()
    if not above or above[-1] in ".;:!?":
        return False
    low = above.lower()
    return any(w in low for w in P.OWN_ACTION_VERB_WORDS)


def _own_verb(
    text: str, lo: int, hi: int, line_start: int, me: _Speaker, *, wrapped: bool = False
) -> str | None:
    """The action of the last own-action verb in ``text[lo:hi]`` whose clause
    runs on to ``hi``, when the document names itself as its subject or the
    verb opens one of its provisions. ``wrapped``: ``text[lo:hi]`` is one
    clause hard-wrapped over two lines."""
    window = text[lo:hi].lower()
    if not any(w in window for w in P.OWN_ACTION_VERB_WORDS):
        return None  # (most clauses before a citation hold no such verb)
    last = None
    for verb in P.OWN_ACTION_VERB.finditer(text, lo, hi):
        last = verb
    if last is None:
        return None
    gap = text[last.end() : hi]
    if wrapped:
        gap = gap.replace("\n", " ")
    if "“" in gap:
        gap = P.QUOTED.sub("“”", gap)  # (a quoted phrase is the words acted on, not a clause)
    if P.OWN_ACTION_GAP.fullmatch(gap) is None:
        return None
    if " ".join(last.group(0).lower().split()) == "bổ sung" and P.ADDED_TO.match(gap) is None:
        return None  # "Bổ sung kinh phí … theo Quyết định số …": added under it, not to it
    subject = P.OWN_SUBJECT.match(text, line_start, last.start())
    if subject is not None and subject.group("issued") is not None:
        # "Chính phủ ban hành Nghị định sửa đổi …": the preamble's formula,
        # not a task "tham mưu ban hành Nghị định sửa đổi …"
        issued = " ".join(subject.group("issued").lower().split())
        ok = issued in me.names and not me.in_body(line_start)
    else:
        ok = me.names_itself(subject)
    if not ok and not (
        me.opens_provision(line_start)
        and P.OWN_CLAUSE_OPENING.match(text, line_start, last.start())
    ):
        return None
    if P.OWN_ACTION_PART.search(text, last.end(), hi):
        return "amends"
    return last.lastgroup


def _joined_verb(text: str, lo: int, hi: int) -> str | None:
    """The action of an own-action verb opening ``text[lo:hi]`` after "và"
    or ",", whose clause runs on to ``hi``."""
    verb = P.JOINED_OWN_ACTION.match(text, lo, hi)
    if verb is None or P.OWN_ACTION_GAP.fullmatch(text, verb.end(), hi) is None:
        return None
    if P.OWN_ACTION_PART.search(text, verb.end(), hi):
        return "amends"
    return next(k for k in ("replaces", "repeals", "amends") if verb.group(k))


# how many items a list of documents acted on may hold above the one read
ITEMS_MAX = 60


def _listed_under_own_action(a: _Anchor, text: str, line_start: int, me: _Speaker) -> str | None:
    """The action of a list's line ("Bãi bỏ các văn bản sau:") on the
    document an item of it opens with ("a) Thông tư số …;", "b) Khoản 2
    Điều 7 của Luật …": a part, amended)."""
    hi = _type_start(a)
    mark = P.ITEM_MARK.match(text, line_start, hi)
    if mark is None:
        return None
    partial = False
    if mark.end() < hi:
        pin = P.PINPOINT.search(text, mark.end(), hi, False)
        # (several parts named before it: "a) Khoản 1, khoản 2, khoản 10 Điều 1 Thông tư …")
        parts_end = pin.start() if pin is not None else hi
        if parts_end != mark.end() and not P.PARTS_LISTED.fullmatch(text, mark.end(), parts_end, False):
            return None
        partial = True
    head = _list_head(text, line_start)
    if head is None:
        return None
    above, colon = head[0], head[2] - 1
    if me.names_itself(P.ENDED_BY_OWN.search(text, above, colon)):
        action: str | None = "repeals"
    else:
        action = _own_verb(text, above, colon, above, me)
    if action is None:
        return None
    return "amends" if partial else action


def _issuer_before_other_words(issuer: str) -> str:
    """The issuer up to a "và" after which no body's name comes, what else the
    sentence rests on: "UBND huyện Cẩm Xuyên và Bộ tiêu chí xã nông thôn mới
    …" is UBND huyện Cẩm Xuyên's; "Bộ Tài chính và Bộ Y tế" is joint."""
    for m in P.ISSUER_AND.finditer(issuer):
        rest = issuer[m.end() :]
        if rest.startswith("các ") and _names_a_document(rest[4:] + " "):
            return issuer[: m.start()]  # "Chính phủ và các Nghị định sửa đổi …"
        homograph = P.ORGAN_HOMOGRAPH.match(rest)
        if homograph and homograph.group(0)[:1] not in "Pp":
            # a body's word naming no body: "Bộ tiêu chí", "Báo cáo" ("phòng,
            # chống …" may be a committee's remit, in its name)
            return issuer[: m.start()]
        if P.ISSUER_NAME_ENDED.search(issuer, 0, m.start()) and not _names_a_body(rest):
            return issuer[: m.start()]
    return issuer


def _names_a_body(words: str) -> bool:
    """Whether ``words`` open with a body's name (not a document's type word:
    "Kế hoạch phát triển nông nghiệp" is no Sở)."""
    head = words.split(maxsplit=4)[:4]
    types = doc_type_by_name()
    if any(fold(" ".join(head[:k])) in types for k in range(1, len(head) + 1)):
        return False
    if P.AGENCY_HEAD_WORD.match(words) or P.INSPECTORATE_OR_INSTITUTE.match(words):
        return True
    return classify_agency(words) is not None


def _may_open_with(text: str, pos: int, initials: frozenset[str], *, comma: bool = False) -> bool:
    """Whether the text at ``pos``, past its spaces (and a comma, if
    ``comma``), may open with one of ``initials``: a cheap test before a
    pattern matched there whose matches do. True when the first characters
    are all spaces."""
    head = text[pos : pos + 10].lstrip()  # (str.isspace holds every \s of regex)
    if comma and head.startswith(","):
        head = head[1:].lstrip()
    return not head or head[0] in initials


# What a cited act's subject says it does to the acts it names, by the verb
# it opens with ("Nghị định số 106/2017/NĐ-CP … sửa đổi, bổ sung một số điều
# của Nghị định số 67/2013/NĐ-CP"), or the last such verb before the act
# named ("… sửa đổi, bổ sung Thông tư A và bãi bỏ Thông tư B": B repealed).
_SUBJECT_ACTIONS: dict[str, Action] = {"sửa đổi": "amends", "bãi bỏ": "repeals", "thay thế": "replaces"}


def _directs(a: _Anchor) -> bool:
    """Is ``a`` an act a plan is made under when its subject names it after
    "theo"? One that sets tasks, not a letter or a decision ("theo Quyết
    định số …" often says whose list or figures it follows)."""
    code = a.num.type_code if a.num is not None else None
    return code is not None and code not in ("CV", "QĐ") and code in tasking_types()


def _action_of_subject(lead: str) -> Action | None:
    """The action a subject's lead words, up to a document it names, say
    the cited act takes on that document (None for other subjects)."""
    lowered = lead.lower()
    opening = lowered.removeprefix("về ").removeprefix("việc ")
    if not opening.startswith(tuple(_SUBJECT_ACTIONS)):
        return None
    return max(_SUBJECT_ACTIONS.items(), key=lambda kv: lowered.rfind(kv[0]))[1]


def _form(a: _Anchor) -> str | None:
    """The kind of act an anchor names, as amending goes: a law ("Luật …",
    "Luật số 28/2018/QH14") or the type code of its number."""
    if a.law_name or (a.num is not None and a.num.type_code is None and (a.num.issuer_code or "").startswith("QH")):
        return "Luật"
    return a.num.type_code if a.num is not None else None


def _amended_before(anchors: list[_Anchor], k: int, prev: _Anchor | None) -> _Anchor | None:
    """The act an amending act named after "được sửa đổi, bổ sung bởi" amends:
    an act is amended by one of its own form (a law by a law, a decree by a
    decree), so the nearest act before it of its form, nested in a subject or
    not ("Nghị định số 113/2017/NĐ-CP … quy định chi tiết … Luật Hóa chất được
    sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP": the decree), else the
    act just before it."""
    form = _form(anchors[k])
    top = prev
    while top is not None and top.nested_in is not None:
        top = top.nested_in
    for j in range(k - 1, -1, -1):
        b = anchors[j]
        if form is not None and _form(b) == form:
            return b
        if b is top:
            break  # (no further back than the clause's own act)
    return top


def _holds_a_letter(text: str, start: int, end: int, letters: tuple[str, ...]) -> bool:
    """Does ``text[start:end]`` hold one of ``letters`` (lowered), in either
    case? (a str.find of one letter runs at memchr's speed: cheaper than a
    pattern's try, or than lowering the text)"""
    return any(text.find(c, start, end) >= 0 or text.find(c.upper(), start, end) >= 0 for c in letters)


def _amending_list_gap(gap: str, listed: bool) -> str:
    """What stands between two acts of a list of amending acts, less its
    separators: "," ("và" is returned), and after a colon ";" and each act's
    note ("số: A (điều chỉnh lần 01); B (điều chỉnh lần 02)")."""
    if listed:
        gap = P.ADJUSTMENT_NOTE.sub("", gap).replace(";", ",")
    return gap.strip(" ,").removesuffix("số").strip(" ,")


def _issued_before(a: _Anchor, b: _Anchor) -> bool:
    """Whether ``a`` was issued in an earlier year than ``b`` (an act amends
    only one issued before it), as far as their numbers or dates tell."""
    ya = (a.num.year if a.num is not None else None) or a.year
    yb = (b.num.year if b.num is not None else None) or b.year
    if ya is not None and ya == yb and a.date and b.date and len(a.date) == len(b.date) == 10:
        return a.date < b.date  # one year's two laws: "Luật Đất đai" of 18/01/2024, amended on 29/6/2024
    return ya is not None and yb is not None and ya < yb


def _type_start(a: _Anchor) -> int:
    return a.type_start if a.type_start is not None else a.start


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _pinpoint(a: _Anchor, text: str) -> Pinpoint | None:
    hi = a.type_start if a.type_start is not None else a.start
    window = text[max(0, hi - 60) : hi]
    m = P.PINPOINT.search(window) if P.PINPOINT_WORD in window.lower() else None
    if not m and window.rstrip().endswith("theo"):  # "… Điều 5 Quy định … ban hành kèm theo"
        wide = text[max(0, hi - 260) : hi]
        m = P.PINPOINT_IN_ATTACHED.search(wide) if P.PINPOINT_WORD in wide.lower() else None
    if not m:
        return None
    return Pinpoint(article=m["article"], clause=m["clause"], point=m["point"])


def _doc_type(a: _Anchor) -> str | None:
    if a.num is not None and a.num.type_code:
        if a.type_word and a.num.family != "normative":
            # the type the text names wins over a code that only looks like
            # one: "Báo cáo số 03/TT-PT" of a company is no Thông tư
            named = doc_type_by_name().get(fold(a.type_word))
            if named is not None and named != "CV" and named != a.num.type_code:
                return named
        if a.num.known_type or not a.type_word:
            return a.num.type_code
        # a code in the type's place that is no type code is the sender's own
        # ("Văn bản số 146/2026/ĐN-ĐT"): the type word says the type, as it
        # does for "Văn bản số 12/ĐN-ĐT"
    if a.law_name:
        return "HP" if a.law_name == "Hiến pháp" else "L"
    if a.type_word:
        return doc_type_by_name().get(fold(a.type_word))
    return "CV" if a.num is not None and a.num.family == "letter" else None


def _dated_by_the_passage(a: _Anchor, text: str, end: int, header: Header | None) -> None:
    """An article's citation written without its date takes the date the next
    sentence gives it ("Kế hoạch số 52/KH-UBND vừa được UBND phường … ban
    hành. Kế hoạch được ban hành ngày 10/4/2026 …"), else, issued "vừa" (just
    now), the year of the article's dateline."""
    stop = P.SENTENCE_END.search(text, max(a.end, a.extent_end), end)
    if stop is not None and a.type_word:
        nxt = P.ISSUED_ON_NEXT.match(text, stop.end(), min(end, stop.end() + 160))
        if nxt and nxt["type"].lower() == a.type_word.lower():
            a.date = _iso(nxt["d"], nxt["m"], nxt["y"])
            if a.date:
                return
    if a.issued_lately and header is not None and header.date:
        a.year = int(header.date[:4])


def _carried_out_by_its_purpose(anchors: list[_Anchor], text: str, own_type: str | None) -> None:
    """A document that its sentence says was issued for carrying another out
    implements it (a second-order edge), whatever the citing text: "Kế hoạch
    số A … (được ban hành …) nhằm cụ thể hóa Kế hoạch số B", "UBND xã ban hành
    Kế hoạch số A …, để triển khai B", and the next sentence naming A again by
    its type word alone, "Kế hoạch được ban hành ngày … nhằm cụ thể hóa B". B,
    named in A's clause, is the citing text's mention."""
    for k in range(1, len(anchors)):
        b, a = anchors[k], anchors[k - 1]
        ts = _type_start(b)
        lo = max(0, ts - 120)
        if b.nested_in is not None or a.nested_in is not None or ("nhằm" not in text[lo:ts] and "để" not in text[lo:ts]):
            continue
        purpose = P.PURPOSE_CARRIES_OUT.search(text, lo, ts)
        if purpose is None:
            continue
        a_end = max(a.end, a.extent_end)
        if a_end > purpose.start():
            continue
        a_ts = _type_start(a)
        opening = text[max(0, a_ts - 60) : a_ts]
        subject = P.PURPOSE_GAP.fullmatch(text, a_end, purpose.start()) is not None and (
            P.PURPOSE_SUBJECT_OPENING.search(opening if a_ts > 60 else "\n" + opening) is not None
        )
        if not subject and a.type_word and (own_type is None or _doc_type(a) != own_type):
            # (a text of A's own type may speak of itself so: "Kế hoạch được ban hành nhằm …")
            back = P.TYPE_WORD_SUBJECT.search(text, a_end, purpose.start())
            subject = (
                back is not None
                and back["type"].lower() == a.type_word.lower()
                and "\n" not in text[a_end : back.start()]
                and P.SENTENCE_END.search(text, a_end, back.start()) is None
            )
        if subject:
            b.nested_in = a
            b.relation, b.action = "mention", None
            a.implements.append(b)


def _gives_account(header: Header, anchors: list[_Anchor], text: str, ct: CleanText) -> bool:
    """Whether the text gives an account of the plans it names
    (``tables.gives_account``): by its type, or a notice or an invitation
    saying so in its heading (its type line, "THÔNG BÁO KẾT LUẬN", and
    title) or in the main clause after the citations it opens on."""
    always, if_said = account_types()
    if header.doc_type in always or header.doc_type not in if_said:
        return header.doc_type in always
    kind, title = header.spans.get("doc_type"), header.spans.get("title")
    heading = ct.source[kind.start : title.end] if kind is not None and title is not None else header.title
    return gives_account(header.doc_type, "document", heading, _opening_clause(anchors, text))


def _opening_clause(anchors: list[_Anchor], text: str) -> str:
    """The main clause after the citations of the sentence naming the first
    plan the text carries out ("Thực hiện Kế hoạch số A … về …, UBND xã
    thông báo tuyển dụng …": "UBND xã thông báo tuyển dụng"), to its colon
    or the sentence's end; "" when it names none."""
    first = next((a for a in anchors if a.relation == "implements" and _a_plan(a)), None)
    if first is None:
        return ""
    line_end = text.find("\n", first.start)
    line_end = len(text) if line_end < 0 else line_end
    after = max(max(a.end, a.extent_end) for a in anchors if first.start <= a.start < line_end)
    stop = min((i for i in (text.find(":", after, line_end), text.find(". ", after, line_end)) if i >= 0), default=line_end)
    return text[after:stop]


def _a_plan(a: _Anchor) -> bool:
    """Is the cited document a plan (a programme, phương án, đề án), or a
    decision issuing one ("Quyết định số … ban hành Kế hoạch …")?"""
    kind = _doc_type(a)
    if kind in unit_plan_types():
        return True
    issued = P.SUBJECT_ISSUES.match(a.subject or "") if kind == "QĐ" else None
    return issued is not None and P.PLAN_KIND_WORD.match(issued["what"]) is not None


def _year(a: _Anchor) -> int | None:
    if a.num is not None and a.num.year:
        return a.num.year
    if a.date:
        return int(a.date[:4])
    return a.year


@dataclass
class _Alias:
    text: str
    target: _Anchor
    span: tuple[int, int]


def _aliases(anchors: list[_Anchor], text: str, lo: int, hi: int) -> list[_Alias]:
    out = []
    for m in P.ALIAS.finditer(text, lo, hi):
        alias = " ".join(m["alias"].split()).rstrip(".,;")
        before = [a for a in anchors if a.end <= m.start()]
        target = _alias_target(alias, before) or _named_alias_target(alias, before, text, m.start())
        if target is not None:
            out.append(_Alias(alias, target, (m.start(), m.end())))
    return out


def _alias_target(alias: str, before: list[_Anchor]) -> _Anchor | None:
    """The citation an alias names: the nearest one before it whose number,
    or type and serial, the alias repeats ("Chỉ thị số 28" -> 28-CT/TW)."""
    num = None
    for rx in (P.NORMATIVE_NUMBER, P.PARTY_NUMBER, P.ADMIN_NUMBER):
        m = rx.search(alias)
        if m:
            num = parse_number(m.group(0))
            break
    serial_m = P.ALIAS_SERIAL.search(alias)
    tw = _type_word_regex().match(alias[: serial_m.start()] if serial_m else alias)
    code = doc_type_by_name().get(fold(tw["word"])) if tw else None
    for a in reversed(before):
        if a.num is None:
            if a.law_name and fold(a.law_name) in fold(alias):
                return a
            continue
        if num is not None and a.num.number == num.number:
            return a
        # "Quyết định số 06/QĐ-TTg … phê duyệt Đề án … (sau đây gọi tắt là Đề
        # án 06)": the decision is named by the text it approves
        if (
            serial_m
            and a.num.serial == serial_m.group(1)
            and (code is None or _doc_type(a) == code or (_doc_type(a) == "QĐ" and code in carried_types()))
        ):
            return a
    return None


_NOT_A_TITLE_WORD = frozenset(("này", "đó", "trên", "nêu", "nói", "sau", "kèm", "của", "số"))
_ISSUES_CARRIED = ("QĐ", "TT", "TTLT", "NĐ")


def _named_alias_target(alias: str, before: list[_Anchor], text: str, at: int) -> _Anchor | None:
    """The citation an alias of a type word and a name or acronym names, no
    number in it ("(sau đây viết tắt là Chương trình VNEEP3)", "Đề án DC06"):
    the nearest one before it in its sentence of that type, or the decision
    approving a text of that type."""
    words = alias.split()
    if len(words) < 2 or P.ALIAS_SERIAL.search(alias) or P.ADMIN_NUMBER.search(alias):
        return None
    types = doc_type_by_name()
    for k in (1, 2, 3):
        code = types.get(fold(" ".join(words[:k])))
        if code is None:
            continue
        # (or a title's words: "(sau đây gọi là Quy chế thi)", "(… viết tắt là
        # Kế hoạch hành động quốc gia)", or its issuer's, "(sau đây gọi tắt là
        # Kế hoạch của UBND tỉnh)", or the type word alone, "(sau đây gọi là Đề
        # án)"; not a pointer: "Kế hoạch này")
        if k == len(words):
            break
        follow = words[k].lower()
        if follow not in _NOT_A_TITLE_WORD or (follow == "của" and k + 1 < len(words)):
            break
    else:
        return None
    for a in reversed(before):
        gap = text[a.end : at]
        if "\n" in gap or ";" in gap:
            return None  # (another sentence's)
        # (a Quy chế is issued by a Thông tư or a Nghị định as by a decision)
        if _doc_type(a) == code or (_doc_type(a) in _ISSUES_CARRIED and code in carried_types()):
            return a
    return None


def _alias_uses(
    aliases: list[_Alias], text: str, lo: int, hi: int, anchors: list[_Anchor]
) -> list[_Anchor]:
    """Later uses of each alias (outside any anchor) become mentions."""
    out: list[_Anchor] = []
    covered = _Spans((a.type_start if a.type_start is not None else a.start, a.end) for a in anchors)
    for al in aliases:
        # "Chỉ thị số 28" but not "Chỉ thị số 28-CT/TW" nor "Chỉ thị số 285"
        # (built here: the alias is the one this text defines)
        # a short form of words alone, no number: "Kế hoạch của UBND tỉnh",
        # "Đề án" (the type word alone, as written, a capital marking it a
        # name: "đề án" is any)
        worded = not any(ch.isdigit() for ch in al.text)
        bare = worded and fold(al.text) in doc_type_by_name()
        rx = regex.compile(_alias_source(al.text) + r"(?![\w/\-])", 0 if bare else regex.I)
        for m in rx.finditer(text, al.span[1], hi):
            if m.start() in covered:
                continue
            if worded and (
                P.ALIAS_WORDS_OTHER_AFTER.match(text, m.end(), min(hi, m.end() + 8))
                or (bare and not P.BARE_ALIAS_USE_AFTER.match(text, m.end(), min(hi, m.end() + 16)))
            ):
                # the words naming another document: "Kế hoạch của UBND tỉnh
                # số 99/KH-UBND", "Đề án phát triển …", "Đề án của Bộ …"
                continue
            t = al.target
            out.append(
                _Anchor(
                    start=m.start(),
                    end=m.end(),
                    num=t.num,
                    law_name=t.law_name,
                    year=t.year,
                    raw=m.group(0),
                    type_word=t.type_word,
                    via_alias=al.text,
                    extent_end=m.end(),
                )
            )
    return out


def _alias_source(alias: str) -> str:
    """The pattern of an alias's uses: its words, and where it is a type and a
    serial, "số" before the serial or not, as documents write the short form
    either way ("(sau đây gọi là Chỉ thị số 28)" / "… thực hiện Chỉ thị 28")."""
    words = alias.split()
    head = [w for w in words[:-1] if w.lower() != "số"]
    if head and words[-1][:1].isdigit():
        return r"\s+".join(map(regex.escape, head)) + r"\s+(?:số\s*:?\s*)?" + regex.escape(words[-1])
    return r"\s+".join(map(regex.escape, words))


def _short_form_uses(
    anchors: list[_Anchor], taken: list[_Anchor], aliases: list[_Alias], text: str, lo: int, hi: int, header: Header | None
) -> list[_Anchor]:
    """A document cited in full may later be named by its type and serial
    alone, no alias declared ("Kết luận số 01-KL/TW …" then "thực hiện Kết
    luận 01"): a mention of it, where exactly one document cited before has
    that type and serial (the citing document's own among the candidates)."""
    by_key: dict[tuple[str, int], list[_Anchor]] = {}
    for a in anchors:
        code = _doc_type(a)
        if a.num is not None and a.start >= lo and code and a.num.serial.isdigit():
            by_key.setdefault((code, int(a.num.serial)), []).append(a)
    if not by_key:
        return []
    serials = {s for _, s in by_key}
    own: tuple[str, int] | None = None
    if header is not None and header.doc_type and header.number:
        head = unpadded(header.number).split("/")[0].split("-")[0]
        own = (header.doc_type, int(head)) if head.isdigit() else None
    covered = _Spans(
        [(_type_start(a), a.end) for a in anchors]
        + [(a.start, a.end) for a in taken]
        + [al.span for al in aliases]
    )
    types = doc_type_by_name()
    out: list[_Anchor] = []
    for m in _serials_in(text, lo, hi, serials):
        serial = int(m.group(0))
        if m.start() in covered:
            continue
        tw = _type_word_regex().match(text, max(lo, m.start() - TYPE_WINDOW), m.start())
        code = types.get(fold(tw["word"])) if tw else None
        if tw is None or code is None or (code, serial) == own:
            continue
        fits = {a.num.number for a in by_key.get((code, serial), ()) if a.end <= tw.start() and a.num is not None}
        if len(fits) != 1:
            continue
        t = next(a for a in by_key[(code, serial)] if a.num is not None and a.num.number in fits)
        out.append(
            _Anchor(
                start=tw.start(),
                end=m.end(),
                num=t.num,
                year=t.year,
                raw=" ".join(text[tw.start() : m.end()].split()),
                type_word=t.type_word,
                by_name=True,  # (a short form: nothing repaired)
                extent_end=m.end(),
            )
        )
    return out


def _serials_in(text: str, lo: int, hi: int, serials: set[int]) -> list[regex.Match[str]]:
    """SHORT_FORM_SERIAL's matches in ``text[lo:hi]`` whose serial is one of
    ``serials``, in order. Where the text holds ASCII digits only, the pattern
    is tried only at each run of them, whose value is one of ``serials``: a
    match of it is such a run, whole (its lookarounds refuse a letter or
    digit either side)."""
    if P.OTHER_DIGITS_LOW.search(text, lo, hi) or P.OTHER_DIGITS_HIGH.search(text, lo, hi):
        return [m for m in P.SHORT_FORM_SERIAL.finditer(text, lo, hi) if int(m.group(0)) in serials]
    # each serial as a run of up to five ASCII digits may write it ("28",
    # "028" …): a run is looked up as it is, not converted (every run of the
    # text's digits comes here)
    written = set()
    for serial in serials:
        digits = str(serial)
        while len(digits) <= 5:
            written.add(digits)
            digits = "0" + digits
    out = []
    for run in P.ASCII_DIGIT_RUN.finditer(text, lo, hi):
        if run.group(0) in written:
            m = P.SHORT_FORM_SERIAL.match(text, run.start(), hi)
            if m is not None:
                out.append(m)
    return out


def _law_year(a: _Anchor) -> int | None:
    return a.num.year if a.num is not None else a.year


def _edition_in_force(editions: list[_Anchor], doc_year: int | None) -> _Anchor | None:
    """The edition a law's title alone names: the latest dated on or before
    the citing document (``doc_year``; any, if it has none), whichever way it
    is cited ("Luật Di sản văn hóa số 45/2024/QH15" beside "… năm 2001"); an
    older edition is cited only where its year is written."""
    dated = [e for e in editions if _law_year(e)]
    before = [e for e in dated if doc_year is None or (_law_year(e) or 0) <= doc_year]
    return max(before or dated, key=lambda e: _law_year(e) or 0, default=None)


def _bare_law_uses(anchors: list[_Anchor], text: str, lo: int, hi: int, doc_year: int | None = None) -> list[_Anchor]:
    """A law cited with its year may later be named alone ("Luật Trẻ em"):
    those are mentions of it, or of its edition in force where the text cites
    several (see _edition_in_force); a law only ever named alone is read where
    its title ends plainly: see P.LAW_BY_TITLE_ALONE."""
    editions: dict[str, list[_Anchor]] = {}
    for a in anchors:  # "Luật Xây dựng số 50/2014/QH13" names its law too
        name = a.law_name or (a.title if a.num is not None else None)
        if name:
            editions.setdefault(name, []).append(a)
    laws = {name: _edition_in_force(eds, doc_year) or eds[-1] for name, eds in editions.items()}
    # a mention covers its type word or title too ("Luật Xây dựng số …")
    covered = _Spans((a.start if a.type_start is None else a.type_start, a.end) for a in anchors)
    out: list[_Anchor] = []
    if not laws:
        return out
    # The names as lower-case words, bucketed by their first word after
    # "luật" (a document may cite dozens), longest first where one holds
    # another ("Luật Đầu tư công" before "Luật Đầu tư"); tried where "Luật"
    # or "Bộ luật" stands, found by a fixed pattern (one made of each
    # document's names would be compiled anew for every document).
    buckets: dict[str, list[tuple[str, list[str], str]]] = {}
    reach = 0
    for name in sorted(laws, key=len, reverse=True):
        words = name.lower().split()
        if len(words) < 2 + (words[0] == "bộ"):
            continue
        buckets.setdefault(_word_after_luat(words), []).append((" ".join(words), words, name))
        reach = max(reach, 2 * len(name))  # room for runs of spaces
    for m in P.LAW_WORD.finditer(text, lo, hi):
        start = m.start()
        if text[max(lo, start - 6) : start].rstrip().lower().endswith("pháp"):
            continue  # "theo quy định của pháp luật chứng khoán": the law of a field, no act
        code = P.CODE_WORD_BEFORE.match(text, max(lo, start - 8), start)
        if code:  # "Bộ luật …"
            start = code.start()
        # a cheap look first: this text, lower case, single spaces
        here = " ".join(text[start : min(hi, start + reach)].lower().split())
        near = here.split(" ", 3)
        if len(near) < 2 + (near[0] == "bộ"):
            continue
        for f, words, name in buckets.get(_word_after_luat(near), ()):
            if not here.startswith(f):
                continue
            end = _words_at(text, start, hi, words)
            if end is None:
                continue
            if start in covered:
                break  # inside a citation already read
            if _foreign_law(text, end):
                break  # "Luật Đầu tư nước sở tại": another country's law
            a = laws[name]
            out.append(
                _Anchor(
                    start=start,
                    end=end,
                    num=None,
                    law_name=name,
                    year=_law_year(a),
                    raw=text[start:end],
                    extent_end=end,
                )
            )
            break
    return out


class _Spans:
    """Spans of text already taken: ``pos in spans`` by bisection over their
    starts and the running maximum of their ends (spans may nest)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


def _word_after_luat(words: list[str]) -> str:
    """The first word of a law's name: "xây" in "luật xây dựng", "lao" in "bộ
    luật lao động", "giá" in "luật giá." (letters and digits only)."""
    word = words[2] if words[0] == "bộ" else words[1]
    return "".join(takewhile(str.isalnum, word))


def _words_at(text: str, pos: int, hi: int, words: list[str]) -> int | None:
    """End of ``words`` written at ``pos`` in any case, with any run of spaces
    between them, and not running on into a longer word; None if not there."""
    i = pos
    for k, word in enumerate(words):
        if k:
            j = i
            while j < hi and text[j].isspace():
                j += 1
            if j == i:
                return None
            i = j
        if text[i : i + len(word)].lower() != word:
            return None
        i += len(word)
    if i > hi or (i < hi and text[i].isalnum()):
        return None
    return i


def _number_laws_named_by_title(anchors: list[_Anchor], doc_year: int | None = None) -> None:
    """A law the document gives with its number ("Luật Xây dựng số
    50/2014/QH13") and elsewhere by name ("Luật Xây dựng năm 2014", "Luật Xây
    dựng") is one citation: the named mentions take its number, unless their
    year says they are another version of the law. "Luật số 42/2024/QH15 về
    Quản lý, sử dụng vũ khí, …" gives the name after "về"."""
    numbered: dict[str, list[_Anchor]] = {}
    for a in anchors:
        if a.num is not None and not a.title and a.subject and fold(a.type_word or "") == "luat":
            m = P.LAW_NAME_SUBJECT.match(a.subject)
            name = P.LAW_NAME_TAIL.split(m["name"], maxsplit=1)[0] if m else ""
            if name and len(name.split()) <= 16:
                a.title = f"Luật {' '.join(name.split())}"
        if a.num is not None and a.title:
            a.title = _spelled_as_known(a.title)
            numbered.setdefault(fold(a.title), []).append(a)
    if not numbered:
        return
    # (a name alone is the edition in force, "Luật Hóa chất số 69/2025/QH15"
    # beside "Luật Hóa chất năm 2007" in a text of 2026: see _edition_in_force)
    dated: dict[str, list[_Anchor]] = {}
    for a in anchors:
        if a.num is None and a.law_name:
            a.law_name = _spelled_as_known(a.law_name)
        if a.num is None and a.law_name and a.year:
            dated.setdefault(fold(a.law_name), []).append(a)
    for a in anchors:
        if a.num is None and a.law_name and (eds := numbered.get(fold(a.law_name))):
            if a.year is None:
                n = _edition_in_force(eds + dated.get(fold(a.law_name), []), doc_year)
                if n is not None and n.num is None:
                    a.year = n.year  # an edition named by its year
                    continue
            else:
                n = next((e for e in eds if e.num is not None and e.num.year == a.year), None)
            if n is not None and n.num is not None:
                a.num, a.type_word, a.by_name = n.num, n.type_word, True


@lru_cache(maxsize=256)
def _spelled_as_known(name: str) -> str:
    """A law's name as the title table spells it where it is written one
    letter off a known title ("Luật Địa chất và koáng sản", "… khoán sản":
    a letter dropped, added or mistyped) and is no known title itself; else
    as written. (No two known titles are one letter apart, and a short
    title is left alone: one letter changes too much of it.)"""
    kind, sep, title = name.partition(" ")
    if kind == "Bộ":
        word, sep, title = title.partition(" ")
        kind = f"{kind} {word}"
    folded = fold(title)
    known = _law_titles()
    if not sep or folded in known or len(folded) < LAW_TITLE_TYPO_LEAST:
        return name
    found = [t for f, t in known.items() if abs(len(f) - len(folded)) <= 1 and _one_edit_apart(f, folded)]
    return f"{kind} {found[0]}" if len(found) == 1 else name


# The shortest title (folded letters) read with a letter off (see _spelled_as_known).
LAW_TITLE_TYPO_LEAST = 10


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or dropped."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) != 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _number_law_named_by_year(anchors: list[_Anchor]) -> None:
    """A law named with its year but no number ("Luật Quản lý, sử dụng vũ khí
    … ngày 29/6/2024") and a law of that year cited by its bare number
    ("Điều 39 Luật số 42/2024/QH15"), named nowhere, amending nothing, are one
    law where each is the text's only one of that year."""
    named: dict[int, set[str]] = {}
    for a in anchors:
        if a.num is None and a.law_name and a.year and a.law_name != "Hiến pháp":
            named.setdefault(a.year, set()).add(fold(a.law_name))
    if not named:
        return
    bare: dict[int, dict[str, list[_Anchor]]] = {}
    for a in anchors:
        if a.num is not None and (a.num.issuer_code or "").startswith("QH") and a.num.year in named:
            bare.setdefault(a.num.year, {}).setdefault(a.num.number, []).append(a)
    for year, numbers in bare.items():
        if len(numbers) != 1 or len(named[year]) != 1:
            continue
        eds = next(iter(numbers.values()))
        if any(e.title or e.subject or e.acts_on or fold(e.type_word or "") != "luat" or e.by_name for e in eds):
            continue
        n = eds[0]
        for a in anchors:
            if a.num is None and a.law_name and a.year == year and a.law_name != "Hiến pháp":
                a.num, a.type_word, a.by_name = n.num, n.type_word, True


def _merge_key(a: _Anchor) -> str:
    if a.num is None:
        return f"law:{fold(a.law_name or '')}"
    return unpadded(a.num.number)


def extract_citations(
    ct: CleanText,
    *,
    start: int = 0,
    end: int | None = None,
    header: Header | None = None,
    parent_number: str | None = None,
    bodies: list[tuple[int, int]] | None = None,
    provisions: Callable[[], Iterable[int]] | None = None,
    readings: dict[tuple[object, ...], tuple[object, ...]] | None = None,
    addressees: list[str] | None = None,
    basis: list[tuple[int, int]] | None = None,
    article: bool = False,
    named_issuers: dict[str, tuple[str, str | None, int | None]] | None = None,
) -> tuple[list[Citation], list[Diagnostic]]:
    """Citations of the document occupying ``ct.text[start:end]``. In
    ``bodies`` (the numbered items) a relation word is the item's, not the
    document's: "1. Tổ chức thực hiện Luật X" is a task on Luật X; but on a
    line of ``provisions`` (a function giving them, see
    ``segment.provision_lines``) a clause opening with "Bãi bỏ …" is the
    document's own act. ``readings``, one dict for the calls over one text
    (its own and its attached texts'), keeps each anchor's clauses as read:
    those of an attached text's anchors were read by the carrier's call.
    ``addressees``: whom a letter is addressed to ("Kính gửi"). ``basis``:
    the parts headed as the text's basis ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"), where
    a document leading its line (a paragraph, a bullet, a table's row) is a
    basis. In a news ``article`` every citation is a mention: the relation
    words there are those of the bodies it reports on, not the text's own.
    ``named_issuers``, one dict for the calls over one file (the carrier's
    first, over the whole file): number -> (issuer, level, year) as some
    part of the file names it; a number cited with no issuer written takes
    it before its code's default body."""
    text = ct.text
    end = len(text) if end is None else end
    own = unpadded(header.number) if header and header.number else None
    part = text[start:end]
    # (one str "in" per letter: a search for each runs at memchr's speed, 2.5x
    # faster than P.HAS_LOOKALIKE's search; every mention's raw text is in
    # part, so none holds a look-alike if it holds none)
    lookalike = any(c in part for c in P.LOOKALIKE_LETTERS)
    anchors = _find_anchors(part, start, lookalike, ct)
    if "“" in part:
        anchors = [a for a in anchors if not _named_in_quoted_wording(a, text)]
    for a in anchors:
        if readings is None:
            _read_clauses(a, text)
        else:
            _read_clauses_once(a, text, readings)
        if a.law_name == "Hiến pháp" and a.year is None:
            # named without its year, the Constitution in force when the text
            # was issued: 2013's from 2014 on, else 1992's
            a.year = CONSTITUTION_2013 if ((header and header.date) or "9999") >= "2014" else 1992
        elif a.law_name and a.num is None and a.year and a.date is None and header and header.date and header.spans:
            # a plan's title gives its own year, or a later one: "Thực hiện Luật
            # Trẻ em năm 2026" in a plan of 2026 names the law, not when it was passed
            own_title = header.spans.get("title")
            if (
                own_title is not None
                and a.year >= int(header.date[:4])
                and own_title.start <= ct.to_source(a.start) < own_title.end
            ):
                a.year = None
    if anchors:
        anchors = _without_identifiers(anchors, ct)
        _subjects_to_the_next_note(anchors, text, ct)
    _share_issuer_named_before(anchors, text)
    _share_listed_issuers(anchors, text)
    _granted_by_a_body_named_before(anchors, text)
    _nest(anchors, text)
    _amended_by_law_title(anchors)
    prev_end = start
    prev: _Anchor | None = None
    amended: _Anchor | None = None  # what the acts listed after "được sửa đổi, bổ sung bởi" amend
    listed = False  # that list opened with a colon: its items go on past ";"
    listing_end = -1  # where the laws an amending law's title lists by number end
    me = _Speaker(header.doc_type if header else None, bodies or (), provisions)
    basis_parts = _Spans(basis) if basis else None
    title = header.spans.get("title") if header is not None else None
    for k, a in enumerate(anchors):
        ls = _line_start(text, a.start)
        if a.nested_in is None:
            a.relation = _relation(
                a, prev_end, ct, ls, prev is not None and prev.governed, prev.relation if prev is not None else None
            )
            if a.relation == "attached" and title is not None and title.start <= ct.to_source(a.start) < title.end:
                # the text's own title names the one an amended text came with:
                # "SỬA ĐỔI … QUY CHẾ … BAN HÀNH KÈM THEO THÔNG TƯ SỐ …"
                a.relation = "mention"
            gap_end = _type_start(a)
            if prev is not None and P.PINPOINT_WORD in text[prev_end:gap_end]:
                # "… được sửa đổi bởi Khoản 30 Điều 1 Luật số …": the amending act's provision
                pin = P.PINPOINT.search(text, max(prev_end, gap_end - 60), gap_end)
                if pin is not None:
                    gap_end = pin.start()
                    # (and those listed before it: "… bởi khoản 5 và khoản 6 Điều 1 Nghị định số …")
                    listed_pins = P.PINPOINTS_LISTED_BEFORE.search(text, max(prev_end, gap_end - 80), gap_end)
                    gap_end = listed_pins.start() if listed_pins else gap_end
            amending = (
                prev is not None
                and _holds_a_letter(text, prev_end, max(gap_end, a.start), P.AMENDED_BY_LETTERS)
                and (
                    P.AMENDED_BY.match(text, prev_end, gap_end, False) is not None
                    # (the adjusting act's type phrase: "… các Quyết định điều chỉnh … số: A")
                    or (gap_end < a.start and P.AMENDED_BY.match(text, prev_end, a.start, False) is not None)
                )
            )
            if amending:
                amended = _amended_before(anchors, k, prev)
                opened = text[prev_end : a.start].rstrip()
                listed = opened.endswith(":") or opened.removesuffix("số").rstrip().endswith(":")  # "… số: A; B"
            elif amended is not None and (
                _amending_list_gap(text[prev_end : _type_start(a)], listed) not in ("", "và")
                or a.title
                or a.law_name
            ):
                # the list of amending acts goes on past "," and "và" only, and
                # an act named by its own title opens the outer list's next item
                # ("… số 17/2012/QH13 đã được sửa đổi, bổ sung một số điều theo
                # Luật số 08/2017/QH14, Luật Đất đai số 45/2013/QH13, …")
                amended = None
            if amended is not None and not _issued_before(a, amended):
                a.acts_on.append((amended, "amends"))
            if (
                a.relation == "mention"
                and prev is not None
                and prev.relation != "mention"
                and amending
                # (not one amending an act a cited one's subject names: "Căn cứ
                # Thông tư A sửa đổi … Thông tư B … được sửa đổi, bổ sung bởi
                # Thông tư C": C is named in A's title, as B is)
                and (amended is None or amended.nested_in is None)
            ):
                a.relation = prev.relation  # an amending act: the amended act's relation
            if a.relation == "mention" and header is not None:
                received = _received(a, prev_end, text, ls, header.level)
                if received:
                    a.relation = received
            if (
                a.relation == "mention"
                and prev is not None
                and prev.relation in ("basis", "implements", "proposal")
                and prev.nested_in is None
                and (
                    (
                        (body := P.NEXT_BODY_AT.fullmatch(text, prev_end, _type_start(a)))
                        and P.AGENCY_HEAD_WORD.match(body["body"])
                    )
                    # "…, bao gồm:\nThông tư số A …; Thông tư số B …": the list goes on
                    or P.LIST_ITEM_MARK.fullmatch(text, prev_end, _type_start(a))
                )
            ):
                # "đề nghị của A tại Văn bản số … và B tại Văn bản số …": the list goes on
                a.relation = prev.relation
            if a.start < listing_end:
                a.relation = "mention"  # a law the amending law's title names, not cited itself
            under_basis = basis_parts is not None and a.start in basis_parts
            if (
                under_basis
                and a.relation == "mention"
                and not a.governed
                and P.LISTED_AT_LINE_START.fullmatch(text, ls, _type_start(a))
            ):
                # "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" / "| 3 | Kế hoạch số …": listed as a basis
                a.relation = "basis"
            # in a task (a numbered item, or a "Giao X …" clause) a relation word is the task's
            if a.relation == "basis" and not under_basis and me.in_body(a.start):
                # (a bullet of a list headed as the grounds is no item's task)
                under_basis = _under_basis_list_head(text, ls, _type_start(a))
            in_task = (not under_basis and me.in_body(a.start)) or (
                a.relation in ("basis", "implements") and _given_a_task(text, ls, _type_start(a))
            )
            if a.relation != "attached" and in_task and not _own_purpose(a, anchors, k, text, me):
                a.relation = "mention"
            # (a document named in a cited one's subject is that one's: "Đính
            # chính Thông tư A sửa đổi … Thông tư B và Thông tư C" acts on A only)
            a.action = _own_action(a, prev, prev_end, text, ls, me) if a.nested_in is None else None
            if a.action == "repeals" and prev is not None and prev.action is None:
                _share_backwards(anchors, k, text)
            prev_end = max(prev_end, a.extent_end, a.end)
            prev = a
            if a.lists_end is not None:
                listing_end = a.lists_end
        a.pinpoint = _pinpoint(a, text)
    _carried_out_by_its_purpose(anchors, text, header.doc_type if header is not None else None)
    # second-order edges: what a cited document's subject says it implements
    leads: dict[int, tuple[_Anchor, int]] = {}  # per subject: its last act named, and where that act's lead ends
    for a in anchors:
        if a.nested_in is not None and a.nested_in.subject_span:
            # from the subject's lead word: "hướng dẫn thi hành Nghị định …"
            lead_end = _type_start(a)
            last = leads.get(id(a.nested_in))
            if (
                last is not None
                and _form(last[0]) == _form(a)
                and text[last[0].extent_end : lead_end].strip() in (",", "và", ", và", "hoặc")
            ):
                # an act joined to the one before it shares its lead: "sửa
                # đổi … của Nghị định số A … hướng dẫn thi hành Luật X và Nghị
                # định số B …" amends B too (not "hướng dẫn thi hành" B)
                lead_end = last[1]
            leads[id(a.nested_in)] = (a, lead_end)
            lead = text[a.nested_in.subject_lead : lead_end]
            if (
                P.REL_IMPLEMENTS.search(lead)
                or P.SUBJECT_IMPLEMENTS.search(lead)
                or (a.nested_in.subject or "").lower().startswith(("thực hiện", "triển khai"))
                or (_directs(a) and P.SUBJECT_UNDER.search(lead, max(0, len(lead) - 8)))
            ):
                a.nested_in.implements.append(a)
            elif action := _action_of_subject(lead):
                a.nested_in.acts_on.append((a, action))  # "Nghị định A sửa đổi, bổ sung … Nghị định B"
    for a in anchors:
        b = a.nested_in
        if (
            b is not None
            and a.num is not None
            and a.num.number.startswith(P.STANDARD_KINDS)
            and b.relation in ("basis", "implements")
            and P.ISSUES_A_STANDARD.match(b.subject or "")
            and P.STANDARD_CODE_BRACKET.search(text, max(0, _type_start(a) - 20), _type_start(a))
        ):
            # the standard a cited circular issued, its code in brackets after
            # its name: "Căn cứ … Thông tư số A … ban hành Quy chuẩn kỹ thuật
            # quốc gia về … (Ký hiệu QCVN 01:2020/BCT)" rests on the standard too
            a.relation = b.relation
    if article:
        # a news item reports what bodies did ("…, UBND phường tổ chức lễ ra
        # quân" after "Thực hiện Kế hoạch số …"): it rests on nothing itself
        for a in anchors:
            a.relation, a.action = "mention", None
            if _year(a) is None:
                _dated_by_the_passage(a, text, end, header)
    elif header is not None and _gives_account(header, anchors, text, ct):
        # a report (minutes, a submission, a notice of a conclusion) carries
        # out no plan: "Thực hiện Kế hoạch số A … và Công văn số B …, UBND xã
        # báo cáo …" reports on A and answers B
        reported: _Anchor | None = None
        for a in anchors:
            if a.relation != "implements":
                continue
            if _a_plan(a) or (
                # (and the decision approving it: "… Kế hoạch kiểm tra số A …
                # đã được Giám đốc Sở phê duyệt tại Quyết định số B")
                reported is not None
                and P.APPROVED_AT_AFTER_CITED.fullmatch(text, max(reported.end, reported.extent_end), _type_start(a))
            ):
                a.relation = "mention"
                reported = a
    if "[" in part:
        # a .docx's footnote or endnote, "[1] …" after its paragraph (see
        # P.NOTE_LINE), is a note: what it cites the text mentions, whatever
        # its words ("[2] Căn cứ Quyết định số …" rests the text on nothing)
        for a in anchors:
            ls = _line_start(text, a.start)
            if text.startswith("[", ls) and P.NOTE_LINE.match(text, ls):
                a.relation, a.action = "mention", None
    aliases = _aliases(anchors, text, start, end)
    doc_year = int(header.date[:4]) if header is not None and header.date else None
    later = _alias_uses(aliases, text, start, end, anchors) + _bare_law_uses(
        anchors, text, start, end, doc_year
    )
    later += _short_form_uses(anchors, later, aliases, text, start, end, header)
    for a in later:  # "khoản 3 Điều 160 Luật Tư pháp người chưa thành niên"
        a.pinpoint = _pinpoint(a, text)
        # a short name in a cited document's subject: "Kế hoạch số 58-KH/TW …
        # thực hiện Nghị quyết 72" implements what "Nghị quyết 72" stands for;
        # the innermost subject holding it ("Nghị định A sửa đổi Nghị định B
        # quy định chi tiết … thi hành Luật X": B, not A, carries out X)
        holders = [b for b in anchors if b.subject_span and b.subject_span[0] <= a.start < b.subject_span[1]]
        if holders:
            b = max(holders, key=lambda h: h.start)
            lead = text[b.subject_lead : _type_start(a)]
            if P.REL_IMPLEMENTS.search(lead) or P.SUBJECT_IMPLEMENTS.search(lead):
                b.implements.append(a)
    anchors += later
    anchors.sort(key=lambda a: a.start)
    _number_laws_named_by_title(anchors, doc_year)
    _number_law_named_by_year(anchors)

    diagnostics: list[Diagnostic] = []
    merged: dict[str, Citation] = {}
    numbers: dict[str, DocNumber | None] = {}  # each citation's number as first parsed
    order: list[str] = []
    # the key each anchor was merged under (another year's law of one name, or
    # another year's number, has its own: "Luật sửa đổi … của Luật A" of 2014
    # and of 2024)
    merged_as: dict[int, str] = {}
    for a in anchors:
        if (
            a.num is not None
            and own
            and own in (unpadded(a.num.number), unpadded(a.num.number.replace(".", "", 1)))
            and not _another_of_own_number(a, header)
        ):
            continue  # the document's own number (its serial's thousands dot dropped: "2.046/KH-UBND")
        relation = a.relation
        if a.num is not None and parent_number and unpadded(a.num.number) == unpadded(parent_number):
            relation = "attached"
        key = _merge_key(a)
        year = _year(a)
        if (
            key in merged
            and year
            and merged[key].year
            and merged[key].year != year
            and a.via_alias is None
        ):
            key = f"{key}@{year}"  # same number, another year: another document
        merged_as[id(a)] = key
        span = ct.span(a.start, a.end)
        # (made unvalidated: the stage's own text, span, relation and pinpoint)
        mention = known_mention(
            a.raw
            if a.via_alias
            # (its words, not the page's furniture between its parts)
            else text[a.type_start if a.type_start is not None else a.start : a.start] + a.raw
            if a.past_furniture
            else text[a.type_start if a.type_start is not None else a.start : a.end],
            span,
            relation,  # type: ignore[arg-type]
            a.action,  # type: ignore[arg-type]
            a.pinpoint,
            a.via_alias,
        )
        c = merged.get(key)
        if c is None:
            # (made unvalidated: the stage's own readings, see known_citation)
            c = known_citation(
                a.num.number if a.num else None,
                _doc_type(a),
                a.law_name,
                year,
                a.date,
                _without_remark(a.issuer),
                _issuer_level(a),  # type: ignore[arg-type]
                a.subject,
                relation,  # type: ignore[arg-type]
                a.action,  # type: ignore[arg-type]
                document_key(a.num, year=year, name=a.law_name),
            )
            merged[key] = c
            numbers[key] = a.num
            order.append(key)
        _fold_into(c, a, relation, year)
        c.mentions.append(mention)
        if a.by_name:
            pass  # written as a name: nothing was repaired
        elif a.typo or (a.num is not None and lookalike and P.HAS_LOOKALIKE.search(a.raw)):
            c.repaired_from.append(a.raw)
            diagnostics.append(_repair_diag(ct, a, span, severity="warning"))
        elif (
            a.num is not None
            and a.raw != a.num.number
            and a.via_alias is None
            and (a.num.repaired or "LT/" not in a.raw)  # (a joint act's own "TTLT/…": see parse_slashed)
        ):
            c.repaired_from.append(a.raw)
            diagnostics.append(_repair_diag(ct, a, span, severity="info"))
        if a.date_typo:
            diagnostics.append(
                _diag_at(ct, span, "date-repaired", "warning", f"Ngày viết sai '{a.date_typo}' được hiểu là {a.date} (date repaired)")
            )
        if (
            a.num is not None
            and not a.num.known_type
            and a.num.family != "letter"
            # (a letter's own numbering, read after its type word: "Văn bản số
            # 146/2026/ĐN-ĐT" of a firm is a CV, its code the sender's, no type's)
            and not (a.type_word and doc_type_by_name().get(fold(a.type_word)) == "CV")
        ):
            diagnostics.append(
                _diag_at(
                    ct, span, "citation-unknown-type", "warning",
                    f"Mã loại văn bản không rõ trong số hiệu {a.num.number} (unknown type code)",
                )
            )
    for key, c in merged.items():
        if c.issuer is not None and c.issuer[:1].isupper():
            # a head's title before a body whose number names the body, not
            # the person: "Tờ trình số 59/TTr-LĐTBXH … của Giám đốc Sở Lao
            # động …", "Kế hoạch số 102/KH-UBND … của Chủ tịch UBND thành phố"
            # (and "Thông tư … của Bộ trưởng Bộ Y tế": the ministry issues it)
            body = P.MINISTER_OF.sub("", c.issuer) or c.issuer  # (each minister of a joint text)
            body = without_title(body) if body == c.issuer else body
            num = numbers[key]
            if body != c.issuer and P.AGENCY_HEAD_WORD.match(body) and num is not None and num.issuer_code:
                c.issuer = body
            if P.PARTY_CENTRAL_COMMITTEE.match(c.issuer):
                # "Trung ương khóa XII", "Hội nghị Trung ương 5 khóa XIII": the
                # Party's Central Committee, whatever its term or plenum
                c.issuer = "Ban Chấp hành Trung ương Đảng"
        # not written, or only a head's title left of it by a break ("của Bộ
        # trưởng" / a page's end): the body the number's code or the type names
        if c.issuer is not None and P.TITLE_LEFT_OF_ISSUER.match(c.issuer):
            num = numbers[key]
            if num is not None and issuer_named_by_code(num):
                c.issuer = None
        if c.issuer is None and named_issuers and c.number and (known := named_issuers.get(c.number)):
            # cited again with no "của …", the issuer the file names for it
            # elsewhere (the carrier's "Nghị quyết số 57-NQ/TW … của Bộ Chính
            # trị", its plan's "Triển khai Nghị quyết số 57-NQ/TW"), not its
            # code's default body ("TW": the Central Committee)
            if not (c.year and known[2] and c.year != known[2]):
                c.issuer = known[0]
                if known[1] is not None:
                    c.issuer_level = known[1]  # type: ignore[assignment]
        elif c.issuer is not None and named_issuers is not None and c.number:
            named_issuers.setdefault(c.number, (c.issuer, c.issuer_level, c.year))
        if c.issuer is None:
            num = numbers[key]
            # (a joint number's issuers are every body its codes name)
            joint = joint_issuers_named_by_code(num) if num else []
            named = ", ".join(joint) if joint else issuer_named_by_code(num) if num else None
            if named is None and c.doc_type in ("L", "HP"):
                named = "Quốc hội"
            if named is None and num is not None:
                named = department_named_by_code(num) or party_committee_named_by_code(num)
                if named and _named_before(ct, c, named):
                    # the department written before it, with its own place: "…
                    # do Sở Xây dựng thành phố Hà Nội cấp kèm theo Quyết định số
                    # 230/QĐ-SXD": not the citing text's province's
                    named = None
            if named:
                c.issuer = named
    for c in merged.values():
        if c.issuer and "tỉnh" in c.issuer and (prov := P.ISSUER_PROVINCE_AT_END.search(c.issuer)):
            # a province's name cut short or mistyped ("… UBND tỉnh Lào tại
            # các Quyết định số …"): the one province it begins, if only one
            from ..gazetteer import province_begun_by  # (only here: such an issuer is rare)

            if (full := province_begun_by(prov["name"])) is not None:
                c.issuer = c.issuer[: prov.start("name")] + full
    _issuers_in_full(merged.values(), text, end, addressees or [], header)
    if any(c.issuer is None or c.issuer[:1].islower() for c in merged.values()):
        _firms_documents(merged, merged_as, anchors, numbers, text)
    _places_named_with(merged, merged_as, anchors, text)
    for al in aliases:
        c = merged.get(merged_as.get(id(al.target), ""))  # (the key its act was merged under)
        if c is not None and al.text not in c.aliases:
            c.aliases.append(al.text)
    # second-order edges, by number
    for a in anchors:
        if a.implements or a.acts_on or a.amends_named:
            c = merged.get(merged_as.get(id(a), ""))
            if c is None:
                continue
            for b in a.implements:
                label = b.num.number if b.num else b.law_name
                if label and label not in c.implements:
                    c.implements.append(label)
            for b, action in a.acts_on:
                label = b.num.number if b.num else b.law_name
                if label and label not in c.acts_on and label != (c.number or c.name):
                    c.acts_on[label] = action
            for name in a.amends_named:
                c.acts_on.setdefault(name, "amends")
    out = _one_across_a_year_typo(
        _one_across_an_issuer_code_typo([(merged[k], numbers[k]) for k in order], ct, diagnostics), ct, diagnostics
    )
    for a in anchors:
        # (a nested anchor and the one whose subject names it point at each
        # other, through nested_in and implements / acts_on: cut the loop, so
        # that a parse leaves nothing for the cyclic collector, which
        # graph_from_inputs pauses)
        a.nested_in = None
    if header is not None and header.title and "title" in header.spans:
        _subjects_through_the_title(out, ct.source, header.spans["title"])
        if header.title[:20].lower().startswith(("thực hiện", "triển khai", "tổ chức thực hiện")):
            _carried_out_as_the_title_says(out, header.title)
        if header.title[:9].lower().startswith(("quy định", "hướng dẫn")):
            _detailed_as_the_title_says(out, header.title)
    if header is not None and header.doc_type == "NQ" and header.issuer.organ == "HĐND" and header.title:
        _carried_down_by_the_council(out, header.title, header.level)
    if header is not None and header.doc_type in _OWN_TITLE_TYPES and header.title:
        out = _without_own_title(out, f"{_OWN_TITLE_TYPES[header.doc_type]} {header.title}")
    if header is not None and header.doc_type == "VBHN" and out:
        _consolidated(out, ct.source)
    return out, diagnostics


# How far before its list of amending acts a consolidated text's note names
# the text it consolidates ("Thông tư 38/2015/TT-BLĐTBXH ngày … của Bộ trưởng
# … quy định về …, có hiệu lực kể từ …, được sửa đổi, bổ sung bởi:").
_CONSOLIDATED_NOTE_MAX = 1200


def _consolidated(out: list[Citation], source: str) -> None:
    """A consolidated text (VBHN) and the acts its note names (see
    ``P.CONSOLIDATED_BY``): the text it consolidates, the first act its note
    names (a list following or not), is ``consolidates`` (its preamble's and
    appendices' captions, "(Ban hành kèm theo Thông tư số …)", are that
    text's, not this one's); each act of the list after "được sửa đổi, bổ
    sung bởi" (":" and its items, or the one act named right after it), every
    item up to the note's end, amends it (``acts_on``), whatever its own
    subject names."""
    by = P.CONSOLIDATED_BY.search(source)
    # (a note naming no amending act ends where the consolidated text opens)
    end = P.CONSOLIDATED_NOTE_END.search(source, by.end() if by else 0)
    anchor = by.start() if by else end.start() if end else -1
    if anchor < 0:
        return
    # (the note opens with it: the first act named within its reach, from
    # the note's own line, "Thông tư số … ngày …", where it is found)
    lo = max(0, anchor - _CONSOLIDATED_NOTE_MAX)
    line = source.rfind("\n", 0, lo) + 1
    while line < anchor:
        after = source.find("\n", line, anchor) + 1 or anchor
        if P.CONSOLIDATED_NOTE.match(source[line:after]):  # (its "^": a line of its own)
            lo = line
            break
        line = after
    original = _first_named(out, lo, anchor)
    if original is None:
        return
    label = original.number or original.name
    if label is None:
        return
    original.relation = "consolidates"
    if by is None:
        return
    stop = end.start() if end else len(source)
    # the items: the first act named after "bởi" and after each ";"
    bounds = [by.end()]
    at = source.find(";", by.end(), stop)
    while at >= 0:
        bounds.append(at + 1)
        at = source.find(";", at + 1, stop)
    bounds.append(stop)
    for lo, hi in pairwise(bounds):
        item = _first_named(out, lo, hi, original)
        if item is not None:
            item.acts_on.setdefault(label, "amends")


def _first_named(out: list[Citation], lo: int, hi: int, but: Citation | None = None) -> Citation | None:
    """The citation (other than ``but``) first mentioned in ``source[lo:hi]``."""
    first: Citation | None = None
    first_at = hi
    for c in out:
        if c is but:
            continue
        for m in c.mentions:
            if lo <= m.span.start < first_at:
                first, first_at = c, m.span.start
    return first


# The fewest characters of a text's name a title and a subject must share to
# name one text ("Chương trình hành động" alone names no one programme).
_ONE_TEXT_NAMED = 40


def _carried_out_as_the_title_says(citations: list[Citation], title: str) -> None:
    """A document cited as the basis ("Căn cứ Nghị quyết số 140/NQ-CP … ban
    hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số
    66-NQ/TW") issuing the text the citing one's title says it carries out
    ("KẾ HOẠCH Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị
    quyết số 66-NQ/TW …") is carried out: ``implements``, as when the title
    names its number."""
    m = P.TITLE_CARRIES_OUT.match(title)
    if m is None:
        return
    what = fold(" ".join(P.TITLE_OWN_SCOPE.sub("", m["what"]).split()))
    for c in citations:
        if c.relation != "basis" or not c.subject:
            continue
        issued = P.SUBJECT_ISSUES.search(c.subject)
        if issued is not None and _same_subject(fold(" ".join(issued["what"].split())), what, _ONE_TEXT_NAMED):
            c.relation = "implements"


def _detailed_as_the_title_says(citations: list[Citation], title: str) -> None:
    """A normative text whose title says it details or guides an act ("Nghị
    định … Quy định chi tiết khoản 3 Điều 160 Luật Tư pháp người chưa thành
    niên …") carries that act out: ``implements``, as README reads the same
    words in a cited document's subject (the act is cited as its basis too)."""
    m = P.TITLE_DETAILS.match(title)  # (its own act, opening it: not "Sửa đổi Nghị định A quy định chi tiết …")
    if m is None:
        return
    what = fold(" ".join(m["what"].split()))
    for c in citations:
        if c.relation not in ("basis", "mention"):
            continue
        named = (c.number is not None and fold(c.number) in what) or (
            c.name is not None and c.name.split()[0] in ("Luật", "Bộ", "Pháp") and fold(c.name) in what
        )
        if named:
            c.relation = "implements"


# The fewest topic words a council resolution's subject must keep to name its
# subject ("phát triển kinh tế - xã hội": 5; "ngân sách": too few).
_COUNCIL_TOPIC_WORDS = 3


def _topic_words(subject: str) -> list[str]:
    """The folded words of a council resolution's subject past its filler
    (``P.COUNCIL_SUBJECT_FILLER``): its topic."""
    return [fold(w) for w in P.COUNCIL_SUBJECT_FILLER.sub(" ", subject).split() if fold(w)]


def _carried_down_by_the_council(citations: list[Citation], title: str, level: str | None) -> None:
    """A council's resolution cites an upper council's resolution of the same
    kind and year as its basis ("Căn cứ Nghị quyết số 45/NQ-HĐND … của Hội
    đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã hội năm 2026" in
    the commune council's "Nghị quyết … Về mục tiêu, chỉ tiêu, nhiệm vụ phát
    triển kinh tế - xã hội … năm 2026"): councils never write "Thực hiện" of
    another council's resolution, yet the lower one carries the upper one
    down to its unit: ``implements`` (it stays a basis by its mention)."""
    if level not in LEVEL_RANK:
        return
    own_year = P.COUNCIL_SUBJECT_YEAR.search(title)
    if own_year is None:
        return
    own_words = set(_topic_words(title))
    for c in citations:
        if (
            c.relation != "basis"
            or c.doc_type != "NQ"
            or not c.subject
            or c.issuer_level not in LEVEL_RANK
            or LEVEL_RANK[c.issuer_level] >= LEVEL_RANK[level]
            or LEVEL_RANK[c.issuer_level] == 0
            or not ((c.number or "").endswith("-HĐND") or (c.issuer or "").startswith("Hội đồng nhân dân"))
        ):
            continue
        year = P.COUNCIL_SUBJECT_YEAR.search(c.subject)
        words = _topic_words(c.subject)
        if (
            year is not None
            and year.group(1) == own_year.group(1)
            and len(words) >= _COUNCIL_TOPIC_WORDS
            and all(w in own_words for w in words)
        ):
            c.relation = "implements"


# A text named by its kind and title alone: a law's ("LUẬT / HÓA CHẤT", and its
# promulgation formula "Quốc hội ban hành Luật Hóa chất.").
_OWN_TITLE_TYPES = {"L": "Luật", "BL": "Bộ luật", "PL": "Pháp lệnh"}


def _without_own_title(citations: list[Citation], own: str) -> list[Citation]:
    """A law's own title names the law itself, never an earlier law of that
    title cited elsewhere in it ("Luật Hóa chất số 06/2007/QH12 … hết hiệu
    lực"): the bare uses of that title are no mentions of the older law."""
    own_name = fold(" ".join(own.split()))
    out: list[Citation] = []
    for c in citations:
        if c.name is None or fold(c.name) != own_name:
            out.append(c)
            continue
        kept = [mt for mt in c.mentions if fold(" ".join(mt.text.split())) != own_name]
        if not kept:
            continue  # only ever named so: the text itself
        if len(kept) < len(c.mentions):
            c.mentions = kept
            c.relation = max((mt.relation for mt in kept), key=RELATION_RANK.__getitem__)
            acts = [mt.action for mt in kept if mt.action is not None]
            c.action = max(acts, key=ACTION_RANK.__getitem__) if acts else None
        out.append(c)
    return out


def _same_subject(a: str, b: str, least: int = 12) -> bool:
    """Whether two folded subjects are one: the shorter whole is where the
    longer opens (one may be cut short, or run on into the next words: "về
    hội nhập quốc tế trong tình hình mới và các mục tiêu …"), not only their
    openings ("… phòng, chống thiên tai năm 2025" / "… năm 2026")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= least and long.startswith(short)


def _dmy(iso: str) -> str:
    """An ISO date as the texts write it: "2025-01-24" -> "24/01/2025"."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _one_across_a_year_typo(citations: list[Citation], ct: CleanText, diagnostics: list[Diagnostic]) -> list[Citation]:
    """One document cited twice with one number, issuer and subject, dated the
    same day and month of two years ("Nghị quyết số 59-NQ/TW ngày 24/01/2025"
    in the preamble, "… ngày 24 tháng 01 năm 2024 … về hội nhập quốc tế" in a
    task): a year written wrong, not two documents. Only for a Party number,
    which carries no year and whose serial runs on across the years (Hướng
    dẫn 36-HD/VPTW); an administrative one ("15/KH-UBND") restarts each year,
    so one issuer's annual plans of two years can share it, and its day. The
    later one folds into the first, its date told apart by a diagnostic."""
    out: list[Citation] = []
    for c in citations:
        first: Citation | None = None
        for o in out:  # (a loop, not a generator: no closure in a compiled module)
            if (
                c.number is not None
                and o.number == c.number
                and o.date is not None
                and c.date is not None
                and len(o.date) == len(c.date) == 10
                and o.date[4:] == c.date[4:]
                and o.date != c.date
                and (o.issuer or c.issuer) == (c.issuer or o.issuer)
                and o.subject is not None
                and c.subject is not None
                and _same_subject(fold(o.subject), fold(c.subject))
                and _is_party_number(c.number)
            ):
                first = o
                break
        if first is None:
            out.append(c)
            continue
        first.mentions = sorted([*first.mentions, *c.mentions], key=lambda m: m.span.start)
        if RELATION_RANK[c.relation] > RELATION_RANK[first.relation]:
            first.relation = c.relation
        if ACTION_RANK[c.action] > ACTION_RANK[first.action]:
            first.action = c.action
        for label in c.implements:
            if label not in first.implements:
                first.implements.append(label)
        for label, action in c.acts_on.items():
            first.acts_on.setdefault(label, action)
        for alias in c.aliases:
            if alias not in first.aliases:
                first.aliases.append(alias)
        for raw in c.repaired_from:
            if raw not in first.repaired_from:
                first.repaired_from.append(raw)
        span = c.mentions[0].span if c.mentions else first.mentions[0].span if first.mentions else None
        if span is not None:
            diagnostics.append(
                _diag_at(
                    ct, span, "date-mismatch", "warning",
                    f"{c.number} ghi ngày {_dmy(c.date or '')}, nơi khác ghi {_dmy(first.date or '')}"
                    " (same document, dates disagree)",
                )
            )
    return out


def _code_typo_of(typo: DocNumber, right: DocNumber) -> bool:
    """Whether ``typo`` is ``right`` with its issuer code mistyped: the same
    serial, year and type, a code the table does not know one letter off the
    known one ("36/2025/TT-BNMT" for 36/2025/TT-BNNMT; never two known codes
    one letter apart, "BNV" and "BNN": two ministries)."""
    a, b = fold(typo.issuer_code or ""), fold(right.issuer_code or "")
    return (
        typo.year is not None
        and typo.year == right.year
        and typo.type_code == right.type_code
        and unpadded(typo.serial) == unpadded(right.serial)
        and min(len(a), len(b)) >= 3
        and a not in issuer_codes()
        and b in issuer_codes()
        and _one_edit_apart(a, b)
    )


def _one_across_an_issuer_code_typo(
    cited: list[tuple[Citation, DocNumber | None]], ct: CleanText, diagnostics: list[Diagnostic]
) -> list[Citation]:
    """One document cited with its issuer code mistyped in one place
    ("Thông tư số 36/2025/TT-BNMT ngày 02/7/2025" beside "… 36/2025/TT-BNNMT
    ngày 02/7/2025"): the same serial, year, type and date, and a code one
    letter off a known one (see _code_typo_of), no issuer named apart. The
    mistyped one folds into the other, with a diagnostic."""
    out: list[Citation] = []
    folded: set[int] = set()
    codes = issuer_codes()
    for i, (c, num) in enumerate(cited):
        if num is None or not num.issuer_code:
            continue
        if fold(num.issuer_code) in codes or num.year is None:
            # a known code that contradicts the issuer written beside it
            # ("Quyết định số 613/QĐ-UBND ngày 24/6/2025 của Sở Nông nghiệp và
            # Môi trường" beside "613/QĐ-SNNMT" of the same day and issuer)
            j = _cited_with_the_issuers_code(cited, i, folded)
            if j is not None and (other := cited[j][1]) is not None:
                _fold_repaired(c, num, cited[j][0], other, ct, diagnostics)
                folded.add(i)
            continue  # (most citations: tried no further)
        for j, (o, other) in enumerate(cited):
            if (
                j == i
                or j in folded
                or other is None
                or c.date is None
                or c.date != o.date
                or len(c.date) != 10
                or (c.issuer or o.issuer) != (o.issuer or c.issuer)
                or not _code_typo_of(num, other)
            ):
                continue
            folded.add(i)
            _fold_repaired(c, num, o, other, ct, diagnostics)
            break
    for i, (c, _) in enumerate(cited):
        if i not in folded:
            out.append(c)
    return out


def _fold_repaired(
    c: Citation, num: DocNumber, o: Citation, other: DocNumber, ct: CleanText, diagnostics: list[Diagnostic]
) -> None:
    """Fold citation ``c``, its number mistyped, into ``o``, with a diagnostic."""
    o.mentions = sorted([*o.mentions, *c.mentions], key=lambda m: m.span.start)
    o.repaired_from.append(num.raw)
    if RELATION_RANK[c.relation] > RELATION_RANK[o.relation]:
        o.relation = c.relation
    if ACTION_RANK[c.action] > ACTION_RANK[o.action]:
        o.action = c.action
    if c.mentions:
        diagnostics.append(
            _diag_at(
                ct, c.mentions[0].span, "citation-repaired", "warning",
                f"Số hiệu viết lệch chuẩn '{num.number}' được hiểu là {other.number} (number repaired)",
            )
        )


def _cited_with_the_issuers_code(
    cited: list[tuple[Citation, DocNumber | None]], i: int, folded: set[int]
) -> int | None:
    """The other citation of the document ``cited[i]`` names, where its number's
    known issuer code contradicts the issuer written beside it: one of the same
    serial, type, date and issuer whose code fits that issuer (README: two
    citations of one document, one written wrong)."""
    c, num = cited[i]
    if num is None or not c.issuer or c.date is None or len(c.date) != 10 or _bears_code(c.issuer, num):
        return None
    for j, (o, other) in enumerate(cited):
        if (
            j != i
            and j not in folded
            and other is not None
            and other.issuer_code
            and other.issuer_code != num.issuer_code
            and o.date == c.date
            and other.type_code == num.type_code
            and unpadded(other.serial) == unpadded(num.serial)
            and (other.year or 0) == (num.year or 0)
            and fold(o.issuer or c.issuer) == fold(c.issuer)
            and _bears_code(c.issuer, other)
        ):
            return j
    return None


def _is_party_number(number: str) -> bool:
    """Whether a canonical number is the Party's ("59-NQ/TW")."""
    num = parse_number(number)
    return num is not None and num.family == "party"


def _firms_documents(
    merged: dict[str, Citation],
    merged_as: dict[int, str],
    anchors: list[_Anchor],
    numbers: dict[str, DocNumber | None],
    text: str,
) -> None:
    """A firm's own documents, their issuer unwritten or written by a role:
    one named by a project role ("báo cáo hoàn thành của chủ đầu tư số 01/BC-X",
    "… số 01/BC-X ngày … của nhà thầu") is the body the text names for that
    role ("- Chủ đầu tư: Công ty cổ phần …", P.ROLE_HOLDER_LINE; one only);
    one whose number's code no table knows is the firm's that another cited
    document bearing the same code is ("Phương án nổ mìn số 01/PANM-MS" beside
    "Quyết định số 20/KT-MS" of Công ty cổ phần Mông Sơn)."""
    holders: dict[str, set[str]] | None = None
    for a in anchors:
        c = merged.get(merged_as.get(id(a), ""))
        if c is None or (c.issuer is not None and not c.issuer[:1].islower()):
            continue
        role = P.PROJECT_ROLE_ISSUER.fullmatch(c.issuer) if c.issuer else None
        if role is None and c.issuer is None:
            role = P.PROJECT_ROLE_BEFORE_NUMBER.search(text, max(0, a.start - 60), a.start)
        if role is None:
            continue
        if holders is None:
            holders = {}
            for m in P.ROLE_HOLDER_LINE.finditer(text):
                holder = " ".join((m["holder"] or m["firm"] or "").split()).rstrip(".,: ")
                named = m["role"] or m["named"] or m["heading"]
                if holder[:1].isupper() and named:
                    holders.setdefault(_project_role(named), set()).add(holder)
        held = holders.get(_project_role(role["role"]), set())
        if len(held) == 1:
            c.issuer = next(iter(held))
    # (a firm's code, its symbol's last part after its kind's: "KT-MS", "PANM-MS";
    # one no table knows as an issuer's, borne by a document the text gives a firm)
    firms: dict[str, str] = {}
    for key, c in merged.items():
        code = _firm_code(numbers.get(key))
        if c.issuer and code:
            kind = classify_agency(c.issuer)
            if kind is not None and kind.sector == "enterprises":
                firms.setdefault(code, c.issuer)
    if firms:
        for key, c in merged.items():
            code = _firm_code(numbers.get(key))
            if c.issuer is None and code in firms:
                c.issuer = firms[code]


def _firm_code(num: DocNumber | None) -> str:
    """The last part of a letter-like symbol after a "-" ("MS" of "KT-MS"),
    where no table knows it as an issuer's code nor the number's issuer;
    else ""."""
    if num is None or num.type_code or not num.issuer_code or "-" not in num.issuer_code:
        return ""
    code = num.issuer_code.rsplit("-", 1)[1]
    folded = fold(code)
    if len(code) < 2 or folded in issuer_codes() or issuer_named_by_code(num):
        return ""
    return code


def _project_role(role: str) -> str:
    """A project role's key (folded, its words after the role word dropped):
    the investor's names one key ("chủ đầu tư", "nhà đầu tư", "chủ dự án")."""
    key = fold(" ".join(role.split()[:3]))
    if key.startswith(("chudautu", "nhadautu", "chuduan")):
        return "chudautu"
    # (a contractor by its kind, whatever it is named for: "Nhà thầu thi công")
    return "nhathau" if key.startswith("nhathau") else key


def _issuers_in_full(
    citations: Iterable[Citation], text: str, end: int, addressees: list[str], header: Header | None
) -> None:
    """An issuer written by a short form of a body's name, in full: the form
    the text defined for it ("Công ty cổ phần Mông Sơn (sau đây gọi tắt là Công
    ty)"), or a kind alone ("Công ty") in a letter to one body of that kind
    that is not the writer's own kind."""
    short = [c for c in citations if c.issuer and len(c.issuer) <= SHORT_ISSUER_MAX]
    if not short:
        return
    full: dict[str, str] = {}
    if "(" in text and ("gọi" in text or "tắt" in text):  # (ALIAS holds one of them)
        for m in P.ALIAS.finditer(text, 0, end):
            alias = " ".join(m["alias"].split()).rstrip(".,;")
            if alias in full or not P.AGENCY_HEAD_WORD.match(alias):
                continue
            # (the name is the nearest one before the bracket opening with it)
            before = text[max(0, m.start() - 160) : m.start()]
            k = before.rfind(alias.split()[0])
            named = " ".join(before[k:].split()) if k >= 0 else ""
            if named.startswith(alias + " ") and not P.NOT_IN_A_NAME.search(before, k):
                full[alias] = named
    own = fold(header.issuer.name or "") if header is not None and header.issuer else ""
    for c in short:
        issuer = c.issuer or ""
        if issuer in full:
            c.issuer = full[issuer]
        elif (
            len(addressees) == 1
            and addressees[0].startswith(issuer + " ")
            and (kind := P.AGENCY_HEAD_WORD.match(issuer)) is not None
            and kind.end() == len(issuer)
            and not own.startswith(fold(issuer))
        ):
            c.issuer = addressees[0]


# how far back in its clause the units an act is about may be named
PLACE_REACH = 300
# (the unit levels a hint may name, with the gazetteer's field for each)
_HINT_LEVELS = ("province", "city", "district", "ward")


def _places_named_with(
    merged: dict[str, Citation], merged_as: dict[int, str], anchors: list[_Anchor], text: str
) -> None:
    """The units an act of a province's body named without its place is
    about, named in its clause or its subject ("Quy hoạch sử dụng đất … huyện
    Trấn Yên (cũ) được phê duyệt kèm theo Quyết định số … ngày 28/11/2023 của
    UBND tỉnh"), left as a hint for the resolve stage: of before the 2025
    merger of provinces, it is the former province's where that unit lay
    (see ``resolve.resolve_citations``). Only an act dated before the merger."""
    from ..segment import units_in

    for a in anchors:
        c = merged.get(merged_as.get(id(a), ""))  # (another year's number: its own key)
        ts = a.type_start
        if c is None or c.issuer_locality is not None or not c.issuer or ts is None:
            continue
        when = c.date or (str(c.year) if c.year else "")
        if not when or when >= REFORM_DATE or not P.OWN_PROVINCE_BODY.search(c.issuer) or units_in(c.issuer):
            continue
        # its clause: after the last ";", sentence's end or colon, or a line
        # opening with a capital or a digit (a new paragraph, not a wrap)
        lo = max(0, ts - PLACE_REACH)
        for sep in (";", ". ", ":"):
            k = text.rfind(sep, lo, ts)
            if k >= 0:
                lo = k + len(sep)
        k = ts
        while (k := text.rfind("\n", lo, k)) >= 0:
            if text[k + 1 : k + 2].isupper() or text[k + 1 : k + 2].isdigit():
                lo = k + 1
                break
        units = [
            f"{lvl}:{name}"
            for lvl, name in units_in(f"{text[lo:ts]} {a.subject or ''}")
            if lvl in _HINT_LEVELS
        ]
        if units:
            c.issuer_locality = Locality(candidates=list(dict.fromkeys(units)), evidence=[PLACE_HINT])


def _subjects_through_the_title(citations: list[Citation], source: str, span: Span) -> None:
    """A document cited in the text's title has its subject go on across the
    title's line break it stopped at ("… KH số 05/KH-UBND của UBND tỉnh về
    thực hiện" / "Chương trình bảo vệ trẻ em giai đoạn 2026 - 2030 …": a
    title's lines are read one by one), up to the next document the title
    names or the citing text's own scope ("trên địa bàn phường")."""
    title = source[span.start : span.end]
    for c in citations:
        if not c.subject or not any(span.start <= m.span.start < span.end for m in c.mentions):
            continue
        at = title.find(c.subject)
        end = at + len(c.subject)
        if at < 0 or title[end:].lstrip(" \t")[:1] not in ("\n", "\r"):
            continue  # (not stopped at a line break)
        rest = " ".join(title[end:].split())
        stop = P.TITLE_SUBJECT_STOP.search(rest)
        more = rest[: stop.start()] if stop else rest
        if more.strip(" .;,"):
            c.subject = f"{c.subject} {more.strip(' .;,')}"


def _fold_into(c: Citation, a: _Anchor, relation: str, year: int | None) -> None:
    if RELATION_RANK[relation] > RELATION_RANK[c.relation]:
        c.relation = relation  # type: ignore[assignment]
    if ACTION_RANK[a.action] > ACTION_RANK[c.action]:
        c.action = a.action  # type: ignore[assignment]
    # (each field set only where that changes it: a model's __setattr__ is slow,
    # and most mentions after the first add nothing)
    if not c.date and a.date is not c.date:
        c.date = a.date
    if not c.year and year is not c.year:
        c.year = year
    if not c.name and (name := a.law_name or a.title) is not c.name:
        c.name = name
    if not c.issuer and a.issuer is not c.issuer:
        c.issuer = _without_remark(a.issuer)
    if a.subject and (not c.subject or (c.subject.isupper() and not a.subject.isupper())):
        c.subject = (
            a.subject
        )  # prefer the subject as written in running text over a title in capitals
    if not c.doc_type and (doc_type := _doc_type(a)) is not c.doc_type:
        c.doc_type = doc_type
    if not c.issuer_level and (level := _issuer_level(a)) is not c.issuer_level:
        c.issuer_level = level  # type: ignore[assignment]
    if c.doc_type and not c.doc_type_name and c.doc_type in doc_types():
        c.doc_type_name = doc_types()[c.doc_type].name


# (how far before a citation its issuer's name may be written)
_NAMED_BEFORE_REACH = 160


def _named_before(ct: CleanText, c: Citation, name: str) -> bool:
    """Whether ``name`` is written shortly before the citation's first
    mention with a place of its own after it ("Sở Xây dựng thành phố Hà
    Nội")."""
    start = c.mentions[0].span.start if c.mentions else 0
    before = ct.source[max(0, start - _NAMED_BEFORE_REACH) : start]
    at = before.lower().rfind(name.lower())
    return at >= 0 and P.PLACE_AFTER_NAME.match(before, at + len(name)) is not None


def _without_remark(issuer: str | None) -> str | None:
    """An issuer's name without a remark in brackets after it ("Ban Thường vụ
    Tỉnh ủy Đồng Nai (trước hợp nhất)"), nor its proposer's role in a
    committee ("… huyện - Phó Trưởng ban Ban Chỉ đạo")."""
    if issuer and (" - " in issuer or " – " in issuer):
        issuer = P.COMMITTEE_ROLE_TAIL.sub("", issuer)
    return P.REMARK_AFTER_NAME.sub("", issuer) if issuer and issuer.endswith(")") else issuer


def _another_of_own_number(a: _Anchor, header: Header | None) -> bool:
    """Whether a mention of the document's own number names another document
    that bears it: one issued at another level ("Kế hoạch 813/KH-UBND, ngày
    8/2/2024 của UBND huyện" in a commune's plan 813/KH-UBND of 3/3/2024: the
    district's plan it carries out, not itself), or in another year (a body
    numbers its documents anew each year; another day of its own year is a
    slip of its own date, "kèm theo Quyết định số 196/QĐ-UBND ngày 22/4/2021"
    in the decision of 28/4/2021)."""
    if header is None:
        return False
    if a.date and header.date and a.date[:4] != header.date[:4]:
        return True
    if a.issuer and header.level:
        level = _named_issuer_level(a)
        return level is not None and level != header.level
    return False


def _issuer_level(a: _Anchor) -> str | None:
    if a.issuer and ("ương" in a.issuer or "TW" in a.issuer or "Tổng" in a.issuer) and P.CENTRAL_MASS_ORGANISATION.search(a.issuer):
        return "national"  # the Front's or a mass organisation's centre, not the Party's
    level = _named_issuer_level(a)
    if level == "national" and a.num is not None and a.num.family == "party":
        # a number of the Party's form ("01-KH/BCĐTW": a hyphen before the
        # type) is a Party document: a central body issuing it ("Ban Chỉ đạo
        # Trung ương …") is the Party's centre, not the State's
        return "party"
    return level


def _named_issuer_level(a: _Anchor) -> str | None:
    if a.law_name:
        return "national"
    if a.issuer:
        if a.issuer.startswith(("Đảng ủy", "Đảng uỷ")) and P.CENTRAL_PARTY_COMMITTEE.match(a.issuer):
            return "party"  # "Đảng ủy Chính phủ": the Party's, at the centre
        lvl, organ = _level_and_organ(a.issuer)
        if lvl:
            return lvl
        if organ in _MINISTRY_UNITS:
            return "national"  # "của Cục Hóa chất": a ministry's department, no place named
        # a body named with its unit's word, as a task's body is: "Trạm Y tế
        # phường", "Công an xã" (no issuer's header form)
        by_unit = agency_level(a.issuer)
        if by_unit:
            return by_unit
    return issuer_level(a.num) if a.num else None


@lru_cache(maxsize=4096)
def _level_and_organ(issuer: str) -> tuple[str | None, str | None]:
    """The level and organ of a cited document's issuer (``segment.level_of_issuer``,
    a pure function of the name: the same bodies are cited again and again)."""
    from ..segment import level_of_issuer

    lvl, organ, _ = level_of_issuer(issuer, None)
    return lvl, organ


# The documents that carry an instruction to act, and no more (Công điện,
# Chỉ thị, a công văn, a Thông báo or Kết luận of a leader's directions): a
# paragraph opening "Theo" one of them carries it out.
_INSTRUCTIONS = frozenset(["CĐ", "CT", "CV", "TB", "KL"])


# A ministry's own departments, named without a place of their own (one
# named with it, "Cục Thuế tỉnh …", takes that place's level).
_MINISTRY_UNITS = frozenset(["Cục", "Tổng cục", "Vụ"])


def _repair_diag(ct: CleanText, a: _Anchor, span: Span, *, severity: str) -> Diagnostic:
    canonical = a.num.number if a.num else a.raw
    return _diag_at(
        ct, span, "citation-repaired", severity, f"Số hiệu viết lệch chuẩn '{a.raw}' được hiểu là {canonical} (number repaired)"
    )


def _diag_at(ct: CleanText, span: Span, code: str, severity: str, message: str) -> Diagnostic:
    """A diagnostic at a citation's span."""
    return Diagnostic(
        code=code,
        severity=severity,  # type: ignore[arg-type]
        message=message,
        line=span.line,
        column=ct.column_of_source(span.start),
        span=span,
    )
