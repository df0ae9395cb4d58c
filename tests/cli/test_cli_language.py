"""The CLI speaks the user's language: the settings' one, else the system's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest


@pytest.fixture
def french_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")


def choose(language: str) -> None:
    Path(os.environ["REVIEWER_SETTINGS"]).write_text(json.dumps({"language": language}))


@pytest.fixture(autouse=True)
def no_language_chosen():
    yield
    Path(os.environ["REVIEWER_SETTINGS"]).unlink(missing_ok=True)


def test_show_of_a_missing_document_says_so_in_french(run, french_system):
    choose("fr")
    code, out, err = run("show", "999")
    assert code != 0 and out == ""
    assert err.startswith("reviewer\u00a0: erreur\u00a0:") and "999" in err
    assert "no document" not in err and "Traceback" not in err


def test_the_settings_language_wins_over_the_system(run, french_system):
    choose("en")
    code, _out, err = run("show", "999")
    assert code != 0 and err.startswith("reviewer: error:") and "999" in err


def test_without_a_chosen_language_the_system_locale_speaks(run, french_system):
    code, _out, err = run("show", "999")
    assert code != 0 and "erreur" in err


def test_the_import_summary_counts_in_french_words(run, french_system, shared_pdfs):
    choose("fr")
    code, out, _ = run("import", str(shared_pdfs / "malformed" / "qpdf_bad1-not-a-pdf.pdf"))
    assert code != 0
    assert "1 fichier\u00a0: 0 importé, 0 déjà présent, 1 en échec, 0 ignoré" in out
    assert "(s)" not in out
