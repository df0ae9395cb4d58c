"""How the program starts its child processes: file readers and index merges.

One fork server serves them all, so it loads once what any of them needs (names,
not imports: the core depends on no floor). A child then starts in ~15 ms instead
of importing PyMuPDF or Whoosh again (~250 ms).

Every child dies with its parent (`die_with_parent`): a child left behind by a
killed program would hold the library's locks (inherited descriptors, or Whoosh's
write lock) and keep the library read-only.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from multiprocessing.context import BaseContext

CHILD_MODULES = [
    "reviewer.pdf.isolated",
    "reviewer.library.reading",
    "reviewer.search.tidying",
    "reviewer.library.amendment_files",
]
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def child_context() -> BaseContext:
    """The fork server where there is one (fork would copy the program's threads'
    locks); elsewhere spawn, which starts Python from nothing."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(CHILD_MODULES)
    return context


def die_with_parent() -> None:
    """Call first in a child: the kernel kills it when its parent dies, even by SIGKILL.

    Linux only (prctl); elsewhere children notice their closed pipe when they next
    read it. The parent of a fork server's child is the fork server, which exits
    when the program does.
    """
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:  # The parent died before the request: nobody would kill us.
        os._exit(1)
