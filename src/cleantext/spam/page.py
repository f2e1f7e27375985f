"""The page as the spam collectors see it: a :class:`Clue`, the :class:`Page` with its folded views and lexicon
phrases, the weights and reasons, and the small tests of context they share.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from .. import document as d
from ..korean import (
    SENTENCE_END,
    SENTENCE_ENDINGS,
    SYLLABLES,
    ends_in_particle,
    is_hangul,
    is_particle_chain,
    leading_particle,
    particle_fits,
)
from ..normalize import Folded, FoldedSlice, digits_ascii, fold, fold_all, may_have_hangul
from .lexicon import CORE, STRONG, WEAK, Atom, Lexicon, Phrase, phrase_strength, trim_common

ARTICLE = (d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH, d.BYLINE, d.SECTION, d.SOURCE, d.TAG)


# weights: what one clue alone says about the page (combined as independent evidence)
W_CERTAIN = 1.0  # hidden keyword links, off-site gambling links, particles of another word


W_STRONG = 0.9  # commercial phrases in menus, alt texts, title tails, glued inside words


W_MEDIUM = 0.6  # a commercial phrase in ordinary prose of an article about gambling: not enough alone


CONTAMINATED = 0.8  # a page is contaminated when its evidence reaches this


COMMERCIAL = "commercial spam phrase"  # a phrase of spam's offers where the prose uses it with a particle
# ... in an article that never speaks of its subject
OFF_SUBJECT = f"{COMMERCIAL} in an article on another subject"
BARE = f"{COMMERCIAL} standing bare in a sentence"
KEYWORD_LINE = "a line of keywords only"

# a link off the site, the host written after it
LINK_TO = "link to "


LONE = "a name or keyword on a line of its own, or heading a sentence from elsewhere"


SEVERAL = "stands for more than one word"


REPLACED = "carries the particles of the word it replaced"


SPELLED = "a name spelled apart"
SPELLED_OUT = "spelled out syllable by syllable"
IN_NUMBER = "inserted inside a number"  # letters cutting a number's digits (1,KW200억, 3만KW2000명): certain


PROMO = "an advertisement naming a site"


BARE_LINK = "a link to another site standing bare in a sentence"


# a few words with a lexicon word after the byline's e-mail address (기자 me@news.example 카지노딜러 알바)
AFTER_EMAIL = "after the byline's e-mail address"
IN_BRACKETS_BEFORE_BYLINE = "lexicon words in brackets before the byline"  # where its outlet or desk stands
# game words alone in one printing of a caption, in a word the story writes nowhere else
GAME_NOT_IN_TWIN = "game words not in its twin, in a word the story writes nowhere else"
# the name a story is about (see .prose.subject_name), in one printing of a block only: weak alone
SUBJECT_NOT_IN_TWIN = "the name the story is about, not in its twin"
# a name of Latin words in one printing of a caption only (NORTH STAR: a band's, or spam's LUCKY STAR): weak alone
LATIN_NAME_NOT_IN_TWIN = "differs from its twin: a name of Latin words the story writes nowhere else"
# obfuscated spellings: fullwidth letters or digits, invisible characters inside a word
FULLWIDTH = "written in fullwidth characters"
INVISIBLE = "written with invisible characters inside"
LOOKALIKE = "written with Cyrillic letters that look Latin"
LOOKALIKE_ONE = "written with one Cyrillic letter among Latin ones"  # weak alone: a letter pasted in by mistake
# ... of a word the article also writes plainly: its own word typed another way, most likely; no proof even on a
# page shown contaminated (what spam did with the word must show otherwise)
OWN_TYPED = "typed in odd characters, a word the article also writes plainly"
# ... an acronym or a number typed in fullwidth (ＡＩ, ＬＧ, ＯＬＥＤ ＴＶ, ５００): a site's way of typing, no name's
# disguise (spam's are names, ＬＵＣＫＹＰＥＡＫ, Ｂｌｉｔｚ２４); no proof either
FULLWIDTH_ACRONYM = "an acronym or a number typed in fullwidth characters"
# ... words of capitals typed in fullwidth, named once with a particle of place (ＫＳＰＯ ＤＯＭＥ에서): a venue's
# name as a site types it, or a name cut in words to hide it: weak alone
FULLWIDTH_WORDS = "words of capitals typed in fullwidth characters, named once as a place"
SHAPED = "spam's keyword shape, used as a word of a story about gambling"


# a Latin word of six letters or more glued after Hangul (최우수STARPICKS(MVP)): Korean writes a Latin name after a
# space or at the start of a compound (LG전자), not inside a word; weak alone, proof on a page shown contaminated
LATIN_GLUED = "a Latin name glued after a Korean word"


# a word of another spam topic glued to the next word inside a sentence of an article that never speaks of it
# (이날 홈타이주민들은): weak alone, proof on a page shown contaminated
GLUED_OFF_TOPIC = "glued to a word of a sentence on another subject"


# a word of four syllables or more, a noun of its own on the page (alone, or with 들), that takes one particle that
# cannot follow it (별님라운지 ... 별님라운지과): weak alone (a typo does the same), proof on a page shown contaminated
MISFIT_ONCE = f"takes a particle that cannot follow it, a noun of its own elsewhere: it {REPLACED}"


# a name with digits or capitals that takes the plural 들 (MACAU7들은): the common noun it replaced did; weak alone,
# proof on a page shown contaminated
PLURAL_NAME = f"a name taking the plural 들: it {REPLACED}"
# ... a name in capitals glued to it (LUCKYPEAK들은): one reading with a Latin name glued after a Korean word
# (:data:`LATIN_GLUED`), both of a Latin name glued to Hangul
PLURAL_CAPITALS = f"a name in capitals taking the plural 들: it {REPLACED}"


# a word of the visible headline where its copies (<title>, og:title) have another, or a name-shaped word they lack:
# newsrooms reword the headline they print (K리그 for 프로축구, a candidate's name updated, AI for 인공지능), so weak
# alone, proof on a page shown contaminated; a particle that fits only the copies' word is proof by itself
OUTVOTED_HEADLINE = "differs from its twins, the headline's other copies"


# a name shaped like an ordinary compound (a game word after letters: 축구토토) standing bare in a sentence: weak,
# proof only in a paragraph that holds proven spam (a story names its products so too)
PLAIN_BARE = f"{COMMERCIAL} shaped like an ordinary compound, standing bare in a sentence"


#: where a sentence starts: the paragraph's start, after a sentence's end, at an opening quote mark
SENTENCE_STARTS = re.compile(r"^\s*|[.!?…]\s+|(?:^|(?<=\s))[\"“‘'「『]")


_ITEM_SPLIT = re.compile(r"\s*(?:[|/\n·•,]|\s{2,})\s*")


HASHTAGS = re.compile(r"(?:#[^\s#]{1,40}\s*){2,}")
# a hashtag run of game words, topics and names alone, no commercial phrase nor brand, under a story about gambling
# (#카지노 #강원랜드 #도박중독): weak alone, proof on a page shown contaminated
PLAIN_TAGS = "in a hashtag run of game words and topics alone"
_WHITESPACE = re.compile(r"\s+")


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
    topic_uses: dict[tuple[str, ...], Counter[int]] = field(default_factory=dict)  # uses of words, by block
    starts: dict[str, int] = field(default_factory=dict)  # word_starts' answers
    answers: dict[tuple[str, ...], Any] = field(default_factory=dict)  # other page-wide answers, by question
    #: every character of the blocks' texts but ASCII, Hangul syllables and letters (perhaps a few more); None:
    #: not known
    chars: set[str] | None = field(default=None, repr=False)
    #: whether the blocks' texts may hold a Hangul syllable (False: they hold none)
    hangul: bool = field(default=True, repr=False)
    #: the article's text (:meth:`article`) when it is known to have no five syllables spaced apart (no match of
    #: ``detect._SPACED``): none of shapes' either
    unspaced: str | None = field(default=None, repr=False)
    fullwidth_style: bool | None = field(default=None, repr=False)  # see shapes._types_in_fullwidth
    #: the ids of the folded blocks whose text has syllables spaced apart that folding joins (see
    #: :attr:`Folded.spaced`); None: not known
    spaced: set[int] | None = field(default=None, repr=False)
    _article: tuple[int, str, list[int], list[d.Block]] | None = field(default=None, init=False, repr=False)
    _runs: tuple[str, list[tuple[int, int]]] | None = field(default=None, init=False, repr=False)

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
        if known is None:
            page.chars = whole.chars
        elif known.chars is not None:
            page.chars = whole.chars | known.chars
        page.hangul = _has_hangul(whole) or (known is not None and known.hangul)
        starts = [sl.fold_base for sl in slices]
        ids = [b.id for b in new]
        spaced = {ids[bisect_right(slices, x, key=_base) - 1] for x in whole.spaced}
        if known is None:
            page.spaced = spaced
        elif known.spaced is not None:
            page.spaced = spaced | known.spaced
        page.folded.update(zip(ids, slices, strict=True))
        page.phrases.update((i, []) for i in ids)
        # one pass of the lexicon over the whole page; each phrase goes to the block it stands in
        for p in lexicon.phrases(whole.text, digits_ascii(whole), may_have_hangul(whole)) if new else ():
            i = bisect_right(starts, p.start) - 1
            sl = slices[i]
            if p.end > sl.fold_end:
                continue
            page.phrases[new[i].id].append(p.shifted(-sl.fold_base))
        url = doc.url or doc.meta.get("canonical") or doc.meta.get("og:url") or ""
        page.host = host_of(url)
        return page

    @cached_property
    def gambling_topic(self) -> bool:
        """The article is about gambling (see :func:`_gambling_topic`); worked out when first asked, which a
        page without any reason to look never does."""
        return _gambling_topic(self)

    @cached_property
    def korean(self) -> bool:
        """The article is written in Korean: the unknown-word mechanisms read Korean only.  Not on a page whose
        blocks hold no Hangul syllable (:attr:`hangul`, known from their folded characters): the count of the
        headline's and body's syllables is spared."""
        return self.hangul and _korean(self.doc)

    def span_text(self, block: d.Block, p: Phrase) -> tuple[int, int, str]:
        a, b = self.folded[block.id].span(p.start, p.end)
        return a, b, block.text[a:b]

    @cached_property
    def phrase_counts(self) -> Counter[str]:
        """How often each lexicon phrase (its folded text) stands in the article's blocks."""
        return Counter(self.folded[b.id].text[p.start : p.end] for b in self.blocks(*ARTICLE)
                       for p in self.phrases[b.id])

    @cached_property
    def outlets(self) -> tuple[str, ...]:
        """The page's outlet, as its source lines, its source field and ``og:site_name`` write it (the longest
        first: a name that ends another is tried after it)."""
        names = {b.text.strip() for b in self.blocks(d.SOURCE)}
        names |= {self.doc.fields.get("source") or "", self.doc.meta.get("og:site_name") or ""}
        return tuple(sorted((n for n in names if n), key=lambda n: (-len(n), n)))

    @cached_property
    def tagless_prose(self) -> str:
        """The folded text of the article's paragraphs without their hashtag runs: what its prose writes."""
        return HASHTAGS.sub(" ", "\n".join(self.folded[b.id].text for b in self.blocks(d.PARAGRAPH)))

    @cached_property
    def unspaced_prose(self) -> str:
        """:attr:`tagless_prose` without its whitespace: a word the prose writes spaced or not is in it."""
        return _WHITESPACE.sub("", self.tagless_prose)

    @cached_property
    def headline(self) -> str:
        """The folded text of the article's headlines (the visible one and its copies read as titles), one line."""
        return " ".join(self.folded[b.id].text for b in self.blocks(d.TITLE))

    @cached_property
    def article_words(self) -> str:
        """The folded text of the article's prose and headline without any tag (a lone one too): where a tag's
        letters are looked for (:func:`_parts_written`)."""
        titles = (self.folded[b.id].text for b in self.blocks(d.TITLE))
        return _ANY_TAG.sub(" ", "\n".join([self.tagless_prose, *titles]))

    def said(self, word: str) -> int:
        """How often the article's prose writes ``word`` (folded) as a word of its own, with its particles at most
        (not ``KW물류``, a name glued to the next word), spaced or not (``#음주운전`` of ``음주 운전``); a game's,
        a brand's or a site's name only as written (``바다 이야기`` is ordinary Korean; see :func:`said_apart`).
        Worked out once per word."""
        key = ("prose says", word)
        if key not in self.answers:
            text = self.tagless_prose
            if _WHITESPACE.sub("", word) not in self.unspaced_prose:  # found in no way of spacing it
                self.answers[key] = 0
                return 0
            named = any({"game", "brand", "site"} & p.kinds for p in self.lexicon.phrases(word))
            uses = re.finditer(spaced([word] if named else word), text)
            self.answers[key] = sum(1 for m in uses if not (right := SYLLABLES.match(text, m.end()))
                                    or is_particle_chain(right.group()))
        return self.answers[key]

    @cached_property
    def plain_folded(self) -> str:
        """The folded text of the article's blocks, one per line, with every lexicon phrase blanked out."""
        return "\n".join(_blanked(self.folded[b.id].text, self.phrases[b.id]) for b in self.blocks(*ARTICLE))

    def word_starts(self, word: str) -> int:
        """How often the article's folded text has a word beginning with ``word`` (folded), outside lexicon
        phrases."""
        if word not in self.starts:
            self.starts[word] = len(re.findall(rf"(?<!\w){re.escape(word)}", self.plain_folded))
        return self.starts[word]

    def blocks(self, *roles: str) -> list[d.Block]:
        return [b for b in self.doc.blocks if b.role in roles]

    def article(self) -> tuple[str, list[int], list[d.Block]]:
        """The article's blocks (:data:`ARTICLE`) as one text, each block's text between two newlines, with the
        offset of each block's text in it and the blocks: one scan of a long page instead of one per block."""
        n = len(self.doc.blocks)
        if self._article is None or self._article[0] != n:  # worked out again if blocks were added since
            blocks = self.blocks(*ARTICLE)
            starts, pos = [], 1
            for b in blocks:
                starts.append(pos)
                pos += len(b.text) + 1
            self._article = (n, "\n".join(["", *(b.text for b in blocks), ""]), starts, blocks)  # one copy
        return self._article[1:]

    def alnum_runs(self) -> list[tuple[int, int]]:
        """The spans of the runs of ASCII letters and digits in :meth:`article`'s text, each run whole (the
        characters around it are none): one scan of the article for the collectors that read Latin names and
        numbers, which a Korean text has few of."""
        text = self.article()[0]
        if self._runs is None or self._runs[0] is not text:
            self._runs = (text, _alnum_spans(text))
        return self._runs[1]

    def blocks_with_in_runs(self, pattern: re.Pattern) -> set[int]:
        """:meth:`blocks_with` for a pattern whose every match lies inside a run of :meth:`alnum_runs` (it takes
        ASCII letters and digits only; a look-behind may see the character before the run): each run searched
        alone instead of the whole article (a look-behind sees before the position a search starts at)."""
        text, starts, _ = self.article()
        found: set[int] = set()
        last = -1  # the block found last: the runs come in order
        for s, e in self.alnum_runs():
            if s < last:
                continue
            if pattern.search(text, s, e):
                i = max(0, bisect_right(starts, s) - 1)
                found.add(i)
                last = starts[i + 1] if i + 1 < len(starts) else len(text)
        return found

    def may_hold(self, chars: re.Pattern) -> bool:
        """Whether the page may hold one of ``chars`` (a class of characters that are no ASCII, Hangul syllables
        or letters): a search of the few distinct characters of the page instead of the page."""
        return self.chars is None or chars.search("".join(self.chars)) is not None

    @cached_property
    def ascii_digits(self) -> bool:
        """Whether the only digits on the page are ASCII ones (``\\d`` is ``[0-9]`` on it)."""
        return self.chars is not None and not any(c.isdecimal() for c in self.chars)

    def blocks_with(self, *patterns: re.Pattern) -> set[int]:
        """The indices (in :meth:`article`'s blocks) of the article blocks in which one of ``patterns`` matches,
        each pattern searched in the whole article at once.  A pre-test: a pattern matches no newline, so its
        matches are those it has in each block's text alone (a look-behind at a block's start sees a newline)."""
        text, starts, _ = self.article()
        found: set[int] = set()
        for p in patterns:
            m = p.search(text)
            while m:
                i = max(0, bisect_right(starts, m.start()) - 1)
                found.add(i)
                if i + 1 >= len(starts):
                    break
                m = p.search(text, starts[i + 1])  # the block has a match: on to the next one
        return found


