"""Review probe: pages written by reviewers to break the rules, each story with and without spam.

    PYTHONPATH=src python benchmarks/review_probe.py [-v] [PREFIX ...]

``benchmarks/review_pages`` holds, per page, ``NAME.txt`` or ``NAME.html`` and ``NAME.json``; ``NAME_clean`` is
the same story without spam.  The JSON says what was written: ``title``, ``paragraphs``, ``captions`` (as printed,
a caption printed twice on one line joined by a newline), ``caption_ok`` (the printings that are right to keep),
``byline``, ``dirty`` (spam injected or not), ``spam`` (injected lines and keywords), ``leak`` (spam glued into
the article's own lines, e.g. before the byline), ``dirty_byline`` (the byline as the spammed page prints it) and
``note`` (what the page tries to break).  Every page is cleaned and reported as:

``DAMAGE``
    rule 1 broken: the article's own text lost or changed, or a clean page edited or marked contaminated;
``LEAK``
    spam left in (the article intact);
``ok``
    the article intact, no spam left.

Stories from five reviews (2026-11-26 and 27): bylines in many real forms, hashtags of K-pop and sports stories,
words typed in fullwidth letters or with a zero-width space pasted in, captions printed twice with an updated word,
game words in stories about casinos, racing and lotteries; the third (``r3_*``) the other topics (loans, lawyers,
detectives, massage), quoted advertisements, names of four syllables and spam glued before them; the fourth
(``r4_*``) the rules those brought (outlets and desks before a reporter, loan products and compounds, quoted
flyers, spam's site words, descriptions shorter than the lead); the fifth (``r5_*``) the rules of stop 20 (a
story's name in one printing of a caption and a plain word in the other, reporters' titles after a bracketed
outlet, a story's own hashtag runs, several loans' limits in one sentence, titles and sayings in quotation
marks).  The names are invented.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import cleantext

PAGES = Path(__file__).parent / "review_pages"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def norm(s: str | None) -> str:
    """NFKC, invisible characters out, whitespace runs as one space: what a reader sees."""
    s = (s or "").replace("&#8203;", "").replace("&shy;", "").translate(_INVISIBLE)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def check(name: str) -> tuple[str, list[str], list[str], cleantext.Article]:
    """The status of one page, its problems (rule 1) and its leaks."""
    meta = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    page = next(p for p in PAGES.glob(f"{name}.*") if p.suffix in (".txt", ".html"))
    a = cleantext.clean(page.read_bytes())
    spam = [*meta.get("spam", []), *meta.get("leak", [])]
    paragraphs, captions = [norm(p) for p in a.paragraphs], [norm(c) for c in a.captions]
    printed = [line for c in meta["captions"] for line in c.split("\n")]
    ok_caps = {norm(c) for c in meta.get("caption_ok") or printed}
    by, dirty_by = meta.get("byline"), meta.get("dirty_byline")
    legit = {norm(x) for x in [*meta["paragraphs"], *printed, by]} | ok_caps
    problems, leaks = [], []
    for p in meta["paragraphs"]:
        if norm(p) not in {*paragraphs, *captions, norm(a.byline)}:
            problems.append(f"paragraph lost or changed: {p!r}")
    if norm(a.title) != norm(meta["title"]):
        problems.append(f"title: {a.title!r}")
    if meta["dirty"]:
        if printed and not ok_caps & {*paragraphs, *captions}:
            problems.append("caption lost")
    else:
        problems += [f"caption lost: {c!r}" for c in printed if norm(c) not in {*paragraphs, *captions}]
    if dirty_by and norm(a.byline) == norm(dirty_by):
        leaks.append(f"byline kept whole: {a.byline!r}")
    elif dirty_by:
        want = dirty_by
        for k in meta.get("leak", []):
            want = want.replace(k + " ", "").replace(k, "")
        if norm(a.byline) not in (norm(want), norm(by)):
            problems.append(f"byline: {a.byline!r} (printed {dirty_by!r})")
    elif by and norm(a.byline) != norm(by) and norm(by) not in paragraphs:
        problems.append(f"byline: {a.byline!r} (written {by!r})")
    for text in [*a.paragraphs, *a.captions]:
        if norm(text) in legit:
            continue
        if any(norm(s) in norm(text) for s in spam):
            leaks.append(f"spam kept: {text[:100]!r}")
        else:
            problems.append(f"text changed or not written: {text!r}")
    fields = [a.title, a.byline, *a.paragraphs, *a.captions]
    leaks += [f"left in: {s!r}" for s in spam if any(norm(s) in norm(x) for x in fields)]
    if not meta["dirty"] and (a.report.edits or a.report.contaminated):
        problems.append(f"clean page: {len(a.report.edits)} edits, contaminated={a.report.contaminated}")
    status = "DAMAGE" if problems else "LEAK" if leaks else "ok"
    return status, problems, list(dict.fromkeys(leaks)), a


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    prefixes = [x for x in argv if x != "-v"]
    names = sorted(p.stem for p in PAGES.glob("*.json") if not prefixes or p.stem.startswith(tuple(prefixes)))
    counts = {"ok": 0, "DAMAGE": 0, "LEAK": 0}
    clean_damage = 0
    for name in names:
        status, problems, leaks, a = check(name)
        counts[status] += 1
        clean_damage += status == "DAMAGE" and name.endswith("_clean")
        print(f"{status:6} {name}")
        if verbose or problems or leaks:
            for x in problems:
                print("       -", x)
            for x in leaks:
                print("       ~", x)
        if verbose or problems:
            for e in a.report.edits:
                print(f"       edit {e.kind} {e.field}: {e.before[:80]!r} -> {e.after[:50]!r} | {e.evidence[:120]}")
    print(f"\n{len(names)} pages: {counts['ok']} ok, {counts['DAMAGE']} damaged ({clean_damage} of them clean pages), "
          f"{counts['LEAK']} with spam left")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
