"""`khtool parse` and `khtool schema` through typer's runner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khtool.cli import _register, app

from .conftest import SAMPLES

_register()
runner = CliRunner()
WARD = str(SAMPLES / "001_9bc3f1274d6058dd.txt")
PROVINCE = str(SAMPLES / "000_48697f013dff5d26.txt")


def test_json_output_is_the_model():
    res = runner.invoke(app, ["parse", PROVINCE, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["header"]["number"] == "7451/KH-UBND"
    assert data["schema_version"] == "2"


def test_jsonl_one_document_per_line(tmp_path):
    out = tmp_path / "docs.jsonl"
    res = runner.invoke(app, ["parse", str(SAMPLES), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert {json.loads(x)["header"]["doc_type"] for x in lines} >= {"KH", "QĐ"}


def test_jobs_and_cache_give_the_same_documents(tmp_path):
    plain = runner.invoke(app, ["parse", str(SAMPLES), "-f", "jsonl"]).stdout
    args = ["parse", str(SAMPLES), "-f", "jsonl", "-j", "2", "--cache-dir", str(tmp_path / "c")]
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)  # served from the cache
    assert first.exit_code == second.exit_code == 0
    assert first.stdout == second.stdout == plain
    assert any((tmp_path / "c").rglob("*.json"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_cached_run_says_how_many_inputs_came_from_the_cache(tmp_path, jobs):
    """A re-run shows what the cache saved, on stderr (stdout stays the data):
    none the first time, the unchanged files the second, not an edited one."""
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    cache = tmp_path / "c"
    args = ["parse", str(folder), "-f", "jsonl", "-j", jobs, "--cache-dir", str(cache)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert f"khtool: 0 of 5 inputs from the cache ({cache})" in first.stderr
    edited = sorted(folder.iterdir())[0]
    edited.write_bytes(edited.read_bytes() + "\nNơi nhận:\n- Lưu: VT.\n".encode())
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert f"khtool: 4 of 5 inputs from the cache ({cache})" in second.stderr
    assert "from the cache" not in second.stdout
    plain = runner.invoke(app, ["parse", str(folder), "-f", "jsonl"])
    assert "from the cache" not in plain.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_cached_copy_names_its_own_file_in_every_span(tmp_path, jobs):
    """Byte-identical files share a cache entry: each one's spans (not only
    source.path) name that file, so --cache gives what a plain run gives."""
    folder = tmp_path / "in"
    folder.mkdir()
    data = Path(WARD).read_bytes()
    for name in ("C.TXT", "a.txt", "b_copy.txt"):
        (folder / name).write_bytes(data)
    plain = runner.invoke(app, ["parse", str(folder), "-f", "jsonl"])
    assert plain.exit_code == 0, plain.output
    args = ["parse", str(folder), "-f", "jsonl", "-j", jobs, "--cache-dir", str(tmp_path / "c")]
    for _ in range(2):  # filling the cache, then from it
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        assert res.stdout == plain.stdout
    for line in res.stdout.splitlines():
        doc = json.loads(line)
        files = set(re.findall(r'"file": ?"([^"]*)"', line))
        assert files == {doc["source"]["path"]}


def test_cache_is_not_reused_after_a_rule_changes(tmp_path):
    """A checkout whose tables or code change at the same version keys its
    cache afresh (a copy of the package, one table edited)."""
    import shutil

    import khtool
    from khtool.batch import fingerprint_of

    copy = tmp_path / "khtool"
    shutil.copytree(
        Path(khtool.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = fingerprint_of(copy)
    assert fingerprint_of(copy) == before
    table = copy / "data" / "doc_types.json"
    table.write_text(table.read_text(encoding="utf-8").replace('"PA", ', ""), encoding="utf-8")
    assert fingerprint_of(copy) != before


def test_glob_and_stdin():
    res = runner.invoke(app, ["parse", str(SAMPLES / "00[01]_*.txt"), "-f", "jsonl"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 2
    text = (SAMPLES / "004_33652b52775a5c36.txt").read_bytes()
    res = runner.invoke(app, ["parse", "-", "-f", "json"], input=text)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["header"]["level"] == "district"


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_human_formats(fmt):
    res = runner.invoke(app, ["parse", WARD, "--format", fmt])
    assert res.exit_code == 0, res.output
    assert "KH-UBND" in res.stdout


@pytest.mark.parametrize(("fmt", "row"), [("table", "Addressees"), ("md", "| Addressees |")])
def test_human_formats_show_a_letters_addressees(tmp_path, fmt, row):
    letter = tmp_path / "cv.txt"
    letter.write_text(
        "SỞ Y TẾ\nSố: 12/SYT-NV\nHà Nội, ngày 02 tháng 3 năm 2026\nV/v kiểm tra an toàn thực phẩm\n"
        "Kính gửi: Trung tâm Y tế huyện Đông Anh.\nĐề nghị Trung tâm kiểm tra các bếp ăn.\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["parse", str(letter), "--format", fmt])
    assert res.exit_code == 0, res.output
    line = next(ln for ln in res.stdout.splitlines() if row in ln)
    assert "Trung tâm Y tế huyện Đông Anh" in line


@pytest.mark.parametrize(
    ("fmt", "rows"),
    [
        ("table", {"Urgency": "Khẩn", "Co-issuers": "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Co-signers": "Đỗ Văn Khang"}),
        (
            "md",
            {"| Urgency |": "Khẩn", "| Co-issuers |": "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "| Co-signers |": "Đỗ Văn Khang"},
        ),
    ],
)
def test_human_formats_show_urgency_and_a_joint_texts_other_issuers_and_signers(tmp_path, fmt, rows):
    joint = tmp_path / "khlt.txt"
    joint.write_text(
        "UBND TỈNH KON TUM\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 415/KHLT-SYT-SGDĐT\nKHẨN\n"
        "Kon Tum, ngày 12 tháng 9 năm 2026\n\nKẾ HOẠCH LIÊN TỊCH\nPhòng, chống dịch tay chân miệng trong trường mầm non\n\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì giám sát dịch tại các trường.\n\n"
        "KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO | KT. GIÁM ĐỐC SỞ Y TẾ\nPHÓ GIÁM ĐỐC | PHÓ GIÁM ĐỐC\n\n"
        "Đỗ Văn Khang | Lương Thị Mai\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["parse", str(joint), "--format", fmt])
    assert res.exit_code == 0, res.output
    for row, value in rows.items():
        line = next((ln for ln in res.stdout.splitlines() if ln.startswith(row)), "")
        assert value in line, row


def test_missing_file_is_one_line_exit_3():
    res = runner.invoke(app, ["parse", "no/such/plan.txt"])
    assert res.exit_code == 3
    assert res.stderr.splitlines() == ["khtool: error: no/such/plan.txt: no such file"]
    # in a batch, the count of failures closes the errors
    res = runner.invoke(app, ["parse", "no/such/plan.txt", PROVINCE, "-f", "jsonl"])
    assert res.exit_code == 1
    assert res.stderr.splitlines()[-1] == "khtool: 1 of 2 inputs failed"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b" \r\n\t\n", "empty file"),
        (b"\xef\xbb\xbf\n", "empty file"),
        (b"12/2024 - 05\n", "no text (no letters)"),
    ],
    ids=["empty", "whitespace", "bom-only", "no-letters"],
)
def test_empty_input_is_an_input_error(tmp_path, data, message):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(data)
    res = runner.invoke(app, ["parse", str(empty)])
    assert res.exit_code == 3
    assert res.stderr.splitlines()[0] == f"khtool: error: {empty}: {message}"
    res = runner.invoke(app, ["parse", "-"], input=data)
    assert res.exit_code == 3
    assert res.stderr.splitlines()[0] == f"khtool: error: -: {message}"
    res = runner.invoke(app, ["parse", str(empty), PROVINCE, "-f", "jsonl"])
    assert res.exit_code == 1 and len(res.stdout.splitlines()) == 1  # a failure in a batch


def test_batch_goes_on_after_a_bad_file(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    res = runner.invoke(app, ["parse", str(bad), PROVINCE, "-f", "jsonl"])
    assert res.exit_code == 1  # some inputs failed, others parsed
    assert "broken.docx" in res.output
    assert "7451/KH-UBND" in res.stdout


def test_output_never_overwrites_an_input(tmp_path):
    target = tmp_path / "plan.txt"
    target.write_bytes((SAMPLES / "004_33652b52775a5c36.txt").read_bytes())
    before = target.read_bytes()
    res = runner.invoke(app, ["parse", str(target), "-f", "json", "-o", str(target)])
    assert res.exit_code == 2
    assert target.read_bytes() == before


def test_schema_is_json_schema():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    # the model is recursive (attachments are documents): the root is a $ref
    root = schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema
    assert {"header", "citations", "assignments", "attachments"} <= set(root["properties"])


def test_schema_says_its_dialect_id_and_version(tmp_path):
    """`khtool schema` names Draft 2020-12 (what pydantic v2 writes), an $id
    and the schema_version its documents carry; it validates a document."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:khtool:schema:document:2" and schema["version"] == "2"
    assert schema["title"] == "khtool Document, schema_version 2"
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = json.loads(runner.invoke(app, ["parse", str(SAMPLES / "001_9bc3f1274d6058dd.txt"), "-f", "json"]).stdout)
    assert doc["schema_version"] == schema["version"]
    jsonschema.validators.validator_for(schema)(schema).validate(doc)


