"""The article body element to paragraph and caption items, with C-level calls only where the body is large.

The body is serialized once.  One CSS query on it finds what is not article text -- boilerplate boxes named so
by their class or id (share bars, related stories, ads, comment threads, newsletter boxes), ``<aside>`` and
``<nav>``, link lists -- and the photos and captions, whose text becomes caption items; the class and id names
to look for are read from the body's own markup (a regular expression), so that the query names only the few
that occur.  Those elements' markup is cut from the body's (the page's tree stays whole: the spam stages read
``alt`` and ``title`` attributes from it later), and what is left is split into paragraphs by regular
expressions: block tags and ``<br>`` end a paragraph, other tags go, links are kept as offsets.

A data table inside the body (short cells, no photo, no table inside: :func:`is_data_table`) becomes its
``<caption>``'s paragraph and one paragraph per row, the row's non-empty cells joined by :data:`CELL_SEPARATOR`
(``2024년 | 129,499 | 13.8%``): a row label stays with its figures, and a row is never taken for a widget's line,
a date line or a byline.  Tables that lay out the page or a photo and its caption are read as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from selectolax.lexbor import SelectolaxError

from .. import document as d
from ..extract import UNLIKELY, UNLIKELY_TAGS, NameRule
from ..korean import SYLLABLE, is_particle_chain
from ..photos import photo_of
from .metadata import (
    is_boilerplate,
    is_caps_headline,
    is_date_line,
    is_email_line,
    is_label_line,
    is_page_numbers,
    is_pitch_line,
    is_promo_line,
    is_share_line,
    is_tag_line,
    is_web_date_line,
    labelled_byline,
    line_dates,
    looks_like_caption,
    parse_byline,
    parse_web_byline,
    parse_writer_line,
)
from .prepass import DROP_TAGS, clean, collapse_pieces, composed


class Item(NamedTuple):
    """One paragraph or caption of the body as the parser found it."""

    role: str
    text: str
    origin: str
    links: tuple[tuple[str, str], ...] = ()  # (link text, href)
    photo: str = ""  # a caption's photo: its file name (see :func:`cleantext.photos.photo_of`)


# ad units, calls to action, link cards (Kakao AdFit, Tistory's, a recipe plugin's, Ghost's): cut, their words kept as
# evidence
AD_BOX_NAMES = "revenue_unit|adfit|kakao_ad|call-to-action|bookmark-card|more-link"
# text shown to screen readers only (Bootstrap, WordPress, the Korean portals, Gnuboard): a label read aloud
# (본문 듣기, 기사 본문) that would be glued to the sentence it stands before; ``blind`` counts as a whole word
SCREEN_READER_NAMES = "sr-only|visually-hidden|screen-reader-text|screen_out|sound_only|a11y-hidden"
SCREEN_READER = NameRule(SCREEN_READER_NAMES, "blind")
SKIP_INSIDE_BODY = NameRule(
    "related|recommend|share|sharing|social-share|social-icon|social-link|social-bar|social-button|social-follow|"
    "social-tool|banner|advert|promo|sponsor|subscri|newsletter|copyright|reporter_info|reporterinfo|author-info|"
    "writer_box|writerbox|profile|pagination|paging|comment|reply|tag-list|tag_list|taglist|tag-box|tag_box|tagbox|"
    "tag-area|tag_area|tag-wrap|tag_wrap|keyword|button|toolbar|more-stories|more-news|more-articles|"
    "morestories|more_news|news_more|news-more|read-more|readmore|popular|widget|signup|sign-up|outbrain|taboola|"
    "trending|most-read|mostread|print-header|print-only|sidebar|side-bar|slideshow|carousel|nocontent|"
    f"another_category|mw-editsection|navbox|reflist|mw-references|satisfaction|{AD_BOX_NAMES}|{SCREEN_READER_NAMES}",
    "relate ad ads adv sns btn util tools tags rank aside rail toc blind",
)
CAPTION_CLASS = NameRule(
    "caption|capt|photo_txt|phototxt|photo-txt|img_txt|imgtxt|img-txt|img_desc|imgdesc|img-desc|photo_desc|"
    "photodesc|photo-desc|desc_photo|descphoto|figcaption|photo_info|photoinfo",
    "cap",
)
FIGURE_CLASS = NameRule("photo|img|image|figure|picture|thumb", "pic")
TAG_LIST = NameRule("tag|keyword")
# a card that pops up over a name in the text (the person's photo and latest headlines): cut when it holds links
# only, and no card inside (the element around the name and its card is named so too)
HOVER_CARD = NameRule("rollover|tooltip|hovercard|hover-card|popover")
MIN_CARD_LINKS = 2
CARD_LINK_SHARE = 0.8
_NOT_TAG_LIST = re.compile(r"tag_?title|tagline|tag-label", re.I)
DROP_TAGS_INSIDE = frozenset(("aside", "nav", *DROP_TAGS))
LIST_TAGS = frozenset(("ul", "ol"))
PRUNE_TAGS = ("aside", "nav", "figure", "figcaption", "table", "ul", "ol", "amp-ad", *DROP_TAGS)
PAGE_CHROME_TAGS = ("header", "footer")  # pruned too when the body is the whole <body> (a plain page)
MAX_FIGURE_TEXT = 400  # an image table or box with more text than this is layout, not a photo
LINK_LIST_DENSITY = 0.5
MAX_TEASER_SHARE = 0.5  # of the body's text outside links, in a box of teasers at most
_LABEL_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div", "header"))
_SENTENCE_END = re.compile(r"[.!?。]\s*$|다\.?\s*$")
MAX_LIST_LABEL = 40  # characters of a heading over a list of links, in a box of their own
MAX_CUT = 0.5  # an element named like boilerplate with more than this share of the body's markup is kept
MAX_PROMO_ITEM = 200  # an item of a list of stories under a "Related" heading is a headline, not a paragraph
MAX_WIDGET_LINE = 90  # longer lines with little link text are running text, never a widget's line
PHOTO_TAGS = ("img", "picture", "amp-img")
PHOTOS = ", ".join(PHOTO_TAGS)
MAX_LEAD_UP = 2  # levels above the body where its lead photo may sit (the body the first element of its parent)
MAX_LEAD_SIBLINGS = 3  # elements before the body (or its ancestor) looked at for the lead photo

# the tags that end a paragraph (``_BLOCK`` matches exactly these)
BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
)
# markers: noncharacters never appear in real text
BREAK, LINK_OPEN, LINK_HREF_END, LINK_CLOSE, CAPTION = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3", "\ufdd4"
TABLE_LINE = "\ufdd5"  # marks a line of a data table (its caption or a row), cut from the markup
CELL_SEPARATOR = " | "  # between the cells of a data table's row, in the row's paragraph
TABLE_ROW = " > tr"  # ends the origin of a row's paragraph: rows are never widget lines, bylines or dates
MAX_CELL = 200  # a table with a longer cell holds running text: layout, not data
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# the block tags as a trie (a flat alternation is tried name by name at every "<"); the serializer writes
# tag names in lower case
_BLOCK = re.compile(
    r"</?(?:a(?:ddress|rticle|side)|b(?:lockquote|r)|c(?:aption|enter)|d(?:[dlt]|etails|ialog|iv)|"
    r"f(?:igcaption|igure|ooter)|h(?:[1-6r]|eader)|li|main|nav|ol|p(?:re)?|s(?:ection|ummary)|"
    r"t(?:able|body|[dhr]|foot|head)|ul)(?=[\s/>])[^>]*>"
)
_ANCHOR = re.compile(r"<a\s[^>]*?\bhref=\"([^\"]*)\"[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(f"{LINK_OPEN}([^{LINK_HREF_END}]*){LINK_HREF_END}([^{LINK_OPEN}{LINK_CLOSE}]*)")
_LINK_MARKS = re.compile(f"{LINK_OPEN}[^{LINK_HREF_END}]*{LINK_HREF_END}|{LINK_CLOSE}")
_DOUBLE_SPACE = re.compile(r"  +")
# the tags of PRUNE_TAGS where they open a tag (a whole tag name: <table, not <tablex): collecting only these is
# several times faster than collecting every tag name of the body
_PRUNE_TAG_NAMES = sorted({*PRUNE_TAGS, *PAGE_CHROME_TAGS}, key=len, reverse=True)
_PRUNE_TAG_NAME = re.compile(rf"<({'|'.join(_PRUNE_TAG_NAMES)})(?![a-z0-9])")
_CLASS_ATTR = re.compile(r' class="([^"&\\]*)"')
_ID_ATTR = re.compile(r' id="([^"&\\]*)"')
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&nbsp;", "\u00a0"), ("&amp;", "&"))


_ws = clean


def describe(node: Any) -> str:
    """``tag#id.class1.class2``: where a block came from, for reports."""
    a = node.attributes
    s = node.tag or ""
    if a.get("id"):
        s += "#" + str(a["id"]).split()[0]
    if a.get("class"):
        s += "." + ".".join(str(a["class"]).split()[:2])
    return s


