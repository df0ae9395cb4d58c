"""align_units: which article of the new version each old article became."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.legislative.structure import detect_structure
from reviewer.pdf import Block, read_document, write_pdf
from reviewer.samples import bill
from reviewer.versions.alignment import align_units
from reviewer.versions.units import Unit, UnitPair, units_of

REWRITTEN = (
    "Les exploitants des aéroports internationaux transmettent chaque trimestre au ministre "
    "chargé des transports un inventaire complet des équipements de contrôle des bagages, "
    "accompagné d'une évaluation indépendante de leur fiabilité et de leur coût."
)


@dataclass(frozen=True)
class Version:
    text: str
    units: list[Unit]

    def unit(self, label: str) -> Unit:
        return next(unit for unit in self.units if unit.label == label)


def _laid_out(blocks: Sequence[Block]) -> Version:
    """Blocks as PyMuPDF would give them: wrapped lines, pages of 40 lines."""
    lines = [line for block in blocks for line in textwrap.wrap(block.text, 90)]
    pages = ["\n".join(lines[i : i + 40]) + "\n" for i in range(0, len(lines), 40)]
    return Version("\f".join(pages), units_of(detect_structure(pages)))


def _article(blocks: Sequence[Block], label: str) -> range:
    """The indexes of an article's heading and paragraphs."""
    start = next(i for i, b in enumerate(blocks) if b.style == "h3" and b.text == label)
    end = next((i for i in range(start + 1, len(blocks)) if blocks[i].style != "p"), len(blocks))
    return range(start, end)


def _shifted(blocks: Sequence[Block], by: int, *, after: int) -> list[Block]:
    """Article headings from index `after` on renumbered by `by` ("Article 2" -> "Article 3")."""

    def renumber(block: Block) -> Block:
        match = re.fullmatch(r"Article (\d+)(.*)", block.text)
        if block.style != "h3" or match is None:
            return block
        return Block("h3", f"Article {int(match.group(1)) + by}{match.group(2)}")

    return [*blocks[:after], *(renumber(block) for block in blocks[after:])]


def _labels(pairs: Sequence[UnitPair]) -> list[tuple[str | None, str | None]]:
    return [(p.old.label if p.old else None, p.new.label if p.new else None) for p in pairs]


@pytest.fixture(scope="module")
def blocks() -> list[Block]:
    return list(bill(5, articles=6).blocks)


def test_the_same_text_pairs_every_unit_with_itself(blocks):
    version = _laid_out(blocks)

    pairs = align_units(version.text, version.units, version.text, version.units)

    assert [(p.old, p.new) for p in pairs] == [(unit, unit) for unit in version.units]
    assert all(p.similarity == pytest.approx(1.0) for p in pairs)


def test_an_inserted_article_renumbers_the_next_ones_and_they_pair_by_content(blocks):
    where = _article(blocks, "Article 2").start
    inserted = [Block("h3", "Article 2"), Block("p", REWRITTEN)]
    amended = [*blocks[:where], *inserted, *_shifted(blocks[where:], 1, after=0)]
    old, new = _laid_out(blocks), _laid_out(amended)

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
    article = _article(blocks, "Article 3")
    amended = [*blocks[: article.start + 1], Block("p", REWRITTEN), *blocks[article.stop :]]
    old, new = _laid_out(blocks), _laid_out(amended)

    pairs = align_units(old.text, old.units, new.text, new.units)

    rewritten = next(p for p in pairs if p.old == old.unit("Article 3"))
    assert rewritten.new == new.unit("Article 3")
    assert rewritten.similarity < 0.2
    assert len(pairs) == len(old.units) == len(new.units)


def test_a_deleted_article_stays_where_it_was_and_the_next_ones_follow(blocks):
    article = _article(blocks, "Article 4")
    amended = [*blocks[: article.start], *_shifted(blocks[article.stop :], -1, after=0)]
    old, new = _laid_out(blocks), _laid_out(amended)

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
    second, fifth = _article(blocks, "Article 2"), _article(blocks, "Article 5")
    amended = [
        *blocks[: second.stop],
        Block("h3", "Article 2 bis"),
        *blocks[fifth.start + 1 : fifth.stop],
        *blocks[second.stop : fifth.start],
        *_shifted(blocks[fifth.stop :], -1, after=0),
    ]
    old, new = _laid_out(blocks), _laid_out(amended)

    pairs = align_units(old.text, old.units, new.text, new.units)

    assert [p.old for p in pairs if p.old] == old.units
    assert [p.new for p in pairs if p.new] == new.units
    assert ("Article 6", "Article 5") in _labels(pairs)
    assert all(0.0 <= p.similarity <= 1.0 for p in pairs)
    assert all(p.similarity == 0.0 for p in pairs if p.old is None or p.new is None)


def test_real_pdf_versions_pair_their_articles(tmp_path, blocks):
    where = _article(blocks, "Article 3").start
    amended = [*blocks[:where], Block("h3", "Article 3"), Block("p", REWRITTEN)]
    amended += _shifted(blocks[where:], 1, after=0)
    old, new = (
        _printed(version, tmp_path / f"{name}.pdf")
        for name, version in (("old", blocks), ("new", amended))
    )

    pairs = align_units(old.text, old.units, new.text, new.units)

    assert ("Article 2", "Article 2") in _labels(pairs)
    assert (None, "Article 3") in _labels(pairs)
    assert ("Article 3", "Article 4") in _labels(pairs)
    assert ("Article 6", "Article 7") in _labels(pairs)


def _printed(blocks: Sequence[Block], path: Path) -> Version:
    """Blocks written to a PDF and read back, as an imported document is."""
    write_pdf(path, blocks)
    pages = [page.text for page in read_document(path).pages]
    return Version("\f".join(pages), units_of(detect_structure(pages)))


def test_a_version_without_articles_leaves_every_unit_of_the_other_alone(blocks):
    version = _laid_out(blocks)

    added = align_units("", [], version.text, version.units)
    deleted = align_units(version.text, version.units, "", [])

    assert [(p.old, p.new) for p in added] == [(None, unit) for unit in version.units]
    assert [(p.old, p.new) for p in deleted] == [(unit, None) for unit in version.units]
    assert align_units("", [], "", []) == []
