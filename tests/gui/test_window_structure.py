"""The structure of a bill in the window: its outline, and where each annotation falls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from reviewer.core.records import Annotation
from reviewer.gui.main_window import MainWindow
from reviewer.library import Library
from reviewer.samples import bill


@pytest.fixture
def bill_id(library: Library, tmp_path: Path) -> int:
    path = tmp_path / "pjl.pdf"
    bill(3, articles=8).write(path)
    return library.import_paths([path]).outcomes[0].document_id


@pytest.fixture
def window(bill_id: int, window: MainWindow) -> MainWindow:
    """The shared window, opened once the bill is in the library."""
    return window


def in_article_2(library: Library, bill_id: int) -> Annotation:
    [article] = [a for a in library.locate(bill_id, "Article 2") if a.quote.exact == "Article 2"]
    text = library.pages(bill_id)[article.page - 1].text
    start = text.index("\n", text.index("Article 2")) + 1  # its first alinéa
    return library.highlight(bill_id, article.page, start, start + 20, note="À reprendre.")


def test_the_outline_lists_the_articles_of_a_generated_bill(qtbot, window, bill_id):
    window.open_document(bill_id)
    qtbot.waitUntil(lambda: bool(window.panels["outline"].headings()))  # read in the background
    headings = window.panels["outline"].headings()
    assert "Article 1er" in headings and "Article 2" in headings
    assert headings.index("Article 1er") < headings.index("Article 2")
    assert not any(h.startswith("alinéa") for h in headings)  # too fine for an outline


def test_annotations_say_where_they_fall(qtbot, window, library, bill_id):
    annotation = in_article_2(library, bill_id)
    where = library.location(annotation, short=True)
    assert where is not None and where.startswith("Art. 2")
    window.open_document(bill_id)
    qtbot.waitUntil(lambda: bool(window.view.rendered_pages()), timeout=5000)
    qtbot.waitUntil(lambda: not window.reads.pending("structure"))
    [shown] = [window.annotation_panel.list.item(i).text() for i in range(1)]
    assert shown.startswith(f"p. {annotation.page} · {where} · « ")
    assert window.annotation_panel.tooltip(annotation) == f"{where}\nÀ reprendre."

    window.select_annotation(annotation.id)  # scrolls it into sight
    rect = annotation.anchor.rects[0].rect
    centre = window.view.map_from_page(annotation.page, (rect.x0 + rect.x1) / 2, rect.y1 - 2)
    viewport = window.view.viewport()
    point = centre.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == f"{where}\nÀ reprendre."


def test_a_new_location_is_asked_only_for_new_annotations(
    qtbot, window, library, bill_id, monkeypatch
):
    in_article_2(library, bill_id)
    window.open_document(bill_id)
    qtbot.waitUntil(lambda: not window.reads.pending("structure"))
    asked: list[str] = []
    original = Library.location

    def counting(self: Library, annotation: Annotation, *, short: bool = False) -> str | None:
        asked.append(annotation.id)
        return original(self, annotation, short=short)

    monkeypatch.setattr(Library, "location", counting)
    window.context.reload()
    assert asked == []
