"""The command line's contract with scripts: exit codes, errors, signals and
output files (README's "Exit codes", docs/ci.md)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khtool
from khtool.cli import _register, app

from .conftest import SAMPLES, WRITER_IDS, writing_commands

_register()
runner = CliRunner()
PROVINCE = SAMPLES / "000_48697f013dff5d26.txt"
WARD = SAMPLES / "001_9bc3f1274d6058dd.txt"
SRC = str(Path(khtool.__file__).resolve().parent.parent)  # the khtool under test


def _khtool(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen(
        [sys.executable, "-m", "khtool", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        **kwargs,
    )


def _children(pid: int) -> list[int]:
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True
    ).stdout
    return [int(x) for x in out.split()]


@pytest.mark.skipif(sys.platform != "linux", reason="signals and ps as on Linux")
@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"]
)
def test_a_signal_ends_a_parallel_parse_cleanly(tmp_path, sig, code):
    """SIGTERM (timeout, docker stop, a CI cancel) is handled like Ctrl-C: the
    previous output stays, no temp file is left beside it, the pool's workers
    end with the run, no traceback, exit 128 + the signal."""
    corpus = tmp_path / "corp"
    corpus.mkdir()
    text = PROVINCE.read_text(encoding="utf-8")
    for i in range(200):
        (corpus / f"p{i:03}.txt").write_text(f"{text}\ndòng {i}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("OLD\n", encoding="utf-8")
    # (a shell running the tests in the background hands its children SIGINT
    # ignored, and Python then installs no Ctrl-C handler: the default back)
    proc = _khtool(
        "parse", str(corpus), "-f", "jsonl", "-o", str(out), "--jobs", "2",
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline:  # the workers are parsing, the temp file is open
        workers = _children(proc.pid)
        if len(workers) >= 2 and list(tmp_path.glob(".out.jsonl.*.tmp")):
            break
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    time.sleep(0.5)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()]
    for w in alive:  # (not to leave them behind when the test fails)
        os.kill(w, signal.SIGKILL)
    assert proc.returncode == code, err.decode()
    assert b"Traceback" not in err, err.decode()
    assert out.read_text(encoding="utf-8") == "OLD\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corp", "out.jsonl"]
    assert workers and not alive


# ``khtool`` with a file named slow*.txt that takes a minute to parse, and a
# marker file touched when a worker starts on it
_SLOW_KHTOOL = """
import os, sys, time
import khtool.batch as batch
real = batch._parse_path
def slow(path):
    if "slow" in os.path.basename(path):
        open(os.environ["KHTOOL_TEST_MARK"], "w").close()
        time.sleep(60)
    return real(path)
