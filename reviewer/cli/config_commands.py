"""`reviewer config [KEY [VALUE]]`: show and set the user's settings (no library needed)."""

from __future__ import annotations

import argparse
import sys

from reviewer.cli.output import say
from reviewer.core.i18n import tr
from reviewer.core.settings import KEYS

EXIT_OK = 0


def add_config_parser(commands: argparse._SubParsersAction) -> None:
    config = commands.add_parser(
        "config",
        help="show or set your settings: author, initials, addressee, mark...",
        description=f"Settings: {', '.join(KEYS)}. With no KEY, all of them and the file; "
        'with KEY, its value; with KEY VALUE, set it ("" clears it).',
    )
    config.add_argument("key", nargs="?", choices=KEYS, metavar="KEY")
    config.add_argument("value", nargs="?", metavar="VALUE")


def run_config(args: argparse.Namespace) -> int:
    # Deferred: `reviewer --help` stays quick.
    from reviewer.library import load_settings, save_and_reload, settings_path

    settings = load_settings()
    if settings.problem:
        say(tr("reviewer: warning: {warning}", warning=settings.problem), file=sys.stderr)
    if args.key is None:
        say(f"# {settings_path()}")
        for key in KEYS:
            say(f"{key} = {getattr(settings, key)}")
    elif args.value is None:
        say(getattr(settings, args.key))
    else:
        saved = save_and_reload(settings.with_value(args.key, args.value))
        say(f"{args.key} = {getattr(saved, args.key)}")
    return EXIT_OK