_EDGE = "\ue000"  # where an inline tag stood
# an inline tag's place inside brackets or before a comma or a full stop: nothing
_BRACKETED_EDGE = re.compile(f"(?<=[(\\[‘“]){_EDGE}+|{_EDGE}+(?=[)\\]’”,.])")
# an inline tag's place between a word and the Hangul after it: nothing when that is the word's particle
_WORD_EDGE = re.compile(f"(?<=\\w){_EDGE}+(?=([가-힣]+))")


def inline_text(node: Any) -> str:
    """The text of a short block (a caption) as it reads: block tags and ``<br>`` are spaces, and so are inline
    tags between words (``있다.<span>사진=연합뉴스</span>``, ``홍길동<span>기자</span>``: pieces a stylesheet
    sets apart), but not before the particle of the word before (``<a>질병관리청</a>이`` is 질병관리청이) nor
    inside brackets."""
    html = _BLOCK.sub(" ", _COMMENT.sub("", node.html or ""))
    text = _BRACKETED_EDGE.sub("", _TAG.sub(_EDGE, html))
    text = _WORD_EDGE.sub(lambda m: "" if is_particle_chain(m.group(1)) else " ", text).replace(_EDGE, " ")
    return _ws(_unescape(text))


def _unescape(s: str) -> str:
    """The serializer escapes only these in text (and ``"`` in attribute values)."""
    if "&" not in s:
        return s
    for ent, ch in _ENTITIES:
        s = s.replace(ent, ch)
    return s


# -- pruning ----------------------------------------------------------------------------------------------------


def _prune_selector(html: str, whole_page: bool = False) -> str:
    """A selector for what the body (serialized as ``html``) holds to prune: the tags of :data:`PRUNE_TAGS` that
    occur in it, and the elements whose class or id names boilerplate, captions, photos or tag lists (the names are
    read from the markup, so the query lists only those that occur).  When the body is the page's ``<body>``
    (``whole_page``), also its header, footer and what readability calls unlikely (menus, sidebars...)."""
    def wanted(names: str) -> bool:
        return _prunable(names) or (whole_page and bool(UNLIKELY.search(names)))

    present = set(_PRUNE_TAG_NAME.findall(html))
    parts = [tag for tag in (*PRUNE_TAGS, *(PAGE_CHROME_TAGS if whole_page else ())) if tag in present]
    for value in set(_CLASS_ATTR.findall(html)):
        if wanted(value):
            if value.isprintable():
                parts.append(f'[class="{value}"]')
            else:  # a class attribute written over several lines: its tokens one by one
                parts.extend(f'[class~="{tok}"]' for tok in value.split() if wanted(tok))
    for value in set(_ID_ATTR.findall(html)):
        if value.isprintable() and wanted(value):
            parts.append(f'[id="{value}"]')
    return ", ".join(parts)


