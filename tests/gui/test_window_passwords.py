"""Encrypted PDFs imported from the window: a password dialog, three tries, Cancel skips."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QMimeData, QUrl

from reviewer.core.records import ImportStatus
from reviewer.gui.main_window import MainWindow
from reviewer.gui.passwords import PasswordPrompts
from reviewer.library import Library

RC4, WRITER = "pdfminer_rc4-40.pdf", "samplefiles_libreoffice-writer-password.pdf"


@pytest.fixture
def dropped(tmp_path: Path, shared_pdfs: Path) -> list[Path]:
    for name in (RC4, WRITER):
        shutil.copy(shared_pdfs / "encrypted" / name, tmp_path / name)
    write_test_pdf(tmp_path / "clair.pdf", ["Article premier"], title="Clair")
    return [tmp_path / RC4, tmp_path / WRITER, tmp_path / "clair.pdf"]


def answering(monkeypatch, answers: dict[str, list[str | None]]) -> list[tuple[str, bool]]:
    asked: list[tuple[str, bool]] = []

    def ask(_self, name: str, wrong: bool) -> str | None:
        asked.append((name, wrong))
        return answers[name].pop(0)

    monkeypatch.setattr(PasswordPrompts, "_dialog", ask)
    return asked


def drop_and_wait(qtbot, window: MainWindow, paths: list[Path], asked: list, questions: int):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    window.handle_drop(mime)
    qtbot.waitUntil(lambda: len(asked) == questions and not window.calls.busy, timeout=30000)
    qtbot.wait(50)  # the last answer is handed on


def test_a_wrong_password_is_said_and_asked_again_cancel_skips(
    qtbot, window, library, dropped, monkeypatch
):
    asked = answering(monkeypatch, {RC4: ["nope", "foo"], WRITER: [None]})
    drop_and_wait(qtbot, window, dropped, asked, 3)

    assert asked == [(RC4, False), (RC4, True), (WRITER, False)]
    report = window.import_dialog.report
    status = {Path(o.path).name: o.status for o in report.outcomes}
    assert status == {
        RC4: ImportStatus.IMPORTED,
        WRITER: ImportStatus.FAILED,
        "clair.pdf": ImportStatus.IMPORTED,
    }
    assert len(library.documents()) == 2


def test_three_wrong_passwords_give_up_on_that_file(qtbot, window, library, dropped, monkeypatch):
    asked = answering(monkeypatch, {RC4: ["a", "b", "c", "foo"], WRITER: ["openpassword"]})
    drop_and_wait(qtbot, window, dropped, asked, 4)

    assert [name for name, _wrong in asked] == [RC4, RC4, RC4, WRITER]
    failed = [o for o in window.import_dialog.report.outcomes if o.status is ImportStatus.FAILED]
    assert [Path(o.path).name for o in failed] == [RC4]
    assert "wrong password" in failed[0].message
    assert len(library.documents()) == 2


def test_an_encrypted_document_asks_its_password_once_at_opening(
    qtbot, window, tmp_path, shared_pdfs, monkeypatch
):
    with Library(tmp_path / "other") as other:  # imported in an earlier session
        [outcome] = other.import_paths([shared_pdfs / "encrypted" / RC4]).outcomes
        document_id = other.import_with_password(outcome, "foo").document_id
    assert window.open_library(tmp_path / "other")
    answers = iter([None, "bar", "foo"])
    asked: list[bool] = []

    def ask(name: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(window, "ask_password", ask)
    assert window.open_document(document_id)  # Asked once the render thread finds it locked.
    qtbot.waitUntil(lambda: window.document is None)  # Cancel: it closes
    assert asked == [False]
    assert window.open_document(document_id)
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=10_000)
    assert asked == [False, False, True]
    assert window.document.id == document_id
    window.close_document()
    assert window.open_document(document_id)  # not asked again this session
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=10_000)
    assert len(asked) == 3


def test_whether_a_document_needs_a_password_is_found_off_the_gui_thread(
    qtbot, window, tmp_path, shared_pdfs, monkeypatch
):
    """A big or slow file must not freeze the window: neither the first opening (which
    finds the password missing) nor the try of a password runs on the GUI thread."""
    import threading

    with Library(tmp_path / "other") as other:
        [outcome] = other.import_paths([shared_pdfs / "encrypted" / RC4]).outcomes
        document_id = other.import_with_password(outcome, "foo").document_id
    assert window.open_library(tmp_path / "other")
    on_gui: list[tuple[str, bool]] = []

    def watched(name: str):
        method = getattr(Library, name)

        def call(*args, **kwargs):
            on_gui.append((name, threading.current_thread() is threading.main_thread()))
            return method(*args, **kwargs)

        monkeypatch.setattr(Library, name, call)

    for name in ("unlock", "open_pages"):
        watched(name)
    monkeypatch.setattr(window, "ask_password", lambda _name, _wrong: "foo")
    assert window.open_document(document_id)
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=10_000)
    assert [name for name, _gui in on_gui] == ["open_pages", "unlock", "open_pages"]
    assert not any(gui for _name, gui in on_gui)
