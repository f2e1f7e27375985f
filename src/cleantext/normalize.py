"""Text normalizers and the folded matching view.

:func:`clean_text` is what every block's text goes through: Unicode NFC, zero-width and control characters out,
NBSP to a space, whitespace collapsed.  It changes nothing a reader sees, so it is never reported as an edit.

:class:`Folded` is the view the spam stages match on: obfuscated spellings (``바 카 라``, ``카.지.노``,
``바\u200b카라``, ``ＢＥＴ``) fold to their plain form, and every folded character knows the offset of the
character it came from, so a match in the view is a span of the real text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u2061\u2062\u2063\u2064"
_ZW_TABLE = dict.fromkeys(map(ord, ZERO_WIDTH), None)
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = regex.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(s: str) -> str:
    """One line of text as a reader sees it: NFC, no invisible or control characters, single spaces."""
    if not s:
        return ""
    s = s.translate(_ZW_TABLE)
    s = _CONTROLS.sub("", s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    return _SPACES.sub(" ", s).strip()


def clean_lines(s: str) -> list[str]:
    """The non-empty lines of a text block, each cleaned."""
    return [x for x in (clean_text(ln) for ln in s.splitlines()) if x]


HANGUL = r"\uac00-\ud7a3"
# characters whose folded form differs from themselves in more than case: compatibility forms, fullwidth,
# invisible characters. Everything else folds with str.lower().
_SPECIAL = regex.compile(
    r"[\u00a0-\u00ff\u2000-\u206f\u2100-\u24ff\u3000-\u33ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u1100-\u11ff"
    r"\u3130-\u318f]|[^\x00-\u024f\uac00-\ud7a3]"
)
# separators that spam puts between the syllables of a word: dots between Hangul, and the spaces of a run of
# three or more single syllables (바 카 라 사 이 트)
_DOT_GAP = regex.compile(rf"(?<=[{HANGUL}])[.\u2024\u2027\uff0e](?=[{HANGUL}])")
_SPACED_RUN = regex.compile(rf"(?<![{HANGUL}\w])(?:[{HANGUL}][ .]+){{2,}}[{HANGUL}]")
_GAP = regex.compile(r"[ .]+")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in ZERO_WIDTH:
        return ""
    return unicodedata.normalize("NFKC", c).casefold()


class Folded:
    """A folded copy of ``text`` with the offset of each folded character in the original.

    >>> f = Folded("안전한 카.지.노")
    >>> f.text
    '안전한 카지노'
    >>> f.span(4, 7)
    (4, 9)
    """

    __slots__ = ("original", "pos", "text")

    def __init__(self, text: str):
        self.original = text
        out: list[str] = []
        pos: list[int] = []
        drop = self._separators(text)
        last = 0
        for a, b in drop:
            self._fold_piece(text, last, a, out, pos)
            last = b
        self._fold_piece(text, last, len(text), out, pos)
        self.text = "".join(out)
        pos.append(len(text))
        self.pos = pos

    @staticmethod
    def _separators(text: str) -> list[tuple[int, int]]:
        spans = [m.span() for m in _DOT_GAP.finditer(text)]
        for m in _SPACED_RUN.finditer(text):
            base = m.start()
            spans.extend((base + g.start(), base + g.end()) for g in _GAP.finditer(m.group()))
        spans.sort()
        return spans

    @staticmethod
    def _fold_piece(text: str, a: int, b: int, out: list[str], pos: list[int]) -> None:
        last = a
        for m in _SPECIAL.finditer(text, a, b):
            if m.start() > last:
                Folded._fold_plain(text, last, m.start(), out, pos)
            f = _fold_char(m.group())
            if f:
                out.append(f)
                pos.extend([m.start()] * len(f))
            last = m.end()
        if last < b:
            Folded._fold_plain(text, last, b, out, pos)

    @staticmethod
    def _fold_plain(text: str, a: int, b: int, out: list[str], pos: list[int]) -> None:
        piece = text[a:b].lower()
        if len(piece) == b - a:
            out.append(piece)
            pos.extend(range(a, b))
            return
        for i in range(a, b):  # a character whose lower case is longer (İ): keep offsets exact
            f = text[i].lower()
            out.append(f)
            pos.extend([i] * len(f))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded characters ``start:end`` came from."""
        if end <= start:
            o = self.pos[start] if start < len(self.pos) else len(self.original)
            return o, o
        return self.pos[start], self.pos[end - 1] + 1


def fold(text: str) -> str:
    """The folded form alone (no offsets): for comparing keywords."""
    return Folded(text).text
