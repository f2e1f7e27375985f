"""Evidence in the article's sentences: lexicon phrases that no sentence of the article would use as they stand
(bare, glued inside words, on another subject, in a promotional paragraph), and the names that are the article's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import document as d
from ..korean import (
    COMMON_PARTICLES,
    NOUNS_ENDING_LIKE_A_PARTICLE,
    SENTENCE_END,
    SYLLABLES,
    SYLLABLES_OR_NONE,
    alternation,
    ends_in_particle,
    final_consonant,
    is_hangul,
    is_particle_chain,
    leading_particle,
    particle_fits,
)
from ..normalize import fold
from .lexicon import CORE, STRONG, Phrase
from .page import (
    ARTICLE,
    BARE,
    COMMERCIAL,
    GLUED_OFF_TOPIC,
    KEYWORD_LINE,
    LONE,
    OFF_SUBJECT,
    PLAIN_BARE,
    PROMO,
    SHAPED,
    W_CERTAIN,
    W_MEDIUM,
    W_STRONG,
    Clue,
    Page,
    a_word_of_its_own,
    articles_tag,
    legit_context,
    norm_keyword,
    on_topic,
    quoted,
    reported_crime,
    said_apart,
    said_of_its_head,
    spam_shaped,
    tag_run,
    topic_heading,
    without_own_edges,
    word_bounds,
)

# compiled once: a class of Hangul syllables takes half a millisecond to compile, and a pattern passed as a string
# is compiled again whenever re's cache has let it go (the patterns a page builds of its own words make it do)
_FULLWIDTH = re.compile(r"[\uff01-\uff5e]")
_SPACED_SYLLABLES = re.compile(r"[가-힣][.\s][가-힣][.\s][가-힣]")
_TWO_SYLLABLES = re.compile(r"[가-힣]{2}")
_TWO_SYLLABLES_END = re.compile(r"[가-힣]{2}$")
_BYLINE_END = re.compile(r"[가-힣]{2,4}\s*(?:기자|특파원)\s*$")
_NOT_LETTER = re.compile(r"[^A-Za-z가-힣]")
_LETTERS_DIGITS = re.compile(r"[A-Za-z가-힣0-9]+")


def _obfuscated(original: str) -> bool:
    if any(c in original for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"):
        return True
    if _FULLWIDTH.search(original):
        return True
    spaced = bool(_SPACED_SYLLABLES.search(original))
    return spaced and fold(original) != re.sub(r"\s+", " ", original.lower())


_PROMO_DOMAIN = re.compile(
    r"(?<![\w.@-])[a-z0-9][a-z0-9-]{1,40}\.(?:[a-z]{2,10})(?:\.[a-z]{2})?(?![\w]|@[\w-]+\.[a-z])", re.I)


_TAGGED_NAME = "a gambling name tagged on a story that never names it"
# the game words a name may end in (강원랜드카지노, 메모리슬롯): one list for the rules that read such names
NAME_GAMES = ("카지노", "슬롯", "토토", "바카라", "홀덤", "포커")
GAME_TAIL = re.compile(rf"(?:{'|'.join(NAME_GAMES)}|casino|slot|toto|poker)$")
# ... and the endings of a brand's name (골드벳, luckybet)
NAME_ENDINGS = (*NAME_GAMES, "벳", "casino", "slot", "bet")


def name_head(name: str) -> tuple[str, str]:
    """A name cut before the game word it ends in (강원랜드카지노: 강원랜드, 카지노); ``("", "")`` without one."""
    game = GAME_TAIL.search(name)
    return (name[: game.start()], game.group()) if game else ("", "")


def _names_said(page: Page, name: str) -> bool:
    """Whether the prose writes the name in any spacing, or the name before its game word with a particle at most
    and then the game word (메모리 슬롯, 강원랜드는 카지노 영업장): a tag of the story's own subject."""
    unspaced = name.replace(" ", "")
    if unspaced in page.unspaced_prose:
        return True
    head, game = name_head(unspaced)
    # the name before its game word, with a particle at most, then the game word after a space
    return len(head) >= 2 and re.search(rf"{re.escape(head)}[가-힣]{{0,2}}\s+{game}", page.tagless_prose) is not None


def _storys_own_tag(page: Page, word: str) -> bool:
    """A tag the story writes as its own words: no strong phrase, or one its prose writes with its words apart
    (``사설토토`` of ``사설 토토 사이트를``), never glued as spam's lines write it (``카지노사이트 추천``); or a name
    shaped like an ordinary compound (강원랜드카지노) that the prose says as a word with its particles."""
    phrases = list(page.lexicon.phrases(word))
    if not any(p.strength >= STRONG for p in phrases):
        return articles_tag(page, word, False)
    return said_apart(page, word, phrases) or (any(plain_name(p, word) for p in phrases) and page.said(word) > 0)


_RANK = re.compile(r"\d{1,2}위")
_WHERE_RANKED = ("국내", "해외", "세계", "아시아")  # (국내 카지노 1위: where the firms are ranked)
# after the rank: a word for firms, or 인/의, then a firm's name in Hangul (카지노 1위 업체 파라다이스가, 1위인 ...)
_FIRM_NAMED_AFTER = re.compile(r"(?:\s*(?:업체|기업|회사|사업자)|인|의)\s+([가-힣]{2,12})")


def _rank_of_firms(page: Page, p: Phrase, text: str, e: int) -> bool:
    """``국내 카지노 1위 업체 파라다이스가``: the casino industry's rank before a firm's name, how news ranks listed
    firms, weak alone; spam ranks its sites (바카라 1위, 카지노 1위 업체 happy77, 1위 바카라사이트)."""
    atoms = [a for a in p.atoms if not (a.kind == "modifier" and a.text in _WHERE_RANKED)]
    if len(atoms) != 2 or atoms[0].text != "카지노" or not _RANK.fullmatch(atoms[1].text):
        return False
    m = _FIRM_NAMED_AFTER.match(text, e)
    return m is not None and not any(page.lexicon.phrases(fold(m.group(1))))


# odds a story reports: 배당률 and a number of times (배당률을 2.75배로, 6.0배) in a paragraph of sentences
_ODDS_WORD = re.compile(r"배당률")
_ODDS_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,2})?배(?!당)")
_SENTENCE = re.compile(r"다\.(?:\s|$)")
_BETTING = frozenset(("베팅", "배팅", "스포츠베팅", "스포츠배팅"))  # the word of a bookmaker's trade


