"""A panel is one file plus one line of the registry: the window builds its dock, its
entry in the Panels menu and its shortcut, and the panel hears what actions change."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from reviewer.core.changes import Changes
from reviewer.gui import main_window
from reviewer.gui.context import PanelContext
from reviewer.gui.i18n import Languages
from reviewer.gui.panels.registry import PANELS, RIGHT, PanelSpec


class CountPanel(QLabel):
    """A panel as a new one would be written: it shows how many annotations changed."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__()
        self.setObjectName("countPanel")
        self.heard: list[Changes] = []
        context.changed.connect(self.heard.append)


@pytest.fixture
def window(qtbot, library, tmp_path: Path, monkeypatch):
    extra = PanelSpec("count", "Count", RIGHT, CountPanel, shortcut="Ctrl+Shift+K", beside="tags")
    monkeypatch.setattr(main_window, "PANELS", (*PANELS, extra))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = main_window.MainWindow(
        library, settings=settings, languages=Languages(QApplication.instance())
    )
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()


def test_a_registered_panel_gets_a_dock_a_menu_entry_and_a_shortcut(window):
    dock = window.docks["count"]
    assert dock.widget() is window.panels["count"]
    assert dock.objectName() == "countPanelDock"  # stable, for the saved layout
    assert dock.windowTitle() == "Count"
    entries = window.menus.submenus["panels"].actions()
    assert [action.text() for action in entries][-1] == "Count"
    assert entries[-1].shortcut() == QKeySequence("Ctrl+Shift+K")
    assert window.tabifiedDockWidgets(window.docks["tags"]) == [dock]


def test_the_panels_menu_follows_the_registry(window):
    entries = [action.text() for action in window.menus.submenus["panels"].actions()]
    assert entries == [*(spec.translated_title() for spec in PANELS), "Count"]


def test_a_registered_panel_hears_an_action_once(window, library, tmp_path: Path):
    pdf = write_test_pdf(tmp_path / "a.pdf", ["La CNIL rend un avis."])
    document_id = library.import_paths([pdf]).outcomes[0].document_id
    window.context.flush()
    panel = window.panels["count"]
    panel.heard.clear()
    window.open_document(document_id)
    made = window.edits.highlight(document_id, [main_window.Span(1, 3, 7)], color="yellow")
    assert panel.heard == [Changes.of(annotations=[made[0].id], documents=[document_id])]
