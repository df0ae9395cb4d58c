"""What a backup archive must be before a restore trusts it.

A restore puts a database in the user's library that SQLite will run: a trigger or a
view in it would run on the user's notes. So the archive is checked before the library
in place is touched: its member names (no absolute path, no `..`, no duplicate), its
description (`backup.json`, bounded, typed), its database (schema object by object
against the one our migrations make, integrity, counts against the description, stored
paths), and every stored file against the SHA-256 it is named by.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import zipfile
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr, trn
from reviewer.library.files import sha256_of
from reviewer.store.migrations import LATEST_VERSION, schema_differences

FORMAT = "reviewer-backup"
FORMAT_VERSION = 1
MANIFEST = "backup.json"
DATABASE = "library.db"
# files/ab/<sha256><suffix>: an original; pdfs/ab/<sha256>.pdf: the PDF made from one.
STORED = re.compile(r"(files|pdfs)/([0-9a-f]{2})/(\2[0-9a-f]{62})((?:\.\w+)*)")
MAX_MEMBERS = 2_000_000  # a million documents, each with its original and its PDF
# The description lists each stored file once (about 100 bytes): more is not ours.
MANIFEST_BASE, MANIFEST_PER_MEMBER = 64 * 1024, 512
MAX_LISTED = 3  # problems named in one message


@dataclass(frozen=True)
class Manifest:
    documents: int
    annotations: int
    files: frozenset[str]
    missing: frozenset[str]  # stored files the library had lost before the backup


@dataclass(frozen=True)
class Contents:
    """What a checked backup database holds (removed documents and deleted notes included)."""

    documents: int
    annotations: int
    files: frozenset[str]  # stored files it refers to, relative to the library folder


def refuse(backup: Path, why: str, advice: str = "") -> LibraryError:
    advice = advice or tr("use another backup")
    return LibraryError(
        tr("{backup} cannot be restored: {why}: {advice}", backup=backup, why=why, advice=advice)
    )


def _counted(documents: int, annotations: int) -> str:
    return tr(
        "{documents} and {annotations}",
        documents=trn("{n} document", "{n} documents", documents),
        annotations=trn("{n} annotation", "{n} annotations", annotations),
    )


def _listed(items: list[str]) -> str:
    more = tr(" and {count} more", count=len(items) - MAX_LISTED) if len(items) > MAX_LISTED else ""
    return ", ".join(items[:MAX_LISTED]) + more


# The archive


def check_members(archive: zipfile.ZipFile, backup: Path) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once each checked to be what a backup holds and nothing else."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse(backup, tr("it holds {count} files, more than any library", count=len(infos)))
    twice = sorted(name for name, count in Counter(i.filename for i in infos).items() if count > 1)
    if twice:
        raise refuse(
            backup,
            tr("it holds the same name twice ({listed}), so it was altered", listed=_listed(twice)),
        )
    outside = [i.filename for i in infos if _escapes(i.filename)]
    if outside:
        raise refuse(
            backup,
            tr(
                "it is not a reviewer backup: paths outside the library ({listed})",
                listed=_listed(outside),
            ),
        )
    strange = [
        i.filename
        for i in infos
        if i.filename not in {MANIFEST, DATABASE} and not STORED.fullmatch(i.filename)
    ]
    if strange or not {MANIFEST, DATABASE} <= {i.filename for i in infos}:
        what = (
            tr("files no library holds ({listed})", listed=_listed(strange))
            if strange
            else tr("no database in it")
        )
        raise refuse(backup, tr("it is not a reviewer backup: {what}", what=what))
    unreadable = [
        i.filename
        for i in infos
        if i.flag_bits & 0x1 or i.compress_type not in {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
    ]
    if unreadable:
        raise refuse(
            backup,
            tr(
                "files in it are encrypted or compressed in a way reviewer never writes ({listed})",
                listed=_listed(unreadable),
            ),
        )
    return {info.filename: info for info in infos}


def _escapes(name: str) -> bool:
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    return posix.is_absolute() or bool(windows.drive or windows.root) or ".." in windows.parts


def check_space(members: dict[str, zipfile.ZipInfo], folder: Path, backup: Path) -> None:
    """The sizes the archive declares must fit on the disk before unpacking begins."""
    needed = sum(info.file_size for info in members.values())
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise refuse(
            backup,
            tr(
                "it unpacks to {needed} MB and {folder} has {free} MB free",
                needed=needed // 2**20,
                folder=folder,
                free=free // 2**20,
            ),
            tr("free some space, or restore elsewhere"),
        )


def read_manifest(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], backup: Path
) -> Manifest:
    """The description, bounded in size and checked field by field."""
    limit = MANIFEST_BASE + MANIFEST_PER_MEMBER * len(members)
    too_large = refuse(
        backup, tr("its description ({MANIFEST}) is far larger than a backup's", MANIFEST=MANIFEST)
    )
    if members[MANIFEST].file_size > limit:
        raise too_large
    with archive.open(members[MANIFEST]) as stream:
        data = stream.read(limit + 1)  # Not trusting the size it declares.
    if len(data) > limit:
        raise too_large
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise refuse(
            backup,
            tr(
                "its description ({MANIFEST}) is not readable ({error})",
                MANIFEST=MANIFEST,
                error=error,
            ),
        ) from error
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise refuse(
            backup,
            tr("it is not a reviewer backup ({MANIFEST} does not say so)", MANIFEST=MANIFEST),
        )
    version = fields.get("version")
    if _count(version) and version > FORMAT_VERSION:
        raise refuse(
            backup,
            tr("it was made by a newer version of reviewer"),
            tr("update reviewer to restore it"),
        )
    wrong = [
        name
        for name, valid in (
            ("version", _count(version) and version >= 1),
            ("documents", _count(fields.get("documents"))),
            ("annotations", _count(fields.get("annotations"))),
            ("files", _names(fields.get("files"))),
            ("missing", _names(fields.get("missing", []))),
        )
        if not valid
    ]
    if wrong:
        raise refuse(
            backup,
            tr(
                "its description ({MANIFEST}) is damaged: wrong {listed}",
                MANIFEST=MANIFEST,
                listed=_listed(wrong),
            ),
        )
    return Manifest(
        fields["documents"],
        fields["annotations"],
        frozenset(fields["files"]),
        frozenset(fields.get("missing", [])),
    )


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _names(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# The database


def check_database(path: Path, manifest: Manifest, backup: Path) -> Contents:
    """The unpacked database, read without running anything it holds."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA trusted_schema = OFF")
            connection.execute("PRAGMA query_only = ON")
            _check_schema(connection, manifest, backup)
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise refuse(backup, tr("its database is damaged ({problem})", problem=problems[0]))
            if connection.execute("PRAGMA foreign_key_check").fetchone():
                raise refuse(backup, tr("its database is damaged (a broken link between its rows)"))
            return _contents(connection, manifest, backup)
    except sqlite3.DatabaseError as error:
        raise refuse(backup, tr("its database is damaged ({error})", error=error)) from error


