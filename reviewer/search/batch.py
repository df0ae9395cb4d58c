"""One batch of changes to the index, committed together (see `SearchIndex.batch`).

Changes are buffered, so a small batch opens a plain writer only at commit
(`bulk` never starts processes for two annotations), and an entry added twice,
or added then deleted, within the buffer is written once. A batch that grows
past `STREAM_AFTER` entries streams to a writer from then on (with `bulk`, one
that indexes in two processes); an entry it has streamed can no longer be
deleted by the same batch, since Whoosh deletes only committed entries.
With `stream`, a batch hands each entry to its writer as it comes: an import
indexes what it has stored (with `bulk`, in two processes) while its reading
process reads the next file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any

from whoosh.codec.base import Segment
from whoosh.index import Index, LockError
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher
from whoosh.writing import CLEAR, IndexWriter

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr
from reviewer.search import workers
from reviewer.search.analysis import lexicon_words
from reviewer.search.schema import (
    LEXICON,
    TEXT_FIELDS,
    AnnotationEntry,
    PageEntry,
    annotation_document,
    annotation_key,
    lexicon_document,
    page_document,
)

STREAM_AFTER = 500
WRITER_MEMORY_MB = 256
BULK_PROCESSES = 2
LOCK_TIMEOUT_S = 3.0  # Another process writing (this one has a lock of its own).
# Each small commit adds a segment and merges nothing (about 10 ms). At this many
# tiny segments (searches slow down), a commit of their own merges them all (about
# 100 ms), away from the user's action (`SearchIndex.tidy`). Merging a few on every
# commit cost more overall.
MAX_TINY_SEGMENTS = 24
TINY_SEGMENT = 50  # Entries; bigger segments come from imports and merge there.
# An import's commits merge the segments of a size tier (entries with as many digits)
# once it holds this many, so that imports of a few files (two segments each) leave
# a bounded number; each entry is merged about once per tier.
TIER_WIDTH = 10
# Segments this large are never merged: merging them made a 100,000-page import take
# 938 s instead of 530 s (7 segments instead of 40) for no faster search (p95 685 ms
# against 663); they number one per thousand entries at most.
UNMERGED_SEGMENT = 1000


# Given a generation, the index's open searcher if it shows that generation.
SearcherOf = Callable[[int], AbstractContextManager[Searcher | None]]


class IndexBatch:
    """Adds and deletes entries; nothing is visible until the batch commits."""

    def __init__(
        self, index: Index, *, bulk: bool, searcher: SearcherOf, stream: bool = False
    ) -> None:
        self._index = index
        self._bulk = bulk
        self._stream = stream
        self._searcher_of = searcher
        self._writer: IndexWriter | None = None
        self._documents: dict[str, dict[str, Any]] = {}
        self._deletions: list[tuple[str, str]] = []
        self._words: set[str] = set()
        self._cleared = False
        self.changed = False
        self.added = 0  # Entries added, to commit a long stream in parts.

    def add_pages(self, entries: Iterable[PageEntry]) -> None:
        """Add or replace pages (by document and page number)."""
        for entry in entries:
            self._add(entry.key, page_document(entry))

    def add_annotation(self, entry: AnnotationEntry) -> None:
        """Add or replace an annotation (by its id)."""
        self._add(entry.key, annotation_document(entry))

    def delete_document(self, document_id: int) -> None:
        """Remove a document's pages and annotations."""
        value = str(document_id)
        self._drop_buffered(lambda fields: fields["document_id"] == value)
        self._delete("document_id", value)

    def delete_annotation(self, annotation_id: str) -> None:
        self.delete_key(annotation_key(annotation_id))

    def delete_key(self, key: str) -> None:
        """Remove one entry by its key ("p:12:3", "a:<uuid>")."""
        self._drop_buffered(lambda fields: fields["key"] == key)
        self._delete("key", key)

    def clear(self) -> None:
        """Remove everything: entries committed before and entries added in this batch."""
        if self._writer is not None:
            workers.abandon(self._writer)
            self._writer = None
        self._documents.clear()
        self._deletions.clear()
        self._words.clear()
        self._cleared = self.changed = True

    @property
    def cleared(self) -> bool:
        return self._cleared

    def commit(self) -> None:
        if not self.changed:
            return
        streamed = self._writer is not None
        writer = self._writer or self._open_writer(streaming=False)
        self._flush(writer)
        self._add_lexicon(writer)
        if self._cleared:
            writer.commit(mergetype=CLEAR)
        elif streamed:
            # Never Whoosh's own policy: past ~20 segments it merges most of the index
            # again in this process, minutes of one core and ~1 GB at 100,000 pages.
            writer.commit(mergetype=merge_tiers)
        else:
            writer.commit(merge=False)

    def cancel(self) -> None:
        if self._writer is not None:
            workers.abandon(self._writer)

    def _add(self, key: str, fields: dict[str, Any]) -> None:
        self._documents.pop(key, None)  # A re-added key goes last, as if new.
        self._documents[key] = fields
        self.changed = True
        self.added += 1
        if self._stream or self._writer is not None or len(self._documents) >= STREAM_AFTER:
            self._flush(self._writer or self._open_writer(streaming=True))

    def _delete(self, fieldname: str, value: str) -> None:
        self._deletions.append((fieldname, value))
        self.changed = True
        if self._writer is not None:
            self._flush(self._writer)

    def _drop_buffered(self, condition: Callable[[dict[str, Any]], bool]) -> None:
        for key in [key for key, fields in self._documents.items() if condition(fields)]:
            del self._documents[key]

    def _open_writer(self, *, streaming: bool) -> IndexWriter:
        options: dict[str, Any] = {"limitmb": WRITER_MEMORY_MB, "timeout": LOCK_TIMEOUT_S}
        try:
            if streaming and self._bulk:
                self._writer = workers.writer(
                    self._index, procs=BULK_PROCESSES, multisegment=True, **options
                )
            else:
                self._writer = self._index.writer(**options)
        except LockError as error:
            raise LibraryError(
                tr("The search index is being written by another program; close it and try again.")
            ) from error
        return self._writer

    def _flush(self, writer: IndexWriter) -> None:
        for docnum in self._replaced(writer):
            writer.delete_document(docnum)
        for fields in self._documents.values():
            writer.add_document(**fields)
            for name in TEXT_FIELDS:
                self._words.update(lexicon_words(fields.get(name, "")))
        self._deletions.clear()
        self._documents.clear()

    def _replaced(self, writer: IndexWriter) -> set[int]:
        """The committed entries that the buffered changes delete or replace."""
        if self._cleared:  # They go with their segments.
            return set()
        terms = self._deletions + [("key", key) for key in self._documents]
        with self._searcher_of(writer.generation - 1) as searcher:
            # The index's own searcher saves the writer opening every segment again.
            found = searcher or writer.searcher()
            return {n for field, value in terms for n in found.document_numbers(**{field: value})}

    def _add_lexicon(self, writer: IndexWriter) -> None:
        """One entry with the words the index did not have yet."""
        if not self._cleared:  # Else the old words go with the old segments.
            with self._searcher_of(writer.generation - 1) as searcher:
                reader = (searcher or writer.searcher()).reader()
                self._words = {word for word in self._words if (LEXICON, word) not in reader}
        if self._words:
            writer.add_document(**lexicon_document(sorted(self._words)))


