from __future__ import annotations

import gc
import threading

import pytest

from cleantext.pipeline import collector_paused


def test_collector_paused_restores_the_state_it_found():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested (a clean inside a clean's step): still paused
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # a caller who paused it already keeps it paused
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_restarts_after_an_error():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_collector_restarts_after_threads_overlap():
    inside, release = threading.Barrier(3), threading.Event()

    def clean() -> None:
        with collector_paused():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=clean) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    assert not gc.isenabled()
    release.set()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_clean_leaves_the_collector_running(cleaner):
    cleaner.clean(b"<html><body><article><h1>Title here</h1><p>" + b"Some words of text. " * 20 + b"</p></article>")
    assert gc.isenabled()


def test_a_page_that_is_neither_bytes_nor_str_is_a_clear_type_error():
    """``clean(None)`` is the caller's mistake: a TypeError naming what was given, not a failure deep inside;
    a bytearray is bytes."""
    import cleantext

    with pytest.raises(TypeError, match="bytes or str, not NoneType"):
        cleantext.clean(None)
    assert cleantext.clean(bytearray("<p>본문 첫 문단입니다. 충분히 긴 문장입니다.</p>".encode())).paragraphs
