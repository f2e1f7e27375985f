"""Precision probe: clean, legitimate pages must come out of cleantext untouched (rule 1).

    PYTHONPATH=src python benchmarks/false_edits.py [DIR] [--quiet] [--json]

DIR (default: ``benchmarks/clean_korean`` next to this script) holds clean news pages, ``.txt`` page text and
``.html`` pages, written for this probe. Their topics sit close to the spam detector's vocabulary on purpose:
casino earnings, sports betting and lottery news, horse racing, gambling-addiction treatment, illegal-gambling
crime reports, memory and airport slots, poker as a mind sport, game companies, loans, divorce lawyers, detective
agencies, Latin names glued to Korean (``LG전자는``, ``K리그1``), one-line subheadings, single-syllable word runs,
plus a few English pages ("best bet", "casino stocks", "slot").

Every page is run through :func:`cleantext.clean`. One line per page gives ``contaminated``, ``score``, the number
of edits and paragraphs. For every page that got an edit, each edit is listed (kind, field, index, before -> after,
confidence, evidence) with the sentence involved, as found on the page and as output. A second, informational
check lists silent changes, made without an edit: output text that is not verbatim on the page, prose of the page
missing from the output, body prose output as a caption and captions output as paragraphs.

Exit status: 0 when no page was marked contaminated and no page got an edit; 1 otherwise (2 on a usage error).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path

import cleantext

SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_DIR = Path(__file__).resolve().parent / "clean_korean"
_SENTENCE_END = re.compile(r"(?<=[.!?。])[\"'”’)]*\s+")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_META_CONTENT = re.compile(r"<meta\b[^>]*\bcontent=\"([^\"]*)\"", re.I)
_BLOCK = re.compile(r"(?is)<(p|figcaption|h1)\b[^>]*>(.*?)</\1>")
_NOT_PROSE = re.compile(r"[©ⓒ@|]|copyright|all rights reserved", re.I)
_PROSE_END = re.compile(r"(?:다|요|까)[.!?]?[\"'”’)]*$|[.!?][\"'”’)]*$")


def pages(root: Path) -> list[Path]:
    """The page files under ``root`` (recursively), sorted."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds offset ``pos`` (the whole text if it has no sentence ends)."""
    pos = max(0, min(pos, len(text)))
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            return text[start : m.start()].strip()
    return text[start:].strip()


def field_item(article: cleantext.Article, name: str, index: int | None) -> str | None:
    """The output text an edit points to: a scalar field, or item ``index`` of a list field."""
    value = getattr(article, name, None)
    if isinstance(value, list):
        if index is None or not 0 <= index < len(value):
            return None
        value = value[index]
    return value if isinstance(value, str) else None


def involved(article: cleantext.Article, edit: cleantext.Edit) -> tuple[str, str]:
    """(sentence as found on the page, sentence as output) for one edit; empty strings when unknown."""
    if edit.kind == "drop":
        return edit.before, ""
    item = field_item(article, edit.field, edit.index)
    if item is None:
        return "", ""
    after = edit.after or ""
    start = edit.start
    if start is None:
        start = item.find(after) if after else -1
        if start < 0:
            return "", item
    found = item[:start] + edit.before + item[start + len(after) :]
    if len(found) <= 160:  # a short line (caption, byline, subheading): all of it
        return found, item
    return sentence_at(found, start), sentence_at(item, start)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def page_text(path: Path, raw: bytes) -> str:
    """The page's own text, whitespace folded: for HTML the tags removed, entities decoded and the ``content`` of
    the meta tags kept (``og:title`` may be the headline chosen)."""
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() != ".txt":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        metas = " ".join(_META_CONTENT.findall(text))
        text = html.unescape(_TAG.sub(" ", text) + " " + metas)
    return _fold(text)


def source_blocks(path: Path, raw: bytes) -> list[tuple[str, str]]:
    """The page's own text blocks as (kind, text): for HTML its ``<p>``, ``<figcaption>`` and ``<h1>`` elements,
    for page text its lines (kind ``line``)."""
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() == ".txt":
        return [("line", _fold(x)) for x in text.splitlines() if x.strip()]
    return [(m.group(1).lower(), _fold(html.unescape(_TAG.sub(" ", m.group(2))))) for m in _BLOCK.finditer(text)]


