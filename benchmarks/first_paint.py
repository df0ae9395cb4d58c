"""Time from a cold process start to the main window's first paint, offscreen.

python -m benchmarks.first_paint LIBRARY_DIR   # prints milliseconds
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

STARTED = time.perf_counter()


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from reviewer.gui.app import create_window

    app = QApplication(sys.argv[:1])
    window = create_window(Path(sys.argv[1]))
    if window is None:
        sys.exit("the library cannot be opened")

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"{(time.perf_counter() - STARTED) * 1000:.1f}")
                QTimer.singleShot(0, app.quit)
            return False

    painted = FirstPaint()
    window.installEventFilter(painted)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
