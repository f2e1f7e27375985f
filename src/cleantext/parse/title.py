"""Which heading is the page's title: the headline a reader sees above the article.

The page carries copies of its headline in ``og:title`` and ``<title>``, and the two may differ from each other
and from the visible ``<h1>`` (an SEO title, a shorter social title).  The title is decided in this order:

1. an ``h1`` (or ``[itemprop=headline]``) that matches one of those copies well;
2. else the article's own ``h1``: the first ``h1`` next to the body -- it and the body meet a few levels up, it
   comes before the body's text, it is not under a logo, a sidebar or a related-stories box, and it is not the
   site's or the section's name;
3. else any heading-like element (``h2``-``h4``, ``[class*=tit]``) that matches a copy fairly well;
4. else (the caller's part) the copy itself: ``og:title``, or ``<title>`` without its site suffix.

Step 2 needs the body, and step 3's heading helps find it (the body is near the title), so :func:`title_node`
gives steps 1 and 3, and :func:`visible_headline` step 2 once the body is known.  Spam words in any of these are
the spam stages' business: this module only picks the element.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from ..extract import UNLIKELY, UNLIKELY_TAGS, NameRule
from .prepass import clean

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
CONTAINED = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "span", "dl", "dd", "table"))
TITLE_FALLBACK = "h1, h2, h3, h4, [class*=tit], [class*=headline], [class*=Title], [itemprop=headline]"
GOOD_TITLE = 80  # a heading of the first query that matches the headline this well ends the search
FAIR_TITLE = 55  # a heading-like element that matches the headline this well is the title
# names of the page's own masthead: an h1 under them is the site's name, not the article's headline
LOGO = NameRule("logo|brand|masthead|site-?title|site_title|site-?name|site_name|sitename|blog-?title|blog_title")
MAX_H1_UP = 4  # levels above a visible h1 where it meets the body
MAX_BODY_UP = 4  # levels above the body where it meets a visible h1
MAX_TEXT_BEFORE = 200  # characters of the body's text before an h1 inside it (a headline opens the body)
MIN_HEADLINE = 8  # a shorter h1 is a label (a section's or a site's name), not a headline
MAX_HEADLINE = 300
_STOP = frozenset(("html", "body", "-document", "#document"))


def _text(node: Any) -> str:
    return clean(node.text(deep=True, separator=" "))


def _names(node: Any) -> str:
    a = node.attributes
    return f"{a.get('id') or ''} {a.get('class') or ''}".strip()


def title_node(tree: Any, headlines: list[str], headings: list[Any], exact: str = "") -> tuple[Any | None, bool]:
    """The visible heading that carries the page's headline (the closest to one of ``headlines``: ``og:title``,
    ``<title>`` without its suffix), and whether it matched well.

    ``headings`` (the page's ``h1`` and ``[itemprop=headline]``) are tried first; only when none of them matches
    a headline well is the page asked for every heading-like element (``h2``-``h4``, ``[class*=tit]``)."""
    headlines = [h for h in headlines if h]
    best, score = _best_heading(headings, headlines)
    if score >= GOOD_TITLE or (score >= FAIR_TITLE and not headlines):
        return best, True
    best, score = _best_heading(tree.css(TITLE_FALLBACK), headlines, labels=True, exact=exact)
    return (best if score >= FAIR_TITLE else None), False


def _best_heading(cands: list[Any], headlines: list[str], labels: bool = False,
                  exact: str = "") -> tuple[Any | None, float]:
    """The candidate closest to any of the headlines (an ``h1`` a little preferred), and its score.  With
    ``labels``, a candidate shorter than a headline (:data:`MIN_HEADLINE`) is out: a board's or a section's name
    (``보도자료`` under ``<title>보도자료 상세``), not the post's headline (the ``<title>`` itself stands in for it
    when no heading does), unless it is ``exact``ly the og:title (``[포토] 첫눈``).  A heading named for the logo
    is never the title."""
    best, best_score = None, 0.0
    for n in cands:
        if n.tag not in HEADINGS and any(c.tag in CONTAINED for c in n.iter()):
            continue
        t = _text(n)
        if not (4 <= len(t) <= MAX_HEADLINE) or (labels and len(t) < MIN_HEADLINE and t != exact):
            continue
        s = max((_match(t, h) for h in headlines), default=0.0) if headlines else (70.0 if n.tag == "h1" else 0.0)
        if n.tag == "h1":
            s += 3
        if s > best_score and not (LOGO.search(_names(n)) or (n.parent is not None and LOGO.search(_names(n.parent)))):
            best, best_score = n, s  # (not the site's name printed as a heading)
    return best, best_score


def _match(text: str, headline: str) -> float:
    """How well a heading's text matches a headline (0-100): their similarity, or their overlap when one holds
    the other."""
    s = fuzz.ratio(text, headline)
    if headline in text or text in headline:
        s = max(s, 90.0 * min(len(text), len(headline)) / max(len(text), len(headline)) + 10)
    return s


def visible_headline(headings: list[Any], body: Any | None, not_titles: set[str]) -> Any | None:
    """The article's own ``h1``: the first one next to the body (see the module docstring, step 2).

    ``not_titles`` are casefolded names an ``h1`` may carry that are no headline: the site's, the section's."""
    if body is None:
        return None
    body_up = _ancestors(body, MAX_BODY_UP)
    for h in headings:
        if h.tag != "h1" or h.parent is None:
            continue
        t = _text(h)
        if not (MIN_HEADLINE <= len(t) <= MAX_HEADLINE) or t.casefold() in not_titles:
            continue
        if body.tag == "body":  # a plain page whose paragraphs sit under <body>: its first h1 heads them
            return h
        path = _path_to(h, body_up)
        if path is not None and _before_body(h, path, body):
            return h
    return None


def _ancestors(node: Any, levels: int) -> dict[int, Any]:
    """The element and its ancestors up to ``levels`` above it (not ``<body>``), by ``mem_id``."""
    out = {}
    n, up = node, 0
    while n is not None and n.tag not in _STOP and up <= levels:
        out[n.mem_id] = n
        n, up = n.parent, up + 1
    return out


def _path_to(h1: Any, targets: dict[int, Any]) -> list[Any] | None:
    """The h1 and its ancestors up to the first one in ``targets`` (the body's chain), that one last; ``None`` when
    they do not meet within :data:`MAX_H1_UP` levels or the way up passes a logo or a sidebar-like box."""
    path, n = [], h1
    for _ in range(MAX_H1_UP + 1):
        if n is None or n.tag in _STOP:
            return None
        path.append(n)
        if n.mem_id in targets:
            return path
        if n.tag in UNLIKELY_TAGS or LOGO.search(_names(n)) or UNLIKELY.search(_names(n)):
            return None
        n = n.parent
    return None


def _before_body(h1: Any, path: list[Any], body: Any) -> bool:
    """Whether the h1 comes before the body's text: inside the body, at its start; else in a branch of their
    common ancestor that comes before the body's branch."""
    meet = path[-1]
    if meet.mem_id == body.mem_id:
        text = body.text(deep=True, separator=" ")
        before = text.find(h1.text(deep=True, separator=" "))
        return before >= 0 and len(text[:before].strip()) <= MAX_TEXT_BEFORE
    if len(path) < 2:
        return False
    h_branch = path[-2].mem_id
    b_branch = body
    while b_branch.parent is not None and b_branch.parent.mem_id != meet.mem_id:
        b_branch = b_branch.parent
    for child in meet.iter():
        if child.mem_id == h_branch:
            return True
        if child.mem_id == b_branch.mem_id:
            return False
    return False
