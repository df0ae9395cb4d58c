"""Write new PDFs from structured text: the demo library, samples and test fixtures."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from reviewer.pdf.reader import A4

MARGIN = 56  # points: about 2 cm

CSS = """
body { font-family: serif; font-size: 10.5pt; line-height: 1.25; }
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


def write_pdf(
    path: Path, blocks: Iterable[Block], *, title: str = "", author: str = ""
) -> int:
    """Lay the blocks out on A4 pages and write the PDF; return its page count."""
    story = pymupdf.Story(html=_html(blocks), user_css=CSS)
    writer = pymupdf.DocumentWriter(str(path))
    frame = A4 + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    more, pages = 1, 0
    while more:
        device = writer.begin_page(A4)
        more, _filled = story.place(frame)
        story.draw(device)
        writer.end_page()
        pages += 1
    writer.close()
    _set_metadata(path, title=title, author=author)
    return pages


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
    document.set_metadata({"title": title, "author": author, "producer": "reviewer"})
    document.saveIncr()
    document.close()
