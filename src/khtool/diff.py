"""``khtool diff``: two plans side by side.

What a reviewer asks when a lower level sends its plan: what does each cite,
which tasks of one are covered by the other, which sectors carry them, which
targets and deadlines differ.

Similarity of Vietnamese texts. Vietnamese writes one syllable per token and a
word is often two syllables ("trẻ em", "chăm sóc"), so both measures below
respect words: TF-IDF cosine over (a) syllable unigrams + bigrams (the
default) or (b) underthesea's word segmentation. Level vocabulary ("trên địa
bàn tỉnh" / "phường", Sở/Phòng/Trạm, "cấp xã") is mapped to one token first
(``data/level_terms.json``) so it never counts as a difference, and
near-synonyms ("đón nhận" / "tiếp nhận", ``data/synonyms.json``) are one.
``benchmarks/bench_diff.py`` measures both on the samples: on pairs labelled
by reading plans 001 and 000 they pick the same counterparts, and the n-gram
scheme is far cheaper (no 0.6 s model load), so it is the default
(``method="words"`` selects underthesea).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import difflib
import itertools
import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

import regex
from pydantic import BaseModel, Field

from . import patterns as P
from .agencies import (
    LEVEL_RANK,
    body_key,
    classify_agency,
    commune_department,
    department_sectors,
    department_speaks_of,
    kind_of_government,
    of_another_level,
    written_out,
)
from .docnumber import unpadded
from .gazetteer import short_name
from .models import Assignment, Deadline, Document, Indicator, Locality, Section, Span, Target
from .segment import _is_upper, walk_sections
from .tables import (
    fold,
    gives_account,
    issued_kinds,
    load,
    party_plan_of,
    party_plan_types,
    plan_types,
    unit_plan_types,
)

COVER_THRESHOLD = 0.35  # a task is covered when its best counterpart scores at least this
SECTION_THRESHOLD = 0.30


class Side(BaseModel):
    a: object | None = None
    b: object | None = None


class CitationDiff(BaseModel):
    common: list[dict[str, Any]] = Field(default_factory=list)
    only_a: list[dict[str, Any]] = Field(default_factory=list)
    only_b: list[dict[str, Any]] = Field(default_factory=list)
    # one plan citing the other (a ward's plan carrying out the province's):
    # how, and whether the date it gives is the other's
    b_cites_a: dict[str, Any] | None = None
    a_cites_b: dict[str, Any] | None = None
    # B that may carry A out (lower, maybe in A's province, not earlier, of
    # A's subject) citing no plan of A's number: A's number (a plan carrying
    # out A's cites it in its "Căn cứ" or "Thực hiện")
    b_does_not_cite_a: str | None = None


class SectionMatch(BaseModel):
    a: str | None
    b: str | None
    score: float
    status: str  # same, moved, added, removed


class TaskMatch(BaseModel):
    text: str
    line: int
    best: str | None
    best_line: int | None
    score: float
    covered: bool
    # a task of issuing a plan at the other's level, which the other plan,
    # citing this one, is: the date it was issued, and days late (None: in time)
    done_by_issuing: str | None = None
    late_by_days: int | None = None
    # that verdict: in time (True), late (False), or None where A gives B's
    # level no date to be issued by (none, or one dropped as a slip of its
    # year: before A could be issued), or the task is no such task
    in_time: bool | None = None
    # that task, where B is an undated draft ("ngày … tháng … năm 2026"):
    # done by issuing B, at no date to judge it in time or late by
    b_undated: bool = False
    # between levels: a task of A's own bodies above B's level (a province's
    # department's), which is not B's to carry out
    above_b_level: bool = False
    # between levels: B's lines that carry the task's clauses, one each
    # (a parent's "kiện toàn Ban giảm nghèo; chỉ đạo rà soát hộ nghèo; bố trí
    # ngân sách" split among the child's items)
    split_over: list[int] = Field(default_factory=list)
    # between levels: a task of A given to no body where A has a part for
    # B's level (its "Nhiệm vụ, giải pháp" framing), shown for information and
    # left out of the coverage at B's level
    general: bool = False
    # between levels: covered in part, the ";" clauses of it naming a body
    # or an action B does not carry
    partly: bool = False
    missing_clauses: list[str] = Field(default_factory=list)
    # of a task covered in part, the share of its ";" clauses B carries: what
    # it counts for in the coverage at B's level (a plan carrying five of six
    # clauses is not one carrying none)
    covered_share: float | None = None
    # where B's issuer is one of A's bodies (a Sở's plan carrying out its
    # province's): a task of A given to other bodies, not B's to carry
    other_body: bool = False
    # between levels: a task a body of A's above B's level leads with B's
    # level among its supporters only ("Sở Tư pháp chủ trì, phối hợp với UBND
    # các xã …"): above B's level too, not counted; covered when B does its
    # share of it, for information
    b_level_supports: bool = False
    # between levels: counted in the coverage at B's level (one of A's tasks
    # there); an uncovered one is B's gap, whatever else it is flagged
    at_b_level: bool = False
    # who does the task in its plan (the bodies leading, carrying it out or
    # asked to) and who supports it, and the same for its counterpart (the
    # other plan's line or lines covering it): canonical names
    leads: list[str] = Field(default_factory=list)
    supports: list[str] = Field(default_factory=list)
    best_leads: list[str] = Field(default_factory=list)
    best_supports: list[str] = Field(default_factory=list)
    # of two plans of one level, both sides naming a lead: the bodies leading
    # on one side and not on the other, "Sở Y tế: lead → —", "Công an tỉnh:
    # lead → support" (between levels a Sở against a ward's Phòng is
    # expected: None, shown only)
    lead_changes: list[str] | None = None
    # a task only to carry out some of its plan's indicators, covered by the
    # other plan setting these of them (their ids in the task's plan)
    by_indicators: list[str] = Field(default_factory=list)


class TaskDiff(BaseModel):
    a_to_b: list[TaskMatch] = Field(default_factory=list)
    b_to_a: list[TaskMatch] = Field(default_factory=list)
    uncovered_a: list[TaskMatch] = Field(default_factory=list)
    uncovered_b: list[TaskMatch] = Field(default_factory=list)
    coverage_a_by_b: float = 1.0
    coverage_b_by_a: float = 1.0
    # where B is of a lower level than A (a ward's plan carrying out the
    # province's): A's tasks that apply at B's level — those of bodies of that
    # level ("Ủy ban nhân dân các xã, phường") and those of no body — and how
    # many of them B covers (A's departments' own tasks are theirs)
    tasks_a_at_b_level: int | None = None
    coverage_a_by_b_at_its_level: float | None = None
    # where B's issuer is one of A's bodies at A's level (a Sở's plan carrying
    # out its province's): A's tasks that are B's part — given to B's issuer
    # (to lead, or to work with by name), to all bodies of its kind ("các sở,
    # ban, ngành"), or to bodies of a lower level B addresses ("UBND các xã,
    # phường") — and how many of them B covers
    tasks_a_of_b: int | None = None
    coverage_a_by_b_of_its_part: float | None = None
    # a side's recommendations and requests to the bodies it reports or
    # submits to (assignments of role ``recommended``: a report's "Kiến nghị
    # UBND tỉnh …"), kept apart from its tasks, for information: {"text",
    # "line", "to"} (the bodies asked); no task to match or count
    recommended_a: list[dict[str, Any]] = Field(default_factory=list)
    recommended_b: list[dict[str, Any]] = Field(default_factory=list)


class SectorDiff(BaseModel):
    common: list[dict[str, Any]] = Field(default_factory=list)
    only_a: list[dict[str, Any]] = Field(default_factory=list)
    only_b: list[dict[str, Any]] = Field(default_factory=list)
    # between levels, where A has a part for B's level: A's own bodies'
    # sectors, not B's to carry (for information)
    above_b_level: list[dict[str, Any]] = Field(default_factory=list)
    # B's bodies given tasks that are not of B's level (above it, or its
    # level's units as a class: a part copied from a plan above), by kind
    # ("above", "peers"); no bodies of B's own, nor those their tasks name
    b_of_other_level: list[dict[str, Any]] = Field(default_factory=list)


class PlanDiff(BaseModel):
    a_path: str | None = None
    b_path: str | None = None
    header: dict[str, dict[str, Any]] = Field(default_factory=dict)
    citations: CitationDiff = Field(default_factory=CitationDiff)
    sections: list[SectionMatch] = Field(default_factory=list)
    tasks: TaskDiff = Field(default_factory=TaskDiff)
    sectors: SectorDiff = Field(default_factory=SectorDiff)
    indicators: list[dict[str, Any]] = Field(default_factory=list)
    deadlines: list[dict[str, Any]] = Field(default_factory=list)
    funding: dict[str, list[str]] = Field(default_factory=dict)
    summary: dict[str, Any] = Field(default_factory=dict)


# ---------------------------------------------------------------------------
# text similarity
# ---------------------------------------------------------------------------


@cache
def _level_terms() -> list[tuple[regex.Pattern[str], str]]:
    rows = load("level_terms.json")["terms"]
    # (the patterns are the table's rows, data/level_terms.json, not patterns.py's)
    return [(regex.compile(r["pattern"], regex.I), r["token"]) for r in rows]


def _word(w: str) -> str:
    """A word of a table (synonyms, equivalents, generic words) as a text's
    words are compared: NFC, lowered, its accents kept (Vietnamese words
    differ by their tones: "khí" is not "khi", "số" not "sở")."""
    return unicodedata.normalize("NFC", w).lower()


def normalise(text: str) -> str:
    """The text as compared: without the proper names of the units it names
    (UNIT_NAMES_LISTED), lowered, each level's word read as its token; NFC,
    its accents kept (see ``_word``)."""
    text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if any(w in low for w in P.UNIT_NAMES_KIND_WORDS):
        text = P.UNIT_NAMES_LISTED.sub("", text)
    text = text.lower()
    for rx, token in _level_terms():
        text = rx.sub(f" {token} ", text)
    return text


def _key(w: str, exact: bool) -> str:
    """A syllable as the likeness reads it, folded (its TF-IDF is measured
    so), or ``exact`` as the word tests do (``_word``)."""
    return _word(w) if exact else (fold(w) or w)


def _by_first_syllable(pairs: list[tuple[tuple[str, ...], Any]]) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """Phrases (as syllables) with their values, by first syllable, the
    longest first: the index ``_longest_at`` reads."""
    out: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for syl, value in pairs:
        out.setdefault(syl[0], []).append((syl, value))
    for rows in out.values():
        rows.sort(key=lambda r: -len(r[0]))
    return out


def _longest_at(table: dict[str, list[tuple[tuple[str, ...], Any]]], syl: list[str], i: int) -> tuple[int, Any] | None:
    """The longest phrase of ``table`` that opens at ``syl[i]``: its length
    and value, or None."""
    for phrase, value in table.get(syl[i], ()):
        if tuple(syl[i : i + len(phrase)]) == phrase:
            return len(phrase), value
    return None


@cache
def _synonyms(exact: bool) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """Each phrase of ``data/synonyms.json`` as syllables (``_key``), with its
    set's first, by its first syllable, the longest first."""
    pairs: list[tuple[tuple[str, ...], Any]] = []
    for row in load("synonyms.json")["sets"]:
        first = [_key(w, exact) for w in row[0].split()]
        pairs += [(tuple(_key(w, exact) for w in phrase.split()), first) for phrase in row[1:]]
    return _by_first_syllable(pairs)


def synonyms_read_as_one(syl: list[str], exact: bool = False) -> list[str]:
    """Syllables with each near-synonym read as its set's first
    ("đón nhận người bị hại" is "tiếp nhận nạn nhân"): a lower plan says its
    parent's task in its own words. ``exact``: the syllables are ``_word``'s,
    else folded."""
    table, out, i = _synonyms(exact), [], 0
    while i < len(syl):
        hit = _longest_at(table, syl, i)
        if hit is None:
            out.append(syl[i])
            i += 1
        else:
            out += hit[1]
            i += hit[0]
    return out


@cache
def _equivalents() -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """Each phrase of ``data/equivalents.json`` as folded syllables, with
    its term's feature, by its first syllable, the longest first."""
    pairs: list[tuple[tuple[str, ...], Any]] = []
    for row in load("equivalents.json")["terms"]:
        feature = "=" + "_".join(fold(w) for w in row["term"].split())
        pairs += [(tuple(fold(w) for w in phrase.split()), feature) for phrase in row["phrases"]]
    return _by_first_syllable(pairs)


def equivalent_terms(syl: list[str]) -> list[str]:
    """The terms of ``data/equivalents.json`` the folded syllables name, one
    for each phrase found ("lập dự toán kinh phí" names "kinh phí" as "bố
    trí kinh phí" does): features added to a task's words, not read for them."""
    table, out, i = _equivalents(), [], 0
    while i < len(syl):
        hit = _longest_at(table, syl, i)
        if hit is None:
            i += 1
        else:
            out.append(hit[1])
            i += hit[0]
    return out


# A term a phrase names counts as a word found in both would: its unigram
# and its bigram (one feature, twice).
_EQUIVALENT_WEIGHT = 2


@cache
def _equivalent_syllables() -> frozenset[str]:
    """The syllables of the equivalents' phrases and of the generic
    words: what two tasks sharing a term share besides it ("bố trí kinh phí
    thực hiện Kế hoạch" is a line of every plan)."""
    own = {_word(w) for row in load("equivalents.json")["terms"] for p in row["phrases"] for w in p.split()}
    return frozenset(own) | _generic_syllables()


