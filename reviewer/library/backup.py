"""Backups: one zip file holding a consistent copy of a library, and bringing one back.

A backup holds the database, copied with SQLite's online backup API (consistent
even while the library is in use), and the stored files it refers to, which
never change once written (they are named by their SHA-256). The search index
is left out: it is derived, and rebuilt from the database when the restored
library is first opened.

Restoring never deletes a library that holds anything: it is moved aside to
`<folder>.before-restore-<time>` and the backup takes its place.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from reviewer.core.errors import LibraryError
from reviewer.core.events import ProgressCallback, no_progress
from reviewer.core.records import Progress
from reviewer.library.files import CHUNK
from reviewer.library.lock import WriterLock
from reviewer.library.paths import LibraryLayout
from reviewer.store import Store

FORMAT = "reviewer-backup"
FORMAT_VERSION = 1
MANIFEST = "backup.json"
DATABASE = "library.db"
# What an archive may hold: anything else (an absolute path, "..") is refused on restore.
MEMBER = re.compile(r"(backup\.json|library\.db|(files|pdfs)/[0-9a-f]{2}/[0-9a-f]{64}[\w.]*)")
# What a library folder holds; a folder with anything else is not replaced by a restore.
LIBRARY_ENTRIES = frozenset(
    {"library.db", "library.db-wal", "library.db-shm", "writer.lock", "files", "pdfs", "index"}
    | {"backups"}
)

Snapshot = Callable[[Path], None]


@dataclass(frozen=True)
class BackupReport:
    path: Path
    documents: int
    annotations: int
    files: int
    missing: tuple[str, ...] = ()  # stored files the library had already lost
    problems: tuple[str, ...] = ()  # what the database integrity check found


@dataclass(frozen=True)
class RestoreReport:
    root: Path
    documents: int
    annotations: int
    previous: Path | None  # where the library that was there went


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
    with _scratch(target.parent) as scratch:
        database = scratch / DATABASE
        snapshot(database)
        contents = _contents(database)
        present = [name for name in contents.files if (layout.root / name).is_file()]
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
    """Put the library of `backup` at `root`; a library already there is moved aside."""
    backup, root = Path(backup), Path(root)
    _check_replaceable(root)
    with _opened_zip(backup) as archive:
        manifest = _manifest(archive, backup)
        root.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with _scratch(root.parent) as scratch:
            restored = scratch / "library"
            try:
                _extract(archive, restored, progress)
            except OSError as error:
                raise LibraryError(
                    f"the backup could not be unpacked in {root.parent} "
                    f"({error.strerror or error}): free some space, or restore elsewhere"
                ) from error
            contents = _check_restored(restored, manifest, backup)
            previous = _replace(root, restored)
    return RestoreReport(root, contents.documents, contents.annotations, previous)


# Writing


def _backup_path(target: Path) -> Path:
    if target.is_dir():
        target = target / f"reviewer-backup-{datetime.now():%Y-%m-%d-%H%M%S}.zip"
    if target.exists():
        raise LibraryError(f"{target} already exists: choose another name for the backup")
    if not target.parent.is_dir():
        raise LibraryError(f"the folder {target.parent} does not exist: create it first")
    return target


@dataclass(frozen=True)
class _Contents:
    documents: int
    annotations: int
    tags: int
    files: tuple[str, ...]  # relative to the library folder
    problems: tuple[str, ...]


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
                progress(Progress(done, len(files), "backup"))
    except OSError as error:
        raise LibraryError(
            f"the backup could not be written ({error.strerror or error}): check that the "
            f"disk of {part.parent} has space and can be written, then try again"
        ) from error


def _verify_zip(part: Path) -> None:
    """Read the archive back before trusting it: every member checked against its CRC."""
    with zipfile.ZipFile(part) as archive:
        damaged = archive.testzip()
    if damaged is not None:
        raise LibraryError(f"the backup came out damaged ({damaged}): check the disk, try again")


@contextmanager
def _scratch(folder: Path) -> Iterator[Path]:
    """A private temporary folder on the disk of `folder`, so that the final move is a rename."""
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".reviewer-", dir=folder))
    except OSError as error:
        raise LibraryError(
            f"cannot write in {folder} ({error.strerror or error}): choose a folder you can "
            "write to"
        ) from error
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# Restoring


def _check_replaceable(root: Path) -> None:
    if not root.exists():
        return
    strangers = sorted(set(os.listdir(root)) - LIBRARY_ENTRIES)
    if strangers:
        raise LibraryError(
            f"{root} holds files that are not part of a library ({', '.join(strangers[:5])}): "
            "restore into a new folder or into a library folder"
        )


@contextmanager
def _opened_zip(backup: Path) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(backup)
    except (OSError, zipfile.BadZipFile) as error:
        raise LibraryError(
            f"{backup} cannot be read as a reviewer backup ({error}): check the file name, "
            "or use another backup"
        ) from error
    with archive:
        try:
            yield archive
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # what damaged members raise
            raise LibraryError(f"{backup} is damaged ({error}): use another backup") from error


def _manifest(archive: zipfile.ZipFile, backup: Path) -> dict[str, object]:
    names = archive.namelist()
    strange = [name for name in names if not MEMBER.fullmatch(name)]
    if strange or MANIFEST not in names or DATABASE not in names:
        raise LibraryError(f"{backup} is not a reviewer backup: use a file `reviewer backup` made")
    manifest = json.loads(archive.read(MANIFEST))
    if manifest.get("format") != FORMAT or manifest.get("version", 0) > FORMAT_VERSION:
        raise LibraryError(
            f"{backup} was made by a newer version of reviewer: update reviewer to restore it"
        )
    return manifest


def _extract(archive: zipfile.ZipFile, folder: Path, progress: ProgressCallback) -> None:
    """Every member, private to the user; zipfile checks each one's CRC as it reads."""
    members = [info for info in archive.infolist() if info.filename != MANIFEST]
    for done, info in enumerate(members, start=1):
        target = folder / info.filename
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with archive.open(info) as source, _private(target) as copy:
            shutil.copyfileobj(source, copy, CHUNK)
        progress(Progress(done, len(members), "restore"))


