"""Aligning a dirty copy of a line with its clean twin (the headline beside og:title and <title>)."""

from __future__ import annotations

import importlib

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleantext.document import CAPTION, Block
from cleantext.lm import language_model
from cleantext.photos import photo_of
from cleantext.twins import MASK, aligned, changes, two_photos


def _page(title: str, headline: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="utf-8"><title>{title} | 산업</title>'
        f'<meta property="og:title" content="{title}"></head><body><div class="content">'
        f'<h1 class="tit">{headline}</h1><div class="view_cont">{body}</div></div></body></html>'
    )


@pytest.mark.parametrize(
    "dirty, twin, inserted",
    [
        # the inserted name begins with the line's first word: the line's own word is the one after the name
        ("복권왕88복권 판매점 새해 첫 주 매출 두 배", "복권 판매점 새해 첫 주 매출 두 배", "복권왕88"),
        ("경마나라7경마장 관중 석 달 만에 회복", "경마장 관중 석 달 만에 회복", "경마나라7"),
        # the same at the end of a line: the name ends with the line's last word
        ("해운업계 운임 석 달째 상승 운임", "해운업계 운임 석 달째 상승", " 운임"),
    ],
)
def test_an_insertion_keeps_the_twins_text_whole(dirty, twin, inserted):
    diffs = changes(dirty, twin)
    assert len(diffs) == 1
    a, e, b_start, b_end = diffs[0]
    assert dirty[a:e] == inserted and b_start == b_end
    assert dirty[:a] + dirty[e:] == twin


def test_a_name_of_two_words_in_a_words_place_is_one_change():
    """``별빛바로가기 은하선7`` in the place of 컨테이너, beside a twin with a tail of its own: the name's inner space
    is not the twin's space before 화물선, so the name is one change and the space stays with the twin's text."""
    dirty = "항만 물동량 급증…별빛바로가기 은하선7 화물선 운임 회복"
    twin = "항만 물동량 급증…컨테이너 화물선 운임 회복 - 한빛해운"
    diffs = [(dirty[a:e], twin[b:c]) for a, e, b, c in changes(dirty, twin)]
    assert diffs == [("별빛바로가기 은하선7", "컨테이너"), ("", " - 한빛해운")]


def test_a_name_glued_before_a_headline_that_starts_like_it(cleaner):
    """``복권왕88복권 판매점 ...`` beside og:title ``복권 판매점 ...``: the name is 복권왕88, the headline's own 복권
    stays."""
    title = "복권 판매점 새해 첫 주 매출 두 배"
    a = cleaner.clean(_page(
        title, "복권왕88" + title,
        "복권 판매점의 새해 첫 주 매출이 지난해의 두 배로 늘었다. 연초 복권을 사는 사람이 많았다.",
        "복권위원회는 올해 복권 판매액이 7조원을 넘을 것으로 본다고 밝혔다.",
    ))
    assert a.title == title


def test_a_game_word_the_clean_copy_has_stays_beside_the_keyword(cleaner):
    """``사설 경마 바카라사이트 순위표 검거`` beside og:title ``사설 경마 조직 검거``: the lexicon reads 경마 into the
    phrase, but the clean copy has ``사설 경마`` in the same place, so only the keyword goes and 조직 comes back."""
    title = "10대 끌어들인 사설 경마 조직 검거…운영진 31명 송치"
    a = cleaner.clean(_page(
        title, title.replace("조직", "바카라사이트 순위표"),
        "경찰은 청소년을 끌어들인 사설 경마 조직 운영진 31명을 송치했다고 밝혔다.",
        "이들은 지난 2년 동안 회원 2천여 명을 모은 것으로 조사됐다.",
    ))
    assert a.title == title


@pytest.mark.parametrize(
    "dirty, twin, word",
    [
        (MASK + " 경쟁률 역대 최고", "청약 경쟁률 역대 최고", "청약"),  # the span opens the line
        ("서울 아파트 평균 " + MASK, "서울 아파트 평균 경쟁률", "경쟁률"),  # ... or closes it
        (MASK + " 경쟁률 역대 최고", "[단독] 청약 경쟁률 역대 최고", None),  # the twin has more than one word there
        (MASK + " " + MASK + " 경쟁률 역대 최고", "청약 경쟁률 역대 최고", None),  # two spans: a space anchors nothing
    ],
)
def test_the_twins_word_at_the_edge_of_a_line(dirty, twin, word):
    start = 0 if dirty.startswith(MASK) else len(dirty) - 1
    assert aligned(dirty, start, start + 1, twin) == word


def test_a_keyword_opening_the_headline_proves_its_word_for_the_article(cleaner, monkeypatch):
    """``럭키벳77 경쟁률 ...`` beside og:title ``청약 경쟁률 ...``: the twin has 청약 where the keyword stands, so
    where the keyword stands bare in the article (no particle, no context to say which word) it replaced 청약
    too, and 청약 is put back there: on the twin's evidence alone, without the optional language model."""
    monkeypatch.setattr(importlib.import_module("cleantext.restore"), "language_model", lambda: None)
    title = "청약 경쟁률 역대 최고…서울 아파트 평균 150대 1"
    a = cleaner.clean(_page(
        title, title.replace("청약", "럭키벳77"),
        "올해 상반기 서울 아파트 럭키벳77 열기는 식을 줄 몰랐다.",
        "분양가 상한제가 적용된 단지에 수요가 몰렸다는 분석이 나온다.",
    ))
    assert a.title == title
    assert a.paragraphs[0] == "올해 상반기 서울 아파트 청약 열기는 식을 줄 몰랐다."


