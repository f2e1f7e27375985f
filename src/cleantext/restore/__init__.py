"""Repair the spans left inside kept blocks: restore the word a keyword replaced where the page holds the
evidence, cut an inserted keyword, and remove-and-flag a substitution that cannot be proven.

Evidence sources, one module each: :mod:`.twins` (another copy of the text), :mod:`.context` (the same
surroundings elsewhere on the page), :mod:`.names` (the site's own name); :mod:`.decide` combines them with the
consistency of the keyword's mapping and the grammar of the surviving particle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .. import document as d
from .. import twins
from ..article import FLAG, REMOVE, RESTORE, Edit
from ..korean import PARTICLES, is_particle_chain, leading_particle
from ..lm import language_model
from ..normalize import Folded, fold
from ..spam.detect import Span
from ..spam.remove import cut, field_of
from . import context, names
from .decide import Decision, Evidence, context_score, decide, fits, local_scores, two_sided

MASK = twins.MASK
_WORD_BEFORE = re.compile(r"[가-힣A-Za-z0-9]+$")
_HANGUL = re.compile(r"[가-힣]")
_WORD_AFTER = re.compile(r"[가-힣A-Za-z0-9]+")
STRONG_LOCAL = 0.85  # a hole's own evidence this strong proves the keyword's mapping for its region
CANDIDATE = 0.15  # a word offered this much anywhere is one the language model may choose between
RIVAL = 0.5  # a word some place of the keyword proves this much on its own is a rival of its mapping
REGION = {d.NAV: "menu"}
WINDOW = 2000  # characters around a hole that its evidence reads; a block longer than this has no twin
# the most alike twins a hole is aligned with: a page of thousands of paragraphs that differ in a word makes every
# one of them a twin of every other within reach; a clean copy is among the most alike
MAX_TWIN_TRIES = 8
CONTEXT_REACH = 200_000  # characters of the page on each side of a hole where its context is looked for


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for a, e in sorted(spans):
        if a < last:
            continue
        out.append(text[last:a])
        out.append(MASK)
        last = e
    out.append(text[last:])
    return "".join(out)


def _in_order(by_block: dict[int, list[Span]]) -> Iterator[tuple[Span, int, list[Span]]]:
    """Each span with its place among its block's spans (in text order), and those spans."""
    for ordered in by_block.values():
        for i, s in enumerate(ordered):
            yield s, i, ordered


def _surroundings(text: str, i: int, ordered: list[Span]) -> tuple[str, str]:
    """The block's text before and after its ``i``-th span, at most :data:`WINDOW` characters each way, with the
    other spans there masked (evidence reads a few words around a hole: a block with thousands of spans must not
    cost the square of its length)."""
    s = ordered[i]
    lo, hi = max(0, s.start - WINDOW), min(len(text), s.end + WINDOW)
    left, right = [], []
    for k in range(i - 1, -1, -1):
        o = ordered[k]
        if o.start < lo:
            break
        if o.end <= s.start:
            left.append((o.start - lo, o.end - lo))
    for k in range(i + 1, len(ordered)):
        o = ordered[k]
        if o.start >= hi:
            break
        if o.start >= s.end and o.end <= hi:
            right.append((o.start - s.end, o.end - s.end))
    return _masked(text[lo : s.start], left), _masked(text[s.end : hi], right)


def _keyword_spans(text: str, kw_re: re.Pattern | None) -> list[tuple[int, int]]:
    if kw_re is None or not text:
        return []
    f = Folded(text)
    return [f.span(m.start(), m.end()) for m in kw_re.finditer(f.text)]


def _keyword_re(keywords: list[str]) -> re.Pattern | None:
    kws = [k for k in keywords if len(k.replace(" ", "")) >= 2]
    if not kws:
        return None
    return re.compile("|".join(r"\s?".join(map(re.escape, k.split())) for k in sorted(kws, key=len, reverse=True)))


def _valid(word: str, keywords: list[str]) -> bool:
    """A word that may be put back: short, no spam in it, and Korean (the substitution attack replaces Korean
    words; in other scripts the context of a page does not tell a word from its neighbours)."""
    if MASK in word or len(word) > 12:
        return False
    if not word:
        return True
    if not _HANGUL.search(word):
        return False
    f = fold(word).replace(" ", "")
    return not any(k.replace(" ", "") in f or f in k.replace(" ", "") for k in keywords if k)


