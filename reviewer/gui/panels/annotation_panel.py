"""The annotation panel: the open document's annotations in reading order, and an editor.

Each highlight says where it falls in the text ("Art. 7, al. 3"), as the library
locates it; a location is asked once per annotation, since each request reads the
document's pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.changes import Changes
from reviewer.core.colors import PALETTE
from reviewer.core.records import Annotation, CarryStatus
from reviewer.gui.actions import COLOR_NAMES, color_icon, fill_tags, is_menu_key, translate
from reviewer.gui.context import PanelContext
from reviewer.gui.panels.annotation_editor import AnnotationEditor
from reviewer.gui.undo import Edits
from reviewer.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole
QUOTE_CHARS = 220
SPLITTER_KEY = "window/annotationSplitter"
ROWS_READ_ONE_BY_ONE = 3  # more changed rows than this: read the document's list at once


def reading_order(annotations: Sequence[Annotation]) -> list[Annotation]:
    """Notes on the whole document first, then by place in the text (page notes head their page)."""
    return sorted(
        annotations,
        key=lambda a: (a.target != "document", a.anchor.position.start, a.target == "passage"),
    )


def by_date(annotations: Sequence[Annotation]) -> list[Annotation]:
    """The newest first."""
    return sorted(annotations, key=lambda a: a.created, reverse=True)


def by_tag(annotations: Sequence[Annotation]) -> list[Annotation]:
    """By first tag, alphabetically; untagged ones last; in reading order within a tag."""
    ordered = reading_order(annotations)
    return sorted(ordered, key=lambda a: (not a.tags, a.tags[0].casefold() if a.tags else ""))


def by_color(annotations: Sequence[Annotation]) -> list[Annotation]:
    """In the palette's order, then in reading order."""
    rank = {color: index for index, color in enumerate(PALETTE.values())}
    ordered = reading_order(annotations)
    return sorted(ordered, key=lambda a: rank.get(a.color, len(rank)))


# The orders of the sort box: (key, label, order).
ORDERS: tuple[tuple[str, str, Callable[[Sequence[Annotation]], list[Annotation]]], ...] = (
    ("page", QT_TRANSLATE_NOOP("AnnotationPanel", "In page order"), reading_order),
    ("date", QT_TRANSLATE_NOOP("AnnotationPanel", "Newest first"), by_date),
    ("tag", QT_TRANSLATE_NOOP("AnnotationPanel", "By tag"), by_tag),
    ("color", QT_TRANSLATE_NOOP("AnnotationPanel", "By colour"), by_color),
)


def cite(quote: str, where: str | None, first_page: int, last_page: int | None = None) -> str:
    """« the quote » (Art. 7, al. 3, p. 9): a quote to paste in a memo, with where it falls
    in the text when that is known, and always its page (or pages)."""
    pages = str(first_page)
    if last_page is not None and last_page != first_page:
        pages = f"{first_page}-{last_page}"
    page = QCoreApplication.translate("AnnotationPanel", "p. %1").replace("%1", pages)
    return f"« {' '.join(quote.split())} » ({', '.join([*([where] if where else []), page])})"


def orphaned(annotation: Annotation) -> bool:
    """Carried from a previous version whose passage is gone from this one."""
    return annotation.carry is not None and annotation.carry.status is CarryStatus.ORPHANED


