"""Two Whoosh query types of our own: prefixes through the lexicon, and faster phrases
(`FastPhrase`, which lives with the Whoosh internals it uses, in `internals`)."""

from __future__ import annotations

from whoosh import query as q
from whoosh.matching import Matcher
from whoosh.reading import IndexReader
from whoosh.searching import SearchContext, Searcher

from reviewer.search.analysis import stem
from reviewer.search.internals import FastPhrase
from reviewer.search.schema import LEXICON

__all__ = ["FastPhrase", "StemPrefix"]


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
