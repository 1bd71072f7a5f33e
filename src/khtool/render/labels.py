"""The words of the reports for people, by language (``--lang``): the
labels of data/labels.json. Only the renderers read them; JSON, JSONL and
SARIF keep the codes."""

from __future__ import annotations

from functools import cache

from ..tables import load

LANGS = ("en", "vi")
DEFAULT = "en"


@cache
def labels() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = load("labels.json")["labels"]
    return data


def label(key: str, lang: str = DEFAULT, **fmt: object) -> str:
    """The label ``key`` in ``lang``, filled with ``fmt`` ("{n}")."""
    text = labels()[key][lang]
    return text.format(**fmt) if fmt else text


def code(kind: str, value: object, lang: str = DEFAULT) -> str:
    """A code's name ("status", "only_a" → "Chỉ có ở A"); a code the labels
    do not know stays as it is."""
    entry = labels().get(f"{kind}.{value}")
    return entry[lang] if entry else str(value)
