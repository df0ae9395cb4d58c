"""One writer per library: a second program on the same library opens it read-only.

An OS file lock (released by the OS when the process dies, even on SIGKILL), so a
crash never leaves the library locked.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

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
        self.held = _try_lock(self._stream)
        if not self.held:
            self.release()

    def release(self) -> None:
        if self._stream is not None:
            self._stream.close()  # Closing the file releases the lock.
            self._stream = None
