"""Many inputs: expand files/directories/globs, parse each, never stop on one bad file."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError, InternalError, KhtoolError
from .models import Document

SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm", ".jsonl"}


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files as given, directories walked (sorted), globs expanded; '-' is stdin."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            out.extend(
                str(f)
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in SUFFIXES - {".jsonl"}
            )
        elif any(ch in item for ch in "*?["):
            hits = sorted(glob.glob(item, recursive=True))
            if not hits:
                raise InputError("no file matches this pattern", item)
            out.extend(h for h in hits if os.path.isfile(h))
        else:
            out.append(item)
    return out


def parse_one(path: str) -> Document:
    from .pipeline import parse_bytes, parse_file

    if path == "-":
        import sys

        return parse_bytes(sys.stdin.buffer.read(), "-")
    return parse_file(path)


def parse_many(paths: list[str]) -> Iterator[Document | KhtoolError]:
    """Parse each path; yield the Document or the error, in input order."""
    for path in paths:
        try:
            yield parse_one(path)
        except KhtoolError as exc:
            if exc.path is None:
                exc.path = path
            yield exc
        except RecursionError:
            yield InputError("document too deeply nested to parse", path)
        except MemoryError:
            yield InputError("out of memory while parsing", path)
        except Exception as exc:  # a bug must cost one file, not the batch
            if os.environ.get("KHTOOL_DEBUG"):
                raise
            yield InternalError(
                f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
                path,
            )
