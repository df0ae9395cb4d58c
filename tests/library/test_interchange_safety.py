"""Importing annotations never moves, deletes or loses another document's annotations.

An annotation's id belongs to its document: a PDF or a W3C entry that reuses it for
another document is reported, never applied. A PDF whose text is not the document's is
refused, or taken in as new annotations when the user says so. Odd dates and heavily
annotated files import (within a cap) instead of stopping the import.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from reviewer.core.errors import Cancelled, NotACopy
from reviewer.core.events import CancelToken
from reviewer.core.records import Annotation, Document, Progress
from reviewer.core.reports import Format, ReportOptions
from reviewer.library import Library
from reviewer.samples.legislative import amendment

NOTE = "Soutenir"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    """Two one-page amendments, A annotated (a highlight, a page note, a document note)."""
    amendment(11, article="7").write(tmp_path / "a.pdf")
    amendment(12, article="2").write(tmp_path / "b.pdf")
    with Library(tmp_path / "library") as library:
        library.import_paths([tmp_path / "a.pdf", tmp_path / "b.pdf"])
        a = document(library, "a.pdf")
        library.annotate(a.id, "exposé sommaire", tags=["CNIL"], note=NOTE, color="green")
        library.add_note(a.id, "Page à relire", page=1)
        library.add_note(a.id, "Amendement prioritaire", tags=["suivi"])
        yield library


def document(library: Library, name: str) -> Document:
    return next(d for d in library.documents() if Path(d.source).name == name)


def everything(library: Library) -> list[Annotation]:
    return sorted(library.annotations(include_deleted=True), key=lambda a: a.id)


def test_another_documents_annotated_pdf_is_refused_and_moves_nothing(lib, tmp_path):
    a, b = document(lib, "a.pdf"), document(lib, "b.pdf")
    assert a.page_count == b.page_count  # the page count alone cannot tell them apart
    lib.export_annotated_pdf(a.id, tmp_path / "a-annotated.pdf")
    before = everything(lib)
    with pytest.raises(NotACopy, match=r"not a copy of .*nothing was imported"):
        lib.import_pdf_annotations(b.id, tmp_path / "a-annotated.pdf")
    assert everything(lib) == before


def test_a_foreign_pdf_brings_new_annotations_and_leaves_the_owners_alone(lib, tmp_path):
    a, b = document(lib, "a.pdf"), document(lib, "b.pdf")
    lib.export_annotated_pdf(a.id, tmp_path / "a-annotated.pdf")
    mine = everything(lib)
    taken = lib.import_pdf_annotations(b.id, tmp_path / "a-annotated.pdf", foreign=True)
    assert taken.added >= 2 and taken.conflicts == ()
    theirs = lib.annotations(document_id=b.id)
    assert {n.note for n in theirs} >= {"Page à relire", "Amendement prioritaire"}
    assert not {n.id for n in theirs} & {m.id for m in mine}
    assert [n for n in everything(lib) if n.document_id == a.id] == mine
    again = lib.import_pdf_annotations(b.id, tmp_path / "a-annotated.pdf", foreign=True)
    assert (again.added, again.present) == (0, taken.added)


def test_ids_of_another_document_in_a_copy_are_reported_not_moved(lib, tmp_path):
    # A second document with A's text but other bytes: the text check passes, the ids don't.
    a = document(lib, "a.pdf")
    with pymupdf.open(lib.pdf_path(a)) as pdf:
        pdf.set_metadata({"title": "Copie de travail"})
        pdf.save(tmp_path / "copy.pdf")
    [outcome] = lib.import_paths([tmp_path / "copy.pdf"]).outcomes
    lib.export_annotated_pdf(a.id, tmp_path / "a-annotated.pdf")
    before = everything(lib)
    taken = lib.import_pdf_annotations(outcome.document_id, tmp_path / "a-annotated.pdf")
    assert taken.added == 0 and len(taken.conflicts) == 3
    assert "left as it is" in taken.conflicts[0] and a.title in taken.conflicts[0]
    assert everything(lib) == before


def _retargeted(lib: Library, path: Path, target: Document, *, delete: bool) -> None:
    """A's annotations in a W3C file, aimed at `target`, newer, as updates or tombstones."""
    data = json.loads(path.read_text())
    for item in data["first"]["items"]:
        source = f"urn:sha256:{target.sha256}"
        if isinstance(item["target"], str):
            item["target"] = source
        else:
            item["target"]["source"] = source
        item["modified"] = "2099-01-01T00:00:00.000Z"
        if delete:
            item["deleted"] = "2099-01-01T00:00:00.000Z"
    path.write_text(json.dumps(data))


@pytest.mark.parametrize("delete", [False, True], ids=["updates", "tombstones"])
def test_w3c_entries_reusing_another_documents_ids_are_reported(lib, tmp_path, delete):
    a, b = document(lib, "a.pdf"), document(lib, "b.pdf")
    path = tmp_path / "a.jsonld"
    lib.export_w3c(path, document_ids=[a.id])
    _retargeted(lib, path, b, delete=delete)
    before = everything(lib)
    merged = lib.import_w3c(path)
    assert (merged.added, merged.updated, merged.deleted) == (0, 0, 0)
    assert len(merged.conflicts) == 3 and all(b.title in c for c in merged.conflicts)
    assert everything(lib) == before


