"""Backups: one zip file holding a consistent copy of a library, and bringing one back.

A backup holds the database, copied with SQLite's online backup API (consistent
even while the library is in use), and the stored files it refers to, which
never change once written (they are named by their SHA-256). The search index
is left out: it is derived, and rebuilt from the database when the restored
library is first opened.

Restoring trusts nothing in the backup before checking it (see `archive.py`), and
never deletes anything: whatever is in the way, a library, a damaged one, a folder of
other files or a file, is moved aside whole to `<folder>.before-restore-<time>` and the
backup takes its place (see `scratch.py`, which also makes a killed restore recoverable).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from reviewer.core.errors import DamagedDatabase, LibraryError, database_failure
from reviewer.core.events import ProgressCallback, no_progress
from reviewer.core.i18n import tr
from reviewer.core.records import Progress
from reviewer.core.reports import BackupReport, RestoreReport
from reviewer.library import archive as checks
from reviewer.library.archive import DATABASE, FORMAT, FORMAT_VERSION, MANIFEST
from reviewer.library.files import CHUNK
from reviewer.library.lock import WriterLock
from reviewer.library.paths import LibraryLayout
from reviewer.library.scratch import RESTORED, put_in_place, recover, working_folder
from reviewer.store import Store

Snapshot = Callable[[Path], None]
# What the disk says when it is full.
FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_backup(
    snapshot: Snapshot,
    layout: LibraryLayout,
    target: Path,
    *,
    progress: ProgressCallback = no_progress,
) -> BackupReport:
    """Write a backup to `target` (a folder gets a dated file in it); `snapshot(path)`
    copies the database to `path`."""
    target = _backup_path(Path(target))
    with working_folder(target.parent, note_in=layout.root) as scratch:
        database = scratch / DATABASE
        contents = _snapshot(snapshot, database, layout)
        present = [name for name in contents.files if checks.intact(layout.root / name, name)]
        missing = tuple(sorted(set(contents.files) - set(present)))
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created": datetime.now().astimezone().isoformat(timespec="seconds"),
            "documents": contents.documents,
            "annotations": contents.annotations,
            "files": present,
            "missing": list(missing),
        }
        part = scratch / "backup.zip"
        _write_zip(part, manifest, database, layout.root, present, progress)
        _verify_zip(part)
        os.replace(part, target)
    return BackupReport(
        target, contents.documents, contents.annotations, len(present), missing, contents.problems
    )


def restore_library(
    backup: Path, root: Path, *, progress: ProgressCallback = no_progress
) -> RestoreReport:
    """Put the library of `backup` at `root`, once all of it is checked; whatever is at
    `root` goes aside whole, never deleted."""
    backup, root = Path(backup), Path(root)
    recover(root)  # A restore killed earlier is finished before this one begins.
    with _opened_zip(backup) as archive:
        members = checks.check_members(archive, backup)
        manifest = checks.read_manifest(archive, members, backup)
        _make_folder(root.parent)
        with _not_open_elsewhere(root), working_folder(root.parent) as scratch:
            checks.check_space(members, root.parent, backup)
            contents = _unpack(archive, members, manifest, scratch / RESTORED, backup, progress)
            previous = put_in_place(scratch, root)
    return RestoreReport(root, contents.documents, contents.annotations, previous)


# Writing


def _backup_path(target: Path) -> Path:
    if target.is_dir():
        target = target / f"reviewer-backup-{datetime.now():%Y-%m-%d-%H%M%S}.zip"
    if target.exists():
        raise LibraryError(
            tr("{target} already exists: choose another name for the backup", target=target)
        )
    if not target.parent.is_dir():
        raise LibraryError(
            tr("the folder {parent} does not exist: create it first", parent=target.parent)
        )
    return target


@dataclass(frozen=True)
class _Contents:
    documents: int
    annotations: int
    tags: int
    files: tuple[str, ...]  # relative to the library folder
    problems: tuple[str, ...]


def _snapshot(snapshot: Snapshot, database: Path, layout: LibraryLayout) -> _Contents:
    """The copy of the database, and what it holds; a damaged database is a message."""
    try:
        snapshot(database)
        return _contents(database)
    except DamagedDatabase as error:  # The copy is as damaged as the library's database.
        raise DamagedDatabase(layout.database, error.why) from error
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
            raise LibraryError(
                tr(
                    "the backup could not be written: the disk of {parent} is "
                    "full; free some space, then try again",
                    parent=database.parent.parent,
                )
            ) from error
        raise database_failure(layout.database, error) from error


def _contents(database: Path) -> _Contents:
    """What a library database holds, including removed documents and deleted annotations."""
    store = Store(database)
    try:
        documents = store.documents(include_removed=True)
        annotations = store.annotations(include_deleted=True)
        files = {path for d in documents for path in (d.file_path, d.pdf_path)}
        return _Contents(
            len(documents),
            len(annotations),
            len(store.tags()),
            tuple(sorted(files)),
            tuple(store.integrity_problems()),
        )
    finally:
        store.close()


def _write_zip(
    part: Path,
    manifest: dict[str, object],
    database: Path,
    root: Path,
    files: list[str],
    progress: ProgressCallback,
) -> None:
    try:
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.write(database, DATABASE)
            for done, name in enumerate(files, start=1):
                # Stored, not deflated: PDFs are compressed already.
                archive.write(root / name, Path(name).as_posix(), compress_type=zipfile.ZIP_STORED)
                progress(Progress(done, len(files), tr("backup")))
    except OSError as error:
        raise LibraryError(
            tr(
                "the backup could not be written ({reason}): check that the "
                "disk of {parent} has space and can be written, then try again",
                reason=error.strerror or error,
                parent=part.parent,
            )
        ) from error


def _verify_zip(part: Path) -> None:
    """Read the archive back before trusting it: every member checked against its CRC."""
    with zipfile.ZipFile(part) as archive:
        damaged = archive.testzip()
    if damaged is not None:
        raise LibraryError(
            tr(
                "the backup came out damaged ({damaged}): check the disk, try again",
                damaged=damaged,
            )
        )


# Restoring


@contextmanager
def _opened_zip(backup: Path) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(backup)
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise LibraryError(
            tr(
                "{backup} cannot be read as a reviewer backup ({error}): check the file name, "
                "or use another backup",
                backup=backup,
                error=error,
            )
        ) from error
    with archive:
        try:
            yield archive
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # what damaged members raise
            raise LibraryError(
                tr("{backup} is damaged ({error}): use another backup", backup=backup, error=error)
            ) from error


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            tr(
                "cannot make the folder {folder} ({reason}): choose a folder you can write to",
                folder=folder,
                reason=error.strerror or error,
            )
        ) from error


@contextmanager
def _not_open_elsewhere(root: Path) -> Iterator[None]:
    """Hold the library's writer lock, if it is one, until it has gone aside."""
    if root.is_symlink() or not (root / "writer.lock").is_file():
        yield
        return
    lock = WriterLock(root / "writer.lock")
    try:
        if not lock.held:
            raise LibraryError(
                tr(
                    "the library {root} is open in another reviewer program: close it, "
                    "then restore",
                    root=root,
                )
            )
        yield
    finally:
        lock.release()


