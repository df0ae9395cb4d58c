"""PyMuPDF work on untrusted files, in a child process held to `reviewer.pdf.limits`.

MuPDF runs C code on whatever a file contains, and a broken or hostile file can
make it loop, allocate without end, or crash. In a child process a step that
overruns its time is stopped by killing the child, a memory blow-up hits the
child's own limit, and a crash ends only the child: each costs one file, with a
message that says what happened, and the next file gets a fresh child. It also
keeps this work off the program's threads, as PyMuPDF asks.

    with IsolatedReader() as reader:
        document = reader.read(path, password=None)   # raises a ReviewerError
        value = reader.run(job, *args, step_seconds=..., on_step=..., cancel=...)
        reader.begin_read(path, password=None)        # the child reads meanwhile ...
        document = reader.finish()                    # ... and this waits for it

A job is a module-level function called in the child as `job(*args, step=step)`;
it calls `step(page_number)` before each page, which restarts the page's clock.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import pymupdf

from reviewer.core.errors import Cancelled, PasswordRequired, ReviewerError, UnreadableDocument
from reviewer.core.events import CancelToken
from reviewer.core.i18n import language, set_language, tr
from reviewer.core.processes import child_context, die_with_parent
from reviewer.pdf.guard import MUPDF
from reviewer.pdf.limits import GIB, LIMITS, Limits
from reviewer.pdf.reader import DAMAGED_ADVICE, PageHook, ReadDocument, read_document

POLL_SECONDS = 0.05  # How often a wait looks at the cancel flag.
STOP_SECONDS = 5.0  # How long a child gets to exit by itself before it is killed.
Job = Callable[..., Any]
# How MuPDF words a failed allocation: "malloc (123 bytes) failed", "calloc (4 x 8 bytes) failed".
MUPDF_NO_MEMORY = re.compile(r"alloc \(.*\) failed|out of memory")


def _ignore(_number: int) -> None:
    """The default step hook: nothing to report."""


class IsolatedReader:
    """One child process at a time, started on first use and after any failure."""

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._step_seconds: float | None = None  # Set while a job is sent and not finished.

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def read(self, path: Path, *, password: str | None = None) -> ReadDocument:
        """Read a file for import, as `read_document` does, within the limits."""
        self.begin_read(path, password=password)
        return self.finish()

    def begin_read(self, path: Path, *, password: str | None = None) -> None:
        """Start reading a file; the caller works meanwhile, then calls `finish`."""
        self.begin(read_job, path, password, step_seconds=self.limits.page_seconds)

    def run(
        self,
        job: Job,
        *args: object,
        step_seconds: float,
        on_step: PageHook = _ignore,
        cancel: CancelToken | None = None,
    ) -> Any:
        """Run `job` in the child; the first step (opening) gets `open_seconds`."""
        self.begin(job, *args, step_seconds=step_seconds)
        return self.finish(on_step=on_step, cancel=cancel)

    def begin(self, job: Job, *args: object, step_seconds: float) -> None:
        """Send `job` to the child, which starts at once; `finish` waits for its result."""
        if self._step_seconds is not None:
            raise RuntimeError("the child is already working on a job: finish it first")
        self._started().send((job, args, language()))
        self._step_seconds = step_seconds

    def finish(self, *, on_step: PageHook = _ignore, cancel: CancelToken | None = None) -> Any:
        """The result of the job begun, or its failure as a ReviewerError.

        Time limits count from this call: steps the child took meanwhile arrive
        at once, and the step under way gets its whole allowance from now on.
        """
        step_seconds, self._step_seconds = self._step_seconds, None
        if step_seconds is None or self._connection is None:
            raise RuntimeError("no job was begun")
        connection = self._connection
        step, allowed = 0, self.limits.open_seconds
        while True:
            message = self._receive(connection, time.monotonic() + allowed, step, cancel)
            if message[0] == "memory":  # The child may be left in a bad state: replace it.
                self._kill()
            if message[0] != "step":
                return _result(message, self.limits)
            step, allowed = message[1], step_seconds
            on_step(step)

    def close(self) -> None:
        """Let the child finish and exit; kill it if it does not, or if it still works
        on a job nobody will finish (an import cancelled while the next file is read)."""
        if self._step_seconds is not None:
            self._step_seconds = None
            self._kill()
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._process is not None:
            self._process.join(STOP_SECONDS)
            self._kill()

    def _started(self) -> Connection:
        if self._connection is None:
            context = child_context()
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_serve, args=(theirs, self.limits.memory_bytes), daemon=True
            )
            process.start()
            theirs.close()
            self._process, self._connection = process, ours
        return self._connection

    def _receive(
        self, connection: Connection, deadline: float, step: int, cancel: CancelToken | None
    ) -> tuple[Any, ...]:
        while not connection.poll(min(POLL_SECONDS, max(0.0, deadline - time.monotonic()))):
            if cancel is not None and cancel.cancelled:
                self._kill()
                raise Cancelled(tr("cancelled; nothing of this document was changed"))
            if time.monotonic() >= deadline:
                self._kill()
                raise UnreadableDocument(_overrun(step, self.limits))
        try:
            return connection.recv()
        except (EOFError, OSError):
            code = self._kill()
            raise UnreadableDocument(_crash(code, self.limits)) from None

    def _kill(self) -> int | None:
        """Stop the child (now, if still running); the next job starts a new one."""
        process, self._process = self._process, None
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if process is None:
            return None
        if process.is_alive():
            process.kill()
        process.join()
        return process.exitcode


def _result(message: tuple[Any, ...], limits: Limits) -> Any:
    kind = message[0]
    if kind == "done":
        return message[1]
    if kind == "password":
        raise PasswordRequired(message[1], wrong_password=message[2])
    if kind == "memory":
        raise UnreadableDocument(_too_big(limits))
    raise UnreadableDocument(message[1])


def _overrun(step: int, limits: Limits) -> str:
    if step == 0:
        return tr(
            "opening the file took more than {seconds:g} s and was stopped: "
            "it is damaged or far too large; {advice}",
            seconds=limits.open_seconds,
            advice=tr(DAMAGED_ADVICE),
        )
    return tr(
        "page {page} took more than the {seconds:g} s allowed per page and was "
        "stopped: the page is damaged or far too complex; {advice}",
        page=step,
        seconds=limits.page_seconds,
        advice=tr(DAMAGED_ADVICE),
    )


def _too_big(limits: Limits) -> str:
    allowed = limits.memory_bytes
    size = f"{allowed / GIB:g} GiB" if allowed >= GIB else f"{allowed >> 20} MiB"
    return tr(
        "reading the file needed more than the {size} of memory allowed and was stopped: "
        "it is damaged or far too complex; {advice}",
        size=size,
        advice=tr(DAMAGED_ADVICE),
    )


def _crash(exitcode: int | None, limits: Limits) -> str:
    if exitcode == -signal.SIGKILL:  # The system's out-of-memory killer.
        return _too_big(limits)
    return tr(
        "the PDF library stopped while reading the file (exit code {exitcode}): "
        "it is probably damaged; {advice}",
        exitcode=exitcode,
        advice=tr(DAMAGED_ADVICE),
    )


# In the child process


def _serve(connection: Connection, memory_bytes: int) -> None:
    die_with_parent()
    _limit_memory(memory_bytes)
    # Problems reach the user as messages; what Tesseract prints on stderr ("Image too
    # small to scale!!") would only puzzle them (MuPDF is silenced in `reader`).
    _silence_stderr()
    while True:
        try:
            job, args, code = connection.recv()
            set_language(code)  # the messages made here are in the program's language
            connection.send(_outcome(job, args, connection))
        except (EOFError, OSError):  # The program closed the pipe, or died: stop quietly.
            return


def _outcome(job: Job, args: tuple[object, ...], connection: Connection) -> tuple[Any, ...]:
    with MUPDF:  # The child has one thread; the lock is taken as everywhere in this floor.
        pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        return ("done", job(*args, step=lambda number: connection.send(("step", number))))
    except PasswordRequired as error:
        return ("password", str(error), error.wrong_password)
    except Exception as error:  # Whatever MuPDF raises on a strange file, the file is at fault.
        return _refusal(error)


def _refusal(error: Exception) -> tuple[Any, ...]:
    if _out_of_memory(error):
        return ("memory",)
    if isinstance(error, ReviewerError):
        return ("refused", str(error))
    if isinstance(error, OSError):
        return (
            "refused",
            tr("{reason}: check that the file can be read", reason=error.strerror or error),
        )
    return (
        "refused",
        tr("the file cannot be read ({error}): {advice}", error=error, advice=tr(DAMAGED_ADVICE)),
    )


def _out_of_memory(error: BaseException | None) -> bool:
    """A MemoryError, or MuPDF's failed allocation, possibly wrapped in a ReviewerError."""
    while error is not None:
        if isinstance(error, MemoryError) or MUPDF_NO_MEMORY.search(str(error)):
            return True
        error = error.__cause__
    return False


def read_job(path: Path, password: str | None, *, step: PageHook) -> ReadDocument:
    """The job of `begin_read`, for jobs that read a file and do more with it."""
    document = read_document(path, password=password, before_page=step)
    # MuPDF warns when it works around a damaged PDF: the text may be incomplete. (Converted
    # files warn about missing images and styles, which is no damage.)
    with MUPDF:
        warned = document.pdf_bytes is None and bool(pymupdf.TOOLS.mupdf_warnings())
    repaired = document.repaired or warned
    return replace(document, repaired=repaired)


def _silence_stderr() -> None:
    with open(os.devnull, "wb") as devnull:
        os.dup2(devnull.fileno(), 2)


def _limit_memory(extra: int) -> None:
    """Cap the child's address space at its start-up size plus `extra` (Linux)."""
    try:
        import resource
    except ImportError:  # Windows: no limit; the time limits still hold.
        return
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            baseline = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # No /proc (macOS, which does not enforce RLIMIT_AS anyway).
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = baseline + extra if hard == resource.RLIM_INFINITY else min(baseline + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
