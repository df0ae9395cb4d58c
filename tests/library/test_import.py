"""Importing: the corpus, dedup, conversion, broken files among good ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import write_test_pdf

from reviewer.core.events import CancelToken
from reviewer.core.records import ImportStatus
from reviewer.library import Library


def statuses(report) -> dict[str, str]:
    return {Path(o.path).name: o.status.value for o in report.outcomes}


def test_the_corpus_imports_and_each_text_is_found_by_its_own_words(library: Library, corpus_dir):
    report = library.import_paths([corpus_dir])
    assert report.count(ImportStatus.IMPORTED) == 5 and not report.failed
    expectations = {
        "6750": "an-question-ecrite-17e-leg-6750",
        "BRIEFCAM": "an-question-ecrite-16e-leg-13417",  # upper case, in lower case in the text
        "pétition": "petition-elus-contre-vsa-article7-loi-jo2024",
        '"credits de paiement"': "an-amendement-plf-article42-etat-b-vsa",  # accents dropped
    }
    for query, name in expectations.items():
        names = {Path(hit.source).stem for hit in library.search(query).hits}
        assert name in names, (query, names)


def test_search_is_accent_insensitive_and_stemmed_on_the_corpus(library: Library, corpus_dir):
    library.import_paths([corpus_dir])
    accented = {h.document_id for h in library.search("vidéosurveillance").hits}
    assert accented and accented == {
        h.document_id for h in library.search("VIDEOSURVEILLANCE").hits
    }
    assert library.search("surveillances").total == library.search("surveillance").total > 0


def test_importing_the_same_content_twice_is_a_no_op_that_says_so(library: Library, tmp_path):
    original = write_test_pdf(tmp_path / "loi.pdf", ["Article premier"])
    copy = tmp_path / "copie.pdf"
    shutil.copy(original, copy)
    first = library.import_paths([original])
    second = library.import_paths([original, copy])
    assert statuses(first) == {"loi.pdf": "imported"}
    assert statuses(second) == {"loi.pdf": "already present", "copie.pdf": "already present"}
    assert second.outcomes[0].document_id == first.outcomes[0].document_id
    assert len(library.documents()) == 1


def test_the_library_keeps_its_own_copy_of_the_original(library: Library, tmp_path):
    original = write_test_pdf(tmp_path / "amendement.pdf", ["EXPOSÉ SOMMAIRE"])
    library.import_paths([original])
    original.unlink()
    document = library.documents()[0]
    assert library.pdf_path(document).exists()
    assert document.source == str(original.resolve())
    assert library.pages(document.id)[0].text.startswith("EXPOSÉ SOMMAIRE")
    assert (library.pdf_path(document).stat().st_mode & 0o077) == 0  # private to the user


def test_a_broken_file_in_a_folder_does_not_stop_the_others(
    library: Library, tmp_path, shared_pdfs
):
    folder = tmp_path / "dossier"
    (folder / "sous-dossier").mkdir(parents=True)
    write_test_pdf(folder / "a-bon.pdf", ["Article premier"])
    shutil.copy(shared_pdfs / "malformed" / "qpdf_bad1-not-a-pdf.pdf", folder / "b-casse.pdf")
    (folder / "c-vide.pdf").write_bytes(b"")
    write_test_pdf(folder / "sous-dossier" / "d-bon.pdf", ["Article 2"])
    (folder / "notes.xlsx").write_bytes(b"skipped: not a document type")

    report = library.import_paths([folder])

    assert statuses(report) == {
        "a-bon.pdf": "imported",
        "b-casse.pdf": "failed",
        "c-vide.pdf": "failed",
        "d-bon.pdf": "imported",
        "notes.xlsx": "skipped",
    }
    failures = {Path(o.path).name: o.message for o in report.outcomes if o.message}
    assert "not a readable PDF" in failures["b-casse.pdf"]
    assert "empty" in failures["c-vide.pdf"]
    assert "not a document" in failures["notes.xlsx"]
    assert len(library.documents()) == 2
    assert not list((library.layout.files).rglob(".part-*"))


def test_a_named_unsupported_or_missing_file_is_reported(library: Library, tmp_path):
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK")
    report = library.import_paths([sheet, tmp_path / "absent.pdf"])
    assert [o.status for o in report.outcomes] == [ImportStatus.FAILED, ImportStatus.FAILED]
    assert "unsupported" in report.outcomes[0].message
    assert "no such file" in report.outcomes[1].message


def test_text_and_html_are_converted_to_pdf(library: Library, corpus_dir, shared_pdfs):
    library.import_paths(
        [corpus_dir / "petition-elus-contre-vsa-article7-loi-jo2024.txt",
         shared_pdfs / "legislative-html" / "projet-de-loi_an_pl0269_plfss2018.html"]
    )  # fmt: skip
    for document in library.documents():
        assert document.pdf_path.endswith(".pdf")
        assert library.pdf_path(document).read_bytes().startswith(b"%PDF")
        assert document.page_count >= 1


def test_cancel_stops_between_files_and_keeps_what_was_done(library: Library, tmp_path):
    paths = [write_test_pdf(tmp_path / f"{n}.pdf", [f"Article {n}"]) for n in range(1, 4)]
    token = CancelToken()

    def cancel_after_first(progress):
        if progress.done == 1:
            token.cancel()

    report = library.import_paths(paths, progress=cancel_after_first, cancel=token)
    assert report.cancelled
    assert len(report.outcomes) == 1 and len(library.documents()) == 1
    assert library.search("article").total == 1


def test_the_library_answers_while_an_import_runs(library: Library, tmp_path):
    """The window stays responsive: reads and actions do not wait for a long import."""
    import threading
    import time

    report = library.import_paths([write_test_pdf(tmp_path / "a.pdf", ["Article premier CNIL"])])
    [first] = report.outcomes
    folder = tmp_path / "lot"
    folder.mkdir()
    for number in range(12):
        write_test_pdf(folder / f"{number:02}.pdf", [f"Texte {number} " * 200] * 5)
    importing = threading.Event()
    waits: list[float] = []

    def note_progress(_progress) -> None:
        importing.set()
        time.sleep(0.15)  # a slow file: the import takes about 2 s

    worker = threading.Thread(target=lambda: library.import_paths([folder], progress=note_progress))
    worker.start()
    importing.wait(5)
    while worker.is_alive():
        started = time.perf_counter()
        library.documents()
        library.annotate(first.document_id, "CNIL")
        waits.append(time.perf_counter() - started)
    worker.join()
    assert waits and max(waits) < 0.5
    assert len(library.documents()) == 13
    assert library.search("tag:x OR CNIL").total >= 1
    assert library.doctor().healthy


def test_a_folder_import_reads_markdown_and_says_what_it_skips(library: Library, tmp_path):
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "note.md").write_text("# Note\n\nLa **vidéoprotection** algorithmique.\n")
    (folder / "tableau.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".DS_Store").write_bytes(b"\x00")  # hidden: not the user's
    report = library.import_paths([folder])
    assert statuses(report) == {"note.md": "imported", "tableau.xlsx": "skipped"}
    skipped = next(o for o in report.outcomes if o.status is ImportStatus.SKIPPED)
    assert "not a document" in skipped.message and ".xlsx" in skipped.message
    assert library.search("vidéoprotection").total == 1
    assert not report.failed
