"""The HTML reports: every edit marked where it stands, both views rebuildable, nothing from a page executes,
and the batch summary adds up."""

from __future__ import annotations

import ast
import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

import cleantext
import cleantext.cli as cli
from cleantext.report import kinds, render_article, render_articles, render_summary
from cleantext.report.data import article_record
from cleantext.report.marks import place
from cleantext.report.shell import STYLE_ID
from cleantext.report.stats import domains_of
from cleantext.report.svg import bin_scores
from conftest import EXAMPLES, fixture_bytes

REPORT_DIR = Path(cleantext.__file__).parent / "report"
PAGES = {
    "science_spam": lambda: fixture_bytes("dirty", "science_spam.html"),
    "contaminated": lambda: (EXAMPLES / "contaminated.txt").read_bytes(),
}
LIST_FIELDS = ("captions", "paragraphs", "tags", "authors")


@pytest.fixture(scope="module")
def cleaned(cleaner) -> dict[str, cleantext.Article]:
    return {name: cleaner.clean(load()) for name, load in PAGES.items()}


def text_without(node: Node, selector: str) -> str:
    """The node's text with the elements matching ``selector`` left out."""
    tree = HTMLParser(f"<div id='x'>{node.html}</div>")
    for n in tree.css(selector):
        n.decompose()
    return tree.css_first("#x").text(deep=True)


def cleaned_text(node: Node) -> str:
    return text_without(node, ".was, .ui")


def found_text(node: Node) -> str:
    return text_without(node, ".now, .ui")


def rebuild_found(text: str, edits: list[dict]) -> str:
    """Independent of the report: put each inline edit's ``before`` back in place of its ``after``."""
    for e in sorted(edits, key=lambda e: e["start"], reverse=True):
        text = text[: e["start"]] + e["before"] + text[e["start"] + len(e["after"]) :]
    return text


def field_value(d: dict, name: str, index: int | None) -> str:
    value = d[name]
    return (value[index] if index is not None else value) or ""


def article_page(tree: HTMLParser) -> Node:
    page = tree.css_first("article.page")
    assert page is not None
    return page


# --- marks against the report's edits ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_edit_is_marked_once_with_its_content(cleaned, name):
    article = cleaned[name]
    d = article.to_dict()
    edits = d["spam"]["edits"]
    assert edits and d["spam"]["contaminated"]
    tree = HTMLParser(render_article(article, source=name))
    page = article_page(tree)

    marks = page.css(".mk")
    assert Counter(m.attributes["data-kind"] for m in marks) == Counter(e["kind"] for e in edits)
    assert sorted(int(m.attributes["data-edit"]) for m in marks) == list(range(1, len(edits) + 1))
    for m in marks:
        no = int(m.attributes["data-edit"])
        e = edits[no - 1]
        assert m.attributes["id"] == f"a1-e{no}"
        dels = m.css("del")
        assert [x.text(deep=True) for x in dels] == ([e["before"]] if e["before"] else [])
        if e["kind"] in ("remove", "restore", "flag"):
            assert [x.text(deep=True) for x in m.css("ins")] == ([e["after"]] if e["after"] else [])
            holder = m.parent
            while "data-field" not in holder.attributes:
                holder = holder.parent
            assert holder.attributes["data-field"] == e["field"]
            assert holder.attributes.get("data-index") == (None if e["index"] is None else str(e["index"]))
        elif e["kind"] == "merge":  # folded after the kept caption, inside its figure
            kept = m.parent.css_first(f'[data-field="captions"][data-index="{e["index"]}"]')
            assert kept is not None and kept.text() == e["after"]

    # the edit list: one row per edit, linked both ways, nothing left unplaced
    rows = tree.css("table.edits tbody tr")
    assert len(rows) == len(edits)
    assert not tree.css("tr.unplaced")
    for no, row in enumerate(rows, start=1):
        assert row.attributes["id"] == f"a1-r{no}"
        assert row.css_first("td.num a").attributes["href"] == f"#a1-e{no}"
        assert page.css_first(f"#a1-e{no} a.ref").attributes["href"] == f"#a1-r{no}"
        assert edits[no - 1]["evidence"] in row.css_first("td.ev").text()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_both_views_rebuild_the_text(cleaned, name):
    """The cleaned view is the article; the as-found view puts every edit's ``before`` back where it was."""
    d = cleaned[name].to_dict()
    edits = d["spam"]["edits"]
    page = article_page(HTMLParser(render_article(d)))
    for el in page.css("[data-field]"):
        fname = el.attributes["data-field"]
        if fname == "published":
            continue  # shown as a readable time
        index = el.attributes.get("data-index")
        index = None if index is None else int(index)
        value = field_value(d, fname, index)
        assert text_without(el, ".was, .ui") == value
        inline = [e for e in edits if e["field"] == fname and e["index"] == index and e["start"] is not None]
        assert text_without(el, ".now, .ui, .blk, .fold-box") == rebuild_found(value, inline)
    # dropped blocks and folded copies are in the as-found view only
    for e in edits:
        if e["kind"] in ("drop", "merge"):
            mark = page.css_first(f'[data-edit="{edits.index(e) + 1}"]')
            assert "was" in mark.attributes["class"].split()
            assert found_text(mark) == e["before"] and cleaned_text(mark) == ""


