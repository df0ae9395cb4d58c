"""A restore or a backup killed (SIGKILL) at its worst moment: the next opening of the
library finishes or rolls back the restore, never creates an empty library in its place,
and removes the working folders the kill left (copies of the database among them)."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from reliability.restoring import (
    Made,
    copy_library,
    counts,
    killed,
    leftovers,
    start_child,
    tree,
)

from reviewer.cli import main
from reviewer.core.errors import LibraryError
from reviewer.library import Library
from reviewer.library.lock import WriterLock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def with_one_more_note(made: Made, target: Path) -> Path:
    copy_library(made.library, target)
    with Library(target) as library:
        library.annotate(library.find_document("avis").id, "Vidéoprotection", note="après")
    return target


def open_library(root: Path) -> None:
    Library(root).close()


def run_a_command(root: Path) -> None:
    assert main(["list", "--library", str(root)]) == 0


@pytest.mark.parametrize("opening", [open_library, run_a_command], ids=["library", "cli"])
def test_a_restore_killed_between_its_renames_is_finished_at_the_next_opening(
    made: Made, tmp_path: Path, opening
):
    target = with_one_more_note(made, tmp_path / "library")
    before = tree(target)

    killed("restore", made.backup, target, 2)
    assert not target.exists()  # the kill left the folder missing
    [previous] = tmp_path.glob("library.before-restore-*")

    opening(target)
    assert counts(target) == (made.documents, made.annotations)  # the backup, not empty
    assert tree(previous) == before
    assert leftovers(tmp_path) == []


def test_a_killed_restore_over_a_symbolic_link_is_finished_at_the_link(made: Made, tmp_path: Path):
    real = with_one_more_note(made, tmp_path / "real")
    before = tree(real)
    target = tmp_path / "library"
    target.symlink_to(real, target_is_directory=True)

    killed("restore", made.backup, target, 2)
    open_library(target)

    assert not target.is_symlink() and counts(target) == (made.documents, made.annotations)
    [previous] = tmp_path.glob("library.before-restore-*")
    assert previous.is_symlink() and previous.resolve() == real.resolve()
    assert tree(real) == before and leftovers(tmp_path) == []


def test_a_restore_killed_before_its_first_rename_is_rolled_back(made: Made, tmp_path: Path):
    target = with_one_more_note(made, tmp_path / "library")
    before = tree(target)

    killed("restore", made.backup, target, 1)
    assert tree(target) == before and leftovers(tmp_path)  # the journal, the unpacked copy

    assert counts(target) == (made.documents, made.annotations + 1)  # the library as it was
    assert leftovers(tmp_path) == []
    assert not list(tmp_path.glob("library.before-restore-*"))


def test_a_restore_killed_into_an_absent_folder_is_finished(made: Made, tmp_path: Path):
    target = tmp_path / "library"
    killed("restore", made.backup, target, 1)
    assert not target.exists()
    assert counts(target) == (made.documents, made.annotations)
    assert leftovers(tmp_path) == []


def test_a_new_restore_first_finishes_the_killed_one(made: Made, tmp_path: Path):
    target = with_one_more_note(made, tmp_path / "library")
    before = tree(target)
    killed("restore", made.backup, target, 2)
    assert main(["restore", "--library", str(target), str(made.backup)]) == 0
    previous = sorted(tmp_path.glob("library.before-restore-*"))
    assert len(previous) == 2 and tree(previous[0]) == before  # the killed one's, intact
    assert counts(target) == (made.documents, made.annotations)
    assert leftovers(tmp_path) == []


def test_a_killed_backup_leaves_nothing_after_the_next_opening(made: Made, tmp_path: Path):
    root = copy_library(made.library, tmp_path / "library")
    disk = tmp_path / "clé usb"
    disk.mkdir()
    killed("backup", root, disk)
    assert leftovers(disk) and leftovers(root)  # the database copy there, its note here

    open_library(root)
    assert leftovers(disk) == [] and leftovers(root) == []
    assert list(disk.iterdir()) == []


def test_only_abandoned_working_folders_are_removed(made: Made, tmp_path: Path):
    root = copy_library(made.library, tmp_path / "library")
    old, fresh, busy = (
        tmp_path / f".reviewer-{name}" for name in ("ancien00", "recent00", "occupe00")
    )
    for folder in (old, fresh, busy):
        folder.mkdir()
        (folder / "library.db").write_bytes(b"a copy of the database")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))  # left by an older version: no lock in it
    holder = WriterLock(busy / "in-use.lock")  # a backup at work in another program
    try:
        open_library(root)
        assert leftovers(tmp_path) == [busy.name, fresh.name]
    finally:
        holder.release()
    open_library(root)
    assert leftovers(tmp_path) == [fresh.name]
    (tmp_path / "mes-fichiers.reviewer-notes").mkdir()  # not ours: never touched
    open_library(root)
    assert (tmp_path / "mes-fichiers.reviewer-notes").is_dir()


def test_a_restore_under_way_elsewhere_is_waited_for(made: Made, tmp_path: Path):
    """Stopped between its renames, the restore of another program: opening the library
    then must neither create an empty one nor take the restore's work away from it."""
    target = with_one_more_note(made, tmp_path / "library")
    child = start_child("restore", made.backup, target, 2, "SIGSTOP")
    try:
        _pid, status = os.waitpid(child.pid, os.WUNTRACED)  # until it stops itself
        assert os.WIFSTOPPED(status), status
        assert not target.exists()  # stopped between its renames
        with pytest.raises(LibraryError, match="under way in another program"):
            Library(target)
        assert not target.exists()
    finally:
        child.send_signal(signal.SIGCONT)
        assert child.wait(60) == 0
    assert counts(target) == (made.documents, made.annotations)
    assert leftovers(tmp_path) == []
