"""HTML pages to blocks with roles, on one selectolax (lexbor) tree.

What it produces:

* ``meta`` blocks for the page's own copies of the headline and lead (``<title>`` without its site suffix,
  ``og:title``, ``twitter:title``, ``og:description``): the twins the spam stages compare against;
* ``hidden`` blocks for the text of hidden elements (inline styles, the ``hidden`` attribute, classes that a
  ``<style>`` rule hides), with their links, and -- read lazily by :func:`surroundings` -- ``attr`` blocks for
  ``alt`` / ``title`` attributes, ``nav`` blocks for menu lines and ``other`` blocks for footers: evidence,
  never article text;
* the article: title (the headline a reader sees, :mod:`.title`), subtitle, section, source, byline, captions
  (figcaption, caption classes, image tables, ``▲`` lines, the lead photo's just before the body), paragraphs and
  the tag list.

The page is parsed once (from its own bytes when they are UTF-8) and queried over its whole tree once
(:mod:`.prepass`); the body finder (:mod:`cleantext.extract`) scores only the text containers that query returned,
and the body is cut into blocks from one serialization of it, pruned as a string (:mod:`.body`): the tree itself
is left whole for :func:`surroundings`.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from rapidfuzz import fuzz
from selectolax.lexbor import LexborHTMLParser

from .. import document as d
from ..dedupe import MAX_LEN, SIMILAR
from ..extract import NEGATIVE, UNLIKELY, find_body
from .body import (
    Item,
    add_body,
    body_items,
    describe,
    is_tag_list,
    lead_captions,
    prev_elements,
    trailing_captions,
    unlinked_length,
)
from .depth import MAX_DEPTH, flatten
from .metadata import (
    TITLE_SEPARATORS,
    byline_names,
    labeled_dates,
    labelled_byline,
    parse_byline,
    parse_date,
    parse_web_byline,
    strip_title_suffix,
)
from .prepass import DROP_TAGS, clean, hidden_class_selector, scan, shown_after_all
from .title import CONTAINED, title_node, visible_headline

__all__ = ["DROP_TAGS", "parse_html", "surroundings"]

TAG_LIST_SELECTOR = "[class*=tag], [id*=tag], [class*=keyword]"
SOURCE_CLASS = re.compile(r"source|media|press|writer|company|agency|copy_?right|publisher|origin", re.I)
BYLINE_CLASS = re.compile(r"byline|writer|reporter|author|journalist|by_?line|name", re.I)
SECTION_CLASS = re.compile(r"cate|section|sec_?name|category|location|breadcrumb|kicker|channel", re.I)
SUBTITLE_CLASS = re.compile(r"sub|summary|lead|deck|standfirst|excerpt", re.I)
# a subtitle's name where the body's first heading is read as one: ``subject`` names a headline
_LEADING_SUBTITLE = re.compile(r"sub(?!ject)|summary|deck|standfirst", re.I)
NAV_SELECTOR = "nav, #gnb, .gnb, #lnb, .lnb, [role=navigation], #menu, .menu, #nav, .nav"
MAX_NAV_LINES = 400
FOOTER_SELECTOR = "footer, #footer, .footer, .copyright, address"
MAX_ZONE_TEXT = 5000  # a header zone with more raw text than this holds more than the header: its lines are read
MAX_ZONE_ELEMENTS = 100  # elements of the header zone looked at, in document order
MAX_LINE_RAW = 800  # raw text (with the page's indentation) of a header line at most
MAX_HIDDEN_LINKS = 100  # links read from one hidden element (a hidden menu can hold hundreds)
_DATE_CHARS = re.compile(r"[\d.\-:/\s년월일]+")  # a line of a date alone (2025.10.15 11:40, 2025년 10월 15일)


_ws = clean


def _text(node: Any) -> str:
    return _ws(node.text(deep=True, separator=" "))


def _names(node: Any) -> str:
    a = node.attributes
    return f"{a.get('id') or ''} {a.get('class') or ''}".strip()


# -- page parts -------------------------------------------------------------------------------------------------


def _header_zone(title: Any, body: Any | None) -> Any:
    """The container around the title that holds the section, subtitle, source and dates."""
    zone = title.parent
    body_chain = {a.mem_id for a in _chain(body)} if body is not None else set()
    for _ in range(3):
        if zone is None or zone.parent is None:
            break
        kids = [c for c in zone.iter() if c.tag not in ("-text", "-comment")]
        if len(kids) >= 3 or (zone.mem_id not in body_chain and labeled_dates(_short_text(zone, MAX_ZONE_TEXT))):
            break
        if zone.parent.mem_id in body_chain:
            break
        zone = zone.parent
    return zone


def _short_text(node: Any, limit: int) -> str:
    """The element's text, clean, or ``""`` when its raw text is longer than ``limit`` (a container of more than
    header lines: one C call decides before any Python work on the text)."""
    raw = node.text(deep=True, separator=" ")
    return _ws(raw) if len(raw) <= limit else ""


def _inside(node: Any, ancestor_id: int) -> bool:
    p = node.parent
    while p is not None:
        if p.mem_id == ancestor_id:
            return True
        p = p.parent
    return False


def _chain(node: Any) -> list[Any]:
    out = [node]
    p = node.parent
    while p is not None:
        out.append(p)
        p = p.parent
    return out


def _section_near(title: Any, zone: Any) -> str | None:
    """A section or breadcrumb element just before the title or its header (``문화 > 영화``)."""
    for anchor in (title, zone, zone.parent):
        if anchor is None:
            continue
        for n in prev_elements(anchor, 6):
            t = _short_text(n, MAX_LINE_RAW)
            if 2 <= len(t) <= 60 and (SECTION_CLASS.search(_names(n)) or " > " in t) and not n.css_first("li"):
                return _section_text(t)
    return None


def _section_text(t: str) -> str:
    t = re.sub(r"^(?:HOME|Home|home|홈)\s*[>›»/]\s*", "", t)
    return t.strip()


def parse_html(doc: d.Document) -> d.Document:
    """Fill ``doc.blocks``, ``doc.meta`` and ``doc.fields`` from the HTML in ``doc.text``."""
    source, dropped = flatten(_source(doc))
    if dropped:
        doc.notes.append(f"markup nested deeper than {MAX_DEPTH} levels: {dropped} tags below that depth dropped, "
                         "their text kept")
    tree = LexborHTMLParser(source)
    page = scan(tree)
    meta = page.meta
    doc.meta = meta
    site_names = [n for n in (meta.get("og:site_name"), meta.get("ld:publisher"), meta.get("application-name")) if n]
    headline = meta.get("og:title") or meta.get("twitter:title") or meta.get("ld:headline") or ""
    headline = strip_title_suffix(headline, site_names) if headline else ""  # og:title may carry it too
    page_title = strip_title_suffix(meta.get("title", ""), site_names) if meta.get("title") else ""
    if not headline:
        headline = page_title

    _hidden(doc, tree, page.hidden, page.stylesheets)
    for node in page.drop:
        node.decompose()

    for key in ("title", "og:title", "twitter:title", "ld:headline", "og:description", "description"):
        v = page_title if key == "title" else meta.get(key)
        if v:
            doc.add(d.META, v, f"meta {key}", attrs={"key": key})

    # (without og:title, the <title> whole too: a short tail after its dash may be the headline's, not a site's name)
    whole = meta.get("title") or "" if headline == page_title else ""
    og = meta.get("og:title") or meta.get("twitter:title") or ""
    title, strong = title_node(tree, [headline, page_title, whole], page.headings, exact=og)
    body = find_body(tree, page.paragraphs, title)
    if not strong:  # no h1 matches the page's headline copies: the h1 a reader sees above the article, if any
        title = visible_headline(page.headings, body, _not_titles(meta, site_names)) or title
    if title is None and body is not None:
        title = _heading_over_a_site_name(body, headline, page_title, not page.headings)
    _header(doc, title, body, headline, page_title)
    tag_lists: list[Any] = []
    if body is not None and title is not None and doc.first(d.SUBTITLE) is None:
        _leading_subtitle(doc, body)
    if body is not None:
        lead = lead_captions(body, title)
        if title is not None and _inside(title, body.mem_id):
            title.decompose()
        text = body_items(body)
        add_body(doc, _with_lead(lead, text.items))
        for item in trailing_captions(body):
            doc.add(d.CAPTION, item.text, item.origin, attrs={"photo": item.photo} if item.photo else {})
        for label, origin in text.set_aside:
            doc.add(d.OTHER, label, origin, attrs={"boilerplate": True, "set_aside": True})
        tag_lists = text.tag_lists
        doc.known_clean = text.known_clean
    if page.noscripts:
        _noscript_body(doc, page.noscripts)
    _tags(doc, tree, body, tag_lists)
    _fields(doc, meta, site_names)
    doc.tree = tree  # the spam stages read the page's surroundings from it, only when they need them
    return doc


MIN_NOSCRIPT = 80  # characters of text a <noscript> fallback's body holds at least
MAX_SHELL_TEXT = 20  # characters of paragraph text an app shell shows at most (a spinner's 로딩 중...)


def _noscript_body(doc: d.Document, noscripts: list[str]) -> None:
    """The body of an app shell, whose article is only in a ``<noscript>`` fallback (the page shows a spinner
    until its script runs): the longest fallback's markup, parsed on its own, when the page itself shows no more
    paragraph text than a spinner's and the fallback prints the headline and an article's text."""
    markup = max(noscripts, key=len, default="")
    shown = [b for b in doc.blocks if b.role == d.PARAGRAPH]
    title = doc.first(d.TITLE)
    if len(markup) < MIN_NOSCRIPT or sum(len(b.text) for b in shown) > MAX_SHELL_TEXT or title is None:
        return
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    fallback = scan(tree)  # (what it hides or never shows goes, as on the page)
    for node in [*fallback.hidden, *fallback.drop]:
        node.decompose()
    body = find_body(tree)
    if body is None or len(body.text(deep=True, strip=True)) < MIN_NOSCRIPT or tree.body is None:
        return
    if _ws(title.text) not in _ws(tree.body.text(deep=True, separator=" ")):
        return  # (a fallback that does not print the headline is a notice, not the article)
    for b in shown:  # (a spinner's 로딩 중...: the shell's text, evidence only)
        b.role = d.OTHER
    for h in body.css("h1"):
        if _ws(h.text(deep=True, separator=" ")) == title.text:
            h.decompose()  # (the headline printed again in the fallback)
    add_body(doc, body_items(body).items)
    doc.notes.append("the article was read from the page's <noscript> fallback")


def _with_lead(lead: list[Item], items: list[Item]) -> list[Item]:
    """The body's items after the captions of the lead photo before it, each text once: a lead caption that the
    body prints already (as alike as :mod:`cleantext.dedupe` folds), as a caption (the lead photo repeated) or
    as a paragraph (a caption written as the lede), is left out, and the body's copy stays where it is."""
    if not lead:
        return items
    seen = [item.text for item in items if len(item.text) <= MAX_LEN]
    return [item for item in lead if not any(fuzz.ratio(item[1], t, score_cutoff=SIMILAR) for t in seen)] + items


