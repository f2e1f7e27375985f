"""Fold captions printed twice into one.

Spam copies of news pages print a photo caption twice, one copy with keywords in it and one clean; sometimes the
second copy lands in the body as its first paragraph.  Near-duplicates (rapidfuzz ratio, or one copy with words put
in) become one caption: the copy with fewer spam spans is kept, in the place of the first copy, and the other is
dropped with an edit; with as many, the copy without a word or two the other has put in, else the copy the
optional language model reads far better, a word apart, else the first.  Two captions with no spam that nothing
tells apart are both kept (two photos' captions are as likely), unless their image files are one; so are the
captions of two photos whose image files differ, unless spam spans cover every place where they differ.  On a page
with no spam, only two captions word for word alike are one caption, and the fold is a note, not an edit (the
layout repeated itself; the article is unchanged): two printings that differ (an updated caption) are both the
page's, and so is a paragraph that says what a caption says (a photo story's body).  Only short blocks are
compared, and only captions with captions or with the paragraphs around them, so the cost stays linear in practice.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from . import document as d
from .article import MERGE, Edit
from .korean import ADVERB, SYLLABLES, is_particle_chain
from .lm import TWIN_MARGIN, language_model
from .twins import changes, same_photo, two_photos

SIMILAR = 85.0
MAX_LEN = 600
NEAR = 3  # paragraphs after the last caption that may be a caption's copy


def _spam_count(doc: d.Document) -> dict[int, int]:
    counts: dict[int, int] = {}
    for s in doc.spans:
        counts[s.block] = counts.get(s.block, 0) + 1
    return counts


def dedupe_captions(doc: d.Document) -> d.Document:
    """Drop the dirtier copy of every caption printed twice (an edit for each)."""
    captions = [b for b in doc.blocks if b.role == d.CAPTION and not b.dropped and len(b.text) <= MAX_LEN]
    if not captions:
        return doc
    spam = _spam_count(doc)
    near = _near_paragraphs(doc, max(b.id for b in captions))
    # (on a page with no spam, a paragraph word for word a caption is the story's text, a photo story's body)
    if doc.contaminated:
        at = {b.id: i for i, b in enumerate(doc.blocks)}
        pool = captions + [p for p in near if len(p.text) <= MAX_LEN and _beside_a_caption(doc, at[p.id])]
    else:
        pool = captions
    for i, a in enumerate(pool):
        if a.dropped or a.role != d.CAPTION:
            continue
        copies = []
        for b in pool[i + 1 :]:
            if b.dropped or b.id == a.id:
                continue
            if two_photos(a, b) and not _spam_explains(a, b, spam, doc.spans):
                continue  # two photos' captions, unless spam was put in one (a photo printed twice, its copy dirty)
            score = _copy_score(a, b, doc) if doc.contaminated else _same_score(a, b)
            if score is None:
                continue
            if _lead_of(a, b) or _lead_of(b, a):
                continue
            copies.append((score, b))
        # the most alike first: a gallery's dirty caption is its own photo's copy's, not the next photo's
        for score, b in sorted(copies, key=lambda x: -x[0]):
            if b.dropped:
                continue
            choice = _choose(a, b, spam, doc)
            if choice is None:
                continue
            keep, drop, why = choice
            if keep.role != d.CAPTION:  # the clean copy sits in the body: it takes the caption's place
                keep.role, drop.role = d.CAPTION, d.PARAGRAPH
                keep, drop = _swap_places(doc, drop, keep)
            drop.attrs["dropped"] = True  # its spans stay: the repair step reads them as evidence
            if doc.contaminated:
                doc.edits.append(Edit(MERGE, "captions", drop.text, keep.text,
                                      f"printed twice ({score:.0f}% alike); {why}",
                                      round(score / 100, 3), block=keep.id))
            else:  # the layout's repeat, not a change to the article: a clean page reports no edit
                doc.notes.append(f"a caption printed twice word for word, kept once: {_head(keep.text)}")
            if drop is a:
                break
    return doc


def _near_paragraphs(doc: d.Document, last_caption: int) -> list[d.Block]:
    """The paragraphs that may be a caption's copy: those before the last caption and the first few after it."""
    paragraphs = [b for b in doc.blocks if b.role == d.PARAGRAPH and not b.dropped]
    return [p for p in paragraphs if p.id > last_caption][:NEAR] + [p for p in paragraphs if p.id < last_caption]


