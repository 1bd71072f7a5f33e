"""Many inputs: expand files/directories/globs, parse each, never stop on one bad file.

``parse_many`` yields, in input order, a ``Document`` or the ``KhtoolError`` of
each input. With ``jobs > 1`` files are parsed in worker processes; results
stream back in order, so memory stays flat whatever the corpus size. A cache
keyed by the file's content (and khtool's version) makes a re-run parse only
what changed.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import InputError, InternalError, KhtoolError
from .models import SCHEMA_VERSION, Document

SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm"}


def expand_inputs(inputs: list[str], suffixes: set[str] = SUFFIXES) -> list[str]:
    """Files as given, directories walked (sorted), globs expanded; '-' is stdin.

    A directory's files of ``suffixes`` are inputs (and its symbolic links
    that lead to no file: each fails as an input of its own), but not what only lives
    beside documents (``is_companion_file``) nor anything in a hidden (dot)
    folder under it; a glob skips companion files too. A file named as it
    is always counts."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            out.extend(str(f) for f in walk_dir(p) if f.suffix.lower() in suffixes)
        elif any(ch in item for ch in "*?["):
            hits = sorted(glob.glob(item, recursive=True))
            if not hits:
                raise InputError("no file matches this pattern", item)
            out.extend(h for h in hits if _file_or_bad_link(Path(h)) and not is_companion_file(h))
        else:
            out.append(item)
    # the same file named twice (or also in a folder given) is one input
    seen: set[str] = set()
    unique: list[str] = []
    for name in out:
        key = name if name == "-" else os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            unique.append(name)
    return unique


def names_one_file(inputs: list[str]) -> bool:
    """Whether the call names one file (or stdin): no folder, glob or second input."""
    return len(inputs) == 1 and (
        inputs[0] == "-" or not (Path(inputs[0]).is_dir() or any(ch in inputs[0] for ch in "*?["))
    )


def walk_dir(root: Path) -> list[Path]:
    """The files under ``root`` (sorted), leaving out hidden (dot) files and
    folders below it and companion files (``is_companion_file``)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # (not walked at all)
        found.extend(
            Path(folder, f)
            for f in files
            if not f.startswith(".") and not is_companion_file(f) and _file_or_bad_link(Path(folder, f))
        )
    return sorted(found)


def _file_or_bad_link(path: Path) -> bool:
    """A file, or a symbolic link that leads to none (a loop, a link to
    nothing): such a link is an input, to fail as one (a corpus must not lose
    a document without a word); a link to a socket or a FIFO is none."""
    return os.path.isfile(path) or (os.path.islink(path) and not os.path.exists(path))


def is_companion_file(name: str) -> bool:
    """An editor's owner or lock file beside a document, not a document: Word's
    ``~$plan.docx`` while someone has plan.docx open, LibreOffice's
    ``.~lock.plan.docx#``."""
    base = os.path.basename(name)
    return base.startswith("~$") or base.startswith(".~lock.")


# ---------------------------------------------------------------------------
# cache
# ---------------------------------------------------------------------------


@cache
def rules_fingerprint() -> str:
    """khtool's version, schema and the bytes of its own code and tables: an
    installed checkout that changes a rule, at the same version, does not
    reuse results its old rules gave; and what it reads from other packages
    (``sources_fingerprint``)."""
    return fingerprint_of(Path(__file__).resolve().parent) + sources_fingerprint()


# The installed packages whose version can change a result: the readers
# (PDF, DOCX, HTML, text of unknown encoding), the gazetteer's package, the
# regex engine and the fuzzy matcher
RESULT_PACKAGES = (
    "pypdf",
    "python-docx",
    "beautifulsoup4",
    "charset-normalizer",
    "underthesea",
    "regex",
    "rapidfuzz",
)


