"""A restore trusts nothing in the backup: a crafted or damaged one is refused, with a
message naming what is wrong, before anything is written; the library there is untouched."""

from __future__ import annotations

import json
import sqlite3
import struct
import warnings
import zipfile
from pathlib import Path

import pytest
from reliability.restoring import (
    Made,
    copy_library,
    counts,
    leftovers,
    rewrite,
    tree,
    with_database,
)

from reviewer.cli import main
from reviewer.core.errors import LibraryError
from reviewer.library.backup import restore_library
from reviewer.store.migrations import LATEST_VERSION, migrate


def manifest_of(backup: Path) -> dict[str, object]:
    with zipfile.ZipFile(backup) as archive:
        return json.loads(archive.read("backup.json"))


def stored_original(backup: Path) -> str:
    with zipfile.ZipFile(backup) as archive:
        return next(n for n in archive.namelist() if n.startswith("files/"))


def with_manifest(made: Made, target: Path, **fields: object) -> Path:
    data = json.dumps({**manifest_of(made.backup), **fields}).encode()
    return rewrite(made.backup, target, replace={"backup.json": data})


def trigger(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TRIGGER rewrite AFTER INSERT ON annotations "
        "BEGIN UPDATE annotations SET note = 'réécrit' WHERE id != new.id; END"
    )


def duplicate(made: Made, target: Path) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate it writes
        return rewrite(made.backup, target, add=(("library.db", b"a second database"),))


def in_directory(made: Made, target: Path, name: str, field: int, change) -> Path:
    """A copy whose central directory (what zipfile reads first) has one field of `name`'s
    entry changed: `change(data, offset)` at `field` bytes into the entry."""
    data = bytearray(made.backup.read_bytes())
    entry = data.index(b"PK\x01\x02")
    while entry != -1:
        if data[entry + 46 : entry + 46 + len(name)] == name.encode():
            change(data, entry + field)
        entry = data.find(b"PK\x01\x02", entry + 4)
    target.write_bytes(bytes(data))
    return target


def encrypted(made: Made, target: Path) -> Path:
    """The database member flagged encrypted, as a zip tool given a password writes it."""

    def flag(data: bytearray, at: int) -> None:
        data[at] |= 0x1

    return in_directory(made, target, "library.db", 8, flag)


def larger_than_it_is(made: Made, target: Path) -> Path:
    """A stored file declaring 100 bytes more than it holds."""

    def grow(data: bytearray, at: int) -> None:
        struct.pack_into("<I", data, at, struct.unpack_from("<I", data, at)[0] + 100)

    return in_directory(made, target, stored_original(made.backup), 24, grow)


def empty_database(made: Made, target: Path) -> Path:
    return rewrite(made.backup, target, replace={"library.db": b""})


def older_empty_library(made: Made, target: Path) -> Path:
    """A genuine library of schema version 4, with nothing in it (made by our migrations)."""
    import sqlite_utils

    database = target.with_suffix(".db")
    migrate(sqlite_utils.Database(database), target=4)
    manifest = {**manifest_of(made.backup), "documents": 0, "annotations": 0, "files": []}
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("backup.json", json.dumps(manifest))
        archive.write(database, "library.db")
    return target


