"""The report of one or more cleaned articles: verdict, the text with every edit marked, the view switch, the edit
list, keywords and decoding.  Built from the article's data alone (``Article`` or its ``to_dict()`` shape).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from . import decoding, kinds
from .data import article_record
from .edittable import table_html
from .marks import Placement, place
from .markup import bar, esc, fmt_num, link_or_text, plural
from .shell import document
from .textview import list_html, scalar_html

VIEWS = (
    ("changes", "Changes", "every edit marked: cut text struck out, restored words highlighted"),
    ("found", "As found", "the text as the page had it, spam tinted red"),
    ("clean", "Cleaned", "the article as cleantext returns it"),
)


def _switch(aid: str) -> tuple[str, str]:
    """The radio inputs (placed before the content they control) and the labels that toggle them."""
    radios = "".join(
        f'<input type="radio" class="vr vr-{key}" name="{aid}-view" id="{aid}-v-{key}"'
        f'{" checked" if key == "changes" else ""}>'
        for key, _, _ in VIEWS
    )
    labels = "".join(f'<label class="l-{key}" for="{aid}-v-{key}">{name}</label>' for key, name, _ in VIEWS)
    hints = "".join(f'<span class="hint h-{key}">{esc(hint)}</span>' for key, _, hint in VIEWS)
    switch = f'<div class="switch" role="group" aria-label="view">{labels}</div>'
    return radios, f'<div class="toolbar">{switch}{hints}</div>'


def _verdict_card(spam: dict[str, Any]) -> str:
    bad = spam["contaminated"]
    state = "bad" if bad else "ok"
    return (
        '<div class="card"><div class="k">Verdict</div>'
        f'<div class="big"><span class="pill {state}">{"Contaminated" if bad else "Clean"}</span></div>'
        f'<div class="sub score {state}">spam score <b>{fmt_num(spam["score"])}</b>{bar(spam["score"])}</div></div>'
    )


def _edits_card(edits: list[dict[str, Any]], placement: Placement) -> str:
    counts = Counter(e["kind"] for e in edits)
    order = [k for k in kinds.KINDS if counts[k]] + sorted(k for k in counts if k not in kinds.KINDS)
    chips = "".join(
        f'<span class="chip k-{kinds.css_kind(k)}">{counts[k]} {esc(kinds.label(k))}</span>' for k in order
    )
    warn = ""
    if placement.unplaced:
        n = plural(len(placement.unplaced), "edit")
        warn = f'<div class="warn">{n} not marked in the text (see the list)</div>'
    return (
        f'<div class="card"><div class="k">Edits</div><div class="big">{plural(len(edits), "edit")}</div>'
        f'<div class="kinds">{chips}</div>{warn}</div>'
    )


def _decoding_card(enc: dict[str, Any]) -> str:
    charset = enc.get("charset") or ("text" if enc.get("method") == "str" else "–")
    return (
        f'<div class="card"><div class="k">Decoding</div><div class="big">{esc(charset)}</div>'
        f'<div class="sub">{esc(decoding.describe(enc, charset=False))}</div></div>'
    )


def _legend() -> str:
    rows = "".join(
        f'<li><span class="chip k-{k}">{kinds.label(k)}</span><span>{esc(kinds.HELP[k])}</span></li>'
        for k in kinds.KINDS
    )
    return f'<div class="card"><h3>Legend</h3><ul class="legend">{rows}</ul></div>'


def _side(rec: dict[str, Any]) -> str:
    spam = rec["spam"]
    kw = "".join(f"<span>{esc(k)}</span>" for k in spam["keywords"]) or '<span class="none">none</span>'
    info = [
        ("url", link_or_text(rec["url"]) if rec["url"] else ""),
        ("published", esc(pretty_time(rec["published"]))),
        ("modified", esc(pretty_time(rec["modified"]))),
        ("authors", esc(", ".join(rec["authors"]))),
    ]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in info if v)
    enc = "".join(f"<dt>{esc(k)}</dt><dd>{esc('–' if v is None else v)}</dd>" for k, v in spam["encoding"].items())
    notes = "".join(f"<li>{esc(n)}</li>" for n in spam["notes"])
    out = [
        _legend(),
        f'<div class="card"><h3>This page\'s keywords ({len(spam["keywords"])})</h3><div class="kw">{kw}</div></div>',
    ]
    if dl:
        out.append(f'<div class="card"><h3>Article</h3><dl>{dl}</dl></div>')
    if enc:
        out.append(f'<div class="card"><h3>spam.encoding</h3><dl>{enc}</dl></div>')
    if notes:
        out.append(f'<div class="card"><h3>Notes</h3><ul class="notes">{notes}</ul></div>')
    return f'<aside class="side">{"".join(out)}</aside>'


_ISO = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?$")


def pretty_time(value: str) -> str:
    """An ISO 8601 time for reading: ``2025-08-12T09:30:00+09:00`` -> ``2025-08-12 09:30 +09:00``."""
    m = _ISO.match(value)
    return f"{m.group(1)} {m.group(2)}{' ' + m.group(3) if m.group(3) else ''}" if m else value


def _published(placement: Placement, aid: str) -> str:
    fv = placement.fields["published"]
    if fv.has_marks or not fv.items[0].text:
        return scalar_html(fv, aid, "span", "f-published")
    return f'<span class="f-published" data-field="published">{esc(pretty_time(fv.items[0].text))}</span>'


def _article_html(placement: Placement, aid: str) -> str:
    f = placement.fields
    meta = "".join(scalar_html(f[name], aid, "span", f"f-{name}") for name in ("section", "source", "byline"))
    meta += _published(placement, aid)
    parts = [
        f'<div class="meta">{meta}</div>' if meta else "",
        scalar_html(f["title"], aid, "h1", "f-title"),
        scalar_html(f["subtitle"], aid, "p", "f-subtitle"),
    ]
    caps = list_html(f["captions"], aid, "figcaption", "cap", wrap="figure")
    if caps:
        parts.append(f'<div class="f-captions">{caps}</div>')
    paras = list_html(f["paragraphs"], aid, "p", "para")
    parts.append(f'<div class="f-paragraphs">{paras}</div>' if paras else '<p class="none">(no paragraphs)</p>')
    tags = list_html(f["tags"], aid, "span", "tg")
    if tags:
        parts.append(f'<div class="tags">{tags}</div>')
    return f'<article class="page" lang="ko">{"".join(parts)}</article>'


def _lengths(placement: Placement) -> dict[str, int]:
    return {name: len(fv.items) for name, fv in placement.fields.items() if fv.is_list}


def article_section(article: Any, source: str | None = None, number: int = 1) -> str:
    """One article's report as an HTML ``<section>`` (``number`` makes its ids unique in a multi-article page)."""
    rec = article_record(article)
    aid = f"a{number}"
    placement = place(rec)
    edits = rec["spam"]["edits"]
    radios, toolbar = _switch(aid)
    head = []
    if source:
        head.append(f'<span class="file">{esc(source)}</span>')
    if rec["url"]:
        head.append(link_or_text(rec["url"]))
    cards = _verdict_card(rec["spam"]) + _edits_card(edits, placement) + _decoding_card(rec["spam"]["encoding"])
    return (
        f'<section class="art" id="{aid}">{radios}'
        f'<div class="art-head">{"".join(head)}</div>'
        f'<div class="cards">{cards}</div>'
        f'<div class="layout"><div class="main">{toolbar}{_article_html(placement, aid)}</div>{_side(rec)}</div>'
        f'<div class="edits-sec"><h2 class="sec-title">Edits ({len(edits)})</h2>'
        f"{table_html(edits, aid, placement.unplaced, _lengths(placement))}</div></section>"
    )


