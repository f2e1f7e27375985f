"""Evidence from twins: another copy of the same text on the page (the clean copy of a caption printed twice,
``og:title`` beside a dirty headline, the description beside the first paragraph, an image's ``alt`` repeating
the title).  Aligned character by character, the twin holds at the keyword's place the word it replaced, or
nothing at all when the keyword was inserted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from . import document as d
from .photos import photo_stem

TWIN_ROLES = {
    d.TITLE: (d.META, d.ATTR, d.TITLE),
    d.SUBTITLE: (d.META, d.SUBTITLE),
    d.CAPTION: (d.CAPTION, d.PARAGRAPH, d.ATTR),
    d.PARAGRAPH: (d.META, d.CAPTION, d.PARAGRAPH),
    d.BYLINE: (d.BYLINE, d.OTHER),
}
MIN_SIMILARITY = 72.0
NEAR_PARAGRAPHS = 50  # see TwinPool (at 200, each of 40,000 alike paragraphs was compared with 400 others)
MASK = "\x00"


class TwinPool:
    """The blocks of a page among which twins are looked for, indexed once: a paragraph's copy among the
    paragraphs is looked for within :data:`NEAR_PARAGRAPHS` blocks of it (a page that prints its article twice
    prints it whole; thousands of paragraphs would otherwise be compared two by two), any other copy anywhere."""

    def __init__(self, blocks: list[d.Block]) -> None:
        self.blocks = blocks
        self._position = {b.id: k for k, b in enumerate(blocks)}
        self._others = [b for b in blocks if b.role != d.PARAGRAPH]
        self._paragraphs = sorted((b for b in blocks if b.role == d.PARAGRAPH), key=lambda b: b.id)
        self._ids = [b.id for b in self._paragraphs]
        self._of_roles: dict[tuple[str, ...], list[d.Block]] = {}
        self.plain_len: dict[int, int] = {}  # a block's text length without masks, once per block (see find_twins)

    def position(self, block: d.Block) -> int:
        """Where ``block`` stands among the page's blocks."""
        return self._position[block.id]

    def around(self, block: d.Block) -> list[d.Block]:
        """The blocks that may be ``block``'s twins (those of its twin roles, with text), in the page's order."""
        roles = TWIN_ROLES.get(block.role, ())
        if block.role != d.PARAGRAPH or len(self._paragraphs) <= 2 * NEAR_PARAGRAPHS:
            if roles not in self._of_roles:
                self._of_roles[roles] = [b for b in self.blocks if b.role in roles and b.text]
            return self._of_roles[roles]
        i = bisect_left(self._ids, block.id - NEAR_PARAGRAPHS)
        j = bisect_right(self._ids, block.id + NEAR_PARAGRAPHS)
        return sorted(self._others + self._paragraphs[i:j], key=lambda b: self._position[b.id])


def two_photos(a: d.Block, b: d.Block) -> bool:
    """Whether ``a`` and ``b`` are the captions of two photos, whose file names are known and differ (beyond a
    thumbnail's or a size's mark, see :func:`_one_photo`): then a word in which they differ (two teams' photos at
    one stadium) is no evidence of spam unless the lexicon knows it, and they are one caption printed twice only
    when spam tells them apart.  Without both names, only their words tell."""
    x, y = _photo_stems(a, b)
    return bool(x and y) and not _one_photo(x, y)


def same_photo(a: d.Block, b: d.Block) -> bool:
    """Whether ``a`` and ``b`` are captions of one photo by their file names (both known)."""
    x, y = _photo_stems(a, b)
    return bool(x and y) and _one_photo(x, y)


def _photo_stems(a: d.Block, b: d.Block) -> tuple[str, str]:
    return photo_stem(a.attrs.get("photo") or ""), photo_stem(b.attrs.get("photo") or "")


def _one_photo(x: str, y: str) -> bool:
    """Two file names (without extensions) of one photo: equal, or one the other with a size's or a thumbnail's
    mark added before or after it (``0417_thumb``, ``s_0417``, ``640x_0417`` beside ``0417``; not ``0417_12``,
    not ``gate_night``)."""
    short, long = sorted((x, y), key=len)
    if short == long:
        return True
    if long.startswith(short):
        mark = long[len(short) :]
    elif long.endswith(short):
        mark = long[: -len(short)]
    else:
        return False
    return _SIZE_MARK.fullmatch(mark.strip("_-.")) is not None


