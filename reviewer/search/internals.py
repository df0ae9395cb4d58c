"""Every use of Whoosh's private internals, for speed and memory, in this one module.

Written for whoosh-reloaded 2.7.5, and used only with it (`ENABLED`): with any other
Whoosh, the index works on plain public Whoosh, slower and heavier, with the same hits and
scores (tests/search/test_search_scoring.py compares both). What it does:

- Segment files are read in place (`MappedBufferFile`). A segment is one compound file,
  mapped in memory; Whoosh hands out each file in it as a `BufferFile`, whose
  `io.BytesIO(memoryview)` copies the file: every segment's postings would sit in the
  searching process twice over (~27 MB at 10,000 pages, several hundred at 100,000).
- Word and phrase queries are scored as whole postings lists (`top`), read block by block
  from the codec's leaf matchers (2 to 4 times faster than a collector); so are the terms
  of fields without lengths (`kind:`, `sort:`, `group:`...), scored by their weight: with
  10,000 amendments, `kind:amendement article` took 170 ms through the collector.
- New segments are named with the system's randomness, not Whoosh's global `random`:
  anything that seeds it (a test framework, a library) makes names repeat, and a repeated
  name breaks a commit (an assertion in create_compound_file). This one holds whatever the
  version: it only replaces a module's random generator.
- Phrases are matched with sets of positions (`FastPhrase`), where Whoosh's Phrase builds a
  Span object per position of every candidate page (2 to 4 times slower on common words).
"""

from __future__ import annotations

import heapq
import os
import random
from bisect import bisect_right
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from importlib import metadata

import whoosh
import whoosh.util
from whoosh import matching
from whoosh import query as q
from whoosh.matching import Matcher
from whoosh.query import And, AndNot, Or, Query, Term
from whoosh.searching import SearchContext, Searcher

WRITTEN_FOR = ("whoosh-reloaded", "2.7.5")

try:  # Private modules: another Whoosh may not have them.
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.filedb import compound
    from whoosh.filedb.structfile import BufferFile
    from whoosh.matching import NullMatcherClass
    from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
    from whoosh.query.spans import Span, SpanNear2
    from whoosh.scoring import WeightLengthScorer, WeightScorer
except ImportError:  # pragma: no cover - only with another Whoosh
    _IMPORTED = False
else:
    _IMPORTED = True

Fields = dict[str, object]


def _written_for_this_whoosh() -> bool:
    distribution, version = WRITTEN_FOR
    try:
        installed = metadata.version(distribution)
    except metadata.PackageNotFoundError:  # another Whoosh, under another name
        return False
    return _IMPORTED and installed == version == whoosh.versionstring()


ENABLED = _written_for_this_whoosh()
whoosh.util.random = random.SystemRandom()


def use(enabled: bool) -> None:
    """Use the internals (when this Whoosh is the one they were written for), or not:
    segments opened from now on are read as Whoosh reads them, queries scored by its
    collector. The index calls `use(True)` on import; tests force the fallback."""
    global ENABLED
    ENABLED = enabled and _written_for_this_whoosh()
    if _IMPORTED:
        compound.BufferFile = MappedBufferFile if ENABLED else BufferFile


# Scoring word and phrase queries as whole postings lists


def top(
    searcher: Searcher, query: Query, limit: int, *, internal: Query
) -> tuple[int, list[tuple[Fields, float]]] | None:
    """The number of matches of `query` (not counting entries matching `internal`), with
    the stored fields and score of the best `limit`, as Whoosh's collector gives them;
    None when the internals are off or do not handle this query."""
    if not ENABLED:
        return None
    scores: dict[int, float] = {}
    for subsearcher, offset in searcher.leaf_searchers():
        found = scores_in_segment(subsearcher, query)
        if found is None:
            return None
        if found:
            for docnum in _matching_ids(subsearcher, internal) & found.keys():
                del found[docnum]
            scores.update((offset + docnum, score) for docnum, score in found.items())
    # The collector's order: best score first, then the lowest document number.
    best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
    return len(scores), [(searcher.stored_fields(docnum), score) for docnum, score in best]


