"""The command line's grammar: one subcommand per user verb, all taking --library."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer import __version__
from reviewer.cli.amendment_commands import add_amendment_parsers
from reviewer.cli.config_commands import add_config_parser
from reviewer.cli.draft_commands import add_draft_parsers
from reviewer.cli.export_commands import add_export_parsers
from reviewer.cli.position_commands import add_position_parsers
from reviewer.cli.version_commands import add_version_parsers
from reviewer.core import fields
from reviewer.core.kinds import KINDS

# The fields a query can name, as `reviewer search --help` lists them.
_FIELDS = ", ".join(f"{field.index}:" for field in fields.searchable())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review French legislative texts offline: import, search, annotate, report.",
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        help="library folder (default: $REVIEWER_LIBRARY, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("import", parents=[common], help="import files and folders")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument("--password", help="password of encrypted PDFs")
    add.add_argument(
        "--version-of", metavar="DOC", help="the file is a new version of this document"
    )
    add.add_argument("--label", default="", help="with --version-of: dépôt, commission...")
    add.add_argument(
        "--texts",
        metavar="N[,N...]",
        type=lambda value: [n.strip() for n in value.split(",") if n.strip()],
        help="amendment files: keep only the amendments of these texts (numbers: 911,1408)",
    )
    add.add_argument(
        "--text",
        metavar="DOC",
        help="amendment files: bind their amendments to this bill, whatever text they name",
    )

    listing = commands.add_parser("list", parents=[common], help="list the documents")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")

    search = commands.add_parser("search", parents=[common], help="search the whole corpus")
    search.add_argument("query", help=f'words, "phrases", prefix*, AND/OR/NOT, {_FIELDS}')
    search.add_argument("--limit", type=int, default=20, help="how many results (default 20)")
    search.add_argument("--json", action="store_true", help="print JSON for scripts")

    annotate = commands.add_parser(
        "annotate", parents=[common], help="highlight a phrase in a document"
    )
    annotate.add_argument("document", metavar="DOC", help="document id, title part or hash")
    annotate.add_argument("phrase", metavar="PHRASE")
    annotate.add_argument("--page", type=int, help="only on this page (1-based)")
    annotate.add_argument("--all", action="store_true", help="every occurrence, not the first")
    annotate.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    annotate.add_argument("--note", default="", metavar="TEXT")
    annotate.add_argument("--color", default="yellow", metavar="C", help="name or #rrggbb")
    annotate.add_argument("--json", action="store_true", help="print JSON for scripts")

    annotations = commands.add_parser("annotations", parents=[common], help="list annotations")
    annotations.add_argument("document", nargs="?", metavar="DOC")
    annotations.add_argument("--tag", metavar="T", help="only annotations with this tag")
    annotations.add_argument("--json", action="store_true", help="print JSON for scripts")

    tags = commands.add_parser("tags", parents=[common], help="list tags with counts")
    tags.add_argument("--json", action="store_true", help="print JSON for scripts")

    show = commands.add_parser(
        "show", parents=[common], help="a document: metadata, kind, structure, versions"
    )
    show.add_argument("document", metavar="DOC", help="document id, title part or hash")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")

    edit = commands.add_parser(
        "edit", parents=[common], help="edit a document's title, kind or metadata"
    )
    edit.add_argument("document", metavar="DOC", help="document id, title part or hash")
    edit.add_argument("--title")
    edit.add_argument("--kind", help=f"{', '.join(KINDS)}, or a short name: question, pjl...")
    edit.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a metadata field (repeatable); FIELD= with no value removes it",
    )
    edit.add_argument("--redetect", action="store_true", help="detect kind and metadata again")
    edit.add_argument("--json", action="store_true", help="print the document as JSON")

    commands.add_parser("reindex", parents=[common], help="rebuild the search index")
    doctor = commands.add_parser("doctor", parents=[common], help="check the library")
    doctor.add_argument("--repair", action="store_true", help="fix what can be fixed")

    backup = commands.add_parser("backup", parents=[common], help="back the library up")
    backup.add_argument("dest", type=Path, metavar="DEST", help="a .zip file, or a folder")
    restore = commands.add_parser(
        "restore", parents=[common], help="put a backup back (the library there is kept aside)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="a file `backup` wrote")
    ocr = commands.add_parser("ocr", parents=[common], help="recognise the text of a scan")
    ocr.add_argument("document", metavar="DOC", help="document id, title part or hash")

    add_export_parsers(commands, common)
    add_config_parser(commands)
    add_version_parsers(commands, common)
    add_draft_parsers(commands, common)
    add_position_parsers(commands, common)
    add_amendment_parsers(commands, common)

    gui = commands.add_parser("gui", parents=[common], help="open the review window")
    gui.add_argument("--demo", action="store_true", help="open the demo library")
    demo = commands.add_parser("demo", help="create the demo library and print its folder")
    demo.add_argument("--library", type=Path, metavar="DIR", help="where to create it")
    return parser
