"""Copies of the headline and of captions that disagree: the copy that differs is the dirty one.
"""

from __future__ import annotations

import re

from .. import document as d
from ..korean import SYLLABLES, SYLLABLES_OR_NONE, is_particle_chain, leading_particle, particle_fits
from ..normalize import fold
from ..twins import TwinPool, changes, find_twins, opcodes, two_photos
from .lexicon import STRONG, WEAK, Phrase, phrase_strength
from .page import (
    GAME_NOT_IN_TWIN,
    LATIN_NAME_NOT_IN_TWIN,
    OUTVOTED_HEADLINE,
    SUBJECT_NOT_IN_TWIN,
    W_MEDIUM,
    W_STRONG,
    Clue,
    Page,
    game_words_only,
    in_a_word_of_the_story,
    norm_keyword,
    on_topic,
    quoted,
    similar,
    without_own_edges,
    word_bounds,
)
from .prose import GAME_TAIL, NAME_ENDINGS, name_head, plain_name, subject_name


def title_twins(page: Page) -> list[Clue]:
    """Phrases in the tail that one copy of the headline has and the others do not."""
    clues = []
    copies = [b for b in page.doc.blocks
              if b.role == d.TITLE or (b.role == d.META and "title" in str(b.attrs.get("key")))]
    if len(copies) < 2:
        return clues
    for b in copies:
        # copies of one headline (not another headline written for sharing)
        alike = [o for o in copies if o.id != b.id and similar(b.text, o.text)]
        others = [fold(o.text) for o in alike]
        if not others:
            continue
        for p in (_without_twin_edges(page, b, without_own_edges(page, b, p), others) for p in page.phrases[b.id]):
            text = page.folded[b.id].text[p.start : p.end]
            if p.strength < WEAK or any(text in o for o in others):
                continue
            said = _said_game_words(page, text)
            # (a game word the story says, in one copy of the headline of a story about gambling: its editor's,
            # 바카라 where the SNS copy says 온라인 도박)
            if said and (page.gambling_topic or _with_its_neighbour_in_prose(page, page.folded[b.id].text, text)):
                continue
            a, e, orig = page.span_text(b, p)
            kw = norm_keyword(orig)
            # (a game word the story says, where the copies have another word; or the casino the story is about,
            # named in full where the copies name its firm: 강원랜드카지노 for 강원랜드)
            if not _another_brand(page, b.text, [o.text for o in alike]) and (
                    (said and _replaced(b.text, a, e, alike)) or _names_its_firm(page, b, p, others)
                    or _tail_of_a_name(page, b, a, e) or _the_storys_quoted_name(page, b, p)):
                clues.append(Clue(kw, OUTVOTED_HEADLINE, W_MEDIUM))  # (축구토토 where the copies say 스포츠토토)
            else:
                clues.append(Clue(kw, "in one copy of the headline only", W_STRONG))
    return clues


def _replaced(text: str, a: int, e: int, copies: list[d.Block]) -> bool:
    """Whether every copy has other words where ``text[a:e]`` stands: the headline reworded (축구토토 for
    스포츠토토), where spam adds its word to what the copies say."""
    return all(any(x < e and y > a and _LETTER.search(c.text[u:v]) for x, y, u, v in changes(text, c.text))
               for c in copies)


_LETTER = re.compile(r"[^\W\d_]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")  # (PM2.5 one word)


def _names_its_firm(page: Page, b: d.Block, p: Phrase, copies: list[str]) -> bool:
    """A casino's name shaped like an ordinary compound (강원랜드카지노: letters and a game word, no digits or 벳)
    that the story's prose says with its particles, where the copies name its firm (강원랜드): the headline names the
    casino in full.  (A name put in place of another word, 사이트 or a firm's other name, is no such name.)"""
    kw = norm_keyword(page.span_text(b, p)[2])
    head = name_head(kw)[0].strip()
    return (plain_name(p, kw) and len(head) >= 2 and page.said(kw) > 0
            and any(head in fold(c) and kw not in fold(c) for c in copies))


