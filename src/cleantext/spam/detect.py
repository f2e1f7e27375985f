"""Decide what this page was spammed with, whether it is contaminated, and where the spam sits.

The evidence collectors (:mod:`.evidence`) give clues; a keyword's weight combines its clues as independent
evidence.  A keyword proven on the page (weight at the contamination bar) is looked for everywhere in the
article, provided it is specific (a commercial phrase, several words, a brand): a lone game word such as
``카지노`` is only cut where a clue points at that very place, so that news about casinos keeps its words.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import document as d
from ..korean import (
    NUMBER_UNITS,
    SYLLABLES,
    SYLLABLES_OR_NONE,
    ends_in_particle,
    is_hangul,
    is_particle_chain,
    leading_particle,
    particle_fits,
    syllables_apart,
)
from ..normalize import fold
from ..parse.html import surroundings
from .evidence import collect
from .grammar import names
from .layout import LATIN_NAME, LISTED, closes_a_number, counted, hidden_link_farm
from .lexicon import STRONG, Lexicon, Phrase
from .page import (
    AFTER_EMAIL,
    ARTICLE,
    BARE,
    BARE_LINK,
    COMMERCIAL,
    CONTAMINATED,
    FULLWIDTH,
    FULLWIDTH_WORDS,
    GAME_NOT_IN_TWIN,
    GLUED_OFF_TOPIC,
    HASHTAGS,
    IN_BRACKETS_BEFORE_BYLINE,
    IN_NUMBER,
    INVISIBLE,
    KEYWORD_LINE,
    LATIN_GLUED,
    LATIN_NAME_NOT_IN_TWIN,
    LINK_TO,
    LONE,
    LOOKALIKE,
    LOOKALIKE_ONE,
    MISFIT_ONCE,
    OFF_SUBJECT,
    OUTVOTED_HEADLINE,
    PLAIN_BARE,
    PLAIN_TAGS,
    PLURAL_CAPITALS,
    PLURAL_NAME,
    PROMO,
    REPLACED,
    SEVERAL,
    SHAPED,
    SPELLED,
    SPELLED_OUT,
    SUBJECT_NOT_IN_TWIN,
    W_MEDIUM,
    W_STRONG,
    Clue,
    Page,
    host_of,
    norm_keyword,
    quoted_ad_copy,
    without_own_edges,
)
from .prose import LEXICAL, subject_name
from .shapes import shapes
from .twinclues import DIFFERS_FROM_TWIN, GLUED_BEFORE_TWIN, unknown_twins


@dataclass
class Span:
    """A stretch of one block's text that is spam."""

    block: int
    start: int
    end: int
    keyword: str
    reasons: list[str] = field(default_factory=list)
    weight: float = 0.0
    kind: str = "insert"  # set by the removal step: "insert" (cut it) or "substitute" (a word to put back)


def _combine(ws: list[float]) -> float:
    p = 1.0
    for w in ws:
        p *= 1.0 - min(w, 0.999)
    return 1.0 - p


# what the words of a phrase say of its place, and nothing of the way it is written there
_ON_A_SPAM_PAGE = ", on a page shown contaminated"  # what a weak clue's reason says once it is proof
_READ_FROM_WORDS = (COMMERCIAL, OFF_SUBJECT, BARE, f"{BARE}{_ON_A_SPAM_PAGE}")

# clues that are proof on a page shown contaminated by others
_WEAK_ALONE = (BARE, LONE, PROMO, BARE_LINK, LATIN_GLUED, GLUED_OFF_TOPIC, MISFIT_ONCE, PLURAL_NAME, PLURAL_CAPITALS,
               AFTER_EMAIL, SHAPED, GAME_NOT_IN_TWIN, IN_BRACKETS_BEFORE_BYLINE, OUTVOTED_HEADLINE, SUBJECT_NOT_IN_TWIN,
               PLAIN_TAGS, FULLWIDTH_WORDS, LOOKALIKE_ONE, LATIN_NAME_NOT_IN_TWIN)


def _weigh(clues: list[Clue]) -> float:
    """A keyword's weight: its clues combined as independent evidence, one per reason (the same reason seen at
    two places of the page is one observation: a casino's name used twice in a story about it proves nothing)."""
    best: dict[str, float] = {}
    for c in clues:
        reason = _ONE_OBSERVATION.get(c.reason, c.reason)
        best[reason] = max(best.get(reason, 0.0), c.weight)
    return _combine(list(best.values()))


# reasons that read one thing (a phrase that is not a word of the story's sentences) and count once together: a
# term of a story about gambling, bare at one place and with a particle at another, proves nothing by itself; a
# casino's name bare in a headline its copies word otherwise (강원랜드카지노 for 강원랜드) is one reading too
_ONE_OBSERVATION = {SHAPED: BARE, OUTVOTED_HEADLINE: PLAIN_BARE, PLURAL_CAPITALS: LATIN_GLUED}


# (compiled once: classes of Hangul syllables are slow to compile, and re's cache lets them go on a long run)
_LETTER = re.compile(r"[a-z가-힣]")
_LETTERS_DIGITS = re.compile(r"[a-z가-힣0-9]+")
_FOUR_LETTERS_DIGITS = re.compile(r"[a-z가-힣0-9]{4,}")