# a thumbnail's or a size's mark on a photo's file name
_SIZE_MARK = re.compile(r"thumb\w*|small|medium|large|mini|tn|[smlt]|\d+x\d*|\d*x\d+|[wh]\d+|\d+px|resized?")


def find_twins(block: d.Block, masked: str, pool: TwinPool, texts: dict[int, str]) -> list[d.Block]:
    """Blocks of the page's ``pool`` that repeat ``block`` (compared with the spam masked out), best first."""
    roles = TWIN_ROLES.get(block.role, ())
    plain = masked.replace(MASK, "")
    out = []
    partial: dict[str, float] = {}  # a page printed many times repeats its texts: each scored once
    ratios: list[tuple[d.Block, str]] = []  # the plain comparisons, made at once below (one C call for them all)
    for o in pool.around(block):
        if o.id == block.id or o.role not in roles or not o.text:
            continue
        if block.role == d.PARAGRAPH and o.role == d.META and "title" in str(o.attrs.get("key", "")):
            continue  # a paragraph's copy is the page's description; a headline words its lead otherwise (주담대)
        other = texts.get(o.id, o.text)
        if MASK in other and o.role != block.role:
            continue
        n = pool.plain_len.get(o.id)
        if n is None:
            n = pool.plain_len[o.id] = len(other.replace(MASK, ""))
        lo, hi = (len(plain), n) if len(plain) <= n else (n, len(plain))
        if hi == 0 or lo / hi < 0.4:
            continue
        if o.role == d.META and str(o.attrs.get("key", "")).endswith("description") and len(other) < len(plain):
            score = partial.get(other)
            if score is None:
                score = partial[other] = fuzz.partial_ratio(other.rstrip("…. "), plain)
            if score >= MIN_SIMILARITY:
                out.append((score, pool.position(o), o))
        else:
            ratios.append((o, other))
    if ratios:
        distinct = list(dict.fromkeys(other for _, other in ratios))
        found = {distinct[k]: score for _, score, k in
                 process.extract(plain, distinct, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY, limit=None)}
        out += [(found[other], pool.position(o), o) for o, other in ratios if other in found]
    out.sort(key=lambda x: (-x[0], x[1]))  # best first; among equals, in the page's order
    return [o for *_, o in out]


