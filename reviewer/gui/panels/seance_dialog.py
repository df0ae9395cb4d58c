"""File > Export Séance Sheet…: the filters and format of the open bill's séance sheet.

The dialog only gathers choices; `Exports.export_seance` writes the sheet on the library's
worker with the window's progress bar and Cancel, and says what was written (or why
nothing was: no amendment kept by the filters).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.amendments import Outcome
from reviewer.core.records import Document
from reviewer.core.reports import LANGUAGES, Format
from reviewer.core.seance import SEANCE_FORMATS, SEANCE_TITLES, SeanceOptions


class SeanceDialog(QDialog):
    """The séance sheet's choices for one bill; `exportRequested(options, path)` on Export."""

    exportRequested = Signal(object, object)  # SeanceOptions, Path

    def __init__(
        self,
        bill: Document,
        *,
        formats: dict[Format, str],  # each format's name, translated
        language: str,
        folder: Path,
        file_stem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seanceDialog")
        self.setWindowTitle(self.tr("Export Séance Sheet"))
        self.bill = bill
        self.language = language if language in LANGUAGES else "fr"
        self.folder, self.file_stem = folder, file_stem
        self.format_names = formats
        self.format_box = QComboBox()
        for fmt in SEANCE_FORMATS:
            self.format_box.addItem(formats[fmt], fmt)
        self.article_edit = QLineEdit()
        self.article_edit.setPlaceholderText(self.tr("every article (or e.g. 7, 16 bis)"))
        self.group_edit = QLineEdit()
        self.group_edit.setPlaceholderText(self.tr("every group"))
        self.outcome_box = QComboBox()
        self.outcome_box.addItem(self.tr("any outcome"), "")
        for outcome in Outcome:
            self.outcome_box.addItem(outcome.value, outcome.value)
        self.position_check = QCheckBox(self.tr("Only the amendments with a position"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(SEANCE_TITLES[self.language])
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Article:"), self.article_edit)
        form.addRow(self.tr("Group:"), self.group_edit)
        form.addRow(self.tr("Outcome:"), self.outcome_box)
        form.addRow("", self.position_check)
        form.addRow(self.tr("Title:"), self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setObjectName("seanceExport")
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The amendments of “%1”, article by article, with positions and notes.")
            .replace("%1", self.bill.title)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> SeanceOptions:
        return SeanceOptions(
            format=Format(self.format_box.currentData()),  # Qt gives a StrEnum back as str
            article=self.article_edit.text().strip(),
            group=self.group_edit.text().strip(),
            outcome=self.outcome_box.currentData() or "",
            with_position=self.position_check.isChecked(),
            title=self.title_edit.text().strip(),
            lang=self.language,
        )

    def _export(self) -> None:
        options = self.options()
        fmt = options.format
        pattern = f"{self.format_names[fmt]} (*.{fmt.value})"
        suggested = self.folder / f"{self.file_stem}.{fmt.value}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Séance Sheet"), str(suggested), pattern
        )
        if not chosen:
            return
        path = Path(chosen)
        self.exportRequested.emit(
            options, path if path.suffix else path.with_suffix(f".{fmt.value}")
        )
        self.accept()
