"""relocate: annotated passages carried to the new version of a bill, with an honest status."""

from __future__ import annotations

import re
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest

from reviewer.core.errors import Cancelled
from reviewer.core.events import CancelToken
from reviewer.core.records import CarryStatus, TextQuote
from reviewer.legislative.structure import detect_structure
from reviewer.pdf import Block, read_document, write_pdf
from reviewer.samples import bill
from reviewer.versions.alignment import align_units
from reviewer.versions.relocation import Passage, Relocation, relocate
from reviewer.versions.textmap import NormalText, normal_form, normalise
from reviewer.versions.units import Unit, units_of

EXACT, MOVED, CHANGED, ORPHANED = (
    CarryStatus.EXACT,
    CarryStatus.MOVED,
    CarryStatus.CHANGED,
    CarryStatus.ORPHANED,
)
INSERTED = (
    "Les exploitants des aéroports internationaux transmettent chaque trimestre au ministre "
    "chargé des transports un inventaire complet des équipements de contrôle des bagages."
)


@dataclass(frozen=True)
class Version:
    """One version of a bill as the program sees it: its text and its articles."""

    text: str
    units: list[Unit]

    def unit(self, label: str) -> Unit:
        return next(unit for unit in self.units if unit.label == label)

    @cached_property
    def normal(self) -> NormalText:
        return normalise(self.text)

    def passage(
        self, phrase: str, key: str = "p", *, within: str | None = None, after: int = 0
    ) -> Passage:
        """An annotation on `phrase` (found whatever the line breaks), as the viewer makes it:
        the first occurrence in the article `within`, or after the offset `after`."""
        normal = self.normal
        low = normal.normal_offset(max(after, self.unit(within).start if within else 0))
        at = normal.text.index(normal_form(phrase), low)
        start, end = normal.original_span(at, at + len(normal_form(phrase)))
        quote = TextQuote(
            self.text[start:end], self.text[max(0, start - 32) : start], self.text[end : end + 32]
        )
        return Passage(key, quote, start, end)

    def shows(self, carried: Relocation) -> str:
        """The text a carried annotation highlights, as one line."""
        return normal_form(self.text[carried.start : carried.end])


def _printed(blocks: Sequence[Block], path: Path) -> Version:
    """Blocks written to a PDF and read back, as an imported document is."""
    write_pdf(path, blocks)
    pages = [page.text for page in read_document(path).pages]
    return Version("\f".join(pages), units_of(detect_structure(pages)))


def _laid_out(
    blocks: Sequence[Block], *, width: int = 90, lines: int = 40, hyphens: bool = False
) -> Version:
    """Blocks laid out as a PDF's text: wrapped lines, pages, words hyphenated at line ends."""
    wrapped: list[str] = []
    for block in blocks:
        block_lines = textwrap.wrap(block.text, width, break_on_hyphens=False)
        if hyphens:
            block_lines = _hyphenated(block_lines)
        wrapped += block_lines
    pages = ["\n".join(wrapped[i : i + lines]) + "\n" for i in range(0, len(wrapped), lines)]
    return Version("\f".join(pages), units_of(detect_structure(pages)))


def _hyphenated(lines: list[str]) -> list[str]:
    """Long words at the start of a line cut and their head moved up: "recon-" / "naissance"."""
    result = list(lines)
    for i in range(len(result) - 1):
        word, _, rest = result[i + 1].partition(" ")
        if len(word) >= 9 and word.isalpha():
            result[i] += f" {word[:4]}-"
            result[i + 1] = word[4:] + (f" {rest}" if rest else "")
    return result


def _article(blocks: Sequence[Block], label: str) -> range:
    start = next(i for i, b in enumerate(blocks) if b.style == "h3" and b.text == label)
    end = next((i for i in range(start + 1, len(blocks)) if blocks[i].style != "p"), len(blocks))
    return range(start, end)


def _renumbered(blocks: Sequence[Block], by: int) -> list[Block]:
    def renumber(block: Block) -> Block:
        match = re.fullmatch(r"Article (\d+)(.*)", block.text)
        if block.style != "h3" or match is None:
            return block
        return Block("h3", f"Article {int(match.group(1)) + by}{match.group(2)}")

    return [renumber(block) for block in blocks]


def _edited(blocks: Sequence[Block], old: str, new: str) -> list[Block]:
    """The blocks with `old` replaced by `new` in the one block holding it."""
    holders = [i for i, block in enumerate(blocks) if old in block.text]
    assert len(holders) == 1, old
    block = blocks[holders[0]]
    return [
        *blocks[: holders[0]],
        Block(block.style, block.text.replace(old, new)),
        *blocks[holders[0] + 1 :],
    ]


