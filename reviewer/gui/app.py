"""Start the Qt application on a library (the full review window comes with its own issue)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from reviewer.library import Library


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(f"reviewer — {library.layout.root}")
        self.documents = QListWidget()
        self.setCentralWidget(self.documents)
        self.refresh()

    def refresh(self) -> None:
        self.documents.clear()
        for document in self.library.documents():
            self.documents.addItem(
                f"{document.title} — {document.page_count} p., "
                f"{document.annotation_count} annotation(s)"
            )


def run(library_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with Library(library_dir) as library:
        window = MainWindow(library)
        window.resize(1100, 750)
        window.show()
        return app.exec()
