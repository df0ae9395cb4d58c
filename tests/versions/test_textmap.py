"""Normalised text for matching versions, and its map back to the text the user sees."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.versions.textmap import normal_form, normalise


def _original(text: str, fragment: str) -> str:
    """The original text behind a fragment of the normalised one."""
    normal = normalise(text)
    start = normal.text.index(fragment)
    begin, end = normal.original_span(start, start + len(fragment))
    return text[begin:end]


def test_line_ends_and_page_breaks_read_as_one_space():
    text = "Le présent article entre\nen vigueur le\n\f1er janvier 2026."

    assert normal_form(text) == "Le présent article entre en vigueur le 1er janvier 2026."
    assert _original(text, "entre en vigueur le 1er") == "entre\nen vigueur le\n\f1er"


def test_a_word_hyphenated_at_a_line_end_is_one_word_again():
    text = "la recon-\nnaissance faciale et la vidéo-\n\fprotection"

    assert normal_form(text) == normal_form("la reconnaissance faciale et la vidéoprotection")
    assert _original(text, "reconnaissance") == "recon-\nnaissance"
    # A compound split at its own hyphen reads as the compound on one line.
    assert normal_form("vidéo-\nprotection") == normal_form("vidéo-protection")


def test_french_spacing_and_typographic_marks_do_not_matter():
    typeset = "l\u2019État\u00a0: «\u202fcaméras\u202f» \u2014 ﬁn"
    typed = "l'État : « caméras » – fin"

    assert normal_form(typeset) == normal_form(typed)
    assert _original(typeset, "fin") == "ﬁn"


def test_a_dash_after_a_space_is_kept():
    assert normal_form("I. – Les images\n- sont détruites") == "I. – Les images - sont détruites"


def test_offsets_inside_an_edit_map_to_the_next_kept_character():
    text = "alinéa\n\n  suivant"
    normal = normalise(text)

    assert normal.text == "alinéa suivant"
    assert normal.normal_offset(text.index("suivant")) == normal.text.index("suivant")
    assert normal.normal_offset(len(text)) == len(normal.text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab -\n\f\u00a0:«»’ﬁ", max_size=40))
def test_every_normalised_character_comes_from_the_original(text):
    normal = normalise(text)

    for index, char in enumerate(normal.text):
        begin, end = normal.original_span(index, index + 1)
        source = text[begin:end]
        assert source, (index, char)
        assert char.strip() in normal_form(source), (index, char, source)
        assert normal.normal_offset(begin) <= index