@pytest.mark.parametrize("fmt", ["jsonl", "table"])  # written by print and by rich
def test_a_reader_that_goes_away_is_not_a_failure(fmt):
    """``khtool parse DIR -f jsonl | head``: the closed pipe ends the run
    quietly with 0 (1 would say files failed). The samples' output is larger
    than a pipe's buffer, so the writer meets the closed pipe."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "khtool", "parse", str(SAMPLES), "-f", fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)  # output started; the rest no longer fits the pipe
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert err == b""


@pytest.mark.parametrize(("before", "after"), [(None, "__all__"), ("", ""), ("logfire", "logfire")])
def test_the_command_line_looks_for_no_pydantic_plugin_unless_asked(monkeypatch, before, after):
    from khtool.cli import main

    if before is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", before)
    monkeypatch.setattr("sys.argv", ["khtool", "--version"])
    with pytest.raises(SystemExit):
        main()
    import os

    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == after


def _failures(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_failures_lists_the_inputs_that_failed_as_json_lines(tmp_path, jobs, fmt):
    """A pipeline reads which inputs failed from a file (the Dask engine has
    its manifest), not from stderr's lines, ambiguous where a path holds
    ': '."""
    corpus = tmp_path / "in: corpus"
    corpus.mkdir()
    (corpus / "1.txt").write_text(Path(WARD).read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "2: empty.txt").write_bytes(b"")
    (corpus / "3.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (corpus / "4.txt").write_text(Path(WARD).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    out, failed = tmp_path / f"out.{fmt}", tmp_path / "failed.jsonl"
    res = runner.invoke(app, ["parse", str(corpus), "-f", fmt, "-o", str(out), "-j", jobs, "--failures", str(failed)])
    assert res.exit_code == 1, res.output
    records = _failures(failed)
    assert [(r["path"], r["exit_code"]) for r in records] == [
        (str(corpus / "2: empty.txt"), 3),
        (str(corpus / "3.txt"), 3),
    ]
    assert records[0]["error"] == "empty file"
    assert [f"khtool: error: {r['path']}: {r['error']}" for r in records] == res.stderr.splitlines()[:2]
    # none failed: an empty file (the old one replaced); every input failed:
    # the list, and no output
    res = runner.invoke(app, ["parse", str(corpus / "1.txt"), "-f", fmt, "-o", str(out), "--failures", str(failed)])
    assert res.exit_code == 0 and failed.read_text(encoding="utf-8") == ""
    before = out.read_bytes()
    res = runner.invoke(app, ["parse", str(corpus / "2: empty.txt"), str(corpus / "3.txt"), "-f", fmt, "-o", str(out), "--failures", str(failed)])
    assert res.exit_code == 3 and out.read_bytes() == before
    assert [r["path"] for r in _failures(failed)] == [str(corpus / "2: empty.txt"), str(corpus / "3.txt")]


def test_failures_when_no_document_is_found_and_its_usage_errors(tmp_path):
    empty, failed = tmp_path / "empty", tmp_path / "failed.jsonl"
    empty.mkdir()
    res = runner.invoke(app, ["parse", str(empty), "-f", "jsonl", "--failures", str(failed)])
    assert res.exit_code == 3
    assert _failures(failed) == [{"path": str(empty), "error": "no documents found", "exit_code": 3}]
    res = runner.invoke(app, ["parse", str(tmp_path / "*.docx"), "-f", "jsonl", "--failures", str(failed)])
    assert res.exit_code == 3
    assert _failures(failed)[0]["error"] == "no file matches this pattern"
    out = tmp_path / "out.jsonl"
    for args in (["-o", str(out), "--failures", str(out)], ["--failures", "-"], ["--failures", WARD]):
        res = runner.invoke(app, ["parse", WARD, "-f", "jsonl", *args])
        assert res.exit_code == 2 and len(res.stderr.splitlines()) == 1, res.output
        assert res.stdout == ""  # (refused before the run)
    assert not out.exists()


_PLUGIN_PROBE = """
import contextlib, io, sys
from khtool.cli import main
sys.argv = ["khtool", "parse", sys.argv[1], "--format", "json"]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main()
loader = sys.modules["pydantic.plugin._loader"]
print("importlib.metadata" in sys.modules, type(loader).__name__, list(loader.get_plugins()))
"""


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        # plugins off (the command line's default): pydantic's loader, which
        # imports importlib.metadata to read entry points, is stood in for
        (None, "False _PluginLoaderStandIn []"),
        ("1", "False _PluginLoaderStandIn []"),
        # plugins on: pydantic's own loader looks for them
        ("", "True module []"),
    ],
)
def test_a_cold_parse_reads_no_entry_points_while_plugins_are_off(setting, expected):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = setting
    out = subprocess.run(
        [sys.executable, "-c", _PLUGIN_PROBE, WARD], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split("\n")[-2] == expected, out.stderr


def test_the_plugin_loader_stand_in_gives_way_once_plugins_are_on():
    import subprocess
    import sys

    probe = """
