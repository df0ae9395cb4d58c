"""The séance sheet of a bill: its amendments by article in the order of discussion, with
the MP's positions and the notes on them, kept by the sheet's filters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from amendment_samples import SEANCE, plfss_bill
from helpers import write_test_pdf

from reviewer.core.errors import ReviewerError
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.seance import SeanceOptions
from reviewer.library import Library


@pytest.fixture(scope="module")
def plfss(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, int]]:
    """The Sénat's PLFSS 2018 amendments on their bill, with two positions, a note and a
    highlight on amendments of Article 7, and a draft on it."""
    folder = tmp_path_factory.mktemp("plfss")
    with Library(folder / "library") as library:
        library.import_paths([SEANCE, plfss_bill(folder)])
        [bill_id] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
        on_7 = {e.number: e.id for e in library.amendments(bill_id, article="7")}
        library.set_position(on_7["2 rect."], "Favorable", "Aligne le taux sur la CSG.")
        library.set_position(on_7["32"], "Défavorable", "Coût non chiffré.")
        library.add_note(on_7["32"], "Voir l’étude d’impact p. 12", tags=["à vérifier"])
        library.annotate(on_7["32"], "Supprimer cet alinéa", note="Gage à revoir")
        library.save_draft(bill_id, article="7", op="delete-article")
        yield library, bill_id


def test_the_sheet_follows_the_dérouleur_article_by_article(plfss):
    library, bill_id = plfss
    sheet = library.seance_sheet(bill_id, SeanceOptions())
    listed = library.amendments(bill_id)
    assert [a.entry.id for a in sheet.amendments()] == [e.id for e in listed]
    labels = [article.label for article in sheet.articles]
    assert labels[:4] == ["Article 3", "Article 4", "Article 6", "Article 7"]
    assert len(labels) == len(set(labels))  # each article once
    [absent] = [a for a in sheet.articles if a.label.startswith("Article 57")]
    assert not absent.attached


def test_each_amendment_carries_its_position_argument_and_notes(plfss):
    library, bill_id = plfss
    sheet = library.seance_sheet(bill_id, SeanceOptions(article="7"))
    [article] = sheet.articles
    by_number = {a.entry.number: a for a in article.amendments}
    assert (by_number["2 rect."].entry.position, by_number["2 rect."].entry.argument) == (
        "Favorable", "Aligne le taux sur la CSG.",
    )  # fmt: skip
    notes = by_number["32"].notes
    assert sorted(n.annotation.note for n in notes) == [
        "Gage à revoir",
        "Voir l’étude d’impact p. 12",
    ]
    assert any(n.annotation.quote == "Supprimer cet alinéa" for n in notes)
    [draft] = [a for a in article.amendments if a.entry.draft]
    assert draft.entry.article == "Article 7"


def test_filters_keep_exactly_what_they_say(plfss):
    library, bill_id = plfss
    listed = library.amendments(bill_id)
    positioned = library.seance_sheet(bill_id, SeanceOptions(with_position=True)).amendments()
    assert {a.entry.number for a in positioned} == {"2 rect.", "32"}
    group = next(e.group for e in listed if e.group)
    grouped = library.seance_sheet(bill_id, SeanceOptions(group=group.upper())).amendments()
    assert [a.entry.id for a in grouped] == [e.id for e in listed if e.group == group]
    adopted = library.seance_sheet(bill_id, SeanceOptions(outcome="adopte")).amendments()
    assert [a.entry.id for a in adopted] == [e.id for e in listed if e.outcome == "adopté"]
    assert adopted
    both = SeanceOptions(article="Article 7", with_position=True)
    kept = library.seance_sheet(bill_id, both).amendments()
    assert [a.entry.number for a in kept] == ["2 rect.", "32"]


def test_an_empty_selection_is_refused_with_a_message_and_writes_nothing(plfss, tmp_path):
    library, bill_id = plfss
    output = tmp_path / "fiche.pdf"
    options = SeanceOptions(group="Aucun groupe de ce nom", with_position=True)
    with pytest.raises(ReviewerError) as refused:
        library.export_seance(bill_id, output, options=options)
    assert "no amendment of" in str(refused.value)
    assert "group “Aucun groupe de ce nom”, with a position" in str(refused.value)
    assert not output.exists()


def test_a_document_without_amendments_says_so(library, tmp_path):
    library.import_paths([write_test_pdf(tmp_path / "note.pdf", ["Une note."])])
    [document] = library.documents()
    with pytest.raises(ReviewerError, match="has no amendment"):
        library.seance_sheet(document.id, SeanceOptions())