def test_a_w3c_file_is_all_or_nothing(lib, tmp_path):
    a = document(lib, "a.pdf")
    path = tmp_path / "a.jsonld"
    lib.export_w3c(path, document_ids=[a.id])
    with Library(tmp_path / "colleague") as colleague:
        colleague.import_paths([Path(a.source)])
        data = json.loads(path.read_text())
        data["first"]["items"][-1]["target"] = 42  # one bad entry after good ones
        path.write_text(json.dumps(data))
        with pytest.raises(Exception, match="annotation 3 of the file"):
            colleague.import_w3c(path)
        assert colleague.annotations(include_deleted=True) == []


ODD_DATES = ["D:20210608161356+24'00'", "D:99991231235959-05'00'", "D:00000101", "garbage"]


def _with_odd_dates(source: Path, path: Path) -> None:
    """A copy of the document with one highlight per odd date, over its first words."""
    with pymupdf.open(source) as pdf:
        page = pdf[0]
        words = page.get_text("words")[: len(ODD_DATES)]
        for word, odd in zip(words, ODD_DATES, strict=True):
            annot = page.add_highlight_annot(pymupdf.Rect(word[:4]))
            annot.set_info(content=f"date {odd}")
            annot.update()
            for key in ("CreationDate", "M"):
                pdf.xref_set_key(annot.xref, key, pymupdf.get_pdf_str(odd))
        pdf.save(path)


def test_annotations_with_odd_dates_are_imported_dated_now(lib, tmp_path):
    b = document(lib, "b.pdf")
    _with_odd_dates(lib.pdf_path(b), tmp_path / "odd.pdf")
    taken = lib.import_pdf_annotations(b.id, tmp_path / "odd.pdf")
    assert (taken.added, taken.skipped) == (len(ODD_DATES), ())
    for annotation in lib.annotations(document_id=b.id):
        assert annotation.created.startswith(("2021-06-07", "2026", "2027", "2028"))


def _crowded(source: Path, path: Path, count: int) -> None:
    """A copy of the document with `count` highlights on its first word, written as raw
    objects: PyMuPDF's own way takes minutes for thousands."""
    with pymupdf.open(source) as pdf:
        page = pdf[0]
        x0, y0, x1, y1 = page.get_text("words")[0][:4]
        y0, y1 = page.mediabox.height - y1, page.mediabox.height - y0  # PDF space: y up
        quad = f"{x0} {y1} {x1} {y1} {x0} {y0} {x1} {y0}"
        xrefs = []
        for number in range(count):
            xref = pdf.get_new_xref()
            pdf.update_object(
                xref,
                f"<< /Type /Annot /Subtype /Highlight /Rect [{x0} {y0} {x1} {y1}] "
                f"/QuadPoints [{quad}] /C [1 0.8 0] /Contents (n {number}) >>",
            )
            xrefs.append(f"{xref} 0 R")
        pdf.xref_set_key(page.xref, "Annots", f"[{' '.join(xrefs)}]")
        pdf.save(path)


def test_a_crowded_pdf_is_read_up_to_the_cap_and_cancel_stops_it(lib, tmp_path):
    b = document(lib, "b.pdf")
    _crowded(lib.pdf_path(b), tmp_path / "crowded.pdf", 5000)
    cancel = CancelToken()
    seen: list[Progress] = []

    def cancel_at_the_first_news(progress: Progress) -> None:
        seen.append(progress)
        cancel.cancel()

    with pytest.raises(Cancelled):
        lib.import_pdf_annotations(
            b.id, tmp_path / "crowded.pdf", progress=cancel_at_the_first_news, cancel=cancel
        )
    assert seen and lib.annotations(document_id=b.id) == []
    taken = lib.import_pdf_annotations(b.id, tmp_path / "crowded.pdf")
    assert (taken.added, taken.unread, taken.limit) == (2000, 3000, 2000)


def test_notes_keep_their_control_characters_and_every_writer_copes(lib, tmp_path):
    b = document(lib, "b.pdf")
    text = "\x1b[31mrouge\x1b[0m\x00 \x9bé\tfin"
    with pymupdf.open(lib.pdf_path(b)) as pdf:
        annot = pdf[0].add_text_annot((20, 20), "à remplacer")
        utf16 = f"<FEFF{text.encode('utf-16-be').hex()}>"  # PDFDocEncoding has no ESC
        pdf.xref_set_key(annot.xref, "Contents", utf16)
        pdf.save(tmp_path / "escapes.pdf")
    lib.import_pdf_annotations(b.id, tmp_path / "escapes.pdf")
    [note] = lib.annotations(document_id=b.id)
    assert note.note == text  # nothing lost
    for fmt in (Format.DOCX, Format.HTML, Format.PDF):
        lib.export_report(ReportOptions(format=fmt), tmp_path / f"report.{fmt.value}")
    lib.export_annotated_pdf(b.id, tmp_path / "back.pdf")
    lib.export_w3c(tmp_path / "back.jsonld")
    assert lib.import_w3c(tmp_path / "back.jsonld").unchanged == 4
