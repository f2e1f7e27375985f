"""Generate the held-out set: contaminated and clean Korean news pages with the exact article as truth.

    python benchmarks/heldout/generate.py --out DIR [--seed 1] [--force] [--quiet]

Writes ``DIR/<case_id>/input.html|input.txt`` and ``truth.json`` in the development set's format (so
``../shared/dev/score.py`` scores these cases too), and ``DIR/manifest.json``. Everything is decided by the seed:
the same seed gives the same bytes.

Every article appears clean once (the gambling-topic ones twice), the clean cases together covering every layout
and every encoding, and three or four times contaminated by a *recipe*: several shapes of damage at once, as in
the wild (see :data:`RECIPES` and ``shapes.py``). After building a case the generator checks its own record:
keyword occurrences counted on the page must equal the ledger's, and each substitution's counts must match the
page (``verify``); a mismatch is reported and makes the exit status 1.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``heldout`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from heldout.encodings import ENCODINGS, encode_page, html_charset, kind_labels, needs_cp949
from heldout.keywords import Keywords, fold, load_vocab
from heldout.layouts import HTML_LAYOUTS, LAYOUTS, SHOWS_TAGS, TWIN_SLOTS, menu_for, render
from heldout.page import Page, plain
from heldout.shapes import HTML_ONLY, SHAPES, Ctx

ARTICLES_DIR = Path(__file__).with_name("articles")
VOCABULARY = "heldout"
ANY_TURN = (*LAYOUTS, "text")  # recipes that fit page text get it a bit more often


@dataclass(frozen=True)
class Recipe:
    """Shapes applied together to one page, and the family of the keywords glued or inserted."""

    shapes: tuple[str, ...]
    family: str = "gambling"

    @property
    def html_only(self) -> bool:
        return any(s in HTML_ONLY for s in self.shapes)


RECIPES: dict[str, Recipe] = {
    "seed_like": Recipe(("substitution", "nav", "injected_lines", "dup_caption")),
    "many_to_one": Recipe(("multi_substitution", "inline_insertion", "numbered_lines", "stray_sentence")),
    "compound": Recipe(("compound_substitution", "inline_link", "alt_and_attr", "double_title")),
    "hidden": Recipe(("obfuscation", "hidden_block", "start_glue", "hashtags")),
    "seo_glue": Recipe(("nav_glue", "start_glue", "spam_paragraph", "injected_lines"), family="seo"),
    "links_mix": Recipe(("substitution", "keyword_links", "hidden_block", "dup_caption", "double_title")),
    "insertion": Recipe(("obfuscation", "inline_insertion", "numbered_lines", "stray_sentence", "hashtags")),
    "unusual_sub": Recipe(("obfuscation", "multi_substitution", "start_glue", "dup_caption", "nav"),
                          family="unusual"),
}


@dataclass
class Spec:
    """One case to build."""

    case_id: str
    article: dict
    layout: str
    encoding: str
    recipe: str | None  # None: a clean case


# ------------------------------------------------------------------------------------------------------------
# planning


def load_articles(path: Path = ARTICLES_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]


def plan(articles: list[dict], seed: int) -> list[Spec]:
    """The cases of one seed: every article clean once (gambling-topic ones twice) and 3-4 recipes."""
    rng = random.Random(f"plan:{seed}")
    specs: list[Spec] = []
    n_clean = sum(2 if a["gambling_topic"] else 1 for a in articles)
    clean_enc = list(ENCODINGS[1:])
    clean_enc += ["utf-8"] * (n_clean - len(clean_enc))
    rng.shuffle(clean_enc)
    clean_lay = [LAYOUTS[i % len(LAYOUTS)] for i in range(n_clean)]
    rng.shuffle(clean_lay)
    names = list(RECIPES)
    deck: list[str] = []
    html_turn = rng.randrange(len(HTML_LAYOUTS))
    any_turn = rng.randrange(len(LAYOUTS))
    dirty_enc = [e for e in ENCODINGS if e != "utf-8"]
    rng.shuffle(dirty_enc)
    enc_turn = 0
    for art in articles:
        num = iter(range(10))
        for _ in range(2 if art["gambling_topic"] else 1):
            specs.append(Spec(f"h{art['id']}-{next(num)}", art, clean_lay.pop(), clean_enc.pop(), None))
        n_dirty = 4 if art["gambling_topic"] else 3
        mine: list[str] = []
        while len(mine) < n_dirty:
            if not deck:
                deck = names[:]
                rng.shuffle(deck)
            pick = next((r for r in deck if r not in mine), deck[0])
            deck.remove(pick)
            mine.append(pick)
        for name in mine:
            if RECIPES[name].html_only:
                layout = HTML_LAYOUTS[html_turn % len(HTML_LAYOUTS)]
                html_turn += 1
            else:
                layout = ANY_TURN[any_turn % len(ANY_TURN)]
                any_turn += 1
            encoding = "utf-8"
            if rng.random() < 0.27:
                encoding = dirty_enc[enc_turn % len(dirty_enc)]
                enc_turn += 1
            specs.append(Spec(f"h{art['id']}-{next(num)}", art, layout, encoding, name))
    return specs


# ------------------------------------------------------------------------------------------------------------
# building one case


def _article_text(a: dict) -> str:
    parts = [a["title"], a["subtitle"] or "", a["section"], a["source"], a["byline"], *a["captions"],
             *a["paragraphs"], *a["tags"], a["site"]["name"]]
    return "\n".join(parts)


def _sentences(articles: list[dict], not_id: str) -> list[str]:
    out = []
    for a in articles:
        if a["id"] == not_id:
            continue
        for p in a["paragraphs"]:
            out += [s.strip() for s in re.findall(r"[^.]*?다\.(?= |$)", p) if 20 <= len(s.strip()) <= 90]
    return out


def truth_article(page: Page) -> dict:
    """What a perfect cleaner returns for this page."""
    a = page.article
    return {
        "title": a["title"], "subtitle": a["subtitle"], "section": a["section"], "source": a["source"],
        "byline": a["byline"], "authors": a["authors"], "published": a["published"], "modified": a["modified"],
        "captions": a["captions"], "paragraphs": a["paragraphs"],
        "tags": a["tags"] if SHOWS_TAGS[page.layout] else [],
    }


def build(spec: Spec, articles: list[dict], vocab: dict, seed: int) -> tuple[bytes, dict, Page, str]:
    """The page bytes, truth.json, the page model and the rendered text of one case."""
    rng = random.Random(f"case:{seed}:{spec.case_id}")
    art = spec.article
    page = Page.from_article(art, spec.layout, menu_for(spec.layout, art["site"]["name"], rng))
    page.charset = html_charset(spec.encoding)
    page.byline_pos = rng.choice(("top", "bottom"))
    recipe = RECIPES[spec.recipe] if spec.recipe else None
    if recipe:
        originals = (*art["targets"], *art["compound_targets"], "뉴스")
        kwf = Keywords(vocab, rng, avoid=_article_text(art), originals=originals)
        ctx = Ctx(page=page, rng=rng, kw=kwf, others=_sentences(articles, art["id"]), family=recipe.family,
                  twins_dirty=rng.random() < 0.5, twin_slots=TWIN_SLOTS[spec.layout],
                  zero_width_ok=not needs_cp949(spec.encoding), html=spec.layout != "text")
        page.describe = not ctx.twins_dirty  # a dirty copy would not carry a clean description either
        for shape in recipe.shapes:
            if SHAPES[shape](ctx):
                page.ledger.kind(shape)
    others = [a["title"] for a in articles if a["id"] != art["id"]]
    related = rng.sample(others, min(10, len(others)))
    text = render(page, rng, related)
    data = encode_page(text, spec.encoding)
    led = page.ledger
    fmt = "text" if spec.layout == "text" else "html"
    kinds = [*led.kinds, fmt] if recipe else ["clean", fmt]
    if art["gambling_topic"]:
        kinds.append("gambling_topic")
    kinds += kind_labels(spec.encoding)
    if spec.recipe:
        kinds.append(spec.recipe)
    truth = {
        "case_id": spec.case_id,
        "kind": kinds,
        "input": "input.txt" if fmt == "text" else "input.html",
        "vocabulary": VOCABULARY,
        "contaminated": recipe is not None,
        "format": spec.layout,
        "recipe": spec.recipe,
        "seed": seed,
        "article": truth_article(page),
        "injected": {
            "keywords": sorted(led.keywords),
            "occurrences": led.occurrences,
            "hidden_occurrences": led.hidden_occurrences,
            "substitutions": led.substitutions,
            "injected_lines": led.injected_lines,
            "injected_blocks": led.injected_blocks,
            "insertions": led.insertions,
            "obfuscated": led.obfuscated or False,
            "encoding": spec.encoding,
        },
    }
    return data, truth, page, text


# ------------------------------------------------------------------------------------------------------------
# checking the record against the page


class _Text(HTMLParser):
    """All the text of an HTML page a keyword can hide in: text nodes, <title>, alt/title attributes and the
    headline-bearing <meta> contents. Link targets and other attributes are left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        for name in ("alt", "title"):
            if d.get(name):
                self.parts.append("\x01" + d[name] + "\x01")
        if tag == "meta" and d.get("content") and (d.get("property") or d.get("name") or "").endswith(
                ("title", "description")):
            self.parts.append("\x01" + d["content"] + "\x01")

    def handle_data(self, data):
        self.parts.append(data)


