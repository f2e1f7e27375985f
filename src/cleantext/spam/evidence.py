"""What the page itself gives away about its spam keywords.

Each collector is a small function ``(page) -> list[Clue]``.  A :class:`Clue` names a keyword (folded), the
reason it is believed to be spam, a weight, and, when the clue is about one place (a particle that does not fit,
a keyword glued inside a word), that place.  These are what generalise to keywords in no list: a hidden block of
links, an off-site gambling link, a title twin with a different tail, a menu line, a hashtag run, an alt text,
an obfuscated spelling, a particle that belongs to another word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz.distance import Indel

from .. import document as d
from ..korean import CASE_MARKERS, is_hangul, is_particle_chain, leading_particle, particle_fits, spelled_out
from ..normalize import FoldedSlice, fold, fold_all
from ..twins import find_twins
from .lexicon import STRONG, WEAK, Lexicon, Phrase

ARTICLE = (d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH, d.BYLINE, d.SECTION, d.SOURCE, d.TAG)

# weights: what one clue alone says about the page (combined as independent evidence)
W_CERTAIN = 1.0  # hidden keyword links, off-site gambling links, particles of another word
W_STRONG = 0.9  # commercial phrases in menus, alt texts, title tails, glued inside words
W_MEDIUM = 0.6  # a commercial phrase in ordinary prose of an article about gambling: not enough alone
CONTAMINATED = 0.8  # a page is contaminated when its evidence reaches this
BARE = "commercial spam phrase standing bare in a sentence"
LONE = "a name or keyword on a line of its own, or heading a sentence from elsewhere"
SEVERAL = "stands for more than one word"
REPLACED = "carries the particles of the word it replaced"

_ITEM_SPLIT = re.compile(r"\s*(?:[|/\n·•,]|\s{2,})\s*")
_HASHTAGS = re.compile(r"(?:#[^\s#]{1,40}\s*){2,}")
_QUOTES = {"‘": "’", "“": "”", '"': '"', "'": "'", "「": "」", "『": "』", "《": "》", "<": ">", "〈": "〉"}
LEGIT_CONTEXT = re.compile(
    r"불법|무허가|미등록|단속|적발|검거|수사|혐의|운영자|운영한|운영하|개설|차단|처벌|중독|예방|치유|피해|신고|폐쇄|압수|"
    r"기소|구속|송치|재판|판결|경찰|검찰|당국|규제|금지|합법|사행"
)


@dataclass
class Clue:
    keyword: str  # folded keyword, single spaces
    reason: str
    weight: float
    block: int | None = None
    start: int | None = None  # span in the block's original text, for clues about one place
    end: int | None = None
    propagate: bool = True  # may the keyword be cut wherever else it occurs on the page


@dataclass
class Page:
    """The document with its folded views and lexicon phrases, computed once for all collectors."""

    doc: d.Document
    lexicon: Lexicon
    folded: dict[int, FoldedSlice] = field(default_factory=dict)
    phrases: dict[int, list[Phrase]] = field(default_factory=dict)
    host: str = ""
    gambling_topic: bool = False

    @classmethod
    def of(cls, doc: d.Document, lexicon: Lexicon, known: Page | None = None) -> Page:
        """The page's views; with ``known``, the page seen before blocks were added to it (the surroundings):
        only the new blocks are folded and searched."""
        page = cls(doc, lexicon)
        if known is not None:
            page.folded, page.phrases = dict(known.folded), dict(known.phrases)
        new = [b for b in doc.blocks if b.id not in page.folded]
        texts = [b.text.replace("\n", " ") for b in new]
        whole, slices = fold_all(texts)
        starts = [sl.fold_base for sl in slices]
        for b, sl in zip(new, slices, strict=True):
            page.folded[b.id] = sl
            page.phrases[b.id] = []
        # one pass of the lexicon over the whole page; each phrase goes to the block it stands in
        for p in lexicon.phrases(whole.text) if new else ():
            i = bisect_right(starts, p.start) - 1
            sl = slices[i]
            if p.end > sl.fold_base + len(sl.text):
                continue
            page.phrases[new[i].id].append(p.shifted(-sl.fold_base))
        url = doc.url or doc.meta.get("canonical") or doc.meta.get("og:url") or ""
        page.host = _host(url)
        page.gambling_topic = _gambling_topic(page)
        return page

    @cached_property
    def korean(self) -> bool:
        """The article is written in Korean: the unknown-word mechanisms read Korean only."""
        return _korean(self.doc)

    def span_text(self, block: d.Block, p: Phrase) -> tuple[int, int, str]:
        a, b = self.folded[block.id].span(p.start, p.end)
        return a, b, block.text[a:b]

    def blocks(self, *roles: str) -> list[d.Block]:
        return [b for b in self.doc.blocks if b.role in roles]


_HOST = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:)?//(?:[^/?#@]*@)?([^/?#:]+)")


@lru_cache(maxsize=8192)
def _host(url: str) -> str:
    """The host of an absolute URL (``www.`` dropped), ``""`` for a relative one."""
    m = _HOST.match(url.strip())
    if not m:
        return ""
    h = m.group(1).lower()
    return h[4:] if h.startswith("www.") else h


def norm_keyword(text: str) -> str:
    """A keyword as compared: folded, single spaces, no punctuation at the ends."""
    return re.sub(r"\s+", " ", fold(text)).strip(" .,:;|/-_·#'\"‘’“”()[]")


_TOPIC_WORDS = re.compile(
    r"도박|사행|카지노|베팅|배팅|경마|슬롯머신|복권|gambl|casino|poker|betting|wager|lotter|sportsbook"
)


def _gambling_topic(page: Page) -> bool:
    """An article about gambling: game words used as ordinary words (not inside commercial phrases) in several
    of its paragraphs.  Spam's own phrases do not count, or a heavily spammed page would look like one."""
    blocks = page.blocks(d.TITLE, d.PARAGRAPH, d.CAPTION)
    if not any(page.phrases[b.id] for b in blocks) and not _TOPIC_WORDS.search(
            "\n".join(page.folded[b.id].text for b in blocks)):
        return False  # one search instead of one per block
    n = 0
    for b in blocks:
        f = page.folded[b.id].text
        strong = [(p.start, p.end) for p in page.phrases[b.id] if p.strength >= STRONG]
        plain = "".join(c if not any(a <= i < e for a, e in strong) else " " for i, c in enumerate(f)) if strong else f
        if _TOPIC_WORDS.search(plain) or any(p.strength == WEAK for p in page.phrases[b.id]):
            n += 1
            if n >= 3:
                return True
    return False


