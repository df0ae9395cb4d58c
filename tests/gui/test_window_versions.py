"""Versions of a text as a user meets them: import a new version, see the lineage, review the
annotations carried forward, compare the two versions article by article, export that."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import AMENDED, DROPPED, KEPT, versions_of_a_bill
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer.core.records import CarryStatus, Review
from reviewer.core.reports import Format
from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels.compare_dialog import CompareWindow
from reviewer.gui.panels.library_panel import ID_ROLE
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SLOW = 30000  # ms: importing runs PyMuPDF in a child process


@pytest.fixture
def bill(tmp_path: Path) -> tuple[Path, Path]:
    return versions_of_a_bill(tmp_path)


@pytest.fixture
def old_id(library: Library, bill: tuple[Path, Path]) -> int:
    """The first version in the library, its three sentences highlighted."""
    document_id = library.import_paths([bill[0]]).outcomes[0].document_id
    for number, phrase in enumerate((KEPT, AMENDED, DROPPED)):
        library.annotate(document_id, phrase, tags=["CNIL"], note=f"Remarque {number}")
    return document_id


@pytest.fixture
def window(old_id: int, window: MainWindow) -> MainWindow:
    """The shared window with the first version open."""
    assert window.open_document(old_id)
    return window


def import_new_version(qtbot, window: MainWindow, new_pdf: Path, monkeypatch) -> int:
    """Document > Import New Version…, choosing the file; the new version's id."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new_pdf), ""))
    window.action_set["import_version"].trigger()
    qtbot.waitUntil(lambda: window.versions.last_report is not None, timeout=SLOW)
    qtbot.waitUntil(lambda: not window.calls.busy)
    return window.versions.last_report.document_id


@pytest.fixture
def new_id(qtbot, window, bill, monkeypatch) -> int:
    return import_new_version(qtbot, window, bill[1], monkeypatch)


def rows(window: MainWindow) -> list[tuple[str, list[str]]]:
    """The library panel's top rows, each with its children's texts."""
    tree = window.panels["library"].tree
    found = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        found.append((item.text(0), [item.child(j).text(0) for j in range(item.childCount())]))
    return found


def compared(qtbot, window: MainWindow) -> CompareWindow:
    window.action_set["compare_versions"].trigger()
    compare = window.versions.compare_windows[-1]
    qtbot.waitUntil(lambda: compare.report is not None, timeout=SLOW)
    return compare


def page_span_of(library: Library, document_id: int, phrase: str) -> tuple[int, int, int]:
    """(page, start, end) of a phrase in its page's text, as the view's selection gives it."""
    for page in library.pages(document_id):
        start = page.text.find(phrase)
        if start >= 0:
            return page.number, start, start + len(phrase)
    raise AssertionError(f"{phrase!r} not found")


# --- Importing a new version ----------------------------------------------------------------


def test_importing_a_new_version_carries_and_says_what_to_review(
    qtbot, window, library, old_id, new_id
):
    assert library.document(new_id).version_of == old_id
    assert window.document.id == new_id  # the new version opens
    box = window.versions.messages.box
    assert box is not None and box.isVisible()
    assert box.text() == ("3 annotations carried: 1 exact, 1 changed, 1 orphaned — 2 to review.")
    assert window.docks["carried"].isVisible()

    title = library.document(old_id).title
    qtbot.waitUntil(lambda: rows(window) == [(f"version 2 — {title}", ["version 1"])])
    window.versions.set_label(old_id, "dépôt")
    window.versions.set_label(new_id, "commission")
    qtbot.waitUntil(lambda: rows(window) == [(f"commission — {title}", ["dépôt"])])
    assert window.panels["library"].tree.topLevelItem(0).data(0, ID_ROLE) == new_id


def test_dropping_a_pdf_on_a_document_asks_whether_it_is_a_new_version(
    qtbot, window, library, bill, old_id, monkeypatch
):
    asked = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.panels["library"].drop_files([bill[1]], old_id)
    qtbot.waitUntil(lambda: window.versions.last_report is not None, timeout=SLOW)
    assert asked and asked[0].startswith(
        f"Import as a new version of “{library.document(old_id).title}”?"
    )
    new = window.versions.last_report.document_id
    assert [d.id for d in library.versions(old_id)] == [new, old_id]


