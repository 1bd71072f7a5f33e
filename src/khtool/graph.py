"""The implementation cascade as a citation graph.

Nodes are documents: each parsed one, and each one only cited (a *stub*),
merged by citation identity (``Citation.key``: number + year, and for local
documents the issuer's locality). A stub whose year or locality is unknown
joins the one node it is compatible with; with two candidates it stays apart
and the reason is recorded. Edges run from the citing document to the cited
one with the citation's relation; subject clauses add second-order
``implements`` edges (160-KH/TU -> 28-CT/TW), and what a cited act does to
another (``Citation.acts_on``: "Luật X, được sửa đổi, bổ sung bởi Luật Y",
Luật Y -> Luật X with relation ``mention`` and action ``amends``); an
attached plan points to the decision carrying it.

networkx is imported only when a graph is built.
"""

from __future__ import annotations

import gc
import json
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from .docnumber import document_key, parse_number, unpadded
from .errors import InputError, KhtoolError
from .models import (
    REPORT_VERSION,
    Citation,
    CitationSummary,
    Document,
    DocumentSummary,
    Locality,
    content_digest,
)
from .tables import council_plan_of, party_plan_of

# What the graph is built from: parsed Documents, or the slim summaries read
# back from JSONL (the same fields, without sections and spans).
GraphDoc = Document | DocumentSummary

LEVEL_ORDER = ["party", "national", "province", "district", "ward", None]
# the edges ``chain`` climbs: what a text carries out (its own "Thực hiện …",
# a cited document's subject's, second order) and the decision it is attached
# to; not its legal ground ("Căn cứ" a law, the ministry's organisation
# decree), which a text rests on without carrying it out; but "Căn cứ" a text
# that sets out what is to be done (a plan, a programme, a directive, a Party
# resolution, a decision approving a programme: ``CitationGraph.sets_out``)
# is what the citing text carries out, and climbed too
UPWARD = {"implements", "attached"}
# a document a text replaces or repeals is no longer carried out through it
ENDS = {"replaces", "repeals"}


def _loc_label(loc: Locality | None, date: str | None = None) -> str | None:
    if loc is None:
        return None
    from .gazetteer import short_name
    from .resolve import since_reform

    if since_reform(loc, date):
        # (a text of 2026 is placed in the province and commune of 2026)
        parts = [short_name(x) for x in (loc.new_ward, loc.new_province) if x]
    else:
        parts = [short_name(x) for x in (loc.ward, loc.district, loc.province) if x]
    return ", ".join(parts) or None


def _province_label(loc: Locality | None, date: str | None = None) -> str | None:
    if loc is None or not loc.province:
        return None
    from .gazetteer import short_name
    from .resolve import since_reform

    return short_name(loc.new_province if since_reform(loc, date) and loc.new_province else loc.province)


def _place_attrs(loc: Locality | None, date: str | None = None) -> dict[str, Any]:
    """Node attributes telling where a document's issuer sits: a text issued
    since 1 July 2025 in its new province (and commune or ward)."""
    return {
        "locality": _loc_label(loc, date),
        "province_name": loc.province if loc else None,
        "district_name": loc.district if loc else None,
        "ward_name": loc.ward if loc else None,
        "new_province_name": loc.new_province if loc else None,
        "new_ward_name": loc.new_ward if loc else None,
        "cluster": _province_label(loc, date),
    }


def document_node_key(doc: GraphDoc, fallback: str) -> str:
    """Identity of a parsed document, in the same scheme as citation keys."""
    h = doc.header
    num = parse_number(h.number) if h.number else None
    if num is None and not (h.number and h.date):
        return fallback
    from .gazetteer import locality_key

    year = int(h.date[:4]) if h.date else None
    loc = locality_key(h.issuer.locality)
    return document_key(num, year=year, locality=loc, level=h.level, number=h.number, doc_type=h.doc_type)


def _identity(doc: GraphDoc) -> tuple[str, str, str, str]:
    """What makes two inputs one document: its number, date and issuer, and
    what it says (``_content``): a plan as .pdf and as .txt, attached to its
    decision and given alone; not a draft and the signed plan of one date."""
    from .tables import fold

    h = doc.header
    return (
        unpadded(h.number or ""),
        h.date or "",
        fold(h.issuer.full_name or h.issuer.name or ""),
        _content(doc),
    )


def _content(doc: GraphDoc) -> str:
    """What a document says, as a digest (``models.content_digest``; a
    summary read from JSONL computed it as it was read)."""
    return doc.content if isinstance(doc, DocumentSummary) else content_digest(doc)


def _settle(
    key: str,
    members: list[GraphDoc],
    out: dict[int, str],
    warnings: list[str] | None = None,
    dated: bool = True,
) -> None:
    """Keys for the documents ``members`` that ``key`` names. With ``dated``
    (a numbered document) each takes ``key`` and its date,
    ``85/KH-UBND@2026@tinhquangngai#2026-03-10`` (``#undated`` without one):
    what the document says, not which others are in the set, so that its id
    stays as a revision or a copy joins. Files of one document (``_identity``)
    share it; two different texts of one number, date and issuer (a draft and
    the signed plan, a corrected re-issue) each add their sha256's first 12
    digits (or path), so that no input's place in the list (nor its file's
    name) decides which is which, and ``warnings`` gets a line naming their
    files; so do documents of one number and date by different issuers
    (whose key is one: a department numbering its plan as its people's
    committee does). Without ``dated`` (an unnumbered attachment, ``<carrier>#attN``)
    ``key`` alone, unless it names different texts."""
    clusters: dict[tuple[str, str, str, str], list[GraphDoc]] = {}
    for d in members:
        clusters.setdefault(_identity(d), []).append(d)
    if not dated and len(clusters) == 1:
        for d in members:
            out[id(d)] = key
        return
    dates = Counter(ident[1] for ident in clusters)
    tags: dict[tuple[str, str, str, str], str] = {}
    for ident, ds in clusters.items():
        tag = ident[1] or "undated"
        if dates[ident[1]] > 1:
            tag += "#" + min((d.source.sha256 or "")[:12] or d.source.path or "?" for d in ds)
        tags[ident] = tag
        for d in ds:
            out[id(d)] = f"{key}#{tag}"
    if warnings is None:
        return

    def files(idents: list[tuple[str, str, str, str]]) -> str:
        return ", ".join(sorted(f"{min(d.source.path or '?' for d in clusters[i])} ({key}#{tags[i]})" for i in idents))

    same: dict[tuple[str, str, str], list[tuple[str, str, str, str]]] = {}
    for ident in clusters:
        same.setdefault(ident[:3], []).append(ident)
    for idents in same.values():
        if len(idents) > 1:
            warnings.append(
                f"{members[0].header.number}: {len(idents)} different texts of one number, date"
                f" and issuer, kept apart: {files(idents)}"
            )
    of_date: dict[str, list[tuple[str, str, str, str]]] = {}
    for ident in clusters:
        of_date.setdefault(ident[1], []).append(ident)
    for idents in of_date.values():
        issuers = {ident[2] for ident in idents}
        if len(issuers) > 1:
            warnings.append(
                f"{members[0].header.number}: documents of one number and date by {len(issuers)}"
                f" different issuers, kept apart: {files(idents)}"
            )


def node_keys(
    docs: list[GraphDoc], fallbacks: list[str], warnings: list[str] | None = None
) -> dict[int, str]:
    """The node of each document and attachment (by ``id``), whatever the
    order of ``docs`` and whichever others are in it: a numbered one's
    ``document_node_key`` with its date (``_settle``:
    ``85/KH-UBND@2026@tinhquangngai#2026-03-18``), the key a citation of it
    gives (``base_key``) and what it was issued; one without a number its
    fallback (``fallbacks[i]`` for the i-th document, ``file:…``), or, an
    attachment, ``<its carrier's node>#attN``. Files of one document (the
    same number, date, issuer and text) share it."""
    groups: dict[str, list[GraphDoc]] = {}
    fallback_groups: dict[str, list[GraphDoc]] = {}
    unnumbered: list[tuple[int, GraphDoc, GraphDoc, int]] = []  # depth, attachment, carrier, N

    def add(doc: GraphDoc, fallback: str) -> bool:
        key = document_node_key(doc, "")
        if key:
            groups.setdefault(key, []).append(doc)
        elif fallback:
            fallback_groups.setdefault(fallback, []).append(doc)
        return bool(key or fallback)

    def walk(doc: GraphDoc, depth: int) -> None:
        attachments: list[GraphDoc] = list(doc.attachments)
        for n, att in enumerate(attachments, 1):
            if not add(att, ""):
                unnumbered.append((depth + 1, att, doc, n))
            walk(att, depth + 1)

    for doc, fallback in zip(docs, fallbacks, strict=True):
        add(doc, fallback)
        walk(doc, 0)
    out: dict[int, str] = {}
    for key, members in groups.items():
        _settle(key, members, out, warnings)
    for key, members in fallback_groups.items():
        _settle(key, members, out, dated=False)
    for depth in sorted({u[0] for u in unnumbered}):
        groups = {}
        for dp, att, carrier, n in unnumbered:
            if dp == depth:
                groups.setdefault(f"{out[id(carrier)]}#att{n}", []).append(att)
        for key, members in groups.items():
            _settle(key, members, out, dated=False)
    return out


