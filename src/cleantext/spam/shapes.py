"""Shapes that no article text has, whatever the words: numbers cut by letters, syllables spelled apart, fullwidth
letters, invisible characters, something glued before the byline or the dateline.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from .. import document as d
from ..korean import (
    COMMON_PARTICLES,
    DOTS,
    NUMBER_UNITS,
    SENTENCE_END,
    SYLLABLE,
    SYLLABLES,
    SYLLABLES_OR_NONE,
    TWO_SYLLABLE_SURNAMES,
    alternation,
    is_particle_chain,
    spelled_out,
    syllables_apart,
)
from ..normalize import CYRILLIC, MIXED_SCRIPTS, fold, latin_reading
from ..parse.metadata import CAPTION_LABEL_WORDS
from .layout import COUNTERS, closes_a_number
from .lexicon import CORE, STRONG
from .page import (
    AFTER_EMAIL,
    ARTICLE,
    FULLWIDTH,
    FULLWIDTH_ACRONYM,
    FULLWIDTH_WORDS,
    HANGUL_RE,
    IN_BRACKETS_BEFORE_BYLINE,
    IN_NUMBER,
    INVISIBLE,
    LATIN_GLUED,
    LOOKALIKE,
    LOOKALIKE_ONE,
    OWN_TYPED,
    SENTENCE_STARTS,
    SPELLED,
    SPELLED_OUT,
    W_CERTAIN,
    W_MEDIUM,
    W_STRONG,
    Clue,
    Page,
    game_words_only,
    norm_keyword,
    quoted,
)

GLUED_BEFORE_BYLINE = "glued before the byline"
_BRACKET_AND_A_SYLLABLE = re.compile(r"\s*[(\[]\s*[가-힣]{1,2}")
_PLACE_AT = re.compile(r"[가-힣]{1,4}=")
_SLASH_AND_A_SYLLABLE = re.compile(r"\s*[/|]\s*[가-힣]")
BEFORE_BYLINE = "a commercial phrase before the byline"  # where a real byline names its outlet, desk or place


# a number cut by letters: the thousands group of "1,200억" with a keyword between the comma and the digits
# the comma or the first syllable before the look-behind: the engine scans for it (several times faster)
# (``1,1등 KW415억원``: a keyword that starts with one or two digits, glued to the group, when a lexicon phrase is
# all of it; ``1,2위 팀이 각각 300명`` writes places, not a number)
_IN_NUMBER = re.compile(
    r",(?<=\d,)(?:(?=[^\d\s,])([^\n,]{1,40}?)|(?=\d{1,2}[^\d\s,])([^\n,]{1,40}?\S))(?=\d{3}(?!\d))"
)


# five single syllables standing apart, or six and more even with the last one glued to the next word
_SPACED_OUT = re.compile(syllables_apart("[ .]", 5))


# syllables spelled apart by single spaces or dots and closed by digits (은 하 수24, 은.하.수77): a name
_SPELLED_DIGITS = re.compile(r"(?<![\w.])[가-힣](?:[ .][가-힣]){2,}\d{1,4}(?![\d,.])")
_LETTER = re.compile(r"[가-힣A-Za-z]")  # (compiled once: a class of syllables is slow to compile)


def _glued_run(dots: str) -> str:
    """Syllables spelled apart, whatever they are glued to: four or more apart by single spaces, or three or more
    by single dots (those of ``dots``)."""
    return rf"[가-힣](?: [가-힣]){{3,}}|[가-힣](?:[{dots}][가-힣]){{2,}}"


# at a sentence's start, syllables spelled apart with the last one glued to the sentence's first word
# (별 빛 라 운 지시의회); only the full stop counts as a dot here (the byline's run takes every one of DOTS)
_SPELLED_GLUED = re.compile(rf"({_glued_run('.')})(?=([가-힣]+))")


_FULLWIDTH_ANY = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


# a Latin name glued after a Korean word: six letters or more, or four and more with digits (보궐STARX7에서)
_LATIN_GLUED = re.compile(r"[A-Z](?<=[가-힣][A-Z])(?:[A-Za-z]{5,}\d*|[A-Za-z]{3,}\d+)")
# (its letters spelled apart by single spaces too: Ｍ Ｏ Ｏ Ｎ ７ ７)
_FW = r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
_FULLWIDTH_WORD = re.compile(rf"[가-힣]*{_FW}+(?: {_FW}+)*")
# what a site types in fullwidth as its style: acronyms of capitals (ＡＩ, ＯＬＥＤ ＴＶ) and numbers (５００)
_ACRONYM_OR_NUMBER = re.compile(r"[A-Z]{2,4}(?: [A-Z]{2,3})?|[0-9][0-9,.]*")  # (not letters spelled apart)
# a model's or a fund's name: one digit after its letters, or a round number apart (ＨＢＭ４, ＫＯＤＥＸ ２００); spam's
# names repeat digits (ＢＥＴ３６５, ＶＩＰ ８８８)
_MODEL = re.compile(r"[A-Z]{2,5}[0-9]|[A-Z]{2,6} [1-9]0{1,3}")
_CAPITAL_WORDS = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})+")  # (each a word: no letters spelled apart, no digits)
_WHERE = ("에서", "에", "에선", "에서는", "에서도")  # the particles of a place (a venue: ＫＳＰＯ ＤＯＭＥ에서)
# a number written with the Korean units between its digits (１만５천): the unit and the digits after it
_UNIT_THEN_DIGITS = re.compile(r"[십백천만억조]+[\uff10-\uff19]+")


_BYLINE_START = re.compile(
    r"[\(\[]|[가-힣]{1,12}=|(?:글\s*[·ㆍ]\s*사진|사진|글|취재|정리)\s+[가-힣]{2,4}\s*기자|[가-힣]{2,4}\s*(?:기자|특파원)"
)


# what each shape needs at least, to find the blocks worth looking at in one scan of the whole article: each
# led by a character the engine scans for quickly (a literal; a class like [가-힣] costs a test per character)
# and none matching a newline (see Page.blocks_with)
_IN_NUMBER_HINT = re.compile(r",(?<=\d,)\d{0,2}[^\d\s,]")
# a number cut by letters after its unit: ``108억3KW000만달러``, ``3만KW2000명`` (the unit scanned for first)
# (letters only, glued to the digits on both sides: 3만톤~5만톤, 5만유로(7000만원) are the article's ranges)
_IN_UNIT_NUMBER = re.compile(
    rf"[{NUMBER_UNITS}](?<=\d[{NUMBER_UNITS}])\d{{0,3}}([가-힣A-Za-z]{{2,40}})(\d{{1,4}})(?!\d)")
# closed by digits: ...X[ .]X[ .]X9
_SPELLED_HINTS = (
    re.compile(r" [가-힣]\d(?<=[가-힣][ .][가-힣] [가-힣]\d)"),
    re.compile(r"\.[가-힣]\d(?<=[가-힣][ .][가-힣]\.[가-힣]\d)"),
)
# glued to a sentence's first word: X X X X... or X.X.X... after a space, a quote mark or the block's start (the
# one before the first syllable, which is found from the separator after it)
_GLUED_HINTS = (
    re.compile(r" [가-힣] [가-힣] [가-힣](?<=[\s\"“‘'「『][가-힣] [가-힣] [가-힣] [가-힣])"),
    re.compile(r"\.[가-힣]\.[가-힣](?<=[\s\"“‘'「『][가-힣]\.[가-힣]\.[가-힣])"),
)
# five syllables apart, the first starting a word: X[ .]X[ .]X[ .]X[ .]X, the fifth ending the word or followed
# by a sixth
_SPACED_OUT_HINTS = tuple(
    re.compile(rf"{sep}[가-힣][ .][가-힣][ .][가-힣][ .][가-힣](?<=(?<!\w)[가-힣].{{8}})(?:[ .][가-힣]|(?![가-힣]))")
    for sep in (" ", r"\.")
)


def _spelled_hinted(page: Page) -> set[int]:
    """``page.blocks_with(*_SPELLED_HINTS)``, on a page whose digits are all ASCII found from the runs of ASCII
    letters and digits (:meth:`Page.alnum_runs`, shared with the readers of Latin names): a match's digit comes
    after a syllable, so it starts a run, and the hint is tried where such a run starts only, not at every space
    of the article."""
    if not page.ascii_digits:
        return page.blocks_with(*_SPELLED_HINTS)
    text, starts, _ = page.article()
    found: set[int] = set()
    for s, _e in page.alnum_runs():
        # (a run is of ASCII letters and digits: a digit is below "A")
        if (s >= 2 and text[s] <= "9" and "가" <= text[s - 1] <= "힣"
                and any(h.match(text, s - 2) for h in _SPELLED_HINTS)):
            found.add(max(0, bisect_right(starts, s - 2) - 1))
    return found


def _unit_numbers(page: Page) -> set[int]:
    """``page.blocks_with(_IN_UNIT_NUMBER)``, on a page whose digits are all ASCII found from the runs of ASCII
    letters and digits (:meth:`Page.alnum_runs`): a match's unit comes after a digit, which ends a run, so the
    expression is tried where a run ending in a digit meets a unit only, not scanned for over the whole article
    (a class of the units, tested at every character)."""
    if not page.ascii_digits:
        return page.blocks_with(_IN_UNIT_NUMBER)
    text, starts, _ = page.article()
    found: set[int] = set()
    n = len(text)
    for _s, e in page.alnum_runs():
        # (a run is of ASCII letters and digits: a digit is below "A")
        if e < n and text[e] in NUMBER_UNITS and text[e - 1] <= "9" and _IN_UNIT_NUMBER.match(text, e):
            found.add(max(0, bisect_right(starts, e) - 1))
    return found


def _sentence_glued(page: Page) -> set[int]:
    """The article blocks (indices in :meth:`Page.article`) where syllables spelled apart may start a sentence
    (see :data:`SENTENCE_STARTS`): after a quote mark, or after spaces that follow the end of a sentence or the
    block's start."""
    text, starts, blocks = page.article()
    found: set[int] = set()
    whole = [(0, len(text))]
    # four syllables spaced apart after a space or a quote mark hold a run that folding joins (the first three at
    # least): read in the blocks where it found one (and those it has not folded), a match never crossing a
    # block's edge
    spaced = whole if page.spaced is None else [
        (a, a + len(b.text)) for a, b in zip(starts, blocks, strict=True)
        if b.id in page.spaced or b.id not in page.folded]
    for hint, ranges in zip(_GLUED_HINTS, (spaced, whole), strict=True):
        for a, e in ranges:
            m = hint.search(text, a, e)
            while m:
                q = m.start() - 2  # before the first syllable
                ok = text[q] in _QUOTE_MARKS
                while not ok and text[q].isspace():
                    ok = text[q] == "\n"  # the block's start (or a line's: it does no harm to look there)
                    q -= 1
                    ok = ok or text[q] in ".!?…"
                if ok:
                    found.add(bisect_right(starts, m.start()) - 1)
                m = hint.search(text, m.start() + 1, e)
    return found


