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
# every "<" before a letter that does not start a tag of _FLAT: all the places where a tag that nests may open
# (every opening tag :func:`depth` counts starts at one), a bound of the depth several times faster to find than
# the tags themselves; a long page of paragraphs, list items or table cells holds few of them
_OPENING = re.compile(rf"<(?=[A-Za-z])(?!(?:{_FLAT})[\s/>])", re.I)  # found as "<" alone: one shared object per match
_OPENING_BYTES = re.compile(_OPENING.pattern.encode(), re.I)


def depth(markup: str | bytes) -> int:
    """The deepest nesting of the elements that nest, counted from the tags (an unclosed one counts as open)."""
    pattern = _TAG_BYTES if isinstance(markup, bytes) else _TAG
    steps = (-1 if close else 1 for close in pattern.findall(markup))
    return max(itertools.accumulate(steps), default=0)


def may_be_deeper(markup: str | bytes, limit: int) -> bool:
    """Whether the markup may nest deeper than ``limit``: it holds more than ``limit`` places where a tag that
    nests may open an element (a ``<`` before a letter, not before a tag of ``_FLAT``; every element counted by
    :func:`depth` opens at one).  Pages long enough to hold that many tags mostly hold far fewer such openings
    (most of a long page's tags are paragraphs, line breaks, list items, cells), and are spared the scan of their
    tags."""
    lt, closing = (b"<", b"</") if isinstance(markup, bytes) else ("<", "</")
    tags = markup.count(lt)
    if tags <= limit:
        return False
    # an opening's "<" comes before a letter, never before "/": fewer than that many "<" left once the closing
    # tags' are taken out (about half of a long page's) is as sure, and one more C-level count instead of the scan
    # below, which tests the names of the tags that never nest at every "<"
    if tags - markup.count(closing) <= limit:
        return False
    opening = _OPENING_BYTES if isinstance(markup, bytes) else _OPENING
    return len(opening.findall(markup)) > limit


def flatten(markup: str | bytes, limit: int = MAX_DEPTH) -> tuple[str | bytes, int]:
    """``markup`` without the tags nested deeper than ``limit`` (their text stays), and how many were dropped.

    Markup of fewer openings than ``limit`` (:func:`may_be_deeper`) cannot be that deep and is returned as it is,
    without a scan of its tags."""
    if not may_be_deeper(markup, limit) or depth(markup) <= limit:
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
