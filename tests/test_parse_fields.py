"""Parsing fixes found on clean pages: data tables, captions credited to the outlet, datelines with reporters,
trailing e-mail and writer lines."""

from __future__ import annotations

import cleantext

_HEAD = (
    "<html><head><title>지하철 이용객 다시 늘어 | 바른시민일보</title>"
    "<meta property='og:site_name' content='바른시민일보'>"
    "</head><body><article><h1>지하철 이용객 다시 늘어</h1><div class='article_body'>"
    "<p>도시철도공사는 올해 지하철 이용객이 코로나19 이전 수준을 거의 되찾았다고 밝혔다. "
    "출퇴근 시간 이용이 특히 늘었다.</p>"
)
_TAIL = (
    "<p>공사는 내년 상반기까지 혼잡 구간의 배차 간격을 줄이고 역사 엘리베이터를 늘릴 계획이라고 설명했다.</p>"
    "<p>김바른 기자</p></div></article></body></html>"
)


def test_data_table_rows_keep_their_labels():
    table = (
        "<table><caption>연도별 하루 평균 이용객</caption><tr><th>연도</th><th>이용객</th><th>증감</th></tr>"
        "<tr><td>2019년</td><td>712만</td><td>-</td></tr><tr><td>2021년</td><td>498만</td><td>-30.1%</td></tr>"
        "<tr><td>2024년</td><td>689만</td><td>38.4%</td></tr></table>"
    )
    a = cleantext.clean(_HEAD + table + _TAIL)
    assert a.paragraphs[1:6] == [
        "연도별 하루 평균 이용객",
        "연도 | 이용객 | 증감",
        "2019년 | 712만 | -",
        "2021년 | 498만 | -30.1%",
        "2024년 | 689만 | 38.4%",
    ]
    assert a.byline == "김바른 기자"
    assert not a.report.edits


def test_layout_table_in_the_body_is_read_as_before():
    """A table whose cells hold running text lays the article out: its cells stay paragraphs of their own."""
    long = "관계자는 이용객이 늘면서 혼잡도가 높아진 2호선과 9호선에 열차를 더 넣는 방안을 검토하고 있다고 말했다. " * 4
    cells = [f"{who} {long}" for who in ("도시철도공사", "서울시", "국토교통부")]
    rows = f"<tr><td>{cells[0]}</td><td>{cells[1]}</td></tr><tr><td>{cells[2]}</td><td>짧은 칸</td></tr>"
    table = f"<table>{rows}</table>"
    a = cleantext.clean(_HEAD + table + _TAIL)
    assert not any(" | " in p for p in a.paragraphs)
    assert "짧은 칸" in a.paragraphs


_TEXT_PAGE = (
    "사회 > 교통\n\n지하철 이용객 다시 늘어\n\n바른시민일보\n\n입력 2025.03.04 09:10\n\n"
    "4일 서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다. 바른시민일보\n\n"
    "{lead}\n\n"
    "공사는 내년 상반기까지 혼잡 구간의 배차 간격을 줄이고 역사 엘리베이터를 늘릴 계획이라고 설명했다.\n\n"
    "{last}\n"
)
_LEAD = "도시철도공사는 올해 지하철 이용객이 코로나19 이전 수준을 거의 되찾았다고 밝혔다. 출퇴근 이용이 늘었다."


def test_caption_credited_to_the_outlet_is_a_caption():
    a = cleantext.clean(_TEXT_PAGE.format(lead=_LEAD, last="김바른 기자"))
    assert a.source == "바른시민일보"
    assert a.captions == ["4일 서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다. 바른시민일보"]
    assert a.paragraphs[0] == _LEAD and len(a.paragraphs) == 2