def base_key(node: str) -> str:
    """The key a citation gives of the document ``node`` (its number, year
    and place): the node's id without its date, ``#…``."""
    return node.partition("#")[0]


def _parts(key: str) -> tuple[str, str, str]:
    number, _, rest = base_key(key).partition("@")
    year, _, loc = rest.partition("@")
    return number, year or "?", loc or "?"


def keys_compatible(a: str, b: str) -> bool:
    """Whether two document keys (or node ids: their date is ignored) may name
    one document: the same number, the same year or one unknown (``?``), and
    the same place, one unknown, or one within the other (a province's key and
    a district's under it): ``88/KH-UBND@?@?`` fits ``88/KH-UBND@2025@tinhlaocai``."""
    na, ya, la = _parts(a)
    nb, yb, lb = _parts(b)
    if na != nb:
        return False
    if ya != "?" and yb != "?" and ya != yb:
        return False
    return la == "?" or lb == "?" or la == lb or la.startswith(lb + "/") or lb.startswith(la + "/")


@cache
def _committee_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A Party committee's standing organs and the committees, folded (see
    data/party_committees.json)."""
    from .tables import committee_organs, fold, party_committees

    return tuple(fold(o) for o in committee_organs()), tuple(sorted(fold(c) for c in party_committees()))


def _as_committee(folded: str) -> str:
    """A committee's standing organ's name as the committee's: its texts are
    cited as the committee's and the reverse ("Kế hoạch số 40-KH/TU của Tỉnh
    ủy" for one the Ban Thường vụ issued); ``folded`` and the result folded."""
    organs, committees = _committee_keys()
    for organ in organs:
        if folded.startswith(organ) and folded[len(organ) :].startswith(committees):
            return folded[len(organ) :]
    return folded


def _same_issuer(a: str | None, b: str | None) -> bool:
    from .tables import fold

    fa, fb = _as_committee(fold(a or "")), _as_committee(fold(b or ""))
    return bool(fa and fb) and (fa in fb or fb in fa)


def choose_cited(
    c: Citation | CitationSummary,
    fits: list[tuple[str, str | None, str | None]],
    citing_date: str | None,
    levels: Mapping[str, str | None] | None = None,
) -> str | None:
    """Which of several documents of one number a citation names (``fits``:
    key, date, issuer; ``levels``: each key's level): one of the level its
    issuer is named at ("của UBND huyện", a district's: no commune's plan of
    that number), the one of the date it gives, then of its issuer;
    one it still cannot tell (no date, or a date none bears) is the latest
    dated on or before the citing document, the one then in force; ``None``
    when that does not decide (no citing date, none before it, a tie)."""
    if levels is not None and c.issuer_level:
        fits = [f for f in fits if levels.get(f[0]) in (None, c.issuer_level)] or fits
    if c.date:
        fits = [f for f in fits if (f[1] or "").startswith(c.date)] or fits
    if len(fits) > 1 and c.issuer:
        fits = [f for f in fits if _same_issuer(f[2], c.issuer)] or fits
    if len(fits) == 1:
        return fits[0][0]
    before = [f for f in fits if f[1] and citing_date and f[1] <= citing_date]
    latest = max((f[1] or "" for f in before), default=None)
    top = [f[0] for f in before if f[1] == latest]
    return top[0] if len(top) == 1 else None


def year_slip(
    c: Citation | CitationSummary, fits: list[tuple[str, str | None]], citing_date: str | None = None
) -> str | None:
    """The one document among ``fits`` (key, date, issuer) a citation names
    whose date differs from it in the year alone, by one ("Kế hoạch số
    45/KH-UBND ngày 15/01/2026" of a plan printed "ngày 15 tháng 01 năm 2025",
    a January's slip of the year): the same number (so type and issuer's
    symbol) and issuer's place, the same day and month, and no later than the
    citing text of ``citing_date`` (which cannot cite a later one; compared to
    the precision that date gives, as ``cited_key`` does); ``None`` for none,
    or more than one."""
    if not c.number or not c.date or len(c.date) != 10 or not c.date[:4].isdigit():
        return None
    year = int(c.date[:4])
    number, _, loc = _parts(c.key)
    hits = [
        k
        for k, date in fits
        if date
        and len(date) == 10
        and date[4:] == c.date[4:]
        and date[:4].isdigit()
        and abs(int(date[:4]) - year) == 1
        and not (citing_date and date[: len(citing_date)] > citing_date)
        # (its key as the citation's year would make it: the same number and place)
        and keys_compatible(f"{_parts(k)[0]}@{year}@{_parts(k)[2]}", f"{number}@{year}@{loc}")
    ]
    return hits[0] if len(hits) == 1 else None


def cited_key(
    c: Citation | CitationSummary, by_key: Mapping[str, GraphDoc], by_number: dict[str, list[str]], citing_date: str | None
) -> str | None:
    """The key among ``by_key`` of the document a citation names (``check``
    and ``diff`` alike): its own key, or the one of its number it fits when it
    gives no date or no issuer's place ("Kế hoạch số 88/KH-UBND … của UBND
    tỉnh"), among several of its number the one ``choose_cited`` picks,
    unless that one is later than the citing text."""
    if c.key in by_key:
        return c.key
    if not c.number:
        return None
    # (the one document its key names: of that number, year and place)
    same = [k for k in by_number.get(unpadded(c.number), []) if k in by_key and base_key(k) == c.key]
    if len(same) == 1:
        return same[0]
    fits = [k for k in by_number.get(unpadded(c.number), []) if k in by_key and keys_compatible(k, c.key)]
    if len(fits) > 1:
        rk = choose_cited(
            c,
            [(k, by_key[k].header.date, by_key[k].header.issuer.full_name or by_key[k].header.issuer.name) for k in fits],
            citing_date,
            {k: by_key[k].header.level for k in fits},
        )
    elif fits:
        rk = fits[0]
    else:
        # (none of its year: one a year away, a slip of the year, as the graph links it)
        rk = year_slip(
            c, [(k, by_key[k].header.date) for k in by_number.get(unpadded(c.number), []) if k in by_key], citing_date
        )
    # (compared to the precision the citing text gives: an undated draft's
    # "năm 2026" allows a plan of 20/01/2026, "2026-01-20" > "2026" as text)
    if rk is None or (citing_date and (by_key[rk].header.date or "")[: len(citing_date)] > citing_date):
        return None
    return rk


def _listed_name(unit: str) -> str:
    """A unit as a list of those not covered gives it: a commune's or ward's
    name without its unit word ("Phường Nguyễn Nghiêm" -> "Nguyễn Nghiêm"), a
    special zone's with it ("Đặc khu Thổ Châu": no commune nor ward)."""
    from .gazetteer import short_name

    return unit if unit.lower().startswith("đặc khu ") else short_name(unit)


@dataclass
class Unresolved:
    citing: str
    number: str
    reason: str


