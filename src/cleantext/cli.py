"""The command line.

    cleantext FILE... [--format text|json|markdown] [-o OUT] [--patterns FILE] [--report REPORT.html]
    cleantext - < page.html
    cleantext batch INPUT... -o OUT.jsonl[.gz] [--jobs N] [--resume]
    cleantext report OUT.jsonl -o summary.html

Errors about the input (missing, unreadable, empty or binary files) are one line on stderr and a non-zero exit
status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .batch.inputs import kind_of
from .batch.readers import GZIP_ERRORS, MANY_PAGES, PageTooLarge, gunzip_page
from .decode import binary_content
from .pipeline import Cleaner
from .spam.lexicon import PatternError

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("batch", "report")


class InputError(Exception):
    """A problem with one input file, said in one line."""


def read_input(name: str) -> bytes:
    """The bytes of a file (``-`` is standard input), or :class:`InputError` with a one-line reason."""
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        p = Path(name)
        label = name
        try:
            if not p.exists():
                raise InputError(f"{label}: no such file")
            if p.is_dir():
                raise InputError(f"{label}: is a directory (use 'cleantext batch' for directories)")
            many = MANY_PAGES.get(kind_of(name))
            if many:
                raise InputError(f"{label}: {many} of many pages (clean it with 'cleantext batch {name} -o OUT.jsonl')")
            data = p.read_bytes()
        except OSError as e:  # a folder on the way that cannot be read, a name too long for the system ...
            raise InputError(f"{label}: cannot read ({e.strerror or e})") from None
    if data[:2] == b"\x1f\x8b":  # a gzip-compressed page: page.html.gz, or on stdin
        data = _gunzip(data, label)
    if not data.strip():
        raise InputError(f"{label}: empty file")
    binary = binary_content(data)
    if binary:
        raise InputError(f"{label}: {binary.replace('content', 'file', 1)}, not a web page or page text")
    return data


def _gunzip(data: bytes, label: str) -> bytes:
    """A compressed page unpacked, or :class:`InputError` saying why it cannot be."""
    try:
        return gunzip_page(data)
    except PageTooLarge as e:
        raise InputError(f"{label}: {e}") from None
    except GZIP_ERRORS as e:
        raise InputError(f"{label}: truncated or corrupt gzip file ({e})") from None


def _clean_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cleantext",
        description="Give back the real article from a news page contaminated by gambling spam.",
        epilog="Subcommands: 'cleantext batch --help' (archives, directories, JSONL, WARC), "
        "'cleantext report --help' (HTML summary of a batch output).",
    )
    ap.add_argument("files", nargs="+", metavar="FILE", help="page files (HTML or page text); '-' reads stdin")
    ap.add_argument("-f", "--format", choices=("text", "json", "markdown"), default="text",
                    help="output format (default: text)")
    ap.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    ap.add_argument("--url", help="the page's URL, when known")
    ap.add_argument("--patterns", action="append", default=[], metavar="FILE",
                    help="extra pattern file (data/patterns format); repeatable")
    ap.add_argument("--report", metavar="HTML", help="also write an HTML report of what was cleaned")
    ap.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return ap


def _render(article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json()
    if fmt == "markdown":
        return article.to_markdown()
    return article.to_text()


def main_clean(argv: list[str]) -> int:
    args = _clean_parser().parse_args(argv)
    try:
        cleaner = Cleaner(patterns=args.patterns)
    except (PatternError, FileNotFoundError) as e:
        print(f"cleantext: {e}", file=sys.stderr)
        return EXIT_USAGE
    outputs: list[str] = []
    articles = []
    status = EXIT_OK
    for name in args.files:
        try:
            data = read_input(name)
        except InputError as e:
            print(f"cleantext: {e}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        article = cleaner.clean(data, url=args.url)
        articles.append((name, article))
        outputs.append(_render(article, args.format))
    if outputs:
        text = "\n".join(outputs) if args.format == "json" and len(outputs) == 1 else _join(outputs, args.format)
        try:
            if args.output:
                Path(args.output).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8",
                                             errors="backslashreplace")
            else:
                sys.stdout.write(text if text.endswith("\n") else text + "\n")
        except OSError as e:
            print(f"cleantext: cannot write {args.output or 'standard output'}: {e.strerror or e}", file=sys.stderr)
            return EXIT_INPUT
    if args.report and articles:
        from .report import write_article_report

        try:
            write_article_report([a for _, a in articles], args.report, sources=[n for n, _ in articles])
        except OSError as e:
            print(f"cleantext: cannot write {args.report}: {e.strerror or e}", file=sys.stderr)
            return EXIT_INPUT
    return status


def _join(outputs: list[str], fmt: str) -> str:
    if fmt == "json":  # several files: one JSON object per line
        return "\n".join(json.dumps(json.loads(o), ensure_ascii=False) for o in outputs)
    return "\n\n".join(o.rstrip("\n") for o in outputs)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            if argv[0] == "batch":
                from .batch.cli import main_batch

                return main_batch(argv[1:])
            from .report.cli import main_report

            return main_report(argv[1:])
        return main_clean(argv)
    except KeyboardInterrupt:
        print("cleantext: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
