"""The Help menu: the keyboard shortcuts (from the action registry) and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reviewer import __version__
from reviewer.gui.about import AboutDialog
from reviewer.gui.actions import ACTIONS, key_sequences
from reviewer.gui.shortcuts import ShortcutsDialog
from reviewer.gui.theme import install_theme

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LICENCES = {
    "reviewer": "AGPL-3.0-or-later",
    "PySide6 / Shiboken6": "LGPL-3.0",
    "Qt": "LGPL-3.0",
    "PyMuPDF (MuPDF)": "AGPL-3.0",
    "Whoosh (whoosh-reloaded)": "BSD-2-Clause",
    "sqlite-utils": "Apache-2.0",
    "python-docx": "MIT",
    "platformdirs": "MIT",
}


def test_the_help_menu_holds_the_welcome_shortcuts_and_about(window):
    names = [action.objectName() for action in window.menus.menus["help"].actions()]
    assert [name for name in names if name] == [
        "action_welcome",
        "action_shortcuts",
        "action_about",
    ]


def test_the_shortcuts_dialog_lists_every_shortcut_of_the_registry(qtbot, window):
    window.action_set["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    native = QKeySequence.SequenceFormat.NativeText
    expected = {
        (
            window.action_set[spec.name].text().replace("&", ""),
            ", ".join(keys.toString(native) for keys in key_sequences(spec.shortcuts)),
        )
        for spec in ACTIONS
        if spec.shortcuts
    }
    assert set(dialog.rows()) == expected
    assert len(dialog.rows()) == len(expected)  # each once
    assert ("Highlight Selection", "H") in dialog.rows()

    dialog.filter_edit.setText("zoom")
    assert {command for command, _keys in dialog.rows()} == {"Zoom In", "Zoom Out"}


def test_the_about_box_shows_the_version_and_the_licences(qtbot, window):
    window.action_set["about"].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    assert dialog.licences().items() >= LICENCES.items()
    assert "AGPL-3.0-or-later" in dialog.licence_label.text()
    assert "source code" in dialog.licence_label.text()


def test_screenshot_of_the_about_box(qtbot, window):
    install_theme(QApplication.instance())  # as the program does at start
    window.action_set["about"].trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    qtbot.wait(100)
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "about.png"))
