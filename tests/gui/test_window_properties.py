"""The properties dialog: edits of kind and fields persist, only they stick, undo and redetect."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels.properties_dialog import DocumentPropertiesDialog, field_value
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
QUESTION = "an-question-ecrite-17e-leg-6750.txt"


@pytest.fixture
def question(library: Library, corpus_dir: Path) -> int:
    return library.import_paths([corpus_dir / QUESTION]).outcomes[0].document_id


@pytest.fixture
def window(question: int, window: MainWindow) -> MainWindow:
    """The shared window, opened once the question is in the library."""
    return window


def dialog_of(window: MainWindow, document_id: int) -> DocumentPropertiesDialog:
    window.open_document(document_id)
    window.action_set["document_properties"].trigger()
    dialog = window.properties_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_dialog_shows_what_was_detected(window, library, question):
    dialog = dialog_of(window, question)
    assert dialog.kind_box.currentData() == "question écrite"
    assert dialog.kind_box.currentText() == "Written question"
    assert dialog.confidence.text().startswith("Detected, ")
    assert dialog.fields["number"].text() == "6750"
    assert dialog.fields["authors"].text() == "M. Ugo Bernalicis"
    assert dialog.fields["mission"].text() == ""
    assert dialog.changes() == {}


def test_editing_kind_and_a_field_persists_and_only_they_stick(qtbot, window, library, question):
    dialog = dialog_of(window, question)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("rapport"))
    dialog.fields["legislature"].setText("16")
    dialog.fields["authors"].setText("M. Ugo Bernalicis ; Mme Ada Lovelace")
    dialog.fields["rubrique"].clear()
    assert dialog.save()
    assert not dialog.isVisible()

    saved = library.document(question)
    assert saved.kind == "rapport"
    assert saved.metadata["legislature"] == "16"
    assert saved.metadata["authors"] == ["M. Ugo Bernalicis", "Mme Ada Lovelace"]
    assert "rubrique" not in saved.metadata
    assert set(saved.user_fields) == {"kind", "legislature", "authors", "rubrique"}
    assert saved.metadata["number"] == "6750"  # untouched, still the library's
    qtbot.waitUntil(lambda: window.panels["library"].tree.topLevelItem(0).text(1) == "Report")

    window.undo_stack.undo()
    restored = library.document(question)
    assert (restored.kind, restored.metadata["legislature"]) == ("question écrite", "17")
    assert restored.metadata["rubrique"] == "Droits fondamentaux"
    window.undo_stack.redo()
    assert library.document(question).kind == "rapport"


def test_detect_again_keeps_user_edits_and_what_is_typed(window, library, question):
    library.edit_document(question, legislature="99")
    library.edit_document(question, number="1")  # then "forgotten" by detection? No: it sticks.
    dialog = dialog_of(window, question)
    assert dialog.labels["legislature"].text().endswith("✎")
    dialog.fields["group"].setText("Groupe test")
    dialog.detect_again()
    assert dialog.fields["legislature"].text() == "99"
    assert dialog.fields["group"].text() == "Groupe test"  # typed, not saved yet
    assert dialog.changes() == {"group": "Groupe test"}
    assert window.undo_stack.count() == 0  # Detect Again cannot be undone.


def test_a_changed_title_shows_in_the_window(window, library, question):
    dialog = dialog_of(window, question)
    dialog.title_edit.setText("QE 6750 — VSA et IA Act")
    dialog.save()
    assert window.document.title == "QE 6750 — VSA et IA Act"
    assert window.windowTitle().startswith("QE 6750 — VSA et IA Act")


def test_lists_are_separated_by_semicolons():
    assert field_value("sums", "8 000 000 ; 2 000 000;") == ["8 000 000", "2 000 000"]
    assert field_value("authors", "  ") is None
    assert field_value("number", " 6750 ") == "6750"


def test_screenshot_of_the_properties_dialog(qtbot, window, question):
    dialog = dialog_of(window, question)
    dialog.fields["group"].setText("La France insoumise")
    qtbot.wait(50)
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "properties-dialog.png"))
