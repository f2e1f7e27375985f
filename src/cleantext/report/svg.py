"""A histogram of spam scores as inline SVG: no plotting dependency, no external asset, nothing to run."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

from .markup import esc


def bin_scores(scores: Iterable[float], bins: int = 10) -> list[int]:
    """Counts of scores in ``bins`` equal bins over 0..1 (1.0 falls in the last bin; out-of-range values clamp)."""
    counts = [0] * bins
    for s in scores:
        i = int(max(0.0, min(1.0, s)) * bins)
        counts[min(i, bins - 1)] += 1
    return counts


def _color(t: float) -> str:
    """Green (0) through amber to red (1): the colour of a bin whose centre is ``t``."""
    stops = [(0.0, (26, 127, 55)), (0.5, (212, 167, 44)), (1.0, (207, 34, 46))]
    for (t0, c0), (t1, c1) in itertools.pairwise(stops):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            r, g, b = (round(a + (b_ - a) * f) for a, b_ in zip(c0, c1, strict=True))
            return f"#{r:02x}{g:02x}{b:02x}"
    return "#cf222e"


def histogram(scores: Iterable[float], bins: int = 10, width: int = 560, height: int = 240) -> str:
    """An ``<svg>`` bar chart of ``scores`` in 0..1, with counts over the bars and the bin edges below."""
    counts = bin_scores(scores, bins)
    step = max(1, math.ceil(max(counts) / 4))  # whole-number grid lines
    top = step * 4
    left, right, up, down = 36, 12, 22, 34
    pw, ph = width - left - right, height - up - down
    bw = pw / bins
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="histogram of spam scores" font-family="system-ui, sans-serif" font-size="11">',
        f"<title>Spam scores of {sum(counts)} articles</title>",
        f'<line x1="{left}" y1="{up + ph}" x2="{left + pw}" y2="{up + ph}" stroke="#8c959f"/>',
    ]
    for k in range(5):  # horizontal grid lines with counts
        v = step * k
        y = up + ph - ph * k / 4
        if k:
            parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="#eaeef2"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#59636e">{v}</text>')
    for i, n in enumerate(counts):
        lo, hi = i / bins, (i + 1) / bins
        h = ph * n / top
        x = left + i * bw + 2
        y = up + ph - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw - 4:.1f}" height="{h:.1f}" rx="2" '
            f'fill="{_color((lo + hi) / 2)}"><title>{esc(f"{lo:.1f}–{hi:.1f}: {n}")}</title></rect>'
        )
        if n:
            parts.append(
                f'<text x="{x + (bw - 4) / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" fill="#1f2328" class="count" '
                f'font-weight="700">{n}</text>'
            )
    for i in range(bins + 1):
        x = left + i * bw
        parts.append(
            f'<text x="{x:.1f}" y="{up + ph + 15}" text-anchor="middle" fill="#59636e">{i / bins:.1f}</text>'
        )
    parts.append(
        f'<text x="{left + pw / 2:.1f}" y="{height - 3}" text-anchor="middle" fill="#59636e">spam score</text></svg>'
    )
    return "".join(parts)
