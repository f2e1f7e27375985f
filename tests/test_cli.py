"""The command line: formats, output file, stdin, and one clear line for bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import cleantext.cli as cli
from conftest import EXAMPLES

EXAMPLE = str(EXAMPLES / "contaminated.txt")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleantext", *args], input=stdin, capture_output=True, timeout=60)


def test_json_output_has_the_scored_shape():
    p = run(EXAMPLE, "--format", "json")
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    for key in ("title", "subtitle", "section", "source", "byline", "authors", "published", "modified", "url",
                "captions", "paragraphs", "tags", "text", "spam"):
        assert key in d
    assert set(d["spam"]) >= {"contaminated", "score", "keywords", "edits"}
    assert d["spam"]["contaminated"] is True


def test_text_and_markdown(tmp_path):
    out = tmp_path / "a.md"
    assert cli.main([EXAMPLE, "--format", "markdown", "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# 해안 쓰레기")
    p = run(EXAMPLE)
    assert p.returncode == 0 and "어촌마을 주민 나섰다" in p.stdout.decode()


def test_stdin():
    p = run("-", "--format", "json", stdin=(EXAMPLES / "contaminated.txt").read_bytes())
    assert p.returncode == 0 and json.loads(p.stdout)["source"] == "한빛일보"


def test_bad_inputs_get_one_line_and_nonzero_exit(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00\x00" * 10)
    for path, msg in ((tmp_path / "missing.html", "no such file"), (empty, "empty file"), (binary, "binary file"),
                      (tmp_path, "is a directory")):
        p = run(str(path))
        err = p.stderr.decode()
        assert p.returncode != 0
        assert msg in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_markdown_shows_the_pages_markup_as_text():
    """Text the page escaped (``&lt;script&gt;``) or wrote like Markdown (a line opening with ``#`` or ``1.``)
    must read as itself once the Markdown is rendered, not run or format."""
    from cleantext import Article
    from cleantext.article import md_escape

    a = Article(title="<script>alert(1)</script> 제목",
                paragraphs=["# 해시로 시작하는 문장", "1. 번호처럼", "a*b* [x](y)"],
                captions=["<img src=x onerror=alert(3)>"], tags=["태그<b>"])
    md = a.to_markdown()
    assert "<" not in md.replace("\\<", "")
    assert "# \\<script\\>alert(1)\\</script\\> 제목" in md
    assert "\n\n\\# 해시로 시작하는 문장\n\n1\\. 번호처럼\n\na\\*b\\* \\[x\\](y)" in md
    assert md_escape("2024년 물가 3.5% 올라") == "2024년 물가 3.5% 올라"  # ordinary text is unchanged
    assert md_escape("~~~") == "\\~\\~\\~"  # no code fence, no strikethrough


def test_a_compressed_page_is_cleaned_and_a_cut_one_is_one_line(tmp_path):
    page = EXAMPLES.joinpath("contaminated.txt").read_bytes()
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(page))
    assert run(str(packed)).stdout == run(EXAMPLE).stdout != b""
    assert run("-", stdin=packed.read_bytes()).stdout == run(EXAMPLE).stdout
    appended = tmp_path / "appended.html.gz"  # two members, as gzip writes a file appended to
    appended.write_bytes(gzip.compress(page[:1000]) + gzip.compress(page[1000:]))
    assert run(str(appended)).stdout == run(EXAMPLE).stdout
    padded = tmp_path / "padded.html.gz"  # zeros after the last member, as a tape pads it (gzip -d reads it)
    padded.write_bytes(packed.read_bytes() + b"\0" * 32)
    assert run(str(padded)).stdout == run(EXAMPLE).stdout
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(packed.read_bytes()[:40])
    p = run(str(cut))
    err = p.stderr.decode()
    assert p.returncode == 1 and "truncated or corrupt gzip file" in err and len(err.strip().splitlines()) == 1


def test_an_archive_given_as_a_page_points_to_batch(tmp_path):
    import tarfile

    archive = tmp_path / "pages.tar"
    with tarfile.open(archive, "w") as t:
        t.add(EXAMPLE, arcname="a.txt")
    p = run(str(archive), EXAMPLE, "--format", "json")
    err = p.stderr.decode()
    assert p.returncode == 1 and f"'cleantext batch {archive} -o OUT.jsonl'" in err and "Traceback" not in err
    assert json.loads(p.stdout)["title"]  # the page after it is still cleaned


def test_a_name_the_system_refuses_is_one_line_too(tmp_path):
    p = run(str(tmp_path / ("a" * 300 + ".html")), EXAMPLE, "--format", "json")
    err = p.stderr.decode()
    assert p.returncode == 1 and "cannot read (File name too long)" in err and "Traceback" not in err
    assert json.loads(p.stdout)["title"]  # the other file is still cleaned


def test_good_files_still_print_when_one_is_bad(tmp_path):
    p = run(EXAMPLE, str(tmp_path / "missing.txt"), "--format", "json")
    assert p.returncode == 1
    assert json.loads(p.stdout)["title"]


def test_bad_pattern_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "p.txt"
    bad.write_text("no section here\n", encoding="utf-8")
    p = run(EXAMPLE, "--patterns", str(bad))
    assert p.returncode == 2 and "pattern before any [section]" in p.stderr.decode()


def test_user_patterns_add_keywords(tmp_path):
    extra = tmp_path / "mine.txt"
    extra.write_text("[brand]\n해피머니벳\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("사회\n\n제목\n\n매체\n\n입력 2025.01.02 10:00\n\n첫 문단이다.\n해피머니벳\n", encoding="utf-8")
    d = json.loads(run(str(page), "--format", "json", "--patterns", str(extra)).stdout)
    assert d["paragraphs"] == ["첫 문단이다."]
