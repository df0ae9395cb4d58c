"""Helpers for tests: importable as `helpers` (pytest's pythonpath includes tests/)."""

from __future__ import annotations

from pathlib import Path


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to open a network connection."""


def write_test_pdf(path: Path, pages: list[str], *, title: str = "") -> Path:
    """A PDF with one page per string (paragraphs split on blank lines)."""
    import pymupdf  # Tests may use PyMuPDF directly to make and inspect fixtures.

    document = pymupdf.open()
    for text in pages:
        page = document.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(56, 56, 539, 786), text, fontsize=11, fontname="helv")
    if title:
        document.set_metadata({"title": title})
    document.save(path)
    document.close()
    return path