def _unpack(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: checks.Manifest,
    folder: Path,
    backup: Path,
    progress: ProgressCallback,
) -> checks.Contents:
    """The database first, checked, then the stored files, each checked as it comes."""
    _extract(archive, members[DATABASE], folder, backup)
    contents = checks.check_database(folder / DATABASE, manifest, backup)
    checks.check_files(members, manifest, contents, backup)
    stored = [info for name, info in members.items() if name not in {MANIFEST, DATABASE}]
    for done, info in enumerate(stored, start=1):
        _extract(archive, info, folder, backup)
        progress(Progress(done, len(stored), tr("restore")))
    return contents


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, folder: Path, backup: Path) -> None:
    """One member, private to the user; zipfile checks its CRC, we its size and hash."""
    target = folder / info.filename
    fingerprint = checks.Fingerprint(info.filename)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with archive.open(info) as source, _private(target) as copy:
            while chunk := source.read(CHUNK):
                fingerprint.update(chunk)
                copy.write(chunk)
    except OSError as error:
        advice = (
            tr("free some space") if error.errno in FULL else tr("check the disk, then try again")
        )
        raise LibraryError(
            tr(
                "the backup could not be unpacked in {parent} "
                "({reason}): {advice}, or restore elsewhere",
                parent=folder.parent.parent,
                reason=error.strerror or error,
                advice=advice,
            )
        ) from error
    fingerprint.check(info, backup)


def _private(path: Path) -> IO[bytes]:
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
