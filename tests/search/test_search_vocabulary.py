"""The query language speaks the registries' vocabulary: every field and every kind name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.conftest import SHARED

from reviewer.core import fields
from reviewer.core.fields import Field, Match
from reviewer.core.kinds import QUESTION, TABLE
from reviewer.library import Library
from reviewer.search import parse_query
from reviewer.search.schema import SCHEMA_VERSION, build_schema

SCHEMA = build_schema()
SAMPLE = {Match.PAGE: "3", Match.TAG: "coût"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    with Library(tmp_path_factory.mktemp("vocabulary") / "library") as library:
        library.import_paths([SHARED / "corpus"])
        yield library


def found(library: Library, query: str) -> set[int]:
    return {hit.document_id for hit in library.search(query, limit=100).hits}


@pytest.mark.parametrize(
    "query", ["kind:question", 'kind:"question écrite"', "kind:QE", 'nature:"Written question"']
)
def test_any_name_of_a_kind_finds_its_documents(corpus: Library, query: str):
    questions = {d.id for d in corpus.documents() if d.kind == QUESTION}
    assert len(questions) == 2
    assert found(corpus, f"vidéosurveillance {query}") == questions


def test_every_kind_name_means_the_stored_kind_in_a_query():
    for kind in TABLE:
        stored = parse_query(f'kind:"{kind.key}"', SCHEMA)
        for name in kind.names:
            assert parse_query(f'kind:"{name}"', SCHEMA) == stored, name


@pytest.mark.parametrize("row", fields.searchable(), ids=lambda f: f.key)
def test_every_name_of_a_field_queries_its_index_field(row: Field):
    value = "annotation" if row.key == "type" else SAMPLE.get(row.match, "sécurité")
    for name in row.query:
        for typed in (name, name.upper()):
            query = parse_query(f"{typed}:{value}", SCHEMA)
            assert {field for field, _text in query.iter_all_terms()} == {row.index}, typed


def test_an_unknown_kind_is_searched_as_typed(corpus: Library):
    assert found(corpus, "vidéosurveillance kind:roman") == set()


def test_a_new_searchable_field_comes_with_a_new_schema_version():
    """Indexes of an older version are rebuilt: bump SCHEMA_VERSION and this list together."""
    names = sorted(SCHEMA.names())
    assert {row.index for row in fields.searchable()} <= set(names)
    assert (SCHEMA_VERSION, names) == (
        4,
        ["author", "color", "document_id", "group", "key", "kind", "legislature", "lexicon",
         "ministry", "note", "page", "position", "sort", "tag", "text", "title", "type", "year"],
    )  # fmt: skip
