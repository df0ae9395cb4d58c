"""Start the desktop application: Qt, the interface language, settings, then the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.core.errors import ReviewerError
from reviewer.gui.i18n import FOLLOW_SYSTEM, Languages
from reviewer.gui.main_window import MainWindow
from reviewer.gui.worker import unexpected_error_message
from reviewer.library import Library
from reviewer.library.paths import APP_NAME

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("reviewer")
    return app


def log_to_file() -> Path:
    """Tracebacks go to a log file, never on screen; the user is told where."""
    import platformdirs

    folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "reviewer-gui.log"
    logging.basicConfig(
        filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return path


def report_unexpected_errors(window: MainWindow) -> None:
    """A bug in a slot must not kill the window: log it and say so in the status bar."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        window.show_error(unexpected_error_message())

    sys.excepthook = hook


def create_window(library_dir: Path) -> MainWindow | None:
    """The main window on a library, in the saved language; None (after saying why) if the
    library cannot be opened."""
    app = application()
    settings = QSettings()
    languages = Languages(app)
    languages.apply(str(settings.value("ui/language", FOLLOW_SYSTEM)))
    try:
        library = Library(library_dir)
    except ReviewerError as error:
        title = QCoreApplication.translate("MainWindow", "Cannot Open the Library")
        QMessageBox.critical(None, title, str(error))
        return None
    window = MainWindow(library, settings=settings, languages=languages, owns_library=True)
    window.restore_state()
    return window


def run(library_dir: Path) -> int:
    log_to_file()
    window = create_window(library_dir)
    if window is None:
        return 1
    report_unexpected_errors(window)
    window.show()
    return application().exec()
