"""The centre of the window when a document is open: the page view, its hits and the find bar."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from reviewer.gui.hits import Hits
from reviewer.gui.panels.find_bar import FindBar
from reviewer.gui.view import DocumentView
from reviewer.gui.worker import Calls


class Reader(QWidget):
    def __init__(self, calls: Calls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = DocumentView()
        self.view.setMinimumSize(320, 240)  # Panels give way before the page does.
        self.find_bar = FindBar()
        self.hits = Hits(calls, self.view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.find_bar.findRequested.connect(self.find)
        self.find_bar.closed.connect(self._find_closed)
        self.hits.searching.connect(self.find_bar.show_searching)
        self.hits.changed.connect(self._hits_changed)

    def open_find_bar(self) -> None:
        """Show the find bar, with the selected text (its first line) to find."""
        selected = self.view.selected_text().strip().splitlines()
        self.find_bar.open_bar(selected[0] if selected else "")

    def find(self, phrase: str) -> None:
        document = self.view.document()
        if document is not None:
            self.hits.find(document.id, phrase)

    def document_changed(self) -> None:
        """Marks belong to one document: those of the last one go. A phrase the open find
        bar holds is found again in this one (from the page being read), and counted."""
        self.hits.clear()
        phrase = self.find_bar.found
        self.find_bar.forget()
        if phrase and self.find_bar.isVisible() and self.view.document() is not None:
            self.find_bar.find(phrase)

    def _hits_changed(self) -> None:
        if self.hits.wraps and not self.hits.finding:  # The find bar's own hits.
            self.find_bar.show_position(*self.view.hit_position())
        elif not self.hits.wraps:  # A search result's hits replaced the bar's.
            self.find_bar.forget()

    def _find_closed(self) -> None:
        self.hits.clear()
        self.view.setFocus()
