"""Warnings, never silent guesses: ambiguous words, missing places, several articles, charges."""

from __future__ import annotations

import re

import pytest

from reviewer.drafting import AN, SENAT, Edit, Op, draft
from reviewer.drafting.text import occurrences

from .conftest import ALINEAS


def repeated_words() -> list[tuple[str, int, str]]:
    """Every word that occurs more than once in an alinéa of the test bill."""
    found = []
    for label, alineas in ALINEAS.items():
        for number, text in enumerate(alineas, start=1):
            for word in sorted(set(re.findall(r"\w{2,}", text))):
                if len(occurrences(text, word)) > 1:
                    found.append((label, number, word))
    return found


def test_the_bill_has_repeated_words_to_test():
    assert len(repeated_words()) >= 5


@pytest.mark.parametrize("op", [Op.REPLACE_WORDS, Op.DELETE_WORDS, Op.INSERT_WORDS])
@pytest.mark.parametrize("style", [AN, SENAT])
def test_an_ambiguous_occurrence_is_always_warned_and_never_applied(articles, op, style):
    for label, number, word in repeated_words():
        if op is Op.INSERT_WORDS:
            edit = Edit(op, label, number, anchor=word, new="nouveau")
        else:
            edit = Edit(op, label, number, old=word, new="nouveau")
        result = draft(articles[label], edit, style=style)
        assert any("occurrences" in w and "élargir la citation" in w for w in result.warnings), (
            label,
            number,
            word,
        )
        assert result.after == ""  # no preview rather than a guessed one


def test_naming_the_occurrence_lifts_the_warning(articles):
    edit = Edit(Op.REPLACE_WORDS, "Article 2", 1, old="taux", new="niveau", occurrence=2)
    assert draft(articles["Article 2"], edit).warnings == ()


def test_an_occurrence_beyond_those_in_the_alinea_is_warned(articles):
    edit = Edit(Op.REPLACE_WORDS, "Article 2", 1, old="taux", new="niveau", occurrence=3)
    result = draft(articles["Article 2"], edit)
    assert any("troisième occurrence demandée, 2 seulement" in w for w in result.warnings)
    assert result.after == ""


def test_words_not_in_the_alinea_are_warned(articles):
    edit = Edit(Op.DELETE_WORDS, "Article 2", 3, old="1er juillet")
    result = draft(articles["Article 2"], edit)
    assert any("introuvable" in w for w in result.warnings)
    assert result.after == ""


def test_an_alinea_the_article_does_not_have_is_warned(articles):
    result = draft(articles["Article 3"], Edit(Op.DELETE_ALINEA, "Article 3", 4))
    assert "l’alinéa\u00a04 n’existe pas dans cette version du texte (l’article 3 en compte 1)" in (
        result.warnings
    )
    assert result.after == ""


@pytest.mark.parametrize("typed", ["Article 9", "9", "art. 9"])
def test_an_article_not_in_the_text_is_warned(typed):
    result = draft(None, Edit(Op.REPLACE_WORDS, typed, 1, old="a", new="b"))
    assert "l’article 9 n’existe pas dans cette version du texte" in result.warnings[0]
    assert (result.before, result.after) == ("", "")


def test_an_additional_article_placed_after_a_missing_one_is_warned():
    edit = Edit(Op.ADDITIONAL_ARTICLE, "Article 99", new="Le code est modifié.")
    result = draft(None, edit)
    assert any(
        "l’article 99 (la place de l’article additionnel) n’existe pas" in w
        for w in (result.warnings)
    )
    assert result.after == "Le code est modifié."


def test_one_amendment_on_several_articles_is_warned(articles):
    from reviewer.drafting.checks import warnings

    edits = [
        Edit(Op.DELETE_ALINEA, "Article 2", 2),
        Edit(Op.DELETE_ALINEA, "Article 3", 1),
    ]
    found = warnings(articles["Article 2"], edits, gaged=False)
    assert any("plusieurs articles (Article 2, Article 3)" in w for w in found)


@pytest.mark.parametrize(
    "words", ["une exonération de cotisations", "un taux réduit", "la création d’un fonds"]
)
def test_a_likely_charge_without_a_gage_is_hinted(articles, words):
    result = draft(articles["Article 3"], Edit(Op.COMPLETE, "Article 3", 1, new=words))
    assert any("prévoir un gage" in w and "simple indice" in w for w in result.warnings)


@pytest.mark.parametrize("style", [AN, SENAT])
def test_a_gage_from_the_templates_silences_the_hint_and_ends_the_article(articles, style):
    edit = Edit(Op.COMPLETE, "Article 3", 1, new="et une exonération de cotisations")
    result = draft(articles["Article 3"], edit, style=style, gage="securite-sociale")
    assert not any("gage" in w for w in result.warnings)
    assert "II.\u00a0–\u00a0" in result.dispositif
    assert result.after.endswith(
        "…\u00a0–\u00a0La perte de recettes résultant pour les organismes de sécurité sociale du "
        "présent article est compensée, à due concurrence, par la création d’une taxe "
        "additionnelle aux droits mentionnés aux articles 575 et 575 A du code général des impôts."
    )


def test_the_gage_templates_are_editable(tmp_path, articles):
    import json

    from reviewer.drafting import gages

    path = tmp_path / "gages.json"
    path.write_text(json.dumps({"etat": "La perte de recettes est compensée."}), "utf-8")
    templates = gages(path)
    assert templates["etat"] == "La perte de recettes est compensée."
    assert "collectivites" in templates  # the others stay
    edit = Edit(Op.COMPLETE, "Article 3", 1, new="et une exonération")
    result = draft(articles["Article 3"], edit, gage="etat", templates=templates)
    assert result.after.endswith("…\u00a0–\u00a0La perte de recettes est compensée.")
