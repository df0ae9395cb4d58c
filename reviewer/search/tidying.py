"""Merging the tiny segments of small commits, in a child process.

The merge is about 100 ms of pure Python: in a thread of the program it would hold
the interpreter lock that the window's next actions wait for (most actions slower
than 30 ms were made during one). A child process merges on the other core.
"""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr
from reviewer.core.processes import child_context, die_with_parent

STOP_SECONDS = 120.0  # A merge of tiny segments takes a fraction of a second.


def merge_tiny_segments(directory: Path, indexname: str, timeout: float) -> None:
    """Merge the tiny segments of the index in `directory`; wait for it to be done."""
    process = child_context().Process(
        target=_merge, args=(str(directory), indexname, timeout), name="index-tidy"
    )
    process.start()
    process.join(STOP_SECONDS)
    if process.is_alive():
        process.kill()
        process.join()
    if process.exitcode != 0:
        raise LibraryError(
            tr("merging the index's small segments failed ({exitcode})", exitcode=process.exitcode)
        )


def _merge(directory: str, indexname: str, timeout: float) -> None:
    die_with_parent()
    from reviewer.search.batch import merge_tiny  # Also reads segments in place (internals.py).

    writer = whoosh_index.open_dir(directory, indexname=indexname).writer(timeout=timeout)
    writer.commit(mergetype=merge_tiny)
