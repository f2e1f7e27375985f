"""Run cleantext on a set of cases (the held-out set by default) and print the restoration metrics.

    python benchmarks/restoration.py                          # generate the held-out set (seed 1) and score it
    python benchmarks/restoration.py --generate --seed 3      # another seed
    python benchmarks/restoration.py --cases DIR              # any directory of CASE/input.* + truth.json
    python benchmarks/restoration.py --by-kind --verbose      # per-kind table, worst cases with diffs
    python benchmarks/restoration.py --json out.json          # every metric, overall, per kind, per case

Each page's bytes go to ``cleantext.clean(bytes).to_dict()`` in this process (a worker process per job with
``--jobs``); a crash or a 30-second timeout is a scored error. The metrics are the development set's
(``benchmarks/_metrics.py``); ``--min``/``--max METRIC=VALUE`` turn them into bars (exit status 1 on a miss).
"""

from __future__ import annotations

import argparse
import difflib
import json
import signal
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _metrics as M

TIMEOUT_S = 30
ROWS = [  # (metric, label, format) -- the same rows as the development scorer prints
    ("errors", "errors", "d"),
    ("residual_keywords", "residual keywords (of injected)", ".4f"),
    ("restored", "restored substitutions", ".3f"),
    ("wrong_restored", "wrong restorations (of restorations)", ".4f"),
    ("spurious_tokens", "spurious tokens / 1k truth", ".1f"),
    ("lost_tokens", "lost tokens / 1k truth", ".1f"),
    ("paragraph_exact", "paragraphs exact", ".3f"),
    ("extra_paragraphs", "extra paragraphs / case", ".2f"),
    ("title_exact", "title exact", ".3f"),
    ("captions_exact", "captions exact", ".3f"),
    ("section_exact", "section exact", ".3f"),
    ("source_exact", "source exact", ".3f"),
    ("byline_exact", "byline exact", ".3f"),
    ("published_exact", "published exact", ".3f"),
    ("modified_exact", "modified exact", ".3f"),
    ("tags_exact", "tags exact", ".3f"),
    ("body_f1", "body F1 (token bag)", ".4f"),
    ("clean_exact", "clean pages untouched", ".3f"),
    ("false_edits", "edits on clean pages", "d"),
    ("detection_precision", "detection precision", ".3f"),
    ("detection_recall", "detection recall", ".3f"),
    ("seconds_per_case", "seconds / case (median)", ".3f"),
]
KIND_COLS = [("cases", "n", "d"), ("errors", "err", "d"), ("residual_keywords", "resid", ".3f"),
             ("restored", "restor", ".2f"), ("wrong_restored", "wrong", ".2f"), ("paragraph_exact", "par_ex", ".2f"),
             ("extra_paragraphs", "extra", ".2f"), ("title_exact", "title", ".2f"), ("captions_exact", "capt", ".2f"),
             ("byline_exact", "byline", ".2f"), ("spurious_tokens", "spur", ".1f"), ("lost_tokens", "lost", ".1f"),
             ("body_f1", "F1", ".3f"), ("clean_exact", "clean", ".2f"), ("detection_recall", "det_R", ".2f")]


# ------------------------------------------------------------------------------------------------------------
# running the cleaner


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout()


def run_one(path: str) -> tuple[dict | None, str | None, float]:
    """cleantext on one page's bytes: (coerced answer, error, seconds)."""
    import cleantext

    data = Path(path).read_bytes()
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT_S)
    t0 = time.perf_counter()
    try:
        return M.coerce_article(cleantext.clean(data).to_dict()), None, time.perf_counter() - t0
    except _Timeout:
        return None, f"timeout after {TIMEOUT_S} s", time.perf_counter() - t0
    except Exception as e:  # the cleaner's crash is a scored error
        return None, f"{type(e).__name__}: {str(e)[:200]}", time.perf_counter() - t0
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def load_cases(root: Path) -> list[tuple[Path, dict]]:
    cases = []
    for p in sorted(root.glob("*/truth.json")):
        truth = json.loads(p.read_text(encoding="utf-8"))
        truth.setdefault("case_id", p.parent.name)
        cases.append((p.parent / truth.get("input", "input.html"), truth))
    if not cases:
        raise SystemExit(f"restoration: no cases (*/truth.json) under {root}")
    return cases


def run_all(cases: list[tuple[Path, dict]], jobs: int) -> list[tuple]:
    inputs = [str(p) for p, _ in cases]
    if jobs <= 1:
        return [run_one(i) for i in inputs]
    with ProcessPoolExecutor(jobs) as ex:
        return list(ex.map(run_one, inputs))


# ------------------------------------------------------------------------------------------------------------
# printing


def fmt(v, spec: str) -> str:
    if v is None:
        return "n/a"
    return str(int(v)) if spec == "d" else format(v, spec)


def print_metrics(m: dict, label: str) -> None:
    print(f"{label}: {m['cases']} cases ({m['clean_cases']} clean), errors {m['errors']}")
    for key, name, spec in ROWS:
        print(f"  {name:<40} {fmt(m.get(key), spec):>10}   {key}")


def print_kinds(by_kind: dict, kinds: list[str]) -> None:
    print("\n  " + f"{'kind':<22}" + "".join(f"{lab:>7}" for _, lab, _ in KIND_COLS))
    for k in kinds:
        mk = by_kind[k]
        print(f"  {k:<22}" + "".join(f"{fmt(mk.get(key), spec):>7}" for key, _, spec in KIND_COLS))


def _clip(s: str, n: int = 150) -> str:
    return s if len(s) <= n else s[: n - 3] + "..."


