"""Versions through the library: link, carry annotations forward, review, suggest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from helpers import AMENDED, DROPPED, KEPT, versions_of_a_bill

from reviewer.core.errors import Cancelled, ReviewerError
from reviewer.core.events import CancelToken
from reviewer.core.records import CarryStatus, Review
from reviewer.library import Library


@pytest.fixture
def linked(tmp_path: Path):
    """A library with both versions imported, three highlights on the first."""
    old_pdf, new_pdf = versions_of_a_bill(tmp_path)
    library = Library(tmp_path / "library")
    old = library.import_paths([old_pdf]).outcomes[0].document_id
    new = library.import_paths([new_pdf]).outcomes[0].document_id
    highlights = {
        phrase: library.annotate(old, phrase, tags=["CNIL"], note=f"note {n}")[0]
        for n, phrase in enumerate((KEPT, AMENDED, DROPPED))
    }
    yield library, old, new, highlights
    library.close()


def test_carrying_places_each_annotation_with_an_honest_status(linked):
    library, old, new, highlights = linked
    report = library.add_version(new, of=old, label="commission")
    by_source = {a.carry.source_id: a for a in report.carried}

    kept = by_source[highlights[KEPT].id]
    assert kept.carry.status is CarryStatus.EXACT and kept.carry.review is Review.ACCEPTED
    assert kept.quote == highlights[KEPT].quote
    assert kept.anchor.rects and kept.tags == ("CNIL",) and kept.note == "note 0"
    assert library.location(kept, short=True).startswith("Art. 2")

    amended = by_source[highlights[AMENDED].id]
    assert amended.carry.status is CarryStatus.CHANGED
    assert "quinze jours" in amended.quote.replace("\n", " ")
    assert "trente jours" in amended.carry.previous_quote.replace("\n", " ")

    dropped = by_source[highlights[DROPPED].id]
    assert dropped.carry.status is CarryStatus.ORPHANED and not dropped.anchor.rects
    assert library.location(dropped, short=True).startswith("Art. 2")
    assert {a.id for a in library.carried(new, pending=True)} == {amended.id, dropped.id}


def test_the_originals_stay_on_the_old_version_and_a_second_run_adds_nothing(linked):
    library, old, new, _highlights = linked
    before = library.annotations(document_id=old)
    library.add_version(new, of=old)
    again = library.add_version(new, of=old)
    assert library.annotations(document_id=old) == before
    assert (len(again.carried), again.already) == (0, 3)
    assert len(library.annotations(document_id=new)) == 3


def test_versions_form_a_lineage_newest_first_and_refuse_cycles(linked):
    library, old, new, _highlights = linked
    library.add_version(new, of=old, label="commission")
    library.set_version_label(old, "dépôt")
    assert [(d.id, d.version_label) for d in library.versions(old)] == [
        (new, "commission"),
        (old, "dépôt"),
    ]
    with pytest.raises(ReviewerError, match="later version"):
        library.add_version(old, of=new)
    with pytest.raises(ReviewerError, match="itself"):
        library.add_version(new, of=new)
    library.unlink_version(new)
    assert [d.id for d in library.versions(new)] == [new]


def test_review_accepts_dismisses_and_re_places(linked):
    library, old, new, highlights = linked
    report = library.add_version(new, of=old)
    by_source = {a.carry.source_id: a for a in report.carried}
    amended, dropped = by_source[highlights[AMENDED].id], by_source[highlights[DROPPED].id]

    assert library.accept_carried(amended.id).carry.review is Review.ACCEPTED
    library.dismiss_carried(dropped.id)
    assert library.carried(new, pending=True) == []
    library.revert_carried(dropped)  # undo: back as it was, awaiting review
    assert [a.id for a in library.carried(new, pending=True)] == [dropped.id]
    library.dismiss_carried(dropped.id)
    assert dropped.id not in {a.id for a in library.annotations(document_id=new)}
    assert highlights[DROPPED].id in {a.id for a in library.annotations(document_id=old)}

    [anchor] = library.locate(new, "article nouveau est inséré")
    page_start = sum(len(p.text) + 1 for p in library.pages(new)[: anchor.page - 1])
    start = anchor.position.start - page_start
    placed = library.replace_carried(amended.id, anchor.page, start, start + 26)
    assert placed.quote == "article nouveau est inséré" and placed.anchor.rects
    assert placed.carry.previous_quote == amended.carry.previous_quote


def test_a_cancelled_carry_links_nothing_and_saves_nothing(linked):
    library, old, new, _highlights = linked
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        library.add_version(new, of=old, cancel=token)
    assert library.document(new).version_of is None
    assert library.annotations(document_id=new) == []


def test_a_new_version_is_suggested_by_its_title_and_text(linked):
    library, old, new, _highlights = linked
    [suggestion] = library.suggest_versions(new)
    assert suggestion.document.id == old and suggestion.score >= 0.9
    library.add_version(new, of=old)
    assert library.suggest_versions(new) == []


def test_notes_on_the_document_travel_unchanged(linked):
    library, old, new, _highlights = linked
    note = library.add_note(old, "Voir l'avis du Conseil d'État")
    report = library.add_version(new, of=old)
    [carried] = [a for a in report.carried if a.carry.source_id == note.id]
    assert replace(carried, id=note.id, document_id=old, updated=note.updated, carry=None) == note
    assert carried.carry.status is CarryStatus.EXACT


def test_two_scans_are_not_offered_as_versions_of_each_other(library, shared_pdfs, tmp_path):
    # Both without text: they "share" all of it, which says nothing.
    scans = shared_pdfs / "image-only"
    first = library.import_paths([scans / "ocrmypdf_francais-scanned-french.pdf"])
    second = library.import_paths([scans / "ocrmypdf_vector-text-as-curves.pdf"])
    [older], [newer] = first.outcomes, second.outcomes
    assert not library.document(older.document_id).has_text
    assert not library.document(newer.document_id).has_text
    assert library.suggest_versions(newer.document_id) == []
