"""A full disk with work pending for the index: the library still opens to read and back
up, a message says what was saved only when it was, and an import ends cleanly.

On a real full disk (a small tmpfs, when this machine lets us mount one) and with the
failure injected (ENOSPC where the index writes, in this process or in Whoosh's
indexing processes)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.core.errors import LibraryError
from reviewer.core.records import ImportStatus
from reviewer.library import Library
from reviewer.search import workers
from reviewer.search.batch import IndexBatch

REPOSITORY = Path(__file__).resolve().parents[2]
TMPFS_MB = 20
RUN_SECONDS = 90  # An import of a few small files; past it, it hangs.


def full_disk(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def texts(folder: Path, count: int, *, first: int = 0) -> list[Path]:
    folder.mkdir(exist_ok=True)
    return [
        write_test_pdf(folder / f"texte-{n}.pdf", [f"Article {n}. La CNIL contrôle n{n}."] * 3)
        for n in range(first, first + count)
    ]


def test_an_index_that_cannot_be_written_leaves_the_library_open_to_read_and_back_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    root = tmp_path / "library"
    with Library(root) as library:
        library.import_paths(texts(tmp_path / "sources", 1))
    with monkeypatch.context() as patched:
        patched.setattr(IndexBatch, "commit", full_disk)
        with Library(root) as library, pytest.raises(LibraryError, match="what you did is saved"):
            library.annotate(library.documents()[0].id, "CNIL", note="gardée")
        with Library(root) as library:  # Work pending, and the disk still full.
            assert "could not be written" in library.notice
            assert "what you did is saved" not in library.notice  # Nothing was done.
            assert [a.note for a in library.annotations()] == ["gardée"]
            report = library.backup(tmp_path / "backup.zip")
            assert zipfile.ZipFile(report.path).testzip() is None
            assert not library.doctor().healthy  # Says the index lags, does not fail.
    with Library(root) as library:  # Space freed: it catches up.
        assert library.notice == ""
        assert library.search("note:gardée").total == 1
        assert library.doctor().healthy


def test_an_import_whose_index_cannot_be_written_keeps_its_files_and_says_so(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, within
):
    with monkeypatch.context() as patched:
        patched.setattr(IndexBatch, "commit", full_disk)
        report = within(RUN_SECONDS, lambda: library.import_paths(texts(tmp_path / "s", 2)))
    assert [o.status for o in report.outcomes] == [ImportStatus.IMPORTED] * 2
    assert "could not be written" in report.notice and "free some space" in report.notice
    root = library.root
    library.close()
    with Library(root) as reopened:
        assert reopened.search("CNIL").total == 6  # 2 files of 3 pages


def test_an_indexing_process_that_dies_neither_hangs_the_import_nor_loses_entries(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, within
):
    # Whoosh's indexing processes are forked: the failure patched here happens in them.
    monkeypatch.setattr(workers._Task, "_process_file", full_disk)
    big = tmp_path / "gros.pdf"
    write_test_pdf(big, [f"Article {n}. La CNIL contrôle." for n in range(150)])
    report = within(RUN_SECONDS, lambda: library.import_paths([big]))
    [outcome] = report.outcomes
    assert outcome.status is ImportStatus.IMPORTED
    monkeypatch.undo()
    library.close()
    with Library(library.root) as reopened:  # What the stream lost is indexed at the start.
        assert reopened.search("contrôle").total == 150
        assert reopened.doctor().healthy


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_MB}m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def reviewer(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *arguments],
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        check=False,
    )


@pytest.mark.parametrize("free_kb", [40, 300])
def test_an_import_on_a_nearly_full_disk_ends_cleanly_and_the_library_stays_usable(
    small_disk: Path, tmp_path: Path, free_kb: int
):
    root = small_disk / "library"
    sources = texts(tmp_path / "sources", 12)
    with Library(root) as library:
        library.import_paths(sources[:1])
    filler = small_disk / "filler"
    with open(filler, "wb") as stream:  # Leave `free_kb` free.
        stream.write(b"\0" * (os.statvfs(small_disk).f_bavail * 4096 - free_kb * 1024))
    # In a program of its own: it must end, with messages, not a traceback.
    imported = reviewer("import", "--library", str(root), *map(str, sources[1:]))
    output = imported.stdout + imported.stderr
    assert "Traceback" not in output and "another program" not in output, output
    assert imported.returncode in {0, 1}
    if imported.returncode == 1:
        assert "free some space" in output
    with Library(root) as library:  # The disk is still full: reading and backing up work.
        assert not library.read_only
        assert len(library.documents()) >= 1
        report = library.backup(tmp_path / "backup.zip")
        assert zipfile.ZipFile(report.path).testzip() is None
        library.doctor()
    filler.unlink()
    with Library(root) as library:
        library.doctor(repair=True)
        assert library.doctor().healthy
        assert not list(root.rglob(".part-*"))
