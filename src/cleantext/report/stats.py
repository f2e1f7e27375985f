"""What a batch output adds up to: records, contaminated share, errors, edits per kind, keywords, spam domains,
scores and the pages with the most edits.  Streaming: memory stays bounded however many records there are.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import decoding
from .data import article_record

_HOST = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
# where the cleaning code names a domain in its evidence: "link to kingdombet.xyz", "(names kingdombet.xyz)"
_EVIDENCE_HOST = re.compile(rf"(?:\blink to|\bnames|https?://)\s*(?:www\.)?({_HOST})\b", re.IGNORECASE)
_KEYWORD_HOST = re.compile(rf"^(?:https?://)?(?:www\.)?({_HOST})/?$", re.IGNORECASE)


def domains_of(rec: Mapping[str, Any]) -> set[str]:
    """Spam domains of one normalized record: named in edit evidence, or keywords that look like domains."""
    out = set()
    for e in rec["spam"]["edits"]:
        out.update(m.group(1).lower() for m in _EVIDENCE_HOST.finditer(e["evidence"]))
    for k in rec["spam"]["keywords"]:
        m = _KEYWORD_HOST.match(k.strip())
        if m:
            out.add(m.group(1).lower())
    return out


@dataclass
class PageRow:
    """One page in the "most edits" table."""

    id: str
    origin: str
    source: str
    title: str
    url: str
    score: float | None
    contaminated: bool
    kinds: Counter

    @property
    def edits(self) -> int:
        return sum(self.kinds.values())


@dataclass
class BatchStats:
    """Totals over a batch output; feed records with :meth:`add` (or build with :func:`summarize`)."""

    top_n: int = 20
    max_errors: int = 200
    records: int = 0
    articles: int = 0
    contaminated: int = 0
    errors: int = 0
    error_rows: list[tuple[str, str, str]] = field(default_factory=list)  # (id, origin or source, error)
    edits: Counter = field(default_factory=Counter)  # kind -> edits
    pages_by_kind: Counter = field(default_factory=Counter)  # kind -> pages with at least one
    pages_with_edits: int = 0
    keywords: Counter = field(default_factory=Counter)  # keyword -> pages
    domains: Counter = field(default_factory=Counter)  # domain -> pages
    decodings: Counter = field(default_factory=Counter)
    scores: list[float] = field(default_factory=list)
    _top: list[tuple[int, int, PageRow]] = field(default_factory=list, repr=False)

    def add(self, raw: Mapping[str, Any]) -> None:
        """Count one record (an article, or an error record with ``error``)."""
        self.records += 1
        rec = article_record(raw)
        rid = rec.get("id") or f"#{self.records}"
        if rec.get("error") is not None:
            self.errors += 1
            if len(self.error_rows) < self.max_errors:
                self.error_rows.append((rid, rec.get("origin") or rec["source"], rec["error"]))
            return
        spam = rec["spam"]
        self.articles += 1
        self.contaminated += spam["contaminated"]
        if spam["score"] is not None:
            self.scores.append(spam["score"])
        kinds = Counter(e["kind"] for e in spam["edits"])
        self.edits.update(kinds)
        self.pages_by_kind.update(kinds.keys())
        self.pages_with_edits += bool(kinds)
        self.keywords.update({k.strip() for k in spam["keywords"] if k.strip()})
        self.domains.update(domains_of(rec))
        self.decodings[decoding.short(spam["encoding"]) if spam["encoding"] else "not reported"] += 1
        if kinds:
            row = PageRow(
                rid, rec.get("origin", ""), rec["source"], rec["title"], rec["url"], spam["score"],
                spam["contaminated"], kinds,
            )
            item = (row.edits, -self.records, row)  # ties: the earlier record wins
            if len(self._top) < self.top_n:
                heapq.heappush(self._top, item)
            elif item[:2] > self._top[0][:2]:
                heapq.heapreplace(self._top, item)

    @property
    def top_pages(self) -> list[PageRow]:
        """The pages with the most edits, most first."""
        return [row for _, _, row in sorted(self._top, key=lambda t: t[:2], reverse=True)]

    @property
    def contaminated_share(self) -> float | None:
        return self.contaminated / self.articles if self.articles else None


def summarize(records: Iterable[Mapping[str, Any]], top_n: int = 20) -> BatchStats:
    """The totals of a stream of batch records."""
    stats = BatchStats(top_n=top_n)
    for r in records:
        stats.add(r if isinstance(r, Mapping) else {"error": "not a JSON object"})
    return stats
