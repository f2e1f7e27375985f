"""Evidence in the page's layout: hidden keyword blocks, keyword lists, off-site gambling links, alt texts, menu
lines, hashtag runs, and names standing alone or glued where no sentence puts them.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import document as d
from ..korean import NUMBER_UNITS, SYLLABLES, ends_in_particle, is_particle_chain
from ..normalize import fold
from ..parse.body import is_table_row
from .lexicon import STRONG
from .page import (
    ARTICLE,
    BARE_LINK,
    HASHTAGS,
    LINK_TO,
    LONE,
    PLAIN_TAGS,
    SENTENCE_STARTS,
    W_CERTAIN,
    W_MEDIUM,
    W_STRONG,
    Clue,
    Page,
    articles_tag,
    host_of,
    list_items,
    norm_keyword,
    similar,
    spam_shaped,
    tag_run,
    topic_heading,
)
from .prose import spam_host, subject_name

# name shapes: letters (Latin or Hangul) with digits (포세이돈98, MACAU7), or capitals inside (LUCKYPEAK, BetKing)
_WITH_DIGITS = r"[A-Za-z가-힣]+\d+[A-Za-z가-힣\d]*"
_CAPITALS = r"[A-Z][A-Za-z]*[A-Z][A-Za-z]{2,}\d*"
#: a whole word shaped like a name
NAME = re.compile(rf"(?<![\w])(?:{_WITH_DIGITS}|{_CAPITALS})(?![\w])")


def _runs(page: Page, b: d.Block) -> list[str]:
    """The items of a hidden block written as one run of text: its lexicon phrases and the name-shaped tokens
    (letters with digits, capitalized Latin names) between them."""
    items = [page.span_text(b, p)[2] for p in page.phrases[b.id]]
    items += [m.group() for m in NAME.finditer(b.text)]
    return items


def hidden_blocks(page: Page) -> list[Clue]:
    """Hidden elements stuffed with keyword links: every item of a spammy hidden block is a keyword."""
    clues = []
    shown: list[str] = []  # the article's text, spaces made single: worked out once, when a block asks
    for b in page.blocks(d.HIDDEN):
        if not b.links and _shown_copy(page, b, shown):
            continue
        items = [x.strip() for x in list_items(b) if 2 <= len(x.strip()) <= 50]
        if not items or (len(items) == 1 and len(b.text) > 50):
            items = [x for x in _runs(page, b) if 2 <= len(x) <= 50]
        if not items:
            continue
        found = {x: [p.strength for p in page.lexicon.phrases(fold(x))] for x in items}
        with_phrase = [x for x, ps in found.items() if ps]
        # one game word in a hidden advertisement slot ("slots") is not a keyword list
        listy = any(STRONG in ps for ps in found.values()) or len(with_phrase) >= 3
        gambling_links = [lk for lk in b.links if page.lexicon.is_gambling_domain(host_of(lk.href))]
        spammy = (len(with_phrase) * 3 >= len(items) and listy) or len(gambling_links) >= 1
        farm = not spammy and _link_farm(page, b, items)
        if spammy or farm:
            for x in items:
                if farm and not found[x] and _plain_word(x):
                    continue  # (a word of the sentence, not a name: left to the other evidence)
                for k in _with_names(x):
                    # a name the story is about, listed inside a keyword (Bet365 우회주소 in a story on Bet365), is
                    # the story's: the item is spam's, the name alone is not
                    if k != x and subject_name(page, norm_keyword(k)):
                        continue
                    clues.append(Clue(norm_keyword(k), f"in a hidden block ({b.origin})", W_CERTAIN))
    return clues


def hidden_link_farm(page: Page) -> bool:
    """Whether a hidden block of the page is a farm of links to spam-shaped addresses (:func:`_link_farm`)."""
    return any(_link_farm(page, b, list_items(b)) for b in page.blocks(d.HIDDEN) if len(b.links) >= 3)


def _link_farm(page: Page, b: d.Block, items: list[str]) -> bool:
    """A hidden block of links out and nothing else, to three sites or more, every address shaped like spam's
    (digits in its name and a spam-prone top-level domain: ``nova365-play.top``): links planted for a search
    engine, whatever their anchors say.  A hidden share menu or list of sister sites links to addresses of
    another shape, with digits (``news1.kr``, ``emart24.co.kr``) or a newer domain (``greenhouse.shop``) but not
    both: their names are words of the story."""
    if not _offsite_link_list(page, b, items) or len(b.text.split()) > 3 * len(items):
        return False
    for lk in b.links:
        name, _, tld = host_of(lk.href).rpartition(".")
        if not (re.search(r"\d", name) and tld in page.lexicon.spam_tlds):
            return False
    return True


def _shown_copy(page: Page, b: d.Block, shown: list[str]) -> bool:
    """Whether a hidden block is a copy of text the article shows (a caption printed again in a hidden element of
    the layout, whole, cut short with an ellipsis or with the photo's credit after it): the story's words, hidden
    twice, not a list of spam's.  What the copy adds must hold no lexicon phrase."""
    text = " ".join(b.text.split())
    if len(text) < 20:
        return False
    if not shown:
        shown.append(" ".join(page.article()[0].split()))
    lo, hi = 0, len(text)  # the longest start of the copy that the article shows (binary search)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text[:mid] in shown[0]:
            lo = mid
        else:
            hi = mid - 1
    rest = text[lo:]
    return lo >= 20 and lo >= 0.75 * len(text) and not any(page.lexicon.phrases(fold(rest)))


def _with_names(item: str) -> list[str]:
    """An item of a keyword list and the names inside it (``파워볼사이트 은하수77``: the phrase, and 은하수77, which
    spam also uses alone, in the place of the article's words)."""
    words = item.split()
    return [item] + [w for w in words if len(words) > 1 and NAME.fullmatch(w)]


LISTED = "listed among keywords"


def keyword_lists(page: Page) -> list[Clue]:
    """Names in a visible list of keywords (``Rocket36 · 리비에라클럽 · 카지노 바로가기 · 파워사다리예측픽``): when
    most items of a short list are commercial phrases (or one is, and every item links to a site of its own), its
    name-shaped items (letters with digits, capitalized
    Latin names) are the page's keywords too, and are cut wherever else they stand.  Hangul items are left to
    the other evidence: a list of topics may name ordinary words beside gambling ones."""
    clues = []
    for b in page.blocks(d.PARAGRAPH, d.CAPTION, d.SUBTITLE, d.TAG):
        if len(b.text) > 200:
            continue
        items = [x.strip() for x in list_items(b)]
        if len(items) < 3 or any(len(x) > 30 for x in items):
            continue
        found = [[p.strength for p in page.lexicon.phrases(fold(x))] for x in items]
        if not any(STRONG in ps for ps in found):
            continue
        if sum(1 for ps in found if ps) * 2 < len(items) and not _offsite_link_list(page, b, items):
            continue
        for x, ps in zip(items, found, strict=True):
            if not ps and NAME.fullmatch(x):
                clues.append(Clue(norm_keyword(x), LISTED, W_STRONG, b.id))
    return clues


def _offsite_link_list(page: Page, b: d.Block, items: list[str]) -> bool:
    """Every item of the list is a link to another site, three sites or more (``달빛라운지 · 은하수88 · LUCKY7 ·
    KW``, each to a spam domain): a block of links out, not a list of the article's topics.  Korean pages only."""
    if not page.korean or len(b.links) != len(items):
        return False  # an English page's list of sportsbooks may be the story's own
    hosts = [host_of(lk.href) for lk in b.links]
    own = page.host
    return all(h and not (own and (h == own or h.endswith("." + own))) for h in hosts) and len(set(hosts)) >= 3


# the comma first and the look-behind after it: the engine scans for the comma (many times faster)
_AFTER_COMMA = re.compile(r",(?<=[^\d\s],)([^\s,]+)(?= )")


# a name glued to the first word of a sentence: Latin letters (STARPICK폐교 직전까지), or Hangul with digits
# (별빛99기상청은: a Hangul word of two syllables or more, then digits, then the next word with no space)
_GLUED_NAME = re.compile(r"([A-Za-z][A-Za-z0-9]+|[가-힣]{2,8}\d{1,4})([가-힣]+)")


# what follows a number as its unit (올해2분기에, 지난해4월): the digits count something, they end no name
COUNTERS = ("분기", "년", "월", "일", "시", "분", "초", "주", "개", "명", "원", "대", "회", "번", "차", "층", "세",
             "살", "곳", "건", "억", "만", "천", "조", "배", "위", "호", "기", "권", "점", "편", "달", "도", "강", "부",
             "사", "당", "국", "축", "구", "팀", "종", "인", "단", "승", "패", "골", "선", "호선")


#: name-shaped Latin tokens: letters with digits, or capitals inside (MACAU7, LUCKYPEAK; not LG or Seoul)
LATIN_NAME = re.compile(rf"[A-Za-z]+\d+[A-Za-z0-9]*|{_CAPITALS}")


_DIGIT_NAME = re.compile(_WITH_DIGITS)


_HEAD = re.compile(r"\s*(\S+(?: \S+)?)(?:\s*[:：]\s*|,(?=\S)|\s+[-–—|·]\s+)(?=\S)")


def lone_names(page: Page) -> list[Clue]:
    """A name (``은하수99``) or a keyword standing as a paragraph of its own, or heading a paragraph in the spam
    template (``은하수99 - 실제로 ...``, ``최신,무소속으로 ...``: a keyword, a separator, a sentence from another
    article), a lexicon word glued after a comma (``방식으로,실시간 시는``), a Latin name glued to the first word
    of a sentence or of the title (``LUCKYPEAK폐교 직전까지``).  Weak alone; proof on a page that other evidence shows
    contaminated.  Korean pages only, and standing alone only names with digits: elsewhere ``VIENNA —`` and
    ``DEAR ABBY:`` open real paragraphs."""
    clues: list[Clue] = []
    if not page.korean:
        return clues
    # paragraphs opening with a label and a dash, two or more: the story's own list (경마 - ..., 카지노 - ...)
    listed = sum(1 for b in page.blocks(d.PARAGRAPH) if _DASH_HEAD.match(b.text)) >= 2
    for b in page.blocks(d.PARAGRAPH, d.TITLE, d.SUBTITLE, d.CAPTION):
        spans = _glued_start(page, b.text)
        if b.role == d.PARAGRAPH and not topic_heading(page, b) and not is_table_row(b.origin):
            # (a data table's row heads its cells with a label, 순위 | 당첨자 수: no template's keyword)
            spans += _lone_head(page, b.text, listed) + _after_comma(page, b.text)
        elif b.role == d.TITLE:
            spans += _title_tail(page, b)
        clues.extend(Clue(norm_keyword(b.text[a:e]), LONE, W_MEDIUM, b.id, a, e) for a, e in spans)
    return clues


_TAIL_NAME = re.compile(r"\s([A-Za-z가-힣]{2,}\d+)\s*$")


def _title_tail(page: Page, b: d.Block) -> list[tuple[int, int]]:
    """A name with digits ending the headline after a space (``... 인파 축제복권77``) that the article never
    writes, spaced or hyphenated or not: a headline's names are the story's, and the story names them again."""
    m = _TAIL_NAME.search(b.text)
    if not m:
        return []
    name = m.group(1)
    # the story may write it with a space or a hyphen (갤럭시 S26, FA-50)
    if any(name in _SQUEEZE.sub("", o.text) for o in page.blocks(d.PARAGRAPH, d.CAPTION, d.SUBTITLE)):
        return []
    return [m.span(1)]


_SQUEEZE = re.compile(r"[\s\-‐‑–]")


def _lone_head(page: Page, text: str, listed: bool = False) -> list[tuple[int, int]]:
    dash = _DASH_HEAD.match(text)
    if dash and _own_label(dash, listed):
        return []
    m = _HEAD.match(text)
    a, e = (m.start(1), m.end(1)) if m and len(text) - m.end() >= 15 else (0, len(text))
    head = text[a:e].strip()
    if not head or len(head) > 30 or (not m and len(head.split()) > 2):
        return _dash_head(page, dash)
    words = head.split()
    if not all(_DIGIT_NAME.fullmatch(w) or _whole_phrase(page, w) for w in words) and (m or not _offer(page, words)):
        return _dash_head(page, dash)
    a = text.index(head, a)
    return [(a, a + len(head))]


_DASH_HEAD = re.compile(r"\s*(\S+(?: \S+){0,2})\s+[-–—]\s+(?=\S)")


def _own_label(m: re.Match, listed: bool) -> bool:
    """A paragraph that opens with the story's own label and a dash (``m``: its match of ``_DASH_HEAD``): one of a
    list of them (``listed``: several such paragraphs, or a ▲ before it), or heading a sentence about itself
    (``경마 - 한국마사회의 경마 매출은``); spam's keyword heads a sentence taken from another article."""
    label, rest = m.group(1), m.string[m.end() :]
    return listed or not label[0].isalnum() or any(len(w) >= 2 and w in rest for w in re.split(r"[\s·,]+", label))


def _dash_head(page: Page, m: re.Match | None) -> list[tuple[int, int]]:
    """Up to three words holding a gambling word, a dash, then one sentence (``아이폰 카지노 앱 - 서울 아파트
    전셋값이 ...``; ``m``: the paragraph's match of ``_DASH_HEAD``): spam's template of a keyword and a sentence
    from another article, even when the keyword's other words are in no list."""
    if not m or len(m.string) - m.end() < 15 or len(m.group(1)) > 30:
        return []
    folded = fold(m.group(1))
    if not any(page.lexicon.kind_of(x.group()) in _GAMBLING_KINDS for x in page.lexicon.atom_re.finditer(folded)):
        return []
    return [m.span(1)]


_GAMBLING_KINDS = ("game", "site", "brand", "commerce")


_OFFER_KINDS = ("modifier",)


def _offer(page: Page, words: list[str]) -> bool:
    """Two words standing as a paragraph: a lexicon word written together with a short noun (``카지노알바``,
    ``당일급전``) and a word found only in spam's offers (추천, 1위, 메이저): a subheading names its subject in
    words of its own (``카지노 딜러 양성``, ``경마공원 이벤트``)."""
    if len(words) != 2:
        return False
    kinds = [page.lexicon.kind_of(fold(w)) for w in words]
    compound = [_lexicon_compound(page, w) for w in words]
    every = all(c or k for c, k in zip(compound, kinds, strict=True))
    return every and any(compound) and any(k in _OFFER_KINDS for k in kinds)


def _lexicon_compound(page: Page, word: str) -> bool:
    """A Hangul word made of a game, topic or brand word of the lexicon and at most three more syllables."""
    f = fold(word)
    if not SYLLABLES.fullmatch(f):
        return False
    for m in page.lexicon.atom_re.finditer(f):
        if page.lexicon.kind_of(m.group()) in ("game", "topic", "brand") and len(f) - len(m.group()) <= 3:
            return True
    return False


def _after_comma(page: Page, text: str) -> list[tuple[int, int]]:
    """A lexicon phrase or a name glued after a comma and standing before a space (``늘었고,은하수24 처음으로``),
    or a word and a strong lexicon phrase (``차지했고,무한충전 파워볼사이트 슬롯머신이``: a modifier no list
    knows): the template slips keywords in there; prose puts a space after its commas."""
    out = []
    for m in _AFTER_COMMA.finditer(text):
        if _whole_phrase(page, m.group(1)) or _COMMA_NAME.fullmatch(m.group(1)):
            out.append(m.span(1))
            continue
        two = _NEXT_WORD.match(text, m.end(1))
        if two and any(p.strength >= STRONG for p in page.lexicon.whole_phrases(fold(two.group(1)))):
            out.append((m.start(1), two.end(1)))
    return out


_NEXT_WORD = re.compile(r" ([^\s,]+)(?= )")


# a name after a comma: Hangul of two syllables or more with digits (은하수24), or a Latin name (STARPICK9)
_COMMA_NAME = re.compile(rf"[가-힣]{{2,}}\d{{1,4}}|{LATIN_NAME.pattern}")


def _glued_start(page: Page, text: str) -> list[tuple[int, int]]:
    """Names glued to the first word of a sentence (``STARPICK폐교``, ``별빛99기상청은``, ``"별빛99아이들``): no
    sentence begins with a name and its next word written as one; what follows the name is neither its particle
    nor, after digits, the unit they count or the end of the name itself (``행운777벳``: a word of two syllables
    or more, and the whole no lexicon phrase)."""
    out = []
    for s in SENTENCE_STARTS.finditer(text):
        m = _GLUED_NAME.match(text, s.end())
        if not m or is_particle_chain(m.group(2)):
            continue
        name, rest = m.groups()
        if name[0].isascii() and not LATIN_NAME.fullmatch(name):
            continue
        if not name[0].isascii() and (counted(rest) or len(rest) < 2 or _whole_phrase(page, m.group())):
            continue
        out.append(m.span(1))
    return out


def counted(rest: str) -> bool:
    """``분기에`` after ``올해2``: a unit and its particles, so the digits before it are a number of the prose."""
    return any(rest.startswith(c) and is_particle_chain(rest[len(c) :]) for c in COUNTERS)


def closes_a_number(rest: str) -> bool:
    """The syllables after a number's digits close it: a counter (``명``, ``분기에``) or another unit (``만달러``)."""
    return counted(rest) or (rest != "" and rest[0] in NUMBER_UNITS)


def _whole_phrase(page: Page, word: str) -> bool:
    """``word`` is a lexicon phrase or a lexicon atom (``최신``) from end to end."""
    f = fold(word)
    return bool(page.lexicon.atom_re.fullmatch(f)) or page.lexicon.is_phrase(f)


def offsite_links(page: Page) -> list[Clue]:
    """Links to gambling domains, or links whose anchor is a gambling phrase, pointing off the site; an anchor that
    reads as an ordinary word (:func:`_plain_word`) is the sentence's own word that spam wrapped in its link."""
    clues = []
    for b in page.doc.blocks:
        if b.role == d.HIDDEN or not b.links:
            continue
        for lk in b.links:
            host = host_of(lk.href)
            if not host or (page.host and (host == page.host or host.endswith("." + page.host))):
                continue
            anchor = b.text[lk.start : lk.end]
            folded = fold(anchor)
            phr = [p for p in page.lexicon.phrases(folded)]
            if not phr and _plain_word(anchor.strip()):
                continue  # spam wrapped the sentence's own word (약속만큼은, 기준) in its link: the word stays
            if _own_link(page, folded):
                continue
            if page.lexicon.is_gambling_domain(host) or any(p.strength >= STRONG for p in phr):
                clues.append(
                    Clue(norm_keyword(anchor), f"{LINK_TO}{host}", W_CERTAIN, b.id, lk.start, lk.end, propagate=True)
                )
    return clues


def _own_link(page: Page, anchor: str) -> bool:
    """An anchor naming the company the story is about (:func:`.prose.subject_name`) with ordinary words only
    (``제주드림카지노 투자정보``): the company's own site, whatever its host is called."""
    words = anchor.split()
    names = [w for w in words if subject_name(page, w)]
    return bool(names) and not any(p.strength >= STRONG for w in words if w not in names
                                   for p in page.lexicon.phrases(w))


_HANGUL_NAME = re.compile(r"[가-힣]{4,10}")
_SHORT_WORD = re.compile(r"[가-힣]{1,3}")


def _plain_word(anchor: str) -> bool:
    """An anchor that reads as a word of the sentence, not a name: with its particles (``약속만큼은``), or a short
    Hangul word (``기준``, ``은닉``; names spam links are longer, or carry digits and letters)."""
    return ends_in_particle(anchor) or bool(_SHORT_WORD.fullmatch(anchor))


def bare_links(page: Page) -> list[Clue]:
    """A link to another site whose anchor stands bare in a sentence (``양당의 <a>STARPICK9</a> 간판``): a name
    (Latin with digits or capitals, or four Hangul syllables and more for a Latin address) between spaces with no
    particle, that the article writes nowhere else.  A story that names a site it links to uses the name as a word
    of its sentence, or again: weak alone, proof on a page shown contaminated.  Spam puts its link in several
    sentences too; a name linked bare more than once is spam's only when its address is shaped like spam's (a
    story may link an app it writes about twice).  Korean pages only."""
    if not page.korean:
        return []
    blocks = page.blocks(d.PARAGRAPH, d.CAPTION, d.SUBTITLE)
    article = "\n".join(b.text for b in blocks)
    found: list[tuple[d.Block, d.Link, str, bool]] = []
    for b in blocks:
        for lk in b.links:
            host = host_of(lk.href)
            if not host or (page.host and (host == page.host or host.endswith("." + page.host))):
                continue
            anchor = b.text[lk.start : lk.end].strip()
            named = LATIN_NAME.fullmatch(anchor) or (
                _HANGUL_NAME.fullmatch(anchor) and host.isascii() and not ends_in_particle(anchor))
            before, after = b.text[lk.start - 1 : lk.start], b.text[lk.end : lk.end + 1]
            if named and before.isspace() and (after.isspace() or after in (",", ".")):
                found.append((b, lk, anchor, spam_host(page, host)))
    links = Counter(anchor for _, _, anchor, _ in found)
    return [Clue(norm_keyword(anchor), BARE_LINK, W_MEDIUM, b.id, lk.start, lk.end)
            for b, lk, anchor, spammy in found
            if article.count(anchor) == links[anchor] and (links[anchor] == 1 or spammy)]


def attributes(page: Page) -> list[Clue]:
    """Commercial gambling phrases in alt and title attributes (not visible, yet indexed); an alt text that
    repeats the headline or a caption (as many sites write it) is the article's own words."""
    clues = []
    visible = [b.text for b in page.blocks(d.TITLE, d.SUBTITLE, d.CAPTION, d.PARAGRAPH)]
    for b in page.blocks(d.ATTR):
        if not page.phrases[b.id] or any(similar(b.text, v) for v in visible):
            continue
        for p in page.phrases[b.id]:
            if p.strength >= STRONG:
                kw = norm_keyword(page.span_text(b, p)[2])
                clues.append(Clue(kw, f"in an {b.attrs.get('attr')} attribute", W_STRONG))
    return clues


def menus(page: Page) -> list[Clue]:
    """Commercial phrases in menu lines: a menu never links to ``바카라사이트 은하벳``."""
    clues = []
    for b in page.blocks(d.NAV):
        for p in page.phrases[b.id]:
            if p.strength >= STRONG:
                clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), "in a menu line", W_STRONG))
    return clues


