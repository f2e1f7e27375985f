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
from functools import lru_cache

from rapidfuzz.distance import Indel

from .. import document as d
from ..korean import is_hangul, is_particle_chain, leading_particle, particle_fits
from ..normalize import FoldedSlice, fold, fold_all
from ..twins import find_twins
from .lexicon import STRONG, WEAK, Lexicon, Phrase

ARTICLE = (d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH, d.BYLINE, d.SECTION, d.SOURCE, d.TAG)

# weights: what one clue alone says about the page (combined as independent evidence)
W_CERTAIN = 1.0  # hidden keyword links, off-site gambling links, particles of another word
W_STRONG = 0.9  # commercial phrases in menus, alt texts, title tails, glued inside words
W_MEDIUM = 0.6  # a commercial phrase in ordinary prose of an article about gambling: not enough alone
CONTAMINATED = 0.8  # a page is contaminated when its evidence reaches this

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
    def of(cls, doc: d.Document, lexicon: Lexicon) -> Page:
        page = cls(doc, lexicon)
        texts = [b.text.replace("\n", " ") for b in doc.blocks]
        whole, slices = fold_all(texts)
        starts = [sl.fold_base for sl in slices]
        for b, sl in zip(doc.blocks, slices, strict=True):
            page.folded[b.id] = sl
            page.phrases[b.id] = []
        # one pass of the lexicon over the whole page; each phrase goes to the block it stands in
        for p in lexicon.phrases(whole.text):
            i = bisect_right(starts, p.start) - 1
            sl = slices[i]
            if p.end > sl.fold_base + len(sl.text):
                continue
            page.phrases[doc.blocks[i].id].append(p.shifted(-sl.fold_base))
        url = doc.url or doc.meta.get("canonical") or doc.meta.get("og:url") or ""
        page.host = _host(url)
        page.gambling_topic = _gambling_topic(page)
        return page

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
    n = 0
    for b in page.blocks(d.TITLE, d.PARAGRAPH, d.CAPTION):
        f = page.folded[b.id].text
        strong = [(p.start, p.end) for p in page.phrases[b.id] if p.strength >= STRONG]
        plain = "".join(c if not any(a <= i < e for a, e in strong) else " " for i, c in enumerate(f)) if strong else f
        if _TOPIC_WORDS.search(plain) or any(p.strength == WEAK for p in page.phrases[b.id]):
            n += 1
    return n >= 3


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


def hidden_blocks(page: Page) -> list[Clue]:
    """Hidden elements stuffed with keyword links: every item of a spammy hidden block is a keyword."""
    clues = []
    for b in page.blocks(d.HIDDEN):
        items = [x.strip() for x in _items(b) if 2 <= len(x.strip()) <= 50]
        if not items:
            continue
        with_phrase = [x for x in items if any(True for _ in page.lexicon.phrases(fold(x)))]
        gambling_links = [lk for lk in b.links if page.lexicon.is_gambling_domain(_host(lk.href))]
        if (len(with_phrase) * 3 >= len(items) and with_phrase) or len(gambling_links) >= 1:
            for x in items:
                clues.append(Clue(norm_keyword(x), f"in a hidden block ({b.origin})", W_CERTAIN))
    return clues


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
    """Commercial gambling phrases in alt and title attributes (not visible, yet indexed)."""
    clues = []
    for b in page.blocks(d.ATTR):
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
        others = [fold(o.text) for o in copies if o.id != b.id]
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
            glued_left = bool(left) and (is_hangul(left) or left.isalnum())
            glued_right = bool(right_word) and not is_particle_chain(right_word)
            if p.strength >= STRONG and (glued_left or glued_right) and not quoted(text, a, e):
                clues.append(Clue(kw, "glued inside a word", W_STRONG, b.id, a, e))
                continue
            if p.strength >= STRONG:
                if not page.gambling_topic:
                    why = "commercial spam phrase in an article on another subject"
                    clues.append(Clue(kw, why, W_STRONG, b.id, a, e))
                elif not legit_context(text, a, e):
                    clues.append(Clue(kw, "commercial spam phrase", W_MEDIUM, b.id, a, e))
        rest = re.sub(r"(?i)^\s*(?:no\.?\s*\d+\s*[:.)]?|\d+\s*[.)]|[-•·*▶▷◆■])\s*", "", text)
        phrases = page.phrases[b.id]
        strong_or_many = len(phrases) >= 2 or any(p.strength >= STRONG for p in phrases)
        if (b.role in (d.PARAGRAPH, d.CAPTION, d.SUBTITLE, d.BYLINE) and phrases and strong_or_many and len(text) <= 80
                and covered >= 0.8 * len(re.sub(r"[\s|:,.#]", "", rest))):
            for p in page.phrases[b.id]:
                clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), "a line of keywords only", W_STRONG, b.id))
    return clues


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


COLLECTORS = (hidden_blocks, offsite_links, attributes, menus, title_twins, twin_differences, hashtags, places)


def collect(page: Page) -> list[Clue]:
    clues: list[Clue] = []
    for c in COLLECTORS:
        clues.extend(c(page))
    return [c for c in clues if c.keyword]
