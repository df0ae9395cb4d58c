"""`reviewer position` and `reviewer positions`: the MP's position on an amendment, and the
library's list of position labels."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import print_json, say
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr, trn

if TYPE_CHECKING:
    from reviewer.core.amendments import Position
    from reviewer.core.records import Document
    from reviewer.library import Library

EXIT_OK = 0


def add_position_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    position = commands.add_parser(
        "position",
        parents=[common],
        help="show, set or clear the MP's position on an amendment",
        description="With neither --set nor --clear, show the position. Labels: see "
        "`reviewer positions`; they match without case or accents (defavorable).",
    )
    position.add_argument("amendment", metavar="AMENDMENT", help="document id, title part or hash")
    change = position.add_mutually_exclusive_group()
    change.add_argument("--set", metavar="LABEL", help="Favorable, Défavorable, Sagesse...")
    change.add_argument("--clear", action="store_true", help="the amendment has no position")
    position.add_argument("--argument", metavar="TEXT", help="with --set: a short argument")
    position.add_argument("--json", action="store_true", help="print JSON for scripts")

    positions = commands.add_parser(
        "positions",
        parents=[common],
        help="the library's position labels, with how many amendments use each",
    )
    positions.add_argument(
        "--set-labels",
        nargs="+",
        metavar="LABEL",
        help="replace the list (in this order); a label in use cannot be removed",
    )
    positions.add_argument("--json", action="store_true", help="print JSON for scripts")


def run_position(library: Library, args: argparse.Namespace) -> int:
    if args.argument is not None and args.set is None:
        raise ReviewerError(tr("--argument goes with --set LABEL"))
    document = library.find_document(args.amendment)
    if args.set is not None:
        library.set_position(document.id, args.set, args.argument or "")
    elif args.clear:
        library.clear_position(document.id)
    position = library.position(document.id)
    if args.json:
        print_json(position_json(document, position))
    elif position is None:
        say(tr("{id}: {title}: no position", id=document.id, title=document.title))
    else:
        argument = f" — {position.argument}" if position.argument else ""
        say(f"{document.id}: {document.title}: {position.label}{argument}")
    return EXIT_OK


def run_positions(library: Library, args: argparse.Namespace) -> int:
    if args.set_labels:
        library.set_position_labels(args.set_labels)
    labels = library.position_labels()
    used = Counter(position.label for position in library.positions().values())
    if args.json:
        print_json([{"label": label, "amendments": used[label]} for label in labels])
        return EXIT_OK
    for label in labels:
        say(trn("{label}: {n} amendment", "{label}: {n} amendments", used[label], label=label))
    return EXIT_OK


def position_json(document: Document, position: Position | None) -> dict[str, object]:
    """The amendment's id and title, and its position (null label when it has none)."""
    return {
        "id": document.id,
        "title": document.title,
        "position": position.label if position else None,
        "argument": position.argument if position else "",
        "modified": position.modified if position else None,
    }


COMMANDS = {"position": run_position, "positions": run_positions}
