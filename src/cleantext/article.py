"""The clean article and its report: plain dataclasses with ``to_dict`` / ``to_json`` / ``to_markdown``."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

# Edit kinds
REMOVE = "remove"  # spam text cut out of a kept block
RESTORE = "restore"  # a keyword replaced by the word it stood for
FLAG = "flag"  # a substituted word whose original could not be proven: keyword removed, place flagged
DROP = "drop"  # a whole injected block (line, paragraph, hashtag run) dropped
MERGE = "merge"  # a duplicate caption folded into its twin

EDIT_KINDS = (REMOVE, RESTORE, FLAG, DROP, MERGE)


@dataclass
class Edit:
    """One change to the article's content, with the evidence that decided it.

    ``field`` is the article field (``title``, ``captions``, ``paragraphs`` ...) and ``index`` the item of a list
    field in the output (``None`` for the scalar fields).  For a ``drop`` the block is gone: ``index`` is where it
    stood, i.e. the index of the item that now follows it.  ``start`` is the offset in the output item where
    ``after`` now stands (for ``remove`` and ``flag``, where the cut text was), so that a report can mark it in
    place and rebuild the text as found.
    """

    kind: str
    field: str
    before: str
    after: str
    evidence: str
    confidence: float
    index: int | None = None
    start: int | None = None
    block: int | None = None  # id of the document block the edit was made in

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["confidence"] = round(self.confidence, 3)
        d.pop("block", None)
        return d


@dataclass
class Report:
    """What the spam stages found on the page and what they did about it."""

    contaminated: bool = False
    score: float = 0.0
    keywords: list[str] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    encoding: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "contaminated": self.contaminated,
            "score": round(self.score, 3),
            "keywords": list(self.keywords),
            "edits": [e.to_dict() for e in self.edits],
            "encoding": dict(self.encoding),
            "notes": list(self.notes),
        }


ARTICLE_FIELDS = (
    "title",
    "subtitle",
    "section",
    "source",
    "byline",
    "authors",
    "published",
    "modified",
    "url",
    "captions",
    "paragraphs",
    "tags",
)


_MD_INLINE = re.compile(r"([\\`*_~\[\]<>&|])")
_MD_LINE_START = re.compile(r"^([ \t]*)(?:([#+\-=>])|(\d+)([.)]))", re.M)


def md_escape(text: str) -> str:
    """``text`` as Markdown that renders as itself: backslash before the characters that make markup, links,
    emphasis or code, and before what would open a heading, a quote or a list at a line's start."""
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: (m.group(1) + "\\" + m.group(2) if m.group(2)
                                         else m.group(1) + m.group(3) + "\\" + m.group(4)), text)


@dataclass
class Article:
    """The clean article. ``text`` is the paragraphs joined by blank lines."""

    title: str = ""
    subtitle: str | None = None
    section: str = ""
    source: str = ""
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    report: Report = field(default_factory=Report)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape users and the development scorer read: the fields, ``text`` and ``spam``."""
        d: dict[str, Any] = {k: getattr(self, k) for k in ARTICLE_FIELDS}
        d["authors"] = list(self.authors)
        d["captions"] = list(self.captions)
        d["paragraphs"] = list(self.paragraphs)
        d["tags"] = list(self.tags)
        d["text"] = self.text
        d["spam"] = self.report.to_dict()
        return d

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """Markdown: the title as a heading, captions as quotes, the body; the page's text escaped, so that markup or
        Markdown written in it (``<script>``, a line opening with ``#``) reads as the text it is."""
        out: list[str] = []
        if self.title:
            out.append(f"# {md_escape(self.title)}")
        if self.subtitle:
            out.append(f"## {md_escape(self.subtitle)}")
        meta = [md_escape(x) for x in (self.section, self.source, self.byline, self.published) if x]
        if meta:
            out.append(" · ".join(meta))
        out.extend(f"> {md_escape(c)}" for c in self.captions)
        out.extend(md_escape(p) for p in self.paragraphs)
        if self.tags:
            out.append(" ".join(f"#{md_escape(t)}" for t in self.tags))
        return "\n\n".join(out) + "\n"

    def to_text(self) -> str:
        """Readable plain text: title, subtitle, metadata line, captions, body."""
        out: list[str] = []
        if self.title:
            out.append(self.title)
        if self.subtitle:
            out.append(self.subtitle)
        meta = [x for x in (self.section, self.source, self.byline, self.published) if x]
        if meta:
            out.append(" | ".join(meta))
        out.extend(f"[{c}]" for c in self.captions)
        out.extend(self.paragraphs)
        return "\n\n".join(out) + "\n"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (used by batch reports)."""
        spam = d.get("spam") or {}
        report = Report(
            contaminated=bool(spam.get("contaminated")),
            score=float(spam.get("score") or 0.0),
            keywords=list(spam.get("keywords") or []),
            edits=[Edit(**{k: e.get(k) for k in Edit.__dataclass_fields__ if k in e}) for e in spam.get("edits") or []],
            encoding=dict(spam.get("encoding") or {}),
            notes=list(spam.get("notes") or []),
        )
        kw = {k: d.get(k) for k in ARTICLE_FIELDS if k in d}
        for k in ("authors", "captions", "paragraphs", "tags"):
            kw[k] = list(kw.get(k) or [])
        return cls(**kw, report=report)
