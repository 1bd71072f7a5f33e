"""Reading khtool's own JSONL back: ``khtool parse -f jsonl`` output and the
Dask engine's shards, one document per line.

Validating the JSON is most of the time a graph of a large corpus takes (a
100,000-plan JSONL is 3.2 GB), and lines are independent: with ``jobs > 1``
the files are cut into byte ranges at line ends and validated in worker
processes, which send back the (small) validated models in order.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ForeignJSON, InputError, KhtoolError
from .models import SCHEMA_VERSION

M = TypeVar("M", bound=BaseModel)

# Below this many bytes in all, one process reads faster than a pool starts.
PARALLEL_MIN_BYTES = 32 * 1024 * 1024
# A worker's share at a time: big enough to amortise sending it back, small
# enough that the workers stay busy until the end.
RANGE_BYTES = 8 * 1024 * 1024

# (line number in its file, error message) for a line that is not a document
BadLine = tuple[int, str]
# (input index, path, lines in the range, its models and bad lines)
Validated = tuple[int, str, int, list[M | BadLine]]


def read_jsonl(paths: list[str], model: type[M], *, jobs: int = 1) -> Iterator[M | KhtoolError]:
    """Each line of each file as ``model``, in order; a line that is not one
    gives an ``InputError`` naming the file and the line."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    # each range knows which input it is from (a file may be given twice)
    work = [
        (k, path, start, end, model) for k, path in enumerate(paths) for start, end in _ranges(path)
    ]
    lines_before = [0] * len(paths)
    if jobs <= 1 or sum(os.path.getsize(p) for p in paths) < PARALLEL_MIN_BYTES:
        results: Iterator[Validated[M]] = map(_validate_range, work)
        yield from _in_order(results, lines_before)
        return
    from .procpool import ordered_map

    yield from _in_order(
        ordered_map(_validate_range, work, jobs=jobs, on_lost=_lost_range), lines_before
    )


def _in_order(
    results: Iterator[Validated[M]], lines_before: list[int]
) -> Iterator[M | KhtoolError]:
    for k, path, n_lines, items in results:
        for item in items:
            if isinstance(item, tuple):
                line, message = item
                yield InputError(f"line {lines_before[k] + line}: {message}", path)
            else:
                yield item
        lines_before[k] += n_lines


def _ranges(path: str) -> list[tuple[int, int]]:
    """Byte ranges of about RANGE_BYTES covering the file, each ending at a line end."""
    out = []
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        start = 0
        while start < size:
            fh.seek(min(start + RANGE_BYTES, size))
            fh.readline()  # on to the end of the line the cut fell in
            end = min(fh.tell(), size)
            out.append((start, end))
            start = end
    return out


def _lost_range(args: tuple[int, str, int, int, type[M]], exitcode: int | None) -> Validated[M]:
    """A byte range whose worker process died reading it (killed by the
    system, out of memory): its lines, counted here, are one error naming the
    file, as a file whose parse worker died is in ``parse``; the other ranges
    are read."""
    k, path, start, end, _model = args
    how = f"killed by signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"
    try:
        with open(path, "rb") as fh:
            fh.seek(start)
            n_lines = fh.read(end - start).count(b"\n")
    except OSError:
        n_lines = 0
    after = f", nor the {n_lines - 1} line{'s' if n_lines > 2 else ''} after it" if n_lines > 1 else ""
    unread = f"not read{after}: the worker process reading it died ({how}; out of memory?)"
    return k, path, n_lines, [(1, unread)]


def _validate_range(args: tuple[int, str, int, int, type[M]]) -> Validated[M]:
    """Worker: one byte range of one input, validated."""
    k, path, start, end, model = args
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    lines = data.split(b"\n")
    return k, path, len(lines) - 1, _validate(lines, model)


def _validate(lines: list[bytes], model: type[M]) -> list[M | BadLine]:
    out: list[M | BadLine] = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = model.model_validate_json(line)
        except ValidationError as exc:
            out.append((i, _invalid(exc, _version_in(line))))
            continue
        other = _other_schema(getattr(doc, "schema_version", None))
        out.append((i, other) if other else doc)
    return out


def _other_schema(version: object) -> str | None:
    """The error for a document of a ``schema_version`` this khtool does not
    write (read as its own, its fields would be taken for what they are not);
    None for this one's, or none given (checked apart, where it matters)."""
    if version is None or version == SCHEMA_VERSION:
        return None
    return (
        f"schema_version {json.dumps(version)} is not this khtool's "
        f"({json.dumps(SCHEMA_VERSION)}): parse the documents again with it"
    )


def _version_in(line: bytes) -> object:
    """The ``schema_version`` of a line that is no valid document (read only
    then: it may say why)."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    return obj.get("schema_version") if isinstance(obj, dict) else None


def _invalid(exc: ValidationError, version: object) -> str:
    """Why a document did not validate: another schema's, when it says so."""
    return _other_schema(version) or f"not a khtool document ({_errors(exc.error_count())})"


def looks_like_json(data: bytes) -> bool:
    """Whether ``data`` opens as JSON data (an object or an array), not as a text."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def read_json(data: bytes, name: str, model: type[M]) -> list[M | KhtoolError]:
    """The documents in ``data``, khtool's own JSON: one Document (``parse -f
    json`` of one file), a list of them (of several) or JSON Lines (``-f
    jsonl``); what is not one gives an ``InputError`` naming ``name`` and
    the item or line."""
    body = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body[:1] not in (b"{", b"["):
        return [ForeignJSON("not khtool's JSON: a Document, a list of them or JSON Lines", name)]
    try:
        parsed = json.loads(body)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data" or body[:1] != b"{":
            return [InputError(f"not JSON ({exc.msg} at line {exc.lineno})", name)]
        # several lines, each a document: JSON Lines
        offset = data[: len(data) - len(body)].count(b"\n")
        return [
            InputError(f"line {item[0] + offset}: {item[1]}", name)
            if isinstance(item, tuple)
            else item
            for item in _validate(body.split(b"\n"), model)
        ]
    if isinstance(parsed, dict):
        return [_document(parsed, model, name, "")]
    return [_document(item, model, name, f"item {i}: ") for i, item in enumerate(parsed, 1)]


def _document(obj: object, model: type[M], name: str, where: str) -> M | KhtoolError:
    if not isinstance(obj, dict) or "schema_version" not in obj:
        return ForeignJSON(f"{where}not a khtool document (no schema_version)", name)
    other = _other_schema(obj["schema_version"])
    if other:
        return InputError(f"{where}{other}", name)
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        return InputError(f"{where}not a khtool document ({_errors(exc.error_count())})", name)


def _errors(n: int) -> str:
    return f"{n} error" if n == 1 else f"{n} errors"