def restore(doc: d.Document) -> d.Document:
    """Resolve every span of ``doc.spans`` in the blocks still kept; record an edit for each."""
    blocks = {b.id: b for b in doc.blocks}
    # spans of dropped blocks (the dirty copy of a caption) are evidence for the mapping, not places to edit
    spans = [s for s in doc.spans if s.block in blocks]
    if not any(not blocks[s.block].dropped for s in spans):
        return doc
    keywords = list(doc.keywords)
    kw_re = _keyword_re(keywords)
    by_block: dict[int, list[Span]] = {}
    for s in spans:
        by_block.setdefault(s.block, []).append(s)
    for bspans in by_block.values():
        # in text order (a title's come right to left from the removal step); detection merged the spans that
        # overlap, so no two start at one place and the reverse of this order is right to left
        bspans.sort(key=lambda s: s.start)
    masked: dict[int, str] = {}
    for b in doc.blocks:
        own = [(s.start, s.end) for s in by_block.get(b.id, [])]
        masked[b.id] = _masked(b.text, own or _keyword_spans(b.text, kw_re))
    read = [b for b in doc.blocks if b.role not in (d.HIDDEN,)]
    corpus = "\n".join(masked[b.id] for b in read)
    at: dict[int, int] = {}  # where each block's text starts in the corpus
    pos = 0
    for b in read:
        at[b.id] = pos
        pos += len(masked[b.id]) + 1
    # words the page itself shows as spam: never put back as a restored word
    spammy = {w for b in doc.blocks if b.role == d.HIDDEN for w in _WORD_AFTER.findall(b.text)}
    spammy |= {k for k in doc.keywords if " " not in k}
    site = names.site_names(doc)

    # pass 1: each hole's own evidence
    local: dict[int, dict[str, tuple[float, str]]] = {}
    proof: dict[int, set[str]] = {}
    holes: dict[int, context.Hole] = {}
    twin_word: dict[int, str | None] = {}  # what a twin has at each hole (its word, "" for nothing, None: no twin)
    pool = twins.TwinPool(doc.blocks)
    for s, i, ordered in _in_order(by_block):
        b = blocks[s.block]
        before, after = _surroundings(b.text, i, ordered)
        gl = _WORD_BEFORE.search(before)
        gr = _WORD_AFTER.match(after)
        hole = context.Hole(before, after, gl.group() if gl else "", gr.group() if gr else "")
        holes[id(s)] = hole
        ev = Evidence()
        # a twin repeats a short block (a caption, a title, a description): a long one is aligned with none
        one_mask = before + MASK + after
        tried: set[str] = set()  # twins with the same text align the same way: each text once
        for t in twins.find_twins(b, one_mask, pool, masked) if len(b.text) <= WINDOW else ():
            if masked[t.id] in tried:
                continue
            if len(tried) >= MAX_TWIN_TRIES:
                break
            tried.add(masked[t.id])
            got = twins.aligned(one_mask, len(before), len(before) + 1, masked[t.id])
            if got is not None and _valid(got, keywords) and len(got) <= 12:
                ev.twin, ev.twin_origin = got.strip(), t.origin
                break
        ev.site = names.candidate(site, hole.glued_left, hole.glued_right)
        ev.inside_word = bool(hole.glued_left) and bool(hole.glued_right)
        here = at.get(b.id, 0)
        ev.context = {w: lr for w, lr in context.candidates(corpus, hole, max(0, here - CONTEXT_REACH),
                                                             here + CONTEXT_REACH).items()
                      if w and _valid(w, keywords) and w not in spammy}
        local[id(s)] = local_scores(ev)
        twin_word[id(s)] = ev.twin
        # words this place proves on its own: a twin, the site's name, or context on both sides
        proof[id(s)] = {x for x in (ev.twin, ev.site) if x}
        proof[id(s)] |= {w for w, lr in ev.context.items() if two_sided(*lr) and context_score(*lr) >= RIVAL}

    # consistency: what each keyword is proven to stand for, per region; and the other words some of its places
    # point at, which say the keyword may stand for several words (then the mapping proves less)
    mapping: dict[tuple[str, str], dict[str, float]] = {}
    seen: dict[tuple[str, str], dict[str, float]] = {}
    offered: dict[tuple[str, str], set[str]] = {}  # every word any place of the keyword offers (for the model)
    for s in spans:
        region = REGION.get(blocks[s.block].role, "article")
        for w, (score, _) in local[id(s)].items():
            if w and score >= STRONG_LOCAL:
                m = mapping.setdefault((s.keyword, region), {})
                m[w] = max(m.get(w, 0.0), score)
            if w and w in proof[id(s)]:
                r = seen.setdefault((s.keyword, region), {})
                r[w] = max(r.get(w, 0.0), score)
            if w and score >= CANDIDATE:
                offered.setdefault((s.keyword, region), set()).add(w)
    rivals = {key: {w: sc for w, sc in ws.items() if w not in mapping.get(key, {})} for key, ws in seen.items()}
    shared = _shared_keywords(spans, holes, blocks)
    several = _several_words(by_block, blocks)
    substituting = {(s.keyword, REGION.get(blocks[s.block].role, "article")) for s in spans if s.kind == "substitute"}
    lm = language_model()

    # pass 2: decide and apply, right to left within each block
    for bid, bspans in by_block.items():
        b = blocks[bid]
        if b.dropped:
            continue
        moved = 0  # how far the edits so far moved the text to their right
        applied: list[tuple[Edit, int]] = []
        found = b.text  # the block as found: the edits go right to left, so what follows a span may have changed
        for s in reversed(bspans):
            region = REGION.get(b.role, "article")
            key = (s.keyword, region)
            hole = holes[id(s)]
            # a keyword glued to the start of a block's first word is how spam opens a title, a paragraph or a
            # byline with an insertion: the keyword's mapping elsewhere says nothing of a word there
            opening = s.kind == "insert" and not found[: s.start].strip() and not is_particle_chain(hole.glued_right)
            prior = {} if opening else dict(mapping.get(key, {}))
            own = local[id(s)]
            beside = _beside(found, s)
            preferred = None
            proven = set(prior) | set(rivals.get(key, {}))
            if lm is not None:
                strong_own = {w for w, (sc, _) in own.items() if sc >= CANDIDATE}
                pool = {w for w in [*strong_own, *proven, *offered.get(key, ())] if w and fits(w, hole.glued_right)}
                preferred = lm.prefer(b.text, s.start, s.end, pool)
            bare = key in shared and not leading_particle(hole.glued_right)
            # a keyword shown replacing words elsewhere is no plain insertion where it stands bare
            kind = "substitute" if key in substituting and not hole.glued_right else s.kind
            dec = decide(own, prior, hole.glued_right, kind, bool(rivals.get(key)) or key in several, preferred,
                         proven, bare, beside, twin_word[id(s)])
            old_len = len(b.text)
            edit = _apply(b, s, dec)
            moved += len(b.text) - old_len
            applied.append((edit, moved))
            doc.edits.append(edit)
        for e, at in applied:  # each edit moved with those to its left, made after it
            if e.start is not None:
                e.start += moved - at
    return doc


