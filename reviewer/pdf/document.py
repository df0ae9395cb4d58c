"""An open library PDF: its words with positions, and its pages as raw pixels."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import pymupdf

from reviewer.core.pages import Bookmark, PageImage, Word
from reviewer.core.records import Rect
from reviewer.pdf.guard import locked
from reviewer.pdf.reader import open_pdf, page_textpage


class PdfFile:
    """One open PDF; every method holds the MuPDF lock, so any thread may call it."""

    @locked
    def __init__(self, path: Path, *, password: str | None = None) -> None:
        self._document = open_pdf(path, password=password)
        self.page_count: int = self._document.page_count

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @locked
    def close(self) -> None:
        self._document.close()

    @locked
    def rotation(self, page_number: int) -> int:
        """The page's /Rotate (0, 90, 180, 270): words are unrotated, renders are not."""
        return self._document[page_number - 1].rotation

    def words(self, page_number: int) -> tuple[Word, ...]:
        """The words of a page in reading order, located in the page text."""
        text, raw_words = self._raw_words(page_number)
        return locate_words(text, raw_words)

    @locked
    def _raw_words(self, page_number: int) -> tuple[str, list[tuple]]:
        textpage = page_textpage(self._document[page_number - 1])
        return textpage.extractText(), textpage.extractWORDS()

    @locked
    def bookmarks(self) -> tuple[Bookmark, ...]:
        """The file's outline; entries pointing nowhere (a broken table) are left out."""
        found = []
        for level, title, page, target in self._document.get_toc(simple=False):
            if not 1 <= page <= self.page_count:
                continue
            found.append(Bookmark(level, title.strip() or "…", page, self._target_y(page, target)))
        return tuple(found)

    def _target_y(self, page: int, target: dict) -> float | None:
        point = target.get("to")
        if point is None or point.y == 0:  # /Fit, /FitV, /XYZ null: the page itself
            return None
        # Outline targets are in PDF space (y upwards); words are in MuPDF's (y downwards).
        return (pymupdf.Point(point) * self._document[page - 1].transformation_matrix).y

    @locked
    def page_labels(self) -> tuple[str, ...]:
        """Each page's /PageLabels label ("i", "ii", "1"…), or () when the file has none."""
        labels = tuple(page.get_label() for page in self._document)
        return labels if any(labels) else ()

    @locked
    def render(self, page_number: int, *, zoom: float) -> PageImage:
        page = self._document[page_number - 1]
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        return PageImage(pixmap.width, pixmap.height, pixmap.stride, pixmap.samples_mv, pixmap)


def locate_words(text: str, raw_words: list[tuple]) -> tuple[Word, ...]:
    """Pair PyMuPDF's words with their offsets: both come from one TextPage, in order."""
    located: list[Word] = []
    cursor = 0
    for x0, y0, x1, y1, word, block, line, _number in raw_words:
        start = text.find(word, cursor)
        if start < 0:  # A word the text layout dropped; keep its box, point at the cursor.
            start = cursor
            end = cursor
        else:
            end = start + len(word)
            cursor = end
        located.append(Word(word, Rect(x0, y0, x1, y1), start, end, (block, line)))
    return tuple(located)
