"""``khtool parse`` and ``khtool schema``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from ..errors import EXIT_FINDINGS, EXIT_INPUT, KhtoolError
from . import app, fail, state


class ParseFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    md = "md"


@app.command()
def parse(
    inputs: list[str] = typer.Argument(..., help="Files, directories or globs; '-' reads stdin."),
    fmt: ParseFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="json, jsonl (one document per line), table (default on a terminal) or md.",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here (atomically) instead of stdout."
    ),
) -> None:
    """Parse documents into the khtool document model."""
    from ..batch import expand_inputs, parse_many
    from ..render.document import render_documents

    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() and output is None else "json")
    try:
        paths = expand_inputs(inputs)
    except KhtoolError as exc:
        raise fail(exc) from None
    failures = 0
    results = []
    for item in parse_many(paths):
        if isinstance(item, KhtoolError):
            failures += 1
            print(f"khtool: error: {item}", file=sys.stderr)
            if state["debug"]:
                raise item
            continue
        results.append(item)
    if results:
        try:
            render_documents(results, chosen, output, protect=tuple(paths))
        except KhtoolError as exc:
            raise fail(exc) from None
    if failures:
        # some inputs failed: 1 when others were parsed, 3 when none could be
        raise typer.Exit(EXIT_FINDINGS if results else EXIT_INPUT)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document model."""
    from ..models import Document

    print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
