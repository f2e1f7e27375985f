"""HTML pages to blocks with roles, on one selectolax (lexbor) tree.

What it produces:

* ``meta`` blocks for the page's own copies of the headline and lead (``<title>`` without its site suffix,
  ``og:title``, ``twitter:title``, ``og:description``): the twins the spam stages compare against;
* ``hidden`` blocks for the text of hidden elements (inline styles, the ``hidden`` attribute, classes that a
  ``<style>`` rule hides), with their links, and ``attr`` blocks for ``alt`` / ``title`` attributes: evidence,
  never article text;
* ``nav`` blocks for menu links and ``other`` blocks for copyright lines (the site's name);
* the article: title (the heading that matches the page's own headline), subtitle, section, source, byline,
  captions (figcaption, caption classes, image tables, ``▲`` lines), paragraphs (``<p>`` and ``<br>``-separated
  text) and the tag list.
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

from rapidfuzz import fuzz
from selectolax.lexbor import LexborHTMLParser

from .. import document as d
from ..extract import NEGATIVE, find_body
from ..normalize import clean_text
from .metadata import (
    is_boilerplate,
    is_date_line,
    labeled_dates,
    looks_like_caption,
    parse_byline,
    parse_date,
    strip_title_suffix,
)

DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input",
             "select", "textarea", "object", "embed", "video", "audio", "map", "dialog"]
BLOCK_TAGS = frozenset(
    (
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "ul", "ol", "li", "dl", "dt",
        "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption", "h1",
        "h2", "h3", "h4", "h5", "h6", "hr", "address", "center", "details", "summary", "caption",
    )
)
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_CONTAINED = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "span", "dl", "dd", "table"))
SKIP_INSIDE_BODY = re.compile(
    r"related|relate|recommend|share|sns|social|banner|\bad\b|ad[-_]|ads\b|adv|promo|sponsor|subscribe|"
    r"newsletter|copyright|reporter_?info|author-info|writer_?box|profile|pagination|paging|comment|reply|"
    r"tag[-_]?(?:list|box|area|wrap)|tags\b|keyword|btn|button|util|tool|more|popular|rank|widget|aside",
    re.I,
)
CAPTION_CLASS = re.compile(
    r"caption|cap\b|[-_]cap|capt|photo_?txt|img_?txt|img[-_]?desc|photo[-_]?desc|desc_?photo|figcaption|"
    r"wp-caption-text|photo_?info",
    re.I,
)
FIGURE_CLASS = re.compile(r"photo|img|image|figure|picture|pic\b|thumb", re.I)
TAG_LIST = re.compile(r"tag|keyword", re.I)
SOURCE_CLASS = re.compile(r"source|media|press|writer|company|agency|copy_?right|publisher|origin", re.I)
BYLINE_CLASS = re.compile(r"byline|writer|reporter|author|journalist|by_?line|name", re.I)
SECTION_CLASS = re.compile(r"cate|section|sec_?name|category|location|breadcrumb|kicker|channel", re.I)
SUBTITLE_CLASS = re.compile(r"sub|summary|lead|deck|standfirst|excerpt", re.I)
NAV_SELECTOR = "nav, #gnb, .gnb, #lnb, .lnb, [role=navigation], #menu, .menu, #nav, .nav"
MAX_NAV_LINES = 400
FOOTER_SELECTOR = "footer, #footer, .footer, .copyright, address"

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|(?:^|;)\s*(?:left|top|text-indent|"
    r"margin-left)\s*:\s*-\s*\d{3,}|opacity\s*:\s*0(?![.\d])|(?:height|width)\s*:\s*[01]px[^;]*;.*overflow\s*:\s*hidden|"
    r"overflow\s*:\s*hidden[^\"]*(?:height|width)\s*:\s*[01]px|clip\s*:\s*rect\(\s*0",
    re.I,
)
# in a stylesheet: only the declarations that hide by themselves (the inline test above needs a whole style)
_HIDDEN_RULE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|text-indent\s*:\s*-\d{3,}|"
    r"left\s*:\s*-\d{3,}"
)
MAX_STYLE = 4096
_HIDDEN_CANDIDATES = (
    "[hidden], [style*=none], [style*=hidden], [style*=font-size], [style*='-9'], [style*=opacity], "
    "[style*=clip], [style*='1px'], [style*='0px'], [aria-hidden=true][style]"
)
_SIMPLE_SELECTOR = re.compile(r"^\s*(?:[a-z0-9]*)?(?:[.#][A-Za-z0-9_\-]+)+\s*$")


def _ws(s: str | None) -> str:
    return clean_text(s or "", keep_invisible=True)


def _text(node: Any) -> str:
    return _ws(node.text(deep=True, separator=" "))


def _names(node: Any) -> str:
    a = node.attributes
    return f"{a.get('id') or ''} {a.get('class') or ''}".strip()


def _describe(node: Any) -> str:
    a = node.attributes
    s = node.tag
    if a.get("id"):
        s += "#" + str(a["id"]).split()[0]
    if a.get("class"):
        s += "." + ".".join(str(a["class"]).split()[:2])
    return s


# -- metadata ---------------------------------------------------------------------------------------------------


def read_meta(tree: Any) -> dict[str, str]:
    """``<title>``, ``<meta name|property>`` contents, canonical link and JSON-LD article fields."""
    meta: dict[str, str] = {}
    t = tree.css_first("title")
    if t is not None:
        meta["title"] = _text(t)
    for m in tree.css("meta"):
        a = m.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        content = a.get("content")
        if key and content and key not in meta:
            meta[key] = _ws(content)
    link = tree.css_first('link[rel="canonical"]')
    if link is not None and link.attributes.get("href"):
        meta["canonical"] = link.attributes["href"] or ""
    for s in tree.css('script[type="application/ld+json"]'):
        _read_jsonld(s.text(deep=True), meta)
    return meta


def _read_jsonld(raw: str, meta: dict[str, str]) -> None:
    try:
        data = json.loads(raw)
    except (ValueError, TypeError):
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        if "@graph" in item:
            stack.append(item["@graph"])
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "WebPage")) for k in kinds):
            continue
        for src, dst in (("headline", "ld:headline"), ("datePublished", "ld:published"),
                         ("dateModified", "ld:modified"), ("articleSection", "ld:section")):
            v = item.get(src)
            if isinstance(v, list):
                v = v[0] if v else None
            if isinstance(v, str) and dst not in meta:
                meta[dst] = _ws(v)
        authors = item.get("author")
        names = []
        for a in authors if isinstance(authors, list) else [authors]:
            if isinstance(a, dict) and isinstance(a.get("name"), str):
                names.append(_ws(a["name"]))
            elif isinstance(a, str):
                names.append(_ws(a))
        if names and "ld:authors" not in meta:
            meta["ld:authors"] = "\n".join(names)
        pub = item.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str) and "ld:publisher" not in meta:
            meta["ld:publisher"] = _ws(pub["name"])


# -- hidden elements --------------------------------------------------------------------------------------------


def _hidden_class_selector(tree: Any) -> str:
    """A selector for the elements that the page's own ``<style>`` rules hide (``.x{display:none}``).

    Only the declarations that hide are looked for; the selector of each is read backwards from its brace, so a
    large stylesheet costs one scan."""
    sels: list[str] = []
    for style in tree.css("style"):
        css = style.text(deep=True)
        if len(css) > MAX_STYLE:  # a site's own stylesheet; spam templates inject short ones
            continue
        for m in _HIDDEN_RULE.finditer(css):
            open_ = css.rfind("{", 0, m.start())
            if open_ < 0 or css.rfind("}", open_, m.start()) >= 0:
                continue
            start = max(css.rfind("}", 0, open_), css.rfind("{", 0, open_)) + 1
            for sel in css[start:open_].split(","):
                if _SIMPLE_SELECTOR.match(sel):
                    sels.append(sel.strip())
    return ", ".join(dict.fromkeys(sels))


def _hidden_nodes(tree: Any) -> list[Any]:
    nodes = []
    for n in tree.css(_HIDDEN_CANDIDATES):
        a = n.attributes
        if "hidden" in a or _HIDDEN_STYLE.search(a.get("style") or ""):
            nodes.append(n)
    extra = _hidden_class_selector(tree)
    if extra:
        with contextlib.suppress(Exception):  # a selector lexbor does not take: the rule is skipped, not the page
            nodes.extend(tree.css(extra))
    return nodes


def _links_of(node: Any, text: str) -> tuple[d.Link, ...]:
    links = []
    pos = 0
    for a in node.css("a[href]"):
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


# -- the body walk ----------------------------------------------------------------------------------------------


class _BodyWalker:
    """Turns the body element into paragraph and caption blocks, in document order."""

    def __init__(self, doc: d.Document):
        self.doc = doc
        self.buf: list[str] = []
        self.buf_links: list[tuple[str, str]] = []
        self.origin = ""
        self.items: list[tuple[str, str, str, tuple[tuple[str, str], ...]]] = []  # role, text, origin, links

    def flush(self, role: str = d.PARAGRAPH) -> None:
        if self.buf:
            text = _ws("".join(self.buf))
            if text:
                self.items.append((role, text, self.origin, tuple(self.buf_links)))
        self.buf = []
        self.buf_links = []

    def walk(self, node: Any, depth: int = 0) -> None:
        if depth > 60:  # absurd nesting: what is deeper is read as plain text
            self.buf.append(" " + node.text(deep=True, separator=" ") + " ")
            return
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.buf.append(child.text_content or "")
                continue
            if tag in ("-comment", "_comment", "img", "hr"):
                if tag == "hr":
                    self.flush()
                continue
            if tag == "br":
                self.flush()
                continue
            names = _names(child)
            if names and SKIP_INSIDE_BODY.search(names) and not CAPTION_CLASS.search(names):
                self.flush()
                continue
            if tag == "figcaption" or (names and CAPTION_CLASS.search(names)):
                self.flush()
                self.caption(child)
                continue
            if tag == "a":
                t = child.text(deep=True, separator=" ")
                href = child.attributes.get("href") or ""
                if href and t.strip():
                    self.buf_links.append((_ws(t), href))
                self.buf.append(t)
                continue
            if tag in BLOCK_TAGS:
                self.flush()
                figure_like = tag in ("figure", "table") or (names and FIGURE_CLASS.search(names))
                if figure_like and child.css_first("img, picture") is not None:
                    self.figure(child)
                    continue
                prev = self.origin
                self.origin = _describe(child)
                self.walk(child, depth + 1)
                self.flush()
                self.origin = prev
            else:
                self.walk(child, depth + 1)

    def caption(self, node: Any) -> None:
        t = _text(node)
        if t:
            self.items.append((d.CAPTION, t, _describe(node), ()))

    def figure(self, node: Any) -> None:
        """An image container: its text is caption text, one caption per text element."""
        cap = node.css_first("figcaption")
        if cap is not None:
            self.caption(cap)
            return
        texts = [n for n in node.css("td, p, span, div, em, dd, strong") if n.text(deep=False).strip()]
        if not texts:
            t = _text(node)
            if t:
                self.items.append((d.CAPTION, t, _describe(node), ()))
            return
        for n in texts:
            self.caption(n)


# -- page parts -------------------------------------------------------------------------------------------------


def _title_node(tree: Any, headline: str) -> Any | None:
    """The visible heading that carries the page's headline (the closest to ``og:title`` / ``<title>``)."""
    best, best_score = None, 0.0
    first = tree.css("h1, [itemprop=headline]")
    cands = first if headline and any(_text(n) == headline for n in first) else tree.css(
        "h1, h2, h3, h4, [class*=tit], [class*=headline], [class*=Title], [itemprop=headline]")
    for n in cands:
        if n.tag not in HEADINGS and any(c.tag in _CONTAINED for c in n.iter()):
            continue
        t = _text(n)
        if not (4 <= len(t) <= 300):
            continue
        if headline:
            s = fuzz.ratio(t, headline)
            if headline in t or t in headline:
                s = max(s, 90.0 * min(len(t), len(headline)) / max(len(t), len(headline)) + 10)
        else:
            s = 70.0 if n.tag == "h1" else 0.0
        if n.tag == "h1":
            s += 3
        if s > best_score:
            best, best_score = n, s
    return best if best_score >= 55 else None


