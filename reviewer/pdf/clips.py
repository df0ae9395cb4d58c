"""Pictures of highlighted passages, clipped from their page, for reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from reviewer.core.records import Rect
from reviewer.pdf.annotations import rgb
from reviewer.pdf.guard import locked
from reviewer.pdf.reader import open_pdf, page_textpage

ZOOM = 2.0  # 144 dpi: sharp in a printed report, small enough to embed by the hundred
PADDING = 4.0  # points left and right of the lines
# Word boxes of neighbouring lines overlap: trim these shares of a line's height above and
# below, or the picture shows slivers of the descenders of the line above.
TRIM_ABOVE, TRIM_BELOW = 0.15, 0.02


@dataclass(frozen=True)
class Clip:
    """A PNG picture and its size on the page, in points."""

    png: bytes
    width: float
    height: float


@dataclass(frozen=True)
class Region:
    """A highlighted passage: its page, its line rectangles and its colour (#rrggbb)."""

    page: int
    rects: tuple[Rect, ...]
    color: str


class PageClipper:
    """An open PDF that renders passages, each highlighted, as PNG pictures of whole lines.

    The highlight is added to the open copy in memory only, and removed after rendering:
    the file is never written. Each call holds the MuPDF lock: a report's pictures are
    clipped one at a time, between the page view's renders.
    """

    @locked
    def __init__(self, path: Path) -> None:
        self._document = open_pdf(path)

    def __enter__(self) -> PageClipper:
        return self

    @locked
    def __exit__(self, *exc_info: object) -> None:
        self._document.close()

    @locked
    def clip(self, region: Region) -> Clip | None:
        """The passage's lines, highlighted in its colour; None if it has no rectangles."""
        if not region.rects or not 1 <= region.page <= self._document.page_count:
            return None
        page = self._document[region.page - 1]
        boxes = [pymupdf.Rect(r.x0, r.y0, r.x1, r.y1) for r in region.rects]
        annot = page.add_highlight_annot(quads=boxes)
        annot.set_colors(stroke=rgb(region.color))
        annot.update()
        try:
            clip = _whole_lines(page, boxes) * page.rotation_matrix
            pixmap = page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), clip=clip, alpha=False)
            return Clip(pixmap.tobytes("png"), clip.width, clip.height)
        finally:
            page.delete_annot(annot)


def _whole_lines(page: pymupdf.Page, boxes: Sequence[pymupdf.Rect]) -> pymupdf.Rect:
    """The passage widened to the full lines it sits on, so the picture reads as a sentence.

    Lines run along x in the unrotated page, unless the text is drawn turned (line boxes
    taller than wide): then they run along y.
    """
    turned = sum(box.height for box in boxes) > sum(box.width for box in boxes)
    clip = pymupdf.Rect(boxes[0])
    for box in boxes[1:]:
        clip |= box
    for word in page_textpage(page).extractWORDS():
        word_box = pymupdf.Rect(word[:4])
        if any(_same_line(word_box, box, turned=turned) for box in boxes):
            clip |= word_box
    height = min(box.width if turned else box.height for box in boxes)
    above, below = TRIM_ABOVE * height, TRIM_BELOW * height
    if turned:
        clip = pymupdf.Rect(clip.x0 + above, clip.y0 - PADDING, clip.x1 - below, clip.y1 + PADDING)
    else:
        clip = pymupdf.Rect(clip.x0 - PADDING, clip.y0 + above, clip.x1 + PADDING, clip.y1 - below)
    return clip & page.cropbox


def _same_line(word: pymupdf.Rect, line: pymupdf.Rect, *, turned: bool) -> bool:
    if turned:
        return line.x0 <= (word.x0 + word.x1) / 2 <= line.x1
    return line.y0 <= (word.y0 + word.y1) / 2 <= line.y1
