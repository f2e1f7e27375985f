"""The pipeline: an ordered list of small steps over a :class:`~cleantext.document.Document`.

Each step is a callable ``(Document) -> Document`` with a ``name``.  :class:`Cleaner` runs its list in order and
assembles the :class:`~cleantext.article.Article` at the end; the list is a plain attribute, so a user can look
at it, drop a step, reorder it or add one of their own::

    cleaner = Cleaner()
    cleaner.steps = [s for s in cleaner.steps if s.name != "dedupe"]
    cleaner.steps.append(MyStep())
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from . import document as d
from . import mojibake
from .article import Article, Report
from .decode import binary_content, decode
from .dedupe import dedupe_captions, drop_repeated_captions
from .normalize import clean_text, drop_invisible, is_clean
from .parse import parse
from .parse.byline import reassign_byline
from .restore import restore
from .spam import Lexicon, detect, load_lexicon, remove


@runtime_checkable
class Step(Protocol):
    """A pipeline step: reads and returns the document, recording any content change in ``doc.edits``."""

    name: str

    def __call__(self, doc: d.Document) -> d.Document: ...


@dataclass
class Decode:
    """Bytes or str to text: charset detection and mojibake repair (reported in ``doc.decoding``).  Binary input
    (a gzip-compressed page, an image) is not read as text: the article is empty and ``report.notes`` says why."""

    name: str = "decode"

    def __call__(self, doc: d.Document) -> d.Document:
        binary = binary_content(doc.raw)
        if binary:  # a compressed page, an image: cleaning its bytes as text would take long and give noise
            doc.decoding = d.Decoding(charset=None, method="binary")
            doc.notes.append(f"{binary}, not a web page or page text: nothing cleaned")
            return doc
        doc.text, doc.decoding = decode(doc.raw)
        return doc


@dataclass
class Parse:
    """Text to blocks with roles (HTML or page text, detected)."""

    name: str = "parse"

    def __call__(self, doc: d.Document) -> d.Document:
        return parse(doc)


@dataclass
class Normalize:
    """Wrong decodings repaired where the page-level repair did not run, then NFC, invisible and control
    characters out, whitespace collapsed, in every block."""

    name: str = "normalize"

    def __call__(self, doc: d.Document) -> d.Document:
        kinds: dict[str, int] = {}
        repair = doc.decoding.mojibake is None and mojibake.shows_signature(b.text for b in doc.blocks)
        known, doc.known_clean = doc.known_clean, set()  # (the parser's clean texts: not tested again)
        for b in doc.blocks:
            if repair:
                fixed = mojibake.repair(b.text)
                if fixed.kind:
                    b.text = fixed.text
                    kinds[fixed.kind] = kinds.get(fixed.kind, 0) + fixed.segments
            if b.text in known or is_clean(b.text):  # most blocks: one test instead of the two calls below
                continue
            t, invisible = drop_invisible(clean_text(b.text, keep_invisible=True))
            if invisible:
                b.attrs["invisible"] = invisible
            if t != b.text:
                b.text = t
                b.links = ()  # offsets no longer hold; links matter only as evidence of the raw block
        if kinds:
            doc.decoding.mojibake = max(kinds, key=kinds.__getitem__)
            doc.decoding.repaired_segments = sum(kinds.values())
        return doc


@dataclass
class DetectSpam:
    """Find this page's spam keywords and spans from the lexicon and the page's own evidence."""

    lexicon: Lexicon
    name: str = "detect"

    def __call__(self, doc: d.Document) -> d.Document:
        return detect(doc, self.lexicon)


@dataclass
class RemoveSpam:
    """Drop injected blocks and cut inserted keywords."""

    lexicon: Lexicon
    name: str = "remove"

    def __call__(self, doc: d.Document) -> d.Document:
        return remove(doc, self.lexicon)


@dataclass
class Restore:
    """Put back the words that keywords replaced, where the page holds the evidence; flag the rest."""

    name: str = "restore"

    def __call__(self, doc: d.Document) -> d.Document:
        return restore(doc)


@dataclass
class DedupeCaptions:
    """Fold near-duplicate captions into one, keeping the copy with fewer suspicious tokens."""

    name: str = "dedupe"

    def __call__(self, doc: d.Document) -> d.Document:
        return dedupe_captions(doc)


@dataclass
class RepeatedCaptions:
    """Drop a caption that repeats an earlier one word for word once the page is cleaned and restored."""

    name: str = "repeats"

    def __call__(self, doc: d.Document) -> d.Document:
        return drop_repeated_captions(doc)


@dataclass
class FindByline:
    """The byline again, once keywords glued to it are gone."""

    name: str = "byline"

    def __call__(self, doc: d.Document) -> d.Document:
        return reassign_byline(doc)


def default_steps(lexicon: Lexicon) -> list[Step]:
    return [Decode(), Parse(), Normalize(), DetectSpam(lexicon), DedupeCaptions(), RemoveSpam(lexicon), Restore(),
            RepeatedCaptions(), FindByline()]


@dataclass
class Cleaner:
    """A reusable, picklable cleaner: options, the compiled lexicon and the list of steps.

    ``patterns`` adds pattern files (the format of ``data/patterns/``) to the shipped lexicon.
    """

    patterns: Sequence[str | Path] = ()
    steps: list[Step] = field(default_factory=list)
    lexicon: Lexicon | None = None

    def __post_init__(self) -> None:
        if self.lexicon is None:
            self.lexicon = load_lexicon(self.patterns)
        if not self.steps:
            self.steps = default_steps(self.lexicon)

    def document(self, data: bytes | str, *, url: str | None = None) -> d.Document:
        """Run the steps and return the document (for inspection); :meth:`clean` returns the Article.  A page that is
        neither bytes nor str (``None``, a file object) is the caller's mistake: a ``TypeError`` that says so."""
        if isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        elif not isinstance(data, (bytes, str)):
            raise TypeError(f"cleantext takes a page as bytes or str, not {type(data).__name__}")
        doc = d.Document(raw=data, url=url)
        with collector_paused():
            for step in self.steps:
                doc = step(doc)
        return doc

    def clean(self, data: bytes | str, *, url: str | None = None) -> Article:
        """The clean article of one page given as bytes or str, HTML or page text."""
        with collector_paused():  # the document is let go before the collector runs again: nothing of it to walk
            return assemble(self.document(data, url=url))

    def clean_many(self, pages: Iterable[bytes | str]) -> Iterable[Article]:
        for page in pages:
            yield self.clean(page)