def _header_zone(title: Any, body: Any | None) -> Any:
    """The container around the title that holds the section, subtitle, source and dates."""
    zone = title.parent
    for _ in range(3):
        if zone is None or zone.parent is None:
            break
        kids = [c for c in zone.iter() if c.tag not in ("-text", "-comment")]
        if len(kids) >= 3 or labeled_dates(_text(zone)):
            break
        if body is not None and zone.parent.mem_id in {a.mem_id for a in _chain(body)}:
            break
        zone = zone.parent
    return zone


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


def _prev_elements(node: Any, limit: int = 6) -> list[Any]:
    out, p = [], node.prev
    while p is not None and len(out) < limit:
        if p.tag not in ("-text", "-comment", "_comment"):
            out.append(p)
        p = p.prev
    return out


def _section_near(title: Any, zone: Any) -> str | None:
    """A section or breadcrumb element just before the title or its header (``문화 > 영화``)."""
    for anchor in (title, zone, zone.parent):
        if anchor is None:
            continue
        for n in _prev_elements(anchor):
            t = _text(n)
            if 2 <= len(t) <= 60 and (SECTION_CLASS.search(_names(n)) or " > " in t) and not n.css_first("li"):
                return _section_text(t)
    return None


def _section_text(t: str) -> str:
    t = re.sub(r"^(?:HOME|Home|home|홈)\s*[>›»/]\s*", "", t)
    return t.strip()