def _the_odds_setter(page: Page, b: d.Block, p: Phrase, kw: str) -> bool:
    """Betting and 업체 written as one noun (``베팅업체``) in a paragraph of sentences that reports odds (``영국
    베팅업체 윌리엄힐은 ... 배당률을 2.75배로 책정했다``): the bookmaker, news in a sports story; and the
    headline's same word, when such a paragraph says it.  Spam's lines are no sentences; a casino's game before
    업체 is no bookmaker, and the word in a paragraph that reports no odds is judged as any, unless it names the
    bookmaker whose odds the next paragraph gives."""
    if (len(p.atoms) != 2 or (p.atoms[0].kind, p.atoms[1].kind) != ("game", "common")
            or p.atoms[0].text not in _BETTING or p.atoms[1].text != "업체"):
        return False
    if b.role == d.PARAGRAPH:
        return _reports_odds(page.folded[b.id].text) or _names_the_odds_setter(page, b, page.span_text(b, p)[1])
    if b.role != d.TITLE:
        return False
    key = ("odds setter", kw)
    if key not in page.answers:
        page.answers[key] = any(
            _reports_odds(page.folded[x.id].text) or any(_names_the_odds_setter(page, x, m.end())
                                                         for m in re.finditer(re.escape(kw), x.text))
            for x in page.blocks(d.PARAGRAPH) if kw in page.folded[x.id].text)
    return page.answers[key]


def _reports_odds(text: str) -> bool:
    return bool(_ODDS_WORD.search(text) and _ODDS_NUMBER.search(text) and _SENTENCE.search(text))


# a name after the bookmaker, with a subject's or a topic's particle (베팅업체 윌리엄힐은)
_FIRM_NAMED = re.compile(r"\s+([가-힣A-Za-z][가-힣A-Za-z0-9]{0,11})(?:은|는|이|가)(?=[\s,])")
# the odds paragraph's word for the firm named before it (이 회사는, 해당 업체는)
_THE_FIRM = re.compile(r"(?:이|그|해당|같은) ?(?:회사|업체)")


def _names_the_odds_setter(page: Page, b: d.Block, e: int) -> bool:
    """``영국 베팅업체 윌리엄힐은 ... 꼽았다.`` in a paragraph of sentences beside one that reports the odds and
    names the firm again (``이 회사는 ... 배당률을 2.5배로``, ``윌리엄힐은 ...``): the story names its bookmaker
    first, then gives its odds.  A keyword slipped before a word (``축구대표팀이 베팅업체 월드컵 본선``, ``베팅업체
    전문가들은``, ``매체 베팅업체 스카이스포츠는``) names no firm that the odds come from."""
    m = _FIRM_NAMED.match(b.text, e)
    if not _SENTENCE.search(b.text) or m is None:
        return False
    paragraphs = list(page.blocks(d.PARAGRAPH))
    i = next(k for k, x in enumerate(paragraphs) if x.id == b.id)
    return any(_reports_odds(page.folded[x.id].text) and (m.group(1) in x.text or _THE_FIRM.search(x.text))
               for x in paragraphs[max(0, i - 1) : i + 2] if x.id != b.id)


_SPORTS_SECTION = re.compile(r"스포츠|축구|야구|농구|배구|골프|게임")


def _sports_page(page: Page) -> bool:
    """A page filed under sports or games, or by an outlet named for them (스포츠한빛, 한빛e스포츠), where bookmakers
    are news (해외 베팅업체들이 ... 우승 후보로 꼽았다)."""
    return any(_SPORTS_SECTION.search(b.text) for b in page.blocks(d.SECTION, d.SOURCE))


def _word_of_the_page(page: Page, orig: str, right_word: str) -> bool:
    """Whether a phrase of words (``이벤트 키노``) glued to syllables (``트서``) ends in the first syllables of a word
    the page writes elsewhere without the phrase's other words (``키노트``, a tag ``#키노트``): the page's own word
    after an ordinary one (스페셜 이벤트 키노트), not a keyword glued to a word.  A phrase of one word proves
    nothing so, nor a last word that is spam's phrase alone (``best 그래프게임도메인``), nor a phrase with a brand's
    or a site's word, nor a place where the word stands after another phrase of spam's (``보너스 바카라회사는``):
    spam glues the same keyword to the same word again and again."""
    words = orig.split()
    if len(words) < 2 or any(q.strength >= STRONG for q in page.lexicon.phrases(fold(words[-1]))):
        return False
    if any(k in ("brand", "site") for q in page.lexicon.phrases(fold(orig)) for k in q.kinds):
        return False  # (첫충 보너스 바카라: a brand's or a site's word is spam's whatever follows)
    # (서 after a vowel is 에서 said short: 키노트서)
    stem = next((right_word[:k] for k in range(1, len(right_word) + 1)
                 if k == len(right_word) or is_particle_chain(right_word[k:]) or right_word[k:] == "서"), "")
    if not SYLLABLES.fullmatch(stem):
        return False
    word = fold(words[-1] + stem)
    text = page.article()[0]
    for m in re.finditer(rf"(?<![가-힣]){re.escape(word)}", text):
        # (a place where spam glued the same word after another phrase of its own proves nothing either)
        before = re.search(r"(\S+)\s*$", text[max(0, m.start() - 20) : m.start()])
        if before is None or not any(q.strength >= STRONG
                                     for q in page.lexicon.phrases(fold(f"{before.group(1)} {words[-1]}"))):
            return True
    return False


_DIGITS_THEN_PARTICLE = re.compile(r"(\d+)([가-힣]*)")