def _head(text: str, most: int = 40) -> str:
    """The start of a caption, to name it in a note."""
    return text if len(text) <= most else text[:most] + "…"


def _choose(a: d.Block, b: d.Block, spam: dict[int, int], doc: d.Document) -> tuple[d.Block, d.Block, str] | None:
    """Which of two copies to keep, which to drop, and why: the one with fewer spam spans; with as many, the one
    without a word put in (:func:`_word_put_in`) that the article writes nowhere else, else the one the language
    model reads far better, else the first; ``None`` for two captions with no spam that nothing tells apart (two
    photos' captions, ``장안문 앞에서`` and ``팔달문 앞에서``, or ``LA DODGERS`` and ``보스턴``), unless their files
    say they are one photo's."""
    if spam.get(a.id, 0) != spam.get(b.id, 0):
        keep, drop = (a, b) if spam.get(a.id, 0) < spam.get(b.id, 0) else (b, a)
        return keep, drop, "kept the copy with fewer spam spans"
    diff = _one_change(a.text, b.text)
    if diff is None:
        if d.PARAGRAPH in (a.role, b.role) and not spam.get(a.id, 0) and a.text == b.text:
            return None  # a photo story's paragraph that says what the caption above it says, neither spam's copy
        if a.text != b.text and _nothing_tells(doc, a, b, spam):
            return None  # worded apart in several places
        return a, b, "kept the first copy (the other has as many spam spans)"
    put_in = _word_put_in(a.text, b.text, diff)
    if put_in and not _written_elsewhere(put_in, doc, (a.id, b.id)):
        keep, drop = (b, a) if len(a.text) > len(b.text) else (a, b)
        return keep, drop, f"kept the copy without the words the other has put in ('{put_in}')"
    for keep, drop, (x, y, u, v) in ((b, a, diff), (a, b, (diff[2], diff[3], diff[0], diff[1]))):
        if _model_reads(drop.text, x, y, keep.text[u:v]):
            return keep, drop, (f"kept the copy the language model reads better: '{keep.text[u:v].strip()}' where "
                                f"the other has '{drop.text[x:y].strip()}'")
    if _nothing_tells(doc, a, b, spam):
        return None
    return a, b, "kept the first copy (the other has as many spam spans)"


def _nothing_tells(doc: d.Document, a: d.Block, b: d.Block, spam: dict[int, int]) -> bool:
    """Whether two alike blocks with as many spam spans are as likely two photos' captions (or a caption and the
    story's words) as one caption printed twice: no spam in either, no file of one photo under both, and no
    paragraph right beside the caption it repeats (spam's template prints the copy there)."""
    if spam.get(a.id, 0) or same_photo(a, b):
        return False
    if d.PARAGRAPH not in (a.role, b.role):
        return True
    p, c = (a, b) if a.role == d.PARAGRAPH else (b, a)
    return all(n is not c for n in _neighbours(doc, doc.blocks.index(p)))


def _one_change(a: str, b: str) -> tuple[int, int, int, int] | None:
    """Where two copies differ, ``(a_start, a_end, b_start, b_end)``, when they differ in one place only."""
    diffs = changes(a, b)
    return diffs[0] if len(diffs) == 1 else None