@dataclass
class CitationGraph:
    g: Any  # networkx.MultiDiGraph
    unresolved: list[Unresolved] = field(default_factory=list)
    # what the caller should be told (different texts under one identity)
    warnings: list[str] = field(default_factory=list)
    # cited keys standing for several parsed documents the citation could
    # not choose between: under ``unresolved``, not missing from the corpus
    ambiguous: set[str] = field(default_factory=set)

    # -- queries ----------------------------------------------------------
    def node(self, ref: str) -> str:
        """A node id from a node id, a parsed file's path, the key a citation
        gives (the id without its date: ``85/KH-UBND@2026@tinhquangngai``) or
        a document number; a key or number naming several documents is an
        error naming them."""
        parsed = [str(n) for n, d in self.g.nodes(data=True) if d.get("parsed") and base_key(str(n)) == ref]
        if ref in self.g and not parsed:
            return ref
        for n, d in self.g.nodes(data=True):
            if any(Path(p).resolve() == Path(ref).resolve() for p in d.get("paths") or [d.get("path")] if p):
                return str(n)
        hits = sorted(parsed) or sorted(
            str(n)
            for n, d in self.g.nodes(data=True)
            if d.get("number") == ref or (d.get("number") or "").upper() == ref.upper()
        )
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise KhtoolError(
                f"'{ref}' names {len(hits)} documents: {', '.join(hits)}; give the full key"
            )
        raise KhtoolError(f"no document '{ref}' in the graph")

    def chain(self, ref: str) -> list[list[str]]:
        """Paths from a document up to the national/Party texts it carries out
        (through ``UPWARD`` edges: what it implements, not its legal basis)."""
        start = self.node(ref)
        return [p for p in self.climb(start) if len(p) > 1] or [[start]]

    def climb(
        self, start: str, goal: set[str] | None = None, within: set[str] | None = None, limit: int = 50
    ) -> list[list[str]]:
        """The ways up from ``start`` through what each text carries out or
        stands on (``--chain``'s walk, shortest first): to its sources, or,
        given ``goal``, to the first node of ``goal`` met (paths not reaching
        it dropped); ``within``: the only nodes it may pass through."""
        paths: list[list[str]] = []
        queue: deque[list[str]] = deque([[start]])
        while queue and len(paths) < limit:
            path = queue.popleft()
            if goal is not None and len(path) > 1 and path[-1] in goal:
                paths.append(path)
                continue
            # (a decision and the plan attached to it are one: what either
            # carries out, the other does: the path goes on from the one cited)
            ups = [
                str(v)
                for x in self.one_target(path[-1])
                for _, v, d in self.g.out_edges(x, data=True)
                if v not in path and (within is None or v in within) and self.upward(x, v, d)
            ]
            if not ups:
                if goal is None:
                    paths.append(path)  # a source: nothing above it in the corpus
                continue
            for v in dict.fromkeys(ups):
                queue.append([*path, v])
        return paths

    def upward(self, x: Any, v: Any, d: Mapping[str, Any]) -> bool:
        """Whether ``climb`` goes up the edge ``x`` → ``v`` (its data ``d``):
        one carrying ``v`` out (``UPWARD``), or a "Căn cứ" (``basis``) of a
        text setting out what is to be done (``sets_out``), which the citing
        text carries out; never one replacing or repealing ``v``, nor between
        a decision and the plan attached to it (one document), nor from a
        report, a notice or an article to a plan it tells of, or to anything
        it cites as its basis."""
        rel = d["relation"]
        if rel == "basis":
            if d.get("second_order") or self.g.nodes[x].get("reports") or not self.sets_out(v):
                return False
        elif rel not in UPWARD:
            return False
        return (
            d.get("action") not in ENDS
            and self.g.nodes[v].get("attached_to") != x
            and self.g.nodes[x].get("attached_to") != v
            # (a report on a plan, a notice or an article of it, does not carry it out)
            and not (self.g.nodes[x].get("reports") and self._is_plan(v))
        )

    def sets_out(self, v: Any) -> bool:
        """Whether document ``v`` sets out what is to be done, so that a text
        citing it as its basis ("Căn cứ") carries it out: a plan, a programme,
        a directive, an đề án (by any issuer), a Party resolution or
        conclusion ("57-NQ/TW", "269-KL/TU"), or a decision or Government
        resolution approving, issuing or amending a programme, plan, đề án or
        strategy ("Quyết định số 922/QĐ-TTg … phê duyệt Chương trình …": its
        title, or the subject it is cited with). A law, a decree, a circular,
        a decision on a body's organisation is legal ground only
        (doc_types.json ``setting_out``, ``patterns.SETS_OUT_BY_SUBJECT``)."""
        from . import patterns as P
        from .tables import setting_out_types

        d = self.g.nodes[v]
        kind = d.get("doc_type")
        anyone, party, by_subject = setting_out_types()
        if kind in anyone:
            return True
        if kind in party:
            num = parse_number(str(d.get("number") or ""))
            if (num is not None and num.family == "party") or d.get("branch") == "party":
                return True
        return kind in by_subject and P.SETS_OUT_BY_SUBJECT.search(d.get("title") or "") is not None

    def climbers(self, n: Any) -> set[str]:
        """Every node ``climb`` may pass through on its way up to ``n`` (a
        superset: whatever cites, by a step it climbs, one that does)."""
        seen = {str(t) for t in self.one_target(n)}
        queue = deque(sorted(seen))
        while queue:
            x = queue.popleft()
            for u, _, e in self.g.in_edges(x, data=True):
                if self.upward(u, x, e):
                    for m in self.one_target(u):
                        if str(m) not in seen:
                            seen.add(str(m))
                            queue.append(str(m))
        return seen

    def step(self, a: Any, b: Any) -> str:
        """How the path step ``a`` → ``b`` cites: ``mention`` when every
        citation of ``b`` by ``a`` (or the decision or plan one with it) only
        mentions it, else the first relation that carries it out or stands on it."""
        rels = {e["relation"] for x in self.one_target(a) for e in self.g.get_edge_data(x, b, default={}).values()}
        if rels and rels <= {"mention"}:
            return "mention"
        # (no edge of its own: a decision and the plan it carries, one step)
        return next((r for r in ("implements", "attached", "basis") if r in rels), "implements")

    def basis_of(self, n: Any) -> list[str]:
        """What document ``n`` (with its carrier or attached plan) rests on
        as its legal ground, its ``basis`` edges ("Căn cứ Luật …"): shown
        beside a chain, never a step of it; so not what ``n`` or its
        decision or plan goes up to (``upward``: "Căn cứ" a programme it
        carries out, or a text the attached plan says it carries out)."""
        parts = self.one_target(n)
        edges = [(x, v, d) for x in parts for _, v, d in self.g.out_edges(x, data=True)]
        ups = {v for x, v, d in edges if self.upward(x, v, d)}
        return sorted(
            {
                str(v)
                for _, v, d in edges
                if d["relation"] == "basis" and not d.get("second_order") and v not in parts and v not in ups
            }
        )

    def ended(self, n: Any) -> list[dict[str, Any]]:
        """What replaced or repealed document ``n`` in the set (``--chain``
        marks such a step): each ``{"by", "action", "date"}``, the ending
        document's id, the action and its date."""
        out = [
            {"by": str(u), "action": d["action"], "date": self.g.nodes[u].get("date")}
            for u, _, d in self.g.in_edges(n, data=True)
            if d.get("action") in ENDS and self.g.nodes[u].get("parsed")
        ]
        return sorted({(x["by"], x["action"]): x for x in out}.values(), key=lambda x: (x["date"] or "", x["by"]))

    def carrier(self, n: Any) -> Any:
        """The document an attachment is part of (``n`` itself if none)."""
        return self.g.nodes[n].get("attached_to") or n

    def one_target(self, n: Any) -> list[Any]:
        """``n`` with the decision carrying it or the plans attached to it:
        one target for citation purposes ("Quyết định số X ban hành Kế
        hoạch …" and "Kế hoạch ban hành kèm theo Quyết định số X" name one
        plan), the carrier first."""
        top = self.carrier(n)
        parts = sorted(
            str(a) for a, _, d in self.g.in_edges(top, data=True)
            if d["relation"] == "attached" and self.g.nodes[a].get("attached_to") == top
        )
        return [top, *parts]

    def standing_for_several(self, n: Any) -> bool:
        """Whether node ``n`` is no document only cited but what a citation
        left that fits several parsed documents it could not choose between
        (under ``unresolved``)."""
        return n in self.ambiguous and not self.g.nodes[n].get("parsed")

    def missing(self) -> dict[str, Any]:
        stubs = [n for n, d in self.g.nodes(data=True) if not d.get("parsed") and n not in self.ambiguous]
        stubs.sort(key=lambda n: (-self.g.in_degree(n), str(n)))
        return {
            "missing": [
                {
                    **self._public(n),
                    "cited_by": sorted({str(u) for u, _ in self.g.in_edges(n)}),
                    "in_degree": self.g.in_degree(n),
                }
                for n in stubs
            ],
            "unresolved": [u.__dict__ for u in self.unresolved],
        }

    def attachments(self) -> set[Any]:
        """The nodes of attachments ("Chương trình … kèm theo Nghị quyết"):
        parts of the document carrying them, no document of their own."""
        return {n for n, d in self.g.nodes(data=True) if d.get("attached_to")}

    def documents(self) -> int:
        """The documents the graph holds: its nodes less the attachments."""
        return self.g.number_of_nodes() - len(self.attachments())

    def stats(self) -> dict[str, Any]:
        # (an attachment is no document of its own, nor of a level)
        parts = self.attachments()
        levels = Counter(d.get("level") or "unknown" for n, d in self.g.nodes(data=True) if n not in parts)
        relations = Counter(d["relation"] for _, _, d in self.g.edges(data=True))
        actions = Counter(d["action"] for _, _, d in self.g.edges(data=True) if d.get("action"))
        indeg = sorted(((self.g.in_degree(n), str(n)) for n in self.g), reverse=True)[:10]
        pr = pagerank(self.g)
        top_pr = sorted(((v, str(k)) for k, v in pr.items()), reverse=True)[:10]
        import networkx as nx

        simple = nx.DiGraph(self.g)
        cycles = []
        for c in nx.simple_cycles(simple):
            cycles.append([str(x) for x in c])
            if len(cycles) >= 20:
                break
        return {
            "nodes": self.g.number_of_nodes(),
            "documents": self.g.number_of_nodes() - len(parts),
            "attachments": len(parts),
            "edges": self.g.number_of_edges(),
            "parsed": sum(1 for n, d in self.g.nodes(data=True) if d.get("parsed") and n not in parts),
            # (the stubs of documents absent from the set; not those standing
            # for several parsed ones, ``ambiguous``)
            "only_cited": sum(1 for n, d in self.g.nodes(data=True) if not d.get("parsed") and n not in self.ambiguous),
            "ambiguous": sum(1 for n in self.g if self.standing_for_several(n)),
            "by_level": dict(levels),
            "by_relation": dict(relations),
            "by_action": dict(actions),
            "most_cited": [{"id": n, "in_degree": k} for k, n in indeg if k],
            "pagerank": [{"id": n, "score": round(v, 5)} for v, n in top_pr],
            "cycles": cycles,
        }

    def coverage(self, ref: str) -> dict[str, Any]:
        """Which subordinate units have a plan in the corpus citing this one:
        a plan issued since 1 July 2025 reaches its province's new communes and
        wards (there are no districts any more), an older one its districts
        or, a district's, its wards."""
        from .gazetteer import new_subordinates, old_districts_of, subordinates
        from .resolve import REFORM_DATE

        # (a decision and the plan attached to it: one target, by either id)
        n = self.carrier(self.node(ref))
        d = self.g.nodes[n]
        level, prov, dist = d.get("level"), d.get("province_name"), d.get("district_name")
        if level in ("party", "national"):
            return self._national_coverage(n)
        new_prov = d.get("new_province_name") or prov
        if level == "province" and new_prov and (d.get("date") or "") >= REFORM_DATE:
            unit_of = "new_ward"
            names = new_subordinates(new_prov)
        elif level == "province" and prov:
            unit_of = "district"
            names = [u.district or "" for u in subordinates(province=prov)]
        elif level == "district" and dist:
            unit_of = "ward"
            names = [u.ward or "" for u in subordinates(district=dist, province=prov)]
        else:
            raise KhtoolError(
                f"{ref}: coverage needs a national or Party text, or a provincial or district plan"
                " with a known locality"
            )
        citing: dict[str, list[str]] = {}
        acting: dict[str, list[str]] = {}
        # (a plan counted by no unit: a new commune's of a plan counted by
        # old districts its wards came from several of, or one of no known place)
        unplaced: list[str] = []
        for u in sorted({str(u) for t in self.one_target(n) for u, _ in self.g.in_edges(t)}):
            ud = self.g.nodes[u]
            if ud.get("attached_to") == n:
                continue
            name = ud.get(f"{unit_of}_name")
            if not name and unit_of == "district" and ud.get("new_ward_name") and prov:
                # a commune or ward of today citing a plan issued before them:
                # placed in the old district its wards lay in, when one
                olds = old_districts_of(str(ud["new_ward_name"]), prov)
                name = olds[0] if len(olds) == 1 else None
            if name:
                # a report, a notice, a decision setting up a working group:
                # the unit acting on the plan, not a plan of its own
                (citing if self._is_plan(u) else acting).setdefault(name, []).append(str(u))
            elif ud.get("parsed") and ud.get("level") in (None, "district", "ward") and self._is_plan(u):
                unplaced.append(str(u))
        # a plan of a unit's, of the year and topic, that does not cite this
        # one: the unit has a plan, one that does not say it carries this out
        from .check import same_topic

        date = d.get("date") or ""
        others: dict[str, list[str]] = {}
        for u, ud in self.g.nodes(data=True):
            name = ud.get(f"{unit_of}_name")
            if (
                name
                and name not in citing
                and ud.get("parsed")
                and ud.get("doc_type") == "KH"
                and (ud.get("date") or "")[:4] == date[:4]
                and (ud.get("date") or "") >= date
                and same_topic(ud.get("title"), d.get("title"))
            ):
                others.setdefault(name, []).append(str(u))
        rows = [{"unit": name, "plans": citing.get(name, []), **self._only_cited(citing.get(name, []))} for name in names]
        covered = [r for r in rows if r["plans"]]
        return {
            "document": n,
            "units": unit_of,
            "covered": covered,
            "not_citing": [{"unit": name, "plans": others[name]} for name in names if name in others],
            "other_citing": [
                {"unit": name, "documents": acting[name]}
                for name in names
                if name in acting and name not in citing and name not in others
            ],
            "not_covered": [
                _listed_name(str(r["unit"]))
                for r in rows
                if not r["plans"] and r["unit"] not in others and r["unit"] not in acting
            ],
            "share": round(len(covered) / len(rows), 3) if rows else 0.0,
            "unplaced": unplaced,
        }

    def _national_coverage(self, n: Any) -> dict[str, Any]:
        """Coverage of a national, ministry or Party text: the provinces (the
        34 since 1 July 2025) whose plan cites it (a plan of the people's
        committee or of the Party committee, or a decision issuing one), and
        under each the units below with a plan reaching it, directly or
        through another plan (the province's), each with its paths up to it.
        A plan of the topic not reaching it, and a report or notice citing
        it or a plan on the way, are listed apart, as for a province's plan."""
        from .check import same_topic
        from .gazetteer import new_provinces, new_subordinates, short_name
        from .tables import unit_plan_types

        g = self.g
        d = g.nodes[n]
        # each plan reaching it, and its path up to it (shortest first; an
        # attachment stands as the decision carrying it): a walk down from
        # it through the plans citing it, never through a report or a notice
        reach: dict[str, list[str]] = {str(t): [str(n)] for t in self.one_target(n)}
        acting: set[str] = set()
        queue = deque(sorted(reach))
        while queue:
            x = queue.popleft()
            for u in sorted({str(u) for u, _, e in g.in_edges(x, data=True) if not e.get("second_order")}):
                if u in reach or not g.nodes[u].get("parsed"):
                    continue
                if not self._is_plan(u):
                    acting.add(u)
                    continue
                top = str(self.carrier(u))
                path = [top, *(reach[x] if reach[x][0] != top else reach[x][1:])]
                for m in self.one_target(top):
                    if str(m) not in reach:
                        reach[str(m)] = path
                        queue.append(str(m))

        # the ways up that carry it out (``--chain``'s walk, replaced steps
        # and all): a plan reaching it so only through a stub the set names
        # (its own citation of a replaced plan) reaches it all the same
        goal = {str(t) for t in self.one_target(n)}
        within = self.climbers(n)

        def weak(u: str) -> list[list[str]]:
            # every way up from ``u`` with a step only mentioning what it
            # cites (no path carrying it out): through each document it
            # cites that reaches the text, one standing on it first
            steps: dict[str, bool] = {}
            for x in self.one_target(u):
                for _, v, e in g.out_edges(x, data=True):
                    if not e.get("second_order") and str(v) in reach and self.carrier(v) != u:
                        steps[str(v)] = steps.get(str(v), False) or e["relation"] != "mention"
            out: list[tuple[bool, list[str]]] = []
            for v, strong in sorted(steps.items()):
                p = [u, *reach[v]]
                if all(q != p for _, q in out):
                    out.append((strong, p))
            return [p for _, p in sorted(out, key=lambda sp: (not sp[0], len(sp[1])))]

        def ways(u: str) -> tuple[list[list[str]], str]:
            """``u``'s paths up to the text, best first, and how the best
            reaches it: ``implements`` (every step carries out what is
            above it, ``--chain``'s climb), ``replaced`` (only so through a
            plan the set says was replaced or repealed), ``basis`` (no step
            only mentions what it cites, but one rests on it as legal ground,
            "Căn cứ" a law: no ``--chain`` step), ``mention`` (only with a
            step mentioning one). One path per document it cites."""
            strong = [[*p[:-1], str(n)] for p in self.climb(u, goal, within)]
            if not strong:
                out = weak(u)
                grounded = bool(out) and all(self.step(a, b) != "mention" for a, b in pairwise(out[0]))
                return out, "basis" if grounded else "mention"
            rank = sorted(strong, key=lambda p: (any(self.ended(x) for x in p[1:-1]), len(p)))
            best: dict[str, list[str]] = {}
            for p in rank:
                best.setdefault(p[1], p)
            out = sorted(best.values(), key=rank.index)
            return out, "replaced" if any(self.ended(x) for x in out[0][1:-1]) else "implements"

        def row(unit: str, plans: list[str]) -> dict[str, Any]:
            """A unit's row: its plans, their paths (each step's relation
            under ``relations``, a replaced or repealed step under
            ``ended``) and how its best reaches the text (``reaches``)."""
            found = [ways(m) for m in plans]
            order = ("implements", "replaced", "basis", "mention")
            # (all its plans' paths, best first: how each reaches the text,
            # then shortest; a department's plan through the committee's is
            # no first path of a province whose committee's is direct)
            ranked = [(h, p) for w, h in found for p in w]
            ranked.sort(
                key=lambda hp: (order.index(hp[0]), any(self.ended(x) for x in hp[1][1:-1]), len(hp[1]))
                if hp[0] in ("implements", "replaced")
                else (order.index(hp[0]), False, 0)  # (a weak way's own order kept)
            )
            ps = [p for _, p in ranked]
            how = min((h for _, h in found), key=order.index)
            ends = {x: e for p in ps for x in p[:-1] if (e := self.ended(x))}
            return {
                "unit": unit,
                "plans": plans,
                "paths": ps,
                "relations": [[self.step(a, b) for a, b in pairwise(p)] for p in ps],
                "reaches": how,
                **({"ended": ends} if ends else {}),
            }

        added: set[str] = set()
        for m in sorted(within - goal):
            if g.nodes[m].get("parsed") and not g.nodes[m].get("attached_to") and self._is_plan(m) and m not in reach:
                reach[m] = [m, str(n)]  # (a placeholder: its paths are ``climb``'s)
                added.add(m)
        # (a plan mentioning one that carries the text out goes on by the latter's best way)
        for m in sorted(set(reach) - goal):
            best, how = ways(m)
            if how in ("implements", "replaced") and best:
                reach[m] = [reach[m][0], *best[0][1:]]
            elif m in added:
                del reach[m]

        def province_of(m: str) -> str | None:
            md = g.nodes[m]
            return md.get("new_province_name") or md.get("province_name")

        names = new_provinces()
        plans: dict[str, list[str]] = {}  # province -> its plans reaching the text
        units: dict[str, dict[str, list[str]]] = {}  # province -> unit -> its plans
        unplaced: list[str] = []  # (a plan of no known province: listed, never dropped)
        for m in sorted({str(self.carrier(m)) for m in reach} - {str(n)}):
            prov, level = province_of(m), g.nodes[m].get("level")
            if prov and level == "province":
                plans.setdefault(prov, []).append(m)
            elif prov and level in ("district", "ward"):
                units.setdefault(prov, {}).setdefault(self._new_unit(m), []).append(m)
            elif not prov and level in (None, "province", "district", "ward"):
                unplaced.append(m)
        others: dict[str, list[str]] = {}  # province -> its actors (reports, notices)
        unit_others: dict[str, dict[str, list[str]]] = {}
        for m in sorted(acting):
            prov, level = province_of(m), g.nodes[m].get("level")
            if prov and level == "province":
                others.setdefault(prov, []).append(m)
            elif prov and level in ("district", "ward"):
                unit_others.setdefault(prov, {}).setdefault(self._new_unit(m), []).append(m)
        # a plan of the topic, of its year or the next, reaching it by no path
        date = d.get("date") or ""
        years = {date[:4], str(int(date[:4]) + 1)} if date[:4].isdigit() else set()
        off: dict[str, list[str]] = {}
        unit_off: dict[str, dict[str, list[str]]] = {}
        kinds = unit_plan_types()
        for m, md in g.nodes(data=True):
            if (
                md.get("parsed")
                and str(m) not in reach
                and not md.get("attached_to")
                and md.get("doc_type") in kinds
                and (md.get("date") or "")[:4] in years
                and (md.get("date") or "") >= date
                and md.get("level") in ("province", "district", "ward")
                and same_topic(md.get("title"), d.get("title"))
            ):
                prov = province_of(str(m))
                if not prov:
                    continue
                if md.get("level") == "province":
                    off.setdefault(prov, []).append(str(m))
                else:
                    unit_off.setdefault(prov, {}).setdefault(self._new_unit(str(m)), []).append(str(m))

        def below(prov: str) -> dict[str, Any]:
            # counted against the province's communes and wards of today:
            # only those; a district's plan (or a commune's the gazetteer
            # maps to none of them) listed apart, under ``former_units``
            new = set(new_subordinates(prov))
            got = {k: v for k, v in units.get(prov, {}).items() if k in new}
            old = {k: v for k, v in units.get(prov, {}).items() if k not in new}
            miss = {k: v for k, v in unit_off.get(prov, {}).items() if k not in got and k not in old}
            acts = {k: v for k, v in unit_others.get(prov, {}).items() if k not in got and k not in old and k not in miss}
            return {
                "covered": [row(k, v) for k, v in sorted(got.items())],
                "former_units": [{**row(k, v), "level": g.nodes[v[0]].get("level")} for k, v in sorted(old.items())],
                "not_citing": [{"unit": k, "plans": v} for k, v in sorted(miss.items())],
                "other_citing": [{"unit": k, "documents": v} for k, v in sorted(acts.items())],
                "units": len(new),
                "share": round(len(got) / len(new), 3) if new else 0.0,
            }

        covered: list[dict[str, Any]] = [
            {**row(p, plans[p]), "below": below(p)}
            for p in names
            if p in plans
        ]
        not_citing: list[dict[str, Any]] = [
            {"unit": p, "plans": off[p], "below": below(p)} for p in names if p in off and p not in plans
        ]
        other_citing: list[dict[str, Any]] = [
            {"unit": p, "documents": others[p], "below": below(p)}
            for p in names
            if p in others and p not in plans and p not in off
        ]
        listed = {r["unit"] for r in (*covered, *not_citing, *other_citing)}
        return {
            "document": str(n),
            "units": "province",
            "covered": covered,
            "not_citing": not_citing,
            "other_citing": other_citing,
            # (plans reaching it of no province the set could tell)
            "unplaced": [row("?", [m]) for m in unplaced],
            # (a province without a plan of its own whose communes reach the text)
            "units_only": [
                {"unit": p, "below": below(p)}
                for p in names
                if p not in listed and (p in units or p in unit_off or p in unit_others)
            ],
            "not_covered": [short_name(p) for p in names if p not in listed],
            "share": round(len(covered) / len(names), 3) if names else 0.0,
        }

    def _only_cited(self, plans: list[str]) -> dict[str, Any]:
        """``{"only_cited": …}`` for the plans of ``plans`` not in the set,
        known only from another text ("đã ban hành Kế hoạch số 35/KH-UBND …
        triển khai thực hiện Kế hoạch số 118" in a ward's report): each with
        the documents citing it (``cited_by``), to collect it; ``{}`` for none."""
        out = [
            {
                "id": p,
                "cited_by": sorted(
                    {str(u) for u, _, e in self.g.in_edges(p, data=True) if not e.get("second_order")}
                ),
            }
            for p in plans
            if not self.g.nodes[p].get("parsed")
        ]
        return {"only_cited": out} if out else {}

    def _new_unit(self, m: str) -> str:
        """The commune or ward of today a commune's or ward's document is
        of (an old commune mapped through the gazetteer), else ``_unit_name``."""
        md = self.g.nodes[m]
        if md.get("level") == "ward" and md.get("new_ward_name"):
            return str(md["new_ward_name"])
        return self._unit_name(m)

    def _unit_name(self, m: str) -> str:
        """The unit below the province a document is of: a commune or ward
        as since 1 July 2025 for a text issued since, else its district or
        ward of before."""
        from .resolve import REFORM_DATE

        md = self.g.nodes[m]
        if md.get("new_ward_name") and (md.get("date") or "") >= REFORM_DATE:
            return str(md["new_ward_name"])
        if md.get("level") == "ward" and md.get("ward_name"):
            return str(md["ward_name"])
        return str(md.get("district_name") or md.get("ward_name") or md.get("locality") or m)

    def _is_plan(self, u: Any) -> bool:
        """Whether a document is a unit's plan: a plan-type text, a Party
        committee's resolution carrying out a text above ("Thực hiện Chương
        trình hành động số 18-CTr/TU …" … "QUYẾT NGHỊ:"), or a decision
        issuing one (its title says so, or a plan is attached)."""
        from . import patterns as P
        from .tables import unit_plan_types

        d = self.g.nodes[u]
        kind = d.get("doc_type")
        if kind in unit_plan_types() or d.get("party_plan") or d.get("council_plan"):
            return True
        if kind != "QĐ":
            return False
        if P.ISSUES_A_PLAN.search(d.get("title") or ""):
            return True
        return any(
            dd.get("relation") == "attached" and self.g.nodes[a].get("doc_type") in unit_plan_types()
            for a, _, dd in self.g.in_edges(u, data=True)
        )

    def _public(self, n: Any) -> dict[str, Any]:
        d = self.g.nodes[n]
        keep = (
            "number",
            "doc_type",
            "date",
            "effective",
            "expires",
            "title",
            "issuer",
            "level",
            "locality",
            "parsed",
            "path",
        )
        # (a node standing for several files, one plan as .pdf and .txt: all of them)
        many = {"paths": d["paths"]} if d.get("paths") else {}
        # (a joint text: its issuers after the first, as its header names them)
        joint = {"co_issuers": d["co_issuers"]} if d.get("co_issuers") else {}
        # (an attachment: the node of the document carrying it)
        part = {"attached_to": d["attached_to"]} if d.get("attached_to") else {}
        # (a place its own text left open, taken from the plan it carries out)
        place = {"locality_from": d["locality_from"]} if d.get("locality_from") else {}
        # (a document only cited, its citations disagreeing on its date: each date and who cites it so)
        dates = {"cited_dates": d["cited_dates"]} if d.get("cited_dates") else {}
        return {"id": str(n), **{k: d.get(k) for k in keep}, **joint, **many, **part, **place, **dates}

    def to_node_link(self) -> dict[str, Any]:
        return {
            "directed": True,
            # node-link's graph attributes: what this JSON is, for pipelines
            "graph": {"report": "graph", "report_version": REPORT_VERSION},
            "nodes": [self._public(n) for n in self.g],
            "links": [
                {
                    "source": str(u),
                    "target": str(v),
                    "relation": d["relation"],
                    "action": d.get("action"),
                    "second_order": d.get("second_order", False),
                    "corrected_from": d.get("corrected_from"),  # the number as cited, a slip
                    "cited_date": d.get("cited_date"),  # the date as cited, a slip of the year
                }
                for u, v, d in self.g.edges(data=True)
            ],
        }


