"""Where pages sit: a vertical stack of pages in view pixels, and PDF points to page pixels.

Page sizes are PyMuPDF's `page.rect` (rotation applied), the size of the rendered
image. Words and highlight rectangles live in the unrotated page space, so they go
through the page's rotation first, as PyMuPDF's `page.rotation_matrix` does.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform

GAP = 12.0  # View pixels between pages and around the stack.


class PageLayout:
    """Pages centred in a column of a given width, one under the other, at one zoom."""

    def __init__(self, sizes: Sequence[tuple[float, float]], *, zoom: float, width: float) -> None:
        self.sizes = list(sizes)
        self.zoom = zoom
        widest = max((w for w, _h in self.sizes), default=0.0) * zoom
        self.width = max(width, widest + 2 * GAP)
        self._tops: list[float] = []
        y = GAP
        for _w, h in self.sizes:
            self._tops.append(round(y))  # Whole pixels keep page images sharp.
            y += h * zoom + GAP
        self.height = y if self.sizes else 0.0

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def rect(self, page: int) -> QRectF:
        """The page's rectangle in view pixels (pages are 1-based)."""
        w, h = self.sizes[page - 1]
        left = round((self.width - w * self.zoom) / 2)
        return QRectF(left, self._tops[page - 1], w * self.zoom, h * self.zoom)

    def pages_between(self, top: float, bottom: float) -> range:
        """The pages that intersect the band [top, bottom]."""
        if not self.sizes:
            return range(0)
        first = max(1, bisect.bisect_right(self._tops, top))
        if self.rect(first).bottom() < top:
            first += 1
        last = bisect.bisect_right(self._tops, bottom)
        return range(first, max(first, last + 1))

    def page_at(self, y: float) -> int:
        """The page under y, or the nearest one when y falls in a gap."""
        page = max(1, bisect.bisect_right(self._tops, y))
        if page < self.page_count and y - self.rect(page).bottom() > self._tops[page] - y:
            return page + 1
        return page


def rotation_transform(rotation: int, width: float, height: float) -> QTransform:
    """Unrotated page points to rotated ones, as PyMuPDF's page.rotation_matrix.

    `width` and `height` are the rotated page's size (page.rect).
    """
    match rotation % 360:
        case 90:
            return QTransform(0, 1, -1, 0, width, 0)
        case 180:
            return QTransform(-1, 0, 0, -1, width, height)
        case 270:
            return QTransform(0, -1, 1, 0, 0, height)
        case _:
            return QTransform()