def test_contaminated_example_as_found_and_cleaned(cleaned):
    tree = HTMLParser(render_article(cleaned["contaminated"]))
    page = article_page(tree)
    title = page.css_first("h1.f-title")
    assert found_text(title) == "해안 쓰레기 10년 만에 절반으로…어촌마을 골드카지노77 나섰다"
    assert cleaned_text(title) == "해안 쓰레기 10년 만에 절반으로…어촌마을 주민 나섰다"
    assert "안전한 토토사이트 추천" in found_text(page) and "안전한 토토사이트 추천" not in cleaned_text(page)
    dup = page.css_first(".mk-merge del.dup")
    assert "골드카지노77들이" in dup.text() and dup.css_first("b.df").text() == "골드카지노77"
    # restored word highlighted with the keyword it replaced, right before it
    restore = title.css_first(".mk-restore")
    assert [c.tag for c in restore.iter()][:2] == ["del", "ins"]
    assert (restore.css_first("del").text(), restore.css_first("ins").text()) == ("골드카지노77", "주민")


def test_as_found_view_is_the_page_as_found(cleaned):
    """Round trip against the source page itself: the as-found paragraphs and caption are the page's own text."""
    source = HTMLParser(fixture_bytes("dirty", "science_spam.html").decode("utf-8"))
    page_paragraphs = [p.text() for p in source.css(".view p")][1:]  # the first is the byline
    report = article_page(HTMLParser(render_article(cleaned["science_spam"])))
    shown = [found_text(n) for n in report.css(".f-paragraphs > p, .f-paragraphs > .blk")]
    assert shown == page_paragraphs
    assert text_without(report.css_first("figcaption"), ".now, .ui") == source.css_first("figcaption").text()


def test_view_switch_is_css_only(cleaned):
    tree = HTMLParser(render_article(cleaned["science_spam"]))
    radios = tree.css("input.vr")
    assert [r.attributes["id"] for r in radios] == ["a1-v-changes", "a1-v-found", "a1-v-clean"]
    assert [("checked" in r.attributes) for r in radios] == [True, False, False]
    assert {lab.attributes["for"] for lab in tree.css(".switch label")} == {r.attributes["id"] for r in radios}
    css = tree.css_first(f"style#{STYLE_ID}").text()
    for rule in (".vr-found:checked~* .now", ".vr-clean:checked~* .was", ".vr-clean:checked~* .ui"):
        assert rule in css
    assert not tree.css("script") and not tree.css("link") and not tree.css("img")


def test_verdict_keywords_and_encoding_are_shown(cleaned):
    article = cleaned["science_spam"]
    tree = HTMLParser(render_article(article, source="science_spam.html"))
    assert tree.css_first(".pill").text() == "Contaminated"
    assert "1.00" in tree.css_first(".score").text()
    assert [s.text() for s in tree.css(".kw span")] == article.report.keywords
    enc = tree.css_first(".side").text()
    assert "charset" in enc and article.report.encoding["charset"] in enc
    assert "meta charset" in tree.css_first(".cards").text()  # decoding in words
    assert tree.css_first(".art-head .file").text() == "science_spam.html"


