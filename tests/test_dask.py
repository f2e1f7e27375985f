"""cleantext.dask: a bag of records from any inputs, cleaned over partitions on a local cluster, gives the same
rows as the local batch."""

from __future__ import annotations

import gzip
import io
import json
import pickle
import tarfile
from pathlib import Path

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")

import cleantext
import cleantext.dask as ctd
from cleantext.batch import clean_record, iter_records, run_batch
from cleantext.lm import language_model
from conftest import EXAMPLES, FIXTURES

PAGES = sorted([*FIXTURES.glob("clean/*.*"), *FIXTURES.glob("dirty/*.*"), EXAMPLES / "contaminated.txt"])


@pytest.fixture(autouse=True)
def _no_language_model(monkeypatch):
    """The optional Korean language model, if installed, loads for seconds per process: not what is tested."""
    monkeypatch.setenv("CLEANTEXT_NO_LM", "1")
    language_model.cache_clear()  # (an earlier test of this process may have loaded it: this one goes without)
    yield
    language_model.cache_clear()  # looked for without it in this process: later tests look again


def make_inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for i, p in enumerate(PAGES):
        (folder / ("sub" if i % 2 else "") / p.name).write_bytes(p.read_bytes())
    (folder / "empty.html").write_bytes(b"")
    with tarfile.open(tmp_path / "pages.tar.gz", "w:gz") as tf:
        for p in PAGES:
            data = p.read_bytes()
            info = tarfile.TarInfo(f"t/{p.name}")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    with gzip.open(tmp_path / "pages.jsonl.gz", "wt", encoding="utf-8") as f:
        for i, p in enumerate(PAGES):
            f.write(json.dumps({"id": f"j{i}", "html": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
        f.write("{broken\n")
    return [str(folder), str(tmp_path / "pages.tar.gz"), str(tmp_path / "pages.jsonl.gz")]


def rows_of(path: Path) -> list[dict]:
    with (gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")) as f:
        return [json.loads(line) for line in f]


def comparable(row: dict) -> dict:
    """Keywords of equal weight come in set order, which follows each process's string hash seed."""
    if "spam" in row:
        row = {**row, "spam": {**row["spam"], "keywords": sorted(row["spam"]["keywords"])}}
    return row


def test_a_local_cluster_gives_the_same_rows_as_the_local_batch(tmp_path):
    from dask.distributed import Client, LocalCluster

    inputs = make_inputs(tmp_path)
    local = run_batch(inputs, str(tmp_path / "local.jsonl"), jobs=1)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        summary = ctd.run(inputs, str(tmp_path / "dask.jsonl.gz"), files_per_partition=2)
    dask_rows = rows_of(tmp_path / "dask.jsonl.gz")
    local_rows = {r["id"]: r for r in rows_of(tmp_path / "local.jsonl")}
    assert [r["id"] for r in dask_rows] == [r.id for r in iter_records(inputs)]  # partition order = input order
    assert len(dask_rows) == len(local_rows) == 3 * len(PAGES) + 2  # + the empty page, the broken line
    for r in dask_rows:
        assert comparable(r) == comparable(local_rows[r["id"]])
    assert (summary.records, summary.contaminated, summary.edits, summary.errors) == \
        (local.records, local.contaminated, local.edits, local.errors)
    assert summary.errors == 2 and summary.contaminated >= 3


def test_bags_and_partitions_without_a_cluster(tmp_path):
    inputs = make_inputs(tmp_path)
    parts = ctd.input_partitions(inputs, files_per_partition=2)
    folder_files = len(PAGES) + 1
    assert len(parts) == -(-folder_files // 2) + 2  # pages two by two, then each archive alone
    assert parts[-2:] == [(inputs[1],), (inputs[2],)]
    records = ctd.records_bag(inputs, files_per_partition=2)
    assert records.npartitions == len(parts)
    stream = ctd.RecordStream(parts[-1], cleantext.batch.ReadOptions())
    assert [r.id for r in pickle.loads(pickle.dumps(stream))] == [r.id for r in stream]  # moves as file names

    cleaner = cleantext.Cleaner()
    rows = ctd.clean_bag(records, cleaner).compute(scheduler="sync")
    assert rows == [clean_record(cleaner, r) for r in iter_records(inputs)]
    ctd.clean_bag(records).map(ctd.to_line).to_textfiles(str(tmp_path / "out" / "*.jsonl"), scheduler="sync")
    written = [json.loads(x) for p in sorted((tmp_path / "out").iterdir()) for x in p.read_text("utf-8").splitlines()]
    assert sorted(r["id"] for r in written) == sorted(r["id"] for r in rows)
    with pytest.raises(cleantext.batch.InputError, match="no such file"):
        ctd.records_bag([str(tmp_path / "missing")])


def test_partitions_list_each_file_once(tmp_path):
    from cleantext.dask import input_partitions

    (tmp_path / "dd").mkdir()
    for name in ("a.html", "b.html"):
        (tmp_path / "dd" / name).write_text("<p>page</p>", encoding="utf-8")
    parts = input_partitions([str(tmp_path / "dd"), str(tmp_path / "dd" / "a.html")])
    assert sorted(Path(f).name for part in parts for f in part) == ["a.html", "b.html"]