def _specific(keyword: str, page: Page, reasons: set[str]) -> bool:
    marks = (DIFFERS_FROM_TWIN, GLUED_BEFORE_TWIN, "in a hidden block", LINK_TO, LISTED, SPELLED, LATIN_GLUED,
             IN_NUMBER, INVISIBLE, FULLWIDTH, LOOKALIKE)
    marked = any(r.startswith(marks) or SEVERAL in r or REPLACED in r for r in reasons)
    phrases = list(page.lexicon.phrases(keyword))
    letters_digits = bool(_LETTER.search(keyword) and re.search(r"\d", keyword))
    if phrases:
        # a game word glued to a name (OOO슬롯) is a name too; so is a word the page itself marks (배팅의신), and a
        # word with digits (무직자대출99)
        named = any(p.start >= 2 and _LETTERS_DIGITS.fullmatch(keyword) for p in phrases)
        marked_word = marked and _FOUR_LETTERS_DIGITS.fullmatch(keyword) is not None
        return (any(p.strength >= STRONG for p in phrases) or len(keyword.split()) >= 2 or named or marked_word
                or letters_digits)
    # a keyword in no list: a name-shaped token (letters with digits, or Latin letters standing in Korean text)
    # that the page marks, or any word the page marks in two different ways
    latin_name = bool(re.fullmatch(r"[a-z][a-z0-9]{3,}", keyword.replace(" ", "")))
    hangul_name = len(keyword.replace(" ", "")) >= 4 and marked
    return letters_digits or (latin_name and marked) or hangul_name or (len(reasons) >= 2 and len(keyword) >= 3)


def _the_storys_term(keyword: str, page: Page) -> bool:
    """A phrase of one of the other topics that the story itself says as a word of its sentences, with a particle
    that fits it (``이혼 상담이``, ``이혼 상담을`` in a story about divorce counselling): what spam's line shares with
    the story is not spread to the story's own places; its line goes, and its other proofs stand."""
    phrases = list(page.lexicon.phrases(keyword))
    # the phrase whole and words of the lexicon only (이혼 상담; not 이혼119톡, a name that carries the particles of
    # the word it replaced)
    if (len(phrases) != 1 or len(phrases[0].atoms) < 2 or not phrases[0].kinds <= {"topic", "intent"}
            or (phrases[0].start, phrases[0].end) != (0, len(keyword))):
        return False
    pattern = re.compile(r"\s?".join(re.escape(t) for t in keyword.split()))  # no class of syllables: compiled fast
    for b in page.blocks(d.TITLE, d.CAPTION, d.PARAGRAPH):
        text = page.folded[b.id].text
        for m in pattern.finditer(text):
            if m.start() and is_hangul(text[m.start() - 1]):
                continue
            part = SYLLABLES_OR_NONE.match(text, m.end()).group()
            if part and is_particle_chain(part) and particle_fits(keyword[-1], leading_particle(part)) is not False:
                return True
    return False


def _keyword_regex(keywords: list[str], apart: set[str]) -> re.Pattern | None:
    """The keywords in any of their spellings on the page's folded view: a space or none where a keyword has one;
    and a keyword the page spells apart (``apart``) spelled apart again, its last syllable with a particle glued
    to it (``파 도 왕 벳은``, whose folded view joins the syllables spelled alone: ``파도왕 벳은``), from the start
    of a word (not ``자유 티벳``, the story's words)."""
    if not keywords:
        return None
    alts = []
    for k in sorted(set(keywords), key=lambda k: (-len(k), k)):
        alts.append(r"\s?".join(re.escape(t) for t in k.split()))
        letters = k.replace(" ", "")
        if k in apart and len(letters) >= 3 and SYLLABLES.fullmatch(letters):
            head = "|".join((re.escape(letters[:-1]), " ".join(map(re.escape, letters[:-1]))))
            alts.append(f"(?<![가-힣])(?:{head}) {re.escape(letters[-1])}")
    return re.compile("|".join(alts))


