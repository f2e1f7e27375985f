"""The article's text with every edit marked in place (HTML).

Markup contract (the stylesheet and the tests rely on it):

* every placed edit is one element with class ``mk mk-<kind>``, ``data-kind``, ``data-edit`` (its number in the
  edit list) and an ``id`` the edit list links to;
* text that was on the page but is not in the cleaned article is inside an element with class ``was``; text that
  is in the cleaned article but was not on the page is inside ``now``; decoration (edit numbers, labels) is ``ui``;
* so the cleaned text of an element is its text without ``.was`` and ``.ui``, and the text as found is its text
  without ``.now`` and ``.ui``.  Inside a mark, ``del`` holds the edit's ``before`` and ``ins`` its ``after``.
"""

from __future__ import annotations

from . import kinds
from .diff import diff_runs
from .marks import FieldView, Item, Mark
from .markup import esc, fmt_num


def _title(m: Mark) -> str:
    head = f"#{m.no} {kinds.label(m.kind)} · confidence {fmt_num(m.confidence)}"
    return esc(f"{head}\n{m.evidence}" if m.evidence else head)


def _attrs(m: Mark, aid: str, extra_class: str = "") -> str:
    cls = f"mk mk-{kinds.css_kind(m.kind)}{' ' + extra_class if extra_class else ''}"
    return (
        f'class="{cls}" id="{aid}-e{m.no}" data-kind="{esc(m.kind)}" data-edit="{m.no}" title="{_title(m)}"'
    )


def _ref(m: Mark, aid: str) -> str:
    return f'<a class="ref ui" href="#{aid}-r{m.no}" aria-label="edit {m.no}">{m.no}</a>'


def inline_mark(m: Mark, aid: str) -> str:
    """A mark inside a sentence: the cut or replaced text (``del.was``), the restored text (``ins.now``)."""
    was = f'<del class="was">{esc(m.before)}</del>' if m.before else ""
    now = f'<ins class="now">{esc(m.after)}</ins>' if m.after else ""
    return f"<span {_attrs(m, aid)}>{was}{now}{_ref(m, aid)}</span>"


def _reason(evidence: str) -> str:
    """The first clause of the evidence ("a hashtag run"), short enough for a label."""
    head = evidence.split(";", 1)[0].strip()
    return head if len(head) <= 60 else head[:57] + "…"


def block_mark(m: Mark, aid: str, tag: str = "div") -> str:
    """A whole block that was dropped, in the place where it stood."""
    reason = _reason(m.evidence)
    label = f"{kinds.label(m.kind)}{' · ' + reason if reason else ''}"
    return (
        f'<{tag} {_attrs(m, aid, "blk was")}><span class="tag ui">{esc(label)} {_ref(m, aid)}</span>'
        f"<del>{esc(m.before)}</del></{tag}>"
    )


def _runs_html(text: str, other: str) -> str:
    runs, _ = diff_runs(text, other)
    return "".join(f'<b class="df">{esc(t)}</b>' if changed else esc(t) for t, changed in runs)


def fold_mark(m: Mark, aid: str, kept: str) -> str:
    """A duplicate copy folded under the kept item; its differences from the kept copy are emphasised."""
    fid = f"{aid}-f{m.no}"
    return (
        f'<div {_attrs(m, aid, "fold-box was")}>'
        f'<input type="checkbox" class="fold ui" id="{fid}">'
        f'<label class="tag ui" for="{fid}">{esc(kinds.label(m.kind))} · printed twice, the other copy folded '
        f'<span class="caret">▸</span> {_ref(m, aid)}</label>'
        f'<del class="dup">{_runs_html(m.before, kept)}</del></div>'
    )


def item_html(item: Item, aid: str) -> str:
    """The item's text with its inline marks."""
    return "".join(esc(p) if isinstance(p, str) else inline_mark(p, aid) for p in item.pieces)


def scalar_html(fv: FieldView, aid: str, tag: str, css_class: str) -> str:
    """A scalar field (title, byline ...) with its marks; empty when the field is empty and unedited."""
    item = fv.items[0]
    if not item.pieces and not fv.has_marks:
        return ""
    body = item_html(item, aid) + "".join(block_mark(m, aid, "span") for m in fv.trailing)
    body += "".join(fold_mark(m, aid, item.text) for m in item.folded)
    return f'<{tag} class="{css_class}" data-field="{esc(fv.name)}">{body}</{tag}>'


def list_html(fv: FieldView, aid: str, tag: str, css_class: str, wrap: str = "") -> str:
    """A list field: each item in ``tag``, dropped blocks where they stood, folded copies after their item.

    ``wrap`` (e.g. ``figure``) encloses each item together with its folded copies."""
    out: list[str] = []
    block_tag = "span" if tag == "span" else "div"
    for i, item in enumerate(fv.items):
        out += [block_mark(m, aid, block_tag) for m in item.drops_before]
        html = f'<{tag} class="{css_class}" data-field="{esc(fv.name)}" data-index="{i}">{item_html(item, aid)}</{tag}>'
        html += "".join(fold_mark(m, aid, item.text) for m in item.folded)
        out.append(f"<{wrap}>{html}</{wrap}>" if wrap else html)
    out += [block_mark(m, aid, block_tag) for m in fv.trailing]
    return "".join(out)
