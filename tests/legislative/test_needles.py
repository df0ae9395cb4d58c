"""The needles shortcut: a rule is skipped only for texts it cannot match."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reviewer.legislative.needles import fold, might_match, needles
from reviewer.legislative.patterns import RULES
from reviewer.samples.legislative import amendment, bill, written_question


def sample_texts(corpus_dir: Path) -> list[str]:
    generated = [maker(seed) for seed in range(4) for maker in (bill, amendment, written_question)]
    return [path.read_text(encoding="utf-8") for path in sorted(corpus_dir.iterdir())] + [
        "\n".join(block.text for block in document.blocks) for document in generated
    ]


def test_a_pattern_gives_the_literal_every_match_contains():
    assert needles(re.compile(r"\bcet amendement\b", re.I)) == ("cet amendement",)
    assert needles(re.compile(r"^\s*(?:Rédiger ainsi|Supprimer cet article)", re.M)) == (
        "rédiger ainsi",
        "supprimer cet article",
    )
    assert needles(re.compile(r"(?<![0-9])[0-9]{1,3}(?: [0-9]{3})+")) == ()  # digits only
    assert needles(re.compile(r"(?:a|Article) 7")) == ()  # "a" is too short to rule out
    assert needles(re.compile(r"Ministère\s+(?:de l'Intérieur)?")) == ("ministère",)


def test_nearly_every_rule_has_needles():
    """Guards the reading of the regex parser's tree, a private module of Python."""
    assert sum(1 for rule in RULES if needles(rule.pattern)) >= 0.9 * len(RULES)


def test_case_insensitive_pairs_that_lower_misses_still_match():
    pattern = re.compile("Texte de la question", re.I)
    for text in ("TEXTE DE LA QUESTION", "texte de la queſtion", "Texte de la questıon"):
        assert pattern.search(text) and might_match(pattern, fold(text)), text
    ministry = re.compile("Ministère", re.I)
    assert ministry.search("MİNİSTÈRE") and might_match(ministry, fold("MİNİSTÈRE"))
    micro = re.compile("10 µm de", re.I)
    assert micro.search("10 μm de") and might_match(micro, fold("10 μm de"))


def test_no_rule_is_skipped_for_a_text_it_matches_and_most_are(corpus_dir: Path):
    skipped = 0
    for text in sample_texts(corpus_dir):
        folded = fold(text)
        for rule in RULES:
            possible = might_match(rule.pattern, folded)
            assert possible or not rule.pattern.search(text), (rule.name, rule.note)
            skipped += not possible
    assert skipped > len(RULES)  # The shortcut does rule out rules.


FRAGMENTS = sorted(
    {variant for rule in RULES for needle in needles(rule.pattern)
     for variant in (needle, needle.upper(), needle.title(), needle.replace("s", "ſ"),
                     needle.upper().replace("I", "İ"))}
    | {" ", "\n", "\t", "N° ", "7", "2024", "'", "’", ":", "»"}
)  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_made_up_texts_are_never_skipped_by_a_rule_they_match(pieces: list[str]):
    text = "".join(pieces)
    folded = fold(text)
    for rule in RULES:
        assert might_match(rule.pattern, folded) or not rule.pattern.search(text), rule.note
