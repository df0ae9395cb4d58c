"""Background work in the status bar: what runs, how far it is, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reviewer.core.records import Progress
from reviewer.gui.worker import Task, progress_text


class TaskProgress(QWidget):
    """Shown while a followed task runs; hidden again when it ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.title = ""
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def follow(self, task: Task, title: str) -> None:
        self.task = task
        self.title = title
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the first progress report
        task.progressed.connect(self._progressed)
        task.ended.connect(self._ended)
        self.cancel_button.setEnabled(True)
        self.show()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _progressed(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 0))
        self.bar.setValue(progress.done)
        detail = progress_text(progress)
        if self.cancel_button.isEnabled():
            self.label.setText(f"{self.title} {detail}" if detail else self.title)

    def _ended(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self.hide()
