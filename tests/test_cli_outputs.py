"""Where ``-o``/``--out`` writes: a regular file atomically, a symlink's
target, a device or a FIFO in place, ``-`` on stdout (README "Exit codes")."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import stat
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khtool.cli import _register, app

from .conftest import SAMPLES, WRITER_IDS, writing_commands

_register()
runner = CliRunner()
PROVINCE = SAMPLES / "000_48697f013dff5d26.txt"
WARD = SAMPLES / "001_9bc3f1274d6058dd.txt"

posix = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and symlinks as on POSIX")


@posix
@pytest.mark.parametrize("n", range(5), ids=WRITER_IDS)
def test_a_fifo_is_written_into_not_replaced(tmp_path, n):
    """The reader at the other end gets the output, and the FIFO stays one
    (a temp file renamed over it left a plain file and a reader blocked for ever)."""
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    res = runner.invoke(app, writing_commands(str(fifo))[n])
    reader.join(5)
    if reader.is_alive():  # (the old code never opened it: release the reader)
        # not a blocking open: a reader past its own open, not yet ended (a
        # loaded machine), leaves no one to pair with, and the test hung
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    reader.join(10)
    assert res.exit_code == 0, res.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and got[0].strip(), "the reader got nothing"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left


def _mknod(path: Path, major: int, minor: int) -> None:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
        with open(path, "wb"):
            pass
    except OSError as exc:  # not root, or a nodev mount
        pytest.skip(f"cannot make a device node here: {exc}")


@pytest.mark.skipif(sys.platform != "linux", reason="Linux's null and full devices")
@pytest.mark.parametrize("n", range(5), ids=WRITER_IDS)
def test_a_character_device_stays_a_device(tmp_path, n):
    """``-o null`` (a node made here, like /dev/null) is written to, not
    replaced by a plain file; a full one (like /dev/full) is exit 2 naming it."""
    null = tmp_path / "null.json"
    _mknod(null, 1, 3)
    res = runner.invoke(app, writing_commands(str(null))[n])
    assert res.exit_code == 0, res.output
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    full = tmp_path / "full.json"
    _mknod(full, 1, 7)
    res = runner.invoke(app, writing_commands(str(full))[n])
    assert res.exit_code == 2, res.output
    assert res.stderr.splitlines()[-1] == (
        f"khtool: error: {full}: cannot write: No space left on device"
    )
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full.json", "null.json"]


@posix
@pytest.mark.parametrize("n", range(5), ids=WRITER_IDS)
def test_a_symlink_is_followed_and_its_target_replaced(tmp_path, n):
    """``latest.json -> runs/x.json`` stays a link and runs/x.json gets the output."""
    (tmp_path / "runs").mkdir()
    real = tmp_path / "runs" / "x.json"
    real.write_text("OLD\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(Path("runs") / "x.json")
    res = runner.invoke(app, writing_commands(str(link))[n])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and os.readlink(link) == str(Path("runs") / "x.json")
    assert real.read_text(encoding="utf-8") not in ("", "OLD\n")
    assert real.stat().st_mode & 0o777 == 0o640  # the target's mode kept
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["x.json"]


@posix
def test_a_dangling_symlink_gets_its_target_created(tmp_path):
    link = tmp_path / "latest.json"
    link.symlink_to("x.json")
    res = runner.invoke(app, writing_commands(str(link))[0])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and (tmp_path / "x.json").read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("n", range(4), ids=WRITER_IDS[:4])
def test_dash_is_stdout(tmp_path, monkeypatch, n):
    """``-o -`` writes on stdout (it wrote a file named '-')."""
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, writing_commands("-")[n])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip()
    assert not (tmp_path / "-").exists()


def test_graph_out_dash_says_how_to_get_the_graph_on_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["graph", str(WARD), "--out", "-"])
    assert res.exit_code == 2
    assert "use -f json" in res.stderr.splitlines()[-1]
    assert not (tmp_path / "-").exists()


class _FullDisk(io.TextIOWrapper):
    """A stdout on a full disk (``> /dev/full``): every write fails with ENOSPC."""

    class _Raw(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __init__(self) -> None:
        super().__init__(io.BufferedWriter(self._Raw()), encoding="utf-8")

    def isatty(self) -> bool:
        return False


@pytest.mark.parametrize(
    "args",
    [
        ["parse", str(WARD), "-f", "json"],
        ["parse", str(WARD), "-f", "jsonl"],
        ["check", str(WARD), "-f", "json", "--fail-on", "never"],
        ["diff", str(PROVINCE), str(WARD), "-f", "json"],
        ["graph", str(WARD), "-f", "json"],
        ["rules", "-f", "json"],
        ["schema"],
    ],
    ids=["parse", "parse-jsonl", "check", "diff", "graph", "rules", "schema"],
)
def test_stdout_on_a_full_disk_is_the_unwritable_output_error(monkeypatch, capsys, args):
    """Exit 2 and one line, as for an ``-o`` that cannot be written (it was
    exit 4 'internal error … report it')."""
    from khtool.cli import main, state

    monkeypatch.setitem(state, "debug", False)
    monkeypatch.setattr(signal, "signal", lambda *a: None)  # this process keeps its handlers
    monkeypatch.setattr("sys.argv", ["khtool", *args])
    monkeypatch.setattr("sys.stdout", _FullDisk())
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    assert err == "khtool: error: stdout: cannot write: No space left on device\n"