def _index(records: list[dict[str, Any]], sources: Sequence[str | None]) -> str:
    rows = []
    for n, (rec, src) in enumerate(zip(records, sources, strict=True), start=1):
        bad = rec["spam"]["contaminated"]
        verdict = "contaminated" if bad else "clean"
        rows.append(
            f'<li><a href="#a{n}">{esc(rec["title"] or "(untitled)")}</a> '
            f'<span class="url">{esc(src or "")}</span> <span class="chip k-{"remove" if bad else "restore"}">'
            f'{verdict} {fmt_num(rec["spam"]["score"])}</span> {plural(len(rec["spam"]["edits"]), "edit")}</li>'
        )
    return f'<nav class="index"><h2 class="sec-title">{len(records)} articles</h2><ol>{"".join(rows)}</ol></nav>'


def render_articles(articles: Sequence[Any], sources: Sequence[str | None] | None = None) -> str:
    """The report of several articles as one HTML page: a small index, then one section per article."""
    srcs: list[str | None] = list(sources or [])[: len(articles)]
    srcs += [None] * (len(articles) - len(srcs))
    records = [article_record(a) for a in articles]
    sections = "".join(article_section(r, s, n) for n, (r, s) in enumerate(zip(records, srcs, strict=True), start=1))
    if len(records) == 1:
        title = f"cleantext report: {records[0]['title'] or srcs[0] or 'article'}"
        return document(title, f"cleaning report · {srcs[0] or records[0]['title'] or 'article'}", sections)
    body = (_index(records, srcs) if records else '<p class="empty">No articles.</p>') + sections
    return document(f"cleantext report: {len(records)} articles", f"cleaning report · {len(records)} articles", body)


def render_article(article: Any, source: str | None = None) -> str:
    """The report of one article (an ``Article`` or its ``to_dict()``) as a self-contained HTML page."""
    return render_articles([article], [source])


def write_article_report(articles: Sequence[Any], path: str, sources: Sequence[str | None] | None = None) -> None:
    """Write the report of ``articles`` (one section each, ``sources`` naming their files) to ``path`` (UTF-8)."""
    html = render_articles(articles, sources)  # rendered first: a failure leaves no empty file behind
    # (a file name that is not UTF-8 holds lone surrogates: written as escapes, not a crash)
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as f:
        f.write(html)
