"""The interface language: English in the code, French from a compiled .qm, switchable live.

Installing or removing a QTranslator makes Qt send a LanguageChange event to
every widget; each one relabels itself in `changeEvent`. The French catalogue
is `resources/translations/reviewer_fr.ts`, compiled to `translations/*.qm`
next to this module (tests/gui/test_window_i18n.py checks the copy is current); the English
one holds only the plural forms of the English source strings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from reviewer.core.fields import Label
from reviewer.core.i18n import set_language

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "fr": "Français"}  # Each in its own language, as menus show them.
# The language shown now. The labels of fields and kinds are in reviewer.core, in French and
# English, not in Qt's catalogue: widgets pick them by this when they relabel themselves.
_shown = {"language": SOURCE_LANGUAGE}


def interface_language() -> str:
    return _shown["language"]


def in_interface_language(label: Label) -> str:
    return label.in_language(interface_language())


class Languages:
    """Which translators are installed in the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        """Switch to a language code (the user's settings hold it); return the language now
        shown (English for a code we have no catalogue for)."""
        language = language if language in LANGUAGES else SOURCE_LANGUAGE
        _shown["language"] = language  # Before the translators: they make widgets relabel.
        set_language(language)  # The messages of the core and library, as the window around them
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        # English too: the source strings are English, but their plurals ("%n annotation(s)")
        # come from a catalogue of their own (scripts/english_plurals.py).
        self._installed = self._load(language)
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = language
        return language

    def _load(self, language: str) -> list[QTranslator]:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = (
            (f"reviewer_{language}", str(TRANSLATIONS)),
            (f"qtbase_{language}", qt_folder),
        )
        loaded = []
        for name, folder in catalogues:
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                loaded.append(translator)
        return loaded