_ALNUM_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9]*")  # a class first, not a repeat: the engine scans for it
# the text one byte a character (Latin-1, every other character a "?"), then each ASCII letter or digit an "a" and
# every other byte a space: the runs are the runs of "a" at the same offsets, which the engine finds by scanning
# for a literal instead of testing a class at every character (two C passes over the text first, a Korean
# article's runs found in half the time)
_ALNUM_BYTES = bytes(0x61 if chr(i).isascii() and chr(i).isalnum() else 0x20 for i in range(256))
_A_RUN = re.compile(rb"aa*")  # (a literal first, not a repeat: the engine scans for it)


def _alnum_spans(text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in _ALNUM_RUN.finditer(text)]``, found in the text's bytes (see :data:`_ALNUM_BYTES`)."""
    return [m.span() for m in _A_RUN.finditer(text.encode("latin-1", "replace").translate(_ALNUM_BYTES))]


def _base(sl: FoldedSlice) -> int:
    return sl.base


def _has_hangul(f: Folded) -> bool:
    """Whether the text ``f`` was folded from may hold a Hangul syllable: false only when its characters are
    listed with their Hangul syllables (:attr:`Folded.hangul_listed`) and none is one."""
    return not f.hangul_listed or any("가" <= c <= "힣" for c in f.chars)


