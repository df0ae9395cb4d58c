"""Keeping the search index in step with the database, which is the truth.

The store records a key for everything the index lacks (`doc:<id>`, `ann:<uuid>`)
in the same transaction as the change. `catch_up` applies those keys and clears
them only after the index has committed, so a crash at any point is repaired by
the next `catch_up`.
"""

from __future__ import annotations

from reviewer.core.errors import Cancelled
from reviewer.core.events import CancelToken, ProgressCallback, no_progress
from reviewer.core.records import Progress
from reviewer.search import AnnotationEntry, IndexBatch, PageEntry, SearchIndex
from reviewer.store import Store

# Pages per index commit during a rebuild: bounds memory and the work a cancel loses.
REBUILD_CHUNK = 2000


class IndexSync:
    def __init__(self, store: Store, index: SearchIndex) -> None:
        self.store = store
        self.index = index

    def catch_up(self, *, progress: ProgressCallback = no_progress, bulk: bool = False) -> int:
        """Apply every pending change to the index; return how many keys were applied."""
        keys = self.store.pending_index_keys()
        if not keys:
            return 0
        with self.index.batch(bulk=bulk or len(keys) > 1) as batch:
            for done, key in enumerate(keys):
                progress(Progress(done, len(keys), "indexing"))
                self._apply(batch, key)
        self.store.clear_index_keys(keys)
        return len(keys)

    def rebuild(self, *, progress: ProgressCallback, cancel: CancelToken) -> int:
        """Empty the index and index everything again, in committed chunks."""
        with self.index.batch(bulk=True) as batch:
            batch.clear()
        keys = self.store.pending_index_keys()
        for start in range(0, len(keys), REBUILD_CHUNK):
            if cancel.cancelled:
                raise Cancelled("rebuild cancelled: the rest is indexed at the next start")
            chunk = keys[start : start + REBUILD_CHUNK]
            with self.index.batch(bulk=True) as batch:
                for key in chunk:
                    self._apply(batch, key)
            self.store.clear_index_keys(chunk)
            progress(Progress(start + len(chunk), len(keys), "indexing"))
        return len(keys)

    def _apply(self, batch: IndexBatch, key: str) -> None:
        kind, _, ident = key.partition(":")
        if kind == "doc":
            self._apply_document(batch, int(ident))
        else:
            self._apply_annotation(batch, ident)

    def _apply_document(self, batch: IndexBatch, document_id: int) -> None:
        document = self.store.document(document_id)
        if document is None or document.removed:
            batch.delete_document(document_id)
            return
        batch.add_pages(
            PageEntry(document_id, page.number, page.text, document.title, document.kind)
            for page in self.store.pages(document_id)
        )

    def _apply_annotation(self, batch: IndexBatch, annotation_id: str) -> None:
        annotation = self.store.annotation(annotation_id)
        document = self.store.document(annotation.document_id) if annotation else None
        if annotation is None or annotation.deleted or document is None or document.removed:
            batch.delete_annotation(annotation_id)
            return
        batch.add_annotation(
            AnnotationEntry(
                annotation_id,
                annotation.document_id,
                annotation.page,
                annotation.quote,
                annotation.note,
                annotation.tags,
                annotation.author,
                annotation.color,
                document.title if document else "",
                document.kind if document else "other",
            )
        )

    def disagreements(self) -> list[str]:
        """What differs between the database and the index, in plain words."""
        problems = []
        pending = self.store.pending_index_keys()
        if pending:
            problems.append(f"{len(pending)} change(s) not yet in the search index")
        expected = self.store.expected_index_keys()
        present = self.index.keys()
        if missing := expected - present:
            problems.append(f"{len(missing)} page(s)/annotation(s) missing from the search index")
        if extra := present - expected:
            problems.append(f"{len(extra)} stale entrie(s) in the search index")
        return problems

    def repair(self) -> list[str]:
        """Index what is missing and drop what is stale; say what was done."""
        expected = self.store.expected_index_keys()
        present = self.index.keys()
        missing, extra = expected - present, present - expected
        with self.store.transaction():
            for key in missing:
                self.store.queue_index(_queue_key(key))
        applied = self.catch_up(bulk=True)
        if extra:
            with self.index.batch() as batch:
                for key in extra:
                    batch.delete_key(key)
        done = []
        if applied:
            done.append(f"indexed {applied} missing or pending item(s)")
        if extra:
            done.append(f"removed {len(extra)} stale index entrie(s)")
        return done


def _queue_key(index_key: str) -> str:
    """The queue key that re-indexes an index entry: p:<doc>:<page> → doc:<doc>."""
    kind, _, rest = index_key.partition(":")
    if kind == "a":
        return f"ann:{rest}"
    return f"doc:{rest.partition(':')[0]}"
