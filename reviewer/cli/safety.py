"""The safety commands (backup, restore, ocr) and the password prompt of `import`."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from pathlib import Path

from reviewer.cli.output import ProgressBar
from reviewer.core.i18n import tr, trn
from reviewer.core.passwords import PASSWORD_TRIES, needs_password, wrong_password
from reviewer.core.records import ImportOutcome, ImportReport
from reviewer.library import Library, default_library_dir, restore_library

EXIT_OK, EXIT_FAILED = 0, 1


def ask_passwords(library: Library, report: ImportReport) -> ImportReport:
    """On a terminal, ask for the password of each encrypted file and import it again."""
    if not sys.stdin.isatty():
        return report
    outcomes = [_with_password(library, o) if needs_password(o) else o for o in report.outcomes]
    return replace(report, outcomes=tuple(outcomes))


def _with_password(library: Library, outcome: ImportOutcome) -> ImportOutcome:
    for _try in range(PASSWORD_TRIES):
        password = getpass.getpass(
            tr("password of {name} (Enter to skip): ", name=Path(outcome.path).name)
        )
        if not password:
            return outcome
        outcome = library.import_with_password(outcome, password)
        if not wrong_password(outcome):
            return outcome
        print(tr("wrong password"), file=sys.stderr)
    return outcome


def run_backup(library: Library, args: argparse.Namespace) -> int:
    bar = ProgressBar()
    report = library.backup(args.dest, progress=bar)
    bar.finish()
    documents = trn("{n} document", "{n} documents", report.documents)
    annotations = trn("{n} annotation", "{n} annotations", report.annotations)
    files = trn("{n} file", "{n} files", report.files)
    print(
        tr(
            "backup written: {path} ({documents}, {annotations}, {files})",
            path=report.path,
            documents=documents,
            annotations=annotations,
            files=files,
        )
    )
    for name in report.missing:
        print(
            tr(
                "warning: {name} is missing or damaged in the library, so not in the backup",
                name=name,
            )
        )
    for problem in report.problems:
        print(tr("warning: the database reports: {problem}", problem=problem))
    if report.missing or report.problems:
        print(tr("run `reviewer doctor` on the library to see what to do"))
        return EXIT_FAILED
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Without opening the library there first: it may be damaged, or not be a library."""
    root = args.library or default_library_dir()
    bar = ProgressBar()
    report = restore_library(args.backup, root, progress=bar)
    bar.finish()
    # Said first: whatever the opening below finds, the restore is done.
    documents = trn("{n} document", "{n} documents", report.documents)
    annotations = trn("{n} annotation", "{n} annotations", report.annotations)
    print(
        tr(
            "restored into {root}: {documents}, {annotations}",
            root=report.root,
            documents=documents,
            annotations=annotations,
        )
    )
    if report.previous is not None:
        print(tr("what was there is kept in {previous}", previous=report.previous))
    with Library(root, progress=bar) as restored:  # Opening rebuilds the search index.
        health = restored.doctor()
    bar.finish()
    for problem in health.problems:
        print(tr("problem: {problem}", problem=problem))
    return EXIT_OK if health.healthy else EXIT_FAILED


def run_ocr(library: Library, args: argparse.Namespace) -> int:
    document = library.find_document(args.document)
    bar = ProgressBar()
    done = library.ocr(document.id, progress=bar)
    bar.finish()
    if not done.has_text:
        print(tr("no text recognised in {title}: its pages hold pictures only", title=done.title))
        return EXIT_FAILED
    print(
        trn(
            "text recognised on {n} page of {title}: it is now searchable",
            "text recognised on {n} pages of {title}: it is now searchable",
            done.page_count,
            title=done.title,
        )
    )
    return EXIT_OK
