"""WARC and WARC.gz input, read with FastWARC (``pip install 'cleantext[batch]'``).

Each HTML page in the archive is one record: a ``response`` record with an HTTP 2xx status (or none) and an HTML
content type (or none), or a ``resource`` record of an HTML type.  Other records (requests, metadata, images,
redirects) are not pages and are skipped, counted in :attr:`Meter.skipped`.  The record id is ``PATH@OFFSET``
(the record's offset in the file, compressed or not) and the URL is the record's ``WARC-Target-URI``.

FastWARC ends quietly at a truncated file; this module notices it (a record shorter than its ``Content-Length``,
a header cut short, a last gzip member without its end) and ends the input with an error record instead.
"""

from __future__ import annotations

import contextlib
import os
import re
import zlib
from collections.abc import Iterator
from typing import Any

from .records import MAX_RECORD_BYTES, Record
from .streams import Meter, archive_error, open_metered, unreadable

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_READ_ERRORS = (OSError, ValueError, EOFError, zlib.error, RuntimeError)


def _is_html(content_type: str | None) -> bool:
    if not content_type:
        return True  # no type said: let the cleaner decide (it reads HTML and page text)
    ct = content_type.split(";", 1)[0].strip().lower()
    return ct in _HTML_TYPES


def _http_payload(block: bytes) -> tuple[int | None, str | None, bytes] | None:
    """Status, content type and payload of an HTTP response block, decoded by FastWARC; ``None`` if not HTTP.

    Content and transfer encodings are undone when the block still carries them; crawlers that stored the payload
    already decoded keep the header, so a payload that does not decode is taken as stored.
    """
    from fastwarc.warc import WarcRecord, WarcRecordType  # optional dependency

    for mode in ("all", "none"):
        r = WarcRecord()
        r.init_headers(record_type=WarcRecordType.response, content_length=len(block))
        r.set_bytes_content(block)
        r.is_http = True
        try:
            r.parse_http(auto_decode=mode)
            headers = r.http_headers
            if headers is None or headers.status_line is None:
                return None
            return headers.status_code, r.http_content_type, r.reader.read()
        except OSError:
            continue
    return None


def _gzip_tail_complete(path: str, offset: int) -> bool:
    """Whether the gzip members from ``offset`` to the end of ``path`` are all complete.

    FastWARC ends quietly when the last member is cut short, and the record in it may still have looked whole.
    Checked only where a member starts at ``offset`` (a whole-file gzip has no record offsets to seek to).
    """
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            if f.read(2) != b"\x1f\x8b":
                return True
            f.seek(offset)
            d = zlib.decompressobj(31)
            in_member = False
            pending = b""
            while True:
                data = pending or f.read(1 << 20)
                pending = b""
                if not data:
                    return not in_member
                if not in_member and not data.strip(b"\x00"):
                    continue  # zero padding after the last member
                in_member = True
                d.decompress(data)
                if d.eof:
                    pending = d.unused_data
                    d = zlib.decompressobj(31)
                    in_member = False
    except (OSError, zlib.error):
        return False


def read_warc(path: str, meter: Meter | None = None) -> Iterator[Record]:
    """The HTML pages of a WARC file, one record each.  A corrupt record is an error record and reading goes on
    at the next record start found after it (:func:`_next_start`); a truncated file ends with an error record."""
    try:
        from fastwarc.warc import ArchiveIterator  # optional dependency  # noqa: F401
    except ImportError:
        yield archive_error(path, "reading WARC files needs FastWARC: pip install 'cleantext[batch]'")
        return
    base = meter.done_bytes if meter is not None else 0
    start: int | None = 0
    try:
        for _ in range(MAX_RESYNCS):
            start = yield from _read_from(path, start, meter)
            if start is None:
                return
        yield _damaged(path, start, f"{MAX_RESYNCS} corrupt places: the rest of the file is not read")
    finally:
        if meter is not None and start != 0:  # read on after a damaged place: the whole file is done with
            with contextlib.suppress(OSError):
                meter.done_bytes = max(meter.done_bytes, base + os.path.getsize(path))


MAX_RESYNCS = 1000  # corrupt places in one file after which it is given up (a file that is mostly noise)


