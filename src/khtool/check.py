"""``khtool check``: what is wrong with a document, as findings CI systems can read.

Rules live in ``data/rules.json`` (id, default severity, Vietnamese message,
English explanation). Each rule here is a function over the parsed
``Document`` returning the places it fires; the engine applies the
configuration (select/ignore/severity), line suppressions
(``khtool: ignore[KH101]`` on the line, in any comment syntax) and checks
attached documents too.

Configuration, found by walking up from the current directory: ``khtool.toml``
(top-level keys) or ``pyproject.toml`` under ``[tool.khtool]``::

    select = ["KH1", "KH2"]        # rule ids or prefixes; default: all
    ignore = ["KH105"]
    fail-on = "warning"            # error (default) | warning | info | never
    [severity]                     # in pyproject: [tool.khtool.severity]
    KH302 = "error"
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import patterns as P
from .errors import KhtoolError, UsageError
from .models import Citation, Deadline, Document, Indicator, Span, Task
from .segment import walk_sections
from .tables import fold, load

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
# ("note" is SARIF's and GitHub's word for info, which the outputs print)
FAIL_ON = {"info": 0, "note": 0, "warning": 1, "error": 2, "never": 99}


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    applies: str
    message: str
    explanation: str


@cache
def rules() -> dict[str, Rule]:
    return {r["id"]: Rule(**r) for r in load("rules.json")["rules"]}


@dataclass
class Finding:
    rule: str
    name: str
    severity: str
    message: str
    path: str | None
    line: int | None
    column: int | None = None
    end_line: int | None = None
    detail: str | None = None
    related: str | None = None  # the other document's path (KH6xx rules)
    end_column: int | None = None  # (the column after the span's last character, as SARIF counts)
    snippet: str | None = None  # the text the span covers (its first 200 characters)
    related_line: int | None = None  # where in the other document (KH6xx rules)
    # the span's character offsets in the file's text, which ``place`` turns
    # into columns and a snippet (not reported)
    start: int | None = None
    end: int | None = None

    def as_dict(self) -> dict[str, object]:
        out = dict(self.__dict__)
        del out["start"], out["end"]
        return out


@dataclass
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "error"

    def enabled(self, rule_id: str) -> bool:
        if self.select and not any(rule_id.startswith(s) for s in self.select):
            return False
        return not any(rule_id.startswith(s) for s in self.ignore)

    def validate(self) -> None:
        known = rules()
        for item in [*self.select, *self.ignore, *self.severity]:
            if not any(r.startswith(item) for r in known):
                raise UsageError(f"unknown rule '{item}' (see `khtool rules`)")
        for rid, sev in self.severity.items():
            if sev not in SEVERITY_RANK:
                raise UsageError(f"severity of {rid} must be error, warning or info, not '{sev}'")
        if self.fail_on not in FAIL_ON:
            raise UsageError(f"fail-on must be error, warning, info (or note) or never, not '{self.fail_on}'")


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for d in [here, *here.parents]:
        if (d / "khtool.toml").is_file():
            return d / "khtool.toml"
        pp = d / "pyproject.toml"
        if pp.is_file():
            try:
                if "khtool" in tomllib.loads(pp.read_text(encoding="utf-8")).get("tool", {}):
                    return pp
            except (tomllib.TOMLDecodeError, OSError):
                continue
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"cannot read configuration: {exc}", str(path)) from None
    # (a [tool.khtool] table, as in pyproject.toml, is read in khtool.toml too)
    if path.name == "pyproject.toml" or "khtool" in data.get("tool", {}):
        data = data.get("tool", {}).get("khtool", {})
    cfg = Config(
        select=list(data.get("select", [])),
        ignore=list(data.get("ignore", [])),
        severity=dict(data.get("severity", {})),
        fail_on=str(data.get("fail-on", data.get("fail_on", "error"))),
    )
    cfg.validate()
    return cfg


# ---------------------------------------------------------------------------
# rules
# ---------------------------------------------------------------------------

Hit = tuple[Span | None, str | None]  # where, and an optional detail
RuleFn = Callable[[Document], Iterator[Hit]]
_CHECKS: dict[str, RuleFn] = {}
# Rules that also read the file's text (the document's own, with its
# attachments: run once, on the document carrying them), by the same id.
TextRuleFn = Callable[[Document, str], Iterator[Hit]]
_TEXT_CHECKS: dict[str, TextRuleFn] = {}


def _rule(rule_id: str) -> Callable[[RuleFn], RuleFn]:
    def deco(fn: RuleFn) -> RuleFn:
        _CHECKS[rule_id] = fn
        return fn

    return deco


def _text_rule(rule_id: str) -> Callable[[TextRuleFn], TextRuleFn]:
    def deco(fn: TextRuleFn) -> TextRuleFn:
        _TEXT_CHECKS[rule_id] = fn
        return fn

    return deco


def _diag_hits(doc: Document, *codes: str) -> Iterator[Hit]:
    for d in doc.diagnostics:
        if d.code in codes:
            yield d.span, d.message


def _first_span(doc: Document) -> Span | None:
    return next(iter(doc.header.spans.values()), None) or (
        doc.sections[0].span if doc.sections else None
    )


@_rule("KH101")
def _number_missing(doc: Document) -> Iterator[Hit]:
    if doc.header.number is None and doc.header.symbol is None:
        yield _first_span(doc), None


@_rule("KH103")
def _date_missing(doc: Document) -> Iterator[Hit]:
    if doc.header.date is None:
        yield _first_span(doc), None


@_rule("KH104")
def _date_blank(doc: Document) -> Iterator[Hit]:
    h = doc.header
    if h.date is not None and len(h.date) < 10:
        # as the line reads: "ngày … tháng 02 năm 2026"
        year, _, month = h.date.partition("-")
        yield h.spans.get("date"), f"ngày … tháng {month or '…'} năm {year}"


@_rule("KH105")
def _place_missing(doc: Document) -> Iterator[Hit]:
    if doc.header.place is None and doc.header.date is not None:
        yield doc.header.spans.get("date"), None


# The Youth Union's organs (data/organs.json): by its rules on documents its
# texts print "ĐOÀN TNCS HỒ CHÍ MINH" where a State body prints the national
# motto, as the Party's print "ĐẢNG CỘNG SẢN VIỆT NAM" (the other mass
# organisations print the motto).
_YOUTH_UNION_ORGANS = frozenset({"Đoàn TNCS Hồ Chí Minh", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn"})


@_rule("KH106")
def _motto_missing(doc: Document) -> Iterator[Hit]:
    issuer = doc.header.issuer
    if not doc.header.motto and issuer.branch != "party" and issuer.organ not in _YOUTH_UNION_ORGANS:
        yield _first_span(doc), None


@_rule("KH107")
def _title_missing(doc: Document) -> Iterator[Hit]:
    if not doc.header.title:
        yield doc.header.spans.get("doc_type") or _first_span(doc), None


# A law, a code, an ordinance, and the resolutions of the Quốc hội and its
# Standing Committee carry no "Nơi nhận" by their form (the legislature's
# acts are promulgated, not sent): type codes, and the organs whose
# resolutions are such acts.
_NO_RECIPIENTS_TYPES = frozenset({"L", "PL"})
_NO_RECIPIENTS_ORGANS = frozenset({"Quốc hội", "Ủy ban Thường vụ Quốc hội"})


@_rule("KH108")
def _recipients_missing(doc: Document) -> Iterator[Hit]:
    # (a Công báo copy omits its "Nơi nhận" by the Gazette's rule)
    if doc.recipients or any(d.code == "gazette-copy" for d in doc.diagnostics):
        return
    h = doc.header
    if h.doc_type in _NO_RECIPIENTS_TYPES or (h.doc_type == "NQ" and h.issuer.organ in _NO_RECIPIENTS_ORGANS):
        return
    yield _last_span(doc), None


@_rule("KH109")
def _signer_missing(doc: Document) -> Iterator[Hit]:
    s = doc.header.signer
    if s is None or not (s.name or s.authority or s.on_behalf):
        yield _last_span(doc), None


def _last_span(doc: Document) -> Span | None:
    return doc.sections[-1].span if doc.sections else _first_span(doc)


@_rule("KH202")
def _cited_after(doc: Document) -> Iterator[Hit]:
    own = doc.header.date
    if not own or len(own) < 10:
        return
    for c in doc.citations:
        if c.date and c.date > own and c.relation != "attached" and c.mentions:
            yield c.mentions[0].span, f"{c.number or c.name} ({c.date}) > {own}"


def _valid(iso: str) -> bool:
    try:
        y, m, d = (int(x) for x in iso.split("-"))
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


@_rule("KH203")
def _date_invalid(doc: Document) -> Iterator[Hit]:
    h = doc.header
    if h.date and len(h.date) == 10 and not _valid(h.date):
        yield h.spans.get("date"), h.date


def _days_in(month: int, year: int | None) -> int:
    """The days of ``month`` (1-12) in ``year`` (a leap year when not given:
    "ngày 29/02" alone may be any leap year's)."""
    if month == 2:
        y = year if year is not None else 2000
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _why_invalid(day: int, month: int, year: int | None) -> str | None:
    """Why a day, month (and year) is no calendar date, in the documents' words; None when it is one."""
    if not 1 <= month <= 12:
        return f"không có tháng {month}"
    days = _days_in(month, year)
    if day < 1 or day > days:
        return f"tháng {month}" + (f" năm {year}" if month == 2 and year else "") + f" chỉ có {days} ngày"
    return None


def _span_at(doc: Document, text: str, start: int, end: int) -> Span:
    line = text.count("\n", 0, start) + 1
    return Span(file=doc.source.path, line=line, end_line=line + text.count("\n", start, end), start=start, end=end)


def _words_before(text: str, start: int, n: int = 5) -> str:
    """The last ``n`` words before ``start`` on its line (what the date is of: "trước ngày")."""
    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start].split()
    return " ".join(words[-n:])


