"""The outline in the window: a heading clicked shows the heading itself, the unit being
read is highlighted, and a PDF's own bookmarks are shown beside the structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.gui.main_window import MainWindow
from reviewer.library import Library
from reviewer.samples import bill


@pytest.fixture
def bill_id(library: Library, tmp_path: Path) -> int:
    path = tmp_path / "pjl.pdf"
    bill(6, articles=12).write(path)
    return library.import_paths([path]).outcomes[0].document_id


def item_named(window: MainWindow, heading: str):
    panel = window.panels["outline"]
    return next(item for item in panel._items() if item.text(0) == heading)


def test_clicking_an_article_shows_its_heading_at_the_top(qtbot, window, library, bill_id):
    window.open_document(bill_id)
    outline = window.panels["outline"]
    qtbot.waitUntil(lambda: "Article 7" in outline.headings())
    window.view.set_zoom(1.5)
    article = next(s for s in _walk(library.structure(bill_id)) if s.label == "Article 7")
    place = library.section_place(bill_id, article)
    assert place is not None and place.rect.y0 > 100  # not at the top of its page
    outline.tree.itemClicked.emit(item_named(window, "Article 7"), 0)
    heading = window.view.map_from_page(place.page, place.rect.x0, place.rect.y0)
    assert 0 <= heading.y() <= 30  # at the top of the view, not the top of its page
    assert window.view.current_page() == place.page


def test_the_outline_follows_the_reading(qtbot, window, library, bill_id):
    window.open_document(bill_id)
    outline = window.panels["outline"]
    qtbot.waitUntil(lambda: "Article 7" in outline.headings())
    last = [s for s in _walk(library.structure(bill_id)) if s.kind == "article"][-1]
    window.view.go_to_page(last.page)
    assert outline.current_heading().startswith("Article")
    window.view.go_to_page(1)
    shown = outline.current_heading()
    window.view.go_to_page(library.document(bill_id).page_count)
    assert outline.current_heading() != shown


def test_the_outline_names_the_article_whose_heading_was_just_read(qtbot, window, library, bill_id):
    """Two articles on one page: the one read is the one above the reading line."""
    window.open_document(bill_id)
    outline = window.panels["outline"]
    qtbot.waitUntil(lambda: "Article 8" in outline.headings())
    assert window.navigation.go_to("art 7")
    assert outline.current_heading() == "Article 7"
    assert window.navigation.go_to("art 8")
    assert outline.current_heading() == "Article 8"
    window.view.scroll_screen(-1)
    assert outline.current_heading() != "Article 8"


def test_a_pdf_outline_is_shown_with_the_structure(qtbot, window, library, shared_pdfs):
    path = shared_pdfs / "outline" / "samplefiles_pdflatex-outline.pdf"
    document_id = library.import_paths([path]).outcomes[0].document_id
    window.open_document(document_id)
    outline = window.panels["outline"]
    qtbot.waitUntil(lambda: "Foo" in outline.headings())
    assert outline.tree.isVisible() and not outline.empty.isVisible()
    headings = outline.headings()
    assert len([h for h in headings if h in ("Foo", "Bar", "Baz")]) == 9
    outline.tree.itemClicked.emit(item_named(window, "Bar"), 0)
    assert window.view.current_page() == 2
    bar = library.bookmarks(document_id)[1]
    assert 0 <= window.view.map_from_page(2, 0, bar.y).y() <= 30


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section.children)


def test_bookmarks_out_of_page_order_follow_the_nearest(qtbot, window, library, shared_pdfs):
    path = shared_pdfs / "outline" / "qpdf_page-labels-and-outlines.pdf"
    document_id = library.import_paths([path]).outcomes[0].document_id
    window.open_document(document_id)
    outline = window.panels["outline"]
    qtbot.waitUntil(lambda: len(outline.headings()) > 5)
    assert outline.tree.topLevelItem(1).isHidden()  # No structure in its text: not offered.
    marks = {b.title: b.page for b in library.bookmarks(document_id)}
    window.view.go_to_page(14)
    expected = max((page, title) for title, page in marks.items() if page <= 14)[1]
    assert outline.current_heading() == expected