_paused = 0  # cleanings running with the collector paused (threads of one process share it)
_paused_by_us = False  # whether the first of them paused it (it was running)
_pause_lock = threading.Lock()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a page is cleaned, as it was before afterwards.

    A long page makes hundreds of thousands of objects (blocks, items, matches) that live until its end, and the
    collector, run every few hundred allocations, walks the ones alive again and again (6-8% of a 10 MB page's
    time); what the steps make is freed by reference counting, no cycle of theirs is left to collect.  Threads
    cleaning at once share one count: the last to finish restarts the collector, if the first paused it."""
    global _paused, _paused_by_us
    with _pause_lock:
        if _paused == 0:
            _paused_by_us = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0 and _paused_by_us:
                gc.enable()


FIELDS = {d.TITLE: "title", d.SUBTITLE: "subtitle", d.SECTION: "section", d.SOURCE: "source", d.BYLINE: "byline",
          d.CAPTION: "captions", d.PARAGRAPH: "paragraphs", d.TAG: "tags"}
LIST_FIELDS = ("captions", "paragraphs", "tags")


def _join(blocks: list[d.Block]) -> str:
    return blocks[0].text if blocks else ""


def _places(doc: d.Document, ids: set[int]) -> dict[int, tuple[str, int | None]]:
    """Where each block of ``ids`` is (or, dropped, would have been) in the Article: field and list index.  The
    blocks are counted only when an edit asks (a long clean page has none)."""
    where: dict[int, tuple[str, int | None]] = {}
    if not ids:
        return where
    count: dict[str, int] = {}
    for b in doc.blocks:
        fname = FIELDS.get(b.role)
        if fname is None:
            continue
        i = count.get(fname, 0)
        if not b.dropped and b.text:
            count[fname] = i + 1
        if b.id in ids:
            where[b.id] = (fname, i if fname in LIST_FIELDS else None)
    return where


def assemble(doc: d.Document) -> Article:
    """The Article of a processed document: its article blocks, fields and the report."""
    live = [b for b in doc.blocks if not b.dropped and b.text]
    by_role: dict[str, list[d.Block]] = {}
    for b in live:
        by_role.setdefault(b.role, []).append(b)
    where = _places(doc, {e.block for e in doc.edits if e.block is not None})
    edits = []
    for e in doc.edits:
        if e.block is not None and e.block in where:
            e.field, e.index = where[e.block]
        edits.append(e)
    subtitle = _join(by_role.get(d.SUBTITLE, []))
    f = doc.fields
    url = doc.url or doc.meta.get("canonical") or doc.meta.get("og:url") or None
    report = Report(
        contaminated=doc.contaminated,
        score=doc.score,
        keywords=list(doc.keywords),
        edits=edits,
        encoding=doc.decoding.to_dict(),
        notes=list(doc.notes),
    )
    return Article(
        title=_join(by_role.get(d.TITLE, [])),
        subtitle=subtitle or None,
        section=_join(by_role.get(d.SECTION, [])),
        source=_join(by_role.get(d.SOURCE, [])),
        byline=_join(by_role.get(d.BYLINE, [])),
        authors=list(f.get("authors") or []),
        published=f.get("published"),
        modified=f.get("modified"),
        url=url,
        captions=[b.text for b in by_role.get(d.CAPTION, [])],
        paragraphs=[b.text for b in by_role.get(d.PARAGRAPH, [])],
        tags=[b.text for b in by_role.get(d.TAG, [])],
        report=report,
    )