# (how the backup is altered, what the refusal says)
CRAFTED = {
    "trigger": (lambda m, t: with_database(m.backup, t, trigger), "trigger “rewrite”"),
    "view": (
        lambda m, t: with_database(
            m.backup, t, lambda c: c.execute("CREATE VIEW notes AS SELECT note FROM annotations")
        ),
        "view “notes”",
    ),
    "extra table": (
        lambda m, t: with_database(m.backup, t, lambda c: c.execute("CREATE TABLE x (y)")),
        "table “x” is not one reviewer makes",
    ),
    "extra index": (
        lambda m, t: with_database(
            m.backup, t, lambda c: c.execute("CREATE INDEX by_note ON annotations(note)")
        ),
        "index “by_note”",
    ),
    "changed table": (
        lambda m, t: with_database(
            m.backup, t, lambda c: c.execute("ALTER TABLE tags ADD COLUMN hidden TEXT")
        ),
        "table “tags” is not defined as reviewer defines it",
    ),
    "newer schema": (
        lambda m, t: with_database(
            m.backup, t, lambda c: c.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        ),
        "newer version of reviewer",
    ),
    "stored path outside": (
        lambda m, t: with_database(
            m.backup, t, lambda c: c.execute("UPDATE documents SET pdf_path = '../../secret.pdf'")
        ),
        "points outside its stored files",
    ),
    "absolute path": (
        lambda m, t: rewrite(m.backup, t, add=(("/tmp/evil.txt", b"x"),)),
        "paths outside the library (/tmp/evil.txt)",
    ),
    "parent path": (
        lambda m, t: rewrite(m.backup, t, add=(("files/../../evil.txt", b"x"),)),
        "paths outside the library (files/../../evil.txt)",
    ),
    "foreign member": (
        lambda m, t: rewrite(m.backup, t, add=(("notes.txt", b"x"),)),
        "files no library holds (notes.txt)",
    ),
    "duplicate member": (duplicate, "the same name twice (library.db)"),
    "encrypted member": (encrypted, "encrypted or compressed in a way reviewer never writes"),
    "declared size not the real one": (larger_than_it_is, "bytes, where the archive declares"),
    "hash mismatch": (
        lambda m, t: rewrite(m.backup, t, replace={stored_original(m.backup): b"%PDF-1.7 autre"}),
        "does not match its name",
    ),
    "file the database does not know": (
        lambda m, t: rewrite(m.backup, t, add=((f"files/ab/ab{'0' * 62}.pdf", b"%PDF"),)),
        "files its database does not know",
    ),
    "count mismatch": (
        lambda m, t: with_manifest(m, t, annotations=7),
        "its description counts 2 documents and 7 annotations",
    ),
    "empty database": (empty_database, "its database is empty, where its description counts 2"),
    "not a database": (
        lambda m, t: rewrite(m.backup, t, replace={"library.db": b"not a database" * 500}),
        "its database is damaged",
    ),
    "manifest not JSON": (
        lambda m, t: rewrite(m.backup, t, replace={"backup.json": b"{not json"}),
        "backup.json) is not readable",
    ),
    "manifest not UTF-8": (
        lambda m, t: rewrite(m.backup, t, replace={"backup.json": b"\xff\xfe{}"}),
        "backup.json) is not readable",
    ),
    "manifest deeply nested": (
        lambda m, t: rewrite(m.backup, t, replace={"backup.json": b"[" * 50_000}),
        "backup.json) is not readable",
    ),
    "manifest a list": (
        lambda m, t: rewrite(m.backup, t, replace={"backup.json": b"[1, 2]"}),
        "not a reviewer backup",
    ),
    "manifest wrong types": (
        lambda m, t: with_manifest(m, t, documents="deux", files={"a": 1}),
        "wrong documents, files",
    ),
    "manifest negative count": (
        lambda m, t: with_manifest(m, t, annotations=-1),
        "wrong annotations",
    ),
    "manifest huge": (
        lambda m, t: with_manifest(m, t, created=" " * 2_000_000),
        "far larger than a backup's",
    ),
    "manifest newer format": (lambda m, t: with_manifest(m, t, version=99), "update reviewer"),
    "manifest lists other files": (
        lambda m, t: with_manifest(m, t, files=[]),
        "differ from those its description",
    ),
}


@pytest.mark.parametrize("craft", CRAFTED)
def test_a_crafted_backup_is_refused_and_the_library_untouched(
    made: Made, tmp_path: Path, craft: str
):
    alter, says = CRAFTED[craft]
    crafted = alter(made, tmp_path / "crafted.zip")
    target = copy_library(made.library, tmp_path / "library")
    before = tree(target)

    with pytest.raises(LibraryError) as refusal:
        restore_library(crafted, target)

    message = str(refusal.value)
    assert says in message
    assert message.startswith(f"{crafted} cannot be restored: ")
    assert message.endswith(("use another backup", "update reviewer to restore it"))
    assert tree(target) == before
    assert leftovers(tmp_path) == [] and not list(tmp_path.glob("library.*"))


@pytest.mark.parametrize("craft", ["trigger", "parent path", "manifest not JSON", "empty database"])
def test_the_command_line_gives_the_same_refusal(made: Made, tmp_path: Path, craft: str, capsys):
    alter, says = CRAFTED[craft]
    crafted = alter(made, tmp_path / "crafted.zip")
    target = copy_library(made.library, tmp_path / "library")
    before = tree(target)
    assert main(["restore", "--library", str(target), str(crafted)]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert tree(target) == before


def test_a_refused_restore_into_nothing_creates_nothing(made: Made, tmp_path: Path):
    crafted = with_database(made.backup, tmp_path / "crafted.zip", trigger)
    with pytest.raises(LibraryError, match="trigger"):
        restore_library(crafted, tmp_path / "absent" / "library")
    assert not (tmp_path / "absent" / "library").exists()
    assert leftovers(tmp_path / "absent") == []


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(made: Made, tmp_path: Path):
    older = older_empty_library(made, tmp_path / "older.zip")
    report = restore_library(older, tmp_path / "library")
    assert (report.documents, report.annotations) == (0, 0)
    assert counts(tmp_path / "library") == (0, 0)  # opening it upgraded it


def test_a_backup_whose_unpacked_size_does_not_fit_is_refused(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _folder: usage(10**6, 10**6 - 100, 100))
    with pytest.raises(LibraryError, match="free some space"):
        restore_library(made.backup, tmp_path / "library")
    assert not (tmp_path / "library").exists()
