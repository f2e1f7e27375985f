"""The spam lexicon: pattern files in ``data/patterns/`` compiled to one matcher.

A pattern file has sections (``[game]``, ``[site]``, ``[modifier]``, ``[commerce]``, ``[brand]``, ``[domain]``,
``[topic]``, ``[intent]``); each line of a section is an *atom*, a literal or ``re:`` and a regular expression.
All atoms are compiled into one regular expression (literals as a trie, so matching does not loop over
patterns) that finds *phrases*: runs of atoms with at most one space between them, on the folded view of the
text.  A phrase's strength comes from the kinds of its atoms:

Sections ``[modifier]`` and ``[common]`` differ in one thing: a common modifier (``온라인``, ``모바일``) is also an
ordinary word, so it strengthens a phrase but is never cut out on its own.

* ``STRONG``: a brand, a game word with a site, commerce or SEO-modifier word (``바카라사이트``, ``토토 배팅법``,
  ``메이저 바카라``), a common modifier glued to a game word (``라이브바카라``), three atoms or more, or a topic word
  with an intent word (``흥신소 비용``);
* ``WEAK``: a game word alone or with a spaced modifier (``카지노``, ``온라인 카지노``): ordinary words of news about
  gambling, spam only where the page shows it;
* ``NONE``: no game, brand or topic atom (``안전``, ``사이트``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

try:  # the standard library's parser of regular expressions: re._parser from Python 3.11, sre_parse before
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

KINDS = ("brand", "game", "site", "commerce", "modifier", "common", "topic", "intent")
SECTIONS = (*KINDS, "anchor", "domain", "spamtld", "promo")
CORE = ("game", "brand", "topic")  # a phrase needs one of these
NONE, WEAK, STRONG = 0, 1, 2
_WINDOW = 40  # characters searched on each side of an anchor
_SHORT = 64  # a text this long or shorter is a word or two, whose phrases are kept (see Lexicon.phrases)
_SHORT_KEPT = 50_000  # words kept at most (a batch of millions of pages asks about a few words many times)
_HOST_WORD = re.compile(r"[a-z]+")
_LATIN_WORD = re.compile(r"[a-z0-9]*")


def _patterns_dir() -> Path:
    """``data/patterns`` inside the installed package, or at the top of a source checkout."""
    try:
        p = Path(str(resources.files("cleantext") / "data" / "patterns"))
        if p.is_dir():
            return p
    except (ModuleNotFoundError, TypeError):
        pass
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "data" / "patterns"
        if cand.is_dir():
            return cand
    raise FileNotFoundError("cleantext: the pattern files (data/patterns) are missing from this installation")


def default_pattern_files() -> list[Path]:
    return sorted(_patterns_dir().glob("*.txt"))


class PatternError(ValueError):
    """A pattern file that cannot be read: names the file and the line."""


def read_patterns(path: str | Path) -> dict[str, list[str]]:
    """The atoms of one pattern file, by kind."""
    out: dict[str, list[str]] = {}
    kind = None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PatternError(f"{path}: cannot read pattern file ({e})") from None
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1].strip().lower()
            if kind not in SECTIONS:
                raise PatternError(f"{path}:{n}: unknown section [{kind}] (known: {', '.join(SECTIONS)})")
            continue
        if kind is None:
            raise PatternError(f"{path}:{n}: pattern before any [section]")
        if line.startswith("re:"):
            try:
                re.compile(line[3:])
            except re.error as e:
                raise PatternError(f"{path}:{n}: bad regular expression: {e}") from None
        out.setdefault(kind, []).append(line)
    return out


def _trie_regex(words: Iterable[str]) -> str:
    """One regular expression for a set of literals, factored as a trie (longest alternatives first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        alts, optional = [], "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return build(trie) if trie else "(?!)"


def _literal_tries(other: list[str], latin: list[str]) -> str:
    """The literals as one expression: Latin ones (``latin``) are whole words (bet is not in alphabet), plural s
    allowed; the others (Hangul, digits) glue anywhere."""
    parts = ([_trie_regex(other)] if other else []) + (
        [f"(?<![a-z])(?:{_trie_regex(latin)})s?(?![a-z])"] if latin else [])
    return "|".join(parts) or "(?!)"


_HANGUL_FIRST, _HANGUL_LAST = "\uac00", "\ud7a3"
_HANGUL_SYLLABLE = re.compile(f"[{_HANGUL_FIRST}-{_HANGUL_LAST}]")
# how an expression refers to a group: \1, (?P=name), (?(1)yes|no) (an escaped backslash before a digit too: a
# false alarm costs only speed)
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)


