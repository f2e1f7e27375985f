"""Names carrying particles that cannot follow them: the particles of the word each one replaced.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

from ..korean import (
    CASE_MARKERS,
    SYLLABLES,
    SYLLABLES_OR_NONE,
    alternation,
    is_particle_chain,
    leading_particle,
    particle_fits,
)
from ..normalize import fold
from .layout import NAME
from .page import (
    MISFIT_ONCE,
    PLURAL_CAPITALS,
    PLURAL_NAME,
    REPLACED,
    SEVERAL,
    W_CERTAIN,
    W_MEDIUM,
    Clue,
    Page,
    norm_keyword,
)

# what a name needs at least (a letter before a digit, or two capitals and two letters more): the blocks worth
# reading, in one scan of the article led by the characters the engine scans for
_NAME_HINT = re.compile(r"[A-Z\d](?:(?<=[A-Za-z가-힣]\d)|(?<=[A-Z])[A-Za-z]*[A-Z][A-Za-z]{2})")
# the same on a page whose digits are all ASCII: a range is tested faster than \d
_NAME_HINT_ASCII = re.compile(r"[A-Z0-9](?:(?<=[A-Za-z가-힣][0-9])|(?<=[A-Z])[A-Za-z]*[A-Z][A-Za-z]{2})")
_SYLLABLES_AFTER_DIGIT = re.compile(r"(?<=\d)[가-힣]+$")


def names(page: Page) -> list[Clue]:
    """Name-shaped tokens in no list (``포세이돈98``, ``MACAU7``) carrying a particle that cannot follow them: the
    particle belongs to the word the token replaced (a number is read the Korean way: 88 ends in 팔)."""
    clues = []
    _, _, blocks = page.article()
    # (the hint takes ASCII letters and digits only on a page whose digits are all ASCII: searched in the runs of
    # them, which the article's scans for Latin names share)
    hinted = page.blocks_with_in_runs(_NAME_HINT_ASCII) if page.ascii_digits else page.blocks_with(_NAME_HINT)
    for i in sorted(hinted):
        b = blocks[i]
        for m in NAME.finditer(b.text):
            name, end = m.group(), m.end()
            tail = _SYLLABLES_AFTER_DIGIT.search(name)  # 포세이돈98였다: the particle glued after the digits
            if tail and is_particle_chain(tail.group()):
                name, end = name[: tail.start()], m.start() + tail.start()
            after = SYLLABLES_OR_NONE.match(b.text[end:]).group()
            part = leading_particle(after)
            if part and particle_fits(name, part) is False and not _a_model_of_the_storys(page, name):
                # (in every reading: V3를 is 브이쓰리를)
                why = f"the particle {part} cannot follow {name}"
                clues.append(Clue(norm_keyword(name), why, W_CERTAIN, b.id, m.start(), end))
            elif after.startswith("들") and is_particle_chain(after[1:]):
                # MACAU7들은: a name takes no plural; the noun it replaced did (weak alone: 갤럭시S24들 may be said)
                clues.append(Clue(norm_keyword(name), PLURAL_NAME, W_MEDIUM, b.id, m.start(), end))
        for m in _CAPITALS_PLURAL.finditer(b.text):  # LUCKYPEAK들은: glued, so no whole word NAME matches
            if is_particle_chain(SYLLABLES_OR_NONE.match(b.text, m.end() + 1).group()):
                clues.append(Clue(norm_keyword(m.group()), PLURAL_CAPITALS, W_MEDIUM, b.id, m.start(), m.end()))
    return clues + _mixed_markers(page)


_LETTERS_THEN_DIGITS = re.compile(r"(.*?[A-Za-z가-힣])(\d+)")


def _a_model_of_the_storys(page: Page, name: str) -> bool:
    """Whether ``name`` is another model of a line the story's headline names (``갤럭시S25`` in a story about
    ``갤럭시S26``): its letters stand there with other digits.  A particle after it that does not fit is the
    writer's slip; spam's names are no kin of the headline's (spam's own variants, 골드벳77 and 골드벳88, are not
    in the headline)."""
    m = _LETTERS_THEN_DIGITS.fullmatch(fold(name))
    if m is None or len(m.group(1)) < 2:
        return False
    return re.search(rf"(?<![\w]){re.escape(m.group(1))}(?!{m.group(2)}(?!\d))\d+", page.headline) is not None


# a Latin name in capitals glued to the plural 들, seven letters long at least: acronyms (CCTV들이, VVIP들이), a
# fandom's name (ORBITS들이) and names written in mixed case (MacBook들은, YouTuber들이) take the plural; with
# digits, NAME reads the name (STARWAVE9들은)
_CAPITALS_PLURAL = re.compile(r"(?<![\w])[A-Z]{7,}(?=들)")


# a word and its case marker, glued or after a parenthesis that the marker does not read (별빛라운지(가운데)이:
# the marker belongs to the word before the parenthesis)
_MARKER_AFTER = r"(?:\([^()\n]{1,20}\))?(" + alternation(CASE_MARKERS) + r")(?!\w)"
# a Hangul word of four syllables or more, first tested by a look-ahead that every match passes (after its four
# syllables comes a fifth, the parenthesis or the marker, a syllable too): most words of a Korean text are shorter
# and fail it at once, where the lazy repeat would try the markers after each syllable (the article's scan for
# markers a third faster)
_HANGUL_WORD = r"(?=[가-힣]{4}[가-힣(])[가-힣]{4,}?"
assert all("가" <= m[0] <= "힣" for m in CASE_MARKERS)  # what the look-ahead takes for granted
_MARKED = r"([A-Za-z][A-Za-z0-9]+|" + _HANGUL_WORD + ")" + _MARKER_AFTER
_HANGUL_MARKED = "(" + _HANGUL_WORD + ")" + _MARKER_AFTER  # its Hangul words alone
_MARKER_AFTER_RE = re.compile(_MARKER_AFTER)
_MARKED_WORD = re.compile(r"(?<!\w)" + _MARKED)
_NOT_WORD_ASCII = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))
# _MARKED_WORD found from the character before the word, which is no word's (a class is scanned for faster than a
# look-behind is tried at every character); _HANGUL_MARKED_AFTER: its Hangul words alone.  One class for every page
# (\W, not a class of the page's own characters that are no word's: on the page's text the same characters, and a
# pattern of Hangul classes compiled for each page took a millisecond, fifty times its search)
_MARKED_AFTER = re.compile(r"\W" + _MARKED)
_HANGUL_MARKED_AFTER = re.compile(r"\W" + _HANGUL_MARKED)
# on a long article the class is the page's own, after all: the engine tests a class of literals at each character
# a third faster than the category \W, which pays for the compilation (a millisecond) from a few hundred thousand
# characters on (a 10 MB page: 4 M characters, 40 ms less)
_PAGE_CLASS_FROM = 1 << 18


@lru_cache(maxsize=32)
def _hangul_marked_after(others: str) -> re.Pattern:
    """:data:`_HANGUL_MARKED_AFTER` on a text whose characters that are no word's are ASCII ones or ``others``:
    ``\\W`` written as the class of those characters, the same matches."""
    return re.compile("[" + re.escape(_NOT_WORD_ASCII + others) + "]" + _HANGUL_MARKED)


def _marked_words(text: str, page: Page) -> Iterator[tuple[str, str, int, int]]:
    """``(word, marker, start, end of the word)`` of each match of ``_MARKED_WORD.finditer(text)``, ``text``
    being the article's: found from the character before each word when the page's characters are known (the
    matches taken from the left are the same: the character before a word never ends the match before it)."""
    if page.chars is None:
        for m in _MARKED_WORD.finditer(text):
            yield m.group(1), m.group(2), m.start(), m.end(1)
        return
    pos = 0
    m = _MARKED_WORD.match(text)
    if m:
        yield m.group(1), m.group(2), 0, m.end(1)
        pos = m.end()
    others = "".join(sorted(c for c in page.chars if not (c.isalnum() or c == "_")))
    found = _split_marked(text, page, pos, others)
    if found is not None:
        yield from found
        return
    for m in _MARKED_AFTER.finditer(text, pos):
        yield m.group(1), m.group(2), m.start(1), m.end(1)


def _split_marked(text: str, page: Page, pos: int, others: str) -> list[tuple[str, str, int, int]] | None:
    """The matches of ``_MARKED_AFTER.finditer(text, pos)``, its Latin words and its Hangul ones found
    apart: the Latin ones from the article's runs of ASCII letters and digits (:meth:`Page.alnum_runs`: a Latin
    word is a whole run, after a character of the class, before the markers), the Hangul ones by a scan that
    tries no Latin word at each space.  Merged by place; ``None`` when two of them overlap (the one scan would
    have passed over one of them: the caller scans)."""
    seps = set(_NOT_WORD_ASCII + others)
    hangul_after = _hangul_marked_after(others) if len(text) >= _PAGE_CLASS_FROM else _HANGUL_MARKED_AFTER
    spans: list[tuple[int, int, tuple[str, str, int, int]]] = []  # (start of the match, its end, what it yields)
    for s, e in page.alnum_runs():
        if s - 1 >= pos and e - s >= 2 and text[s] > "9" and text[s - 1] in seps:
            m = _MARKER_AFTER_RE.match(text, e)
            if m:
                spans.append((s - 1, m.end(), (text[s:e], m.group(1), s, e)))
    if spans:
        spans += [(m.start(), m.end(), (m.group(1), m.group(2), m.start(1), m.end(1)))
                  for m in hangul_after.finditer(text, pos)]
        spans.sort(key=lambda x: x[0])
        if any(b[0] < a[1] for a, b in pairwise(spans)):
            return None
        return [x[2] for x in spans]
    return [(m.group(1), m.group(2), m.start(1), m.end(1)) for m in hangul_after.finditer(text, pos)]


def _mixed_markers(page: Page) -> list[Clue]:
    """A word glued to case markers of both forms (``LUCKYPEAK이`` and ``LUCKYPEAK는``, ``별님라운지가`` and
    ``별님라운지을``): no word ends both in a vowel and in a consonant, so it stands for more than one word, the
    way a keyword put in the place of several words does.  One particle alone proves nothing: how a Latin word is
    read is unknown (KT는, LG가 read letter by letter), and a short Hangul word may end in what looks like a
    particle (나이, 마을).  So: both forms, or for a Hangul word two markers that cannot follow it; a word used at
    least three times; Hangul words of four syllables or more.  Korean pages only."""
    if not page.korean:
        return []
    text, starts, blocks = page.article()
    seen: dict[str, dict[str, tuple[int, int, int]]] = {}
    # one scan of the whole article: a match never takes a newline, and one stands at each block's edges
    for word, marker, a, e in _marked_words(text, page):
        markers = seen.setdefault(word, {})
        if marker not in markers:
            i = bisect_right(starts, a) - 1
            markers[marker] = (blocks[i].id, a - starts[i], e - starts[i])
    clues = []
    for word, markers in seen.items():
        forms = {CASE_MARKERS[x]: x for x in markers}
        misfits = [x for x in markers if particle_fits(word, x) is False]
        weight = W_CERTAIN
        if len(forms) == 2 and not _the_headlines_name_read_two_ways(page, word, forms.values()):
            why = f"{word} takes both {forms['C']} and {forms['V']}: it {SEVERAL}"
        elif len(misfits) >= 2:  # 별님라운지은, 별님라운지을: the markers of a word ending in a consonant
            why = f"{word} takes {' and '.join(misfits)}, which cannot follow it: it {REPLACED}"
        # (one 가 after a consonant proves nothing: it is also a suffix, 설치미술가, 작곡가)
        elif misfits and misfits != ["가"] and SYLLABLES.fullmatch(word) and _stands_alone(word, text):
            why, weight = MISFIT_ONCE, W_MEDIUM
        else:
            continue
        if text.count(word) >= 3:  # the word never takes a newline: as often as in the blocks one by one
            bid, a, e = markers[misfits[0] if misfits else forms["V"]]
            clues.append(Clue(norm_keyword(word), why, weight, bid, a, e))
    return clues


def _the_headlines_name_read_two_ways(page: Page, word: str, markers: Iterable[str]) -> bool:
    """Whether ``word`` is a name the headline says whose last digit is read two ways (9 as 구 or 나인), each of
    ``markers`` fitting one reading (``STELLA9가``, ``STELLA9을``): the story's name, its writer reading the digit
    both ways.  Spam's name in the place of several words is not the headline's (or a twin of the headline shows
    it)."""
    return (word[-1:].isdigit() and fold(word) in page.headline
            and any(particle_fits(word, m) is None for m in markers))


def _stands_alone(word: str, text: str) -> bool:
    """Whether ``word`` is a noun of its own somewhere: standing as a word, followed by a space or punctuation, or
    taking the plural 들.  What a misfit particle follows is then a word, not the start of a longer one (어린아이,
    시골마을 never leave 어린아, 시골마 alone)."""
    # the word first, then what stands around it (a look-behind written after the word): the engine scans for the
    # word's literal text instead of trying the look-behind at every character of a long article; the same matches
    # as ``(?<![가-힣])word(?!\w)|word들`` (at the text's start the look-behind finds nothing either way)
    return re.search(rf"{word}(?:들|(?!\w)(?<![가-힣]{word}))", text) is not None