def _tail_of_a_name(page: Page, b: d.Block, a: int, e: int) -> bool:
    """Whether ``text[a:e]``, what the copies lack, is the game word ending a name the prose says whole with its
    particles (파라다이스카지노 where the copies name the firm, 파라다이스): the headline names the casino in full."""
    text = b.text
    start = a
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    whole = fold(text[start:e])
    return start < a and GAME_TAIL.search(whole) is not None and page.said(whole) > 0


_DIGITS_AND_GAME = re.compile(rf"[가-힣a-z]\d+(?:{'|'.join(NAME_ENDINGS)})")


def _another_brand(page: Page, text: str, copies: list[str]) -> bool:
    """Whether the copies name a brand or a commercial phrase the headline does not (``'해오름벳'`` where the
    headline says ``'달무리벳'``): one name swapped for another is spam's, however the headline writes it."""
    mine = fold(text)
    for c in copies:
        theirs = fold(c)
        if any(p.strength >= STRONG and theirs[p.start : p.end] not in mine for p in page.lexicon.phrases(theirs)):
            return True
    return False


def _the_storys_quoted_name(page: Page, b: d.Block, p: Phrase) -> bool:
    """A name the headline quotes (``'해피벳' 등 불법 도박 사이트``) and the story's prose says too: a newsroom's
    naming of what the story is about, where spam writes its keyword bare."""
    a, e, orig = page.span_text(b, p)
    return b.role == d.TITLE and quoted(b.text, a, e) and page.said(norm_keyword(orig)) >= 1


def twin_differences(page: Page) -> list[Clue]:
    """Lexicon phrases that a block has and its twin (another copy of it on the page) has not: inside the text
    the two share, or before it when the twin starts where the extra text ends (``비상금대출서울 ...`` beside a
    description that starts ``서울 ...``).  A tail the twin lacks is not evidence: descriptions are cut short."""
    clues = []
    texts = {b.id: b.text for b in page.doc.blocks}
    pool = TwinPool(page.doc.blocks)
    for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH):
        phrases = page.phrases[b.id]
        if not phrases:
            continue
        for t in find_twins(b, b.text, pool, texts)[:2]:
            ops = opcodes(b.text, t.text)
            equal = [op for op in ops if op[0] == "equal" and op[2] - op[1] >= 3]
            if not equal:
                continue
            lo = 0 if equal[0][3] == 0 else equal[0][1]
            hi = equal[-1][2]
            extra = [(op[1], op[2]) for op in ops if op[0] in ("delete", "replace") and op[1] < hi and op[2] > lo]
            for p in phrases:
                p = _without_twin_edges(page, b, without_own_edges(page, b, p), [fold(t.text)])
                a, e, orig = page.span_text(b, p)
                if not any(x < e and y > a for x, y in extra) or norm_keyword(orig) in fold(t.text):
                    continue
                if _the_twins_spam_in_its_stead(page, b, p, (a, e), t, ops):
                    continue
                if _the_storys_quoted_name(page, b, p) or (b.role == d.TITLE and _names_its_firm(page, b, p, [t.text])):
                    clues.append(Clue(norm_keyword(orig), OUTVOTED_HEADLINE, W_MEDIUM, b.id, a, e))
                elif not game_words_only(p) and subject_name(page, norm_keyword(orig)):
                    # the name the story is about, in one printing only: a newsroom's update names it too (강남구
                    # 바른벳 동물병원 beside 강남구 동물병원): weak alone, as its held shapes are
                    # (detect._hold_subject_names)
                    clues.append(Clue(norm_keyword(orig), SUBJECT_NOT_IN_TWIN, W_MEDIUM / 2, b.id, a, e))
                elif not game_words_only(p):
                    clues.append(Clue(norm_keyword(orig), f"not in its twin ({t.origin})", W_STRONG, b.id, a, e))
                elif not in_a_word_of_the_story(page, b, p, (t.id,)):
                    # an updated caption may name a place with a game word (카지노거리): weak alone
                    clues.append(Clue(norm_keyword(orig), GAME_NOT_IN_TWIN, W_MEDIUM, b.id, a, e))
            break
    return clues


