"""Parsing: page text or HTML to a :class:`~cleantext.document.Document` of blocks with roles."""

from __future__ import annotations

import re

from ..document import Document
from .byline import byline_from_dateline
from .html import parse_html
from .text import parse_text

_HTML_START = re.compile(
    r"^\s*<(?:!doctype|html|head|body|meta|div|p|!--|article|section|title|table|span)\b", re.I
)
_HTML_TAGS = re.compile(r"<(?:html|body|div|p|br|head|meta|article|section|span|table|a)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for markup: a page starting with a tag, or several common tags near the top."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def parse(doc: Document) -> Document:
    """Blocks, metadata and fields of ``doc.text``, as HTML or as page text (detected)."""
    if not doc.format:
        doc.format = "html" if looks_like_html(doc.text) else "text"
    doc = parse_html(doc) if doc.format == "html" else parse_text(doc)
    return byline_from_dateline(doc)


__all__ = ["looks_like_html", "parse", "parse_html", "parse_text"]
