"""Open any file PyMuPDF understands, turn it into PDF pages, extract their text.

The only module that decides how text is extracted: `words.py` uses the same
flags so that word offsets line up with the stored page text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pymupdf

from reviewer.core.errors import PasswordRequired, UnreadableDocument

# Formats PyMuPDF opens; everything but PDF is converted to PDF on import.
PDF_SUFFIXES = frozenset({".pdf"})
CONVERTED_SUFFIXES = frozenset(
    {
        ".xps",
        ".oxps",
        ".epub",
        ".mobi",
        ".fb2",
        ".cbz",
        ".svg",
        ".txt",
        ".text",
        ".html",
        ".htm",
        ".xhtml",
        ".png",
        ".jpg",
        ".jpeg",
        ".tif",
        ".tiff",
        ".bmp",
        ".gif",
        ".jxr",
        ".pnm",
        ".pbm",
        ".pgm",
    }
)
SUPPORTED_SUFFIXES = PDF_SUFFIXES | CONVERTED_SUFFIXES

# Same flags for page text and words, so offsets agree; no ligatures in search text.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
A4 = pymupdf.paper_rect("a4")
REFLOW_FONT_SIZE = 10


@dataclass(frozen=True)
class PageText:
    number: int
    text: str
    width: float
    height: float


@dataclass(frozen=True)
class ReadDocument:
    """A document read for import. `pdf_bytes` is set when the input was converted."""

    pages: tuple[PageText, ...]
    title: str
    pdf_bytes: bytes | None
    repaired: bool

    @property
    def has_text(self) -> bool:
        return any(page.text.strip() for page in self.pages)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_document(path: Path, *, password: str | None = None) -> ReadDocument:
    """Read a file for import; raise a ReviewerError that says what is wrong."""
    if not is_supported(path):
        raise UnreadableDocument(f"unsupported file type “{path.suffix or path.name}”")
    if path.stat().st_size == 0:
        raise UnreadableDocument("the file is empty (0 bytes)")
    source = _open(path, password)
    try:
        pdf, pdf_bytes = _as_pdf(source)
        try:
            pages = tuple(_page_text(page) for page in pdf)
            title = (source.metadata or {}).get("title", "") or ""
            return ReadDocument(pages, title.strip(), pdf_bytes, bool(source.is_repaired))
        finally:
            if pdf is not source:
                pdf.close()
    except RuntimeError as error:  # MuPDF errors on damaged content streams.
        raise UnreadableDocument(f"the file is damaged and cannot be read ({error})") from error
    finally:
        source.close()


def open_pdf(path: Path, *, password: str | None = None) -> pymupdf.Document:
    """Open a library PDF for reading words or rendering (already validated on import)."""
    return _open(path, password)


def page_textpage(page: pymupdf.Page) -> pymupdf.TextPage:
    return page.get_textpage(flags=TEXT_FLAGS)


def _open(path: Path, password: str | None) -> pymupdf.Document:
    try:
        document = pymupdf.open(path)
    except (pymupdf.FileDataError, RuntimeError, ValueError) as error:
        raise UnreadableDocument(_open_failure(path, error)) from error
    if document.needs_pass and not document.authenticate(password or ""):
        document.close()
        if password:
            raise PasswordRequired("wrong password for this encrypted file", wrong_password=True)
        raise PasswordRequired("the file is encrypted: give its password (--password)")
    if document.page_count == 0:
        document.close()
        raise UnreadableDocument("the document has no pages")
    return document


def _open_failure(path: Path, error: Exception) -> str:
    if path.suffix.lower() == ".pdf":
        return f"not a readable PDF, damaged beyond repair ({error})"
    return f"cannot be opened ({error})"


def _as_pdf(document: pymupdf.Document) -> tuple[pymupdf.Document, bytes | None]:
    """The document itself if it is a PDF, else an A4 PDF made from it."""
    if document.is_pdf:
        return document, None
    if document.is_reflowable:
        document.layout(rect=A4, fontsize=REFLOW_FONT_SIZE)
    pdf_bytes = document.convert_to_pdf()
    return pymupdf.open("pdf", pdf_bytes), pdf_bytes


def _page_text(page: pymupdf.Page) -> PageText:
    text = page_textpage(page).extractText()
    return PageText(page.number + 1, text, page.rect.width, page.rect.height)
