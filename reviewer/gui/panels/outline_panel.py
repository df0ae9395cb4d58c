"""The outline: the divisions and articles of the open document, to jump to their page.

The sections are the library's (`Library.structure`); the panel only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reviewer.gui.context import PanelContext

if TYPE_CHECKING:
    from reviewer.core.structure import Section

PAGE_ROLE = Qt.ItemDataRole.UserRole
# Units inside an article would drown the outline (a bill has thousands of alinéas).
HIDDEN_KINDS = frozenset({"paragraphe", "alinéa", "marge"})


def heading_text(section: Section) -> str:
    return f"{section.label} — {section.title}" if section.title else section.label


class OutlinePanel(QWidget):
    pageActivated = Signal(int)

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
        self.retranslate()
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No headings found in this document."))

    def clear(self) -> None:
        """No document: nothing to show, nothing to apologise for."""
        self.tree.clear()
        self.tree.show()
        self.empty.hide()

    def show_sections(self, sections: Sequence[Section]) -> None:
        self.tree.clear()
        for section in sections:
            self._add(section, self.tree.invisibleRootItem())
        self.tree.expandToDepth(1)
        shown = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(shown)
        self.empty.setVisible(not shown)

    def _add(self, section: Section, parent: QTreeWidgetItem) -> None:
        if section.kind in HIDDEN_KINDS:
            return
        item = QTreeWidgetItem([heading_text(section)])
        item.setData(0, PAGE_ROLE, section.page)
        page = self.tr("Page %1").replace("%1", str(section.page))
        item.setToolTip(0, f"{heading_text(section)}\n{page}")
        parent.addChild(item)
        for child in section.children:
            self._add(child, item)

    def headings(self) -> list[str]:
        """The headings shown, depth first."""
        titles: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            for index in range(item.childCount()):
                titles.append(item.child(index).text(0))
                walk(item.child(index))

        walk(self.tree.invisibleRootItem())
        return titles

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.pageActivated.emit(item.data(0, PAGE_ROLE))


def attach(context: PanelContext) -> OutlinePanel:
    """The outline of the open document; a heading clicked shows its page. The sections
    come from the window's background read of the structure (long bills take a while)."""
    panel = OutlinePanel()
    panel.pageActivated.connect(context.pageRequested)
    context.documentChanged.connect(lambda _document: panel.clear())
    return panel
