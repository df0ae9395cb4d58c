"""Open any file PyMuPDF understands, turn it into PDF pages, extract their text.

The only module that decides how text is extracted: `words.py` uses the same
flags so that word offsets line up with the stored page text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from reviewer.core.errors import PasswordRequired, UnreadableDocument
from reviewer.core.i18n import N_, tr
from reviewer.pdf.guard import MUPDF
from reviewer.pdf.limits import check_page_size
from reviewer.pdf.webpage import WebPage, read_web_page

# MuPDF prints its errors and warnings ("format error: cycle in page tree") on the
# program's output, in the middle of an import's report. Problems reach the user
# as messages instead; MuPDF keeps them for `TOOLS.mupdf_warnings()` (see `read_job`).
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

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
        ".md",
        ".markdown",
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
TEXT_SUFFIXES = frozenset({".md", ".markdown"})
# Pages saved from a web site: decoded and cleaned by `webpage` before MuPDF lays them out.
WEB_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

# Same flags for page text and words, so offsets agree; no ligatures in search text.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
A4 = pymupdf.paper_rect("a4")
REFLOW_FONT_SIZE = 10
# What to do with a file MuPDF cannot read: most damage comes from a broken download or copy.
DAMAGED_ADVICE = N_(
    "get a fresh copy from its source, or open it in a PDF reader and print it to PDF"
)
PageHook = Callable[[int], None]


def _no_hook(_number: int) -> None:
    """The default page hook: nothing to report."""


@dataclass(frozen=True)
class PageText:
    number: int
    text: str
    width: float
    height: float


@dataclass(frozen=True)
class ReadDocument:
    """A document read for import. `pdf_bytes` is set when the input was converted.

    `facts`: what the file's own metadata states (a web page's document type...), which
    recognition trusts over what it guesses from the text.
    """

    pages: tuple[PageText, ...]
    title: str
    pdf_bytes: bytes | None
    repaired: bool
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def has_text(self) -> bool:
        return any(page.text.strip() for page in self.pages)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def check_supported(path: Path) -> None:
    """Refuse, with what to do, a file of a type reviewer does not import."""
    if not is_supported(path):
        raise UnreadableDocument(
            tr(
                "unsupported file type “{suffix}”: save it as PDF and import that",
                suffix=path.suffix or path.name,
            )
        )


def read_document(
    path: Path, *, password: str | None = None, before_page: PageHook = _no_hook
) -> ReadDocument:
    """Read a file for import; raise a ReviewerError that says what is wrong.

    `before_page(number)` is called before each page is read: the isolated
    reader times pages with it.
    """
    check_supported(path)
    if path.stat().st_size == 0:
        raise UnreadableDocument(tr("the file is empty (0 bytes): get the file again"))
    web = read_web_page(path.read_bytes()) if path.suffix.lower() in WEB_SUFFIXES else None
    with MUPDF:
        source = _open_web(web) if web else _open(path, password)
    try:
        with MUPDF:
            pdf, pdf_bytes = _as_pdf(source)
            page_count = pdf.page_count
        try:
            pages = tuple(_page_text(pdf, index, before_page) for index in range(page_count))
            with MUPDF:
                title = web.title if web else (source.metadata or {}).get("title", "") or ""
                repaired = bool(source.is_repaired)
            facts = web.facts if web else {}
            return ReadDocument(pages, title.strip(), pdf_bytes, repaired, facts)
        finally:
            if pdf is not source:
                with MUPDF:
                    pdf.close()
    except RuntimeError as error:  # MuPDF errors on damaged content streams.
        raise UnreadableDocument(
            tr(
                "the file is damaged and cannot be read ({error}): {advice}",
                error=error,
                advice=tr(DAMAGED_ADVICE),
            )
        ) from error
    finally:
        with MUPDF:
            source.close()


def pdf_pages(pdf: bytes) -> tuple[PageText, ...]:
    """The page texts of a PDF made in memory (reviewer.pdf.compose.pdf_bytes), as
    `read_document` reads them from its file."""
    with opened(pdf) as document:
        return tuple(_page_text(document, index, _no_hook) for index in range(len(document)))


def open_pdf(path: Path, *, password: str | None = None) -> pymupdf.Document:
    """Open a library PDF for reading words or rendering (already validated on import).

    The caller holds the MuPDF lock, as for every use of the document it returns."""
    return _open(path, password)


@contextmanager
def opened(source: Path | bytes) -> Iterator[pymupdf.Document]:
    """A library PDF (a path, or PDF bytes) opened and closed under the MuPDF lock, for
    long work that takes the lock one page at a time in between."""
    with MUPDF:
        document = pymupdf.open("pdf", source) if isinstance(source, bytes) else open_pdf(source)
    try:
        yield document
    finally:
        with MUPDF:
            document.close()


def page_textpage(page: pymupdf.Page) -> pymupdf.TextPage:
    return page.get_textpage(flags=TEXT_FLAGS)


def _open(path: Path, password: str | None) -> pymupdf.Document:
    try:
        # MuPDF knows Markdown by no extension of its own: it is plain text to read.
        filetype = "txt" if path.suffix.lower() in TEXT_SUFFIXES else None
        document = pymupdf.open(path, filetype=filetype)
    except (pymupdf.FileDataError, RuntimeError, ValueError) as error:
        raise UnreadableDocument(_open_failure(path, error)) from error
    if document.needs_pass and not document.authenticate(password or ""):
        document.close()
        if password:
            raise PasswordRequired(
                tr("wrong password for this encrypted file: check it and try again"),
                wrong_password=True,
            )
        raise PasswordRequired(
            tr(
                "the file is encrypted: give its password (reviewer import --password), "
                "or ask its sender for an unprotected copy"
            )
        )
    if document.page_count == 0:
        repaired = document.is_repaired
        document.close()
        if repaired:
            raise UnreadableDocument(
                tr(
                    "the file is damaged and no page could be recovered: {advice}",
                    advice=tr(DAMAGED_ADVICE),
                )
            )
        raise UnreadableDocument(tr("the document has no pages: check that this is the right file"))
    return document


def _open_web(page: WebPage) -> pymupdf.Document:
    """A saved web page, as its clean HTML (decoded right, without the site around it)."""
    try:
        return pymupdf.open(stream=page.html.encode("utf-8"), filetype="html")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as error:
        raise UnreadableDocument(
            tr("the web page cannot be laid out ({error})", error=error)
        ) from error


def _open_failure(path: Path, error: Exception) -> str:
    # MuPDF's "Failed to open file '<path>' as type pdf." only repeats the path.
    detail = "" if str(error).startswith("Failed to open file") else f" ({error})"
    if path.suffix.lower() == ".pdf":
        return tr(
            "not a readable PDF, damaged beyond repair{detail}: {advice}",
            detail=detail,
            advice=tr(DAMAGED_ADVICE),
        )
    return tr(
        "cannot be opened{detail}: check that it really is a {suffix} file",
        detail=detail,
        suffix=path.suffix,
    )


def _as_pdf(document: pymupdf.Document) -> tuple[pymupdf.Document, bytes | None]:
    """The document itself if it is a PDF, else an A4 PDF made from it."""
    if document.is_pdf:
        return document, None
    if document.is_reflowable:
        document.layout(rect=A4, fontsize=REFLOW_FONT_SIZE)
    pdf_bytes = document.convert_to_pdf()
    return pymupdf.open("pdf", pdf_bytes), pdf_bytes


def _page_text(pdf: pymupdf.Document, index: int, before: PageHook) -> PageText:
    before(index + 1)
    with MUPDF:
        page = pdf[index]
        rect = page.rect  # Computed by MuPDF on each access.
        check_page_size(index + 1, rect.width, rect.height)
        text = page_textpage(page).extractText()
    return PageText(index + 1, text, rect.width, rect.height)