def detect(doc: d.Document, lexicon: Lexicon) -> d.Document:
    """Fill ``doc.keywords``, ``doc.spans``, ``doc.score`` and ``doc.contaminated``.

    The article's own blocks (with the page's copies of its title and lead, and its hidden blocks) are looked at
    first; the text around the article (menus, attributes, footers) is read only when they show a lexicon phrase
    or a link to a gambling domain, which spares clean pages the work."""
    page = Page.of(doc, lexicon)
    suspect = _suspect(doc, page)
    if doc.tree is not None:
        if suspect:
            surroundings(doc)
            page = Page.of(doc, lexicon, known=page)
        doc.tree = None  # the parsed tree is not needed further on
    if not suspect:
        return doc  # nothing on the page to look into: clean
    clues = collect(page)
    by_kw: dict[str, list[Clue]] = {}
    for c in clues:
        by_kw.setdefault(c.keyword, []).append(c)
    held = _hold_subject_names(by_kw, page)
    weights = {k: _weigh(cs) for k, cs in by_kw.items()}
    proven = {k for k, w in weights.items() if w >= CONTAMINATED}
    if proven:
        # on a page shown contaminated, a commercial phrase standing bare in a sentence was slipped in too; a name
        # shaped like an ordinary compound only in a paragraph that holds proven spam
        spammed = {c.block for c in clues if c.keyword in proven and c.block is not None}
        for c in clues:
            if c.reason in _WEAK_ALONE and id(c) not in held:
                c.weight, c.reason = W_STRONG, f"{c.reason}{_ON_A_SPAM_PAGE}"
            elif c.reason == PLAIN_BARE and c.block in spammed and id(c) not in held:
                c.weight, c.reason = W_STRONG, f"{c.reason}, in a paragraph with proven spam"
        weights = {k: _weigh(cs) for k, cs in by_kw.items()}
        proven = {k for k, w in weights.items() if w >= CONTAMINATED}
    doc.contaminated = bool(proven)
    doc.score = round(_combine(list(weights.values())), 3) if weights else 0.0
    if not doc.contaminated:
        doc.score = min(doc.score, CONTAMINATED - 0.01)
    # (a keyword a twin shows whole, 노먹튀 KW where the clean copy has 버스 after the same 시내, glues nothing of
    # the story's: its first syllables are spam's)
    whole = {k for k, cs in by_kw.items() if any(c.reason.startswith(f"{DIFFERS_FROM_TWIN} (") for c in cs)}
    alias = _aliases(proven, page, whole)
    for k, k2 in alias.items():  # a glued form (고등킹덤55벳) proves its keyword (킹덤55벳)
        while k2 in alias:  # (중고등킹덤55벳 of 고등킹덤55벳 of 킹덤55벳)
            k2 = alias[k2]
        by_kw.setdefault(k2, []).extend(by_kw[k])
        weights[k2] = max(weights.get(k2, 0.0), weights[k])
        alias[k] = k2
    proven = (proven | set(alias.values())) - set(alias)

    def admit(found: list[Clue]) -> None:
        """Clues that proven keywords lead to, each proving its own keyword."""
        for c in found:
            clues.append(c)
            by_kw.setdefault(c.keyword, []).append(c)
            weights[c.keyword] = max(weights.get(c.keyword, 0.0), c.weight)
            proven.add(c.keyword)

    admit(_names_after(clues, proven, page))
    admit(_tags_beside(proven, page))  # after the names: a tag may name one of them
    admit(_tags_naming(proven, page))
    ranked = sorted(proven, key=lambda k: (-weights[k], k))  # one order, whatever the set's: outputs reproducible
    storys = {k for k in ranked if _the_storys_term(k, page)}
    spread = [k for k in ranked if c_any(by_kw[k]) and _specific(k, page, {c.reason for c in by_kw[k]})
              and k not in storys]
    for k, longer in _words_before(spread, page).items():
        by_kw[longer] = [Clue(longer, ALWAYS_BEFORE, weights[k])]
        weights[longer] = weights[k]
        ranked.append(longer)
        spread.append(longer)
    doc.keywords = {k: sorted({c.reason for c in by_kw[k]}) for k in ranked}
    kw_re = _keyword_regex(spread, {k for k in spread if any(c.reason in (SPELLED, SPELLED_OUT) for c in by_kw[k])})
    unspaced: dict[str, str] = {}
    for k in spread:
        unspaced.setdefault(k.replace(" ", ""), k)

    spans: list[Span] = []
    clues_of: dict[int | None, list[Clue]] = {}
    for c in clues:
        clues_of.setdefault(c.block, []).append(c)
    looked_for = set(spread)
    for b in doc.blocks:
        if b.role not in ARTICLE:
            continue
        found: list[Span] = []
        for c in clues_of.get(b.id, ()):
            if c.start is None and c.reason == KEYWORD_LINE and c.keyword in proven and c.keyword not in looked_for:
                # a line of keywords only, of words too common to look for elsewhere (무직자대출): here, where the
                # page shows them spam's
                f = page.folded[b.id]
                for m in re.finditer(re.escape(c.keyword), f.text):
                    a, e = f.span(m.start(), m.end())
                    found.append(Span(b.id, a, e, c.keyword, [c.reason], weights[c.keyword]))
            if c.start is None or c.end is None:
                continue
            if c.keyword in alias:
                a, e = _shrink(b.text, c.start, c.end, alias[c.keyword])
                found.append(Span(b.id, a, e, alias[c.keyword], [c.reason], weights[alias[c.keyword]]))
            elif c.keyword in proven and (c.weight >= W_STRONG or c.keyword not in storys) and not (
                    c.reason in _READ_FROM_WORDS and quoted_ad_copy(b.text, c.start, c.end)):
                # (where the story says the phrase as its own word, a place that weighs little alone stays its own;
                # so does one it quotes as spam's ad copy, when only its words made it a keyword's place)
                found.append(Span(b.id, c.start, c.end, c.keyword, [c.reason], weights[c.keyword]))
        if kw_re is not None:
            f = page.folded[b.id]
            for m in kw_re.finditer(f.text):
                a, e = f.span(m.start(), m.end())
                if quoted_ad_copy(b.text, a, e):
                    continue  # '카지노사이트 추천' 같은 문구: a story shows spam's phrase as its example
                k = _canonical(m.group(), unspaced)
                found.append(Span(b.id, a, e, k, list(doc.keywords.get(k, ["page keyword"])), weights.get(k, 1.0)))
        if found:
            found = _leave_number_units(_leave_number_digits(_extend(_merge(found), b, page), b.text), b.text)
            spans.extend(_leave_counted_digits(found, b.text, proven))
    doc.spans = _joined_pairs(spans, {b.id: b.text for b in doc.blocks})
    return doc


ALWAYS_BEFORE = "a word written only right before a proven keyword"


def _words_before(keywords: list[str], page: Page) -> dict[str, str]:
    """For a keyword that the page writes twice or more, always after the same word, standing apart or glued to
    another name's digits (``무한충전소 파워볼사이트`` eleven times, once as ``골드벳77무한충전소 ...``), that the
    article writes nowhere else: that word and the keyword, one keyword of spam's (a modifier no list knows, or one
    the lexicon leaves out of its phrases)."""
    if not keywords:
        return {}
    text = "\n".join(page.folded[b.id].text for b in page.blocks(*ARTICLE))
    # the text's words in order, to count those a keyword's first word starts (a keyword needs two such places
    # after a word and a space): most keywords are passed over without a scan of the text each
    words = sorted(text.split())
    out = {}
    for k in keywords:
        if len(k) > _LONGEST_NAME:
            continue  # a run of many phrases (a stuffed line), no name spam repeats: each of its places is long
        first = k.split()[0]
        if bisect.bisect_left(words, first + "\U0010ffff") - bisect.bisect_left(words, first) < 2:
            continue
        before = words_right_before(k, text)
        total = keyword_count(k, text)
        if total < 2 or len(before) != total or len(set(before)) != 1:
            continue
        word = before[0]
        if not _modifier_before(word, total, page) or starts_of_word(word, text) != total:
            continue
        out[k] = f"{word} {k}"
    return out


