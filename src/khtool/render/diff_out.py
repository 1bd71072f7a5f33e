"""Render a PlanDiff: rich table, Markdown (word-level changes), JSON, self-contained HTML."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from .. import patterns as P
from ..diff import PlanDiff, TaskMatch, lead_changes, word_diff
from ..models import REPORT_VERSION
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


def print_table(d: PlanDiff, out: IO[str], only: set[str] | None = None) -> None:
    from rich.columns import Columns
    from rich.panel import Panel
    from rich.table import Table

    from .console import console

    c = console(out, fit=True, highlight=False)
    if not only:
        t = Table(title="Headers", title_justify="left")
        t.add_column("Field")
        t.add_column(d.a_path or "A", overflow="fold")
        t.add_column(d.b_path or "B", overflow="fold")
        for k, v in d.header.items():
            t.add_row(k, str(v["a"] or "-"), str(v["b"] or "-"))
        c.print(t)
        ca = "\n".join(f"  {x['id']}" for x in d.citations.only_a) or "  —"
        cb = "\n".join(f"  {x['id']}" for x in d.citations.only_b) or "  —"
        cm = "\n".join(f"  {_cited_both(x)}" for x in d.citations.common) or "  —"
        c.print(
            Columns(
                [
                    Panel(cm, title="cited by both"),
                    Panel(ca, title="only A cites"),
                    Panel(cb, title="only B cites"),
                ]
            )
        )
        for line in _cites_other(d) + _peer_lines(d):
            c.print(line)
    groups = _task_groups(d)
    peers = _peers(d)
    if _want(only, "added", "removed", "changed"):
        rows = [s for s in d.sections if s.status != "same" and _section_wanted(only, s.status)]
        same = sum(s.status == "same" for s in d.sections)
        if rows:
            t = Table(title="Sections (aligned by meaning)", title_justify="left")
            for col in ("Status", "A", "B", "Score"):
                t.add_column(col, overflow="fold")
            for s in rows:
                t.add_row(s.status, s.a or "", s.b or "", f"{s.score:.2f}")
            c.print(t)
        if same and not only:
            c.print(f"Sections: {same} the same{' (all)' if not rows else ''}.")
        sectors = _sector_rows(d, only)
        if sectors:
            t = Table(title=f"Sectors: {len(d.sectors.common)} in both", title_justify="left")
            for col in ("Sector", "A", "B"):
                t.add_column(col, overflow="fold")
            for row in sectors:
                t.add_row(*row)
            c.print(t)
        if not only and (alike := _sectors_alike(d)):
            c.print(f"Sectors: {alike} the same in both.")
        if d.sectors.b_of_other_level and _want(only, "added", "changed"):
            c.print(_other_level(d))
        if d.sectors.above_b_level and not only:
            c.print(f"For information, {_above_sectors(d)}")
    if _want(only, "added"):
        # (what B adds: its tasks A has none like, with their text and line)
        title = (
            f"Tasks only in B ({len(groups.added)})"
            if peers
            else f"Tasks added in B, not in A ({len(groups.added)}; coverage of B by A {d.tasks.coverage_b_by_a:.0%})"
        )
        t = Table(title=title, title_justify="left")
        for col in ("Line", "Task of B", "Closest in A", "Score"):
            t.add_column(col, overflow="fold")
        for m in groups.added:
            t.add_row(str(m.line), m.text, (m.best or "")[:120], f"{m.score:.2f}")
        c.print(t if groups.added else "Tasks only in B: none." if peers else "Tasks added in B, not in A: none.")
    if _want(only, "removed", "changed"):
        lead, detail = _coverage(d)
        title = (
            f"Tasks only in A ({len(groups.gaps)})"
            if peers
            else f"Tasks of A not covered by B (coverage {lead}" + (f", {detail})" if detail else ")")
        )
        t = Table(title=title, title_justify="left")
        for col in ("Line", "Task of A", "Closest in B", "Score"):
            t.add_column(col, overflow="fold")
        for m in groups.gaps:
            partly = " (partly: " + "; ".join(c[:60] for c in m.missing_clauses) + ")" if m.partly else ""
            t.add_row(f"{m.line}{partly}", m.text, (m.best or "")[:120], f"{m.score:.2f}")
        c.print(t if groups.gaps else f"{title}: none.")
        if info := _info_tasks(d):
            c.print(f"For information, not counted as gaps: {info}.")
    if _want(only, "changed"):
        from rich.markup import escape

        t = Table(title=f"Tasks changed ({len(groups.changed)})", title_justify="left")
        for col in ("Line", "A → B", "Score"):
            t.add_column(col, overflow="fold")
        for m in groups.changed:
            t.add_row(f"{m.line} → {_b_lines(m)}", _changed_words(m, escape), f"{m.score:.2f}")
        c.print(t if groups.changed else "Tasks changed: none.")
        leads, alike_leads = _lead_rows(d)
        if leads:
            t = Table(title="Who leads the tasks matched" + ("" if _one_level(d) else " (between levels: for information)"), title_justify="left")
            for col in ("Line", "A leads (supports)", "B leads (supports)", "Change"):
                t.add_column(col, overflow="fold")
            for led in leads:
                t.add_row(*led)
            c.print(t)
        if alike_leads and not only:
            c.print(f"Tasks led by the same bodies in both: {alike_leads}.")
    if not only:
        c.print(f"Tasks the same in both: {len(groups.same)}.")
    if _want(only, "targets", "changed") and d.indicators:
        rows_i = [i for i in d.indicators if not _same_indicator(i)]
        alike_i = len(d.indicators) - len(rows_i)
        if rows_i:
            t = Table(title="Indicators", title_justify="left")
            for col in ("Line", "A", "B", "Status"):
                t.add_column(col)
            for i in rows_i:
                t.add_row(_row_lines(i.get("line_a"), i.get("line_b")), _targets_of(i, "a"), _targets_of(i, "b"), _indicator_status(i, peers))
            c.print(t)
        if alike_i:
            c.print(f"Indicators: {alike_i} the same{' (all)' if not rows_i else ''}.")
    if _want(only, "deadlines", "changed") and d.deadlines:
        t = Table(title="Deadlines", title_justify="left")
        for col in ("Line", "A", "B", "Status"):
            t.add_column(col)
        for x in _changed_first(d.deadlines):
            if x["status"] != "above_b_level":
                t.add_row(_row_lines(_line(x.get("a")), _line(x.get("b"))), _dl(x.get("a")), _dl(x.get("b")), _deadline_status(x))
        c.print(t)
        if above := _above_deadlines(d):
            c.print(f"For information, deadlines of A above B's level: {above}")
    if _want(only, "funding") and (d.funding.get("only_a") or d.funding.get("only_b")):
        for side, k in (("A", "only_a"), ("B", "only_b")):
            if d.funding.get(k):  # (an empty list prints no line)
                c.print(f"Funding only in {side}: " + "; ".join(d.funding[k]))
    summ = d.summary
    lead, detail = _coverage(d)
    tasks = (
        f"{_both_ways(summ)} (coverage of A by B {d.tasks.coverage_a_by_b:.0%}, of B by A {d.tasks.coverage_b_by_a:.0%})"
        if peers
        else f"task coverage of A by B {lead}" + (f" ({detail})" if detail else "")
    )
    c.print(
        f"[bold]Summary[/bold]: citations {summ['citations_common']} shared / {summ['citations_only_a']} only A / {summ['citations_only_b']} only B; "
        + tasks
        + f"; sections added {summ['sections_added']}, removed {summ['sections_removed']}."
    )


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


def _who(leads: list[str], supports: list[str]) -> str:
    """"Sở Y tế (with Sở Dân tộc và Tôn giáo, Hội Chữ thập đỏ tỉnh)"."""
    return (", ".join(leads) or "—") + (f" (with {', '.join(supports)})" if supports else "")


def _lead_rows(d: PlanDiff) -> tuple[list[tuple[str, str, str, str]], int]:
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
        rows.append((f"{m.line} → {_b_lines(m)}", _who(m.leads, m.supports), _who(m.best_leads, m.best_supports), moved))
    # (B's items matched to one of A's that A's matched elsewhere, a task of
    # A split over B's items, each with its own lead: A's task 40 → B 24, and
    # B's item 25 carrying part of it led by another body; shown as 40 → 25)
    shown = {(m.line, x) for m in d.tasks.a_to_b if m.covered for x in _lines_of(m)}
    for m in d.tasks.b_to_a:
        if not m.covered or not m.lead_changes or any((x, m.line) in shown for x in _lines_of(m)):
            continue
        change = lead_changes(m.best_leads, m.best_supports, m.leads, m.supports)
        rows.append((f"{_b_lines(m)} → {m.line}", _who(m.best_leads, m.best_supports), _who(m.leads, m.supports), "; ".join(change)))
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


def _changed_words(m: TaskMatch, escape: Callable[[str], str]) -> str:
    """A changed task in rich markup: A's words B drops struck through and
    "[-…-]", B's own green and "{+…+}"; B itself (the plan A asks for) or the lines it splits it over."""
    if m.done_by_issuing:
        when = f"{m.late_by_days} days late" if m.late_by_days else "in time" if m.in_time else "no due date to judge"
        return f"{escape(m.text)} — B is that text, issued {escape(m.done_by_issuing)} ({when})"
    if not m.best:
        return escape(m.text)
    return " ".join(
        # (marked in words too, as wdiff does, for a report read without colour)
        escape(t) if op == "=" else f"[red strike]{escape(f'[-{t}-]')}[/]" if op == "-" else f"[green]{escape(f'{{+{t}+}}')}[/]"
        for op, t in word_diff(m.text, m.best)
    )