def _private(path: Path) -> IO[bytes]:
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _check_restored(folder: Path, manifest: dict[str, object], backup: Path) -> _Contents:
    """Refuse to put back a damaged or incomplete backup: the library in place stays."""
    contents = _contents(folder / DATABASE)
    if contents.problems:
        raise LibraryError(
            f"the database in {backup} is damaged ({contents.problems[0]}): use another backup"
        )
    known_missing = set(manifest.get("missing", []))
    lost = [n for n in contents.files if n not in known_missing and not (folder / n).is_file()]
    if lost:
        raise LibraryError(f"{backup} is incomplete ({len(lost)} file(s) lost): use another backup")
    return contents


def _replace(root: Path, restored: Path) -> Path | None:
    """Move the restored library to `root`; return where a library holding data went."""
    if not root.exists():
        restored.rename(root)
        return None
    lock = WriterLock(root / "writer.lock")
    try:
        if not lock.held:
            raise LibraryError(
                f"the library {root} is open in another reviewer program: close it, then restore"
            )
        previous = _set_aside(root)
        restored.rename(root)
        return previous
    finally:
        lock.release()


def _set_aside(root: Path) -> Path | None:
    """Move a library with data aside; remove one that holds nothing (just created)."""
    if (root / DATABASE).exists() and _holds_data(root / DATABASE):
        previous = root.with_name(f"{root.name}.before-restore-{datetime.now():%Y-%m-%d-%H%M%S}")
        root.rename(previous)
        return previous
    for name in LIBRARY_ENTRIES & set(os.listdir(root)):
        path = root / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    root.rmdir()
    return None


def _holds_data(database: Path) -> bool:
    contents = _contents(database)
    return bool(contents.documents or contents.annotations or contents.tags)
