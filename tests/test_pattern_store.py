"""Compiled regex patterns kept in the cache directory between runs
(khtool.pattern_store): used when they match, ignored when they do not."""

from __future__ import annotations

import json
import os
import pickle
import re
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
import re._compiler
std = []
real_std = re._compiler.compile
def counting_std(pattern, flags=0):
    if isinstance(pattern, str):
        std.append(pattern)
    return real_std(pattern, flags)
re._compiler.compile = counting_std
doc = parse_file(sys.argv[1]).model_dump_json()
print(json.dumps({"doc": doc, "compiled": compiled, "std": std}))
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
    assert len(first["compiled"] & {key[1:] for key in stored if key[0] == "regex"}) > 50
    second = _parse(tmp_path)
    assert second["doc"] == first["doc"]
    assert not second["compiled"] & {key[1:] for key in stored if key[0] == "regex"}
    # nor any standard pattern of khtool's (the first run compiled them)
    kept_std = {key[1] for key in stored if key[0] == "re"}
    assert len(set(first["std"]) & kept_std) > 30
    assert not set(second["std"]) & kept_std
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
    monkeypatch.setattr(pattern_store, "_stored", {("regex", asked_source, 0): blob})
    loaded = pattern_store.load(asked_source, 0)
    assert (loaded is not None) is used
    if used:
        assert loaded.pattern == asked_source


def test_a_damaged_entry_is_compiled_again(monkeypatch):
    monkeypatch.setattr(pattern_store, "_stored", {("regex", "x+", 0): b"\x80garbage"})
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


def test_kept_standard_programs_make_the_patterns_re_compiles(monkeypatch):
    # a re.Pattern's equality compares its flags, source and program: each of
    # khtool's standard patterns, made again from the program the store keeps,
    # is the pattern re.compile makes
    monkeypatch.setattr(pattern_store, "_stored", {})
    monkeypatch.setattr(pattern_store, "_added", {})
    monkeypatch.setattr(pattern_store, "keep", lambda key, blob: pattern_store._added.update({key: blob}))
    standard = {
        name: compiled for name, compiled in P.all_patterns().items() if isinstance(compiled, re.Pattern)
    }
    assert len(standard) > 50
    for compiled in standard.values():
        assert pattern_store.compile_std(compiled.pattern, compiled.flags & ~re.UNICODE) == compiled
    kept = dict(pattern_store._added)
    assert {key[1] for key in kept if key[0] == "re"} == {c.pattern for c in standard.values()}
    monkeypatch.setattr(pattern_store, "_stored", kept)
    monkeypatch.setattr(pattern_store, "_added", {})
    texts = [p.read_text(encoding="utf-8")[:3000] for p in sorted(SAMPLES.glob("*.txt"))]
    for _engine, source, flags in kept:
        loaded = pattern_store.load_std(source, flags)
        assert loaded is not None and loaded == re.compile(source, flags), source
        for text in texts:
            assert [m.span() for m in loaded.finditer(text)] == [
                m.span() for m in re.finditer(source, text, flags)
            ]
    assert not pattern_store._added  # loading keeps nothing new


@pytest.mark.parametrize("blob", [b"\x80garbage", pickle.dumps((0, [1, 2, 3], 0, {}, ()))])
def test_a_damaged_standard_program_is_compiled_again(monkeypatch, blob):
    # an unreadable entry, or a program _sre refuses, gives no pattern: the
    # caller compiles the source again
    monkeypatch.setattr(pattern_store, "_stored", {("re", "x+", 0): blob})
    assert pattern_store.load_std("x+", 0) is None
    assert pattern_store.compile_std("x+", 0) == re.compile("x+")


def test_a_standard_pattern_compiles_when_re_internals_differ(monkeypatch):
    # re's private parser is not a contract: when making the program fails,
    # the pattern is what re.compile makes, and nothing is kept
    monkeypatch.setattr(pattern_store, "_stored", {})
    monkeypatch.setattr(pattern_store, "_added", {})

    def broken(source, flags):
        raise AttributeError("_code")

    monkeypatch.setattr(pattern_store, "_std_program", broken)
    assert pattern_store.compile_std(r"\d+", 0) == re.compile(r"\d+")
    assert not pattern_store._added


def test_a_derived_source_is_made_once_and_kept(monkeypatch):
    # a gate's source written from a pattern's (patterns.AGENCY_LIST_END_AT):
    # made on a miss and kept, read from the store after
    monkeypatch.setattr(pattern_store, "_stored", {})
    monkeypatch.setattr(pattern_store, "_added", {})
    monkeypatch.setattr(pattern_store, "keep", lambda key, blob: pattern_store._added.update({key: blob}))
    made: list[str] = []

    def make(source: str) -> str:
        made.append(source)
        return source.upper()

    assert pattern_store.derived("upper", "sở y tế", make) == "SỞ Y TẾ"
    assert made == ["sở y tế"]
    monkeypatch.setattr(pattern_store, "_stored", dict(pattern_store._added))
    assert pattern_store.derived("upper", "sở y tế", make) == "SỞ Y TẾ"
    assert made == ["sở y tế"]  # (not made again)
    # another source, or another kind of making, is made anew
    assert pattern_store.derived("upper", "sở tư pháp", make) == "SỞ TƯ PHÁP"
    assert pattern_store.derived("lower", "sở y tế", str.lower) == "sở y tế"


def test_the_list_end_gate_is_read_from_the_store(tmp_path):
    # a second cold run reads AGENCY_LIST_END's source for its gate no more
    probe = (
        "from khtool import patterns as P\n"
        "calls = []\n"
        "real = P.opening_words\n"
        "P.opening_words = lambda s: calls.append(s) or real(s)\n"
        "P.AGENCY_LIST_END_AT.search('Sở Y tế chủ trì')\n"
        "print(len(calls))\n"
    )
    env = os.environ.copy()
    for expected in ("1", "0"):
        run = subprocess.run(
            [sys.executable, "-c", probe], env=env | {"KHTOOL_CACHE_DIR": str(tmp_path)}, capture_output=True, text=True
        )
        assert run.stdout.strip() == expected, run.stderr
