"""Parsing page text and HTML layouts into article fields."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.parse.metadata import labeled_dates, parse_byline, parse_date, strip_title_suffix
from conftest import EXAMPLES, fixture_bytes


def test_dates_and_bylines():
    assert parse_date("입력 2025.10.15 11:40") == "2025-10-15T11:40:00+09:00"
    assert parse_date("2025년 10월 15일 오후 3:05") == "2025-10-15T15:05:00+09:00"
    assert parse_date("2025-06-21T07:40:00Z") == "2025-06-21T07:40:00+00:00"
    assert labeled_dates("등록 2025.09.25 21:10 | 수정 2025.09.26 09:30") == {
        "published": "2025-09-25T21:10:00+09:00",
        "modified": "2025-09-26T09:30:00+09:00",
    }
    assert parse_byline("(부산=동남일보) 최윤서 기자") == ["최윤서"]
    assert parse_byline("[미래교육신문 윤하늘 기자]") == ["윤하늘"]
    assert parse_byline("오승민 기자 osm@badaeconomy.kr") == ["오승민"]
    assert parse_byline("김가람·이나래 기자") == ["김가람", "이나래"]
    assert parse_byline("(여수=한빛일보) 박민준 기자 = 12일 주민들이 모였다") is None
    # an outlet and its desk in brackets of their own before a reporter; a caption's label before others is none
    assert parse_byline("[한빛일보 법조팀] 김하늘 기자") == ["김하늘"]
    assert parse_byline("(왼쪽부터) 김철수·이영희 위원") is None
    assert parse_byline("(왼쪽부터) 김철수·이영희 논설위원") is None
    assert parse_byline("[한빛일보] 김하늘 논설위원") == ["김하늘"]
    assert parse_byline("[한빛일보] 김하늘·이서준 위원") == ["김하늘", "이서준"]
    assert parse_byline("KBS 김하늘·이서준 인턴기자") == ["김하늘", "이서준"]
    assert parse_byline("한빛일보 사회부 정다은 통신원") == ["정다은"]
    assert parse_byline("앞줄 왼쪽부터 김철수·이영희 기자") is None
    assert parse_byline("선임기자") is None  # a title is no name
    assert parse_byline("(사진=한빛일보) 김하늘 기자") is None  # a photo's credit, not the story's byline
    assert parse_byline("[한빛일보) 김하늘 기자") is None
    assert strip_title_suffix("해안 쓰레기 절반으로 | 한빛일보", ["한빛일보"]) == "해안 쓰레기 절반으로"
    assert strip_title_suffix("해안 쓰레기 | 사회 | 한빛", []) == "해안 쓰레기"


def test_a_title_of_a_thousand_site_suffixes_is_no_crash():
    """Each suffix was stripped by a recursive call: 1,100 of them raised RecursionError out of ``clean``."""
    page = ('<html><head><meta property="og:title" content="제목' + " | 한빛일보" * 1100 + '">'
            '<meta property="og:site_name" content="한빛일보"></head><body><p>본문 문장이 여기에 있다.</p>'
            "</body></html>")
    assert cleantext.clean(page).title.startswith("제목")


def test_page_text_roles():
    a = cleantext.clean((EXAMPLES / "contaminated.txt").read_bytes())
    assert a.section == "사회 > 환경"
    assert a.source == "한빛일보"
    assert a.byline == "(여수=한빛일보) 박민준 기자"
    assert a.authors == ["박민준"]
    assert a.published == "2025-08-12T09:30:00+09:00"
    assert a.modified == "2025-08-12T14:05:00+09:00"
    assert len(a.captions) == 1
    assert a.paragraphs[0].startswith("전남 여수의 작은 어촌마을이")
    assert all("|" not in p for p in a.paragraphs)  # no menu line leaks
    assert a.text == "\n\n".join(a.paragraphs)


def test_page_text_byline_at_the_end_and_copyright_dropped():
    a = cleantext.clean(fixture_bytes("clean", "betting_crackdown.txt"))
    assert a.title == "불법 스포츠 도박 사이트 운영한 20대 일당 적발…판돈 480억"
    assert a.byline == "(부산=동남일보) 최윤서 기자"
    assert not any("무단전재" in p for p in a.paragraphs)
    assert len(a.paragraphs) == 6


_STORY = ("세종시가 내년 상반기 도서관 두 곳을 새로 연다.", "시는 2일 어린이 열람실을 크게 늘린다고 밝혔다.")
_HEAD = "사회 > 지역\n\n세종시, 도서관 두 곳 새로 연다\n\n세종일보\n\n입력 2025.10.02 09:00\n\n"


@pytest.mark.parametrize("chrome", [
    "관련기사\n세종시 인구 40만 돌파\n어린이 도서관 예약 두 배로",
    "#세종시 #도서관 #어린이열람실",
    "많이 본 뉴스\n1 세종시 인구 40만 돌파\n\n회사소개 | 기사제보 | 개인정보처리방침\n"
    "Copyright © 세종일보 All rights reserved.",
])
def test_a_text_pages_chrome_after_its_copyright_line_is_no_paragraph(chrome):
    """A text page that goes on after its copyright line (related headlines, tags, a most-read list, the footer):
    the article ends at that line, so the byline above it is the byline and the copyright line and the chrome are
    no paragraphs; a site that prints the byline after its copyright line keeps it; spam in the chrome (short lines
    with no sentence) is set aside and still shows the page contaminated, with no edit to the article."""
    end = "\n\n오지후 기자 jhoh@sejong.example\nⓒ 세종일보 무단전재 및 재배포 금지\n\n"
    a = cleantext.clean(_HEAD + "\n\n".join(_STORY) + end + chrome)
    assert a.paragraphs == list(_STORY) and a.authors == ["오지후"] and not a.report.contaminated
    flipped = "\n\nⓒ 세종일보 무단전재 및 재배포 금지\n오지후 기자 jhoh@sejong.example\n\n"
    b = cleantext.clean(_HEAD + "\n\n".join(_STORY) + flipped + chrome)
    assert b.paragraphs == list(_STORY) and b.authors == ["오지후"]
    c = cleantext.clean(_HEAD + "\n\n".join(_STORY) + end + chrome + "\n\n안전한 바카라사이트 추천 1위")
    assert c.paragraphs == list(_STORY) and c.report.contaminated and c.report.edits == []


@pytest.mark.parametrize("date", ["2025-12-12 10:45", "2025.12.12 10:45", "2025년 12월 12일 10:45",
                                  "2025-12-12 10:45:00", "2025.12.12. 오전 10:45"])
def test_a_text_pages_date_line_without_a_label(date):
    """A date and a time alone on a line, with no ``입력`` label, is the page's date line: the menu line above the
    title was read as the title and the header as paragraphs.  A date alone in the story (a list's item) is none."""
    page = (f"배움일보 | 교육 | 입시 | 대학\n교육 > 초중고\n\n세종시, 도서관 두 곳 새로 연다\n\n세종일보\n\n{date}\n\n"
            + "\n\n".join(_STORY) + "\n\n오지후 기자")
    a = cleantext.clean(page)
    assert a.title == "세종시, 도서관 두 곳 새로 연다" and a.paragraphs == list(_STORY)
    assert a.published == "2025-12-12T10:45:00+09:00" and a.section == "교육 > 초중고"
    listed = cleantext.clean(_HEAD + "\n\n".join((*_STORY, "개관 예정일은 다음과 같다.", "2026.03.02")))
    assert listed.paragraphs[-1] == "2026.03.02"


@pytest.mark.parametrize("signature", ["엄지원 소설가", "글=엄지원 소설가", "/엄지원 소설가", "엄지원(소설가)",
                                       "엄지원 소설가 jiwon@saebyeok.example"])
def test_a_columns_signature_under_a_section_that_names_a_column(signature):
    """A column signed at its end with the writer's name and profession, in the forms newsrooms print it, under a
    section that names a column (``오피니언 > 삶의 창``) though its title does not: the byline, not a last
    paragraph; under a news section the same line stays the story's, and so it does above the byline of the
    reporter who arranged the column (``정리=문태오 기자``)."""
    story = ("올겨울에는 조금 더 표정이 많은 사람이 되어 보려 한다.", "할머니처럼, 이기려고가 아니라 함께 즐기려고.")
    page = ("오피니언 > 삶의 창\n\n[삶의 창] 포커페이스가 필요 없는 사회\n\n새벽일보\n\n입력 2025.12.26 00:01\n\n"
            + "\n\n".join(story) + f"\n\n{signature}\n\nⓒ 새벽일보 무단전재 및 재배포 금지")
    a = cleantext.clean(page)
    assert a.paragraphs == list(story) and a.authors == ["엄지원"]
    news = cleantext.clean(page.replace("오피니언 > 삶의 창", "사회 > 사건").replace("[삶의 창] ", ""))
    assert news.paragraphs[-1] == signature and not news.authors
    arranged = cleantext.clean(page.replace(f"{signature}\n\n", f"{signature}\n\n정리=문태오 기자\n\n"))
    assert arranged.paragraphs == [*story, signature] and arranged.authors == ["문태오"]
    # a second line shaped like a signature is no second writer: a line, which the spam stages read (a review)
    second = cleantext.clean(page.replace(f"{signature}\n\n", f"{signature}\n\n한빛 토토사이트센터 대표\n\n"))
    assert second.authors == ["엄지원"] and second.report.contaminated


def test_a_text_pages_info_box_after_a_photo_credit_and_its_update_times_stay():
    """Lines the copyright rule and the lone-date rule must leave (a code review): an info box after a photo's
    credit ``ⓒ 세종시`` (no copyright notice: its lines are the story's), and a live page's update times between
    paragraphs under a labeled date."""
    box = ["한빛도서관 조감도", "ⓒ 세종시", "■ 개관 일정", "한빛도서관: 2026년 3월 개관"]
    a = cleantext.clean(_HEAD + "\n\n".join(_STORY) + "\n\n" + "\n".join(box) + "\n\n오지후 기자")
    assert a.paragraphs == [*_STORY, *box] and a.authors == ["오지후"]
    live = [_STORY[0], "2025.10.02 10:15", _STORY[1], "2025.10.02 11:40", "시는 이달 말 개관식을 연다."]
    b = cleantext.clean(_HEAD + "\n\n".join(live) + "\n\n오지후 기자")
    assert b.paragraphs == live and b.published == "2025-10-02T09:00:00+09:00"


def test_a_byline_wholly_in_brackets_is_the_byline():
    a = cleantext.clean(_HEAD + "\n\n".join(_STORY) + "\n\n(세종=오지후 기자 jhoh@sejong.example)")
    assert a.byline == "(세종=오지후 기자 jhoh@sejong.example)" and a.authors == ["오지후"]
    assert a.paragraphs == list(_STORY)
    assert parse_byline("(사진 오른쪽 김철수 기자)") is None  # a caption's label in brackets is none


def test_an_interview_opening_on_its_question_has_no_caption():
    head = "[인터뷰] 도서관장에게 듣는다\n\n세종일보\n\n입력 2025.10.02 09:00\n\n"
    qa = ["◆ 새 도서관은 무엇이 다른가.", "◇ 어린이 열람실이 두 배로 넓어졌다. 주말에도 문을 연다.",
          "◆ 운영 시간은.", "◇ 평일은 밤 9시까지다."]
    a = cleantext.clean(head + "\n\n".join(qa))
    assert a.paragraphs == qa and a.captions == []
    # a marked caption before a paragraph (no answer after it) is still a caption
    a = cleantext.clean(head + "◆ 새 도서관 전경. [세종시 제공]\n\n세종시가 새 도서관을 열었다. 어린이 열람실이 넓다.")
    assert a.captions == ["◆ 새 도서관 전경. [세종시 제공]"]


def test_html_layout_with_figure_and_tags():
    a = cleantext.clean(fixture_bytes("clean", "casino_earnings.html"))
    assert a.title.startswith("강원랜드식 복합리조트 2분기 순익 62% 증가")
    assert a.subtitle == "외국인 카지노 매출 1,840억원…호텔·컨벤션 비중도 처음 30% 넘어"
    assert a.section == "경제 > 관광·레저"
    assert a.source == "바다경제신문"
    assert a.byline == "오승민 기자 osm@badaeconomy.kr"
    assert a.captions == ["제주 서귀포시 중문관광단지에 있는 한라마린리조트 전경. (사진=한라마린리조트 제공)"]
    assert a.tags == ["복합리조트", "카지노", "제주관광"]
    assert len(a.paragraphs) == 6
    assert not any("관련 기사" in p or "Copyright" in p for p in a.paragraphs)


def test_html_layout_with_image_table_and_breadcrumb():
    a = cleantext.clean(fixture_bytes("clean", "addiction_feature.html"))
    assert a.section == "교육 > 청소년"
    assert a.source == "미래교육신문"
    assert a.byline == "[미래교육신문 윤하늘 기자]"
    assert a.published == "2025-09-30T07:00:00+09:00" and a.modified == "2025-09-30T09:45:00+09:00"
    assert a.captions == [
        "한 청소년이 스마트폰으로 불법 도박 사이트 광고를 보고 있다. 기사 내용과 관계없음. /미래교육신문 DB"
    ]
    assert len(a.paragraphs) == 6


def test_hidden_elements_never_reach_the_article():
    html = (
        "<html><body><article><h1>제목입니다</h1><div itemprop='articleBody'><p>본문 첫 문단입니다. 충분히 긴 문장으로"
        " 이루어져 있습니다.</p><p style='display: none'>숨은 문단</p><div hidden>숨은 블록</div>"
        "<p style='position:absolute;left:-9999px'>화면 밖 문단</p><span style='font-size:0'>크기 0</span>"
        "<p>두 번째 문단도 여기에 있습니다.</p></div></article></body></html>"
    )
    a = cleantext.clean(html)
    body = " ".join(a.paragraphs)
    for hidden in ("숨은 문단", "숨은 블록", "화면 밖 문단", "크기 0"):
        assert hidden not in body
    assert "두 번째 문단도" in body


@pytest.mark.parametrize("cls", ["sr-only", "blind", "screen_out", "visually-hidden", "sound_only"])
def test_text_for_screen_readers_only_is_not_glued_to_the_sentence_after_it(cls):
    """``<span class="blind">본문 듣기</span>충북 청주시가 ...``: a label only screen readers read (by the classes of
    CSS frameworks and Korean CMSs) is no part of the paragraph; spam hiding its links so is hidden text too."""
    html = (
        "<html><body><article><h1>시내버스 준공영제 내년 도입</h1><div itemprop='articleBody'>"
        f"<p><span class='{cls} x'>본문 듣기</span>충북 청주시가 내년 7월부터 시내버스 준공영제를 전면 도입한다.</p>"
        "<p>시는 버스회사의 적자를 보전하는 대신 노선 결정권을 갖는다. 예산은 연간 300억원이다.</p>"
        f"<div class='{cls}'><a href='https://vip-casino.example/a'>바카라사이트 추천</a> "
        "<a href='https://vip-casino.example/b'>온라인카지노 가입코드</a></div>"
        "</div></article></body></html>"
    )
    a = cleantext.clean(html)
    assert a.paragraphs == ["충북 청주시가 내년 7월부터 시내버스 준공영제를 전면 도입한다.",
                            "시는 버스회사의 적자를 보전하는 대신 노선 결정권을 갖는다. 예산은 연간 300억원이다."]
    assert a.report.contaminated and any("바카라사이트 추천" in k for k in a.report.keywords)


_SHOWN = ["The harbour board approved the new ferry timetable on Monday after a long debate about the early boats,"
          " with a vote of six to one.",
          "The first ferry will now leave at half past five, and two late boats are added on Fridays and Saturdays"
          " through the summer."]


@pytest.mark.parametrize("style", ["opacity:0;transform:translateY(20px)", "font-size:0"])
def test_an_article_hidden_only_until_it_fades_in_is_read(style):
    """``opacity:0`` (a fade-in's first frame) and ``font-size:0`` (a grid of inline blocks that set their own size)
    hide nothing that holds prose; a short block of links so styled is still hidden."""
    inner = "<div style='font-size:16px'><h1>Ferry timetable changes</h1>" + "".join(f"<p>{p}</p>" for p in _SHOWN)
    links = f"<p style='{style}'><a href='https://spam.example/'>cheap pills</a> <a href='https://spam.example/2'>pills</a></p>"
    a = cleantext.clean(f"<html><body><article style='{style}'>{inner}</div></article>{links}</body></html>")
    assert a.title == "Ferry timetable changes"
    assert a.paragraphs == _SHOWN


@pytest.mark.parametrize("style", ["opacity:0", "font-size:0"])
def test_a_long_paragraph_hidden_so_stays_hidden(style):
    """Spam hides a whole paragraph of its sentences with the same styles: a lone paragraph, with no headline and
    no child that sets its own size, is hidden whatever its length."""
    hidden = ("Visit the lucky wheel today. Register now and receive a welcome gift of fifty free rounds. "
              "Our members win every single week. The best odds on the whole web are waiting for you. ") * 2
    page = (f"<html><body><article><h1>Ferry timetable changes</h1>{''.join(f'<p>{p}</p>' for p in _SHOWN)}"
            f"<p style='{style}'>{hidden}</p><div style='{style}'><p>{hidden}</p></div></article></body></html>")
    a = cleantext.clean(page)
    assert a.paragraphs == _SHOWN
    # two paragraphs and an empty heading hidden beside the article are no fade-in either
    block = f"<div style='{style}'><h2></h2><p>{hidden}</p><p>{hidden[:120]}</p><p></p></div>"
    page = (f"<html><body><article><h1>Ferry timetable changes</h1>{''.join(f'<p>{p}</p>' for p in _SHOWN)}"
            f"{block}</article></body></html>")
    assert cleantext.clean(page).paragraphs == _SHOWN


def test_an_article_body_fading_in_without_its_headline_is_read():
    """The body alone (the headline outside it) hidden until it fades in: most of the page's text, and the
    animation named."""
    body = "".join(f"<p>{p}</p>" for p in _SHOWN)
    nav = "<nav>" + " ".join(f"<a href='/s/{i}'>Section number {i} of the site</a>" for i in range(30)) + "</nav>"
    page = (f"<html><body>{nav}<h1>Ferry timetable changes</h1><div class='article-body' style='opacity:0' "
            f"data-aos='fade-up'>{body}</div><footer><p>Harbour Post, 1 Quay Street. Write to us with corrections"
            " and tips about the stories.</p></footer></body></html>")
    assert cleantext.clean(page).paragraphs == _SHOWN  # (the menu's many words are no paragraph text)
    plain = page.replace(" data-aos='fade-up'", "")  # not named a fade-in: nearly all the paragraph text still is
    assert cleantext.clean(plain.replace("<footer><p>", "<footer><div>").replace("</p></footer>", "</div></footer>")
                           ).paragraphs == _SHOWN


def test_a_block_hidden_by_the_style_sheet_stays_hidden_whatever_its_inline_style():
    hidden = "This paragraph is hidden from readers by the page's own style sheet, whatever else it says. " * 4
    page = (f"<html><head><style>.blind{{display:none}}</style></head><body><article><h1>Ferry timetable changes</h1>"
            f"{''.join(f'<p>{p}</p>' for p in _SHOWN)}<div class='blind' style='opacity:0'><h2>Hidden</h2>"
            f"<p>{hidden}</p><p>{hidden}</p></div></article></body></html>")
    assert cleantext.clean(page).paragraphs == _SHOWN


def test_br_separated_paragraphs():
    html = ("<html><head><title>기사 | 사이트</title></head><body><div id='article_body'>첫째 문단이다.<br>"
            "둘째 문단이다.<br/><br/>셋째 문단이다. 문단이 충분히 길어야 본문으로 잡힌다.</div></body></html>")
    a = cleantext.clean(html)
    assert a.paragraphs == ["첫째 문단이다.", "둘째 문단이다.", "셋째 문단이다. 문단이 충분히 길어야 본문으로 잡힌다."]
    assert a.title == "기사"


def test_lead_ending_like_a_caption_stays_a_paragraph():
    page = (
        "IT > 반도체\n\n노트북 메모리 슬롯 되살아날까\n\n테크라인\n\n입력 2025.07.02 08:00\n\n"
        "새 모듈 시제품. 한빛전자 제공\n\n"
        "한빛전자가 떼었다 붙일 수 있는 메모리 모듈을 공개하면서 노트북의 메모리 슬롯이 다시 주목받고 있다.\n\n"
        "최근 노트북 대부분은 메모리를 메인보드에 바로 납땜했다. 사용자가 램을 늘릴 수 없다는 단점이 있었다.\n"
    )
    a = cleantext.clean(page)
    assert a.captions == ["새 모듈 시제품. 한빛전자 제공"]
    assert a.paragraphs[0].startswith("한빛전자가 떼었다") and len(a.paragraphs) == 2


def test_lead_before_a_marked_caption_stays_a_paragraph():
    """A short lead ending ``...있다.`` right after the date line, then a ``▲`` caption: the page marks its
    captions, so the unmarked line before the marked one is the lead, not a second caption."""
    page = (
        "사회 > 교육\n\n요리 학교 경쟁률 5대1\n\n테크라인\n\n입력 2025.07.02 08:00\n\n"
        "요리 직업훈련 과정에 청년들이 몰리고 있다.\n\n"
        "▲ 수강생들이 칼질을 배우고 있다. 한빛요리학교 제공\n\n"
        "한빛요리학교는 정원 30명에 150명이 지원했다고 4일 밝혔다.\n\n"
        "수료생 대부분이 식당에 취업했다.\n"
    )
    a = cleantext.clean(page)
    assert a.captions == ["▲ 수강생들이 칼질을 배우고 있다. 한빛요리학교 제공"]
    assert a.paragraphs[0] == "요리 직업훈련 과정에 청년들이 몰리고 있다." and len(a.paragraphs) == 3


def test_a_credited_caption_among_the_paragraphs_is_a_caption():
    """A ``▲`` line with a photo credit printed after the lead is a caption wherever it stands; ``▲`` list items
    without a credit stay paragraphs."""
    page = (
        "사회 > 교육\n\n요리 학교 경쟁률 5대1\n\n테크라인\n\n입력 2025.07.02 08:00\n\n"
        "요리 직업훈련 과정에 청년들이 몰리고 있다.\n\n"
        "한빛요리학교는 정원 30명에 150명이 지원했다고 4일 밝혔다.\n\n"
        "▲ 수강생들이 칼질을 배우고 있다. 한빛요리학교 자료사진\n\n"
        "학교가 밝힌 인기 비결은 두 가지다.\n\n"
        "▲ 수료생 대부분이 식당에 취업했다.\n\n"
        "▲ 수업료는 지자체가 모두 낸다.\n"
    )
    a = cleantext.clean(page)
    assert a.captions == ["▲ 수강생들이 칼질을 배우고 있다. 한빛요리학교 자료사진"]
    assert a.paragraphs[-2:] == ["▲ 수료생 대부분이 식당에 취업했다.", "▲ 수업료는 지자체가 모두 낸다."]
    assert len(a.paragraphs) == 5


def test_markup_nested_beyond_reason_is_made_shallow_and_keeps_its_text():
    """lexbor's time grows with the square of the nesting: tags past MAX_DEPTH levels go, their text stays."""
    from cleantext.parse.depth import MAX_DEPTH, depth, flatten

    assert flatten("<div><div><div>x</div></div></div>", limit=2) == ("<div><div>x</div></div>", 2)
    assert flatten(b"<b><i><u>x", limit=1) == (b"<b>x", 2)
    page = "<p>짧은 글</p><br><img src=a.png>" * 10
    assert flatten(page, limit=5) == (page, 0)  # void and sibling-closed tags do not nest
    n = MAX_DEPTH * 3
    html = ("<html><body>" + "<div>" * n + "<p>깊은 곳에 놓인 기사 본문의 한 문장이다. 둘째 문장도 여기에 있다.</p>"
            + "<p>맨 끝의 문단이다.</p>" + "</div>" * n + "</body></html>")
    assert depth(html) == n + 2
    a = cleantext.clean(html)
    assert a.paragraphs == ["깊은 곳에 놓인 기사 본문의 한 문장이다. 둘째 문장도 여기에 있다.", "맨 끝의 문단이다."]
    assert any(f"deeper than {MAX_DEPTH}" in note for note in a.report.notes)


def test_a_desk_between_the_dateline_and_the_reporter_is_part_of_the_byline():
    """``(여수=한빛일보) 사회부 박민준 기자``: wire bylines name the reporter's desk too; the line is the byline,
    not the body's first paragraph."""
    assert parse_byline("(여수=한빛일보) 사회부 박민준 기자") == ["박민준"]
    assert parse_byline("[한빛일보] 디지털뉴스팀 박민준·김가람 기자") == ["박민준", "김가람"]
    assert parse_byline("사회부 박민준 기자 mj@hanbit.example") == ["박민준"]
    assert parse_byline("(여수=한빛일보) 사회부 박민준 기자 = 12일 주민들이 모였다") is None
    page = ("어촌마을, 해안 쓰레기 절반으로 줄였다\n\n한빛일보\n\n입력 2025.08.12 09:30\n\n"
            "(여수=한빛일보) 전국부 박민준 기자\n"
            "전남 여수의 작은 어촌마을이 해변 쓰레기를 절반 넘게 줄였다.\n\n"
            "주민 20여 명이 매달 해변을 치운다.\n")
    a = cleantext.clean(page)
    assert a.byline == "(여수=한빛일보) 전국부 박민준 기자" and a.authors == ["박민준"]
    assert a.paragraphs == ["전남 여수의 작은 어촌마을이 해변 쓰레기를 절반 넘게 줄였다.",
                            "주민 20여 명이 매달 해변을 치운다."]


def test_a_columns_signature_without_an_email_is_its_byline():
    """``이서진 변호사(법무법인 한결)`` closing a column (``[법률 칼럼]``): the writer's name, profession and firm,
    the byline, not a last paragraph; under a news story's title the same line is left to the body."""
    body = ["결혼 30년 차인 A씨는 최근 이혼을 결심했다.", "국민연금도 나눌 수 있는지 궁금해했다."]
    page = ("오피니언 > 칼럼\n\n[법률 칼럼] 황혼이혼 재산분할\n\n새날일보\n\n입력 2025.04.18 17:00\n\n"
            + "\n\n".join(body) + "\n\n이서진 변호사(법무법인 한결)\n")
    a = cleantext.clean(page)
    assert a.byline == "이서진 변호사(법무법인 한결)" and a.authors == ["이서진"] and a.paragraphs == body
    for title, signature in (("[시론] 사행산업 매출총량제", "이정훈 한빛대 사회복지학과 교수"),
                             ("[생활법률 Q&A] 위자료 받을 수 있나요", "박서연 변호사(법무법인 온누리)")):
        column = cleantext.clean(page.replace("[법률 칼럼] 황혼이혼 재산분할", title)
                                 .replace("이서진 변호사(법무법인 한결)", signature))
        assert column.byline == signature and column.paragraphs == body
    news = cleantext.clean(page.replace("[법률 칼럼] 황혼이혼 재산분할", "황혼이혼 늘어")
                           .replace("오피니언 > 칼럼", "사회"))
    assert news.paragraphs[-1] == "이서진 변호사(법무법인 한결)"


@pytest.mark.parametrize("caption", ["마카오 코타이 지역의 대형 리조트 전경. 로이터=한빛뉴스",
                                     "18일 서울의 한 은행 딜링룸 전광판에 코스피 지수가 표시돼 있다. 한빛일보 DB"])
def test_a_caption_closed_by_an_agencys_or_an_archives_credit_is_a_caption(caption):
    """``... 리조트 전경. 로이터=한빛뉴스`` (a foreign agency's photo, credited the wire's way) and ``... 표시돼
    있다. 한빛일보 DB`` (a photo from the outlet's archive): captions, not the body's first paragraph."""
    page = ("국제 > 아시아\n\n카지노 매출 회복세\n\n한빛뉴스\n\n입력 2025.05.02 10:00\n\n"
            f"{caption}\n\n카지노 매출이 1년 전보다 20% 늘었다.\n\n관광객이 돌아온 덕분이다.\n")
    a = cleantext.clean(page)
    assert a.captions == [caption]
    assert a.paragraphs == ["카지노 매출이 1년 전보다 20% 늘었다.", "관광객이 돌아온 덕분이다."]


def test_a_short_sentence_ending_in_a_profession_or_db_stays_the_bodys():
    """``다시 태어나도 나는 의사`` closing an essay is its last sentence, not a signature (only a school, a
    department or a firm stands before a signature's profession); ``... 무엇일까. 오라클 DB`` is a lead's answer,
    not a photo's credit (which follows a picture's description: ``있다. 한빛일보 DB``); and ``국내 카지노 1위인
    파라다이스가`` in a market report keeps its words."""
    body = ["응급실의 밤은 길다. 새벽 세 시에 또 구급차가 들어왔다.", "다시 태어나도 나는 의사"]
    essay = cleantext.clean("오피니언 > 에세이\n\n[에세이] 응급실의 밤\n\n새날일보\n\n입력 2025.04.18 17:00\n\n"
                            + "\n\n".join(body) + "\n")
    assert essay.paragraphs == body and not essay.byline
    lead = ["국내 기업이 가장 많이 쓰는 데이터베이스 제품은 무엇일까. 오라클 DB", "오라클의 점유율은 41%였다."]
    head = "경제 > IT\n\n국내 DB 시장\n\n새날일보\n\n입력 2025.04.18 17:00\n\n"
    a = cleantext.clean(head + "\n\n".join(lead) + "\n")
    assert a.paragraphs == lead and not a.captions
    market = ["코스피가 1% 올랐다.", "여행·레저주도 강세였다. 국내 카지노 1위인 파라다이스가 4% 넘게 올랐다."]
    head = "경제 > 증권\n\n코스피 상승\n\n새날일보\n\n입력 2025.04.18 17:00\n\n"
    b = cleantext.clean(head + "\n\n".join(market) + "\n")
    assert b.paragraphs == market and not b.report.contaminated


def test_a_list_of_marked_items_after_the_dates_is_the_body_not_captions():
    """Obituaries or corrections printed as ▲ items right after the date line: long items with no other caption cue
    are the body's list, where a short ▲ line (a portrait's ``▲김철수 대표``) or a credited one stays a caption."""
    items = ["▲김정남씨 별세, 김태성(시청 주무관)·김미경씨 부친상 = 14일, 백병원 장례식장 3호실, 발인 16일",
             "▲박순자씨 별세, 최민호(한빛일보 부국장)·최은정씨 모친상 = 13일, 의료원 장례식장 2호실, 발인 15일"]
    head = "사회 > 부고\n\n[부고] 10월 14일\n\n한빛일보\n\n입력 2025.10.14 18:00\n\n"
    a = cleantext.clean(head + "\n\n".join(items) + "\n")
    assert a.paragraphs == items and not a.captions
    b = cleantext.clean(head + "▲김철수 대표\n\n" + "\n\n".join(items) + "\n")
    assert len(b.captions) == 1 and b.captions[0].endswith("김철수 대표") and b.paragraphs == items