def _word_put_in(a: str, b: str, diff: tuple[int, int, int, int]) -> str:
    """The word or two that one copy has and the other lacks, starting a word of it (``시내버스가 은하클럽
    지나고``, ``은하클럽 2일 서울``, ``은하클럽시내버스가`` beside ``시내버스가 지나고``, ``2일 서울``), or ''.
    Spam puts its word in one printing so; a newsroom that updates a caption rewords it.  With nothing else to
    tell the copies apart, the one without the word is kept."""
    x, y, u, v = diff
    long, i, j = (a, x, y) if y - x > v - u else (b, u, v)
    if a[x:y].strip() and b[u:v].strip():
        return ""  # a word in each copy's place: a word changed, not one put in
    word = long[i:j]
    start, end = i + len(word) - len(word.lstrip(_EDGE)), j - (len(word) - len(word.rstrip(_EDGE)))
    word = word.strip(_EDGE)
    if not _WORDS.fullmatch(word) or word[0].isdigit() or (start and long[start - 1].isalnum()):
        return ""  # (a number with its unit is a newsroom's, a date put in an updated caption: 2일)
    if _an_adverb(word):
        return ""  # 힘차게 달리고: the newsroom's word (another photo's caption, or the caption reworded)
    glued = end < len(long) and long[end].isalnum()  # glued to the word after it: a name of its own length
    return "" if glued and len(word) < 3 else word


def _an_adverb(word: str) -> bool:
    """A word ending in an adverb's suffix (-게, -히, -껏: ``힘차게``, ``나란히``, ``힘껏``) that the optional language
    model, where installed, reads as an adverb or an adverbial form too (not ``황금가게``, ``럭키게``).  Other
    adverbs (``활짝``, and spam's ``팡팡``) are read as any word put in."""
    if ADVERB.fullmatch(word) is None:
        return False
    lm = language_model()
    return lm is None or lm.is_adverb(word)


_EDGE = " ,·"  # what stands between the words put in and those around them (``사거리를, 은하클럽 시내버스가``)
# a word or two, or a word spelled apart (``모 나 코``)
_WORDS = re.compile(r"[가-힣A-Za-z0-9]{2,}(?: [가-힣A-Za-z0-9]{2,})?|[가-힣A-Za-z0-9](?: [가-힣A-Za-z0-9]){2,}")


def _written_elsewhere(word: str, doc: d.Document, skip: tuple[int, ...]) -> bool:
    """Whether the article writes ``word`` as a word (with its particles at most, the particle ``word`` ends with
    aside) in a block other than ``skip`` and with no spam in it (the story's name of a band that one printing of a
    caption names, ``그룹 하늘결의 멤버들이`` beside ``그룹 멤버들이`` and the lead's ``하늘결은``): no word spam
    put in.  Part of a longer word (``메이저`` of ``메이저리그``) or a hashtag line of spam's does not count."""
    spammed = {s.block for s in doc.spans}
    texts = [b.text for b in doc.blocks if b.id not in skip and b.id not in spammed and not b.dropped
             and b.role in (d.TITLE, d.SUBTITLE, d.PARAGRAPH, d.CAPTION)]
    for cut in range(len(word), 1, -1):
        stem, rest = word[:cut], word[cut:]
        if rest and not is_particle_chain(rest):
            continue
        for text in texts:
            for m in re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(stem)}", text):
                after = _WORD_CHARS.match(text, m.end()).group()
                if not after or is_particle_chain(after):
                    return True
    return False


_WORD_CHARS = re.compile(r"[가-힣A-Za-z0-9]*")


def _spam_explains(a: d.Block, b: d.Block, spam: dict[int, int], spans: list) -> bool:
    """Whether the spam spans of the copy with more of them cover every place where the two differ (``바카라
    카지노`` beside ``설악랜드 카지노``): then the two photos' captions are one caption printed twice, a copy
    made dirty.  Where a word of the clean copy's own differs too (``원정팀카지노사이트`` beside ``홈팀``), they
    are two photos' captions, and the spam is cut where it stands."""
    if spam.get(a.id, 0) == spam.get(b.id, 0):
        return False
    dirty, clean = (a, b) if spam.get(a.id, 0) > spam.get(b.id, 0) else (b, a)
    cover = _spam_cover(spans, dirty.id)
    for x, y, _, _ in changes(dirty.text, clean.text):
        put = [k for k in range(x, y) if not dirty.text[k].isspace()]  # none: the clean copy has words of its own
        if not put or not cover.issuperset(put):
            return False
    return True