def _check_schema(connection: sqlite3.Connection, manifest: Manifest, backup: Path) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise refuse(
            backup,
            tr(
                "its database was written by a newer version of reviewer (schema {version}, "
                "this program knows up to {LATEST_VERSION})",
                version=version,
                LATEST_VERSION=LATEST_VERSION,
            ),
            tr("update reviewer to restore it"),
        )
    if version < 1:
        raise refuse(
            backup,
            tr(
                "its database is empty, where its description counts {counted}",
                counted=_counted(manifest.documents, manifest.annotations),
            ),
        )
    differences = schema_differences(connection, version)
    if differences:
        raise refuse(backup, tr("its database was altered: {listed}", listed=_listed(differences)))


def _contents(connection: sqlite3.Connection, manifest: Manifest, backup: Path) -> Contents:
    documents = connection.execute("SELECT sha256, file_path, pdf_path FROM documents").fetchall()
    [(annotations,)] = connection.execute("SELECT count(*) FROM annotations")
    if (len(documents), annotations) != (manifest.documents, manifest.annotations):
        raise refuse(
            backup,
            tr(
                "its database holds {held}, its description counts {counted}",
                held=_counted(len(documents), annotations),
                counted=_counted(manifest.documents, manifest.annotations),
            ),
        )
    paths = {
        path for sha256, *stored in documents for path in stored if not _names_by(path, sha256)
    }
    if paths:
        raise refuse(
            backup,
            tr(
                "its database points outside its stored files ({listed})",
                listed=_listed(sorted(paths)),
            ),
        )
    return Contents(len(documents), annotations, frozenset(p for _sha, *s in documents for p in s))


def _names_by(path: object, sha256: object) -> bool:
    """A stored file's path is files/ab/<sha256>... or pdfs/ab/<sha256>... of its document."""
    match = STORED.fullmatch(path) if isinstance(path, str) else None
    return match is not None and match[3] == sha256


def check_files(
    members: dict[str, zipfile.ZipInfo], manifest: Manifest, contents: Contents, backup: Path
) -> None:
    """The stored files are those the database refers to, less those lost before the backup."""
    stored = {name for name in members if STORED.fullmatch(name)}
    unknown = sorted(stored - contents.files)
    if unknown:
        raise refuse(
            backup,
            tr("it holds files its database does not know ({listed})", listed=_listed(unknown)),
        )
    if stored != manifest.files:
        raise refuse(
            backup,
            tr("its files differ from those its description ({MANIFEST}) lists", MANIFEST=MANIFEST),
        )
    lost = sorted(contents.files - stored - manifest.missing)
    if lost:
        raise refuse(
            backup,
            trn(
                "it is incomplete ({n} file lost: {listed})",
                "it is incomplete ({n} files lost: {listed})",
                len(lost),
                listed=_listed(lost),
            ),
        )


def intact(path: Path, name: str) -> bool:
    """Whether the library's stored file `name` is there and, for an original, still
    holds the content it is named by (a backup of a damaged one could not be restored)."""
    match = STORED.fullmatch(name)
    if not path.is_file():
        return False
    return match is None or match[1] != "files" or sha256_of(path) == match[3]


class Fingerprint:
    """The SHA-256 of a stored original, computed as it is unpacked, against its name."""

    def __init__(self, name: str) -> None:
        match = STORED.fullmatch(name)
        # Only originals are named by their own content; a made PDF by its original's.
        self.expected = match[3] if match and match[1] == "files" else None
        self.digest = hashlib.sha256()
        self.size = 0

    def update(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.expected:
            self.digest.update(chunk)

    def check(self, info: zipfile.ZipInfo, backup: Path) -> None:
        if self.size != info.file_size:
            raise refuse(
                backup,
                tr(
                    "{filename} is damaged: it holds {size} bytes, where the archive "
                    "declares {file_size}",
                    filename=info.filename,
                    size=self.size,
                    file_size=info.file_size,
                ),
            )
        if self.expected and self.digest.hexdigest() != self.expected:
            raise refuse(
                backup,
                tr(
                    "{filename} is damaged or altered (its content does not match its name)",
                    filename=info.filename,
                ),
            )
