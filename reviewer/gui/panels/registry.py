"""Every panel of the window, declared once: a panel is one file plus one line here.

A panel's file holds its widget and an `attach(context)` that builds it and wires it to
the `PanelContext` (the library calls, the change notices, the open document, requests
to the window). The window builds the docks and the Panels menu from `PANELS` in order;
a panel with `beside` shares that panel's place, as a tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from reviewer.gui.context import PanelContext
from reviewer.gui.panels import (
    annotation_panel,
    carry_review,
    derouleur,
    library_panel,
    outline_panel,
    search_panel,
    tag_palette,
)

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


@dataclass(frozen=True)
class PanelSpec:
    id: str
    title: str  # marked for translation in the "MainWindow" context, where docks were born
    area: Qt.DockWidgetArea
    attach: Callable[[PanelContext], QWidget]
    size: tuple[int, int] = (360, 300)  # width and height it starts with, in pixels
    visible: bool = True
    shortcut: str = ""  # shows or hides the panel
    beside: str = ""  # the id of the panel whose place it shares, as a tab

    def translated_title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(
        "library",
        QT_TRANSLATE_NOOP("MainWindow", "Library"),
        LEFT,
        library_panel.attach,
        (360, 520),
        shortcut="Ctrl+Shift+L",
    ),
    PanelSpec(
        "outline",
        QT_TRANSLATE_NOOP("MainWindow", "Outline"),
        LEFT,
        outline_panel.attach,
        (360, 280),
        shortcut="Ctrl+Shift+U",
    ),
    PanelSpec(
        "annotations",
        QT_TRANSLATE_NOOP("MainWindow", "Annotations"),
        RIGHT,
        annotation_panel.attach,
        (390, 560),
        shortcut="Ctrl+Shift+A",
    ),
    PanelSpec(
        "search",
        QT_TRANSLATE_NOOP("MainWindow", "Search"),
        RIGHT,
        search_panel.attach,
        beside="annotations",
    ),
    PanelSpec(
        "carried",
        QT_TRANSLATE_NOOP("MainWindow", "Annotations to Review"),
        RIGHT,
        carry_review.attach,
        beside="search",
    ),
    PanelSpec(
        "derouleur",
        QT_TRANSLATE_NOOP("MainWindow", "Amendments"),
        BOTTOM,  # a wide table, under the text it amends
        derouleur.attach,
        (900, 340),
        visible=False,
        shortcut="Ctrl+Shift+E",  # M drafts an amendment
    ),
    PanelSpec(
        "tags",
        QT_TRANSLATE_NOOP("MainWindow", "Tags"),
        RIGHT,
        tag_palette.attach,
        (390, 240),
        shortcut="Ctrl+Shift+T",
    ),
)
