"""The page under construction: the article as a spam site prints it, and the ledger of what spam put in.

Shapes (``shapes.py``) edit a :class:`Page`; layouts (``layouts.py``) print it. Text fields may hold *link
marks* made by :func:`link` — a keyword wrapped in ``<a href>`` in HTML and plain text in page text.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

_LINK = re.compile("\x02([^\x03]*)\x03([^\x04]*)\x04")


def link(href: str, text: str) -> str:
    """A link mark: printed as ``<a href="href">text</a>`` in HTML and as ``text`` in page text."""
    return f"\x02{href}\x03{text}\x04"


def plain(s: str) -> str:
    """The text of a string with link marks: the anchor texts stay, the marks go."""
    return _LINK.sub(lambda m: m.group(2), s)


def split_links(s: str) -> list[tuple[str, str | None]]:
    """``s`` as a list of (text, href-or-None) runs."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in _LINK.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], None))
    return out


@dataclass
class Caption:
    """A photo caption as printed. ``twin`` is a second copy printed beside it (a caption printed twice)."""

    text: str
    after: int  # index of the article paragraph it follows; -1: before the first
    twin: str | None = None
    twin_first: bool = False
    alt: str = ""
    img_title: str | None = None


@dataclass
class Item:
    """One block of the body, in printed order. ``src`` is the article paragraph it prints, None if injected."""

    text: str
    src: int | None = None
    role: str = "para"  # para | injected | stray | hashtags | links | promo


@dataclass
class Hidden:
    """A block the reader never sees: ``method`` says how it is hidden, ``where`` where it sits."""

    method: str
    html: str
    where: str = "footer"  # top | body | footer
    after: int = -1  # for ``body``: the article paragraph it follows


@dataclass
class Ledger:
    """What spam put into the page: the ``injected`` record of truth.json, plus the kinds of damage."""

    keywords: set = field(default_factory=set)
    occurrences: int = 0
    hidden_occurrences: int = 0
    substitutions: list = field(default_factory=list)
    injected_lines: list = field(default_factory=list)
    injected_blocks: list = field(default_factory=list)
    insertions: list = field(default_factory=list)
    obfuscated: list = field(default_factory=list)
    kinds: list = field(default_factory=list)

    def add(self, kw: str, n: int = 1, hidden: bool = False) -> None:
        """Record ``n`` occurrences of keyword ``kw`` (its unobfuscated spelling)."""
        if n <= 0:
            return
        self.keywords.add(kw)
        if hidden:
            self.hidden_occurrences += n
        else:
            self.occurrences += n

    def kind(self, name: str) -> None:
        if name not in self.kinds:
            self.kinds.append(name)

    def spelled(self, style: str | None) -> None:
        if style and style not in self.obfuscated:
            self.obfuscated.append(style)


@dataclass
class Page:
    """A news page being built: starts as the clean article, shapes make it dirty, a layout prints it."""

    article: dict
    site: dict
    layout: str
    title: str
    subtitle: str | None
    section: str
    source: str
    byline: str
    captions: list[Caption]
    body: list[Item]
    menu: list[str]
    twin_title: str  # the headline as <title>/og:title carry it
    title_tail: str = ""
    og_tail: str = ""
    top_lines: list[str] = field(default_factory=list)
    hidden: list[Hidden] = field(default_factory=list)
    head_extra: list[str] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)  # logo_alt, logo_title, share_title
    byline_pos: str = "bottom"  # text pages: top | bottom
    describe: bool = True  # print a meta description (the first paragraph, clean)
    obfuscate: bool = False
    charset: str = "utf-8"
    ledger: Ledger = field(default_factory=Ledger)

    @classmethod
    def from_article(cls, article: dict, layout: str, menu: list[str]) -> Page:
        a = copy.deepcopy(article)
        caps = [Caption(text=c, after=k) for c, k in zip(a["captions"], a["caption_after"], strict=True)]
        return cls(article=a, site=a["site"], layout=layout, title=a["title"], subtitle=a["subtitle"],
                   section=a["section"], source=a["source"], byline=a["byline"], captions=caps,
                   body=[Item(text=p, src=i) for i, p in enumerate(a["paragraphs"])], menu=list(menu),
                   twin_title=a["title"])

    def paragraphs(self) -> list[Item]:
        """The body items that print article paragraphs."""
        return [it for it in self.body if it.src is not None]

    def insert_after_src(self, k: int, item: Item) -> None:
        """Put ``item`` right after the block printing article paragraph ``k`` (-1: at the start)."""
        if k < 0:
            self.body.insert(0, item)
            return
        for i, it in enumerate(self.body):
            if it.src == k:
                self.body.insert(i + 1, item)
                return
        self.body.append(item)
