"""Each sample's citations against golden files written by reading the documents."""

from __future__ import annotations

import pytest

from .conftest import load_golden, sample_paths

STEMS = [p.stem for p in sample_paths()]


@pytest.mark.parametrize("stem", STEMS)
def test_citations(parsed_samples, stem):
    gold = load_golden("citations", stem)
    doc = parsed_samples[stem]
    got = {(c.number or c.name): c for c in doc.citations}
    want = {g["id"]: g for g in gold["citations"]}
    assert set(got) == set(want), "nothing missed, nothing spurious"
    for ident, g in want.items():
        c = got[ident]
        assert c.date == g["date"], ident
        if "year" in g:
            assert c.year == g["year"], ident
        assert c.relation == g["relation"], ident
        assert c.implements == g["implements"], ident
        if "issuer_level" in g:
            assert c.issuer_level == g["issuer_level"], ident
        for alias in g.get("aliases", []):
            assert alias in c.aliases
    repaired = sorted(r for c in doc.citations for r in c.repaired_from)
    # the header's own number is repaired by the header reader, not here
    assert sorted(set(repaired)) == sorted(r for r in gold["repaired"] if r != "196 /QĐ-UBND")


def test_every_mention_spans_its_text(parsed_samples):
    from khtool.normalize import normalize_source

    from .conftest import SAMPLES

    for stem, doc in parsed_samples.items():
        src = normalize_source((SAMPLES / f"{stem}.txt").read_text(encoding="utf-8"))
        for c in doc.citations:
            for m in c.mentions:
                found = "".join(src[m.span.start : m.span.end].split())
                if c.number and m.via_alias is None and not c.repaired_from:
                    assert found.endswith(c.number.replace(" ", "")), (c.number, found)
