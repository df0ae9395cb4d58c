"""The fast scoring of word and phrase queries gives exactly what Whoosh's collector gives,
and plain public Whoosh (the fallback for another Whoosh version) gives the same hits."""

from __future__ import annotations

import random

import pytest
import whoosh.util

from benchmarks.steps import QUERIES
from reviewer.search import PageEntry, internals
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
    "de",
    "la",
    "l'",
    "du",
    "et",
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
    # Facets, fields without lengths (with 10,000 amendments: `kind:amendement article`).
    "kind:pjl",
    "kind:amendement",
    "kind:amendement sécurité",
    "kind:amendement article",
    "kind:amendement OR drone",
    "kind:pjl NOT drone",
    "sécurité NOT kind:amendement",
    "kind:ppl sécurité",
    "legislature:17 sécurité",
    "legislature:16 kind:amendement",
)
PHRASES = (
    '"sécurité caméra"',
    '"caméra drone"',
    '"sécurité caméra drone"',  # Tied pages in every segment, one of them deleted.
    '"sécurité caméra drone sécurité"',
    '"drone sécurité caméra drone sécurité"',
    '"caméra sécurité"',
    '"sécurité sécurité"',
    '"ministère de l\'intérieur"',  # Stop words inside.
    '"ministère de la l\'intérieur"',
    '"la sécurité du drone"',
    '"collectivités territoriales"',
    '"reconnaissance faciale"',
    '"données personnelles"',
    '"inconnu sécurité"',
    '"sécurité inconnu caméra"',
    'title:"sécurité caméra"',
    '"sécurité caméra" drone',
    '"sécurité caméra" "caméra drone"',
    '"sécurité caméra" OR drone',
    '"sécurité caméra" OR "ministère de l\'intérieur"',
    'sécurité NOT "caméra drone"',
    '"sécurité caméra" NOT drone',
    '"sécurité caméra" NOT "ministère de l\'intérieur"',
    '"sécurité caméra" inconnu',
    '"sécurité caméra" OR inconnu',
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
            elif number % 7 == 3:
                text = f"le ministère de l'intérieur et la sécurité du drone {text}"
            title = " ".join(rng.choices(WORDS, k=2))
            kind = "amendement" if number % 3 == 1 else "projet de loi"
            facets = {"legislature": "17" if number % 4 else "16"}
            page = PageEntry(batch_number + 1, number + 1, text, title, kind, facets)
            pages.append(page)
        with index.batch() as batch:
            batch.add_pages(pages)
            if batch_number:
                batch.delete_key(f"p:{batch_number}:{batch_number + 3}")
                batch.delete_key(f"p:{batch_number}:{batch_number * 5 + 1}")  # A tie.
    yield index
    index.close()


@pytest.mark.parametrize("query", QUERIES_HERE + PHRASES)
@pytest.mark.parametrize("limit", [1, 20, 500])
def test_word_and_phrase_queries_score_as_whoosh_does(generated, query, limit):
    searcher = generated._searcher
    parsed = parse_query(query, generated._index.schema)
    expected = index_module._collected(searcher, parsed, limit)
    assert index_module._top(searcher, parsed, limit) == expected


def test_the_queries_compared_are_mostly_scored_the_fast_way(generated):
    searcher = generated._searcher
    fast = [
        query
        for query in QUERIES_HERE
        if internals.scores_in_segment(
            searcher.leaf_searchers()[0][0], parse_query(query, searcher.schema)
        )
        is not None
    ]
    assert len(fast) > len(QUERIES_HERE) // 2


def test_phrases_are_scored_the_fast_way_in_every_segment(generated):
    searcher = generated._searcher
    assert len(searcher.leaf_searchers()) > 1
    for query in PHRASES:
        parsed = parse_query(query, searcher.schema)
        for subsearcher, _ in searcher.leaf_searchers():
            assert internals.scores_in_segment(subsearcher, parsed) is not None, query


def test_the_phrases_compared_match_pages(generated):
    searcher = generated._searcher
    totals = [
        index_module._top(searcher, parse_query(query, searcher.schema), 1)[0] for query in PHRASES
    ]
    assert sum(total > 1 for total in totals) > len(PHRASES) // 2


@pytest.mark.parametrize("values", [[0.1, 0.2, 0.3], [1e16, 1.0, -1e16, 1.0, 0.7], [0.1] * 7])
def test_phrase_word_scores_are_added_in_whoosh_s_order(values):
    whoosh_sum = whoosh.util.make_binary_tree(lambda a, b: a + b, values)
    assert internals.tree_sum(values, 0, len(values)) == whoosh_sum


def test_plain_whoosh_finds_the_same_hits_with_the_same_scores(generated):
    """What a Whoosh other than the one the internals were written for gets: segments read
    as Whoosh reads them, every query scored by its collector, phrases by its Phrase."""
    assert internals.ENABLED  # the test environment has whoosh-reloaded 2.7.5

    def results(index):
        return [index.search(query, limit=500, text_of=str) for query in QUERIES_HERE + PHRASES]

    fast = results(generated)
    internals.use(False)
    try:
        with index_module.SearchIndex.open(generated.directory) as plain:
            assert not internals.ENABLED
            assert internals.compound.BufferFile is internals.BufferFile  # Whoosh's copy
            found = results(plain)
    finally:
        internals.use(True)
    assert found == fast
    assert sum(result.total for result in found) > 1000


def test_facet_queries_are_scored_the_fast_way_and_match_pages(generated):
    """A facet's field has no lengths: its terms are scored by their weight, from the
    postings, not by the collector (170 ms for `kind:amendement article` with 10,000
    amendments)."""
    searcher = generated._searcher
    for query in ("kind:amendement", "kind:amendement sécurité", "legislature:16 kind:amendement"):
        parsed = parse_query(query, searcher.schema)
        assert internals.scores_in_segment(searcher.leaf_searchers()[0][0], parsed), query
        assert 0 < index_module._top(searcher, parsed, 1)[0] < 240, query
