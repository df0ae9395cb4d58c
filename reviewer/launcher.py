"""The frozen program's entry point: one executable for the window and the commands.

    reviewer                      the window on the default library
    reviewer DIR | --self-test    the window (as `reviewer-gui`)
    reviewer import ... | search ... | --help | --version     the command line (as `reviewer`)

build.spec freezes this file; installed copies have `reviewer` and `reviewer-gui` instead.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence

CLI_OPTIONS = {"-h", "--help", "--version"}
GUI_OPTIONS = {"--self-test"}


def cli_commands() -> set[str]:
    from reviewer.cli.parser import build_parser

    # argparse has no public accessor for subcommands; reading the parser keeps one list.
    return {
        name
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def wants_cli(args: Sequence[str]) -> bool:
    if not args or args[0] in GUI_OPTIONS:
        return False  # Known without building the command line's parser (50 ms).
    return args[0] in CLI_OPTIONS or args[0] in cli_commands()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_cli(args):
        from reviewer.cli import main as cli_main

        return cli_main(args)
    from reviewer.gui import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    # The import reads PDFs in child processes started from this same executable.
    multiprocessing.freeze_support()
    sys.exit(main())
