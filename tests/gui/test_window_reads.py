"""The window never waits on the library: slow reads run on a worker, stale answers are dropped."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from reviewer.library import Library

SLOW_S = 0.5


@pytest.fixture
def window_library(corpus: Library) -> Library:
    return corpus


@pytest.fixture
def searches(monkeypatch, corpus: Library) -> list[tuple[str, threading.Thread]]:
    """Make the library's search slow for queries starting with "slow:" (the rest is searched
    as is), and note each query with the thread that searched it."""
    asked: list[tuple[str, threading.Thread]] = []
    search = corpus.search

    def slow_search(query: str, **options: object):
        asked.append((query, threading.current_thread()))
        if query.startswith("slow:"):
            time.sleep(SLOW_S)
        return search(query.removeprefix("slow:"), **options)

    monkeypatch.setattr(corpus, "search", slow_search)
    return asked


def ticks_during(qtbot, seconds: float) -> int:
    """How many times a 10 ms timer fired while the event loop ran for that long."""
    fired = []
    timer = QTimer()
    timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    timer.start(10)
    qtbot.wait(int(seconds * 1000))
    timer.stop()
    return len(fired)


def test_a_slow_search_leaves_the_window_responsive_and_its_result_arrives(qtbot, window, searches):
    panel = window.search_panel
    started = time.perf_counter()
    panel.search("slow:vidéosurveillance")
    assert time.perf_counter() - started < SLOW_S / 2  # It did not wait for the answer.
    assert panel.searching and panel.results is None

    assert ticks_during(qtbot, SLOW_S) > SLOW_S * 100 / 3  # Busy machines skip a few.
    qtbot.waitUntil(lambda: panel.results is not None, timeout=5000)
    assert panel.results.query == "vidéosurveillance" and panel.hits()
    assert panel.tree.topLevelItemCount() > 0 and panel.facets()
    assert not panel.searching
    assert [thread for _query, thread in searches] != [threading.main_thread()]


def test_a_stale_answer_is_dropped_for_the_newer_one(qtbot, window, searches):
    panel = window.search_panel
    shown: list[str] = []
    panel.resultsShown.connect(lambda: shown.append(panel.results.query))
    panel.search("slow:CNIL")
    qtbot.wait(50)  # The slow one is under way.
    panel.search("vidéosurveillance")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(int(SLOW_S * 1000))  # Time enough for the slow answer to arrive, too late.
    assert shown == ["vidéosurveillance"]
    assert panel.query_edit.text() == "vidéosurveillance"
    assert {hit.title for hit in panel.hits()} == {
        hit.title for hit in window.library.search("vidéosurveillance", limit=50).hits
    }


def test_typing_searches_once_the_user_pauses(qtbot, window, searches):
    panel = window.search_panel
    for character in "cnil":
        qtbot.keyClicks(panel.query_edit, character)
        qtbot.wait(30)
    assert searches == []  # Not a search per key.
    qtbot.waitUntil(lambda: panel.results is not None, timeout=5000)
    assert [query for query, _thread in searches] == ["cnil"]
    assert panel.results.query == "cnil" and panel.hits()


def test_typing_on_drops_the_search_under_way(qtbot, window, searches):
    panel = window.search_panel
    shown: list[str] = []
    panel.resultsShown.connect(lambda: shown.append(panel.results.query))
    panel.query_edit.setText("slow:CNIL")
    panel.run()
    qtbot.wait(50)
    panel.query_edit.selectAll()
    qtbot.keyClicks(panel.query_edit, "videosurveillance")  # QTest types ASCII only.
    qtbot.waitUntil(lambda: panel.results is not None, timeout=5000)
    qtbot.wait(int(SLOW_S * 1000))
    assert shown == ["videosurveillance"]


def test_opening_another_library_drops_the_answers_pending(qtbot, window, searches, tmp_path):
    panel = window.search_panel
    panel.search("slow:vidéosurveillance")
    qtbot.wait(50)
    assert window.open_library(tmp_path / "other")
    qtbot.wait(int(SLOW_S * 1000) + 200)
    assert panel.results is None and panel.tree.topLevelItemCount() == 0
    assert window.library.documents() == []


def test_switching_document_drops_the_search_in_the_one_before(qtbot, window, corpus, searches):
    first, second = corpus.documents()[:2]
    panel = window.search_panel
    shown: list[int | None] = []
    panel.resultsShown.connect(lambda: shown.append(panel.document_id))
    window.open_document(first.id)
    panel.search("slow:article", in_document=True)
    qtbot.wait(50)
    window.open_document(second.id)  # The search runs again, in this document.
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(int(SLOW_S * 1000))
    assert shown == [second.id]
    assert [query for query, _thread in searches] == ["slow:article", "slow:article"]