def _carried(old: Version, new: Version, passages: Sequence[Passage]) -> list[Relocation]:
    pairs = align_units(old.text, old.units, new.text, new.units)
    return relocate(passages, old.text, new.text, pairs)


@pytest.fixture(scope="module")
def blocks() -> list[Block]:
    return list(bill(5, articles=6).blocks)


@pytest.fixture(scope="module")
def printed(blocks, tmp_path_factory) -> Version:
    return _printed(blocks, tmp_path_factory.mktemp("bill") / "old.pdf")


def _phrases(blocks: Sequence[Block]) -> list[str]:
    """A few words from the middle of every paragraph of every article."""
    phrases = []
    in_article = False
    for block in blocks:
        in_article = block.style == "h3" or (in_article and block.style == "p")
        words = block.text.split()
        if in_article and block.style == "p" and len(words) > 6:
            phrases.append(" ".join(words[2 : 2 + min(8, len(words) - 4)]))
    return phrases


# --- The same text -------------------------------------------------------------------------


def test_an_unchanged_text_carries_every_passage_exactly_where_it_was(blocks, printed):
    passages = [printed.passage(phrase, f"p{i}") for i, phrase in enumerate(_phrases(blocks))]

    carried = _carried(printed, printed, passages)

    assert len(passages) > 15
    assert [c.status for c in carried] == [EXACT] * len(passages)
    assert [(c.start, c.end) for c in carried] == [(p.start, p.end) for p in passages]
    assert [c.key for c in carried] == [p.key for p in passages]
    assert all(c.score == 1.0 and c.unit is not None for c in carried)


def test_reflowed_lines_pages_and_hyphenation_do_not_matter(blocks):
    old = _laid_out(blocks, width=90, lines=40)
    new = _laid_out(blocks, width=64, lines=31, hyphens=True)
    passages = [old.passage(phrase, f"p{i}") for i, phrase in enumerate(_phrases(blocks))]

    carried = _carried(old, new, passages)

    assert "-\n" in new.text
    assert any("-\n" in new.text[c.start : c.end] for c in carried)  # hyphenated words inside
    assert [c.status for c in carried] == [EXACT] * len(passages)
    assert [new.shows(c) for c in carried] == [normal_form(p.quote.exact) for p in passages]


def test_typography_differences_do_not_matter(corpus_dir):
    text = (corpus_dir / "an-question-ecrite-17e-leg-6750.txt").read_text(encoding="utf-8")
    old = Version(text, [])
    retyped = text.replace("'", "\u2019").replace(" :", "\u00a0:").replace(" ", "\n", 40)
    new = Version(retyped.replace("\n\n", "\n\f", 3), [])
    sentences = [s for s in re.split(r"(?<=\.)\s+", " ".join(text.split())) if len(s) > 80]
    passages = [old.passage(sentence[20:80], f"s{i}") for i, sentence in enumerate(sentences)]

    carried = _carried(old, new, passages)

    assert len(passages) >= 5
    assert [c.status for c in carried] == [EXACT] * len(passages)
    assert [new.shows(c) for c in carried] == [normal_form(p.quote.exact) for p in passages]


# --- Amended texts -------------------------------------------------------------------------


def test_a_word_changed_inside_the_quote_is_changed_and_shows_the_new_text(
    blocks, printed, tmp_path
):
    phrase = "Le préfet de police recense les sites de compétition"
    amended = _edited(blocks, "police recense les", "police répertorie les")
    new = _printed(amended, tmp_path / "new.pdf")

    [carried] = _carried(printed, new, [printed.passage(phrase)])

    assert carried.status is CHANGED
    assert new.shows(carried) == phrase.replace("recense", "répertorie")
    assert carried.unit == new.unit("Article 4")
    assert 0.6 < carried.score < 1.0


def test_a_deleted_sentence_leaves_its_passage_orphaned_on_its_article(blocks, printed, tmp_path):
    unique = (
        " La durée de conservation des manifestations sportives, récréatives ou culturelles"
        " ne peut excéder quinze jours."
    )
    # Deleted from Article 4, still in Article 2: the copy there is not this passage.
    copied = " Il en est rendu compte sans délai au préfet de police."
    # Twice in Article 2, deleted from its second paragraph: the first is another alinéa.
    twice = "renouvelable dans les mêmes conditions." + copied
    kept = "dans les collectivités d'outre-mer régies par l'article 73"
    amended = _edited(_edited(blocks, unique, ""), "libertés." + copied, "libertés.")
    amended = _edited(amended, twice, "renouvelable dans les mêmes conditions.")
    new = _printed(amended, tmp_path / "new.pdf")
    passages = [
        printed.passage(unique, "unique", within="Article 4"),
        printed.passage(copied, "copied", within="Article 4"),
        printed.passage(twice, "twice", within="Article 2"),
        printed.passage(kept, "kept", within="Article 4"),
    ]
    passages[2] = printed.passage(copied, "twice", after=passages[2].start)

    unique_gone, copy_gone, twice_gone, still = _carried(printed, new, passages)

    for gone, label in (
        (unique_gone, "Article 4"),
        (copy_gone, "Article 4"),
        (twice_gone, "Article 2"),
    ):
        article = new.unit(label)
        assert (gone.status, gone.start, gone.end, gone.unit) == (
            ORPHANED,
            article.start,
            article.start,
            article,
        )
    assert still.status is EXACT
    assert new.shows(still) == normal_form(kept)


