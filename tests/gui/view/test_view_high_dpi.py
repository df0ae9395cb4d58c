"""On a high-DPI screen pages are rendered at zoom × device pixel ratio (a separate process:
the scale factor is fixed when Qt starts)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import write_test_pdf

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from functools import partial
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from reviewer.core.records import Document
    from reviewer.gui.view import DocumentView
    from reviewer.pdf import PdfFile

    zooms = []
    render = PdfFile.render
    def recording(self, page, *, zoom):
        zooms.append(zoom)
        return render(self, page, zoom=zoom)
    PdfFile.render = recording

    app = QApplication([])
    path = Path(sys.argv[1])
    view = DocumentView()
    view.resize(600, 400)
    view.show()
    view.open_document(
        Document(1, "", "", "", "", "", "", 1, 0, ""), partial(PdfFile, path), [(595.0, 842.0)]
    )
    view.set_zoom(1.5)
    deadline = time.monotonic() + 5
    while 1 not in view.rendered_pages() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print(view.devicePixelRatioF(), zooms[-1], view.grab().devicePixelRatio())
    view.close_document()
    """
)


def test_pages_are_rendered_for_the_device_pixels(tmp_path: Path):
    pdf = write_test_pdf(tmp_path / "one.pdf", ["Texte net sur un écran à haute densité."])
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(pdf)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=Path(__file__).resolve().parents[3],
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2.0", "3.0", "2.0"]
