"""Find the element that holds the article body in a parsed page.

The scorer looks only at the page's text containers (``<p>``, ``<pre>``, elements whose text ``<br>`` splits,
elements classed as paragraphs), never at every element: each container's text is measured once (one C call)
and votes -- its length, more for the commas and full stops of prose, little for an excerpt cut with an
ellipsis or for a container under an unlikely ancestor (comments, footer, sidebar, related stories: by tag, id or
class) -- for the element above it, and less for the next ancestors (readability's shares).  The best candidate,
weighted by its class and id and by its nearness to the page's headline, is the body; it is widened to take in
sibling chunks of the same article (an article split into sections or cards), and a known body container of a
news CMS (``#articleBody``, ``.article_body``, ...) just above it is preferred, so that Korean CMS pages keep the
body their CMS marks.  When the containers say little, a known container (or the parent of several side by side,
an article split into chunks) is the body; and when a footer or sidebar won the vote, bare ``<div>`` elements of a
paragraph's text vote too (a body written one ``<div>`` per paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
_KNOWN_IDS = frozenset(s[1:] for s in KNOWN_BODY if s.startswith("#"))
_KNOWN_CLASSES = frozenset(s[1:] for s in KNOWN_BODY if s.startswith("."))

_NAME_WORDS = re.compile(r"[^a-z0-9가-힣]+")


_LITERAL = re.compile(r"[\w\-]+")


def _trie(words: list[str]) -> str:
    """For a search (is any of ``words`` in the text): their alternation with common prefixes factored out
    (``co(?:mment|pyright)``), so that the engine tries each prefix once at a position, not every word (a list of
    sixty words is searched 2-3x faster), and without the words that hold a shorter one as their start."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(tree)


def _trie_node(node: dict[str, dict]) -> str:
    if "" in node:  # a word ends here: its longer words add no match to a search
        return ""
    alts = [re.escape(ch) + _trie_node(node[ch]) for ch in sorted(node)]
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


class NameRule:
    """One kind of id/class names: substrings that may sit anywhere in a name (``commentsContainer``), and short
    words that count only whole (``ad`` in ``ad-slot``, not in ``read-all``).  Answers are cached per name, since
    a site repeats its names on every page."""

    def __init__(self, substrings: str, words: str = ""):
        words_ = substrings.split("|")
        if all(_LITERAL.fullmatch(w) for w in words_):
            substrings = _trie(words_)
        self.substrings = re.compile(substrings) if substrings else None
        self.words = frozenset(words.split())
        self._cache: dict[str, bool] = {}

    def search(self, names: str) -> bool:
        """Whether ``names`` (an id and class string) is of this kind."""
        hit = self._cache.get(names)
        if hit is None:
            low = names.lower()
            hit = bool(self.substrings is not None and self.substrings.search(low)) or (
                bool(self.words) and not self.words.isdisjoint(_NAME_WORDS.split(low)))
            if len(self._cache) < 50_000:
                self._cache[names] = hit
        return hit


POSITIVE = NameRule("article|content|body|entry|story|post|text|news|view|main|read|column|blog|detail|본문")
NEGATIVE = NameRule(
    "menu|navigation|navbar|footer|header|related|relate|recommend|popular|comment|reply|share|sharing|social|"
    "banner|promo|sponsor|sidebar|aside|widget|subscri|newsletter|login|copyright|breadcrumb|keyword|author|"
    "reporter|profile|pagination|paging|search|modal|popup|cookie|outbrain|taboola|teaser|trending|signup|"
    "masthead|disclaimer",
    "nav gnb lnb ad ads adv advert tag tags more list best most rank ranking tool tools util utils rail hidden "
    "about bio location sns legal",
)
# what readability calls unlikely candidates: an element so named (and its whole subtree) is hardly ever the
# article, unless its name also says article/content/body
UNLIKELY = NameRule(
    "comment|disqus|reply|footer|sidebar|side-bar|aside|related|recommend|popular|trending|mostread|most-read|"
    "newsletter|subscri|signup|sign-up|banner|sponsor|promo|advert|outbrain|taboola|share|sharing|social-share|"
    "social-icon|social-link|social-bar|social-button|social-follow|cookie|consent|modal|popup|pagination|"
    "breadcrumb|masthead|navbar|menu|about-us|author-bio|widget|login|"
    "disclaimer",
    "ad ads nav gnb lnb sns rail legal",
)
MAYBE = NameRule("article|body|content|entry|main|story|post|text|본문")
UNLIKELY_TAGS = frozenset(("nav", "aside", "footer", "form-control", "menu", "dialog"))
_STOP = frozenset(("html", "body", "-document", "#document"))

