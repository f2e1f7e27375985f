"""Article extraction quality gate on small realistic pages (in the style of trafilatura's realworld tests).

Each page in ``fixtures/extraction/`` was written for this repository in the shape of a real layout: news CMSs
(English, Korean, Japanese, Chinese), a blog with comments and widgets, a legacy table page with ``<br>``-separated
text, an article split across several ``<div>``s, ``<article>`` with ``<aside>`` boxes, cookie and newsletter boxes,
a long related-stories list and a short article next to a long "about us" block.

Later pages carry the shapes of real failures found on the article-extraction benchmark: a page wrapped in an
ASP.NET ``<form>``, a layout table holding the article and a photo, ``<br>`` text next to longer comment threads,
an article cut into one-paragraph cards, and the widgets' lines inside a body (dates, share buttons, ``Read
more:`` links, labels, a "More stories" list, a follow-us tail), a tag list and a comment policy after the article,
a name's pop-up card of headlines inside a sentence, a comment thread's heading and pager before a "most popular"
list of headlines with teasers, and other stories' headlines in capitals between the paragraphs.

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
    "en_plain_body.html": (  # paragraphs right under <body>, beside a header, a menu, a sidebar and a footer
        [
            "The clock came to me in a shoebox, its brass hand bent",
            "one turn of the hand takes twelve hours and twenty-five minutes",
            "It now keeps the tide to within ten minutes a month",
        ],
        [
            "Radios",
            "Other projects: a valve radio from 1954",
            "please ask before copying them anywhere else",
            "Marten's workshop",
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
    "en_form_wrapper.html": (
        [
            "More than two hundred volunteers spent Saturday on the slopes above Pine Creek",
            "But it starts with a shovel and a bucket of water.",
            "when the soil becomes too dry for young trees to take root.",
        ],
        [
            "Choose your edition",
            "Search the archive",
            "Sign me up today",
            "All rights reserved",
        ],
    ),
    "en_layout_table.html": (
        [
            "For as long as rockets have had boosters that land, engineers have asked",
            "has to fly many more times to pay for itself.",
            "the number of serious attempts has never been higher.",
        ],
        [
            "Submit an essay",
            "About the review",
            "by Martin Ellery",
            "Monday, March 4, 2024",
            "Copyright 2024",
        ],
    ),
    "en_br_comments.html": (
        [
            "A supplier report published on Monday says the company will release an 8-inch tablet",
            "will start at a lower price than any tablet the company sells today.",
            "right about as often as they have been wrong.",
        ],
        [
            "I have been waiting for a small tablet with a proper chip for years",
            "Wake me up when it ships.",
            "Top Rated Comments",
            "Contact us to advertise",
        ],
    ),
    "en_cards.html": (
        [
            "Scientists using a telescope on the summit have confirmed water vapor",
            "The find almost certainly means that the moon holds liquid water",
            "enough to fill an Olympic pool within minutes.",
            "A mission to study the moon up close is planned for launch later this decade.",
        ],
        [
            "Surfers return to the north shore",
            "Rangers say the road will reopen",
            "More from Island News Now",
        ],
    ),
    "en_widget_lines.html": (
        [
            "The city council voted on Tuesday to let its 1,200 office workers move to a four-day week",
            "offices that serve the public will stay open five days a week on a rota.",
            "Unions welcomed the decision",
            "in the spring of 2021.",
        ],
        [
            "Updated 10:02 AM EST",
            "Share on WhatsApp",
            "Three other cities that tried a shorter week",
            "Advertisement",
            "More Great Metro Stories",
            "never closes",
            "Follow us on Twitter",
        ],
    ),
    "en_headline_h1.html": (
        [
            "will raise its fares by an average of 9 percent from April",
            "said it would review the operator's figures before the new fares take effect.",
        ],
        [
            "Commuters face steeper ferry tickets",
            "Northshore Gazette",
            "Harbour wall repairs to start in May",
        ],
    ),
    # a "Tags" heading and its line of tag links after the article, then the site's comment policy
    "pt_tags_comment_policy.html": (
        [
            "A federação divulgou nesta semana o calendário completo do torneio estadual de xadrez",
            "8a etapa: 23 de novembro – Porto Alegre",
            "As datas podem mudar caso algum clube desista de sediar a sua etapa.",
        ],
        [
            "Tags",
            "torneio estadual, federação gaúcha",
            "não serão aprovados pela moderação",
        ],
    ),
    # a name in the text with its pop-up card (photo, the person's latest headlines, MORE) inside the sentence;
    # a tooltip around a word keeps the word; an update stamp with no date
    "en_hover_card.html": (
        [
            "State Sen. Marta Quinlan (D-Harbor County) introduced a bill on Monday",
            "Opponents said the limit would force some districts to hire drivers they cannot find",
            "The word headway",
        ],
        [
            "Budget talks stall over road repair fund",
            "Senators split on rural broadband grants",
            "MORE",
            "Updated at 4:05 p.m.",
        ],
    ),
    # a comment thread's heading, its button and pager, then a "most popular" list of headlines with teasers
    "ru_comments_popular.html": (
        [
            "Овсяное печенье можно испечь без сахара",
            "Готовое печенье остаётся мягким внутри и слегка хрустит по краям.",
            "в тесто можно добавить ложку мёда или несколько фиников, мелко нарезанных ножом.",
        ],
        [
            "Комментарии",
            "Добавить комментарий",
            "1 2 3 4",
            "Самые популярные рецепты",
            "Шарлотка с яблоками",
            "Пышный пирог за сорок минут",
            "Классический рецепт с дырочками",
        ],
    ),
    # other stories' headlines in capitals, each a link, between the paragraphs, and an app pitch; a sentence in
    # capitals that is no link stays
    "en_caps_headlines.html": (
        [
            "Former Olympic skater Dana Whitfield has been voted off the celebrity ice dance show",
            "SHE WAS THE FIRST SKATER IN THE SHOW'S HISTORY TO SCORE A PERFECT TEN IN WEEK ONE.",
            "Tickets for the final sold out within an hour, the broadcaster said.",
        ],
        [
            "ICE DANCE JUDGE OPENS UP ABOUT KNEE SURGERY",
            "RADIO PRESENTER ELIMINATED FROM",
            "CLICK HERE TO GET THE SHOWBIZ WIRE APP",
        ],
    ),
    "ko_lead_photo.html": (
        [
            "구립 도서관 다섯 곳이 평일 밤 10시까지 문을 열기 시작한 지 석 달 만에",
            "하반기에는 주말 야간 개방도 시범 운영할 계획이다.",
        ],
        [
            "도서관 열람실에서 시민들이 책을 읽고 있다",
            "어린이 자료실",
            "여름 특가 가전 할인전",
            "공공 체육관 주말 예약 경쟁 치열",
            "작은 도서관 지원 예산 두 배로",
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


def test_tag_list_after_the_article_element():
    """A keyword box that follows the article element (not inside the body's parent) is the tag list."""
    html = (
        "<html><head><title>기사 제목 | 신문</title></head><body><section class='news-area'><article>"
        "<div class='story-news' id='articleBody'><p>첫 문단은 충분히 긴 문장으로 이루어져 있어 본문으로 읽힌다.</p>"
        "<p>둘째 문단도 마찬가지로 충분히 길어서 본문의 일부로 읽힌다.</p></div></article>"
        "<div class='keyword-list'><a href='/search?q=a'>#복합리조트</a> <a href='/search?q=b'>#제주관광</a></div>"
        "<div class='recommend'><a href='/1'>다른 기사 제목</a></div></section></body></html>"
    )
    assert cleantext.clean(html).tags == ["복합리조트", "제주관광"]


def test_the_tree_stays_whole_for_the_surroundings():
    """Pruning the body does not touch the page's tree: the photo's alt text and a related box's link title inside
    the body are still there for the spam stages."""
    from cleantext.document import Document
    from cleantext.parse.html import surroundings
    from cleantext.pipeline import Decode, Parse

    html = (
        "<html><body><div id='article_body'><figure><img src='a.jpg' alt='사진 설명 대체 텍스트'>"
        "<figcaption>사진 설명이다.</figcaption></figure><p>본문 첫 문단은 충분히 긴 문장으로 되어 있다.</p>"
        "<div class='related'><a href='/x' title='관련 기사 링크 제목'>관련 기사</a></div>"
        "<p>본문 둘째 문단도 충분히 길게 쓰여 있다.</p></div></body></html>"
    )
    doc = Parse()(Decode()(Document(raw=html)))
    assert [b.text for b in doc.blocks if b.role == "caption"] == ["사진 설명이다."]
    attrs = {b.text for b in surroundings(doc).blocks if b.role == "attr"}
    assert {"사진 설명 대체 텍스트", "관련 기사 링크 제목"} <= attrs


def test_block_tag_pattern_is_the_block_tag_list():
    """The body's paragraph breaks: the trie-shaped pattern matches exactly the tags of ``BLOCK_TAGS``."""
    import re

    from cleantext.parse.body import _BLOCK, BLOCK_TAGS

    flat = re.compile(r"</?(?:" + "|".join(BLOCK_TAGS) + r")(?=[\s/>])[^>]*>")
    others = ["a", "b", "i", "u", "span", "abbr", "font", "small", "picture", "param", "link", "option", "hgroup",
              "menu", "tt", "bdi", "data", "label", "legend", "sub", "sup"]
    for tag in [*BLOCK_TAGS, *others]:
        for form in (f"<{tag}>", f"</{tag}>", f'<{tag} class="x">', f"<{tag}/>"):
            assert bool(_BLOCK.fullmatch(form)) == bool(flat.fullmatch(form)), form


# -- the title: the headline a reader sees --------------------------------------------------------------------


def _title_page(h1_place: str, title: str = "Council approves the new harbour budget | Coast Post") -> str:
    """A small page whose og:title and ``<title>`` differ from its h1; ``h1_place`` is ``header`` (the h1 heads the
    article), ``other`` (it heads another story's box), or ``logo`` (it is the site's name)."""
    story = (
        "<div class='story-body'><p>The harbour board approved a budget of 40 million for the coming year, with most "
        "of it going to dredging and the repair of the north pier.</p><p>Board members said the plan would keep the "
        "harbour open to larger ships, which have had to wait for high tide since the autumn storms.</p>"
        "<p>The budget now goes to the city council, which is expected to vote on it before the end of March.</p>"
        "</div>"
    )
    h1 = "<h1>Harbour gets 40 million for dredging and pier repairs</h1>"
    head = {"header": f"<article><div class='story-head'>{h1}</div>{story}</article>",
            "other": f"<article>{story}</article><section class='featured'><div><div><div><div>{h1}"
                     "<p>A different story's teaser.</p></div></div></div></div></section>",
            "logo": f"<div class='site-logo'><a href='/'><h1>Coast Post daily edition</h1></a></div>"
                    f"<article>{story}</article>"}[h1_place]
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Coast Post'>"
        "<meta property='og:title' content='Harbour budget passes'></head>"
        f"<body>{head}</body></html>"
    )


