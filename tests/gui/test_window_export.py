"""File > Export report… and the other exports and imports of the File menu, as a user meets
them: a live preview, a background export with Cancel, a result to open, errors said."""

from __future__ import annotations

import html
import json
import os
import threading
from datetime import date
from pathlib import Path

import docx
import pymupdf
import pytest
from amendment_samples import senat_rows
from helpers import write_test_pdf
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer.core.errors import ReviewerError
from reviewer.core.reports import Format, GroupBy
from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels.export_dialog import ExportReportDialog
from reviewer.gui.shortcuts import ShortcutsDialog
from reviewer.gui.worker import Task
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BILL = [
    "Article premier\n\nLa reconnaissance faciale est interdite dans l'espace public.\n\n"
    "Article 2\n\nLa CNIL rend un avis motivé sur chaque dispositif de vidéoprotection.",
    "Article 3\n\nLes données biométriques sont effacées sous un mois.\n\n"
    "Article 4\n\nLe coût du dispositif est plafonné à dix millions par an.",
]
AMENDMENT = ["Amendement n° 12\n\nSupprimer cet article : les caméras augmentées coûtent cher."]
QUOTE = "données biométriques sont effacées"
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP  # no ligatures
ALL = "6 annotations from 2 documents"


@pytest.fixture
def bill_id(library: Library, tmp_path: Path) -> int:
    """A bill (4 highlights) and an amendment (2), tagged as a reviewer would."""
    bill = write_test_pdf(tmp_path / "projet.pdf", BILL, title="Projet de loi test")
    amendment = write_test_pdf(tmp_path / "amendement.pdf", AMENDMENT, title="Amendement 12")
    outcomes = library.import_paths([bill, amendment]).outcomes
    bill_id, amendment_id = (outcome.document_id for outcome in outcomes)
    face = ["reconnaissance faciale"]
    library.annotate(bill_id, "reconnaissance faciale est interdite", tags=face, note="Central")
    library.annotate(bill_id, "avis motivé", tags=["CNIL"])
    library.annotate(bill_id, QUOTE, tags=face)
    library.annotate(bill_id, "dix millions par an", tags=["coût"], color="orange")
    library.annotate(amendment_id, "caméras augmentées coûtent cher", tags=["coût"])
    library.annotate(amendment_id, "Supprimer cet article")
    return bill_id


@pytest.fixture
def window(bill_id: int, window: MainWindow) -> MainWindow:
    """The shared window, opened once the documents and annotations are in the library."""
    return window


def dialog_of(qtbot, window: MainWindow) -> ExportReportDialog:
    window.action_set["export_report"].trigger()
    dialog = window.exports.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.current_preview() is not None, timeout=10000)
    return dialog


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def shown(qtbot, dialog: ExportReportDialog, text: str) -> None:
    """Wait until the preview says `text` (in its headline or its detail)."""

    def says() -> None:
        assert text in f"{dialog.count_label.text()}\n{dialog.detail_label.text()}"

    qtbot.waitUntil(says, timeout=10000)


def message(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.exports.messages.box is not None, timeout=20000)
    return window.exports.messages.box


def tick(dialog: ExportReportDialog, tag: str) -> None:
    for row in range(dialog.tag_list.count()):
        item = dialog.tag_list.item(row)
        if item.text().startswith(f"{tag} ("):
            item.setCheckState(Qt.CheckState.Checked)


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        with pymupdf.open(path) as document:
            return plain(" ".join(page.get_text(flags=TEXT_FLAGS) for page in document))
    if path.suffix == ".docx":
        return plain(" ".join(p.text for p in docx.Document(str(path)).paragraphs))
    return plain(html.unescape(path.read_text(encoding="utf-8")))


# --- The dialog and its preview -----------------------------------------------------------