def _not_titles(meta: dict[str, str], site_names: list[str]) -> set[str]:
    """Names an ``h1`` may carry that are no headline (casefolded): the site's (``og:site_name``, the suffix of
    ``<title>``) and the section's."""
    names = [*site_names, meta.get("article:section") or ""]
    raw_title = meta.get("title") or ""
    for sep in TITLE_SEPARATORS:
        if sep in raw_title:
            names.append(raw_title.rpartition(sep)[2])
    return {n.strip().casefold() for n in names if n.strip()}


def _source(doc: d.Document) -> str | bytes:
    """What lexbor parses: the page's own bytes when they are exactly the UTF-8 of ``doc.text`` (decoded as
    UTF-8, nothing replaced or repaired, no byte-order mark), which spares encoding the text again; else the
    text."""
    raw, dec = doc.raw, doc.decoding
    utf8 = dec.charset == "utf-8" and dec.method in ("meta", "detected") and not dec.replaced and not dec.mojibake
    return raw if utf8 and isinstance(raw, bytes) else doc.text


def _hidden(doc: d.Document, tree: Any, nodes: list[Any], stylesheets: list[str]) -> None:
    """Hidden elements: their text (and links) as evidence blocks, then out of the tree."""
    extra = hidden_class_selector(stylesheets)
    by_class: set[int] = set()  # hidden by the page's style sheet: no inline style shows them again
    if extra:
        with contextlib.suppress(Exception):  # a selector lexbor does not take: the rule is skipped, not the page
            more = tree.css(extra)
            by_class = {n.mem_id for n in more}
            nodes = nodes + more
    known: list[int] = []

    def page_text() -> int:  # the page's paragraph text length, worked out once and only when a rule asks for it
        if not known:
            known.append(sum(len(p.text(deep=True, strip=True)) for p in tree.css("p")))
        return known[0]

    for node in nodes:
        if node.parent is None or (node.mem_id not in by_class and shown_after_all(node, page_text)):
            continue
        text = _text(node)
        if text:
            doc.add(d.HIDDEN, text, describe(node), hidden=True, links=_links_of(node, text))
        node.decompose()


