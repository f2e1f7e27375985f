"""cleantext: the real article back from a news page that gambling spam has contaminated.

>>> import cleantext
>>> article = cleantext.clean(page_bytes_or_str)          # doctest: +SKIP
>>> article.title, article.paragraphs, article.report.edits   # doctest: +SKIP
"""

from __future__ import annotations

from .article import Article, Edit, Report
from .document import Block, Document
from .pipeline import Cleaner, Step, assemble, default_steps

__version__ = "0.1.0"

_default: Cleaner | None = None


def clean(data: bytes | str, *, url: str | None = None) -> Article:
    """The clean article of one page (bytes or str, HTML or page text), with a report of every edit."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(data, url=url)


__all__ = [
    "Article",
    "Block",
    "Cleaner",
    "Document",
    "Edit",
    "Report",
    "Step",
    "__version__",
    "assemble",
    "clean",
    "default_steps",
]
