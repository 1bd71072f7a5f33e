"""The document model: what khtool extracts from one administrative document.

Field names here are a contract for scripts that read khtool's JSON: add fields
freely, never rename. This module imports no other khtool module.

Positions: every ``Span`` points into the *source text*, i.e. the file's text
after decoding and Unicode NFC normalisation (``Document.source`` says how it
was read). ``line``/``end_line`` are 1-based physical lines of that text,
``start``/``end`` are character offsets into it, so ``source_text[start:end]``
is what the item was read from (clean-up may have joined wrapped lines inside).
"""

# (no ``from __future__ import annotations``: pydantic would evaluate every
# field's annotation from its string when it builds the models, compiling
# each, ~17 M instructions of a cold ``khtool parse one.txt``; only the
# references to a class not yet defined are written as strings)
import hashlib
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

# "2": citations and their mentions carry an ``action`` (amends, replaces, repeals).
SCHEMA_VERSION = "2"

# The layout of the diff, check and graph JSON reports ("report_version" in
# each, beside "report": "diff" / "check" / "graph"), raised when a key is
# renamed or removed or a value changes meaning; added keys keep it.
REPORT_VERSION = "1"
# A citation's ``issuer_locality`` as the extract stage leaves it for the
# resolve stage to decide: the units named with an act of a province's body
# named without its place (its ``candidates``, "district:Trấn Yên"), never
# in the output (resolve.resolve_citations replaces it).
PLACE_HINT = "units named with it"
# Since this day communes and wards stand directly under 34 provinces, most
# under new names (Nghị quyết 202/2025/QH15, 1 July 2025): here, not in
# resolve, for the extract stage reads it too.
REFORM_DATE = "2025-07-01"

Level = Literal["party", "national", "province", "district", "ward"]
"""Administrative level of an issuer. Party committees below the centre (Tỉnh
ủy, Thành ủy, Huyện ủy, Đảng ủy) take the level of their locality; ``party``
is the Party centre (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương)."""

Branch = Literal["party", "state", "front", "other"]
Severity = Literal["error", "warning", "info"]
# ("consolidates": a consolidated text's (VBHN) relation to the text it consolidates)
Relation = Literal["basis", "implements", "proposal", "attached", "mention", "consolidates"]
# What the citing document does to the cited one by its own provisions.
Action = Literal["amends", "replaces", "repeals"]
# ("recommended": a report's or a submission's proposal to other bodies, in its
# Kiến nghị / Đề xuất part: no task the issuer gives)
Role = Literal["lead", "support", "requested", "responsible", "recommended"]
SectionKind = Literal[
    "part",  # Phần / Chương (chapter-like)
    "roman",  # I. II. III.
    "arabic",  # 1. 2. 3.  (also 1.1., 2.3.1.)
    "letter",  # a) b) c)
    "dash",  # - item
    "plus",  # + item
    "article",  # Điều 1.
    "indicator",  # Chỉ tiêu 3:
    "goal",  # Mục tiêu 1:
    "appendix",  # PHỤ LỤC I (after the signature; its parts nest under it)
]


# The fields' default factories, as Python functions rather than the builtin
# ``list`` and ``dict``: pydantic reads each factory's signature when it builds
# a model, and a builtin's signature is parsed from its text by ``inspect``
# (``tokenize``, whose large pattern ``re`` compiles on first use): ~13 M
# instructions of a cold ``khtool parse one.txt``, 1% of it. Same values.
def _list() -> list:
    return []


def _dict() -> dict:
    return {}


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    file: str | None = None
    line: int
    end_line: int
    start: int
    end: int


def known_span(file: str | None, line: int, end_line: int, start: int, end: int) -> Span:
    """A ``Span`` of values the caller computed (a file's name, offsets and
    lines counted in its text), made as ``Span.model_construct`` makes one:
    every field set, no validation. (A parse makes a hundred spans a
    document; validating each costs ~6,000 instructions more, and
    ``model_construct``'s own Python costs more still.)"""
    return _constructed(Span, {"file": file, "line": line, "end_line": end_line, "start": start, "end": end})


_M = TypeVar("_M", bound=BaseModel)

