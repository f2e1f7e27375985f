"""Bytes to text: byte-order mark, declared charset, detection between UTF-8 and CP949, mojibake repair.

Korean pages come in UTF-8 or in CP949 (EUC-KR's superset, which is what "euc-kr" pages really use), often
with a declaration that lies.  A declaration is trusted only when the bytes decode cleanly with it.
"""

from __future__ import annotations

import codecs
import re

from . import mojibake
from .document import Decoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_ALIASES = {
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "uhc": "cp949",
    "cp949": "cp949",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "iso-8859-1": "cp1252",  # browsers read Latin-1 as Windows-1252
    "latin1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


MAX_STRAY_NULS = 4  # NUL bytes a text page may carry by mistake in its first 8 KB (binary formats have dozens)


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not a text page: NUL bytes (outside UTF-16/32) or mostly control bytes."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if head.count(b"\x00") > MAX_STRAY_NULS:  # (a stray NUL in a script does not make a page binary)
        return True
    return _controls(head) > len(head) * 0.1


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _controls(head: bytes) -> int:
    """C0 control bytes other than whitespace and escape: text in any encoding holds next to none."""
    return len(head) - len(head.translate(None, _CONTROL_BYTES))


# what a binary input most likely is, by its first bytes: named in the error, so that a user who passed a
# compressed page or an archive member as it was stored knows what to do
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data: decompress it first"),
    (b"(\xb5/\xfd", "zstd-compressed data: decompress it first"),
    (b"BZh", "bzip2-compressed data: decompress it first"),
    (b"PK\x03\x04", "a ZIP archive: use 'cleantext batch' for archives"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def binary_content(data: bytes | str) -> str | None:
    """Why ``data`` is not text (``"binary content (gzip-compressed data: decompress it first)"``), or ``None``
    for text: bytes as :func:`looks_binary` judges them, a str that holds NUL characters near its top."""
    if isinstance(data, str):
        head = data[:8192]
        return "binary content" if head.count("\x00") > MAX_STRAY_NULS else None
    if not looks_binary(data) and not _undecodable(data[:SAMPLE]):
        return None
    kind = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
    return f"binary content ({kind})" if kind else "binary content"


SAMPLE = 1 << 16
MIN_SAMPLE = 128
UNDECODABLE = 0.1  # a text where this share of the characters is no character in UTF-8 nor in CP949 is no text


def _undecodable(sample: bytes) -> bool:
    """Bytes no text encoding this library reads makes sense of: compressed or random data without NUL bytes (a
    broken page loses a few characters, not one in ten).  A few bytes say too little: a short text cut in its
    last character would pass for noise."""
    if len(sample) < MIN_SAMPLE or any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    # text in an encoding read neither way (windows-1251, Big5, KOI8-R) has no control bytes; noise has one in eight
    if _controls(sample[:8192]) < len(sample[:8192]) * 0.03:
        return False
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    for charset in ("utf-8", "cp949"):
        text = sample.decode(charset, errors="replace")
        if text.count("\ufffd") <= UNDECODABLE * len(text):
            return False
    return True


def _normalize_charset(name: str) -> str | None:
    name = name.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` near its top, normalized to a Python codec name."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    charset = _normalize_charset(m.group(1).decode("ascii", "replace"))
    # a page whose <meta> could be read as ASCII is no UTF-16 or UTF-32 page, whatever it says: browsers take
    # such a declaration for UTF-8 (the HTML standard's rule); a real UTF-16 page has its BOM, read before this
    return "utf-8" if charset and charset.startswith(("utf-16", "utf-32")) else charset


def _strict(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes) -> tuple[str, Decoding]:
    """Decode page bytes without losing any: BOM, then a declaration the bytes agree with, then detection."""
    for bom, charset in _BOMS:
        if data.startswith(bom):
            text = data.decode(charset, errors="replace")
            return text, Decoding(charset=charset.replace("-sig", ""), method="bom", replaced=text.count("\ufffd"))
    declared = declared_charset(data)
    order: list[tuple[str, str]] = []
    if declared:
        order.append((declared, "meta"))
    order += [("utf-8", "detected"), ("cp949", "detected")]
    seen = set()
    for charset, method in order:
        if charset in seen:
            continue
        seen.add(charset)
        text = _strict(data, charset)
        if text is not None:
            return text, Decoding(charset=charset, method=method)
        if charset == "utf-8":
            # a UTF-8 page with a few broken bytes (a cut sequence) is still UTF-8: CP949 decodes almost any
            # byte pairs, so it would turn every multi-byte character of the page into the wrong Hangul
            loose = data.decode("utf-8", errors="replace")
            bad = loose.count("\ufffd")
            good = sum(1 for c in loose if ord(c) > 0x7F) - bad
            if bad and good >= 20 * bad:
                return loose, Decoding(charset="utf-8", method=method, replaced=bad)
    # nothing decodes cleanly: the codec that loses the fewest bytes
    best = None
    for charset in dict.fromkeys([declared or "utf-8", "utf-8", "cp949"]):
        text = data.decode(charset, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[2]:
            best = (text, charset, bad)
    assert best is not None
    return best[0], Decoding(charset=best[1], method="fallback", replaced=best[2])


def decode(data: bytes | str) -> tuple[str, Decoding]:
    """Text of a page given as bytes or str, with wrong decodings of Korean repaired.

    Returns the text and a :class:`Decoding` saying how it was obtained (reported beside the edits).  A page
    whose samples show no wrong decoding is not repaired here; the text the parser extracts still is, block by
    block (see :class:`cleantext.pipeline.Normalize`), so a page broken only in places is repaired where it is."""
    if isinstance(data, str):
        text, info = data, Decoding(charset=None, method="str")
    else:
        text, info = decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    fixed = mojibake.repair(text) if mojibake.looks_broken(text) else mojibake.Repair(text, None, 0)
    if fixed.kind:
        info.mojibake = fixed.kind
        info.repaired_segments = fixed.segments
        text = fixed.text
    return text, info