_LONGEST_NAME = 100

# where a word starts: not inside a word, nor after a number's digits (15억원), but after a name's (골드벳77)
_WORD_START = r"(?:(?<![가-힣a-z0-9])|(?<=[가-힣a-z]\d)|(?<=[가-힣a-z]\d\d)|(?<=[가-힣a-z]\d\d\d))"
# compiled once: a pattern with classes of Hangul syllables takes milliseconds to compile (the engine's table of
# the class is built character by character), far more than its search; one per keyword was most of the time
# that the detection of a contaminated page took
_AT_WORD_START = re.compile(_WORD_START)


def words_right_before(keyword: str, text: str) -> list[str]:
    """``[m.group(1) for m in re.finditer(rf"{_WORD_START}([가-힣a-z]{{2,8}}) {body}", text)]``, ``body`` the
    keyword's pattern (its words, a whitespace character or none between two: :func:`keyword_end`): the word
    (two to eight letters, at a word's start) one space before each place of the keyword, found from the keyword's
    places (a few) without a pattern compiled for each keyword.

    A match of the pattern has the keyword's first word (literal) one space after a run of letters, which is its
    word whole (a shorter one is followed by a letter, not by the space; a longer run has no word's start at two
    to eight letters from its end): each place of that first word is tried, from the left, and one starting
    before the end of the last match found is passed over, as ``finditer`` does."""
    words = keyword.split()  # (a keyword is never blank)
    out: list[str] = []
    end = 0  # where the last match found ends
    i = text.find(words[0], 1)
    while i >= 0:
        start = _run_of_letters(text, i - 1) if text[i - 1] == " " else -1
        if (start >= end and 2 <= i - 1 - start <= 8 and _AT_WORD_START.match(text, start)
                and (after := keyword_end(words, text, i)) >= 0):
            out.append(text[start : i - 1])
            end = after
        i = text.find(words[0], i + 1)
    return out


def _run_of_letters(text: str, end: int) -> int:
    """Where the run of letters (``[가-힣a-z]``) that ends at ``end`` starts, looked for nine letters back at most
    (a longer run is passed over as one of nine)."""
    start = end
    while start > 0 and end - start < 9 and ("가" <= text[start - 1] <= "힣" or "a" <= text[start - 1] <= "z"):
        start -= 1
    return start


def keyword_end(words: list[str], text: str, i: int) -> int:
    """Where the place of a keyword (its ``words``) that starts at ``i`` ends, ``-1`` when none starts there: what
    ``re.compile(r"\\s?".join(map(re.escape, words))).match(text, i)`` reads, without compiling it.  Between two words
    a whitespace character is taken when there is one (the next word starts with none, so the pattern's try
    without it would fail there)."""
    for n, w in enumerate(words):
        if n and i < len(text) and text[i].isspace():  # (\s is str.isspace's characters)
            i += 1
        if not text.startswith(w, i):
            return -1
        i += len(w)
    return i


def keyword_count(keyword: str, text: str) -> int:
    """``len(re.findall(body, text))`` of the keyword's pattern (:func:`keyword_end`): its places, none
    overlapping, from the left."""
    words = keyword.split()
    n, i = 0, text.find(words[0])
    while i >= 0:
        end = keyword_end(words, text, i)
        if end >= 0:
            n += 1
            i = text.find(words[0], end)
        else:
            i = text.find(words[0], i + 1)
    return n


def starts_of_word(word: str, text: str) -> int:
    """``len(re.findall(rf"{_WORD_START}{word}", text))`` for a ``word`` of letters: the places of ``word`` at a
    word's start, none overlapping, found by ``str.find`` (no pattern compiled for each word)."""
    n, i = 0, text.find(word)
    while i >= 0:
        if _AT_WORD_START.match(text, i):
            n += 1
            i = text.find(word, i + len(word))
        else:
            i = text.find(word, i + 1)
    return n


def _modifier_before(word: str, total: int, page: Page) -> bool:
    """Whether ``word``, written right before each of a keyword's ``total`` places and nowhere else, may be spam's
    own modifier of it: a word no list knows or a modifier only spam uses; one that is also prose (``최신``,
    ``실시간``: the lexicon leaves it out of phrases) only at four places or more, where the story's own word
    (``해외 KW는`` three times) would have been written elsewhere too.  Not a noun with its particle (``경찰은``),
    a sentence's subject, nor a word holding a lexicon phrase (``시내파워볼사이트``: a keyword glued to the
    article's word, which its own evidence cuts at the right place)."""
    kind = page.lexicon.kind_of(word)
    return ((not kind or kind == "modifier" or (kind == "common" and total >= 4)) and not ends_in_particle(word)
            and not any(p.strength >= STRONG for p in page.lexicon.phrases(word)))


_NAME_AFTER = re.compile(r" ([가-힣A-Za-z]{2,8}\d{1,3})(?=[\s,.:)\]]|$|([가-힣]+))")


