"""DocumentView as a user meets it: pages appear, text is selected, highlights answer clicks."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from reviewer.core.pages import Word
from reviewer.core.records import Anchor, Annotation, PageRect, Rect, TextPosition, TextQuote
from reviewer.gui.view import DocumentView
from reviewer.pdf import PdfFile

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def word(words: tuple[Word, ...], text: str) -> Word:
    return next(w for w in words if w.text == text)


def centre(view: DocumentView, page: int, target: Word) -> QPoint:
    rect = target.rect
    return view.map_from_page(page, (rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2).toPoint()


def drag(qtbot, view: DocumentView, start: QPoint, stop: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + stop) / 2)
    qtbot.mouseMove(viewport, pos=stop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=stop)


def annotation(annotation_id: str, page: int, rect: Rect, color: str = "#ffd400") -> Annotation:
    anchor = Anchor(page, (PageRect(page, rect),), TextQuote("x"), TextPosition(0, 1))
    return Annotation(annotation_id, 1, anchor, color, "", (), "testeur", "", "")


def union(*words: Word) -> Rect:
    return Rect(
        min(w.rect.x0 for w in words),
        min(w.rect.y0 for w in words),
        max(w.rect.x1 for w in words),
        max(w.rect.y1 for w in words),
    )


def dark_pixels(image: QImage, box: Rect) -> int:
    return sum(
        1
        for x in range(int(box.x0), int(box.x1))
        for y in range(int(box.y0), int(box.y1))
        if image.pixelColor(x, y).lightness() < 128
    )


def test_first_page_is_drawn_with_text(qtbot, shown: DocumentView, three_words: dict):
    qtbot.waitUntil(lambda: shown.rendered_pages() >= {1}, timeout=5000)
    line = union(*three_words[1][:8])
    top_left = shown.map_from_page(1, line.x0, line.y0)
    bottom_right = shown.map_from_page(1, line.x1, line.y1)
    image = shown.viewport().grab().toImage()
    box = Rect(top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y())
    qtbot.waitUntil(lambda: dark_pixels(shown.viewport().grab().toImage(), box) > 200)
    assert image.pixelColor(top_left.toPoint() - QPoint(20, 20)).name() == "#ffffff"
    assert shown.current_page() == 1


def test_dragging_selects_the_words_between(qtbot, shown: DocumentView, three_words: dict):
    words = three_words[1]
    with qtbot.waitSignal(shown.selectionChanged):
        drag(
            qtbot,
            shown,
            centre(shown, 1, word(words, "renard")),
            centre(shown, 1, word(words, "chien")),
        )
    assert shown.selected_text() == "renard brun saute par-dessus le chien"
    assert shown.selection() == [(1, 3, 40)]


def test_dragging_backwards_across_lines(qtbot, shown: DocumentView, three_words: dict):
    words = three_words[1]
    drag(
        qtbot,
        shown,
        centre(shown, 1, word(words, "loi")),
        centre(shown, 1, word(words, "paresseux.")),
    )
    assert shown.selected_text() == "paresseux.\nArticle 2 : la loi"


def test_dragging_across_a_page_break(qtbot, shown: DocumentView, three_words: dict):
    shown.set_zoom(0.5)  # Pages 1 and 2 both in sight.
    qtbot.waitUntil(lambda: shown.rendered_pages() >= {1, 2}, timeout=5000)
    start = centre(shown, 1, word(three_words[1], "collectivités"))
    stop = centre(shown, 2, word(three_words[2], "données"))
    drag(qtbot, shown, start, stop)
    assert shown.selected_text() == "collectivités territoriales.\nDeuxième page : les données"
    assert shown.selection() == [(1, 86, 114), (2, 0, 27)]


def test_ctrl_c_copies_the_selection(qtbot, shown: DocumentView, three_words: dict):
    words = three_words[1]
    drag(
        qtbot, shown, centre(shown, 1, word(words, "Article")), centre(shown, 1, word(words, "loi"))
    )
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(shown, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Article 2 : la loi"


def test_a_click_clears_the_selection(qtbot, shown: DocumentView, three_words: dict):
    words = three_words[1]
    drag(qtbot, shown, centre(shown, 1, word(words, "Le")), centre(shown, 1, word(words, "brun")))
    assert shown.selection()
    with qtbot.waitSignal(shown.selectionChanged):
        qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, 700))
    assert shown.selection() == [] and shown.selected_text() == ""


def test_double_click_selects_a_word(qtbot, shown: DocumentView, three_words: dict):
    target = centre(shown, 1, word(three_words[1], "renard"))
    qtbot.mouseDClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert shown.selected_text() == "renard"


def test_clicking_a_highlight_reports_its_annotation(qtbot, shown: DocumentView, three_words):
    words = three_words[1]
    box = union(word(words, "Article"), word(words, "loi"))
    shown.set_annotations([annotation("a-1", 1, box), annotation("a-2", 2, box, "#80c0ff")])
    with qtbot.waitSignal(shown.annotationClicked) as clicked:
        qtbot.mouseClick(
            shown.viewport(), Qt.MouseButton.LeftButton, pos=centre(shown, 1, word(words, "2"))
        )
    assert clicked.args == ["a-1"]
    assert shown.selected_annotation() == "a-1"
    assert shown.selection() == []  # A click is not a selection.


def test_select_annotation_scrolls_to_it(qtbot, shown: DocumentView, three_words: dict):
    box = union(word(three_words[3], "dispositions"))
    shown.set_annotations([annotation("far", 3, box)])
    with qtbot.waitSignal(shown.pageChanged) as changed:
        assert shown.select_annotation("far")
    assert changed.args == [3] and shown.current_page() == 3
    assert shown.selected_annotation() == "far"
    assert not shown.select_annotation("unknown")
    assert shown.selected_annotation() is None


def test_search_hits_are_visited_in_turn(qtbot, shown: DocumentView, three_words: dict):
    hits = [
        PageRect(1, word(three_words[1], "loi").rect),
        PageRect(3, word(three_words[3], "finales").rect),
    ]
    shown.show_hits(hits)
    assert shown.next_hit() == hits[0] and shown.current_page() == 1
    assert shown.next_hit() == hits[1] and shown.current_page() == 3
    assert shown.next_hit() == hits[0] and shown.current_page() == 1
    assert shown.previous_hit() == hits[1]
    shown.clear_hits()
    assert shown.next_hit() is None


def test_zoom_changes_the_page_size(qtbot, shown: DocumentView):
    def page_width() -> float:
        return shown.map_from_page(1, 595, 0).x() - shown.map_from_page(1, 0, 0).x()

    assert page_width() == 595
    with qtbot.waitSignal(shown.zoomChanged):
        qtbot.keyClick(shown, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page_width() == 595 * 1.25
    qtbot.keyClick(shown, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page_width() == 595 / 1.25


def test_ctrl_wheel_zooms_around_the_pointer(qtbot, shown: DocumentView):
    shown.set_zoom(1.5)  # Wider than the view, so it can keep x too.
    pointer = QPointF(300, 400)
    before = shown.map_to_page(pointer)
    wheel = QWheelEvent(
        pointer,
        shown.viewport().mapToGlobal(pointer),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(shown.viewport(), wheel)
    assert shown.zoom() == 1.5 * 1.25
    after = shown.map_from_page(before.page, before.x, before.y)
    assert (after - pointer).manhattanLength() < 2


def test_fit_width_and_fit_page(shown: DocumentView):
    shown.fit_width()
    left, right = shown.map_from_page(1, 0, 0), shown.map_from_page(1, 595, 0)
    assert abs((right.x() - left.x()) - (shown.viewport().width() - 24)) < 1
    shown.fit_page()
    top, bottom = shown.map_from_page(1, 0, 0), shown.map_from_page(1, 0, 842)
    assert bottom.y() - top.y() <= shown.viewport().height() - 24 + 1
    assert top.y() >= 0


def test_page_navigation(qtbot, shown: DocumentView):
    with qtbot.waitSignal(shown.pageChanged) as changed:
        shown.go_to_page(2)
    assert changed.args == [2] and shown.current_page() == 2
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert shown.current_page() == 3
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert shown.current_page() == 1
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)  # One view height: most of page 2.
    assert shown.current_page() == 2
    qtbot.keyClick(shown, Qt.Key.Key_PageUp)
    assert shown.current_page() == 1
    qtbot.waitUntil(lambda: shown.rendered_pages() >= {1, 2, 3}, timeout=5000)


def test_closing_forgets_the_document(shown: DocumentView):
    shown.close_document()
    assert shown.document() is None and shown.page_count() == 0
    assert shown.current_page() == 0 and shown.rendered_pages() == set()


def test_an_unreadable_file_is_reported(qtbot, view: DocumentView, tmp_path: Path, make_document):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    with qtbot.waitSignal(view.loadFailed) as failed:
        view.open_document(make_document(broken, 1), partial(PdfFile, broken), [(595.0, 842.0)])
    assert "PDF" in failed.args[0]