def test_passages_follow_their_article_when_an_inserted_one_renumbers_it(blocks, printed, tmp_path):
    where = _article(blocks, "Article 2").start
    amended = [
        *blocks[:where],
        Block("h3", "Article 2"),
        Block("p", INSERTED),
        *_renumbered(blocks[where:], 1),
    ]
    new = _printed(amended, tmp_path / "new.pdf")
    # The same sentence opens Articles 2 and 6: each passage must stay with its own.
    opening = "Après l'article L. 333-1 du code du sport, il est inséré un article L. 333-1-1"
    passages = [
        printed.passage(opening, "a2", within="Article 2"),
        printed.passage("3° Le dernier alinéa est supprimé", "a3", within="Article 3"),
        printed.passage("les agents de sécurité privée contrôlent", "a4", within="Article 4"),
        printed.passage(opening, "a6", within="Article 6"),
    ]

    carried = _carried(printed, new, passages)

    assert [c.status for c in carried] == [EXACT] * 4
    labels = [c.unit.label if c.unit else None for c in carried]
    assert labels == ["Article 3", "Article 4", "Article 5", "Article 7"]
    assert [new.shows(c) for c in carried] == [normal_form(p.quote.exact) for p in passages]


def test_a_repeated_phrase_that_nothing_tells_apart_is_not_exact(blocks):
    # A long paragraph twice in a row in one article, the annotation on the second copy:
    # within reach, the text around it reads the same as around the first copy.
    words = " ".join(block.text for block in blocks[12:16]).split()
    paragraph = " ".join(words[:150])
    assert len(paragraph) > 900
    where = _article(blocks, "Article 3").start + 1
    repeated = [*blocks[:where], Block("p", paragraph), Block("p", paragraph), *blocks[where:]]
    old, new = _laid_out(repeated), _laid_out(repeated, width=70)
    phrase = " ".join(words[70:76])
    first = old.passage(phrase, within="Article 3")
    second = old.passage(phrase, "second", within="Article 3", after=first.end)

    [carried] = _carried(old, new, [second])

    assert carried.status is MOVED
    assert new.shows(carried) == normal_form(phrase)
    assert carried.unit == new.unit("Article 3")
    first_copy = new.passage(phrase, within="Article 3")
    assert carried.start > first_copy.end  # the nearer copy: the second


def test_a_repeated_phrase_left_once_is_not_exact_either(blocks):
    # As above, then one copy deleted: the one left may be either, nothing says which.
    words = " ".join(block.text for block in blocks[12:16]).split()
    paragraph = " ".join(words[:150])
    where = _article(blocks, "Article 3").start + 1
    once = [*blocks[:where], Block("p", paragraph), *blocks[where:]]
    old = _laid_out([*once[:where], Block("p", paragraph), *once[where:]])
    new = _laid_out(once, width=70)
    phrase = " ".join(words[70:76])
    first = old.passage(phrase, within="Article 3")
    second = old.passage(phrase, "second", within="Article 3", after=first.end)

    carried = _carried(old, new, [first, second])

    assert [c.status for c in carried] == [MOVED, MOVED]
    assert [new.shows(c) for c in carried] == [normal_form(phrase)] * 2


def test_text_moved_out_of_a_deleted_article_is_found_in_the_whole_document(
    blocks, printed, tmp_path
):
    fifth = _article(blocks, "Article 5")
    moved = blocks[fifth.stop - 1]
    second = _article(blocks, "Article 2")
    amended = [
        *blocks[: second.stop],
        moved,
        *blocks[second.stop : fifth.start],
        *_renumbered(blocks[fifth.stop :], -1),
    ]
    new = _printed(amended, tmp_path / "new.pdf")
    phrase = " ".join(moved.text.split()[3:15])

    [carried] = _carried(printed, new, [printed.passage(phrase, within="Article 5")])

    assert carried.status is MOVED
    assert carried.unit == new.unit("Article 2")
    assert new.shows(carried) == normal_form(phrase)