@_text_rule("KH203")
def _dates_invalid_in_text(doc: Document, text: str) -> Iterator[Hit]:
    # every date the text states, not the header's alone: a citation's, a
    # deadline's, a target's ("trước ngày 31/4/2026" does not exist)
    own = doc.header.spans.get("date")
    # (a correction's old wording, "đã ghi: “trước ngày 31/4/2026”, nay đính
    # chính là: …", is the slip it corrects, not a date it states)
    quoted_old: list[tuple[int, int]] = []
    if "ghi" in text or "nhầm" in text:
        from .extract.amended import corrected_wordings

        quoted_old = [(a, b) for a, b, _, _, _ in corrected_wordings(text)]
    for m in P.STATED_DATE.finditer(text):
        if quoted_old and any(a <= m.start() < b for a, b in quoted_old):
            continue
        if m["d"] is not None:
            day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        elif m["d2"] is not None:
            day, month, year = int(m["d2"]), int(m["m2"]), None
        else:
            day, month = int(m["d3"]), int(m["m3"])
            year = int(m["y3"]) if m["y3"] else None
        why = _why_invalid(day, month, year)
        if why is None:
            continue
        if own is not None and own.start <= m.start() < own.end and doc.header.date and not _valid(doc.header.date):
            continue  # (told by the header's own check above)
        before = _words_before(text, m.start())
        yield _span_at(doc, text, m.start(), m.end()), f"\"{(before + ' ') if before else ''}{m[0]}\" ({why})"


def _number_year_clash(number: str | None, date: str | None) -> str | None:
    """The year a number states ("47/2025/NQ-HĐND": 2025) when a full date of another year is given it."""
    m = P.NUMBER_WITH_YEAR.match(number or "")
    if m is None or not date or len(date) != 10 or date[:4] == m["y"]:
        return None
    return m["y"]


@_rule("KH205")
def _number_year_disagrees(doc: Document) -> Iterator[Hit]:
    # a normative act's number carries the year it was issued: with a date of
    # another year, one of the two is a slip ("Nghị quyết số 47/2025/NQ-HĐND
    # ngày 10/12/2024"), whichever document states them
    h = doc.header
    if (y := _number_year_clash(h.number, h.date)) is not None:
        yield h.spans.get("date") or h.spans.get("number"), f"{h.number} ngày {_human_date(h.date or '')} (số mang năm {y})"
    for c in doc.citations:
        if c.mentions and (y := _number_year_clash(c.number, c.date)) is not None:
            yield c.mentions[0].span, f"{c.number} ngày {_human_date(c.date or '')} (số mang năm {y})"


@_rule("KH301")
def _repaired(doc: Document) -> Iterator[Hit]:
    for d in doc.diagnostics:
        if d.code in ("citation-repaired", "number-repaired") and d.severity != "info":
            yield d.span, d.message


