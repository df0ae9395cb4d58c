"""Facets of search results: kind, legislature, year, tag, author, group, ministry.

Counted here from the results' documents until the library counts them itself:
for each value, how many documents among the results have it. Clicking a value
adds its filter to the query's text (or takes it out); `group` and `ministry`
have no field in the query language yet, so their value is searched as a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from reviewer.core.records import Document, SearchHit

VALUES_SHOWN = 8  # Per facet, the most frequent; a long tail of authors would bury the rest.

Values = Callable[[Document], Sequence[str]]


def _metadata(*names: str) -> Values:
    def values(document: Document) -> list[str]:
        found: list[str] = []
        for name in names:
            value = document.metadata.get(name)
            found += [str(v) for v in value] if isinstance(value, list) else [str(value or "")]
        return [value for value in dict.fromkeys(found) if value.strip()]

    return values


@dataclass(frozen=True)
class FacetSpec:
    name: str
    title: str  # English; translated in the "Facets" context
    field: str | None  # the query's field; None: the value is searched as a phrase
    values: Values | None  # None: the tags of the matching annotations


FACETS = (
    FacetSpec("kind", QT_TRANSLATE_NOOP("Facets", "Kind"), "kind", lambda d: [d.kind]),
    FacetSpec(
        "legislature",
        QT_TRANSLATE_NOOP("Facets", "Legislature"),
        "legislature",
        _metadata("legislature"),
    ),
    FacetSpec("year", QT_TRANSLATE_NOOP("Facets", "Year"), "year", _metadata("year")),
    FacetSpec("tag", QT_TRANSLATE_NOOP("Facets", "Tag"), "tag", None),
    FacetSpec("author", QT_TRANSLATE_NOOP("Facets", "Author"), "author", _metadata("authors")),
    FacetSpec("group", QT_TRANSLATE_NOOP("Facets", "Group"), None, _metadata("group")),
    FacetSpec(
        "ministry",
        QT_TRANSLATE_NOOP("Facets", "Ministry"),
        None,
        _metadata("ministry_asked", "ministry_answering"),
    ),
)


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int  # documents among the results
    term: str  # what clicking adds to the query


@dataclass(frozen=True)
class Facet:
    spec: FacetSpec
    values: tuple[FacetValue, ...]


def count_facets(
    hits: Sequence[SearchHit],
    documents: Mapping[int, Document],
    tags_of: Mapping[str, Sequence[str]],
) -> list[Facet]:
    """The facets that have values among the results, most frequent values first.

    `tags_of` gives the tags of the annotations among the hits, by annotation id.
    """
    holders: dict[str, dict[str, set[int]]] = {spec.name: {} for spec in FACETS}
    for hit in hits:
        document = documents.get(hit.document_id)
        if document is None:
            continue
        for spec in FACETS:
            if spec.values is None:
                values = tags_of.get(hit.annotation_id or "", ())
            else:
                values = spec.values(document)
            for value in values:
                holders[spec.name].setdefault(value, set()).add(document.id)
    facets = []
    for spec in FACETS:
        ranked = sorted(holders[spec.name].items(), key=lambda vd: (-len(vd[1]), vd[0].casefold()))
        values = tuple(
            FacetValue(value, len(ids), filter_term(spec.field, value))
            for value, ids in ranked[:VALUES_SHOWN]
        )
        if values:
            facets.append(Facet(spec, values))
    return facets


# Filters in the query's text

_PLAIN_VALUE = re.compile(r"[\w.-]+")  # needs no quotes after its field


def filter_term(field: str | None, value: str) -> str:
    """`kind:amendement`, `tag:"coût global"`; without a field, the value as a phrase."""
    clean = " ".join(value.replace('"', " ").split())
    if field is None or not _PLAIN_VALUE.fullmatch(clean):
        clean = f'"{clean}"'
    return f"{field}:{clean}" if field else clean


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){re.escape(term)}(?!\S)")


def has_filter(query: str, term: str) -> bool:
    return _term_pattern(term).search(query) is not None


def toggle_filter(query: str, term: str) -> str:
    """The query with the term added at the end, or taken out if it is there."""
    if has_filter(query, term):
        return " ".join(_term_pattern(term).sub(" ", query).split())
    return f"{query.strip()} {term}".strip()
