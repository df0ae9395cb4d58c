"""Editing one annotation in place: its colour, tags and multi-line note.

A note is saved when the editor loses focus, on Ctrl+Return, or before another
annotation is shown; tags are saved on Return or when their line loses focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.colors import PALETTE
from reviewer.core.records import Annotation
from reviewer.gui.actions import COLOR_NAMES, color_icon, translate
from reviewer.gui.panels.tag_entry import format_tags, parse_tags, tag_line_edit
from reviewer.gui.undo import Edits


def is_ctrl_return(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


class AnnotationEditor(QWidget):
    deleteRequested = Signal(str)

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.annotation: Annotation | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.color_buttons = {
            name: self._color_button(name, color) for name, color in PALETTE.items()
        }
        self.tags_label = QLabel()
        self.tags_edit, self.completer = tag_line_edit()
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)  # A tab typed in a note would be exported.
        self.note_edit.installEventFilter(self)
        self.delete_button = QPushButton()
        self.tags_edit.editingFinished.connect(self.commit_tags)
        self.delete_button.clicked.connect(self._request_delete)
        self._lay_out()
        self.retranslate()
        self.show_annotation(None)

    def _color_button(self, name: str, color: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(color_icon(color, 14))
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self._recolor(color))
        button.setObjectName(f"color_{name}")
        return button

    def _lay_out(self) -> None:
        colors = QHBoxLayout()
        colors.setSpacing(0)
        for button in self.color_buttons.values():
            colors.addWidget(button)
        colors.addStretch(1)
        colors.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(colors)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tags_label.setText(self.tr("Tags (comma-separated):"))
        self.tags_edit.setPlaceholderText(self.tr("Type a tag, Return to apply"))
        self.note_label.setText(self.tr("Note (saved when you leave the box, or Ctrl+Return):"))
        self.note_edit.setPlaceholderText(self.tr("Write a note…"))
        self.delete_button.setText(self.tr("Delete"))
        for name, button in self.color_buttons.items():
            button.setToolTip(translate(COLOR_NAMES[name]))
            button.setAccessibleName(button.toolTip())  # The button shows only the colour.
        self._show_heading()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        if watched is self.note_edit and is_ctrl_return(event):
            self.commit_note()
            return True  # Return alone still starts a new line.
        return super().eventFilter(watched, event)

    # Showing

    def set_tag_names(self, names: Sequence[str]) -> None:
        self.completer.set_names(names)

    def show_annotation(self, annotation: Annotation | None) -> None:
        """Show an annotation (or nothing); a pending edit of the previous one is saved first.

        Showing the same annotation again (after an undo, say) keeps what is being typed
        in a box, but only where the user has typed something not yet saved.
        """
        previous = self.annotation
        same = annotation is not None and previous is not None and annotation.id == previous.id
        if not same:
            self.commit_note()
            self.commit_tags()
        typing_note = same and self.note_edit.toPlainText() != previous.note
        typing_tags = same and parse_tags(self.tags_edit.text()) != list(previous.tags)
        self.annotation = annotation
        self.setEnabled(annotation is not None)
        self._show_heading()
        if annotation is None:
            self.tags_edit.clear()
            self.note_edit.clear()
            return
        if not typing_tags:
            self.tags_edit.setText(format_tags(annotation.tags))
        if not typing_note:
            self.note_edit.setPlainText(annotation.note)
        for button in self.color_buttons.values():
            button.setVisible(annotation.target == "passage")

    def _show_heading(self) -> None:
        annotation = self.annotation
        if annotation is None:
            self.heading.setText(self.tr("Select a highlight to edit its note and tags."))
        elif annotation.target == "document":
            self.heading.setText(self.tr("Note on the document"))
        elif annotation.target == "page":
            self.heading.setText(self.tr("Note on page %1").replace("%1", str(annotation.page)))
        else:
            quote = (
                annotation.quote if len(annotation.quote) < 160 else annotation.quote[:157] + "…"
            )
            page = self.tr("Page %1").replace("%1", str(annotation.page))
            self.heading.setText(f"{page} — « {quote} »")

    # Saving

    def commit_note(self) -> None:
        annotation = self.annotation
        if annotation is not None and self.note_edit.toPlainText() != annotation.note:
            self.annotation = self.edits.set_note(annotation.id, self.note_edit.toPlainText())
            self.annotation = self.annotation or annotation

    def commit_tags(self) -> None:
        if self.annotation is None:
            return
        annotation = self.annotation
        tags = parse_tags(self.tags_edit.text())
        if {t.casefold() for t in tags} != {t.casefold() for t in annotation.tags}:
            self.annotation = self.edits.set_tags(annotation.id, tags) or annotation

    def _recolor(self, color: str) -> None:
        annotation = self.annotation
        if annotation is not None:
            self.annotation = self.edits.recolor(annotation.id, color) or annotation

    def _request_delete(self) -> None:
        if self.annotation is not None:
            self.deleteRequested.emit(self.annotation.id)