def _the_twins_spam_in_its_stead(page: Page, b: d.Block, p: Phrase, span: tuple[int, int], t: d.Block,
                                 ops: list) -> bool:
    """Whether ``p`` is the story's words on its topic (``탐정 사무소`` in a story about detectives) where the twin
    has a game word or a brand (``은하88벳 사무소``): the twin is the dirty copy, this one the clean."""
    if not p.kinds <= {"topic", "intent"} or not on_topic(page, b, p):
        return False
    a, e = span
    # what the twin has in its place: replaced, or inserted where this copy's text is deleted
    spans = [(op[3], op[4]) for op in ops if op[0] != "equal" and op[3] < op[4] and op[1] <= e and op[2] >= a]
    theirs = [page.span_text(t, q)[:2] for q in page.phrases.get(t.id, ()) if {"game", "brand"} & q.kinds]
    return any(qa < y and qe > x for qa, qe in theirs for x, y in spans)


def _without_twin_edges(page: Page, b: d.Block, p: Phrase, others: list[str]) -> Phrase:
    """The phrase without the words standing apart at its edges that another copy has in the same place (``사설
    토토 KW`` beside ``사설 토토 조직``: 토토 and the word before it are the headline's own), while what remains is
    still a phrase."""
    f = page.folded[b.id].text
    atoms = list(p.atoms)
    # the word with a few characters of the text beyond it (at least two: a word alone proves nothing)
    while len(atoms) > 1 and f[atoms[0].end : atoms[1].start].isspace() and atoms[0].start >= 2:
        if not any(f[max(0, atoms[0].start - 6) : atoms[0].end] in o for o in others):
            break
        atoms.pop(0)
    while len(atoms) > 1 and f[atoms[-2].end : atoms[-1].start].isspace() and atoms[-1].end <= len(f) - 2:
        if not any(f[atoms[-1].start : atoms[-1].end + 6] in o for o in others):
            break
        atoms.pop()
    if len(atoms) == len(p.atoms):
        return p
    strength = phrase_strength(atoms, f)
    return Phrase(atoms[0].start, atoms[-1].end, tuple(atoms), strength) if strength >= WEAK else p


# two or three capitals, a particle at most after them (LG가, KT의)
_ACRONYM = re.compile(r"\s*[A-Z]{2,3}[가-힣]{0,2}\s*")


def _an_acronym(words: str) -> bool:
    """Two or three capitals (``LG``, ``KT``, ``SSG``, ``BTS``): a team's, a firm's or a band's name, which two
    photos' captions may name where each other names another in Hangul (``LG 선수들이`` beside ``두산 선수들이``);
    spam's names are longer, or carry digits."""
    return _ACRONYM.fullmatch(words) is not None


_HANGUL_TAIL = re.compile(r"(?<=[A-Za-z])[가-힣]+$")  # what follows a Latin name, glued (a particle)
# words of Latin letters, two or more, apart by single spaces (``TOTTENHAM HOTSPUR FC``, ``The Blue Hour``)
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z.&'-]*(?: [A-Za-z][A-Za-z.&'-]*)+")


def _latin_name(page: Page, text: str, start: int, end: int, skip: tuple[int, ...]) -> str:
    """Whether ``text[start:end]`` is inside a name of two Latin words or more with no digit (``TOTTENHAM HOTSPUR
    FC`` where another photo's caption says ``팀 K리그``): ``"story"`` when the article writes the name in another
    block too (the story about the match names the team: a team's, a band's or a firm's name, as two photos'
    captions may each name another), ``"once"`` when it does not (a band named in one printing only, or spam's
    ``LUCKY STAR``: weak alone), '' for no such name.  Spam's names are more often single tokens, with digits."""
    word = text[start:end]
    start, end = start + len(word) - len(word.lstrip()), end - len(word) + len(word.rstrip())
    tail = _HANGUL_TAIL.search(text, start, end)  # the name's particle (``SILVER OWL이`` beside ``밴드가``)
    if tail and is_particle_chain(tail.group()):
        end = tail.start()
    for m in _LATIN_WORDS.finditer(text):
        if m.start() <= start and end <= m.end():
            return "story" if _written_elsewhere(page, m.group(), skip) else "once"
    return ""


