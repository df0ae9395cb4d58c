"""Start-up: a window on screen at once, the library opened behind it.

The main window's modules need the library's floors (PyMuPDF, Whoosh, sqlite-utils), whose
imports take most of a second, and opening a library can take longer when its index must
catch up. So the first window shown needs only Qt: it stands where the main window will be
and says "Opening library…". After its first paint a worker thread imports the floors and
opens the library; then the main window is built on the GUI thread and takes its place.

Nothing here may import `reviewer.library` (or a module that does) at module level.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from reviewer.core.errors import ReviewerError, database_failure
from reviewer.core.records import Progress
from reviewer.gui.geometry import first_size
from reviewer.gui.i18n import Languages
from reviewer.gui.theme import icon_path

if TYPE_CHECKING:
    from reviewer.gui.main_window import MainWindow
    from reviewer.library import Library

log = logging.getLogger(__name__)


class StartWindow(QMainWindow):
    """The window's place on screen while the library opens: Qt only, painted at once."""

    painted = Signal()  # after the first paint, once
    closedByUser = Signal()

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.setWindowTitle("reviewer")
        self.first_painted = False
        self._handing_over = False
        self.message = QLabel(self.tr("Opening library…"))
        self.message.setObjectName("startMessage")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the library reports progress
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(280)
        self.setCentralWidget(self._centre())
        self.statusBar().showMessage(self.tr("Opening library…"))
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(first_size(self.screen()))

    def _centre(self) -> QWidget:
        mark = QLabel()
        mark.setPixmap(QPixmap(str(icon_path(128))))
        title = QLabel("reviewer")
        title.setObjectName("startTitle")
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.addStretch(1)
        for widget in (mark, title, self.message, self.bar):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return centre

    def show_progress(self, progress: Progress) -> None:
        if progress.total > 0:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        if progress.label:
            opening = self.tr("Opening library…")
            self.message.setText(f"{opening} {progress.label}")

    def hand_over(self) -> None:
        """Leave the screen to the main window (without counting as the user closing it)."""
        self._handing_over = True
        self.close()
        self.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.first_painted:
            self.first_painted = True
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handing_over:
            self.closedByUser.emit()
        super().closeEvent(event)


class LibraryOpener(QObject):
    """Imports the library's floors and opens a library on a worker thread."""

    progressed = Signal(object)  # Progress
    opened = Signal(object)  # Library
    failed = Signal(str)

    def __init__(self, folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._pool = QThreadPool(self)
        self._stopped = False

    def start(self) -> None:
        if not self._stopped:  # A start queued before the program ended comes too late.
            self._pool.start(self._open)

    def wait(self) -> None:
        """Wait for an opening under way; start nothing after this."""
        self._stopped = True
        self._pool.waitForDone()

    def _open(self) -> None:
        try:
            from reviewer.library import (  # the heavy imports
                Library,
                LibraryLayout,
                default_library_dir,
            )

            folder = self.folder or default_library_dir()
            library = Library(folder, progress=self.progressed.emit)
        except ReviewerError as error:
            self.failed.emit(str(error))
        except sqlite3.DatabaseError as error:  # A database damaged past its first pages.
            self.failed.emit(str(database_failure(LibraryLayout(folder).database, error)))
        except Exception:  # The window waits for an answer: always give one.
            log.exception("cannot open the library")
            self.failed.emit(
                QCoreApplication.translate(
                    "StartWindow",
                    "Something unexpected went wrong; the details are in the log file.",
                )
            )
        else:
            self.opened.emit(library)


class Startup(QObject):
    """Shows the start window, opens the library behind it, then shows the main window."""

    ready = Signal(object)  # the MainWindow, shown
    failed = Signal(str)  # why the library could not be opened

    def __init__(self, folder: Path | None, *, settings: QSettings, languages: Languages) -> None:
        super().__init__()
        self.settings = settings
        self.languages = languages
        self.window: MainWindow | None = None  # Held here: a top-level window has no parent.
        self.abandoned = False
        self.start_window = StartWindow(settings)
        self.opener = LibraryOpener(folder, self)
        self.start_window.painted.connect(self.opener.start, Qt.ConnectionType.QueuedConnection)
        self.start_window.closedByUser.connect(self._abandon)
        self.opener.progressed.connect(self.start_window.show_progress)
        self.opener.opened.connect(self._opened)
        self.opener.failed.connect(self._failed)

    def start(self) -> None:
        self.start_window.show()

    def wait(self) -> None:
        """Let a library still opening finish (it is then closed): call before exiting."""
        self.opener.wait()
        QCoreApplication.sendPostedEvents()

    def _abandon(self) -> None:
        self.abandoned = True

    def _opened(self, library: Library) -> None:
        if self.abandoned:  # The user closed the window before the library was open.
            library.close()
            return
        from reviewer.gui.main_window import MainWindow  # its floors are imported by now

        window = MainWindow(
            library, settings=self.settings, languages=self.languages, owns_library=True
        )
        window.restore_state()
        window.show()
        if library.notice:  # Opened with work left for later (a full disk): say so.
            window.show_error(library.notice)
        elif window.context.preferences.settings.problem:  # a damaged settings file
            window.show_error(window.context.preferences.settings.problem)
        self.start_window.hand_over()
        self.window = window
        self.ready.emit(window)

    def _failed(self, message: str) -> None:
        self.failed.emit(message)  # Said while the start window is still there to own it.
        self.start_window.hand_over()
