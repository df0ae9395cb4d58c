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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from whoosh import fields
from whoosh.analysis import Analyzer, CommaSeparatedTokenizer, IDTokenizer

from reviewer.search.analysis import FoldFilter, fold, french_analyzer, name_analyzer

# Bump when the schema or the analysis changes: older indexes are then rebuilt.
SCHEMA_VERSION = 2  # 2: group and ministry facets

PAGE = "page"
ANNOTATION = "annotation"
LEXICON = "lexicon"
TEXT_FIELDS = ("text", "title", "note")


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


FACETS = ("legislature", "author", "year", "group", "ministry")
# Facets matched word by word, like an author's name: `group:insoumise`, `ministry:intérieur`.
NAME_FIELDS = ("author", "group", "ministry")


def page_key(document_id: int, page: int) -> str:
    return f"p:{document_id}:{page}"


def annotation_key(annotation_id: str) -> str:
    return f"a:{annotation_id}"


def normalize_tag(tag: str) -> str:
    """Tags match without case or accents: "Coût  global" → "cout global"."""
    return " ".join(fold(tag).replace(",", " ").split())


def build_schema() -> fields.Schema:
    texts = {name: fields.TEXT(analyzer=french_analyzer(), phrase=True) for name in TEXT_FIELDS}
    return fields.Schema(
        key=fields.ID(stored=True, unique=True),
        type=fields.ID(stored=True),
        document_id=fields.ID(stored=True),
        page=fields.NUMERIC(int, bits=32, stored=True, signed=False),
        tag=fields.KEYWORD(analyzer=CommaSeparatedTokenizer() | FoldFilter()),
        **{name: fields.TEXT(analyzer=name_analyzer(), phrase=True) for name in NAME_FIELDS},
        kind=_exact_field(),
        color=_exact_field(),
        legislature=_exact_field(),
        year=_exact_field(),
        # Scorable only because committing a field without lengths costs a stat() per posting.
        lexicon=fields.KEYWORD(scorable=True),
        **texts,
    )


def _exact_field() -> fields.ID:
    analyzer: Analyzer = IDTokenizer() | FoldFilter()
    return fields.ID(analyzer=analyzer)


def page_document(entry: PageEntry) -> dict[str, Any]:
    facets = {name: entry.facets.get(name, "") for name in FACETS}
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
