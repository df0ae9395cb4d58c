"""Selection in reading order, the page cache and the page layout, without a window."""

from __future__ import annotations

from PySide6.QtGui import QImage

from reviewer.core.pages import Word
from reviewer.core.records import Rect
from reviewer.gui.view.layout import GAP, PageLayout
from reviewer.gui.view.page_cache import PageCache
from reviewer.gui.view.selection import (
    PagePoint,
    TextSelection,
    line_rects,
    nearest_word,
    spans,
    text,
)


def line_of_words(texts: str, *, y: float, line: tuple[int, int], offset: int) -> list[Word]:
    """Words 40 points apart on one line, with offsets as in "a b c" starting at `offset`."""
    words, cursor = [], offset
    for index, token in enumerate(texts.split()):
        x = 50 + 40 * index
        words.append(Word(token, Rect(x, y, x + 30, y + 12), cursor, cursor + len(token), line))
        cursor += len(token) + 1
    return words


PAGE_1 = tuple(
    line_of_words("un deux trois", y=100, line=(0, 0), offset=0)
    + line_of_words("quatre cinq", y=120, line=(0, 1), offset=14)
)
PAGE_2 = tuple(line_of_words("six sept", y=100, line=(0, 0), offset=0))
PAGES = {1: PAGE_1, 2: PAGE_2, 3: ()}


def words_of(page: int) -> tuple[Word, ...] | None:
    return PAGES.get(page)


def at(page: int, index: int) -> PagePoint:
    rect = PAGES[page][index].rect
    return PagePoint(page, (rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2)


def test_selection_runs_in_reading_order_whichever_way_it_is_dragged():
    forwards = TextSelection(at(1, 1), at(1, 3))
    backwards = TextSelection(at(1, 3), at(1, 1))
    assert forwards.ranges(words_of) == backwards.ranges(words_of)
    assert text(forwards.ranges(words_of), words_of) == "deux trois\nquatre"
    assert spans(forwards.ranges(words_of), words_of) == [(1, 3, 20)]


def test_selection_across_pages_takes_the_pages_between_whole():
    selection = TextSelection(at(1, 4), PagePoint(3, 10, 10))
    assert text(selection.ranges(words_of), words_of) == "cinq\nsix sept"
    assert spans(selection.ranges(words_of), words_of) == [(1, 21, 25), (2, 0, 8)]


def test_pages_not_read_yet_hold_the_selection_back():
    selection = TextSelection(at(1, 0), PagePoint(4, 0, 0))
    assert selection.missing_pages(words_of) == [4]
    assert selection.ranges(words_of) == []


def test_the_nearest_word_prefers_the_line_under_the_pointer():
    assert nearest_word(PAGE_1, 500, 106) == 2  # Far right of line 1: its last word.
    assert nearest_word(PAGE_1, 10, 125) == 3  # Left margin of line 2: its first word.
    assert nearest_word((), 0, 0) is None


def test_line_rects_make_one_band_a_line():
    assert line_rects(PAGE_1, 1, 3) == [Rect(90, 100, 160, 112), Rect(50, 120, 80, 132)]


def image(width: int) -> QImage:
    return QImage(width, 100, QImage.Format.Format_RGB888)


def test_the_cache_drops_the_least_recently_used_beyond_its_bytes():
    size = image(100).sizeInBytes()
    cache = PageCache(max_bytes=size * 2)
    cache.put(1, 1000, image(100))
    cache.put(2, 1000, image(100))
    assert cache.get(1, 1000) is not None  # Page 1 is now the most recent.
    cache.put(3, 1000, image(100))
    assert cache.pages() == {1, 3} and cache.size_bytes == size * 2


def test_the_cache_offers_the_nearest_scale_meanwhile():
    cache = PageCache()
    cache.put(1, 500, image(50))
    cache.put(1, 2000, image(200))
    assert cache.get(1, 1500) is None
    assert cache.best(1, 1500).width() == 200
    assert cache.best(2, 1500) is None


def test_layout_stacks_pages_and_finds_them():
    layout = PageLayout([(100, 200), (300, 100), (100, 200)], zoom=2.0, width=500)
    assert layout.width == 624  # The widest page and its margins.
    assert layout.rect(2).left() == GAP and layout.rect(2).top() == GAP * 2 + 400
    assert layout.height == 4 * GAP + 1000
    assert list(layout.pages_between(0, 10)) == []  # The top margin.
    assert list(layout.pages_between(0, 20)) == [1]
    assert list(layout.pages_between(400, 430)) == [1, 2]
    assert list(layout.pages_between(414, 420)) == []  # In the gap between pages.
    assert layout.page_at(414) == 1 and layout.page_at(423) == 2
    assert list(layout.pages_between(0, 10_000)) == [1, 2, 3]
