"""Opening inputs: files read through a byte meter, so that progress is known whatever the input kind.

Readers never unpack to disk: every archive is read as a stream from the file it is in, and the meter counts the
bytes taken from that file (compressed bytes for compressed inputs), which the progress bar compares with the
total size of the inputs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from .records import Record


@dataclass
class Meter:
    """What the readers have consumed so far: bytes of input, and WARC records skipped as not pages."""

    done_bytes: int = 0
    skipped: int = 0


class _CountingRaw(io.RawIOBase):
    """A raw file that adds every byte it reads to a :class:`Meter`."""

    def __init__(self, f: io.FileIO, meter: Meter) -> None:
        super().__init__()
        self._f = f
        self._meter = meter

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._f.seekable()

    def readinto(self, b) -> int | None:  # type: ignore[override]
        n = self._f.readinto(b)
        if n:
            self._meter.done_bytes += n
        return n

    def seek(self, pos: int, whence: int = io.SEEK_SET) -> int:
        return self._f.seek(pos, whence)

    def tell(self) -> int:
        return self._f.tell()

    def close(self) -> None:
        self._f.close()
        super().close()


def open_metered(path: str, meter: Meter | None, buffer_size: int = 1 << 16) -> io.BufferedReader:
    """``path`` opened for binary reading; with a meter, every byte read is counted in it."""
    raw = io.FileIO(path, "rb")
    if meter is None:
        return io.BufferedReader(raw, buffer_size)
    return io.BufferedReader(_CountingRaw(raw, meter), buffer_size)


def archive_error(path: str, reason: str) -> Record:
    """The error record of a whole input (unreadable, not an archive, truncated): its origin is the file alone."""
    return Record(id=path, origin={"path": path}, error=reason)


def unreadable(path: str, e: OSError) -> Record:
    """The error record of an input that cannot be opened or read, saying why as the system does."""
    return archive_error(path, f"cannot read ({e.strerror or e})")
