"""Keys of the reader: Go To (Ctrl+G), the next annotation, reading mode, page labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget

from reviewer.gui.main_window import MainWindow
from reviewer.library import Library
from reviewer.samples import bill


@pytest.fixture
def bill_id(library: Library, tmp_path: Path) -> int:
    path = tmp_path / "pjl.pdf"
    bill(6, articles=12).write(path)
    return library.import_paths([path]).outcomes[0].document_id


def test_go_to_art_7_shows_its_heading(qtbot, window: MainWindow, library, bill_id):
    window.open_document(bill_id)
    place = library.find_place(bill_id, "Article 7")
    assert window.action_set["go_to"].shortcut().toString() == "Ctrl+G"
    assert window.navigation.go_to("art 7")
    assert window.view.current_page() == place.page
    assert 0 <= window.view.map_from_page(place.page, 0, place.rect.y0).y() <= 30
    assert window.navigation.go_to("3") and window.view.current_page() == 3
    assert not window.navigation.go_to("art 99")
    assert "art 99" in window.statusBar().currentMessage()


def test_next_annotation_visits_them_in_reading_order(qtbot, window, library, bill_id):
    first = library.annotate(bill_id, "Article 2")[0]
    later = library.annotate(bill_id, "Article 9")[0]
    window.open_document(bill_id)
    qtbot.waitUntil(lambda: len(window.view._marks.in_reading_order()) == 2)
    window.action_set["next_annotation"].trigger()
    assert window.current_annotation == first.id
    window.action_set["next_annotation"].trigger()
    assert window.current_annotation == later.id
    assert window.view.current_page() == later.page
    window.action_set["next_annotation"].trigger()  # None further: stays
    assert window.current_annotation == later.id
    window.action_set["previous_annotation"].trigger()
    assert window.current_annotation == first.id


def test_reading_mode_shows_the_page_alone_and_comes_back(qtbot, window, bill_id):
    window.open_document(bill_id)
    library_dock = window.docks["library"]
    assert library_dock.isVisible()
    window.action_set["reading_mode"].trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert not window.toolbar.isVisible()
    window.action_set["reading_mode"].trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert library_dock.isVisible() and window.toolbar.isVisible()


def test_the_page_box_shows_and_takes_page_labels(qtbot, window, library, shared_pdfs):
    path = shared_pdfs / "outline" / "qpdf_page-labels-and-outlines.pdf"
    document_id = library.import_paths([path]).outcomes[0].document_id
    window.open_document(document_id)
    box = window.page_box
    qtbot.waitUntil(lambda: bool(box.labels))
    window.view.go_to_page(5)
    assert box.text().startswith("iii (5)")
    box.lineEdit().setText("iv")
    box.interpretText()
    box.editingFinished.emit()
    assert window.view.current_page() == 6