def _korean(doc: d.Document) -> bool:
    """Whether most letters of the headline and the body are Hangul."""
    text = "".join(b.text for b in doc.blocks if b.role in (d.TITLE, d.PARAGRAPH))[:3000]
    hangul = len(_HANGUL_RE.findall(text))
    return hangul >= 20 and hangul >= len(_LATIN_RE.findall(text))


_HANGUL_RE = re.compile(r"[가-힣]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def on_topic(page: Page, block: d.Block, phrase: Phrase) -> bool:
    """Whether the article talks about what the phrase names, so that the phrase may be its own words: a game
    phrase in an article about gambling, or a phrase whose topic word (이혼, 음주운전, 카지노) the article uses
    again elsewhere, outside commercial phrases."""
    kinds = phrase.kinds
    if ("game" in kinds or "brand" in kinds) and page.gambling_topic:
        return True
    words = [a.text for a in phrase.atoms if a.kind in ("game", "topic", "brand")]
    if not words:
        return False
    seen = 0
    for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH):
        f = page.folded[b.id].text
        strong = [(p.start, p.end) for p in page.phrases[b.id] if p.strength >= STRONG]
        for w in words:
            for m in re.finditer(re.escape(w), f):
                if not any(x <= m.start() < y for x, y in strong):
                    seen += 1
    return seen >= 2


def quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands inside quotation marks (‘블루오션벳’, "바카라 필승 전략")."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    for o, c in _QUOTES.items():
        i = before.rfind(o)
        if i >= 0 and c not in before[i + 1 :] and c in after:
            return True
    return False


def legit_context(text: str, start: int, end: int) -> bool:
    """A gambling phrase used in news prose about gambling: quoted, or beside words of crime and regulation."""
    if quoted(text, start, end):
        return True
    window = text[max(0, start - 20) : min(len(text), end + 20)]
    return bool(LEGIT_CONTEXT.search(window))


def _items(block: d.Block) -> list[str]:
    if block.links:
        return [block.text[lk.start : lk.end] for lk in block.links]
    return [x for x in _ITEM_SPLIT.split(block.text) if x]


# -- collectors -------------------------------------------------------------------------------------------------


_NAME = re.compile(r"(?<![\w])(?:[A-Za-z가-힣]+\d+[A-Za-z가-힣\d]*|[A-Z][A-Za-z]*[A-Z][A-Za-z]{2,}\d*)(?![\w])")


def _runs(page: Page, b: d.Block) -> list[str]:
    """The items of a hidden block written as one run of text: its lexicon phrases and the name-shaped tokens
    (letters with digits, capitalized Latin names) between them."""
    items = [page.span_text(b, p)[2] for p in page.phrases[b.id]]
    items += [m.group() for m in _NAME.finditer(b.text)]
    return items


def hidden_blocks(page: Page) -> list[Clue]:
    """Hidden elements stuffed with keyword links: every item of a spammy hidden block is a keyword."""
    clues = []
    for b in page.blocks(d.HIDDEN):
        items = [x.strip() for x in _items(b) if 2 <= len(x.strip()) <= 50]
        if not items or (len(items) == 1 and len(b.text) > 50):
            items = [x for x in _runs(page, b) if 2 <= len(x) <= 50]
        if not items:
            continue
        found = {x: [p.strength for p in page.lexicon.phrases(fold(x))] for x in items}
        with_phrase = [x for x, ps in found.items() if ps]
        # one game word in a hidden advertisement slot ("slots") is not a keyword list
        listy = any(STRONG in ps for ps in found.values()) or len(with_phrase) >= 3
        gambling_links = [lk for lk in b.links if page.lexicon.is_gambling_domain(_host(lk.href))]
        if (len(with_phrase) * 3 >= len(items) and listy) or len(gambling_links) >= 1:
            for x in items:
                clues.append(Clue(norm_keyword(x), f"in a hidden block ({b.origin})", W_CERTAIN))
    return clues


LISTED = "listed among keywords"