def _count(text: str, keywords: list[str]) -> int:
    folded = fold(text)
    n = 0
    for kw in sorted({fold(k) for k in keywords}, key=lambda k: (-len(k), k)):
        n += folded.count(kw)
        folded = folded.replace(kw, "\x00")
    return n


def verify(page: Page, truth: dict, text: str) -> list[str]:
    """Problems with a case's record (empty when the ledger matches the page)."""
    problems = []
    inj = truth["injected"]
    kws = inj["keywords"]
    if kws:
        if page.layout == "text":
            seen = text
        else:
            p = _Text()
            p.feed(text)
            seen = "".join(p.parts)
        base = _count(_article_text(page.article), kws)
        got = _count(seen, kws) - base
        want = inj["occurrences"] + inj["hidden_occurrences"]
        if got != want:
            problems.append(f"keyword occurrences on the page {got}, recorded {want}")
    fields = {"title": page.title, "subtitle": page.subtitle or "",
              "captions": "\n".join(c.text for c in page.captions),
              "paragraphs": "\n".join(plain(it.text) for it in page.paragraphs())}
    a = page.article
    truth_fields = {"title": a["title"], "subtitle": a["subtitle"] or "", "captions": "\n".join(a["captions"]),
                    "paragraphs": "\n".join(a["paragraphs"])}
    for sub in inj["substitutions"]:
        for f, n in sub["fields"].items():
            if f == "nav":
                continue
            t_c = truth_fields[f].count(sub["original"])
            d_c = fields[f].count(sub["original"])
            if d_c != t_c - n:
                problems.append(f"substitution {sub['original']}->{sub['keyword']} in {f}: truth {t_c}, "
                                f"page {d_c}, recorded {n}")
    if truth["contaminated"] and not inj["keywords"]:
        problems.append("contaminated but no keyword recorded")
    return problems


