"""Mixed-page probe: on a contaminated page whose real article is *about* gambling, the article must survive intact.

    PYTHONPATH=src python benchmarks/mixed_probe.py [DIR] [--quiet]

DIR (default: ``benchmarks/mixed_korean`` next to this script) holds pages (``NAME.html`` or ``NAME.txt``) whose
article is a legitimate story full of gambling-adjacent words (casino earnings, sports toto, horse-race tickets,
addiction counselling, an illegal site named in a police report, hold'em, slot machine makers, companies called
``하늘벳`` or ``블루슬롯``, loans, divorce lawyers), each contaminated with spam of a few shapes (keyword lines,
``keyword - stray sentence`` lines, keywords glued to a title/first paragraph/sentence/byline/menu item, hashtag
runs, hidden keyword-link blocks, substitution of a frequent word with its particle left, obfuscated spellings).
Next to each page:

* ``NAME.truth.json``: the article before contamination, ``{"title", "paragraphs", "captions"}``;
* ``NAME.spam.json``: what was injected: ``keywords`` (plain spellings), ``shapes``, ``substitutions``
  (``original`` word, ``keyword`` that replaced it, ``count``).

Every page goes through :func:`cleantext.clean`. Title, paragraphs and captions are compared with the truth, word
by word and then character by character inside each differing run. Each difference is one of:

``DAMAGE``
    truth text missing or changed in the output (rule 1, the serious failure). A whitespace-only change is damage
    too, marked as such.
``sub-flagged`` / ``sub-unflagged`` / ``sub-left``
    a substituted word not restored: removed with a ``flag`` edit (allowed), removed without one, or the keyword
    still in its place (also a leak).
``moved``
    a caption output as a paragraph (compared as the caption, so damage inside it is still found; the paragraph
    index is then that of the article's output, the caption's diffs count captions without it).
``extra``
    output text that is not in the truth (a leak when it holds an injected keyword).

Leaks: every injected keyword (compared with spaces, dots and zero-width characters folded away) that occurs more
often in the output's title, paragraphs, captions or byline than in the truth. For every difference the edits that
touched it are listed (kind, before, evidence); ``--quiet`` leaves out the list of all edits of each page.

Exit status: 1 when any page has damaged article text, 0 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

import cleantext

DEFAULT_DIR = Path(__file__).resolve().parent / "mixed_korean"
_FOLD = re.compile(r"[\s.·\u200b\u200c\u200d\ufeff]+")
_SEP = "\n"  # between paragraphs (captions) in a field's joined text


def fold(text: str) -> str:
    """``text`` lower-cased, with spaces, dots and zero-width characters removed (``바 카 라`` == ``바카라``)."""
    return _FOLD.sub("", text).lower()


def tokens(text: str) -> list[str]:
    """Words, with the paragraph separator as a token of its own."""
    return re.findall(r"\n|[^\s]+", text)


def joined(value: str | list[str]) -> str:
    return value if isinstance(value, str) else _SEP.join(value)


def related_edits(article: cleantext.Article, field: str, index: int | None, *texts: str) -> list[cleantext.Edit]:
    """The edits of ``field`` (item ``index``, or next to it for a drop) whose before/after text overlaps one of
    ``texts`` (folded); when none overlaps, every edit of that item."""
    wanted = [fold(t) for t in texts if len(fold(t)) >= 2]
    near = []
    for e in article.report.edits:
        if e.field != field:
            continue
        if (
            index is not None
            and e.index is not None
            and not (e.index == index or (e.kind == "drop" and abs(e.index - index) <= 1))
        ):
            continue
        near.append(e)
    out = []
    for e in near:
        b, a = fold(e.before), fold(e.after or "")
        if any(w in b or (b and b in w) or (a and (w in a or a in w)) for w in wanted):
            out.append(e)
    return out or near


def show_edit(e: cleantext.Edit) -> str:
    idx = "" if e.index is None else f"[{e.index}]"
    return f"{e.kind} {e.field}{idx} {e.before!r} -> {e.after!r} ({e.confidence:.2f}; {e.evidence})"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def compare(field: str, truth: str, out: str, subs: list[dict], flagged: bool) -> list[dict]:
    """The differences between one field's truth and output text."""
    diffs: list[dict] = []
    t_tok, o_tok = tokens(truth), tokens(out)
    sm = difflib.SequenceMatcher(None, t_tok, o_tok, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        index = o_tok[:j1].count(_SEP) if field != "title" else None
        t_run, o_run = " ".join(t_tok[i1:i2]), " ".join(o_tok[j1:j2])
        context = " ".join(t_tok[max(0, i1 - 3) : i2 + 3]).replace(_SEP, "¶")
        out_context = " ".join(o_tok[max(0, j1 - 3) : j2 + 3]).replace(_SEP, "¶")
        if not t_run:
            diffs.append(
                {"what": "extra", "field": field, "truth": "", "output": o_run, "context": out_context, "index": index}
            )
            continue
        # a substituted word removed whole (아이템이 -> 이): one difference, whatever the characters' alignment
        whole = [s for s in subs if s["original"] in t_run
                 and _squeeze(t_run.replace(s["original"], "", 1)) == _squeeze(o_run)]
        if whole:
            diffs.append({"what": "sub-flagged" if flagged else "sub-unflagged", "field": field,
                          "truth": whole[0]["original"], "output": "", "truth_words": t_run.replace(_SEP, "¶"),
                          "output_words": o_run.replace(_SEP, "¶"), "context": context, "index": index})
            continue
        cm = difflib.SequenceMatcher(None, t_run, o_run, autojunk=False)
        for cop, a1, a2, b1, b2 in cm.get_opcodes():
            if cop == "equal":
                continue
            lost, got = t_run[a1:a2], o_run[b1:b2]
            what = "DAMAGE"
            for s in subs:
                if lost.strip() == s["original"]:
                    if fold(got) == fold(s["keyword"]):
                        what = "sub-left"
                    elif not got.strip():
                        what = "sub-flagged" if flagged else "sub-unflagged"
            if what == "DAMAGE" and not lost.strip() and not got.strip():
                what = "DAMAGE (whitespace only)"
            if what == "DAMAGE" and not lost:
                what = "extra"
            diffs.append(
                {
                    "what": what,
                    "field": field,
                    "truth": lost,
                    "output": got,
                    "truth_words": t_run.replace(_SEP, "¶"),
                    "output_words": o_run.replace(_SEP, "¶"),
                    "context": context,
                    "index": index,
                }
            )
    return diffs


def check(page: Path) -> dict:
    """Clean one page and compare it with its truth."""
    stem = page.with_suffix("")
    truth = json.loads(stem.with_name(stem.name + ".truth.json").read_text(encoding="utf-8"))
    spam = json.loads(stem.with_name(stem.name + ".spam.json").read_text(encoding="utf-8"))
    article = cleantext.clean(page.read_bytes())
    subs = spam.get("substitutions", [])
    out = {"title": article.title, "paragraphs": list(article.paragraphs), "captions": list(article.captions)}
    moved = []
    for cap in truth["captions"]:  # a caption output as a paragraph: compared as a caption, reported as moved
        if cap in out["captions"] or not out["paragraphs"]:
            continue
        best = max(out["paragraphs"], key=lambda p: difflib.SequenceMatcher(None, cap, p).ratio())
        if difflib.SequenceMatcher(None, cap, best).ratio() >= 0.6:
            i = out["paragraphs"].index(best)
            moved.append(
                {
                    "what": "moved",
                    "field": "captions",
                    "truth": cap,
                    "output": best,
                    "index": None,
                    "context": f"caption output as paragraphs[{i}]",
                }
            )
            out["paragraphs"].remove(best)
            out["captions"].insert(truth["captions"].index(cap), best)
    diffs: list[dict] = list(moved)
    for field in ("title", "paragraphs", "captions"):
        flagged = any(e.kind == "flag" and e.field == field for e in article.report.edits)
        diffs += compare(field, joined(truth[field]), joined(out[field]), subs, flagged)
    for d in diffs:
        d["edits"] = related_edits(article, d["field"], d["index"], d["truth"], d["output"], d.get("truth_words", ""))
    leaks = []
    out_fields = {
        "title": article.title,
        "paragraphs": joined(article.paragraphs),
        "captions": joined(article.captions),
        "byline": article.byline or "",
    }
    truth_all = fold(" ".join([truth["title"], *truth["paragraphs"], *truth["captions"]]))
    for kw in spam["keywords"]:
        k = fold(kw)
        for name, text in out_fields.items():
            n_out = fold(text).count(k)
            n_truth = truth_all.count(k) if name != "byline" else 0
            if name != "byline":
                n_truth = fold(joined(truth[name])).count(k)
            if n_out > n_truth:
                leaks.append({"keyword": kw, "field": name, "extra": n_out - n_truth})
    return {"page": page.name, "article": article, "diffs": diffs, "leaks": leaks, "shapes": spam.get("shapes", [])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--quiet", action="store_true", help="do not list every edit of each page")
    args = ap.parse_args(argv)
    pages = sorted(p for p in args.dir.iterdir() if p.suffix in (".html", ".txt"))
    damaged_pages = 0
    leak_pages = 0
    for page in pages:
        row = check(page)
        art = row["article"]
        damage = [d for d in row["diffs"] if d["what"].startswith("DAMAGE")]
        damaged_pages += bool(damage)
        leak_pages += bool(row["leaks"])
        print(
            f"== {row['page']}  shapes={','.join(row['shapes'])}  contaminated={art.report.contaminated} "
            f"score={art.report.score:.2f} edits={len(art.report.edits)}  damage={len(damage)} "
            f"leaks={len(row['leaks'])}"
        )
        for d in row["diffs"]:
            where = d["field"] + ("" if d["index"] is None else f"[{d['index']}]")
            print(f"  {d['what']} [{where}] truth {d['truth']!r} -> output {d['output']!r}")
            if "truth_words" in d:
                print(f"      words: {d['truth_words']!r} -> {d['output_words']!r}")
            print(f"      context: {d['context']!r}")
            for e in d["edits"]:
                print(f"      edit: {show_edit(e)}")
        for leak in row["leaks"]:
            print(f"  LEAK {leak['keyword']!r} in {leak['field']} (x{leak['extra']})")
        if not args.quiet:
            for e in art.report.edits:
                print(f"  . {show_edit(e)}")
    print(f"\n{len(pages)} pages: {damaged_pages} with damaged article text, {leak_pages} with leaked spam")
    return 1 if damaged_pages else 0


if __name__ == "__main__":
    sys.exit(main())
