"""Metadata from the text of Korean news pages: dates, bylines and authors, title suffixes, boilerplate lines.

These are small pure functions shared by the HTML and the page-text parsers.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

KST = timezone(timedelta(hours=9))

# -- dates ------------------------------------------------------------------------------------------------------

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})(?:\s?일|\.)?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:(?:T|\s+|\s*,\s*)(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{1,2})\s*분?"
    r"(?:\s*:\s*(?P<S>\d{1,2})(?:\.\d+)?)?)?"
    r"(?P<tz>\s*(?:Z|[+-]\d\d:?\d\d|KST))?"
)
PUBLISHED_LABELS = r"입력|등록|게재|작성|기사입력|최초\s*입력|승인|발행|송고|Published|Posted"
MODIFIED_LABELS = r"수정|최종\s*수정|기사\s*수정|업데이트|변경|Updated|Modified"
_LABELED_DATE = re.compile(
    rf"(?P<label>{PUBLISHED_LABELS}|{MODIFIED_LABELS})\s*(?:일시|시간|일)?\s*[:：]?\s*(?=(?:19|20)\d\d)", re.I
)
_MODIFIED = re.compile(rf"^(?:{MODIFIED_LABELS})", re.I)
# what every labeled date holds (the year after its label): a text without it is spared the labels' search, which
# tries each label, in either case, at every character; most texts looked at (header lines) have no year
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def parse_date(text: str, default_tz: timezone | None = KST) -> str | None:
    """The first date-time in ``text`` as ISO 8601 (``2025-10-15T11:40:00+09:00``); ``None`` if there is none.

    A date without an offset gets ``default_tz`` (Korean pages print KST); ISO strings keep their own."""
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    try:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        h = int(m["H"]) if m["H"] else 0
        mi = int(m["M"]) if m["M"] else 0
        s = int(m["S"]) if m["S"] else 0
        if m["ampm"] in ("오후", "PM", "pm") and h < 12:
            h += 12
        elif m["ampm"] in ("오전", "AM", "am") and h == 12:
            h = 0
        dt = datetime(y, mo, d, h, mi, s)
    except (ValueError, TypeError):
        return None
    tz = (m["tz"] or "").strip()
    if tz == "Z":
        dt = dt.replace(tzinfo=timezone.utc)
    elif tz and tz != "KST":
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        dt = dt.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))))
    elif tz == "KST":
        dt = dt.replace(tzinfo=KST)
    elif default_tz is not None:
        dt = dt.replace(tzinfo=default_tz)
    return dt.isoformat()


def labeled_dates(text: str) -> dict[str, str]:
    """``published`` / ``modified`` from labels such as ``입력 2025.10.15 11:40 | 수정 2025.10.15 13:02``."""
    found: dict[str, str] = {}
    if not _ANY_YEAR.search(text):
        return found
    for m in _LABELED_DATE.finditer(text):
        iso = parse_date(text[m.end() : m.end() + 40])
        if not iso:
            continue
        key = "modified" if _MODIFIED.match(m["label"]) else "published"
        found.setdefault(key, iso)
    return found


# a date and a time alone on a line, with no label (``2025-12-12 10:45``, ``2025.12.12. 오전 10:45``): a page's
# date line; a date without a time may be a line of the story's (a list's item), so it is none
_BARE_DATE = re.compile(r"(?:19|20)\d\d\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*"
                        r"(?:\([월화수목금토일]\)\s*)?(?:(?:오전|오후|AM|PM)\s*)?\d{1,2}:\d\d(?::\d\d)?", re.I)


def is_date_line(line: str) -> bool:
    """A short line that is a labeled date (``입력 2025.10.15 11:40``)."""
    return len(line) <= 80 and bool(_LABELED_DATE.match(line.strip()))


def is_bare_date_line(line: str) -> bool:
    """A line of a date and a time alone (``2025-12-12 10:45``): a page's date line where it has no labeled one
    and nothing but its header before it; in a story, a live page's time of an update."""
    return len(line) <= 40 and bool(_BARE_DATE.fullmatch(line.strip()))


def line_dates(line: str) -> dict[str, str]:
    """The dates of a date line: its labeled ones, or a lone date and time (:func:`is_bare_date_line`) as
    ``published``."""
    found = labeled_dates(line)
    if not found and is_bare_date_line(line) and (iso := parse_date(line)):
        found["published"] = iso
    return found


