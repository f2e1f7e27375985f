"""One CSS query over the whole page, read once: metadata, hidden elements, what to drop, text containers.

Every query over the page costs a walk of the whole tree in lexbor, so the parser asks once for everything it
needs from all of it -- ``<title>``, ``<meta>``, the canonical link, scripts (JSON-LD), style sheets, elements
with a ``style`` or ``hidden`` attribute, elements that never hold article text, the paragraph elements the
body finder scores and the candidate headings -- and sorts the answer by tag in Python.  Only the elements
asked for are touched, never the page's every node.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# elements that never hold article text (form controls, not forms: some sites wrap the whole page in a <form>)
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
             "textarea", "object", "embed", "video", "audio", "map", "dialog", "xmp", "noembed", "noframes",
             "plaintext")
# the ones the page query takes out of the whole tree (text that headings, header lines and containers would
# otherwise show); the rest go from the body's copy only (parse.body), and from the tree when its surroundings
# are read
PAGE_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "select", "textarea", "button")
_DROP = frozenset(PAGE_DROP_TAGS)
PARAGRAPH_TAGS = frozenset(("p", "pre", "br"))
PAGE_QUERY = ", ".join(("title", "meta", "link[rel=canonical]", "[style]", "[hidden]", *PAGE_DROP_TAGS, "p", "pre",
                        "br", "[class*=paragraph]", "h1", "[itemprop=headline]", "a.headerlink"))

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|(?:^|;)\s*(?:left|top|text-indent|"
    r"margin-left)\s*:\s*-\s*\d{3,}|opacity\s*:\s*0(?![.\d])|(?:height|width)\s*:\s*[01]px[^;]*;.*overflow\s*:\s*hidden|"
    r"overflow\s*:\s*hidden[^\"]*(?:height|width)\s*:\s*[01]px|clip\s*:\s*rect\(\s*0",
    re.I,
)
_HIDING_WORDS = ("none", "hidden", "font-size", "opacity", "clip", "left", "top", "indent")
# in a stylesheet: only the declarations that hide by themselves (the inline test above needs a whole style)
_HIDDEN_RULE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|text-indent\s*:\s*-\d{3,}|"
    r"left\s*:\s*-\d{3,}"
)
MAX_STYLE = 4096
_SIMPLE_SELECTOR = re.compile(r"^\s*(?:[a-z0-9]*)?(?:[.#][A-Za-z0-9_\-]+)+\s*$")


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # as cleantext.normalize removes them


def clean(text: str | None) -> str:
    """:func:`cleantext.normalize.clean_text` with ``keep_invisible=True`` (the same result), in fewer passes:
    whitespace is collapsed by ``str.split`` (the same characters as its pattern, ``str.isspace``), not by a
    regular expression that matches every run -- the parser cleans every text it keeps."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text:  # no control character, no whitespace but single spaces
        text = text.strip(" ")
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def composed(text: str) -> str:
    """``text`` composed (NFC), for :func:`collapse_spaces` to clean its pieces.

    Text cut into pieces at noncharacters (``U+FDD0``, the body's paragraph breaks) afterwards is composed once,
    not piece by piece: a noncharacter is a starter that composes with nothing, so no composition spans it and
    each piece comes out as if composed alone."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _single_spaced(text: str) -> bool:
    """No control character and no whitespace but single spaces: trimming its ends is all the text needs."""
    return text.isprintable() and "  " not in text


def collapse_spaces(text: str) -> str:
    """:func:`clean` of a composed (NFC) text, without composing it again: its control characters taken out (and
    only then composed, since taking one out may join a letter and its mark), its whitespace collapsed.

    The same as :func:`clean` of the text before it was composed: a control character is a starter that composes
    with nothing too, so composing before or after it is taken out comes to the same."""
    if _single_spaced(text):
        return text.strip(" ")
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def collapse_pieces(pieces: Iterable[str], known_clean: set[str]) -> list[str]:
    """:func:`collapse_spaces` of each of ``pieces`` (pieces of one composed text), without the empty ones.

    A piece with no control character and no whitespace but single spaces needs only its spaces at the ends
    trimmed, and is then clean as :func:`cleantext.normalize.is_clean` tests (printable, single spaces, none at
    its ends, composed: a piece of a composed text is): those pieces are added to ``known_clean``, which spares
    the normalize step the same tests of each."""
    out = []
    for s in filter(None, pieces):  # (most pieces of a body are empty: its block tags close one after another)
        if s.isspace():
            continue
        if _single_spaced(s):  # collapse_spaces' first case
            s = s.strip(" ")
            if s:
                out.append(s)
                known_clean.add(s)
            continue
        s = collapse_spaces(s)
        if s:
            out.append(s)
    return out


_ws = clean


@dataclass
class PageScan:
    """What the one query over the page found."""

    meta: dict[str, str] = field(default_factory=dict)
    hidden: list[Any] = field(default_factory=list)  # hidden by their own attributes, in document order
    drop: list[Any] = field(default_factory=list)
    paragraphs: list[Any] = field(default_factory=list)  # p, pre, br and elements classed as paragraphs
    headings: list[Any] = field(default_factory=list)  # h1 and [itemprop=headline]
    stylesheets: list[str] = field(default_factory=list)
    noscripts: list[str] = field(default_factory=list)  # the markup of <noscript> fallbacks (an app shell's article)


MAX_NOSCRIPTS = 20


def is_hidden_by_attributes(attrs: dict[str, Any]) -> bool:
    """The ``hidden`` attribute, or an inline style that hides (``display:none``, off-screen, zero size)."""
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style) and _hides(style)


# the two hiding declarations pages also use to show an element: opacity 0 is the first frame of a fade-in, and
# font-size 0 takes out the gaps of a grid of inline blocks that set their own size
_WEAK_HIDING = re.compile(r"(?:opacity|font-size)\s*:\s*0(?![.\d])", re.I)
_ANIMATED = re.compile(r"fade|animat|reveal|aos|wow|transition|transform|scroll", re.I)
_FONT_SIZE_SET = re.compile(r"font-size\s*:\s*(?!0(?![.\d]))\d", re.I)
SHOWN_TEXT = 80  # an element hidden only so is shown when it holds an article's shape and this much text ...
MAX_SHOWN_LINKS = 0.3  # ... little of it links
NEARLY_ALL = 0.9  # share of the page's paragraph text that makes a hidden element the article, named a fade-in or not


def shown_after_all(node: Any, page_text: Callable[[], int]) -> bool:
    """An element hidden only by ``opacity:0`` or ``font-size:0`` that holds an article: an animation's or a layout's
    start, not a block hidden from readers.  It must hold the page's ``h1`` with its text, or most of the page's
    paragraph text (``page_text()``, the text of its ``<p>``: not menus and footers) and, for ``opacity:0``, a sign
    of animation, or nearly all of it; for ``font-size:0`` a child that sets its own size again (the grid).  A few
    hidden paragraphs beside the article stay hidden whatever their length or number (spam hides its sentences so,
    with empty elements added)."""
    a = node.attributes
    style = a.get("style") or ""
    if "hidden" in a or not _WEAK_HIDING.search(style) or _hides(_WEAK_HIDING.sub("", style)):
        return False
    text = len(node.text(deep=True, strip=True))
    if text < SHOWN_TEXT:
        return False
    prose = sum(len(p.text(deep=True, strip=True)) for p in node.css("p"))
    # a fade-in or a grid wraps the article with its headline; without it, most of the page's text, and a fade-in
    # says it is one (an animation's attribute, class or style)
    hints = f"{a.get('class') or ''} {style} {' '.join(k for k in a if k.startswith('data-'))}"
    fading = "opacity" in style.lower()
    headline = any(h.text(deep=True, strip=True) for h in node.css("h1"))
    if not headline:
        share = prose / max(1, page_text())
        if share < 0.5 or (share < NEARLY_ALL and fading and not _ANIMATED.search(hints)):
            return False
    if not fading and not any(
            _FONT_SIZE_SET.search(x.attributes.get("style") or "") for x in node.css("[style]")):
        return False
    links = sum(len(x.text(deep=True, strip=True)) for x in node.css("a"))
    return links <= MAX_SHOWN_LINKS * text


_HIDES: dict[str, bool] = {}


def _hides(style: str) -> bool:
    """Whether an inline style hides its element; cached, since a page repeats its styles."""
    hit = _HIDES.get(style)
    if hit is None:
        low = style.lower()
        # the pattern is costly and most styles name none of the properties it looks for
        hit = any(k in low for k in _HIDING_WORDS) and bool(_HIDDEN_STYLE.search(low))
        if len(_HIDES) < 50_000:
            _HIDES[style] = hit
    return hit


def scan(tree: Any) -> PageScan:
    """Run the page query and sort its answer (see the module docstring)."""
    page = PageScan()
    meta = page.meta
    hidden, paragraphs, drop = page.hidden, page.paragraphs, page.drop
    for node in tree.css(PAGE_QUERY):
        tag = node.tag
        a = node.attributes
        if a and ("style" in a or "hidden" in a) and tag not in ("html", "body") and is_hidden_by_attributes(a):
            hidden.append(node)
            continue
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content")
            if key and content and key not in meta:
                meta[key] = _ws(content)
        elif tag in PARAGRAPH_TAGS:
            paragraphs.append(node)
        elif tag in _DROP:
            if tag == "script" and "ld+json" in (a.get("type") or ""):
                read_jsonld(_own_text(node), meta)
            elif tag == "style":
                page.stylesheets.append(_own_text(node))
            elif tag == "noscript" and len(page.noscripts) < MAX_NOSCRIPTS:
                inner = node.html or ""  # (its markup without its own tags)
                page.noscripts.append(inner[inner.find(">") + 1 : inner.rfind("</")])
            drop.append(node)
        elif tag == "a" and "headerlink" in (a.get("class") or "").split() and len(node.text(strip=True)) <= 2:
            # a heading's permalink mark (¶, #)
            drop.append(node)
        elif tag == "title":
            if "title" not in meta:
                meta["title"] = _ws(node.text(deep=True, separator=" "))
        elif tag == "link":
            if a.get("href") and "canonical" not in meta:
                meta["canonical"] = a["href"] or ""
        elif tag == "h1" or a.get("itemprop") == "headline":
            page.headings.append(node)
        elif "paragraph" in (a.get("class") or "") and node.css_first("p, div") is None:
            paragraphs.append(node)
    return page


def _own_text(node: Any) -> str:
    """``node.text()`` of an element whose only child is its text (a style sheet, a script) read from that child,
    without the copy ``text()`` makes of it (a site's style sheets can be hundreds of kilobytes)."""
    child = node.first_child
    if child is not None and child.next is None and child.is_text_node:
        return child.text_content or ""
    return node.text(deep=True)


def hidden_class_selector(stylesheets: list[str]) -> str:
    """A selector for the elements that the page's own ``<style>`` rules hide (``.x{display:none}``).

    Only the declarations that hide are looked for; the selector of each is read backwards from its brace, so a
    style sheet costs one scan.  A site's own large style sheets are skipped: spam templates inject short ones."""
    sels: list[str] = []
    for css in stylesheets:
        if len(css) > MAX_STYLE:
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


def read_jsonld(raw: str, meta: dict[str, str]) -> None:
    """Article fields of a JSON-LD block (``headline``, dates, section, authors, publisher) into ``meta``."""
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
        _read_people(item, meta)


def _read_people(item: dict[str, Any], meta: dict[str, str]) -> None:
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
