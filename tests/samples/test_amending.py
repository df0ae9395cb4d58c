from __future__ import annotations

import re

import pytest

from reviewer.pdf import read_document
from reviewer.samples import bill
from reviewer.samples.amending import (
    REFLOW,
    Fate,
    amend,
    choose_passages,
    expected_places,
    places,
    split_at_pages,
    text_of,
)


def _flat(text: str) -> str:
    """Whitespace collapsed, and lines broken after a hyphen joined ("outre-\\nmer")."""
    return " ".join(re.sub(r"-[\n\f](?=\w)", "-", text).split())


def _headings(document) -> list[str]:
    return [block.text for block in document.blocks if block.style == "h3"]


def _number(heading: str) -> int:
    name = heading.split()[1]
    return 1 if name == "premier" else int(name)


def _pdf_text(document, path) -> str:
    document.write(path)
    return "\f".join(page.text for page in read_document(path).pages)


def test_the_same_seed_gives_the_same_version_and_passages():
    document = bill(3, articles=12)

    assert amend(document, 5, operations=20) == amend(document, 5, operations=20)
    assert amend(document, 5, operations=20).new != amend(document, 6, operations=20).new
    assert choose_passages(document, 1, 30) == choose_passages(document, 1, 30)


def test_an_inserted_article_renumbers_the_following_ones():
    document = bill(3, articles=12)

    amended = amend(document, 2, operations=1, mix={"insert_article": 1})

    old, new = _headings(document), _headings(amended.new)
    [edit] = amended.edits
    label = re.match(r"new (Article [^,]+),", edit.detail).group(1)
    position = old.index(label)
    assert len(new) == len(old) + 1
    assert new[: position + 1] == old[: position + 1]  # the new article takes the number...
    for before, after in zip(old[position:], new[position + 1 :], strict=True):
        assert _number(after) == _number(before) + 1  # ...and the next ones move up
        assert before.split()[2:] == after.split()[2:]  # "bis" stays "bis"


def test_a_bis_article_renumbers_nothing():
    document = bill(3, articles=12)

    amended = amend(document, 4, operations=1, mix={"insert_article_bis": 1})

    old, new = _headings(document), _headings(amended.new)
    [added] = [heading for heading in new if heading not in old]
    assert [heading for heading in new if heading != added] == old
    assert re.fullmatch(r"Article \S+ (bis|ter|quater)", added)
    assert new.index(added) > 0 and _number(new[new.index(added) - 1]) == _number(added)


def test_a_deleted_article_is_gone_or_marked_deleted():
    document = bill(3, articles=12)

    for seed in range(6):
        amended = amend(document, seed, operations=1, mix={"delete_article": 1})
        old, new = _headings(document), _headings(amended.new)
        if "(Supprimé)" in amended.edits[0].detail:
            assert new == old
            assert "(Supprimé)" in [block.text for block in amended.new.blocks]
        else:
            assert len(new) == len(old) - 1
            assert [_number(h) for h in new if len(h.split()) == 2] == list(
                range(1, len(new) - sum(len(h.split()) > 2 for h in new) + 1)
            )


def test_a_deleted_sentence_is_gone():
    document = bill(3, articles=12)

    amended = amend(document, 1, operations=1, mix={"delete_sentence": 1})

    [edit] = amended.edits
    sentence = edit.detail.removeprefix("- « ").removesuffix(" »")
    assert text_of(amended.new).count(sentence) == text_of(document).count(sentence) - 1


def test_the_ground_truth_follows_every_passage():
    document = bill(3, articles=20)
    amended = amend(document, 5, operations=60)
    passages = choose_passages(document, 1, 200)
    new = text_of(amended.new)

    truths = amended.truth(passages)

    fates = {truth.fate for truth in truths}
    assert fates == {Fate.SURVIVES, Fate.TOUCHED, Fate.DELETED}
    for truth in truths:
        assert _flat(text_of(document)[truth.passage.span.start : truth.passage.span.end]) == _flat(
            truth.passage.text
        )
        if truth.fate is Fate.DELETED:
            assert truth.place is None
            continue
        found = _flat(new[truth.place.start : truth.place.end])
        if truth.fate is Fate.SURVIVES:
            assert found == _flat(truth.passage.text)
            block_start = sum(len(b.text) + 1 for b in amended.new.blocks[: truth.place.block])
            block_end = block_start + len(amended.new.blocks[truth.place.block].text)
            assert block_start <= truth.place.start < block_end
        else:
            assert found != _flat(truth.passage.text)


def test_a_sentence_moved_to_another_article_survives_there():
    document = bill(3, articles=12)
    amended = amend(document, 3, operations=1, mix={"move_sentence": 1})
    [edit] = amended.edits
    moved = re.match(r"« (.*) » → ", edit.detail).group(1)
    start = text_of(document).index(moved)
    passage = next(
        p for p in choose_passages(document, 0, 2000) if start <= p.span.start < start + len(moved)
    )

    [truth] = amended.truth([passage])

    assert truth.fate is Fate.SURVIVES
    assert text_of(amended.new).index(moved) <= truth.place.start


def test_a_reflow_keeps_every_word_and_moves_the_breaks():
    document = bill(3, articles=12)

    amended = amend(document, 2, operations=10, mix=REFLOW)

    assert _flat(text_of(amended.new)) == _flat(text_of(document))
    assert len(amended.new.blocks) != len(document.blocks)
    truths = amended.truth(choose_passages(document, 1, 100))
    assert {truth.fate for truth in truths} == {Fate.SURVIVES}


# Seeds whose PDFs write_pdf renders whole: it drops blocks of some others (page breaks).
@pytest.mark.parametrize("seed", [0, 8])
def test_the_expected_places_are_found_in_the_new_pdf(tmp_path, seed):
    document = bill(seed, articles=20)
    amended = amend(document, seed, operations=30)
    truths = amended.truth(choose_passages(document, seed, 120))
    extracted = _pdf_text(amended.new, tmp_path / "new.pdf")

    found = expected_places(truths, amended.new, extracted)

    assert _flat(extracted) == _flat(text_of(amended.new)), "write_pdf dropped some text"
    for truth, place in zip(truths, found, strict=True):
        if truth.fate is Fate.SURVIVES:
            assert _flat(extracted[place.start : place.end]) == _flat(truth.passage.text)
            assert extracted.count("\f", 0, place.start) == place.block
        elif truth.fate is Fate.DELETED:
            assert place is None


def test_passages_across_pages_become_one_per_page(tmp_path):
    document = bill(0, articles=20)
    passages = choose_passages(document, 2, 300)
    extracted = _pdf_text(document, tmp_path / "old.pdf")

    located = places(document, [p.span for p in passages], extracted)
    parts = {
        p.key: split_at_pages(p, where, extracted)
        for p, where in zip(passages, located, strict=True)
    }

    crossing = [key for key, split in parts.items() if len(split) > 1]
    assert crossing, "some passage should cross a page break"
    for passage in passages:
        assert _flat(" ".join(part.text for part in parts[passage.key])) == _flat(passage.text)
    every = [part for split in parts.values() for part in split]
    for where in places(document, [part.span for part in every], extracted):
        assert "\f" not in extracted[where.start : where.end]
