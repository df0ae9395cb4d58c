"""The review list: annotations carried into a new version that the user has not checked yet.

Each says how it was found again (moved, changed, orphaned), where it falls now, and what
it quoted before and quotes now, the words that differ marked. The panel only presents:
Accept, Re-place with selection and Dismiss are requests the window carries out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.colors import DELETED_INK, INSERTED_INK, tint
from reviewer.core.records import Annotation, CarryStatus
from reviewer.gui.context import PanelContext
from reviewer.library import Library

CONTEXT = "CarryReview"
ID_ROLE = Qt.ItemDataRole.UserRole
QUOTE_CHARS = 160
STATUS_NAMES = {
    CarryStatus.EXACT: QT_TRANSLATE_NOOP("CarryReview", "exact"),
    CarryStatus.MOVED: QT_TRANSLATE_NOOP("CarryReview", "moved"),
    CarryStatus.CHANGED: QT_TRANSLATE_NOOP("CarryReview", "changed"),
    CarryStatus.ORPHANED: QT_TRANSLATE_NOOP("CarryReview", "orphaned"),
}
STATUS_COLORS = {
    CarryStatus.EXACT: "#2e7d32",
    CarryStatus.MOVED: "#1565c0",
    CarryStatus.CHANGED: "#e65100",
    CarryStatus.ORPHANED: "#b71c1c",
}
INSERTED_STYLE = (
    f"color: {INSERTED_INK}; background-color: {tint(INSERTED_INK, 0.14)}; "
    "text-decoration: underline;"
)
DELETED_STYLE = (
    f"color: {DELETED_INK}; background-color: {tint(DELETED_INK, 0.14)}; "
    "text-decoration: line-through;"
)
_WORDS = re.compile(r"\S+")


def status_name(status: CarryStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_NAMES[status])


def status_icon(status: CarryStatus, size: int = 14) -> QIcon:
    """A dot in the status's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLORS[status]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def one_line(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def quote_diff(old: str, new: str) -> tuple[str, str]:
    """Both quotes as HTML, the words only the old one has struck, those only the new has
    underlined (words compared as written, layout aside)."""
    old_words, new_words = _WORDS.findall(old), _WORDS.findall(new)
    old_html: list[str] = []
    new_html: list[str] = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for kind, i1, i2, j1, j2 in matcher.get_opcodes():
        before = escape(" ".join(old_words[i1:i2]))
        after = escape(" ".join(new_words[j1:j2]))
        if kind == "equal":
            old_html.append(before)
            new_html.append(after)
            continue
        if before:
            old_html.append(f'<span style="{DELETED_STYLE}">{before}</span>')
        if after:
            new_html.append(f'<span style="{INSERTED_STYLE}">{after}</span>')
    return " ".join(old_html), " ".join(new_html)