def _names_after(clues: list[Clue], proven: set[str], page: Page) -> list[Clue]:
    """A name with digits standing right after a proven keyword, one space apart and without a particle
    (``바카라사이트추천 은하수77 행사``, glued to the next word: ``KW 은하수77시민들은``, or heading the template's
    line: ``KW 은하수77: 문장``): the rest of the keyword, as spam writes its names (what no list knows).
    The name is then looked for everywhere on the page, where it may have taken a word's place.  Not a name a
    headline without spam writes (``바카라사이트 코로나19 이후``: spam slipped in before the story's own name), nor,
    before a colon or a comma, one that a paragraph without spam writes too (``KW 코로나19: ...``)."""
    out = []
    texts = {b.id: b.text for b in page.doc.blocks}
    spammed = {c.block for c in clues if c.keyword in proven}
    title = " ".join(page.folded[b.id].text for b in page.blocks(d.TITLE) if b.id not in spammed)
    for c in clues:
        if c.keyword not in proven or c.block is None or c.end is None:
            continue
        text = texts[c.block]
        m = _NAME_AFTER.match(text, c.end)
        if m and m.group(2) and (is_particle_chain(m.group(2)) or counted(m.group(2))):
            m = None  # a particle of the name's own (a substitution's), or a number and its unit (올해 2분기)
        if m and (fold(m.group(1)) in title or (text[m.end(1) : m.end(1) + 1] in ",:" and any(
                fold(m.group(1)) in page.folded[b.id].text for b in page.blocks(*ARTICLE) if b.id not in spammed))):
            m = None
        if m and fold(m.group(1)) not in proven:
            out.append(Clue(fold(m.group(1)), "a name right after a proven keyword", W_STRONG, c.block,
                            m.start(1), m.end(1)))
    return out


def _tags_beside(proven: set[str], page: Page) -> list[Clue]:
    """The tags of a hashtag run that names a proven keyword (``#은하수77 #달빛클럽`` beside a proven
    ``바카라사이트은하수77``): spam's list of its keywords, each tag one of them, in no list or not.  The tag that
    ties the run to the keyword is the keyword itself or a name with digits inside it."""
    if not proven:
        return []
    out = []
    for b in page.blocks(*ARTICLE):
        if "#" not in b.text:
            continue
        for m in HASHTAGS.finditer(b.text):
            tags = [(t.start(1), t.end(1), fold(t.group(1))) for t in re.finditer(r"#([^\s#]+)", m.group())]
            if not any(t in proven or (_DIGIT_NAME.fullmatch(t) and any(t in k for k in proven)) for *_, t in tags):
                continue
            for a, e, t in tags:
                # (a word the story's prose writes twice is its own, whatever run spam wrote it into)
                if t not in proven and not (page.said(t) >= 2 and not re.search(r"\d", t)):
                    why = f"{LISTED} (a hashtag run naming a proven keyword)"
                    out.append(Clue(norm_keyword(t), why, W_STRONG, b.id, m.start() + a - 1, m.start() + e))
    return out


def _tags_naming(proven: set[str], page: Page) -> list[Clue]:
    """Tags of the page's tag list that are the name inside a proven keyword (``#마블카지노`` beside a proven
    ``마블카지노 추천``): a brand or a name with digits, spam's tag for it.  A tag the story's prose says as a
    word of its own, twice, stays the story's."""
    out = []
    for b in page.blocks(d.TAG):
        t = page.folded[b.id].text.strip().lstrip("#")
        if (t and t not in proven and any(t in k for k in proven) and page.said(t) < 2
                and (_DIGIT_NAME.fullmatch(t) or _commercial(t, page))):
            out.append(Clue(norm_keyword(t), f"{LISTED} (a tag naming a proven keyword)", W_STRONG, b.id, 0,
                            len(b.text)))
    return out


def _hold_subject_names(by_kw: dict[str, list[Clue]], page: Page) -> set[int]:
    """Weaken the shape-only clues of the names an article is about (see :func:`subject_name`), on a contaminated
    page too: a name is cut only on evidence of what spam did with it (a particle of another word, a twin that
    differs, a hidden block), never for its shape alone, nor for heading a sentence (a story's sentences begin
    with what it is about: ``K9 자주포는``).  A name that a link to a gambling site holds in its anchor beside a
    commercial phrase (``미니게임이벤트 KW``) is spam's, whatever its uses; beside ordinary words (``KW 투자정보``)
    it may be the company's own link.  Returns the ids of the weakened clues."""
    held = set()
    linked = {k for k, cs in by_kw.items() if " " in k and any(_to_gambling_site(c, page) for c in cs)}
    named = {w for k in linked for w in k.split() if any(_commercial(x, page) for x in k.split() if x != w)}
    for k, cs in by_kw.items():
        shaped = [c for c in cs if (c.reason.startswith(LEXICAL) or c.reason == LONE) and c.weight > W_MEDIUM / 2]
        if shaped and k not in named and (subject_name(page, k) or _compound_of_a_subject(k, page)):
            for c in shaped:
                held.add(id(c))
                c.weight = W_MEDIUM / 2  # two or three such reasons together stay below proof
    return held


def _commercial(word: str, page: Page) -> bool:
    """``word`` is a strong lexicon phrase from end to end (``미니게임이벤트``)."""
    return any(p.strength >= STRONG for p in page.lexicon.whole_phrases(word))


def _to_gambling_site(c: Clue, page: Page) -> bool:
    """Whether the clue is a link's, to a host named for gambling (see :func:`.layout.offsite_links`)."""
    return c.reason.startswith(LINK_TO) and page.lexicon.is_gambling_domain(c.reason.removeprefix(LINK_TO))


_DIGIT_NAME = re.compile(r"[a-z가-힣]{2,}\d+")


