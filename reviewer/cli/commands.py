"""One function per subcommand: call the facade, print the outcome, return the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

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
from reviewer.core.kinds import kind_key
from reviewer.core.records import ImportStatus
from reviewer.library import Library

EXIT_OK, EXIT_FAILED = 0, 1


def run_import(library: Library, args: argparse.Namespace) -> int:
    bar = ProgressBar()
    report = library.import_paths(
        args.paths, password=args.password, texts=args.texts, progress=bar
    )
    bar.finish()
    if args.password is None:
        report = ask_passwords(library, report)
    for outcome in report.outcomes:
        detail = f" ({outcome.message})" if outcome.message else ""
        pages = f", {outcome.pages} page(s)" if outcome.status is ImportStatus.IMPORTED else ""
        print(f"{outcome.status.value}: {outcome.path}{pages}{detail}")
    counts = ", ".join(f"{report.count(status)} {status.value}" for status in ImportStatus)
    print(f"{len(report.outcomes)} file(s): {counts}")
    if report.notice:
        print(f"reviewer: warning: {report.notice}", file=sys.stderr)
    if not report.outcomes:
        print("nothing to import: no supported file found", file=sys.stderr)
    elif args.version_of:
        version_of_import(library, report, args.version_of, args.label)
    else:
        print_suggestions(library, report)
    return EXIT_FAILED if report.failed or not report.outcomes else EXIT_OK


def run_list(library: Library, args: argparse.Namespace) -> int:
    documents = library.documents()
    if args.json:
        print_json([document_json(d) for d in documents])
        return EXIT_OK
    for d in documents:
        print(
            f"{d.id:>4}  {d.title[:60]:<60}  {d.kind:<12} {d.page_count:>5} p.  "
            f"{d.added[:10]}  {d.annotation_count} annotation(s)"
            f"{'' if d.has_text else '  [no text: reviewer ocr]'}"
        )
    if not documents:
        print("the library is empty: add documents with `reviewer import PATH`")
    return EXIT_OK


def run_search(library: Library, args: argparse.Namespace) -> int:
    results = library.search(args.query, limit=args.limit)
    if args.json:
        print_json(results_json(results))
        return EXIT_OK
    tty = sys.stdout.isatty()
    print(f"{results.total} result(s) for {args.query}; best {len(results.hits)}:")
    for _document_id, hits in results.by_document():
        print(f"\n{hits[0].title}  ({hits[0].source})")
        for hit in hits:
            what = "annotation" if hit.annotation_id else "page"
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
        print(f"highlighted p. {annotation.page}: “{annotation.quote}” ({annotation.id})")
    print(f"{len(created)} highlight(s) in {document.title}")
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
            raise ReviewerError(f"“{assignment}”: write FIELD=VALUE")
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
        mark = " (edited)" if name in document.user_fields else ""
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
    print(f"  kind: {document.kind} (confidence {document.kind_confidence:.2f})")
    print(f"  pages: {document.page_count}, annotations: {document.annotation_count}")
    for name, value in sorted(document.metadata.items()):
        mark = " (edited)" if name in document.user_fields else ""
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        print(f"  {name}: {shown}{mark}")
    print(f"  structure: {summary['articles']} article(s), {summary['alineas']} alinéa(s)")
    if len(versions) > 1:
        lineage = " ← ".join(f"{v.id} {v.version_label}".strip() for v in versions)
        print(f"  versions (newest first): {lineage}")
    return EXIT_OK


def run_reindex(library: Library, _args: argparse.Namespace) -> int:
    bar = ProgressBar()
    count = library.reindex(progress=bar)
    bar.finish()
    print(f"search index rebuilt: {count} document(s) and annotation(s) indexed")
    return EXIT_OK


def run_doctor(library: Library, args: argparse.Namespace) -> int:
    report = library.doctor(repair=args.repair)
    for problem in report.problems:
        print(f"problem: {problem}")
    for fix in report.repaired:
        print(f"repaired: {fix}")
    if report.healthy:
        print("the library is healthy")
        return EXIT_OK
    if not args.repair:
        print("run `reviewer doctor --repair` to fix the index; `reviewer reindex` rebuilds it")
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
}