import os, sys
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
from khtool.cli import _without_plugin_search
_without_plugin_search()
from pydantic.plugin._loader import get_plugins
print(list(get_plugins()), "importlib.metadata" in sys.modules)
os.environ["PYDANTIC_DISABLE_PLUGINS"] = ""
print(list(get_plugins()), "importlib.metadata" in sys.modules, type(sys.modules["pydantic.plugin._loader"]).__name__)
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[] False", "[] True module"], out.stderr


def test_an_earlier_runs_failures_file_is_removed_when_a_run_starts(tmp_path):
    """A pipeline reading --failures after `|| true` must not take an earlier
    run's list for this one's: a run stopped after it began on its inputs (an
    interrupt, a usage error met there) leaves none."""
    failed = tmp_path / "failed.jsonl"
    failed.write_text('{"path": "old.txt", "error": "an earlier run", "exit_code": 3}\n', encoding="utf-8")
    res = runner.invoke(app, ["parse", WARD, "-f", "jsonl", "--scheduler", "tcp://127.0.0.1:1", "--failures", str(failed)])
    assert res.exit_code == 2, res.output
    assert not failed.exists()


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_with_no_document_is_written_and_warned_of(tmp_path, fmt, jobs):
    """A README or an English page among the plans parses (kind unknown) and
    is said on stderr, naming the file; a plan is not; the exit code stays 0."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(WARD, folder / "plan.txt")
    (folder / "notes.txt").write_text("Meeting notes\nBring the laptop on Monday.\n", encoding="utf-8")
    res = runner.invoke(app, ["parse", str(folder), "-f", fmt, "-j", jobs, "-o", str(tmp_path / f"out.{fmt}")])
    assert res.exit_code == 0, res.output
    warned = [line for line in res.stderr.splitlines() if "warning" in line]
    assert warned == [
        f"khtool: warning: {folder / 'notes.txt'}: no administrative document found (no header: kind unknown)"
    ]
    text = (tmp_path / f"out.{fmt}").read_text(encoding="utf-8")
    kinds = [d["kind"] for d in (json.loads(x) for x in text.splitlines())] if fmt == "jsonl" else [
        d["kind"] for d in json.loads(text)
    ]
    assert sorted(kinds) == ["document", "unknown"]  # (both are written)


def test_only_the_documents_own_kind_is_warned_of(tmp_path):
    """An attachment of no known kind inside a plan is no input without a
    document: the warning reads the document's own kind, not its parts'."""
    from khtool import parse_file
    from khtool.cli.parse_cmd import _KIND, _UNKNOWN_KIND

    doc = parse_file(WARD)
    inner = parse_file(WARD)
    inner.kind = "unknown"
    doc.attachments.append(inner)
    item = doc.model_dump_json()
    assert _UNKNOWN_KIND in item  # (the attachment's)
    assert not item.startswith(_UNKNOWN_KIND, item.find(_KIND))
    doc.kind = "unknown"
    item = doc.model_dump_json()
    assert item.startswith(_UNKNOWN_KIND, item.find(_KIND))
