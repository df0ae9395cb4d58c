"""One worker thread owns the open PDF: it renders pages and reads their words.

PyMuPDF is not thread-safe, so the GUI thread never touches the open pages (a
`PageReader` the library opens, on this thread, with the opener it is given). The
view sends the whole list of jobs it wants now; the list replaces the queue, so
jobs for pages the user scrolled past are dropped before they run.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from reviewer.core.errors import PasswordRequired
from reviewer.core.pages import PageReader, Word

Opener = Callable[[], PageReader]  # opens a document's pages, e.g. Library.open_pages


@dataclass(frozen=True)
class RenderJob:
    page: int
    scale_key: int  # Device pixels per PDF point, in thousandths (an exact cache key).

    @property
    def scale(self) -> float:
        return self.scale_key / 1000


@dataclass(frozen=True)
class WordsJob:
    page: int


Job = RenderJob | WordsJob


@dataclass(frozen=True)
class Rendered:
    page: int
    scale_key: int
    image: QImage


@dataclass(frozen=True)
class PageWords:
    page: int
    words: tuple[Word, ...]
    rotation: int


@dataclass(frozen=True)
class Failed:
    page: int  # 0 when the file itself could not be opened.
    message: str
    locked: bool = False  # The file is encrypted and its password is not known yet.


Result = Rendered | PageWords | Failed


class RenderWorker:
    """The thread and its queue; plain Python, so it can be stopped from anywhere."""

    def __init__(self, opener: Opener, deliver: Callable[[Result], None]) -> None:
        self._open = opener
        self._deliver = deliver
        self._condition = threading.Condition()
        self._pending: deque[Job] = deque()
        self._running: Job | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="pdf-render", daemon=True)
        self._thread.start()

    def request(self, jobs: Iterable[Job]) -> None:
        """Replace the queue; the job already running is not asked for twice."""
        with self._condition:
            self._pending = deque(job for job in dict.fromkeys(jobs) if job != self._running)
            self._condition.notify()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._pending.clear()
            self._condition.notify()
        self._thread.join(timeout=5)

    def _next(self) -> Job | None:
        with self._condition:
            self._running = None
            while not self._pending and not self._stopped:
                self._condition.wait()
            if self._stopped:
                return None
            self._running = self._pending.popleft()
            return self._running

    def _run(self) -> None:
        try:
            pdf = self._open()
        except Exception as error:  # Any failure must reach the view, not kill the thread.
            # Opening here is also the check that a password is needed: never on the GUI thread.
            self._deliver(Failed(0, str(error), isinstance(error, PasswordRequired)))
            return
        with pdf:
            while (job := self._next()) is not None:
                self._deliver(self._do(pdf, job))

    def _do(self, pdf: PageReader, job: Job) -> Result:
        try:
            if isinstance(job, WordsJob):
                return PageWords(job.page, pdf.words(job.page), pdf.rotation(job.page))
            return Rendered(job.page, job.scale_key, to_qimage(pdf, job))
        except Exception as error:  # A damaged page must not stop the others.
            return Failed(job.page, str(error))


def to_qimage(pdf: PageReader, job: RenderJob) -> QImage:
    raw = pdf.render(job.page, zoom=job.scale)
    image = QImage(raw.samples, raw.width, raw.height, raw.stride, QImage.Format.Format_RGB888)
    return image.copy()  # Own the pixels: `raw.samples` dies with this frame.


class RenderService(QObject):
    """The GUI-side handle: results arrive as signals in the GUI thread."""

    rendered = Signal(int, int, QImage)  # page, scale key, image
    wordsReady = Signal(int, object, int)  # page, tuple[Word, ...], rotation
    failed = Signal(int, str)  # page (0: the whole file), message
    locked = Signal(str)  # the file needs a password (message)
    _delivered = Signal(object)

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        # Emitted from the worker thread; Qt queues it to this object's (GUI) thread.
        self._delivered.connect(self._dispatch)
        self.worker = RenderWorker(opener, self._delivered.emit)

    def request(self, jobs: Iterable[Job]) -> None:
        if not self._closed:
            self.worker.request(jobs)

    def close(self) -> None:
        self._closed = True
        self.worker.stop()

    def _dispatch(self, result: Result) -> None:
        if self._closed:  # Results queued before close belong to a closed document.
            return
        match result:
            case Rendered(page, scale_key, image):
                self.rendered.emit(page, scale_key, image)
            case PageWords(page, words, rotation):
                self.wordsReady.emit(page, words, rotation)
            case Failed(0, message, True):
                self.locked.emit(message)
            case Failed(page, message):
                self.failed.emit(page, message)