def is_tiny(segment: Segment) -> bool:
    return segment.doc_count_all() <= TINY_SEGMENT


def merge_tiny(writer: IndexWriter, segments: list[Segment]) -> list[Segment]:
    """Merge every tiny segment into the one being written; keep the others."""
    return _merge(writer, segments, [segment for segment in segments if is_tiny(segment)])


def merge_tiers(writer: IndexWriter, segments: list[Segment]) -> list[Segment]:
    """Merge the tiny segments and every full size tier into the one being written."""
    return _merge(writer, segments, tiers_to_merge(segments))


def tiers_to_merge(segments: list[Segment]) -> list[Segment]:
    """The tiny segments, and those of each size tier that holds TIER_WIDTH or more,
    up to UNMERGED_SEGMENT entries."""
    tiers: dict[int, list[Segment]] = {}
    for segment in segments:
        if not is_tiny(segment) and segment.doc_count_all() < UNMERGED_SEGMENT:
            tiers.setdefault(len(str(segment.doc_count_all())), []).append(segment)
    full = {id(s) for tier in tiers.values() if len(tier) >= TIER_WIDTH for s in tier}
    return [segment for segment in segments if is_tiny(segment) or id(segment) in full]


def _merge(writer: IndexWriter, segments: list[Segment], merged: list[Segment]) -> list[Segment]:
    for segment in merged:
        with SegmentReader(writer.storage, writer.schema, segment) as reader:
            writer.add_reader(reader)
    return [segment for segment in segments if segment not in merged]
