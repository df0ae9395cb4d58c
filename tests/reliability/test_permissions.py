"""Drafts are confidential: everything the program writes is private to the user, even when
the user's umask would let the group or others read (the library sets umask 077)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from helpers import write_test_pdf

from reviewer.library import Library
from reviewer.store.migrations import migrate

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """A common default (022: everyone may read); restored after the test."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def readable_by_others(root: Path) -> list[str]:
    paths = [root, *root.rglob("*")]
    return [
        f"{path.relative_to(root.parent)} {stat.filemode(path.stat().st_mode)}"
        for path in paths
        if path.stat().st_mode & 0o077
    ]


def old_library(root: Path) -> Path:
    """A library database of schema version 1: opening it backs it up to backups/."""
    root.mkdir(mode=0o700)
    database = sqlite_utils.Database(root / "library.db")
    migrate(database, target=1)
    database.conn.close()
    (root / "library.db").chmod(0o600)
    return root


def test_every_file_and_folder_of_the_library_is_private(tmp_path: Path, corpus_dir: Path):
    root = old_library(tmp_path / "library")
    with Library(root) as library:
        library.import_paths(
            [
                write_test_pdf(tmp_path / "projet.pdf", ["Article premier. La CNIL contrôle."]),
                corpus_dir / "petition-elus-contre-vsa-article7-loi-jo2024.txt",  # into pdfs/
            ]
        )
        library.annotate(library.find_document("projet").id, "CNIL", tags=["contrôle"])
        written = {path.name for path in root.iterdir()}
        assert {"library.db-wal", "library.db-shm", "index", "files", "pdfs", "backups"} <= written
        assert readable_by_others(root) == []  # while open: the WAL and shared memory too
    assert readable_by_others(root) == []


def test_backups_and_exports_are_private(library: Library, tmp_path: Path):
    library.import_paths([write_test_pdf(tmp_path / "loi.pdf", ["Article premier. La CNIL."])])
    library.annotate(library.documents()[0].id, "CNIL", note="à citer")
    written = [library.backup(tmp_path).path]
    if hasattr(library, "export_report"):
        from reviewer.core.reports import Format, ReportOptions

        for form in Format:
            target = tmp_path / f"rapport.{form.value}"
            library.export_report(ReportOptions(format=form), target)
            written.append(target)
    if hasattr(library, "export_w3c"):
        library.export_w3c(tmp_path / "annotations.jsonld")
        written.append(tmp_path / "annotations.jsonld")
    assert [path.name for path in written if path.stat().st_mode & 0o077] == []
