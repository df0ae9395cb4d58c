"""How many amendments target each article of the bill read: a badge in the page's margin,
beside the article's heading; clicking it lists those amendments.

The counts come from the dérouleur, the articles from the bill's structure. A heading is
located (`locate`, which reads the words of its page) only when its page is painted, once.
Badges are drawn in page space, like the other marks (reviewer/gui/view/page_painter.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter

from reviewer.core.records import PageRect
from reviewer.core.structure import Section

BADGE = QColor(40, 90, 170)
BADGE_TEXT = QColor(255, 255, 255)
WIDTH, HEIGHT, GAP = 22.0, 12.0, 4.0  # points: readable at 100 %, small beside a heading


class MarginCounts(QObject):
    changed = Signal()  # the badges changed: paint again
    clicked = Signal(str)  # an article's label

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locate: Callable[[Section], PageRect | None] = lambda _section: None
        self._articles: dict[int, list[Section]] = {}  # by page
        self._counts: dict[str, int] = {}
        self._places: dict[tuple[int, int], QRectF | None] = {}  # badge by (page, start)

    def set_sections(self, sections: Sequence[Section]) -> None:
        """The bill's structure: its articles, wherever they are nested."""
        self._articles, self._places = {}, {}
        for article in _articles(sections):
            self._articles.setdefault(article.page, []).append(article)
        self.changed.emit()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self._counts = dict(counts)
        self.changed.emit()

    def clear(self) -> None:
        self._articles, self._counts, self._places = {}, {}, {}

    def badges_on(self, page: int) -> list[tuple[QRectF, str, int]]:
        """The badges of a page: where (page points), the article's label, its count."""
        found = []
        for article in self._articles.get(page, []):
            count = self._counts.get(article.label, 0)
            where = self._badge(article) if count else None
            if where is not None:
                found.append((where, article.label, count))
        return found

    def _badge(self, article: Section) -> QRectF | None:
        key = (article.page, article.start)
        if key not in self._places:
            place = self.locate(article)
            self._places[key] = (
                None
                if place is None
                else QRectF(max(place.rect.x0 - WIDTH - GAP, 1.0), place.rect.y0, WIDTH, HEIGHT)
            )
        return self._places[key]

    def paint(self, painter: QPainter, page: int) -> None:
        badges = self.badges_on(page)
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPointSizeF(7)
        font.setBold(True)
        painter.setFont(font)
        for rect, _label, count in badges:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE)
            painter.drawRoundedRect(rect, HEIGHT / 2, HEIGHT / 2)
            painter.setPen(BADGE_TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.restore()

    def badge_at(self, page: int, x: float, y: float) -> str | None:
        """The article whose badge is at this point of the page, if one is."""
        return next(
            (label for rect, label, _n in self.badges_on(page) if rect.contains(x, y)), None
        )

    def click(self, page: int, x: float, y: float) -> bool:
        """True (and `clicked`) when a badge is at this point of the page."""
        label = self.badge_at(page, x, y)
        if label is not None:
            self.clicked.emit(label)
        return label is not None


def _articles(sections: Sequence[Section]) -> list[Section]:
    found: list[Section] = []
    for section in sections:
        if section.kind == "article":
            found.append(section)
        else:
            found.extend(_articles(section.children))
    return found
