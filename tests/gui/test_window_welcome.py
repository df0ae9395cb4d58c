"""The welcome screen: when it is offered, and its three ways to begin."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtWidgets import QApplication, QFileDialog

import reviewer.library.demo
from reviewer.gui import welcome
from reviewer.gui.theme import install_theme
from reviewer.gui.welcome import WELCOMED_KEY, WelcomeDialog, offer_welcome, show_welcome

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def dialog(qtbot, window) -> WelcomeDialog:
    shown = show_welcome(window)
    qtbot.waitExposed(shown)
    return shown


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The folder dialog answers `folder`."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))


def test_it_is_offered_on_the_first_start_and_while_the_library_is_empty(window, library, tmp_path):
    first = offer_welcome(window)
    assert first is not None and first.isVisible()
    assert window.session.settings.value(WELCOMED_KEY, type=bool)
    first.reject()
    assert offer_welcome(window) is not None  # still empty
    library.import_paths([write_test_pdf(tmp_path / "texte.pdf", ["Article premier"])])
    assert offer_welcome(window) is None


def test_the_demo_is_built_off_the_gui_thread_then_opened(
    qtbot, window, dialog, tmp_path, monkeypatch
):
    demo = tmp_path / "demo"
    monkeypatch.setattr(welcome, "demo_library_dir", lambda: demo)
    threads = []
    build = reviewer.library.demo.ensure_demo_library

    def spied(folder: Path, **options: object) -> Path:
        threads.append(threading.current_thread())
        return build(folder, **options)

    monkeypatch.setattr(reviewer.library.demo, "ensure_demo_library", spied)
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.demo_button.click()
        assert dialog.progress.isVisible() and not dialog.create_button.isEnabled()
    assert threads and threads[0] is not threading.main_thread()
    assert progress  # the import's progress reached the dialog
    assert window.library.root == demo
    assert len(window.library.documents()) == 4
    qtbot.waitUntil(lambda: bool(window.panels["library"].visible_documents()))


def test_create_library_opens_the_chosen_folder(qtbot, window, dialog, tmp_path, monkeypatch):
    chosen = tmp_path / "nouvelle"
    chosen.mkdir()
    choose_folder(monkeypatch, chosen)
    with qtbot.waitSignal(dialog.accepted):
        dialog.create_button.click()
    assert window.library.root == chosen
    assert (chosen / "library.db").exists()
    assert window.library.documents() == []


def test_a_library_is_not_mixed_with_other_files():
    assert (
        welcome.library_folder(Path(__file__).parent) == Path(__file__).parent / "reviewer-library"
    )


def test_import_folder_takes_the_drop_path(qtbot, window, library, dialog, tmp_path, monkeypatch):
    folder = tmp_path / "dossier"
    folder.mkdir()
    write_test_pdf(folder / "projet.pdf", ["Article premier\n\nLe texte."], title="Projet")
    write_test_pdf(folder / "amendement.pdf", ["Amendement n° 12"], title="Amendement")
    choose_folder(monkeypatch, folder)
    imported: list[list[Path]] = []
    drop_path = window.import_paths  # what handle_drop calls with the dropped paths

    def spied(paths: list[Path]) -> object:
        imported.append(list(paths))
        return drop_path(paths)

    monkeypatch.setattr(window, "import_paths", spied)
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert imported == [[folder]]
    qtbot.waitUntil(lambda: len(library.documents()) == 2, timeout=30000)
    assert window.import_dialog is not None


def test_screenshot_of_the_welcome_screen(qtbot, window, dialog):
    install_theme(QApplication.instance())  # as the program does at start
    qtbot.wait(100)
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "welcome.png"))