_QUOTE_MARKS = "\"“‘'「『"


def _types_in_fullwidth(page: Page, blocks: list[d.Block], fullwidth: set[int]) -> bool:
    """Whether the article types acronyms or numbers in fullwidth three times or more (``ＳＫ하이닉스``, ``ＥＴＦ``,
    ``７５만원``): the site's style, which its models' names share.  Worked out once per page."""
    if page.fullwidth_style is None:
        seen = 0
        for i in fullwidth:
            for m in _FULLWIDTH_WORD.finditer(blocks[i].text):
                seen += bool(_ACRONYM_OR_NUMBER.fullmatch(unicodedata.normalize("NFKC", m.group())))
        page.fullwidth_style = seen >= 3
    return page.fullwidth_style


def shapes(page: Page) -> list[Clue]:
    """Shapes that no article text has, whatever the words: a number cut by letters (``1,은하수99200억원``),
    a word spelled out syllable by syllable (``외 도 증 거 수 집``), fullwidth letters or digits in Korean text,
    a word written with invisible characters inside or with Cyrillic letters among its Latin ones, something
    glued in front of the byline.  Korean pages only: these are shapes of Korean text."""
    clues = []
    if not page.korean:
        return clues
    article = None
    _, _, blocks = page.article()
    # each shape is looked for only in the blocks that have what it needs at least (one scan of the article)
    numbers = page.blocks_with(_IN_NUMBER_HINT) | _unit_numbers(page)
    spelled = _spelled_hinted(page) | _sentence_glued(page)
    # (a run the hints find is one of the looser runs whose absence the page may know already)
    spaced = set() if page.unspaced is page.article()[0] else page.blocks_with(*_SPACED_OUT_HINTS)
    fullwidth = page.blocks_with(_FULLWIDTH_ANY) if page.may_hold(_FULLWIDTH_ANY) else set()
    latin = page.blocks_with_in_runs(_LATIN_GLUED)  # its matches take ASCII letters and digits only
    invisible = {i for i, b in enumerate(blocks) if b.attrs.get("invisible")}
    mixed = page.blocks_with(MIXED_SCRIPTS) if page.may_hold(CYRILLIC) else set()
    for i in sorted(numbers | spelled | spaced | fullwidth | latin | invisible | mixed):
        b = blocks[i]
        text = b.text
        found = []
        # the rest of the article, where the story may write plainly a word this block types oddly
        others = _other_blocks(page, b) if i in fullwidth or i in invisible or i in mixed else ""
        if i in numbers:
            for m in _IN_NUMBER.finditer(text):
                g = 1 if m.group(1) is not None else 2
                if g == 2 and not page.lexicon.is_phrase(fold(m.group(2))):
                    continue  # 1,2위를 놓고 다툰 것은 2019년: places, then the article's own number
                if _LETTER.search(m.group(g)):
                    found.append((m.start(g), m.end(g), IN_NUMBER, W_CERTAIN))
            found += [(a, e, IN_NUMBER, W_CERTAIN) for a, e in _cut_after_a_unit(text)]
        if i in spelled:
            found += [(a, e, SPELLED, W_STRONG) for a, e in _spelled_names(text)]
        if i in spaced:
            for m in _SPACED_OUT.finditer(text):
                if spelled_out(SYLLABLE.findall(m.group())):
                    found.append((m.start(), _before_own_word(page, text, m.end()), SPELLED_OUT,
                                  W_STRONG))
        if i in fullwidth and HANGUL_RE.search(text):
            for m in _FULLWIDTH_WORD.finditer(text):
                # a word the article also writes plainly (ＯＥＣＤ beside OECD) may be its own, typed another way
                token = unicodedata.normalize("NFKC", m.group() + SYLLABLES_OR_NONE.match(text, m.end()).group())
                plain = _written_plainly(others, token)  # (제２공항: the whole word)
                # an acronym or a number alone (glued after Hangul it is a name's part, 별빛８８; Hangul glued after
                # it may make a brand, ＢＥＴ카지노)
                folded = unicodedata.normalize("NFKC", m.group())
                number = _UNIT_THEN_DIGITS.fullmatch(m.group()) and m.start() and text[m.start() - 1].isdigit()
                # on a page that types its acronyms so (ＳＫ, ＥＴＦ), a model's or a fund's name too (ＨＢＭ４,
                # ＫＯＤＥＸ ２００)
                model = (_MODEL.fullmatch(folded) and not any(page.lexicon.phrases(fold(folded)))
                         and _types_in_fullwidth(page, blocks, fullwidth))
                if not plain and (number or model or _ACRONYM_OR_NUMBER.fullmatch(folded)) and not any(
                        p.strength >= STRONG for p in page.lexicon.phrases(fold(token))):
                    found.append((m.start(), m.end(), FULLWIDTH_ACRONYM, W_MEDIUM / 2))
                    continue
                # a venue's words of capitals, named once with a particle of a place (ＫＳＰＯ ＤＯＭＥ에서), are used
                # as a name is; spam slips its name in bare (학생 수가 ＳＴＡＲ ＷＡＶＥ 10년 새) or puts it in the
                # place of a word, again and again (ＳＴＡＲ ＷＡＶＥ이었다, ＳＴＡＲ ＷＡＶＥ은)
                particle = token[len(folded):]
                if (not plain and particle in _WHERE and _CAPITAL_WORDS.fullmatch(folded)
                        and page.article()[0].count(m.group()) == 1 and not any(page.lexicon.phrases(fold(token)))):
                    found.append((m.start(), m.end(), FULLWIDTH_WORDS, W_MEDIUM))
                    continue
                found.append((m.start(), m.end(), *((OWN_TYPED, W_MEDIUM / 2) if plain else (FULLWIDTH, W_CERTAIN))))
        if i in latin:
            for m in _LATIN_GLUED.finditer(text):
                found.append((m.start(), m.end(), LATIN_GLUED, W_MEDIUM))
        if i in mixed:
            for m in MIXED_SCRIPTS.finditer(text):
                how = _disguised(text, m.start(), m.end(), others)
                if how:
                    found.append((m.start(), m.end(), *how))
        for a, e in b.attrs.get("invisible", ()):
            if HANGUL_RE.search(text, a, e) is None:
                continue  # soft hyphens in a Latin word are hyphenation hints
            if article is None:
                article = "\n".join(o.text for o in page.blocks(*ARTICLE))
            whole, e = text[a:e], _without_own_word(text, a, e, article)
            # a word the article also writes plainly (현대\u200b자동차 beside 현대자동차) may hold a pasted character
            plain = _written_plainly(others, whole) or _written_plainly(others, text[a:e])
            found.append((a, e, *((OWN_TYPED, W_MEDIUM / 2) if plain else (INVISIBLE, W_CERTAIN))))
        for a, e, why, w in found:
            kw = norm_keyword(text[a:e])
            if len(kw.replace(" ", "")) >= 2:
                clues.append(Clue(kw, why, w, b.id, a, e))
    paragraphs = page.blocks(d.PARAGRAPH)
    edges = paragraphs[:2] + paragraphs[-2:]
    lines = edges + page.blocks(d.BYLINE)
    found = [(b, _phrase_before_byline(page, b) or _glued_to_byline(page, b)) for b in lines]
    found += [(b, clue) for b in lines for clue in (_glued_to_dateline(page, b), _glued_to_outlet_or_place(page, b),
                                                    _after_byline_email(page, b),
                                                    _keywords_in_brackets_before_byline(page, b))]
    # (a desk or an outlet before the name is no glue: 정치부|, KBS 뉴스)
    clues += [clue for b, clue in found if clue and (clue.reason != GLUED_BEFORE_BYLINE
                                                     or _spam_head(page, b.text[clue.start : clue.end]))]
    return clues


