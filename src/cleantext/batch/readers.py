"""Streaming readers: every kind of input turned into one stream of :class:`~cleantext.batch.records.Record`.

========================  ====================================================  ==================================
input                     one record per                                        id
========================  ====================================================  ==================================
page file (``.gz`` too)   file                                                  ``PATH``
directory                 file under it, recursively (by kind, so a folder of   as its kind says
                          WARCs is read as WARCs); hidden files skipped
``.tar[.gz|.bz2|.xz]``    regular member (``.gz`` members unpacked)              ``ARCHIVE!MEMBER``
``.zip``                  file member                                           ``ARCHIVE!MEMBER``
``.warc[.gz]``            HTML response/resource record (see :mod:`.warc`)       ``PATH@OFFSET``
``.jsonl[.gz]``           line holding a JSON object                            the id field, else ``PATH:LINE``
========================  ====================================================  ==================================

Nothing is unpacked to disk and nothing is read whole: archives are streamed member by member (a zip's central
directory excepted, which the format keeps at its end).  A record that cannot be read becomes a record with an
``error``; an input that ends early (truncated gzip, tar or WARC) ends with one error record and the next input
goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import lzma
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .inputs import Kind, Unreadable, each_file, kind_of
from .records import MAX_RECORD_BYTES, Record
from .streams import Meter, archive_error, open_metered, unreadable
from .warc import read_warc

_READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, tarfile.TarError, zipfile.BadZipFile, ValueError)


@dataclass(frozen=True)
class ReadOptions:
    """Where JSONL records keep their page, id and URL.

    ``html_field=None`` reads ``html``, else ``text``; a field named explicitly is the only one read.
    """

    html_field: str | None = None
    id_field: str = "id"
    url_field: str = "url"

    @property
    def page_fields(self) -> tuple[str, ...]:
        return (self.html_field,) if self.html_field else ("html", "text")


def iter_records(paths: Iterable[str], options: ReadOptions | None = None, meter: Meter | None = None,
                 exclude: Iterable[str] = ()) -> Iterator[Record]:
    """All records of all inputs, in order: files, directories (recursive), archives, WARC and JSONL, mixed.

    ``exclude`` names files never to read (the run's own output, when it sits inside an input directory).
    """
    options = options or ReadOptions()
    if isinstance(paths, str):
        paths = [paths]  # one path, not its letters
    for f in each_file(paths, {os.path.realpath(p) for p in exclude}):
        if isinstance(f, Unreadable):
            yield unreadable(f.path, f.error)
        else:
            yield from read_file(f, options, meter)


def read_file(path: str, options: ReadOptions | None = None, meter: Meter | None = None) -> Iterator[Record]:
    """The records of one file, read as its kind (:func:`~cleantext.batch.inputs.kind_of`) says."""
    options = options or ReadOptions()
    if os.path.isdir(path):  # a folder that cannot be listed (the Dask partitions name it): its error
        try:
            os.scandir(path).close()
        except OSError as e:
            return iter((unreadable(path, e),))
        return iter((archive_error(path, "a folder, not a file"),))
    try:
        empty = os.path.getsize(path) == 0
    except OSError as e:
        return iter((unreadable(path, e),))
    if empty:  # of any kind: an empty archive or JSONL file is as much a mistake as an empty page
        return iter((archive_error(path, "empty file"),))
    kind = kind_of(path)
    if kind is Kind.TAR:
        return read_tar(path, meter)
    if kind is Kind.ZIP:
        return read_zip(path, meter)
    if kind is Kind.WARC:
        return read_warc(path, meter)
    if kind is Kind.JSONL:
        return read_jsonl(path, options, meter)
    return read_page(path, meter, gzipped=kind is Kind.GZIP_PAGE)


class PageTooLarge(ValueError):
    """A page over the record limit once unpacked."""


#: what unpacking a cut or corrupt gzip file raises
GZIP_ERRORS = (OSError, EOFError, zlib.error)


def gunzip_page(data: bytes) -> bytes:
    """A gzip-compressed page unpacked (every member of it, as ``gzip`` writes a file appended to, and past the
    zeros a tape pads it with, as ``gzip -d`` reads it), no larger than the record limit: :class:`PageTooLarge`
    beyond it, one of :data:`GZIP_ERRORS` when it is cut short or corrupt."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
        out = f.read(MAX_RECORD_BYTES + 1)
    if len(out) > MAX_RECORD_BYTES:
        raise PageTooLarge(f"page too large (over {MAX_RECORD_BYTES} bytes unpacked)")
    return out


def read_page(path: str, meter: Meter | None = None, *, gzipped: bool = False) -> Iterator[Record]:
    """One page file (or ``.gz`` of one): a single record."""
    src = {"path": path}
    try:
        size = os.path.getsize(path)
        if meter is not None:
            meter.done_bytes += size
        if size > MAX_RECORD_BYTES:
            yield Record(path, src, error=f"page too large ({size} bytes)")
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        yield unreadable(path, e)
        return
    if gzipped:
        try:
            data = gunzip_page(data)
        except PageTooLarge as e:
            yield Record(path, src, error=str(e))
            return
        except GZIP_ERRORS as e:
            yield Record(path, src, error=f"truncated or corrupt gzip file: {e}")
            return
    yield Record(path, src, data=data)


def _hidden(member: str) -> bool:
    """Hidden or system entries of archives (``.DS_Store``, ``__MACOSX/``, ``._x`` resource forks)."""
    parts = [p for p in member.replace("\\", "/").split("/") if p not in ("", ".")]
    return any(p.startswith(".") or p == "__MACOSX" for p in parts)


def _member(path: str, name: str, *, data: bytes | None = None, error: str | None = None) -> Record:
    """The record of one archive member, its page or why it could not be read: id ``ARCHIVE!MEMBER``, origin the
    archive and the member's name."""
    return Record(f"{path}!{name}", {"path": path, "member": name}, data=data, error=error)


#: the kinds of file that hold many pages, named for messages
MANY_PAGES = {Kind.TAR: "a tar archive", Kind.ZIP: "a zip archive", Kind.WARC: "a WARC file",
              Kind.JSONL: "a JSONL file"}


def _member_record(path: str, name: str, data: bytes) -> Record:
    """The record of a member read whole: its page, unpacked if the member is a ``.gz``; an archive, a WARC or a
    JSONL file inside the archive is an error row (read as one page, its records made one article of noise)."""
    nested = MANY_PAGES.get(kind_of(name))
    if nested:
        return _member(path, name, error=f"{nested} inside an archive is not read: extract it and pass it itself")
    if name.lower().endswith(".gz"):
        try:
            data = gunzip_page(data)
        except PageTooLarge as e:
            return _member(path, name, error=str(e))
        except GZIP_ERRORS as e:
            return _member(path, name, error=f"corrupt gzip member: {e}")
    return _member(path, name, data=data)


def read_tar(path: str, meter: Meter | None = None) -> Iterator[Record]:
    """Each regular member of a tar archive (any compression), streamed in one pass."""
    try:
        f = open_metered(path, meter)
    except OSError as e:
        yield unreadable(path, e)
        return
    with f:
        try:
            tf = tarfile.open(fileobj=f, mode="r|*")  # noqa: SIM115 - closed in the finally below
        except _READ_ERRORS as e:
            yield archive_error(path, f"not a readable tar archive: {e}")
            return
        reading: str | None = None
        last = "the start"
        try:
            for member in tf:
                if not member.isfile() or _hidden(member.name):
                    continue
                name = member.name
                if member.size > MAX_RECORD_BYTES:
                    yield _member(path, name, error=f"page too large ({member.size} bytes)")
                    continue
                reading = name
                fobj = tf.extractfile(member)
                data = fobj.read() if fobj is not None else b""
                if len(data) != member.size:
                    raise EOFError(f"member cut short ({len(data)} of {member.size} bytes)")
                reading = None
                last = f"member {name}"
                yield _member_record(path, name, data)
        except _READ_ERRORS as e:
            if reading is not None:
                yield _member(path, reading, error=f"truncated or corrupt tar archive: {e}")
            else:
                yield archive_error(path, f"truncated or corrupt tar archive after {last}: {e}")
        finally:
            tf.close()


def read_zip(path: str, meter: Meter | None = None) -> Iterator[Record]:
    """Each file member of a zip archive; a corrupt member is an error record and the next members go on."""
    try:
        f = open_metered(path, meter)
    except OSError as e:
        yield unreadable(path, e)
        return
    with f:
        try:
            zf = zipfile.ZipFile(f)
        except (*_READ_ERRORS, NotImplementedError) as e:
            yield archive_error(path, f"not a readable zip archive (truncated?): {e}")
            return
        with zf:
            for info in zf.infolist():
                if info.is_dir() or _hidden(info.filename):
                    continue
                name = info.filename
                if info.file_size > MAX_RECORD_BYTES:
                    yield _member(path, name, error=f"page too large ({info.file_size} bytes)")
                    continue
                if info.flag_bits & 0x1:
                    yield _member(path, name, error="encrypted zip member: not read (no password is asked for)")
                    continue
                try:
                    data = zf.read(info)
                except (*_READ_ERRORS, NotImplementedError, RuntimeError) as e:
                    yield _member(path, name, error=f"corrupt zip member: {e}")
                    continue
                yield _member_record(path, name, data)


def _open_lines(path: str, meter: Meter | None) -> tuple[io.BufferedIOBase, io.BufferedReader]:
    """A binary line stream of a JSONL file (gunzipped for ``.gz``) and the file under it."""
    f = open_metered(path, meter)
    if path.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=f, mode="rb"), f
    return f, f