EXCERPT_ENDS = ("…", "...", "[…]", "[...]", "… ]")
EXCERPT_SHARE = 0.25
_BLOCKS = ("div", "ul", "ol", "table", "dl", "p", "section", "article", "blockquote", "h1", "h2", "h3", "h4")
_BLOCKS_QUERY = ", ".join(_BLOCKS)
MIN_PARAGRAPH = 25  # shorter containers are captions, buttons and labels: they do not vote
LEVEL_SHARE = (1.0, 0.5, 1 / 6, 1 / 9)  # a container's score for its base element and the next ancestors
TITLE_BONUS = (2.0, 1.6, 1.3, 1.1)  # by how far above the title the candidate and the title meet
UNLIKELY_SHARE = 0.05  # what a container under a comment thread, footer or sidebar still counts for
SIBLING_SHARE = 0.1  # a sibling chunk of the article carries at least this share of the best one's score
MAX_WIDEN = 6  # levels the body may widen above the best candidate to take in sibling chunks
MAX_KNOWN_UP = 8  # levels above the chosen element where a known CMS body container is looked for
KNOWN_SLACK = 1.5  # a known container above the chosen element holds at most this much more text


def _names(node: Any) -> str:
    a = node.attributes
    return f"{a.get('id') or ''} {a.get('class') or ''}".strip()


def class_weight(node: Any) -> float:
    """Evidence from an element's id and class: positive for article-ish names, negative for boilerplate."""
    names = _names(node)
    if not names:
        return 0.0
    w = 0.0
    if POSITIVE.search(names):
        w += 25.0
    if NEGATIVE.search(names):
        w -= 25.0
    return w


def is_known_body(node: Any) -> bool:
    """An element that a news CMS marks as its article body (``#articleBody``, ``.article_body``,
    ``[itemprop=articleBody]``)."""
    a = node.attributes
    if a.get("itemprop") == "articleBody" or (a.get("id") or "") in _KNOWN_IDS:
        return True
    return not _KNOWN_CLASSES.isdisjoint((a.get("class") or "").split())


class _Info:
    """What the scorer knows of one element on the way from a text container up to ``<body>``."""

    __slots__ = ("attached", "chars", "depth", "known", "node", "parent", "score", "tag", "total", "unlikely",
                 "weight")

    def __init__(self, node: Any, parent: _Info | None, tag: str, weight: float = 1.0, unlikely: bool = False,
                 attached: bool = True, known: bool = False):
        self.node = node
        self.parent = parent
        self.tag = tag
        self.weight = weight  # class and id evidence, as a factor
        self.unlikely = unlikely  # the element or an ancestor is named like boilerplate
        self.attached = attached  # the chain reaches <html> (elements of removed subtrees do not)
        self.known = known  # a known CMS body container
        self.depth = parent.depth + 1 if parent is not None else 0
        self.score = 0.0  # decayed container scores (the candidate score)
        self.total = 0.0  # undecayed container scores of the whole subtree
        self.chars = 0  # characters of the containers in the subtree


_NAME_CLASSES: dict[str, tuple[float, bool]] = {}


def _name_class(names: str) -> tuple[float, bool]:
    """An id and class string's weight (a factor: more for article-ish names, less for boilerplate) and whether it
    names an unlikely candidate; cached, since a site repeats its names on every page."""
    hit = _NAME_CLASSES.get(names)
    if hit is None:
        w = 1.0
        if POSITIVE.search(names):
            w *= 1.3
        if NEGATIVE.search(names):
            w *= 0.6
        hit = (w, UNLIKELY.search(names) and not MAYBE.search(names))
        if len(_NAME_CLASSES) < 50_000:
            _NAME_CLASSES[names] = hit
    return hit


_ELEMENT_NAMES: dict[tuple[str, str], tuple[float, bool, bool]] = {}


