"""Compiled patterns kept in the cache directory between runs.

``regex`` parses a pattern in Python: the ~90 patterns a provincial plan needs
take about 60 ms to compile, a sixth of a cold ``khtool parse one.txt``. A
compiled ``regex`` pattern pickles as its compiled program (``regex`` registers
the reducer: unpickling calls its C ``compile`` with the code, no parsing), and
loading one takes a few microseconds. So the patterns a process compiles are
written to one file at its exit, keyed by their source and flags, and a later
process loads them from there: like Python's bytecode cache, it is rebuilt
when khtool, ``regex`` or Python change, and a pattern whose source changed is
simply compiled again.

The standard ``re`` parses its patterns in Python too (about 50 of them in a
cold parse, ~17 ms), but pickles a pattern as its source, so the store keeps
the program ``re`` compiles it to instead and hands it back to ``_sre``, the C
engine, as ``re.compile`` itself does last. That reaches into ``re``'s private
modules, so it is guarded: the file is keyed by the engine's version number
(``_sre.MAGIC``, changed whenever its program changes), ``_sre`` checks every
program it is given, and any failure falls back to ``re.compile``. A test
checks that every ``re`` pattern of khtool loaded from the store equals the one
``re.compile`` makes (a pattern's equality compares its program).
"""

from __future__ import annotations

import atexit
import importlib
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from .cachefiles import default_cache_dir, read_pickle, write_pickle

# (engine, source, flags) -> the pickled compiled pattern ("regex") or the
# pickled arguments of ``_sre.compile`` ("re"); None until first asked
Key = tuple[str, str, int]
_stored: dict[Key, bytes] | None = None
_added: dict[Key, bytes] = {}


def _sre() -> Any:
    return importlib.import_module("_sre")


def _path() -> Path:
    from . import __version__

    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    engines = f"regex{regex.__version__}-sre{_sre().MAGIC}"
    return default_cache_dir() / f"patterns-{__version__}-{engines}-py{py}.pickle"


def _read() -> dict[Key, bytes]:
    data = read_pickle(_path())
    return data if isinstance(data, dict) else {}


def _blob(key: Key) -> bytes | None:
    global _stored
    if _stored is None:
        _stored = _read()
    return _stored.get(key)


def load(source: str, flags: int) -> Any | None:
    """The compiled ``regex`` pattern kept for this source and flags, or None."""
    blob = _blob(("regex", source, flags))
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
        keep(("regex", source, flags), pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
    return compiled


def load_std(source: str, flags: int) -> re.Pattern[str] | None:
    """The ``re`` pattern made from the program kept for this source and flags, or None."""
    blob = _blob(("re", source, flags))
    if blob is None:
        return None
    try:
        compiled: re.Pattern[str] = _sre().compile(source, *pickle.loads(blob))
    except Exception:  # a damaged entry or another engine's program: compiled again
        return None
    return compiled


def _std_program(source: str, flags: int) -> tuple[Any, ...]:
    """What ``re.compile`` passes ``_sre.compile`` after the source (its last step)."""
    parsed = importlib.import_module("re._parser").parse(source, flags)
    # (opcodes are named int constants, which do not pickle: kept as ints)
    code = [int(word) for word in importlib.import_module("re._compiler")._code(parsed, flags)]
    state = parsed.state
    index_group: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        index_group[index] = name
    return (flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))


def compile_std(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, made from the stored program when the store holds it."""
    compiled = load_std(source, flags)
    if compiled is not None:
        return compiled
    try:
        program = _std_program(source, flags)
        compiled = _sre().compile(source, *program)
        if compiled != re.compile(source, flags):  # not how this Python's re compiles
            raise ValueError(source)
    except Exception:  # re's private modules changed: compile as re does, keep nothing
        return re.compile(source, flags)
    keep(("re", source, flags), pickle.dumps(program, protocol=pickle.HIGHEST_PROTOCOL))
    return compiled


def derived(kind: str, source: str, make: Callable[[str], str]) -> str:
    """``make(source)``, a pattern's source written from another's (``kind``
    names what ``make`` does), kept in the store as the patterns are: reading
    a long pattern's source in Python costs milliseconds at every cold start
    (``patterns.opening_words``), looking its result up a few microseconds.
    Keyed by the source it is made from, so it is made again when that
    changes (and the store itself when khtool does)."""
    key = ("derived:" + kind, source, 0)
    blob = _blob(key)
    if blob is not None:
        return blob.decode("utf-8")
    out = make(source)
    keep(key, out.encode("utf-8"))
    return out


def keep(key: Key, blob: bytes) -> None:
    """Remember a pattern compiled in this process; written at exit."""
    if not _added:
        atexit.register(save)
    _added[key] = blob


def save() -> None:
    """Write the patterns compiled here, merged with what the file holds now
    (other processes may have added theirs since this one read it)."""
    if _added:
        write_pickle(_path(), _read() | _added)
        _added.clear()