_NUMBER_WORDS = (*COUNTERS, "여", "가량", "어치", "짜리", "씩", "남짓")  # what follows a number's unit (5만여)


def _disguised(text: str, a: int, e: int, others: str) -> tuple[str, float] | None:
    """How sure a word with Cyrillic look-alikes among its Latin letters (``NОVАWIN365``) is spam's disguise: a
    quoted one or an address is a story showing a disguise (``'pаypal.com'``); one whose Latin reading the article
    writes plainly is its own word with a letter pasted in (``Tokаyev`` beside ``Tokayev``), as is, weak alone,
    one with a single such letter (``T-90Mс`` of a Russian source); several are a disguise."""
    if quoted(text, a, e) or _ADDRESS_AFTER.match(text, e):
        return None
    word = text[a:e]
    if _written_plainly(others, latin_reading(word)):
        return OWN_TYPED, W_MEDIUM / 2
    if len(CYRILLIC.findall(word)) >= 2:
        return LOOKALIKE, W_CERTAIN
    return LOOKALIKE_ONE, W_MEDIUM


_ADDRESS_AFTER = re.compile(r"[.@][A-Za-z]")


def _cut_after_a_unit(text: str) -> list[tuple[int, int]]:
    """Letters glued between the digits of a number after its unit (``3만|KW|2000명``): the digits around them make
    the group of four after the unit, a counter or another unit closes them, and the letters open with no word of
    the number's own (``3만원``, ``5만여``)."""
    out = []
    for m in _IN_UNIT_NUMBER.finditer(text):
        rest = SYLLABLES_OR_NONE.match(text, m.end(2)).group()
        # the digits on both sides make the four of the group after the unit (3만|KW|2000, 1만8|KW|000): a unit word
        # glued to another number is no such cut (140만kW급2기, 5만엔씩2회)
        group = (m.start(1) - m.start() - 1) + len(m.group(2))
        if group == 4 and not m.group(1).startswith(_NUMBER_WORDS) and closes_a_number(rest):
            out.append(m.span(1))
    return out


