"""Evidence from twins: another copy of the same text on the page (the clean copy of a caption printed twice,
``og:title`` beside a dirty headline, the description beside the first paragraph, an image's ``alt`` repeating
the title).  Aligned character by character, the twin holds at the keyword's place the word it replaced, or
nothing at all when the keyword was inserted.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from . import document as d

TWIN_ROLES = {
    d.TITLE: (d.META, d.ATTR, d.TITLE),
    d.SUBTITLE: (d.META, d.SUBTITLE),
    d.CAPTION: (d.CAPTION, d.PARAGRAPH, d.ATTR),
    d.PARAGRAPH: (d.META, d.CAPTION, d.PARAGRAPH),
    d.BYLINE: (d.BYLINE, d.OTHER),
}
MIN_SIMILARITY = 72.0
MASK = "\x00"


def find_twins(block: d.Block, masked: str, blocks: list[d.Block], texts: dict[int, str]) -> list[d.Block]:
    """Blocks that repeat ``block`` (compared with the spam masked out), best first."""
    roles = TWIN_ROLES.get(block.role, ())
    plain = masked.replace(MASK, "")
    out = []
    for o in blocks:
        if o.id == block.id or o.role not in roles or not o.text:
            continue
        other = texts.get(o.id, o.text)
        if MASK in other and o.role != block.role:
            continue
        lo, hi = sorted((len(plain), len(other.replace(MASK, ""))))
        if hi == 0 or lo / hi < 0.4:
            continue
        if o.role == d.META and str(o.attrs.get("key", "")).endswith("description"):
            short = len(other) < len(plain)
            score = fuzz.partial_ratio(other.rstrip("…. "), plain) if short else fuzz.ratio(other, plain)
        else:
            score = fuzz.ratio(other, plain)
        if score >= MIN_SIMILARITY:
            out.append((score, o))
    out.sort(key=lambda x: -x[0])
    return [o for _, o in out]


def aligned(dirty: str, start: int, end: int, twin: str) -> str | None:
    """What ``twin`` has where ``dirty[start:end]`` stands, when both edges of the span sit in stretches the
    two texts share; ``None`` when the twin does not cover the place.

    ``dirty`` should carry the span as a single :data:`MASK` character (and the other spans masked the same
    way): a mask never matches, so the alignment cannot borrow a space or a syllable of the keyword.

    >>> aligned("관계 부처 " + MASK + "들이 체결서", 6, 7, "관계 부처 장관들이 체결서")
    '장관'
    """
    ops = Indel.opcodes(dirty, twin)
    left = right = None
    for op in ops:
        if op.tag != "equal":
            continue
        # the character just before the span, inside an equal stretch
        if start == 0 and op.src_start == 0:
            left = op.dest_start
        elif op.src_start < start <= op.src_end:
            left = op.dest_start + (start - op.src_start)
        if end == len(dirty) and op.src_end == len(dirty):
            right = op.dest_end
        elif op.src_start <= end < op.src_end:
            right = op.dest_start + (end - op.src_start)
            break
    if left is None or right is None or right < left:
        return None
    # a twin that ends before the place (a truncated description) does not cover it
    if right == len(twin) and end < len(dirty) and not twin.endswith(dirty[end:]):
        return None
    return twin[left:right]
