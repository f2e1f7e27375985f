"""Find the element that holds the article body in a parsed page.

Korean news CMSs mark their body with a small set of ids, classes and ``itemprop=articleBody``: those are
tried first, in one CSS query.  Any other page goes through a generic scorer: every element that directly holds
paragraphs (``<p>`` children or ``<br>``-separated text) gets the length of its own text, less the text of its
links, with a bonus or penalty from its class and id (``article``/``content``/``body`` versus
``nav``/``footer``/``related``/``comment``); the best-scoring element wins, widened to its parent when its
siblings hold the rest of the article.
"""

from __future__ import annotations

import re
from typing import Any

# known body containers of Korean (and common international) news CMSs, most specific first
KNOWN_BODY = (
    '[itemprop="articleBody"]',
    "#article-view-content-div",
    "#articleBodyContents",
    "#newsct_article",
    "#dic_area",
    "#article_body",
    "#articleBody",
    "#articletxt",
    "#articleText",
    "#news_body_area",
    "#newsEndContents",
    "#textBody",
    "#view_con",
    "#CmAdContent",
    ".article_body",
    ".article-body",
    ".articleBody",
    ".article_view",
    ".article-view-content",
    ".article_txt",
    ".art_txt",
    ".news_body",
    ".news-body",
    ".news_view",
    ".news_content",
    ".view_con",
    ".view-cont",
    ".view_content",
    ".story-news",
    ".cont_view",
    ".article-text",
    ".entry-content",
    ".post-content",
    ".article-content",
    ".articleContent",
    ".story-body",
)
KNOWN_BODY_SELECTOR = ", ".join(KNOWN_BODY)

POSITIVE = re.compile(
    r"article|content|body|entry|story|post|text|news|view|main|read|column|blog|detail|본문", re.I
)
NEGATIVE = re.compile(
    r"nav|menu|gnb|lnb|footer|header|related|relate|recommend|popular|rank|best|most|comment|reply|share|sns|"
    r"social|banner|ad[-_]|ads|adv|promo|sponsor|sidebar|aside|widget|subscribe|newsletter|login|copyright|"
    r"breadcrumb|location|tag|keyword|author-info|reporter|profile|pagination|paging|more|list|tool|util|"
    r"search|modal|popup|cookie|outbrain|taboola|hidden",
    re.I,
)

_BLOCKY = frozenset(("p", "div", "section", "article", "td", "li", "blockquote", "main", "font", "span", "dd"))


def _attr_text(node: Any) -> str:
    a = node.attributes
    return f"{a.get('id') or ''} {a.get('class') or ''}"


def class_weight(node: Any) -> float:
    """Evidence from an element's id and class: positive for article-ish names, negative for boilerplate."""
    names = _attr_text(node)
    if not names.strip():
        return 0.0
    w = 0.0
    if POSITIVE.search(names):
        w += 25.0
    if NEGATIVE.search(names):
        w -= 25.0
    return w


def known_body(tree: Any) -> Any | None:
    """The known body container with the most text, if the page has one."""
    best, best_len = None, 0
    for node in tree.css(KNOWN_BODY_SELECTOR):
        n = len(node.text(deep=True, separator=" ", strip=True))
        if n > best_len * 1.5 or (best is not None and n > best_len and node in _ancestors(best)):
            best, best_len = node, n
    return best if best_len >= 80 else None


def _ancestors(node: Any) -> list[Any]:
    out = []
    p = node.parent
    while p is not None:
        out.append(p)
        p = p.parent
    return out


def scored_body(tree: Any) -> Any | None:
    """The generic scorer: the element whose own paragraphs hold the most article-like text."""
    scores: dict[int, list[Any]] = {}
    for p in tree.css("p, br, pre"):
        parent = p.parent
        if parent is None:
            continue
        key = parent.mem_id
        if key in scores:
            continue
        text = parent.text(deep=True, separator=" ", strip=True)
        if len(text) < 25:
            scores[key] = [parent, 0.0]
            continue
        link_len = sum(len(a.text(deep=True, strip=True)) for a in parent.css("a"))
        density = link_len / max(1, len(text))
        score = len(text) * (1.0 - density) + class_weight(parent) * 4 + text.count(",") * 5
        scores[key] = [parent, score]
    if not scores:
        return None
    parent, best = max(scores.values(), key=lambda x: x[1])
    if best <= 0:
        return None
    # widen to the grandparent when sibling containers carry comparable text (articles split in sections)
    gp = parent.parent
    if gp is not None and gp.tag not in ("body", "html"):
        sib = sum(s for n, s in scores.values() if n.parent is not None and n.parent.mem_id == gp.mem_id)
        if sib > best * 1.3 and class_weight(gp) >= 0:
            return gp
    return parent


def find_body(tree: Any) -> Any | None:
    """The article body element: a known CMS container when there is one, else the generic scorer's choice."""
    return known_body(tree) or scored_body(tree)