@_rule("KH302")
def _implements_nothing(doc: Document) -> Iterator[Hit]:
    if not any(c.relation in ("implements", "basis", "attached", "consolidates") for c in doc.citations):
        yield doc.header.spans.get("title") or _first_span(doc), None


@_rule("KH303")
def _alias_unused(doc: Document) -> Iterator[Hit]:
    # (uses over the whole file: a decision carries the alias its attached
    # plan defines, and the plan's citations hold the uses)
    used = {m.via_alias for part in (doc, *doc.attachments) for c in part.citations for m in c.mentions if m.via_alias}
    for c in doc.citations:
        if c.number and all(c.number in "".join(a.split()) for a in c.aliases):
            continue  # the alias is the number itself: every later mention uses it
        if c.aliases and not any(m.via_alias for m in c.mentions) and not used.intersection(c.aliases):
            yield c.mentions[0].span if c.mentions else None, ", ".join(c.aliases)


@_rule("KH305")
def _law_number_disagrees(doc: Document) -> Iterator[Hit]:
    # one term numbers its laws in one run, so one serial is one law: cited
    # with two years ("Luật số 42/2024/QH15" … "Luật số 42/2025/QH15"), one
    # year is a slip (unless the text names them as two laws)
    seen: dict[tuple[int, str], Citation] = {}
    for c in doc.citations:
        m = P.LAW_NUMBER.fullmatch(c.number or "")
        if m is None or c.doc_type != "L":
            continue
        first = seen.setdefault((int(m[1]), m[3]), c)
        if first is not c and first.number != c.number and (
            not first.name or not c.name or fold(first.name) == fold(c.name)
        ):
            yield c.mentions[0].span if c.mentions else None, f"{c.number} / {first.number}"


# Rules that report what the parse stages already diagnosed.
DIAGNOSTIC_RULES = {
    "KH102": "number-blank",
    "KH110": "unit-ceased",
    "KH201": "date-mismatch",
    "KH204": "date-repaired",
    "KH304": "citation-unknown-type",
    "KH306": "appendix-missing",
    "KH401": "numbering-duplicate",
    "KH402": "numbering-order",
    "KH403": "numbering-gap",
}
for _rid, _code in DIAGNOSTIC_RULES.items():
    _CHECKS[_rid] = lambda doc, _code=_code: _diag_hits(doc, _code)  # type: ignore[misc]


def _cut(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters at a word's end, with an ellipsis."""
    if len(text) <= n:
        return text
    head = text[:n] if text[n].isspace() or " " not in text[:n] else text[:n].rsplit(None, 1)[0]
    return head.rstrip(" ,;:") + "…"


@_rule("KH501")
def _item_without_agency(doc: Document) -> Iterator[Hit]:
    part = next(
        (
            s
            for s in walk_sections(doc.sections)
            if s.kind in ("roman", "part") and P.IMPLEMENTATION_WORDS.search(s.heading or "")
        ),
        None,
    )
    if part is None:
        return
    starts = {a.span.start for a in doc.assignments}
    # (a body given tasks in several places is one assignment, spanning its
    # first: an item holding one of its tasks names it too)
    tasks = sorted(t.span.start for a in doc.assignments for t in a.tasks)
    for item in part.children:
        if item.kind in ("arabic", "letter") and item.span.start not in starts:
            i = bisect.bisect_left(tasks, item.span.start)
            if i < len(tasks) and tasks[i] < item.span.end:
                continue
            head = item.heading or _cut(item.text, 60)
            if P.FUNDING_ITEM.match(head):
                continue  # (money, not a task: it names no body on purpose)
            if P.REPORTING_REGIME.match(head.lstrip()):
                continue  # ("7. Chế độ báo cáo: …": the reporting rule, for every body, as money is)
            if head[:1] in "Tt" and P.DIFFICULTIES_CLOSING.match(item.heading or item.text):
                continue  # ("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị … phản ánh về …": for every body)
            yield item.span, head


@_rule("KH502")
def _no_lead(doc: Document) -> Iterator[Hit]:
    # (a joint text's issuers lead it together: no body of theirs need)
    if doc.header.co_issuers:
        return
    # (a Party committee's plan has its bodies "tham mưu", "lãnh đạo", "chỉ
    # đạo": the State's "chủ trì" convention is not its own)
    if doc.header.issuer.branch == "party":
        return
    # (a report's recommendations are no tasks it gives; nor is a reporting
    # duty of a plan's reporting part, "III. CHẾ ĐỘ BÁO CÁO", a task to lead)
    reporting = [
        s.span for s in doc.sections if s.heading and P.REPORTING_REGIME_HEADING.match(s.heading)
    ]
    given = [
        a
        for a in doc.assignments
        if a.role != "recommended"
        and not (reporting and a.tasks and all(any(r.start <= t.span.start < r.end for r in reporting) for t in a.tasks))
    ]
    # (a body carrying its item's task alone leads it, "1. Công an xã: …":
    # a plan lacks a lead when tasks are shared with no "chủ trì")
    starts = [a.span.start for a in given]
    if given and not any(
        a.role == "lead" or (a.role == "responsible" and starts.count(a.span.start) == 1) for a in given
    ):
        yield given[0].span, None


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = P.LETTER_RUN.findall(text.lower())
    return set(itertools.pairwise(words))


def _value_forms(value: float) -> list[str]:
    """How a target's value is written: 90, 1,5, 3.000 (or 3000), 12.345,67."""
    if value != int(value):
        # (exactly: ":g" keeps six digits, 12345.67 -> "12345,7")
        whole, _, frac = format(value, "f").rstrip("0").partition(".")
        dotted = f"{int(whole):,}".replace(",", ".")
        return sorted({f"{whole},{frac}", f"{whole}.{frac}", f"{dotted},{frac}"})
    n = int(value)
    return sorted({str(n), f"{n:,}".replace(",", ".")})


def _restates(doc: Document, ind: Indicator, task: Task) -> bool:
    """A task restates an indicator: half its word pairs or more, and its deadline's date or a target's value."""
    words = _bigrams(ind.text)
    if not words or 2 * len(words & _bigrams(task.text)) < len(words):
        return False

    def dates(span: Span) -> set[tuple[int, int]]:
        return {
            (d.day, d.month)
            for d in doc.deadlines
            if d.day and d.month and span.start <= d.span.start < span.end
        }

    if dates(ind.span) & dates(task.span):
        return True
    for t in ind.targets:
        if t.value is None:
            continue
        unit = re.escape(t.unit) if t.unit else ""
        for form in _value_forms(t.value):
            # (built here: the value and unit are the indicator's, not a convention)
            if re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)\s*{unit}", task.text):
                return True
    return False


