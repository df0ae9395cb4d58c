"""Search hits in the page: a result's page marks every match, F3 steps on, the find bar finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reviewer.core.records import Anchor, HitType, PageRect, SearchHit, Snippet
from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels.search_panel import HIT_ROLE
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PHRASE = "reconnaissance faciale"
NEAR = 1.0  # PDF points


@pytest.fixture
def window_library(corpus: Library) -> Library:
    return corpus


@pytest.fixture
def question(corpus: Library) -> int:
    return next(d.id for d in corpus.documents() if d.metadata.get("number") == "6750")


def near(a: PageRect, b: PageRect) -> bool:
    corners = zip(
        (a.rect.x0, a.rect.y0, a.rect.x1, a.rect.y1),
        (b.rect.x0, b.rect.y0, b.rect.x1, b.rect.y1),
        strict=True,
    )
    return a.page == b.page and all(abs(p - q) <= NEAR for p, q in corners)


def same_places(shown: list[tuple[PageRect, ...]], anchors: list[Anchor]) -> bool:
    return len(shown) == len(anchors) and all(
        len(rects) == len(anchor.rects) and all(map(near, rects, anchor.rects))
        for rects, anchor in zip(shown, anchors, strict=True)
    )


def activate_page_hit(window: MainWindow, document_id: int, page: int) -> None:
    tree = window.search_panel.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items = [group.child(i) for group in groups for i in range(group.childCount())]
    item = next(
        item
        for item in items
        if (hit := item.data(0, HIT_ROLE)).document_id == document_id
        and hit.page == page
        and hit.type is HitType.PAGE
    )
    tree.setCurrentItem(item)
    tree.itemActivated.emit(item, 0)


def test_opening_a_result_marks_every_match_on_its_page(searched, qtbot, window, corpus, question):
    expected = {page: corpus.locate(question, PHRASE, page=page) for page in (1, 2)}
    assert all(expected.values())  # The phrase is on both pages of the question.
    searched(window.search_panel, f'"{PHRASE}"')
    activate_page_hit(window, question, 1)

    assert window.document is not None and window.document.id == question
    assert same_places(window.view.hits(), expected[1])
    assert window.view.hit_position() == (1, len(expected[1]))
    qtbot.waitUntil(lambda: window.view.current_page() == 1)

    for _ in expected[1][1:]:
        window.action_set["next_hit"].trigger()
    assert window.view.hit_position() == (len(expected[1]), len(expected[1]))
    window.action_set["next_hit"].trigger()  # Past the page's last hit: the next result.
    assert window.search_panel.tree.currentItem().data(0, HIT_ROLE).page == 2
    assert same_places(window.view.hits(), expected[2])
    window.action_set["previous_hit"].trigger()  # Back to the last hit of page 1.
    assert same_places(window.view.hits(), expected[1])
    assert window.view.hit_position() == (len(expected[1]), len(expected[1]))


def test_the_find_bar_marks_every_occurrence_in_the_document(qtbot, window, corpus, question):
    expected = corpus.locate(question, "vidéosurveillance algorithmique")
    assert len(expected) > 1
    window.open_document(question)
    window.action_set["find_in_document"].trigger()
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()

    bar.edit.setText("vidéosurveillance  algorithmique")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.hit_position()[1] == len(expected))
    assert same_places(window.view.hits(), expected)
    assert bar.count.text() == f"1 of {len(expected)}"

    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # The same phrase again: the next one.
    assert bar.count.text() == f"2 of {len(expected)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{len(expected)} of {len(expected)}"  # Around the end.

    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hits() == []


def test_a_phrase_that_does_not_occur_says_so(qtbot, window, question):
    window.open_document(question)
    window.open_find_bar()
    window.find_bar.find("éléphant rose")
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "No match")


def test_screenshot_of_hits_and_the_find_bar(searched, qtbot, window, question):
    searched(window.search_panel, f'"{PHRASE}"')
    window.docks["search"].raise_()
    activate_page_hit(window, question, 1)
    window.open_find_bar()
    window.find_bar.edit.setText(PHRASE)
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=5000)
    qtbot.wait(100)
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "window-hits.png"))


def test_a_result_marks_the_passage_its_snippet_shows(qtbot, window, corpus, question):
    """Not the page's first match: the one the result shows, which the user clicked."""
    found = corpus.query_passages(question, 1, f'"{PHRASE}"')
    assert len(found) > 1
    second = found[1].quote
    text = f"… {second.prefix}{second.exact}{second.suffix} …"
    start = text.index(second.exact, len(second.prefix))
    snippet = Snippet(text, ((start, start + len(second.exact)),))
    hit = SearchHit(HitType.PAGE, question, "", "", 1, 1.0, snippet)
    window.search_panel.query_edit.setText(f'"{PHRASE}"')
    window.search_panel.run()
    qtbot.waitUntil(lambda: window.search_panel.results is not None)
    window.open_hit(hit)
    assert window.view.hit_position() == (2, len(found))


def test_ctrl_f_finds_from_the_page_being_read(qtbot, window, corpus, question):
    pages = {a.page for a in corpus.locate(question, PHRASE)}
    assert {1, 2} <= pages
    window.open_document(question)
    window.view.go_to_page(2)
    window.action_set["find_in_document"].trigger()
    assert window.action_set["find_in_document"].shortcut().toString() == "Ctrl+F"
    window.find_bar.find(PHRASE)
    qtbot.waitUntil(lambda: window.view.hit_position()[0] > 0)
    current, total = window.view.hit_position()
    assert window.view.hits()[current - 1][0].page == 2
    assert window.find_bar.count.text() == f"{current} of {total}"


def test_the_find_bar_keeps_its_phrase_in_the_next_document(qtbot, window, corpus, question):
    """Another document opened while the bar is open: the phrase stays, found and counted
    again there, from the page the new document shows."""
    counted = {d.id: corpus.locate(d.id, PHRASE) for d in corpus.documents() if d.id != question}
    other, found = next((i, f) for i, f in counted.items() if {a.page for a in f} - {1})
    window.open_document(question)
    window.open_find_bar()
    window.find_bar.find(PHRASE)
    qtbot.waitUntil(lambda: window.find_bar.count.text().startswith("1 of"))

    window.open_document(other)
    later = min(a.page for a in found if a.page > 1)
    window.view.go_to_page(later)  # as the last-read page is restored, before the answer
    qtbot.waitUntil(lambda: window.view.hit_position()[1] == len(found), timeout=10_000)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.text() == PHRASE
    current, total = window.view.hit_position()
    assert window.view.hits()[current - 1][0].page == later
    assert bar.count.text() == f"{current} of {total}"
