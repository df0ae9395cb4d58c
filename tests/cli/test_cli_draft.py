"""`reviewer draft` and `reviewer apply`, as a user types them, on a real Sénat bill."""

from __future__ import annotations

import json

from helpers import SHARED

BILL = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"


def test_draft_prints_the_dispositif_and_the_preview(run):
    assert run("import", str(BILL))[0] == 0
    code, out, _ = run(
        "draft", "1", "--article", "2", "--alinea", "3", "--op", "replace-words",
        "--old", "des chapitres III et IV", "--new", "un chapitre III", "--json",
    )  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {
        "dispositif", "expose", "style", "article", "alinea", "warnings", "before", "after"
    }  # fmt: skip
    assert result["style"] == "senat" and result["alinea"] == 3
    assert result["dispositif"].startswith("Alinéa 3\nRemplacer les mots")
    assert "par un chapitre III ainsi" in result["after"]

    code, out, _ = run(
        "draft", "1", "--article", "2", "--alinea", "2", "--op", "insert-words",
        "--after", "titre II", "--new", "du livre Ier", "--style", "an",
    )  # fmt: skip
    assert code == 0
    assert "À l’alinéa 2, après les mots\u00a0: «\u00a0titre II\u00a0», insérer" in out
    assert "Texte si adopté" in out and "titre II{+ du livre Ier+} du livre Ier" in out


def test_draft_without_the_words_it_needs_is_a_message(run):
    run("import", str(BILL))
    code, _, err = run("draft", "1", "--article", "2", "--op", "delete-words", "--alinea", "3")
    assert code == 1
    assert err.strip() == "reviewer: error: --op delete-words needs --old"


def test_apply_reads_a_dispositif_or_says_it_cannot(run):
    run("import", str(BILL))
    code, out, _ = run(
        "apply", "--document", "1", "--article", "2", "--json",
        "--dispositif", "Alinéa 6\nSupprimer cet alinéa.",
    )  # fmt: skip
    result = json.loads(out)
    assert code == 0 and result["applied"] is True and result["article"] == "Article 2"
    assert len(result["after"].split("\n")) == len(result["before"].split("\n")) - 1

    code, out, _ = run(
        "apply", "--document", "1", "--article", "2",
        "--dispositif", "Alinéa 6, tableau\nRédiger ainsi ce tableau :\n…",
    )  # fmt: skip
    assert code == 1
    assert out.startswith("non appliqué : formule non reconnue")


def test_draft_takes_the_next_edits_of_the_amendment_as_json(run):
    run("import", str(BILL))
    code, out, _ = run(
        "draft", "1", "--article", "2", "--alinea", "3", "--op", "delete-words", "--old", "et IV",
        "--edit", '{"alinea": 6, "op": "delete-alinea"}', "--style", "an", "--json",
    )  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert result["dispositif"] == (
        "I.\u00a0–\u00a0À l’alinéa 3, supprimer les mots\u00a0: «\u00a0et IV\u00a0».\n"
        "II.\u00a0–\u00a0Supprimer l’alinéa 6."
    )
    before, after = result["before"].split("\n"), result["after"].split("\n")
    assert len(after) == len(before) - 1 and before[6] not in after
    assert "des chapitres III ainsi rédigés :" in after[3]

    code, out, _ = run(
        "draft", "1", "--article", "2", "--op", "delete-article",
        "--edit", '{"article": "2 bis", "op": "delete-article"}', "--save", "--json",
    )  # fmt: skip
    saved = json.loads(out)
    assert code == 0 and saved["id"] and saved["dispositif"].startswith("I.\u00a0–\u00a0")
    assert any("plusieurs articles" in w for w in saved["warnings"])


def test_a_next_edit_that_is_not_json_is_a_message(run):
    run("import", str(BILL))
    code, _, err = run(
        "draft", "1", "--article", "2", "--op", "delete-article", "--edit", "alinea=6"
    )  # fmt: skip
    assert code == 1
    assert err.startswith("reviewer: error: --edit alinea=6 is not a JSON object of an edit")
