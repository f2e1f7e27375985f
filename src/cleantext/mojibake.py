"""Repair Korean text that was decoded with the wrong codec.

Four kinds are seen on real Korean pages:

* UTF-8 read as Windows-1252 / Latin-1 (``ìž¥ê´€`` for ``장관``),
* UTF-8 read as Greek Windows-1253 (``λ΅κ·ΈμΈ`` for ``로그인``),
* UTF-8 read as Thai CP874 (``์ด๋๊ฒธ``),
* CP949 read as Latin-1 (``±è»çºÎ`` for ``김사부``).

Each repair maps the characters back to the bytes the wrong codec made of them (ftfy's "sloppy" codecs keep the
byte of every undefined position, which is how such pages were written) and decodes those bytes with the right
codec.  It works run by run (a run is a stretch of non-ASCII characters, with the single spaces that may stand
for a lost NBSP byte), so a page that is only partly broken, or that lost some bytes on the way, gets every
repairable run repaired and keeps the rest exactly as it was: a repair never makes a run worse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-* codecs)

# (label, codec the bytes were wrongly decoded with, codec they really are in)
REPAIRS: tuple[tuple[str, str, str], ...] = (
    ("utf8-as-cp1252", "sloppy-windows-1252", "utf-8"),
    ("utf8-as-cp1253", "sloppy-windows-1253", "utf-8"),
    ("utf8-as-cp874", "sloppy-cp874", "utf-8"),
    ("utf8-as-latin1", "latin-1", "utf-8"),
    ("cp949-as-latin1", "latin-1", "cp949"),
)

# Characters that wrong decodings of Korean produce; a text without any of them needs no look.
_SUSPECT = re.compile(
    r"[\u0080-\u00ff\u0370-\u03ff\u0e00-\u0e7f\u2018-\u2022\u20ac\u2026\u0152\u0153\u0160\u0161\u017d\u017e"
    r"\u0178\u0192\u02c6\u02dc\u2122\u2030\u2039\u203a]"
)
# What a wrong decoding of Korean looks like, cheap to find: a UTF-8 lead byte of Hangul (0xEA-0xED) read as
# Latin-1/cp1252 (ê ë ì í) or Greek (κ λ μ ν) or Thai (๊ ๋ ์ ํ) followed by a continuation byte's character;
# two CP949 high bytes read as Latin-1.  Pages without it are left alone without looking further.
# One class of both first characters comes first, so the engine scans for it; the look-behind then tells which
# of the two pairs it opens (an alternation of two classes is tried at every character: 3x slower).
_LEAD_UTF8 = "ê-íκ-ν๊-ํ"
_LEAD_CP949 = "°-È"
_SIGNATURE = re.compile(
    rf"[{_LEAD_UTF8}{_LEAD_CP949}](?:(?<=[{_LEAD_UTF8}])[-¿ŒœŠšŸŽžƒ"
    r"ˆ˜–—‘-„†-•…‰‹›€™฀-฿"
    rf"΄-ο]|(?<=[{_LEAD_CP949}])[¡-þ])"
)
# The signature's first characters in UTF-8, as (lead byte, lowest and highest next byte, whether it is one of
# _LEAD_CP949): U+00B0-U+00BF, U+00C0-U+00C8, U+00EA-U+00ED, Greek U+03BA-U+03BD; Thai U+0E4A-U+0E4D (E0 B9 8A-8D)
# is looked for as E0 B9.
_FIRST_UTF8 = ((0xC2, 0xB0, 0xBF, True), (0xC3, 0x80, 0x88, True), (0xC3, 0xAA, 0xAD, False),
               (0xCE, 0xBA, 0xBD, False))
# A run: non-ASCII characters, possibly with single spaces inside (a space may stand for a lost NBSP byte),
# and, for CP949 (whose trail bytes can be ASCII letters), ASCII letters and digits glued inside.
# Wrong decodings of Korean never contain Hangul, so Hangul ends a run (and keeps clean pages fast).
_NOT_ASCII_OR_HANGUL = r"[^\x00-\x7f\uac00-\ud7a3]"
_RUN = re.compile(rf"{_NOT_ASCII_OR_HANGUL}(?:{_NOT_ASCII_OR_HANGUL}|[ A-Za-z0-9](?={_NOT_ASCII_OR_HANGUL}))*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# a byte that did not decode, escaped (errors="surrogateescape")
_ESCAPED = re.compile("[\udc80-\udcff]")
# what counts against a decoded run: U+0080-U+2FFF but the punctuation U+2010-U+203A and ·ⓒ©®°±×÷ (a class, not a
# test of each character in Python)
_UNCOMMON = re.compile("[^\x00-\x7f\u2010-\u203a\u3000-\U0010ffff·ⓒ©®°±×÷]")
# In UTF-8 mojibake an NBSP byte (0xA0) inside a sequence is often saved as a plain space.
_LOST_NBSP = re.compile(rb"(?<=[\xe0-\xef])\x20(?=[\x80-\xbf])|(?<=[\xe0-\xef][\x80-\xbf])\x20|(?<=[\xc2-\xdf])\x20")


@dataclass(frozen=True)
class Repair:
    text: str
    kind: str | None  # the most frequent repair applied, None when nothing was repaired
    segments: int  # runs repaired


@cache
def _encoder(codec: str) -> dict[int, int]:
    """``str.translate`` table taking each character of a single-byte codec's upper half to the code point
    equal to its byte, so that ``.encode("latin-1")`` gives the bytes; other Latin-1 characters go to a
    code point that cannot be encoded, so that a run outside the codec fails."""
    table = dict.fromkeys(range(0x80, 0x100), 0xFFFF)
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            continue
        table[ord(ch)] = b
    return table


def _to_bytes(run: str, codec: str) -> bytes | None:
    """The bytes ``codec`` (one of :data:`REPAIRS`' wrong codecs) made ``run`` of, ``None`` when some character of
    it is none it makes: the codec's own encoder, a character at a time in C, which for every character gives
    what :func:`_encoder`'s table does, but for the two that ftfy's sloppy codecs take to each other (``U+001A``
    and ``U+FFFD``, byte 0x1A): a run with either goes through the table (``str.translate`` looks every character
    up in a dict: six times slower)."""
    try:
        if "\ufffd" in run or "\x1a" in run:
            return run.translate(_encoder(codec)).encode("latin-1")
        return run.encode(codec)
    except UnicodeEncodeError:
        return None


def _decode_keep(run: str, raw: bytes, target: str) -> tuple[str, int, int]:
    """Decode ``raw`` with ``target``; bytes that do not decode give back the characters they came from.

    Returns the text, the number of characters decoded for real and the number of bytes given back."""
    text = raw.decode(target, errors="surrogateescape")
    if not _ESCAPED.search(text):
        return text, len(text), 0
    # map each escaped byte back to the original character (one byte == one character in ``run``)
    out, good, bad, pos = [], 0, 0, 0
    # walk the bytes alongside the decoded text: re-encode each decoded char to know how many bytes it used
    for c in text:
        if "\udc80" <= c <= "\udcff":
            out.append(run[pos])
            pos += 1
            bad += 1
        else:
            n = len(c.encode(target, errors="surrogateescape"))
            out.append(c)
            pos += n
            good += 1
    return "".join(out), good, bad


def _score(text: str) -> int:
    """How Korean a decoded run is: Hangul syllables count, anything outside common scripts counts against."""
    good = len(_HANGUL.findall(text))
    bad = len(_UNCOMMON.findall(text))
    return good - 2 * bad


def _decode_run(run: str, wrong: str, right: str) -> tuple[str, int, int] | None:
    raw = _to_bytes(run, wrong)
    if raw is None:
        return None
    if right == "utf-8":
        raw = _LOST_NBSP.sub(b"\xa0", raw)
    return _decode_keep(run, raw, right)


def _repair_run(run: str, only: tuple[tuple[str, str, str], ...] = REPAIRS) -> tuple[str, str | None]:
    """The best Korean reading of a run, or the run itself. With ``only`` one repair (the page's own), a run
    that decodes without a single bad byte is taken even when it holds no Hangul (``©``, ``…``)."""
    best, best_kind, best_score = run, None, _score(run)
    exact_utf8 = False
    for kind, wrong, right in only:
        got = _decode_run(run, wrong, right)
        if got is None:
            continue
        text, good, bad = got
        if good == 0 or bad > good:
            continue
        if len(only) == 1 and bad == 0 and text != run:
            return text, kind
        if right == "utf-8" and bad == 0:
            exact_utf8 = True
        elif right == "cp949" and (exact_utf8 or len(_HANGUL.findall(text)) < 2):
            continue  # CP949 decodes most byte pairs: only a run no UTF-8 reading explains, and a real word
        s = _score(text)
        if s > best_score and _HANGUL.search(text):
            best, best_kind, best_score = text, kind, s
    return best, best_kind


def _may_show_signature(text: str) -> bool:
    """False when ``text`` cannot show the signature of a wrong decoding: none of the signature's first
    characters is in it (one of :data:`_LEAD_CP949` counts only with a character of its pair after it).  Looked
    for in the text's UTF-8, lead byte by lead byte (C-level ``bytes.find``; a Korean page holds a few of these
    lead bytes at most), which is 2-3x faster than the pattern's scan of every character (~5 ns a character), and
    most pages hold none of them."""
    if text.isascii():
        return False
    raw = text.encode("utf-8", "surrogatepass")
    last = len(raw) - 1
    for lead, low, high, cp949 in _FIRST_UTF8:
        i = raw.find(lead)
        while 0 <= i < last:
            if low <= raw[i + 1] <= high and (not cp949 or _latin1_at(raw, i + 2)):
                return True
            i = raw.find(lead, i + 2)
    # (the pair looked for from the first lead byte only: a text without one, nearly every text, is spared the
    # pair's search, several times slower than the byte's)
    first = raw.find(b"\xe0")
    return first >= 0 and raw.find(b"\xe0\xb9", first) >= 0


def _latin1_at(raw: bytes, i: int) -> bool:
    """Whether UTF-8 ``raw`` has a character U+00A1-U+00FE at ``i`` (C2 A1-BF, C3 80-BE): what follows a first
    character of :data:`_LEAD_CP949` in the signature.  Such a first character alone is common (``°``, ``»``,
    ``·`` in Korean text) and would send the signature's search over the whole text for nothing."""
    if i + 1 >= len(raw):
        return False
    first, second = raw[i], raw[i + 1]
    return (first == 0xC2 and 0xA1 <= second <= 0xBF) or (first == 0xC3 and 0x80 <= second <= 0xBE)


def looks_broken(text: str) -> bool:
    """Whether a page shows wrong decodings of Korean, from samples of it (the top, the title, the start of
    the body, and a few windows further down), so that a long page costs a few kilobytes of scanning."""
    n = len(text)
    if n <= 20000:
        sample = text
    else:
        starts = [0, text.find("<title"), text.find("<body"), n // 3, n // 2, 2 * n // 3]
        sample = "".join(text[max(0, s) : max(0, s) + 4096] for s in starts)
    return _may_show_signature(sample) and len(_SIGNATURE.findall(sample)) >= 2


_CHUNK = 1 << 18  # characters of texts searched together by :func:`shows_signature`


def shows_signature(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` shows the signature of a wrong decoding, which :func:`repair` needs to change
    anything: one search over many of them at once, not one per text (a signature is two characters, neither a
    newline).  They are joined in chunks of about :data:`_CHUNK` characters: a long page's text joined whole, and
    its UTF-8 encoding, would be two more copies of it at once (the peak of its cleaning)."""
    from .normalize import text_groups

    return any(_chunk_shows(group) for group in text_groups(texts, _CHUNK))


def _chunk_shows(texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return _may_show_signature(joined) and _SIGNATURE.search(joined) is not None


def repair(text: str) -> Repair:
    """Repair every run of ``text`` that reads as Korean once re-decoded; leave everything else as it is."""
    if not _SIGNATURE.search(text):
        return Repair(text, None, 0)
    kinds: dict[str, int] = {}
    pieces: list[str] = []
    last = 0
    for m in _RUN.finditer(text):
        run = m.group()
        if not _SIGNATURE.search(run):
            continue
        fixed, kind = _repair_run(run)
        if kind is None:
            continue
        pieces.append(text[last : m.start()])
        pieces.append(fixed)
        last = m.end()
        kinds[kind] = kinds.get(kind, 0) + 1
    if not kinds:
        return Repair(text, None, 0)
    pieces.append(text[last:])
    kind = max(kinds, key=kinds.__getitem__)
    fixed = "".join(pieces)
    # second pass: what is left that the page's own wrong codec explains exactly (a lone "©" has no Hangul)
    own = tuple(r for r in REPAIRS if r[0] == kind)
    fixed2 = _RUN.sub(lambda m: _repair_run(m.group(), own)[0] if _SUSPECT.search(m.group()) else m.group(), fixed)
    return Repair(fixed2, kind, sum(kinds.values()))