def test_title_is_the_visible_h1_not_og_title():
    """An English page whose h1 differs from og:title: the fixture's visible headline is the title, the masthead's
    h1 (the site's name) is not, and the headline is not repeated as a paragraph."""
    article = cleantext.clean((PAGES / "en_headline_h1.html").read_bytes())
    assert article.title == "Commuters face steeper ferry tickets as operator blames fuel and crew costs"
    assert not any("Commuters face" in p for p in article.paragraphs)


def test_title_h1_that_matches_the_page_title():
    """An h1 that is the ``<title>`` (without the site suffix) but not og:title is the title."""
    page = _title_page("header", "Harbour gets 40 million for dredging and pier repairs | Coast Post")
    assert cleantext.clean(page).title == "Harbour gets 40 million for dredging and pier repairs"


def test_title_h1_next_to_the_body():
    """An h1 matching neither og:title nor ``<title>`` is the title when it heads the article."""
    assert cleantext.clean(_title_page("header")).title == "Harbour gets 40 million for dredging and pier repairs"


@pytest.mark.parametrize("place", ["other", "logo"])
def test_title_not_an_h1_away_from_the_article(place: str):
    """An h1 of another story's box, or the site's name in the masthead, is no title: og:title stands."""
    assert cleantext.clean(_title_page(place)).title == "Harbour budget passes"


# -- the lead photo's caption between the header and the body -------------------------------------------------


def test_lead_photo_caption_before_the_body_is_kept_once():
    """A figure between the article's header and its body container: its caption is the first caption (not a
    paragraph, not twice); the ad's, the linked thumbnail's and the related box's captions are not captions."""
    article = cleantext.clean((PAGES / "ko_lead_photo.html").read_bytes())
    lead = "2일 밤 서울의 한 구립 도서관 열람실에서 시민들이 책을 읽고 있다. 한강생활신문 자료사진"
    assert article.captions == [lead, "야간 개방 시간에 운영되는 어린이 자료실. 구청 제공"]
    assert not any("열람실에서 시민들이" in p for p in article.paragraphs)
    assert not article.report.edits


def test_lead_caption_printed_as_the_lede_stays_a_paragraph():
    """A lead photo whose caption repeats the body's first paragraph: the text stays once, as the paragraph, with
    no edit (no caption printed twice to fold)."""
    lede = "The harbour board approved a budget of 40 million for the coming year, mostly for dredging."
    page = (
        "<html><head><title>Harbour budget | Coast Post</title></head><body><article><header>"
        "<h1>Harbour budget</h1></header><figure><img src='a.jpg'><figcaption>" + lede + "</figcaption></figure>"
        "<div class='story-body'><p>" + lede + "</p><p>Board members said the plan would keep the harbour open to "
        "larger ships, which have had to wait for high tide since the autumn storms.</p></div></article></body></html>"
    )
    article = cleantext.clean(page)
    assert article.captions == []
    assert article.paragraphs[0] == lede
    assert not article.report.edits


def test_related_article_lines_inside_the_body_are_boilerplate():
    """``[관련기사] ...`` paragraphs inside the article's container link other stories: dropped, the story kept."""
    story = ["정선군이 카지노 주변 전당포 거리를 게스트하우스 거리로 바꾼다.",
             "군은 빈 점포 40곳을 사들여 숙소로 고친다."]
    html = ("<html><head><title>정선 전당포 거리 바뀐다</title></head><body><article><h1>정선 전당포 거리 바뀐다</h1>"
            + "".join(f"<p>{p}</p>" for p in story)
            + "<p>[관련기사] 강원랜드 매출 사상 최대</p><p>【관련 뉴스】 정선 5일장 다시 열린다</p>"
            + "</article></body></html>")
    assert cleantext.clean(html).paragraphs == story


