"""The action registry: the standard shortcuts are there, and no key is bound twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reviewer.gui.actions import ACTIONS, MENUS
from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow

STANDARD = {
    "import_files": "Ctrl+O",
    "find_in_document": "Ctrl+F",
    "find": "Ctrl+Shift+F",
    "go_to": "Ctrl+G",
    "next_hit": "F3",
    "reading_mode": "F11",
    "undo": "Ctrl+Z",
    "redo": "Ctrl+Shift+Z",
    "zoom_in": "Ctrl++",
    "zoom_out": "Ctrl+-",
    "previous_page": "PgUp",
    "next_page": "PgDown",
    "first_page": "Home",
    "last_page": "End",
    "highlight": "H",
    "highlight_yellow": "Alt+1",
    "tag_1": "1",
}


def test_shortcuts_are_standard_and_unambiguous(qtbot, library, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings=settings, languages=Languages(QApplication.instance()))
    qtbot.addWidget(window)
    keys = {
        name: [sequence.toString() for sequence in action.shortcuts()]
        for name, action in window.action_set.actions.items()
    }
    for name, key in STANDARD.items():
        assert key in keys[name], name
    used = Counter(key for bound in keys.values() for key in bound)
    assert [key for key, count in used.items() if count > 1] == []
    window.close()


def test_every_menu_entry_is_a_declared_action():
    declared = {spec.name for spec in ACTIONS}
    for _name, _title, entries in MENUS:
        assert {e for e in entries if e != "-" and not e.startswith("@")} <= declared