def _is_hangul(code: int) -> bool:
    return ord(_HANGUL_FIRST) <= code <= ord(_HANGUL_LAST)


def needs_hangul(pattern: str) -> bool:
    """Whether every match of ``pattern`` consumes a Hangul syllable (``\\d+만원``, ``[가-힣]{2,4}벳``): such an
    expression finds nothing in a text without one.  ``False`` when that is not certain (an alternative without
    one, an optional part, a case-insensitive part, an expression that does not parse)."""
    try:
        parsed = _sre.parse(pattern)
    except re.error:
        return False
    return not parsed.state.flags & re.IGNORECASE and _consumes_hangul(parsed)


def _consumes_hangul(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether a parsed sequence always consumes a Hangul syllable: one of its items always does."""
    return any(_item_consumes_hangul(op, av) for op, av in items)


def _item_consumes_hangul(op: Any, av: Any) -> bool:
    """Whether one parsed item always consumes a Hangul syllable; look-arounds and anchors consume nothing."""
    if op is _sre.LITERAL:
        return _is_hangul(av)
    if op is _sre.IN:  # a class whose every member is a syllable (no negation, no category such as \\w)
        return all((kind is _sre.LITERAL and _is_hangul(v)) or (kind is _sre.RANGE and _is_hangul(v[0])
                                                                and _is_hangul(v[1])) for kind, v in av)
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return not add_flags & re.IGNORECASE and _consumes_hangul(sub)
    if op is _sre.BRANCH:
        return all(_consumes_hangul(alt) for alt in av[1])
    if op in _REPEATS:
        low, _high, sub = av
        return low >= 1 and _consumes_hangul(sub)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _consumes_hangul(av)
    return False


def _ascii_safe(pattern: str) -> bool:
    """Whether ``pattern`` matches the same with ``re.ASCII`` on a text whose digits are all ASCII: it has no
    escape of a class of characters but ``\\d`` (a word, a space, a boundary) and no inline flags."""
    return not re.search(r"\\[A-Za-ce-z]|\(\?[aiLmsux]", pattern)


def _anchor_tries(anchors: set[str]) -> list[list[str]]:
    """The anchors as tries, one for the ASCII ones and one for the others when no anchor mixes the two.

    A match of one trie is then never a match of the other (they share no character), so the two find exactly
    the hits of one trie of them all; but the engine scans for a trie's first characters, and a set of ASCII
    letters and Hangul syllables together is checked about three times slower than each set alone.

    The others' trie comes as several, by first character (see :func:`_by_first`), to be searched together
    (:func:`_finditer_together`): each entry of the list is one trie's parts."""
    ascii_ = sorted(a for a in anchors if a.isascii())
    other = sorted(a for a in anchors if not any(c.isascii() for c in a))
    if not ascii_ or not other or len(ascii_) + len(other) != len(anchors):
        return [[_trie_regex(sorted(anchors))]]
    return [[_trie_regex(ascii_)], [_trie_regex(g) for g in _by_first(other)]]


# syllables frequent in Korean text (a trie is searched for its first characters): the anchors starting with one
# of them (이혼, 사다리, 대출) go into a trie of their own
_COMMON_FIRST = "이사가고대그시정라안개부비"


def _by_first(words: list[str]) -> list[list[str]]:
    """``words`` in groups by first character: a group for each of :data:`_COMMON_FIRST`, one for the rest.

    The engine stops at every character that starts a word of a trie and tries each branch of the trie there,
    which a common syllable makes it do often; a trie of that syllable's own words (usually one literal start:
    이혼) is tried there at far less cost, and the rest's trie stops less often."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0] if w[0] in _COMMON_FIRST else "", []).append(w)
    return [groups[k] for k in sorted(groups)]


def _finditer_together(parts: Sequence[re.Pattern], text: str) -> Iterator[re.Match]:
    """The matches of one trie split into ``parts`` whose words start with different characters: what
    ``finditer`` of the whole trie finds, left to right, none overlapping.  At each place only the part of the
    character there can match, and as the whole trie does; so the next match is the first of the parts' next
    ones from the end of the last (a part's match inside the last one is looked for again after it)."""
    if len(parts) == 1:
        yield from parts[0].finditer(text)
        return
    nxt = [p.search(text) for p in parts]
    while True:
        found = [m for m in nxt if m is not None]
        if not found:
            return
        m = min(found, key=re.Match.start)
        yield m
        pos = m.end()
        nxt = [p.search(text, pos) if x is not None and x.start() < pos else x for p, x in zip(parts, nxt, strict=True)]


def reads_ascii_runs(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` is a run of ASCII characters that its look-arounds read only ASCII
    characters next to: ASCII literals and classes of them (``\\d`` with ``re.ASCII``), groups, alternatives,
    repeats and look-aheads and look-behinds that must match; no negation, anchor, ``\\b``, ``.`` or flag.

    Such an expression matches in the text's ASCII characters taken alone (:func:`ascii_only`) wherever it matches
    in the text: the run it reads stands whole there too.  (``False`` when not certain.)"""
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not pattern.pattern.isascii():
        return False
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return _ascii_items(parsed, bool(pattern.flags & re.ASCII))


def _ascii_items(items: Iterable[tuple[Any, Any]], ascii_digits: bool) -> bool:
    """:func:`reads_ascii_runs` of a parsed sequence: each of its items."""
    return all(_ascii_item(op, av, ascii_digits) for op, av in items)


def _ascii_item(op: Any, av: Any, ascii_digits: bool) -> bool:
    if op is _sre.LITERAL:
        return av < 0x80
    if op is _sre.IN:
        return all((kind is _sre.LITERAL and v < 0x80) or (kind is _sre.RANGE and v[1] < 0x80)
                   or (kind is _sre.CATEGORY and v is _sre.CATEGORY_DIGIT and ascii_digits) for kind, v in av)
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return not add_flags and not del_flags and _ascii_items(sub, ascii_digits)
    if op is _sre.BRANCH:
        return all(_ascii_items(alt, ascii_digits) for alt in av[1])
    if op in _REPEATS:
        return _ascii_items(av[2], ascii_digits)
    if op is _sre.ASSERT:  # (direction, pattern): a look-around that must match
        return _ascii_items(av[1], ascii_digits)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _ascii_items(av, ascii_digits)
    return False


_ASCII_SAMPLE = 4000


def ascii_only(text: str) -> bytes | None:
    """The ASCII characters of ``text`` alone, in order, when ``text`` is long and its first
    :data:`_ASCII_SAMPLE` characters are mostly others (a Korean page): searched instead of the text for an
    expression of :func:`reads_ascii_runs`, a scan of a third of it or less, which says whether the text needs
    one.  ``None`` when that would spare little."""
    if len(text) < _ASCII_SAMPLE or text.isascii():
        return None
    sample = text[:_ASCII_SAMPLE]
    if len(sample.encode("ascii", "ignore")) * 2 > len(sample):
        return None
    return text.encode("ascii", "ignore")


_FEW_WORDS = 24  # a trie of at most this many words is searched by str.find, word by word


def finditer_words(trie: re.Pattern, words: Iterable[str], text: str) -> Iterator[re.Match]:
    """``trie.finditer(text)`` for an expression that matches exactly the literals ``words`` (non-empty; a trie of
    :func:`_trie_regex`), found faster: each word's places by ``str.find`` (a few C scans), then the expression
    matched at each of them in order, from the end of the last match on.

    The expression matches at a place exactly where one of the words starts, so the places are those where
    ``finditer`` would try and succeed, and the match there is its own.  (The engine would scan for the words'
    first letters instead, and in English text try the trie at every third character.)"""
    starts = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            starts.add(i)
            i = text.find(w, i + 1)
    end = 0
    for i in sorted(starts):
        if i >= end:
            m = trie.match(text, i)
            if m is not None:  # (always: the expression matches where a word starts)
                end = m.end()
                yield m


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class Phrase:
    """A run of lexicon atoms in a folded text."""

    start: int
    end: int
    atoms: tuple[Atom, ...]
    strength: int

    @property
    def kinds(self) -> set[str]:
        return {a.kind for a in self.atoms}

    def shifted(self, by: int) -> Phrase:
        """The same phrase with offsets moved by ``by`` (into the coordinates of one block of a page)."""
        atoms = tuple(Atom(a.start + by, a.end + by, a.kind, a.text) for a in self.atoms)
        return Phrase(self.start + by, self.end + by, atoms, self.strength)


def _marks_word(text: str, start: int, end: int) -> bool:
    """Whether an anchor hit can be part of an atom.  A Latin anchor (bet, slot) is one only where it ends its word
    (plural s allowed) or its word has a digit (winbet, bets, betway365) -- not inside between or slotted, which
    would send the phrase search over most of an English page for nothing.  Any other anchor always is."""
    hit = text[start:end]
    if not (hit.isascii() and hit.isalpha()):
        return True
    tail = _LATIN_WORD.match(text, end).group()
    if tail in ("", "s"):
        return True
    head = start
    while head > 0 and text[head - 1].isascii() and text[head - 1].isalnum():
        head -= 1
    return any(c.isdigit() for c in text[head:start] + tail)


class Lexicon:
    """The compiled lexicon. Picklable (it keeps its sources and recompiles on unpickling)."""

    def __init__(self, atoms: dict[str, list[str]]):
        self.atoms = {k: list(v) for k, v in atoms.items()}
        self._compile()

    def _compile(self) -> None:
        self._short: dict[tuple[str, bool, bool], tuple[Phrase, ...]] = {}
        # Literals of every kind go in one trie, so the longest wins whatever its kind (먹튀없는 over 먹튀);
        # brand expressions come before it (루비카지노 is a brand, not 루비 + 카지노), other expressions after.
        self.literal_kind: dict[str, str] = {}
        for kind in KINDS:
            for x in self.atoms.get(kind, []):
                if not x.startswith("re:"):
                    self.literal_kind.setdefault(x.replace(" ", "").lower(), kind)
        # (Latin literals are whole words, Hangul ones glue anywhere: see _literal_tries)
        latin = sorted((w for w in self.literal_kind if w.isascii() and w.isalpha()), key=len, reverse=True)
        other = sorted((w for w in self.literal_kind if not (w.isascii() and w.isalpha())), key=len, reverse=True)
        named = [(kind, f"(?P<re_{kind}>" + "|".join(res) + ")") for kind in KINDS if (res := self._expressions(kind))]
        trie = _literal_tries(other, latin)
        order = [g for k, g in named if k == "brand"] + [f"(?P<lit>{trie})"] + [g for k, g in named if k != "brand"]
        # the standard library engine: markedly faster than `regex` on one large alternation
        self.atom_re = re.compile("|".join(order))
        self.phrase_re = self._phrase_expression(other, latin)
        # the same without the atoms that need a Hangul syllable, for the stretches of text without one: the
        # engine tries every atom at every character, and most of them need one (a page in English is searched
        # about three times faster); an atom that cannot match changes none of the matches of the others.  (Not
        # when an expression refers to a group: leaving atoms out would renumber the groups it refers to.)
        self._phrase_re_no_hangul = self.phrase_re
        if not any(_GROUP_REFERENCE.search(x) for k in KINDS for x in self.atoms.get(k, []) if x.startswith("re:")):
            self._phrase_re_no_hangul = self._phrase_expression(
                [w for w in other if not _HANGUL_SYLLABLE.search(w)], latin, needs_hangul)
        anchors = [x for k in CORE for x in self.atoms.get(k, []) if not x.startswith("re:")]
        anchors += [x for x in self.atoms.get("anchor", []) if not x.startswith("re:")]
        # the Hangul [anchor] words that end compounds of the other topics (비상금대출: 대출), for on_topic
        self.topic_heads: tuple[str, ...] = tuple(sorted(
            {a for x in self.atoms.get("anchor", []) if (a := x.replace(" ", "").lower()) and _HANGUL_SYLLABLE.search(a)
             and not x.startswith("re:")}))
        # separate expressions: one alternation of literals and lookbehinds would lose the engine's fast scan
        anchor_set = {a.replace(" ", "").lower() for a in anchors}
        self.anchor_res: list[re.Pattern] = []
        self._together: set[int] = set()  # indices in anchor_res of the parts of a split trie (searched together)
        for parts in _anchor_tries(anchor_set):
            if len(parts) > 1:
                self._together.update(range(len(self.anchor_res), len(self.anchor_res) + len(parts)))
            self.anchor_res += [re.compile(t) for t in parts]
        # a trie whose every word starts with a Hangul syllable finds nothing in a text without one
        self._hangul_tries = {r for r in self.anchor_res
                              if all(_HANGUL_FIRST <= w[0] <= _HANGUL_LAST for w in anchor_set if re.match(r, w))}
        # the words of each trie searched alone that has few (the Latin one): found by str.find, word by word
        self._trie_words: dict[int, tuple[str, ...]] = {}
        for i, r in enumerate(self.anchor_res):
            words = tuple(sorted(w for w in anchor_set if r.fullmatch(w)))
            if i not in self._together and 0 < len(words) <= _FEW_WORDS and all(words):
                self._trie_words[i] = words
        self.anchor_res += [re.compile(x[3:]) for x in self.atoms.get("anchor", []) if x.startswith("re:")]
        # the same for a text whose only digits are ASCII ones: \d tested as a range (re.ASCII), much faster, in
        # those that have no other escape of a class of characters (nor inline flags)
        self._anchor_res_ascii = [re.compile(r.pattern, re.ASCII) if _ascii_safe(r.pattern) else r
                                  for r in self.anchor_res]
        # the anchor expressions whose matches are runs of ASCII characters, for bytes (else None), by index, for
        # either list: a text mostly in another script is searched for them in its ASCII characters first (see
        # :func:`ascii_only`)
        self._probes = {digits: [re.compile(r.pattern.encode("ascii"), r.flags & ~re.UNICODE) if reads_ascii_runs(r)
                                 else None for r in res]
                        for digits, res in ((False, self.anchor_res), (True, self._anchor_res_ascii))}
        self.domain_words = {x.lower() for x in self.atoms.get("domain", []) if not x.startswith("re:")}
        # a host with none of the domain words anywhere in it is no gambling domain (most hosts: one search)
        self._domain_any = re.compile(_trie_regex(sorted(self.domain_words))) if self.domain_words else None
        self.spam_tlds = {x.lower().lstrip(".") for x in self.atoms.get("spamtld", [])}
        # the words of an advertisement's offer (혜택, 신규 회원, 페이백): found in the folded text, spaces ignored
        promo = {x.replace(" ", "").lower() for x in self.atoms.get("promo", []) if not x.startswith("re:")}
        promo_res = self._expressions("promo")
        self.promo_re = re.compile("|".join([_trie_regex(sorted(promo))] * bool(promo) + promo_res) or "(?!)")

    def _expressions(self, kind: str) -> list[str]:
        """The regular-expression atoms of one kind (the ``re:`` lines of its section, without the prefix)."""
        return [x[3:] for x in self.atoms.get(kind, []) if x.startswith("re:")]

    def _phrase_expression(self, other: list[str], latin: list[str],
                           leave_out: Callable[[str], bool] | None = None) -> re.Pattern:
        """The expression of a phrase: atoms with at most one space between them.  The atoms are tried in one
        order, which decides between those that match at the same place: brand expressions, the literals (see
        :func:`_literal_tries`), the other expressions; ``leave_out``: which expressions to leave out."""
        plain = []
        for kind in KINDS:
            res = [r for r in self._expressions(kind) if leave_out is None or not leave_out(r)]
            if res:
                plain.append((kind, "|".join(res)))
        porder = [g for k, g in plain if k == "brand"] + [_literal_tries(other, latin)]
        porder += [g for k, g in plain if k != "brand"]
        any_atom = "|".join(porder)
        return re.compile(f"(?:{any_atom})(?:[ ]?(?:{any_atom}))*")

    def __getstate__(self) -> dict:
        return {"atoms": self.atoms}

    def __setstate__(self, state: dict) -> None:
        self.atoms = state["atoms"]
        self._compile()

    def phrases(self, folded: str, ascii_digits: bool = False, hangul: bool = True) -> Iterator[Phrase]:
        """Every keyword phrase in a folded text, with its atoms and strength; ``ascii_digits``: the text's only
        digits are ASCII ones; ``hangul=False``: it has no Hangul syllable (either spares time, nothing else).

        Only the text around anchors (the literal core atoms and the ``[anchor]`` strings every regex atom
        contains) is searched, so a page without any costs one scan of a literal trie.  A word (a tag, a
        keyword, an item of a menu) is asked about many times: its phrases are kept."""
        if len(folded) > _SHORT:
            return self._phrases(folded, ascii_digits, hangul)
        key = (folded, ascii_digits, hangul)
        found = self._short.get(key)
        if found is None:
            if len(self._short) >= _SHORT_KEPT:
                self._short.clear()
            found = self._short[key] = tuple(self._phrases(folded, ascii_digits, hangul))
        return iter(found)

    def _phrases(self, folded: str, ascii_digits: bool, hangul: bool) -> Iterator[Phrase]:
        last_end = 0
        anchor_res = self._anchor_res_ascii if ascii_digits else self.anchor_res
        # (a trie of Hangul words finds nothing in a text without Hangul; the parts of a split trie are searched
        # together, those of them left then being all of what the trie can find)
        used = [i for i, plain in enumerate(self.anchor_res) if hangul or plain not in self._hangul_tries]
        # (an expression of ASCII runs that finds nothing in the text's ASCII characters finds nothing in the text)
        ascii_text = ascii_only(folded)
        if ascii_text is not None:
            probes = self._probes[ascii_digits]
            used = [i for i in used if probes[i] is None or probes[i].search(ascii_text) is not None]
        spans = [m.span() for i in used if i not in self._together for m in self._anchor_hits(i, anchor_res[i], folded)]
        spans += [m.span() for m in _finditer_together([anchor_res[i] for i in used if i in self._together], folded)]
        hits = sorted(sp for sp in spans if _marks_word(folded, *sp))
        windows: list[tuple[int, int]] = []
        for start, end in hits:
            a, b = max(0, start - _WINDOW), min(len(folded), end + _WINDOW)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
            else:
                windows.append((a, b))
        for a, b in windows:
            start = max(a, last_end)
            # (a match lies between start and b: the atoms that need a Hangul syllable find none where there is none)
            phrase_re = self.phrase_re if hangul and _HANGUL_SYLLABLE.search(folded, start, b) else \
                self._phrase_re_no_hangul
            for m in phrase_re.finditer(folded, start, b):
                atoms = tuple(
                    Atom(m.start() + x.start(), m.start() + x.end(), self._kind(x), x.group())
                    for x in self.atom_re.finditer(m.group())
                )
                last_end = m.end()
                if not atoms:
                    continue  # (an atom's lookaround that reads past the match found it in the text only)
                for part in _families(atoms):
                    part = trim_common(part)
                    strength = phrase_strength(part, folded)
                    if strength > NONE:
                        yield Phrase(part[0].start, part[-1].end, part, strength)

    def _anchor_hits(self, i: int, pattern: re.Pattern, folded: str) -> Iterator[re.Match]:
        """``pattern.finditer(folded)`` of the anchor expression ``i``: by :func:`finditer_words` when it is a trie
        of a few words."""
        words = self._trie_words.get(i)
        return pattern.finditer(folded) if words is None else finditer_words(pattern, words, folded)

    def is_phrase(self, folded: str) -> bool:
        """Whether one phrase is all of a folded text, end to end (``1등 KW``)."""
        return any(True for _ in self.whole_phrases(folded))

    def whole_phrases(self, folded: str) -> Iterator[Phrase]:
        """The phrases that are all of a folded text, end to end (``미니게임이벤트``)."""
        return (p for p in self.phrases(folded) if p.start == 0 and p.end == len(folded))

    def kind_of(self, word: str) -> str | None:
        """The kind of a word that is one atom of the lexicon whole (``최신``: common, ``24시``: intent), else
        ``None``."""
        m = self.atom_re.fullmatch(word.lower())
        return self._kind(m) if m else None

    def _kind(self, m: re.Match) -> str:
        g = m.lastgroup or ""
        if g != "lit":
            return g[3:]
        t = m.group()
        return self.literal_kind.get(t) or self.literal_kind.get(t[:-1], "")

    def is_gambling_domain(self, host: str) -> bool:
        """A host named for gambling: one of its words is a ``[domain]`` word (``casino.example``,
        ``bet-king.com``), or starts or ends with one while the host also has digits or a spam-prone top-level
        domain (``jackbet55.com``, ``goldslot.top``); ``alphabet.com`` is not one."""
        host = host.lower().strip(".")
        if not host or self._domain_any is None or not self._domain_any.search(host):
            return False
        words = _HOST_WORD.findall(host)
        # e.g. topcasino.kr: a long domain word inside a host word is enough
        if any(w in self.domain_words for w in words):
            return True
        tld = host.rsplit(".", 1)[-1]
        loose = any(c.isdigit() for c in host) or tld in self.spam_tlds
        # a longer word (casino, slot) marks a host wherever it stands; bet only with digits or a spam-prone TLD
        return any(
            (w.startswith(d) or w.endswith(d)) and (len(d) >= 4 or loose) for w in words for d in self.domain_words
        )


SEO = ("topic", "intent")


def _families(atoms: tuple[Atom, ...]) -> list[tuple[Atom, ...]]:
    """A run of atoms split where it passes from the gambling words to the other topics' words: ``순위표 전문``
    is two phrases, not one (an intent word belongs to a topic word only); and where a topic word follows an
    intent word (the intent closes its phrase)."""
    parts: list[list[Atom]] = [[atoms[0]]]
    for a in atoms[1:]:
        # a topic word after an intent word begins anew (이혼전문변호사상담 | 이혼 소송: the sentence's own 이혼)
        if (a.kind in SEO) != (parts[-1][-1].kind in SEO) or (a.kind == "topic" and parts[-1][-1].kind == "intent"):
            parts.append([a])
        else:
            parts[-1].append(a)
    return [tuple(p) for p in parts]


def trim_common(atoms: tuple[Atom, ...]) -> tuple[Atom, ...]:
    """Without the spaced common modifiers at its ends: they are ordinary words of the sentence (``무료`` in
    ``무료 라이브카지노``).  A glued one stays (``라이브바카라``, ``해외배팅``); where it is in fact the rest of the
    word the keyword replaced (``온라인킹덤55벳`` for ``온라인학교``), the keyword's own standalone form on the
    page separates it (see ``detect._aliases``)."""
    while len(atoms) > 1 and atoms[0].kind == "common" and atoms[0].end < atoms[1].start:
        atoms = atoms[1:]
    while len(atoms) > 1 and atoms[-1].kind == "common" and atoms[-2].end < atoms[-1].start:
        atoms = atoms[:-1]
    return atoms


def phrase_strength(atoms: Sequence[Atom], folded: str = "") -> int:
    kinds = [a.kind for a in atoms]
    core = set(CORE) & set(kinds)
    if not core:
        return NONE
    if "brand" in kinds:
        return STRONG
    if "topic" in kinds:
        return STRONG if "intent" in kinds or kinds.count("topic") >= 2 or len(atoms) >= 3 else WEAK
    if "site" in kinds or "commerce" in kinds or len(atoms) >= 3:
        return STRONG
    if "modifier" in kinds and not _the_games_own_rank(atoms):
        return STRONG
    # a common modifier glued to a game word (라이브바카라, 모바일카지노) is a product name; spaced, it is prose
    for a, b in itertools.pairwise(atoms):
        if a.end == b.start and {a.kind, b.kind} == {"common", "game"}:
            return STRONG
    return WEAK


_PRIZE = re.compile(r"[1-9]등")
# the lottery's games, whose prizes go by rank (스포츠토토 1등, 로또 1등): a rank after another game word is spam's
_LOTTERY = re.compile(r"(?:스포츠|축구|야구|농구|배구|골프)?토토|파워볼|로또|복권")


def _the_games_own_rank(atoms: Sequence[Atom]) -> bool:
    """Whether the phrase's only modifiers are prizes right after a lottery's game (스포츠토토 1등): words of news;
    spam ranks its sites (1등 바카라사이트, 바카라 1위)."""
    return all(_PRIZE.fullmatch(a.text) and i > 0 and atoms[i - 1].kind == "game"
               and _LOTTERY.fullmatch(atoms[i - 1].text)
               for i, a in enumerate(atoms) if a.kind == "modifier")


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The shipped lexicon plus the pattern files in ``extra``."""
    merged: dict[str, list[str]] = {}
    for path in [*default_pattern_files(), *map(Path, extra)]:
        for kind, items in read_patterns(path).items():
            merged.setdefault(kind, []).extend(items)
    return Lexicon(merged)
