from __future__ import annotations

from ..document import Document
from .lexicon import Lexicon


def detect(doc: Document, lexicon: Lexicon) -> Document:
    return doc
