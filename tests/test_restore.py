"""Restoration on weak evidence: where the page does not prove the word a keyword replaced, the keyword is removed
and the place flagged (or the insertion cut) rather than a guessed word put in.  The pages are written for these
tests."""

from __future__ import annotations

HEAD = "사회 > 지역\n\n{title}\n\n한빛일보\n\n입력 2025.03.14 09:30\n\n"
BYLINE = "(안양=한빛일보) 윤서진 기자\n"


def _twin_caption(dirty: str, clean: str) -> str:
    """A caption printed twice, one copy dirty: the clean copy proves what the keyword stands for."""
    return f"{dirty} ⓒ 한빛일보 윤서진 기자\n{clean} ⓒ 한빛일보 윤서진 기자\n\n"


def test_a_keyword_standing_twice_in_a_row_stands_for_two_words(cleaner):
    """``해님라운지 해님라운지에게``: no sentence says one noun twice in a row, so the keyword replaced two words here
    (도서관 회원에게), and proving it stood for 도서관 in the caption proves nothing about its other places."""
    page = (
        HEAD.format(title="동네 도서관, 밤 10시까지 문 연다")
        + _twin_caption("14일 경기 안양시의 한 해님라운지에서 주민들이 책을 고르고 있다.",
                        "14일 경기 안양시의 한 도서관에서 주민들이 책을 고르고 있다.")
        + BYLINE
        + "안양시가 다음 달부터 시내 해님라운지 12곳의 운영 시간을 밤 10시까지 늘린다.\n\n"
        "시는 해님라운지 해님라운지에게 보내는 안내문에서 야간 열람실을 새로 연다고 밝혔다.\n\n"
        "해님라운지은 평일 낮에만 열었다. 해님라운지을 찾는 발길이 늘었다.\n\n"
        "시 관계자는 \"퇴근한 직장인도 책을 빌릴 수 있게 하려는 것\"이라고 말했다.\n"
    )
    a = cleaner.clean(page)
    assert a.captions == ["14일 경기 안양시의 한 도서관에서 주민들이 책을 고르고 있다. ⓒ 한빛일보 윤서진 기자"]
    body = " ".join(a.paragraphs)
    assert "해님" not in body and "도서관 도서관" not in body
    assert not [e for e in a.report.edits if e.kind == "restore"]
    assert len([e for e in a.report.edits if e.kind == "flag"]) == 5


def test_a_keyword_slipped_in_beside_a_word_does_not_double_it(cleaner):
    """``전남 KW 지역의 ...``: the page prints ``전남 지역의 ...`` elsewhere, which attests 전남 before the rest of the
    sentence — but 전남 already stands right before the keyword: the keyword was slipped in, and putting 전남 in
    its place would say it twice."""
    page = (
        HEAD.format(title="배 농가, 봄 서리 피해 막으려 방상팬 돌린다")
        + BYLINE
        + "전남 지역의 한 배 과수원에서 농민들이 방상팬을 점검하고 있다.\n\n"
        "올봄 늦서리가 잦을 것이라는 예보에 농가들이 대비에 나섰다.\n\n"
        "전남 바카라사이트 추천 지역의 한 배 과수원에서 농민들이 방상팬을 점검하고 있다는 소식이다.\n"
    )
    a = cleaner.clean(page)
    assert "전남 지역의 한 배 과수원에서 농민들이 방상팬을 점검하고 있다는 소식이다." in a.paragraphs
    assert not any("전남 전남" in p for p in [*a.paragraphs, *a.captions])
    assert not [e for e in a.report.edits if e.kind == "restore"]


def test_a_keyword_glued_to_the_first_word_of_a_paragraph_is_cut(cleaner):
    """``KW여자프로배구 ...`` opening a paragraph is the glued-insertion shape: that the keyword stands for 우승 in
    the caption does not make ``우승여자프로배구`` a word."""
    page = (
        HEAD.format(title="여자배구 흥국스타, 창단 첫 우승")
        + _twin_caption("14일 경기 수원체육관에서 흥국스타 선수들이 골드카지노77 트로피를 들고 있다.",
                        "14일 경기 수원체육관에서 흥국스타 선수들이 우승 트로피를 들고 있다.")
        + "골드카지노77여자프로배구 흥국스타가 창단 첫 챔피언결정전 정상에 올랐다.\n\n"
        "흥국스타는 14일 5차전에서 세트 점수 3-1로 이겼다.\n\n"
        "감독은 \"선수들이 끝까지 버텼다\"고 말했다.\n\n윤서진 기자\n"
    )
    a = cleaner.clean(page)
    assert a.paragraphs[0] == "여자프로배구 흥국스타가 창단 첫 챔피언결정전 정상에 올랐다."
    assert not [e for e in a.report.edits if e.kind == "restore"]