def places(page: Page) -> list[Clue]:
    """Clues about single occurrences in the article: obfuscated spellings, particles that belong to another
    word, phrases glued inside words, lines made of phrases only, commercial phrases in an article that is not
    about gambling."""
    clues = []
    for b in page.blocks(*ARTICLE):
        if topic_heading(page, b):
            continue
        if b.role == d.TAG and _storys_own_tag(page, fold(b.text)):
            continue  # a tag stands bare by nature: one the prose writes is the article's (사설토토 under its story)
        text = b.text
        covered = 0
        own_tags = _the_articles_tags(page, text) if "#" in text else []
        for p in page.phrases[b.id]:
            a, e, orig = page.span_text(b, p)
            covered += e - a
            if any(x <= a and e <= y for x, y in own_tags):
                continue  # a tag glues words its story writes apart (#불법사설경마): no word of spam's put there
            own = without_own_edges(page, b, p)
            if own is not p:
                p = own
                a, e, orig = page.span_text(b, p)
            kw = norm_keyword(orig)
            left = text[a - 1] if a > 0 else ""
            right_word = re.match(r"[^\s\"'“”‘’(),.\[\]<>·…:;!?]*", text[e:]).group()
            digits = _DIGITS_THEN_PARTICLE.fullmatch(right_word) if "brand" in p.kinds else None
            if (digits and (not digits.group(2) or is_particle_chain(digits.group(2)))
                    and quoted(text, a, e + digits.end(1))):
                # '벳클럽365'(에): a brand's name with digits a story quotes, no phrase glued to a word (not
                # 카지노200억원, nor spam's phrase glued before a number, 승점 벳무브15로, 바카라사이트0.9로)
                e += digits.end(1)
                orig, kw, right_word = text[a:e], norm_keyword(text[a:e]), right_word[digits.end(1) :]
            if _obfuscated(orig):
                if not _quoted_spelling(page, b, a, e):  # '바.카.라'처럼: a story shows how ads spell it
                    clues.append(Clue(kw, "obfuscated spelling", W_CERTAIN, b.id, a, e))
                continue
            part = _particle_after(page, right_word)
            if part and particle_fits(orig.replace(" ", ""), part) is False:
                a = _own_words_left(page, b, p, a, orig)
                while a > 0 and (is_hangul(text[a - 1]) or text[a - 1].isalnum()):
                    a -= 1  # 골드문카지노은: the particle follows the whole glued word, not the game word in it
                kw = norm_keyword(text[a:e])
                clues.append(Clue(kw, f"the particle {part} cannot follow {orig.split()[-1]}", W_CERTAIN, b.id, a, e))
                continue
            nxt = _next_word_misfit(text, e) if not right_word else None
            if nxt:
                e2, word, part = nxt
                why = f"the particle {part} cannot follow {word}, the word after {orig.split()[-1]}"
                if all(n >= 2 for n in _standalone_uses(page, b, p, orig.split()).values()):
                    a = e2 - len(word)  # 카지노 별빛카지노은: the article's 카지노, then the word that replaced another
                clues.append(Clue(norm_keyword(text[a:e2]), why, W_STRONG, b.id, a, e2))
                continue
            glued_left = bool(left) and (is_hangul(left) or left.isalnum())
            if not glued_left and _the_odds_setter(page, b, p, kw):
                continue
            # a topic phrase whose last word is a verb's noun, conjugated (흥신소 의뢰해, 이혼 상담했다): prose
            verb = ("topic" in p.kinds and not {"game", "brand"} & p.kinds and bool(_HADA.fullmatch(right_word))
                    and _the_storys_verb(page, orig, right_word))
            # (a headline's 서 after a vowel is its 에서 said short, in crime news: 불법 베팅 사이트서 1억)
            short_eseo = (right_word == "서" and b.role == d.TITLE and final_consonant(orig) == 0
                          and _ILLEGAL_BEFORE.search(text, max(0, a - 12), a) is not None)
            glued_right = bool(right_word) and not is_particle_chain(right_word) and not verb and not short_eseo
            if (glued_right and p.atoms[-1].kind not in CORE and len(right_word) <= 3
                    and _REPORTER.match(text, e + len(right_word))):
                continue  # KW 한도|윤 기자: the phrase's last, ordinary word begins a reporter's name (the keyword
                # is read from elsewhere on the page, or left: a cut here would take the name's first syllables)
            if glued_left and not glued_right and " " in orig.strip() and (
                    p.atoms[0].kind != "topic" or _core_after_first_word(page, b, p)):
                # 비카지노 골드문카지노: the first word finishes a compound of the prose; the rest stands apart
                # (glued on both sides, 부산지방바카라 필승법청, the phrase took a word's place inside a compound;
                # a topic compound with none after it, 소액생계비대출 한도, is the prose's word and its business)
                first = orig.split()[0]
                a += orig.index(first) + len(first)
                while a < e and text[a].isspace():
                    a += 1
                orig, kw, glued_left = text[a:e], norm_keyword(text[a:e]), False
            # glued before the first word of a sentence or a quotation (이혼전문변호사상담이혼 소송이 ...): spam's
            # template, not a quoted name
            starts = glued_right and not glued_left and _opens_sentence(text, a)
            if glued_right and not glued_left and not starts:
                a2 = _modifier_opening(page, text, a)
                if a2 is not None:  # ‘최신 그래프게임쿠폰응급의료기관: the modifier opened the template too
                    a, kw, starts = a2, norm_keyword(text[a2:e]), True
            if glued_right and not glued_left and _word_of_the_page(page, orig, right_word):
                continue  # 이벤트 키노트서 beside the page's #키노트: its last word begins the page's own word
            if (p.strength >= STRONG and (glued_left or glued_right) and (starts or not quoted(text, a, e))
                    and not _rank_of_firms(page, p, text, e)):
                # in an article about it, a topic word glued on one side is a compound of the prose (협의이혼)
                prose = (not (glued_left and glued_right) and not starts and "brand" not in p.kinds
                         and on_topic(page, b, p))
                clues.append(Clue(kw, "glued inside a word", W_MEDIUM if prose else W_STRONG, b.id, a, e))
                continue
            if glued_right and not glued_left and "topic" in p.kinds and not on_topic(page, b, p) \
                    and not _SUFFIXED.fullmatch(right_word):
                # 24시 홈타이시민들은, 무직자 비상금대출시민들은: a word of another topic, glued to the first word of a
                # sentence of an article that never speaks of it, with the bare word that opened the template
                a2 = a if starts else _bare_opening(page, text, a)
                if a2 is not None:
                    e = _rest_of_nouns_line(text, a2, e)
                    clues.append(Clue(norm_keyword(text[a2:e]), "glued to the first word of a sentence", W_STRONG,
                                      b.id, a2, e))
                else:  # 이날 홈타이주민들은: glued inside the sentence, the story's 이날 before it
                    clues.append(Clue(kw, GLUED_OFF_TOPIC, W_MEDIUM, b.id, a, e))
                continue
            # one Korean word used with its own particle, as prose does (스토킹범은 흥신소를 통해): a mention
            # (on a sports or games page, a game word and a common noun after it written as one, 베팅업체들이, is
            # one noun too, the common noun its head, taking the plural; not a game word after a common one,
            # 라이브바카라들이)
            compound = (len(p.atoms) > 1 and set(p.kinds) <= {"game", "common"} and p.atoms[0].kind == "game"
                        and p.atoms[-1].kind == "common" and _sports_page(page))
            plural = compound and right_word[:1] == "들" and (right_word == "들" or is_particle_chain(right_word[1:]))
            grammatical = SYLLABLES.fullmatch(orig) is not None and (plural or (
                len(p.atoms) == 1 and part != "" and particle_fits(orig, part) is True))
            # the other topics (lawyers, loans, detectives) are slipped in bare; with a particle they are prose
            grammatical = grammatical or verb or ("topic" in p.kinds and not {"game", "brand"} & p.kinds
                                                  and right_word != "" and is_particle_chain(right_word))
            if p.strength >= STRONG and grammatical:
                if not {"game", "brand"} & p.kinds and (on_topic(page, b, p) or _headline_term(page, p, kw)):
                    continue  # 청년도약대출 한도를 in a story about loans: its own words
                clues.append(Clue(kw, COMMERCIAL, W_MEDIUM, b.id, a, e))
            elif p.strength >= STRONG:
                topic = on_topic(page, b, p) or _headline_term(page, p, kw)
                if not topic and plain_name(p, kw):
                    if b.role == d.TAG and not _names_said(page, kw):
                        # a casino's name tagged on a story on another subject that never names it: spam's tag
                        clues.append(Clue(kw, _TAGGED_NAME, W_STRONG, b.id, a, e))
                    else:
                        # 메모리슬롯, 강원랜드카지노: a game word after a name may be the article's own word, on a
                        # page shown contaminated too (축구토토 승무패 in a story that names its products)
                        why = PLAIN_BARE if not right_word else COMMERCIAL
                        clues.append(Clue(kw, why, W_MEDIUM, b.id, a, e))
                elif (not topic and not _crime_news(text, a, e, right_word) and not _quoted(page, p, text, a, e)
                      and not _headline_subject(page, p, kw) and not _rank_of_firms(page, p, text, e)):
                    why = OFF_SUBJECT
                    clues.append(Clue(kw, why, W_STRONG, b.id, a, e))
                elif not topic:
                    # 불법 베팅 사이트와 짜고: a sentence of crime news with its own particle, weak alone
                    clues.append(Clue(kw, COMMERCIAL, W_MEDIUM, b.id, a, e))
                elif why := _on_topic_reason(page, b, p, kw, text, a, e, right_word):
                    clues.append(Clue(kw, why, W_MEDIUM, b.id, a, e))
            elif glued_left and not right_word and not quoted(text, a, e):
                clue = _named_game(page, b, p, a, e)
                if clue:
                    clues.append(clue)
        strong = [p for p in page.phrases[b.id] if p.strength >= STRONG]
        if len(strong) >= 2 and _PROMO_DOMAIN.search(text) and not reported_crime(text):
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
                and covered >= 0.8 * len(re.sub(r"[\s|:,.#]", "", rest)) and not _the_articles_run(page, text)):
            for p in page.phrases[b.id]:
                clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), KEYWORD_LINE, W_STRONG, b.id))
    keyword_lines = any(c.reason == KEYWORD_LINE for c in clues)
    return clues + _like_the_keyword_lines(page, keyword_lines)