def _other_blocks(page: Page, b: d.Block) -> str:
    """The article's text but ``b``'s (a line of spam writes its names twice, plainly and obfuscated)."""
    return "\n".join(o.text for o in page.blocks(*ARTICLE) if o.id != b.id)


def _written_plainly(text: str, word: str) -> bool:
    """``text`` writes ``word`` (its particles aside: ``설악랜드가``) as a word of its own, alone or with its
    particles (``현대자동차가``; not ``별빛클럽양당의``, a name glued to the next word)."""
    m = _STEM.fullmatch(word)
    if m and m.group(2):
        word = m.group(1)
    # (found by str.find: a pattern with a class of syllables costs more to compile, once for each word, than this)
    i = text.find(word)
    while i >= 0:
        if i == 0 or not _WORD_CHAR.match(text, i - 1):
            rest = SYLLABLES_OR_NONE.match(text, i + len(word)).group()
            if not rest or is_particle_chain(rest):
                return True
        i = text.find(word, i + 1)
    return False


_WORD_CHAR = re.compile(r"[가-힣A-Za-z0-9]")


def _before_own_word(page: Page, text: str, end: int) -> int:
    """Where a word spelled apart ends when its last syllable is glued to more letters (``라 이 브 놀 이 터 게임``):
    before that syllable if the word it begins is one the article writes on its own twice (the story's 게임),
    else at ``end``."""
    if end >= len(text) or not HANGUL_RE.match(text, end):
        return end
    word = SYLLABLES.match(text[end - 1 :]).group()
    m = _STEM.fullmatch(word)
    if page.word_starts(fold(m.group(1) if m else word)) < 2:
        return end
    start = end - 1
    while start > 0 and text[start - 1] in " .":
        start -= 1
    return start


