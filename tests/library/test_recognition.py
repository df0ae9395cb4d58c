"""Imported documents know their kind, metadata and structure; user edits stick."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.errors import NotFound
from reviewer.library import Library
from reviewer.samples import bill


def by_source_name(library: Library) -> dict[str, object]:
    return {Path(d.source).stem: d for d in library.documents()}


def test_the_corpus_gets_its_kinds_and_stated_metadata(library: Library, corpus_dir):
    library.import_paths([corpus_dir])
    documents = by_source_name(library)
    kinds = {name: d.kind for name, d in documents.items()}
    assert kinds == {
        "an-amendement-plf-article42-etat-b-vsa": "amendement",
        "an-question-ecrite-16e-leg-13417": "question écrite",
        "an-question-ecrite-17e-leg-6750": "question écrite",
        "petition-elus-contre-vsa-article7-loi-jo2024": "pétition",
        "article-militant-legalisation-vsa-jo2024": "other",
    }
    question = documents["an-question-ecrite-17e-leg-6750"]
    assert question.metadata["number"] == "6750"
    assert question.metadata["legislature"] == "17"
    assert question.metadata["authors"] == ["M. Ugo Bernalicis"]
    assert question.kind_confidence > 0.5
    # Header fields stop at the next label, although the PDF turned the tabs into spaces.
    older = documents["an-question-ecrite-16e-leg-13417"].metadata
    assert (older["ministry_asked"], older["rubrique"]) == (
        "Intérieur et outre-mer",
        "droits fondamentaux",
    )


def test_user_edits_survive_redetection(library: Library, corpus_dir):
    library.import_paths([corpus_dir / "an-question-ecrite-16e-leg-13417.txt"])
    document = library.documents()[0]
    edited = library.edit_document(document.id, kind="rapport", legislature="99", title="QE Guedj")
    assert (edited.kind, edited.metadata["legislature"], edited.title) == (
        "rapport",
        "99",
        "QE Guedj",
    )
    again = library.redetect(document.id)
    assert (again.kind, again.metadata["legislature"], again.title) == ("rapport", "99", "QE Guedj")
    assert again.metadata["number"] == "13417"  # detected fields still come back
    assert library.search("kind:rapport").total >= 1


def test_annotations_know_the_article_and_alinea_they_fall_in(library: Library, tmp_path):
    path = tmp_path / "pjl.pdf"
    bill(3, articles=8).write(path)
    [document_id] = [o.document_id for o in library.import_paths([path]).outcomes]
    assert library.documents()[0].kind in {"projet de loi", "proposition de loi"}
    structure = library.structure(document_id)
    labels = [section.label for section in _walk(structure)]
    assert "Article 1er" in labels and "Article 2" in labels
    article = next(s for s in _walk(structure) if s.label == "Article 2")
    pages = library.pages(document_id)
    page_start = sum(len(p.text) + 1 for p in pages[: article.page - 1])
    inside = article.start - page_start + len("Article 2") + 3  # in the article's first alinéa
    annotation = library.highlight(document_id, article.page, inside, inside + 12)
    assert library.location(annotation).startswith("Article 2")
    assert library.location(annotation, short=True).startswith("Art. 2")
    # A selection not yet annotated is located the same way, from its page offset.
    where = library.passage_location(document_id, article.page, inside, short=True)
    assert where == library.location(annotation, short=True)
    assert library.passage_location(document_id, 1, 0) is None  # before the first article
    with pytest.raises(NotFound):
        library.passage_location(document_id, 99, 0)


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section.children)


def test_metadata_facets_are_searchable(library: Library, corpus_dir):
    library.import_paths([corpus_dir])
    names = {Path(h.source).stem for h in library.search("legislature:17 vidéosurveillance").hits}
    assert names == {"an-question-ecrite-17e-leg-6750"}
    assert {Path(h.source).stem for h in library.search("groupe:socialistes").hits} == {
        "an-question-ecrite-16e-leg-13417"
    }
    found = {Path(h.source).stem for h in library.search('ministry:"outre-mer"').hits}
    assert found == {"an-question-ecrite-16e-leg-13417"}
    assert library.search("ministère:intérieur").total >= 1
