"""The documentation names every command-line option (checked against the
commands themselves, so an option added without a word in README.md or
docs/*.md fails here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from khtool.cli import _register, app

ROOT = Path(__file__).resolve().parent.parent
_register()
COMMAND = typer.main.get_command(app)
DOCS = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))
)


def _options():
    for name, sub in sorted(COMMAND.commands.items()):  # type: ignore[attr-defined]
        for param in sub.params:
            opts = [o for o in param.opts + param.secondary_opts if o.startswith("-")]
            if opts and "--help" not in opts:
                yield pytest.param(name, opts, id=f"{name} {opts[0]}")


@pytest.mark.parametrize(("command", "opts"), list(_options()))
def test_every_option_is_documented(command, opts):
    assert any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", DOCS) for o in opts), (
        f"khtool {command} {opts[0]} is not in README.md or docs/"
    )


def test_every_command_is_documented():
    for name in COMMAND.commands:  # type: ignore[attr-defined]
        assert f"khtool {name}" in DOCS
