"""One function per subcommand: call the facade, print the outcome, return the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from reviewer.cli.amendment_commands import COMMANDS as AMENDMENT_COMMANDS
from reviewer.cli.amendment_commands import bind_import, print_attachment
from reviewer.cli.draft_commands import COMMANDS as DRAFT_COMMANDS
from reviewer.cli.export_commands import run_export, run_import_annotations
from reviewer.cli.output import (
    ProgressBar,
    annotation_json,
    document_json,
    marked,
    print_json,
    results_json,
    say,
    structure_summary,
)
from reviewer.cli.position_commands import COMMANDS as POSITION_COMMANDS
from reviewer.cli.safety import ask_passwords, run_backup, run_ocr
from reviewer.cli.version_commands import COMMANDS as VERSION_COMMANDS
from reviewer.cli.version_commands import print_suggestions, version_of_import
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr, trn
from reviewer.core.kinds import kind_key
from reviewer.core.records import ImportStatus
from reviewer.library import Library

EXIT_OK, EXIT_FAILED = 0, 1


def run_import(library: Library, args: argparse.Namespace) -> int:
    # The bill is found first: a DOC that names none stops before anything is imported.
    bill = library.find_document(args.text) if args.text else None
    bar = ProgressBar()
    report = library.import_paths(
        args.paths, password=args.password, texts=args.texts, progress=bar
    )
    bar.finish()
    if args.password is None:
        report = ask_passwords(library, report)
    for outcome in report.outcomes:
        detail = f" ({outcome.message})" if outcome.message else ""
        pages = (
            trn(", {n} page", ", {n} pages", outcome.pages)
            if outcome.status is ImportStatus.IMPORTED
            else ""
        )
        print(
            tr(
                "{status}: {path}{pages}{detail}",
                status=_status_word(outcome.status),
                path=outcome.path,
                pages=pages,
                detail=detail,
            )
        )
    counts = ", ".join(_status_count(status, report.count(status)) for status in ImportStatus)
    print(trn("{n} file: {counts}", "{n} files: {counts}", len(report.outcomes), counts=counts))
    if bill is not None:
        bind_import(library, report, bill)
    print_attachment(library, report)
    if report.notice:
        print(tr("reviewer: warning: {warning}", warning=report.notice), file=sys.stderr)
    if not report.outcomes:
        print(tr("nothing to import: no supported file found"), file=sys.stderr)
    elif args.version_of:
        version_of_import(library, report, args.version_of, args.label)
    else:
        print_suggestions(library, report)
    return EXIT_FAILED if report.failed or not report.outcomes else EXIT_OK


def _status_word(status: ImportStatus) -> str:
    """An import outcome's status, as a line of the import's output starts."""
    if status is ImportStatus.IMPORTED:
        return tr("imported")
    if status is ImportStatus.ALREADY_PRESENT:
        return tr("already present")
    return tr("failed") if status is ImportStatus.FAILED else tr("skipped")


def _status_count(status: ImportStatus, n: int) -> str:
    if status is ImportStatus.IMPORTED:
        return trn("{n} imported", "{n} imported", n)
    if status is ImportStatus.ALREADY_PRESENT:
        return trn("{n} already present", "{n} already present", n)
    if status is ImportStatus.FAILED:
        return trn("{n} failed", "{n} failed", n)
    return trn("{n} skipped", "{n} skipped", n)


def run_list(library: Library, args: argparse.Namespace) -> int:
    documents = library.documents()
    if args.json:
        print_json([document_json(d) for d in documents])
        return EXIT_OK
    for d in documents:
        print(
            f"{d.id:>4}  {d.title[:60]:<60}  {d.kind:<12} {d.page_count:>5} p.  "
            f"{d.added[:10]}  {trn('{n} annotation', '{n} annotations', d.annotation_count)}"
            f"{'' if d.has_text else tr('  [no text: reviewer ocr]')}"
        )
    if not documents:
        print(tr("the library is empty: add documents with `reviewer import PATH`"))
    return EXIT_OK


def run_search(library: Library, args: argparse.Namespace) -> int:
    results = library.search(args.query, limit=args.limit)
    if args.json:
        print_json(results_json(results))
        return EXIT_OK
    tty = sys.stdout.isatty()
    print(
        trn(
            "{n} result for {query}; best {best}:",
            "{n} results for {query}; best {best}:",
            results.total,
            query=args.query,
            best=len(results.hits),
        )
    )
    for _document_id, hits in results.by_document():
        print(f"\n{hits[0].title}  ({hits[0].source})")
        for hit in hits:
            what = tr("annotation") if hit.annotation_id else tr("page")
            print(f"  p. {hit.page:<4} {what:<10} {marked(hit.snippet, tty=tty)}")
    return EXIT_OK


def run_annotate(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    created = library.annotate(
        document.id,
        args.phrase,
        page=args.page,
        every=args.all,
        tags=args.tag,
        note=args.note,
        color=args.color,
    )
    if args.json:
        print_json([annotation_json(a) for a in created])
        return EXIT_OK
    for annotation in created:
        print(
            tr(
                "highlighted p. {page}: “{quote}” ({id})",
                page=annotation.page,
                quote=annotation.quote,
                id=annotation.id,
            )
        )
    print(
        trn(
            "{n} highlight in {title}",
            "{n} highlights in {title}",
            len(created),
            title=document.title,
        )
    )
    return EXIT_OK


def run_annotations(library: Library, args: argparse.Namespace) -> int:
    document_id = library.find_document(args.document).id if args.document else None
    found = library.annotations(document_id=document_id, tag=args.tag)
    if args.json:
        print_json([annotation_json(a) for a in found])
        return EXIT_OK
    for a in found:
        tags = f" [{', '.join(a.tags)}]" if a.tags else ""
        note = f" — {a.note}" if a.note else ""
        say(f"{a.id[:8]}  doc {a.document_id} p. {a.page}: “{a.quote}”{tags}{note}")
    return EXIT_OK


def run_tags(library: Library, args: argparse.Namespace) -> int:
    tags = library.tags()
    if args.json:
        print_json([{"name": t.name, "color": t.color, "count": t.count} for t in tags])
        return EXIT_OK
    for tag in tags:
        print(f"{tag.count:>5}  {tag.name}")
    return EXIT_OK


def run_edit(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    fields: dict[str, object] = {}
    for assignment in args.set:
        name, separator, value = assignment.partition("=")
        if not separator or not name.strip():
            raise ReviewerError(tr("“{assignment}”: write FIELD=VALUE", assignment=assignment))
        fields[name.strip()] = value.strip() or None
    if args.title is not None:
        fields["title"] = args.title
    if args.kind is not None:
        fields["kind"] = kind_key(args.kind) or args.kind  # `--kind question` is understood
    if args.redetect:
        document = library.redetect(document.id)
    if fields:
        document = library.edit_document(document.id, **fields)
    if args.json:
        print_json({**document_json(document), "metadata": document.metadata})
        return EXIT_OK
    print(f"{document.id}: {document.title} ({document.kind})")
    for name, value in sorted(document.metadata.items()):
        mark = tr(" (edited)") if name in document.user_fields else ""
        print(f"  {name}: {value}{mark}")
    return EXIT_OK


def run_show(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    structure = library.structure(document.id)
    versions = library.versions(document.id)
    summary = structure_summary(structure)
    if args.json:
        print_json(
            {
                **document_json(document),
                "metadata": document.metadata,
                "kind_confidence": document.kind_confidence,
                "edited_fields": list(document.user_fields),
                "structure": summary,
                "versions": [
                    {"id": v.id, "title": v.title, "label": v.version_label} for v in versions
                ],
            }
        )
        return EXIT_OK
    print(f"{document.id}: {document.title}")
    print(
        tr(
            "  kind: {kind} (confidence {confidence:.2f})",
            kind=document.kind,
            confidence=document.kind_confidence,
        )
    )
    print(
        tr(
            "  pages: {pages}, annotations: {annotations}",
            pages=document.page_count,
            annotations=document.annotation_count,
        )
    )
    for name, value in sorted(document.metadata.items()):
        mark = tr(" (edited)") if name in document.user_fields else ""
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        print(f"  {name}: {shown}{mark}")
    articles = trn("{n} article", "{n} articles", summary["articles"])
    print(
        tr(
            "  structure: {articles}, {alineas}",
            articles=articles,
            alineas=trn("{n} alinéa", "{n} alinéas", summary["alineas"]),
        )
    )
    if len(versions) > 1:
        lineage = " ← ".join(f"{v.id} {v.version_label}".strip() for v in versions)
        print(tr("  versions (newest first): {lineage}", lineage=lineage))
    return EXIT_OK


def run_reindex(library: Library, _args: argparse.Namespace) -> int:
    bar = ProgressBar()
    count = library.reindex(progress=bar)
    bar.finish()
    print(
        trn(
            "search index rebuilt: {n} document or annotation indexed",
            "search index rebuilt: {n} documents and annotations indexed",
            count,
        )
    )
    return EXIT_OK


def run_doctor(library: Library, args: argparse.Namespace) -> int:
    report = library.doctor(repair=args.repair)
    for problem in report.problems:
        print(tr("problem: {problem}", problem=problem))
    for fix in report.repaired:
        print(tr("repaired: {fix}", fix=fix))
    if report.healthy:
        print(tr("the library is healthy"))
        return EXIT_OK
    if not args.repair:
        print(tr("run `reviewer doctor --repair` to fix the index; `reviewer reindex` rebuilds it"))
        return EXIT_FAILED
    return EXIT_OK if report.repaired else EXIT_FAILED


COMMANDS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "import": run_import,
    "list": run_list,
    "search": run_search,
    "annotate": run_annotate,
    "annotations": run_annotations,
    "tags": run_tags,
    "show": run_show,
    "edit": run_edit,
    "reindex": run_reindex,
    "doctor": run_doctor,
    "backup": run_backup,
    "ocr": run_ocr,
    "export": run_export,
    "import-annotations": run_import_annotations,
    **VERSION_COMMANDS,
    **DRAFT_COMMANDS,
    **POSITION_COMMANDS,
    **AMENDMENT_COMMANDS,
}
