"""Text normalizers and the folded matching view.

:func:`clean_text` is what every block's text goes through: Unicode NFC, zero-width and control characters out,
NBSP to a space, whitespace collapsed.  It changes nothing a reader sees, so it is never reported as an edit.

:class:`Folded` is the view the spam stages match on: obfuscated spellings (``바 카 라``, ``카.지.노``,
``바\u200b카라``, ``ＢＥＴ``) fold to their plain form, and every folded character knows the offset of the
character it came from, so a match in the view is a span of the real text.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from .korean import DOTS, syllables_apart

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u2061\u2062\u2063\u2064"
_ZW_TABLE = dict.fromkeys(map(ord, ZERO_WIDTH), None)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(s: str, keep_invisible: bool = False) -> str:
    """One line of text as a reader sees it: NFC, no invisible or control characters, single spaces.

    ``keep_invisible`` keeps zero-width characters (the parsers keep them, so that the spam stages can see which
    words were written with them; :func:`drop_invisible` takes them out afterwards)."""
    if not s:
        return ""
    if s.isprintable() and "  " not in s and s[0] != " " and s[-1] != " ":
        # no control, invisible or whitespace character but single spaces inside (none of them is printable):
        # only NFC is left to do, and it makes none of them
        return s if s.isascii() else unicodedata.normalize("NFC", s)
    if not keep_invisible:
        s = s.translate(_ZW_TABLE)
    s = _CONTROLS.sub("", s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    return _SPACES.sub(" ", s).strip()


def is_clean(s: str) -> bool:
    """Whether ``drop_invisible(clean_text(s, keep_invisible=True))`` leaves ``s`` as it is, with no invisible
    word: a text with no control, invisible or whitespace character but single spaces inside (none of them is
    printable) that is composed already (NFC).  One test for most blocks of a page instead of both calls."""
    return bool(s) and s.isprintable() and "  " not in s and s[0] != " " and s[-1] != " " and (
        s.isascii() or unicodedata.is_normalized("NFC", s))


# a word written with invisible characters: the run of one script around them (a Latin name glued to a Korean
# word ends where the Korean word starts)
_INVISIBLE_WORD = re.compile(
    rf"[A-Za-z0-9]*(?:[{ZERO_WIDTH}]+[A-Za-z0-9]+)+|[가-힣0-9]*(?:[{ZERO_WIDTH}]+[가-힣0-9]+)+"
)


def drop_invisible(s: str) -> tuple[str, list[tuple[int, int]]]:
    """``s`` without zero-width characters, and the spans (in the result) of the words that had them: a word
    written with invisible characters inside was written so to slip past filters."""
    if s.isprintable() or not any(c in s for c in ZERO_WIDTH):  # zero-width characters are not printable
        return s, []
    out = _SPACES.sub(" ", s.translate(_ZW_TABLE)).strip()
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _INVISIBLE_WORD.finditer(s):
        word = m.group().translate(_ZW_TABLE)
        i = out.find(word, pos) if word else -1
        if i >= 0:
            spans.append((i, i + len(word)))
            pos = i + len(word)
    return out, spans


def clean_lines(s: str) -> list[str]:
    """The non-empty lines of a text block, each cleaned."""
    return [x for x in (clean_text(ln) for ln in s.splitlines()) if x]


HANGUL = r"\uac00-\ud7a3"
# characters whose folded form differs from themselves in more than case: compatibility forms, fullwidth,
# invisible characters. Everything else folds with str.lower().
_SPECIAL = re.compile(
    r"[\u00a0-\u00ff\u2000-\u206f\u2100-\u24ff\u3000-\u33ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u1100-\u11ff"
    r"\u3130-\u318f]|[^\x00-\u024f\uac00-\ud7a3]"
)
# separators that spam puts between the syllables of a word: dots between Hangul, and the spaces of a run of
# three or more single syllables (바 카 라 사 이 트)
# the character the engine can scan for comes first, the look-behind after it: several times faster
# (not the full stop after a sentence ending in 다, 요 or 죠, 증가했다.KW, where a space was left out)
_DOT_GAP = re.compile(rf"[{DOTS}](?<=[{HANGUL}].)(?<![{HANGUL}][다요죠]\.)(?=[{HANGUL}])")
_PLAIN_DOT_GAP = re.compile(rf"\.(?<=[{HANGUL}].)(?<![{HANGUL}][다요죠]\.)(?=[{HANGUL}])")  # without the other dots
_SPACED_RUN = re.compile(syllables_apart("[ .]+", 3))
# where such a run may start (a syllable starting a word, a space or a dot, a syllable, spaces or dots, a
# syllable that ends the run or is followed by another space or dot): searched from the separator, a character
# the engine scans for quickly, not from every syllable
_SPACED_RUN_AT = tuple(
    re.compile(rf"{sep}(?<=(?<!\w)[{HANGUL}]{sep})[ .]*[{HANGUL}][ .]+[{HANGUL}](?![{HANGUL}])")
    for sep in (" ", r"\.")
)
_GAP = re.compile(r"[ .]+")
_HANGUL_SYLLABLE = re.compile(rf"[{HANGUL}]")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """A character's folded form: nothing for an invisible one, its compatibility form in lower case when that
    is one character (ＢＥＴ, ⓑ, 𝐛), else itself (… stays …): folding never lengthens the text."""
    if c in ZERO_WIDTH:
        return ""
    f = unicodedata.normalize("NFKC", c).casefold()
    return f if len(f) == 1 else c


_PLAIN_RUNS = re.compile(r"[\x00-\x7f\uac00-\ud7a3]+")
# scripts most of whose letters fold with lower() alone, like ASCII and Hangul syllables (which of them do is
# worked out character by character, once, when a page in one of them comes)
_LOWER_SCRIPTS = ((0x0370, 0x03FF), (0x0400, 0x052F), (0x3040, 0x30FF))


def _folds_by_lower(c: str) -> bool:
    """Whether the folded form of ``c`` is ``c`` or ``c.lower()``: such a character needs no entry of
    :func:`_one_to_one`'s table (Σ does: lower() makes it σ or ς by its place, folding always σ)."""
    f = _fold_char.__wrapped__(c)  # uncached: the cache is for the characters of pages
    return len(f) == 1 and (f == c or (f == c.lower() and c != "\u03a3"))


