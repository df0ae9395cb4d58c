"""The program test_restore_kill.py kills in the middle of a restore or a backup.

    python restore_child.py restore BACKUP ROOT RENAME [SIGNAL]
    python restore_child.py backup LIBRARY DEST

`restore` kills itself with SIGKILL (or stops itself with SIGNAL=SIGSTOP, to be
continued) just before the RENAME-th rename of the restore's last step (1: its journal
is written, nothing moved yet; 2: the folder there has gone aside, the restored library
is not yet in its place). `backup` kills itself once the database is copied, while the
archive is being written.
"""

from __future__ import annotations

import os
import signal
import sys
from itertools import count
from pathlib import Path

from reviewer.library import backup, scratch


def die(sent: signal.Signals = signal.SIGKILL) -> None:
    os.kill(os.getpid(), sent)


def restore(archive: Path, root: Path, rename: int, sent: signal.Signals) -> None:
    seen = count(1)
    original = scratch.move

    def dying(source: Path, target: Path) -> None:
        if next(seen) == rename:
            die(sent)
        original(source, target)

    scratch.move = dying
    backup.restore_library(archive, root)


def back_up(root: Path, destination: Path) -> None:
    def dying(*_args: object) -> None:
        die()

    backup._write_zip = dying
    from reviewer.library import Library  # Only here: the restore runs without the facade.

    with Library(root) as library:
        library.backup(destination)


if __name__ == "__main__":
    if sys.argv[1] == "restore":
        sent = signal.Signals[sys.argv[5]] if len(sys.argv) > 5 else signal.SIGKILL
        restore(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), sent)
    else:
        back_up(Path(sys.argv[2]), Path(sys.argv[3]))
