"""Write new PDFs from structured text: the demo library, samples and test fixtures."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from pymupdf import mupdf

from reviewer.pdf.guard import MUPDF
from reviewer.pdf.reader import A4, TEXT_FLAGS, PageText, pdf_pages
from reviewer.pdf.report import set_metadata

MARGIN = 56  # points: about 2 cm
CHUNK_BLOCKS = 20
A4_BOX = mupdf.FzRect(A4.x0, A4.y0, A4.x1, A4.y1)

CSS = """
body { font-family: serif; font-size: 12pt; line-height: 1.4; }
h1 { font-size: 15pt; text-align: center; margin-bottom: 6pt; }
h2 { font-size: 12.5pt; text-align: center; margin-top: 10pt; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 8pt; }
p { text-align: justify; margin: 0 0 5pt 0; }
p.center { text-align: center; }
p.small { font-size: 9pt; }
"""


@dataclass(frozen=True)
class Block:
    """One paragraph of a generated document; `style` is h1, h2, h3, p, center or small."""

    style: str
    text: str


def write_pdf(path: Path, blocks: Iterable[Block], *, title: str = "", author: str = "") -> int:
    """Lay the blocks out on A4 pages and write the PDF; return its page count.

    The MuPDF lock is taken one run of blocks at a time."""
    count = _write(str(path), blocks, None)
    with MUPDF:
        _set_metadata(path, title=title, author=author)
    return count


def laid_out(blocks: Iterable[Block]) -> tuple[bytes, tuple[PageText, ...]]:
    """The PDF `write_pdf` writes (without a title) and its pages' texts as `pdf_pages`
    reads them back, made in memory.

    An import of amendments makes thousands: each page is drawn once, then replayed to the
    PDF and to a text page. Reading the PDF back would load its fonts again, as long as
    laying it out. Where a page holds a character not known to read back the same (a soft
    hyphen at a line's end is drawn as such, but reads back as "-"), the PDF is read back."""
    target, texts = io.BytesIO(), []
    _write(target, blocks, texts)
    pdf = target.getvalue()
    if not all(_READS_BACK.fullmatch(text) for text in texts):
        return pdf, pdf_pages(pdf)
    return pdf, tuple(PageText(n, text, A4.width, A4.height) for n, text in enumerate(texts, 1))


# The characters a page's text is known to read back from its PDF unchanged (French text
# as the chambers write it; tests/pdf/test_compose.py checks each).
_READS_BACK = re.compile(
    "[\n\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u0152\u0153\u0300-\u0302"
    "\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u202f\u20ac]*"
)


def _write(target: str | io.BytesIO, blocks: Iterable[Block], texts: list[str] | None) -> int:
    """Lay the blocks out into `target`; each page's text appended to `texts` if given."""
    with MUPDF:
        writer = pymupdf.DocumentWriter(target)
    frame = pymupdf.Rect(A4.x0 + MARGIN, A4.y0 + MARGIN, A4.x1 - MARGIN, A4.y1 - MARGIN)
    pages = _Pages(writer, frame, texts)
    # Story layout time grows with the square of its length: lay out short runs of blocks,
    # each continuing on the page where the previous one stopped.
    for chunk in _chunks(list(blocks), CHUNK_BLOCKS):
        with MUPDF:
            _lay_out(chunk, pages)
    with MUPDF:
        count = pages.finish()
        writer.close()
    return count


def _lay_out(blocks: list[Block], pages: _Pages) -> None:
    story = pymupdf.Story(html=_html(blocks), user_css=CSS)
    more = 1
    while more:
        more, filled = story.place(pages.remaining())
        filled = pymupdf.Rect(filled)
        pages.draw(story)
        if more:
            pages.end()
        else:
            pages.advance_to(filled.y1)


MIN_SPACE = 40  # points: room for a heading's first line with its margin above


class _Pages:
    """The page being filled, and where its free space starts."""

    def __init__(
        self, writer: pymupdf.DocumentWriter, frame: pymupdf.Rect, texts: list[str] | None
    ) -> None:
        self.writer, self.frame, self.texts = writer, frame, texts
        self.current: pymupdf.DeviceWrapper | None = None
        self.text: mupdf.FzStextPage | None = None  # the page's text, when `texts` is kept
        self.text_device: mupdf.FzDevice | None = None
        self.top = frame.y0
        self.count = 0

    def device(self) -> pymupdf.DeviceWrapper:
        if self.current is None:
            self.current = self.writer.begin_page(A4)
            if self.texts is not None:
                self.text = mupdf.FzStextPage(A4_BOX)
                self.text_device = mupdf.fz_new_stext_device(
                    self.text, mupdf.FzStextOptions(TEXT_FLAGS)
                )
            self.top = self.frame.y0
            self.count += 1
        return self.current

    def remaining(self) -> pymupdf.Rect:
        # Story draws a paragraph whose first line does not fit below the page, out of
        # sight: begin a new page instead.
        if self.current is not None and self.frame.y1 - self.top < MIN_SPACE:
            self.end()
        self.device()
        return pymupdf.Rect(self.frame.x0, self.top, self.frame.x1, self.frame.y1)

    def draw(self, story: pymupdf.Story) -> None:
        device = self.device()
        if self.text_device is None:
            story.draw(device)
            return
        # A story draws once: to a display list, replayed to the page and to its text.
        drawing = mupdf.FzDisplayList(A4_BOX)
        recorder = mupdf.fz_new_list_device(drawing)
        story.draw(pymupdf.DeviceWrapper(recorder))
        mupdf.fz_close_device(recorder)
        for target in (device.this, self.text_device):
            mupdf.fz_run_display_list(drawing, target, mupdf.FzMatrix(), A4_BOX, mupdf.FzCookie())

    def advance_to(self, y: float) -> None:
        self.top = max(self.top, y)

    def end(self) -> None:
        if self.current is not None:
            self.writer.end_page()
            self.current = None
        if self.texts is not None and self.text_device is not None:
            mupdf.fz_close_device(self.text_device)
            self.texts.append(pymupdf.TextPage(self.text).extractText())
            self.text_device = self.text = None

    def finish(self) -> int:
        self.end()
        return self.count


def _chunks(blocks: list[Block], size: int) -> list[list[Block]]:
    return [blocks[start : start + size] for start in range(0, len(blocks), size)] or [[]]


def _html(blocks: Iterable[Block]) -> str:
    parts = []
    for block in blocks:
        text = html.escape(block.text)
        if block.style in {"h1", "h2", "h3"}:
            parts.append(f"<{block.style}>{text}</{block.style}>")
        elif block.style == "p":
            parts.append(f"<p>{text}</p>")
        else:
            parts.append(f'<p class="{block.style}">{text}</p>')
    return "<body>" + "\n".join(parts) + "</body>"


def _set_metadata(path: Path, *, title: str, author: str) -> None:
    if not (title or author):
        return
    document = pymupdf.open(path)
    set_metadata(document, {"title": title, "author": author, "producer": "reviewer"})
    document.saveIncr()
    document.close()
