"""Offline and private, proven: the whole workflow runs with every network connection
refused (tests/conftest.py), Qt opens no network access, no module can reach the network,
and HTML exports load nothing from the web."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.library import Library

PACKAGE = Path(__file__).resolve().parents[2] / "reviewer"
# Modules that open connections or hand URLs to a browser; none belongs in an offline tool.
NETWORK_MODULES = {
    *("socket", "ssl", "http", "urllib", "ftplib", "smtplib", "imaplib", "poplib"),
    *("xmlrpc", "webbrowser", "requests", "httpx", "aiohttp", "urllib3"),
    *("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"),
}
REMOTE = re.compile(r"""(?:https?:)?//[\w.-]+\.\w""")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_of_the_program_can_reach_the_network():
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in imports_of(path)
        if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES
    ]
    assert offenders == []


@pytest.fixture
def worked_library(library: Library, tmp_path: Path, corpus_dir: Path, shared_pdfs: Path):
    library.import_paths(
        [
            corpus_dir,
            shared_pdfs / "legislative-html" / "projet-de-loi_an_pl0269_plfss2018.html",
            write_test_pdf(tmp_path / "texte-offline.pdf", ["Article premier. La CNIL contrôle."]),
        ]
    )
    document_id = library.find_document("texte-offline").id
    library.annotate(document_id, "CNIL", tags=["CNIL"], note="à citer")
    assert library.search("tag:cnil").total == 1
    assert library.search("vidéosurveillance").total > 0
    return library


def test_import_annotate_search_and_export_offline(worked_library: Library, tmp_path: Path):
    if not hasattr(worked_library, "export_report"):
        pytest.skip("no export in this build")
    from reviewer.core.reports import Format, ReportOptions

    for form in Format:
        worked_library.export_report(
            ReportOptions(format=form, images=True), tmp_path / f"r.{form}"
        )
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert REMOTE.findall(html) == []  # no font, style, image or script from the web


def test_the_window_starts_offscreen_without_network_access(
    worked_library: Library, qtbot, tmp_path: Path
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.gui.i18n import Languages
    from reviewer.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        worked_library, settings=settings, languages=Languages(QApplication.instance())
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_document(worked_library.find_document("texte-offline").id)
    qtbot.wait(300)  # let the page render in the background
    loaded = set(sys.modules)
    assert not {name for name in loaded if name.startswith("PySide6.QtNetwork")}
    assert not {name for name in loaded if name.startswith("PySide6.QtWebEngine")}

    from PySide6.QtNetwork import QNetworkAccessManager

    owners = [QApplication.instance(), *QApplication.topLevelWidgets()]
    assert [o for o in owners if o.findChildren(QNetworkAccessManager)] == []
    window.close()
