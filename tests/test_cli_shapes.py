"""The shapes of khtool's inputs and outputs through typer's runner: which
files a folder holds, the JSON a command prints, the options it accepts."""

from __future__ import annotations

import json
import re
import shutil

import pytest
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
    # none parsed: nothing written (an -o file is kept), as when none is found
    res = runner.invoke(app, ["parse", str(empty), str(empty), "-f", "json"])
    assert res.exit_code == 3 and res.stdout == ""
    res = runner.invoke(app, ["parse", str(empty), "-f", "json"])
    assert res.exit_code == 3 and res.stdout == ""  # one file named, none parsed


def _stats(*args: str, stdin: str | None = None) -> tuple[int, dict]:
    res = runner.invoke(app, ["graph", *args, "--stats", "-f", "json"], input=stdin)
    return res.exit_code, json.loads(res.stdout)["stats"]


def test_graph_reads_khtools_own_json_files_folders_and_stdin(tmp_path):
    docs = [str(SAMPLES / name) for name in sorted(p.name for p in SAMPLES.glob("*.txt"))][:3]
    code, want = _stats(*docs)
    assert code == 0 and want["parsed"] == 3
    jsonl = runner.invoke(app, ["parse", *docs, "-f", "jsonl"]).stdout
    # one `parse -f json` file per document, in a folder
    parsed = tmp_path / "parsed"
    parsed.mkdir()
    for k, doc in enumerate(docs):
        out = parsed / f"{k}.json"
        assert runner.invoke(app, ["parse", doc, "-f", "json", "-o", str(out)]).exit_code == 0
    assert _stats(str(parsed)) == (0, want)
    assert _stats(*sorted(str(p) for p in parsed.iterdir())) == (0, want)
    # a list of Documents (`parse A B C -f json`) in one file
    listed = tmp_path / "all.json"
    assert runner.invoke(app, ["parse", *docs, "-f", "json", "-o", str(listed)]).exit_code == 0
    assert _stats(str(listed)) == (0, want)
    # JSONL on stdin
    assert _stats("-", stdin=jsonl) == (0, want)
    # a JSON file that is no khtool document is an error naming it
    stray = tmp_path / "stray.json"
    stray.write_text('{"a": 1}', encoding="utf-8")
    res = runner.invoke(app, ["graph", str(stray), str(listed), "--stats", "-f", "json"])
    assert res.exit_code != 0 and json.loads(res.stdout)["stats"] == want
    assert f"{stray}: not a khtool document" in res.stderr


