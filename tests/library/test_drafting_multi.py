"""Several edits in one amendment (I, II...) through the facade, on a real Sénat bill."""

from __future__ import annotations

import pytest
from helpers import SHARED

from reviewer.core.errors import ReviewerError
from reviewer.library import Library

BILL = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"
PART = "\u00a0–\u00a0"  # "I. – ", as the engine writes it
WORDS = {
    "op": "replace-words",
    "alinea": 3,
    "old": "des chapitres III et IV",
    "new": "un chapitre III",
}
DELETE_6 = {"op": "delete-alinea", "alinea": 6}


@pytest.fixture
def bill_id(library: Library) -> int:
    report = library.import_paths([BILL])
    (document_id,) = {o.document_id for o in report.outcomes if o.document_id is not None}
    return document_id


@pytest.mark.parametrize(
    ("style", "first", "second"),
    [
        ("an", f"I.{PART}À l’alinéa 3, substituer", f"II.{PART}Supprimer l’alinéa 6."),
        ("senat", f"I.{PART}Alinéa 3\nRemplacer les mots", f"II.{PART}Alinéa 6\nSupprimer"),
    ],
)
def test_two_edits_of_one_article_are_numbered_and_both_applied(
    library, bill_id, style, first, second
):
    both = library.draft(bill_id, edits=[{"article": "2", **WORDS}, DELETE_6], style=style)
    assert both.dispositif.startswith(first) and second in both.dispositif
    assert both.warnings == ()
    assert (both.article, both.alinea) == ("Article 2", 3)
    words = library.draft(bill_id, article="2", style=style, **WORDS)
    sixth = words.after.split("\n")[6]  # heading, then alinéas 1 to 6
    expected = [line for line in words.after.split("\n") if line != sixth]
    assert both.after.split("\n") == expected and both.before == words.before
    assert any(part.kind != "same" for part in both.diff)


def test_one_edit_given_as_a_list_is_the_one_edit_draft(library, bill_id):
    listed = library.draft(bill_id, edits=[{"article": "2", **WORDS}])
    assert listed == library.draft(bill_id, article="2", **WORDS)


def test_edits_on_two_articles_warn_and_preview_both_articles(library, bill_id):
    result = library.draft(
        bill_id, edits=[{"article": "2", **WORDS}, {"article": "2 bis", "op": "delete-article"}]
    )
    assert any("plusieurs articles (Article 2, Article 2 bis)" in w for w in result.warnings)
    two, bis = result.before.split("\n\n")
    assert two.startswith("Article 2\n") and bis.startswith("Article 2 bis\n")
    assert result.after.startswith("Article 2\n") and "un chapitre III" in result.after
    assert "Article 2 bis" not in result.after  # deleted


def test_an_edit_on_another_article_is_checked_on_that_article(library, bill_id):
    result = library.draft(
        bill_id,
        edits=[
            {"article": "2", **WORDS},
            {"article": "2 bis", "op": "delete-alinea", "alinea": 400},
        ],
    )
    assert any(
        "400 n’existe pas" in w and "l’article 2 bis en compte" in w for w in result.warnings
    )


def test_a_list_and_flat_fields_together_are_a_message(library, bill_id):
    with pytest.raises(ReviewerError, match="one by one or as a list"):
        library.draft(bill_id, article="2", edits=[{"article": "2", **WORDS}])
    with pytest.raises(ReviewerError, match="not a draft request"):
        library.draft(bill_id, edits=[{"article": "2", **WORDS}, {"colour": "red"}])


def test_a_draft_of_two_edits_is_saved_and_read_back_apart_from_its_first(library, bill_id):
    one = library.save_draft(bill_id, article="2", **WORDS)
    two = library.save_draft(bill_id, edits=[{"article": "2", **WORDS}, DELETE_6])
    assert two.id != one.id
    assert two.dispositif.startswith("I.") and "II." in two.dispositif
    assert library.saved_draft(two.id).dispositif == two.dispositif
    assert {d.id for d in library.drafts(bill_id)} == {one.id, two.id}
    again = library.save_draft(bill_id, edits=[{"article": "2", **WORDS}, DELETE_6], style="an")
    assert again.id == two.id and again.style == "an"
