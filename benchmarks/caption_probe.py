"""Caption probe: pages written by stop 30's three reviewers against the rules for captions printed twice.

    PYTHONPATH=src python benchmarks/caption_probe.py [-v] [ID_PREFIX ...]

``benchmarks/caption_pages/*.json`` hold, per page, ``id``, ``desc`` (what it tries to break), ``page`` (the HTML
or text page), ``contaminated`` (spam put in or not) and ``expect`` (the article's title, paragraphs and
captions as written).  Two photos' captions a word apart, galleries and slide shows, thumbnails, placeholders,
``<picture>``/``srcset``/``<amp-img>``, photo stories, pull quotes, updated captions, team and band names in
Latin letters, and spam's copies of a caption with a word put in or replaced.  Each page is reported as:

``DAMAGE``
    the article's title, a paragraph or a caption lost or changed, or a clean page edited;
``LEAK``
    text the article does not have left in (on a contaminated page);
``ok``
    the article as written.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import cleantext

PAGES = Path(__file__).parent / "caption_pages"


def judge(page: dict, a: cleantext.Article) -> tuple[str, list[str]]:
    """The status of one cleaned page and what is wrong with it."""
    want, problems, leaks = page["expect"], [], []
    if a.title != want["title"]:
        problems.append(f"title {a.title!r}")
    for field in ("paragraphs", "captions"):
        got, expected = getattr(a, field), want[field]
        problems += [f"{field} missing {w!r}" for w in (Counter(expected) - Counter(got)).elements()]
        extra = [f"{field} extra {g!r}" for g in (Counter(got) - Counter(expected)).elements()]
        (leaks if page["contaminated"] else problems).extend(extra)
    if not page["contaminated"] and (a.report.edits or a.report.contaminated):
        problems.append(f"clean page: {len(a.report.edits)} edits")
    return ("DAMAGE" if problems else "LEAK" if leaks else "ok"), problems + leaks


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    prefixes = tuple(x for x in argv if x != "-v")
    pages = [p for f in sorted(PAGES.glob("*.json")) for p in json.loads(f.read_text(encoding="utf-8"))
             if not prefixes or p["id"].startswith(prefixes)]
    counts: Counter[str] = Counter()
    for page in pages:
        status, notes = judge(page, cleantext.clean(page["page"]))
        counts[status] += 1
        if status != "ok" or verbose:
            print(f"{status:<7}{page['id']}  {page['desc']}")
            for note in notes if verbose or status != "ok" else ():
                print(f"       ~ {note[:150]}")
    print(f"\n{len(pages)} pages: {counts['ok']} ok, {counts['DAMAGE']} damaged, {counts['LEAK']} with spam left")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
