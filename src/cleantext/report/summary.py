"""The summary of a batch output as one self-contained HTML page (``cleantext report OUT.jsonl -o summary.html``).

Shows records, contaminated share, errors, edits per kind, the most frequent keywords and spam domains, a histogram
of scores (inline SVG) and the pages with the most edits, each with its id and source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from . import kinds
from .markup import bar, esc, fmt_num, link_or_text, plural, table
from .shell import document
from .stats import BatchStats, summarize
from .svg import histogram


def _card(key: str, big: str, sub: str) -> str:
    return (
        f'<div class="card"><div class="k">{esc(key)}</div><div class="big">{big}</div>'
        f'<div class="sub">{sub}</div></div>'
    )


def _cards(s: BatchStats) -> str:
    share = s.contaminated_share
    pct = "–" if share is None else f"{share * 100:.0f}%"
    total = sum(s.edits.values())
    return '<div class="cards cards4">' + "".join(
        [
            _card("Records", str(s.records), f"{plural(s.articles, 'article')}, {plural(s.errors, 'error')}"),
            _card(
                "Contaminated",
                pct,
                f'<span class="score bad">{s.contaminated} of {plural(s.articles, "article")}{bar(share)}</span>',
            ),
            _card("Edits", str(total), f"in {plural(s.pages_with_edits, 'page')}"),
            _card("Errors", str(s.errors), "records that could not be cleaned" if s.errors else "none"),
        ]
    ) + "</div>"


def _panel(title: str, inner: str) -> str:
    return f'<section class="panel"><h2 class="sec-title">{esc(title)}</h2>{inner}</section>'


def _counts_table(counter: Counter, head: str, unit: str, n: int = 20) -> str:
    rows = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]  # ties by name: the same table every run
    if not rows:
        return '<p class="empty">none</p>'
    top = rows[0][1] or 1
    body = "".join(
        f'<tr><td>{esc(k)}</td><td class="n">{v}</td><td class="b">{bar(v / top)}</td></tr>' for k, v in rows
    )
    more = f'<p class="sub">and {len(counter) - n} more</p>' if len(counter) > n else ""
    return table([head, unit, ""], body) + more


def _kinds_table(s: BatchStats) -> str:
    order = list(kinds.KINDS) + sorted(k for k in s.edits if k not in kinds.KINDS)
    top = max(s.edits.values(), default=0) or 1
    rows = "".join(
        f'<tr><td><span class="chip k-{kinds.css_kind(k)}">{esc(kinds.label(k))}</span></td>'
        f'<td class="n">{s.edits[k]}</td><td class="n">{s.pages_by_kind[k]}</td>'
        f'<td class="b">{bar(s.edits[k] / top)}</td></tr>'
        for k in order
    )
    return table(["kind", "edits", "pages", ""], rows)


def _pages_table(s: BatchStats) -> str:
    pages = s.top_pages
    if not pages:
        return '<p class="empty">No page was edited.</p>'
    rows = []
    for i, p in enumerate(pages, start=1):
        chips = " ".join(
            f'<span class="chip k-{kinds.css_kind(k)}">{n} {esc(kinds.label(k))}</span>'
            for k, n in sorted(p.kinds.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        state = "bad" if p.contaminated else "ok"
        url = f'<div>{link_or_text(p.url)}</div>' if p.url else ""
        origin = f'<div class="url">{esc(p.origin)}</div>' if p.origin and p.origin != p.id else ""
        rows.append(
            f'<tr><td class="num">{i}</td><td class="where">{esc(p.id)}{origin}</td>'
            f'<td class="where">{esc(p.source)}</td>'
            f"<td>{esc(p.title) or '<span class=nothing>(untitled)</span>'}{url}</td>"
            f'<td class="conf"><span class="score {state}">{fmt_num(p.score)}{bar(p.score)}</span></td>'
            f'<td class="num">{p.edits}</td><td>{chips}</td></tr>'
        )
    return table(["#", "id", "source", "title", "score", "edits", "kinds"], "".join(rows))


def _errors_table(s: BatchStats) -> str:
    if not s.errors:
        return '<p class="empty">No errors.</p>'
    rows = "".join(
        f'<tr><td class="where">{esc(i)}</td><td class="where">{esc(src)}</td><td>{esc(err)}</td></tr>'
        for i, src, err in s.error_rows
    )
    more = f'<p class="sub">and {s.errors - len(s.error_rows)} more</p>' if s.errors > len(s.error_rows) else ""
    return table(["id", "from", "error"], rows) + more


def render_stats(s: BatchStats, name: str = "batch") -> str:
    """The summary page of already computed totals (``name`` says which batch output)."""
    body = [
        _cards(s),
        '<div class="grid2">',
        _panel("Edits per kind", _kinds_table(s)),
        _panel(f"Spam scores ({len(s.scores)} articles)", f'<div class="hist">{histogram(s.scores)}</div>'),
        "</div>",
        '<div class="grid2">',
        _panel("Most frequent keywords", _counts_table(s.keywords, "keyword", "pages")),
        _panel("Spam domains", _counts_table(s.domains, "domain", "pages")),
        "</div>",
        f'<div class="edits-sec">{_panel(f"Pages with the most edits (top {s.top_n})", _pages_table(s))}</div>',
        '<div class="grid2 gap-top">',
        _panel("Decoding", _counts_table(s.decodings, "charset (method)", "pages")),
        _panel(f"Errors ({s.errors})", _errors_table(s)),
        "</div>",
    ]
    return document(f"cleantext summary: {name}", f"batch summary · {name}", "".join(body))


def render_summary(records: Iterable[Mapping[str, Any]], name: str = "batch", top: int = 20) -> str:
    """The summary page of batch records: ``Article.to_dict()`` plus ``id``/``source``, or ``id``/``source``/``error``.

    ``name`` labels the batch; ``top`` is how many pages the "most edits" table lists."""
    return render_stats(summarize(records, top_n=top), name)


def write_summary_report(records: Iterable[Mapping[str, Any]], path: str, name: str = "batch", top: int = 20) -> None:
    """Write :func:`render_summary` to ``path`` (UTF-8)."""
    html = render_summary(records, name, top)
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as f:
        f.write(html)
