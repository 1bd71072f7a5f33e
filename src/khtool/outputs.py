"""Writing output files: atomically, and never over an input."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from . import patterns as P
from .errors import UsageError


@contextlib.contextmanager
def open_output(
    path: Path | None, *, binary: bool = False, protect: tuple[str, ...] = ()
) -> Iterator[IO]:
    """Yield a stream for ``path`` (stdout when None or ``-``). A regular file
    (or a new path) appears only complete: written to a temporary file beside
    it, then renamed over it; a symlink is followed and its target replaced so;
    a device, a FIFO or a stream such as ``/dev/stdout`` is written directly
    (renaming over it would put a plain file in its place)."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    target = Path(path)
    resolved = Path(os.path.realpath(target))
    for p in protect:
        # (realpath, not Path.resolve: a symlink loop among the inputs is
        # their failure, told as theirs, not an exception here)
        if p != "-" and Path(os.path.realpath(p)) == resolved:
            raise UsageError("refusing to overwrite an input file", str(path))
    if target.is_dir():
        raise UsageError("output path is a directory", str(path))
    if _is_stream(target, resolved):
        with _open_direct(target, path, binary) as stream:
            yield stream
        return
    # a symlink (latest.json -> runs/x.json) stays one: its target is replaced
    target = resolved if target.is_symlink() else target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent)
        )
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        # mkstemp's 0600 would hide the file from other readers
        os.chmod(tmp, _mode_for(target))
        fh: IO = (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        )
        with fh:
            try:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            except OSError as exc:
                if exc.errno in _FULL:
                    raise cannot_write(path, exc) from None
                raise
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise cannot_write(path, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _is_stream(target: Path, resolved: Path) -> bool:
    """Whether ``target`` is written in place: it is (or links to) something
    other than a regular file (a character device, a FIFO, a socket), or a
    file descriptor's name (``/dev/stdout``, ``/dev/fd/3``, ``/proc/self/fd/1``)
    whatever it is open on."""
    try:
        st = os.stat(target)  # (follows symlinks)
    except OSError:
        return False  # a new file (or a dangling link: its target is created)
    if not stat.S_ISREG(st.st_mode):
        return True
    names = (str(target.absolute()), str(resolved))
    return any(P.STREAM_PATH.match(n) for n in names)


@contextlib.contextmanager
def _open_direct(target: Path, path: Path | str, binary: bool) -> Iterator[IO]:
    """Write into ``target`` as a stream: no temporary file, no rename (a FIFO
    waits for its reader, as ``cat > fifo`` does); appending, so a file
    descriptor's name leaves what its owner wrote before (``>>``)."""
    try:
        fh: IO = (
            open(target, "ab")  # noqa: SIM115
            if binary
            else open(target, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
        )
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        with fh:
            yield fh
            fh.flush()
    except OSError as exc:
        if exc.errno in _FULL or exc.errno in (errno.EPIPE, errno.EIO, errno.ENXIO):
            raise cannot_write(path, exc) from None
        raise


# a write that fails for want of room
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def cannot_write(path: Path | str, exc: OSError) -> UsageError:
    """The one-line error for an output path that cannot be written, naming
    the path as given (not the temporary file beside it)."""
    target = Path(path)
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                return UsageError(f"cannot write: {parent} is a file, not a folder", str(path))
            break
    reason = exc.strerror or type(exc).__name__
    if exc.errno in _FULL:
        return UsageError(f"cannot write: {reason}", str(path))
    return UsageError(f"cannot write a file in {target.parent} ({reason})", str(path))


def _mode_for(target: Path) -> int:
    """The mode of the file ``target`` replaces, else a new file's (0666 less
    the umask), as ``open()`` would give it."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
