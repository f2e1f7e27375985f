"""Spam keywords for the held-out set: composed from ``vocab.json`` and spelled the ways spam sites spell them.

A :class:`Keywords` factory draws keywords for one page. It never returns a keyword that is already part of the
article (folded), nor one that contains or is contained in a word the page's spam replaces, so that the
truth's counts stay exact. :func:`obfuscate` gives the spellings spam uses to dodge filters.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

VOCAB_PATH = Path(__file__).with_name("vocab.json")

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_ZW_TABLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f"), None)
_HANGUL_GAP = re.compile(r"(?<=[\uac00-\ud7a3])[\s.]+(?=[\uac00-\ud7a3])")


def load_vocab(path: Path = VOCAB_PATH) -> dict:
    """The vocabulary file as a dict."""
    return json.loads(path.read_text(encoding="utf-8"))


def fold(s: str) -> str:
    """The keyword-matching view (same as the scorer's): NFKC, zero-width removed, Hangul gaps closed, casefold."""
    s = unicodedata.normalize("NFKC", s).translate(_ZW_TABLE)
    return _HANGUL_GAP.sub("", s).casefold()


def obfuscate(kw: str, style: str, rng: random.Random) -> str | None:
    """``kw`` in an obfuscated spelling, or None when the style does not fit the keyword.

    Styles: ``spaced`` (바 카 라), ``dotted`` (카.지.노), ``zero_width`` (invisible characters inside),
    ``fullwidth`` (ＡＢＣ１２). Spaces and dots go only between two Hangul syllables, where the scorer folds them.
    """
    if style in ("spaced", "dotted"):
        if len(_HANGUL.findall(kw)) < 2:
            return None
        sep = " " if style == "spaced" else "."
        out = []
        for i, ch in enumerate(kw):
            prev, nxt = kw[i - 1] if i else "", kw[i + 1] if i + 1 < len(kw) else ""
            if ch == " ":  # a space between two syllables folds away either way
                out.append(sep if _HANGUL.match(prev or "x") and _HANGUL.match(nxt or "x") else ch)
                continue
            out.append(ch)
            if _HANGUL.match(ch) and _HANGUL.match(nxt or "x"):
                out.append(sep)
        s = "".join(out)
        return s if s != kw else None
    if style == "zero_width":
        if len(kw) < 3:
            return None
        chars = list(kw)
        for _ in range(rng.randint(1, 2)):
            pos = rng.randint(1, len(chars) - 1)
            chars.insert(pos, rng.choice(ZERO_WIDTH))
        return "".join(chars)
    if style == "fullwidth":
        if not re.search(r"[A-Za-z0-9]", kw):
            return None
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in kw)
    raise ValueError(f"unknown obfuscation style {style!r}")


class Keywords:
    """Draws the spam keywords of one page.

    ``avoid`` is the article's text: a keyword whose folded form occurs in it is never returned. ``originals``
    (words the page's substitutions replace) are avoided in both directions.
    """

    def __init__(self, vocab: dict, rng: random.Random, avoid: str, originals: tuple[str, ...] = ()):
        self.v = vocab
        self.rng = rng
        self.avoid = fold(avoid)
        self.originals = list(originals)
        self.used: set[str] = set()

    # -- the families of keywords
    def _ok(self, kw: str) -> bool:
        f = fold(kw)
        if not f or f in self.avoid:
            return False
        return not any(o in kw or kw in o for o in self.originals)

    def _draw(self, make, fresh: bool = True) -> str:
        for _ in range(200):
            kw = make()
            if self._ok(kw) and (not fresh or kw not in self.used):
                self.used.add(kw)
                return kw
        raise RuntimeError("keywords: could not draw a usable keyword")

    def gambling(self, fresh: bool = True) -> str:
        """A gambling keyword: a brand, a game site phrase, a modifier phrase or a brand phrase."""
        v, r = self.v, self.rng

        def make() -> str:
            game = r.choice(v["games"])
            suffix = r.choice(v["site_suffixes"])
            glued = not suffix.startswith(("사이트 ", "바로")) or r.random() < 0.5
            site = game + suffix if glued else f"{game} {suffix}"
            form = r.random()
            if form < 0.25:
                return r.choice(v["brands"])
            if form < 0.55:
                return site
            if form < 0.8:
                return f"{r.choice(v['modifiers'])} {site}"
            return f"{site} {r.choice(v['brands'])}"

        return self._draw(make, fresh)

    def brand(self, unusual: bool = False) -> str:
        """A brand name; ``unusual`` ones carry no gambling morpheme at all (or are Latin-only)."""
        pool = self.v["unusual_brands"] if unusual else self.v["brands"]
        return self._draw(lambda: self.rng.choice(pool), fresh=False)

    def seo(self) -> str:
        """A non-gambling SEO keyword (loans, lawyers, detectives, divorce, adult services)."""
        groups = self.v["seo"]
        return self._draw(lambda: self.rng.choice(groups[self.rng.choice(sorted(groups))]))

    def perk(self) -> str:
        return self._draw(lambda: self.rng.choice(self.v["perks"]), fresh=False)

    def family(self, name: str) -> str:
        """A keyword of a named family: ``gambling``, ``seo``, ``unusual`` or ``mixed``."""
        if name == "seo":
            return self.seo()
        if name == "unusual":
            return self.brand(unusual=True)
        if name == "mixed":
            roll = self.rng.random()
            return self.seo() if roll < 0.35 else self.brand(unusual=True) if roll < 0.5 else self.gambling()
        return self.gambling()

    # -- domains
    def domain(self, kw: str | None = None) -> str:
        """The site a keyword's link points to: the brand's own domain when the keyword names a brand."""
        doms = self.v["domains"]
        if kw:
            for brand, dom in doms.items():
                if brand in kw:
                    return dom
            if any(kw in group for group in self.v["seo"].values()):
                return self.rng.choice(self.v["seo_domains"])
        return doms[self.rng.choice(sorted(doms))]

    def is_seo(self, kw: str) -> bool:
        return any(kw in group for group in self.v["seo"].values())

    def is_unusual(self, kw: str) -> bool:
        return any(b in kw for b in self.v["unusual_brands"])
