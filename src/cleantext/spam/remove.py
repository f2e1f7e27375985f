"""Drop what was injected whole: keyword lines, ``NO.1: keyword`` headers, ``keyword: stray sentence`` lines,
hashtag runs, promotional paragraphs, junk tails of the title; and classify every other spam span as an
insertion (to cut) or a substitution (a word to put back), for the repair step.
"""

from __future__ import annotations

import re

from .. import document as d
from ..article import DROP, REMOVE, Edit
from ..korean import SENTENCE_END, is_hangul, is_particle_chain
from ..normalize import fold
from ..parse.body import is_table_row
from ..parse.metadata import parse_byline
from .detect import Span
from .lexicon import Lexicon
from .page import reported_crime

INSERT, SUBSTITUTE = "insert", "substitute"
_NUMBERING = re.compile(r"(?i)^\s*(?:no\.?\s*\d+\s*[:.)]?|\d+\s*[.):]|[-•·*▶▷◆■#])\s*")
_SPACES_SYLLABLE = re.compile(r"\s*[가-힣]")  # (compiled once: a class of syllables is slow to compile)
# (not an e-mail address's parts: sl.oh@..., a reporter's, names no site)
_DOMAIN = re.compile(
    r"(?<![a-z0-9.\-@])[a-z0-9][a-z0-9\-]{1,40}\.[a-z]{2,10}(?:\.[a-z]{2})?(?![a-z0-9]|@[\w-]+\.[a-z])", re.I)
_WORD_END = re.compile(r"[^\s\"'“”‘’(),.\[\]<>·…:;!?]*")
_GLOSS = re.compile(r"\([^()\n]{1,30}\)")
_SENTENCE_START = re.compile(r"(?:^|[.!?。]\s+|[\"“‘']\s*)$")
FIELD = {d.TITLE: "title", d.SUBTITLE: "subtitle", d.CAPTION: "captions", d.PARAGRAPH: "paragraphs",
         d.BYLINE: "byline", d.SECTION: "section", d.SOURCE: "source", d.TAG: "tags"}


def field_of(block: d.Block) -> str:
    return FIELD.get(block.role, block.role)


def _covered(text: str, spans: list[Span]) -> float:
    """Share of a block's meaningful characters that spans cover (numbering and separators not counted; where an
    offer's marks are left, ``20% 텔레그램 @``, its letters alone)."""
    keep = [True] * len(text)
    m = _NUMBERING.match(text)
    if m:
        for i in range(m.end()):
            keep[i] = False
    for s in spans:
        for i in range(s.start, min(s.end, len(text))):
            keep[i] = False
    rest = "".join(c for c, k in zip(text, keep, strict=True) if k)
    # (an offer's figures and marks left, 20% or @name: counted on the letters, which are the words of a sentence)
    drop = _NOT_LETTERS if _OFFER_MARKS.search(rest) and _LETTER.search(text) else _SEPARATORS
    return 1.0 - len(drop.sub("", rest)) / max(1, len(drop.sub("", text)))


