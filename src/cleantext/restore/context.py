"""Evidence from context: the same surroundings elsewhere on the page with an ordinary word in them.

``시의회 예산결산 ___은`` is restored from ``시의회 예산결산 위원장,`` in the clean caption; ``부산지방___청``
from ``부산지방경찰청`` two paragraphs down.  The page is its own language model: a candidate word is as good as
the longest stretch of text around the hole that the page attests with that word in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..korean import COMMON_PARTICLES, alternation, is_particle_chain, particles

WORD = re.compile(r"[가-힣A-Za-z0-9]+")
# the particle a corpus word is read without where the hole kept its own: one particle, not a chain, so the
# two-particle forms of the common ones are named, and a few more; the rest of PARTICLES (씨, 님, 라, 나 ...) stays
# part of the word
_CARRIED = COMMON_PARTICLES | particles(
    "에서는", "에서도", "에게는", "으로는", "으로도", "에는", "에도", "과의", "와의",
    "으로서", "으로써", "이라", "이며", "이나", "들",
)
_PARTICLE_TAIL = re.compile(rf"(?:들)?(?:{alternation(_CARRIED)})$")
MAX_WORD = 10
MAX_HITS = 60


@dataclass
class Hole:
    """A span to fill, seen from its block: text before, the glued pieces, text after (spam masked)."""

    before: str  # the block text before the span (ends with the glued-left piece, if any)
    after: str  # the block text after the span (starts with the glued-right piece, if any)
    glued_left: str  # word characters right before the span, no space between
    glued_right: str  # word characters right after the span, no space between


REACH = 40  # characters of agreement counted on each side of a candidate


def _common_suffix(a: str, corpus: str, end: int) -> int:
    """How many characters ``a`` ends with that the corpus also has right before ``end`` (at most :data:`REACH`)."""
    n = 0
    while n < REACH and n < len(a) and n < end and a[-1 - n] == corpus[end - 1 - n]:
        n += 1
    return n


def _common_prefix(a: str, corpus: str, start: int) -> int:
    """How many characters ``a`` starts with that the corpus also has from ``start`` on (at most :data:`REACH`)."""
    n = 0
    while n < REACH and n < len(a) and start + n < len(corpus) and a[n] == corpus[start + n]:
        n += 1
    return n


def _anchor_left(before: str, glued: str) -> str:
    """The end of the text before the hole: the glued piece, or the last word and its space."""
    if glued:
        return glued
    m = re.search(r"(\S+\s)$", before)
    return m.group(1) if m and len(m.group(1).strip()) >= 1 else ""


def _anchor_right(after: str, glued: str) -> str:
    if glued and not is_particle_chain(glued):
        m = re.match(r"\S+", after)
        return m.group() if m else glued
    m = re.match(r"(\s\S+)", after[len(glued) :] if glued else after)
    return m.group(1) if m and len(m.group(1).strip()) >= 1 else ""


def _stem(word: str, glued_right: str) -> list[str]:
    """The word that stood in the hole, read from a corpus word that carries the same continuation."""
    if glued_right and not is_particle_chain(glued_right):
        i = word.find(glued_right, 1)
        return [word[:i]] if i > 0 else []
    if glued_right and word.endswith(glued_right) and len(word) > len(glued_right):
        return [word[: -len(glued_right)]]
    m = _PARTICLE_TAIL.search(word)
    if m and m.start() >= 2:
        # the hole kept its own particle: the word here carries another one, which is not part of the word
        return [word[: m.start()]] if glued_right else [word, word[: m.start()]]
    return [word]


def _occurrences(corpus: str, anchor: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Where ``anchor`` stands in the corpus (between ``lo`` and ``hi``), the first :data:`MAX_HITS` of them."""
    pos = lo
    end = len(corpus) if hi is None else hi
    for _ in range(MAX_HITS):
        i = corpus.find(anchor, pos, end)
        if i < 0:
            return
        yield i
        pos = i + 1


def _word_ending_at(corpus: str, end: int) -> int:
    """The start of the run of word characters that ends at ``end`` (``end`` itself when there is none)."""
    i = end
    while i > 0 and WORD.match(corpus[i - 1]):
        i -= 1
    return i


def candidates(corpus: str, hole: Hole, lo: int = 0, hi: int | None = None) -> dict[str, tuple[int, int]]:
    """Candidate words for a hole with the context each is attested in: ``{word: (left chars, right chars)}``,
    read in ``corpus[lo:hi]`` (the page around the hole: a page of megabytes is not read whole for each hole)."""
    out: dict[str, tuple[int, int]] = {}
    # the particle the hole kept agrees with every noun that fits it (grammar's evidence, weighed there): the
    # right side's agreement counts from after it, or ``받을 수 있는 ___이`` would be attested on both sides by
    # ``받을 수 있는 병원이`` whatever followed
    carried_particle = bool(hole.glued_right) and is_particle_chain(hole.glued_right)
    kept = len(hole.glued_right) if carried_particle else 0
    # left-anchored: occurrences of the text before the hole, then the word that follows them
    anchor = _anchor_left(hole.before, hole.glued_left)
    if anchor:
        for i in _occurrences(corpus, anchor, lo, hi):
            q = i + len(anchor)
            m = WORD.match(corpus, q)
            if not m:
                continue
            for w in _stem(m.group(), hole.glued_right):
                if w and len(w) <= MAX_WORD:
                    left, right = _common_suffix(hole.before, corpus, q), _common_prefix(hole.after, corpus, q + len(w))
                    _keep(out, w, left, max(0, right - kept))
    # right-anchored: occurrences of the text after the hole, then the word before them; a hole that carried a
    # particle is read by the left-anchored search alone (the word before a particle is the word with it)
    anchor = "" if carried_particle else _anchor_right(hole.after, hole.glued_right)
    if anchor:
        for i in _occurrences(corpus, anchor, lo, hi):
            start = _word_ending_at(corpus, i)
            if start == i:
                continue
            word = corpus[start:i]
            if hole.glued_left:
                if not word.startswith(hole.glued_left) or len(word) == len(hole.glued_left):
                    continue
                start += len(hole.glued_left)
            w = corpus[start:i]
            if len(w) <= MAX_WORD:
                _keep(out, w, _common_suffix(hole.before, corpus, start), _common_prefix(hole.after, corpus, i))
    return out


def _keep(out: dict[str, tuple[int, int]], w: str, left: int, right: int) -> None:
    old = out.get(w)
    if old is None or left + right > old[0] + old[1]:
        out[w] = (left, right)
