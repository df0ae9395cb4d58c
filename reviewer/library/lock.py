"""One writer per library: a second program on the same library opens it read-only.

An OS file lock (released by the OS when the process dies, even on SIGKILL), so a
crash never leaves the library locked. The lock is also held by the children the
holder forked (they inherit its descriptor); they die with it (see
`reviewer.core.processes`), and if some outlived a killed program anyway, the
next program finds the lock stale (the pid written in it is gone) and ends them.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import IO

STALE_WAIT_SECONDS = 2.0  # For the orphans' descriptors to close once killed.

if os.name == "nt":
    import msvcrt

    def _try_lock(stream: IO[bytes]) -> bool:
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(stream: IO[bytes]) -> bool:
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class WriterLock:
    def __init__(self, path: Path) -> None:
        self._stream: IO[bytes] | None = path.open("a+b")
        self.held = _try_lock(self._stream) or (
            end_orphans(path, _holder(path)) and self._retry(self._stream)
        )
        if not self.held:
            self.release()
            return
        # Who holds it, for the next program to judge: the pid, and the process group
        # its children share (the orphans to end, and no other program opening meanwhile).
        self._stream.truncate(0)
        self._stream.write(f"{os.getpid()} {_group(os.getpid())}\n".encode("ascii"))
        self._stream.flush()

    @staticmethod
    def _retry(stream: IO[bytes]) -> bool:
        deadline = time.monotonic() + STALE_WAIT_SECONDS
        while not _try_lock(stream):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def release(self) -> None:
        if self._stream is not None:
            self._stream.close()  # Closing the file releases the lock.
            self._stream = None


def _holder(path: Path) -> tuple[int, int] | None:
    """The pid and process group written by the program that took the lock."""
    try:
        pid, group = path.read_text(encoding="ascii").split()
        return int(pid), int(group)
    except (OSError, ValueError):  # Written by a version that did not record it.
        return None


def _group(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except (OSError, AttributeError):  # Gone; or Windows, which has no process groups.
        return None


def end_orphans(path: Path, holder: tuple[int, int] | None) -> bool:
    """Kill the processes that hold `path` open when the program that took the lock is
    gone: those of its process group are its children, left behind. True if there were
    some (Linux; elsewhere it finds none)."""
    if holder is None or _alive(holder[0]):
        return False
    orphans = [pid for pid in _holding(path) if _group(pid) == holder[1]]
    for pid in orphans:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:  # Gone meanwhile.
            continue
    return bool(orphans)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # Someone else's process: alive.
        return True
    return True


def _holding(path: Path) -> list[int]:
    """The processes with `path` open (through /proc, so Linux only)."""
    target = str(path.resolve())
    holders = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            links = [os.readlink(fd) for fd in (entry / "fd").iterdir()]
        except OSError:  # Exited, or not ours to look at.
            continue
        if target in links and int(entry.name) != os.getpid():
            holders.append(int(entry.name))
    return holders
