"""Start-up: the start window paints before the heavy floors load, then the main window
takes its place on the opened library."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reviewer.gui.app import prepare
from reviewer.gui.main_window import MainWindow
from reviewer.gui.startup import Startup
from reviewer.gui.theme import install_theme
from reviewer.library import Library
from reviewer.search.batch import IndexBatch

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "pymupdf",
    "fitz",
    "whoosh",
    "sqlite_utils",
    "reviewer.library",
    "reviewer.gui.main_window",
)
# The user's settings (language, theme) are read before the first paint: the package's
# door and its two small modules, which load none of the floors.
LIGHT = {"reviewer.library", "reviewer.library.paths", "reviewer.library.settings"}
# A fresh interpreter: which modules are loaded when the start window first paints?
PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from reviewer.gui.app import application, prepare

settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
startup = prepare(Path(sys.argv[1]), settings)
loaded = []
def painted():
    loaded.extend(sys.modules)
startup.start_window.painted.connect(painted)
startup.ready.connect(lambda window: (window.close(), application().quit()))
startup.start()
application().exec()
startup.wait()
print(json.dumps(loaded))
"""


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def started(folder: Path | None, settings: QSettings) -> Startup:
    startup = prepare(folder, settings)
    startup.start()
    return startup


def test_the_first_paint_needs_none_of_the_heavy_floors(tmp_path: Path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", PROBE, str(tmp_path / "lib"), str(tmp_path / "s.ini")]
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded, "the start window was never painted"
    early = [name for name in loaded if name.startswith(HEAVY) and name not in LIGHT]
    assert early == []
    assert (tmp_path / "lib" / "library.db").exists()  # then the library was opened


def test_the_main_window_replaces_the_start_window(qtbot, tmp_path, settings):
    startup = started(tmp_path / "lib", settings)
    start_window = startup.start_window
    assert start_window.isVisible()
    with qtbot.waitSignal(startup.ready, timeout=30000) as ready:
        pass
    window = ready.args[0]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.library.root == tmp_path / "lib"
    qtbot.waitUntil(lambda: not start_window.isVisible())
    startup.languages.apply("en")  # other tests expect English
    window.close()


def test_the_settings_names_match_the_library_paths():
    from reviewer.gui import app
    from reviewer.library import paths

    assert app.APP_NAME == paths.APP_NAME  # copied: importing paths loads every floor


def test_a_library_that_cannot_be_opened_is_reported(qtbot, tmp_path, settings):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    startup = started(blocker / "lib", settings)
    with qtbot.waitSignal(startup.failed, timeout=30000) as failed:
        pass
    assert failed.args[0]
    startup.wait()
    startup.languages.apply("en")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_restore_killed_between_its_renames_is_finished_before_the_window_opens(
    qtbot, tmp_path, settings
):
    from reliability.restoring import killed, leftovers, make

    made = make(tmp_path / "made")
    target = tmp_path / "lib"
    killed("restore", made.backup, target, 1)  # into an absent folder: its one rename
    assert not target.exists()
    startup = started(target, settings)
    with qtbot.waitSignal(startup.ready, timeout=30000) as ready:
        pass
    window = ready.args[0]
    qtbot.addWidget(window)
    assert len(window.library.documents()) == made.documents  # the backup, not a new library
    assert leftovers(tmp_path) == []
    startup.languages.apply("en")
    window.close()


def test_a_damaged_database_is_reported_with_what_to_do(qtbot, tmp_path, settings):
    import random

    from reliability.restoring import make

    made = make(tmp_path / "made")
    database = made.library / "library.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 50 :] = random.Random(1789).randbytes(len(data) - len(data) // 50)
    database.write_bytes(bytes(data))
    startup = started(made.library, settings)
    with qtbot.waitSignal(startup.failed, timeout=30000) as failed:
        pass
    assert "damaged" in failed.args[0] and "reviewer restore" in failed.args[0]
    startup.wait()
    startup.languages.apply("en")


def test_damage_found_past_the_first_pages_is_reported_too(qtbot, tmp_path, settings, monkeypatch):
    import sqlite3

    from reviewer.library.facade import Library

    def malformed(_library: Library) -> None:
        error = sqlite3.DatabaseError("database disk image is malformed")
        error.sqlite_errorname = "SQLITE_CORRUPT"
        raise error

    monkeypatch.setattr(Library, "_detect_new", malformed)
    startup = started(tmp_path / "lib", settings)
    with qtbot.waitSignal(startup.failed, timeout=30000) as failed:
        pass
    assert "is damaged (database disk image is malformed)" in failed.args[0]
    startup.wait()
    startup.languages.apply("en")


def test_a_library_opened_with_its_index_behind_says_so(qtbot, tmp_path, settings, monkeypatch):
    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with Library(tmp_path / "lib") as library:
        library.import_paths([write_test_pdf(tmp_path / "loi.pdf", ["Article premier."])])
        library.store.queue_everything()  # work pending for the index ...
    monkeypatch.setattr(IndexBatch, "commit", full_disk)  # ... on a full disk
    startup = started(tmp_path / "lib", settings)
    with qtbot.waitSignal(startup.ready, timeout=30000) as ready:
        pass
    window = ready.args[0]
    qtbot.addWidget(window)
    assert "could not be written" in window.statusBar().currentMessage()


def test_the_settings_theme_and_a_moved_language_are_shown_from_the_first_paint(
    qtbot, tmp_path, settings, user_settings
):
    settings.setValue("ui/language", "en")  # an older window's choice, moved once
    user_settings.write_text(json.dumps({"theme": "dark"}), encoding="utf-8")
    startup = started(tmp_path / "lib", settings)
    try:
        assert startup.languages.language == "en"  # the older window's choice won
        assert startup.start_window.palette().window().color().lightness() < 128
        assert startup.start_window.message.text() == "Opening library…"
        with qtbot.waitSignal(startup.ready, timeout=30000) as ready:
            pass
        window = ready.args[0]
        qtbot.addWidget(window)
        assert window.menus.menus["file"].title() == "&File"
        assert settings.value("ui/language") is None
        window.close()
    finally:
        startup.languages.apply("en")
        install_theme(QApplication.instance(), "system")
