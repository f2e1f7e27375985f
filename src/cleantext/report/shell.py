"""The HTML document around a report: one self-contained file, inline CSS, and a policy that forbids all script.

The Content-Security-Policy is a second line of defence behind escaping: even if page text ever reached the
output as markup, the browser would run no script, load nothing from the network and submit no form.
"""

from __future__ import annotations

from importlib import metadata

from .markup import esc
from .style import CSS

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STYLE_ID = "cleantext-report-style"


def version() -> str:
    """The installed cleantext version, for the page footer ("" when not installed)."""
    try:
        return metadata.version("cleantext")
    except metadata.PackageNotFoundError:
        return ""


def document(title: str, what: str, body: str) -> str:
    """A complete HTML page: ``title`` for the tab, ``what`` beside the brand in the top bar, ``body`` as is."""
    v = version()
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n"
        f'<style id="{STYLE_ID}">{CSS}</style>\n</head>\n<body>\n'
        f'<header class="topbar"><span class="brand">cleantext</span><span class="what">{esc(what)}</span></header>\n'
        f'<main class="wrap">\n{body}\n'
        f'<p class="foot">Made by cleantext{" " + esc(v) if v else ""} from the article and its report alone. '
        "Self-contained: no script, no network.</p>\n</main>\n</body>\n</html>\n"
    )
