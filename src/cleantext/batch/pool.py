"""A process pool that cleans chunks of records and enforces a time limit per record.

Why not :mod:`concurrent.futures` or :class:`multiprocessing.Pool`: neither can stop one task that runs too long.
Here each worker owns a pipe; the parent hands it one chunk at a time and the worker answers record by record, so
the parent always knows which record a worker is on and since when.  A worker that passes the time limit on a
record (a pathological page in a regular expression, say) or dies (a crash in a C extension, the OOM killer) is
killed and replaced; its record becomes an error row, and the rest of its chunk goes to the new worker.

Memory stays flat: a chunk is read from the input only when a worker is free, so at most one chunk per worker is
in memory, whatever the size of the archive.  Workers start from a fork server with cleantext already imported
(spawn where there is none), so replacing one costs milliseconds, and they get the :class:`Cleaner` by pickle.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from ..pipeline import Cleaner
from .records import Encoded, Record, clean_record, encode_row, error_row


class PoolError(RuntimeError):
    """Worker processes cannot run at all (they die before answering a single record)."""


#: Seconds a new worker may take to get ready (start, load the cleaner) on top of the time limit of a record.
STARTUP_GRACE = 30.0

#: Workers in a row that die before they are ready: then the pool gives up instead of turning every record into an
#: error row (a broken installation, an unimportable main script, no memory to start a process).
MAX_STARTUP_DEATHS = 4


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _context() -> Any:
    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["cleantext.pipeline", "cleantext.batch.records"])
        return ctx
    return mp.get_context("spawn")


_READY = ("ready",)


def _worker_main(conn: Connection, cleaner: Cleaner) -> None:
    """Clean the records of each chunk received, answering ``(index, Encoded)`` per record; stop at EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        conn.send(_READY)  # started, cleaner loaded: from now on a death is a page's doing
        while True:
            msg = conn.recv()
            if msg is None:
                return
            for i, record in enumerate(msg):
                conn.send((i, encode_row(clean_record(cleaner, record))))
    except (EOFError, OSError):
        return  # the parent is gone (killed, or closed the pipe): nothing left to do


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    chunk: list[Record] = field(default_factory=list)
    done: int = 0  # records of the chunk answered so far
    since: float = 0.0  # when the record now running started
    ready: bool = False  # the worker said it started (a death before that is not a page's doing)

    @property
    def busy(self) -> bool:
        return self.done < len(self.chunk)


