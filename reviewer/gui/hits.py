"""The search hits marked in the page view, and stepping through them (F3, Shift+F3).

Hits come two ways. A search result's page: every place the query matches on
that page; stepping past its last hit goes on to the next result (the window
does that when `step` says there is no further hit). Find in the document: every
occurrence of a phrase; stepping wraps around. Finding in a long document takes
seconds for a common word, so it runs in the background.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from reviewer.core.records import Anchor, PageRect, SearchHit
from reviewer.gui.view import DocumentView
from reviewer.gui.worker import Calls, Task
from reviewer.library import Library

Passage = tuple[PageRect, ...]


def passages(anchors: Sequence[Anchor]) -> list[Passage]:
    """The anchors' rectangles in reading order, leaving out any inside another."""
    return [anchor.rects for anchor in outermost(anchors)]


def outermost(anchors: Sequence[Anchor]) -> list[Anchor]:
    kept: list[Anchor] = []
    for anchor in sorted(anchors, key=lambda a: (a.position.start, -a.position.end)):
        if anchor.rects and (not kept or anchor.position.end > kept[-1].position.end):
            kept.append(anchor)
    return kept


class Hits(QObject):
    """What the view marks as hits, where they came from, and the find in progress."""

    changed = Signal()  # the hits or the current one changed
    searching = Signal()  # a find started

    def __init__(self, calls: Calls, view: DocumentView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls = calls
        self.view = view
        self.wraps = True
        self._finding: Task | None = None

    def show(
        self, found: Sequence[Passage], *, wraps: bool, last: bool = False, first: int = 0
    ) -> None:
        """Mark the passages and go to the one at `first` (or the last of them)."""
        self._finding = None
        self.wraps = wraps
        self.view.show_passages(found)
        if found:
            self.view.go_to_hit(len(found) - 1 if last else min(first, len(found) - 1))
        self.changed.emit()

    def show_page(self, hit: SearchHit, query: str, *, last: bool = False) -> None:
        """Mark where a search result's query matches on its page, and go to the match its
        snippet shows (the passage clicked), or to the last one."""
        found = self.calls.call(Library.query_passages, hit.document_id, hit.page, query) or []
        kept = outermost(found)
        clicked = hit.snippet.shown_passage([anchor.quote for anchor in kept])
        self.show([a.rects for a in kept], wraps=False, last=last, first=clicked)

    def find(self, document_id: int, phrase: str) -> Task:
        """Mark every occurrence of a phrase in the document, once found in the background,
        and go to the first one from the page being read (wrapping to the start)."""
        task = Task(lambda library, _progress, _cancel: library.locate(document_id, phrase))
        task.finished.connect(lambda anchors: self._found(task, document_id, anchors))
        task.failed.connect(lambda _message: self._failed(task))
        self._finding = task
        self.calls.start(task)
        self.searching.emit()
        return task

    def _found(self, task: Task, document_id: int, anchors: list[Anchor]) -> None:
        """Go to the first hit from the page read now: a document just opened may have
        gone to its last-read page while the phrase was being found."""
        shown = self.view.document()
        if task is self._finding and shown is not None and shown.id == document_id:
            page = self.view.current_page()
            found = passages(anchors)
            ahead = [i for i, passage in enumerate(found) if passage[0].page >= page]
            self.show(found, wraps=True, first=ahead[0] if ahead else 0)

    def _failed(self, task: Task) -> None:
        if task is self._finding:
            self._finding = None
            self.changed.emit()

    @property
    def finding(self) -> bool:
        return self._finding is not None

    def step(self, step: int) -> bool:
        """Go to the next (+1) or previous (-1) hit; False when there is none that way."""
        index, count = self.view.hit_position()
        if count == 0:
            return False
        if not self.wraps and index > 0 and index == (count if step > 0 else 1):
            return False
        self._move(step)
        self.changed.emit()
        return True

    def _move(self, step: int) -> None:
        if step > 0:
            self.view.next_hit()
        else:
            self.view.previous_hit()

    def clear(self) -> None:
        self._finding = None
        self.view.clear_hits()
        self.changed.emit()
