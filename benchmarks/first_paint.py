"""Time to the program's first paint (the start window) and to the main window, offscreen.

python -m benchmarks.first_paint LIBRARY_DIR
    in this Python, from this module's start: prints the first paint in ms (stdout) and
    when the main window was shown (stderr)
python -m benchmarks.first_paint LIBRARY_DIR --program dist/reviewer/reviewer [--runs 5]
    another program (a frozen build, an installed `reviewer-gui`), from the moment it is
    launched, through its `--self-test`: prints the median first paint in ms (stdout)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()


def in_process(library: Path) -> None:
    from PySide6.QtCore import QSettings

    from reviewer.gui.app import application, prepare

    def milliseconds() -> float:
        return (time.perf_counter() - STARTED) * 1000

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        startup = prepare(library, settings)
        startup.start_window.painted.connect(lambda: print(f"{milliseconds():.1f}", flush=True))
        startup.ready.connect(lambda window: ready(window, milliseconds()))
        startup.failed.connect(lambda message: sys.exit(f"cannot open the library: {message}"))
        startup.start()
        application().exec()
        startup.wait()


def ready(window: object, milliseconds: float) -> None:
    from reviewer.gui.app import application

    print(f"main window shown: {milliseconds:.1f} ms", file=sys.stderr)
    window.close()
    application().quit()


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
    args = parser.parse_args()
    if args.program is None:
        in_process(args.library)
        return
    runs = [launched(args.program, args.library) for _ in range(args.runs)]
    for key in ("painted", "ready", "rendered"):
        median = statistics.median(run[key] for run in runs)
        print(f"{key}: median {median:.0f} ms over {len(runs)} runs", file=sys.stderr)
    print(f"{statistics.median(run['painted'] for run in runs):.1f}")


if __name__ == "__main__":
    main()