def test_a_passage_of_a_deleted_article_with_its_text_gone_is_orphaned_on_the_document(
    blocks, printed, tmp_path
):
    fifth = _article(blocks, "Article 5")
    amended = [*blocks[: fifth.start], *_renumbered(blocks[fifth.stop :], -1)]
    new = _printed(amended, tmp_path / "new.pdf")
    phrase = " ".join(blocks[fifth.stop - 1].text.split()[3:15])

    [carried] = _carried(printed, new, [printed.passage(phrase, within="Article 5")])

    assert (carried.status, carried.start, carried.end, carried.unit) == (ORPHANED, 0, 0, None)


def test_a_long_amended_passage_is_changed_and_covers_the_new_text(blocks):
    words = " ".join(block.text for block in blocks[12:30]).split()
    paragraph = " ".join(words[:700])
    assert len(paragraph) > 4000  # most of an article: too long to compare letter by letter
    where = _article(blocks, "Article 4").start + 1
    old = _laid_out([*blocks[:where], Block("p", paragraph), *blocks[where:]])
    amended = paragraph.replace(words[350], "réexaminent", 1)
    new = _laid_out([*blocks[:where], Block("p", amended), *blocks[where:]], width=75)

    [carried] = _carried(old, new, [old.passage(paragraph, within="Article 4")])

    assert carried.status is CHANGED
    assert new.shows(carried) == normal_form(amended)
    assert carried.unit == new.unit("Article 4")


# --- Odd inputs ----------------------------------------------------------------------------


def test_a_passage_whose_offsets_are_stale_is_found_by_its_quote_and_context(blocks, printed):
    good = printed.passage("les agents de sécurité privée contrôlent", within="Article 4")
    stale = Passage("stale", good.quote, good.start + 5000, good.end + 5000)

    [carried] = _carried(printed, printed, [stale])

    assert carried.status in (EXACT, MOVED)
    assert (carried.start, carried.end) == (good.start, good.end)


def test_an_empty_quote_is_orphaned_on_its_article(printed):
    unit = printed.unit("Article 3")
    empty = Passage("empty", TextQuote(" \n"), unit.start + 20, unit.start + 22)

    [carried] = _carried(printed, printed, [empty])

    assert (carried.status, carried.start, carried.end) == (ORPHANED, unit.start, unit.start)
    assert carried.unit == unit


def test_carrying_stops_when_cancelled(blocks, printed):
    cancel = CancelToken()
    cancel.cancel()
    passages = [printed.passage(phrase) for phrase in _phrases(blocks)[:3]]
    pairs = align_units(printed.text, printed.units, printed.text, printed.units)

    with pytest.raises(Cancelled):
        relocate(passages, printed.text, printed.text, pairs, cancel=cancel)


# --- Speed ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_thousand_passages_in_a_300_page_bill_are_carried_in_seconds():
    big = list(bill(21, articles=380).blocks)
    fourth = _article(big, "Article 4").start
    amended = [*big[:fourth], Block("h3", "Article 4"), Block("p", INSERTED)]
    amended += _renumbered(big[fourth:], 1)
    tenth = _article(amended, "Article 10").start + 1
    words = amended[tenth].text.split()
    amended[tenth] = Block("p", " ".join([*words[:5], "réexaminent", *words[6:]]))
    old, new = _laid_out(big), _laid_out(amended, width=80, hyphens=True)
    placed = _placed_phrases(big)[:1000]
    passages = [old.passage(p, f"p{i}", within=label) for i, (label, p) in enumerate(placed)]
    assert len(new.text) > 800_000 and len(passages) == 1000

    started = time.perf_counter()
    carried = _carried(old, new, passages)
    elapsed = time.perf_counter() - started

    assert elapsed < 8.0  # about 2 s on one core of a laptop
    assert sum(c.status is EXACT for c in carried) > 900
    assert sum(c.status is CHANGED for c in carried) >= 1
    shown = [new.shows(c) for c in carried if c.status is not CHANGED]
    assert shown == [
        normal_form(p.quote.exact)
        for p, c in zip(passages, carried, strict=True)
        if c.status is not CHANGED
    ]


def _placed_phrases(blocks: Sequence[Block]) -> list[tuple[str, str]]:
    """(article, phrase): runs of 8 words from the articles' paragraphs, each once."""
    placed, label, seen = [], "", set()
    for block in blocks:
        label = block.text if block.style == "h3" else label
        words = block.text.split()
        for start in range(0, len(words) - 8, 12) if label and block.style == "p" else ():
            phrase = " ".join(words[start : start + 8])
            if (label, phrase) not in seen:
                seen.add((label, phrase))
                placed.append((label.replace("Article premier", "Article 1er"), phrase))
    return placed
