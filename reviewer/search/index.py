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

import heapq
import pickle
import random
import shutil
import struct
import threading
import zlib
from bisect import bisect_right
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import whoosh.util
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.collectors import FilterCollector, TopCollector
from whoosh.index import Index
from whoosh.matching import NullMatcherClass
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.query import And, AndNot, Or, Query, Term
from whoosh.scoring import WeightLengthScorer
from whoosh.searching import Searcher

from reviewer.core.errors import LibraryError
from reviewer.core.records import HitType, Snippet
from reviewer.search.batch import LOCK_TIMEOUT_S, MAX_TINY_SEGMENTS, IndexBatch, is_tiny
from reviewer.search.highlight import highlights
from reviewer.search.mapped import read_segments_in_place
from reviewer.search.queries import FastPhrase
from reviewer.search.query import parse_query
from reviewer.search.readers import fresh_searcher
from reviewer.search.schema import LEXICON, SCHEMA_VERSION, build_schema
from reviewer.search.snippets import make_snippet
from reviewer.search.tidying import merge_tiny_segments

# Whoosh names new segments with the global `random`: anything that seeds it (a test
# framework, a library) makes names repeat, and a repeated name breaks a commit
# (an assertion in create_compound_file). The operating system's randomness is never seeded.
whoosh.util.random = random.SystemRandom()
read_segments_in_place()

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
                    f"The search index in {self.directory} is damaged; rebuild it (reindex)."
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
    running the query again. So every match is scored once and counted: word
    queries as whole postings lists (`_scores`, 2 to 4 times faster), the others
    by a collector.
    """
    scores: dict[int, float] = {}
    for subsearcher, offset in searcher.leaf_searchers():
        found = _scores(subsearcher, query)
        if found is None:
            return _collected(searcher, query, limit)
        if found:
            for docnum in _matching_ids(subsearcher, _LEXICON) & found.keys():
                del found[docnum]
            scores.update((offset + docnum, score) for docnum, score in found.items())
    # The collector's order: best score first, then the lowest document number.
    best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
    return len(scores), [(searcher.stored_fields(docnum), score) for docnum, score in best]


def _collected(
    searcher: Searcher, query: Query, limit: int
) -> tuple[int, list[tuple[Fields, float]]]:
    top = TopCollector(limit=max(1, limit), usequality=False, replace=0)  # 0 fails in Whoosh.
    collector = FilterCollector(top, restrict=_LEXICON)
    searcher.search_with_collector(query, collector)
    best = collector.results()[:limit]
    return collector.count(), [(hit.fields(), hit.score) for hit in best]


def _scores(
    searcher: Searcher, query: Query, within: AbstractSet[int] | None = None
) -> dict[int, float] | None:
    """The score of each document of one segment matching `query` (and in `within`
    if given), as Whoosh's matchers compute it, or None for a query this does not handle.

    Terms, phrases, ORs and ANDs of two (a sum of two floats is the same in either
    order: Whoosh's matcher trees reorder their branches) and AND NOTs.
    """
    kind = type(query)
    if kind is Term:
        return _term_scores(searcher, query, within)
    if kind is FastPhrase:
        return _phrase_scores(searcher, query, within)
    if (kind is Or and query.minmatch == 0 and not query.scale) or kind is And:
        subqueries = query.subqueries
        if len(subqueries) == 1:  # Whoosh ignores the boost then.
            return _scores(searcher, subqueries[0], within)
        if len(subqueries) != 2:
            return None
        if kind is And:  # The rarer first: the other is then scored only where it is.
            subqueries = sorted(subqueries, key=lambda sub: sub.estimate_size(searcher.reader()))
        a = _scores(searcher, subqueries[0], within)
        if a is None or (kind is And and not a):
            return None if a is None else {}
        b = _scores(searcher, subqueries[1], within if kind is Or else a.keys())
        if b is None:
            return None
        if kind is Or:
            found = {**b, **a}
            for docnum in a.keys() & b.keys():
                found[docnum] = a[docnum] + b[docnum]
        else:
            found = {docnum: a[docnum] + b[docnum] for docnum in a.keys() & b.keys()}
        if query.boost != 1.0:
            found = {docnum: score * query.boost for docnum, score in found.items()}
        return found
    if kind is AndNot:
        found = _scores(searcher, query.a, within)
        if not found:
            return found
        excluded = _matching_ids(searcher, query.b)
        return {docnum: score for docnum, score in found.items() if docnum not in excluded}
    return None


def _term_scores(
    searcher: Searcher, term: Term, within: AbstractSet[int] | None
) -> dict[int, float] | None:
    leaf = _leaf(searcher, term)
    if leaf is None:
        return None
    matcher, deleted, boost = leaf
    if matcher is None:
        return {}
    scorer = matcher.scorer
    score, length = scorer._score, scorer.dfl
    found: dict[int, float] = {}
    while matcher.is_active():
        docnum = matcher.id()
        if within is None or docnum in within:
            found[docnum] = score(matcher.weight(), length(docnum))
        matcher.next()
    if boost != 1.0:
        found = {docnum: value * boost for docnum, value in found.items()}
    for docnum in deleted & found.keys():
        del found[docnum]
    return found


def _leaf(
    searcher: Searcher, term: Term
) -> tuple[W3LeafMatcher | None, frozenset[int], float] | None:
    """A term's postings matcher (None if the term is not in the segment), its deleted
    documents and its boost, or None if Whoosh would not score it with that matcher."""
    matcher = term.matcher(searcher, searcher.boolean_context())
    boost = 1.0
    if type(matcher) is WrappingMatcher:
        boost, matcher = matcher.boost, matcher.child
    deleted: frozenset[int] = frozenset()
    if type(matcher) is FilterMatcher and matcher._exclude and matcher.boost == 1.0:
        deleted, matcher = frozenset(matcher._ids), matcher.child
    if type(matcher) is NullMatcherClass:
        return None, deleted, boost
    if type(matcher) is not W3LeafMatcher or not isinstance(matcher.scorer, WeightLengthScorer):
        return None
    return matcher, deleted, boost


def _phrase_scores(
    searcher: Searcher, phrase: FastPhrase, within: AbstractSet[int] | None
) -> dict[int, float] | None:
    """A phrase's scores as FastPhrase's matcher gives them: where every word is, with
    word i at a position of word 0 plus i, the sum of the words' scores in the order of
    Whoosh's tree of intersections (a float sum depends on it), times the boost."""
    words = phrase.words
    if len(words) < 2:
        return None
    reader = searcher.reader()
    if any((phrase.fieldname, word) not in reader for word in words):
        return {}
    leaves: dict[str, tuple[W3LeafMatcher, frozenset[int]]] = {}
    for word in words:
        if word not in leaves:
            leaf = _leaf(searcher, Term(phrase.fieldname, word))
            if leaf is None or leaf[0] is None or leaf[2] != 1.0:
                return None
            leaves[word] = (leaf[0], leaf[1])
    # The rarest word first: the others are then read only in the blocks it needs.
    order = sorted(leaves, key=lambda word: reader.doc_frequency(phrase.fieldname, word))
    postings: dict[str, dict[int, tuple[float, bytes]]] = {}
    wanted: list[int] | None = None
    for word in order:
        matcher, deleted = leaves[word]
        found = _postings(matcher, wanted)
        if wanted is None and within is not None:
            found = {docnum: value for docnum, value in found.items() if docnum in within}
        for docnum in deleted & found.keys():
            del found[docnum]
        postings[word] = found
        wanted = sorted(found)
        if not wanted:
            return {}
    columns = [postings[word] for word in words]
    decoders = [leaves[word][0].format.decoder("positions") for word in words]
    scorers = [leaves[word][0].scorer for word in words]
    scores: dict[int, float] = {}
    for docnum in wanted or ():
        starts = set(decoders[0](columns[0][docnum][1]))
        for offset in range(1, len(words)):
            starts.intersection_update(
                position - offset for position in decoders[offset](columns[offset][docnum][1])
            )
            if not starts:
                break
        else:
            values = [
                scorer._score(column[docnum][0], scorer.dfl(docnum))
                for scorer, column in zip(scorers, columns, strict=True)
            ]
            scores[docnum] = _tree_sum(values, 0, len(values))
    if phrase.boost != 1.0:
        scores = {docnum: score * phrase.boost for docnum, score in scores.items()}
    return scores


def _postings(matcher: W3LeafMatcher, wanted: list[int] | None) -> dict[int, tuple[float, bytes]]:
    """The weight and encoded value of each posting (of the sorted `wanted` documents
    if given), read block by block; blocks without a wanted document are not decoded."""
    found: dict[int, tuple[float, bytes]] = {}
    low = -1  # The previous block's last document.
    while matcher.is_active():
        high = matcher.block_max_id()
        if wanted is None or bisect_right(wanted, high) > bisect_right(wanted, low):
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._weights is None:
                matcher._read_weights()
            if matcher._values is None:
                matcher._read_values()
            ids, weights, values = matcher._ids, matcher._weights, matcher._values
            if wanted is None:
                found.update(zip(ids, zip(weights, values, strict=True), strict=True))
            else:
                keep = set(wanted[bisect_right(wanted, low) : bisect_right(wanted, high)])
                found.update(
                    (docnum, (weights[i], values[i]))
                    for i, docnum in enumerate(ids)
                    if docnum in keep
                )
        low = high
        matcher._next_block()
    return found


def _tree_sum(values: list[float], start: int, end: int) -> float:
    """The sum of values[start:end] as Whoosh's make_binary_tree of matchers adds it."""
    if end - start == 1:
        return values[start]
    middle = start + (end - start) // 2
    return _tree_sum(values, start, middle) + _tree_sum(values, middle, end)


def _matching_ids(searcher: Searcher, query: Query) -> set[int]:
    """The document numbers of one segment matching `query`, unscored."""
    matcher = query.matcher(searcher, searcher.boolean_context())
    return set(matcher.all_ids()) if matcher.is_active() else set()


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
                f"{directory} holds files that are not part of a search index ({path.name}); "
                "choose an empty folder for the index."
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
