from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cleantext.normalize import Folded, clean_text, fold, is_clean, without_ascii
from cleantext.parse.prepass import collapse_pieces, collapse_spaces, composed


def test_clean_text():
    assert clean_text("  a\u00a0b\u200b c \n d ") == "a b c d"
    assert clean_text("\u1100\u1161") == "가"  # NFC


def test_folded_view_undoes_obfuscation():
    assert fold("바 카 라 사이트") == "바카라 사이트"
    assert fold("극 중 카지노 장면") == "극 중 카지노 장면"  # single-syllable words before a word: ordinary text
    assert fold("이 혼 전 문 변 호 사회원") == "이혼전문변호사회원"  # six spelled apart, the last glued on
    assert fold("카.지.노") == "카지노"
    assert fold("라이트\u200b닝") == "라이트닝"
    assert fold("ＳＴＡＲＢＥＴ９９") == "starbet99"
    assert fold("부총리 겸 교육부") == "부총리 겸 교육부"  # ordinary spacing stays
    # a sentence's full stop with its space left out is no dot between syllables
    assert fold("증가했다.해적왕") == "증가했다.해적왕" and fold("했다.바.카.라") == "했다.바카라"


def test_folding_reads_cyrillic_look_alikes_in_a_latin_word_as_latin():
    """``NОVАWIN365`` with Cyrillic О and А folds to the Latin name spam disguised; a Cyrillic word alone and the
    Greek letters of science (``Aβ``, ``NF-κB``) stay themselves, in short texts and long ones."""
    assert fold("NОVАWIN365") == "novawin365" and fold("ЅРІNМАХ카지노") == "spinmax카지노"
    assert fold("Москва") == "москва" and fold("아밀로이드 베타(Aβ)와 NF-κB") == "아밀로이드 베타(aβ)와 nf-κb"
    long = "가" * 5000 + " NОVАWIN365 Москва"
    f = Folded(long)
    assert f.text.endswith(" novawin365 москва") and f.span(5001, 5011) == (5001, 5011)


def test_folded_offsets_point_into_the_original():
    text = "오늘 안전한 바 카 라 사이트 소개"
    f = Folded(text)
    i = f.text.index("바카라")
    a, e = f.span(i, i + 3)
    assert text[a:e] == "바 카 라"


@given(st.text(alphabet=st.sampled_from(list("가나다라바카 .\u200bＡＢab12")), max_size=60))
def test_folded_span_round_trip(text):
    f = Folded(text)
    for i in range(len(f.text)):
        a, e = f.span(i, i + 1)
        assert 0 <= a < e <= len(text)
        assert fold(text[a:e]) == f.text[i] or f.text[i] in fold(text[a:e])


def test_offsets_survive_separators_and_longer_folds():
    """The offset map is kept in segments: spans stay exact across dropped separators, invisible characters and
    characters that fold to a longer string."""
    text = "오늘 바 카 라 사이트 İstanbul 카.지.노\u200b77 끝"
    f = Folded(text)
    for word in ("바카라", fold("İstanbul"), "카지노", "77", "끝"):
        i = f.text.index(word)
        a, e = f.span(i, i + len(word))
        assert fold(text[a:e]).replace(" ", "") == word, word
    assert f.span(len(f.text), len(f.text)) == (len(text), len(text))


# pieces of a text as the body's segmentation cuts it: spaces, newlines, invisible and control characters, a letter
# and its combining mark (composed or not), Hangul jamo
_PIECES = st.text(alphabet=st.sampled_from(list("ab가 \n\t\u200b\x07e\u0301\u00e9\u1100\u1161\ufdd0")), max_size=30)


@given(_PIECES)
def test_pieces_known_clean_are_clean(text):
    """collapse_pieces is collapse_spaces of each piece of a composed text, and what it calls known clean the
    normalize step would leave as it is."""
    pieces = composed(text).split("\ufdd0")
    known: set[str] = set()
    out = collapse_pieces(pieces, known)
    assert out == [c for c in (collapse_spaces(s) for s in pieces if s and not s.isspace()) if c]
    assert all(is_clean(t) for t in known)


@given(st.text(alphabet=st.sampled_from(list("ab 7\n\x00\x7f\x80é한\u200b\ud800\udfff\U0001f600")), max_size=40))
def test_without_ascii_is_the_text_less_its_ascii_runs(text):
    """The text's other characters in order, lone surrogates and characters beyond the BMP too, as the regular
    expression it stands for leaves them."""
    assert without_ascii(text) == re.sub(r"[\x00-\x7f]+", "", text)