def test_a_plain_pages_chrome_is_pruned_with_a_class_written_over_lines():
    page = ("<html><body><h1>Ferry timetable changes</h1><p>The ferry board approved the new timetable on Monday"
            ' after a long debate.</p><div class="cookie-consent\n   fixed"><p>We use cookies to make this site'
            " work and to count our readers.</p></div><p>The first ferry now leaves at half past five.</p>"
            "</body></html>")
    assert not any("cookies" in p for p in cleantext.clean(page).paragraphs)


def test_a_page_of_one_short_paragraph_gives_it():
    """No container is long enough to vote for a body: the page's <body> is read, its menu pruned."""
    page = ("<html><head><title>휴간 안내</title></head><body><div class=nav><a href=/>홈</a> <a href=/n>뉴스</a></div>"
            "<div>오늘은 신문을 쉽니다. 내일 뵙겠습니다.</div></body></html>")
    assert cleantext.clean(page).paragraphs == ["오늘은 신문을 쉽니다. 내일 뵙겠습니다."]


def test_a_subtitle_printed_as_the_bodys_first_heading_is_the_subtitle():
    body = ("<p>시청은 내년 예산안을 발표했다. 도로 정비 예산이 크게 늘었다.</p>"
            "<h3>남은 과제</h3><p>시의회는 다음 달 예산안을 심의한다. 야당은 삭감을 예고했다.</p>")
    page = ("<html><head><title>예산안 발표 - 한빛일보</title></head><body><h1>예산안 발표</h1>"
            '<div class="article-body"><h2 class="subheading">도로 예산 늘고 복지 예산 그대로</h2>{}</div>'
            "</body></html>")
    a = cleantext.clean(page.format(body))
    assert a.subtitle == "도로 예산 늘고 복지 예산 그대로"
    assert a.paragraphs[0].startswith("시청은") and "남은 과제" in a.paragraphs
    plain = cleantext.clean(page.replace(' class="subheading"', "").format(body))  # a heading not named a subtitle
    assert plain.subtitle is None and plain.paragraphs[0] == "도로 예산 늘고 복지 예산 그대로"
    # the headline itself in a heading named ``subject`` (the page's title says so) is no subtitle under it
    headline = "시청 예산안 발표…도로 예산 늘어"
    same = page.replace("<h1>예산안 발표</h1>", "").replace("예산안 발표 - 한빛일보", headline)
    same = same.replace('class="subheading">도로 예산 늘고 복지 예산 그대로', f'class="subject">{headline}')
    got = cleantext.clean(same.format(body))
    assert got.title == headline and got.subtitle is None


def test_paragraphs_named_for_a_share_tool_are_kept():
    """A share tool marks every paragraph of the article (``selectionShareable``): a running paragraph stays, what
    the name usually means (a short share bar) still goes."""
    paragraphs = ["The ferry board approved the new timetable on Monday after a long debate about the early boats.",
                  "The first ferry will now leave at half past five.", "Two late boats are added on Fridays.",
                  "The board will look at the winter timetable in October, after a survey of passengers."]
    body = "".join(f'<p class="selectionShareable">{p}</p>' for p in paragraphs)
    page = (f'<html><body><h1>Ferry timetable changes</h1><div class="article-content">{body}'
            '<p class="share-tools">Share this story</p></div></body></html>')
    assert cleantext.clean(page).paragraphs == paragraphs
    # a lone paragraph so named is a share box's quote, however long
    quote = ('<p class="share_txt">Watch every match live and free on our partner site, where new members get a'
             " bonus on their first deposit every day.</p>")
    assert cleantext.clean(page.replace("</div>", quote + "</div>")).paragraphs == paragraphs
    for name in ("comment", "advert-text", "sponsor"):  # what those names mean goes, however long it is
        other = (f'<p class="{name}">A reader wrote in to say that the early boats were always late on Mondays'
                 " and Tuesdays all spring.</p>")
        assert cleantext.clean(page.replace("</div>", other + "</div>")).paragraphs == paragraphs


@pytest.mark.parametrize("last", ["The first stories will be published on June 3, along with a free weekly newsletter.",
                                  "The plan was first set out in the council's budget newsletter, officials said.",
                                  "재방문 의사 100%예요. 가격도 합리적이고 분위기도 좋아요"])
def test_a_last_sentence_that_names_a_newsletter_or_likes_something_is_kept(last):
    first = "The ferry board approved the new timetable on Monday after a long debate about the early boats."
    page = (f"<html><body><h1>Ferry timetable changes</h1><div><p>{first}</p><p>{last}</p>"
            "<p>Sign up for our newsletter</p><p>좋아요 12</p><p>♥ 좋아요</p></div></body></html>")
    assert cleantext.clean(page).paragraphs == [first, last]


def test_a_korean_related_stories_list_inside_the_body_goes():
    lines = ["올해 도서관 두 곳이 새로 문을 연다. 시는 어린이 열람실을 크게 늘린다고 밝혔다.",
             "개관식은 다음 달 3일 열린다. 시민 누구나 참석할 수 있다."]
    related = ('▶ 함께 볼 만한 뉴스<br><a href="/r/1">▶ 시립미술관 야간 개장</a><br>'
               '<a href="/r/2">▶ 공원 산책로 새 단장</a>')
    page = (f'<html><body><h1>도서관 두 곳 개관</h1><div class="article_txt">{lines[0]}<br><br>{lines[1]}<br><br>'
            f"{related}</div></body></html>")
    assert cleantext.clean(page).paragraphs == lines


def test_paragraphs_each_in_a_classless_div_stay_together():
    """One paragraph per plain ``<div>``: the long lede's div outscored their parent, and the rest was lost."""
    lede = ("The ferry board approved the new timetable on Monday after a debate that lasted more than four hours,"
            " with a vote of six to one. The first ferry will now leave at half past five, and two late boats are"
            " added on Fridays and Saturdays through the summer.")
    rest = ["The plan costs $4 million.", "Two members voted against it, citing noise."]
    body = "".join(f"<div><p>{p}</p></div>" for p in [lede, *rest])
    page = f'<html><body><h1>Ferry timetable changes</h1><div class="rich-text">{body}</div></body></html>'
    assert cleantext.clean(page).paragraphs == [lede, *rest]
    # a classless block of several paragraphs beside the article's is another story, not its next paragraph
    story = "".join(f"<p>{p}</p>" for p in [lede, *rest])
    other = "".join(f"<p>Elsewhere: the harbour museum opens a new wing on the first of May, part {i}.</p>"
                    for i in range(3))
    page = f"<html><body><h1>Ferry timetable changes</h1><div><div>{story}</div><div>{other}</div></div></body></html>"
    assert cleantext.clean(page).paragraphs == [lede, *rest]


