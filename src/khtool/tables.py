"""Data tables (``khtool/data/*.json``), loaded once on first use."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .models import fold_text


@cache
def load(name: str) -> Any:
    """Parsed JSON of ``khtool/data/<name>``."""
    return json.loads(resources.files("khtool").joinpath("data", name).read_text(encoding="utf-8"))


# Accent-, case- and space-insensitive key: "Quảng Ngãi" -> "quangngai"
# (``models.fold_text``, cached: the stages fold the same names again and again).
fold = lru_cache(maxsize=65536)(fold_text)


@dataclass(frozen=True, slots=True)
class DocType:
    code: str
    name: str
    names: tuple[str, ...]
    family: str


@cache
def doc_types() -> dict[str, DocType]:
    """Type code (canonical spelling) -> DocType; the first family listed wins."""
    out: dict[str, DocType] = {}
    for row in load("doc_types.json")["types"]:
        if row["code"] not in out:
            out[row["code"]] = DocType(
                row["code"], row["names"][0], tuple(row["names"]), row["family"]
            )
    return out


@cache
def carried_types() -> frozenset[str]:
    """Type codes of texts a decision issues or approves attached to it
    (Quy chế, Kế hoạch, Đề án, …; see doc_types.json)."""
    return frozenset(load("doc_types.json")["carried"])


@cache
def deal_types() -> frozenset[str]:
    """Type codes of agreements between parties (a contract), whose number
    in a record's table identifies a deal, not a text (see doc_types.json)."""
    return frozenset(load("doc_types.json")["deals"])


@cache
def informing_types() -> frozenset[str]:
    """Type codes of texts whose items' requests are their own, like a
    letter's: notices, reports, minutes (see doc_types.json)."""
    return frozenset(load("doc_types.json")["informing"])


@cache
def licensing_types() -> frozenset[str]:
    """Type codes of texts granting a holder a right on terms, whose body's
    duties are assigned as a letter's are: licences (see doc_types.json)."""
    return frozenset(load("doc_types.json")["licensing"])


@cache
def tasking_types() -> frozenset[str]:
    """Type codes of texts that set tasks, whose tasks may state targets of
    their own: plans, programmes, directives (see doc_types.json)."""
    return frozenset(load("doc_types.json")["tasking"])


@cache
def inviting_types() -> frozenset[str]:
    """Type codes of invitations to a meeting, whose time lines are the
    meeting's, no deadline (see doc_types.json)."""
    return frozenset(load("doc_types.json")["inviting"])


@cache
def guiding_types() -> frozenset[str]:
    """Type codes of texts whose items are their tasks in any part: a
    guidance (see doc_types.json)."""
    return frozenset(load("doc_types.json")["guiding"])


@cache
def plan_types() -> frozenset[str]:
    """Type codes of plans carrying out a plan above: plans, programmes (see
    doc_types.json)."""
    return frozenset(load("doc_types.json")["plans"])


@cache
def account_types() -> tuple[frozenset[str], frozenset[str]]:
    """Type codes of texts giving an account of a plan (they carry out no
    plan they name, only the instruction asking for them): by their type
    (reports, minutes, submissions), and only when they say so (notices,
    invitations; see doc_types.json and ``gives_account``)."""
    data = load("doc_types.json")
    return frozenset(data["accounts"]), frozenset(data["accounts_if_said"])


def gives_account(doc_type: str | None, kind: str, *said: str | None) -> bool:
    """Whether a text tells of plans and carries none out: a press article,
    a text of an account type, or a notice or invitation whose ``said``
    (its heading, the main clause it opens on) says it gives an account
    (``patterns.ACCOUNT_WORDS``). The parse's relations and the graph's
    --chain ask this one rule."""
    if kind == "article":
        return True
    always, if_said = account_types()
    if doc_type in always:
        return True
    if doc_type not in if_said:
        return False
    from . import patterns as P

    return any(x and P.ACCOUNT_WORDS.search(x) for x in said)


@cache
def unit_plan_types() -> frozenset[str]:
    """Type codes of texts that are a unit's own plan when they cite a plan
    above: plans, programmes, phương án, đề án (see doc_types.json)."""
    return frozenset(load("doc_types.json")["unit_plans"])


@cache
def setting_out_types() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Type codes of texts that set out what is to be done, a text citing
    one as its basis carrying it out (see doc_types.json ``setting_out``):
    by any issuer, when the Party issues them, and only when their subject
    approves or issues a programme, plan, đề án or strategy."""
    data = load("doc_types.json")["setting_out"]
    return frozenset(data["any"]), frozenset(data["party"]), frozenset(data["by_subject"])


@cache
def party_plan_types() -> frozenset[str]:
    """Type codes of a Party committee's plan (see doc_types.json ``party_plans``)."""
    return frozenset(load("doc_types.json")["party_plans"])


def party_plan(doc_type: str | None, branch: str | None, level: str | None, carries_out: bool) -> bool:
    """Is a text of type ``doc_type`` a Party committee's plan: a resolution
    (see doc_types.json ``party_plans``) of a committee below the centre
    (``branch`` party, ``level`` province, district or ward) that carries out
    a text above (``carries_out``: it cites one it implements, with tasks)?"""
    return (
        carries_out
        and branch == "party"
        and level in ("province", "district", "ward")
        and doc_type in party_plan_types()
    )


