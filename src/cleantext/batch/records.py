"""One input record and the output row it becomes.

A :class:`Record` is what every reader yields, whatever the input kind: a stable ``id``, its ``origin`` (the file,
plus the archive member, WARC offset or JSONL line it came from), the page's URL when the input says it, and
either the page (``data``) or the reason it could not be read (``error``).

Why ``origin`` and not ``source``: a row holds every Article field unchanged, and the Article already has a
``source`` (the agency or paper named on the page).  Keeping it intact keeps ``Article.from_dict(row)``, the
report and every reader of the single-page JSON working on batch rows.  :func:`clean_record` turns a record
into the output row; the local batch and the Dask bag both call it, so the same input gives the same rows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..decode import binary_content
from ..pipeline import Cleaner

#: A record larger than this is an error row, not a page: no news page is that big, and memory stays bounded.
MAX_RECORD_BYTES = 64 << 20

Origin = dict[str, Any]
"""Where a record came from: ``{"path": FILE}`` plus one of ``member`` (tar, zip), ``offset`` (WARC) or ``line``
(JSONL, 1-based).  ``{"path": ARCHIVE}`` alone on an archive names the archive itself (unreadable, truncated)."""


@dataclass(frozen=True)
class Record:
    """One page to clean (``data``), or one that could not be read (``error``), with where it came from."""

    id: str
    origin: Origin
    url: str | None = None
    data: bytes | str | None = None
    error: str | None = None

    @property
    def key(self) -> bytes:
        """The resume key: a digest of :attr:`origin`, unique per input record and the same on every run."""
        return origin_key(self.origin)


def origin_key(origin: Origin) -> bytes:
    """A 16-byte digest of an origin dict (small enough to keep millions of them in a set while resuming)."""
    text = json.dumps(origin, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    # (a file name that is not UTF-8 holds lone surrogates: hashed as they are, the same before and after a resume)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def page_problem(data: bytes | str | None) -> str | None:
    """Why ``data`` is not a page to clean (empty, binary, too large), or ``None`` when it is one."""
    if data is None or not data.strip():
        return "empty page"
    if len(data) > MAX_RECORD_BYTES:
        return f"page too large ({len(data)} bytes; the limit is {MAX_RECORD_BYTES})"
    binary = binary_content(data)
    return f"{binary}, not a web page or page text" if binary else None


def error_row(record: Record, reason: str) -> dict[str, Any]:
    """The output row of a record that failed: ``id``, ``origin``, ``url`` and ``error`` (the reason)."""
    return {"id": record.id, "origin": record.origin, "url": record.url, "error": reason}


def clean_record(cleaner: Cleaner, record: Record) -> dict[str, Any]:
    """The output row of one record: ``id``, ``origin``, ``url``, the Article fields and ``spam``; or an error row.

    Never raises for a bad page: an unreadable, empty or binary record, or one the cleaner fails on, becomes an
    error row with the reason, so that one page cannot end a run of millions.
    """
    if record.error is not None:
        return error_row(record, record.error)
    problem = page_problem(record.data)
    if problem is not None:
        return error_row(record, problem)
    assert record.data is not None
    try:
        article = cleaner.clean(record.data, url=record.url)
    except Exception as e:  # any failure of one page is its error row
        return error_row(record, f"cleaning failed: {type(e).__name__}: {e}")
    d = article.to_dict()
    return {"id": record.id, "origin": record.origin, "url": d.pop("url"), **d}


class Encoded(NamedTuple):
    """A row as one output line plus the figures the summary adds up (so the writer never parses JSON)."""

    line: bytes
    error: bool
    contaminated: bool
    edits: int


def encode_row(row: dict[str, Any]) -> Encoded:
    """One JSONL line (UTF-8, ends with a newline) and the row's summary figures.  A lone surrogate (a file name
    that is not UTF-8, a JSONL record's ``"\\udce9"``) is written as its JSON escape, which reads back the same."""
    line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
    return row_figures(row, line)


def row_figures(row: dict[str, Any], line: bytes = b"") -> Encoded:
    """The summary figures of a row already decoded (used when resuming from an existing output)."""
    if "error" in row:
        return Encoded(line, True, False, 0)
    spam = row.get("spam") or {}
    return Encoded(line, False, bool(spam.get("contaminated")), len(spam.get("edits") or ()))
