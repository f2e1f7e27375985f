"""Small, safe HTML building blocks shared by the report pages.

Everything that comes from a page (text, titles, keywords, URLs, evidence) goes through :func:`esc` before it
reaches the output, and URLs become links only through :func:`safe_href`, so a hostile page cannot put markup,
script or a ``javascript:`` link into a report.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

_SAFE_SCHEMES = ("http", "https")
# printable characters only: control characters and whitespace inside a URL are a sign of trickery
_URL_OK = re.compile(r"^[^\x00-\x20\x7f]+$")


def esc(value: object) -> str:
    """Text for an HTML text node or a quoted attribute value (``&``, ``<``, ``>``, ``"`` and ``'`` escaped)."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_href(url: object) -> str | None:
    """The escaped URL when it is a plain ``http``/``https`` address, else ``None`` (shown as text, never linked)."""
    if not isinstance(url, str) or not _URL_OK.match(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return esc(url)


def link_or_text(url: object, css_class: str = "url") -> str:
    """A link for a safe web address (opened without referrer), else the escaped text of the value."""
    href = safe_href(url)
    if href is None:
        return f'<span class="{css_class}">{esc(url)}</span>'
    return f'<a class="{css_class}" href="{href}" rel="noopener noreferrer nofollow">{href}</a>'


def table(heads: list[str], body: str) -> str:
    """A table with a header row of fixed (not page-supplied, but still escaped) labels and a ready ``body``."""
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def fmt_num(value: float | None, digits: int = 2) -> str:
    """A score or confidence for display ("–" when unknown)."""
    return "–" if value is None else f"{value:.{digits}f}"


def bar(fraction: float | None, css_class: str = "bar") -> str:
    """A small horizontal bar for a value in 0..1 (the width is computed here, never taken from the page)."""
    f = 0.0 if fraction is None else max(0.0, min(1.0, float(fraction)))
    return f'<span class="{css_class}"><span style="width:{f * 100:.1f}%"></span></span>'


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 edit`` / ``3 edits``."""
    return f"{n} {word if n == 1 else (words or word + 's')}"
