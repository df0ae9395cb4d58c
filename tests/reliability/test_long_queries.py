"""A pasted passage as a query: an answer or a message, never a RecursionError."""

from __future__ import annotations

import re

import pytest
from helpers import CORPUS

from reviewer.core.errors import QuerySyntaxError
from reviewer.search.query import MAX_WORDS

PASSAGE = CORPUS / "article-militant-legalisation-vsa-jo2024.txt"


@pytest.fixture
def words(library) -> list[str]:
    library.import_paths([PASSAGE])
    # Words as a user pastes them, without the quotes that would open a phrase.
    return re.findall(r"[\w’'-]+", PASSAGE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("count", [1_000, 3_000])
@pytest.mark.parametrize("as_phrase", [False, True])
def test_a_pasted_page_gets_a_message(library, words, count, as_phrase):
    query = " ".join(words[:count])
    with pytest.raises(QuerySyntaxError, match=f"at most {MAX_WORDS}"):
        library.search(f'"{query}"' if as_phrase else query)


def test_a_long_passage_within_the_limit_is_found(library, words):
    # A passage of the text, in quotes: found as a phrase, on the right document.
    passage = " ".join(words[40:140])
    results = library.search(f'"{passage}"')
    assert results.total >= 1
    assert {hit.title for hit in results.hits} == {library.documents()[0].title}
