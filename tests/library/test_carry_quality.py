"""Carrying annotations to an amended bill, measured against the generator's ground truth.

A small version of `benchmarks/versions.py`: a ~20-page bill, 60 passages highlighted as a
reader selects them (one highlight per page), a few amendments, then `add_version`.
"""

from __future__ import annotations

import re

import pytest

from reviewer.core.records import CarryStatus
from reviewer.library import Library
from reviewer.samples import bill
from reviewer.samples.amending import (
    COMMISSION,
    Fate,
    amend,
    choose_passages,
    expected_places,
    places,
    split_at_pages,
)


def _text(library: Library, document_id: int) -> str:
    return "\f".join(page.text for page in library.pages(document_id))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Seeds with passages of every fate, whose PDFs write_pdf renders whole (it drops blocks
# of some documents at page breaks).
@pytest.mark.parametrize("seed", [3, 5])
def test_carried_annotations_land_where_their_text_survives(tmp_path, seed):
    old = bill(seed, articles=24)
    amended = amend(old, seed, operations=20, mix=COMMISSION)
    old.write(tmp_path / "old.pdf")
    amended.new.write(tmp_path / "new.pdf")
    with Library(tmp_path / "library") as library:
        old_id = library.import_paths([tmp_path / "old.pdf"]).outcomes[0].document_id
        new_id = library.import_paths([tmp_path / "new.pdf"]).outcomes[0].document_id
        old_text, new_text = _text(library, old_id), _text(library, new_id)
        planned = choose_passages(old, seed, 60)
        located = places(old, [p.span for p in planned], old_text)
        parts = [
            part
            for passage, place in zip(planned, located, strict=True)
            for part in split_at_pages(passage, place, old_text)
        ]
        page_starts = [0, *(m.end() for m in re.finditer("\f", old_text))]
        sources = []
        for place in places(old, [part.span for part in parts], old_text):
            page, first = place.block + 1, page_starts[place.block]
            made = library.highlight(old_id, page, place.start - first, place.end - first)
            sources.append(made.id)
        truths = amended.truth(parts)
        expected = expected_places(truths, amended.new, new_text)

        report = library.add_version(new_id, of=old_id)

    carried = {a.carry.source_id: a for a in report.carried}
    survivors = correct = 0
    silently_wrong = []
    for truth, place, source in zip(truths, expected, sources, strict=True):
        annotation = carried[source]
        status = annotation.carry.status
        span = annotation.anchor.position.start, annotation.anchor.position.end
        if truth.fate is Fate.SURVIVES:
            assert place is not None, "the new PDF lacks a surviving passage"
            survivors += 1
            right = status is not CarryStatus.ORPHANED and _trimmed(new_text, *span) == _trimmed(
                new_text, place.start, place.end
            )
            correct += right
            if status is CarryStatus.EXACT and not right:
                silently_wrong.append(truth.passage)
        elif status is CarryStatus.EXACT:
            silently_wrong.append(truth.passage)
    assert survivors >= 50
    assert {truth.fate for truth in truths} - {Fate.DELETED} == {Fate.SURVIVES, Fate.TOUCHED}
    assert correct / survivors >= 0.98
    assert silently_wrong == []
