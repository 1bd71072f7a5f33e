"""Every sample's header against golden files written by reading the documents."""

from __future__ import annotations

import pytest

from .conftest import load_golden, sample_paths

STEMS = [p.stem for p in sample_paths()]


def _check_fields(actual: dict, expected: dict, where: str) -> None:
    for key, want in expected.items():
        if key.startswith("_"):
            continue
        if key == "title_startswith":
            assert (actual.get("title") or "").startswith(want), f"{where}.title"
        elif key == "title_endswith":
            assert (actual.get("title") or "").endswith(want), f"{where}.title"
        elif isinstance(want, dict):
            _check_fields(actual.get(key) or {}, want, f"{where}.{key}")
        else:
            assert actual.get(key) == want, f"{where}.{key}: {actual.get(key)!r} != {want!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_header(parsed_samples, stem):
    gold = load_golden("header", stem)
    doc = parsed_samples[stem]
    assert doc.kind == gold["kind"]
    _check_fields(doc.header.model_dump(), gold["header"], "header")
    assert len(doc.recipients) == gold["recipients"]
    assert len(doc.attachments) == gold["attachments"]
    codes = [
        d.code
        for d in doc.diagnostics
        if d.code
        in {
            "number-blank",
            "date-blank-day",
            "date-mismatch",
            "numbering-gap",
            "numbering-order",
            "numbering-duplicate",
        }
    ]
    assert sorted(codes) == sorted(gold["diagnostic_codes"])


@pytest.mark.parametrize("stem", [s for s in STEMS if "locality" in load_golden("header", s)])
def test_locality(parsed_samples, stem):
    pytest.importorskip("khtool.gazetteer")  # the resolve stage's gazetteer module
    want = load_golden("header", stem)["locality"]
    loc = parsed_samples[stem].header.issuer.locality
    assert loc is not None, "locality not resolved"
    for key, value in want.items():
        got = getattr(loc, key) or ""
        assert value in got, f"{key}: {got!r} lacks {value!r}"
    assert not loc.ambiguous


def test_attachment_of_decision(parsed_samples):
    stem = "003_1df2fb94d1fd5416"
    gold = load_golden("header", stem)["attachment"]
    att = parsed_samples[stem].attachments[0]
    h = att.header
    assert (h.doc_type, h.number, h.date, h.level) == (
        gold["doc_type"],
        gold["number"],
        gold["date"],
        gold["level"],
    )
    assert (h.title or "").startswith(gold["title_startswith"])
    codes = [d.code for d in att.diagnostics if d.code.startswith(("numbering", "date"))]
    assert sorted(codes) == sorted(gold["diagnostic_codes"])


def test_spans_point_at_source(parsed_samples):
    """Every header span slices the source text to what the field was read from."""
    from khtool.normalize import normalize_source

    from .conftest import SAMPLES

    for stem, doc in parsed_samples.items():
        src = normalize_source((SAMPLES / f"{stem}.txt").read_text(encoding="utf-8"))
        h = doc.header
        if h.number:
            sp = h.spans["number"]
            assert "".join(src[sp.start : sp.end].split()) == h.number
        if "date" in h.spans:
            sp = h.spans["date"]
            # ("ngày … tháng … năm …", or an article's dateline "04/03/2024")
            assert "năm" in src[sp.start : sp.end] or src[sp.start : sp.end].count("/") == 2
            assert src.count("\n", 0, sp.start) + 1 == sp.line
