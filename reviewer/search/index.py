"""The search index of a library: a Whoosh index derived from the database.

    index = SearchIndex.open(directory)          # creates it when missing
    index.needs_rebuild -> bool                  # it was missing, damaged or outdated
    with index.batch(bulk=False, stream=False) as batch:  # one writer at a time
        batch.add_pages(entries: Iterable[PageEntry])
        batch.add_annotation(entry: AnnotationEntry)
        batch.delete_document(document_id: int)  # its pages and annotations
        batch.delete_annotation(annotation_id: str)
        batch.delete_key(key: str)               # "p:{document_id}:{page}" or "a:{id}"
        batch.clear()
    index.keys() -> set[str]
    index.untidy -> bool                         # small commits left many tiny segments ...
    index.tidy()                                 # ... which a child process merges
    index.search(query: str, *, limit: int = 20, text_of: Callable[[str], str]) -> RawResults
    index.close()                                # or use the index as a context manager

The database is the truth: when the index cannot be trusted, `open` empties it
and sets `needs_rebuild`; a committed batch that cleared the index resets it.
A batch commits when its `with` block ends and is cancelled by an exception.
Searching raises QuerySyntaxError for a query it cannot understand, and
LibraryError (with `needs_rebuild` set) if a damaged file shows only then.
"""

from __future__ import annotations

import pickle
import shutil
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.collectors import FilterCollector, TopCollector
from whoosh.index import Index
from whoosh.query import Query, Term
from whoosh.searching import Searcher

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr
from reviewer.core.records import HitType, Snippet
from reviewer.search import internals
from reviewer.search.batch import LOCK_TIMEOUT_S, MAX_TINY_SEGMENTS, IndexBatch, is_tiny
from reviewer.search.highlight import highlights
from reviewer.search.query import parse_query
from reviewer.search.readers import fresh_searcher
from reviewer.search.schema import LEXICON, SCHEMA_VERSION, build_schema
from reviewer.search.snippets import make_snippet
from reviewer.search.tidying import merge_tiny_segments

VERSION_FILE = "schema-version"
INDEX_NAME = "MAIN"  # Whoosh's default: its files are MAIN*, _MAIN* and *.tmp.
_LEXICON = Term("type", LEXICON)  # Internal entries, never a hit.
# What reading a damaged index raises: missing, truncated or garbled files.
_DAMAGE = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError)


Fields = dict[str, object]


@dataclass(frozen=True)
class RawHit:
    key: str
    type: HitType
    document_id: int
    page: int
    annotation_id: str | None
    score: float
    snippet: Snippet


@dataclass(frozen=True)
class RawResults:
    total: int
    hits: list[RawHit]


