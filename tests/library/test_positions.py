"""The MP's positions on amendments: recorded at once, searchable, kept by a newer file of
the same amendments, exchanged in W3C files, on a list of labels the library owns."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from amendment_samples import senat_rows
from helpers import write_test_pdf

from reviewer.core.amendments import DEFAULT_POSITION_LABELS
from reviewer.core.changes import Changes
from reviewer.core.errors import ReviewerError
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.records import Document, ImportStatus
from reviewer.library import Library

WHOLE_FILE = 595  # the amendments of the real Sénat file


def numbered(library: Library) -> dict[str, Document]:
    return {d.metadata["number"]: d for d in library.documents() if d.kind == AMENDEMENT}


@pytest.fixture
def amendments(library: Library, tmp_path: Path) -> dict[str, Document]:
    library.import_paths([senat_rows(tmp_path / "jeu.csv", 4)])
    return numbered(library)


def test_a_position_is_recorded_with_its_argument_and_read_back(library, amendments):
    first = amendments["1 rect."]
    saved = library.set_position(first.id, "défavorable", "  Coût non chiffré. ")
    assert (saved.document_id, saved.label, saved.argument) == (first.id, "Défavorable",
                                                                "Coût non chiffré.")  # fmt: skip
    assert saved.modified.endswith("Z")
    assert library.position(first.id) == saved
    assert library.position(amendments["2 rect."].id) is None
    assert library.positions() == {first.id: saved}
    assert library.document(first.id).position == "Défavorable"
    assert library.document(amendments["2 rect."].id).position == ""


def test_labels_match_without_case_or_accents_and_are_stored_as_the_list_writes_them(
    library, amendments
):
    for typed in ("DEFAVORABLE", "défavorable", " Défavorable "):
        assert library.set_position(amendments["1 rect."].id, typed).label == "Défavorable"


def test_a_label_not_in_the_list_is_refused_naming_the_labels(library, amendments):
    with pytest.raises(ReviewerError) as refused:
        library.set_position(amendments["1 rect."].id, "Peut-être")
    assert "“Peut-être”" in str(refused.value)
    assert all(label in str(refused.value) for label in DEFAULT_POSITION_LABELS)
    assert library.position(amendments["1 rect."].id) is None


def test_an_argument_is_short(library, amendments):
    with pytest.raises(ReviewerError, match="at most 5,000"):
        library.set_position(amendments["1 rect."].id, "Favorable", "x" * 5001)
    assert library.position(amendments["1 rect."].id) is None


def test_a_document_that_is_not_an_amendment_takes_no_position(library, tmp_path):
    pdf = write_test_pdf(tmp_path / "pjl.pdf", ["PROJET DE LOI\nArticle premier\nLe code."])
    [bill] = library.import_paths([pdf]).outcomes
    with pytest.raises(ReviewerError, match="not an amendment"):
        library.set_position(bill.document_id, "Favorable")
    assert library.positions() == {}
    assert library.document(bill.document_id).position is None


def test_a_draft_amendment_takes_a_position(library, tmp_path):
    library.import_paths([write_test_pdf(tmp_path / "pjl.pdf", ["PROJET DE LOI\n"
                          "Article 1er\nLe code civil est ainsi modifié."])])  # fmt: skip
    bill = library.documents()[0]
    draft = library.save_draft(bill.id, article="1er", op="delete-article")
    assert library.set_position(draft.id, "Sagesse").label == "Sagesse"
    assert library.document(draft.id).position == "Sagesse"


def test_undo_sets_the_previous_position_again_and_clear_takes_it_away(library, amendments):
    first = amendments["1 rect."].id
    before = library.set_position(first, "Favorable", "Bonne mesure")
    library.set_position(first, "Retrait")
    library.set_position(first, before.label, before.argument)  # the window's undo
    assert (library.position(first).label, library.position(first).argument) == (
        "Favorable", "Bonne mesure")  # fmt: skip
    library.clear_position(first)
    assert library.position(first) is None and library.positions() == {}
    assert library.document(first).position == ""
    library.clear_position(first)  # nothing to clear: no error


def test_each_change_is_published_with_its_amendment(library, amendments):
    heard: list[Changes] = []
    library.subscribe(heard.append)
    first = amendments["1 rect."].id
    library.set_position(first, "Favorable")
    library.set_position(first, "Favorable")  # the same again: nothing changes
    library.clear_position(first)
    library.set_position_labels(DEFAULT_POSITION_LABELS)  # the same list: nothing changes
    library.set_position_labels([*DEFAULT_POSITION_LABELS, "À étudier"])
    assert heard == [Changes.of(documents=[first]), Changes.of(documents=[first]),
                     Changes.of(position_labels=True)]  # fmt: skip


def test_setting_a_position_reindexes_its_amendment_for_position_queries(library, amendments):
    first, second = amendments["1 rect."].id, amendments["2 rect."].id
    assert library.search("position:aucune").total == len(
        [p for d in amendments.values() for p in library.pages(d.id)]
    )
    library.set_position(first, "Défavorable")
    assert {h.document_id for h in library.search("position:defavorable").hits} == {first}
    library.set_position(first, "Sagesse")
    library.set_position(second, "Sagesse")
    assert library.search("position:défavorable").total == 0
    assert {h.document_id for h in library.search("position:sagesse").hits} == {first, second}
    assert first not in {h.document_id for h in library.search("position:aucune", limit=50).hits}
    library.clear_position(first)
    assert first in {h.document_id for h in library.search("position:aucune", limit=50).hits}


def test_the_library_edits_its_list_of_labels(library, amendments):
    assert library.position_labels() == DEFAULT_POSITION_LABELS
    new = library.set_position_labels([" Pour ", "Contre", "pour", "", "À étudier"])
    assert new == library.position_labels() == ("Pour", "Contre", "À étudier")
    assert library.set_position(amendments["1 rect."].id, "a etudier").label == "À étudier"
    with pytest.raises(ReviewerError, match="at least one"):
        library.set_position_labels(["  "])
    with pytest.raises(ReviewerError, match="position:aucune"):
        library.set_position_labels(["Pour", "Aucune"])


def test_a_label_in_use_cannot_be_removed_and_the_error_names_its_amendments(library, amendments):
    library.set_position(amendments["1 rect."].id, "Retrait")
    library.set_position(amendments["2 rect."].id, "Retrait")
    with pytest.raises(ReviewerError) as refused:
        library.set_position_labels(["Favorable", "Défavorable"])
    message = str(refused.value)
    assert "“Retrait” by 2 amendments" in message
    assert "n° 1 rect." in message and "n° 2 rect." in message
    assert library.position_labels() == DEFAULT_POSITION_LABELS


def test_respelling_a_label_respells_the_positions_that_use_it(library, amendments):
    first = amendments["1 rect."].id
    library.set_position(first, "Sagesse")
    library.set_position_labels(["Favorable", "Défavorable", "SAGESSE"])
    assert library.position(first).label == "SAGESSE"
    assert library.search("position:sagesse").total >= 1


def test_positions_of_some_documents_in_one_read(library, amendments):
    ids = [d.id for d in amendments.values()]
    for document_id in ids[:3]:
        library.set_position(document_id, "Favorable")
    assert set(library.positions(ids[1:])) == set(ids[1:3])
    assert set(library.positions(iter([ids[0], ids[0]]))) == {ids[0]}
    assert library.positions([]) == {}


@pytest.mark.slow
def test_a_newer_file_of_the_real_senat_amendments_keeps_the_positions(library, tmp_path):
    """The real file before the sitting (no outcome), positioned, then as published after
    it: outcomes change, documents stay, and so do the positions and their search."""
    library.import_paths([senat_rows(tmp_path / "avant.csv", WHOLE_FILE, sort="")])
    before = numbered(library)
    assert len(before) == WHOLE_FILE
    library.set_position(before["1 rect."].id, "Favorable", "Soutenu par le groupe")
    library.set_position(before["2 rect."].id, "Défavorable")
    given = library.positions()

    report = library.import_paths([senat_rows(tmp_path / "apres.csv", WHOLE_FILE)])

    assert report.count(ImportStatus.FAILED) == 0
    after = numbered(library)
    assert {n: d.id for n, d in after.items()} == {n: d.id for n, d in before.items()}
    assert after["1 rect."].metadata["outcome"] == "adopté"  # it had none
    assert after["2 rect."].metadata["outcome"] == "non soutenu"
    assert library.positions() == given
    assert after["1 rect."].position == "Favorable"
    favorable = library.search("position:favorable")
    assert {h.document_id for h in favorable.hits} == {before["1 rect."].id}


# --- W3C files: positions travel with the annotations -----------------------------------------


@pytest.fixture
def office(tmp_path: Path) -> Library:
    """A colleague's library with the same amendments."""
    with Library(tmp_path / "office") as other:
        other.import_paths([senat_rows(tmp_path / "jeu.csv", 4)])
        yield other