# -- bylines ----------------------------------------------------------------------------------------------------

NAME = r"(?!(?:선임|전문|인턴|객원|수습|논설)(?:기자|위원))[가-힣]{2,4}"  # a name, not a title's first half
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_CREDIT = r"(?:글|사진|취재|정리|영상|편집|인터뷰)"  # what a byline credits its reporter with
_NAMES = rf"{NAME}(?:\s*[·ㆍ,]\s*{NAME})*"
# the outlet's own staff after an outlet or desk in brackets: reporters and writers of other titles; names under a
# label of where people stand are a caption's (``(왼쪽부터) 김철수·이영희 논설위원``)
_REPORTER = r"(?:(?:선임|전문|인턴|객원|수습)?기자|특파원)"
_STAFF = r"(?:통신원|논설위원|위원|리포터|에디터|칼럼니스트)"
_ROLE = rf"(?:{_REPORTER}|{_STAFF})"  # any staff title a byline ends with
#: the words of a caption's label of where its people stand (``(왼쪽부터)``, ``앞줄 오른쪽``)
CAPTION_LABEL_WORDS = r"(?:부터|왼쪽|오른쪽|앞줄|뒷줄)"
_LABEL = rf"[^\[\]()]*(?:{CAPTION_LABEL_WORDS}|사진)"  # a bracketed label (``(사진 오른쪽)``)
# an outlet, or an outlet and its desk, in brackets of their own before the reporter
_HEAD = r"[^\[\]()=\s]{2,20}(?:\s[^\[\]()=\s]{2,10})?"
_MEDIA = r"(?:사진|그래픽|영상|자료)"  # a credit's label, where a dateline names its place (사진=한빛일보: a photo's)
_DESK = r"[가-힣]{2,6}(?:부|팀|본부|지사|총국|취재단)"  # the reporter's desk (사회부, 디지털뉴스팀)
_BYLINE = re.compile(
    rf"""^(?:
        \((?!{_MEDIA}=)(?P<place>[^()=]{{1,12}})=(?P<agency>[^()]{{1,20}})\)\s*  # (서울=뉴스1)
      | \[(?:(?P<place2>[^\[\]=]{{1,12}})=)?(?P<agency2>[^\[\]]{{0,20}}?)\s*
        (?=[가-힣]{{2,4}}\s*{_ROLE}\s*\])                              # [세종=배움신문
      | \[(?!{_MEDIA}=)(?P<place4>[^\[\]=]{{1,12}})=(?P<agency4>[^\[\]]{{1,20}})\]\s*  # [속초=한빛일보]
      | (?![\[(]{_LABEL}[\])])(?:\[{_HEAD}\]|\({_HEAD}\))\s*                    # [한빛일보 법조팀]
        (?=(?:{_DESK}\s+)?{_NAMES}\s*(?:{_REPORTER}|{_STAFF}))
      | {_CREDIT}(?:\s*[·ㆍ]\s*{_CREDIT})*(?:\s*=\s*|\s+)                # 글·사진, 인터뷰·정리=
      | (?:[^\s()\[\]=]{{2,20}}\s+)?(?:[가-힣]{{1,12}}\s*[·ㆍ]\s*)?         # 한빛일보 목포=, 강릉·속초=
        (?P<place3>[가-힣]{{1,12}})=\s*
      | (?!\S*{CAPTION_LABEL_WORDS}\s)                                    # (a caption's label)
        (?P<agency3>[^\s()\[\]]{{2,20}})\s+(?={_NAMES}\s*{_ROLE})        # 한빛헬스뉴스 김하늘 기자
      | [^\s()\[\]=]{{2,20}}\s+{_DESK}\s+(?={NAME}\s*(?:{_REPORTER}|{_STAFF}))
    )?
    (?:{_DESK}\s+(?={_NAMES}\s*{_ROLE}))?                              # (여수=한빛일보) 사회부 박민준 기자
    (?P<names>{_NAMES})\s*{_ROLE}\]?
    (?:\s*[\(<\[]?\s*(?P<email>{_EMAIL})\s*[\)>\]]?)?\s*$""",
    re.X,
)