_PRUNABLE: dict[str, bool] = {}


def _prunable(names: str) -> bool:
    """Whether a class or id names something to prune (boilerplate, a caption, a photo, a tag list); cached, since a
    site repeats its names on every page."""
    hit = _PRUNABLE.get(names)
    if hit is None:
        hit = bool(SKIP_INSIDE_BODY.search(names) or CAPTION_CLASS.search(names) or FIGURE_CLASS.search(names)
                   or TAG_LIST.search(names) or HOVER_CARD.search(names))
        if len(_PRUNABLE) < 50_000:
            _PRUNABLE[names] = hit
    return hit


def is_tag_list(names: str) -> bool:
    """An id and class naming a tag or keyword list (``tag_box``, ``keyword-list``; not ``tagline``)."""
    return TAG_LIST.search(names) and not _NOT_TAG_LIST.search(names)


def _text_and_links(node: Any) -> tuple[int, int]:
    """The length of an element's text and of its links' text."""
    return len(node.text(deep=True, strip=True)), sum(len(a.text(deep=True, strip=True)) for a in node.css("a"))


def unlinked_length(node: Any) -> int:
    """The length of an element's text outside its links."""
    text, links = _text_and_links(node)
    return text - links


def _link_density(node: Any) -> float:
    text, links = _text_and_links(node)
    return links / text if text else 0.0


_SHARE_TOOL = re.compile(r"share|social|tweet", re.I)
_AD_BOX = re.compile(AD_BOX_NAMES, re.I)
# boxes of other stories: cut when they are boxes of links, however long beside a short article
_TEASER_BOX = re.compile(r"more[-_]?(?:news|stories|articles|posts)|news[-_]?more|another[-_]?category|related", re.I)
MIN_MARKED = 3  # paragraphs a share tool marks at least, and most of the body's, for its mark to be no share box


def _marked_paragraph(node: Any, root: Any, counts: dict[str, int]) -> bool:
    """A ``<p>`` named only for a share tool that marks most of the body's paragraphs the same way
    (``selectionShareable`` on every paragraph of the article): the article's text.  A lone ``<p class=share_txt>``
    is the share box's quote, and a paragraph named for an ad, a comment or a related story is what its name says."""
    if node.tag != "p":
        return False
    cls = node.attributes.get("class") or ""
    names = f"{node.attributes.get('id') or ''} {cls}"
    if not _SHARE_TOOL.search(names) or SKIP_INSIDE_BODY.search(_SHARE_TOOL.sub(" ", names)):
        return False
    if not counts:
        for p in root.css("p"):
            c = p.attributes.get("class") or ""
            counts[c] = counts.get(c, 0) + 1
    marked = counts.get(cls, 0)
    return marked >= MIN_MARKED and 2 * marked > sum(counts.values()) and _link_density(node) < 0.3