def _without_own_word(text: str, a: int, e: int, article: str) -> int:
    """Where a word written with invisible characters ends once the article's own word glued after it is left
    out (``모나코​클럽물류``, in a story that speaks of 물류 elsewhere): the longest ending, particles aside, of two
    syllables or more that the article also writes as a word of its own, or of four or more whose first four begin
    a word of the article, with two syllables or more left before it."""
    word = text[a:e]
    for k in range(2, len(word) - 1):
        tail = word[k:]
        m = _STEM.fullmatch(tail)
        stem = m.group(1) if m else tail
        if len(stem) >= 2 and _starts_a_word(stem, article):
            return a + k
        if m and len(stem) >= 4 and _starts_a_word(stem[:4], article):
            return a + k  # 농림축산식품부 beside the story's 농림축산식품해양수산위원회: one family of names
    return e


def _starts_a_word(part: str, text: str) -> bool:
    """``re.search(rf"(?<![가-힣]){re.escape(part)}", text)``: ``part`` somewhere in ``text`` not right after a
    Hangul syllable, found by ``str.find`` (a pattern with a class of syllables costs more to compile, once for
    each part, than the search)."""
    i = text.find(part)
    while i >= 0:
        if i == 0 or not "가" <= text[i - 1] <= "힣":
            return True
        i = text.find(part, i + 1)
    return False


# a word and the chain of common particles after it (the rarer ones of PARTICLES, 씨, 측, 님 ..., stay in the word)
_STEM = re.compile(rf"([가-힣]{{2,}}?)((?:들)?(?:{alternation(COMMON_PARTICLES)})*)")


def _spelled_names(text: str) -> list[tuple[int, int]]:
    """Names spelled syllable by syllable where no prose writes single syllables: closed by digits
    (``은 하 수24 이용자의``), or glued to the first word of a sentence (``별 빛 라 운 지시의회``,
    ``은.하.수기상청은``).  Single syllables that are words of their own (``그 중 한 곳``) are prose, and so is a
    particle after them."""
    out = []
    for m in _SPELLED_DIGITS.finditer(text):
        if spelled_out(SYLLABLE.findall(m.group())):
            out.append(m.span())
    if not _SPELLED_GLUED.search(text):  # one scan finds none anywhere: none at a sentence start either
        return out
    for s in SENTENCE_STARTS.finditer(text):
        m = _SPELLED_GLUED.match(text, s.end())
        if m and spelled_out(SYLLABLE.findall(m.group(1))) and not is_particle_chain(m.group(2)):
            out.append(m.span(1))
    return out


_DATELINE = re.compile(r"[(\[]?([가-힣]{5,14})=\s*[가-힣]{2,4}\s*(?:기자|특파원)")


def _glued_to_dateline(page: Page, b: d.Block) -> Clue | None:
    """``당일대출하동=윤태린 기자``: a dateline's place is a word of two to four syllables; a longer run before the
    ``=`` and a reporter's name is something glued to it (``[엔터미디어=정덕현의 이슈공감]`` is no dateline).
    The place is the longest ending of the run that the article names elsewhere (하동군, 하동에서), or that a
    lexicon phrase opening the run leaves (비상금대출|부산); with no such proof nothing is cut."""
    m = _DATELINE.search(b.text, 0, 40)
    if not m:
        return None
    run = m.group(1)
    others = _other_blocks(page, b)
    if run in others:
        return None  # the story writes the whole run: its own place (올림픽플라자), nothing glued to it
    # (game words alone end a glued run only where the story names the place left: 카지노인천= beside 인천)
    spans = [page.span_text(b, p)[:2] for p in page.phrases[b.id] if not game_words_only(p)]
    lexicon_ends = {e for a, e in spans if a <= m.start(1)}
    named = _named_endings(run, others)
    for n in (4, 3, 2):
        if run[-n:] in named or m.end(1) - n in lexicon_ends:
            a, e = m.start(1), m.end(1) - n
            return Clue(norm_keyword(b.text[a:e]), "glued before the dateline", W_STRONG, b.id, a, e)
    return None


