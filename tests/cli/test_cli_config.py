"""`reviewer config` and the report options that come with the settings, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from reviewer.cli import main
from reviewer.samples.legislative import bill


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "settings.json"
    monkeypatch.setenv("REVIEWER_SETTINGS", str(path))
    monkeypatch.delenv("REVIEWER_AUTHOR", raising=False)
    return path


def config(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["config", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_config_sets_shows_and_lists_the_settings(settings_file, capsys):
    assert config(capsys, "author", "Zoé Martin") == (0, "author = Zoé Martin\n", "")
    assert config(capsys, "mark", "Confidentiel — ne pas diffuser")[0] == 0
    assert config(capsys, "author") == (0, "Zoé Martin\n", "")
    code, printed, _ = config(capsys)
    assert code == 0 and str(settings_file) in printed
    assert "author = Zoé Martin" in printed and "theme = system" in printed
    assert json.loads(settings_file.read_text(encoding="utf-8"))["mark"].startswith("Confid")
    assert config(capsys, "author", "")[1] == "author = \n"


def test_config_refuses_a_wrong_value_with_a_message(settings_file, capsys):
    code, _, error = config(capsys, "language", "de")
    assert code == 1 and "“de” is not a language: one of fr, en" in error
    assert not settings_file.exists()


def test_config_on_a_damaged_file_warns_and_shows_the_defaults(settings_file, capsys):
    settings_file.parent.mkdir()
    settings_file.write_text("{author: oops", encoding="utf-8")
    code, printed, error = config(capsys)
    assert code == 0 and "language = fr" in printed
    assert "warning" in error and "defaults used" in error and "Traceback" not in error


def test_export_report_author_signs_and_by_filters(run, settings_file, tmp_path, capsys):
    config(capsys, "author", "Zoé Martin")
    bill(7, articles=3).write(tmp_path / "pjl.pdf")
    assert run("import", str(tmp_path / "pjl.pdf"))[0] == 0
    assert run("annotate", "Proposition", "Conseil d'État")[0] == 0
    signed = tmp_path / "signed.docx"
    assert run("export", "report", "-o", str(signed), "--author", "Léa Petit")[0] == 0
    assert docx.Document(str(signed)).core_properties.author == "Léa Petit"
    mine, theirs = tmp_path / "mine.md", tmp_path / "theirs.md"
    assert (
        "1 annotation de 1 document"
        in run("export", "report", "-o", str(mine), "--by", "zoé martin")[1]
    )
    assert (
        "0 annotation de 0 document" in run("export", "report", "-o", str(theirs), "--by", "Léa")[1]
    )
    assert "Zoé Martin" in mine.read_text(encoding="utf-8")


def test_export_report_goes_to_the_settings_folder_in_the_settings_language(
    run, settings_file, tmp_path, capsys
):
    folder = tmp_path / "rapports"
    folder.mkdir()
    config(capsys, "export_folder", str(folder))
    config(capsys, "language", "en")
    bill(7, articles=3).write(tmp_path / "pjl.pdf")
    assert run("import", str(tmp_path / "pjl.pdf"))[0] == 0
    assert run("export", "report", "--format", "md")[0] == 0
    [written] = folder.glob("annotation-report-*.md")
    assert "Annotation report" in written.read_text(encoding="utf-8")


def test_export_report_with_a_damaged_settings_file_warns_and_writes(run, settings_file, tmp_path):
    settings_file.parent.mkdir()
    settings_file.write_bytes(b"\x00\x01 not json")
    bill(7, articles=3).write(tmp_path / "pjl.pdf")
    assert run("import", str(tmp_path / "pjl.pdf"))[0] == 0
    code, printed, error = run("export", "report", "-o", str(tmp_path / "r.html"))
    assert code == 0 and printed.startswith("wrote ")
    assert "settings" in error and "defaults used" in error