def test_the_language_model_does_not_outvote_a_twin():
    """A twin proves 관람객 in the hole; the page's short context offers 입장료 too and the model prefers it: the
    model may stop a restoration, never put its own choice over what the place itself proves — the conflict of
    the two is flagged."""
    from cleantext.restore.decide import decide

    local = {"관람객": (0.99, "twin meta description has '관람객' here"),
             "입장료": (0.58, "page attests 5+2 characters of context around '입장료'")}
    dec = decide(local, {}, "이", "substitute", preferred=("입장료", 7.5), proven={"입장료", "관람객"})
    assert dec.action == "flag" and dec.word == ""
    # without the model's objection the twin's word is restored
    assert decide(local, {}, "이", "substitute").word == "관람객"


def test_a_candidate_ruled_out_beside_its_twin_lets_no_weaker_word_through():
    """``전남 KW 지역``: the mapping's 전남 is out (it would double the word before), and the runner-up, offered by
    a short context, must not be restored in its stead: ruling a word out only ever stops a restoration."""
    from cleantext.restore.decide import decide

    local = {"경남": (0.78, "page attests 9+0 characters of context around '경남'")}
    dec = decide(local, {"전남": 1.0}, "", "substitute", beside={"전남": "before", "지역": "after"})
    assert dec.action == "flag" and "would repeat the word before" in dec.evidence


def test_the_same_noun_with_a_particle_is_no_rival_of_it():
    """Context elsewhere offers 공영차고지 and, from a place where a particle followed it, 공영차고지를: one noun,
    not two words competing for the hole, so the better-attested bare noun is restored; a different word that
    close still stops the restoration."""
    from cleantext.restore.decide import decide

    local = {"공영차고지": (0.95, "page attests 6+6 characters of context around '공영차고지'"),
             "공영차고지를": (0.9, "page attests 6+4 characters of context around '공영차고지를'")}
    dec = decide(local, {}, "", "substitute")
    assert dec.action == "restore" and dec.word == "공영차고지"
    local["차고지"] = (0.9, "page attests 2+6 characters of context around '차고지'")
    assert decide(local, {}, "", "substitute").action == "flag"
    # 경기도 is a word of its own, not 경기 and the particle 도: the two compete, and neither is proven
    rivals = {"경기": (0.85, "page attests 6+0 characters"), "경기도": (0.8, "page attests 6+6 characters")}
    assert decide(rivals, {}, "는", "substitute").action == "flag"
    assert decide(rivals, {}, "", "substitute").action == "flag"


def test_a_noun_attested_with_a_particle_is_restored_bare_where_none_follows():
    """``양당 ___ 모두`` in a headline, ``양당 선수단을 모두`` in the body: the context proves the noun, and the hole
    has no particle after it (a substitution leaves the particle glued to the keyword), so the bare noun is put
    back.  Weak one-sided contexts of one noun with several particles prove no more than the best of them."""
    from cleantext.restore.decide import decide

    local = {"선수단을": (0.92, "page attests 6+5 characters of context around '선수단을'"),
             "선수단": (0.3, "page attests 6+0 characters of context around '선수단'")}
    dec = decide(local, {}, "", "substitute")
    assert dec.action == "restore" and dec.word == "선수단"
    weak = {w: (0.45, "page attests 5+0 characters of context") for w in ("선수단", "선수단이", "선수단에")}
    assert decide(weak, {}, "", "substitute").action == "flag"


def test_a_two_part_keyword_inside_a_compound_is_one_hole(cleaner):
    """``시내파워볼사이트 은하수77 요금이``: spam's two-word keyword took 버스's place inside 시내버스, and the evidence
    finds it in two parts (a lexicon phrase glued to 시내, then a name after it).  Written together at every place,
    the two are one hole, which the page's context fills (``다음 달부터 시내버스 요금이``); the article's 시내 is
    never taken for a word of spam's."""
    page = (
        HEAD.format(title="시내버스 요금 다음 달 오른다")
        + BYLINE
        + "다음 달부터 시내파워볼사이트 은하수77 요금이 200원 오른다.\n\n"
        "시는 시내파워볼사이트 은하수77 노선도 10개 늘리기로 했다.\n\n"
        "시민들은 다음 달부터 시내버스 요금이 부담된다고 했다.\n\n"
        "#바카라사이트추천#안전놀이터\n"
    )
    a = cleaner.clean(page)
    assert a.paragraphs == [
        "다음 달부터 시내버스 요금이 200원 오른다.",
        "시는 시내버스 노선도 10개 늘리기로 했다.",
        "시민들은 다음 달부터 시내버스 요금이 부담된다고 했다.",
    ]
    assert [e.before for e in a.report.edits if e.kind == "restore"] == ["파워볼사이트 은하수77"] * 2


