"""The output: append-only JSONL (``.gz`` by suffix) that a killed run leaves resumable.

Crash safety rests on three rules:

- lines are buffered and written in batches, each batch with **one** ``write`` and a flush, so a killed run
  leaves at most one batch cut short at the very end of the file;
- in a ``.gz`` output each batch is **one complete gzip member** (concatenated members are a valid gzip file, read
  by ``gzip``, ``zcat`` and pandas alike), so a cut can only hit the last member;
- :func:`recover` (run by ``--resume``) truncates the file to its last complete line (plain) or its last complete
  member (gzip), then reads back every line, so that the records already there are skipped and nothing is
  written twice.

A record buffered but not yet written when the run is killed is simply not in the file: the resumed run cleans it
again.  Nothing is lost and nothing is duplicated.
"""

from __future__ import annotations

import gzip
import json
import os
import time
import zlib
from collections.abc import Iterator
from typing import Any


class OutputError(Exception):
    """An output that cannot be written or resumed, said in one line."""


def is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


class JsonlWriter:
    """Appends lines to a JSONL file in batches: one ``write`` per batch, one gzip member per batch for ``.gz``.

    A batch goes out when ``flush_lines`` lines are waiting or ``flush_seconds`` have passed since the first of
    them, and on :meth:`flush` / :meth:`close`.
    """

    def __init__(self, path: str, *, append: bool = False, flush_lines: int = 64, flush_seconds: float = 0.5,
                 compresslevel: int = 6) -> None:
        self.path = path
        self.gzip = is_gzip(path)
        self.flush_lines = flush_lines
        self.flush_seconds = flush_seconds
        self.compresslevel = compresslevel
        self.lines_written = 0
        self._buf: list[bytes] = []
        self._since = 0.0
        try:
            self._f = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115 - closed in close()
        except OSError as e:
            raise OutputError(f"cannot write {path}: {e.strerror or e}") from None

    def add(self, line: bytes) -> None:
        """Queue one complete line (it must end with a newline)."""
        if not self._buf:
            self._since = time.monotonic()
        self._buf.append(line)
        if len(self._buf) >= self.flush_lines or time.monotonic() - self._since >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        """Write the waiting lines: one write call, one gzip member."""
        if not self._buf:
            return
        data = b"".join(self._buf)
        if self.gzip:
            data = gzip.compress(data, compresslevel=self.compresslevel, mtime=0)
        view = memoryview(data)
        try:
            while view:  # a regular file takes it all in one call; the loop only guards the rule of the API
                n = self._f.write(view)
                view = view[n:]
            self._f.flush()
        except OSError as e:  # a full disk, a quota, a device gone: the output cannot be written
            raise OutputError(f"cannot write {self.path}: {e.strerror or e}") from None
        self.lines_written += len(self._buf)
        self._buf.clear()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._f.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _truncate(path: str, size: int) -> int:
    """Cut ``path`` to ``size`` bytes; the number of bytes dropped."""
    total = os.path.getsize(path)
    if size < total:
        with open(path, "r+b") as f:
            f.truncate(size)
    return total - size


def _last_line_end(path: str) -> int:
    """Where the last complete line of a plain file ends (0 when there is none)."""
    with open(path, "rb") as f:
        pos = f.seek(0, os.SEEK_END)
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            f.seek(pos)
            i = f.read(step).rfind(b"\n")
            if i >= 0:
                return pos + i + 1
    return 0


def _last_member_end(path: str) -> int:
    """Where the last complete gzip member of ``path`` ends (0 when there is none); streams, keeps nothing."""
    good_end = pos = 0  # pos: the file offset of the start of ``data``
    with open(path, "rb") as f:
        d = zlib.decompressobj(31)
        data = b""
        while True:
            if not data:
                data = f.read(1 << 20)
                if not data:
                    break
            try:
                d.decompress(data, 1 << 20)  # bounded output: only the ends of members are kept
            except zlib.error:
                break  # a damaged member: everything from its start is dropped
            rest = d.unused_data if d.eof else d.unconsumed_tail
            pos += len(data) - len(rest)
            data = rest
            if d.eof:
                good_end = pos
                d = zlib.decompressobj(31)
    return good_end


def repair(path: str) -> int:
    """Cut what a killed run may have left half-written at the end of an output; the number of bytes cut.

    A plain file is cut after its last newline, a ``.gz`` file after its last complete gzip member.
    """
    try:
        _check_ours(path)  # before anything is cut: a file that is not a batch output is left as it is
        end = _last_member_end(path) if is_gzip(path) else _last_line_end(path)
        return _truncate(path, end)
    except OSError as e:
        raise OutputError(f"cannot resume {path}: {e.strerror or e}") from None


def _opens_as(head: bytes, start: bytes) -> bool:
    """``head`` starts with ``start``, or is cut before its end (a run killed in its first bytes)."""
    return head.startswith(start) or start.startswith(head)


def _check_ours(path: str) -> None:
    """:class:`OutputError` unless ``path`` starts as a batch output does: its first line (gunzipped for a ``.gz``)
    a batch row, or the start of one (``{"``) cut by a killed run; an empty file is one."""
    with open(path, "rb") as f:
        head = f.read(2)
    if not head:
        return
    if is_gzip(path) and not _opens_as(head, b"\x1f\x8b"):
        raise OutputError(f"cannot resume {path}: not a gzip file (is it this run's output?)")
    try:
        with gzip.open(path, "rb") if is_gzip(path) else open(path, "rb") as f:
            first = f.readline()
    except (EOFError, zlib.error, gzip.BadGzipFile):
        return  # its first gzip member cut short: what a run killed at once leaves
    if not first.endswith(b"\n"):  # the only line, cut short
        if not _opens_as(first.lstrip(), b'{"'):
            raise OutputError(f"cannot resume {path}: it is not a batch output")
        return
    try:
        row = json.loads(first)
    except ValueError:
        row = None
    if not _is_row(row):
        raise OutputError(f"cannot resume {path}: line 1 is not a batch output row")


def _is_row(obj: Any) -> bool:
    """A batch output row: an object with an ``origin`` object."""
    return isinstance(obj, dict) and isinstance(obj.get("origin"), dict)


def read_rows(path: str) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Each row of a (repaired) output with its line, streamed; :class:`OutputError` for a line that is not a
    batch row (a file that is not ours, or damaged inside)."""
    try:
        with (gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")) as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError:
                    raise OutputError(f"cannot resume {path}: line {n} is not JSON") from None
                if not _is_row(row):
                    raise OutputError(f"cannot resume {path}: line {n} is not a batch output row")
                yield row, line
    except (OSError, EOFError, zlib.error) as e:
        raise OutputError(f"cannot resume {path}: {e}") from None
