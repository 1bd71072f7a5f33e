"""What the Python API raises (README › "What the library raises"): an input
that holds no document is ``khtool.errors.InputError`` whichever entry point
reads it, a wrong argument a ``TypeError`` naming it, never ``SystemExit``."""

from __future__ import annotations

import re

import pytest

import khtool
from khtool.errors import InputError, KhtoolError

from .conftest import SAMPLES

WARD = SAMPLES / "001_9bc3f1274d6058dd.txt"


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("   \n\t\n", "empty"), ("12/2025 - 3.000.000", "no text (no letters)")],
    ids=["empty", "blank", "no-letters"],
)
def test_parse_text_refuses_a_text_with_no_letters_as_parse_bytes_does(text, message):
    """parse_text("") gave an empty Document where parse_bytes(b"") and the
    command line refuse the same input."""
    with pytest.raises(InputError, match=re.escape(message)) as from_bytes:
        khtool.parse_bytes(text.encode("utf-8"), "x.txt")
    with pytest.raises(InputError, match=re.escape(message)) as from_text:
        khtool.parse_text(text)
    assert from_text.value.exit_code == from_bytes.value.exit_code == 3
    with pytest.raises(InputError) as named:
        khtool.parse_text(text, path="plan.txt")
    assert named.value.path == "plan.txt"


def test_a_text_with_letters_is_a_document_if_of_no_known_kind():
    assert khtool.parse_text("Hello world").kind == "unknown"


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: khtool.parse_text(None), "text"),
        (lambda: khtool.parse_text(b"bytes"), "text"),
        (lambda: khtool.parse_bytes("a str"), "data"),
        (lambda: khtool.parse_file(None), "path"),
        (lambda: khtool.diff_plans(khtool.parse_text("Hello world"), None), "b"),
    ],
    ids=["text-none", "text-bytes", "bytes-str", "file-none", "diff-none"],
)
def test_a_wrong_argument_is_a_type_error_naming_it(call, name):
    with pytest.raises(TypeError, match=rf"^khtool\.\w+: {name} must be "):
        call()


def test_unreadable_inputs_raise_input_error_never_system_exit(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "page.pdf").write_text("<html>404</html>", encoding="utf-8")
    for path in ("missing.txt", tmp_path, tmp_path / "empty.txt", tmp_path / "photo.txt", tmp_path / "page.pdf"):
        with pytest.raises(InputError) as err:
            khtool.parse_file(path)
        assert isinstance(err.value, KhtoolError) and err.value.exit_code == 3 and err.value.path
    assert khtool.parse_bytes(WARD.read_bytes(), "ward.txt").header.level == "ward"
