"""Schema migrations: from nothing, from version 1, and refusing a newer database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from reviewer.core.errors import LibraryError
from reviewer.store import Store
from reviewer.store.migrations import LATEST_VERSION, migrate, schema_version


def test_new_library_gets_every_table_and_the_latest_version(tmp_path: Path):
    store = Store(tmp_path / "library.db")
    assert schema_version(store.db) == LATEST_VERSION
    assert {"documents", "pages", "annotations", "tags", "annotation_tags", "index_pending"} <= set(
        store.db.table_names()
    )
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_upgrade_from_version_1_keeps_data_queues_it_for_indexing_and_backs_up(tmp_path: Path):
    path = tmp_path / "library.db"
    old = sqlite_utils.Database(path)
    migrate(old, target=1)
    old.execute(
        "INSERT INTO documents (sha256, title, source, file_path, pdf_path, page_count,"
        " size_bytes, added, updated) VALUES ('abc', 'Projet de loi', '/x.pdf', 'f', 'p', 1, 10,"
        " '2026-01-01', '2026-01-01')"
    )
    old.execute("INSERT INTO pages VALUES (1, 1, 'Article premier', 595, 842)")
    old.conn.commit()
    old.conn.close()

    store = Store(path)

    assert schema_version(store.db) == LATEST_VERSION
    assert [d.title for d in store.documents()] == ["Projet de loi"]
    assert store.pending_index_keys() == ["doc:1"]
    backups = list((tmp_path / "backups").glob("library-v1-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    store.close()


def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path: Path, monkeypatch):
    db = sqlite_utils.Database(tmp_path / "library.db")
    migrate(db, target=1)

    def broken(database: sqlite_utils.Database) -> None:
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk on fire")

    from reviewer.store import migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError):
        migrations.migrate(db, target=2)
    assert schema_version(db) == 1
    assert "half_done" not in db.table_names()


def test_a_library_from_a_newer_program_is_refused(tmp_path: Path):
    path = tmp_path / "library.db"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(LibraryError, match="newer version"):
        Store(path)


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path):
    path = tmp_path / "library.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="cannot be used"):
        Store(path)


def test_upgrade_from_version_4_leaves_documents_unlinked_and_annotations_uncarried(
    tmp_path: Path,
):
    path = tmp_path / "library.db"
    old = sqlite_utils.Database(path)
    migrate(old, target=4)
    old.execute(
        "INSERT INTO documents (sha256, title, source, file_path, pdf_path, page_count,"
        " size_bytes, added, updated) VALUES ('abc', 'Texte de la commission', '/x.pdf', 'f',"
        " 'p', 1, 10, '2026-01-01', '2026-01-01')"
    )
    old.execute(
        'INSERT INTO annotations (id, document_id, page, rects, quote, start, "end", color,'
        " created, updated) VALUES ('a1', 1, 1, '[]', 'Article premier', 0, 15, '#ffd54f',"
        " '2026-01-01', '2026-01-01')"
    )
    old.conn.commit()
    old.conn.close()

    store = Store(path)

    [document] = store.documents()
    assert (document.version_of, document.version_label) == (None, "")
    assert store.annotation("a1").carry is None
    assert store.carried_sources(1) == set()
    store.close()


def test_upgrade_from_version_5_adds_an_empty_drafts_table_and_keeps_documents(tmp_path: Path):
    path = tmp_path / "library.db"
    old = sqlite_utils.Database(path)
    migrate(old, target=5)
    old.execute(
        "INSERT INTO documents (sha256, title, source, file_path, pdf_path, page_count,"
        " size_bytes, added, updated) VALUES ('abc', 'Projet de loi', '/x.pdf', 'f', 'p', 1, 10,"
        " '2026-01-01', '2026-01-01')"
    )
    old.conn.commit()
    old.conn.close()

    store = Store(path)

    assert schema_version(store.db) == LATEST_VERSION
    assert [d.title for d in store.documents()] == ["Projet de loi"]
    assert store.draft_rows(1) == []
    assert list(tmp_path.joinpath("backups").glob("library-v5-*.db"))
    store.close()


def test_a_library_of_version_1_reaches_the_drafts_table(tmp_path: Path):
    database = sqlite_utils.Database(tmp_path / "library.db")
    migrate(database, target=1)
    assert migrate(database) == LATEST_VERSION
    assert "drafts" in database.table_names()


def test_upgrade_from_version_6_adds_empty_positions_and_the_default_labels(tmp_path: Path):
    path = tmp_path / "library.db"
    old = sqlite_utils.Database(path)
    migrate(old, target=6)
    old.execute(
        "INSERT INTO documents (sha256, title, kind, source, file_path, pdf_path, page_count,"
        " size_bytes, added, updated) VALUES ('abc', 'Amendement n° 3', 'amendement', '/a.csv',"
        " 'f', 'p', 1, 10, '2026-01-01', '2026-01-01')"
    )
    old.conn.commit()
    old.conn.close()

    store = Store(path)

    assert schema_version(store.db) == LATEST_VERSION
    [amendment] = store.documents()
    assert amendment.position == ""  # an amendment, without a position yet
    assert store.positions(include_cleared=True) == []
    assert store.library_setting("position_labels") is None  # the defaults apply
    assert list(tmp_path.joinpath("backups").glob("library-v6-*.db"))
    store.close()


def test_a_library_of_version_1_reaches_the_positions_table(tmp_path: Path):
    database = sqlite_utils.Database(tmp_path / "library.db")
    migrate(database, target=1)
    assert migrate(database) == LATEST_VERSION
    assert {"positions", "library_settings"} <= set(database.table_names())
