"""`reviewer draft --save`, `reviewer drafts BILL` and `reviewer export draft`, as typed."""

from __future__ import annotations

import json
import zipfile

from helpers import SHARED

BILL = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"
REPLACE = (
    "--article", "2", "--alinea", "3", "--op", "replace-words",
    "--old", "des chapitres III et IV", "--new", "un chapitre III",
)  # fmt: skip


def test_save_prints_the_new_id_and_saving_again_updates(run, monkeypatch):
    monkeypatch.setenv("REVIEWER_AUTHOR", "M. Dupont")
    assert run("import", str(BILL))[0] == 0
    code, out, _ = run("draft", "1", *REPLACE, "--save", "--expose", "Simplifier.", "--json")
    assert code == 0
    saved = json.loads(out)
    assert saved["id"] == 2 and saved["signatories"] == ["M. Dupont"]
    assert saved["dispositif"].startswith("Alinéa 3") and "par un chapitre III" in saved["after"]

    code, out, _ = run("draft", "1", *REPLACE, "--save", "--signatory", "Mme Martin")
    assert code == 0 and out.startswith("saved draft 2: Projet d’amendement : Article 2, alinéa 3")

    code, out, _ = run("drafts", "1", "--json")
    [listed] = json.loads(out)
    assert (listed["id"], listed["signatories"], listed["expose"]) == (
        2, ["Mme Martin"], "Simplifier."
    )  # fmt: skip
    assert listed["warnings"] == [] and listed["review"] == ""

    code, out, _ = run("list")
    assert code == 0 and "Projet d’amendement : Article 2" in out


def test_export_draft_in_each_format(run, tmp_path):
    run("import", str(BILL))
    run("draft", "1", *REPLACE, "--save", "--signatory", "M. Dupont")
    code, out, _ = run("export", "draft", "2", "--format", "fields")
    assert code == 0 and out.startswith("Champs à coller dans Ameli")
    code, out, _ = run("export", "draft", "2")
    assert code == 0 and "présenté par M. Dupont" in out and "OBJET" in out
    docx = tmp_path / "amdt.docx"
    code, out, _ = run("export", "draft", "2", "--format", "docx", "--output", str(docx))
    assert code == 0 and out.startswith(f"wrote {docx}")
    with zipfile.ZipFile(docx) as archive:
        assert "Remplacer les mots" in archive.read("word/document.xml").decode()
    code, _, err = run("export", "draft", "2", "--format", "pdf")
    assert code == 1 and "--format pdf needs --output FILE" in err
    code, _, err = run("export", "draft", "1", "--format", "txt")
    assert code == 1 and "not a saved draft" in err


def test_options_of_a_save_without_save_are_refused(run):
    run("import", str(BILL))
    code, _, err = run("draft", "1", *REPLACE, "--expose", "Pourquoi.")
    assert code == 1 and "--expose and --signatory go with --save" in err
    code, out, _ = run("drafts", "1")
    assert code == 0 and "no draft amendment saved" in out
