"""Lay out an annotated report, given as HTML, on A4 pages with PyMuPDF's Story.

The report's content and markup are made elsewhere (reviewer.export); this module only
places it: a title page, then the body's blocks, each kept on one page when it fits (so a
heading never ends a page and a quote is never cut from its note), bookmarks for the
headings, and page numbers.
"""

from __future__ import annotations

import functools
import html
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import pymupdf

from reviewer.pdf.guard import MUPDF
from reviewer.pdf.reader import A4, opened

MARGIN = 56  # points: 2 cm
FOOTER_HEIGHT = 24
FRAME = pymupdf.Rect(MARGIN, MARGIN, A4.x1 - MARGIN, A4.y1 - MARGIN - FOOTER_HEIGHT)
FOOTER = pymupdf.Rect(MARGIN, A4.y1 - MARGIN, A4.x1 - MARGIN, A4.y1 - MARGIN + FOOTER_HEIGHT)
FOOTER_SIZE = 8
FOOTER_COLOR = (0.47, 0.47, 0.47)
_TEXT = re.compile(r"(?<=>)[^<]+")  # the text between tags, never a tag or its attributes
_LIGATURE = re.compile(r"f(?=[fil])")
FOOTER_CSS = (
    f"p {{ font-family: sans-serif; font-size: {FOOTER_SIZE}pt; color: #777777; margin: 0; }}"
)


class Block(Protocol):
    """A run of HTML to keep on one page; `bookmarks` are the (level, title) it opens."""

    html: str
    bookmarks: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class ReportPages:
    """What to lay out: the title page and the body's blocks, with their stylesheet."""

    cover: str
    blocks: Sequence[Block]
    css: str
    title: str
    author: str = ""
    subject: str = ""
    mark: str = ""  # "Confidentiel — ne pas diffuser": in every page's footer
    language: str = "fr-FR"
    page_label: Callable[[int, int], str] = lambda page, total: f"{page} / {total}"


def render_report(pages: ReportPages, *, on_page: Callable[[int], None] = lambda _n: None) -> bytes:
    """The report as PDF bytes; `on_page(count)` is called as each page is begun.

    The MuPDF lock is taken one block, then one page at a time: a long report is laid
    out between the page view's renders."""
    buffer = io.BytesIO()
    with MUPDF:
        writer = pymupdf.DocumentWriter(buffer)
        flow = _Flow(writer, pages.css, on_page)
        flow.place(pages.cover)
        flow.new_page()
    for block in pages.blocks:
        with MUPDF:
            flow.place(block.html, block.bookmarks)
    with MUPDF:
        flow.finish()
        writer.close()
    with opened(buffer.getvalue()) as document:
        _number_pages(document, pages)
        with MUPDF:
            document.set_toc(flow.outline)
            set_metadata(
                document,
                {
                    "title": pages.title,
                    "author": pages.author,
                    "subject": pages.subject,
                    "creator": "reviewer",
                    "producer": "reviewer (PyMuPDF)",
                },
            )
            document.set_language(pages.language)
            return document.tobytes(garbage=3, deflate=True)


def outline_pages(data: bytes) -> list[int]:
    """The page each bookmark of a laid-out report opens on, in their order: what a
    contents page needs, from a first layout of the same blocks."""
    with opened(data) as document, MUPDF:
        return [page for _level, _title, page in document.get_toc()]


def set_metadata(document: pymupdf.Document, values: dict[str, str]) -> None:
    """Set the Info dictionary, every text field as UTF-16 with its byte-order mark.

    PyMuPDF writes a value whose characters are all Latin-1 as Latin-1 bytes, but readers
    decode such a string as PDFDocEncoding, which differs from Latin-1 between 0x80 and
    0xA0: a no-break space (0xA0) read back as "€" ("députée€:"). UTF-16 reads the same
    everywhere. The caller holds the MuPDF lock.
    """
    document.set_metadata(values)  # creates the Info dictionary and its dates
    _kind, info = document.xref_get_key(-1, "Info")
    xref = int(info.split()[0])
    for key, value in values.items():
        encoded = ("\ufeff" + value).encode("utf-16-be").hex().upper()
        document.xref_set_key(xref, key.capitalize(), f"<{encoded}>")


