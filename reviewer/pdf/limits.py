"""Limits that protect the machine from a broken or hostile file.

A PDF can make MuPDF work for minutes on one page (a content stream of millions
of operators, a loop in the page tree) or allocate gigabytes (a poster-size page
rendered at reading resolution). Reading happens in a child process
(`reviewer.pdf.isolated`) that is stopped when a step overruns its time or the
process its memory; page sizes are checked before any page is read.

Why these values (timings measured on the shared test PDFs):
- `page_seconds` 15 s: a page's text takes 1-10 ms (117 pages in 0.3 s), so
  15 s leaves a margin of 1000x for a slow laptop and a complex page, while a
  user whose import is stuck on a file hears of it within 15 s.
- `open_seconds` 60 s: opening repairs broken cross-references (< 50 ms here)
  and converts HTML/EPUB to PDF in one step (0.1 s for a 3-page bill, growing
  with the length); 60 s leaves room for books of thousands of pages.
- `ocr_page_seconds` 120 s: Tesseract takes 0.5 s for a small scan and several
  seconds for a full A4 page at 300 dpi.
- `memory_bytes` 2 GiB above the reader's own start-up size: reading a PDF
  needs tens of MB, converting a long HTML a few hundred, and 2 GiB cannot push
  an 8 GB laptop into swap.
- `MAX_PAGE_AREA` 4 m² (e.g. 2 m x 2 m; A0 is 1 m²): MuPDF's pixmaps grow with
  the area, and 4 m² at the 150 dpi of comfortable reading is already 420 MB.
  Larger "pages" are damaged page boxes or maps, not texts to review.
- `MAX_FILE_BYTES` 1 GiB: the import copies a file (hashing it) before any limit
  of the reading child applies, so the copy is bounded too: a link to /dev/zero
  or a file that keeps growing stops there. The largest legislative PDFs are tens
  of MB (the 117-page shared sample is 1.8 MB); 1 GiB is a scanned book.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core.errors import UnreadableDocument
from reviewer.core.i18n import tr

GIB = 1 << 30
POINTS_PER_METRE = 72 / 0.0254
MAX_PAGE_AREA_M2 = 4.0
MAX_PAGE_AREA = MAX_PAGE_AREA_M2 * POINTS_PER_METRE**2  # in square points
MAX_FILE_BYTES = GIB


@dataclass(frozen=True)
class Limits:
    open_seconds: float = 60.0
    page_seconds: float = 15.0
    ocr_page_seconds: float = 120.0
    memory_bytes: int = 2 * GIB


LIMITS = Limits()


def check_page_size(number: int, width: float, height: float) -> None:
    """Refuse a page whose area would make rendering it exhaust memory."""
    if width * height <= MAX_PAGE_AREA:
        return
    metres = f"{width / POINTS_PER_METRE:.1f} m x {height / POINTS_PER_METRE:.1f} m"
    raise UnreadableDocument(
        tr(
            "page {number} is {metres}, larger than the {MAX_PAGE_AREA_M2:g} m² reviewer accepts "
            "(its page box is probably damaged); print the document to a new PDF at a normal "
            "paper size and import that",
            number=number,
            metres=metres,
            MAX_PAGE_AREA_M2=MAX_PAGE_AREA_M2,
        )
    )