# ------------------------------------------------------------------------------------------------------------


def generate(out: Path, seed: int = 1, force: bool = False, quiet: bool = True) -> tuple[list[str], list[str]]:
    """Write the cases of ``seed`` under ``out``; returns (case ids, problems)."""
    articles = load_articles()
    vocab = load_vocab()
    out.mkdir(parents=True, exist_ok=True)
    old = [p.parent for p in out.glob("*/truth.json")]
    if old and not force:
        raise SystemExit(f"generate: {out} already holds cases; use --force to replace them")
    for d in old:
        shutil.rmtree(d)
    ids, problems = [], []
    manifest = []
    for spec in plan(articles, seed):
        data, truth, page, text = build(spec, articles, vocab, seed)
        d = out / spec.case_id
        d.mkdir()
        (d / truth["input"]).write_bytes(data)
        (d / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for pr in verify(page, truth, text):
            problems.append(f"{spec.case_id}: {pr}")
        if spec.recipe:
            missing = [s for s in RECIPES[spec.recipe].shapes if s not in truth["kind"]]
            if missing:
                problems.append(f"{spec.case_id}: shapes that did not apply: {', '.join(missing)}")
        ids.append(spec.case_id)
        manifest.append({"case_id": spec.case_id, "kind": truth["kind"], "format": spec.layout,
                         "encoding": spec.encoding})
        if not quiet:
            print(f"{spec.case_id:7} {spec.layout:10} {spec.encoding:26} {', '.join(truth['kind'])}")
    (out / "manifest.json").write_text(json.dumps({"seed": seed, "vocabulary": VOCABULARY, "cases": manifest},
                                                  ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return ids, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the held-out set of contaminated and clean news pages.")
    ap.add_argument("--out", type=Path, required=True, help="directory to write the cases into")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="replace the cases already in --out")
    ap.add_argument("--quiet", "-q", action="store_true")
    args = ap.parse_args(argv)
    ids, problems = generate(args.out, args.seed, args.force, args.quiet)
    kinds = Counter()
    for p in args.out.glob("*/truth.json"):
        kinds.update(json.loads(p.read_text(encoding="utf-8"))["kind"])
    print(f"{len(ids)} cases in {args.out} (seed {args.seed}); kinds: "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for pr in problems:
        print("PROBLEM", pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
