"""Spam probe on real pages: inject gambling spam into real news pages and check that cleantext drops all of it
without hurting the article.

    python benchmarks/spam_probe.py [AEB_DIR] [--jobs 2] [--limit N] [--verbose]

AEB_DIR holds ``ground-truth.json`` and ``html/<id>.html.gz`` (default ``../shared/aeb``). In each page one
paragraph whose text belongs to the ground-truth body is chosen (the middle one of those that qualify), and four
spammed variants are made of the page, with Korean keywords of this probe's own (:data:`KEYWORDS`):

    a  a ``display:none`` block of keyword links, right after the chosen paragraph
    b  an off-screen block (``position:absolute;left:-9999px``) of keyword links, right after it
    c  keywords and a keyword link inside the chosen paragraph (between its words)
    d  a visible paragraph of keyword links appended inside the article body (the paragraph's parent)

cleantext runs on the original bytes, on the page re-serialised unchanged (the control: the variants are
re-serialised by selectolax too) and on each variant. Reported per shape: the keyword *leak rate* (injected keyword
occurrences found in the cleaned title + paragraphs + captions, beyond what the page's own output holds; folded:
NFKC, casefold, zero-width removed, Hangul spaces/dots removed), the *residue* (new tokens that are pieces of a
keyword, left when only part of one was cut) and the body F1 against the ground truth with the
benchmark's metric (``\\w+`` tokens, multiset of token 4-grams, precision averaged over pages with output,
recall over all pages, F1 of the two averages), with its drop from the clean pages. The goal: leak 0 and an F1
drop of at most 0.005.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import signal
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _metrics as M

DEFAULT_AEB = Path(__file__).resolve().parents[2] / "shared" / "aeb"
TIMEOUT_S = 30
NGRAM = 4
GOAL_LEAK, GOAL_DROP = 0.0, 0.005

# the probe's own spam: Korean gambling keywords and the sites their links point to
KEYWORDS = ["스피드바카라사이트", "에볼루션카지노 가입코드", "해외배팅 꽁머니", "파워사다리 분석픽",
            "별하늘벳 접속주소", "온라인홀덤 추천", "미니게임사이트 순위", "드래곤타이거 필승법", "헤라99 바로가기",
            "네온슬롯 첫충이벤트"]
DOMAINS = ["starskybet.vip", "hera99-kr.com", "nightslot7.top", "speed-bacara.net", "minigame-rank.xyz"]
SHAPES = {"a": "display:none block", "b": "off-screen block", "c": "inside a kept paragraph",
          "d": "visible link paragraph"}
_TOKEN = re.compile(r"\w+")
_WORD_SPACE = re.compile(r"(?<=\w) (?=\w)")


# ------------------------------------------------------------------------------------------------------------
# the aeb metric


def ngrams(text: str, n: int = NGRAM) -> Counter:
    """The multiset of token n-grams (a text of fewer than n tokens: one n-gram of all its tokens)."""
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def prf(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """(P, R, F1) over (predicted, truth) pairs: P averaged over pages with output, R over all pages."""
    ps, rs = [], []
    for pred, truth in pairs:
        gp, gt = ngrams(pred), ngrams(truth)
        tp = sum((gp & gt).values())
        if gp:
            ps.append(tp / sum(gp.values()))
        rs.append(tp / sum(gt.values()) if gt else 1.0)
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------------------------------------------
# making the variants


def _tokens_line(s: str) -> str:
    return " ".join(_TOKEN.findall(s))


def choose_paragraph(tree: LexborHTMLParser, body: str, base: str):
    """The <p> to spam: text of at least 12 words that belongs to the ground-truth body, printed once in the
    serialised page; the middle one of those that qualify. None when the page has none."""
    gt = " " + _tokens_line(body) + " "
    cands = []
    for p in tree.css("p"):
        text = _tokens_line(p.text(deep=True))
        if len(text.split()) < 12 or f" {text} " not in gt:
            continue
        html = p.html or ""
        if base.count(html) != 1 or len(_WORD_SPACE.findall(_text_parts(html))) < 6:
            continue
        cands.append(p)
    return cands[len(cands) // 2] if cands else None


def _text_parts(html: str) -> str:
    return "".join(part for part in re.split(r"(<[^>]*>)", html) if not part.startswith("<"))


def _links(kws: list[str], sep: str = " | ") -> str:
    return sep.join(f'<a href="https://{DOMAINS[i % len(DOMAINS)]}/">{k}</a>' for i, k in enumerate(kws))


def spam_inside(p_html: str) -> str:
    """The paragraph with two keywords and a keyword link slipped in between its words (markup kept)."""
    parts = re.split(r"(<[^>]*>)", p_html)
    spots = [(i, m.start()) for i, part in enumerate(parts) if not part.startswith("<")
             for m in _WORD_SPACE.finditer(part)]
    picks = sorted({spots[len(spots) * k // 4] for k in (1, 2, 3)}, reverse=True)
    inserts = [f" {KEYWORDS[6]} ", f' <a href="https://{DOMAINS[0]}/">{KEYWORDS[4]}</a> ', f" {KEYWORDS[0]} "]
    for (i, pos), ins in zip(picks, inserts, strict=False):
        parts[i] = parts[i][:pos] + ins + parts[i][pos + 1:]
    return "".join(parts)


def variants(raw: bytes, body: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """The re-serialised page and its four spammed variants, with the keyword occurrences each one got."""
    tree = LexborHTMLParser(raw.decode("utf-8", errors="replace"))
    base = tree.html or ""
    p = choose_paragraph(tree, body, base)
    if p is None:
        return None
    p_html = p.html
    hidden = _links(KEYWORDS[:8])
    out = {"control": base,
           "a": base.replace(p_html, p_html + f'<div style="display:none">{hidden}</div>', 1),
           "b": base.replace(p_html, p_html + '<div style="position:absolute;left:-9999px;top:0">'
                             f"{hidden}</div>", 1),
           "c": base.replace(p_html, spam_inside(p_html), 1)}
    last = [c for c in p.parent.iter()][-1]
    link_par = f"<p>{_links(KEYWORDS[2:8], ' ')}</p>"
    if base.count(last.html or "\x00") == 1:
        out["d"] = base.replace(last.html, last.html + link_par, 1)
    else:
        out["d"] = base.replace(p_html, p_html + link_par, 1)
    injected = {"a": 8, "b": 8, "c": 3, "d": 6}
    return out, injected


# ------------------------------------------------------------------------------------------------------------
# running cleantext


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout()


def _clean(data: bytes | str) -> dict:
    import cleantext  # the package under test, imported in the worker

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT_S)
    t0 = time.perf_counter()
    try:
        a = cleantext.clean(data).to_dict()
        return {"title": a.get("title") or "", "paragraphs": a.get("paragraphs") or [],
                "captions": a.get("captions") or [], "error": None, "seconds": time.perf_counter() - t0}
    except _Timeout:
        return {"error": f"timeout after {TIMEOUT_S} s", "paragraphs": [], "title": "", "captions": []}
    except Exception as e:  # a crash is a result, not the probe's end
        return {"error": f"{type(e).__name__}: {str(e)[:160]}", "paragraphs": [], "title": "", "captions": []}
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def probe_page(job: tuple[str, str, str]) -> dict:
    """All the runs of one page: the original, the control and the four variants."""
    page_id, path, body = job
    raw = gzip.decompress(Path(path).read_bytes())
    res = {"id": page_id, "original": _clean(raw)}
    made = variants(raw, body)
    if made is None:
        res["skipped"] = True
        return res
    pages, injected = made
    res["injected"] = injected
    for name, html in pages.items():
        res[name] = _clean(html)
    return res


# ------------------------------------------------------------------------------------------------------------
# reporting


def _view(out: dict) -> str:
    parts = [out.get("title") or "", *out.get("paragraphs", []), *out.get("captions", [])]
    return "\x01".join(M.fold(M.norm_ws(x)) for x in parts)


def leaks(out: dict, base: dict) -> dict[str, int]:
    """Keyword occurrences in ``out`` beyond those in ``base`` (the page's own output)."""
    kws = [M.fold(k) for k in KEYWORDS]
    got, had = M.count_keywords(_view(out), kws), M.count_keywords(_view(base), kws)
    return {k: got[k] - had[k] for k in kws if got[k] > had[k]}


def residue(out: dict, base: dict) -> Counter:
    """Pieces of keywords left behind: new tokens (beyond the page's own output) that are part of a keyword,
    such as '스피드' of '스피드바카라사이트' when only the rest was cut."""
    folded = [M.fold(k) for k in KEYWORDS]

    def toks(o: dict) -> Counter:
        return Counter(_TOKEN.findall(" ".join([o.get("title") or "", *o.get("paragraphs", []),
                                                *o.get("captions", [])])))

    new = toks(out) - toks(base)
    return Counter({t: n for t, n in new.items() if len(t) >= 2 and any(M.fold(t) in k for k in folded)})


def body_text(out: dict) -> str:
    return "\n\n".join(out.get("paragraphs") or [])


def report(results: list[dict], truth: dict, verbose: bool) -> bool:
    used = [r for r in results if not r.get("skipped")]
    print(f"spam probe: {len(results)} pages, {len(used)} with a ground-truth paragraph to spam "
          f"({len(results) - len(used)} skipped); keywords: {', '.join(KEYWORDS)}")
    errors = Counter(name for r in results for name in ("original", "control", *SHAPES)
                     if name in r and r[name].get("error"))
    p0, r0, f0 = prf([(body_text(r["original"]), truth[r["id"]]) for r in results])
    print(f"\n  clean pages, all {len(results)}: P {p0:.4f}  R {r0:.4f}  F1 {f0:.4f}")
    base_p, base_r, base_f = prf([(body_text(r["original"]), truth[r["id"]]) for r in used])
    ctrl = prf([(body_text(r["control"]), truth[r["id"]]) for r in used])
    print(f"\n  {'variant':<28}{'pages':>6}{'injected':>10}{'leaked':>8}{'leak':>9}{'residue':>9}{'P':>8}{'R':>8}"
          f"{'F1':>8}{'F1 drop':>9}  goal")
    pad = f"{'':>10}{'':>8}{'':>9}{'':>9}"
    print(f"  {'clean (original bytes)':<28}{len(used):>6}{pad}{base_p:>8.4f}{base_r:>8.4f}{base_f:>8.4f}")
    print(f"  {'control (re-serialised)':<28}{len(used):>6}{pad}{ctrl[0]:>8.4f}{ctrl[1]:>8.4f}{ctrl[2]:>8.4f}"
          f"{base_f - ctrl[2]:>9.4f}")
    ok_all = True
    details = {}
    for s, name in SHAPES.items():
        inj = sum(r["injected"][s] for r in used)
        per_page = {r["id"]: leaks(r[s], r["original"]) for r in used}
        leaked = sum(sum(v.values()) for v in per_page.values())
        left = {r["id"]: residue(r[s], r["original"]) for r in used}
        n_left = sum(sum(v.values()) for v in left.values())
        p, rc, f = prf([(body_text(r[s]), truth[r["id"]]) for r in used])
        drop = base_f - f
        ok = leaked / inj <= GOAL_LEAK and drop <= GOAL_DROP
        ok_all &= ok
        print(f"  {s + ' ' + name:<28}{len(used):>6}{inj:>10}{leaked:>8}{leaked / inj:>9.2%}{n_left:>9}{p:>8.4f}"
              f"{rc:>8.4f}{f:>8.4f}{drop:>9.4f}  {'OK' if ok else 'MISS'}")
        details[s] = (per_page, left)
    if errors:
        print("\n  errors: " + ", ".join(f"{k} {v}" for k, v in errors.items()))
    print(f"\n  goal: leak {GOAL_LEAK:.0%} and F1 drop <= {GOAL_DROP} on every shape: {'MET' if ok_all else 'NOT MET'}")
    if verbose:
        for s, (per_page, left) in details.items():
            bad = {k: v for k, v in per_page.items() if v}
            frag = {k: v for k, v in left.items() if v}
            print(f"\n  shape {s} ({SHAPES[s]}): {len(bad)} pages leak keywords, {len(frag)} leave pieces of them")
            for pid, v in list(bad.items())[:15]:
                print(f"    leak    {pid[:12]}  {', '.join(f'{k} x{n}' for k, n in v.items())}")
            for pid, v in list(frag.items())[:15]:
                print(f"    residue {pid[:12]}  {', '.join(f'{k} x{n}' for k, n in v.items())}")
        print("\n  largest per-page F1 drops (shape: page, clean F1 -> spammed F1):")
        drops = []
        for r in used:
            f_clean = prf([(body_text(r["original"]), truth[r["id"]])])[2]
            for s in SHAPES:
                f_s = prf([(body_text(r[s]), truth[r["id"]])])[2]
                if f_clean - f_s > 0.001:
                    drops.append((f_clean - f_s, s, r["id"], f_clean, f_s))
        for d, s, pid, a, b in sorted(drops, reverse=True)[:15]:
            print(f"    {s}: {pid[:12]}  {a:.3f} -> {b:.3f}  (-{d:.3f})")
    return ok_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Inject spam into real pages and measure what cleantext lets through.")
    ap.add_argument("aeb", nargs="?", type=Path, default=DEFAULT_AEB, help="folder with ground-truth.json and html/")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int, help="only the first N pages")
    ap.add_argument("--verbose", "-v", action="store_true", help="list leaking pages and the largest F1 drops")
    ap.add_argument("--json", type=Path, help="write every run's output here")
    args = ap.parse_args(argv)
    gt = json.loads((args.aeb / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gt)[: args.limit] if args.limit else sorted(gt)
    jobs = [(i, str(args.aeb / "html" / f"{i}.html.gz"), gt[i]["articleBody"]) for i in ids]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            results = list(ex.map(probe_page, jobs, chunksize=4))
    else:
        results = [probe_page(j) for j in jobs]
    ok = report(results, {i: gt[i]["articleBody"] for i in ids}, args.verbose)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
