"""The welcome screen: three ways to begin, offered on the first start or while the library
is empty. Each choice goes through the window's own doors: `open_library`, and
`import_paths` (the one dropped files take)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.records import Progress
from reviewer.gui.theme import icon_path
from reviewer.gui.worker import Task, progress_text
from reviewer.library import Library, LibraryLayout

if TYPE_CHECKING:
    from reviewer.gui.main_window import MainWindow  # which imports this module

WELCOMED_KEY = "ui/welcomed"
NEW_LIBRARY_FOLDER = "reviewer-library"


def demo_library_dir() -> Path:
    from reviewer.library import demo_library_dir as folder  # samples load on demand

    return folder()


def make_demo(
    folder: Path, _library: Library, progress: ProgressCallback, _cancel: CancelToken
) -> Path:
    """Background work: the demo library in its own folder (not the window's library)."""
    from reviewer.library import ensure_demo_library

    return ensure_demo_library(folder, progress=progress)


def library_folder(chosen: Path) -> Path:
    """The chosen folder if it is empty or already a library, else a new folder inside it:
    a library's database and files must not mix with the user's own files."""
    if not chosen.exists() or not any(chosen.iterdir()):
        return chosen
    return chosen if LibraryLayout(chosen).database.exists() else chosen / NEW_LIBRARY_FOLDER


def wanted(window: MainWindow) -> bool:
    first_start = not window.session.settings.value(WELCOMED_KEY, False, type=bool)
    return first_start or not window.calls.call(Library.documents)


def show_welcome(window: MainWindow) -> WelcomeDialog:
    dialog = WelcomeDialog(window)
    window.session.set(WELCOMED_KEY, True)
    dialog.show()
    return dialog


def offer_welcome(window: MainWindow) -> WelcomeDialog | None:
    """The welcome screen if this is the first start or the library is empty."""
    return show_welcome(window) if wanted(window) else None


class WelcomeDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcomeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(580)
        self.main = window
        self.task: Task | None = None
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.intro = QLabel()
        self.intro.setObjectName("welcomeIntro")
        self.intro.setWordWrap(True)
        self.demo_button = QCommandLinkButton()
        self.create_button = QCommandLinkButton()
        self.import_button = QCommandLinkButton()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("welcomeProgress")
        self.progress.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self.demo_button.clicked.connect(self.open_demo)
        self.create_button.clicked.connect(self.ask_create)
        self.import_button.clicked.connect(self.ask_import)
        self.buttons.rejected.connect(self.reject)
        self._show_progress(False)
        self.retranslate()

    def _lay_out(self) -> None:
        choices = QWidget()
        choices.setObjectName("welcomeChoices")
        choice_layout = QVBoxLayout(choices)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.demo_button, self.create_button, self.import_button):
            choice_layout.addWidget(button)
        mark = QLabel()
        mark.setPixmap(QPixmap(str(icon_path(64))))
        header = QGridLayout()
        header.setHorizontalSpacing(16)
        header.addWidget(mark, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 0, 1)
        header.addWidget(self.intro, 1, 1)
        header.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(choices)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)  # Room to spare goes below the choices, not between them.
        layout.addWidget(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.title.setText(self.tr("Welcome to reviewer"))
        self.intro.setText(
            self.tr(
                "Read bills, amendments, written questions and reports; highlight, tag and "
                "annotate them; search the whole corpus in French. Everything stays on this "
                "computer."
            )
        )
        self.demo_button.setText(self.tr("Open the Demo Library"))
        self.demo_button.setDescription(
            self.tr("A bill, two amendments and a written question, with example highlights.")
        )
        self.create_button.setText(self.tr("Create a Library…"))
        self.create_button.setDescription(
            self.tr("Choose a folder where your documents and notes will be kept.")
        )
        self.import_button.setText(self.tr("Import a Folder…"))
        self.import_button.setDescription(
            self.tr(
                "Add every PDF below a folder to the current library. You can also drop "
                "files and folders on the window at any time."
            )
        )
        self.progress_label.setText(self.tr("Creating the demo library…"))

    # The three choices

    def open_demo(self) -> None:
        """Create the demo library in the background (with progress), then open it."""
        folder = demo_library_dir()
        if folder.resolve() == self.main.library.root.resolve():
            self.accept()  # It is open already; opening it twice would make it read-only.
            return
        self.task = Task(partial(make_demo, folder))
        self.task.progressed.connect(self._progressed)
        self.task.finished.connect(self._demo_ready)
        self.task.failed.connect(lambda _message: self._show_progress(False))
        self._show_progress(True)
        self.main.task_progress.follow(self.task, self.tr("Creating the demo library…"))
        self.main.calls.start(self.task)

    def ask_create(self) -> None:
        title = self.tr("Choose a Folder for the New Library")
        folder = QFileDialog.getExistingDirectory(self, title)
        if folder:
            self.create_library(Path(folder))

    def create_library(self, chosen: Path) -> bool:
        opened = self.main.open_library(library_folder(chosen))
        if opened:
            self.accept()
        return opened

    def ask_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> Task:
        task = self.main.import_paths([folder])
        self.accept()
        return task

    # Progress of the demo

    def _show_progress(self, busy: bool) -> None:
        for button in (self.demo_button, self.create_button, self.import_button):
            button.setEnabled(not busy)
        self.progress_label.setVisible(busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def _progressed(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 0))
        self.progress.setValue(progress.done)
        detail = progress_text(progress)
        label = self.tr("Creating the demo library…")
        self.progress_label.setText(f"{label} {detail}" if detail else label)

    def _demo_ready(self, folder: Path) -> None:
        if self.main.open_library(folder):
            self.accept()
        else:
            self._show_progress(False)
