"""Help > Keyboard Shortcuts: every shortcut of the action registry, grouped by menu.

Built from the window's live actions, so it shows what is bound now, in the current
language (with the tags behind the number keys), and never drifts from the registry.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.gui.actions import ActionSet, Menus


def keys_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in action.shortcuts())


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    """The menu's commands, its submenus' included, in menu order."""
    for action in menu.actions():
        submenu = action.menu()
        if submenu is not None:
            yield from menu_actions(submenu)
        elif not action.isSeparator():
            yield action


def shortcut_groups(actions: ActionSet, menus: Menus) -> list[tuple[str, list[QAction]]]:
    """(menu title, the registry's actions with shortcuts in it); actions in no menu last."""
    registry = {action.objectName(): action for action in actions.actions.values()}
    placed: set[str] = set()
    groups = []
    for menu in menus.menus.values():
        found = [a for a in menu_actions(menu) if a.objectName() in registry and a.shortcuts()]
        placed.update(action.objectName() for action in found)
        if found:
            groups.append((menu.title().replace("&", ""), found))
    others = [a for name, a in registry.items() if name not in placed and a.shortcuts()]
    if others:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Other"), others))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, actions: ActionSet, menus: Menus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(520, 620)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by command or key"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self._fill(shortcut_groups(actions, menus))
        self.filter_edit.textChanged.connect(self.filter)

    def _fill(self, groups: list[tuple[str, list[QAction]]]) -> None:
        for title, actions in groups:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for action in actions:
                QTreeWidgetItem(group, [action.text().replace("&", ""), keys_text(action)])
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str]]:
        """(command, keys) of every visible row, for tests and for the filter."""
        return [
            (group.child(i).text(0), group.child(i).text(1))
            for group in self._groups()
            for i in range(group.childCount())
            if not group.child(i).isHidden()
        ]

    def _groups(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for group in self._groups():
            shown = 0
            for i in range(group.childCount()):
                row = group.child(i)
                match = wanted in f"{row.text(0)} {row.text(1)}".casefold()
                row.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
