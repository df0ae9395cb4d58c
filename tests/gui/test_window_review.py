"""The review window as a user meets it: select, highlight, tag, write a note, undo, redo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from reviewer.core.colors import PALETTE
from reviewer.core.pages import Word
from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow
from reviewer.gui.undo import Span
from reviewer.library import Library
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
    report = library.import_paths([pdf])
    return report.outcomes[0].document_id


@pytest.fixture
def window(qtbot, library, document_id, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(library, settings=settings, languages=Languages(QApplication.instance()))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


@pytest.fixture
def words(library, document_id) -> dict[int, tuple[Word, ...]]:
    """Word boxes, read before the view opens the file (PyMuPDF has one owner at a time)."""
    with PdfFile(library.pdf_path(library.document(document_id))) as pdf:
        return {page: pdf.words(page) for page in (1, 2)}


def opened(qtbot, window: MainWindow, document_id: int) -> MainWindow:
    assert window.open_document(document_id)
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=5000)
    window.view.set_zoom(1.0)
    return window


def centre(window: MainWindow, page: int, word: Word) -> QPoint:
    x, y = (word.rect.x0 + word.rect.x1) / 2, (word.rect.y0 + word.rect.y1) / 2
    return window.view.map_from_page(page, x, y).toPoint()


def drag_over(qtbot, window: MainWindow, words: tuple[Word, ...], first: str, last: str) -> None:
    start = centre(window, 1, next(w for w in words if w.text == first))
    stop = centre(window, 1, next(w for w in words if w.text == last))
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + stop) / 2)
    qtbot.mouseMove(viewport, pos=stop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=stop)


def highlight_phrase(qtbot, window: MainWindow, words, first: str, last: str, *keys) -> None:
    """Drag over the words, then press the keys (a shortcut)."""
    drag_over(qtbot, window, words[1], first, last)
    qtbot.waitUntil(lambda: window.view.selection() != [])
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, *keys)


def test_the_panels_list_the_document_and_its_outline(qtbot, window, document_id):
    panel = window.panels["library"]
    qtbot.waitUntil(lambda: [d.title for d in panel.visible_documents()] == ["Projet de loi test"])
    opened(qtbot, window, document_id)
    qtbot.waitUntil(
        lambda: window.panels["outline"].headings() == ["Article 1er", "Article 2", "Article 3"]
    )
    assert "Projet de loi test" in window.windowTitle()


def test_select_highlight_tag_note_undo_redo(qtbot, window, library, document_id, words):
    opened(qtbot, window, document_id)
    drag_over(qtbot, window, words[1], "reconnaissance", "interdite")
    qtbot.waitUntil(lambda: window.view.selected_text() == "reconnaissance faciale est interdite")

    window.action_set["highlight_red"].trigger()
    [made] = library.annotations(document_id=document_id)
    assert made.quote == "reconnaissance faciale est interdite"
    assert made.color == PALETTE["red"]
    assert window.current_annotation == made.id
    assert window.view.selection() == []  # The selection became the highlight.

    window.panels["tags"].entry.setText("CNIL")
    qtbot.keyClick(window.panels["tags"].entry, Qt.Key.Key_Return)
    editor = window.annotation_panel.editor
    editor.tags_edit.setText("CNIL, à vérifier")
    editor.commit_tags()
    editor.note_edit.setPlainText("Point central.\nVoir l'avis de la CNIL.")
    editor.commit_note()

    saved = library.annotation(made.id)
    assert set(saved.tags) == {"à vérifier", "CNIL"}
    assert saved.note == "Point central.\nVoir l'avis de la CNIL."
    [item] = [window.annotation_panel.list.item(i) for i in range(1)]
    assert "reconnaissance faciale est interdite" in item.text()
    assert "#CNIL" in item.text() and "Voir l'avis" in item.text()
    assert {t.name for t in library.tags()} == {"à vérifier", "CNIL"}

    stack = window.undo_stack
    assert stack.count() == 4  # highlight, tag, tags, note
    stack.undo()
    assert library.annotation(made.id).note == ""
    stack.undo()
    assert library.annotation(made.id).tags == ("CNIL",)
    stack.undo()
    stack.undo()
    assert library.annotations(document_id=document_id) == []
    assert window.annotation_panel.list.count() == 0
    for _ in range(4):
        stack.redo()
    assert library.annotation(made.id).note == "Point central.\nVoir l'avis de la CNIL."
    assert window.annotation_panel.list.count() == 1


def test_keyboard_highlight_and_number_keys_for_tags(qtbot, window, library, document_id, words):
    opened(qtbot, window, document_id)
    library_tagged = library.highlight(document_id, 2, 0, 9, tags=["structure", "CNIL"])
    window.context.flush()
    highlight_phrase(qtbot, window, words, "CNIL", "avis", Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(library.annotations(document_id=document_id)) == 2)
    new = next(a for a in library.annotations(document_id=document_id) if a.id != library_tagged.id)
    assert new.quote == "CNIL rend un avis"
    assert window.panels["tags"].names() == ["CNIL", "structure"]

    qtbot.keyClick(window.view, Qt.Key.Key_2)  # "structure", the palette's second tag
    assert library.annotation(new.id).tags == ("structure",)
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # again: taken off
    assert library.annotation(new.id).tags == ()

    highlight_phrase(
        qtbot, window, words, "interdite", "dans", Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier
    )
    newest = [a for a in library.annotations(document_id=document_id) if a.color == PALETTE["blue"]]
    assert [a.quote for a in newest] == ["interdite dans"]


def test_clicking_a_highlight_selects_it_and_delete_is_undoable(
    qtbot, window, library, document_id, words
):
    opened(qtbot, window, document_id)
    first = library.highlight(document_id, 1, 0, 15, color="green")
    window.context.flush()
    word = next(w for w in words[1] if w.text == "premier")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre(window, 1, word))
    assert window.current_annotation == first.id
    assert window.annotation_panel.selected_id() == first.id

    window.annotation_panel.editor.color_buttons["purple"].click()
    assert library.annotation(first.id).color == PALETTE["purple"]
    qtbot.keyClick(window.view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # no selection
    assert library.annotation(first.id).color == PALETTE["orange"]
    window.undo_stack.undo()
    window.action_set["delete_annotation"].trigger()
    assert library.annotations(document_id=document_id) == []
    window.undo_stack.undo()
    assert [a.id for a in library.annotations(document_id=document_id)] == [first.id]
    window.undo_stack.undo()
    assert library.annotation(first.id).color == PALETTE["green"]


def test_a_selection_across_pages_makes_one_highlight_per_page(
    qtbot, window, library, document_id, words
):
    opened(qtbot, window, document_id)
    window.view.set_zoom(0.4)  # both pages in sight
    qtbot.waitUntil(lambda: 2 in window.view.rendered_pages(), timeout=5000)
    start = centre(window, 1, next(w for w in words[1] if w.text == "vidéoprotection."))
    stop = centre(window, 2, next(w for w in words[2] if w.text == "3"))
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + stop) / 2)
    qtbot.mouseMove(viewport, pos=stop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=stop)
    qtbot.waitUntil(lambda: len(window.view.selection()) == 2)

    window.action_set["highlight_green"].trigger()
    made = library.annotations(document_id=document_id)
    assert sorted((a.page, a.quote) for a in made) == [
        (1, "vidéoprotection."),
        (2, "Article 3"),
    ]
    window.undo_stack.undo()  # one command for both
    assert library.annotations(document_id=document_id) == []


def test_notes_on_a_page_and_on_the_document(window, library, document_id):
    window.open_document(document_id)
    window.add_note("Relire tout le texte.")
    window.add_note("Page à citer.", page=2)
    notes = library.annotations(document_id=document_id)
    assert {(n.target, n.page, n.note) for n in notes} == {
        ("document", 1, "Relire tout le texte."),
        ("page", 2, "Page à citer."),
    }
    texts = [window.annotation_panel.list.item(i).text() for i in range(2)]
    assert texts[0].startswith("Note on the document")
    assert texts[1].startswith("p. 2 · note on the page")


def test_errors_are_messages_not_tracebacks(window, library, document_id):
    window.open_document(document_id)
    window.highlight_selection(PALETTE["yellow"])
    assert "Select some text first" in window.statusBar().currentMessage()
    window.edits.highlight(document_id, [Span(9, 0, 3)], color="yellow")
    assert "no such passage on page 9" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_screenshot_with_highlights_and_panels(qtbot, window, library, document_id):
    text = library.pages(document_id)[0].text
    start = text.index("reconnaissance")
    library.highlight(document_id, 1, start, start + 36, tags=["reconnaissance faciale"])
    start = text.index("CNIL")
    library.highlight(document_id, 1, start, start + 17, tags=["CNIL"], color="blue", note="Avis.")
    opened(qtbot, window, document_id)
    window.context.flush()
    window.select_annotation(library.annotations(document_id=document_id)[0].id)
    qtbot.wait(200)
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "window-review.png"))


# What an action costs: the panels refresh from the Changes it made, not by reloading lists.


@pytest.fixture
def facade_calls(monkeypatch) -> list[str]:
    """The names of the facade methods called from outside the facade, in order."""
    called: list[str] = []
    depth = [0]

    def counted(name: str, method):
        def call(*args, **kwargs):
            if depth[0] == 0:
                called.append(name)
            depth[0] += 1
            try:
                return method(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name, member in list(vars(Library).items()):
        if callable(member) and not name.startswith("_"):
            monkeypatch.setattr(Library, name, counted(name, member))
    return called


def settled(qtbot, window: MainWindow, document_id: int) -> None:
    """The document open, its structure read (in the background): nothing left to count."""
    opened(qtbot, window, document_id)
    qtbot.waitUntil(lambda: not window.reads.pending("structure"))


def highlighted(qtbot, window: MainWindow, words) -> str:
    drag_over(qtbot, window, words[1], "reconnaissance", "interdite")
    qtbot.waitUntil(lambda: window.view.selected_text() == "reconnaissance faciale est interdite")
    window.action_set["highlight_green"].trigger()
    assert window.current_annotation is not None
    return window.current_annotation


def row_texts(window: MainWindow) -> list[str]:
    shown = window.annotation_panel.list
    return [shown.item(i).text() for i in range(shown.count())]


def test_a_highlight_costs_the_write_and_two_reads(
    qtbot, window, library, document_id, words, facade_calls
):
    settled(qtbot, window, document_id)
    [row] = window.panels["library"].tree.findItems("Projet", Qt.MatchFlag.MatchStartsWith)
    facade_calls.clear()
    made = highlighted(qtbot, window, words)
    qtbot.wait(50)  # Anything left for the event loop is counted too.
    assert facade_calls[0] == "highlight"
    assert len(facade_calls) <= 3, facade_calls
    assert [a.id for a in window.annotation_panel.annotations()] == [made]
    assert "Art. 1er" in row_texts(window)[0]
    assert window.view.select_annotation(made)  # The page marks it.
    assert row.text(2) == "1"  # The library counts it, in the same row.


def test_a_tag_applied_costs_three_calls_and_updates_its_row_and_the_palette(
    qtbot, window, library, document_id, words, facade_calls
):
    settled(qtbot, window, document_id)
    highlighted(qtbot, window, words)
    facade_calls.clear()
    window.panels["tags"].entry.setText("CNIL")
    qtbot.keyClick(window.panels["tags"].entry, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert "update_annotation" in facade_calls
    assert len(facade_calls) <= 3, facade_calls
    assert "#CNIL" in row_texts(window)[0]
    assert window.panels["tags"].names() == ["CNIL"]


def test_a_note_edited_costs_two_calls_and_undo_takes_it_back(
    qtbot, window, library, document_id, words, facade_calls
):
    settled(qtbot, window, document_id)
    made = highlighted(qtbot, window, words)
    row = window.annotation_panel.list.item(0)
    facade_calls.clear()
    editor = window.annotation_panel.editor
    editor.note_edit.setPlainText("À reprendre.")
    editor.commit_note()
    qtbot.wait(50)
    assert len(facade_calls) <= 2, facade_calls
    assert "✎ À reprendre." in row.text()  # the row, refilled where it is
    window.undo_stack.undo()
    assert "✎" not in row_texts(window)[0]
    assert library.annotation(made).note == ""
    window.undo_stack.undo()  # the highlight itself
    assert row_texts(window) == []
    window.undo_stack.redo()
    assert [a.id for a in window.annotation_panel.annotations()] == [made]


def test_a_renamed_tag_renames_the_rows_carrying_it(qtbot, window, library, document_id):
    library.highlight(document_id, 1, 0, 15, tags=["CNIL"])
    settled(qtbot, window, document_id)
    assert window.edits.rename_tag("CNIL", "Avis CNIL")
    assert "#Avis CNIL" in row_texts(window)[0]
    assert window.panels["tags"].names() == ["Avis CNIL"]
    window.undo_stack.undo()
    assert "#CNIL" in row_texts(window)[0]
