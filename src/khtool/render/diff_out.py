"""Render a PlanDiff: rich table, Markdown (word-level changes), JSON, self-contained HTML."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import IO, Any

from .. import patterns as P
from ..diff import PlanDiff, TaskMatch, lead_changes, word_diff
from ..models import REPORT_VERSION
from .labels import code, label
from .markdown import md_escape

SECTIONS = (
    "header",
    "citations",
    "sections",
    "tasks",
    "sectors",
    "indicators",
    "deadlines",
    "summary",
)


def to_json(d: PlanDiff) -> str:
    data = json.loads(d.model_dump_json())
    return json.dumps(
        {"report": "diff", "report_version": REPORT_VERSION}
        | {k: data[k] for k in SECTIONS}
        | {"funding": data["funding"], "a_path": d.a_path, "b_path": d.b_path},
        ensure_ascii=False,
        indent=2,
    )


# What ``--only`` may name; the human formats show those parts, JSON everything.
ONLY = ("added", "removed", "changed", "targets", "deadlines", "funding")


def _want(only: set[str] | None, *names: str) -> bool:
    return not only or any(n in only for n in names)


def print_table(d: PlanDiff, out: IO[str], only: set[str] | None = None, lang: str = "en") -> None:
    """The report as rich tables; ``lang`` the language of its words (the
    plans' own words, numbers and lines as they are)."""
    from rich.columns import Columns
    from rich.panel import Panel
    from rich.table import Table

    from .console import console

    L = partial(label, lang=lang)
    c = console(out, fit=True, highlight=False)
    if not only:
        t = Table(title=L("diff.headers"), title_justify="left")
        t.add_column(L("diff.field"))
        t.add_column(d.a_path or "A", overflow="fold")
        t.add_column(d.b_path or "B", overflow="fold")
        for k, v in d.header.items():
            t.add_row(code("field", k, lang), _header_value(k, v["a"], lang), _header_value(k, v["b"], lang))
        c.print(t)
        ca = "\n".join(f"  {x['id']}" for x in d.citations.only_a) or "  —"
        cb = "\n".join(f"  {x['id']}" for x in d.citations.only_b) or "  —"
        cm = "\n".join(f"  {_cited_both(x)}" for x in d.citations.common) or "  —"
        c.print(
            Columns(
                [
                    Panel(cm, title=L("diff.cited_both")),
                    Panel(ca, title=L("diff.only_a_cites")),
                    Panel(cb, title=L("diff.only_b_cites")),
                ]
            )
        )
        for line in _cites_other(d, lang) + _peer_lines(d, vi=lang == "vi"):
            c.print(line)
    groups = _task_groups(d)
    peers = _peers(d)
    if _want(only, "added", "removed", "changed"):
        rows = [s for s in d.sections if s.status != "same" and _section_wanted(only, s.status)]
        same = sum(s.status == "same" for s in d.sections)
        if rows:
            t = Table(title=L("diff.sections_title"), title_justify="left")
            for col in (L("col.status"), "A", "B", L("col.score")):
                t.add_column(col, overflow="fold")
            for s in rows:
                t.add_row(code("status", s.status, lang), s.a or "", s.b or "", f"{s.score:.2f}")
            c.print(t)
        if same and not only:
            c.print(L("diff.sections_same", n=same, all=L("diff.all") if not rows else ""))
        sectors = _sector_rows(d, only, lang)
        if sectors:
            t = Table(title=L("diff.sectors_title", n=len(d.sectors.common)), title_justify="left")
            for col in (L("col.sector"), "A", "B"):
                t.add_column(col, overflow="fold")
            for row in sectors:
                t.add_row(*row)
            c.print(t)
        if not only and (alike := _sectors_alike(d)):
            c.print(L("diff.sectors_same", n=alike))
        if d.sectors.b_of_other_level and _want(only, "added", "changed"):
            c.print(_other_level(d, lang))
        if d.sectors.above_b_level and not only:
            c.print(L("diff.for_information", x=_above_sectors(d, lang)))
    if _want(only, "added"):
        # (what B adds: its tasks A has none like, with their text and line)
        title = (
            L("diff.only_b_title", n=len(groups.added))
            if peers
            else L("diff.added_title", n=len(groups.added), cov=f"{d.tasks.coverage_b_by_a:.0%}")
        )
        t = Table(title=title, title_justify="left")
        for col in (L("col.line"), L("col.task_of_b"), L("col.closest_in_a"), L("col.score")):
            t.add_column(col, overflow="fold")
        for m in groups.added:
            t.add_row(str(m.line), m.text, (m.best or "")[:120], f"{m.score:.2f}")
        c.print(t if groups.added else L("diff.only_b_none") if peers else L("diff.added_none"))
    if _want(only, "removed", "changed"):
        lead, detail = _coverage(d, vi=lang == "vi")
        title = (
            L("diff.only_a_title", n=len(groups.gaps))
            if peers
            else L("diff.gaps_title", cov=lead + (f", {detail}" if detail else ""))
        )
        t = Table(title=title, title_justify="left")
        for col in (L("col.line"), L("col.task_of_a"), L("col.closest_in_b"), L("col.score")):
            t.add_column(col, overflow="fold")
        for m in groups.gaps:
            partly = L("diff.partly", x="; ".join(c[:60] for c in m.missing_clauses)) if m.partly else ""
            t.add_row(f"{m.line}{partly}", m.text, (m.best or "")[:120], f"{m.score:.2f}")
        c.print(t if groups.gaps else L("diff.none", title=title))
        if info := _info_tasks(d, lang):
            c.print(L("diff.not_gaps", x=info))
    if _want(only, "changed"):
        from rich.markup import escape

        t = Table(title=L("diff.changed_title", n=len(groups.changed)), title_justify="left")
        for col in (L("col.line"), "A → B", L("col.score")):
            t.add_column(col, overflow="fold")
        for m in groups.changed:
            t.add_row(f"{m.line} → {_b_lines(m)}", _changed_words(m, escape, lang), f"{m.score:.2f}")
        c.print(t if groups.changed else L("diff.changed_none"))
        leads, alike_leads = _lead_rows(d, lang)
        if leads:
            t = Table(title=L("diff.leads_title") + ("" if _one_level(d) else L("diff.between_levels")), title_justify="left")
            for col in (L("col.line"), L("col.a_leads"), L("col.b_leads"), L("col.change")):
                t.add_column(col, overflow="fold")
            for led in leads:
                t.add_row(*led)
            c.print(t)
        if alike_leads and not only:
            c.print(L("diff.leads_same", n=alike_leads))
    if not only:
        c.print(L("diff.tasks_same", n=len(groups.same)))
    if _want(only, "targets", "changed") and d.indicators:
        rows_i = [i for i in d.indicators if not _same_indicator(i)]
        alike_i = len(d.indicators) - len(rows_i)
        if rows_i:
            t = Table(title=L("diff.indicators"), title_justify="left")
            for col in (L("col.line"), "A", "B", L("col.status")):
                t.add_column(col)
            for i in rows_i:
                t.add_row(_row_lines(i.get("line_a"), i.get("line_b")), _targets_of(i, "a"), _targets_of(i, "b"), _indicator_status(i, peers, lang))
            c.print(t)
        if alike_i:
            c.print(L("diff.indicators_same", n=alike_i, all=L("diff.all") if not rows_i else ""))
    if _want(only, "deadlines", "changed") and d.deadlines:
        t = Table(title=L("diff.deadlines"), title_justify="left")
        for col in (L("col.line"), "A", "B", L("col.status")):
            t.add_column(col)
        for x in _changed_first(d.deadlines):
            if x["status"] != "above_b_level":
                t.add_row(_row_lines(_line(x.get("a")), _line(x.get("b"))), _dl(x.get("a"), lang), _dl(x.get("b"), lang), _deadline_status(x, lang))
        c.print(t)
        if above := _above_deadlines(d, lang):
            c.print(L("diff.above_deadlines", x=above))
    if _want(only, "funding") and (d.funding.get("only_a") or d.funding.get("only_b")):
        for side, k in (("A", "only_a"), ("B", "only_b")):
            if d.funding.get(k):  # (an empty list prints no line)
                c.print(L("diff.funding_only", side=side, x="; ".join(d.funding[k])))
    c.print(_summary(d, lang))


def _summary(d: PlanDiff, lang: str) -> str:
    summ = d.summary
    lead, detail = _coverage(d, vi=lang == "vi")
    tasks = (
        label(
            "diff.summary_peers", lang,
            both=_both_ways(summ, vi=lang == "vi"), ab=f"{d.tasks.coverage_a_by_b:.0%}", ba=f"{d.tasks.coverage_b_by_a:.0%}",
        )
        if _peers(d)
        else label("diff.summary_tasks", lang, cov=label("diff.cov_detail", lang, lead=lead, detail=detail) if detail else lead)
    )
    return label(
        "diff.summary", lang,
        common=summ["citations_common"], a=summ["citations_only_a"], b=summ["citations_only_b"],
        tasks=tasks, added=summ["sections_added"], removed=summ["sections_removed"],
    )


def _header_value(field: str, value: object, lang: str) -> str:
    """A header's value as the report gives it: a level by its name, in
    Vietnamese a date as dd/mm/yyyy."""
    if not value:
        return "-"
    if field == "level":
        return code("level", value, lang)
    if isinstance(value, list):  # (a joint text's co-issuers)
        return "; ".join(str(v) for v in value)
    return _when(value, lang) if field == "date" else str(value)


def _when(iso: object, lang: str) -> str:
    """An ISO date as the report's language writes it (English: as it is)."""
    return _date(iso) if lang == "vi" and iso else str(iso)


def _line(x: object) -> object:
    return x.get("line") if isinstance(x, dict) else None


def _row_lines(a: object, b: object) -> str:
    """A row's lines as the task rows give them: "23 → 28", "45 → —", "— → 19"."""
    return f"{a if a is not None else '—'} → {b if b is not None else '—'}"


def _peers(d: PlanDiff) -> bool:
    """Whether A and B are peers (one level, neither citing the other): the
    report compares them both ways, neither being the norm."""
    return bool(d.summary.get("peers"))


def _both_ways(s: dict[str, Any], vi: bool = False) -> str:
    """The task figures of a peer comparison, each side's: "A's tasks found
    in B 5 of 7 (only in A 2), B's found in A 3 of 6 (only in B 3); overlap
    62%". Each side's count is its own (a merged item of B's carrying two of
    A's is two of A's found and one of B's), so no one "in both" figure
    misleads."""
    fa, fb = s.get("tasks_a_found_in_b"), s.get("tasks_b_found_in_a")
    na, nb = s.get("tasks_a"), s.get("tasks_b")
    if fa is None or fb is None or na is None or nb is None:  # (a diff saved before these keys)
        fa, fb = s["tasks_in_both"], s["tasks_in_both"]
        na, nb = fa + s["tasks_only_a"], fb + s["tasks_only_b"]
    if vi:
        return (
            f"nhiệm vụ của A có ở B {fa}/{na} (chỉ A {s['tasks_only_a']}), của B có ở A {fb}/{nb}"
            f" (chỉ B {s['tasks_only_b']}); trùng {s['overlap']:.0%}"
        )
    return (
        f"A's tasks found in B {fa} of {na} (only in A {s['tasks_only_a']}), B's found in A {fb} of {nb}"
        f" (only in B {s['tasks_only_b']}); overlap {s['overlap']:.0%}"
    )


def _one_level(d: PlanDiff) -> bool:
    level = d.header.get("level") or {}
    return bool(level.get("a")) and level.get("a") == level.get("b")


def _peer_lines(d: PlanDiff, vi: bool = False) -> list[str]:
    """What a peer comparison is, and where a shortfall is measured: against
    the plan both carry out (``khtool diff PARENT A``), not one another."""
    if not _peers(d):
        return []
    s = d.summary
    level = (d.header.get("level") or {}).get("a")
    if vi:
        out = [
            f"A và B cùng cấp ({level}), không văn bản nào dẫn chiếu văn bản kia: so sánh ngang hàng — {_both_ways(s, vi=True)}"
        ]
        if s.get("common_parent"):
            out.append(
                f"Cả hai cùng thực hiện {s['common_parent']}: thiếu sót của mỗi kế hoạch được xét so với văn bản đó"
                f" (khtool diff <{s['common_parent']}> A; khtool diff <{s['common_parent']}> B)"
            )
        return out
    out = [
        f"A and B are peers ({level} plans, neither cites the other): compared both ways — {_both_ways(s)}"
    ]
    if s.get("common_parent"):
        out.append(
            f"Both carry out {s['common_parent']}: what either falls short of is shown by comparing each with it"
            f" (khtool diff <{s['common_parent']}> A; khtool diff <{s['common_parent']}> B)"
        )
    return out


def _who(leads: list[str], supports: list[str], lang: str = "en") -> str:
    """"Sở Y tế (with Sở Dân tộc và Tôn giáo, Hội Chữ thập đỏ tỉnh)"."""
    return (", ".join(leads) or "—") + (label("diff.with", lang, x=", ".join(supports)) if supports else "")


def _lead_rows(d: PlanDiff, lang: str = "en") -> tuple[list[tuple[str, str, str, str]], int]:
    """The matched tasks of A by who does them on each side: of one level,
    those whose lead differs ("Sở Y tế: lead → support"), and how many keep
    theirs; between levels each one whose bodies both sides name, for
    information (a province's Sở against a ward's Phòng is expected)."""
    rows = []
    alike = 0
    for m in d.tasks.a_to_b:
        if not m.covered or not (m.leads and m.best_leads):
            continue
        if m.lead_changes == []:  # (of one level, the same bodies lead; None: between levels)
            alike += 1
            continue
        moved = "; ".join(m.lead_changes or ())
        rows.append((f"{m.line} → {_b_lines(m)}", _who(m.leads, m.supports, lang), _who(m.best_leads, m.best_supports, lang), moved))
    # (B's items matched to one of A's that A's matched elsewhere, a task of
    # A split over B's items, each with its own lead: A's task 40 → B 24, and
    # B's item 25 carrying part of it led by another body; shown as 40 → 25)
    shown = {(m.line, x) for m in d.tasks.a_to_b if m.covered for x in _lines_of(m)}
    for m in d.tasks.b_to_a:
        if not m.covered or not m.lead_changes or any((x, m.line) in shown for x in _lines_of(m)):
            continue
        change = lead_changes(m.best_leads, m.best_supports, m.leads, m.supports)
        rows.append((f"{_b_lines(m)} → {m.line}", _who(m.best_leads, m.best_supports, lang), _who(m.leads, m.supports, lang), "; ".join(change)))
    return rows, alike


def _lines_of(m: TaskMatch) -> list[int]:
    """The other plan's lines a match's counterpart is on."""
    return m.split_over or ([m.best_line] if m.best_line is not None else [])


def _same_indicator(i: dict[str, Any]) -> bool:
    """An indicator the same in both, no year set by one side only."""
    return bool(i["status"] == "same" and not i.get("years_only_a") and not i.get("years_only_b") and not i.get("b_adds"))


@dataclass
class _Tasks:
    """The tasks as a drafter reads a diff: what B adds, what of A it drops
    (gaps; A's for information apart), what it changes, what it keeps word
    for word."""

    added: list[TaskMatch]
    gaps: list[TaskMatch]
    info: list[TaskMatch]
    changed: list[TaskMatch]
    same: list[TaskMatch]


def _task_groups(d: PlanDiff) -> _Tasks:
    g = _Tasks(list(d.tasks.uncovered_b), [], [], [], [])
    for m in d.tasks.a_to_b:
        if not m.covered:
            (g.info if _info(m) else g.gaps).append(m)
        elif _kept(m):
            g.same.append(m)
        else:
            g.changed.append(m)
    return g


def _kept(m: TaskMatch) -> bool:
    """A covered task B keeps word for word (spacing aside), at one place."""
    return (
        m.best is not None
        and not m.split_over
        and not m.done_by_issuing
        and not m.late_by_days
        and m.text.split() == m.best.split()
    )


def _b_lines(m: TaskMatch) -> str:
    if m.split_over:
        return ", ".join(map(str, m.split_over))
    return str(m.best_line) if m.best_line is not None else "—"


def _changed_words(m: TaskMatch, escape: Callable[[str], str], lang: str = "en") -> str:
    """A changed task in rich markup: A's words B drops struck through and
    "[-…-]", B's own green and "{+…+}"; B itself (the plan A asks for) or the lines it splits it over."""
    if m.done_by_issuing:
        when = (
            label("diff.days_late", lang, n=m.late_by_days)
            if m.late_by_days
            else label("diff.in_time" if m.in_time else "diff.no_due", lang)
        )
        return label("diff.b_is_it", lang, text=escape(m.text), date=escape(_when(m.done_by_issuing, lang)), when=when)
    if not m.best:
        return escape(m.text)
    return " ".join(
        # (marked in words too, as wdiff does, for a report read without colour)
        escape(t) if op == "=" else f"[red strike]{escape(f'[-{t}-]')}[/]" if op == "-" else f"[green]{escape(f'{{+{t}+}}')}[/]"
        for op, t in word_diff(m.text, m.best)
    )


def _sector_rows(d: PlanDiff, only: set[str] | None, lang: str = "en") -> list[tuple[str, str, str]]:
    """The sectors' rows that differ (each side's bodies), as ``only`` keeps
    them: those only B has (added), only A has (removed), both with other
    bodies (changed)."""
    rows: list[tuple[str, str, str]] = []
    if _want(only, "changed"):
        # (a side filing its bodies under another field says which: "Phòng
        # Kinh tế (as agriculture_environment)")
        rows += [
            (
                code("sector", x["sector"], lang),
                ", ".join(x["a"]) + _filed_as(x.get("a_as"), lang),
                ", ".join(x["b"]) + _filed_as(x.get("b_as"), lang),
            )
            for x in d.sectors.common
            if x["a"] != x["b"] or x.get("a_as") or x.get("b_as")
        ]
    if _want(only, "removed"):
        rows += [(code("sector", x["sector"], lang), ", ".join(x["agencies"]), "—") for x in d.sectors.only_a]
    if _want(only, "added"):
        rows += [(code("sector", x["sector"], lang), "—", ", ".join(x["agencies"])) for x in d.sectors.only_b]
    return rows


def _filed_as(sector: object, lang: str) -> str:
    """" (as agriculture_environment)": the field a side files a common
    body under, or " (as itself)", B's issuer doing it."""
    if not sector:
        return ""
    if sector == "itself":
        return label("diff.filed_as_itself", lang)
    return label("diff.filed_as", lang, x=code("sector", sector, lang))


def _sectors_alike(d: PlanDiff) -> int:
    return sum(x["a"] == x["b"] and not x.get("a_as") and not x.get("b_as") for x in d.sectors.common)


# What a report's coverage is of, by language: its lead and what it is of,
# filled with the share, the number of A's tasks it is of, and the whole's.
_COVERAGE_PHRASES = {
    "level": {
        "en": ("{share} at B's level", "of A's {n} tasks there; {whole} of all A's tasks"),
        "vi": ("{share} ở cấp của B", "trong {n} nhiệm vụ ở cấp đó; {whole} trong mọi nhiệm vụ của A"),
    },
    "part": {
        "en": ("{share} of B's part", "of A's {n} tasks for B; {whole} of all A's tasks"),
        "vi": ("{share} phần của B", "trong {n} nhiệm vụ thuộc phần của B; {whole} trong mọi nhiệm vụ của A"),
    },
}


def _coverage(d: PlanDiff, vi: bool = False) -> tuple[str, str | None]:
    """The coverage a report leads with, the one ``--fail-under`` checks,
    and what it is of: ("100% at B's level", "of A's 10 tasks there; 54% of
    all A's tasks") between levels, B's part of A where B's issuer is one of
    A's bodies, else the whole ("54%", None). ``vi``: in Vietnamese."""
    t = d.tasks
    whole = f"{t.coverage_a_by_b:.0%}"
    for of, share, n in (
        ("level", t.coverage_a_by_b_at_its_level, t.tasks_a_at_b_level),
        ("part", t.coverage_a_by_b_of_its_part, t.tasks_a_of_b),
    ):
        if share is not None:
            lead, detail = _COVERAGE_PHRASES[of]["vi" if vi else "en"]
            return lead.format(share=f"{share:.0%}"), detail.format(n=n, whole=whole)
    return whole, None


def _info_tasks(d: PlanDiff, lang: str = "en") -> str:
    """A's uncovered tasks that are not B's gaps, by their lines: "4 general
    tasks of A (lines 44, 46, 48, 50); 1 task above B's level (line 56)"."""
    info = [m for m in d.tasks.uncovered_a if _info(m)]
    general = [str(m.line) for m in info if m.general and not m.above_b_level]
    above = [str(m.line) for m in info if m.above_b_level]
    others = [str(m.line) for m in info if m.other_body]
    return "; ".join(
        label(
            "diff.info_lines_n" if len(lines) > 1 else "diff.info_lines",
            lang,
            n=len(lines),
            what=label(f"diff.info_{what}_n" if len(lines) > 1 else f"diff.info_{what}", lang),
            lines=", ".join(lines),
        )
        for lines, what in ((general, "general"), (above, "above"), (others, "other"))
        if lines
    )


def _info(m: TaskMatch) -> bool:
    """An uncovered task of A told for information, no gap of B's (one
    counted in the coverage at B's level is a gap: a task a body above leads
    with B's level's body named alone among its supporters)."""
    return (m.above_b_level or m.general or m.other_body) and not m.at_b_level


def _above_sectors(d: PlanDiff, lang: str = "en") -> str:
    """"sectors of A's own bodies above B's level: border_guard (Bộ Chỉ huy …), …"."""
    return label(
        "diff.above_sectors",
        lang,
        list="; ".join(
            f"{code('sector', s['sector'], lang)} ({', '.join(s['agencies'])}"
            + (label("diff.in_b", lang, x=", ".join(s["b"])) if s.get("b") else "")
            + ")"
            for s in d.sectors.above_b_level
        ),
    )


def _other_level(d: PlanDiff, lang: str = "en") -> str:
    """"B gives tasks to bodies not of its level (a part copied from a plan
    above?): Các sở, ban, ngành (above B's level); …"."""
    kinds = {"above": label("diff.kind_above", lang), "peers": label("diff.kind_peers", lang)}
    return label(
        "diff.other_level",
        lang,
        list="; ".join(f"{x['agency']} ({kinds.get(x['kind'], x['kind'])})" for x in d.sectors.b_of_other_level),
    )


def _changed_first(deadlines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The deadlines that differ before those the same in both (stable)."""
    return sorted(deadlines, key=_is_same)


def _is_same(x: dict[str, Any]) -> bool:
    return bool(x["status"] == "same")


def _above_deadlines(d: PlanDiff, lang: str = "en") -> str:
    return "; ".join(_dl(x.get("a"), lang) for x in d.deadlines if x["status"] == "above_b_level")


def _cites_other(d: PlanDiff, lang: str = "en") -> list[str]:
    """"B carries out A (45/KH-UBND), citing it with the date 12/01/2026
    where A is dated 20/01/2026"; "B does not cite A (46/KH-UBND)"; "B gives
    an account of A …" and B's recommendations, apart from its tasks."""
    out = [label("diff.not_cite", lang, id=d.citations.b_does_not_cite_a)] if d.citations.b_does_not_cite_a else []
    for side, who, whom in (("b_cites_a", "B", "A"), ("a_cites_b", "A", "B")):
        c = getattr(d.citations, side)
        if not c:
            continue
        slip = label("diff.cited_as", lang, x=c["cited_as"]) if c.get("cited_as") else ""
        line = label("diff.cites", lang, who=who, whom=whom, id=c["id"], slip=slip, relation=code("relation", c["relation"], lang))
        if c["date_agrees"] is False:
            line += label("diff.cited_date", lang, cited=_date(c["cited_date"]), whom=whom, date=_date(c["date"]))
        if c.get("issued_late_by_days"):
            line += label("diff.issued_late", lang, whom=whom, who=who, due=_date(c["plans_due"]), n=c["issued_late_by_days"])
        out.append(line)
    if d.summary.get("b_accounts_for_a"):
        out.append(label("diff.b_accounts", lang))
    if d.tasks.recommended_b:
        asked = "; ".join(f"{r['line']}: {', '.join(r['to'])}" for r in d.tasks.recommended_b)
        out.append(label("diff.recommended_b", lang, n=len(d.tasks.recommended_b), x=asked))
    return out


def _date(iso: object) -> str:
    return "/".join(reversed(str(iso).split("-"))) if iso else "—"


def _targets_of(i: dict[str, object], side: str) -> str:
    name = i.get(side)
    if name is None:
        return "—"
    targets = i.get(f"targets_{side}") or []
    values = [
        # (a goal with no figure by its direction: "complete (2027)")
        (f"{t['value']:g}{t['unit'] or ''}" if t.get("value") is not None else str(t.get("direction") or ""))
        + (f" ({t['year']})" if t.get("year") else "")
        for t in targets  # type: ignore[attr-defined]
        if t.get("value") is not None or t.get("direction")
    ]
    return f"{name}: {', '.join(values)}" if values else str(name)


# What the comparison of two indicators' targets says of B (a label's key).
_VERDICTS = {"stricter": "verdict.stricter", "weaker": "verdict.weaker", "mixed": "verdict.mixed", "dropped": "verdict.dropped"}


# Of two peers (neither carrying the other out): B's targets against A's by
# their values alone, no plan being the norm.
_PEER_VERDICTS = {(True,): "verdict.lower", (False,): "verdict.higher", (False, True): "verdict.higher_lower"}


def _indicator_status(i: dict[str, object], peers: bool = False, lang: str = "en") -> str:
    return _indicator_verdict(i, peers, lang) + _years_only(i, lang)


def _years_only(i: dict[str, object], lang: str = "en") -> str:
    """"; only A sets 2027": the years one side sets a target for and the other not."""
    return "".join(
        label("verdict.years_only", lang, side=side, years=", ".join(map(str, years)))
        for side, years in (("A", i.get("years_only_a")), ("B", i.get("years_only_b")))
        if isinstance(years, list) and years
    )


def _indicator_verdict(i: dict[str, object], peers: bool, lang: str = "en") -> str:
    v = i.get("verdict")
    if not v:
        adds: Any = i.get("b_adds")
        if i["status"] == "same" and adds:
            # (B keeps A's targets and sets more of its own)
            return label("verdict.same_b_adds", lang, x=", ".join(map(str, adds)))
        if i["status"] == "same" and (i.get("years_only_a") or i.get("years_only_b")):
            # (the years both set agree)
            targets: Any = i.get("targets_a") or []
            only_a: Any = i.get("years_only_a") or []
            both = sorted({t["year"] for t in targets if t.get("year")} - set(only_a))
            return label("verdict.same_for", lang, years=", ".join(map(str, both))) if both else code("status", "same", lang)
        if i.get("level_share"):
            return label("verdict.level_share", lang)
        if i["status"] == "not_comparable" and any(i.get(k) for k in ("per_unit_a", "per_unit_b", "increment_a", "increment_b")):
            return label("verdict.scales_differ", lang)
        return code("status", i["status"], lang)
    # (the sub-targets that differ, B's first: "B weaker (trên 80% < trên 90%)")
    pairs = [
        f"{p['b']} {'<' if p['b_lower'] else '>'} {p['a']}"
        for p in i.get("differ") or []  # type: ignore[attr-defined]
    ]
    dropped = ", ".join(i.get("dropped") or [])  # type: ignore[arg-type]
    # (measures B's indicator sets beside those both set)
    also: Any = i.get("b_adds")
    more = label("verdict.b_also", lang, x=", ".join(map(str, also))) if also else ""
    if v == "dropped":
        return label("verdict.only_a_sets" if peers else "verdict.b_drops", lang, x=dropped)
    if peers:
        lower = tuple(sorted({bool(p["b_lower"]) for p in i.get("differ") or []}))  # type: ignore[attr-defined]
        said = label(_PEER_VERDICTS.get(lower, "verdict.differ"), lang) + (f" ({'; '.join(pairs)})" if pairs else "")
        return said + ("; " + label("verdict.only_a_sets", lang, x=dropped) if dropped else "") + more
    said = (label(_VERDICTS[str(v)], lang) if str(v) in _VERDICTS else code("status", i["status"], lang)) + (
        f" ({'; '.join(pairs)})" if pairs else ""
    )
    return said + (label("verdict.drops", lang, x=dropped) if dropped else "") + more


def _cited_both(x: dict[str, object]) -> str:
    """A document both plans cite, with what changed in how they cite it
    ("48/KH-UBND (date added (2026-01-20))")."""
    changes = x.get("changes")
    said = "; ".join(str(c) for c in changes) if isinstance(changes, list) else ""
    return f"{x['id']} ({said})" if said else str(x["id"])


def _deadline_status(x: dict[str, object], lang: str = "en") -> str:
    L = partial(label, lang=lang)
    if x["status"] in ("met", "late", "no_due_date"):
        # (A's date for plans of B's level, which B is; none A gives it, or
        # one dropped as a slip of its year: no verdict)
        late = L(
            "dl.comma",
            x=L("diff.days_late", n=x["late_by_days"])
            if x.get("late_by_days")
            else L("diff.in_time")
            if x["status"] == "met"
            else L("diff.no_due"),
        )
        month = _month_later(x, lang)
        return L("dl.b_issued", date=_date(x.get("done_by_issuing")), late=late) + (L("dl.b_date", x=month) if month else "")
    if x["status"] == "above_b_level":
        return L("diff.kind_above")
    if x["status"] == "b_undated":  # (a year-only date of issue: no verdict rests on it)
        return code("status", "b_undated", lang) if lang != "en" else str(x.get("note") or "B undated (draft)")
    days = x.get("b_later_by_days")
    if isinstance(days, int) and days:
        return L("dl.later", n=days) if days > 0 else L("dl.earlier", n=-days)
    month = _month_later(x, lang)
    return L("dl.b_month", x=month) if month else code("status", x["status"], lang)


def _month_later(x: dict[str, object], lang: str = "en") -> str | None:
    """B's month without its day against A's day: later by at least N days
    (the month starts after A's date), possibly later by at most N (it holds
    A's date), or the same period."""
    least, most = x.get("b_later_by_days_at_least"), x.get("b_later_by_days_at_most")
    b = x.get("b")
    # (a quarter is a span of three months, "Quý II/2026" 1/4 to 30/6)
    quarter = isinstance(b, dict) and P.QUARTER_WRITTEN.search(str(b.get("text") or ""))
    period = label("dl.quarter" if quarter else "dl.month", lang)
    if isinstance(least, int):
        return label("dl.at_least", lang, n=least, s="s" * (least != 1), period=period)
    if isinstance(most, int):
        if most > 0:
            return label("dl.at_most", lang, n=most, s="s" * (most != 1), period=period)
        return label("dl.same_period", lang, period=period)
    return None


def _dl(x: object, lang: str = "en") -> str:
    if not isinstance(x, dict):
        return "—"
    day, month, year = x.get("day"), x.get("month"), x.get("year")
    text = str(x.get("text") or "")
    quarter = P.QUARTER_WRITTEN.search(text) if not day and ("uý" in text or "UÝ" in text) else None
    when = (
        # (a quarter as written, not the month it ends in: "quý I/2026")
        _quarter(quarter[0], year)
        if quarter
        else "/".join(str(v) for v in (day, month or "..", year) if v)
        if day
        # (a month or quarter's end: "Quý II/2026" is due in month 6)
        else f"tháng {month}" + (f"/{year}" if year else "")
        if month
        else str(year)
        if year
        # (no date: its words, "chậm nhất 10 ngày kể từ …")
        else (text if len(text) <= 60 else text[:59] + "…")
    )
    again = label("dl.also", lang, x=", ".join(map(str, x["also_at"]))) if x.get("also_at") else ""
    recurrence = code("recurrence", x["recurrence"], lang) if x.get("recurrence") else ""
    return f"{when} {x.get('due') or ''} ({recurrence}){again}".strip()


def _quarter(written: str, year: object) -> str:
    """"Quý I/2026" as "quý I/2026"; "trong quý IV" of a dated plan as "quý IV/2026"."""
    period = " ".join(written.split()[1:])
    return f"quý {period}" + (f"/{year}" if year and str(year) not in period else "")


def _md_words(a: str, b: str) -> str:
    parts = []
    for op, text in word_diff(a, b):
        t = md_escape(text)
        parts.append(t if op == "=" else f"~~{t}~~" if op == "-" else f"**{t}**")
    return " ".join(parts)


def _section_wanted(only: set[str] | None, status: str) -> bool:
    return not only or status in only or ("changed" in only and status == "moved")


def to_markdown(d: PlanDiff, only: set[str] | None = None, lang: str = "en") -> str:
    """The report in Markdown; ``only`` (names of ``ONLY``) keeps those parts,
    as the table does. Its headings are Vietnamese; ``lang`` "vi" gives its
    codes (statuses, sectors, fields) and verdicts in Vietnamese too."""
    out = [f"# So sánh kế hoạch: {md_escape(d.a_path or 'A')} ↔ {md_escape(d.b_path or 'B')}", ""]
    if not only:
        out += ["| Trường | A | B |", "|---|---|---|"]
        out += [
            f"| {code('field', k, lang)} | {md_escape(_header_value(k, v['a'], lang) if v['a'] else '')} | {md_escape(_header_value(k, v['b'], lang) if v['b'] else '')} |"
            for k, v in d.header.items()
        ]
        out += [
            "",
            "## Văn bản dẫn chiếu",
            "",
            f"- Chung: {', '.join(md_escape(_cited_both(x)) for x in d.citations.common) or '—'}",
            f"- Chỉ A: {', '.join(md_escape(str(x['id'])) for x in d.citations.only_a) or '—'}",
            f"- Chỉ B: {', '.join(md_escape(str(x['id'])) for x in d.citations.only_b) or '—'}",
            *(f"- {md_escape(line)}" for line in _cites_other(d, lang) + _peer_lines(d, vi=True)),
        ]
    if _want(only, "added", "removed", "changed"):
        # (what changed first; what B keeps word for word counted, folded)
        out += _md_tasks(d, only, lang)
        rows = [s for s in d.sections if s.status != "same" and _section_wanted(only, s.status)]
        same = sum(s.status == "same" for s in d.sections)
        out += ["", "## Bố cục", ""] + [f"- {code('status', s.status, lang)}: {md_escape(s.a or '—')} ↔ {md_escape(s.b or '—')}" for s in rows]
        if same and not only:
            out.append(f"- {same} phần giữ nguyên")
        elif not rows:
            out.append("- không có thay đổi")
        out += _md_sectors(d, only, lang)
    if _want(only, "targets", "changed"):
        rows_i = [i for i in d.indicators if not _same_indicator(i)]
        out += ["", "## Chỉ tiêu", ""] + [
            f"- {_indicator_status(i, _peers(d), lang)}: {md_escape(_targets_of(i, 'a'))} ↔ {md_escape(_targets_of(i, 'b'))}"
            for i in rows_i
        ]
        if alike := len(d.indicators) - len(rows_i):
            # (after what changed, each kept one under the count)
            out.append(f"- {alike} chỉ tiêu giống nhau" + (" (tất cả)" if not rows_i else "") + ":")
            out += [
                f"  - {_indicator_status(i, lang=lang)}: {md_escape(_targets_of(i, 'a'))} ↔ {md_escape(_targets_of(i, 'b'))}"
                for i in d.indicators
                if _same_indicator(i) and not only
            ]
        elif not d.indicators:
            out.append("- không có chỉ tiêu")
    if _want(only, "deadlines", "changed"):
        # (A's deadlines above B's level last, for information)
        out += ["", "## Thời hạn", ""] + [
            f"- {_deadline_status(x, lang)}: {md_escape(_dl(x.get('a'), lang))} ↔ {md_escape(_dl(x.get('b'), lang))}"
            for x in sorted(_changed_first(d.deadlines), key=lambda x: x["status"] == "above_b_level")
        ]
    if only and "funding" in only:
        out += ["", "## Kinh phí", ""] + [
            f"- chỉ {side}: {md_escape(x)}"
            for side, k in (("A", "only_a"), ("B", "only_b"))
            for x in d.funding.get(k, [])
        ]
    return "\n".join(out) + "\n"


def _md_tasks(d: PlanDiff, only: set[str] | None, lang: str = "en") -> list[str]:
    g = _task_groups(d)
    lead, detail = _coverage(d, vi=True)
    peers, s = _peers(d), d.summary
    out = [
        "",
        f"## Nhiệm vụ ({_both_ways(s, vi=True)})"
        if peers
        else f"## Nhiệm vụ (A được B bao quát {lead}" + (f", {detail})" if detail else ")"),
    ]
    if _want(only, "added"):
        out += ["", f"### Chỉ có ở B ({len(g.added)})" if peers else f"### B thêm ({len(g.added)}, A không có)", ""]
        out += [f"- dòng {m.line}: {md_escape(m.text)}" for m in g.added] or ["- không có"]
    if _want(only, "removed"):
        out += ["", f"### Chỉ có ở A ({len(g.gaps)})" if peers else f"### Của A, B chưa bao quát ({len(g.gaps)})", ""]
        for m in g.gaps:
            if peers:
                out.append(f"- dòng {m.line}: {md_escape(m.text)}")
            elif m.partly:
                miss = "; ".join(m.missing_clauses)
                out.append(f"- dòng {m.line} **bao quát một phần**: {md_escape(m.text)} — thiếu: {md_escape(miss)}")
            else:
                out.append(f"- dòng {m.line} **chưa được bao quát**: {md_escape(m.text)}")
        if not g.gaps:
            out.append("- không có")
    if _want(only, "changed"):
        out += ["", f"### Thay đổi ({len(g.changed)})", ""]
        for m in g.changed:
            if m.done_by_issuing:
                when = f"chậm {m.late_by_days} ngày" if m.late_by_days else "đúng hạn" if m.in_time else "không có hạn để xét"
                out.append(f"- dòng {m.line}: {md_escape(m.text)} — **B là văn bản đó**, ban hành {_when(m.done_by_issuing, lang)} ({when})")
            elif m.split_over:
                lines = ", ".join(str(x) for x in m.split_over)
                each = "từng ý " if len(m.split_over) > 1 else ""
                out.append(f"- dòng {m.line}: {md_escape(m.text)} — B thực hiện {each}tại dòng {lines}")
            else:
                out.append(f"- dòng {m.line} → {m.best_line} ({m.score:.2f}): {_md_words(m.text, m.best or '')}")
        if not g.changed:
            out.append("- không có")
        rows, alike = _lead_rows(d, lang)
        if rows or alike:
            out += ["", "### Cơ quan chủ trì" + ("" if _one_level(d) else " (khác cấp: để tham khảo)"), ""]
            out += [
                f"- dòng {line}: {md_escape(a)} ↔ {md_escape(b)}" + (f" — **{md_escape(change)}**" if change else "")
                for line, a, b, change in rows
            ]
            if alike:
                out.append(f"- {alike} nhiệm vụ cùng cơ quan chủ trì")
    if not only and g.same:
        # (folded: a drafter opens it only to check)
        out += ["", f"### Giữ nguyên ({len(g.same)})", "", "<details><summary>Xem danh sách</summary>", ""]
        out += [f"- dòng {m.line}: {md_escape(m.text)}" for m in g.same]
        out += ["", "</details>"]
    if g.info and _want(only, "removed"):
        out += ["", "### Để tham khảo (không tính là thiếu)", ""]
        out += [
            f"- dòng {m.line} ({'việc của cơ quan cấp trên B' if m.above_b_level else 'việc của cơ quan khác' if m.other_body else 'nhiệm vụ chung'}): {md_escape(m.text)}"
            for m in g.info
        ]
    return out


def _md_sectors(d: PlanDiff, only: set[str] | None, lang: str = "en") -> list[str]:
    out = ["", "## Lĩnh vực", ""]
    if _want(only, "changed"):
        out += [
            f"- {code('sector', s['sector'], lang)}: {md_escape(', '.join(s['a']))} ↔ {md_escape(', '.join(s['b']))}"
            + "".join(f" ({side}: {code('sector', s[k], lang)})" for side, k in (("ở A", "a_as"), ("ở B", "b_as")) if s.get(k))
            for s in d.sectors.common
            if s["a"] != s["b"] or s.get("a_as") or s.get("b_as")
        ]
    if _want(only, "removed"):
        out += [f"- chỉ A: {code('sector', s['sector'], lang)} ({md_escape(', '.join(s['agencies']))})" for s in d.sectors.only_a]
    if _want(only, "added"):
        out += [f"- chỉ B: {code('sector', s['sector'], lang)} ({md_escape(', '.join(s['agencies']))})" for s in d.sectors.only_b]
    kinds = {"above": "cấp trên của B", "peers": "các đơn vị cùng cấp của B"}
    if _want(only, "added", "changed"):
        out += [
            f"- B giao nhiệm vụ cho cơ quan không thuộc cấp của B (có lẽ chép từ kế hoạch cấp trên): "
            f"{md_escape(x['agency'])} ({kinds.get(x['kind'], x['kind'])})"
            for x in d.sectors.b_of_other_level
        ]
    if not only:
        alike = sum(s["a"] == s["b"] and not s.get("a_as") and not s.get("b_as") for s in d.sectors.common)
        if alike:
            out.append(f"- {alike} lĩnh vực giữ nguyên")
        out += [
            f"- để tham khảo, trên cấp của B: {code('sector', s['sector'], lang)} ({md_escape(', '.join(s['agencies']))})"
            + (f"; ở B: {md_escape(', '.join(s['b']))}" if s.get("b") else "")
            for s in d.sectors.above_b_level
        ]
    if len(out) == 3:
        out.append("- không có thay đổi")
    return out


def _html_task_row(m: TaskMatch, peers: bool = False, lang: str = "en") -> str:
    e = html.escape
    L = partial(label, lang=lang)
    if m.done_by_issuing:
        when = L("diff.late_by", n=m.late_by_days) if m.late_by_days else L("diff.in_time") if m.in_time else L("diff.no_due")
        return f"<tr class='{'miss' if m.late_by_days else 'ok' if m.in_time else ''}'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(L('html.b_itself', date=_when(m.done_by_issuing, lang)))}</td><td></td><td>{when}</td></tr>"
    if m.covered and m.best:
        cells = "".join(
            f"<span class='{'del' if op == '-' else 'ins' if op == '+' else ''}'>{e(t)}</span> "
            for op, t in word_diff(m.text, m.best)
        )
        return f"<tr class='ok'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(m.best)}</td><td>{m.score:.2f}</td><td>{cells}</td></tr>"
    what = L("html.only_in_a") if peers else L("html.partly") if m.partly else L("html.not_covered")
    return f"<tr class='miss'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(m.best or '')}</td><td>{m.score:.2f}</td><td>{what}</td></tr>"


def to_html(d: PlanDiff, only: set[str] | None = None, lang: str = "en") -> str:
    """A self-contained HTML page; ``only`` (names of ``ONLY``) keeps those
    parts, as the table does; ``lang`` the language of its words."""
    e = html.escape
    L = partial(label, lang=lang)
    g = _task_groups(d)
    peers = _peers(d)
    rows = [_html_task_row(m, peers, lang) for m in g.gaps] if _want(only, "removed") else []
    rows += [_html_task_row(m, lang=lang) for m in g.changed] if _want(only, "changed") else []
    same = "".join(_html_task_row(m, lang=lang) for m in g.same)
    added = "".join(
        f"<tr class='add'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(m.best or '')}</td><td>{m.score:.2f}</td></tr>"
        for m in g.added
    )
    head = "".join(
        f"<tr><th>{e(code('field', k, lang))}</th><td>{e(_header_value(k, v['a'], lang) if v['a'] else '')}</td>"
        f"<td>{e(_header_value(k, v['b'], lang) if v['b'] else '')}</td></tr>"
        for k, v in d.header.items()
    )
    sectors = "".join(
        f"<li{'' if a != '—' and b != '—' else ' class=miss'}>{e(sec)}: {e(a)} ↔ {e(b)}</li>"
        for sec, a, b in _sector_rows(d, only, lang)
    )
    if not only and (alike := _sectors_alike(d)):
        sectors += f"<li>{e(L('html.same_in_both', n=alike))}</li>"
    if d.sectors.b_of_other_level and _want(only, "added", "changed"):
        sectors += f"<li class='miss'>{e(_other_level(d, lang))}</li>"
    if d.sectors.above_b_level and not only:
        sectors += f"<li>{e(L('diff.for_information', x=_above_sectors(d, lang)))}</li>"
    cites = "".join(f"<li>{e(_cited_both(x))}</li>" for x in d.citations.common)
    cites += "".join(
        f"<li>{e(L('html.only_side', side=side, x=str(x['id'])))}</li>"
        for side, group in (("A", d.citations.only_a), ("B", d.citations.only_b))
        for x in group
    )
    cites += "".join(f"<li><b>{e(line)}</b></li>" for line in _cites_other(d, lang) + _peer_lines(d, vi=lang == "vi"))
    indicators = "".join(
        f"<tr><td>{e(_indicator_status(i, peers, lang))}</td><td>{e(_targets_of(i, 'a'))}</td><td>{e(_targets_of(i, 'b'))}</td></tr>"
        for i in d.indicators
        if not _same_indicator(i)
    )
    if alike := sum(_same_indicator(i) for i in d.indicators):
        kept_i = "".join(
            f"<li>{e(_targets_of(i, 'a'))}</li>" for i in d.indicators if _same_indicator(i)
        )
        indicators += (
            f"<tr><td colspan='3'><details><summary>{e(L('html.n_same', n=alike, all=L('diff.all') if alike == len(d.indicators) else ''))}"
            f"</summary><ul>{kept_i}</ul></details></td></tr>"
        )
    deadlines = "".join(
        f"<tr><td>{e(_deadline_status(x, lang))}</td><td>{e(_dl(x.get('a'), lang))}</td><td>{e(_dl(x.get('b'), lang))}</td></tr>"
        for x in _changed_first(d.deadlines)
        if x["status"] != "above_b_level"
    )
    if above := _above_deadlines(d, lang):
        deadlines += f"<tr><td colspan='3'>{e(L('diff.above_deadlines', x=above))}</td></tr>"
    info = _info_tasks(d, lang)
    status, line, score = L("col.status"), L("col.line"), L("col.score")
    parts = []
    if not only:
        parts.append(f"""<table><tr><th></th><th>A</th><th>B</th></tr>{head}</table>
<h2>{L("html.citations")}</h2><ul>{cites}</ul>""")
    if _want(only, "added", "removed", "changed"):
        if _want(only, "added"):
            parts.append(
                f"<h2>{e(L('diff.only_b_title' if peers else 'html.added_title', n=len(g.added)))}</h2>"
                + (
                    f"<table><tr><th>{line}</th><th>B</th><th>{L('col.closest_in_a')}</th><th>{score}</th></tr>{added}</table>"
                    if added
                    else f"<p>{L('html.none')}</p>"
                )
            )
        sections = "".join(
            f"<li>{e(code('status', s.status, lang))}: {e(s.a or '—')} ↔ {e(s.b or '—')}</li>"
            for s in d.sections
            if s.status != "same" and _section_wanted(only, s.status)
        )
        if (kept := sum(s.status == "same" for s in d.sections)) and not only:
            sections += f"<li>{e(L('html.n_same', n=kept, all=''))}</li>"
        parts.append(f"<h2>{L('html.sections')}</h2><ul>{sections}</ul>" if sections else "")
        parts.append(f"<h2>{L('html.sectors')}</h2><ul>{sectors}</ul>" if sectors else "")
    if _want(only, "targets", "changed"):
        parts.append(f"<h2>{L('diff.indicators')}</h2><table><tr><th>{status}</th><th>A</th><th>B</th></tr>{indicators}</table>")
    if _want(only, "deadlines", "changed"):
        parts.append(f"<h2>{L('diff.deadlines')}</h2><table><tr><th>{status}</th><th>A</th><th>B</th></tr>{deadlines}</table>")
    if _want(only, "removed", "changed"):
        lead, detail = _coverage(d, vi=lang == "vi")
        # (the gaps and changes first; the tasks B keeps word for word folded)
        told = L("html.told", gaps=len(g.gaps), what=L("html.only_in_a" if peers else "html.not_covered"), changed=len(g.changed)) if not only else ""
        s = d.summary
        heading = (
            L("html.tasks_peers", both=_both_ways(s, vi=lang == "vi"))
            if peers
            else L("html.tasks", cov=lead + (f", {detail}" if detail else ""))
        )
        parts.append(f"""<h2>{e(heading)}</h2>
{f"<p>{e(L('html.told_same', told=told, n=len(g.same)))}</p>" if told else ""}
<table><tr><th>{line}</th><th>A</th><th>{L("col.closest_in_b")}</th><th>{score}</th><th>{L("html.changes")}</th></tr>{"".join(rows)}</table>
{f"<details><summary>{e(L('html.tasks_same', n=len(g.same)))}</summary><table>{same}</table></details>" if same and not only else ""}
{f"<p>{e(L('diff.not_gaps', x=info))}</p>" if info and _want(only, "removed") else ""}""")
        lead_rows, alike_leads = _lead_rows(d, lang)
        if (lead_rows or alike_leads) and _want(only, "changed"):
            cells = "".join(
                f"<tr{' class=miss' if change else ''}><td>{e(line)}</td><td>{e(a)}</td><td>{e(b)}</td><td>{e(change)}</td></tr>"
                for line, a, b, change in lead_rows
            )
            parts.append(
                f"<h2>{e(L('diff.leads_title'))}{'' if _one_level(d) else e(L('diff.between_levels'))}</h2>"
                f"<table><tr><th>{L('col.line')}</th><th>{e(L('col.a_leads'))}</th><th>{e(L('col.b_leads'))}</th><th>{L('col.change')}</th></tr>{cells}</table>"
                + (f"<p>{e(L('html.leads_same', n=alike_leads))}</p>" if alike_leads else "")
            )
    if only and "funding" in only:
        funding = "".join(
            f"<li>{e(L('html.only_side', side=side, x=x))}</li>"
            for side, k in (("A", "only_a"), ("B", "only_b"))
            for x in d.funding.get(k, [])
        )
        parts.append(f"<h2>{L('html.funding')}</h2><ul>{funding}</ul>")
    body = "\n".join(p for p in parts if p)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>khtool diff</title><style>
body{{font:14px Helvetica,Arial,sans-serif;margin:16px;color:#222}} table{{border-collapse:collapse;width:100%;margin:8px 0}}
td,th{{border:1px solid #ddd;padding:4px;vertical-align:top}} tr.miss,li.miss{{background:#fdecea}} tr.add{{background:#e8f5e9}} tr.ok td:nth-child(4){{color:#2e7d32}}
.del{{background:#ffd7d5;text-decoration:line-through}} .ins{{background:#d4f7d4}}
</style></head><body>
<h1>{e(d.a_path or "A")} ↔ {e(d.b_path or "B")}</h1>
{body}
</body></html>
"""