def pagerank(g: Any, damping: float = 0.85, iterations: int = 60) -> dict[Any, float]:
    """Power-iteration PageRank (networkx's needs scipy, which khtool does not)."""
    nodes = list(g)
    n = len(nodes)
    if not n:
        return {}
    # nodes as list indices and the edges as index pairs, read from networkx
    # once: its edge views cost more than the arithmetic, 60 times over
    index = {u: i for i, u in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    out_deg = [0] * n
    for i, _ in edges:
        out_deg[i] += 1
    dangling_nodes = [i for i in range(n) if out_deg[i] == 0]
    rank = [1.0 / n] * n
    for _ in range(iterations):
        dangling = sum(rank[i] for i in dangling_nodes)
        new = [(1 - damping) / n + damping * dangling / n] * n
        for i, j in edges:
            new[j] += damping * rank[i] / out_deg[i]
        rank = new
    return dict(zip(nodes, rank, strict=True))


def load_documents(
    inputs: list[str], *, jobs: int = 1, summaries: bool = True, skipped: list[str] | None = None
) -> Iterator[GraphDoc | KhtoolError]:
    """Documents from files/dirs/globs (parsed now) or from khtool's own
    output, parsed once and read back (as the graph's summaries, or as full
    Documents with ``summaries=False``): JSONL written by ``khtool parse
    --format jsonl`` or by the dask engine's shards, and ``.json`` written by
    ``--format json`` (a Document or a list of them). A directory holding
    such ``.jsonl``/``.json`` files is read as that output, beside the
    documents it holds (a folder of texts and the ``parse -f json`` of
    another: both), and so are the ``.json``/``.jsonl`` files a glob matches;
    of those, one that is no khtool output at all (no ``schema_version``: a
    ``package.json``, a benchmark's ``truth.json``) is no input, and
    ``skipped`` gets a line naming it (a file named as it is, an error);
    ``-`` (stdin) holding JSON or JSONL is read so too, else parsed as a
    text. ``jobs`` worker processes parse the documents, and validate large
    JSONL (``khtool.jsonl``)."""
    from .batch import expand_inputs, parse_many, parse_one_input
    from .jsonl import looks_like_json, read_json, read_jsonl

    model: type[Document] | type[DocumentSummary] = DocumentSummary if summaries else Document
    jsonl: list[str] = []
    json_files: list[tuple[str, bool]] = []  # (path, named as it is)
    plain: list[str] = []
    stdin = False

    def sort(name: str, named: bool = False) -> None:
        if name.endswith(".jsonl"):
            jsonl.append(name)
        elif name.endswith(".json"):
            json_files.append((name, named))
        else:
            plain.append(name)

    for item in inputs:
        p = Path(item)
        if item == "-":
            stdin = True
        elif item.endswith((".jsonl", ".json")) and p.is_file():
            sort(item, named=True)
        elif p.is_dir():
            for name in _graph_inputs(p):
                sort(name)
        elif any(ch in item for ch in "*?["):
            for name in expand_inputs([item]):
                sort(name)
        else:
            plain.append(item)
    if jsonl:
        yield from read_jsonl(jsonl, model, jobs=jobs)
    for name, named in json_files:
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            yield InputError(f"cannot read: {exc.strerror or exc}", name)
            continue
        found = read_json(data, name, model)
        if not named and skipped is not None and found and all(_foreign(x) for x in found):
            skipped.append(f"{name}: skipped: not khtool's output (no schema_version)")
            continue
        yield from found
    if stdin:
        import sys

        data = sys.stdin.buffer.read()
        if looks_like_json(data):
            yield from read_json(data, "-", model)
        else:
            yield parse_one_input("-", data)
    if plain:
        yield from parse_many(expand_inputs(plain), jobs=jobs)


def _foreign(item: GraphDoc | KhtoolError) -> bool:
    """Whether ``read_json`` found JSON that is no khtool output at all (not a
    khtool document broken or of another version)."""
    from .errors import ForeignJSON

    return isinstance(item, ForeignJSON)


def _graph_inputs(p: Path) -> list[str]:
    """What ``graph`` reads under the folder ``p``: its documents, and its
    ``.jsonl`` and ``.json`` files (the dask engine's shards, files of
    ``parse -f json``), but not the ``manifest.json`` beside shards."""
    from .batch import SUFFIXES, walk_dir
    from .distributed import MANIFEST

    files = walk_dir(p)
    shards = any(f.suffix == ".jsonl" for f in files)
    return [
        str(f)
        for f in files
        if f.suffix.lower() in SUFFIXES
        or (f.suffix in (".jsonl", ".json") and not (shards and f.parent == p and f.name == MANIFEST))
    ]


class LawNames(dict[str, "Citation | CitationSummary"]):
    """The numbered citation each key of a law's name and year stands for,
    and by name alone (``name:…@?``) the numbered laws of that title with
    their dates, for a law cited by its title alone."""

    def __init__(self) -> None:
        super().__init__()
        # title key -> (the law's date, the date of the document numbering it, the citation)
        self.titled: dict[str, list[tuple[str, str | None, Citation | CitationSummary]]] = {}

    def law_of(self, c: Citation | CitationSummary, on: str | None) -> Citation | CitationSummary | None:
        """The numbered law ``c`` cites by name: of its name and year; cited by
        its title alone ("Luật Phòng, chống mua bán người"), the latest of
        that title dated on or before the citing document's date ``on`` that
        a document of that year or later (or the year before) numbers: a law
        then in force, not one a consolidated text of years ago names; where
        ``on`` is unknown, the only one."""
        if c.number:
            return None
        hit = self.get(c.key)
        if hit is not None or not c.key.endswith("@?"):
            return hit
        if on is None:
            laws = {y.key: y for y in (self._numbered(x) for _, _, x in self.titled.get(c.key, []))}
            return next(iter(laws.values())) if len(laws) == 1 else None
        year = int(on[:4])
        dated = [
            (d, x)
            for d, by, x in self.titled.get(c.key, [])
            # (a law of the citing year known by its year alone may be later)
            if (d <= on if len(d) > 4 else int(d) < year) and by is not None and int(by[:4]) >= year - 1
        ]
        return self._numbered(max(dated, key=_law_date)[1]) if dated else None

    def _numbered(self, law: Citation | CitationSummary) -> Citation | CitationSummary:
        """The numbered citation of a law cited by name and date, where a text
        of the set numbers it; else that citation."""
        return law if law.number else self.get(law.key, law)


def law_names(
    citations: Iterable[Citation | CitationSummary], issued: Mapping[int, str | None] | None = None
) -> LawNames:
    """A law cited by name in one text ("Luật Trẻ em năm 2016") is the law
    another cites by its number and name ("Luật Trẻ em số 102/2016/QH13"):
    the numbered citation each key of a name and year stands for; a law cited
    by its title alone is told by ``LawNames.law_of`` (``issued``: the date of
    the document of each citation, by ``id``)."""
    out = LawNames()
    for c in citations:
        if c.number and c.name:
            year = int(c.date[:4]) if c.date else getattr(parse_number(c.number), "year", None)
            if year:
                out.setdefault(document_key(None, year=year, name=c.name), c)
                by = (issued or {}).get(id(c))
                out.titled.setdefault(document_key(None, name=c.name), []).append((c.date or str(year), by, c))
        elif c.name and c.date and len(c.date) == 10 and c.key.startswith("name:"):
            # a law named with its date, no number ("Luật Ban hành văn bản quy
            # phạm pháp luật ngày 19 tháng 02 năm 2025"): the one of that title
            # then in force, for a text citing the title alone
            out.titled.setdefault(document_key(None, name=c.name), []).append((c.date, (issued or {}).get(id(c)), c))
    return out


def _law_date(t: tuple[str, Citation | CitationSummary]) -> tuple[str, bool]:
    """The latest law of a title; of one date, the one cited with its number."""
    return (t[0], bool(t[1].number))


def _place_by_plan(g: Any, key: str, doc: GraphDoc, cited: list[str]) -> None:
    """A document whose place its text leaves ambiguous (a commune several
    units of one name could be, no place above it written) sits under the
    district or province whose plan it carries out, when exactly one of its
    candidates is under the units of the plans of the set it implements; the
    node says so, ``locality_from`` the plan's id."""
    from .gazetteer import resolve_locality

    loc = doc.header.issuer.locality
    if loc is None:
        return
    found: dict[str, tuple[Locality, str]] = {}
    for t in dict.fromkeys(cited):
        d = g.nodes[t]
        if t == key or not d.get("parsed") or d.get("level") not in ("district", "province") or not d.get("province_name"):
            continue
        district = d.get("district_name") if d.get("level") == "district" else None
        if d.get("level") == "district" and not district:
            continue
        if loc.ward:
            near = resolve_locality(ward=loc.ward, district=district, province=d["province_name"])
        elif loc.district and d.get("level") == "province":
            near = resolve_locality(district=loc.district, province=d["province_name"])
        else:
            continue
        if near is None or near.ambiguous:
            continue
        # (one of the candidates its own text left: the unit under that plan)
        label = ", ".join(x for x in (near.ward, near.district, near.province) if x)
        if label not in loc.candidates:
            continue
        found.setdefault(f"{near.province}/{near.district}/{near.ward}", (near, t))
    if len(found) != 1:
        return  # (none, or under two of the plans it carries out: still ambiguous)
    near, t = next(iter(found.values()))
    near.evidence = [*near.evidence, f"the place of the plan it implements ({g.nodes[t].get('number')})"]
    g.nodes[key].update(_place_attrs(near, doc.header.date), locality_from=t)


def _reports(doc_type: str | None, kind: str, title: str | None) -> bool:
    """Whether a document tells of plans and carries none out: a report, a
    submission, minutes, a press article; a notice or an invitation whose
    title says so ("Kết luận của …", "Họp nghe báo cáo …"), as the parse
    reads it (``tables.gives_account``)."""
    from .tables import gives_account

    return gives_account(doc_type, kind, title)


def _level_rank(level: str | None) -> int:
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)