def test_japanese_and_latin_across_a_link_take_a_space_and_korean_stays_glued():
    """``アプリ<a>Kindle for PC</a>に``: Japanese or Chinese text against Latin letters across an inline tag gets
    the space that Japanese typesetting and CSS ``text-autospace`` put there (the words ran together); Korean text
    glues Hangul (``한빛<a>KBS</a>는``, a word and its particle) and Hanja (``韓美<a>FTA</a>``) to Latin as written,
    and Latin against Han with no tag between (``PC版``) stays too."""
    ja = ("パソコンでは<a href=\"/k\">Kindle for PC</a>というアプリで電子書籍を読んでいます。パスワードの管理には"
          "<b>KeePass</b>を使い、設定ファイルはPC版とスマホ版で共有しています。")
    a = cleantext.clean(f"<html><body><h1>電子書籍の話</h1><article><p>{ja}</p></article></body></html>")
    assert a.paragraphs[0].startswith("パソコンでは Kindle for PC というアプリで")
    assert "には KeePass を使い" in a.paragraphs[0] and "PC版とスマホ版" in a.paragraphs[0]
    ko = ("이 소식은 <a href=\"/k\">KBS</a>가 처음 보도했다. 정부는 韓美<a href=\"/t\">FTA</a> 개정 협상을 다음 달"
          " 시작하고, 업계는 <b>美</b>IRA 지침을 기다린다고 밝혔다.")
    b = cleantext.clean(f"<html><body><h1>협상 시작</h1><article><p>{ko}</p></article></body></html>")
    assert b.paragraphs == ["이 소식은 KBS가 처음 보도했다. 정부는 韓美FTA 개정 협상을 다음 달 시작하고, "
                            "업계는 美IRA 지침을 기다린다고 밝혔다."]


def test_a_photo_storys_body_that_repeats_its_caption_stays():
    """A clean photo story whose only paragraph says what its figcaption says word for word (a code review): the
    paragraph is the story's body, not a caption printed twice, so both stay and nothing is folded."""
    cap = "2일 세종시 한빛공원에서 열린 가을 음악회에서 시민들이 공연을 보고 있다. [한빛일보 자료사진]"
    page = ('<html><head><title>가을 음악회 | 한빛일보</title></head><body><article>'
            f'<h1>[포토] 한빛공원 가을 음악회</h1><figure><img src="a.jpg"><figcaption>{cap}</figcaption></figure>'
            f'<p>{cap}</p><p>김하늘 기자 sky@hanbit.example</p></article></body></html>')
    a = cleantext.clean(page)
    assert a.captions == [cap] and a.paragraphs == [cap] and a.report.edits == [] and not a.report.notes


@pytest.mark.parametrize("tag", ['<a href="https://www.kdca.go.kr/">질병관리청</a>', "<b>질병관리청</b>",
                                 '<span class="n">질병관리청</span>'])
def test_a_captions_inline_tag_keeps_a_word_and_its_particle_together(tag):
    """``<figcaption><a>질병관리청</a>이 발표한 ...``: a caption's inline tag before the particle of its word is no
    space (a helper's hunt: ``질병관리청 이`` on a clean page); between words a stylesheet sets apart
    (``treatment<span>Credit: EPA</span>``) it still is, and inside brackets none (``(<span>NASA</span>)``)."""
    story = "<p>인플루엔자 환자가 늘었다.</p><p>질병관리청은 예방접종을 당부했다.</p>"
    a = cleantext.clean(f"<html><body><h1>독감 환자 급증</h1><article><figure><img src='/a.jpg'><figcaption>{tag}이"
                        f" 발표한 독감 의심 환자 수 추이.</figcaption></figure>{story}</article></body></html>")
    assert a.captions == ["질병관리청이 발표한 독감 의심 환자 수 추이."]
    for html, text in (("시민들이 접종을 받고 있다.<span class='credit'>사진=연합뉴스</span>",
                        "시민들이 접종을 받고 있다. 사진=연합뉴스"),
                       ("<span>홍길동</span><span>기자</span>", "홍길동 기자"),
                       ("김철수(오른쪽)<span>의원이 악수하고 있다</span>", "김철수(오른쪽) 의원이 악수하고 있다")):
        c = cleantext.clean(f"<html><body><h1>독감 환자 급증</h1><article><figure><img src='/a.jpg'><figcaption>"
                            f"{html}</figcaption></figure>{story}</article></body></html>")
        assert c.captions == [text]  # (a code review: pieces of a caption a stylesheet sets apart stay apart)
    cap = "A hospital in Beijing<span>Credit: EPA</span> (<span>file photo</span>)"
    en = ("<p>The hospital said on Monday that two more patients had been admitted overnight with fever.</p>"
          "<p>Officials said the risk to the public remained low and asked people to stay calm.</p>")
    b = cleantext.clean(f"<html><body><h1>Plague case</h1><article><figure><img src='/b.jpg'><figcaption>{cap}"
                        f"</figcaption></figure>{en}</article></body></html>")
    assert b.captions == ["A hospital in Beijing Credit: EPA (file photo)"]


def test_a_plain_pages_h1_is_its_title():
    """Paragraphs under <body>: the h1 above them was read as their first paragraph, the <title> as the title."""
    page = (PAGES / "en_plain_body.html").read_text(encoding="utf-8")
    page = page.replace("<title>Notes on restoring a 1962 tide clock - Marten's workshop", "<title>Marten's workshop")
    a = cleantext.clean(page)  # (the <title> names only the site: nothing to match the h1 with)
    assert a.title == "Notes on restoring a 1962 tide clock"
    assert a.paragraphs[0].startswith("The clock came to me in a shoebox")


def test_an_h2_headline_under_a_title_that_names_the_site():
    """No h1, and a <title> of a few words with no separator (the site's name): the h2 that opens the body heads
    the article.  Under a <title> that is a headline, an opening h2 stays a heading of the text."""
    body = ("<p>The Harbour Singers are looking for new members for the autumn season, tenors and basses most.</p>"
            "<p>No audition is needed. Rehearsals are on Thursday evenings in the church hall on Quay Road.</p>")
    page = ("<html><head><title>{}</title></head><body><div id='nav'><a href='/'>Home</a> <a href='/join'>Join</a>"
            "</div><div id='content'><h2>New singers wanted</h2>" + body + "</div></body></html>")
    a = cleantext.clean(page.format("Harbour Singers"))
    assert a.title == "New singers wanted" and a.paragraphs[0].startswith("The Harbour Singers are looking")
    b = cleantext.clean(page.format("Harbour Singers look for tenors and basses | Quay Post"))
    assert b.title == "Harbour Singers look for tenors and basses" and b.paragraphs[0] == "New singers wanted"


def test_an_article_split_into_known_containers_keeps_every_chunk():
    """``div.article_txt`` three times with ad boxes between: the longest chunk alone was taken for the body."""
    chunks = ["구립 도서관 두 곳이 다음 달 문을 연다.<br><br>새 도서관은 밤 10시까지 열람실을 운영한다.",
              "구는 어린이 열람실에 그림책 3천 권을 들였다고 밝혔다.", "개관식은 다음 달 2일 오전에 열린다."]
    ads = '<div class="ad_box"><span>AD</span></div>'
    body = ads.join(f'<div class="article_txt">{c}</div>' for c in chunks)
    page = (f'<html><body><div class="wrap"><h1>구립 도서관 두 곳 개관</h1>{body}'
            '<div class="art_copy">저작권자 © 한빛일보 무단전재 및 재배포 금지</div></div></body></html>')
    assert cleantext.clean(page).paragraphs == ["구립 도서관 두 곳이 다음 달 문을 연다.",
                                                "새 도서관은 밤 10시까지 열람실을 운영한다.", *chunks[1:]]


