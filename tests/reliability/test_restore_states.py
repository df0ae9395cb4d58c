"""Restore into whatever the target folder is: nothing of it is ever deleted, it is moved
aside whole (`DIR.before-restore-<time>`), and the backup takes its place."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability.restoring import Made, copy_library, counts, leftovers, tree

from reviewer.cli import main
from reviewer.core.errors import LibraryError
from reviewer.library import Library
from reviewer.library.backup import restore_library


def empty_folder(made: Made, target: Path) -> None:
    target.mkdir()


def without_database(made: Made, target: Path) -> None:
    copy_library(made.library, target)
    (target / "library.db").unlink()
    (target / "backups").mkdir()
    (target / "backups" / "library-v4.db").write_bytes(b"an older copy")


def empty_database(made: Made, target: Path) -> None:
    copy_library(made.library, target)
    (target / "library.db").write_bytes(b"")


def damaged_database(made: Made, target: Path) -> None:
    copy_library(made.library, target)
    database = target / "library.db"
    data = bytearray(database.read_bytes())
    third = len(data) // 3
    data[third : 2 * third] = random.Random(1789).randbytes(third)
    database.write_bytes(bytes(data))


def healthy_library(made: Made, target: Path) -> None:
    copy_library(made.library, target)


def other_files(made: Made, target: Path) -> None:
    (target / "mes notes").mkdir(parents=True)
    (target / "mes notes" / "brouillon.txt").write_text("à garder", encoding="utf-8")
    (target / "budget.ods").write_bytes(b"PK\x03\x04 not a library")


def a_file(made: Made, target: Path) -> None:
    target.write_text("un fichier, pas un dossier", encoding="utf-8")


STATES: dict[str, Callable[[Made, Path], None]] = {
    "empty folder": empty_folder,
    "library without its database": without_database,
    "empty database": empty_database,
    "damaged database": damaged_database,
    "healthy library": healthy_library,
    "folder of other files": other_files,
    "a file": a_file,
}


def restore(via: str, backup: Path, target: Path, capsys) -> Path | None:
    """Restore, through the API or the command line; where the previous content went."""
    if via == "api":
        return restore_library(backup, target).previous
    assert main(["restore", "--library", str(target), str(backup)]) == 0
    out = capsys.readouterr().out
    assert "restored into" in out
    kept = [line for line in out.splitlines() if "kept in" in line]
    return Path(kept[0].rsplit(" ", 1)[1]) if kept else None


@pytest.mark.parametrize("via", ["api", "cli"])
@pytest.mark.parametrize("state", STATES)
def test_what_was_there_is_moved_aside_whole(
    made: Made, tmp_path: Path, state: str, via: str, capsys
):
    target = tmp_path / "library"
    STATES[state](made, target)
    before = tree(target)

    previous = restore(via, made.backup, target, capsys)

    assert previous is not None and previous.name.startswith("library.before-restore-")
    assert tree(previous) == before  # nothing lost, nothing changed
    assert counts(target) == (made.documents, made.annotations)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("via", ["api", "cli"])
def test_into_an_absent_folder_nothing_is_set_aside(made: Made, tmp_path: Path, via, capsys):
    target = tmp_path / "nouveau" / "library"
    assert restore(via, made.backup, target, capsys) is None
    assert counts(target) == (made.documents, made.annotations)
    assert sorted(p.name for p in target.parent.iterdir()) == ["library"]


def test_two_restores_in_the_same_second_keep_both_previous(made: Made, tmp_path: Path):
    target = tmp_path / "library"
    other_files(made, target)
    first = restore_library(made.backup, target).previous
    second = restore_library(made.backup, target).previous
    third = restore_library(made.backup, target).previous
    assert len({first, second, third}) == 3
    assert tree(first) == {
        "budget.ods": b"PK\x03\x04 not a library",
        "mes notes": None,
        "mes notes/brouillon.txt": "à garder".encode(),
    }
    assert counts(second) == counts(third) == (made.documents, made.annotations)


def test_a_library_open_elsewhere_is_not_replaced(made: Made, tmp_path: Path):
    target = copy_library(made.library, tmp_path / "library")
    with Library(target):
        before = tree(target)
        with pytest.raises(LibraryError, match="open in another reviewer program"):
            restore_library(made.backup, target)
        assert tree(target) == before
    assert leftovers(tmp_path) == []


def test_a_symlink_in_the_way_is_moved_not_followed(made: Made, tmp_path: Path):
    real = copy_library(made.library, tmp_path / "real")
    before = tree(real)
    target = tmp_path / "library"
    target.symlink_to(real, target_is_directory=True)
    previous = restore_library(made.backup, target).previous
    assert previous is not None and previous.is_symlink()
    assert tree(real) == before
    shutil.rmtree(target)  # the restored library, a real folder now


def test_a_failed_rename_puts_back_what_was_there(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "library"
    other_files(made, target)
    before = tree(target)
    renames = 0
    original = os.rename

    def failing(source: Path, destination: Path) -> None:
        nonlocal renames
        renames += 1
        if renames == 2:  # the restored library into its place
            raise PermissionError(13, "Permission denied")
        original(source, destination)

    monkeypatch.setattr(os, "rename", failing)
    with pytest.raises(LibraryError, match=r"could not be replaced .*check that you can write"):
        restore_library(made.backup, target)
    assert tree(target) == before
    assert leftovers(tmp_path) == [] and not list(tmp_path.glob("library.*"))
