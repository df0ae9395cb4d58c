"""align_units: which article of the new version each old article became."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from version_texts import article_blocks, laid_out, print_and_read, shifted

from reviewer.pdf import Block
from reviewer.samples import bill
from reviewer.versions.alignment import align_units
from reviewer.versions.units import UnitPair

REWRITTEN = (
    "Les exploitants des aéroports internationaux transmettent chaque trimestre au ministre "
    "chargé des transports un inventaire complet des équipements de contrôle des bagages, "
    "accompagné d'une évaluation indépendante de leur fiabilité et de leur coût."
)


def _labels(pairs: Sequence[UnitPair]) -> list[tuple[str | None, str | None]]:
    return [(p.old.label if p.old else None, p.new.label if p.new else None) for p in pairs]


@pytest.fixture(scope="module")
def blocks() -> list[Block]:
    return list(bill(5, articles=6).blocks)


def test_the_same_text_pairs_every_unit_with_itself(blocks):
    version = laid_out(blocks)

    pairs = align_units(version.text, version.units, version.text, version.units)

    assert [(p.old, p.new) for p in pairs] == [(unit, unit) for unit in version.units]
    assert all(p.similarity == pytest.approx(1.0) for p in pairs)


def test_an_inserted_article_renumbers_the_next_ones_and_they_pair_by_content(blocks):
    where = article_blocks(blocks, "Article 2").start
    inserted = [Block("h3", "Article 2"), Block("p", REWRITTEN)]
    amended = [*blocks[:where], *inserted, *shifted(blocks[where:], 1, after=0)]
    old, new = laid_out(blocks), laid_out(amended)

    pairs = align_units(old.text, old.units, new.text, new.units)

    assert _labels(pairs) == [
        ("Exposé des motifs", "Exposé des motifs"),
        ("Article 1er", "Article 1er"),
        (None, "Article 2"),
        ("Article 2", "Article 3"),
        ("Article 3", "Article 4"),
        ("Article 4", "Article 5"),
        ("Article 5", "Article 6"),
        ("Article 6", "Article 7"),
    ]
    assert all(p.similarity > 0.9 for p in pairs if p.old and p.new)


def test_a_rewritten_article_still_pairs_with_its_namesake(blocks):
    article = article_blocks(blocks, "Article 3")
    amended = [*blocks[: article.start + 1], Block("p", REWRITTEN), *blocks[article.stop :]]
    old, new = laid_out(blocks), laid_out(amended)

    pairs = align_units(old.text, old.units, new.text, new.units)

    rewritten = next(p for p in pairs if p.old == old.unit("Article 3"))
    assert rewritten.new == new.unit("Article 3")
    assert rewritten.similarity < 0.2
    assert len(pairs) == len(old.units) == len(new.units)


def test_a_deleted_article_stays_where_it_was_and_the_next_ones_follow(blocks):
    article = article_blocks(blocks, "Article 4")
    amended = [*blocks[: article.start], *shifted(blocks[article.stop :], -1, after=0)]
    old, new = laid_out(blocks), laid_out(amended)

    pairs = align_units(old.text, old.units, new.text, new.units)

    assert _labels(pairs)[3:] == [
        ("Article 3", "Article 3"),
        ("Article 4", None),
        ("Article 5", "Article 4"),
        ("Article 6", "Article 5"),
    ]
    assert next(p for p in pairs if p.new is None).similarity == 0.0


def test_every_unit_appears_once_in_reading_order_whatever_the_amendments(blocks):
    # Article 5 deleted, its text moved into a new "Article 2 bis"; the later ones renumbered.
    second, fifth = article_blocks(blocks, "Article 2"), article_blocks(blocks, "Article 5")
    amended = [
        *blocks[: second.stop],
        Block("h3", "Article 2 bis"),
        *blocks[fifth.start + 1 : fifth.stop],
        *blocks[second.stop : fifth.start],
        *shifted(blocks[fifth.stop :], -1, after=0),
    ]
    old, new = laid_out(blocks), laid_out(amended)

    pairs = align_units(old.text, old.units, new.text, new.units)

    assert [p.old for p in pairs if p.old] == old.units
    assert [p.new for p in pairs if p.new] == new.units
    assert ("Article 6", "Article 5") in _labels(pairs)
    assert all(0.0 <= p.similarity <= 1.0 for p in pairs)
    assert all(p.similarity == 0.0 for p in pairs if p.old is None or p.new is None)


def test_real_pdf_versions_pair_their_articles(tmp_path, blocks):
    where = article_blocks(blocks, "Article 3").start
    amended = [*blocks[:where], Block("h3", "Article 3"), Block("p", REWRITTEN)]
    amended += shifted(blocks[where:], 1, after=0)
    old, new = (
        print_and_read(version, tmp_path / f"{name}.pdf")
        for name, version in (("old", blocks), ("new", amended))
    )

    pairs = align_units(old.text, old.units, new.text, new.units)

    assert ("Article 2", "Article 2") in _labels(pairs)
    assert (None, "Article 3") in _labels(pairs)
    assert ("Article 3", "Article 4") in _labels(pairs)
    assert ("Article 6", "Article 7") in _labels(pairs)


def test_a_version_without_articles_leaves_every_unit_of_the_other_alone(blocks):
    version = laid_out(blocks)

    added = align_units("", [], version.text, version.units)
    deleted = align_units(version.text, version.units, "", [])

    assert [(p.old, p.new) for p in added] == [(None, unit) for unit in version.units]
    assert [(p.old, p.new) for p in deleted] == [(unit, None) for unit in version.units]
    assert align_units("", [], "", []) == []
