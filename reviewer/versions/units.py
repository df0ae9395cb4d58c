"""The units two versions are compared by: articles, and the parts outside any article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reviewer.core.comparison import Unit
from reviewer.core.structure import Section

# Divisions that only group articles: their articles are the units, not they.
GROUPING_KINDS = frozenset({"titre", "chapitre", "section", "sous-section", "livre", "partie"})


@dataclass(frozen=True)
class UnitPair:
    """An old unit and the new unit it became; None on one side: added or deleted."""

    old: Unit | None
    new: Unit | None
    similarity: float = 0.0  # 0..1, how alike the two texts are; 0 when a side is None


def units_of(sections: Sequence[Section]) -> list[Unit]:
    """The units of a structure in reading order: articles, else the top-level parts."""
    return [Unit(s.label, s.start, s.end, s.page) for s in _walk(sections)]


def _walk(sections: Sequence[Section]) -> Iterator[Section]:
    for section in sections:
        if section.kind in GROUPING_KINDS:
            yield from _walk(section.children)
        else:
            yield section
