"""``khtool check`` and ``khtool rules``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import EXIT_FINDINGS, EXIT_INPUT, InputError, KhtoolError
from . import (
    LANG_HELP,
    app,
    check_format,
    check_lang,
    fail,
    note_output,
    print_error,
    print_failure_count,
    progress_bar,
)


@app.command()
def check(
    inputs: list[str] = typer.Argument(..., help="Files, directories or globs to check."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, json, sarif or github."),
    fail_on: str | None = typer.Option(
        None, "--fail-on", help="error (default), warning, info (SARIF's note) or never."
    ),
    select: str | None = typer.Option(
        None, "--select", help="Comma-separated rule ids or prefixes to run."
    ),
    ignore: str | None = typer.Option(
        None, "--ignore", help="Comma-separated rule ids or prefixes to skip."
    ),
    config: Path | None = typer.Option(
        None, "--config", help="khtool.toml or pyproject.toml to use."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the report here (atomically)."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar (default: when stderr is a terminal)."
    ),
    lang: str = typer.Option("en", "--lang", envvar="KHTOOL_LANG", help=LANG_HELP + " (text)"),
) -> None:
    """Lint documents: form, dates, citations, structure, assignments.

    The rules across documents (KH601-KH606: a plan late, citing a wrong date,
    missing or replaced plan above) compare the documents of one run: give
    the plans above with those below, `khtool check province.txt wards/`."""
    from ..batch import expand_inputs
    from ..check import check_paths, find_config, load_config
    from ..outputs import open_output
    from ..render.check_out import print_text, to_github, to_json, to_sarif

    check_format(fmt, ("text", "json", "sarif", "github"))
    check_lang(lang)
    note_output(None if output is None or str(output) == "-" else output)
    try:
        cfg = load_config(config or find_config())
        if select:
            cfg.select = [x.strip() for x in select.split(",") if x.strip()]
        if ignore:
            cfg.ignore += [x.strip() for x in ignore.split(",") if x.strip()]
        if fail_on:
            cfg.fail_on = fail_on
        cfg.validate()
        paths = expand_inputs(inputs)
        if not paths:  # a mis-mounted folder must not pass green
            raise InputError("no documents found", " ".join(inputs))
        with progress_bar(len(paths), progress, "checking") as tick:
            report = check_paths(paths, cfg, on_item=tick)
        # (nothing read: no report, the old -o file kept, as when none is found)
        if len(report.errors) < report.files:
            with open_output(output, protect=tuple(paths)) as out:
                if fmt == "json":
                    out.write(to_json(report) + "\n")
                elif fmt == "sarif":
                    out.write(json.dumps(to_sarif(report), ensure_ascii=False, indent=2) + "\n")
                elif fmt == "github":
                    out.write(to_github(report))
                else:
                    print_text(report, out, lang)
    except KhtoolError as exc:
        raise fail(exc) from None
    for err in report.errors:  # one line each on stderr, as in every command
        print_error(err)
    for warning in report.warnings:  # (as graph tells them)
        print(f"khtool: warning: {warning}", file=sys.stderr)
    print_failure_count(len(report.errors), report.files)
    from ..check import FAIL_ON

    # as for every command: 3 when no input could be read, 1 for findings at
    # or above --fail-on (never: none) or when some inputs could not be read
    if len(report.errors) == report.files:
        raise typer.Exit(EXIT_INPUT)
    if report.worst() >= FAIL_ON[cfg.fail_on] or report.errors:
        raise typer.Exit(EXIT_FINDINGS)


@app.command("rules")
def rules_cmd(fmt: str = typer.Option("text", "--format", "-f", help="text or json.")) -> None:
    """List every rule of `khtool check` with its explanation."""
    from ..check import rules

    check_format(fmt, ("text", "json"))

    rs = sorted(rules().values(), key=lambda r: r.id)
    if fmt == "json":
        print(json.dumps([r.__dict__ for r in rs], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    from ..render.console import console

    t = Table(title="khtool check rules", show_lines=False)
    for col in ("Id", "Name", "Severity", "Applies to", "Message (vi)", "Explanation"):
        t.add_column(col, overflow="fold")
    for r in rs:
        t.add_row(r.id, r.name, r.severity, r.applies, r.message, r.explanation)
    console(fit=True, highlight=False).print(t)
