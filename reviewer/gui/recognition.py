"""Document > Recognise Text (OCR)…: Tesseract reads a scan in the background.

The work is `Library.ocr`, with progress and Cancel in the status bar. When Tesseract is
missing, the facade's message says how to install it: it is shown in a dialog, as it
is a step for the user to take, not a passing notice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.core.records import Document
from reviewer.gui.context import PanelContext
from reviewer.gui.worker import Task


class Recognition(QObject):
    recognised = Signal(object)  # the Document, with its new text layer

    def __init__(self, context: PanelContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None

    def start(self, document: Document) -> Task | None:
        if document.has_text:
            self.context.tell(self.tr("This document has text already."), 5000)
            return None
        document_id = document.id
        task = Task(
            lambda library, progress, cancel: library.ocr(
                document_id, progress=progress, cancel=cancel
            )
        )
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        self.task = self.context.run(task, self.tr("Recognising the text…"))
        return task

    def _done(self, document: Document) -> None:
        if document.has_text:
            message = self.tr("Text recognised: “%1” can now be searched and highlighted.")
        else:
            message = self.tr("No text recognised in “%1”: its pages hold pictures only.")
        self.context.tell(message.replace("%1", document.title), 10_000)
        self.recognised.emit(document)

    def _failed(self, message: str) -> None:
        if self.task is not None and self.task.token.cancelled:
            return
        parent = self.parent()
        QMessageBox.warning(
            parent if isinstance(parent, QWidget) else None,
            self.tr("Text Recognition"),
            message,
        )