def test_the_preview_follows_the_options(qtbot, window):
    dialog = dialog_of(qtbot, window)
    shown(qtbot, dialog, ALL)
    assert "By document: Amendement 12 (2), Projet de loi test (4)" in dialog.detail_label.text()
    assert "PDF · English" in dialog.detail_label.text()  # the UI language by default

    choose(dialog.group_box, GroupBy.TAG)
    shown(qtbot, dialog, "By tag: CNIL (1), coût (2), reconnaissance faciale (2), Untagged (1)")
    tick(dialog, "coût")
    shown(qtbot, dialog, "2 annotations from 2 documents")
    assert "By tag: coût (2)" in dialog.detail_label.text()

    choose(dialog.format_box, Format.DOCX)
    dialog.pictures_check.setChecked(True)
    choose(dialog.language_box, "fr")
    shown(qtbot, dialog, "DOCX · French · with pictures")
    assert dialog.path_edit.text().endswith(".docx")
    assert dialog.title_edit.placeholderText() == "Rapport d’annotations"
    choose(dialog.format_box, Format.CSV)
    assert not dialog.pictures_check.isEnabled()
    assert "with pictures" not in dialog.detail_label.text()
    assert dialog.export_button.isEnabled()


def test_the_scope_can_be_the_open_document_or_the_listed_ones(qtbot, window, bill_id):
    window.open_document(bill_id)
    window.panels["library"].filter_edit.setText("amendement")
    dialog = dialog_of(qtbot, window)
    scopes = [dialog.scope_box.itemText(i) for i in range(dialog.scope_box.count())]
    assert scopes == [
        "The whole library (2 documents)",
        "The open document: Projet de loi test",
        "The documents listed in the library panel (1)",
    ]
    choose(dialog.scope_box, "document")
    shown(qtbot, dialog, "4 annotations from 1 document")
    choose(dialog.scope_box, "listed")
    shown(qtbot, dialog, "2 annotations from 1 document")


def test_the_dialog_comes_back_with_its_last_choices(qtbot, window, bill_id):
    window.open_document(bill_id)
    dialog = dialog_of(qtbot, window)
    choose(dialog.format_box, Format.DOCX)
    choose(dialog.scope_box, "document")
    choose(dialog.group_box, GroupBy.TAG)
    tick(dialog, "coût")
    dialog.reject()  # cancelled or exported, the choices are proposed again

    again = dialog_of(qtbot, window)
    assert again is not dialog
    assert again.report_format() is Format.DOCX and again.path_edit.text().endswith(".docx")
    assert again.scope_box.currentData() == "document" and again.grouping() is GroupBy.TAG
    assert again.chosen_tags() == ("coût",)
    shown(qtbot, again, "1 annotation from 1 document")


def test_the_settings_export_folder_is_proposed_first(qtbot, window, tmp_path):
    folder = tmp_path / "rapports"
    folder.mkdir()
    window.context.preferences.change("export_folder", str(folder))
    dialog = dialog_of(qtbot, window)
    assert Path(dialog.path_edit.text()).parent == folder


def test_the_documents_selected_in_the_library_panel_are_exported_exactly(
    qtbot, window, bill_id, tmp_path
):
    third = write_test_pdf(
        tmp_path / "question.pdf", ["Question écrite sur la CNIL."], title="Question sur la CNIL"
    )
    question_id = window.library.import_paths([third]).outcomes[0].document_id
    window.library.annotate(question_id, "CNIL")
    panel = window.panels["library"]
    with qtbot.waitSignal(panel.listed):
        panel.refresh()
    items = {item.data(0, Qt.ItemDataRole.UserRole): item for item in panel._items()}

    def click(document_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        place = panel.tree.visualItemRect(items[document_id]).center()
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, modifier, place)

    click(bill_id)  # a plain click opens
    qtbot.waitUntil(lambda: window.document is not None and window.document.id == bill_id)
    click(question_id, Qt.KeyboardModifier.ControlModifier)  # Ctrl+click only selects
    assert window.document.id == bill_id
    assert set(panel.selected_document_ids()) == {bill_id, question_id}

    dialog = dialog_of(qtbot, window)
    choose(dialog.scope_box, "selected")
    assert dialog.scope_box.currentText() == "The documents selected in the library panel (2)"
    assert set(dialog.options().document_ids) == {bill_id, question_id}
    shown(qtbot, dialog, "5 annotations from 2 documents")
    choose(dialog.format_box, Format.HTML)
    path = tmp_path / "choisis.html"
    dialog.path_edit.setText(str(path))
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.export_button.click()
    message(qtbot, window)
    written = text_of(path)
    assert (
        QUOTE in written and "Projet de loi test" in written and "Question sur la CNIL" in written
    )
    assert "caméras augmentées" not in written and "Amendement 12" not in written  # not chosen