def _links_of(node: Any, text: str) -> tuple[d.Link, ...]:
    links = []
    pos = 0
    for a in node.css("a[href]")[:MAX_HIDDEN_LINKS]:
        t = _text(a)
        if not t:
            continue
        i = text.find(t, pos)
        if i < 0:
            i = text.find(t)
            if i < 0:
                continue
        links.append(d.Link(i, i + len(t), a.attributes.get("href") or ""))
        pos = i + len(t)
    return tuple(links)


def surroundings(doc: d.Document) -> d.Document:
    """The text around the article, as evidence blocks: ``alt``/``title`` attributes, menu lines, footers.

    Read from the parsed tree on demand: the spam stages ask for it only on pages whose own text gives them a
    reason, so a clean page does not pay for it."""
    tree = doc.tree
    if tree is None or doc.fields.get("surroundings"):
        return doc
    doc.fields["surroundings"] = True
    tree.strip_tags(list(DROP_TAGS))  # what the page query left (embeds, media fallbacks): not page text
    for node in tree.css("img[alt], img[title], a[title]"):
        for attr in ("alt", "title"):
            v = _ws(node.attributes.get(attr))
            if v:
                doc.add(d.ATTR, v, f"{node.tag}[{attr}]", attrs={"attr": attr, "src": node.attributes.get("src") or ""})
    # menu items, one line each (one text call per menu, not per link)
    seen_nav: set[str] = set()
    for container in tree.css(NAV_SELECTOR):
        where = describe(container)
        for line in container.text(deep=True, separator="\n").split("\n"):
            if len(seen_nav) >= MAX_NAV_LINES:
                break
            line = line.strip()
            if line and len(line) <= 80 and line not in seen_nav:
                seen_nav.add(line)
                doc.add(d.NAV, _ws(line), where)
    for node in tree.css(FOOTER_SELECTOR):
        raw = node.text(deep=True, separator=" ")
        if raw.strip() and len(raw) < 1200:
            doc.add(d.OTHER, _ws(raw), describe(node), attrs={"footer": True})
    return doc


