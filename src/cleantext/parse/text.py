"""Page text (a news page saved as text, one line per element) to blocks with roles.

The layout, as scrapers and spam sites save Korean news pages::

    menu lines ...            경제 뉴스 | 파이낸셜뉴스
    section                   IT 정보통신
    <blank>
    title
    <blank>
    [subtitle <blank>]
    source                    뉴스1
    <blank>
    dates                     입력 2025.10.15 11:40 / 수정 ...
    <blank>
    captions ...              (lines right after the dates, up to a double blank line)
    <blank><blank>
    byline                    (서울=뉴스1) 이기범 기자
    body paragraphs ...       one per line
    byline / copyright        at the end

Roles are read from that order and from what the lines say (dates, byline shapes, caption cues), not from
fixed line numbers, so a page missing a part (no subtitle, no captions, byline at the end) still parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .. import document as d
from ..dedupe import inserted_copy
from ..normalize import clean_text
from .metadata import (
    is_bare_date_line,
    is_boilerplate,
    is_date_line,
    is_email_line,
    line_dates,
    looks_like_caption,
    parse_byline,
    parse_writer_line,
)

MAX_HEADER_LINE = 80  # a header's lines (menus, section, title, outlet): shorter than a paragraph, no sentence


@dataclass
class _Group:
    lines: list[tuple[int, str]]  # (line number, cleaned text)
    blanks_after: int


def _groups(text: str) -> list[_Group]:
    groups: list[_Group] = []
    cur: list[tuple[int, str]] = []
    blanks = 0
    for i, raw in enumerate(text.splitlines(), 1):
        line = clean_text(raw, keep_invisible=True)
        if not line:
            blanks += 1
            continue
        if cur and blanks:
            groups.append(_Group(cur, blanks))
            cur = []
        blanks = 0
        cur.append((i, line))
    if cur:
        groups.append(_Group(cur, blanks))
    return groups


def _split_at_dates(groups: list[_Group], dated: Callable[[str], bool]) -> list[_Group]:
    """Date lines as groups of their own: a page written without blank lines still has its header and body."""
    out: list[_Group] = []
    for g in groups:
        flags = [dated(t) for _, t in g.lines]
        if len(set(flags)) < 2:
            out.append(g)
            continue
        start = 0
        for i in range(1, len(g.lines) + 1):
            if i == len(g.lines) or flags[i] != flags[start]:
                out.append(_Group(g.lines[start:i], g.blanks_after if i == len(g.lines) else 1))
                start = i
    return out


def _is_short_label(line: str) -> bool:
    return len(line) <= 40 and not line.endswith((".", "다", "?", "!"))


def parse_text(doc: d.Document) -> d.Document:
    """Fill ``doc.blocks`` and ``doc.fields`` from page text in ``doc.text``."""
    groups = _groups(doc.text)
    dated = is_date_line
    if not any(is_date_line(t) for g in groups for _, t in g.lines):
        dated = is_bare_date_line  # (2025-12-12 10:45 alone on its line, on a page with no labeled date)
    groups = _split_at_dates(groups, dated)
    if not groups:
        return doc
    date_idx = next((k for k, g in enumerate(groups) if any(dated(t) for _, t in g.lines)), None)
    if dated is is_bare_date_line and date_idx is not None and any(
            len(t) > MAX_HEADER_LINE or t.endswith("다.") for g in groups[:date_idx] for _, t in g.lines):
        date_idx = None  # a lone date after a paragraph is the story's (a live page's time of an update)
    if date_idx is None:
        _body(doc, [ln for g in groups for ln in g.lines], title_first=True)
        return doc

    head = groups[:date_idx]
    # the source is the short line right above the dates
    source = None
    if head and len(head[-1].lines) == 1 and _is_short_label(head[-1].lines[0][1]) and len(head) >= 2:
        source = head.pop().lines[0]
    header = None
    if len(head) >= 2:
        header = head.pop(0)
    elif head and len(head[0].lines) > 1:
        # menu lines and title in one group: the title is the last line
        g = head[0]
        header, head = _Group(g.lines[:-1], 0), [_Group(g.lines[-1:], g.blanks_after)]
    if header is not None:
        *nav, section = header.lines
        for n, t in nav:
            doc.add(d.NAV, t, f"line {n}")
        if _is_short_label(section[1]):
            doc.add(d.SECTION, section[1], f"line {section[0]}")
        else:
            doc.add(d.NAV, section[1], f"line {section[0]}")
    if head:
        n, t = head[0].lines[0]
        doc.add(d.TITLE, " ".join(x for _, x in head[0].lines), f"line {n}")
        for g in head[1:]:
            doc.add(d.SUBTITLE, " ".join(x for _, x in g.lines), f"line {g.lines[0][0]}")
    if source:
        doc.add(d.SOURCE, source[1], f"line {source[0]}")

    # dates: every date line in the groups from date_idx on, while they are date lines
    k = date_idx
    while k < len(groups) and all(dated(t) for _, t in groups[k].lines):
        for _, t in groups[k].lines:
            for key, iso in line_dates(t).items():
                doc.fields.setdefault(key, iso)
        k += 1
    rest = groups[k:]
    # captions: the groups right after the dates, up to a double blank line, when they read as captions
    lines: list[tuple[int, str]] = []
    zone = 0
    closed = False
    outlets = [source[1]] if source else []
    while zone < len(rest) and _caption_group(rest[zone], outlets):
        if _question(rest[zone], rest[zone + 1] if zone + 1 < len(rest) else None):
            break  # an interview opens on its first question
        zone += 1
        if rest[zone - 1].blanks_after >= 2:
            closed = True
            break
    # without the double blank line that closes the captions, a group whose only cue is the "...있다." ending is
    # the lead paragraph, which ends the same way
    while zone and not closed and all(_weak_caption(t) for _, t in rest[zone - 1].lines):
        zone -= 1
    # and groups with that cue only, before a caption with a real one (a ▲, a credit), are the lead: the page marks
    # its captions, and the lead comes first
    lead = 0
    while lead < zone and all(_weak_caption(t) for _, t in rest[lead].lines):
        lead += 1
    if lead == zone:
        lead = 0
    lines += [ln for g in rest[:lead] for ln in g.lines]
    for g in rest[lead:zone]:
        for n, t in g.lines:
            if parse_byline(t) is not None:
                _byline(doc, n, t)
            else:
                doc.add(d.CAPTION, t, f"line {n}")
    rest = rest[zone:]
    lines += [ln for g in rest for ln in g.lines]
    _body(doc, lines, title_first=False)
    return doc


def _caption_group(group: _Group, outlets: list[str]) -> bool:
    """Every line of the group reads as a caption or a byline, or is a copy of one of its caption lines (a caption
    printed twice, one copy with spam glued into its credit: ``...있다. KW한빛일보 김하늘 기자``)."""
    def reads(t: str) -> bool:
        m = _MARKER.match(t)
        if m and len(t) - m.end() > MAX_MARKED_ONLY and not looks_like_caption(t[m.end():]):
            return credited_caption(t[m.end():], outlets)  # (a long ▲ line and no other cue: a list's item)
        return looks_like_caption(t) or parse_byline(t) is not None or credited_caption(t, outlets)

    ok = [reads(t) for _, t in group.lines]
    captions = [t for (_, t), r in zip(group.lines, ok, strict=True) if r]
    return bool(captions) and all(r or any(_spam_copy(t, c) for c in captions)
                                  for (_, t), r in zip(group.lines, ok, strict=True))


# an interview's markers: the solid one leads a question, its hollow twin the answer (◆ 질문 / ◇ 답변); ▲ is the
# caption's own marker and stays one
_QA_MARKERS = {"◆": "◇", "■": "□", "●": "○", "▶": "▷"}


def _question(group: _Group, after: _Group | None) -> bool:
    """``group`` is one marked line and the next group opens with the marker's hollow twin: a question of an
    interview and its answer, not a caption."""
    first = group.lines[0][1].lstrip()[:1]
    twin = _QA_MARKERS.get(first)
    return (twin is not None and len(group.lines) == 1 and after is not None
            and after.lines[0][1].lstrip().startswith(twin))


def _spam_copy(a: str, b: str) -> bool:
    """One line is the other with words put in at one or two places, as spam puts its keywords into a caption's
    copy (``...웃고 KW 있다.``, ``...있다. KW한빛일보 김하늘 기자``).  A lead that repeats a caption goes on
    after the whole of it (``...있다. 이날 ...``), and a reworded copy differs at many places: neither is one."""
    short, long = sorted((a, b), key=len)
    if not inserted_copy(short, long) or long.startswith(short):
        return False
    places = {op.src_pos for op in Indel.editops(short, long) if op.tag == "insert"}
    return len(places) <= 2


def credited_caption(line: str, outlets: list[str]) -> bool:
    """A photo description credited to the page's own outlet: sentences, then only the outlet's name (``...경찰에
    압송되고 있다. 한빛통신``), or its name and its photographer's (``...나누고 있다. 한빛일보 김하늘 기자``).
    The outlet is the page's (its source line), so the credit is evidence the page gives, as ``제공`` or
    ``자료사진`` are for other credits; running text never ends on a bare name."""
    if len(line) > 400:
        return False
    line = _REPORTER_CREDIT.sub("", line)  # ... 한빛일보 김하늘 기자: the outlet and its photographer
    for outlet in outlets:
        head = line[: -len(outlet)] if outlet and line.endswith(outlet) else ""
        if len(head) >= 10 and re.search(r"[.!?]\s+$", head):
            return True
    return False


_REPORTER_CREDIT = re.compile(r"\s+[가-힣]{2,4}\s*기자$")


_MARKER = re.compile(r"\s*[▲△]\s*")
# a ▲ line longer than this with no other caption cue is a list's item (obituaries, corrections), not a photo's
# caption (``▲김철수 대표``)
MAX_MARKED_ONLY = 40


def _marked_caption(line: str) -> bool:
    """A photo's caption printed among the paragraphs: a ▲ line that also carries a credit or another strong
    caption cue (``▲ 참가자들이 경기를 하고 있다. 협회 제공``).  A ▲ alone marks list items too."""
    m = _MARKER.match(line)
    rest = line[m.end() :] if m else ""
    return bool(rest) and looks_like_caption(rest) and not _weak_caption(rest)


def _weak_caption(line: str) -> bool:
    """A line whose only caption cue is the ``...하고 있다.`` ending of a picture description."""
    return bool(re.search(r"있다\.\s*$", line)) and not looks_like_caption(re.sub(r"있다\.\s*$", "", line))


def _byline(doc: d.Document, n: int, t: str, names: list[str] | None = None) -> None:
    """Line ``n`` (``t``) as the byline, with its author names (read from it unless given); a second byline line
    stays as evidence only."""
    names = names or parse_byline(t) or []
    if not doc.by_role(d.BYLINE):
        doc.add(d.BYLINE, t, f"line {n}")
        doc.fields.setdefault("authors", names)
    else:
        doc.add(d.OTHER, t, f"line {n}", attrs={"byline": True})


def _body(doc: d.Document, lines: list[tuple[int, str]], title_first: bool) -> None:
    if title_first and lines:
        n, t = lines[0]
        doc.add(d.TITLE, t, f"line {n}")
        lines = lines[1:]
    # bylines at the start or at the end of the body; boilerplate at the end
    end = _article_end(lines)
    while end and is_boilerplate(lines[end - 1][1]):
        end -= 1
    body = lines[:end]
    email = body.pop() if body and is_email_line(body[-1][1]) else None
    if email is not None and body and parse_byline(f"{body[-1][1]} {email[1]}") is not None:
        body[-1] = (body[-1][0], f"{body[-1][1]} {email[1]}")  # the byline's e-mail, on the line below it
    elif email is not None:
        end -= 1  # an e-mail without its byline: boilerplate, as the copyright line below it
    title = doc.first(d.TITLE)
    section = doc.first(d.SECTION)  # (a column's section names it: 오피니언 > 삶의 창)
    named = " ".join([title.text if title else "", section.text if section else "", *(t for _, t in body[:1])])
    # (a column its reporter arranged, 정리=문태오 기자: the reporter's byline closes it, the signature stays)
    reporter = any(parse_byline(t) is not None for _, t in body[-2:])
    for idx, (n, t) in enumerate(body):
        at_edge = idx < 2 or idx >= len(body) - 2
        if at_edge and parse_byline(t) is not None:
            _byline(doc, n, t)
        elif (idx >= len(body) - 2 and not reporter and not doc.by_role(d.BYLINE)
              and (writer := parse_writer_line(t, named)) is not None):  # (one writer: a second line is a line)
            _byline(doc, n, t, writer)
        elif _marked_caption(t):
            doc.add(d.CAPTION, t, f"line {n}")
        else:
            doc.add(d.PARAGRAPH, t, f"line {n}")
    for n, t in lines[end:]:
        if not doc.by_role(d.BYLINE) and parse_byline(t) is not None:
            _byline(doc, n, t)  # (a site that prints its copyright line above the byline)
        else:  # (chrome after the copyright line is set aside: spam stands there as anywhere)
            doc.add(d.OTHER, t, f"line {n}", attrs={"boilerplate": True} if is_boilerplate(t) else {"set_aside": True})


# a copyright notice's words (ⓒ alone also credits a photo: ⓒ 세종시)
_COPYRIGHT = re.compile(r"무단\s*전재|재배포\s*금지|저작권자|copyright|all\s+rights\s+reserved", re.I)
_SENTENCE_END = re.compile(r"[.?!。]\s*$")
MAX_CHROME = 60  # a line of a related-stories list, a tag line, a footer's menu: short, and no sentence
TAIL = 40  # lines at the page's end that may be its chrome


def _article_end(lines: list[tuple[int, str]]) -> int:
    """Where the article ends on a page that goes on after its copyright line with the site's chrome (related
    headlines, tags, a most-read list, the footer's menu and address): at the first copyright line after which
    every line is boilerplate or short with no sentence's end; the end of the page when there is none.  (Read as
    paragraphs, those lines also kept the byline and the copyright line above them in the body.)"""
    end = len(lines)
    for i in range(len(lines) - 1, max(-1, len(lines) - TAIL - 1), -1):
        t = lines[i][1]
        if is_boilerplate(t) and _COPYRIGHT.search(t):
            end = i
        elif not is_boilerplate(t) and (len(t) > MAX_CHROME or _SENTENCE_END.search(t)):
            break
    return end

