"""`backup` writes a consistent copy while the library is in use; `restore` brings it back,
refuses damaged or foreign archives, and never deletes the library it replaces."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from amendment_samples import senat_rows
from helpers import write_test_pdf

from reviewer.cli import main
from reviewer.core.errors import LibraryError
from reviewer.library import Library
from reviewer.library.backup import restore_library
from reviewer.library.lock import WriterLock


@pytest.fixture
def filled(tmp_path: Path) -> Library:
    library = Library(tmp_path / "library")
    library.import_paths(
        [
            write_test_pdf(tmp_path / "loi.pdf", ["Article premier. La CNIL contrôle."]),
            write_test_pdf(tmp_path / "amendement.pdf", ["EXPOSÉ SOMMAIRE. Vidéoprotection."]),
        ]
    )
    loi = library.find_document("loi")
    library.annotate(loi.id, "CNIL", tags=["contrôle"], note="à citer")
    [gone] = library.annotate(library.find_document("amendement").id, "vidéoprotection")
    library.delete_annotation(gone.id)  # a tombstone: it travels with the backup too
    library.create_tag("sans usage", color="#ff0000")
    yield library
    library.close()


def state(library: Library) -> tuple[object, ...]:
    return (
        sorted((d.sha256, d.title, d.page_count) for d in library.documents()),
        sorted(
            (a.id, a.note, a.tags, a.deleted) for a in library.annotations(include_deleted=True)
        ),
        sorted((t.name, t.color) for t in library.tags()),
    )


def test_a_backup_restores_everything_into_a_new_folder(filled: Library, tmp_path: Path):
    report = filled.backup(tmp_path)
    assert report.path.parent == tmp_path and report.path.suffix == ".zip"
    assert (report.documents, report.annotations, report.files) == (2, 2, 2)
    assert report.path.stat().st_mode & 0o077 == 0  # as private as the library

    restored = restore_library(report.path, tmp_path / "restored")
    assert restored.previous is None and restored.documents == 2
    with Library(tmp_path / "restored") as library:
        assert state(library) == state(filled)
        assert library.search("tag:contrôle").total == 1  # the index is rebuilt
        assert library.doctor().healthy


def test_a_backup_taken_during_writes_is_consistent(filled: Library, tmp_path: Path):
    document_id = filled.find_document("loi").id
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            filled.annotate(document_id, "CNIL", note="pendant la sauvegarde")

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        report = filled.backup(tmp_path / "pendant.zip")
    finally:
        stop.set()
        writer.join()
    restore_library(report.path, tmp_path / "restored")
    with Library(tmp_path / "restored") as library:
        assert library.doctor().healthy
        assert len(library.annotations(include_deleted=True)) == report.annotations >= 2


def test_restoring_over_a_library_keeps_the_old_one_aside(filled: Library, tmp_path: Path):
    backup = filled.backup(tmp_path / "avant.zip").path
    expected = state(filled)
    filled.annotate(filled.find_document("loi").id, "Article", note="après la sauvegarde")
    filled.close()

    report = restore_library(backup, filled.root)
    assert report.previous is not None and report.previous.name.startswith("library.before-")
    with Library(filled.root) as library:
        assert state(library) == expected
    with Library(report.previous) as previous:
        assert any(a.note == "après la sauvegarde" for a in previous.annotations())


def damage(backup: Path, member: str) -> None:
    """Zero some bytes of a member's stored data, as a failing disk would."""
    with zipfile.ZipFile(backup) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename) + 40
    data = bytearray(backup.read_bytes())
    data[start : start + 32] = bytes(32)
    backup.write_bytes(bytes(data))


