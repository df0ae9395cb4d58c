"""Time to the program's first paint (the start window) and to the main window, offscreen.

python -m benchmarks.first_paint LIBRARY_DIR
    in this Python, from this module's start: prints the first paint in ms (stdout) and
    when the main window was shown (stderr)
python -m benchmarks.first_paint LIBRARY_DIR --memory
    in this Python: opens the library's longest document, turns its first pages and runs
    the benchmark's searches in the search panel; prints the peak memory in MB (stdout)
python -m benchmarks.first_paint LIBRARY_DIR --program dist/reviewer/reviewer [--runs 5]
    another program (a frozen build, an installed `reviewer-gui`), from the moment it is
    launched, through its `--self-test`: prints the median first paint in ms (stdout)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()


def in_process(library: Path, *, exercise: bool = False) -> None:
    from PySide6.QtCore import QSettings

    from reviewer.gui.app import application, prepare

    def milliseconds() -> float:
        return (time.perf_counter() - STARTED) * 1000

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        startup = prepare(library, settings)
        if not exercise:
            startup.start_window.painted.connect(lambda: print(f"{milliseconds():.1f}", flush=True))
        startup.ready.connect(lambda window: ready(window, milliseconds(), exercise=exercise))
        startup.failed.connect(lambda message: sys.exit(f"cannot open the library: {message}"))
        startup.start()
        application().exec()
        startup.wait()


def ready(window: Any, milliseconds: float, *, exercise: bool) -> None:
    from reviewer.gui.app import application

    print(f"main window shown: {milliseconds:.1f} ms", file=sys.stderr)
    if exercise:
        use(window)
        print(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", flush=True)
    window.close()
    application().quit()


def use(window: Any) -> None:
    """What a reviewer does first: open the longest document, turn pages, search."""
    from benchmarks.steps import QUERIES
    from reviewer.gui.app import application

    def settle(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            application().processEvents()
            time.sleep(0.01)

    document = max(window.library.documents(), key=lambda d: d.page_count)
    window.open_document(document.id)
    for page in range(1, min(document.page_count, 20) + 1):
        window.view.go_to_page(page)
        settle(0.05)
    for query in QUERIES:
        window.search_panel.search(query)
        settle(0.02)


def launched(program: str, library: Path) -> dict[str, float]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    done = subprocess.run(
        [program, "--self-test", str(library)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if not report.get("ok"):
        sys.exit(f"{program} --self-test failed: {report}\n{done.stderr}")
    return {key: (report[key] - start) * 1000 for key in ("painted", "ready", "rendered")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--program", help="an executable that accepts --self-test DIR")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory", action="store_true", help="peak memory of a short session")
    args = parser.parse_args()
    if args.program is None:
        in_process(args.library, exercise=args.memory)
        return
    runs = [launched(args.program, args.library) for _ in range(args.runs)]
    for key in ("painted", "ready", "rendered"):
        median = statistics.median(run[key] for run in runs)
        print(f"{key}: median {median:.0f} ms over {len(runs)} runs", file=sys.stderr)
    print(f"{statistics.median(run['painted'] for run in runs):.1f}")


if __name__ == "__main__":
    main()
