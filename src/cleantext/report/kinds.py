"""The edit kinds as the report names, explains and colours them (one place, shared by every view and the legend)."""

from __future__ import annotations

import re

KINDS = ("restore", "remove", "flag", "drop", "merge")

LABEL = {
    "restore": "restored",
    "remove": "removed",
    "flag": "flagged",
    "drop": "dropped",
    "merge": "merged",
}

HELP = {
    "restore": "a keyword had replaced a word: the word is put back (the keyword shown struck out before it)",
    "remove": "a keyword inserted into a sentence: cut out",
    "flag": "a keyword had replaced a word that could not be proven: cut out, the place flagged",
    "drop": "an injected block (keyword line, promotional paragraph, hashtag run): dropped",
    "merge": "a caption printed twice: the duplicate copy folded into the kept one",
}

_CSS_SAFE = re.compile(r"^[a-z]{1,20}$")


def css_kind(kind: str) -> str:
    """The kind as a CSS class suffix: a known kind, else ``other`` (a page never chooses a class name)."""
    return kind if kind in KINDS and _CSS_SAFE.match(kind) else "other"


def label(kind: str) -> str:
    """The past-tense label of a kind (``restored``), or the kind itself when unknown."""
    return LABEL.get(kind, kind or "edit")