def parse_html(doc: d.Document) -> d.Document:
    """Fill ``doc.blocks``, ``doc.meta`` and ``doc.fields`` from the HTML in ``doc.text``."""
    tree = LexborHTMLParser(doc.text)
    meta = read_meta(tree)
    doc.meta = meta
    site_names = [n for n in (meta.get("og:site_name"), meta.get("ld:publisher"), meta.get("application-name")) if n]
    headline = meta.get("og:title") or meta.get("twitter:title") or meta.get("ld:headline") or ""
    page_title = strip_title_suffix(meta.get("title", ""), site_names) if meta.get("title") else ""
    if not headline:
        headline = page_title

    # hidden elements: evidence, then out of the tree
    for node in _hidden_nodes(tree):
        if node.parent is None:
            continue
        text = _text(node)
        if text:
            doc.add(d.HIDDEN, text, _describe(node), hidden=True, links=_links_of(node, text))
        node.decompose()
    tree.strip_tags(DROP_TAGS)

    for key in ("title", "og:title", "twitter:title", "ld:headline", "og:description", "description"):
        v = page_title if key == "title" else meta.get(key)
        if v:
            doc.add(d.META, v, f"meta {key}", attrs={"key": key})

    body = find_body(tree)
    title = _title_node(tree, headline)
    in_body = {n.mem_id for n in body.css("h1, h2, h3, h4, [class*=tit]")} if body is not None else set()
    title_inside_body = title is not None and title.mem_id in in_body
    _header(doc, tree, title, body, headline, page_title, meta)
    if body is not None:
        if title_inside_body and title is not None:
            title.decompose()
        _body(doc, body)
    _tags(doc, tree, body)
    _fields(doc, tree, meta, site_names)
    doc.tree = tree  # the spam stages read the page's surroundings from it, only when they need them
    return doc