class SearchIndex:
    """Pages and annotations, searchable; one searcher is kept open between commits."""

    def __init__(self, directory: Path, index: Index, *, needs_rebuild: bool) -> None:
        self.directory = directory
        self.needs_rebuild = needs_rebuild
        self._index = index
        self._searcher: Searcher = index.searcher()
        self._write_lock = threading.Lock()
        self._writing_thread: int | None = None
        self._read_lock = threading.Lock()
        self.closed = False  # A batch still running then commits, but searches no more.

    @classmethod
    def open(cls, directory: Path) -> SearchIndex:
        """Open the index in `directory`, or create it empty (then `needs_rebuild`)."""
        directory = Path(directory)
        if _version(directory) == SCHEMA_VERSION:
            # Damaged in any way: recreate it below, the database has everything.
            with suppress(Exception):
                index = whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
                return cls(directory, index, needs_rebuild=False)
        return cls(directory, _create(directory), needs_rebuild=True)

    def close(self) -> None:
        with self._read_lock:
            self.closed = True
            self._searcher.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def batch(self, *, bulk: bool = False, stream: bool = False) -> Iterator[IndexBatch]:
        """One writer at a time: commit on exit, cancel on an exception.

        `bulk` lets a large batch index in two processes (for imports and rebuilds);
        `stream` hands each entry to the writer as it is added (for imports).
        """
        if self._writing_thread == threading.get_ident():
            raise RuntimeError("a batch is already open in this thread: it would wait for itself")
        with self._write_lock:
            self._writing_thread = threading.get_ident()
            try:
                yield from self._committed(
                    IndexBatch(
                        self._index, bulk=bulk, stream=stream, searcher=self._current_searcher
                    )
                )
            finally:
                self._writing_thread = None

    def _committed(self, batch: IndexBatch) -> Iterator[IndexBatch]:
        try:
            yield batch
            batch.commit()
        except BaseException:
            batch.cancel()
            raise
        if batch.cleared:
            self.needs_rebuild = False
        if batch.changed:
            self._refresh()

    @property
    def untidy(self) -> bool:
        """Small commits have left enough tiny segments to slow searches: `tidy` them."""
        with self._read_lock:
            segments = [reader.segment() for reader, _ in self._searcher.reader().leaf_readers()]
        return sum(1 for segment in segments if segment and is_tiny(segment)) >= MAX_TINY_SEGMENTS

    def tidy(self) -> None:
        """Merge the tiny segments into one (a commit of its own, in a child process)."""
        with self._write_lock:
            merge_tiny_segments(self.directory, INDEX_NAME, LOCK_TIMEOUT_S)
        self._refresh()

    def keys(self) -> set[str]:
        """The key of every entry, to compare the index with the database."""
        with self._read_lock:
            reader = self._searcher.reader()
            return {f["key"] for f in reader.all_stored_fields() if f["type"] != LEXICON}

    def search(self, query: str, *, limit: int = 20, text_of: Callable[[str], str]) -> RawResults:
        """The best `limit` entries for a query; `text_of(key)` gives an entry's text.

        Raises QuerySyntaxError for a query that cannot be understood.
        """
        parsed = parse_query(query, self._index.schema)
        with self._read_lock:
            try:
                total, found = _top(self._searcher, parsed, limit)
                wanted = highlights(parsed, self._searcher.reader())
            except _DAMAGE as error:  # A damaged file shows only when it is read.
                self.needs_rebuild = True
                raise LibraryError(
                    tr(
                        "The search index in {directory} is damaged; rebuild it (reindex).",
                        directory=self.directory,
                    )
                ) from error
        hits = [
            _hit(fields, score, make_snippet(text_of(str(fields["key"])), wanted))
            for fields, score in found
        ]
        return RawResults(total, hits)

    def matches(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where a query's words and phrases are in `text`: (start, end) offsets, in order."""
        parsed = parse_query(query, self._index.schema)
        with self._read_lock:
            wanted = highlights(parsed, self._searcher.reader())
        return [(match.start, match.end) for match in wanted.find(text)]

    @contextmanager
    def _current_searcher(self, generation: int) -> Iterator[Searcher | None]:
        """The open searcher, if it shows `generation`, for a batch to look up entries."""
        with self._read_lock:
            current = not self.closed and self._searcher.reader().generation() == generation
            yield self._searcher if current else None

    def _refresh(self) -> None:
        with self._read_lock:
            if self.closed:  # A batch that ran on while the library closed.
                return
            self._searcher, unused = fresh_searcher(self._index, self._searcher)
        for reader in unused:
            reader.close()


def _top(searcher: Searcher, query: Query, limit: int) -> tuple[int, list[tuple[Fields, float]]]:
    """The number of matches and the stored fields and score of the best `limit`.

    Whoosh's default collector swaps in cheaper matchers once its top N is full
    and then miscounts (an OR of two phrases: 94 matches of 224), or counts by
    running the query again. So every match is scored once and counted: word and
    phrase queries as whole postings lists where `internals` can (2 to 4 times
    faster), the others by a collector.
    """
    fast = internals.top(searcher, query, limit, internal=_LEXICON)
    return fast if fast is not None else _collected(searcher, query, limit)


def _collected(
    searcher: Searcher, query: Query, limit: int
) -> tuple[int, list[tuple[Fields, float]]]:
    top = TopCollector(limit=max(1, limit), usequality=False, replace=0)  # 0 fails in Whoosh.
    collector = FilterCollector(top, restrict=_LEXICON)
    searcher.search_with_collector(query, collector)
    best = collector.results()[:limit]
    return collector.count(), [(hit.fields(), hit.score) for hit in best]


def _hit(fields: Fields, score: float, snippet: Snippet) -> RawHit:
    key = str(fields["key"])
    hit_type = HitType(fields["type"])
    return RawHit(
        key=key,
        type=hit_type,
        document_id=int(str(fields["document_id"])),
        page=int(str(fields["page"])),
        annotation_id=key[2:] if hit_type is HitType.ANNOTATION else None,
        score=score,
        snippet=snippet,
    )


def _version(directory: Path) -> int | None:
    try:
        return int((directory / VERSION_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def _create(directory: Path) -> Index:
    """A new empty index, replacing whatever index files were in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for path in directory.iterdir():
        if not _is_index_file(path.name):
            raise LibraryError(
                tr(
                    "{directory} holds files that are not part of a search index ({name}); "
                    "choose an empty folder for the index.",
                    directory=directory,
                    name=path.name,
                )
            )
    for path in directory.iterdir():
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    index = whoosh_index.create_in(str(directory), build_schema(), indexname=INDEX_NAME)
    (directory / VERSION_FILE).write_text(f"{SCHEMA_VERSION}\n", encoding="utf-8")
    return index


def _is_index_file(name: str) -> bool:
    return (
        name == VERSION_FILE
        or name.startswith((INDEX_NAME, "_" + INDEX_NAME))
        or name.endswith(".tmp")
    )