def keyword_lists(page: Page) -> list[Clue]:
    """Names in a visible list of keywords (``Blitz24 · 모나코클럽 · 해외배팅 바로가기 · 파워사다리분석픽``): when
    most items of a short list are commercial phrases, its name-shaped items (letters with digits, capitalized
    Latin names) are the page's keywords too, and are cut wherever else they stand.  Hangul items are left to
    the other evidence: a list of topics may name ordinary words beside gambling ones."""
    clues = []
    for b in page.blocks(d.PARAGRAPH, d.CAPTION, d.SUBTITLE, d.TAG):
        if len(b.text) > 200:
            continue
        items = [x.strip() for x in _items(b)]
        if len(items) < 3 or any(len(x) > 30 for x in items):
            continue
        found = [[p.strength for p in page.lexicon.phrases(fold(x))] for x in items]
        if sum(1 for ps in found if ps) * 2 < len(items) or not any(STRONG in ps for ps in found):
            continue
        for x, ps in zip(items, found, strict=True):
            if not ps and _NAME.fullmatch(x):
                clues.append(Clue(norm_keyword(x), LISTED, W_STRONG, b.id))
    return clues


# the comma first and the look-behind after it: the engine scans for the comma (many times faster)
_AFTER_COMMA = re.compile(r",(?<=[^\d\s],)([^\s,]+)(?= )")
# a Latin name glued to the first word of a paragraph or sentence (ROYALPICK폐교 직전까지)
_GLUED_FIRST = re.compile(r"([A-Za-z][A-Za-z0-9]+)([가-힣]+)")
_GLUED_NEXT = re.compile(r"[.!?…]\s([A-Za-z][A-Za-z0-9]+)([가-힣]+)")
#: name-shaped Latin tokens: letters with digits, or capitals inside (VEGAS9, ROYALPICK; not LG or Seoul)
LATIN_NAME = re.compile(r"[A-Za-z]+\d+[A-Za-z0-9]*|[A-Z][A-Za-z]*[A-Z][A-Za-z]{2,}\d*")
_DIGIT_NAME = re.compile(r"[A-Za-z가-힣]+\d+[A-Za-z가-힣\d]*")
_HEAD = re.compile(r"\s*(\S+(?: \S+)?)(?:\s*[:：]\s*|,(?=\S)|\s+[-–—|·]\s+)(?=\S)")


def lone_names(page: Page) -> list[Clue]:
    """A name (``블루문77``) or a keyword standing as a paragraph of its own, or heading a paragraph in the spam
    template (``블루문77 - 실제로 ...``, ``최신,무소속으로 ...``: a keyword, a separator, a sentence from another
    article), a lexicon word glued after a comma (``방식으로,실시간 시는``), a Latin name glued to the first word
    of a sentence or of the title (``ROYALPICK폐교 직전까지``).  Weak alone; proof on a page that other evidence shows
    contaminated.  Korean pages only, and standing alone only names with digits: elsewhere ``VIENNA —`` and
    ``DEAR ABBY:`` open real paragraphs."""
    clues: list[Clue] = []
    if not page.korean:
        return clues
    for b in page.blocks(d.PARAGRAPH, d.TITLE, d.SUBTITLE, d.CAPTION):
        spans = _glued_start(b.text)
        if b.role == d.PARAGRAPH:
            spans += _lone_head(page, b.text) + _after_comma(page, b.text)
        clues.extend(Clue(norm_keyword(b.text[a:e]), LONE, W_MEDIUM, b.id, a, e) for a, e in spans)
    return clues


def _lone_head(page: Page, text: str) -> list[tuple[int, int]]:
    m = _HEAD.match(text)
    a, e = (m.start(1), m.end(1)) if m and len(text) - m.end() >= 15 else (0, len(text))
    head = text[a:e].strip()
    if not head or len(head) > 30 or (not m and len(head.split()) > 2):
        return []
    if not all(_DIGIT_NAME.fullmatch(w) or _whole_phrase(page, w) for w in head.split()):
        return []
    a = text.index(head, a)
    return [(a, a + len(head))]


def _after_comma(page: Page, text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _AFTER_COMMA.finditer(text) if _whole_phrase(page, m.group(1))]


def _glued_start(text: str) -> list[tuple[int, int]]:
    first = _GLUED_FIRST.match(text)
    found = ([first] if first else []) + list(_GLUED_NEXT.finditer(text))
    return [m.span(1) for m in found if LATIN_NAME.fullmatch(m.group(1)) and not is_particle_chain(m.group(2))]


def _whole_phrase(page: Page, word: str) -> bool:
    """``word`` is a lexicon phrase or a lexicon atom (``최신``) from end to end."""
    f = fold(word)
    return bool(page.lexicon.atom_re.fullmatch(f)) or any(p.start == 0 and p.end == len(f)
                                                          for p in page.lexicon.phrases(f))


def offsite_links(page: Page) -> list[Clue]:
    """Links to gambling domains, or links whose anchor is a gambling phrase, pointing off the site."""
    clues = []
    for b in page.doc.blocks:
        if b.role == d.HIDDEN or not b.links:
            continue
        for lk in b.links:
            host = _host(lk.href)
            if not host or (page.host and (host == page.host or host.endswith("." + page.host))):
                continue
            anchor = b.text[lk.start : lk.end]
            folded = fold(anchor)
            phr = [p for p in page.lexicon.phrases(folded)]
            if page.lexicon.is_gambling_domain(host) or any(p.strength >= STRONG for p in phr):
                clues.append(
                    Clue(norm_keyword(anchor), f"link to {host}", W_CERTAIN, b.id, lk.start, lk.end, propagate=True)
                )
    return clues


