"""The library panel: the documents, filtered by text, kind and tag, sorted by title or date,
and grouped by kind or legislature under headers that count them. The versions of a text
show as one lineage: the newest on top, the older ones below it, each with its label.

The list is read in the background (reading every document takes ~0.2 s at 10,000
pages) and shown when it arrives; `listed` says so."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import fields
from reviewer.core.changes import Changes
from reviewer.core.kinds import library_order
from reviewer.core.records import Document, Tag
from reviewer.gui.context import PanelContext
from reviewer.gui.i18n import in_interface_language
from reviewer.gui.kinds import kind_label
from reviewer.gui.panels.lineage import lineages, version_name
from reviewer.gui.reads import Reads
from reviewer.gui.worker import Calls
from reviewer.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole
COMBO_CHARACTERS = 10  # the filters' boxes show this many characters at least
SORT_TITLE, SORT_DATE = 0, 1
GROUP_NONE, GROUP_KIND, GROUP_LEGISLATURE = "", "kind", "legislature"
KIND_WIDTH = 96


def legislature_of(document: Document) -> str:
    return str(document.metadata.get("legislature") or "")


def legislature_order(legislature: str) -> tuple[bool, int, str]:
    """The latest legislature first; documents that state none last."""
    number = -int(legislature) if legislature.isdigit() else 0
    return (not legislature, number, legislature)


def group(
    documents: Sequence[Document], key: Callable[[Document], str], order: Callable[[str], Any]
) -> list[tuple[str, list[Document]]]:
    """The documents by key, groups in the given order, documents in theirs."""
    groups: dict[str, list[Document]] = {}
    for document in documents:
        groups.setdefault(key(document), []).append(document)
    return sorted(groups.items(), key=lambda entry: order(entry[0]))


@dataclass(frozen=True)
class Listing:
    """What the panel lists, as read in the background."""

    documents: list[Document]
    tag_names: list[str]  # the tags in use
    with_tag: set[int] | None  # the documents having the filter tag; None: no tag filter


def read_listing(library: Library, tag: str | None) -> Listing:
    tagged = None if tag is None else {a.document_id for a in library.annotations(tag=tag)}
    return Listing(library.documents(), [t.name for t in library.tags() if t.count], tagged)


def only_counted(before: Document | None, after: Document | None) -> bool:
    """Whether a document changed only in its number of annotations (its row stays put)."""
    if before is None or after is None:
        return False
    same = replace(before, annotation_count=after.annotation_count)
    return same == after and before.metadata == after.metadata  # metadata is not compared


def dropped_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class LibraryPanel(QWidget):
    documentActivated = Signal(int)
    removeRequested = Signal(int)
    propertiesRequested = Signal(int)
    newVersionRequested = Signal(int)
    versionLabelRequested = Signal(int)
    compareRequested = Signal(int)
    unlinkRequested = Signal(int)
    filesDroppedOn = Signal(int, list)  # a document, the files dropped on it
    filesDropped = Signal(list)  # files dropped beside the documents
    listed = Signal()  # the documents read last are shown

    def __init__(self, calls: Calls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.calls = calls
        self.reads = Reads(calls, self)
        self._library = calls.library  # whose documents are listed
        self._documents: list[Document] = []
        self._with_tag: set[int] | None = None  # documents having the filter tag
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.tag_box = QComboBox()
        self.sort_box = QComboBox()
        self.sort_box.addItems(["", ""])
        self.group_box = QComboBox()
        for mode in (GROUP_NONE, GROUP_KIND, GROUP_LEGISLATURE):
            self.group_box.addItem("", mode)
        self.kind_box.addItem("", None)
        self.tag_box.addItem("", None)
        for box in (self.kind_box, self.tag_box, self.sort_box, self.group_box):
            # Long kinds and tags elide: the panel must stay narrow enough for 1280 × 720.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(COMBO_CHARACTERS)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        # Ctrl- and Shift-clicks gather documents for an export; a plain click opens one.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, KIND_WIDTH)  # Long kinds elide; the title matters more.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAcceptDrops(True)
        self.tree.viewport().installEventFilter(self)  # A PDF dropped on a document: a version?
        self.remove_button = QPushButton()
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.filter_edit, 0, 0, 1, 2)
        filters.addWidget(self.kind_box, 1, 0)
        filters.addWidget(self.tag_box, 1, 1)
        filters.addWidget(self.sort_box, 2, 0)
        filters.addWidget(self.group_box, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.remove_button)

    def reset_filters(self) -> None:
        """No filter: for another library, whose kinds, tags and titles are not these."""
        self.filter_edit.clear()
        self.kind_box.setCurrentIndex(0)
        self.tag_box.setCurrentIndex(0)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._show)
        self.kind_box.currentIndexChanged.connect(self._show)
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.sort_box.currentIndexChanged.connect(self._show)
        self.group_box.currentIndexChanged.connect(self._show)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(self._click)
        self.tree.itemActivated.connect(self._activate)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.remove_button.clicked.connect(self._request_removal)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by title…"))
        title, kind = (in_interface_language(fields.BY_KEY[key].label) for key in ("title", "kind"))
        self.tree.setHeaderLabels([title, kind, self.tr("Notes")])
        self.tree.headerItem().setToolTip(2, self.tr("Number of annotations"))
        self.sort_box.setItemText(SORT_TITLE, self.tr("Sort by title"))
        self.sort_box.setItemText(SORT_DATE, self.tr("Sort by date added"))
        self.group_box.setItemText(0, self.tr("No groups"))
        self.group_box.setItemText(1, self.tr("Group by kind"))
        self.group_box.setItemText(2, self.tr("Group by legislature"))
        self.remove_button.setText(self.tr("Remove from Library…"))
        self.kind_box.setItemText(0, self.tr("All kinds"))
        self.tag_box.setItemText(0, self.tr("All tags"))
        # Kind names and version labels are in the rows and the kind filter too.
        self._fill_box(self.kind_box, self.tr("All kinds"), self._kinds(), kind_label)
        self._show()

    # Data

    def refresh(self) -> None:
        """Read the documents again, in the background; they are shown when they arrive."""
        if self._library is not self.calls.library:  # Another library's cannot be opened here.
            self._library, self._documents = self.calls.library, []
            self._show()
        read = partial(read_listing, tag=self.tag_box.currentData())
        self.reads.ask("listing", read, self._listed)

    def _listed(self, listing: Listing) -> None:
        self._documents, self._with_tag = listing.documents, listing.with_tag
        self._fill_box(self.kind_box, self.tr("All kinds"), self._kinds(), kind_label)
        self._fill_box(self.tag_box, self.tr("All tags"), listing.tag_names)
        if self.tag_box.currentData() is None:
            self._with_tag = None  # The filter's tag is no longer in use.
        self._show()
        self.listed.emit()

    def apply_changes(self, changes: Changes, read: Callable[[int], Document | None]) -> None:
        """Read again only what changed: the list when documents came or went, else the
        changed rows (`read` gives a document as stored now, None if removed); the tag
        filter when its tag changed."""
        if changes.document_list:
            self.refresh()
            return
        fresh = {document_id: read(document_id) for document_id in changes.documents}
        before = {document.id: document for document in self._documents}
        if fresh:
            self._documents = [
                fresh[d.id] or d if d.id in fresh else d
                for d in self._documents
                if d.id not in fresh or fresh[d.id] is not None
            ]
            self._fill_box(self.kind_box, self.tr("All kinds"), self._kinds(), kind_label)
        chosen = self.tag_box.currentData()
        if chosen is not None and chosen.casefold() in {t.casefold() for t in changes.tags}:
            self.refresh()  # which documents have the filter's tag: read in the background
        elif all(only_counted(before.get(i), document) for i, document in fresh.items()):
            self._show_counts(document for document in fresh.values() if document is not None)
        else:
            self._show()

    def _show_counts(self, documents: Iterable[Document]) -> None:
        """New numbers of annotations, in the rows that show them (the list stays as it is)."""
        counts = {document.id: document.annotation_count for document in documents}
        for item in self._items():
            document_id = item.data(0, ID_ROLE)
            if document_id in counts:
                item.setText(2, str(counts[document_id]))

    def set_tags(self, tags: Sequence[Tag]) -> None:
        """The tags to filter by: those some annotation carries (the context reads them)."""
        self._fill_box(self.tag_box, self.tr("All tags"), [tag.name for tag in tags if tag.count])
        if self.tag_box.currentData() is None and self._with_tag is not None:
            self._with_tag = None  # The filter's tag is no longer in use.
            self._show()

    def _kinds(self) -> list[str]:
        return sorted({document.kind for document in self._documents}, key=library_order)

    def _fill_box(
        self,
        box: QComboBox,
        everything: str,
        values: list[str],
        label: Callable[[str], str] = str,
    ) -> None:
        """Replace the choices, keeping the chosen one if it still exists."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value in values:
            box.addItem(label(value), value)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.blockSignals(False)

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
        # Silently: each row taken out would move the current row and say so, which costs
        # a second for a few thousand documents. The buttons are updated below.
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.blockSignals(False)
        documents = self.visible_documents()
        order = {document.id: place for place, document in enumerate(documents)}
        found = sorted(lineages(documents), key=lambda lineage: order[lineage[0].id])
        by_head = {lineage[0].id: lineage for lineage in found}
        heads = [lineage[0] for lineage in found]
        grouped = self.group_box.currentData() != GROUP_NONE
        self.tree.setRootIsDecorated(grouped or any(len(lineage) > 1 for lineage in found))
        self.tree.setColumnHidden(1, self.group_box.currentData() == GROUP_KIND)  # in the headers
        if grouped:
            for title, members in self.groups(heads):
                header = self._header(title, len(members))
                header.addChildren([self._lineage_item(by_head[d.id]) for d in members])
        else:
            self.tree.addTopLevelItems([self._lineage_item(by_head[d.id]) for d in heads])
        self._expand()
        if selected is not None:
            self.select_document(selected)
        self._update_buttons()

    def _expand(self) -> None:
        """Open the rows that have some below them, and only those: a tree holding thousands
        of expanded rows (expandAll) takes a third of a second to clear."""
        for item in self._items():
            if item.childCount():
                item.setExpanded(True)

    def groups(self, documents: Sequence[Document]) -> list[tuple[str, list[Document]]]:
        """(header title, documents) in the grouping chosen."""
        if self.group_box.currentData() == GROUP_KIND:
            return [
                (kind_label(kind), members)
                for kind, members in group(documents, lambda d: d.kind, library_order)
            ]
        return [
            (self._legislature_title(legislature), members)
            for legislature, members in group(documents, legislature_of, legislature_order)
        ]

    def _legislature_title(self, legislature: str) -> str:
        if not legislature:
            return self.tr("No legislature stated")
        return self.tr("Legislature %1").replace("%1", legislature)

    def _header(self, title: str, count: int) -> QTreeWidgetItem:
        header = QTreeWidgetItem([f"{title} ({count})"])
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # A header, not a document to select.
        header.setToolTip(0, self.tr("%n document(s)", "", count))
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        self.tree.addTopLevelItem(header)
        header.setFirstColumnSpanned(True)
        return header

    def _lineage_item(self, lineage: Sequence[Document]) -> QTreeWidgetItem:
        """The newest version, the older ones below it (a document alone: just its row)."""
        head = self._item(lineage[0], lineage)
        head.addChildren([self._item(document, lineage) for document in lineage[1:]])
        return head

    def _item(self, document: Document, lineage: Sequence[Document] = ()) -> QTreeWidgetItem:
        kind = kind_label(document.kind)
        title = document.title
        if len(lineage) > 1:
            name = version_name(document, lineage)
            if document.id == lineage[0].id:  # The label first: a long title is elided.
                title = f"{name} — {document.title}"
            else:  # Below the newest: its title is most often the same.
                same = document.title == lineage[0].title
                title = name if same else f"{name} — {document.title}"
        item = QTreeWidgetItem([title, kind, str(document.annotation_count)])
        item.setData(0, ID_ROLE, document.id)
        description = self._describe(document)
        if len(lineage) > 1:
            where = self.tr("Version “%1”, %2 of %3 (newest first)")
            where = where.replace("%1", version_name(document, lineage))
            position = [d.id for d in lineage].index(document.id) + 1
            description += "\n" + where.replace("%2", str(position)).replace(
                "%3", str(len(lineage))
            )
        for column in range(3):
            item.setToolTip(column, description)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def headers(self) -> list[str]:
        """The group headers shown (none without grouping)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item.data(0, ID_ROLE) is None]

    def _describe(self, document: Document) -> str:
        pages = self.tr("%n page(s)", "", document.page_count)
        kind = kind_label(document.kind)
        lines = [document.title, kind, pages, document.source or document.file_path]
        if not document.has_text:
            lines.append(self.tr("No text layer: scanned pages cannot be highlighted."))
        return "\n".join(line for line in lines if line)

    def _items(self) -> Iterator[QTreeWidgetItem]:
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            yield iterator.value()
            iterator += 1

    def select_document(self, document_id: int) -> None:
        """Mark a document as the open one, without emitting documentActivated (nor undoing
        a selection gathered for an export that holds it)."""
        for item in self._items():
            if item.data(0, ID_ROLE) == document_id:
                if item.isSelected():
                    self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                else:
                    self.tree.setCurrentItem(item)
                return

    def current_document_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def selected_document_ids(self) -> list[int]:
        """The documents selected in the list, in the list's order (headers left out)."""
        return [
            item.data(0, ID_ROLE)
            for item in self._items()
            if item.isSelected() and item.data(0, ID_ROLE) is not None
        ]

    def _click(self, item: QTreeWidgetItem) -> None:
        """A plain click opens the document; Ctrl or Shift only adds it to the selection."""
        gathering = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not QApplication.keyboardModifiers() & gathering:
            self._activate(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ID_ROLE) is not None:
            self.documentActivated.emit(item.data(0, ID_ROLE))

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        document_id = item.data(0, ID_ROLE) if item is not None else None
        if document_id is None:
            return
        self.context_menu(document_id).popup(self.tree.viewport().mapToGlobal(position))

    def context_menu(self, document_id: int) -> QMenu:
        """The commands on one document."""
        document = next((d for d in self._documents if d.id == document_id), None)
        linked = document is not None and document.version_of is not None
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.documentActivated.emit(document_id))
        menu.addAction(self.tr("Properties…"), lambda: self.propertiesRequested.emit(document_id))
        menu.addSeparator()
        menu.addAction(
            self.tr("Import as New Version of This…"),
            lambda: self.newVersionRequested.emit(document_id),
        )
        menu.addAction(
            self.tr("Set Version Label…"), lambda: self.versionLabelRequested.emit(document_id)
        )
        compare = menu.addAction(
            self.tr("Compare with Previous Version"),
            lambda: self.compareRequested.emit(document_id),
        )
        unlink = menu.addAction(
            self.tr("Unlink Version"), lambda: self.unlinkRequested.emit(document_id)
        )
        compare.setEnabled(linked)
        unlink.setEnabled(linked)
        menu.addSeparator()
        menu.addAction(
            self.tr("Remove from Library…"), lambda: self.removeRequested.emit(document_id)
        )
        return menu

    # Dropping files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dragged over the list: on a document, they may be a new version of it."""
        if watched is self.tree.viewport() and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            if not isinstance(event, QDropEvent) or not dropped_paths(event.mimeData()):
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                item = self.tree.itemAt(event.position().toPoint())
                self.drop_files(dropped_paths(event.mimeData()), item and item.data(0, ID_ROLE))
            return True
        return super().eventFilter(watched, event)

    def drop_files(self, paths: Sequence[Path], document_id: int | None) -> None:
        if document_id is None:
            self.filesDropped.emit(list(paths))
        else:
            self.filesDroppedOn.emit(document_id, list(paths))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_document_id() is not None)

    def _request_removal(self) -> None:
        document_id = self.current_document_id()
        if document_id is not None:
            self.removeRequested.emit(document_id)


def attach(context: PanelContext) -> LibraryPanel:
    """The library panel, wired to the context: its requests, and the changes it shows."""
    panel = LibraryPanel(context.calls)
    panel.documentActivated.connect(context.open_document)
    panel.removeRequested.connect(context.removeRequested)
    panel.propertiesRequested.connect(context.propertiesRequested)
    panel.filesDropped.connect(context.import_paths)
    panel.filesDroppedOn.connect(context.filesDroppedOn)
    for name, request in (
        ("new_version", panel.newVersionRequested),
        ("version_label", panel.versionLabelRequested),
        ("compare", panel.compareRequested),
        ("unlink", panel.unlinkRequested),
    ):
        request.connect(partial(context.documentCommand.emit, name))
    context.listed_documents = lambda: [document.id for document in panel.visible_documents()]
    context.selected_documents = panel.selected_document_ids
    context.changed.connect(lambda changes: panel.apply_changes(changes, context.document_record))
    context.tagsChanged.connect(panel.set_tags)

    def select_open() -> None:
        if context.document is not None:
            panel.select_document(context.document.id)

    context.documentChanged.connect(select_open)
    panel.listed.connect(select_open)  # The list may arrive after the document opened.
    return panel
