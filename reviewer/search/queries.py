"""Two Whoosh query types of our own: prefixes through the lexicon, and faster phrases."""

from __future__ import annotations

from whoosh import matching
from whoosh import query as q
from whoosh.matching import Matcher
from whoosh.query.spans import Span, SpanNear2
from whoosh.reading import IndexReader
from whoosh.searching import SearchContext, Searcher

from reviewer.search.analysis import stem
from reviewer.search.schema import LEXICON


class StemPrefix(q.Prefix):
    """Words starting with a prefix, found in the lexicon and matched by their stems.

    The index holds stems, which cannot serve prefixes: "biométri*" must find
    "biométrie", indexed as "biometr".
    """

    def stems(self, reader: IndexReader) -> list[str]:
        """The indexed terms of the words that start with the prefix."""
        words = reader.expand_prefix(LEXICON, self.text)
        stems = {stem(word.decode("utf-8")) for word in words}
        return sorted(term for term in stems if (self.fieldname, term) in reader)

    def matcher(self, searcher: Searcher, context: SearchContext | None = None) -> Matcher:
        # Whoosh matches segment by segment, but a word is in the lexicon of one
        # segment only (the one it was new in): expand with the whole index.
        whole = searcher.get_parent() if searcher.has_parent() else searcher
        terms = [q.Term(self.fieldname, term) for term in self.stems(whole.reader())]
        return q.Or(terms, boost=self.boost).matcher(searcher, context)

    def _btexts(self, ixreader: IndexReader) -> list[bytes]:
        return [term.encode("utf-8") for term in self.stems(ixreader)]


class FastPhrase(q.Phrase):
    """An exact phrase (slop 1), checked with sets of positions.

    Whoosh's Phrase builds a Span object per position of every candidate page;
    on common words this is 2 to 4 times slower.
    """

    def matcher(self, searcher: Searcher, context: SearchContext | None = None) -> Matcher:
        reader = searcher.reader()
        if any((self.fieldname, word) not in reader for word in self.words):
            return matching.NullMatcher()
        terms = [q.Term(self.fieldname, word).matcher(searcher, context) for word in self.words]
        found = _PhraseMatcher(terms)
        return matching.WrappingMatcher(found, boost=self.boost) if self.boost != 1.0 else found


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
