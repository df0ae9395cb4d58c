"""What the window remembers between runs, kept in a settings file of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow
from reviewer.library import Library


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def document_id(library, tmp_path: Path) -> int:
    pages = [f"Article {n}\n\nTexte de l'article {n}." for n in range(1, 6)]
    pdf = write_test_pdf(tmp_path / "cinq.pdf", pages, title="Cinq pages")
    return library.import_paths([pdf]).outcomes[0].document_id


def make_window(qtbot, library: Library, settings_path: Path) -> MainWindow:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(library, settings=settings, languages=Languages(QApplication.instance()))
    qtbot.addWidget(window)
    return window


def test_the_last_document_page_and_layout_come_back(qtbot, library, document_id, settings_path):
    first = make_window(qtbot, library, settings_path)
    first.show()
    first.resize(780, 700)  # Within the offscreen screen (800 × 800).
    first.open_document(document_id)
    first.view.go_to_page(4)
    qtbot.waitUntil(lambda: first.view.current_page() == 4)
    first.docks["outline"].hide()
    size = first.size()
    first.close()

    second = make_window(qtbot, library, settings_path)
    second.restore_state()
    second.show()
    assert second.document is not None and second.document.id == document_id
    qtbot.waitUntil(lambda: second.view.current_page() == 4)
    assert second.size() == size
    assert not second.docks["outline"].isVisible()
    second.close()


def test_recent_libraries_are_listed_most_recent_first(qtbot, library, settings_path, tmp_path):
    window = make_window(qtbot, library, settings_path)
    assert window.open_library(tmp_path / "other")
    recent = window.session.recent_libraries()
    assert recent == [str((tmp_path / "other").resolve()), str(library.root.resolve())]
    titles = [a.text() for a in window.menus.submenus["recent"].actions()]
    assert titles == recent
    assert window.library.root == tmp_path / "other"
    assert window.panels["library"].visible_documents() == []
    window.close()


def test_removing_a_document_asks_and_can_be_undone(
    qtbot, library, document_id, settings_path, monkeypatch
):
    window = make_window(qtbot, library, settings_path)
    window.open_document(document_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    window.panels["library"].removeRequested.emit(document_id)
    assert [d.id for d in library.documents()] == [document_id]
    window.panels["library"].removeRequested.emit(document_id)
    assert library.documents() == []
    assert window.document is None
    qtbot.waitUntil(lambda: window.panels["library"].visible_documents() == [])
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: [d.title for d in window.panels["library"].visible_documents()] == ["Cinq pages"]
    )
    window.close()