def short_diff(truth_lines: list[str], out_lines: list[str], per_side: int = 6) -> list[str]:
    """At most ``per_side`` missing (-) and unexpected (+) lines, in diff order."""
    lines, shown, more = [], {"-": 0, "+": 0}, {"-": 0, "+": 0}
    for ln in difflib.unified_diff(truth_lines, out_lines, "truth", "output", n=0, lineterm=""):
        if ln.startswith(("---", "+++", "@@")):
            continue
        side = ln[0]
        if shown[side] < per_side:
            shown[side] += 1
            lines.append("      " + _clip(ln))
        else:
            more[side] += 1
    if more["-"] or more["+"]:
        lines.append(f"      ... {more['-']} more missing, {more['+']} more unexpected")
    return lines


def _lines(art: dict) -> list[str]:
    return (["title: " + M.norm_ws(art["title"])] + ["caption: " + M.norm_ws(c) for c in art["captions"]]
            + M.paras(art))


def print_worst(rows: list[dict], truths: dict, answers: dict, n: int) -> None:
    print("\nworst cases:")
    for r in sorted(rows, key=M.badness, reverse=True)[:n]:
        if M.badness(r) <= 0:
            break
        bits = []
        if r["residual_denom"]:
            bits.append(f"residual {r['residual_excess']}/{r['residual_denom']}")
        if r["restored_den"]:
            bits.append(f"restored {r['restored_num']}/{r['restored_den']}")
        if r["wrong_num"]:
            bits.append(f"wrong {r['wrong_num']}")
        bits.append(f"paragraphs {r['para_matched']}/{r['para_total']} (+{r['extra_paragraphs']} extra)")
        if r["false_edits"]:
            bits.append(f"{r['false_edits']} edits on a clean page")
        print(f"  {r['case_id']} [{','.join(r['kind'])}] " + "; ".join(bits)
              + (f"; ERROR {r['error']}" if r["error"] else ""))
        if r["error"]:
            continue
        truth, out = M.coerce_article(truths[r["case_id"]]["article"]), answers[r["case_id"]]
        if r.get("residual_by_keyword"):
            print("      left: " + ", ".join(f"{k} x{v}" for k, v in r["residual_by_keyword"].items()))
        for f in ("section", "source", "byline", "published", "modified"):
            if not r[f + "_exact"]:
                print(f"      {f}: {truth[f]!r} -> {out[f]!r}")
        for ln in short_diff(_lines(truth), _lines(out)):
            print(ln)


# ------------------------------------------------------------------------------------------------------------


def _bars(items: list[str], kind: str) -> list[tuple]:
    bars = []
    for it in items:
        name, _, val = it.partition("=")
        scope, _, metric = name.rpartition(":")
        bars.append((scope or None, metric, float(val), kind, name))
    return bars


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score cleantext's restoration on contaminated and clean pages.")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--cases", type=Path, help="directory of cases (CASE/input.* + truth.json)")
    src.add_argument("--generate", action="store_true", help="generate the held-out set (the default)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the generated set (default 1)")
    ap.add_argument("--out", type=Path, help="keep the generated cases here (default: a temporary directory)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--by-kind", action="store_true", help="also print the metrics per kind of case")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the worst cases with short diffs")
    ap.add_argument("--worst", type=int, default=12, help="how many worst cases --verbose lists (default 12)")
    ap.add_argument("--json", type=Path, help="write every metric (overall, per kind, per case) here")
    ap.add_argument("--min", action="append", default=[], metavar="METRIC=VALUE")
    ap.add_argument("--max", action="append", default=[], metavar="METRIC=VALUE")
    args = ap.parse_args(argv)

    tmp = None
    if args.cases:
        root, label = args.cases, f"cleantext on {args.cases}"
    else:
        from heldout.generate import generate

        if args.out:
            root = args.out
        else:
            tmp = tempfile.TemporaryDirectory(prefix="heldout-")
            root = Path(tmp.name)
        _, problems = generate(root, args.seed, force=True)
        for pr in problems:
            print("generator PROBLEM", pr, file=sys.stderr)
        label = f"cleantext on the held-out set (seed {args.seed})"
    try:
        cases = load_cases(root)
        results = run_all(cases, max(1, args.jobs))
    finally:
        if tmp:
            tmp.cleanup()
    rows, truths, answers = [], {}, {}
    for (_, truth), (ans, err, secs) in zip(cases, results, strict=True):
        rows.append(M.score_case(truth, ans, err, secs))
        truths[truth["case_id"]], answers[truth["case_id"]] = truth, ans
    overall = M.aggregate(rows)
    kinds = M.kinds_of(rows)
    by_kind = {k: M.aggregate([r for r in rows if k in r["kind"]]) for k in kinds}

    print_metrics(overall, label)
    if args.by_kind:
        print_kinds(by_kind, kinds)
    if args.verbose:
        print_worst(rows, truths, answers, args.worst)
    errs = [r for r in rows if r["error"]]
    if errs:
        print(f"\nerrors ({len(errs)}):")
        for r in errs[:10]:
            print(f"  {r['case_id']}: {r['error']}")
    if args.json:
        payload = {"label": label, "overall": overall, "by_kind": by_kind, "cases": rows,
                   "answers": answers}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")

    misses = []
    for scope, metric, val, kind, name in _bars(args.min, "min") + _bars(args.max, "max"):
        v = (overall if scope is None else by_kind.get(scope, {})).get(metric)
        if v is None or (v < val if kind == "min" else v > val):
            misses.append(f"MISS {name}: {v}, bar {kind} {val:g}")
    for miss in misses:
        print(miss)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
