"""Typing tags: a comma-separated line whose last name completes from the library's tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ","


def parse_tags(text: str) -> list[str]:
    return [name.strip() for name in text.split(SEPARATOR) if name.strip()]


def format_tags(names: Sequence[str]) -> str:
    return f"{SEPARATOR} ".join(names)


class TagCompleter(QCompleter):
    """Completes the name after the last comma and keeps the ones before it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_names(self, names: Sequence[str]) -> None:
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(names))

    def splitPath(self, path: str) -> list[str]:
        return [path.split(SEPARATOR)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = parse_tags(typed.rpartition(SEPARATOR)[0])
        return format_tags([*before, chosen])


def tag_line_edit(parent: QWidget | None = None) -> tuple[QLineEdit, TagCompleter]:
    edit = QLineEdit(parent)
    edit.setClearButtonEnabled(True)
    completer = TagCompleter(edit)
    edit.setCompleter(completer)
    return edit, completer