batch._parse_path = slow
sys.argv = ["khtool", *sys.argv[1:]]
from khtool.cli import main
main()
"""


def _group_gone(pgid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and signals as on Linux")
@pytest.mark.parametrize(
    ("sig", "code", "layout"),
    [
        (signal.SIGTERM, 143, "one chunk, a worker idle"),
        (signal.SIGTERM, 143, "every worker busy"),
        (signal.SIGTERM, 143, "one chunk, a worker idle"),
        (signal.SIGINT, 130, "every worker busy"),
    ],
    ids=["TERM-idle", "TERM-busy", "TERM-idle-again", "INT-busy"],
)
def test_a_signal_to_the_process_group_ends_a_parallel_parse_cleanly(tmp_path, sig, code, layout):
    """``timeout``, a CI cancel and ``kill -- -PGID`` signal the whole group,
    workers too, while a worker is busy on a file: the run ends at once (it
    hung when a worker died holding the pool's queue lock), removes its temp
    file, keeps the previous output, leaves no process behind, and exits 128
    + the signal."""
    corpus = tmp_path / "corp"
    corpus.mkdir()
    text = WARD.read_text(encoding="utf-8")
    names = ["a", "slow"] if layout.startswith("one chunk") else [*"abcd", "slow", *"efghijk"]
    for i, name in enumerate(names):
        (corpus / f"{i:02}_{name}.txt").write_text(f"{text}\ndòng {i}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("OLD\n", encoding="utf-8")
    mark = tmp_path / "busy"
    env = {**os.environ, "PYTHONPATH": SRC, "KHTOOL_TEST_MARK": str(mark)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_KHTOOL, "parse", str(corpus), "-f", "jsonl", "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group, as under `timeout`
        # (see test_a_signal_ends_a_parallel_parse_cleanly)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 30
        while not mark.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert mark.exists(), proc.communicate()[1].decode()
        time.sleep(0.2)
        os.killpg(proc.pid, sig)
        try:
            _, err = proc.communicate(timeout=8)
        except subprocess.TimeoutExpired:
            pytest.fail("the interrupted run hung")
        assert proc.returncode == code, err.decode()
        assert b"Traceback" not in err, err.decode()
        assert out.read_text(encoding="utf-8") == "OLD\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["busy", "corp", "out.jsonl"]
        assert _group_gone(proc.pid, 2), "a worker outlived the run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@pytest.mark.skipif(sys.platform != "linux", reason="signals as on Linux")
def test_a_worker_the_system_kills_costs_the_files_it_held_not_the_run(tmp_path):
    """The out-of-memory killer ends a worker (SIGKILL) while it parses: its
    files are reported as failed, a new worker goes on with the others (the
    pool of multiprocessing waited for the lost result for ever)."""
    script = _SLOW_KHTOOL.replace('"slow"', '"oom"').replace(
        "time.sleep(60)", "os.kill(os.getpid(), 9)"
    )
    corpus = tmp_path / "corp"
    corpus.mkdir()
    text = WARD.read_text(encoding="utf-8")
    names = [*"abcd", "oom", *"efghijk"]
    for i, name in enumerate(names):
        (corpus / f"{i:02}_{name}.txt").write_text(f"{text}\ndòng {i}\n", encoding="utf-8")
    out, failed = tmp_path / "out.jsonl", tmp_path / "failed.jsonl"
    env = {**os.environ, "PYTHONPATH": SRC, "KHTOOL_TEST_MARK": str(tmp_path / "mark")}
    res = subprocess.run(
        [sys.executable, "-c", script, "parse", str(corpus), "-f", "jsonl", "-o", str(out), "-j", "2",
         "--failures", str(failed)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 1, res.stderr
    records = [json.loads(line) for line in failed.read_text(encoding="utf-8").splitlines()]
    assert str(corpus / "04_oom.txt") in [r["path"] for r in records]
    assert all("died (killed by signal 9" in r["error"] and r["exit_code"] == 4 for r in records)
    assert len(records) <= 4  # (the chunk it was on)
    parsed = len(out.read_text(encoding="utf-8").splitlines())
    assert parsed + len(records) == len(names)


@pytest.mark.parametrize("n", range(5), ids=WRITER_IDS)
def test_an_output_path_that_cannot_be_written_is_a_usage_error(tmp_path, n):
    """Not exit 4 'internal error … report it': one line naming the path
    given (not the temp file beside it), exit 2."""
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    out = str(tmp_path / "afile" / "out.json")
    res = runner.invoke(app, writing_commands(out)[n])
    assert res.exit_code == 2, res.output
    assert res.stderr.splitlines()[-1] == (
        f"khtool: error: {out}: cannot write: {tmp_path / 'afile'} is a file, not a folder"
    )
    if sys.platform == "linux":  # a folder where no file can be created
        res = runner.invoke(app, writing_commands("/proc/k.json")[n])
        assert res.exit_code == 2, res.output
        last = res.stderr.splitlines()[-1]
        assert last.startswith("khtool: error: /proc/k.json: cannot write a file in /proc (")
        assert ".tmp" not in last


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("n", range(5), ids=WRITER_IDS)
def test_an_output_file_has_the_mode_of_the_file_it_replaces_or_the_umasks(tmp_path, n):
    """Not mkstemp's 0600, which hides a report from a web server, a group or
    an artifact uploader running as another user."""
    old = os.umask(0o027)
    try:
        out = tmp_path / "new.json"
        assert runner.invoke(app, writing_commands(str(out))[n]).exit_code == 0
        assert out.stat().st_mode & 0o777 == 0o640  # a new file: 0666 less the umask
        os.umask(0o022)
        out.unlink()
        assert runner.invoke(app, writing_commands(str(out))[n]).exit_code == 0
        assert out.stat().st_mode & 0o777 == 0o644
        out.chmod(0o664)  # a file replaced keeps its mode
        assert runner.invoke(app, writing_commands(str(out))[n]).exit_code == 0
        assert out.stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old)


def _cases(tmp_path: Path) -> dict[str, str]:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    none = tmp_path / "none"
    none.mkdir()
    (none / "x.py").write_text("print(1)\n", encoding="utf-8")
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "empty.txt").write_bytes(b"")
    (mixed / "ward.txt").write_bytes(WARD.read_bytes())
    (tmp_path / "empty.jsonl").write_bytes(b"")
    return {
        "empty file": str(bad / "empty.txt"),
        "all unreadable": str(bad),
        "no documents": str(none),
        "some failed": str(mixed),
    }


@pytest.mark.parametrize(
    ("case", "code"),
    [("empty file", 3), ("all unreadable", 3), ("no documents", 3), ("some failed", 1)],
)
@pytest.mark.parametrize(
    "command",
    [
        ["parse", "-f", "jsonl"],
        ["check", "-f", "json", "--fail-on", "never"],
        ["check", "-f", "text"],
        ["graph", "--stats", "-f", "json"],
    ],
    ids=["parse", "check-never", "check", "graph"],
)
def test_one_exit_code_table_for_every_command(tmp_path, command, case, code):
    """README: exit codes are 'the same for every command'. A folder with no
    documents is an error (a mis-mounted volume must not pass green), and
    `check --fail-on never` fails only on inputs it could not read."""
    target = _cases(tmp_path)[case]
    res = runner.invoke(app, [command[0], target, *command[1:]])
    assert res.exit_code == code, res.output
    if case == "no documents":
        assert res.stderr.splitlines() == [f"khtool: error: {target}: no documents found"]


def test_an_empty_jsonl_is_no_documents_for_graph(tmp_path):
    empty = tmp_path / "docs.jsonl"
    empty.write_bytes(b"")
    res = runner.invoke(app, ["graph", str(empty), "--stats", "-f", "json"])
    assert res.exit_code == 3
    assert res.stderr.splitlines() == [f"khtool: error: {empty}: no documents found"]


def test_check_never_fails_on_findings_but_on_unreadable_inputs(tmp_path):
    """`--fail-on never` (docs/ci.md's SARIF step) is 0 whatever the findings;
    an unreadable input is no finding: 1 when others were read, 3 when none."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    never = ["-f", "json", "--fail-on", "never"]
    assert runner.invoke(app, ["check", str(WARD), *never]).exit_code == 0
    assert runner.invoke(app, ["check", str(WARD), str(empty), *never]).exit_code == 1
    assert runner.invoke(app, ["check", str(empty), *never]).exit_code == 3
    # with no finding at all, one unreadable input among read ones is 1, not 3
    res = runner.invoke(app, ["check", str(WARD), str(empty), "--ignore", "KH", "-f", "json"])
    assert res.exit_code == 1, res.output


def test_rules_and_diff_tables_in_a_pipe_are_not_wrapped_at_80_columns():
    """A table written to a pipe or a file is as wide as its rows: one row a
    line (grep), as `check -f text` and `graph` write theirs."""
    res = runner.invoke(app, ["rules"])
    assert res.exit_code == 0
    ids = [line.split("│")[1].strip() for line in res.stdout.splitlines() if line.startswith("│")]
    assert ids and all(i.startswith("KH") for i in ids)  # no row folded onto a second line
    province, ward = SAMPLES / "000_48697f013dff5d26.txt", SAMPLES / "001_9bc3f1274d6058dd.txt"
    res = runner.invoke(app, ["diff", str(province), str(ward), "-f", "table"])
    assert res.exit_code == 0
    header = next(line for line in res.stdout.splitlines() if line.startswith("┃ Field"))
    assert f"┃ {province}" in header and f"┃ {ward}" in header and len(header) > 80


def test_parse_table_in_a_pipe_or_a_file_is_not_wrapped_and_its_rules_fit_it(tmp_path):
    """`parse -f table` written to a pipe (the runner's stdout) or to `-o`:
    the title on one line, not wrapped at 80 columns, and the rule between
    two documents 80 columns wide, not the 10,000 columns a pipe is given."""
    out = tmp_path / "t.txt"
    res = runner.invoke(app, ["parse", str(PROVINCE), str(WARD), "-f", "table", "-o", str(out)])
    assert res.exit_code == 0, res.output
    for text in (runner.invoke(app, ["parse", str(PROVINCE), str(WARD), "-f", "table"]).stdout, out.read_text("utf-8")):
        lines = text.splitlines()
        title = next(line for line in lines if line.startswith("Title "))
        assert title.rstrip().endswith("TRÊN ĐỊA BÀN TỈNH BÌNH DƯƠNG") and len(title) > 80
        rules = [i for i, line in enumerate(lines) if line and set(line) == {"─"}]
        assert len(rules) == 1
        second = lines[rules[0] + 1 :]
        assert second[0] == "Document" and len(lines[rules[0]]) == 80


def test_check_text_puts_errors_on_stderr_and_a_finding_on_one_line(tmp_path):
    """README: errors on stderr; on a pipe, one line per finding (grep), not
    lines wrapped at 80 columns."""
    import json

    long_ = SAMPLES / "003_1df2fb94d1fd5416.txt"  # a finding of 136 characters
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    messages = [
        f["message"]
        for f in json.loads(runner.invoke(app, ["check", str(long_), "-f", "json"]).stdout)[
            "findings"
        ]
    ]
    assert any(len(m) > 60 for m in messages)  # too long for 80 columns with its prefix
    res = runner.invoke(app, ["check", str(long_), str(empty), "-f", "text"])
    assert res.exit_code == 1
    assert "empty file" not in res.stdout
    # (and the batch's closing count, as every batch command ends)
    assert res.stderr.splitlines() == [f"khtool: error: {empty}: empty file", "khtool: 1 of 2 inputs failed"]
    lines = res.stdout.splitlines()
    for m in messages:
        assert any(line.endswith(m) for line in lines), m
    assert lines[-1].endswith("1 unreadable")


@pytest.fixture
def run_main(monkeypatch, capsys):
    """Run ``khtool.cli.main`` (what the ``khtool`` script runs; the runner
    calls the app behind it) and give (exit code, stdout, stderr)."""
    from khtool.cli import main, state

    monkeypatch.setitem(state, "debug", False)
    monkeypatch.setenv("KHTOOL_DEBUG", "")  # (removed again afterwards)
    monkeypatch.setattr(signal, "signal", lambda *a: None)  # this process keeps its handlers

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.argv", ["khtool", *args])
        with pytest.raises(SystemExit) as exit_:
            main()
        out, err = capsys.readouterr()
        code = exit_.value.code
        return (code if isinstance(code, int) else int(code is not None)), out, err

    return run


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_anywhere_shows_the_traceback_and_keeps_exit_4(monkeypatch, run_main, where):
    """The error asks to 'rerun with --debug': added at the end it is not a
    usage error, and the bug's exit code stays 4 (not Python's 1)."""

    def boom(path):
        raise ValueError("boom")

    monkeypatch.setattr("khtool.pipeline.parse_file", boom)
    args = ["parse", str(WARD), "-f", "json"]
    code, _, err = run_main(*args)
    assert code == 4
    assert "rerun with --debug and report it" in err.splitlines()[-1]
    assert "Traceback" not in err
    code, _, err = run_main(*(["--debug", *args] if where == "before" else [*args, "--debug"]))
    assert code == 4, err
    assert "Traceback" in err and "ValueError: boom" in err


def _batch_with_bad_files(tmp_path: Path) -> Path:
    corpus = tmp_path / "corp"
    corpus.mkdir()
    (corpus / "1_ward.txt").write_text(WARD.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "2_empty.txt").write_bytes(b"")
    (corpus / "3_page.pdf").write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    (corpus / "4_bug.txt").write_text(PROVINCE.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "5_province.txt").write_text(PROVINCE.read_text(encoding="utf-8"), encoding="utf-8")
    return corpus


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_debug_adds_tracebacks_to_a_batch_and_changes_nothing_else(
    monkeypatch, run_main, tmp_path, jobs, fmt
):
    """README: --debug "shows the traceback and keeps the exit code", and in
    a batch one bad file never stops the others. It stopped at the first bad
    file with exit 3, wrote nothing and printed the error twice; now each
    failed input's line comes once, after its traceback (from the worker
    process too), and the run, its output and its exit code are the same."""
    from khtool import pipeline

    real = pipeline.parse_file

    def buggy(path):
        if Path(path).name.startswith("4_bug"):
            raise ValueError("boom")
        return real(path)

    monkeypatch.setattr("khtool.pipeline.parse_file", buggy)
    corpus = _batch_with_bad_files(tmp_path)
    runs = {}
    for debug in (False, True):
        out = tmp_path / f"out{debug}.{fmt}"
        args = ["parse", str(corpus), "-f", fmt, "-o", str(out), "-j", jobs, "--no-progress"]
        code, _, err = run_main(*(["--debug", *args] if debug else args))
        lines = [line for line in err.splitlines() if line.startswith("khtool: ")]
        runs[debug] = (code, out.read_text(encoding="utf-8") if out.exists() else None, lines, err)
    (code, output, lines, err), (dcode, doutput, dlines, derr) = runs[False], runs[True]
    assert code == 1 and "Traceback" not in err, err
    assert dcode == code, derr
    assert doutput is not None and doutput == output
    assert dlines == lines, derr  # the same lines, each once
    assert len([x for x in lines if x.startswith("khtool: error: ")]) == 3
    assert derr.count("Traceback (most recent call last)") == 3, derr
    assert "ValueError: boom" in derr and "khtool.errors.InputError: " in derr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["parse", str(WARD), "-f", "xml"], "unknown format 'xml': use json, jsonl, table or md"),
        (["parse", str(WARD), "--bogus"], "No such option: --bogus"),
        (["graph"], "Missing argument"),
        (["diff", str(WARD), str(WARD), "-f", "xml"], "unknown format 'xml': use table"),
        (["diff", str(WARD), str(WARD), "--method", "bogus"], "unknown method 'bogus'"),
    ],
    ids=["bad-choice", "bad-option", "missing-argument", "diff-format", "diff-method"],
)
def test_a_usage_error_is_one_line(run_main, args, line):
    """README: errors are one line naming the problem (not a Rich box)."""
    code, out, err = run_main(*args)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("khtool: error: ") and line in err