# --- safety ----------------------------------------------------------------------------------------------------

HOSTILE_PAGE = """<html><head><meta charset="utf-8">
<title>&lt;script&gt;alert(1)&lt;/script&gt; 연구진 발표</title></head><body>
<h1>&lt;script&gt;alert(1)&lt;/script&gt; 연구진 발표</h1><div class="view">
<p>연구진은 &lt;img src=x onerror=alert(1)&gt; 새로운 결과를 3일 발표했다. 바카라사이트 추천 연구진은 좋다고 말했다.</p>
<p>두 번째 문단이다 &lt;a href="javascript:alert(1)"&gt;링크&lt;/a&gt; 끝.</p>
<p>&lt;b onmouseover=alert(1)&gt;바카라사이트&lt;/b&gt; 추천</p></div></body></html>"""

X = "<script>alert(1)</script>"
HOSTILE_DICT = {
    "title": f"{X} 제목 <img src=x onerror=alert(1)>",
    "subtitle": '"><svg onload=alert(1)>',
    "section": "</style><script>alert(2)</script>",
    "source": "<iframe src=javascript:alert(1)></iframe>",
    "byline": "<a href='javascript:alert(1)'>기자</a>",
    "authors": ["<b onclick=alert(1)>x</b>"],
    "published": "<script>x</script>",
    "url": "javascript:alert(1)",
    "captions": ["<object data=javascript:alert(1)></object> 사진"],
    "paragraphs": [
        f"첫 문단 {X} 카지노 끝",
        "</p></div></article><script>alert(3)</script>",
        "<!-- --><style>*{}</style>",
    ],
    "tags": ["<base href=javascript:alert(1)//>"],
    "spam": {
        "contaminated": "<script>",
        "score": "<script>",
        "keywords": ["<b onmouseover=alert(1)>카지노</b>", "evil.com/<script>"],
        "edits": [
            {"kind": "restore", "field": "paragraphs", "index": 0, "start": 5, "before": "<img src=x onerror=alert(1)>",
             "after": X, "evidence": "</td><script>alert(4)</script>", "confidence": "<script>"},
            {"kind": "\"><script>alert(5)</script>", "field": "title", "index": None, "start": 0,
             "before": "<svg/onload=alert(1)>", "after": "", "evidence": "x", "confidence": 2},
            {"kind": "drop", "field": "paragraphs", "index": 3, "start": None, "before": X, "after": "",
             "evidence": "<img src=x onerror=alert(1)>; more", "confidence": 0.9},
            {"kind": "merge", "field": "captions", "index": 0, "start": None, "before": "<script>dup</script>",
             "after": "<object data=javascript:alert(1)></object> 사진", "evidence": "dup", "confidence": 0.9},
            {"kind": "remove", "field": "<script>", "index": "<x>", "start": "<y>", "before": X, "after": "",
             "evidence": "<script>", "confidence": None},
        ],
        "encoding": {"charset": "<script>alert(6)</script>", "method": "<img src=x onerror=alert(1)>"},
        "notes": [X],
    },
}


def assert_inert(html: str) -> HTMLParser:
    """Nothing in the report can run: no script, no event handler, no active element, no script URL."""
    tree = HTMLParser(html)
    assert tree.css("script") == []
    for tag in ("iframe", "object", "embed", "img", "base", "link", "form", "meta[http-equiv=refresh]"):
        assert tree.css(tag) == [], tag
    styles = tree.css("style")
    assert [s.attributes.get("id") for s in styles] == [STYLE_ID]
    csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    for node in tree.root.traverse():
        for attr, value in node.attributes.items():
            assert not attr.lower().startswith("on"), (node.tag, attr)
            if attr in ("href", "src", "action", "formaction", "xlink:href", "data"):
                assert (value or "").startswith(("#", "http://", "https://")), (node.tag, attr, value)
    return tree