def _aliases(proven: set[str], page: Page, whole: set[str] = frozenset()) -> dict[str, str]:
    """Glued forms of a keyword: ``고등킹덤55벳`` is ``킹덤55벳`` glued to what is left of ``고등학교``, when the
    page also shows ``킹덤55벳`` alone.  Maps each glued form to the keyword; none of ``whole`` is one."""
    out: dict[str, str] = {}
    for k in sorted(proven - whole):
        # the keywords inside k, at most four characters shorter: its substrings of those lengths, looked up (not
        # every pair of keywords compared: a page of thousands of tags); one order whatever the set's
        inside = {k[i : i + n] for n in range(max(1, len(k) - 4), len(k)) for i in range(len(k) - n + 1)}
        best = None
        for k2 in sorted(inside & proven):
            extra = k.replace(k2, "", 1)
            if k.startswith(k2) and any(p.end == len(k) and "brand" in p.kinds for p in page.lexicon.phrases(k)):
                continue  # 승부사77벳: the name's own ending (벳), not a word glued after 승부사77
            if k.startswith(k2) and any("brand" in p.kinds for p in page.lexicon.whole_phrases(extra)):
                continue  # KW은하벳: a brand glued after the keyword, spam's too, not what is left of a word
            # a name with digits is as specific as a commercial phrase (중앙은하수24 is 은하수24 glued to 중앙)
            strong = any(p.strength >= STRONG for p in page.lexicon.phrases(k2)) or _DIGIT_NAME.fullmatch(k2)
            if SYLLABLES.fullmatch(extra) and strong and (best is None or len(k2) > len(best)):
                best = k2
        best = best or _name_said_alone(k, page)
        if best:
            out[k] = best
    return out


_REMNANT = 4  # syllables of a story's word left before a name put in its place, at most


def _inside_a_word(k: str, page: Page, subject: str = "") -> bool:
    """Whether the prose writes ``k`` glued to syllables after it that are no particles (``대한별무리벳응급의학회``).
    With ``subject`` (a name ``k`` ends with), a word the story writes on its own with those syllables too
    (``샤벳바`` beside ``레몬샤벳바``, in the headline or the prose) is no such place: the compound is the story's,
    around its own word."""
    text = page.tagless_prose
    for m in re.finditer(re.escape(k), text):
        run = SYLLABLES_OR_NONE.match(text, m.end()).group()
        if run and not is_particle_chain(run) and not (subject and re.search(
                rf"(?<![가-힣]){re.escape(subject + run)}(?![가-힣])", page.article()[0])):
            return True
    return False


def _compound_of_a_subject(k: str, page: Page) -> bool:
    """A compound the story writes with the name it is about (:func:`.prose.subject_name`) at its end and a word of
    its own before it (``유자소르벳``, ``강남바른벳``): the story's too.  Never inside a word, where spam's name stands
    in the place of a word of the story's compound (see :func:`_name_said_alone`)."""
    for i in range(1, min(len(k) - 1, _REMNANT + 1)):
        if not SYLLABLES.fullmatch(k[:i]):
            return False
        if subject_name(page, k[i:]):
            return not _inside_a_word(k, page, k[i:])
    return False


def _name_said_alone(k: str, page: Page) -> str | None:
    """The brand-shaped name that ends a proven keyword and that the prose writes on its own elsewhere, twice or
    more, with what is left of one of the story's words glued before it and after it: ``대한별무리벳`` (of
    ``대한별무리벳응급의학회``) is ``별무리벳`` put in the place of 소아 inside ``대한소아응급의학회``, where the story
    writes ``야간 별무리벳 진료``.  The rest of the keyword being the story's, the name is proven by the glued form,
    even where the story's uses of it alone would pass for a subject's name.  (Not a name with digits: a story's
    own is glued so too, ``삼성갤럭시S24울트라``, ``포스트코로나19시대``.)"""
    name = None
    if len(k) > _LONGEST_NAME or not SYLLABLES.match(k):
        return None  # (a run of many phrases, a stuffed line, is no name glued to a word)
    for i in range(1, min(len(k) - 2, _REMNANT + 1)):
        if not SYLLABLES.fullmatch(k[:i]) or any(True for _ in page.lexicon.phrases(k[:i])):
            return None  # (spam's own phrase glued before its name, 파워사다리이벤트은하수77, is no story's word)
        if any("brand" in p.kinds for p in page.lexicon.whole_phrases(k[i:])) and page.said(k[i:]) >= 2:
            name = k[i:]
            break
    return name if name and _inside_a_word(k, page) else None  # (유자소르벳이: the story's compound)


def _shrink(text: str, start: int, end: int, keyword: str) -> tuple[int, int]:
    """The part of ``text[start:end]`` that is ``keyword`` (compared folded)."""
    from ..normalize import Folded

    f = Folded(text[start:end])
    i = f.text.find(keyword)
    if i < 0:
        return start, end
    a, e = f.span(i, i + len(keyword))
    return start + a, start + e


def _suspect(doc: d.Document, page: Page) -> bool:
    """Whether the article gives a reason to look further: a lexicon phrase, a link to a gambling domain, a
    hidden farm of links to spam-shaped addresses, an obfuscated spelling, a name-shaped token glued to Korean
    (``LUCKYPEAK가``, ``Rocket36양당의``), or copies of a caption or headline that disagree."""
    found = [page.folded[k].text[p.start : p.end] for k, ps in page.phrases.items() for p in ps]
    # outside Korean text one game word (a time slot, a safe bet) is the language's own: a commercial phrase or
    # two different ones are needed
    strong = any(p.strength >= STRONG for ps in page.phrases.values() for p in ps)
    if found and (page.korean or strong or len(set(found)) >= 2):
        return True
    text = page.article()[0]  # the article's blocks between newlines
    obfuscated = (page.may_hold(_OBFUSCATION[0]) and _OBFUSCATION[0].search(text)) or _OBFUSCATION[1].search(text)
    # syllables spaced apart need syllables: a page without any (known from its characters) is spared the scan
    if obfuscated:
        return True
    if page.hangul:
        if _spaced_out_in(page, text):
            return True
        page.unspaced = text  # what shapes() is then spared: its runs spaced apart are such runs too
    if _gambling_links(doc, page.lexicon):
        return True
    if not page.korean:
        return False
    return (_glued_name(text, page.alnum_runs()) or hidden_link_farm(page)
            or bool(shapes(page) or names(page) or unknown_twins(page)))


