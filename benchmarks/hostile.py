"""Hostile pages: time to clean pages built to be slow, at two sizes, to show the cost grows linearly.

    python benchmarks/hostile.py [--scale 1.0]

Each shape is cleaned at size n and 2n (one process, after a warm-up); a ratio near 2 is linear, near 4 is
quadratic.  The shapes: markup nested absurdly deep, a paragraph stuffed with thousands of keywords and
misfit particles, a line of one keyword repeated, a paragraph of keywords without any sentence in a story of
another topic (one phrase of thousands of words), thousands of paragraphs each carrying a keyword, a page of
hundreds of thousands of links, thousands of short keyword lines, a run of thousands of distinct tags, a
story's term repeated thousands of times, a contaminated article thousands of paragraphs long, and one box of
thousands of small lists of links.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import cleantext


def nested(n: int) -> str:
    body = "<p>깊은 곳의 기사 본문이다. 둘째 문장이다.</p>"
    return "<html><body>" + "<div>" * n + body + "</div>" * n + "</body></html>"


def stuffed(n: int) -> str:
    return "장관은 바카라사이트 추천 라이브바카라은 회의에서 말했다. " * n


def repeated(n: int) -> str:
    return "바카라" * n


def keyword_run(n: int) -> str:
    """A weather story with one paragraph of game and spam words and no sentence: a single phrase of 3n words,
    once walked word by word from each of its n places of its first word (stop 21's review)."""
    story = "남부지방 폭우\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n기상청은 남부지방에 비가 내린다고 예보했다.\n\n"
    return story + "바카라 먹튀검증 카지노 " * n


def many_paragraphs(n: int) -> str:
    paragraphs = "".join(f"<p>문단 {i}에서 바카라은 여기 있다고 했다.</p>" for i in range(n))
    return f"<html><body>{paragraphs}</body></html>"


def keyword_lines(n: int) -> str:
    """A text page of short keyword lines between sentences (each line a heading-like phrase: the twin search and
    the topic checks once compared every such line with every other block)."""
    lines = (f"이혼소송 비용\n\n이혼 문제를 {i}번째로 다룬다." for i in range(n))
    return "[생활법률] 이혼소송 안내\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n" + "\n\n".join(lines)


def many_tags(n: int) -> str:
    """A casino story under a run of n distinct brand-shaped tags (each tag is looked for in the prose, written
    together and apart, and its lexicon phrases asked for several times: once compared every proven keyword with
    every other)."""
    story = "강원랜드 카지노 실적\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n강원랜드 카지노의 매출이 늘었다.\n\n"
    prose = "".join(f"강원랜드 카지노 {i}번째 이야기다.\n\n" for i in range(n // 10))
    return story + prose + " ".join(f"#골드{i}카지노" for i in range(n))


def story_terms(n: int) -> str:
    """A court story whose sentences repeat its term made a verb (``흥신소 의뢰해``) n times: each place once scanned
    every paragraph for the term with its particle (stop 22's review)."""
    head = ("흥신소 의뢰해 배우자 뒤쫓은 50대\n\n한빛일보\n\n입력 2025.10.02 09:00\n\n"
            "흥신소에 의뢰해 배우자를 미행했다.\n\n")
    return head + " ".join(["그는 흥신소 의뢰해 조사했다."] * n)


def long_contaminated(n: int) -> str:
    """The shipped contaminated page whose last paragraph, with the spam line glued to it, is printed n times over:
    n holes, each of whose twin searches met every copy of the paragraph within reach (stop 23's review: 1 MB of
    it took 14.5 s)."""
    page = (Path(__file__).resolve().parent.parent / "examples" / "contaminated.txt").read_text(encoding="utf-8")
    last = " ".join(page.rstrip().split("\n")[-2:])  # the paragraph and the spam line after it, as one line
    return page + "".join("\n" + last for _ in range(n))


def many_links(n: int) -> str:
    links = " ".join(f'<a href="https://site{i}.example/">링크 {i}</a>' for i in range(n))
    return f"<html><body><div><p>기사 본문의 첫 문장이다.</p>{links}</div></body></html>"


def link_lists(n: int) -> str:
    """One box of n small lists of links beside a short article (each list is asked whether its box is a
    labelled box of links)."""
    lists = "".join(f'<ul><li><a href="/a{i}">목록 {i}</a></li><li><a href="/b{i}">다른 글 {i}</a></li></ul>'
                    for i in range(n))
    return (f"<html><body><h1>도서관 개관</h1><div class='article_body'><p>{'도서관이 다음 달 문을 연다. ' * 5}</p>"
            f"<div>{lists}</div></div></body></html>")


SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "nested <div>": (nested, 50_000),
    "keyword-stuffed paragraph": (stuffed, 4_000),
    "one keyword repeated": (repeated, 150_000),
    "run of keywords, no sentence": (keyword_run, 10_000),
    "paragraphs with keywords": (many_paragraphs, 20_000),
    "links": (many_links, 50_000),
    "short keyword lines": (keyword_lines, 2_000),
    "thousands of tags": (many_tags, 2_000),
    "a story's term repeated": (story_terms, 4_000),
    "a long contaminated page": (long_contaminated, 1_000),
    "lists of links in one box": (link_lists, 8_000),
}


def seconds(page: str) -> float:
    t = time.perf_counter()
    cleantext.clean(page)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    args = ap.parse_args()
    cleantext.clean("<p>warm-up</p>")  # patterns compiled and the optional language model loaded once
    print(f"{'shape':28} {'size n':>10} {'MB':>6} {'n (s)':>7} {'2n (s)':>7} {'ratio':>6}")
    for name, (build, n) in SHAPES.items():
        n = max(1, int(n * args.scale))
        small, large = build(n), build(2 * n)
        t1, t2 = seconds(small), seconds(large)
        print(f"{name:28} {n:>10,} {len(large.encode()) / 1e6:>6.1f} {t1:>7.2f} {t2:>7.2f} {t2 / t1:>6.2f}")


if __name__ == "__main__":
    main()
