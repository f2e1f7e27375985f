"""Absurdly deep markup made shallow before it is parsed.

lexbor's tree builder looks through the open elements at every end tag, so its time grows with the square of
the nesting: 100,000 nested ``<div>`` take more than a minute, 200,000 nine.  No page a person reads nests more
than a few hundred levels (the 181 pages of the extraction benchmark: at most 500 by the count below, which
overcounts unclosed elements), so beyond :data:`MAX_DEPTH` levels the extra tags are dropped and their text kept.
"""

from __future__ import annotations

import itertools
import re

MAX_DEPTH = 3000
# tags that never nest: void elements, and elements closed by their next sibling (a page of unclosed <p> or <li>
# is long, not deep)
_FLAT = ("area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|param|"
         "p|li|dt|dd|tr|td|th|option|optgroup|tbody|thead|tfoot|colgroup")
_TAG = re.compile(rf"<(/?)(?!(?:{_FLAT})[\s/>])[A-Za-z][^>]*>", re.I)
_TAG_BYTES = re.compile(_TAG.pattern.encode(), re.I)


def depth(markup: str | bytes) -> int:
    """The deepest nesting of the elements that nest, counted from the tags (an unclosed one counts as open)."""
    pattern = _TAG_BYTES if isinstance(markup, bytes) else _TAG
    steps = (-1 if close else 1 for close in pattern.findall(markup))
    return max(itertools.accumulate(steps), default=0)


def flatten(markup: str | bytes, limit: int = MAX_DEPTH) -> tuple[str | bytes, int]:
    """``markup`` without the tags nested deeper than ``limit`` (their text stays), and how many were dropped.

    Markup of fewer tags than ``limit`` cannot be that deep and is returned as it is, without a scan."""
    lt = b"<" if isinstance(markup, bytes) else "<"
    if markup.count(lt) <= limit or depth(markup) <= limit:
        return markup, 0
    pattern = _TAG_BYTES if isinstance(markup, bytes) else _TAG
    pieces, last, level, dropped = [], 0, 0, 0
    for m in pattern.finditer(markup):
        closing = bool(m.group(1))
        if not closing:
            level += 1
        if level > limit:
            pieces.append(markup[last : m.start()])
            last = m.end()
            dropped += 1
        if closing:
            level = max(0, level - 1)
    pieces.append(markup[last:])
    return markup[:0].join(pieces), dropped