_HOST = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:)?//(?:[^/?#@]*@)?([^/?#:]+)")


@lru_cache(maxsize=8192)
def host_of(url: str) -> str:
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


def _blanked(text: str, phrases: list[Phrase]) -> str:
    """``text`` with the places of ``phrases`` (in order, not overlapping) blanked out."""
    parts, at = [], 0
    for p in phrases:
        parts += [text[at : p.start], " " * (p.end - p.start)]
        at = p.end
    return "".join(parts) + text[at:]


def _gambling_topic(page: Page) -> bool:
    """An article about gambling: game words used as ordinary words (not inside commercial phrases), or a site's
    kind named as crime news names it, in three of its blocks, or in two when the headline is one (a short story
    that names its subject up front).  Spam's own phrases do not count, or a heavily spammed page would look like
    one."""
    blocks = page.blocks(d.TITLE, d.PARAGRAPH, d.CAPTION)
    if not any(page.phrases[b.id] for b in blocks) and not _TOPIC_WORDS.search(
            "\n".join(page.folded[b.id].text for b in blocks)):
        return False  # one search instead of one per block
    n, titled = 0, False
    for b in blocks:
        f = page.folded[b.id].text
        plain = _blanked(f, [p for p in page.phrases[b.id] if p.strength >= STRONG])
        if (_TOPIC_WORDS.search(plain) or any(p.strength == WEAK for p in page.phrases[b.id])
                or _named_by_crime_news(page, b)):
            n += 1
            # a headline with no lexicon phrase names the story's subject, as one naming a site's kind as crime news
            # does; one that spam wrote into says nothing
            titled = titled or (b.role == d.TITLE and (not page.phrases[b.id] or _named_by_crime_news(page, b)))
            if n >= 3 or (n >= 2 and titled):
                return True
    return False