@pytest.mark.parametrize("member", ["library.db", "stored file"])
def test_a_damaged_backup_is_refused_and_the_library_is_untouched(
    filled: Library, tmp_path: Path, member: str
):
    backup = filled.backup(tmp_path / "abimee.zip").path
    document = filled.documents()[0]
    damage(backup, "library.db" if member == "library.db" else document.file_path)
    expected = state(filled)
    filled.close()
    with pytest.raises(LibraryError, match="backup"):
        restore_library(backup, filled.root)
    with Library(filled.root) as library:
        assert state(library) == expected
    assert not list(tmp_path.glob(".reviewer-*"))  # no scratch folder left behind


def test_an_archive_with_foreign_paths_is_refused(tmp_path: Path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("backup.json", '{"format": "reviewer-backup", "version": 1}')
        archive.writestr("library.db", b"")
        archive.writestr("../../outside.txt", b"written outside the library")
    with pytest.raises(LibraryError, match="not a reviewer backup"):
        restore_library(evil, tmp_path / "library")
    assert not (tmp_path / "library").exists()
    assert not (tmp_path.parent / "outside.txt").exists()


def test_restore_waits_for_the_other_program_to_close(filled: Library, tmp_path: Path):
    backup = filled.backup(tmp_path / "b.zip").path
    with pytest.raises(LibraryError, match="open in another reviewer program"):
        restore_library(backup, filled.root)  # `filled` holds the writer lock
    assert filled.documents()  # still in place and usable
    assert WriterLock(filled.root / "writer.lock").held is False


def test_a_backup_never_overwrites_a_file(filled: Library, tmp_path: Path):
    existing = tmp_path / "existe.zip"
    existing.write_bytes(b"precious")
    with pytest.raises(LibraryError, match="already exists"):
        filled.backup(existing)
    assert existing.read_bytes() == b"precious"


def test_backup_and_restore_from_the_command_line(filled: Library, tmp_path: Path, capsys):
    root = str(filled.root)
    expected = state(filled)
    filled.close()
    assert main(["backup", "--library", root, str(tmp_path / "cli.zip")]) == 0
    assert "backup written:" in capsys.readouterr().out
    target = tmp_path / "ailleurs"
    assert main(["restore", "--library", str(target), str(tmp_path / "cli.zip")]) == 0
    assert "restored into" in capsys.readouterr().out
    with Library(target) as library:
        assert state(library) == expected
    assert main(["restore", "--library", root, str(tmp_path / "cli.zip")]) == 0
    assert "kept in" in capsys.readouterr().out


def test_a_damaged_stored_file_is_left_out_and_the_backup_still_restores(
    filled: Library, tmp_path: Path, capsys
):
    """A stored original whose content no longer matches its name would make the backup
    impossible to restore: it is reported and left out, and everything else comes back."""
    loi = filled.find_document("loi")
    damaged = filled.root / loi.file_path
    damaged.chmod(0o600)
    damaged.write_bytes(damaged.read_bytes()[:-10] + bytes(10))
    filled.close()

    assert main(["backup", "--library", str(filled.root), str(tmp_path / "b.zip")]) == 1
    assert f"{loi.file_path} is missing or damaged" in capsys.readouterr().out

    restore_library(tmp_path / "b.zip", tmp_path / "restored")
    with Library(tmp_path / "restored") as library:
        assert len(library.documents()) == 2 and len(library.annotations()) == 1
        assert any("import the original again" in p for p in library.doctor().problems)


def test_positions_and_their_labels_are_backed_up_and_restored(tmp_path: Path):
    with Library(tmp_path / "library") as library:
        library.import_paths([senat_rows(tmp_path / "jeu.csv", 2)])
        library.set_position_labels(["Pour", "Contre", "À étudier"])
        amendment = library.documents()[0].id
        given = library.set_position(amendment, "à étudier", "Voir le rapporteur")
        report = library.backup(tmp_path)
    restore_library(report.path, tmp_path / "restored")
    with Library(tmp_path / "restored") as restored:
        assert restored.positions() == {amendment: given}
        assert restored.position_labels() == ("Pour", "Contre", "À étudier")
        assert restored.search('position:"à étudier"').hits[0].document_id == amendment
