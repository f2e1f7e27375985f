"""Properties: clean never raises, on any text or bytes, and is idempotent on its own output."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cleantext

WORDS = ["바카라", "카지노사이트", "장관은", "<p>", "</div>", "<div hidden>", "입력 2025.10.15 11:40", "|", "#토토",
         "기자", "\n", " ", "▲", "(서울=뉴스1)", "ì", "±è", "&amp;", "<a href='http://x.bet'>", "</a>", "<br>"]
pages = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=40).map("".join)
# pages of several blocks: most single runs come out as a title alone, with no body to clean again
documents = st.lists(pages, min_size=2, max_size=5).map("\n\n".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_clean_never_raises_on_text(text):
    a = cleantext.clean(text)
    assert isinstance(a.paragraphs, list)
    a.to_json()
    a.to_markdown()


@settings(max_examples=120, deadline=None)
@given(st.binary(max_size=400))
def test_clean_never_raises_on_bytes(data):
    cleantext.clean(data).to_dict()


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(documents)
def test_idempotent_on_its_own_output(text):
    """Cleaning the cleaned article (its title and body) again changes nothing: no edit, the same lines.  The title
    goes with the body: what the article is about (a name in its headline) is part of the evidence."""
    first = cleantext.clean(text)
    # markup in the output (a literal "<p>" of page text) would make the text read as HTML the second time
    # (and Latin-1 fragments that cutting a keyword joined into a run that now reads as broken CP949)
    kept = ([first.title] if first.title else []) + first.paragraphs
    body = "".join(kept)
    assume(first.paragraphs and "<" not in body and not any("\x80" <= c <= "\xff" for c in body))
    again = cleantext.clean("\n".join(kept))
    assert again.report.edits == []
    lines = [x for x in [again.title, again.byline, *again.captions, *again.paragraphs] if x]
    assert sorted(lines) == sorted(kept)
