"""The amendment record: one vocabulary of outcomes, rectifications, identity, metadata."""

from __future__ import annotations

import pytest

from reviewer.core import fields
from reviewer.core.amendments import AN, SENAT, Amendment, Outcome, outcome_of, rectified


@pytest.mark.parametrize(
    ("words", "outcome"),
    [
        (("Adopté",), Outcome.ADOPTED),
        (("Cet amendement est retiré avant séance",), Outcome.WITHDRAWN),
        (("Irrecevable art. 40 C",), Outcome.INADMISSIBLE),
        (("Non défendu",), Outcome.NOT_MOVED),
        (("Satisfait ou sans objet",), Outcome.SATISFIED),
        (("", "Tombé", "Discuté"), Outcome.FALLEN),  # the first telling words
        (("En traitement", "A discuter"), ""),
    ],
)
def test_the_chambers_words_map_to_one_vocabulary(words, outcome):
    assert outcome_of(*words) == outcome


def test_rectifications_are_written_the_senat_way():
    assert [rectified("12", n) for n in (0, 1, 2, 5)] == [
        "12", "12 rect.", "12 rect. bis", "12 rect. quinquies",
    ]  # fmt: skip


def test_identity_and_metadata():
    senat = Amendment(SENAT, "3 rect. quater", text_number="63", session="2017-2018",
                      division="Article 8", placement="après", additional=True,
                      author="Mme DESEYNE", cosignatories=("M. X", "Mme DESEYNE"),
                      filed="2017-11-13", outcome="adopté", dispositif=("texte",))  # fmt: skip
    assert senat.identities == ("Sénat 2017-2018 63#3",)  # the same amendment once rectified again
    an = Amendment(AN, "28", source_id="AMANR5L15N28", legislature="15", text_number="806")
    assert an.identities == ("AMANR5L15N28", "AN 15 806#28")
    metadata = senat.metadata()
    assert metadata == {
        "chamber": SENAT, "number": "3 rect. quater", "text_number": "63",
        "session": "2017-2018", "placement": "après", "additional": "oui",
        "outcome": "adopté", "authors": ["Mme DESEYNE", "M. X"],
        "text_ref": "Sénat 2017-2018 63", "amendment_key": "Sénat 2017-2018 63#3",
        "registered": "2017-11-13", "target_article": "Article 8",
    }  # fmt: skip
    # Every field a user sees is a row of the registry (the two internal keys are not).
    assert set(metadata) - fields.BY_KEY.keys() == {"text_number", "amendment_key"}