def parse_byline(line: str) -> list[str] | None:
    """The author names of a byline line, or ``None`` when the line is not a byline.

    >>> parse_byline("(서울=뉴스1) 이기범 기자")
    ['이기범']
    >>> parse_byline("(여수=한빛일보) 사회부 박민준 기자")
    ['박민준']
    >>> parse_byline("정민호·윤서하 기자")
    ['정민호', '윤서하']
    >>> parse_byline("(세종=오지후 기자 jhoh@hanbit.co.kr)")
    ['오지후']
    >>> parse_byline("/최민수 기자 mschoi@example.kr")
    ['최민수']
    >>> parse_byline("기자회견에서 말했다") is None
    True
    """
    line = line.strip().removeprefix("/").lstrip()  # /최민수 기자: the slash that closes a story before it
    if not line or len(line) > 90:
        return None
    m = _BYLINE.match(line)
    if not m and line.startswith("(") and line.endswith(")"):  # the whole byline in brackets
        m = _BYLINE.match(line[1:-1].strip())  # (조지아=한지수 특파원 jshan@hanbit.co.kr)
    if not m:
        return None
    return [n.strip() for n in re.split(r"[·ㆍ,]", m["names"]) if n.strip()]


_LABEL_BEFORE = re.compile(r"[^/|:=]{1,20}(?:[/|:]|\s=\s)\s*")


def labelled_byline(line: str) -> list[str] | None:
    """The names of a byline after its desk, outlet or label and a mark (``정치부|김하늘 기자``, ``지역부 |
    김하늘 기자``, ``취재:김하늘 기자``, ``한빛일보 = 김하늘 기자``), or ``None``."""
    m = _LABEL_BEFORE.match(line)
    return parse_byline(line[m.end() :]) if m else None


def byline_names(line: str, reach: int = 30) -> list[str] | None:
    """The author names of a byline, or of the byline a line ends with after a few characters of something else
    (``KBS 뉴스(김하늘 기자)``, ``연합뉴스TV(서울=연합뉴스) 김하늘 기자``); ``None`` when there is none."""
    names = parse_byline(line)
    for i in range(1, min(len(line), reach + 1)):
        if names is not None:
            break
        if line[i] in "([" or ("가" <= line[i] <= "힣" and not "가" <= line[i - 1] <= "힣"):
            names = parse_byline(line[i:])
    return names


def byline_head(line: str) -> tuple[str, int, int] | None:
    """Where a byline written without brackets names its outlet or its place before the reporter (``한빛건강
    김서윤 기자``, ``세종=오지후 기자``): ``("outlet" | "place", start, end)``, or ``None``.

    >>> byline_head("세종=오지후 기자")
    ('place', 0, 2)
    """
    m = _BYLINE.match(line)
    if not m:
        return None
    for group, kind in (("agency3", "outlet"), ("place3", "place")):
        if m[group]:
            return kind, m.start(group), m.end(group)
    return None


_EMAIL_LINE = re.compile(rf"^[\(<\[]?\s*{_EMAIL}\s*[\)>\]]?$")
_WRITER = re.compile(
    rf"^(?P<name>{NAME})\s+(?P<what>[가-힣A-Za-z]+(?:\s*[·ㆍ,]?\s*[가-힣A-Za-z]+){{0,4}})\s*[\(<\[]?\s*{_EMAIL}\s*[\)>\]]?$"
)


def is_email_line(line: str) -> bool:
    """A line that is only an e-mail address (``hong@hanbit.co.kr``): the reporter's, printed under the story."""
    return len(line) <= 80 and bool(_EMAIL_LINE.match(line.strip()))


def parse_writer_line(line: str, named: str) -> list[str] | None:
    """The writer of a column, from the line that closes it: a name, what the writer does, an e-mail (``윤서하
    변호사·법무법인 한결 seoha@lawyer.example``), when ``named`` (the column's title and lead, which name their
    writer: ``[윤서하의 법정 산책]``) holds the name too; or a name and a profession, with the writer's school or
    firm before it or in brackets after it and an e-mail or none (``이서진 변호사(법무법인 한결)``, ``이정훈 한빛대
    사회복지학과 교수``, ``글=엄지원 소설가``, ``엄지원(소설가)``) under a title or a section that names a column
    (``[법률 칼럼]``, ``[시론]``, ``[생활법률 Q&A]``, ``오피니언 > 삶의 창``); else ``None``.

    >>> parse_writer_line("김민재 문화평론가 minjae@example.kr", "[김민재의 그 때 그 곳] 뚝섬 경마장")
    ['김민재']
    >>> parse_writer_line("문의 고객센터 help@example.kr", "[김민재의 그 때 그 곳] 뚝섬 경마장") is None
    True
    >>> parse_writer_line("이서진 변호사(법무법인 한결)", "[법률 칼럼] 황혼이혼 재산분할")
    ['이서진']
    """
    line = line.strip()
    if len(line) > 90:
        return None
    m = _WRITER.match(line)
    if m and m["name"] in named:
        return [m["name"]]
    m = _SIGNATURE.match(line)
    return [m["name"]] if m and (m["name"] in named or _COLUMN.search(named)) else None