def _named_by_crime_news(page: Page, b: d.Block) -> bool:
    """Whether the block names a gambling site's kind as news about a crime does (``해외에 서버를 둔
    사설토토사이트를 운영한``, a headline's ``KW 운영 일당 검거``): a commercial phrase, no brand, with its own particle
    that fits it (in a headline, or standing as a word of its own), beside words of crime and regulation.  Such a
    block speaks of gambling though its only game word stands inside the phrase."""
    text = b.text
    for p in page.phrases[b.id]:
        if p.strength < STRONG or "brand" in p.kinds:
            continue
        a, e, orig = page.span_text(b, p)
        m = SYLLABLES.match(text[e:])
        right = m.group() if m else ""
        part = leading_particle(right)
        own = right and is_particle_chain(right) and part and particle_fits(orig.replace(" ", ""), part) is True
        # a headline drops its particles: the phrase standing as a word of its own there (KW 운영 일당 검거)
        headline = b.role == d.TITLE and not right and text[e : e + 1] == " " and (a == 0 or text[a - 1] == " ")
        if (own or headline) and legit_context(text, a, e):
            return True
    return False


def _korean(doc: d.Document) -> bool:
    """Whether most letters of the headline and the body are Hangul."""
    parts, n = [], 0
    for b in doc.blocks:  # the first 3000 characters only: not a copy of a long page
        if b.role in (d.TITLE, d.PARAGRAPH):
            parts.append(b.text)
            n += len(b.text)
            if n >= 3000:
                break
    return _mostly_hangul("".join(parts)[:3000])


def _mostly_hangul(text: str) -> bool:
    """Whether ``text`` has 20 Hangul syllables or more, and no fewer than ASCII letters: counted in its UTF-8
    bytes, in C (two scans of the engine over a Korean text were most of what a clean Korean page's suspicion
    test cost).  An ASCII letter is one byte of its own; a syllable of U+B000-U+CFFF starts with the byte EB or
    EC, the others (U+AC00-U+AFFF, U+D000-U+D7A3) with EA or ED, which other characters start with too: the
    syllables are between the first count and the four together, and counted one by one only when the letters
    fall between them."""
    data = text.encode("utf-8", "surrogatepass")
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    sure = data.count(0xEB) + data.count(0xEC)
    if sure >= 20 and sure >= latin:
        return True
    most = sure + data.count(0xEA) + data.count(0xED)
    if most < 20 or most < latin:
        return False
    hangul = _count(_HANGUL_RUNS, text)
    return hangul >= 20 and hangul >= latin


def _count(runs: re.Pattern, text: str) -> int:
    """How many characters of ``text`` the runs of one class (``[가-힣]+``) hold: what is left once they are taken
    out tells, without a string made of each character found (a Korean text's thousands)."""
    return len(text) - len(runs.sub("", text))


HANGUL_RE = re.compile(r"[가-힣]")
_HANGUL_RUNS = re.compile(r"[가-힣]+")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def word_bounds(text: str, a: int, e: int) -> tuple[int, int]:
    """The whole words around ``text[a:e]`` (a keyword replaces whole words and parts of compounds)."""
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    return a, e


def game_words_only(p: Phrase) -> bool:
    """Game words alone (``카지노``, ``경마``, with ordinary modifiers): ordinary words of news, no commercial
    phrase, brand or other spam topic."""
    return p.strength < STRONG and not p.kinds - {"game", "common"}


def in_a_word_of_the_story(page: Page, b: d.Block, p: Phrase, others: tuple[int, ...] = ()) -> bool:
    """The word holding the phrase is one the story writes in its other blocks too (``경마공원``), not counting
    ``others`` (a caption's other copy): its own word, not one put in (``파워볼 판매점`` in one copy of a caption)."""
    text = page.folded[b.id].text
    a, e = word_bounds(text, p.start, p.end)
    word = text[a:e].strip(".,·…\"'“”‘’()[]")
    skip = {b.id, *others}
    return any(word in page.folded[o.id].text for o in page.blocks(*ARTICLE) if o.id not in skip)


def _spams_term(page: Page, block: d.Block, phrase: Phrase) -> bool:
    """A term only spam uses, listed whole (``가입코드``, ``꽁머니``), or a phrase in spam's shape (``토토사이트추천``,
    :func:`spam_shaped`), bare in a short line of the body that is no sentence, no marked heading or item and no
    quotation (spam's ``KW 가입코드 HB777``, or such words tacked on after a paragraph's last sentence): spam's even
    in a story about gambling.  Such a story writes these terms
    as its words in sentences, headlines, captions, headings and lists, with particles or beside words of crime
    (``먹튀검증 사이트를 가장해``, ``[경마분석] 코리아컵``, ``■ 안전놀이터 내세운 불법 사이트``)."""
    if block.role != d.PARAGRAPH or (tail := _bare_tail(page, block)) is None:
        return False
    a, e, _ = page.span_text(block, phrase)
    if a < tail or _quoted_in(block.text[tail:], a - tail, e - tail):
        return False
    literal = page.lexicon.literal_kind
    f = page.folded[block.id].text
    return ((any(a.kind == "brand" and literal.get(a.text) == "brand" for a in phrase.atoms)
             or spam_shaped(page, f[phrase.start : phrase.end]))
            and not _takes_particle(f, phrase.end) and not legit_context(f, phrase.start, phrase.end))


def _bare_tail(page: Page, block: d.Block) -> int | None:
    """Where the block's bare tail starts: the text after its last sentence (all of it when it has none), when that
    is a short line that is no sentence (a note in brackets after its end set aside), no marked heading or list item
    and gives a code or a domain to type; ``None`` when there is no such tail.  Worked out once per block."""
    key = ("bare tail", str(block.id))
    if key not in page.answers:
        raw = block.text.rstrip()
        text = _TRAILING_NOTE.sub("", raw).rstrip()
        start = max((m.end() for m in _AFTER_SENTENCE.finditer(text)), default=0)
        tail = text[start:]
        # a sentence, a clause in brackets after a term (꽁머니(공짜 게임머니를 말한다)), or a marked heading or item
        # that writes words with particles (▲꽁머니 지급을 미끼로 회원 모집): the story's; spam's marked items are bare
        bare = (len(tail) <= 60 and not SENTENCE_END.search(tail) and not SENTENCE_END.search(raw.rstrip(")]"))
                and not (_MARKED.match(tail) and any(ends_in_particle(w) for w in _WORDS.findall(tail)))
                and _CODE.search(tail) is not None)
        page.answers[key] = start if bare else None
    return page.answers[key]