def attributes(page: Page) -> list[Clue]:
    """Commercial gambling phrases in alt and title attributes (not visible, yet indexed); an alt text that
    repeats the headline or a caption (as many sites write it) is the article's own words."""
    clues = []
    visible = [b.text for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH)]
    for b in page.blocks(d.ATTR):
        if not page.phrases[b.id] or any(_similar(b.text, v) for v in visible):
            continue
        for p in page.phrases[b.id]:
            if p.strength >= STRONG:
                kw = norm_keyword(page.span_text(b, p)[2])
                clues.append(Clue(kw, f"in an {b.attrs.get('attr')} attribute", W_STRONG))
    return clues


def menus(page: Page) -> list[Clue]:
    """Commercial phrases in menu lines: a menu never links to ``바카라사이트 벳페어``."""
    clues = []
    for b in page.blocks(d.NAV):
        for p in page.phrases[b.id]:
            if p.strength >= STRONG:
                clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), "in a menu line", W_STRONG))
    return clues


def title_twins(page: Page) -> list[Clue]:
    """Phrases in the tail that one copy of the headline has and the others do not."""
    clues = []
    copies = [b for b in page.doc.blocks
              if b.role == d.TITLE or (b.role == d.META and "title" in str(b.attrs.get("key")))]
    if len(copies) < 2:
        return clues
    for b in copies:
        # copies of one headline (not another headline written for sharing)
        others = [fold(o.text) for o in copies if o.id != b.id and _similar(b.text, o.text)]
        if not others:
            continue
        for p in page.phrases[b.id]:
            text = page.folded[b.id].text[p.start : p.end]
            if p.strength >= WEAK and not any(text in o for o in others):
                clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), "in one copy of the headline only", W_STRONG))
    return clues


def hashtags(page: Page) -> list[Clue]:
    clues = []
    for b in page.blocks(*ARTICLE):
        for m in _HASHTAGS.finditer(b.text):
            tags = [t.strip() for t in m.group().split("#") if t.strip()]
            if any(any(True for _ in page.lexicon.phrases(fold(t))) for t in tags):
                for t in tags:
                    clues.append(Clue(norm_keyword(t), "in a hashtag run", W_STRONG))
    return clues


def _obfuscated(original: str) -> bool:
    if any(c in original for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"):
        return True
    if re.search(r"[\uff01-\uff5e]", original):
        return True
    spaced = bool(re.search(r"[가-힣][.\s][가-힣][.\s][가-힣]", original))
    return spaced and fold(original) != re.sub(r"\s+", " ", original.lower())


_PROMO_DOMAIN = re.compile(r"(?<![\w.@-])[a-z0-9][a-z0-9-]{1,40}\.(?:[a-z]{2,10})(?:\.[a-z]{2})?(?![\w])", re.I)


def places(page: Page) -> list[Clue]:
    """Clues about single occurrences in the article: obfuscated spellings, particles that belong to another
    word, phrases glued inside words, lines made of phrases only, commercial phrases in an article that is not
    about gambling."""
    clues = []
    for b in page.blocks(*ARTICLE):
        text = b.text
        covered = 0
        for p in page.phrases[b.id]:
            a, e, orig = page.span_text(b, p)
            covered += e - a
            kw = norm_keyword(orig)
            left = text[a - 1] if a > 0 else ""
            right_word = re.match(r"[^\s\"'“”‘’(),.\[\]<>·…:;!?]*", text[e:]).group()
            if _obfuscated(orig):
                clues.append(Clue(kw, "obfuscated spelling", W_CERTAIN, b.id, a, e))
                continue
            part = leading_particle(right_word)
            if part and particle_fits(orig.replace(" ", ""), part) is False:
                clues.append(Clue(kw, f"the particle {part} cannot follow {orig.split()[-1]}", W_CERTAIN, b.id, a, e))
                continue
            nxt = _next_word_misfit(text, e) if not right_word else None
            if nxt:
                e2, word, part = nxt
                why = f"the particle {part} cannot follow {word}, the word after {orig.split()[-1]}"
                clues.append(Clue(norm_keyword(text[a:e2]), why, W_STRONG, b.id, a, e2))
                continue
            glued_left = bool(left) and (is_hangul(left) or left.isalnum())
            glued_right = bool(right_word) and not is_particle_chain(right_word)
            if p.strength >= STRONG and (glued_left or glued_right) and not quoted(text, a, e):
                # in an article about it, a topic word glued on one side is a compound of the prose (협의이혼)
                prose = not (glued_left and glued_right) and "brand" not in p.kinds and on_topic(page, b, p)
                clues.append(Clue(kw, "glued inside a word", W_MEDIUM if prose else W_STRONG, b.id, a, e))
                continue
            # one Korean word used with its own particle, as prose does (스토킹범은 흥신소를 통해): a mention
            grammatical = (len(p.atoms) == 1 and re.fullmatch(r"[가-힣]+", orig) is not None and part != ""
                           and particle_fits(orig, part) is True)
            # the other topics (lawyers, loans, detectives) are slipped in bare; with a particle they are prose
            grammatical = grammatical or ("topic" in p.kinds and not {"game", "brand"} & p.kinds
                                          and right_word != "" and is_particle_chain(right_word))
            if p.strength >= STRONG and grammatical:
                clues.append(Clue(kw, "commercial spam phrase", W_MEDIUM, b.id, a, e))
            elif p.strength >= STRONG:
                if not on_topic(page, b, p) and _plain_name(p, kw):
                    # 메모리슬롯, 강원랜드카지노: a game word after a name may be the article's own word
                    clues.append(Clue(kw, BARE if not right_word else "commercial spam phrase", W_MEDIUM, b.id, a, e))
                elif not on_topic(page, b, p):
                    why = "commercial spam phrase in an article on another subject"
                    clues.append(Clue(kw, why, W_STRONG, b.id, a, e))
                elif not legit_context(text, a, e):
                    # no particle: not a word of the sentence; proof enough once the page is shown contaminated
                    why = BARE if not right_word else "commercial spam phrase"
                    clues.append(Clue(kw, why, W_MEDIUM, b.id, a, e))
            elif glued_left and not right_word and not quoted(text, a, e):
                clue = _named_game(page, b, p, a, e)
                if clue:
                    clues.append(clue)
        strong = [p for p in page.phrases[b.id] if p.strength >= STRONG]
        if len(strong) >= 2 and _PROMO_DOMAIN.search(text):
            # several commercial phrases and a site address: an advertisement, whatever the article is about
            for p in strong:
                a, e, orig = page.span_text(b, p)
                clues.append(Clue(norm_keyword(orig), "in a promotional paragraph naming a site", W_STRONG, b.id, a, e))
        rest = re.sub(r"(?i)^\s*(?:no\.?\s*\d+\s*[:.)]?|\d+\s*[.)]|[-•·*▶▷◆■])\s*", "", text)
        phrases = page.phrases[b.id]
        short = b.role in (d.PARAGRAPH, d.CAPTION) and phrases and _short_line(rest, covered)
        if short and not _bylinish(rest) and not any(on_topic(page, b, p) for p in phrases):
            # a few words with a keyword, standing as a paragraph of an article on something else
            clues.append(Clue(norm_keyword(rest), BARE, W_MEDIUM, b.id, len(text) - len(rest), len(text)))
        strong_or_many = len(phrases) >= 2 or any(p.strength >= STRONG for p in phrases)
        if (b.role in (d.PARAGRAPH, d.CAPTION, d.SUBTITLE, d.BYLINE) and phrases and strong_or_many and len(text) <= 80
                and covered >= 0.8 * len(re.sub(r"[\s|:,.#]", "", rest))):
            for p in page.phrases[b.id]:
                clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), "a line of keywords only", W_STRONG, b.id))
    return clues


