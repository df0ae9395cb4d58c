"""What the restore tests share: one real backup, the libraries it comes from, and the
means to compare folders and to craft altered backups from it."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from helpers import write_test_pdf

from reviewer.library import Library

CHILD = Path(__file__).with_name("restore_child.py")
REPOSITORY = Path(__file__).resolve().parents[2]
Tree = dict[str, bytes | None]  # relative path: content, None for a folder


@dataclass(frozen=True)
class Made:
    backup: Path  # a backup of `library`
    library: Path  # a closed library with documents, annotations and tags
    documents: int
    annotations: int


def make(folder: Path) -> Made:
    folder.mkdir(parents=True, exist_ok=True)
    root = folder / "source"
    with Library(root) as library:
        library.import_paths(
            [
                write_test_pdf(folder / "loi.pdf", ["Article premier. La CNIL contrôle."]),
                write_test_pdf(folder / "avis.pdf", ["EXPOSÉ SOMMAIRE. Vidéoprotection."]),
            ]
        )
        loi = library.find_document("loi")
        library.annotate(loi.id, "CNIL", tags=["contrôle"], note="à citer")
        library.annotate(loi.id, "Article", note="second")
        report = library.backup(folder / "backup.zip")
    return Made(report.path, root, report.documents, report.annotations)


def tree(path: Path) -> Tree:
    """Everything under `path` (or the file itself), contents included; the writer lock's
    content is its holder's pid, which whoever opens the folder rewrites: its presence counts."""
    if not path.is_dir():
        return {".": path.read_bytes()}
    return {str(item.relative_to(path)): _content(item) for item in sorted(path.rglob("*"))}


def _content(item: Path) -> bytes | None:
    if item.is_dir():
        return None
    return b"" if item.name == "writer.lock" else item.read_bytes()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(".reviewer-*"))


def counts(root: Path) -> tuple[int, int]:
    with Library(root) as library:
        return len(library.documents()), len(library.annotations())


def rewrite(
    backup: Path,
    target: Path,
    *,
    replace: dict[str, bytes] | None = None,
    add: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    """A copy of `backup` with some members' contents replaced and some added (CRCs right)."""
    replace = replace or {}
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, replace.get(info.filename, source.read(info)))
        for name, data in add:
            copy.writestr(name, data)
    return target


def with_database(backup: Path, target: Path, change: Callable[[sqlite3.Connection], None]) -> Path:
    """A copy of `backup` whose database `change` altered (in SQL)."""
    database = target.with_suffix(".db")
    with zipfile.ZipFile(backup) as source:
        database.write_bytes(source.read("library.db"))
    with closing(sqlite3.connect(database)) as connection:
        change(connection)
        connection.commit()
    data = database.read_bytes()
    database.unlink()
    return rewrite(backup, target, replace={"library.db": data})


def copy_library(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def start_child(*args: object, **options: object) -> subprocess.Popen[str]:
    """restore_child.py with `args`, on this repository's code."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPOSITORY), str(REPOSITORY / "tests")]),
    }
    command = [sys.executable, str(CHILD), *map(str, args)]
    return subprocess.Popen(command, env=env, cwd=REPOSITORY, text=True, **options)


def killed(*args: object) -> None:
    """Run restore_child.py with `args`; it must die of its own SIGKILL."""
    child = start_child(*args, stderr=subprocess.PIPE)
    _, errors = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, errors