# the forms of 하다 that make a verb of the noun before them (의뢰해, 상담했다, 추천하는), and nothing after them
_HADA = re.compile(r"하(?:는|고|며|여|면|지|기|던|자|다|게|면서|려고|려던|려는|기로|거나|지만)|해(?:서|도|야|요|온)?"
                   r"|했(?:다|고|던|으며|지만|는데|으나|다가|다며|다고)?|한다|한|할|함|합니다")


def _the_storys_verb(page: Page, phrase: str, ending: str) -> bool:
    """Whether the prose writes the phrase's first word with its particle and its last word with the same form of
    하다 (``흥신소에 의뢰해`` for the headline's ``흥신소 의뢰해``): the story's own verb, where spam slips its phrase
    before a 하다-like syllable of the sentence (``흥신소 비용한 관계자``)."""
    words = fold(phrase).split()
    if len(words) < 2:
        return False
    key = ("verb", f"{words[0]} {words[-1]}{ending}")
    if key not in page.answers:
        said = rf"{re.escape(words[0])}[가-힣]{{1,3}}\s+{re.escape(words[-1])}{re.escape(ending)}(?![가-힣])"
        page.answers[key] = re.search(said, page.tagless_prose) is not None
    return page.answers[key]


def _core_after_first_word(page: Page, b: d.Block, p: Phrase) -> bool:
    """Whether an atom of a game, a brand or a topic stands after the phrase's first word."""
    space = page.folded[b.id].text.find(" ", p.start, p.end)
    return space >= 0 and any(x.kind in CORE and x.start > space for x in p.atoms)


_NOUNS_LINE = re.compile(r"[가-힣A-Za-z0-9]{2,12}(?: [가-힣A-Za-z0-9]{2,12}){1,2}")


def _glued_atom(page: Page, word: str) -> bool:
    """A word of the lexicon written together with a noun of two syllables or more (변호사상담, 대출가능): the
    compounds of spam's service words, where a heading writes 전문가 진단."""
    for m in page.lexicon.atom_re.finditer(word):
        if _TWO_SYLLABLES_END.search(word[: m.start()]) or _TWO_SYLLABLES.match(word[m.end() :]):
            return True
    return False


# ``A와 B, KW 등``: the last item of an enumeration, closed by 등 (and others) with or without its particle
_ENUMERATION_END = re.compile(r"\s*등(?:[은는이을의과와도에]|에서|으로)?(?=[\s,.]|$)")


_LIST_MARK = re.compile(r"\s*[▲△■□●○◆◇▶▷•·*-]\s*")


def _list_label(text: str, a: int, e: int) -> bool:
    """A phrase that labels an item of the story's list: a mark opens the paragraph right before it and a dash or a
    colon follows (``▲ 토토 1위 - 부산 ... 복권방``)."""
    return bool(_LIST_MARK.fullmatch(text[:a])) and re.match(r"\s*[-–—:：]", text[e:]) is not None


def _enumerated(text: str, a: int, e: int) -> bool:
    """A phrase that is an item of the sentence's enumeration: between commas, or after a comma and before the
    등 that closes the list (``Bet365와 888스포츠, 스카이벳 등 업체``): a name the story lists, not one slipped
    between its words."""
    after_comma = text[:a].rstrip().endswith(",")
    return after_comma and (text[e:].lstrip().startswith(",") or bool(_ENUMERATION_END.match(text, e)))


def _a_quoted_message(text: str, a: int) -> bool:
    """Whether the paragraph is one quotation as a whole (``“[Web발신] 신규 첫충 30% ...”``), a message a story about
    gambling quotes, and the phrase is not its first word (spam puts its keyword right after a quotation mark)."""
    body = text.strip()
    m = _QUOTATION.fullmatch(body)
    return m is not None and text[: a].strip() not in ("", body[:1])


def _on_topic_reason(page: Page, b: d.Block, p: Phrase, kw: str, text: str, a: int, e: int, right_word: str) -> str:
    """Why a strong phrase in an article about its topic is spam's (weak alone: proof once the page is shown
    contaminated), or ``""`` where it reads as the story's own term: beside words of crime, said with a fitting
    particle elsewhere, listed, or labelling a list item.  Standing bare it is not a word of the sentence (BARE);
    spam's keyword shape is not the story's term even with a particle or beside words of crime (SHAPED)."""
    shaped = spam_shaped(page, kw)
    excused = legit_context(text, a, e)
    whole = a  # the word the phrase ends, whole (소액생계비대출: the lexicon's expression reads its last syllables)
    while whole and is_hangul(text[whole - 1]):
        whole -= 1
    said = (_said_in_prose(page, p, norm_keyword(text[whole:e])) or _the_storys_product(page, p, text[whole:e])
            or (p.kinds <= {"topic", "intent"} and said_of_its_head(page, b, p)))
    if ((excused and not shaped) or said or _enumerated(text, a, e) or (_a_quoted_message(text, a) and not shaped)
            or _list_label(text, a, e) or set(p.kinds) == {"topic"}):
        return ""
    if shaped and (right_word or excused):
        return SHAPED
    return BARE if not right_word else COMMERCIAL


