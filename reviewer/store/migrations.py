"""Numbered schema migrations. The schema version is stored in PRAGMA user_version.

Each migration runs in one transaction together with the version bump, so a
kill mid-upgrade leaves the previous version intact. Append new migrations;
never edit a released one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr

Migration = Callable[[sqlite_utils.Database], None]


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            source TEXT NOT NULL,
            file_path TEXT NOT NULL,
            pdf_path TEXT NOT NULL,
            page_count INTEGER NOT NULL,
            size_bytes INTEGER NOT NULL,
            metadata TEXT NOT NULL DEFAULT '{}',
            has_text INTEGER NOT NULL DEFAULT 1,
            added TEXT NOT NULL,
            updated TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE pages (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            width REAL NOT NULL,
            height REAL NOT NULL,
            PRIMARY KEY (document_id, number)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            page INTEGER NOT NULL,
            rects TEXT NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            color TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT
        )"""
    )
    db.execute("CREATE INDEX annotations_by_document ON annotations(document_id, page, start)")
    db.execute(
        """CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL,
            created TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE annotation_tags (
            annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id)")


def _v2_index_queue(db: sqlite_utils.Database) -> None:
    """What the search index still lacks, written in the same transaction as the change."""
    db.execute(
        """CREATE TABLE index_pending (
            key TEXT PRIMARY KEY,
            queued TEXT NOT NULL
        ) WITHOUT ROWID"""
    )
    # Libraries of version 1 had no queue: everything must be indexed again.
    db.execute("INSERT INTO index_pending SELECT 'doc:' || id, datetime('now') FROM documents")
    db.execute("INSERT INTO index_pending SELECT 'ann:' || id, datetime('now') FROM annotations")


def _v3_removal_and_notes(db: sqlite_utils.Database) -> None:
    """Removed documents keep their annotations until compaction; notes on pages and documents."""
    db.execute("ALTER TABLE documents ADD COLUMN removed TEXT")
    # passage: a highlight; page / document: a note on a whole page or on the document.
    db.execute("ALTER TABLE annotations ADD COLUMN target TEXT NOT NULL DEFAULT 'passage'")


def _v4_detection(db: sqlite_utils.Database) -> None:
    """Detected kind and metadata, and which fields the user edited (never re-detected)."""
    db.execute("ALTER TABLE documents ADD COLUMN kind_confidence REAL NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE documents ADD COLUMN user_fields TEXT NOT NULL DEFAULT '[]'")
    # NULL: never detected; the library detects those documents when it opens.
    db.execute("ALTER TABLE documents ADD COLUMN detected TEXT")


def _v5_versions(db: sqlite_utils.Database) -> None:
    """Versions of a text, and where each carried annotation came from."""
    # No foreign key: compacting a removed version re-links its successors instead.
    db.execute("ALTER TABLE documents ADD COLUMN version_of INTEGER")
    db.execute("ALTER TABLE documents ADD COLUMN version_label TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE annotations ADD COLUMN carried_from TEXT")
    db.execute("ALTER TABLE annotations ADD COLUMN carry_status TEXT")
    db.execute("ALTER TABLE annotations ADD COLUMN carry_review TEXT")
    db.execute("ALTER TABLE annotations ADD COLUMN previous_quote TEXT")
    db.execute("CREATE INDEX annotations_by_source ON annotations(carried_from)")
    db.execute("CREATE INDEX documents_by_previous ON documents(version_of)")


def _v6_drafts(db: sqlite_utils.Database) -> None:
    """Drafted amendments: each is a document of its own (its PDF, pages, annotations) and a
    row here with what re-drafts it: the bill, the request, and the passage it is anchored on."""
    # No foreign keys: compaction deletes a removed draft's row itself, and a bill removed
    # for good leaves its drafts (user data) standing.
    db.execute(
        """CREATE TABLE drafts (
            document_id INTEGER PRIMARY KEY,
            bill_id INTEGER NOT NULL,
            key TEXT NOT NULL UNIQUE,
            request TEXT NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            quote_start INTEGER NOT NULL DEFAULT 0,
            quote_end INTEGER NOT NULL DEFAULT 0,
            heading TEXT NOT NULL,
            dispositif TEXT NOT NULL,
            expose_title TEXT NOT NULL,
            expose TEXT NOT NULL DEFAULT '',
            style TEXT NOT NULL,
            signatories TEXT NOT NULL DEFAULT '[]',
            warnings TEXT NOT NULL DEFAULT '[]',
            review TEXT,
            carried_from INTEGER,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX drafts_by_bill ON drafts(bill_id)")


def _v7_positions(db: sqlite_utils.Database) -> None:
    """The MP's position on each amendment, and the library's own settings (the labels of
    positions belong to the library, shared by the office that uses it)."""
    # No foreign key, as drafts: compaction deletes a removed document's position itself.
    # A cleared position stays as a row with an empty label, so that a clear travels in a
    # merge of W3C files as a deleted annotation does.
    db.execute(
        """CREATE TABLE positions (
            document_id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            argument TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE library_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID"""
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_initial,
    _v2_index_queue,
    _v3_removal_and_notes,
    _v4_detection,
    _v5_versions,
    _v6_drafts,
    _v7_positions,
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def pending_migrations(db: sqlite_utils.Database) -> int:
    """How many migrations an upgrade would apply; refuse a database from a newer build."""
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise LibraryError(
            tr(
                "this library was written by a newer version of reviewer (schema {version}, "
                "this program knows up to {LATEST_VERSION}): update reviewer to open it",
                version=version,
                LATEST_VERSION=LATEST_VERSION,
            )
        )
    return LATEST_VERSION - version


def migrate(db: sqlite_utils.Database, *, target: int = LATEST_VERSION) -> int:
    """Apply the migrations up to `target`; return the version reached."""
    pending_migrations(db)
    version = schema_version(db)
    for number in range(version + 1, target + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return schema_version(db)


def schema_differences(connection: sqlite3.Connection, version: int) -> list[str]:
    """How a database's schema differs, object by object, from the one these migrations
    make at `version`: a trigger, a view, a table or an index they never write is refused,
    since SQLite would run it on our data (a trigger rewrote every note in an audit)."""
    reference = sqlite_utils.Database(memory=True)
    migrate(reference, target=version)
    ours, theirs = _schema(reference.conn), _schema(connection)
    extra = [
        tr("{kind} “{name}” is not one reviewer makes", kind=kind, name=name)
        for kind, name in theirs.keys() - ours.keys()
    ]
    lacking = [
        tr("{kind} “{name}” is missing", kind=kind, name=name)
        for kind, name in ours.keys() - theirs.keys()
    ]
    changed = [
        tr("{kind} “{name}” is not defined as reviewer defines it", kind=kind, name=name)
        for kind, name in ours.keys() & theirs.keys()
        if ours[kind, name] != theirs[kind, name]
    ]
    return sorted(extra) + sorted(lacking) + sorted(changed)


def _schema(connection: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str | None]]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    return {(kind, name): (table, sql) for kind, name, table, sql in rows}
