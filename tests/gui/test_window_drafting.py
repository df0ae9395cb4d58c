"""Document > Draft an Amendment…: the dialog opens on the selection's address, previews the
article as amended while the drafter types, and saves a draft the library lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import SHARED

from reviewer.core.kinds import PROJET_AMENDEMENT
from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels.draft_dialog import DraftDialog
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BILL = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"
WORDS = "des chapitres\u00a0III et\u00a0IV"  # as the page text has them


@pytest.fixture
def bill_id(library: Library) -> int:
    report = library.import_paths([BILL])
    (document_id,) = {o.document_id for o in report.outcomes if o.document_id is not None}
    return document_id


@pytest.fixture
def window(bill_id: int, window: MainWindow) -> MainWindow:
    """The shared window, on the bill."""
    assert window.open_document(bill_id)
    return window


def selected(window: MainWindow, library: Library, bill_id: int, words: str, nth: int = 1):
    """Select the `nth` occurrence of `words` in the page view, as a drag would."""
    pages = library.pages(bill_id)
    found = [
        (page.number, match.start(), match.end())
        for page in pages
        for match in re.finditer(re.escape(words), page.text)
    ]
    span = found[nth - 1]
    window.view.selection = lambda: [span]
    return span


def drafted(window: MainWindow) -> DraftDialog:
    window.action_set["draft_amendment"].trigger()
    dialog = window.draft_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_dialog_opens_on_the_selected_words_address(window, library, bill_id):
    selected(window, library, bill_id, WORDS)
    dialog = drafted(window)
    assert dialog.article_edit.text() == "Article 2"
    assert dialog.alinea_box.value() == 3
    assert dialog.words_edit.text() == "des chapitres III et IV"
    assert dialog.op() == "replace-words"
    assert dialog.style_box.currentData() == "senat"  # the bill's chamber
    assert "Article 2, alinéa 3 of 26" in dialog.place_label.text()
    model = dialog.op_box.model()
    enabled = {
        dialog.op_box.itemData(i) for i in range(dialog.op_box.count()) if model.item(i).isEnabled()
    }
    assert {"delete-words", "replace-words", "insert-words", "delete-article"} <= enabled


def test_a_repeated_word_opens_on_its_occurrence_and_article_operations_only_without_words(
    window, library, bill_id
):
    selected(window, library, bill_id, "chapitre", nth=2)
    dialog = drafted(window)
    assert dialog.words_edit.text() == "chapitre"
    dialog.words_edit.setText("")
    dialog.alinea_box.setValue(0)
    model = dialog.op_box.model()
    enabled = {
        dialog.op_box.itemData(i) for i in range(dialog.op_box.count()) if model.item(i).isEnabled()
    }
    assert enabled == {
        "delete-article", "insert-alinea", "additional-article", "rewrite-article",
        "restore-article",
    }  # fmt: skip
    assert dialog.op() == "rewrite-article"  # replace-words has nothing to replace now


def test_typing_updates_the_preview_with_its_word_diff(qtbot, window, library, bill_id):
    selected(window, library, bill_id, WORDS)
    dialog = drafted(window)
    assert "Type the new wording" in dialog.warnings_view.toPlainText()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000) as shown:
        dialog.new_edit.setPlainText("un chapitre III")
    draft = shown.args[0]
    assert draft is not None
    assert "par des chapitres III et IV" not in " ".join(draft.after.split())
    assert "complété par un chapitre III ainsi" in " ".join(draft.after.split())
    assert dialog.dispositif_view.toPlainText().startswith("ARTICLE 2\n\nAlinéa 3")
    page = dialog.preview.toHtml()
    assert "line-through" in page and "underline" in page  # deleted and inserted words
    assert "ainsi rédigés" in " ".join(dialog.preview.toPlainText().split())
    with qtbot.waitSignal(dialog.previewed, timeout=10_000) as shown:
        dialog.style_box.setCurrentIndex(dialog.style_box.findData("an"))
    assert shown.args[0].dispositif.startswith("À l’alinéa 3, substituer")


def test_save_stores_a_draft_the_library_lists_and_undo_removes_it(qtbot, window, library, bill_id):
    selected(window, library, bill_id, WORDS)
    dialog = drafted(window)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.new_edit.setPlainText("un chapitre III")
    dialog.expose_edit.setPlainText("Simplifier.")
    assert dialog.signatories_edit.text() == "testeur"  # the author: no signatories set
    dialog.signatories_edit.setText("M. Dupont ; Mme Martin")
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as stored:
        dialog.save_button.click()
    saved = stored.args[0]
    assert [draft.id for draft in library.drafts(bill_id)] == [saved.id]
    assert library.document(saved.id).kind == PROJET_AMENDEMENT
    assert saved.expose == "Simplifier." and saved.alinea == 3
    assert saved.signatories == ("M. Dupont", "Mme Martin")
    assert dialog.export_buttons["txt"].isEnabled()
    assert b"un chapitre III" in dialog.export("fields")
    window.undo_stack.undo()
    assert library.drafts(bill_id) == []
    window.undo_stack.redo()
    assert [draft.id for draft in library.drafts(bill_id)] == [saved.id]


def test_without_a_selection_the_dialog_opens_on_the_article_being_read(window, library):
    place = window.library.find_place(window.document.id, "article 2")
    window.view.show_place(place)
    dialog = drafted(window)
    assert dialog.article_edit.text() == "Article 2"
    assert dialog.words_edit.text() == ""


def test_screenshot_of_the_draft_dialog(qtbot, window, library, bill_id):
    selected(window, library, bill_id, WORDS)
    dialog = drafted(window)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.new_edit.setPlainText("un chapitre III relatif à l’exonération")
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "draft-dialog.png"))


def test_another_library_closes_the_dialog_before_it_writes_there(
    qtbot, window, library, bill_id, tmp_path
):
    selected(window, library, bill_id, WORDS)
    dialog = drafted(window)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.new_edit.setPlainText("un chapitre III")
    assert dialog.draft is not None
    assert window.open_library(tmp_path / "other")
    assert dialog.save() is None
    assert not dialog.isVisible()
