"""Fuzzing: any query gets results or a QuerySyntaxError, and any file handed to import gets
an ImportOutcome; never another exception."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import write_test_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.errors import QuerySyntaxError
from reviewer.core.records import ImportStatus
from reviewer.library import Library

SEEDS = (
    "baseline/samplefiles_pdflatex-4-pages.pdf",
    "french/pdfplumber_2023-06-20-PV_quebec-municipal.pdf",
    "annotations/pdfplumber_annotations.pdf",
    "encrypted/qpdf_V4-aes.pdf",
)
SUFFIXES = (".pdf", ".html", ".txt", ".epub", ".png", ".xps")
TOKENS = (
    *("OR", "OU", "AND", "ET", "NOT", "SAUF", "(", ")", '"', "*", ":", "-", "+", "~", "^"),
    *("title:", "tag:", "kind:", "type:page", "type:annotation", "note:", "author:", "page:"),
    *("page:0", "page:-1", "page:99999999999999999999", "legislature:17", "year:2024"),
    *("vidéosurveillance", "CNIL", "l'espace", "élu·es", "article 7", "biométri*", "é", "ß"),
)
QUERIES = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=12).map(" ".join),
    st.lists(st.sampled_from(TOKENS), max_size=12).map("".join),
)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def texts_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("fuzz")
    pages = [
        "Article premier. La vidéosurveillance algorithmique est interdite dans l'espace public.",
        "Article 7. Les élu·es saisissent la CNIL ; la reconnaissance faciale est biométrique.",
    ]
    with Library(folder / "library") as library:
        library.import_paths([write_test_pdf(folder / "loi.pdf", pages, title="Projet de loi")])
        [annotation] = library.annotate(library.documents()[0].id, "CNIL", tags=["CNIL"])
        library.update_annotation(annotation.id, note="à citer")
        yield library


@settings(FUZZ, max_examples=300)
@given(query=QUERIES)
def test_any_query_gets_results_or_a_syntax_error(texts_library: Library, query: str):
    try:
        results = texts_library.search(query, limit=5)
    except QuerySyntaxError as error:
        assert str(error)  # a message, for the user
    else:
        assert results.total >= len(results.hits)


numbers = itertools.count()


def import_bytes(library: Library, folder: Path, data: bytes, suffix: str) -> None:
    # Hypothesis seeds the global `random` for each example, and Whoosh names its index
    # segments with it: without a fresh seed, names repeat from one example to the next.
    random.seed()
    path = folder / f"fichier-{next(numbers)}{suffix}"
    path.write_bytes(data)
    [outcome] = library.import_paths([path]).outcomes
    assert outcome.status in set(ImportStatus)
    if outcome.status is ImportStatus.FAILED:
        assert outcome.message and "Traceback" not in outcome.message
    elif outcome.status is ImportStatus.IMPORTED:
        document = library.document(outcome.document_id)
        assert len(library.pages(document.id)) == document.page_count >= 1


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_refused_or_imported(library: Library, tmp_path: Path, data, suffix):
    import_bytes(library, tmp_path, data, suffix)


@FUZZ
@given(
    seed=st.sampled_from(SEEDS),
    cut=st.floats(0.05, 1.0),
    changes=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=24)), max_size=8),
)
def test_mutated_real_pdfs_are_refused_repaired_or_imported(
    library: Library, tmp_path: Path, shared_pdfs: Path, seed, cut, changes
):
    data = bytearray((shared_pdfs / seed).read_bytes())
    for where, chunk in changes:
        start = int(where * (len(data) - 1))
        data[start : start + len(chunk)] = chunk
    import_bytes(library, tmp_path, bytes(data[: max(1, int(cut * len(data)))]), ".pdf")
