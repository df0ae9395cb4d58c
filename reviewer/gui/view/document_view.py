"""The centre of the review window: a PDF's pages in one continuous vertical scroll.

Like qpageview, the view paints what the cache holds at once, shows a scaled
image (or a blank page) meanwhile, and asks the render worker only for the
pages in sight; a new request drops the jobs of pages the user scrolled past.
The widget presents and forwards: it knows pages, words and rectangles, never
the database.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from reviewer.core.pages import Word
from reviewer.core.records import Annotation, Document, PageRect
from reviewer.gui.actions import is_menu_key
from reviewer.gui.theme import is_dark
from reviewer.gui.view import page_painter, selection
from reviewer.gui.view.layout import GAP, PageLayout, rotation_transform
from reviewer.gui.view.margin_counts import MarginCounts
from reviewer.gui.view.marks import Marks, note_marker
from reviewer.gui.view.page_cache import DEFAULT_MAX_BYTES
from reviewer.gui.view.page_source import Need, PageSource
from reviewer.gui.view.render_service import Opener
from reviewer.gui.view.selection import PagePoint, PageRange, TextSelection

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
# Above this many pixels a page is rendered smaller and scaled up: a full-page
# image at 400 % on a high-DPI screen would weigh ~100 MB (tiles would lift this).
MAX_PAGE_PIXELS = 24_000_000
PREFETCH = 1  # Pages rendered ahead of and behind the visible ones.
AUTOSCROLL_MS = 30
READING_LINE = 3 * GAP  # Pixels below the view's top: the line being read.
SCREEN_OVERLAP = 40  # Pixels of the last screen still shown after Space: the eye's anchor.
BACKGROUND = QColor(96, 96, 96)
DARK_BACKGROUND = QColor(36, 36, 38)  # dark theme: the white pages must not be framed in grey


class Fit(Enum):
    """A zoom that follows the view's size."""

    WIDTH = "width"
    PAGE = "page"


