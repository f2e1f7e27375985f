"""Find the byline and the date line again after the spam stages: a keyword glued to one
(``파산신청 변호사 상담글·사진 박도윤 기자``, ``카지노사이트입력 2025.10.15 11:40``) hides it from the parser, and once
the keyword is cut the line reads as what it is."""

from __future__ import annotations

from .. import document as d
from .metadata import byline_names, dateline_byline, is_date_line, line_dates, parse_byline


def reassign_byline(doc: d.Document) -> d.Document:
    """When the article has no byline, the first or last two paragraphs that read as one become it, else the
    dateline opening the lead (:func:`byline_from_dateline`); a title or paragraphs at those places that read as a
    date line (``입력 2025.10.15 11:40``) leave the article and give its missing dates."""
    first, last = doc.ends(d.PARAGRAPH, 2)
    edges = first + last[::-1]
    for b in {b.id: b for b in doc.by_role(d.TITLE) + edges}.values():
        if is_date_line(b.text):
            for key, iso in line_dates(b.text).items():
                if not doc.fields.get(key):
                    doc.fields[key] = iso
            b.role = d.OTHER
    byline = doc.first(d.BYLINE)
    if byline is not None:
        if not doc.fields.get("authors"):  # a byline read with a keyword glued to it names its authors once cut
            doc.fields["authors"] = byline_names(byline.text) or []
        return doc
    for b in edges:
        if b.role != d.PARAGRAPH:
            continue
        names = parse_byline(b.text)
        if names is not None:
            b.role = d.BYLINE
            doc.fields["authors"] = names
            return doc
    return byline_from_dateline(doc)


def byline_from_dateline(doc: d.Document) -> d.Document:
    """When the article has no byline, the dateline opening one of its first two paragraphs (``(세종=한빛통신)
    정하늘·오세린 기자 = ...``) gives it: the byline is the dateline, the authors its names.  The paragraph stays
    as printed: the dateline is the wire story's first words, and a byline block only repeats them."""
    if doc.first(d.BYLINE) is not None:
        return doc
    for b in doc.ends(d.PARAGRAPH, 2)[0]:
        found = dateline_byline(b.text)
        if found is not None:
            doc.add(d.BYLINE, found[0], f"{b.origin} (dateline)", attrs={"dateline": b.id})
            doc.fields["authors"] = found[1]
            break
    return doc
