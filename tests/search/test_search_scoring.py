"""The fast scoring of word queries gives exactly what Whoosh's collector gives."""

from __future__ import annotations

import random

import pytest

from benchmarks.steps import QUERIES
from reviewer.search import PageEntry
from reviewer.search import index as index_module
from reviewer.search.query import parse_query

WORDS = [
    "sécurité",
    "caméra",
    "drone",
    "vidéosurveillance",
    "reconnaissance",
    "faciale",
    "données",
    "personnelles",
    "CNIL",
    "avis",
    "algorithmique",
    "biométrique",
    "article",
    "élus",
    "Jeux",
    "olympiques",
    "ministère",
    "intérieur",
    "exposé",
    "sommaire",
    "euros",
    "amendement",
    "suppression",
    "collectivités",
    "territoriales",
    "surveiller",
]
QUERIES_HERE = (
    *QUERIES,
    "sécurité",
    "sécurité caméra",
    "sécurité OR caméra",
    "(sécurité OR drone) caméra",
    "sécurité caméra drone",
    "title:sécurité",
    "sécurité NOT (caméra OR drone)",
    "inconnu",
    "sécurité inconnu",
    "sécurité OR inconnu",
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """Pages in several segments, with deletions and pages alike (so ties in score)."""
    rng = random.Random(7)
    index = index_module.SearchIndex.open(tmp_path_factory.mktemp("generated") / "index")
    for batch_number in range(4):
        pages = []
        for number in range(60):
            text = " ".join(rng.choices(WORDS, k=rng.randint(3, 40)))
            if number % 5 == 0:
                text = "sécurité caméra drone"  # Many pages with the same score.
            title = " ".join(rng.choices(WORDS, k=2))
            pages.append(PageEntry(batch_number + 1, number + 1, text, title=title, kind="pjl"))
        with index.batch() as batch:
            batch.add_pages(pages)
            if batch_number:
                batch.delete_key(f"p:{batch_number}:{batch_number + 3}")
    yield index
    index.close()


@pytest.mark.parametrize("query", QUERIES_HERE)
@pytest.mark.parametrize("limit", [1, 20])
def test_word_queries_score_as_whoosh_does(generated, query, limit):
    searcher = generated._searcher
    parsed = parse_query(query, generated._index.schema)
    expected = index_module._collected(searcher, parsed, limit)
    assert index_module._top(searcher, parsed, limit) == expected


def test_the_queries_compared_are_mostly_scored_the_fast_way(generated):
    searcher = generated._searcher
    fast = [
        query
        for query in QUERIES_HERE
        if index_module._scores(
            searcher.leaf_searchers()[0][0], parse_query(query, searcher.schema)
        )
        is not None
    ]
    assert len(fast) > len(QUERIES_HERE) // 2
