"""Rotated pages: words and highlights (unrotated PDF space) land on the rendered text."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPolygonF

from reviewer.core.pages import Word
from reviewer.core.records import Rect
from reviewer.gui.view import DocumentView
from reviewer.gui.view.layout import rotation_transform
from reviewer.pdf import PdfFile

ROTATED = [
    "qpdf_inherited-rotate.pdf",  # 90°, inherited from the page tree
    "qpdf_minimal-rotated-180.pdf",
    "pdfplumber_issue-1054-rotate-270-german-gazette.pdf",  # 270°, cropbox offset
]


def page_facts(path: Path) -> tuple[tuple[float, float], pymupdf.Matrix, Word]:
    """The page size the library stores (page.rect), its rotation matrix, a long word."""
    with pymupdf.open(path) as document:
        page = document[0]
        size, matrix = (page.rect.width, page.rect.height), page.rotation_matrix
    with PdfFile(path) as pdf:
        long_word = next(w for w in pdf.words(1) if len(w.text) >= 5)
    return size, matrix, long_word


@pytest.mark.parametrize("name", ROTATED)
def test_rotation_transform_is_pymupdfs_rotation_matrix(shared_pdfs: Path, name: str):
    size, matrix, _word = page_facts(shared_pdfs / "rotation" / name)
    with pymupdf.open(shared_pdfs / "rotation" / name) as document:
        rotation = document[0].rotation
    transform = rotation_transform(rotation, *size)
    for x, y in [(0, 0), (100, 50), (size[0], size[1])]:
        expected = pymupdf.Point(x, y) * matrix
        mapped = transform.map(QPointF(x, y))
        assert (mapped.x(), mapped.y()) == pytest.approx((expected.x, expected.y), abs=1e-3)


@pytest.mark.parametrize("name", ROTATED)
def test_words_land_on_the_rotated_text(
    qtbot, view: DocumentView, shared_pdfs: Path, name: str, make_document
):
    path = shared_pdfs / "rotation" / name
    size, matrix, long_word = page_facts(path)
    view.open_document(make_document(path, 1), partial(PdfFile, path), [size])
    view.set_zoom(1.0)
    qtbot.waitUntil(lambda: 1 in view.rendered_pages(), timeout=5000)

    box = word_box(view, long_word)
    page = rect_box(view, pymupdf.Rect(0, 0, *size) * ~matrix)  # The unrotated page.
    assert page.contains(box)
    assert page.size().toSize() == QSizeF(*size).toSize()
    assert dark_share(view.viewport().grab().toImage(), box) > 0.05
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert view.selected_text() == long_word.text


def word_box(view: DocumentView, word: Word) -> QRectF:
    return rect_box(view, word.rect)


def rect_box(view: DocumentView, rect: Rect | pymupdf.Rect) -> QRectF:
    """Where a rectangle of page 1 (unrotated PDF space) shows in the viewport."""
    corners = [view.map_from_page(1, x, y) for x in (rect.x0, rect.x1) for y in (rect.y0, rect.y1)]
    return QPolygonF(corners).boundingRect()


def dark_share(image: QImage, box: QRectF) -> float:
    pixels = [
        image.pixelColor(x, y).lightness() < 160
        for x in range(int(box.left()), int(box.right()))
        for y in range(int(box.top()), int(box.bottom()))
    ]
    return sum(pixels) / max(len(pixels), 1)