def _settle_stub_date(g: Any, t: str, by_date: dict[str, set[str]]) -> str:
    """The date of stub ``t`` that its citations (``by_date``: each date and
    the documents citing it so) disagree on: the one agreeing with the year
    its number carries ("47/2025/NQ-HĐND"), then the one most documents
    cite, then the one a higher level's document cites (a ward's slip does
    not outweigh its province); the dates and their citers kept,
    ``cited_dates``, the chosen first."""
    year = getattr(parse_number(g.nodes[t].get("number") or ""), "year", None)

    def rank(date: str) -> tuple[bool, int, int, str]:
        by = by_date[date]
        return (
            year is not None and date[:4] != str(year),
            -len(by),
            min(_level_rank(g.nodes[b].get("level")) for b in by),
            date,
        )

    dates = sorted(by_date, key=rank)
    g.nodes[t]["date"] = dates[0]
    g.nodes[t]["cited_dates"] = [{"date": d, "by": sorted(by_date[d])} for d in dates]
    return dates[0]


def build_graph(docs: Iterable[GraphDoc]) -> CitationGraph:
    import networkx as nx

    g = nx.MultiDiGraph()
    by_number: dict[str, list[str]] = {}
    pending: list[tuple[str, GraphDoc]] = []
    unresolved: list[Unresolved] = []
    ambiguous: set[str] = set()

    def add_doc(doc: GraphDoc) -> str:
        key = keys[id(doc)]
        h = doc.header
        loc = h.issuer.locality
        node = g.nodes.get(key)
        # (one document in several files: a node of them all, ``paths``)
        had = (node.get("paths") or ([node["path"]] if node["path"] else [])) if node else []
        paths = sorted({*had, *([doc.source.path] if doc.source.path else [])})
        if node is None or (doc.source.path or "") < (node["path"] or ""):
            # (its attributes as read from its first path)
            g.add_node(
                key,
                number=h.number,
                doc_type=h.doc_type,
                date=h.date,
                # (when it takes effect and ceases, as its own closing clause says)
                effective=h.effect.date if h.effect else None,
                expires=h.expiry.date if h.expiry else None,
                title=(h.title or "")[:300],
                issuer=h.issuer.full_name or h.issuer.name,
                # (a joint text's other issuers: one node carries them all)
                **({"co_issuers": [i.full_name or i.name or "" for i in h.co_issuers]} if h.co_issuers else {}),
                level=h.level,
                branch=h.issuer.branch,
                # (a Party committee's resolution carrying out a text above
                # with tasks of its own: its unit's plan, as diff.is_plan says)
                party_plan=party_plan_of(doc),
                # (a commune's council resolution carrying its province
                # council's down: its unit's plan, for coverage only)
                council_plan=council_plan_of(doc),
                # (a report, notice, invitation, article: tells of a plan, carries none out)
                reports=_reports(h.doc_type, doc.kind, h.title),
                **_place_attrs(loc, h.date),
                parsed=True,
                path=doc.source.path,
            )
        if len(paths) > 1:
            g.nodes[key]["paths"] = paths
        if h.number and node is None:
            by_number.setdefault(unpadded(h.number), []).append(key)
        pending.append((key, doc))
        attachments: list[GraphDoc] = list(doc.attachments)
        for att in attachments:
            akey = add_doc(att)
            if akey != key:
                # (a part of its carrier: its node keeps the edges of what
                # it cites and what cites it, the stats count it with the carrier)
                g.nodes[akey]["attached_to"] = key
            if not g.has_edge(akey, key):
                g.add_edge(akey, key, relation="attached", second_order=False)
        return key

    docs = list(docs)
    warnings: list[str] = []
    keys = node_keys(
        docs, [f"file:{doc.source.path or doc.source.sha256 or i}" for i, doc in enumerate(docs)], warnings
    )
    for doc in docs:
        add_doc(doc)
    # the parsed documents a citation's key names (the key without the date)
    by_base: dict[str, list[str]] = {}
    for n, d in g.nodes(data=True):
        if d.get("number"):
            by_base.setdefault(base_key(str(n)), []).append(str(n))

    # A law cited by name in one text is the law another cites by its number: one node, the number's
    issued = {key: doc.header.date for key, doc in pending}
    by_law_name = law_names(
        (c for _, doc in pending for c in doc.citations),
        {id(c): doc.header.date for _, doc in pending for c in doc.citations},
    )

    # A number no document of the set bears, where KH602 finds the one
    # probably meant (a slip of a digit: "246/KH-UBND" for 248): the edge goes
    # to that document, marked ``corrected_from``, not to a stub
    from .check import probable_match

    parsed_by_place: dict[str, list[tuple[str, str, str | None, str | None]]] = {}
    for n, d in g.nodes(data=True):
        if d.get("number"):
            parsed_by_place.setdefault(base_key(str(n)).partition("@")[2], []).append(
                (str(n), d["number"], d.get("date"), d.get("title"))
            )
    corrected: dict[int, str] = {}
    dated: dict[int, str] = {}  # (a citation's date a year from the document's: as cited)

    def target(c: Citation | CitationSummary, citing: str) -> str:
        law = None if c.number else by_law_name.law_of(c, issued.get(citing))
        if law is not None:
            c = law  # (its node made with the numbered citation's facts)
        if (
            c.number
            and c.key not in by_base
            and not any(
                g.nodes[k].get("parsed") and keys_compatible(k, c.key) for k in by_number.get(unpadded(c.number), [])
            )
        ):
            others = [x for x in parsed_by_place.get(c.key.partition("@")[2], []) if x[0] != citing]
            meant = probable_match(c.number, c.key, c.date, c.subject, others) if others else None
            if meant is not None:
                corrected[id(c)] = c.number
                return meant
            # (or its date a slip of the year: "15/01/2026" of a plan printed
            # 15/01/2025; the edge keeps the date as cited)
            slipped = year_slip(
                c,
                [(k, g.nodes[k]["date"]) for k in by_number.get(unpadded(c.number), []) if g.nodes[k].get("parsed") and k != citing],
                issued.get(citing),
            )
            if slipped is not None:
                dated[id(c)] = c.date or ""
                return slipped
        if len(by_base.get(c.key, [])) == 1:
            return by_base[c.key][0]
        number = c.number or c.name or c.key
        # several documents of its number it fits (a plan and its revision
        # under the same number): the one of its date, issuer, or in force
        fits = (
            [k for k in by_number.get(unpadded(number), []) if g.nodes[k].get("parsed") and keys_compatible(k, c.key)]
            if c.number
            else []
        )
        if len(fits) > 1:
            pick = choose_cited(
                c,
                [(k, g.nodes[k]["date"], g.nodes[k]["issuer"]) for k in fits],
                issued.get(citing),
                {k: g.nodes[k].get("level") for k in fits},
            )
            if pick is not None:
                return pick
        if c.key in g and c.key not in ambiguous:
            return c.key
        cands = [k for k in by_number.get(unpadded(number), []) if keys_compatible(k, c.key)] if c.number else []
        # (the stub an earlier citation left for its ambiguity among parsed
        # documents is none of them: no candidate; two citations of one
        # absent document still share its stub)
        cands = [k for k in cands if k not in ambiguous]
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            unresolved.append(
                Unresolved(citing, number, f"{len(cands)} candidates: {', '.join(cands)}")
            )
            if sum(1 for k in cands if g.nodes[k].get("parsed")) > 1:
                ambiguous.add(c.key)
        elif c.number and "@?" in c.key:
            reason = (
                "no date (year unknown)"
                if _parts(c.key)[1] == "?"
                else "no issuer locality (local number)"
            )
            unresolved.append(Unresolved(citing, number, reason))
        loc = c.issuer_locality
        g.add_node(
            c.key,
            number=c.number or c.name,
            doc_type=c.doc_type,
            date=c.date,
            title=(c.subject or (c.name if c.number else "") or "")[:300],
            issuer=c.issuer,
            level=c.issuer_level,
            reports=_reports(c.doc_type, "document", c.subject),
            **_place_attrs(loc, c.date),
            parsed=False,
            path=None,
        )
        if c.number:
            by_number.setdefault(unpadded(c.number), []).append(c.key)
        return c.key

    # Resolve the citations most specific first (a dated "21-CT/TW" before an
    # undated one, which then joins it), in an order not the files': the
    # graph must not depend on the order of its inputs
    # (one document in two files cites from one node: each file's citations by its place in pending)
    work: list[tuple[str, str, int, int, Citation | CitationSummary]] = []
    for j, (key, doc) in enumerate(pending):
        cits: list[Citation | CitationSummary] = list(doc.citations)
        work += [
            (key, doc.source.path or "", i, j, c)
            for i, c in enumerate(cits)
            if not (c.relation == "attached" and doc.attachments == [] and g.has_edge(key, c.key))
        ]
    work.sort(key=lambda w: (w[4].key.count("?"), w[4].key, w[0], w[1], w[2]))
    resolved = {(j, i): target(c, key) for key, _, i, j, c in work}
    # a stub takes the date and title any of its citations gives (the first
    # made it with its own facts; a law cited by name joins its number's node)
    for _, _, i, j, c in work:
        sd = g.nodes[resolved[j, i]]
        if sd.get("parsed") or (sd.get("date") and sd.get("title")):
            continue
        if not sd.get("date") and c.date and len(c.date) == 10:
            sd["date"] = c.date
        if not sd.get("title") and (c.subject or c.name) and (c.subject or c.name) != sd.get("number"):
            sd["title"] = (c.subject or c.name or "")[:300]
    # a stub its citations give different dates ("47/2025/NQ-HĐND ngày
    # 10/12/2024" in one ward's plan, 10/12/2025 in the others'): the date
    # agreeing with its number's year, then the one most citing documents
    # give, then a higher level's; the node lists them all, ``cited_dates``
    stub_dates: dict[str, dict[str, set[str]]] = {}
    stub_places: dict[tuple[str, str], Locality] = {}
    for key, _, i, j, c in work:
        t = resolved[j, i]
        if c.date and len(c.date) == 10 and t != key and not g.nodes[t].get("parsed"):
            stub_dates.setdefault(t, {}).setdefault(c.date, set()).add(key)
            if c.issuer_locality is not None:
                stub_places.setdefault((t, c.date), c.issuer_locality)
    for t, by_date in stub_dates.items():
        if len(by_date) > 1:
            date = _settle_stub_date(g, t, by_date)
            # (its place as of that date: a province's new name since 1 July 2025)
            if (t, date) in stub_places:
                g.nodes[t].update(_place_attrs(stub_places[t, date], date))
    all_targets: list[tuple[GraphDoc, dict[str, str]]] = []
    for j, (key, doc) in enumerate(pending):
        targets: dict[str, str] = {}
        cits = list(doc.citations)
        for i, c in enumerate(cits):
            if (j, i) not in resolved:
                continue
            t = resolved[j, i]
            targets[unpadded(c.number or c.name or c.key)] = t
            if t != key and not g.has_edge(key, t):
                fix = {"corrected_from": corrected[id(c)]} if id(c) in corrected else {}
                if id(c) in dated:
                    fix["cited_date"] = dated[id(c)]
                g.add_edge(key, t, relation=c.relation, action=c.action, second_order=False, **fix)
        all_targets.append((doc, targets))
        loc = doc.header.issuer.locality
        if loc is not None and loc.ambiguous and loc.candidates and g.nodes[key].get("parsed"):
            # (its place from the plan it carries out or rests on, where its own text leaves it open)
            implemented = [resolved[j, i] for i, c in enumerate(cits) if c.relation in ("implements", "basis") and (j, i) in resolved]
            _place_by_plan(g, key, doc, implemented)
    # second-order edges after every document's own: what a document says
    # itself beats what others say of it
    for doc, targets in all_targets:
        for c in doc.citations:  # second-order: what a cited document implements, acts on
            src = targets.get(unpadded(c.number or c.name or c.key))
            for num in c.implements:
                dst = targets.get(unpadded(num))
                if (
                    src
                    and dst
                    and src != dst
                    and not any(
                        d["relation"] == "implements"
                        for d in g.get_edge_data(src, dst, default={}).values()
                    )
                ):
                    g.add_edge(src, dst, relation="implements", second_order=True)
            for num, action in c.acts_on.items():  # "Luật X, được sửa đổi, bổ sung bởi Luật Y"
                dst = targets.get(unpadded(num))
                if (
                    src
                    and dst
                    and src != dst
                    and not any(d.get("action") == action for d in g.get_edge_data(src, dst, default={}).values())
                ):
                    g.add_edge(src, dst, relation="mention", action=action, second_order=True)
    return CitationGraph(g, unresolved, warnings, ambiguous)