def test_the_script_keeps_its_exit_codes(run_main):
    assert run_main("--version")[0] == 0
    assert run_main("parse", "--help")[0] == 0
    assert run_main("parse", str(WARD), "-f", "json")[0] == 0
    assert run_main("parse", "no/such.txt")[0] == 3
    assert run_main()[0] == 2  # the help, as before


@pytest.mark.parametrize(
    ("command", "fmt"),
    [("parse", "json"), ("parse", "jsonl"), ("check", "json"), ("check", "sarif")],
)
def test_every_input_failed_keeps_the_old_output(tmp_path, command, fmt):
    """rc 3 writes nothing: the old -o file is kept whether every input failed
    or none was found (README, "Exit codes")."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    out.write_text("old\n")
    res = runner.invoke(app, [command, str(bad), str(bad.with_name("missing.txt")), "-f", fmt, "-o", str(out)])
    assert res.exit_code == 3, res.output
    assert out.read_text() == "old\n"


def test_every_input_failed_prints_nothing_on_stdout(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    res = runner.invoke(app, ["parse", str(bad), str(tmp_path / "missing.txt"), "-f", "json"])
    assert res.exit_code == 3 and res.stdout == ""


def test_the_same_file_twice_is_one_input():
    twice = runner.invoke(app, ["check", str(PROVINCE), str(PROVINCE), "-f", "json", "--fail-on", "never"])
    once = runner.invoke(app, ["check", str(PROVINCE), "-f", "json", "--fail-on", "never"])
    assert twice.exit_code == once.exit_code == 0
    assert twice.stdout == once.stdout


def test_one_schema_error_is_one_error(tmp_path):
    doc = runner.invoke(app, ["parse", str(PROVINCE), "-f", "json"]).stdout
    import json

    bad = json.loads(doc)
    bad["header"]["number"] = ["not", "a", "number"]
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps(bad, ensure_ascii=False) + "\n" + json.dumps(json.loads(doc), ensure_ascii=False) + "\n")
    res = runner.invoke(app, ["graph", str(docs), "--stats", "-f", "json"])
    assert "(1 error)" in res.stderr, res.stderr


_GRAPH_KILLED_READER = """
import os, sys
import khtool.jsonl as j
j.PARALLEL_MIN_BYTES = 0  # (-j 2: the workers read it)
real = j._validate_range
def validate(args):
    if args[1].endswith("b.jsonl"):
        os.kill(os.getpid(), 9)  # as the kernel's OOM killer would
    return real(args)