def test_a_body_of_bare_divs_outvotes_the_footers_paragraph():
    """One ``<div>`` per paragraph, no ``<p>`` or ``<br>``: only the footer's ``<p>`` voted, and the article was
    the footer's copyright line."""
    lines = ["구는 하천 산책로 3㎞ 구간에 가로등 120개를 새로 설치한다고 밝혔다.",
             "공사는 다음 달 시작해 여름 전에 끝난다.", "구 관계자는 \"밤에도 안심하고 걸을 수 있게 하겠다\"고 말했다."]
    divs = "".join(f"<div>{line}</div>" for line in lines)
    page = (f'<html><body><div class="sub"><h2>하천 산책로에 가로등 설치</h2><div class="cont">{divs}</div></div>'
            '<div id="footer"><p class="copyright">Copyright © 한빛일보. All rights reserved.</p></div>'
            "</body></html>")
    assert cleantext.clean(page).paragraphs == lines


def test_the_articles_header_inside_the_body_leaves_with_the_headline():
    """``<article><header>`` with a section label, the h1 and a subtitle, and the body in two sections: the label
    and the subtitle were printed again as the first paragraphs."""
    lines = ["시립미술관이 다음 달부터 야간 개장을 시작한다고 밝혔다.",
             "금요일과 토요일에는 밤 9시까지 문을 열며, 입장료는 받지 않는다.",
             "미술관은 야간 개장 기간에 맞춰 작가와의 대화 프로그램도 연다.", "프로그램은 누리집에서 신청할 수 있다."]
    sections = "".join(f'<section class="article-section"><p>{a}</p><p>{b}</p></section>'
                       for a, b in (lines[:2], lines[2:]))
    title, subtitle = "시립미술관 여름 야간 개장", "금·토요일 밤 9시까지 무료"
    page = ('<html><body><main><article class="news-article"><header class="article-header">'
            f'<p class="category">문화</p><h1>{title}</h1><p class="sub-title">{subtitle}</p>'
            f"</header>{sections}</article></main></body></html>")
    article = cleantext.clean(page)
    assert (article.title, article.subtitle, article.paragraphs) == (title, subtitle, lines)
    # a header that holds a long text besides the headline is not only a header: its text stays
    long = "미술관은 " + "전시 일정과 관람 방법을 자세히 안내했다. " * 12
    page = page.replace('<p class="sub-title">', f"<p>{long}</p><p class=\"sub-title\">")
    assert long.strip() in cleantext.clean(page).paragraphs


def test_a_box_of_teasers_named_more_news_goes_though_longer_than_the_article():
    lines = ["동네 도서관이 주말 저녁 독서 모임을 연다.", "모임은 매주 토요일 저녁 7시에 열린다."]
    summary = "다른 기사의 요약 문장이 길게 이어진다. " * 4
    teasers = "".join(f'<li><a href="/n/{i}"><strong>다른 기사 제목 {i}</strong><p>{summary}</p></a></li>'
                      for i in range(3))
    page = (f'<html><body><h2>도서관 독서 모임</h2><div class="news_view"><div id="articleText">'
            f'{"".join(f"<p>{x}</p>" for x in lines)}</div><div class="news_more"><h4>함께 많이 본 뉴스</h4>'
            f"<ul>{teasers}</ul></div></div></body></html>")
    assert cleantext.clean(page).paragraphs == lines


def test_the_headline_printed_again_as_the_bodys_first_line_is_no_paragraph():
    """A blog editor prints the post's title as the body's first paragraph (no h1; the title is og:title)."""
    title = "주말 가족 나들이 후기"
    lines = ["지난 주말 가족과 함께 수목원에 다녀왔다. 단풍이 한창이라 걷는 내내 즐거웠다.",
             "점심은 수목원 앞 식당에서 산채비빔밥을 먹었다."]
    paras = "".join(f'<div class="se-component"><p class="se-text-paragraph">{x}</p></div>' for x in [title, *lines])
    page = (f'<html><head><meta property="og:title" content="{title}"></head><body>'
            f'<div class="se-main-container">{paras}</div></body></html>')
    article = cleantext.clean(page)
    assert (article.title, article.paragraphs) == (title, lines)
    # the same line further down the body is the writer's own sentence
    paras = "".join(f'<div class="se-component"><p class="se-text-paragraph">{x}</p></div>' for x in [*lines, title])
    page = (f'<html><head><meta property="og:title" content="{title}"></head><body>'
            f'<div class="se-main-container">{paras}</div></body></html>')
    assert cleantext.clean(page).paragraphs == [*lines, title]


def test_a_tistory_blogs_other_posts_of_the_category_go():
    """Tistory prints ``'<category>' 카테고리의 다른 글`` and a table of links inside the post's content."""
    lines = ["올해 처음으로 베란다에 상추를 심었다. 싹이 나기까지 꼬박 일주일이 걸렸다.",
             "물은 이틀에 한 번 주고 있다."]
    others = "".join(f'<tr><th><a href="/{i}">다른 글 제목 {i}번, 조금 길게 쓴 제목</a></th><td>2024.04.0{i}</td></tr>'
                     for i in range(1, 4))
    page = ('<html><body><div class="entry-content"><div class="tt_article_useless_p_margin">'
            f'{"".join(f"<p>{x}</p>" for x in lines)}</div><div class="another_category another_category_color_gray">'
            f"<h4>'텃밭 일기' 카테고리의 다른 글</h4><table>{others}</table></div></div></body></html>")
    assert cleantext.clean(page).paragraphs == lines


@pytest.mark.parametrize("nav", ['<a href="/">Back to home</a> | <a href="/archive">Archive</a>',
                                 '<a href="/news">&lt;&lt; Back to news</a>', '<a href="../list">목록</a>'])
def test_a_last_line_of_the_sites_own_links_is_navigation(nav: str):
    lines = ["The council approved the new library budget on Tuesday, with a vote of seven to two.",
             "Opening hours will be extended to 9 p.m. on weekdays from next month."]
    body = "".join(f"<p>{x}</p>" for x in lines)
    page = f"<html><body><h1>Library budget approved</h1>{body}<hr><p>{nav}</p></body></html>"
    assert cleantext.clean(page).paragraphs == lines
    # a closing line linking to another site is the article's (a source, a report): kept
    source = '<a href="https://budget.example.org/2024">Full budget report</a>'
    page = page.replace(nav, source)
    assert cleantext.clean(page).paragraphs == [*lines, "Full budget report"]


# what the rules above must not take (a review of them): each page came out right before they were written


def test_a_short_article_beside_a_box_of_headline_divs_keeps_its_body():
    lines = ["구립 도서관 두 곳이 다음 달 문을 연다. 새 도서관은 밤 10시까지 열람실을 운영한다.",
             "개관식은 2일에 열린다."]
    teasers = "".join(f'<div class="tit"><a href="/n/{i}">다른 소식 제목 {i}번, 조금 길게 쓴 제목입니다</a></div>'
                      for i in range(5))
    page = (f'<html><body><div class="left"><h1>도서관 개관</h1><div class="view_area">'
            f'{"".join(f"<p>{x}</p>" for x in lines)}</div></div><div class="right"><h3>주요뉴스</h3>{teasers}</div>'
            "</body></html>")
    assert cleantext.clean(page).paragraphs == lines