@cache
def _wide_plain_runs() -> re.Pattern:
    """Runs of ASCII and the letters of :data:`_LOWER_SCRIPTS` that fold with lower() (not Hangul syllables: a
    text in those scripts rarely has any, and :func:`_distinct_unplain` then lists those it has)."""
    chars = [chr(cp) for a, b in _LOWER_SCRIPTS for cp in range(a, b + 1) if _folds_by_lower(chr(cp))]
    return re.compile(r"[\x00-\x7f" + "".join(re.escape(c) for c in chars) + "]+")


@cache
def _wide_non_letters() -> set[str]:
    """The characters of :func:`_wide_plain_runs` that are no letters (``・``, combining marks)."""
    return {chr(cp) for a, b in _LOWER_SCRIPTS for cp in range(a, b + 1)
            if _folds_by_lower(chr(cp)) and not chr(cp).isalpha()}


def _distinct_unplain(text: str) -> tuple[set[str], bool]:
    """The distinct characters of ``text``, less (when they make most of it) the runs of characters that fold
    with lower(): ``set()`` of a long text of non-Latin-1 characters makes a string of every character, which
    costs more than cutting the runs out first.  Every character of ``text`` but ASCII, Hangul syllables and
    letters is in it (perhaps with a few more): what a search for rarer characters can be spared by.  And
    whether its Hangul syllables are in it too."""
    sample = text[:4000]
    if len(without_ascii(sample)) * 10 < len(sample):  # a text mostly in ASCII: its other characters, Hangul too
        return set(without_ascii(text)), True
    for runs in (_PLAIN_RUNS, _wide_plain_runs()):
        if len(runs.sub("", sample)) * 10 < len(sample):
            found = set(runs.sub("", text))
            if runs is _PLAIN_RUNS:
                return found, False
            return found | _wide_non_letters(), True
    return set(text), True


_ASCII_BYTES = bytes(range(0x80))


