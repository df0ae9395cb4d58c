"""Inputs that are not what they seem: a pipe or a device named `.pdf`, a file rewritten
while it is imported, a name that is not UTF-8, a folder that cannot be listed, a
stored file altered afterwards. Each gets a clear message; the rest of the import goes
on; what is stored is one version of a file, consistent with its name and its text."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.cli import main
from reviewer.core.records import ImportStatus
from reviewer.library import Library, importer
from reviewer.library.files import PART_PREFIX
from reviewer.pdf import PdfFile

HANG_SECONDS = 30  # Far beyond an import of two small files: past it, the import hangs.


def outcome_of(report, name: str):
    [outcome] = [o for o in report.outcomes if o.path.endswith(name)]
    return outcome


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero"])
def test_a_pipe_or_a_device_named_pdf_is_refused_without_blocking(
    library: Library, tmp_path: Path, kind: str, within, says_what_to_do
):
    folder = tmp_path / "sources"
    folder.mkdir()
    write_test_pdf(folder / "a-loi.pdf", ["Article premier. La CNIL."])
    hostile = folder / "b-piege.pdf"
    if kind == "fifo":
        os.mkfifo(hostile)  # Nobody ever writes to it: reading it would wait forever.
    else:
        hostile.symlink_to("/dev/zero")  # Endless bytes: hashing it would never end.
    report = within(HANG_SECONDS, lambda: library.import_paths([folder]))
    refused = outcome_of(report, "b-piege.pdf")
    assert refused.status is ImportStatus.FAILED
    assert "not a regular file" in refused.message and says_what_to_do(refused.message)
    assert outcome_of(report, "a-loi.pdf").status is ImportStatus.IMPORTED


def test_a_file_rewritten_during_its_import_is_stored_as_one_version(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    source = write_test_pdf(tmp_path / "projet.pdf", ["Article premier. Version ancienne."])
    replacement = write_test_pdf(tmp_path / "other.pdf", ["Article premier. Version nouvelle."])
    take_in = importer.take_in

    def rewritten_after_reading(path: Path, folder: Path, *, max_bytes: int):
        taken = take_in(path, folder, max_bytes=max_bytes)
        path.write_bytes(replacement.read_bytes())  # The author saves again, mid-import.
        return taken

    monkeypatch.setattr(importer, "take_in", rewritten_after_reading)
    [outcome] = library.import_paths([source]).outcomes
    assert outcome.status is ImportStatus.IMPORTED
    document = library.document(outcome.document_id)
    stored = (library.root / document.file_path).read_bytes()
    assert hashlib.sha256(stored).hexdigest() == document.sha256  # named after its bytes
    assert "ancienne" in library.pages(document.id)[0].text  # the text of those bytes
    assert library.search("ancienne").total == 1 and library.search("nouvelle").total == 0
    assert library.doctor().healthy


def test_doctor_finds_a_stored_file_whose_bytes_do_not_match_its_name(
    library: Library, tmp_path: Path
):
    pdf = write_test_pdf(tmp_path / "loi.pdf", ["Article premier. La CNIL."])
    [outcome] = library.import_paths([pdf]).outcomes
    document = library.document(outcome.document_id)
    stored = library.root / document.file_path
    stored.write_bytes(write_test_pdf(tmp_path / "autre.pdf", ["Autre texte."]).read_bytes())
    report = library.doctor()
    assert not report.healthy
    [problem] = [p for p in report.problems if document.file_path in p]
    assert "does not match" in problem and "import the original again" in problem


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
def test_a_file_name_that_is_not_utf8_imports_and_shows_readably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = tmp_path / "sources"
    folder.mkdir()
    pdf = write_test_pdf(folder / "tmp.pdf", ["Article premier. Le café."])
    os.rename(pdf, os.path.join(os.fsencode(folder), b"caf\xe9.pdf"))  # Latin-1 "café.pdf"
    root = tmp_path / "library"
    assert main(["import", "--library", str(root), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "imported: " in out and "caf\ufffd.pdf" in out
    with Library(root) as library:
        [document] = library.documents()
        assert document.title == "caf\ufffd"
        assert library.search("café").total == 1
        [again] = library.import_paths([folder]).outcomes  # kept as is, to import it again
        assert again.status is ImportStatus.ALREADY_PRESENT and again.file.is_file()


def test_an_unreadable_subfolder_is_reported_and_the_rest_imported(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, says_what_to_do
):
    folder = tmp_path / "sources"
    (folder / "secret").mkdir(parents=True)
    write_test_pdf(folder / "loi.pdf", ["Article premier. La CNIL."])
    write_test_pdf(folder / "secret" / "note.pdf", ["Article 2."])
    scandir = os.scandir

    def scandir_denied(path: object = ".") -> object:  # chmod 000, which root ignores
        if os.fspath(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", scandir_denied)
    report = library.import_paths([folder])
    skipped = outcome_of(report, "secret")
    assert skipped.status is ImportStatus.FAILED and "folder not read" in skipped.message
    assert "permission denied" in skipped.message and says_what_to_do(skipped.message)
    assert outcome_of(report, "loi.pdf").status is ImportStatus.IMPORTED
    assert not report.cancelled


def test_leftovers_of_a_killed_import_are_cleaned_at_the_next_start(tmp_path: Path):
    root = tmp_path / "library"
    Library(root).close()
    old = time.time() - 3600
    leftovers = [root / "files" / f"{PART_PREFIX}abc.pdf", root / "files" / "ab" / ".part-x"]
    mine = root / "files" / "ab" / "notes.txt"  # not ours by name: kept
    for path in [*leftovers, mine]:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"%PDF-1.7 half")
        os.utime(path, (old, old))
    with Library(root):
        assert not any(path.exists() for path in leftovers)
        assert mine.exists()


def test_mupdf_prints_nothing_into_the_output(
    tmp_path: Path, shared_pdfs: Path, capfd: pytest.CaptureFixture[str]
):
    damaged = shared_pdfs / "malformed" / "qpdf_pages-loop.pdf"  # MuPDF: "cycle in page tree"
    assert main(["import", "--library", str(tmp_path / "library"), str(damaged)]) == 0
    with PdfFile(damaged) as pdf:  # As the window reads it, in this process.
        assert pdf.words(1)
    out, err = capfd.readouterr()
    assert "MuPDF" not in out + err and "cycle in page tree" not in out + err
    assert "repaired while reading" in out
