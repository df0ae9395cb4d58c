"""The annotation panel and its editor on their own: reading order, filters, edits in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from reviewer.core.colors import PALETTE
from reviewer.core.records import Snippet
from reviewer.gui.panels.annotation_panel import AnnotationPanel
from reviewer.gui.panels.search_panel import snippet_html
from reviewer.gui.panels.tag_entry import TagCompleter, parse_tags
from reviewer.gui.undo import Edits
from reviewer.gui.worker import Calls

TEXT = "La CNIL rend un avis sur le coût du dispositif de vidéoprotection."


@pytest.fixture
def document_id(library, tmp_path: Path) -> int:
    pdf = write_test_pdf(tmp_path / "a.pdf", [TEXT, "Deuxième page."])
    return library.import_paths([pdf]).outcomes[0].document_id


@pytest.fixture
def panel(qtbot, library, document_id) -> AnnotationPanel:
    calls = Calls(library)
    edits = Edits(calls, QUndoStack(), calls)
    shown = AnnotationPanel(edits)
    qtbot.addWidget(shown)
    edits.changed.connect(lambda _change: shown.refresh())
    shown.show_document(document_id)
    return shown


def test_reading_order_puts_document_notes_first_then_by_place(panel, library, document_id):
    later = library.highlight(document_id, 1, 28, 32, color="blue")
    page_two = library.add_note(document_id, "Sur la page deux.", page=2)
    earlier = library.highlight(document_id, 1, 3, 7, tags=["CNIL"])
    whole = library.add_note(document_id, "Tout le texte.")
    panel.refresh()
    assert [a.id for a in panel.annotations()] == [whole.id, earlier.id, later.id, page_two.id]
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[1] == "p. 1 · « CNIL »\n#CNIL"
    assert texts[3] == "p. 2 · note on the page\n✎ Sur la page deux."


def test_filters_by_tag_and_colour(panel, library, document_id):
    library.highlight(document_id, 1, 3, 7, tags=["CNIL"], color="red")
    library.highlight(document_id, 1, 28, 32, tags=["coût"], color="red")
    library.highlight(document_id, 1, 16, 20, color="green")
    panel.refresh()
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("coût"))
    assert [a.quote for a in panel.visible_annotations()] == ["coût"]
    assert panel.list.count() == 1
    panel.tag_box.setCurrentIndex(0)
    panel.color_box.setCurrentIndex(panel.color_box.findData(PALETTE["red"]))
    assert [a.quote for a in panel.visible_annotations()] == ["CNIL", "coût"]


def test_editing_note_and_tags_in_place(qtbot, panel, library, document_id):
    made = library.highlight(document_id, 1, 3, 7)
    panel.refresh()
    with qtbot.waitSignal(panel.annotationActivated) as activated:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert activated.args == [made.id]
    editor = panel.editor
    editor.note_edit.setPlainText("Première ligne.\nSeconde ligne.")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert library.annotation(made.id).note == "Première ligne.\nSeconde ligne."
    editor.tags_edit.setText("CNIL,  avis , CNIL")
    editor.commit_tags()
    assert set(library.annotation(made.id).tags) == {"CNIL", "avis"}
    assert "#CNIL" in panel.list.item(0).text()
    editor.color_buttons["green"].click()
    assert library.annotation(made.id).color == PALETTE["green"]
    stack = panel.edits.stack
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    stack.undo()
    assert library.annotation(made.id).note == "" and library.annotation(made.id).tags == ()


def test_showing_another_annotation_saves_the_note_being_written(panel, library, document_id):
    first = library.highlight(document_id, 1, 3, 7)
    second = library.highlight(document_id, 1, 28, 32)
    panel.refresh()
    panel.select(first.id)
    panel.editor.note_edit.setPlainText("Écrit puis abandonné pour une autre.")
    panel.select(second.id)
    assert library.annotation(first.id).note == "Écrit puis abandonné pour une autre."
    assert panel.editor.annotation.id == second.id


def test_tag_completion_works_on_the_last_name(qtbot):
    completer = TagCompleter()
    completer.set_names(["CNIL", "coût", "reconnaissance faciale"])
    assert completer.splitPath("CNIL, reco") == ["reco"]
    assert parse_tags(" a, ,b ,") == ["a", "b"]


def test_snippets_show_their_matches_in_bold():
    snippet = Snippet("La <CNIL> rend un avis", ((4, 8), (18, 22)))
    assert snippet_html(snippet) == "La &lt;<b>CNIL</b>&gt; rend un <b>avis</b>"


def test_undo_while_the_note_box_has_focus_shows_the_old_note(qtbot, panel, library, document_id):
    made = library.highlight(document_id, 1, 3, 7, note="avant")
    panel.refresh()
    panel.select(made.id)
    panel.show()
    panel.editor.note_edit.setFocus()
    panel.editor.note_edit.setPlainText("après")
    panel.editor.commit_note()
    panel.edits.stack.undo()  # as from the toolbar: the box keeps the focus
    assert panel.editor.note_edit.toPlainText() == "avant"
    panel.editor.commit_note()
    assert library.annotation(made.id).note == "avant"


def test_tab_in_the_note_moves_on_and_types_no_tab(qtbot, panel, library, document_id):
    made = library.highlight(document_id, 1, 3, 7)
    panel.refresh()
    panel.list.itemClicked.emit(panel.list.item(0))
    note = panel.editor.note_edit
    panel.show()
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "Avis")
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert not note.hasFocus()
    assert "\t" not in note.toPlainText()
    assert panel.editor.color_buttons["green"].accessibleName() == "Green"
    assert library.annotation(made.id).note == "Avis"  # saved on leaving the box


def test_sorts_by_page_date_tag_and_colour(panel, library, document_id):
    cnil = library.highlight(document_id, 1, 3, 7, tags=["CNIL"], color="blue")
    avis = library.highlight(document_id, 1, 16, 20, tags=["avis"], color="yellow")
    page_two = library.add_note(document_id, "Sur la page deux.", page=2)
    cout = library.highlight(document_id, 1, 28, 32, color="green")
    panel.refresh()

    def shown(order: str) -> list[str]:
        panel.sort_box.setCurrentIndex(panel.sort_box.findData(order))
        return [
            panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())
        ]

    assert shown("page") == [cnil.id, avis.id, cout.id, page_two.id]
    assert shown("date") == [cout.id, page_two.id, avis.id, cnil.id]
    assert shown("tag") == [avis.id, cnil.id, cout.id, page_two.id]
    assert shown("color") == [avis.id, page_two.id, cout.id, cnil.id]  # yellow, green, blue
    assert panel.sort_box.itemText(2) == "By tag"


def test_orphaned_carried_annotations_look_apart(panel, library, document_id):
    from dataclasses import replace

    from reviewer.core.records import Carry, CarryStatus, Review

    live = library.highlight(document_id, 1, 3, 7)
    gone = replace(
        library.highlight(document_id, 1, 16, 20),
        carry=Carry(live.id, CarryStatus.ORPHANED, Review.PENDING, "ancien texte"),
    )
    panel._annotations = [live, gone]  # as a carry into a new version leaves them
    panel._show()
    live_item, gone_item = panel.list.item(0), panel.list.item(1)
    assert gone_item.font().italic() and not live_item.font().italic()
    assert "Orphaned" in gone_item.text() and "Orphaned" not in live_item.text()
    assert gone_item.foreground().color() != live_item.foreground().color()


def test_the_context_menu_recolours_copies_with_reference_and_deletes(
    qtbot, panel, library, document_id
):
    from PySide6.QtWidgets import QApplication

    made = library.highlight(document_id, 1, 3, 7)
    panel.refresh()
    menu = panel.menu_for(made)
    entries = {action.text(): action for action in menu.actions() if action.text()}
    assert list(entries) == ["Edit Note", "Colour", "Tags", "Copy Quote with Reference", "Delete"]
    green = next(a for a in entries["Colour"].menu().actions() if a.text() == "Green")
    green.trigger()
    assert library.annotation(made.id).color == PALETTE["green"]
    entries["Copy Quote with Reference"].trigger()
    assert QApplication.clipboard().text() == "« CNIL » (p. 1)"  # no structure: the page
    with qtbot.waitSignal(panel.editor.deleteRequested) as asked:
        entries["Delete"].trigger()
    assert asked.args == [made.id]


def test_shift_f10_opens_the_current_annotations_menu_under_its_row(
    qtbot, panel, library, document_id
):
    from PySide6.QtWidgets import QMenu

    library.highlight(document_id, 1, 0, 2)
    made = library.highlight(document_id, 1, 3, 7)
    panel.refresh()
    panel.select(made.id)
    row = panel.list.visualItemRect(panel.list.currentItem())
    for key, modifier in (
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(panel.list, key, modifier)
        [menu] = [m for m in panel.findChildren(QMenu) if m.isVisible() and m.parent() is panel]
        assert "Copy Quote with Reference" in [a.text() for a in menu.actions()]
        assert menu.pos() == panel.list.viewport().mapToGlobal(row.bottomLeft())
        menu.close()
