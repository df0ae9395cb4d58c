"""A core error shows in the window's language: French window, French message."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

BROKEN = "qpdf_bad1-not-a-pdf.pdf"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_an_import_failure_reads_in_french_in_the_french_window(
    qtbot, window, tmp_path, shared_pdfs
):
    broken = tmp_path / BROKEN
    shutil.copy(shared_pdfs / "malformed" / BROKEN, broken)
    window.languages.apply("fr")
    try:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(broken))])
        assert window.handle_drop(mime)
        dialog = window.import_dialog
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
        [(name, why)] = dialog.failures()
        assert name == BROKEN
        assert why.startswith("ce n’est pas un PDF lisible, il est endommagé"), why
        assert why in dialog.detail.text()
        assert dialog.heading.text().startswith("1 en échec."), dialog.heading.text()
        ARTIFACTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(ARTIFACTS / "import-report-fr.png"))
    finally:
        window.languages.apply("en")
