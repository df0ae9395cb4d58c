"""Reading files for import: conversion to PDF, page text, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.core.errors import PasswordRequired, UnreadableDocument
from reviewer.pdf import PdfFile, read_document


def test_a_pdf_gives_its_page_texts_and_is_not_converted(tmp_path: Path):
    path = write_test_pdf(
        tmp_path / "loi.pdf",
        ["Article premier\nLa vidéoprotection.", "Article 2"],
        title="Projet de loi",
    )
    document = read_document(path)
    assert document.pdf_bytes is None
    assert document.title == "Projet de loi"
    assert [p.number for p in document.pages] == [1, 2]
    assert "vidéoprotection" in document.pages[0].text
    assert document.pages[0].width == 595


def test_plain_text_is_converted_to_a4_pdf_with_its_accents(corpus_dir: Path):
    document = read_document(corpus_dir / "an-question-ecrite-17e-leg-6750.txt")
    assert document.pdf_bytes is not None and document.pdf_bytes.startswith(b"%PDF")
    assert round(document.pages[0].width) == 595
    text = " ".join(p.text for p in document.pages)
    assert "Question écrite n° 6750" in text
    assert "reconnaissance faciale" in " ".join(text.split())


def test_html_bill_is_converted(shared_pdfs: Path):
    document = read_document(
        shared_pdfs / "legislative-html" / "projet-de-loi_an_pl0269_plfss2018.html"
    )
    assert document.pdf_bytes is not None
    assert len(document.pages) > 1
    assert "Article" in " ".join(p.text for p in document.pages)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("malformed/pdfplumber_empty-0-bytes.pdf", "empty"),
        ("malformed/qpdf_bad1-not-a-pdf.pdf", "not a readable PDF"),
        ("malformed/ocrmypdf_invalid-header-then-eof.pdf", "not a readable PDF"),
        ("edge/qpdf_empty-zero-pages.pdf", "no pages"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(shared_pdfs: Path, name: str, reason: str):
    with pytest.raises(UnreadableDocument, match=reason):
        read_document(shared_pdfs / name)


def test_unsupported_type_is_refused(tmp_path: Path):
    path = tmp_path / "tableur.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnreadableDocument, match="unsupported file type"):
        read_document(path)


def test_encrypted_pdf_needs_the_right_password(shared_pdfs: Path):
    path = shared_pdfs / "encrypted" / "pdfplumber_password-example.pdf"
    with pytest.raises(PasswordRequired) as missing:
        read_document(path)
    assert not missing.value.wrong_password
    with pytest.raises(PasswordRequired, match="wrong password") as wrong:
        read_document(path, password="nope")
    assert wrong.value.wrong_password
    assert len(read_document(path, password="test").pages) == 4


def test_empty_user_password_opens_without_asking(shared_pdfs: Path):
    assert len(read_document(shared_pdfs / "encrypted" / "qpdf_V4-aes.pdf").pages) == 30


def test_words_line_up_with_the_stored_page_text(tmp_path: Path):
    path = write_test_pdf(
        tmp_path / "q.pdf", ["Le ministre de l'Intérieur répond : l'élu·e a raison."]
    )
    text = read_document(path).pages[0].text
    with PdfFile(path) as pdf:
        words = pdf.words(1)
    assert [w.text for w in words][:3] == ["Le", "ministre", "de"]
    assert all(text[w.start : w.end] == w.text for w in words)
    assert all(w.rect.x1 > w.rect.x0 and w.rect.y1 > w.rect.y0 for w in words)


def test_render_gives_raw_pixels_at_the_zoom(tmp_path: Path):
    path = write_test_pdf(tmp_path / "r.pdf", ["Article premier"])
    with PdfFile(path) as pdf:
        image = pdf.render(1, zoom=1.5)
    assert abs(image.width - 595 * 1.5) <= 1 and abs(image.height - 842 * 1.5) <= 1
    assert len(image.samples) == image.stride * image.height
