"""Working folders of backups and restores, the restore's last step, and what a kill leaves.

A backup or a restore works in a hidden folder `.reviewer-xxxxxxxx` on the disk of its
destination, so that its last step is a rename. While it works it holds the lock of
`in-use.lock` inside; the OS releases that lock when the program dies, even on SIGKILL.
A working folder whose lock is free is a leftover, and the next opening of a library
beside it removes it (copies of the database of hundreds of MB were seen left behind).

A restore ends with two renames: the folder there goes aside, the restored library takes
its place. A journal written in the working folder before the first rename lets the next
opening finish a restore killed between the two, so that the library's folder is never
found missing (and never silently replaced by a new, empty library).
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from datetime import datetime
from pathlib import Path

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr
from reviewer.library.lock import WriterLock

PREFIX = ".reviewer-"
WORKING_NAME = re.compile(r"\.reviewer-[a-z0-9_]{8}")  # as tempfile.mkdtemp names them
IN_USE = "in-use.lock"
ELSEWHERE = "elsewhere"  # in a note: the working folder it stands for, on another disk
JOURNAL = "restore.json"
RESTORED = "library"  # the checked library, in the working folder of a restore
# A working folder without a lock file comes from an older version, or was made this
# instant (its lock comes next): only the first kind is this old.
UNLOCKED_AGE = 60.0
LARGEST_NOTE = 64 * 1024


@contextmanager
def working_folder(folder: Path, *, note_in: Path | None = None) -> Iterator[Path]:
    """A private working folder in `folder`, removed at the end; `note_in` (the library)
    keeps a note of it, so that the library's next opening finds it if this program dies."""
    try:
        path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=folder))
    except OSError as error:
        raise LibraryError(
            tr(
                "cannot write in {folder} ({reason}): choose a folder you can write to",
                folder=folder,
                reason=error.strerror or error,
            )
        ) from error
    lock = WriterLock(path / IN_USE)
    try:
        with ExitStack() as notes:
            if note_in is not None and not _looked_at_by(note_in, folder):
                with suppress(LibraryError, OSError):  # A read-only library: no note.
                    note = notes.enter_context(working_folder(note_in))
                    (note / ELSEWHERE).write_text(str(path.resolve()), encoding="utf-8")
            yield path
    finally:
        lock.release()
        shutil.rmtree(path, ignore_errors=True)


def _looked_at_by(library: Path, folder: Path) -> bool:
    """Whether the library's opening tidies `folder` anyway."""
    return folder.resolve() in {library.resolve(), library.resolve().parent}


def recover(root: Path) -> None:
    """Before a library opens: finish a restore into it that was killed, and remove the
    working folders killed backups and restores left beside it and in it."""
    tidy(root.parent)
    if root.is_dir():
        tidy(root)
    if not os.path.lexists(root) and _absolute(root) in _restoring(root.parent):
        raise LibraryError(
            tr(
                "a restore into {root} is under way in another program: wait for it to end, "
                "then try again",
                root=root,
            )
        )


def tidy(folder: Path) -> None:
    """Remove the leftover working folders in `folder`, finishing the restores they hold."""
    for path in _working_folders(folder):
        with suppress(OSError):  # Another user's, say: left as it is.
            _remove_leftover(path)


def _working_folders(folder: Path) -> list[Path]:
    try:
        return [folder / n for n in os.listdir(folder) if WORKING_NAME.fullmatch(n)]
    except OSError:  # Not there, or not readable: nothing of ours in it.
        return []


def _restoring(folder: Path) -> set[Path]:
    """The folders restores at work in `folder` are about to fill."""
    journals = (_journal(path) for path in _working_folders(folder))
    return {journal[0] for journal in journals if journal}


