from __future__ import annotations

from .document import Document


def dedupe_captions(doc: Document) -> Document:
    return doc
