"""Opening the library for one command, and turning user errors into messages and exit codes."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from reviewer.cli.commands import COMMANDS, EXIT_FAILED
from reviewer.cli.config_commands import run_config
from reviewer.cli.output import ProgressBar, say
from reviewer.cli.safety import run_restore
from reviewer.core.errors import ReviewerError, database_failure
from reviewer.core.i18n import set_language, tr
from reviewer.library import Library, LibraryLayout, chosen_language, default_library_dir

EXIT_INTERRUPTED = 130


def run(args: argparse.Namespace) -> int:
    set_language(chosen_language())  # the settings' language, else the system's
    try:
        if args.command in {"gui", "demo"}:
            return _run_desktop(args)
        if args.command == "restore":
            return run_restore(args)
        if args.command == "config":
            return run_config(args)
        return _run_on_library(args)
    except ReviewerError as error:
        say(
            tr("reviewer: error: {error}", error=error), file=sys.stderr
        )  # it may quote a file's text
        return EXIT_FAILED
    except sqlite3.DatabaseError as error:  # Reading a damaged database, whatever the command.
        database = LibraryLayout(args.library or default_library_dir()).database
        failure = database_failure(database, error)
        print(tr("reviewer: error: {error}", error=failure), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("reviewer: interrupted; everything done so far is saved"), file=sys.stderr)
        return EXIT_INTERRUPTED


def _run_on_library(args: argparse.Namespace) -> int:
    bar = ProgressBar()
    with Library(args.library or default_library_dir(), progress=bar) as library:
        bar.finish()
        if library.notice:
            print(tr("reviewer: warning: {warning}", warning=library.notice), file=sys.stderr)
        return COMMANDS[args.command](library, args)


def _run_desktop(args: argparse.Namespace) -> int:
    from reviewer.library import demo_library_dir, ensure_demo_library

    if args.command == "demo":
        folder = ensure_demo_library(args.library or demo_library_dir())
        print(folder)
        return 0
    from reviewer.gui import run_window

    folder = ensure_demo_library(demo_library_dir()) if args.demo else None
    return run_window(folder or args.library or default_library_dir())
