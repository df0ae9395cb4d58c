"""The tag palette: the library's tags to apply, rename, recolour, merge and delete.

A new tag is made by applying a new name to a highlight, or with New Tag before
any highlight carries it. The first nine tags answer to keys 1-9.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.records import Tag
from reviewer.gui.actions import TAG_SLOTS, color_icon
from reviewer.gui.context import PanelContext
from reviewer.gui.panels.tag_entry import parse_tags, tag_line_edit
from reviewer.gui.undo import Edits
from reviewer.library import Library

NAME_ROLE = Qt.ItemDataRole.UserRole


class TagPalette(QWidget):
    tagRequested = Signal(str)  # apply (or take off) this tag on the current annotation

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPalette")
        self.edits = edits
        self.tags: list[Tag] = []
        self.entry, self.completer = tag_line_edit()
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setIconSize(QSize(12, 12))
        self.buttons = {
            name: QPushButton() for name in ("new", "apply", "rename", "recolor", "merge", "delete")
        }
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        for index, button in enumerate(self.buttons.values()):
            grid.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.entry)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)

    def _connect(self) -> None:
        self.entry.returnPressed.connect(self._apply_typed)
        self.list.itemDoubleClicked.connect(
            lambda item: self.tagRequested.emit(item.data(NAME_ROLE))
        )
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.buttons["new"].clicked.connect(self.ask_new)
        self.buttons["apply"].clicked.connect(self._apply_selected)
        self.buttons["rename"].clicked.connect(self.ask_rename)
        self.buttons["recolor"].clicked.connect(self.ask_recolor)
        self.buttons["merge"].clicked.connect(self.ask_merge)
        self.buttons["delete"].clicked.connect(self.delete_selected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.entry.setPlaceholderText(self.tr("Tag the highlight: type, Return"))
        self.entry.setToolTip(self.tr("A new name makes a new tag"))
        labels = {
            "new": self.tr("New Tag…"),
            "apply": self.tr("Apply"),
            "rename": self.tr("Rename…"),
            "recolor": self.tr("Colour…"),
            "merge": self.tr("Merge…"),
            "delete": self.tr("Delete"),
        }
        for name, text in labels.items():
            self.buttons[name].setText(text)
        self.list.setToolTip(self.tr("Double-click or press the tag's number to apply it"))

    # Data

    def refresh(self) -> None:
        self.show_tags(self.edits.calls.call(Library.tags) or [])

    def show_tags(self, tags: Sequence[Tag]) -> None:
        selected = set(self.selected_names())
        self.tags = list(tags)
        self.list.clear()
        for number, tag in enumerate(self.tags, start=1):
            key = f"{number}  " if number <= TAG_SLOTS else "    "
            item = QListWidgetItem(color_icon(tag.color, 12), f"{key}{tag.name}  ({tag.count})")
            item.setData(NAME_ROLE, tag.name)
            self.list.addItem(item)
            item.setSelected(tag.name in selected)
        names = [tag.name for tag in self.tags]
        self.completer.set_names(names)
        self._update_buttons()

    def names(self) -> list[str]:
        return [tag.name for tag in self.tags]

    def selected_names(self) -> list[str]:
        return [item.data(NAME_ROLE) for item in self.list.selectedItems()]

    def color_of(self, name: str) -> str | None:
        return next((tag.color for tag in self.tags if tag.name == name), None)

    # Applying

    def _apply_typed(self) -> None:
        for name in parse_tags(self.entry.text()):
            self.tagRequested.emit(name)
        self.entry.clear()

    def _apply_selected(self) -> None:
        for name in self.selected_names():
            self.tagRequested.emit(name)

    # Curating (the dialogs ask; the edits act and can be undone)

    def ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New Tag"), self.tr("Name of the new tag:"))
        if ok and name.strip():
            self.edits.create_tag(name.strip())

    def ask_rename(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        new_name, ok = QInputDialog.getText(
            self,
            self.tr("Rename Tag"),
            self.tr("New name for “%1”:").replace("%1", names[0]),
            QLineEdit.EchoMode.Normal,
            names[0],
        )
        if ok and new_name.strip() and new_name.strip() != names[0]:
            self.edits.rename_tag(names[0], new_name.strip())

    def ask_recolor(self) -> None:
        names = self.selected_names()
        if not names:
            return
        title = self.tr("Colour of “%1”").replace("%1", names[0])
        color = QColorDialog.getColor(QColor(self.color_of(names[0]) or "#9e9e9e"), self, title)
        if color.isValid():
            for name in names:
                self.edits.recolor_tag(name, color.name())

    def ask_merge(self) -> None:
        names = self.selected_names()
        if len(names) < 2:
            return
        into, ok = QInputDialog.getItem(
            self, self.tr("Merge Tags"), self.tr("Merge the selected tags into:"), names, 0, True
        )
        if ok and into.strip():
            self.edits.merge_tags([n for n in names if n != into.strip()], into.strip())

    def delete_selected(self) -> None:
        for name in self.selected_names():
            self.edits.delete_tag(name)

    def _update_buttons(self) -> None:
        count = len(self.selected_names())
        self.buttons["apply"].setEnabled(count > 0)
        self.buttons["rename"].setEnabled(count == 1)
        self.buttons["recolor"].setEnabled(count > 0)
        self.buttons["merge"].setEnabled(count > 1)
        self.buttons["delete"].setEnabled(count > 0)


def attach(context: PanelContext) -> TagPalette:
    """The tag palette, wired to the context: the library's tags as the context reads them."""
    palette = TagPalette(context.edits)
    palette.tagRequested.connect(context.tagRequested)
    context.tagsChanged.connect(palette.show_tags)
    return palette
