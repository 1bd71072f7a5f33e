"""Issue 8's batch features at their edges (audit NF): links that lead to no
file, an interrupted run's word, the cache's account of what it parsed again
and what its key covers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import khtool

from .conftest import SAMPLES
from .test_cli_exit import _SLOW_KHTOOL

PROVINCE = SAMPLES / "000_48697f013dff5d26.txt"
WARD = SAMPLES / "001_9bc3f1274d6058dd.txt"
SRC = str(Path(khtool.__file__).resolve().parent.parent)  # the khtool under test


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run(
        [sys.executable, "-m", "khtool", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def _folder_with_bad_links(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a_plan.txt").write_text(PROVINCE.read_text(encoding="utf-8"), encoding="utf-8")
    os.symlink("loop_b.txt", d / "loop_a.txt")
    os.symlink("loop_a.txt", d / "loop_b.txt")
    os.symlink("gone_plan.txt", d / "dangling.txt")
    return d


LOOP = "symlink loop"
BROKEN = "broken symbolic link"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
@pytest.mark.parametrize(
    ("args", "code", "lines"),
    [
        # a folder walked: each unfollowable link is a failed input of its own
        (["parse", "corpus", "-f", "jsonl", "-o", "out.jsonl"], 1,
         [f"corpus/dangling.txt: {BROKEN}", f"corpus/loop_a.txt: {LOOP}", f"corpus/loop_b.txt: {LOOP}",
          "3 of 4 inputs failed"]),
        (["parse", "corpus", "-f", "json", "-o", "out.json", "--failures", "f.jsonl"], 1,
         [f"corpus/loop_a.txt: {LOOP}", "3 of 4 inputs failed"]),
        (["graph", "corpus", "-f", "json"], 1, [f"corpus/loop_b.txt: {LOOP}", f"corpus/dangling.txt: {BROKEN}"]),
        (["check", "corpus"], 1, [f"corpus/loop_a.txt: {LOOP}"]),
        (["parse", "corpus/*.txt", "-f", "jsonl", "-o", "out.jsonl"], 1,
         [f"corpus/loop_a.txt: {LOOP}", "3 of 4 inputs failed"]),
        # named as it is: the same one line, an input's exit code
        (["parse", "corpus/loop_a.txt"], 3, [f"corpus/loop_a.txt: {LOOP}"]),
        (["parse", "corpus/loop_a.txt", "-o", "x.json"], 3, [f"corpus/loop_a.txt: {LOOP}"]),
        (["parse", "corpus/loop_a.txt", "--failures", "f.jsonl"], 3, [f"corpus/loop_a.txt: {LOOP}"]),
        (["parse", "corpus/dangling.txt"], 3, [f"corpus/dangling.txt: {BROKEN} (to gone_plan.txt"]),
        (["graph", "corpus/loop_a.txt"], 3, [f"corpus/loop_a.txt: {LOOP}"]),
        (["graph", "corpus/dangling.txt"], 3, [f"corpus/dangling.txt: {BROKEN}"]),
    ],
    ids=["parse-dir-jsonl", "parse-dir-failures", "graph-dir", "check-dir", "parse-glob", "parse-loop", "parse-loop-o",
         "parse-loop-failures", "parse-dangling", "graph-loop", "graph-dangling"],
)
def test_links_that_lead_to_no_file_fail_as_inputs(tmp_path, args, code, lines):
    _folder_with_bad_links(tmp_path)
    res = _run(*args, cwd=tmp_path)
    assert res.returncode == code, res.stderr
    for line in lines:
        assert line in res.stderr, res.stderr
    assert "internal error" not in res.stderr and "RuntimeError" not in res.stderr
    assert "Traceback" not in res.stderr
    if args[0] == "parse" and "--failures" in args:
        failed = (tmp_path / "f.jsonl").read_text(encoding="utf-8")
        assert LOOP in failed


# ``khtool`` with a file named slow*.txt that takes a minute to parse, and a
# marker file touched when its parse starts


@pytest.mark.skipif(sys.platform != "linux", reason="signals as on Linux")
@pytest.mark.parametrize(
    ("sig", "options", "old", "code", "line"),
    [
        ("INT", ["-o", "out.jsonl"], True, 130,
         "khtool: interrupted (SIGINT); nothing written: out.jsonl is the previous run's, as it was"),
        ("INT", ["-o", "out.jsonl"], False, 130, "khtool: interrupted (SIGINT); nothing written: out.jsonl not created"),
        ("INT", ["-o", "out.jsonl", "--failures", "bad.jsonl"], False, 130,
         "khtool: interrupted (SIGINT); nothing written: out.jsonl not created; bad.jsonl not written"),
        ("INT", [], False, 130, "khtool: interrupted (SIGINT); what was written to stdout is incomplete"),
        ("TERM", ["-o", "out.jsonl"], True, 143,
         "khtool: interrupted (SIGTERM); nothing written: out.jsonl is the previous run's, as it was"),
    ],
    ids=["int-kept", "int-new", "int-failures", "int-stdout", "term-kept"],
)
def test_an_interrupted_run_says_so_and_what_it_left(tmp_path, sig, options, old, code, line):
    import signal
    import time

    corpus = tmp_path / "corp"
    corpus.mkdir()
    for name in ("a", "slow", "b"):
        (corpus / f"{name}.txt").write_text(WARD.read_text(encoding="utf-8"), encoding="utf-8")
    if old:
        (tmp_path / "out.jsonl").write_text("OLD\n", encoding="utf-8")
    mark = tmp_path / "busy"
    env = {**os.environ, "PYTHONPATH": SRC, "KHTOOL_TEST_MARK": str(mark)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_KHTOOL, "parse", "corp", "-f", "jsonl", *options],
        stdout=(tmp_path / "stdout").open("wb"),  # (a pipe unread would fill and block)
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
        # (a shell running the tests in the background hands its children
        # SIGINT ignored: the default back)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while not mark.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert mark.exists(), proc.communicate()[1].decode()
        proc.send_signal(getattr(signal, f"SIG{sig}"))
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code, err.decode()
    assert err.decode().strip().splitlines() == [line]
    assert (tmp_path / "out.jsonl").exists() == old
    assert not (tmp_path / "bad.jsonl").exists()


@pytest.mark.parametrize(
    ("change", "parsed"),
    [
        ("nothing", []),
        ("edit b", ["corp/b.txt"]),
        ("add d", ["corp/d.txt"]),
        ("edit a, add d, delete c", ["corp/a.txt", "corp/d.txt"]),
    ],
)
def test_cache_verbose_names_the_inputs_parsed_afresh(tmp_path, change, parsed):
    from typer.testing import CliRunner

    from khtool.cli import _register, app

    _register()
    corp = tmp_path / "corp"
    corp.mkdir()
    text = WARD.read_text(encoding="utf-8")
    for i, name in enumerate("abc"):
        (corp / f"{name}.txt").write_text(f"{text}\ndòng {i}\n", encoding="utf-8")
    args = ["parse", "corp", "-f", "jsonl", "-o", "out.jsonl", "--cache-dir", str(tmp_path / "cache")]
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        first = CliRunner().invoke(app, [*args, "-v"])
        assert first.exit_code == 0, first.output
        assert first.stderr.count("parsed (not in the cache)") == 3
        for step in change.split(", "):
            verb, name = step.split(" ") if step != "nothing" else ("", "")
            if verb == "edit":
                (corp / f"{name}.txt").write_text(f"{text}\nđã sửa\n", encoding="utf-8")
            elif verb == "add":
                (corp / f"{name}.txt").write_text(f"{text}\nmới\n", encoding="utf-8")
            elif verb == "delete":
                (corp / f"{name}.txt").unlink()
        quiet = CliRunner().invoke(app, args)
        assert "parsed (not in the cache)" not in quiet.stderr  # (only with -v)
        for f in parsed:  # (the quiet run cached them: make them fresh again)
            Path(f).write_text(Path(f).read_text(encoding="utf-8") + "x\n", encoding="utf-8")
        res = CliRunner().invoke(app, [*args, "--verbose"])
    finally:
        os.chdir(old)
    assert res.exit_code == 0, res.output
    named = [line.rsplit(": ", 1)[1] for line in res.stderr.splitlines() if "parsed (not in the cache)" in line]
    assert named == parsed
    total = len(list(corp.iterdir()))
    assert f"khtool: {total - len(parsed)} of {total} inputs from the cache" in res.stderr


@pytest.mark.parametrize("package", ["pypdf", "python-docx", "beautifulsoup4", "underthesea", "gazetteer file"])
def test_the_cache_key_changes_with_what_a_result_depends_on(monkeypatch, tmp_path, package):
    from importlib import metadata

    from khtool import batch, gazetteer

    def key() -> str:
        batch.rules_fingerprint.cache_clear()
        return batch.Cache(tmp_path).key(b"Ke hoach so 1", "a.txt")

    data = tmp_path / "mapping.json"
    data.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_data_path", lambda: str(data))
    real = metadata.version
    monkeypatch.setattr(metadata, "version", real)
    before = key()
    assert key() == before
    if package == "gazetteer file":
        data.write_text('{"x": 1}', encoding="utf-8")
    else:
        monkeypatch.setattr(metadata, "version", lambda name: "999.0" if name == package else real(name))
    assert key() != before
    batch.rules_fingerprint.cache_clear()


ROOT = Path(__file__).resolve().parent.parent  # the checkout (not SRC: the compiled build's site)


@pytest.mark.parametrize("doc", ["README.md", "docs/scale.md"])
def test_the_dask_install_line_works_from_a_checkout(doc):
    """khtool is not on the package index: the command that installs the
    extra is the checkout's; the published name only as what comes later."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    assert "pip install -e '.[dask]'" in text
    for line in text.splitlines():
        if "pip install 'khtool[dask]'" in line:
            assert "once" in line and "published" in line, line
