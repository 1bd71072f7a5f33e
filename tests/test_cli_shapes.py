"""The shapes of khtool's inputs and outputs through typer's runner: which
files a folder holds, the JSON a command prints, the options it accepts."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from khtool.cli import _register, app

from .conftest import SAMPLES

_register()
runner = CliRunner()
WARD = SAMPLES / "001_9bc3f1274d6058dd.txt"
PROVINCE = SAMPLES / "000_48697f013dff5d26.txt"


def _paths(res) -> list[str]:
    return [json.loads(line)["source"]["path"] for line in res.stdout.splitlines()]


def test_a_folder_leaves_out_owner_files_and_hidden_folders(tmp_path):
    plans = tmp_path / "plans"
    (plans / ".hidden").mkdir(parents=True)
    (plans / "sub").mkdir()
    shutil.copy(WARD, plans / "w.txt")
    shutil.copy(WARD, plans / "sub" / "x.txt")
    shutil.copy(WARD, plans / ".hidden" / "h.txt")
    (plans / "~$w.docx").write_bytes(b"\x0bJohn Smith" + b"\0" * 40)  # Word's owner file
    (plans / ".~lock.w.docx#").write_text(",John,host,01.01.2026 10:00,file:///", encoding="utf-8")
    res = runner.invoke(app, ["parse", str(plans), "-f", "jsonl"])
    assert res.exit_code == 0, res.output
    assert _paths(res) == [str(plans / "sub" / "x.txt"), str(plans / "w.txt")]
    res = runner.invoke(app, ["parse", str(plans / "*"), "-f", "jsonl"])
    assert res.exit_code == 0 and _paths(res) == [str(plans / "w.txt")]
    # a file named as it is counts, and a hidden folder given by name is walked
    res = runner.invoke(app, ["parse", str(plans / "~$w.docx"), "-f", "jsonl"])
    assert res.exit_code == 3
    res = runner.invoke(app, ["parse", str(plans / ".hidden"), "-f", "jsonl"])
    assert res.exit_code == 0 and _paths(res) == [str(plans / ".hidden" / "h.txt")]


def test_parse_json_shape_follows_the_call_not_the_outcome(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(WARD, one / "w.txt")

    def shape(*args: str) -> tuple[int, str]:
        res = runner.invoke(app, ["parse", *args, "-f", "json"])
        return res.exit_code, type(json.loads(res.stdout)).__name__

    assert shape(str(WARD)) == (0, "dict")
    assert shape(str(WARD), str(PROVINCE)) == (0, "list")
    assert shape(str(WARD), str(empty)) == (1, "list")  # one failed: still a list
    assert shape(str(one)) == (0, "list")  # a folder of one plan
    assert shape(str(one / "*.txt")) == (0, "list")  # a glob of one
    res = runner.invoke(app, ["parse", str(empty), str(empty), "-f", "json"])
    assert res.exit_code == 3 and json.loads(res.stdout) == []
    res = runner.invoke(app, ["parse", str(empty), "-f", "json"])
    assert res.exit_code == 3 and res.stdout == ""  # one file named, none parsed