class CarryReviewPanel(QWidget):
    """The open document's carried annotations awaiting review, one selected at a time."""

    annotationActivated = Signal(str)
    acceptRequested = Signal(str)
    replaceRequested = Signal(str)
    dismissRequested = Signal(str)

    def __init__(
        self,
        locate: Callable[[Annotation], str | None] = lambda _annotation: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carryReviewPanel")
        self.locate = locate
        self.document_id: int | None = None
        self._annotations: list[Annotation] = []
        self._locations: dict[str, str | None] = {}
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("carryList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(14, 14))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.detail = QTextBrowser()
        self.detail.setObjectName("carryDetail")
        self.detail.setOpenLinks(False)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.accept_button = QPushButton()
        self.replace_button = QPushButton()
        self.dismiss_button = QPushButton()
        self._lay_out()
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.accept_button.clicked.connect(lambda: self._request(self.acceptRequested))
        self.replace_button.clicked.connect(lambda: self._request(self.replaceRequested))
        self.dismiss_button.clicked.connect(lambda: self._request(self.dismissRequested))
        self.retranslate()
        self._update_buttons()

    def _lay_out(self) -> None:
        buttons = QGridLayout()  # two rows: the panel stays as narrow as its neighbours
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.dismiss_button, 0, 1)
        buttons.addWidget(self.replace_button, 1, 0, 1, 2)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail, 1)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.hint_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("The annotation is in the right place"))
        self.replace_button.setText(self.tr("Re-place with Selection"))
        self.replace_button.setToolTip(
            self.tr("Put the annotation on the text selected in the page")
        )
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(
            self.tr("Remove it from this version; the previous version keeps its own")
        )
        self.hint_label.setText(
            self.tr("To re-place an annotation, select the right words in the page first.")
        )
        self._show()

    # Data

    def set_annotations(self, document_id: int | None, annotations: Sequence[Annotation]) -> None:
        """The carried annotations of the open document that await review."""
        if document_id != self.document_id:
            self._locations.clear()
        self.document_id = document_id
        self._annotations = sorted(
            (a for a in annotations if a.carry is not None),
            key=lambda a: (a.anchor.position.start, a.created),
        )
        self._show()

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def current_annotation(self) -> Annotation | None:
        item = self.list.currentItem()
        chosen = item.data(ID_ROLE) if item is not None else None
        return next((a for a in self._annotations if a.id == chosen), None)

    def select(self, annotation_id: str | None) -> None:
        """Make an annotation the current item, without emitting annotationActivated."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == annotation_id:
                self.list.setCurrentItem(item)
                return

    def location(self, annotation: Annotation) -> str | None:
        if annotation.id not in self._locations:
            self._locations[annotation.id] = self.locate(annotation)
        return self._locations[annotation.id]

    # Presentation

    def _show(self) -> None:
        current = self.current_annotation()
        chosen = current.id if current else None
        self.list.blockSignals(True)
        self.list.clear()
        for annotation in self._annotations:
            self.list.addItem(self._item(annotation))
        self.list.blockSignals(False)
        self._update_summary()
        if self._annotations:
            self.select(chosen)
            if self.list.currentItem() is None:
                self.list.setCurrentRow(0)
        self._show_detail()
        self._update_buttons()

    def _update_summary(self) -> None:
        if self.document_id is None:
            text = self.tr("Open a document to review the annotations carried into it.")
        elif not self._annotations:
            text = self.tr("Nothing to review: every annotation carried here has been checked.")
        else:
            text = self.tr(
                "%n carried annotation(s) to check: accept each, re-place it on the right "
                "words, or dismiss it.",
                "",
                len(self._annotations),
            )
        self.summary_label.setText(text)

    def _item(self, annotation: Annotation) -> QListWidgetItem:
        assert annotation.carry is not None
        status = annotation.carry.status
        where = self.location(annotation) or self.tr("Page %1").replace("%1", str(annotation.page))
        quote = annotation.quote or annotation.carry.previous_quote
        text = f"{status_name(status)} — {where}\n{one_line(quote, 90)}"
        item = QListWidgetItem(status_icon(status), text)
        item.setData(ID_ROLE, annotation.id)
        item.setToolTip(self._explanation(status))
        return item

    def _explanation(self, status: CarryStatus) -> str:
        return {
            CarryStatus.EXACT: self.tr("The same text, in the same article."),
            CarryStatus.MOVED: self.tr("The same text, found elsewhere in the new version."),
            CarryStatus.CHANGED: self.tr("The passage was amended: its words differ."),
            CarryStatus.ORPHANED: self.tr(
                "The passage is gone: the annotation is attached to its article."
            ),
        }[status]

    def _current_changed(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        annotation = self.current_annotation()
        self.detail.setHtml("" if annotation is None else self.detail_html(annotation))

    def detail_html(self, annotation: Annotation) -> str:
        assert annotation.carry is not None
        status = annotation.carry.status
        color = STATUS_COLORS[status]
        where = escape(self.location(annotation) or "")
        parts = [
            f'<p><b style="color: {color};">{escape(status_name(status).capitalize())}</b>'
            + (f" — {where}" if where else "")
            + "</p>",
            f'<p style="color: #555;">{escape(self._explanation(status))}</p>',
        ]
        previous, now = annotation.carry.previous_quote, annotation.quote
        if status is CarryStatus.CHANGED:
            before, after = quote_diff(previous, now)
            parts.append(self._quote(self.tr("Before:"), before))
            parts.append(self._quote(self.tr("Now:"), after))
        elif status is CarryStatus.ORPHANED:
            struck = f'<span style="{DELETED_STYLE}">{escape(one_line(previous, 2000))}</span>'
            parts.append(self._quote(self.tr("Before (gone from this version):"), struck))
        else:
            parts.append(self._quote(self.tr("Quote:"), escape(one_line(now, 2000))))
        if annotation.note:
            parts.append(self._quote(self.tr("Note:"), escape(annotation.note)))
        if annotation.tags:
            parts.append(self._quote(self.tr("Tags:"), escape(", ".join(annotation.tags))))
        return "".join(parts)

    @staticmethod
    def _quote(title: str, html: str) -> str:
        return f'<p style="margin-top: 6px;"><b>{escape(title)}</b><br>{html}</p>'

    def _update_buttons(self) -> None:
        annotation = self.current_annotation()
        for button in (self.accept_button, self.replace_button, self.dismiss_button):
            button.setEnabled(annotation is not None)

    def _activate(self, item: QListWidgetItem) -> None:
        self.annotationActivated.emit(item.data(ID_ROLE))

    def _request(self, signal: Signal) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            signal.emit(annotation.id)


def attach(context: PanelContext) -> CarryReviewPanel:
    """The review list; its decisions are carried out by the `Versions` controller."""
    panel = CarryReviewPanel(
        lambda annotation: context.calls.call(Library.location, annotation, short=True)
    )
    panel.annotationActivated.connect(context.reveal)
    return panel
