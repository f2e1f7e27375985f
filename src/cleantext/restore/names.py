"""Evidence from the names the page states itself: the site's name (``og:site_name``, the source line, the
copyright line, the ``| 파이낸셜뉴스`` of its menu lines).  A keyword glued to the start of such a name
(``파이낸셜바카라``) stands for the rest of the name (``뉴스``).
"""

from __future__ import annotations

import re
from collections import Counter

from .. import document as d

_COPYRIGHT = re.compile(r"(?:Copyright|ⓒ|©|\(c\))\s*(?:\d{4}\s*)?([^\s.,|·]{2,20})", re.I)
_MENU_SUFFIX = re.compile(r"\|\s*([^|]{2,20})$")


def site_names(doc: d.Document) -> list[str]:
    """Names the page gives itself, most attested first."""
    names: Counter[str] = Counter()
    for k in ("og:site_name", "ld:publisher", "application-name", "twitter:site"):
        v = doc.meta.get(k)
        if v and len(v) <= 30:
            names[v.strip().lstrip("@")] += 2
    for b in doc.blocks:
        if b.role == d.SOURCE:
            names[b.text] += 1
        elif b.role == d.OTHER:
            for m in _COPYRIGHT.finditer(b.text):
                names[m.group(1)] += 1
        elif b.role == d.NAV:
            m = _MENU_SUFFIX.search(b.text)
            if m:
                names[m.group(1).strip()] += 1
    return [n for n, _ in names.most_common() if len(n) >= 2]


def candidate(names: list[str], glued_left: str, glued_right: str) -> str | None:
    """The rest of a site name that starts with ``glued_left`` (and ends with ``glued_right``)."""
    if len(glued_left) < 2:
        return None
    for n in names:
        if n.startswith(glued_left) and len(n) > len(glued_left):
            rest = n[len(glued_left) :]
            if glued_right and not rest.endswith(glued_right):
                continue
            rest = rest[: len(rest) - len(glued_right)] if glued_right else rest
            if rest:
                return rest
    return None
