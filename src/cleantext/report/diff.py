"""Where two copies of a text differ, character by character: shows what spam changed in a duplicate caption."""

from __future__ import annotations

from difflib import SequenceMatcher

Runs = list[tuple[str, bool]]  # (text, differs from the other copy)


def diff_runs(a: str, b: str) -> tuple[Runs, Runs]:
    """Both texts cut into runs, each run marked when it is not shared with the other text."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    ra: Runs = []
    rb: Runs = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        same = op == "equal"
        if i2 > i1:
            ra.append((a[i1:i2], not same))
        if j2 > j1:
            rb.append((b[j1:j2], not same))
    return ra, rb
