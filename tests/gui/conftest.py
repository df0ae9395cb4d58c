"""Fixtures shared by the window tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reviewer.gui.geometry import DEFAULT_SIZE
from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english(qapp) -> None:
    """The window in English, as a user with an English system sees it: plurals included."""
    Languages(qapp).apply("en")


@pytest.fixture(autouse=True)
def user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own settings file (REVIEWER_SETTINGS), choosing English as `english`
    does: what one test saves in the preferences, the next does not find."""
    path = tmp_path / "user-settings.json"
    path.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    monkeypatch.setenv("REVIEWER_SETTINGS", str(path))
    return path


@pytest.fixture
def corpus(library, corpus_dir: Path):
    """A fresh library holding the shared corpus."""
    library.import_paths([corpus_dir])
    return library


@pytest.fixture
def window_library(library):
    """The library `window` shows: a fresh one; a test module may give another (`corpus`)."""
    return library


@pytest.fixture
def window(qtbot, window_library, tmp_path: Path) -> Iterator[MainWindow]:
    """A shown main window on a library, with settings in a temporary file."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    languages = Languages(QApplication.instance())
    shown = MainWindow(window_library, settings=settings, languages=languages)
    qtbot.addWidget(shown)
    shown.resize(*DEFAULT_SIZE)  # as on a large screen: the offscreen one is 800 × 800
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: not shown.panels["library"].reads.pending("listing"))  # listed
    yield shown
    shown.close()


@pytest.fixture
def searched(qtbot):
    """Search in a search panel and wait until its answer is shown (it comes from a worker)."""

    def search(panel, query: str, **options: object) -> None:
        with qtbot.waitSignal(panel.resultsShown, timeout=10_000):
            panel.search(query, **options)

    return search
