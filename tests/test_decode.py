"""Decoding: BOM, declared and detected charsets, mojibake repair that never makes text worse."""

from __future__ import annotations

import gzip

import ftfy.bad_codecs  # noqa: F401
import pytest

import cleantext
from cleantext import mojibake
from cleantext.decode import binary_content, declared_charset, decode, decode_bytes, looks_binary

KOREAN = "김하늘 부총리 겸 교육부 장관은 “함께 바꾸자”며 AI 교육을 강조했다… 2025.10.15"


def test_utf8_bom_and_plain():
    text, info = decode(b"\xef\xbb\xbf" + KOREAN.encode("utf-8"))
    assert text == KOREAN and info.method == "bom"
    text, info = decode(KOREAN.encode("utf-8"))
    assert text == KOREAN and info.charset == "utf-8" and info.mojibake is None


def test_cp949_detected_and_declared():
    raw = KOREAN.replace("“", '"').replace("”", '"').replace("…", "...").encode("cp949")
    text, info = decode(raw)
    assert text.startswith("김하늘") and info.charset == "cp949"
    page = b'<html><head><meta charset="euc-kr"></head><body>' + raw + b"</body></html>"
    assert declared_charset(page) == "cp949"
    text, info = decode(page)
    assert "교육부" in text and info.method == "meta"


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_utf16_declaration_in_ascii_markup_means_utf8(declared):
    """A <meta> readable as ASCII says the page is no UTF-16 page (browsers read it as UTF-8): decoded as UTF-16,
    a page of even length came out as CJK noise."""
    for tail in ("", " "):  # even and odd lengths
        page = f'<html><head><meta charset="{declared}"></head><body><p>{KOREAN}</p>{tail}</body></html>'
        text, info = decode(page.encode("utf-8"))
        assert KOREAN in text and info.charset == "utf-8"


def test_declaration_that_lies_is_not_trusted():
    raw = b'<meta charset="euc-kr"><p>' + KOREAN.encode("utf-8")
    text, info = decode_bytes(raw)
    assert KOREAN in text and info.charset == "utf-8"


@pytest.mark.parametrize(
    ("wrong", "kind"),
    [
        ("sloppy-windows-1252", "utf8-as-cp1252"),
        ("sloppy-windows-1253", "utf8-as-cp1253"),
        ("sloppy-cp874", "utf8-as-cp874"),
    ],
)
def test_utf8_read_with_a_wrong_codepage_is_repaired(wrong, kind):
    broken = KOREAN.encode("utf-8").decode(wrong)
    assert broken != KOREAN
    fixed = mojibake.repair(broken)
    assert fixed.text == KOREAN
    assert fixed.kind == kind


def test_cp949_read_as_latin1_is_repaired():
    assert mojibake.repair("±è»çºÎ").text == "김사부"
    line = "시의회 예산특별위원회 의원들이 3일 회의를 열었다"
    broken = line.encode("cp949").decode("latin-1")
    assert mojibake.repair(broken).text == line


def test_page_that_lost_bytes_is_repaired_where_it_can_be():
    good = "교육부 장관은 말했다"
    broken = good.encode("utf-8").decode("sloppy-windows-1252")
    damaged = broken[:3] + broken[4:]  # one byte of the first syllable lost on the way
    fixed = mojibake.repair(damaged).text
    assert "장관은 말했다" in fixed  # the rest is repaired
    assert len(fixed) <= len(damaged)  # and nothing is invented


def test_clean_text_keeps_every_character():
    for s in [KOREAN, "café “quoted” — ½ ﬁ ｆｕｌｌ", "Ã©tude"[:0] + "naïve résumé", "·…‘’"]:
        assert mojibake.repair(s).text == s


def test_binary_detection():
    assert looks_binary(b"\x00\x01\x02PNG\x00\x00")
    assert not looks_binary(KOREAN.encode("utf-8"))
    assert not looks_binary("\ufeffhello".encode("utf-16"))


def test_binary_content_says_what_it_likely_is():
    page = "<html><body><p>한빛일보 기사 본문이다.</p></body></html>"
    assert "gzip" in binary_content(gzip.compress(page.encode("utf-8")))
    assert "JPEG" in binary_content(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 20)
    assert binary_content(b"\x00\x07\x03 unknown") == "binary content"
    assert binary_content(page.encode("utf-8")) is None and binary_content(page.encode("utf-16")) is None
    assert binary_content(page) is None and binary_content("\x00\x01" * 8 + page) == "binary content"
    compiled = b"".join(b"code\x00" + bytes([65 + k % 26]) * 60 for k in range(40))  # a few dozen NULs, no controls
    assert binary_content(compiled) == "binary content"


