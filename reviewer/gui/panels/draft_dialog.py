"""Draft an amendment on the passage selected in the reader: Document > Draft an Amendment….

The dialog opens on the address the library finds for the selection (article, alinéa,
words and their occurrence); the drafter picks the operation, types the new wording, and
sees the dispositif in the chamber's style, the warnings and the article as it would read
if adopted, with its word diff. The preview is computed on the reading thread, a moment
after the last keystroke, and a stale answer is dropped: typing never waits for it.
Saving stores a « projet d'amendement » document (undoable when it is a new draft); the
saved draft exports as the command line exports it (`Library.export_draft`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QStandardItemModel, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.drafting import (
    NEEDS_WORDING,
    OPERATIONS,
    DiffSegment,
    Draft,
    DraftAddress,
    SavedDraft,
)
from reviewer.core.records import Document
from reviewer.core.settings import names
from reviewer.gui.context import PanelContext
from reviewer.gui.worker import Task
from reviewer.library import Library, load_settings, signatory_names

CONTEXT = "DraftDialog"
SEPARATOR = "; "  # between the signatories' names
PREVIEW_DELAY_MS = 100  # after the last keystroke: a preview per pause, not per key
OPERATION_LABELS = {
    "delete-article": QT_TRANSLATE_NOOP("DraftDialog", "Delete the article"),
    "delete-words": QT_TRANSLATE_NOOP("DraftDialog", "Delete the words"),
    "replace-words": QT_TRANSLATE_NOOP("DraftDialog", "Replace the words"),
    "insert-words": QT_TRANSLATE_NOOP("DraftDialog", "Insert words before or after the words"),
    "complete": QT_TRANSLATE_NOOP("DraftDialog", "Complete the alinéa"),
    "rewrite-alinea": QT_TRANSLATE_NOOP("DraftDialog", "Rewrite the alinéa"),
    "insert-alinea": QT_TRANSLATE_NOOP("DraftDialog", "Insert alinéas after the alinéa"),
    "delete-alinea": QT_TRANSLATE_NOOP("DraftDialog", "Delete the alinéa"),
    "additional-article": QT_TRANSLATE_NOOP("DraftDialog", "Additional article"),
    "rewrite-article": QT_TRANSLATE_NOOP("DraftDialog", "Rewrite the article"),
    "restore-article": QT_TRANSLATE_NOOP("DraftDialog", "Restore the article"),
}
STYLE_LABELS = {"an": "Assemblée nationale", "senat": "Sénat"}  # names, not translated
# Where the new words or the additional article go, for the operations that ask.
POSITIONED = ("insert-words", "additional-article")
DIFF_STYLE = {
    "-": "color:#a50e0e;background:#fce8e6;text-decoration:line-through",
    "+": "color:#0d652d;background:#e6f4ea;text-decoration:underline",
}
WARNING_STYLE = "color:#b3261e"
FIRST_CHANGE = "change"  # the anchor the preview scrolls to
# The exports of a saved draft: format, button text, file filter (None: to the clipboard).
EXPORTS = (
    ("docx", QT_TRANSLATE_NOOP("DraftDialog", "Word…"), "Word (*.docx)"),
    ("pdf", QT_TRANSLATE_NOOP("DraftDialog", "PDF…"), "PDF (*.pdf)"),
    ("txt", QT_TRANSLATE_NOOP("DraftDialog", "Text…"), "Text (*.txt)"),
    ("fields", QT_TRANSLATE_NOOP("DraftDialog", "Copy the Fields"), None),
)


def diff_html(segments: Sequence[DiffSegment]) -> str:
    """The word diff as HTML: deletions struck out in red, insertions underlined in green;
    the first change is marked (`FIRST_CHANGE`) so that the preview can scroll to it."""
    parts, marked, previous = [], False, "="
    for segment in segments:
        text = html.escape(segment.text).replace("\n", "<br>")
        style = DIFF_STYLE.get(segment.kind)
        if style and not marked:
            parts.append(f'<a name="{FIRST_CHANGE}"></a>')
            marked = True
        if (previous, segment.kind) == ("-", "+"):
            parts.append("\u2009")  # a thin space: "des" struck out, then "un", not "desun"
        previous = segment.kind
        parts.append(f'<span style="{style}">{text}</span>' if style else text)
    return "".join(parts)


def likeliest(address: DraftAddress) -> str:
    """The operation a drafter most often makes on such a place: replace selected words,
    rewrite the alinéa, rewrite the article."""
    likely = ("replace-words", "rewrite-alinea", "rewrite-article")
    return next((op for op in likely if address.allows(op)), "rewrite-article")


def open_draft(
    context: PanelContext,
    document: Document,
    spans: Sequence[object],
    place: tuple[int, float] | None,
    parent: QWidget,
) -> DraftDialog | None:
    """The dialog on the selection (or, with none, the place being read); None, and a
    message, when that is not in an article."""
    address = context.calls.call(Library.draft_address, document.id, spans, place=place)
    templates = context.calls.call(Library.gage_templates)
    if address is None or templates is None:
        return None
    if not address.article:
        context.show_error(
            QCoreApplication.translate(
                CONTEXT, "Select words in an article of a bill, or scroll to one, then draft."
            )
        )
        return None
    dialog = DraftDialog(context, document, address, templates, parent)
    dialog.show()
    return dialog


class SaveDraft(QUndoCommand):
    """A new draft saved: undo removes its document, redo brings it back."""

    def __init__(self, text: str, context: PanelContext, document_id: int) -> None:
        super().__init__(text)
        self.context = context
        self.document_id = document_id
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self.context.calls.act(Library.restore_document, self.document_id)
        self._pushed = True

    def undo(self) -> None:
        self.context.calls.act(Library.remove_document, self.document_id)


class DraftDialog(QDialog):
    """The amendment being drafted on one place of a bill, with its live preview."""

    previewed = Signal(object)  # the Draft shown (or None: no preview, the reason shown)
    saved = Signal(object)  # the SavedDraft stored

    def __init__(
        self,
        context: PanelContext,
        bill: Document,
        address: DraftAddress,
        templates: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.context = context
        self.bill = bill
        self.library = context.library  # the bill's: another library opened closes the dialog
        self.address = address
        self.templates = templates
        self.draft: Draft | None = None
        self.saved_draft: SavedDraft | None = None
        self._asked = 0  # the preview asked last; older answers are dropped
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self._fill(address)
        self.retranslate()
        self._connect()
        self.resize(1100, 720)
        self.refresh()

    # Building

    def _build(self) -> None:
        self.place_label = QLabel()
        self.place_label.setWordWrap(True)
        self.article_edit = QLineEdit()
        self.alinea_box = QSpinBox(minimum=0, maximum=999)
        self.words_edit = QLineEdit()
        self.occurrence_box = QSpinBox(minimum=0, maximum=99)
        self.op_box = QComboBox()
        self.position_box = QComboBox()
        self.new_edit = QPlainTextEdit()
        self.new_edit.setTabChangesFocus(True)
        self.style_box = QComboBox()
        self.gage_box = QComboBox()
        self.expose_edit = QPlainTextEdit()
        self.expose_edit.setTabChangesFocus(True)
        self.signatories_edit = QLineEdit()
        self.form = QFormLayout()
        for widget in (
            self.article_edit, self.alinea_box, self.words_edit, self.occurrence_box,
            self.op_box, self.position_box, self.new_edit, self.style_box, self.gage_box,
            self.expose_edit, self.signatories_edit,
        ):  # fmt: skip
            label = QLabel()
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.place_label)
        column.addLayout(self.form)
        self.warnings_view = QTextBrowser()
        self.warnings_view.setObjectName("draftWarnings")
        self.warnings_view.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_view.setMaximumHeight(80)
        self.dispositif_title = QLabel()
        self.dispositif_view = QPlainTextEdit(readOnly=True)
        self.dispositif_view.setMaximumHeight(180)
        self.preview_title = QLabel()
        self.preview = QTextBrowser()
        right = QWidget()
        shown = QVBoxLayout(right)
        for widget in (self.dispositif_title, self.dispositif_view, self.warnings_view):
            shown.addWidget(widget)
        shown.addWidget(self.preview_title)
        shown.addWidget(self.preview, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([460, 640])
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.export_buttons = {fmt: QPushButton() for fmt, _text, _filter in EXPORTS}
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        self.exports_label = QLabel()
        buttons.addWidget(self.exports_label)
        for button in self.export_buttons.values():
            button.setEnabled(False)  # a draft exports once saved
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _fill(self, address: DraftAddress) -> None:
        self.article_edit.setText(address.article)
        self.alinea_box.setValue(address.alinea or 0)
        self.words_edit.setText(address.words)
        self.occurrence_box.setValue(address.occurrence or 0)
        for op in OPERATIONS:
            self.op_box.addItem("", op)
        self.position_box.addItem("", "after")
        self.position_box.addItem("", "before")
        for style, label in STYLE_LABELS.items():
            self.style_box.addItem(label, style)
        self.style_box.setCurrentIndex(self.style_box.findData(address.style))
        self.signatories_edit.setText(SEPARATOR.join(signatory_names(load_settings())))
        self.gage_box.addItem("", "")
        for name, wording in sorted(self.templates.items()):
            self.gage_box.addItem(name, name)
            tip = Qt.ItemDataRole.ToolTipRole
            self.gage_box.setItemData(self.gage_box.count() - 1, wording, tip)
        self.op_box.setCurrentIndex(self.op_box.findData(likeliest(address)))
        self._enable_operations()
        self._show_fields()

    def _connect(self) -> None:
        for edit in (self.article_edit, self.words_edit):
            edit.textChanged.connect(self._address_changed)
        self.alinea_box.valueChanged.connect(self._address_changed)
        for box in (self.op_box, self.position_box, self.style_box, self.gage_box):
            box.currentIndexChanged.connect(self._op_changed)
        self.occurrence_box.valueChanged.connect(self.schedule)
        self.new_edit.textChanged.connect(self.schedule)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, chosen=fmt: self.export(chosen))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Draft an Amendment — %1").replace("%1", self.bill.title))
        labels = (
            self.tr("Article:"), self.tr("Alinéa:"), self.tr("Words:"), self.tr("Occurrence:"),
            self.tr("Operation:"), self.tr("Where:"), self.tr("New wording:"),
            self.tr("Style:"), self.tr("Gage:"), self.tr("Exposé sommaire:"),
            self.tr("Signed by:"),
        )  # fmt: skip
        for row, text in enumerate(labels):
            self._label(row).setText(text)
        self._expose_label()
        self.alinea_box.setSpecialValueText(self.tr("none"))
        self.occurrence_box.setSpecialValueText(self.tr("the only one"))
        for index in range(self.op_box.count()):
            label = OPERATION_LABELS[self.op_box.itemData(index)]
            self.op_box.setItemText(index, QCoreApplication.translate(CONTEXT, label))
        self.position_box.setItemText(0, self.tr("after"))
        self.position_box.setItemText(1, self.tr("before"))
        self.gage_box.setItemText(0, self.tr("no gage"))
        self.new_edit.setPlaceholderText(self.tr("Several alinéas: one a line"))
        self.signatories_edit.setToolTip(
            self.tr("Separate the names with “;”. By default, the signatories of your settings.")
        )
        self.dispositif_title.setText(self.tr("Dispositif"))
        self.preview_title.setText(self.tr("The article if adopted"))
        self.save_button.setText(self.tr("&Save the Draft"))
        self.exports_label.setText(self.tr("Export:"))
        for fmt, text, _filter in EXPORTS:
            self.export_buttons[fmt].setText(QCoreApplication.translate(CONTEXT, text))
        self.close_button.setText(self.tr("Close"))
        self._show_place()

    def _expose_label(self) -> None:
        """ "Exposé sommaire" at the Assemblée, "Objet" at the Sénat."""
        senat = self.style_box.currentData() == "senat"
        self._label(9).setText(self.tr("Objet:") if senat else self.tr("Exposé sommaire:"))

    def _label(self, row: int) -> QLabel:
        label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        assert isinstance(label, QLabel)
        return label

    # What the drafter chose

    def _current(self) -> DraftAddress:
        """The address as the fields now say it."""
        return replace(
            self.address,
            article=self.article_edit.text().strip(),
            alinea=self.alinea_box.value() or None,
            words=" ".join(self.words_edit.text().split()),
        )

    def _show_place(self) -> None:
        """ "Article 2, alinéa 3 — « des chapitres III et IV » (2nd of 3 occurrences)"."""
        address = self._current()
        parts = [address.article or self.tr("no article")]
        if address.alinea:
            parts.append(self.tr("alinéa %1 of %2").replace("%1", str(address.alinea))
                         .replace("%2", str(address.alineas)))  # fmt: skip
        text = ", ".join(parts)
        if address.words:
            text += f" — « {address.words} »"
        if self.address.count > 1 and address.words == self.address.words:
            text += " " + self.tr("(occurrence %1 of %2)").replace(
                "%1", str(self.occurrence_box.value() or "?")
            ).replace("%2", str(self.address.count))
        self.place_label.setText(f"<b>{html.escape(text)}</b>")

    def _enable_operations(self) -> None:
        """Only the operations that make sense for the address are offered; when the one
        chosen no longer does, the likeliest that does is chosen instead."""
        address = self._current()
        model = self.op_box.model()
        assert isinstance(model, QStandardItemModel)
        for index in range(self.op_box.count()):
            item = model.item(index)
            item.setEnabled(address.allows(self.op_box.itemData(index)))
        if not address.allows(self.op()):
            self.op_box.setCurrentIndex(self.op_box.findData(likeliest(address)))

    def _address_changed(self) -> None:
        self._enable_operations()
        self._show_place()
        self.schedule()

    def _op_changed(self) -> None:
        self._show_fields()
        self._expose_label()
        self.schedule()

    def _show_fields(self) -> None:
        op = self.op()
        scope = OPERATIONS[op]
        self.form.setRowVisible(self.position_box, op in POSITIONED)
        self.form.setRowVisible(self.new_edit, op in NEEDS_WORDING)
        self.form.setRowVisible(self.words_edit, scope == "words")
        self.form.setRowVisible(self.occurrence_box, scope == "words")
        self.form.setRowVisible(self.alinea_box, scope != "article" or op == "insert-alinea")

    def op(self) -> str:
        return str(self.op_box.currentData() or "rewrite-article")

    def request(self) -> dict[str, object]:
        """The drafting request the fields make, as `Library.draft` takes it."""
        op, address = self.op(), self._current()
        scope = OPERATIONS[op]
        position = str(self.position_box.currentData())
        request: dict[str, object] = {
            "article": address.article,
            "op": op,
            "new": self.new_edit.toPlainText().strip() if op in NEEDS_WORDING else "",
            "style": str(self.style_box.currentData()),
            "gage": str(self.gage_box.currentData()),
        }
        if scope != "article" or op == "insert-alinea":
            request["alinea"] = address.alinea
        if scope == "words":
            request["occurrence"] = self.occurrence_box.value() or None
            if op == "insert-words":
                request[position] = address.words
            else:
                request["old"] = address.words
        if op == "additional-article":
            request["position"] = position
        return request

    def _elsewhere(self) -> bool:
        """Whether the window went to another library (the bill is not in it): then close."""
        if self.context.library is self.library:
            return False
        self.close()
        return True

    # The preview

    def schedule(self) -> None:
        """Preview again once the typing pauses."""
        self._timer.start()

    def refresh(self) -> None:
        """Ask the library for the draft and its preview, on the reading thread."""
        self._timer.stop()
        if self._elsewhere():
            return
        self._asked += 1
        asked, request = self._asked, self.request()
        if request["op"] in NEEDS_WORDING and not request["new"]:
            self._show(None, self.tr("Type the new wording: the preview follows."))
            return
        bill_id = self.bill.id
        task = Task(lambda library, _progress, _cancel: library.draft(bill_id, **request))
        # `ended` comes on the GUI thread (finished and failed on the worker's).
        task.ended.connect(lambda ended: self._answered(asked, ended))
        self.context.calls.read(task)

    def _answered(self, asked: int, task: Task) -> None:
        if asked == self._asked:  # else an older answer: the fields have changed since
            self._show(task.result if task.error is None else None, task.error or "")

    def _show(self, draft: Draft | None, message: str) -> None:
        self.draft = draft
        if draft is None:
            self.dispositif_view.setPlainText("")
            self.warnings_view.setHtml(html.escape(message))
            self.preview.setHtml("")
        else:
            self.dispositif_view.setPlainText(f"{draft.heading}\n\n{draft.dispositif}")
            self.warnings_view.setHtml(
                "<br>".join(
                    f'<span style="{WARNING_STYLE}">⚠ {html.escape(warning)}</span>'
                    for warning in draft.warnings
                )
            )
            if draft.diff:
                self.preview.setHtml(diff_html(draft.diff))
                self.preview.scrollToAnchor(FIRST_CHANGE)  # a long article: show the change
            elif draft.after:
                self.preview.setPlainText(draft.after)
            else:
                self.preview.setHtml(f"<i>{html.escape(self._no_preview(draft))}</i>")
        self.save_button.setEnabled(draft is not None)
        self.previewed.emit(draft)

    def _no_preview(self, draft: Draft) -> str:
        if self.op() == "delete-article":
            return self.tr("The article is deleted.")
        return self.tr("No preview: see the warnings.") if draft.warnings else ""

    # Saving and exporting

    def save(self) -> Task | None:
        """Store the draft (in the background) as a « projet d'amendement » document."""
        if self.draft is None or self._elsewhere():
            return None
        request = {
            **self.request(),
            "expose": self.expose_edit.toPlainText().strip(),
            "signatories": list(names(self.signatories_edit.text())),
        }
        bill_id = self.bill.id
        known = {draft.id for draft in self.context.calls.call(Library.drafts, bill_id) or []}

        def work(library: Library, _progress: object, _cancel: object) -> SavedDraft:
            return library.save_draft(bill_id, **request)

        task = Task(work)
        task.ended.connect(lambda ended: ended.error is None and self._saved(ended.result, known))
        self.save_button.setEnabled(False)
        task.ended.connect(lambda _ended: self.save_button.setEnabled(self.draft is not None))
        return self.context.run(task, self.tr("Saving the draft amendment…"))

    def _saved(self, saved: SavedDraft, known: set[int]) -> None:
        self.saved_draft = saved
        if saved.id not in known:  # an update of an earlier draft is not undone here
            self.context.undo_stack.push(
                SaveDraft(self.tr("Save draft amendment"), self.context, saved.id)
            )
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.context.tell(self.tr("Draft amendment saved: %1").replace("%1", saved.heading), 8000)
        self.saved.emit(saved)

    def export(self, fmt: str, path: Path | None = None) -> bytes | None:
        """The saved draft as Word, PDF or text (to a file chosen), or its fields copied."""
        if self.saved_draft is None or self._elsewhere():
            return None
        filters = {chosen: pattern for chosen, _text, pattern in EXPORTS}
        if filters[fmt] is not None and path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the Draft"), f"amendement.{fmt}", filters[fmt]
            )
            if not name:
                return None
            path = Path(name)
        data = self.context.calls.call(Library.export_draft, self.saved_draft.id, fmt, path)
        if data is not None and fmt == "fields":
            QGuiApplication.clipboard().setText(data.decode())
            copied = self.tr("The fields are copied: paste them in the filing tool.")
            self.context.tell(copied, 8000)
        return data
