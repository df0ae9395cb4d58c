"""The preview's word diff: before and after are rebuilt from it, and it marks only changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.drafting.diff import marked, word_diff

TEXT = st.lists(
    st.sampled_from(["le", "taux", "est", "fixé", "par", "décret", ",", ".", "\n", " ", "« a »"]),
    max_size=30,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(before=TEXT, after=TEXT)
def test_the_diff_rebuilds_both_texts(before, after):
    segments = word_diff(before, after)
    assert "".join(s.text for s in segments if s.kind != "+") == before
    assert "".join(s.text for s in segments if s.kind != "-") == after


def test_one_word_changed_in_a_long_article_is_all_the_diff_marks():
    alineas = [f"{n}° Le taux numéro {n} est fixé par décret ;" for n in range(1, 200)]
    before = "\n".join(["Article 7", *alineas])
    after = before.replace("Le taux numéro 42 est", "Le barème numéro 42 est")
    changes = [(s.kind, s.text) for s in word_diff(before, after) if s.kind != "="]
    assert changes == [("-", "taux"), ("+", "barème")]
    assert "Le [-taux-]{+barème+} numéro 42" in marked(word_diff(before, after))
