"""``cleantext batch``: clean archives, folders, WARC and JSONL files into one JSONL output.

    cleantext batch INPUT... [-i LIST] -o OUT.jsonl[.gz] [--jobs N] [--resume | --overwrite] [--errors FILE]
                    [--html-field F] [--id-field F] [--url-field F] [--timeout SECONDS] [--patterns FILE]

Exit status: 0 when every record was cleaned, 1 when some record failed (its row says why) or the worker
processes could not run at all, 2 for a usage problem (bad option, missing input, output that exists or cannot
be written), 130 when interrupted (the output is then resumable).  Problems with the command are one line on
standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from ..pipeline import Cleaner
from ..spam.lexicon import PatternError
from .inputs import InputError
from .pool import PoolError, default_jobs
from .readers import ReadOptions
from .runner import CHUNK_RECORDS, run_batch
from .writer import OutputError

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROG = "cleantext batch"


class _Parser(argparse.ArgumentParser):
    """argparse, with errors in one line (and no usage dump) and no ``sys.exit`` from inside the library."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{message} (see '{PROG} --help')")


class _UsageError(Exception):
    pass


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return n


def _seconds(text: str) -> float:
    try:
        s = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if s < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return s


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog=PROG,
        description="Clean many pages at once: files, folders (recursive), globs, .tar/.tar.gz, .zip, "
        ".warc/.warc.gz and .jsonl/.jsonl.gz, mixed. Writes one JSON line per input record: the article "
        "('id', 'origin', 'url', the Article fields, 'spam') or the reason it failed ('error').",
        epilog="Exit status: 0 all records cleaned, 1 some records failed (or workers could not run), "
        "2 usage error, 130 interrupted (resumable).",
    )
    ap.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders, archives or glob patterns")
    ap.add_argument("-i", "--input-file", action="append", default=[], metavar="LIST",
                    help="a file listing inputs, one per line ('#' starts a comment; '-' reads the list from "
                    "standard input); repeatable, and may go with INPUTs")
    ap.add_argument("-o", "--output", required=True, metavar="OUT",
                    help="JSONL output; gzip-compressed when it ends in .gz")
    ap.add_argument("-j", "--jobs", "--parallel", type=_positive_int, default=None, metavar="N",
                    help=f"worker processes (default: all cores, here {default_jobs()})")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true",
                      help="continue an interrupted run: keep OUT's complete lines and skip their records")
    mode.add_argument("--overwrite", action="store_true", help="replace OUT (and --errors FILE) if they exist")
    ap.add_argument("--errors", metavar="FILE", help="also write the error rows here (JSONL)")
    ap.add_argument("--html-field", metavar="F", default=None,
                    help="JSONL inputs: the field holding the page (default: 'html', else 'text')")
    ap.add_argument("--id-field", metavar="F", default="id", help="JSONL inputs: the record id field (default: id)")
    ap.add_argument("--url-field", metavar="F", default="url", help="JSONL inputs: the URL field (default: url)")
    ap.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                    help="time limit per record; a record over it is an error row (default: 60; 0: none)")
    ap.add_argument("--patterns", action="append", default=[], metavar="FILE",
                    help="extra pattern file (data/patterns format); repeatable")
    ap.add_argument("--chunk-size", type=_positive_int, default=CHUNK_RECORDS, metavar="N",
                    help=f"records handed to a worker at a time (default: {CHUNK_RECORDS})")
    ap.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="show a progress bar (default: only when standard error is a terminal)")
    return ap


def read_input_list(name: str) -> list[str]:
    """The inputs a list file names, one per line: blank lines and ``#`` comments skipped, spaces around a name
    trimmed (a name is taken as written, relative to the current directory)."""
    try:
        if name == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(name, encoding="utf-8-sig") as f:
                lines = f.read().splitlines()
    except OSError as e:
        raise InputError(f"{name}: cannot read the input list ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise InputError(f"{name}: the input list is not UTF-8 text") from None
    lines = [line.strip(" \t\ufeff") for line in lines]  # (a list piped in may open with a byte-order mark)
    return [line for line in lines if line and not line.startswith("#")]


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def main_batch(argv: list[str]) -> int:
    """Run ``cleantext batch`` with ``argv`` (the arguments after ``batch``); returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as e:
        _say(str(e))
        return EXIT_USAGE
    except SystemExit as e:  # --help
        return int(e.code or 0)
    try:
        cleaner = Cleaner(patterns=args.patterns)
    except (PatternError, OSError) as e:
        _say(str(e))
        return EXIT_USAGE
    options = ReadOptions(html_field=args.html_field, id_field=args.id_field, url_field=args.url_field)
    try:
        inputs = list(args.inputs)
        for name in args.input_file:
            listed = read_input_list(name)
            if not listed:
                raise InputError(f"{name}: the input list names no input")
            inputs += listed
        if not inputs:
            raise InputError(f"no input given: name files, folders or archives, or a list of them with -i "
                             f"(see '{PROG} --help')")
        summary = run_batch(inputs, args.output, cleaner=cleaner, jobs=args.jobs, resume=args.resume,
                            overwrite=args.overwrite, errors=args.errors, read_options=options,
                            timeout=args.timeout or None, chunk_size=args.chunk_size, progress=args.progress)
    except (InputError, OutputError) as e:
        _say(str(e))
        return EXIT_USAGE
    except PoolError as e:
        _say(f"{e}; the lines written so far are kept (--resume)")
        return EXIT_FAILED_RECORDS
    except KeyboardInterrupt:
        _say(f"interrupted; the lines written so far are kept: rerun with --resume to finish {args.output}")
        return EXIT_INTERRUPTED
    _say(summary.line() + f" -> {args.output}")
    if summary.errors and args.errors:
        _say(f"error rows also in {args.errors}")
    return EXIT_FAILED_RECORDS if summary.errors else EXIT_OK