def test_an_empty_selection_is_said_before_writing(qtbot, window, tmp_path):
    dialog = dialog_of(qtbot, window)
    dialog.path_edit.setText(str(tmp_path / "vide.pdf"))
    dialog.since_edit.setDate(QDate.currentDate().addDays(1))
    dialog.since_check.setChecked(True)
    shown(qtbot, dialog, "No annotation matches these options")
    assert not dialog.export_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and not (tmp_path / "vide.pdf").exists()

    dialog.until_edit.setDate(QDate.currentDate())
    dialog.until_check.setChecked(True)
    shown(qtbot, dialog, "the period is empty")  # the core's own words
    assert not dialog.export_button.isEnabled()


def test_a_failing_preview_is_said_once_and_blocks_the_export(qtbot, window, monkeypatch):
    attempts = []

    def refuse(*_args, **_kwargs):
        attempts.append(1)
        raise ReviewerError("the library is being repaired")

    monkeypatch.setattr(Library, "build_report", refuse)
    window.action_set["export_report"].trigger()
    dialog = window.exports.dialog
    shown(qtbot, dialog, "the library is being repaired")
    qtbot.wait(300)  # time enough for a retry loop to show
    assert attempts == [1] and not dialog.export_button.isEnabled()


# --- Exporting a report -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [Format.PDF, Format.DOCX, Format.HTML])
def test_the_report_is_written_in_the_background_and_can_be_opened(
    qtbot, window, tmp_path, monkeypatch, fmt
):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    dialog = dialog_of(qtbot, window)
    choose(dialog.format_box, fmt)
    path = tmp_path / f"rapport.{fmt.value}"
    dialog.path_edit.setText(str(path))
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.export_button.click()
    assert not dialog.isVisible()

    box = message(qtbot, window)
    assert box.text() == "Report written: 6 annotations." and box.informativeText() == str(path)
    assert QUOTE in text_of(path)
    assert window.session.value("export/folder") == str(tmp_path)  # the next export starts here
    buttons = {button.text(): button for button in box.buttons()}
    assert "Open" in buttons
    buttons["Show in Folder"].click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert opened[0].isLocalFile()


def test_cancel_stops_the_export_and_writes_nothing(qtbot, window, tmp_path):
    dialog = dialog_of(qtbot, window)
    path = tmp_path / "rapport.pdf"
    dialog.path_edit.setText(str(path))
    gate = threading.Event()
    window.calls.start(Task(lambda *_args: gate.wait(10)))  # the export waits behind it
    try:
        dialog.export_button.click()
        task = window.task_progress.task
        assert task is not None and window.task_progress.isVisible()
        window.task_progress.cancel()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert not path.exists()
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.exports.messages.box is None  # a cancel is not an error to acknowledge


def failing_path(tmp_path: Path, why: str) -> Path:
    if why == "read-only folder":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        folder = tmp_path / "lecture-seule"
        folder.mkdir()
        folder.chmod(0o555)
        return folder / "rapport.pdf"
    (tmp_path / "clé-usb").write_text("a file where the folder should be")
    return tmp_path / "clé-usb" / "rapport.pdf"


@pytest.mark.parametrize("why", ["read-only folder", "folder gone"])
def test_a_failing_export_is_shown_and_the_window_keeps_working(qtbot, window, tmp_path, why):
    path = failing_path(tmp_path, why)
    dialog = dialog_of(qtbot, window)
    dialog.path_edit.setText(str(path))
    dialog.export_button.click()
    box = message(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "The report could not be written."
    assert "cannot write" in box.informativeText()
    assert not window.task_progress.isVisible()

    dialog = dialog_of(qtbot, window)
    dialog.path_edit.setText(str(tmp_path / "ailleurs.html"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "ailleurs.html").exists(), timeout=20000)


# --- Annotated PDF, W3C files, imports ----------------------------------------------------


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))