def silent_changes(article: cleantext.Article, path: Path, raw: bytes) -> list[tuple[str, str]]:
    """What changed without an edit saying so (informational): output text that is not verbatim on the page,
    prose of the page that is missing from the output, and body prose output as a caption (or a caption output
    as a paragraph)."""
    out: list[tuple[str, str]] = []
    source = page_text(path, raw)
    items = [("title", article.title)] + [("captions", c) for c in article.captions]
    items += [("paragraphs", p) for p in article.paragraphs]
    for name, text in items:
        folded = _fold(text)
        if folded and folded not in source:
            out.append((f"{name} not verbatim in the page", text))
    captions = "\n".join(_fold(c) for c in article.captions)
    body = "\n".join(_fold(x) for x in [article.title, *article.paragraphs])
    for kind, text in source_blocks(path, raw):
        prose = kind in ("p", "line")
        if len(text) < (30 if prose else 8) or _NOT_PROSE.search(text) or (prose and not _PROSE_END.search(text)):
            continue  # menus, footers, bylines, copyright lines
        in_caption, in_body = text in captions, text in body
        if not in_caption and not in_body:
            out.append((f"page {kind} missing from the output", text))
        elif kind == "p" and in_caption and not in_body:
            out.append(("page <p> output as a caption", text))
        elif kind == "line" and in_caption and not in_body and len(text) >= 60 and _PROSE_END.search(text):
            out.append(("page prose line output as a caption", text))
        elif kind == "figcaption" and in_body and not in_caption:
            out.append(("page <figcaption> output as a paragraph", text))
    return out


def check(path: Path) -> dict:
    """Clean one page; the row this probe reports for it."""
    raw = path.read_bytes()
    t0 = time.perf_counter()
    article = cleantext.clean(raw)
    seconds = time.perf_counter() - t0
    report = article.report
    edits = []
    for e in report.edits:
        found, output = involved(article, e)
        row = e.to_dict()
        row["sentence_found"] = found
        row["sentence_output"] = output
        edits.append(row)
    return {
        "file": str(path),
        "contaminated": report.contaminated,
        "score": round(report.score, 3),
        "keywords": list(report.keywords),
        "edits": edits,
        "paragraphs": len(article.paragraphs),
        "captions": len(article.captions),
        "title": article.title,
        "silent": silent_changes(article, path, raw),
        "notes": list(report.notes),
        "seconds": round(seconds, 3),
    }


def show(row: dict, root: Path, quiet: bool) -> None:
    name = Path(row["file"]).relative_to(root) if Path(row["file"]).is_relative_to(root) else row["file"]
    bad = row["contaminated"] or row["edits"]
    mark = "FAIL" if bad else "ok  "
    print(f"{mark} {name}  contaminated={row['contaminated']} score={row['score']:.3f} edits={len(row['edits'])} "
          f"paragraphs={row['paragraphs']} captions={row['captions']}")
    if quiet:
        return
    if bad:
        if row["keywords"]:
            print(f"       keywords: {row['keywords']}")
        for e in row["edits"]:
            where = e["field"] if e.get("index") is None else f"{e['field']}[{e['index']}]"
            print(f"     - {e['kind']} {where}: {e['before']!r} -> {e['after']!r} (confidence {e['confidence']})")
            print(f"       evidence: {e['evidence']}")
            if e["sentence_found"]:
                print(f"       found:    {e['sentence_found']}")
            if e["kind"] != "drop" and e["sentence_output"]:
                print(f"       output:   {e['sentence_output']}")
    for what, text in row["silent"]:
        print(f"       (info) {what}: {text[:160]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="directory of clean pages (.txt, .html)")
    ap.add_argument("--quiet", action="store_true", help="one line per page, no edit details")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON lines instead")
    args = ap.parse_args(argv)
    root = Path(args.dir).resolve()
    files = pages(root) if root.is_dir() else []
    if not files:
        print(f"no .txt/.html pages under {root}", file=sys.stderr)
        return 2
    rows = [check(p) for p in files]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        for row in rows:
            show(row, root, args.quiet)
    contaminated = sum(1 for r in rows if r["contaminated"])
    edited = sum(1 for r in rows if r["edits"])
    n_edits = sum(len(r["edits"]) for r in rows)
    silent = sum(1 for r in rows if r["silent"])
    failed = sum(1 for r in rows if r["contaminated"] or r["edits"])
    total = sum(r["seconds"] for r in rows)
    print(f"\n{len(rows)} pages: {failed} failed; {contaminated} marked contaminated, {edited} with edits "
          f"({n_edits} edits in all), {silent} with silent layout changes (info); {total:.1f}s cleaning",
          file=sys.stderr if args.json else sys.stdout)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