def test_text_in_other_encodings_and_a_stray_nul_are_not_binary():
    """The undecodable test read UTF-8 and CP949 only: a windows-1251 or Big5 page, one with a UTF-16 BOM, and a page
    with one NUL in a script were emptied as binary."""
    russian = "<html><head><meta charset='windows-1251'></head><body><p>{}</p></body></html>".format(
        "Городской совет утвердил новый бюджет. Расходы на дороги выросли на пятую часть. " * 6)
    chinese = "<html><head><meta charset='big5'></head><body><p>{}</p></body></html>".format(
        "市議會通過了新的預算案。" * 30)
    stray = f"<html><head><script>var a = '\x00';</script></head><body><p>{KOREAN}</p></body></html>"
    for data in (russian.encode("cp1251"), chinese.encode("big5"), ("\ufeff" + russian).encode("utf-16"),
                 stray.encode("utf-8"), stray):
        assert binary_content(data) is None
    assert cleantext.clean(russian.encode("cp1251")).paragraphs and cleantext.clean(stray).paragraphs


def test_bytes_without_nul_that_no_encoding_reads_are_binary():
    """Raw-deflate or random bytes hold no NUL often enough to pass the control-character test: read as CP949 they
    gave an 'article' of noise.  One character in ten undecodable in UTF-8 and in CP949 says they are no text."""
    import random
    import zlib

    rng = random.Random(1)
    noise = bytes(rng.randrange(1, 256) for _ in range(4000))
    deflated = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = deflated.compress(KOREAN.encode("utf-8") * 40) + deflated.flush()
    assert binary_content(noise) == "binary content" and binary_content(raw) == "binary content"
    for text in ((KOREAN * 20).encode("cp949", "replace"), (KOREAN * 20).encode("utf-8")[:-1], "한글".encode()[:-1]):
        assert binary_content(text) is None  # a Korean page, one cut in its last character, a short cut text


def test_binary_bytes_give_an_empty_article_that_says_why():
    """A gzip-compressed page passed as it was stored is not cleaned as text (its bytes read as CP949 made a noisy
    "article", slowly: 800 KB of such bytes took 15 s): the article is empty and its notes say what to do."""
    page = "<html><body><p>한빛일보 기사 본문이다. 둘째 문장이다.</p></body></html>"
    a = cleantext.clean(gzip.compress(page.encode("utf-8") * 50))
    assert a.paragraphs == [] and a.title == "" and a.report.edits == []
    assert a.report.encoding["method"] == "binary"
    assert any("gzip" in n and "decompress" in n for n in a.report.notes)
    assert cleantext.clean(page.encode("utf-8")).paragraphs  # the same page as text is read


def test_decode_reports_beside_edits(cleaner):
    broken = ("입력 2025.10.15 11:40\n\n" + KOREAN).encode("utf-8").decode("sloppy-windows-1253").encode("utf-8")
    article = cleaner.clean(broken)
    assert article.report.encoding["mojibake"] == "utf8-as-cp1253"
    assert article.report.edits == []


def test_wrong_codecs_bytes_are_the_tables():
    """``mojibake._to_bytes`` (each wrong codec's own encoder, but for U+001A and U+FFFD) gives the bytes of the
    codec's table (``_encoder``) for every character (checked here below U+3000 and at a few more; the whole of
    Unicode was checked when it was written), alone and in a run."""

    def by_table(s: str, codec: str) -> bytes | None:
        try:
            return s.translate(mojibake._encoder(codec)).encode("latin-1")
        except UnicodeEncodeError:
            return None

    for _, wrong, _ in mojibake.REPAIRS:
        for cp in [*range(0x3000), 0xAC00, 0xFFFD, 0xFFFF, 0x1F600]:
            for s in (chr(cp), f"x{chr(cp)}ì", f"{chr(cp)}\ufffd"):
                assert mojibake._to_bytes(s, wrong) == by_table(s, wrong), (wrong, hex(cp))


def test_run_scores_classes_are_the_character_tests():
    """The classes that mojibake's run scores search for are the character tests they stand for (checked here on
    U+0000-U+30FF and the escaped bytes; the whole of Unicode when written)."""
    for cp in [*range(0x3100), *range(0xDC70, 0xDD10), 0xFFFD, 0x1F600]:
        c = chr(cp)
        assert bool(mojibake._ESCAPED.search(c)) == ("\udc80" <= c <= "\udcff")
        uncommon = 0x80 <= cp < 0x3000 and not "\u2010" <= c <= "\u203a" and c not in "·ⓒ©®°±×÷"
        assert bool(mojibake._UNCOMMON.search(c)) == uncommon, hex(cp)
