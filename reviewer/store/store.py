"""The library database: documents, pages, annotations, tags, and the index queue.

One connection, used by one thread at a time (the facade serialises calls).
Every method that writes is meant to run inside `transaction()`, so that one
user action is one SQLite transaction.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import sqlite_utils

from reviewer.core.amendments import Position
from reviewer.core.errors import LibraryError, NotFound, database_failure
from reviewer.core.i18n import tr
from reviewer.core.kinds import POSITIONED_KINDS
from reviewer.core.records import Annotation, Document, Page, Tag
from reviewer.store.migrations import migrate, pending_migrations, schema_version
from reviewer.store.rows import (
    annotation_from_row,
    annotation_to_row,
    document_from_row,
)

_POSITIONED = ", ".join("'{}'".format(kind.replace("'", "''")) for kind in POSITIONED_KINDS)
DOCUMENTS_WITH_COUNTS = f"""
SELECT d.*, (SELECT count(*) FROM annotations a
             WHERE a.document_id = d.id AND a.deleted IS NULL) AS annotation_count,
       CASE WHEN d.kind IN ({_POSITIONED}) THEN coalesce(p.label, '') END AS position
FROM documents d LEFT JOIN positions p ON p.document_id = d.id
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _stamp() -> str:
    """Unique per change, so a key changed again while being indexed is not cleared."""
    return f"{now()} {uuid.uuid4().hex[:12]}"


def _write_failure(path: Path, error: sqlite3.OperationalError) -> LibraryError | None:
    """Why the database could not be written, in plain words; None for other errors."""
    name = getattr(error, "sqlite_errorname", "")
    where = tr("the library database {path}", path=path)
    if name == "SQLITE_FULL":
        why = tr("the disk is full; free some space")
    elif name.startswith("SQLITE_READONLY"):
        why = tr("it is read-only; make the library folder and its files writable")
    elif name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        why = tr("the disk reported an error ({error}); check the disk", error=error)
    else:
        return None
    return LibraryError(
        tr(
            "{where} could not be written: {why}, then try again. "
            "The last change may not be saved; everything saved before is safe.",
            where=where,
            why=why,
        )
    )