j._validate_range = validate
sys.argv = ["khtool", *sys.argv[1:]]
from khtool.cli import main
main()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="signals as on Linux")
def test_a_jsonl_reader_the_system_kills_costs_its_lines_not_the_graph(tmp_path):
    """graph -j 2: the worker reading one JSONL is killed; that file's lines
    are an input error naming it (exit 1, the other file in the graph), not
    'internal error … report it' (exit 4)."""
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    env = {**os.environ, "PYTHONPATH": SRC}
    subprocess.run(
        [sys.executable, "-m", "khtool", "parse", str(PROVINCE), str(WARD), "-f", "jsonl", "-o", str(a),
         "--no-progress"],
        env=env, check=True, capture_output=True, timeout=120,
    )
    b.write_bytes(a.read_bytes())
    res = subprocess.run(
        [sys.executable, "-c", _GRAPH_KILLED_READER, "graph", str(a), str(b), "-j", "2", "-f", "json",
         "--no-progress"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 1, res.stderr
    assert res.stderr.splitlines() == [
        f"khtool: error: {b}: line 1: not read, nor the 1 line after it: the worker process reading it"
        " died (killed by signal 9; out of memory?)",
        "khtool: 1 of 3 inputs failed",
    ]
    assert len(json.loads(res.stdout)["graph"]["nodes"]) >= 2
