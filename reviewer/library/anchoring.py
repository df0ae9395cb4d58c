"""Turning a passage of a page into an anchor: rectangles, quote with context, offsets.

Phrases are found with the search analyzer's terms, so `annotate` matches what
`search` matches (accents, case, plurals, elisions).
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.pages import Word
from reviewer.core.records import Anchor, PageRect, Rect, TextPosition, TextQuote
from reviewer.pdf import PdfFile
from reviewer.search import term_spans

CONTEXT_CHARS = 32
_WORD = re.compile(r"[^\W_]+")
_REACH = 80  # characters looked back for a dropped word
# A word just before (after) a position, across spaces, an apostrophe or a line break only.
_LAST_WORD = re.compile(r"([^\W_]+)[\s'’]*\Z")
_NEXT_WORD = re.compile(r"[\s'’]*([^\W_]+)")
PAGE_SEPARATOR = "\f"  # Document text = page texts joined by a form feed.


@dataclass(frozen=True)
class Span:
    """A passage of one page: character offsets in the stored page text."""

    page: int
    start: int
    end: int


def find_phrase(
    page: int, text: str, phrase_terms: Sequence[str], *, phrase: str = ""
) -> list[Span]:
    """Every occurrence of the analyzed phrase in a page text, in reading order.

    Search drops stop words ("les", "de"): a phrase's own first and last words bound the
    passage all the same, "les pouvoirs publics pourront" from "les", when the text has them.
    """
    if not phrase_terms:
        return []
    spans = term_spans(text)
    width = len(phrase_terms)
    lead, trail = _dropped_ends(phrase, phrase_terms)
    found = []
    index = 0
    while index + width <= len(spans):
        window = spans[index : index + width]
        if [term for term, _start, _end in window] == list(phrase_terms):
            start = _widened_back(text, window[0][1], lead)
            end = _widened_on(text, window[-1][2], trail)
            found.append(Span(page, start, end))
            index += width
        else:
            index += 1
    return found


def _dropped_ends(phrase: str, phrase_terms: Sequence[str]) -> tuple[list[str], list[str]]:
    """The phrase's words before its first term and after its last, folded."""
    words = [(_fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(phrase)]
    kept = term_spans(phrase)
    if not kept or not words:
        return [], []
    first, last = kept[0][1], kept[-1][2]
    return [w for w, _s, end in words if end <= first], [
        w for w, start, _e in words if start >= last
    ]


def _widened_back(text: str, start: int, words: Sequence[str]) -> int:
    for word in reversed(words):
        match = _LAST_WORD.search(text, max(0, start - _REACH), start)
        if match is None or _fold(match.group(1)) != word:
            break
        start = match.start(1)
    return start


def _widened_on(text: str, end: int, words: Sequence[str]) -> int:
    for word in words:
        match = _NEXT_WORD.match(text, end)
        if match is None or _fold(match.group(1)) != word:
            break
        end = match.end(1)
    return end


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