def _sector_rows(d: PlanDiff, only: set[str] | None) -> list[tuple[str, str, str]]:
    """The sectors' rows that differ (each side's bodies), as ``only`` keeps
    them: those only B has (added), only A has (removed), both with other
    bodies (changed)."""
    rows: list[tuple[str, str, str]] = []
    if _want(only, "changed"):
        # (a side filing its bodies under another field says which: "Phòng
        # Kinh tế (as agriculture_environment)")
        rows += [
            (
                str(x["sector"]),
                ", ".join(x["a"]) + (f" (as {x['a_as']})" if x.get("a_as") else ""),
                ", ".join(x["b"]) + (f" (as {x['b_as']})" if x.get("b_as") else ""),
            )
            for x in d.sectors.common
            if x["a"] != x["b"] or x.get("a_as") or x.get("b_as")
        ]
    if _want(only, "removed"):
        rows += [(str(x["sector"]), ", ".join(x["agencies"]), "—") for x in d.sectors.only_a]
    if _want(only, "added"):
        rows += [(str(x["sector"]), "—", ", ".join(x["agencies"])) for x in d.sectors.only_b]
    return rows


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


def _info_tasks(d: PlanDiff) -> str:
    """A's uncovered tasks that are not B's gaps, by their lines: "4 general
    tasks of A (lines 44, 46, 48, 50); 1 task above B's level (line 56)"."""
    info = [m for m in d.tasks.uncovered_a if _info(m)]
    general = [str(m.line) for m in info if m.general and not m.above_b_level]
    above = [str(m.line) for m in info if m.above_b_level]
    others = [str(m.line) for m in info if m.other_body]
    return "; ".join(
        f"{len(lines)} {what.replace('task', 'tasks') if len(lines) > 1 else what} (line{'s' if len(lines) > 1 else ''} {', '.join(lines)})"
        for lines, what in ((general, "general task of A"), (above, "task above B's level"), (others, "task of other bodies of A"))
        if lines
    )