# a column's signature without an e-mail: a name, a profession, the firm or school in brackets
_PROFESSION = (r"(?:변호사|변리사|세무사|회계사|노무사|법무사|관세사|교수|평론가|칼럼니스트|연구위원|연구원|원장|소장|"
               r"대표|이사장|전문의|의사|약사|작가|시인|소설가)")
# a school, a department, a firm or an institute before the profession (한빛대 사회복지학과 교수)
_AFFILIATION = (r"[가-힣A-Za-z0-9·]{1,12}"
                r"(?:대|대학교|대학원|학과|학부|법인|병원|연구소|연구원|센터|협회|재단|학회|사무소)")
_SIGNATURE = re.compile(
    rf"^(?:글\s*[=:]\s*|/\s*)?(?P<name>{NAME})"  # (글=엄지원 소설가, /엄지원 소설가: the credit's marks)
    rf"(?:\s+(?:{_AFFILIATION}\s){{0,3}}{_PROFESSION}(?:\s*\([^()]{{2,30}}\))?|\s*\(\s*{_PROFESSION}\s*\))"
    rf"(?:\s*[\(<\[]?\s*{_EMAIL}\s*[\)>\]]?)?$")
_COLUMN = re.compile(r"칼럼|기고|시론|논단|에세이|오피니언|Q&A")  # (an advice column: [생활법률 Q&A])


_DATELINE = re.compile(rf"^(.{{4,80}}?{_ROLE}\]?)\s*=\s*\S")


def dateline_byline(paragraph: str) -> tuple[str, list[str]] | None:
    """The dateline that opens a news agency's lead paragraph and its author names: ``(세종=한빛통신) 정하늘·오세린
    기자 = 정부는 ...`` gives ``("(세종=한빛통신) 정하늘·오세린 기자", ["정하늘", "오세린"])``; ``None`` when the
    paragraph opens otherwise.

    >>> dateline_byline("(여수=한빛일보) 박민준 기자 = 12일 주민들이 모였다")
    ('(여수=한빛일보) 박민준 기자', ['박민준'])
    >>> dateline_byline("기자 = 말했다") is None
    True
    """
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    names = parse_byline(m[1])
    return (m[1].strip(), names) if names else None


_WEB_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|van|von|der|la|le|du|bin|al))*"
# a name is capitalised words (not a day's or a month's name: "By Friday, schools will reopen"); only the "by" is
# written in any case
_NOT_NAMES = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
              r"July|August|September|October|November|December|The|This|That|Then|Now|Next|Last|Early|Late)\b)")
_WEB_BYLINE = re.compile(
    rf"^(?i:by|written by|words by|story by|reporting by)\s+{_NOT_NAMES}"
    rf"(?P<names>{_WEB_NAME}(?:\s*(?:,|(?i:and)|&)\s*{_WEB_NAME})*)"
    r"(?:\s*[,|·•-]\s*[\w .,'’&-]{0,60})?$"
)


def parse_web_byline(line: str) -> list[str] | None:
    """The names of a ``By Jane Doe and John Roe`` line (the bylines of Latin-script pages), or ``None``.

    >>> parse_web_byline("By Joseph Tsidulko and Ana Ruiz")
    ['Joseph Tsidulko', 'Ana Ruiz']
    >>> parse_web_byline("By the end of the year, prices rose") is None
    True
    """
    line = line.strip()
    if len(line) > 90:
        return None
    m = _WEB_BYLINE.match(line)
    if m is None or not m["names"][:1].isupper():
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m["names"]) if n.strip()]
    return names if all(n[:1].isupper() for n in names) else None