class _Pruner:
    """Cuts boilerplate out of the body's markup and turns photos and captions into caption markers.

    The page's tree is left whole (the spam stages read ``alt`` and ``title`` attributes from it later): each
    element to prune is found by a CSS query on the body, and its own serialization is cut from the body's, in
    document order; an element inside a part cut before is skipped (without serializing it)."""

    def __init__(self, root: Any):
        self.root = root
        self.html = root.html or ""
        self.captions: list[tuple[str, str, str]] = []  # text, origin, photo
        self.table_lines: list[tuple[str, str]] = []  # text, origin: data tables' captions and rows
        self.cuts: list[tuple[int, int, str]] = []  # start, end, replacement
        self.cut_ids: set[int] = set()
        self.pos = 0  # where the next element's markup is looked for
        self.text_len: int | None = None  # the body's text length, when asked for
        self.tag_lists: list[Any] = []  # elements named for tags or keywords, in document order
        self.photo_holders: set[int] | None = None  # elements with a photo inside, when first asked
        self.inside: dict[int, bool] = {}  # elements looked at: whether they are inside a part cut
        self.whole_page = root.tag == "body"  # a plain page's paragraphs under <body>: its chrome is pruned too
        self.p_classes: dict[str, int] = {}  # the body's <p> by class, counted when first needed
        self.labels: list[tuple[str, str]] = []  # text, origin: cut text kept as evidence (see _set_aside)

    def run(self) -> str:
        """The body's markup, pruned."""
        query = _prune_selector(self.html, self.whole_page)
        if not query:
            return self.html
        try:
            nodes = self.root.css(query)
        except SelectolaxError:  # a name lexbor does not take: the tags alone
            nodes = self.root.css(", ".join(PRUNE_TAGS))
        seen = {self.root.mem_id}  # lexbor answers an element once per selector it matches
        for node in nodes:
            key = node.mem_id
            if key not in seen:
                seen.add(key)
                a = node.attributes
                names = f"{a.get('id') or ''} {a.get('class') or ''}"
                if is_tag_list(names):
                    self.tag_lists.append(node)  # read by the parser for the tag list, cut or not
                if not self._inside_cut(node):
                    self._one(node, names)
        if not self.cuts:
            return self.html
        out, last = [], 0
        for start, end, replacement in self.cuts:
            out += (self.html[last:start], replacement)
            last = end
        out.append(self.html[last:])
        return "".join(out)

    def _inside_cut(self, node: Any) -> bool:
        """Whether an ancestor of ``node`` (below the body) was cut.

        The query answers in document order, so an element's ancestors were looked at or cut before it: the walk
        up stops at the first ancestor whose answer is known, and the answer is kept for the ones it passed."""
        if not self.cut_ids:
            return False
        known = self.inside
        path = []
        p = node.parent
        hit = False
        while p is not None:
            key = p.mem_id
            if key in self.cut_ids:
                hit = True
                break
            if key == self.root.mem_id:
                break
            seen = known.get(key)
            if seen is not None:
                hit = seen
                break
            path.append(key)
            p = p.parent
        for key in path:
            known[key] = hit
        return hit

    def _set_aside(self, node: Any, less: str = "") -> None:
        """Keep the text of a cut element (without ``less``, a list's links) as evidence for the spam stages: an
        ad unit's or a call to action's words, a list's label."""
        text = node.text(deep=True, separator=" ")
        text = _ws(text.replace(less, " ") if less else text)
        if text:
            self.labels.append((text, describe(node)))

    def _labelled_box(self, links: Any) -> Any | None:
        """The box around a list of links that holds nothing else but its label, a heading or a line that is no
        sentence (``<div><h2>More on this story</h2><ul>...``): cut with the list, not leaving its heading behind
        in the body."""
        box = links.parent
        if box is None or box.mem_id == self.root.mem_id or box.tag not in ("div", "section", "aside", "nav"):
            return None
        others = []
        for c in box.iter():  # (stopping at a second other child: a box of thousands of lists is read once)
            if c.mem_id != links.mem_id:
                others.append(c)
                if len(others) > 1:
                    return None
        if len(others) != 1 or others[0].tag not in _LABEL_TAGS:
            return None
        label = _ws(others[0].text(deep=True, separator=" "))
        return box if label and len(label) <= MAX_LIST_LABEL and not _SENTENCE_END.search(label) else None

    def _cut(self, node: Any, replacement: str = "", guard: bool = True, teasers: bool = False) -> bool:
        """Cut the element's markup (its first occurrence from where the last element was found); whether it was
        cut.  ``teasers``: the element is named for more stories, and is cut when it is a box of links even if it
        is longer than a short article."""
        outer = node.html
        i = self.html.find(outer, self.pos) if outer else -1
        if i < 0:
            return False
        self.pos = i + 1
        if guard and len(outer) > MAX_CUT * len(self.html) and self._holds_most_text(node):
            if not (teasers and self._mostly_links(node)):
                return False  # a wrapper named "share-icons" around the whole article is no share bar
            self._set_aside(node)  # more than the article: its words are evidence (a flood of spam links)
        self.cuts.append((i, i + len(outer), replacement))
        self.cut_ids.add(node.mem_id)
        return True

    def _mostly_links(self, node: Any) -> bool:
        """A box of links whose own words are a small part of the body's (teasers, not the article wrapped in a
        box so named with links slipped into it)."""
        text, links = _text_and_links(node)
        return (bool(text) and links > LINK_LIST_DENSITY * text
                and text - links <= MAX_TEASER_SHARE * unlinked_length(self.root))

    def _holds_most_text(self, node: Any) -> bool:
        if self.text_len is None:
            self.text_len = len(self.root.text(deep=True, strip=True))
        return len(node.text(deep=True, strip=True)) > MAX_CUT * self.text_len

    def _one(self, node: Any, names: str) -> None:
        """Cut one element found by the query (``names``: its id and class), or put its caption marker in its
        place."""
        tag = node.tag
        if tag in DROP_TAGS_INSIDE:
            self._cut(node)
            return
        if tag == "amp-ad":  # (shown as text where AMP's script does not run)
            if self._cut(node):
                self._set_aside(node)
            return
        if tag in PHOTO_TAGS:
            return  # a photo without its caption: nothing to take out of the text
        if tag == "figcaption" or CAPTION_CLASS.search(names):
            self._caption_marker(node, [node])
            return
        chrome = self.whole_page and (tag in PAGE_CHROME_TAGS or UNLIKELY.search(names))
        if (chrome or SKIP_INSIDE_BODY.search(names)) and not _marked_paragraph(node, self.root, self.p_classes):
            # (spam hides its keywords for screen readers too: what they say is kept as evidence)
            if self._cut(node, teasers=bool(_TEASER_BOX.search(names))) and (
                    _AD_BOX.search(names) or SCREEN_READER.search(names)):
                self._set_aside(node)
            return
        if HOVER_CARD.search(names) and _is_hover_card(node):
            self._cut(node)
            return
        if tag in LIST_TAGS:
            if _link_density(node) > LINK_LIST_DENSITY:
                box = self._labelled_box(node)
                if box is not None and self._cut(box):
                    self._set_aside(box, node.text(deep=True, separator=" "))
                else:
                    self._cut(node)
            return
        figure_like = tag in ("figure", "table") or FIGURE_CLASS.search(names)
        if figure_like and self._is_photo(node):
            self._caption_marker(node, self._figure_texts(node))
        elif tag == "table" and is_data_table(node):
            self._table_marker(node)

    def _table_marker(self, node: Any) -> None:
        """A data table as lines: its ``<caption>`` (a paragraph as before), then one line per row, a marker for
        each in the table's place."""
        where = describe(node)
        lines = []
        cap = node.css_first("caption")
        if cap is not None and (t := inline_text(cap)):
            lines.append((t, where))
        lines += [(row, where + TABLE_ROW) for tr in node.css("tr") if (row := table_row(tr))]
        if not lines:
            return
        k = len(self.table_lines)
        before = len(self.cuts)
        self._cut(node, "".join(f"{BREAK}{TABLE_LINE}{k + j}{BREAK}" for j in range(len(lines))), guard=False)
        if len(self.cuts) > before:
            self.table_lines.extend(lines)

    def _is_photo(self, node: Any) -> bool:
        """A figure, or a box of little text, with a photo inside."""
        if node.mem_id not in self._photo_holders():
            return False
        return node.tag == "figure" or len(node.text(deep=True, strip=True)) <= MAX_FIGURE_TEXT

    def _photo_holders(self) -> set[int]:
        """The elements of the body with an ``<img>`` or ``<picture>`` inside: one query for the photos and a walk up
        from each, instead of a query under every element that looks like a figure (a page of photo polls asks
        for a thousand)."""
        if self.photo_holders is None:
            holders: set[int] = set()
            root_id = self.root.mem_id
            for photo in self.root.css(PHOTOS):
                p = photo.parent
                while p is not None:
                    key = p.mem_id
                    if key in holders:
                        break
                    holders.add(key)
                    if key == root_id:
                        break
                    p = p.parent
            self.photo_holders = holders
        return self.photo_holders

    @staticmethod
    def _figure_texts(node: Any) -> list[Any]:
        """The caption elements of a photo: its figcaption, else each element with text of its own."""
        cap = node.css_first("figcaption")
        if cap is not None:
            return [cap]
        texts = [n for n in node.css("td, p, span, div, em, dd, strong") if n.text(deep=False).strip()]
        return texts or [node]

    def _caption_marker(self, node: Any, parts: list[Any]) -> None:
        """The element's caption texts as caption items, a marker for each in its place."""
        texts = [(t, part) for part in parts if (t := inline_text(part))]
        if not texts:
            return
        k = len(self.captions)
        marks = "".join(f"{BREAK}{CAPTION}{k + j}{BREAK}" for j in range(len(texts)))
        before = len(self.cuts)
        self._cut(node, marks, guard=False)
        if len(self.cuts) > before:
            top = node if node.css_first(PHOTOS) is not None else node.parent  # (a <figcaption> after its <img>)
            if top is not None and top is not node and not self._is_photo(top):
                top = None
            self.captions.extend((t, describe(part), photo_of(part, top) if top is not None else "")
                                 for t, part in texts)