def test_a_plain_import_of_a_later_version_offers_to_link_it(qtbot, window, library, bill):
    window.import_paths([bill[1]])
    qtbot.waitUntil(lambda: window.versions.messages.box is not None, timeout=SLOW)
    box = window.versions.messages.box
    assert box.objectName() == "versionSuggestion" and box.isVisible()
    assert "looks like a new version of" in box.text()
    assert not box.isModal()
    link = next(b for b in box.buttons() if b.text() == "Link as New Version")
    assert any(b.text() == "Not Now" for b in box.buttons())
    link.click()
    qtbot.waitUntil(lambda: window.versions.last_report is not None, timeout=SLOW)
    new = window.versions.last_report.document_id
    assert library.document(new).version_of == window.versions.last_report.previous_id


def test_the_context_menu_offers_the_version_commands(qtbot, window, library, old_id, new_id):
    qtbot.waitUntil(lambda: not window.panels["library"].reads.pending("listing"))  # versions read
    menu = window.panels["library"].context_menu(old_id)
    texts = {action.text(): action.isEnabled() for action in menu.actions()}
    assert texts["Import as New Version of This…"]
    assert texts["Set Version Label…"]
    assert not texts["Compare with Previous Version"]  # the first version has none
    assert not texts["Unlink Version"]
    menu = window.panels["library"].context_menu(new_id)
    assert {a.text(): a.isEnabled() for a in menu.actions()}["Unlink Version"]
    window.versions.unlink(new_id)
    assert library.document(new_id).version_of is None
    qtbot.waitUntil(
        lambda: [text for text, _c in rows(window)] == [library.document(old_id).title] * 2
    )


def test_the_document_menu_holds_the_version_commands_with_shortcuts(window):
    menu = [action.objectName() for action in window.menus.menus["document"].actions()]
    for name in ("import_version", "compare_versions", "review_carried"):
        assert f"action_{name}" in menu
        assert window.action_set[name].shortcuts()


# --- Reviewing ------------------------------------------------------------------------------


def test_the_review_list_shows_the_changed_and_the_orphaned(qtbot, window, library, new_id):
    panel = window.panels["carried"]
    statuses = [a.carry.status for a in panel.annotations()]
    assert sorted(statuses) == sorted([CarryStatus.CHANGED, CarryStatus.ORPHANED])
    assert panel.list.count() == 2
    texts = [panel.list.item(i).text() for i in range(2)]
    assert any(t.startswith("changed — Art. 2") for t in texts)
    assert any(t.startswith("orphaned — Art. 2") for t in texts)

    changed = next(a for a in panel.annotations() if a.carry.status is CarryStatus.CHANGED)
    panel.select(changed.id)
    html = panel.detail.toHtml()
    assert "trente" in html and "quinze" in html and "line-through" in html
    panel.annotationActivated.emit(changed.id)
    assert window.current_annotation == changed.id

    panel.accept_button.click()
    assert library.annotation(changed.id).carry.review is Review.ACCEPTED
    assert [a.carry.status for a in panel.annotations()] == [CarryStatus.ORPHANED]


def test_re_place_puts_the_orphan_on_the_selected_words(
    qtbot, window, library, new_id, monkeypatch
):
    panel = window.panels["carried"]
    orphan = next(a for a in panel.annotations() if a.carry.status is CarryStatus.ORPHANED)
    panel.select(orphan.id)
    monkeypatch.setattr(window.view, "selection", lambda: [])
    panel.replace_button.click()
    assert "Select the words" in window.statusBar().currentMessage()

    span = page_span_of(library, new_id, "Un article nouveau est inséré")
    monkeypatch.setattr(window.view, "selection", lambda: [span])
    panel.replace_button.click()
    moved = library.annotation(orphan.id)
    assert moved.anchor.rects and moved.quote == "Un article nouveau est inséré"
    assert moved.carry.review is Review.ACCEPTED
    assert orphan.id not in [a.id for a in panel.annotations()]