def test_caption_credited_to_the_outlet_and_its_photographer_is_a_caption():
    credit = "바른시민일보 최사진 기자"
    page = _TEXT_PAGE.format(lead=_LEAD, last="김바른 기자").replace("있다. 바른시민일보", f"있다. {credit}")
    a = cleantext.clean(page)
    assert a.captions == [f"4일 서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다. {credit}"]
    assert a.paragraphs[0] == _LEAD


def test_a_caption_printed_twice_with_spam_in_one_credit_is_one_caption():
    """Two printings of the caption right after the dates, one with keywords glued into its credit: the dirty copy
    reads as no caption by itself, but it is the clean one with words put in, so both are captions (and the dirty
    one goes), not the lead."""
    credit = "바른시민일보 최사진 기자"
    clean = f"4일 서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다. {credit}"
    dirty = clean.replace(credit, f"바카라사이트 추천 은하수77{credit}")
    page = _TEXT_PAGE.format(lead=_LEAD, last="김바른 기자").replace(
        "있다. 바른시민일보\n", f"있다. {credit}\n{dirty}\n")
    a = cleantext.clean(page)
    assert a.captions == [clean]
    assert a.paragraphs[0] == _LEAD and len(a.paragraphs) == 2
    assert a.byline == "김바른 기자"


def test_a_lead_that_repeats_the_caption_and_goes_on_stays_the_lead():
    """The lead printed right under the caption repeats it and goes on with a sentence: that is no copy of the
    caption with spam put in, so it stays the article's first paragraph."""
    caption = "4일 서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다."
    lead = f"{caption} 이용객은 5% 늘었다."
    page = _TEXT_PAGE.format(lead="공사는 이용객 조사를 해마다 하기로 했다.", last="김바른 기자").replace(
        "있다. 바른시민일보\n", f"있다.\n{lead}\n")
    a = cleantext.clean(page)
    assert lead in a.paragraphs
    assert lead not in a.captions


def test_a_name_other_than_the_outlet_is_no_credit():
    page = _TEXT_PAGE.format(lead=_LEAD, last="김바른 기자").replace("있다. 바른시민일보", "있다. 김바른")
    a = cleantext.clean(page)
    assert a.captions == []
    assert a.paragraphs[0].endswith("있다. 김바른")


_DATELINE_LEAD = "(부산=바른통신) 김바른·이시민 기자 = 부산 도시철도 이용객이 올해 처음 하루 100만명을 넘었다."


def test_reporters_named_only_in_the_dateline_make_the_byline():
    page = _TEXT_PAGE.format(lead=_DATELINE_LEAD, last="공사는 이용객 조사를 해마다 하기로 했다.")
    a = cleantext.clean(page)
    assert a.byline == "(부산=바른통신) 김바른·이시민 기자"
    assert a.authors == ["김바른", "이시민"]
    assert a.paragraphs[0] == _DATELINE_LEAD  # the lead as printed
    html = _HEAD.replace("<p>도시철도공사는", f"<p>{_DATELINE_LEAD}</p><p>도시철도공사는") + _TAIL.replace(
        "<p>김바른 기자</p>", ""
    )
    b = cleantext.clean(html)
    assert (b.byline, b.authors) == ("(부산=바른통신) 김바른·이시민 기자", ["김바른", "이시민"])
    assert b.paragraphs[0] == _DATELINE_LEAD


def test_a_byline_line_wins_over_the_dateline():
    page = _TEXT_PAGE.format(lead=_DATELINE_LEAD, last="박한빛 기자")
    a = cleantext.clean(page)
    assert a.byline == "박한빛 기자" and a.authors == ["박한빛"]


_MAIL = "kim@barunsimin.example"


