"""Turning a passage of a page into an anchor: rectangles, quote with context, offsets.

Phrases are found with the search analyzer's terms, so `annotate` matches what
`search` matches (accents, case, plurals, elisions).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.records import Anchor, PageRect, Rect, TextPosition, TextQuote
from reviewer.pdf import PdfFile, Word
from reviewer.search import term_spans

CONTEXT_CHARS = 32
PAGE_SEPARATOR = "\f"  # Document text = page texts joined by a form feed.


@dataclass(frozen=True)
class Span:
    """A passage of one page: character offsets in the stored page text."""

    page: int
    start: int
    end: int


def find_phrase(page: int, text: str, phrase_terms: Sequence[str]) -> list[Span]:
    """Every occurrence of the analyzed phrase in a page text, in reading order."""
    if not phrase_terms:
        return []
    spans = term_spans(text)
    width = len(phrase_terms)
    found = []
    index = 0
    while index + width <= len(spans):
        window = spans[index : index + width]
        if [term for term, _start, _end in window] == list(phrase_terms):
            found.append(Span(page, window[0][1], window[-1][2]))
            index += width
        else:
            index += 1
    return found


class WordCache:
    """Pages' words, kept: a reviewer highlights several passages of the same page, and a
    find marks passages across a whole bill. Library files never change (content-addressed),
    so the cache never goes stale."""

    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._words: OrderedDict[tuple[Path, int], tuple[Word, ...]] = OrderedDict()

    def words(self, pdf_path: Path, pages: Iterable[int]) -> dict[int, tuple[Word, ...]]:
        """The words of the given pages, reading the missing ones in one opening of the file."""
        wanted = sorted(set(pages))
        missing = [page for page in wanted if (pdf_path, page) not in self._words]
        if missing:
            with PdfFile(pdf_path) as pdf:
                for page in missing:
                    self._remember((pdf_path, page), pdf.words(page))
        found = {}
        for page in wanted:
            self._words.move_to_end((pdf_path, page))
            found[page] = self._words[(pdf_path, page)]
        return found

    def _remember(self, key: tuple[Path, int], words: tuple[Word, ...]) -> None:
        self._words[key] = words
        while len(self._words) > self._size:
            self._words.popitem(last=False)


def anchor_for(span: Span, text: str, words: Sequence[Word], page_offset: int) -> Anchor:
    """The anchor of a passage; `page_offset` is where the page starts in the document text."""
    quote = TextQuote(
        exact=text[span.start : span.end],
        prefix=text[max(0, span.start - CONTEXT_CHARS) : span.start],
        suffix=text[span.end : span.end + CONTEXT_CHARS],
    )
    position = TextPosition(page_offset + span.start, page_offset + span.end)
    return Anchor(span.page, _line_rects(span, words), quote, position)


def _line_rects(span: Span, words: Sequence[Word]) -> tuple[PageRect, ...]:
    """One rectangle per line: the union of the boxes of the words in the passage."""
    lines: dict[tuple[int, int], Rect] = {}
    for word in words:
        if word.end <= span.start or word.start >= span.end:
            continue
        box = lines.get(word.line)
        lines[word.line] = word.rect if box is None else _union(box, word.rect)
    return tuple(PageRect(span.page, _rounded(rect)) for rect in lines.values())


def _rounded(rect: Rect) -> Rect:
    """Hundredths of a point, as stored: what is returned equals what is read back."""
    return Rect(*(round(value, 2) for value in (rect.x0, rect.y0, rect.x1, rect.y1)))


def _union(a: Rect, b: Rect) -> Rect:
    return Rect(min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1))


def page_offsets(page_lengths: Sequence[int]) -> list[int]:
    """Where each page starts in the document text."""
    offsets, position = [], 0
    for length in page_lengths:
        offsets.append(position)
        position += length + len(PAGE_SEPARATOR)
    return offsets
