"""The edit list (HTML table): kind, place, before → after, evidence, confidence, each linked to its mark."""

from __future__ import annotations

from typing import Any

from . import kinds
from .diff import diff_runs
from .markup import bar, esc, fmt_num

_ITEM_NAMES = {"paragraphs": "paragraph", "captions": "caption", "tags": "tag", "authors": "author"}


def where(e: dict[str, Any], n_items: int | None = None) -> str:
    """The edit's place in words: ``title``, ``paragraph 3 · at 64``, ``end of paragraphs``.

    ``n_items`` is the length of the edit's list field, to say "end" for a block dropped after the last item."""
    name, index, start = e["field"], e["index"], e["start"]
    item = _ITEM_NAMES.get(name)
    if item and index is not None:
        place = f"{item} {index + 1}"
        if e["kind"] == "drop":
            place = f"end of {name}" if index == n_items else f"before {item} {index + 1}"
    else:
        place = name or "?"
    if start is not None and e["kind"] not in ("drop", "merge"):
        place += f" · at {start}"
    return place


def _runs(a: str, b: str) -> str:
    runs, _ = diff_runs(a, b)
    return "".join(f'<b class="df">{esc(t)}</b>' if changed else esc(t) for t, changed in runs)


def change_html(e: dict[str, Any]) -> str:
    """``before → after`` for the kind: a merge shows both copies with their differences emphasised."""
    before, after = e["before"], e["after"]
    if e["kind"] == "merge":
        return (
            f'<div class="copy"><span class="lbl">dropped copy</span> <del>{_runs(before, after)}</del></div>'
            f'<div class="copy"><span class="lbl">kept</span> <ins>{_runs(after, before)}</ins></div>'
        )
    b = f"<del>{esc(before)}</del>" if before else '<span class="nothing">(nothing)</span>'
    a = f"<ins>{esc(after)}</ins>" if after else '<span class="nothing">(nothing)</span>'
    if e["kind"] == "drop" and not after:
        return b
    return f'{b} <span class="arrow">→</span> {a}'


def row_html(no: int, e: dict[str, Any], aid: str, unplaced: str | None, n_items: int | None = None) -> str:
    """One row; the number links to the mark in the text unless the edit could not be placed."""
    kind = kinds.css_kind(e["kind"])
    if unplaced is None:
        num = f'<a href="#{aid}-e{no}" title="show in the text">{no}</a>'
        note = ""
    else:
        num = str(no)
        note = f'<div class="warn">not marked in the text: {esc(unplaced)}</div>'
    conf = e["confidence"]
    return (
        f'<tr id="{aid}-r{no}" class="row-{kind}{" unplaced" if unplaced else ""}">'
        f'<td class="num">{num}</td>'
        f'<td><span class="chip k-{kind}">{esc(kinds.label(e["kind"]))}</span></td>'
        f'<td class="where">{esc(where(e, n_items))}{note}</td>'
        f'<td class="change">{change_html(e)}</td>'
        f'<td class="ev">{esc(e["evidence"])}</td>'
        f'<td class="conf">{fmt_num(conf)}{bar(conf)}</td></tr>'
    )


def table_html(
    edits: list[dict[str, Any]], aid: str, unplaced: dict[int, str], lengths: dict[str, int] | None = None
) -> str:
    """The whole edit list, numbered from 1 in report order (``lengths``: items per list field, for "end of")."""
    if not edits:
        return '<p class="empty">No edits: the article came out as it went in.</p>'
    lengths = lengths or {}
    rows = "".join(
        row_html(no, e, aid, unplaced.get(no), lengths.get(e["field"])) for no, e in enumerate(edits, start=1)
    )
    return (
        '<table class="edits"><thead><tr><th>#</th><th>kind</th><th>where</th><th>before → after</th>'
        f"<th>evidence</th><th>confidence</th></tr></thead><tbody>{rows}</tbody></table>"
    )
