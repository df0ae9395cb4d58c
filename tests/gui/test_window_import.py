"""Importing by drag and drop: in the background, with progress, Cancel and a per-file report."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from helpers import AMENDMENTS, write_test_pdf
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QDialogButtonBox

from reviewer.core.records import Progress
from reviewer.gui.main_window import MainWindow
from reviewer.gui.worker import Calls, Task

BROKEN = "qpdf_bad1-not-a-pdf.pdf"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def folder(tmp_path: Path, shared_pdfs: Path) -> Path:
    dropped = tmp_path / "dossier"
    (dropped / "amendements").mkdir(parents=True)
    write_test_pdf(dropped / "projet.pdf", ["Article premier\n\nLe texte."], title="Projet")
    write_test_pdf(dropped / "amendements" / "n12.pdf", ["Amendement n° 12"], title="Amdt 12")
    shutil.copy(shared_pdfs / "malformed" / BROKEN, dropped / BROKEN)
    return dropped


def drop(window: MainWindow, *paths: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return window.handle_drop(mime)


def test_dropping_a_folder_imports_it_and_lists_the_failures(qtbot, window, library, folder):
    assert drop(window, folder)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)

    assert [name for name, _why in dialog.failures()] == [BROKEN]
    assert dialog.failures()[0][1]  # says why
    rows = [dialog.outcomes.topLevelItem(i) for i in range(dialog.outcomes.topLevelItemCount())]
    assert rows[0].text(0) == BROKEN  # failures first
    assert [row.text(1) for row in rows] == ["Failed", "Imported", "Imported"]
    assert "2 imported" in dialog.heading.text() and "1 failed" in dialog.heading.text()
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
    assert BROKEN in dialog.detail.text() and "Failed" in dialog.detail.text()
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "import-report.png"))

    titles = {d.title for d in library.documents()}
    assert titles == {"Projet", "Amdt 12"}
    qtbot.waitUntil(lambda: len(window.panels["library"].visible_documents()) == 2)
    assert window.document is not None  # the first new document opens when none was
    assert "2 imported" in window.statusBar().currentMessage()


def test_dropping_the_same_files_again_says_they_are_present(qtbot, window, folder):
    drop(window, folder / "projet.pdf")
    qtbot.waitUntil(lambda: window.import_dialog.report is not None, timeout=20000)
    drop(window, folder / "projet.pdf")
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.outcomes.topLevelItem(0).text(1) == "Already present"


def test_a_drop_without_local_files_is_refused(window):
    mime = QMimeData()
    mime.setText("not a file")
    assert not window.handle_drop(mime)
    assert window.import_dialog is None


def test_cancel_reaches_the_worker_between_steps(qtbot, library):
    calls = Calls(library)
    started, steps = threading.Event(), []

    def work(_library, progress, cancel) -> int:
        started.set()
        while not cancel.cancelled and len(steps) < 10_000:
            steps.append(1)
            progress(Progress(len(steps), 10_000, "step"))
            threading.Event().wait(0.001)
        return len(steps)

    task = Task(work)
    calls.start(task)
    assert calls.busy
    started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.cancel()
    assert finished.args[0] < 10_000
    qtbot.waitUntil(lambda: not calls.busy)


def test_a_refused_background_task_reports_its_message(qtbot, library):
    from reviewer.core.errors import ReviewerError

    def work(_library, _progress, _cancel):
        raise ReviewerError("the disk is full: free some space and try again")

    calls, task = Calls(library), Task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        calls.start(task)
    assert failed.args == ["the disk is full: free some space and try again"]


def test_rebuilding_the_index_shows_progress_and_reports(qtbot, window, library, folder):
    library.import_paths([folder])
    task = window.rebuild_index()
    assert window.task_progress.isVisible()
    message = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: message().startswith("Search index rebuilt:"), timeout=20000)
    assert task.done and not window.task_progress.isVisible()
    assert library.search("texte").hits  # the index still answers


def test_dropping_an_amendment_file_lists_each_amendment_and_opens_the_first(
    qtbot, window, library, tmp_path
):
    lines = (AMENDMENTS / "senat_jeu_complet_2017-2018_63_plfss2018.csv").read_bytes()
    jeu = tmp_path / "jeu_complet_2017-2018_63.csv"
    jeu.write_bytes(b"\r\n".join([*lines.split(b"\r\n")[:5], b"Amt\t999\tArticle 3", b""]))
    assert drop(window, jeu)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    rows = [dialog.outcomes.topLevelItem(i) for i in range(dialog.outcomes.topLevelItemCount())]
    assert [(row.text(0), row.text(1)) for row in rows] == [
        (f"{jeu.name} › ligne 6 (n° 999)", "Failed"),
        (f"{jeu.name} › n° 1 rect.", "Imported"),
        (f"{jeu.name} › n° 2 rect.", "Imported"),
        (f"{jeu.name} › n° 3 rect. quater", "Imported"),
    ]
    qtbot.waitUntil(lambda: len(window.panels["library"].visible_documents()) == 3)
    assert window.document is not None and window.document.kind == "amendement"
