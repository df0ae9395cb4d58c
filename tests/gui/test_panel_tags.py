"""The tag palette: curating tags through the facade, every change undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from reviewer.gui.panels.tag_palette import NAME_ROLE, TagPalette
from reviewer.gui.undo import Edits
from reviewer.gui.worker import Calls


@pytest.fixture
def annotations(library, tmp_path: Path) -> list[str]:
    pdf = write_test_pdf(tmp_path / "t.pdf", ["La CNIL rend un avis sur le coût du dispositif."])
    document_id = library.import_paths([pdf]).outcomes[0].document_id
    return [
        library.highlight(document_id, 1, 3, 7, tags=["CNIL", "avis"]).id,
        library.highlight(document_id, 1, 27, 31, tags=["cout"]).id,
        library.highlight(document_id, 1, 12, 16, tags=["Avis CNIL"]).id,
    ]


@pytest.fixture
def palette(qtbot, library, annotations) -> TagPalette:
    calls = Calls(library)
    edits = Edits(calls, QUndoStack(), calls)
    shown = TagPalette(edits)
    qtbot.addWidget(shown)
    edits.changed.connect(lambda _change: shown.refresh())
    shown.refresh()
    return shown


def select(palette: TagPalette, *names: str) -> None:
    palette.list.clearSelection()
    for index in range(palette.list.count()):
        item = palette.list.item(index)
        item.setSelected(item.data(NAME_ROLE) in names)


def tags_by_annotation(library, ids: list[str]) -> list[set[str]]:
    return [set(library.annotation(i).tags) for i in ids]


def test_the_palette_numbers_the_first_tags(palette):
    texts = [palette.list.item(i).text() for i in range(palette.list.count())]
    assert texts == ["1  avis  (1)", "2  Avis CNIL  (1)", "3  CNIL  (1)", "4  cout  (1)"]


def test_typing_a_tag_with_completion_requests_it(qtbot, palette):
    palette.completer.setCompletionPrefix("cn")
    assert palette.completer.currentCompletion() == "Avis CNIL"  # contains, any case
    with qtbot.waitSignal(palette.tagRequested) as requested:
        palette.entry.setText("nouveau")
        qtbot.keyClick(palette.entry, Qt.Key.Key_Return)
    assert requested.args == ["nouveau"]


def test_rename_recolor_merge_delete_and_undo(palette, library, annotations):
    stack = palette.edits.stack
    before = tags_by_annotation(library, annotations)

    assert palette.edits.rename_tag("cout", "coût")
    assert tags_by_annotation(library, annotations)[1] == {"coût"}
    assert palette.edits.recolor_tag("coût", "orange")
    assert palette.color_of("coût") == "#ffb74d"
    select(palette, "avis", "Avis CNIL")
    assert palette.edits.merge_tags(palette.selected_names(), "CNIL")
    assert tags_by_annotation(library, annotations) == [{"CNIL"}, {"coût"}, {"CNIL"}]
    assert palette.edits.delete_tag("CNIL")
    assert tags_by_annotation(library, annotations) == [set(), {"coût"}, set()]
    assert palette.names() == ["coût"]

    for _ in range(4):
        stack.undo()
    assert tags_by_annotation(library, annotations) == before
    assert {t.name for t in library.tags() if t.count} == {"avis", "Avis CNIL", "CNIL", "cout"}
    for _ in range(4):
        stack.redo()
    assert tags_by_annotation(library, annotations) == [set(), {"coût"}, set()]
    stack.undo()
    stack.undo()
    assert tags_by_annotation(library, annotations)[0] == {"CNIL", "avis"}


def test_undoing_a_recolour_brings_the_colour_back(palette):
    old = palette.color_of("CNIL")
    palette.edits.recolor_tag("CNIL", "#123456")
    assert palette.color_of("CNIL") == "#123456"
    palette.edits.stack.undo()
    assert palette.color_of("CNIL") == old


def test_a_refused_edit_is_not_undoable(palette, qtbot):
    with qtbot.waitSignal(palette.edits.calls.failed) as failed:
        assert not palette.edits.recolor_tag("CNIL", "not a colour")
    assert "unknown colour" in failed.args[0]
    assert palette.edits.stack.count() == 0


def test_a_new_tag_before_any_highlight_and_undo(palette, library, monkeypatch, qtbot):
    monkeypatch.setattr(
        "reviewer.gui.panels.tag_palette.QInputDialog.getText",
        lambda *args, **kwargs: ("  à vérifier ", True),
    )
    palette.buttons["new"].click()
    assert "à vérifier" in palette.names()
    assert next(t for t in library.tags() if t.name == "à vérifier").count == 0
    palette.edits.stack.undo()
    assert "à vérifier" not in palette.names()
    palette.edits.stack.redo()
    assert "à vérifier" in palette.names()
    with qtbot.waitSignal(palette.edits.calls.failed) as failed:
        assert palette.edits.create_tag("CNIL") is None  # taken
    assert "exists already" in failed.args[0]
    assert palette.edits.stack.count() == 1


def test_undoing_a_rename_onto_a_new_name_leaves_no_empty_tag(palette, library, annotations):
    palette.edits.rename_tag("cout", "budget")
    palette.edits.stack.undo()
    assert {t.name for t in library.tags()} == {"avis", "Avis CNIL", "CNIL", "cout"}
    assert library.annotation(annotations[1]).tags == ("cout",)