def _brandish(s: str) -> bool:
    """A token shaped like a name of a service rather than a Korean word: Latin letters or digits, or glued
    Hangul with Latin letters."""
    return bool(re.search(r"[A-Za-z0-9\uff10-\uff5a]", s))


# a headline's clause after its separator: ``…합계출산율 0.72명`` (a copy cut before it has no brand in it)
_CLAUSE = re.compile(r"\s*[…,·:]\s*(?=\S+\s+\S|[가-힣]{2,}\s*[\d.,]+[가-힣%])")


# a token shaped like a name of a service: Latin letters, or letters and then digits (번개픽36); a number with its
# unit (0.72명, 23만, 10%) is none
_BRAND_TOKEN = re.compile(r"[A-Za-z\uff21-\uff5a]|[가-힣][0-9\uff10-\uff19]")


def _a_clause(page: Page, words: str, game_words: bool = False) -> bool:
    """``words`` open with a headline's separator and go on as a clause with a Hangul word of its own and no
    lexicon phrase (but game words alone, with ``game_words``: ``…카지노·경마 한도 조정``): a copy of the headline
    cut short lacks them, no brand was slipped in (``…합계출산율 0.72명`` beside a ``<title>`` that stops before
    it)."""
    m = _CLAUSE.match(words)
    if not m:
        return False
    tokens = words[m.end() :].split()
    phrases = page.lexicon.phrases(fold(words))
    return (any(re.fullmatch(r"[가-힣]{2,}", t.strip(_EDGE)) for t in tokens)
            and not any(_BRAND_TOKEN.search(t) for t in tokens)
            and all(game_words and game_words_only(p) for p in phrases))


def unknown_twins(page: Page) -> list[Clue]:
    """Words in which a copy of the headline or of a caption differs from its twins, even when no list knows
    them: the copy that differs from two others is the dirty one (the visible title against og:title and
    ``<title>``), or, with two copies, the one whose differing word is shaped like a brand (LUCKYPEAK, 번개픽36).
    Korean pages only: elsewhere a word shaped like a brand is any word."""
    clues = []
    if not page.korean:
        return clues
    titles = [b for b in page.doc.blocks
              if b.role == d.TITLE or (b.role == d.META and str(b.attrs.get("key", "")).endswith("title"))]
    visible = [b for b in titles if b.role == d.TITLE]
    others = [b for b in titles if b.role != d.TITLE]
    for b in visible:
        agreeing = [o for o in others if same_headline(page, b.text, o.text)]
        if len(agreeing) >= 1:
            clues.extend(_diff_clues(page, b, agreeing, majority=len(agreeing) >= 2 or _agree(page, agreeing),
                                     headline=True))
    clues.extend(_glued_before_twins(page))
    for a, c in _caption_pairs(page):
        # (another photo's caption, a word apart, names another team or band: only spam's known words are learned)
        known = two_photos(a, c)
        clues.extend(_diff_clues(page, a, [c], majority=False, known_only=known))
        clues.extend(_diff_clues(page, c, [a], majority=False, known_only=known))
    return clues


def _caption_pairs(page: Page) -> list[tuple[d.Block, d.Block]]:
    """Each caption with each copy of it: a later caption, or a paragraph printed in the body (before or after)."""
    captions = page.blocks(d.CAPTION)
    copies = captions + [p for p in page.blocks(d.PARAGRAPH) if len(p.text) <= 400]
    return [(a, c) for a in captions for c in copies
            if not (c.id <= a.id and c.role == d.CAPTION) and similar(a.text, c.text)]


GLUED_BEFORE_TWIN = "glued before the start of its twin"
DIFFERS_FROM_TWIN = "differs from its twin"  # (a reason's start: the twin's origin follows in brackets)
_LEAD = 3
# one to three words of letters and digits, the last glued to what follows (no space, no mark between them)
_GLUED_OPENING = re.compile(r"[가-힣A-Za-z0-9]+(?: [가-힣A-Za-z0-9]+){0,2}")


