"""Worker processes for a batch: ``ordered_map`` runs a function over items in
N processes and yields the results in input order.

Not ``multiprocessing.Pool``: its workers share one task queue behind a lock,
and a worker killed while holding it leaves ``Pool.terminate`` waiting on that
lock for ever. ``timeout``, a CI cancel and ``kill -- -PGID`` signal the whole
process group, workers included, so that was how an interrupted
``khtool parse --jobs 2`` hung. Here each worker has a pipe of its own and
ignores SIGINT and SIGTERM (stopping is its parent's decision), and a parent
that stops early (an interrupt, an error, a reader gone) ends its workers with
SIGKILL: nothing the parent waits on can be held by a dead process.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# the signals a worker leaves to its parent
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# chunks sent to a worker before its first result is back: it never waits
# for the parent between two chunks
_DEPTH = 2
# chunks dispatched beyond the first not yet yielded, per worker: a slow file
# holds back at most this many results in memory
_AHEAD = 16


class WorkerLost(Exception):
    """A worker process died (killed by the system, out of memory) while its
    chunk was in flight, and the caller gave no ``on_lost``."""


def ordered_map(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int,
    chunksize: int = 1,
    on_lost: Callable[[T, int | None], R] | None = None,
) -> Iterator[R]:
    """``func`` of each item, computed in ``jobs`` worker processes (forked;
    spawned on Windows, where ``func`` must be importable), yielded in the
    order of ``items``. ``func`` should catch its own errors; one it raises
    is raised here. A worker that dies loses the chunk it was on: each of its
    items gives ``on_lost(item, exitcode)`` (a negative exitcode is the
    signal that killed it), and a new worker takes its place and the chunks
    it had not begun; without ``on_lost`` the run raises ``WorkerLost``. Leaving the iteration early (an exception, an
    interrupt, ``close()``) kills the workers at once."""
    chunks = [list(items[i : i + chunksize]) for i in range(0, len(items), chunksize)]
    if not chunks:
        return
    pool = _Workers(func)
    try:
        for _ in range(max(1, min(jobs, len(chunks)))):
            pool.start()
        yield from pool.run(chunks, on_lost)
        pool.close(finished=True)
    finally:
        pool.close(finished=False)


class _Worker:
    def __init__(self, process: Any, conn: Any) -> None:
        self.process = process
        self.conn = conn
        self.pending: list[int] = []  # chunks sent, in the order it answers them


class _Workers:
    def __init__(self, func: Callable[[Any], Any]) -> None:
        import multiprocessing as mp

        self.func = func
        self.ctx: Any = mp.get_context("spawn" if os.name == "nt" else "fork")
        self.workers: list[_Worker] = []
        self.retry: list[int] = []  # chunks sent to a worker that died before them

    def start(self) -> None:
        """One more worker, in ``workers`` before a signal can interrupt."""
        parent_end, child_end = self.ctx.Pipe(duplex=True)
        # a forked worker closes the parent's ends of the other workers'
        # pipes (and its own), so that each sees its parent die as an EOF
        inherited = (
            [w.conn for w in self.workers] + [parent_end]
            if self.ctx.get_start_method() == "fork"
            else []
        )
        process = self.ctx.Process(
            target=_serve, args=(child_end, self.func, inherited), daemon=True
        )
        # the group's signal may come between the fork and the worker's
        # SIG_IGN: blocked until then (in the parent, until the worker is
        # listed, so that an interrupt finds it to kill)
        masked = hasattr(signal, "pthread_sigmask")
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS) if masked else None
        try:
            process.start()
            self.workers.append(_Worker(process, parent_end))
        finally:
            child_end.close()
            if old is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def run(
        self, chunks: list[list[Any]], on_lost: Callable[[Any, int | None], Any] | None
    ) -> Iterator[Any]:
        from multiprocessing.connection import wait

        results: dict[int, list[Any]] = {}
        sent = 0  # chunks dispatched (or lined up again in ``self.retry``)
        done = 0  # chunks yielded
        window = _AHEAD * len(self.workers)
        while done < len(chunks):
            for w in list(self.workers):
                while len(w.pending) < _DEPTH:
                    if self.retry:
                        index = self.retry.pop(0)
                    elif sent < len(chunks) and sent < done + window:
                        index, sent = sent, sent + 1
                    else:
                        break
                    try:
                        w.conn.send((index, chunks[index]))
                    except OSError:  # (it died)
                        self.retry.insert(0, index)
                        self._replace(w, chunks, results, on_lost)
                        break
                    w.pending.append(index)
            busy = {w.conn: w for w in self.workers if w.pending}
            for ready in wait(list(busy)):
                w = busy[ready]
                try:
                    answer: tuple[int, Any] = w.conn.recv()
                except (EOFError, OSError):
                    self._replace(w, chunks, results, on_lost)
                    continue
                index, out = answer
                w.pending.remove(index)
                if isinstance(out, BaseException):
                    raise out
                results[index] = out
            while done in results:
                yield from results.pop(done)
                done += 1

    def _replace(
        self,
        w: _Worker,
        chunks: list[list[Any]],
        results: dict[int, list[Any]],
        on_lost: Callable[[Any, int | None], Any] | None,
    ) -> None:
        """``w`` died: the chunk it was on is lost (``on_lost`` of each of its
        items), those it had not begun go to another worker, and a new worker
        takes its place."""
        w.process.join(timeout=5)
        code = w.process.exitcode
        if w.pending:
            if on_lost is None:
                raise WorkerLost(f"a worker process died (exit code {code})")
            index, *untouched = w.pending
            results[index] = [on_lost(item, code) for item in chunks[index]]
            self.retry = sorted(self.retry + untouched)
        w.conn.close()
        self.workers.remove(w)
        self.start()

    def close(self, *, finished: bool) -> None:
        """End the workers: those done told so (their pipe closed), the others
        killed; then reaped, never waiting on a lock or a queue."""
        for w in self.workers:
            if not finished and w.process.is_alive():
                w.process.kill()
            w.conn.close()
        for w in self.workers:
            w.process.join(timeout=5 if finished else None)
            if w.process.is_alive():  # (a finished worker that does not end)
                w.process.kill()
                w.process.join()
        self.workers = []


def _serve(conn: Any, func: Callable[[Any], Any], inherited: list[Any]) -> None:
    """A worker: answer each (index, chunk) with (index, results) until the
    pipe closes; SIGINT and SIGTERM are its parent's to act on."""
    for c in inherited:
        c.close()
    for sig in _STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    while True:
        try:
            index, chunk = conn.recv()
        except (EOFError, OSError):
            return  # the parent is done, or gone
        try:
            out: Any = [func(item) for item in chunk]
        except Exception as exc:  # the caller's to report
            out = exc
        try:
            conn.send((index, out))
        except (OSError, ValueError):
            return
        except Exception as exc:  # (an exception that does not pickle)
            conn.send((index, RuntimeError(f"{type(exc).__name__}: {exc}")))