def _info(m: TaskMatch) -> bool:
    """An uncovered task of A told for information, no gap of B's (one
    counted in the coverage at B's level is a gap: a task a body above leads
    with B's level's body named alone among its supporters)."""
    return (m.above_b_level or m.general or m.other_body) and not m.at_b_level


def _above_sectors(d: PlanDiff) -> str:
    """"sectors of A's own bodies above B's level: border_guard (Bộ Chỉ huy …), …"."""
    return "sectors of A's own bodies above B's level: " + "; ".join(
        f"{s['sector']} ({', '.join(s['agencies'])}" + (f"; in B: {', '.join(s['b'])}" if s.get("b") else "") + ")"
        for s in d.sectors.above_b_level
    )


def _other_level(d: PlanDiff) -> str:
    """"B gives tasks to bodies not of its level (a part copied from a plan
    above?): Các sở, ban, ngành (above B's level); …"."""
    kinds = {"above": "above B's level", "peers": "B's level's units as a class"}
    return "B gives tasks to bodies not of its level (a part copied from a plan above?): " + "; ".join(
        f"{x['agency']} ({kinds.get(x['kind'], x['kind'])})" for x in d.sectors.b_of_other_level
    )


def _changed_first(deadlines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The deadlines that differ before those the same in both (stable)."""
    return sorted(deadlines, key=_is_same)


def _is_same(x: dict[str, Any]) -> bool:
    return bool(x["status"] == "same")


def _above_deadlines(d: PlanDiff) -> str:
    return "; ".join(_dl(x.get("a")) for x in d.deadlines if x["status"] == "above_b_level")


def _cites_other(d: PlanDiff) -> list[str]:
    """"B carries out A (45/KH-UBND), citing it with the date 12/01/2026
    where A is dated 20/01/2026"; "B does not cite A (46/KH-UBND)"."""
    out = [f"B does not cite A ({d.citations.b_does_not_cite_a})"] if d.citations.b_does_not_cite_a else []
    for side, who, whom in (("b_cites_a", "B", "A"), ("a_cites_b", "A", "B")):
        c = getattr(d.citations, side)
        if not c:
            continue
        slip = f", cited as {c['cited_as']}" if c.get("cited_as") else ""
        line = f"{who} cites {whom} ({c['id']}{slip}, {c['relation']})"
        if c["date_agrees"] is False:
            line += f", with the date {_date(c['cited_date'])} where {whom} is dated {_date(c['date'])}"
        if c.get("issued_late_by_days"):
            line += (
                f"; {whom} gives plans of {who}'s level until {_date(c['plans_due'])}: {who} was issued "
                f"{c['issued_late_by_days']} days late (ban hành chậm)"
            )
        out.append(line)
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


# What the comparison of two indicators' targets says of B.
_VERDICTS = {"stricter": "B stricter", "weaker": "B weaker", "mixed": "B stricter and weaker", "dropped": "B drops"}


# Of two peers (neither carrying the other out): B's targets against A's by
# their values alone, no plan being the norm.
_PEER_VERDICTS = {(True,): "B lower", (False,): "B higher", (False, True): "B higher and lower"}


def _indicator_status(i: dict[str, object], peers: bool = False) -> str:
    return _indicator_verdict(i, peers) + _years_only(i)


def _years_only(i: dict[str, object]) -> str:
    """"; only A sets 2027": the years one side sets a target for and the other not."""
    return "".join(
        f"; only {side} sets {', '.join(map(str, years))}"
        for side, years in (("A", i.get("years_only_a")), ("B", i.get("years_only_b")))
        if isinstance(years, list) and years
    )


def _indicator_verdict(i: dict[str, object], peers: bool) -> str:
    v = i.get("verdict")
    if not v:
        adds: Any = i.get("b_adds")
        if i["status"] == "same" and adds:
            # (B keeps A's targets and sets more of its own)
            return "same; B also sets " + ", ".join(map(str, adds))
        if i["status"] == "same" and (i.get("years_only_a") or i.get("years_only_b")):
            # (the years both set agree)
            targets: Any = i.get("targets_a") or []
            only_a: Any = i.get("years_only_a") or []
            both = sorted({t["year"] for t in targets if t.get("year")} - set(only_a))
            return "same" + (f" for {', '.join(map(str, both))}" if both else "")
        return str(i["status"])
    # (the sub-targets that differ, B's first: "B weaker (trên 80% < trên 90%)")
    pairs = [
        f"{p['b']} {'<' if p['b_lower'] else '>'} {p['a']}"
        for p in i.get("differ") or []  # type: ignore[attr-defined]
    ]
    dropped = ", ".join(i.get("dropped") or [])  # type: ignore[arg-type]
    if v == "dropped":
        return f"only A sets {dropped}" if peers else f"B drops {dropped}"
    if peers:
        lower = tuple(sorted({bool(p["b_lower"]) for p in i.get("differ") or []}))  # type: ignore[attr-defined]
        said = _PEER_VERDICTS.get(lower, "differ") + (f" ({'; '.join(pairs)})" if pairs else "")
        return said + (f"; only A sets {dropped}" if dropped else "")
    said = _VERDICTS.get(str(v), str(i["status"])) + (f" ({'; '.join(pairs)})" if pairs else "")
    return said + (f"; drops {dropped}" if dropped else "")


def _cited_both(x: dict[str, object]) -> str:
    """A document both plans cite, with what changed in how they cite it
    ("48/KH-UBND (date added (2026-01-20))")."""
    changes = x.get("changes")
    said = "; ".join(str(c) for c in changes) if isinstance(changes, list) else ""
    return f"{x['id']} ({said})" if said else str(x["id"])


def _deadline_status(x: dict[str, object]) -> str:
    if x["status"] in ("met", "late", "no_due_date"):
        # (A's date for plans of B's level, which B is; none A gives it, or
        # one dropped as a slip of its year: no verdict)
        late = (
            f", {x['late_by_days']} days late"
            if x.get("late_by_days")
            else ", in time"
            if x["status"] == "met"
            else ", no due date to judge"
        )
        month = _month_later(x)
        return f"B issued {_date(x.get('done_by_issuing'))}{late}" + (f"; B's date: {month}" if month else "")
    if x["status"] == "above_b_level":
        return "above B's level"
    if x["status"] == "b_undated":  # (a year-only date of issue: no verdict rests on it)
        return str(x.get("note") or "B undated (draft)")
    days = x.get("b_later_by_days")
    if isinstance(days, int) and days:
        return f"B {days} days later" if days > 0 else f"B {-days} days earlier"
    month = _month_later(x)
    return f"B {month}" if month else str(x["status"])


def _month_later(x: dict[str, object]) -> str | None:
    """B's month without its day against A's day: later by at least N days
    (the month starts after A's date), possibly later by at most N (it holds
    A's date), or the same period."""
    least, most = x.get("b_later_by_days_at_least"), x.get("b_later_by_days_at_most")
    b = x.get("b")
    # (a quarter is a span of three months, "Quý II/2026" 1/4 to 30/6)
    period = "quarter" if isinstance(b, dict) and P.QUARTER_WRITTEN.search(str(b.get("text") or "")) else "month"
    if isinstance(least, int):
        return f"at least {least} day{'s' * (least != 1)} later (its {period} starts after A's date)"
    if isinstance(most, int):
        if most > 0:
            return f"possibly later, by at most {most} day{'s' * (most != 1)} (its {period} holds A's date)"
        return f"same period, not later (its {period} ends by A's date)"
    return None


def _dl(x: object) -> str:
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
    again = f" (also line {', '.join(map(str, x['also_at']))})" if x.get("also_at") else ""
    return f"{when} {x.get('due') or ''} ({x.get('recurrence') or ''}){again}".strip()


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


def to_markdown(d: PlanDiff, only: set[str] | None = None) -> str:
    """The report in Markdown; ``only`` (names of ``ONLY``) keeps those parts,
    as the table does."""
    out = [f"# So sánh kế hoạch: {md_escape(d.a_path or 'A')} ↔ {md_escape(d.b_path or 'B')}", ""]
    if not only:
        out += ["| Trường | A | B |", "|---|---|---|"]
        out += [
            f"| {k} | {md_escape(str(v['a'] or ''))} | {md_escape(str(v['b'] or ''))} |"
            for k, v in d.header.items()
        ]
        out += [
            "",
            "## Văn bản dẫn chiếu",
            "",
            f"- Chung: {', '.join(md_escape(_cited_both(x)) for x in d.citations.common) or '—'}",
            f"- Chỉ A: {', '.join(md_escape(str(x['id'])) for x in d.citations.only_a) or '—'}",
            f"- Chỉ B: {', '.join(md_escape(str(x['id'])) for x in d.citations.only_b) or '—'}",
            *(f"- {md_escape(line)}" for line in _cites_other(d) + _peer_lines(d, vi=True)),
        ]
    if _want(only, "added", "removed", "changed"):
        # (what changed first; what B keeps word for word counted, folded)
        out += _md_tasks(d, only)
        rows = [s for s in d.sections if s.status != "same" and _section_wanted(only, s.status)]
        same = sum(s.status == "same" for s in d.sections)
        out += ["", "## Bố cục", ""] + [f"- {s.status}: {md_escape(s.a or '—')} ↔ {md_escape(s.b or '—')}" for s in rows]
        if same and not only:
            out.append(f"- {same} phần giữ nguyên")
        elif not rows:
            out.append("- không có thay đổi")
        out += _md_sectors(d, only)
    if _want(only, "targets", "changed"):
        rows_i = [i for i in d.indicators if not _same_indicator(i)]
        out += ["", "## Chỉ tiêu", ""] + [
            f"- {_indicator_status(i, _peers(d))}: {md_escape(_targets_of(i, 'a'))} ↔ {md_escape(_targets_of(i, 'b'))}"
            for i in rows_i
        ]
        if alike := len(d.indicators) - len(rows_i):
            # (after what changed, each kept one under the count)
            out.append(f"- {alike} chỉ tiêu giống nhau" + (" (tất cả)" if not rows_i else "") + ":")
            out += [
                f"  - {_indicator_status(i)}: {md_escape(_targets_of(i, 'a'))} ↔ {md_escape(_targets_of(i, 'b'))}"
                for i in d.indicators
                if _same_indicator(i) and not only
            ]
        elif not d.indicators:
            out.append("- không có chỉ tiêu")
    if _want(only, "deadlines", "changed"):
        # (A's deadlines above B's level last, for information)
        out += ["", "## Thời hạn", ""] + [
            f"- {_deadline_status(x)}: {md_escape(_dl(x.get('a')))} ↔ {md_escape(_dl(x.get('b')))}"
            for x in sorted(_changed_first(d.deadlines), key=lambda x: x["status"] == "above_b_level")
        ]
    if only and "funding" in only:
        out += ["", "## Kinh phí", ""] + [
            f"- chỉ {side}: {md_escape(x)}"
            for side, k in (("A", "only_a"), ("B", "only_b"))
            for x in d.funding.get(k, [])
        ]
    return "\n".join(out) + "\n"


def _md_tasks(d: PlanDiff, only: set[str] | None) -> list[str]:
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
                out.append(f"- dòng {m.line}: {md_escape(m.text)} — **B là văn bản đó**, ban hành {m.done_by_issuing} ({when})")
            elif m.split_over:
                lines = ", ".join(str(x) for x in m.split_over)
                each = "từng ý " if len(m.split_over) > 1 else ""
                out.append(f"- dòng {m.line}: {md_escape(m.text)} — B thực hiện {each}tại dòng {lines}")
            else:
                out.append(f"- dòng {m.line} → {m.best_line} ({m.score:.2f}): {_md_words(m.text, m.best or '')}")
        if not g.changed:
            out.append("- không có")
        rows, alike = _lead_rows(d)
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


def _md_sectors(d: PlanDiff, only: set[str] | None) -> list[str]:
    out = ["", "## Lĩnh vực", ""]
    if _want(only, "changed"):
        out += [
            f"- {s['sector']}: {md_escape(', '.join(s['a']))} ↔ {md_escape(', '.join(s['b']))}"
            + "".join(f" ({side}: {s[k]})" for side, k in (("ở A", "a_as"), ("ở B", "b_as")) if s.get(k))
            for s in d.sectors.common
            if s["a"] != s["b"] or s.get("a_as") or s.get("b_as")
        ]
    if _want(only, "removed"):
        out += [f"- chỉ A: {s['sector']} ({md_escape(', '.join(s['agencies']))})" for s in d.sectors.only_a]
    if _want(only, "added"):
        out += [f"- chỉ B: {s['sector']} ({md_escape(', '.join(s['agencies']))})" for s in d.sectors.only_b]
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
            f"- để tham khảo, trên cấp của B: {s['sector']} ({md_escape(', '.join(s['agencies']))})"
            + (f"; ở B: {md_escape(', '.join(s['b']))}" if s.get("b") else "")
            for s in d.sectors.above_b_level
        ]
    if len(out) == 3:
        out.append("- không có thay đổi")
    return out


