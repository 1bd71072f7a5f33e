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

Workers are forked on Linux only; elsewhere they are spawned, as Python does
by default (on macOS fork is unsafe with the system's frameworks, and a
worker replaced mid-run would be forked while other threads, a progress
bar's, are running): ``func`` and the items must then be importable and
picklable, as ``batch._work`` and ``jsonl._validate_range`` and theirs are.
"""

from __future__ import annotations

import atexit
import pickle
import signal
import sys
import traceback
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
    """``func`` of each item, computed in ``jobs`` worker processes (see the
    module's note on fork and spawn), yielded in the order of ``items``.
    Items and results go through pipes: keep items small (paths, byte
    ranges, not contents), or a worker sending a large result and the parent
    sending it a large chunk could wait on each other. ``func`` should catch
    its own errors; one it raises is raised here, its traceback in the
    worker as its ``__cause__``. A worker that dies loses the chunk it was on: each of its
    items gives ``on_lost(item, exitcode)`` (a negative exitcode is the
    signal that killed it), and a new worker takes its place and the chunks
    it had not begun; without ``on_lost`` the run raises ``WorkerLost``.
    Leaving the iteration early (an exception, an interrupt, ``close()``)
    kills the workers at once, and so does the interpreter's exit while the
    iteration is left unfinished (a script's ``docs = parse_many(…, jobs=2);
    next(docs)``)."""
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


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker (the ``__cause__`` of
    the exception raised again in the parent); its text is the traceback."""


class _Workers:
    def __init__(self, func: Callable[[Any], Any]) -> None:
        import multiprocessing as mp
        import multiprocessing.util  # (its exit handler registered before ours)

        self.func = func
        self.ctx: Any = mp.get_context("fork" if sys.platform == "linux" else "spawn")
        self.workers: list[_Worker] = []
        self.retry: list[int] = []  # chunks sent to a worker that died before them
        # At exit with the iteration left unfinished (a generator kept in a
        # script's variable), multiprocessing's own handler would SIGTERM the
        # workers, which ignore it, and wait for them for ever: this one runs
        # first (handlers run last registered first) and kills them.
        atexit.register(self.close, finished=False)

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
            # (none busy: a worker replaced after the pass began, which the
            # next pass sends to; waiting on no worker would never return)
            for ready in wait(list(busy)) if busy else []:
                w = busy[ready]
                try:
                    answer: tuple[int, Any, str | None] = w.conn.recv()
                except (EOFError, OSError):
                    self._replace(w, chunks, results, on_lost)
                    continue
                index, out, remote_tb = answer
                w.pending.remove(index)
                if isinstance(out, BaseException):
                    raise out from RemoteTraceback(remote_tb)
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
        if w.process.is_alive():  # (its pipe closed, not yet ended: not left behind)
            w.process.kill()
            w.process.join()
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
        atexit.unregister(self.close)
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
    """A worker: answer each (index, chunk) with (index, results, None), or
    (index, the exception raised, its traceback), until the pipe closes;
    SIGINT and SIGTERM are its parent's to act on."""
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
        tb = None
        try:
            out: Any = [func(item) for item in chunk]
        except Exception as exc:  # the caller's to report
            out, tb = _sendable(exc), traceback.format_exc()
        try:
            conn.send((index, out, tb))
        except (OSError, ValueError):
            return
        except Exception as exc:  # (a result that does not pickle)
            conn.send((index, RuntimeError(f"{type(exc).__name__}: {exc}"), traceback.format_exc()))


def _sendable(exc: Exception) -> Exception:
    """``exc``, or a RuntimeError naming it when it would not come through
    the pipe: one that does not pickle, or does not unpickle (a class whose
    ``__init__`` needs more than its ``args``), which the parent's ``recv``
    would raise as a TypeError of its own."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