@dataclass(frozen=True)
class PendingKey:
    key: str
    queued: str


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            connection = sqlite3.connect(path, check_same_thread=False, timeout=10)
            self.db = sqlite_utils.Database(connection)
            self._configure()
            self._upgrade()
        except sqlite3.DatabaseError as error:
            raise database_failure(path, error) from error

    def _configure(self) -> None:
        self.db.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed annotation survives even a power cut, not only a kill.
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.execute("PRAGMA foreign_keys = ON")

    def _upgrade(self) -> None:
        if not pending_migrations(self.db):
            return
        if schema_version(self.db) > 0:
            self._backup_before_upgrade()
        migrate(self.db)

    def _backup_before_upgrade(self) -> None:
        backups = self.path.parent / "backups"
        backups.mkdir(mode=0o700, exist_ok=True)
        self.backup_to(backups / f"library-v{schema_version(self.db)}-{now().replace(':', '')}.db")

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic change; a full disk or a read-only file becomes a LibraryError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as error:
            failure = _write_failure(self.path, error)
            if failure is None:
                raise
            raise failure from error

    # Plain SQL for rows: sqlite-utils' table helpers and `query` cost about twenty
    # statements of introspection and savepoints per action.

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row; its rowid."""
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        cursor = self.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return cast(int, cursor.lastrowid)  # Set by every INSERT.

    def _upsert(self, table: str, values: dict[str, Any], *, key: str = "id") -> None:
        """Insert a row, or update every given column of the row with the same key."""
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        updates = ", ".join(f"{name} = excluded.{name}" for name in values if name != key)
        self.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})"
            f" ON CONFLICT({key}) DO UPDATE SET {updates}",
            list(values.values()),
        )

    # Documents

    def add_document(self, row: dict[str, Any], pages: Iterable[Page]) -> int:
        stamp = now()
        values = {
            **row,
            "metadata": json.dumps(row.get("metadata", {})),
            "added": stamp,
            "updated": stamp,
        }
        document_id = self._insert("documents", values)
        self.db.conn.executemany(
            "INSERT INTO pages (document_id, number, text, width, height) VALUES (?, ?, ?, ?, ?)",
            [(document_id, p.number, p.text, p.width, p.height) for p in pages],
        )
        self.queue_index(f"doc:{document_id}")
        return document_id

    def set_detection(self, document_id: int, detection: dict[str, Any]) -> None:
        """Store detected kind, confidence and metadata, keeping the fields the user edited."""
        document = self.document(document_id)
        if document is None:
            return
        edited = set(document.user_fields)
        metadata = {k: v for k, v in detection["metadata"].items() if k not in edited}
        metadata.update({k: v for k, v in document.metadata.items() if k in edited})
        kind = document.kind if "kind" in edited else detection["kind"]
        self.db.execute(
            "UPDATE documents SET kind = ?, kind_confidence = ?, metadata = ?, detected = ?"
            " WHERE id = ?",
            [
                kind,
                detection["confidence"],
                json.dumps(metadata, ensure_ascii=False),
                now(),
                document_id,
            ],
        )
        self.queue_index(f"doc:{document_id}")

    def edit_document(self, document_id: int, fields: dict[str, Any]) -> None:
        """The user's edits of title, kind or metadata fields; `None` removes a field."""
        document = self.document(document_id)
        if document is None:
            raise NotFound(tr("no document with id {document_id}", document_id=document_id))
        metadata = dict(document.metadata)
        columns = {"title": document.title, "kind": document.kind}
        for name, value in fields.items():
            if name in columns:
                columns[name] = value
            elif value is None:
                metadata.pop(name, None)
            else:
                metadata[name] = value
        edited = sorted(set(document.user_fields) | set(fields))
        self.db.execute(
            "UPDATE documents SET title = ?, kind = ?, metadata = ?, user_fields = ?, updated = ?"
            " WHERE id = ?",
            [
                columns["title"],
                columns["kind"],
                json.dumps(metadata, ensure_ascii=False),
                json.dumps(edited),
                now(),
                document_id,
            ],
        )
        self.queue_index(f"doc:{document_id}")

    def set_version(self, document_id: int, previous: int | None, label: str) -> None:
        """Link a document to the version it follows (None: unlink), with its label."""
        self.db.execute(
            "UPDATE documents SET version_of = ?, version_label = ?, updated = ? WHERE id = ?",
            [previous, label, now(), document_id],
        )

    def carried_sources(self, document_id: int) -> set[str]:
        """The annotations already carried into a document, dismissed ones included."""
        rows = self.db.execute(
            "SELECT carried_from FROM annotations WHERE document_id = ? AND carried_from"
            " IS NOT NULL",
            [document_id],
        )
        return {row[0] for row in rows}

    def undetected_documents(self) -> list[int]:
        return [
            row[0] for row in self.db.execute("SELECT id FROM documents WHERE detected IS NULL")
        ]

    def documents_by_metadata(self, key: str, kind: str) -> dict[str, int]:
        """The documents of a kind by the value of one metadata field (amendments by their
        identity), removed ones included: a re-import restores nothing by itself."""
        rows = self.db.execute(
            "SELECT json_extract(metadata, '$.' || ?), id FROM documents WHERE kind = ?"
            " AND json_extract(metadata, '$.' || ?) IS NOT NULL",
            [key, kind, key],
        )
        return {str(row[0]): row[1] for row in rows}

    def restate_document(self, document_id: int, title: str, detection: dict[str, Any]) -> None:
        """What a newer source states of a document: its title (unless the user edited it),
        kind and metadata (see set_detection)."""
        self.db.execute(
            "UPDATE documents SET title = CASE WHEN user_fields LIKE '%\"title\"%' THEN title"
            " ELSE ? END, updated = ? WHERE id = ?",
            [title, now(), document_id],
        )
        self.set_detection(document_id, detection)

    def document_id_by_sha(self, sha256: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def documents(self, *, include_removed: bool = False) -> list[Document]:
        where = "" if include_removed else " WHERE d.removed IS NULL"
        rows = self._rows(DOCUMENTS_WITH_COUNTS + where + " ORDER BY d.title COLLATE NOCASE, d.id")
        return [document_from_row(row) for row in rows]

    def document(self, document_id: int) -> Document | None:
        rows = self._rows(DOCUMENTS_WITH_COUNTS + " WHERE d.id = ?", [document_id])
        return document_from_row(rows[0]) if rows else None

    def remove_document(self, document_id: int) -> None:
        """Hide a document; its annotations stay (as if deleted) until `compact`."""
        self.db.execute(
            "UPDATE documents SET removed = ?, updated = ? WHERE id = ?",
            [now(), now(), document_id],
        )
        self.queue_index(f"doc:{document_id}")

    def restore_document(self, document_id: int) -> None:
        self.db.execute(
            "UPDATE documents SET removed = NULL, updated = ? WHERE id = ?", [now(), document_id]
        )
        self.queue_index(f"doc:{document_id}")
        for row in self.db.execute(
            "SELECT id FROM annotations WHERE document_id = ?", [document_id]
        ):
            self.queue_index(f"ann:{row[0]}")

    def compact(self) -> tuple[list[str], int]:
        """Forget removed documents and deleted annotations for good.

        Returns the stored files no document uses any more, and how many annotations went.
        """
        removed = self._rows(
            "SELECT id, file_path, pdf_path FROM documents WHERE removed IS NOT NULL"
        )
        ids = [row["id"] for row in removed]
        marks = ",".join("?" * len(ids))
        gone = self.db.execute(
            f"DELETE FROM annotations WHERE deleted IS NOT NULL OR document_id IN ({marks})", ids
        ).rowcount
        # A lineage survives the removal of its versions: skip over them, one step a pass.
        while self.db.execute(
            "UPDATE documents SET version_of = (SELECT r.version_of FROM documents r"
            f" WHERE r.id = documents.version_of) WHERE version_of IN ({marks})",
            ids,
        ).rowcount:
            pass
        self.db.execute(f"DELETE FROM drafts WHERE document_id IN ({marks})", ids)
        self.db.execute(f"DELETE FROM positions WHERE document_id IN ({marks})", ids)
        self.db.execute(f"DELETE FROM documents WHERE id IN ({marks})", ids)
        self.db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)")
        files = [row[key] for row in removed for key in ("file_path", "pdf_path")]
        return sorted(set(files)), gone

    def replace_content(self, document_id: int, row: dict[str, Any], pages: Iterable[Page]) -> None:
        """A new file for the same document (a draft saved again): its row's file columns
        and its pages; its annotations, tags and id stay."""
        columns = ", ".join(f"{name} = ?" for name in row)
        self.db.execute(
            f"UPDATE documents SET {columns}, updated = ? WHERE id = ?",
            [*row.values(), now(), document_id],
        )
        self.db.execute("DELETE FROM pages WHERE document_id = ?", [document_id])
        self.db.conn.executemany(
            "INSERT INTO pages (document_id, number, text, width, height) VALUES (?, ?, ?, ?, ?)",
            [(document_id, p.number, p.text, p.width, p.height) for p in pages],
        )
        self.queue_index(f"doc:{document_id}")

    # Drafts: one row per draft document; JSON columns stay JSON for the library to read.

    def save_draft(self, row: dict[str, Any]) -> None:
        stamp = now()
        existing = self.draft_row(row["document_id"])
        created = existing["created"] if existing else stamp
        self._upsert("drafts", {**row, "created": created, "updated": stamp}, key="document_id")

    def draft_row(self, document_id: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM drafts WHERE document_id = ?", [document_id])
        return rows[0] if rows else None

    def draft_by_key(self, key: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM drafts WHERE key = ?", [key])
        return rows[0] if rows else None

    def draft_rows(self, bill_id: int) -> list[dict[str, Any]]:
        """The drafts on a bill that are still in the library, oldest first."""
        return self._rows(
            "SELECT r.* FROM drafts r JOIN documents d ON d.id = r.document_id"
            " WHERE r.bill_id = ? AND d.removed IS NULL ORDER BY r.created, r.document_id",
            [bill_id],
        )

    def documents_of_kinds(self, kinds: Sequence[str]) -> list[Document]:
        marks = ", ".join("?" for _ in kinds)
        rows = self._rows(
            DOCUMENTS_WITH_COUNTS + f" WHERE d.removed IS NULL AND d.kind IN ({marks})"
            " ORDER BY d.id",
            list(kinds),
        )
        return [document_from_row(row) for row in rows]

    def amendment_rows(
        self,
        kinds: Sequence[str],
        *,
        marker: str,
        bound: str,
        summary: str,
        bill: tuple[int, Sequence[str]] | None = None,
    ) -> list[dict[str, Any]]:
        """The documents of `kinds` (amendments, drafts) in one read: id, title, metadata,
        what their drafts row says (`draft_*`), the MP's position given (`position`,
        `argument`; None when there is none), and the text after `marker` on the first page
        holding it (`dispositif`: a draft's own; none when the metadata field `summary` sums
        it up already, for reading pages is most of the time). `bill` keeps those bound to
        a bill: (its id, the text references it answers to when the metadata field `bound`
        names no bill)."""
        marks = ", ".join("?" for _ in kinds)
        where, params = f"d.removed IS NULL AND d.kind IN ({marks})", list(kinds)
        if bill is not None:
            bill_id, references = bill
            named = ", ".join("?" for _ in references) or "NULL"
            where += (
                " AND (r.bill_id = ? OR json_extract(d.metadata, ?) = ?"
                " OR (json_extract(d.metadata, ?) IS NULL"
                f" AND json_extract(d.metadata, '$.text_ref') IN ({named})))"
            )
            params += [bill_id, f"$.{bound}", bill_id, f"$.{bound}", *references]
        return self._rows(
            "SELECT d.id, d.kind, d.title, d.metadata, r.bill_id AS draft_bill,"
            " g.label AS position, g.argument AS argument,"
            " r.request AS draft_request, r.heading AS draft_heading,"
            " r.signatories AS draft_signatories, coalesce(r.dispositif,"
            "  CASE WHEN json_extract(d.metadata, ?) IS NULL THEN"
            "  (SELECT substr(p.text, instr(p.text, ?) + length(?), 600) FROM pages p"
            "   WHERE p.document_id = d.id AND instr(p.text, ?) > 0 ORDER BY p.number LIMIT 1)"
            "  END) AS dispositif"
            " FROM documents d LEFT JOIN drafts r ON r.document_id = d.id"
            " LEFT JOIN positions g ON g.document_id = d.id AND g.label != ''"
            f" WHERE {where}"
            " ORDER BY d.id",
            [f"$.{summary}", marker, marker, marker, *params],
        )

    def bind_documents(self, document_ids: Sequence[int], key: str, value: int | None) -> None:
        """Set (None: remove) one metadata field of documents as the user's: re-detection
        and re-imports keep it (see set_detection)."""
        marks = ", ".join("?" for _ in document_ids)
        rows = self._rows(
            f"SELECT id, metadata, user_fields FROM documents WHERE id IN ({marks})",
            list(document_ids),
        )
        changes = []
        for row in rows:
            metadata, edited = json.loads(row["metadata"]), set(json.loads(row["user_fields"]))
            if value is None:
                metadata.pop(key, None)
                edited.discard(key)
            else:
                metadata[key] = value
                edited.add(key)
            changes.append((json.dumps(metadata, ensure_ascii=False), json.dumps(sorted(edited)),
                            now(), row["id"]))  # fmt: skip
        self.db.conn.executemany(
            "UPDATE documents SET metadata = ?, user_fields = ?, updated = ? WHERE id = ?", changes
        )
        for row in rows:
            self.queue_index(f"doc:{row['id']}")

    def pages(self, document_id: int) -> list[Page]:
        rows = self._rows(
            "SELECT * FROM pages WHERE document_id = ? ORDER BY number", [document_id]
        )
        return [Page(**row) for row in rows]

    def replace_page_texts(
        self, document_id: int, pages: Iterable[Page], *, pdf_path: str, has_text: bool
    ) -> None:
        """New page texts from a new PDF of the same document (after OCR)."""
        self.db.conn.executemany(
            "UPDATE pages SET text = ? WHERE document_id = ? AND number = ?",
            [(page.text, document_id, page.number) for page in pages],
        )
        self.db.execute(
            "UPDATE documents SET pdf_path = ?, has_text = ?, updated = ? WHERE id = ?",
            [pdf_path, has_text, now(), document_id],
        )
        self.queue_index(f"doc:{document_id}")

    def replace_pages(
        self,
        document_id: int,
        pages: Iterable[Page],
        *,
        sha256: str,
        pdf_path: str,
        size_bytes: int,
    ) -> None:
        """A new PDF of a document that has no annotation (nothing is anchored on its pages),
        also its stored file: its hash and pages, however many, replace the old ones."""
        pages = list(pages)
        self.db.execute("DELETE FROM pages WHERE document_id = ?", [document_id])
        self.db.conn.executemany(
            "INSERT INTO pages (document_id, number, text, width, height) VALUES (?, ?, ?, ?, ?)",
            [(document_id, p.number, p.text, p.width, p.height) for p in pages],
        )
        self.db.execute(
            "UPDATE documents SET sha256 = ?, pdf_path = ?, file_path = ?, page_count = ?,"
            " size_bytes = ?, has_text = ?, updated = ? WHERE id = ?",
            [sha256, pdf_path, pdf_path, len(pages), size_bytes,
             any(p.text.strip() for p in pages), now(), document_id],
        )  # fmt: skip
        self.queue_index(f"doc:{document_id}")

    def page_lengths(self, document_id: int) -> list[int]:
        """Characters per page (SQLite counts characters, as Python does)."""
        return [
            row[0]
            for row in self.db.execute(
                "SELECT length(text) FROM pages WHERE document_id = ? ORDER BY number",
                [document_id],
            )
        ]

    def page(self, document_id: int, number: int) -> Page | None:
        rows = self._rows(
            "SELECT * FROM pages WHERE document_id = ? AND number = ?", [document_id, number]
        )
        return Page(**rows[0]) if rows else None

    # Annotations

    def save_annotation(self, annotation: Annotation) -> None:
        """Insert or replace the annotation and its tags."""
        self._upsert("annotations", annotation_to_row(annotation))
        self._set_tags(annotation.id, annotation.tags)
        self.queue_index(f"ann:{annotation.id}")

    def annotation(self, annotation_id: str) -> Annotation | None:
        rows = self._rows("SELECT * FROM annotations WHERE id = ?", [annotation_id])
        return self._with_tags(rows)[0] if rows else None

    def annotations(
        self,
        *,
        document_id: int | None = None,
        tag: str | None = None,
        include_deleted: bool = False,
    ) -> list[Annotation]:
        clauses, params = [], []
        if document_id is not None:
            clauses.append("document_id = ?")
            params.append(document_id)
        if tag is not None:
            clauses.append(
                "id IN (SELECT annotation_id FROM annotation_tags JOIN tags ON tags.id = tag_id"
                " WHERE tags.name = ? COLLATE NOCASE)"
            )
            params.append(tag)
        if not include_deleted:
            clauses.append("deleted IS NULL")
            clauses.append(
                "document_id NOT IN (SELECT id FROM documents WHERE removed IS NOT NULL)"
            )
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._rows(
            f"SELECT * FROM annotations {where} ORDER BY document_id, page, start, created", params
        )
        return self._with_tags(rows)

    def _with_tags(self, rows: list[dict[str, Any]]) -> list[Annotation]:
        tags = self._tags_of([row["id"] for row in rows])
        return [annotation_from_row(row, tags.get(row["id"], ())) for row in rows]

    def _tags_of(self, annotation_ids: list[str]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for start in range(0, len(annotation_ids), 500):
            chunk = annotation_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for annotation_id, name in self.db.execute(
                "SELECT annotation_id, tags.name FROM annotation_tags JOIN tags ON tags.id = tag_id"
                f" WHERE annotation_id IN ({marks}) ORDER BY tags.name COLLATE NOCASE",
                chunk,
            ):
                found.setdefault(annotation_id, []).append(name)
        return {key: tuple(names) for key, names in found.items()}

    # Tags

    def _set_tags(self, annotation_id: str, names: tuple[str, ...]) -> None:
        self.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
        for name in names:
            tag_id = self.ensure_tag(name)
            self.db.execute(
                "INSERT OR IGNORE INTO annotation_tags VALUES (?, ?)", [annotation_id, tag_id]
            )

    def ensure_tag(self, name: str, *, color: str = "#9e9e9e") -> int:
        """The tag's id, created (with `color`) if it does not exist."""
        row = self.db.execute(
            "SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        if row:
            return row[0]
        return self._insert("tags", {"name": name, "color": color, "created": now()})

    def rename_tag(self, name: str, new_name: str) -> list[str]:
        """Rename a tag (merging into `new_name` if it exists); return the annotations touched."""
        source = self._tag_id(name)
        target = self.db.execute(
            "SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [new_name]
        ).fetchone()
        if target and target[0] != source:
            return self.merge_tags([name], new_name)
        self.db.execute("UPDATE tags SET name = ? WHERE id = ?", [new_name, source])
        return self._requeue_tagged(source)

    def recolor_tag(self, name: str, color: str) -> None:
        self.db.execute("UPDATE tags SET color = ? WHERE id = ?", [color, self._tag_id(name)])

    def merge_tags(self, names: Iterable[str], into: str) -> list[str]:
        """Move every annotation of the `names` tags to `into`, then drop those tags."""
        target = self.ensure_tag(into)
        touched: list[str] = []
        for name in names:
            source = self._tag_id(name)
            if source == target:
                continue
            touched += self._requeue_tagged(source)
            self.db.execute(
                "INSERT OR IGNORE INTO annotation_tags SELECT annotation_id, ? "
                "FROM annotation_tags WHERE tag_id = ?",
                [target, source],
            )
            self.db.execute("DELETE FROM tags WHERE id = ?", [source])
        return touched

    def delete_tag(self, name: str) -> list[str]:
        tag_id = self._tag_id(name)
        touched = self._requeue_tagged(tag_id)
        self.db.execute("DELETE FROM tags WHERE id = ?", [tag_id])
        return touched

    def _tag_id(self, name: str) -> int:
        row = self.db.execute(
            "SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        if row is None:
            raise NotFound(tr("no tag named “{name}”", name=name))
        return row[0]

    def _requeue_tagged(self, tag_id: int) -> list[str]:
        ids = [
            row[0]
            for row in self.db.execute(
                "SELECT annotation_id FROM annotation_tags WHERE tag_id = ?", [tag_id]
            )
        ]
        for annotation_id in ids:
            self.queue_index(f"ann:{annotation_id}")
            self.db.execute(
                "UPDATE annotations SET updated = ? WHERE id = ?", [now(), annotation_id]
            )
        return ids

    def tags(self) -> list[Tag]:
        rows = self._rows(
            """SELECT t.name, t.color, count(a.id) AS count FROM tags t
               LEFT JOIN annotation_tags l ON l.tag_id = t.id
               LEFT JOIN annotations a ON a.id = l.annotation_id AND a.deleted IS NULL
               GROUP BY t.id ORDER BY t.name COLLATE NOCASE"""
        )
        return [Tag(**row) for row in rows]

    # Positions on amendments: a cleared one stays, its label empty (see migration 7)

    def save_position(self, position: Position) -> None:
        """Insert or replace a document's position; its pages are indexed again (`position:`)."""
        self._upsert(
            "positions",
            {
                "document_id": position.document_id,
                "label": position.label,
                "argument": position.argument,
                "modified": position.modified,
            },
            key="document_id",
        )
        self.queue_index(f"doc:{position.document_id}")

    def positions(
        self, document_ids: Sequence[int] | None = None, *, include_cleared: bool = False
    ) -> list[Position]:
        """The positions of these documents (all if None), cleared ones only if asked."""
        # Rows as tuples, straight into records: 3,000 positions are read in a few ms.
        select = "SELECT document_id, label, argument, modified FROM positions WHERE "
        live = "1" if include_cleared else "label != ''"
        if document_ids is None:
            return [Position(*row) for row in self.db.execute(select + live)]
        found: list[Position] = []
        for start in range(0, len(document_ids), 5000):  # SQLite's limit on parameters
            chunk = document_ids[start : start + 5000]
            marks = ",".join("?" * len(chunk))
            cursor = self.db.execute(f"{select}{live} AND document_id IN ({marks})", chunk)
            found += [Position(*row) for row in cursor]
        return found

    # The library's settings (JSON values), such as its labels of positions

    def library_setting(self, key: str) -> Any:
        """The setting's value, or None when the library never set it."""
        row = self.db.execute("SELECT value FROM library_settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else None

    def set_library_setting(self, key: str, value: Any) -> None:
        self._upsert(
            "library_settings",
            {"key": key, "value": json.dumps(value, ensure_ascii=False)},
            key="key",
        )

    # Index queue: what the search index still lacks

    def queue_index(self, key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO index_pending VALUES (?, ?)", [key, _stamp()])

    def pending_index(self, *, limit: int = -1) -> list[PendingKey]:
        """What the index lacks, each key with the stamp of its latest change."""
        rows = self.db.execute(
            "SELECT key, queued FROM index_pending ORDER BY key LIMIT ?", [limit]
        )
        return [PendingKey(key, queued) for key, queued in rows]

    def pending_index_keys(self) -> list[str]:
        return [pending.key for pending in self.pending_index()]

    def clear_index_keys(self, done: Iterable[PendingKey]) -> None:
        """Forget keys the index has taken, unless they changed again meanwhile."""
        with self.transaction():
            self.db.conn.executemany(
                "DELETE FROM index_pending WHERE key = ? AND queued = ?",
                [(pending.key, pending.queued) for pending in done],
            )

    def queue_everything(self) -> None:
        with self.transaction():
            for table, prefix in (("documents", "doc"), ("annotations", "ann")):
                self.db.execute(
                    f"INSERT OR REPLACE INTO index_pending SELECT '{prefix}:' || id, ? "
                    f"FROM {table}",
                    [_stamp()],
                )

    def expected_index_keys(self) -> set[str]:
        """The keys the search index must hold, as the search floor names them."""
        live = "(SELECT id FROM documents WHERE removed IS NULL)"
        keys = {
            f"p:{document_id}:{number}"
            for document_id, number in self.db.execute(
                f"SELECT document_id, number FROM pages WHERE document_id IN {live}"
            )
        }
        keys.update(
            f"a:{row[0]}"
            for row in self.db.execute(
                f"SELECT id FROM annotations WHERE deleted IS NULL AND document_id IN {live}"
            )
        )
        return keys

    # Health

    def integrity_problems(self) -> list[str]:
        result = [row[0] for row in self.db.execute("PRAGMA integrity_check")]
        problems = [] if result == ["ok"] else result
        problems += [
            tr("foreign key broken in {table} (row {row})", table=row[0], row=row[1])
            for row in self.db.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def backup_to(self, target: Path) -> None:
        """A consistent copy, even while the library is in use (SQLite's online backup)."""
        with sqlite3.connect(target) as copy:
            self.db.conn.backup(copy)
