"""Article extraction: cleantext against the parse-only floor and trafilatura, on the same real pages.

Quality uses the customary metric of the article-extraction benchmark (see ``_aeb.py``); speed is measured in
one process, page by page: each extractor runs on the same page in turn, the order rotating between rounds, the
whole repeated ``--repeat`` times, and the median of each page's runs is that page's time.

Extractors (the trafilatura ones only when it is installed; it is never a dependency of cleantext):

* ``floor``: ``LexborHTMLParser(html).body.text()``, parsing alone, what every extractor pays at least;
* ``cleantext``: ``Cleaner().clean(page_bytes)``, the body being ``"\\n".join(article.paragraphs)``;
  ``cleantext+tc`` is the same run scored with the title and the captions added (no separate timing);
* ``ct-extract``: the same cleaner with only its ``decode``, ``parse`` and ``normalize`` steps: the extraction
  alone, without the spam stages (which can cut words from clean pages);
* ``traf-fast``: ``trafilatura.extract(html, fast=True)``;
* ``trafilatura``: ``trafilatura.extract(html)`` with its default settings.

Also: a ~10 MB page cleaned once, its time and peak memory (tracemalloc and the process's peak RSS) against its
size.  Run from the repository::

    .venv/bin/python benchmarks/extraction.py                      # ../shared/aeb, 3 rounds
    .venv/bin/python benchmarks/extraction.py --repeat 5 --json out.json --worst 15
    .venv/bin/python benchmarks/extraction.py --aeb DIR --limit 20 --no-big --steps
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

import cleantext  # noqa: E402
from _aeb import DEFAULT_AEB, Page, Score, load_aeb, missing_and_extra, score, summarize  # noqa: E402

FLOOR = "floor"
CLEANTEXT = "cleantext"
CLEANTEXT_TC = "cleantext+tc"
CLEANTEXT_X = "ct-extract"
EXTRACT_STEPS = ("decode", "parse", "normalize")
TRAF_FAST = "traf-fast"
TRAF = "trafilatura"


# -- extractors -------------------------------------------------------------------------------------------------


@dataclass
class Extractor:
    """A timed extractor: ``run(page)`` returns the text of each of its variants (scored separately)."""

    name: str
    run: Callable[[Page], dict[str, str]]
    variants: tuple[str, ...]


def _floor(page: Page) -> dict[str, str]:
    body = LexborHTMLParser(page.html).body
    return {FLOOR: body.text() if body is not None else ""}


def _cleantext_extractor() -> Extractor:
    cleaner = cleantext.Cleaner()

    def run(page: Page) -> dict[str, str]:
        a = cleaner.clean(page.raw)
        body = "\n".join(a.paragraphs)
        return {CLEANTEXT: body, CLEANTEXT_TC: "\n".join([a.title or "", body, *a.captions])}

    return Extractor(CLEANTEXT, run, (CLEANTEXT, CLEANTEXT_TC))


def _extract_only_extractor() -> Extractor:
    """cleantext with the spam stages taken out: what the extraction alone gives (and costs)."""
    cleaner = cleantext.Cleaner()
    cleaner.steps = [s for s in cleaner.steps if s.name in EXTRACT_STEPS]

    def run(page: Page) -> dict[str, str]:
        return {CLEANTEXT_X: "\n".join(cleaner.clean(page.raw).paragraphs)}

    return Extractor(CLEANTEXT_X, run, (CLEANTEXT_X,))


def _trafilatura_extractors() -> list[Extractor]:
    try:
        import trafilatura
    except ImportError:
        return []

    def fast(page: Page) -> dict[str, str]:
        return {TRAF_FAST: trafilatura.extract(page.html, fast=True) or ""}

    def default(page: Page) -> dict[str, str]:
        return {TRAF: trafilatura.extract(page.html) or ""}

    return [Extractor(TRAF_FAST, fast, (TRAF_FAST,)), Extractor(TRAF, default, (TRAF,))]


def extractors(names: list[str] | None = None) -> list[Extractor]:
    """The available extractors, those named in ``names`` only when given."""
    out = [Extractor(FLOOR, _floor, (FLOOR,)), _cleantext_extractor(), _extract_only_extractor(),
           *_trafilatura_extractors()]
    if names:
        out = [e for e in out if e.name in names]
    return out


# -- the interleaved run ----------------------------------------------------------------------------------------


@dataclass
class PageResult:
    """One page: each extractor's run times (ms) and each variant's text and score."""

    page: Page
    ms: dict[str, list[float]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    scores: dict[str, Score] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def median_ms(self, extractor: str) -> float:
        return statistics.median(self.ms[extractor])


WARMUP = HERE.parent / "examples" / "contaminated.txt"


def _warmup_pages(pages: list[Page]) -> list[Page]:
    """Pages that wake every lazy part: two benchmark pages and the contaminated example (whose restore step
    loads the language model that the spam stages use only when a page has keywords)."""
    out = list(pages[:2])
    if WARMUP.exists():
        raw = WARMUP.read_bytes()
        out.append(Page("warmup", raw, raw.decode("utf-8", errors="replace"), ""))
    return out


def run_benchmark(pages: list[Page], exts: list[Extractor], repeat: int, progress: bool = True) -> list[PageResult]:
    """Every extractor on every page, interleaved page by page, the order rotating between rounds."""
    for e in exts:  # warm-up: imports, lazy tables and caches are not charged to the first page
        for p in _warmup_pages(pages):
            with contextlib.suppress(Exception):
                e.run(p)
    results = []
    n = len(exts)
    for i, page in enumerate(pages):
        res = PageResult(page, ms={e.name: [] for e in exts})
        for r in range(repeat):
            shift = (i + r) % n
            for e in exts[shift:] + exts[:shift]:
                t0 = time.perf_counter_ns()
                try:
                    out = e.run(page)
                except Exception as exc:  # an extractor that fails on a page gives an empty output there
                    out = dict.fromkeys(e.variants, "")
                    res.errors[e.name] = f"{type(exc).__name__}: {exc}"[:200]
                res.ms[e.name].append((time.perf_counter_ns() - t0) / 1e6)
                if r == 0:
                    res.texts.update(out)
        for v, text in res.texts.items():
            res.scores[v] = score(page.truth, text)
        results.append(res)
        if progress and (i + 1) % 20 == 0:
            print(f"  {i + 1}/{len(pages)} pages", file=sys.stderr, flush=True)
    return results


# -- reporting --------------------------------------------------------------------------------------------------


def _timer_of(variant: str) -> str:
    return CLEANTEXT if variant == CLEANTEXT_TC else variant


def table(results: list[PageResult], exts: list[Extractor], title: str) -> list[str]:
    """The compact table of quality and speed for one set of pages."""
    lines = [title]
    if not results:
        return [*lines, "  (no pages)"]
    total = {e.name: sum(r.median_ms(e.name) for r in results) for e in exts}
    head = (f"  {'extractor':<13} {'F1':>6} {'prec':>6} {'recall':>6} {'empty':>5} {'pages/s':>8} {'med ms':>7} "
            f"{'xfloor':>7} {'xtraf-f':>7}  slowest page")
    lines += [head, "  " + "-" * (len(head) - 2)]
    for e in exts:
        for v in e.variants:
            s = summarize(r.scores[v] for r in results)
            t = _timer_of(v)
            if v != e.name:
                lines.append(f"  {v:<13} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} {s.empty:5d}"
                             f"  (same run as {e.name})")
                continue
            med = statistics.median(r.median_ms(t) for r in results)
            pps = len(results) / (total[t] / 1000) if total[t] else float("inf")
            x_floor = f"{total[t] / total[FLOOR]:6.1f}x" if total.get(FLOOR) else "      -"
            x_traf = f"{total[t] / total[TRAF_FAST]:6.2f}x" if total.get(TRAF_FAST) else "      -"
            slow = max(results, key=lambda r, t=t: r.median_ms(t))
            lines.append(f"  {v:<13} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} {s.empty:5d} {pps:8.1f} "
                         f"{med:7.2f} {x_floor} {x_traf}  {slow.page.id[:12]} {slow.median_ms(t):.1f} ms")
    errors = {e.name: sum(1 for r in results if e.name in r.errors) for e in exts}
    if any(errors.values()):
        lines.append("  errors: " + ", ".join(f"{k} {v}" for k, v in errors.items() if v))
    return lines


def worst(results: list[PageResult], n: int, variant: str = CLEANTEXT) -> list[str]:
    """The ``n`` pages where ``variant`` scores lowest, with what it missed and what it added."""
    lines = [f"The {n} pages with the lowest {variant} F1 (P/R; missing = truth not extracted, extra = output "
             "not in the truth; first 200 chars)"]
    ranked = sorted(results, key=lambda r: (r.scores[variant].f1, r.page.id))[:n]
    for r in ranked:
        s = r.scores[variant]
        missing, extra = missing_and_extra(r.page.truth, r.texts.get(variant, ""))
        p = f"{s.precision:.3f}" if s.precision is not None else "  -  "
        others = "  ".join(f"{k} {v.f1:.2f}" for k, v in r.scores.items() if k in (TRAF_FAST, TRAF))
        lines.append(f"- {r.page.id[:16]}  F1 {s.f1:.3f}  P {p}  R {s.recall:.3f}  out {len(r.texts.get(variant, ''))}"
                     f" chars / truth {len(r.page.truth)}  {others}  {r.page.url[:80]}")
        root = _root_of(r.page)
        if root:
            lines.append(f"    root:    {root}")
        lines.append(f"    missing: {missing[:200]!r}")
        lines.append(f"    extra:   {extra[:200]!r}")
    return lines


def _node_name(node: Any) -> str:
    a = node.attributes
    out = node.tag
    if a.get("id"):
        out += "#" + str(a["id"]).split()[0][:30]
    if a.get("class"):
        out += "." + ".".join(c[:30] for c in str(a["class"]).split()[:2])
    return out


def _root_of(page: Page) -> str:
    """Which element cleantext's body finder picks (with two ancestors) and the elements its paragraphs come from.

    Diagnostics only: this reaches into the extraction code (``cleantext.extract.find_body``, the document's
    blocks), which changes; whatever fails here is reported, never raised.
    """
    parts = []
    try:
        from cleantext.extract import find_body
        from cleantext.parse.html import DROP_TAGS

        tree = LexborHTMLParser(page.html)
        tree.strip_tags(list(DROP_TAGS))
        body = find_body(tree)
        if body is None:
            parts.append("find_body: none")
        else:
            chain, n = [], body
            while n is not None and n.tag not in ("html", "body") and len(chain) < 3:
                chain.append(_node_name(n))
                n = n.parent
            n_chars = len(body.text(deep=True, separator=" ", strip=True))
            parts.append(f"find_body: {' < '.join(chain) or body.tag} ({n_chars} chars)")
    except Exception as exc:
        parts.append(f"find_body unavailable ({type(exc).__name__})")
    try:
        doc = cleantext.Cleaner().document(page.raw)
        origins: dict[str, int] = {}
        for b in doc.blocks:
            if b.role == "paragraph" and not b.dropped:
                origins[b.origin] = origins.get(b.origin, 0) + 1
        top = sorted(origins.items(), key=lambda kv: -kv[1])[:3]
        parts.append("paragraphs from " + (", ".join(f"{o[:50]} x{c}" for o, c in top) or "nothing"))
    except Exception as exc:
        parts.append(f"document unavailable ({type(exc).__name__})")
    return "; ".join(parts)


def step_times(pages: list[Page]) -> list[str]:
    """Where cleantext's time goes: each pipeline step's total over the pages (one untimed warm-up pass first)."""
    cleaner = cleantext.Cleaner()
    totals: dict[str, float] = {s.name: 0.0 for s in cleaner.steps}
    for p in _warmup_pages(pages):
        with contextlib.suppress(Exception):
            cleaner.clean(p.raw)
    for p in pages:
        doc = cleantext.Document(raw=p.raw)
        try:
            for step in cleaner.steps:
                t0 = time.perf_counter_ns()
                doc = step(doc)
                totals[step.name] += (time.perf_counter_ns() - t0) / 1e6
        except Exception:
            continue
    whole = sum(totals.values()) or 1.0
    lines = [f"cleantext time by pipeline step ({len(pages)} pages, one pass, total {whole / 1000:.2f} s)"]
    lines += [f"  {k:<10} {v / len(pages):7.2f} ms/page  {100 * v / whole:5.1f}%" for k, v in totals.items()]
    return lines


# -- the 10 MB page ---------------------------------------------------------------------------------------------


def big_page(pages: list[Page], target: int, cjk: bool = False) -> bytes:
    """A realistic page of about ``target`` bytes: a news skeleton whose article repeats one aeb article body."""
    pool = [p for p in pages if p.is_cjk == cjk and len(p.truth) > 1500] or pages
    src = max(pool, key=lambda p: len(p.truth))
    paras = [f"<p>{escape(line.strip())}</p>" for line in src.truth.split("\n") if line.strip()]
    head = ("<!doctype html><html><head><meta charset='utf-8'><title>Big page | Example</title></head><body>"
            "<header><nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12)) +
            "</ul></nav></header><main><article><h1>Big page</h1><div class='article-body'>")
    tail = ("</div></article><aside class='related'><ul>" +
            "".join(f"<li><a href='/r{i}'>Related headline {i}</a></li>" for i in range(10)) +
            "</ul></aside></main><footer>Copyright Example</footer></body></html>")
    chunk = "\n".join(paras)
    reps = max(1, (target - len(head) - len(tail)) // len(chunk.encode("utf-8")))
    return (head + "\n".join([chunk] * reps) + tail).encode("utf-8")


def _rss_kb(field_name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return 0


def big_page_check(data: bytes, exts: list[Extractor], label: str) -> Iterator[str]:
    """Time and peak memory of cleaning ``data`` once (and the other extractors' times, for scale), line by line.

    The peak RSS is the process's high-water mark (reset through ``/proc/self/clear_refs`` before the run) less
    its RSS before; tracemalloc (a second, traced run) sees Python's allocations only, not lexbor's.
    """
    size_mb = len(data) / 1e6
    page = Page("big", data, data.decode("utf-8"), "")
    yield f"{label}: {size_mb:.1f} MB"
    cleaner = cleantext.Cleaner()
    gc.collect()
    peak_rss = "n/a"
    try:  # reset the process's peak RSS (Linux), so VmHWM afterwards is this run's peak
        Path("/proc/self/clear_refs").write_text("5")
        before = _rss_kb("VmRSS")
    except OSError:
        before = -1
    t0 = time.perf_counter()
    article = cleaner.clean(data)
    secs = time.perf_counter() - t0
    if before >= 0:
        peak_rss = f"{(_rss_kb('VmHWM') - before) / 1e3:.0f} MB"
    n_out = sum(len(p) for p in article.paragraphs)
    yield (f"  cleantext    {secs:7.2f} s  {size_mb / secs:6.2f} MB/s  peak RSS +{peak_rss} "
           f"({(_rss_kb('VmHWM') - before) * 1e3 / len(data):.1f}x the page)  {len(article.paragraphs)} paragraphs, "
           f"{n_out / 1e6:.1f} M chars out")
    del article
    gc.collect()
    tracemalloc.start()
    cleaner.clean(data)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    yield f"  cleantext    tracemalloc peak {traced_peak / 1e6:.0f} MB ({traced_peak / len(data):.1f}x the page)"
    for e in exts:
        if e.name == CLEANTEXT:
            continue
        gc.collect()
        t0 = time.perf_counter()
        try:
            out = e.run(page)
            info = f"{sum(len(v) for v in out.values()) / 1e6:.1f} M chars out"
        except Exception as exc:
            info = f"failed: {type(exc).__name__}"
        secs = time.perf_counter() - t0
        yield f"  {e.name:<12} {secs:7.2f} s  {size_mb / secs:6.2f} MB/s  {info}"


def _big_in_child(args: argparse.Namespace, which: str) -> list[str]:
    """The big-page check in a fresh process (clean RSS figures; a time limit that cannot hang the run)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--big-only", which, "--aeb", str(args.aeb),
           "--big-mb", str(args.big_mb)]
    if args.extractors:
        cmd += ["--extractors", args.extractors]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.big_timeout)
        out = done.stdout.rstrip("\n").split("\n") if done.stdout else []
        if done.returncode:
            out.append(f"  failed (exit {done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
        return out
    except subprocess.TimeoutExpired as exc:
        partial = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return [*partial.rstrip("\n").split("\n"), f"  stopped: not finished within {args.big_timeout:.0f} s"]


# -- main -------------------------------------------------------------------------------------------------------


def _version() -> str:
    """Versions of what is measured: cleantext (where it was imported from, and its git state), the others."""
    where = Path(cleantext.__file__).resolve().parent.parent.parent
    parts = [f"cleantext {cleantext.__version__} from {where}"]
    try:
        rev = subprocess.run(["git", "-C", str(where), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        top = subprocess.run(["git", "-C", str(where), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        if rev and Path(top).resolve() == where:
            parts[0] += f" (git {rev})"
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        import trafilatura
        parts.append(f"trafilatura {trafilatura.__version__}")
    except ImportError:
        parts.append("trafilatura not installed")
    import selectolax
    parts.append(f"selectolax {selectolax.__version__}")
    return ", ".join(parts)


def to_json(results: list[PageResult], exts: list[Extractor], argv: dict[str, Any]) -> dict[str, Any]:
    """Per-page results and the summaries, for saving."""
    def summ(rs: list[PageResult]) -> dict[str, Any]:
        out = {}
        for e in exts:
            for v in e.variants:
                s = summarize(r.scores[v] for r in rs)
                t = _timer_of(v)
                out[v] = {"f1": s.f1, "precision": s.precision, "recall": s.recall, "empty": s.empty,
                          "pages": s.pages, "total_ms": sum(r.median_ms(t) for r in rs),
                          "median_ms": statistics.median(r.median_ms(t) for r in rs) if rs else None}
        return out

    return {
        "version": _version(),
        "args": argv,
        "summary": {"all": summ(results), "cjk": summ([r for r in results if r.page.is_cjk])},
        "pages": [
            {
                "id": r.page.id,
                "url": r.page.url,
                "cjk": round(r.page.cjk, 3),
                "truth_chars": len(r.page.truth),
                "ms": {k: [round(x, 3) for x in v] for k, v in r.ms.items()},
                "median_ms": {k: round(r.median_ms(k), 3) for k in r.ms},
                "scores": {k: {"f1": round(s.f1, 4),
                               "precision": None if s.precision is None else round(s.precision, 4),
                               "recall": round(s.recall, 4), "matched": s.matched, "predicted": s.predicted,
                               "truth": s.truth} for k, s in r.scores.items()},
                "chars": {k: len(t) for k, t in r.texts.items()},
                "errors": r.errors,
            }
            for r in results
        ],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--aeb", type=Path, default=DEFAULT_AEB, help=f"benchmark folder (default {DEFAULT_AEB})")
    ap.add_argument("--repeat", type=int, default=3, help="rounds per page; each page's time is the median")
    ap.add_argument("--limit", type=int, default=None, help="the first N pages only (by id)")
    ap.add_argument("--json", type=Path, default=None, help="save per-page results to this file")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest cleantext F1")
    ap.add_argument("--extractors", default="", help=f"comma-separated subset of {FLOOR},{CLEANTEXT},"
                    f"{CLEANTEXT_X},{TRAF_FAST},{TRAF}")
    ap.add_argument("--steps", action="store_true", help="also time cleantext's pipeline steps")
    ap.add_argument("--big-mb", type=float, default=10.0, help="size of the big-page check (MB)")
    ap.add_argument("--big-timeout", type=float, default=900.0, help="time limit of each big-page check (s)")
    ap.add_argument("--no-big", action="store_true", help="skip the big-page check")
    ap.add_argument("--big-only", choices=("en", "cjk"), help=argparse.SUPPRESS)  # the child of the check
    args = ap.parse_args(argv)

    if not (args.aeb / "ground-truth.json").exists():
        print(f"no benchmark at {args.aeb} (ground-truth.json missing); give one with --aeb DIR", file=sys.stderr)
        return 2
    pages = load_aeb(args.aeb, args.limit)
    names = [n.strip() for n in args.extractors.split(",") if n.strip()]
    if names and FLOOR not in names:
        names.insert(0, FLOOR)
    exts = extractors(names or None)
    if args.big_only:
        cjk = args.big_only == "cjk"
        label = "Big page (" + ("CJK" if cjk else "English") + " article repeated)"
        for line in big_page_check(big_page(pages, int(args.big_mb * 1e6), cjk=cjk), exts, label):
            print(line, flush=True)
        return 0
    print(f"{_version()}; {len(pages)} pages ({sum(p.is_cjk for p in pages)} CJK) from {args.aeb}; "
          f"repeat {args.repeat}, interleaved, median per page; Python {sys.version.split()[0]}")
    results = run_benchmark(pages, exts, max(1, args.repeat))
    print()
    print("\n".join(table(results, exts, f"All pages ({len(results)})")))
    cjk = [r for r in results if r.page.is_cjk]
    print()
    print("\n".join(table(cjk, exts, f"Korean/CJK subset ({len(cjk)}: Hangul/Han/Kana >= 20% of the truth's "
                                     f"letters)")))
    print("\n  F1/prec/recall: aeb shingle metric (4-grams of \\w+ tokens); prec over non-empty outputs; "
          "xfloor/xtraf-f: total time\n  vs the floor / trafilatura fast; cleantext+tc = paragraphs + title + "
          "captions (same run); ct-extract = cleantext\n  without its spam steps (decode, parse, normalize only).")
    if args.worst:
        print()
        print("\n".join(worst(results, args.worst)))
    if args.steps:
        print()
        print("\n".join(step_times(pages)))
    if not args.no_big and pages:
        print()
        print("\n".join(_big_in_child(args, "en")))
        if any(p.is_cjk for p in pages):
            print("\n".join(_big_in_child(args, "cjk")))
    if args.json:
        args.json.write_text(json.dumps(to_json(results, exts, {k: str(v) for k, v in vars(args).items()}),
                                        ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nper-page results saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