def surroundings(doc: d.Document) -> d.Document:
    """The text around the article, as evidence blocks: ``alt``/``title`` attributes, menu lines, footers.

    Read from the parsed tree on demand: the spam stages ask for it only on pages whose own text gives them a
    reason, so a clean page does not pay for it."""
    tree = doc.tree
    if tree is None or doc.fields.get("surroundings"):
        return doc
    doc.fields["surroundings"] = True
    for node in tree.css("img[alt], img[title], a[title]"):
        for attr in ("alt", "title"):
            v = _ws(node.attributes.get(attr))
            if v:
                doc.add(d.ATTR, v, f"{node.tag}[{attr}]", attrs={"attr": attr, "src": node.attributes.get("src") or ""})
    # menu items, one line each (one text call per menu, not per link)
    seen_nav: set[str] = set()
    for container in tree.css(NAV_SELECTOR):
        where = _describe(container)
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
            doc.add(d.OTHER, _ws(raw), _describe(node), attrs={"footer": True})
    return doc


def _header(doc: d.Document, tree: Any, title: Any | None, body: Any | None, headline: str, page_title: str,
            meta: dict[str, str]) -> None:
    if title is not None:
        doc.add(d.TITLE, _text(title), _describe(title))
    elif headline or page_title:
        doc.add(d.TITLE, headline or page_title, "meta og:title" if headline else "meta title")
    if title is None:
        return
    zone = _header_zone(title, body)
    near = _section_near(title, zone)
    if near:
        doc.fields["section"] = near
    body_ids = {n.mem_id for n in _chain(body)} if body is not None else set()
    body_id = body.mem_id if body is not None else None
    after = False
    zone_text_dates = labeled_dates(_text(zone))
    for k, v in zone_text_dates.items():
        doc.fields.setdefault("zone:" + k, v)
    for t in zone.css("time[datetime]"):
        iso = parse_date(t.attributes.get("datetime") or "")
        if iso:
            key = "modified" if re.search(r"updat|modif|수정", _names(t) + " " + _text(t), re.I) else "published"
            doc.fields.setdefault("zone:" + key, iso)
    for n in zone.css("*"):
        if n.mem_id == title.mem_id:
            after = True
            continue
        in_menu = n.tag == "a" and n.parent is not None and n.parent.tag == "li"
        if n.mem_id in body_ids or in_menu or (body_id is not None and _inside(n, body_id)):
            continue
        if n.tag not in ("p", "h2", "h3", "h4", "h5") and any(c.tag in _CONTAINED for c in n.iter()):
            continue  # a container: its children are looked at one by one
        t = _text(n)
        if not t or len(t) > 200:
            continue
        names = _names(n)
        if labeled_dates(t) or re.fullmatch(r"[\d.\-:/\s년월일]+", t):
            continue
        if parse_byline(t) is not None:
            if not doc.fields.get("header_byline"):
                doc.fields["header_byline"] = t
            continue
        if not after:
            looks_section = SECTION_CLASS.search(names) or n.tag in ("h2", "h3", "h4")
            if looks_section and len(t) <= 60 and "section" not in doc.fields:
                doc.fields["section"] = _section_text(t)
            continue
        if names and SOURCE_CLASS.search(names) and len(t) <= 40 and "source" not in doc.fields:
            doc.fields["source"] = t
            continue
        subtitle_like = n.tag in ("h2", "h3", "h4", "h5") or SUBTITLE_CLASS.search(names)
        not_boilerplate = not NEGATIVE.search(names) or SUBTITLE_CLASS.search(names)
        if subtitle_like and not_boilerplate and len(t) >= 8 and not doc.by_role(d.SUBTITLE):
            doc.add(d.SUBTITLE, t, _describe(n))


