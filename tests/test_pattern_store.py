"""Compiled regex patterns kept in the cache directory between runs
(khtool.pattern_store): used when they match, ignored when they do not."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from khtool import pattern_store
from khtool import patterns as P

from .conftest import SAMPLES

SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]

# Parse the sample; print its JSON and every regex pattern compiled from source
# (what the store saves: regex's pattern parser is Python code).
CHILD = """
import json, sys
import regex
compiled = []
real = regex.compile
def counting(pattern, flags=0, **kwargs):
    compiled.append((pattern, int(flags)))
    return real(pattern, flags, **kwargs)
regex.compile = counting
from khtool import parse_file
doc = parse_file(sys.argv[1]).model_dump_json()
print(json.dumps({"doc": doc, "compiled": compiled}))
"""


def _parse(cache: Path) -> dict:
    env = os.environ | {"KHTOOL_CACHE_DIR": str(cache)}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(SAMPLE)], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    out["compiled"] = {tuple(c) for c in out["compiled"]}
    return out


def _store_file(cache: Path) -> Path:
    (found,) = cache.glob("patterns-*.pickle")
    return found


def test_a_second_run_compiles_no_stored_pattern(tmp_path):
    first = _parse(tmp_path)
    stored = set(pickle.loads(_store_file(tmp_path).read_bytes()))
    assert len(first["compiled"] & stored) > 50
    second = _parse(tmp_path)
    assert second["doc"] == first["doc"]
    assert not second["compiled"] & stored
    # what is left is built for one document (its own short names for the
    # documents it cites), a few against the ~70 a cold run compiles
    assert len(second["compiled"]) < len(first["compiled"]) / 5


def test_a_damaged_store_is_rebuilt(tmp_path):
    good = _parse(tmp_path)["doc"]
    store = _store_file(tmp_path)
    store.write_bytes(b"not a pickle")
    assert _parse(tmp_path)["doc"] == good
    assert len(pickle.loads(store.read_bytes())) > 50  # written whole again


@pytest.mark.parametrize(
    ("kept_source", "asked_source", "used"),
    [
        (r"ngày\s+\d+", r"ngày\s+\d+", True),
        # the entry was written for other source (a hand-edited or damaged store)
        (r"tháng\s+\d+", r"ngày\s+\d+", False),
    ],
)
def test_an_entry_is_used_only_for_its_own_source(monkeypatch, kept_source, asked_source, used):
    blob = pickle.dumps(regex.compile(kept_source))
    monkeypatch.setattr(pattern_store, "_stored", {(asked_source, 0): blob})
    loaded = pattern_store.load(asked_source, 0)
    assert (loaded is not None) is used
    if used:
        assert loaded.pattern == asked_source


def test_a_damaged_entry_is_compiled_again(monkeypatch):
    monkeypatch.setattr(pattern_store, "_stored", {("x+", 0): b"\x80garbage"})
    assert pattern_store.load("x+", 0) is None


def test_kept_patterns_match_as_compiled_ones():
    # regex pickles a pattern as its compiled program: what the store gives back
    # must find exactly what the pattern compiled from source finds
    texts = [p.read_text(encoding="utf-8")[:3000] for p in sorted(SAMPLES.glob("*.txt"))]
    for name, compiled in P.all_patterns().items():
        if not isinstance(compiled, regex.Pattern):
            continue
        kept = pickle.loads(pickle.dumps(compiled))
        assert (kept.pattern, kept.flags) == (compiled.pattern, compiled.flags), name
        for text in texts:
            spans = [m.span() for m in compiled.finditer(text)]
            assert [m.span() for m in kept.finditer(text)] == spans, name