def test_a_keyword_before_a_gloss_carries_the_particle_after_it(cleaner):
    """``올봄 KW(미세먼지)이 ...``: the particle after the parenthesis belongs to the word before it, so the keyword
    replaced a word; with nothing on the page to say which, the place is flagged, not reported as an insertion."""
    page = (
        HEAD.format(title="황사 한 달 일찍 왔다…노약자 외출 자제")
        + BYLINE
        + "올봄 안전놀이터추천(미세먼지)이 평년보다 열흘쯤 빨리 찾아와 노약자의 외출 자제를 당부했다.\n\n"
        "기상청은 주말까지 중국발 먼지가 이어질 것으로 내다봤다.\n\n"
        "보건당국은 외출할 때 마스크를 쓰라고 권했다.\n"
    )
    a = cleaner.clean(page)
    assert a.paragraphs[0].startswith("올봄 (미세먼지)이 평년보다")
    (edit,) = [e for e in a.report.edits if e.before.strip() == "안전놀이터추천"]
    assert edit.kind == "flag" and "substituted word not proven" in edit.evidence


def test_a_keyword_before_a_parenthesis_and_a_space_was_slipped_in():
    """``KW(24시간) 상담``: no particle after the parenthesis, so nothing says a word stood there; the keyword and its
    parenthesis are an insertion, cut without a flag."""
    from cleantext.spam.detect import Span
    from cleantext.spam.remove import INSERT, SUBSTITUTE, classify

    text = "올봄 안전놀이터추천(24시간) 상담이 늘었다."
    a = text.index("안전놀이터추천")
    span = Span(0, a, a + len("안전놀이터추천"), "안전놀이터추천", ["test"], 0.9)
    assert classify(text, span) == INSERT
    glossed = "올봄 안전놀이터추천(미세먼지)이 늘었다."
    assert classify(glossed, span) == SUBSTITUTE


def test_the_particle_a_hole_kept_is_no_context_on_its_right():
    """``받을 수 있는 ___이 없었다`` beside ``받을 수 있는 병원이 한 곳``: the two agree on the left and on the particle
    only, and the particle is what the hole kept anyway (every noun it fits agrees there): the page attests one
    side of the place, not both, so 병원 is no proof against the caption's 응급실."""
    from cleantext.restore.context import Hole, candidates
    from cleantext.restore.decide import two_sided

    corpus = "응급 진료를 받을 수 있는 병원이 한 곳뿐이다.\n소아 환자를 받을 수 있는 \x00이 없었다."
    hole = Hole("소아 환자를 받을 수 있는 ", "이 없었다.", "", "이")
    left, right = candidates(corpus, hole)["병원"]
    assert left >= 8 and not two_sided(left, right)


def test_a_word_attested_with_the_same_particle_does_not_outvote_the_twin(cleaner):
    """The caption's clean copy proves the keyword stands for 응급실; ``받을 수 있는 병원이`` elsewhere agrees with
    the paragraph's hole on its left and its particle only, which is no reason to put 병원 there instead."""
    page = (
        HEAD.format(title="야간 소아 진료 공백 여전")
        + _twin_caption("14일 안양의 한 병원 달빛카지노 앞에 구급차가 서 있다.",
                        "14일 안양의 한 병원 응급실 앞에 구급차가 서 있다.")
        + BYLINE
        + "지난달 밤사이 응급 진료를 받을 수 있는 병원이 한 곳뿐인 지역이 여럿이었다.\n\n"
        "안양시 동안구에서는 소아 환자를 받을 수 있는 달빛카지노이 없었다.\n\n"
        "시 관계자는 \"야간 당직 의사를 더 구하겠다\"고 말했다.\n"
    )
    a = cleaner.clean(page)
    assert "안양시 동안구에서는 소아 환자를 받을 수 있는 응급실이 없었다." in a.paragraphs


def test_a_twins_word_ending_like_a_particle_is_restored_whole(cleaner):
    """The twin has ``세종대로`` where the dirty printing has spam's name, and the hole has no particle after it:
    the road's name is put back whole, not read as ``세종대`` with the particle 로 (a bare hole takes bare nouns,
    but the twin shows the very word at this place)."""
    clean = "2일 서울 종로구 세종대로 사거리를 시내버스가 지나고 있다. [한빛일보 자료사진]"
    page = ("사회 > 교통\n\n종로 시내버스 노선 조정\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + clean + "\n"
            + clean.replace("세종대로", "LUCKY RIVER") + "\n\n서울시는 다음 달부터 시내버스 노선을 조정한다."
            "\n\n#바카라사이트추천 #카지노사이트순위\n\n홍길동 기자\n")
    a = cleaner.clean(page)
    assert a.captions == [clean]
    assert [e.after for e in a.report.edits if e.kind == "restore"] == ["세종대로"]
