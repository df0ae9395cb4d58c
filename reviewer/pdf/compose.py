"""Write new PDFs from structured text: the demo library, samples and test fixtures."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from pymupdf import mupdf

from reviewer.pdf.guard import MUPDF
from reviewer.pdf.reader import A4
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
    count = _write(str(path), blocks)
    with MUPDF:
        _set_metadata(path, title=title, author=author)
    return count


def _write(target: str, blocks: Iterable[Block]) -> int:
    """Lay the blocks out into `target`."""
    with MUPDF:
        writer = pymupdf.DocumentWriter(target)
    frame = pymupdf.Rect(A4.x0 + MARGIN, A4.y0 + MARGIN, A4.x1 - MARGIN, A4.y1 - MARGIN)
    pages = _Pages(writer, frame)
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

    def __init__(self, writer: pymupdf.DocumentWriter, frame: pymupdf.Rect) -> None:
        self.writer, self.frame = writer, frame
        self.current: pymupdf.DeviceWrapper | None = None
        self.top = frame.y0
        self.count = 0

    def device(self) -> pymupdf.DeviceWrapper:
        if self.current is None:
            self.current = self.writer.begin_page(A4)
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
        story.draw(self.device())

    def advance_to(self, y: float) -> None:
        self.top = max(self.top, y)

    def end(self) -> None:
        if self.current is not None:
            self.writer.end_page()
            self.current = None

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
