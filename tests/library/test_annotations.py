"""Annotations round-trip through the database and the search index."""

from __future__ import annotations

import pytest
from helpers import write_test_pdf

from reviewer.core.errors import NotFound, ReviewerError
from reviewer.library import Library

BILL = [
    "PROJET DE LOI\nArticle premier\nLe recours à la reconnaissance faciale est interdit.\n"
    "Article 7\nLes élu·es sont informés par la CNIL.",
    "Article 8\nLes dispositifs de reconnaissance faciale déployés avant 2024 sont retirés.\n"
    "Un logiciel Briefcam ne peut être acquis sans l'avis de la CNIL.",
]


@pytest.fixture
def bill(library: Library, tmp_path) -> int:
    report = library.import_paths([write_test_pdf(tmp_path / "pjl.pdf", BILL)])
    return report.outcomes[0].document_id


def test_annotate_highlights_the_first_occurrence_with_its_anchor(library: Library, bill: int):
    [annotation] = library.annotate(bill, "Reconnaissance Faciale", tags=["biométrie"], note="Clé")
    assert annotation.page == 1
    assert annotation.quote == "reconnaissance faciale"
    assert annotation.anchor.quote.prefix.endswith("Le recours à la ")
    assert annotation.anchor.quote.suffix.startswith(" est interdit")
    text = "\f".join(p.text for p in library.pages(bill))
    position = annotation.anchor.position
    assert text[position.start : position.end] == "reconnaissance faciale"
    [rect] = annotation.anchor.rects
    assert rect.page == 1 and rect.rect.x1 - rect.rect.x0 > 50
    assert library.annotations(document_id=bill) == [annotation]


def test_annotate_all_marks_every_occurrence_matched_as_search_matches(library: Library, bill):
    created = library.annotate(bill, "reconnaissances faciales", every=True, tags=["VSA"])
    assert [(a.page, a.quote) for a in created] == [
        (1, "reconnaissance faciale"),
        (2, "reconnaissance faciale"),
    ]
    assert [t.name for t in library.tags()] == ["VSA"] and library.tags()[0].count == 2
    only_page_2 = library.annotate(bill, "CNIL", page=2, color="bleu")
    assert [(a.page, a.color) for a in only_page_2] == [(2, "#64b5f6")]


def test_annotate_reports_absent_phrases_and_stop_words(library: Library, bill: int):
    with pytest.raises(NotFound, match="does not occur"):
        library.annotate(bill, "drone")
    with pytest.raises(ReviewerError, match="no searchable words"):
        library.annotate(bill, "de la")
    with pytest.raises(ReviewerError, match="unknown colour"):
        library.annotate(bill, "CNIL", color="fuchsia-ish")


def test_notes_and_tags_are_searchable_and_follow_updates(library: Library, bill: int):
    [annotation] = library.annotate(bill, "Briefcam", tags=["coût"], note="Demander le prix")
    found = library.search("tag:coût")
    assert [(h.type.value, h.annotation_id) for h in found.hits] == [("annotation", annotation.id)]
    assert library.search("prix").hits[0].annotation_id == annotation.id

    library.update_annotation(annotation.id, note="Budget inconnu", tags=["CNIL"])
    assert library.search("prix").total == 0
    assert library.search("tag:cnil").hits[0].annotation_id == annotation.id
    assert library.search("tag:coût").total == 0
    assert library.annotation(annotation.id).note == "Budget inconnu"


def test_delete_keeps_a_tombstone_and_restore_brings_it_back(library: Library, bill: int):
    [annotation] = library.annotate(bill, "Briefcam", note="à vérifier")
    library.delete_annotation(annotation.id)
    assert library.annotations() == []
    assert library.annotations(include_deleted=True)[0].deleted is not None
    assert library.search("vérifier").total == 0
    assert library.documents()[0].annotation_count == 0

    restored = library.restore_annotation(annotation.id)
    assert restored.deleted is None
    assert library.search("vérifier").hits[0].annotation_id == annotation.id


def test_tag_and_untag(library: Library, bill: int):
    [annotation] = library.annotate(bill, "CNIL")
    library.tag(annotation.id, "CNIL", " avis  CNIL ", "cnil")
    assert library.annotation(annotation.id).tags == ("avis CNIL", "CNIL")  # sorted
    library.untag(annotation.id, "cnil")
    assert library.annotation(annotation.id).tags == ("avis CNIL",)


def test_annotations_survive_reopening_the_library(tmp_path, bill: int, library: Library):
    [annotation] = library.annotate(bill, "Briefcam", tags=["coût"])
    library.close()
    with Library(library.layout.root) as reopened:
        assert reopened.annotation(annotation.id).tags == ("coût",)
        assert reopened.search("tag:coût").total == 1


def test_query_passages_marks_every_match_of_a_search_on_a_page(library: Library, bill: int):
    passages = library.query_passages(bill, 2, '"reconnaissances faciales" OR cnil NOT drone')
    assert [p.quote.exact for p in passages] == ["reconnaissance faciale", "CNIL"]
    assert all(p.page == 2 and p.rects for p in passages)
    assert (
        library.query_passages(bill, 1, "article")
        and library.query_passages(bill, 1, "drone") == []
    )


@pytest.mark.parametrize(
    ("phrase", "quote"),
    [
        ("les pouvoirs publics pourront…", "les pouvoirs publics pourront"),
        ("Les Pouvoirs publics", "les pouvoirs publics"),
        ("l'autorité de la CNIL", "l'autorité de la CNIL"),
        ("pouvoirs publics pourront se", "pouvoirs publics pourront se"),
    ],
)
def test_a_phrase_is_highlighted_from_its_first_word_to_its_last(tmp_path, library, phrase, quote):
    # Search drops stop words (les, de, la, se); the highlight still spans the phrase typed.
    page = "Le texte prévoit que les pouvoirs publics pourront se fonder sur l'autorité de la CNIL."
    [imported] = library.import_paths([write_test_pdf(tmp_path / "a.pdf", [page])]).outcomes
    [annotation] = library.annotate(imported.document_id, phrase)
    assert annotation.quote == quote
