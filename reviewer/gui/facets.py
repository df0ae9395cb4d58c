"""Facets of search results: the fields that reviewer.core.fields marks as facets.

Counted here from the results' documents until the library counts them itself:
for each value, how many documents among the results have it. Clicking a value
adds its field's filter to the query's text (or takes it out).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reviewer.core import fields
from reviewer.core.fields import Field, Origin
from reviewer.core.records import Document, SearchHit

VALUES_SHOWN = 8  # Per facet, the most frequent; a long tail of authors would bury the rest.
FACETS = fields.facets()


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int  # documents among the results
    term: str  # what clicking adds to the query


@dataclass(frozen=True)
class Facet:
    spec: Field
    values: tuple[FacetValue, ...]


def count_facets(
    hits: Sequence[SearchHit],
    documents: Mapping[int, Document],
    tags_of: Mapping[str, Sequence[str]],
) -> list[Facet]:
    """The facets that have values among the results, most frequent values first.

    `tags_of` gives the tags of the annotations among the hits, by annotation id.
    """
    holders: dict[str, dict[str, set[int]]] = {spec.key: {} for spec in FACETS}
    for hit in hits:
        document = documents.get(hit.document_id)
        if document is None:
            continue
        for spec in FACETS:
            if spec.origin is Origin.ENTRY:  # Tags: those of the matching annotation.
                values = tags_of.get(hit.annotation_id or "", ())
            else:
                values = fields.document_values(spec, document)
            for value in values:
                holders[spec.key].setdefault(value, set()).add(document.id)
    facets = []
    for spec in FACETS:
        ranked = sorted(holders[spec.key].items(), key=lambda vd: (-len(vd[1]), vd[0].casefold()))
        values = tuple(
            FacetValue(value, len(ids), filter_term(spec.query[0], value))
            for value, ids in ranked[:VALUES_SHOWN]
        )
        if values:
            facets.append(Facet(spec, values))
    return facets


# Filters in the query's text

_PLAIN_VALUE = re.compile(r"[\w.-]+")  # needs no quotes after its field


def filter_term(field: str, value: str) -> str:
    """`kind:amendement`, `tag:"coût global"`: the value quoted unless it is one plain word."""
    clean = " ".join(value.replace('"', " ").split())
    if not _PLAIN_VALUE.fullmatch(clean):
        clean = f'"{clean}"'
    return f"{field}:{clean}"


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){re.escape(term)}(?!\S)")


def has_filter(query: str, term: str) -> bool:
    return _term_pattern(term).search(query) is not None


def toggle_filter(query: str, term: str) -> str:
    """The query with the term added at the end, or taken out if it is there."""
    if has_filter(query, term):
        return " ".join(_term_pattern(term).sub(" ", query).split())
    return f"{query.strip()} {term}".strip()