def _spam_cover(spans: list, block: int) -> set[int]:
    """The positions of a block's text that its spam spans cover."""
    return {k for s in spans if s.block == block for k in range(s.start, s.end)}


def _model_reads(text: str, x: int, y: int, theirs: str) -> bool:
    """Whether the language model (the ``ko`` extra) reads ``theirs`` clearly better in ``text[x:y]``'s place, the
    two Hangul and sharing no syllable (no short form of the other): ``온라인 마권 발매`` against ``온라인
    별무리클럽 발매``.  Spam that put its word in every place of the story's word leaves that word in the clean
    copy only, and the page cannot say which copy is whose; the model can.  Which copy is kept is all it decides:
    the word it rejects is not taken for spam elsewhere (a newsroom may write a stadium's name in one printing and
    야구장 in the other).  A word one copy lacks is not judged so: a name less reads better by itself."""
    mine, other = text[x:y].strip(), theirs.strip()
    if not SYLLABLES.fullmatch(mine) or not SYLLABLES.fullmatch(other) or set(mine) & set(other):
        return False
    lm = language_model()
    return lm is not None and lm.gain(text, x, y, theirs) >= TWIN_MARGIN


def _copy_score(a: d.Block, b: d.Block, doc: d.Document) -> float | None:
    """How alike two blocks of a contaminated page are (rapidfuzz ratio) when one is a copy of the other: near
    alike, or one with spam put in (:func:`_spam_put_in`); ``None`` when neither."""
    lo, hi = sorted((len(a.text), len(b.text)))
    if hi == 0 or lo / hi < 0.5:  # no copy of either kind: the lengths alone say so
        return None
    score = fuzz.ratio(a.text, b.text) if lo / hi >= 0.7 else None
    if (score is None or score < SIMILAR) and not _spam_put_in(a, b, doc.spans):
        return None
    return fuzz.ratio(a.text, b.text) if score is None else score


def _same_score(a: d.Block, b: d.Block) -> float | None:
    """:func:`_copy_score` on a page that is not contaminated, where only copies word for word alike are one
    caption (two printings that differ, an updated caption, are both the page's own): 100 for two equal texts
    (what rapidfuzz gives them), else ``None``, without comparing the texts' characters (most pages' case)."""
    return 100.0 if a.text == b.text and a.text else None


def _lead_of(caption: d.Block, paragraph: d.Block) -> bool:
    """A paragraph that says what the caption says without its credit (``... 달리고 있다.`` beside ``... 달리고
    있다. [한빛일보 자료사진]``): the story's lead written from the photo, not a copy of the caption."""
    rest = caption.text[len(paragraph.text) :]
    return (caption.role == d.CAPTION and paragraph.role == d.PARAGRAPH and caption.text.startswith(paragraph.text)
            and 0 < len(rest.strip()) <= 30 and rest.strip()[0] in "[(/ⓒ©<")


def inserted_copy(a: str, b: str, shortest: int = 20, most: float = 0.5) -> bool:
    """Two printings of one text of ``shortest`` characters or more, the longer being the shorter with words put in,
    longer by ``most`` of it at most (spam inserts keywords into one copy, it does not rewrite it)."""
    short, long = sorted((a, b), key=len)
    extra = len(long) - len(short)
    return len(short) >= shortest and 0 < extra <= most * len(short) and Indel.distance(short, long) == extra


