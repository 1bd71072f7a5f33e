"""``khtool graph``: the citation graph of many documents."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import typer

from ..errors import EXIT_FINDINGS, EXIT_INPUT, InputError, KhtoolError
from . import (
    LANG_HELP,
    app,
    check_format,
    check_lang,
    fail,
    print_error,
    print_failure_count,
    progress_bar,
)

# How the units a plan reaches are called in the text report.
# (the units --coverage counts, by their label: render/labels.py)
_UNIT_LABELS = {"district": "graph.units_district", "ward": "graph.units_ward", "new_ward": "graph.units_new_ward"}


@app.command()
def graph(
    inputs: list[str] = typer.Argument(
        ...,
        help="Files, directories, globs, khtool's own output (.jsonl from `khtool parse -f jsonl`,"
        " .json from `-f json`, a directory of them or of `--engine dask` shards); '-' reads"
        " stdin (JSON/JSONL, or a text).",
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Write .dot, .graphml, .json, .svg, .png or .html."
    ),
    chain: str | None = typer.Option(
        None,
        "--chain",
        help="Path from this document (its id, key, number or file) up to the texts it carries out"
        " (implements and attached edges, not its legal basis).",
    ),
    missing: bool = typer.Option(
        False, "--missing", help="Cited documents not in the corpus, most-cited first."
    ),
    stats: bool = typer.Option(
        False, "--stats", help="Counts, most-cited documents, PageRank, cycles."
    ),
    coverage: str | None = typer.Option(
        None, "--coverage", help="A document (its id, key, number as printed, e.g. 28-CT/TW, or file):"
        " which subordinate units have a plan citing it (since 1 July 2025: the new communes"
        " and wards); of a national or Party text, which provinces have one, and under each the"
        " communes and wards whose plan reaches it, with the path.",
    ),
    fmt: str = typer.Option(
        "text",
        "--format",
        "-f",
        help="text or json: the answers to the questions above, each under its name"
        " ({\"stats\": …}); with none, the summary (json: the graph as {\"graph\": node-link}).",
    ),
    jobs: int = typer.Option(
        1,
        "--jobs",
        "-j",
        min=0,
        help="Worker processes for parsing documents and reading large JSONL (0: one per core).",
    ),
    progress: bool | None = typer.Option(
        None,
        "--progress/--no-progress",
        help="Count documents as they are read (default: when stderr is a terminal).",
    ),
    lang: str = typer.Option("en", "--lang", envvar="KHTOOL_LANG", help=LANG_HELP + " (text)"),
) -> None:
    """Build the implementation cascade as a citation graph."""
    from ..graph import collector_paused, graph_from_inputs
    from ..render.graph_out import answers_json, print_summary, write_graph

    check_format(fmt, ("text", "json"))
    check_lang(lang)
    errors: list[KhtoolError] = []
    seen = 0  # documents and bad inputs

    with progress_bar(None, progress, "reading") as tick:

        def on_item() -> None:
            nonlocal seen
            seen += 1
            tick()

        try:
            g = graph_from_inputs(inputs, jobs=jobs, errors=errors, on_item=on_item)
        except KhtoolError as exc:
            raise fail(exc) from None
    for err in errors:
        print_error(err)
    for warning in g.warnings:
        print(f"khtool: warning: {warning}", file=sys.stderr)
    if not seen:  # a mis-mounted folder must not pass green
        raise fail(InputError("no documents found", " ".join(inputs)))
    print_failure_count(len(errors), seen)
    if len(errors) == seen:  # nothing could be read: the graph would be empty
        raise typer.Exit(EXIT_INPUT)
    try:
        # a graph is a large, long-lived heap: see collector_paused
        with collector_paused():
            answers: dict[str, Any] = {}
            if chain:
                answers["chain"] = g.chain(chain)
                # (a step the set says was replaced or repealed: no source in force)
                ends = {n: g.ended(n) for path in answers["chain"] for n in path}
                answers["chain_ended"] = {n: e for n, e in ends.items() if e}
                # (the legal ground of each step, apart: it is not carried out)
                grounds = {n: g.basis_of(n) for path in answers["chain"] for n in path}
                answers["chain_basis"] = {n: b for n, b in grounds.items() if b}
            if missing:
                answers["missing"] = g.missing()
            if stats:
                answers["stats"] = g.stats()
            if coverage:
                answers["coverage"] = g.coverage(coverage)
            if out is not None:
                write_graph(g, out, protect=tuple(inputs))
                print(
                    f"khtool: wrote {out} ({g.documents()} documents, {g.g.number_of_edges()} citations)",
                    file=sys.stderr,
                )
    except KhtoolError as exc:
        raise fail(exc) from None
    if answers:
        if fmt == "json":
            print(answers_json(answers))
        else:
            _print_answers(g, answers, lang)
    elif fmt == "json":
        print(answers_json({"graph": g.to_node_link()}))
    elif out is None:
        print_summary(g, sys.stdout, lang)
    if errors:  # some inputs failed, the others are in the graph
        raise typer.Exit(EXIT_FINDINGS)


def _print_answers(g: Any, answers: dict[str, Any], lang: str = "en") -> None:
    from functools import partial

    from rich.markup import escape
    from rich.table import Table

    from ..render.console import console
    from ..render.labels import code, label

    L = partial(label, lang=lang)

    c = console(fit=True, highlight=False)
    nodes = g.g.nodes

    def name(n: str) -> str:
        d = nodes[n]
        level = code("level", d["level"], lang) if d.get("level") else "?"
        # (a joint text's step names all its issuers: its number alone does not say whose)
        joint = f" [{' + '.join([d.get('issuer') or '?', *d['co_issuers']])}]" if d.get("co_issuers") else ""
        return f"{d.get('number') or n} ({level}{', ' + d['locality'] if d.get('locality') else ''}){joint}" + "".join(
            L(
                "graph.ended",
                how=L("graph.replaced" if e["action"] == "replaces" else "graph.repealed"),
                by=nodes[e["by"]].get("number") or e["by"],
                on=L("graph.on", date=e["date"]) if e["date"] else "",
            )
            for e in answers.get("chain_ended", {}).get(n, [])
        )

    if "chain" in answers:
        c.print(f"[bold]{L('graph.chain')}[/bold]")
        for path in answers["chain"]:
            c.print("  " + escape("  →  ".join(name(n) for n in path)))
        if answers.get("chain_basis"):
            c.print(f"[bold]{L('graph.chain_basis')}[/bold]")
            for n, grounds in answers["chain_basis"].items():
                c.print("  " + escape(f"{name(n)}: " + ", ".join(nodes[v].get("number") or v for v in grounds)))
    if "missing" in answers:
        m = answers["missing"]
        t = Table(title=L("graph.missing_title"), title_justify="left")
        for col in ("col.document", "col.level", "col.date", "col.title", "col.cited_by"):
            t.add_column(L(col))
        for row in m["missing"]:
            title = row.get("title") or ""
            t.add_row(
                row["number"] or row["id"],
                code("level", row["level"], lang) if row["level"] else "?",
                (row["date"] or "")
                # (its citations disagreeing on its date: the others as cited)
                + "".join("\n" + L("graph.also_cited", date=x["date"]) for x in row.get("cited_dates", [])[1:]),
                title if len(title) <= 80 else title[:79] + "…",
                str(row["in_degree"]),
            )
        c.print(t)
        for u in m["unresolved"]:
            c.print(L("graph.unresolved", number=u["number"], citing=u["citing"], reason=u["reason"]))
    if "stats" in answers:
        _print_stats(c, answers["stats"], lang)
    if "coverage" in answers and answers["coverage"]["units"] == "province":
        _print_national_coverage(c, g, answers["coverage"], lang)
    elif "coverage" in answers:
        cov = answers["coverage"]
        units = L(_UNIT_LABELS[cov["units"]]) if cov["units"] in _UNIT_LABELS else cov["units"]
        c.print(
            L("graph.coverage", doc=cov["document"], n=len(cov["covered"]), units=units, m=len(cov["not_covered"]), share=f"{cov['share']:.0%}")
        )
        for r in cov["covered"]:
            c.print(f"  ✓ {r['unit']}: {', '.join(r['plans'])}", markup=False)
            for x in r.get("only_cited", []):
                # (a plan known only from another text: not in the set, to collect)
                c.print("      " + L("graph.only_cited", id=x["id"], by=", ".join(x["cited_by"])), markup=False)
        for r in cov.get("not_citing", []):
            c.print("  ~ " + L("graph.not_citing", unit=r["unit"], doc=cov["document"], plans=", ".join(r["plans"])))
        for r in cov.get("other_citing", []):
            c.print("  · " + L("graph.no_plan", unit=r["unit"], docs=", ".join(r["documents"])))
        if cov.get("unplaced"):
            c.print("  " + L("graph.unplaced", paths=", ".join(cov["unplaced"])), markup=False)
        if cov["not_covered"]:
            c.print("  ✗ " + ", ".join(cov["not_covered"]))


def _short(g: Any, n: str) -> str:
    """A document in a path: its number (an attachment's, its carrier's)."""
    d = g.g.nodes[n]
    return str(d.get("number") or n)


def _path(g: Any, p: list[str], rels: list[str] | None = None, ended: dict[str, Any] | None = None, lang: str = "en") -> str:
    """A path up to the text, each step a citation (one only mentioning what
    it cites marked ⇢, as the JSON's ``relations`` say ``mention``), a step
    the set says was replaced or repealed marked so."""
    from ..render.labels import label

    def node(n: str) -> str:
        return _short(g, n) + "".join(
            label(
                "graph.ended",
                lang,
                how=label("graph.replaced" if e["action"] == "replaces" else "graph.repealed", lang),
                by=_short(g, e["by"]),
                on=label("graph.on", lang, date=e["date"]) if e["date"] else "",
            )
            for e in (ended or {}).get(n, [])
        )

    rels = rels if rels is not None else [g.step(a, b) for a, b in pairwise(p)]
    out = node(p[0])
    for b, rel in zip(p[1:], rels, strict=True):
        out += (" ⇢ " if rel == "mention" else " → ") + node(b)
    return out


def _row(g: Any, r: dict[str, Any], lang: str) -> str:
    """A unit's paths, and how the best reaches the text when not by a plan carrying it out."""
    from ..render.labels import label

    paths = "; ".join(
        _path(g, p, rels, r.get("ended"), lang) for p, rels in zip(r["paths"], r["relations"], strict=True)
    )
    how = r.get("reaches")
    return paths + (label(f"graph.via_{how}", lang) if how in ("replaced", "basis", "mention") else "")


def _print_national_coverage(c: Any, g: Any, cov: dict[str, Any], lang: str = "en") -> None:
    """``--coverage`` of a national or Party text: the provinces whose plan
    cites it, and under each the communes and wards whose plan reaches it."""
    from functools import partial

    from ..render.labels import code, label

    L = partial(label, lang=lang)
    doc = cov["document"]
    total = len(cov["covered"]) + len(cov["not_citing"]) + len(cov["other_citing"]) + len(cov["not_covered"])
    c.print(L("graph.national", doc=doc, n=len(cov["covered"]), total=total, share=f"{cov['share']:.0%}"))

    def below(b: dict[str, Any]) -> None:
        for r in b["covered"]:
            c.print(f"      ✓ {r['unit']}: " + _row(g, r, lang), markup=False)
        for r in b.get("former_units", []):
            unit = L("graph.former_unit", unit=r["unit"], level=code("level", r["level"], lang) if r.get("level") else "?")
            c.print(f"      ✓ {unit}: " + _row(g, r, lang), markup=False)
        for r in b["not_citing"]:
            c.print("      ~ " + L("graph.not_reaching", unit=r["unit"], doc=doc, plans=", ".join(r["plans"])), markup=False)
        for r in b["other_citing"]:
            c.print("      · " + L("graph.no_plan", unit=r["unit"], docs=", ".join(r["documents"])), markup=False)
        c.print("      " + L("graph.below_count", n=len(b["covered"]), units=b["units"]), markup=False)

    for r in cov["covered"]:
        c.print(f"  ✓ {r['unit']}: " + _row(g, r, lang), markup=False)
        below(r["below"])
    for r in cov["not_citing"]:
        c.print("  ~ " + L("graph.not_citing", unit=r["unit"], doc=doc, plans=", ".join(r["plans"])), markup=False)
        below(r["below"])
    for r in cov["other_citing"]:
        c.print("  · " + L("graph.no_plan", unit=r["unit"], docs=", ".join(r["documents"])), markup=False)
        below(r["below"])
    for r in cov["units_only"]:
        c.print("  ✗ " + L("graph.units_only", unit=r["unit"]), markup=False)
        below(r["below"])
    for r in cov.get("unplaced", []):
        c.print("  " + L("graph.unplaced", paths=_row(g, r, lang)), markup=False)
    if cov["not_covered"]:
        c.print("  ✗ " + ", ".join(cov["not_covered"]), markup=False)


def _print_stats(c: Any, st: dict[str, Any], lang: str = "en") -> None:
    """``--stats`` for a person (``-f json`` gives the same as data)."""
    from ..render.labels import code, label

    def counts(d: dict[str, int], kind: str) -> str:
        return ", ".join(f"{code(kind, k, lang)} {v}" for k, v in sorted(d.items(), key=lambda kv: -kv[1])) or "—"

    from ..render.graph_out import summary_line

    c.print(summary_line(st, lang))
    lines = [
        label("graph.by_level", lang, x=counts(st["by_level"], "level")),
        label("graph.by_relation", lang, x=counts(st["by_relation"], "relation")),
        label("graph.by_action", lang, x=counts(st["by_action"], "relation")),
        label("graph.most_cited", lang) + ("" if st["most_cited"] else " —"),
        *(f"    {r['in_degree']:>4}  {r['id']}" for r in st["most_cited"]),
        "  PageRank:" + ("" if st["pagerank"] else " —"),
        *(f"    {r['score']:.3f}  {r['id']}" for r in st["pagerank"]),
        label("graph.cycles", lang, n=len(st["cycles"])),
        *("    " + " → ".join([*cycle, cycle[0]]) for cycle in st["cycles"]),
    ]
    for line in lines:
        c.print(line, markup=False, soft_wrap=True)
