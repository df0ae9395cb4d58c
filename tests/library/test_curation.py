"""Removing documents, notes on pages and documents, and tag administration."""

from __future__ import annotations

import pytest
from helpers import write_test_pdf

from reviewer.core.errors import NotFound
from reviewer.library import Library


@pytest.fixture
def two_documents(library: Library, tmp_path) -> tuple[int, int]:
    first = write_test_pdf(tmp_path / "pjl.pdf", ["Article premier\nLa CNIL rend un avis."])
    second = write_test_pdf(tmp_path / "qe.pdf", ["Texte de la question\nLa CNIL est saisie."])
    report = library.import_paths([first, second])
    return report.outcomes[0].document_id, report.outcomes[1].document_id


def test_removed_document_disappears_but_keeps_its_annotations_until_compaction(
    library: Library, two_documents
):
    first, second = two_documents
    [annotation] = library.annotate(first, "CNIL", note="avis conforme")
    library.remove_document(first)

    assert [d.id for d in library.documents()] == [second]
    assert {h.document_id for h in library.search("CNIL").hits} == {second}
    assert library.search("conforme").total == 0
    assert library.annotations() == []
    assert library.doctor().healthy

    library.restore_document(first)
    assert library.search("conforme").hits[0].annotation_id == annotation.id

    library.remove_document(first)
    pdf = library.pdf_path(library.document(first))
    assert library.compact() == 1
    assert not pdf.exists()
    with pytest.raises(NotFound):
        library.document(first)
    assert library.doctor().healthy


def test_notes_on_a_page_and_on_the_document(library: Library, two_documents):
    first, _ = two_documents
    page_note = library.add_note(first, "Relire l'article premier", page=1, tags=["à relire"])
    document_note = library.add_note(first, "Texte du gouvernement, version déposée")
    assert (page_note.target, page_note.page, page_note.quote) == ("page", 1, "")
    assert document_note.target == "document"
    assert library.search("relire").hits[0].annotation_id == page_note.id
    assert library.search("gouvernement").hits[0].annotation_id == document_note.id
    with pytest.raises(NotFound):
        library.add_note(first, "?", page=9)


def test_rename_recolor_merge_and_delete_tags(library: Library, two_documents):
    first, second = two_documents
    [a] = library.annotate(first, "CNIL", tags=["cnil", "coût"])
    [b] = library.annotate(second, "CNIL", tags=["Autorité"])

    library.rename_tag("cnil", "CNIL (autorité)")
    assert library.annotation(a.id).tags == ("CNIL (autorité)", "coût")
    assert library.search('tag:"cnil (autorité)"').total == 1

    library.recolor_tag("coût", "rouge")
    assert {t.name: t.color for t in library.tags()}["coût"] == "#e57373"

    library.merge_tags(["Autorité"], "CNIL (autorité)")
    assert library.annotation(b.id).tags == ("CNIL (autorité)",)
    assert "Autorité" not in {t.name for t in library.tags()}
    assert library.search('tag:"cnil (autorité)"').total == 2

    library.rename_tag("coût", "CNIL (autorité)")  # renaming onto an existing tag merges
    assert library.annotation(a.id).tags == ("CNIL (autorité)",)

    library.delete_tag("CNIL (autorité)")
    assert library.annotation(a.id).tags == () and library.tags() == []
    assert library.search("tag:cnil").total == 0
    with pytest.raises(NotFound):
        library.delete_tag("absent")


def test_a_tag_can_exist_before_any_annotation_and_restore_tags_undoes_a_merge(
    library: Library, two_documents
):
    first, second = two_documents
    created = library.create_tag("  à arbitrer ", color="vert")
    assert (created.name, created.color, created.count) == ("à arbitrer", "#81c784", 0)
    [a] = library.annotate(first, "CNIL", tags=["cnil"])
    [b] = library.annotate(second, "CNIL", tags=["autorité"])
    colors = {t.name: t.color for t in library.tags()}
    library.merge_tags(["cnil", "autorité"], "à arbitrer")
    assert library.search("tag:cnil").total == 0

    library.restore_tags(colors, {a.id: ["cnil"], b.id: ["autorité"]})
    assert library.annotation(a.id).tags == ("cnil",)
    assert library.annotation(b.id).tags == ("autorité",)
    assert {t.name: t.color for t in library.tags()} == colors
    assert library.search("tag:cnil").hits[0].annotation_id == a.id


def test_locate_finds_passages_without_annotating(library: Library, two_documents):
    first, _ = two_documents
    [anchor] = library.locate(first, "cnil")
    assert anchor.quote.exact == "CNIL" and anchor.page == 1 and anchor.rects
    assert library.locate(first, "drone") == [] and library.locate(first, "de la") == []
    assert library.annotations() == []
