"""Edit > Preferences…: the user's settings, in the file the command line reads too.

One store: reviewer.core.settings declares the settings and their rules, the facade reads
and writes the per-user JSON file (`reviewer config` shows the same values). The dialog has
one row per settings key, so a new setting needs only its label below; language and theme
apply at once, without restarting. QSettings keeps only what is the window's own state
(geometry, docks, the export dialog's last choices).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.settings import CHOICES, KEYS, Settings
from reviewer.gui.i18n import LANGUAGES, Languages
from reviewer.gui.theme import install_theme, show_warning

log = logging.getLogger(__name__)
CONTEXT = "PreferencesDialog"
LEGACY_LANGUAGE_KEY = "ui/language"  # where the window kept its language before the settings
# Each key's label and tooltip; a key without one still gets a row, labelled by its name.
LABELS: dict[str, tuple[str, str]] = {
    "author": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Author:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog",
            "Who signs the reports and the new annotations; empty: your login name",
        ),
    ),
    "initials": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Initials:"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "Short form of the author, as in “J. D.”"),
    ),
    "addressee": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Reports addressed to:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog",
            "Printed on the reports' title page: “For the attention of …”, e.g. Mme la députée",
        ),
    ),
    "mark": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Confidentiality mark:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog",
            "Printed on the title page and on every page of the reports, "
            "e.g. “Confidentiel — ne pas diffuser”",
        ),
    ),
    "export_folder": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Export folder:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog", "Where reports and exports are proposed to go at first"
        ),
    ),
    "language": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Language:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog", "The language of the window and, by default, of the reports"
        ),
    ),
    "signatories": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Amendments signed by:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog",
            "Who signs the amendments you draft, names separated by “;”; empty: the author",
        ),
    ),
    "theme": (
        QT_TRANSLATE_NOOP("PreferencesDialog", "Theme:"),
        QT_TRANSLATE_NOOP(
            "PreferencesDialog", "Light or dark colours, or those the system is set to"
        ),
    ),
}
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "As the system"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
}
FOLDER_KEYS = frozenset({"export_folder"})


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choice_name(value: str) -> str:
    """A language in its own language, a theme in the window's."""
    return LANGUAGES.get(value) or translated(THEME_NAMES.get(value, value))


def load_user_settings() -> Settings:
    from reviewer.library import load_settings  # the facade's; light, but only when asked

    return load_settings()


def save_user_settings(settings: Settings) -> Settings:
    from reviewer.library import save_and_reload

    return save_and_reload(settings)


def migrate_language(qsettings: QSettings) -> None:
    """Once: a language chosen in the window before the settings file goes into it."""
    code = qsettings.value(LEGACY_LANGUAGE_KEY)
    if code is None:
        return
    try:
        if code in LANGUAGES:
            save_user_settings(load_user_settings().with_value("language", str(code)))
    except ReviewerError as error:  # tried again at the next start
        log.warning("language not moved to the settings file: %s", error)
        return
    qsettings.remove(LEGACY_LANGUAGE_KEY)


class Preferences(QObject):
    """The user's settings as the window shows them: saved, then applied at once."""

    changed = Signal(object)  # Settings, as saved

    def __init__(self, languages: Languages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.settings = load_user_settings()

    def save(self, settings: Settings) -> Settings:
        """Write the settings (ReviewerError if they cannot be), then show them."""
        saved = save_user_settings(settings)
        self.settings = saved
        self.apply(saved)
        self.changed.emit(saved)
        return saved

    def reload(self) -> Settings:
        """The settings as the file holds them now (`reviewer config` may have changed it)."""
        self.settings = load_user_settings()
        return self.settings

    def change(self, key: str, value: str) -> Settings:
        """One setting changed, the others as the file holds them."""
        return self.save(self.reload().with_value(key, value))

    def apply(self, settings: Settings) -> None:
        """Language and theme, live (widgets relabel themselves on LanguageChange)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_theme(app, settings.theme)
        if settings.language != self.languages.language:
            self.languages.apply(settings.language)


class PreferencesDialog(QDialog):
    """One row per setting; OK saves them all or none, Cancel changes nothing."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.preferences = preferences
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.browse_button = QPushButton()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        show_warning(self.problem_label, True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        for key in KEYS:
            self.labels[key] = QLabel()
            self.fields[key] = self._field(key)
            self.labels[key].setBuddy(self.fields[key])
            form.addRow(self.labels[key], self._row(key))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._choose_folder)
        self.show_settings(preferences.settings)
        self.retranslate()
        self.resize(560, 0)

    def _field(self, key: str) -> QLineEdit | QComboBox:
        if key not in CHOICES:
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            return edit
        box = QComboBox()
        box.setObjectName(f"setting_{key}")
        for value in CHOICES[key]:
            box.addItem("", value)
        return box

    def _row(self, key: str) -> QWidget | QHBoxLayout:
        if key not in FOLDER_KEYS:
            return self.fields[key]
        row = QHBoxLayout()
        row.addWidget(self.fields[key], 1)
        row.addWidget(self.browse_button)
        return row

    def show_settings(self, settings: Settings) -> None:
        for key, field in self.fields.items():
            value = getattr(settings, key)
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            else:
                field.setText(value)
        self.problem_label.setText(settings.problem)
        self.problem_label.setVisible(bool(settings.problem))

    def values(self) -> dict[str, str]:
        return {
            key: field.currentData() if isinstance(field, QComboBox) else field.text()
            for key, field in self.fields.items()
        }

    def chosen(self) -> Settings:
        """The settings as the dialog shows them; ReviewerError says what is wrong."""
        settings = self.preferences.settings
        for key, value in self.values().items():
            settings = settings.with_value(key, value)
        for key in FOLDER_KEYS:
            folder = getattr(settings, key)
            if folder and not Path(folder).expanduser().is_dir():
                raise ReviewerError(
                    self.tr("The folder “%1” does not exist: choose another one, or none.").replace(
                        "%1", folder
                    )
                )
        return settings

    def accept(self) -> None:
        """Save and apply, or say in the dialog what stops it (and stay open)."""
        try:
            self.preferences.save(self.chosen())
        except ReviewerError as error:
            self.problem_label.setText(str(error))
            self.problem_label.show()
            return
        super().accept()

    def _choose_folder(self) -> None:
        field = self.fields["export_folder"]
        assert isinstance(field, QLineEdit)
        start = field.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export Folder"), start)
        if folder:
            field.setText(folder)

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for key, label in self.labels.items():
            text, tip = LABELS.get(key, (f"{key}:", ""))
            label.setText(translated(text))
            label.setToolTip(translated(tip) if tip else "")
            self.fields[key].setToolTip(label.toolTip())
            field = self.fields[key]
            if isinstance(field, QComboBox):
                for index in range(field.count()):
                    field.setItemText(index, choice_name(field.itemData(index)))
        self.browse_button.setText(self.tr("Choose…"))
