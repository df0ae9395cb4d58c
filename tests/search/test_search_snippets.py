"""Snippets: short excerpts whose spans mark the words that matched."""

from __future__ import annotations

from reviewer.search import terms
from reviewer.search.highlight import Highlights
from reviewer.search.snippets import make_snippet

FILLER = "Le texte continue ici sans rien de notable pour la recherche en cours. " * 8


def words(*typed: str) -> Highlights:
    return Highlights(frozenset(term for word in typed for term in terms(word)), ())


def marked(text: str, highlights: Highlights) -> list[str]:
    snippet = make_snippet(text, highlights)
    return [snippet.text[start:end] for start, end in snippet.spans]


def test_the_spans_mark_the_words_as_written():
    text = "Les élu·es demandent la SÉCURITÉ des données."
    assert marked(text, words("elus", "securite")) == ["élu·es", "SÉCURITÉ"]


def test_a_short_text_is_shown_whole():
    text = "La vidéosurveillance algorithmique."
    snippet = make_snippet(text, words("vidéosurveillance"))
    assert snippet.text == text
    assert snippet.spans == ((3, 20),)


def test_whitespace_is_collapsed_and_spans_follow():
    text = "Première ligne\n\n   la   vidéosurveillance\tici"
    snippet = make_snippet(text, words("vidéosurveillance"))
    assert snippet.text == "Première ligne la vidéosurveillance ici"
    [(start, end)] = snippet.spans
    assert snippet.text[start:end] == "vidéosurveillance"


def test_a_match_far_in_the_text_is_shown_with_context():
    text = FILLER + "Ici la CNIL rend son avis. " + FILLER
    snippet = make_snippet(text, words("cnil"))
    assert snippet.text.startswith("… ") and snippet.text.endswith(" …")
    assert len(snippet.text) <= 210
    assert [snippet.text[start:end] for start, end in snippet.spans] == ["CNIL"]
    assert "Ici la CNIL rend son avis." in snippet.text


def test_distant_matches_of_different_words_show_two_fragments():
    text = "La CNIL rend son avis. " + FILLER * 2 + "Le Conseil d'État tranche."
    snippet = make_snippet(text, words("cnil", "conseil"))
    assert snippet.text.count(" … ") >= 1
    assert [snippet.text[start:end] for start, end in snippet.spans] == ["CNIL", "Conseil"]


def test_a_phrase_is_marked_whole_with_its_small_words():
    text = "Il s'agit du projet de loi relatif aux Jeux, pas d'un projet retiré ni d'une loi."
    phrase = Highlights(frozenset(), (tuple(terms("projet de loi")),))
    assert marked(text, phrase) == ["projet de loi"]


def test_without_a_match_the_start_of_the_text_is_shown():
    text = FILLER
    snippet = make_snippet(text, words("cnil"))
    assert snippet.spans == ()
    assert snippet.text.startswith("Le texte continue")
    assert snippet.text.endswith(" …")
    assert len(snippet.text) <= 205


def test_a_word_whose_stem_is_rewritten_is_still_marked():
    # Snowball turns "prudemment" into "prudent", which does not begin the word.
    assert marked("Elle agit prudemment.", words("prudent")) == ["prudemment"]
    assert marked("Les chevaux et le cheval", words("cheval")) == ["chevaux", "cheval"]


def test_every_occurrence_in_a_long_text_is_found():
    text = (FILLER + "la sécurité ") * 5
    highlights = words("securite")
    assert len(highlights.find(text)) == 5
    assert all(text[m.start : m.end] == "sécurité" for m in highlights.find(text))