def sources_fingerprint() -> str:
    """The versions of ``RESULT_PACKAGES`` and the gazetteer file's size and
    modification time: read from the packages' metadata, none imported (so
    the cache costs no start-up), once per run through ``rules_fingerprint``."""
    from importlib import metadata

    parts = []
    for name in RESULT_PACKAGES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
    try:
        from .gazetteer import _data_path

        st = os.stat(_data_path())
        parts.append(f"gazetteer={st.st_size}:{st.st_mtime_ns}")
    except (OSError, RuntimeError):
        parts.append("gazetteer=-")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def fingerprint_of(package: Path) -> str:
    """``rules_fingerprint`` of the package in the folder ``package``."""
    from . import __version__

    h = hashlib.sha256(f"{__version__}\0{SCHEMA_VERSION}\0".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(path.relative_to(package).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


@dataclass(eq=False)
class Cache:
    """Parsed documents as JSON, keyed by the input's bytes and khtool's
    version; ``hits`` counts the results a batch took from it and ``parsed``
    names the inputs it parsed afresh (counted where the results are
    gathered, whichever process read them)."""

    root: Path
    hits: int = 0
    parsed: list[str] = field(default_factory=list)

    def key(self, data: bytes, name: str) -> str:
        h = hashlib.sha256()
        h.update(f"{rules_fingerprint()}\0{Path(name).suffix.lower()}\0".encode())
        h.update(data)
        return h.hexdigest()

    def get(self, key: str) -> str | None:
        try:
            return (self.root / key[:2] / f"{key}.json").read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, key: str, payload: str) -> None:
        d = self.root / key[:2]
        try:
            d.mkdir(parents=True, exist_ok=True)
            tmp = d / f".{key}.{os.getpid()}.tmp"
            tmp.write_text(payload, encoding="utf-8")
            os.replace(tmp, d / f"{key}.json")
        except OSError:
            pass  # a cache that cannot be written is only a slower run


# ---------------------------------------------------------------------------
# one input
# ---------------------------------------------------------------------------


def parse_path(path: str) -> Document:
    """Parse one input path ('-' is stdin); errors propagate."""
    return _parse_path(path)


def _parse_path(path: str) -> Document:
    from .pipeline import parse_bytes, parse_file

    if path == "-":
        import sys

        return parse_bytes(sys.stdin.buffer.read(), "-")
    return parse_file(path)


def _parse_cached(path: str, cache: Cache) -> tuple[str, bool]:
    """The document's JSON, from the cache when the file's bytes are known
    (then True)."""
    from .read import Limits

    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        size = -1
    if path == "-" or size < 0 or size > Limits().max_bytes:
        return _parse_path(path).model_dump_json(), False
    data = p.read_bytes()
    key = cache.key(data, path)
    hit = cache.get(key)
    if hit is not None:
        # the entry was made for whichever file of these bytes came first: its
        # path, in source.path and in every span, becomes this file's
        doc = Document.model_validate(_renamed(json.loads(hit), path))
        doc.source.path = path
        return doc.model_dump_json(), True
    from .pipeline import parse_bytes

    doc = parse_bytes(data, path)
    payload = doc.model_dump_json()
    cache.put(key, payload)
    return payload, False


def _renamed(doc: dict, path: str) -> dict:
    """``doc`` (a document as JSON data) with every span's ``file`` that names
    its source file naming ``path`` instead."""
    old = (doc.get("source") or {}).get("path")

    def walk(x: object) -> None:
        if isinstance(x, dict):
            if "file" in x and x["file"] == old and "start" in x:
                x["file"] = path
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(doc)
    return doc


# (status, path, JSON or the error's message, its traceback under --debug);
# the status of a result is "ok", or "cached" when it came from the cache
WorkResult = tuple[str, str, str, str | None]
PARSED = ("ok", "cached")


def _work(args: tuple[str, str | None]) -> WorkResult:
    """Worker: the result of one input, never raised (a bug costs one file,
    not the batch; ``--debug`` adds the traceback, it does not stop the run)."""
    path, cache_root = args
    try:
        if cache_root:
            payload, hit = _parse_cached(path, Cache(Path(cache_root)))
            return ("cached" if hit else "ok"), path, payload, None
        return "ok", path, _parse_path(path).model_dump_json(), None
    except Exception as exc:
        err = _as_error(exc, path)
        return type(err).__name__, path, err.message, err.trace


def _lost(args: tuple[str, str | None], exitcode: int | None) -> WorkResult:
    """The result of an input whose worker process died parsing it."""
    how = f"killed by signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"
    return (
        "InternalError",
        args[0],
        f"the worker process that had it died ({how}; out of memory?)",
        None,
    )


def _as_error(exc: Exception, path: str) -> KhtoolError:
    """The error one input's exception stands for, its traceback kept under
    ``--debug``: a KhtoolError as it is, running out of stack or memory an
    input error, anything else a bug (InternalError)."""
    if isinstance(exc, KhtoolError):
        err = exc
        if err.path is None:
            err.path = path
    elif isinstance(exc, RecursionError):
        err = InputError("document too deeply nested to parse", path)
    elif isinstance(exc, MemoryError):
        err = InputError("out of memory while parsing", path)
    else:
        err = InternalError(
            f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it", path
        )
    if os.environ.get("KHTOOL_DEBUG"):
        import traceback

        err.trace = "".join(traceback.format_exception(exc))
    return err


_ERRORS: dict[str, type[KhtoolError]] = {"InputError": InputError, "InternalError": InternalError}


def error_from(status: str, path: str, message: str, trace: str | None = None) -> KhtoolError:
    """The error a worker reported as (status, path, message, traceback)."""
    err = _ERRORS.get(status, InputError)(message, path)
    err.trace = trace
    return err


def parse_many_json(
    paths: list[str], *, jobs: int = 1, cache: Cache | None = None
) -> Iterator[tuple[str, str | KhtoolError]]:
    """(path, JSON or error) for each path, in input order."""
    root = str(cache.root) if cache else None
    work = [(p, root) for p in paths]
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(paths) < 2 or "-" in paths:
        results: Iterator[WorkResult] = map(_work, work)
        yield from _decode(results, cache)
        return
    from .procpool import ordered_map

    yield from _decode(ordered_map(_work, work, jobs=jobs, chunksize=4, on_lost=_lost), cache)


def _decode(results: Iterator[WorkResult], cache: Cache | None) -> Iterator[tuple[str, str | KhtoolError]]:
    for status, path, payload, trace in results:
        if status in PARSED:
            if cache is not None:
                if status == "cached":
                    cache.hits += 1
                else:
                    cache.parsed.append(path)
            yield path, payload
        else:
            yield path, error_from(status, path, payload, trace)


def parse_many(
    paths: list[str], *, jobs: int = 1, cache: Cache | None = None
) -> Iterator[Document | KhtoolError]:
    """Parse each path; yield the Document or the error, in input order."""
    if jobs == 1 and cache is None:
        for path in paths:
            yield _parse_one(path)
        return
    for _path, item in parse_many_json(paths, jobs=jobs, cache=cache):
        yield item if isinstance(item, KhtoolError) else Document.model_validate_json(item)


def parse_many_text(paths: list[str], *, jobs: int = 1) -> Iterator[tuple[Document | KhtoolError, str | None]]:
    """``parse_many`` (no cache), each Document beside its file's text as the
    parse read it (``normalize_source``-d: its spans count in it; None for
    stdin and for an input that failed): the text check places its findings
    in, read once, by the worker that parsed it under ``jobs``."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(paths) < 2 or "-" in paths:
        for path in paths:
            try:
                yield _parse_path_text(path)
            except Exception as exc:
                yield _as_error(exc, path), None
        return
    from .procpool import ordered_map

    work = [(p, None) for p in paths]
    for (status, path, payload, trace), text in ordered_map(
        _work_text, work, jobs=jobs, chunksize=4, on_lost=_lost_text
    ):
        if status in PARSED:
            yield Document.model_validate_json(payload), text
        else:
            yield error_from(status, path, payload, trace), None


def _parse_path_text(path: str) -> tuple[Document, str | None]:
    if path == "-":
        return _parse_path(path), None
    from .normalize import normalize_source
    from .pipeline import parse_file_text

    doc, text = parse_file_text(path)
    return doc, normalize_source(text)


def _work_text(args: tuple[str, str | None]) -> tuple[WorkResult, str | None]:
    """Worker of ``parse_many_text``: ``_work``'s result and the text."""
    path = args[0]
    try:
        doc, text = _parse_path_text(path)
        return ("ok", path, doc.model_dump_json(), None), text
    except Exception as exc:
        err = _as_error(exc, path)
        return (type(err).__name__, path, err.message, err.trace), None


def _lost_text(args: tuple[str, str | None], exitcode: int | None) -> tuple[WorkResult, str | None]:
    return _lost(args, exitcode), None


def parse_one_input(path: str, data: bytes | None = None) -> Document | KhtoolError:
    """The Document of one input, or its error (never raised); ``data``: its
    bytes when already read (stdin)."""
    return _parse_one(path, data)


def _parse_one(path: str, data: bytes | None = None) -> Document | KhtoolError:
    try:
        if data is not None:
            from .pipeline import parse_bytes

            return parse_bytes(data, path)
        return _parse_path(path)
    except Exception as exc:
        return _as_error(exc, path)
