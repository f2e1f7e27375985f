"""A batch run: inputs -> records -> chunks -> worker pool -> JSONL output, resumable, with a summary.

The one entry point is :func:`run_batch`; the command line (:mod:`.cli`) only parses arguments around it::

    from cleantext.batch import run_batch
    summary = run_batch(["crawl.warc.gz", "pages/"], "out.jsonl.gz", jobs=4, resume=True)
    summary.errors   # records that failed (their rows say why)

Rows come out in the order records finish, not input order; every row carries its ``id`` and ``origin``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..pipeline import Cleaner
from .inputs import InputError, expand_inputs, total_size
from .pool import WorkerPool
from .progress import Progress
from .readers import ReadOptions, iter_records
from .records import Record, origin_key, row_figures
from .streams import Meter
from .writer import JsonlWriter, OutputError, read_rows, repair

#: Records per chunk sent to a worker, and a cap on a chunk's bytes (big pages make smaller chunks).
CHUNK_RECORDS = 8
CHUNK_BYTES = 16 << 20


@dataclass
class Summary:
    """Figures of a run; ``records`` and the rest count the whole output, resumed lines included."""

    records: int = 0
    resumed: int = 0  # lines already in the output when the run started (--resume)
    contaminated: int = 0
    edits: int = 0
    errors: int = 0
    skipped: int = 0  # WARC records that are not HTML pages
    elapsed: float = 0.0
    replaced_workers: int = 0

    @property
    def new(self) -> int:
        return self.records - self.resumed

    def add(self, error: bool, contaminated: bool, edits: int) -> None:
        self.records += 1
        self.errors += error
        self.contaminated += contaminated
        self.edits += edits

    def line(self) -> str:
        """The closing summary, one line."""
        rate = self.new / self.elapsed if self.elapsed > 0 else 0.0
        parts = [f"{self.records} records" + (f" ({self.resumed} resumed)" if self.resumed else ""),
                 f"{self.contaminated} contaminated", f"{self.edits} edits", f"{self.errors} errors",
                 f"{self.elapsed:.1f} s ({rate:.1f} records/s)"]
        if self.skipped:
            parts.append(f"{self.skipped} non-HTML WARC records skipped")
        return ", ".join(parts)


def chunked(records: Iterable[Record], size: int = CHUNK_RECORDS, max_bytes: int = CHUNK_BYTES
            ) -> Iterator[list[Record]]:
    """Records in lists of at most ``size`` records and about ``max_bytes`` bytes of pages."""
    chunk: list[Record] = []
    nbytes = 0
    for r in records:
        chunk.append(r)
        nbytes += len(r.data) if r.data is not None else 0
        if len(chunk) >= size or nbytes >= max_bytes:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def _same_file(a: str, b: str) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def check_outputs(output: str, errors: str | None, *, resume: bool, overwrite: bool) -> None:
    """Refuse, in one line, an output that exists without ``resume``/``overwrite``, or one that cannot be made."""
    for path in (output, errors):
        if path is None:
            continue
        if path == "-":
            raise OutputError("the output must be a file: a batch output is appended to and resumed, "
                              "so standard output ('-') cannot be one")
        if os.path.isdir(path):
            raise OutputError(f"{path}: is a directory")
        if os.path.exists(path) and not (resume or overwrite):
            raise OutputError(f"{path} exists: use --resume to continue it or --overwrite to start over")
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise OutputError(f"cannot write {path}: no such directory {parent}")
        if not os.access(path if os.path.exists(path) else parent, os.W_OK):
            raise OutputError(f"cannot write {path}: permission denied")
    if errors is not None and _same_file(output, errors):
        raise OutputError("the errors file must not be the output file")


def run_batch(inputs: Sequence[str], output: str, *, cleaner: Cleaner | None = None, jobs: int | None = None,
              resume: bool = False, overwrite: bool = False, errors: str | None = None,
              read_options: ReadOptions | None = None, timeout: float | None = 60.0,
              chunk_size: int = CHUNK_RECORDS, progress: bool | None = None) -> Summary:
    """Clean every record of ``inputs`` into ``output`` (JSONL, gzip for ``.gz``); see the module docstring.

    ``resume`` continues an existing output: a half-written tail is cut, the records already there are skipped,
    and the errors file is rebuilt from the output's error rows.  Without it an existing output is refused
    unless ``overwrite``.  ``progress=None`` shows a bar only when standard error is a terminal.
    Raises :class:`InputError` / :class:`OutputError` for inputs or outputs that cannot be used.
    """
    t0 = time.monotonic()
    paths = expand_inputs(inputs)
    check_outputs(output, errors, resume=resume, overwrite=overwrite)
    cleaner = cleaner if cleaner is not None else Cleaner()
    summary = Summary()
    done: set[bytes] = set()
    appending = resume and os.path.exists(output)
    if appending:
        repair(output)
    err_out = JsonlWriter(errors) if errors else None
    try:
        if appending:  # what the output already holds: skipped below, counted, error rows copied to --errors
            for row, line in read_rows(output):
                done.add(origin_key(row["origin"]))
                fig = row_figures(row)
                summary.add(fig.error, fig.contaminated, fig.edits)
                if fig.error and err_out is not None:
                    err_out.add(line if line.endswith(b"\n") else line + b"\n")
            summary.resumed = summary.records
    except BaseException:
        if err_out is not None:
            err_out.close()
        raise
    meter = Meter()
    bar = Progress.create(progress, total_bytes=lambda: total_size(paths), initial=summary.records)
    out = JsonlWriter(output, append=appending)
    try:

        def todo() -> Iterator[Record]:
            for r in iter_records(paths, read_options, meter, exclude=[p for p in (output, errors) if p]):
                bar.read(meter.done_bytes)
                if r.key not in done:
                    yield r
            bar.read_all()

        with WorkerPool(cleaner, jobs, timeout) as pool:
            for _record, enc in pool.run(chunked(todo(), chunk_size)):
                out.add(enc.line)
                if enc.error and err_out is not None:
                    err_out.add(enc.line)
                summary.add(enc.error, enc.contaminated, enc.edits)
                bar.done(summary.errors)
            summary.replaced_workers = pool.replaced
    finally:
        out.close()
        if err_out is not None:
            err_out.close()
        bar.close()
        summary.skipped = meter.skipped
        summary.elapsed = time.monotonic() - t0
    return summary


__all__ = ["InputError", "OutputError", "Summary", "chunked", "run_batch"]
