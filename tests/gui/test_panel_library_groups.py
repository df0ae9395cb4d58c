"""The library panel groups documents by kind or legislature, under headers that count them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reviewer.gui.panels.library_panel import GROUP_KIND, GROUP_LEGISLATURE, ID_ROLE, LibraryPanel
from reviewer.gui.worker import Calls
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def panel(qtbot, library: Library, corpus_dir: Path) -> LibraryPanel:
    library.import_paths([corpus_dir])
    shown = LibraryPanel(Calls(library))
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.listed):  # The documents are read in the background.
        shown.refresh()
    return shown


def group_by(panel: LibraryPanel, mode: str) -> None:
    panel.group_box.setCurrentIndex(panel.group_box.findData(mode))


def members(panel: LibraryPanel, header: int) -> list[int]:
    item = panel.tree.topLevelItem(header)
    return [item.child(i).data(0, ID_ROLE) for i in range(item.childCount())]


def test_grouping_by_kind_shows_headers_with_counts(panel, library):
    assert panel.headers() == []
    group_by(panel, GROUP_KIND)
    assert panel.headers() == [
        "Amendment (1)",
        "Written question (2)",
        "Petition (1)",
        "Other (1)",
    ]
    questions = {d.id for d in library.documents() if d.kind == "question écrite"}
    assert set(members(panel, 1)) == questions


def test_grouping_by_legislature_puts_the_latest_first(panel):
    group_by(panel, GROUP_LEGISLATURE)
    assert panel.headers() == [
        "Legislature 17 (1)",
        "Legislature 16 (1)",
        "No legislature stated (3)",
    ]


def test_headers_are_not_documents(qtbot, panel, library):
    group_by(panel, GROUP_KIND)
    opened: list[int] = []
    panel.documentActivated.connect(opened.append)
    header = panel.tree.topLevelItem(0)
    qtbot.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualItemRect(header).center(),
    )
    assert opened == [] and panel.current_document_id() is None
    question = next(d.id for d in library.documents() if d.kind == "question écrite")
    panel.select_document(question)  # inside a group
    assert panel.current_document_id() == question


def test_screenshot_of_documents_grouped_by_kind(qtbot, panel):
    group_by(panel, GROUP_KIND)
    panel.resize(380, 360)
    ARTIFACTS.mkdir(exist_ok=True)
    assert panel.grab().save(str(ARTIFACTS / "library-groups.png"))
