"""The comparison of two versions of a text, article by article, in a window of its own.

The library compares on its worker thread; the window then lists the articles with what
became of each, shows the chosen one's text with the inserted words underlined in green
and the deleted ones struck in red, and the annotations that fall in it. It can jump the
main window to the article in either version, and export the comparison as a report in
the background, with progress and Cancel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.colors import DELETED_INK, INSERTED_INK
from reviewer.core.comparison import (
    Change,
    ComparisonReport,
    Concerned,
    Side,
    UnitChange,
    page_span,
)
from reviewer.core.records import Document, Progress
from reviewer.core.reports import Format
from reviewer.gui.panels.carry_review import DELETED_STYLE, INSERTED_STYLE
from reviewer.gui.panels.export_dialog import file_name, open_local
from reviewer.gui.worker import Calls, Task, progress_text

CONTEXT = "CompareWindow"
INDEX_ROLE = Qt.ItemDataRole.UserRole
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_ARTICLE, COLUMN_CHANGE, COLUMN_WORDS, COLUMN_NOTES = range(4)
CHANGE_NAMES = {
    Change.UNCHANGED: QT_TRANSLATE_NOOP("CompareWindow", "unchanged"),
    Change.MODIFIED: QT_TRANSLATE_NOOP("CompareWindow", "modified"),
    Change.ADDED: QT_TRANSLATE_NOOP("CompareWindow", "added"),
    Change.DELETED: QT_TRANSLATE_NOOP("CompareWindow", "deleted"),
    Change.RENUMBERED: QT_TRANSLATE_NOOP("CompareWindow", "renumbered"),
}
CHANGE_COLORS = {
    Change.UNCHANGED: "#757575",
    Change.MODIFIED: "#e65100",
    Change.ADDED: INSERTED_INK,
    Change.DELETED: DELETED_INK,
    Change.RENUMBERED: "#1565c0",
}
BADGE_COLOR = "#6a1b9a"
EXPORT_FORMATS = (Format.PDF, Format.DOCX, Format.HTML)
FORMAT_FILTERS = {
    Format.PDF: QT_TRANSLATE_NOOP("CompareWindow", "PDF document (*.pdf)"),
    Format.DOCX: QT_TRANSLATE_NOOP("CompareWindow", "Word document (*.docx)"),
    Format.HTML: QT_TRANSLATE_NOOP("CompareWindow", "Web page (*.html)"),
}
_SEPARATOR = re.compile(r"^\s*")
CHANGE_ORDER = (Change.ADDED, Change.DELETED, Change.RENUMBERED, Change.MODIFIED, Change.UNCHANGED)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def change_name(change: UnitChange) -> str:
    name = translated(CHANGE_NAMES[change.change])
    if change.change is Change.RENUMBERED and change.modified:
        return QCoreApplication.translate("CompareWindow", "renumbered, modified")
    return name


def article_label(change: UnitChange) -> str:
    """The article's label, "Article 4 → Article 5" when renumbered."""
    if change.change is Change.RENUMBERED and change.old and change.new:
        return f"{change.old.label} → {change.new.label}"
    return change.label


def words_text(change: UnitChange) -> str:
    """“+5 −15”, or nothing when no word differs."""
    parts = []
    if change.inserted_words:
        parts.append(f"+{change.inserted_words}")
    if change.deleted_words:
        parts.append(f"−{change.deleted_words}")
    return " ".join(parts)


def ops_html(change: UnitChange) -> str:
    """The unit's text as one reading: inserted words underlined in green, deleted struck in
    red; a new paragraph where the text has one."""
    parts = []
    for op in change.ops:
        separator = _SEPARATOR.match(op.text).group()
        words = escape(op.text[len(separator) :]).replace("\n", "<br>")
        lead = "<br>" if "\n" in separator else (" " if separator else "")
        if op.kind == "insert":
            words = f'<span style="{INSERTED_STYLE}">{words}</span>'
        elif op.kind == "delete":
            words = f'<span style="{DELETED_STYLE}">{words}</span>'
        parts.append(lead + words)
    return "".join(parts).removeprefix("<br>")


