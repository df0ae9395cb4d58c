"""Start the desktop application: Qt, the user's settings (language, theme), then the window.

Only Qt and light modules are imported here: the main window and the library's floors load
after the start window's first paint (see startup.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.gui.i18n import Languages
from reviewer.gui.preferences import load_user_settings, migrate_language
from reviewer.gui.startup import Startup
from reviewer.gui.theme import app_icon, install_theme

if TYPE_CHECKING:
    from reviewer.gui.main_window import MainWindow

log = logging.getLogger(__name__)
# reviewer.library.paths.APP_NAME, which cannot be imported without loading every floor.
APP_NAME = "reviewer"
DESKTOP_ID = "io.github.reviewer.Reviewer"  # resources/linux/*.desktop: docks find our icon


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("reviewer")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def log_to_file() -> Path:
    """Tracebacks go to a log file, never on screen; the user is told where."""
    import platformdirs

    folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / "reviewer-gui.log"
    # Tracebacks quote notes and titles: the log is the user's alone, whatever the umask
    # (this runs before the library sets its own), and so is a log left by an older version.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    path.chmod(0o600)
    logging.basicConfig(
        filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return path


def report_unexpected_errors(window: MainWindow) -> None:
    """A bug in a slot must not kill the window: log it and say so in the status bar."""

    from reviewer.gui.worker import unexpected_error_message

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        window.show_error(unexpected_error_message())

    sys.excepthook = hook


def prepare(library_dir: Path | None, settings: QSettings) -> Startup:
    """The application, its look and language (the user's settings, which the command
    line reads too), and the start-up on a library (the user's default one if None); call
    `start()` on the result. `settings` keeps the window's own state: geometry, docks."""
    app = application()
    migrate_language(settings)
    user = load_user_settings()
    install_theme(app, user.theme)
    languages = Languages(app)
    languages.apply(user.language)
    return Startup(library_dir, settings=settings, languages=languages)


def cannot_open(message: str) -> None:
    title = QCoreApplication.translate("MainWindow", "Cannot Open the Library")
    QMessageBox.critical(None, title, message)


def run(library_dir: Path | None) -> int:
    log_to_file()
    application()  # QSettings() needs the organisation and application names first.
    startup = prepare(library_dir, QSettings())
    failures: list[str] = []
    startup.failed.connect(failures.append)
    startup.failed.connect(cannot_open)
    startup.ready.connect(report_unexpected_errors)
    startup.ready.connect(offer_welcome)
    startup.start()
    code = application().exec()
    startup.wait()
    return 1 if failures else code


def offer_welcome(window: MainWindow) -> None:
    from reviewer.gui.welcome import offer_welcome as offer  # after the window, like its floors

    offer(window)