_NOUN_PARTICLE = re.compile(r"([가-힣]{2,5})(은|는|이|가|을|를|과|와|으로|로)(?![가-힣])")
_VERB_STEM_END = re.compile(r"[있없었았였겠했했됐갔왔봤줬]$")


def _next_word_misfit(text: str, end: int) -> tuple[int, str, str] | None:
    """After a keyword and one space, a noun whose particle does not fit it (``룰렛 전략는``): the noun is the
    keyword's last word, and the particle belongs to the word the whole keyword replaced.  Returns where that
    noun ends, the noun and the particle."""
    m = _NOUN_PARTICLE.match(text, end + 1) if text[end : end + 1] == " " else None
    if not m or _VERB_STEM_END.search(m.group(1)) or particle_fits(m.group(1), m.group(2)) is not False:
        return None
    return m.end(1), m.group(1), m.group(2)


_PLAIN_NAME = re.compile(r"[a-z가-힣]+(?:카지노|슬롯|토토|바카라|홀덤|포커)")
_SUBJECT_SHAPE = re.compile(r"[a-z가-힣]{1,8}(?:카지노|슬롯|토토|바카라|홀덤|포커|벳|casino|slot|bet)")
#: reasons that come from a phrase's shape alone, not from anything the page did to it
LEXICAL = ("commercial spam phrase", "glued inside a word", "in an ")


def subject_name(page: Page, keyword: str) -> bool:
    """A company or venue named like a gambling brand that the article is about (반려동물 병원 체인 바른벳, 게임사
    블루슬롯, 제주드림카지노): in the headline, used three times or more, every particle after it fitting.  Its
    shape alone proves nothing; it is a keyword only on a page other evidence shows contaminated."""
    if not _SUBJECT_SHAPE.fullmatch(keyword):
        return False
    if not any(keyword in page.folded[b.id].text for b in page.blocks(d.TITLE)):
        return False
    uses = 0
    for b in page.blocks(*ARTICLE):
        f = page.folded[b.id].text
        for m in re.finditer(re.escape(keyword), f):
            uses += 1
            part = leading_particle(re.match(r"[가-힣]*", f[m.end():]).group())
            if part and particle_fits(keyword, part) is False:
                return False
    return uses >= 3


def _plain_name(p: Phrase, keyword: str) -> bool:
    """A brand-shaped word that is only letters and a game word (no digits, no 벳): ordinary compounds have the
    same shape (메모리슬롯, 스포츠토토, 강원랜드카지노)."""
    return len(p.atoms) == 1 and p.atoms[0].kind == "brand" and _PLAIN_NAME.fullmatch(keyword) is not None


def _bylinish(line: str) -> bool:
    """A byline, possibly with something glued before it."""
    return bool(re.search(r"[가-힣]{2,4}\s*(?:기자|특파원)\s*$", line))


def _short_line(line: str, covered: int) -> bool:
    """Two to four words without a sentence ending, a keyword phrase making up a good part of them."""
    words = line.split()
    chars = len("".join(words))
    return 2 <= len(words) <= 4 and chars <= 24 and covered * 2 >= chars and not _SENTENCE_END.search(line)


