"""The render worker: one thread owns the PDF, stale jobs are dropped, failures reported."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.gui.view.render_service import RenderJob, RenderService, WordsJob
from reviewer.pdf import PdfFile

SCALE = 1000  # 100 %


@pytest.fixture
def ten_pages(tmp_path: Path) -> Path:
    return write_test_pdf(tmp_path / "ten.pdf", [f"Page {n}" for n in range(1, 11)])


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """(page, thread name) of each render, made slow so that requests pile up."""
    seen: list[tuple[int, str]] = []
    render = PdfFile.render

    def slow(self: PdfFile, page: int, *, zoom: float):
        seen.append((page, threading.current_thread().name))
        time.sleep(0.05)
        if page == 9:
            raise RuntimeError("damaged content stream")
        return render(self, page, zoom=zoom)

    monkeypatch.setattr(PdfFile, "render", slow)
    return seen


@pytest.fixture
def service(ten_pages: Path) -> Iterator[RenderService]:
    opened = RenderService(partial(PdfFile, ten_pages))
    yield opened
    opened.close()


def test_a_new_request_drops_the_jobs_not_asked_again(qtbot, service: RenderService, calls):
    service.request([RenderJob(page, SCALE) for page in range(1, 9)])
    qtbot.waitUntil(lambda: len(calls) == 1)
    with qtbot.waitSignal(service.rendered) as rendered:
        service.request([RenderJob(8, SCALE)])
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert [page for page, _thread in calls] == [1, 8]
    assert {thread for _page, thread in calls} == {"pdf-render"}
    page, scale_key, image = rendered.args
    assert (page, scale_key) == (1, SCALE)
    assert (image.width(), image.height()) == (595, 842)


def test_the_job_running_is_not_asked_twice(qtbot, service: RenderService, calls):
    service.request([RenderJob(2, SCALE)])
    qtbot.waitUntil(lambda: len(calls) == 1)
    service.request([RenderJob(2, SCALE), RenderJob(3, SCALE)])
    qtbot.waitUntil(lambda: len(calls) == 2)
    qtbot.wait(100)
    assert [page for page, _thread in calls] == [2, 3]


def test_words_come_with_their_offsets(qtbot, service: RenderService):
    with qtbot.waitSignal(service.wordsReady) as ready:
        service.request([WordsJob(3)])
    page, words, rotation = ready.args
    assert (page, rotation) == (3, 0)
    assert [(w.text, w.start, w.end) for w in words] == [("Page", 0, 4), ("3", 5, 6)]


def test_a_damaged_page_is_reported_and_the_others_go_on(qtbot, service: RenderService, calls):
    with qtbot.waitSignal(service.failed) as failed:
        service.request([RenderJob(9, SCALE), RenderJob(10, SCALE)])
    assert failed.args == [9, "damaged content stream"]
    with qtbot.waitSignal(service.rendered) as rendered:
        pass
    assert rendered.args[0] == 10


def test_results_after_close_are_dropped(qtbot, ten_pages: Path):
    service = RenderService(partial(PdfFile, ten_pages))
    received: list[int] = []
    service.rendered.connect(lambda page, _key, _image: received.append(page))
    service.request([RenderJob(1, SCALE)])
    service.close()
    qtbot.wait(100)
    assert received == []