def _glued_before_twins(page: Page) -> list[Clue]:
    """A paragraph that opens with a word or two glued to the text its twin (the page's description) opens with:
    ``별무리클럽강원 속초시가`` beside ``강원 속초시가``.  Whatever it is, no list needs to know it: a sentence never
    starts glued to a word, and the page's own copy of the sentence starts without it.  (The lead's paragraphs
    only: a description copies the lead, and a long page's every paragraph is not compared with its neighbours.)"""
    clues = []
    texts = {b.id: b.text for b in page.doc.blocks}
    pool = TwinPool(page.doc.blocks)
    for b in page.blocks(d.PARAGRAPH)[:_LEAD]:
        for t in find_twins(b, b.text, pool, texts)[:2]:
            ops = opcodes(b.text, t.text)
            if len(ops) < 2 or ops[0][0] != "delete" or ops[1][0] != "equal" or ops[1][3] != 0:
                continue
            k = ops[1][1]
            if ops[1][2] - k < 10 or not b.text[k].isalnum() or not _GLUED_OPENING.fullmatch(b.text[:k]):
                continue
            kw = norm_keyword(b.text[:k])
            if len(kw) >= 2 and kw not in fold(t.text) and not _written_elsewhere(page, b.text[: k + 2], (b.id, t.id)):
                clues.append(Clue(kw, f"{GLUED_BEFORE_TWIN} ({t.origin})", W_STRONG, b.id, 0, k))
                break
    return clues


def _written_elsewhere(page: Page, glued: str, skip: tuple[int, ...]) -> bool:
    """Whether the article writes ``glued`` (the opening and the twin's first syllables, ``국립한빛``) in another
    block: then the opening is the start of the story's own word (a description shortened ``국립한빛대학교병원``)."""
    return any(glued in b.text for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH) if b.id not in skip)


def _wrong_particle(text: str, end: int, mine: str, theirs: str) -> bool:
    """The particle after the differing word fits the twin's word and not this one (``별님라운지을`` beside
    ``우승을``): this copy's word is the one that took another's place."""
    after = SYLLABLES_OR_NONE.match(text[end:]).group()
    part = leading_particle(after)
    if not part or not mine or not theirs:
        return False
    return particle_fits(mine.strip(), part) is False and particle_fits(theirs.strip(), part) is True


def _an_edit(page: Page, b: d.Block, twins: list[d.Block], start: int, mine: str, theirs: str) -> bool:
    """Whether the words in which a headline differs from the copies that outvote it are its newsroom's edit rather
    than spam's: a headline's own separator and words after it that another copy has too (the visible headline and
    og:title against a ``<title>`` cut at the wrong separator); a newsroom's label opening it (``[단독]``); a word of
    the story's prose where the copies have only a particle or go on with the site's name (``유튜브 생중계`` beside
    ``유튜브로 | 한빛일보``: the headline reworded, where a keyword keeps the particle of the word it replaced); or
    game words that the prose writes with the headline's word beside them (``카지노 영업장`` in a casino story)."""
    kw = norm_keyword(mine)
    if not kw or (_SEPARATED.search(mine) and any(kw in fold(t.text) for t in twins)):
        return True
    if _NEWSROOM_LABEL.fullmatch(b.text[: start + len(mine)].strip()):
        return True
    if _CUT_SHORT.fullmatch(theirs) and not b.text[start + len(mine) :].strip(_EDGE + " "):
        return True  # the copy ends with an ellipsis where this one goes on to its end: cut short
    word = _FIRST_WORD.match(theirs)
    reworded = (word and word.group(1) and is_particle_chain(word.group(1))) or _SUFFIX.match(theirs)
    if reworded and kw in page.tagless_prose:
        return True
    return _said_game_words(page, kw) and _with_its_neighbour_in_prose(page, page.folded[b.id].text, fold(mine).strip())


def _said_game_words(page: Page, kw: str) -> bool:
    """Game words alone (``카지노``) that the story's prose says itself: a headline's word of its own topic."""
    phrases = list(page.lexicon.phrases(kw))
    return bool(phrases) and all(game_words_only(p) for p in phrases) and page.said(kw) >= 1