@_rule("KH503")
def _indicator_unassigned(doc: Document) -> Iterator[Hit]:
    tied = {i for a in doc.assignments for i in a.indicators}
    if not tied:
        return  # the plan does not tie agencies to indicators at all
    tasks = [t for a in doc.assignments if a.role != "recommended" for t in a.tasks]
    for ind in doc.indicators:
        # (a body's task restating it, with its date or value, is given it
        # too; the same words alone are not: "tuyên truyền" is no "90% hộ")
        if ind.id and ind.id not in tied and not any(_restates(doc, ind, t) for t in tasks):
            yield ind.span, f"chỉ tiêu {ind.id}"


# Words that say when a report recurs without saying how often ("định kỳ báo
# cáo … theo quy định", "báo cáo đột xuất", "thường xuyên") set no time.
_NO_FREQUENCY = frozenset(["periodic", "ad hoc", "ongoing"])


def _has_frequency(d: Deadline) -> bool:
    return any(r.strip() not in _NO_FREQUENCY for r in (d.recurrence or "").split(",") if r.strip())


@_rule("KH504")
def _report_without_deadline(doc: Document) -> Iterator[Hit]:
    for s in walk_sections(doc.sections):
        if s.kind in ("roman", "part", "arabic") and P.REPORTING_REGIME.search(s.heading or ""):
            inside = [
                d
                for d in doc.deadlines
                if s.span.start <= d.span.start < s.span.end and (d.day or d.month or d.year or _has_frequency(d))
            ]
            if not inside:
                yield s.span, None


# The level a body's name states, as the plans write it.
_LEVEL_WORDS = {"party": "trung ương", "national": "trung ương", "province": "tỉnh", "district": "huyện", "ward": "xã"}


@_rule("KH505")
def _assignee_of_another_level(doc: Document) -> Iterator[Hit]:
    # a plan gives its tasks to its own offices and the levels below: a body
    # above its level, or its level's units as a class ("UBND các xã,
    # phường" in a commune's), is a part copied from the plan above
    from .agencies import classify_agency, of_another_level

    level = doc.header.level
    seen: set[str] = set()
    for a in doc.assignments:
        if a.role not in ("lead", "responsible") or a.agency in seen:
            continue  # (a request, "Đề nghị Công an tỉnh …", asks; a partner is named)
        other = of_another_level(a.agency, a.level, level)
        if other == "above" and (clause := P.CLASS_CLAUSE_OBJECT.match(a.agency)):
            # (its level from its own noun phrase, not the object's "của tỉnh")
            head = classify_agency(clause["head"])
            other = of_another_level(clause["head"], head.level if head else None, level)
        if other is None:
            continue
        seen.add(a.agency)
        if other == "above":
            named = classify_agency(a.agency)
            yield a.span, f"{a.agency} (cấp {_LEVEL_WORDS[named.level if named and named.level else 'province']})"
        else:
            yield a.span, f"{a.agency} (các đơn vị cùng cấp {_LEVEL_WORDS[level or 'ward']})"


# ---------------------------------------------------------------------------
# engine
# ---------------------------------------------------------------------------


def _applies(rule: Rule, doc: Document) -> bool:
    if doc.kind != "document":
        return False  # a news article or unknown text is not held to the form
    if rule.applies == "plan":
        return doc.header.doc_type == "KH"
    return True


# The rules a draft is expected to break (its number and date are given when
# it is signed): info, not their default, in a text stamped "DỰ THẢO".
BLANK_IN_A_DRAFT = ("KH102", "KH104")


def _finding(rid: str, config: Config, doc: Document, span: Span | None, message: str, detail: str | None) -> Finding:
    """Rule ``rid``'s finding on ``doc`` at ``span``, at the severity ``config`` gives it."""
    rule = rules()[rid]
    severity = rule.severity
    if rid in BLANK_IN_A_DRAFT and any(d.code == "draft-mark" for d in doc.diagnostics):
        severity = "info"  # a text stamped "DỰ THẢO" is expected to leave them blank
    return Finding(
        rule=rid,
        name=rule.name,
        severity=config.severity.get(rid, severity),
        message=message,
        path=doc.source.path,
        line=span.line if span else None,
        column=_column(span),
        end_line=span.end_line if span else None,
        detail=detail,
        start=span.start if span else None,
        end=span.end if span else None,
    )


def _hits(rid: str, doc: Document, d: Document, text: str | None) -> Iterator[Hit]:
    """Rule ``rid``'s hits on ``d`` (``doc`` or one of its attachments); its
    text rule's over the whole file, once, with ``doc``."""
    fn = _CHECKS.get(rid)
    if fn is not None:
        yield from fn(d)
    tfn = _TEXT_CHECKS.get(rid)
    if tfn is not None and text is not None and d is doc:
        yield from tfn(doc, text)


def check_document(
    doc: Document,
    config: Config | None = None,
    *,
    suppressed: dict[int, set[str]] | None = None,
    text: str | None = None,
) -> list[Finding]:
    """``doc``'s findings. ``text``: the file's text as parsed (``source_text``),
    for the rules that read it (every date it states, KH203) and the
    findings' columns and snippets; without it, those rules read the parsed
    document alone."""
    config = config or Config()
    out: list[Finding] = []
    seen: set[tuple[str, int | None, str]] = set()
    for d in [doc, *doc.attachments]:
        for rid in [*_CHECKS, *(r for r in _TEXT_CHECKS if r not in _CHECKS)]:
            rule = rules()[rid]
            if not config.enabled(rid) or not _applies(rule, d):
                continue
            if d is not doc and rid.startswith("KH1"):
                continue  # an attached document takes its form from the one carrying it
            for span, detail in _hits(rid, doc, d, text):
                line = span.line if span else None
                if (
                    suppressed
                    and line is not None
                    and (rid in suppressed.get(line, set()) or "*" in suppressed.get(line, set()))
                ):
                    continue
                # (a diagnosis that restates the rule's message adds nothing)
                msg = rule.message + (f": {detail}" if detail and not detail.startswith(rule.message) else "")
                if (rid, line, msg) in seen:
                    continue  # the same fact seen from the carrier and its attachment
                seen.add((rid, line, msg))
                out.append(_finding(rid, config, doc, span, msg, detail))
    out.sort(key=lambda f: (f.line or 0, f.rule))
    if text is not None:
        place(out, text)
    return out


