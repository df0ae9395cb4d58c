"""How the GUI calls the library: at once, or in the background for long work.

Every facade call goes through `Calls`, so a ReviewerError reaches the user as
a message (the `failed` signal) and never as a traceback. Long work (import,
reindex) runs on a pool thread; the facade serialises calls with its own lock,
so a worker thread may call it. Progress and the result come back as signals,
which Qt queues to the GUI thread. Reads that grow with the library (search,
lists) run on a thread of their own (`Calls.read`, used by `gui.reads.Reads`),
so that they never wait behind an import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from reviewer.core.errors import ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.records import Progress
from reviewer.library import Library

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)

# Background work: given the library, a progress callback and a cancel token.
Work = Callable[[Library, ProgressCallback, CancelToken], object]


def unexpected_error_message() -> str:
    return QCoreApplication.translate(
        "Calls", "Something unexpected went wrong; the details are in the log file."
    )


class Task(QObject):
    """One piece of background work, as the GUI sees it.

    Connect to its signals before `Calls.start(task)`: a quick task may end at once.
    """

    progressed = Signal(object)  # Progress
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # a message for the user
    ended = Signal(object)  # this task, after `finished` or `failed`

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.token = CancelToken()
        self.done = False
        self.result: object = None  # once `finished`
        self.error: str | None = None  # once `failed`
        # Bound to this GUI-thread object, so Qt queues them from the worker thread.
        self.finished.connect(self._end)
        self.failed.connect(self._end)

    @Slot()
    def _end(self) -> None:
        self.done = True
        self.ended.emit(self)

    def cancel(self) -> None:
        self.token.cancel()


class _Runner(QRunnable):
    def __init__(self, task: Task, library: Library) -> None:
        super().__init__()
        self.task = task
        self.library = library

    def run(self) -> None:
        try:
            result = self.task.work(self.library, self.task.progressed.emit, self.task.token)
        except ReviewerError as error:
            self.task.error = str(error)
            self.task.failed.emit(self.task.error)
        except Exception:  # A worker must always report back, or the GUI waits forever.
            log.exception("background task failed")
            self.task.error = unexpected_error_message()
            self.task.failed.emit(self.task.error)
        else:
            self.task.result = result
            self.task.finished.emit(result)


class Calls(QObject):
    """The one door from the GUI to the library."""

    failed = Signal(str)  # a message for the user (status bar)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # The facade serialises anyway; keep the order.
        self._tasks: set[Task] = set()
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(1)
        self._reading: set[Task] = set()
        self.closed = False  # The window closed: no more reads, no more answers.

    def attempt(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """The function's result, or None (and a message) when the library refused."""
        try:
            return function(*args, **kwargs)
        except ReviewerError as error:
            self.failed.emit(str(error))
            return None

    def call(
        self, method: Callable[Concatenate[Library, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T | None:
        """A facade method's result on the current library, or None (and a message)."""
        return self.attempt(method, self.library, *args, **kwargs)

    def act(
        self, method: Callable[Concatenate[Library, P], object], *args: P.args, **kwargs: P.kwargs
    ) -> bool:
        """Do something on the current library; True if it worked, else False (and a message)."""
        try:
            method(self.library, *args, **kwargs)
        except ReviewerError as error:
            self.failed.emit(str(error))
            return False
        return True

    def start(self, task: Task) -> None:
        """Run the task's work on the pool thread."""
        task.setParent(self)
        self._tasks.add(task)
        task.ended.connect(self._end)
        task.failed.connect(self.failed)  # Whoever follows the task, the user hears of it.
        self._pool.start(_Runner(task, self.library))

    def read(self, task: Task) -> None:
        """Run a read on the reading thread: it does not make the window busy, and its
        failure is for its asker to report (a stale read's is not worth a word)."""
        if self.closed:
            return
        task.setParent(self)
        self._reading.add(task)
        task.ended.connect(self._read_ended)
        self._reads.start(_Runner(task, self.library))

    def _read_ended(self, task: Task) -> None:
        self._reading.discard(task)
        task.deleteLater()  # A read a keystroke: they would pile up as children.

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks | self._reading:
            task.cancel()

    def wait(self) -> None:
        """Block until background work ends (when closing the library)."""
        self._pool.waitForDone()
        self._reads.waitForDone()

    def close(self) -> None:
        """Cancel the work under way and wait for it to end (the window closes)."""
        self.closed = True
        self.cancel_all()
        self.wait()

    def _end(self, task: Task) -> None:
        self._tasks.discard(task)


def progress_text(progress: Progress) -> str:
    """“3 / 10 — file.pdf” (or just the label when the total is unknown)."""
    if progress.total <= 0:
        return progress.label
    counted = f"{min(progress.done + 1, progress.total)} / {progress.total}"
    return f"{counted} — {progress.label}" if progress.label else counted
