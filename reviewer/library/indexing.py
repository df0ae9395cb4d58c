"""Keeping the search index in step with the database, which is the truth.

The store records a key for everything the index lacks (`doc:<id>`, `ann:<uuid>`)
in the same transaction as the change. `catch_up` applies those keys and clears
them only after the index has committed, so a crash at any point is repaired by
the next `catch_up`.

One thread indexes at a time. The database is read under the library's lock,
a chunk at a time, but the index is written outside it: a long import never
blocks the window's reads. An action indexes its own change, unless another
thread holds the index: it then leaves its key, and the keeper thread, woken
when the index is let go, indexes it (it also merges small commits' segments).

An import indexes as it goes (`stream`): as it stores files, what is pending
goes into one open writer, committed every `STREAM_COMMIT_ENTRIES`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress

from reviewer.core import fields
from reviewer.core.errors import Cancelled, LibraryError
from reviewer.core.events import CancelToken, ProgressCallback, no_progress
from reviewer.core.i18n import tr, trn
from reviewer.core.records import Document, Progress
from reviewer.library.engine import EngineBatch, SearchEngine
from reviewer.search import AnnotationEntry, PageEntry
from reviewer.store import PendingKey, Store

# Keys per index commit: bounds memory and what a cancel or a crash loses.
CHUNK_KEYS = 200
# Keys read under the library's lock at once: an action of the window waits at most that long.
READ_KEYS = 50
# Entries per commit of an import's stream. Each commit adds two segments (one per
# indexing process), and each segment costs a search ~1.5 ms at 10k pages; the
# indexing processes hold a commit's entries in memory (~180 MB each at 5000).
STREAM_COMMIT_ENTRIES = 5000
# Pages stored between two looks at what is pending: each look reads every pending key.
STREAM_TAKE_PAGES = 100
# What each page's entry holds of its document's fields (`legislature:17`, `year:2024`...).
DOCUMENT_FIELDS = fields.on_pages()

IndexChange = Callable[[EngineBatch], None]
DocumentLookup = Callable[[int], Document | None]


class IndexSync:
    def __init__(self, store: Store, index: SearchEngine, database_lock: threading.RLock) -> None:
        self.store = store
        self.index = index
        self._database = database_lock
        self._indexing = threading.Lock()
        # An action found the index held and left its keys. Set before the action tries
        # the lock, so whoever lets go of it sees the flag and wakes the keeper.
        self._left = False
        self._woken = threading.Event()
        self._keeper: threading.Thread | None = None
        self._starting = threading.Lock()
        self._closing = False

    def catch_up(
        self,
        *,
        progress: ProgressCallback = no_progress,
        bulk: bool = False,
        wait: bool = True,
        cancel: CancelToken | None = None,
    ) -> int:
        """Apply the changes pending now; return how many keys were applied.

        With `wait=False` (an action), return at once if another thread holds the
        index: the keeper thread indexes the keys left once that thread lets go.
        """
        if not wait:
            self._left = True
        if not self._indexing.acquire(blocking=wait):
            return 0
        try:
            applied = self._drain(progress, bulk, cancel or CancelToken())
        except OSError as error:  # A full disk: the keys stay queued for the next start.
            # Only an action (`wait=False`) has just saved something to speak of.
            saved = tr("what you did is saved, but ") if not wait else ""
            raise LibraryError(
                tr(
                    "the search index could not be written ({reason}): "
                    "{saved}searches miss the latest changes until it catches up; free some "
                    "space on the disk, and the index catches up when the library next opens",
                    reason=error.strerror or error,
                    saved=saved,
                )
            ) from error
        finally:
            self._let_go()
        if not wait and self.index.untidy:  # An action never waits for a merge.
            self._wake()
        return applied

    def close(self) -> None:
        """Stop the keeper after its work under way and a last round for the keys left.
        Call it before taking the library's lock: that round needs it."""
        self._closing = True
        self._woken.set()
        with self._starting:
            keeper = self._keeper
        if keeper is not None:
            keeper.join()

    @contextmanager
    def _holding(self) -> Iterator[None]:
        self._indexing.acquire()
        try:
            yield
        finally:
            self._let_go()

    def _let_go(self) -> None:
        self._indexing.release()
        if self._left:
            self._wake()

    def _wake(self) -> None:
        with self._starting:
            if self._closing:
                return
            if self._keeper is None or not self._keeper.is_alive():
                self._keeper = threading.Thread(target=self._keep, name="index-keeper", daemon=True)
                self._keeper.start()
        self._woken.set()

    def _keep(self) -> None:
        """The keeper thread: indexes the keys actions left while the index was held,
        then merges the tiny segments of small commits once there are many."""
        while True:
            self._woken.wait()
            self._woken.clear()
            if self._left:  # First: searchable sooner than after a merge.
                with suppress(LibraryError):  # Closed, or a full disk: they stay queued.
                    self.catch_up()
            if self._closing:
                return
            self._tidy()  # Keys left meanwhile wake the keeper again as it lets go.

    def _tidy(self) -> None:
        if self.index.closed or not self.index.untidy:
            return
        if not self._indexing.acquire(blocking=False):
            return  # Another thread indexes: the next action wakes the keeper again.
        try:
            self.index.tidy()
        except (OSError, LibraryError):  # The segments stay as they were, still searchable.
            pass
        finally:
            self._let_go()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """The database, under the library's lock, unless the library has closed
        (the keeper thread may still be at work)."""
        with self._database:
            if self.index.closed:
                raise LibraryError(tr("the library is closed: its index catches up when it opens"))
            yield

    @contextmanager
    def stream(self) -> Iterator[IndexStream]:
        """Index while an import runs: call `stored` after each file it stores.

        Holds the index throughout: actions made meanwhile leave their keys, and the
        stream takes them at its next look.
        """
        with self._holding():
            stream = IndexStream(self)
            try:
                yield stream
            except BaseException:
                stream.cancel()
                raise
            stream.commit()

    def _drain(self, progress: ProgressCallback, bulk: bool, cancel: CancelToken) -> int:
        self._left = False  # What actions left until now is in the snapshot.
        with self._reading():
            snapshot = self.store.pending_index()
        applied = 0
        for start in range(0, len(snapshot), CHUNK_KEYS):
            if cancel.cancelled:
                raise Cancelled(tr("indexing cancelled: the rest is indexed at the next start"))
            pending = snapshot[start : start + CHUNK_KEYS]
            changes = self._changes(pending)
            with self.index.batch(bulk=bulk or len(pending) > 1) as batch:
                for change in changes:
                    change(batch)
            with self._reading():
                self.store.clear_index_keys(pending)
            applied += len(pending)
            progress(Progress(applied, len(snapshot), tr("indexing")))
        return applied

    def rebuild(self, *, progress: ProgressCallback, cancel: CancelToken) -> int:
        """Empty the index and index everything again, in committed chunks."""
        with self._database:
            self.store.queue_everything()
        with self._holding(), self.index.batch(bulk=True) as batch:
            batch.clear()
        return self.catch_up(progress=progress, bulk=True, cancel=cancel)

    def _changes(self, pending: Sequence[PendingKey]) -> list[IndexChange]:
        """Read what the keys need from the database now, to write to the index later.

        The library's lock is taken a chunk at a time, so the window's actions never
        wait long; a document is read once a chunk (its annotation count is a scan).
        """
        changes: list[IndexChange] = []
        for start in range(0, len(pending), READ_KEYS):
            with self._reading():
                document = functools.cache(self.store.document)
                for item in pending[start : start + READ_KEYS]:
                    changes.append(self._change(item.key, document))
        return changes

    def _change(self, key: str, document: DocumentLookup) -> IndexChange:
        kind, _, ident = key.partition(":")
        if kind == "doc":
            return self._document_change(int(ident))
        return self._annotation_change(ident, document)

    def _document_change(self, document_id: int) -> IndexChange:
        document = self.store.document(document_id)
        if document is None or document.removed:
            return lambda batch: batch.delete_document(document_id)
        facets = {f.index: ", ".join(fields.document_values(f, document)) for f in DOCUMENT_FIELDS}
        entries = [
            PageEntry(document_id, page.number, page.text, document.title, document.kind, facets)
            for page in self.store.pages(document_id)
        ]
        return lambda batch: batch.add_pages(entries)

    def _annotation_change(self, annotation_id: str, lookup: DocumentLookup) -> IndexChange:
        annotation = self.store.annotation(annotation_id)
        document = lookup(annotation.document_id) if annotation else None
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
            problems.append(
                trn(
                    "{n} change not yet in the search index",
                    "{n} changes not yet in the search index",
                    len(pending),
                )
            )
        present = self.index.keys()
        if missing := expected - present:
            problems.append(
                trn(
                    "{n} page or annotation missing from the search index",
                    "{n} pages or annotations missing from the search index",
                    len(missing),
                )
            )
        if extra := present - expected:
            problems.append(
                trn(
                    "{n} stale entry in the search index",
                    "{n} stale entries in the search index",
                    len(extra),
                )
            )
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
            with self._holding(), self.index.batch() as batch:
                for key in extra:
                    batch.delete_key(key)
        done = []
        if applied:
            done.append(
                trn(
                    "indexed {n} missing or pending item",
                    "indexed {n} missing or pending items",
                    applied,
                )
            )
        if extra:
            done.append(
                trn("removed {n} stale index entry", "removed {n} stale index entries", len(extra))
            )
        return done


