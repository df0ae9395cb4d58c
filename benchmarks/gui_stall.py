"""Does the window wait on the library? Stalls of the event loop while a user types searches.

    python -m benchmarks.gui_stall --pages 10000     # the library benchmarks.run caches
    python -m benchmarks.gui_stall --library DIR

Opens the real main window offscreen on the library and types the benchmark's 24
queries into the search box character by character, KEY_MS apart, then Enter, as a
user does. A TICK_MS timer runs all along: how late it fires is how long the window
was frozen. For each query: the longest stall while it was typed and searched, and
the time from Enter until its results are shown. Prints a table and writes
benchmarks/results/<time>-<pages>p-gui-stall.json. Target: no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
TICK_MS = 5
KEY_MS = 80  # between two keys: a steady typist
READ_MS = 400  # the user looks at the results before the next query
RESULTS_TIMEOUT_S = 30


class StallMeter:
    """A timer that should fire every TICK_MS; the longest it was late, in ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0

    def take(self) -> float:
        """The longest stall since the last take (or reset), counting the one under way."""
        self._tick()
        longest, self.longest = self.longest, 0.0
        return longest

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000 - TICK_MS)
        self.last = now


@dataclass
class Measure:
    query: str
    longest_stall_ms: float
    results_ms: float  # from Enter to the results shown
    hits: int
    # The longest stall while typing, while searching (Enter to results), while showing.
    typing_ms: float
    searching_ms: float
    showing_ms: float


def wait(milliseconds: int) -> None:
    """Let the event loop run (the timer ticks, answers arrive) for a while."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def press(widget: Any, text: str = "", key: int = 0) -> None:
    """A key as the keyboard sends it (QTest's helpers know ASCII only: no "é")."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def type_and_search(window: Any, meter: StallMeter, query: str) -> Measure:
    from PySide6.QtCore import Qt

    panel = window.search_panel
    panel.query_edit.clear()
    wait(READ_MS)
    meter.reset()
    for character in query:
        press(panel.query_edit, character)
        wait(KEY_MS)
    typing = meter.take()
    pressed = time.perf_counter()
    press(panel.query_edit, "\r", Qt.Key.Key_Return)
    while not (panel.results is not None and panel.results.query == query):
        if time.perf_counter() - pressed > RESULTS_TIMEOUT_S:
            raise RuntimeError(f"no results shown for {query!r}")
        wait(1)
    shown = (time.perf_counter() - pressed) * 1000
    searching = meter.take()
    wait(READ_MS)  # An answer's display may stall too: measure it.
    showing = meter.take()
    longest = max(typing, searching, showing)
    hits = len(panel.results.hits)
    return Measure(query, longest, shown, hits, typing, searching, showing)


def run(library_root: Path) -> list[Measure]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.steps import QUERIES
    from reviewer.gui.i18n import Languages
    from reviewer.gui.main_window import MainWindow
    from reviewer.library import Library

    application = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch, Library(library_root) as library:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings=settings, languages=Languages(application))
        window.show()
        window.docks["search"].raise_()
        meter = StallMeter()
        meter.start()
        wait(1000)  # The window settles (first paint, panels filled).
        measures = [type_and_search(window, meter, query) for query in QUERIES]
        window.close()
    return measures


def report(pages: int | None, root: Path, measures: list[Measure]) -> dict[str, Any]:
    stalls = [m.longest_stall_ms for m in measures]
    shown = [m.results_ms for m in measures]
    return {
        "library": str(root),
        "pages": pages,
        "key_ms": KEY_MS,
        "longest_stall_ms": max(stalls),
        "median_stall_ms": statistics.median(stalls),
        "results_median_ms": statistics.median(shown),
        "results_max_ms": max(shown),
        "queries": [asdict(m) for m in measures],
    }


def print_table(figures: dict[str, Any]) -> None:
    print(f"\nGUI stalls while typing searches, {figures['library']}")
    print(
        f"  {'query':<30} {'stall ms: typing':>16} {'searching':>9} {'showing':>8}"
        f" {'results after ms':>17} {'hits':>5}"
    )
    for m in figures["queries"]:
        print(
            f"  {m['query']:<30} {m['typing_ms']:>16.1f} {m['searching_ms']:>9.1f}"
            f" {m['showing_ms']:>8.1f} {m['results_ms']:>17.1f} {m['hits']:>5}"
        )
    print(
        f"  longest stall {figures['longest_stall_ms']:.1f} ms (median of queries "
        f"{figures['median_stall_ms']:.1f}); results shown after {figures['results_median_ms']:.0f}"
        f" ms median, {figures['results_max_ms']:.0f} ms max"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--pages", type=int, help="the generated library of that many pages")
    where.add_argument("--library", type=Path, help="an existing library folder")
    args = parser.parse_args(argv)
    root = args.library
    if root is None:
        from benchmarks.run import CACHE
        from benchmarks.steps import _corpus, _library

        root = _library(CACHE, _corpus(CACHE, args.pages))
    figures = report(args.pages, root, run(root))
    print_table(figures)
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{args.pages or 'library'}p-gui-stall.json"
    target.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    print(f"\nwritten to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