def _zone_elements(zone: Any, body: Any | None, limit: int) -> list[Any]:
    """The first ``limit`` elements of the header zone (the zone first) in document order, up to the body when the
    zone holds it (what follows the body is no header).

    The zone is walked lazily and the walk stops there: a zone that holds the body would otherwise be queried
    whole (every element of a long article made a Python object) for its first hundred elements."""
    body_id = body.mem_id if body is not None else None
    out: list[Any] = []
    if limit <= 0:
        return out
    for n in zone.traverse():
        if not n.is_element_node:
            continue  # comments: the walk yields every node but text, the query elements only
        if n.mem_id == body_id:
            break
        out.append(n)
        if len(out) >= limit:
            break
    return out


def _header(doc: d.Document, title: Any | None, body: Any | None, headline: str, page_title: str) -> None:
    if title is not None:
        doc.add(d.TITLE, _text(title), describe(title))
    elif headline or page_title:
        doc.add(d.TITLE, headline or page_title, "meta og:title" if headline else "meta title")
    if title is None:
        return
    zone = _header_zone(title, body)
    near = _section_near(title, zone)
    if near:
        doc.fields["section"] = near
    body_ids = {n.mem_id for n in _chain(body)} if body is not None else set()
    after = False
    if zone.mem_id not in body_ids:  # a zone around the body: its own lines are read below
        for k, v in labeled_dates(_short_text(zone, MAX_ZONE_TEXT)).items():
            doc.fields.setdefault("zone:" + k, v)
    for t in zone.css("time[datetime]"):
        iso = parse_date(t.attributes.get("datetime") or "")
        if iso:
            key = "modified" if re.search(r"updat|modif|수정", _names(t) + " " + _text(t), re.I) else "published"
            doc.fields.setdefault("zone:" + key, iso)
    title_id = title.mem_id
    for n in _zone_elements(zone, body, MAX_ZONE_ELEMENTS):
        if n.mem_id == title_id:
            after = True
            continue
        tag = n.tag
        if n.mem_id in body_ids or (tag == "a" and n.parent is not None and n.parent.tag == "li"):
            continue  # the body's ancestors; menu links
        if tag not in ("p", "h2", "h3", "h4", "h5") and any(c.tag in CONTAINED for c in n.iter()) and not (
                _byline_line(n)):
            continue  # a container: its children are looked at one by one (and its text is not read), but
            # a line of spans that reads as a byline (By <span>Jane Doe</span> | <time>) is one line
        raw = n.text(deep=True, separator=" ")
        if len(raw) > MAX_LINE_RAW or raw.isspace() or not raw:
            continue
        t = _ws(raw)
        if t and len(t) <= 200:
            _header_element(doc, n, t, after)