_SENTENCE_END = re.compile(r"(?:다|요|죠|까|음|함|됨)\W*$|[.!?。]\s*$")


def _named_game(page: Page, b: d.Block, p: Phrase, a: int, e: int) -> Clue | None:
    """A game word glued to the end of a name (``OOO슬롯``) and standing bare mid-sentence, in an article on
    another subject: a gambling service's name slipped into the prose (proof once the page is shown
    contaminated)."""
    if len(p.atoms) != 1 or p.atoms[0].kind != "game":
        return None
    ta, _ = _word_bounds(b.text, a, e)
    head = b.text[ta:a]
    if len(re.sub(r"[^A-Za-z가-힣]", "", head)) < 2 or not re.fullmatch(r"[A-Za-z가-힣0-9]+", head):
        return None
    if on_topic(page, b, p):
        return None
    return Clue(norm_keyword(b.text[ta:e]), BARE, W_MEDIUM, b.id, ta, e)


def twin_differences(page: Page) -> list[Clue]:
    """Lexicon phrases that a block has and its twin (another copy of it on the page) has not: inside the text
    the two share, or before it when the twin starts where the extra text ends (``비상금대출서울 ...`` beside a
    description that starts ``서울 ...``).  A tail the twin lacks is not evidence: descriptions are cut short."""
    clues = []
    texts = {b.id: b.text for b in page.doc.blocks}
    for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH):
        phrases = page.phrases[b.id]
        if not phrases:
            continue
        for t in find_twins(b, b.text, page.doc.blocks, texts)[:2]:
            ops = [op for op in Indel.opcodes(b.text, t.text)]
            equal = [op for op in ops if op.tag == "equal" and op.src_end - op.src_start >= 3]
            if not equal:
                continue
            lo = 0 if equal[0].dest_start == 0 else equal[0].src_start
            hi = equal[-1].src_end
            extra = [(op.src_start, op.src_end) for op in ops if op.tag in ("delete", "replace") and op.src_start < hi
                     and op.src_end > lo]
            for p in phrases:
                a, e, orig = page.span_text(b, p)
                if any(x < e and y > a for x, y in extra) and norm_keyword(orig) not in fold(t.text):
                    clues.append(Clue(norm_keyword(orig), f"not in its twin ({t.origin})", W_STRONG, b.id, a, e))
            break
    return clues


# a number cut by letters: the thousands group of "1,200억" with a keyword between the comma and the digits
# the comma or the first syllable before the look-behind: the engine scans for it (several times faster)
_IN_NUMBER = re.compile(r",(?<=\d,)(?=[^\d\s,])([^\n,]{1,40}?)(?=\d{3}(?!\d))")
# five single syllables standing apart, or six and more even with the last one glued to the next word
_SPACED_OUT = re.compile(
    r"[가-힣](?<!\w[가-힣])[ .](?:(?:[가-힣][ .]){4,}[가-힣]|(?:[가-힣][ .]){3}[가-힣](?![가-힣]))"
)
_FULLWIDTH_ANY = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_WORD = re.compile(r"[가-힣]*[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_BYLINE_START = re.compile(
    r"[\(\[]|[가-힣]{1,12}=|(?:글\s*[·ㆍ]\s*사진|사진|글|취재|정리)\s+[가-힣]{2,4}\s*기자|[가-힣]{2,4}\s*(?:기자|특파원)"
)


def shapes(page: Page) -> list[Clue]:
    """Shapes that no article text has, whatever the words: a number cut by letters (``1,블루문77200억원``),
    a word spelled out syllable by syllable (``외 도 증 거 수 집``), fullwidth letters or digits in Korean text,
    a word written with invisible characters inside, something glued in front of the byline.  Korean pages only:
    these are shapes of Korean text."""
    clues = []
    if not page.korean:
        return clues
    for b in page.blocks(*ARTICLE):
        text = b.text
        found = []
        for m in _IN_NUMBER.finditer(text):
            if re.search(r"[가-힣A-Za-z]", m.group(1)):
                found.append((m.start(1), m.end(1), "inserted inside a number", W_CERTAIN))
        for m in _SPACED_OUT.finditer(text):
            if spelled_out(re.findall(r"[가-힣]", m.group())):
                found.append((m.start(), m.end(), "spelled out syllable by syllable", W_STRONG))
        if _FULLWIDTH_ANY.search(text) and _HANGUL_RE.search(text):
            for m in _FULLWIDTH_WORD.finditer(text):
                found.append((m.start(), m.end(), "written in fullwidth characters", W_CERTAIN))
        for a, e in b.attrs.get("invisible", ()):
            if _HANGUL_RE.search(text, a, e) is None:
                continue  # soft hyphens in a Latin word are hyphenation hints
            found.append((a, e, "written with invisible characters inside", W_CERTAIN))
        for a, e, why, w in found:
            kw = norm_keyword(text[a:e])
            if len(kw.replace(" ", "")) >= 2:
                clues.append(Clue(kw, why, w, b.id, a, e))
    paragraphs = page.blocks(d.PARAGRAPH)
    for b in paragraphs[:2] + paragraphs[-2:]:
        clue = _glued_to_byline(b)
        if clue:
            clues.append(clue)
    for b in paragraphs[:2] + paragraphs[-2:] + page.blocks(d.BYLINE):
        clue = _glued_to_dateline(page, b)
        if clue:
            clues.append(clue)
    return clues


_DATELINE = re.compile(r"[(\[]?([가-힣]{5,14})=\s*[가-힣]{2,4}\s*(?:기자|특파원)")


