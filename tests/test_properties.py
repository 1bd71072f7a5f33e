"""Properties over generated document-like text: parsing never crashes,
the JSON round-trips, spans stay inside the source."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khtool import parse_text
from khtool.errors import InputError
from khtool.models import Document
from khtool.normalize import normalize_source

from .strategies import document_text

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(document_text())
def test_parse_never_crashes_and_round_trips(text):
    doc = parse_text(text)
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


@SETTINGS
@given(document_text())
def test_spans_inside_source(text):
    src = normalize_source(text)
    doc = parse_text(text)
    spans = [s for s in doc.header.spans.values()]
    stack = list(doc.sections)
    while stack:
        s = stack.pop()
        spans.append(s.span)
        stack.extend(s.children)
    spans += [c.mentions[0].span for c in doc.citations if c.mentions]
    for sp in spans:
        assert 0 <= sp.start <= sp.end <= len(src)
        assert 1 <= sp.line <= sp.end_line <= src.count("\n") + 1


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    if not any(c.isalpha() for c in text):  # no document: refused, as such a file is
        with pytest.raises(InputError):
            parse_text(text)
        return
    parse_text(text)