def _html_task_row(m: TaskMatch, peers: bool = False) -> str:
    e = html.escape
    if m.done_by_issuing:
        when = f"late by {m.late_by_days} days" if m.late_by_days else "in time" if m.in_time else "no due date to judge"
        return f"<tr class='{'miss' if m.late_by_days else 'ok' if m.in_time else ''}'><td>{m.line}</td><td>{e(m.text)}</td><td>B itself, issued {e(m.done_by_issuing)}</td><td></td><td>{when}</td></tr>"
    if m.covered and m.best:
        cells = "".join(
            f"<span class='{'del' if op == '-' else 'ins' if op == '+' else ''}'>{e(t)}</span> "
            for op, t in word_diff(m.text, m.best)
        )
        return f"<tr class='ok'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(m.best)}</td><td>{m.score:.2f}</td><td>{cells}</td></tr>"
    return f"<tr class='miss'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(m.best or '')}</td><td>{m.score:.2f}</td><td>{'only in A' if peers else 'partly covered' if m.partly else 'not covered'}</td></tr>"


def to_html(d: PlanDiff, only: set[str] | None = None) -> str:
    """A self-contained HTML page; ``only`` (names of ``ONLY``) keeps those
    parts, as the table does."""
    e = html.escape
    g = _task_groups(d)
    peers = _peers(d)
    rows = [_html_task_row(m, peers) for m in g.gaps] if _want(only, "removed") else []
    rows += [_html_task_row(m) for m in g.changed] if _want(only, "changed") else []
    same = "".join(_html_task_row(m) for m in g.same)
    added = "".join(
        f"<tr class='add'><td>{m.line}</td><td>{e(m.text)}</td><td>{e(m.best or '')}</td><td>{m.score:.2f}</td></tr>"
        for m in g.added
    )
    head = "".join(
        f"<tr><th>{e(k)}</th><td>{e(str(v['a'] or ''))}</td><td>{e(str(v['b'] or ''))}</td></tr>"
        for k, v in d.header.items()
    )
    sectors = "".join(
        f"<li{'' if a != '—' and b != '—' else ' class=miss'}>{e(sec)}: {e(a)} ↔ {e(b)}</li>"
        for sec, a, b in _sector_rows(d, only)
    )
    if not only and (alike := _sectors_alike(d)):
        sectors += f"<li>{alike} the same in both</li>"
    if d.sectors.b_of_other_level and _want(only, "added", "changed"):
        sectors += f"<li class='miss'>{e(_other_level(d))}</li>"
    if d.sectors.above_b_level and not only:
        sectors += f"<li>For information, {e(_above_sectors(d))}</li>"
    cites = "".join(f"<li>{e(_cited_both(x))}</li>" for x in d.citations.common)
    cites += "".join(
        f"<li>only {side}: {e(str(x['id']))}</li>"
        for side, group in (("A", d.citations.only_a), ("B", d.citations.only_b))
        for x in group
    )
    cites += "".join(f"<li><b>{e(line)}</b></li>" for line in _cites_other(d) + _peer_lines(d))
    indicators = "".join(
        f"<tr><td>{e(_indicator_status(i, peers))}</td><td>{e(_targets_of(i, 'a'))}</td><td>{e(_targets_of(i, 'b'))}</td></tr>"
        for i in d.indicators
        if not _same_indicator(i)
    )
    if alike := sum(_same_indicator(i) for i in d.indicators):
        kept_i = "".join(
            f"<li>{e(_targets_of(i, 'a'))}</li>" for i in d.indicators if _same_indicator(i)
        )
        indicators += (
            f"<tr><td colspan='3'><details><summary>{alike} the same{' (all)' if alike == len(d.indicators) else ''}"
            f"</summary><ul>{kept_i}</ul></details></td></tr>"
        )
    deadlines = "".join(
        f"<tr><td>{e(_deadline_status(x))}</td><td>{e(_dl(x.get('a')))}</td><td>{e(_dl(x.get('b')))}</td></tr>"
        for x in _changed_first(d.deadlines)
        if x["status"] != "above_b_level"
    )
    if above := _above_deadlines(d):
        deadlines += f"<tr><td colspan='3'>For information, deadlines of A above B's level: {e(above)}</td></tr>"
    info = _info_tasks(d)
    parts = []
    if not only:
        parts.append(f"""<table><tr><th></th><th>A</th><th>B</th></tr>{head}</table>
<h2>Citations</h2><ul>{cites}</ul>""")
    if _want(only, "added", "removed", "changed"):
        if _want(only, "added"):
            parts.append(
                (f"<h2>Tasks only in B ({len(g.added)})</h2>" if peers else f"<h2>Tasks added in B, not in A ({len(g.added)})</h2>")
                + (
                    f"<table><tr><th>Line</th><th>B</th><th>Closest in A</th><th>Score</th></tr>{added}</table>"
                    if added
                    else "<p>None.</p>"
                )
            )
        sections = "".join(
            f"<li>{e(s.status)}: {e(s.a or '—')} ↔ {e(s.b or '—')}</li>"
            for s in d.sections
            if s.status != "same" and _section_wanted(only, s.status)
        )
        if (kept := sum(s.status == "same" for s in d.sections)) and not only:
            sections += f"<li>{kept} the same</li>"
        parts.append(f"<h2>Sections</h2><ul>{sections}</ul>" if sections else "")
        parts.append(f"<h2>Sectors</h2><ul>{sectors}</ul>" if sectors else "")
    if _want(only, "targets", "changed"):
        parts.append(f"<h2>Indicators</h2><table><tr><th>Status</th><th>A</th><th>B</th></tr>{indicators}</table>")
    if _want(only, "deadlines", "changed"):
        parts.append(f"<h2>Deadlines</h2><table><tr><th>Status</th><th>A</th><th>B</th></tr>{deadlines}</table>")
    if _want(only, "removed", "changed"):
        lead, detail = _coverage(d)
        # (the gaps and changes first; the tasks B keeps word for word folded)
        told = f"{len(g.gaps)} {'only in A' if peers else 'not covered'}, {len(g.changed)} changed" if not only else ""
        s = d.summary
        heading = (
            f"Tasks of A and their match in B ({_both_ways(s)})"
            if peers
            else f"Tasks of A, matched in B (coverage {lead}{f', {detail}' if detail else ''})"
        )
        parts.append(f"""<h2>{e(heading)}</h2>
{f"<p>{told}, {len(g.same)} the same.</p>" if told else ""}
<table><tr><th>Line</th><th>A</th><th>Closest in B</th><th>Score</th><th>Changes</th></tr>{"".join(rows)}</table>
{f"<details><summary>{len(g.same)} tasks the same</summary><table>{same}</table></details>" if same and not only else ""}
{f"<p>For information, not counted as gaps: {e(info)}.</p>" if info and _want(only, "removed") else ""}""")
        lead_rows, alike_leads = _lead_rows(d)
        if (lead_rows or alike_leads) and _want(only, "changed"):
            cells = "".join(
                f"<tr{' class=miss' if change else ''}><td>{e(line)}</td><td>{e(a)}</td><td>{e(b)}</td><td>{e(change)}</td></tr>"
                for line, a, b, change in lead_rows
            )
            parts.append(
                f"<h2>Who leads the tasks matched{'' if _one_level(d) else ' (between levels: for information)'}</h2>"
                f"<table><tr><th>Line</th><th>A leads (supports)</th><th>B leads (supports)</th><th>Change</th></tr>{cells}</table>"
                + (f"<p>{alike_leads} tasks led by the same bodies in both.</p>" if alike_leads else "")
            )
    if only and "funding" in only:
        funding = "".join(
            f"<li>only {side}: {e(x)}</li>"
            for side, k in (("A", "only_a"), ("B", "only_b"))
            for x in d.funding.get(k, [])
        )
        parts.append(f"<h2>Funding</h2><ul>{funding}</ul>")
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
