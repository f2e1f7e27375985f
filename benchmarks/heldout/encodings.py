"""Page bytes in the encodings spam-copied pages come in, broken ones included.

``utf-8`` and ``cp949`` are honest encodings. The ``mojibake:*`` ones model a page whose Korean was decoded
with the wrong codec and saved again as UTF-8: ``utf8-as-cp1252``, ``utf8-as-latin1``, ``utf8-as-cp1253``
(Greek), ``utf8-as-cp874`` (Thai) use ftfy's sloppy codecs, which map every byte, so nothing is lost and the
original can in principle be recovered; ``cp949-as-latin1`` is CP949 bytes read as Latin-1.
"""

from __future__ import annotations

import ftfy.bad_codecs  # noqa: F401 - registers the sloppy-* codecs

ENCODINGS = (
    "utf-8",
    "cp949",
    "mojibake:utf8-as-cp1252",
    "mojibake:utf8-as-latin1",
    "mojibake:utf8-as-cp1253",
    "mojibake:utf8-as-cp874",
    "mojibake:cp949-as-latin1",
)
_WRONG = {
    "utf8-as-cp1252": ("utf-8", "sloppy-windows-1252"),
    "utf8-as-latin1": ("utf-8", "latin-1"),
    "utf8-as-cp1253": ("utf-8", "sloppy-windows-1253"),
    "utf8-as-cp874": ("utf-8", "sloppy-cp874"),
    "cp949-as-latin1": ("cp949", "latin-1"),
}


def needs_cp949(encoding: str) -> bool:
    """True when the page's text must be representable in CP949 (no zero-width characters, for one)."""
    return encoding == "cp949" or encoding == "mojibake:cp949-as-latin1"


def html_charset(encoding: str) -> str:
    """What the page's <meta> declares: the real charset for CP949, UTF-8 for everything saved as UTF-8."""
    return "euc-kr" if encoding == "cp949" else "utf-8"


def kind_labels(encoding: str) -> list[str]:
    """The labels truth.json's ``kind`` gets for an encoding (``cp949``; ``mojibake`` plus the decoder)."""
    if encoding == "utf-8":
        return []
    if encoding == "cp949":
        return ["cp949"]
    return ["mojibake", encoding.split(":", 1)[1]]


def encode_page(text: str, encoding: str) -> bytes:
    """The page's bytes."""
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "cp949":
        return text.encode("cp949")
    name = encoding.removeprefix("mojibake:")
    if name not in _WRONG:
        raise ValueError(f"unknown encoding {encoding!r}")
    right, wrong = _WRONG[name]
    return text.encode(right).decode(wrong).encode("utf-8")
