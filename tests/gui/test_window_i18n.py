"""French and English: every string has its translation, the .qm is current, switching is live.

After changing a string in reviewer/gui, update the catalogue and the compiled copy:

    .venv/bin/pyside6-lupdate -extensions py $(find reviewer/gui -name '*.py') \\
        -ts resources/translations/reviewer_fr.ts -locations none -no-obsolete
    (translate the new entries, e.g. with pyside6-linguist)
    .venv/bin/pyside6-lrelease resources/translations/reviewer_fr.ts \\
        -qm reviewer/gui/translations/reviewer_fr.qm
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow
from reviewer.samples.legislative import bill

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reviewer_fr.ts"
QM = ROOT / "reviewer" / "gui" / "translations" / "reviewer_fr.qm"
TOOLS = Path(sys.executable).parent


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to the Python running the tests")
    return path


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_of_the_gui_has_a_french_translation(tmp_path: Path):
    scanned = tmp_path / "reviewer_fr.ts"
    shutil.copy(TS, scanned)
    sources = sorted(str(path) for path in (ROOT / "reviewer" / "gui").rglob("*.py"))
    options = ["-locations", "none", "-no-obsolete", "-silent"]
    lupdate = tool("pyside6-lupdate")
    subprocess.run([lupdate, "-extensions", "py", *sources, "-ts", scanned, *options], check=True)
    current = messages(scanned)
    assert current.keys() == messages(TS).keys(), "run pyside6-lupdate (see this file's doc)"
    untranslated = [
        key
        for key, message in current.items()
        if message.find("translation").get("type") == "unfinished"
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert untranslated == []


def counted_strings() -> set[str]:
    """Every string literal of the GUI's code that holds a count (%n)."""
    found = set()
    for path in (ROOT / "reviewer" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "%n" in node.value
            ):
                found.add(node.value)
    return found


def test_every_count_of_the_gui_is_catalogued_as_a_plural():
    """lupdate catalogues a plural only when asked through `self.tr(text, "", n)`: a count
    asked otherwise would be shown untranslated ("1 failed." in the French window)."""
    plurals = {source for (_, source), message in messages(TS).items() if message.get("numerus")}
    assert counted_strings() - plurals == set()
    assert len(counted_strings()) > 40  # the walk finds the GUI's counts


def test_the_shipped_catalogue_is_compiled_from_the_source(tmp_path: Path):
    compiled = tmp_path / "reviewer_fr.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", TS, "-qm", compiled], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see this file's doc)"


@pytest.fixture
def languages() -> Iterator[Languages]:
    chosen = Languages(QApplication.instance())
    yield chosen
    chosen.apply("en")  # Other tests expect English.


@pytest.fixture
def window(qtbot, library, languages, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(library, settings=settings, languages=languages)
    qtbot.addWidget(shown)
    yield shown
    shown.close()


def test_switching_language_retranslates_the_window(qtbot, window, user_settings):
    file_menu = window.menus.menus["file"]
    assert file_menu.title() == "&File"
    window.set_language("fr")
    qtbot.waitUntil(lambda: file_menu.title() == "&Fichier")  # Qt posts LanguageChange.
    assert window.docks["library"].windowTitle() == "Bibliothèque"
    assert window.panels["library"].sort_box.itemText(0) == "Trier par titre"
    assert window.action_set["highlight_red"].text() == "Rouge"
    assert json.loads(user_settings.read_text())["language"] == "fr"  # the CLI's too
    window.set_language("en")
    qtbot.waitUntil(lambda: file_menu.title() == "&File")
    assert window.annotation_panel.tag_box.itemText(0) == "All tags"


def test_switching_language_renames_the_kinds_in_the_library_rows(qtbot, window, tmp_path):
    bill_pdf = tmp_path / "pjl.pdf"
    bill(5, articles=3).write(bill_pdf)
    window.library.import_paths([bill_pdf])
    with qtbot.waitSignal(window.panels["library"].listed):
        window.panels["library"].refresh()
    kinds = lambda: {i.text(1) for i in window.panels["library"]._items() if i.text(1)}  # noqa: E731
    assert "Government bill" in kinds()
    window.set_language("fr")
    qtbot.waitUntil(lambda: "Projet de loi" in kinds())
    assert "Projet de loi" in {
        window.panels["library"].kind_box.itemText(i)
        for i in range(window.panels["library"].kind_box.count())
    }


def test_the_english_plural_catalogue_is_current(tmp_path: Path, monkeypatch):
    from scripts import english_plurals

    monkeypatch.setattr(english_plurals, "TS", tmp_path / "reviewer_en.ts")
    monkeypatch.setattr(english_plurals, "QM", tmp_path / "reviewer_en.qm")
    tool("pyside6-lupdate")
    english_plurals.main()
    shipped = ROOT / "reviewer" / "gui" / "translations" / "reviewer_en.qm"
    assert (tmp_path / "reviewer_en.qm").read_bytes() == shipped.read_bytes(), (
        "run .venv/bin/python -m scripts.english_plurals"
    )


def test_english_counts_in_real_singulars_and_plurals(languages):
    from PySide6.QtCore import QCoreApplication

    languages.apply("en")
    say = QCoreApplication.translate
    assert say("LibraryPanel", "%n document(s)", "", 1) == "1 document"
    assert say("LibraryPanel", "%n document(s)", "", 3) == "3 documents"
    languages.apply("fr")
    assert say("LibraryPanel", "%n document(s)", "", 3) == "3 documents"
