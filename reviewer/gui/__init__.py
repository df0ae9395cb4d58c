"""The desktop window (PySide6). It presents the library and calls the facade, nothing more."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def run_window(library_dir: Path | None) -> int:
    """The window on a library folder; None is the user's default library."""
    from reviewer.gui.app import run

    return run(library_dir)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reviewer-gui", description="Open the review window.")
    parser.add_argument(
        "library",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="library folder (default: $REVIEWER_LIBRARY, else the user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, open the first document, print a JSON report and quit (checks a build)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `reviewer-gui [DIR] [--self-test]`."""
    args = build_parser().parse_args(argv)
    if args.self_test:
        from reviewer.gui.self_test import self_test

        return self_test(args.library)
    # The default library is found later, off the GUI thread: naming it imports every floor.
    return run_window(args.library)
