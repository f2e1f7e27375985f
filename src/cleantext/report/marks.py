"""Where each edit stands in the cleaned article: the placement logic behind the report, with no HTML in it.

An edit is located by ``field``, ``index`` (item of a list field) and ``start`` (offset in the cleaned item where
``after`` now stands).  Inline edits (``remove``, ``restore``, ``flag``) become marks inside an item's text; a
``drop`` becomes a block before the item that now follows it; a ``merge`` folds the duplicate copy into the kept
item.  Putting ``before`` back in place of ``after`` at every mark rebuilds the text as found.

An edit whose location does not match the text (unknown field, index out of range, ``text[start:start+len(after)]
!= after``, overlap with another mark) is never marked: it is returned in :attr:`Placement.unplaced` with the
reason, so the report can still list it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .data import LIST_FIELDS, SCALAR_FIELDS

BLOCK_KINDS = ("drop",)
FOLD_KINDS = ("merge",)


@dataclass(frozen=True)
class Mark:
    """One edit as shown in the text.  ``no`` is the edit's 1-based number in the report's edit list."""

    no: int
    kind: str
    before: str
    after: str
    evidence: str
    confidence: float | None


Piece = str | Mark


@dataclass
class Item:
    """One text item of a field: plain text and inline marks in order, blocks dropped before it, folded copies."""

    text: str
    pieces: list[Piece] = field(default_factory=list)
    drops_before: list[Mark] = field(default_factory=list)
    folded: list[Mark] = field(default_factory=list)


@dataclass
class FieldView:
    """A field ready to render; a scalar field has a single item.  ``trailing`` holds blocks dropped at the end."""

    name: str
    is_list: bool
    items: list[Item]
    trailing: list[Mark] = field(default_factory=list)

    @property
    def has_marks(self) -> bool:
        return bool(self.trailing) or any(
            it.drops_before or it.folded or any(isinstance(p, Mark) for p in it.pieces) for it in self.items
        )


@dataclass
class Placement:
    """Every field of the article with its marks, and the edits that could not be placed (number -> reason)."""

    fields: dict[str, FieldView]
    unplaced: dict[int, str]

    def marks(self) -> list[Mark]:
        """All placed marks (for counting and tests)."""
        out: list[Mark] = []
        for fv in self.fields.values():
            for it in fv.items:
                out += it.drops_before + [p for p in it.pieces if isinstance(p, Mark)] + it.folded
            out += fv.trailing
        return out


def _mark(no: int, e: dict[str, Any]) -> Mark:
    return Mark(no, e["kind"], e["before"], e["after"], e["evidence"], e["confidence"])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans conflict when they share characters, or one is empty and falls strictly inside the other."""
    (s1, e1), (s2, e2) = a, b
    if s1 == e1 and s2 == e2:
        return False
    if s1 == e1:
        return s2 < s1 < e2
    if s2 == e2:
        return s1 < s2 < e1
    return max(s1, s2) < min(e1, e2)


def _item_for(fv: FieldView, index: int | None) -> tuple[Item | None, str]:
    if not fv.is_list:
        return (fv.items[0], "") if index is None else (None, f"{fv.name} is not a list, but index is {index}")
    if index is None:
        return None, f"{fv.name} is a list, but the edit has no index"
    if not 0 <= index < len(fv.items):
        return None, f"index {index} is outside {fv.name} ({len(fv.items)} items)"
    return fv.items[index], ""


def _place_inline(fv: FieldView, e: dict[str, Any], spans: dict[int, list], no: int) -> str:
    item, why = _item_for(fv, e["index"])
    if item is None:
        return why
    start, after, text = e["start"], e["after"], item.text
    if start is None:
        return "the edit has no offset (start)"
    if not 0 <= start <= len(text):
        return f"offset {start} is outside the text ({len(text)} characters)"
    found = text[start : start + len(after)]
    if found != after:
        return f"the text at offset {start} is {found!r}, not {after!r}"
    span = (start, start + len(after))
    taken = spans.setdefault(id(item), [])
    for other_span, other_no in taken:
        if _overlaps(span, other_span):
            return f"overlaps edit #{other_no}"
    taken.append((span, no))
    item.pieces.append(_mark(no, e))  # ordered in _assemble
    return ""


def _place_block(fv: FieldView, e: dict[str, Any], no: int) -> str:
    index = e["index"]
    if not fv.is_list:
        if index is not None:
            return f"{fv.name} is not a list, but index is {index}"
        fv.trailing.append(_mark(no, e))
        return ""
    if index is None or not 0 <= index <= len(fv.items):
        return f"drop position {index} is outside {fv.name} (0..{len(fv.items)})"
    (fv.items[index].drops_before if index < len(fv.items) else fv.trailing).append(_mark(no, e))
    return ""


def _place_fold(fv: FieldView, e: dict[str, Any], no: int) -> str:
    item, why = _item_for(fv, e["index"])
    if item is None:
        return why
    item.folded.append(_mark(no, e))
    return ""


def _assemble(item: Item, spans: list) -> None:
    """Turn the item's text and its (already checked) inline marks into ordered pieces."""
    marks = {m.no: m for m in item.pieces if isinstance(m, Mark)}
    pieces: list[Piece] = []
    pos = 0
    for (s, end), no in sorted(spans, key=lambda x: (x[0][0], x[0][1], x[1])):
        if s > pos:
            pieces.append(item.text[pos:s])
        pieces.append(marks[no])
        pos = end
    if pos < len(item.text) or not pieces:
        pieces.append(item.text[pos:])
    item.pieces = [p for p in pieces if p != ""]


def _field_views(article: dict[str, Any]) -> dict[str, FieldView]:
    views: dict[str, FieldView] = {}
    for name in SCALAR_FIELDS:
        views[name] = FieldView(name, False, [Item(article.get(name) or "")])
    for name in LIST_FIELDS:
        views[name] = FieldView(name, True, [Item(t) for t in article.get(name) or []])
    return views


def place(article: dict[str, Any]) -> Placement:
    """Locate every edit of a normalized article record (see :func:`cleantext.report.data.article_record`)."""
    views = _field_views(article)
    unplaced: dict[int, str] = {}
    spans: dict[int, list] = {}
    for no, e in enumerate(article["spam"]["edits"], start=1):
        fv = views.get(e["field"])
        if fv is None:
            unplaced[no] = f"no field {e['field']!r} in the article"
            continue
        if e["kind"] in BLOCK_KINDS:
            why = _place_block(fv, e, no)
        elif e["kind"] in FOLD_KINDS:
            why = _place_fold(fv, e, no)
        else:
            why = _place_inline(fv, e, spans, no)
        if why:
            unplaced[no] = why
    for fv in views.values():
        for it in fv.items:
            _assemble(it, spans.get(id(it), []))
    return Placement(views, unplaced)


def as_found(item: Item) -> str:
    """The item's text as found on the page: every inline mark's ``before`` put back in place of its ``after``."""
    return "".join(p if isinstance(p, str) else p.before for p in item.pieces)


def cleaned(item: Item) -> str:
    """The item's cleaned text, rebuilt from its pieces (equals ``item.text``)."""
    return "".join(p if isinstance(p, str) else p.after for p in item.pieces)
