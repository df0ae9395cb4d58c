"""Scans import flagged "no text"; OCR (French, Tesseract through PyMuPDF) makes them
searchable and highlightable; without Tesseract the user is told how to install it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.cli import main
from reviewer.core.errors import Cancelled, ReviewerError
from reviewer.core.events import CancelToken
from reviewer.library import Library
from reviewer.pdf import ocr
from reviewer.pdf.ocr import OcrUnavailable, find_tesseract

SCAN = "image-only/ocrmypdf_francais-scanned-french.pdf"  # "Portez ce vieux whisky au juge..."


def tesseract_problem() -> str | None:
    try:
        find_tesseract()
    except OcrUnavailable as missing:
        return str(missing)
    return None


needs_tesseract = pytest.mark.skipif(
    tesseract_problem() is not None,
    reason=f"Tesseract with French is not installed: {tesseract_problem()}",
)


@pytest.fixture
def scan(library: Library, shared_pdfs: Path) -> int:
    [outcome] = library.import_paths([shared_pdfs / SCAN]).outcomes
    assert "reviewer ocr" in outcome.message
    assert not library.document(outcome.document_id).has_text
    return outcome.document_id


@needs_tesseract
def test_ocr_makes_a_scan_searchable_and_highlightable(library: Library, scan: int):
    note = library.add_note(scan, "à relire", page=1)
    progress = []
    document = library.ocr(scan, progress=progress.append)
    assert document.has_text and document.pdf_path.endswith(".ocr.pdf")
    assert progress[-1].done == progress[-1].total == 1
    assert library.search('"vieux whisky"').total == 1
    [highlight] = library.annotate(scan, "juge blond")
    assert highlight.anchor.rects and highlight.quote.replace("\n", " ") == "juge blond"
    assert library.annotation(note.id).note == "à relire"  # notes stay, on their page
    assert library.doctor().healthy


@needs_tesseract
def test_ocr_from_the_command_line(library: Library, scan: int, capsys):
    root = str(library.root)
    library.close()
    assert main(["ocr", "--library", root, str(scan)]) == 0
    assert "now searchable" in capsys.readouterr().out


@needs_tesseract
def test_a_cancelled_ocr_changes_nothing(library: Library, scan: int):
    token = CancelToken()
    with pytest.raises(Cancelled):
        library.ocr(scan, progress=lambda _progress: token.cancel(), cancel=token)
    assert not library.document(scan).has_text
    assert library.doctor().healthy


def test_without_tesseract_the_user_is_told_how_to_install_it(
    library: Library, scan: int, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.setattr(ocr.shutil, "which", lambda _name: None)
    with pytest.raises(OcrUnavailable, match="sudo apt install tesseract-ocr tesseract-ocr-fra"):
        library.ocr(scan)
    assert not library.document(scan).has_text


def test_tesseract_without_french_says_so(
    library: Library, scan: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    (tmp_path / "eng.traineddata").write_bytes(b"")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(OcrUnavailable, match="no French data"):
        library.ocr(scan)


def test_a_document_with_text_is_not_ocred(library: Library, tmp_path: Path):
    library.import_paths([write_test_pdf(tmp_path / "loi.pdf", ["Article premier"])])
    with pytest.raises(ReviewerError, match="has text already"):
        library.ocr(library.documents()[0].id)
