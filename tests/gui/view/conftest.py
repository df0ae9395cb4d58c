"""Fixtures of the page view tests: a shown DocumentView and small generated PDFs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.core.pages import Word
from reviewer.core.records import Document
from reviewer.gui.view import DocumentView
from reviewer.pdf import PdfFile

PAGES = [
    "Le renard brun saute par-dessus le chien paresseux.\n\n"
    "Article 2 : la loi s'applique aux collectivités territoriales.",
    "Deuxième page : les données personnelles sont protégées.",
    "Troisième page : dispositions finales et transitoires.",
]
A4 = (595.0, 842.0)


def document_for(path: Path, page_count: int) -> Document:
    return Document(
        id=1,
        sha256="0" * 64,
        title=path.stem,
        kind="loi",
        source="test",
        file_path=str(path),
        pdf_path=str(path),
        page_count=page_count,
        size_bytes=path.stat().st_size,
        added="2026-11-23T00:00:00",
    )


@pytest.fixture
def make_document() -> Callable[[Path, int], Document]:
    return document_for


@pytest.fixture
def three_pages(tmp_path: Path) -> Path:
    return write_test_pdf(tmp_path / "three.pdf", PAGES, title="Trois pages")


@pytest.fixture
def view(qtbot) -> Iterator[DocumentView]:
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.resize(800, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_document()


Opener = Callable[[Path, list[tuple[float, float]]], DocumentView]


@pytest.fixture
def open_pdf(view: DocumentView, qtbot) -> Opener:
    """Open a PDF in the view and wait for its first page (its words come just before)."""

    def opener(path: Path, sizes: list[tuple[float, float]]) -> DocumentView:
        view.open_document(document_for(path, len(sizes)), partial(PdfFile, path), sizes)
        qtbot.waitUntil(lambda: 1 in view.rendered_pages(), timeout=5000)
        return view

    return opener


@pytest.fixture
def three_words(three_pages: Path) -> dict[int, tuple[Word, ...]]:
    """The words of each page, read before any view opens the file (PyMuPDF has one owner)."""
    with PdfFile(three_pages) as pdf:
        return {page: pdf.words(page) for page in range(1, pdf.page_count + 1)}


@pytest.fixture
def shown(open_pdf: Opener, three_pages: Path, three_words: dict) -> DocumentView:
    """The three-page PDF at 100 %: pages 842 px tall in a 1000 px high view."""
    view = open_pdf(three_pages, [A4] * 3)
    view.set_zoom(1.0)
    return view
