"""The command line's contract with scripts: exit codes, errors, signals and
output files (README's "Exit codes", docs/ci.md)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import khtool
from khtool.cli import _register

from .conftest import SAMPLES

_register()
PROVINCE = SAMPLES / "000_48697f013dff5d26.txt"
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
    proc = _khtool("parse", str(corpus), "-f", "jsonl", "-o", str(out), "--jobs", "2")
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