def set_aside(page: Page) -> list[Clue]:
    """Commercial phrases in what extraction set aside by its place and shape alone (a last line of navigation
    links, a contact block, a list's label, an ad unit, a box of links longer than the article): spam may stand
    there as anywhere.  A phrase in spam's shape (an offer, a brand), or any on a page not about gambling, is
    proven there as in a menu line; another one beside a story about gambling (a crackdown story's related
    headline, 불법 토토사이트 총책 구속) weighs little alone, and one the article itself writes is its own."""
    clues = []
    for b in page.blocks(d.OTHER):
        if not b.attrs.get("set_aside"):
            continue
        for p in page.phrases[b.id]:
            if p.strength < STRONG:
                continue
            found = page.folded[b.id].text[p.start : p.end]
            if page.said(found):
                continue
            offer = any(a.kind in ("modifier", "commerce", "brand") for a in p.atoms)
            shaped = offer or spam_shaped(page, found, brands=True)
            weight = W_STRONG if shaped or not page.gambling_topic else W_MEDIUM
            clues.append(Clue(norm_keyword(page.span_text(b, p)[2]), "in a line set aside from the body", weight))
    return clues


def hashtags(page: Page) -> list[Clue]:
    """The tags of a hashtag run with a listed word among them (a strong phrase, or one holding a word a list holds),
    unless each such tag is a word of the article's own (``#스포츠토토 #프로토 #GS25`` under a story that writes
    스포츠토토 twice, ``#불법도박 #KW사이트 #사이버수사대`` under one that writes the site word once): the article's
    tags, not spam's.  In spam's run, the listed tags are marked at their places as well."""
    clues = []
    for b in page.blocks(*ARTICLE):
        for m in HASHTAGS.finditer(b.text):
            listed, mixed, own = tag_run(page, m.group())
            if not listed or own:
                continue
            tags = [t.strip() for t in m.group().split("#") if t.strip()]
            # game words, topics and names alone under a story about gambling (#카지노 #강원랜드 #도박중독): its tags
            # of its subject as much as spam's, weak alone
            plain = page.gambling_topic and not any(_commercial_tag(page, t) for t in tags)
            clues += [Clue(norm_keyword(t), *((PLAIN_TAGS, W_MEDIUM) if plain else ("in a hashtag run", W_STRONG)))
                      for t in tags]
            if not plain:
                clues += _spam_tags(page, b, m, mixed)
    return clues