def _shared_keywords(spans: list[Span], holes: dict[int, context.Hole], blocks: dict[int, d.Block]) -> set:
    """Keywords (per region) that carry particles of both kinds, one for a word ending in a consonant and one
    for a word ending in a vowel (``LUCKYPEAK은``, ``LUCKYPEAK가``): each replaced more than one word."""
    kinds: dict[tuple[str, str], set[str]] = {}
    for s in spans:
        need = PARTICLES.get(leading_particle(holes[id(s)].glued_right), "")[:1]
        if need:
            kinds.setdefault((s.keyword, REGION.get(blocks[s.block].role, "article")), set()).add(need)
    return {key for key, ks in kinds.items() if len(ks) > 1}


def _several_words(by_block: dict[int, list[Span]], blocks: dict[int, d.Block]) -> set[tuple[str, str]]:
    """Keywords (per region) the page shows standing for more than one word though their particles may all be of
    one kind: two of a keyword's places side by side (``KW KW에``), which no sentence fills with one noun twice.
    Where a keyword replaced several words, only a place's own evidence tells which word stood there."""
    out: set[tuple[str, str]] = set()
    for bspans in by_block.values():
        for s, nxt in pairwise(bspans):
            if nxt.keyword == s.keyword and not blocks[s.block].text[s.end : nxt.start].strip():
                out.add((s.keyword, REGION.get(blocks[s.block].role, "article")))
    return out


_TOKEN_BEFORE = re.compile(r"([가-힣A-Za-z0-9]+)\s+$")
_TOKEN_AFTER = re.compile(r"\s+([가-힣A-Za-z0-9]+)")


def _beside(text: str, s: Span) -> dict[str, str]:
    """The words a restoration would repeat, with where: the word right before the span (a space between), and
    the noun of the word right after it (``조직에`` gives 조직) — ``경북 KW 지역``, ``KW 조직에``: a keyword
    slipped in beside a word, or standing for another word than its neighbour; no sentence says a noun twice."""
    out: dict[str, str] = {}
    m = _TOKEN_BEFORE.search(text, max(0, s.start - 40), s.start)
    if m and m.end() == s.start:
        out[m.group(1)] = "before"
    m = _TOKEN_AFTER.match(text, s.end)
    if m:
        word = m.group(1)
        out.setdefault(word, "after")
        for k in range(1, len(word)):
            if is_particle_chain(word[k:]):
                out.setdefault(word[:k], "after")
    return out


def _apply(b: d.Block, s: Span, dec: Decision) -> Edit:
    before_text = b.text[s.start : s.end]
    why = "; ".join(s.reasons)
    if dec.action == "restore":
        b.text = b.text[: s.start] + dec.word + b.text[s.end :]
        return Edit(RESTORE, field_of(b), before_text, dec.word, f"{dec.evidence} (keyword: {why})",
                    round(dec.confidence, 3), start=s.start, block=b.id)
    b.text, at, before_text = cut(b.text, s.start, s.end, brackets=dec.action != "flag")
    kind = FLAG if dec.action == "flag" else REMOVE
    return Edit(kind, field_of(b), before_text, "", f"{dec.evidence} (keyword: {why})", round(dec.confidence, 3),
                start=at, block=b.id)