def _element_names(ident: str, cls: str) -> tuple[float, bool, bool]:
    """What an element's id and class say: its weight and whether they name an unlikely candidate
    (:func:`_name_class`), and whether they name a known CMS body container; cached per pair, since a site
    repeats its elements' names on every page (the chains look at every ancestor of every container)."""
    hit = _ELEMENT_NAMES.get((ident, cls))
    if hit is None:
        weight, unlikely = _name_class(f"{ident} {cls}") if ident or cls else (1.0, False)
        known = ident in _KNOWN_IDS or (bool(cls) and not _KNOWN_CLASSES.isdisjoint(cls.split()))
        hit = (weight, unlikely, known)
        if len(_ELEMENT_NAMES) < 50_000:
            _ELEMENT_NAMES[(ident, cls)] = hit
    return hit


class _Chains:
    """Ancestor chains of the containers, each element looked at once (a dict of ``mem_id``)."""

    def __init__(self) -> None:
        self.memo: dict[int, _Info] = {}

    def info(self, node: Any) -> _Info:
        path = []
        n = node
        above = None
        while n is not None:
            key = n.mem_id
            above = self.memo.get(key)
            if above is not None:
                break
            path.append((key, n))
            n = n.parent
        for key, el in reversed(path):
            above = self._make(el, above)
            self.memo[key] = above
        assert above is not None
        return above

    @staticmethod
    def _make(el: Any, parent: _Info | None) -> _Info:
        tag = el.tag or ""
        if parent is None:
            return _Info(el, None, tag, attached=tag in ("html", "-document", "#document"))
        if tag in _STOP:
            return _Info(el, parent, tag, attached=parent.attached or tag == "html")
        a = el.attributes
        if not a:
            return _Info(el, parent, tag, 1.0, parent.unlikely or tag in UNLIKELY_TAGS, parent.attached)
        weight, unlikely, known = _element_names(a.get("id") or "", a.get("class") or "")
        unlikely = unlikely or tag in UNLIKELY_TAGS or a.get("role") in ("navigation", "complementary", "contentinfo")
        known = a.get("itemprop") == "articleBody" or known
        return _Info(el, parent, tag, weight, parent.unlikely or unlikely, parent.attached, known)


def _prose_score(text: str) -> float:
    """A container's vote: its length, more for the commas and full stops of running prose, much less for an
    excerpt cut short with an ellipsis (the teasers of a story list)."""
    marks = text.count(",") + text.count(". ")
    if not text.isascii():  # (a constant-time test: the CJK marks are looked for only in a text that may hold them)
        marks += text.count("，") + text.count("、") + text.count("。")
    score = len(text) + 20.0 * min(marks, 15)
    return score * EXCERPT_SHARE if text.endswith(EXCERPT_ENDS) else score


def _containers(paragraphs: Iterable[Any]) -> list[tuple[Any, Any, bool]]:
    """(container, base, deep) triples: a ``<p>``/``<pre>`` votes for its parent, an element split by ``<br>`` is
    its own base; each container once.  ``deep`` is false for a ``<br>`` element that also holds blocks (a sidebar
    box with a ``<br>`` above its list): only its own text lines count."""
    out: list[tuple[Any, Any, bool]] = []
    seen: set[int] = set()
    for el in paragraphs:
        tag = el.tag
        deep = True
        if tag == "br":
            el = el.parent
            if el is None or el.tag in ("p", "pre"):
                continue
            base = el
        else:
            base = el.parent
        key = el.mem_id
        if key in seen or base is None:
            continue
        seen.add(key)
        if tag == "br":
            deep = len(el.css(_BLOCKS_QUERY)) <= (1 if el.tag in _BLOCKS else 0)
        out.append((el, base, deep))
    return out