class DocumentView(QAbstractScrollArea):
    """One document's pages. Mouse events arrive on `viewport()`, and the points that
    `map_from_page` and `map_to_page` exchange are in viewport coordinates."""

    pageChanged = Signal(int)  # The current page (0: no document).
    placeChanged = Signal(int, float)  # Where the eye reads: a page and a y on it (points).
    zoomChanged = Signal(float)
    selectionChanged = Signal()
    annotationClicked = Signal(str)  # The annotation's id.
    # A context menu is wanted (right-click, Shift+F10, the Menu key), at a global point:
    selectionMenuRequested = Signal(QPoint)  # for the selected text
    annotationMenuRequested = Signal(str, QPoint)  # for this annotation (made current first)
    loadFailed = Signal(str)  # The file could not be opened; the message says why.
    passwordRequired = Signal()  # The file is encrypted: `reopen` once it is unlocked.

    def __init__(
        self, parent: QWidget | None = None, *, cache_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._pages = PageSource(cache_bytes=cache_bytes, parent=self)
        self._pages.changed.connect(self._on_page_changed)
        self._pages.wordsArrived.connect(self._on_words)
        self._pages.openFailed.connect(self._on_open_failed)
        self._pages.locked.connect(self._on_locked)
        self._opener: Opener | None = None
        self._zoom = 1.0
        self._fit: Fit | None = Fit.WIDTH
        self._layout = PageLayout([], zoom=self._zoom, width=0)
        self._current_page = 0
        self._selection: TextSelection | None = None
        self._ranges: list[PageRange] = []
        self._press: PagePoint | None = None
        self._press_pos = QPointF()
        self._dragging = False
        self._marks = Marks()
        self.margin_counts = MarginCounts(self)  # amendments by article, on a bill
        self.margin_counts.changed.connect(self.viewport().update)
        self._tips: dict[str, str] = {}
        self._autoscroll = QTimer(self, interval=AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._on_autoscroll)
        # Always on, or fitting the width would show and hide it in turn.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)

    # Documents

    def open_document(
        self, document: Document, pages: Opener, page_sizes: Sequence[tuple[float, float]]
    ) -> None:
        """Show a document whose pages `pages` opens (on the render thread); sizes are its
        pages' (width, height) in PDF points."""
        self.close_document()
        self._document = document
        self._opener = pages
        self._layout = PageLayout(page_sizes, zoom=self._zoom, width=self.viewport().width())
        self._pages.open(pages)
        self._relayout(anchor=None)
        self.verticalScrollBar().setValue(0)

    def reopen(self) -> None:
        """Open the pages again where they are shown (the file was just unlocked)."""
        if self._opener is not None:
            self._pages.open(self._opener)
            self._request_jobs()
            self.viewport().update()

    def close_document(self) -> None:
        self._pages.close()
        self._opener = None
        had_selection = bool(self._ranges)
        self._document = None
        self._selection, self._ranges, self._press = None, [], None
        self._marks, self._tips = Marks(), {}
        self.margin_counts.clear()
        self._layout = PageLayout([], zoom=self._zoom, width=self.viewport().width())
        self._relayout(anchor=None)
        self._update_current_page()
        if had_selection:
            self.selectionChanged.emit()

    def document(self) -> Document | None:
        return self._document

    def page_count(self) -> int:
        return self._layout.page_count

    def rendered_pages(self) -> set[int]:
        """Pages whose image at the current zoom is ready to paint."""
        return {
            page
            for page in self._pages.pages_with_images()
            if self._pages.has_image(page, self._scale_key(page))
        }

    # Zoom

    def zoom(self) -> float:
        """View pixels per PDF point (1.0 = 100 %)."""
        return self._layout.zoom

    def set_zoom(self, zoom: float, *, anchor: QPointF | None = None) -> None:
        """Zoom, keeping the point under `anchor` (default: the viewport centre) in place."""
        self._fit = None
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        centre = QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        self._relayout(anchor=anchor if anchor is not None else centre)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = Fit.WIDTH
        self._relayout(anchor=self._top_anchor())

    def fit_page(self) -> None:
        """Show the current page whole; taken before the layout moves under it."""
        page = self._current_page or 1
        self._fit = Fit.PAGE
        self._relayout(anchor=None)
        self.go_to_page(page)

    def fit_mode(self) -> Fit | None:
        return self._fit

    # Pages

    def current_page(self) -> int:
        """The page showing most of itself (0 when no document is open)."""
        return self._current_page

    def go_to_page(self, page: int) -> None:
        if not self._layout.page_count:
            return
        page = min(max(page, 1), self._layout.page_count)
        self.verticalScrollBar().setValue(round(self._layout.rect(page).top() - GAP))

    def show_place(self, place: PageRect) -> None:
        """Put a place of a page (a heading) at the top of the view, a little below the edge."""
        if not 1 <= place.page <= self._layout.page_count:
            return
        top = self._page_transform(place.page).mapRect(page_painter.qrect(place.rect)).top()
        self._scroll_by(0, top - GAP)

    def scroll_screen(self, step: int) -> None:
        """One screen down (+1) or up (-1), keeping a line of the last one in sight."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + step * max(self.viewport().height() - SCREEN_OVERLAP, 1))

    # Mapping between PDF points and the widget

    def map_from_page(self, page: int, x: float, y: float) -> QPointF:
        """A point of a page (PDF points, unrotated space) in viewport coordinates."""
        return self._page_transform(page).map(QPointF(x, y))

    def map_to_page(self, position: QPointF) -> PagePoint | None:
        """The page nearest a viewport point, and the point in that page's PDF space."""
        if not self._layout.page_count:
            return None
        page = self._layout.page_at(position.y() + self.verticalScrollBar().value())
        inverse, _invertible = self._page_transform(page).inverted()
        point = inverse.map(position)
        return PagePoint(page, point.x(), point.y())

    # Selection

    def selection(self) -> list[tuple[int, int, int]]:
        """The selected text as (page, start, end) offsets in each page's stored text."""
        return selection.spans(self._ranges, self._words_of)

    def selected_text(self) -> str:
        return selection.text(self._ranges, self._words_of)

    def clear_selection(self) -> None:
        self._set_selection(None)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    # Annotations and search hits

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """The highlights to draw, and the notes on pages (a marker in the top margin)."""
        self._marks.set_annotations(annotations)
        self.viewport().update()

    def selected_annotation(self) -> str | None:
        return self._marks.selected

    def select_annotation(self, annotation_id: str | None) -> bool:
        """Outline an annotation and scroll to it; False if it is not shown."""
        annotation = self._marks.annotation(annotation_id) if annotation_id else None
        self._marks.selected = annotation.id if annotation else None
        if annotation and annotation.anchor.rects:
            self._reveal(annotation.anchor.rects[0])
        self.viewport().update()
        return annotation is not None

    def step_annotation(self, step: int) -> str | None:
        """Select the next (+1) or previous (-1) highlight in reading order, from the
        selected one or from the top of the view, and show it; its id, None at the end."""
        shown = self._marks.in_reading_order()
        if not shown:
            return None
        selected = self._marks.annotation(self._marks.selected) if self._marks.selected else None
        if selected is not None and selected.anchor.rects:
            here = Marks.reading_key(selected)
        else:
            top = self.map_to_page(QPointF(0, 0))
            here = (top.page, top.y, -1.0) if top else (0, 0.0, 0.0)
        ahead = [a for a in shown if (Marks.reading_key(a) > here) == (step > 0)]
        ahead = [a for a in ahead if Marks.reading_key(a) != here]
        if not ahead:
            return None
        chosen = ahead[0] if step > 0 else ahead[-1]
        self.select_annotation(chosen.id)
        self.annotationClicked.emit(chosen.id)
        return chosen.id

    def set_tooltips(self, tips: Mapping[str, str]) -> None:
        """What hovering an annotation shows, by annotation id (e.g. where it falls, its note)."""
        self._tips = dict(tips)

    def show_hits(self, rects: Sequence[PageRect]) -> None:
        """Mark search hits of one rectangle each."""
        self.show_passages([[rect] for rect in rects])

    def show_passages(self, passages: Sequence[Sequence[PageRect]]) -> None:
        """Mark search hits, each an occurrence with its rectangles (one per line it spans)."""
        self._marks.set_hits(passages)
        self.viewport().update()

    def hits(self) -> list[tuple[PageRect, ...]]:
        return list(self._marks.hits)

    def hit_position(self) -> tuple[int, int]:
        """(the current hit, 1-based, or 0 before the first step; the number of hits)."""
        return self._marks.hit_index + 1, len(self._marks.hits)

    def clear_hits(self) -> None:
        self.show_hits([])

    def next_hit(self) -> PageRect | None:
        return self._step_hit(1)

    def previous_hit(self) -> PageRect | None:
        return self._step_hit(-1)

    def go_to_hit(self, index: int) -> PageRect | None:
        """Make the hit at `index` (0-based) the current one and show it."""
        return self._step_hit(0, index)

    def _step_hit(self, step: int, index: int | None = None) -> PageRect | None:
        hit = self._marks.step_hit(step) if index is None else self._marks.go_to_hit(index)
        if hit is not None:
            self._reveal(hit)
        self.viewport().update()
        return hit

    # Layout and scrolling

    def _relayout(self, *, anchor: QPointF | None) -> None:
        """Lay pages out again, keeping the point under `anchor` (viewport) in place."""
        before = self.map_to_page(anchor) if anchor is not None else None
        old_zoom = self._layout.zoom
        if self._fit:
            self._zoom = self._fitted_zoom()
        self._layout = PageLayout(
            self._layout.sizes, zoom=self._zoom, width=self.viewport().width()
        )
        self._update_scrollbars()
        if before is not None and anchor is not None:
            moved = self.map_from_page(before.page, before.x, before.y) - anchor
            self._scroll_by(moved.x(), moved.y())
        self._after_scroll()
        if not math.isclose(old_zoom, self._zoom):
            self.zoomChanged.emit(self._zoom)

    def _fitted_zoom(self) -> float:
        sizes = self._layout.sizes
        if not sizes:
            return self._zoom
        room_w = max(self.viewport().width() - 2 * GAP, 1)
        room_h = max(self.viewport().height() - 2 * GAP, 1)
        if self._fit is Fit.WIDTH:
            zoom = room_w / max(w for w, _h in sizes)
        else:
            w, h = sizes[max(self._current_page, 1) - 1]
            zoom = min(room_w / w, room_h / h)
        return min(max(zoom, MIN_ZOOM), MAX_ZOOM)

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, math.ceil(self._layout.height) - size.height()))
        vertical.setPageStep(size.height())
        vertical.setSingleStep(40)
        horizontal.setRange(0, max(0, math.ceil(self._layout.width) - size.width()))
        horizontal.setPageStep(size.width())
        horizontal.setSingleStep(40)

    def _scroll_by(self, dx: float, dy: float) -> None:
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(round(horizontal.value() + dx))
        vertical.setValue(round(vertical.value() + dy))

    def _reveal(self, page_rect: PageRect) -> None:
        """Scroll a rectangle of a page into the middle of the view unless it is in sight."""
        box = self._page_transform(page_rect.page).mapRect(page_painter.qrect(page_rect.rect))
        if QRectF(self.viewport().rect()).contains(box):
            return
        centre = QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        dx = box.center().x() - centre.x() if box.width() < self.viewport().width() else 0
        self._scroll_by(dx, box.center().y() - centre.y())

    def _top_anchor(self) -> QPointF:
        return QPointF(self.viewport().width() / 2, 0)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._after_scroll()

    def _after_scroll(self) -> None:
        self.viewport().update()
        self._request_jobs()
        self._update_current_page()
        place = self.reading_place()
        if place is not None:
            self.placeChanged.emit(place.page, place.y)

    def reading_place(self) -> PagePoint | None:
        """Where the eye reads: just below the top of the view (where Go To puts a heading)."""
        return self.map_to_page(QPointF(self.viewport().width() / 2, READING_LINE))

    def _visible_pages(self) -> range:
        top = self.verticalScrollBar().value()
        return self._layout.pages_between(top, top + self.viewport().height())

    def _update_current_page(self) -> None:
        page = self._most_visible_page()
        if page != self._current_page:
            self._current_page = page
            self.pageChanged.emit(page)

    def _most_visible_page(self) -> int:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()

        def shown(page: int) -> float:
            rect = self._layout.rect(page)
            return (min(rect.bottom(), bottom) - max(rect.top(), top)) / max(rect.height(), 1)

        visible = self._visible_pages()
        return max(visible, key=shown, default=0)

    def _page_transform(self, page: int) -> QTransform:
        """Unrotated PDF points of a page to viewport pixels."""
        width, height = self._layout.sizes[page - 1]
        rect = self._layout.rect(page)
        return (
            rotation_transform(self._pages.rotation(page), width, height)
            * QTransform.fromScale(self._layout.zoom, self._layout.zoom)
            * QTransform.fromTranslate(
                rect.left() - self.horizontalScrollBar().value(),
                rect.top() - self.verticalScrollBar().value(),
            )
        )

    def _page_target(self, page: int) -> QRectF:
        return self._layout.rect(page).translated(
            -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        )

    # Rendering

    def _scale_key(self, page: int) -> int:
        """The render scale of a page in thousandths: zoom × device pixel ratio, capped."""
        width, height = self._layout.sizes[page - 1]
        cap = math.sqrt(MAX_PAGE_PIXELS / max(width * height, 1.0))
        return round(min(self._layout.zoom * self.devicePixelRatioF(), cap) * 1000)

    def _request_jobs(self) -> None:
        """Ask for what the eye needs now; this replaces (drops) everything asked before."""
        visible = self._visible_pages()
        needs: list[Need] = [(page, self._scale_key(page)) for page in visible]
        if self._selection is not None:
            needs += [(page, None) for page in self._selection.missing_pages(self._words_of)]
        if visible:
            nearby = range(visible.start - PREFETCH, visible.stop + PREFETCH)
            needs += [
                (page, self._scale_key(page))
                for page in nearby
                if page not in visible and 1 <= page <= self.page_count()
            ]
        self._pages.request(needs)

    def _on_page_changed(self, page: int) -> None:
        if page in self._visible_pages():
            self.viewport().update(self._page_target(page).toAlignedRect())

    def _on_words(self, page: int) -> None:
        if self._selection is not None and page in self._selection.pages:
            self._refresh_ranges()

    def _on_locked(self) -> None:
        self.viewport().update()
        self.passwordRequired.emit()

    def _on_open_failed(self, message: str) -> None:
        self.viewport().update()
        self.loadFailed.emit(message)

    def _words_of(self, page: int) -> tuple[Word, ...] | None:
        return self._pages.words(page)

    # Painting

    def background(self) -> QColor:
        return DARK_BACKGROUND if is_dark(self.palette()) else BACKGROUND

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.background())
        if self._pages.error:
            painter.setPen(Qt.GlobalColor.white)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect(), flags, self._pages.error)
        else:
            for page in self._visible_pages():
                self._paint_page(painter, page)
        painter.end()

    def _paint_page(self, painter: QPainter, page: int) -> None:
        target = self._page_target(page)
        key = self._scale_key(page)
        image, exact = self._pages.image(page, key)
        # At the capped scale of a huge zoom, even the exact image is scaled up.
        sharp = exact and key == round(self._layout.zoom * self.devicePixelRatioF() * 1000)
        page_painter.paint_image(painter, target, image, exact=sharp)
        if self._pages.failure(page) is not None:
            page_painter.paint_message(painter, target, f"Page {page} cannot be drawn")
        painter.save()
        painter.setClipRect(target)
        painter.setTransform(self._page_transform(page))
        self._paint_marks(painter, page)
        self.margin_counts.paint(painter, page)
        painter.restore()

    def _paint_marks(self, painter: QPainter, page: int) -> None:
        for annotation, rects in self._marks.highlights_on(page):
            page_painter.paint_highlight(painter, rects, QColor(annotation.color))
        for part in self._ranges:
            words = self._words_of(part.page)
            if part.page == page and words:
                rects = selection.line_rects(words, part.first, part.last)
                page_painter.paint_fill(painter, rects, page_painter.SELECTION)
        for rect, current in self._marks.hits_on(page):
            if current:
                page_painter.paint_fill(painter, [rect], page_painter.CURRENT_HIT_FILL)
            page_painter.paint_outline(painter, [rect], page_painter.HIT, width=2 if current else 1)
        selected = self._marks.annotation(self._marks.selected) if self._marks.selected else None
        if selected is not None:
            rects = [r.rect for r in selected.anchor.rects if r.page == page]
            page_painter.paint_outline(painter, rects, QColor(selected.color).darker(170), width=2)
        for index, note in enumerate(self._marks.notes_on(page)):
            marker = note_marker(index)
            chosen = note.id == self._marks.selected
            page_painter.paint_note_marker(painter, marker, QColor(note.color), selected=chosen)

    def note_marker_at(self, note_id: str) -> QPointF | None:
        """The centre of a page note's marker, in viewport coordinates (None: not drawn)."""
        note = self._marks.annotation(note_id)
        notes = self._marks.notes_on(note.page) if note else []
        if note is None or note not in notes:
            return None
        marker = note_marker(notes.index(note))
        return self.map_from_page(
            note.page, (marker.x0 + marker.x1) / 2, (marker.y0 + marker.y1) / 2
        )

    # Mouse and keyboard

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = self.map_to_page(event.position())
        self._press_pos = event.position()
        self._dragging = False
        self._set_selection(None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._update_cursor(event.position())
            return
        travelled = (event.position() - self._press_pos).manhattanLength()
        if not self._dragging and travelled < QApplication.startDragDistance():
            return
        self._dragging = True
        self._drag_to(event.position())
        inside = self.viewport().rect().contains(event.position().toPoint())
        if inside:
            self._autoscroll.stop()
        else:
            self._autoscroll.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        if not self._dragging:
            self._click(self._press)
        self._press = None
        self._dragging = False
        self._autoscroll.stop()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the word under the pointer."""
        end = self.map_to_page(event.position())
        if end is not None and event.button() == Qt.MouseButton.LeftButton:
            self._set_selection(TextSelection(end, end))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * ZOOM_STEP**steps, anchor=event.position())
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (
            ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
            ctrl and event.key() == Qt.Key.Key_Minus
        ):
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Space and not ctrl:
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.scroll_screen(-1 if shift else 1)
        elif is_menu_key(event):
            self.open_context_menu()
        elif event.key() == Qt.Key.Key_Home:
            self.verticalScrollBar().setValue(0)
        elif event.key() == Qt.Key.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        else:
            super().keyPressEvent(event)  # Arrows, PageUp and PageDown scroll.

    # Context menus

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click (its position is the viewport's: the event comes through it)."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_context_menu()
        else:
            self.menu_at(QPointF(event.pos()))
        event.accept()

    def menu_at(self, position: QPointF) -> None:
        """The menu of what is under a viewport point: the selected text, else a page
        note's marker or a highlight, else the selection wherever the click was."""
        end = self.map_to_page(position)
        if end is None:
            return
        where = self.viewport().mapToGlobal(position.toPoint())
        if self._ranges and self._in_selection(end):
            self.selectionMenuRequested.emit(where)
            return
        annotation = self._marked_at(end)
        if annotation is not None:
            self._marks.selected = annotation.id
            self.viewport().update()
            self.annotationClicked.emit(annotation.id)
            self.annotationMenuRequested.emit(annotation.id, where)
        elif self._ranges:
            self.selectionMenuRequested.emit(where)

    def open_context_menu(self) -> bool:
        """By the keyboard: the menu of the selection, or of the selected annotation, under
        its first line; False when there is neither."""
        if self._ranges:
            part = self._ranges[0]
            words = self._words_of(part.page) or ()
            rects = selection.line_rects(words, part.first, part.last) if words else []
            if rects:
                corner = self.map_from_page(part.page, rects[0].x0, rects[0].y1)
                self.selectionMenuRequested.emit(self.viewport().mapToGlobal(corner.toPoint()))
                return True
        chosen = self._marks.annotation(self._marks.selected) if self._marks.selected else None
        if chosen is None:
            return False
        if chosen.anchor.rects:
            first = chosen.anchor.rects[0]
            corner = self.map_from_page(first.page, first.rect.x0, first.rect.y1)
        else:
            corner = self.note_marker_at(chosen.id) or QPointF()
        self.annotationMenuRequested.emit(chosen.id, self.viewport().mapToGlobal(corner.toPoint()))
        return True

    def _in_selection(self, end: PagePoint) -> bool:
        for part in self._ranges:
            words = self._words_of(part.page) if part.page == end.page else None
            for r in selection.line_rects(words, part.first, part.last) if words else ():
                if r.x0 <= end.x <= r.x1 and r.y0 <= end.y <= r.y1:
                    return True
        return False

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        end = self.map_to_page(QPointF(event.pos()))
        annotation = self._marked_at(end) if end else None
        tip = self._tips.get(annotation.id, "") if annotation else ""
        if tip:
            QToolTip.showText(event.globalPos(), tip, self.viewport())
        else:
            QToolTip.hideText()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # Moved to another screen.
            self._after_scroll()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(anchor=self._top_anchor())

    def _drag_to(self, position: QPointF) -> None:
        focus = self.map_to_page(position)
        if self._press is not None and focus is not None:
            self._set_selection(TextSelection(self._press, focus))

    def _on_autoscroll(self) -> None:
        """While a drag is held outside the view, scroll towards the pointer."""
        position = QPointF(self.viewport().mapFromGlobal(QCursor.pos()))
        height = self.viewport().height()
        overshoot = min(position.y(), 0) or max(position.y() - height, 0)
        self._scroll_by(0, overshoot / 2)
        self._drag_to(position)

    def _marked_at(self, end: PagePoint) -> Annotation | None:
        """The page note whose marker, or the highlight, is under a point of a page."""
        note = self._marks.note_at(end.page, end.x, end.y)
        return note or self._marks.annotation_at(end.page, end.x, end.y)

    def _click(self, end: PagePoint) -> None:
        if self.margin_counts.click(end.page, end.x, end.y):
            return
        annotation = self._marked_at(end)
        self._marks.selected = annotation.id if annotation else None
        self.viewport().update()
        if annotation is not None:
            self.annotationClicked.emit(annotation.id)

    def _update_cursor(self, position: QPointF) -> None:
        end = self.map_to_page(position)
        shape = Qt.CursorShape.ArrowCursor
        if end is not None and (
            self._marked_at(end) or self.margin_counts.badge_at(end.page, end.x, end.y)
        ):
            shape = Qt.CursorShape.PointingHandCursor
        elif end is not None and self._word_at(end) is not None:
            shape = Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def _word_at(self, end: PagePoint) -> int | None:
        return selection.word_at(self._words_of(end.page) or (), end.x, end.y)

    def _set_selection(self, chosen: TextSelection | None) -> None:
        if chosen == self._selection:
            return
        self._selection = chosen
        self._refresh_ranges()
        self._request_jobs()  # The words of pages dragged over may be missing.

    def _refresh_ranges(self) -> None:
        ranges = self._selection.ranges(self._words_of) if self._selection else []
        if ranges != self._ranges:
            self._ranges = ranges
            self.viewport().update()
            self.selectionChanged.emit()
