"""A full disk or a read-only library folder: a clear error that says what to do, and a
database that stays intact with everything saved before."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import BinaryIO

import pytest
from helpers import write_test_pdf

from reviewer.core.errors import LibraryError
from reviewer.core.records import ImportStatus
from reviewer.library import Library, files
from reviewer.search.batch import IndexBatch

REPOSITORY = Path(__file__).resolve().parents[2]
# Opens the library and tries a change; prints what happened as JSON.
TRY_TO_WRITE = """
import json, sys
from pathlib import Path
from reviewer.core.errors import ReviewerError
from reviewer.library import Library, files
try:
    with Library(Path(sys.argv[1])) as library:
        library.annotate(library.documents()[0].id, "CNIL")
    print(json.dumps({"error": None}))
except ReviewerError as error:
    print(json.dumps({"error": type(error).__name__, "message": str(error)}))
"""


def full_disk(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def filled(library: Library, tmp_path: Path) -> Library:
    library.import_paths([write_test_pdf(tmp_path / "loi.pdf", ["Article premier. La CNIL."])])
    library.annotate(library.documents()[0].id, "CNIL", note="avant")
    return library


def intact(root: Path) -> list[str]:
    """Integrity check, then the notes saved: straight from SQLite."""
    with closing(sqlite3.connect(root / "library.db")) as database:
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return sorted(row[0] for row in database.execute("SELECT note FROM annotations"))


def test_a_full_database_disk_is_a_clear_error_and_loses_nothing(filled: Library, says_what_to_do):
    database = filled.store.db
    pages = database.execute("PRAGMA page_count").fetchone()[0]
    database.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
    with pytest.raises(LibraryError, match="the disk is full") as full:
        filled.annotate(filled.documents()[0].id, "CNIL", note="x" * 200_000)
    assert says_what_to_do(str(full.value))
    assert intact(filled.root) == ["avant"]
    database.execute("PRAGMA max_page_count = 1073741823")  # space freed: it works again
    filled.annotate(filled.documents()[0].id, "Article", note="après")
    assert intact(filled.root) == ["après", "avant"]
    assert filled.doctor().healthy


def test_a_full_disk_while_copying_an_import_fails_that_file_only(
    filled: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, says_what_to_do
):
    copy = files._copy_hashing
    calls = iter(range(100))

    def copy_then_full(source: BinaryIO, target: BinaryIO, max_bytes: int) -> tuple[str, int]:
        if next(calls) == 0:  # the first file: partly written, then the disk is full
            target.write(source.read(100))
            full_disk()
        return copy(source, target, max_bytes)

    monkeypatch.setattr(files, "_copy_hashing", copy_then_full)
    first = write_test_pdf(tmp_path / "premier.pdf", ["Article 2. La CNIL."])
    second = write_test_pdf(tmp_path / "second.pdf", ["Article 3. La CNIL."])
    failed, imported = filled.import_paths([first, second]).outcomes
    assert failed.status is ImportStatus.FAILED and "the disk is full" in failed.message
    assert says_what_to_do(failed.message)
    assert imported.status is ImportStatus.IMPORTED
    assert len(filled.documents()) == 2
    stored = [p for p in filled.layout.files.rglob("*") if p.is_file()]
    assert len(stored) == 2  # the two documents' files: no partial copy
    assert filled.doctor().healthy


def test_a_full_disk_for_the_index_keeps_the_action_and_catches_up_later(
    filled: Library, monkeypatch: pytest.MonkeyPatch
):
    with monkeypatch.context() as patched:
        patched.setattr(IndexBatch, "commit", full_disk)
        try:  # Indexing may run now or in the background: if it reports, it says so clearly.
            filled.annotate(filled.documents()[0].id, "Article", note="indexée plus tard")
        except LibraryError as error:
            assert "what you did is saved" in str(error)
        assert intact(filled.root) == ["avant", "indexée plus tard"]
    root = filled.root
    filled.close()
    with Library(root) as reopened:  # the next start indexes what was missed
        assert reopened.search("note:indexée").total == 1
        assert reopened.doctor().healthy


def test_a_read_only_library_folder_is_a_clear_error_and_is_not_touched(
    filled: Library, says_what_to_do
):
    root = filled.root
    filled.close()
    before = intact(root)
    outcome = _try_to_write_read_only(root)
    assert outcome["error"] == "LibraryError", outcome
    assert "cannot be written" in outcome["message"] and says_what_to_do(outcome["message"])
    assert intact(root) == before
    with Library(root) as reopened:
        assert reopened.doctor().healthy


def _try_to_write_read_only(root: Path) -> dict[str, str]:
    """Run TRY_TO_WRITE with `root` read-only: by permissions, or for root (which ignores
    them) by a read-only bind mount in a private mount namespace."""
    command = [sys.executable, "-c", TRY_TO_WRITE, str(root)]
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("running as root, and no `unshare` to mount the library read-only")
        mount = f"mount --bind {root} {root} && mount -o remount,bind,ro {root}"
        command = ["unshare", "--mount", "sh", "-c", f'{mount} && exec "$@"', "sh", *command]
        return _json_of(command)
    folders = [root, *[p for p in root.rglob("*") if p.is_dir()]]
    for path in [*root.rglob("*"), root]:
        path.chmod(0o500 if path in folders else 0o400)
    try:
        return _json_of(command)
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o700 if path in folders else 0o600)


def _json_of(command: list[str]) -> dict[str, str]:
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        check=False,
    )
    if result.returncode != 0 and "mount" in result.stderr:
        pytest.skip(f"cannot mount the library read-only here: {result.stderr.strip()}")
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)