# BaseModel's four slots set through their own descriptors: a descriptor's
# ``__set__`` costs about 950 instructions a call, ``object.__setattr__``
# about 1,450 (it looks the name up in the type first); a spans' fields' set
# copied from one kept per model about 1,150, ``set(values)`` about 2,050
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_new = object.__new__
# each model's field names (every ``known_*`` sets them all)
_FIELD_NAMES: dict[type[BaseModel], set[str]] = {}


def _constructed(model: type[_M], values: dict[str, object]) -> _M:
    """A ``model`` of ``values`` (every field), made as ``model_construct``
    makes one, without its Python: no validation, every field set. (About
    8,400 instructions a model, against 11,700 with ``object.__setattr__``
    and ``set(values)``: a parse makes ~190 a document.)

    The caller's contract: ``values``' keys are the model's field names,
    every one, in the fields' order (the JSON's), and nothing else; only the
    ``known_*`` constructors of this module call it, each with a literal
    dict. Its fields set is then the model's kept set, copied: checking the
    keys here (``values.keys() == names``, ~180 ns) would cost more than
    building the set from them (~110 ns) and undo the saving, so the
    contract is checked once per constructor by tests/test_known_models.py
    (same ``__dict__`` as validation makes, every field in the fields set)."""
    obj: _M = _new(model)
    _set_dict(obj, values)
    names = _FIELD_NAMES.get(model)
    if names is None:
        names = _FIELD_NAMES[model] = set(model.model_fields)
    # (``values`` holds field names only: as many as the model has, it holds them all)
    _set_fields_set(obj, names.copy() if len(values) == len(names) else set(values))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


class Diagnostic(Model):
    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    span: Span | None = None


class Source(Model):
    path: str | None = None
    format: str = "txt"  # txt, docx, pdf, html, stdin
    encoding: str | None = None  # as detected: utf-8, utf-8-sig, utf-16, cp1258, tcvn3, vni, ...
    sha256: str | None = None
    size: int | None = None
    converted_from: str | None = None  # legacy font encoding that was converted, if any
    # the file's line endings where not "\n" alone (crlf, cr, mixed): the
    # source text every span indexes writes each "\n"
    newline: str | None = None


class Locality(Model):
    """Where an issuer sits, in the pre-2025 units and the unit it belongs to now."""

    province: str | None = None
    district: str | None = None
    ward: str | None = None
    new_province: str | None = None  # after the 1 July 2025 reorganisation
    new_ward: str | None = None
    ambiguous: bool = False
    candidates: list[str] = Field(default_factory=_list)
    evidence: list[str] = Field(default_factory=_list)  # which clues decided it


class Issuer(Model):
    name: str | None = None  # as written, e.g. "TỈNH BÌNH DƯƠNG" / "SỞ CÔNG THƯƠNG"
    parent: str | None = (
        None  # parent body as written, e.g. "ỦY BAN NHÂN DÂN" / "UBND TỈNH LÀO CAI"
    )
    full_name: str | None = None  # normalised, e.g. "Ủy ban nhân dân tỉnh Bình Dương"
    organ: str | None = None  # kind of body: UBND, HĐND, Sở, Tỉnh ủy, Bộ, Chính phủ, ...
    branch: Branch | None = None
    level: Level | None = None
    locality: Locality | None = None
    inferred: bool = False  # True when read from the body text, not from a header
    span: Span | None = None


class Signer(Model):
    name: str | None = None
    authority: str | None = (
        None  # the signing form nearest the name: "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG"
    )
    position: str | None = None  # PHÓ CHỦ TỊCH
    on_behalf: str | None = None  # the collective body signed for: "TM. ỦY BAN NHÂN DÂN"
    span: Span | None = None


class Effect(Model):
    """When a text (or a part of it) takes effect or ceases, as its own
    closing clause says: "Thông tư này có hiệu lực thi hành kể từ ngày …"."""

    date: str | None = None  # ISO "2026-07-01"; null when it cannot be computed (see ``text``)
    from_signing: bool = False  # "có hiệu lực kể từ ngày ký (ban hành)": the text's own date
    # an expiry: "hết hiệu lực kể từ ngày X" (X the first day out of force),
    # or "có hiệu lực … đến hết ngày X" (``last_day``: X the last day in force)
    ceases: bool = False
    last_day: bool = False
    part: str | None = None  # the part it is for, as written ("Khoản 3 Điều 5"); null: the whole text
    text: str  # the clause as written
    span: Span