def _remove_leftover(path: Path) -> None:
    if not path.is_dir() or path.is_symlink():
        return
    if not (path / IN_USE).is_file():
        with suppress(OSError):
            if time.time() - path.stat().st_mtime > UNLOCKED_AGE:
                shutil.rmtree(path, ignore_errors=True)
        return
    lock = WriterLock(path / IN_USE)
    try:
        if not lock.held:
            return  # at work in another program
        _finish_restore(path)
        elsewhere = _read_small(path / ELSEWHERE)
    finally:
        lock.release()
    if elsewhere and WORKING_NAME.fullmatch(Path(elsewhere).name):
        _remove_leftover(Path(elsewhere))
    shutil.rmtree(path, ignore_errors=True)


def _read_small(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            return stream.read(LARGEST_NOTE).decode("utf-8", "replace")
    except OSError:
        return ""


# The restore's last step


def put_in_place(working: Path, root: Path) -> Path | None:
    """Move `working`/library to `root`; whatever is at `root` goes aside whole first.

    Return where it went (None if `root` was not there). Nothing is ever deleted.
    """
    previous = _aside_name(root) if os.path.lexists(root) else None
    try:
        _write_journal(working, root, previous)
        _swap(working / RESTORED, root, previous)
    except OSError as error:
        raise LibraryError(
            tr(
                "{root} could not be replaced ({reason}): check that you can "
                "write in {parent}, then try again",
                root=root,
                reason=error.strerror or error,
                parent=root.parent,
            )
        ) from error
    (working / JOURNAL).unlink()
    return previous


def _swap(restored: Path, root: Path, previous: Path | None) -> None:
    if previous is not None:
        move(root, previous)
    try:
        move(restored, root)
    except OSError:
        if previous is not None:  # Put back what was there, as it was.
            move(previous, root)
        raise


def _aside_name(root: Path) -> Path:
    stamp = f"{root.name}.before-restore-{datetime.now():%Y-%m-%d-%H%M%S}"
    candidates = (root.with_name(stamp if n == 1 else f"{stamp}-{n}") for n in range(1, 1000))
    return next(path for path in candidates if not os.path.lexists(path))


def move(source: Path, target: Path) -> None:
    """One rename, made durable: the folder that holds both is flushed to the disk."""
    if os.path.lexists(target):  # os.rename would replace an empty folder silently
        raise FileExistsError(errno.EEXIST, "something else took its name meanwhile", str(target))
    os.rename(source, target)
    _flush_folder(target.parent)


def _write_journal(working: Path, root: Path, previous: Path | None) -> None:
    journal = {
        "root": str(_absolute(root)),
        "previous": str(_absolute(previous)) if previous else None,
    }
    with (working / JOURNAL).open("w", encoding="utf-8") as stream:
        json.dump(journal, stream)
        stream.flush()
        os.fsync(stream.fileno())
    _flush_folder(working)


def _absolute(path: Path) -> Path:
    """The path itself, made absolute: a symbolic link there is not followed."""
    return path.parent.resolve() / path.name


def _flush_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; NTFS journals renames.
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _journal(working: Path) -> tuple[Path, Path | None] | None:
    """The target and the set-aside folder of the restore working there, if it wrote them."""
    try:
        journal = json.loads(_read_small(working / JOURNAL))
        return Path(journal["root"]), Path(journal["previous"]) if journal["previous"] else None
    except (ValueError, KeyError, TypeError):
        return None  # no journal, or one cut short: no rename had started


def _finish_restore(working: Path) -> None:
    """A restore killed between its renames is finished; one killed before, rolled back."""
    journal = _journal(working)
    if journal is None or os.path.lexists(journal[0]):
        return  # both renames done, or neither: the folder there is as the user left it
    root, previous = journal
    restored = working / RESTORED
    try:
        if restored.is_dir():
            move(restored, root)
        elif previous is not None and os.path.lexists(previous):
            move(previous, root)
    except OSError as error:
        raise LibraryError(
            tr(
                "a restore into {root} was interrupted and cannot be finished "
                "({reason}): check that you can write in {parent}, then "
                "try again; the restored library waits in {restored}",
                root=root,
                reason=error.strerror or error,
                parent=root.parent,
                restored=restored,
            )
        ) from error