class BodyFinder:
    """Scores the page's text containers and picks the body element (see the module docstring)."""

    def __init__(self, paragraphs: Iterable[Any], title: Any | None = None):
        self.chains = _Chains()
        self.candidates: dict[_Info, None] = {}  # in order of first vote
        self.title_up: dict[int, int] = {}  # ancestors of the title: how far above it
        self.bonus: dict[int, float] = {}  # candidates' title bonus, once each
        if title is not None:
            n: _Info | None = self.chains.info(title)
            up = 0
            while n is not None and n.tag not in _STOP:
                self.title_up[id(n)] = up
                n, up = n.parent, up + 1
        self._score(paragraphs)

    def _score(self, paragraphs: Iterable[Any]) -> None:
        """Each container's vote to its base and the next ancestors (decayed), and to every ancestor's total.

        Votes are summed per base first, so that a long article (thousands of paragraphs in one element) walks the
        chain once."""
        votes: dict[_Info, float] = {}
        last: tuple[int, _Info] | None = None  # the last base's element id and facts: most paragraphs share it
        for el, base, deep in _containers(paragraphs):
            text = el.text(deep=deep, strip=True)
            if len(text) < MIN_PARAGRAPH:
                continue
            key = base.mem_id
            if last is None or last[0] != key:
                last = (key, self.chains.info(base))
            info = last[1]
            if info.attached:
                votes[info] = votes.get(info, 0.0) + _prose_score(text)
                info.chars += len(text)
        for info, s in votes.items():
            s *= UNLIKELY_SHARE if info.unlikely else 1.0
            info.total += s
            n: _Info | None = info
            for share in LEVEL_SHARE:
                # <body> is a candidate for the paragraphs it holds itself (a plain page's <p> under it), never
                # for a deeper one's share: it is above everything
                if n is None or (n.tag in _STOP and not (n is info and n.tag == "body")):
                    break
                n.score += s * share
                self.candidates[n] = None
                n = n.parent
        # totals: each element's own votes added up its chain once, deepest first
        for info in sorted(self.chains.memo.values(), key=lambda i: -i.depth):
            if info.parent is not None and info.total:
                info.parent.total += info.total
                info.parent.chars += info.chars

    def _title_bonus(self, info: _Info) -> float:
        """Nearness to the headline: the body follows the title in the same few containers.

        The bonus is that of the first element up the candidate's chain that is also on the title's; it is kept for
        every element the walk passed, so that the candidates (a base and its ancestors, chains that overlap) walk
        each element once."""
        bonus = self.bonus
        path = []
        n: _Info | None = info
        found = 1.0
        while n is not None and n.tag not in _STOP:
            key = id(n)
            known = bonus.get(key)
            if known is not None:
                found = known
                break
            up = self.title_up.get(key)
            if up is not None:  # where the candidate's and the title's chains meet
                found = TITLE_BONUS[up] if up < len(TITLE_BONUS) else 1.0
                break
            path.append(key)
            n = n.parent
        for key in path:
            bonus[key] = found
        return found

    def final(self, info: _Info) -> float:
        """The candidate's score with its class weight and its nearness to the title."""
        return info.score * info.weight * self._title_bonus(info)

    def best(self) -> _Info | None:
        """The best candidate by its final score."""
        return max(self.candidates, key=self.final, default=None)

    def widen(self, best: _Info) -> _Info:
        """The best candidate, or the ancestor that also holds the sibling chunks of the same article: elements with
        the same tag and class as the best one, carrying a fair share of text."""
        cls = best.node.attributes.get("class")
        if not cls:
            return self._classless_siblings(best)
        out = best
        for other in self.candidates:
            if other is best or other.score < SIBLING_SHARE * best.score or other.unlikely or other.tag != best.tag:
                continue
            if other.node.attributes.get("class") == cls:
                lca = _lca(out, other)
                if lca is not None and lca.tag not in _STOP and best.depth - lca.depth <= MAX_WIDEN:
                    out = lca
        return out

    def _classless_siblings(self, best: _Info) -> _Info:
        """A best element without a class that holds one paragraph, whose siblings of the same tag, classless and
        holding one paragraph each, are candidates with a fair share of its score (one paragraph per ``<div>``, the
        long lede winning alone): their parent.  A sibling of several paragraphs is a block of its own (another
        story), not the article's next paragraph."""
        parent = best.parent
        if parent is None or parent.tag in _STOP or len(best.node.css("p")) > 1:
            return best
        for other in self.candidates:
            if (other is not best and other.parent is parent and other.tag == best.tag and not other.unlikely
                    and not other.node.attributes.get("class") and other.score >= SIBLING_SHARE * best.score
                    and len(other.node.css("p")) <= 1):
                return parent
        return best

    def known(self, chosen: _Info) -> _Info | None:
        """A known CMS body container at or a few levels above the chosen element, when it holds little more text
        than the chosen element (not a layout column named ``post-content`` around the article and a sidebar)."""
        n: _Info | None = chosen
        steps = 0
        while n is not None and n.tag not in _STOP and steps < MAX_KNOWN_UP:
            if n.known:
                if n is chosen:
                    return n
                inner = len(chosen.node.text(deep=True, strip=True))
                return n if len(n.node.text(deep=True, strip=True)) <= KNOWN_SLACK * inner else None
            n = n.parent
            steps += 1
        return None


