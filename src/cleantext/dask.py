"""Cleaning on a Dask cluster: inputs as a bag of records, the cleaner mapped over its partitions.

Needs the ``dask`` extra (``pip install 'cleantext[dask]'``; add ``batch`` for WARC input).  The same readers and
the same row function as ``cleantext batch`` are used (:mod:`cleantext.batch.readers`,
:func:`cleantext.batch.records.clean_record`), so the same input gives the same rows::

    from dask.distributed import Client, LocalCluster

    import cleantext.dask as ctd

    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster):
        records = ctd.records_bag(["crawl/*.warc.gz", "pages/", "dump.jsonl.gz"])   # a dask.bag of Record
        rows = ctd.clean_bag(records)                                             # a dask.bag of row dicts
        summary = ctd.write_jsonl(rows, "out.jsonl.gz")                           # one JSONL, like the batch
        print(summary.line())

    # or, for a folder of files per partition written by the workers themselves:
    ctd.clean_bag(records).map(ctd.to_line).to_textfiles("out/*.jsonl.gz")

Partitions: each archive, WARC or JSONL file is one partition (a compressed stream cannot be split), and plain
page files are grouped ``files_per_partition`` at a time.  A partition of records is a :class:`RecordStream`,
which reads its files when iterated, so records stream from the file through the cleaner and only the rows of a
partition are kept in memory.  Unlike the local batch there is no per-record time limit (Dask runs tasks in
threads, which cannot be stopped) and no resume: for those, use ``cleantext batch``.  Rows come in partition
order.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import dask
import dask.bag as db

from .batch.inputs import Kind, Unreadable, each_file, expand_inputs, kind_of
from .batch.readers import ReadOptions, read_file
from .batch.records import Encoded, Record, clean_record, encode_row
from .batch.runner import Summary, check_outputs
from .batch.writer import JsonlWriter
from .pipeline import Cleaner

__all__ = ["RecordStream", "clean_bag", "input_partitions", "records_bag", "run", "to_line", "write_jsonl"]


def input_partitions(inputs: Sequence[str], files_per_partition: int = 64) -> list[tuple[str, ...]]:
    """The files of ``inputs`` (globs expanded, folders walked) grouped into partitions, in input order.

    Raises :class:`cleantext.batch.InputError` for an input that does not exist.
    """
    parts: list[tuple[str, ...]] = []
    pages: list[str] = []

    def flush() -> None:
        if pages:
            parts.append(tuple(pages))
            pages.clear()

    for f in each_file(expand_inputs(inputs)):
        if isinstance(f, Unreadable):  # a folder that cannot be listed: its error row, read on a worker
            flush()
            parts.append((f.path,))
        elif kind_of(f) in (Kind.PAGE, Kind.GZIP_PAGE):
            pages.append(f)
            if len(pages) >= files_per_partition:
                flush()
        else:
            flush()
            parts.append((f,))
    flush()
    return parts


class RecordStream:
    """A partition of records that reads them only when iterated: picklable (it holds file names, not pages),
    so a partition can move between workers before it is cleaned, and an archive never sits whole in memory."""

    def __init__(self, files: Sequence[str], options: ReadOptions) -> None:
        self.files = tuple(files)
        self.options = options

    def __iter__(self) -> Iterator[Record]:
        for f in self.files:
            yield from read_file(f, self.options)

    def __repr__(self) -> str:
        return f"RecordStream({len(self.files)} files)"


def _read_partition(groups: Iterable[tuple[str, ...]], options: ReadOptions) -> RecordStream:
    return RecordStream([f for files in groups for f in files], options)


def records_bag(inputs: Sequence[str], *, read_options: ReadOptions | None = None,
                files_per_partition: int = 64) -> db.Bag:
    """A bag of :class:`~cleantext.batch.Record`: every record of ``inputs``, read lazily on the workers."""
    parts = input_partitions(inputs, files_per_partition)
    if not parts:
        return db.from_sequence([], npartitions=1)
    groups = db.from_sequence(parts, npartitions=len(parts))
    return groups.map_partitions(_read_partition, read_options or ReadOptions())


def _clean_partition(records: Iterable[Record], cleaner: Cleaner) -> list[dict[str, Any]]:
    return [clean_record(cleaner, r) for r in records]


def clean_bag(records: db.Bag, cleaner: Cleaner | None = None) -> db.Bag:
    """A bag of output rows (dicts: ``id``, ``origin``, ``url``, Article fields, ``spam``; or ``error``).

    The cleaner goes to the cluster once, as a task of its own, not once per partition.
    """
    shared = dask.delayed(cleaner if cleaner is not None else Cleaner(), traverse=False)
    return records.map_partitions(_clean_partition, shared)


def to_line(row: dict[str, Any]) -> str:
    """A row as one JSONL line (no newline: ``Bag.to_textfiles`` adds it), the batch output's format."""
    return json.dumps(row, ensure_ascii=False)


def _encode_partition(rows: Iterable[dict[str, Any]]) -> list[Encoded]:
    return [encode_row(r) for r in rows]


def _computed_partitions(parts: list[Any], window: int) -> Iterator[list[Encoded]]:
    """The partitions' results in order, at most ``window`` computed at a time (memory stays bounded)."""
    try:
        from distributed import default_client  # optional: without a client the local scheduler runs it

        client = default_client()
    except (ImportError, ValueError):
        client = None
    if client is None:
        for i in range(0, len(parts), window):
            yield from dask.compute(*parts[i:i + window])
        return
    futures = [client.compute(p) for p in parts[:window]]
    nxt = len(futures)
    while futures:
        result = futures.pop(0).result()
        if nxt < len(parts):
            futures.append(client.compute(parts[nxt]))
            nxt += 1
        yield result


def write_jsonl(rows: db.Bag, output: str, *, overwrite: bool = False, window: int | None = None) -> Summary:
    """Compute ``rows`` and write them to one JSONL file (gzip for ``.gz``), as ``cleantext batch`` would.

    ``window`` partitions are computed at once (default: twice the cores, or the cluster's threads).
    An existing ``output`` is refused unless ``overwrite``.
    """
    t0 = time.monotonic()
    check_outputs(output, None, resume=False, overwrite=overwrite)
    parts = rows.map_partitions(_encode_partition).to_delayed()
    window = window or _default_window()
    summary = Summary()
    with JsonlWriter(output) as out:
        for encoded in _computed_partitions(parts, window):
            for enc in encoded:
                out.add(enc.line)
                summary.add(enc.error, enc.contaminated, enc.edits)
    summary.elapsed = time.monotonic() - t0
    return summary


def _default_window() -> int:
    try:
        from distributed import default_client

        return max(2, 2 * sum(default_client().nthreads().values()))
    except (ImportError, ValueError):
        return max(2, 2 * (os.cpu_count() or 1))


def run(inputs: Sequence[str], output: str, *, cleaner: Cleaner | None = None,
        read_options: ReadOptions | None = None, files_per_partition: int = 64, overwrite: bool = False) -> Summary:
    """``cleantext batch`` on Dask: read ``inputs``, clean on the current client (or locally), write ``output``."""
    rows = clean_bag(records_bag(inputs, read_options=read_options, files_per_partition=files_per_partition),
                     cleaner)
    return write_jsonl(rows, output, overwrite=overwrite)