def test_positions_travel_in_a_w3c_file_and_a_second_import_changes_nothing(
    library, amendments, office, tmp_path
):
    first, second = amendments["1 rect."].id, amendments["2 rect."].id
    library.set_position(first, "Favorable", "Mesure juste")
    library.set_position(second, "Retrait")
    library.export_w3c(tmp_path / "notes.json")

    report = office.import_w3c(tmp_path / "notes.json")

    theirs = numbered(office)
    assert (report.positions, report.positions_unchanged, report.positions_missing) == (2, 0, 0)
    taken = office.position(theirs["1 rect."].id)
    assert (taken.label, taken.argument) == ("Favorable", "Mesure juste")
    assert taken.modified == library.position(first).modified  # as given, not as imported
    assert office.search("position:retrait").hits[0].document_id == theirs["2 rect."].id
    again = office.import_w3c(tmp_path / "notes.json")
    assert (again.positions, again.positions_unchanged) == (0, 2)
    assert office.positions() == {
        theirs[n].id: replace(p, document_id=theirs[n].id)
        for n, p in (("1 rect.", library.position(first)), ("2 rect.", library.position(second)))
    }


def test_the_newer_position_wins_and_a_clear_travels(library, amendments, office, tmp_path):
    first = amendments["1 rect."].id
    theirs = numbered(office)["1 rect."].id
    library.set_position(first, "Favorable")
    library.export_w3c(tmp_path / "older.json")
    office.set_position(theirs, "Défavorable")  # later than the file
    assert office.import_w3c(tmp_path / "older.json").positions == 0
    assert office.position(theirs).label == "Défavorable"

    library.clear_position(first)  # later than the colleague's
    library.export_w3c(tmp_path / "newer.json")
    assert office.import_w3c(tmp_path / "newer.json").positions == 1
    assert office.position(theirs) is None


def test_an_amendment_with_new_texts_is_found_by_its_chamber_text_and_number(
    library, amendments, office, tmp_path
):
    library.set_position(amendments["3 rect. quater"].id, "Sagesse")
    library.export_w3c(tmp_path / "notes.json")
    data = json.loads((tmp_path / "notes.json").read_text())
    # The colleague's copy came from a newer file: another text, another content hash.
    data["positions"][0]["target"]["source"] = "urn:sha256:" + "0" * 64
    (tmp_path / "notes.json").write_text(json.dumps(data))
    office.import_w3c(tmp_path / "notes.json")
    assert office.position(numbered(office)["3 rect. quater"].id).label == "Sagesse"


def test_a_label_the_list_lacks_is_added_to_it(library, amendments, office, tmp_path):
    library.set_position_labels([*DEFAULT_POSITION_LABELS, "À étudier"])
    library.set_position(amendments["1 rect."].id, "À étudier")
    library.export_w3c(tmp_path / "notes.json")
    report = office.import_w3c(tmp_path / "notes.json")
    assert report.new_labels == ("À étudier",)
    assert office.position_labels() == (*DEFAULT_POSITION_LABELS, "À étudier")
