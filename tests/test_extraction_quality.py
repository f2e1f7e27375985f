"""Article extraction quality gate on small realistic pages (in the style of trafilatura's realworld tests).

Each page in ``fixtures/extraction/`` was written for this repository in the shape of a real layout: news CMSs
(English, Korean, Japanese, Chinese), a blog with comments and widgets, a legacy table page with ``<br>``-separated
text, an article split across several ``<div>``s, ``<article>`` with ``<aside>`` boxes, cookie and newsletter boxes,
a long related-stories list and a short article next to a long "about us" block.

For each page, ``KEEP`` snippets must appear in the extracted body (``"\\n".join(article.paragraphs)``) and
``DROP`` snippets (menus, footers, related headlines, comments, share buttons, promotions) must not.  Cases that
fail today are marked ``xfail(strict=True)`` with the reason: the gate is green now and turns red (XPASS) the
day the extraction is fixed, so that the marker is removed and the case guards the fix from then on.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import cleantext

PAGES = Path(__file__).parent / "fixtures" / "extraction"

# page -> (snippets that must be in the body, snippets that must not)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "en_news.html": (
        [
            "The city council voted 7 to 2 on Wednesday night to build a movable flood barrier",
            "We have been lucky for too long,",
            "Opponents argued that the money would be better spent on raising the sea wall",
            "the rest will come from a bond that voters approved in 2022.",
        ],
        [
            "Weather Center",
            "Subscribe for $1 a week",
            "Share on Facebook",
            "Fish market vendors brace for another season of high tides",
            "All rights reserved",
        ],
    ),
    "en_blog_post.html": (
        [
            "For three years I fed my starter nothing but white bread flour",
            "Keep it somewhere around 24 degrees, the top of the fridge works well.",
            "Rye is forgiving, and I suspect most of you will never go back.",
        ],
        [
            "I did the same last year and my starter has never been happier",
            "Leave a Reply",
            "Baguettes at home, attempt number twelve",
            "Proudly powered by WordPress",
        ],
    ),
    "ko_news_cms.html": (
        [
            "광주·전남 지역 농협이 운영하는 로컬푸드 직매장의 매출이 1년 새 두 배 가까이 늘어난 것으로 나타났다.",
            "청년 농가 수는 지난해 610곳으로, 2년 전의 세 배에 이른다.",
            "올해는 직매장을 50곳으로 늘릴 계획",
        ],
        [
            "전남 청년 농부 창업 지원금 최대 3천만원으로 확대",
            "무등산 정상부 개방 행사",
            "개인정보처리방침",
            "무단전재 및 재배포 금지",
            "카카오톡",
        ],
    ),
    "ko_news_generic.html": (
        [
            "서울시가 지하철 9호선 급행열차를 모두 8량으로 늘려 출근 시간대 혼잡도를 낮추기로 했다.",
            "9호선 급행열차는 출근 시간대 최고 혼잡도가 190%를 넘어",
            "출근 시간대 안전요원을 늘려 승강장 사고를 막겠다",
        ],
        [
            "배차 간격부터 줄여 주세요",
            "가을 전어 축제 이번 주말 개막",
            "청소년보호책임자",
            "무단 전재 및 재배포 금지",
        ],
    ),
    "ko_td_br.html": (
        [
            "산골초등학교 은행분교 6학년 학생 3명이 전국 학생 과학경진대회에서 대상을 받았다.",
            "전교생이 11명인 분교가 이 대회에서 대상을 받은 것은 처음이다.",
            "학생들은 상금 100만원을 분교 도서실에 과학책을 사는 데 쓰기로 했다.",
        ],
        [
            "인사·부고",
            "읍내 5일장 주차장 확장 공사 이달 착공",
            "이 신문의 모든 저작권은 산골신문에 있습니다.",
        ],
    ),
    "ja_news.html": (
        [
            "北陸新幹線の金沢―敦賀間が開業して16日で1年を迎えた。",
            "在来線の特急が廃止されたことにより",
            "敦賀駅での乗り換え時間を短縮するなど、利便性の向上を図る方針だ。",
        ],
        [
            "トップ",
            "LINEで送る",
            "敦賀駅周辺の再開発、商業施設が来春オープンへ",
            "金沢市で記録的な大雪",
            "無断転載を禁じます",
        ],
    ),
    "zh_news.html": (
        [
            "今年首批越冬候鸟近日陆续抵达长江中下游湖泊湿地",
            "其中国家一级保护野生动物白鹤已有两批次共37只抵达。",
            "严厉打击非法猎捕、贩卖野生鸟类等违法行为。",
        ],
        [
            "当前位置",
            "QQ空间",
            "湿地公园观鸟季开幕",
            "全市中小学将统一推行课后延时服务",
            "未经授权禁止转载",
        ],
    ),
    "en_comments.html": (
        [
            "The central library will stay open until midnight on weekdays from next month",
            "mostly for extra security staff",
            "people leaving at ten in the evening with work unfinished",
        ],
        [
            "I have been walking across town to the 24-hour cafe",
            "In my day the library closed at six",
            "The university says the science library will be reviewed in the summer",
            "the independent student newspaper since 1952",
        ],
    ),
    "en_related_list.html": (
        [
            "A Norwegian regional airline has placed a firm order for 12 battery-electric aircraft",
            "Short island hops are seen as the most realistic first market for electric flight",
            "when cold weather cuts the range of batteries.",
        ],
        [
            "Airport in the north reopens its runway after a six-month rebuild",
            "The agreement gives pilots a 4.5 percent raise this year",
            "Seaplane service between two fjord towns returns after ten years",
            "Advertise",
        ],
    ),
    "en_cookie_newsletter.html": (
        [
            "Researchers have assembled the largest collection of humpback whale songs ever recorded",
            "It is cultural transmission on an enormous scale,",
            "which ended in most of the world in the 1980s.",
        ],
        [
            "We use cookies and similar technologies",
            "Sign up for our free weekly newsletter",
            "Share this article",
            "Become a member from just 3 euros a month",
        ],
    ),
    "en_split_divs.html": (
        [
            "When the last freight train left Millbrook in 1998",
            "The county bought the corridor for one dollar from the railway in 2006",
            "Volunteers raised the money one bridge at a time",
            "We did not expect that part.",
        ],
        [
            "Save 30% on touring bikes this weekend only",
            "The ten best gravel routes in the Midwest",
            "we may earn an affiliate commission",
            "Gear Reviews",
        ],
    ),
    "en_article_aside.html": (
        [
            "Ten years ago the Regent in Hollowmere was a carpet warehouse.",
            "most of them run by charities or cooperatives rather than chains.",
            "They come to sit in the dark with their neighbours.",
        ],
        [
            "Streaming fatigue is real, and the numbers prove it",
            "Tom Reyes writes about film and the places we watch it.",
            "The best of culture, every Sunday.",
            "Debut novel wins the fiction prize",
        ],
    ),
    "en_short_long_footer.html": (
        [
            "The harbour bridge will be closed to all traffic from 10 p.m. on Thursday",
            "the ferry will run an extra late service at 11.30 p.m.",
        ],
        [
            "The Bayside Bulletin has served the towns around the bay since 1911",
            "we publish every story free of charge, without a paywall",
            "Classifieds",
        ],
    ),
}

# cases that fail with the extraction as it is: page -> reason (strict: an XPASS fails the run)
XFAIL_KEEP: dict[str, str] = {}
XFAIL_DROP: dict[str, str] = {}


def _cases(xfails: dict[str, str]) -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=xfails[name]), id=name.removesuffix(".html"))
        if name in xfails
        else pytest.param(name, id=name.removesuffix(".html"))
        for name in CASES
    ]


@cache
def _body(name: str) -> str:
    """The extracted body of a fixture page, whitespace folded; each page is cleaned once, by the module's shared
    cleaner (``cleantext.clean``), so that the lexicon is compiled once."""
    article = cleantext.clean((PAGES / name).read_bytes())
    return " ".join("\n".join(article.paragraphs).split())


def test_every_fixture_has_a_case():
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(CASES)


@pytest.mark.parametrize("name", _cases(XFAIL_KEEP))
def test_keeps_the_article(name: str):
    body = _body(name)
    missing = [s for s in CASES[name][0] if " ".join(s.split()) not in body]
    assert not missing, f"article text missing from the body: {missing}"


@pytest.mark.parametrize("name", _cases(XFAIL_DROP))
def test_drops_the_boilerplate(name: str):
    body = _body(name)
    assert body, "empty body"
    kept = [s for s in CASES[name][1] if " ".join(s.split()) in body]
    assert not kept, f"boilerplate left in the body: {kept}"
