"""Word-by-word text selection in reading order, across lines and pages (no Qt here).

A selection is two ends where the mouse pressed and where it is now. Each end
resolves to the nearest word of its page once that page's words are known, so
a drag may start before the worker has read the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reviewer.core.pages import Word
from reviewer.core.records import Rect

WordsOf = Callable[[int], Sequence[Word] | None]  # None: not read yet.

# A vertical miss costs more than a horizontal one: the pointer is on a line
# more surely than next to a word.
VERTICAL_WEIGHT = 4.0


@dataclass(frozen=True)
class PagePoint:
    """A point of a page, in PDF points of its unrotated space (where words live)."""

    page: int
    x: float
    y: float


@dataclass(frozen=True)
class WordRef:
    page: int
    index: int


@dataclass(frozen=True)
class PageRange:
    """The selected words of one page: indices first..last, both included."""

    page: int
    first: int
    last: int


@dataclass(frozen=True)
class TextSelection:
    anchor: PagePoint
    focus: PagePoint

    @property
    def pages(self) -> range:
        low, high = sorted((self.anchor.page, self.focus.page))
        return range(low, high + 1)

    def missing_pages(self, words_of: WordsOf) -> list[int]:
        """Pages whose words are needed but not read yet."""
        return [page for page in self.pages if words_of(page) is None]

    def ranges(self, words_of: WordsOf) -> list[PageRange]:
        ends = [_resolve(end, words_of) for end in (self.anchor, self.focus)]
        if None in ends:
            return []
        start, stop = sorted(ends, key=lambda ref: (ref.page, ref.index))
        ranges = []
        for page in range(start.page, stop.page + 1):
            words = words_of(page)
            if not words:
                continue
            first = start.index if page == start.page else 0
            last = stop.index if page == stop.page else len(words) - 1
            ranges.append(PageRange(page, first, last))
        return ranges


def nearest_word(words: Sequence[Word], x: float, y: float) -> int | None:
    """The index of the word under the point, or of the closest one."""
    if not words:
        return None
    return min(range(len(words)), key=lambda index: _distance(words[index].rect, x, y))


def word_at(words: Sequence[Word], x: float, y: float) -> int | None:
    """The index of the word whose box holds the point, if any."""
    for index, word in enumerate(words):
        if _distance(word.rect, x, y) == 0:
            return index
    return None


def spans(ranges: Sequence[PageRange], words_of: WordsOf) -> list[tuple[int, int, int]]:
    """(page, start, end) character offsets in each page's stored text."""
    result = []
    for part in ranges:
        words = words_of(part.page) or ()
        result.append((part.page, words[part.first].start, words[part.last].end))
    return result


def text(ranges: Sequence[PageRange], words_of: WordsOf) -> str:
    """The selected words: spaces within a line, a line break between lines and pages."""
    lines: list[list[str]] = []
    previous: tuple[int, tuple[int, int]] | None = None
    for part in ranges:
        for word in (words_of(part.page) or ())[part.first : part.last + 1]:
            line = (part.page, word.line)
            if line != previous:
                lines.append([])
                previous = line
            lines[-1].append(word.text)
    return "\n".join(" ".join(words) for words in lines)


def line_rects(words: Sequence[Word], first: int, last: int) -> list[Rect]:
    """One box per line over the words first..last, so a selection reads as bands."""
    boxes: dict[tuple[int, int], Rect] = {}
    for word in words[first : last + 1]:
        box = boxes.get(word.line)
        boxes[word.line] = word.rect if box is None else _union(box, word.rect)
    return list(boxes.values())


def _resolve(end: PagePoint, words_of: WordsOf) -> WordRef | None:
    words = words_of(end.page)
    if words is None:
        return None
    if not words:  # A page without text: the selection runs through it.
        return WordRef(end.page, 0)
    index = nearest_word(words, end.x, end.y)
    return None if index is None else WordRef(end.page, index)


def _distance(rect: Rect, x: float, y: float) -> float:
    dx = max(rect.x0 - x, 0.0, x - rect.x1)
    dy = max(rect.y0 - y, 0.0, y - rect.y1)
    return dx + VERTICAL_WEIGHT * dy


def _union(a: Rect, b: Rect) -> Rect:
    return Rect(min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1))
