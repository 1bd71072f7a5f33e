"""Writing output files: atomically, and never over an input."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import UsageError


@contextlib.contextmanager
def open_output(
    path: Path | None, *, binary: bool = False, protect: tuple[str, ...] = ()
) -> Iterator[IO]:
    """Yield a stream for ``path`` (stdout when None); the file appears only
    complete: written to a temporary file beside it, then renamed over it."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    target = Path(path)
    resolved = target.resolve()
    for p in protect:
        if p != "-" and Path(p).resolve() == resolved:
            raise UsageError("refusing to overwrite an input file", str(path))
    if target.is_dir():
        raise UsageError("output path is a directory", str(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    try:
        fh: IO = (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        )
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
