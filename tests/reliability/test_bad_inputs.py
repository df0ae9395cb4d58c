"""Every shared PDF imports (repaired where it can be) or is refused with what is wrong and
what to do; no traceback, no hang, nothing half imported, and the other files go in."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pymupdf
import pytest
from helpers import write_test_pdf

from reviewer.cli import main
from reviewer.core.records import ImportReport, ImportStatus
from reviewer.library import Library, importer
from reviewer.pdf.isolated import IsolatedReader
from reviewer.pdf.limits import Limits

IMPORT_SECONDS = 60  # The whole shared folder imports in a few seconds.
REFUSED = {
    "edge/qpdf_empty-zero-pages.pdf": "has no pages",
    "encrypted/pdfminer_rc4-40.pdf": "is encrypted",
    "encrypted/pdfplumber_password-example.pdf": "is encrypted",
    "encrypted/qpdf_enc-XI-R6-V5-aes256_U-attachment.pdf": "is encrypted",
    "encrypted/samplefiles_libreoffice-writer-password.pdf": "is encrypted",
    "malformed/ocrmypdf_invalid-header-then-eof.pdf": "not a readable PDF",
    "malformed/pdfplumber_empty-0-bytes.pdf": "is empty",
    "malformed/qpdf_bad-direct-root.pdf": "damaged and no page could be recovered",
    "malformed/qpdf_bad1-not-a-pdf.pdf": "not a readable PDF",
    "malformed/qpdf_issue-100-xref-reconstruction-loop.pdf": "no page could be recovered",
    "malformed/qpdf_issue-141a-xrefstream-W0.pdf": "no page could be recovered",
}
REPAIRED = {
    "annotations/pdfplumber_annotations.pdf",
    "edge/ocrmypdf_docinfo_latin1_key.pdf",
    "malformed/pdfminer_zen_of_python_corrupted-zlib.pdf",
    "malformed/qpdf_bad-xref.pdf",
    "malformed/qpdf_issue-149-xref-prev-loop.pdf",
    "malformed/qpdf_pages-loop.pdf",
    "malformed/qpdf_xref-errors.pdf",
}
NO_TEXT = {
    "edge/ocrmypdf_docinfo_latin1_key.pdf",
    "edge/ocrmypdf_enormous-page-size.pdf",
    "image-only/ocrmypdf_francais-scanned-french.pdf",
    "image-only/ocrmypdf_vector-text-as-curves.pdf",
    "image-only/qpdf_encrypted-with-images.pdf",
    "outline/ocrmypdf_kcs-invalid-toc.pdf",
    "rotation/ocrmypdf_rotated_skew-scan.pdf",
}
PASSWORDS = {
    "encrypted/pdfplumber_password-example.pdf": "test",
    "encrypted/samplefiles_libreoffice-writer-password.pdf": "openpassword",
    "encrypted/pdfminer_rc4-40.pdf": "foo",
    "encrypted/qpdf_enc-XI-R6-V5-aes256_U-attachment.pdf": "attachment",
}


def shared_files(shared_pdfs: Path) -> set[str]:
    # README.md included: a Markdown file is read as text, like any document.
    return {str(path.relative_to(shared_pdfs)) for path in shared_pdfs.rglob("*") if path.is_file()}


def by_name(report: ImportReport, shared_pdfs: Path) -> dict[str, object]:
    return {str(Path(o.path).relative_to(shared_pdfs)): o for o in report.outcomes}


def assert_whole(library: Library) -> None:
    """Every document complete, every stored file someone's, no temporary file left."""
    used = set()
    for document in library.documents():
        assert len(library.pages(document.id)) == document.page_count
        used |= {document.file_path, document.pdf_path}
    stored = {
        str(path.relative_to(library.root))
        for folder in (library.layout.files, library.layout.pdfs)
        for path in folder.rglob("*")
        if path.is_file()
    }
    assert stored == used
    assert library.doctor().healthy


def test_every_shared_file_imports_or_is_refused_with_advice(
    library: Library, shared_pdfs: Path, within, says_what_to_do
):
    report = within(IMPORT_SECONDS, lambda: library.import_paths([shared_pdfs]))
    outcomes = by_name(report, shared_pdfs)
    assert set(outcomes) == shared_files(shared_pdfs)  # each file is reported: none skipped
    for name, outcome in outcomes.items():
        if name in REFUSED:
            assert outcome.status is ImportStatus.FAILED, name
            assert REFUSED[name] in outcome.message, (name, outcome.message)
            assert says_what_to_do(outcome.message), (name, outcome.message)
        else:
            assert outcome.status is ImportStatus.IMPORTED, (name, outcome.message)
            assert ("repaired while reading" in outcome.message) == (name in REPAIRED), name
            has_text = library.document(outcome.document_id).has_text
            assert has_text == (name not in NO_TEXT), name
            assert ("reviewer ocr" in outcome.message) == (name in NO_TEXT), name
        assert "Traceback" not in outcome.message
    assert len(library.documents()) == len(outcomes) - len(REFUSED)
    assert_whole(library)


