"""Keeping the search index in step with the database, which is the truth.

The store records a key for everything the index lacks (`doc:<id>`, `ann:<uuid>`)
in the same transaction as the change. `catch_up` applies those keys and clears
them only after the index has committed, so a crash at any point is repaired by
the next `catch_up`.

One thread indexes at a time. The database is read under the library's lock,
a chunk at a time, but the index is written outside it: a long import never
blocks the window's reads, and an action made meanwhile leaves its key for the
indexing thread instead of waiting for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from reviewer.core.errors import Cancelled, LibraryError
from reviewer.core.events import CancelToken, ProgressCallback, no_progress
from reviewer.core.records import Progress
from reviewer.search import AnnotationEntry, IndexBatch, PageEntry, SearchIndex
from reviewer.store import Store

# Keys per index commit: bounds memory and what a cancel or a crash loses.
CHUNK_KEYS = 200
# Metadata fields the index offers as facets (`legislature:17`, `year:2024`...).
FACETS = ("legislature", "year", "group")

IndexChange = Callable[[IndexBatch], None]


class IndexSync:
    def __init__(self, store: Store, index: SearchIndex, database_lock: threading.RLock) -> None:
        self.store = store
        self.index = index
        self._database = database_lock
        self._indexing = threading.Lock()
        self._refused = False  # An action found the indexer busy and left its keys.

    def catch_up(
        self,
        *,
        progress: ProgressCallback = no_progress,
        bulk: bool = False,
        wait: bool = True,
        cancel: CancelToken | None = None,
    ) -> int:
        """Apply the changes pending now; return how many keys were applied.

        With `wait=False`, return at once if another thread is indexing; that thread
        then makes one more round for the keys it was left. Each round takes only the
        keys pending when it starts, so a stream of new actions cannot keep it going.
        """
        applied = 0
        for _round in range(2):
            if not self._indexing.acquire(blocking=wait):
                self._refused = True
                return applied
            try:
                self._refused = False
                applied += self._drain(progress, bulk, cancel or CancelToken())
            except OSError as error:  # A full disk: the keys stay queued for the next start.
                raise LibraryError(
                    f"the search index could not be written ({error.strerror or error}): "
                    "what you did is saved; free some space on the disk, and the index "
                    "catches up when the library next opens"
                ) from error
            finally:
                self._indexing.release()
            if not self._refused:
                break
        return applied

    def _drain(self, progress: ProgressCallback, bulk: bool, cancel: CancelToken) -> int:
        with self._database:
            snapshot = self.store.pending_index()
        applied = 0
        for start in range(0, len(snapshot), CHUNK_KEYS):
            if cancel.cancelled:
                raise Cancelled("indexing cancelled: the rest is indexed at the next start")
            pending = snapshot[start : start + CHUNK_KEYS]
            with self._database:
                changes = [self._change(item.key) for item in pending]
            with self.index.batch(bulk=bulk or len(pending) > 1) as batch:
                for change in changes:
                    change(batch)
            with self._database:
                self.store.clear_index_keys(pending)
            applied += len(pending)
            progress(Progress(applied, len(snapshot), "indexing"))
        return applied

    def rebuild(self, *, progress: ProgressCallback, cancel: CancelToken) -> int:
        """Empty the index and index everything again, in committed chunks."""
        with self._database:
            self.store.queue_everything()
        with self._indexing, self.index.batch(bulk=True) as batch:
            batch.clear()
        return self.catch_up(progress=progress, bulk=True, cancel=cancel)

    def _change(self, key: str) -> IndexChange:
        """Read what a key needs from the database now; write it to the index later."""
        kind, _, ident = key.partition(":")
        if kind == "doc":
            return self._document_change(int(ident))
        return self._annotation_change(ident)

    def _document_change(self, document_id: int) -> IndexChange:
        document = self.store.document(document_id)
        if document is None or document.removed:
            return lambda batch: batch.delete_document(document_id)
        metadata = document.metadata
        facets = {name: _facet(metadata.get(name)) for name in FACETS}
        facets["author"] = _facet(metadata.get("authors"))
        ministries = {metadata.get("ministry_asked"), metadata.get("ministry_answering")}
        facets["ministry"] = _facet(sorted(m for m in ministries if isinstance(m, str)))
        entries = [
            PageEntry(document_id, page.number, page.text, document.title, document.kind, facets)
            for page in self.store.pages(document_id)
        ]
        return lambda batch: batch.add_pages(entries)

    def _annotation_change(self, annotation_id: str) -> IndexChange:
        annotation = self.store.annotation(annotation_id)
        document = self.store.document(annotation.document_id) if annotation else None
        if annotation is None or annotation.deleted or document is None or document.removed:
            return lambda batch: batch.delete_annotation(annotation_id)
        entry = AnnotationEntry(
            annotation_id,
            annotation.document_id,
            annotation.page,
            annotation.quote,
            annotation.note,
            annotation.tags,
            annotation.author,
            annotation.color,
            document.title,
            document.kind,
        )
        return lambda batch: batch.add_annotation(entry)

    def disagreements(self) -> list[str]:
        """What differs between the database and the index, in plain words."""
        problems = []
        with self._database:
            pending = self.store.pending_index_keys()
            expected = self.store.expected_index_keys()
        if pending:
            problems.append(f"{len(pending)} change(s) not yet in the search index")
        present = self.index.keys()
        if missing := expected - present:
            problems.append(f"{len(missing)} page(s)/annotation(s) missing from the search index")
        if extra := present - expected:
            problems.append(f"{len(extra)} stale entrie(s) in the search index")
        return problems

    def repair(self) -> list[str]:
        """Index what is missing and drop what is stale; say what was done."""
        with self._database:
            expected = self.store.expected_index_keys()
        present = self.index.keys()
        missing, extra = expected - present, present - expected
        with self._database, self.store.transaction():
            for key in missing:
                self.store.queue_index(_queue_key(key))
        applied = self.catch_up(bulk=True)
        if extra:
            with self._indexing, self.index.batch() as batch:
                for key in extra:
                    batch.delete_key(key)
        done = []
        if applied:
            done.append(f"indexed {applied} missing or pending item(s)")
        if extra:
            done.append(f"removed {len(extra)} stale index entrie(s)")
        return done


def _facet(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _queue_key(index_key: str) -> str:
    """The queue key that re-indexes an index entry: p:<doc>:<page> → doc:<doc>."""
    kind, _, rest = index_key.partition(":")
    if kind == "a":
        return f"ann:{rest}"
    return f"doc:{rest.partition(':')[0]}"
