"""The PDF floor: the only package that imports PyMuPDF, and it takes the MuPDF lock itself
at every entry point (`guard.py`), so any thread may call it."""

from reviewer.pdf.compose import Block, write_pdf
from reviewer.pdf.document import PdfFile
from reviewer.pdf.plain import laid_out
from reviewer.pdf.reader import (
    PageText,
    ReadDocument,
    check_supported,
    is_supported,
    pdf_pages,
    read_document,
)

__all__ = [
    "Block",
    "PageText",
    "PdfFile",
    "ReadDocument",
    "check_supported",
    "is_supported",
    "laid_out",
    "pdf_pages",
    "read_document",
    "write_pdf",
]