MAX_GLUED = 30  # characters before a byline that may be glued to it


def _glued_byline(t: str) -> bool:
    """A byline with something glued before it (``ＳＴＡＲＰＩＣＫ(대전=한빛일보) 박도윤 기자``,
    ``KW최서연 기자``): a byline opens a few characters in, right after a non-space that ends no sentence and marks
    no desk (``정치부|``, ``사회부/``).  The line is the byline as printed; the spam stages cut what is glued
    before the name when it looks like spam's, and leave an outlet's name (``연합뉴스TV(서울=연합뉴스)``)."""
    if "기자" not in t and "특파원" not in t:
        return False
    for i in range(1, min(len(t), MAX_GLUED + 1)):
        head = t[:i]
        if (_OPENS.match(t, i) and not head[-1].isspace() and not _SENTENCE_MARKS.search(head)
                and not _DESK_MARKS.search(head) and parse_byline(t[i:]) is not None):
            return True
    return False


_OPENS = re.compile(r"[(\[가-힣]")
_SENTENCE_MARKS = re.compile(r"[·.!?]\s*$")  # the end of a sentence or an item before the name: no glue
# a desk, an outlet or a label before the name (한빛일보/김하늘 기자, 취재:김하늘 기자): no glue either
_DESK_MARKS = re.compile(r"[/|:▶>]")


_INLINE = frozenset(("span", "a", "time", "strong", "b", "em", "i", "-text", "br"))


def _byline_line(n: Any) -> bool:
    """Whether an element of inline parts only reads as an English byline (``By <span>Jane Doe</span> |
    <time>Jan. 15, 2025</time>``)."""
    if not all(c.tag in _INLINE for c in n.iter(include_text=True)):
        return False
    raw = n.text(deep=True, separator=" ")
    return len(raw) <= MAX_LINE_RAW and parse_web_byline(_ws(raw)) is not None