def _body(doc: d.Document, body: Any) -> None:
    walker = _BodyWalker(doc)
    walker.origin = _describe(body)
    walker.walk(body)
    walker.flush()
    items = walker.items
    # bylines at the start or the end of the body, boilerplate at the end
    end = len(items)
    while end and items[end - 1][0] == d.PARAGRAPH and is_boilerplate(items[end - 1][1]):
        end -= 1
    para_idx = [k for k in range(end) if items[k][0] == d.PARAGRAPH]
    edge = set(para_idx[:2] + para_idx[-2:])
    byline_done = False
    for k, (role, text, origin, links) in enumerate(items):
        if k >= end:
            doc.add(d.OTHER, text, origin, attrs={"boilerplate": True})
            continue
        if role == d.PARAGRAPH and is_date_line(text):  # 입력 2025.10.15 11:40 printed in the body
            for key, iso in labeled_dates(text).items():
                doc.fields.setdefault("zone:" + key, iso)
            continue
        if role == d.PARAGRAPH and k in edge and not byline_done and parse_byline(text) is not None:
            doc.add(d.BYLINE, text, origin)
            doc.fields["authors"] = parse_byline(text) or []
            byline_done = True
            continue
        if role == d.PARAGRAPH and text.startswith(("▲", "△")) and looks_like_caption(text):
            # a body line that is a caption only by its marker: the caption is the text after the marker
            role, text = d.CAPTION, text[1:].strip()
        block_links = []
        pos = 0
        for lt, href in links:
            i = text.find(lt, pos)
            if i >= 0:
                block_links.append(d.Link(i, i + len(lt), href))
                pos = i + len(lt)
        doc.add(role, text, origin, links=tuple(block_links))


def _tags(doc: d.Document, tree: Any, body: Any | None) -> None:
    scope = body.parent if body is not None and body.parent is not None else tree.body
    if scope is None:
        return
    for n in scope.css("[class*=tag], [id*=tag], [class*=keyword]"):
        names = _names(n)
        if not TAG_LIST.search(names) or re.search(r"tag_?title|tagline|tag-label", names, re.I):
            continue
        links = n.css("a")
        if len(links) < 1:
            continue
        tags = [_ws(a.text(deep=True)).lstrip("#").strip() for a in links]
        tags = [t for t in tags if t and len(t) <= 40]
        if tags:
            for t in tags:
                doc.add(d.TAG, t, _describe(n))
            return


def _fields(doc: d.Document, tree: Any, meta: dict[str, str], site_names: list[str]) -> None:
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
    if not doc.by_role(d.BYLINE) and f.get("header_byline"):
        doc.add(d.BYLINE, f["header_byline"], "header byline")
        f["authors"] = parse_byline(f["header_byline"]) or []
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