def test_the_bodys_last_line_that_is_no_navigation_stays_for_the_byline_or_the_spam_stages():
    lines = ["해변 정화 활동에 주민 200명이 참여했다. 이들은 쓰레기 2톤을 모았다.",
             "활동은 매달 둘째 주 토요일에 열린다."]
    body = "".join(f"<p>{x}</p>" for x in lines)
    page = f'<html><body><h1>해변 정화</h1><div id="article_body">{body}<p>{{last}}</p></div></body></html>'
    linked_byline = cleantext.clean(page.format(last='<a href="/reporter?id=7">박민준 기자</a>'))
    assert (linked_byline.paragraphs, linked_byline.authors) == (lines, ["박민준"])
    spam = cleantext.clean(page.format(last='<a href="?p=77">온라인카지노 바로가기</a>'))
    assert spam.report.contaminated and spam.paragraphs == lines
    schedule = cleantext.clean(page.format(last='<a href="/events/schedule">See the full summer schedule</a>'))
    assert schedule.paragraphs == [*lines, "See the full summer schedule"]


def test_an_articles_header_keeps_its_lede_and_a_notice_of_one_line_keeps_it():
    lede = ("Three new bus routes will link the harbour district to the hospital from September, the council"
            " decided on Tuesday.")
    rest = ["The routes will run every twelve minutes at peak hours.", "Fares stay the same, the council said."]
    page = ('<html><body><main><article class="post"><header class="entry-header"><span class="cat">Transport</span>'
            f'<h1>New bus routes</h1><p>{lede}</p></header>{"".join(f"<p>{x}</p>" for x in rest)}</article></main>'
            "</body></html>")
    assert cleantext.clean(page).paragraphs[-3:] == [lede, *rest]
    notice = "3월 12일 오전 9시부터 12시까지 홈페이지 점검으로 서비스가 중단됩니다."
    page = (f'<html><head><meta property="og:title" content="{notice}"></head><body><div class="board_view">'
            f'<div class="entry-content"><p>{notice}</p></div></div></body></html>')
    assert cleantext.clean(page).paragraphs == [notice]


def test_chunks_of_a_known_body_right_under_the_page_wrapper_take_no_menu_or_footer():
    chunks = ["구립 도서관 두 곳이 다음 달 문을 연다. 새 도서관은 밤 10시까지 열람실을 운영하고, "
              "주말에는 가족 프로그램을 연다.",
              "구는 어린이 열람실에 그림책 3천 권을 들였다고 밝혔다."]
    menu = "".join(f'<a href="/{s}">{s}</a> ' for s in ("정치", "사회", "문화", "스포츠"))
    footer = "서울시 중구 세종대로 123 한빛빌딩 5층 | 대표전화 02-123-4567 | 발행인 김한빛 | 등록번호 서울 아01234"
    page = (f'<html><body><div id="wrap"><div id="header"><div class="logo"><a href="/">한빛일보</a></div>'
            f'<div class="gnb_area">{menu}</div></div><h1>구립 도서관 개관</h1>'
            + '<div class="ad_box">AD</div>'.join(f'<div class="article_txt">{c}</div>' for c in chunks)
            + f'<div id="footer"><div class="f_info">{footer}</div></div></div></body></html>')
    paragraphs = cleantext.clean(page).paragraphs
    assert chunks[0] in paragraphs
    assert not any("대표전화" in p or "스포츠" in p for p in paragraphs)


def test_a_read_more_section_of_linked_lines_inside_the_article_stays():
    links = [f'<p><a href="https://agency{i}.example.kr/apply">지원 제도 {i}번 신청 안내 페이지</a> — 신청</p>'
             for i in range(6)]
    page = ('<html><body><h1>청년 주거 지원 제도</h1><div class="article_body">'
            "<p>올해 바뀐 청년 주거 지원 제도를 정리했다.</p>"
            f'<div class="readmore_area"><p>각 제도의 신청 페이지는 아래 링크에서 갈 수 있다.</p>{"".join(links)}</div>'
            "</div></body></html>")
    assert len(cleantext.clean(page).paragraphs) == 8


def test_a_boards_post_title_under_the_boards_name():
    """A ministry's press-release board: ``<title>`` and an ``<h2>`` name the board (보도자료), the post's headline
    is the ``<h3>`` right above the body, past its date line and attachments."""
    headline = "공공자전거 대여소 150곳 다음 달 신설"
    body = "<p>서울시는 다음 달부터 공공자전거 대여소 150곳을 새로 설치한다고 밝혔다.</p><p>대여 요금은 동결된다.</p>"
    page = ('<html><head><title>보도자료 상세 | 서울시</title></head><body><h1 class="logo"><a href="/">서울시</a></h1>'
            f'<div id="contents"><h2 class="cont_tit">보도자료</h2><div class="bbs_view"><div class="view_title">'
            f'<h3>{headline}</h3><ul class="view_info"><li>등록일 2025-04-28</li></ul></div><div class="file_list">'
            '<strong class="tit">첨부파일</strong><a href="/f/1.pdf">보도자료 원문 내려받기 (PDF)</a></div>'
            f'<div class="view_cont">{body}</div></div></div></body></html>')
    assert cleantext.clean(page).title == headline
    # a notice board: the subject in a table cell, the writer's row between it and the post
    subject = "[안내] 시립도서관 6월 정기 휴관 일정"
    page = ('<html><head><title>공지사항 &lt; 도서관소식 &lt; 시립도서관</title></head><body><h3>공지사항</h3>'
            f'<table class="board_view"><tr><th>제목</th><td class="subject">{subject}</td></tr>'
            '<tr><th>작성자</th><td>자료운영팀</td></tr>'
            f'<tr><td colspan="2" class="board_content">{body}</td></tr></table></body></html>')
    assert cleantext.clean(page).title == subject


def test_permalink_marks_and_ad_placeholders_are_no_text():
    page = ('<html><body><div class="document"><h1>Configuring log rotation<a class="headerlink" href="#c">¶</a></h1>'
            "<p>Logs are rotated daily by default, and the oldest file is removed after a week.</p>"
            '<amp-ad width="300" height="250" type="adsense"><div placeholder>광고 로딩 중</div></amp-ad>'
            '<div class="revenue_unit_wrap"><div class="revenue_unit_info">728x90</div></div>'
            "<p>Set the size limit to rotate a file when it grows past a given size instead.</p></div></body></html>")
    article = cleantext.clean(page)
    assert article.title == "Configuring log rotation"
    assert article.paragraphs == ["Logs are rotated daily by default, and the oldest file is removed after a week.",
                                  "Set the size limit to rotate a file when it grows past a given size instead."]


def test_a_photo_storys_pictures_after_its_text_keep_their_captions():
    caps = ["시민들이 만개한 벚꽃 아래를 걷고 있다.", "한 가족이 벚꽃을 배경으로 기념사진을 찍고 있다.",
            "한강공원 잔디밭에서 나들이객들이 쉬고 있다."]
    boxes = [f'<div class="photo_box"><img src="/{i}.jpg"><p class="photo_cap">{c}</p></div>'
             for i, c in enumerate(caps)]
    text = ("<p>윤중로 벚꽃이 만개한 6일 시민들이 벚꽃길을 걸으며 봄 정취를 즐기고 있다.</p>"
            "<p>영등포구는 오는 10일까지 봄꽃축제를 열고 여의서로 1.7km 구간의 차량 통행을 막는다.</p>")
    page = (f'<html><body><h1>[포토] 벚꽃 만개한 윤중로</h1><div class="pv_body">{boxes[0]}<div class="pv_text">{text}'
            f'</div>{"".join(boxes[1:])}</div></body></html>')
    assert cleantext.clean(page).captions == caps