def _meet(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two tasks (the texts of each) share a word pair of their own
    (a bigram), no syllable of it generic, a number or of the equivalents'
    phrases ("đăng ký đất đai" beside "dịch vụ công trực tuyến"); read with
    accents ("không khí" is no "không khi")."""
    common = _equivalent_syllables()
    theirs = set().union(*map(_exact_pairs, b))
    for t in a:
        for pair in _exact_pairs(t):
            if pair in theirs and not any(w in common or w.isdigit() for w in pair):
                return True
    return False


@lru_cache(maxsize=8192)
def _exact_pairs(text: str) -> frozenset[tuple[str, str]]:
    """A text's syllable bigrams as the word tests read them: with their
    accents (``_word``), near-synonyms read as one."""
    return frozenset(itertools.pairwise(_exact_syllables(text)))


@lru_cache(maxsize=8192)
def _exact_syllables(text: str) -> tuple[str, ...]:
    """A text's syllables with their accents, near-synonyms read as one:
    what is tested against the tables' words (generic words, equivalents),
    which are Vietnamese words as written ("khí" is not "khi", "số" not "sở")."""
    return tuple(synonyms_read_as_one(P.WORD.findall(normalise(text)), exact=True))


@lru_cache(maxsize=8192)
def syllable_features(text: str) -> Counter[str]:
    """(cached: a diff compares one task in several spaces; read only)"""
    # (the likeness is measured on folded syllables, its thresholds set so;
    # the tests against the tables' words read them with accents)
    syl = synonyms_read_as_one([fold(s) or s for s in P.WORD.findall(normalise(text))])
    feats: Counter[str] = Counter(syl)
    feats.update(f"{a}_{b}" for a, b in itertools.pairwise(syl))
    feats.update(equivalent_terms(syl) * _EQUIVALENT_WEIGHT)
    return feats


def word_features(text: str) -> Counter[str]:
    from underthesea import word_tokenize

    low = normalise(text)
    feats = Counter(fold(w) for w in word_tokenize(low) if P.WORD.search(w))
    feats.update(equivalent_terms(synonyms_read_as_one([fold(s) or s for s in P.WORD.findall(low)])) * _EQUIVALENT_WEIGHT)
    return feats


# The counterparts of a clause scored in full, of those its rarer terms find.
_CANDIDATES = 4


class _Space:
    """TF-IDF vectors over the tasks of both plans."""

    def __init__(self, texts: list[str], method: str) -> None:
        feat = word_features if method == "words" else syllable_features
        self.texts = texts
        self.bags = [feat(t) for t in texts]
        df: Counter[str] = Counter()
        for b in self.bags:
            df.update(set(b))
        n = len(self.bags) or 1
        self.idf = {k: math.log((1 + n) / (1 + v)) + 1 for k, v in df.items()}
        self.vecs = [self._vec(b) for b in self.bags]
        # (the terms of data/equivalents.json each names, and its vector
        # without them)
        self.terms = [frozenset(k for k in b if k[0] == "=") for b in self.bags]
        self.plain = [
            self._vec(Counter({k: c for k, c in b.items() if k[0] != "="})) if t else v
            for b, t, v in zip(self.bags, self.terms, self.vecs, strict=True)
        ]
        self.postings: dict[str, list[tuple[int, float]]] | None = None
        self.postings_n = 0

    def _vec(self, bag: Counter[str]) -> dict[str, float]:
        v = {k: c * self.idf.get(k, 1.0) for k, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / norm for k, x in v.items()}

    def best_among_first(self, i: int, n: int) -> tuple[float, int]:
        """The best cosine of vector ``i`` with one of the first ``n`` (and
        its index; -1 for none above 0), through an index of their terms:
        many short vectors against one pool share few terms."""
        if self.postings is None or self.postings_n != n:
            self.postings, self.postings_n = {}, n
            for j in range(n):
                for k, x in self.vecs[j].items():
                    self.postings.setdefault(k, []).append((j, x))
        # (candidates by their rarer terms, which carry a likeness: a term in
        # many of them weighs little; the best few then scored in full)
        common = max(16, n // 8)
        acc: dict[int, float] = {}
        for k, x in self.vecs[i].items():
            hits = self.postings.get(k, ())
            if len(hits) <= common:
                for j, y in hits:
                    acc[j] = acc.get(j, 0.0) + x * y
        if not acc:
            return 0.0, -1
        top = sorted(acc, key=acc.__getitem__, reverse=True)[:_CANDIDATES]
        score, j = max((self.cos(i, j), -j) for j in top)
        return score, -j

    def union_cos(self, group: list[int], j: int) -> float:
        """The cosine of vector ``j`` with the union of the bags ``group``
        (each feature at its highest count among them: two tasks of one verb
        and object, "số hóa hồ sơ … của 58 phường" and "… của 77 xã", are
        one's words and the other's few more, not the words twice)."""
        bag: Counter[str] = Counter()
        for i in group:
            bag |= self.bags[i]
        a, b = self._vec(bag), self.vecs[j]
        # (the terms as in cos)
        if (self.terms[j] or any(k[0] == "=" for k in bag)) and not (
            self.terms[j] & set(bag) and _meet([self.texts[i] for i in group], [self.texts[j]])
        ):
            a, b = self._vec(Counter({k: c for k, c in bag.items() if k[0] != "="})), self.plain[j]
        return sum(x * b.get(k, 0.0) for k, x in a.items())

    def cos(self, i: int, j: int) -> float:
        a, b = self.vecs[i], self.vecs[j]
        if len(a) > len(b):
            a, b = b, a
        if (self.terms[i] or self.terms[j]) and not (
            self.terms[i] & self.terms[j] and _meet([self.texts[i]], [self.texts[j]])
        ):
            # (a term counts only where both name it and their own words
            # meet: two plans' funding lines, "bố trí kinh phí thực hiện Kế
            # hoạch" and "lập dự toán kinh phí tổ chức Đại hội", are no one
            # task; else read without the terms, as if the table had none,
            # one side's term no weight against the pair)
            a, b = self.plain[i], self.plain[j]
            if len(a) > len(b):
                a, b = b, a
        return sum(x * b.get(k, 0.0) for k, x in a.items())


def similarity(a: str, b: str, method: str = "ngrams") -> float:
    sp = _Space([a, b], method)
    return sp.cos(0, 1)


# ---------------------------------------------------------------------------
# pieces of a plan
# ---------------------------------------------------------------------------


def task_items(doc: Document) -> list[tuple[str, int]]:
    """Every task bullet: dash/plus items, numbered items with no children,
    and parts holding only their paragraph, outside the parts that set no
    task (purpose, requirements, goals and targets, the situation before;
    funding and reporting, for a paragraph)."""
    out, held = [], []
    # (a heading no body's part opens is the task's title: "1. Rà soát văn
    # bản do HĐND, UBND phường ban hành" over its paragraph is one task)
    # (a body's heading: "1. Phòng Văn hóa - Xã hội: chủ trì …" names the
    # body the line's assignment gives; an item whose closing sentence names
    # its body, "3. Mở lớp …, ít nhất 02 lớp/năm: hướng dẫn cài đặt VNeID, …
    # Trung tâm … chủ trì", has its own content before the colon)
    heads: dict[int, list[tuple[str, bool]]] = {}
    for g in doc.assignments:
        heads.setdefault(g.span.line, []).append((g.agency.casefold(), g.role == "support"))
    parts = {id(s) for s in doc.sections}
    preamble = _preamble_bullets(doc)
    unit_plan = doc.header.doc_type in unit_plan_types() or party_plan_of(doc)
    task_lines = sorted({t.span.line for g in doc.assignments for t in g.tasks})
    for s in _task_sections(doc.sections):
        if id(s) in preamble:
            continue  # "- Căn cứ Điều lệ Đảng;" over "… QUYẾT NGHỊ:": what the text rests on
        if _task_field(s):
            continue  # "- Đơn vị chủ trì: …": the task above's, as a table's cell
        text = s.text or s.heading or ""
        if ("hiệu lực" in text or "thi hành" in text) and not s.children:
            # "Điều 3. Quyết định này có hiệu lực từ ngày ký." / "Chánh Văn
            # phòng … chịu trách nhiệm thi hành Quyết định này": the closing
            # formulas set no task to compare (the executors keep their
            # assignments)
            text = _without_closing_formulas(text)
            if not text:
                continue
        if text.rstrip().endswith(":") and not s.children:
            continue  # "Các nhiệm vụ cụ thể như sau:": it opens the list or table below
        if s.kind in ("roman", "part") or (s.kind == "arabic" and id(s) in parts and _is_upper(s.heading or "")):
            # a part ("II.", or "2." as a ward's plan numbers it): its items
            # are its tasks; a plan's part holding only its paragraph, the
            # paragraph is one ("2. CÔNG TÁC TUYÊN TRUYỀN" / "Trạm Y tế xã tổ
            # chức …"; a form's or a statute's part, "Phần", "Mẫu", "Chương",
            # states no task)
            if s.kind != "part" and unit_plan and _part_paragraph_task(s, task_lines):
                title = (s.heading or "").rstrip(" .:")
                # (a frame's heading, "TỔ CHỨC THỰC HIỆN", names no work: the paragraph alone)
                framed = _body_heading(s, heads) or P.IMPLEMENTATION_HEADING.search(title) or P.FRAME_PART_HEADING.match(title)
                out.append((text if framed else f"{title}: {s.text}", s.span.line))
                held.append(s.span)
            continue
        if (s.kind in ("dash", "plus") and s.text) or (
            s.kind in ("arabic", "letter", "article")
            and not any(not _task_field(c) for c in s.children)
            and len(text) > _SHORTEST_TASK
        ):
            if s.kind != "article" and s.heading and s.text and not _body_heading(s, heads):
                text = f"{s.heading.rstrip(' .:')}: {s.text}"
            out.append((text, s.span.line))
            held.append(s.span)
    # the tasks the assignments read where no item is: a task table's rows
    # ("TT | Nội dung | Chủ trì | Phối hợp | Thời gian"), one task each
    seen = {line for _, line in out}
    for g in doc.assignments:
        for t in g.tasks:
            if (
                t.span.line not in seen
                and len(t.text) > _SHORTEST_TASK
                and not _holds(held, t.span.line)
                and not ("thi hành" in t.text and P.EXECUTORS.search(f" {t.text}"))
            ):
                seen.add(t.span.line)
                out.append((t.text, t.span.line))
    # (an item with no word is a form's blank, "- ……………;", no task)
    return sorted((x for x in out if any(c.isalpha() for c in x[0])), key=lambda x: x[1])


def _without_closing_formulas(text: str) -> str:
    """An item's text without its lines that are the text's own effect
    sentence (``P.OWN_EFFECT_LINE``) or its executors' clause
    (``P.EXECUTORS``): "" when it holds nothing else."""
    kept = [
        line
        for line in text.split("\n")
        if not (P.OWN_EFFECT_LINE.match(line) or ("thi hành" in line and P.EXECUTORS.search(f" {line}")))
    ]
    return "\n".join(kept).strip()


def _body_heading(s: Section, heads: dict[int, list[tuple[str, bool]]]) -> bool:
    """Is the item's heading the body its line's assignment gives the item
    ("1. UBND phường:", "Trách nhiệm của Bộ Quốc phòng:", "Bộ Nội vụ: Phối
    hợp với …"), not the task's own words before a colon introducing what it
    covers ("3. Mở lớp … ít nhất 02 lớp/năm: hướng dẫn cài đặt VNeID …", its
    body named by the closing sentence)? The heading names a body leading
    the task, or a supporter the paragraph does not name: one the closing
    sentence names as a partner is the paragraph's ("… tại điểm bưu điện văn
    hóa xã cho người dân: … phối hợp Bưu điện văn hóa xã": in the heading, a
    place in the task's words). Only an item whose own paragraph names its
    bodies keeps a heading that names none of them; one whose fields or
    parts below name them reads as before, its paragraph alone."""
    bodies = heads.get(s.span.line)
    if not bodies:
        return False
    heading = (s.heading or "").casefold()
    text = (s.text or "").casefold()
    if not any(b in text for b, _ in bodies):
        return True  # (named by the fields below, "- Cơ quan chủ trì: …": the title stands for the body's part)
    return any(b in heading and not (support and b in text) for b, support in bodies)


def _preamble_bullets(doc: Document) -> set[int]:
    """The preamble's clauses written as bullets before the first numbered
    part ("- Căn cứ Điều lệ Đảng;", "- Thực hiện Chương trình hành động số
    …;", "- Xét đề nghị …" over "… QUYẾT NGHỊ:" / "1. Mục tiêu"): the
    leading run of dash items ``P.PREAMBLE_BULLET`` opens, as segment's
    body_ranges reads it. "Thực hiện", "triển khai" also open tasks ("-
    Triển khai nền tảng số dùng chung"): the run is the preamble whole only
    when the enacting formula closes it (ENACTING_FORMULA_END), else only
    its bullets that name a document (a citation on their lines). A text of
    dash items only keeps them: with no numbered part after them they may
    be its tasks."""
    run: list[Section] = []
    for s in doc.sections:
        if s.kind in ("dash", "plus") and P.PREAMBLE_BULLET.match(s.heading or s.text or ""):
            run.append(s)
            continue
        if s.kind in ("dash", "plus"):
            return set()
        break
    else:
        return set()
    if not run:
        return set()
    last = run[-1]
    if P.ENACTING_FORMULA_END.search(last.text or last.heading or ""):
        return {id(s) for s in run}
    cited = {m.span.line for c in doc.citations for m in c.mentions}
    return {
        id(s)
        for s in run
        if any(n in cited for n in range(s.span.line, (s.span.end_line or s.span.line) + 1))
    }


def _part_paragraph_task(s: Section, task_lines: list[int]) -> bool:
    """Is a part that holds no item but its own paragraph a task? Not a part
    that sets no task by nature, whatever it holds: the purpose and the like
    (NO_TASK_PART, left out before), the funding (FUNDING_HEADING, as the
    extraction reads the plan's funding) or the reporting (REPORTING_REGIME,
    whose dates the deadlines pair); nor one in which the assignments read a
    task below the paragraph's first line (a task table's rows under its
    header, "| STT | Nội dung | Chủ trì | …", or further paragraphs each giving
    a body its task: those are its tasks, as items would be)."""
    if not s.heading or not s.text or any(not _task_field(c) for c in s.children):
        return False
    if "lục" in s.text and P.OWN_APPENDIX_REF.search(s.text):
        return False  # ("Nhiệm vụ cụ thể … tại Phụ lục kèm theo Kế hoạch này": the tasks are the appendix's rows)
    below = bisect.bisect_right(task_lines, s.span.line + 1)
    if below < len(task_lines) and task_lines[below] <= (s.span.end_line or s.span.line):
        return False
    return (
        len(s.text) > _SHORTEST_TASK
        and P.FUNDING_HEADING.search(s.heading) is None
        and P.REPORTING_REGIME.search(s.heading) is None
    )


def _task_field(s: Section) -> bool:
    """Is the item a field of the task above it (TASK_FIELD): "- Đơn vị chủ
    trì: Trạm Y tế phường.", "- Thời gian thực hiện: Quý I/2026", or lettered,
    its label its heading ("a) Cơ quan chủ trì: Bộ X.")?"""
    if s.kind not in ("dash", "plus", "letter") or ":" not in (s.text if not s.heading else s.heading + ":"):
        return False
    text = f"{s.heading}: {s.text}" if s.heading else s.text
    return P.TASK_FIELD.match(text.split("\n", 1)[0]) is not None


def task_content(text: str) -> str:
    """A task's words without the frame each ";" clause opens with
    (TASK_FRAME): "Chủ trì, phối hợp với Phòng Kế hoạch - Tài chính xây
    dựng dự thảo quy định giá …" is compared as "xây dựng dự thảo quy định
    giá …". The bodies' names and the role words would dilute a paraphrase."""
    low = text.lower()
    if not any(w in low for w in P.TASK_FRAME_WORDS):
        return text
    return ";".join(_clause_content(c) for c in text.split(";"))


def _clause_content(clause: str) -> str:
    m = P.TASK_FRAME.match(clause)
    if m is None or m.end() == 0:
        return clause
    at = m.end()
    if m["with"]:
        # (the bodies run to the task's verb, within the clause; without one
        # found, the names stay: no content is cut with them)
        end = P.PARTNERS_END.search(clause, at, min(len(clause), at + 200))
        if end is None or any(c in clause[at : end.start()] for c in ".:"):
            at = m.start("with")
        else:
            at = end.end()
    rest = clause[at:].strip()
    return rest if len(rest) > _SHORTEST_TASK else clause


# A numbered item this short is a heading or a body's name, not a task
# ("7. Bảo vệ trẻ em trên không gian mạng." is one).
_SHORTEST_TASK = 15


def _task_sections(sections: list[Section]) -> Iterator[Section]:
    for s in sections:
        if s.kind in ("roman", "part", "arabic") and P.NO_TASK_PART.match(s.heading or ""):
            continue
        if s.kind == "article" and s.children and P.ARTICLE_GOALS_HEADING.match(s.heading or ""):
            continue  # ("Điều 1. Thông qua mục tiêu, chỉ tiêu …": its items are indicators)
        yield s
        yield from _task_sections(s.children)


def is_plan(doc: Document) -> bool:
    """Is ``doc`` a plan carrying out a plan above, one a plan above gives a
    date to (KH603) and one that is the plan above for a lower unit (KH604):
    a plan or programme, a decision issuing one, or a Party committee's
    resolution carrying out a text above with tasks of its own."""
    return plan_of(doc).header.doc_type in plan_types() or party_plan_of(doc)


def plan_of(doc: Document) -> Document:
    """A decision or resolution carrying one plan or programme ("Ban hành kèm
    theo Nghị quyết này Chương trình hành động …") is compared, and checked,
    through it: the attached text is what it adopts, its enacting articles
    only put that in force."""
    if doc.header.doc_type in plan_types():
        return doc
    plans = [a for a in doc.attachments if a.header.doc_type in plan_types()]
    # (one plan among forms or annexes is the one adopted; two are no one plan)
    return plans[0] if len(plans) == 1 else doc


def _heading(s: Section) -> str:
    return (s.heading or s.text.split("\n")[0])[:200]


def _citation_id(c: object) -> str:
    return str(getattr(c, "number", None) or getattr(c, "name", None) or getattr(c, "key", "?"))


# ---------------------------------------------------------------------------
# the diff
# ---------------------------------------------------------------------------


def diff_plans(
    a: Document, b: Document, *, method: str = "ngrams", threshold: float = COVER_THRESHOLD
) -> PlanDiff:
    """Compare two plans (a decision carrying a plan is compared through it)."""
    a_doc, b_doc = a, b
    a, b = plan_of(a), plan_of(b)
    out = PlanDiff(a_path=a_doc.source.path, b_path=b_doc.source.path)
    out.header = _headers(a_doc, b_doc)
    out.citations = _citations(a_doc, b_doc)
    out.sections = _sections(a, b, method)
    out.tasks = _tasks(a, b, method, threshold, out.citations.b_cites_a, out.citations.a_cites_b)
    if out.citations.b_cites_a is None and a_doc.header.number and _carries_out(a_doc, b_doc, out.tasks):
        out.citations.b_does_not_cite_a = a_doc.header.number
        _issuing_uncited(a, b, out.tasks)
    out.sectors = _sectors(a, b, out.tasks)
    out.indicators = _indicators(a, b, method)
    out.deadlines = _deadlines(a, b, method, out.tasks)
    pointed = _cover_pointers(a, b, out.tasks, out.deadlines, method, threshold)
    pointed = _cover_item_pointers(a, out.tasks.a_to_b) or pointed
    pointed = _cover_item_pointers(b, out.tasks.b_to_a) or pointed
    pointed = _cover_by_indicators(a, b, out.tasks.a_to_b, out.indicators) or pointed
    if pointed:
        _tally(out.tasks, a, b, _lower_level(a, b))
    out.funding = _funding(a, b, method, out.tasks)
    _task_roles(out.tasks, a, b)
    out.summary = {
        "citations_common": len(out.citations.common),
        "citations_only_a": len(out.citations.only_a),
        "citations_only_b": len(out.citations.only_b),
        "citations_changed": sum(1 for c in out.citations.common if c["changes"]),
        "sections_added": sum(1 for s in out.sections if s.status == "added"),
        "sections_removed": sum(1 for s in out.sections if s.status == "removed"),
        "sections_moved": sum(1 for s in out.sections if s.status == "moved"),
        "tasks_a": len(out.tasks.a_to_b),
        "tasks_b": len(out.tasks.b_to_a),
        "uncovered_a": len(out.tasks.uncovered_a),
        "uncovered_b": len(out.tasks.uncovered_b),
        "coverage_a_by_b": out.tasks.coverage_a_by_b,
        "coverage_b_by_a": out.tasks.coverage_b_by_a,
        "coverage_a_by_b_at_its_level": out.tasks.coverage_a_by_b_at_its_level,
        "coverage_a_by_b_of_its_part": out.tasks.coverage_a_by_b_of_its_part,
        # the coverage --fail-under checks and reports lead with: between
        # levels at B's level, where B's issuer is one of A's bodies its part
        # of A, else the whole
        **_checked_coverage(out.tasks),
        "sectors_only_a": [s["sector"] for s in out.sectors.only_a],
        "sectors_only_b": [s["sector"] for s in out.sectors.only_b],
        "indicators_changed": sum(1 for i in out.indicators if i["status"] == "changed"),
        "deadlines_differ": sum(
            1 for d in out.deadlines if d["status"] not in ("same", "met", "above_b_level", "b_undated", "no_due_date", "consistent")
        ),
        "method": method,
        "threshold": threshold,
        # two plans of one level neither of which cites the other: equals,
        # compared both ways (figures that do not depend on the order), and
        # the plan both carry out, against which a shortfall is measured
        "peers": (peers := _peers(a_doc, b_doc, out.citations)),
        # B telling of A (a report on it, minutes, a submission; a notice or
        # invitation saying so, doc_types.json "accounts"), citing it: its
        # coverage of A's tasks is what it plans next, not what was done
        "b_accounts_for_a": out.citations.b_cites_a is not None
        and gives_account(b_doc.header.doc_type, b_doc.kind, b_doc.header.title),
        "recommended_b": len(out.tasks.recommended_b),
        "common_parent": _common_parent(out.citations) if peers else None,
        **_overlap(out.tasks),
    }
    return out


def _peers(a: Document, b: Document, c: CitationDiff) -> bool:
    """Whether A and B are peers: of one known level, by two issuers of two
    places (two provinces' plans, two communes'; one body's two texts are a
    plan and its revision, and a Sở's plan and its province's are of one
    place), neither citing the other."""
    ia, ib = a.header.issuer, b.header.issuer
    name_a, name_b = ia.full_name or ia.name, ib.full_name or ib.name
    # (one body written two ways, "UBND tỉnh X" and "Ủy ban nhân dân tỉnh X", is one)
    place_a, place_b = (fold(_place(i.locality, d.header.date)) if i.locality else "" for i, d in ((ia, a), (ib, b)))
    return (
        bool(a.header.level)
        and a.header.level == b.header.level
        and bool(name_a and name_b)
        and body_key(name_a or "") != body_key(name_b or "")
        and not (place_a and place_a == place_b)
        and c.b_cites_a is None
        and c.a_cites_b is None
    )


# How a plan cites the plan it carries out: "Thực hiện Kế hoạch số …" or as a
# basis ("Căn cứ Kế hoạch số …"); one of the two at least carrying it out.
_CARRIES_OUT = frozenset(("implements", "basis"))


def _common_parent(c: CitationDiff) -> str | None:
    """The document both plans carry out (both cite it so, one at least with
    "thực hiện"), cited by both carrying it out first: their common parent."""
    rows = [
        x for x in c.common
        if x.get("relation_a") in _CARRIES_OUT and x.get("relation_b") in _CARRIES_OUT
        and "implements" in (x.get("relation_a"), x.get("relation_b"))
    ]
    rows.sort(key=lambda x: (x.get("relation_a"), x.get("relation_b")) != ("implements", "implements"))
    return str(rows[0]["id"]) if rows else None


def _overlap(t: TaskDiff) -> dict[str, Any]:
    """The task figures that do not depend on which plan comes first: tasks
    in both (a task of A and B's covering it are one, as are a merged item
    and the two it carries), only in A, only in B, and the share of all
    tasks of both that have a counterpart (``overlap``)."""
    # (each side's covered tasks counted, the items one merged item of the
    # other carries as one; tasks in both the fewer of the two: a task
    # repeated under several bodies, matched by one of the other's, chains
    # no others into its pair)
    units = [
        _covered_units(own, [m.split_over for m in other if m.covered and len(m.split_over) > 1])
        for own, other in ((t.a_to_b, t.b_to_a), (t.b_to_a, t.a_to_b))
    ]
    n = len(t.a_to_b) + len(t.b_to_a)
    covered = sum(m.covered for m in t.a_to_b) + sum(m.covered for m in t.b_to_a)
    return {
        "tasks_in_both": min(units),
        # (each side's tasks that have a counterpart in the other, of how many:
        # "A's found in B 5 of 7, B's found in A 3 of 6" where a merged item
        # of B carries two of A's)
        "tasks_a_found_in_b": sum(m.covered for m in t.a_to_b),
        "tasks_b_found_in_a": sum(m.covered for m in t.b_to_a),
        "tasks_only_a": len(t.uncovered_a),
        "tasks_only_b": len(t.uncovered_b),
        "overlap": round(covered / n, 3) if n else 1.0,
    }


def _covered_units(ms: list[TaskMatch], merged: list[list[int]]) -> int:
    """How many of the covered tasks ``ms`` are, the lines one merged item
    of the other plan carries (``merged``, its split_over) counted once."""
    parent = {m.line: m.line for m in ms if m.covered}

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for lines in merged:
        held = [x for x in lines if x in parent]
        for x in held[1:]:
            parent[root(x)] = root(held[0])
    return sum(1 for x in parent if parent[x] == x)


# The roles of a body doing a task (leading it, carrying it out, asked or
# recommended to), against supporting it.
_LEADING = frozenset(("lead", "responsible", "requested", "recommended"))


def _roles_at(plan: Document, lines: list[int]) -> tuple[list[str], list[str]]:
    """The bodies doing and supporting the plan's tasks on ``lines``, by
    canonical name, in their order; a body doing one and supporting the
    other is one that does."""
    leads: list[str] = []
    supports: list[str] = []
    for line in lines:
        for g in _owners(plan, line):
            name = g.canonical or g.agency
            _add_name(leads if g.role in _LEADING else supports, name)
    return leads, [x for x in supports if x not in leads]


def _task_roles(t: TaskDiff, a: Document, b: Document) -> None:
    """Who leads and who supports each matched task on each side; of plans
    of one level, the bodies whose leading differs (a task moved from Sở Y
    tế to Sở Nội vụ, a lead become a partner)."""
    same_level = bool(a.header.level) and a.header.level == b.header.level
    # (a side's units stand for its issuer where the other plan names that
    # issuer: two wards' "Phòng Văn hóa - Xã hội" stay one body's name)
    units = {id(d): _issuer_units(d) if _names_issuer(o, d) else {} for d, o in ((a, b), (b, a))} if same_level else {}
    issuer_b = _issuer_canonical(b) if same_level else None
    b_of_a = same_level and _names_issuer(a, b)
    for own, other, ms in ((a, b, t.a_to_b), (b, a, t.b_to_a)):
        for m in ms:
            m.leads, m.supports = _roles_at(own, [m.line])
            if not m.covered or m.done_by_issuing:
                continue
            lines = m.split_over or ([m.best_line] if m.best_line is not None else [])
            m.best_leads, m.best_supports = _roles_at(other, lines)
            if same_level and m.leads and m.best_leads:
                # (a unit of a side's issuer stands for the issuer: Sở Y tế's
                # "Phòng Nghiệp vụ Y" leading in the Sở's plan is the Sở leading)
                ua, ub = units[id(own)], units[id(other)]
                roles = (
                    _as_issuer(m.leads, ua), _as_issuer(m.supports, ua), _as_issuer(m.best_leads, ub), _as_issuer(m.best_supports, ub)
                )
                # (B the plan of one of A's bodies, a task A's issuer does not
                # lead, one it supports or another body's: B's units lead B's
                # own share of it in B, no change of lead)
                a_leads = roles[0] if own is a else roles[2]
                m.lead_changes = [] if b_of_a and issuer_b not in a_leads else lead_changes(*roles)


def _names_issuer(plan: Document, other: Document) -> bool:
    """Whether ``plan`` names the issuer of ``other`` among its bodies."""
    issuer = _issuer_canonical(other)
    return issuer is not None and any(fold(g.canonical or g.agency) == fold(issuer) for g in plan.assignments)


def _issuer_canonical(d: Document) -> str | None:
    """The canonical name of the plan's issuer at its level ("Sở Y tế" of "Sở Y tế tỉnh Quảng Ngãi")."""
    i, level = d.header.issuer, d.header.level
    hit = classify_agency(i.full_name or i.name, level) if i and (i.full_name or i.name) else None
    return hit.canonical if hit is not None and hit.canonical and hit.level == level else None


def _issuer_units(d: Document) -> dict[str, str]:
    """The plan's own units among its bodies, each to its issuer's canonical
    name: a "Phòng …", "Văn phòng …" or "Thanh tra …" named bare (no place
    of its own: the issuing Sở's "Phòng Nghiệp vụ Y", "Phòng Kế hoạch - Tài
    chính"), and where the issuer is a department, a centre, sub-department
    or hospital of its field ("Trung tâm Kiểm soát bệnh tật tỉnh" of Sở Y tế)."""
    i, level = d.header.issuer, d.header.level
    hit = classify_agency(i.full_name or i.name, level) if i and (i.full_name or i.name) else None
    if hit is None or not hit.canonical or hit.level != level:
        return {}
    issuer, sector = hit.canonical, hit.sector
    department = i is not None and i.organ is not None and P.ISSUER_DEPARTMENT_ORGAN.match(i.organ) is not None
    out: dict[str, str] = {}
    for g in d.assignments:
        name = g.canonical or g.agency
        if name == issuer or fold(name) in out:
            continue
        bare_unit = P.OWN_UNIT.match(g.agency) is not None and not P.PLACE_NAMED.search(g.agency)
        of_its_field = (
            department
            and bool(sector)
            and P.SUBORDINATE_UNIT.match(g.agency) is not None
            and g.sector in (sector, f"{sector}_facilities")
            and (g.level is None or g.level == level)
        )
        if bare_unit or of_its_field:
            out[fold(name)] = issuer
    return out


def _as_issuer(names: list[str], units: dict[str, str]) -> list[str]:
    """``names`` with the issuer's units named as the issuer (once)."""
    out: list[str] = []
    for n in names:
        _add_name(out, units.get(fold(n), n))
    return out


def _lead_changes(m: TaskMatch) -> list[str]:
    """"Sở Y tế: lead → —", "Sở Nội vụ: — → lead", "Công an tỉnh: lead →
    support": the bodies leading on one side and not on the other."""
    return lead_changes(m.leads, m.supports, m.best_leads, m.best_supports)


def _role(name: str, leads: list[str], supports: list[str]) -> str:
    key = _unit_blind(name)
    return "lead" if key in map(_unit_blind, leads) else "support" if key in map(_unit_blind, supports) else "—"


# The words naming a commune-level unit other than "xã", which a body's
# canonical name keeps ("UBND phường"): one commune's body and a ward's are
# one kind of body between two plans.
_WARD_UNIT_ENDINGS = (" phường", " thị trấn", " đặc khu")


def _unit_blind(name: str) -> str:
    for ending in _WARD_UNIT_ENDINGS:
        if name.endswith(ending):
            return f"{name[: -len(ending)]} xã"
    return name


def lead_changes(leads: list[str], supports: list[str], other_leads: list[str], other_supports: list[str]) -> list[str]:
    """The bodies leading one task on one side and not on the other, each
    with its role on the first side and on the other ("Sở Y tế: lead → support";
    a commune's "UBND xã" and a ward's "UBND phường" are one)."""
    out = []
    keys = set(map(_unit_blind, leads))
    for name in leads + [x for x in other_leads if _unit_blind(x) not in keys]:
        ra, rb = _role(name, leads, supports), _role(name, other_leads, other_supports)
        if ra != rb:
            out.append(f"{name}: {ra} → {rb}")
    return out


# From this share of B's tasks that are A's on, B is of A's subject.
_SAME_SUBJECT = 0.35


def _checked_coverage(t: TaskDiff) -> dict[str, Any]:
    """{"coverage": the coverage of A by B that counts, "coverage_of": of
    what}: A's tasks at B's level ("b_level") between levels, B's part of A
    ("b_part") where B's issuer is one of A's bodies, else all A's ("all")."""
    if t.coverage_a_by_b_at_its_level is not None:
        return {"coverage": t.coverage_a_by_b_at_its_level, "coverage_of": "b_level"}
    if t.coverage_a_by_b_of_its_part is not None:
        return {"coverage": t.coverage_a_by_b_of_its_part, "coverage_of": "b_part"}
    return {"coverage": t.coverage_a_by_b, "coverage_of": "all"}


def _carries_out(a: Document, b: Document, tasks: TaskDiff) -> bool:
    """Whether B may be a plan carrying A out, which would cite it: of a
    lower level, maybe of A's province, not issued before A, and of A's
    subject (its tasks are A's: a commune's plan on dengue carries out no
    province's plan on trafficking, in any province)."""
    return (
        _lower_level(a, b)
        and _may_be_within(b.header.issuer.locality, a.header.issuer.locality)
        and not _issued_before(b.header.date, a.header.date)
        and bool(tasks.b_to_a)
        and tasks.coverage_b_by_a >= _SAME_SUBJECT
    )


def _issued_before(b: str | None, a: str | None) -> bool:
    """Whether date ``b`` is before ``a``, to the precision both give ("2017" is before "2021-04-28")."""
    n = min(len(a or ""), len(b or ""))
    return bool(n) and (b or "")[:n] < (a or "")[:n]


def _may_be_within(b: Locality | None, a: Locality | None) -> bool:
    """Whether B's issuer may be of A's province (before or since the 2025
    reform): a commune of another province has no plan of A's to cite."""
    # (a name several units share: each candidate's province, "Xã Khánh Bình, Tỉnh Cà Mau")
    pb, pa = (
        {x for x in (loc.province, loc.new_province, *(c.rsplit(", ", 1)[-1] for c in loc.candidates)) if x}
        if loc
        else set()
        for loc in (b, a)
    )
    return not (pa and pb) or bool(pa & pb)


def _place(loc: Locality, date: str | None) -> str:
    """Where the issuer sits, as the units were when it wrote: a commune's
    plan of 2026 is in its new province."""
    from .resolve import since_reform

    if since_reform(loc, date):
        return ", ".join(x for x in (loc.new_ward, loc.new_province) if x)
    return ", ".join(x for x in (loc.ward, loc.district, loc.province) if x)


def _headers(a: Document, b: Document) -> dict[str, dict[str, Any]]:
    def fields(d: Document) -> dict[str, Any]:
        h = d.header
        loc = h.issuer.locality
        return {
            "issuer": h.issuer.full_name or h.issuer.name,
            "level": h.level,
            "locality": _place(loc, h.date) if loc else None,
            "number": h.number,
            "date": h.date,
            "title": h.title,
        }

    fa, fb = fields(a), fields(b)
    rows = {k: {"a": fa[k], "b": fb[k], "same": fa[k] == fb[k]} for k in fa}
    if a.header.co_issuers or b.header.co_issuers:
        # a joint text's other issuers (a liên tịch plan, a chương trình phối
        # hợp), after its first: the row only where a side has them
        ca, cb = (co_issuer_names(d) for d in (a, b))
        rows = {"issuer": rows.pop("issuer"), "co_issuers": {"a": ca, "b": cb, "same": ca == cb}, **rows}
    return rows


def co_issuer_names(d: Document) -> list[str]:
    """A joint text's issuers after its first, each by its full name."""
    return [i.full_name or i.name or "" for i in d.header.co_issuers]


def _citations(a: Document, b: Document) -> CitationDiff:
    from .graph import law_names

    # (a law named with its date in one plan is the one the other numbers,
    # as in the graph: "Luật Phòng, chống mua bán người ngày 28/11/2024" is 53/2024/QH15)
    # (a law cited by its title alone is the latest of that title the two
    # number, dated on or before the citing plan)
    dated = {id(c): d.header.date for d in (a, b) for c in d.citations}
    numbered = law_names([*a.citations, *b.citations], dated)

    def ident(c: Any) -> str:
        key = getattr(c, "key", "")
        num = getattr(c, "number", None)
        law = None if num else numbered.law_of(c, dated.get(id(c)))
        if law is not None:
            return ident(law)
        # a local key with an unknown part still names the same document as a full one
        return unpadded(num) if num and "@?" in key else key

    def index(d: Document) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for c in d.citations:
            out[unpadded(c.number) if c.number else ident(c)] = c
        return out

    ia, ib = index(a), index(b)
    keys_a = {ident(c): k for k, c in ia.items()}
    keys_b = {ident(c): k for k, c in ib.items()}
    common_keys = [k for k in ia if k in ib or ident(ia[k]) in keys_b]

    def row(c: object) -> dict[str, Any]:
        return {
            "id": _citation_id(c),
            "relation": getattr(c, "relation", None),
            "action": getattr(c, "action", None),
            "date": getattr(c, "date", None),
        }

    res = CitationDiff()
    levels_differ = bool(a.header.level and b.header.level and a.header.level != b.header.level)
    for k in common_keys:
        other = ib.get(k) or ib[keys_b[ident(ia[k])]]
        common = {
            "id": _citation_id(ia[k]),
            "relation_a": getattr(ia[k], "relation", None),
            "relation_b": getattr(other, "relation", None),
            "action_a": getattr(ia[k], "action", None),
            "action_b": getattr(other, "action", None),
            "date_a": getattr(ia[k], "date", None),
            "date_b": getattr(other, "date", None),
        }
        changes = _citation_changes(common)
        common["changes"] = changes
        if levels_differ:
            # between levels, a shared ancestor cited more briefly or another
            # way (the province's plan carries out 57-NQ/TW, the ward's names
            # it) is no difference: told apart, for information
            common["notes"] = [c for c in changes if not c.startswith("date changed")]
            common["changes"] = [c for c in changes if c.startswith("date changed")]
        res.common.append(common)
    taken_b = {_citation_id(ib.get(k) or ib[keys_b[ident(ia[k])]]) for k in common_keys}
    res.only_a = [row(c) for k, c in ia.items() if k not in common_keys]
    res.only_b = [
        row(c) for c in ib.values() if _citation_id(c) not in taken_b and ident(c) not in keys_a
    ]
    # one citing the other is told as such, not as a citation only one has
    from .check import probable_match
    from .graph import cited_key, document_node_key

    for citing, cited, side in ((b, a, "b_cites_a"), (a, b, "a_cites_b")):
        key = document_node_key(cited, "")
        # (resolved as `check` does: a citation without the date or the
        # issuer's place is the cited plan when the rest of its key fits)
        one = {unpadded(cited.header.number or ""): [key]}
        hit = next((c for c in citing.citations if key and cited_key(c, {key: cited}, one, citing.header.date) == key), None)
        cited_as = None
        if hit is None and key:
            # (a number the cited plan does not bear, where KH602's test finds
            # it is the one meant: "246/KH-UBND" for 248, as in the graph)
            me = [(key, cited.header.number or "", cited.header.date, cited.header.title)]
            slips = [
                c
                for c in citing.citations
                if c.number and c.key != key and probable_match(c.number, c.key, c.date, c.subject, me) == key
            ]
            if len(slips) == 1:
                hit, cited_as = slips[0], slips[0].number
        if hit is None:
            continue
        due = plans_due(plan_of(cited), citing.header.level, citing.header.issuer.branch)
        issued = citing.header.date
        setattr(
            res,
            side,
            {
                "id": (cited.header.number or _citation_id(hit)) if cited_as else _citation_id(hit),
                "relation": hit.relation,
                "cited_as": cited_as,  # the number as cited, a slip (None: the cited plan's own)
                "cited_date": hit.date,
                "date": cited.header.date,
                "date_agrees": None if not (hit.date and cited.header.date) else hit.date == cited.header.date,
                # the date the cited plan gives plans of the citing one's level
                # ("UBND các xã … xây dựng, ban hành kế hoạch … trước ngày
                # 28/02/2026"), and how late the citing plan was issued after it
                "plans_due": due,
                "issued_late_by_days": late_by(issued, due),
            },
        )
        own = "only_b" if side == "b_cites_a" else "only_a"
        setattr(res, own, [r for r in getattr(res, own) if r["id"] != _citation_id(hit)])
    return res


def _citation_changes(c: dict[str, Any]) -> list[str]:
    """What differs in one document's citation in the two plans, to be shown
    (a draft adding the date of the plan it carries out: "date added
    (2026-01-20)"): its date, its relation."""
    out: list[str] = []
    da, db = c["date_a"], c["date_b"]
    if da != db:
        out.append(f"date added ({db})" if not da else f"date removed ({da})" if not db else f"date changed ({da} → {db})")
    ra, rb = c["relation_a"], c["relation_b"]
    if ra != rb and ra and rb:
        out.append(f"relation changed ({ra} → {rb})")
    return out


def _issued_floor(plan: Document) -> str:
    """The earliest a plan can have been issued: its own date, or a later
    date of a document it carries out or rests on (no more than a year's
    slip after its own), "" when none is known."""
    own = plan.header.date if plan.header.date and len(plan.header.date) == 10 else ""
    # (a year's slip of its own date, "năm 2025" printed for 2026, at most)
    limit = f"{int(own[:4]) + 1:04d}{own[4:]}" if own[:4].isdigit() else "9999"
    issued = max(
        [
            own,
            *(
                c.date
                for c in plan.citations
                if c.number and c.relation in ("implements", "basis") and c.date and len(c.date) == 10 and c.date <= limit
            ),
        ]
    )
    return issued


def plans_due(plan: Document, level: str | None, branch: str | None = None) -> str | None:
    """The date a plan gives the plans carrying it out, at ``level``, to be
    issued by: a deadline of a task of writing and issuing a plan, whose body
    is of that level or unnamed (not a department's own plan above it), and
    of ``branch`` (the issuer's: party, state, front) where the bodies named
    are one branch's lower units: "UBND các xã …" binds a commune's people's
    committee, not its Đảng ủy, "Đảng ủy các xã …" the Đảng ủy only. A
    deadline before the plan could be issued, before its own date or a
    document it carries out or rests on (which it cannot predate), is a slip
    ("trước ngày 28/02/2025" in a plan of 2026 printed "năm 2025"), no date
    to be late against. (A document it only mentions tells nothing of its
    issue, nor does one dated over a year after its own date: a misprint.)"""
    due: list[str] = []
    issued = _issued_floor(plan)
    for x in plan.deadlines:
        # (a month alone, "trong tháng 6 năm 2025", "Quý II/2025", is due by
        # its last day; a recurring one is no date a plan is issued by)
        if not (x.month and x.year) or not (x.day or x.recurrence in (None, "once")):
            continue
        if not P.ISSUING_A_PLAN.search(_deadline_context(plan, x)):
            continue
        owners = _owners_levels(plan, x.agency) if x.agency and level is not None else {None}
        if None not in owners and level not in owners:
            continue
        if branch is not None and x.agency and branch not in _owners_branches(plan, x.agency, level, branch):
            continue
        day = x.day or calendar.monthrange(x.year, x.month)[1]
        if f"{x.year:04d}-{x.month:02d}-{day:02d}" >= issued:
            due.append(f"{x.year:04d}-{x.month:02d}-{day:02d}")
    return min(due) if due else None


def plans_due_moved(mover: Document, x: Deadline, level: str | None, branch: str | None = None) -> str | None:
    """The date ``x``, a deadline ``mover`` moves a plan's task to ("gia hạn
    thời gian hoàn thành … đến ngày 31/3/2026", see ``extract.amended``),
    gives the plans carrying that plan out at ``level`` (and of ``branch``),
    as ``plans_due`` reads a plan's own: a task of issuing a plan, its body
    of that level and branch or unnamed; else None."""
    if not (x.year and x.month and x.day) or not P.ISSUING_A_PLAN.search(_deadline_context(mover, x)):
        return None
    owners = _owners_levels(mover, x.agency) if x.agency and level is not None else {None}
    if None not in owners and level not in owners:
        return None
    if branch is not None and x.agency and branch not in _owners_branches(mover, x.agency, level, branch):
        return None
    return f"{x.year:04d}-{x.month:02d}-{x.day:02d}"


def _owners_levels(plan: Document, owner: str) -> set[str | None]:
    """The levels of the bodies a deadline is given to (``owner``, one name or
    several joined, "Bộ trưởng, UBND các tỉnh, thành phố trực thuộc trung
    ương"): a date given ministers and provinces is both levels' date. None
    among them: a body of no known level, whom any level may be."""
    levels: set[str | None] = {a.level for a in plan.assignments if a.agency in owner}
    if not levels:
        body = classify_agency(owner)
        levels = {body.level if body is not None else None}
    return levels


# The sectors of a class of lower units' bodies that are one branch's: their
# people's committees, Party committees, Front committees (any other body, or
# none known, may be any branch's).
_LOWER_UNITS_BRANCH = {"lower_government": "state", "party": "party", "front_mass": "front"}


def _owners_branches(plan: Document, owner: str, level: str | None, default: str) -> set[str]:
    """The branches of the bodies of ``level`` a deadline is given to
    (``owner``, as ``_owners_levels`` reads it: "Các sở, ban, ngành tỉnh,
    UBND các xã" is the communes' people's committees' at a commune's
    level); ``default`` for a body of no one branch."""
    sectors: set[str | None] = {
        a.sector for a in plan.assignments if a.agency in owner and (a.level is None or a.level == level)
    }
    if not sectors:
        body = classify_agency(owner)
        sectors = {body.sector if body is not None else None}
    return {_LOWER_UNITS_BRANCH.get(s or "", default) for s in sectors}


def late_by(issued: str | None, due: str | None) -> int | None:
    """Days a plan was issued after the date it was due (None: in time, or
    either date unknown)."""
    if not issued or not due or len(issued) != 10:
        return None
    late = (dt.date.fromisoformat(issued) - dt.date.fromisoformat(due)).days
    return late if late > 0 else None


def _sections(a: Document, b: Document, method: str) -> list[SectionMatch]:
    sa = [s for s in a.sections if s.kind in ("roman", "part", "article", "arabic")]
    sb = [s for s in b.sections if s.kind in ("roman", "part", "article", "arabic")]
    texts = [_heading(s) for s in sa] + [_heading(s) for s in sb]
    sp = _Space(texts, method)
    pairs = sorted(
        ((sp.cos(i, len(sa) + j), i, j) for i in range(len(sa)) for j in range(len(sb))),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched: list[tuple[float, int, int]] = []
    # parts are paired by their role first ("II. CHỈ TIÊU" is "II. MỤC
    # TIÊU": the goals however named), where each plan has one part of it
    ra, rb = _part_roles(sa), _part_roles(sb)
    for role, i in ra.items():
        j = rb.get(role)
        if i >= 0 and j is not None and j >= 0:
            used_a.add(i)
            used_b.add(j)
            matched.append((sp.cos(i, len(sa) + j), i, j))
    for score, i, j in pairs:
        if score < SECTION_THRESHOLD or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched.append((score, i, j))
    # a section moved when its order among the matched ones changed, not its
    # numeral: a part inserted before it, or "I." renumbered "1.", keeps the
    # others in order (those in the longest run in A's order and B's stay)
    kept = _in_order([(i, j) for _, i, j in matched])
    out: list[SectionMatch] = []
    for score, i, j in matched:
        status = "same" if (i, j) in kept else "moved"
        out.append(
            SectionMatch(
                a=f"{sa[i].label}. {_heading(sa[i])}",
                b=f"{sb[j].label}. {_heading(sb[j])}",
                score=round(score, 3),
                status=status,
            )
        )
    out += [
        SectionMatch(a=f"{s.label}. {_heading(s)}", b=None, score=0.0, status="removed")
        for i, s in enumerate(sa)
        if i not in used_a
    ]
    out += [
        SectionMatch(a=None, b=f"{s.label}. {_heading(s)}", score=0.0, status="added")
        for j, s in enumerate(sb)
        if j not in used_b
    ]
    return out


def _part_roles(parts: list[Section]) -> dict[str, int]:
    """The role of each part (PART_ROLE) with its index, -1 where two parts have it."""
    out: dict[str, int] = {}
    for k, s in enumerate(parts):
        if s.kind not in ("roman", "part") and not _is_upper(s.heading or ""):
            continue  # (an item "1. Nhiệm vụ …" is no part)
        m = P.PART_ROLE.match(_heading(s))
        if m is not None and m.lastgroup:
            out[m.lastgroup] = k if m.lastgroup not in out else -1
    return out


def _orders_b_itself(task: str, b: Document) -> bool:
    """Whether A's task is the one of issuing B itself: a plan ("ban hành kế
    hoạch …": any plan of B's unit, or a decision issuing one), or one of the
    other kinds of text the issued words name that B is, a Party committee's
    resolution or programme of action among them ("Đảng ủy xã, phường xây
    dựng nghị quyết hoặc kế hoạch thực hiện …" is done by the ward Party
    committee's Nghị quyết). The texts the task only mentions ("kế hoạch
    thực hiện Nghị quyết số 57-NQ/TW") say nothing of B's kind."""
    m = P.ISSUING_A_PLAN.search(task)
    if m is None:
        return False
    kinds = {fold(k) for k in P.ISSUED_KIND_SPLIT.split(m["kinds"])}
    plan = plan_of(b)
    kind = plan.header.doc_type
    table = issued_kinds()
    for k in kinds:
        types = table.get(k, frozenset())
        if kind in types and (kind not in party_plan_types() or b.header.issuer.branch == "party"):
            return True
    # (a decision issuing the plan, by its title, with no one plan attached)
    return (
        "kehoach" in kinds
        and kind == "QĐ"
        and P.ISSUES_A_PLAN.search(plan.header.title or "") is not None
    )


def _in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest set of matched (A's index, B's index) pairs in the same
    order in both (a longest increasing run of B's indices, in A's order)."""
    ordered = sorted(pairs)
    best: list[int] = []  # for each pair, the length of the longest run ending there
    back: list[int] = []
    for k, (_, j) in enumerate(ordered):
        n, prev = 1, -1
        for q in range(k):
            if ordered[q][1] < j and best[q] + 1 > n:
                n, prev = best[q] + 1, q
        best.append(n)
        back.append(prev)
    out: set[tuple[int, int]] = set()
    k = max(range(len(best)), key=lambda q: best[q]) if best else -1
    while k >= 0:
        out.add(ordered[k])
        k = back[k]
    return out


# Scores this close are equal (one text's vectors, summed in another order).
_TIE = 1e-9
# Between peers, a candidate this near the best in likeness, led by the task's
# own body or sector where the best is not, is the task's pair.
_SAME_LEAD_MARGIN = 0.05
# Between levels a task is carried down by its body's counterpart (UBMTTQ
# tỉnh → UBMTTQ xã, HĐND tỉnh → HĐND xã, Sở Y tế → Trạm Y tế: one sector). A
# best led by a body of another sector (the Front against the council's
# supervisors) wins over a candidate the counterpart leads only by more than
# this margin; the counterpart then covers the task where the best would have
# (the likeness was there: only its body was another's). A candidate needs
# this floor, and a best of the same branch stays, unless one plan carries
# the other out (below). (The executive's bodies are one branch: a
# department's task is often carried down by the commune's people's
# committee itself.)
_COUNTERPART_FLOOR = 0.25
_COUNTERPART_MARGIN = 0.2
# (and between the central level and a province, the best led by the task's
# own sector, "Bộ Văn hóa, Thể thao và Du lịch hướng dẫn … thiết chế văn hóa"
# and "Sở Văn hóa, Thể thao và Du lịch hướng dẫn … nhà văn hóa thôn", covers
# it from that floor too: each ministry's task is its Sở's)
# In a plan carrying out the other's (a province's Công điện carrying out the
# Thủ tướng's, a commune's the province's), a task is first paired inside
# the pair of bodies of its sector (Bộ X ↔ Sở X ↔ the commune's Phòng/Trạm X serving X; UBND tỉnh ↔
# UBND xã ↔ thôn; VPCP ↔ VP UBND), then by words: of candidates within the
# margin of the best, the one its sector's counterpart leads is the pair, and
# it covers the task from this floor, lower than a pair across sectors needs
# ("Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm an toàn hệ thống điện" is carried
# out by "Giám đốc Sở Công Thương chỉ đạo Công ty Điện lực bảo đảm an toàn lưới
# điện" in other words). Two report duties still go by their routes.
_SECTOR_FLOOR = 0.15
_BRANCHES = frozenset({"sector:council", "sector:front_mass", "sector:party"})


def _branches(keys: frozenset[str]) -> frozenset[str]:
    """The branches of a task's leads (the council, the Front and mass
    organisations, the Party, or the executive)."""
    return frozenset(k if k in _BRANCHES else "executive" for k in keys)


@cache
def _sector_forces() -> dict[str, list[str]]:
    forces: dict[str, list[str]] = load("agencies.json")["sector_forces"]["forces"]
    return forces


def _lead_sectors(plan: Document, line: int, ministries: bool = False) -> frozenset[str]:
    """The sectors of the bodies doing the plan's task on ``line``, as keys
    ("sector:police"): each body's own, every field a commune's department
    serves (Phòng Kinh tế: agriculture, industry and trade, …), and against
    a plan of the ministries (``ministries``) the ministry's whose force it
    is (the border guard's Bộ Quốc phòng; at a province's level the border
    guard and the military command are two)."""
    out: set[str] = set()
    for g in _owners(plan, line):
        if g.role in _LEADING:
            # (a department's fields its task here speaks of)
            serves = department_sectors(g.canonical) if g.canonical else frozenset()
            texts = [t.text for t in g.tasks if t.span.line <= line <= (t.span.end_line or t.span.line)]
            fields = {f for f in serves if department_speaks_of(g.canonical or "", f, texts)}
            # (a closed department's field is its successors': information's
            # press is media's since 2025)
            fields |= {x for f in fields for x in _sector_successors()[1].get(f, ())}
            if g.sector:
                fields |= {g.sector, *(_sector_forces().get(g.sector, ()) if ministries else ())}
            out.update(f"sector:{f}" for f in fields)
    return frozenset(out)


_GENERAL_SECTOR = "sector:interdisciplinary"


def _item_line(plan: Document, line: int) -> int:
    """The line of the assignment giving the plan's task on ``line`` to its
    body (a numbered item's points are that item), else the task's."""
    return min((g.span.line for g in _owners(plan, line) if g.role in _LEADING), default=line)


def _lead_keys(plan: Document, line: int) -> frozenset[str]:
    """The bodies doing the plan's task on ``line`` (folded, a ward's and
    a commune's body one) and their sectors."""
    out: set[str] = set()
    for g in _owners(plan, line):
        if g.role in _LEADING:
            out.add(fold(_unit_blind(g.canonical or g.agency)))
            if g.sector:
                out.add(f"sector:{g.sector}")
    return frozenset(out)


# A report duty: the levels of the bodies making it, its addressee (None where
# none is written) with the clause naming it, whether it stays within its
# plan's level (its bodies and its addressee the plan's level's), and its
# periods ("semiannual", "annual", …; not a one-off's).
_Route = tuple[frozenset[str], tuple[str | None, str], bool, frozenset[str]]
_NOT_PERIODS = frozenset(("once", "ad hoc", "ongoing"))


def _report_routes(d: Document, tasks: list[tuple[str, int]]) -> list[_Route | None]:
    """Who reports to whom in each task that is a report duty with its date
    (a report deadline in the task's lines): the levels of the bodies doing
    it (else of the deadline's body) and the addressee; None for any other
    task."""
    out: list[_Route | None] = []
    reports = [x for x in d.deadlines if _is_report(x.due)]
    for (text, line), (first, last) in zip(tasks, _task_lines(d, tasks), strict=True):
        mine = [x for x in reports if first <= x.span.line <= last]
        if not mine:
            out.append(None)
            continue
        levels: set[str] = {g.level for g in _owners(d, line) if g.role in _LEADING and g.level}
        if not levels:
            levels = {lv for x in mine if x.agency and (lv := _level_of(x.agency))}
        to = next((x for x in mine if x.to), mine[0])
        own = bool(levels) and levels <= {d.header.level} and all(
            _level_of(n) in (d.header.level, None) for n in (_addressees(to.to) if to.to else [])
        )
        periods = frozenset(x.recurrence for x in mine if x.recurrence and x.recurrence not in _NOT_PERIODS)
        out.append((frozenset(levels), (to.to, _clause_of(text, to.text)), own, periods))
    return out


# Two periodic report duties of one route (one level's bodies, one addressee
# written in both, a period in common) alike at least this much are one duty,
# whatever else the item holds ("… là cơ quan thường trực, theo dõi, đôn đốc
# …; tổng hợp, báo cáo Bộ … định kỳ 6 tháng, hằng năm").
_ROUTE_FLOOR = 0.25


def _levels_differ(x: _Route, y: _Route) -> bool:
    """Whether two report duties are made by bodies of different levels (the
    province's report to the ministry against the communes' to the Sở)."""
    return bool(x[0] and y[0]) and not x[0] & y[0]


def _addressed_apart(x: _Route, y: _Route) -> bool:
    """Whether two report duties go to addressees neither reaching the other
    (see ``_reaches``)."""
    (_, (to_x, cx), _, _), (_, (to_y, cy), _, _) = x, y
    return bool(to_x and to_y) and not _reaches((to_x or "", cx), (to_y or "", cy))


def _one_route(x: _Route | None, y: _Route | None) -> bool:
    """Whether two report duties go one way: their bodies' levels and
    addressees written and met."""
    return (
        x is not None
        and y is not None
        and bool(x[0] and y[0] and x[1][0] and y[1][0])
        and not _levels_differ(x, y)
        and not _addressed_apart(x, y)
    )


def _one_period(x: _Route | None, y: _Route | None) -> bool:
    """Whether two report duties go one way (``_one_route``) for a period in
    common: one periodic report."""
    return _one_route(x, y) and x is not None and y is not None and bool(x[3] & y[3])


def _other_route(x: _Route | None, y: _Route | None, strict: bool, within: bool = True) -> bool:
    """Whether two report duties are not one, whatever their words: a report
    is known by who makes it and whom it goes to, as its deadline is. Two
    that each stay within their plan's level (the Sở's summary to UBND tỉnh,
    the ward's office's to UBND phường; the Party committee's standing
    board's at each level) are each plan's own report to its own head, one
    duty at each level: their words decide. Otherwise bodies of different
    levels make different reports; of one level, a report to another
    addressee is the same report sent elsewhere only where the other plan
    has none of the same route (not ``strict``) and, between levels
    (``within``), neither stays within its plan (the ward's units' report to
    UBND phường is no report of the wards' to the Sở the province asks
    for)."""
    if x is None or y is None or (x[2] and y[2]):
        return False
    if _levels_differ(x, y):
        return True
    return (strict or (within and (x[2] or y[2]))) and _addressed_apart(x, y)


def _without_recommended(d: Document, tasks: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[dict[str, Any]]]:
    """``tasks`` without the items that are only ``d``'s recommendations (the
    lines of ``recommended`` assignments' tasks that no other role's task is
    on: a report's "2. Kiến nghị UBND tỉnh quan tâm bố trí kinh phí …"), and
    those apart, each with the bodies it asks: what a report or submission
    asks of its superiors is no task of its own to compare."""
    asked: dict[int, list[str]] = {}
    own: set[int] = set()
    for g in d.assignments:
        for t in g.tasks:
            if g.role == "recommended":
                asked.setdefault(t.span.line, []).append(g.agency)
            else:
                own.add(t.span.line)
    if not asked:
        return tasks, []
    kept: list[tuple[str, int]] = []
    apart: list[dict[str, Any]] = []
    for text, line in tasks:
        if line in asked and line not in own:
            apart.append({"text": text, "line": line, "to": asked[line]})
        else:
            kept.append((text, line))
    return kept, apart


def _tasks(
    a: Document,
    b: Document,
    method: str,
    threshold: float,
    b_cites_a: dict[str, Any] | None = None,
    a_cites_b: dict[str, Any] | None = None,
) -> TaskDiff:
    ta, rec_a = _without_recommended(a, task_items(a))
    tb, rec_b = _without_recommended(b, task_items(b))
    sp = _Space([task_content(t) for t, _ in ta] + [task_content(t) for t, _ in tb], method)
    na = len(ta)
    # (report duties: a pair only of one route, see ``_other_route``)
    routes = _report_routes(a, ta) + _report_routes(b, tb)

    def best(i: int, others: range) -> tuple[int | None, float]:
        # (of equal scores, the task nearest its place in its plan: a task
        # repeated under several bodies, "Thực hiện các nhiệm vụ khác theo
        # quy định", is paired with its own, a plan compared with itself
        # with each of its tasks)
        top, score, away = None, 0.0, 2.0
        at = i / na if i < na else (i - na) / len(tb)
        strict = routes[i] is not None and any(_one_route(routes[i], routes[j]) for j in others)
        for j in others:
            if routes[i] is not None and _other_route(routes[i], routes[j], strict, levels):
                continue
            s = sp.cos(i, j)
            if s > score + _TIE:
                top, score, away = j, s, abs(at - (j / na if j < na else (j - na) / len(tb)))
            elif s > 0 and abs(s - score) <= _TIE:
                d = abs(at - (j / na if j < na else (j - na) / len(tb)))
                if d < away:
                    top, score, away = j, max(s, score), d
        return top, score

    # between peers, the lead (body and sector) of each task: of candidates
    # nearly as alike, the one the same body or sector leads is the pair
    peers = not _lower_level(a, b) and not _lower_level(b, a) and bool(a.header.level) and a.header.level == b.header.level
    leads = [_lead_keys(a, line) for _, line in ta] + [_lead_keys(b, line) for _, line in tb] if peers else []
    # between levels, the counterpart is of the same sector (a body's name
    # names its level; a commune's department serves several): only a best
    # another branch leads gives way
    levels = _lower_level(a, b) or _lower_level(b, a)
    if levels:
        leads = [_lead_sectors(a, line, b.header.level == "national") for _, line in ta] + [
            _lead_sectors(b, line, a.header.level == "national") for _, line in tb
        ]
    margin, floor = (_COUNTERPART_MARGIN, _COUNTERPART_FLOOR) if levels else (_SAME_LEAD_MARGIN, 0.0)
    # (the central level's plan and a province's: the ministries' tasks and
    # their Sở's, the central Party bodies' and the provincial committee's)
    ministries = levels and {a.header.level, b.header.level} in ({"national", "province"}, {"party", "province"})
    # (one plan carrying the other out: its sector's counterpart first)
    carried = levels and any(c is not None and c.get("relation") in _CARRIES_OUT for c in (b_cites_a, a_cites_b))
    # (each task's item: the line of the body's assignment holding it, its
    # points one item; and the items given to every body at once, "Yêu cầu
    # Giám đốc các Sở, Thủ trưởng các ban, ngành …", no body's own)
    items = [_item_line(a, line) for _, line in ta] + [_item_line(b, line) for _, line in tb] if carried else []
    general = {i for i, keys in enumerate(leads) if carried and _GENERAL_SECTOR in keys}
    # (a ministry's task on an instrument of the whole country: no Sở's)
    national = {
        i
        for i, (text, _) in enumerate(ta + tb)
        if carried and (a if i < na else b).header.level == "national" and P.NATIONAL_INSTRUMENT.search(text)
    }

    def pick(i: int, others: range) -> tuple[int | None, float, bool]:
        """The pair of task ``i``, its likeness, and whether it covers the
        task (over the threshold, or a counterpart in place of a best that
        was)."""
        j, s = best(i, others)
        if carried and j is not None and leads[i] and (one := _in_sector(i, j, s, others)) is not None:
            return one
        if ministries and j is not None and leads[i] & leads[j] and (routes[i] is None or routes[j] is None):
            # (a ministry's task and the task of its sector's Sở: one duty
            # carried down, from the likeness a counterpart needs; two
            # reports go by their routes)
            return j, s, s >= min(threshold, _COUNTERPART_FLOOR)
        if not leads or j is None or not leads[i] or leads[i] & leads[j]:
            return j, s, s >= threshold
        if levels and (not leads[j] or _branches(leads[i]) & _branches(leads[j])):
            return j, s, s >= threshold
        near = [
            (c, k)
            for k in others
            if k != j
            and leads[i] & leads[k]
            and not _other_route(routes[i], routes[k], True)
            and (c := sp.cos(i, k)) >= s - margin
            and c >= floor
        ]
        if not near:
            return j, s, s >= threshold
        s2, k = max(near, key=lambda x: x[0])
        return k, s2, s2 >= threshold or (levels and s >= threshold)

    def _in_sector(i: int, j: int, s: float, others: range) -> tuple[int, float, bool] | None:
        """In a plan carrying the other out: of the candidates within the
        margin of the best ``j`` and above the sector's floor, the best its
        sector's counterpart leads (the best itself first), when each of
        the two bodies has that one item of the sector (its points one
        item: a Công điện's "Giám đốc Sở Y tế chỉ đạo …" for the Thủ
        tướng's "Bộ trưởng Bộ Y tế …"; a body with several items is paired
        by words), covering from that floor (two reports go by their
        routes); else None."""
        if i in national:
            return None
        near = [
            (c, k == j, k)
            for k in others
            if leads[i] & leads[k]
            and k not in national
            and (k in general) == (i in general)
            # (two reports only of one route: another's is no counterpart)
            and (routes[i] is None or routes[k] is None or _one_route(routes[i], routes[k]))
            and (c := sp.cos(i, k)) >= max(s - margin, _SECTOR_FLOOR)
        ]
        if not near:
            return None
        s2, _, k = max(near, key=lambda x: (x[0], x[1]))
        shared = leads[i] & leads[k]
        mine = [m for m in (range(na) if i < na else range(na, na + len(tb))) if leads[m] & shared and (m in general) == (i in general)]
        theirs = {items[m] for m in others if leads[m] & shared and (m in general) == (i in general)}
        if len({items[m] for m in mine}) > 1 or len(theirs) > 1 or max(mine, key=lambda m: (sp.cos(k, m), m == i)) != i:
            return None
        sector = routes[i] is None or routes[k] is None
        return k, s2, s2 >= threshold or s >= threshold or sector

    res = TaskDiff(recommended_a=rec_a, recommended_b=rec_b)
    for i, (text, line) in enumerate(ta):
        j, s, cov = pick(i, range(na, na + len(tb)))
        cov = cov or (j is not None and s >= _ROUTE_FLOOR and _one_period(routes[i], routes[j]))
        m = TaskMatch(
            text=text,
            line=line,
            best=tb[j - na][0] if j is not None else None,
            best_line=tb[j - na][1] if j is not None else None,
            score=round(s, 3),
            covered=cov,
        )
        res.a_to_b.append(m)
    for jb, (text, line) in enumerate(tb):
        ia, s, cov = pick(na + jb, range(na))
        cov = cov or (ia is not None and s >= _ROUTE_FLOOR and _one_period(routes[na + jb], routes[ia]))
        m = TaskMatch(
            text=text,
            line=line,
            best=ta[ia][0] if ia is not None else None,
            best_line=ta[ia][1] if ia is not None else None,
            score=round(s, 3),
            covered=cov,
        )
        res.b_to_a.append(m)
    lower = _lower_level(a, b)
    if b_cites_a and lower and b.header.date:
        _mark_issuing(res, a, b, b_cites_a)
    elif b_cites_a and b.header.date and b_cites_a.get("relation") == "implements" and _department_of(a, b):
        # (a department's plan carrying out its province's: the plan the
        # province asks "các sở, ban, ngành" to draw up, done by issuing it)
        _mark_issuing(res, a, b, b_cites_a, addressed=True)
    if not lower and not _lower_level(b, a):
        # (between plans of one level, each way)
        _cover_by_pieces(res.a_to_b, b, tb, method, threshold)
        _cover_by_pieces(res.b_to_a, a, ta, method, threshold)
        _cover_by_union(res.a_to_b, res.b_to_a, method, threshold)
        _cover_by_union(res.b_to_a, res.a_to_b, method, threshold)
        _pair_requests(res, a, b)
    part = lower and bool(_level_part(a, b.header.level))
    if lower:
        pool: list[tuple[str, int]] | None = None
        bodies = _bodies_by_line(b)
        has = _sectors_named(b, tb) if part else {}
        for m in res.a_to_b:
            supports = _supports_only(a, m.line, b.header.level)
            if supports or not _applies_at(a, m.line, b.header.level):
                m.above_b_level, m.b_level_supports = True, supports
                if not supports:
                    continue
            elif part and _general(a, m, b.header.level):
                m.general = True
                continue
            if m.done_by_issuing or m.b_undated or (not m.covered and _cover_by_part(m, b, reports=False)):
                continue
            # a task of B's level is decided clause by clause, whatever its
            # whole likeness: covered when each ";" clause is, partly (the
            # others named) when some are, missing when none is
            pool = _cover_pool(b, tb) if pool is None else pool
            whole = (threshold, m.best_line) if m.covered else None
            hits = _clause_hits(m.text, pool, method, max(threshold, _CLAUSE_COVER), bodies, whole, b.header.level)
            if supports:
                # B's level only works with A's body here ("Cơ quan phối hợp:
                # UBND các xã, phường"): no task of B's level, but B doing its
                # share of it at its own level, in its own words ("rà soát văn
                # bản của phường" of "rà soát văn bản … của 3 tỉnh (cũ)"), is
                # told: one clause of it, or the whole from the likeness a
                # body's item needs
                share = sorted({h[1] for _, h in hits if h})
                if not m.covered and (m.score >= _BODY_COVER or share):
                    m.covered = True
                    if m.score < _BODY_COVER:
                        m.split_over, m.best_line = share, share[0]
                        m.best = next(h[0] for _, h in hits if h)
                continue
            if len(hits) < 2:
                if not m.covered and hits and hits[0][1]:
                    m.covered, m.split_over = True, [hits[0][1][1]]
                    m.best, m.best_line = hits[0][1][0], hits[0][1][1]
                continue
            # (a body B has under another field counts: the Văn phòng HĐND và
            # UBND serving justice by its công chức Tư pháp - Hộ tịch)
            lacking = {
                c
                for c, _ in hits
                if any(
                    x not in has and _same_body([n], has) is None and _department_serving(b, x) is None
                    for x, n in _bodies_named(c)
                )
            }
            found = [(c, h) for c, h in hits if h and (not part or c not in lacking)]
            if len(found) == len(hits):
                if not m.covered:
                    m.covered, m.split_over = True, sorted({h[1] for _, h in found})
                    m.best, m.best_line = " / ".join(dict.fromkeys(h[0] for _, h in found)), found[0][1][1]
            elif found:
                m.covered, m.partly = False, True
                m.missing_clauses = [c for c, h in hits if (c, h) not in found]
                m.covered_share = round(len(found) / len(hits), 3)
            else:
                m.covered = False
    if lower or b_cites_a:
        # (B carrying A out: its item detailing a part of A's task)
        _cover_by_containment(res, a, b, ta, tb)
    _tally(res, a, b, lower)
    return res


@cache
def _generic_syllables() -> frozenset[str]:
    return frozenset(_word(w) for w in load("generic_words.json")["syllables"]) | frozenset(
        ("agencyword", "hamlet", "hdnd", "ondiaban", "ubnd", "unitword")  # (the level tokens of normalise)
    )


def _phrase_syllables(text: str) -> tuple[str, ...]:
    """A task's content as syllables with their accents, near-synonyms read
    as one (a phrase is shared word for word, as written)."""
    return _exact_syllables(task_content(text))


# The longest run of syllables two tasks are found to share as one phrase:
# a list a lower plan repeats ("dịch vụ công trực tuyến, thanh toán không
# dùng tiền mặt", 11) cut into pieces would weigh as pieces, each too light.
_LONGEST_RUN = 12


def _grams(syl: tuple[str, ...], longest: int = _LONGEST_RUN) -> frozenset[tuple[str, ...]]:
    """A phrase's runs of two to ``longest`` syllables (built once per task
    of A: a run of B is then found in it by one lookup)."""
    return frozenset(syl[i : i + n] for n in range(2, longest + 1) for i in range(len(syl) - n + 1))


def _shared_runs(
    b: tuple[str, ...], grams: frozenset[tuple[str, ...]], longest: int = _LONGEST_RUN
) -> list[tuple[str, ...]]:
    """B's runs of two syllables or more found word for word in A (``grams``:
    A's runs, see ``_grams``), the longest at each place first, not
    overlapping."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(b) - 1:
        # (no run starts here unless its first two syllables do)
        if b[i : i + 2] not in grams:
            i += 1
            continue
        n = 2
        for k in range(min(longest, len(b) - i), 2, -1):
            if b[i : i + k] in grams:
                n = k
                break
        out.append(b[i : i + n])
        i += n
    return out


def _contains(run: tuple[str, ...], syl: tuple[str, ...]) -> bool:
    n = len(run)
    return any(syl[i : i + n] == run for i in range(len(syl) - n + 1))


# A lower plan's item names a part of its parent's task when it shares with
# it a distinctive phrase (a run with two syllables no generic word at
# least, at its ends none, found in at most this many of the parent's
# tasks): the heading of the numbered item it stands under, one of this many
# such syllables ("1. Thu gom, xử lý rơm rạ, phụ phẩm nông nghiệp" over "-
# Xây dựng mô hình thu gom, cuộn rơm …"); the item itself, a term it quotes
# ("1 phải 5 giảm") or one of this many ("tưới ướt khô xen kẽ"). Measured on
# the audits' 37 plan pairs: an item's own phrases of four such syllables
# matched a beneficiary ("bác sĩ làm việc tại trạm y tế", "dịch vụ công
# trực tuyến") as often as a technique; of five or quoted, 4 of 5 matches
# right, and the headings' 4 of 4.
_PHRASE_TASKS = 2
_PHRASE_HEADING = 3
_PHRASE_OWN = 5


def _core(run: tuple[str, ...], generic: frozenset[str]) -> tuple[str, ...] | None:
    """A shared run's core: the run without the generic words at its ends
    ("tổ chức các hoạt động hè" is "hoạt động hè"), two syllables no generic
    word at least; None where it has none."""
    lo, hi = 0, len(run)
    # (a number at an end is a year or a count, "trẻ em năm 2026"; within,
    # a formula's: "1 phải 5 giảm")
    while lo < hi and (run[lo] in generic or run[lo].isdigit()):
        lo += 1
    while hi > lo and (run[hi - 1] in generic or run[hi - 1].isdigit()):
        hi -= 1
    core = run[lo:hi]
    if sum(1 for w in core if w not in generic and not w.isdigit()) < 2:
        return None
    return core


def _distinctive(core: tuple[str, ...], pool: list[frozenset[tuple[str, ...]]]) -> bool:
    """Whether a core (of at most ``_LONGEST_RUN`` syllables) is found in few of
    A's tasks (``_PHRASE_TASKS``; ``pool``: their runs, see ``_grams``)."""
    return sum(1 for g in pool if core in g) <= _PHRASE_TASKS


def _few(core: tuple[str, ...], pool: list[frozenset[tuple[str, ...]]], seen: dict[tuple[str, ...], bool]) -> bool:
    """``_distinctive``, asked once per core in a pairing (``seen``): the
    scan of A's tasks runs for each phrase, not for each pair of tasks
    sharing it, or the pairing grows with the square of A's tasks."""
    few = seen.get(core)
    if few is None:
        few = seen[core] = _distinctive(core, pool)
    return few


def _kept(
    run: tuple[str, ...],
    least: int,
    quoted: list[tuple[str, ...]],
    generic: frozenset[str],
    pool: list[frozenset[tuple[str, ...]]],
    seen: dict[tuple[str, ...], bool],
    kept: dict[tuple[str, ...], tuple[str, ...] | None],
) -> tuple[str, ...] | None:
    """A shared run's distinctive core where it names a part of A's task:
    of ``least`` such syllables or holding a term B quotes; decided once per
    run of one item of B (``kept``), the cheap weight and quoted-term tests
    before A's tasks are scanned (``_few``)."""
    if run in kept:
        return kept[run]
    c = _core(run, generic)
    if c is None:
        # (a term quoted or a number cited, whole in the run, however generic
        # its syllables: "Chỉ thị số 35-CT/TU")
        c = next((q for q in quoted if len(q) >= 2 and _contains(q, run)), None)
        if c is not None and not _few(c, pool, seen):
            c = None
    elif not (
        (_weight(c, generic) >= least or any(_contains(q, c) or _contains(q, run) or _contains(c, q) for q in quoted if q))
        and _few(c, pool, seen)
    ):
        c = None
    kept[run] = c
    return c


def _weight(core: tuple[str, ...], generic: frozenset[str]) -> int:
    """A phrase's syllables that are no generic word."""
    return sum(1 for w in core if w not in generic and not w.isdigit())


def _more_than_numbers(
    runs: list[tuple[str, ...]],
    own: tuple[str, ...],
    grams: frozenset[tuple[str, ...]],
    numbers: list[tuple[str, ...]],
    generic: frozenset[str],
    pool: list[frozenset[tuple[str, ...]]],
    seen: dict[tuple[str, ...], bool],
) -> bool:
    """Whether an item's phrases shared with one of A's tasks (``runs``)
    hold more than the documents it cites (``numbers``): a phrase of its
    own found in few of A's tasks, two syllables no generic word at least."""
    if any(not any(_contains(q, r) or _contains(r, q) for q in numbers) for r in runs):
        return True
    for r in _shared_runs(own, grams):
        c = _core(r, generic)
        if c is not None and not any(_contains(q, r) for q in numbers) and _few(c, pool, seen):
            return True
    return False


def _cited_numbers(text: str) -> list[str]:
    """The numbers of the documents a task cites ("57-NQ/TW", "06/2021/NĐ-CP",
    "45/KH-UBND")."""
    return [m.group(0) for rx in (P.PARTY_NUMBER, P.NORMATIVE_NUMBER, P.ADMIN_NUMBER) for m in rx.finditer(text)]


def _item_headings(d: Document) -> dict[int, str]:
    """The heading of the numbered item each dash item stands under ("1.
    Tổ chức sản xuất lúa chất lượng cao, phát thải thấp" over "- Tập huấn
    quy trình …"), not a body's ("1. Phòng Văn hóa - Xã hội"), by line."""
    heads: dict[int, list[tuple[str, bool]]] = {}
    for g in d.assignments:
        heads.setdefault(g.span.line, []).append((g.agency.casefold(), g.role == "support"))
    out: dict[int, str] = {}
    for s in walk_sections(d.sections):
        if s.kind not in ("arabic", "letter") or not s.children or _body_heading(s, heads):
            continue
        title = s.heading or s.text
        if not title or title.rstrip().endswith(":") or any(g.span.line == s.span.line for g in d.assignments):
            continue
        for c in s.children:
            if c.kind in ("dash", "plus"):
                out[c.span.line] = title
    return out


def _cover_by_containment(
    res: TaskDiff, a: Document, b: Document, ta: list[tuple[str, int]], tb: list[tuple[str, int]]
) -> None:
    """B's items left uncovered that detail a part of one of A's tasks
    (B carrying A out): the item, or the heading of the numbered item it
    stands under, shares distinctive phrases with A's task (see
    ``_PHRASE_TASKS``): covered by it, however little alike the two are as
    wholes (a symmetric likeness undervalues the part of a larger task).
    A's task is then covered where each of its ";" clauses holds such a
    phrase of one of B's items (``split_over`` lists them)."""
    if not ta or not tb:
        return
    generic = _generic_syllables()
    sa = [_phrase_syllables(t) for t, _ in ta]
    ga = [_grams(syl) for syl in sa]
    seen: dict[tuple[str, ...], bool] = {}  # a core -> whether _distinctive
    heads = _item_headings(b)
    found: dict[int, list[int]] = {}  # A's index -> B's indexes detailing it
    runs_of: dict[tuple[int, int], list[tuple[str, ...]]] = {}
    for jb, m in enumerate(res.b_to_a):
        own = _phrase_syllables(m.text)
        head = _phrase_syllables(heads[m.line]) if m.line in heads else ()
        quoted = [_phrase_syllables(q["term"]) for q in P.QUOTED_TERM.finditer(m.text)] if '"' in m.text or "“" in m.text else []
        # (a document the item cites by number, as a name it quotes: "tuyên
        # truyền Nghị quyết số 57-NQ/TW" in the ward's words is the province's
        # task citing it, where few of A's tasks do; with one more phrase of
        # their own shared, "nhóm Zalo": a directive named alone is in tasks
        # of every kind, "quán triệt Chỉ thị 52" and "ban hành kế hoạch thực
        # hiện Chỉ thị 52")
        numbers = [_phrase_syllables(n) for n in _cited_numbers(m.text)] if "/" in m.text else []
        quoted += numbers
        best: tuple[int, int, int] | None = None
        kept_own: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        kept_head: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        for ia, grams in enumerate(ga):
            runs = [
                c for r in _shared_runs(own, grams) if (c := _kept(r, _PHRASE_OWN, quoted, generic, ga, seen, kept_own))
            ] + [c for r in _shared_runs(head, grams) if (c := _kept(r, _PHRASE_HEADING, [], generic, ga, seen, kept_head))]
            if not runs or (numbers and not _more_than_numbers(runs, own, grams, numbers, generic, ga, seen)):
                continue
            total, longest = sum(len(r) for r in runs), max(len(r) for r in runs)
            runs_of[(ia, jb)] = runs
            if best is None or (total, longest) > best[:2]:
                best = (total, longest, ia)
        if best is None:
            continue
        ia = best[2]
        found.setdefault(ia, []).append(jb)
        if not m.covered:
            m.covered, m.best, m.best_line = True, ta[ia][0], ta[ia][1]
    for ia, jbs in found.items():
        m = res.a_to_b[ia]
        if m.covered or m.partly or m.general or m.above_b_level:
            continue  # (decided clause by clause, or for information)
        clauses = [_phrase_syllables(c) for c in _clauses(m.text)] or [sa[ia]]
        if all(any(_contains(r, c) for jb in jbs for r in runs_of[(ia, jb)]) for c in clauses):
            m.covered, m.partly, m.missing_clauses, m.covered_share = True, False, [], None
            m.split_over = sorted({tb[jb][1] for jb in jbs})
            m.best_line, m.best = m.split_over[0], " / ".join(tb[jb][0] for jb in jbs)[:200]


def _mark_issuing(res: TaskDiff, a: Document, b: Document, cites: dict[str, Any], addressed: bool = False) -> bool:
    """Mark A's tasks asking B's level to issue its own plan done by B
    itself (``cites``: B's citation of A, or what it would give: the date A
    gives plans of B's level to be issued by, ``plans_due``, and how late B
    was, ``issued_late_by_days``). A year alone (a draft's blank "ngày …
    tháng … năm 2026") is no date of issue: no verdict on time rests on it.
    Whether any task was marked. ``addressed``: B's issuer is one of A's
    own bodies (a department of A's province), and only a task given to it,
    or to a class of bodies holding it ("Các sở, ban, ngành"), is B's."""
    dated = len(b.header.date or "") == 10
    found = False
    for m in res.a_to_b:
        if (
            _orders_b_itself(m.text, b)
            and _applies_at(a, m.line, b.header.level)
            and (not addressed or _addressed_to(a, m.line, b))
        ):
            m.covered, found = True, True
            # (done whole by issuing: no clause of it missing)
            m.partly, m.missing_clauses, m.covered_share = False, [], None
            if dated:
                m.done_by_issuing = b.header.date
                m.late_by_days = cites.get("issued_late_by_days")
                # (no due date, no verdict: never "in time" by default)
                m.in_time = None if not cites.get("plans_due") else not m.late_by_days
            else:
                m.b_undated = True
    return found


def _department_of(a: Document, b: Document) -> bool:
    """Whether B's issuer is a department of A's (a Sở's plan against its
    province's People's Committee's): one level, B's issuer a department
    ("Sở", "Ban" …), A's not, B's locality within A's."""
    ia, ib = a.header.issuer, b.header.issuer
    return (
        bool(a.header.level)
        and a.header.level == b.header.level
        and ib.organ is not None
        and P.ISSUER_DEPARTMENT_ORGAN.match(ib.organ) is not None
        and (ia.organ is None or P.ISSUER_DEPARTMENT_ORGAN.match(ia.organ) is None)
        and _may_be_within(ib.locality, ia.locality)
    )


# The classes of bodies ("các sở, ban, ngành"), by their word folded, that
# hold only one kind of issuer: "các sở" departments, "các bộ" ministries
# ("các ngành", "các cơ quan chuyên môn" hold any of them).
_CLASS_OF_ONE_KIND = {"so": "so", "bo": "bo"}


def _addressed_to(a: Document, line: int, b: Document) -> bool:
    """Whether A's task on ``line`` is given to B's issuer (its canonical
    name doing it) or to a class of bodies holding it ("Các sở, ban, ngành"
    doing it holds "Sở Nông nghiệp và Môi trường"; "các bộ, ngành" no Sở)."""
    issuer = _issuer_canonical(b)
    organ = fold(b.header.issuer.organ or "")
    for g in _owners(a, line):
        if g.role not in _LEADING:
            continue
        if issuer is not None and fold(g.canonical or g.agency) == fold(issuer):
            return True
        if (hit := P.ALL_OF_KIND.match(g.agency)) is not None:
            kind = _CLASS_OF_ONE_KIND.get(fold(hit.group(0)).rsplit("cac", 1)[-1])
            if kind is None or organ == kind:
                return True
    return False


def _issuing_uncited(a: Document, b: Document, tasks: TaskDiff) -> bool:
    """Where B, a lower plan carrying A out, does not cite it (told once,
    ``b_does_not_cite_a``), B is still the plan A asks B's level to issue
    when B is dated on or before the date A gives it: A's task of issuing
    it is done by B, not listed as missing (measured on the audits' ward
    plans: a commune's plan of A's subject issued in time, citing A only as
    "chỉ đạo của UBND tỉnh"). A B issued after that date, citing nothing, may
    be another plan (next year's): not judged; so is B carrying out another
    plan it names ("Thực hiện Kế hoạch số 60/KH-UBND của UBND tỉnh")."""
    due = plans_due(a, b.header.level, b.header.issuer.branch)
    issued = b.header.date or ""
    if not due or len(issued) != 10 or issued > due:
        return False
    if any(c.relation == "implements" and c.number and c.doc_type in plan_types() for c in b.citations):
        return False  # (B carries out another plan it names: that one's, not A's)
    if not _mark_issuing(tasks, a, b, {"plans_due": due, "issued_late_by_days": None}):
        return False
    _tally(tasks, a, b, True)
    return True


def _pieces_pool(d: Document, items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """What of a plan may carry one item of another's: its items, each ";"
    clause and each sentence of them ("Truyền thông …; lồng ghép cảnh báo
    các thủ đoạn lừa đảo qua mạng …", one item merging two), and the clauses
    of a part written as a paragraph."""
    out = _cover_pool(d, items)
    seen = {t for t, _ in out}
    for t, line in items:
        for piece in P.SENTENCE_SPLIT.split(t):
            piece = piece.strip()
            if len(piece) > _SHORTEST_TASK and piece not in seen:
                seen.add(piece)
                out.append((piece, line))
    return out


# An item one clause of another covers keeps a share of its likeness with
# the whole: a half matching at 0.45 is still about 0.2 with the item of two
# that holds it. Below this, no clause is looked for.
_PIECE_FLOOR = 0.15


def _cover_by_pieces(
    matches: list[TaskMatch], other: Document, items: list[tuple[str, int]], method: str, threshold: float
) -> None:
    """Between plans of one level, each uncovered item decided as between
    levels, piece by piece: covered when each ";" clause of it is carried by
    an item of the other plan or one clause or sentence of it (a merged task
    covers both it merges; whole-item likeness undervalues the smaller half);
    a report duty written as an item ("Báo cáo kết quả thực hiện hằng quý về
    Sở …") by the other's reporting part, where its periods and dates are
    compared (the deadlines)."""
    left = [
        m
        for m in matches
        if not m.covered and not _cover_by_part(m, other, reports=True) and m.score >= _PIECE_FLOOR
    ]
    if not left:
        return
    pool = _pieces_pool(other, items)
    # (one space for all of them, as _clause_hits compares one task's
    # clauses: each clause by what is done, its frame cut)
    said = [[_clause_words(c) for c in _clauses(m.text)] for m in left]
    flat = [c for cs in said for c in cs]
    sp = _Space([t for t, _ in pool] + flat, method)
    n, k, cut = len(pool), 0, max(threshold, _CLAUSE_COVER)
    for m, cs in zip(left, said, strict=True):
        found: list[tuple[str, int]] = []
        for _ in cs:
            score, j = sp.best_among_first(n + k, n)
            k += 1
            if score >= cut:
                found.append(pool[j])
        if cs and len(found) == len(cs):
            m.covered, m.split_over = True, sorted({h[1] for h in found})
            m.best, m.best_line = " / ".join(dict.fromkeys(h[0] for h in found)), found[0][1]


# A task one of the other plan's covers with others (its part of the union)
# shares this much with it alone: a verb or object of its own, not only the
# plan's topic words.
_UNION_FLOOR = 0.25
# Each task joining the union brings this much more of the covering task's
# words (the squared weight of its features the union has) ...
_UNION_GAIN = 0.05
# ... or is one of the union's tasks written again for other units ("Số hóa
# hồ sơ địa chính … của 58 phường" / "… của 77 xã"): this alike.
_UNION_SAME = 0.8


def _duty_words(text: str) -> str:
    """A task's content without the clauses saying only when it is due
    ("…; hoàn thành trước ngày 30 tháng 11 năm 2026"): no duty of their own,
    and in a short task they outweigh what is done."""
    text = task_content(text)
    if ";" not in text:
        return text
    kept = [c for c in text.split(";") if len(P.WORD_RUN.findall(P.DEADLINE.sub(" ", c))) > 2]
    return ";".join(kept) or text


def _one_object(sp: _Space, group: list[int], j: int) -> bool:
    """Whether the tasks ``group`` and the one ``j`` name one object: a word
    pair all of them hold, not of generic words alone ("hồ sơ địa chính" of
    "rà soát …", "số hóa …" and "rà soát, chỉnh lý, số hóa …"), not only the
    duties every plan gives ("chủ trì …, tổng hợp báo cáo", "báo cáo kết quả
    thực hiện về UBND tỉnh")."""
    # (read with accents, as the generic words are written)
    generic = _generic_syllables()
    own = _exact_pairs(sp.texts[j])
    for i in group:
        # (each one's verb, its first words after the generic ones, the
        # covering task's: "rà soát", "số hóa" of "rà soát, chỉnh lý, số hóa")
        syl = P.WORD.findall(normalise(sp.texts[i]))
        lead = next((n for n, w in enumerate(syl) if w not in generic and not w.isdigit()), len(syl))
        if lead + 1 >= len(syl) or (syl[lead], syl[lead + 1]) not in own:
            return False
    shared = own.intersection(*(_exact_pairs(sp.texts[i]) for i in group))
    return any(not any(w.isdigit() for w in k) and not all(w in generic for w in k) for k in shared)


def _cover_by_union(
    matches: list[TaskMatch], others: list[TaskMatch], method: str, threshold: float
) -> None:
    """One task of the other plan covering several of ``matches`` at once,
    where its verbs and objects are the union of theirs: B's "rà soát,
    chỉnh lý, số hóa hồ sơ địa chính" against A's rows "Rà soát, chỉnh lý
    hồ sơ địa chính …", "Số hóa hồ sơ địa chính … của 58 phường", "… của 77
    xã", each alone under the threshold. Of the uncovered tasks sharing
    ``_UNION_FLOOR`` with it, joined best first where each brings more of its
    words (or is a joined one for other units), the union reading like it at
    the threshold: each covered, pointing at it, and it carrying them
    (``split_over``, a merged item)."""
    left = [m for m in matches if not m.covered and not m.partly and m.score >= _PIECE_FLOOR]
    if len(left) < 2:
        return
    n = len(left)
    sp = _Space([task_content(m.text) for m in left] + [_duty_words(o.text) for o in others], method)
    for jo, o in enumerate(others):
        j = n + jo
        cands = sorted(((sp.cos(k, j), k) for k in range(n) if not left[k].covered), reverse=True)
        cands = [(x, k) for x, k in cands if x >= _UNION_FLOOR]
        if len(cands) < 2:
            continue
        group, feats, gained = [cands[0][1]], set(sp.bags[cands[0][1]]), False
        share = sum(x * x for f, x in sp.vecs[j].items() if f in feats)
        for _, k in cands[1:]:
            more = sum(x * x for f, x in sp.vecs[j].items() if f in sp.bags[k] and f not in feats)
            if more >= _UNION_GAIN:
                gained, share = True, share + more
            elif not any(sp.cos(k, g) >= _UNION_SAME for g in group):
                continue
            group.append(k)
            feats |= set(sp.bags[k])
        if not gained or sp.union_cos(group, j) < threshold or not _one_object(sp, group, j):
            continue
        for k in group:
            m = left[k]
            m.covered, m.best, m.best_line, m.split_over = True, o.text, o.line, [o.line]
        o.covered = True
        o.split_over = sorted({left[k].line for k in group})
        o.best, o.best_line = " / ".join(left[k].text for k in sorted(group)), o.split_over[0]


def _cover_by_part(m: TaskMatch, other: Document, *, reports: bool) -> bool:
    """Cover a task of funding ("Bố trí kinh phí thực hiện từ nguồn ngân
    sách địa phương …", FUNDING_TASK) by the other plan's funding part, known
    by its heading ("IV. KINH PHÍ: Từ ngân sách tỉnh …", its paragraph need
    not say "kinh phí"), and with ``reports`` a report duty by its reporting
    part ("CHẾ ĐỘ BÁO CÁO"). Whether it did."""
    clauses = _clauses(m.text)
    if len(clauses) == 1 and P.FUNDING_TASK.search(_clause_words(clauses[0])):
        heading = P.FUNDING_HEADING
    elif reports and _report_duty(m.text):
        heading = P.REPORTING_REGIME
    else:
        return False
    part = next((s for s in walk_sections(other.sections) if s.heading and heading.search(s.heading)), None)
    if part is None:
        return False
    m.covered, m.best_line, m.best = True, part.span.line, f"{part.heading}: {part.text}"[:200].strip()
    m.partly, m.missing_clauses, m.covered_share = False, [], None
    return True


def _requested(d: Document, line: int) -> set[str]:
    return {g.canonical or g.agency for g in _owners(d, line) if g.role == "requested"}


def _pair_requests(res: TaskDiff, a: Document, b: Document) -> None:
    """Between plans of one level, pair the uncovered requests to the same
    body ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh … vận động đoàn viên …" and "Đề
    nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn phát động …"), each the only
    one of its plan to it: what is left of them, the body cut, is too few
    words to be compared."""
    asked_a = [(m, _requested(a, m.line)) for m in res.a_to_b if not m.covered]
    asked_b = [(m, _requested(b, m.line)) for m in res.b_to_a if not m.covered]
    for ma, ra in asked_a:
        if not ra:
            continue
        hits = [(mb, rb) for mb, rb in asked_b if ra & rb]
        if len(hits) != 1 or sum(1 for _, r in asked_a if r & hits[0][1]) != 1:
            continue
        mb = hits[0][0]
        ma.covered, ma.best, ma.best_line = True, mb.text, mb.line
        mb.covered, mb.best, mb.best_line = True, ma.text, ma.line


# A report duty names its reporter in this many words at most before "báo
# cáo" ("Các bộ phận, đơn vị được giao nhiệm vụ báo cáo kết quả về …"): more,
# and the report closes a task of other content.
_REPORTER_WORDS = 10


def _report_duty(text: str) -> bool:
    """Is a task the duty of reporting (REPORT_DUTY, opening the task)?"""
    at = text.lower().find("báo cáo")
    if at < 0 or len(P.WORD_RUN.findall(text[:at])) > _REPORTER_WORDS:
        return False
    return P.REPORT_DUTY.search(text) is not None


def _tally(res: TaskDiff, a: Document, b: Document, lower: bool) -> None:
    """The uncovered tasks and the coverage figures of ``res`` as its matches
    stand; with A's tasks of B's own share covered by a paraphrase (below)."""
    _count(res, a, b, lower)
    if _own_paraphrases(res, lower, b):
        _count(res, a, b, lower)


# A task of A that B's issuer leads or supports (B's part of A, or A's task
# at B's level) is B's to carry out in its own words: a paraphrase this alike
# covers it ("Đẩy mạnh truyền thông …" of the Sở's "phối hợp … tuyên truyền";
# measured on the audits' and the tests' plan pairs: from 0.30 all right, 2
# of 2; from 0.25 to 0.30 one right and one wrong, a plan of one topic
# sharing its words, "phòng, chống mua bán người", in every task).
_OWN_PARAPHRASE_COVER = 0.30


def _own_paraphrases(res: TaskDiff, lower: bool, b: Document | None = None) -> bool:
    """Cover A's one-clause tasks of B's own share whose best counterpart in B
    is a paraphrase (``_OWN_PARAPHRASE_COVER`` up to the threshold); not a
    task of issuing B's plan, done only by issuing it. Whether any was."""
    if not lower and res.tasks_a_of_b is None:
        return False
    found = False
    for m in res.a_to_b:
        own = m.at_b_level if lower else not (m.other_body or m.general)
        if (
            own
            and not m.covered
            and not m.partly
            and m.best_line is not None
            and _OWN_PARAPHRASE_COVER <= m.score < COVER_THRESHOLD
            and len(_clauses(m.text)) <= 1
            and not (b is not None and _orders_b_itself(m.text, b))
        ):
            m.covered, found = True, True
    return found


def _count(res: TaskDiff, a: Document, b: Document, lower: bool) -> None:
    ta, tb = res.a_to_b, res.b_to_a
    res.uncovered_a = [m for m in res.a_to_b if not m.covered]
    res.uncovered_b = [m for m in res.b_to_a if not m.covered]
    res.coverage_a_by_b = round(1 - len(res.uncovered_a) / len(ta), 3) if ta else 1.0
    res.coverage_b_by_a = round(1 - len(res.uncovered_b) / len(tb), 3) if tb else 1.0
    if lower:
        # (and a task B's level supports by name, no coordination of all
        # bodies: a ministry's row "… | Cục X | Sở Y tế các tỉnh" is work at
        # the provinces' level too, whichever leads)
        own = [
            m
            for m in res.a_to_b
            if (_applies_at(a, m.line, b.header.level) and not m.general)
            or (m.b_level_supports and not _all_support(a, m))
        ]
        res.tasks_a_at_b_level = len(own)
        for m in res.a_to_b:
            m.at_b_level = False
        for m in own:
            m.at_b_level = True
        carried = sum(1.0 if m.covered else m.covered_share or 0.0 for m in own)
        res.coverage_a_by_b_at_its_level = round(carried / len(own), 3) if own else None
    elif (part_lines := _part_of_b(a, b)) is not None:
        mine = [m for m in res.a_to_b if m.line in part_lines]
        for m in res.a_to_b:
            if m.line in part_lines:
                continue
            if any(_holds((t.span for t in g.tasks), m.line) for g in a.assignments):
                m.other_body = True
                # another body's task, B's issuer neither leading nor
                # supporting it ("Sở Tài chính bố trí kinh phí"): B's like
                # wording is B's own work (its estimate), no carrying out of
                # it, unless B gives it to that body too
                if m.covered and not m.done_by_issuing and not _given_alike(a, m.line, b, m.split_over or [m.best_line]):
                    m.covered = False
            else:
                m.general = True  # (A's framing, carried out through its bodies' parts)
        res.uncovered_a = [m for m in res.a_to_b if not m.covered]
        res.coverage_a_by_b = round(1 - len(res.uncovered_a) / len(ta), 3) if ta else 1.0
        res.tasks_a_of_b = len(mine)
        res.coverage_a_by_b_of_its_part = round(sum(1 for m in mine if m.covered) / len(mine), 3) if mine else None


def _cover_by_indicators(plan: Document, other: Document, matches: list[TaskMatch], rows: list[dict[str, Any]]) -> bool:
    """A task that is only to carry out some of the plan's indicators ("Chủ
    trì thực hiện các chỉ tiêu tại điểm d, điểm đ khoản 2 Mục II Kế hoạch
    này") is covered where the other plan sets one of them: its indicator
    paired with one of the other's. Whether any was."""
    if not rows or not any(g.indicators for g in plan.assignments):
        return False
    paired: dict[str, str] = {}
    for r in rows:
        if r.get("a") is not None and r.get("b") is not None:
            paired.setdefault(str(r["a"]).split(" (")[0], str(r["b"]).split(" (")[0])
    lines = {i.id: i.span.line for i in other.indicators if i.id}
    found = False
    for m in matches:
        if m.covered or ";" in m.text.strip().rstrip(".;") or "chỉ tiêu" not in m.text.lower():
            continue
        if P.INDICATOR_REFS.search(m.text) is None:
            continue
        refs = {i for g in plan.assignments if any(_holds([t.span], m.line) for t in g.tasks) for i in g.indicators}
        hit = sorted(refs & paired.keys())
        if hit:
            m.covered, found = True, True
            m.by_indicators = hit
            m.best = "; ".join(f"chỉ tiêu {x} → {paired[x]}" for x in hit)
            m.best_line = lines.get(paired[hit[0]], m.best_line)
    return found


def _given_alike(a: Document, line: int, b: Document, lines: list[int] | list[int | None]) -> bool:
    """Whether B gives its ``lines`` to a body doing or supporting A's task on
    ``line``; not one A reaches through another body it asks to direct it
    (B working with "Sở … các tỉnh" is no handing on of the provinces' "Chỉ
    đạo Sở … xây dựng …")."""
    lb, sb = _roles_at(b, [x for x in lines if x is not None])
    theirs = {fold(n) for n in lb + sb}
    return any(fold(g.canonical or g.agency) in theirs and not _directed_through(a, g, line) for g in _owners(a, line))


# A task pointing to a part of its plan is that part when its own words
# besides the pointer are this few ("Báo cáo kết quả thực hiện" + "theo quy
# định tại Mục IV Kế hoạch này"): a duty named, its terms in the part.
_POINTER_WORDS = 8


def _part_pointed_to(plan: Document, text: str) -> tuple[int, int] | None:
    """The lines (first, past the last) of the part of ``plan`` a task only
    points to (OWN_PART_REFERENCE), or None."""
    low = text.lower()
    if "theo" not in low or not ("mục" in low or "phần" in low):
        return None
    m = P.OWN_PART_REFERENCE.search(text)
    if m is None or len(P.WORD_RUN.findall(text[: m.start()])) > _POINTER_WORDS:
        return None
    # (the plan's own parts first: "Mục IV" is its part IV, not an item IV of a part)
    tops = plan.sections
    for k, s in enumerate(tops):
        if s.label == m["label"] and s.kind in ("roman", "part", "arabic"):
            return s.span.line, tops[k + 1].span.line if k + 1 < len(tops) else 1 << 30
    return None


def _part_text(plan: Document, lines: tuple[int, int]) -> str:
    return "\n".join(
        f"{s.heading or ''} {s.text}" for s in walk_sections(plan.sections) if lines[0] <= s.span.line < lines[1]
    )


def _cover_pointers(
    a: Document, b: Document, tasks: TaskDiff, deadlines: list[dict[str, Any]], method: str, threshold: float
) -> bool:
    """Compare each of A's uncovered tasks that only points to a part of A
    ("Báo cáo kết quả thực hiện theo quy định tại Mục IV Kế hoạch này") with
    that part, not by its words: covered when B has a deadline paired with
    one of the part's (B reporting to the part's addressee at its periods,
    as the deadline pairing finds), or, for a part setting no date B is to
    meet, when one of B's parts reads like it. Whether any task changed."""
    changed = False
    b_parts: list[tuple[int, int]] = []
    for m in tasks.a_to_b:
        if m.covered or m.above_b_level or m.general:
            continue
        lines = _part_pointed_to(a, m.text)
        if lines is None:
            continue
        rows = [r for r in deadlines if r["a"] and lines[0] <= r["a"]["line"] < lines[1] and r["status"] != "above_b_level"]
        paired = sorted({r["b"]["line"] for r in rows if r["b"]})
        if paired:
            m.covered, m.split_over, m.best_line = True, paired, paired[0]
            m.best = next(r["b"]["text"] for r in rows if r["b"] and r["b"]["line"] == paired[0])
        elif not rows:
            tops = b.sections
            b_parts = b_parts or [
                (s.span.line, tops[k + 1].span.line if k + 1 < len(tops) else 1 << 30) for k, s in enumerate(tops)
            ]
            space = _Space([_part_text(a, lines)] + [_part_text(b, x) for x in b_parts], method)
            scores = [space.cos(0, k + 1) for k in range(len(b_parts))]
            top = max(range(len(scores)), key=scores.__getitem__) if scores else None
            if top is None or scores[top] < threshold:
                continue
            m.covered, m.best_line, m.best = True, b_parts[top][0], _part_text(b, b_parts[top])[:200].strip()
        else:
            continue
        m.partly, m.missing_clauses, m.covered_share = False, [], None
        changed = True
    return changed


# A task pointing to items of its plan has this many words at most before
# the pointer, its frame and the bodies it directs cut ("tổ chức thực hiện
# các nhiệm vụ tại mục 1, 3 phần III"): more, and it asks more than them.
_ITEM_POINTER_WORDS = 3


def _cover_item_pointers(plan: Document, matches: list[TaskMatch]) -> bool:
    """Cover each uncovered task of ``plan`` that only points to numbered
    items of a part of its own ("Chỉ đạo Sở …, UBND cấp xã tổ chức thực hiện
    các nhiệm vụ tại mục 1, 3, 4 phần III", OWN_ITEMS_REFERENCE) when the
    other plan covers every task of those items. Whether any changed."""
    changed = False
    for m in matches:
        low = m.text.lower()
        if m.covered or m.above_b_level or m.general or ("nhiệm vụ" not in low and "nội dung" not in low):
            continue
        said = _clause_words(m.text.strip())
        ref = P.OWN_ITEMS_REFERENCE.search(said)
        if ref is None or len(P.WORD_RUN.findall(said[: ref.start()])) > _ITEM_POINTER_WORDS:
            continue
        rest = said[ref.end() :].strip(" .;,")
        if rest and not P.AFTER_ITEMS_REFERENCE.match(rest):
            continue  # (a duty of its own after the pointer, "; theo dõi, đôn đốc …": not those items alone)
        nums = {n for n in "".join(c if c.isdigit() else " " for c in ref["nums"]).split()}
        part = next((s for s in plan.sections if s.label == ref["part"] and s.kind in ("roman", "part", "arabic")), None)
        spans = [c.span for c in part.children if c.label in nums] if part is not None else []
        if len(spans) != len(nums):
            continue
        carried = [x for x in matches if x is not m and _holds(spans, x.line)]
        if carried and all(x.covered for x in carried):
            m.covered, m.partly, m.missing_clauses, m.covered_share = True, False, [], None
            m.split_over = sorted({x.best_line for x in carried if x.best_line is not None})
            m.best_line, m.best = carried[0].best_line, " / ".join(dict.fromkeys(x.best or "" for x in carried))[:200]
            changed = True
    return changed


def _part_of_b(a: Document, b: Document) -> set[int] | None:
    """Where B's issuer is one of A's bodies at A's level (a Sở's plan
    carrying out its province's): the lines of A's tasks that are B's part —
    given to B's issuer (to lead or carry, or to work with, named among the
    task's partners), to all bodies of its kind ("các sở, ban, ngành"), or to
    bodies of a lower level that B addresses in turn (a heading or a body of
    B names them: "IV. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG"). None where
    B's issuer is no body of A's."""
    issuer = b.header.issuer
    if issuer is None or not a.header.level or a.header.level != b.header.level:
        return None
    names = [f for x in (issuer.name, issuer.full_name) if x and (f := body_key(x))]
    if not names:
        return None

    def is_b(name: str) -> bool:
        # the whole name, however short ("Sở Y tế"); a name B's opens with
        # ("Sở Xây dựng" of "Sở Xây dựng tỉnh Hà Tĩnh") only when long enough
        # to be no kind alone ("Sở")
        f = body_key(name)
        return bool(f) and any(n == f or (len(f) >= 8 and n.startswith(f)) for n in names)

    if not any(is_b(g.agency) for g in a.assignments):
        return None
    addressed = [body_key(g.agency) for g in b.assignments]
    addressed += [body_key(s.heading) for s in walk_sections(b.sections) if s.heading]
    rank = LEVEL_RANK.get(a.header.level, 9)
    out: set[int] = set()
    for g in a.assignments:
        relayed = LEVEL_RANK.get(g.level or "", 0) > rank and (f := body_key(g.agency)) and any(f in x for x in addressed)
        for t in g.tasks:
            if relayed and _directed_through(a, g, t.span.line):
                continue  # (A reaches it through the body it asks, not through B)
            if is_b(g.agency) or P.ALL_OF_KIND.match(g.agency) or relayed or any(is_b(x) for x in t.partners):
                out.update(range(t.span.line, (t.span.end_line or t.span.line) + 1))
    return out


def _directed_through(a: Document, g: Assignment, line: int) -> bool:
    """Whether A gives ``g`` its task on ``line`` through another body it
    asks to direct it ("3. Đề nghị UBND các tỉnh: - Chỉ đạo Sở Nông nghiệp
    và Môi trường xây dựng …"): another body's task there directs ``g``."""
    key = "chidao" + fold(g.agency)
    return any(
        h is not g and h.agency != g.agency and key in fold(u.text) and _holds((u.span,), line)
        for h in a.assignments
        for u in h.tasks
    )


# A clause is matched against clauses, shorter and noisier than whole items:
# it needs more likeness ("vận động nguồn lực" is no "vận động xã hội").
_CLAUSE_COVER = 0.45
# Each of a two-clause task's clauses is alike at least this much to the one
# item of B writing both (each clause carries its part of it).
_CLAUSE_SHARE = 0.2


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in text.split(";") if len(c.strip()) > _SHORTEST_TASK]


def _cover_pool(b: Document, tb: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """What of a lower plan may carry a higher one's task: its items, each
    clause of them, and the clauses of a part written as a paragraph ("V. CHẾ
    ĐỘ BÁO CÁO: … UBND xã tổng hợp báo cáo UBND huyện trước ngày 05/12")."""
    out = list(tb)
    out += [(c, line) for t, line in tb for c in _clauses(t) if c != t.strip()]
    for s in _task_sections(b.sections):
        if s.kind in ("roman", "part") and s.text and not s.children:
            out += [(c, s.span.line) for c in _clauses(s.text)]
    return out


# A clause naming the body that is to carry it ("chỉ đạo Trạm Y tế hỗ trợ y
# tế …") against the lower plan's items given to that body: the body tells
# what the item is for, so less likeness of words suffices (a lower plan
# says its parent's task in its own words).
_BODY_COVER = 0.25


def _bodies_by_line(d: Document) -> list[tuple[Span, str, str | None]]:
    """Each task's span with a body it is given to (lead or partner) and the
    body's sector."""
    return [(t.span, g.agency, g.sector) for g in d.assignments if g.role != "recommended" for t in g.tasks]


def _carried_by(named: list[tuple[str, str]], line: int, bodies: list[tuple[Span, str, str | None]]) -> bool:
    """Whether the lower plan's item on ``line`` is given to a body of those
    a clause names: of its sector, or of its name ("Phòng Văn hóa - Xã hội"
    filed by its task's field)."""
    sectors, names = {x for x, _ in named}, [fold(n) for _, n in named]
    return any(
        _holds((sp,), line) and (sector in sectors or any(fold(agency).startswith(n) for n in names))
        for sp, agency, sector in bodies
    )


def _advises_above(clause: str, level: str | None) -> bool:
    """Whether a clause is staff work for a body above ``level``: advising,
    proposing or submitting to it ("Chủ trì, phối hợp với các sở, ngành tham
    mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch", a Sở's own at the province,
    however a commune's plan carries the clause beside it)."""
    if level is None or not any(w in clause for w in ("mưu", "xuất", "trình")):
        return False
    rank = LEVEL_RANK.get(level, 0)
    for m in P.ADVISED.finditer(f" {clause}"):
        hit = classify_agency(clause[max(m.end() - 1, 0) : m.end() + 80])
        if hit is not None and hit.level and LEVEL_RANK.get(hit.level, rank) < rank:
            return True
    return False


def _clause_hits(
    text: str,
    pool: list[tuple[str, int]],
    method: str,
    threshold: float,
    bodies: list[tuple[Span, str, str | None]] | None = None,
    whole: tuple[float, int | None] | None = None,
    level: str | None = None,
) -> list[tuple[str, tuple[str, int] | None]]:
    """Each ";" clause of a higher plan's task, at a lower one's level, with
    its counterpart among the lower plan's items or clauses (the lower plan
    splits it among its offices and reports in its own paragraph), or None.
    A clause naming a body, or following one that does ("chỉ đạo Công chức
    Tư pháp …; phối hợp kiểm tra …": that body's still), is covered from
    ``_BODY_COVER`` by an item given to that body. A task of two clauses,
    neither matched alone, that the lower plan writes as one item ("rà soát
    …, xây dựng lộ trình …"), the task's own best (``whole``: the task's
    threshold and its best's line), is the whole task matched, from a task's
    likeness. A clause advising a body above the lower plan's ``level`` is
    not its to carry (see ``_advises_above``)."""
    # (a clause saying only when the task is due, "hoàn thành trước ngày
    # 31/3/2026", is no duty of its own)
    clauses = [
        c
        for c in _clauses(text)
        if len(P.WORD_RUN.findall(P.DEADLINE.sub(" ", c))) > 2 and not _advises_above(c, level)
    ]
    if not clauses or not pool:
        return [(c, None) for c in clauses]
    # (two clauses side by side are also matched as one: a lower plan joins
    # them in one clause, "kiện toàn Ban Chỉ huy, phân công thành viên …")
    pairs = [f"{x}; {y}" for x, y in itertools.pairwise(clauses)]
    # (each compared by what is done, not by who is to do it: "chỉ đạo công
    # chức Tư pháp - Hộ tịch tổ chức phổ biến pháp luật …" is "tổ chức phổ
    # biến pháp luật …", which a lower plan may give another of its offices)
    said = [_clause_words(x) for x in clauses]
    sp = _Space([t for t, _ in pool] + said + [f"{x}; {y}" for x, y in itertools.pairwise(said)], method)
    n, c = len(pool), len(clauses)
    hits: list[tuple[str, tuple[str, int] | None]] = []
    named: list[tuple[str, str]] = []
    for k, clause in enumerate(clauses):
        named = (_bodies_named(clause) or named) if bodies else []
        ranked = sorted(((sp.cos(n + k, j), j) for j in range(n)), reverse=True)
        j = next(
            (
                j
                for score, j in ranked
                if score >= threshold or (named and score >= _BODY_COVER and _carried_by(named, pool[j][1], bodies or []))
            ),
            None,
        )
        hits.append((clause, None if j is None else pool[j]))
    for k in range(len(pairs)):
        if hits[k][1] is None or hits[k + 1][1] is None:
            score, j = max((sp.cos(n + c + k, j), j) for j in range(n))
            one = (
                whole is not None
                and c == 2
                and hits[0][1] is None
                and hits[1][1] is None
                and pool[j][1] == whole[1]
                and min(sp.cos(n, j), sp.cos(n + 1, j)) >= _CLAUSE_SHARE
            )
            if score >= threshold or (one and whole is not None and score >= whole[0]):
                hits[k], hits[k + 1] = (clauses[k], hits[k][1] or pool[j]), (clauses[k + 1], hits[k + 1][1] or pool[j])
    return hits


def _clause_words(clause: str) -> str:
    """A clause's words without its frame (TASK_FRAME) and without the bodies
    a directing verb opening it names ("chỉ đạo công chức Tư pháp - Hộ tịch
    tổ chức …" is "tổ chức …"): what is to be done."""
    text = _clause_content(clause)
    m = P.TASK_NAMES_BODY.match(text.lstrip())
    if m is None:
        return text
    from .extract.assignments import bodies_heading

    text = text.lstrip()
    names = bodies_heading(P.TASK_BODIES_END.split(text[m.end() :], maxsplit=1)[0])
    at = text.find(names[-1], m.end()) if names else -1
    rest = text[at + len(names[-1]) :].strip(" ,") if at >= 0 else ""
    return rest if len(rest) > _SHORTEST_TASK else text


def _bodies_named(text: str) -> list[tuple[str, str]]:
    """(sector, name) of each body a task's words name after a verb of
    directing or working with, not its own assignee's."""
    from .extract.assignments import bodies_heading

    out: list[tuple[str, str]] = []
    low = text.lower()
    if not any(w in low for w in ("chỉ", "hướng", "giao", "phối", "đề", "yêu")):
        return out
    for m in P.TASK_NAMES_BODY.finditer(text):
        # (read as the parse reads a task's partners: up to the task's verb, each name of a list)
        for name in bodies_heading(P.TASK_BODIES_END.split(text[m.end() :], maxsplit=1)[0]):
            hit = classify_agency(name, "ward")
            if hit and hit.sector:
                out.append((hit.sector, name))
    return out


def _level_part(plan: Document, level: str | None) -> list[Any]:
    """The part of a plan addressed to a lower level ("13. Ủy ban nhân dân
    các xã, phường, đặc khu: a) … g)"): its bodies of that level, not where
    they only support another level's body (_supports_only)."""
    return [
        g
        for g in plan.assignments
        if level
        and g.tasks
        and (g.level == level or _in_level_part(plan, g.span.line, level))
        and (g.role != "support" or not all(_supports_only(plan, t.span.line, level) for t in g.tasks))
    ]




def _general(plan: Document, m: TaskMatch, level: str | None) -> bool:
    """A task of a higher plan given to no body, naming no lower level: its
    own framing ("III. Nhiệm vụ, giải pháp"), where it has a part for the
    lower level."""
    if any(_holds((t.span for t in g.tasks), m.line) for g in plan.assignments):
        return False
    named = P.LEVEL_NAMED.get(level or "")
    return not (named and named.search(m.text))


def _sectors_named(d: Document, tasks: list[tuple[str, int]]) -> dict[str, list[str]]:
    """A plan's sectors with their bodies: those given tasks, and those its
    tasks direct or work with ("chỉ đạo Trạm Y tế …")."""
    out: dict[str, list[str]] = {}
    for g in d.assignments:
        if g.sector and g.role != "recommended":  # (a report's recommendations are no tasks given)
            _add_name(out.setdefault(g.sector, []), g.agency)
    for text, _ in tasks:
        for sector, name in _bodies_named(text):
            _add_name(out.setdefault(sector, []), name)
    for sector, name in _units_within(d):
        _add_name(out.setdefault(sector, []), name)
    return out


def _units_within(d: Document) -> list[tuple[str, str]]:
    """(sector, name) of each unit a heading names in brackets right after
    its body, of a sector other than the body's."""
    starts = {g.span.line: g for g in d.assignments}
    out: list[tuple[str, str]] = []
    for s in walk_sections(d.sections):
        g = starts.get(s.span.line)
        if g is None or not s.heading or "(" not in s.heading:
            continue
        at = s.heading.lower().find(g.agency.lower())
        m = P.UNIT_WITHIN.match(s.heading, at + len(g.agency)) if at >= 0 else None
        hit = classify_agency(m.group(1), "ward") if m else None
        if m and hit and hit.sector and hit.sector != g.sector:
            out.append((hit.sector, m.group(0).strip()[1:-1]))
    return out


def _add_name(names: list[str], name: str) -> None:
    """``name`` added to ``names`` unless there already, in any case or
    spelling of its tones ("Công chức Tư pháp" and "công chức Tư pháp")."""
    if all(fold(name) != fold(n) for n in names):
        names.append(name)


def _lower_level(a: Document, b: Document) -> bool:
    """Is B of a lower level than A (a commune's plan against its province's)?"""
    return LEVEL_RANK.get(b.header.level or "", 0) > LEVEL_RANK.get(a.header.level or "", 9)


def _applies_at(plan: Document, line: int, level: str | None) -> bool:
    """Whether the plan's task on ``line`` applies at ``level``: no body's
    there, or one of that level's ("Ủy ban nhân dân các xã, phường") leading
    it, carrying it out or asked to; not only the plan's own departments',
    nor one its level only supports (_supports_only)."""
    owners = _owners(plan, line)
    if not owners:
        return True
    if _supported_only(owners, level):
        return False
    return any(a.level in (None, level) for a in owners) or _in_level_part(plan, line, level)


def _supports_only(plan: Document, line: int, level: str | None) -> bool:
    """Whether the plan's task on ``line`` is led by a body of another level
    with bodies of ``level`` (a lower one) among its supporters only ("Sở Tư
    pháp | Các sở, ban, ngành; UBND các xã, phường", "Sở Khoa học và Công
    nghệ chủ trì, phối hợp với các sở, ban, ngành, UBND các xã … tổ chức
    triển khai Kế hoạch"): the lead's task, not one of ``level``'s own."""
    return _supported_only(_owners(plan, line), level)


def _all_support(plan: Document, m: TaskMatch) -> bool:
    """Whether task ``m`` has all bodies of a kind among its supporters
    ("chủ trì, phối hợp với các sở, ban, ngành, UBND các xã …", a support
    column "Các sở, ban, ngành; UBND các xã"): its lead's coordination of the
    plan, not a share of work for each."""
    if any(g.role == "support" and P.ALL_OF_KIND.match(g.agency) for g in _owners(plan, m.line)):
        return True
    at = m.text.lower().find("phối hợp")
    if at < 0:
        return False
    named = m.text[at + 8 :].replace(",", ";").split(";")
    return any(P.ALL_OF_KIND.match(x.strip().removeprefix("với ").strip()) for x in named)


def _owners(plan: Document, line: int) -> list[Assignment]:
    """The plan's assignments holding its task on ``line``."""
    return [g for g in plan.assignments if any(t.span.line <= line <= (t.span.end_line or t.span.line) for t in g.tasks)]


def _supported_only(owners: list[Assignment], level: str | None) -> bool:
    """Whether a task's ``owners`` of ``level`` all only support it, another
    level's body doing it (see _supports_only)."""
    mine = [g for g in owners if g.level == level]
    return (
        bool(mine)
        and all(g.role == "support" for g in mine)
        and any(g.role in _DOING and g.level != level for g in owners)
    )


# The roles of a body that does a task, not only helps with it: leading it,
# carrying it out, or asked to.
_DOING = frozenset(("lead", "responsible", "requested"))


def _in_level_part(plan: Document, line: int, level: str | None) -> bool:
    """Whether ``line`` lies in the plan's part for ``level`` ("2. Ủy ban
    nhân dân các xã, phường: … e) Giao Phòng Kinh tế kiểm tra …"): a body
    named there is that level's own department, whatever its name says."""
    if not level:
        return False
    heads = {g.span.line for g in plan.assignments if g.level == level}
    for s in walk_sections(plan.sections):
        if s.span.line < line <= (s.span.end_line or s.span.line) and s.heading:
            # (headed by a body of that level, with tasks of its own or none)
            hit = s.span.line in heads or (len(s.heading) < 80 and (m := classify_agency(s.heading)) is not None and m.level == level)
            if hit:
                return True
    return False


def _own_bodies(d: Document) -> set[str]:
    """The canonical names a plan's own issuing body goes by among its
    assignments: its full name's ("UBND phường Tô Hiệu") and its short form's
    at its level ("UBND phường báo cáo …": "UBND xã")."""
    i, level = d.header.issuer, d.header.level
    out: set[str] = set()
    for name in (i.full_name, i.organ):
        hit = classify_agency(name, level) if name else None
        if hit is not None and hit.canonical and hit.level == level:
            out.add(hit.canonical)
    return out


def _sectors(a: Document, b: Document, tasks: TaskDiff | None = None) -> SectorDiff:
    def by_sector(d: Document) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        own = _own_bodies(d)
        for x in d.assignments:
            # (the plan's own issuing body, "UBND phường báo cáo …", is the
            # plan itself, no sector of it)
            if x.level == d.header.level and x.canonical in own:
                continue
            if x.sector and x.role != "recommended":
                _add_name(out.setdefault(x.sector, []), x.agency)
        return out

    # (B's bodies of another level, a part copied from a plan above, and the
    # bodies named in their tasks are no bodies of B's own)
    copied = _of_another_level(b)
    other = [{"agency": g.agency, "sector": g.sector, "kind": kind} for g, kind in copied]
    if copied:
        spans = [sp for g, _ in copied for sp in (g.span, *(t.span for t in g.tasks))]
        b = b.model_copy(update={"assignments": [g for g in b.assignments if not any(g is c for c, _ in copied)]})
        b_tasks = [t for t in task_items(b) if not _holds(spans, t[1])]
    else:
        b_tasks = task_items(b)
    sa, sb = by_sector(a), by_sector(b)
    lower = _lower_level(a, b)
    part = _level_part(a, b.header.level) if lower else []
    if part:
        out = _sectors_at_level(a, b, part, sa, sb, b_tasks)
        out.b_of_other_level = other
        return out
    # (one commune department in both plans is one body, whichever of its
    # fields each plan's tasks put it in)
    same_body = _departments_in_both(a, b, sa, sb)
    held_a = _carried(a, b, sa, sb, tasks.a_to_b if tasks else [])
    # (a pair told once: Sở Nội vụ's home affairs held by a ward's Phòng Văn
    # hóa - Xã hội is that office's social work held by Sở Nội vụ)
    held_b = {
        s: v
        for s, v in _carried(b, a, sb, sa, tasks.b_to_a if tasks else []).items()
        if s not in {via for _, via in held_a.values()}
    }
    used_a = set(held_a) | {via for _, via in held_b.values()}
    used_b = set(held_b) | {via for _, via in held_a.values()}
    # (a higher plan's bodies of a lower plan's level, "UBND các xã, phường",
    # are that plan's issuer itself)
    itself = [
        s
        for s in sa
        if s not in sb
        and s not in used_a
        and lower
        and all(g.level == b.header.level for g in a.assignments if g.sector == s)
    ]
    used_a.update(itself)
    # (a sector one plan's commune department serves among its fields is that
    # department's there, not missing: "Phòng Kinh tế" holds finance)
    covered_a = {s: c for s in sa if s not in sb and s not in used_a if (c := _department_covering(b, s))}
    used_a.update(covered_a)
    used_b.update(c[0] for c in covered_a.values())
    covered_b = {s: c for s in sb if s not in sa and s not in used_b if (c := _department_covering(a, s))}
    used_b.update(covered_b)
    used_a.update(c[0] for c in covered_b.values())
    return SectorDiff(
        common=[{"sector": s, "a": sa[s], "b": sb[s]} for s in sa if s in sb]
        + same_body
        + [{"sector": s, "a": sa[s], "b": [_issuer(b)], "b_as": "itself"} for s in itself]
        + [{"sector": s, "a": sa[s], "b": agencies, "b_as": via} for s, (agencies, via) in held_a.items()]
        + [{"sector": s, "a": agencies, "b": sb[s], "a_as": via} for s, (agencies, via) in held_b.items()]
        + [{"sector": s, "a": sa[s], "b": names, "b_as": via} for s, (via, names) in covered_a.items()]
        + [{"sector": s, "a": names, "b": sb[s], "a_as": via} for s, (via, names) in covered_b.items()],
        only_a=[{"sector": s, "agencies": sa[s]} for s in sa if s not in sb and s not in used_a],
        only_b=[{"sector": s, "agencies": sb[s]} for s in sb if s not in sa and s not in used_b],
        b_of_other_level=other,
    )


def _departments_in_both(
    a: Document, b: Document, sa: dict[str, list[str]], sb: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """A commune's department serving several fields ("Phòng Kinh tế":
    finance, industry and trade, agriculture, land, …) named by both plans
    but put in different fields of its set by their tasks is one body in
    both: a common sector, A's field (``sector``) with the field B files it
    under (``b_as``), taken out of each plan's sectors (``sa``, ``sb``, in
    place) so that neither lists it as a sector only it has."""
    def fields(d: Document) -> dict[str, tuple[str, list[str]]]:
        out: dict[str, tuple[str, list[str]]] = {}
        for g in d.assignments:
            if g.canonical and g.sector and g.level == "ward" and g.role != "recommended" and g.sector in department_sectors(g.canonical):
                names = out.setdefault(g.canonical, (g.sector, []))[1]
                if out[g.canonical][0] == g.sector:
                    _add_name(names, g.agency)
        return out

    fa, fb = fields(a), fields(b)
    out: list[dict[str, Any]] = []
    for canonical, (s, names_a) in fa.items():
        if canonical not in fb or fb[canonical][0] == s or s in sb or fb[canonical][0] in sa:
            continue  # (the same field, or one the other plan holds by other bodies too: compared as it is)
        t, names_b = fb[canonical]
        for names, held, field in ((names_a, sa, s), (names_b, sb, t)):
            left = [n for n in held.get(field, []) if n not in names]
            if left:
                held[field] = left
            else:
                held.pop(field, None)
        out.append({"sector": s, "a": names_a, "b": names_b, "b_as": t})
    return out


def _of_another_level(d: Document) -> list[tuple[Assignment, str]]:
    """The bodies a plan gives tasks to (to lead or carry out) that are not of
    its level, with how ("above", "peers": ``agencies.of_another_level``)."""
    out: list[tuple[Assignment, str]] = []
    for g in d.assignments:
        if g.role in ("lead", "responsible") and (kind := of_another_level(g.agency, g.level, d.header.level)):
            out.append((g, kind))
    return out


def _sectors_at_level(
    a: Document,
    b: Document,
    part: list[Any],
    sa: dict[str, list[str]],
    sb: dict[str, list[str]],
    b_tasks: list[tuple[str, int]],
) -> SectorDiff:
    """Across levels, where A has a part for B's level: the sectors to check
    are those of the bodies A names there ("chỉ đạo Trạm Y tế …", "Công an
    xã"), each needing a body of its own in B (or its successor); the part's
    addressee is B itself. A's own departments' sectors are above B's level."""
    itself = {g.sector for g in part if g.sector == "lower_government"}
    selves = {g.canonical for g in part if g.sector == "lower_government" and g.canonical}
    rank, a_rank = LEVEL_RANK.get(b.header.level or "", 0), LEVEL_RANK.get(a.header.level or "", 0)
    named: dict[str, list[str]] = {}
    for g in part:
        if g.sector and g.sector not in itself:
            # (its bracket names the same body elsewhere: "Phòng Kinh tế
            # (Phòng Kinh tế, Hạ tầng và Đô thị đối với phường)")
            _add_name(named.setdefault(g.sector, []), g.agency.split(" (")[0])
        for t in g.tasks:
            if g.role == "support" and _supports_only(a, t.span.line, b.header.level):
                continue  # (another level's task: the bodies it names are the lead's partners)
            for sector, name in _bodies_named(t.text):
                # (a body of A's level or above, "phối hợp với các sở, ban,
                # ngành", is none B must hold, nor is B itself, "UBND các xã,
                # phường"; a department by an old level's name, "Phòng Kinh
                # tế", is B's own; a name without its level read at B's)
                hit = classify_agency(name, b.header.level)
                if hit and (LEVEL_RANK.get(hit.level or "", rank) <= a_rank or hit.canonical in selves):
                    continue
                _add_name(named.setdefault(sector, []), name)
    has = _sectors_named(b, b_tasks)
    out = SectorDiff()
    used_b: set[str] = set()
    for sector, names in named.items():
        # (a body A names for B's level is B's body of its sector, or the same
        # body filed by its task's field: Phòng Văn hóa - Xã hội as education;
        # never another sector's body, as a department's successor is)
        body = (
            (sector, has[sector])
            if sector in has
            else _same_body(names, has) or _department_serving(b, sector) or _department_covering(b, sector)
        )
        if body is None:
            out.only_a.append({"sector": sector, "agencies": names})
            continue
        via = body[0]
        used_b.add(via)
        row: dict[str, Any] = {"sector": sector, "a": names, "b": body[1]}
        if via != sector:
            row["b_as"] = via
        out.common.append(row)
    for sector in itself:
        # (the part's addressee, however A names it: "Ủy ban nhân dân các xã, phường")
        mine: list[str] = []
        _add_names(mine, [g.agency for g in part if g.sector == sector and g.canonical in selves] or sa.get(sector, []))
        out.common.append({"sector": sector, "a": mine, "b": [_issuer(b)], "b_as": "itself"})
    rank = LEVEL_RANK.get(b.header.level or "", 0)
    for sector, agencies in sa.items():
        if sector in itself:
            continue
        if sector in named:
            # (A's own bodies of a sector it also names at B's level, the
            # Tỉnh ủy's Ban Tổ chức beside "các đảng ủy trực thuộc Tỉnh ủy":
            # above B's level, told for information)
            mine = [
                n
                for n in agencies
                if n not in named[sector]
                and all(LEVEL_RANK.get(g.level or "", 9) < rank for g in a.assignments if g.agency == n)
            ]
            if mine:
                out.above_b_level.append({"sector": sector, "agencies": mine})
            continue
        # (A's departments' sectors are apart whatever B's bodies: a Sở's
        # field is no sector B must hold; B's bodies of it are told with it)
        above = all(
            LEVEL_RANK.get(g.level or "", 9) < rank for g in a.assignments if g.sector == sector and g.role != "recommended"
        )
        if sector in sb:
            used_b.add(sector)
            if above:
                out.above_b_level.append({"sector": sector, "agencies": agencies, "b": sb[sector]})
            else:
                out.common.append({"sector": sector, "a": agencies, "b": sb[sector]})
        elif covering := _department_covering(b, sector):
            # (B's commune department serving that field among its set, "Phòng
            # Kinh tế" for Sở Tài chính's: told with it)
            used_b.add(covering[0])
            row = {"sector": sector, "agencies": agencies, "b": covering[1]}
            if covering[0] != sector:
                row["b_as"] = covering[0]
            out.above_b_level.append(row)
        else:
            out.above_b_level.append({"sector": sector, "agencies": agencies})
    for x, v in sb.items():
        if x not in used_b and x not in sa:
            served = _served_above(a, b, v, sa, named)
            if served is None:
                out.only_b.append({"sector": x, "agencies": v})
                continue
            used_b.add(x)
            apart = [r for r in out.above_b_level if r["sector"] == served]
            if not apart:
                out.common.append({"sector": served, "a": sa[served], "b": v, "b_as": x})
            elif "b" in apart[0]:  # (B's department serving a field of A's departments: told with it)
                _add_names(apart[0]["b"], v)
            else:
                apart[0].update(b=v, b_as=x)
    return out


def _add_names(names: list[str], more: list[str]) -> None:
    for n in more:
        _add_name(names, n)


def _department_serving(b: Document, sector: str) -> tuple[str, list[str]] | None:
    """B's commune department that serves ``sector`` among its fields and
    has a task speaking of it (the Văn phòng HĐND và UBND a ward's justice
    work is done in, by its công chức Tư pháp - Hộ tịch: "bồi dưỡng kỹ năng
    soạn thảo văn bản"), as (the sector B files it under, [its name]); or None."""
    for g in b.assignments:
        if (
            g.canonical
            and g.sector
            and g.role != "recommended"
            and department_speaks_of(g.canonical, sector, [t.text for t in g.tasks])
        ):
            return g.sector, [g.agency]
    return None


def _department_covering(b: Document, sector: str) -> tuple[str, list[str]] | None:
    """B's commune department of the 2025 structure whose fields include
    ``sector`` ("Phòng Kinh tế": agriculture and environment, industry and
    trade, construction, finance, …; "Phòng Văn hóa - Xã hội": culture,
    labour and social affairs, health, education, …), whatever field its
    tasks file it under: it holds that sector in B, which is not missing.
    As (the sector B files it under, [its names]); or None."""
    out: tuple[str, list[str]] | None = None
    for g in b.assignments:
        if not g.sector or g.role == "recommended" or not g.canonical or not department_sectors(g.canonical):
            continue
        if sector in department_sectors(commune_department(g.agency, b.header.date) or ""):
            if out is None:
                out = (g.sector, [])
            if g.sector == out[0]:
                _add_name(out[1], g.agency)
    return out


def _served_above(
    a: Document, b: Document, bodies: list[str], sa: dict[str, list[str]], named: dict[str, list[str]]
) -> str | None:
    """The sector of A's own departments (above B's level) that B's commune
    department of another filed field serves too ("Phòng Văn hóa - Xã hội"
    serves culture: Sở Văn hóa, Thể thao và Du lịch's), when every body B
    files there is one; of several, the one whose tasks in A share most words
    with the department's ("Tuyên truyền, phổ biến Nghị quyết …"); or None."""
    serves: set[str] | None = None
    texts: list[str] = []
    for g in b.assignments:
        if g.agency in bodies and g.role != "recommended":
            fields = department_sectors(g.canonical or "")
            if not fields:
                return None
            serves = set(fields) if serves is None else serves & fields
            texts += [t.text for t in g.tasks]
    candidates = [s for s in sa if serves and s in serves and s not in named]
    if len(candidates) > 1:
        # (the one whose tasks in A say most of what the department's say)
        said = set(P.WORD_SEPARATORS.split(" ".join(texts).lower()))
        overlap = {
            s: len(said & set(P.WORD_SEPARATORS.split(" ".join(t.text for g in a.assignments if g.sector == s for t in g.tasks).lower())))
            for s in candidates
        }
        candidates.sort(key=lambda s: -overlap[s])  # (a stable sort: a tie keeps A's order)
    return candidates[0] if candidates else None


def _same_body(names: list[str], has: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """The sector under which a plan files a body of ``names`` (one of them,
    with or without its place: "Phòng Văn hóa - Xã hội phường"), with the
    plan's names of it; or None."""
    folded = [fold(n) for n in names]
    for s, bodies in has.items():
        same = [x for x in bodies if any(fold(x).startswith(n) for n in folded)]
        if same:
            return s, same
    return None


def _issuer(d: Document) -> str:
    i = d.header.issuer
    return (i.full_name or i.name or "B") if i else "B"


@cache
def _sector_successors() -> tuple[str, dict[str, list[str]]]:
    t = load("agencies.json")["sector_successors"]
    return t["since"], t["successors"]


def _holds(spans: Iterable[Span], line: int) -> bool:
    return any(sp.line <= line <= (sp.end_line or sp.line) for sp in spans)


def _fields_at(d: Document, line: int) -> set[str]:
    """The sectors of the bodies one task is given to: an item shared by
    several ("Sở VHTTDL, Báo … : tuyên truyền …") is one task, which a
    counterpart carries for all of them."""
    return {g.sector for g in d.assignments if g.sector and _holds((t.span for t in g.tasks), line)}


# From this likeness on, a task of a department serving several fields is the
# counterpart of another plan's task in one of them (the department's fields
# bound the pairing: "lồng ghép cho vay nước sạch" in Phòng Kinh tế's item is
# Sở NN&MT's task, though the item says more).
_SAME_FIELD = 0.2


def _carried(
    x: Document, y: Document, sx: dict[str, list[str]], sy: dict[str, list[str]], matches: list[TaskMatch]
) -> dict[str, tuple[list[str], str]]:
    """X's sectors that Y has under another sector: the successor a department
    closed on 1 March 2025 handed its work to, in a Y dated since (Sở LĐTBXH's
    labour work is Sở Nội vụ's); or a commune's department serving several
    fields (Phòng Kinh tế, Phòng Văn hóa - Xã hội) whose task is the
    counterpart of a task of X's body of that sector. Each: Y's bodies and the
    sector they are filed under."""
    since, successors = _sector_successors()
    later = bool(y.header.date) and str(y.header.date)[: len(since)] >= since[: len(str(y.header.date))]
    out: dict[str, tuple[list[str], str]] = {}
    for s in sx:
        if s in sy:
            continue
        via = next((t for t in successors.get(s, ()) if t in sy), None) if later else None
        if via:
            out[s] = (sy[via], via)
            continue
        lines = [t.span for g in x.assignments if g.sector == s for t in g.tasks]
        for m in matches:
            if m.score < _SAME_FIELD or m.best_line is None or not _holds(lines, m.line):
                continue
            body = next(
                (
                    g
                    for g in y.assignments
                    if g.sector
                    and _holds((t.span for t in g.tasks), m.best_line)
                    and department_sectors(commune_department(g.agency, y.header.date) or "")
                    & _fields_at(x, m.line)
                ),
                None,
            )
            if body is not None and body.sector:
                out[s] = ([body.agency], body.sector)
                break
    return out


def _targets(ind: object) -> list[tuple[object, object, object, object]]:
    return [(t.year, t.value, unit_name(t.unit), t.low) for t in getattr(ind, "targets", [])]


@cache
def _unit_names() -> dict[str, str]:
    """Each name of ``data/unit_names.json`` (lowered), with its set's first."""
    return {" ".join(n.lower().split()): row[0] for row in load("unit_names.json")["sets"] for n in row}


def unit_name(unit: str | None) -> str | None:
    """A target's unit as two plans' are compared: case-blind, spaces
    collapsed, an abbreviation as its full name (a table's "Lao động" is
    "lao động", "Điểm %" is "điểm phần trăm")."""
    if not unit:
        return unit
    u = " ".join(unit.lower().split())
    return _unit_names().get(u, u)


# Targets that cap a value (a rate brought down to it): lower is stricter. A
# reduction by an amount ("giảm 2%") is not one: the bigger cut is stricter.
_CEILINGS = frozenset(["below", "reduce_to", "at_most", "zero", "top"])  # (a rank: "top 30" is stricter than "top 50")


def _verdict(
    a: Indicator, b: Indicator, levels_differ: bool = False, levels: tuple[str | None, str | None] = (None, None)
) -> str | None:
    """How B's targets compare with A's for the same measure: "stricter",
    "weaker", "mixed", "dropped" (a sub-target of A's B lacks, none of the
    others changed), or None where none can be compared (no value, another
    unit or year; between levels, an amount, which is a share of the higher
    level's total, not the same quantity: "1.200 lao động" of a district and
    "60 lao động" of a commune)."""
    pairs, dropped = _sub_targets(a, b, levels_differ, levels)
    seen = {v for *_, v in pairs if v != "same"}
    if not seen:
        return "dropped" if dropped else None
    return seen.pop() if len(seen) == 1 else "mixed"


def _sub_targets(
    a: Indicator, b: Indicator, levels_differ: bool = False, levels: tuple[str | None, str | None] = (None, None)
) -> tuple[list[tuple[Any, Any, str]], list[Any]]:
    """A's and B's targets of one indicator compared by what each measures:
    their clauses (";" apart) paired, the most alike first ("100% vụ tai nạn
    … được tiếp nhận" is not "tỷ lệ điều tra, xử lý đạt trên 90%"; one clause
    each is one measure), and the targets of a pair compared year by year,
    each pair with its verdict ("same", "stricter", "weaker"); and A's
    targets of a clause B has none of, of a kind and year B's could have had."""
    ca, cb = _target_clauses(a), _target_clauses(b)
    pair = _clause_pairs(ca, cb)
    pairs = []
    for x, y in sorted(pair.items()):
        for ta in ca[x][0]:
            for tb in cb[y][0]:
                if not _same_unit(ta.unit, tb.unit) or (ta.year and tb.year and ta.year != tb.year):
                    continue
                if _kind(ta.unit) != "rate":  # (rates compare between levels)
                    # (a count compares between levels only as a norm per
                    # unit against that unit's own figure, and never a norm
                    # or an increment against a total)
                    alike = _scales_meet(a, ta, b, tb, levels)
                    if alike is False or (levels_differ and not alike):
                        continue
                ceiling = (ta.direction or tb.direction) in _CEILINGS
                if ta.value == tb.value:
                    # a range's low end (a point's is its value): "10 - 12%" is weaker than "12%"
                    floor_a = ta.value if ta.low is None else ta.low
                    floor_b = tb.value if tb.low is None else tb.low
                    if floor_a == floor_b:
                        pairs.append((ta, tb, "same"))
                    else:
                        pairs.append((ta, tb, "stricter" if (floor_b < floor_a) == ceiling else "weaker"))
                    continue
                pairs.append((ta, tb, "stricter" if (tb.value < ta.value) == ceiling else "weaker"))
    theirs = [t for ts, _ in cb for t in ts]
    years = {t.year for t in theirs}
    # (a target of that year and kind in a clause of B's left unpaired is B's
    # own wording of it, not compared but not dropped either)
    unpaired = {
        (t.year, _kind(t.unit)) for y, (ts, _) in enumerate(cb) if y not in pair.values() for t in ts if t.year
    }
    dropped = [
        ta
        for x, (ts, _) in enumerate(ca)
        if x not in pair
        for ta in ts
        if (ta.year is None or ta.year in years or None in years)
        and any(_kind(ta.unit) == _kind(tb.unit) for tb in theirs)
        # (one of no year read, B setting its value for the same measure:
        # not dropped, its year unknown)
        and not (ta.year is None and any(tb.value == ta.value and _same_unit(ta.unit, tb.unit) for tb in theirs))
        and (not levels_differ or _kind(ta.unit) == "rate")
        and (ta.year, _kind(ta.unit)) not in unpaired
    ]
    return pairs, dropped


def _clause_pairs(ca: list[tuple[list[Any], str]], cb: list[tuple[list[Any], str]]) -> dict[int, int]:
    """A's clauses (by index) paired with B's by what they measure, the most
    alike first."""
    ranked = []
    for x, (_ta, wa) in enumerate(ca):
        for y, (_tb, wb) in enumerate(cb):
            score = 1.0 if len(ca) == len(cb) == 1 else similarity(wa, wb)
            if score >= _SAME_INDICATOR:
                ranked.append((-score, abs(x - y), x, y))
    pair: dict[int, int] = {}
    for *_, x, y in sorted(ranked):
        if x not in pair and y not in pair.values():
            pair[x] = y
    # (two of A's clauses alike, "số hóa 100% hồ sơ … của 58 phường; … của 77
    # xã", both B's one clause: "số hóa 100% hồ sơ … của 103 xã, phường")
    for *_, x, y in sorted(ranked):
        if x not in pair and _may_share(ca[x][1], [ca[z][1] for z, w in pair.items() if w == y], cb[y][1]):
            pair[x] = y
    return pair


def _may_share(text: str, siblings: list[str], theirs: str) -> bool:
    """Whether a clause may share the other plan's clause its siblings pair
    with: only where the other's words name what sets it apart from them
    ("… của 77 xã" beside "… của 58 phường" shares "… của 103 xã,
    phường"); "15% số xã đạt chuẩn nông thôn mới kiểu mẫu" is another
    measure than "… nâng cao", never its pair."""
    own = _plain_words(text)
    return all((own - _plain_words(s)) <= _plain_words(theirs) for s in siblings)


def _plain_words(text: str) -> set[str]:
    return {fold(w) for w in P.WORD.findall(text) if not w[0].isdigit()}


def _b_clauses_alone(a: Indicator, b: Indicator) -> list[str]:
    """B's targets of the clauses none of A's pairs with: measures B's
    indicator adds ("…; 15% số xã đạt chuẩn nông thôn mới kiểu mẫu" beside
    the two both set)."""
    ca, cb = _target_clauses(a), _target_clauses(b)
    if len(cb) < 2:
        return []
    paired = set(_clause_pairs(ca, cb).values())
    # (each told by its clause, what it measures with its value)
    clauses = [c.strip(" .") for c in _parts_as_clauses(b.text).split(";")]
    out: list[str] = []
    for y, (ts, _) in enumerate(cb):
        if y in paired:
            continue
        for t in ts:
            said = next((c for c in clauses if t.text in c), t.text)
            # (a clause with only a time and its value, "năm 2027 đạt 100%",
            # is a year of the measure before it: told as B's year)
            rest = said.replace(t.text, " ")
            if _names_no_measure(rest) or _year_only(rest):
                continue
            if said not in out:
                out.append(said)
    return out


def _target_clauses(ind: Indicator) -> list[tuple[list[Any], str]]:
    """An indicator's targets with a value by the clause (";" apart) giving
    them, each with what it measures: the clause without values and years."""
    out: dict[int, list[Any]] = {}
    text = _parts_as_clauses(ind.text)
    clauses = text.split(";")
    at = 0
    for t in ind.targets:
        if t.value is None:
            continue
        # (by where it stands: two alike, "100%", each its own clause's)
        found = _clause_index(text, t.text, at)
        # (one not in its words, an annex row's series merged into the item
        # stating it, "64" … "68" by year: of its only clause when it has one)
        k = -1 if len(clauses) > 1 else 0
        if found is not None:
            k, at = found
        out.setdefault(k, []).append(t)
    res: list[tuple[list[Any], str]] = []
    for k, ts in out.items():
        whole = clause = clauses[k] if k >= 0 else text
        for t in ind.targets:
            clause = clause.replace(t.text, " ")
        if len(P.WORD.findall(P.LEAD_IN_YEAR.sub(" ", clause))) < _MEASURE_WORDS:
            # a target read with the clause's words ("60% học sinh … biết bơi
            # an toàn vào năm 2028"): what it measures is the clause without
            # its values ("; 75% vào năm 2030" then names none, only a time)
            clause = _without_values(whole)
        # a clause naming no measure, only a later time and its value ("…
        # được phổ cập kỹ năng số cơ bản; đến hết năm 2027 đạt ít nhất 90%"),
        # sets the measure of the clause before it for that year: one
        # clause with it, its years paired with the other plan's year by year
        if res and k >= 0 and _names_no_measure(clause):
            res[-1][0].extend(ts)
            continue
        # (without its time: "Đến ngày 30/9/2026, hoàn thành số hóa …")
        res.append((list(ts), P.YEAR.sub(" ", P.LEAD_IN_YEAR.sub(" ", clause))))
    return res


def _without_values(text: str) -> str:
    """A text without its targets' values and units, the words around them kept."""
    out, at = [], 0
    for m in P.TARGET.finditer(text):
        out += [text[at : m.start("value") if m["low"] is None else m.start("low")], " "]
        at = m.end("unit")
    return "".join(out) + text[at:]


def _names_no_measure(clause: str) -> bool:
    """Whether a clause, its targets' texts taken out, holds only a time and a
    goal's cue ("; đến hết năm 2027 đạt")."""
    rest, times = P.LEAD_IN_YEAR.subn(" ", clause)
    # (a time it must name: "; nông thôn đạt 90%" is a measure of its own)
    return bool(times) and len(P.WORD.findall(P.YEAR.sub(" ", P.GOAL_CUE_WORDS.sub(" ", rest)))) < _MEASURE_WORDS


def _year_only(clause: str) -> bool:
    """Whether a clause, its targets' texts taken out, holds a year and no
    measure: "; năm 2027 đạt" (a goal's cue and "năm" aside)."""
    if not P.YEAR.search(clause):
        return False
    rest = P.YEAR.sub(" ", P.GOAL_CUE_WORDS.sub(" ", P.LEAD_IN_YEAR.sub(" ", clause)))
    return len([w for w in P.WORD.findall(rest) if w.lower() != "năm"]) < _MEASURE_WORDS


def _measured(text: str, tail: bool = False) -> str:
    """What an indicator measures: its text before the value it sets, without
    the years it names ("Tỷ lệ hồ sơ trực tuyến" of "Đến năm 2030, tỷ lệ hồ sơ
    trực tuyến đạt 80%"); the other numbers say what it measures ("trẻ em
    dưới 1 tuổi" is not "dưới 5 tuổi")."""
    m = P.TARGET.search(text)
    head = text[: m.start()] if m and m.start() > 10 else text
    if head is not text and len(P.WORD.findall(P.GOAL_CUE_WORDS.sub(" ", P.LEAD_IN_YEAR.sub(" ", head)))) < _MEASURE_WORDS:
        # a time and the value first ("Đến hết năm 2026, 100% xã, phường tổ
        # chức …", "Phấn đấu đến năm 2030, 100% …"), a goal's cue with them
        # ("Phấn đấu đến hết năm 2026 có ít nhất 80% người …"): what it
        # measures follows the value
        head = text[m.start() :] if m else text
        if tail and m:
            # (to its clause's end: "; năm 2027 đạt 100%" is a time of it)
            head = head.split(";")[0]
    elif tail and m and head is not text:
        # (``tail``) the measure's object after a share ("hoàn thành số hóa
        # 100% hồ sơ địa chính của 58 phường"): the words after the value to
        # the clause's end, with those before it
        end = min((e for e in (text.find(";", m.end()), text.find(". ", m.end())) if e >= 0), default=len(text))
        head += " " + P.LEAD_IN_YEAR.sub(" ", text[m.end() : end])
    return P.YEAR.sub(" ", head)


# Fewer words than this before an indicator's value, its time and goal's cue
# aside, name no measure ("Ít nhất", "Trên").
_MEASURE_WORDS = 3


def _split_bundles(inds: list[Indicator]) -> list[tuple[Indicator, int]]:
    """Each indicator bundling several targets in ";"-separated clauses
    ("Đến hết năm 2026: 100% chi bộ sử dụng …; 85% hồ sơ công việc … được xử
    lý trên môi trường mạng; tỷ lệ hồ sơ … trực tuyến đạt 65%") as one
    indicator per clause, each with the index of its bundle: each target is
    paired by its own subject. A clause with no value stays with the one
    before it; the clauses keep the bundle's number with their rank ("a (2)")."""
    out: list[tuple[Indicator, int]] = []
    for i, ind in enumerate(inds):
        parts = _bundle_parts(ind)
        out += [(p, i) for p in parts] if parts else [(ind, i)]
    return out


def _parts_as_clauses(text: str) -> str:
    """A text with each part opened by "trong đó" a clause of its own (its
    ", trong đó" a ";", the offsets kept): "khoảng 80% số xã đạt chuẩn nông
    thôn mới, trong đó ít nhất 40% số xã đạt chuẩn nâng cao" states two
    measures, the part a narrower one, never the same measure's second
    value; each is paired with the other plan's of its words (nâng cao with
    nâng cao), not all values against all."""
    if "trong đó" not in text and "Trong đó" not in text:
        return text
    return P.SUB_PART.sub(_as_clause_break, text)


def _as_clause_break(m: regex.Match[str]) -> str:
    return ";" + " " * (len(m.group()) - 1)


def _bundle_parts(ind: Indicator) -> list[Indicator]:
    text = _parts_as_clauses(ind.text)
    if ";" not in text or sum(1 for t in ind.targets if t.value is not None) < 2:
        return []
    clauses = text.split(";")
    by: dict[int, list[Any]] = {}
    at = 0
    for t in ind.targets:
        found = _clause_index(text, t.text, at)
        if found is None:
            return []  # a target read across clauses: the bundle is kept whole
        k, at = found
        by.setdefault(k, []).append(t)
    # (a clause naming no measure, only a time and its value, "; năm 2027
    # đạt 100%", sets the measure of the clause before it: one part)
    for k in sorted(by)[1:]:
        rest = clauses[k]
        for t in by[k]:
            rest = rest.replace(t.text, " ")
        if _names_no_measure(rest) or _year_only(rest):
            before = max(j for j in by if j < k)
            by[before] += by.pop(k)
    if len(by) < 2:
        return []
    starts = sorted(by)
    out = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(clauses)
        # (the clauses before the first target, "Phấn đấu đến năm 2026;",
        # lead the first part's: they say what its target is of)
        text = ";".join(clauses[0 if n == 0 else k : end]).strip(" ;.")
        out.append(
            ind.model_copy(update={"id": f"{ind.id} ({n + 1})" if ind.id else None, "text": text, "targets": by[k]})
        )
    return out


def _clause_index(text: str, target: str, after: int) -> tuple[int, int] | None:
    """The ";"-clause of ``text`` holding a target's text next from offset
    ``after`` on, and the offset past it: each of two alike ("số hóa 100%
    hồ sơ … của 58 phường; … số hóa 100% hồ sơ … của 77 xã") is its own
    clause's. None: not found, or read across clauses."""
    pos = text.find(target, after)
    if pos < 0 or ";" in target:
        return None
    return text.count(";", 0, pos), pos + len(target)


def _bundles_kept(
    pair: dict[int, int], sa: list[tuple[Indicator, int]], sb: list[tuple[Indicator, int]]
) -> dict[int, int]:
    """The bundles whose clauses pair only with one bundle's of the other plan,
    and its only with theirs (A's indicator → B's): those two are compared
    as wholes, their targets clause by clause (``_sub_targets``), a clause
    of A's B has no value for told as dropped."""
    to: dict[int, set[int]] = {}
    back: dict[int, set[int]] = {}
    for x, y in pair.items():
        to.setdefault(sa[x][1], set()).add(sb[y][1])
        back.setdefault(sb[y][1], set()).add(sa[x][1])
    return {i: next(iter(js)) for i, js in to.items() if len(js) == 1 and back[next(iter(js))] == {i}}


def _label(text: str) -> str:
    """An unnumbered indicator's name in a row: its first clause, whole, to
    its ";" or end ("phấn đấu diện tích … đạt 60.000 ha trong năm 2026 và
    90.000 ha năm 2027", not cut before its second target)."""
    return " ".join(text.split(";", 1)[0].split()).rstrip(" .")


def _indicator_row(
    ind: Indicator, other: Indicator, levels_differ: bool, levels: tuple[str | None, str | None] = (None, None)
) -> dict[str, Any]:
    # (the values compared as one measure: "12/12 khu phố" is "100% khu phố";
    # each side's own targets reported as read)
    shown_a, shown_b = ind.targets, other.targets
    ind, other = _as_shares(ind, other), _as_shares(other, ind)
    same = _targets(ind) == _targets(other)
    verdict = None if same else _verdict(ind, other, levels_differ, levels)
    subs, dropped = ([], []) if same else _sub_targets(ind, other, levels_differ, levels)
    only_a, only_b = ([], []) if same else _years_only(ind, other)
    # the targets of the years both set agreeing, one setting a year more
    # ("100% (2026), 100% (2027)" against "100% (2026)"): the same for those
    # years, the other years said apart
    same = same or bool(
        (only_a or only_b) and subs and not dropped and all(v == "same" for *_, v in subs)
        and {id(ta) for ta, _, _ in subs} == {id(t) for t in ind.targets if t.value is not None and t.year not in only_a}
        and {id(tb) for _, tb, _ in subs} == {id(t) for t in other.targets if t.value is not None and t.year not in only_b}
    ) or _same_in_shared_years(ind, other, only_a, only_b)
    # B restating every target of A's alike (two of A's clauses, "… của 40
    # phường; … của 60 xã", in one of B's: "… tại 100 xã, phường"), maybe
    # setting more beside them ("dưới 14/100.000 trẻ em …" and "không để xảy
    # ra trường hợp tử vong"): the same, B's own targets told apart, no
    # change without a direction
    adds: list[str] = []
    if not same and verdict is None and subs and not dropped and not only_a and all(v == "same" for *_, v in subs):
        kept_b = {id(tb) for _, tb, _ in subs}
        if {id(ta) for ta, _, _ in subs} == {id(t) for t in ind.targets if t.value is not None}:
            adds = [t.text for t in other.targets if id(t) not in kept_b]
            same = True
    if not same and subs:
        adds = _b_clauses_alone(ind, other)
    differ = [
        {"a": ta.text, "b": tb.text, "verdict": v, "b_lower": tb.value < ta.value} for ta, tb, v in subs if v != "same"
    ]
    status = "same" if same else "changed" if verdict or _compare(ind, other, levels_differ, levels) else "not_comparable"
    if status == "changed" and not differ and not dropped and not only_a and not only_b:
        # (no value told apart: their paired values agree, else none compared)
        status = "same" if subs else "not_comparable"
    # between levels, an amount against an amount of its kind (a commune's
    # "46,5 tỷ đồng" and the province's "32.500 tỷ đồng") is a share of the
    # higher level's total: a pair of levels, not compared
    scales = _scales_told(ind, other)
    share = status == "not_comparable" and levels_differ and _amounts_meet(ind, other) and not scales
    return {
        "a": ind.id or _label(ind.text),
        "b": other.id or _label(other.text),
        "status": status,
        **({"level_share": True} if share else {}),
        # (a count per unit, "mỗi xã có ít nhất 02", or an increment, "thêm 150")
        **scales,
        # (the years of a target one side sets and the other not, both giving years)
        "years_only_a": only_a,
        "years_only_b": only_b,
        "verdict": verdict,
        # (the sub-targets that differ, and those B lacks)
        "differ": differ,
        "dropped": [t.text for t in dropped],
        **({"b_adds": adds} if adds else {}),
        "targets_a": [t.model_dump() for t in shown_a],
        "targets_b": [t.model_dump() for t in shown_b],
        "line_a": ind.span.line,
        "line_b": other.span.line,
    }


def _amounts_meet(a: Indicator, b: Indicator) -> bool:
    """Whether both set an amount (money, a count) of one kind: no rate, nor
    a level per head ("triệu đồng/người/năm") or a change in points ("điểm
    phần trăm"), which no share of a total is."""
    ka, kb = (
        {_kind(t.unit) for t in i.targets if t.value is not None and "/" not in (t.unit or "") and "điểm" not in (unit_name(t.unit) or "")}
        for i in (a, b)
    )
    return bool((ka & kb) - {None, "rate"})


def _same_in_shared_years(a: Indicator, b: Indicator, only_a: list[int], only_b: list[int]) -> bool:
    """Whether two indicators, one setting years the other does not, set
    the same values for every year both set (however their clauses read:
    "đạt 60.000 ha năm 2026; 90.000 ha năm 2027" against a text cut after
    2026 whose 2027 target stands apart): the status comes from the shared
    years only, the others said apart (``years_only_a``, ``years_only_b``)."""
    if not (only_a or only_b):
        return False
    by: tuple[dict[int, set[tuple[Any, ...]]], dict[int, set[tuple[Any, ...]]]] = ({}, {})
    for side, ind, extra in ((by[0], a, only_a), (by[1], b, only_b)):
        for t in ind.targets:
            if t.value is None or not t.year:
                return False  # (an undated value belongs to no year)
            if t.year not in extra:
                side.setdefault(t.year, set()).add((t.value, t.low, _per_base(t.unit or "") or unit_name(t.unit)))
    return bool(by[0]) and by[0] == by[1]


def _years_only(a: Indicator, b: Indicator) -> tuple[list[int], list[int]]:
    """The years with a target in A and none in B, and in B and none in A,
    where both date their targets."""
    ya = {t.year for t in a.targets if t.value is not None and t.year}
    yb = {t.year for t in b.targets if t.value is not None and t.year}
    if not ya or not yb:
        return [], []
    return sorted(ya - yb), sorted(yb - ya)


def _unit_keys(d: Document) -> set[str]:
    """The folded names of the unit a document's issuer governs ("Thạch Hà"
    for "UBND xã Thạch Hà"), as an allocation annex's row names it."""
    issuer = d.header.issuer
    loc = issuer.locality if issuer else None
    names = [loc.new_ward, loc.ward, loc.district] if loc else []
    return {fold(short_name(n)) for n in names if n}


def _own_allocations(inds: list[Indicator], other: Document) -> list[Indicator]:
    """A plan's indicators as the other plan's unit is to meet them: where an
    annex allocates a measure among units (targets ``allotted_to`` a unit),
    the row of the other plan's unit stands for the measure (a commune plan's
    "1.320 người" is compared with its row "Xã Thạch Hà | 1.320", not with the
    province's total "41.000"); other units' rows are theirs, not compared."""
    if not any(_share(t) for i in inds for t in i.targets):
        return inds
    units = _unit_keys(other)
    own = [
        i for i in inds
        if i.targets and _share(i.targets[0]) and (to := i.targets[0].allotted_to) is not None and fold(to.canonical or to.name) in units
    ]
    measures = {_measure_key(i.text) for i in own}
    return [
        i for i in inds
        if (any(i is o for o in own))
        or (not any(_share(t) for t in i.targets) and _measure_key(i.text) not in measures)
    ]


def _share(t: Target) -> bool:
    """Whether a target is a unit's share of an allocation (allotted to a
    commune or ward), not the body answering for the whole (``kind`` "body":
    a goals table's "Cơ quan chủ trì theo dõi")."""
    return t.allotted_to is not None and t.allotted_to.kind != "body"


def _measure_key(text: str) -> str:
    """What a measure's name names, its year left out ("… năm 2026")."""
    return fold(P.TRAILING_YEAR.sub("", text))


def _indicators(a: Document, b: Document, method: str) -> list[dict[str, Any]]:
    # (a unit's plan meets its own row of the other's allocation annex)
    ia, ib = _own_allocations(a.indicators, b), _own_allocations(b.indicators, a)
    if not ia and not ib:
        return []
    # (a bundle of targets is paired clause by clause: "100% chi bộ …; 85% hồ
    # sơ …; tỷ lệ hồ sơ … trực tuyến đạt 65%" holds three of the other plan's
    # indicators; the clauses of two bundles that pair only with each other are
    # those two bundles, compared as wholes)
    sa, sb = _split_bundles(ia), _split_bundles(ib)
    # (paired by what they measure: "Tỷ lệ hồ sơ … tiếp nhận, giải quyết trực
    # tuyến đạt tối thiểu 80%" is "Tỷ lệ hồ sơ … nộp trực tuyến đạt 70%" at
    # another level; the values are what the pair compares)
    sp = _Space([_measured(i.text) for i, _ in sa] + [_measured(i.text) for i, _ in sb], method)
    # (and with the words after the value: "hoàn thành số hóa 100% hồ sơ địa
    # chính" measures "số hóa hồ sơ địa chính", whose noun follows its value)
    spt = _Space([_measured(i.text, tail=True) for i, _ in sa] + [_measured(i.text, tail=True) for i, _ in sb], method)
    # (the most alike pairs first, over both lists: a lower plan renumbers and
    # rewords the indicators it takes on, "Giảm 10% số trẻ em tử vong do đuối
    # nước …; 55% … biết bơi" being its "4. Giảm số trẻ em tử vong do đuối nước
    # …; 60% … biết bơi")
    ranked = sorted(
        (
            (max(sp.cos(x, len(sa) + y), spt.cos(x, len(sa) + y)), x, y)
            for x in range(len(sa))
            for y in range(len(sb))
        ),
        reverse=True,
    )
    pair: dict[int, int] = {}
    for score, x, y in ranked:
        if score < _SAME_INDICATOR:
            break
        if x not in pair and y not in pair.values() and _kinds_meet(sa[x][0], sb[y][0]):
            pair[x] = y
    # (clauses of one of A's bundles measuring alike, "số hóa 100% hồ sơ … của
    # 58 phường; … của 77 xã", may share B's one clause for both: "hoàn thành
    # số hóa 100% hồ sơ … của 103 xã, phường")
    for score, x, y in ranked:
        if score < _SAME_INDICATOR:
            break
        siblings = [sa[z][0].text for z, w in pair.items() if w == y and sa[z][1] == sa[x][1]]
        if x not in pair and siblings and _may_share(
            _measured(sa[x][0].text, tail=True), [_measured(t, tail=True) for t in siblings], _measured(sb[y][0].text, tail=True)
        ):
            pair[x] = y
    kept = _bundles_kept(pair, sa, sb)
    levels_differ = a.header.level != b.header.level
    levels = (a.header.level, b.header.level)
    out: list[dict[str, Any]] = []
    used: set[int] = set(kept.values())
    for x, (ind, i) in enumerate(sa):
        if i in kept:
            if x == 0 or sa[x - 1][1] != i:
                out.append(_indicator_row(ia[i], ib[kept[i]], levels_differ, levels))
        elif x in pair:
            out.append(_indicator_row(ind, sb[pair[x]][0], levels_differ, levels))
        else:
            out.append(
                {
                    "a": ind.id or _label(ind.text),
                    "b": None,
                    "status": "only_a",
                    "targets_a": [t.model_dump() for t in ind.targets],
                    "line_a": ind.span.line,
                }
            )
    paired_b = {y for x, y in pair.items() if sa[x][1] not in kept}
    out += [
        {
            "a": None,
            "b": i.id or _label(i.text),
            "status": "only_b",
            "targets_b": [t.model_dump() for t in i.targets],
            "line_b": i.span.line,
        }
        for y, (i, j) in enumerate(sb)
        if y not in paired_b and j not in used
    ]
    return out


# From this likeness of what two indicators measure on, they are one.
_SAME_INDICATOR = 0.35


def _kind(unit: str | None) -> str | None:
    """What a target counts: a rate (%, ‰, "%/năm", or per a number,
    "/100.000 trẻ em", "/1.000 trẻ đẻ sống"), money (tỷ or triệu đồng alike),
    else its noun ("lao động", "hộ")."""
    unit = unit_name(unit)
    if not unit:
        return None
    if "%" in unit or "‰" in unit or _per_base(unit):
        return "rate"
    return "money" if "đồng" in unit else unit


def _per_base(unit: str) -> str | None:
    """The base of a rate per a number ("100000" of "/100.000 trẻ em"), or None."""
    if unit == "‰":
        return "1000"  # (per mille is per 1.000: "15‰" is "15/1.000 trẻ đẻ sống")
    m = P.PER_BASE.match(unit) if "/" in unit else None
    return m["base"].replace(".", "") if m else None


def _same_unit(ua: str | None, ub: str | None) -> bool:
    """Whether two targets' values are of one measure: the same unit, or two
    rates per the same number whatever the noun after it ("/100.000 trẻ em",
    "/100.000 trẻ"): 14 and 16 per 100.000 compare, not per 1.000."""
    if ua == ub or unit_name(ua) == unit_name(ub):
        return True
    base = _per_base(ua or "")
    return base is not None and base == _per_base(ub or "")


def _kinds(ind: Indicator) -> set[str | None]:
    return {_kind(t.unit) for t in ind.targets if t.value is not None}


def _kinds_meet(a: Indicator, b: Indicator) -> bool:
    """Two indicators giving values of no common kind measure different things
    ("tăng trưởng dư nợ 8%/năm" is no "tổng dư nợ 180 tỷ đồng"); a count over
    a total and a percentage of the same noun are one measure ("12/12 khu
    phố", "100% khu phố": see ``_as_shares``)."""
    ka, kb = _kinds(a), _kinds(b)
    return not ka or not kb or bool(ka & kb) or _shares_meet(a, b) or _shares_meet(b, a)


def _count_share(ind: Indicator, t: Target) -> float | None:
    """The percentage a count target states of what it counts: "12/12 khu
    phố" 100, "8/10 trường" 80, "tất cả 58 phường" 100; else None."""
    if t.value is None or not t.unit or _kind(t.unit) in ("rate", "money"):
        return None
    if "/" in t.text and (m := P.COUNT_OVER_TOTAL.match(t.text)):
        total = float(m["total"].replace(".", ""))
        return 100.0 * t.value / total if total and float(m["part"].replace(".", "")) == t.value else None
    for m in P.ALL_OF_COUNT.finditer(ind.text) if ("cả" in ind.text or "bộ" in ind.text) else ():
        if float(m["value"].replace(".", "")) == t.value and _counts_noun(_words(m["noun"]), t.unit):
            return 100.0
    return None


def _share_nouns(ind: Indicator) -> set[tuple[str, ...]]:
    """The nouns the indicator's percentages count, as folded words ("khu
    phố" of "100% khu phố có …")."""
    return {
        _words(m["noun"]) for t in ind.targets if t.value is not None and t.unit == "%" and (m := P.SHARE_NOUN.search(t.text))
    }


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in text.split())


def _counts_noun(noun: tuple[str, ...], unit: str | None) -> bool:
    """Whether a count's unit is the noun a share counts, word by word from
    its start ("hộ" is "hộ gia đình", never "học sinh", which a folded
    prefix of letters would take it for)."""
    u = _words(unit or "")
    return bool(u) and noun[: len(u)] == u


def _shares_meet(a: Indicator, b: Indicator) -> bool:
    """Whether a count over a total of A's counts what a percentage of B's
    counts ("12/12 khu phố" and "100% khu phố thành lập …")."""
    nouns = _share_nouns(b)
    return bool(nouns) and any(
        _count_share(a, t) is not None and any(_counts_noun(n, t.unit) for n in nouns) for t in a.targets
    )


def _as_shares(a: Indicator, b: Indicator) -> Indicator:
    """A's indicator with each count over a total of a noun B states as a
    percentage put as that percentage ("12/12 khu phố" → 100%), to compare
    values of one measure; A itself where none is."""
    if not _shares_meet(a, b):
        return a
    nouns = _share_nouns(b)
    targets = [
        t.model_copy(update={"value": share, "unit": "%", "low": None})
        if (share := _count_share(a, t)) is not None and any(_counts_noun(n, t.unit) for n in nouns)
        else t
        for t in a.targets
    ]
    return a.model_copy(update={"targets": targets})


def _compare(
    a: Indicator, b: Indicator, levels_differ: bool, levels: tuple[str | None, str | None] = (None, None)
) -> bool:
    """Whether any of the two's values compare: of one kind, and between
    levels rates only (a ward's budget is a share of the province's), or a
    norm per unit against that unit's own figure; never a norm per unit or
    an increment against a total (``_scales_meet``)."""
    for ta in a.targets:
        if ta.value is None:
            continue
        for tb in b.targets:
            if tb.value is None or not _units_meet(ta.unit, tb.unit) or (k := _kind(ta.unit)) is None:
                continue
            if k == "rate":
                return True
            alike = _scales_meet(a, ta, b, tb, levels)
            if alike or (alike is None and not levels_differ):
                return True
    return False


def _scale(ind: Indicator, t: Target) -> tuple[str, str]:
    """What a count of an indicator counts, read from the words before it in
    its clause: ("per:ward", "xã") a norm each unit meets ("Mỗi xã có ít
    nhất 02 sản phẩm", "100% xã có ít nhất 01 …"; a commune, a district, a
    province by their level, other units by their noun), ("+", "thêm") an
    increment ("có thêm ít nhất 150 sản phẩm"), ("", "") a level or total."""
    text = ind.text
    pos = text.find(t.text)
    if pos < 0:
        return "", ""
    # (to the value: a target's text may open with the words, "Có thêm 120 …")
    digit = next((k for k, c in enumerate(t.text) if c.isdigit()), 0)
    before = text[max(text.rfind(";", 0, pos), 0) : pos + digit]
    low = before.lower()
    if "thêm" in low and P.INCREMENT_BEFORE.search(before):
        return "+", "thêm"
    if not any(w in low for w in ("mỗi", "từng", "mọi", "100")):
        return "", ""
    # (the nearest quantifier before the count)
    found = list(P.PER_UNIT.finditer(before))
    last = found[-1] if found else None
    if last is None:
        return "", ""
    for level in ("ward", "district", "province"):
        if last[level]:
            return "per:" + level, " ".join(last[level].lower().split())
    noun = " ".join(last["other"].lower().split())
    return "per:" + noun, noun


def _scales_meet(a: Indicator, ta: Target, b: Indicator, tb: Target, levels: tuple[str | None, str | None]) -> bool | None:
    """Whether two counts are of one scale: True where a norm per unit meets
    a norm per the same unit, or that unit's own figure (a province's "mỗi
    xã có ít nhất 02 sản phẩm OCOP" and a commune plan's "có ít nhất 03":
    compared directly, across levels); False where they are of different
    scales (a norm per unit against a total, "có thêm 150 sản phẩm" of a peer
    province; an increment against a level); None where both are levels or
    both increments (compared as any two counts)."""
    sa, sb = _scale(a, ta)[0], _scale(b, tb)[0]
    if sa == sb:
        return True if sa else None
    for norm, plain, level in ((sa, sb, levels[1]), (sb, sa, levels[0])):
        if norm.startswith("per:") and not plain and level is not None and norm == "per:" + level:
            return True
    return False


def _scales_told(a: Indicator, b: Indicator) -> dict[str, Any]:
    """The row's keys for counts per unit or increments either side states
    (``per_unit_a`` "xã", ``increment_b`` true), where the two differ in it."""
    out: dict[str, Any] = {}
    for side, ind in (("a", a), ("b", b)):
        for t in ind.targets:
            if t.value is None or _kind(t.unit) in (None, "rate"):
                continue
            key, noun = _scale(ind, t)
            if key == "+":
                out["increment_" + side] = True
            elif key:
                out.setdefault("per_unit_" + side, noun)
    if all(out.get(k + "_a") == out.get(k + "_b") for k in ("increment", "per_unit")):
        return {}  # (alike on both sides: nothing to tell)
    return out


def _units_meet(ua: str | None, ub: str | None) -> bool:
    """Whether two targets' values are of one kind that compares: two rates
    per a number only per the same ("/100.000 dân" and "/1.000 trẻ đẻ
    sống" do not), others by their kind."""
    ba, bb = _per_base(ua or ""), _per_base(ub or "")
    if ba or bb:
        return ba == bb
    return _kind(ua) == _kind(ub)


def _deadline_context(d: Document, x: Deadline) -> str:
    """What a deadline is for: the task it stands in (the body's, else the
    item's text), with the body it goes to."""
    best = _owning_task(d, x)[0]
    if best is None:
        for s in walk_sections(d.sections):
            if s.span.line <= x.span.line <= (s.span.end_line or s.span.line):
                best = " ".join(x for x in (s.heading, s.text) if x)
    return " ".join(v for v in (best, x.due, x.to) if v)


def _owning_task(d: Document, x: Deadline) -> tuple[str | None, bool]:
    """The shortest body's task a deadline stands in (or None), and whether
    each body owning it reads it as due for no report."""
    line, last = x.span.line, x.span.end_line or x.span.line
    best: str | None = None
    no_report = True
    # (a task that is the deadline's words alone, "thực hiện thường xuyên."
    # split from "Bố trí kinh phí …; thực hiện thường xuyên.", says nothing
    # of what it is for: the task it ends is)
    words = fold(x.text)
    for a in d.assignments:
        # (a body's own deadline of that wording within it: a table's row,
        # which the document's list may place at the whole table)
        mine = [o for o in a.deadlines if o.text == x.text and line <= o.span.line <= last]
        own = [o.span.line for o in mine]
        for t in a.tasks:
            first, end = t.span.line, t.span.end_line or t.span.line
            if any(first <= k <= end for k in own) or first <= line <= end:
                if len(fold(t.text).replace(words, "", 1)) < 4:
                    continue
                best = t.text if best is None or len(t.text) < len(best) else best
                no_report = no_report and all(not o.due for o in mine)
    return best, no_report


def _kind_due(d: Document, x: Deadline) -> str | None:
    """What is due by a deadline, read from its own task: a table row's
    "Sản phẩm: Báo cáo, danh mục văn bản" is what the row delivers, not a
    report its date is for, where the body owning the row reads no report
    and the row's task says none ("Rà soát, hệ thống hóa văn bản …")."""
    if x.due != "báo cáo":
        return x.due
    task, no_report = _owning_task(d, x)
    return None if task is not None and no_report and "báo cáo" not in task.lower() else x.due


def _task_lines(d: Document, tasks: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Each task item's first and last lines (an item's heading and paragraph,
    a numbered task given by reference to its body)."""
    ends: dict[int, int] = {}
    for s in walk_sections(d.sections):
        ends[s.span.line] = max(ends.get(s.span.line, 0), s.span.end_line or s.span.line)
    for g in d.assignments:
        for t in g.tasks:
            ends[t.span.line] = max(ends.get(t.span.line, 0), t.span.end_line or t.span.line)
    return [(line, ends.get(line, line)) for _, line in tasks]


def _matched_tasks(a: Document, b: Document, tasks: TaskDiff | None) -> set[tuple[int, int]]:
    """(A's task line, B's task line) of each A task B's task covers, or
    carries a clause of, and of each B task covered by an A task."""
    if tasks is None:
        return set()
    out: set[tuple[int, int]] = set()
    for m in tasks.a_to_b:
        if (m.covered or m.partly) and not m.done_by_issuing and m.best_line is not None:
            out.update((m.line, k) for k in {m.best_line, *m.split_over})
    out.update((m.best_line, m.line) for m in tasks.b_to_a if m.covered and m.best_line is not None)
    return out


def _deadline_tasks(spans: list[tuple[int, int]], line: int) -> set[int]:
    return {first for first, last in spans if first <= line <= last}


# Below this likeness of what two deadlines are for, they are not one deadline
# moved, however near their dates ("ban hành kế hoạch trước 28/2" is no
# "khảo sát điểm đuối nước trước 30/4").
_SAME_PURPOSE = 0.15
# From this likeness on, two deadlines are for the same task, whatever their dates.
_SAME_TASK = 0.5


def _deadlines(
    a: Document, b: Document, method: str = "ngrams", tasks: TaskDiff | None = None
) -> list[dict[str, Any]]:
    goals = {id(d): _goal_targets(d) for d in (a, b)}
    lower = _lower_level(a, b)

    def kept(d: Document) -> list[Deadline]:
        # (a deadline without a calendar date, periodic, "định kỳ 6 tháng,
        # năm", or a limit after an event, "chậm nhất 10 ngày kể từ …", is
        # one too, compared by its period or its limit)
        # (between levels, ongoing work, "…; thực hiện thường xuyên", is
        # compared too: A's, given a body of B's level or above it
        # (`above_b_level`), and B's own, paired or only one side's)
        return [
            x
            for x in d.deadlines
            if ((x.day or x.month or x.year) and (x.day or not _of_a_target(goals[id(d)], x)))
            or _undated_kind(x.recurrence)
            or (lower and x.recurrence == "ongoing")
        ]

    def rows(d: Document) -> list[tuple[dict[str, Any], str, str | None]]:
        return [
            (
                {
                    "text": x.text,
                    "day": x.day,
                    "month": x.month,
                    "year": x.year,
                    "recurrence": x.recurrence,
                    "due": _kind_due(d, x),
                    "line": x.span.line,
                }
                # (the hour it is due at, where one is said: "trước 17 giờ ngày 15/9")
                | ({"time": x.time} if x.time else {}),
                _deadline_context(d, x),
                x.to,
            )
            for x in kept(d)
        ]

    both_a, both_b = rows(a), rows(b)
    kept_a = kept(a)
    ra, rb = [r for r, *_ in both_a], [r for r, *_ in both_b]
    # (the sector of the body each deadline binds, where one is named)
    owner_a, owner_b = [_owner_sector(a, x) for x in kept(a)], [_owner_sector(b, x) for x in kept(b)]
    agency_a, agency_b = [x.agency for x in kept(a)], [x.agency for x in kept(b)]
    sp = _Space([c for _, c, _ in both_a] + [c for _, c, _ in both_b], method)
    # between levels, A's deadlines of its own bodies above B's ("Công an tỉnh
    # báo cáo UBND tỉnh trước 15/12") are not B's to meet
    above = {i for i, x in enumerate(ra) if lower and not _applies_at(a, x["line"], b.header.level)}
    # one plan's deadlines of one date, duty and addressee are one (a report
    # due in a body's item and again in the reporting part): a group each
    ga = _same_deadlines(both_a, above, lambda i, j: sp.cos(i, j))
    gb = _same_deadlines(both_b, set(), lambda i, j: sp.cos(len(ra) + i, len(ra) + j))
    # pair each deadline with B's of the same purpose (the task it stands in,
    # what is due, to whom) first, the most alike first; then with B's
    # nearest date (within two months), of the same period and report where
    # there is a choice, unless what they are for differs; without a day and
    # a month to compare, with B's of the same report and period; one of A's
    # bodies above B's level only with B's of the same task, last
    # the plan-issuing deadline of B's level, which B citing A is: met or late,
    # paired only with B's date for another duty of its task ("kiện toàn Ban
    # Chỉ huy … trong tháng 3"), never with B's date for its own units' plans
    done = {m.line: m for m in (tasks.a_to_b if tasks else []) if m.done_by_issuing or m.b_undated}
    issuing = {
        i: t
        for i in ga
        if (
            t := next(
                (
                    done[ln]
                    for m in ga[i]
                    for ln in sorted(done, reverse=True)
                    if ln <= ra[m]["line"] and ra[m]["text"] in done[ln].text and _issues_by(done[ln].text, ra[m], ra)
                ),
                None,
            )
        )
    }
    # (the tasks each deadline stands in, and which of B's cover which of A's)
    matched = _matched_tasks(a, b, tasks)
    spans_a = _task_lines(a, task_items(a)) if matched else []
    spans_b = _task_lines(b, task_items(b)) if matched else []
    in_a = {i: set().union(*(_deadline_tasks(spans_a, ra[m]["line"]) for m in ms)) for i, ms in ga.items()}
    in_b = {k: set().union(*(_deadline_tasks(spans_b, rb[o]["line"]) for o in os)) for k, os in gb.items()}
    # (each a periodic review's: a report, "sơ kết", "giao ban", "rà soát định kỳ")
    review_a = [_is_review(r, c) for r, c, _ in both_a]
    review_b = [_is_review(r, c) for r, c, _ in both_b]
    ranked: list[tuple[Any, ...]] = []
    # (A's reports due from B's level, whose chain B's reports may be)
    chain_of = {i for i in ga if lower and i not in above and _is_report(ra[i]["due"]) and _of_level(a, kept_a[i], b.header.level)}
    chained: set[tuple[int, int]] = set()
    for i, members in ga.items():
        x = ra[i]
        for k, others in gb.items():
            y = rb[k]
            if i in issuing and P.ISSUING_A_PLAN.search(both_b[k][1]):
                continue  # (B's date for its own units' plans is not A's for B's)
            if lower and not _addressees_meet(b, both_a[i], x["text"], both_b[k], y["text"]):
                continue  # (the province's Sở's report to UBND tỉnh is no commune's units' to UBND xã)
            # (of one duty: their tasks paired, or both periodic reviews, "giao
            # ban cuối năm" and "báo cáo năm")
            one_duty = (review_a[i] and review_b[k]) or any((p, q) in matched for p in in_a[i] for q in in_b[k])
            if not one_duty and "ongoing" in (x["recurrence"], y["recurrence"]):
                continue  # (ongoing work, undated, is one only through its tasks' match: "thực hiện thường xuyên" names no duty)
            if not _may_pair(x, y, one_duty):
                continue  # (a one-off "năm 2030 tổng kết" is no "định kỳ 6 tháng, trước ngày 15/6")
            sim = max(sp.cos(m, len(ra) + o) for m in members for o in others)
            if i in issuing and sim < _SAME_TASK and not any((p, q) in matched for p in in_a[i] for q in in_b[k]):
                continue  # (B's date of issue answers it: no B date of an unrelated duty by nearness, "5 days later")
            d = _days_later(x, y)
            # (the bodies they bind, of one sector or not: a ward's police's
            # monthly report is not its economic office's)
            other = not (owner_a[i] and owner_a[i] == owner_b[k])
            # (to the same body first: a ward's "báo cáo Công an tỉnh", not its
            # offices' "báo cáo Công an phường", is the province's)
            to_a, to_b = both_a[i][2], both_b[k][2]
            # (or through it: "về UBND tỉnh (qua Sở Y tế)" reaches Sở Y tế)
            elsewhere = bool(
                to_a
                and to_b
                and not _reaches(
                    (to_a, _clause_of(both_a[i][1], x["text"])), (to_b, _clause_of(both_b[k][1], y["text"]))
                )
            )
            # two reports one of which goes to the body making the other (the
            # communes' to the Sở is not the Sở's to the Ministry) are two
            # steps of a chain: one deadline by their date last, never by its
            # being the same
            duty = not (
                _is_report(x["due"])
                and _is_report(y["due"])
                and _relayed((agency_a[i], to_a), (agency_b[k], to_b))
            )
            within = bool(to_b and _level_of(to_b) == b.header.level and not (to_a and _level_of(to_a) == b.header.level))
            if (not duty or within) and i in chain_of and d is not None and -_NEAR_DAYS <= d < 0 and _chain(x, y):
                # B's report to the body making A's (B's units' to B), due
                # before A's: one chain, its order kept ("sơ kết 6 tháng trước
                # ngày 05/6" to the ward, to report to the province by "10/6"),
                # no date changed; B's own report to A's addressee, earlier,
                # is that date changed
                chained.add((i, k))
            # (a one-off is identical to a recurring one of its day only as
            # two reports: a "báo cáo … trước ngày 15/12/2026" is no "giao ban
            # … hằng năm (trước ngày 15/12)" before the other plan's own giao ban)
            kin = _deadline_kind(x) == _deadline_kind(y) or (_is_report(x["due"]) and _is_report(y["due"]))
            if (
                duty
                and kin
                and i not in issuing
                and i not in above
                and _identical(x, y)
                and (_is_report(x["due"]) or sim >= _SAME_PURPOSE)
            ):
                # the same date, period, limit and duty: the same deadline,
                # before any other is called changed
                ranked.append((-2, other, -round(sim, 3), 0, False, False, i, k))
                continue
            if (
                duty
                and i not in issuing
                and _is_report(x["due"]) == _is_report(y["due"])
                and any((p, q) in matched for p in in_a[i] for q in in_b[k])
            ):
                # B's deadline of B's task covering A's, for the same kind of
                # duty (a report with a report): the same deadline, whatever
                # the dates; the more alike, then the nearer, first
                ranked.append((-1, False, other, -round(sim, 3), abs(d) if d is not None else 0, False, i, k))
                continue
            alike = (not _recurrences(x) & _recurrences(y), y["due"] != x["due"])
            if sim >= _SAME_TASK:
                tier = 3 if i in above else 0
                ranked.append((tier, elsewhere, other, -round(sim, 3), abs(d) if d is not None else 0, False, i, k))
            elif sim < _SAME_PURPOSE or i in above:
                continue
            elif d is not None and abs(d) <= _NEAR_DAYS:
                ranked.append((1, alike[0], other, elsewhere, abs(d), alike[1], i, k))
            elif d is None and alike == (False, False) and (bool(x["month"]) == bool(y["month"]) or not _dated(x) or not _dated(y)):
                # (a year alone, "Năm học 2025 - 2026", is the period a duty
                # runs in, no date it is due by: paired by date with a year
                # only; one without any date, by its period)
                ranked.append((2, False, other, elsewhere, 0, False, i, k))
    pair: dict[int, int] = {}
    # (B's deadline of a task covering several of A's is each one's: one item
    # of B may carry two tasks of A, each with its date)
    shared: set[int] = set()
    for tier, *_, i, k in sorted(ranked):
        # (a duty's date at B's level, not a report's: each report is its own step)
        duty = tier == -1 and lower and i not in above and not _is_report(ra[i]["due"])
        if i not in pair and (k not in pair.values() or (duty and k in shared)):
            pair[i] = k
            if duty:
                shared.add(k)
    _fold_restated(pair, ga, gb, rb, lambda m, o: sp.cos(m, len(ra) + o))
    out: list[dict[str, Any]] = []
    for i, members in ga.items():
        x = dict(ra[i], also_at=[ra[m]["line"] for m in members[1:]]) if len(members) > 1 else ra[i]
        task = issuing.get(i)
        if task is not None:
            late, in_time = task.late_by_days, task.in_time
            due = _full_date(x)
            if in_time is None and task.done_by_issuing and due is not None and due >= _issued_floor(a):
                # (no date found for plans of B's level, but this row is the
                # date A gives B's plan, "gửi … trước ngày 31/3/2026": B's
                # date of issue against it; one before A's own is a slip)
                late = late_by(task.done_by_issuing, due)
                in_time = not late
            row: dict[str, Any] = (
                {
                    "a": x,
                    "b": None,
                    "status": "late" if late else "met" if in_time else "no_due_date",
                    "done_by_issuing": task.done_by_issuing,
                    "late_by_days": late,
                    "in_time": in_time,
                }
                if task.done_by_issuing
                else {"a": x, "b": None, "status": "b_undated", "note": "B undated (draft)"}
            )
            if i in pair:
                k = pair[i]
                row["b"] = y = dict(rb[k], also_at=[rb[m]["line"] for m in gb[k][1:]]) if len(gb[k]) > 1 else rb[k]
                row["b_later_by_days"] = _days_later(x, y)
                row.update(_later_by_month(x, y))
            out.append(row)
            continue
        if i not in pair:
            out.append({"a": x, "b": None, "status": "above_b_level" if i in above else "only_a"})
            continue
        k = pair[i]
        y = dict(rb[k], also_at=[rb[m]["line"] for m in gb[k][1:]]) if len(gb[k]) > 1 else rb[k]
        same = _identical(x, y) and _is_report(x["due"]) == _is_report(y["due"])
        status = "same" if same else "consistent" if (i, k) in chained else "changed"
        out.append({"a": x, "b": y, "status": status, "b_later_by_days": _days_later(x, y)} | _later_by_month(x, y) | _later_by_minutes(x, y))
    out += [
        {"a": None, "b": dict(rb[k], also_at=[rb[m]["line"] for m in gb[k][1:]]) if len(gb[k]) > 1 else rb[k], "status": "only_b"}
        for k in gb
        if k not in pair.values()
    ]
    return out


def _fold_restated(
    pair: dict[int, int], ga: dict[int, list[int]], gb: dict[int, list[int]], rb: list[dict[str, Any]],
    alike: Callable[[int, int], float],
) -> None:
    """Fold into B's deadline paired with A's group each of B's left unpaired
    of the same date, period and duty that is like one of that group's
    deadlines (a task covering another, 0.35): B's target restating its task
    ("100% điểm nguy cơ … được rà soát … trước ngày 30/4/2026" and the
    item "rà soát … hoàn thành trước ngày 30/4/2026") is one deadline, as
    A's are, though the two of B read too little alike to be grouped alone."""
    paired = set(pair.values())
    for k in [k for k in gb if k not in paired]:
        y = rb[k]
        for i, k2 in pair.items():
            z = rb[k2]
            if (y["day"], y["month"], y["year"], y["recurrence"]) != (z["day"], z["month"], z["year"], z["recurrence"]):
                continue
            if fold(y["due"] or "") != fold(z["due"] or "") or not y["day"]:
                continue
            if max(alike(m, o) for m in ga[i] for o in gb[k]) >= COVER_THRESHOLD:
                gb[k2] = gb[k2] + gb.pop(k)  # (its first keys it: the row paired)
                break


# Periods a deadline without a calendar date is still compared by: a cadence
# ("định kỳ 6 tháng, năm"), or a limit after an event or on request ("ad
# hoc": "chậm nhất 10 ngày kể từ …", "khi có yêu cầu"); not "thường xuyên"
# (ongoing work, due by no time).
def _undated_kind(recurrence: str | None) -> bool:
    return bool(recurrence) and recurrence not in ("once", "ongoing")


def _recurrences(x: dict[str, Any]) -> set[str]:
    """A deadline's periods ("semiannual, annual": both)."""
    return {r.strip() for r in (x["recurrence"] or "once").split(",")} - {""}


def _deadline_kind(x: dict[str, Any]) -> str:
    """Whether a deadline falls once ("năm 2030", "trước ngày 30/9/2026",
    ongoing work's start), each period ("hằng tháng", "định kỳ 6 tháng"), or
    a limit after an event ("chậm nhất 10 ngày kể từ …"): two of different
    kinds are never one deadline moved."""
    r = _recurrences(x) - {"ad hoc"}
    if not r:
        return "after"
    return "once" if r <= {"once", "ongoing"} else "recurring"


# Periods shorter than a year's dated instance (see ``_may_pair``).
_SHORT_PERIODS = frozenset(("daily", "weekly"))


def _may_pair(x: dict[str, Any], y: dict[str, Any], one_duty: bool = False) -> bool:
    """Whether two deadlines may be one: of one kind (``_deadline_kind``),
    and two recurring ones of a period in common ("hằng tháng" is no
    "định kỳ 6 tháng, năm"); a recurring duty and a one-off of the same duty
    on a full date in a year the recurring one covers, that year's of it,
    are of one kind too: two reports ("báo cáo … trước ngày 30/10 hằng năm"
    and a letter's "báo cáo … trước ngày 05/12/2025"), or ``one_duty`` (the
    two deadlines' tasks paired, "rà soát hộ nghèo trước 15/11 hằng năm" and
    "rà soát hộ nghèo … trước ngày 10/11/2026"; or both periodic reviews, a
    year-end "giao ban cuối năm" and "báo cáo năm")."""
    kind, other = _deadline_kind(x), _deadline_kind(y)
    if kind != other:
        once, every = (x, y) if kind == "once" else (y, x)
        return (
            {kind, other} == {"once", "recurring"}
            and (one_duty or (_is_report(x["due"]) and _is_report(y["due"])))
            and bool(once["day"] and once["month"] and once["year"])
            and every["year"] in (None, once["year"])
            # (a daily or weekly report has no instance a dated once is: a
            # commune's "báo cáo … trước 7 giờ hằng ngày" is no border
            # guard's "báo cáo … trước 20 giờ ngày 14/9")
            and not _recurrences(every) <= _SHORT_PERIODS
        )
    return kind != "recurring" or bool(_recurrences(x) & _recurrences(y))


def _full_date(x: dict[str, Any]) -> str | None:
    """A one-off deadline's date as ISO (a month alone, "trong tháng 3/2026",
    by its last day), or None."""
    if x["recurrence"] not in (None, "once") or not (x["month"] and x["year"]):
        return None
    try:
        day = x["day"] or calendar.monthrange(x["year"], x["month"])[1]
        return dt.date(x["year"], x["month"], day).isoformat()
    except ValueError:
        return None


def _chain(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Whether two reports, A's asked of B's level and B's, may be steps of
    one chain: both dated by day and month, and both recurring ("báo cáo
    năm", "sơ kết 6 tháng", one period told as the other) or both once, or
    one this year's report of the other's yearly ones ("báo cáo năm trước
    ngày 05/12/2026" under "định kỳ 6 tháng, năm (trước ngày 15/6 và 15/12)")."""
    return (
        bool(x["day"] and x["month"] and y["day"] and y["month"])
        and _is_report(y["due"])
        and (_deadline_kind(x) == _deadline_kind(y) or _yearly_instance(x, y) or _yearly_instance(y, x))
    )


def _yearly_instance(once: dict[str, Any], every: dict[str, Any]) -> bool:
    """Whether ``once`` is a dated report of one year and ``every`` a report
    due each year (annual, semiannual) with no year: that year's one."""
    return (
        bool(once["year"])
        and every["year"] is None
        and _recurrences(once) == {"once"}
        and bool(_recurrences(every) & _YEARLY)
    )


def _dated(x: dict[str, Any]) -> bool:
    return bool(x["day"] or x["month"] or x["year"])


def _limit(x: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The lengths a deadline without a date states ("10 ngày"), else ()."""
    if _dated(x):
        return ()
    return tuple((n.lstrip("0"), u.lower()) for n, u in P.LIMIT_LENGTH.findall(str(x["text"])))


def _identical(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Two deadlines of one date (and hour, where both say one), the same
    periods and the same limit; or a
    recurring one's instance in a year ("trước ngày 10/6 và 10/12 hằng năm"
    and "10/6/2026, 10/12/2026": that year's, of the same day and month)."""
    if (x["day"], x["month"]) != (y["day"], y["month"]) or _limit(x) != _limit(y):
        return False
    if x.get("time") and y.get("time") and x["time"] != y["time"]:
        return False  # the same day at another hour ("trước 16 giờ" for "trước 17 giờ" ngày 15/9): changed
    if x["year"] == y["year"] and _recurrences(x) == _recurrences(y):
        return True
    once, every = (x, y) if x["year"] else (y, x)
    return bool(once["day"] and once["month"]) and _yearly_instance(once, every)


# Periods whose dates fall on one day and month each year ("10/6 và 10/12
# hằng năm"): a dated deadline on that day and month is an instance of them.
_YEARLY = frozenset(("annual", "semiannual"))


def _of_level(d: Document, x: Deadline, level: str | None) -> bool:
    """Whether deadline ``x`` binds a body named of ``level`` (None: no)."""
    return level is not None and bool(x.agency) and level in _owners_levels(d, x.agency or "")


def _owner_sector(d: Document, x: Deadline) -> str | None:
    """The sector of the body a deadline binds (its owner, as the plan gives
    it tasks), or None."""
    if not x.agency:
        return None
    for g in d.assignments:
        if g.agency == x.agency and g.sector:
            return g.sector
    hit = classify_agency(x.agency)
    return hit.sector if hit else None


def _issues_by(task: str, x: dict[str, Any], rows: list[dict[str, Any]]) -> bool:
    """Whether deadline ``x``, in the plan-issuing task ``task``, is the date
    the plan is to be issued by: the one in the clause issuing it ("xây dựng,
    ban hành kế hoạch … trong tháng 6 năm 2025"), not another duty's of the
    task ("; định kỳ hằng năm báo cáo … trước ngày 15 tháng 11"); a date in a
    clause of its own ("Hoàn thành trước ngày …") where no clause dates the
    issue. Never a recurring date: a plan is issued once."""
    if x["recurrence"] not in (None, "once"):
        return False
    if P.ISSUING_A_PLAN.search(_clause_of(task, x["text"])):
        return True
    return not any(
        r["text"] in task and P.ISSUING_A_PLAN.search(_clause_of(task, r["text"])) for r in rows if r is not x
    )


def _is_report(due: str | None) -> bool:
    return bool(due) and "báo cáo" in (due or "").lower()


def _is_review(x: dict[str, Any], context: str) -> bool:
    """Whether a deadline is a periodic review's (``P.PERIODIC_REVIEW``):
    a report due, or its clause's review ("tổ chức giao ban cuối năm trước
    ngày 10/12")."""
    return _is_report(x["due"]) or P.PERIODIC_REVIEW.search(_clause_of(context, str(x["text"]))) is not None


def _goal_targets(d: Document) -> list[Indicator]:
    """A plan's targets set as its goals, not in a task: a target a task sets
    ("Cử 100% công chức … tham gia các lớp bồi dưỡng … trong năm 2026") is
    that task's, and its time the task's deadline."""
    if not d.indicators:
        return []
    spans = _task_lines(d, task_items(d))
    return [
        i
        for i in d.indicators
        if not any(first <= i.span.line <= last for first, last in spans)
    ]


def _of_a_target(goals: list[Indicator], x: Deadline) -> bool:
    """Whether a deadline stands in a target of the plan's goals ("Đến hết
    năm 2026, 100% xã, phường …", "đạt 85% vào cuối năm 2026"). Without its
    day it is the target's time frame, compared with the target, no task's
    deadline (a day, "100% xã ban hành kế hoạch trước ngày 25/01/2026", is
    one: it is kept)."""
    sp = x.span
    return any(
        i.span.start <= sp.start and sp.end <= i.span.end and (i.span.file == sp.file)
        for i in goals
        if i.span.line <= sp.line <= (i.span.end_line or i.span.line)
    )


def _same_deadlines(
    rows: list[tuple[dict[str, Any], str, str | None]], above: set[int], alike: Callable[[int, int], float]
) -> dict[int, list[int]]:
    """One plan's deadlines grouped where they are one: the same date and
    period, the same duty and addressee, and both of bodies at, or both
    above, the other plan's level, wherever in the plan they stand. The same
    duty is the same report ("báo cáo … về Công an tỉnh trước ngày 10/12" in
    the communes' item and in the reporting part) or, with no report named,
    the same task (a target restating an item: "100% xã ban hành kế hoạch …
    trước ngày 28/02" and "a) ban hành kế hoạch … trước ngày 28/02", alike as
    a task covering another); the same addressee is one body, or one reached
    through the other ("về UBND tỉnh (qua Sở Y tế)" is "về Sở Y tế … để tổng
    hợp, báo cáo UBND tỉnh"). The first of a group keys it."""
    groups: dict[int, list[int]] = {}
    for i, (x, ctx, to) in enumerate(rows):
        key = (x["day"], x["month"], x["year"], x["recurrence"], _limit(x), i in above)
        for g in groups:
            y, gctx, gto = rows[g]
            if (y["day"], y["month"], y["year"], y["recurrence"], _limit(y), g in above) != key:
                continue
            if x["due"] and y["due"]:
                duty = fold(x["due"]) == fold(y["due"]) and bool(to and gto)
            else:
                duty = not (x["due"] or y["due"]) and alike(i, g) >= COVER_THRESHOLD
            if duty and _same_addressee((to, _clause_of(ctx, x["text"])), (gto, _clause_of(gctx, y["text"]))):
                groups[g].append(i)
                break
        else:
            groups[i] = [i]
    return groups


def _clause_of(text: str, part: str) -> str:
    """The clause or sentence of ``text`` holding ``part`` (all of it when not found)."""
    at = text.find(part)
    if at < 0:
        return text
    start = max(text.rfind(";", 0, at), text.rfind(". ", 0, at)) + 1
    ends = [e for e in (text.find(";", at), text.find(". ", at)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def _same_addressee(x: tuple[str | None, str], y: tuple[str | None, str]) -> bool:
    """Whether two deadlines (addressee, clause) go to one body: none named,
    the same body, or each clause naming the other's addressee (a report
    "về UBND tỉnh (qua Sở X)" and one "về Sở X để tổng hợp, báo cáo UBND
    tỉnh")."""
    (to_x, cx), (to_y, cy) = x, y
    if not (to_x or to_y):
        return True
    if not (to_x and to_y):
        return False
    kx, ky = _body_keys(to_x), _body_keys(to_y)
    fx, fy = body_key(cx), body_key(cy)
    return bool(kx & ky) or (any(k in fx for k in ky) and any(k in fy for k in kx))


def _addressees_meet(
    b: Document, row_a: tuple[Any, str, str | None], text_a: str, row_b: tuple[Any, str, str | None], text_b: str
) -> bool:
    """Between levels, whether A's deadline and B's report (each: its row,
    what it is for, whom it goes to) may be one duty by whom they go to: two
    reports' addressees are one body, or one reached through the other
    ("về Sở Tư pháp" and "báo cáo Ủy ban nhân dân phường để báo cáo Sở Tư
    pháp"), not the province's Sở's report to UBND tỉnh and the commune's
    units' to UBND xã; and B's report to a body of its own level (its units'
    to UBND xã, or to its Phòng Văn hóa - Xã hội), reaching no addressee of
    A's, stays within B, no duty of A's unless A's goes to that level too."""
    (x, ctx_a, to_a), (y, ctx_b, to_b) = row_a, row_b
    if not _is_report(y["due"]):
        return True  # (what else is due goes where its task says: "trình HĐND tỉnh")
    if to_a and to_b and _is_report(x["due"]):
        return _reaches((to_a, _clause_of(ctx_a, text_a)), (to_b, _clause_of(ctx_b, text_b)))
    return not (to_b and _level_of(to_b) == b.header.level and not (to_a and _level_of(to_a) == b.header.level))


def _level_of(name: str) -> str | None:
    hit = classify_agency(name)
    return hit.level if hit else None


def _addressees(to: str) -> list[str]:
    """The bodies a report goes to, written out (see ``agencies.written_out``): a
    list run together ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Đảng ủy
    phường") split at each comma where every part names a body."""
    to = written_out(to)
    parts = [p.strip() for p in to.split(",")] if "," in to else []
    if len(parts) > 1 and all(p and classify_agency(p) is not None for p in parts):
        return parts
    return [to]


def _reaches(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Whether two reports (addressee, clause) go to one body, as written,
    or one through the other named in either clause ("về UBND tỉnh (qua Sở
    Y tế)" reaches Sở Y tế); of several addressees, one."""
    fx, fy = body_key(written_out(x[1])), body_key(written_out(y[1]))
    for ax in _addressees(x[0]):
        kx = body_key(ax)
        for ay in _addressees(y[0]):
            ky = body_key(ay)
            if kx == ky or bool(kx and kx in fy) or bool(ky and ky in fx):
                return True
    return False


def _relayed(x: tuple[str | None, str | None], y: tuple[str | None, str | None]) -> bool:
    """Whether of two reports (the body making it, whom it goes to) one goes
    to the body making the other: "UBND các xã báo cáo về Sở Tư pháp" and
    "Sở Tư pháp … báo cáo Bộ Tư pháp", two steps of one chain."""
    (by_x, to_x), (by_y, to_y) = x, y
    return bool(
        (to_y and by_x and _body_keys(to_y) & _body_keys(by_x)) or (to_x and by_y and _body_keys(to_x) & _body_keys(by_y))
    )


def _body_keys(name: str) -> set[str]:
    """A body's name as written and its canonical name, folded; one unit's
    people's committee named by its own name ("UBND tỉnh Quảng Trị", whose
    canonical name keeps it) by its kind's too ("UBND tỉnh")."""
    keys: set[str] = set()
    for part in _addressees(name):
        hit = classify_agency(part)
        keys |= {body_key(part)} | ({body_key(hit.canonical)} if hit and hit.canonical else set())
        if hit is not None and hit.sector == "government" and (kind := kind_of_government(part)):
            keys.add(body_key(kind))
    return keys


# How far apart two deadlines may be and still be the same one moved.
_NEAR_DAYS = 62


def _days_later(x: dict[str, Any], y: dict[str, Any]) -> int | None:
    """How many days B's date is after A's (negative: before), where both give
    a month; a year one gives holds for both, and two recurring dates compare
    within one year. A's month or quarter without its day ("Tháng 6/2026",
    "Quý II/2026", kept as the month it ends in) is due by its last day; B's
    against A's day is told by ``_later_by_month`` (a span, not one day)."""
    if not (x["month"] and y["month"]) or (x["day"] and not y["day"]):
        return None
    ya, yb = x["year"] or y["year"] or 2001, y["year"] or x["year"] or 2001
    try:
        return (
            dt.date(yb, y["month"], y["day"] or calendar.monthrange(yb, y["month"])[1])
            - dt.date(ya, x["month"], x["day"] or calendar.monthrange(ya, x["month"])[1])
        ).days
    except ValueError:
        return None


def _later_by_minutes(x: dict[str, Any], y: dict[str, Any]) -> dict[str, int]:
    """On the same day, or both daily, by how many minutes B's hour is after
    A's (``b_later_by_minutes``; negative: B's is earlier, tightened: "trước
    16 giờ ngày 15/9" against "trước 17 giờ ngày 15/9" is -60), where both say
    an hour; nothing otherwise."""
    ta, tb = x.get("time"), y.get("time")
    if not (ta and tb):
        return {}
    same_day = _days_later(x, y) == 0 or (x["recurrence"] == y["recurrence"] == "daily")
    if not same_day:
        return {}
    ha, ma = (int(n) for n in ta.split(":"))
    hb, mb = (int(n) for n in tb.split(":"))
    return {"b_later_by_minutes": (hb * 60 + mb) - (ha * 60 + ma)}


def _later_by_month(x: dict[str, Any], y: dict[str, Any]) -> dict[str, int]:
    """Where B gives a month without its day ("tháng 3/2026") against A's
    day: B is later by at least the days from A's date to the month's first
    (``b_later_by_days_at_least``), or, the month holding A's date or ending
    before it, by at most the days to its last (``b_later_by_days_at_most``,
    0 or less: not later)."""
    if not (x["day"] and x["month"] and y["month"]) or y["day"]:
        return {}
    ya, yb = x["year"] or y["year"] or 2001, y["year"] or x["year"] or 2001
    try:
        due = dt.date(ya, x["month"], x["day"])
        first = dt.date(yb, _first_month(y), 1)
        last = dt.date(yb, y["month"], calendar.monthrange(yb, y["month"])[1])
    except ValueError:
        return {}
    if first > due:
        return {"b_later_by_days_at_least": (first - due).days}
    return {"b_later_by_days_at_most": (last - due).days}


_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _first_month(x: dict[str, Any]) -> int:
    """The first month of a deadline's period: its month, or for a quarter
    ("Quý II/2026", stored as the month it ends in, 6) the quarter's first
    (4): a quarter is three months, not its last."""
    text = str(x.get("text") or "")
    if "uý" in text or "UÝ" in text:
        q = P.QUARTER_WRITTEN.search(text)
        if q:
            numeral = "".join(itertools.takewhile(lambda ch: ch in "IVXivx1234", q[0].split()[1]))
            first = _QUARTERS.get(numeral.upper(), 0)
            if first and (first - 1) * 3 + 1 <= x["month"]:
                return (first - 1) * 3 + 1
    return int(x["month"])


def _funding(a: Document, b: Document, method: str, tasks: TaskDiff | None = None) -> dict[str, list[str]]:
    fa, fb = [f.text for f in a.funding], [f.text for f in b.funding]
    # (a funding statement one plan gives as a task, "Bố trí kinh phí thực
    # hiện từ nguồn ngân sách địa phương …", matched to the other's funding
    # part is funding in both: not told as the other's only)
    held_a, held_b = _matched_lines(tasks) if tasks else (set(), set())
    free_a = [f.text for f in a.funding if not any(_holds([f.span], x) for x in held_a)]
    free_b = [f.text for f in b.funding if not any(_holds([f.span], x) for x in held_b)]

    def covered(x: str, others: list[str]) -> bool:
        # (paired by the source they name, however worded: "ngân sách nhà
        # nước theo phân cấp" is "ngân sách tỉnh, ngân sách xã theo phân cấp")
        kinds = _funding_sources(x)
        return any(similarity(x, y, method) >= 0.4 or kinds & _funding_sources(y) for y in others)

    return {
        "only_a": [x for x in free_a if not covered(x, fb)],
        "only_b": [y for y in free_b if not covered(y, fa)],
    }


def _matched_lines(t: TaskDiff) -> tuple[set[int], set[int]]:
    """The lines of A and of B holding a task matched with the other plan's:
    each covered task's own line and those of its counterpart."""
    lines: tuple[set[int], set[int]] = (set(), set())
    for own, other, ms in ((lines[0], lines[1], t.a_to_b), (lines[1], lines[0], t.b_to_a)):
        for m in ms:
            if not m.covered:
                continue
            own.add(m.line)
            other.update(m.split_over or ([m.best_line] if m.best_line is not None else []))
    return lines


def _funding_sources(text: str) -> set[str]:
    return {m.lastgroup for m in P.FUNDING_SOURCE.finditer(text) if m.lastgroup}


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level edit script: ("=", text), ("-", deleted), ("+", inserted)."""
    wa, wb = a.split(), b.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(wa[i1:i2])))
        if op in ("delete", "replace"):
            out.append(("-", " ".join(wa[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("+", " ".join(wb[j1:j2])))
    return out
