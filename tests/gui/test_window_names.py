"""What a user sees at once: named colour buttons, and Qt's own words in French."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from reviewer.gui.actions import COLOR_NAMES
from reviewer.gui.i18n import Languages


def test_colour_buttons_say_their_colour_and_key(window):
    for number, name in enumerate(COLOR_NAMES, start=1):
        action = window.action_set[f"highlight_{name}"]
        assert action.toolTip().startswith("Highlight in ")
        assert f"Alt+{number}" in action.toolTip()
        button = window.toolbar.widgetForAction(action)
        assert button.accessibleName() == action.toolTip()
    assert window.action_set["highlight_yellow"].toolTip() == "Highlight in yellow (Alt+1)"


def test_qt_dialogs_speak_french_too(qtbot, window):
    languages = Languages(QApplication.instance())
    try:
        languages.apply("fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        yellow = window.action_set["highlight_yellow"]
        qtbot.waitUntil(lambda: yellow.toolTip() == "Surligner en jaune (Alt+1)")
        assert window.toolbar.widgetForAction(yellow).accessibleName() == yellow.toolTip()
    finally:
        languages.apply("en")
