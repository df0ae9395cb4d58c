"""A picture of the view with highlights, a selection and a search hit, for a human to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from reviewer.core.pages import Word
from reviewer.core.records import Anchor, Annotation, PageRect, Rect, TextPosition, TextQuote
from reviewer.gui.view import DocumentView

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def find(words: tuple[Word, ...], *texts: str) -> Rect:
    boxes = [w.rect for w in words if w.text in texts]
    return Rect(
        min(b.x0 for b in boxes),
        min(b.y0 for b in boxes),
        max(b.x1 for b in boxes),
        max(b.y1 for b in boxes),
    )


def highlight(annotation_id: str, rect: Rect, color: str) -> Annotation:
    anchor = Anchor(1, (PageRect(1, rect),), TextQuote("x"), TextPosition(0, 1))
    return Annotation(annotation_id, 1, anchor, color, "", (), "testeur", "", "")


def point(view: DocumentView, rect: Rect, *, left: bool = False) -> QPoint:
    x = rect.x0 + 2 if left else (rect.x0 + rect.x1) / 2
    return view.map_from_page(1, x, (rect.y0 + rect.y1) / 2).toPoint()


def test_screenshot_with_selection_and_highlights(qtbot, shown: DocumentView, three_words: dict):
    words = three_words[1]
    shown.set_zoom(1.5)
    qtbot.waitUntil(lambda: 1 in shown.rendered_pages(), timeout=5000)
    article = find(words, "Article", "2", ":", "la", "loi")
    dog = find(words, "chien", "paresseux.")
    shown.set_annotations(
        [highlight("yellow", article, "#ffd400"), highlight("green", dog, "#5fd35f")]
    )
    shown.select_annotation("green")
    shown.show_hits([PageRect(1, find(words, "collectivités"))])
    shown.next_hit()
    start, stop = point(shown, find(words, "renard")), point(shown, find(words, "saute"))
    qtbot.mousePress(shown.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(shown.viewport(), pos=stop)
    qtbot.mouseRelease(shown.viewport(), Qt.MouseButton.LeftButton, pos=stop)
    assert shown.selected_text() == "renard brun saute"

    image = shown.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / "view.png"))

    viewport = shown.viewport().grab().toImage()
    yellow = viewport.pixelColor(point(shown, article, left=True) + QPoint(0, -7))
    assert is_tinted(yellow, "#ffd400")
    blue = viewport.pixelColor(point(shown, find(words, "brun")) + QPoint(0, -7))
    assert blue.blue() > blue.red() + 30


def is_tinted(pixel: QColor, color: str) -> bool:
    """Paper under a 40 % marker of `color`: between white and the colour, per channel."""
    target = QColor(color)
    channels = zip(
        (pixel.red(), pixel.green(), pixel.blue()),
        (target.red(), target.green(), target.blue()),
        strict=True,
    )
    return pixel.name() != "#ffffff" and all(min(t, 255) - 2 <= p <= 255 for p, t in channels)