def _said_in_prose(page: Page, p: Phrase, keyword: str) -> bool:
    """Whether ``keyword`` is a game word and one ordinary word written apart (``카지노 업체``, ``경마 사이트``; or
    a topic word and a word of its business, ``청년도약대출 한도``) that a paragraph or a caption of the article
    uses as a word of its sentence, with a particle that fits it (``카지노 업체의 실적이``): the story's own term,
    which its headline writes bare too (``카지노 업체 실적``).  Spam's longer phrases take the particles of the
    words they replaced, so they prove nothing this way."""
    if len(p.atoms) != 2 or (p.atoms[0].kind, p.atoms[1].kind) not in _TERM_KINDS or " " not in keyword:
        return False
    key = ("said in prose", keyword)  # (once: a page repeats its terms, spam its phrases, thousands of times)
    if key not in page.answers:
        last = keyword.split()[-1]
        pattern = re.compile(rf"(?<!\w){re.escape(keyword)}({_PARTICLE_ALT})(?!\w)")
        page.answers[key] = any(particle_fits(last, m.group(1)) is not False
                                for b in page.blocks(d.CAPTION, d.PARAGRAPH)
                                for m in pattern.finditer(page.folded[b.id].text))
    return page.answers[key]


_TAG_LINE = re.compile(r"(?:#[^\s#]{1,40}\s*)+")


def _own_run(page: Page, run: str) -> bool:
    """A hashtag run with listed tags, every one of them the article's own (:func:`tag_run`)."""
    listed, _, own = tag_run(page, run)
    return bool(listed) and own


def _the_articles_tags(page: Page, text: str) -> list[tuple[int, int]]:
    """The places of the hashtag runs in ``text`` that are the article's own (:func:`_own_run`)."""
    return [m.span() for m in _TAG_LINE.finditer(text) if _own_run(page, m.group())]


def _the_articles_run(page: Page, text: str) -> bool:
    """A line that is a hashtag run of the article's own words (``#바카라 #슬롯머신`` under a casino story that
    writes both): no line of spam's keywords."""
    return _TAG_LINE.fullmatch(text.strip()) is not None and _own_run(page, text)


def _headline_term(page: Page, p: Phrase, keyword: str) -> bool:
    """A topic word and a word of its business (``소액대출 한도``) that the headline writes and a sentence of the
    story says with a particle that fits it (``소액대출 한도를 늘린다``): what the story is about, where spam's
    phrase stands bare or takes the particles of the word it replaced."""
    if "topic" not in p.kinds or {"game", "brand"} & p.kinds:
        return False
    return norm_keyword(keyword) in page.headline and _said_in_prose(page, p, keyword)


def _headline_subject(page: Page, p: Phrase, keyword: str) -> bool:
    """A topic word and a word of its business, or a game word and a rank or an ordinary modifier (``메이저 카지노``,
    ``포커 1위``; no site, brand or offer), that the headline writes as words of their own and a sentence of the
    story writes as the modifier of a noun (``올해 1~9월 개인회생 상담 건수는`` under ``개인회생 상담 건수 역대
    최대``, ``6대 메이저 카지노 운영사의``): likely what the story is about, but spam slips its phrase before a noun
    too, so only weak evidence that the phrase is spam's (proof on a page shown contaminated by others)."""
    if not p.kinds & {"topic", "game"} or not p.kinds <= _SUBJECT_KINDS:
        return False
    kw = norm_keyword(keyword)
    key = ("headline subject", kw)
    if key not in page.answers:
        words = re.compile(rf"(?<![가-힣A-Za-z0-9]){re.escape(kw)}(?![가-힣A-Za-z0-9])")
        headed = words.search(page.headline)
        uses = [(f, m) for f in (page.folded[b.id].text for b in page.blocks(d.PARAGRAPH)) for m in words.finditer(f)
                if _MODIFIES_A_NOUN.match(f, m.end())
                and _INSIDE_A_SENTENCE.search(f, max(0, m.start() - 20), m.start())]
        # the headline's compound written by the prose too (개인회생 상담 건수), or the phrase before a noun in two
        # sentences: spam tacks its phrase onto the headline's edge and slips it before one noun of the story
        nxt = _NEXT_WORD.match(page.headline, headed.end()) if headed else None
        compound = nxt is not None and any(f.startswith(nxt.group(1), m.end() + 1) for f, m in uses)
        page.answers[key] = bool(headed) and (compound or len(uses) >= 2)
    return page.answers[key]


_NEXT_WORD = re.compile(r" ([가-힣A-Za-z0-9]+)")


_SUBJECT_KINDS = frozenset(("topic", "intent", "game", "modifier", "common"))
# a noun after a phrase, with its particle or a number after it (``건수는``, ``쇼핑몰 50곳을``), then more of the
# sentence; a word of the sentence before the phrase, on its line
_MODIFIES_A_NOUN = re.compile(r" [가-힣]{1,4}(?:[은는이가을를의에도과와]|으로|로|에서) \S"
                              r"| \d+[가-힣]{1,3}[은는이가을를] \S")
_INSIDE_A_SENTENCE = re.compile(r"[가-힣0-9]+ $")


def _the_storys_product(page: Page, p: Phrase, phrase: str) -> bool:
    """Whether the phrase opens with a name the story gives its subject (``누리안심대출 한도``): a topic compound
    that no list holds whole, in the headline, which a sentence or a caption of the article says as a word, quoted
    or with a particle (``'누리안심대출' 한도가``, ``누리안심대출을``).  Spam writes the compounds of its lists
    (``무직자대출``), and repeats what it made up bare, not as a word of the story's sentences."""
    name = fold(phrase).split()[0] if phrase.strip() else ""
    if p.atoms[0].kind != "topic" or len(name) < 4 or name in page.lexicon.atoms.get("topic", ()):
        return False
    key = ("product", name)
    if key not in page.answers:
        page.answers[key] = _headlined_and_said(page, name)
    return bool(page.answers[key])


def _headlined_and_said(page: Page, name: str) -> bool:
    if not any(name in page.folded[b.id].text for b in page.blocks(d.TITLE)):
        return False
    for b in page.blocks(d.CAPTION, d.PARAGRAPH):
        f = page.folded[b.id].text
        for m in re.finditer(re.escape(name), f):
            a, e = m.span()
            if not a_word_of_its_own(f, a, e):
                continue
            right = SYLLABLES.match(f, e)
            if (a and f[a - 1] in _OPENING_QUOTES) or (right and is_particle_chain(right.group())):
                return True
    return False


_OPENING_QUOTES = "'\"‘“「『"


_PARTICLE_ALT = alternation(COMMON_PARTICLES)
_TERM_KINDS = {("game", "commerce"), ("game", "site"), ("topic", "intent")}


