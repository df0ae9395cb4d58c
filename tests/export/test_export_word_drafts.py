"""`reviewer export word --with-drafts` from the command line, and the file in LibreOffice:
it converts without error, and its tracked changes survive a round through it."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from word_samples import article_lines, decided, drafted_bill, same_words

from reviewer.cli import main
from reviewer.library import Library

SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("word-drafts")
    with Library(folder / "library") as library:
        doc, saved = drafted_bill(library, folder / "pjl.pdf")
        library.highlight(doc, 1, 0, 40, note="en-tête")
        path = folder / "texte.docx"
        library.export_word([doc], path, with_drafts=True)
        afters = {
            d.article: library.apply_dispositif(doc, d.article, d.dispositif).after
            for d in saved[:5]
        }
    yield folder, path, afters


def test_the_cli_writes_the_drafts_and_warns_of_the_one_not_written(
    exported, tmp_path: Path, capsys
):
    folder, _path, _afters = exported
    out = tmp_path / "cli.docx"
    library = str(folder / "library")
    code = main(["export", "word", "--library", library, "1", "--with-drafts", "-o", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "1 document, 2 comments, 7 drafts as tracked changes" in captured.out
    assert "not written as tracked changes" in captured.err and "ARTICLE 8" not in captured.out
    body = docx.Document(str(out)).element.body
    assert len(list(body.iter(qn("w:ins")))) and len(list(body.iter(qn("w:del"))))


def _convert(path: Path, to: str, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    done = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--convert-to", to, "--outdir", str(folder), str(path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    converted = folder / f"{path.stem}.{to.split(':')[0]}"
    assert done.returncode == 0 and converted.is_file(), done.stderr
    return converted


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_tracked_file_to_pdf(exported, tmp_path: Path):
    _folder, path, _afters = exported
    pdf = _convert(path, "pdf", tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_changes_survive_libreoffice_and_still_give_the_amended_text(exported, tmp_path: Path):
    _folder, path, afters = exported
    odt = _convert(path, "odt", tmp_path / "odt")
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode()
    assert content.count("<text:changed-region") >= 7
    again = _convert(path, "docx:MS Word 2007 XML", tmp_path / "docx")
    accepted = decided(again, accept=True)
    for after in afters.values():
        lines = [same_words(line) for line in after.split("\n")]
        assert article_lines(accepted, lines[0]) == lines
    comments = docx.Document(str(again)).comments
    assert [c.text for c in comments if c.text == "en-tête"] == ["en-tête"]
