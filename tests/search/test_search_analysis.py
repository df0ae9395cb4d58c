"""The French analysis: what a word must match, checked on real French words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.search import french_analyzer, term_spans, terms
from reviewer.search.analysis import FrenchStemFilter, lexicon_words, word_analyzer

# Texts made of the characters where words are cut or joined, so that pieces
# like "élu·es", "vidéo-protection" or "l'article" come up often.
_JOINS = st.text(alphabet=st.sampled_from(list("aéeèlsuxtr1 \n\t\xa0-‐·.()'’¹_")), max_size=60)


def same_terms(a: str, b: str) -> bool:
    return terms(a) == terms(b) and terms(a) != []


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("videosurveillance", "vidéosurveillance"),
        ("elus", "élus"),
        ("securite", "sécurité"),
        ("libertes", "libertés"),
        ("deputes", "députés"),
        ("evenement", "évènement"),
        ("evenement", "événement"),
        ("biometrique", "biométrique"),
        ("generalisation", "généralisation"),
        ("interieur", "Intérieur"),
        ("ministere", "ministère"),
        ("etat", "État"),
        ("prefecture", "préfecture"),
        ("delinquance", "délinquance"),
        ("legalite", "légalité"),
        ("cout", "coût"),
        ("oeuvre", "œuvre"),
    ],
)
def test_accents_do_not_matter(typed, written):
    assert same_terms(typed, written)


def test_case_does_not_matter():
    assert same_terms("CNIL", "cnil")
    assert same_terms("SÉCURITÉ PUBLIQUE", "sécurité publique")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("surveillances", "surveillance"),
        ("libertés", "liberté"),
        ("élus", "élu"),
        ("élues", "élu"),
        ("lois", "loi"),
        ("jeux", "jeu"),
        ("caméras", "caméra"),
        ("données", "donnée"),
        ("publiques", "public"),
        ("algorithmiques", "algorithmique"),
    ],
)
def test_forms_of_a_word_match(one, other):
    assert same_terms(one, other)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("données", "donner"),  # Snowball makes both "don".
        ("caméra", "came"),
        ("parlement", "parler"),
        ("pétition", "petit"),
    ],
)
def test_over_stemming_is_corrected(word, other):
    assert terms(word) != terms(other)


@pytest.mark.parametrize(
    ("elided", "word"),
    [
        ("l'espace", "espace"),
        ("l’espace", "espace"),
        ("L'État", "État"),
        ("d'apprentissage", "apprentissage"),
        ("D’apprentissage", "apprentissage"),
        ("j'interroge", "interroge"),
        ("m'informe", "informe"),
        ("n'existe", "existe"),
        ("s'agit", "agit"),
        ("t'engages", "engages"),
        ("c'était", "était"),
        ("qu'un", "un"),
        ("jusqu'en", "en"),
        ("lorsqu'elle", "elle"),
        ("puisqu'aucun", "aucun"),
    ],
)
def test_elisions_are_dropped(elided, word):
    assert terms(elided) == terms(word)


def test_elided_stop_words_leave_nothing():
    assert terms("Jusqu'où") == []
    assert terms("qu'il") == []


def test_apostrophes_inside_a_word_are_not_elisions():
    assert terms("aujourd'hui") == ["aujourd", "hui"]


def test_stop_words_are_dropped_but_the_rest_stays():
    assert terms("les élus et la loi") == terms("élus loi")
    assert terms("il y a à faire") == ["fair"]


def test_numbers_and_single_letters_stay_searchable():
    assert terms("article 7") == ["articl", "7"]
    assert terms("question 6750") == ["question", "6750"]
    assert terms("article 7 bis") == ["articl", "7", "bis"]
    assert "l" in terms("article L. 251-2 du code")
    assert terms("article 7") != terms("article 8")


@pytest.mark.parametrize(
    ("inclusive", "plain"),
    [
        ("élu·es", "élus"),
        ("élu-es", "élus"),
        ("élu.e.s", "élus"),
        ("élu·e·s", "élus"),
        ("élu(e)s", "élus"),
        ("élu(e)", "élu"),
        ("citoyen·nes", "citoyens"),
        ("citoyen·ne", "citoyen"),
        ("français.es", "français"),
        ("agent-es", "agents"),
        ("rattaché-e", "rattaché"),
        ("acteur·rice·s", "acteurs"),
        ("professionnel-le", "professionnel"),
        ("ÉLU·ES", "élus"),
    ],
)
def test_inclusive_writing_matches_the_masculine_form(inclusive, plain):
    assert same_terms(inclusive, plain)


def test_a_pronoun_after_a_hyphen_is_not_inclusive_writing():
    assert terms("rappelons-le") == terms("rappelons")


def test_hyphenated_words_split_into_their_parts():
    assert terms("Jean-Pierre") == terms("Jean Pierre")
    assert terms("peut-être") == terms("peut être")
    assert terms("vidéo-protection") == terms("vidéo protection")


def test_a_hyphenated_word_is_also_indexed_joined():
    tokens = french_analyzer()("vidéo-protection", positions=True, mode="index")
    indexed = [(token.text, token.pos) for token in tokens]
    assert indexed == [("video", 0), ("protect", 1), (terms("vidéoprotection")[0], 1)]


def test_urls_and_emails_split_on_punctuation():
    assert set(terms("CNIL")) <= set(terms("https://www.cnil.fr/sites/default"))
    assert set(terms("technopolice")) <= set(terms("petition@technopolice.fr"))


def test_positions_stay_consecutive_without_stop_words():
    tokens = french_analyzer()("le projet de loi de finances", positions=True, chars=True)
    assert [(t.text, t.pos, t.startchar, t.endchar) for t in tokens] == [
        ("projet", 0, 3, 9),
        ("loi", 1, 13, 16),
        ("financ", 2, 20, 28),
    ]


def test_spans_point_at_the_source_words():
    text = "Les élu·es de l’État, reconnu¹ par la CNIL (www.cnil.fr)."
    words = [text[start:end] for _term, start, end in term_spans(text)]
    assert words == ["élu·es", "État", "reconnu", "CNIL", "www", "cnil", "fr"]


def test_spans_of_the_corpus_are_ordered_and_in_bounds(corpus_texts):
    for text in corpus_texts.values():
        spans = term_spans(text)
        assert len(spans) > 150
        ends = [0] + [end for _term, _start, end in spans]
        for (term, start, end), previous_end in zip(spans, ends, strict=False):
            assert previous_end <= start < end <= len(text)
            assert terms(text[start:end]) == [term]


def test_terms_are_what_the_index_analyzer_makes(corpus_texts):
    for text in corpus_texts.values():
        tokens = french_analyzer()(text, mode="query")
        assert terms(text) == [token.text for token in tokens]


@given(st.one_of(st.text(), _JOINS))
def test_any_text_gives_the_index_terms(text):
    assert terms(text) == [token.text for token in french_analyzer()(text, mode="query")]


@given(st.one_of(st.text(), _JOINS))
def test_prefixes_see_the_indexed_whole_words(text):
    indexed = {token.text for token in word_analyzer()(text, mode="index")}
    assert lexicon_words(text) == indexed


def _indexed(analyzer, text):
    return [(token.text, token.pos) for token in analyzer(text, positions=True, mode="index")]


@given(st.one_of(st.text(), _JOINS))
def test_indexing_gives_the_terms_and_positions_of_the_whole_chain(text):
    chain = word_analyzer() | FrenchStemFilter()
    assert _indexed(french_analyzer(), text) == _indexed(chain, text)


def test_indexing_the_corpus_gives_what_the_whole_chain_gives(corpus_texts):
    chain = word_analyzer() | FrenchStemFilter()
    for text in corpus_texts.values():
        assert _indexed(french_analyzer(), text) == _indexed(chain, text)


def test_the_lexicon_keeps_compounds_and_inclusive_forms():
    words = lexicon_words("La vidéo-protection des élu·es et citoyen·nes, l'article 7.")
    assert {"video", "protection", "videoprotection", "elus", "citoyens", "article", "7"} <= words
    assert not words & {"l", "la", "des", "es", "nes"}


@given(st.one_of(st.text(), _JOINS))
def test_any_text_gives_spans_inside_it(text):
    previous_end = 0
    for _term, start, end in term_spans(text):
        assert previous_end <= start < end <= len(text)
        previous_end = end