def _is_hover_card(node: Any) -> bool:
    """A pop-up card (named so by the caller): links only, two or more, and no card inside it (the element that
    holds the name in the text and its card)."""
    links = node.css("a")
    if len(links) < MIN_CARD_LINKS:
        return False
    key = node.mem_id
    if any(c.mem_id != key and HOVER_CARD.search(_names(c)) for c in node.css("[class]")):
        return False
    text_len = len(node.text(deep=True, strip=True))
    return sum(len(a.text(deep=True, strip=True)) for a in links) >= CARD_LINK_SHARE * text_len


def is_data_table(node: Any) -> bool:
    """A table of data inside the article (figures by year, results by company): two rows or more, a row of two
    cells or more, every cell short, no photo, no table inside, few links.  Tables that lay out the page or a
    photo with its caption, and link lists, are not; their text is read as before."""
    if node.css_first(PHOTOS) is not None:
        return False
    if any(t.mem_id != node.mem_id for t in node.css("table")):  # lexbor's query may answer the node itself
        return False
    rows = node.css("tr")
    if len(rows) < 2:
        return False
    widths = [len(tr.css("th, td")) for tr in rows]
    if max(widths) < 2:
        return False
    if any(len(c.text(deep=True, strip=True)) > MAX_CELL for c in node.css("th, td")):
        return False
    return _link_density(node) <= LINK_LIST_DENSITY


def table_row(tr: Any) -> str:
    """A table row's text: its non-empty cells, clean, joined by :data:`CELL_SEPARATOR` (``2022년 | 89,966 |
    10.2%``), so that a row label is never parted from its figures."""
    cells = (_ws(c.text(deep=True, separator=" ")) for c in tr.css("th, td"))
    return CELL_SEPARATOR.join(c for c in cells if c)


def is_table_row(origin: str) -> bool:
    """Whether an item's origin is a row of a data table."""
    return origin.endswith(TABLE_ROW)


# -- the lead photo before the body -------------------------------------------------------------------------------


def lead_captions(root: Any, title: Any | None) -> list[Item]:
    """Caption items of the article's lead photo when it stands just before the body element ``root``, outside it
    (``<header>``, ``<figure>``, ``<section class="article-body">``): the few elements before the body, or before
    its ancestor when the body opens it, back to the title's element.  A photo boxed as boilerplate (related
    stories, ads) or in a sidebar, or whose caption is a link (a story's thumbnail), is no lead photo."""
    title_chain = {n.mem_id for n in _chain(title)} if title is not None else set()
    anchor = root
    for _ in range(MAX_LEAD_UP + 1):
        siblings = prev_elements(anchor, MAX_LEAD_SIBLINGS)
        items: list[Item] = []
        for sib in siblings:
            if sib.mem_id in title_chain or (title is not None and _holds(sib, title)):
                break  # the title's header: the lead photo is between it and the body
            items[:0] = _photo_captions(sib)
        if items or siblings or anchor.parent is None or anchor.parent.tag in ("body", "html"):
            return items
        anchor = anchor.parent
    return []


MAX_TRAILING_PHOTOS = 12


def trailing_captions(root: Any) -> list[Item]:
    """Caption items of the photos right after the body element ``root``, outside it (a photo story's pictures
    printed after its text): its next siblings while they are photos with captions, up to the first other
    element that holds text."""
    items: list[Item] = []
    n = root.next
    while n is not None and len(items) < MAX_TRAILING_PHOTOS:
        if n.tag not in ("-text", "-comment", "_comment"):
            caps = _photo_captions(n)
            if not caps and n.text(deep=True, strip=True):
                break
            items += caps
        n = n.next
    return items


def _chain(node: Any) -> list[Any]:
    out = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out


def _holds(node: Any, inner: Any) -> bool:
    """Whether ``inner`` is inside ``node``."""
    key = node.mem_id
    return any(n.mem_id == key for n in _chain(inner.parent))