# -- titles -----------------------------------------------------------------------------------------------------

TITLE_SEPARATORS = (" | ", " - ", " :: ", " : ", " < ", " > ", " — ", " – ", " _ ", "｜")


def strip_title_suffix(title: str, site_names: list[str]) -> str:
    """``<title>`` without the `` | site`` (or `` - site`` ...) suffix the site appends to every page, and the
    suffixes before it (`` | 사회 | 한빛일보``), a few at most: a title of a thousand separators is no headline."""
    title = title.strip()
    names = [n for n in site_names if n]
    for _ in range(MAX_TITLE_SUFFIXES):
        for sep in TITLE_SEPARATORS:
            if sep not in title:
                continue
            head, _, tail = title.rpartition(sep)
            tail = tail.strip()
            if head.strip() and (any(tail == n or n in tail or tail in n for n in names)
                                 or (not names and len(tail) <= 20)):
                title = head.strip()
                break
        else:
            return title
    return title


MAX_TITLE_SUFFIXES = 8


# -- boilerplate ------------------------------------------------------------------------------------------------

# (in several expressions, any of which matching makes the line boilerplate: the Korean words, whose first
# characters the engine scans for, as it cannot for words that start with a letter of either case; the words that
# do; the lines, anchored at the start, which the engine tries at the start alone.  One alternation of them all
# tries every one at every character)
_BOILERPLATE = (
    re.compile(
        r"무단\s*전재|재배포\s*금지|재판매\s*(?:및|와)?\s*DB\s*금지|저작권자\s*(?:ⓒ|©)|기사제보|제보하기|구독\s*신청|"
        # ... and a like button, or its count
        r"뉴스레터\s*구독|카카오톡\s*제보|^\W{0,3}(?:공감\s*)?좋아요\s*\d*\s*$|\s좋아요\s*\d+\s*$|"
        # ... and the note under an outside writer's column (※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다)
        r"^\W{0,3}[^\"“”]{0,40}(?:본지|본사|필자|기고|칼럼)[^\"“”]{0,30}(?:편집\s*방향|입장|견해)[과와]\s*"
        r"(?:다를|일치하지\s*않을)\s*수\s*있습니다\.?\s*$",
        re.I,
    ),
    re.compile(r"All\s+rights\s+reserved|Copyright\s*(?:ⓒ|©|\(c\))", re.I),
    # a press release's end mark, a wire's credit line (기사제공 스포츠투데이)
    re.compile(r"^\s*(?:#{3}|-\s*30\s*-|-\s*끝\s*-)\s*$|^\s*기사\s*제공\s*[:：]?\s*\S{2,20}\s*$"),
    # a public body's closing lines: the department to ask, with its number, and the source of the material
    re.compile(r"^\s*[(\[]?\s*(?:문의|담당)\s*[:：].{0,80}\d{2,4}-\d{3,4}-?\d{0,4}|^\s*\[?\s*자료\s*제공\s*[:：]"),
    re.compile(
        r"^\s*(?:ⓒ|©)\s*\S+.{0,30}$|^\s*(?:관련\s*기사|많이\s*본\s*뉴스|인기\s*기사|추천\s*기사|이\s*시각\s*주요뉴스)\s*$"
        # ... and a writer box's link to the reporter's other stories (다른기사 보기, 기자의 다른 기사 더보기)
        r"|^\s*(?:\S{2,4}\s*기자의?\s*)?다른\s*기사\s*(?:더\s*)?보기\s*[>›»]?\s*$"
        r"|^\s*[\[【<]\s*(?:관련\s*기사|관련\s*뉴스|함께\s*볼\s*기사)\s*[\]】>]",
        re.I,
    ),
)


