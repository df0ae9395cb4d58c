"""What the index holds: the Whoosh schema and the entries the caller gives it.

Two kinds of entries share one schema: a page (key "p:{document_id}:{page}")
and an annotation (key "a:{annotation_id}"). Only keys and locations are
stored; texts are analyzed but not stored (snippets come from the caller's text).

A third, internal kind holds the lexicon: the whole folded words of the texts
indexed (key "l:…", one entry per batch that brought new words). Prefix queries
expand through it, since stems cannot serve them: "biométri*" must find
"biométrie", whose stem is "biometr".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from whoosh import fields
from whoosh.analysis import Analyzer, CommaSeparatedTokenizer, IDTokenizer

from reviewer.core import fields as registry
from reviewer.core.fields import Match
from reviewer.search.analysis import FoldFilter, fold, french_analyzer, name_analyzer

# Bump when the schema or the analysis changes: older indexes are then rebuilt.
# 2: group and ministry facets; 3: the position of amendments; 4: their outcome (sort:).
SCHEMA_VERSION = 4

PAGE = "page"
ANNOTATION = "annotation"
LEXICON = "lexicon"
# The index fields of reviewer.core.fields, by how a query matches them.
_SEARCHABLE = registry.searchable()
TEXT_FIELDS = tuple(f.index for f in _SEARCHABLE if f.match is Match.WORDS)
# What a page entry holds of its document's fields (`legislature:17`, `group:insoumise`...).
DOCUMENT_FIELDS = registry.on_pages()


@dataclass(frozen=True)
class PageEntry:
    document_id: int
    page: int
    text: str
    title: str
    kind: str
    facets: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def key(self) -> str:
        return page_key(self.document_id, self.page)


@dataclass(frozen=True)
class AnnotationEntry:
    annotation_id: str
    document_id: int
    page: int
    quote: str
    note: str
    tags: tuple[str, ...]
    author: str
    color: str
    title: str
    kind: str

    @property
    def key(self) -> str:
        return annotation_key(self.annotation_id)


def page_key(document_id: int, page: int) -> str:
    return f"p:{document_id}:{page}"


def annotation_key(annotation_id: str) -> str:
    return f"a:{annotation_id}"


def normalize_tag(tag: str) -> str:
    """Tags match without case or accents: "Coût  global" → "cout global"."""
    return " ".join(fold(tag).replace(",", " ").split())


def build_schema() -> fields.Schema:
    searched = {f.index: _FIELD_TYPES[f.match]() for f in _SEARCHABLE if f.match}
    return fields.Schema(
        **{
            **searched,
            # Read back from every hit: which entry it is, of which document.
            "key": fields.ID(stored=True, unique=True),
            "type": fields.ID(stored=True),
            "document_id": fields.ID(stored=True),
            # Scorable only because committing a field without lengths costs a stat() per posting.
            "lexicon": fields.KEYWORD(scorable=True),
        }
    )


def _exact_field() -> fields.ID:
    analyzer: Analyzer = IDTokenizer() | FoldFilter()
    return fields.ID(analyzer=analyzer)


_FIELD_TYPES: dict[Match, Callable[[], fields.FieldType]] = {
    Match.WORDS: lambda: fields.TEXT(analyzer=french_analyzer(), phrase=True),
    Match.NAMES: lambda: fields.TEXT(analyzer=name_analyzer(), phrase=True),
    Match.EXACT: _exact_field,
    Match.TAG: lambda: fields.KEYWORD(analyzer=CommaSeparatedTokenizer() | FoldFilter()),
    # Stored: a hit says its page.
    Match.PAGE: lambda: fields.NUMERIC(int, bits=32, stored=True, signed=False),
}


def page_document(entry: PageEntry) -> dict[str, Any]:
    facets = {f.index: entry.facets.get(f.index, "") for f in DOCUMENT_FIELDS}
    return _without_empty(
        key=entry.key,
        type=PAGE,
        document_id=str(entry.document_id),
        page=entry.page,
        kind=entry.kind,
        text=entry.text,
        title=entry.title,
        **facets,
    )


def annotation_document(entry: AnnotationEntry) -> dict[str, Any]:
    return _without_empty(
        key=entry.key,
        type=ANNOTATION,
        document_id=str(entry.document_id),
        page=entry.page,
        kind=entry.kind,
        tag=",".join(filter(None, map(normalize_tag, entry.tags))),
        author=entry.author,
        color=entry.color,
        text=f"{entry.quote}\n{entry.note}",
        title=entry.title,
        note=entry.note,
    )


def lexicon_document(words: Iterable[str]) -> dict[str, Any]:
    return {"key": f"l:{uuid.uuid4().hex}", "type": LEXICON, "lexicon": " ".join(words)}


def _without_empty(**values: Any) -> dict[str, Any]:
    # An empty ID value would be indexed as an empty term that `kind:` could match.
    return {name: value for name, value in values.items() if value not in ("", None)}
