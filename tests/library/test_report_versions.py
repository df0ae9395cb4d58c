"""Reports on a text in two versions: the newest wording once, older versions on request.

Read back from the HTML and PDF files the library writes, as the MP's office would."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pymupdf
import pytest
from helpers import AMENDED, DROPPED, KEPT, versions_of_a_bill

from reviewer.core.records import CarryStatus
from reviewer.core.reports import Format, ReportOptions
from reviewer.library import Library

DISMISSED_NOTE = "Remarque devenue sans objet"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Old and new version, three highlights and a note carried: exact, changed,
    orphaned, and the note dismissed."""
    folder = tmp_path_factory.mktemp("versions")
    old_pdf, new_pdf = versions_of_a_bill(folder)
    with Library(folder / "library") as library:
        old = library.import_paths([old_pdf]).outcomes[0].document_id
        new = library.import_paths([new_pdf]).outcomes[0].document_id
        for phrase in (KEPT, AMENDED, DROPPED):
            library.annotate(old, phrase, tags=["CNIL"])
        note = library.add_note(old, DISMISSED_NOTE)
        library.set_version_label(old, "dépôt")
        carried = library.add_version(new, of=old, label="commission").carried
        statuses = {a.carry.status for a in carried}
        assert statuses == {CarryStatus.EXACT, CarryStatus.CHANGED, CarryStatus.ORPHANED}
        library.dismiss_carried(next(a.id for a in carried if a.carry.source_id == note.id))
    return folder / "library"


@pytest.fixture(scope="module")
def library(template: Path):
    with Library(template) as opened:
        yield opened


def plain(text: str) -> str:
    """Visible text, one space between words, no-break spaces as spaces."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def written(library: Library, path: Path, **options: object) -> str:
    library.export_report(ReportOptions(format=Format.HTML, **options), path)
    return plain(path.read_text(encoding="utf-8"))


def test_the_default_report_shows_each_passage_once_in_the_newest_wording(library, tmp_path):
    text = written(library, tmp_path / "rapport.html")
    assert text.count("entre en vigueur à une date fixée par décret") == 1
    assert "quinze jours" in text and "trente jours" not in text
    assert DISMISSED_NOTE not in text
    assert "version antérieure" not in text
    assert "toute la bibliothèque (1 document), dernière version de chaque texte" in text


def test_a_deleted_passage_is_shown_apart_in_its_old_wording_never_as_a_live_quote(
    library, tmp_path
):
    text = written(library, tmp_path / "rapport.html")
    live, _, deleted = text.partition("Passages supprimés")
    assert deleted, "no “Passages supprimés” section"
    assert "rapport annuel évalue les effets" not in live
    assert deleted.count("rapport annuel évalue les effets") == 1
    assert "entre en vigueur" not in deleted and "quinze jours" not in deleted


def test_all_versions_shows_both_wordings_the_older_labelled(library, tmp_path):
    text = written(library, tmp_path / "rapport.html", all_versions=True)
    assert text.count("entre en vigueur à une date fixée par décret") == 2
    assert "quinze jours" in text and "trente jours" in text
    assert "version antérieure : dépôt" in text
    assert "toute la bibliothèque (2 documents), toutes les versions" in text
    assert DISMISSED_NOTE in text.partition("version antérieure : dépôt")[2]  # the original


def test_the_pdf_report_too_has_the_newest_wording_only(library, tmp_path):
    path = tmp_path / "rapport.pdf"
    library.export_report(ReportOptions(), path)
    with pymupdf.open(path) as document:
        text = " ".join(" ".join(page.get_text().split()) for page in document)
    assert "quinze jours" in text and "trente jours" not in text
    assert text.count("entre en vigueur à une date fixée") == 1


def test_the_csv_and_json_rows_say_the_version_and_the_deleted_passage(library, tmp_path):
    path = tmp_path / "rapport.json"
    library.export_report(ReportOptions(format=Format.JSON), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = {row["carried"]: row for row in data["annotations"]}
    assert set(rows) == {"exact", "changed", "orphaned"}
    assert {row["version"] for row in rows.values()} == {"commission"}
    assert "rapport annuel" in rows["orphaned"]["quote"]
    assert data["scope"]["all_versions"] is False and data["scope"]["older_versions"] == []