_WEB_BOILERPLATE = (
    # a newsletter's offer (a call to sign up, or its name alone), not a sentence that mentions one
    re.compile(r"\b(?:sign up|subscribe|get|receive|join|delivered|inbox)\b[^.]{0,60}\bnewsletters?\b|"
               r"\bnewsletters?\b[^.]{0,60}\b(?:sign up|subscribe|inbox)\b|^[^.?!]{0,30}\bnewsletters?\b[^.?!,]{0,30}$|"
               r"may be reached at", re.I),
    re.compile(
        r"^(?:follow|like) (?:us|him|her|them|@\w+|[\w.' ]{1,40}) on (?:twitter|facebook|instagram|youtube)|"
        r"^follow @\w+|^(?:sign up|subscribe) (?:for|to|now)|^have a (?:news )?tip\b|"
        r"^(?:email|contact|reach) (?:the )?(?:author|reporters?|writer|him|her|us|[\w.]+ at)\b|^click here\b|"
        r"^get the latest\b|^listen (?:to|back|live)\b|^(?:copyright|©)|"
        # the comment policy printed under an article (``Note: comments that ... will not be approved by the
        # moderator``): a line that opens with the comments, after a one-word label at most
        r"^(?:\w+\s*:\s*)?(?:all |your )?(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|"
        r"комментари\w*)\b[^.]{0,100}\b(?:moderat|moderad|modér|aprovad|approv|genehmig)",
        re.I,
    ),
)


def is_boilerplate(line: str) -> bool:
    """A copyright / redistribution / subscribe / follow-us line that follows every article of a site."""
    return len(line) <= 160 and any(p.search(line) for p in (*_BOILERPLATE, *_WEB_BOILERPLATE))


# -- lines of web pages that are no article text wherever they stand ---------------------------------------------

_LABELS = frozenset((
    "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "close video", "close", "video",
    "report", "share", "share this", "share this article", "share this story", "tweet", "email", "print",
    "comments", "comment", "read more", "see more", "show more", "continue reading", "loading", "play video",
    "replay", "story continues below advertisement", "article continues below", "article continues below advertisement",
    "advertisement continue reading below", "continue reading below", "this slideshow requires javascript",
    "back to gallery", "view comments", "skip ad", "more", "photos", "photo", "subscribe", "subscribe now", "sign up",
    "tags", "leave a comment", "leave a reply", "add a comment", "add comment", "post a comment", "write a comment",
))
# the heading of a comment or review thread in other languages (the English ones are labels above)
_COMMENT_HEADING = re.compile(
    r"^(?:комментарии|отзывы|(?:добавить|оставить|оставьте) (?:комментарий|отзыв)|comentários|comentarios|"
    r"deixe (?:um|seu) comentário|deja (?:un|tu) comentario|commentaires|laisser un commentaire|kommentare|"
    r"kommentar schreiben|commenti|lascia un commento)$"
)
_LABEL_PATTERN = re.compile(r"^(?:(?:image|photo|slide|picture) \d+ of \d+|\d+ ?/ ?\d+|\d+ of \d+)$", re.I)
_PROMO = re.compile(
    r"^(?:read more|read also|also read|see more|see also|related (?:articles?|stories|coverage|roundup|content|"
    r"news|links?)|related|more from [^:]{1,40}|more on (?:this|that)|don'?t miss|recommended(?: for you)?|"
    r"you (?:may|might) also like|more great [^:]{1,30} stories|leggi anche|lesen sie auch|mehr zum thema|"
    r"voir aussi|à lire aussi|lire aussi|leia também|veja também|lea también|читайте также)\b"
    r"(?P<end>\s*(?:[:.…|»›–—-]|$))?",
    re.I,
)
# the heading of a list of other stories that names no relation to this one (``Most popular``, ``Most read in
# Business``): a short line, not a sentence
_LIST_HEADING = re.compile(
    r"^(?:most (?:popular|read|viewed|shared|commented)|самые (?:популярные|читаемые|обсуждаемые)|"
    r"популярные (?:статьи|новости|записи)|похожие (?:статьи|новости|записи)|más leídas|mais lidas)\b",
    re.I,
)
MAX_LIST_HEADING = 50
_PITCH = re.compile(
    r"^(?:click here to )?(?:subscribe (?:to|now|for|today)\b|sign up (?:for|to) (?:our|the|a)\b[^.]{0,60}\bnewsletter|"
    r"(?:get|download) (?:our|the) [^.]{0,30}\bapp\b)",
    re.I,
)
_SHARE_HREF = re.compile(
    r"^(?:whatsapp|sms|fb-messenger|tg|viber):|sharer|/share\b|/intent/tweet|sharearticle|pin/create|addthis|"
    r"reddit\.com/submit|mailto:\?",
    re.I,
)
_DATE_WORDS_TEXT = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun am pm a m p est edt cst cdt mst mdt pst pdt gmt utc bst cet cest ist jst kst aest et pt ct "
    "published updated posted last modified on at the of de do da às as em um le el del di "
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
    "enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre "
    "segunda terça quarta quinta sexta feira sábado domingo lunes martes miércoles jueves viernes "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_DATE_WORDS = frozenset(_DATE_WORDS_TEXT.split())
