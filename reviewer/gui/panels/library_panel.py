"""The library panel: the documents, filtered by text, kind and tag, sorted by title or date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.records import Document
from reviewer.gui.worker import Calls
from reviewer.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_TITLE, SORT_DATE = 0, 1
KIND_WIDTH = 96


class LibraryPanel(QWidget):
    documentActivated = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, calls: Calls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.calls = calls
        self._documents: list[Document] = []
        self._with_tag: set[int] | None = None  # documents having the filter tag
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.tag_box = QComboBox()
        self.sort_box = QComboBox()
        self.sort_box.addItems(["", ""])
        self.kind_box.addItem("", None)
        self.tag_box.addItem("", None)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, KIND_WIDTH)  # Long kinds elide; the title matters more.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton()
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.filter_edit, 0, 0, 1, 2)
        filters.addWidget(self.kind_box, 1, 0)
        filters.addWidget(self.tag_box, 1, 1)
        filters.addWidget(self.sort_box, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.remove_button)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._show)
        self.kind_box.currentIndexChanged.connect(self._show)
        self.tag_box.currentIndexChanged.connect(self._tag_filter_changed)
        self.sort_box.currentIndexChanged.connect(self._show)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.remove_button.clicked.connect(self._request_removal)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by title…"))
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Kind"), self.tr("Notes")])
        self.tree.headerItem().setToolTip(2, self.tr("Number of annotations"))
        self.sort_box.setItemText(SORT_TITLE, self.tr("Sort by title"))
        self.sort_box.setItemText(SORT_DATE, self.tr("Sort by date added"))
        self.remove_button.setText(self.tr("Remove from Library…"))
        self.kind_box.setItemText(0, self.tr("All kinds"))
        self.tag_box.setItemText(0, self.tr("All tags"))

    # Data

    def refresh(self) -> None:
        self._documents = self.calls.call(Library.documents) or []
        self._fill_box(self.kind_box, self.tr("All kinds"), self._kinds())
        self._fill_box(self.tag_box, self.tr("All tags"), self._tag_names())
        self._tag_filter_changed()

    def _kinds(self) -> list[str]:
        return sorted({document.kind for document in self._documents})

    def _tag_names(self) -> list[str]:
        return [tag.name for tag in self.calls.call(Library.tags) or [] if tag.count]

    def _fill_box(self, box: QComboBox, everything: str, values: list[str]) -> None:
        """Replace the choices, keeping the chosen one if it still exists."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.blockSignals(False)

    def _tag_filter_changed(self) -> None:
        tag = self.tag_box.currentData()
        if tag is None:
            self._with_tag = None
        else:
            annotations = self.calls.call(Library.annotations, tag=tag) or []
            self._with_tag = {annotation.document_id for annotation in annotations}
        self._show()

    # Presentation

    def visible_documents(self) -> list[Document]:
        words = self.filter_edit.text().casefold().split()
        kind = self.kind_box.currentData()
        shown = [
            document
            for document in self._documents
            if all(word in document.title.casefold() for word in words)
            and (kind is None or document.kind == kind)
            and (self._with_tag is None or document.id in self._with_tag)
        ]
        if self.sort_box.currentIndex() == SORT_DATE:
            return sorted(shown, key=lambda document: document.added, reverse=True)
        return sorted(shown, key=lambda document: document.title.casefold())

    def _show(self) -> None:
        selected = self.current_document_id()
        self.tree.clear()
        for document in self.visible_documents():
            item = QTreeWidgetItem([document.title, document.kind, str(document.annotation_count)])
            item.setData(0, ID_ROLE, document.id)
            for column in range(3):
                item.setToolTip(column, self._describe(document))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        if selected is not None:
            self.select_document(selected)
        self._update_buttons()

    def _describe(self, document: Document) -> str:
        pages = self.tr("%n page(s)", "", document.page_count)
        lines = [document.title, document.kind, pages, document.source or document.file_path]
        if not document.has_text:
            lines.append(self.tr("No text layer: scanned pages cannot be highlighted."))
        return "\n".join(line for line in lines if line)

    def select_document(self, document_id: int) -> None:
        """Mark a document as the open one, without emitting documentActivated."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, ID_ROLE) == document_id:
                self.tree.setCurrentItem(item)
                return

    def current_document_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.documentActivated.emit(item.data(0, ID_ROLE))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_document_id() is not None)

    def _request_removal(self) -> None:
        document_id = self.current_document_id()
        if document_id is not None:
            self.removeRequested.emit(document_id)
