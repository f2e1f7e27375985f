"""Combine the evidence for each hole into one decision: restore a word, cut an insertion, or remove and flag.

Scores are probabilities of "this is the word that was there":

* a twin that covers the place: 0.95 (its word, or nothing for an insertion);
* a site name the keyword is glued into: 0.9;
* context: grows with the characters the page attests around the candidate on both sides;
* consistency: a spam tool maps one word to one keyword within a region, so a word proven for the keyword at
  one place counts for its other places (less when the keyword stands for several words on the page);
* grammar: a candidate that the surviving particle does not fit is out.

A candidate is restored when its score reaches :data:`RESTORE_AT` and beats the runner-up clearly; otherwise an
insertion is cut and a substitution is removed and flagged, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..korean import leading_particle, particle_fits

RESTORE_AT = 0.75
MARGIN = 0.15
TWIN = 0.95
LM_WEIGHT = 0.6
LM_VETO = 8.0  # a model preference this wide stops the restoration of another word
LM_WIDE = 0.7  # ... and picks among the words the page proves for a keyword that replaced several
SITE = 0.9
PROVEN_HERE = 0.85  # a hole's own evidence this strong proves its word: the language model cannot outvote it


@dataclass
class Evidence:
    """What is known about one hole."""

    twin: str | None = None  # the twin's word ("" = the twin has nothing there)
    twin_origin: str = ""
    site: str | None = None
    context: dict[str, tuple[int, int]] = field(default_factory=dict)
    inside_word: bool = False  # the hole is glued on both sides


def context_score(left: int, right: int, inside_word: bool = False) -> float:
    """How much a candidate's attested surroundings say: both sides count fully, one side alone less; a hole
    inside a word whose whole form the page attests (``부산지방___청`` beside ``부산지방경찰청``) counts more."""
    eff = left + right if min(left, right) >= 2 else 0.6 * max(left, right)
    if inside_word and min(left, right) >= 1:
        eff += 4
    return min(0.92, eff / 12.0)


def two_sided(left: int, right: int) -> bool:
    """Context on both sides of the hole: the page attests the very place, not only one neighbour of it."""
    return min(left, right) >= 2


def local_scores(ev: Evidence) -> dict[str, tuple[float, str]]:
    """Each candidate's score from this hole's own evidence, with the reason."""
    out: dict[str, tuple[float, str]] = {}

    def add(word: str, score: float, why: str) -> None:
        old = out.get(word)
        if old is None:
            out[word] = (score, why)
        else:
            out[word] = (1 - (1 - old[0]) * (1 - score), f"{old[1]}; {why}")

    if ev.twin is not None:
        has = f"has {ev.twin!r} here" if ev.twin else "has nothing here"
        add(ev.twin, TWIN, f"twin {ev.twin_origin} {has}")
    if ev.site:
        add(ev.site, SITE, "completes the site's own name")
    for w, (left, right) in ev.context.items():
        s = context_score(left, right, ev.inside_word)
        if s > 0.05:
            add(w, s, f"page attests {left}+{right} characters of context around {w!r}")
    return out


# the case markers a noun takes right after it: a candidate ending in one of them may be a noun the page wrote with
# its particle (후보를); the other particles and suffixes (도, 측, 들) end ordinary words too (경기도, 검찰측)
_MARKERS = ("은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로", "로", "와", "과")


def _with_particle(word: str, noun: str) -> bool:
    """``word`` is ``noun`` and one case marker that fits it (``후보를``; not ``경기도``, not ``선수단가``)."""
    tail = word[len(noun) :]
    return (bool(noun) and word.startswith(noun) and tail in _MARKERS
            and particle_fits(noun, tail) is True)


def _bare_nouns(local: dict[str, tuple[float, str]], twin: str | None) -> dict[str, tuple[float, str]]:
    """Candidates for a hole with no particle after it, each noun written with a particle elsewhere (``후보를``
    from ``양당 후보를 모두``) counted for the bare noun where that is a candidate too (``양당 ___ 모두`` in a
    headline: a substitution leaves the particle glued to the keyword, so none stood here)."""
    out = dict(local)
    for w, (s, why) in local.items():
        if w == twin:
            continue  # the twin's word at this very place, whole (세종대로 is no 세종대 and the particle 로)
        noun = next((w[:-k] for k in (1, 2) if w[:-k] in local and _with_particle(w, w[:-k])), None)
        if noun is not None and noun in out and w in out:
            s0, why0 = out.pop(noun)
            del out[w]
            # the best of the two, not their sum: both read the same context around the hole
            out[noun] = (max(s0, s), f"{why0}; {why} (with its particle)")
    return out


def fits(word: str, glued_right: str) -> bool:
    p = leading_particle(glued_right)
    return not p or particle_fits(word, p) is not False


@dataclass
class Decision:
    action: str  # "restore" | "cut" | "flag"
    word: str
    confidence: float
    evidence: str


def decide(local: dict[str, tuple[float, str]], prior: dict[str, float], glued_right: str, kind: str,
           rivals: bool = False, preferred: tuple[str, float] | None = None,
           proven: set[str] | None = None, shared: bool = False, beside: dict[str, str] | None = None,
           twin: str | None = None) -> Decision:
    """The decision for one hole, from its own candidates and the keyword's mapping in the region.

    The mapping counts fully only when the keyword is proven for one word and no place of it points at another
    word; a keyword that stands for several words (only context and particles tell which) needs local evidence.
    ``preferred`` is the optional language model's clear choice among the words offered for the keyword: a word
    proven elsewhere on the page (``proven``) gains from it; any choice with a wide margin halves the others, so
    the model can stop a restoration but never brings in a word the page does not prove, nor puts its choice over
    a word the hole's own evidence proves (:data:`PROVEN_HERE`): that conflict is flagged.  ``shared`` says the
    keyword carries particles of both kinds on the page (``LUCKYPEAK가`` and ``LUCKYPEAK은``), so it replaced
    several words, and this hole has no particle to tell which: the mapping then needs the model's support.
    ``beside`` holds the words standing right next to the hole (``{word: "before" | "after"}``): a candidate
    among them would say the same noun twice in a row, so it is out, whatever the evidence for it elsewhere.
    ``twin`` is the word a twin has at this very place, read whole (not as a noun and its particle)."""
    if not glued_right:
        local = _bare_nouns(local, twin)
    scored: dict[str, tuple[float, str]] = {}
    single = len(prior) == 1 and not rivals
    for w, p in prior.items():
        weight = (0.5 if shared else 0.8) if single else 0.35
        scored[w] = (p * weight, f"the same keyword stands for {w!r} elsewhere in the article")
    for w, (s, why) in local.items():
        if w in scored:
            s0, why0 = scored[w]
            scored[w] = (1 - (1 - s0) * (1 - s), f"{why}; {why0}")
        else:
            scored[w] = (s, why)
    if preferred is not None:
        word, margin = preferred
        why = f"a Korean language model prefers {word!r} here by {margin:.1f}"
        # the model against a word this very place proves (a twin, the site's name, long context): it may stop
        # that restoration, but its own choice gains nothing over the page's evidence
        contested = any(w != word and sc >= PROVEN_HERE for w, (sc, _) in local.items())
        if word in (proven or set()) and not contested:
            s0, why0 = scored.get(word, (0.0, ""))
            weight = LM_WIDE if margin >= LM_VETO else LM_WEIGHT
            scored[word] = (1 - (1 - s0) * (1 - weight), f"{why0}; {why}" if why0 else why)
        if word in (proven or set()) or margin >= LM_VETO:
            for w, (s, reason) in list(scored.items()):
                if w != word:
                    scored[w] = (s * 0.5, f"{reason}; {why}")
    doubled = {w: f"{w!r} would repeat the word {where} it" for w, where in (beside or {}).items() if w in scored}
    ranked = sorted(((s, w, why) for w, (s, why) in scored.items()
                     if w == "" or (fits(w, glued_right) and w not in doubled)), reverse=True)
    if ranked:
        best, word, why = ranked[0]
        # a word ruled out for doubling its neighbour still counts as the runner-up: ruling it out stops a
        # restoration, it never lets a weaker word through
        # the same noun with a particle (준공영제 and 준공영제를, from two places of its context) is no rival of it,
        # nor is the noun of the word with its particle a twin shows (억새길 of 억새길을)
        second = max([sc for sc, w, _ in ranked[1:] if not (_with_particle(w, word) or _with_particle(word, w))]
                     + [scored[w][0] for w in doubled], default=0.0)
        if best >= RESTORE_AT and best - second >= MARGIN:
            if word == "":
                return Decision("cut", "", best, why)
            return Decision("restore", word, best, why)
    out = "".join(f"; {why}" for why in doubled.values())
    if kind == "insert":
        return Decision("cut", "", 0.9, f"inserted keyword{out}")
    hint = ", ".join(f"{w!r} {s:.2f}" for s, w, _ in ranked[:3] if w) or "none"
    return Decision("flag", "", 0.6, f"substituted word not proven (candidates: {hint}{out})")