def _two_captions(name: str, dirty_word: str, spam: bool) -> str:
    """A story about a gambling ring whose caption is printed twice: in the figure with ``dirty_word`` and in the
    body with ``조직``; ``name`` stands where the story speaks of the ring, and ``spam`` adds spam's hashtags."""
    paragraphs = [f"경찰이 도박 {name}을 붙잡았다. {name}은 3년간 사이트를 운영했다.",
                  f"경찰에 따르면 {name}은 해외에 사무실을 두고 회원을 모았다.",
                  f"경찰은 {name} 외에도 조직 윗선을 쫓고 있다."]
    tags = "<p>#바카라사이트추천 #카지노사이트순위</p>" if spam else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>해외 도박 {name} 검거</title></head><body><article><h1>해외 도박 {name} 검거</h1>"
            f"<figure><img src='a.jpg'><figcaption>경찰 관계자가 {dirty_word}의 범행 구조를 설명하고 있다."
            f"</figcaption></figure><p>경찰 관계자가 조직의 범행 구조를 설명하고 있다.</p>{body}{tags}"
            "</article></body></html>")


def test_a_word_spam_put_in_one_copy_of_a_caption_does_not_make_the_storys_name_spam(cleaner):
    """The story's own name stands in the clean copy and everywhere else (``별하늘클럽``); spam's word (``달빛라운지``)
    only in the other copy: the story's name is written far more often, but the other copy's word nowhere
    else, so nothing says the name took a word's place, and it stays."""
    page = _two_captions("별하늘클럽", "달빛라운지", spam=True).replace("조직의 범행", "별하늘클럽의 범행")
    a = cleaner.clean(page)
    assert "별하늘클럽" not in a.report.keywords and a.title == "해외 도박 별하늘클럽 검거"
    assert all("별하늘클럽" in p for p in a.paragraphs[:3])


def test_a_storys_name_in_one_copy_of_a_caption_and_a_plain_word_in_the_other_stays(cleaner):
    """``별하늘클럽의`` in one printing of the caption, ``조직의`` in the other; the story writes the name in many
    places and the plain word once more: nothing on the page says which printing an editor wrote last, nor that the name
    took a word's place (spam's made-up name and a story's own name a language model does not know look alike),
    so the story keeps its name everywhere and the spam line alone goes."""
    a = cleaner.clean(_two_captions("별하늘클럽", "별하늘클럽", spam=True))
    assert a.report.contaminated and "별하늘클럽" not in a.report.keywords
    assert a.title == "해외 도박 별하늘클럽 검거" and all("별하늘클럽" in p for p in a.paragraphs[:3])


class _Reader:
    """A stand-in for the optional language model: it reads any sentence with ``odd`` in it far worse."""

    def __init__(self, odd: str):
        self.odd = odd

    def gain(self, text: str, start: int, end: int, word: str) -> float:
        return 40.0 * ((self.odd in text) - (self.odd in text[:start] + word + text[end:]))


def test_the_language_model_picks_the_copy_of_a_caption_to_keep_and_nothing_else(cleaner, monkeypatch):
    """Spam put its made-up name in every place of 조직, the clean copy of the caption keeps 조직, and the page
    cannot say which copy is whose (the name is written everywhere, the word once).  The model reads 조직 far
    better in its place, so that copy is kept, the edit saying why; the name stays everywhere else, since a
    story's own name in one printing of a caption (a stadium where the other says 야구장) reads as badly."""
    dedupe = importlib.import_module("cleantext.dedupe")
    page = _two_captions("달빛클럽", "달빛클럽", spam=True)
    monkeypatch.setattr(dedupe, "language_model", lambda: _Reader("달빛클럽"))
    a = cleaner.clean(page)
    assert a.captions == ["경찰 관계자가 조직의 범행 구조를 설명하고 있다."]
    merge = next(e for e in a.report.edits if e.kind == "merge")
    assert "language model reads better: '조직'" in merge.evidence
    assert "달빛클럽" not in a.report.keywords and all("달빛클럽" in p for p in a.paragraphs[:3])
    # a model that reads the name no worse, or none installed: the first printing stays, as before
    monkeypatch.setattr(dedupe, "language_model", lambda: _Reader("없는말"))
    assert cleaner.clean(page).captions == ["경찰 관계자가 달빛클럽의 범행 구조를 설명하고 있다."]
    monkeypatch.setattr(dedupe, "language_model", lambda: None)
    b = cleaner.clean(page)
    assert b.captions == ["경찰 관계자가 달빛클럽의 범행 구조를 설명하고 있다."]
    assert not any("범행 구조를 설명하고" in p for p in b.paragraphs)  # the body's copy is folded, not a photo's


def test_the_copy_with_fewer_spam_spans_is_kept_whatever_the_model_reads(cleaner, monkeypatch):
    """A copy of a caption with spam's name glued where the other has 조직 is the dirty one, however the model reads
    the two: the model only breaks a tie."""
    dedupe = importlib.import_module("cleantext.dedupe")
    monkeypatch.setattr(dedupe, "language_model", lambda: _Reader("조직"))
    page = _two_captions("조직", "해달벳77", spam=True)
    a = cleaner.clean(page)
    assert a.captions == ["경찰 관계자가 조직의 범행 구조를 설명하고 있다."]
    assert "fewer spam spans" in next(e for e in a.report.edits if e.kind == "merge").evidence


def test_a_lead_written_from_the_caption_keeps_its_sentence_with_a_number(cleaner):
    """The lead says what the photo's caption says, a word changed, and goes on with a sentence of its own holding a
    number (``이날 낮 최고기온은 35도였다``): digits make a word look like a name, not a sentence; a clean page."""
    lead = "3일 오후 대구 신천에서 아이들이 물놀이를 하며 더위를 쫓고 있다. 이날 대구 낮 최고기온은 36도였다."
    page = ("<html><head><meta charset='utf-8'><title>신천 물놀이</title></head><body><article><h1>신천 물놀이</h1>"
            "<figure><img src='a.jpg'><figcaption>3일 오후 대구 신천에서 아이들이 물놀이를 하며 더위를 식히고 있다."
            f"</figcaption></figure><p>{lead}</p><p>기상청은 주말까지 폭염이 이어진다고 내다봤다.</p>"
            "<p class='byline'>홍길동 기자</p></article></body></html>")
    a = cleaner.clean(page)
    assert not a.report.contaminated and not a.report.edits
    assert a.paragraphs[0] == lead