def aligned(dirty: str, start: int, end: int, twin: str) -> str | None:
    """What ``twin`` has where ``dirty[start:end]`` stands, when both edges of the span sit in stretches the
    two texts share; ``None`` when the twin does not cover the place.

    ``dirty`` should carry the span as a single :data:`MASK` character (and the other spans masked the same
    way): a mask never matches, so the alignment cannot borrow a space or a syllable of the keyword.

    >>> aligned("시민 단체 " + MASK + "들이 제출한", 6, 7, "시민 단체 대표들이 제출한")
    '대표'
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
    # a span that opens (or closes) the text: the twin's word is what comes before its first shared stretch (or
    # after its last), when that stretch is more than a space (``KW KW 주산지``) and what it leaves is one word
    equal = [op for op in ops if op.tag == "equal" and op.src_end - op.src_start >= 3]
    edge = False
    if left is None and start == 0 and equal and equal[0].src_start == end:
        left, edge = 0, True
    if right is None and end == len(dirty) and equal and equal[-1].src_end == start:
        right, edge = len(twin), True
    if left is None or right is None or right < left:
        return None
    if edge and len(twin[left:right].split()) > 1:
        return None
    # a twin that ends before the place (a truncated description) does not cover it
    if right == len(twin) and end < len(dirty) and not twin.endswith(dirty[end:]):
        return None
    return twin[left:right]


def opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """``Indel.opcodes(a, b)`` as ``(tag, a_start, a_end, b_start, b_end)``, with each text that one side has
    and the other lacks placed so that the shared text stays whole where an equally short alignment allows it.

    When an inserted text begins or ends with the words beside it, the alignment may keep the insertion's copy of
    them as the shared text and call the copy that belongs to the line inserted: ``로또리치365`` glued before a
    line that starts ``로또`` is read as ``로또`` shared and ``리치365로또`` inserted.  The other reading is as short,
    and the one to prefer when it keeps the shared text in one piece: an equal stretch that begins the line (or
    that ends it), or that sits between two insertions on the same side, is moved past the insertion when the
    insertion ends (or begins) with that very text, so the insertion becomes the line without a contiguous copy
    of the other.

    >>> opcodes("로또리치365로또 1등", "로또 1등")
    [('delete', 0, 7, 0, 0), ('equal', 7, 12, 0, 5)]
    """
    ops = [[op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end] for op in Indel.opcodes(a, b)]
    moved = True
    while moved:
        moved = False
        for i, op in enumerate(ops):
            if op[0] not in ("delete", "insert"):
                continue
            side, text = (1, a) if op[0] == "delete" else (3, b)
            x, y = op[side], op[side + 1]
            before = ops[i - 1] if i > 0 else None
            after = ops[i + 1] if i + 1 < len(ops) else None
            # the equal stretch before the insertion, when the insertion ends with it and moving it joins it to
            # the equal stretch after; the stretch must begin the line or follow an insertion on the same side
            if before and after and before[0] == after[0] == "equal" and (i == 1 or ops[i - 2][0] == op[0]):
                n = before[side + 1] - before[side]
                if n <= y - x and text[x - n : x] == text[y - n : y]:
                    _slide(ops, i, -n)
                    moved = True
                    break
            # the same at the end: the equal stretch after the insertion, when the insertion begins with it
            if before and after and before[0] == after[0] == "equal" and (i + 2 == len(ops) or ops[i + 2][0] == op[0]):
                n = after[side + 1] - after[side]
                if n <= y - x and text[x : x + n] == text[y : y + n]:
                    _slide(ops, i, n)
                    moved = True
                    break
    return [(op[0], op[1], op[2], op[3], op[4]) for op in ops]


def _slide(ops: list[list], i: int, n: int) -> None:
    """Move the insertion ``ops[i]`` (``delete`` or ``insert``) by ``n`` characters over the whole equal stretch
    beside it, which then joins the equal stretch on the other side."""
    op = ops[i]
    side = 1 if op[0] == "delete" else 3
    other = 4 - side  # the start index of the side that does not have the insertion
    if n < 0:
        eq, nxt = ops[i - 1], ops[i + 1]
        op[side] += n
        op[side + 1] += n
        op[other] = op[other + 1] = eq[other]
        nxt[1] += n  # the stretch joins the next one, which now starts where it did
        nxt[3] += n
        del ops[i - 1]
    else:
        eq, prv = ops[i + 1], ops[i - 1]
        op[side] += n
        op[side + 1] += n
        op[other] = op[other + 1] = eq[other + 1]
        prv[side + 1] = op[side]
        prv[other + 1] = eq[other + 1]
        del ops[i + 1]
    # two insertions on the same side that now touch are one (the opcodes are contiguous on both sides)
    j = 0
    while j + 1 < len(ops):
        if ops[j][0] == ops[j + 1][0] != "equal":
            ops[j][2], ops[j][4] = ops[j + 1][2], ops[j + 1][4]
            del ops[j + 1]
        else:
            j += 1


def changes(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Where ``a`` and ``b`` differ, as ``(a_start, a_end, b_start, b_end)``: a deletion and an insertion side by
    side are one replacement (``별님라운지`` for ``우승``), and so are two changes around a letter or two that the
    words happen to share (``포세이돈98`` for ``포장재``, aligned on 포).  The alignment keeps ``b``'s text whole
    where it can (:func:`opcodes`): ``로또리치365로또 1등`` beside ``로또 1등`` inserts 로또리치365."""
    out: list[list[int]] = []
    for tag, src_start, src_end, dest_start, dest_end in opcodes(a, b):
        if tag == "equal":
            continue
        gap = a[out[-1][1] : src_start] if out else None
        if out and (gap == "" or (len(gap) <= 2 and gap.isalnum() and dest_start - out[-1][3] == len(gap))):
            out[-1][1], out[-1][3] = src_end, dest_end
        else:
            out.append([src_start, src_end, dest_start, dest_end])
    return [tuple(x) for x in out]
