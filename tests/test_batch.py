"""Batch processing: every input kind gives the same articles, bad records give error rows, a killed run resumes
with nothing lost or duplicated, a stalled or crashing page cannot stop a run, the command line fails cleanly."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
import zlib
from pathlib import Path

import pytest

import cleantext
from cleantext.batch import ReadOptions, iter_records, run_batch
from cleantext.batch.cli import main_batch
from cleantext.batch.writer import JsonlWriter, read_rows, repair
from cleantext.lm import language_model
from conftest import EXAMPLES, FIXTURES

ALL_PAGES = sorted([*FIXTURES.glob("clean/*.*"), *FIXTURES.glob("dirty/*.*"), EXAMPLES / "contaminated.txt"])
HTML_FIXTURES = [p for p in ALL_PAGES if p.suffix == ".html"]


@pytest.fixture(autouse=True)
def _no_language_model(monkeypatch):
    """Keep workers light: the optional Korean language model (if installed) loads for seconds per process and
    has nothing to do with batch mechanics."""
    monkeypatch.setenv("CLEANTEXT_NO_LM", "1")
    language_model.cache_clear()  # (an earlier test of this process may have loaded it: this one goes without)
    yield
    language_model.cache_clear()  # looked for without it in this process: later tests look again


def html_pages() -> dict[str, tuple[str, bytes]]:
    """name -> (url, page): the HTML fixtures, each with the URL the page gives itself (a WARC record always has
    a URL, and the page's own is what the cleaner falls back to without one, so every input kind has the same)."""
    cleaner = cleantext.Cleaner()
    pages = {}
    for p in HTML_FIXTURES:
        data = p.read_bytes()
        url = cleaner.clean(data).url
        if not url:
            url = f"https://news.example/{p.stem}"
            data = data.replace(b"<head>", f'<head>\n<link rel="canonical" href="{url}">'.encode(), 1)
        pages[p.name] = (url, data)
    return pages


def write_warc(path: Path, records: list[tuple[str, bytes, str]], *, extras: bool = True) -> None:
    """A .warc.gz (one gzip member per record) of HTTP responses: (url, body, content type)."""
    from fastwarc.warc import WarcRecord, WarcRecordType

    def record(rtype, uri: str, block: bytes, ctype: str) -> bytes:
        r = WarcRecord()
        r.init_headers(rtype, content_length=len(block))
        r.headers["WARC-Target-URI"] = uri
        r.headers["Content-Type"] = ctype
        r.set_bytes_content(block)
        buf = io.BytesIO()
        r.write(buf)
        return gzip.compress(buf.getvalue())

    with open(path, "wb") as f:
        for url, body, ctype in records:
            if extras:  # a request before each response, as crawlers write them: not a page
                f.write(record(WarcRecordType.request, url, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                               "application/http; msgtype=request"))
            http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
            f.write(record(WarcRecordType.response, url, http + body, "application/http; msgtype=response"))


def write_tar(path: Path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


def rows_of(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        return [json.loads(line) for line in f]


def article_part(row: dict) -> dict:
    """The Article part of a row.  Keywords of equal weight come in set order, which follows the string hash
    seed of the process that cleaned the page (spam/detect.py), so they are compared as a set."""
    d = {k: v for k, v in row.items() if k not in ("id", "origin")}
    if "spam" in d:
        d["spam"] = {**d["spam"], "keywords": sorted(d["spam"]["keywords"])}
    return d


def test_every_input_kind_gives_the_same_articles(tmp_path):
    pytest.importorskip("fastwarc")
    pages = html_pages()
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    for i, (name, (_, data)) in enumerate(pages.items()):
        (folder / ("sub" if i % 2 else "") / name).write_bytes(data)
    (folder / ".hidden").write_bytes(b"\x00\x01 never read")
    write_tar(tmp_path / "pages.tar.gz", {f"pages/{n}": d for n, (_, d) in pages.items()})
    with zipfile.ZipFile(tmp_path / "pages.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for n, (_, d) in pages.items():
            zf.writestr(n, d)
        zf.writestr("__MACOSX/._junk", b"\x00\x05\x16\x07")
    write_warc(tmp_path / "crawl.warc.gz", [(u, d, "text/html; charset=utf-8") for u, d in pages.values()]
               + [("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")])
    with open(tmp_path / "pages.jsonl", "w", encoding="utf-8") as f:
        for n, (u, d) in pages.items():
            f.write(json.dumps({"id": n, "url": u, "html": d.decode("utf-8")}, ensure_ascii=False) + "\n")

    out = tmp_path / "out.jsonl"
    inputs = [str(tmp_path / x) for x in ("folder", "pages.tar.gz", "pages.zip", "crawl.warc.gz", "pages.jsonl")]
    summary = run_batch(inputs, str(out), jobs=2)
    rows = rows_of(out)
    assert summary.errors == 0 and summary.records == len(rows) == 5 * len(pages)
    assert summary.skipped == 1  # the PNG response
    assert len({r["id"] for r in rows}) == len(rows)

    by_input: dict[str, dict[str, dict]] = {}
    for r in rows:
        path, origin = r["origin"]["path"], r["origin"]
        if path.endswith(".warc.gz"):
            assert r["id"] == f"{path}@{origin['offset']}"
            name = next(n for n, (u, _) in pages.items() if u == r["url"])
        elif path.endswith(".jsonl"):
            assert r["id"] in pages and origin["line"] >= 1
            name = r["id"]
        elif "member" in origin:
            assert r["id"] == f"{path}!{origin['member']}"
            name = Path(origin["member"]).name
        else:
            name, path = Path(path).name, "folder"
        by_input.setdefault(Path(path).name, {})[name] = article_part(r)
    assert set(by_input) == {"folder", "pages.tar.gz", "pages.zip", "crawl.warc.gz", "pages.jsonl"}
    reference = by_input["folder"]
    assert set(reference) == set(pages)
    for kind, articles in by_input.items():
        if kind == "pages.jsonl":  # JSON holds text, not bytes: the report says so, and only that differs
            for a in articles.values():
                assert a["spam"].pop("encoding")["method"] == "str"
            articles = {n: {**a, "spam": {**a["spam"], "encoding": reference[n]["spam"]["encoding"]}}
                        for n, a in articles.items()}
        assert articles == reference, kind
    direct = article_part(cleantext.Cleaner().clean(pages["science_spam.html"][1]).to_dict())
    assert reference["science_spam.html"] == direct
    assert direct["spam"]["contaminated"] and direct["title"].startswith("국내 연구진")


def test_bad_records_give_error_rows_and_a_failing_exit(tmp_path, capsys):
    try:
        import fastwarc  # noqa: F401 - the WARC part needs it (the batch extra); the rest does not
        warc = True
    except ImportError:
        warc = False
    good = (EXAMPLES / "contaminated.txt").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(good)
    (folder / "empty.html").write_bytes(b"")
    (folder / "photo.html").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 50)
    # zip: a member whose compressed bytes are damaged (bad CRC or bad data), between two good ones
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", good)
        zf.writestr("bad.txt", b"X" * 400 + b"<p>corrupt me</p>" * 20)
        zf.writestr("c.txt", good)
        zf.writestr("img/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    zdata = bytearray(zbuf.getvalue())
    i = zdata.index(b"XXXX")
    zdata[i:i + 4] = b"YYYY"
    (tmp_path / "damaged.zip").write_bytes(bytes(zdata))
    # tar.gz, WARC.gz and JSONL.gz cut in the middle
    write_tar(tmp_path / "whole.tar.gz", {f"p{i}.txt": good + os.urandom(3000).hex().encode() for i in range(6)})
    data = (tmp_path / "whole.tar.gz").read_bytes()
    (tmp_path / "cut.tar.gz").write_bytes(data[: len(data) * 2 // 3])
    (tmp_path / "whole.tar.gz").unlink()
    if warc:
        write_warc(tmp_path / "w.warc.gz", [(f"https://x.example/{i}", good, "text/html") for i in range(4)])
        data = (tmp_path / "w.warc.gz").read_bytes()
        (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 40])
        (tmp_path / "w.warc.gz").unlink()
    lines = b"".join(json.dumps({"id": f"j{i}", "text": good.decode()}).encode() + b"\n" for i in range(50))
    data = gzip.compress(lines + b"{not json}\n")
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "bad.jsonl").write_bytes(b'{"id": "ok", "text": "' + good.replace(b"\n", b"\\n").replace(b'"', b'\\"')
                                         + b'"}\n{"id": "broken", "text": \n[1, 2]\n{"id": "nohtml"}\n')

    out, errs = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main_batch([str(folder), str(tmp_path / "*.zip"), str(tmp_path / "cut.*"), str(tmp_path / "bad.jsonl"),
                         "-o", str(out), "--errors", str(errs), "--jobs", "2"])
    err = capsys.readouterr().err
    assert status == 1
    assert "Traceback" not in err and re.search(r"\d+ records.*\d+ contaminated.*\d+ edits.*\d+ errors", err)
    rows = rows_of(out)
    errors = {r["id"]: r["error"] for r in rows if "error" in r}
    for r in rows:
        assert set(r) >= {"id", "origin", "url"} and ("error" in r or "title" in r)
    assert errors[str(folder / "empty.html")] == "empty file"
    assert "binary" in errors[str(folder / "photo.html")]
    assert "corrupt zip member" in errors[f"{tmp_path}/damaged.zip!bad.txt"]
    assert "binary" in errors[f"{tmp_path}/damaged.zip!img/logo.png"]
    assert {f"{tmp_path}/damaged.zip!a.txt", f"{tmp_path}/damaged.zip!c.txt"} <= {r["id"] for r in rows}
    assert any("tar" in e and "truncated" in e for i, e in errors.items() if "cut.tar.gz" in i)
    if warc:
        assert any("truncated" in e for i, e in errors.items() if "cut.warc.gz" in i)
        assert sum(1 for r in rows if r["origin"]["path"].endswith("cut.warc.gz") and "error" not in r) >= 1
    assert any("truncated" in e for i, e in errors.items() if "cut.jsonl.gz" in i)
    assert "invalid JSON" in errors[f"{tmp_path}/bad.jsonl:2"]
    assert "not an object" in errors[f"{tmp_path}/bad.jsonl:3"]
    assert "no page field" in errors["nohtml"]
    assert "title" in next(r for r in rows if r["id"] == "ok")
    assert [json.loads(x) for x in errs.read_text(encoding="utf-8").splitlines()] == [r for r in rows if "error" in r]


def _count_lines(path: Path) -> int:
    """The complete lines of an output a kill may have cut: a kill can land inside a batch's write, so a plain
    file may end in part of a line and a ``.gz`` file in part of a member; neither part holds a record."""
    if not path.exists():
        return 0
    data = path.read_bytes()
    if path.suffix != ".gz":
        return data.count(b"\n")
    lines = 0
    while data:
        member = zlib.decompressobj(31)
        try:
            text = member.decompress(data)
        except zlib.error:
            break
        if not member.eof:
            break
        lines += text.count(b"\n")
        data = member.unused_data
    return lines


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_a_killed_run_resumes_with_nothing_lost_or_duplicated(tmp_path, suffix):
    pages = [p.read_bytes() for p in ALL_PAGES]
    folder = tmp_path / "pages"
    folder.mkdir()
    n = 160
    for i in range(n):
        (folder / f"p{i:04d}.html").write_bytes(pages[i % len(pages)] + f"\n<!-- {i} -->\n".encode())
    out = tmp_path / f"out{suffix}"
    cmd = [sys.executable, "-m", "cleantext", "batch", str(folder), "-o", str(out)]
    env = {**os.environ, "CLEANTEXT_NO_LM": "1"}
    proc = subprocess.Popen([*cmd, "--jobs", "1"], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and _count_lines(out) == 0:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    done_before = _count_lines(out)
    assert 0 < done_before < n, "the run was to be killed part-way"
    with open(out, "ab") as f:  # a line cut by the kill (a gzip member cut, for .gz)
        f.write(gzip.compress(b'{"id": "half", "origin": {}}\n')[:25] if suffix == ".gz" else b'{"id": "half", "ori')

    resumed = subprocess.run([*cmd, "--resume", "--jobs", "2"], env=env, capture_output=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout == b""  # the summary goes to stderr, and no progress bar in a pipe
    assert re.fullmatch(rf"cleantext batch: {n} records \({done_before} resumed\), \d+ contaminated, \d+ edits, "
                        rf"0 errors, .* -> {re.escape(str(out))}\n".encode(), resumed.stderr), resumed.stderr
    ids = [r["id"] for r in rows_of(out)]
    assert len(ids) == n and set(ids) == {str(folder / f"p{i:04d}.html") for i in range(n)}


def test_resume_cuts_a_partial_tail_and_keeps_complete_lines(tmp_path):
    for name in ("o.jsonl", "o.jsonl.gz"):
        path = tmp_path / name
        with JsonlWriter(str(path), flush_lines=3) as w:
            for i in range(10):
                w.add(json.dumps({"id": str(i), "origin": {"path": "x", "line": i}}).encode() + b"\n")
        full = path.read_bytes()
        assert [r["id"] for r, _ in read_rows(str(path))] == [str(i) for i in range(10)]
        for cut in range(len(full) - 1, 0, -5):
            path.write_bytes(full[:cut])
            dropped = repair(str(path))
            assert dropped == cut - path.stat().st_size
            ids = [r["id"] for r, _ in read_rows(str(path))]
            assert ids == [str(i) for i in range(len(ids))]  # a prefix of whole lines, nothing half-read
            if name.endswith(".gz"):
                assert len(ids) % 3 == 0 or len(ids) == 10  # whole members (3 lines each) only


def test_a_file_name_that_is_not_utf8_is_cleaned_and_resumed(tmp_path):
    """A Latin-1 file name (lone surrogates once decoded) crashed the run before anything was written."""
    folder = tmp_path / "pages"
    folder.mkdir()
    page = (EXAMPLES / "contaminated.txt").read_bytes()
    (folder / "ok.txt").write_bytes(page)
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(page)
    out = tmp_path / "o.jsonl"
    assert run_batch([str(folder)], str(out), jobs=1).records == 2
    rows = [json.loads(line) for line in out.read_bytes().splitlines()]
    assert sorted(r["origin"]["path"].rsplit("/", 1)[1] for r in rows) == [os.fsdecode(b"caf\xe9.txt"), "ok.txt"]
    assert all(r["title"] for r in rows)
    again = run_batch([str(folder)], str(out), jobs=1, resume=True)
    assert again.resumed == 2 and again.records == 2 and len(out.read_bytes().splitlines()) == 2


def test_each_file_gives_its_records_once_and_an_unlistable_folder_an_error(tmp_path, monkeypatch):
    """A link to a parent folder made a loop (82 rows from 2 files); a folder and a file in it named together gave
    that file twice; a folder that cannot be listed was skipped without a word."""
    import cleantext.batch.inputs as inputs

    top = tmp_path / "L"
    (top / "sub").mkdir(parents=True)
    page = (EXAMPLES / "contaminated.txt").read_bytes()
    (top / "a.txt").write_bytes(page)
    (top / "sub" / "b.txt").write_bytes(page)
    (top / "sub" / "up").symlink_to("..")
    records = list(iter_records([str(top), str(top / "a.txt")]))
    assert sorted(os.path.basename(r.origin["path"]) for r in records) == ["a.txt", "b.txt"]
    assert [r.data for r in iter_records(str(top / "a.txt"))] == [page]  # one path as a string, not its letters

    locked = top / "sub"
    real_scandir = os.scandir

    def scandir(path):
        if os.path.realpath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    records = list(iter_records([str(top)]))
    assert [r.error for r in records if r.error] == ["cannot read (Permission denied)"]
    assert [os.path.basename(r.origin["path"]) for r in records if not r.error] == ["a.txt"]


_LONG_INPUT = (json.dumps({"id": "a", "html": "<p>" + "x" * 70_000 + "</p>"}) + "\n").encode() + b'{"id": "b", "ht'


@pytest.mark.parametrize(("name", "content"), [("notes.jsonl", b"notes\nline2\nno newline at the end"),
                                              ("x.jsonl.gz", b"hello, not gzip"), ("y.jsonl", b"plain words"),
                                              ("input.jsonl", _LONG_INPUT),  # an input file, its first line long
                                              ("notes.jsonl.gz", gzip.compress(b"notes\nmore notes\n", mtime=0)[:-6])])
def test_resume_leaves_a_file_that_is_not_a_batch_output_alone(tmp_path, name, content):
    """--resume cut the last line of a file it then refused, and wiped a .gz that was not gzip."""
    from cleantext.batch.writer import OutputError

    out = tmp_path / name
    out.write_bytes(content)
    with pytest.raises(OutputError, match="cannot resume"):
        run_batch([str(EXAMPLES / "contaminated.txt")], str(out), jobs=1, resume=True)
    assert out.read_bytes() == content


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_an_output_error_not_a_traceback(tmp_path, capsys):
    from cleantext.batch.writer import OutputError

    w = JsonlWriter("/dev/full", append=True)
    w.add(b"{}\n")
    with pytest.raises(OutputError, match="cannot write /dev/full: No space left"):
        w.close()  # its last lines go out as it closes
    assert main_batch([str(EXAMPLES / "contaminated.txt"), "-o", "/dev/full", "--overwrite", "--jobs", "1"]) == 2
    assert "cannot write /dev/full" in capsys.readouterr().err


def test_an_archive_inside_an_archive_is_an_error_row_not_an_article(tmp_path):
    """A JSONL or WARC file inside a zip was read as one page: its records became one article of noise."""
    page = (EXAMPLES / "contaminated.txt").read_text(encoding="utf-8")
    lines = "".join(json.dumps({"id": str(i), "text": page}) + "\n" for i in range(3)).encode()
    packed = tmp_path / "dump.zip"
    with zipfile.ZipFile(packed, "w") as zf:
        zf.writestr("a.txt", page)
        zf.writestr("inner/records.jsonl", lines)
        zf.writestr("inner/crawl.warc.gz", gzip.compress(b"WARC/1.0\r\n"))
        zf.writestr("inner/more.tar.gz", gzip.compress(b"not read"))
    records = {r.origin["member"]: r for r in iter_records([str(packed)])}
    assert records["a.txt"].data.decode() == page
    for name in ("inner/records.jsonl", "inner/crawl.warc.gz", "inner/more.tar.gz"):
        assert records[name].data is None and "inside an archive is not read" in records[name].error


def test_an_encrypted_zip_member_says_so(tmp_path):
    packed = tmp_path / "locked.zip"
    with zipfile.ZipFile(packed, "w") as zf:
        zf.writestr("secret.html", b"<p>never read</p>")
        zf.writestr("open.txt", (EXAMPLES / "contaminated.txt").read_bytes())
    raw = bytearray(packed.read_bytes())  # the first member marked encrypted, as an encrypting zip tool does
    raw[6] |= 0x1  # its local header's flags
    raw[raw.index(b"PK\x01\x02") + 8] |= 0x1  # and its central directory entry's
    packed.write_bytes(bytes(raw))
    records = {r.origin["member"]: r for r in iter_records([str(packed)])}
    assert records["secret.html"].error == "encrypted zip member: not read (no password is asked for)"
    assert records["open.txt"].data


def test_a_corrupt_warc_record_loses_only_itself(tmp_path):
    """Reading stopped at a damaged record: one corrupt gzip member, garbage between records or a wrong
    Content-Length lost every record after it."""
    pytest.importorskip("fastwarc")
    from cleantext.batch.warc import read_warc

    good = (EXAMPLES / "contaminated.txt").read_bytes()
    write_warc(tmp_path / "w.warc.gz", [(f"https://x.example/{i}", good, "text/html") for i in range(6)], extras=False)
    data = (tmp_path / "w.warc.gz").read_bytes()
    starts = [i for i in range(len(data) - 2) if data[i : i + 3] == b"\x1f\x8b\x08"]
    members = [gzip.decompress(data[a:b]) for a, b in zip(starts, [*starts[1:], len(data)], strict=True)]
    damaged = bytearray(data)
    damaged[starts[2] + 30 : starts[2] + 60] = b"\xff" * 30
    (tmp_path / "member.warc.gz").write_bytes(bytes(damaged))
    (tmp_path / "garbage.warc").write_bytes(b"".join(members[:2]) + b"GARBAGE\r\n\r\n" + b"".join(members[2:]))
    wrong = members[1].replace(b"Content-Length: ", b"Content-Length: 9", 1)
    (tmp_path / "length.warc").write_bytes(members[0] + wrong + b"".join(members[2:]))
    for name, pages in (("member.warc.gz", 5), ("garbage.warc", 6), ("length.warc", 5)):
        records = list(read_warc(str(tmp_path / name)))
        assert sum(1 for r in records if r.data) == pages, name
        assert sum(1 for r in records if r.error) == 1, name
        assert records[-1].data and records[-1].url == "https://x.example/5"
    from cleantext.batch.streams import Meter

    write_warc(tmp_path / "big.warc.gz", [(f"https://x.example/{i}", good, "text/html") for i in range(150)],
               extras=False)  # more than a read buffer: reading on after the damage reads more of the file
    big = bytearray((tmp_path / "big.warc.gz").read_bytes())
    big[starts[2] + 30 : starts[2] + 60] = b"\xff" * 30
    (tmp_path / "big.warc.gz").write_bytes(bytes(big))
    meter = Meter()
    assert sum(1 for r in read_warc(str(tmp_path / "big.warc.gz"), meter) if r.data) == 149
    assert meter.done_bytes == len(big)  # the progress bar reaches the end, not a third of it
    # a damaged member and a cut end: two error rows, each with an origin of its own (resume tells them apart)
    (tmp_path / "both.warc.gz").write_bytes(bytes(damaged)[:-4])
    errors = [r for r in read_warc(str(tmp_path / "both.warc.gz")) if r.error]
    assert len(errors) == 2 and len({json.dumps(r.origin, sort_keys=True) for r in errors}) == 2


def test_a_named_file_behind_an_unreadable_folder_says_so(tmp_path, monkeypatch):
    import cleantext.batch.inputs as inputs
    from cleantext.batch import InputError

    def lstat(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(inputs.os.path, "lexists", lambda path: False)  # what a folder without x gives
    monkeypatch.setattr(inputs.os, "lstat", lstat)
    with pytest.raises(InputError, match="cannot read \\(Permission denied\\)"):
        inputs.expand_inputs([str(tmp_path / "locked" / "page.html")])


def test_a_pool_that_cannot_start_a_worker_says_so(monkeypatch):
    """The fork server killed under the run made starting a worker raise EOFError, a traceback."""
    from cleantext.batch.pool import PoolError, WorkerPool

    pool = WorkerPool(cleantext.Cleaner(), jobs=1)

    class Gone:
        def __init__(self, *a, **k):
            pass

        def start(self):
            raise EOFError

    monkeypatch.setattr(pool._ctx, "Process", Gone)
    with pytest.raises(PoolError, match="cannot start a worker process"):
        pool._start()


class Trouble:
    """A pipeline step for tests: hangs on a page saying STALL, kills its process on one saying CRASH."""

    name = "trouble"

    def __call__(self, doc):
        raw = doc.raw.decode("utf-8", "replace") if isinstance(doc.raw, bytes) else doc.raw
        if "STALL" in raw:
            time.sleep(3600)
        if "CRASH" in raw:
            os._exit(3)
        return doc


def test_a_stalled_or_crashing_page_cannot_stop_the_run(tmp_path):
    cleaner = cleantext.Cleaner()
    cleaner.steps.insert(0, Trouble())
    good = (FIXTURES / "clean" / "betting_crackdown.txt").read_text(encoding="utf-8")
    with open(tmp_path / "in.jsonl", "w", encoding="utf-8") as f:
        for i, text in enumerate([good, "STALL " + good, good, "CRASH " + good, good, good]):
            f.write(json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    t0 = time.monotonic()
    summary = run_batch([str(tmp_path / "in.jsonl")], str(out), cleaner=cleaner, jobs=1, timeout=1.0,
                        chunk_size=6)
    assert time.monotonic() - t0 < 30
    rows = {r["id"]: r for r in rows_of(out)}
    assert set(rows) == {f"r{i}" for i in range(6)}
    assert rows["r1"]["error"].startswith("timed out")
    assert "died" in rows["r3"]["error"] and "exit code 3" in rows["r3"]["error"]
    assert all("title" in rows[f"r{i}"] for i in (0, 2, 4, 5))
    assert summary.errors == 2 and summary.replaced_workers == 2


class DiesOnArrival:
    """A step that cannot be loaded in a worker: unpickling it ends the process (a broken installation)."""

    name = "dies"

    def __call__(self, doc):
        return doc

    def __reduce__(self):
        return (os._exit, (7,))


def test_workers_that_cannot_start_stop_the_run_with_one_message(tmp_path):
    from cleantext.batch.pool import PoolError

    cleaner = cleantext.Cleaner()
    cleaner.steps.append(DiesOnArrival())
    page = tmp_path / "a.txt"
    page.write_bytes((EXAMPLES / "contaminated.txt").read_bytes())
    with pytest.raises(PoolError, match="exit as they start"):
        run_batch([str(page)], str(tmp_path / "o.jsonl"), cleaner=cleaner, jobs=1)
    assert (tmp_path / "o.jsonl").read_bytes() == b""  # no error row pretends that the page was at fault


def test_a_null_page_field_falls_back_to_the_next(tmp_path):
    page = (EXAMPLES / "contaminated.txt").read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "html": None, "text": page}) + "\n"
                   + json.dumps({"id": "b", "html": None}) + "\n", encoding="utf-8")
    rows = {r.id: r for r in iter_records([str(src)])}
    assert rows["a"].data == page and rows["a"].error is None
    assert rows["b"].data is None and rows["b"].error.startswith("no page field")


def test_jsonl_fields_are_configurable(tmp_path, capsys):
    page = (EXAMPLES / "contaminated.txt").read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"key": 7, "body": page, "link": "https://haeyang.example/a/1"}) + "\n"
                   + json.dumps({"key": 8, "html": page}) + "\n", encoding="utf-8")
    recs = list(iter_records([str(src)], ReadOptions(html_field="body", id_field="key", url_field="link")))
    assert [r.id for r in recs] == ["7", "8"]
    assert recs[0].url == "https://haeyang.example/a/1" and recs[0].data == page
    assert recs[1].error and "'body'" in recs[1].error  # an explicit field is the only one read
    out = tmp_path / "out.jsonl.gz"
    status = main_batch([str(src), "-o", str(out), "--html-field", "body", "--id-field", "key", "--url-field", "link",
                         "--jobs", "1", "--progress"])
    assert status == 1
    err = capsys.readouterr().err
    assert "2 records" in err and "1 errors" in err
    rows = {r["id"]: r for r in rows_of(out)}
    assert rows["7"]["url"] == "https://haeyang.example/a/1" and "주민" in rows["7"]["title"]
    assert rows["7"]["origin"] == {"path": str(src), "line": 1}


def test_command_line_problems_are_one_line_and_status_2(tmp_path, capsys):
    page = tmp_path / "a.txt"
    page.write_bytes((EXAMPLES / "contaminated.txt").read_bytes())
    existing = tmp_path / "done.jsonl"
    existing.write_text("", encoding="utf-8")
    cases = [
        ([str(tmp_path / "missing.warc.gz"), "-o", str(tmp_path / "o.jsonl")], "no such file"),
        ([str(tmp_path / "*.nothing"), "-o", str(tmp_path / "o.jsonl")], "no file matches"),
        ([str(page), "-o", str(tmp_path / "no" / "dir" / "o.jsonl")], "cannot write"),
        ([str(page), "-o", str(existing)], "--resume"),
        ([str(page), "-o", str(tmp_path), "--overwrite"], "is a directory"),
        ([str(page), "-o", "-"], "must be a file"),
        ([str(page), "-o", str(tmp_path / "o.jsonl"), "--jobs", "0"], "at least 1"),
        ([str(page)], "required"),
        ([str(page), "-o", str(tmp_path / "o.jsonl"), "--resume", "--overwrite"], "not allowed"),
        ([str(page), "-o", str(tmp_path / "o.jsonl"), "--patterns", str(tmp_path / "none.txt")], "none.txt"),
        (["-o", str(tmp_path / "o.jsonl")], "no input given"),
        (["-i", str(tmp_path / "none.txt"), "-o", str(tmp_path / "o.jsonl")], "cannot read the input list"),
        (["-i", str(existing), "-o", str(tmp_path / "o.jsonl")], "names no input"),
    ]
    for argv, message in cases:
        assert main_batch(argv) == 2, argv
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, (argv, err)
        assert not (tmp_path / "o.jsonl").exists()
    # the output inside an input folder is never read back as input
    assert main_batch([str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"]) == 1  # done.jsonl is empty
    rows = rows_of(tmp_path / "o.jsonl")
    assert {Path(r["id"]).name for r in rows} == {"a.txt", "done.jsonl"}


def test_an_input_list_names_the_inputs_as_trafilatura_s_does(tmp_path, monkeypatch):
    """``-i LIST`` (one input per line, ``#`` comments and blank lines skipped, ``-`` for standard input) adds to
    the INPUTs on the command line, and ``--parallel`` is ``--jobs``: trafilatura's names for the same things."""
    import io

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes((EXAMPLES / "contaminated.txt").read_bytes())
    listing = tmp_path / "list.txt"
    listing.write_text(f"# pages to clean\n{tmp_path / 'a.txt'}\n\n   {tmp_path / 'b.txt'}  \n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main_batch([str(tmp_path / "c.txt"), "-i", str(listing), "-o", str(out), "--parallel", "1"]) == 0
    assert sorted(Path(r["id"]).name for r in rows_of(out)) == ["a.txt", "b.txt", "c.txt"]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{tmp_path / 'b.txt'}\n"))
    assert main_batch(["-i", "-", "-o", str(out), "--overwrite", "-j", "1"]) == 0
    assert [Path(r["id"]).name for r in rows_of(out)] == ["b.txt"]


def test_an_input_list_piped_with_a_byte_order_mark_reads_its_first_name(tmp_path, monkeypatch):
    """A list written by a Windows tool opens with a byte-order mark; from standard input too it is no part of the
    first name."""
    import io

    (tmp_path / "a.txt").write_bytes((EXAMPLES / "contaminated.txt").read_bytes())
    monkeypatch.setattr("sys.stdin", io.StringIO(f"\ufeff{tmp_path / 'a.txt'}\n"))
    out = tmp_path / "o.jsonl"
    assert main_batch(["-i", "-", "-o", str(out), "-j", "1"]) == 0
    assert [Path(r["id"]).name for r in rows_of(out)] == ["a.txt"]