class Header(Model):
    doc_type: str | None = None  # type code: KH, QĐ, CT, ...
    doc_type_name: str | None = None  # "Kế hoạch"
    number: str | None = None  # canonical "7451/KH-UBND"; null when blank
    symbol: str | None = None  # "KH-UBND", also for a blank number
    date: str | None = None  # ISO "2024-12-27", partial "2024-05", or null
    place: str | None = None
    level: Level | None = None
    issuer: Issuer = Field(default_factory=Issuer)
    title: str | None = None  # trích yếu
    signer: Signer | None = None
    # a joint text's (văn bản liên tịch, chương trình phối hợp) other issuers,
    # in the header's order, and the other signatures: ``issuer`` is the one
    # named first, ``signer`` the one who signs for it
    co_issuers: list[Issuer] = Field(default_factory=_list)
    co_signers: list[Signer] = Field(default_factory=_list)
    motto: bool = False  # national motto present
    # the text's urgency stamped in its header (độ khẩn): "Hỏa tốc", "Thượng
    # khẩn", "Khẩn", "Hỏa tốc hẹn giờ"; null when none
    urgency: str | None = None
    # the date the text takes effect and the one it ceases, from its own
    # closing clause ("<its type> này có hiệu lực …", "… hết hiệu lực …");
    # null when it states none; ``effect_parts``: its parts' own dates
    # ("Khoản 3 Điều 5 có hiệu lực từ …"), never the text's
    effect: Effect | None = None
    expiry: Effect | None = None
    effect_parts: list[Effect] = Field(default_factory=_list)
    spans: dict[str, Span] = Field(default_factory=_dict)  # field name -> where it was read


class Section(Model):
    label: str | None = None  # "I", "1", "a", "-", "Điều 1", "Chỉ tiêu 3"
    kind: SectionKind
    number: int | None = None  # numeric value of the label, for order checks
    heading: str | None = None
    text: str = ""  # the section's own text (not its children's)
    children: list["Section"] = Field(default_factory=_list)
    span: Span




def known_section(
    label: str | None,
    kind: SectionKind,
    number: int | None,
    heading: str | None,
    text: str,
    children: list[Section],
    span: Span,
) -> Section:
    """A ``Section`` of values the segmenter made (its own kinds, labels and
    spans, its sections for children), made as ``known_span`` makes a span:
    every field set, no validation (~58 sections a document, each a nested
    validation of its children's list)."""
    values: dict[str, object] = {
        "label": label,
        "kind": kind,
        "number": number,
        "heading": heading,
        "text": text,
        "children": children,
        "span": span,
    }
    return _constructed(Section, values)


class Recipient(Model):
    text: str
    span: Span


class Pinpoint(Model):
    article: str | None = None  # Điều
    clause: str | None = None  # khoản
    point: str | None = None  # điểm


class Mention(Model):
    text: str
    span: Span
    relation: Relation = "mention"
    action: Action | None = None  # what this document does to it here: "Bãi bỏ …"
    pinpoint: Pinpoint | None = None
    via_alias: str | None = None  # the short form used, when resolved through an alias


def known_mention(
    text: str,
    span: Span,
    relation: Relation,
    action: Action | None,
    pinpoint: Pinpoint | None,
    via_alias: str | None,
) -> Mention:
    """A ``Mention`` of values the citations stage read, unvalidated (see
    ``known_task``; ~12 a document)."""
    values: dict[str, object] = {
        "text": text,
        "span": span,
        "relation": relation,
        "action": action,
        "pinpoint": pinpoint,
        "via_alias": via_alias,
    }
    return _constructed(Mention, values)


class Citation(Model):
    number: str | None = None  # canonical number; null for laws cited by name
    doc_type: str | None = None
    doc_type_name: str | None = None
    name: str | None = None  # "Luật Trẻ em" for a law cited by name
    year: int | None = None
    date: str | None = None
    issuer: str | None = None  # as written (in the file), else the body a national or Party code names
    issuer_level: Level | None = None
    issuer_locality: Locality | None = None
    subject: str | None = None
    relation: Relation = "mention"  # strongest across mentions
    action: Action | None = None  # strongest across mentions: replaces > repeals > amends
    implements: list[str] = Field(default_factory=_list)  # numbers named in its subject clause
    # what it does to other cited acts, as the citing text says: "Luật X, được
    # sửa đổi, bổ sung bởi Luật Y" (Y: {X: amends}), "Nghị định Y sửa đổi, bổ
    # sung … Nghị định X", "Nghị định Y bãi bỏ Nghị định X" (repeals)
    acts_on: dict[str, Action] = Field(default_factory=_dict)
    aliases: list[str] = Field(default_factory=_list)
    key: str  # identity key
    mentions: list[Mention] = Field(default_factory=_list)
    repaired_from: list[str] = Field(default_factory=_list)  # raw forms that needed repair