def party_plan_of(doc: Any) -> bool:
    """``party_plan`` of a document (a Document or the graph's
    DocumentSummary): it carries out a text above when it cites one it
    implements by number and gives tasks of its own. The one test the diff,
    the check and the graph's coverage share."""
    h = doc.header
    return party_plan(
        h.doc_type,
        h.issuer.branch,
        h.level,
        bool(doc.assignments)
        and any(c.relation == "implements" and c.number for c in doc.citations),
    )


def council_plan_of(doc: Any) -> bool:
    """Whether a document (a Document or the graph's DocumentSummary) is a
    council's resolution carrying an upper council's resolution down to its
    unit: a people's council's (a resolution of the state branch below the
    centre) that implements another council's resolution ("… /NQ-HĐND"),
    as citations read one of the same kind and year cited as its basis (a
    commune's resolution on its year's socio-economic targets under the
    province's): its unit's plan for ``graph --coverage``."""
    h = doc.header
    return (
        h.doc_type == "NQ"
        and h.issuer.branch == "state"
        and h.level in ("district", "ward")
        and any(c.relation == "implements" and (c.number or "").endswith("/NQ-HĐND") for c in doc.citations)
    )


@cache
def issued_kinds() -> dict[str, frozenset[str]]:
    """The type codes that fulfil a task of issuing each kind of text it
    names, by the kind's folded words ("kehoach" → KH, CTr, PA, ĐA; see
    doc_types.json ``issued_kinds``)."""
    return {k: frozenset(v) for k, v in load("doc_types.json")["issued_kinds"].items()}


@cache
def recommending_types() -> frozenset[str]:
    """Type codes of texts whose Kiến nghị / Đề xuất part recommends to other
    bodies: reports, submissions (see doc_types.json)."""
    return frozenset(load("doc_types.json")["recommending"])


@cache
def self_names(code: str | None) -> frozenset[str]:
    """The type words (lower case) a document of type ``code`` names itself by
    ("quyết định" in "Quyết định này …"), with those of the texts a document
    may carry attached ("quy chế", "kế hoạch", …)."""
    types = doc_types()
    codes = [*load("doc_types.json")["carried"], *([code] if code in types else [])]
    return frozenset(n.lower() for c in codes for n in types[c].names)


@cache
def doc_type_by_folded_code() -> dict[str, str]:
    """Folded code -> canonical code, only where the folding is unambiguous
    ("QD" -> "QĐ", "TTR" -> "TTr"; "DA" stays out: Dự án or Đề án)."""
    seen: dict[str, set[str]] = {}
    for code in doc_types():
        seen.setdefault(fold(code), set()).add(code)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@cache
def doc_type_by_name() -> dict[str, str]:
    """Folded type word -> code: "ke hoach" -> "KH" ("Văn bản" is a công văn)."""
    out: dict[str, str] = {}
    for dt in doc_types().values():
        for name in dt.names:
            out.setdefault(fold(name), dt.code)
    return out


@dataclass(frozen=True, slots=True)
class IssuerCode:
    canonical: str
    name: str
    level: str | None
    branch: str | None


@cache
def issuer_codes() -> dict[str, IssuerCode]:
    """Folded code (and folded variants) -> IssuerCode."""
    out: dict[str, IssuerCode] = {}
    for row in load("issuer_codes.json")["codes"]:
        ic = IssuerCode(row["canonical"], row["name"], row.get("level"), row.get("branch"))
        out.setdefault(fold(ic.canonical), ic)
        for v in row.get("variants", []):
            out.setdefault(fold(v), ic)
    return out


@cache
def party_committees() -> frozenset[str]:
    """The names of local Party committees: "Tỉnh ủy", "Thành ủy", "Huyện
    ủy", "Quận ủy", "Thị ủy", "Đảng ủy" (data/party_committees.json)."""
    return frozenset(c["name"] for c in load("party_committees.json")["committees"])


@cache
def committees_by_kind() -> frozenset[str]:
    """The Party committees named by their unit's kind ("Tỉnh ủy" of a
    "tỉnh", "Thị ủy" of a "thị xã"); not "Đảng ủy", whose unit follows it."""
    return frozenset(c["name"] for c in load("party_committees.json")["committees"] if c["by_kind"])


@cache
def residential_units() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The residential units below a commune or ward, each its word and the
    words after it that make it another place ("khu" / "công nghiệp"),
    longest word first (data/organs.json ``residential_units``)."""
    rows = load("organs.json")["residential_units"]
    return tuple(
        sorted(((r["word"], tuple(r.get("not_before", ()))) for r in rows), key=lambda r: -len(r[0]))
    )


@cache
def committee_organs() -> tuple[str, ...]:
    """A Party committee's standing organs, which issue texts in its name:
    "Ban Thường vụ", "Thường trực" (data/party_committees.json)."""
    return tuple(load("party_committees.json")["standing_organs"])