def jsonl_record(path: str, lineno: int, line: bytes, options: ReadOptions) -> Record:
    """The record of one JSONL line: the page from the page field, the id and URL when the object has them."""
    rid, src = f"{path}:{lineno}", {"path": path, "line": lineno}
    try:
        obj: Any = json.loads(line)
    except ValueError as e:
        return Record(rid, src, error=f"invalid JSON: {e}")
    if not isinstance(obj, dict):
        return Record(rid, src, error=f"a JSON {type(obj).__name__}, not an object")
    given = obj.get(options.id_field)
    if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given):
        rid = str(given)
    url = obj.get(options.url_field)
    url = url if isinstance(url, str) and url else None
    for name in options.page_fields:
        if obj.get(name) is not None:  # (a null field is an absent one: the next field is read)
            page = obj[name]
            if not isinstance(page, str):
                return Record(rid, src, url, error=f"field '{name}' is a {type(page).__name__}, not a string")
            return Record(rid, src, url, data=page)
    return Record(rid, src, url, error="no page field: expected " + " or ".join(f"'{n}'" for n in options.page_fields))


def read_jsonl(path: str, options: ReadOptions | None = None, meter: Meter | None = None) -> Iterator[Record]:
    """Each non-blank line of a JSONL file (optionally gzip); a truncated file ends with an error record."""
    options = options or ReadOptions()
    try:
        stream, raw = _open_lines(path, meter)
    except OSError as e:
        yield unreadable(path, e)
        return
    lineno = 0
    with raw, stream:
        try:
            for lineno, line in enumerate(stream, 1):  # lineno is read after the loop too
                if line.strip():
                    yield jsonl_record(path, lineno, line, options)
        except _READ_ERRORS as e:
            yield archive_error(path, f"truncated or corrupt file after line {lineno}: {e}")