def _holds(outer: _Info, inner: _Info) -> bool:
    """Whether ``inner``'s element is ``outer``'s or below it (the two may come from different finders)."""
    key = outer.node.mem_id
    n: _Info | None = inner
    while n is not None:
        if n.node.mem_id == key:
            return True
        n = n.parent
    return False


def _lca(a: _Info, b: _Info) -> _Info | None:
    seen = set()
    n: _Info | None = a
    while n is not None:
        seen.add(id(n))
        n = n.parent
    m: _Info | None = b
    while m is not None and id(m) not in seen:
        m = m.parent
    return m


def known_body(tree: Any) -> Any | None:
    """The known body container with the most text, if the page has one (one CSS query over the page); or the
    parent of several such containers side by side (the article split into chunks, ad boxes between them), when
    they hold more text together and their parent holds little more than they do."""
    nodes = {n.mem_id: n for n in tree.css(KNOWN_BODY_SELECTOR)}  # (once each: lexbor answers once per selector)
    best, best_len = None, 0
    lengths: dict[int, int] = {}
    groups: dict[tuple[int, str | None, str | None, str | None], list[Any]] = {}
    for key, node in nodes.items():
        n = lengths[key] = len(node.text(deep=True, separator=" ", strip=True))
        if n > best_len * 1.5:
            best, best_len = node, n
        parent = node.parent
        if parent is not None and parent.tag not in _STOP:
            a = node.attributes
            groups.setdefault((parent.mem_id, node.tag, a.get("class"), a.get("id")), []).append(node)
    chunks = max((g for g in groups.values() if len(g) > 1), key=lambda g: sum(lengths[n.mem_id] for n in g),
                 default=[])
    inner = sum(lengths[n.mem_id] for n in chunks)
    if inner > max(best_len, 79):
        parent = chunks[0].parent
        if len(parent.text(deep=True, separator=" ", strip=True)) <= KNOWN_SLACK * inner:
            return parent  # (not a page wrapper around the chunks, with its menus and footer)
    return best if best_len >= 80 else None


def _text_divs(tree: Any) -> list[Any]:
    """The page's ``<div>`` elements that hold a paragraph's text and no block, and are not a teaser's link: a
    body written one ``<div>`` per paragraph, with no ``<p>`` or ``<br>`` to vote.  One pass marks the elements
    above a block; the rest hold none, and their texts do not overlap (a page of nested divs is read once)."""
    holders: set[int] = set()
    for el in tree.css(_BLOCKS_QUERY):
        n = el.parent
        while n is not None and n.mem_id not in holders:
            holders.add(n.mem_id)
            n = n.parent
    out = []
    for div in tree.css("div"):
        if div.mem_id in holders:
            continue
        text = div.text(deep=True, strip=True)
        linked = sum(len(a.text(deep=True, strip=True)) for a in div.css("a")) if len(text) >= MIN_PARAGRAPH else 0
        if len(text) >= MIN_PARAGRAPH and linked <= len(text) / 2:
            out.append(div)
    return out


PARAGRAPHS = "p, pre, br, [class*=paragraph]"
WEAK_BODY = 400  # below this much scored text, a known container is looked for in the whole page


def find_body(tree: Any, paragraphs: Iterable[Any] | None = None, title: Any | None = None) -> Any | None:
    """The article body element.

    ``paragraphs`` are the page's ``p, pre, br`` elements when the caller has them already (the parser collects
    them in its one pass over the page); ``title`` is the headline element, when known."""
    if paragraphs is None:
        paragraphs = tree.css(PARAGRAPHS)
    paragraphs = list(paragraphs)
    finder = BodyFinder(paragraphs, title)
    best = finder.best()
    if best is None or best.total < WEAK_BODY:
        node = known_body(tree)
        if node is not None:
            return node
        if best is not None:
            # a few <p> won (a footer's, a sidebar's, a contact box's): an article in bare <div>s outvotes them
            wider = BodyFinder(paragraphs + _text_divs(tree), title)
            other = wider.best()
            if (other is not None and not other.unlikely and other.total > 2 * best.total
                    and (best.unlikely or _holds(other, best))):
                finder, best = wider, other
    if best is None:  # no container long enough to vote (a page of one short paragraph): the page's <body>
        return tree.body
    if best.score <= 0:
        return None
    chosen = finder.widen(best)
    return (finder.known(chosen) or chosen).node
