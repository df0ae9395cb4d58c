"""The PDF floor: the only package that imports PyMuPDF."""

from reviewer.pdf.compose import Block, write_pdf
from reviewer.pdf.document import PageImage, PdfFile, Word
from reviewer.pdf.reader import PageText, ReadDocument, is_supported, read_document

__all__ = [
    "Block",
    "PageImage",
    "PageText",
    "PdfFile",
    "ReadDocument",
    "Word",
    "is_supported",
    "read_document",
    "write_pdf",
]