def _column(span: Span | None) -> int | None:
    return 1 if span else None  # (until ``place`` reads the text)


# the longest snippet a finding quotes (a section's span runs to its end)
SNIPPET_CHARS = 200


def place(findings: list[Finding], text: str) -> None:
    """Give the ``findings`` on ``text`` (one file's, as parsed) their columns
    (1-based, in characters, the end one past the last character, as SARIF
    counts) and the text they cover (its first line, cut at SNIPPET_CHARS)."""
    for f in findings:
        if f.start is None or f.end is None or f.start > len(text):
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        f.column = f.start - line_start + 1
        # (the span's text without the line breaks and spaces closing it)
        covered = text[f.start : min(max(f.end, f.start), len(text))].rstrip()
        end = f.start + len(covered)
        f.end_column = end - (text.rfind("\n", 0, end) + 1 if "\n" in covered else line_start) + 1
        f.end_line = f.line + covered.count("\n") if f.line else f.end_line
        f.snippet = _cut(covered.split("\n", 1)[0], SNIPPET_CHARS) if covered else None


def source_text(path: str | None) -> str | None:
    """The text of the file at ``path`` as the parse read it (spans count
    in it); None when it cannot be read again (stdin)."""
    from .normalize import normalize_source
    from .read import read_path

    if not path or path == "-":
        return None
    try:
        return normalize_source(read_path(Path(path)).text)
    except (OSError, KhtoolError):
        return None


def suppressions(text: str) -> dict[int, set[str]]:
    """``khtool: ignore[KH101,KH105]`` on a line silences those rules there
    (``khtool: ignore`` alone silences every rule on the line)."""
    out: dict[int, set[str]] = {}
    if "khtool" not in text:
        return out
    for i, line in enumerate(text.split("\n"), 1):
        m = P.SUPPRESSION_COMMENT.search(line)
        if m:
            ids = {x.strip().upper() for x in (m["ids"] or "*").split(",") if x.strip()}
            out[i] = ids
    return out


# ---------------------------------------------------------------------------
# rules over documents checked together
# ---------------------------------------------------------------------------


def _human_date(iso: str) -> str:
    """"2026-01-20" as the documents write it: "20/01/2026"."""
    return "/".join(reversed(iso.split("-")))


def _one_digit_apart(a: str, b: str) -> bool:
    """Serials a slip of one digit apart: one changed, or two next to each
    other swapped ("54" for "45")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _same_subject(subject: str | None, title: str | None) -> bool:
    """Does a citation's subject ("về phát triển du lịch") say what a
    document's title does? Most words of the shorter are the other's."""
    if not subject or not title:
        return False
    a, b = ({fold(w) for w in t.split()} - {"", "ve", "viec"} for t in (subject, title))
    return bool(a and b) and len(a & b) >= 0.6 * min(len(a), len(b))


def same_topic(a: str | None, b: str | None) -> bool:
    """Are two plans' titles of one topic ("Phòng, chống mua bán người trên
    địa bàn xã Vĩnh Xương năm 2026" and "… phòng, chống mua bán người trên
    địa bàn tỉnh An Giang năm 2026")? Their words but verb, place and year."""
    return _same_subject(*(P.TITLE_NOISE.sub(" ", t) if t else t for t in (a, b)))


def probable_match(
    c_number: str, c_key: str, c_date: str | None, c_subject: str | None, docs: list[tuple[str, str, str | None, str | None]]
) -> str | None:
    """The one key among ``docs`` (key, number, date, title) a citation whose
    number none bears probably means (KH602): same symbol, year and body's
    place, and the same date, or a number one digit apart when what the
    citation says of it agrees (its subject, or nothing to tell them apart)."""
    from .docnumber import parse_number, unpadded
    from .graph import base_key

    num = parse_number(c_number)
    _, _, where = base_key(c_key).partition("@")
    if num is None or not where:
        return None
    likely = [
        (k, number, date)
        for k, number, date, title in docs
        if base_key(k).partition("@")[2] == where  # same year and body's place (of a plan and its revision alike)
        and (p := parse_number(number)) is not None
        and p.symbol == num.symbol
        and (
            (c_date is not None and date == c_date)
            # a neighbouring number is the next plan of the same body,
            # unless what the citation says of it agrees: its subject,
            # or nothing (no date, no subject) to tell them apart
            or (
                _one_digit_apart(p.serial, num.serial)
                and ((c_date is None and not c_subject) or same_topic(c_subject, title))
            )
        )
    ]
    # (a plan and its revision under one number: the one of the cited date;
    # plans of two numbers stay as likely)
    if len({unpadded(x[1]) for x in likely}) == 1:
        likely = [x for x in likely if c_date is not None and x[2] == c_date] or likely
    return likely[0][0] if len(likely) == 1 else None


