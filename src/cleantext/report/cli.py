"""``cleantext report OUT.jsonl [...] -o summary.html``: the HTML summary of a batch output.

Problems with the input or output are one line on standard error and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from .records import looks_like_output, read_records
from .stats import summarize
from .summary import render_stats

EXIT_OK, EXIT_INPUT = 0, 1


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cleantext report",
        description="Summarize a batch output (JSONL or .jsonl.gz from 'cleantext batch') as one HTML page.",
    )
    ap.add_argument("inputs", nargs="+", metavar="OUT.jsonl", help="batch output file(s); .gz is read as gzip")
    ap.add_argument("-o", "--output", required=True, metavar="HTML", help="the summary page to write")
    ap.add_argument("--top", type=int, default=20, metavar="N", help="pages listed under 'most edits' (default 20)")
    return ap


def main_report(argv: list[str]) -> int:
    """Run the subcommand; returns the exit status."""
    args = _parser().parse_args(argv)
    for name in args.inputs:
        p = Path(name)
        if not p.is_file():
            print(f"cleantext report: {name}: {'is a directory' if p.is_dir() else 'no such file'}", file=sys.stderr)
            return EXIT_INPUT
        if not looks_like_output(p):
            print(f"cleantext report: {name}: not a batch output (its first line is no JSON row)", file=sys.stderr)
            return EXIT_INPUT
    try:
        stats = summarize(itertools.chain.from_iterable(read_records(n) for n in args.inputs), top_n=max(1, args.top))
    except OSError as e:
        print(f"cleantext report: cannot read the batch output: {e.strerror or e}", file=sys.stderr)
        return EXIT_INPUT
    label = ", ".join(Path(n).name for n in args.inputs)
    try:
        Path(args.output).write_text(render_stats(stats, label), encoding="utf-8", errors="backslashreplace")
    except OSError as e:
        print(f"cleantext report: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return EXIT_INPUT
    share = stats.contaminated_share
    print(
        f"{args.output}: {stats.records} records, {stats.contaminated} contaminated"
        f"{f' ({share:.0%})' if share is not None else ''}, {stats.errors} errors",
        file=sys.stderr,
    )
    return EXIT_OK
