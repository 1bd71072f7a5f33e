"""The documentation names every command-line option (checked against the
commands themselves, so an option added without a word in README.md or
docs/*.md fails here)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

import khtool
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


def _python_blocks():
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for k, m in enumerate(re.finditer(r"^```python\n(.*?)^```", text, re.M | re.S)):
            yield pytest.param(m.group(1), id=f"{path.name}-{k + 1}")


# a line whose comment shows its value: "doc.header.number   # '7451/KH-UBND'"
_SHOWN = re.compile(r"^(?P<indent>\s*)(?P<expr>\S.*?)\s+#\s*(?P<value>['\"\[({0-9-].*?)\s*$")


def with_checks(code: str) -> tuple[str, int]:
    """``code`` with each line whose comment shows a value (a Python literal;
    a list ending in ``...`` shows its first items) made an assert of it,
    and how many such lines there were."""
    out, checks = [], 0
    for line in code.splitlines():
        m = _SHOWN.match(line)
        if m:
            shown, first = m["value"], ""
            if shown.endswith(", ...]"):
                shown = shown[: -len(", ...]")] + "]"
                first = f"[: {len(ast.literal_eval(shown))}]"
            try:
                ast.literal_eval(shown)
                ast.parse(m["expr"], mode="eval")
            except (ValueError, SyntaxError):
                m = None
        if m is None:
            out.append(line)
            continue
        checks += 1
        got = f"({m['expr']}){first}"
        out.append(f"{m['indent']}assert {got} == {shown}, ({m['expr']!r}, {got})")
    return "\n".join(out) + "\n", checks


def test_with_checks_asserts_the_values_comments_show():
    code, n = with_checks("x = [1, 2, 3]\nx[0]   # 1\nx   # [1, 2, ...]\nx   # the list\n")
    assert n == 2
    exec(compile(code, "<block>", "exec"), {})
    code, _ = with_checks("x = [1, 2, 3]\nx   # [2, ...]\n")
    with pytest.raises(AssertionError):
        exec(compile(code, "<block>", "exec"), {})


@pytest.mark.parametrize("code", list(_python_blocks()))
def test_every_python_example_runs_as_written_from_the_repository_root(tmp_path, code):
    """README's and docs/' Python examples run as a user runs them (a script,
    from the repository's root, where samples/ is), and the values their
    comments show are what they give. No test ran them, and README's opened
    a ward.txt the repository does not ship; docs/scale.md's started a local
    cluster without the __main__ guard its spawned workers need."""
    if "khtool.distributed" in code:
        pytest.importorskip("dask.distributed")
    script, _ = with_checks(code)
    (tmp_path / "samples").symlink_to(ROOT / "samples")  # (what it writes stays here)
    (tmp_path / "example.py").write_text(script, encoding="utf-8")
    src = str(Path(khtool.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": src, "KHTOOL_DEBUG": ""}
    res = subprocess.run(
        [sys.executable, "example.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stderr[-3000:]


def test_readmes_python_example_shows_values_that_are_checked():
    (code,) = [p.values[0] for p in _python_blocks() if p.id == "README.md-1"]
    assert with_checks(code)[1] == 3