def _glued_to_dateline(page: Page, b: d.Block) -> Clue | None:
    """``당일대출하동=윤태린 기자``: a dateline's place is a word of two to four syllables; a longer run before the
    ``=`` and a reporter's name is something glued to it (``[엔터미디어=정덕현의 이슈공감]`` is no dateline).
    The place is the longest ending of the run that the article names elsewhere (하동군, 하동에서); with no such
    proof nothing is cut."""
    m = _DATELINE.search(b.text, 0, 40)
    if not m:
        return None
    run = m.group(1)
    others = " ".join(o.text for o in page.blocks(*ARTICLE) if o.id != b.id)
    for n in (4, 3, 2):
        if run[-n:] in others:
            a, e = m.start(1), m.end(1) - n
            return Clue(norm_keyword(b.text[a:e]), "glued before the dateline", W_STRONG, b.id, a, e)
    return None


def names(page: Page) -> list[Clue]:
    """Name-shaped tokens in no list (``제우스88``, ``VEGAS9``) carrying a particle that cannot follow them: the
    particle belongs to the word the token replaced (a number is read the Korean way: 88 ends in 팔)."""
    clues = []
    for b in page.blocks(*ARTICLE):
        for m in _NAME.finditer(b.text):
            name, end = m.group(), m.end()
            tail = re.search(r"(?<=\d)[가-힣]+$", name)  # 제우스88였다: the particle glued after the digits
            if tail and is_particle_chain(tail.group()):
                name, end = name[: tail.start()], m.start() + tail.start()
            after = re.match(r"[가-힣]*", b.text[end:]).group()
            part = leading_particle(after)
            if part and particle_fits(name, part) is False and not _fits_read_in_english(name, part):
                why = f"the particle {part} cannot follow {name}"
                clues.append(Clue(norm_keyword(name), why, W_CERTAIN, b.id, m.start(), end))
    return clues + _mixed_markers(page)


_MARKED_WORD = re.compile(
    r"(?<!\w)([A-Za-z][A-Za-z0-9]+|[가-힣]{4,}?)("
    + "|".join(sorted(CASE_MARKERS, key=len, reverse=True)) + r")(?!\w)"
)


def _mixed_markers(page: Page) -> list[Clue]:
    """A word glued to case markers of both forms (``ROYALPICK이`` and ``ROYALPICK는``, ``라온라운지가`` and
    ``라온라운지을``): no word ends both in a vowel and in a consonant, so it stands for more than one word, the
    way a keyword put in the place of several words does.  One particle alone proves nothing: how a Latin word is
    read is unknown (KT는, LG가 read letter by letter), and a short Hangul word may end in what looks like a
    particle (나이, 마을).  So: both forms, or for a Hangul word two markers that cannot follow it; a word used at
    least three times; Hangul words of four syllables or more.  Korean pages only."""
    if not page.korean:
        return []
    blocks = page.blocks(*ARTICLE)
    seen: dict[str, dict[str, tuple[int, int, int]]] = {}
    for b in blocks:
        for m in _MARKED_WORD.finditer(b.text):
            word, marker = m.groups()
            seen.setdefault(word, {}).setdefault(marker, (b.id, m.start(), m.end(1)))
    clues = []
    for word, markers in seen.items():
        forms = {CASE_MARKERS[x]: x for x in markers}
        misfits = [x for x in markers if particle_fits(word, x) is False]
        if len(forms) == 2:
            why = f"{word} takes both {forms['C']} and {forms['V']}: it {SEVERAL}"
        elif len(misfits) >= 2:  # 라온라운지은, 라온라운지을: the markers of a word ending in a consonant
            why = f"{word} takes {' and '.join(misfits)}, which cannot follow it: it {REPLACED}"
        else:
            continue
        if sum(b.text.count(word) for b in blocks) >= 3:
            bid, a, e = markers[misfits[0] if misfits else forms["V"]]
            clues.append(Clue(norm_keyword(word), why, W_CERTAIN, bid, a, e))
    return clues


# the last digit of a Latin name read in English (V3 is 브이쓰리): ends in a vowel sound, or in a consonant
_ENGLISH_DIGIT = {"0": "제로", "1": "원", "2": "투", "3": "쓰리", "4": "포", "5": "파이브", "6": "식스", "7": "세븐",
                  "8": "에잇", "9": "나인"}


def _fits_read_in_english(name: str, part: str) -> bool:
    """A Latin name with digits may be read in English (``V3를``): the particle fits that reading too."""
    if not re.search(r"[A-Za-z]", name) or not name[-1].isdigit():
        return False
    return particle_fits(_ENGLISH_DIGIT[name[-1]], part) is True


_SYLLABLE_RUN = re.compile(r"[가-힣](?:[.\u2024\u2027\uff0e][가-힣]){2,}|[가-힣](?: [가-힣]){3,}")


def _glued_to_byline(b: d.Block) -> Clue | None:
    """``개인회생 변호사 상담글·사진 문태준 기자``: a byline with something glued before it."""
    from ..parse.metadata import parse_byline

    text = b.text
    if len(text) > 90 or parse_byline(text) is not None:
        return None
    for m in _BYLINE_START.finditer(text, 2):
        k = m.start()
        head = text[:k]
        # a sentence before the byline (a caption with its credit) is not glued to it
        if 2 <= len(head.strip()) <= 30 and not re.search(r"[.!?。…]\s*$", head) and parse_byline(text[k:]) is not None:
            # a spelled-out run is the keyword exactly: 모.나.코.클.럽 glued to the first of two names
            run = _SYLLABLE_RUN.search(head)
            a, e = run.span() if run else (0, k)
            return Clue(norm_keyword(text[a:e]), "glued before the byline", W_STRONG, b.id, a, e)
    return None


