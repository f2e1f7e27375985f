"""News probe: 256 clean Korean news pages whose ordinary words are also spam's, and 122 spam pages against them.

    PYTHONPATH=src python benchmarks/news_probe.py [-v]

``benchmarks/news_pages/text_pages.json`` holds 104 text pages (``name``, ``note``: the trap, ``text``,
``expected_paragraphs``): 바카라 the crystal, TOTO the bidet, 토토로, the drama 카지노, airport and memory 슬롯,
베팅 and 잭팟 as metaphors, 먹튀 in sports news, 사다리차, Powerball, lottery and race reports, casino earnings,
crackdown stories, loan, lawyer and detective news.  ``news_pages/html/*.html`` are 78 HTML pages in realistic
CMS markup (``html_expected.json``: ``title``, ``paragraphs``, ``captions``), some in cp949: headline copies in
``<title>`` and og:title edited apart from the h1, ``[단독]`` labels, captions printed twice, quoted spam
advertisements, tag lists, related-article lines.  Every page is clean: it is right when no spam edit is made,
the page is not marked contaminated, and its paragraphs (and an HTML page's title) come out as written.
``genre_pages.json`` holds 74 more clean pages (text, or ``html`` with ``expected_title``) in other genres:
interviews, columns, notices, results, consumer warnings, financial products, tourism.  ``spam_pages.json`` holds
122 pages of spam (text, or ``html``) that a third review wrote against the rules stop 22 relaxed for those clean
pages (headline copies, quoted spellings, names opening with 벳, a headline's subject phrase, a phrase with 하다),
each with the ``spam`` strings that must go: right when none is left in the title, paragraphs or captions.
``-v`` lists the pages that come out wrong, with the edits.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import cleantext
from cleantext.article import FLAG, REMOVE, RESTORE

PAGES = Path(__file__).parent / "news_pages"
SPAM_EDITS = {REMOVE, RESTORE, FLAG, "drop"}


def check(cleaner: cleantext.Cleaner, data: str | bytes, paragraphs: list[str], title: str | None) -> list[str]:
    """What is wrong with one clean page's output (empty when it is right)."""
    a = cleaner.clean(data)
    wrong = [f"{e.kind} {e.field}: {e.before!r} | {e.evidence[:140]}" for e in a.report.edits if e.kind in SPAM_EDITS]
    if a.report.contaminated:
        wrong.append(f"marked contaminated (keywords {a.report.keywords})")
    if a.paragraphs != paragraphs:
        wrong.append("paragraphs differ")
    if title is not None and a.title != title:
        wrong.append(f"title {a.title!r}")
    return wrong


def main() -> None:
    verbose = "-v" in sys.argv
    cleaner = cleantext.Cleaner()
    results: dict[str, list[int]] = {"text": [0, 0], "html": [0, 0]}
    for p in json.loads((PAGES / "text_pages.json").read_text(encoding="utf-8")):
        wrong = check(cleaner, p["text"], p["expected_paragraphs"], None)
        results["text"][0] += not wrong
        results["text"][1] += 1
        if wrong and verbose:
            print(f"WRONG  text/{p['name']} ({p['note']})", *(f"       {w}" for w in wrong), sep="\n")
    for p in json.loads((PAGES / "html_expected.json").read_text(encoding="utf-8")):
        data = (PAGES / "html" / f"{p['name']}.html").read_bytes()
        wrong = check(cleaner, data, p["paragraphs"], p["title"])
        results["html"][0] += not wrong
        results["html"][1] += 1
        if wrong and verbose:
            print(f"WRONG  html/{p['name']} ({p['note']})", *(f"       {w}" for w in wrong), sep="\n")
    results["genre"] = [0, 0]
    for p in json.loads((PAGES / "genre_pages.json").read_text(encoding="utf-8")):
        data = p["html"].encode() if "html" in p else p["text"]
        wrong = check(cleaner, data, p["expected_paragraphs"], p.get("expected_title"))
        results["genre"][0] += not wrong
        results["genre"][1] += 1
        if wrong and verbose:
            print(f"WRONG  genre/{p['name']} ({p['note']})", *(f"       {w}" for w in wrong), sep="\n")
    for kind, (ok, n) in results.items():
        print(f"{kind:5} {ok:4}/{n:<4} clean pages right")
    kept = 0
    spam_pages = json.loads((PAGES / "spam_pages.json").read_text(encoding="utf-8"))
    for p in spam_pages:
        a = cleaner.clean(p["html"].encode() if "html" in p else p["text"])
        texts = [a.title or "", *a.paragraphs, *a.captions]
        left = [s for s in p["spam"] if any(s.replace(" ", "") in t.replace(" ", "") for t in texts)]
        kept += not left
        if left and verbose:
            print(f"LEAK   spam/{p['name']} ({p['note']}): {left}")
    print(f"spam  {kept:4}/{len(spam_pages):<4} spam pages with no spam left")


if __name__ == "__main__":
    main()
