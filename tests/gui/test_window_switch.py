"""Switching to (or creating) another library leaves nothing of the previous one on screen."""

from __future__ import annotations

from helpers import write_test_pdf

from reviewer.library import Library


def test_another_library_resets_title_results_filters_and_messages(
    qtbot, window, library, tmp_path, searched
):
    write_test_pdf(tmp_path / "projet.pdf", ["Article premier\n\nLe budget."], title="Projet")
    [outcome] = library.import_paths([tmp_path / "projet.pdf"]).outcomes
    window.context.reload()
    assert window.open_document(outcome.document_id)
    searched(window.search_panel, "budget")
    assert window.search_panel.results is not None
    panel = window.panels["library"]
    panel.filter_edit.setText("proj")
    window.show_error("no text layer")
    Library(tmp_path / "Dossiers 2026").close()

    assert window.open_library(tmp_path / "Dossiers 2026")

    assert window.document is None
    assert window.windowTitle() == "Dossiers 2026 — reviewer"  # its name, not its path
    assert window.search_panel.results is None
    assert window.search_panel.query_edit.text() == ""
    assert panel.filter_edit.text() == ""
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: not panel.reads.pending("listing"))
    assert panel.visible_documents() == []


def test_the_title_names_the_document_and_the_library(window, library, tmp_path):
    write_test_pdf(tmp_path / "projet.pdf", ["Article premier"], title="Projet")
    [outcome] = library.import_paths([tmp_path / "projet.pdf"]).outcomes
    assert window.open_document(outcome.document_id)
    assert window.windowTitle() == f"Projet — {library.root.name} — reviewer"
    assert str(library.root.parent) not in window.windowTitle()