def _named_endings(run: str, others: str) -> list[str]:
    """The endings of ``run`` of four, three and two characters (longest first) that the article's other blocks
    (``others``, :func:`_other_blocks`) write at the start of a word (하동군, 하동에서): the place of a dateline or a
    byline, with whatever was glued before it left out.  The tail of a longer word is no place (``상부문`` of
    ``특별상부문``), nor is the ending of other labels before an ``=`` (``취재보도부문=``, ``사진영상부문=``: the
    lines of a list, each with its own words before the ending)."""
    return [end for n in (4, 3, 2) if _starts_a_word(end := run[-n:], others) and not _ends_a_label(end, others)]


def _a_listed_label(label: str, others: str) -> bool:
    """Whether the article's other blocks end labels before an ``=`` as ``label`` ends (``...부문=``)."""
    return any(_ends_a_label(label[-n:], others) for n in (4, 3, 2) if len(label) > n)


def _ends_a_label(end: str, text: str) -> bool:
    """Whether ``text`` writes ``end`` right before an ``=``, glued to the syllables of a longer label."""
    i = text.find(end + "=")
    while i >= 0:
        if i and "가" <= text[i - 1] <= "힣":
            return True
        i = text.find(end + "=", i + 1)
    return False


def _glued_to_outlet_or_place(page: Page, b: d.Block) -> Clue | None:
    """``KW한빛건강 김서윤 기자``, ``KW세종=오지후 기자``: a byline whose outlet or place has a name glued before it.
    The outlet is the page's own (its source line) and a byline writes it whole; the place is the longest ending
    of the run that the article names elsewhere.  What comes before is cut when it is three characters or more (a
    region before a place, 경남하동, is two)."""
    from ..parse.metadata import byline_head

    head = byline_head(b.text)
    if head is None:
        return None
    kind, a, e = head
    run = b.text[a:e]
    if kind == "outlet":
        ends = [o for o in page.outlets if len(o) >= 2 and run.endswith(o)]
    else:
        ends = _named_endings(run, _other_blocks(page, b))
    if not ends or len(run) - len(ends[0]) < 3:
        return None
    cut = e - len(ends[0])
    return Clue(norm_keyword(b.text[a:cut]), GLUED_BEFORE_BYLINE, W_STRONG, b.id, a, cut)


_BYLINE_EMAIL = re.compile(r"(?:기자|특파원|통신원)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+")


def _phrase_before_byline(page: Page, b: d.Block) -> Clue | None:
    """``개인회생전문 제갈민준 기자``, ``법조팀 KW 제갈민준 기자``: a commercial phrase standing apart before the
    reporter, where a real byline names its outlet, desk or place; the line without it is a byline.  A phrase of
    one word proves nothing here: a firm named like one (``스포츠토토``) may be the outlet."""
    from ..parse.metadata import parse_byline

    text = b.text
    if len(text) > 60:
        return None
    for p in page.phrases[b.id]:
        a, e, _ = page.span_text(b, p)
        if (p.strength < STRONG or len(p.atoms) < 2 or (a and not text[a - 1].isspace())
                or not text[e : e + 1].isspace()):
            continue
        if parse_byline(f"{text[:a]}{text[e:]}".strip()) is not None:
            return Clue(norm_keyword(text[a:e]), BEFORE_BYLINE, W_STRONG, b.id, a, e)
    return None


_BRACKETED_HEAD = re.compile(r"[\[(]\s*([^\[\]()]+?)\s*[\])]\s")


def _keywords_in_brackets_before_byline(page: Page, b: d.Block) -> Clue | None:
    """``[KW] 김하늘 기자``, ``[한빛일보 KW] 김하늘 기자``: brackets of their own before a reporter, where a byline
    names its outlet or desk, holding lexicon words and nothing else but the page's outlet: words the story's prose
    does not write itself, nor game words of a story about gambling (a desk named for its topic, ``[경마]``).  Weak
    alone (a firm may be named like a game), proof on a page shown contaminated; a phrase of two words or more there
    is strong."""
    from ..parse.metadata import parse_byline

    m = _BRACKETED_HEAD.match(b.text)
    if not m or parse_byline(b.text) is None:
        return None
    a, e = m.span(1)
    spans = [(p, *page.span_text(b, p)[:2]) for p in page.phrases[b.id]]
    spans = [(p, x, y) for p, x, y in spans if a <= x and y <= e]
    if not spans:
        return None
    x, y = min(x for _, x, _ in spans), max(y for _, _, y in spans)
    covered = set().union(*(range(x, y) for _, x, y in spans))
    if any(i not in covered and not b.text[i].isspace() for i in range(x, y)):
        return None  # words of the lexicon only, side by side
    rest = (b.text[a:x] + b.text[y:e]).strip()
    if rest and rest not in page.outlets:
        return None
    if page.said(fold(b.text[x:y])) or (page.gambling_topic and all(game_words_only(p) for p, _, _ in spans)):
        return None  # the story's own word, a desk named for its topic (``[경마] 김하늘 기자``)
    strong = any(p.strength >= STRONG and len(p.atoms) >= 2 for p, _, _ in spans)
    return Clue(norm_keyword(b.text[x:y]), IN_BRACKETS_BEFORE_BYLINE, W_STRONG if strong else W_MEDIUM, b.id, x, y)


