"""Parse on a Dask cluster into sharded JSONL (``khtool parse --engine dask``).

One machine with ``--jobs N`` parses a national corpus (tens of thousands of
plans) in minutes; this engine is for what one machine cannot do in time:
hundreds of thousands of documents, or a shared cluster already running.

The inputs are split into shards of ``shard_size`` paths. Each shard is one
Dask task: a worker parses its paths (the same code as ``--jobs``, the same
per-file error handling, the same content cache when asked) and returns the
JSON lines; the client writes ``part-00000.jsonl``, ``part-00001.jsonl``, …
into the output directory as shards finish (each file atomically), then a
``manifest.json`` listing the shards, the document count and the failures.
``khtool graph OUTDIR`` reads the shards back.

Workers open the input paths themselves, so on a multi-machine cluster the
inputs must be on a filesystem every worker sees (the usual NFS/HPC set-up);
outputs are written by the client only.

dask is imported only here, and only when the engine is used
(from a checkout ``pip install -e '.[dask]'``; ``khtool[dask]`` once published).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .batch import error_from
from .errors import KhtoolError, UsageError
from .outputs import open_output

SHARD_PATTERN = "part-*.jsonl"
MANIFEST = "manifest.json"


@dataclass
class ShardRun:
    """What a distributed parse produced."""

    out_dir: Path
    shards: list[Path] = field(default_factory=list)
    documents: int = 0
    failures: list[KhtoolError] = field(default_factory=list)


def _parse_shard(
    paths: list[str], cache_root: str | None
) -> tuple[str, list[tuple[str, str, str]]]:
    """Worker side: (JSON lines, [(status, path, message)])."""
    from .batch import PARSED, _work

    lines: list[str] = []
    errors: list[tuple[str, str, str]] = []
    for path in paths:
        status, p, payload, _trace = _work((path, cache_root))
        if status in PARSED:
            lines.append(payload)
        else:
            errors.append((status, p, payload))
    return "".join(line + "\n" for line in lines), errors


def _prepare_out_dir(out_dir: Path) -> None:
    """A new directory, or one holding only an earlier run's shards (replaced)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ours = {p.name for p in out_dir.glob(SHARD_PATTERN)} | {MANIFEST}
    foreign = [p.name for p in out_dir.iterdir() if p.name not in ours]
    if foreign:
        raise UsageError(
            f"output directory holds other files ({', '.join(sorted(foreign)[:3])}); "
            "give a new directory",
            str(out_dir),
        )
    for p in out_dir.glob(SHARD_PATTERN):
        p.unlink()
    (out_dir / MANIFEST).unlink(missing_ok=True)


def _write_atomic(path: Path, text: str) -> None:
    with open_output(path) as fh:
        fh.write(text)


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "the dask engine needs dask.distributed: pip install 'dask[distributed]' "
            "(from a khtool checkout: pip install -e '.[dask]')"
        ) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler ({exc})", scheduler) from None
    cluster = LocalCluster(
        n_workers=workers or (os.cpu_count() or 1),
        threads_per_worker=1,  # parsing is pure Python: one process per core
        processes=True,
        dashboard_address=":0",  # any free port: never collide with a running cluster
        scheduler_port=0,
    )
    return Client(cluster), cluster


def parse_to_shards(
    paths: list[str],
    out_dir: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    workers: int = 0,
    shard_size: int = 500,
    cache_root: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[KhtoolError], None] | None = None,
) -> ShardRun:
    """Parse ``paths`` on a Dask cluster into JSONL shards in ``out_dir``.

    ``scheduler`` is a scheduler address ("tcp://host:8786"); without one a
    local cluster of ``workers`` processes (0: one per core) is started and
    closed. ``on_progress(n)`` is called with the number of inputs each
    finished shard held; ``on_error`` with each failed input. One bad file, or
    one lost shard, never stops the others."""
    if shard_size < 1:
        raise UsageError("--shard-size must be at least 1")
    if "-" in paths:
        raise UsageError("the dask engine reads files, not standard input")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError("the dask engine writes a directory of shards; this is a file", str(out))
    run = ShardRun(out_dir=out)
    chunks = [paths[i : i + shard_size] for i in range(0, len(paths), shard_size)]
    client, cluster = _client(scheduler, workers)  # before touching the output directory
    try:
        from dask.distributed import as_completed

        _prepare_out_dir(out)

        futures = [
            client.submit(_parse_shard, chunk, cache_root, pure=False, key=f"khtool-shard-{i}")
            for i, chunk in enumerate(chunks)
        ]
        shard_of = {f.key: i for i, f in enumerate(futures)}
        for fut in as_completed(futures):
            index = shard_of[fut.key]
            chunk = chunks[index]
            try:
                text, errors = fut.result()
            except Exception as exc:  # a lost worker costs its shard, not the run
                errors = [
                    (
                        "InternalError",
                        p,
                        f"shard failed on the cluster ({type(exc).__name__}: {exc})",
                    )
                    for p in chunk
                ]
                text = ""
            finally:
                fut.release()
            if text:
                shard = out / f"part-{index:05d}.jsonl"
                _write_atomic(shard, text)
                run.shards.append(shard)
                run.documents += len(chunk) - len(errors)
            for status, p, message in errors:
                err = error_from(status, p, message)
                run.failures.append(err)
                if on_error:
                    on_error(err)
            if on_progress:
                on_progress(len(chunk))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    run.shards.sort()
    manifest = {
        "shards": [p.name for p in run.shards],
        "documents": run.documents,
        "failures": [
            {"path": e.path, "error": e.message, "exit_code": e.exit_code} for e in run.failures
        ],
    }
    _write_atomic(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return run
