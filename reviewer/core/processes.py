"""How the program starts its child processes: file readers and index merges.

One fork server serves them all, so it loads once what any of them needs (names,
not imports: the core depends on no floor). A child then starts in ~15 ms instead
of importing PyMuPDF or Whoosh again (~250 ms).
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

CHILD_MODULES = ["reviewer.pdf.isolated", "reviewer.library.reading", "reviewer.search.tidying"]


def child_context() -> BaseContext:
    """The fork server where there is one (fork would copy the program's threads'
    locks); elsewhere spawn, which starts Python from nothing."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(CHILD_MODULES)
    return context
