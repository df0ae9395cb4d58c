"""Versions of a text: link them, carry annotations forward, review what moved, compare.

Only light modules are imported at the top, so `reviewer --help` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.cli.output import ProgressBar, annotation_json, document_json, print_json
from reviewer.core.comparison import Change, ComparisonReport, UnitChange
from reviewer.core.errors import Ambiguous, NotFound, ReviewerError
from reviewer.core.i18n import N_, tr, trn
from reviewer.core.records import Annotation, CarryReport, CarryStatus, ImportReport
from reviewer.core.reports import Format

if TYPE_CHECKING:
    from reviewer.library import Library

EXIT_OK = 0
STATUS_WORDS = {
    CarryStatus.EXACT: N_("exact"),
    CarryStatus.MOVED: N_("moved (check the place)"),
    CarryStatus.CHANGED: N_("changed (the text was amended)"),
    CarryStatus.ORPHANED: N_("orphaned (the passage is gone)"),
}


def add_version_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    version = commands.add_parser(
        "version",
        parents=[common],
        help="declare a document the new version of another and carry its annotations",
    )
    version.add_argument("document", metavar="DOC", help="the new version")
    version.add_argument("--of", required=True, metavar="PREVIOUS", help="the previous version")
    version.add_argument("--label", default="", help="e.g. dépôt, commission, séance")
    version.add_argument("--json", action="store_true", help="print JSON for scripts")

    versions = commands.add_parser("versions", parents=[common], help="list a text's versions")
    versions.add_argument("document", metavar="DOC")
    versions.add_argument("--json", action="store_true", help="print JSON for scripts")

    carried = commands.add_parser(
        "carried", parents=[common], help="annotations carried into a version, with their status"
    )
    carried.add_argument("document", metavar="DOC")
    carried.add_argument("--pending", action="store_true", help="only those awaiting review")
    carried.add_argument("--json", action="store_true", help="print JSON for scripts")

    review = commands.add_parser(
        "review", parents=[common], help="accept, dismiss or re-place a carried annotation"
    )
    review.add_argument("annotation", metavar="ANN", help="annotation id (or its first letters)")
    decision = review.add_mutually_exclusive_group(required=True)
    decision.add_argument("--accept", action="store_true", help="the place is right")
    decision.add_argument("--dismiss", action="store_true", help="drop it from this version")
    decision.add_argument("--place", metavar="PHRASE", help="move it onto this phrase")
    review.add_argument("--page", type=int, help="with --place: the phrase's page")

    compare = commands.add_parser(
        "compare", parents=[common], help="what changed between two versions, article by article"
    )
    compare.add_argument("old", metavar="OLD")
    compare.add_argument("new", metavar="NEW")
    compare.add_argument(
        "--format",
        choices=["text", "json", "pdf", "docx", "html"],
        default="text",
        help="text and json print; pdf, docx and html write a report (with --output)",
    )
    compare.add_argument("--output", "-o", type=Path, metavar="PATH", help="the report file")
    compare.add_argument("--lang", choices=["fr", "en"], default="fr", help="report language")


def carry_forward(library: Library, document_id: int, previous: str, label: str) -> CarryReport:
    """Link and carry, with a progress bar; used by `version` and `import --version-of`."""
    bar = ProgressBar()
    report = library.add_version(
        document_id, of=library.find_document(previous).id, label=label, progress=bar
    )
    bar.finish()
    return report


def version_of_import(library: Library, report: ImportReport, previous: str, label: str) -> None:
    """`import NEW --version-of DOC`: the one document imported becomes the new version."""
    ids = {o.document_id for o in report.outcomes if o.document_id is not None}
    if len(ids) != 1:
        raise ReviewerError(tr("--version-of needs exactly one imported document"))
    print_carry(library, carry_forward(library, ids.pop(), previous, label))


def print_suggestions(library: Library, report: ImportReport) -> None:
    """Say when a newly imported document looks like a new version of one already there."""
    for outcome in report.outcomes:
        if outcome.document_id is None or outcome.status.value != "imported":
            continue
        for suggestion in library.suggest_versions(outcome.document_id)[:1]:
            print(
                tr(
                    "  looks like a new version of “{title}” ({reason}): reviewer version {id} "
                    "--of {of}",
                    title=suggestion.document.title,
                    reason=suggestion.reason,
                    id=outcome.document_id,
                    of=suggestion.document.id,
                )
            )


def run_version(library: Library, args: argparse.Namespace) -> int:
    report = carry_forward(library, library.find_document(args.document).id, args.of, args.label)
    if args.json:
        print_json([carried_json(a) for a in report.carried])
    else:
        print_carry(library, report)
    return EXIT_OK


def print_carry(library: Library, report: CarryReport) -> None:
    new, old = library.document(report.document_id), library.document(report.previous_id)
    print(tr("“{new}” is now the version after “{old}”", new=new.title, old=old.title))
    print(trn("{n} annotation carried:", "{n} annotations carried:", len(report.carried)))
    for status in CarryStatus:
        print(f"  {report.count(status):>5} {tr(STATUS_WORDS[status])}")
    if report.already:
        print(tr("  ({already} carried before, left as they are)", already=report.already))
    if report.to_review:
        print(
            tr(
                "{count} to review: reviewer carried {id} --pending",
                count=report.to_review,
                id=new.id,
            )
        )


def run_versions(library: Library, args: argparse.Namespace) -> int:
    lineage = library.versions(library.find_document(args.document).id)
    if args.json:
        print_json([{**document_json(d), "label": d.version_label} for d in lineage])
        return EXIT_OK
    for newest_first, document in enumerate(lineage):
        label = document.version_label or f"version {len(lineage) - newest_first}"
        print(f"{document.id:>4}  {label:<14} {document.added[:10]}  {document.title}")
    return EXIT_OK


def run_carried(library: Library, args: argparse.Namespace) -> int:
    found = library.carried(library.find_document(args.document).id, pending=args.pending)
    if args.json:
        print_json([carried_json(a) for a in found])
        return EXIT_OK
    for a in found:
        assert a.carry is not None
        was = f" (was “{a.carry.previous_quote}”)" if a.quote != a.carry.previous_quote else ""
        print(
            f"{a.id[:8]}  {a.carry.status.value:<8} {a.carry.review.value:<9} p. {a.page}: "
            f"“{a.quote}”{was}"
        )
    if not found:
        print(tr("nothing to review") if args.pending else tr("no carried annotation"))
    return EXIT_OK


def carried_json(annotation: Annotation) -> dict[str, Any]:
    carry = annotation.carry
    assert carry is not None
    return {
        **annotation_json(annotation),
        "carried_from": carry.source_id,
        "status": carry.status.value,
        "review": carry.review.value,
        "previous_quote": carry.previous_quote,
    }


def run_review(library: Library, args: argparse.Namespace) -> int:
    annotation = _carried_annotation(library, args.annotation)
    if args.accept:
        library.accept_carried(annotation.id)
        print(tr("accepted: “{quote}” p. {page}", quote=annotation.quote, page=annotation.page))
    elif args.dismiss:
        library.dismiss_carried(annotation.id)
        print(tr("dismissed from this version: “{quote}”", quote=annotation.quote))
    else:
        placed = library.place_carried(annotation.id, args.place, page=args.page)
        print(tr("placed on p. {page}: “{quote}”", page=placed.page, quote=placed.quote))
    return EXIT_OK


def _carried_annotation(library: Library, reference: str) -> Annotation:
    matches = [a for a in library.annotations() if a.carry and a.id.startswith(reference)]
    if not matches:
        raise NotFound(
            tr(
                "no carried annotation with id {reference}: see `reviewer carried DOC`",
                reference=reference,
            )
        )
    if len(matches) > 1:
        raise Ambiguous(
            tr(
                "{count} carried annotations start with {reference}: give more",
                count=len(matches),
                reference=reference,
            )
        )
    return matches[0]


def run_compare(library: Library, args: argparse.Namespace) -> int:
    old, new = library.find_document(args.old).id, library.find_document(args.new).id
    if args.format in {"text", "json"}:
        report = library.compare_versions(old, new, lang=args.lang)
        if args.format == "json":
            changes = enumerate(report.comparison.changes)
            print_json([change_json(report, index, change) for index, change in changes])
        else:
            print_comparison(report)
        return EXIT_OK
    if args.output is None:
        raise ReviewerError(
            tr("--format {format} writes a file: give it with --output PATH", format=args.format)
        )
    bar = ProgressBar()
    report = library.export_comparison(
        old, new, args.output, format=Format(args.format), lang=args.lang, progress=bar
    )
    bar.finish()
    total = len(report.comparison.changes)
    changed = total - report.comparison.counts()[Change.UNCHANGED]
    print(
        trn(
            "written {path}: {changed} of {n} article changed",
            "written {path}: {changed} of {n} articles changed",
            total,
            path=args.output,
            changed=changed,
        )
    )
    return EXIT_OK


def print_comparison(report: ComparisonReport) -> None:
    """One line per changed unit, then its words: [-deleted-] {+inserted+}, as wdiff does."""
    print(f"“{report.old.title}” → “{report.new.title}”")
    for index, change in enumerate(report.comparison.changes):
        if change.change is Change.UNCHANGED:
            continue
        renamed = f"{change.old.label} → " if change.change is Change.RENUMBERED else ""
        concerned = len(report.concerned.get(index, ()))
        notes = trn(", {n} annotation", ", {n} annotations", concerned) if concerned else ""
        print(
            f"\n{renamed}{change.label}: "
            + tr(
                "{change} (+{inserted} −{deleted} words{notes})",
                change=change.change.value,
                inserted=change.inserted_words,
                deleted=change.deleted_words,
                notes=notes,
            )
        )
        if change.modified:
            print("  " + _wdiff(change).strip().replace("\n", "\n  "))
    counts = ", ".join(f"{n} {kind.value}" for kind, n in report.comparison.counts().items())
    print(f"\n{counts}")


def _wdiff(change: UnitChange) -> str:
    marks = {"equal": ("", ""), "insert": ("{+", "+}"), "delete": ("[-", "-]")}
    return "".join(f"{marks[op.kind][0]}{op.text}{marks[op.kind][1]}" for op in change.ops)


def change_json(report: ComparisonReport, index: int, change: UnitChange) -> dict[str, Any]:
    return {
        "change": change.change.value,
        "old_label": change.old.label if change.old else None,
        "new_label": change.new.label if change.new else None,
        "old_page": change.old.page if change.old else None,
        "new_page": change.new.page if change.new else None,
        "inserted_words": change.inserted_words,
        "deleted_words": change.deleted_words,
        "ops": [{"kind": op.kind, "text": op.text} for op in change.ops if op.kind != "equal"],
        "annotations": [c.annotation.id for c in report.concerned.get(index, ())],
    }


COMMANDS = {
    "version": run_version,
    "versions": run_versions,
    "carried": run_carried,
    "review": run_review,
    "compare": run_compare,
}