def test_graph_reads_the_json_beside_the_documents_of_a_folder(tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(WARD, mixed / "w.txt")
    assert runner.invoke(app, ["parse", str(PROVINCE), "-f", "json", "-o", str(mixed / "p.json")]).exit_code == 0
    code, want = _stats(str(mixed / "w.txt"), str(PROVINCE))  # (the ward's key is its path)
    assert code == 0 and want["parsed"] == 2
    # the folder, and a glob of it: the text parsed, the .json read back, both in the graph
    assert _stats(str(mixed)) == (0, want)
    assert _stats(str(mixed / "*")) == (0, want)
    # a .json there that is no khtool output at all is skipped, one line naming it;
    # one of khtool's that cannot be read is an error naming it, the others read
    (mixed / "package.json").write_text('{"name": "x"}', encoding="utf-8")
    res = runner.invoke(app, ["graph", str(mixed), "--stats", "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["stats"] == want
    skip = f"khtool: warning: {mixed / 'package.json'}: skipped: not khtool's output (no schema_version)\n"
    assert res.stderr == skip
    (mixed / "old.json").write_text('{"schema_version": "2", "header": 5}', encoding="utf-8")
    res = runner.invoke(app, ["graph", str(mixed / "*"), "--stats", "-f", "json"])
    assert res.exit_code == 1 and json.loads(res.stdout)["stats"] == want
    assert res.stderr.startswith(f"khtool: error: {mixed / 'old.json'}: not a khtool document (")
    assert res.stderr.endswith(skip + "khtool: 1 of 3 inputs failed\n")  # (the batch's count last)
    # named as it is, a file is an error; a folder of nothing graph reads, no documents
    res = runner.invoke(app, ["graph", str(mixed / "package.json")])
    assert res.exit_code == 3 and "not a khtool document (no schema_version)" in res.stderr
    (tmp_path / "foreign").mkdir()
    shutil.move(mixed / "package.json", tmp_path / "foreign")
    res = runner.invoke(app, ["graph", str(tmp_path / "foreign")])
    assert res.exit_code == 3 and res.stderr.endswith(": no documents found\n")


@pytest.fixture(scope="module")
def samples_jsonl() -> list[str]:
    return runner.invoke(app, ["parse", str(SAMPLES), "-f", "jsonl"]).stdout.splitlines()


@pytest.mark.parametrize("version", ["3", "99", "abc", "1", 2])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_graph_refuses_output_of_another_schema_naming_its_file_and_line(
    monkeypatch, tmp_path, samples_jsonl, version, jobs
):
    """README: khtool's output "of another schema" is an error naming it
    (exit 1, the others in the graph). Any schema_version was read silently,
    its fields taken for this schema's."""
    monkeypatch.setattr("khtool.jsonl.PARALLEL_MIN_BYTES", 0)  # (-j 2: the workers read it)
    lines = samples_jsonl
    code, want = _stats("-", stdin="\n".join(lines))
    assert code == 0 and want["parsed"] == len(lines)
    other = json.loads(lines[1])
    other["schema_version"] = version
    expected = f"schema_version {json.dumps(version)} is not this khtool's (\"2\"): parse the documents again with it"
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join([lines[0], json.dumps(other), *lines[2:]]) + "\n", encoding="utf-8")
    other["a_field_of_that_schema"] = 1  # (it need not validate as this one's)
    one = tmp_path / "one.json"
    one.write_text(json.dumps(other), encoding="utf-8")
    for args, where in (([str(docs)], f"{docs}: line 2"), (["-"], "-: line 2"), ([str(one), str(docs)], None)):
        stdin = docs.read_text(encoding="utf-8") if args == ["-"] else None
        res = runner.invoke(app, ["graph", *args, "--stats", "-f", "json", "-j", jobs], input=stdin)
        assert res.exit_code == 1, res.output
        *errors, count = res.stderr.splitlines()  # (the batch's count last)
        assert re.fullmatch(rf"khtool: {1 if where else 2} of {want['parsed'] + (0 if where else 1)} inputs failed", count)
        if where is None:  # the .json as well as the line
            assert errors == [
                f"khtool: error: {docs}: line 2: {expected}",
                f"khtool: error: {one}: {expected}",
            ]
            continue
        assert errors == [f"khtool: error: {where}: {expected}"]
        assert json.loads(res.stdout)["stats"]["parsed"] == want["parsed"] - 1


def test_parse_refuses_khtools_own_json(tmp_path):
    out = tmp_path / "w.json"
    assert runner.invoke(app, ["parse", str(WARD), "-f", "json", "-o", str(out)]).exit_code == 0
    copy = tmp_path / "w.txt"  # whatever the name
    copy.write_bytes(out.read_bytes())
    for path in (out, copy):
        res = runner.invoke(app, ["parse", str(path), "-f", "json"])
        assert res.exit_code == 3 and res.stdout == ""
        assert res.stderr == f"khtool: error: {path}: khtool's own JSON output, not a document (`khtool graph` reads it)\n"
    jsonl = runner.invoke(app, ["parse", str(WARD), str(PROVINCE), "-f", "jsonl"]).stdout
    res = runner.invoke(app, ["parse", "-", "-f", "json"], input=jsonl)
    assert res.exit_code == 3 and "khtool's own JSON output" in res.stderr


def test_graph_json_is_json_and_one_shape_per_question():
    res = runner.invoke(app, ["graph", str(SAMPLES), "-f", "json"])  # no question
    assert res.exit_code == 0
    graph = json.loads(res.stdout)["graph"]
    assert graph["directed"] is True and len(graph["nodes"]) > 5
    stats = json.loads(runner.invoke(app, ["graph", str(SAMPLES), "--stats", "-f", "json"]).stdout)
    both = json.loads(
        runner.invoke(app, ["graph", str(SAMPLES), "--stats", "--missing", "-f", "json"]).stdout
    )
    assert both["stats"] == stats["stats"]
    assert set(both) == {"report", "report_version", "stats", "missing"}
    text = runner.invoke(app, ["graph", str(SAMPLES), "--stats"])  # for a person, not JSON
    assert text.exit_code == 0
    assert text.stdout.startswith(f"{stats['stats']['documents']} documents (")
    assert "PageRank:" in text.stdout


def test_every_command_refuses_an_unknown_format():
    for args, valid in (
        (["parse", str(WARD)], "json, jsonl, table or md"),
        (["graph", str(WARD), "--stats"], "text or json"),
        (["rules"], "text or json"),
        (["check", str(WARD)], "text, json, sarif or github"),
        (["diff", str(WARD), str(PROVINCE)], "table, md, json or html"),
    ):
        res = runner.invoke(app, [*args, "-f", "xml"])
        assert res.exit_code == 2, args
        assert res.stdout == ""
        assert res.stderr == f"khtool: error: unknown format 'xml': use {valid}\n", args
    res = runner.invoke(app, ["diff", str(WARD), str(PROVINCE), "--method", "bogus"])
    assert res.exit_code == 2
    assert res.stderr == "khtool: error: unknown method 'bogus': use ngrams or words\n"


def test_diff_fail_under_is_a_percent_from_0_to_100():
    diff = ["diff", str(PROVINCE), str(WARD), "-f", "json", "--fail-under"]
    for value in ("150", "-5", "100.5"):
        res = runner.invoke(app, [*diff, value])
        assert res.exit_code == 2 and res.stdout == "", value
        assert res.stderr.startswith("khtool: error: --fail-under takes a percent from 0 to 100")
    res = runner.invoke(app, [*diff, "0.95"])
    assert "a percent is expected: did you mean 95?" in res.stderr
    assert json.loads(res.stdout)["summary"]["coverage_a_by_b"] <= 1
    res = runner.invoke(app, [*diff, "0"])
    assert res.exit_code == 0 and res.stderr == ""


def test_diff_only_checks_its_names_and_applies_to_every_human_format():
    diff = ["diff", str(PROVINCE), str(WARD)]
    res = runner.invoke(app, [*diff, "-f", "md", "--only", "deadlines,bogus"])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == (
        "khtool: error: unknown --only part 'bogus': use added, removed, changed,"
        " targets, deadlines or funding\n"
    )
    for fmt, heading in (("md", "## Thời hạn"), ("html", "<h2>Deadlines</h2>")):
        full = runner.invoke(app, [*diff, "-f", fmt]).stdout
        deadlines = runner.invoke(app, [*diff, "-f", fmt, "--only", "deadlines"]).stdout
        added = runner.invoke(app, [*diff, "-f", fmt, "--only", "added"]).stdout
        assert heading in full and heading in deadlines and heading not in added, fmt
        assert len({full, deadlines, added}) == 3, fmt
    full = runner.invoke(app, [*diff, "-f", "json"]).stdout
    assert runner.invoke(app, [*diff, "-f", "json", "--only", "added"]).stdout == full