_DATE_TOKEN = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|h|년|월|일|시|분)?$")
# a year standing alone: ``(?<!\d)(?:19|20)\d\d(?!\d)``, the digit before it tested in a look-behind at its end
# (five digits there: one before the year's four), so that the engine scans for 1 and 2 instead of trying the
# look-behind at every character
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)(?<!\d\d\d\d\d)")


# every character a label line may have: the labels' and the pattern's (letters either case, digits, spaces, /, the
# characters stripped at the ends), K (Kelvin) that lower() makes k, and ı and ſ that the pattern takes for i and s
_LABEL_CHARS = re.compile(r"[A-Za-z0-9/\d\s .…:|\-–—»›>!\u212a\u0131\u017f]*")


def is_label_line(line: str) -> bool:
    """A line that is only a widget's label: ``Advertisement``, ``Share``, ``Image 1 of 5``, ``Read more``, or the
    heading of a comment thread (``Leave a reply``, ``Комментарии``)."""
    if len(line) > 60:
        return False
    key = " ".join(line.lower().strip(" .…:|-–—»›>!").split())
    if not _LABEL_CHARS.fullmatch(line):  # a line of other characters is no label but may head comments
        return bool(_COMMENT_HEADING.match(key))
    return key in _LABELS or bool(_LABEL_PATTERN.match(key))


# a Korean news site's heading of related stories, on a line of its own (``[관련기사]``, ``▶ 함께 볼 만한 뉴스``)
_KO_PROMO = re.compile(
    r"^\s*[\[【<(▶■◆]?\s*(?:관련\s*기사|관련\s*뉴스|함께\s*(?:볼|보면\s*좋은)\s*(?:만한\s*)?(?:기사|뉴스)|추천\s*기사|"
    r"많이\s*본\s*(?:기사|뉴스)|인기\s*기사)\s*[\]】>)]?\s*:?\s*$"
)


def is_promo_line(line: str, link_chars: int) -> bool:
    """A ``Read more:`` / ``Related:`` / ``You may also like`` line: a heading of its own, or a lead-in to links."""
    if _KO_PROMO.match(line):
        return True
    m = _PROMO.match(line)
    if m is None:
        return (len(line) <= MAX_LIST_HEADING and not line.endswith(".") and len(line.split()) <= 5
                and bool(_LIST_HEADING.match(line)))
    if m["end"] is None:  # no colon or ellipsis after the label: only a line that is links
        return link_chars >= 0.6 * len(line)
    return len(line) <= 60 or link_chars >= 0.4 * len(line)


def is_pitch_line(line: str) -> bool:
    """A short line asking the reader to subscribe or sign up (``Subscribe to WIRED and stay smart ...``)."""
    return len(line) <= 160 and bool(_PITCH.match(line))


def is_share_line(line: str, links: list[tuple[str, str]]) -> bool:
    """A line of share buttons: its links lead to share endpoints (``whatsapp:``, ``sharer``, ``intent/tweet``)
    and make up most of it."""
    if not links or len(line) > 200:
        return False
    shares = [t for t, href in links if _SHARE_HREF.search(href)]
    return bool(shares) and sum(map(len, shares)) >= 0.5 * len(line)


MAX_WIDGET_HEADLINE = 200
_PAGE_NUMBERS = re.compile(r"(?:[«‹<]\s*)?\d{1,3}(?:\s+\d{1,3}){2,}(?:\s*[»›>])?")
_TAG_HREF = re.compile(r"/(?:tags?|tagged)/", re.I)
_SLUG = re.compile(r"[^/?#]+-[^/?#-]+-[^/?#]+/?(?:[?#]|$)")  # a last path segment of three words or more


def is_tag_line(line: str, links: list[tuple[str, str]]) -> bool:
    """A line of an article's tags: links to the site's tag pages (``/tag/...``) make up most of it."""
    tags = [t for t, href in links if _TAG_HREF.search(href)]
    return bool(tags) and sum(map(len, tags)) >= 0.5 * len(line)


