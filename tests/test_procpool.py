"""khtool.procpool.ordered_map: results in input order from worker processes
that never leave their parent waiting on a lock a dead worker holds."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time

import pytest

from khtool.procpool import WorkerLost, ordered_map

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="forked workers, POSIX signals")


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
