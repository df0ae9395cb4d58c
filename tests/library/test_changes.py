"""Each write action tells its listeners what it changed, by id, once, after its commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import versions_of_a_bill, write_test_pdf

from reviewer.core.changes import Changes
from reviewer.core.errors import NotFound
from reviewer.library import Library

BILL = [
    "PROJET DE LOI\nArticle premier\nLe recours à la reconnaissance faciale est interdit.\n"
    "Article 7\nLes élus sont informés par la CNIL.",
    "Article 8\nLes dispositifs de reconnaissance faciale sont retirés.\n"
    "Un logiciel Briefcam ne peut être acquis sans l'avis de la CNIL.",
]


class Heard(list[Changes]):
    """What a listener heard; `one()` is the single Changes of the last action."""

    def one(self) -> Changes:
        assert len(self) == 1, self
        heard = self[0]
        self.clear()
        return heard


@pytest.fixture
def heard(library: Library) -> Heard:
    listened = Heard()
    library.subscribe(listened.append)
    return listened


@pytest.fixture
def bill(library: Library, tmp_path: Path, heard: Heard) -> int:
    report = library.import_paths([write_test_pdf(tmp_path / "pjl.pdf", BILL)])
    heard.clear()
    return report.outcomes[0].document_id


def test_an_import_tells_the_new_documents_and_that_the_list_changed(
    library: Library, tmp_path: Path, heard: Heard
):
    first = write_test_pdf(tmp_path / "a.pdf", ["Article 1\nPremier texte."])
    second = write_test_pdf(tmp_path / "b.pdf", ["Article 2\nSecond texte."])
    report = library.import_paths([first, second])
    ids = {outcome.document_id for outcome in report.outcomes}
    assert heard.one() == Changes.of(documents=ids, document_list=True)
    library.import_paths([first])  # already there: nothing changed
    assert heard == []


def test_annotating_every_occurrence_is_one_action_with_every_id(
    library: Library, bill: int, heard: Heard
):
    created = library.annotate(bill, "reconnaissance faciale", every=True, tags=["VSA"])
    assert len(created) == 2
    assert heard.one() == Changes.of(
        documents=[bill], annotations=[a.id for a in created], tags=["VSA"]
    )


def test_each_change_of_an_annotation_tells_its_id_document_and_tags(
    library: Library, bill: int, heard: Heard
):
    highlight = library.highlight(bill, 1, 0, 6, tags=["titre"])
    assert heard.one() == Changes.of(documents=[bill], annotations=[highlight.id], tags=["titre"])
    note = library.add_note(bill, "À relire", page=2)
    assert heard.one() == Changes.of(documents=[bill], annotations=[note.id])

    library.update_annotation(highlight.id, tags=["coût"], note="prix")
    # The tag it lost and the one it gained both have a different count now; the
    # document's count of annotations has not changed.
    assert heard.one() == Changes.of(annotations=[highlight.id], tags=["titre", "coût"])
    library.tag(highlight.id, "CNIL")
    assert heard.one().tags == {"coût", "CNIL"}
    library.untag(highlight.id, "coût")
    assert heard.one().tags == {"coût", "CNIL"}
    library.delete_annotation(highlight.id)
    assert heard.one() == Changes.of(documents=[bill], annotations=[highlight.id], tags=["CNIL"])
    library.restore_annotation(highlight.id)
    assert heard.one().annotations == {highlight.id}


def test_tag_actions_tell_the_names_and_the_annotations_and_documents_they_mark(
    library: Library, bill: int, heard: Heard
):
    [cnil] = library.annotate(bill, "CNIL", tags=["cnil"])
    [briefcam] = library.annotate(bill, "Briefcam", tags=["coût"])
    heard.clear()
    marked = Changes.of(documents=[bill], annotations=[cnil.id])

    library.create_tag("urgent", color="rouge")
    assert heard.one() == Changes.of(tags=["urgent"])
    library.rename_tag("cnil", "CNIL")
    assert heard.one() == marked | Changes.of(tags=["cnil", "CNIL"])
    library.recolor_tag("CNIL", "bleu")
    assert heard.one() == marked | Changes.of(tags=["CNIL"])
    library.merge_tags(["coût"], "CNIL")
    assert heard.one() == Changes.of(
        documents=[bill], annotations=[briefcam.id], tags=["coût", "CNIL"]
    )
    library.delete_tag("CNIL")
    assert heard.one() == Changes.of(
        documents=[bill], annotations=[cnil.id, briefcam.id], tags=["CNIL"]
    )
    library.restore_tags({"cnil": "#64b5f6"}, {cnil.id: ["cnil"]})
    assert heard.one() == Changes.of(annotations=[cnil.id], tags=["cnil"])


def test_document_actions_tell_the_document_and_whether_the_list_changed(
    library: Library, bill: int, heard: Heard
):
    library.edit_document(bill, title="Projet de loi VSA")
    assert heard.one() == Changes.of(documents=[bill])
    library.redetect(bill)
    assert heard.one() == Changes.of(documents=[bill])
    library.remove_document(bill)
    assert heard.one() == Changes.of(documents=[bill], document_list=True)
    library.restore_document(bill)
    assert heard.one() == Changes.of(documents=[bill], document_list=True)


def test_compacting_tells_the_documents_and_annotations_it_forgot(
    library: Library, bill: int, tmp_path: Path, heard: Heard
):
    other = library.import_paths([write_test_pdf(tmp_path / "q.pdf", ["Question écrite."])])
    other_id = other.outcomes[0].document_id
    [gone] = library.annotate(bill, "Briefcam")
    library.delete_annotation(gone.id)
    library.remove_document(other_id)
    heard.clear()
    assert library.compact() == 1
    assert heard.one() == Changes.of(
        documents=[bill, other_id], annotations=[gone.id], document_list=True
    )


def test_versions_tell_the_linked_documents_and_the_carried_annotations(
    library: Library, tmp_path: Path, heard: Heard
):
    report = library.import_paths(list(versions_of_a_bill(tmp_path)))
    old, new = (outcome.document_id for outcome in report.outcomes)
    library.annotate(old, "données collectées", tags=["VSA"])
    heard.clear()
    carried = library.add_version(new, of=old, label="commission")
    assert heard.one() == Changes.of(
        documents=[new, old], annotations=[a.id for a in carried.carried], tags=["VSA"]
    )
    library.set_version_label(new, "texte de la commission")
    assert heard.one() == Changes.of(documents=[new])
    library.unlink_version(new)
    assert heard.one() == Changes.of(documents=[new, old])


def test_w3c_and_pdf_imports_tell_what_they_brought(
    library: Library, bill: int, tmp_path: Path, heard: Heard
):
    [cnil] = library.annotate(bill, "CNIL", tags=["cnil"])
    library.export_w3c(tmp_path / "ours.json")
    library.export_annotated_pdf(bill, tmp_path / "annotated.pdf")
    heard.clear()
    with Library(tmp_path / "colleague") as colleague:
        theirs = Heard()
        colleague.subscribe(theirs.append)
        imported = colleague.import_paths([tmp_path / "pjl.pdf"]).outcomes[0].document_id
        theirs.clear()
        colleague.import_w3c(tmp_path / "ours.json")
        assert theirs.one() == Changes.of(
            documents=[imported], annotations=[cnil.id], tags=["cnil"]
        )
        colleague.delete_annotation(cnil.id)
        colleague.compact()  # forgotten: the PDF's annotation is new again
        theirs.clear()
        colleague.import_pdf_annotations(imported, tmp_path / "annotated.pdf")
        assert theirs.one() == Changes.of(
            documents=[imported], annotations=[cnil.id], tags=["cnil"]
        )
        colleague.import_pdf_annotations(imported, tmp_path / "annotated.pdf")
        assert theirs == []  # nothing new the second time
    assert heard == []  # the other library's actions are not ours


def test_a_listener_hears_after_the_commit_and_a_failed_action_tells_nothing(
    library: Library, bill: int, heard: Heard
):
    seen: list[str] = []
    library.subscribe(
        lambda changes: seen.extend(library.annotation(i).quote for i in changes.annotations)
    )
    library.annotate(bill, "Briefcam")
    assert seen == ["Briefcam"]
    heard.clear()
    with pytest.raises(NotFound):
        library.annotate(bill, "drone")
    with pytest.raises(NotFound):
        library.delete_annotation("no-such-id")
    library.documents(), library.search("CNIL"), library.structure(bill)  # reads
    assert heard == []


def test_unsubscribing_stops_the_news(library: Library, bill: int):
    heard: list[Changes] = []
    unsubscribe = library.subscribe(heard.append)
    unsubscribe()
    library.annotate(bill, "CNIL")
    assert heard == []


def test_ocr_tells_the_document_and_the_notes_it_moved(
    library: Library, shared_pdfs: Path, tmp_path: Path, heard: Heard, monkeypatch
):
    from reviewer.library import facade
    from reviewer.pdf import read_document
    from reviewer.pdf.ocr import OcrResult

    scan = library.import_paths([shared_pdfs / "image-only/ocrmypdf_francais-scanned-french.pdf"])
    scan_id = scan.outcomes[0].document_id
    note = library.add_note(scan_id, "à relire", page=1)
    heard.clear()
    # Tesseract's part stood in for: a PDF of the same page count with its text.
    recognised = write_test_pdf(tmp_path / "ocr.pdf", ["Portez ce vieux whisky au juge blond."])
    result = OcrResult(recognised.read_bytes(), read_document(recognised).pages)
    monkeypatch.setattr(facade, "recognise", lambda *_args, **_kwargs: result)
    library.ocr(scan_id)
    assert heard.one() == Changes.of(documents=[scan_id], annotations=[note.id])
