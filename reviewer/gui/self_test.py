"""`reviewer-gui --self-test [DIR]`: prove that a build or an installation works on this machine.

The program starts as usual (start window, library opened behind it, main window), then
opens the library's first document and waits for its first page to be rendered, and checks
that the icon, the stylesheets and the French catalogue load. It prints a JSON report and
exits 0 if everything worked. Settings go to a scratch file, so the user's are untouched.
Times are wall-clock (time.time()), so the caller can measure from the moment it launched
the program: `painted` is the first paint, `ready` the main window shown.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from reviewer import __version__
from reviewer.gui.app import application, prepare
from reviewer.gui.i18n import TRANSLATIONS
from reviewer.gui.theme import stylesheet

if TYPE_CHECKING:
    from reviewer.gui.main_window import MainWindow

TIMEOUT_MS = 60_000
POLL_MS = 20


class SelfTest:
    def __init__(self) -> None:
        self.report: dict[str, object] = {"version": __version__, "ok": False}
        self.window: MainWindow | None = None
        self._deadline = time.monotonic() + TIMEOUT_MS / 1000
        self._poll = QTimer()
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_rendered)

    def painted(self) -> None:
        self.report["painted"] = time.time()

    def failed(self, message: str) -> None:
        self.report["error"] = message
        application().exit(1)

    def ready(self, window: MainWindow) -> None:
        from reviewer.library import Library

        self.report["ready"] = time.time()
        self.window = window
        self.report.update(resources())
        documents = window.calls.call(Library.documents) or []
        self.report["documents"] = len(documents)
        if not documents or not window.open_document(documents[0].id):
            self.finish(ok=False)
            return
        self._poll.start()

    def _check_rendered(self) -> None:
        assert self.window is not None
        if 1 in self.window.view.rendered_pages():
            self.report["rendered"] = time.time()
            self.finish(ok=True)
        elif time.monotonic() > self._deadline:
            self.report["error"] = "the first page was not rendered in time"
            self.finish(ok=False)

    def finish(self, *, ok: bool) -> None:
        self._poll.stop()
        checks = ("icon", "stylesheets", "french")
        self.report["ok"] = ok and all(self.report.get(name) for name in checks)
        if self.window is not None:
            self.window.close()
        application().exit(0 if self.report["ok"] else 1)


def resources() -> dict[str, bool]:
    """The package data the window needs: icon, both stylesheets, the French catalogue."""
    translator = QTranslator()
    french = translator.load("reviewer_fr", str(TRANSLATIONS))
    return {
        "icon": not QApplication.windowIcon().isNull(),
        "stylesheets": all(stylesheet(s) for s in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark)),
        "french": french and translator.translate("Actions", "&File") == "&Fichier",
    }


def self_test(library_dir: Path | None) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        startup = prepare(library_dir, settings)
        test = SelfTest()
        startup.start_window.painted.connect(test.painted)
        startup.ready.connect(test.ready)
        startup.failed.connect(test.failed)
        startup.start()
        code = application().exec()
        startup.wait()
        QCoreApplication.processEvents()
    print(json.dumps(test.report), file=sys.stdout, flush=True)
    return code