def prev_elements(node: Any, limit: int) -> list[Any]:
    """Up to ``limit`` elements before ``node`` among its siblings, nearest first."""
    out, p = [], node.prev
    while p is not None and len(out) < limit:
        if p.tag not in ("-text", "-comment", "_comment"):
            out.append(p)
        p = p.prev
    return out


def _photo_captions(node: Any) -> list[Item]:
    """The caption items of an element that is a photo with its caption (a ``<figure>``, a photo box), in order;
    none for anything else."""
    a = node.attributes
    names = f"{a.get('id') or ''} {a.get('class') or ''}"
    if node.tag in UNLIKELY_TAGS or SKIP_INSIDE_BODY.search(names) or UNLIKELY.search(names):
        return []
    if node.css_first(PHOTOS) is None or len(node.text(deep=True, strip=True)) > MAX_FIGURE_TEXT:
        return []
    if node.tag == "figcaption" or CAPTION_CLASS.search(names):
        caps = [node]
    else:
        caps = node.css("figcaption") or [c for c in node.css("[class]") if CAPTION_CLASS.search(_names(c))]
    out: list[Item] = []
    for cap in caps:
        if _linked(cap, node):
            return []  # a caption that is a link: a story's thumbnail
        text = inline_text(cap)
        if text and all(text not in c.text and c.text not in text for c in out):
            out.append(Item(d.CAPTION, text, describe(cap), (), photo_of(cap, node)))
    return out


def _linked(cap: Any, top: Any) -> bool:
    """Whether the caption holds a link or sits in one (below ``top``)."""
    if cap.css_first("a[href]") is not None:
        return True
    n = cap.parent
    while n is not None and n.mem_id != top.mem_id:
        if n.tag == "a":
            return True
        n = n.parent
    return top.tag == "a"


def _names(node: Any) -> str:
    a = node.attributes
    return f"{a.get('id') or ''} {a.get('class') or ''}"


# -- segmentation -----------------------------------------------------------------------------------------------


# Han or Kana against a Latin letter across inline tags only (アプリ<a>Kindle</a>に): a space there, as
# CSS text-autospace and Japanese/Chinese typesetting put one; not in Korean text, which glues Hangul and Hanja to
# Latin as written (한빛<a>KBS</a>는, 韓美<a>FTA</a>)
_CJ = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# the first Han or Kana character or Hangul syllable: one scan of the body tells a Korean one (a syllable first)
# from one in Chinese or Japanese alone (see :func:`_cj_without_hangul`)
_CJ_OR_SYLLABLE = re.compile(f"[{_CJ}가-힣]")
_INLINE_RUN = f"(?:<[^>]*>|{LINK_OPEN}[^{LINK_HREF_END}]*{LINK_HREF_END}|{LINK_CLOSE})+"
_AUTOSPACE = re.compile(f"(?<=[{_CJ}]){_INLINE_RUN}(?=[A-Za-z])|(?<=[A-Za-z]){_INLINE_RUN}(?=[{_CJ}])")


def _cj_without_hangul(html: str) -> bool:
    """Whether ``html`` has a Han or Kana character and no Hangul syllable: from the first character of either
    kind, a Korean body found at its first syllable instead of by a scan of all of it for Han and Kana."""
    m = _CJ_OR_SYLLABLE.search(html)
    # (before a first Han or Kana character stands no syllable: the syllables are looked for after it)
    return m is not None and not SYLLABLE.match(m.group()) and not SYLLABLE.search(html, m.end())


def _segments(html: str, known_clean: set[str]) -> list[str]:
    """The serialized body cut into paragraph strings, already clean (what :func:`.prepass.clean` makes of each;
    the text composed once for the whole body): block tags and ``<br>`` are breaks, links are marked, every other
    tag goes.  Those known to need nothing of the normalize step are added to ``known_clean``
    (:func:`.prepass.collapse_pieces`)."""
    if "<!--" in html:
        html = _COMMENT.sub("", html)
    html = _BLOCK.sub(BREAK, html)
    if "<a" in html:
        html = _ANCHOR.sub(f"{LINK_OPEN}\\1{LINK_HREF_END}", html)
        html = html.replace("</a>", LINK_CLOSE)
    if _cj_without_hangul(html):
        html = _AUTOSPACE.sub(r"\g<0> ", html)
    html = _unescape(_TAG.sub("", html))
    segments = composed(html).split(BREAK)
    del html
    return collapse_pieces(segments, known_clean)


def _paragraph(raw: str, origin: str) -> Item | None:
    """A paragraph item of a segment, its links (marked in the segment) as (text, href) pairs."""
    if LINK_OPEN not in raw and LINK_CLOSE not in raw:
        return Item(d.PARAGRAPH, raw, origin)
    text = _LINK_MARKS.sub("", raw).strip()
    if "  " in text:
        text = _DOUBLE_SPACE.sub(" ", text)
    if not text:
        return None
    links = []
    for m in _LINK.finditer(raw):
        lt = m.group(2).strip()
        if lt:
            links.append((_DOUBLE_SPACE.sub(" ", lt), m.group(1)))
    return Item(d.PARAGRAPH, text, origin, tuple(links))


@dataclass
class BodyText:
    """The body's paragraph and caption items, in document order, its elements named for tag lists, and the texts
    known clean as they were cut (see :attr:`cleantext.document.Document.known_clean`)."""

    items: list[Item] = field(default_factory=list)
    tag_lists: list[Any] = field(default_factory=list)
    known_clean: set[str] = field(default_factory=set)
    set_aside: list[tuple[str, str]] = field(default_factory=list)  # text, origin: cut text kept as evidence