def _after_byline_email(page: Page, b: d.Block) -> Clue | None:
    """``글=OOO 기자 me@news.example 카지노딜러 알바``: a byline ends with its reporter's address; a few words after
    it that hold a lexicon word and credit no photo (``사진=OO경마본부 제공`` is the byline's own) were put there.
    Weak alone, proof on a page shown contaminated."""
    m = _BYLINE_EMAIL.search(b.text)
    if not m:
        return None
    tail = b.text[m.end() :].rstrip()
    if not tail or len(tail.split()) > 4 or len(tail) > 30 or SENTENCE_END.search(tail) or _CREDIT.search(tail):
        return None
    if not any(page.span_text(b, p)[0] >= m.end() for p in page.phrases[b.id]):
        return None
    return Clue(norm_keyword(tail), AFTER_EMAIL, W_MEDIUM, b.id, m.end(), m.end() + len(tail))


_CREDIT = re.compile(r"[=:/]|제공|촬영|출처")
_CAPTION_LABEL = re.compile(rf"{CAPTION_LABEL_WORDS}|가운데")


_SYLLABLE_RUN = re.compile(_glued_run(DOTS))
_FOUR_SYLLABLE_NAME = re.compile(r"[가-힣]{4}\s*(?:기자|특파원)")
_PLACE_EQUALS = re.compile(r"[가-힣]{1,12}=\s*")


def _seams_before_a_plain_word(page: Page, b: d.Block) -> set[int]:
    """Where a phrase of ``b`` may be cut though glued: between its keyword and an ordinary word of the lexicon
    glued after it (``당일대출|한도윤``: the keyword, then a name whose first syllables read as 한도), never inside
    a keyword or between two (``바카라|바카라``)."""
    seams = set()
    f = page.folded[b.id]
    for p in page.phrases[b.id]:
        for i in range(1, len(p.atoms)):
            before, after = p.atoms[:i], p.atoms[i:]
            if (before[-1].end == after[0].start and any(x.kind in CORE for x in before)
                    and not any(x.kind in CORE for x in after)):
                seams.add(f.span(after[0].start, after[0].end)[0])
    return seams


def _name_length(run: str) -> int:
    """How many of the last syllables of ``run`` make a name: four after a family name of two (남궁하늘), else three,
    as most names are."""
    return 4 if run[-4:-2] in TWO_SYLLABLE_SURNAMES else 3


def _outlet_or_desk(page: Page, head: str) -> bool:
    """Whether the words before a reporter are the byline's own: one word (``[한빛일보]``, ``법조팀``), words in
    brackets of their own (``[한빛일보 법조팀]``), or words that start with the page's outlet (``한빛일보 사회부``);
    not words that end glued to the outlet (``KW 증거수집한빛일보``)."""
    m = _DATELINE_GROUP.match(head)
    if m:  # (과천=한빛일보) 경마산업팀, (하남=한빛일보) 경륜·경정 담당: the dateline, then the desk
        rest = head[m.end() :].split()
        return not rest or _outlet_or_desk(page, head[m.end() :]) or (
            len(rest) <= 3 and _DESK_END.search(rest[-1]) is not None)
    words = head.split()
    if not words:
        return False
    if len(words) == 1 or re.fullmatch(r"\s*(?:\[[^\[\]]+\]|\([^()]+\))\s*", head):
        return True
    return words[0].strip("[(") in page.outlets


_PLACE_OUTLET = r"[가-힣]{1,12}\s*=\s*[^()\[\]=]{1,20}"  # 과천=한빛일보
_DATELINE_GROUP = re.compile(rf"\s*(?:\({_PLACE_OUTLET}\)|\[{_PLACE_OUTLET}\])\s*")
_DESK_END = re.compile(r"[가-힣·]{2,}(?:팀|부)$|^담당$|데스크$")


def _first_of_names(text: str, k: int) -> int:
    """Where the byline starts when ``text[k:]`` is the last of its names (``KW김하늘·박도윤 기자``): at the first
    name, read as :func:`_name_length` says, when the syllables before a mark between names are more than a name
    (names before it that are one each are stepped over: ``KW김하늘·박도윤·이서준 기자``)."""
    while k >= 2 and text[k - 1] in "·ㆍ,":
        run = SYLLABLES_OR_NONE.match(text[k - 2 :: -1]).group()[::-1]
        n = _name_length(run)
        if len(run) > n:
            return k - 1 - n
        if len(run) < 2:
            break
        k -= 1 + len(run)
    return k


_NAME_SHAPE = re.compile(r"[A-Za-z]+\d|\d[A-Za-z]|[\uff21-\uff3a\uff41-\uff5a]")