class AnnotationPanel(QWidget):
    annotationActivated = Signal(str)
    annotationsChanged = Signal()  # the list held changed (the page's marks follow it)

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.edits = edits
        self.document_id: int | None = None
        self._annotations: list[Annotation] = []
        self._locations: dict[tuple[str, int], str | None] = {}
        self._located = False  # Until then, a location would detect the structure here.
        self._tag_names: list[str] = []  # the tag palette's, for the menu
        self.tag_box = QComboBox()
        self.tag_box.addItem("", None)
        self.color_box = QComboBox()
        self.color_box.addItem("", None)
        self.sort_box = QComboBox()
        for key, _label, _order in ORDERS:
            self.sort_box.addItem("", key)
        for color in PALETTE.values():
            self.color_box.addItem(color_icon(color), "", color)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(12, 12))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.editor = AnnotationEditor(edits)
        self._lay_out()
        self.tag_box.currentIndexChanged.connect(self._show)
        self.color_box.currentIndexChanged.connect(self._show)
        self.sort_box.currentIndexChanged.connect(self._show)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.installEventFilter(self)
        self.retranslate()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.color_box, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.sort_box)  # On its own row: the dock stays narrow.
        top_layout.addWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("annotationSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tag_box.setItemText(0, self.tr("All tags"))
        self.color_box.setItemText(0, self.tr("All colours"))
        for index, name in enumerate(PALETTE, start=1):
            self.color_box.setItemText(index, translate(COLOR_NAMES[name]))
        for index, (_key, label, _order) in enumerate(ORDERS):
            self.sort_box.setItemText(index, QCoreApplication.translate("AnnotationPanel", label))
        self._show()

    # Data

    def show_document(self, document_id: int | None) -> None:
        self.document_id = document_id
        self._locations.clear()
        self._located = False
        self.refresh()

    def locate(self) -> None:
        """The document's structure is known now (read in the background): where the
        annotations fall can be asked without waiting; show it."""
        self._located = True
        self._locations.clear()
        self._shown_again()

    def refresh(self) -> None:
        if self.document_id is None:
            self._annotations = []
        else:
            calls = self.edits.calls
            self._annotations = calls.call(Library.annotations, document_id=self.document_id) or []
        self._shown_again()

    def apply_changes(
        self, changes: Changes, read: Callable[[Iterable[str]], list[Annotation]]
    ) -> None:
        """Read again only the rows that changed, or that carry a changed tag (a tag renamed
        or deleted); `read` gives annotations as stored now. New ones of this document join."""
        if self.document_id is None:
            return
        if changes.document_list:
            self.refresh()
            return
        tags = {tag.casefold() for tag in changes.tags}
        carrying = {a.id for a in self._annotations if tags & {t.casefold() for t in a.tags}}
        ids = changes.annotations | carrying
        if not ids:
            return
        if len(ids) > ROWS_READ_ONE_BY_ONE:
            self.refresh()
            return
        fresh = {a.id: a for a in read(ids) if a.document_id == self.document_id}
        kept = [a for a in self._annotations if a.id not in ids]
        added = [a for a in fresh.values() if a.deleted is None]
        self._annotations = reading_order([*kept, *added])
        self._shown_again(fresh.keys())

    def _shown_again(self, changed: Iterable[str] | None = None) -> None:
        """Show the list again: only the `changed` rows when the rows shown are the same."""
        self._annotations = reading_order(self._annotations)
        self._fill_tags()
        if changed is None or not self._show_rows(set(changed)):
            self._show()
        current = self.editor.annotation
        self.editor.show_annotation(self.annotation(current.id) if current else None)
        self.annotationsChanged.emit()

    def set_tag_names(self, names: Sequence[str]) -> None:
        self._tag_names = list(names)
        self.editor.set_tag_names(names)

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def annotation(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self._annotations if a.id == annotation_id), None)

    def _fill_tags(self) -> None:
        chosen = self.tag_box.currentData()
        names = sorted({tag for a in self._annotations for tag in a.tags}, key=str.casefold)
        self.tag_box.blockSignals(True)
        while self.tag_box.count() > 1:
            self.tag_box.removeItem(1)
        for name in names:
            self.tag_box.addItem(name, name)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(chosen)) if chosen else 0)
        self.tag_box.blockSignals(False)

    # Presentation

    def visible_annotations(self) -> list[Annotation]:
        tag = self.tag_box.currentData()
        color = self.color_box.currentData()
        shown = [
            a
            for a in self._annotations
            if (tag is None or tag.casefold() in {t.casefold() for t in a.tags})
            and (color is None or a.color == color)
        ]
        order = ORDERS[max(self.sort_box.currentIndex(), 0)][2]
        return order(shown)

    def _show(self) -> None:
        selected = self.selected_id()
        self.list.clear()
        for annotation in self.visible_annotations():
            item = QListWidgetItem()
            self._fill_item(item, annotation)
            self.list.addItem(item)
        if selected is not None:
            self.select(selected)

    def _show_rows(self, changed: set[str]) -> bool:
        """Refill the changed rows in place; False when rows came, went or moved."""
        visible = self.visible_annotations()
        items = [self.list.item(index) for index in range(self.list.count())]
        if [item.data(ID_ROLE) for item in items] != [a.id for a in visible]:
            return False
        for item, annotation in zip(items, visible, strict=True):
            if annotation.id in changed:
                self._fill_item(item, annotation)
        return True

    def _fill_item(self, item: QListWidgetItem, annotation: Annotation) -> None:
        item.setIcon(color_icon(annotation.color, 12))
        item.setText(self._describe(annotation))
        item.setData(ID_ROLE, annotation.id)
        item.setToolTip(self.tooltip(annotation))
        lost = orphaned(annotation)  # Not a live highlight: its passage is gone.
        font = item.font()
        font.setItalic(lost)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText() if lost else self.palette().text())

    def _describe(self, annotation: Annotation) -> str:
        if annotation.target == "document":
            first = self.tr("Note on the document")
        elif annotation.target == "page":
            first = self.tr("p. %1 · note on the page").replace("%1", str(annotation.page))
        else:
            quote = " ".join(annotation.quote.split())
            quote = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
            page = self.tr("p. %1").replace("%1", str(annotation.page))
            where = self.location(annotation)
            first = " · ".join([page, *([where] if where else []), f"« {quote} »"])
        lines = [first]
        if orphaned(annotation):
            lines.append(self.tr("⚠ Orphaned: its passage is gone from this version"))
        if annotation.tags:
            lines.append("  ".join(f"#{tag}" for tag in annotation.tags))
        if annotation.note:
            lines.append("✎ " + annotation.note.strip())
        return "\n".join(lines)

    def location(self, annotation: Annotation) -> str | None:
        """Where a highlight falls in the text's structure, e.g. "Art. 7, al. 3"."""
        if annotation.target != "passage" or not self._located:
            return None
        key = (annotation.id, annotation.anchor.position.start)
        if key not in self._locations:
            calls = self.edits.calls
            self._locations[key] = calls.call(Library.location, annotation, short=True)
        return self._locations[key]

    def tooltip(self, annotation: Annotation) -> str:
        """Where it falls, then its note (or its quote when it has none)."""
        where = self.location(annotation)
        text = annotation.note or annotation.quote
        return f"{where}\n{text}" if where else text

    def select(self, annotation_id: str | None) -> None:
        """Mark an annotation as the current one and edit it, without emitting a signal."""
        self.list.blockSignals(True)
        self.list.clearSelection()
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(ID_ROLE) == annotation_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
        self.list.blockSignals(False)
        found = self.annotation(annotation_id) if annotation_id else None
        self.editor.show_annotation(found)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def quote_with_reference(self, annotation: Annotation) -> str:
        """« the quote » (Art. 7, al. 3, p. 9), to paste in a memo."""
        return cite(annotation.quote, self.location(annotation), annotation.page)

    def menu_for(self, annotation: Annotation) -> QMenu:
        """Edit, recolour, tag, copy with its reference, delete: what one does to an
        annotation, in this list and on the page alike."""
        menu = QMenu(self)
        menu.addAction(self.tr("Edit Note"), lambda: self._edit_note(annotation.id))
        colors = menu.addMenu(self.tr("Colour"))
        for name, color in PALETTE.items():
            colors.addAction(
                color_icon(color),
                translate(COLOR_NAMES[name]),
                lambda chosen=color: self.edits.recolor(annotation.id, chosen),
            )
        colors.setEnabled(annotation.target == "passage")
        tags = menu.addMenu(self.tr("Tags"))
        toggle = partial(self.edits.toggle_tag, annotation.id)
        fill_tags(tags, self._tag_names, toggle, checked=annotation.tags)
        copy = menu.addAction(
            self.tr("Copy Quote with Reference"),
            lambda: QApplication.clipboard().setText(self.quote_with_reference(annotation)),
        )
        copy.setEnabled(bool(annotation.quote))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.editor.deleteRequested.emit(annotation.id))
        return menu

    def _context_menu(self, point: QPoint) -> None:
        item = self.list.itemAt(point)
        annotation = self.annotation(item.data(ID_ROLE)) if item is not None else None
        if annotation is not None:
            menu = self.menu_for(annotation)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu, once
            menu.popup(self.list.viewport().mapToGlobal(point))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+F10 or the Menu key in the list: the current annotation's menu, under its
        row (Qt would open it at the list's centre, on whichever row is there)."""
        if watched is self.list and isinstance(event, QKeyEvent) and is_menu_key(event):
            item = self.list.currentItem()
            if item is not None and item.isSelected():
                self._context_menu(self.list.visualItemRect(item).bottomLeft())
            return True
        return super().eventFilter(watched, event)

    def _edit_note(self, annotation_id: str) -> None:
        self.select(annotation_id)
        self.annotationActivated.emit(annotation_id)
        self.editor.note_edit.setFocus()

    def _activate(self, item: QListWidgetItem) -> None:
        annotation_id = item.data(ID_ROLE)
        self.editor.show_annotation(self.annotation(annotation_id))
        self.annotationActivated.emit(annotation_id)


def attach(context: PanelContext) -> AnnotationPanel:
    """The annotation panel, wired to the context: the open document's annotations, kept
    up to date row by row, and the current one."""
    panel = AnnotationPanel(context.edits)
    panel.annotationActivated.connect(context.reveal)
    panel.editor.deleteRequested.connect(
        lambda annotation_id: context.edits.delete([annotation_id])
    )
    context.changed.connect(lambda changes: panel.apply_changes(changes, context.annotations))
    context.documentChanged.connect(lambda document: panel.show_document(document and document.id))
    context.annotationSelected.connect(panel.select)
    context.tagsChanged.connect(lambda tags: panel.set_tag_names([tag.name for tag in tags]))
    context.leaving.connect(panel.editor.commit_note)
    context.leaving.connect(panel.editor.commit_tags)
    splitter = context.setting(SPLITTER_KEY)
    if isinstance(splitter, QByteArray):
        panel.splitter.restoreState(splitter)
    panel.splitter.splitterMoved.connect(
        lambda *_where: context.set_setting(SPLITTER_KEY, panel.splitter.saveState())
    )
    return panel