def _quoted_in(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands inside quotation marks of ``text`` (a short text: a paragraph's tail), however
    long the quotation (``“[Web발신] 신규 오픈 ... 꽁머니 3만원”``)."""
    for o, c in _QUOTES.items():
        i = text.rfind(o, 0, start)
        inside = text.count(o, 0, start) % 2 == 1 if o == c else c not in text[i + 1 : start]
        if i >= 0 and text.find(c, end) >= 0 and inside:
            return True
    return False


_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # 모았다.(사진=연합뉴스)
_AFTER_SENTENCE = re.compile(r"[.!?。][\"'”’)\]]*\s+")
_MARKED = re.compile(r"[▲△■□◆◇▶▷●○◎★☆※•·*-]")
_WORDS = re.compile(r"[가-힣]+")
# a code of letters and digits (HB777, 7788bet) or a domain: what spam's line gives its reader to type, where a
# story's kicker, table or glossary line about spam's terms has none (``먹튀검증 믿었다가 낭패``,
# ``첫충 20% / 매충 10%``)
_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]+\d+|\d+[A-Za-z]+)[A-Za-z0-9]*(?![A-Za-z0-9])|[a-z0-9-]+\.[a-z]{2,}",
                   re.I)


def on_topic(page: Page, block: d.Block, phrase: Phrase) -> bool:
    """Whether the article talks about what the phrase names, so that the phrase may be its own words: a game
    phrase in an article about gambling, or a phrase whose topic word (이혼, 음주운전, 카지노) the article uses
    again elsewhere, outside commercial phrases."""
    kinds = phrase.kinds
    if "game" in kinds or "brand" in kinds:
        if _spams_term(page, block, phrase):
            return False
        if page.gambling_topic:
            return True
    words = tuple(dict.fromkeys(a.text for a in phrase.atoms if a.kind in ("game", "topic", "brand")))
    if not words:
        return False
    if "game" in kinds and _a_video_games_word(page, phrase):
        return True
    if _head_used_as_a_word(page, phrase):
        return True
    if not set(kinds) <= {"topic", "intent"}:
        return sum(_uses_outside_phrases(page, words).values()) >= 2
    said = _topic_phrases_with_particles(page, words)
    if sum(_uses_outside_phrases(page, words).values()) + said >= 2:
        return True
    return said_of_its_head(page, block, phrase)


def said_of_its_head(page: Page, block: d.Block, phrase: Phrase) -> bool:
    """Whether the story says phrases of several compounds of the phrase's head as words of its sentences, with
    particles (``주택담보대출 한도가``, ``신용대출 한도도``): a story about loans, whose ``전세대출 한도`` is one
    more.  Only a compound and one word of its business is excused so (spam's ``KW 당일대출 가능`` is none), and
    only by other phrases of compounds no list holds (an advertisement's ``KW대출 한도는`` and ``KW대출 한도도``
    are spam's own words), the lead's ``주택담보대출 한도와 신용대출 한도, 전세대출 한도가`` too."""
    heads = _heads(page, phrase)
    if not heads or len(phrase.atoms) != 2:
        return False
    said = _topic_phrase_uses(page, heads, by_head=True)
    return sum(1 for place in said if place != (block.id, phrase.start)) >= 2


def _topic_phrases_with_particles(page: Page, words: tuple[str, ...]) -> int:
    """How often a phrase of a topic word and a word of its business stands apart as a word of a sentence, with a
    particle that fits it (``탐정 사무소에서``): a use of the topic word as prose writes it, where spam's lines
    write such phrases bare (``흥신소 비용 상담``)."""
    return len(_topic_phrase_uses(page, words))


def _topic_phrase_uses(page: Page, words: tuple[str, ...], by_head: bool = False) -> list[tuple[int, int]]:
    """Where the uses :func:`_topic_phrases_with_particles` counts stand, as (block id, start of the phrase in the
    block's folded text); ``by_head``: of any topic word that ends with one of ``words`` and that no list holds
    whole (``대출``: 주택담보대출 한도가, 신용대출 한도도).  Worked out once per page and question."""
    key = ("said-head" if by_head else "said", *words)
    if key not in page.answers:
        page.answers[key] = _count_topic_phrases_with_particles(page, words, by_head)
    return page.answers[key]


def _count_topic_phrases_with_particles(page: Page, words: tuple[str, ...], by_head: bool) -> list[tuple[int, int]]:
    """The places :func:`_topic_phrase_uses` returns, found."""
    literal = page.lexicon.literal_kind
    uses = []
    for b in page.blocks(d.CAPTION, d.PARAGRAPH):
        f = page.folded[b.id].text
        for p in page.phrases[b.id]:
            if (p.strength < STRONG or not p.kinds <= {"topic", "intent"} or " " not in f[p.start : p.end]
                    or not any((a.text.endswith(words) and literal.get(a.text) != "topic" if by_head
                                else a.text in words) for a in p.atoms if a.kind == "topic" or not by_head)
                    or (p.start and not f[p.start - 1].isspace())):
                continue
            right = SYLLABLES.match(f, p.end)
            part = right.group() if right else ""
            if part and is_particle_chain(part) and particle_fits(f[p.end - 1], leading_particle(part)) is not False:
                uses.append((b.id, p.start))
    return uses


def _a_video_games_word(page: Page, phrase: Phrase) -> bool:
    """Whether the phrase is a minigame's event (``미니게임 이벤트``: the one game word and the one event word that
    video games share with spam) in a story about video games: filed under a section named 게임, or saying 게임 as
    a word of its own three times or more (``주력 게임의 흥행``, ``게임을``).  Any other word of spam's after it
    (환전, 페이백, 사이트) or a game of gambling's (릴게임, 그래프게임) keeps it spam's."""
    if sorted(a.text for a in phrase.atoms) != sorted(_VIDEO_GAME_EVENT):
        return False
    if any(re.search(r"(?<![가-힣])게임(?![가-힣])", page.folded[b.id].text) for b in page.blocks(d.SECTION)):
        return True
    return sum(_uses_outside_phrases(page, ("게임",), whole=True).values()) >= 3


_VIDEO_GAME_EVENT = ("미니게임", "이벤트")


def _head_used_as_a_word(page: Page, phrase: Phrase) -> bool:
    """Whether a topic compound's head (``대출`` of ``비상금대출``, an ``[anchor]`` word) stands as a word of its own,
    with particles at most, twice or more outside strong phrases (``대출 한도를``, ``대출을``): a story about loans
    names its loan product in the lexicon's shape (``청년도약대출 한도``) and speaks of loans, where spam writes its
    compounds only (``무직자대출``, ``대출가능``)."""
    heads = _heads(page, phrase)
    return bool(heads) and sum(_uses_outside_phrases(page, heads, whole=True).values()) >= 2


def _heads(page: Page, phrase: Phrase) -> tuple[str, ...]:
    """The heads (``[anchor]`` words) that the phrase's topic compounds end with (``대출`` of ``비상금대출``)."""
    return tuple(h for h in page.lexicon.topic_heads
                 if any(a.kind == "topic" and a.text.endswith(h) and a.text != h for a in phrase.atoms))


def without_own_edges(page: Page, b: d.Block, p: Phrase) -> Phrase:
    """The phrase without the article's own words at its edges, unless what remains is no strong phrase:

    - in an article about gambling, game words standing apart at an edge that it uses on their own elsewhere
      (``카지노 파워볼놀이터``, ``경마 온라인 KW``: the story's 카지노 and 경마 beside spam's name; at the end
      also glued to a name that has a game word of its own), and the common modifiers then left at an edge;
    - there too, a 사이트 standing after a name that the page writes alone elsewhere (``불법 KW 사이트``);
    - a last word that is not a name, glued to the phrase, that begins one of the article's words, follows a
      name's closing digits or is an ordinary modifier, when the article begins words with it twice elsewhere
      (``KW비용상담센터는``, ``KW보증보험``, ``별빛카지노77해외 공장은``, ``KW사이트온라인 예매를``: the first
      word of the sentence spam glued itself to)."""
    atoms = p.atoms
    if p.strength < STRONG or len(atoms) < 2:
        return p
    if {atoms[0].kind, atoms[-1].kind} & {"game", "site"} and page.gambling_topic:
        atoms = _without_game_edges(page, atoms, page.folded[b.id].text)
    atoms = _without_opening_word(page, page.folded[b.id].text, atoms)
    if atoms == p.atoms or phrase_strength(atoms) < STRONG:
        return p
    return Phrase(atoms[0].start, atoms[-1].end, atoms, STRONG)


def _without_game_edges(page: Page, atoms: tuple[Atom, ...], folded: str) -> tuple[Atom, ...]:
    uses = page.phrase_counts
    while len(atoms) > 1 and atoms[0].kind == "game" and atoms[0].end < atoms[1].start and uses[atoms[0].text] >= 2:
        atoms = trim_common(atoms[1:])
    while len(atoms) > 1 and atoms[-1].kind == "game" and (
            (uses[atoms[-1].text] >= 2 and (atoms[-2].end < atoms[-1].start
                                            or any(a.kind in ("game", "brand") for a in atoms[:-1])))
            or (_takes_particle(folded, atoms[-1].end)
                and (atoms[-2].end < atoms[-1].start or page.lexicon.literal_kind.get(atoms[-2].text) == "brand"))):
        # (a game word with its particle, apart or after a term only spam uses, ``KW가입코드 블랙잭과 룰렛이``,
        # ``KW가입코드바카라는``, is a word of the story's sentence that spam glued itself to)
        atoms = trim_common(atoms[:-1])
    if (len(atoms) > 1 and atoms[-1].kind == "site" and atoms[-2].end < atoms[-1].start
            and uses[_joined(atoms[:-1])] >= 2):
        atoms = atoms[:-1]
    return atoms


def _takes_particle(folded: str, end: int) -> bool:
    """The word ending at ``end`` goes on with particles only (``블랙잭과``)."""
    right = SYLLABLES.match(folded, end)
    return right is not None and is_particle_chain(right.group())


def _without_opening_word(page: Page, folded: str, atoms: tuple[Atom, ...]) -> tuple[Atom, ...]:
    last = atoms[-1]
    if len(atoms) < 2 or last.kind in CORE or atoms[-2].end != last.start:
        return atoms
    opens = last.end < len(folded) and HANGUL_RE.match(folded, last.end) is not None
    after_digits = folded[last.start - 1].isdigit()
    if (opens or after_digits or last.kind == "common") and page.word_starts(last.text) >= 2:
        return atoms[:-1]
    return atoms


def _joined(atoms: tuple[Atom, ...]) -> str:
    """The folded text of a run of atoms (one space where they stand apart)."""
    return "".join(a.text + " " * (n.start > a.end) for a, n in itertools.pairwise(atoms)) + atoms[-1].text


_SEO_KINDS = frozenset(("topic", "intent"))


def topic_heading(page: Page, b: d.Block) -> bool:
    """A short line of a column on one of the other spam topics that heads its part (``이혼소송 비용``,
    ``개인회생 비용`` in a column on divorce or debt relief): its phrases are words of those topics only, and
    the article uses each one's topic word elsewhere.  Such a line is the column's, whatever spam writes alike."""
    phrases = page.phrases[b.id]
    text = b.text.strip()
    if b.role == d.BYLINE or not phrases or len(text) > 24 or len(text.split()) > 4 or text[-1:] in ".!?":
        return False
    # a heading names a topic and one thing about it (비용, 상담); an offer piles them up (대출 당일승인, 급전 추천)
    if any(page.lexicon.kind_of(fold(w)) == "modifier" for w in text.split()):
        return False
    return all(set(p.kinds) <= _SEO_KINDS and len(p.atoms) <= 2 and _topic_named(page, b, p) for p in phrases)


def _topic_named(page: Page, b: d.Block, p: Phrase) -> bool:
    """Whether the article names the phrase's topic outside ``b`` and its commercial phrases: the topic word, or a
    topic word inside it (a column on 이혼 heads a part ``이혼소송 비용``)."""
    words = set()
    for a in p.atoms:
        if a.kind == "topic":
            words.add(a.text)
            words.update(x.group() for x in page.lexicon.atom_re.finditer(a.text[:-1]))
            words.update(x.group() for x in page.lexicon.atom_re.finditer(a.text, 1))
    words = {w for w in words if page.lexicon.kind_of(w) == "topic"}
    uses = _uses_outside_phrases(page, tuple(sorted(words))) if words else Counter()
    return sum(uses.values()) > uses[b.id]


def _uses_outside_phrases(page: Page, words: tuple[str, ...], whole: bool = False) -> Counter[int]:
    """How often each block of the article's text uses ``words`` outside its strong lexicon phrases (one scan of
    the page per set of words); with ``whole``, only where one is a word of its own (see :func:`a_word_of_its_own`)."""
    key = (*words, "") if whole else words
    if key in page.topic_uses:
        return page.topic_uses[key]
    seen: Counter[int] = Counter()
    for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH):
        f = page.folded[b.id].text
        strong = [(p.start, p.end) for p in page.phrases[b.id] if p.strength >= STRONG]
        starts = [x for x, _ in strong]
        for w in words:
            for m in re.finditer(re.escape(w), f):
                if whole and not a_word_of_its_own(f, m.start(), m.end()):
                    continue
                # phrases do not overlap: only the last one starting at or before the word may hold it
                i = bisect_right(starts, m.start()) - 1
                if i < 0 or m.start() >= strong[i][1]:
                    seen[b.id] += 1
    page.topic_uses[key] = seen
    return seen


def a_word_of_its_own(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of its own, with particles at most (``대출을``; not ``대출가능``)."""
    if start and is_hangul(text[start - 1]):
        return False
    e = end
    while e < len(text) and is_hangul(text[e]):
        e += 1
    return is_particle_chain(text[end:e])


def quoted_ad_copy(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` opens a quotation given as an example of an advertisement's words
    (``'카지노사이트 추천', '토토사이트 순위' 같은 문구와``, ``'바카라사이트' 등의 광고를``; the phrase may be the
    quotation's first words): a story showing what spam writes, not spam.  (A name quoted with no such words after
    it, ``스타트업 ‘KW’``, may be spam's word in the place of the story's name.)"""
    close = _QUOTES.get(text[start - 1]) if start > 0 else None
    if close is None:
        return False
    end = text.find(close, end, end + 30)  # the quotation's end (the phrase may be its first words)
    if end < 0:
        return False
    return _AD_COPY_AFTER.match(text, end + 1) is not None


# after a quotation: more quoted items (after a comma, 이나, 와, 및 ...), then "such words as" an advertisement's
# (문구, 광고, 문자 ...)
_AD_COPY_AFTER = re.compile(r"(?:\s*(?:,|이나|나|와|과|및|또는|혹은)\s*['‘\"“][^'’\"”]{1,30}['’\"”])*\s*"
                            r"(?:같은|등의?|이라는|라는|이란|와 같은|과 같은)\s*"
                            r"(?:광고\s*)?(?:문구|광고|문자|메시지|글|표현|홍보|게시물|댓글|스팸|단어|검색어|키워드)")


def quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands inside quotation marks (‘블루오션벳’, "바카라 필승 전략")."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    for o, c in _QUOTES.items():
        i = before.rfind(o)
        if i >= 0 and c not in before[i + 1 :] and c in after:
            return True
    return False


# what a police or court report says of the people it names (not the bare words an advertisement borrows:
# 단속 걱정 없는, 경찰 단속 無, 불법, 합법)
_REPORT_GRAMMAR = re.compile(
    r"혐의(?:를|로|가|는)|검거(?:됐|했|되었|하였|된)|구속(?:됐|했|되었|하였|된| 기소)|기소(?:됐|했|되었|하였|된)|"
    r"송치(?:됐|했|되었|하였|된)|입건(?:됐|했|되었|하였|된)|붙잡혔|선고(?:받|했|됐)|재판에 넘겨"
)


def reported_crime(text: str) -> bool:
    """Whether a paragraph reports a crime as police and court news do (``... 혐의를 받는다``, ``검거됐다``): a site
    and its address named there (``'킹스벳'(kingsbet77.com)이라는 사이트를 운영하며``) are the story's, not an
    advertisement's."""
    return _REPORT_GRAMMAR.search(text) is not None


def legit_context(text: str, start: int, end: int) -> bool:
    """A gambling phrase used in news prose about gambling: quoted, or beside words of crime and regulation."""
    if quoted(text, start, end):
        return True
    window = text[max(0, start - 20) : min(len(text), end + 20)]
    return bool(LEGIT_CONTEXT.search(window))


def list_items(block: d.Block) -> list[str]:
    """The items of a block read as a list: its link texts, else its text cut at separators (| / · , and gaps)."""
    if block.links:
        return [block.text[lk.start : lk.end] for lk in block.links]
    return [x for x in _ITEM_SPLIT.split(block.text) if x]


def similar(a: str, b: str) -> bool:
    """Two copies of one text (a headline and its og:title, a caption printed twice): close in length and wording."""
    from rapidfuzz import fuzz

    lo, hi = sorted((len(a), len(b)))
    return hi > 0 and lo / hi >= 0.6 and fuzz.ratio(a, b) >= 70


def tag_run(page: Page, run: str) -> tuple[list[str], bool, bool]:
    """A hashtag run's listed tags (see :func:`listed_word`); whether it names words of the prose that no list
    holds too, as a story's run of its topics does (a name with digits is spam's shape, and spam's lines are in the
    prose too); and whether every listed tag is the article's own (:func:`articles_tag`)."""
    key = ("tag run", run)
    if key not in page.answers:
        page.answers[key] = _tag_run(page, run)
    return page.answers[key]


def _tag_run(page: Page, run: str) -> tuple[list[str], bool, bool]:
    tags = [t.strip() for t in run.split("#") if t.strip()]
    listed = [t for t in tags if listed_word(page, fold(t))]
    unlisted = set(tags) - set(listed)
    mixed = any(t in unlisted and not re.search(r"\d", t) and page.said(fold(t)) for t in tags)
    others = len(listed) < len(tags)
    return listed, mixed, all(articles_tag(page, fold(t), mixed, others) for t in listed)


def listed_word(page: Page, word: str) -> bool:
    """A word that holds what a list holds: a strong phrase, or an atom written whole (``급전``; not a compound
    only the lexicon's expressions read, ``버팀목대출``: an ordinary word of its topic)."""
    literal = page.lexicon.literal_kind
    return any(p.strength >= STRONG or any(a.text in literal for a in p.atoms) for p in page.lexicon.phrases(word))


def articles_tag(page: Page, word: str, mixed: bool, others: bool = True) -> bool:
    """A tag that is a word of the article's prose: said there twice, or once when it is no strong phrase (a game
    word, a compound of its topic: ``#소액대출`` under a story of ``소액대출 상품``), stands in a run that names
    words of the prose that no list holds too (a story's run of its topics), or tags a story about gambling in a
    shape news writes (``#토토사이트`` under a crackdown story that quotes it; not spam's ``#KW사이트추천``, whose
    one use in the prose may be spam's own); a compound of its words (:func:`_parts_written`); or one that its prose
    writes in words apart (``#카지노매출`` of ``카지노 매출``; no copy of spam's), a strong phrase other than a
    brand's name only in a run with ``others`` (tags no list holds: ``#불법바카라사이트 #사이버수사대``; spam's runs
    of listed words alone, ``#바카라사이트 #카지노사이트``, take no excuse from a crackdown story's ``불법 바카라
    사이트``)."""
    said = page.said(word)
    phrases = list(page.lexicon.phrases(word))
    strong = any(p.strength >= STRONG for p in phrases)
    if said >= 2 or (said == 1 and (mixed or (page.gambling_topic and not spam_shaped(page, word, brands=True))
                                    or not strong)):
        return True
    return not said and ((not strong and _parts_written(page, word, phrases, mixed))
                         or (page.gambling_topic and said_apart(page, word, phrases, others or not strong)))


def said_apart(page: Page, word: str, phrases: list[Phrase], any_name: bool = True) -> bool:
    """Whether the prose writes a name (folded) with a space between its lexicon words, as words of a sentence
    (``불법 토토사이트 이용자도``, ``강원랜드 카지노가``), never in a phrase of spam's offers (``바카라 사이트 추천``),
    and the name is in no shape of spam's (:func:`spam_shaped`).  A game's compound may be written apart before its
    game word (``불법 스포츠 토토``), and so may a brand's shape that opens with an ordinary word (``온라인 슬롯``,
    ``해외 카지노``); one that opens with a name only by a story that names it alone too (``강원랜드 관계자는``; not
    spam's made-up name that it writes apart itself, ``골드문 카지노``).  Without
    ``any_name``, only such a brand's name: a run of listed names alone is spam's shape (``#바카라사이트
    #카지노사이트``), however a crackdown story writes them."""
    if spam_shaped(page, word):
        return False
    cuts = {x for p in phrases for a in p.atoms for x in (a.start, a.end)}
    firsts = set()
    for a in (a for p in phrases for a in p.atoms if a.kind in ("brand", "game")):
        for i in range(1, len(a.text)):
            if _game_word(page, a.text[i:]):
                cuts.add(a.start + i)
                first = word[a.start : a.start + i]
                if a.kind == "brand" and page.lexicon.literal_kind.get(first) != "common":
                    firsts.add(first)  # a name, not an ordinary word before a game word (온라인 슬롯, 사설 토토)
    cuts = sorted(x for x in cuts if 0 < x < len(word))
    if not cuts or not (any_name or firsts):
        return False
    if _WHITESPACE.sub("", word) not in page.unspaced_prose:
        return False  # the prose writes it in no way of spacing it
    parts = [word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    pattern = re.compile(spaced(parts))
    if not any(" " in m.group() for m in pattern.finditer(page.tagless_prose)):
        return False  # one scan of the prose, where most names are not written apart
    apart = 0
    for b in page.blocks(d.PARAGRAPH):
        f = page.folded[b.id].text
        starts, ends, offers, atom_starts = _block_view(page, b)
        for m in pattern.finditer(f):
            a, e = m.span()
            right = SYLLABLES.match(f, e)
            if " " not in m.group() or (right and not is_particle_chain(right.group())):
                continue
            i = bisect_right(starts, e - 1) - 1  # the phrases before ``e``, sorted and not overlapping
            while i >= 0 and ends[i] > a and not offers[i]:
                i -= 1
            if i >= 0 and ends[i] > a:
                continue  # in a phrase of spam's offers
            nxt = _NEXT_WORD.match(f, e)
            if right or _ENDS_SENTENCE.match(f, e, e + 200) or (nxt and nxt.start(1) not in atom_starts):
                apart += 1
                if not firsts:
                    return True
    return bool(apart) and all(page.said(first) > apart for first in firsts)


def spaced(parts: Iterable[str]) -> str:
    """A pattern of a word of the prose made of ``parts`` (a word's letters, or its words), each written with one
    whitespace character or none before the next, at a word's start (not inside a word or a tag).

    The word's first letter leads the pattern and the test of what comes before it follows the letter, so that
    ``re`` scans for the letter instead of trying the look-behind at every place of a long text."""
    parts = list(parts)
    if not parts or not parts[0]:
        return r"(?<![\w#])" + r"\s?".join(map(re.escape, parts))
    first = re.escape(parts[0][0])
    return first + rf"(?<![\w#]{first})" + re.escape(parts[0][1:]) + "".join(r"\s?" + re.escape(p) for p in parts[1:])


def _block_view(page: Page, b: d.Block) -> tuple[list[int], list[int], list[bool], set[int]]:
    """For :func:`said_apart`, once per block: its phrases' starts and ends, whether each holds a word of spam's
    offers, and the starts of its atoms."""
    key = ("block view", str(b.id))
    if key not in page.answers:
        phrases = sorted(page.phrases[b.id], key=lambda p: p.start)
        page.answers[key] = ([p.start for p in phrases], [p.end for p in phrases],
                             [bool(p.kinds & _OFFERS) for p in phrases], {a.start for p in phrases for a in p.atoms})
    return page.answers[key]


_OFFERS = frozenset(("modifier", "commerce", "brand"))
# the rest of a sentence up to its ending, within 200 characters (``이용자도 처벌받을 수 있다"고 경고했다.``): a name
# written apart there is the story's; spam's lines of keywords and phrases tacked on after a sentence's end have none
# (a name followed by its particle, or by a word that no lexicon atom starts, ``▲강원랜드 카지노 매출``, counts too)
_ENDS_SENTENCE = re.compile(rf"[^.!?\n]*?(?:{SENTENCE_ENDINGS})[\"'”’)]*(?:[.!?]|\s*$)")
_NEXT_WORD = re.compile(r"[ \t]+([가-힣])")


def _game_word(page: Page, text: str) -> bool:
    """``text`` (folded) is one game word of the lexicon whole (``카지노``, ``토토``)."""
    key = ("game word", text)
    if key not in page.answers:
        page.answers[key] = any(len(p.atoms) == 1 and p.atoms[0].kind == "game" and (p.start, p.end) == (0, len(text))
                                for p in page.lexicon.phrases(text))
    return page.answers[key]


def _parts_written(page: Page, word: str, phrases: list[Phrase], mixed: bool) -> bool:
    """A compound whose lexicon words the prose says and whose other letters the article writes too (``#카지노매출``
    of ``카지노가 ... 매출``): the story's own words, joined, in a run that names words of the prose no list holds
    too (``#카지노매출 #강원랜드``), or written whole inside a word of its prose or headline (``#경마공원`` of
    ``서울경마공원``).  Spam's runs of weak compounds (``#경마정보 #경마결과`` under a story of ``출전마 정보``) are
    neither, the words being that common."""
    atoms = [a for p in phrases for a in p.atoms]
    if not atoms or any(not page.said(a.text) for a in atoms):
        return False
    rest = list(word)
    for a in atoms:
        rest[a.start : a.end] = " " * (a.end - a.start)
    text = page.article_words
    return (mixed or word in text) and all(part in text for part in "".join(rest).split())


_ANY_TAG = re.compile(r"#[^\s#]+")


def spam_shaped(page: Page, keyword: str, brands: bool = False) -> bool:
    """A phrase written as one word with a word of spam's offers, a modifier only spam uses or spam's word for its
    sites (``홀덤분석픽``, ``블랙잭도메인``, ``홀덤놀이터``), or with ``brands`` a brand's name: the shape of spam's
    keywords, which news about gambling writes in words apart (``불법 바카라 사이트``) or, glued, of ordinary words
    only (``사설토토사이트``, ``온라인슬롯게임``)."""
    kinds = ("modifier", "commerce", "brand") if brands else ("modifier", "commerce")
    return " " not in keyword and any(x.kind in kinds or (x.kind == "site" and x.text not in _NEWS_SITE_WORDS)
                                      for ph in page.lexicon.phrases(keyword) for x in ph.atoms)


# the site words that news about gambling writes too (불법 도박 사이트, 총판 운영자, 우회주소를 공유한); the others
# (놀이터, 도메인, 접속주소, 바로가기) are spam's words for its sites
_NEWS_SITE_WORDS = frozenset(("사이트", "주소", "사이트주소", "우회주소", "링크", "커뮤니티", "총판", "에이전시"))
