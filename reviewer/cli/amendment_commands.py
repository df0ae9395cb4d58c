"""`reviewer amendments`: the amendments of a bill in the order of discussion (the dérouleur),
and what `reviewer import FILE --text DOC` adds: binding the amendments imported to DOC, and
saying which ones the bill's articles do not hold."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from itertools import groupby
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import print_json, say
from reviewer.core.amendments import AmendmentEntry
from reviewer.core.i18n import tr, trn
from reviewer.core.records import Document, ImportReport

if TYPE_CHECKING:  # `reviewer --version` loads no library
    from reviewer.library import Library

EXIT_OK = 0
_SUMMARY_WIDTH = 70


def add_amendment_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser(
        "amendments",
        parents=[common],
        help="the amendments of a bill in the order of discussion (the dérouleur)",
    )
    listing.add_argument(
        "bill", nargs="?", metavar="BILL", help="the bill (id, title part or hash); default: all"
    )
    listing.add_argument("--article", metavar="A", help="only this article: 7, 16 octies, 1er")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")


def run_amendments(library: Library, args: argparse.Namespace) -> int:
    bill_id = library.find_document(args.bill).id if args.bill else None
    entries = library.amendments(bill_id, article=args.article)
    if args.json:
        print_json([entry.as_json() for entry in entries])
        return EXIT_OK
    if not entries:
        print(tr("no amendment on article {article}", article=args.article) if args.article
              else tr("no amendment"))  # fmt: skip
    titles = {d.id: d.title for d in library.documents()} if bill_id is None else {}
    for bill, on_bill in groupby(entries, key=lambda entry: entry.bill_id):
        if bill_id is None:
            say(
                "== "
                + (str(titles.get(bill, bill)) if bill is not None else tr("Not bound to a bill"))
            )
        _print_bill(on_bill)
    return EXIT_OK


def _print_bill(entries: Iterable[AmendmentEntry]) -> None:
    for heading, under in groupby(entries, key=_heading):
        say(heading)
        for entry in under:
            say(_line(entry))


def _heading(entry: AmendmentEntry) -> str:
    """ "Article 7", "Après l'article 7", or the division as the source names it."""
    where = entry.article or entry.division or tr("No division")
    if entry.placement in ("avant", "après") and where.startswith("Article"):
        where = f"{entry.placement.capitalize()} l'a{where[1:]}"
    return where if entry.article else tr("{division} (not attached)", division=where)


def _line(entry: AmendmentEntry) -> str:
    number = tr("draft") if entry.draft else f"n° {entry.number}"
    who = ", ".join(entry.authors[:1]) + (f" ({entry.group})" if entry.group else "")
    facts = [
        f"al. {entry.alinea}" if entry.alinea else "",
        who,
        entry.outcome or entry.state,
        tr("position: {label}", label=entry.position) if entry.position else "",
        entry.warning,
    ]
    summary = entry.summary[:_SUMMARY_WIDTH]
    return f"  {number:<14} " + " — ".join(f for f in (*facts, summary) if f)


def bind_import(library: Library, report: ImportReport, document: Document) -> None:
    """`import FILE --text DOC`: every amendment of the import is bound to DOC."""
    ids = [o.document_id for o in report.outcomes if o.document_id is not None]
    bound = library.bind_amendments(ids, document.id)
    say(trn("{n} amendment bound to {id}: {title}", "{n} amendments bound to {id}: {title}",
            len(bound), id=document.id, title=document.title))  # fmt: skip


def print_attachment(library: Library, report: ImportReport) -> None:
    """The amendments imported, on their bills: how many attach to its articles, and
    those whose article the bill lacks ("n° 123 : article 45 absent du texte")."""
    ids = {o.document_id for o in report.outcomes if o.document_id is not None}
    imported = [e for e in library.amendments() if e.id in ids and e.bill_id is not None]
    for bill_id, on_bill in groupby(imported, key=lambda entry: entry.bill_id):
        entries = list(on_bill)
        attached = sum(1 for e in entries if e.article is not None)
        say(trn("{attached}/{n} amendment attached to the articles of {title} ({id})",
                "{attached}/{n} amendments attached to the articles of {title} ({id})",
                len(entries), attached=attached, title=library.document(bill_id).title,
                id=bill_id))  # fmt: skip
        for entry in entries:
            if entry.warning:
                say("  " + tr("n° {number}: {warning}", number=entry.number, warning=entry.warning))


COMMANDS = {"amendments": run_amendments}
