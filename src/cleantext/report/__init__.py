"""HTML reports of what cleantext did: one page per cleaning run, and a summary of a batch output.

Built from an ``Article`` or its ``to_dict()`` shape alone, by template code kept apart from the cleaning stages
(nothing here imports the spam, restore or parse packages).  Every value from a page is escaped, reports carry no
script and forbid all in their Content-Security-Policy, and one file works alone from a file:// URL.

    write_article_report(articles, "report.html", sources=["page.html"])   # cleantext FILE --report report.html
    html = render_article(article_or_dict, source="page.html")
    html = render_summary(records)                                          # cleantext report OUT.jsonl -o s.html
"""

from __future__ import annotations

from .page import render_article, render_articles, write_article_report
from .summary import render_summary, write_summary_report

__all__ = ["render_article", "render_articles", "render_summary", "write_article_report", "write_summary_report"]
