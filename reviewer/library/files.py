"""Finding the files to import and keeping content-addressed copies of them."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


@dataclass(frozen=True)
class Candidate:
    """A file to import; `named` when the user gave it explicitly (not found in a folder)."""

    path: Path
    named: bool


def discover(paths: Iterable[Path], *, accept: Callable[[Path], bool]) -> list[Candidate]:
    """The files below the given paths, folders walked recursively in name order.

    Files met in folders are kept only if `accept(path)`; files named explicitly
    are always kept, so that an unsupported one is reported rather than ignored.
    """
    found: list[Candidate] = []
    for path in paths:
        if path.is_dir():
            found.extend(Candidate(p, False) for p in _walk(path) if accept(p))
        else:
            found.append(Candidate(path, True))
    return found


def _walk(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
    return files


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def blob_path(folder: Path, sha256: str, suffix: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{suffix.lower()}"


def store_copy(source: Path, target: Path) -> None:
    """Copy atomically (temporary file, then rename): a kill never leaves half a file."""

    def copy(stream: BinaryIO) -> None:
        with source.open("rb") as original:
            shutil.copyfileobj(original, stream, CHUNK)

    _store(target, copy)


def store_bytes(data: bytes, target: Path) -> None:
    _store(target, lambda stream: stream.write(data))


def _store(target: Path, write: Callable[[BinaryIO], object]) -> None:
    if target.exists():
        return
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