# one syllable and a particle after a topic word: a suffix of its compound (탐정업은, 대출금을), not the first word of a
# sentence that spam glued itself to
_SUFFIXED = re.compile(rf"[가-힣](?:{_PARTICLE_ALT})?")


def _quoted(page: Page, p: Phrase, text: str, a: int, e: int) -> bool:
    """A name or a short phrase the article quotes (see :func:`_quoted_name`, :func:`_quoted_label`,
    :func:`_named_quotation`)."""
    closing_words = not {"game", "brand", "site"} & p.kinds
    return (_quoted_name(p, text, a, e) or _quoted_label(text, a, e, closing_words)
            or _named_quotation(page, text, a, e, closing_words))


def _quoted_label(text: str, a: int, e: int, closing_words: bool = True) -> bool:
    """A phrase inside a short quotation of its own (``‘무직자 급전 가능’ 같은 문구``, ``'소액대출 당일 입금'``): the
    article quotes an advertisement's words; spam slipped into a quoted sentence sits in a longer quotation, is
    glued, or is written in another script than the quotation's other words.  Without ``closing_words`` (a game
    word, a brand or a site) the phrase must close the quotation: ``‘KW 기생충’`` is a film's title with spam in it."""
    for opening, closing in _quotations(text, a, e, 12, 12 if closing_words else 1):
        inside = text[opening + 1 : closing]
        if any(q in inside for q in _LABEL_QUOTES.values()) or SENTENCE_END.search(inside):
            continue
        # the advertisement's words are in the phrase's script: one slipped into a quoted English title is not
        rest = text[opening + 1 : a] + text[e:closing]
        if _LATIN.search(rest) is None or not SYLLABLES.search(text, a, e):
            return True
    return False


def _named_quotation(page: Page, text: str, a: int, e: int, closing_words: bool = True) -> bool:
    """A phrase inside a quotation of short items that the sentence names as words written (``"신용불량자대출 OK,
    무직자대출 당일승인, 급전 24시 가능"이라는 문구``, ``‘...’ 같은 문자``): an advertisement quoted whole, however
    many offers it lists.  A game word, a brand or a site (without ``closing_words``) is excused so in a list whose
    every item is an offer or that opens with it as an item of its own (not ``"연기 최고, KW 영상미 최고"라는 평``,
    a saying spam wrote into), or in a title of one item that writes it as news does (``‘토토사이트 운영자의
    고백’이라는 에세이``; not in spam's shape: ``‘KW추천 기생충’ 같은 작품``)."""
    for opening, closing in _quotations(text, a, e, 60, 60):
        inside = text[opening + 1 : closing]
        items = inside.split(",")  # an advertisement's offers: short, between commas; not a sentence said
        if (any(q in inside for q in _LABEL_QUOTES.values()) or SENTENCE_END.search(inside)
                or not all(len(x.strip()) <= 20 for x in items) or not _QUOTING.match(text, closing + 1)):
            continue
        if closing_words:
            return True
        if len(items) >= 2:
            # every item an offer, or the phrase a title's first item (‘KW, 그 후’라는 다큐멘터리; not one among
            # ordinary words: "친절, KW, 저렴한 가격"이라는 평)
            if (all(any(True for _ in page.lexicon.phrases(fold(x))) for x in items)
                    or items[0].strip() == text[a:e]):
                return True
        elif not spam_shaped(page, norm_keyword(text[a:e])):
            return True
    return False


def _quotations(text: str, a: int, e: int, before: int, after: int) -> Iterator[tuple[int, int]]:
    """Where a quotation around ``text[a:e]`` opens and closes, for each kind of quotes: the nearest opening mark
    less than ``before`` characters before the phrase and the first closing one less than ``after`` after it (a
    straight quote after an odd number of them closes a quotation, it opens none)."""
    for opener, closer in _LABEL_QUOTES.items():
        opening = text.rfind(opener, max(0, a - before), a)
        closing = text.find(closer, e, e + after)
        if opening >= 0 and closing >= 0 and not (opener == closer and text.count(opener, 0, opening) % 2):
            yield opening, closing


# what names a quotation as words written: ``"..."이라는 문구``, ``'...' 같은 광고``, ``'...' 등의 문자``
_QUOTING = re.compile(r"(?:이)?라는|\s?같은|\s?등의?(?![가-힣])")


_LATIN = re.compile("[A-Za-z]")
def _quoted_spelling(page: Page, b: d.Block, a: int, e: int) -> bool:
    """``text[a:e]`` is a spelling the article quotes to show it (``'바.카.라', 'ㅋㅈㄴ'처럼 단어를 쪼갠``): all that a
    pair of quotation marks holds, in a sentence that names it as a spelling (처럼, 같은, 로 ...) and quotes another
    short spelling too, or in a story about gambling that writes the word plainly elsewhere.  Spam slips its
    spellings in bare, or quoted alone in a sentence of its own."""
    text = b.text
    opening = text[a - 1 : a] if a else ""
    if opening not in _LABEL_QUOTES or text[e : e + 1] != _LABEL_QUOTES[opening]:
        return False
    starts = [m.end() for m in _SENTENCE_BOUNDARY.finditer(text, max(0, a - _SENTENCE_REACH), a)]
    start = starts[-1] if starts else 0
    after = _SENTENCE_BOUNDARY.search(text, e, e + _SENTENCE_REACH)
    end = after.start() if after else len(text)
    if not _NAMED_AS.match(text, _QUOTED_RUN.match(text, e + 1, end).end()):
        return False  # quoted as a word of the sentence ('바.카.라' 설계 기업): spam's
    if any(m.start() != a - 1 for m in _QUOTED_SHORT.finditer(text, start, end)):
        return True
    word = fold(text[a:e]).replace(" ", "")
    key = ("plain word", word)
    if key not in page.answers:
        page.answers[key] = page.tagless_prose.count(word)
    return page.gambling_topic and page.answers[key] > page.folded[b.id].text.count(word)


_SENTENCE_REACH = 300
_SENTENCE_BOUNDARY = re.compile(r"[.!?](?=\s|$)|\n")  # (not the dots of a spelling, 바.카.라)
# a short quoted spelling, no space in it ('ㅋㅈㄴ', 'T0T0')
_QUOTED_SHORT = re.compile(r"['‘\"“「][^'’\"”」\s]{1,12}['’\"”」]")
# more quoted items after one (``, 'ㅋㅈㄴ', '토-토'``), then the words naming them as spellings (처럼, 같은, 로)
_QUOTED_RUN = re.compile(r"(?:\s*[,、·]?\s*['‘\"“「][^'’\"”」\n]{1,12}['’\"”」])*")
_NAMED_AS = re.compile(r"(?:처럼|같은|같이|등|으로|로|이라는|라는|이라고|라고|이란|란|이나|나)(?![가-힣])")


_LABEL_QUOTES = {"‘": "’", "“": "”", "「": "」", "『": "』", "'": "'", '"': '"'}


