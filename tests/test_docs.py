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


def _readme_options() -> dict[str, set[str]]:
    """README's options table: the options each command's row names."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `khtool (\w+)[^`]*` \| (.*) \|$", readme, re.M)
    return {name: set(re.findall(r"`(--?[\w-]+)`", cells)) for name, cells in rows}


def test_readmes_options_table_names_each_commands_options_as_help_does():
    """README's Usage table lists every option of every command under the
    command's own name (long and short, --x/--no-x both), and none it does
    not have: an option added, renamed or dropped fails here (as sqlite-utils
    checks its CLI reference against the click commands)."""
    table = _readme_options()
    assert set(table) == set(COMMAND.commands)  # type: ignore[attr-defined]
    for name, sub in COMMAND.commands.items():  # type: ignore[attr-defined]
        opts = {o for p in sub.params for o in p.opts + p.secondary_opts if o.startswith("-")} - {"--help"}
        assert table[name] == opts, (name, sorted(opts - table[name]), sorted(table[name] - opts))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for param in COMMAND.params:
        assert all(f"`{o}`" in readme for o in param.opts), param.opts
