"""Find the byline again after the spam stages: a keyword glued to it (``개인회생 변호사 상담글·사진 문태준 기자``)
hides it from the parser, and once the keyword is cut the line reads as a byline again."""

from __future__ import annotations

from .. import document as d
from .metadata import parse_byline


def reassign_byline(doc: d.Document) -> d.Document:
    """When the article has no byline, the first or last two paragraphs that read as one become it."""
    if doc.first(d.BYLINE) is not None:
        return doc
    paragraphs = doc.by_role(d.PARAGRAPH)
    for b in paragraphs[:2] + paragraphs[-2:][::-1]:
        names = parse_byline(b.text)
        if names is not None:
            b.role = d.BYLINE
            doc.fields["authors"] = names
            break
    return doc
