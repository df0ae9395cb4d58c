"""Fixtures: a fresh index, and the five real texts of the shared corpus indexed once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.search import AnnotationEntry, PageEntry, RawResults, SearchIndex

SHARED = Path(os.environ.get("REVIEWER_SHARED", Path(__file__).resolve().parents[3] / "shared"))
# Short names the tests use for the corpus files, in document id order (1 to 5).
CORPUS_FILES = {
    "amendement": "an-amendement-plf-article42-etat-b-vsa",
    "question-16": "an-question-ecrite-16e-leg-13417",
    "question-17": "an-question-ecrite-17e-leg-6750",
    "militant": "article-militant-legalisation-vsa-jo2024",
    "petition": "petition-elus-contre-vsa-article7-loi-jo2024",
}
NAMES = tuple(CORPUS_FILES)
ANNOTATIONS = (
    AnnotationEntry(
        "note-cout",
        1,
        1,
        quote="vidéosurveillance algorithmique",
        note="Le coût total dépasse 8 millions d'euros.",
        tags=("Coût", "À vérifier"),
        author="Marie Dupont",
        color="yellow",
        title="Amendement PLF article 42",
        kind="amendement",
    ),
    AnnotationEntry(
        "note-libertes",
        5,
        1,
        quote="l'article 7",
        note="Atteinte aux libertés publiques selon la CNIL.",
        tags=("Libertés publiques",),
        author="Jean-Pierre Martin",
        color="red",
        title="Pétition des élus contre la VSA",
        kind="petition",
    ),
)


class Corpus:
    """The indexed corpus, with the texts the caller (the library) would supply."""

    def __init__(self, index: SearchIndex, texts: dict[str, str]) -> None:
        self.index = index
        self.texts = texts

    def search(self, query: str, *, limit: int = 20) -> RawResults:
        return self.index.search(query, limit=limit, text_of=self.texts.__getitem__)

    def files(self, query: str) -> set[str]:
        """The short names of the corpus files with a page hit for the query."""
        hits = self.search(query, limit=100).hits
        return {NAMES[hit.document_id - 1] for hit in hits if hit.type == "page"}

    def annotations(self, query: str) -> set[str]:
        hits = self.search(query, limit=100).hits
        return {hit.annotation_id for hit in hits if hit.annotation_id}


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    folder = SHARED / "corpus"
    if not folder.is_dir():
        pytest.fail(f"shared corpus not found at {folder} (set REVIEWER_SHARED)")
    return {
        name: (folder / f"{file}.txt").read_text(encoding="utf-8")
        for name, file in CORPUS_FILES.items()
    }


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory, corpus_texts: dict[str, str]
) -> Iterator[Corpus]:
    index = SearchIndex.open(tmp_path_factory.mktemp("corpus") / "index")
    pages = [
        PageEntry(
            number,
            1,
            corpus_texts[name],
            title=CORPUS_FILES[name].replace("-", " "),
            kind=CORPUS_FILES[name].split("-")[0],
            facets={"legislature": "17" if name == "question-17" else "", "year": "2024"},
        )
        for number, name in enumerate(NAMES, start=1)
    ]
    with index.batch() as batch:
        batch.add_pages(pages)
        for entry in ANNOTATIONS:
            batch.add_annotation(entry)
    texts = {page.key: page.text for page in pages}
    texts.update({entry.key: f"{entry.quote}\n{entry.note}" for entry in ANNOTATIONS})
    yield Corpus(index, texts)
    index.close()


@pytest.fixture
def index(tmp_path: Path) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(tmp_path / "index")
    yield opened
    opened.close()
