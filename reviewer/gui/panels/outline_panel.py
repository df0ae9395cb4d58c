"""The outline: the file's own bookmarks when it has some, and the divisions and articles
detected in its text, to jump to a heading; the unit being read is highlighted.

The sections are the library's (`Library.structure`, read by the window); the bookmarks
(`Library.bookmarks`) are read here, in the background. The panel only shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
        self._targets: list[QTreeWidgetItem] = []  # the items that lead somewhere, in order
        self._places: dict[int, float] = {}  # a section's heading y, by id(section)
        self._place: tuple[int, float] = (0, 0.0)  # the last place read
        # Where a section's heading is, when the panel is in a window (tests may leave it).
        self.locate: Callable[[Section], PageRect | None] | None = None
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
        self._groups, self._targets, self._places = [], [], {}
        self._place = (0, 0.0)
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
        if self._groups:  # No structure found (a scan, a novel): the bookmarks alone.
            self._groups[1].setHidden(structure.childCount() == 0)
        self.tree.expandToDepth(1 if not self._groups else 0)
        for group in self._groups:
            group.setExpanded(True)
        self._targets = [i for i in self._items() if i.data(0, TARGET_ROLE) is not None]
        self._places = {}
        self.follow(*self._place)
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

    def follow(self, page: int, y: float = 0.0) -> None:
        """Highlight the unit being read: the last heading of the structure (or, without
        one, of the bookmarks) that begins before the place read (a page, a y on it)."""
        structure = self._groups[1] if self._groups else None
        items = [item for item in self._targets if structure is None or _inside(item, structure)]
        items = items or self._targets
        self._place = (page, y)
        before = [(item.data(0, PAGE_ROLE), 0.0, i, item) for i, item in enumerate(items)]
        before = [found for found in before if found[0] < page]
        # Only the headings of this page are located (the words of one page: quick).
        here = [
            (page, self._heading_y(item), i, item)
            for i, item in enumerate(items)
            if item.data(0, PAGE_ROLE) == page
        ]
        reached = before + [found for found in here if found[1] <= y]
        # Bookmarks need not be in page order: the nearest before, the last of its place.
        current = max(reached, key=lambda found: found[:3])[3] if reached else None
        if current is not self.tree.currentItem():
            self.tree.setCurrentItem(current)
            if current is not None:
                self.tree.scrollToItem(current)

    def _heading_y(self, item: QTreeWidgetItem) -> float:
        """Where on its page a heading is (points from the top); 0 when not known."""
        target = item.data(0, TARGET_ROLE)
        if hasattr(target, "level"):
            return target.y or 0.0
        if id(target) not in self._places:
            place = self.locate(target) if self.locate else None
            self._places[id(target)] = place.rect.y0 if place else 0.0
        return self._places[id(target)]

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
    panel.locate = partial(_section_place, context)
    context.placeShown.connect(panel.follow)

    def document_changed(document: object) -> None:
        panel.clear()
        reads.drop()
        if document is not None:
            read = partial(Library.bookmarks, document_id=document.id)  # type: ignore[attr-defined]
            reads.ask("bookmarks", read, panel.show_bookmarks)

    context.documentChanged.connect(document_changed)
    return panel


def _section_place(context: PanelContext, section: Section) -> PageRect | None:
    document = context.document
    return context.calls.call(Library.section_place, document.id, section) if document else None


def _show_section(context: PanelContext, section: Section) -> None:
    """Land on the heading itself, not the top of its page."""
    place = _section_place(context, section)
    if place is not None:
        context.placeRequested.emit(place)
    else:
        context.pageRequested.emit(section.page)