class WorkerPool:
    """``jobs`` worker processes cleaning chunks of records; see the module docstring.

    Use as a context manager and call :meth:`run`; leaving the context stops the workers.
    ``timeout`` is seconds per record (``None`` or 0: no limit).
    """

    def __init__(self, cleaner: Cleaner, jobs: int | None = None, timeout: float | None = None) -> None:
        self.cleaner = cleaner
        self.jobs = max(1, jobs or default_jobs())
        self.timeout = timeout or None
        self.replaced = 0  # workers killed or found dead, and replaced
        self._startup_deaths = 0
        self._ctx = _context()
        self._workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        self._workers = [self._start() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_worker_main, args=(child, self.cleaner), daemon=True,
                                 name="cleantext-batch-worker")
        try:
            proc.start()
        except (EOFError, OSError) as e:  # the fork server is gone (killed, out of memory): no worker can start
            parent.close()
            child.close()
            raise PoolError(f"cannot start a worker process ({type(e).__name__}: {e or 'the fork server is gone'})"
                            ) from None
        child.close()
        return _Worker(proc, parent)

    def close(self) -> None:
        """Stop every worker: ask politely, then kill what is still running."""
        for w in self._workers:
            try:
                if not w.busy:
                    w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 2.0
        for w in self._workers:
            if w.busy:
                w.proc.kill()
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()
            w.conn.close()
        self._workers = []

    def _assign(self, w: _Worker, chunk: list[Record]) -> None:
        try:
            w.chunk, w.done, w.since = chunk, 0, time.monotonic()
            w.conn.send(chunk)
        except OSError:  # the worker died while idle (nothing of it is lost): a new one takes the chunk
            self._bury(w, died=True)
            self.replaced += 1
            new = self._start()
            self._workers[self._workers.index(w)] = new
            new.chunk, new.done, new.since = chunk, 0, time.monotonic()
            new.conn.send(chunk)

    def _bury(self, w: _Worker, died: bool) -> None:
        """Make sure ``w`` is gone; give up when workers keep dying before they are ready."""
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join()
        w.conn.close()
        if died and not w.ready:
            self._startup_deaths += 1
            if self._startup_deaths >= MAX_STARTUP_DEATHS:
                raise PoolError(f"worker processes exit as they start (exit code {w.proc.exitcode}); "
                                "is the program that runs the batch importable (if __name__ == '__main__')?")
        elif w.ready:
            self._startup_deaths = 0

    def _replace(self, w: _Worker, reason: str, died: bool) -> Iterator[tuple[Record, Encoded]]:
        """Kill ``w`` and start a new worker on the rest of its chunk; yield the error row of the record it was on,
        unless the worker never got ready (then the record is not at fault and goes to the new worker too)."""
        blamed = w.ready
        rest = w.chunk[w.done + 1:] if blamed else w.chunk[w.done:]
        failed = w.chunk[w.done]
        self._bury(w, died or not blamed)
        self.replaced += 1
        new = self._start()
        self._workers[self._workers.index(w)] = new
        if blamed:
            yield failed, encode_row(error_row(failed, reason))
        if rest:
            self._assign(new, rest)

    def _drain(self, w: _Worker) -> Iterator[tuple[Record, Encoded]]:
        """The answers waiting in ``w``'s pipe."""
        try:
            while w.busy and w.conn.poll():
                msg = w.conn.recv()
                if msg == _READY:
                    w.ready = True
                    w.since = time.monotonic()  # the first record starts now: start-up is not its time
                    continue
                i, enc = msg
                record = w.chunk[i]
                w.done = i + 1
                w.since = time.monotonic()
                yield record, enc
        except (EOFError, OSError):
            return

    def _deadline(self, w: _Worker) -> float:
        """When the record ``w`` is on runs out of time (a worker not ready yet also gets the start-up grace)."""
        assert self.timeout
        return w.since + self.timeout + (0.0 if w.ready else STARTUP_GRACE)

    def run(self, chunks: Iterable[list[Record]]) -> Iterator[tuple[Record, Encoded]]:
        """Clean every record of every chunk; yields ``(record, encoded row)`` as records finish (any order)."""
        source = iter(chunks)
        exhausted = False
        while True:
            for w in self._workers:
                if not w.busy and not exhausted:
                    chunk = next(source, None)
                    if chunk is None:
                        exhausted = True
                    elif chunk:
                        self._assign(w, chunk)
            busy = [w for w in self._workers if w.busy]
            if not busy:
                if exhausted:
                    return
                continue
            wait_for = None
            if self.timeout:
                wait_for = max(0.0, min(self._deadline(w) for w in busy) - time.monotonic())
            ready = wait([x for w in busy for x in (w.conn, w.proc.sentinel)], wait_for)
            now = time.monotonic()
            for w in busy:
                if w.conn in ready or w.proc.sentinel in ready:
                    yield from self._drain(w)
                if not w.busy:
                    continue
                if not w.proc.is_alive():
                    yield from self._drain(w)
                    if w.busy:
                        code = w.proc.exitcode
                        yield from self._replace(w, f"worker process died while cleaning (exit code {code})", died=True)
                elif self.timeout and now > self._deadline(w):
                    yield from self._drain(w)
                    if w.busy and time.monotonic() > self._deadline(w):
                        yield from self._replace(w, f"timed out: took longer than {self.timeout:g} s", died=False)
