"""Moving through a long document: zoom keeps the page, Space scrolls a screen, places."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import Qt

from reviewer.core.records import PageRect, Rect
from reviewer.gui.view import DocumentView

A4 = (595.0, 842.0)


@pytest.fixture
def ten(open_pdf, tmp_path: Path) -> DocumentView:
    pages = [f"Page {n} : Article {n}, la loi s'applique." for n in range(1, 11)]
    return open_pdf(write_test_pdf(tmp_path / "ten.pdf", pages), [A4] * 10)


def test_fit_page_at_157_percent_on_page_4_stays_on_page_4(ten: DocumentView):
    ten.set_zoom(1.57)
    ten.go_to_page(4)
    assert ten.current_page() == 4
    ten.fit_page()
    assert ten.current_page() == 4
    ten.fit_width()
    assert ten.current_page() == 4
    ten.zoom_out()
    ten.zoom_out()
    assert ten.current_page() == 4


def test_space_scrolls_one_screen_and_shift_space_back(qtbot, ten: DocumentView):
    ten.go_to_page(3)
    start = ten.verticalScrollBar().value()
    qtbot.keyClick(ten, Qt.Key.Key_Space)
    moved = ten.verticalScrollBar().value() - start
    assert 0.8 * ten.viewport().height() < moved < ten.viewport().height()
    qtbot.keyClick(ten, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert ten.verticalScrollBar().value() == start


def test_show_place_puts_a_heading_at_the_top(ten: DocumentView):
    ten.set_zoom(1.5)
    ten.show_place(PageRect(6, Rect(50, 400, 200, 420)))
    assert ten.current_page() in (6, 7)
    top = ten.map_from_page(6, 50, 400).y()
    assert 0 <= top <= 20
