"""What the view knows of the open document's pages, and the worker that fills it in.

Images (by scale), words and rotations arrive from the render worker; the view
says which pages it needs, most urgent first, and this asks only for what is missing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from reviewer.core.pages import Word
from reviewer.gui.view.page_cache import DEFAULT_MAX_BYTES, PageCache
from reviewer.gui.view.render_service import (
    Job,
    Opener,
    RenderJob,
    RenderService,
    RenderWorker,
    WordsJob,
)

WORDS_KEPT = 512  # Pages whose words stay in memory (about 100 kB each at most).

Need = tuple[int, int | None]  # (page, scale key), or (page, None) for its words only.


class _WorkerHolder:
    """Lets a `destroyed` signal stop the thread without touching the dying QObject."""

    def __init__(self) -> None:
        self.worker: RenderWorker | None = None

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None


class PageSource(QObject):
    changed = Signal(int)  # A page's image, words or failure arrived.
    wordsArrived = Signal(int)
    openFailed = Signal(str)
    locked = Signal()  # The file needs a password: open it again once it is unlocked.

    def __init__(
        self, *, cache_bytes: int = DEFAULT_MAX_BYTES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service: RenderService | None = None
        self._holder = _WorkerHolder()
        self.destroyed.connect(self._holder.stop)
        self._cache = PageCache(max_bytes=cache_bytes)
        self._words: OrderedDict[int, tuple[Word, ...]] = OrderedDict()
        self._rotations: dict[int, int] = {}
        self._failures: dict[int, str] = {}
        self.error = ""

    def open(self, opener: Opener) -> None:
        self.close()
        self._service = RenderService(opener, self)
        self._service.rendered.connect(self._on_rendered)
        self._service.wordsReady.connect(self._on_words)
        self._service.failed.connect(self._on_failed)
        self._service.locked.connect(self._on_locked)
        self._holder.worker = self._service.worker

    def close(self) -> None:
        if self._service is not None:
            self._service.close()
            self._service.deleteLater()
            self._service = None
            self._holder.worker = None
        self._cache.clear()
        self._words.clear()
        self._rotations.clear()
        self._failures.clear()
        self.error = ""

    def request(self, needs: Iterable[Need]) -> None:
        """Ask for what is missing of these pages; everything asked before is dropped."""
        if self._service is None:
            return
        jobs: list[Job] = []
        for page, scale_key in needs:
            if page in self._failures:
                continue
            if page not in self._words:
                jobs.append(WordsJob(page))
            if scale_key is not None and (page, scale_key) not in self._cache:
                jobs.append(RenderJob(page, scale_key))
        self._service.request(jobs)

    def image(self, page: int, scale_key: int) -> tuple[QImage | None, bool]:
        """The page's image at this scale, or the nearest one meanwhile; and whether exact."""
        exact = self._cache.get(page, scale_key)
        if exact is not None:
            return exact, True
        return self._cache.best(page, scale_key), False

    def has_image(self, page: int, scale_key: int) -> bool:
        return (page, scale_key) in self._cache

    def pages_with_images(self) -> set[int]:
        """Pages with an image at some scale."""
        return self._cache.pages()

    def words(self, page: int) -> tuple[Word, ...] | None:
        """The page's words in reading order, or None if not read yet."""
        return self._words.get(page)

    def rotation(self, page: int) -> int:
        return self._rotations.get(page, 0)

    def failure(self, page: int) -> str | None:
        return self._failures.get(page)

    def _on_rendered(self, page: int, scale_key: int, image: QImage) -> None:
        self._cache.put(page, scale_key, image)
        self.changed.emit(page)

    def _on_words(self, page: int, words: tuple[Word, ...], rotation: int) -> None:
        self._words[page] = words
        self._rotations[page] = rotation
        while len(self._words) > WORDS_KEPT:
            self._words.popitem(last=False)
        self.wordsArrived.emit(page)
        self.changed.emit(page)

    def _on_locked(self, message: str) -> None:
        self.error = message
        self.locked.emit()

    def _on_failed(self, page: int, message: str) -> None:
        if page == 0:
            self.error = message
            self.openFailed.emit(message)
        else:
            self._failures[page] = message
            self.changed.emit(page)
