"""Result and error boxes that do not stop the user: one at a time, work goes on behind."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class LastMessage:
    """The message box a controller shows last; a new one closes the previous one."""

    def __init__(self, parent: QWidget, name: str) -> None:
        self.parent = parent
        self.name = name  # the box's object name, for tests and style sheets
        self.box: QMessageBox | None = None

    def tell(
        self,
        icon: QMessageBox.Icon,
        headline: str,
        informative: str = "",
        detail: str = "",
        *,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Close,
    ) -> QMessageBox:
        if self.box is not None:
            self.box.close()
        box = QMessageBox(icon, "reviewer", headline, buttons, self.parent)
        box.setObjectName(self.name)
        box.setInformativeText(informative)
        if detail:
            box.setDetailedText(detail)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(partial(self._forget, box))
        self.box = box
        return box

    def _forget(self, box: QMessageBox, _result: int) -> None:
        if self.box is box:
            self.box = None