class CompareWindow(QWidget):
    """Two versions side by side in time: what changed, article by article."""

    showRequested = Signal(int, int)  # document id, page
    annotationRequested = Signal(int, str)  # document id, annotation id

    def __init__(
        self,
        calls: Calls,
        old: Document,
        new: Document,
        *,
        lang: str = "fr",
        folder: Path | None = None,
        names: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.calls = calls
        self.old, self.new = old, new
        self.lang = lang
        self.folder = folder or Path.home()
        self.names = names  # how the two versions are called ("dépôt", "commission")
        self.report: ComparisonReport | None = None
        self.compare_task: Task | None = None
        self.export_task: Task | None = None
        self.written: Path | None = None
        self._build()
        self._lay_out()
        self._connect()
        self.retranslate()
        self.resize(1100, 720)
        self.start()

    # Building

    def _build(self) -> None:
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.changes_only = QCheckBox()
        self.changes_only.setChecked(True)
        self.export_button = QPushButton()
        self.tree = QTreeWidget()
        self.tree.setObjectName("compareArticles")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_ARTICLE, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_CHANGE, COLUMN_WORDS, COLUMN_NOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.RichText)
        self.text = QTextBrowser()
        self.text.setObjectName("compareText")
        self.text.setOpenLinks(False)
        self.old_button = QPushButton()
        self.new_button = QPushButton()
        self.concerned_label = QLabel()
        self.concerned = QListWidget()
        self.concerned.setObjectName("compareAnnotations")
        self.concerned.setWordWrap(True)
        self.concerned.setSpacing(2)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setOpenExternalLinks(False)
        self.close_button = QPushButton()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.changes_only)
        top.addStretch(1)
        top.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        jumps = QHBoxLayout()
        jumps.addWidget(self.old_button)
        jumps.addWidget(self.new_button)
        jumps.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.heading_label)
        upper_layout.addWidget(self.text, 1)
        upper_layout.addLayout(jumps)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.concerned_label)
        lower_layout.addWidget(self.concerned, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(upper)
        self.right_splitter.addWidget(lower)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.setSizes([440, 200])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 680])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.changes_only.toggled.connect(self._fill)
        self.tree.currentItemChanged.connect(self._show_current)
        self.old_button.clicked.connect(lambda: self._jump(Side.OLD))
        self.new_button.clicked.connect(lambda: self._jump(Side.NEW))
        self.concerned.itemActivated.connect(self._annotation_activated)
        self.concerned.itemDoubleClicked.connect(self._annotation_activated)
        self.export_button.clicked.connect(self.ask_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.status_label.linkActivated.connect(self._open_written)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        old_name, new_name = self.version_names()
        self.setWindowTitle(
            self.tr("Compare Versions — %1").replace("%1", self.new.title) + " — reviewer"
        )
        title = self.tr("%1: %2 → %3").replace("%1", self.new.title)
        self.title_label.setText(title.replace("%2", old_name).replace("%3", new_name))
        self.changes_only.setText(self.tr("Changes only"))
        self.changes_only.setToolTip(self.tr("Hide the articles whose text did not change"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Write this comparison as a PDF, Word or HTML report")
        )
        self.tree.setHeaderLabels(
            [self.tr("Article"), self.tr("Change"), self.tr("Words"), self.tr("Notes")]
        )
        self.tree.headerItem().setToolTip(COLUMN_WORDS, self.tr("Words added (+) and deleted (−)"))
        self.tree.headerItem().setToolTip(COLUMN_NOTES, self.tr("Annotations concerned"))
        self.old_button.setText(self.tr("Show in Old Version (%1)").replace("%1", old_name))
        self.new_button.setText(self.tr("Show in New Version (%1)").replace("%1", new_name))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        if self.report is not None:
            self._fill()
        elif self.compare_task is not None:
            self.summary_label.setText(self.tr("Comparing the two versions…"))

    def version_names(self) -> tuple[str, str]:
        old_name, new_name = self.names
        return (
            old_name or self.tr("previous version"),
            new_name or self.tr("new version"),
        )

    # Comparing

    def start(self) -> Task:
        """Compare the two versions on the library's worker thread."""
        old_id, new_id, lang = self.old.id, self.new.id, self.lang
        task = Task(
            lambda library, _progress, _cancel: library.compare_versions(old_id, new_id, lang=lang)
        )
        task.finished.connect(self._compared)
        task.failed.connect(self._compare_failed)
        self.compare_task = task
        self._busy(task, self.tr("Comparing the two versions…"), cancellable=False)
        self.summary_label.setText(self.tr("Comparing the two versions…"))
        self.calls.start(task)
        return task

    def _compared(self, report: ComparisonReport) -> None:
        self.report = report
        self.compare_task = None
        self.status_label.clear()
        self._idle()
        self._fill()

    def _compare_failed(self, message: str) -> None:
        self.compare_task = None
        self.status_label.clear()
        self._idle()
        self.summary_label.setText(
            self.tr("The versions could not be compared: %1").replace("%1", message)
        )

    # Presentation

    def changes(self) -> Sequence[UnitChange]:
        return self.report.comparison.changes if self.report else ()

    def concerned_of(self, index: int) -> Sequence[Concerned]:
        return self.report.concerned.get(index, ()) if self.report else ()

    def _fill(self) -> None:
        if self.report is None:
            return
        counts = self.report.comparison.counts()
        parts = [
            self.tr("%n added", "", counts[Change.ADDED]),
            self.tr("%n deleted", "", counts[Change.DELETED]),
            self.tr("%n renumbered", "", counts[Change.RENUMBERED]),
            self.tr("%n modified", "", counts[Change.MODIFIED]),
            self.tr("%n unchanged", "", counts[Change.UNCHANGED]),
        ]
        shown = [text for text, kind in zip(parts, CHANGE_ORDER, strict=True) if counts[kind]]
        summary = self.tr("Articles: %1.").replace("%1", ", ".join(shown) or "—")
        concerned = self.report.concerned_count()
        if concerned:
            summary += " " + self.tr("%n annotation(s) in the changed articles.", "", concerned)
        self.summary_label.setText(summary)
        current = self.current_index()
        self.tree.blockSignals(True)
        self.tree.clear()
        for index, change in enumerate(self.changes()):
            if self.changes_only.isChecked() and change.change is Change.UNCHANGED:
                continue
            self.tree.addTopLevelItem(self._item(index, change))
        self.tree.blockSignals(False)
        self.select(current if current is not None else self._first_change())
        self._show_current()

    def _first_change(self) -> int | None:
        return next(
            (i for i, c in enumerate(self.changes()) if c.change is not Change.UNCHANGED), None
        )

    def _item(self, index: int, change: UnitChange) -> QTreeWidgetItem:
        concerned = len(self.concerned_of(index))
        item = QTreeWidgetItem([article_label(change), change_name(change), words_text(change), ""])
        item.setData(COLUMN_ARTICLE, INDEX_ROLE, index)
        color = QColor(CHANGE_COLORS[change.change])
        item.setForeground(COLUMN_CHANGE, QBrush(color))
        item.setTextAlignment(
            COLUMN_WORDS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        if concerned:
            item.setText(COLUMN_NOTES, f" {concerned} ")
            item.setForeground(COLUMN_NOTES, QBrush(QColor("white")))
            item.setBackground(COLUMN_NOTES, QBrush(QColor(BADGE_COLOR)))
            font = item.font(COLUMN_NOTES)
            font.setBold(True)
            item.setFont(COLUMN_NOTES, font)
            item.setToolTip(COLUMN_NOTES, self.tr("%n annotation(s) concerned", "", concerned))
        item.setTextAlignment(COLUMN_NOTES, Qt.AlignmentFlag.AlignCenter)
        if change.change is Change.UNCHANGED:
            muted = QBrush(QColor(CHANGE_COLORS[Change.UNCHANGED]))
            item.setForeground(COLUMN_ARTICLE, muted)
        return item

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the article list shows, row by row (for tests and the curious)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [tuple(item.text(c).strip() for c in range(4)) for item in items]  # type: ignore[misc]

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(COLUMN_ARTICLE, INDEX_ROLE)

    def current_change(self) -> UnitChange | None:
        index = self.current_index()
        return None if index is None else self.changes()[index]

    def select(self, index: int | None) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(COLUMN_ARTICLE, INDEX_ROLE) == index:
                self.tree.setCurrentItem(item)
                return
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def select_label(self, label: str) -> bool:
        """Show the article with this label (in the new version, else the old)."""
        for index, change in enumerate(self.changes()):
            if change.label == label:
                if change.change is Change.UNCHANGED:
                    self.changes_only.setChecked(False)
                self.select(index)
                return True
        return False

    def _show_current(self) -> None:
        change = self.current_change()
        index = self.current_index()
        self.old_button.setEnabled(change is not None and change.old is not None)
        self.new_button.setEnabled(change is not None and change.new is not None)
        self.concerned.clear()
        if change is None or index is None:
            self.heading_label.clear()
            self.text.clear()
            self.concerned_label.setText(self.tr("Annotations concerned"))
            return
        self.heading_label.setText(self._heading(change))
        body = ops_html(change) or f"<i>{escape(self.tr('(no text)'))}</i>"
        self.text.setHtml(f'<div style="line-height: 140%;">{body}</div>')
        concerned = self.concerned_of(index)
        self.concerned_label.setText(
            self.tr("Annotations concerned (%1)").replace("%1", str(len(concerned)))
        )
        for entry in concerned:
            self.concerned.addItem(self._concerned_item(entry))
        if not concerned:
            empty = QListWidgetItem(self.tr("No annotation in this article."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.concerned.addItem(empty)

    def _heading(self, change: UnitChange) -> str:
        color = CHANGE_COLORS[change.change]
        state = escape(change_name(change).capitalize())
        parts = [
            f"<b>{escape(article_label(change))}</b>",
            f'<span style="color: {color};"><b>{state}</b></span>',
        ]
        counts = []
        if change.inserted_words:
            counts.append(self.tr("%n word(s) added", "", change.inserted_words))
        if change.deleted_words:
            counts.append(self.tr("%n word(s) deleted", "", change.deleted_words))
        if counts:
            parts.append(escape(", ".join(counts)))
        pages = []
        for side, name in zip((Side.OLD, Side.NEW), self.version_names(), strict=True):
            unit = change.unit(side)
            if unit is not None and self.report is not None:
                first, last = page_span(self.report.text(side), unit)
                span = str(first) if first == last else f"{first}–{last}"
                pages.append(self.tr("%1: p. %2").replace("%1", name).replace("%2", span))
        if pages:
            parts.append(escape(" · ".join(pages)))
        return " — ".join(parts)

    def _concerned_item(self, entry: Concerned) -> QListWidgetItem:
        annotation = entry.annotation
        side = self.tr("old version") if entry.side is Side.OLD else self.tr("new version")
        flags = [side]
        if entry.touched:
            flags.append(self.tr("passage changed"))
        if annotation.carry is not None:
            flags.append(self.tr("carried"))
        quote = self.tr("“%1”").replace("%1", " ".join(annotation.quote.split()))
        lines = [quote, f"[{', '.join(flags)}]"]
        if annotation.note:
            lines.append(self.tr("Note: %1").replace("%1", annotation.note))
        if annotation.tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(annotation.tags)))
        item = QListWidgetItem("\n".join(lines))
        item.setData(INDEX_ROLE, annotation.document_id)
        item.setData(ANNOTATION_ROLE, annotation.id)
        item.setToolTip(self.tr("Double-click to show it in its version"))
        if entry.touched:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    # Jumping

    def _jump(self, side: Side) -> None:
        change = self.current_change()
        unit = change.unit(side) if change else None
        if unit is not None:
            document = self.old if side is Side.OLD else self.new
            self.showRequested.emit(document.id, unit.page)

    def _annotation_activated(self, item: QListWidgetItem) -> None:
        annotation_id = item.data(ANNOTATION_ROLE)
        if annotation_id:
            self.annotationRequested.emit(item.data(INDEX_ROLE), annotation_id)

    # Exporting

    def ask_export(self) -> Task | None:
        filters = [translated(FORMAT_FILTERS[fmt]) for fmt in EXPORT_FORMATS]
        old_name, new_name = self.version_names()
        name = self.tr("Comparison %1 - %2").replace("%1", old_name).replace("%2", new_name)
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Comparison"),
            str(self.folder / f"{safe_name(name)}.pdf"),
            ";;".join(filters),
        )
        if not chosen:
            return None
        fmt = EXPORT_FORMATS[filters.index(chosen_filter)] if chosen_filter in filters else None
        path = Path(chosen)
        fmt = format_of(path) or fmt or Format.PDF
        if format_of(path) is None:
            path = path.with_suffix(f".{fmt.value}")
        return self.export(path, fmt)

    def export(self, path: Path, fmt: Format) -> Task:
        """Write the comparison as a report in the background."""
        old_id, new_id, lang = self.old.id, self.new.id, self.lang
        task = Task(
            lambda library, progress, cancel: library.export_comparison(
                old_id, new_id, path, format=fmt, lang=lang, progress=progress, cancel=cancel
            )
        )
        task.finished.connect(lambda _report: self._exported(path))
        task.failed.connect(self._export_failed)
        self.export_task = task
        self.export_button.setEnabled(False)
        self._busy(task, self.tr("Exporting the comparison…"), cancellable=True)
        self.calls.start(task)
        return task

    def _exported(self, path: Path) -> None:
        self.export_task = None
        self._idle()
        self.export_button.setEnabled(True)
        self.written = path
        self.folder = path.parent
        link = f'<a href="open">{escape(self.tr("Open"))}</a>'
        self.status_label.setText(
            escape(self.tr("Comparison written: %1").replace("%1", str(path))) + f" — {link}"
        )

    def _export_failed(self, message: str) -> None:
        cancelled = self.export_task is not None and self.export_task.token.cancelled
        self.export_task = None
        self._idle()
        self.export_button.setEnabled(True)
        text = (
            self.tr("Export cancelled.")
            if cancelled
            else self.tr("The comparison could not be written: %1").replace("%1", message)
        )
        self.status_label.setText(escape(text))

    def _open_written(self) -> None:
        if self.written is not None:
            open_local(self.written)

    # Progress

    def _busy(self, task: Task, text: str, *, cancellable: bool) -> None:
        self.status_label.setText(escape(text))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)

        def progressed(progress: Progress) -> None:
            self.progress.setRange(0, max(progress.total, 0))
            self.progress.setValue(progress.done)
            detail = progress_text(progress)
            if self.cancel_button.isEnabled() or not cancellable:
                self.status_label.setText(escape(f"{text} {detail}" if detail else text))

        task.progressed.connect(progressed)
        task.ended.connect(self._idle)

    def _idle(self, _task: Task | None = None) -> None:
        if self.compare_task is None and self.export_task is None:
            self.progress.hide()
            self.cancel_button.hide()

    def cancel(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(escape(self.tr("Cancelling…")))

    @property
    def busy(self) -> bool:
        return self.compare_task is not None or self.export_task is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)


def safe_name(text: str) -> str:
    return file_name(text) if text else "comparison"


def format_of(path: Path) -> Format | None:
    suffix = path.suffix.lower().lstrip(".")
    return {"pdf": Format.PDF, "docx": Format.DOCX, "html": Format.HTML, "htm": Format.HTML}.get(
        suffix
    )