def without_ascii(text: str) -> str:
    """``re.sub(r"[\\x00-\\x7f]+", "", text)``: the characters of ``text`` that are not ASCII, in order, in three C
    passes that stop at nothing (the engine stops at every run): the text's UTF-8 without its ASCII bytes is the
    UTF-8 of those characters, since every byte of a longer sequence is 0x80 or more (a lone surrogate's too,
    passed both ways)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _one_to_one(chars: set[str]) -> dict[str, str] | None:
    """A translation table folding every non-ASCII character of a text into exactly one character, or ``None``
    when some character folds into none or several (then offsets must be tracked one by one); ``chars``: the
    text's :func:`_distinct_unplain` characters."""
    table: dict[str, str] = {}
    for c in chars:
        if c.isascii():
            continue
        f = _fold_char(c)
        if len(f) != 1:
            return None
        # lower() runs over the whole text afterwards anyway (but Σ lowers by its place in the word: σ or ς)
        if f != c and (f != c.lower() or c == "\u03a3"):
            table[c] = f
    return table


# Cyrillic letters that look like Latin ones, in lower case (а, о in NОVАWIN), and the Latin they stand for
_LOOKALIKE, _LATIN = "авекмнорстухіѕјԁӏ", "abekmhopctyxisjdl"
_READINGS = str.maketrans(_LOOKALIKE + _LOOKALIKE.upper(), _LATIN + _LATIN.upper())
_LOOKALIKE_CHARS = frozenset(_LOOKALIKE + _LOOKALIKE.upper())
CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_SEARCHED = 4000  # a text up to this long is searched for Cyrillic letters whatever its characters say
_WORD_CHARS = f"a-z0-9{_LOOKALIKE}"
#: a word with a Latin letter and a Cyrillic look-alike side by side, in either case (not ``1920х1080``, a
#: Cyrillic х between digits)
MIXED_SCRIPTS = re.compile(rf"(?<![{_WORD_CHARS}])[{_WORD_CHARS}]*?(?:[a-z][{_LOOKALIKE}]|[{_LOOKALIKE}][a-z])"
                           rf"[{_WORD_CHARS}]*", re.I)


def latin_reading(word: str) -> str:
    """``word`` with its Cyrillic look-alikes read as the Latin letters they look like, case kept."""
    return word.translate(_READINGS)


def _latin_lookalikes(text: str, chars: set[str]) -> str:
    """``text`` (folded) with the Cyrillic look-alikes of a word that mixes them with Latin letters made Latin:
    ``nоvаwin365`` with Cyrillic о and а reads ``novawin365``, as spam disguises its names; a Cyrillic word alone
    stays itself.  A long text is searched only when its characters (``chars``) hold a look-alike: they list a
    text's Cyrillic letters unless it is mostly in such letters (:func:`_distinct_unplain`), no page of Korean."""
    if chars.isdisjoint(_LOOKALIKE_CHARS) and (len(text) > _CYRILLIC_SEARCHED or not CYRILLIC.search(text)):
        return text
    return MIXED_SCRIPTS.sub(lambda m: latin_reading(m.group()), text)


_LOWER_PIECE = 1 << 18


def _lower(text: str) -> str:
    """``text.lower()``, a long text in pieces of about :data:`_LOWER_PIECE` characters: ``str.lower`` works in a
    buffer of twelve bytes a character (six times a Korean text's own size: the peak of a long page's
    cleaning), a piece at a time that is a few megabytes.  Each piece ends after a space or a newline, which no
    letter's lower case looks across (only Σ's depends on its neighbours; neither is a letter or ignored by
    case)."""
    if len(text) <= _LOWER_PIECE or text.isascii():
        return text.lower()
    pieces, a, n = [], 0, len(text)
    while a < n:
        b = a + _LOWER_PIECE
        if b < n:
            # after the last space or newline of the piece; with none, after the next one (or at the end)
            cut = max(text.rfind(" ", a, b), text.rfind("\n", a, b))
            if cut < 0:
                later = [j for j in (text.find(" ", b), text.find("\n", b)) if j >= 0]
                cut = min(later) if later else n - 1
            b = cut + 1
        pieces.append(text[a:b].lower())
        a = b
    return "".join(pieces)


