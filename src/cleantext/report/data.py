"""The report's input, read defensively: an ``Article`` or its ``to_dict()`` shape, with every value checked.

The report is built from this data alone (never from the cleaning code), so that a batch output, a hand-made or a
damaged record renders the same way as a live ``Article``.  Wrong types become empty values instead of errors.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

SCALAR_FIELDS = ("title", "subtitle", "section", "source", "byline", "published", "modified", "url")
LIST_FIELDS = ("authors", "captions", "paragraphs", "tags")
EDIT_KINDS = ("remove", "restore", "flag", "drop", "merge")


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _texts(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value]
    return [] if value is None or value == "" else [_text(value)]


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def origin_text(origin: Any) -> str:
    """Where a batch row came from, in one line: ``pages.tar.gz · member=a/b.html`` (``origin`` of a batch row)."""
    if isinstance(origin, Mapping):
        extras = [f"{k}={_text(v)}" for k, v in sorted(origin.items(), key=lambda kv: str(kv[0])) if k != "path"]
        path = [_text(origin.get("path"))] if origin.get("path") is not None else []
        return " · ".join([*path, *extras])
    return _text(origin)


def edit_record(e: Any) -> dict[str, Any]:
    """One edit with the documented keys and types (``index``/``start`` stay ``None`` when absent or invalid)."""
    if not isinstance(e, Mapping):
        e = getattr(e, "to_dict", lambda: {})()
    return {
        "kind": _text(e.get("kind")),
        "field": _text(e.get("field")),
        "index": _int(e.get("index")),
        "start": _int(e.get("start")),
        "before": _text(e.get("before")),
        "after": _text(e.get("after")),
        "evidence": _text(e.get("evidence")),
        "confidence": _float(e.get("confidence")),
    }


def article_record(obj: Any) -> dict[str, Any]:
    """The article as a plain dict: scalar fields as str, list fields as lists of str, ``spam`` normalized.

    Accepts an ``Article`` (anything with ``to_dict()``) or a mapping such as one line of a batch output.
    """
    d = obj.to_dict() if hasattr(obj, "to_dict") and not isinstance(obj, Mapping) else obj
    if not isinstance(d, Mapping):
        d = {}
    out: dict[str, Any] = {k: _text(d.get(k)) for k in SCALAR_FIELDS}
    out.update({k: _texts(d.get(k)) for k in LIST_FIELDS})
    spam = d.get("spam")
    if not isinstance(spam, Mapping):
        spam = {}
    edits = spam.get("edits")
    encoding = spam.get("encoding")
    out["spam"] = {
        "contaminated": bool(spam.get("contaminated")),
        "score": _float(spam.get("score")),
        "keywords": _texts(spam.get("keywords")),
        "edits": [edit_record(e) for e in edits] if isinstance(edits, (list, tuple)) else [],
        "encoding": dict(encoding) if isinstance(encoding, Mapping) else {},
        "notes": _texts(spam.get("notes")),
    }
    for k in ("id", "error"):
        if d.get(k) is not None:
            out[k] = _text(d.get(k))
    if d.get("origin") is not None:
        out["origin"] = origin_text(d.get("origin"))
    return out