def check_corpus(
    docs: list[Document],
    config: Config | None = None,
    *,
    suppressed: Mapping[str | None, dict[int, set[str]]] | None = None,
    warnings: list[str] | None = None,
    texts: Mapping[str | None, str] | None = None,
) -> list[Finding]:
    """Findings on what the documents checked together cite among themselves:
    a date the cited one does not bear (KH601), a number none of them bears
    where one of the same type, body and year is probably meant (KH602), a
    plan issued after the date the plan it carries out gives its level (KH603),
    a plan citing none of them under one with a part for its level (KH604),
    a plan carrying out one another of them replaced or repealed before it (KH605).
    Documents of one number are keyed and cited as in the graph (``node_keys``,
    ``cited_key``): by their date, never by their order. ``suppressed``: the
    line suppressions of each document, by its path; ``warnings`` gets the
    graph's line on two different texts of one number, date and issuer;
    ``texts``: their texts as parsed (``source_text``), by path, where the
    caller has them (a document's not given is read again)."""
    from .diff import (
        _level_part,
        _lower_level,
        is_plan,
        late_by,
        plan_of,
        plans_due,
        plans_due_moved,
    )
    from .docnumber import unpadded
    from .graph import cited_key, keys_compatible, node_keys

    config = config or Config()
    keys = node_keys(list(docs), [f"#{i}" for i in range(len(docs))], warnings)
    by_key: dict[str, Document] = {}
    for d in docs:
        for part in (d, *d.attachments):
            key = keys[id(part)]
            # (one document in two files: the first path's, as in the graph)
            if not key.startswith("#") and (key not in by_key or (part.source.path or "") < (by_key[key].source.path or "")):
                by_key[key] = part
    by_number: dict[str, list[str]] = {}
    for k, part in by_key.items():
        by_number.setdefault(unpadded(part.header.number or ""), []).append(k)
    out: list[Finding] = []
    # the documents another of them replaces or repeals ("Kế hoạch này thay
    # thế Kế hoạch số 210/KH-UBND …"): by the key the citation names, who ended it
    ended: dict[str, list[tuple[Document, str]]] = {}
    # (one not in the set, only cited: by the key its citation gives, as the
    # graph's stub; a plan citing it carries out an ended plan all the same)
    ended_cited: list[tuple[str, Document, str]] = []
    for d in docs:
        for c in d.citations:
            if c.number and c.action in ("replaces", "repeals"):
                ek = cited_key(c, by_key, by_number, d.header.date)
                if ek is not None and by_key[ek] is not d:
                    ended.setdefault(ek, []).append((d, c.action))
                elif ek is None and c.key:
                    ended_cited.append((c.key, d, c.action))

    # the deadlines another of them moves ("Gia hạn thời gian hoàn thành …
    # tại khoản 5 Mục III: … đến ngày 31/3/2026"): by the key of the plan moved
    moved: dict[str, list[tuple[Document, Deadline]]] = {}
    for d in docs:
        for part in (d, *d.attachments):
            for x in part.deadlines:
                if x.amends is None or x.amends.key is None:
                    continue
                moving = next((c for c in part.citations if c.key == x.amends.key), None)
                mk = cited_key(moving, by_key, by_number, part.header.date) if moving is not None else None
                if mk is not None and by_key[mk] is not part:
                    moved.setdefault(mk, []).append((part, x))

    def finding(
        rid: str, doc: Document, span: Span | None, detail: str, other: Document | None = None, where: Span | None = None
    ) -> None:
        """``where``: the place in ``other`` the finding is about (else its date's or number's line)."""
        quiet = (suppressed or {}).get(doc.source.path, {}).get(span.line, set()) if span else set()
        if config.enabled(rid) and rid not in quiet and "*" not in quiet:
            out.append(_finding(rid, config, doc, span, f"{rules()[rid].message}: {detail}", detail))
            out[-1].related = other.source.path if other is not None else None
            if other is not None:
                where = where or other.header.spans.get("date") or other.header.spans.get("number")
                out[-1].related_line = where.line if where else None

    def late(doc: Document, c: Citation, span: Span | None, cited: Document, number: str) -> None:
        """KH603: ``doc``, citing ``cited`` (``number``) by ``c``, issued after the date it gives its level."""
        # a lower plan naming the upper one carries it out, whatever
        # the verb ("Căn cứ", "Thực hiện", "Triển khai"); only a plan is due
        # by a plan's date (not a guide or a notice under it)
        if (c.relation == "implements" or _lower_level(cited, doc)) and is_plan(doc):
            due = plans_due(plan_of(cited), doc.header.level, doc.header.issuer.branch)
            # (a date another of them moved it to, in force on the plan's date:
            # the latest, "gia hạn … đến ngày 31/3/2026")
            by: Document | None = None
            if due and doc.header.date:
                for mover, x in moved.get(keys.get(id(plan_of(cited)), ""), []) or moved.get(keys.get(id(cited), ""), []):
                    new = plans_due_moved(mover, x, doc.header.level, doc.header.issuer.branch)
                    if new and new > due and mover.header.date and mover.header.date <= doc.header.date:
                        due, by = new, mover
            days = late_by(doc.header.date, due)
            if days and due and doc.header.date:
                finding(
                    "KH603",
                    doc,
                    doc.header.spans.get("date") or span,
                    f"ban hành ngày {_human_date(doc.header.date)}, {number} giao hạn {_human_date(due)}"
                    + (f" (gia hạn tại {by.header.number or by.source.path})" if by is not None else "")
                    + f" ({days} ngày chậm; {cited.source.path})",
                    cited,
                    # (the plan above's deadline for the level)
                    next((d.span for d in plan_of(cited).deadlines if _iso(d) == due), None),
                )

    def ended_by(doc: Document, c: Citation, span: Span | None, by: Document, action: str) -> None:
        """KH605: ``doc`` carries out (by ``c``) a plan ``by`` ended before ``doc`` was issued."""
        when = by.header.date
        if by is not doc and when and doc.header.date and when < doc.header.date:
            finding(
                "KH605",
                doc,
                span,
                f"{c.number} đã bị {'thay thế' if action == 'replaces' else 'bãi bỏ'} bởi"
                f" {by.header.number or by.source.path} ngày {_human_date(when)} ({by.source.path})",
                by,
                by.header.spans.get("number"),
            )

    for doc in docs:
        cites_one = False  # (one of the documents checked with it, or a slip for one)
        for c in doc.citations:
            if not c.number or c.relation not in ("implements", "basis"):
                continue
            span = c.mentions[0].span if c.mentions else None
            # (a citation with no date or no issuer's place names the one
            # document of its number it fits, as in the graph)
            rk = cited_key(c, by_key, by_number, doc.header.date)
            cited = by_key.get(rk) if rk else None
            if rk is None and sum(1 for k in by_number.get(unpadded(c.number), []) if keys_compatible(k, c.key)) > 1:
                cites_one = True  # (one of several it cannot choose between: it cites one)
                continue
            if cited is None and rk is None and c.relation == "implements" and c.key and is_plan(doc):
                # KH605 on a plan only cited that one of the set ended
                for ek, by, action in ended_cited:
                    # (both placed: a number alone may be any body's)
                    if keys_compatible(ek, c.key) and "?" not in (ek.rsplit("@", 1)[-1], c.key.rsplit("@", 1)[-1]):
                        ended_by(doc, c, span, by, action)
            if cited is not None and cited is not doc:
                # (a text of the centre, a Party or national directive, is no
                # plan above a commune's: citing only it skips its province's)
                cites_one = cites_one or not _of_the_centre(cited)
                late(doc, c, span, cited, c.number)
                if c.relation == "implements" and rk is not None and is_plan(doc):
                    # KH605: carrying out a plan one of the set ended before it was issued
                    for by, action in ended.get(rk, []):
                        ended_by(doc, c, span, by, action)
                own = cited.header.date
                if c.date and own and len(own) == 10 and len(c.date) == 10 and c.date != own and not _year_off(c.date, own):
                    finding(
                        "KH601",
                        doc,
                        span,
                        f"{c.number} được dẫn ngày {_human_date(c.date)}, văn bản ngày {_human_date(own)}"
                        + (" — chỉ khác năm" if c.date[4:] == own[4:] else "")
                        + f" ({cited.source.path})",
                        cited,
                    )
                continue
            pk = probable_match(
                c.number,
                c.key,
                c.date,
                c.subject,
                [(k, d.header.number or "", d.header.date, d.header.title) for k, d in by_key.items() if d is not doc],
            )
            if pk is not None:
                d = by_key[pk]
                cites_one = cites_one or not _of_the_centre(d)
                late(doc, c, span, d, d.header.number or c.number)  # (the plan meant, as the graph and diff tie it)
                finding(
                    "KH602",
                    doc,
                    span,
                    f"{c.number} — có lẽ là {d.header.number}"
                    + (f" ngày {_human_date(d.header.date)}" if d.header.date else "")
                    + f" ({d.source.path})",
                    d,
                    d.header.spans.get("number"),
                )
        uppers = [] if cites_one else _plans_above(doc, docs)
        if uppers:
            # (where it names them vaguely: read once, whatever their number)
            where = _vague_reference(doc, texts) or doc.header.spans.get("title") or _first_span(doc)
            for upper in uppers:
                level_part = _level_part(plan_of(upper), doc.header.level)
                finding(
                    "KH604",
                    doc,
                    where,
                    f"{upper.header.number} ngày {_human_date(upper.header.date or '')} giao nhiệm vụ cho cấp"
                    f" {'xã' if doc.header.level == 'ward' else 'huyện'} ({upper.source.path})",
                    upper,
                    # (its part for the level: where it opens, "8. Ủy ban nhân dân các
                    # xã, phường", not a unit one of its points names, "e) Giao công chức …")
                    min((g.span for g in level_part), key=_span_start) if level_part else None,
                )
    _year_slips(docs, by_key, by_number, finding)
    out.sort(key=lambda f: (f.path or "", f.line or 0, f.rule))
    return out


