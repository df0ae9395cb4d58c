"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, library, tmp_path: Path) -> Iterator[MainWindow]:
    """A shown main window on a fresh library, with settings in a temporary file."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(library, settings=settings, languages=Languages(QApplication.instance()))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
