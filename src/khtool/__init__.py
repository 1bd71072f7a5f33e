"""khtool: read Vietnamese administrative plans into data.

Public API (everything returns pydantic models from ``khtool.models``)::

    khtool.parse_file(path)        -> Document
    khtool.parse_text(text)        -> Document
    khtool.parse_bytes(data, name) -> Document

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
    """Parse a document given as text."""
    from .pipeline import parse_text as _parse_text

    return _parse_text(text, path=path)


def parse_file(path: Any) -> Document:
    """Read and parse one file (.txt in any encoding, .docx, .pdf, .html)."""
    from .pipeline import parse_file as _parse_file

    return _parse_file(path)


def parse_bytes(data: bytes, name: str = "-") -> Document:
    """Parse a document given as bytes; ``name`` tells the format by its extension."""
    from .pipeline import parse_bytes as _parse_bytes

    return _parse_bytes(data, name=name)


def diff_plans(a: Document, b: Document, **kwargs: Any) -> Any:
    """Compare two parsed plans (see ``khtool.diff``)."""
    from .diff import diff_plans as _diff_plans

    return _diff_plans(a, b, **kwargs)