def _span_start(span: Span) -> int:
    return span.start


def _iso(d: Deadline) -> str | None:
    """A deadline's date (a month alone, "trong tháng 6 năm 2026", by its last day, as ``plans_due`` gives it)."""
    if not d.year or not d.month or not 1 <= d.month <= 12:
        return None
    return f"{d.year:04d}-{d.month:02d}-{d.day or _days_in(d.month, d.year):02d}"


def _vague_reference(doc: Document, texts: Mapping[str | None, str] | None = None) -> Span | None:
    """Where a plan that cites no plan above names it without a number or
    date ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh …", KH604), read in
    its file's text (in ``texts`` by its path, or read again) before its
    first section; None if it does not."""
    path = doc.source.path
    text = texts[path] if texts is not None and path in texts else source_text(path)
    if text is None:
        return None
    first = next((s.span.start for s in doc.sections if s.label), len(text))
    m = P.VAGUE_DIRECTION.search(text, 0, first)
    return _span_at(doc, text, m.start(), m.end()) if m else None


def _year_off(a: str, b: str) -> bool:
    """Two full dates a year apart, the same day and month ("15/01/2026" and
    "15/01/2025"): one of them a slip of the year."""
    return a[4:] == b[4:] and a[:4].isdigit() and b[:4].isdigit() and abs(int(a[:4]) - int(b[:4])) == 1


def _year_slips(
    docs: list[Document],
    by_key: dict[str, Document],
    by_number: dict[str, list[str]],
    finding: Callable[[str, Document, Span | None, str, Document | None], None],
) -> None:
    """KH606: documents of the set citing one of them with a date a year from
    the one it bears, the same day and month. Several citing it with one such
    date make its own printed date the likely slip: told once, on its date
    line, naming them (and those of the set amending or correcting it, as a
    correction letter re-dating it would); a lone one keeps its finding, on
    the citation, since either date may be the slip."""
    from .docnumber import unpadded
    from .graph import cited_key

    # (cited key, date as cited) -> citing documents, in order, with the citation
    citers: dict[tuple[str, str], list[tuple[Document, Citation]]] = {}
    amended: dict[str, list[Document]] = {}  # cited key -> documents of the set amending it
    for doc in docs:
        for c in doc.citations:
            if not c.number:
                continue
            if c.action == "amends" or c.acts_on:
                rk = cited_key(c, by_key, by_number, doc.header.date)
                if rk is not None and c.action == "amends" and by_key[rk] is not doc:
                    amended.setdefault(rk, []).append(doc)
                if rk is not None and "amends" in c.acts_on.values():
                    # ("Quyết định 312 sửa đổi Kế hoạch 45": 312, of the set, amends 45)
                    for number, action in c.acts_on.items():
                        for k in by_number.get(unpadded(number), []) if action == "amends" else []:
                            if by_key[k] is not by_key[rk]:
                                amended.setdefault(k, []).append(by_key[rk])
            if not c.date or len(c.date) != 10:
                continue
            rk = cited_key(c, by_key, by_number, doc.header.date)
            cited = by_key.get(rk) if rk else None
            own = cited.header.date if cited is not None else None
            if rk is None or cited is None or cited is doc or not own or len(own) != 10 or not _year_off(c.date, own):
                continue
            group = citers.setdefault((rk, c.date), [])
            if all(d is not doc for d, _ in group):
                group.append((doc, c))
    for (rk, date), group in citers.items():
        cited = by_key[rk]
        own = cited.header.date or ""
        if len(group) == 1:
            doc, c = group[0]
            # (as KH601 before it: a document carried out or relied on; a
            # date of another year than its number's, the cited one's, is
            # the citing document's own slip, KH205's)
            clash = _number_year_clash(c.number, date) and not _number_year_clash(c.number, own)
            if c.relation in ("implements", "basis") and not clash:
                finding(
                    "KH606",
                    doc,
                    c.mentions[0].span if c.mentions else None,
                    f"{c.number} được dẫn ngày {_human_date(date)}, văn bản ghi ngày {_human_date(own)}"
                    f" — một trong hai ngày viết nhầm năm ({cited.source.path})",
                    cited,
                )
            continue
        names = ", ".join(d.header.number or d.source.path or "?" for d, _ in group)
        by = list({id(d): d for d in amended.get(rk, []) if d is not cited}.values())
        finding(
            "KH606",
            cited,
            cited.header.spans.get("date") or _first_span(cited),
            f"{cited.header.number or cited.source.path} ghi ngày {_human_date(own)}, {len(group)} văn bản dẫn"
            f" văn bản này ngày {_human_date(date)} ({names}): có lẽ ngày ban hành in trên văn bản viết nhầm năm"
            + (
                "; văn bản này được sửa đổi, đính chính bởi "
                + ", ".join(f"{d.header.number or d.source.path} ({d.source.path})" for d in by)
                if by
                else ""
            ),
            group[0][0],
        )