def test_hostile_page_through_the_cleaner_runs_nothing(cleaner):
    article = cleaner.clean(HOSTILE_PAGE.encode(), url="javascript:alert(1)")
    d = article.to_dict()
    assert X in d["title"] and "onerror=" in d["paragraphs"][0] and d["url"] == "javascript:alert(1)"
    tree = assert_inert(render_article(article, source="<script>alert('file')</script>.html"))
    text = tree.body.text()
    assert X in text and "onerror=alert(1)" in text and "javascript:alert(1)" in text  # shown, as text


def test_hostile_dict_runs_nothing_and_is_shown_as_text():
    tree = assert_inert(render_article(HOSTILE_DICT, source="<img src=x onerror=alert(1)>"))
    text = tree.body.text()
    for s in (X, '"><svg onload=alert(1)>', "</p></div></article><script>alert(3)</script>", "evil.com/<script>"):
        assert s in text
    assert tree.css_first(".mk-restore ins").text() == X
    assert tree.css_first(".mk-other") is not None  # an unknown kind gets a fixed class, not the page's text
    assert len(tree.css("article.page")) == 1  # the page's closing tags closed nothing


def test_hostile_records_in_the_summary_run_nothing():
    rows = [dict(HOSTILE_DICT, id="<script>id</script>"), {"id": X, "source": X, "error": X}]
    tree = assert_inert(render_summary(rows, name="<script>name</script>"))
    assert X in tree.body.text()