def is_page_numbers(line: str, links: list[tuple[str, str]]) -> bool:
    """A pager's line: page numbers only (``1 2 3 4 5 »``), links to the other pages."""
    return len(links) >= 2 and bool(_PAGE_NUMBERS.fullmatch(line))


def is_caps_headline(line: str, links: list[tuple[str, str]]) -> bool:
    """Another story's headline put between an article's paragraphs in capitals: the whole line a link to an
    article's address (a slug of words), its letters upper case (``SENATOR SAYS ... - READ MORE``)."""
    if len(links) != 1 or len(line) > MAX_WIDGET_HEADLINE or len(links[0][0]) < 0.9 * len(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    return bool(_SLUG.search(links[0][1]))


_STAMP = re.compile(r"(?:updated|posted|published|last modified)\b", re.I)
_CLOCK = re.compile(r"\d:\d\d")


_VERSION = re.compile(r"(?<![\d.])v?\d{1,2}\.\d{1,3}\.\d{1,3}(?![\d.])")
_READ_TIME = re.compile(r"\b\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read\b|\d{1,3}\s*분\s*읽기", re.I)


def is_web_date_line(line: str) -> bool:
    """A line that is only a date and time, in any of the common languages (``Updated 11:21 pm CST, Tuesday,
    November 19, 2019``, ``segunda-feira, 22 de janeiro de 2018 às 0:13``, ``2025.10.15 11:40``), or a labelled
    time of day (``Updated at 1:23 p.m.``); a reading time may stand with it (``5 min read · Dec 2, 2024``)."""
    if len(line) > 90:
        return False
    if ("min" in line or "분" in line) and _READ_TIME.search(line):
        rest = _READ_TIME.sub(" ", line).strip(" ·•|-–—,")
        return not rest or is_web_date_line(rest)
    if not (_YEAR.search(line) or (_STAMP.match(line) and _CLOCK.search(line))):
        return False
    tokens = _DATE_TOKEN.findall(line.lower())
    known = sum(1 for t in tokens if t in _DATE_WORDS or _NUMBER.match(t))
    # (not a release's heading: 2.3.0 — 2024-05-02 is a version and its date)
    return known >= 0.85 * len(tokens) and not _VERSION.search(line)


# -- captions ---------------------------------------------------------------------------------------------------

_CAPTION_CUES = re.compile(
    r"^\s*[▲△▷▶◀◆■●□]|"  # ▲ marker
    r"\[[^\[\]]{0,30}(?:제공|사진|DB|자료|캡처|공동취재)[^\[\]]{0,20}\]\s*$|"  # [강원소방본부 제공]
    r"\((?:사진\s*=|사진\s*제공|자료\s*사진)[^()]{0,40}\)\s*$|/\s*사진\s*=|사진\s*=\s*\S+|"
    r"(?:ⓒ|©)\s*\S{1,20}(?:\s+\S{2,4}\s*기자)?\s*$|"
    r"(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\.?\s*(?:/|\S*@|\[|ⓒ|©|$|\S{1,12}\s*(?:기자|제공))|"
    r"(?:자료\s*사진|사진\s*제공|제공\s*\.?|캡처)\s*\]?\s*$|"
    r"\b\S+@\S+\.\S+\s*$|"
    r"(?:하고|고|어|아|해|돼|되어|어져)\s*있다\.\s*(?:\(|\[|/|$)|"
    r"(?:전경|모습|장면|조감도|화면|포즈)\s*\.\s*(?:\(|\[|/|$)|"
    r"\.\s*[A-Za-z가-힣]{1,10}\s*=\s*[A-Za-z가-힣0-9]{1,15}\s*$|"  # a photo agency's credit: ... 전경. 로이터=한빛뉴스
    r"(?:있다|전경|모습|장면)\.\s*[A-Za-z가-힣0-9]{2,20}\s+DB\s*$"  # an outlet's photo archive: 있다. 한빛일보 DB
)


def looks_like_caption(line: str) -> bool:
    """Cues a photo caption carries: a ▲ marker, a photo credit (``[... 제공]``, ``ⓒ``, ``사진=``), a date stamp
    with the agency, or the ``...하고 있다.`` ending of a picture description."""
    return len(line) <= 400 and bool(_CAPTION_CUES.search(line))
