"""``khtool diff A B``: two plans side by side."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import EXIT_FINDINGS, KhtoolError, UsageError
from . import LANG_HELP, app, check_format, check_lang, fail, note_output


@app.command()
def diff(
    a: str = typer.Argument(..., help="First plan (a file, or '-' for stdin)."),
    b: str = typer.Argument(..., help="Second plan."),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="table (default on a terminal), md, json or html."
    ),
    only: str | None = typer.Option(
        None,
        "--only",
        help="Show only these parts in table, md and html: added, removed, changed, targets,"
        " deadlines, funding (comma-separated); -f json always carries everything.",
    ),
    method: str = typer.Option(
        "ngrams", "--method", help="Similarity: ngrams (syllable n-grams) or words (underthesea)."
    ),
    fail_under: float | None = typer.Option(
        None,
        "--fail-under",
        help="Exit 1 when task coverage of A by B is below this percent, 0-100"
        " (between levels, of A's tasks at B's level; where B's issuer is one of A's"
        " bodies, of its part of A; between peers too, with a note on stderr); the JSON gives coverage as a"
        " fraction: --fail-under 80 is 0.8 there.",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the report here (atomically)."
    ),
    lang: str = typer.Option("en", "--lang", envvar="KHTOOL_LANG", help=LANG_HELP + " (table, md and html)"),
) -> None:
    """Compare two plans: citations, sections, tasks, sectors, targets, deadlines."""
    from ..batch import parse_path as parse_one
    from ..diff import diff_plans
    from ..outputs import open_output
    from ..render.diff_out import print_table, to_html, to_json, to_markdown

    if output is not None and str(output) == "-":  # -o - is stdout
        output = None
    note_output(output)
    chosen = fmt or ("table" if sys.stdout.isatty() and output is None else "json")
    check_format(chosen, ("table", "md", "json", "html"))
    check_lang(lang)
    if method not in ("ngrams", "words"):
        raise fail(KhtoolError(f"unknown method '{method}': use ngrams or words"))
    if fail_under is not None:
        if not 0 <= fail_under <= 100:
            raise fail(UsageError(f"--fail-under takes a percent from 0 to 100, not {fail_under:g}"))
        if 0 < fail_under <= 1:
            print(
                f"khtool: warning: --fail-under {fail_under:g} is read as {fail_under:g}%:"
                f" a percent is expected: did you mean {fail_under * 100:g}?",
                file=sys.stderr,
            )
    from ..render.diff_out import ONLY

    wanted = {x.strip() for x in only.split(",") if x.strip()} if only else None
    if unknown := sorted((wanted or set()) - set(ONLY)):
        raise fail(
            UsageError(f"unknown --only part '{unknown[0]}': use {', '.join(ONLY[:-1])} or {ONLY[-1]}")
        )
    try:
        da, db = parse_one(a), parse_one(b)
        result = diff_plans(da, db, method=method)
        with open_output(output, protect=(a, b)) as out:
            if chosen == "json":
                out.write(to_json(result) + "\n")
            elif chosen == "md":
                out.write(to_markdown(result, wanted, lang))
            elif chosen == "html":
                out.write(to_html(result, wanted, lang))
            else:
                print_table(result, out, wanted, lang)
    except KhtoolError as exc:
        raise fail(exc) from None
    # between levels, what B must carry is A's tasks at its level; where B's
    # issuer is one of A's bodies, its part of A (the report leads with it)
    coverage = result.summary["coverage"]
    if fail_under is not None and result.summary.get("peers"):
        # two plans of one level: --fail-under keeps its meaning (A's tasks B
        # covers), which is no shortfall of B's: say so, and against what one is
        parent = result.summary.get("common_parent")
        print(
            f"khtool: note: A and B are peers (one level, neither cites the other): --fail-under checks the"
            f" coverage of A by B ({coverage:.0%}; of B by A {result.tasks.coverage_b_by_a:.0%}), not either plan"
            " against the plan above"
            + (f"; to check each against the plan both carry out, diff {parent} with A, then with B" if parent else ""),
            file=sys.stderr,
        )
    if fail_under is not None and coverage * 100 < fail_under:
        raise typer.Exit(EXIT_FINDINGS)