def known_citation(
    number: str | None,
    doc_type: str | None,
    name: str | None,
    year: int | None,
    date: str | None,
    issuer: str | None,
    issuer_level: Level | None,
    subject: str | None,
    relation: Relation,
    action: Action | None,
    key: str,
) -> Citation:
    """A ``Citation`` of values the citations stage read, with no mentions
    yet, unvalidated (see ``known_task``; ~10 a document, each a nested
    validation of its lists)."""
    values: dict[str, object] = {
        "number": number,
        "doc_type": doc_type,
        "doc_type_name": None,
        "name": name,
        "year": year,
        "date": date,
        "issuer": issuer,
        "issuer_level": issuer_level,
        "issuer_locality": None,
        "subject": subject,
        "relation": relation,
        "action": action,
        "implements": [],
        "acts_on": {},
        "aliases": [],
        "key": key,
        "mentions": [],
        "repaired_from": [],
    }
    return _constructed(Citation, values)


def _absent(value: object) -> bool:
    return value is None


class Amended(Model):
    """The plan an amending text's quoted wording changes, for what is read
    from that wording: its citation's ``key`` (the one amended closest
    before the wording, else the text's), and the ``part`` changed as the
    clause names it ("khoản 1 Mục II", "khoản 8 vào Mục V")."""

    key: str | None = None
    part: str | None = None


# (on what an amending text's quoted wording gives the plan it amends; the key
# is left out of the JSON elsewhere, as it was before it came: see README)
def _amends() -> Any:
    return Field(default=None, exclude_if=_absent)


class Task(Model):
    text: str
    # bodies the task is done with ("phối hợp với Công an tỉnh, Sở Xây dựng")
    partners: list[str] = Field(default_factory=_list)
    span: Span


# (on a deadline's window, the first day of "từ … đến …": left out of the
# JSON elsewhere, as ``allotted_to`` is: see README)
def _starts() -> Any:
    return Field(default=None, exclude_if=_absent)


class Deadline(Model):
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    recurrence: str | None = None  # annual, semiannual, quarterly, monthly, weekly, daily, once, periodic, ad hoc, ongoing
    due: str | None = None  # what is due, e.g. "báo cáo 6 tháng"
    to: str | None = None  # to whom
    agency: str | None = None  # who must meet it, when known
    span: Span
    amends: Amended | None = _amends()
    # the first day of its window, ISO "YYYY-MM-DD" ("từ ngày 01/3/2026 đến
    # ngày 31/3/2026": "2026-03-01"), when it has one (a real day, its year known)
    starts: str | None = _starts()
    # the hour it is due at (or starts at), "HH:MM" on 24 hours ("trước 17
    # giờ ngày 15/9/2026": "17:00"; "4 giờ chiều": "16:00"), when one is said
    time: str | None = _starts()


class Assignment(Model):
    agency: str  # as written
    canonical: str | None = None
    sector: str | None = None
    level: Level | None = None
    role: Role = "responsible"
    tasks: list[Task] = Field(default_factory=_list)
    indicators: list[str] = Field(default_factory=_list)
    deadlines: list[Deadline] = Field(default_factory=_list)
    span: Span
    amends: Amended | None = _amends()


def known_task(text: str, span: Span) -> Task:
    """A ``Task`` of a text and span the stages made (no partners yet), made
    as ``known_span`` makes a span: no validation (a parse makes ~25 tasks a
    document; validating each costs ~8,000 instructions more)."""
    return _constructed(Task, {"text": text, "partners": [], "span": span})