def _quoted_name(p: Phrase, text: str, a: int, e: int) -> bool:
    """A single name between its own quotation marks (‘벳노트’도): the article names a product or a firm, which spam
    does not (a name slipped into a quoted sentence is no such name)."""
    return (len(p.atoms) == 1 and p.atoms[0].kind == "brand" and a > 0 and e < len(text)
            and text[a - 1] in "‘“'\"「『《〈" and text[e] in "’”'\"」』》〉")


def _rest_of_nouns_line(text: str, a: int, e: int) -> int:
    """Where the template glued at ``text[a:e]`` ends: the end of the line when the line is that and one or two bare
    nouns (``불륜조사 의뢰``: spam's line whole, no sentence of the article), else ``e``."""
    line = text[a:].rstrip()
    if len(line) > 24 or not _NOUNS_LINE.fullmatch(line) or SENTENCE_END.search(line):
        return e
    return e if any(ends_in_particle(w) for w in line[e - a :].split()) else a + len(line)


def _like_the_keyword_lines(page: Page, keyword_lines: bool) -> list[Clue]:
    """Paragraphs shaped like spam's keyword lines that no list knows whole (``채무조정 상담가능``, ``보험청구
    전문상담``): two or three bare nouns, no particle, no punctuation, one of them a compound of a lexicon word
    (상담, 가능, 전문 ...).  A sentence of the article has particles and an ending; a subheading of one mostly has
    punctuation, a verb or words apart.  Proof beside lines of keywords only (``keyword_lines``); elsewhere weak,
    proof once the page is shown contaminated."""
    clues = []
    for b in page.blocks(d.PARAGRAPH):
        text = b.text.strip()
        if page.phrases[b.id] or len(text) > 24 or not _NOUNS_LINE.fullmatch(text) or SENTENCE_END.search(text):
            continue
        if any(ends_in_particle(w) for w in text.split()):
            continue
        if any(_glued_atom(page, w) for w in fold(text).split()):
            a = b.text.index(text)
            if keyword_lines:
                clues.append(Clue(norm_keyword(text), "a line of bare nouns like the page's keyword lines",
                                  W_STRONG, b.id, a, a + len(text)))
            else:
                clues.append(Clue(norm_keyword(text), LONE, W_MEDIUM, b.id, a, a + len(text)))
    return clues


_ILLEGAL_BEFORE = re.compile(r"(?:불법|무허가|미등록|사설)\s*$")


_OPENING = re.compile(r"(?:^|[.!?…]\s|(?:^|\s)[\"“‘'「『])\s*$")


_WORD_BEFORE = re.compile(r"([가-힣A-Za-z0-9]{1,6}) $")


def _opening_word(text: str, a: int) -> re.Match | None:
    """The word right before ``text[a:]`` (one space apart) when it opens a sentence or a quotation."""
    m = _WORD_BEFORE.search(text, max(0, a - 8), a)
    return m if m and _opens_sentence(text, m.start(1)) else None


def _bare_opening(page: Page, text: str, a: int) -> int | None:
    """Where a bare word (no particle) that opens a sentence right before ``text[a:]`` starts, when the article
    writes it nowhere else (무직자, not the story's 이날 or 올해); else ``None``."""
    m = _opening_word(text, a)
    if m and not ends_in_particle(m.group(1)) and page.word_starts(fold(m.group(1))) <= 1:
        return m.start(1)
    return None


def _particle_after(page: Page, right_word: str) -> str:
    """The particle glued after a phrase, unless the letters after it begin a word the article writes on its own
    elsewhere (``KW과수 농가``: the story's 과수, not the particle 과)."""
    part = leading_particle(right_word)
    if part and not is_particle_chain(right_word) and page.word_starts(fold(right_word[:2])) >= 1:
        return ""
    return part


def _modifier_opening(page: Page, text: str, a: int) -> int | None:
    """Where an ordinary modifier (a lexicon ``[common]`` or ``[intent]`` word: 최신, 무료, 24시) stands right before
    ``text[a:]`` and opens a sentence or a quotation, the modifier's start; else ``None``.  The lexicon leaves such
    a word out of a phrase (``무료 라이브카지노``: the sentence's own 무료), but one that begins a sentence whose
    first word has a phrase glued to it came with the phrase."""
    m = _opening_word(text, a)
    if m and page.lexicon.kind_of(m.group(1)) in ("common", "intent"):
        return m.start(1)
    return None


def _opens_sentence(text: str, a: int) -> bool:
    """``text[a:]`` begins a sentence: the paragraph's start, after a sentence's end, or after an opening quote
    mark (``"바카라사이트 추천특히 20대는``: glued to the first word of a quotation, as to a sentence's)."""
    return _OPENING.search(text, max(0, a - 3), a) is not None


def _crime_news(text: str, a: int, e: int, right_word: str) -> bool:
    """``불법 베팅 사이트와 짜고``, ``불법 베팅 사이트 접속 여부``: a commercial phrase named by news about a crime --
    called illegal right before it, or used with its own particle beside words of crime and regulation.  (Not one
    called legal: spam calls its sites so, 합법 토토사이트 추천.)"""
    if _ILLEGAL_BEFORE.search(text, max(0, a - 12), a):
        return True
    return bool(right_word) and is_particle_chain(right_word) and legit_context(text, a, e)


def _own_words_left(page: Page, b: d.Block, p: Phrase, a: int, orig: str) -> int:
    """Where the keyword before a misfit particle starts: ``카지노 골드문카지노은`` in a story about a casino is the
    article's own 카지노 and the keyword 골드문카지노.  The particle proves only the word it is glued to; words
    before it that the article uses on their own elsewhere (twice or more) are the article's."""
    spans = [m.span() for m in re.finditer(r"\S+", orig)]
    if len(spans) < 2:
        return a
    words = [orig[x:y] for x, y in spans]
    uses = _standalone_uses(page, b, p, words[:-1])
    k = 0
    while k < len(words) - 1 and uses.get(fold(words[k]), 0) >= 2:
        k += 1
    return a + spans[k][0]


def _standalone_uses(page: Page, b: d.Block, p: Phrase, words: list[str]) -> dict[str, int]:
    """How often each of ``words`` (folded) stands as a phrase of its own elsewhere in the article."""
    own = page.folded[b.id].text[p.start : p.end]
    uses = {}
    for w in words:
        t = fold(w)
        uses[t] = page.phrase_counts[t] - (t == own and b.role in ARTICLE)
    return uses


# a noun and a common particle whose form follows the noun's final consonant (은/는, 으로/로): one that may misfit
_TWO_FORMS = [p for p, need in COMMON_PARTICLES.items() if need]
_NOUN_PARTICLE = re.compile(rf"([가-힣]{{2,5}})({alternation(_TWO_FORMS)})(?![가-힣])")


_VERB_STEM_END = re.compile(r"[있없었았였겠했했됐갔왔봤줬]$")


