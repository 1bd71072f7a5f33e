"""``khtool graph``: the citation graph of many documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from ..errors import EXIT_FINDINGS, KhtoolError
from . import app, fail, progress_bar

# How the units a plan reaches are called in the text report.
_UNIT_LABELS = {
    "district": "districts",
    "ward": "communes and wards",
    "new_ward": "communes and wards (as since 1 July 2025)",
}


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
        None, "--chain", help="Path from this document (number or file) up to its sources."
    ),
    missing: bool = typer.Option(
        False, "--missing", help="Cited documents not in the corpus, most-cited first."
    ),
    stats: bool = typer.Option(
        False, "--stats", help="Counts, most-cited documents, PageRank, cycles."
    ),
    coverage: str | None = typer.Option(
        None, "--coverage", help="Which subordinate units have a plan citing this one (since 1 July 2025: the new communes and wards)."
    ),
    fmt: str = typer.Option(
        "text", "--format", "-f", help="text or json, for the questions above."
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
) -> None:
    """Build the implementation cascade as a citation graph."""
    from ..graph import collector_paused, graph_from_inputs
    from ..render.graph_out import print_summary, write_graph

    errors: list[KhtoolError] = []
    with progress_bar(None, progress, "reading") as tick:
        try:
            g = graph_from_inputs(inputs, jobs=jobs, errors=errors, on_item=tick)
        except KhtoolError as exc:
            raise fail(exc) from None
    for err in errors:
        print(f"khtool: error: {err}", file=sys.stderr)
    try:
        # a graph is a large, long-lived heap: see collector_paused
        with collector_paused():
            answers: dict[str, Any] = {}
            if chain:
                answers["chain"] = g.chain(chain)
            if missing:
                answers["missing"] = g.missing()
            if stats:
                answers["stats"] = g.stats()
            if coverage:
                answers["coverage"] = g.coverage(coverage)
            if out is not None:
                write_graph(g, out, protect=tuple(inputs))
                print(
                    f"khtool: wrote {out} ({g.g.number_of_nodes()} documents, {g.g.number_of_edges()} citations)",
                    file=sys.stderr,
                )
    except KhtoolError as exc:
        raise fail(exc) from None
    if answers:
        if fmt == "json":
            print(json.dumps(answers, ensure_ascii=False, indent=2))
        else:
            _print_answers(g, answers)
    elif out is None:
        print_summary(g, sys.stdout)
    if errors:
        raise typer.Exit(EXIT_FINDINGS)


def _print_answers(g: Any, answers: dict[str, Any]) -> None:
    from rich.table import Table

    from ..render.console import console

    c = console(highlight=False)
    nodes = g.g.nodes

    def name(n: str) -> str:
        d = nodes[n]
        return f"{d.get('number') or n} ({d.get('level') or '?'}{', ' + d['locality'] if d.get('locality') else ''})"

    if "chain" in answers:
        c.print("[bold]Chain[/bold]")
        for path in answers["chain"]:
            c.print("  " + "  →  ".join(name(n) for n in path))
    if "missing" in answers:
        m = answers["missing"]
        t = Table(title="Cited but not in the corpus (collect these)", title_justify="left")
        for col in ("Document", "Level", "Date", "Cited by"):
            t.add_column(col)
        for row in m["missing"]:
            t.add_row(
                row["number"] or row["id"],
                row["level"] or "?",
                row["date"] or "",
                str(row["in_degree"]),
            )
        c.print(t)
        for u in m["unresolved"]:
            c.print(
                f"  not tied with confidence: {u['number']} cited by {u['citing']}: {u['reason']}"
            )
    if "stats" in answers:
        c.print_json(json.dumps(answers["stats"], ensure_ascii=False))
    if "coverage" in answers:
        cov = answers["coverage"]
        c.print(
            f"[bold]Coverage of {cov['document']}[/bold]: {len(cov['covered'])} "
            f"{_UNIT_LABELS.get(cov['units'], cov['units'])} with a plan, "
            f"{len(cov['not_covered'])} without ({cov['share']:.0%})"
        )
        for r in cov["covered"]:
            c.print(f"  ✓ {r['unit']}: {', '.join(r['plans'])}")
        for r in cov.get("not_citing", []):
            c.print(f"  ~ {r['unit']}: has a plan, but it does not cite {cov['document']}: {', '.join(r['plans'])}")
        if cov["not_covered"]:
            c.print("  ✗ " + ", ".join(cov["not_covered"]))
