"""Importing amendment files: one document per amendment, updated by a newer file."""

from __future__ import annotations

import json
from pathlib import Path

from amendment_samples import SEANCE, json_amendment, senat_rows
from helpers import AMENDMENTS

from reviewer.amendments import Unreadable, read_amendments
from reviewer.cli import main
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.records import ImportStatus
from reviewer.library import Library, amendment_files


def amendments(library: Library) -> dict[str, object]:
    return {d.metadata["number"]: d for d in library.documents() if d.kind == AMENDEMENT}


def test_each_amendment_is_a_searchable_document_with_its_fields(library: Library, tmp_path):
    report = library.import_paths([senat_rows(tmp_path / "jeu.csv", 3)])
    assert [(Path(o.path.split(" › ")[0]).name, o.path.split(" › ")[1], o.status) for o in
            report.outcomes] == [("jeu.csv", f"n° {n}", ImportStatus.IMPORTED)
                                 for n in ("1 rect.", "2 rect.", "3 rect. quater")]  # fmt: skip
    first = amendments(library)["1 rect."]
    assert first.title == (
        "Amendement n° 1 rect. — Article additionnel après l’article 7"
        " — Texte n° 63 (Sénat, 2017-2018)"
    )
    assert {k: first.metadata[k] for k in (
        "chamber", "text_ref", "target_article", "placement", "additional", "authors",
        "registered", "outcome", "state", "body", "session",
    )} == {
        "chamber": "Sénat", "text_ref": "Sénat 2017-2018 63", "target_article": "Article 7",
        "placement": "après", "additional": "oui", "authors": ["M. FRASSA"],
        "registered": "2017-11-13", "outcome": "adopté", "state": "Adopté",
        "body": "Séance publique", "session": "2017-2018",
    }  # fmt: skip
    text = "\n".join(page.text for page in library.pages(first.id))
    assert "Dispositif" in text and "Objet" in text and "Présenté par M. FRASSA" in text
    hits = library.search('"assujettissement des Français établis hors de France"').hits
    assert {hit.document_id for hit in hits} == {first.id}
    [highlight] = library.annotate(first.id, "établis hors de France", tags=["CSG"])
    assert " ".join(highlight.quote.split()) == "établis hors de France"  # across a line end


def test_a_newer_file_updates_the_outcome_without_duplicating_or_losing_notes(
    library: Library, tmp_path
):
    library.import_paths([senat_rows(tmp_path / "avant.csv", 3, sort="")])
    before = amendments(library)
    assert "outcome" not in before["1 rect."].metadata
    [note] = library.annotate(before["1 rect."].id, "établis hors de France", tags=["CSG"])
    library.edit_document(before["2 rect."].id, title="Mon titre")
    report = library.import_paths([senat_rows(tmp_path / "apres.csv", 3)])
    assert [o.status for o in report.outcomes] == [ImportStatus.IMPORTED] * 3
    assert report.outcomes[0].message == "updated: outcome adopté (was none)"
    after = amendments(library)
    assert {n: d.id for n, d in after.items()} == {n: d.id for n, d in before.items()}
    assert after["1 rect."].metadata["outcome"] == "adopté"
    assert after["2 rect."].metadata["outcome"] == "non soutenu"
    assert after["2 rect."].title == "Mon titre"  # the user's edit stays
    assert library.annotation(note.id).tags == ("CSG",)
    indexed = {hit.document_id for hit in library.search("kind:amendement", limit=50).hits}
    assert indexed == {d.id for d in after.values()}  # nothing twice in the index either
    again = library.import_paths([tmp_path / "apres.csv"])
    assert {o.status for o in again.outcomes} == {ImportStatus.ALREADY_PRESENT}


def test_a_row_that_cannot_be_read_is_reported_by_number_and_the_others_imported(
    library: Library, tmp_path
):
    report = library.import_paths([senat_rows(tmp_path / "jeu.csv", 2, bad=True)])
    failed = [o for o in report.outcomes if o.status is ImportStatus.FAILED]
    assert [o.path.split(" › ")[1] for o in failed] == ["ligne 4 (n° 999 rect.)"]
    assert failed[0].message == "3 columns instead of 12"
    assert sorted(amendments(library)) == ["1 rect.", "2 rect."]


def test_a_feed_folder_with_its_list_and_a_json_file_among_pdfs(library: Library, tmp_path):
    folder = tmp_path / "an_911"
    folder.mkdir()
    for name in ("an_911_1.xml", "an_911_2.xml", "an_911_3.xml", "an_911_liste.xml"):
        (folder / name).write_bytes((AMENDMENTS / name).read_bytes())
    tree = json_amendment(42)
    (folder / "AMANR42.json").write_text(json.dumps(tree), encoding="utf-8")
    report = library.import_paths([folder])
    assert not report.failed
    found = amendments(library)
    assert sorted(found) == ["1", "2 rect.", "3", "42"]
    assert found["2 rect."].metadata["group"] == "LaREM"
    assert (found["2 rect."].metadata["order"], found["2 rect."].metadata["parent"]) == (2, "1")
    assert found["42"].metadata["source_id"] == tree["amendement"]["uid"]
    listed = [o for o in report.outcomes if o.path.endswith("an_911_liste.xml")]
    assert listed[0].document_id is None and "order of discussion" in listed[0].message