def test_encrypted_files_import_with_their_password_and_a_wrong_one_says_so(
    library: Library, shared_pdfs: Path
):
    for name, password in PASSWORDS.items():
        [wrong] = library.import_paths([shared_pdfs / name], password="faux").outcomes
        assert wrong.status is ImportStatus.FAILED and "wrong password" in wrong.message, name
        [right] = library.import_paths([shared_pdfs / name], password=password).outcomes
        assert right.status is ImportStatus.IMPORTED, (name, right.message)
    [empty] = library.import_paths([shared_pdfs / "encrypted" / "qpdf_V4-aes.pdf"]).outcomes
    assert empty.status is ImportStatus.IMPORTED  # an empty user password needs no asking
    assert_whole(library)


def test_the_cli_reports_each_bad_file_in_one_line_without_traceback(
    tmp_path: Path, shared_pdfs: Path, capsys, says_what_to_do
):
    code = main(["import", "--library", str(tmp_path / "lib"), str(shared_pdfs / "malformed")])
    out, err = capsys.readouterr()
    assert code == 1
    failed = [line for line in out.splitlines() if line.startswith("failed: ")]
    assert len(failed) == sum(name.startswith("malformed/") for name in REFUSED)
    for line in failed:  # failed: PATH (what is wrong: what to do)
        assert line.endswith(")") and says_what_to_do(line), line
    assert "Traceback" not in out + err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_cli_asks_for_a_password_on_a_terminal(
    tmp_path: Path, shared_pdfs: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    answers = iter(["faux", "test"])
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    encrypted = shared_pdfs / "encrypted" / "pdfplumber_password-example.pdf"
    code = main(["import", "--library", str(tmp_path / "lib"), str(encrypted)])
    out, err = capsys.readouterr()
    assert code == 0 and "imported: " in out
    assert "wrong password" in err


def test_a_wrong_password_on_the_command_line_says_so(tmp_path: Path, shared_pdfs: Path, capsys):
    encrypted = shared_pdfs / "encrypted" / "pdfminer_rc4-40.pdf"
    code = main(["import", "--library", str(tmp_path / "lib"), str(encrypted), "--password", "x"])
    assert code == 1 and "wrong password" in capsys.readouterr().out


def slow_page_pdf(path: Path, operators: int) -> Path:
    """One page whose content stream holds `operators` text objects: slow to extract."""
    document = pymupdf.open()
    page = document.new_page()
    page.insert_text((56, 56), "Article premier", fontname="helv")
    font = page.get_fonts()[0][4]
    stream = "".join(
        f"BT /{font} 8 Tf {n % 500} {n % 700} Td (al {n}) Tj ET\n" for n in range(operators)
    )
    document.update_stream(page.get_contents()[0], stream.encode())
    document.save(path, deflate=True)
    return path


def huge_page_pdf(path: Path) -> Path:
    document = pymupdf.open()
    page = document.new_page(width=14_400, height=14_400)  # 200 in: the largest PDF page
    page.insert_text((72, 72), "Article premier", fontname="helv")
    document.save(path)
    return path


def with_limits(monkeypatch: pytest.MonkeyPatch, limits: Limits) -> None:
    monkeypatch.setattr(importer, "IsolatedReader", lambda: IsolatedReader(limits))


def test_a_page_over_the_size_limit_is_refused_and_the_rest_goes_in(
    library: Library, tmp_path: Path, says_what_to_do
):
    good = write_test_pdf(tmp_path / "bon.pdf", ["Article premier"])
    report = library.import_paths([huge_page_pdf(tmp_path / "affiche.pdf"), good])
    huge, imported = report.outcomes
    assert huge.status is ImportStatus.FAILED and "larger than the 4 m²" in huge.message
    assert says_what_to_do(huge.message)
    assert imported.status is ImportStatus.IMPORTED
    assert_whole(library)


def test_a_page_over_the_time_limit_is_stopped_and_the_rest_goes_in(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, within
):
    with_limits(monkeypatch, Limits(page_seconds=0.05))
    slow = slow_page_pdf(tmp_path / "lent.pdf", 100_000)
    good = write_test_pdf(tmp_path / "bon.pdf", ["Article premier"])
    report = within(30, lambda: library.import_paths([slow, good]))
    stopped, imported = report.outcomes
    assert stopped.status is ImportStatus.FAILED
    assert "page 1 took more than the 0.05 s allowed per page" in stopped.message
    assert imported.status is ImportStatus.IMPORTED
    assert_whole(library)


def test_a_file_over_the_memory_limit_is_stopped_and_the_rest_goes_in(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    if sys.platform != "linux":
        pytest.skip("the memory limit uses RLIMIT_AS, enforced on Linux only")
    with_limits(monkeypatch, Limits(memory_bytes=16 << 20))
    heavy = slow_page_pdf(tmp_path / "lourd.pdf", 200_000)
    good = write_test_pdf(tmp_path / "bon.pdf", ["Article premier"])
    stopped, imported = library.import_paths([heavy, good]).outcomes
    assert stopped.status is ImportStatus.FAILED
    assert "needed more than the 16 MiB of memory allowed" in stopped.message
    assert imported.status is ImportStatus.IMPORTED
    assert_whole(library)
