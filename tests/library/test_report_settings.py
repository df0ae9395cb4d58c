"""The user's settings sign the reports: author, addressee and mark, read back from the
PDF, DOCX and HTML files; the PDF's and DOCX's properties carry the report's exact title."""

from __future__ import annotations

import html
import json
import os
import re
import stat
from pathlib import Path

import docx
import pymupdf
import pytest

from reviewer.core.errors import ReviewerError
from reviewer.core.reports import Format, ReportOptions
from reviewer.core.settings import Settings
from reviewer.export.phrases import Phrases
from reviewer.library import Library, load_settings, save_and_reload
from reviewer.samples.legislative import bill

AUTHOR = "Zoé Martin"
ADDRESSEE = "Mme la députée Dupont"
MARK = "Confidentiel — ne pas diffuser"
TITLE = "Note à l'attention de Mme la députée : vidéoprotection"  # a space before ":"


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "settings.json"
    monkeypatch.setenv("REVIEWER_SETTINGS", str(path))
    monkeypatch.delenv("REVIEWER_AUTHOR", raising=False)
    return path


@pytest.fixture
def signed(library: Library, settings_file: Path, tmp_path: Path) -> Library:
    save_and_reload(Settings(author=AUTHOR, addressee=ADDRESSEE, mark=MARK))
    bill(7, articles=3).write(tmp_path / "pjl.pdf")
    [outcome] = library.import_paths([tmp_path / "pjl.pdf"]).outcomes
    library.annotate(outcome.document_id, "Conseil d'État", note="À vérifier")
    return library


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_settings_round_trip_in_a_private_file(library, settings_file):
    saved = save_and_reload(Settings(author=AUTHOR, initials="ZM", theme="dark"))
    assert saved == load_settings() == Settings(author=AUTHOR, initials="ZM", theme="dark")
    assert stat.S_IMODE(os.stat(settings_file).st_mode) == 0o600
    assert json.loads(settings_file.read_text(encoding="utf-8"))["author"] == AUTHOR
    with pytest.raises(ReviewerError, match="not a theme"):
        saved.with_value("theme", "pink")


@pytest.mark.parametrize("damage", [b"{not json", b"[1, 2]", b"\xff\xfe", b'{"language": "de"}'])
def test_a_damaged_settings_file_gives_defaults_and_a_message(library, settings_file, damage):
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(damage + b" ")
    settings = load_settings()
    assert settings == Settings() and str(settings_file) in settings.problem
    save_and_reload(settings.with_value("author", AUTHOR))
    assert load_settings().author == AUTHOR and not load_settings().problem
    assert (settings_file.parent / "settings.json.damaged").read_bytes() == damage + b" "


def test_new_annotations_get_the_settings_author_and_the_environment_overrides(signed, monkeypatch):
    [document] = signed.documents()
    assert [a.author for a in signed.annotations()] == [AUTHOR]
    monkeypatch.setenv("REVIEWER_AUTHOR", "script")
    assert signed.add_note(document.id, "Vu").author == "script"


def test_the_pdf_report_shows_addressee_author_mark_and_carries_its_exact_title(signed, tmp_path):
    path = tmp_path / "note.pdf"
    report = signed.export_report(ReportOptions(title=TITLE), path)
    title = Phrases(report).title()
    with pymupdf.open(path) as document:
        assert document.metadata["title"] == title
        assert "\u202f" in title or "\u00a0" in title  # French typography is kept, exactly
        assert document.metadata["author"] == AUTHOR
        cover = plain(document[0].get_text())
        footer = plain(document[1].get_text())
    for wanted in (f"À l’attention de {ADDRESSEE}", f"Objet {plain(TITLE)}", AUTHOR, MARK):
        assert wanted in cover
    assert MARK in footer


def test_the_docx_report_shows_them_and_its_properties_carry_the_title(signed, tmp_path):
    path = tmp_path / "note.docx"
    report = signed.export_report(ReportOptions(format=Format.DOCX, title=TITLE), path)
    document = docx.Document(str(path))
    assert document.core_properties.title == Phrases(report).title()
    assert document.core_properties.author == AUTHOR
    assert plain(document.core_properties.content_status) == MARK
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = plain(" ".join([*(p.text for p in document.paragraphs), *cells]))
    assert ADDRESSEE in text and AUTHOR in text and MARK in text
    footer = plain(document.sections[0].footer.paragraphs[0].text)
    assert MARK in footer


@pytest.mark.parametrize("fmt", [Format.HTML, Format.MARKDOWN])
def test_the_html_and_markdown_reports_show_them(signed, tmp_path, fmt):
    path = tmp_path / f"note.{fmt.value}"
    signed.export_report(ReportOptions(format=fmt), path)
    text = plain(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))))
    assert ADDRESSEE in text and AUTHOR in text and MARK in text
    assert "testeur" not in text


def test_a_report_signed_by_someone_else_for_another_addressee(signed, tmp_path):
    path = tmp_path / "note.html"
    options = ReportOptions(format=Format.HTML, signed_by="Léa", addressee="", mark="")
    report = signed.export_report(options, path)
    assert report.author == "Léa" and not report.addressee and not report.mark
    assert MARK not in path.read_text(encoding="utf-8")
