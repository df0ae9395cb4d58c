"""Qt-free signalling for long tasks: progress callbacks and a cancel flag."""

from __future__ import annotations

import threading
from collections.abc import Callable

from reviewer.core.records import Progress

ProgressCallback = Callable[[Progress], None]


def no_progress(_progress: Progress) -> None:
    """The default progress callback: report nowhere."""


class CancelToken:
    """Set from any thread (a Cancel button); checked by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()