def _damaged(path: str, after: int, why: str) -> Record:
    """The error record of a damaged place after the file's first (whose row is the file's own): an origin of
    its own, so that each is one output line and a resumed run tells them apart."""
    return Record(f"{path}@{after}+", {"path": path, "after": after}, error=why)
_WARC_START = re.compile(rb"WARC/1\.[01]\r\n")
_GZIP_START = b"\x1f\x8b\x08"


def _next_start(path: str, after: int) -> int | None:
    """Where the next record may start after offset ``after``: the next gzip member of a ``.warc.gz`` written a
    member per record, the next ``WARC/1.x`` line of a plain one (a false start, inside a payload, fails to read
    and is passed over the same way); ``None`` when there is none."""
    gz = path.lower().endswith(".gz")
    try:
        with open(path, "rb") as f:
            f.seek(after + 1)
            pos, tail = after + 1, b""
            while chunk := f.read(1 << 20):
                data = tail + chunk
                if gz:
                    i = data.find(_GZIP_START)
                else:
                    m = _WARC_START.search(data)
                    i = m.start() if m else -1
                if i >= 0:
                    return pos - len(tail) + i
                tail = data[-16:]
                pos += len(chunk)
    except OSError:
        return None
    return None


def _read_from(path: str, start: int, meter: Meter | None) -> Iterator[Record]:
    """The pages of the WARC file from offset ``start`` on; returns where to go on after a corrupt record (or
    ``None`` at the end).  Reading on after a corrupt record, a start that fails before its first record is the
    same damage, already reported: passed over without another error record."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # optional dependency

    try:
        f = open_metered(path, meter) if start == 0 else open(path, "rb")  # noqa: SIM115 - closed below
        f.seek(start)
    except OSError as e:
        yield unreadable(path, e)
        return None
    last_offset = start
    seen = False  # a record read in this stretch
    with f:
        try:
            for rec in ArchiveIterator(f, parse_http=False, stream_detect=True):
                offset = rec.stream_pos
                last_offset, seen = offset, True
                src: dict[str, Any] = {"path": path, "offset": offset}
                rid = f"{path}@{offset}"
                url = rec.headers.get("WARC-Target-URI")
                length = rec.content_length
                if rec.headers.get("Content-Length") is None or rec.headers.get("WARC-Type") is None:
                    yield Record(rid, src, url, error="truncated or corrupt WARC record: header cut short")
                    return _next_start(path, offset)
                rtype = rec.record_type
                if rtype not in (WarcRecordType.response, WarcRecordType.resource):
                    got = rec.consume()
                    if got != length:
                        yield Record(rid, src, url, error=f"truncated WARC record: {got} of {length} bytes")
                        return _next_start(path, offset)
                    continue
                if length > MAX_RECORD_BYTES:
                    rec.consume()
                    yield Record(rid, src, url, error=f"page too large ({length} bytes)")
                    continue
                block = rec.reader.read()
                if len(block) != length:
                    yield Record(rid, src, url, error=f"truncated WARC record: {len(block)} of {length} bytes")
                    return _next_start(path, offset)
                if rtype == WarcRecordType.resource:
                    ctype = rec.headers.get("Content-Type")
                    page: bytes | None = block if _is_html(ctype) else None
                else:
                    http = _http_payload(block)
                    if http is None:
                        yield Record(rid, src, url, error="corrupt WARC response: no HTTP status line")
                        continue
                    status, ctype, payload = http
                    ok = status is None or 200 <= status < 300
                    page = payload if ok and _is_html(ctype) else None
                if page is None:
                    if meter is not None:
                        meter.skipped += 1
                    continue
                yield Record(rid, src, url, data=page)
        except _READ_ERRORS as e:
            why = f"truncated or corrupt WARC file after offset {last_offset}: {e}"
            if start == 0:
                yield archive_error(path, why)
            elif seen:
                yield _damaged(path, last_offset, why)
            return _next_start(path, last_offset)
    if path.lower().endswith(".gz") and not _gzip_tail_complete(path, last_offset):
        why = f"truncated WARC file: the gzip stream after offset {last_offset} is cut short"
        yield archive_error(path, why) if start == 0 else _damaged(path, last_offset, why)
    return None
