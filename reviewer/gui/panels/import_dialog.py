"""The import window: progress and Cancel while files are read, then what happened to each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.records import ImportOutcome, ImportReport, ImportStatus, Progress
from reviewer.gui.worker import Task, progress_text

FAILED_COLOR = QColor("#b71c1c")
STATUS_ORDER = {
    ImportStatus.FAILED: 0,
    ImportStatus.SKIPPED: 1,
    ImportStatus.ALREADY_PRESENT: 2,
    ImportStatus.IMPORTED: 3,
}


def status_text(status: ImportStatus) -> str:
    texts = {
        ImportStatus.IMPORTED: QCoreApplication.translate("ImportDialog", "Imported"),
        ImportStatus.ALREADY_PRESENT: QCoreApplication.translate("ImportDialog", "Already present"),
        ImportStatus.FAILED: QCoreApplication.translate("ImportDialog", "Failed"),
        ImportStatus.SKIPPED: QCoreApplication.translate("ImportDialog", "Skipped: not a document"),
    }
    return texts[status]


class ImportCounts(QObject):
    """The import's counts in words: a QObject because lupdate catalogues a plural only
    when it is asked through `self.tr`."""

    def texts(self, counts: dict[ImportStatus, int]) -> dict[ImportStatus, str]:
        return {
            ImportStatus.IMPORTED: self.tr("%n imported", "", counts[ImportStatus.IMPORTED]),
            ImportStatus.ALREADY_PRESENT: self.tr(
                "%n already present", "", counts[ImportStatus.ALREADY_PRESENT]
            ),
            ImportStatus.FAILED: self.tr("%n failed", "", counts[ImportStatus.FAILED]),
            ImportStatus.SKIPPED: self.tr(
                "%n skipped (not documents)", "", counts[ImportStatus.SKIPPED]
            ),
        }


def summary_text(report: ImportReport) -> str:
    """“2 imported, 1 failed.” and what to do; counts of zero are left out."""
    counts = {status: report.count(status) for status in ImportStatus}
    texts = ImportCounts().texts(counts)
    parts = [texts[status] for status in ImportStatus if counts[status]]
    if not parts:
        return QCoreApplication.translate(
            "ImportDialog", "Nothing to import: no PDF file was found there."
        )
    text = ", ".join(parts) + "."
    if report.cancelled:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "Cancelled: the files not listed were not imported."
        )
    if report.failed:
        text += " " + QCoreApplication.translate(
            "ImportDialog",
            "Files that failed are not in the library; see why below, fix or convert them, "
            "then import them again.",
        )
    return text


class ImportDialog(QDialog):
    """Non-modal: the window stays usable while the import runs."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.task = task
        self.report: ImportReport | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.current = QLabel()
        self.outcomes = QTreeWidget()
        self.outcomes.setColumnCount(3)
        self.outcomes.setRootIsDecorated(False)
        self.outcomes.setWordWrap(True)
        self.outcomes.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.outcomes.hide()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcomes.currentItemChanged.connect(self._show_detail)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        shown = (
            self.heading,
            self.progress,
            self.current,
            self.outcomes,
            self.detail,
            self.buttons,
        )
        for widget in shown:
            layout.addWidget(widget)
        task.progressed.connect(self.show_progress)
        task.finished.connect(self.show_report)
        task.failed.connect(self.show_failure)
        self.resize(640, 200)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.outcomes.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        if self.report is not None:
            self.show_report(self.report)
        elif not self.task.done:
            self.heading.setText(self.tr("Importing… you can keep working meanwhile."))

    def show_progress(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 0))
        self.progress.setValue(progress.done)
        self.current.setText(progress_text(progress))

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.heading.setText(summary_text(report))
        self.progress.hide()
        self.current.hide()
        self.outcomes.clear()
        ordered = sorted(report.outcomes, key=lambda outcome: STATUS_ORDER[outcome.status])
        for outcome in ordered:
            self.outcomes.addTopLevelItem(self._outcome_item(outcome))
        self.outcomes.resizeColumnToContents(0)
        self.outcomes.resizeColumnToContents(1)
        self.outcomes.show()
        first = self.outcomes.topLevelItem(0)
        self.outcomes.setCurrentItem(first)
        self._show_detail(first)  # Also when it was current already.
        self._finish()

    def show_failure(self, message: str) -> None:
        self.heading.setText(self.tr("The import stopped: %1").replace("%1", message))
        self.progress.hide()
        self._finish()

    def failures(self) -> list[tuple[str, str]]:
        """(file name, reason) of each file that failed."""
        if self.report is None:
            return []
        return [
            (Path(o.path).name, o.message)
            for o in self.report.outcomes
            if o.status is ImportStatus.FAILED
        ]

    def _outcome_item(self, outcome: ImportOutcome) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [Path(outcome.path).name, status_text(outcome.status), outcome.message]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, outcome)
        item.setToolTip(0, outcome.path)
        item.setToolTip(2, outcome.message)
        if outcome.status is ImportStatus.FAILED:
            for column in range(3):
                item.setForeground(column, QBrush(FAILED_COLOR))
        return item

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        """The whole path and message of the chosen file: the columns cut long ones."""
        outcome = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        text = "" if outcome is None else f"{outcome.path}\n{status_text(outcome.status)}"
        if outcome is not None and outcome.message:
            text += f" — {outcome.message}"
        self.detail.setText(text)

    def _finish(self) -> None:
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.resize(self.width(), 420 if self.report and self.report.outcomes else 160)

    def reject(self) -> None:
        """Cancel, Escape or the close box: a running import is cancelled, not hidden."""
        if self.task.done:
            super().reject()
            return
        self.task.cancel()
        self.heading.setText(self.tr("Cancelling after the current file…"))
