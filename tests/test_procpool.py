"""khtool.procpool.ordered_map: results in input order from worker processes
that never leave their parent waiting on a lock a dead worker holds."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import khtool
from khtool.procpool import WorkerLost, _Workers, ordered_map

from .conftest import SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="forked workers, POSIX signals")
SRC = os.path.dirname(os.path.dirname(khtool.__file__))  # the khtool under test


def _square_slowly(x: int) -> int:
    time.sleep(0.002 * (x % 5))  # (results come back out of order)
    return x * x


def _die_on_13(x: int) -> int:
    if x == 13:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
    return x


def _raise_on_7(x: int) -> int:
    if x == 7:
        raise ValueError("seven")
    return x


def _sleep(seconds: int) -> int:
    time.sleep(seconds)
    return seconds


def _pid(x: int) -> int:
    return os.getpid()


def _no_workers_left() -> bool:
    return not multiprocessing.active_children()


@pytest.mark.parametrize(("jobs", "chunksize"), [(2, 1), (2, 4), (3, 7)])
def test_results_come_in_input_order(jobs, chunksize):
    items = list(range(60))
    assert list(ordered_map(_square_slowly, items, jobs=jobs, chunksize=chunksize)) == [x * x for x in items]
    assert _no_workers_left()
    assert list(ordered_map(_square_slowly, [], jobs=2)) == []


def test_a_worker_that_dies_costs_its_items_in_flight_and_is_replaced():
    items = list(range(40))
    got = list(ordered_map(_die_on_13, items, jobs=2, chunksize=4, on_lost=lambda x, code: ("lost", x, code)))
    # the chunk of 13 (12..15) is lost, killed by SIGKILL; the chunk it had
    # been sent next goes to another worker; the rest parsed
    assert got == [*range(12), *(("lost", x, -signal.SIGKILL) for x in range(12, 16)), *range(16, 40)]
    assert _no_workers_left()
    with pytest.raises(WorkerLost):
        list(ordered_map(_die_on_13, items, jobs=2, chunksize=4))
    assert _no_workers_left()


def test_an_exception_of_the_function_is_raised_and_the_workers_end():
    with pytest.raises(ValueError, match="seven"):
        list(ordered_map(_raise_on_7, list(range(30)), jobs=2))
    assert _no_workers_left()


def test_leaving_early_kills_the_workers():
    results = ordered_map(_square_slowly, list(range(1000)), jobs=2)
    assert next(results) == 0
    assert len(multiprocessing.active_children()) == 2
    results.close()
    assert _no_workers_left()


def test_workers_leave_sigint_and_sigterm_to_their_parent():
    pids = set(ordered_map(_pid, list(range(8)), jobs=2))
    assert os.getpid() not in pids and len(pids) == 2
    results = ordered_map(_square_slowly, list(range(1000)), jobs=2)
    next(results)
    workers = multiprocessing.active_children()
    for w in workers:
        os.kill(w.pid, signal.SIGTERM)
        os.kill(w.pid, signal.SIGINT)
    time.sleep(0.2)
    assert all(w.is_alive() for w in workers)
    assert list(results)[-1] == 999 * 999  # (and they go on)
    results.close()
    assert _no_workers_left()


class _NeedsArgs(Exception):
    """An exception that pickles but does not unpickle (its ``__init__``
    needs two arguments, ``args`` holds one)."""

    def __init__(self, what: str, code: int) -> None:
        super().__init__(f"{what} ({code})")


def _raise_unpicklable(x: int) -> int:
    if x == 3:
        raise _NeedsArgs("three", 3)
    return x


def test_a_workers_exception_carries_its_traceback():
    with pytest.raises(ValueError, match="seven") as info:
        list(ordered_map(_raise_on_7, list(range(30)), jobs=2))
    remote = info.value.__cause__
    assert remote is not None and "_raise_on_7" in str(remote) and "Traceback" in str(remote)
    assert _no_workers_left()


def test_an_exception_that_does_not_unpickle_is_a_clear_error():
    with pytest.raises(RuntimeError, match=r"_NeedsArgs: three \(3\)") as info:
        list(ordered_map(_raise_unpicklable, list(range(10)), jobs=2))
    assert "_raise_unpicklable" in str(info.value.__cause__)
    assert _no_workers_left()


# A script that stops reading a parallel iteration it keeps in a variable and
# ends, normally or by an exception: it must exit (multiprocessing's own
# handler at exit sends SIGTERM, which the workers ignore, then waits).
_LEFT_UNFINISHED = """
import sys
from khtool.batch import parse_many
docs = parse_many(sys.argv[2:], jobs=2)
print(type(next(docs)).__name__, flush=True)
if sys.argv[1] == "raise":
    raise RuntimeError("the script's own error")
"""


@pytest.mark.parametrize(("how", "code"), [("end", 0), ("raise", 1)])
def test_a_script_that_leaves_the_iteration_unfinished_exits(how, code):
    env = {**os.environ, "PYTHONPATH": SRC}
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))[:12]]
    proc = subprocess.Popen(
        [sys.executable, "-c", _LEFT_UNFINISHED, how, *paths],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("the script hung at exit")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert (proc.returncode, out) == (code, b"Document\n"), err.decode()


@pytest.mark.parametrize(("platform", "method"), [("linux", "fork"), ("darwin", "spawn"), ("win32", "spawn")])
def test_workers_are_forked_on_linux_only(monkeypatch, platform, method):
    """Python's own default: fork is unsafe on macOS (the system's frameworks,
    a worker forked mid-run while a progress bar's thread runs)."""
    monkeypatch.setattr(sys, "platform", platform)
    pool = _Workers(_pid)
    try:
        assert pool.ctx.get_start_method() == method
    finally:
        pool.close(finished=True)


def test_a_worker_that_does_not_end_when_replaced_is_killed():
    """A worker still alive when its successor is started (its pipe closed,
    not yet ended) is killed, not left behind for the exit to wait on."""
    pool = _Workers(_sleep)
    try:
        pool.start()
        (old,) = pool.workers
        old.conn.send((0, [60]))  # (busy past the join's timeout)
        pool._replace(old, [], {}, None)
        assert not old.process.is_alive()
        assert len(pool.workers) == 1 and pool.workers[0] is not old
    finally:
        pool.close(finished=False)
        old.process.kill()
    assert _no_workers_left()


def test_a_lone_worker_found_dead_before_its_first_chunk_is_replaced():
    """The only worker dead before anything was sent to it: its successor,
    started after the pass over the workers began, gets the chunk (no wait
    on no worker at all, which would never return)."""
    pool = _Workers(_square_slowly)
    pool.start()
    pool.workers[0].process.kill()
    pool.workers[0].process.join()
    got: list[int] = []
    reader = threading.Thread(target=lambda: got.extend(pool.run([[3], [4]], None)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    try:
        assert not reader.is_alive(), "the run waited for ever"
        assert got == [9, 16]
    finally:
        pool.close(finished=not reader.is_alive())
