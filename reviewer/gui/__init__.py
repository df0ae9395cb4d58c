"""The desktop window (PySide6). It presents the library and calls the facade, nothing more."""

from __future__ import annotations

import sys
from pathlib import Path


def run_window(library_dir: Path) -> int:
    from reviewer.gui.app import run

    return run(library_dir)


def main() -> int:
    """Entry point of `reviewer-gui`."""
    from reviewer.library import default_library_dir

    return run_window(Path(sys.argv[1]) if len(sys.argv) > 1 else default_library_dir())
