"""File > Export report… and the other export and import commands of the File menu.

The dialog gathers the report's options and shows, as they change, what the report will
hold: the Qt-free core builds the report (without pictures) on the library's worker thread,
one preview at a time, and a preview for choices the user has since changed is not shown.
`Exports` runs the exports and imports in the background with the window's progress bar
and Cancel, then says what was written, with Open and Show in Folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import NotACopy, ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.records import Annotation, Document
from reviewer.core.reports import (
    DEFAULT_TITLES,
    LANGUAGES,
    Format,
    GroupBy,
    MergeReport,
    PdfImport,
    Report,
    ReportOptions,
    WordExport,
    WordImport,
    local_date,
)
from reviewer.core.seance import SEANCE_FORMATS, SEANCE_TITLES, SeanceOptions, SeanceSheet
from reviewer.gui.actions import color_icon
from reviewer.gui.context import PanelContext
from reviewer.gui.messages import LastMessage
from reviewer.gui.panels.seance_dialog import SeanceDialog
from reviewer.gui.theme import show_warning
from reviewer.gui.worker import Calls, Task, Work
from reviewer.library import Library

CONTEXT = "ExportReportDialog"
FORMAT_NAMES = {
    Format.PDF: QT_TRANSLATE_NOOP("ExportReportDialog", "PDF document"),
    Format.DOCX: QT_TRANSLATE_NOOP("ExportReportDialog", "Word document (DOCX)"),
    Format.HTML: QT_TRANSLATE_NOOP("ExportReportDialog", "Web page (HTML)"),
    Format.MARKDOWN: QT_TRANSLATE_NOOP("ExportReportDialog", "Markdown text"),
    Format.CSV: QT_TRANSLATE_NOOP("ExportReportDialog", "Spreadsheet (CSV)"),
    Format.JSON: QT_TRANSLATE_NOOP("ExportReportDialog", "Data (JSON)"),
}
WITH_PICTURES = {Format.PDF, Format.DOCX, Format.HTML, Format.MARKDOWN}  # CSV, JSON: text only
GROUPINGS = {
    GroupBy.DOCUMENT: QT_TRANSLATE_NOOP("ExportReportDialog", "By document"),
    GroupBy.TAG: QT_TRANSLATE_NOOP("ExportReportDialog", "By tag"),
    GroupBy.ARTICLE: QT_TRANSLATE_NOOP("ExportReportDialog", "By article of the bill"),
}
REPORT_LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("ExportReportDialog", "French"),
    "en": QT_TRANSLATE_NOOP("ExportReportDialog", "English"),
}
SCOPE_LIBRARY, SCOPE_DOCUMENT, SCOPE_LISTED = "library", "document", "listed"
SCOPE_SELECTED = "selected"
SUFFIXES = {f".{fmt.value}" for fmt in Format} | {".htm", ".markdown"}
PREVIEW_DELAY_MS = 150  # let a burst of changes (typing, ticking) settle first
TAG_ROWS = 6  # tags shown at once in the list; more scroll
PREVIEW_SECTIONS = 6  # sections named in the preview; the rest are counted
TITLE_WIDTH = 60  # characters of a document title in the scope box
FOLDER_KEY = "export/folder"
CHOICES_KEY = "export/choices"  # the report dialog's last choices, as JSON (window state)
FIELDS = ("scope", "tags", "period", "author", "group", "format", "language", "title", "file")
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # characters file systems refuse in names


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def preview_key(options: ReportOptions) -> ReportOptions:
    """The options that change what a report holds: format, title and pictures do not."""
    return replace(options, format=Format.PDF, title="", images=False)


def preview_work(
    options: ReportOptions, library: Library, _progress: ProgressCallback, cancel: CancelToken
) -> Report:
    return library.build_report(options, cancel=cancel)


def file_name(text: str, limit: int = 80) -> str:
    """A title made fit for a file name."""
    return UNSAFE.sub("-", text).strip(" .-")[:limit] or "reviewer"


def with_suffix(path: Path, fmt: Format) -> Path:
    """The path ending as the format does, replacing a report suffix but no other."""
    if path.suffix.lower() in SUFFIXES:
        return path.with_suffix(f".{fmt.value}")
    return path.with_name(f"{path.name}.{fmt.value}")


def elided(text: str, limit: int = TITLE_WIDTH) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_local(path: Path) -> None:
    """Open a file or folder of this computer with the system's application for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportReportDialog(QDialog):
    """The report's options, a live preview of what it will hold, and where to save it."""

    exportRequested = Signal(object, object)  # ReportOptions, Path

    def __init__(
        self,
        calls: Calls,
        *,
        open_document: Document | None,
        listed: Sequence[int],
        selected: Sequence[int] = (),
        language: str,
        folder: Path,
        last: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportReportDialog")
        self.calls = calls
        self.folder = folder
        self.preview: Report | None = None
        self._building: ReportOptions | None = None  # of the preview being built, if any
        self._wanted: ReportOptions | None = None  # what the preview must be built from
        self._problem = ""  # why there is no preview for the current choices
        self._confirmed: Path | None = None  # chosen in the file dialog, which asked already
        documents = calls.call(Library.documents) or []
        annotations = calls.call(Library.annotations) or []
        self._library_size = len(documents)
        self._open_title = elided(open_document.title) if open_document else ""
        self._scopes = self._scope_ids(documents, open_document, listed, selected)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self._build(language)
        self._fill(annotations)
        self.restore(last or {})
        self.path_edit.setText(str(self._default_path()))
        self._lay_out()
        self._connect()
        self.retranslate()
        self._options_changed()

    @staticmethod
    def _scope_ids(
        documents: Sequence[Document],
        open_document: Document | None,
        listed: Sequence[int],
        selected: Sequence[int],
    ) -> dict[str, tuple[int, ...]]:
        """Ids per scope; () is the whole library. The panel's list only when it narrows,
        its selection only when it is not just the open document."""
        scopes: dict[str, tuple[int, ...]] = {SCOPE_LIBRARY: ()}
        if open_document is not None:
            scopes[SCOPE_DOCUMENT] = (open_document.id,)
        if selected and tuple(selected) != scopes.get(SCOPE_DOCUMENT):
            scopes[SCOPE_SELECTED] = tuple(selected)
        if 0 < len(listed) < len(documents):
            scopes[SCOPE_LISTED] = tuple(listed)
        return scopes

    # Building

    def _build(self, language: str) -> None:
        self.scope_box = QComboBox()
        self.scope_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_box.setMinimumContentsLength(36)  # long titles must not widen the dialog
        for scope in self._scopes:
            self.scope_box.addItem("", scope)
        self.tag_list = QListWidget()
        self.tag_hint = QLabel()
        self.tag_hint.setWordWrap(True)
        self.since_check, self.until_check = QCheckBox(), QCheckBox()
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.author_box = QComboBox()
        self.group_box = self._choice_box(GROUPINGS)
        self.format_box = self._choice_box(FORMAT_NAMES)
        self.language_box = self._choice_box(REPORT_LANGUAGES)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.title_edit = QLineEdit()
        self.pictures_check = QCheckBox()
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.preview_box = QGroupBox()
        self.count_label = QLabel()
        bold = QFont(self.count_label.font())
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.detail_label = QLabel()
        for label in (self.count_label, self.detail_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.labels = {name: QLabel() for name in FIELDS}

    @staticmethod
    def _choice_box(choices: Mapping[Any, str]) -> QComboBox:
        box = QComboBox()
        for value in choices:
            box.addItem("", value)
        return box

    def _fill(self, annotations: Sequence[Annotation]) -> None:
        """Tags, authors and the period's bounds, from what the library holds."""
        for tag in self.calls.call(Library.tags) or []:
            if tag.count:
                item = QListWidgetItem(color_icon(tag.color), f"{tag.name} ({tag.count})")
                item.setData(Qt.ItemDataRole.UserRole, tag.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.tag_list.addItem(item)
        self._fit_tag_list()
        self.author_box.addItem("", None)
        for author in sorted({a.author for a in annotations if a.author}, key=str.casefold):
            self.author_box.addItem(author, author)
        today = date.today()
        days = [local_date(a.updated) for a in annotations]
        self.since_edit.setDate(qdate(min(days, default=today)))
        self.until_edit.setDate(qdate(today))

    def _fit_tag_list(self) -> None:
        """Tall enough for a few tags without scrolling, never taller than TAG_ROWS."""
        rows = min(max(self.tag_list.count(), 2), TAG_ROWS)
        row_height = self.tag_list.sizeHintForRow(0) if self.tag_list.count() else 20
        self.tag_list.setFixedHeight(rows * row_height + 2 * self.tag_list.frameWidth() + 4)

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            period.addWidget(widget)
        period.addStretch(1)
        tags = QVBoxLayout()
        tags.addWidget(self.tag_list)
        tags.addWidget(self.tag_hint)
        form = QFormLayout()
        form.addRow(self.labels["scope"], self.scope_box)
        form.addRow(self.labels["tags"], tags)
        form.addRow(self.labels["period"], period)
        form.addRow(self.labels["author"], self.author_box)
        form.addRow(self.labels["group"], self.group_box)
        form.addRow(self.labels["format"], self.format_box)
        form.addRow(self.labels["language"], self.language_box)
        form.addRow(self.labels["title"], self.title_edit)
        form.addRow("", self.pictures_check)
        preview = QVBoxLayout(self.preview_box)
        preview.addWidget(self.count_label)
        preview.addWidget(self.detail_label, 1)
        self.preview_box.setMinimumWidth(280)
        file_row = QHBoxLayout()
        file_row.addWidget(self.labels["file"])
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        layout = QGridLayout(self)
        layout.addLayout(form, 0, 0)
        layout.addWidget(self.preview_box, 0, 1)
        layout.addLayout(file_row, 1, 0, 1, 2)
        layout.addWidget(self.buttons, 2, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.resize(820, 0)

    def _connect(self) -> None:
        for box in (self.scope_box, self.author_box, self.group_box, self.language_box):
            box.currentIndexChanged.connect(self._options_changed)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.tag_list.itemChanged.connect(self._options_changed)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._options_changed)
            edit.dateChanged.connect(self._options_changed)
        self.title_edit.textChanged.connect(self._options_changed)
        self.pictures_check.toggled.connect(self._options_changed)
        self.path_edit.textChanged.connect(self._update_button)
        self.browse_button.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export Report"))
        texts = {
            "scope": self.tr("Documents:"),
            "tags": self.tr("Tags:"),
            "period": self.tr("Period:"),
            "author": self.tr("Author:"),
            "group": self.tr("Grouping:"),
            "format": self.tr("Format:"),
            "language": self.tr("Language:"),
            "title": self.tr("Title:"),
            "file": self.tr("Save as:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for index in range(self.scope_box.count()):
            self.scope_box.setItemText(index, self._scope_label(self.scope_box.itemData(index)))
        for box, names in (
            (self.group_box, GROUPINGS),
            (self.format_box, FORMAT_NAMES),
            (self.language_box, REPORT_LANGUAGES),
        ):
            for index in range(box.count()):
                box.setItemText(index, translated(names[box.itemData(index)]))
        self.author_box.setItemText(0, self.tr("Anyone"))
        self.tag_hint.setText(self.tr("None ticked: every annotation, tagged or not."))
        self.since_check.setText(self.tr("From"))
        self.until_check.setText(self.tr("to"))
        self.labels["period"].setToolTip(self.tr("Annotations created or changed in this period"))
        self.pictures_check.setText(self.tr("A picture of each highlighted passage"))
        self.pictures_check.setToolTip(
            self.tr("Clipped from its page: slower, and a larger file. Not in CSV or JSON.")
        )
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.preview_box.setTitle(self.tr("Preview"))
        self._show_preview()

    def _scope_label(self, scope: str) -> str:
        if scope == SCOPE_DOCUMENT:
            return self.tr("The open document: %1").replace("%1", self._open_title)
        if scope == SCOPE_LISTED:
            count = len(self._scopes[SCOPE_LISTED])
            return self.tr("The documents listed in the library panel (%n)", "", count)
        if scope == SCOPE_SELECTED:
            count = len(self._scopes[SCOPE_SELECTED])
            return self.tr("The documents selected in the library panel (%n)", "", count)
        return self.tr("The whole library (%n document(s))", "", self._library_size)

    # Options

    def choices(self) -> dict[str, Any]:
        """What the dialog remembers for its next opening (not the period nor the title:
        they belong to one report)."""
        return {
            "format": self.report_format().value,
            "scope": self.scope_box.currentData(),
            "tags": list(self.chosen_tags()),
            "group": self.grouping().value,
            "language": self.language(),
            "pictures": self.pictures_check.isChecked(),
        }

    def restore(self, last: Mapping[str, Any]) -> None:
        """The choices of the last opening, where they still apply (a scope or a tag the
        library no longer has is left as it is)."""
        for box, key in (
            (self.format_box, "format"),
            (self.scope_box, "scope"),
            (self.group_box, "group"),
            (self.language_box, "language"),
        ):
            index = box.findData(last.get(key))
            if index >= 0:
                box.setCurrentIndex(index)
        tags = set(last.get("tags") or ())
        for row in range(self.tag_list.count()):
            item = self.tag_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in tags:
                item.setCheckState(Qt.CheckState.Checked)
        self.pictures_check.setChecked(last.get("pictures") is True)

    def report_format(self) -> Format:
        return Format(self.format_box.currentData())  # Qt hands back a plain str

    def grouping(self) -> GroupBy:
        return GroupBy(self.group_box.currentData())

    def language(self) -> str:
        return self.language_box.currentData()

    def chosen_tags(self) -> tuple[str, ...]:
        items = (self.tag_list.item(row) for row in range(self.tag_list.count()))
        checked = Qt.CheckState.Checked
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == checked)

    def options(self) -> ReportOptions:
        """The report's options; raises ReviewerError when they contradict each other."""
        return ReportOptions(
            format=self.report_format(),
            document_ids=self._scopes[self.scope_box.currentData()],
            tags=self.chosen_tags(),
            since=self.since_edit.date().toPython() if self.since_check.isChecked() else None,
            until=self.until_edit.date().toPython() if self.until_check.isChecked() else None,
            author=self.author_box.currentData(),
            group_by=self.grouping(),
            title=self.title_edit.text().strip(),
            images=self._pictures(),
            lang=self.language(),
        )

    def path(self) -> Path | None:
        """The file to write; a bare name goes into the default folder."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self.folder / path

    def _default_path(self) -> Path:
        name = self.tr("Report – %1").replace("%1", date.today().isoformat())
        return self.folder / f"{name}.{self.report_format().value}"

    def _format_changed(self) -> None:
        path = self.path()
        if path is not None:
            self.path_edit.setText(str(with_suffix(path, self.report_format())))
        self._options_changed()

    def _options_changed(self) -> None:
        try:
            self._wanted, self._problem = preview_key(self.options()), ""
        except ReviewerError as error:
            self._wanted, self._problem = None, str(error)
        self.pictures_check.setEnabled(self.report_format() in WITH_PICTURES)
        self.title_edit.setPlaceholderText(DEFAULT_TITLES[self.language()])
        self._show_preview()
        self._timer.start()

    def _choose_file(self) -> None:
        fmt = self.report_format()
        pattern = f"{translated(FORMAT_NAMES[fmt])} (*.{fmt.value})"
        start = str(self.path() or self._default_path())
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save Report As"), start, pattern)
        if name:
            chosen = Path(name)
            if chosen.suffix.lower() != f".{fmt.value}":
                chosen = with_suffix(chosen, fmt)
            self._confirmed = chosen
            self.path_edit.setText(str(chosen))

    # Preview

    def current_preview(self) -> Report | None:
        """The preview, if it was built for the current choices."""
        if self.preview is None or self._wanted is None:
            return None
        return self.preview if self.preview.options == self._wanted else None

    def _start_preview(self) -> None:
        """Build the preview in the background, unless it is current, impossible or running
        (then it starts again when the running one ends)."""
        wanted = self._wanted
        if wanted is None or self._problem or self._building or self.current_preview():
            return
        task = Task(partial(preview_work, wanted))
        task.finished.connect(self._previewed)
        task.failed.connect(self._preview_failed)
        self._building = wanted
        self.calls.start(task)

    def _previewed(self, report: Report) -> None:
        self._building, self.preview = None, report
        self._show_preview()
        self._start_preview()  # The choices may have changed meanwhile.

    def _preview_failed(self, message: str) -> None:
        built, self._building = self._building, None
        if built == self._wanted:  # else the new choices may work: try them
            self._problem = message
            self._show_preview()
        self._start_preview()

    def _show_preview(self) -> None:
        report = self.current_preview()
        warning = bool(self._problem) or (report is not None and not report.entries())
        if self._problem:
            headline, detail = self._problem, ""
        elif report is None:
            headline, detail = self.tr("Counting the annotations…"), ""
        elif not report.entries():
            headline = self.tr("No annotation matches these options: there is nothing to export.")
            detail = self.tr("Choose more documents or tags, or a longer period.")
        else:
            headline, detail = self._summary(report), self._layout_text(report)
        self.count_label.setText(headline)
        show_warning(self.count_label, warning)
        self.detail_label.setText(detail)
        self._update_button()

    def _summary(self, report: Report) -> str:
        """“7 annotations from 3 documents”."""
        annotations = self.tr("%n annotation(s)", "", len(report.entries()))
        documents = self.tr("%n document(s)", "", report.document_count())
        return self.tr("%1 from %2").replace("%1", annotations).replace("%2", documents)

    def _layout_text(self, report: Report) -> str:
        """“By tag: CNIL (3), coût (2)…” then “PDF · French · with pictures”."""
        sections = [f"{s.title} ({len(s.all_entries())})" for s in report.sections]
        named = ", ".join(sections[:PREVIEW_SECTIONS])
        if len(sections) > PREVIEW_SECTIONS:
            more = self.tr("and %n more", "", len(sections) - PREVIEW_SECTIONS)
            named = f"{named}, {more}"
        grouping = translated(GROUPINGS[self.grouping()])
        facts = [self.report_format().value.upper(), translated(REPORT_LANGUAGES[self.language()])]
        if self._pictures():
            facts.append(self.tr("with pictures"))
        line = self.tr("%1: %2").replace("%1", grouping).replace("%2", named)
        return f"{line}\n\n{' · '.join(facts)}"

    def _pictures(self) -> bool:
        return self.pictures_check.isChecked() and self.report_format() in WITH_PICTURES

    def _update_button(self) -> None:
        report = self.current_preview()
        ready = report is not None and bool(report.entries()) and self.path() is not None
        self.export_button.setEnabled(ready)

    # Exporting

    def accept(self) -> None:
        """Export only what the preview showed: an empty report is refused before writing."""
        report, path = self.current_preview(), self.path()
        if report is None or not report.entries() or path is None:
            return
        if path.exists() and path != self._confirmed and not self._confirm_replace(path):
            return
        self.exportRequested.emit(self.options(), path)
        super().accept()

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace File"),
            self.tr("“%1” exists already. Replace it?").replace("%1", path.name),
        )
        return answer == QMessageBox.StandardButton.Yes


def export_folder(context: PanelContext) -> Path:
    """The folder used last, else the settings' export folder, else the user's Documents
    folder, else home."""
    documents = QStandardPaths.StandardLocation.DocumentsLocation
    for candidate in (
        context.setting(FOLDER_KEY),
        context.preferences.settings.export_folder,
        QStandardPaths.writableLocation(documents),
    ):
        if candidate and Path(str(candidate)).expanduser().is_dir():
            return Path(str(candidate)).expanduser()
    return Path.home()


def last_choices(context: PanelContext) -> dict[str, Any]:
    """The report dialog's choices when it last closed; {} if none (or unreadable)."""
    try:
        found = json.loads(str(context.setting(CHOICES_KEY, "{}")))
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


class Exports(QObject):
    """The File menu's exports and imports, each run in the background."""

    def __init__(self, context: PanelContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent  # dialogs and boxes sit on it
        self.dialog: ExportReportDialog | None = None
        self.seance_dialog: SeanceDialog | None = None  # the last one opened
        self.messages = LastMessage(parent, "exportMessage")  # the last result or error shown

    def folder(self) -> Path:
        return export_folder(self.context)

    def _remember(self, path: Path) -> None:
        self.context.set_setting(FOLDER_KEY, str(path.parent))

    def _keep_choices(self, dialog: ExportReportDialog) -> None:
        self.context.set_setting(CHOICES_KEY, json.dumps(dialog.choices()))

    # Asking

    def ask_report(self) -> ExportReportDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        language = self.context.language
        self.dialog = ExportReportDialog(
            self.context.calls,
            open_document=self.context.document,
            listed=self.context.listed_documents(),
            selected=self.context.selected_documents(),
            language=language if language in LANGUAGES else "fr",
            folder=self.folder(),
            last=last_choices(self.context),
            parent=self.parent_widget,
        )
        self.dialog.exportRequested.connect(self.export_report)
        dialog = self.dialog  # Exported or cancelled, its choices are proposed next time.
        dialog.finished.connect(lambda _result: self._keep_choices(dialog))
        self.dialog.open()
        return self.dialog

    def ask_annotated_pdf(self) -> None:
        document = self.context.document
        if document is None:
            return
        name = self.tr("%1 (annotated)").replace("%1", file_name(document.title))
        path = self._ask_save(
            self.tr("Export Annotated PDF"), f"{name}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self.export_annotated_pdf(document.id, path)

    def ask_word(self) -> None:
        document = self.context.document
        if document is None:
            return
        name = self.tr("%1 (annotated)").replace("%1", file_name(document.title))
        path = self._ask_save(
            self.tr("Export to Word"), f"{name}.docx", self.tr("Word documents (*.docx)")
        )
        if path is None:
            return
        # Whether the text has saved drafts, read off the window's thread; a failed read
        # exports without them rather than not at all.
        task = Task(lambda library, _progress, _cancel: len(library.drafts(document.id)))
        task.finished.connect(partial(self._ask_drafts, document.id, path))
        task.failed.connect(lambda _why: self.export_word(document.id, path))
        self.context.calls.read(task)

    def _ask_drafts(self, document_id: int, path: Path, count: int) -> None:
        """With drafts saved on the text, whether to write them as tracked changes."""
        if not count:
            self.export_word(document_id, path)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "reviewer",
            self.tr("Export to Word"),
            QMessageBox.StandardButton.NoButton,
            self.parent_widget,
        )
        box.setObjectName("wordDrafts")
        box.setInformativeText(self.tr("This text has %n saved amendment draft(s).", "", count))
        include = QCheckBox(self.tr("Include amendment drafts as tracked changes"), box)
        include.setChecked(True)
        box.setCheckBox(include)
        export = box.addButton(self.tr("Export"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button: QAbstractButton) -> None:
            if button is export:
                self.export_word(document_id, path, with_drafts=include.isChecked())

        box.buttonClicked.connect(chosen)
        box.open()

    def ask_seance(self) -> SeanceDialog | None:
        """The séance sheet of the open bill, or of the bill the open amendment is bound to."""
        bill = self.context.document
        if bill is None:
            return None
        if (bound := self.context.calls.call(Library.bill_of, bill.id)) is not None:
            bill = self.context.document_record(bound) or bill
        language = self.context.language if self.context.language in LANGUAGES else "fr"
        stem = f"{SEANCE_TITLES[language]} - {file_name(bill.title)}"
        dialog = SeanceDialog(
            bill,
            formats={fmt: translated(FORMAT_NAMES[fmt]) for fmt in SEANCE_FORMATS},
            language=language,
            folder=self.folder(),
            file_stem=stem,
            parent=self.parent_widget,
        )
        dialog.exportRequested.connect(partial(self.export_seance, bill.id))
        if self.seance_dialog is not None:
            self.seance_dialog.close()
            self.seance_dialog.deleteLater()
        self.seance_dialog = dialog
        dialog.open()
        return dialog

    def ask_w3c(self) -> None:
        name = self.tr("Annotations – %1").replace("%1", date.today().isoformat())
        pattern = self.tr("W3C annotations (*.json *.jsonld)")
        path = self._ask_save(self.tr("Export Annotations (W3C)"), f"{name}.json", pattern)
        if path is not None:
            self.export_w3c(path)

    def ask_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import Annotations"),
            str(self.folder()),
            self.tr(
                "W3C annotations, annotated PDF or Word file "
                "(*.json *.jsonld *.pdf *.docx);;All files (*)"
            ),
        )
        if name:
            self.import_annotations(Path(name))

    def _ask_save(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(self.folder() / name), pattern
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(Path(name).suffix)

    # Running

    def export_report(self, options: ReportOptions, path: Path) -> Task:
        self._remember(path)
        return self._run(
            lambda library, progress, cancel: library.export_report(
                options, path, progress=progress, cancel=cancel
            ),
            busy=self.tr("Exporting the report…"),
            done=lambda report: self._written(
                path, self.tr("Report written: %n annotation(s).", "", len(report.entries()))
            ),
            failure=self.tr("The report could not be written."),
        )

    def export_annotated_pdf(self, document_id: int, path: Path) -> Task:
        self._remember(path)
        return self._run(
            lambda library, _progress, _cancel: library.export_annotated_pdf(document_id, path),
            busy=self.tr("Writing the annotated PDF…"),
            done=lambda count: self._written(
                path, self.tr("Annotated PDF written: %n annotation(s).", "", count)
            ),
            failure=self.tr("The annotated PDF could not be written."),
        )

    def export_word(self, document_id: int, path: Path, *, with_drafts: bool = False) -> Task:
        self._remember(path)
        return self._run(
            lambda library, progress, cancel: library.export_word(
                [document_id], path, with_drafts=with_drafts, progress=progress, cancel=cancel
            ),
            busy=self.tr("Writing the Word file…"),
            done=partial(self._word_written, path),
            failure=self.tr("The Word file could not be written."),
        )

    def _word_written(self, path: Path, written: WordExport) -> None:
        headline = self.tr("Word file written: %n comment(s).", "", written.comments)
        if written.drafts or written.warnings:
            drafts = self.tr("%n draft(s) as tracked changes.", "", written.drafts)
            headline = f"{headline} {drafts}"
        self._written(path, headline, "\n".join(written.warnings))

    def export_seance(self, bill_id: int, options: SeanceOptions, path: Path) -> Task:
        self._remember(path)

        def written(sheet: SeanceSheet) -> None:
            count = len(sheet.amendments())
            self._written(path, self.tr("Séance sheet written: %n amendment(s).", "", count))

        return self._run(
            lambda library, progress, cancel: library.export_seance(
                bill_id, path, options=options, progress=progress, cancel=cancel
            ),
            busy=self.tr("Writing the séance sheet…"),
            done=written,
            failure=self.tr("The séance sheet could not be written."),
        )

    def export_w3c(self, path: Path) -> Task:
        self._remember(path)
        return self._run(
            lambda library, _progress, _cancel: library.export_w3c(path),
            busy=self.tr("Exporting the annotations…"),
            done=lambda count: self._written(
                path,
                self.tr("W3C file written: %n annotation(s), deleted ones included.", "", count),
            ),
            failure=self.tr("The annotations could not be exported."),
        )

    def import_annotations(self, path: Path) -> Task | None:
        """Merge a W3C file, or take in the annotations of a copy of the open document."""
        self._remember(path)
        busy, failure = self._importing()
        word = path.suffix.lower() == ".docx"
        if not word and path.suffix.lower() != ".pdf":
            return self._run(
                lambda library, _progress, _cancel: library.import_w3c(path),
                busy=busy,
                done=partial(self._merged, path),
                failure=failure,
            )
        document = self.context.document
        if document is None:
            self.messages.tell(
                QMessageBox.Icon.Warning,
                failure,
                self.tr("Open the document this file is a copy of, then import its annotations."),
            ).open()
            return None
        if word:
            return self._run(
                lambda library, progress, cancel: library.import_word_annotations(
                    document.id, path, progress=progress, cancel=cancel
                ),
                busy=busy,
                done=partial(self._took_in_word, path),
                failure=failure,
            )
        return self._take_in(document.id, path, foreign=False)

    def _took_in_word(self, path: Path, outcome: WordImport) -> None:
        self.context.reload()
        headline = self.tr("%n comment(s) of %1 imported as annotations", "", outcome.added)
        notes = []
        if outcome.present:
            notes.append(self.tr("%n already here", "", outcome.present))
        if outcome.unfound:
            notes.append(
                self.tr(
                    "%n comment(s) on words this text does not have: listed below.",
                    "",
                    len(outcome.unfound),
                )
            )
        detail = "\n".join(outcome.unfound)
        text = headline.replace("%1", path.name)
        self.messages.tell(QMessageBox.Icon.Information, text, "\n".join(notes), detail).open()

    def _take_in(self, document_id: int, path: Path, *, foreign: bool) -> Task:
        def work(library: Library, progress: ProgressCallback, cancel: CancelToken) -> object:
            try:
                return library.import_pdf_annotations(
                    document_id, path, foreign=foreign, progress=progress, cancel=cancel
                )
            except NotACopy as refusal:  # a question for the user, not a failure
                return refusal

        busy, failure = self._importing()
        return self._run(
            work, busy=busy, done=partial(self._took_in, document_id, path), failure=failure
        )

    def _importing(self) -> tuple[str, str]:
        """What the progress bar says while annotations come in, and the headline if they fail."""
        return self.tr("Importing annotations…"), self.tr("The annotations could not be imported.")

    def _run(self, work: Work, *, busy: str, done: Callable[[Any], object], failure: str) -> Task:
        """Start the work with the window's progress bar; report its result or its error."""
        task = Task(work)
        task.finished.connect(done)
        task.failed.connect(partial(self._failed, task, failure))
        return self.context.run(task, busy)

    # Telling

    def _written(self, path: Path, headline: str, detail: str = "") -> None:
        """Written: where, with Open and Show in Folder; `detail`: what was left out."""
        box = self.messages.tell(QMessageBox.Icon.Information, headline, str(path), detail)
        for label, target in ((self.tr("Open"), path), (self.tr("Show in Folder"), path.parent)):
            button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(partial(open_local, target))
        box.open()

    def _merged(self, path: Path, merged: MergeReport) -> None:
        self.context.reload()
        counts = (
            (merged.added, self.tr("%n added", "", merged.added)),
            (merged.updated, self.tr("%n updated", "", merged.updated)),
            (merged.deleted, self.tr("%n deleted", "", merged.deleted)),
            (merged.unchanged, self.tr("%n already up to date", "", merged.unchanged)),
        )
        parts = [text for count, text in counts if count]
        headline = self.tr("Annotations merged from %1: %2.").replace("%1", path.name)
        headline = headline.replace("%2", ", ".join(parts) or self.tr("none"))
        notes = []
        if merged.unanchored:
            notes.append(
                self.tr(
                    "%n passage(s) not found in the library's copy of the text.",
                    "",
                    merged.unanchored,
                )
            )
        if merged.missing:
            notes.append(
                self.tr(
                    "%n annotation(s) on documents this library lacks: import those documents, "
                    "then this file again.",
                    "",
                    merged.missing_count,
                )
            )
        if merged.positions:
            notes.append(self.tr("%n position(s) on amendments taken in.", "", merged.positions))
        if merged.new_labels:
            notes.append(
                self.tr("Position labels added to the library's list: %1.").replace(
                    "%1", ", ".join(merged.new_labels)
                )
            )
        if merged.conflicts:
            notes.append(self._not_applied(len(merged.conflicts)))
        missing = [f"{source}: {count}" for source, count in merged.missing]
        detail = "\n".join([*missing, *merged.conflicts])
        self.messages.tell(QMessageBox.Icon.Information, headline, "\n".join(notes), detail).open()

    def _took_in(self, document_id: int, path: Path, outcome: PdfImport | NotACopy) -> None:
        if isinstance(outcome, NotACopy):
            self._ask_foreign(document_id, path, str(outcome))
            return
        self.context.reload()
        imported = self.tr("%n annotation(s) imported from %1", "", outcome.added)
        parts = [
            imported.replace("%1", path.name),
            self.tr("%n already present", "", outcome.present),
            self.tr("%n skipped", "", len(outcome.skipped)),
        ]
        headline = ", ".join(parts) + "."
        notes = []
        if outcome.conflicts:
            notes.append(self._not_applied(len(outcome.conflicts)))
        if outcome.unread:
            notes.append(
                self.tr(
                    "%n more annotation(s) not read: %1 is the most read from one file.",
                    "",
                    outcome.unread,
                ).replace("%1", str(outcome.limit))
            )
        detail = "\n".join([*outcome.skipped, *outcome.conflicts])
        self.messages.tell(QMessageBox.Icon.Information, headline, "\n".join(notes), detail).open()

    def _ask_foreign(self, document_id: int, path: Path, why: str) -> None:
        """The PDF is another text: its annotations come in as new ones only if the user says."""
        box = self.messages.tell(
            QMessageBox.Icon.Question,
            self.tr("%1 is not a copy of the open document.").replace("%1", path.name),
            self.tr(
                "Its annotations can be added to the open document as new annotations, where "
                "its text matches. Add them?"
            ),
            why,
            buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.clicked.connect(partial(self._take_in, document_id, path, foreign=True))
        box.open()

    def _not_applied(self, count: int) -> str:
        return self.tr(
            "%n annotation(s) not applied: their id is that of another document's annotation.",
            "",
            count,
        )

    def _failed(self, task: Task, headline: str, message: str) -> None:
        """A box for a real failure; a cancel is said in the status bar (by `Calls`)."""
        if not task.token.cancelled:
            self.messages.tell(QMessageBox.Icon.Warning, headline, message).open()