def body_items(root: Any) -> BodyText:
    """Paragraph and caption items of the body element ``root``, in document order."""
    pruner = _Pruner(root)
    html = pruner.run()
    pruner.html = ""  # the unpruned markup: a long article's is large
    origin = describe(root)
    out = BodyText(tag_lists=pruner.tag_lists, set_aside=pruner.labels)
    for raw in _segments(html, out.known_clean):
        if CAPTION in raw:
            for k in re.findall(f"{CAPTION}(\\d+)", raw):
                text, where, photo = pruner.captions[int(k)]
                out.items.append(Item(d.CAPTION, text, where, (), photo))
            continue
        if TABLE_LINE in raw:
            for k in re.findall(f"{TABLE_LINE}(\\d+)", raw):
                text, where = pruner.table_lines[int(k)]
                out.items.append(Item(d.PARAGRAPH, text, where))
            continue
        item = _paragraph(raw, origin)
        if item is not None:
            out.items.append(item)
    return out


# -- blocks -----------------------------------------------------------------------------------------------------


def add_body(doc: d.Document, items: list[Item]) -> None:
    """The body's items as blocks: bylines at the start or the end, boilerplate at the end, date lines, ``▲``
    lines that are captions; the lines of widgets (labels, share buttons, ``Read more:`` lines and the links under
    them, date lines) and the trailing boilerplate stay as evidence only (``other`` blocks)."""
    junk = _web_junk(items)
    end = len(items)
    while end and (end - 1 in junk or (items[end - 1][0] == d.PARAGRAPH and not is_table_row(items[end - 1][2])
                                       and is_boilerplate(items[end - 1][1]))):
        end -= 1
    kept = end
    if end and items[end - 1][0] == d.PARAGRAPH and _site_links_line(items[end - 1]):
        end -= 1
    end = _contact_block(items, end)
    # lines set aside by their place and shape alone: evidence the spam stages read (spam may stand there too)
    set_aside = {items[k][1] for k in range(end, kept)}
    items, end = _byline_email(items, end, junk)
    para_idx = [k for k in range(end) if items[k][0] == d.PARAGRAPH and k not in junk]
    edge = set(para_idx[:2] + para_idx[-2:])
    title = doc.first(d.TITLE)
    section = doc.first(d.SECTION)  # (a column's section names it: 오피니언 > 삶의 창)
    named = " ".join([title.text if title else "", section.text if section else "",
                      *(items[k][1] for k in para_idx[:1])])
    byline_done = False
    # (a column its reporter arranged, 정리=문태오 기자: the reporter's byline closes it, the signature stays)
    reporter = any(parse_byline(items[k][1]) is not None for k in para_idx[-2:])
    shown = {b.text for b in (title, doc.first(d.SUBTITLE)) if b is not None}
    header_lines = _header_lines(doc, items, para_idx, shown)
    for k, (role, text, origin, links, photo) in enumerate(items):
        if k >= end or k in junk:
            doc.add(d.OTHER, text, origin, attrs={"boilerplate": True, "set_aside": text in set_aside})
            continue
        if is_table_row(origin):  # figures, never a byline, a date line or a caption
            doc.add(role, text, origin)
            continue
        if k in header_lines:
            # the headline, subtitle or section label printed again at the body's start (a blog editor's title
            # block, an <article>'s own <header>), which the header read: evidence only
            # (a copy of the section label is evidence as set aside: the label a page's meta overrides is in no
            # field the spam stages read, where the title's and the subtitle's copies are)
            doc.add(d.OTHER, text, origin, attrs={"header": True, "set_aside": text not in shown})
            continue
        if role == d.PARAGRAPH and is_date_line(text):  # 입력 2025.10.15 11:40 printed in the body
            for key, iso in line_dates(text).items():
                doc.fields.setdefault("zone:" + key, iso)
            continue
        if role == d.PARAGRAPH and k in edge and not byline_done:
            names = parse_byline(text) or parse_web_byline(text) or labelled_byline(text)
            if names is None and k in para_idx[-2:] and not reporter:
                names = parse_writer_line(text, named)  # a column's writer (``윤서하 변호사·법무법인 한결 ...``)
            if names is not None:
                doc.add(d.BYLINE, text, origin)
                doc.fields["authors"] = names
                byline_done = True
                continue
        if role == d.PARAGRAPH and text.startswith(("▲", "△")) and (
                looks_like_caption(text[1:].strip()) or not _in_marked_list(items, k)):
            # (a ▲ line among lines marked as list items is one of them: ▲ 전시운영실장 최다은 under ◇ 실장 승진)
            # a body line that is a caption only by its marker: the caption is the text after the marker
            role, text = d.CAPTION, text[1:].strip()
        block = doc.add(role, text, origin, links=_offsets(text, links) if links else ())
        if photo and role == d.CAPTION:
            block.attrs["photo"] = photo


def _byline_email(items: list[Item], end: int, junk: set[int]) -> tuple[list[Item], int]:
    """The items and the end of the article when its last paragraph is only an e-mail address: appended to the
    byline just before it (``홍길동 기자`` + ``hong@hanbit.co.kr``), else left out with the trailing boilerplate."""
    last = end - 1
    if last < 0 or last in junk or items[last][0] != d.PARAGRAPH or not is_email_line(items[last][1]):
        return items, end
    prev = last - 1
    if prev >= 0 and prev not in junk and items[prev][0] == d.PARAGRAPH:
        merged = f"{items[prev].text} {items[last].text}"
        if parse_byline(merged) is not None:
            items = [*items[:prev], items[prev]._replace(text=merged), *items[last + 1 :]]
            return items, end - 1
    return items, end - 1