def _header_element(doc: d.Document, n: Any, t: str, after: bool) -> None:
    """One element of the header zone, its text ``t``: a byline, a section (before the title), a source or a
    subtitle; its dates when it is a date line."""
    names = _names(n)
    dates = labeled_dates(t)
    if dates or _DATE_CHARS.fullmatch(t):
        for k, v in dates.items():
            doc.fields.setdefault("zone:" + k, v)
        if parse_web_byline(t) is None:
            return  # (By Jane Doe | Jan. 15, 2025: a byline with its date, read as both)
    glued = n.tag not in ("h2", "h3", "h4", "h5") and not SUBTITLE_CLASS.search(names) and (
        _glued_byline(t) or labelled_byline(t) is not None)
    if parse_byline(t) is not None or parse_web_byline(t) is not None or glued:
        if not doc.fields.get("header_byline"):
            doc.fields["header_byline"] = t  # (as printed, with what is glued before it: the spam stages judge it)
        return
    if not after:
        looks_section = SECTION_CLASS.search(names) or n.tag in ("h2", "h3", "h4")
        if looks_section and len(t) <= 60 and "section" not in doc.fields:
            doc.fields["section"] = _section_text(t)
        return
    if names and SOURCE_CLASS.search(names) and len(t) <= 40 and "source" not in doc.fields:
        doc.fields["source"] = t
        return
    subtitle_like = n.tag in ("h2", "h3", "h4", "h5") or SUBTITLE_CLASS.search(names)
    not_boilerplate = not NEGATIVE.search(names) or SUBTITLE_CLASS.search(names)
    if subtitle_like and not_boilerplate and len(t) >= 8 and doc.first(d.SUBTITLE) is None:
        doc.add(d.SUBTITLE, t, describe(n))


def _opening_heading(body: Any, selector: str) -> tuple[Any, str] | None:
    """The first heading of ``selector`` in the body and its text, when it opens the body (no text before it), is
    a line's length (8 to 200 characters) and is not named like boilerplate."""
    first = body.css_first(selector)
    if first is None or NEGATIVE.search(_names(first)):
        return None
    t = _ws(first.text(deep=True, separator=" "))
    if not 8 <= len(t) <= 200 or not _ws(body.text(deep=True, separator=" ")[: MAX_LINE_RAW * 2]).startswith(t):
        return None
    return first, t


def _heading_over_a_site_name(body: Any, headline: str, page_title: str, no_h1: bool) -> Any | None:
    """The headline of a page without an ``h1`` whose ``<title>`` names only the site (``Harwick Community Choir``:
    a few words, no separator, no og:title): the ``h2`` or ``h3`` that opens the body, before any of its text."""
    if headline != page_title or not page_title or len(page_title.split()) > 5:
        return None  # (an og:title, or a <title> of a headline's length, is a headline to match)
    if any(sep in page_title for sep in TITLE_SEPARATORS):
        return None
    # (the heading that opens the body only on a page without an h1: else it is a subhead under the headline)
    opening = (_opening_heading(body, "h2, h3") if no_h1 else None) or _heading_before(body)
    if opening is None or opening[1] in page_title or page_title in opening[1]:
        return None
    return opening[0]


BEFORE_BODY = "h2, h3, h4, [class*=tit], [class*=subject]"
MAX_BEFORE_UP = 5  # levels above the body where the heading right before it is looked for
MAX_BETWEEN = 100  # characters of the lines between that heading and the body at most


def _heading_before(body: Any) -> tuple[Any, str] | None:
    """The heading right before the body (a board's ``<h3>`` or ``<td class="subject">`` above the post, under the
    board's name): among the heading-like elements of the body's previous siblings, or of its ancestors' up to
    :data:`MAX_BEFORE_UP` levels, with a line's length (8 to 200 characters) and no boilerplate name, at the
    nearest level that holds one: there the nearest heading (``h2``-``h4``) in a title block (``view_title``), else
    the nearest element of one (``td.subject``), else the nearest; none past a long text."""
    found: list[tuple[Any, str]] = []
    n = body
    for _ in range(MAX_BEFORE_UP + 1):
        if n is None or found:
            break  # (the nearest level that holds one: a sidebar's heading further up is not the post's)
        prev = n.prev
        while prev is not None:
            if prev.tag and not prev.is_text_node:
                if unlinked_length(prev) > MAX_BETWEEN:
                    break  # text between: a heading before it is not the body's (a board's rows of writer and
                    # date may stand between)
                if not UNLIKELY.search(_names(prev)):  # (not a sidebar's list of posts)
                    for h in reversed(([prev] if prev.css_matches(BEFORE_BODY) else []) + prev.css(BEFORE_BODY)):
                        t = _ws(h.text(deep=True, separator=" "))
                        if 8 <= len(t) <= 200 and not NEGATIVE.search(_names(h)):
                            found.append((h, t))
            prev = prev.prev
        if prev is not None or n.tag in ("body", "html"):
            break
        n = n.parent
    titled = [f for f in found if _TITLE_BLOCK.search(_names(f[0]) + " " + _names(f[0].parent or f[0]))]
    headings = [f for f in titled if f[0].tag in ("h2", "h3", "h4")]
    return (headings or titled or found or [None])[0]