def _word_bounds(text: str, a: int, e: int) -> tuple[int, int]:
    """The whole words around ``text[a:e]`` (a keyword replaces whole words and parts of compounds)."""
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    return a, e


def _brandish(s: str) -> bool:
    """A token shaped like a name of a service rather than a Korean word: Latin letters or digits, or glued
    Hangul with Latin letters."""
    return bool(re.search(r"[A-Za-z0-9\uff10-\uff5a]", s))


def unknown_twins(page: Page) -> list[Clue]:
    """Words in which a copy of the headline or of a caption differs from its twins, even when no list knows
    them: the copy that differs from two others is the dirty one (the visible title against og:title and
    ``<title>``), or, with two copies, the one whose differing word is shaped like a brand (ROYALPICK, 썬더픽24).
    Korean pages only: elsewhere a word shaped like a brand is any word."""
    clues = []
    if not page.korean:
        return clues
    titles = [b for b in page.doc.blocks
              if b.role == d.TITLE or (b.role == d.META and str(b.attrs.get("key", "")).endswith("title"))]
    visible = [b for b in titles if b.role == d.TITLE]
    others = [b for b in titles if b.role != d.TITLE]
    for b in visible:
        agreeing = [o for o in others if _similar(b.text, o.text)]
        if len(agreeing) >= 1:
            clues.extend(_diff_clues(page, b, agreeing, majority=len(agreeing) >= 2 or _agree(agreeing)))
    captions = page.blocks(d.CAPTION)
    copies = captions + [p for p in page.blocks(d.PARAGRAPH) if len(p.text) <= 400]  # a copy printed in the body
    for a in captions:
        for c in copies:
            if c.id <= a.id and c.role == d.CAPTION:
                continue
            if _similar(a.text, c.text):
                clues.extend(_diff_clues(page, a, [c], majority=False))
                clues.extend(_diff_clues(page, c, [a], majority=False))
    return clues


def _wrong_particle(text: str, end: int, mine: str, theirs: str) -> bool:
    """The particle after the differing word fits the twin's word and not this one (``라온라운지을`` beside
    ``우승을``): this copy's word is the one that took another's place."""
    after = re.match(r"[가-힣]*", text[end:]).group()
    part = leading_particle(after)
    if not part or not mine or not theirs:
        return False
    return particle_fits(mine.strip(), part) is False and particle_fits(theirs.strip(), part) is True


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    lo, hi = sorted((len(a), len(b)))
    return hi > 0 and lo / hi >= 0.6 and fuzz.ratio(a, b) >= 70


def _agree(blocks: list[d.Block]) -> bool:
    return len(blocks) >= 2 and all(_similar(blocks[0].text, o.text) for o in blocks[1:])


def _changes(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Where ``a`` and ``b`` differ, as ``(a_start, a_end, b_start, b_end)``: a deletion and an insertion side by
    side are one replacement (``라온라운지`` for ``우승``), and so are two changes around a letter or two that the
    words happen to share (``제우스88`` for ``스타트업``, aligned on 스)."""
    out: list[list[int]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            continue
        gap = a[out[-1][1] : op.src_start] if out else None
        if out and (gap == "" or (len(gap) <= 2 and gap.isalnum() and op.dest_start - out[-1][3] == len(gap))):
            out[-1][1], out[-1][3] = op.src_end, op.dest_end
        else:
            out.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [tuple(x) for x in out]


def _diff_clues(page: Page, b: d.Block, twins: list[d.Block], majority: bool) -> list[Clue]:
    """Clues for the words of ``b`` that its twins replace or lack."""
    text = b.text
    out = []
    for t in twins:
        ops = [op for op in _changes(text, t.text) if op[1] > op[0]]
        # copies worded differently in several places are an edited headline, not one word swapped
        majority = majority and len({_word_bounds(text, a, e) for a, e, _, _ in ops}) <= 2
        for src_a, src_e, dst_a, dst_e in ops:
            a, e = _word_bounds(text, src_a, src_e)
            seg = text[a:e].strip()
            if not seg or len(seg) > 40:
                continue
            theirs = t.text[dst_a:dst_e]
            mine = text[src_a:src_e]
            dirty = majority or (_brandish(mine) and not _brandish(theirs))
            if dirty or _wrong_particle(text, src_e, mine, theirs):
                # a dirty copy's word: the part of it that is not the twin's (the rest is the twin's word or
                # its particle)
                core_a, core_e = src_a, src_e
                if core_e - core_a < 2:
                    continue
                kw = norm_keyword(text[core_a:core_e])
                if kw and kw not in fold(t.text):
                    out.append(Clue(kw, f"differs from its twin ({t.origin})", W_STRONG, b.id, core_a, core_e))
    return out


COLLECTORS = (hidden_blocks, keyword_lists, offsite_links, attributes, menus, title_twins, twin_differences,
              unknown_twins, hashtags, shapes, names, places, lone_names)


def collect(page: Page) -> list[Clue]:
    clues: list[Clue] = []
    for c in COLLECTORS:
        clues.extend(c(page))
    return [c for c in clues if c.keyword]
