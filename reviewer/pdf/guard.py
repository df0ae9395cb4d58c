"""One lock around every call into MuPDF, taken by this floor so no caller can forget it.

PyMuPDF is not thread-safe and releases the GIL while MuPDF works, so two threads
(the page view's renderer, an export, an import) could run inside MuPDF at once.
Every entry point of `reviewer.pdf` that reaches PyMuPDF holds `MUPDF`: a short one
for its whole call (`@locked`), a long one (a report, an annotated copy, reading a
PDF's annotations) one page or one block at a time, so that rendering interleaves
with it instead of waiting for it. No PyMuPDF object leaves the floor, except the
pixmap behind a rendered page's pixels (`PageImage.owner`): the caller only reads its
memory, and dropping it only frees memory, which MuPDF's C++ bindings lock themselves.
The longest hold is a report's final compressed save (~0.5 s for 171 pictures).

`tests/pdf/test_mupdf_lock.py` instruments PyMuPDF and fails on any call made
without this lock.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

MUPDF = threading.RLock()

_P = ParamSpec("_P")
_R = TypeVar("_R")


def locked(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Hold the MuPDF lock for the whole call: for entry points whose work is short."""

    @functools.wraps(function)
    def holding(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with MUPDF:
            return function(*args, **kwargs)

    return holding