def _glued_name(text: str, runs: list[tuple[int, int]]) -> bool:
    """A name-shaped Latin token (letters with digits, or capitals inside) glued to Korean on either side.

    The seams are where a Hangul syllable meets a letter after it or a letter or digit before it, taken from the
    left, a seam overlapping the one taken before being passed over (as a scan for the two characters takes
    them); each seam taken reads the run of letters and digits it touches.  ``runs``: the spans of the text's runs
    of ASCII letters and digits (:meth:`Page.alnum_runs`, one scan shared with the other readers of Latin names),
    which a Korean text has few of: no scan that stops at every syllable."""
    last, n = -2, len(text)  # where the last seam taken starts
    for s, e in runs:
        read = False
        # ("가" <= c <= "힣": c is a Hangul syllable)
        if s > 0 and text[s] > "9" and "가" <= text[s - 1] <= "힣" and s - 1 >= last + 2:  # 가A: letter after Hangul
            last, read = s - 1, True
        if e < n and "가" <= text[e] <= "힣" and e - 1 >= last + 2:  # A가, 9가: before Hangul
            last, read = e - 1, True
        # a name starts with a letter
        if read and text[s] > "9" and LATIN_NAME.fullmatch(text[s:e]):
            return True
    return False


def _spaced_out_in(page: Page, text: str) -> bool:
    """``_spaced_out(text)`` of the article's ``text``, read in the article blocks where folding found syllables
    spaced apart (:attr:`Page.spaced`) and those it has not folded: five syllables spaced apart hold such a run
    (the last four of them at least, after a gap), which folding takes from the left, none overlapping, so one of
    its runs meets them in their block; a match never crosses a block's edge (a newline), and at the edges the
    block's text alone reads as the article's."""
    if page.spaced is None:
        return _spaced_out(text)
    return any(_spaced_out(b.text) for b in page.article()[2] if b.id in page.spaced or b.id not in page.folded)


def _spaced_out(text: str) -> bool:
    """Five single syllables spaced apart, none of them part of a longer word (최근 두 달 전 쯤 is prose: 근
    ends 최근)."""
    # searched from the first gap, a literal the engine scans for: a match of _SPACED has a syllable before it that
    # comes after no syllable (the look-behind), the rest of the expression the same
    return any(p.search(text) for p in _SPACED_FROM_GAP)


# signs worth a closer look: invisible or fullwidth characters, five syllables spelled apart, letters in a number
# (separate expressions: one alternation of them is several times slower on a long page)
_OBFUSCATION = (
    re.compile(r"[\u200b-\u200d\u2060\ufeff\uff01-\uff5e]"),
    re.compile(r",(?<=\d,)[^\d\s,]"),  # the comma first, which the engine scans for: \d is slow to scan for
)
# a sign, not a clue: unlike shapes', the run may start right after a Latin letter or a digit
_SPACED = re.compile(syllables_apart("[ .]", 5, not_after="[가-힣]"))
# _SPACED searched from its first gap (a space or a full stop): each gap as a literal, the syllable before it and
# the test of the character before that syllable in a look-behind, then _SPACED's own rest
_SPACED_FROM_GAP = tuple(
    re.compile(rf"{gap}(?<=(?<![가-힣])[가-힣]{gap})" + _SPACED.pattern.split("[ .]", 1)[1]) for gap in (" ", r"\.")
)


def _gambling_links(doc: d.Document, lexicon: Lexicon) -> bool:
    return any(lexicon.is_gambling_domain(host_of(lk.href)) for b in doc.blocks for lk in b.links)


def c_any(cs: list[Clue]) -> bool:
    return any(c.propagate for c in cs)


def _canonical(matched: str, unspaced: dict[str, str]) -> str:
    """The keyword that ``matched`` spells, with or without its spaces (``unspaced``: each keyword by its
    letters, the first of those spelled alike)."""
    return unspaced.get(matched.replace(" ", ""), matched)