def _with_its_neighbour_in_prose(page: Page, headline: str, words: str) -> bool:
    """Whether the prose writes ``words`` together with the headline's word right before or after them (``카지노
    영업장`` of ``강원랜드, 카지노 영업장 확대``): the story's own phrase, where spam adds its game word at the
    headline's edge or between two words the story never writes with it."""
    i = headline.find(words)
    if i < 0:
        return False
    # the nearest words of two letters or more on each side (a separator, ``|`` or ``…``, is no word)
    before = [w for t in headline[:i].split() if len(w := t.strip(_EDGE)) >= 2][-1:]
    after = [w for t in headline[i + len(words) :].split() if len(w := t.strip(_EDGE)) >= 2][:1]
    pairs = [f"{w} {words}" for w in before] + [f"{words} {w}" for w in after]
    return any(p in page.tagless_prose for p in pairs)


_CUT_SHORT = re.compile(r"\s*(?:…|\.{2,})\s*")
_EDGE = ",.…·'\"‘’“”()[]|:"
# a headline's own separator inside the words it differs in (``| 데이터로 본 복권``)
_SEPARATED = re.compile(r"\s[|｜\-–—:]\s")
# the separator of a site's name (`` | 한빛일보``) where a copy differs: what it goes on with is the site's name
_SUFFIX = re.compile(r"\s*[|｜\-–—_:<>]\s")
# a copy's only word where it differs, before its end or the separator of a site's name
_FIRST_WORD = re.compile(r"\s*([가-힣]+)(?:\s*$|\s+[|\-–—_:·]\s)")
# the labels newsrooms open a headline with
_NEWSROOM_LABEL = re.compile(r"[\[【〔<〈《(]\s*(?:단독|속보|종합|인터뷰|포토|영상|기획|르포|사설|칼럼|시론|기고|"
                             r"해설|분석|팩트체크|이슈|현장|뉴스\s*분석|\d+보)\s*[\]】〕>〉》)]")


def _agree(page: Page, blocks: list[d.Block]) -> bool:
    first = blocks[0].text
    return len(blocks) >= 2 and all(same_headline(page, first, o.text) or same_headline(page, o.text, first)
                                    for o in blocks[1:])


# where a copy of the headline goes on with something else: a site's name, a section, spam's tail
_TAIL_SEPARATOR = re.compile(r"\s*(?:_|\s[|｜\-–—:]\s|::)")


def same_headline(page: Page, a: str, b: str) -> bool:
    """Whether ``b`` is a copy of the headline ``a``, perhaps with spam's tail after a separator (``<title>`` with
    ``_KW_x1f``, which makes it too long to compare whole).  Only ``b`` is cut, and only when it holds a commercial
    phrase or a brand that ``a`` has not: a site's name or section (`` | 한빛일보``, `` | 경마·경륜``) makes no copy
    of a headline the newsroom may have reworded, and the visible headline's own words after a dash are its own."""
    if similar(a, b):
        return True
    # (cuts too short or too long to be similar are not tried: a title of a million separators costs one scan)
    if not any(0.6 * len(a) <= m.start() <= len(a) / 0.6 and similar(a, b[: m.start()])
               for m in _TAIL_SEPARATOR.finditer(b)):
        return False
    return _another_brand(page, a, [b])


_MAX_CHANGES = 2  # places in which a copy of a caption differs at most


