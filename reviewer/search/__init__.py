"""Full-text search over pages and annotations; the only floor that imports Whoosh.

See `reviewer.search.index` for the index API and `reviewer.search.query` for
the query language.
"""

from __future__ import annotations

from reviewer.search.analysis import french_analyzer, term_spans, terms
from reviewer.search.batch import IndexBatch
from reviewer.search.index import RawHit, RawResults, SearchIndex
from reviewer.search.query import KNOWN_FIELDS, parse_query
from reviewer.search.schema import AnnotationEntry, PageEntry

__all__ = [
    "KNOWN_FIELDS",
    "AnnotationEntry",
    "IndexBatch",
    "PageEntry",
    "RawHit",
    "RawResults",
    "SearchIndex",
    "french_analyzer",
    "parse_query",
    "term_spans",
    "terms",
]
