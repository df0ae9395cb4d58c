"""The outline: the file's own bookmarks when it has some, and the divisions and articles
detected in its text, to jump to a heading; the unit being read is highlighted.

The sections are the library's (`Library.structure`, read by the window); the bookmarks
(`Library.bookmarks`) are read here, in the background. The panel only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reviewer.core.records import PageRect, Rect
from reviewer.gui.context import PanelContext
from reviewer.gui.reads import Reads
from reviewer.library import Library

if TYPE_CHECKING:
    from reviewer.core.pages import Bookmark
    from reviewer.core.structure import Section

PAGE_ROLE = Qt.ItemDataRole.UserRole
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # the Section or Bookmark behind the item
# Units inside an article would drown the outline (a bill has thousands of alinéas).
HIDDEN_KINDS = frozenset({"paragraphe", "alinéa", "marge"})


def heading_text(section: Section) -> str:
    return f"{section.label} — {section.title}" if section.title else section.label


class OutlinePanel(QWidget):
    pageActivated = Signal(int)  # a heading without a known place: its page
    sectionActivated = Signal(object)  # a detected Section
    placeActivated = Signal(object)  # a PageRect: where a bookmark points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self._sections: tuple[Section, ...] = ()
        self._bookmarks: tuple[Bookmark, ...] = ()
        self._groups: list[QTreeWidgetItem] = []
        self.retranslate()
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No headings found in this document."))
        titles = (self.tr("Bookmarks of the file"), self.tr("Structure found in the text"))
        for group, title in zip(self._groups, titles, strict=False):
            group.setText(0, title)

    def clear(self) -> None:
        """No document: nothing to show, nothing to apologise for."""
        self._sections, self._bookmarks = (), ()
        self.tree.clear()
        self._groups = []
        self.tree.show()
        self.empty.hide()

    def show_sections(self, sections: Sequence[Section]) -> None:
        self._sections = tuple(sections)
        self._fill()

    def show_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        self._bookmarks = tuple(bookmarks)
        self._fill()

    def _fill(self) -> None:
        """The bookmarks, with the structure beside them; the structure alone without."""
        self.tree.clear()
        self._groups = []
        root = self.tree.invisibleRootItem()
        structure = root
        if self._bookmarks:
            self._groups = [QTreeWidgetItem(root), QTreeWidgetItem(root)]
            self._add_bookmarks(self._groups[0])
            structure = self._groups[1]
            self.retranslate()
        for section in self._sections:
            self._add(section, structure)
        self.tree.expandToDepth(1 if not self._groups else 0)
        for group in self._groups:
            group.setExpanded(True)
        shown = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(shown)
        self.empty.setVisible(not shown)

    def _add_bookmarks(self, group: QTreeWidgetItem) -> None:
        parents = [group]
        for bookmark in self._bookmarks:
            del parents[max(bookmark.level, 1) :]
            item = QTreeWidgetItem(parents[-1], [bookmark.title])
            self._target(item, bookmark.page, bookmark)
            parents.append(item)

    def _add(self, section: Section, parent: QTreeWidgetItem) -> None:
        if section.kind in HIDDEN_KINDS:
            return
        item = QTreeWidgetItem([heading_text(section)])
        self._target(item, section.page, section)
        parent.addChild(item)
        for child in section.children:
            self._add(child, item)

    def _target(self, item: QTreeWidgetItem, page: int, target: object) -> None:
        item.setData(0, PAGE_ROLE, page)
        item.setData(0, TARGET_ROLE, target)
        where = self.tr("Page %1").replace("%1", str(page))
        item.setToolTip(0, f"{item.text(0)}\n{where}")

    def headings(self) -> list[str]:
        """The headings shown, depth first."""
        return [item.text(0) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for index in range(item.childCount()):
                found.append(item.child(index))
                walk(item.child(index))

        walk(self.tree.invisibleRootItem())
        return found

    def follow(self, page: int) -> None:
        """Highlight the unit being read: the last heading of the structure (or, without
        one, of the bookmarks) that begins on or before the page. (By page: of two headings
        on the page, the later one.)"""
        items = [item for item in self._items() if item.data(0, PAGE_ROLE) is not None]
        structure = self._groups[1] if self._groups else None
        in_structure = [item for item in items if structure is None or _inside(item, structure)]
        candidates = in_structure or items
        reached = [
            (item.data(0, PAGE_ROLE), index, item)
            for index, item in enumerate(candidates)
            if item.data(0, PAGE_ROLE) <= page
        ]
        # Bookmarks need not be in page order: the nearest before, the last of its page.
        current = max(reached, key=lambda found: found[:2])[2] if reached else None
        self.tree.setCurrentItem(current)
        if current is not None:
            self.tree.scrollToItem(current)

    def current_heading(self) -> str:
        item = self.tree.currentItem()
        return item.text(0) if item is not None else ""

    def _activate(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if target is None:
            return
        if hasattr(target, "level"):  # A bookmark: where it points, or its page.
            if target.y is None:
                self.pageActivated.emit(target.page)
            else:
                self.placeActivated.emit(PageRect(target.page, Rect(0, target.y, 0, target.y)))
        else:
            self.sectionActivated.emit(target)


def _inside(item: QTreeWidgetItem, ancestor: QTreeWidgetItem) -> bool:
    parent = item.parent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent()
    return False


def attach(context: PanelContext) -> OutlinePanel:
    """The outline of the open document; a heading clicked shows it at the top of the view.
    The sections come from the window's background read of the structure (long bills take
    a while); the file's bookmarks from this panel's own."""
    panel = OutlinePanel()
    reads = Reads(context.calls, panel)
    panel.pageActivated.connect(context.pageRequested)
    panel.placeActivated.connect(context.placeRequested)
    panel.sectionActivated.connect(partial(_show_section, context))
    context.pageShown.connect(panel.follow)

    def document_changed(document: object) -> None:
        panel.clear()
        reads.drop()
        if document is not None:
            read = partial(Library.bookmarks, document_id=document.id)  # type: ignore[attr-defined]
            reads.ask("bookmarks", read, panel.show_bookmarks)

    context.documentChanged.connect(document_changed)
    return panel


def _show_section(context: PanelContext, section: Section) -> None:
    """Land on the heading itself, not the top of its page."""
    document = context.document
    place = context.calls.call(Library.section_place, document.id, section) if document else None
    if place is not None:
        context.placeRequested.emit(place)
    else:
        context.pageRequested.emit(section.page)