def _diff_clues(page: Page, b: d.Block, twins: list[d.Block], majority: bool, headline: bool = False,
                known_only: bool = False) -> list[Clue]:
    """Clues for the words of ``b`` that its twins replace or lack.  In the visible headline they are weak alone
    (:data:`.page.OUTVOTED_HEADLINE`) unless a particle fits only the copies' word.  With ``known_only``, only
    words in which the lexicon finds a phrase."""
    text = b.text
    out = []
    for t in twins:
        diffs = changes(text, t.text)
        if not headline and len(diffs) > _MAX_CHANGES:
            continue  # (a lead written from the photo's caption: another text, not a copy with a word swapped)
        ops = [op for op in diffs if op[1] > op[0]]
        # copies worded differently in several places are an edited headline, not one word swapped
        majority = majority and len({word_bounds(text, a, e) for a, e, _, _ in ops}) <= 2
        for src_a, src_e, dst_a, dst_e in ops:
            a, e = word_bounds(text, src_a, src_e)
            seg = text[a:e].strip()
            if not seg or len(seg) > 40:
                continue
            theirs = t.text[dst_a:dst_e]
            mine = text[src_a:src_e]
            outvoted = majority and not _an_edit(page, b, twins, src_a, mine, theirs)
            # (a name is a word or two: a sentence with a number, ``이날 최고기온은 35도였다``, is a lead's own)
            latin = "" if headline else _latin_name(page, text, src_a, src_e, (b.id, t.id))
            brand = (_brandish(mine) and not _brandish(theirs) and len(mine.split()) <= 2
                     and not _a_clause(page, mine) and (headline or not _an_acronym(mine))
                     and (headline or _BRAND_TOKEN.search(mine) is not None)  # (no date put in: 2일)
                     and latin != "story")
            misfit = _wrong_particle(text, src_e, mine, theirs)
            if outvoted or brand or misfit:
                # a dirty copy's word: the part of it that is not the twin's (the rest is the twin's word or its
                # particle)
                kw = norm_keyword(mine)
                if known_only and not any(page.lexicon.phrases(kw)):
                    continue
                # (another copy of the headline that says the words too: two copies against one)
                seconded = any(kw in fold(o.text) for o in twins if o is not t)
                if (src_e - src_a >= 2 and _LETTER_OR_DIGIT.search(kw) and kw not in fold(t.text)
                        and not (seconded and _cut_short(page, text, t.text))):
                    if headline and not misfit and (_reworded(page, b, src_a, src_e, theirs, [x.text for x in twins])
                                                    or (seconded and _plain_words(page, mine))
                                                    or _a_plain_word_said_once(page, b, twins, mine, theirs)):
                        out.append(Clue(kw, OUTVOTED_HEADLINE, W_MEDIUM, b.id, src_a, src_e))
                    elif latin == "once" and not misfit:
                        out.append(Clue(kw, LATIN_NAME_NOT_IN_TWIN, W_MEDIUM, b.id, src_a, src_e))
                    else:
                        out.append(Clue(kw, f"{DIFFERS_FROM_TWIN} ({t.origin})", W_STRONG, b.id, src_a, src_e))
    return out


# the end of a verb or an adjective (끝났다, 늘어, 갖췄다): a headline's predicate, which no keyword replaces
_PREDICATE_END = re.compile(r"(?:다|[었았했됐졌렸켰웠쳤였]|[어아여워와]|[고며])$")


def _a_plain_word_said_once(page: Page, b: d.Block, twins: list[d.Block], words: str, theirs: str) -> bool:
    """Words with no brand's shape and no lexicon word, in the place of the copies' words, that the page writes
    nowhere but in the visible headline, ending in a predicate or a word of two syllables (``배분 끝났다`` where
    og:title and ``<title>`` say ``배분 완료``, ``웃음 가득``): the newsroom's edit of a headline its meta tags
    kept, as likely as spam's, so weak alone.  Spam puts its word in every place of the word it replaces, or
    writes it in links and hidden blocks too, and its names are longer nouns (``별무리클럽``): those stay proof.
    Words the copies lack, added, are not so excused: spam slips a name into a headline (``유튜브로 별솔하우스
    생중계``)."""
    f = fold(words).strip()
    if len(f) < 2 or not theirs.strip() or _brandish(words) or any(page.lexicon.phrases(f)):
        return False
    last = f.split()[-1]
    if len(last) > 2 and not _PREDICATE_END.search(last):
        return False  # (a noun of three syllables or more no list holds is a made-up name's shape: 별무리클럽)
    skip = {b.id, *(t.id for t in twins)}
    return not any(f in page.folded[o.id].text for o in page.doc.blocks if o.id not in skip and o.id in page.folded)


