"""Fuzz: document-like text with random damage never raises, parses in bounded
time and round-trips through JSON. CI runs a short session; for a long one:

    KHTOOL_FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import contextlib
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khtool import parse_text
from khtool.errors import InputError
from khtool.models import Document

from .strategies import document_text

EXAMPLES = int(os.environ.get("KHTOOL_FUZZ_EXAMPLES", "150"))
# generous: a generated document is a few KB and parses in milliseconds
PER_DOCUMENT_SECONDS = 2.0


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(document_text(), document_text(damaged=False), st.text(max_size=2000)))
def test_fuzz_parse(text):
    if not any(c.isalpha() for c in text):  # no document: refused, as such a file is
        with pytest.raises(InputError):
            parse_text(text)
        return
    start = time.process_time()
    doc = parse_text(text)
    assert time.process_time() - start < PER_DOCUMENT_SECONDS
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@settings(
    max_examples=max(20, EXAMPLES // 5), deadline=None, suppress_health_check=list(HealthCheck)
)
@given(st.binary(max_size=3000))
def test_fuzz_bytes(data):
    """Arbitrary bytes through the whole reader: a Document or a clean InputError."""
    from khtool import parse_bytes
    from khtool.errors import KhtoolError

    for name in ("x.txt", "x.docx", "x.pdf", "x.html", "-"):
        with contextlib.suppress(KhtoolError):
            parse_bytes(data, name)