def test_dismiss_drops_it_from_the_new_version_only(qtbot, window, library, old_id, new_id):
    panel = window.panels["carried"]
    orphan = next(a for a in panel.annotations() if a.carry.status is CarryStatus.ORPHANED)
    panel.select(orphan.id)
    panel.dismiss_button.click()
    assert orphan.id not in {a.id for a in library.annotations(document_id=new_id)}
    assert len(library.annotations(document_id=old_id)) == 3
    assert len(panel.annotations()) == 1

    window.undo_stack.undo()  # Ctrl+Z: the decision is taken back, the annotation returns
    restored = library.annotation(orphan.id)
    assert restored.deleted is None and restored.carry.review is Review.PENDING
    assert len(panel.annotations()) == 2
    window.undo_stack.redo()
    assert library.annotation(orphan.id).deleted is not None


# --- Comparing ------------------------------------------------------------------------------


def test_the_comparison_lists_the_changed_articles_and_marks_the_words(
    qtbot, window, library, old_id, new_id
):
    compare = compared(qtbot, window)
    assert not compare.isModal() and compare.isVisible()
    assert compare.rows() == [
        ("Article 1er bis", "added", "+5", ""),
        ("Article 2", "modified", "+1 −15", "3"),
    ]
    compare.changes_only.setChecked(False)
    assert ("Article 3", "unchanged", "", "") in compare.rows()
    compare.changes_only.setChecked(True)

    assert compare.select_label("Article 2")
    html = compare.text.toHtml()
    assert "line-through" in html and "underline" in html
    assert "trente" in html and "quinze" in html
    assert compare.concerned.count() == 3
    assert "Remarque 1" in "\n".join(compare.concerned.item(i).text() for i in range(3))

    change = compare.current_change()
    compare.old_button.click()
    assert window.document.id == old_id
    qtbot.waitUntil(lambda: window.view.current_page() == change.old.page)
    compare.new_button.click()
    assert window.document.id == new_id
    qtbot.waitUntil(lambda: window.view.current_page() == change.new.page)


def test_the_comparison_exports_in_the_background(qtbot, window, new_id, tmp_path):
    compare = compared(qtbot, window)
    path = tmp_path / "comparaison.html"
    task = compare.export(path, Format.HTML)
    assert not compare.export_button.isEnabled()
    qtbot.waitUntil(lambda: task.done, timeout=SLOW)
    assert compare.written == path and path.is_file()
    text = path.read_text(encoding="utf-8")
    assert "quinze" in text and "Article 1er bis" in text
    assert "Comparison written" in compare.status_label.text()
    assert compare.export_button.isEnabled() and not compare.progress.isVisible()


def test_comparing_needs_a_previous_version(qtbot, window):
    window.action_set["compare_versions"].trigger()
    assert window.versions.compare_windows == []
    assert "has no previous version" in window.statusBar().currentMessage()


# --- What it looks like ---------------------------------------------------------------------


def test_screenshots_in_french(qtbot, window, library, old_id, new_id):
    window.versions.set_label(old_id, "dépôt")
    window.versions.set_label(new_id, "commission")
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.docks["carried"].windowTitle() == "Annotations à vérifier")
        compare = compared(qtbot, window)
        assert compare.rows()[0][1] == "ajouté"
        compare.select_label("Article 2")
        qtbot.wait(50)
        ARTIFACTS.mkdir(exist_ok=True)
        assert compare.grab().save(str(ARTIFACTS / "versions-comparison.png"))
        panel = window.panels["carried"]
        changed = next(a for a in panel.annotations() if a.carry.status is CarryStatus.CHANGED)
        panel.select(changed.id)
        window.docks["carried"].resize(400, 620)
        qtbot.wait(50)
        assert window.docks["carried"].grab().save(str(ARTIFACTS / "versions-review.png"))
        assert window.docks["library"].grab().save(str(ARTIFACTS / "versions-library.png"))
        compare.close()
    finally:
        window.set_language("en")
