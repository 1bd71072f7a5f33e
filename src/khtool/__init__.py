"""khtool: read Vietnamese administrative plans into data.

Public API (everything returns pydantic models from ``khtool.models``)::

    khtool.parse_file(path)        -> Document
    khtool.parse_text(text)        -> Document
    khtool.parse_bytes(data, name) -> Document

An input that holds no document (missing, empty, no letters, binary, a corrupt
.docx/.pdf, khtool's own JSON) raises ``khtool.errors.InputError``, a
``khtool.errors.KhtoolError`` with ``.path`` and ``.exit_code`` (the CLI's exit
code for it); an argument of the wrong type raises ``TypeError``. Nothing
raises ``SystemExit``.

Heavy modules (PDF, DOCX, the gazetteer, networkx) load only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .models import Document

__all__ = ["__version__", "compiled", "diff_plans", "parse_bytes", "parse_file", "parse_text"]


def compiled() -> bool:
    """Are the parse stages compiled (a ``KHTOOL_COMPILE=1`` build, see setup.py)?"""
    from importlib.util import find_spec

    spec = find_spec("khtool.normalize")  # found, not imported: no start-up cost
    return spec is not None and spec.origin is not None and not spec.origin.endswith(".py")


def parse_text(text: str, *, path: str | None = None) -> Document:
    """Parse a document given as text (``InputError`` for one with no letters)."""
    from .pipeline import parse_text as _parse_text

    _expect(text, str, "parse_text", "text")

    return _parse_text(text, path=path)


def parse_file(path: Any) -> Document:
    """Read and parse one file (.txt in any encoding, .docx, .pdf, .html)."""
    import os

    from .pipeline import parse_file as _parse_file

    _expect(path, (str, os.PathLike), "parse_file", "path")

    return _parse_file(path)


def parse_bytes(data: bytes, name: str = "-") -> Document:
    """Parse a document given as bytes; ``name`` tells the format by its extension."""
    from .pipeline import parse_bytes as _parse_bytes

    _expect(data, (bytes, bytearray, memoryview), "parse_bytes", "data")
    data = bytes(data)

    return _parse_bytes(data, name=name)


def diff_plans(a: Document, b: Document, **kwargs: Any) -> Any:
    """Compare two parsed plans (see ``khtool.diff``)."""
    from .diff import diff_plans as _diff_plans
    from .models import Document

    _expect(a, Document, "diff_plans", "a")
    _expect(b, Document, "diff_plans", "b")

    return _diff_plans(a, b, **kwargs)


def _expect(value: object, types: type | tuple[type, ...], function: str, name: str) -> None:
    """A ``TypeError`` naming the argument, not an AttributeError deep inside."""
    if not isinstance(value, types):
        names = " or ".join(t.__name__ for t in (types if isinstance(types, tuple) else (types,)))
        raise TypeError(f"khtool.{function}: {name} must be {names}, not {type(value).__name__}")