def known_assignment(
    agency: str,
    canonical: str | None,
    sector: str | None,
    level: Level | None,
    role: Role,
    tasks: list[Task],
    indicators: list[str],
    deadlines: list[Deadline],
    span: Span,
) -> Assignment:
    """An ``Assignment`` of values the stages made, unvalidated (see
    ``known_task``); its lists are its own copies, as validation makes them."""
    values: dict[str, object] = {
        "agency": agency,
        "canonical": canonical,
        "sector": sector,
        "level": level,
        "role": role,
        "tasks": list(tasks),
        "indicators": list(indicators),
        "deadlines": list(deadlines),
        "span": span,
        "amends": None,
    }
    return _constructed(Assignment, values)


class Allotted(Model):
    """The unit an annex allocating a target among units ("PHÂN BỔ CHỈ TIÊU
    … CHO CÁC XÃ, PHƯỜNG") gives a target to: its ``name`` as printed in the
    row ("Xã Thạch Hà"), its ``kind`` and ``canonical`` name as the gazetteer
    reads it ("commune", "Thạch Hà"; null when it reads none)."""

    name: str
    kind: str | None = None
    canonical: str | None = None


# (on a target allotted to a unit; left out of the JSON elsewhere, as
# ``amends`` is: see README)
def _allotted() -> Any:
    return Field(default=None, exclude_if=_absent)


class Target(Model):
    year: int | None = None
    value: float | None = None
    unit: str | None = None
    direction: str | None = None  # below, reduce_to, reach, maintain, complete (no value), top (a rank: among the first value), ...
    low: float | None = None  # a range's low end ("10 - 12%"); value is its high end
    # the bound a movement is stated with: "giảm ít nhất 50%" is reduce, at_least
    bound: Literal["at_least", "at_most"] | None = None
    text: str
    allotted_to: Allotted | None = _allotted()
    # the day a target of a period within its year is due ("Quý I" of a goals
    # table by quarter: "2026-03-31"); absent from every other target
    by: str | None = _allotted()


def known_target(
    year: int | None,
    value: float | None,
    unit: str | None,
    direction: str | None,
    bound: Literal["at_least", "at_most"] | None,
    text: str,
    low: float | None,
) -> Target:
    """A ``Target`` of values the stages read (an int year, float values),
    unvalidated (see ``known_task``; ~12 a document)."""
    values: dict[str, object] = {
        "year": year,
        "value": value,
        "unit": unit,
        "direction": direction,
        "low": low,
        "bound": bound,
        "text": text,
        "allotted_to": None,
        "by": None,
    }
    return _constructed(Target, values)


class Indicator(Model):
    id: str | None = None  # "3" for "Chỉ tiêu 3"; null for unnumbered targets
    text: str
    group: str | None = None  # goal group heading
    targets: list[Target] = Field(default_factory=_list)
    span: Span
    amends: Amended | None = _amends()


class Funding(Model):
    text: str
    span: Span


