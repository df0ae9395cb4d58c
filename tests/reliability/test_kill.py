"""SIGKILL at any point: the database stays sound, every action reported done is there, and
the index gap a kill leaves is found and repaired.

A child program (kill_child.py) imports and edits annotations, printing a line
after each completed action; the test kills it at random moments, and at three
precise points random timing rarely hits, then checks the library.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.library import Library
from reviewer.library.lock import WriterLock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = Path(__file__).with_name("kill_child.py")
REPOSITORY = Path(__file__).resolve().parents[2]
SEED = 1789
RANDOM_KILLS = 8
LONGEST_RUN = 0.8  # seconds of actions before a random kill, after the child is ready
DEADLINE = 30  # seconds a child may take to get ready or to reach its kill point
POINTS = ("after-commit", "after-index", "before-row")


class Expected:
    """What the child reported done: documents, and each annotation's latest note number."""

    def __init__(self) -> None:
        self.documents: set[int] = set()
        self.notes: dict[str, int] = {}
        self.next_number = 0

    def take(self, lines: list[str]) -> None:
        for line in lines:
            verb, *rest = line.split()
            if verb == "imported":
                self.documents.add(int(rest[0]))
            elif verb in {"annotated", "edited"}:
                self.notes[rest[0]] = int(rest[1])
                self.next_number = max(self.next_number, int(rest[1]) + 1)
        self.next_number += 100  # beyond anything the killed action may have written


def run_child(
    root: Path, sources: Path, first: int, *, point: str = "", wait: float = 0
) -> list[str]:
    """Run the child until it is killed (by us after `wait` s, or by itself at `point`)."""
    extra = [point, "3"] if point else []
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPOSITORY), str(REPOSITORY / "tests")]),
    }
    with open(root.parent / "child-errors.txt", "a") as errors:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(root), str(sources), str(first), *extra],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=env,
            cwd=REPOSITORY,
        )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            lines.append(line.strip())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not point:
        assert ready.wait(DEADLINE), "the child did not start"
        time.sleep(wait)
        child.send_signal(signal.SIGKILL)
    child.wait(DEADLINE)
    reader.join(5)
    assert child.returncode == -signal.SIGKILL, (root.parent / "child-errors.txt").read_text()
    return [line for line in lines if line != "ready"]


def pending_after_kill(root: Path) -> int:
    """Straight from SQLite, before the library opens: sound, and how far the index lags."""
    with closing(sqlite3.connect(root / "library.db")) as database:
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return database.execute("SELECT count(*) FROM index_pending").fetchone()[0]


def assert_nothing_lost(root: Path, expected: Expected) -> None:
    with Library(root) as library:
        for document_id in expected.documents:
            document = library.document(document_id)
            assert len(library.pages(document_id)) == document.page_count >= 1
            assert library.pdf_path(document).is_file()
        for annotation_id, number in expected.notes.items():
            note = library.annotation(annotation_id).note
            assert int(note.removeprefix("n")) >= number  # that edit, or a later one


def doctor(root: Path, *options: str) -> int:
    return main(["doctor", "--library", str(root), *options])


def test_kills_lose_no_completed_action_and_leave_no_index_gap(tmp_path: Path, capsys):
    root, sources = tmp_path / "library", tmp_path / "sources"
    sources.mkdir()
    expected = Expected()
    chance = random.Random(SEED)
    started = time.monotonic()
    for _round in range(RANDOM_KILLS):
        wait = chance.uniform(0, LONGEST_RUN)
        expected.take(run_child(root, sources, expected.next_number, wait=wait))
        pending_after_kill(root)
        assert_nothing_lost(root, expected)
    for point in POINTS:
        expected.take(run_child(root, sources, expected.next_number, point=point))
        lagging = pending_after_kill(root)
        if point != "before-row":
            assert lagging > 0, point  # the kill left the index behind the database
            found_gap_read_only(root, capsys)
        assert_nothing_lost(root, expected)
    assert len(expected.notes) >= 5 and len(expected.documents) >= 2
    assert doctor(root) == 0
    assert "Traceback" not in (tmp_path / "child-errors.txt").read_text()
    assert time.monotonic() - started < 50


