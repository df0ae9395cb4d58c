"""`reviewer export report|pdf|w3c|draft|seance` and `reviewer import-annotations`.

Only light modules are imported at the top, so `reviewer --help` stays quick.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.cli.draft_commands import add_export_draft_parser, run_export_draft
from reviewer.cli.output import ProgressBar, say
from reviewer.core.errors import NotACopy, ReviewerError
from reviewer.core.i18n import tr, trn
from reviewer.core.reports import Format, GroupBy, ReportOptions
from reviewer.core.seance import SEANCE_FORMATS, SeanceOptions

if TYPE_CHECKING:
    from reviewer.core.records import Document
    from reviewer.library import Library

EXIT_OK, EXIT_FAILED = 0, 1
DEFAULT_NAMES = {"fr": "rapport-annotations", "en": "annotation-report"}


def add_export_parsers(
    commands: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    """Register `export` (with its three kinds) and `import-annotations`."""
    # Sub-subcommands take --library too; SUPPRESS keeps one given before the kind.
    inner = argparse.ArgumentParser(add_help=False)
    inner.add_argument(
        "--library", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="library folder"
    )
    export = commands.add_parser(
        "export", parents=[common], help="write a report, an annotated PDF or W3C annotations"
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    _report_parser(kinds, inner)
    pdf = kinds.add_parser(
        "pdf", parents=[inner], help="a copy of a document's PDF with the highlights in it"
    )
    pdf.add_argument("document", metavar="DOC", help="document id, title part or hash")
    pdf.add_argument("--output", "-o", type=Path, required=True, metavar="FILE")
    w3c = kinds.add_parser(
        "w3c", parents=[inner], help="W3C Web Annotations (JSON-LD) to share with colleagues"
    )
    w3c.add_argument("--document", action="append", default=[], metavar="DOC", help="repeatable")
    w3c.add_argument("--output", "-o", type=Path, required=True, metavar="FILE")
    add_export_draft_parser(kinds, inner)
    _seance_parser(kinds, inner)

    word = kinds.add_parser(
        "word",
        parents=[inner],
        help="the text itself as a Word file, each annotation a comment on its words",
    )
    word.add_argument("document", nargs="+", metavar="DOC", help="one or more (a section each)")
    word.add_argument("--output", "-o", type=Path, metavar="FILE")
    word.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    word.add_argument(
        "--with-drafts",
        action="store_true",
        help="the saved amendment drafts as tracked changes (accept all: the text as amended)",
    )

    take = commands.add_parser(
        "import-annotations",
        parents=[common],
        help="take in the annotations of a PDF or the comments of a Word file, "
        "or merge a W3C annotation file",
    )
    take.add_argument("document", nargs="?", metavar="DOC", help="whose PDF annotations to take")
    take.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="another copy of DOC's PDF, or a Word version of its text (.docx)",
    )
    take.add_argument("--w3c", type=Path, metavar="FILE", help="a W3C Web Annotation file")
    take.add_argument(
        "--foreign",
        action="store_true",
        help="FILE is another text: take its annotations in as new ones on DOC",
    )


def _report_parser(kinds: argparse._SubParsersAction, inner: argparse.ArgumentParser) -> None:
    report = kinds.add_parser("report", parents=[inner], help="an annotated report for your MP")
    report.add_argument(
        "--format", choices=[f.value for f in Format], help="default: from --output, else pdf"
    )
    report.add_argument("--output", "-o", type=Path, metavar="FILE")
    report.add_argument("--document", action="append", default=[], metavar="DOC", help="repeatable")
    report.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    report.add_argument("--since", type=_day, metavar="DATE", help="created or changed from (ISO)")
    report.add_argument("--until", type=_day, metavar="DATE", help="created or changed until")
    report.add_argument("--by", metavar="A", help="only the annotations of this author")
    report.add_argument(
        "--author", default="", metavar="NAME", help="who signs the report (default: settings)"
    )
    report.add_argument(
        "--all-versions",
        action="store_true",
        help="every version of each text (default: the newest), older ones labelled",
    )
    report.add_argument(
        "--group-by", choices=[g.value for g in GroupBy], default=GroupBy.DOCUMENT.value
    )
    report.add_argument("--title", default="", metavar="T")
    report.add_argument("--images", action="store_true", help="a picture of each passage")
    report.add_argument("--lang", choices=["fr", "en"], help="default: the settings' language")


def _seance_parser(kinds: argparse._SubParsersAction, inner: argparse.ArgumentParser) -> None:
    seance = kinds.add_parser(
        "seance",
        parents=[inner],
        help="the séance sheet of a bill: its amendments by article, positions and notes",
    )
    seance.add_argument("bill", metavar="BILL", help="the bill: id, title part or hash")
    formats = [f.value for f in SEANCE_FORMATS]
    seance.add_argument("--format", choices=formats, help="default: from --output, else pdf")
    seance.add_argument("--output", "-o", type=Path, required=True, metavar="FILE")
    seance.add_argument("--group", default="", metavar="G", help="only this group's amendments")
    seance.add_argument("--article", default="", metavar="A", help="only this article's: 7, 1er")
    seance.add_argument(
        "--with-position", action="store_true", help="only the amendments with a position"
    )
    seance.add_argument(
        "--outcome", default="", metavar="O", help="only this outcome: adopté, rejeté, retiré..."
    )
    seance.add_argument(
        "--author", default="", metavar="NAME", help="who signs the sheet (default: settings)"
    )
    seance.add_argument("--title", default="", metavar="T")
    seance.add_argument("--lang", choices=["fr", "en"], help="default: the settings' language")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{text}” is not a date: use YYYY-MM-DD", text=text)
        ) from None


def run_export(library: Library, args: argparse.Namespace) -> int:
    if args.export_kind == "report":
        return _export_report(library, args)
    if args.export_kind == "word":
        return _export_word(library, args)
    if args.export_kind == "draft":
        return run_export_draft(library, args)
    if args.export_kind == "seance":
        return _export_seance(library, args)
    if args.export_kind == "pdf":
        document = library.find_document(args.document)
        count = library.export_annotated_pdf(document.id, args.output)
        print(
            trn(
                "wrote {path}: {title}, {n} annotation",
                "wrote {path}: {title}, {n} annotations",
                count,
                path=args.output,
                title=document.title,
            )
        )
        return EXIT_OK
    ids = [library.find_document(reference).id for reference in args.document]
    count = library.export_w3c(args.output, document_ids=ids)
    print(
        trn(
            "wrote {path}: {n} annotation, deleted ones included as tombstones",
            "wrote {path}: {n} annotations, deleted ones included as tombstones",
            count,
            path=args.output,
        )
    )
    return EXIT_OK


def _export_word(library: Library, args: argparse.Namespace) -> int:
    ids = [library.find_document(reference).id for reference in args.document]
    output = args.output or Path(f"texte-annote-{date.today()}.docx")
    bar = ProgressBar()
    try:
        written = library.export_word(
            ids, output, tags=args.tag, with_drafts=args.with_drafts, progress=bar
        )
    finally:
        bar.finish()
    documents = trn("{n} document", "{n} documents", written.documents)
    drafts = (
        trn(", {n} draft as tracked changes", ", {n} drafts as tracked changes", written.drafts)
        if args.with_drafts
        else ""
    )
    print(
        trn(
            "wrote {path}: {documents}, {n} comment{drafts}",
            "wrote {path}: {documents}, {n} comments{drafts}",
            written.comments,
            path=output,
            documents=documents,
            drafts=drafts,
        )
    )
    for warning in written.warnings:
        say(tr("reviewer: warning: {warning}", warning=warning), file=sys.stderr)
    return EXIT_OK


def _export_report(library: Library, args: argparse.Namespace) -> int:
    fmt = _format(args)
    from reviewer.library import load_settings  # Deferred: `reviewer --help` stays quick.

    settings = load_settings()
    if settings.problem:
        say(tr("reviewer: warning: {warning}", warning=settings.problem), file=sys.stderr)
    lang = args.lang or settings.language
    name = f"{DEFAULT_NAMES[lang]}-{date.today()}.{fmt.value}"
    output = args.output or Path(settings.export_folder or ".").expanduser() / name
    options = ReportOptions(
        format=fmt,
        document_ids=tuple(library.find_document(reference).id for reference in args.document),
        tags=tuple(args.tag),
        since=args.since,
        until=args.until,
        author=args.by,
        signed_by=args.author,
        all_versions=args.all_versions,
        group_by=GroupBy(args.group_by),
        title=args.title,
        images=args.images,
        lang=lang,
    )
    bar = ProgressBar()
    try:
        report = library.export_report(options, output, progress=bar)
    finally:
        bar.finish()
    documents = trn("{n} document", "{n} documents", report.document_count())
    print(
        trn(
            "wrote {path}: {n} annotation from {documents}",
            "wrote {path}: {n} annotations from {documents}",
            len(report.entries()),
            path=output,
            documents=documents,
        )
    )
    return EXIT_OK


def _export_seance(library: Library, args: argparse.Namespace) -> int:
    bill = library.find_document(args.bill)
    fmt = _format(args)
    from reviewer.library import load_settings  # Deferred: `reviewer --help` stays quick.

    options = SeanceOptions(
        format=fmt,
        group=args.group,
        article=args.article,
        with_position=args.with_position,
        outcome=args.outcome,
        title=args.title,
        lang=args.lang or load_settings().language,
        signed_by=args.author,
    )
    bar = ProgressBar()
    try:
        sheet = library.export_seance(bill.id, args.output, options=options, progress=bar)
    finally:
        bar.finish()
    amendments = sheet.amendments()
    articles = trn("{n} article", "{n} articles", len(sheet.articles))
    positioned = sum(1 for a in amendments if a.entry.position)
    print(
        trn(
            "wrote {path}: {n} amendment on {articles}, {positioned} with a position",
            "wrote {path}: {n} amendments on {articles}, {positioned} with a position",
            len(amendments),
            path=args.output,
            articles=articles,
            positioned=positioned,
        )
    )
    return EXIT_OK


def _format(args: argparse.Namespace) -> Format:
    if args.format:
        return Format(args.format)
    suffix = args.output.suffix.lower().lstrip(".") if args.output else ""
    aliases = {"markdown": "md", "htm": "html"}
    try:
        return Format(aliases.get(suffix, suffix)) if suffix else Format.PDF
    except ValueError:
        known = ", ".join(f.value for f in Format)
        message = f"cannot tell the format from “.{suffix}”: give --format ({known})"
        raise ReviewerError(message) from None


def run_import_annotations(library: Library, args: argparse.Namespace) -> int:
    if args.w3c and (args.document or args.file or args.foreign):
        raise ReviewerError(
            tr("give either DOC [FILE] [--foreign] (a PDF's annotations) or --w3c FILE")
        )
    if args.w3c:
        return _merge_w3c(library, args.w3c)
    if not args.document:
        raise ReviewerError(tr("give DOC (and FILE, another copy of its PDF), or --w3c FILE"))
    document = library.find_document(args.document)
    from reviewer.library import looks_like_word  # python-docx: only when importing

    if args.file and looks_like_word(args.file):
        return _import_word(library, document, args.file)
    bar = ProgressBar()
    try:
        outcome = library.import_pdf_annotations(
            document.id, args.file, foreign=args.foreign, progress=bar
        )
    except NotACopy as error:
        raise NotACopy(
            tr(
                "{error}. If its annotations are meant for this document all the same, "
                "give --foreign to take them in as new ones",
                error=error,
            )
        ) from None
    finally:
        bar.finish()
    say(
        trn(
            "{n} annotation imported from {source} of “{title}”, {present} already present, "
            "{skipped} skipped, {conflicts} left to another document",
            "{n} annotations imported from {source} of “{title}”, {present} already present, "
            "{skipped} skipped, {conflicts} left to another document",
            outcome.added,
            source=args.file or tr("the stored PDF"),
            title=document.title,
            present=outcome.present,
            skipped=len(outcome.skipped),
            conflicts=len(outcome.conflicts),
        )
    )
    for reason in outcome.skipped:
        say(tr("  skipped: {reason}", reason=reason))
    for conflict in outcome.conflicts:
        say(tr("  not applied: {conflict}", conflict=conflict), file=sys.stderr)
    if outcome.unread:
        print(
            trn(
                "  {n} more annotation not read: {limit} is the most read from one file",
                "  {n} more annotations not read: {limit} is the most read from one file",
                outcome.unread,
                limit=outcome.limit,
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _import_word(library: Library, document: Document, path: Path) -> int:
    bar = ProgressBar()
    try:
        outcome = library.import_word_annotations(document.id, path, progress=bar)
    finally:
        bar.finish()
    say(
        trn(
            "{n} comment of {path} imported as an annotation of “{title}”, "
            "{present} already present, {unfound} whose words are not found",
            "{n} comments of {path} imported as annotations of “{title}”, "
            "{present} already present, {unfound} whose words are not found",
            outcome.added,
            path=path,
            title=document.title,
            present=outcome.present,
            unfound=len(outcome.unfound),
        )
    )
    for comment in outcome.unfound:
        say(tr("  not found: {comment}", comment=comment), file=sys.stderr)
    return EXIT_OK


def _merge_w3c(library: Library, path: Path) -> int:
    merged = library.import_w3c(path)
    say(
        tr(
            "{path}: {added} added, {updated} updated, {deleted} deleted, "
            "{unchanged} already up to date, {conflicts} not applied",
            path=path,
            added=merged.added,
            updated=merged.updated,
            deleted=merged.deleted,
            unchanged=merged.unchanged,
            conflicts=len(merged.conflicts),
        )
    )
    if merged.unanchored:
        print(
            trn(
                "  {n} passage not found in the library's copy of the text",
                "  {n} passages not found in the library's copy of the text",
                merged.unanchored,
            )
        )
    if merged.positions or merged.positions_unchanged or merged.positions_missing:
        print(
            tr(
                "  positions on amendments: {taken} taken in, {unchanged} already up to date, "
                "{missing} on amendments this library lacks",
                taken=merged.positions,
                unchanged=merged.positions_unchanged,
                missing=merged.positions_missing,
            )
        )
    if merged.new_labels:
        labels = ", ".join(merged.new_labels)
        say(tr("  position labels added to the list: {labels}", labels=labels))
    for conflict in merged.conflicts:
        say(tr("  not applied: {conflict}", conflict=conflict), file=sys.stderr)
    if merged.missing:
        print(
            trn(
                "  {n} annotation for {documents} this library lacks (import them, then import "
                "this file again):",
                "  {n} annotations for {documents} this library lacks (import them, then import "
                "this file again):",
                merged.missing_count,
                documents=trn("{n} document", "{n} documents", len(merged.missing)),
            ),
            file=sys.stderr,
        )
        for source, count in merged.missing:
            say(
                trn(
                    "    {source}: {n} annotation",
                    "    {source}: {n} annotations",
                    count,
                    source=source,
                ),
                file=sys.stderr,
            )
    return EXIT_OK
