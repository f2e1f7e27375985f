"""The document model every pipeline step reads and writes.

A :class:`Document` is the page as an ordered list of :class:`Block` s, each with a *role* (title, caption,
paragraph, menu line, hidden block ...), its text and where it came from.  Parsing produces every block it can
see, article or not, because the blocks around the article are evidence for the spam stages (a clean twin of a
dirty caption, the site's name in a menu line, keyword links in a hidden footer).  The article is assembled at
the end from the blocks whose role belongs to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .article import Edit

# Block roles. Article roles are assembled into the Article; the others are evidence only.
TITLE = "title"
SUBTITLE = "subtitle"
SECTION = "section"
SOURCE = "source"
BYLINE = "byline"
CAPTION = "caption"
PARAGRAPH = "paragraph"
TAG = "tag"
NAV = "nav"  # menu lines, navigation links
META = "meta"  # <title>, og:title, og:description ...: twins of article fields
ATTR = "attr"  # alt / title attributes of elements (not visible text)
HIDDEN = "hidden"  # text of hidden elements
OTHER = "other"  # text around the article (related lists, footers) kept for evidence

ARTICLE_ROLES = (TITLE, SUBTITLE, SECTION, SOURCE, BYLINE, CAPTION, PARAGRAPH, TAG)


@dataclass(frozen=True)
class Link:
    """An anchor inside a block: its text's offsets in the block text and its target."""

    start: int
    end: int
    href: str


@dataclass
class Block:
    """One unit of page text.

    ``origin`` says where it came from (``line 12``, ``div#article_body > p``, ``meta og:title``) so that a
    report can point at it; ``attrs`` carries small facts a step may need (``key`` of a meta block, the marker
    ``prefix`` of a caption, ``dropped`` when a step removed it).
    """

    role: str
    text: str
    origin: str = ""
    hidden: bool = False
    links: tuple[Link, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict)
    id: int = -1

    @property
    def dropped(self) -> bool:
        return bool(self.attrs.get("dropped"))


@dataclass
class Decoding:
    """How the input bytes became text: reported beside the edits, never as one."""

    charset: str | None = None
    method: str = "str"  # bom | meta | detected | fallback | str | binary (not read: see report.notes)
    mojibake: str | None = None  # the repair applied, e.g. "utf8-as-cp874"
    replaced: int = 0  # undecodable bytes replaced by U+FFFD
    repaired_segments: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "charset": self.charset,
            "method": self.method,
            "mojibake": self.mojibake,
            "replaced": self.replaced,
            "repaired_segments": self.repaired_segments,
        }


@dataclass
class Document:
    """A page on its way through the pipeline."""

    raw: bytes | str
    url: str | None = None
    text: str = ""
    format: str = ""  # "html" or "text"
    decoding: Decoding = field(default_factory=Decoding)
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)  # published, modified, authors, site_name ...
    keywords: dict[str, list[str]] = field(default_factory=dict)  # keyword -> evidence
    spans: list[Any] = field(default_factory=list)  # spam spans found by detection (spam.spans.Span)
    edits: list[Edit] = field(default_factory=list)
    score: float = 0.0
    contaminated: bool = False
    notes: list[str] = field(default_factory=list)
    tree: Any = None  # the parsed HTML tree while parsing; dropped afterwards
    #: texts a parser made clean (:func:`~cleantext.normalize.is_clean` holds for them), which the normalize step
    #: does not test again; a block's text changed since is another text, tested as usual.  Dropped once normalized
    known_clean: set[str] = field(default_factory=set, repr=False)

    def add(self, role: str, text: str, origin: str = "", **kw: Any) -> Block:
        block = Block(role=role, text=text, origin=origin, id=len(self.blocks), **kw)
        self.blocks.append(block)
        return block

    def by_role(self, *roles: str, include_dropped: bool = False) -> list[Block]:
        return [b for b in self.blocks if b.role in roles and (include_dropped or not b.dropped)]

    def ends(self, role: str, n: int) -> tuple[list[Block], list[Block]]:
        """``by_role(role)[:n]`` and ``by_role(role)[-n:]``: the first and the last ``n`` blocks of ``role`` that
        are not dropped, each found from its own end of the page (not by a pass over a long page's blocks)."""
        head: list[Block] = []
        for b in self.blocks:
            if len(head) >= n:
                break
            if b.role == role and not b.dropped:
                head.append(b)
        tail: list[Block] = []
        for b in reversed(self.blocks):
            if len(tail) >= n:
                break
            if b.role == role and not b.dropped:
                tail.append(b)
        return head, tail[::-1]

    def first(self, role: str) -> Block | None:
        for b in self.blocks:
            if b.role == role and not b.dropped:
                return b
        return None

    def meta_text(self, *keys: str) -> str:
        for k in keys:
            v = self.meta.get(k)
            if v:
                return v
        return ""
