"""Moving through the open document from the keyboard: Go To (Ctrl+G: a page, a page
label, "art 7"), the next and previous annotation, and the reading mode (F11: full screen,
the page alone)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QToolBar

from reviewer.gui.context import PanelContext
from reviewer.gui.view import DocumentView
from reviewer.library import Library


class Navigation(QObject):
    def __init__(self, window: QMainWindow, context: PanelContext, view: DocumentView) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.view = view
        self._before_reading: tuple[QByteArray, bool] | None = None

    def ask_go_to(self) -> None:
        if self.context.document is None:
            return
        wanted, chosen = QInputDialog.getText(
            self.window,
            self.tr("Go To"),
            self.tr('A page ("12", or its label "iv"), or a unit of the text ("art 7"):'),
        )
        if chosen:
            self.go_to(wanted)

    def go_to(self, wanted: str) -> bool:
        """Show what `wanted` names at the top of the view; say so when nothing is."""
        document = self.context.document
        if document is None:
            return False
        place = self.context.calls.call(Library.find_place, document.id, wanted)
        if place is None:
            self.context.tell(self.tr("Nothing called “%1” here.").replace("%1", wanted), 4000)
            return False
        self.view.show_place(place)
        self.view.setFocus()
        return True

    def step_annotation(self, step: int) -> None:
        if self.view.step_annotation(step) is None:
            last = (
                self.tr("No further annotation.") if step > 0 else self.tr("No earlier annotation.")
            )
            self.context.tell(last, 3000)

    def reading_mode(self) -> bool:
        return self._before_reading is not None

    def toggle_reading_mode(self) -> None:
        """Full screen with the page alone; again (or Escape in full screen) to come back."""
        window = self.window
        if self._before_reading is None:
            self._before_reading = (window.saveState(), window.isMaximized())
            for dock in window.findChildren(QDockWidget):
                dock.hide()
            for toolbar in window.findChildren(QToolBar):
                toolbar.hide()
            window.showFullScreen()
        else:
            state, maximized = self._before_reading
            self._before_reading = None
            window.restoreState(state)
            if maximized:
                window.showMaximized()
            else:
                window.showNormal()
        self.view.setFocus()
