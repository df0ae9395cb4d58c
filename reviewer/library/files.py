"""Finding the files to import and keeping content-addressed copies of them.

An input is read once: it is copied into the library (`take_in`), hashed as it is
copied, and everything after (the name, the stored file, the text read) comes
from that copy. A file rewritten while it is imported can then never be stored
under another version's hash or with another version's text.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reviewer.core.errors import UnreadableDocument
from reviewer.core.i18n import tr
from reviewer.pdf.limits import GIB

CHUNK = 1 << 20
# Our temporary files: a copy being written, an input being taken in. A kill leaves
# them behind; the next start removes them (`clean_leftovers`).
PART_PREFIX = ".part-"
# Set when the program starts, before it writes any file: temporary files older
# than this are left by a program that is gone.
PROCESS_STARTED = time.time()
# Opening must not wait for a writer to a pipe (POSIX), nor make a terminal ours.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Candidate:
    """A file to import; `named` when the user gave it explicitly (not found in a folder)."""

    path: Path
    named: bool


@dataclass(frozen=True)
class Unreadable:
    """A folder that could not be listed: its files were not imported."""

    path: Path
    error: OSError


@dataclass(frozen=True)
class Found:
    candidates: list[Candidate]
    unreadable: list[Unreadable]
    skipped: list[Path]  # files met in folders that are not documents


@dataclass(frozen=True)
class Intake:
    """An input copied into the library: the bytes that are hashed, stored and read."""

    copy: Path
    sha256: str
    size: int


def discover(paths: Iterable[Path], *, accept: Callable[[Path], bool]) -> Found:
    """The files below the given paths, folders walked recursively in name order.

    Files met in folders are kept only if `accept(path)`; files named explicitly
    are always kept, so that an unsupported one is reported rather than ignored.
    Folders that cannot be listed, and files that are not documents, are reported, not
    skipped in silence.
    """
    found = Found([], [], [])
    for path in paths:
        if path.is_dir():
            files = _walk(path, found.unreadable)
            found.candidates.extend(Candidate(p, False) for p in files if accept(p))
            found.skipped.extend(p for p in files if not accept(p))
        else:
            found.candidates.append(Candidate(path, True))
    return found


def _walk(folder: Path, unreadable: list[Unreadable]) -> list[Path]:
    def skipped(error: OSError) -> None:
        unreadable.append(Unreadable(Path(error.filename or folder), error))

    files = []
    for root, dirs, names in os.walk(folder, onerror=skipped):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
    return files


def display_name(path: Path | str) -> str:
    """A path as text that can be shown and saved: bytes that are not UTF-8 in a file
    name (`caf\\xe9.pdf` from an old Latin-1 disk) become "�"."""
    return os.fsencode(path).decode("utf-8", "replace")


def take_in(source: Path, folder: Path, *, max_bytes: int) -> Intake:
    """Copy a regular file into `folder` (a `.part-` file), hashing what is written.

    Refuses what is not a regular file (a pipe, a device, a link to one) before
    reading a byte, and stops past `max_bytes`: nothing here can block or run forever.
    """
    _check_regular(os.stat(source))  # Before opening: opening some devices does things.
    descriptor = os.open(source, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as original:
        _check_regular(os.fstat(descriptor))  # What was opened, if it changed meanwhile.
        if _NONBLOCK:  # A regular file: reads wait for the disk as usual.
            os.set_blocking(descriptor, True)
        handle, temporary = tempfile.mkstemp(
            dir=folder, prefix=PART_PREFIX, suffix=source.suffix.lower()
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                sha256, size = _copy_hashing(original, stream, max_bytes)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return Intake(Path(temporary), sha256, size)


def _check_regular(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableDocument(
            tr(
                "not a regular file (a folder, a pipe, a device or a link to one): "
                "check the path, and import the document file itself"
            )
        )


def _copy_hashing(source: BinaryIO, target: BinaryIO, max_bytes: int) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            limit = f"{max_bytes / GIB:g} GiB" if max_bytes >= GIB else f"{max_bytes >> 20} MiB"
            raise UnreadableDocument(
                tr(
                    "the file is larger than the {limit} reviewer imports (or keeps growing): "
                    "print the part you need to a new PDF and import that",
                    limit=limit,
                )
            )
        digest.update(chunk)
        target.write(chunk)
    return digest.hexdigest(), size


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def blob_path(folder: Path, sha256: str, suffix: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{suffix.lower()}"


def keep(intake: Intake, target: Path) -> None:
    """Move a taken-in copy to its content-addressed place (already there: drop it)."""
    if target.exists():
        intake.copy.unlink(missing_ok=True)
        return
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.replace(intake.copy, target)


def store_bytes(data: bytes, target: Path) -> None:
    _store(target, lambda stream: stream.write(data))


def _store(target: Path, write: Callable[[BinaryIO], object]) -> None:
    if target.exists():
        return
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=PART_PREFIX)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def clean_leftovers(folders: Iterable[Path]) -> int:
    """Remove the temporary files a killed program left in `folders` (and one level
    below); only ours (by name) and only older than this process. Returns how many."""
    removed = 0
    for folder in folders:
        for path in [*folder.glob(f"{PART_PREFIX}*"), *folder.glob(f"*/{PART_PREFIX}*")]:
            try:
                if path.is_file() and path.stat().st_mtime < PROCESS_STARTED:
                    path.unlink()
                    removed += 1
            except OSError:  # Gone meanwhile, or not ours to remove: leave it.
                continue
    return removed