def found_gap_read_only(root: Path, capsys) -> None:
    """`doctor` on the killed library, before anything repairs it, then `doctor --repair`.

    The library repairs a gap itself when it opens for writing, so doctor looks
    while the writer lock is held elsewhere: it reads what the kill left.
    """
    holder = WriterLock(root / "writer.lock")
    try:
        capsys.readouterr()
        assert doctor(root) == 1
        assert "not yet in the search index" in capsys.readouterr().out
    finally:
        holder.release()
    assert doctor(root, "--repair") == 0
    assert doctor(root) == 0


# Imports a 150-page file, or rebuilds the index, and stops where Whoosh's indexing
# processes are at work: they (and an import's file readers) are alive when the test
# kills the program.
INDEX_UNTIL_KILLED = """
import sys, time
from pathlib import Path
from reviewer.library import Library
from reviewer.search import workers

def wait_for_the_kill(writer, *args, **kwargs):
    print("indexing", flush=True)
    time.sleep(60)

workers._Writer._commit = wait_for_the_kill
with Library(Path(sys.argv[1])) as library:
    if sys.argv[3] == "import":
        library.import_paths([Path(sys.argv[2])])
    else:
        library.reindex()
"""
PAGES = 150  # Whoosh hands entries to its processes 100 at a time.
GONE_WITHIN = 5.0  # seconds for the children of a killed program to be gone


def descendants(pid: int) -> set[int]:
    """The processes below `pid`, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (a zombie holds no file)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("work", ["import", "reindex"])
def test_a_killed_import_or_reindex_leaves_no_child_and_no_lock(tmp_path: Path, work: str):
    from helpers import write_test_pdf

    from reviewer.library.lock import _holding

    root = tmp_path / "library"
    big = write_test_pdf(tmp_path / "gros.pdf", [f"Article {n}. La CNIL." for n in range(PAGES)])
    if work == "reindex":  # Enough entries in one commit for Whoosh's processes (500).
        laws = [
            write_test_pdf(
                tmp_path / f"loi-{k}.pdf", [f"Loi {k}, article {n}." for n in range(PAGES)]
            )
            for k in range(4)
        ]
        with Library(root) as library:
            library.import_paths(laws)
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    child = subprocess.Popen(
        [sys.executable, "-c", INDEX_UNTIL_KILLED, str(root), str(big), work],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPOSITORY,
    )
    try:
        assert child.stdout.readline().strip() == "indexing"
        below = descendants(child.pid)
        assert len(below) >= 2  # Whoosh's indexing processes (and the import's readers)
        child.send_signal(signal.SIGKILL)
        child.wait(DEADLINE)
        deadline = time.monotonic() + GONE_WITHIN
        while any(running(pid) for pid in below) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in below if running(pid)]
        assert _holding(root / "writer.lock") == []
    finally:
        child.kill()
    with Library(root) as library:
        assert not library.read_only
        library.import_paths([big])
        assert library.search("CNIL").total >= PAGES


HOLD_THE_LOCK = """
import fcntl, sys, time
lock = open(sys.argv[1], "a+b")
fcntl.flock(lock, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("orphan", [True, False])
def test_a_lock_left_to_orphans_of_a_dead_program_is_cleared(tmp_path: Path, orphan: bool):
    root = tmp_path / "library"
    Library(root).close()
    holder = subprocess.Popen(  # In the dead program's process group, or another's.
        [sys.executable, "-c", HOLD_THE_LOCK, str(root / "writer.lock")],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=not orphan,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        dead = int(Path("/proc/sys/kernel/pid_max").read_text()) + 1  # no process has it
        (root / "writer.lock").write_text(f"{dead} {os.getpgid(0)}\n")  # who took the lock
        with Library(root) as library:
            assert library.read_only is not orphan
        if orphan:
            assert holder.wait(5) == -signal.SIGKILL
        else:  # Not the dead program's child: some other program, left alone.
            assert holder.poll() is None
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_held_by_a_live_program_is_respected(tmp_path: Path):
    root = tmp_path / "library"
    with Library(root) as first, Library(root) as second:
        assert not first.read_only and second.read_only
