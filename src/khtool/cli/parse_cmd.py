"""``khtool parse`` and ``khtool schema``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import EXIT_FINDINGS, EXIT_INPUT, InputError, KhtoolError, UsageError
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
    settle,
)

if TYPE_CHECKING:
    from ..batch import Cache


class _NothingRead(Exception):
    """Every input failed: the output is not replaced."""


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class ParseFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    md = "md"


@app.command()
def parse(
    inputs: list[str] = typer.Argument(..., help="Files, directories or globs; '-' reads stdin."),
    fmt: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help="json, jsonl (one document per line), table (default on a terminal) or md.",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here (atomically) instead of stdout."
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Worker processes (0: one per core)."),
    cache: bool = typer.Option(
        False, "--cache/--no-cache", help="Reuse results for files whose content was parsed before."
    ),
    cache_dir: Path | None = typer.Option(
        None, "--cache-dir", help="Cache location (default ~/.cache/khtool)."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar (default: when stderr is a terminal)."
    ),
    engine: Engine = typer.Option(
        Engine.local,
        "--engine",
        help="local (this machine, --jobs processes) or dask (a Dask cluster; "
        "writes JSONL shards into the -o directory).",
    ),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        help="Dask scheduler address (tcp://host:8786); without it a local cluster "
        "of --jobs workers is started.",
    ),
    shard_size: int = typer.Option(
        500, "--shard-size", min=1, help="Documents per shard (and per Dask task)."
    ),
    verbose: bool = typer.Option(
        False,
        "--verbose",
        "-v",
        help="With --cache, also name on stderr each input parsed afresh (not taken from the cache).",
    ),
    failures_out: Path | None = typer.Option(
        None,
        "--failures",
        help="Also write the inputs that failed here, one JSON object per line "
        "({path, error, exit_code}); an empty file when none failed.",
    ),
    lang: str = typer.Option("en", "--lang", envvar="KHTOOL_LANG", help=LANG_HELP + " (table)"),
) -> None:
    """Parse documents into the khtool document model."""
    from ..batch import Cache, expand_inputs, names_one_file, parse_many, parse_many_json
    from ..cachefiles import default_cache_dir
    from ..render.document import render_documents

    settle()  # (what the parse imports stays to the end)
    if output is not None and str(output) == "-":  # -o - is stdout
        output = None
    chosen = fmt or ("table" if sys.stdout.isatty() and output is None else "json")
    check_format(chosen, tuple(ParseFormat))
    check_lang(lang)
    if failures_out is not None:
        _check_failures_path(failures_out, output, engine)
    note_output(output, failures_out, shards=engine is Engine.dask)
    try:
        paths = expand_inputs(inputs)
        if not paths:
            raise InputError("no documents found", " ".join(inputs))
    except KhtoolError as exc:
        _write_failures(failures_out, [exc], inputs)
        raise fail(exc) from None
    if failures_out is not None and any(
        p != "-" and Path(os.path.realpath(p)) == failures_out.resolve() for p in paths
    ):
        raise fail(UsageError("refusing to overwrite an input file", str(failures_out)))
    if failures_out is not None and failures_out.is_file() and not failures_out.is_symlink():
        # an earlier run's list is no part of this one's, should it stop
        # before writing its own (an interrupt)
        failures_out.unlink()
    store = Cache(cache_dir or default_cache_dir()) if cache or cache_dir else None
    if engine is Engine.dask:
        _parse_dask(paths, output, fmt, scheduler, jobs, shard_size, store, progress, failures_out)
        return
    if scheduler is not None:
        raise fail(UsageError("--scheduler needs --engine dask"))
    failures: list[KhtoolError] = []

    def report(err: KhtoolError) -> None:
        # (--debug adds the traceback; the batch goes on all the same)
        failures.append(err)
        print_error(err)

    with progress_bar(len(paths), progress, "parsing") as tick:
        if chosen == "jsonl":
            # stream: each document is written as soon as it is parsed
            from ..outputs import open_output

            count = 0
            try:
                with open_output(output, protect=tuple(paths)) as out:
                    for _path, item in parse_many_json(paths, jobs=jobs, cache=store):
                        tick()
                        if isinstance(item, KhtoolError):
                            report(item)
                            continue
                        if item.startswith(_UNKNOWN_KIND, item.find(_KIND)):
                            _warn_no_document(_path)
                        out.write(item + "\n")
                        count += 1
                    if not count:
                        raise _NothingRead  # (the old file is kept, as when none is found)
            except _NothingRead:
                pass
            except KhtoolError as exc:
                raise fail(exc) from None
            results_count = count
        else:
            docs = []
            for item in _ticking(parse_many(paths, jobs=jobs, cache=store), tick):
                if isinstance(item, KhtoolError):
                    report(item)
                    continue
                if item.kind == "unknown":
                    _warn_no_document(item.source.path)
                docs.append(item)
            results_count = len(docs)
            # json's shape follows the call: one file named, one object;
            # a folder, a glob or several inputs, a list (of one, or none)
            # (nothing read: nothing written, the old -o file kept, as when
            # no input is found)
            array = not names_one_file(inputs)
            if docs:
                try:
                    render_documents(docs, chosen, output, protect=tuple(paths), array=array, lang=lang)
                except KhtoolError as exc:
                    raise fail(exc) from None
    _write_failures(failures_out, failures, paths)
    if store is not None:
        # (what a re-run saved: the results taken from the cache; with
        # --verbose, which inputs were new or changed, to audit the increment)
        if verbose:
            for name in store.parsed:
                print(f"khtool: parsed (not in the cache): {name}", file=sys.stderr)
        print(f"khtool: {store.hits} of {len(paths)} inputs from the cache ({store.root})", file=sys.stderr)
    if failures:
        print_failure_count(len(failures), len(paths))
        # some inputs failed: 1 when others were parsed, 3 when none could be
        # (4 when a bug is among the reasons, with or without --debug)
        raise typer.Exit(
            EXIT_FINDINGS if results_count else max(EXIT_INPUT, *(f.exit_code for f in failures))
        )


# The document's own ``kind`` in its JSON: the first "kind" key (its source
# has none; its sections' and attachments' come after it; pydantic writes no
# spaces, and a text's quotes are escaped)
_KIND = '"kind":'
_UNKNOWN_KIND = '"kind":"unknown"'


def _warn_no_document(path: str | None) -> None:
    """A parsed input that holds no document (no header, no news item: a
    README, an English page) is written, and said: the pipeline's sign that
    a wrong file went through (the exit code stays)."""
    print(
        f"khtool: warning: {path or 'stdin'}: no administrative document found "
        "(no header: kind unknown)",
        file=sys.stderr,
    )


def _parse_dask(
    paths: list[str],
    output: Path | None,
    fmt: str | None,
    scheduler: str | None,
    jobs: int,
    shard_size: int,
    store: Cache | None,
    progress: bool | None,
    failures_out: Path | None,
) -> None:
    from ..distributed import parse_to_shards

    if output is None:
        raise fail(UsageError("--engine dask writes shards: give the output directory with -o"))
    if fmt not in (None, ParseFormat.jsonl):
        raise fail(UsageError("--engine dask writes JSONL shards; --format must be jsonl"))
    with progress_bar(len(paths), progress, "parsing") as advance:

        try:
            run = parse_to_shards(
                paths,
                output,
                scheduler=scheduler,
                workers=jobs if jobs > 1 else 0,
                shard_size=shard_size,
                cache_root=str(store.root) if store else None,
                on_progress=advance,
                on_error=print_error,
            )
        except KhtoolError as exc:
            raise fail(exc) from None
    _write_failures(failures_out, run.failures, paths)
    print(
        f"khtool: {run.documents} documents in {len(run.shards)} shards in {run.out_dir}",
        file=sys.stderr,
    )
    if run.failures:
        print_failure_count(len(run.failures), len(paths))
        raise typer.Exit(EXIT_FINDINGS if run.documents else EXIT_INPUT)


def _check_failures_path(failures_out: Path, output: Path | None, engine: Engine) -> None:
    """``--failures`` names a file of its own: not the output (nor, with the
    dask engine, a file in its folder of shards), and not stdout."""
    if str(failures_out) == "-":
        raise fail(UsageError("--failures takes a file name; the output goes to stdout"))
    if output is None:
        return
    where = failures_out.resolve()
    if where == output.resolve() or (engine is Engine.dask and where.parent == output.resolve()):
        raise fail(UsageError("--failures must not be the output (-o) nor inside it", str(failures_out)))


def _write_failures(path: Path | None, failures: list[KhtoolError], protect: list[str]) -> None:
    """The inputs that failed as JSON Lines, {path, error, exit_code} each, in
    input order (atomically; an empty file when none failed), for a pipeline
    to read rather than parse stderr's lines."""
    if path is None:
        return
    from ..outputs import open_output

    try:
        with open_output(path, protect=tuple(protect)) as out:
            for err in failures:
                record = {"path": err.path, "error": err.message, "exit_code": err.exit_code}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except KhtoolError as exc:
        raise fail(exc) from None


def _ticking(items: Iterator[Any], tick: Any) -> Iterator[Any]:
    for item in items:
        tick()
        yield item


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document model."""
    from ..models import document_schema

    print(json.dumps(document_schema(), ensure_ascii=False, indent=2))
