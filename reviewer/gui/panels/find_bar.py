"""The find bar under the page: a phrase to find in the open document, and where we are.

Return finds (or, for the phrase already found, goes to the next occurrence);
Shift+Return goes back; Escape closes the bar and its marks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    findRequested = Signal(str)  # a phrase to find
    stepRequested = Signal(int)  # +1 next occurrence, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.found = ""  # the phrase whose occurrences are marked
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.previous_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.previous_button.setToolTip(self.tr("Previous occurrence (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next occurrence (F3)"))
        self.close_button.setToolTip(self.tr("Close the find bar (Escape)"))

    def open_bar(self, phrase: str = "") -> None:
        """Show the bar, with a phrase to find (the selected text) or the last one."""
        if phrase:
            self.edit.setText(phrase)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.forget()
        self.closed.emit()

    def forget(self) -> None:
        """The marks are no longer this bar's (another document, a search result)."""
        self.found = ""
        self.count.clear()

    def find(self, phrase: str) -> None:
        """Find a phrase, as Return in the bar does."""
        self.edit.setText(phrase)
        self._submit(1)

    def _submit(self, step: int) -> None:
        phrase = " ".join(self.edit.text().split())
        if phrase and phrase == self.found:
            self.stepRequested.emit(step)
        elif phrase:
            self.found = phrase
            self.findRequested.emit(phrase)

    def show_searching(self) -> None:
        self.count.setText(self.tr("Searching…"))

    def show_position(self, current: int, total: int) -> None:
        """“3 of 12”, or that the phrase does not occur."""
        if not self.found:
            self.count.clear()
        elif total == 0:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._submit(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