def unligatured(html_text: str) -> str:
    """The HTML with an empty element after each f before f, i or l, in text only.

    MuPDF's shaping draws "fi" as one ligature glyph whose text is "ﬁ": a reader's search for
    "vérifier", or a copy into Word, then fails. The CSS that would turn ligatures off is
    ignored; an element boundary stops the ligature and adds no character to the text.
    """
    return _TEXT.sub(lambda text: _LIGATURE.sub("f<span></span>", text.group()), html_text)


class _Flow:
    """The page being filled and where its free space starts."""

    def __init__(
        self, writer: pymupdf.DocumentWriter, css: str, on_page: Callable[[int], None]
    ) -> None:
        self.writer, self.css, self.on_page = writer, css, on_page
        self.device: pymupdf.DeviceWrapper | None = None
        self.top = FRAME.y0
        self.count = 0
        self.outline: list[list[object]] = []

    def place(self, html_text: str, bookmarks: Sequence[tuple[int, str]] = ()) -> None:
        """Lay a block out where the page has room; on a new page if it does not fit."""
        html_text = unligatured(html_text)
        if self.top >= FRAME.y1 - 1:  # the page is full: an empty rect "fits" any block
            self.new_page()
        self._ensure_page()
        story = pymupdf.Story(html=html_text, user_css=self.css)
        more, filled = story.place(self._free())
        if more and self.top > FRAME.y0:  # not drawn yet: start it on a fresh page instead
            self.new_page()
            self._ensure_page()
            story = pymupdf.Story(html=html_text, user_css=self.css)
            more, filled = story.place(self._free())
        self._bookmark(bookmarks)
        story.draw(self.device)
        self.top = pymupdf.Rect(filled).y1
        while more:  # longer than a page: it flows on
            self.new_page()
            self._ensure_page()
            more, filled = story.place(self._free())
            story.draw(self.device)
            self.top = pymupdf.Rect(filled).y1

    def _free(self) -> pymupdf.Rect:
        return pymupdf.Rect(FRAME.x0, self.top, FRAME.x1, FRAME.y1)

    def _ensure_page(self) -> None:
        if self.device is None:
            self.device = self.writer.begin_page(A4)
            self.top = FRAME.y0
            self.count += 1
            self.on_page(self.count)

    def new_page(self) -> None:
        if self.device is not None:
            self.writer.end_page()
            self.device = None

    def finish(self) -> None:
        self.new_page()

    def _bookmark(self, bookmarks: Sequence[tuple[int, str]]) -> None:
        for level, title in bookmarks:
            # A bookmark may go one level deeper than the previous one, never more.
            deepest = self.outline[-1][0] + 1 if self.outline else 1
            # Outline titles are plain text: no-break spaces would show as odd glyphs.
            plain = " ".join(title.split())
            self.outline.append([min(level, deepest), plain, self.count])  # type: ignore[call-overload]


def _number_pages(document: pymupdf.Document, pages: ReportPages) -> None:
    """Title, mark and page number in the footer of every page but the title page (which
    shows the mark in full), one page per lock."""
    with MUPDF:
        total = document.page_count
    for index in range(1, total):
        with MUPDF:
            _number_page(document[index], pages, total)


def _number_page(page: pymupdf.Page, pages: ReportPages, total: int) -> None:
    font = _helvetica()
    parts = (pages.title, pages.mark, pages.page_label(page.number + 1, total))
    text = " · ".join(part for part in parts if part)
    if all(font.has_glyph(ord(char)) for char in text):
        # A text writer is 20 times quicker than an HTML box, which fits by trial.
        writer = pymupdf.TextWriter(page.rect, color=FOOTER_COLOR)
        left = FOOTER.x1 - font.text_length(text, fontsize=FOOTER_SIZE)
        writer.append((left, FOOTER.y0 + FOOTER_SIZE), text, font=font, fontsize=FOOTER_SIZE)
        page.wrap_contents()  # the laid-out content leaves its coordinate flip in force
        writer.write_text(page)
    else:  # a title in a script Helvetica lacks
        box = f'<p style="text-align: right">{html.escape(text)}</p>'
        page.insert_htmlbox(FOOTER, unligatured(box), css=FOOTER_CSS)


@functools.cache
def _helvetica() -> pymupdf.Font:
    """Made once, under the lock, and kept: dropping it would call MuPDF from anywhere."""
    return pymupdf.Font("helv")