def _web_junk(items: list[Item]) -> set[int]:
    """Indices of the paragraphs that are widgets' lines, not article text: labels (``Advertisement``), share
    buttons, date lines, ``Read more:`` / ``Related`` lines and the lines of links that follow such a heading."""
    junk: set[int] = set()
    after_promo = False
    list_item = -1  # the last item of a list under a "More stories" heading
    for k, (role, text, origin, links, _) in enumerate(items):
        if role != d.PARAGRAPH or is_table_row(origin):
            after_promo = False
            continue
        n = len(text)
        link_chars = sum(len(t) for t, _ in links) if links else 0
        if after_promo and n <= MAX_PROMO_ITEM and link_chars >= 0.4 * n:
            junk.add(k)  # an item of the list under a "More stories" heading
            list_item = k
            continue
        if after_promo and list_item == k - 1 and n <= MAX_PROMO_ITEM and not links and _list_item_next(items, k):
            junk.add(k)  # the teaser under an item's headline, another item (or the body's end) after it
            continue
        after_promo = False
        if n > MAX_WIDGET_LINE and link_chars < 0.4 * n:
            continue  # running text: no widget's line
        if (is_label_line(text) or is_web_date_line(text) or is_pitch_line(text)
                or (links and (is_share_line(text, list(links)) or is_tag_line(text, list(links))
                               or is_page_numbers(text, list(links)) or is_caps_headline(text, list(links))))):
            junk.add(k)
        elif is_promo_line(text, link_chars):
            junk.add(k)
            after_promo = True
    return junk


_LIST_MARKS = ("▲", "△", "◇", "◆", "■", "□", "●", "○", "•", "-", "·")


def _in_marked_list(items: list[Item], k: int) -> bool:
    """Whether the paragraph before or after item ``k`` opens with a list item's mark too."""
    return any(0 <= j < len(items) and items[j][0] == d.PARAGRAPH and items[j][1].startswith(_LIST_MARKS)
               for j in (k - 1, k + 1))


def _header_lines(doc: d.Document, items: list[Item], para_idx: list[int], shown: set[str]) -> set[int]:
    """The paragraphs before the body's first own paragraph that print the header's fields again, word for word
    (``shown``, the title's and the subtitle's texts, and the section label), when an article paragraph follows
    them."""
    fields = shown | {doc.fields.get("section") or ""}
    fields.discard("")
    out: set[int] = set()
    for k in para_idx:
        if items[k][1] not in fields:
            break
        out.add(k)
    return out if len(out) < len(para_idx) else set()


_CONTACT_HEAD = re.compile(
    r"^(?:(?:media|press|news|investor)\s+(?:contacts?|inquiries|enquiries)|contacts?)\s*:?$", re.I)
_WIRE_SOURCE = re.compile(r"^SOURCE\s+[A-Z][\w&.,' -]{1,60}$", re.A)  # a wire's closing line under a press release
_CONTACT_DETAIL = re.compile(r"@\w|\d{2,4}[-. )]+\d{3,4}[-. ]\d{4}")  # an e-mail address or a phone number
MAX_CONTACT_LINES = 8
MAX_CONTACT_LINE = 80


def _contact_block(items: list[Item], end: int) -> int:
    """Where the body ends before a press release's contact block: a ``Media Contact:`` line followed only by a
    few short lines that are no sentences (a name, a title, a phone number, an address), one of them an e-mail
    address or a phone number; and a wire's ``SOURCE ...`` line."""
    if end and _WIRE_SOURCE.match(items[end - 1][1]):
        end -= 1
    for k in range(end - 1, max(-1, end - 1 - MAX_CONTACT_LINES), -1):
        role, text = items[k].role, items[k].text
        if role != d.PARAGRAPH or len(text) > MAX_CONTACT_LINE or text.rstrip().endswith((".", "!", "?")):
            break  # (a sentence after it: the block is not the body's end)
        if _CONTACT_HEAD.match(text):
            return k if any(_CONTACT_DETAIL.search(it.text) for it in items[k + 1 : end]) else end
    return end


MAX_NAV_LINE = 40
_OFF_SITE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)
# the words of a page's own navigation links under an article (Back to home | Archive, << 목록으로)
_NAV_WORDS = frozenset((
    "home", "back", "to", "the", "news", "archive", "archives", "list", "index", "top", "main", "previous",
    "prev", "next", "more", "go", "page", "all", "stories",
    "홈", "홈으로", "처음", "처음으로", "목록", "목록으로", "목록보기", "이전",
    "이전글", "다음", "다음글", "위로", "맨위로", "맨위", "돌아가기", "뒤로",
    "전체",
))
_WORDS = re.compile(r"[^\W\d_]+")


def _site_links_line(item: Item) -> bool:
    """A short line of links within the site that says only where they lead back to (``Back to home | Archive``,
    ``<< 목록``): the page's navigation under the article.  Any other text, or a link with a scheme (another site,
    an e-mail address), is the article's or the spam stages' to judge."""
    text, links = item.text, item.links
    if not links or len(text) > MAX_NAV_LINE or any(_OFF_SITE.match(href) for _, href in links):
        return False
    words = _WORDS.findall(text.casefold())
    return bool(words) and all(w in _NAV_WORDS for w in words) and "".join(_WORDS.findall(
        "".join(t for t, _ in links).casefold())) == "".join(words)


def _list_item_next(items: list[Item], k: int) -> bool:
    """Whether the item after ``k`` ends the body or is another short item of links (a story list's next
    headline)."""
    if k + 1 == len(items):
        return True
    role, text, origin, links, _ = items[k + 1]
    if role != d.PARAGRAPH or not links or len(text) > MAX_PROMO_ITEM or is_table_row(origin):
        return False
    return sum(len(t) for t, _ in links) >= 0.4 * len(text)


def _offsets(text: str, links: tuple[tuple[str, str], ...]) -> tuple[d.Link, ...]:
    """Each link's text found in the block text, in order."""
    out = []
    pos = 0
    for lt, href in links:
        i = text.find(lt, pos)
        if i >= 0:
            out.append(d.Link(i, i + len(lt), href))
            pos = i + len(lt)
    return tuple(out)
