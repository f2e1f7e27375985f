"""What the user named on the command line: paths, directories and globs, checked before any work starts.

Also the kind of each file (chosen by its name, documented in the README) and the total size of the inputs, which
the progress bar turns into an estimate of the number of records.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum


class InputError(Exception):
    """A problem with the inputs or outputs named on the command line, said in one line."""


class Kind(str, Enum):
    """How a file is read."""

    PAGE = "page"  # one page, as is
    GZIP_PAGE = "gzip-page"  # one page, gzip-compressed (page.html.gz)
    TAR = "tar"  # .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz: each regular member is a page
    ZIP = "zip"  # each file member is a page
    WARC = "warc"  # .warc, .warc.gz: each HTML response (or resource) record is a page
    JSONL = "jsonl"  # .jsonl, .ndjson (optionally .gz): each line is a JSON object holding a page


_SUFFIXES: tuple[tuple[str, Kind], ...] = (
    (".warc.gz", Kind.WARC), (".warc", Kind.WARC),
    (".tar.gz", Kind.TAR), (".tgz", Kind.TAR), (".tar.bz2", Kind.TAR), (".tbz2", Kind.TAR), (".tar.xz", Kind.TAR),
    (".txz", Kind.TAR), (".tar", Kind.TAR),
    (".zip", Kind.ZIP),
    (".jsonl.gz", Kind.JSONL), (".jsonl", Kind.JSONL), (".ndjson.gz", Kind.JSONL), (".ndjson", Kind.JSONL),
    (".gz", Kind.GZIP_PAGE),
)

_GLOB_CHARS = frozenset("*?[")


def kind_of(path: str) -> Kind:
    """The kind of a file, from its name (case-insensitive)."""
    name = path.lower()
    for suffix, kind in _SUFFIXES:
        if name.endswith(suffix):
            return kind
    return Kind.PAGE


def expand_inputs(names: Sequence[str]) -> list[str]:
    """The paths to read, in order: each name as given when it exists, else its glob matches (sorted).

    Raises :class:`InputError` for a name that neither exists nor matches anything, so that a typo stops the run
    before it starts rather than after an hour.  Paths are normalized (``./a//b`` is ``a/b``) so that ids stay the
    same when a resumed run spells a path differently.
    """
    if isinstance(names, str):
        names = [names]  # one name, not its letters
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        if os.path.lexists(name):
            matches = [name]
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                raise InputError(f"{name}: no file matches this pattern")
        else:
            try:
                os.lstat(name)
            except PermissionError as e:  # a folder on the way that cannot be read: say so, not "no such file"
                raise InputError(f"{name}: cannot read ({e.strerror})") from None
            except OSError:
                pass
            raise InputError(f"{name}: no such file or directory")
        for m in matches:
            p = os.path.normpath(m)
            if not os.path.exists(p):
                raise InputError(f"{m}: broken link")
            if p not in seen:  # the same file named twice is read once: one output line per input record
                seen.add(p)
                out.append(p)
    return out


class Unreadable:
    """A directory :func:`walk_files` could not list, and why: an error row, not a silent gap in the output."""

    def __init__(self, path: str, error: OSError) -> None:
        self.path, self.error = path, error


def walk_files(directory: str, _seen: set[str] | None = None) -> Iterator[str | Unreadable]:
    """Files under ``directory``, recursively, in sorted order, skipping hidden files and folders (``.git``,
    ``.DS_Store``): they are never pages, and an error row for each would only hide the real failures.  A folder
    that cannot be listed is yielded as :class:`Unreadable`; a folder reached again through a link (a link to a
    parent makes a loop) is walked once."""
    seen = set() if _seen is None else _seen
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as e:
        yield Unreadable(directory, e)
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                yield from walk_files(e.path, seen)
            elif e.is_file():
                yield e.path
        except OSError:
            continue


def each_file(paths: Iterable[str], skip: set[str] | None = None) -> Iterator[str | Unreadable]:
    """The files of ``paths`` (folders walked), each once however it is reached (named twice, under a named folder
    as well, through a link), none whose real path is in ``skip`` (which gains each file yielded); a folder that
    cannot be listed as :class:`Unreadable`."""
    skip = set() if skip is None else skip
    for path in paths:
        for f in walk_files(path) if os.path.isdir(path) else (path,):
            if isinstance(f, Unreadable):
                yield f
                continue
            real = os.path.realpath(f)
            if real not in skip:
                skip.add(real)
                yield f


def total_size(paths: Sequence[str]) -> int:
    """Bytes in all inputs (files under directories included): the progress bar's measure of the whole."""
    total = 0
    for p in paths:
        files: Iterator[str | Unreadable] = walk_files(p) if os.path.isdir(p) else iter((p,))
        for f in files:
            if isinstance(f, Unreadable):
                continue
            try:
                total += os.path.getsize(f)
            except OSError:
                continue
    return total
