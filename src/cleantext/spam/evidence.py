"""What the page itself gives away about its spam keywords.

Each collector is a small function ``(page) -> list[Clue]``.  A :class:`Clue` names a keyword (folded), the
reason it is believed to be spam, a weight, and, when the clue is about one place (a particle that does not fit,
a keyword glued inside a word), that place.  These are what generalise to keywords in no list: a hidden block of
links, an off-site gambling link, a title twin with a different tail, a menu line, a hashtag run, an alt text,
an obfuscated spelling, a particle that belongs to another word.

The collectors live in modules by kind of evidence (:mod:`.layout`, :mod:`.prose`, :mod:`.shapes`,
:mod:`.grammar`, :mod:`.twinclues`) over the shared :mod:`.page`; this module lists them and runs them.
"""

from __future__ import annotations

from .grammar import names
from .layout import (
    attributes,
    bare_links,
    hashtags,
    hidden_blocks,
    keyword_lists,
    lone_names,
    menus,
    offsite_links,
    set_aside,
)
from .page import Clue, Page
from .prose import places, promotions
from .shapes import shapes
from .twinclues import title_twins, twin_differences, unknown_twins

COLLECTORS = (hidden_blocks, keyword_lists, offsite_links, attributes, menus, set_aside, title_twins,
              twin_differences, unknown_twins, hashtags, shapes, names, places, promotions, lone_names, bare_links)


def collect(page: Page) -> list[Clue]:
    clues: list[Clue] = []
    for c in COLLECTORS:
        clues.extend(c(page))
    return [c for c in clues if c.keyword]
