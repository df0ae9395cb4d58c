"""Context menus on the page: on selected text, on a highlight, on a page note's marker;
by the mouse or by the keyboard (Shift+F10, the Menu key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from reviewer.core.colors import PALETTE
from reviewer.core.pages import Word
from reviewer.gui.actions import SELECTION_MENU, context_menu
from reviewer.gui.main_window import MainWindow
from reviewer.pdf import PdfFile

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PAGES = [
    "Article premier\n\nLa reconnaissance faciale est interdite dans l'espace public.\n\n"
    "Article 2\n\nLa CNIL rend un avis motivé sur chaque dispositif de vidéoprotection.",
    "Article 3\n\nLes données biométriques sont effacées sous un mois.",
]


@pytest.fixture
def document_id(library, tmp_path: Path) -> int:
    pdf = write_test_pdf(tmp_path / "projet.pdf", PAGES, title="Projet de loi test")
    return library.import_paths([pdf]).outcomes[0].document_id


@pytest.fixture
def words(library, document_id) -> tuple[Word, ...]:
    """Page 1's word boxes, read before the view opens the file."""
    with PdfFile(library.pdf_path(library.document(document_id))) as pdf:
        return pdf.words(1)


@pytest.fixture
def opened(qtbot, window: MainWindow, document_id: int) -> MainWindow:
    assert window.open_document(document_id)
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=5000)
    window.view.set_zoom(1.0)
    qtbot.waitUntil(lambda: window.annotation_panel._located, timeout=5000)  # structure read
    return window


def point_of(window: MainWindow, words: tuple[Word, ...], text: str) -> QPoint:
    word = next(w for w in words if w.text == text)
    x, y = (word.rect.x0 + word.rect.x1) / 2, (word.rect.y0 + word.rect.y1) / 2
    return window.view.map_from_page(1, x, y).toPoint()


def select(qtbot, window: MainWindow, words, first: str, last: str) -> None:
    start, stop = point_of(window, words, first), point_of(window, words, last)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + stop) / 2)
    qtbot.mouseMove(viewport, pos=stop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=stop)
    qtbot.waitUntil(lambda: window.view.selection() != [])


def right_click(window: MainWindow, where: QPoint) -> QMenu:
    """As the mouse's right button does (QTest sends no context menu event of its own)."""
    viewport = window.view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)
    assert window.context_menu is not None and window.context_menu.isVisible()
    return window.context_menu


def entries(menu: QMenu) -> dict[str, object]:
    return {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}


def screenshot(window: MainWindow, menu: QMenu, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"{name}-window.png"))
    menu.grab().save(str(ARTIFACTS / f"{name}.png"))


def test_right_click_on_a_selection_offers_highlight_copy_note_tag(
    qtbot, opened, library, document_id, words
):
    window = opened
    library.create_tag("CNIL")
    window.context.reload()
    select(qtbot, window, words, "CNIL", "motivé")
    menu = right_click(window, point_of(window, words, "avis"))
    screenshot(window, menu, "selection-menu")
    shown = entries(menu)
    assert list(shown) == [
        "Highlight Selection",
        "Highlight in Colour",
        "Copy",
        "Copy with Reference",
        "Highlight and Add a Note",
        "Highlight with Tag",
        "Draft an Amendment…",
    ]
    colours = [a.text() for a in shown["Highlight in Colour"].menu().actions()]
    assert colours[:2] == ["Yellow", "Green"]
    tags = [a.text() for a in shown["Highlight with Tag"].menu().actions() if a.text()]
    assert tags == ["CNIL", "New Tag…"]

    shown["Copy with Reference"].trigger()  # where it falls is read in the background
    quoted = "« CNIL rend un avis motivé » (Art. 2, al. 1, p. 1)"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == quoted)
    shown["Copy"].trigger()
    assert QApplication.clipboard().text() == "CNIL rend un avis motivé"

    tag = next(a for a in shown["Highlight with Tag"].menu().actions() if a.text() == "CNIL")
    tag.trigger()
    [made] = library.annotations(document_id=document_id)
    assert made.quote == "CNIL rend un avis motivé" and made.tags == ("CNIL",)
    assert window.view.selection() == []


