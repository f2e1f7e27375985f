"""Reading a batch output: JSONL (or .jsonl.gz), one record per line, streamed.

A line that is not a JSON object, or a gzip stream that ends early (a batch still being written), becomes an
error record so that the summary counts it instead of stopping.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open("r", encoding="utf-8", errors="replace")


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a batch output file, in order.  Raises ``OSError`` when the file cannot be opened at all."""
    p = Path(path)
    n = 0
    with _open(p) as f:
        try:
            for n, line in enumerate(f, start=1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    yield {"id": f"line {n}", "source": f"{p.name}:{n}", "error": f"unreadable line ({e.msg})"}
                    continue
                if not isinstance(rec, dict):
                    yield {"id": f"line {n}", "source": f"{p.name}:{n}", "error": "not a JSON object"}
                    continue
                yield rec
        except (EOFError, zlib.error, gzip.BadGzipFile) as e:  # cut short, or bytes after the last member
            yield {"id": f"line {n + 1}", "source": f"{p.name}:{n + 1}", "error": f"file ends early ({e})"}


def looks_like_output(path: str | Path) -> bool:
    """Whether the file starts as a batch output does: its first line a JSON object (after gunzipping a .gz)."""
    p = Path(path)
    try:
        with _open(p) as f:
            for line in f:
                if line.strip():
                    return isinstance(json.loads(line), dict)
    except (ValueError, EOFError, zlib.error, OSError):
        return False
    return True  # an empty output (a run that had nothing to clean)