def graph_from_inputs(
    inputs: list[str],
    *,
    jobs: int = 1,
    errors: list[KhtoolError] | None = None,
    on_item: Callable[[], None] | None = None,
) -> CitationGraph:
    """The library call behind ``khtool graph``: load, build, and collect bad
    inputs; ``on_item()`` is called as each document (or bad input) is read.
    A folder's JSON that is no khtool output is told in the graph's
    ``warnings``."""
    docs: list[GraphDoc] = []
    skipped: list[str] = []
    with collector_paused():
        for item in load_documents(inputs, jobs=jobs, skipped=skipped):
            if on_item is not None:
                on_item()
            if isinstance(item, KhtoolError):
                if errors is None:
                    raise item
                errors.append(item)
            else:
                docs.append(item)
        g = build_graph(docs)
    g.warnings[:0] = skipped
    return g


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (reference counting still frees).

    Loading and building keep nearly every object they make, and a large
    graph is a large, long-lived heap: the collector would walk it again and
    again to free nothing (on 100,000 plans, 3 s of the build and half of
    ``stats()``). ``graph_from_inputs`` and ``khtool graph`` pause it; Python
    callers asking many questions of a large graph can do the same."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def dumps_node_link(graph: CitationGraph) -> str:
    return json.dumps(graph.to_node_link(), ensure_ascii=False, indent=2)