def test_highlight_and_add_a_note_opens_the_note_editor(qtbot, opened, library, document_id, words):
    window = opened
    select(qtbot, window, words, "reconnaissance", "faciale")
    menu = right_click(window, point_of(window, words, "faciale"))
    menu.close()  # as a click on an entry does, before the entry acts
    entries(menu)["Highlight and Add a Note"].trigger()
    [made] = library.annotations(document_id=document_id)
    assert made.quote == "reconnaissance faciale"
    assert window.current_annotation == made.id
    qtbot.waitUntil(lambda: window.annotation_panel.editor.note_edit.hasFocus())


def test_draft_an_amendment_from_the_selection_menu_opens_on_its_address(qtbot, opened, words):
    window = opened
    select(qtbot, window, words, "CNIL", "motivé")
    menu = right_click(window, point_of(window, words, "avis"))
    menu.close()
    entries(menu)["Draft an Amendment…"].trigger()
    dialog = window.draft_dialog
    assert dialog is not None and dialog.isVisible()
    fields = (dialog.article_edit.text(), dialog.alinea_box.value(), dialog.words_edit.text())
    assert fields == ("Article 2", 1, "CNIL rend un avis motivé")


def test_a_menu_leaves_out_the_names_not_declared(qtbot, opened):
    """Another branch adds its action to SELECTION_MENU with one line; until its ActionSpec
    lands, the name is skipped, and so is the separator it would leave alone."""
    parent = QWidget()
    qtbot.addWidget(parent)
    names = ("highlight", "-", "not_declared_yet", "-", "@not_filled", "copy_selection", "-")
    menu = context_menu(names, opened.action_set, {}, parent)
    kinds = ["-" if a.isSeparator() else a.objectName() for a in menu.actions()]
    assert kinds == ["action_highlight", "-", "action_copy_selection"]
    full = context_menu(SELECTION_MENU, opened.action_set, {}, parent)  # no submenu filled
    assert not full.actions()[-1].isSeparator() and not full.actions()[0].isSeparator()


def test_right_click_on_a_highlight_recolours_undoably(qtbot, opened, library, document_id, words):
    window = opened
    made = library.highlight(document_id, 1, 0, 15, color="#ffeb3b")  # "Article premier"
    window.context.flush()
    menu = right_click(window, point_of(window, words, "premier"))
    screenshot(window, menu, "annotation-menu")
    assert window.current_annotation == made.id  # the menu acts on it: it is the current one
    shown = entries(menu)
    assert list(shown) == ["Edit Note", "Colour", "Tags", "Copy Quote with Reference", "Delete"]
    green = next(a for a in shown["Colour"].menu().actions() if a.text() == "Green")
    green.trigger()
    assert library.annotation(made.id).color == PALETTE["green"]
    window.undo_stack.undo()
    assert library.annotation(made.id).color == "#ffeb3b"

    shown["Copy Quote with Reference"].trigger()
    assert QApplication.clipboard().text() == "« Article premier » (Art. 1er, p. 1)"
    menu = right_click(window, point_of(window, words, "premier"))
    entries(menu)["Delete"].trigger()
    assert library.annotations(document_id=document_id) == []
    window.undo_stack.undo()
    assert [a.id for a in library.annotations(document_id=document_id)] == [made.id]


def test_the_tags_of_an_annotation_are_ticked_and_toggled(
    qtbot, opened, library, document_id, words
):
    window = opened
    library.create_tag("CNIL")
    library.create_tag("urgent")
    made = library.highlight(document_id, 1, 0, 15, tags=["urgent"])
    window.context.reload()
    tags = entries(right_click(window, point_of(window, words, "premier")))["Tags"].menu()
    ticked = {a.text(): a.isChecked() for a in tags.actions() if a.isCheckable()}
    assert ticked == {"CNIL": False, "urgent": True}
    next(a for a in tags.actions() if a.text() == "CNIL").trigger()
    assert set(library.annotation(made.id).tags) == {"urgent", "CNIL"}


