"""A document's pages as the view reads them: words with their boxes, and pictures.

The facade opens a document's pages (`Library.open_pages`) as a `PageReader`; the PDF floor
provides it, so the window never imports the PDF floor itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from reviewer.core.records import Rect


@dataclass(frozen=True)
class Word:
    """A word on a page, with its box and its offsets in the stored page text."""

    text: str
    rect: Rect
    start: int
    end: int
    line: tuple[int, int]  # (block, line): words of one line share it


@dataclass(frozen=True)
class PageImage:
    """Raw RGB pixels, handed to the GUI without any PNG round trip or extra copy.

    `samples` is a view of the pixmap's own memory; `owner` keeps that memory alive.
    """

    width: int
    height: int
    stride: int
    samples: memoryview
    owner: object = field(repr=False, compare=False)


@dataclass(frozen=True)
class Bookmark:
    """An entry of the PDF's own outline: its depth (1 = top), title and target.

    `y` is where on the page it points, in the unrotated page space of words (points
    from the top), or None when it names the page only."""

    level: int
    title: str
    page: int
    y: float | None = None


class PageReader(Protocol):
    """An open document's pages, for one thread at a time; close it when done."""

    def words(self, page_number: int) -> tuple[Word, ...]: ...

    def rotation(self, page_number: int) -> int: ...

    def render(self, page_number: int, *, zoom: float) -> PageImage: ...

    def close(self) -> None: ...

    def __enter__(self) -> PageReader: ...

    def __exit__(self, *exc_info: object) -> None: ...
