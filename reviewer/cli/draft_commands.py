"""Draft an amendment on a bill, and apply a dispositif to it: `draft`, `apply`.

`apply --document DOC --article A --dispositif TEXT` applies any dispositif; reading an
imported official amendment (`apply AMENDMENT`) will plug in here when amendments are
imported: `_dispositif_of` is that seam.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import print_json
from reviewer.core.errors import ReviewerError
from reviewer.library import marked

if TYPE_CHECKING:
    from reviewer.library import Library

EXIT_OK = 0
EXIT_NOT_APPLIED = 1
_OPS = (
    "delete-article", "delete-words", "replace-words", "insert-words", "complete",
    "rewrite-alinea", "insert-alinea", "delete-alinea", "additional-article",
    "rewrite-article", "restore-article",
)  # fmt: skip


def add_draft_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    draft = commands.add_parser(
        "draft", parents=[common], help="draft an amendment on a bill, with its preview"
    )
    draft.add_argument("document", metavar="DOC", help="the bill: id, title part or hash")
    draft.add_argument("--article", required=True, help="e.g. 7, '7 bis', 'Article 1er'")
    draft.add_argument("--alinea", type=int, help="the alinéa (insert-alinea: the one before)")
    draft.add_argument("--op", required=True, choices=_OPS)
    draft.add_argument("--old", default="", help="the words replaced or deleted")
    draft.add_argument("--new", default="", help="the new wording (alinéas: one per line)")
    draft.add_argument("--after", default="", help="insert-words: after these words")
    draft.add_argument("--before", default="", help="insert-words: before these words")
    draft.add_argument(
        "--position", choices=["after", "before"], default="after",
        help="additional-article: after (default) or before the article",
    )  # fmt: skip
    draft.add_argument("--occurrence", type=int, help="which occurrence of the words (1, 2...)")
    draft.add_argument("--phrase", type=int, help="only in this sentence of the alinéa (1, 2...)")
    draft.add_argument("--style", choices=["an", "senat"], help="default: the bill's chamber")
    draft.add_argument("--gage", default="", help="add a gage: etat, collectivites...")
    draft.add_argument("--json", action="store_true", help="print JSON for scripts")

    apply = commands.add_parser(
        "apply", parents=[common], help="the article as it would read if a dispositif passed"
    )
    apply.add_argument("--document", required=True, metavar="DOC", help="the bill")
    apply.add_argument("--article", required=True, help="'7', or 'Après l'article 7'")
    apply.add_argument("--dispositif", required=True, metavar="TEXT", help="the amendment's text")
    apply.add_argument("--style", choices=["an", "senat"], help="the chamber that wrote it")
    apply.add_argument("--json", action="store_true", help="print JSON for scripts")


def run_draft(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    result = library.draft(
        document.id,
        article=args.article,
        op=args.op,
        alinea=args.alinea,
        old=args.old,
        new=args.new.replace("\\n", "\n"),
        after=args.after,
        before=args.before,
        position=args.position,
        occurrence=args.occurrence,
        phrase=args.phrase,
        style=args.style or "",
        gage=args.gage,
    )
    if args.json:
        fields = ("dispositif", "expose", "style", "article", "alinea", "warnings", "before")
        print_json({**{f: getattr(result, f) for f in fields}, "after": result.after,
                    "heading": result.heading, "expose_title": result.expose_title})  # fmt: skip
        return EXIT_OK
    print(result.heading)
    print()
    print(result.dispositif)
    print()
    print(f"{result.expose_title} : (à rédiger)")
    for warning in result.warnings:
        print(f"attention : {warning}")
    if result.after or result.before:
        print()
        print("Texte si adopté :" if result.after else "Aperçu impossible.")
        print(marked(result.diff) if result.diff else result.after)
    return EXIT_OK


def run_apply(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    result = library.apply_dispositif(
        document.id, args.article, _dispositif_of(args), style=args.style or ""
    )
    if args.json:
        print_json({f: getattr(result, f) for f in ("applied", "reason", "article", "before")}
                   | {"after": result.after})  # fmt: skip
    elif result.applied:
        print(marked(result.diff))
    else:
        print(f"non appliqué : {result.reason}")
    return EXIT_OK if result.applied else EXIT_NOT_APPLIED


def _dispositif_of(args: argparse.Namespace) -> str:
    """The dispositif to apply: given on the command line (an imported amendment's, later)."""
    text = args.dispositif.replace("\\n", "\n")
    if not text.strip():
        raise ReviewerError("--dispositif is empty")
    return text


COMMANDS = {"draft": run_draft, "apply": run_apply}
