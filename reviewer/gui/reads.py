"""Reads from the library off the GUI thread, the latest request of each kind winning.

A search over 100,000 pages takes half a second, a document list or the
structure of a long bill a good part of one: asked on the GUI thread, they
would freeze the window. `Reads.ask` runs the read on the reading thread and
calls back on the GUI thread with its answer, unless the answer went stale on
the way: a newer request of the same kind was made (the user typed on), the
kind was dropped (the document was closed), or the window changed library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.gui.worker import Calls, Task
from reviewer.library import Library

T = TypeVar("T")


class Reads(QObject):
    def __init__(self, calls: Calls, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls = calls
        self._latest: dict[str, Task] = {}

    def ask(self, kind: str, read: Callable[[Library], T], answer: Callable[[T], object]) -> Task:
        """Read in the background; `answer(result)` on the GUI thread if still wanted.

        `kind` names what is read ("search", "documents"...): asking again under the same
        kind makes the earlier answer stale. A failure is reported through `Calls.failed`,
        unless stale too.
        """
        self.drop(kind)
        library = self.calls.library

        def work(on: Library, _progress: ProgressCallback, cancel: CancelToken) -> object:
            return None if cancel.cancelled else read(on)  # Obsolete before it began.

        task = Task(work)
        self._latest[kind] = task
        task.ended.connect(lambda: self._arrived(kind, task, library, answer))
        self.calls.read(task)
        return task

    def pending(self, kind: str) -> bool:
        """True while an answer of this kind is awaited."""
        return kind in self._latest

    def drop(self, kind: str | None = None) -> None:
        """Forget the awaited answer of this kind (of every kind: None)."""
        kinds = list(self._latest) if kind is None else [kind]
        for name in kinds:
            task = self._latest.pop(name, None)
            if task is not None:
                task.cancel()

    def _arrived(
        self, kind: str, task: Task, library: Library, answer: Callable[[T], object]
    ) -> None:
        if self._latest.get(kind) is not task:
            return
        del self._latest[kind]
        if task.token.cancelled or self.calls.closed or self.calls.library is not library:
            return
        if task.error is not None:
            self.calls.failed.emit(task.error)
        else:
            answer(task.result)  # type: ignore[arg-type]