def _substitute(text: str, table: dict[str, str]) -> str:
    chars = re.compile("[" + "".join(re.escape(c) for c in table) + "]")
    return chars.sub(lambda m: table[m.group()], text)


def _spaced_runs(text: str) -> Iterator[re.Match]:
    """``_SPACED_RUN.finditer(text)``: the run at each place where one may start (see :data:`_SPACED_RUN_AT`),
    from the left, each after the end of the one before."""
    starts = set()
    for at in _SPACED_RUN_AT:
        m = at.search(text)
        while m:
            starts.add(m.start() - 1)
            m = at.search(text, m.start() + 1)
    end = 0
    for x in sorted(starts):
        if x >= end:
            m = _SPACED_RUN.match(text, x)
            if m:
                yield m
                end = m.end()


class Folded:
    """A folded copy of ``text`` with the offset of each folded character in the original.

    >>> f = Folded("안전한 카.지.노")
    >>> f.text
    '안전한 카지노'
    >>> f.span(4, 7)
    (4, 9)
    """

    __slots__ = ("_flen", "_fstart", "_olen", "_ostart", "chars", "hangul_listed", "original", "spaced", "text")

    def __init__(self, text: str, keep_original: bool = True):
        """``keep_original``: keep ``text`` as ``original`` (else ``None``: :func:`fold_all`'s view of a whole page
        needs only its length, and a long page's copy is spared)."""
        self.original: str | None = text if keep_original else None
        self._olen = len(text)
        #: every character of the text but ASCII, Hangul syllables and letters (perhaps a few more)
        self.chars: set[str] = set()
        self.hangul_listed = True  #: ``chars`` has the text's Hangul syllables too
        #: where each run of syllables spaced apart that folding joins starts (``_SPACED_RUN``, found from the
        #: left, none overlapping), in the text
        self.spaced: list[int] = []
        # the offset map, in segments: folded character i of segment k (the last with _fstart[k] <= i) comes
        # from original character _ostart[k] + i - _fstart[k]; None: every folded character is the one at the
        # same offset.  Segments change only at separators and at characters that fold to another length, so a
        # long page costs a few numbers, not one per character.
        self._fstart: array | None = None
        self._ostart: array | None = None
        if text.isascii():  # no Hangul to join, nothing to widen: lower case, same offsets
            self.text = text.lower()
            return
        self.chars, self.hangul_listed = _distinct_unplain(text)
        table = _one_to_one(self.chars)
        folded = None
        if table is not None:
            # a substitution of the few characters concerned: str.translate walks every character in Python
            folded = _lower(_substitute(text, table) if table else text)
            if len(folded) != len(text):
                folded = None
        # the separators stand between Hangul syllables: none to look for when the characters show none
        seps: list[tuple[int, int]] = []
        if not self.hangul_listed or any("가" <= c <= "힣" for c in self.chars):
            seps, self.spaced = self._separators(text)
        if folded is not None and not seps:
            self.text = _latin_lookalikes(folded, self.chars)
            return
        out: list[str] = []
        self._fstart, self._ostart = array("q"), array("q")  # machine integers
        self._flen = 0
        last = 0
        for a, b in seps:
            self._piece(text, folded, last, a, out)
            last = b
        self._piece(text, folded, last, len(text), out)
        self.text = _latin_lookalikes("".join(out), self.chars)

    @classmethod
    def joined(cls, parts: list[Folded]) -> Folded:
        """The view of the parts' texts joined by newlines, made of their views (each text folded alone): its
        text the parts' joined, its offset map theirs moved to where each part starts (and a segment for each
        newline between two parts), its characters all of theirs."""
        if len(parts) == 1:
            return parts[0]
        whole = cls.__new__(cls)
        whole.original = None
        whole._olen = sum(p._olen for p in parts) + len(parts) - 1
        whole.chars = set().union(*(p.chars for p in parts))
        whole.hangul_listed = all(p.hangul_listed for p in parts)
        whole.text = "\n".join(p.text for p in parts)
        whole.spaced, obase = [], 0
        for p in parts:
            whole.spaced += [obase + x for x in p.spaced]
            obase += p._olen + 1
        if all(p._fstart is None for p in parts):
            whole._fstart = whole._ostart = None  # every part folded one for one: so is the whole
            return whole
        fstart, ostart = array("q"), array("q")
        fbase = obase = 0
        for k, p in enumerate(parts):
            if p._fstart is None or p._ostart is None:
                segments = [(0, 0)]  # folded one for one
            else:
                segments = list(zip(p._fstart, p._ostart, strict=True))
            if k + 1 < len(parts):
                segments.append((len(p.text), p._olen))  # the newline after the part: the original's newline
            for f, o in segments:
                f, o = fbase + f, obase + o
                if not (fstart and o - ostart[-1] == f - fstart[-1]):  # not the last segment going on
                    fstart.append(f)
                    ostart.append(o)
            fbase += len(p.text) + 1
            obase += p._olen + 1
        whole._fstart, whole._ostart = fstart, ostart
        return whole

    def _piece(self, text: str, folded: str | None, a: int, b: int, out: list[str]) -> None:
        """Text between separators: cut from the one-for-one folding when there is one, else folded here."""
        if folded is not None:
            self._emit(out, folded[a:b], a)
        else:
            self._fold_piece(text, a, b, out)

    @staticmethod
    def _separators(text: str) -> tuple[list[tuple[int, int]], list[int]]:
        """The spans of the separators folding drops, and where each run of syllables spaced apart starts."""
        if not _HANGUL_SYLLABLE.search(text):  # both kinds of separator stand between syllables: one scan
            return [], []
        # a literal is scanned for far faster than a class: most texts have only the full stop of those dots
        dot_gap = _DOT_GAP if any(c in text for c in DOTS[1:]) else _PLAIN_DOT_GAP
        spans = [m.span() for m in dot_gap.finditer(text)]
        runs = []
        for m in _spaced_runs(text):
            base = m.start()
            runs.append(base)
            spans.extend((base + g.start(), base + g.end()) for g in _GAP.finditer(m.group()))
        spans.sort()
        return spans, runs

    def _emit(self, out: list[str], piece: str, orig: int) -> None:
        """Append ``piece`` (folded) that comes from original offset ``orig`` onwards, one for one."""
        if not piece:
            return
        f, o = self._fstart, self._ostart
        # extend the current segment when this piece continues it exactly
        if not (f and o[-1] + (self._flen - f[-1]) == orig):
            f.append(self._flen)
            o.append(orig)
        out.append(piece)
        self._flen += len(piece)

    def _fold_piece(self, text: str, a: int, b: int, out: list[str]) -> None:
        last = a
        for m in _SPECIAL.finditer(text, a, b):
            if m.start() > last:
                self._fold_plain(text, last, m.start(), out)
            self._emit_char(out, _fold_char(m.group()), m.start())
            last = m.end()
        if last < b:
            self._fold_plain(text, last, b, out)

    def _fold_plain(self, text: str, a: int, b: int, out: list[str]) -> None:
        piece = _lower(text[a:b])
        if len(piece) == b - a:
            self._emit(out, piece, a)
            return
        for i in range(a, b):  # a character whose lower case is longer (İ): keep offsets exact
            self._emit_char(out, text[i].lower(), i)

    def _emit_char(self, out: list[str], f: str, orig: int) -> None:
        """Append the fold ``f`` of the one character at original offset ``orig``: every character of a longer
        fold points at it (none for a dropped one)."""
        if len(f) == 1:
            self._emit(out, f, orig)
            return
        for c in f:
            self._fstart.append(self._flen)
            self._ostart.append(orig)
            out.append(c)
            self._flen += 1

    def _orig(self, i: int) -> int:
        assert self._fstart is not None and self._ostart is not None
        if i >= len(self.text):
            return self._olen
        k = bisect_right(self._fstart, i) - 1
        return self._ostart[k] + i - self._fstart[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded characters ``start:end`` came from."""
        if self._fstart is None:
            return start, max(start, end)
        if end <= start:
            return self._orig(start), self._orig(start)
        return self._orig(start), self._orig(end - 1) + 1


class FoldedSlice:
    """The folded view of one of several texts folded together (see :func:`fold_all`), with the same
    interface as :class:`Folded`: ``text`` and ``span`` in the coordinates of that one text."""

    __slots__ = ("_text", "base", "fold_base", "fold_end", "parent")

    def __init__(self, parent: Folded, fold_base: int, fold_end: int, base: int):
        self.parent = parent
        self.fold_base = fold_base
        self.fold_end = fold_end
        self.base = base
        self._text: str | None = None

    @property
    def text(self) -> str:
        """Cut from the whole view when first asked: a clean long page never asks, and keeps no second copy."""
        if self._text is None:
            self._text = self.parent.text[self.fold_base : self.fold_end]
        return self._text

    def span(self, start: int, end: int) -> tuple[int, int]:
        a, e = self.parent.span(self.fold_base + start, self.fold_base + end)
        return a - self.base, e - self.base


_FOLD_CHUNK = 1 << 20  # characters of texts that :func:`fold_all` folds at once


def text_groups(texts: Iterable[str], chars: int) -> Iterator[list[str]]:
    """``texts`` in consecutive groups of about ``chars`` characters (a newline counted after each), at least one
    group: the pieces a long page's text is worked on in, so that it is never joined whole."""
    group: list[str] = []
    size = 0
    yielded = False
    for t in texts:
        group.append(t)
        size += len(t) + 1
        if size >= chars:
            yield group
            group, size, yielded = [], 0, True
    if group or not yielded:
        yield group


def fold_all(texts: list[str]) -> tuple[Folded, list[FoldedSlice]]:
    """Fold many one-line texts in a few passes (not one per text), joined by newlines, which folding never
    removes: the whole view, and a slice of it for each text.

    The texts are folded a chunk of about :data:`_FOLD_CHUNK` characters at a time and the chunks' views joined
    (:meth:`Folded.joined`): no fold looks across a newline, so the view is the one of the whole text folded at
    once, without a long page's whole text, its copies (substituted, lower-cased, cut at separators) and their
    pieces all held at once (the peak memory of its cleaning)."""
    chunks = [Folded("\n".join(group), keep_original=False) for group in text_groups(texts, _FOLD_CHUNK)]
    whole = Folded.joined(chunks)
    del chunks
    slices: list[FoldedSlice] = []
    base = fbase = 0
    for t in texts:
        fend = whole.text.find("\n", fbase)
        if fend < 0:
            fend = len(whole.text)
        slices.append(FoldedSlice(whole, fbase, fend, base))
        base += len(t) + 1
        fbase = fend + 1
    return whole, slices


def digits_ascii(f: Folded) -> bool:
    """Whether the only digits of ``f.text`` are ASCII ones: none of the text's rarer characters is a digit or
    folds to one (ASCII characters, Hangul syllables and letters never do)."""
    return not any(map(_is_other_digit, f.chars))


def may_have_hangul(f: Folded) -> bool:
    """Whether ``f.text`` may have a Hangul syllable: false only when the text's characters are all known and
    none is or folds to one (a circled ㉮ does)."""
    return not f.hangul_listed or any(map(_is_hangul, f.chars))


# the two tests above, character by character: a page in Chinese or Japanese lists a thousand characters or more,
# each tested in its three forms, and the pages of one script repeat most of them (cached)
@lru_cache(maxsize=1 << 16)
def _is_other_digit(c: str) -> bool:
    """Whether ``c``, its fold or its lower case is a digit other than an ASCII one."""
    return any(not x.isascii() and x.isdecimal() for x in c + _fold_char(c) + c.lower())


@lru_cache(maxsize=1 << 16)
def _is_hangul(c: str) -> bool:
    """Whether ``c``, its fold or its lower case is a Hangul syllable."""
    return any("가" <= x <= "힣" for x in c + _fold_char(c) + c.lower())


def fold(text: str) -> str:
    """The folded form alone (no offsets): for comparing keywords.  Short texts are cached: the spam stages fold
    the same ones (list items, keywords, their parts) several times a page, and a site's pages share many; a long
    one is folded each time, so the cache never holds a page's paragraphs."""
    return _fold_short(text) if len(text) <= _CACHED_FOLD else Folded(text).text


_CACHED_FOLD = 200


@lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    return Folded(text).text