def marker_colour(window: MainWindow, where: QPointF) -> QColor:
    return window.view.viewport().grab().toImage().pixelColor(where.toPoint())


def test_a_page_note_has_a_marker_that_shows_and_selects_it(qtbot, opened, library, document_id):
    window = opened
    note = library.add_note(document_id, "Voir l'avis du Conseil d'État.", page=1)
    whole = library.add_note(document_id, "Texte à suivre.")
    window.context.flush()
    qtbot.wait(50)
    where = window.view.note_marker_at(note.id)
    assert where is not None and window.view.note_marker_at(whole.id) is None
    page_top = window.view.map_from_page(1, 0, 0)
    assert 0 < where.y() - page_top.y() < 30  # in the top margin
    assert marker_colour(window, where) != QColor(Qt.GlobalColor.white)
    beside = where + QPointF(0, 40)
    assert marker_colour(window, beside) == QColor(Qt.GlobalColor.white)

    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=beside.toPoint())
    assert window.current_annotation is None
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert window.current_annotation == note.id
    assert window.annotation_panel.selected_id() == note.id
    viewport = window.view.viewport()
    hover = QHelpEvent(QEvent.Type.ToolTip, where.toPoint(), viewport.mapToGlobal(where.toPoint()))
    QApplication.sendEvent(viewport, hover)
    assert QToolTip.isVisible() and "Conseil d'État" in QToolTip.text()  # what hovering shows
    QToolTip.hideText()
    menu = right_click(window, where.toPoint())
    assert "Edit Note" in entries(menu)


def test_orphaned_carried_annotations_have_no_mark_on_the_page(opened, library, document_id):
    from dataclasses import replace

    from reviewer.core.records import Carry, CarryStatus, Review

    live = library.highlight(document_id, 1, 0, 15)
    gone = replace(
        live,
        id="gone",
        anchor=replace(live.anchor, rects=()),  # as a carry leaves a passage it lost
        carry=Carry(live.id, CarryStatus.ORPHANED, Review.PENDING, "ancien texte"),
    )
    opened.view.set_annotations([gone])
    assert opened.view._marks.highlights_on(1) == []
    assert opened.view.note_marker_at("gone") is None


def test_shift_f10_opens_the_menu_of_the_selection_or_of_the_current_annotation(
    qtbot, opened, library, document_id, words
):
    window = opened
    select(qtbot, window, words, "CNIL", "avis")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "Copy with Reference" in entries(window.context_menu)
    window.context_menu.close()

    made = library.highlight(document_id, 1, 0, 15)
    window.context.flush()
    window.view.clear_selection()
    window.select_annotation(made.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Menu)
    assert "Edit Note" in entries(window.context_menu)
    window.context_menu.close()
    window.select_annotation(None)
    before = window.context_menu
    qtbot.keyClick(window.view, Qt.Key.Key_Menu)  # nothing to act on: no menu
    assert window.context_menu is before and not before.isVisible()


def test_new_tag_from_the_selection_menu_highlights_with_it(
    qtbot, opened, library, document_id, words, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    window = opened
    asked_over: list[QWidget] = []

    def typed(parent, _title, _label):
        asked_over.append(parent)
        return "  avis   du CE ", True

    monkeypatch.setattr(QInputDialog, "getText", typed)
    select(qtbot, window, words, "CNIL", "avis")
    tags = entries(right_click(window, point_of(window, words, "rend")))[
        "Highlight with Tag"
    ].menu()
    next(a for a in tags.actions() if a.text() == "New Tag…").trigger()
    [made] = library.annotations(document_id=document_id)
    assert made.tags == ("avis du CE",) and made.quote == "CNIL rend un avis"
    assert asked_over == [window]  # over the window, not over the menu that closed
