"""relocate: annotated passages carried to the new version of a bill, with an honest status."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

import pytest
from version_texts import Version, article_blocks, laid_out, print_and_read, shifted

from reviewer.core.errors import Cancelled
from reviewer.core.events import CancelToken
from reviewer.core.records import CarryStatus, TextQuote
from reviewer.pdf import Block
from reviewer.samples import bill
from reviewer.versions.alignment import align_units
from reviewer.versions.relocation import Passage, Relocation, relocate
from reviewer.versions.textmap import normal_form

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
    return print_and_read(blocks, tmp_path_factory.mktemp("bill") / "old.pdf")


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
    old = laid_out(blocks, width=90, lines=40)
    new = laid_out(blocks, width=64, lines=31, hyphens=True)
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
    new = print_and_read(amended, tmp_path / "new.pdf")

    [carried] = _carried(printed, new, [printed.passage(phrase)])

    assert carried.status is CHANGED
    assert new.shows(carried) == phrase.replace("recense", "répertorie")
    assert carried.unit == new.unit("Article 4")
    assert 0.6 < carried.score < 1.0


def test_a_deleted_sentence_leaves_its_passage_orphaned_on_itsarticle(blocks, printed, tmp_path):
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
    new = print_and_read(amended, tmp_path / "new.pdf")
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
    where = article_blocks(blocks, "Article 2").start
    amended = [
        *blocks[:where],
        Block("h3", "Article 2"),
        Block("p", INSERTED),
        *shifted(blocks[where:], 1),
    ]
    new = print_and_read(amended, tmp_path / "new.pdf")
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
    where = article_blocks(blocks, "Article 3").start + 1
    repeated = [*blocks[:where], Block("p", paragraph), Block("p", paragraph), *blocks[where:]]
    old, new = laid_out(repeated), laid_out(repeated, width=70)
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
    where = article_blocks(blocks, "Article 3").start + 1
    once = [*blocks[:where], Block("p", paragraph), *blocks[where:]]
    old = laid_out([*once[:where], Block("p", paragraph), *once[where:]])
    new = laid_out(once, width=70)
    phrase = " ".join(words[70:76])
    first = old.passage(phrase, within="Article 3")
    second = old.passage(phrase, "second", within="Article 3", after=first.end)

    carried = _carried(old, new, [first, second])

    assert [c.status for c in carried] == [MOVED, MOVED]
    assert [new.shows(c) for c in carried] == [normal_form(phrase)] * 2


def test_text_moved_out_of_a_deleted_article_is_found_in_the_whole_document(
    blocks, printed, tmp_path
):
    fifth = article_blocks(blocks, "Article 5")
    moved = blocks[fifth.stop - 1]
    second = article_blocks(blocks, "Article 2")
    amended = [
        *blocks[: second.stop],
        moved,
        *blocks[second.stop : fifth.start],
        *shifted(blocks[fifth.stop :], -1),
    ]
    new = print_and_read(amended, tmp_path / "new.pdf")
    phrase = " ".join(moved.text.split()[3:15])

    [carried] = _carried(printed, new, [printed.passage(phrase, within="Article 5")])

    assert carried.status is MOVED
    assert carried.unit == new.unit("Article 2")
    assert new.shows(carried) == normal_form(phrase)


def test_a_passage_of_a_deleted_article_with_its_text_gone_is_orphaned_on_the_document(
    blocks, printed, tmp_path
):
    fifth = article_blocks(blocks, "Article 5")
    amended = [*blocks[: fifth.start], *shifted(blocks[fifth.stop :], -1)]
    new = print_and_read(amended, tmp_path / "new.pdf")
    phrase = " ".join(blocks[fifth.stop - 1].text.split()[3:15])

    [carried] = _carried(printed, new, [printed.passage(phrase, within="Article 5")])

    assert (carried.status, carried.start, carried.end, carried.unit) == (ORPHANED, 0, 0, None)


def test_a_long_amended_passage_is_changed_and_covers_the_new_text(blocks):
    words = " ".join(block.text for block in blocks[12:30]).split()
    paragraph = " ".join(words[:700])
    assert len(paragraph) > 4000  # most of an article: too long to compare letter by letter
    where = article_blocks(blocks, "Article 4").start + 1
    old = laid_out([*blocks[:where], Block("p", paragraph), *blocks[where:]])
    amended = paragraph.replace(words[350], "réexaminent", 1)
    new = laid_out([*blocks[:where], Block("p", amended), *blocks[where:]], width=75)

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


def test_an_empty_quote_is_orphaned_on_itsarticle(printed):
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
    fourth = article_blocks(big, "Article 4").start
    amended = [*big[:fourth], Block("h3", "Article 4"), Block("p", INSERTED)]
    amended += shifted(big[fourth:], 1)
    tenth = article_blocks(amended, "Article 10").start + 1
    words = amended[tenth].text.split()
    amended[tenth] = Block("p", " ".join([*words[:5], "réexaminent", *words[6:]]))
    old, new = laid_out(big), laid_out(amended, width=80, hyphens=True)
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