def _commercial_tag(page: Page, tag: str) -> bool:
    """A tag of spam's: a strong lexicon phrase in it, a word of another spam topic whole (``무직자대출``), or
    letters with digits (a brand's shape)."""
    word = fold(tag.strip())
    return (bool(re.search(r"[a-z가-힣]\d|\d[a-z가-힣]", word)) or page.lexicon.literal_kind.get(word) == "topic"
            or any(p.strength >= STRONG for p in page.lexicon.phrases(word)))


_TAG = re.compile(r"#([^\s#]+)")


def _spam_tags(page: Page, b: d.Block, run: re.Match, mixed: bool) -> list[Clue]:
    """The tags of spam's run that are a strong lexicon phrase whole, or a topic word that a list holds whole
    (``무직자대출``), and not the article's own words, at their places: they go even where the keyword is too common
    to look for elsewhere (``#KW대출 #주담대``)."""
    clues = []
    for m in _TAG.finditer(run.group()):
        word = fold(m.group(1))
        whole = [p for p in page.lexicon.phrases(word) if (p.start, p.end) == (0, len(word))]
        if ((any(p.strength >= STRONG for p in whole) or (whole and page.lexicon.literal_kind.get(word) == "topic"))
                and not articles_tag(page, word, mixed)):
            a, e = run.start() + m.start(), run.start() + m.end()
            clues.append(Clue(norm_keyword(m.group(1)), "in a hashtag run", W_STRONG, b.id, a, e))
    return clues
