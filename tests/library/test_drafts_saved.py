"""Drafts kept in the library: a « projet d'amendement » document anchored on its passage,
updated when saved again, exported in the chamber's layout, carried to the next version."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pymupdf
import pytest
from helpers import SHARED

from reviewer.core.errors import NotFound, ReviewerError
from reviewer.core.kinds import PROJET_AMENDEMENT
from reviewer.library import Library
from reviewer.pdf import Block, write_pdf

BILL = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"
WORDS = "des chapitres III et IV"
REQUEST = {"article": "2", "alinea": 3, "op": "replace-words", "old": WORDS}


@pytest.fixture
def bill_id(library: Library) -> int:
    report = library.import_paths([BILL])
    (document_id,) = {o.document_id for o in report.outcomes if o.document_id is not None}
    return document_id


def test_a_saved_draft_is_a_document_of_its_own_kind_anchored_on_its_words(library, bill_id):
    saved = library.save_draft(
        bill_id, new="un chapitre III", signatories=["M. Dupont", "Mme Martin"], **REQUEST
    )
    document = library.document(saved.id)
    assert document.kind == PROJET_AMENDEMENT
    assert document.title.startswith("Projet d’amendement : Article 2, alinéa 3")
    assert (saved.bill_id, saved.article, saved.alinea, saved.style) == (
        bill_id, "Article 2", 3, "senat"
    )  # fmt: skip
    assert " ".join(saved.quote.split()) == WORDS  # the bill's words, no-break spaces and all
    assert saved.signatories == ("M. Dupont", "Mme Martin")
    assert saved.dispositif.startswith("Alinéa 3\nRemplacer les mots")
    assert library.drafts(bill_id) == [saved]
    assert saved.id in {d.id for d in library.documents()}
    # Its PDF says what it is: detection run again finds the same kind.
    assert library.redetect(saved.id).kind == PROJET_AMENDEMENT


def test_the_draft_pdf_is_laid_out_as_the_chamber_prints_an_amendment(library, bill_id):
    senat = library.save_draft(bill_id, new="un chapitre III", expose="Simplifier.", **REQUEST)
    text = "\n".join(page.text for page in library.pages(senat.id))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines[:1] == ["PROJET D’AMENDEMENT — non déposé"]
    order = ["AMENDEMENT", "présenté par", "ARTICLE 2", "Alinéa 3", "OBJET", "Simplifier."]
    where = [next(i for i, line in enumerate(lines) if line.startswith(o)) for o in order]
    assert where == sorted(where)
    an = library.save_draft(bill_id, article="2", op="delete-article", style="an")
    an_text = " ".join(page.text for page in library.pages(an.id))
    assert "Supprimer cet article." in an_text and "EXPOSÉ SOMMAIRE" in an_text


def test_a_saved_draft_is_searchable_and_annotatable(library, bill_id):
    saved = library.save_draft(bill_id, new="un chapitre unique de transition", **REQUEST)
    hits = library.search("chapitre unique de transition")
    assert saved.id in {hit.document_id for hit in hits.hits}
    annotation, *_ = library.annotate(saved.id, "chapitre unique", tags=["à défendre"])
    assert annotation.document_id == saved.id


def test_saving_the_same_draft_again_updates_it_and_keeps_what_is_not_given(
    library, bill_id, monkeypatch
):
    monkeypatch.setenv("REVIEWER_AUTHOR", "Mme Martin")
    first = library.save_draft(bill_id, new="un chapitre III", expose="Simplifier.", **REQUEST)
    assert first.signatories == ("Mme Martin",)
    second = library.save_draft(bill_id, new="un seul chapitre", style="an", **REQUEST)
    assert second.id == first.id
    assert len(library.drafts(bill_id)) == 1
    assert "«\u00a0un seul chapitre\u00a0»" in second.dispositif and second.style == "an"
    assert second.expose == "Simplifier." and second.signatories == ("Mme Martin",)
    pages = " ".join(" ".join(page.text for page in library.pages(first.id)).split())
    assert "un seul chapitre" in pages and "un chapitre III" not in pages
    library.edit_document(first.id, title="Amendement chapitres")
    library.save_draft(bill_id, new="un seul chapitre", **REQUEST)
    assert library.document(first.id).title == "Amendement chapitres"  # the user's title stays
    library.remove_document(first.id)
    assert library.drafts(bill_id) == []
    assert library.save_draft(bill_id, new="un chapitre III", **REQUEST).id == first.id
    assert library.drafts(bill_id)[0].id == first.id and not library.document(first.id).removed
    other = library.save_draft(bill_id, **{**REQUEST, "op": "delete-words"})
    assert other.id != first.id and len(library.drafts(bill_id)) == 2


def test_a_draft_survives_closing_the_library(tmp_path, bill_id, library):
    saved = library.save_draft(bill_id, new="un chapitre III", expose="Objet écrit.", **REQUEST)
    library.close()
    with Library(library.layout.root) as again:
        assert again.drafts(bill_id) == [saved]


def test_export_in_every_format(library, bill_id, tmp_path):
    saved = library.save_draft(
        bill_id, new="un chapitre III", expose="Simplifier.", signatories=["M. Dupont"],
        **REQUEST,
    )  # fmt: skip
    text = library.export_draft(saved.id, "txt").decode()
    assert "AMENDEMENT\n\nprésenté par M. Dupont\n\nARTICLE 2\n\nAlinéa 3" in text
    fields = library.export_draft(saved.id, "fields").decode()
    assert fields.startswith("Champs à coller dans Ameli")
    assert "— Objet —\nSimplifier." in fields and "— Subdivision visée —\nARTICLE 2" in fields
    assert "— Dispositif —\n" + saved.dispositif in fields
    output = tmp_path / "amdt.docx"
    library.export_draft(saved.id, "docx", output)
    with zipfile.ZipFile(output) as docx:
        body = docx.read("word/document.xml").decode()
    assert "présenté par M. Dupont" in body and "Remplacer les mots" in body
    pdf = library.export_draft(saved.id, "pdf")
    with pymupdf.open(stream=io.BytesIO(pdf), filetype="pdf") as document:
        assert "Remplacer les mots" in document[0].get_text()
    an_fields = library.export_draft(
        library.save_draft(bill_id, article="2", op="delete-article", style="an").id, "fields"
    ).decode()
    assert an_fields.startswith("Champs à coller dans Éloi") and "— Exposé sommaire —" in an_fields
    with pytest.raises(ReviewerError, match="unknown format"):
        library.export_draft(saved.id, "odt")
    with pytest.raises(NotFound, match="not a saved draft"):
        library.export_draft(bill_id, "txt")


# --- Carried to the next version -------------------------------------------------------------

FILL = (
    " Cette disposition s'applique aux traitements mis en œuvre par les autorités publiques"
    " et par les personnes privées chargées d'une mission de service public."
)
KEPT = "Le ministre de l'intérieur publie chaque année la liste des communes concernées."
DROPPED = "Un rapport annuel évalue les effets du dispositif sur la vie privée des personnes."
MOVED = "Les conditions d'application du présent article sont fixées par décret en Conseil d'État."
LAST = "Le présent article entre en vigueur le premier jour du sixième mois suivant la publication."


def _bill(paragraphs: list[str], *, inserted: bool) -> list[Block]:
    first = [
        Block("h1", "PROJET DE LOI"),
        Block("center", "relatif à la vidéoprotection"),
        Block("h3", "Article 1er"),
        Block("p", "Le code est ainsi modifié." + FILL),
    ]
    new = [Block("h3", "Article 1er bis"), Block("p", "Un article est inséré." + FILL)]
    article_2 = [Block("h3", "Article 2"), *(Block("p", p + FILL) for p in paragraphs)]
    last = [Block("h3", "Article 3"), Block("p", "La loi est applicable outre-mer." + FILL)]
    return [*first, *(new if inserted else []), *article_2, *last]


@pytest.fixture
def versions(library: Library, tmp_path: Path) -> tuple[int, int]:
    """A bill whose Article 2 loses its alinéa 2 in the next version: 3 becomes 2."""
    old, new = tmp_path / "depot.pdf", tmp_path / "commission.pdf"
    write_pdf(old, _bill([KEPT, DROPPED, MOVED, LAST], inserted=False), title="PJL")
    write_pdf(new, _bill([KEPT, MOVED, LAST], inserted=True), title="PJL")
    ids = [library.import_paths([path]).outcomes[0].document_id for path in (old, new)]
    return ids[0], ids[1]


def test_drafts_follow_the_bill_to_its_next_version(library, versions):
    old, new = versions
    assert library.draft(old, article="2", op="delete-article").before.count("\n") == 4
    kept = library.save_draft(old, article="2", alinea=1, op="delete-words", old="chaque année")
    moved = library.save_draft(
        old, article="2", alinea=3, op="replace-words", old="en Conseil d'État", new="simple",
        style="an",
    )  # fmt: skip
    gone = library.save_draft(
        old, article="2", alinea=2, op="delete-words", old="Un rapport annuel", style="an"
    )
    article = library.save_draft(old, article="2", op="delete-article", style="senat")

    library.add_version(new, of=old)

    carried = {draft.carried_from: draft for draft in library.drafts(new)}
    assert set(carried) == {kept.id, moved.id, gone.id, article.id}
    assert (carried[kept.id].alinea, carried[kept.id].warnings) == (1, ())

    renumbered = carried[moved.id]
    assert renumbered.alinea == 2 and renumbered.dispositif.startswith("À l’alinéa 2, substituer")
    assert renumbered.warnings[0] == (
        "nouvelle version : article 2, alinéa 3 est devenu article 2, alinéa 2, dispositif récrit"
    )
    assert renumbered.review == ""

    flagged = carried[gone.id]
    assert "ne se retrouvent pas" in flagged.review
    assert flagged.dispositif == gone.dispositif  # never silently re-addressed
    assert carried[article.id].dispositif == "Supprimer cet article."

    # The drafts on the old version stay; linking again carries nothing twice.
    assert library.drafts(old) == [kept, moved, gone, article]
    library.add_version(new, of=old)
    assert len(library.drafts(new)) == 4


def test_compacting_a_removed_draft_forgets_it_and_the_same_draft_can_be_saved_anew(
    library, bill_id
):
    first = library.save_draft(bill_id, new="un chapitre III", **REQUEST)
    library.remove_document(first.id)
    library.compact()
    assert library.store.draft_row(first.id) is None
    again = library.save_draft(bill_id, new="un chapitre III", **REQUEST)
    assert library.drafts(bill_id) == [again] and not library.document(again.id).removed


def test_notes_on_a_draft_follow_their_words_when_it_is_saved_again(library, bill_id):
    first = library.save_draft(
        bill_id, new="un chapitre III", expose="Simplifier le code.", **REQUEST
    )
    kept, *_ = library.annotate(first.id, "Simplifier le code", note="à défendre en séance")
    gone, *_ = library.annotate(first.id, "un chapitre III", note="trop étroit")
    page_note = library.add_note(first.id, "relire avec le rapporteur", page=1)
    again = library.save_draft(
        bill_id, new="un chapitre III consacré au droit à l’erreur et à sa mise en œuvre", **REQUEST
    )
    assert again.id == first.id
    text = "\f".join(page.text for page in library.pages(again.id))
    notes = {a.note: a for a in library.annotations(document_id=again.id)}
    assert set(notes) == {"à défendre en séance", "trop étroit", "relire avec le rapporteur"}
    moved = notes["à défendre en séance"].anchor
    assert moved.position != kept.anchor.position  # the longer wording pushed it down
    assert text[moved.position.start : moved.position.end] == "Simplifier le code"
    assert moved.rects
    assert notes["trop étroit"].anchor.quote.exact == gone.anchor.quote.exact
    assert notes["relire avec le rapporteur"].id == page_note.id


def test_drafts_are_signed_by_the_signatories_of_the_settings(
    library, bill_id, tmp_path, monkeypatch
):
    from reviewer.core.settings import Settings
    from reviewer.library.settings import save_settings

    monkeypatch.setenv("REVIEWER_SETTINGS", str(tmp_path / "settings.json"))
    monkeypatch.delenv("REVIEWER_AUTHOR", raising=False)
    save_settings(Settings(author="Mme Martin", signatories="M. Dupont ; Mme Martin\nM. Durand"))
    saved = library.save_draft(bill_id, new="un chapitre III", **REQUEST)
    assert saved.signatories == ("M. Dupont", "Mme Martin", "M. Durand")
    assert "M. Dupont, Mme Martin, M. Durand" in library.export_draft(saved.id, "txt").decode()
    save_settings(Settings(author="Mme Martin"))
    alone = library.save_draft(bill_id, article="2", op="delete-article")
    assert alone.signatories == ("Mme Martin",)  # no signatories set: the author signs


def test_a_draft_of_several_edits_is_carried_for_review_never_re_addressed(library, versions):
    old, new = versions
    edits = [
        {"article": "2", "alinea": 1, "op": "delete-words", "old": "chaque année"},
        {"alinea": 3, "op": "delete-alinea"},  # alinéa 2 in the next version
    ]
    saved = library.save_draft(old, edits=edits, style="an")
    assert saved.dispositif.startswith("I.\u00a0–\u00a0À l’alinéa 1, supprimer")

    library.add_version(new, of=old)

    (carried,) = library.drafts(new)
    assert carried.carried_from == saved.id and carried.dispositif == saved.dispositif
    assert "plusieurs parties" in carried.review