def test_an_amp_pages_photo_caption_is_a_caption():
    caption = "A cyclist rides along Fourth Street on Monday."
    page = ('<html><body><article><h1>Bike lanes approved</h1><figure><amp-img src="/b.jpg" width="1200" height="800">'
            f'</amp-img><figcaption>{caption}</figcaption></figure><div class="story-body">'
            "<p>The city council voted on Tuesday to build protected bike lanes on three downtown streets.</p>"
            "<p>The project will cost about 3.4 million dollars, most of it from a state grant.</p></div>"
            "</article></body></html>")
    article = cleantext.clean(page)
    assert (article.captions, article.subtitle) == ([caption], None)


@pytest.mark.parametrize("line", ["By Marcus Bell",
                                  'By <span class="author">Marcus Bell</span> | <time>Jan. 15, 2025</time>'])
def test_an_english_byline_above_the_body_is_the_byline(line: str):
    page = (f'<html><body><article><h1>Bike lanes approved</h1><div class="story-byline">{line}</div>'
            '<div class="story-body"><p>The city council voted on Tuesday to build protected bike lanes downtown.</p>'
            "<p>The project will cost about 3.4 million dollars, most of it from a state grant.</p></div>"
            "</article></body></html>")
    article = cleantext.clean(page)
    assert article.authors == ["Marcus Bell"] and article.byline.startswith("By Marcus Bell")
    assert not any("Marcus" in p for p in article.paragraphs)


def test_a_list_of_links_in_a_box_of_its_own_leaves_with_its_heading():
    lines = ["The salmon came back to the river this autumn in numbers not seen for twenty years.",
             "Volunteers counted more than four thousand fish at the weir, the trust said."]
    box = ('<div data-component="links-block"><h2>More on this story</h2><ul><li><a href="/a">Why salmon numbers fell'
           '</a></li><li><a href="/b">Weir removal begins on the northern river</a></li></ul></div>')
    page = (f"<html><body><article><h1>Salmon return</h1><p>{lines[0]}</p>{box}<p>{lines[1]}</p>"
            '<p class="more-link"><a href="/list?topic=rivers">More stories about rivers</a></p>'
            "</article></body></html>")
    assert cleantext.clean(page).paragraphs == lines
    # a list of links the article introduces in its own words stays (its text is more than a label)
    intro = "<p>The trust published its counts for each river, which you can read in full below.</p>"
    kept = box.replace('<div data-component="links-block">', f"<div>{intro}")
    assert len(cleantext.clean(page.replace(box, kept)).paragraphs) > 2


def test_the_note_under_an_outside_writers_column_is_boilerplate():
    lines = ["도시 숲은 여름 한낮의 기온을 3도 가까이 낮춘다.",
             "나무 한 그루가 에어컨 여러 대의 몫을 한다는 연구도 있다."]
    note = "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다."
    page = (f'<html><body><h1>[기고] 도시 숲</h1><div class="view-content">{"".join(f"<p>{x}</p>" for x in lines)}'
            f"<p>{note}</p></div></body></html>")
    assert cleantext.clean(page).paragraphs == lines


def test_a_press_releases_contact_block_and_link_cards_are_no_article_text():
    lines = ["Harborview Medical Center opened a walk-in clinic on Main Street on Monday, open seven days a week.",
             "The clinic will treat minor injuries and illnesses without an appointment, the hospital said."]
    card = ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://x.example/p">'
            '<div class="kg-bookmark-title">How we plan our clinics</div>'
            '<div class="kg-bookmark-description">A look at the numbers behind every new site.</div></a></figure>')
    cta = ('<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Visited the clinic?</span>'
           "<span>Tell us about it on our page.</span></div>")
    contact = ("<p><b>Media Contact:</b><br>Joanna Pike<br>Director of Communications<br>207-555-0148<br>"
               "jpike@harborview.example</p><p>SOURCE Harborview Medical Center</p>")
    page = (f'<html><body><h1>Clinic opens</h1><section class="release-body"><p>{lines[0]}</p>{card}<p>{lines[1]}</p>'
            f"{cta}{contact}</section></body></html>")
    assert cleantext.clean(page).paragraphs == lines


@pytest.mark.parametrize("meta", ["5 min read · Dec 2, 2024", "5 min read", "3분 읽기"])
def test_a_reading_time_line_is_no_paragraph(meta: str):
    lines = ["I started piano lessons the week I turned forty-one, with a teacher half my age.",
             "The first month was mostly scales, and the second was mostly doubt."]
    page = (f'<html><body><article><h1>Learning piano</h1><div><span>{meta}</span></div>'
            f'{"".join(f"<p>{x}</p>" for x in lines)}</article></body></html>')
    assert cleantext.clean(page).paragraphs == lines


def test_list_items_marked_with_a_triangle_are_paragraphs_not_captions():
    lines = ["◇ 본부장 전보", "▲ 경영기획본부장 이상훈 ▲ 문화사업본부장 장민아", "◇ 실장 승진", "▲ 전시운영실장 최다은"]
    page = f'<html><body><h2>[인사] 한빛재단</h2><div id="NewsAdContent">{"<br>".join(lines)}</div></body></html>'
    article = cleantext.clean(page)
    assert (article.paragraphs, article.captions) == (lines, [])


def test_a_wiki_pages_edit_links_contents_and_navbox_are_no_text():
    lines = ["The Harrow Creek Viaduct is a railway bridge of twelve stone arches over the Harrow Creek valley.",
             "Construction began in 1884 under the engineer Thomas Bell and took four years."]
    page = ('<html><body><h1>Harrow Creek Viaduct</h1><div class="mw-parser-output">'
            f'<p>{lines[0]}</p><div id="toc" class="toc"><div class="toctitle">Contents</div><ul><li>1 History</li>'
            '<li>2 References</li></ul></div><h2>History<span class="mw-editsection">[edit]</span></h2>'
            f'<p>{lines[1]}</p><div class="navbox">Railway bridges of the county · Old Mill Bridge · Kettle Viaduct'
            "</div></div></body></html>")
    assert cleantext.clean(page).paragraphs == [lines[0], "History", lines[1]]


def test_a_release_heading_with_its_date_and_a_press_releases_end_mark_stay_and_go():
    page = ('<html><body><h1>Changelog</h1><div class="content"><p>All notable changes to this project are listed'
            " here, newest first.</p><h2>2.3.0 — 2024-05-02</h2><ul><li>Export reports as PDF from the menu.</li>"
            "</ul><h2>2.2.1 — 2024-03-18</h2><ul><li>Fixed a crash on startup with an empty config file.</li></ul>"
            "<p>###</p></div></body></html>")
    assert cleantext.clean(page).paragraphs == [
        "All notable changes to this project are listed here, newest first.", "2.3.0 — 2024-05-02",
        "Export reports as PDF from the menu.", "2.2.1 — 2024-03-18",
        "Fixed a crash on startup with an empty config file."]


