"""Draft an amendment on a bill, and apply a dispositif to it: `draft`, `apply`; keep
drafts in the library and export them: `draft --save`, `drafts BILL`, `export draft DOC`.

`apply AMENDMENT` applies an imported official amendment to the bill it amends;
`apply --document DOC --article A --dispositif TEXT` applies any dispositif.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import print_json
from reviewer.core.drafting import DRAFT_FORMATS, OPERATIONS, SavedDraft
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import N_, tr
from reviewer.library import marked

if TYPE_CHECKING:
    from reviewer.library import Library

EXIT_OK = 0
BINARY = ("docx", "pdf")
EXIT_NOT_APPLIED = 1
_NOT_AN_EDIT = N_("--edit {text} is not a JSON object of an edit: {error}")
_APPLY_ARGUMENTS = N_("give an AMENDMENT, or --document, --article and --dispositif")


def add_draft_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    draft = commands.add_parser(
        "draft", parents=[common], help="draft an amendment on a bill, with its preview"
    )
    draft.add_argument("document", metavar="DOC", help="the bill: id, title part or hash")
    draft.add_argument("--article", required=True, help="e.g. 7, '7 bis', 'Article 1er'")
    draft.add_argument("--alinea", type=int, help="the alinéa (insert-alinea: the one before)")
    draft.add_argument("--op", required=True, choices=list(OPERATIONS))
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
    draft.add_argument(
        "--edit", action="append", metavar="JSON",
        help="repeatable: a next edit of the same amendment (II, III...), as a JSON object of "
        "the options above: '{\"alinea\": 5, \"op\": \"delete-alinea\"}' (article: --article's)",
    )  # fmt: skip
    draft.add_argument("--style", choices=["an", "senat"], help="default: the bill's chamber")
    draft.add_argument("--gage", default="", help="add a gage: etat, collectivites...")
    draft.add_argument(
        "--save", action="store_true",
        help="keep the draft in the library (the same draft saved again is updated)",
    )  # fmt: skip
    draft.add_argument("--expose", default="", help="with --save: the exposé sommaire / objet")
    draft.add_argument(
        "--signatory", action="append", metavar="NAME",
        help="with --save, repeatable: who signs (default: your settings' signatories)",
    )  # fmt: skip
    draft.add_argument("--json", action="store_true", help="print JSON for scripts")

    listing = commands.add_parser(
        "drafts", parents=[common], help="the draft amendments saved on a bill, with warnings"
    )
    listing.add_argument("document", metavar="BILL", help="the bill: id, title part or hash")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")

    apply = commands.add_parser(
        "apply", parents=[common], help="the article as it would read if an amendment passed"
    )
    apply.add_argument(
        "amendment", nargs="?", metavar="AMENDMENT",
        help="an imported official amendment (id, title part or hash), applied to its bill",
    )  # fmt: skip
    apply.add_argument("--document", metavar="DOC", help="without AMENDMENT: the bill")
    apply.add_argument("--article", help="without AMENDMENT: '7', or 'Après l'article 7'")
    apply.add_argument("--dispositif", metavar="TEXT", help="without AMENDMENT: its text")
    apply.add_argument("--style", choices=["an", "senat"], help="the chamber that wrote it")
    apply.add_argument("--json", action="store_true", help="print JSON for scripts")


def add_export_draft_parser(kinds: Any, inner: argparse.ArgumentParser) -> None:
    """`export draft DOC --format docx|pdf|txt|fields [--output FILE]`."""
    export = kinds.add_parser(
        "draft", parents=[inner], help="a saved draft amendment in the chamber's layout"
    )
    export.add_argument("document", metavar="DOC", help="the draft: id, title part or hash")
    export.add_argument(
        "--format", dest="draft_format", choices=DRAFT_FORMATS, default="txt",
        help="txt (default), docx, pdf, or fields: the text of each field of Éloi / Ameli",
    )  # fmt: skip
    export.add_argument("--output", "-o", type=Path, metavar="FILE", help="default: print it")


def run_export_draft(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    if args.output is None and args.draft_format in BINARY:
        raise ReviewerError(
            tr("--format {draft_format} needs --output FILE", draft_format=args.draft_format)
        )
    data = library.export_draft(document.id, args.draft_format, args.output)
    if args.output is None:
        print(data.decode(), end="")
    else:
        print(tr("wrote {path}: {title}", path=args.output, title=document.title))
    return EXIT_OK


def run_draft(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    if args.save:
        return _save(library, document.id, args)
    if args.expose or args.signatory:
        raise ReviewerError(tr("--expose and --signatory go with --save"))
    result = library.draft(document.id, **_request(args))
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


def _save(library: Library, bill_id: int, args: argparse.Namespace) -> int:
    request = _request(args)
    preview = library.draft(bill_id, **request)
    saved = library.save_draft(bill_id, expose=args.expose, signatories=args.signatory, **request)
    if args.json:
        print_json({**saved.as_dict(), "before": preview.before, "after": preview.after})
        return EXIT_OK
    print(tr("saved draft {id}: {title}", id=saved.id, title=library.document(saved.id).title))
    _print_saved(saved)
    return EXIT_OK


def run_drafts(library: Library, args: argparse.Namespace) -> int:
    bill = library.find_document(args.document)
    saved = library.drafts(bill.id)
    if args.json:
        print_json([draft.as_dict() for draft in saved])
        return EXIT_OK
    if not saved:
        print(tr("no draft amendment saved on {title}", title=bill.title))
    for draft in saved:
        print(
            f"[{draft.id}] {draft.heading}" + (f", alinéa {draft.alinea}" if draft.alinea else "")
        )
        _print_saved(draft)
        print()
    return EXIT_OK


def _print_saved(draft: SavedDraft) -> None:
    print(draft.dispositif)
    if draft.review:
        print(f"à revoir : {draft.review}")
    for warning in draft.warnings:
        print(f"attention : {warning}")


def _request(args: argparse.Namespace) -> dict[str, Any]:
    first = _first_edit(args)
    if not args.edit:
        return {**first, "style": args.style or "", "gage": args.gage}
    edits = [first, *(_edit_of(text) for text in args.edit)]
    return {"edits": edits, "style": args.style or "", "gage": args.gage}


def _edit_of(text: str) -> dict[str, Any]:
    """One `--edit JSON`: its keys are the options' names (`alinea`, `op`, `old`, `new`...)."""
    try:
        edit = json.loads(text)
    except ValueError as error:
        raise ReviewerError(tr(_NOT_AN_EDIT, text=text, error=error)) from None
    if not isinstance(edit, dict):
        raise ReviewerError(tr(_NOT_AN_EDIT, text=text, error=type(edit).__name__))
    return edit


def _first_edit(args: argparse.Namespace) -> dict[str, Any]:
    return dict(
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
    )


def run_apply(library: Library, args: argparse.Namespace) -> int:
    if args.amendment is not None:
        if args.document or args.article or args.dispositif:
            raise ReviewerError(tr(_APPLY_ARGUMENTS))
        result = library.apply_amendment(library.find_document(args.amendment).id)
    else:
        if not (args.document and args.article):
            raise ReviewerError(tr(_APPLY_ARGUMENTS))
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
    """The dispositif given on the command line (\\n: a new paragraph)."""
    text = (args.dispositif or "").replace("\\n", "\n")
    if not text.strip():
        raise ReviewerError(tr("--dispositif is empty"))
    return text


COMMANDS = {"draft": run_draft, "drafts": run_drafts, "apply": run_apply}
