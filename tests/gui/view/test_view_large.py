"""A 1,000-page PDF opens at once, and only the pages in sight are rendered."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, Qt

from reviewer.gui.view import DocumentView
from reviewer.pdf import PdfFile

PAGE_COUNT = 1000


@pytest.fixture(scope="module")
def thousand_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "thousand.pdf"
    document = pymupdf.open()
    for number in range(1, PAGE_COUNT + 1):
        page = document.new_page(width=595, height=842)
        page.insert_text((72, 72), f"Page {number} du projet de loi.", fontsize=11)
    document.save(path)
    document.close()
    return path


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages the worker renders, in order."""
    calls: list[int] = []
    render = PdfFile.render

    def counting(self: PdfFile, page: int, *, zoom: float):
        calls.append(page)
        return render(self, page, zoom=zoom)

    monkeypatch.setattr(PdfFile, "render", counting)
    return calls


def test_first_page_at_once_and_only_visible_pages(
    qtbot, view: DocumentView, thousand_pages: Path, rendered: list[int], make_document
):
    started = time.perf_counter()
    view.open_document(
        make_document(thousand_pages, PAGE_COUNT),
        partial(PdfFile, thousand_pages),
        [(595, 842)] * PAGE_COUNT,
    )
    qtbot.waitUntil(lambda: 1 in view.rendered_pages(), timeout=2000)
    first_page = time.perf_counter() - started
    print(f"\nfirst of {PAGE_COUNT} pages shown after {first_page * 1000:.0f} ms")
    qtbot.wait(200)  # Let the prefetch finish: it must stop near page 1.
    assert max(rendered) <= 3

    view.go_to_page(700)
    qtbot.waitUntil(lambda: 700 in view.rendered_pages(), timeout=2000)
    qtbot.wait(100)
    assert set(rendered) <= {1, 2, 3} | {699, 700, 701, 702}
    assert first_page < 1.0


def test_a_drag_over_unread_pages_waits_for_their_words(
    qtbot, view: DocumentView, thousand_pages: Path, make_document
):
    with PdfFile(thousand_pages) as pdf:  # Before the view's worker owns the file.
        first, last = pdf.words(1)[0], pdf.words(6)[-1]
    view.open_document(
        make_document(thousand_pages, PAGE_COUNT),
        partial(PdfFile, thousand_pages),
        [(595, 842)] * PAGE_COUNT,
    )
    view.set_zoom(1.0)
    qtbot.waitUntil(lambda: 1 in view.rendered_pages(), timeout=2000)
    viewport = view.viewport()
    start = view.map_from_page(1, first.rect.x0 + 1, first.rect.y0 + 5).toPoint()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(20, 0))
    view.go_to_page(6)  # Pages 3 and 4 were never in sight.
    stop = view.map_from_page(6, last.rect.x1 - 1, last.rect.y0 + 5).toPoint()
    qtbot.mouseMove(viewport, pos=stop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=stop)
    expected = "\n".join(f"Page {n} du projet de loi." for n in range(1, 7))
    qtbot.waitUntil(lambda: view.selected_text() == expected, timeout=2000)
    assert [page for page, _start, _end in view.selection()] == [1, 2, 3, 4, 5, 6]


def test_render_time_per_page(thousand_pages: Path):
    with PdfFile(thousand_pages) as pdf:
        started = time.perf_counter()
        for page in range(1, 51):
            pdf.render(page, zoom=1.5)
        per_page = (time.perf_counter() - started) / 50
    print(f"\nrender at 1.5x: {per_page * 1000:.2f} ms a page")
    assert per_page < 0.1