def test_two_photos_whose_captions_differ_in_a_word_the_story_says_are_both_kept(cleaner, monkeypatch):
    """Two photos of one festival, at two gates: their captions differ in one word each, and the story names both
    gates.  On a page a spam line shows contaminated, near-alike captions are folded as copies, but not these:
    neither has spam, both words are the story's, and no model reads one far better."""
    monkeypatch.setattr(importlib.import_module("cleantext.dedupe"), "language_model", lambda: None)
    photos = ["3일 경기 수원시 수원화성 장안문 앞에서 시민들이 풍물놀이를 하고 있다. [한빛일보 자료사진]",
              "3일 경기 수원시 수원화성 팔달문 앞에서 시민들이 풍물놀이를 하고 있다. [한빛일보 자료사진]"]
    page = ("사회 > 지역\n\n수원화성 문화제 개막\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + "\n".join(photos)
            + "\n\n수원화성 문화제가 3일 개막했다. 장안문과 팔달문 두 곳에서 개막 공연이 열렸다.\n\n"
            "#바카라사이트추천 #카지노사이트순위\n\n시는 닷새 동안 관람객 50만명이 찾을 것으로 본다.\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert a.report.contaminated and a.captions == photos
    assert not [e for e in a.report.edits if e.kind == "merge"]


def test_a_caption_updated_with_the_name_the_story_is_about_stays_clean(cleaner):
    """One printing of a caption names the clinic chain the story is about (``마포구 온누리벳 동물병원``), the
    other does not: the name is in the headline and said with its particles, so its being in one printing only is
    weak alone, and a clean page stays clean (spam's own name in one printing is proof once the page shows spam)."""
    story = ["동물병원 체인 온누리벳이 이달 노령견 건강검진을 무료로 해 준다.",
             "온누리벳 관계자는 \"노령견 절반이 검진을 받아 본 적이 없다\"고 말했다. 온누리벳은 지점 20곳을 두고 있다."]
    captions = ["2일 서울 마포구 온누리벳 동물병원에서 수의사가 반려견을 진료하고 있다. [한빛일보 자료사진]",
                "2일 서울 마포구 동물병원에서 수의사가 반려견을 진료하고 있다. [한빛일보 자료사진]"]
    page = ("생활 > 반려동물\n\n온누리벳, 노령견 건강검진 무료로\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n"
            + "\n".join(captions) + "\n\n" + "\n\n".join(story) + "\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert not a.report.contaminated and not a.report.edits
    assert a.title == "온누리벳, 노령견 건강검진 무료로" and a.paragraphs == story


def _three_copies(h1: str, og: str, title: str, *story: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in story)
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{og}"></head><body><article><h1>{h1}</h1>{body}'
            "</article></body></html>")


@pytest.mark.parametrize("h1, og", [("섬진강 쓰레기 절반으로 줄었다…주민들이 나섰다", "섬진강 쓰레기 절반으로 줄었다"),
                                     ("섬진강 하구 주민들이 나서 치웠다", "주민들이 나서 치웠다")])
def test_an_og_title_cut_short_leaves_the_headline_whole(cleaner, h1, og):
    """og:title drops the clause after the headline's ``…`` or its opening words, as newsrooms cut it; ``<title>``
    says the headline whole: the headline's words are its own, on a clean page."""
    a = cleaner.clean(_three_copies(h1, og, h1, "전남 구례의 섬진강 쓰레기가 10년 만에 절반으로 줄었다.",
                                    "마을 주민들이 매주 강변을 청소한 결과다."))
    assert a.title == h1 and not a.report.contaminated and not a.report.edits


def test_a_game_word_after_the_headline_in_two_copies_is_spams(cleaner):
    """``... 일당 검거 바카라`` in the headline and og:title, ``<title>`` without it: a word after the headline with
    no separator is no clause a copy cut off.  Two copies against one are weak alone (a newsroom's og:title reworded
    makes them too), so it goes once other evidence shows the page contaminated (a hidden block of keyword links)."""
    h1 = "경찰, 불법 온라인 도박 사이트 운영 일당 검거"
    page = _three_copies(h1 + " 바카라", h1 + " 바카라", h1, "경찰이 도박 사이트 운영 일당을 검거했다.",
                         "일당은 3년간 사이트를 운영했다.")
    hidden = "<div style='display:none'><a href='http://lucky-casino77.com'>카지노사이트 추천</a></div></article>"
    a = cleaner.clean(page.replace("</article>", hidden))
    assert a.report.contaminated and a.title == h1


def test_a_headline_og_title_rewords_keeps_its_words_where_title_says_them(cleaner):
    """The visible headline and ``<title>`` say ``폐광지역 카지노 한빛랜드, ...``; og:title, written for sharing,
    rewords it (``한빛랜드, 3분기 카지노 매출 ...``): two copies against one, which a newsroom's rewording makes as
    well as spam's, so the words are weak alone and a clean page keeps its headline.  (On a page other evidence shows
    contaminated they are spam's, as before.)"""
    h1 = "폐광지역 카지노 한빛랜드, 3분기 매출 1천억원 돌파"
    story = ("폐광지역의 카지노 한빛랜드의 3분기 매출이 처음으로 1천억원을 넘었다.",
             "카지노 입장객은 지난해보다 12% 늘었고, 바카라 테이블의 드롭액도 늘었다.")
    a = cleaner.clean(_three_copies(h1, "한빛랜드, 3분기 카지노 매출 1천억원 돌파", h1, *story))
    assert a.title == h1 and not a.report.contaminated and not a.report.edits


def test_game_words_heading_the_headline_of_a_story_on_another_subject_stay_spams(cleaner):
    """``온라인 카지노 바카라 해안 쓰레기 ...`` in the visible headline and ``<title>``, og:title without them: opening
    words a copy drops are the headline's own only when the story's prose says its lexicon words too."""
    h1 = "해안 쓰레기 10년 만에 절반으로 줄어…주민 정화 활동 결실"
    story = ("전남 여수의 해안 쓰레기가 10년 만에 절반으로 줄었다.", "주민들이 해변을 청소한 결과다.")
    a = cleaner.clean(_three_copies("온라인 카지노 바카라 " + h1, h1, "온라인 카지노 바카라 " + h1, *story))
    assert a.title == h1


@pytest.mark.parametrize("headline", ["인천공항 슬롯 배분 끝났다…저비용항공사 신규 노선 희비",
                                      "인천공항 슬롯 배분 마쳤다…저비용항공사 신규 노선 희비"])
def test_a_headline_edited_after_its_meta_tags_is_no_spam(cleaner, headline):
    """The visible headline says ``끝났다`` where og:title and ``<title>``, kept from before the newsroom's edit, say
    ``완료``: a plain word written nowhere else on the page is as likely the newsroom's as spam's, so a clean page
    stays whole and unflagged; on a page that other evidence shows contaminated, the copies' word is put back."""
    title = "인천공항 슬롯 배분 완료…저비용항공사 신규 노선 희비"
    story = ("인천국제공항의 내년 여름 시즌 슬롯 배분이 마무리됐다.",
             "저비용항공사들은 새 노선을 늘리게 됐지만 일부 항공사는 원하는 시간대를 받지 못했다.")
    a = cleaner.clean(_page(title, headline, *story))
    assert a.title == headline and not a.report.contaminated and a.report.edits == []
    spam = '<div style="display:none"><a href="https://vip-casino77.example/">바카라사이트 추천</a></div>'
    b = cleaner.clean(_page(title, headline, *story).replace("</body>", spam + "</body>"))
    assert b.report.contaminated and b.title == title


@pytest.mark.parametrize("keyword", ["찐검증 바카라사이트", "무한충전 토토사이트"])
def test_a_keyword_the_twin_shows_whole_keeps_its_first_syllables(cleaner, keyword):
    """``시내찐검증 바카라사이트 준공영제`` beside og:title's ``시내버스 준공영제``: the twin shows the whole keyword
    in 버스's place, so its first syllables (찐, a modifier no list holds) are spam's, not what is left of a word of
    the story glued to the listed phrase (``시내찐``): every place gets 버스 back."""
    og = "청주시, 시내버스 준공영제 전면 도입"
    story = ("충북 청주시가 내년 7월부터 시내버스 준공영제를 전면 도입한다.",
             "버스 회사의 적자를 시가 보전해 주는 대신 노선 결정권을 시가 갖는다.",
             "시는 시내버스 노선 23개를 새로 짠다.")
    a = cleaner.clean(_page(og, og.replace("버스", keyword), *(p.replace("버스", keyword) for p in story)))
    assert a.title == og and a.paragraphs == list(story)


@pytest.mark.parametrize("name", ["별무리클럽", "달빛놀이터"])
def test_a_made_up_name_in_the_headlines_word_is_still_spams(cleaner, name):
    """The visible headline says a noun of three syllables or more no list holds where og:title and ``<title>``
    say 운임 (a code review): no predicate a newsroom rewords, but a made-up name's shape, so the copies' word goes
    back although the page has no other spam."""
    title = "해운업계 운임 석 달째 상승…컨테이너선 발주 늘어"
    story = ("국내 해운사들의 컨테이너 운임이 석 달째 올랐다.", "업계는 선박 발주를 늘리고 있다.")
    a = cleaner.clean(_page(title, title.replace("운임", name), *story))
    assert a.title == title and a.report.contaminated


def _two_figures(word_a: str, word_b: str, src_b: str, spam: bool) -> str:
    """A story on two teams' training with a photo of each: the captions are a team's name apart; ``src_b`` is the
    second photo's file and ``spam`` adds spam's hashtags."""
    caption = "개막전을 앞둔 20일 서울 고척스카이돔에서 {} 선수들이 훈련하고 있다."
    tags = "<p>#바카라사이트추천 #카지노사이트순위</p>" if spam else ""
    return ("<html><head><title>서울 개막전 D-1</title></head><body><article><h1>서울 개막전 D-1</h1>"
            f"<figure><img src='/photo/2025/0320_01.jpg'><figcaption>{caption.format(word_a)}</figcaption></figure>"
            f"<figure><img src='{src_b}'><figcaption>{caption.format(word_b)}</figcaption></figure>"
            f"<p>정규시즌 개막전이 21일 서울에서 열린다. 두 팀은 이틀간 맞붙는다.</p>"
            f"<p>{word_b}는 이번 시리즈에 주전 선수를 모두 데려왔다.</p>{tags}</article></body></html>")


@pytest.mark.parametrize("spam", [False, True])
def test_two_photos_captions_a_teams_name_apart_are_both_kept(cleaner, spam):
    """Two photos (two image files), captions alike but for a team's name (``보스턴`` and ``LA RAIDERS``): two
    photos' captions, not one printed twice with spam's word in one; the name is no keyword, on a clean page or on
    one whose spam is elsewhere."""
    page = _two_figures("보스턴", "LA RAIDERS", "/photo/2025/0320_02.jpg", spam)
    a = cleaner.clean(page)
    teams = ("보스턴", "LA RAIDERS")
    assert a.captions == [f"개막전을 앞둔 20일 서울 고척스카이돔에서 {w} 선수들이 훈련하고 있다." for w in teams]
    assert a.paragraphs[1] == "LA RAIDERS는 이번 시리즈에 주전 선수를 모두 데려왔다."
    assert a.report.contaminated == spam and not [e for e in a.report.edits if e.field == "captions"]
    assert not any("RAIDERS" in k.upper() for k in a.report.keywords)


@pytest.mark.parametrize("first, second, two", [
    ("0320_01.jpg", "0320_02.jpg", True),
    ("0320_01.jpg", "0320_01_s.jpg", False),  # a thumbnail of the same photo
    ("0320_01.jpg", "s_0320_01.jpg", False),
    ("0320_1.jpg", "0320_12.jpg", True),  # a number more is another photo
    ("gate.jpg", "gate_night.jpg", True),  # a word more too
    ("cdn.example.kr/view.php?no=12", "cdn.example.kr/view.php?no=13", True),  # a generic name and its query
    ("0320_01.jpg", "640x_0320_01.jpg", False),  # a size's mark
    ("0320_01.jpg", "", False),  # a caption with no photo known: its words alone tell
])
def test_two_photos_are_told_by_their_files(first, second, two):
    caption = "20일 고척스카이돔에서 선수들이 훈련하고 있다."
    blocks = [Block(CAPTION, caption, attrs={"photo": f} if f else {}) for f in (first, second)]
    assert two_photos(*blocks) is two


@pytest.mark.parametrize("img, name", [
    ("<img src='https://cdn.example.kr/news/photo/202503/0320_01.JPG?w=600#top'>", "0320_01.jpg"),
    ("<img src='data:image/gif;base64,R0lGOD' data-src='/p/7.jpg'>", "7.jpg"),  # a lazy loader's placeholder
    ("<img src='/img/loading.gif' data-lazy='/p/0417.jpg'>", "0417.jpg"),
    ("<img src='/img/1x1.png' data-echo='/p/0418.jpg'>", "0418.jpg"),
    ("<img srcset='/p/0419-640.jpg 640w, /p/0419-1280.jpg 1280w'>", "0419-640.jpg"),
    ("<picture><source srcset='/p/0420.webp'><img src='/p/0420.jpg'></picture>", "0420.webp"),  # one photo
    ("<amp-img src='/p/0421.jpg'></amp-img>", "0421.jpg"),
    ("<img src='/ico/icon_zoom.png'><img src='/p/0422.jpg'>", "0422.jpg"),  # a zoom icon beside the photo
    ("<img src='https://cdn.example.kr/a81f/image.jpg'>", "cdn.example.kr/a81f/image.jpg?"),  # a generic name
    ("<img src='data:image/gif;base64,R0lGOD'>", ""),
    ("<img src='/img/loading.gif'>", ""),  # a placeholder, the same for every photo
    ("<img src='/p/1.jpg'><img src='/p/2.jpg'>", ""),  # two photos: whose is unknown
    ("<span>사진</span>", ""),
])
def test_a_captions_photo_is_the_one_image_around_it(img, name):
    figure = LexborHTMLParser(f"<figure>{img}<figcaption>캡션</figcaption></figure>").css_first("figure")
    assert photo_of(figure.css_first("figcaption"), figure) == name


def test_each_caption_of_a_gallery_box_has_its_own_photo():
    """A box of several photos, each in an item with its caption: each caption's photo is its item's, not the
    box's first."""
    items = "".join(f"<div class='item'><img src='/p/{k}.jpg'><p class='caption'>캡션 {k}</p></div>" for k in (1, 2))
    box = LexborHTMLParser(f"<div class='photo_list'>{items}</div>").css_first("div.photo_list")
    assert [photo_of(c, box) for c in box.css("p.caption")] == ["1.jpg", "2.jpg"]


def test_two_photos_with_one_caption_keep_it_each(cleaner):
    """A credit under each of two photos (``(사진=한빛일보 DB)``): each photo's caption, kept twice, no edit."""
    figure = "<figure><img data-src='/p/{}.jpg' src='data:image/gif;base64,R0lGOD'><figcaption>(사진=한빛일보 DB)"
    page = ("<html><head><title>봄꽃 축제 개막</title></head><body><article><h1>봄꽃 축제 개막</h1>"
            + "".join(figure.format(k) + "</figcaption></figure>" for k in (1, 2))
            + "<p>봄꽃 축제가 5일 개막해 열흘간 이어진다.</p><p>시는 관람객 30만명을 예상한다.</p>"
            "</article></body></html>")
    a = cleaner.clean(page)
    assert a.captions == ["(사진=한빛일보 DB)"] * 2 and not a.report.edits and not a.report.notes


@pytest.mark.parametrize("dirty_first", [True, False])
def test_a_caption_copy_with_a_word_put_between_its_words_is_dropped(cleaner, dirty_first):
    """Two printings of a caption on a page spam's hashtags show contaminated, one with a made-up name put between
    two of its words (``시내버스가 별빛클럽 지나고``) that nothing else on the page names: the copy without it is
    kept, whichever comes first."""
    clean = "충북 청주시 도심을 시내버스가 지나고 있다. [한빛일보 자료사진]"
    dirty = clean.replace("시내버스가 ", "시내버스가 별빛클럽 ")
    captions = [dirty, clean] if dirty_first else [clean, dirty]
    page = ("사회 > 지역\n\n청주 시내버스 준공영제 시행\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + "\n".join(captions)
            + "\n\n청주시가 내년부터 시내버스 준공영제를 시행한다.\n\n#바카라사이트추천 #카지노사이트순위"
            "\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert a.captions == [clean]
    assert "'별빛클럽'" in next(e for e in a.report.edits if e.kind == "merge").evidence


def _two_photos_page(word_a: str, word_b: str, spam: bool) -> str:
    """A text page: two photos of two teams' training, their captions a team's name apart; the story names the
    second team in Latin letters; ``spam`` adds spam's hashtags."""
    caption = "개막전을 앞둔 20일 서울 고척스카이돔에서 {} 선수들이 훈련하고 있다. [한빛일보 자료사진]"
    tags = "#바카라사이트추천 #카지노사이트순위\n\n" if spam else ""
    return ("스포츠 > 야구\n\n서울 개막전 D-1\n\n한빛일보\n\n입력 2025.03.19 09:00\n\n"
            + "\n".join(caption.format(w) for w in (word_a, word_b))
            + f"\n\n정규시즌 개막전이 21일 서울에서 열린다. 두 팀은 이틀간 맞붙는다.\n\n{word_b}는 이번 시리즈에 주전 "
            f"선수를 모두 데려왔다.\n\n{tags}홍길동 기자\n")


@pytest.mark.parametrize("spam", [False, True])
@pytest.mark.parametrize("word_a, word_b", [("보스턴", "LA RAIDERS"), ("팀 K리그", "TOTTENHAM HOTSPUR FC")])
def test_two_captions_a_teams_name_apart_on_a_text_page_are_both_kept(cleaner, spam, word_a, word_b):
    """A text page has no image files to tell two photos apart: two captions that differ in a team's name of two
    Latin words or more, no spam in either, are both kept and the name is no keyword, on a clean page or on one
    whose spam is elsewhere."""
    a = cleaner.clean(_two_photos_page(word_a, word_b, spam))
    assert len(a.captions) == 2 and word_a in a.captions[0] and word_b in a.captions[1]
    assert a.paragraphs[1].startswith(word_b)
    assert a.report.contaminated == spam and all("바카라사이트" in e.before for e in a.report.edits)


@pytest.mark.parametrize("dirty", [
    "2일 서울 종로구 세종대로 사거리를 시내버스가 은하 클럽 지나고 있다. [한빛일보 자료사진]",  # two words
    "은하클럽 2일 서울 종로구 세종대로 사거리를 시내버스가 지나고 있다. [한빛일보 자료사진]",  # at the start
    "2일 서울 종로구 세종대로 사거리를, 은하클럽 시내버스가 지나고 있다. [한빛일보 자료사진]",  # after a comma
    "2일 서울 종로구 세종대로 사거리를 은하클럽시내버스가 지나고 있다. [한빛일보 자료사진]",  # glued to a word
])
def test_words_put_in_one_printing_of_a_caption_in_any_place(cleaner, dirty):
    clean = "2일 서울 종로구 세종대로 사거리를 시내버스가 지나고 있다. [한빛일보 자료사진]"
    page = ("사회 > 교통\n\n종로 시내버스 노선 조정\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + dirty + "\n" + clean
            + "\n\n서울시는 다음 달부터 종로 일대 시내버스 노선 12개를 조정한다.\n\n#바카라사이트추천 #카지노사이트순위"
            "\n\n홍길동 기자\n")
    assert cleaner.clean(page).captions == [clean]


def test_a_date_put_in_an_updated_printing_is_no_keyword(cleaner):
    """An updated printing of a caption with the date put in (``선수들이 2일 김포공항을``): a newsroom's, never
    spam's: the date is no keyword, and the paragraph that says it keeps it; both printings are the page's."""
    captions = ["축구 국가대표팀 선수들이 김포공항을 통해 입국하고 있다. [한빛일보 자료사진]",
                "축구 국가대표팀 선수들이 2일 김포공항을 통해 입국하고 있다. [한빛일보 자료사진]"]
    lead = "축구 국가대표팀이 2일 오후 김포공항을 통해 귀국했다."
    page = ("스포츠 > 축구\n\n대표팀 귀국\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + "\n".join(captions)
            + f"\n\n{lead}\n\n#바카라사이트추천 #카지노사이트순위\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert a.paragraphs == [lead] and a.captions == captions and "2일" not in a.report.keywords


def _figures(*pairs: tuple[str, str]) -> str:
    """An HTML page on a match with a photo per (file, caption) and spam's hashtags."""
    body = "".join(f"<figure><img src='/photo/{f}'><figcaption>{c}</figcaption></figure>" for f, c in pairs)
    return ("<html><head><title>홈 개막전 만원 관중</title></head><body><article><h1>홈 개막전 만원 관중</h1>"
            f"{body}<p>2일 열린 홈 개막전에 2만명이 몰렸다.</p><p>#바카라사이트추천 #카지노사이트순위</p>"
            "</article></body></html>")


def test_two_photos_captions_with_spam_glued_to_the_word_they_differ_in_are_both_kept(cleaner):
    """Two photos (two files), captions a word apart (``홈팀`` and ``원정팀``), spam glued to the second's word: the
    spam does not explain where they differ, so they are two photos' captions, both kept, the spam cut in place."""
    caption = "2일 서울 잠실구장에서 열린 준플레이오프 1차전에서 {} 관중들이 응원하고 있다."
    home, away = caption.format("홈팀"), caption.format("원정팀카지노사이트")
    a = cleaner.clean(_figures(("0417.jpg", home), ("0418.jpg", away)))
    assert a.captions == [caption.format("홈팀"), caption.format("원정팀")]


def test_one_photos_two_printings_fold_with_no_spam_span(cleaner):
    """The same photo's file under both printings, one with a made-up name of two words put in that no list
    knows: one caption printed twice, folded to the copy without the words."""
    clean = "2일 경기장을 찾은 관중들이 응원하고 있다."
    a = cleaner.clean(_figures(("0417.jpg", clean.replace("찾은 ", "찾은 은하 클럽 ")), ("0417.jpg", clean)))
    assert a.captions == [clean]


def test_spams_name_of_two_latin_words_in_one_printing_is_still_learned(cleaner):
    """A name of two Latin words in one printing of a caption that the story writes nowhere else (``LUCKY STAR``
    for ``세종대로``): spam's, learned as a keyword and the clean printing kept."""
    clean = "2일 서울 종로구 세종대로 사거리를 시내버스가 지나고 있다. [한빛일보 자료사진]"
    page = ("사회 > 교통\n\n종로 시내버스 노선 조정\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + clean + "\n"
            + clean.replace("세종대로", "LUCKY STAR") + "\n\n서울시는 다음 달부터 시내버스 노선을 조정한다."
            "\n\n#바카라사이트추천 #카지노사이트순위\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert a.captions == [clean] and "lucky star" in [k.lower() for k in a.report.keywords]


def _caption_pair_page(title: str, first: str, second: str, *story: str) -> str:
    """A text page with two caption lines and spam's hashtags after the story."""
    return (f"문화 > 공연\n\n{title}\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n{first}\n{second}\n\n"
            + "\n\n".join(story) + "\n\n#바카라사이트추천 #카지노사이트순위\n\n홍길동 기자\n")


def test_two_captions_worded_apart_in_two_places_with_no_spam_are_both_kept(cleaner):
    """Two photos of a resort (``카지노 영업장 입구에`` and ``호텔 로비에``) on a page spam's hashtags show
    contaminated: no spam in either caption, so nothing says one is a dirty copy of the other."""
    first = "2일 해오름리조트 카지노 영업장 입구에 이용객들이 줄을 서 있다. [한빛일보 자료사진]"
    second = "2일 해오름리조트 호텔 로비에 이용객들이 줄을 서 있다. [한빛일보 자료사진]"
    a = cleaner.clean(_caption_pair_page("해오름리조트 카지노 리모델링", first, second,
                                         "해오름리조트가 내년 상반기 카지노 영업장 리모델링을 마친다."))
    assert a.captions == [first, second]


def test_a_word_put_in_one_caption_that_the_story_writes_is_no_spams(cleaner):
    """One caption names the band (``그룹 하늘결 멤버들이``), the other not: the story's headline and lead name the
    band, so the word is the story's, not spam's put in, and both captions stay."""
    first = "2일 서울 송파구 체조경기장에서 열린 콘서트에서 그룹 멤버들이 노래하고 있다. [한빛일보 자료사진]"
    second = first.replace("그룹 멤버들이", "그룹 하늘결 멤버들이")
    a = cleaner.clean(_caption_pair_page("하늘결 데뷔 5주년 콘서트", first, second,
                                         "그룹 하늘결이 데뷔 5주년 기념 콘서트를 열었다."))
    assert a.captions == [first, second]


@pytest.mark.parametrize("adverb", ["힘차게", "나란히", "힘껏"])
def test_an_adverb_put_in_one_caption_is_the_newsrooms(cleaner, adverb):
    """Two captions a word apart, the second with an adverb (``힘차게 달리고``), on a text page spam's hashtags show
    contaminated: spam puts in names, not adverbs, so nothing says which printing is a dirty copy (two photos, or
    a caption reworded) and both stay."""
    first = "2일 경기 과천 경마공원에서 열린 대상경주에서 경주마들이 달리고 있다. [한빛일보 자료사진]"
    second = first.replace("달리고", f"{adverb} 달리고")
    a = cleaner.clean(_caption_pair_page("과천 가을 대상경주", first, second, "가을 대상경주가 2일 과천에서 열렸다."))
    assert a.captions == [first, second]


def test_a_name_ending_like_an_adverb_put_in_one_caption_is_spams_to_the_model(cleaner):
    """``황금가게``, ``럭키게`` end like an adverb (``-게``) but are a noun and a name: the optional language model
    reads them so, and the printing they were put in gives way to the other (without the model the ending alone
    is read, and both printings stay); an adverb with no such ending (``팡팡``, a name spam may use) is read as any
    word put in."""
    if language_model() is None:
        pytest.skip("the optional language model (kiwipiepy) is not installed")
    first = "2일 경기 과천 경마공원에서 열린 대상경주에서 경주마들이 달리고 있다. [한빛일보 자료사진]"
    for name in ("황금가게", "럭키게", "팡팡"):
        second = first.replace("달리고", f"{name} 달리고")
        page = _caption_pair_page("과천 가을 대상경주", first, second, "가을 대상경주가 2일 과천에서 열렸다.")
        assert cleaner.clean(page).captions == [first]


def test_a_captions_clean_copy_in_the_body_is_folded_once_its_word_is_back(cleaner):
    """A photo's caption with spam's name in the place of a word and its particle (``억새길을``), its clean copy
    printed as the body's first paragraph: the caption gets the whole word back, particle and all, and the body's
    copy goes as the caption printed twice."""
    clean = "2일 전남 순천만 국가정원을 찾은 관광객들이 억새길을 걷고 있다."
    page = ("<html><head><title>순천만 억새 축제 개막</title></head><body><article><h1>순천만 억새 축제 개막</h1>"
            f"<figure><img src='/p/0555.jpg'><figcaption>{clean.replace('억새길을', 'STARPIK7')}</figcaption>"
            f"</figure><p>{clean}</p><p>순천만 국가정원 억새 축제가 2일 개막했다.</p>"
            "<p>#바카라사이트추천 #카지노사이트순위</p></article></body></html>")
    a = cleaner.clean(page)
    assert a.captions == [clean] and a.paragraphs == ["순천만 국가정원 억새 축제가 2일 개막했다."]


@pytest.mark.parametrize("story, tags", [
    ("서울 마포구 공원 일대에 가을 꽃길이 생겼다.", "#바카라사이트추천 #카지노사이트순위 #은하클럽"),  # in spam's line
    ("은하클럽하우스가 공원 일대에 가을 꽃길을 조성했다.", "#바카라사이트추천 #카지노사이트순위"),  # in a longer word
])
def test_a_word_put_in_is_spams_when_the_article_writes_it_only_in_spam_or_inside_a_word(cleaner, story, tags):
    """The word one printing of a caption has put in counts as the story's only where the article writes it as a
    word of its own outside spam: not in spam's hashtag line, not as part of a longer word."""
    clean = "2일 서울 마포구 월드컵공원에서 시민들이 산책을 하고 있다. [한빛일보 자료사진]"
    dirty = clean.replace("월드컵공원에서 ", "월드컵공원에서 은하클럽 ")
    page = ("사회 > 지역\n\n마포 공원에 가을 꽃길\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + f"{clean}\n{dirty}"
            + f"\n\n{story}\n\n{tags}\n\n홍길동 기자\n")
    assert cleaner.clean(page).captions == [clean]


@pytest.mark.parametrize("caption", ["“아이들이 마음껏 뛰어놀 곳이 필요합니다.”",
                                     "“STARQ88 마음껏 뛰어놀 곳이 필요합니다.”"])
def test_a_paragraph_a_later_caption_repeats_stays_the_storys(cleaner, caption):
    """A quote that a later photo's caption repeats, further down the story (a pull quote), on a page spam's
    hashtags show contaminated: the story's own paragraph, not the caption's copy, also when spam took a word's
    place in the caption and the word is put back."""
    quote = "“아이들이 마음껏 뛰어놀 곳이 필요합니다.”"
    page = ("<html><head><title>봉화 산사태로 마을 고립</title></head><body><article><h1>봉화 산사태로 마을 고립</h1>"
            f"<p>2일 오전 경북 봉화군의 한 마을이 산사태로 고립됐다.</p><p>{quote}</p>"
            "<p>소방당국은 주민 40여 명을 인근 학교로 대피시켰다.</p><p>복구에는 최소 일주일이 걸릴 전망이다.</p>"
            f"<figure><img src='/p/b2.jpg'><figcaption>{caption}</figcaption></figure>"
            "<p>#바카라사이트추천 #카지노사이트순위</p></article></body></html>")
    a = cleaner.clean(page)
    assert quote in a.paragraphs and a.captions == [quote]


def test_one_photos_printing_with_spam_and_a_word_before_it_put_in_is_folded(cleaner):
    """Two printings under one photo's file, one with spam's phrase and a modifier no list holds put in before it
    (``무심사보장 카지노사이트 추천``): one caption printed twice, the dirty copy dropped, nothing put back in its
    place."""
    clean = "한 리조트의 외국인 전용 카지노 입구. (사진=한빛일보 DB)"
    dirty = clean.replace("리조트의 ", "리조트의 무심사보장 카지노사이트 추천 ")
    a = cleaner.clean(_figures(("0417.jpg", dirty), ("0417.jpg", clean)))
    assert a.captions == [clean] and not [e for e in a.report.edits if e.kind == "restore"]


def test_a_band_named_in_one_caption_only_leaves_a_clean_page_clean(cleaner):
    """A clean text page whose two caption lines differ by a band's name of two Latin words that the story writes
    nowhere else (``밴드 SILVER OWL이`` beside ``밴드가``): the name is weak alone, as spam's own would be, so
    the page is not contaminated and keeps both lines."""
    captions = ["2일 낙안읍성 민속축제에서 밴드 SILVER OWL이 공연하고 있다. [한빛일보 자료사진]",
                "2일 낙안읍성 민속축제에서 밴드가 공연하고 있다. [한빛일보 자료사진]"]
    page = ("문화 > 공연\n\n낙안읍성 민속축제 개막\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + "\n".join(captions)
            + "\n\n낙안읍성 민속축제가 2일 개막했다.\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert not a.report.contaminated and not a.report.edits and a.captions == captions


def test_a_photo_storys_paragraph_that_repeats_its_caption_stays_on_a_page_with_spam(cleaner):
    """A photo story prints each photo's caption and then a paragraph that says the same words; spam's hashtags
    elsewhere make the page contaminated, but neither copy has spam in it, so the paragraph is the story's, as
    on the clean page, not a dirty caption's clean copy."""
    steps = ["새벽 4시, 어시장에 첫 배가 들어오고 있다.", "아침 8시, 식당 주인이 생선을 고르고 있다."]
    body = "".join(f"<figure><img src='/p/{k}.jpg'><figcaption>{t}</figcaption></figure><p>{t}</p>"
                   for k, t in enumerate(steps))
    page = ("<html><head><title>[포토] 어시장의 하루</title></head><body><article><h1>[포토] 어시장의 하루</h1>"
            f"{body}<p>#바카라사이트추천 #카지노사이트순위</p></article></body></html>")
    a = cleaner.clean(page)
    assert a.report.contaminated and a.paragraphs == steps and a.captions == steps


def test_a_gallerys_dirty_caption_is_folded_with_its_own_copy_not_another_photos(cleaner):
    """Three photos of a fireworks show, each caption repeated by a paragraph after it; spam put its name in the
    middle caption (``캐나다팀의 NAME``). No photo's caption is lost: the dirty one gives way to its own copy, and
    the captions and paragraphs with no spam in them, a team's name apart, are each the page's own."""
    line = "2일 서울 여의도 한강공원에서 열린 불꽃축제에서 {}팀의 불꽃이 밤하늘을 수놓고 있다."
    teams = ("일본", "캐나다", "한국")
    body = "".join(f"<figure><img src='/p/fw{k}.jpg'><figcaption>{line.format(t)}</figcaption></figure>"
                   f"<p>{line.format(t)}</p>" for k, t in enumerate(teams))
    body = body.replace("캐나다팀의 불꽃이 밤하늘을 수놓고 있다.</fig", "캐나다팀의 STARQ88 밤하늘을 수놓고 있다.</fig")
    page = ("<html><head><title>여의도 밤하늘 수놓은 불꽃</title></head><body><article><h1>여의도 밤하늘 수놓은 불꽃"
            f"</h1>{body}<p>불꽃축제가 2일 여의도 한강공원에서 열렸다.</p><p>주최 측 추산 100만 명이 몰렸다.</p>"
            "<p>#바카라사이트추천 #카지노사이트순위</p></article></body></html>")
    a = cleaner.clean(page)
    assert a.captions == [line.format(t) for t in teams]