_SEPARATORS = re.compile(r"[\s|:,.#/·\-_~!?]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_OFFER_MARKS = re.compile(r"[%@☎]")


def _atoms_only(text: str, lexicon: Lexicon) -> bool:
    """``최신 `` before a keyword: words of the lexicon only (a modifier that the phrase itself left out)."""
    words = fold(text).split()
    return bool(words) and all(lexicon.atom_re.fullmatch(w) for w in words)


def injected(block: d.Block, spans: list[Span], lexicon: Lexicon) -> str | None:
    """Why a whole block is spam, or ``None``."""
    text = block.text
    if _covered(text, spans) >= 0.8:
        return "a line of keywords only"
    first = min(spans, key=lambda s: s.start)
    head = text[: first.start]
    # before the keyword: nothing, numbering, lexicon words, or digits glued to it (88골드벳 read as 골드벳); or one
    # syllable glued to it with the template's colon, or its comma with no space, right after (찐먹튀 KW: 문장, read
    # from 먹튀; prose writes a space after its comma: 불법온라인카지노, 이른바 ...)
    tail = text[_run_end(text, spans, first) :]
    opens = (_NUMBERING.fullmatch(head) or not head.strip() or _atoms_only(head, lexicon)
             or re.fullmatch(r"\s*\d+", head))
    separated = re.match(r"\s*[:：]|,\s?\S|\s+[-–—|·]\s", tail)
    glued = _SPACES_SYLLABLE.fullmatch(head) and re.match(r"[:：]|,\S", tail)
    # (a data table's row: its cells are set apart by `` | ``, its first one a label, 순위 | 당첨자 수)
    if len(tail) > 8 and ((opens and separated) or glued) and not is_table_row(block.origin):
        return "a keyword line with a sentence from another article"
    if text.lstrip().startswith("#") and sum(1 for c in text if c == "#") >= 2:
        return "a hashtag run"
    promo = _covered(text, spans) >= 0.25  # spam is a good part of it, not one word of a real paragraph
    domains = list(_DOMAIN.finditer(text))
    if domains and not reported_crime(text):  # (a police report names the site it is about)
        for m in domains:
            if lexicon.is_gambling_domain(m.group()) or promo \
                    or any(s.start <= m.end() and s.end >= m.start() for s in spans):
                return f"a promotional paragraph (names {m.group()})"
    if len(block.links) >= 2 and sum(lk.end - lk.start for lk in block.links) >= 0.6 * len(text.replace(" ", "")):
        return "a block of keyword links"
    if block.role == d.PARAGRAPH and _stub(text, spans, lexicon):
        return "a keyword line: the keywords leave a fragment of it, no sentence"
    return None


def _run_end(text: str, spans: list[Span], first: Span) -> int:
    """Where the run of spans that ``first`` opens ends, spans one space apart being one run (``KW 은하수77: 문장``:
    a keyword and the name proven after it head the line together)."""
    end = first.end
    for s in sorted(spans, key=lambda s: s.start):
        if s.start >= end and not text[end : s.start].strip():
            end = max(end, s.end)
    return end


_HEADING_MARK = re.compile(r"\s*[■□◇◆▶▷●○◎★☆【\[<〈《]")


def _stub(text: str, spans: list[Span], lexicon: Lexicon) -> bool:
    """A short paragraph that keywords make a good part of and whose rest is a word or two and no sentence
    (``빠른 사이트`` beside ``매충 보너스 환전``, ``20%`` between two offers), or three bare words one of which is a
    word of the lexicon, when spam is near half of the line (``KW 상간녀|소송 비용 상담``): the rest belongs to the
    spam line.  A marked subheading (``■ 시장 전망``), an unmarked one's words (``KW 시민 반응 엇갈려``) or a byline
    (``민서현·한도윤 기자``) is left alone: its rest is the article's."""
    covered = _covered(text, spans)
    if len(text) > 40 or _HEADING_MARK.match(text) or covered < 0.25:
        return False
    rest = text
    for s in sorted(spans, key=lambda s: -s.start):
        rest = rest[: s.start] + " " + rest[s.end :]
    rest = rest.strip(" ,.:;-|·")
    words = rest.split()
    most = 3 if covered >= 0.4 and any(lexicon.atom_re.fullmatch(w) for w in fold(rest).split()) else 2
    return (0 < len(words) <= most and len(rest) <= 15 and not SENTENCE_END.search(rest)
            and parse_byline(rest) is None and "@" not in rest)


def classify(text: str, s: Span) -> str:
    """Insertion or substitution, from how the span sits among its neighbours.

    A keyword glued inside a word (``3라이브바카라``, ``부산지방jackbet55청``) or carrying a particle
    (``라이브바카라은``) took the place of a word; one standing between spaces, after a comma without a space or at
    the start of a sentence glued to its first word (``흥신소 비용사흘만``) was slipped in."""
    left = text[s.start - 1] if s.start > 0 else ""
    right = _WORD_END.match(text, s.end).group()
    if left and (is_hangul(left) or left.isalnum()):
        return SUBSTITUTE
    if right and is_particle_chain(right):
        return SUBSTITUTE
    gloss = _GLOSS.match(text, s.end)  # 독감(인플루엔자)이: the particle after a gloss is the word's
    after_gloss = _WORD_END.match(text, gloss.end()).group() if gloss else ""
    if after_gloss and is_particle_chain(after_gloss):
        return SUBSTITUTE
    if right and not _SENTENCE_START.search(text[: s.start]):
        return SUBSTITUTE  # glued to the rest of a word mid-sentence (jackbet55청)
    return INSERT


def cut(text: str, start: int, end: int, brackets: bool = False) -> tuple[str, int, str]:
    """``text`` without ``[start, end)``, spaces and punctuation left natural; with ``brackets`` (an insertion),
    the brackets or quotes around it too when it was all that stood between them (``[KW] 김하늘 기자``), where a
    substituted word's quotes (``‘KW’``) are the article's.

    Returns the new text, the offset where the cut now is, and exactly what was taken out (the span and the
    space that went with it), so that putting it back at that offset gives ``text`` again."""
    left, right = text[:start], text[end:]
    a, b = start, end
    if brackets and left[-1:] in _PAIRS and right[:1] == _PAIRS[left[-1]]:
        left, right, start, end = left[:-1], right[1:], start - 1, end + 1
        a, b = start, end
    if not left.strip():
        a, b = 0, end + len(right) - len(right.lstrip())
    elif not right.strip():
        a, b = len(left.rstrip()), len(text)
    elif left.endswith(" ") and (right.startswith(" ") or right[:1] in ",.)]}…\"’”!?:;·"):
        a = len(left.rstrip(" "))
    elif left[-1:] in "([{‘“" and right.startswith(" "):
        b = end + len(right) - len(right.lstrip(" "))
    return text[:a] + text[b:], a, text[a:b]


_PAIRS = {"[": "]", "(": ")", "{": "}", "‘": "’", "“": "”", "「": "」", "『": "』", "<": ">", "《": "》"}


_JUNK_TOKEN = re.compile(r"[\s_\-|:~]*[A-Za-z0-9]{2,12}(?:[_\-][A-Za-z0-9]{2,12})*\s*$")


def _title_tail(text: str, s: Span) -> tuple[int, int]:
    """A spam tail of a title (``..._카지노사이트 순위_6d74``): the span, its separator and any junk token after."""
    start, end = s.start, s.end
    while start > 0 and (text[start - 1].isspace() or text[start - 1] in "_-|:~"):
        start -= 1
    m = _JUNK_TOKEN.match(text, end)
    if m:
        end = m.end()
    return start, end


def remove(doc: d.Document, lexicon: Lexicon) -> d.Document:
    """Drop injected blocks, cut title tails, and classify the remaining spans (``span.kind``)."""
    by_block: dict[int, list[Span]] = {}
    for s in doc.spans:
        by_block.setdefault(s.block, []).append(s)
    keep: list[Span] = []
    for b in doc.blocks:
        spans = by_block.get(b.id)
        if not spans:
            continue
        if b.dropped:  # a copy dropped as a duplicate: its spans stay as evidence for the repair step
            keep.extend(spans)
            continue
        why = injected(b, spans, lexicon) if b.role != d.TITLE else None
        if why:
            b.attrs["dropped"] = True
            reasons = sorted({r for s in spans for r in s.reasons})
            kws = ", ".join(sorted({s.keyword for s in spans}))
            evidence = f"{why}; keywords: {kws} ({'; '.join(reasons)})"
            confidence = round(min(0.99, max(s.weight for s in spans)), 3)
            doc.edits.append(Edit(DROP, field_of(b), b.text, "", evidence, confidence, block=b.id))
            continue
        for s in spans:
            s.kind = classify(b.text, s)
        if b.role == d.TITLE:
            spans = _cut_title_tails(doc, b, spans)
        keep.extend(spans)
    doc.spans = keep
    return doc


def _cut_title_tails(doc: d.Document, b: d.Block, spans: list[Span]) -> list[Span]:
    rest = []
    for s in sorted(spans, key=lambda s: -s.start):
        a, e = _title_tail(b.text, s)
        separated = re.search(r"[_\-|~]", b.text[a : s.start + 1] + b.text[s.end : e])
        if e >= len(b.text.rstrip()) and a > 0 and separated:
            b.text, at, before = cut(b.text, a, e)
            doc.edits.append(Edit(REMOVE, "title", before, "", f"spam tail of the title; {'; '.join(s.reasons)}",
                                  round(min(0.99, s.weight), 3), start=at, block=b.id))
            # spans to the left keep their offsets
        else:
            rest.append(s)
    return rest