class Document(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    kind: Literal["document", "article", "unknown"] = "document"
    header: Header = Field(default_factory=Header)
    sections: list[Section] = Field(default_factory=_list)
    recipients: list[Recipient] = Field(default_factory=_list)
    # a letter's "Kính gửi:" (whom it is addressed to), as recipients are its "Nơi nhận:"
    addressees: list[Recipient] = Field(default_factory=_list)
    attachments: list["Document"] = Field(default_factory=_list)
    diagnostics: list[Diagnostic] = Field(default_factory=_list)
    citations: list[Citation] = Field(default_factory=_list)
    assignments: list[Assignment] = Field(default_factory=_list)
    indicators: list[Indicator] = Field(default_factory=_list)
    deadlines: list[Deadline] = Field(default_factory=_list)
    funding: list[Funding] = Field(default_factory=_list)


# ---------------------------------------------------------------------------
# Graph summaries: the part of a Document the citation graph reads. Loading
# 100,000 parsed documents back from JSONL into full Documents (sections,
# spans, assignments) costs minutes and gigabytes; these read the same JSON,
# ignore the rest, and take a fraction of both.
# ---------------------------------------------------------------------------


class _Summary(BaseModel):
    # built on first use: only the graph needs them, and building them at
    # import would cost every `khtool parse` start-up
    model_config = ConfigDict(extra="ignore", defer_build=True)


class IssuerSummary(_Summary):
    name: str | None = None
    full_name: str | None = None
    branch: Branch | None = None  # (a Party committee's resolution may be its plan)
    locality: Locality | None = None


class EffectSummary(_Summary):
    date: str | None = None


class HeaderSummary(_Summary):
    number: str | None = None
    doc_type: str | None = None
    date: str | None = None
    effect: EffectSummary | None = None
    expiry: EffectSummary | None = None
    title: str | None = None
    level: Level | None = None
    issuer: IssuerSummary = Field(default_factory=IssuerSummary)
    co_issuers: list[IssuerSummary] = Field(default_factory=_list)  # (a joint text's: its graph node carries them)


class SourceSummary(_Summary):
    path: str | None = None
    sha256: str | None = None


class CitationSummary(_Summary):
    number: str | None = None
    doc_type: str | None = None
    name: str | None = None
    date: str | None = None
    issuer: str | None = None
    issuer_level: Level | None = None
    issuer_locality: Locality | None = None
    subject: str | None = None
    relation: Relation = "mention"
    action: Action | None = None
    implements: list[str] = Field(default_factory=_list)
    acts_on: dict[str, Action] = Field(default_factory=_dict)
    key: str


class TextSummary(_Summary):
    text: str = ""


class AssignmentSummary(_Summary):
    tasks: list[TextSummary] = Field(default_factory=_list)


class DocumentSummary(_Summary):
    # (checked by the reader: output of another schema is an error)
    schema_version: str | None = None
    source: SourceSummary = Field(default_factory=SourceSummary)
    kind: str = "document"  # (a press article tells of plans, carries none out)
    header: HeaderSummary = Field(default_factory=HeaderSummary)
    attachments: list["DocumentSummary"] = Field(default_factory=_list)
    citations: list[CitationSummary] = Field(default_factory=_list)
    # what it says, read only for ``content`` and then dropped: a graph of
    # 100,000 documents keeps no task texts
    assignments: list[AssignmentSummary] = Field(default_factory=_list)
    indicators: list[TextSummary] = Field(default_factory=_list)
    deadlines: list[TextSummary] = Field(default_factory=_list)
    funding: list[TextSummary] = Field(default_factory=_list)
    content: str = ""  # content_digest: tells two texts of one number and date apart

    @model_validator(mode="after")
    def _digest(self) -> "DocumentSummary":
        self.content = content_digest(self)
        self.assignments, self.indicators, self.deadlines, self.funding = [], [], [], []
        return self


def fold_text(text: str) -> str:
    """Accent-, case- and space-insensitive key: "Quảng Ngãi" -> "quangngai".
    Defined here, which imports no other khtool module, for
    ``content_digest``; the stages call it cached, as ``tables.fold``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    # (no letter nor digit has a combining class, tests/test_tables.py: the
    # accents go with the other non-alphanumerics, by ``filter`` in C, not a
    # generator's step and two tests a character, ~40% of the fold's time)
    return "".join(filter(str.isalnum, decomposed)).lower()


def content_digest(doc: Document | DocumentSummary) -> str:
    """A digest of what a document says, the same from each of its formats
    (the bytes' sha256 is not): its title, the keys it cites, its deadlines,
    tasks, indicators and funding, as read (no positions)."""
    texts: Iterable[str] = (
        *(d.text for d in doc.deadlines),
        *(t.text for a in doc.assignments for t in a.tasks),
        *(i.text for i in doc.indicators),
        *(f.text for f in doc.funding),
    )
    parts = [fold_text(doc.header.title or ""), *sorted(c.key for c in doc.citations), *map(fold_text, texts)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:12]


# What ``khtool schema`` prints: the Document model's JSON Schema, saying which
# dialect it is written in (pydantic v2 writes Draft 2020-12) and which
# ``schema_version`` of the model it describes.
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:khtool:schema:document:{SCHEMA_VERSION}"


def document_schema() -> dict[str, object]:
    """The JSON Schema of ``Document``: ``$schema`` (Draft 2020-12), ``$id``
    (``urn:khtool:schema:document:<schema_version>``), a title and the model's
    ``version`` (the ``schema_version`` its documents carry), then pydantic's
    schema of the model."""
    out: dict[str, object] = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": f"khtool Document, schema_version {SCHEMA_VERSION}",
        "version": SCHEMA_VERSION,
    }
    for key, value in Document.model_json_schema().items():
        out.setdefault(key, value)
    return out
