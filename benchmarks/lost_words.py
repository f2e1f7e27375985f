"""Article words lost: every word of the true article that the output lacks, other than the words spam replaced.

Rule 1 says a real article is never damaged; the quality metrics count exact paragraphs, not what was cut. This lists,
case by case, the stretches of the truth's title, paragraphs and captions that the output drops or changes, once the
replaced words (``injected.substitutions`` in each ``truth.json``) are taken out of both: what is left is damage (a word
cut with the spam) or a leak (a keyword still standing where a word was).

    python benchmarks/lost_words.py /tmp/heldout1 [/tmp/heldout2 ...]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

import cleantext


def lost(truth: list[str], out: list[str], replaced: list[str]) -> list[tuple[str, str]]:
    """The truth's stretches (with what the output has there) that differ once replaced words are left out."""
    tt, oo = " ".join(truth).split(), " ".join(out).split()
    found = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, tt, oo, autojunk=False).get_opcodes():
        if tag not in ("delete", "replace"):
            continue
        rest = " ".join(tt[i1:i2])
        for w in replaced:
            rest = rest.replace(w, "")
        got = " ".join(oo[j1:j2])
        if re.sub(r"\s", "", rest) and not all(w in got for w in rest.split()):
            found.append((" ".join(tt[i1:i2]), got))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="folders of cases (<id>/input.* and truth.json)")
    args = ap.parse_args()
    total = 0
    for folder in args.dirs:
        for case in sorted(p for p in folder.iterdir() if (p / "truth.json").is_file()):
            truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
            if not truth.get("contaminated"):
                continue
            subs = truth["injected"].get("substitutions", [])
            replaced = sorted({s["original"] for s in subs}, key=len, reverse=True)
            page = next(case.glob("input.*")).read_bytes()
            article = cleantext.clean(page)
            for field in ("title", "paragraphs", "captions"):
                want, got = truth["article"][field], getattr(article, field)
                if field == "title":
                    want, got = [want or ""], [got or ""]
                for t, o in lost(want, got, replaced):
                    total += 1
                    print(f"{folder.name} {case.name} {field}: {t[:70]!r} -> {o[:60]!r}")
    print(f"{total} stretches", file=sys.stderr)


if __name__ == "__main__":
    main()