def test_a_writer_box_after_the_story_adds_no_paragraph():
    """A writer box after the body (the reporter, the e-mail address, a link to the reporter's other stories,
    ``다른기사 보기``): none of it is the story's text."""
    story = ["도시철도공사는 올해 지하철 이용객이 코로나19 이전 수준을 거의 되찾았다고 밝혔다.",
             "공사는 내년 상반기까지 혼잡 구간의 배차 간격을 줄이고 역사 엘리베이터를 늘릴 계획이라고 설명했다."]
    page = ("<html><head><title>지하철 이용객 다시 늘어 | 바른시민일보</title></head><body><section>"
            "<header><h3 class='heading'>지하철 이용객 다시 늘어</h3><ul class='info'><li>김바른 기자</li>"
            "<li>입력 2025.10.02 09:00</li></ul></header><div class='article-body'><div class='view-body'>"
            + "".join(f"<p>{p}</p>" for p in story) + "</div>"
            "<div class='writer'><div class='profile'><strong>김바른 기자</strong></div>"
            f"<p class='mail'><a href='mailto:{_MAIL}'>{_MAIL}</a></p><p class='more'>다른기사 보기</p></div>"
            "<div class='view-copyright'>저작권자 © 바른시민일보 무단전재 및 재배포 금지</div></div>"
            "</section></body></html>")
    assert cleantext.clean(page).paragraphs == story


def test_a_lists_last_item_of_desks_and_a_name_is_no_byline():
    """A list of appointees ends with ``지역경제 활성화본부 상생협력팀 이서준 위원``, the reporter's byline after it:
    the item stays the story's and the byline is the reporter's (a rule reading an outlet and two desks before a
    name as a byline was measured and dropped: it took such items)."""
    items = ["바른대학교 경제학과 청년정책연구실 한도윤 위원", "지역경제 활성화본부 상생협력팀 이서준 위원"]
    lead = "바른시는 청년 정책 자문단 2기 위원을 위촉했다고 3일 밝혔다. 위촉된 위원은 다음과 같다."
    page = _TEXT_PAGE.format(lead=lead, last="\n\n".join([*items, f"김바른 기자 {_MAIL}"]))
    a = cleantext.clean(page)
    assert a.byline == f"김바른 기자 {_MAIL}" and a.paragraphs[-2:] == items


def test_trailing_email_line_joins_the_byline_or_goes():
    after_prose = cleantext.clean(_TEXT_PAGE.format(lead=_DATELINE_LEAD, last=_MAIL))
    assert after_prose.paragraphs[-1].startswith("공사는 내년") and after_prose.byline.endswith("이시민 기자")
    after_byline = cleantext.clean(_TEXT_PAGE.format(lead=_LEAD, last=f"김바른 기자\n{_MAIL}"))
    assert after_byline.byline == f"김바른 기자 {_MAIL}" and after_byline.authors == ["김바른"]
    assert after_byline.paragraphs[-1].startswith("공사는 내년")
    html = cleantext.clean(_HEAD + _TAIL.replace("</p></div>", f"</p><p>{_MAIL}</p></div>"))
    assert html.byline == f"김바른 기자 {_MAIL}" and html.paragraphs[-1].startswith("공사는 내년")


def test_column_writer_line_is_the_byline():
    writer = f"김바른 교통평론가·바른교통연구소장 {_MAIL}"
    column = _HEAD.replace("지하철 이용객 다시 늘어", "[김바른의 출근길] 지하철 이용객 다시 늘어")
    a = cleantext.clean(column + _TAIL.replace("<p>김바른 기자</p>", f"<p>{writer}</p>"))
    assert (a.byline, a.authors) == (writer, ["김바른"])
    assert a.paragraphs[-1].startswith("공사는 내년")
    not_named = cleantext.clean(_HEAD + _TAIL.replace("<p>김바른 기자</p>", f"<p>{writer}</p>"))
    assert not_named.paragraphs[-1] == writer  # no column names this writer: no evidence it is a byline
    page = _TEXT_PAGE.replace("지하철 이용객 다시 늘어", "[김바른의 출근길] 지하철 이용객 다시 늘어")
    b = cleantext.clean(page.format(lead=_LEAD, last=writer))
    assert (b.byline, b.authors) == (writer, ["김바른"])
