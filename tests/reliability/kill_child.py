"""The program test_kill.py kills: imports and annotation edits until it is stopped.

    python kill_child.py LIBRARY SOURCES FIRST_NUMBER [POINT CALLS]

It prints one line, flushed, after each action completes ("imported ID",
"annotated ID NUMBER", "edited ID NUMBER"): what the test may expect to find.
With POINT, it kills itself with SIGKILL at that point of the CALLS-th action
that reaches it, for the kills that random timing rarely hits.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

from helpers import write_test_pdf

from reviewer.library import Library
from reviewer.store import Store

ENTRIES = {
    "after-index": (Store, "clear_index_keys"),  # the index has it, the queue says it lacks it
    "before-row": (Store, "add_document"),  # an import's files are copied, its row not written
}


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def kill_at(point: str, calls: int) -> None:
    """Die at the `calls`-th passage through `point`."""
    seen = count(1)
    if point == "after-commit":  # the database has the action, the index not yet
        original_transaction = Store.transaction

        @contextmanager
        def transaction(store: Store) -> Iterator[None]:
            with original_transaction(store):
                yield
            committed = not store.db.conn.in_transaction
            if committed and store.pending_index(limit=1) and next(seen) == calls:
                die()

        Store.transaction = transaction
        return
    owner, name = ENTRIES[point]
    original: Callable[..., object] = getattr(owner, name)

    def dying(*args: object, **kwargs: object) -> object:
        if next(seen) == calls:
            die()
        return original(*args, **kwargs)

    setattr(owner, name, dying)


def act(library: Library, sources: Path, number: int) -> str:
    """One action; its line once it is complete."""
    if number % 5 == 0 or not library.documents():
        text = f"Article {number}. La CNIL contrôle la vidéoprotection n{number}."
        pdf = write_test_pdf(sources / f"texte-{number}.pdf", [text])
        [outcome] = library.import_paths([pdf]).outcomes
        return f"imported {outcome.document_id}"
    annotations = library.annotations()
    if number % 2 and annotations:
        edited = library.update_annotation(
            annotations[number % len(annotations)].id, note=f"n{number}"
        )
        return f"edited {edited.id} {number}"
    documents = library.documents()
    [created] = library.annotate(documents[number % len(documents)].id, "CNIL", note=f"n{number}")
    return f"annotated {created.id} {number}"


def main(root: Path, sources: Path, first: int, point: str | None, calls: int) -> None:
    with Library(root) as library:
        print("ready", flush=True)
        if point:
            kill_at(point, calls)
        for number in count(first):
            print(act(library, sources, number), flush=True)


if __name__ == "__main__":
    folder, originals, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    where, times = (sys.argv[4], int(sys.argv[5])) if len(sys.argv) > 4 else (None, 0)
    main(folder, originals, start, where, times)
