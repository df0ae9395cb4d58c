"""Edit > Preferences…: the user's settings in the file the command line reads, language and
theme applied at once, Cancel and wrong values leaving the file as it was; and the window's
first size on small screens."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from reviewer.core.settings import KEYS
from reviewer.gui.geometry import DEFAULT_SIZE, FRAME_ALLOWANCE, fitted
from reviewer.gui.main_window import MainWindow
from reviewer.gui.preferences import LABELS, PreferencesDialog, migrate_language
from reviewer.gui.theme import install_theme
from reviewer.library import load_settings


@pytest.fixture
def preferences(qtbot, window: MainWindow) -> Iterator[PreferencesDialog]:
    window.action_set["preferences"].trigger()
    dialog = window.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    yield dialog
    app = QApplication.instance()
    window.languages.apply("en")  # the other tests expect English, light or the system's
    install_theme(app, "system")


def fill(dialog: PreferencesDialog, **values: str) -> None:
    for key, value in values.items():
        field = dialog.fields[key]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(field.findData(value))
        else:
            assert isinstance(field, QLineEdit)
            field.setText(value)


def window_lightness() -> int:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness()


def test_every_setting_has_a_labelled_row_with_a_tooltip(preferences):
    assert list(preferences.fields) == list(KEYS)
    assert set(LABELS) == set(KEYS)  # a new setting needs its label here
    assert preferences.labels["addressee"].text() == "Reports addressed to:"
    assert "title page" in preferences.fields["mark"].toolTip()
    assert preferences.fields["language"].itemText(0) == "Français"


def test_a_setting_without_a_label_still_has_its_row(qtbot, window, monkeypatch):
    from reviewer.gui import preferences as module

    monkeypatch.setattr(module, "LABELS", {k: v for k, v in LABELS.items() if k != "initials"})
    dialog = window.show_preferences()
    assert dialog.labels["initials"].text() == "initials:"
    dialog.reject()


def test_ok_writes_the_settings_file_the_command_line_reads(
    qtbot, preferences, user_settings, tmp_path
):
    fill(
        preferences,
        author="Jeanne Dupont",
        initials="J. D.",
        addressee="Mme la députée Martin",
        mark="Confidentiel — ne pas diffuser",
        export_folder=str(tmp_path),
    )
    preferences.buttons.button(preferences.buttons.StandardButton.Ok).click()
    assert not preferences.isVisible()
    saved = json.loads(user_settings.read_text(encoding="utf-8"))
    assert saved["author"] == "Jeanne Dupont" and saved["initials"] == "J. D."
    assert saved["addressee"] == "Mme la députée Martin"
    assert saved["mark"] == "Confidentiel — ne pas diffuser"
    settings = load_settings()  # as `reviewer config` and `reviewer export` read it
    assert settings.author == "Jeanne Dupont" and settings.export_folder == str(tmp_path)


def test_the_language_switches_at_once_and_relabels_the_menus(qtbot, window, preferences):
    file_menu = window.menus.menus["file"]
    fill(preferences, language="fr")
    preferences.accept()
    qtbot.waitUntil(lambda: file_menu.title() == "&Fichier")
    assert window.docks["library"].windowTitle() == "Bibliothèque"
    assert load_settings().language == "fr"
    checked = [a.data() for a in window.language_group.actions() if a.isChecked()]
    assert checked == ["fr"]  # the View > Language menu says the same


def test_the_dark_theme_darkens_the_palette_and_the_page_background(qtbot, window, preferences):
    fill(preferences, theme="dark")
    preferences.accept()
    assert window_lightness() < 128
    assert window.view.background().lightness() < 60
    assert window.annotation_panel.palette().color(QPalette.ColorRole.Base).lightness() < 128
    assert load_settings().theme == "dark"

    window.show_preferences()
    fill(preferences, theme="light")
    preferences.accept()
    assert window_lightness() > 128
    assert window.view.background().lightness() > 60


def test_cancel_leaves_the_file_and_the_window_as_they_were(
    qtbot, window, preferences, user_settings
):
    fill(preferences, author="Avant")
    preferences.accept()
    before = user_settings.read_bytes()
    lightness = window_lightness()
    window.show_preferences()
    fill(preferences, author="Après", theme="dark", language="fr")
    preferences.reject()
    assert user_settings.read_bytes() == before
    assert window_lightness() == lightness
    assert window.menus.menus["file"].title() == "&File"
    window.show_preferences()
    assert preferences.fields["author"].text() == "Avant"  # not what was cancelled


def test_a_wrong_value_is_said_in_the_dialog_and_nothing_is_saved(
    qtbot, preferences, user_settings, tmp_path
):
    before = user_settings.read_bytes()
    fill(preferences, author="Jeanne", export_folder=str(tmp_path / "nowhere"))
    preferences.accept()
    assert preferences.isVisible()
    assert "does not exist" in preferences.problem_label.text()
    assert not preferences.problem_label.isHidden()
    assert user_settings.read_bytes() == before


def test_a_language_kept_by_an_older_window_moves_to_the_settings_once(tmp_path, user_settings):
    window_state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window_state.setValue("ui/language", "fr")
    migrate_language(window_state)
    assert load_settings().language == "fr"
    assert window_state.value("ui/language") is None  # not read again
    user_settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    migrate_language(window_state)
    assert load_settings().language == "en"


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_the_first_window_fits_the_screen(window, width, height):
    size = fitted(DEFAULT_SIZE, QRect(0, 0, width, height))
    assert size.width() + FRAME_ALLOWANCE[0] <= width
    assert size.height() + FRAME_ALLOWANCE[1] <= height
    needed = window.minimumSizeHint()  # panels, toolbar and page view at their smallest
    assert needed.width() <= size.width() and needed.height() <= size.height()
    if width >= 1920:
        assert (size.width(), size.height()) == DEFAULT_SIZE


def test_the_dialog_shows_what_the_command_line_saved_meanwhile(qtbot, window, user_settings):
    window.show_preferences().reject()
    user_settings.write_text(json.dumps({"language": "en", "author": "Par la CLI"}), "utf-8")
    dialog = window.show_preferences()
    assert dialog.fields["author"].text() == "Par la CLI"
    dialog.reject()