def scores_in_segment(
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
            return scores_in_segment(searcher, subqueries[0], within)
        if len(subqueries) != 2:
            return None
        if kind is And:  # The rarer first: the other is then scored only where it is.
            subqueries = sorted(subqueries, key=lambda sub: sub.estimate_size(searcher.reader()))
        a = scores_in_segment(searcher, subqueries[0], within)
        if a is None or (kind is And and not a):
            return None if a is None else {}
        b = scores_in_segment(searcher, subqueries[1], within if kind is Or else a.keys())
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
        found = scores_in_segment(searcher, query.a, within)
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
    if isinstance(scorer, WeightScorer):  # A field without lengths: the weight is the score.
        score, length = (lambda weight, _: weight), (lambda _: 0)
    else:
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
    if type(matcher) is not W3LeafMatcher or not isinstance(
        matcher.scorer, (WeightLengthScorer, WeightScorer)
    ):
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
            if not isinstance(leaf[0].scorer, WeightLengthScorer):  # Scored with lengths below.
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
            scores[docnum] = tree_sum(values, 0, len(values))
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


def tree_sum(values: list[float], start: int, end: int) -> float:
    """The sum of values[start:end] as Whoosh's make_binary_tree of matchers adds it."""
    if end - start == 1:
        return values[start]
    middle = start + (end - start) // 2
    return tree_sum(values, start, middle) + tree_sum(values, middle, end)


def _matching_ids(searcher: Searcher, query: Query) -> set[int]:
    """The document numbers of one segment matching `query`, unscored."""
    matcher = query.matcher(searcher, searcher.boolean_context())
    return set(matcher.all_ids()) if matcher.is_active() else set()


# Phrases matched with sets of positions


class FastPhrase(q.Phrase):
    """An exact phrase (slop 1), checked with sets of positions.

    Whoosh's Phrase builds a Span object per position of every candidate page;
    on common words this is 2 to 4 times slower.
    """

    def matcher(self, searcher: Searcher, context: SearchContext | None = None) -> Matcher:
        if not ENABLED:
            return super().matcher(searcher, context)
        reader = searcher.reader()
        if any((self.fieldname, word) not in reader for word in self.words):
            return matching.NullMatcher()
        terms = [q.Term(self.fieldname, word).matcher(searcher, context) for word in self.words]
        found = _PhraseMatcher(terms)
        return matching.WrappingMatcher(found, boost=self.boost) if self.boost != 1.0 else found


if _IMPORTED:  # else FastPhrase is Whoosh's Phrase

    class _PhraseMatcher(SpanNear2.SpanNear2Matcher):
        def __init__(self, terms: list[Matcher]) -> None:
            super().__init__(terms, slop=1, ordered=True, mindist=1)

        def copy(self) -> _PhraseMatcher:
            return _PhraseMatcher([term.copy() for term in self.ms])

        def _get_spans(self) -> list[Span]:
            """Where the phrase starts in the current page: word i at start + i."""
            starts = set(self.ms[0].value_as("positions"))
            for offset, term in enumerate(self.ms[1:], start=1):
                starts.intersection_update(p - offset for p in term.value_as("positions"))
                if not starts:
                    return []
            last = len(self.ms) - 1
            return [Span(start, start + last) for start in sorted(starts)]


# Segment files read in place

_LINE_CHUNK = 256


class BufferReader:
    """A read-only binary file over a buffer (a memoryview of a mapping), without a copy."""

    def __init__(self, buffer: memoryview | bytes) -> None:
        self._buffer = memoryview(buffer)
        self._position = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._position
        end = len(self._buffer) if size is None or size < 0 else start + size
        data = self._buffer[start:end].tobytes()
        self._position = start + len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        limit = len(self._buffer) if size is None or size < 0 else self._position + size
        limit = min(limit, len(self._buffer))
        end = self._position
        while end < limit:
            chunk = self._buffer[end : min(end + _LINE_CHUNK, limit)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                end += newline + 1
                break
            end += len(chunk)
        return self.read(end - self._position)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: len(self._buffer)}
        position = base[whence] + offset
        if position < 0:
            raise ValueError(f"negative seek position {position}")
        self._position = position
        return position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._buffer.release()

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line


if _IMPORTED:  # else segments are read as Whoosh reads them

    class MappedBufferFile(BufferFile):
        """Whoosh's BufferFile, reading its buffer in place."""

        def __init__(
            self,
            buf: memoryview | bytes,
            name: str | None = None,
            onclose: Callable[[BufferFile], object] | None = None,
        ) -> None:
            super().__init__(b"", name=name, onclose=onclose)
            self._buf = buf
            self.file = BufferReader(buf)


use(ENABLED)