class IndexStream:
    """An import's open index writer (see `IndexSync.stream`).

    A key is cleared only once the commit that holds it is done, and only if it has
    not changed since it was taken: a document removed during the import is then
    indexed again by the next `catch_up`, as a streamed entry cannot be deleted
    before its commit. A failure to write the index stops the stream, not the
    import: the keys stay queued for `catch_up`, which reports the failure.
    """

    def __init__(self, sync: IndexSync) -> None:
        self._sync = sync
        self._batch: EngineBatch | None = None
        self._writer = ExitStack()  # The open batch's context: commits or cancels it.
        self._taken: dict[str, PendingKey] = {}
        self._failed = False
        self._stored = 0  # Pages stored since the last look.

    def stored(self, pages: int) -> None:
        """Note a file stored; every `STREAM_TAKE_PAGES`, index what is pending."""
        self._stored += pages
        if self._stored >= STREAM_TAKE_PAGES:
            self.take_pending()

    def take_pending(self) -> None:
        """Index what is pending now (the files stored, actions made meanwhile)."""
        self._stored = 0
        if self._failed:
            return
        with self._sync._reading():
            fresh = [p for p in self._sync.store.pending_index() if p.key not in self._taken]
        changes = self._sync._changes(fresh)
        with self._stopping_on_failure():
            batch = self._open()
            for change in changes:
                change(batch)
            self._taken.update((pending.key, pending) for pending in fresh)
            if batch.added >= STREAM_COMMIT_ENTRIES:
                self._commit()

    def commit(self) -> None:
        """Index what is pending, commit, then clear the keys committed."""
        self.take_pending()
        with self._stopping_on_failure():
            self._commit()

    def cancel(self) -> None:
        """Drop what is not committed; its keys stay queued."""
        self._taken = {}
        if self._batch is not None:
            self._batch = None
            self._writer.__exit__(Cancelled, Cancelled(tr("indexing stopped")), None)

    @contextmanager
    def _stopping_on_failure(self) -> Iterator[None]:
        try:
            yield
        except (OSError, LibraryError):  # A full disk: `catch_up` tries again, and says so.
            self.cancel()
            self._failed = True

    def _commit(self) -> None:
        if self._batch is None:
            return
        self._batch = None
        self._writer.close()
        taken, self._taken = list(self._taken.values()), {}
        with self._sync._reading():
            self._sync.store.clear_index_keys(taken)

    def _open(self) -> EngineBatch:
        if self._batch is None:
            batch = self._sync.index.batch(bulk=True, stream=True)
            self._batch = self._writer.enter_context(batch)
        return self._batch


def _queue_key(index_key: str) -> str:
    """The queue key that re-indexes an index entry: p:<doc>:<page> → doc:<doc>."""
    kind, _, rest = index_key.partition(":")
    if kind == "a":
        return f"ann:{rest}"
    return f"doc:{rest.partition(':')[0]}"
