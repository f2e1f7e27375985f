"""``spam.encoding`` in words: how the page's bytes were decoded and whether broken text was repaired."""

from __future__ import annotations

from typing import Any

_METHODS = {
    "bom": "from its byte-order mark",
    "meta": "as its <meta charset> declares (the bytes agree)",
    "detected": "detected from the bytes",
    "fallback": "nothing decoded cleanly: the codec that lost the fewest bytes",
    "str": "given as text, no decoding needed",
}


def describe(enc: dict[str, Any], charset: bool = True) -> str:
    """One sentence, e.g. ``utf-8, detected from the bytes; no broken text to repair.`` (``charset=False``: without
    the charset, for a place that already shows it)."""
    if not enc:
        return "not reported"
    name = enc.get("charset") if charset else None
    method = enc.get("method")
    how = _METHODS.get(str(method), f"method {method}") if method else ""
    head = ", ".join(x for x in (str(name) if name else "", how) if x) or "decoded"
    head = head[:1].upper() + head[1:] if not charset else head
    parts = [head]
    replaced = enc.get("replaced") or 0
    if isinstance(replaced, int) and replaced > 0:
        parts.append(f"{replaced} undecodable byte sequence{'s' if replaced != 1 else ''} replaced by �")
    kind = enc.get("mojibake")
    if kind:
        n = enc.get("repaired_segments") or 0
        parts.append(f"mojibake repaired ({kind}, {n} run{'s' if n != 1 else ''})")
    else:
        parts.append("no broken text to repair")
    return "; ".join(parts) + "."


def short(enc: dict[str, Any]) -> str:
    """A short label for counting pages in a batch: ``utf-8 (meta)``, ``cp949 (detected) + mojibake``."""
    charset = enc.get("charset") or "text"
    method = enc.get("method") or "?"
    tail = " + mojibake repair" if enc.get("mojibake") else ""
    return f"{charset} ({method}){tail}"
