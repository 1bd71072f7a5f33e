"""Compiled ``regex`` patterns kept in the cache directory between runs.

``regex`` parses a pattern in Python: the ~90 patterns a provincial plan needs
take about 60 ms to compile, a sixth of a cold ``khtool parse one.txt``. A
compiled ``regex`` pattern pickles as its compiled program (``regex`` registers
the reducer: unpickling calls its C ``compile`` with the code, no parsing), and
loading one takes a few microseconds. So the patterns a process compiles are
written to one file at its exit, keyed by their source and flags, and a later
process loads them from there: like Python's bytecode cache, it is rebuilt
when khtool, ``regex`` or Python change, and a pattern whose source changed is
simply compiled again. (Standard ``re`` patterns pickle as their source, so
keeping them would save nothing.)
"""

from __future__ import annotations

import atexit
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

from .cachefiles import default_cache_dir, read_pickle, write_pickle

# (source, flags) -> the pickled compiled pattern; None until first asked
_stored: dict[tuple[str, int], bytes] | None = None
_added: dict[tuple[str, int], bytes] = {}


def _path() -> Path:
    from . import __version__

    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    return default_cache_dir() / f"patterns-{__version__}-regex{regex.__version__}-py{py}.pickle"


def _read() -> dict[tuple[str, int], bytes]:
    data = read_pickle(_path())
    return data if isinstance(data, dict) else {}


def load(source: str, flags: int) -> Any | None:
    """The compiled pattern kept for this source and flags, or None."""
    global _stored
    if _stored is None:
        _stored = _read()
    blob = _stored.get((source, flags))
    if blob is None:
        return None
    try:
        compiled = pickle.loads(blob)
    except Exception:  # a damaged entry: compiled again, and replaced at exit
        return None
    return compiled if getattr(compiled, "pattern", None) == source else None


def compile(source: str, flags: int = 0) -> Any:
    """``regex.compile(source, flags)``, loaded from the store when it holds it."""
    compiled = load(source, flags)
    if compiled is None:
        compiled = regex.compile(source, flags)
        keep(source, flags, compiled)
    return compiled


def keep(source: str, flags: int, compiled: Any) -> None:
    """Remember a pattern compiled in this process; written at exit."""
    if not _added:
        atexit.register(save)
    _added[(source, flags)] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)


def save() -> None:
    """Write the patterns compiled here, merged with what the file holds now
    (other processes may have added theirs since this one read it)."""
    if _added:
        write_pickle(_path(), _read() | _added)
        _added.clear()
