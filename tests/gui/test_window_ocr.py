"""Document > Recognise Text (OCR)…: in the background, and says how to install Tesseract."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reviewer.gui import recognition
from reviewer.library import Library

SCAN = "ocrmypdf_francais-scanned-french.pdf"


@pytest.fixture
def scan(library, shared_pdfs):
    [outcome] = library.import_paths([shared_pdfs / "image-only" / SCAN]).outcomes
    return library.document(outcome.document_id)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        recognition.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    return shown


def test_without_tesseract_the_window_says_how_to_install_it(
    qtbot, window, scan, warnings, monkeypatch
):
    monkeypatch.setenv("PATH", "/nowhere")  # as on a machine without Tesseract
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    assert window.open_document(scan.id)
    action = window.action_set["recognise_text"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert "tesseract-ocr-fra" in warnings[0]


def test_recognised_text_reopens_the_document_with_it(qtbot, window, scan, monkeypatch):
    def ocr(_library, document_id, *, progress, cancel):
        return replace(scan, has_text=True)

    monkeypatch.setattr(Library, "ocr", ocr)
    assert window.open_document(scan.id)
    with (
        qtbot.waitSignal(window.recognition.recognised, timeout=20000),
        qtbot.waitSignal(window.context.messageShown, timeout=20000) as told,
    ):
        window.recognise_text()
    assert "can now be searched" in told.args[0]
    assert window.document is not None and window.document.id == scan.id


def test_a_document_with_text_is_not_sent_to_ocr(window, library, tmp_path):
    from helpers import write_test_pdf

    write_test_pdf(tmp_path / "texte.pdf", ["Article premier"], title="Texte")
    [outcome] = library.import_paths([tmp_path / "texte.pdf"]).outcomes
    assert window.open_document(outcome.document_id)
    assert window.recognise_text() is None
