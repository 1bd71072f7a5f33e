"""Render parsed documents: json, jsonl, table (rich), md."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..models import Document
from ..outputs import open_output


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    return doc.model_dump_json(indent=indent, exclude_none=False)


def render_documents(
    docs: Sequence[Document],
    fmt: str,
    output: Path | None,
    protect: tuple[str, ...] = (),
    *,
    array: bool | None = None,
    lang: str = "en",
) -> None:
    """Write ``docs`` in ``fmt``. In json, ``array`` True writes a list (also
    of one document, or none), False the one document; None: a list unless
    there is exactly one. ``lang``: the table's and md's labels (json, jsonl: codes)."""
    with open_output(output, protect=protect) as out:
        if fmt == "jsonl":
            for d in docs:
                out.write(to_json(d, indent=None) + "\n")
        elif fmt == "json":
            one = len(docs) == 1 if array is None else not array
            if one and len(docs) == 1:
                out.write(to_json(docs[0]) + "\n")
            elif not docs:
                out.write("[]\n")
            else:
                out.write("[\n" + ",\n".join(to_json(d) for d in docs) + "\n]\n")
        elif fmt == "md":
            from .markdown import document_markdown

            out.write("\n\n---\n\n".join(document_markdown(d, lang=lang) for d in docs))
        else:
            from .table import print_documents

            print_documents(docs, out, lang)