def test_keeping_only_one_text(library: Library, tmp_path):
    report = library.import_paths([senat_rows(tmp_path / "jeu.csv", 2)], texts=["911"])
    assert amendments(library) == {} and "no amendment" in report.outcomes[0].message


def test_the_command_line_shows_one_line_per_amendment(tmp_path, capsys):
    path = senat_rows(tmp_path / "jeu.csv", 2, bad=True)
    code = main(["import", "--library", str(tmp_path / "lib"), str(path)])
    out = capsys.readouterr().out
    assert code == 1  # a row failed
    assert f"imported: {path} › n° 1 rect., 2 pages" in out
    assert f"failed: {path} › ligne 4 (n° 999 rect.) (3 columns instead of 12)" in out


def test_new_texts_replace_the_pdf_when_nothing_is_anchored_on_it(library: Library, tmp_path):
    library.import_paths([senat_rows(tmp_path / "avant.csv", 2)])
    before = amendments(library)
    [note] = library.annotate(before["2 rect."].id, "compenser la perte de recettes")
    newer = tmp_path / "apres.csv"
    newer.write_bytes((tmp_path / "avant.csv").read_bytes().replace(b"anomalie", b"erreur"))
    newer.write_bytes(newer.read_bytes().replace(b"taxe additionnelle", b"contribution neuve"))
    replaced, kept = library.import_paths([newer]).outcomes
    after = amendments(library)
    assert {n: d.id for n, d in after.items()} == {n: d.id for n, d in before.items()}
    # Not annotated: its new PDF replaces the old, and search finds the new words.
    assert (replaced.message, replaced.pages) == ("updated; new texts", 2)
    assert after["1 rect."].pdf_path != before["1 rect."].pdf_path
    assert "rectifier une erreur" in "".join(p.text for p in library.pages(after["1 rect."].id))
    hits = library.search('"rectifier une erreur"').hits
    assert {hit.document_id for hit in hits} == {after["1 rect."].id}
    [highlight] = library.annotate(after["1 rect."].id, "rectifier une erreur")
    assert highlight.quote == "rectifier une erreur"
    # Annotated: the PDF stays under the note; the new record is kept beside it.
    assert "its dispositif or exposé changed" in kept.message
    assert after["2 rect."].pdf_path == before["2 rect."].pdf_path
    assert library.annotation(note.id).quote == "compenser la perte de recettes"
    newer_texts = after["2 rect."].metadata["newer_dispositif"]
    assert any("contribution neuve" in paragraph for paragraph in newer_texts)
    # Every stored file is named by its content, as the doctor and backups check.
    assert library.doctor().problems == ()


def test_a_long_file_is_laid_out_by_children_in_its_own_order(library: Library, tmp_path):
    report = library.import_paths([senat_rows(tmp_path / "jeu.csv", 40, bad=True)])
    numbers = [o.path.split(" › ")[1] for o in report.outcomes]
    expected = [f"n° {d.number}" for d in read_amendments(SEANCE) if not isinstance(d, Unreadable)]
    assert numbers == [expected[0], "ligne 4 (n° 999 rect.)", *expected[1:40]]
    assert len(amendments(library)) == 40


def test_an_amendment_of_a_feed_is_met_again_in_the_dump_by_its_text_and_number(
    library: Library, tmp_path
):
    feed = tmp_path / "an_911_1.xml"
    feed.write_bytes((AMENDMENTS / "an_911_1.xml").read_bytes())
    [first] = library.import_paths([feed]).outcomes
    tree = json_amendment(1, "0911", sort="Adopté")
    dump = tmp_path / "AMANR1.json"
    dump.write_text(json.dumps(tree), encoding="utf-8")
    [again] = library.import_paths([dump]).outcomes
    assert again.document_id == first.document_id and again.message.startswith("updated")
    [document] = amendments(library).values()
    assert document.metadata["source_id"] == tree["amendement"]["uid"]
    assert document.metadata["outcome"] == "adopté"


def test_a_newer_file_lays_out_again_only_the_amendments_it_changes(
    library: Library, tmp_path, monkeypatch
):
    before = senat_rows(tmp_path / "avant.csv", 10, sort="")
    first = library.import_paths([before]).outcomes
    head, *rows = before.read_bytes().split(b"\r\n")[1:]
    columns = rows[0].split(b"\t")
    rows[0] = b"\t".join([*columns[:9], "Adopté".encode("cp1252"), *columns[10:]])
    after = tmp_path / "apres.csv"
    after.write_bytes(b"\r\n".join([before.read_bytes().split(b"\r\n")[0], head, *rows]))
    laid_out = []
    real = amendment_files.laid_out
    monkeypatch.setattr(amendment_files, "laid_out", lambda b: laid_out.append(b) or real(b))
    again = library.import_paths([after]).outcomes
    assert len(laid_out) == 1  # only the amendment whose outcome changed
    assert [o.document_id for o in again] == [o.document_id for o in first]
    assert again[0].status == ImportStatus.IMPORTED
    assert again[0].message == "updated: outcome adopté (was none)"
    assert {(o.status, o.message) for o in again[1:]} == {
        (ImportStatus.ALREADY_PRESENT, "same amendment already in the library")
    }
    assert amendments(library)[again[0].path.split("n° ")[1]].metadata["outcome"] == "adopté"
