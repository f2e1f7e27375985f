"""Side-by-side speed of two checkouts of cleantext on the same pages, in one process.

    python benchmarks/ab.py --old /path/to/old/src --new src [--rounds 7] [--cpu] [--filter ID] [--dev DIR]

Both versions are imported into the process (one after the other, each from its ``src`` folder) and every page is
cleaned by old, new and the parse-only floor in alternating order, round after round, so that the noise of a shared
machine falls on both alike. Prints per version the median page, the total, the ratio to the floor and the slowest
page, then new/old in total and the median of the per-page ratios. Reads ``../shared/aeb`` (or the cases of a
development-set folder with ``--dev``).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
AEB = HERE.parent.parent / "shared" / "aeb" / "html"


def load(src: str) -> Any:
    """A ``Cleaner`` of the cleantext found in ``src`` (the modules of a version loaded before are forgotten)."""
    for name in [k for k in sys.modules if k == "cleantext" or k.startswith("cleantext.")]:
        del sys.modules[name]
    sys.path.insert(0, src)
    try:
        return importlib.import_module("cleantext").Cleaner()
    finally:
        sys.path.remove(src)


def pages(args: argparse.Namespace) -> list[tuple[str, bytes]]:
    files = sorted(Path(args.dev).glob("*/input.*")) if args.dev else sorted(AEB.glob("*.gz"))
    files = [f for f in files if args.filter in str(f)]
    return [(f.parent.name if args.dev else f.name[:12], gzip.open(f).read() if f.suffix == ".gz" else f.read_bytes())
            for f in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", required=True, help="the src folder of the old version")
    ap.add_argument("--new", required=True, help="the src folder of the new version")
    ap.add_argument("--rounds", type=int, default=5, help="rounds per page; each page's time is the median")
    ap.add_argument("--cpu", action="store_true", help="CPU time of the process instead of wall time")
    ap.add_argument("--filter", default="", help="only pages whose path holds this string")
    ap.add_argument("--dev", default="", help="a development-set folder (cases/<id>/input.*) instead of aeb")
    args = ap.parse_args()
    from selectolax.lexbor import LexborHTMLParser

    clock = time.process_time if args.cpu else time.perf_counter
    old, new = load(args.old), load(args.new)
    work = pages(args)
    if not work:
        sys.exit("no pages found")
    for _, p in work:  # warm both up (imports, compiled patterns)
        old.clean(p)
        new.clean(p)
    times: dict[str, list[list[float]]] = {k: [[] for _ in work] for k in ("old", "new", "floor")}
    # the floor as benchmarks/extraction.py takes it: parsing alone, with the body's text
    runs = {"old": old.clean, "new": new.clean, "floor": lambda p: LexborHTMLParser(p).body.text()}
    for r in range(args.rounds):
        for i, (_, p) in enumerate(work):
            order = ["old", "new", "floor"] if (r + i) % 2 == 0 else ["floor", "new", "old"]
            for k in order:
                t = clock()
                runs[k](p)
                times[k][i].append(clock() - t)
    med = {k: [1000 * statistics.median(x) for x in v] for k, v in times.items()}
    floor = sum(med["floor"])
    print(f"{len(work)} pages, {args.rounds} rounds, {'CPU' if args.cpu else 'wall'} time")
    for k in ("old", "new"):
        m = med[k]
        slow = max(range(len(m)), key=m.__getitem__)
        print(f"{k}: median {statistics.median(m):.2f} ms, total {sum(m):.0f} ms, x floor {sum(m) / floor:.2f}, "
              f"slowest {m[slow]:.1f} ms ({work[slow][0]})")
    ratios = [b / a for a, b in zip(med["old"], med["new"], strict=True) if a > 0]
    print(f"new/old: total {sum(med['new']) / sum(med['old']):.3f}, median per page {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
