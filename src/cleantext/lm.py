"""An optional Korean language model to break ties the page leaves (the ``ko`` extra: kiwipiepy).

The page's own evidence decides first; the model only chooses between words the page already offers: for a
keyword's hole (a keyword standing for two words on one page, ``감독과 ___들이``: 배우 or 영화제?), and for which
printing of a caption printed twice to keep (:mod:`.dedupe`).  It scores the sentence with each word in place; a
clear margin adds evidence for the winner.  Without kiwipiepy installed everything works the same, with ties left
flagged or the first printing kept.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from .korean import SYLLABLE

_NOUN_TAGS = frozenset(("NNG", "NNP", "NNB", "NR", "NP", "XSN", "XPN", "SL", "SN", "SH"))
MARGIN = 4.0  # log-probability margin (nats) that counts as a clear preference
TWIN_MARGIN = 8.0  # ... for one printing of a text over another: twice as clear
MAX_SENTENCE = 2000  # a "sentence" longer than this on either side of a hole is cut there
_SENTENCE_END = re.compile(r"(?<=[.!?。…\"”])\s+")


class LanguageModel:
    """Sentence scores from kiwipiepy's morphological analysis."""

    def __init__(self, kiwi: Any):
        self.kiwi = kiwi

    def score(self, sentence: str) -> float:
        return float(self.kiwi.analyze(sentence, top_n=1)[0][1])

    @lru_cache(maxsize=4096)  # noqa: B019 - one model per process, kept for its lifetime
    def is_noun(self, word: str) -> bool:
        """A Korean word made of nouns only (a keyword replaces a noun; verb forms and particles are not)."""
        if not SYLLABLE.search(word):
            return False
        tokens = self.kiwi.tokenize(word)
        return bool(tokens) and all(t.tag in _NOUN_TAGS for t in tokens)

    @lru_cache(maxsize=4096)  # noqa: B019 - one model per process, kept for its lifetime
    def is_adverb(self, word: str) -> bool:
        """An adverb (``나란히``, ``힘껏``, ``활짝``) or a verb's or an adjective's adverbial form (``힘차게``): not a
        name or a noun (``황금가게``, ``럭키게``, which end like one)."""
        tokens = self.kiwi.tokenize(word)
        if len(tokens) == 1:
            return tokens[0].tag == "MAG"
        return (len(tokens) >= 2 and (tokens[-1].form, tokens[-1].tag) == ("게", "EC")
                and tokens[-2].tag in ("VA", "VV", "XSA", "XSV"))

    def gain(self, text: str, start: int, end: int, word: str) -> float:
        """How much better the model reads ``word`` in ``text[start:end]``'s place (log-probability, nats, of the
        sentence around it)."""
        a, e = _sentence_bounds(text, start, end)
        return self.score(text[a:start] + word + text[end:e]) - self.score(text[a:e])

    def prefer(self, text: str, start: int, end: int, pool: set[str]) -> tuple[str, float] | None:
        """The word of ``pool`` the model clearly prefers in ``text[start:end]``'s place, with its margin.  (A pool of
        one word or none has nothing to compare: its words are not sent to the model's analysis.)"""
        if len(pool) < 2:
            return None
        pool = {w for w in pool if self.is_noun(w)}
        if len(pool) < 2:
            return None
        a, e = _sentence_bounds(text, start, end)
        scores = {w: self.score(text[a:start] + w + text[end:e]) for w in pool}
        ranked = sorted(scores.items(), key=lambda x: -x[1])
        (best, s1), (_, s2) = ranked[0], ranked[1]
        return (best, s1 - s2) if s1 - s2 >= MARGIN else None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most :data:`MAX_SENTENCE` characters on each side."""
    a = max(0, start - MAX_SENTENCE)
    for m in _SENTENCE_END.finditer(text, a, start):
        a = m.end()
    m = _SENTENCE_END.search(text, end, end + MAX_SENTENCE)
    return a, (m.start() if m else min(len(text), end + MAX_SENTENCE))


@lru_cache(maxsize=1)
def language_model() -> LanguageModel | None:
    """The model when kiwipiepy is installed (and ``CLEANTEXT_NO_LM`` is not set), else ``None``."""
    if os.environ.get("CLEANTEXT_NO_LM"):
        return None
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        return None
    # without the typo and multi-word dictionaries: a third less memory and start-up, the same scores here
    return LanguageModel(Kiwi(num_workers=1, load_typo_dict=False, load_multi_dict=False))