def _spam_head(page: Page, head: str) -> bool:
    """What stands before a byline block's name is no outlet's or desk's name (``KBS 뉴스``, ``연합뉴스TV``,
    ``MBN``, ``사회부``, the page's own outlet), unless it holds a name with digits, fullwidth letters or a lexicon
    phrase: spam's, glued there."""
    h = head.strip(" ([")
    if _NAME_SHAPE.search(h):
        return True
    if re.search(r"[/|:▶>·=]\s*$", h):
        return False  # a label, a desk or an outlet set off by a mark (취재:, 정치부|, 경마문화|, 한빛일보 =)
    if any(True for _ in page.lexicon.phrases(fold(h))):
        return True
    return not (_OUTLET_LIKE.search(h) or h in page.outlets)


_OUTLET_LIKE = re.compile(
    r"(?:뉴스|일보|신문|방송|통신|TV|미디어|타임스|저널|투데이|경제|부|팀|국|센터)\s*[)\]]?$|^[A-Z]{2,5}$")


def _before_glued_outlet(page: Page, head: str) -> int:
    """Where the page's outlet starts at the end of ``head``, the words before a reporter's name, when spam glued
    its phrase to it (``외도증거 수집한빛일보 ``: the byline's outlet stays); else the end of ``head``, also where the
    name ends a lexicon word (an outlet ``토토`` in ``스포츠토토``)."""
    word = head.rstrip()
    last = fold(word.rsplit(maxsplit=1)[-1]) if word else ""
    for name in page.outlets:
        if len(name) >= 2 and word.endswith(name) and len(word) > len(name) and not word[-len(name) - 1].isspace():
            seam = len(last) - len(name)
            if any(p.start < seam < p.end for p in page.lexicon.phrases(last)):
                break  # the outlet's name ends a lexicon word (토토 of 스포츠토토): no seam there
            return len(word) - len(name)
    return len(head)


def _glued_to_byline(page: Page, b: d.Block) -> Clue | None:
    """``파산신청 변호사 상담글·사진 박도윤 기자``: a byline with something glued before it.  The seam never cuts a
    lexicon phrase (``바카라바카라기자`` is no ``바카`` glued to a reporter ``라바카라``)."""
    from ..parse.metadata import parse_byline

    text = b.text
    if len(text) > 90 or parse_byline(text) is not None:
        return None
    phrases = [(*page.span_text(b, p)[:2], p.strength >= STRONG) for p in page.phrases[b.id]]
    seams = _seams_before_a_plain_word(page, b)
    for m in _BYLINE_START.finditer(text, 2):
        k = m.start()
        if k and "가" <= text[k - 1] <= "힣" and _FOUR_SYLLABLE_NAME.match(m.group()) \
                and _name_length(text[k : k + 4]) == 3:
            k += 1  # 별빛클럽김하늘 기자: a name glued after syllables is read as three, as most names are
        if m.group().endswith("="):
            # a place glued after a commercial phrase (``KW분석픽속초=``): the place begins where the phrase ends
            k = max([e for a, e, strong in phrases if strong and a <= k < e < m.end() - 1], default=k)
        k = _first_of_names(text, k)
        # (a seam after ``속초=`` would take the dateline's place with the spam before it)
        if text[k - 1] == "=" or any(a < k < e and k not in seams for a, e, _ in phrases):
            continue
        if m.group().endswith("=") and _a_listed_label(text[k : m.end() - 1], _other_blocks(page, b)):
            return None  # 올해의 지역 공로상부문=: a line of a list of labels, the words before its label its own
        head = text[:k]
        if parse_byline(head.strip().rstrip(",·/ ")) is not None:
            continue  # another credit before this one (글=김하늘 기자, 사진=...)
        if _SLASH_AND_A_SYLLABLE.fullmatch(head):
            continue  # /최민수 기자: no keyword, but the name read from its second syllable
        if head[-1:].isspace() and (_outlet_or_desk(page, head) or _CAPTION_LABEL.search(head)) and not any(
                strong and e <= k for _, e, strong in phrases):
            # [한빛일보 법조팀] 김하늘 기자: the byline's outlet, desk or place, apart before the reporter; 앞줄
            # 왼쪽부터 김철수·이영희 기자: a caption's label of where its people stand
            continue
        if _BRACKET_AND_A_SYLLABLE.fullmatch(head) and _PLACE_AT.match(text, k) and not any(
                page.lexicon.phrases(fold(head + text[k : k + 4]))):
            continue  # (조지아=한지수 특파원 ...): the place in brackets, read from its second syllable
        # a sentence before the byline (a caption with its credit) is not glued to it
        if 2 <= len(head.strip()) <= 30 and not re.search(r"[.!?。…]\s*$", head) and parse_byline(text[k:]) is not None:
            # a spelled-out run is the keyword exactly: 모.나.코.클.럽 glued to the first of two names
            run = _SYLLABLE_RUN.search(head)
            place = _PLACE_EQUALS.match(head)  # 속초=KW김하늘 기자: the dateline's place is not what was glued
            a, e = run.span() if run else (place.end() if place else 0, _before_glued_outlet(page, head))
            if e > a:
                return Clue(norm_keyword(text[a:e]), GLUED_BEFORE_BYLINE, W_STRONG, b.id, a, e)
    return None