def test_the_annotated_pdf_holds_native_highlights(qtbot, window, bill_id, tmp_path, monkeypatch):
    assert not window.action_set["export_annotated_pdf"].isEnabled()  # no document open
    window.open_document(bill_id)
    path = tmp_path / "annotée.pdf"
    save_as(monkeypatch, path)
    window.action_set["export_annotated_pdf"].trigger()
    box = message(qtbot, window)
    assert box.text() == "Annotated PDF written: 4 annotations."
    with pymupdf.open(path) as document:
        marks = [(a.type[1], plain(a.info["content"])) for page in document for a in page.annots()]
    assert [kind for kind, _note in marks] == ["Highlight"] * 4
    assert ("Highlight", "Central") in marks


def test_w3c_annotations_go_out_and_merge_back(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "annotations.json"
    save_as(monkeypatch, path)
    window.action_set["export_w3c"].trigger()
    box = message(qtbot, window)
    assert box.text() == "W3C file written: 6 annotations, deleted ones included."
    assert QUOTE in path.read_text(encoding="utf-8")

    box.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    window.action_set["import_annotations"].trigger()
    box = message(qtbot, window)
    assert box.text() == "Annotations merged from annotations.json: 6 already up to date."


def test_a_w3c_file_with_positions_says_how_many_it_took_in(
    qtbot, window, library, tmp_path, monkeypatch
):
    library.import_paths([senat_rows(tmp_path / "jeu.csv", 1)])
    amendment = next(d for d in library.documents() if d.position is not None)
    collection = {"type": "AnnotationCollection", "total": 0, "positions": [
        {"target": {"source": f"urn:sha256:{amendment.sha256}"}, "label": "À étudier",
         "argument": "", "modified": "2030-01-01T00:00:00.000Z"}]}  # fmt: skip
    path = tmp_path / "positions.json"
    path.write_text(json.dumps(collection), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    window.action_set["import_annotations"].trigger()
    box = message(qtbot, window)
    assert box.informativeText().splitlines() == [
        "1 position on amendments taken in.",
        "Position labels added to the library's list: À étudier.",
    ]
    assert library.position(amendment.id).label == "À étudier"


def test_a_pdf_copy_brings_its_highlights_into_the_open_document(
    qtbot, window, library, bill_id, tmp_path
):
    copy = tmp_path / "copie-collègue.pdf"
    with pymupdf.open(library.pdf_path(library.document(bill_id))) as document:
        page = document[0]
        page.add_highlight_annot(page.search_for("espace public"))
        document.save(copy)
    assert window.exports.import_annotations(copy) is None  # which document is it a copy of?
    refusal = message(qtbot, window)
    assert "Open the document" in refusal.informativeText()

    refusal.close()
    window.open_document(bill_id)
    window.exports.import_annotations(copy)
    assert (
        message(qtbot, window).text()
        == "1 annotation imported from copie-collègue.pdf, 0 already present, 0 skipped."
    )
    assert len(library.annotations(document_id=bill_id)) == 5
    assert len(window.annotation_panel.annotations()) == 5  # the window shows it at once


def test_word_goes_out_with_comments_and_a_colleague_s_comments_come_back(
    qtbot, window, library, bill_id, tmp_path, monkeypatch
):
    assert not window.action_set["export_word"].isEnabled()  # no document open
    window.open_document(bill_id)
    path = tmp_path / "annotée.docx"
    save_as(monkeypatch, path)
    window.action_set["export_word"].trigger()
    box = message(qtbot, window)
    assert box.text() == "Word file written: 4 comments."
    box.close()

    office = docx.Document(path)  # a colleague comments on words of the text
    paragraph = next(p for p in office.paragraphs if "espace public" in p.text)
    office.add_comment(paragraph.runs, text="À reprendre", author="Collègue", initials="C")
    office.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    window.action_set["import_annotations"].trigger()
    box = message(qtbot, window)
    assert box.text() == "1 comment of annotée.docx imported as annotations"
    assert "4 already here" in box.informativeText()
    assert any(a.note == "À reprendre" for a in window.annotation_panel.annotations())


def test_word_export_asks_whether_to_include_the_text_s_drafts_as_tracked_changes(
    qtbot, window, library, bill_id, tmp_path, monkeypatch
):
    library.save_draft(
        bill_id, article="2", alinea=1, op="replace-words", old="motivé", new="conforme"
    )
    window.open_document(bill_id)
    path = tmp_path / "amendée.docx"
    save_as(monkeypatch, path)
    window.action_set["export_word"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "wordDrafts") is not None)
    question = window.findChild(QMessageBox, "wordDrafts")
    # (%n plurals: "draft(s)" until the coordinator's translation run gives the English forms)
    assert question.informativeText().startswith("This text has 1 saved amendment draft")
    assert question.checkBox().text() == "Include amendment drafts as tracked changes"
    assert question.checkBox().isChecked()
    ARTIFACTS.mkdir(exist_ok=True)
    assert question.grab().save(str(ARTIFACTS / "word-drafts-question.png"))
    question.defaultButton().click()
    headline = message(qtbot, window).text()
    assert headline.startswith("Word file written: 4 comments. 1 draft")
    assert headline.endswith("as tracked changes.")
    changes = docx.Document(str(path)).element.body.xpath(".//w:ins | .//w:del")
    assert len(changes) == 2  # "motivé" deleted, "conforme" inserted


def test_the_commands_are_in_the_file_menu_and_export_has_ctrl_e(window):
    file_menu = [action.objectName() for action in window.menus.menus["file"].actions()]
    for name in ("export_report", "export_annotated_pdf", "export_w3c", "import_annotations"):
        assert f"action_{name}" in file_menu
    keys = [sequence.toString() for sequence in window.action_set["export_report"].shortcuts()]
    assert keys == ["Ctrl+E"]
    window.action_set["shortcuts"].trigger()
    assert ("Export Report…", "Ctrl+E") in window.findChild(ShortcutsDialog).rows()


# --- What it looks like -------------------------------------------------------------------


def test_screenshot_of_the_dialog_in_french(qtbot, window):
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.menus.menus["file"].title() == "&Fichier")
        dialog = dialog_of(qtbot, window)
        assert dialog.windowTitle() == "Exporter le rapport"
        choose(dialog.group_box, GroupBy.TAG)
        tick(dialog, "reconnaissance faciale")
        dialog.since_check.setChecked(True)
        dialog.since_edit.setDate(QDate.currentDate().addDays(-7))
        shown(qtbot, dialog, "2 annotations dans 1 document")
        assert "Français" in dialog.detail_label.text()
        qtbot.wait(50)
        ARTIFACTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(ARTIFACTS / "export-dialog.png"))
    finally:
        window.set_language("en")


def test_the_default_file_is_a_dated_report_in_the_last_folder(qtbot, window, tmp_path):
    window.session.set("export/folder", str(tmp_path))
    dialog = dialog_of(qtbot, window)
    today = date.today().isoformat()
    assert dialog.path() == tmp_path / f"Report – {today}.pdf"
    assert dialog.until_edit.date().toPython() == date.today()


def test_another_texts_pdf_is_asked_about_then_brings_new_annotations(
    qtbot, window, library, bill_id, tmp_path
):
    amendment = next(d for d in library.documents() if d.id != bill_id)
    theirs = tmp_path / "amendement-annoté.pdf"
    library.export_annotated_pdf(amendment.id, theirs)
    before = library.annotations(document_id=amendment.id)
    window.open_document(bill_id)
    window.exports.import_annotations(theirs)
    question = message(qtbot, window)
    assert question.text() == "amendement-annoté.pdf is not a copy of the open document."
    assert len(library.annotations(document_id=bill_id)) == 4  # nothing yet
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "imported from" in message(qtbot, window).text(), timeout=20000)
    assert library.annotations(document_id=amendment.id) == before  # the owner keeps them
    assert not {a.id for a in library.annotations(document_id=bill_id)} & {a.id for a in before}