def test_a_heading_that_is_the_whole_title_with_its_dash_tail_is_the_title():
    title = "주보 소식 - 2024년 6월 둘째 주"
    page = (f"<html><head><title>{title}</title></head><body><div class=\"board\"><h3>{title}</h3>"
            '<div class="cont"><p>지난주 여름 성경학교 교사 수련회에 참석해 주신 스물다섯 분께 감사드립니다.</p>'
            "<p>지역 나눔 바자회가 6월 22일 오전 10시부터 교회 마당에서 열립니다.</p></div></div></body></html>")
    assert cleantext.clean(page).title == title


def test_a_public_bodys_closing_lines_and_satisfaction_survey_are_no_text():
    lines = ["내년부터 모든 어린이 통학버스에 하차 확인 장치 설치가 의무화된다.",
             "교육부와 경찰청은 이 같은 내용을 담은 안전 강화 방안을 시행한다고 2일 밝혔다."]
    page = ('<html><body><h1>어린이 통학버스 하차 확인 장치 의무화</h1><div class="article_body">'
            '<div class="view_cont">'
            f'{"".join(f"<p>{x}</p>" for x in lines)}<p>문의 : 교육부 학생건강정책과(044-203-6000)</p></div>'
            '<div class="source_box">[자료제공 :<span>(www.moe.go.kr)</span>]</div><div class="satisfaction">'
            "<h3>이 정보에 대해 만족하십니까?</h3><label>매우만족</label><label>만족</label></div></div></body></html>")
    assert cleantext.clean(page).paragraphs == lines


# a code review of the rules above: each page came out right before them


def test_what_those_rules_must_not_take():
    # a sentence above a list of links is no label of it
    box = ('<div><p>신청은 아래 누리집에서 하면 된다.</p><ul><li><a href="/a">복지로 누리집</a></li>'
           '<li><a href="/b">정부24 누리집</a></li></ul></div>')
    page = (f'<html><body><h1>청년 월세 지원 2차 신청</h1><div id="articleBody"><p>청년 월세 지원 2차 신청이 시작됐다. '
            f"대상은 만 19~34세 무주택 청년이다.</p>{box}<p>신청 기간은 두 달이다.</p></div></body></html>")
    assert "신청은 아래 누리집에서 하면 된다." in cleantext.clean(page).paragraphs
    # a quoted sentence that ends like a column's note is the article's
    quote = '김하늘 박사는 "연구 결과는 교육부의 입장과 다를 수 있습니다"라며 "추가 검증이 필요하다"고 말했다.'
    page = (f'<html><body><h1>AI 교과서 효과</h1><div id="articleBody"><p>AI 교과서의 효과가 학교마다 달랐다.</p>'
            f"<p>{quote}</p></div></body></html>")
    assert cleantext.clean(page).paragraphs[-1] == quote
    # a lone ▲ line under a photo is its caption
    page = ('<html><body><h1>한빛문화재단 신임 원장 취임</h1><div id="articleBody"><p><img src="/p.jpg"></p>'
            "<p>▲ 김하늘 한빛문화재단 신임 원장</p><p>한빛문화재단은 김하늘 신임 원장이 취임했다고 2일 밝혔다. "
            "김 원장은 30년 동안 박물관에서 일했다.</p></div></body></html>")
    assert cleantext.clean(page).captions == ["김하늘 한빛문화재단 신임 원장"]


def test_title_and_byline_choices_those_rules_must_not_change():
    body = ("<p>지난 주말에 텃밭 흙 갈이를 했다. 겨우내 굳은 흙을 뒤집고 퇴비를 두 포대 섞었다.</p>"
            "<p>올해는 상추와 쑥갓을 먼저 심고, 오월에 고추 모종을 옮겨 심을 계획이다.</p>")
    # a sidebar's titled heading further up is not the post's title
    page = ('<html><head><title>하늘의 정원 일기</title></head><body><div id="wrap"><div id="side">'
            '<div class="box"><h3 class="title">최근에 올라온 글 목록</h3><ul><li><a href="/5">장미 가지치기 요령</a>'
            "</li></ul></div></div>"
            f'<div id="content"><h2>봄맞이 텃밭 흙 갈이를 했습니다</h2><div class="entry">{body}</div></div></div>'
            "</body></html>")
    assert cleantext.clean(page).title == "봄맞이 텃밭 흙 갈이를 했습니다"
    # a short headline equal to og:title is the title, and the header around it is read
    page = ('<html><head><meta property="og:title" content="[포토] 첫눈"></head><body><div class="view_head">'
            '<h2 class="tit">[포토] 첫눈</h2><span class="writer">김하늘 기자</span></div>'
            f'<div class="view_cont">{body}</div></body></html>')
    article = cleantext.clean(page)
    assert (article.title, article.authors) == ("[포토] 첫눈", ["김하늘"])
    # a deck that opens with "By" and a day is no byline
    page = ('<html><body><article><h1>City to close Harbor Bridge for repairs</h1><h2 class="dek">By Friday, '
            "Harwick schools will reopen</h2><p>The city will close the Harbor Bridge for six weeks of repairs.</p>"
            "<p>Crews will replace the deck and both ramps, the city said.</p></article></body></html>")
    assert cleantext.clean(page).authors == []


def test_an_app_shells_article_in_its_noscript_fallback_is_read():
    lines = ["시립미술관이 여름방학을 맞아 초등학생을 위한 어린이 미술 교실을 운영한다.",
             "저학년 반은 입체 만들기를, 고학년 반은 판화를 배운다. 재료비는 무료이며, 반별 정원은 15명이다."]
    fallback = "<h1>어린이 미술 교실</h1>" + "".join(f"<p>{x}</p>" for x in lines)
    page = ('<html><head><title>어린이 미술 교실</title><noscript><img src="/pixel.gif"></noscript></head><body>'
            f'<div id="app"><div class="spinner">로딩 중...</div></div><noscript>{fallback}</noscript></body></html>')
    article = cleantext.clean(page)
    assert (article.title, article.paragraphs) == ("어린이 미술 교실", lines)
    # a page with its own article keeps it; its <noscript> note is no text
    own = page.replace('<div class="spinner">로딩 중...</div>', "".join(f"<p>{x} 다시.</p>" for x in lines))
    assert cleantext.clean(own).paragraphs == [f"{x} 다시." for x in lines]


def test_a_body_of_bare_divs_outvotes_a_contact_box_inside_it():
    """A press-release board's body of bare <div>s, its contact box of short <p>s inside it: only the contact box
    voted, and it was taken for the whole article."""
    lines = ["위원회는 불법 온라인 도박 시장 규모와 이용 행태를 파악하기 위한 실태조사 결과를 발표했다.",
             "조사 결과 불법 온라인 도박 경험률은 성인 3.2%, 청소년 4.1%로 청소년이 더 높았다.",
             "위원회는 학교 도박 예방 교육을 확대할 계획이다."]
    contact = ('<div class="contact_box"><p>담당 부서 : 건전화정책과 정책팀</p>'
               "<p>책임자 : 과장 김하늘 (02-6900-1230)</p><p>담당자 : 사무관 이서연 (02-6900-1237)</p></div>")
    page = ('<html><head><title>보도자료 상세 | 위원회</title></head><body><h2 class="cont_tit">보도자료</h2>'
            '<div class="view_cont">' + "".join(f"<div>{x}</div>" for x in lines) + contact + "</div></body></html>")
    assert cleantext.clean(page).paragraphs[:3] == lines