def _next_word_misfit(text: str, end: int) -> tuple[int, str, str] | None:
    """After a keyword and one space, a noun whose particle does not fit it (``룰렛 전략는``): the noun is the
    keyword's last word, and the particle belongs to the word the whole keyword replaced.  Returns where that
    noun ends, the noun and the particle."""
    m = _NOUN_PARTICLE.match(text, end + 1) if text[end : end + 1] == " " else None
    if not m or _VERB_STEM_END.search(m.group(1)) or particle_fits(m.group(1), m.group(2)) is not False:
        return None
    if m.group(1)[-1] + m.group(2) in NOUNS_ENDING_LIKE_A_PARTICLE:
        return None  # 카지노 경제효과: a compound ending in 효과, no 과 after 경제효
    if _REPORTER.match(text, m.end()):
        return None  # 황보다은 기자: a reporter's name, whatever its last syllable looks like
    return m.end(1), m.group(1), m.group(2)


_REPORTER = re.compile(r"\s*(?:기자|특파원|통신원)(?![가-힣])")


_PLAIN_NAME = re.compile(rf"[a-z가-힣]+(?:{'|'.join(NAME_GAMES)})")


_SUBJECT_SHAPE = re.compile(rf"[a-z가-힣]{{1,8}}(?:{'|'.join(NAME_ENDINGS)})|벳[가-힣]{{2,4}}|"
                            r"[a-z]{1,3}\d{1,3}")  # or a product's code: k9, t1, s25


#: reasons that come from a phrase's shape alone, not from anything the page did to it
LEXICAL = (COMMERCIAL, "glued inside a word", "in an ")


def subject_name(page: Page, keyword: str) -> bool:
    """A company or venue named like a gambling brand that the article is about (반려동물 병원 체인 바른벳, 게임사
    블루슬롯, 제주드림카지노): in the headline, used three times or more, every particle after it fitting and never
    the ending of a place's name (``KW시``, ``KW공항``).  Its shape alone proves nothing, on a contaminated page
    too: only what spam did with it does."""
    if not _SUBJECT_SHAPE.fullmatch(keyword):
        return False
    if not any(keyword in page.folded[b.id].text for b in page.blocks(d.TITLE)):
        return False
    uses = 0
    for b in page.blocks(*ARTICLE):
        f = page.folded[b.id].text
        for m in re.finditer(re.escape(keyword), f):
            uses += 1
            after = SYLLABLES_OR_NONE.match(f[m.end():]).group()
            if after in _PLACE_ENDINGS:
                return False  # KW시, KW공항: the name stands where a place's name stood
            part = leading_particle(after)
            if part and particle_fits(keyword, part) is False:
                return False
    return uses >= 3


# what follows a place's name, written together with it (제주시, 제주공항, 속초항): never a firm's or venue's name
_PLACE_ENDINGS = frozenset(("시", "군", "구", "읍", "면", "공항", "국제공항", "항", "역", "시청", "군청", "구청",
                            "도청", "시민", "군민", "도민"))


def plain_name(p: Phrase, keyword: str) -> bool:
    """A brand-shaped word that is only letters and a game word (no digits, no 벳): ordinary compounds have the
    same shape (메모리슬롯, 스포츠토토, 강원랜드카지노)."""
    return len(p.atoms) == 1 and p.atoms[0].kind == "brand" and _PLAIN_NAME.fullmatch(keyword) is not None


def _bylinish(line: str) -> bool:
    """A byline, possibly with something glued before it."""
    return bool(_BYLINE_END.search(line))


def _short_line(line: str, covered: int) -> bool:
    """Two to four words without a sentence ending, a keyword phrase making up a good part of them."""
    words = line.split()
    chars = len("".join(words))
    return 2 <= len(words) <= 4 and chars <= 24 and covered * 2 >= chars and not SENTENCE_END.search(line)



def _named_game(page: Page, b: d.Block, p: Phrase, a: int, e: int) -> Clue | None:
    """A game word glued to the end of a name (``OOO슬롯``) and standing bare mid-sentence, in an article on
    another subject: a gambling service's name slipped into the prose (proof once the page is shown
    contaminated)."""
    if len(p.atoms) != 1 or p.atoms[0].kind != "game":
        return None
    ta, _ = word_bounds(b.text, a, e)
    head = b.text[ta:a]
    if len(_NOT_LETTER.sub("", head)) < 2 or not _LETTERS_DIGITS.fullmatch(head):
        return None
    if on_topic(page, b, p):
        return None
    return Clue(norm_keyword(b.text[ta:e]), BARE, W_MEDIUM, b.id, ta, e)


# a sentence ending of the polite registers (접속하세요, 드립니다, 진행 중입니다): advertisements address the reader,
# news prose does not (outside quotations)
_POLITE = re.compile(r"(?:세요|십시오|습니다|입니다|드립니다|됩니다|합니다)[.!~]*(?=\s|$|[,)])")


_QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』")


# hosts of public bodies, schools and research institutes: news points readers to them
_PUBLIC_HOST = re.compile(r"\.(?:go|or|ac|re|mil)\.kr$|\.(?:gov|edu|mil|int)(?:\.[a-z]{2})?$")


def promotions(page: Page) -> list[Clue]:
    """A paragraph advertising a site: it names a web address (not the page's own, nor a public body's) in the
    language of an offer -- addressing the reader in the polite register outside quotations (``바로 접속하세요``,
    ``드립니다``) with a word of the offer (혜택, 신규 회원, 페이백, 환전), or two words of the offer beside an
    address shaped like spam's (digits or a hyphen in its name, a spam-prone top-level domain, a gambling word).
    News names sites too, and describes offers: weak alone, proof on a page shown contaminated.  Korean only."""
    clues: list[Clue] = []
    if not page.korean:
        return clues
    for b in page.blocks(d.PARAGRAPH, d.CAPTION):
        for m in _PROMO_DOMAIN.finditer(b.text):
            host = m.group().lower()
            if (page.host and (host == page.host or host.endswith("." + page.host))) or _PUBLIC_HOST.search(host):
                continue
            prose = _QUOTATION.sub(" ", b.text)
            offers = set(page.lexicon.promo_re.findall(fold(prose).replace(" ", "")))
            polite = _POLITE.search(prose) is not None
            if (polite and offers) or (len(offers) >= 2 and spam_host(page, host)):
                clues.append(Clue(norm_keyword(m.group()), PROMO, W_MEDIUM, b.id, m.start(), m.end()))
    return clues


def spam_host(page: Page, host: str) -> bool:
    """An address shaped like spam's: digits or a hyphen in its name, a spam-prone top-level domain, or a
    gambling word."""
    name, _, tld = host.rpartition(".")
    return bool(re.search(r"[\d-]", name)) or tld in page.lexicon.spam_tlds or page.lexicon.is_gambling_domain(host)
