"""What the view marks on pages: annotation highlights and search hits, indexed by page.

A hit is one occurrence: a phrase broken over two lines has two rectangles but is
one step of Next Hit.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.records import Annotation, PageRect, Rect

# A page note's marker: a square in the page's top margin (PDF points), from the left edge,
# where the eye starts reading and which stays in sight when a zoomed page is wider than the view.
NOTE_SIZE = 16.0
NOTE_TOP = 8.0
NOTE_LEFT = 10.0
NOTE_STEP = 20.0


def note_marker(index: int) -> Rect:
    """Where the `index`-th note of a page has its marker, left to right along the top."""
    x0 = NOTE_LEFT + index * NOTE_STEP
    return Rect(x0, NOTE_TOP, x0 + NOTE_SIZE, NOTE_TOP + NOTE_SIZE)


class Marks:
    """Highlights by page, notes on pages (a marker each: they have no rectangles), hits.
    Carried annotations whose passage is gone (orphaned) have no rectangles either, and
    no mark: the annotation panel lists them apart."""

    def __init__(self) -> None:
        self._annotations: dict[str, Annotation] = {}
        self._by_page: dict[int, list[tuple[Annotation, list[Rect]]]] = {}
        self._notes: dict[int, list[Annotation]] = {}
        self.selected: str | None = None
        self.hits: list[tuple[PageRect, ...]] = []
        self.hit_index = -1

    # Annotations

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self._annotations = {annotation.id: annotation for annotation in annotations}
        self._by_page = {}
        self._notes = {}
        for annotation in annotations:
            if annotation.target == "page":
                self._notes.setdefault(annotation.page, []).append(annotation)
            pages: dict[int, list[Rect]] = {}
            for page_rect in annotation.anchor.rects:
                pages.setdefault(page_rect.page, []).append(page_rect.rect)
            for page, rects in pages.items():
                self._by_page.setdefault(page, []).append((annotation, rects))
        if self.selected not in self._annotations:
            self.selected = None

    def annotation(self, annotation_id: str) -> Annotation | None:
        return self._annotations.get(annotation_id)

    def in_reading_order(self) -> list[Annotation]:
        """The annotations drawn on pages, by page, then top to bottom, left to right."""
        drawn = [a for a in self._annotations.values() if a.anchor.rects]
        return sorted(drawn, key=Marks.reading_key)

    @staticmethod
    def reading_key(annotation: Annotation) -> tuple[int, float, float]:
        first = annotation.anchor.rects[0]
        return first.page, first.rect.y0, first.rect.x0

    def highlights_on(self, page: int) -> list[tuple[Annotation, list[Rect]]]:
        return self._by_page.get(page, [])

    def annotation_at(self, page: int, x: float, y: float) -> Annotation | None:
        """The annotation drawn last (on top) whose rectangles hold the point."""
        for annotation, rects in reversed(self.highlights_on(page)):
            if any(r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1 for r in rects):
                return annotation
        return None

    def notes_on(self, page: int) -> list[Annotation]:
        return self._notes.get(page, [])

    def note_at(self, page: int, x: float, y: float) -> Annotation | None:
        """The page note whose marker holds the point."""
        for index, note in enumerate(self.notes_on(page)):
            r = note_marker(index)
            if r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1:
                return note
        return None

    # Search hits

    def set_hits(self, passages: Sequence[Sequence[PageRect]]) -> None:
        self.hits = [tuple(rects) for rects in passages if rects]
        self.hit_index = -1

    def hits_on(self, page: int) -> list[tuple[Rect, bool]]:
        """The hit rectangles of a page, each with whether it belongs to the current hit."""
        return [
            (part.rect, index == self.hit_index)
            for index, rects in enumerate(self.hits)
            for part in rects
            if part.page == page
        ]

    def go_to_hit(self, index: int) -> PageRect | None:
        if not 0 <= index < len(self.hits):
            return None
        self.hit_index = index
        return self.hits[index][0]

    def step_hit(self, step: int) -> PageRect | None:
        """Move to the next (+1) or previous (-1) hit, wrapping around; its first rectangle."""
        if not self.hits:
            return None
        if self.hit_index < 0:
            self.hit_index = 0 if step > 0 else len(self.hits) - 1
        else:
            self.hit_index = (self.hit_index + step) % len(self.hits)
        return self.hits[self.hit_index][0]
