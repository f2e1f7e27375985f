"""The progress bar: records done, records/s and an ETA, on a terminal only.

The number of records is not known before an archive has been read through, so the bar estimates it from the
share of input bytes read so far (records read x total bytes / bytes read) and pins it once reading is over.
In a pipe, a log or a CI job there is no bar at all (standard error is not a terminal), and without tqdm
(``pip install 'cleantext[batch]'``) neither.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


class Progress:
    """A tqdm bar fed by the runner; :class:`Progress` itself (from :meth:`create` when off) does nothing."""

    def read(self, done_bytes: int) -> None:
        """One more record read; ``done_bytes`` of the inputs consumed so far."""

    def read_all(self) -> None:
        """Reading is over: the total is now known."""

    def done(self, errors: int) -> None:
        """One more record written; ``errors`` so far."""

    def close(self) -> None:
        """Leave the terminal clean."""

    @staticmethod
    def create(enabled: bool | None, *, total_bytes: Callable[[], int], initial: int = 0) -> Progress:
        """A bar when ``enabled`` (``None``: when standard error is a terminal) and tqdm is there, else a no-op.

        ``total_bytes`` is called only for a bar (walking a large folder for its size takes a while)."""
        if enabled is None:
            enabled = sys.stderr.isatty()
        if not enabled:
            return Progress()
        try:
            from tqdm import tqdm  # optional dependency
        except ImportError:
            return Progress()
        return _Bar(tqdm, total_bytes(), initial)


class _Bar(Progress):
    def __init__(self, tqdm: Any, total_bytes: int, initial: int) -> None:
        self.total_bytes = max(1, total_bytes)
        self.records_read = 0
        self.errors = 0
        self.bar = tqdm(total=None, initial=initial, unit=" records", desc="cleantext batch", file=sys.stderr,
                        dynamic_ncols=True, smoothing=0.05, mininterval=0.5)

    def read(self, done_bytes: int) -> None:
        self.records_read += 1
        if done_bytes > 0 and self.records_read % 8 == 1:
            share = min(1.0, done_bytes / self.total_bytes)
            estimate = round(self.records_read / share)
            self.bar.total = max(estimate, self.records_read, self.bar.n)

    def read_all(self) -> None:
        self.bar.total = max(self.records_read, self.bar.n)

    def done(self, errors: int) -> None:
        if errors != self.errors:
            self.errors = errors
            self.bar.set_postfix_str(f"{errors} errors", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()