def _plain_words(page: Page, words: str) -> bool:
    """Words with no brand's shape and no commercial phrase, and no lexicon word but one the story's prose says too
    (``폐광지역 카지노`` heading a casino's earnings; not ``온라인 카지노 바카라`` heading a story on litter): where
    another copy of the headline says them too, the headline's own words, or weak alone (two copies against one,
    which a newsroom's rewording of og:title makes as well as spam's)."""
    f = fold(words)
    phrases = list(page.lexicon.phrases(f))
    return (not _brandish(words) and not any(p.strength >= STRONG for p in phrases)
            and all(page.said(f[p.start : p.end]) for p in phrases))


def _cut_short(page: Page, text: str, short: str) -> bool:
    """Whether ``short`` is the headline ``text`` cut short, as newsrooms cut og:title: dropping a clause after the
    headline's separator (``…주민들이 나섰다``), or whole opening words (:func:`_plain_words`, ``폐광지역 카지노``).
    Spam puts its word inside the headline, glued to it, or after it with no separator (``... 검거 바카라``)."""
    cut = short.strip(_EDGE + " ")
    if len(cut) < 8:
        return False
    body = text.strip()
    if body.startswith(cut):
        return _a_clause(page, body[len(cut) :], game_words=True)
    if body.endswith(cut):
        head = body[: -len(cut)]
        return head.endswith(" ") and _plain_words(page, head)
    return False


def _reworded(page: Page, b: d.Block, a: int, e: int, theirs: str, copies: list[str]) -> bool:
    """Whether the visible headline's ``text[a:e]``, where its copies differ, may be its newsroom's rewording: words
    the story's prose says too (K리그 where the copies say 프로축구; AI, VIP or 불법 added), a name the story quotes
    and says, or the casino named in full where the copies name its firm (:func:`_names_its_firm`).  A word said
    nowhere else (a brand slipped into the headline), a brand in another word's place, or a lexicon phrase added to
    what the copies say (``... 검거 바카라``), is spam's."""
    inside = [p for p in page.phrases[b.id] if p.strength >= WEAK and (s := page.span_text(b, p))[0] < e and s[1] > a]
    if _another_brand(page, b.text, [theirs]) or _DIGITS_AND_GAME.search(fold(b.text[a:e])):
        return False  # (a name with digits before a game word, 별7카지노, is spam's shape, however the prose uses it)
    if inside and all(_the_storys_quoted_name(page, b, p) for p in inside):
        return True
    if not _the_prose_writes(page, b.text, a, e):
        return False
    tail = not theirs.strip() and _tail_of_a_name(page, b, a, e)
    named = [p for p in inside if tail or _names_its_firm(page, b, p, copies)]
    if any(p.strength >= STRONG and p not in named for p in inside):
        return False  # (a brand in the copies' word's place: no newsroom's word)
    return bool(_LETTER.search(theirs)) or len(named) == len(inside)


def _the_prose_writes(page: Page, text: str, a: int, e: int) -> bool:
    """Whether the story's prose writes the whole words of ``text`` around ``text[a:e]`` (도박장애 of the part
    장애 where a copy says 도박중독), each as a word or inside one, or abbreviated from one of its words
    (:func:`_abbreviates`)."""
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while e < len(text) and text[e].isalnum():
        e += 1
    words = [fold(w) for w in _WORD.findall(text, a, e)]
    return bool(words) and all(page.said(w) or w in page.tagless_prose or _abbreviates(page, w) for w in words)


_HANGUL_WORD_RUN = re.compile(r"[가-힣]{3,}")


def _abbreviates(page: Page, word: str) -> bool:
    """Whether ``word`` (Hangul, two syllables or more) is the short form of a longer word of the prose, its
    syllables taken in order from it with the first kept (농식품부 of 농림축산식품부, 한은 of 한국은행): how Korean
    shortens names, which a headline does for room."""
    if len(word) < 2 or not SYLLABLES.fullmatch(word):
        return False
    for m in _HANGUL_WORD_RUN.finditer(page.tagless_prose):
        long = m.group()
        if long[0] == word[0] and len(long) > len(word) and _in_order(word, long):
            return True
    return False


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)
