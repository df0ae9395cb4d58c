"""Drawing one page: its image (or a stand-in), then highlights, selection and search hits.

Overlays are drawn with the painter set to the page's transform, so rectangles
stay in PDF points and pens are cosmetic (their width in screen pixels).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from reviewer.core.records import Rect

PAGE_BORDER = QColor(160, 160, 160)
PLACEHOLDER_TEXT = QColor(150, 150, 150)
SELECTION = QColor(51, 133, 255, 90)
HIT = QColor(255, 140, 0)
CURRENT_HIT_FILL = QColor(255, 140, 0, 70)
HIGHLIGHT_OPACITY = 0.4


def paint_image(painter: QPainter, target: QRectF, image: QImage | None, *, exact: bool) -> None:
    """The page image; an exact one pixel for pixel, any other scaled to the page."""
    painter.fillRect(target, Qt.GlobalColor.white)
    if image is not None and exact:
        ratio = painter.device().devicePixelRatioF()
        size = QSizeF(image.width() / ratio, image.height() / ratio)
        painter.drawImage(QRectF(target.topLeft(), size), image, QRectF(image.rect()))
    elif image is not None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image, QRectF(image.rect()))
        painter.restore()
    painter.setPen(PAGE_BORDER)
    painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))


def paint_message(painter: QPainter, target: QRectF, message: str) -> None:
    painter.setPen(PLACEHOLDER_TEXT)
    painter.drawText(target, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)


def paint_highlight(painter: QPainter, rects: Iterable[Rect], color: QColor) -> None:
    """A marker stroke: multiplied onto the page, so the text stays dark over it."""
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.setOpacity(HIGHLIGHT_OPACITY)
    for rect in rects:
        painter.fillRect(qrect(rect), color)
    painter.restore()


def paint_note_marker(painter: QPainter, rect: Rect, color: QColor, *, selected: bool) -> None:
    """A sticky note: the note's colour, a folded corner and three lines of writing."""
    box = qrect(rect)
    fold = box.width() / 3
    pen = QPen(color.darker(200 if selected else 150), 2 if selected else 1)
    pen.setCosmetic(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(color)
    corner = QPointF(box.right(), box.top() + fold)
    painter.drawPolygon(
        [
            box.topLeft(),
            QPointF(box.right() - fold, box.top()),
            corner,
            box.bottomRight(),
            box.bottomLeft(),
        ]
    )
    painter.setBrush(color.darker(120))
    painter.drawPolygon(
        [QPointF(box.right() - fold, box.top()), corner, QPointF(box.right() - fold, corner.y())]
    )
    for line in range(1, 4):
        y = box.top() + fold + line * (box.height() - fold) / 4
        painter.drawLine(QPointF(box.left() + 3, y), QPointF(box.right() - 3, y))
    painter.restore()


def paint_outline(painter: QPainter, rects: Iterable[Rect], color: QColor, *, width: float) -> None:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.drawRect(qrect(rect))
    painter.restore()


def paint_fill(painter: QPainter, rects: Iterable[Rect], color: QColor) -> None:
    brush = QBrush(color)
    for rect in rects:
        painter.fillRect(qrect(rect), brush)


def qrect(rect: Rect) -> QRectF:
    return QRectF(QPointF(rect.x0, rect.y0), QPointF(rect.x1, rect.y1)).normalized()
