"""Whoosh's indexing processes (`procs=`), made safe to stop.

Whoosh's own multi-process writer forks children that wait on a queue for work:
if one dies (a full disk), the program waits forever on the full queue; if the
writer is cancelled, they wait forever for work, and the program never exits; if
the program is killed, they live on holding the library's locks, inherited. Here
they die with the program, fail quietly (the program reports), and a writer with
a dead child neither commits what it lost nor waits for it.

Subclasses `whoosh.multiproc` (written for whoosh-reloaded 2.7.5, like `internals`):
its `tasks`, `_new_task`, `jobqueue` and `_commit_toc`, and its writer's `writelock`.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import queue
from contextlib import suppress
from multiprocessing.queues import Queue
from typing import Any

from whoosh.index import Index
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import IndexWriter

from reviewer.core.processes import die_with_parent

PUT_SECONDS = 0.5  # How often a full queue looks whether its readers are still alive.


def writer(index: Index, *, procs: int, **options: Any) -> MpWriter:
    """A multi-process writer whose children stop when they should."""
    return _Writer(index, procs=procs, **options)


def abandon(writer: IndexWriter) -> None:
    """Cancel a writer, whatever state a failure left it in: its children stopped,
    Whoosh's write lock released (else the library's next write waits for itself)."""
    if writer.is_closed:
        return
    for task in getattr(writer, "tasks", ()):
        task.kill()
        task.join()
    try:
        writer.cancel()
    except Exception:  # The failure again (a full disk): at least let go of the lock.
        lock = getattr(writer, "writelock", None)
        if lock is not None and lock.fd is not None:
            with suppress(OSError):
                lock.release()
        writer.is_closed = True


def _dead_child() -> OSError:
    return OSError(errno.EIO, "an indexing process stopped (is the disk full?)")


class _Task(SubWriterTask):
    def run(self) -> None:
        die_with_parent()
        try:
            super().run()
        except BaseException:  # The writer sees the exit code and reports in plain words.
            os._exit(1)


class _Jobs(Queue):  # type: ignore[type-arg]
    """The job queue: a put waits for room only while the children that make it live."""

    def __init__(self, maxsize: int, tasks: list[_Task]) -> None:
        super().__init__(maxsize, ctx=multiprocessing.get_context())
        self._tasks = tasks

    def put(self, obj: object, block: bool = True, timeout: float | None = None) -> None:
        while True:
            if any(task.exitcode not in (None, 0) for task in self._tasks):
                raise _dead_child()
            with suppress(queue.Full):
                super().put(obj, True, PUT_SECONDS)
                return


class _Writer(MpWriter):
    def __init__(self, index: Index, **options: Any) -> None:
        super().__init__(index, **options)
        self.jobqueue = _Jobs(self.procs * 4, self.tasks)

    def _new_task(self) -> _Task:
        task = _Task(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        task.daemon = True  # Never left waiting for work when the program exits.
        self.tasks.append(task)
        task.start()
        return task

    def _commit_toc(self, segments: list[Any]) -> None:
        # The children are joined by now: one that failed lost its entries.
        if any(task.exitcode != 0 for task in self.tasks):
            raise _dead_child()
        super()._commit_toc(segments)
