"""The panel context: change notices reach panels on the GUI thread, once per action."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication

from reviewer.core.changes import Changes
from reviewer.core.records import Annotation
from reviewer.gui.context import PanelContext
from reviewer.gui.i18n import Languages
from reviewer.gui.undo import Span
from reviewer.gui.worker import Task
from reviewer.library import Library


@pytest.fixture
def document_id(library, tmp_path: Path) -> int:
    pdf = write_test_pdf(tmp_path / "a.pdf", ["La CNIL rend un avis.", "Deuxième page du texte."])
    return library.import_paths([pdf]).outcomes[0].document_id


@pytest.fixture
def context(qtbot, library, tmp_path: Path) -> PanelContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = PanelContext(library, settings, Languages(QApplication.instance()))
    yield made
    made.calls.wait()  # No worker outlives its library.
    made.close()


def heard(context: PanelContext) -> list[tuple[Changes, bool]]:
    """Each notice, and whether it came on the GUI thread."""
    notices: list[tuple[Changes, bool]] = []
    gui = QApplication.instance().thread()
    context.changed.connect(
        lambda changes: notices.append((changes, QThread.currentThread() is gui))
    )
    return notices


def test_a_write_on_a_worker_is_heard_on_the_gui_thread(qtbot, context, document_id):
    notices = heard(context)
    task = Task(lambda library, _progress, _cancel: library.highlight(document_id, 1, 3, 7).id)
    made: list[str] = []
    task.finished.connect(made.append)
    context.run(task, "highlighting")
    qtbot.waitUntil(lambda: bool(made) and bool(notices))
    [(changes, on_gui_thread)] = notices
    assert changes.annotations == {made[0]}
    assert changes.documents == {document_id}  # its count of annotations changed
    assert on_gui_thread


def test_one_action_over_two_pages_is_one_notice(context, document_id):
    notices = heard(context)
    made = context.edits.highlight(document_id, [Span(1, 3, 7), Span(2, 0, 8)], color="yellow")
    assert len(notices) == 1
    assert notices[0][0].annotations == {a.id for a in made}


def test_an_annotation_an_edit_returned_is_not_read_again(context, document_id, monkeypatch):
    seen: list[Annotation] = []
    context.changed.connect(lambda changes: seen.extend(context.annotations(changes.annotations)))
    reads: list[str] = []
    monkeypatch.setattr(Library, "annotation", lambda _library, found: reads.append(found))
    [made] = context.edits.highlight(document_id, [Span(1, 3, 7)], color="yellow")
    assert seen == [made]
    assert reads == []


def test_after_a_library_switch_only_the_new_library_is_heard(
    qtbot, context, library, document_id, tmp_path
):
    notices = heard(context)
    with Library(tmp_path / "other") as other:
        context.set_library(other)
        library.highlight(document_id, 1, 3, 7)
        qtbot.wait(20)
        assert notices == []
        context.set_library(library)
