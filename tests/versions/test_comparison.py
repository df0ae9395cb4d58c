"""Comparing two versions: generated bills laid out as PDFs and read back, as users get them."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.core.comparison import Change, Comparison, Side, Unit, UnitChange, page_span
from reviewer.core.records import (
    Anchor,
    Annotation,
    Carry,
    CarryStatus,
    Review,
    TextPosition,
    TextQuote,
)
from reviewer.legislative.structure import detect_structure, document_text
from reviewer.pdf import Block, read_document
from reviewer.samples.legislative import Document as Sample
from reviewer.samples.legislative import bill
from reviewer.versions.alignment import align_units
from reviewer.versions.comparison import annotations_by_change, compare_units
from reviewer.versions.units import UnitPair, units_of

EDITED = ("l'officier de police judiciaire peut définir", "le préfet peut définir")


class Version:
    """A version as the library holds it: its document text and its units."""

    def __init__(self, pages: list[str]) -> None:
        self.text = document_text(pages)
        self.units = units_of(detect_structure(pages))

    @classmethod
    def of(cls, sample: Sample, path: Path) -> Version:
        sample.write(path)
        return cls([page.text for page in read_document(path).pages])

    def unit(self, label: str) -> Unit:
        return next(unit for unit in self.units if unit.label == label)


def compare(old: Version, new: Version) -> Comparison:
    return compare_units(old.text, new.text, align_units(old.text, old.units, new.text, new.units))


def change_of(comparison: Comparison, label: str) -> UnitChange:
    return next(change for change in comparison.changes if change.label == label)


def kinds(comparison: Comparison) -> dict[str, Change]:
    return {change.label: change.change for change in comparison.changes}


def texts(change: UnitChange, kind: str) -> list[str]:
    return [op.text.strip() for op in change.ops if op.kind == kind]


def edited(sample: Sample, edit: Callable[[list[Block]], list[Block]]) -> Sample:
    return replace(sample, blocks=tuple(edit(list(sample.blocks))))


def at(blocks: list[Block], heading: str) -> int:
    return next(i for i, block in enumerate(blocks) if block == Block("h3", heading))


def rewritten(blocks: list[Block], old: str, new: str, *, after: int = 0) -> list[Block]:
    index = next(i for i, block in enumerate(blocks) if i >= after and old in block.text)
    blocks[index] = Block(blocks[index].style, blocks[index].text.replace(old, new, 1))
    return blocks


def renumbered_from(blocks: list[Block], start: int) -> list[Block]:
    """Every article heading from `start` on, one number up ("Article 7 bis" -> "8 bis")."""
    for i in range(start, len(blocks)):
        if blocks[i].style == "h3":
            up = re.sub(r"\d+", lambda number: str(int(number.group()) + 1), blocks[i].text)
            blocks[i] = Block("h3", up)
    return blocks


@pytest.fixture(scope="module")
def sample() -> Sample:
    return bill(7, articles=12)  # has an "Article 4 bis", and Article 3 says EDITED[0]


@pytest.fixture(scope="module")
def original(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> Version:
    return Version.of(sample, tmp_path_factory.mktemp("old") / "old.pdf")


def test_the_same_text_laid_out_anew_has_no_change(sample, original, tmp_path):
    # Half a page added at the top of the exposé moves every later line and page break.
    opening = " ".join(["Le présent texte tient compte des travaux de la commission."] * 25)
    longer = edited(sample, lambda blocks: [*blocks[:10], Block("p", opening), *blocks[10:]])
    new = Version.of(longer, tmp_path / "new.pdf")
    assert new.unit("Article 11").page > original.unit("Article 11").page
    comparison = compare(original, new)
    exposé = change_of(comparison, "Exposé des motifs")
    assert exposé.change is Change.MODIFIED
    assert (texts(exposé, "insert"), texts(exposé, "delete")) == ([opening], [])
    articles = [change for change in comparison.changes if change.label.startswith("Article")]
    assert {change.change for change in articles} == {Change.UNCHANGED}
    assert all(len(change.ops) == 1 and change.ops[0].kind == "equal" for change in articles)
    assert comparison.counts()[Change.UNCHANGED] == 12


def test_an_edited_article_shows_the_words_deleted_and_inserted(sample, original, tmp_path):
    new = Version.of(edited(sample, lambda b: rewritten(b, *EDITED)), tmp_path / "new.pdf")
    comparison = compare(original, new)
    article = change_of(comparison, "Article 3")
    assert article.change is Change.MODIFIED and article.modified
    assert texts(article, "delete") == ["l'officier de police judiciaire"]
    assert texts(article, "insert") == ["le préfet"]
    assert (article.deleted_words, article.inserted_words) == (4, 2)
    deleted = next(op for op in article.ops if op.kind == "delete")
    assert original.text[deleted.start : deleted.end] == "l'officier de police judiciaire"
    inserted = next(op for op in article.ops if op.kind == "insert")
    assert new.text[inserted.start : inserted.end] == "le préfet"
    assert "".join(op.text for op in article.ops if op.kind != "delete").startswith(
        "I. – À titre expérimental et jusqu'au 26 mai 2026, le préfet peut définir"
    )
    assert "\nII. – " in article.ops[-1].text  # each numbered part begins a paragraph
    assert comparison.counts() == {
        **dict.fromkeys(Change, 0),
        Change.UNCHANGED: 12,
        Change.MODIFIED: 1,
    }


def test_a_deleted_article(sample, original, tmp_path):
    without = edited(sample, lambda b: b[: at(b, "Article 5")] + b[at(b, "Article 6") :])
    comparison = compare(original, Version.of(without, tmp_path / "new.pdf"))
    deleted = change_of(comparison, "Article 5")
    assert (deleted.change, deleted.new, deleted.old.label) == (Change.DELETED, None, "Article 5")
    assert [op.kind for op in deleted.ops] == ["delete"]
    assert deleted.ops[0].text.startswith("L'article 230-6 du code de procédure pénale est ainsi")
    assert deleted.inserted_words == 0 and deleted.deleted_words > 20
    assert kinds(comparison)["Article 6"] is Change.UNCHANGED


def test_an_inserted_article_renumbers_the_following_ones(sample, original, tmp_path):
    added = "Le Gouvernement remet au Parlement un rapport sur l'application de la présente loi."

    def insert(blocks: list[Block]) -> list[Block]:
        where = at(blocks, "Article 7")
        blocks = rewritten(renumbered_from(blocks, where), "remet", "transmet", after=where)
        return [*blocks[:where], Block("h3", "Article 7"), Block("p", added), *blocks[where:]]

    new = Version.of(edited(sample, insert), tmp_path / "new.pdf")
    comparison = compare(original, new)
    assert [(c.old.label if c.old else None, c.change) for c in comparison.changes[8:]] == [
        (None, Change.ADDED),
        ("Article 7", Change.RENUMBERED),
        ("Article 8", Change.RENUMBERED),
        ("Article 9", Change.RENUMBERED),
        ("Article 10", Change.RENUMBERED),
        ("Article 11", Change.RENUMBERED),
    ]
    new_article = change_of(comparison, "Article 7")
    assert (new_article.old, texts(new_article, "insert")) == (None, [added])
    assert not change_of(comparison, "Article 8").modified  # renumbered only
    # The first "remet" after the insertion point is in the old Article 10, now 11.
    moved_and_edited = [c for c in comparison.changes if c.modified and c.old and c.new]
    assert [(c.old.label, c.label, c.change) for c in moved_and_edited] == [
        ("Article 10", "Article 11", Change.RENUMBERED)
    ]
    assert texts(moved_and_edited[0], "delete") == ["remet"]
    assert texts(moved_and_edited[0], "insert") == ["transmet"]
    assert comparison.counts()[Change.RENUMBERED] == 5


def test_layout_is_not_a_change_but_punctuation_is():
    old = (
        "Article 1\nLa recon-\nnaissance faciale fait l’objet d’un procès-\fverbal, "
        "transmis  sans délai ﬁnal.\nII. – Le préfet en\u00ad\nregistre."
    )
    new = (
        "Article 1\nLa reconnaissance faciale fait l'objet d'un\nprocès-verbal; transmis sans\n"
        "délai final.\nII. – Le préfet enregistre."
    )
    change = compare_units(old, new, [pair(old, new)]).changes[0]
    assert change.change is Change.MODIFIED
    assert (texts(change, "delete"), texts(change, "insert")) == ([","], [";"])
    assert change.ops[0].text == "La reconnaissance faciale fait l'objet d'un procès-verbal"
    assert change.ops[-1].text == " transmis sans délai final.\nII. – Le préfet enregistre."
    same = compare_units(old, old, [pair(old, old)]).changes[0]
    assert same.change is Change.UNCHANGED and len(same.ops) == 1
    assert same.ops[0].text.startswith("La reconnaissance faciale fait l’objet")
    assert same.ops[0].text.endswith("ﬁnal.\nII. – Le préfet enregistre.")


def test_an_empty_unit_and_page_spans():
    text = "Article 1\nUn.\fDeux.\nArticle 2"
    first, second = Unit("Article 1", 0, 19, 1), Unit("Article 2", 20, 29, 2)
    comparison = compare_units(text, text, [UnitPair(first, first), UnitPair(second, second)])
    assert [c.ops for c in comparison.changes][1] == ()
    assert (page_span(text, first), page_span(text, second)) == ((1, 2), (2, 2))
    with pytest.raises(ValueError):
        compare_units(text, text, [UnitPair(None, None)])


def test_a_corpus_text_against_a_lightly_edited_copy(corpus_dir, tmp_path):
    source = (corpus_dir / "an-amendement-plf-article42-etat-b-vsa.txt").read_text("utf-8")
    paragraphs = [" ".join(part.split()) for part in source.split("\n\n") if part.strip()]
    old_sample = Sample("amendement", "", "", "vsa", tuple(Block("p", p) for p in paragraphs))
    edits = (("de masse particulièrement liberticide", "de masse liberticide"), ("2020", "2021"))
    new_blocks = list(old_sample.blocks)
    for before, after in edits:
        new_blocks = rewritten(new_blocks, before, after)
    old = Version.of(old_sample, tmp_path / "old.pdf")
    new = Version.of(replace(old_sample, blocks=tuple(new_blocks)), tmp_path / "new.pdf")
    assert [unit.label for unit in old.units] == ["Article 42", "Exposé sommaire"]
    comparison = compare(old, new)
    assert kinds(comparison) == {"Article 42": Change.UNCHANGED, "Exposé sommaire": Change.MODIFIED}
    summary = change_of(comparison, "Exposé sommaire")
    assert (texts(summary, "delete"), texts(summary, "insert")) == (
        ["particulièrement", "2020"],
        ["2021"],
    )


def test_annotations_go_beside_the_unit_they_fall_in(sample, original, tmp_path):
    def edit(blocks: list[Block]) -> list[Block]:
        blocks = rewritten(blocks, *EDITED)
        return blocks[: at(blocks, "Article 5")] + blocks[at(blocks, "Article 6") :]

    new = Version.of(edited(sample, edit), tmp_path / "new.pdf")
    comparison = compare(original, new)
    index = {change.label: i for i, change in enumerate(comparison.changes)}
    on_old = [
        passage("cut", original, "police judiciaire", "Article 3"),  # words deleted
        passage("kept", original, "À titre expérimental", "Article 3"),
        passage("gone", original, "ainsi modifié", "Article 5"),
        passage("carried-source", original, "Le juge des libertés", "Article 6"),
        replace(passage("page-note", original, "ainsi modifié", "Article 5"), target="page"),
        replace(passage("erased", original, "ainsi modifié", "Article 5"), deleted="2026-01-01"),
    ]
    carry = Carry("carried-source", CarryStatus.EXACT, Review.ACCEPTED, "Le juge des libertés")
    on_new = [
        passage("new", new, "le préfet", "Article 3"),  # words inserted
        replace(passage("carried", new, "Le juge des libertés", "Article 6"), carry=carry),
    ]
    found = annotations_by_change(comparison, on_old, on_new)
    summary = {i: [(c.annotation.id, c.side, c.touched) for c in found[i]] for i in found}
    assert summary == {
        index["Article 3"]: [
            ("kept", Side.OLD, False),
            ("cut", Side.OLD, True),
            ("new", Side.NEW, True),
        ],
        index["Article 5"]: [("gone", Side.OLD, True)],
        index["Article 6"]: [("carried", Side.NEW, False)],
    }


def test_a_300_page_bill_with_200_articles_is_compared_in_under_a_second():
    blocks = bill(3, articles=200).blocks
    first_article = blocks.index(Block("h3", "Article premier"))
    # Articles four times as long as generated ones: over 300 pages.
    body = [b for b in blocks[first_article:] for _ in range(4 if b.style == "p" else 1)]
    longer = [*blocks[:first_article], *body]
    old = Version(pages(longer))
    changed = [
        Block(b.style, b.text.replace(" le ", " la ", 1)) if i % 30 == 0 else b
        for i, b in enumerate(longer)
    ]
    new = Version(pages(changed[:700] + changed[720:]))  # an article or two less
    assert old.text.count("\f") + 1 > 300 and len(old.units) == 201
    pairs = align_units(old.text, old.units, new.text, new.units)
    timings = []
    for _ in range(2):  # processor time, the best of two: the machine is shared
        started = time.process_time()
        comparison = compare_units(old.text, new.text, pairs)
        timings.append(time.process_time() - started)
    assert min(timings) < 1.0, timings
    counts = comparison.counts()
    assert counts[Change.MODIFIED] > 20 and counts[Change.UNCHANGED] > 100


def pair(old: str, new: str) -> UnitPair:
    return UnitPair(Unit("Article 1", 0, len(old), 1), Unit("Article 1", 0, len(new), 1))


def pages(blocks: list[Block], *, width: int = 90, lines: int = 40) -> list[str]:
    """Blocks laid out as plain text: lines of `width` characters, pages of `lines` lines."""
    wrapped: list[str] = []
    for block in blocks:
        line = ""
        for word in block.text.split():
            if line and len(line) + 1 + len(word) > width:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        wrapped.append(line)
    return ["\n".join(wrapped[i : i + lines]) for i in range(0, len(wrapped), lines)]


def passage(identifier: str, version: Version, quote: str, label: str) -> Annotation:
    unit = version.unit(label)
    start = version.text.index(quote, unit.start)
    anchor = Anchor(unit.page, (), TextQuote(quote), TextPosition(start, start + len(quote)))
    stamp = "2026-11-20T09:00:00.000Z"
    return Annotation(identifier, 1, anchor, "#e57373", "", (), "Léa", stamp, stamp)