def _merge(spans: list[Span]) -> list[Span]:
    spans.sort(key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    for s in spans:
        if out and s.start <= out[-1].end:
            last = out[-1]
            longer = s.end > last.end and len(s.keyword) > len(last.keyword)
            _absorb(last, s, s.keyword if longer else last.keyword)
        else:
            out.append(s)
    return out


def _absorb(span: Span, other: Span, keyword: str) -> None:
    """Widen ``span`` over ``other`` (which starts inside it or right after it) under ``keyword``, with
    ``other``'s reasons too."""
    span.end = max(span.end, other.end)
    span.keyword = keyword
    span.reasons = sorted(set(span.reasons) | set(other.reasons))
    span.weight = max(span.weight, other.weight)


def _extend(spans: list[Span], block: d.Block, page: Page) -> list[Span]:
    """Widen each span by the whole atoms of the strong lexicon phrase around it (``타이탄벳`` inside
    ``메이저사이트 타이탄벳``); never by part of an atom (``킹덤55벳`` stays itself inside ``온라인킹덤55벳``), nor by
    the article's own words at its edges."""
    # the block's strong phrases in order, each with its place in the text and the atoms that may widen a span;
    # phrases do not overlap, so their ends are in order too and each span looks only at those it touches
    strong = [(*page.span_text(block, p)[:2], p) for p in page.phrases[block.id] if p.strength >= STRONG]
    ends = [e for _, e, _ in strong]
    for s in spans:
        for a, e, p in itertools.islice(strong, bisect.bisect_left(ends, s.start), None):
            if a > s.end:
                break
            if not (a < s.start or e > s.end):
                continue
            atoms = _widening_atoms(p, block, page)
            if not atoms or any(x < s.start < y or x < s.end < y for x, y in atoms):
                continue
            a, e = atoms[0][0], atoms[-1][1]
            if e > s.end and _INSIDE_A_NAME.match(block.text, e):
                continue  # KW|한도윤 기자: the atom would end inside a reporter's name that begins like it
            if a <= s.end and e >= s.start:
                s.start, s.end = min(a, s.start), max(e, s.end)
    return _merge(spans)


# the last syllables of a reporter's name, then the reporter's title
_INSIDE_A_NAME = re.compile(r"[가-힣]{1,3}\s*(?:기자|특파원|통신원)(?![가-힣])")


def _leave_counted_digits(spans: list[Span], text: str, proven: set[str]) -> list[Span]:
    """A span that is a proven keyword and the first digits of a number glued after it (``KW365|3위 결정전``, the
    keyword proven as ``KW365`` elsewhere) gives the digits back when a unit follows them: the article's ``3위``."""
    for s in spans:
        span = text[s.start : s.end]
        folded = fold(span)
        rest = SYLLABLES_OR_NONE.match(text[s.end :]).group()
        if len(folded) != len(span) or not folded[-1:].isdigit() or not counted(rest):
            continue
        for n in (1, 2, 3):
            if folded[-n - 1 : -n].isdigit() and folded[:-n] in proven:
                s.end -= n
                break
    return spans


def _joined_pairs(spans: list[Span], texts: dict[int, str]) -> list[Span]:
    """Two keywords that the page writes one space apart at every place of the first, twice or more
    (``시내그래프게임놀이터 별빛픽24가``): one keyword of spam's that the evidence found in two parts, so each pair
    is one span under the two keywords together, one insertion or one replaced word, whose particle and
    neighbours are those of the whole.  A first keyword that spam also wrote alone elsewhere (a substitution once
    followed by an inserted name) stays apart."""
    def adjacent(x: Span, y: Span) -> bool:
        return x.block == y.block and x.keyword != y.keyword and texts[x.block][x.end : y.start] == " "

    uses = Counter(s.keyword for s in spans)
    pairs = Counter((x.keyword, y.keyword) for x, y in itertools.pairwise(spans) if adjacent(x, y))
    joined = {k for k, n in pairs.items() if n >= 2 and n == uses[k[0]]}
    if not joined:
        return spans
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        if last is not None and (last.keyword, s.keyword) in joined and adjacent(last, s):
            # the pair is a keyword of its own: the second's places alone are not the pair's
            _absorb(last, s, f"{last.keyword} {s.keyword}")
        else:
            out.append(s)
    return out


_NUMBER_GROUP = re.compile(r"\d{3}(?!\d)")


def _leave_number_digits(spans: list[Span], text: str) -> list[Span]:
    """A span slipped in after a number's comma (``4,스.피.드...노820명``, ``1,은하벳200만원``,
    ``8,해외배팅사이트000만원``) ends where the number goes on: its next three digits and what follows them are the
    article's ``4,820명``, whatever the span's own shape or a lexicon phrase took with them."""
    for s in spans:
        if s.start >= 2 and text[s.start - 1] == "," and text[s.start - 2].isdigit():
            m = _NUMBER_GROUP.search(text, s.start + 1, s.end)
            if m:
                s.end = m.start()
            elif s.end < len(text) and text[s.end].isdigit() and text[s.end - 1].isdigit():
                # 3,KW0|00만원: the span took the first digit of the article's 000 (은하수24|820명 keeps its 24)
                run_end = s.end
                while run_end < len(text) and text[run_end].isdigit():
                    run_end += 1
                s.end = min(s.end, max(s.start + 1, run_end - 3))
    return spans


def _leave_number_units(spans: list[Span], text: str) -> list[Span]:
    """A span slipped into a number after its unit (``3만KW2000명``, ``1만8KW000명``) gives the number back: the
    unit at its start (a brand's shape took ``만`` as its first syllable) and, when a counter or another unit
    follows, the trailing digits that fill the group after the unit (four digits with those before the span):
    ``3만2000명``."""
    for s in spans:
        if s.start >= 1 and text[s.start] in NUMBER_UNITS and text[s.start - 1].isdigit() and s.end > s.start + 1:
            s.start += 1
        i = s.start
        while i > 0 and text[i - 1].isdigit():
            i -= 1
        if i < 2 or text[i - 1] not in NUMBER_UNITS or not text[i - 2].isdigit():
            continue
        span = text[s.start : s.end]
        run = len(span) - len(span.rstrip("0123456789"))
        rest = SYLLABLES_OR_NONE.match(text, s.end).group()
        more = s.end < len(text) and text[s.end].isdigit()  # (3만KW72|000명: the group goes on after the span)
        if run and (more or closes_a_number(rest)):
            s.end -= min(run, max(0, 4 - (s.start - i)), s.end - s.start - 1)
    return spans


def _widening_atoms(p: Phrase, block: d.Block, page: Page) -> list[tuple[int, int]]:
    """The places in the block's text of a phrase's atoms without the ordinary words at its edges: those are not
    spam's, nor, in an article about gambling, its game words (카지노 골드문카지노 in a casino's earnings story:
    the article's 카지노, spam's 골드문카지노)."""
    kept = list(without_own_edges(page, block, p).atoms)
    own = {"common", "game"} if page.gambling_topic else {"common"}
    while kept and kept[0].kind in own:
        kept.pop(0)
    while kept and kept[-1].kind in own:
        kept.pop()
    f = page.folded[block.id]
    return [f.span(x.start, x.end) for x in kept]