_TITLE_BLOCK = re.compile(r"tit|subject|headline", re.I)


def _leading_subtitle(doc: d.Document, body: Any) -> None:
    """A subtitle printed as the body's first element (``<h2 class="subheading">`` above the first paragraph, where
    other layouts print it under the headline): a heading named for a subtitle, with no text before it in the
    body, is the subtitle and leaves the body."""
    opening = _opening_heading(body, "h2, h3, h4, h5")
    if opening is None or not _LEADING_SUBTITLE.search(_names(opening[0])):
        return
    first, t = opening
    title = doc.first(d.TITLE)
    if title is not None and (t in title.text or title.text in t):
        return  # the headline itself (a class named ``subject``), not a subtitle under it
    doc.add(d.SUBTITLE, t, describe(first))
    first.decompose()


def _tags(doc: d.Document, tree: Any, body: Any | None, inner: list[Any]) -> None:
    """The tag list: the links of the first element named for tags or keywords around the body, in document order
    among the body's parent's children (``inner``: those inside the body, which its pruning found), then among its
    grandparent's (a keyword box often follows the article element).  Each sibling is queried on its own, so the
    body is not walked again."""
    if body is None or body.parent is None:
        if tree.body is not None:
            _first_tag_list(doc, tree.body.css(TAG_LIST_SELECTOR))
        return
    skip = body.mem_id
    for level in (body.parent, body.parent.parent):
        if level is None:
            return
        for child in level.iter():
            nodes = inner if child.mem_id == skip else child.css(TAG_LIST_SELECTOR)
            if _first_tag_list(doc, nodes):
                return
            if child.mem_id == skip:
                inner = []
        skip = level.mem_id


def _first_tag_list(doc: d.Document, nodes: list[Any]) -> bool:
    """The tags of the first of ``nodes`` that is a tag list with links; whether there was one."""
    for n in nodes:
        if not is_tag_list(_names(n)):
            continue
        tags = [_ws(a.text(deep=True)).lstrip("#").strip() for a in n.css("a")]
        tags = [t for t in tags if t and len(t) <= 40]
        if tags:
            for t in tags:
                doc.add(d.TAG, t, describe(n))
            return True
    return False


def _fields(doc: d.Document, meta: dict[str, str], site_names: list[str]) -> None:
    f = doc.fields
    pub = meta.get("article:published_time") or meta.get("ld:published") or meta.get("pubdate") or meta.get("date")
    mod = meta.get("article:modified_time") or meta.get("ld:modified") or meta.get("og:updated_time")
    published = parse_date(pub) if pub else None
    modified = parse_date(mod) if mod else None
    f["published"] = published or f.get("zone:published")
    f["modified"] = modified or f.get("zone:modified")
    section = meta.get("article:section") or meta.get("ld:section")
    if section:
        f["section"] = _section_text(section)
    if f.get("section"):
        doc.add(d.SECTION, f["section"], "header section")
    if doc.first(d.BYLINE) is None and f.get("header_byline"):
        doc.add(d.BYLINE, f["header_byline"], "header byline")
        f["authors"] = byline_names(f["header_byline"]) or parse_web_byline(f["header_byline"]) or []
    if not f.get("authors") and meta.get("ld:authors"):
        f["authors"] = meta["ld:authors"].split("\n")
    source = f.get("source")
    if not source:
        by = doc.first(d.BYLINE)
        m = re.match(r"[\(\[](?:[^=\]\)]*=)?([^\)\]\s]+)", by.text) if by else None
        agency = m.group(1) if m and not re.search(r"기자|특파원", m.group(1)) else ""
        source = agency or (site_names[0] if site_names else "")
    if source:
        doc.add(d.SOURCE, source, "header source")
    f["site_name"] = site_names[0] if site_names else ""
