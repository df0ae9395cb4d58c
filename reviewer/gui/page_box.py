"""The page box of the toolbar: the page being read, by its label when the PDF has labels.

A PDF's /PageLabels name its pages as printed ("i", "ii", then "1"): the box shows
"iii (5)" for the fifth page labelled iii, and takes a label, or a page number, typed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

_NUMBER_IN_BRACKETS = re.compile(r"\((\d+)\)\s*$")


class PageBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageBox")
        self.labels: tuple[str, ...] = ()

    def set_labels(self, labels: Sequence[str]) -> None:
        """The document's page labels, () for plain numbers."""
        self.labels = tuple(labels)
        self.setMinimumWidth(0)
        self.lineEdit().setText(self.textFromValue(self.value()) + self.suffix())
        self.updateGeometry()

    def label(self, page: int) -> str:
        found = self.labels[page - 1] if 1 <= page <= len(self.labels) else ""
        return found if found and found != str(page) else ""

    def textFromValue(self, value: int) -> str:
        label = self.label(value)
        return f"{label} ({value})" if label else str(value)

    def valueFromText(self, text: str) -> int:
        page = self._page(text)
        return page if page is not None else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.removesuffix(self.suffix()).strip()
        if self._page(typed) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def _page(self, text: str) -> int | None:
        text = text.removesuffix(self.suffix()).strip()
        bracketed = _NUMBER_IN_BRACKETS.search(text)
        if bracketed:
            text = bracketed.group(1)
        if text in self.labels:
            page = self.labels.index(text) + 1
        elif text.isdigit():
            page = int(text)
        else:
            return None
        return page if self.minimum() <= page <= self.maximum() else None