def _of_the_centre(d: Document) -> bool:
    """Is ``d`` a text of the centre (the Party's, a ministry's, the
    Government's), above every province's plan?"""
    from .agencies import LEVEL_RANK

    return LEVEL_RANK.get(d.header.level or "", 9) == 0


def _in_unit(low: Document, up: Document) -> bool:
    """Is ``low``'s issuer inside ``up``'s unit by the gazetteer (a name
    several provinces share: one of them)?"""
    lo, hi = low.header.issuer.locality, up.header.issuer.locality
    if lo is None or hi is None:
        return False
    if up.header.level == "district":
        return bool(hi.district) and lo.district == hi.district and lo.province == hi.province
    prov = {p for p in (hi.new_province, hi.province) if p}
    if lo.ambiguous:
        return any(c.partition(", ")[2] in prov for c in lo.candidates)
    return bool(prov & {lo.new_province, lo.province})


def _plans_above(doc: Document, docs: list[Document]) -> list[Document]:
    """The plans among ``docs`` with a part for ``doc``'s level ("Ủy ban nhân
    dân các xã, phường: a) …") whose unit ``doc``'s is in, of its year and
    topic, issued before it: the plan it should carry out (KH604). A plan, a
    programme, a decision issuing one, a Party committee's resolution
    carrying out a text above (``is_plan``) is that plan; a body carries out
    the plan of its own branch above it (a commune's Đảng ủy the Tỉnh ủy's
    programme, not the UBND's plan)."""
    from .agencies import LEVEL_RANK
    from .diff import _level_part, is_plan, plan_of

    h = doc.header
    if not is_plan(doc) or h.level not in ("district", "ward") or not h.date or not h.title:
        return []
    branch = h.issuer.branch
    out: list[Document] = []
    for up in docs:
        if up is doc or not is_plan(up):
            continue
        plan = plan_of(up)
        if (
            LEVEL_RANK.get(up.header.level or "", 9) in (1, 2)
            and LEVEL_RANK.get(up.header.level or "", 9) < LEVEL_RANK[h.level]
            and (up.header.date or "")[:4] == h.date[:4]
            and (up.header.date or "9") <= h.date
            and (not branch or not up.header.issuer.branch or up.header.issuer.branch == branch)
            and _level_part(plan, h.level)
            and _in_unit(doc, up)
            and (same_topic(up.header.title, h.title) or same_topic(plan.header.title, h.title))
        ):
            out.append(up)
    return out


@dataclass
class CheckReport:
    findings: list[Finding]
    errors: list[KhtoolError]
    files: int
    # what the caller should be told besides (two different texts of one
    # number, date and issuer, as ``khtool graph`` warns)
    warnings: list[str] = field(default_factory=list)

    def worst(self) -> int:
        return max((SEVERITY_RANK[f.severity] for f in self.findings), default=-1)


def finding_lines(report: CheckReport) -> list[str | None]:
    """The source line each finding of ``report`` is on (the file read again,
    its text as the spans count it), None for a finding of no line or when
    the text cannot be read again (stdin): what SARIF's fingerprints digest."""
    from .normalize import normalize_source
    from .read import read_path

    texts: dict[str, list[str] | None] = {}
    out: list[str | None] = []
    for f in report.findings:
        if not f.line or not f.path:
            out.append(None)
            continue
        if f.path not in texts:
            try:
                texts[f.path] = normalize_source(read_path(Path(f.path)).text).split("\n")
            except (OSError, KhtoolError):
                texts[f.path] = None
        lines = texts[f.path]
        out.append(lines[f.line - 1] if lines and f.line <= len(lines) else None)
    return out


def check_paths(
    paths: list[str], config: Config | None = None, *, jobs: int = 1, on_item: Callable[[], object] | None = None
) -> CheckReport:
    """Check the documents at ``paths``, one by one and then together;
    ``on_item`` is called as each input is read (a progress bar's tick)."""
    from .batch import parse_many_text

    config = config or Config()
    findings: list[Finding] = []
    errors: list[KhtoolError] = []
    parsed: list[Document] = []
    corpus_supp: dict[str | None, dict[int, set[str]]] = {}  # (for the KH6xx rules, by the document's path)
    # (each file's text as the parse read it, for the findings across them:
    # no file read twice)
    texts: dict[str | None, str] = {}
    for path, (item, text) in zip(paths, parse_many_text(paths, jobs=jobs), strict=True):
        if on_item is not None:
            on_item()
        if isinstance(item, KhtoolError):
            errors.append(item)
            continue
        parsed.append(item)
        supp: dict[int, set[str]] = {}
        if path != "-":
            try:
                raw = Path(path).read_bytes()
                if b"khtool" in raw:
                    from .read import read_bytes

                    supp = suppressions(read_bytes(raw, path).text)
            except (OSError, KhtoolError):
                supp = {}
        findings += check_document(item, config, suppressed=supp, text=text)
        if text is not None and len(paths) > 1:
            texts[item.source.path] = text
        if supp:
            corpus_supp[item.source.path] = supp
    warnings: list[str] = []
    if len(parsed) > 1:
        across = check_corpus(parsed, config, suppressed=corpus_supp, warnings=warnings, texts=texts)
        # (their columns and snippets)
        for where in {f.path for f in across}:
            text = texts.get(where)
            if text is not None:
                place([f for f in across if f.path == where], text)
        findings += across
    return CheckReport(findings, errors, len(paths), warnings)
