"""File > Export Séance Sheet…: the open bill's amendments written in the background, the
filters chosen in a small dialog, an empty selection said plainly."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from amendment_samples import plfss_bill, senat_rows
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from reviewer.core.kinds import AMENDEMENT
from reviewer.core.reports import Format
from reviewer.library import Library


@pytest.fixture
def bill_id(library: Library, tmp_path: Path) -> int:
    """Four real Sénat amendments on their bill; a position on the one at Article 7."""
    library.import_paths([senat_rows(tmp_path / "jeu.csv", 4), plfss_bill(tmp_path)])
    [bill] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
    [on_7] = [e for e in library.amendments(bill, article="7") if e.number == "2 rect."]
    library.set_position(on_7.id, "Favorable", "Mesure attendue.")
    return bill


def export(qtbot, window, monkeypatch, path: Path, **choices):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))
    window.action_set["export_seance"].trigger()
    dialog = window.exports.seance_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(choices.get("fmt", Format.DOCX)))
    dialog.position_check.setChecked(choices.get("with_position", False))
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData(choices.get("outcome", "")))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    qtbot.waitUntil(lambda: window.exports.messages.box is not None, timeout=20000)
    return window.exports.messages.box


def test_the_sheet_of_the_open_bill_is_written_with_the_filters_chosen(
    qtbot, window, bill_id, tmp_path, monkeypatch
):
    assert not window.action_set["export_seance"].isEnabled()  # no bill open
    window.open_document(bill_id)
    assert window.action_set["export_seance"].isEnabled()
    path = tmp_path / "fiche.docx"
    box = export(qtbot, window, monkeypatch, path, with_position=True)
    assert box.text() == "Séance sheet written: 1 amendment."
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "Mesure attendue." in text and "Article 7" in text


def test_an_empty_selection_is_said_and_nothing_is_written(
    qtbot, window, bill_id, tmp_path, monkeypatch
):
    window.open_document(bill_id)
    path = tmp_path / "fiche.pdf"
    box = export(qtbot, window, monkeypatch, path, fmt=Format.PDF, outcome="tombé")
    assert box.text() == "The séance sheet could not be written."
    assert "matches outcome “tombé”" in box.informativeText()
    assert not path.exists()


def test_with_an_amendment_open_the_sheet_is_that_of_its_bill(
    qtbot, window, library, bill_id, tmp_path, monkeypatch
):
    [on_7] = [e for e in library.amendments(bill_id, article="7") if e.number == "2 rect."]
    assert library.bill_of(on_7.id) == bill_id and library.bill_of(bill_id) is None
    window.open_document(on_7.id)
    path = tmp_path / "fiche.docx"
    box = export(qtbot, window, monkeypatch, path, with_position=True)
    assert box.text() == "Séance sheet written: 1 amendment."
    assert "Mesure attendue." in "\n".join(p.text for p in docx.Document(path).paragraphs)
