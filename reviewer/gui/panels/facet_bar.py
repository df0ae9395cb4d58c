"""Facets of the search results as rows of chips: “Kind: Amendment (2)  Written question (3)”.

A chip is checked when its filter is in the query; clicking it adds or removes
the filter (the search panel then runs the query again).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from reviewer.core.fields import Value
from reviewer.gui.facets import Facet, FacetValue, has_filter
from reviewer.gui.flow_layout import FlowLayout
from reviewer.gui.i18n import in_interface_language
from reviewer.gui.kinds import kind_label

LABEL_CHARS = 36  # Longer values are cut short on their chip (whole in its tooltip).
CHIP_STYLE = """
QToolButton#facetChip {
    border: 1px solid palette(mid); border-radius: 9px; padding: 0px 6px;
    background: palette(base);
}
QToolButton#facetChip:hover { border-color: palette(highlight); }
QToolButton#facetChip:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


class FacetBar(QWidget):
    filterToggled = Signal(str)  # the query term to add, or to remove when it is there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetBar")
        self.setStyleSheet(CHIP_STYLE)
        self._facets: list[Facet] = []
        self._query = ""
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(3)
        self._layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_facets(self._facets, self._query)
        super().changeEvent(event)

    def show_facets(self, facets: Sequence[Facet], query: str) -> None:
        self._facets, self._query = list(facets), query
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = [self._row(facet) for facet in self._facets]
        for index, row in enumerate(self._rows):
            self._layout.insertWidget(index, row)

    def chips(self) -> list[QToolButton]:
        return [chip for row in self._rows for chip in row.findChildren(QToolButton)]

    def _row(self, facet: Facet) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row)
        name = in_interface_language(facet.spec.label)
        title = QLabel(self.tr("%1:", "a facet's title, before its values").replace("%1", name))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        flow.addWidget(title)
        for value in facet.values:
            label = kind_label(value.value) if facet.spec.value is Value.KIND else value.value
            flow.addWidget(self._chip(label, value))
        return row

    def _chip(self, label: str, value: FacetValue) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName("facetChip")
        chip.setProperty("term", value.term)
        short = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        chip.setText(f"{short} ({value.count})")
        chip.setCheckable(True)
        active = has_filter(self._query, value.term)
        chip.setChecked(active)
        documents = self.tr("%n document(s) among the results", "", value.count)
        action = self.tr("Click to remove %1") if active else self.tr("Click to search only %1")
        chip.setToolTip(f"{label}\n{documents}\n{action.replace('%1', value.term)}")
        chip.clicked.connect(lambda: self.filterToggled.emit(value.term))
        return chip
