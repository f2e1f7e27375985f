"""Shared helpers for the article-extraction benchmark (aeb): loading the pages and the customary metric.

The data set is a folder with ``ground-truth.json`` (``{id: {"articleBody": ..., "url": ...}}``) and
``html/<id>.html.gz`` (UTF-8).  The metric is the one of scrapinghub's article-extraction-benchmark:

* tokens are ``\\w+`` runs; a text becomes the multiset of its token 4-grams (a text of fewer than four tokens:
  the one n-gram of all its tokens, i.e. the tokens themselves);
* per page, ``matched`` is the size of the multiset intersection, precision = matched / predicted and
  recall = matched / truth;
* precision is averaged over the pages with a non-empty output, recall over all pages, and F1 is the harmonic
  mean of the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

TOKEN = re.compile(r"\w+", re.UNICODE)
NGRAM = 4

_CJK = regex.compile(r"[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]")
_LETTER = regex.compile(r"\p{L}")
CJK_SHARE = 0.2  # a page is in the CJK subset when this share of its ground truth's letters is Hangul/Han/Kana

DEFAULT_AEB = Path(__file__).resolve().parent.parent.parent / "shared" / "aeb"


@dataclass
class Page:
    """One benchmark page: its HTML (bytes and decoded text) and the hand-written article body."""

    id: str
    raw: bytes
    html: str
    truth: str
    url: str = ""
    cjk: float = 0.0  # share of Hangul/Han/Kana among the letters of the ground truth

    @property
    def is_cjk(self) -> bool:
        return self.cjk >= CJK_SHARE


def cjk_share(text: str) -> float:
    """The share of Hangul, Han, Hiragana and Katakana characters among the letters of ``text``."""
    letters = len(_LETTER.findall(text))
    return len(_CJK.findall(text)) / letters if letters else 0.0


def load_aeb(root: Path, limit: int | None = None) -> list[Page]:
    """The pages of the benchmark folder ``root``, sorted by id (the first ``limit`` when given)."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        path = root / "html" / f"{pid}.html.gz"
        if not path.exists():
            continue
        raw = gzip.decompress(path.read_bytes())
        body = truth[pid].get("articleBody") or ""
        pages.append(Page(pid, raw, raw.decode("utf-8", errors="replace"), body, truth[pid].get("url") or "",
                          cjk_share(body)))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def tokens(text: str) -> list[str]:
    """The ``\\w+`` runs of ``text``."""
    return TOKEN.findall(text or "")


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """The multiset of the token n-grams of ``text`` (fewer than ``n`` tokens: one n-gram of all of them)."""
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


@dataclass
class Score:
    """The shingle counts of one page: matched, predicted and ground-truth 4-grams."""

    matched: int
    predicted: int
    truth: int

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float:
        return self.matched / self.truth if self.truth else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(truth: str, predicted: str) -> Score:
    """The shingle match of one page's prediction against its ground truth."""
    t, p = shingles(truth), shingles(predicted)
    matched = sum((t & p).values())
    return Score(matched, sum(p.values()), sum(t.values()))


@dataclass
class Summary:
    """Averages over a set of pages, as the customary metric takes them."""

    precision: float
    recall: float
    f1: float
    pages: int
    empty: int = 0
    extra: dict[str, float] = field(default_factory=dict)


def summarize(scores: Iterable[Score]) -> Summary:
    """Precision averaged over pages with output, recall over all pages, F1 of the two averages."""
    scores = list(scores)
    precs = [s.precision for s in scores if s.precision is not None]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Summary(p, r, f1, len(scores), empty=len(scores) - len(precs))


def _unmatched_spans(text: str, other: Counter[tuple[str, ...]], n: int = NGRAM) -> list[str]:
    """The stretches of ``text`` whose tokens sit in no n-gram that ``other`` matches (multiset-aware)."""
    matches = list(TOKEN.finditer(text or ""))
    toks = [m.group() for m in matches]
    if not toks:
        return []
    budget = Counter(other)
    covered = [False] * len(toks)
    for i in range(max(1, len(toks) - n + 1)):
        g = tuple(toks[i:i + n])
        if budget[g] > 0:
            budget[g] -= 1
            for k in range(i, min(len(toks), i + n)):
                covered[k] = True
    spans: list[str] = []
    k = 0
    while k < len(toks):
        if covered[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(toks) and not covered[j + 1]:
            j += 1
        spans.append(" ".join(text[matches[k].start():matches[j].end()].split()))
        k = j + 1
    return spans


def missing_and_extra(truth: str, predicted: str) -> tuple[str, str]:
    """The ground-truth text the prediction lacks and the predicted text the truth lacks, stretches joined by
    `` … ``."""
    missing = _unmatched_spans(truth, shingles(predicted))
    extra = _unmatched_spans(predicted, shingles(truth))
    return " … ".join(missing), " … ".join(extra)