def _spam_put_in(a: d.Block, b: d.Block, spans: list) -> bool:
    """One block is the other with spam put in: an :func:`inserted_copy` (of a short caption too, and up to twice
    as long, since what is put in must be spam) whose inserted characters (spaces aside) are, four in five at
    least, inside the longer block's spam spans (a paragraph that goes on from a caption's words, ``...있다는
    소식이다``, is no copy of it).  Two captions of one photo's file are copies of each other: there spam spans
    among the inserted characters are enough (spam's modifier before its phrase, ``승인없는 KW``, is in no list)."""
    short, long = sorted((a, b), key=lambda x: len(x.text))
    if not inserted_copy(short.text, long.text, shortest=12, most=1.0):
        return False
    cover = _spam_cover(spans, long.id)
    put = [op.dest_pos for op in Indel.editops(short.text, long.text)
           if op.tag == "insert" and not long.text[op.dest_pos].isspace()]
    inside = sum(i in cover for i in put)
    return inside >= 0.8 * len(put) or (inside > 0 and same_photo(a, b))


def drop_repeated_captions(doc: d.Document) -> d.Document:
    """Drop a caption that says word for word what an earlier one says, once spam is cut and replaced words are
    back (a copy whose replaced words only restoration could tell from the other's): the article's captions are
    each printed once.  Two photos may have one caption (``(Image: GETTY)``): each keeps its own."""
    seen: dict[str, list[d.Block]] = {}
    for b in doc.blocks:
        if b.role != d.CAPTION or b.dropped or not b.text:
            continue
        if any(not two_photos(a, b) for a in seen.get(b.text, ())):
            b.attrs["dropped"] = True
            doc.edits.append(Edit(MERGE, "captions", b.text, b.text, "printed twice (the same words once spam is "
                                  "cut and replaced words are back)", 1.0, block=b.id))
        else:
            seen.setdefault(b.text, []).append(b)
    if doc.contaminated and seen:  # a caption's copy in the body, the same words once its spam is gone
        at = {b.id: i for i, b in enumerate(doc.blocks)}
        spammed = {s.block for s in doc.spans}  # (copies alike as the page printed them are dedupe's to judge)
        for p in _near_paragraphs(doc, max(b.id for bs in seen.values() for b in bs)):
            if p.text in seen and (p.id in spammed or any(c.id in spammed for c in seen[p.text])) \
                    and _beside_a_caption(doc, at[p.id], p.text):
                p.attrs["dropped"] = True
                doc.edits.append(Edit(MERGE, "captions", p.text, p.text, "printed twice, once in the body (the "
                                      "same words once spam is cut and replaced words are back)", 1.0, block=p.id))
    return doc


def _beside_a_caption(doc: d.Document, i: int, text: str | None = None) -> bool:
    """Whether a caption (saying ``text``, when given) stands right before or after the paragraph ``doc.blocks[i]``
    among the article's captions and paragraphs: a copy printed with its photo, where a paragraph further away
    that says what a caption says is the story's own (a quote the page prints again as a pull-quote caption)."""
    return any(n.role == d.CAPTION and text in (None, n.text) for n in _neighbours(doc, i))


def _neighbours(doc: d.Document, i: int) -> list[d.Block]:
    """The captions or paragraphs nearest before and after ``doc.blocks[i]`` (dropped blocks and others passed)."""
    blocks, out = doc.blocks, []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(blocks) and (blocks[k].dropped or blocks[k].role not in (d.CAPTION, d.PARAGRAPH)):
            k += step
        if 0 <= k < len(blocks):
            out.append(blocks[k])
    return out


def _swap_places(doc: d.Document, first: d.Block, second: d.Block) -> tuple[d.Block, d.Block]:
    """Put ``second`` where ``first`` stands in the block order (the caption's place); returns (kept, dropped)."""
    i, j = doc.blocks.index(first), doc.blocks.index(second)
    doc.blocks[i], doc.blocks[j] = second, first
    return second, first
