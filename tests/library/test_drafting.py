"""Drafting on a library's document: a real Sénat bill (saved web page), through the facade."""

from __future__ import annotations

import re

import pytest
from helpers import SHARED

from reviewer.core.drafting import OPERATIONS
from reviewer.core.errors import ReviewerError
from reviewer.drafting import Op
from reviewer.library import Library
from reviewer.library.anchoring import Span
from reviewer.library.settings import gages_path

BILL = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"
ALINEA_3 = "2° Le même titre II est complété par des chapitres III et IV ainsi rédigés :"


@pytest.fixture
def bill_id(library: Library) -> int:
    report = library.import_paths([BILL])
    (document_id,) = {o.document_id for o in report.outcomes if o.document_id is not None}
    return document_id


def test_a_draft_defaults_to_the_bill_s_chamber_and_previews_the_article(library, bill_id):
    result = library.draft(
        bill_id, article="2", alinea=3, op="replace-words", old="des chapitres III et IV",
        new="un chapitre III",
    )  # fmt: skip
    assert result.style == "senat"
    assert result.dispositif == (
        "Alinéa 3\nRemplacer les mots\u00a0:\ndes chapitres III et IV\npar les mots\u00a0:\n"
        "un chapitre III"
    )
    assert (result.article, result.alinea, result.warnings) == ("Article 2", 3, ())
    assert ALINEA_3 in result.before.split("\n")
    assert "2° Le même titre II est complété par un chapitre III ainsi rédigés :" in (
        result.after.split("\n")
    )
    assert result.expose == "" and result.expose_title == "Objet"


def test_the_style_can_be_the_other_chamber_s(library, bill_id):
    result = library.draft(
        bill_id, article="Article 2", alinea=3, op="delete-words", old="et IV", style="an"
    )
    assert result.dispositif == "À l’alinéa 3, supprimer les mots\u00a0: «\u00a0et IV\u00a0»."
    assert result.expose_title == "Exposé sommaire"


def test_a_missing_alinea_or_article_is_warned_not_refused(library, bill_id):
    far = library.draft(bill_id, article="2", alinea=400, op="delete-alinea")
    assert any("n’existe pas" in w for w in far.warnings) and far.after == ""
    absent = library.draft(bill_id, article="99", op="delete-article")
    assert any("n’existe pas" in w for w in absent.warnings)


def test_an_incomplete_request_says_what_is_missing(library, bill_id):
    with pytest.raises(ReviewerError, match="--op replace-words needs --alinea and --new"):
        library.draft(bill_id, article="2", op="replace-words", old="titre")
    with pytest.raises(ReviewerError, match="unknown operation"):
        library.draft(bill_id, article="2", op="rewrite-everything")


def test_an_official_dispositif_applies_to_the_bill(library, bill_id):
    text = (
        "Alinéa 3\nRemplacer les mots :\ndes chapitres III et IV\npar les mots :\nun chapitre III"
    )
    result = library.apply_dispositif(bill_id, "Article 2", text)
    assert result.applied and result.reason == ""
    assert result.after == library.draft(
        bill_id, article="2", alinea=3, op="replace-words", old="des chapitres III et IV",
        new="un chapitre III",
    ).after  # fmt: skip
    refused = library.apply_dispositif(bill_id, "Article 2", "Alinéa 3, tableau\nRédiger…")
    assert (refused.applied, refused.after) == (False, "")
    assert refused.reason.startswith("formule non reconnue")


def test_the_gage_templates_of_the_user_config_folder_are_used(
    library, bill_id, tmp_path, monkeypatch
):
    monkeypatch.setenv("REVIEWER_SETTINGS", str(tmp_path / "settings.json"))
    gages_path().write_text('{"etat": "Gage de test."}', encoding="utf-8")
    result = library.draft(
        bill_id, article="2", alinea=3, op="complete", new="et une exonération", gage="etat"
    )
    assert result.after.endswith("…\u00a0–\u00a0Gage de test.")


def test_a_damaged_gage_file_is_a_message(library, bill_id, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_SETTINGS", str(tmp_path / "settings.json"))
    gages_path().write_text("[1, 2", encoding="utf-8")
    with pytest.raises(ReviewerError, match="is not a gage file"):
        library.gage_templates()


def selection(library: Library, bill_id: int, words: str, nth: int = 1) -> list[Span]:
    found = [
        Span(page.number, at.start(), at.end())
        for page in library.pages(bill_id)
        for at in re.finditer(re.escape(words), page.text)
    ]
    return [found[nth - 1]]


def test_the_address_of_selected_words_names_article_alinea_and_occurrence(library, bill_id):
    address = library.draft_address(bill_id, selection(library, bill_id, "des chapitres"))
    assert (address.article, address.alinea, address.words) == ("Article 2", 3, "des chapitres")
    assert (address.occurrence, address.count, address.style) == (None, 1, "senat")
    assert address.allows("replace-words") and address.allows("delete-article")
    # « situation » occurs three times in alinéa 4: the second one selected is named.
    second = library.draft_address(bill_id, selection(library, bill_id, "situation", 2))
    assert (second.alinea, second.words, second.count, second.occurrence) == (
        4, "situation", 3, 2
    )  # fmt: skip


def test_a_place_outside_any_article_allows_nothing(library, bill_id):
    address = library.draft_address(bill_id, place=(1, 0.0))  # the bill's title page
    assert address.article == ""
    assert not any(address.allows(op) for op in OPERATIONS)


def test_the_window_and_command_line_operations_are_the_engine_s():
    assert list(OPERATIONS) == [op.value for op in Op]