def _imported_cleantext_modules(tree: ast.AST) -> list[str]:
    """The first component under ``cleantext`` of every import that leaves the report package."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            mods = [node.module or ""]
        elif isinstance(node, ast.ImportFrom) and node.level >= 2:  # from ..x import y / from .. import y
            mods = [f"cleantext.{node.module}"] if node.module else [f"cleantext.{a.name}" for a in node.names]
        else:
            continue
        out += [m.split(".")[1] for m in mods if m.startswith("cleantext.")]
    return out


def test_report_never_imports_the_cleaning_code():
    forbidden = {"spam", "restore", "parse", "pipeline", "document", "dedupe", "extract", "twins", "normalize"}
    for path in REPORT_DIR.glob("*.py"):
        used = _imported_cleantext_modules(ast.parse(path.read_text(encoding="utf-8")))
        assert not forbidden.intersection(used), f"{path.name} imports {used}"


# --- inconsistent offsets degrade gracefully -------------------------------------------------------------------


def test_edits_that_do_not_fit_the_text_are_listed_not_marked():
    d = {
        "title": "리튬 배터리 개발",
        "paragraphs": ["첫 문단이다.", "둘째 문단이다."],
        "captions": [],
        "spam": {
            "contaminated": True,
            "score": 0.9,
            "edits": [
                {"kind": "restore", "field": "title", "start": 3, "before": "킹덤벳", "after": "배터리"},  # fits
                {"kind": "restore", "field": "title", "start": 0, "before": "킹덤벳", "after": "배터리"},  # wrong
                {"kind": "remove", "field": "paragraphs", "index": 5, "start": 0, "before": "x", "after": ""},
                {"kind": "remove", "field": "paragraphs", "index": 0, "start": 99, "before": "x", "after": ""},
                {"kind": "remove", "field": "paragraphs", "index": 0, "start": None, "before": "x", "after": ""},
                {"kind": "restore", "field": "title", "start": 4, "before": "k", "after": "터리"},  # overlaps #1
                {"kind": "drop", "field": "paragraphs", "index": 7, "before": "스팸", "after": ""},
                {"kind": "merge", "field": "captions", "index": 0, "before": "a", "after": "b"},
                {"kind": "remove", "field": "nosuch", "start": 0, "before": "x", "after": ""},
            ],
        },
    }
    placement = place(article_record(d))
    assert sorted(placement.unplaced) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert "overlaps edit #1" in placement.unplaced[6]
    tree = HTMLParser(render_article(d))
    page = article_page(tree)
    assert [m.attributes["data-edit"] for m in page.css(".mk")] == ["1"]
    assert len(tree.css("tr.unplaced")) == 8 and len(tree.css("table.edits tbody tr")) == 9
    assert tree.css_first("tr.unplaced td.num a") is None  # no link to a mark that does not exist
    assert "not marked in the text" in tree.css_first("tr.unplaced .warn").text()
    assert cleaned_text(page.css_first("h1")) == "리튬 배터리 개발"
    assert found_text(page.css_first("h1")) == "리튬 킹덤벳 개발"


def test_empty_and_garbage_input_render():
    for d in ({}, {"spam": None}, {"paragraphs": "just one", "spam": {"edits": "nope"}}, cleantext.Article()):
        tree = HTMLParser(render_article(d))
        assert tree.css_first("article.page") is not None


# --- the command line -------------------------------------------------------------------------------------------------


def test_cli_report_for_several_files(tmp_path):
    out = tmp_path / "r.html"
    files = [str(EXAMPLES / "contaminated.txt"), str(Path(__file__).parent / "fixtures/dirty/science_spam.html")]
    assert cli.main([*files, "--format", "json", "-o", str(tmp_path / "o.jsonl"), "--report", str(out)]) == 0
    tree = HTMLParser(out.read_text(encoding="utf-8"))
    assert [a.attributes["href"] for a in tree.css("nav.index a")] == ["#a1", "#a2"]
    assert [s.text() for s in tree.css(".art-head .file")] == files
    ids = [n.attributes["id"] for n in tree.root.traverse() if n.attributes.get("id")]
    assert len(ids) == len(set(ids))
    assert len(tree.css("#a2 .vr")) == 3 and {r.attributes["name"] for r in tree.css("#a2 .vr")} == {"a2-view"}


def test_render_articles_pads_missing_sources():
    html = render_articles([{"title": "하나"}, {"title": "둘"}], ["a.html"])
    assert [s.text() for s in HTMLParser(html).css(".art-head .file")] == ["a.html"]


# --- the batch summary ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch(cleaned, cleaner, tmp_path_factory) -> tuple[Path, list[dict]]:
    rows = []
    sources = {"science_spam": "dirty/science_spam.html", "contaminated": "examples/contaminated.txt"}
    for n, (name, article) in enumerate(sorted(cleaned.items()), start=1):
        rows.append({"id": f"r{n}", **article.to_dict(), "source": sources[name]})
    clean = cleaner.clean(fixture_bytes("clean", "casino_earnings.html"))
    rows.append({"id": "r3", **clean.to_dict(), "source": "clean/casino_earnings.html"})
    rows.append({"id": "r4", "source": "broken.html", "error": "binary file, not a web page"})
    path = tmp_path_factory.mktemp("batch") / "out.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path, rows


def _summary_tables(tree: HTMLParser) -> dict[str, list[list[str]]]:
    out = {}
    for panel in tree.css("section.panel"):
        title = panel.css_first("h2").text()
        out[title.split(" (")[0]] = [[td.text().strip() for td in tr.css("td")] for tr in panel.css("tbody tr")]
    return out


def test_summary_adds_up(batch, tmp_path):
    path, rows = batch
    out = tmp_path / "summary.html"
    # keywords tied at one page are listed by name, so the same 20 of the 21 every run
    assert cli.main(["report", str(path), "-o", str(out), "--top", "50"]) == 0
    tree = assert_inert(out.read_text(encoding="utf-8"))
    cards = {c.css_first(".k").text(): c.css_first(".big").text() for c in tree.css(".card")}
    articles = [r for r in rows if "error" not in r]
    n_cont = sum(r["spam"]["contaminated"] for r in articles)
    assert cards["Records"] == "4" and cards["Errors"] == "1"
    assert cards["Contaminated"] == f"{n_cont / len(articles) * 100:.0f}%"
    all_edits = [e for r in articles for e in r["spam"]["edits"]]
    assert cards["Edits"] == str(len(all_edits))

    tables = _summary_tables(tree)
    per_kind = {row[0]: int(row[1]) for row in tables["Edits per kind"]}
    assert {k: v for k, v in per_kind.items() if v} == {
        kinds.label(k): v for k, v in Counter(e["kind"] for e in all_edits).items()
    }
    keywords = {row[0]: int(row[1]) for row in tables["Most frequent keywords"]}
    assert keywords["골드카지노77"] == 1 and keywords["킹덤벳"] == 1
    assert [row[0] for row in tables["Spam domains"]] == ["kingdombet.xyz"]
    pages = tables["Pages with the most edits"]
    by_edits = sorted(articles, key=lambda r: -len(r["spam"]["edits"]))
    assert [(p[1], p[2]) for p in pages] == [(r["id"], r["source"]) for r in by_edits if r["spam"]["edits"]]
    assert [int(p[5]) for p in pages] == sorted((len(r["spam"]["edits"]) for r in by_edits if r["spam"]["edits"]),
                                                reverse=True)
    assert tables["Errors"] == [["r4", "broken.html", "binary file, not a web page"]]
    svg = tree.css_first(".hist svg")
    assert len(svg.css("rect")) == 10
    assert sum(int(t.text()) for t in svg.css("text.count")) == len(articles)  # bar labels count every article


def test_summary_reads_gzip_and_counts_broken_lines(batch, tmp_path):
    path, _ = batch
    gz = tmp_path / "out.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(path.read_text(encoding="utf-8") + "{not json\n[1, 2]\n")
    out = tmp_path / "s.html"
    assert cli.main(["report", str(gz), "-o", str(out)]) == 0
    tree = HTMLParser(out.read_text(encoding="utf-8"))
    errors = _summary_tables(tree)["Errors"]
    assert [e[0] for e in errors] == ["r4", "line 5", "line 6"]


def test_summary_cli_bad_input_is_one_line(tmp_path, capsys):
    assert cli.main(["report", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "s.html")]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "s.html").exists()


def test_summary_refuses_a_file_that_is_no_batch_output_and_reads_a_gz_with_junk_after(batch, tmp_path, capsys):
    """A binary file passed for an output gave '14 records, 14 errors' and exit 0; bytes after a .jsonl.gz's last
    member made the whole file unreadable."""
    noise = tmp_path / "photo.jsonl"
    noise.write_bytes(bytes(range(256)) * 8)
    assert cli.main(["report", str(noise), "-o", str(tmp_path / "s.html")]) == 1
    assert "not a batch output" in capsys.readouterr().err
    path, _ = batch
    gz = tmp_path / "out.jsonl.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()) + b"junk after the last member")
    out = tmp_path / "s.html"
    assert cli.main(["report", str(gz), "-o", str(out)]) == 0
    errors = _summary_tables(HTMLParser(out.read_text(encoding="utf-8")))["Errors"]
    assert errors[0][0] == "r4" and "file ends early" in errors[-1][-1]


def test_summary_of_batch_rows_with_origin(cleaned):
    """The rows 'cleantext batch' writes: ``id``, ``origin`` (file plus member/offset/line), the Article (whose
    ``source`` is the paper) and ``spam``; error rows with ``id``, ``origin`` and ``error``."""
    article = cleaned["contaminated"].to_dict()
    rows = [
        {"id": "p1", "origin": {"path": "pages.tar.gz", "member": "a/b.html"}, **article},
        {"id": "p2", "origin": {"path": "crawl.warc.gz", "offset": 1234}, "url": None, "error": "not a web page"},
    ]
    tables = _summary_tables(HTMLParser(render_summary(rows)))
    (page,) = tables["Pages with the most edits"]
    assert page[1] == "p1pages.tar.gz · member=a/b.html" and page[2] == article["source"] == "한빛일보"
    assert tables["Errors"] == [["p2", "crawl.warc.gz · offset=1234", "not a web page"]]


def test_domains_from_evidence_and_keywords():
    rec = article_record({"spam": {
        "keywords": ["royalslot99.vip", "킹덤벳", "https://www.Evo-Casino.top/"],
        "edits": [{"evidence": "link to kingdombet.xyz; in a hidden block (div.hidden)"},
                  {"evidence": "a promotional paragraph (names bet365.kr)"}],
    }})
    assert domains_of(rec) == {"royalslot99.vip", "evo-casino.top", "kingdombet.xyz", "bet365.kr"}


def test_histogram_bins():
    assert bin_scores([0.0, 0.05, 0.1, 0.55, 0.99, 1.0, 1.7, -1]) == [3, 1, 0, 0, 0, 1, 0, 0, 0, 3]
