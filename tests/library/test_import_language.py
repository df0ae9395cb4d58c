"""An import says what went wrong in the user's language, whichever process read the file."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.i18n import set_language
from reviewer.core.records import ImportStatus


def test_a_damaged_pdf_fails_with_a_french_message(library, shared_pdfs: Path):
    set_language("fr")
    damaged = [
        shared_pdfs / "malformed" / name
        for name in ("qpdf_bad1-not-a-pdf.pdf", "pdfplumber_empty-0-bytes.pdf")
    ]
    report = library.import_paths(damaged)
    assert [o.status for o in report.outcomes] == [ImportStatus.FAILED] * 2
    damaged_pdf, empty = (outcome.message for outcome in report.outcomes)
    assert damaged_pdf.startswith("ce n’est pas un PDF lisible, il est endommagé")
    assert "procurez-vous une copie neuve" in damaged_pdf  # the advice too
    assert empty.startswith("le fichier est vide (0 octet)"), empty


def test_the_same_failure_in_english_after_switching(library, shared_pdfs: Path):
    set_language("fr")
    library.import_paths([shared_pdfs / "malformed" / "qpdf_bad1-not-a-pdf.pdf"])
    set_language("en")  # the window switched: the reading process follows at the next file
    report = library.import_paths([shared_pdfs / "malformed" / "pdfplumber_empty-0-bytes.pdf"])
    assert report.outcomes[0].message.startswith("the file is empty")
