"""Pair the units (articles) of two versions of a text, by content first, labels second.

An article inserted early renumbers every later one: old "Article 3" is new "Article 4".
So units pair by what they say, compared as sets of word shingles, in an order-preserving
alignment (the dynamic programming of a sequence alignment); an equal label only adds a
bonus, enough for a heavily rewritten article to keep its namesake.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.comparison import Unit
from reviewer.versions.units import UnitPair

SHINGLE = 3  # words per shingle
LABEL_BONUS = 0.3  # an equal label is worth this much similarity
MIN_PAIRING = 0.25  # a pair must be worth this much (similarity + bonus) to be made
# A shingle found in more than this share of the units says nothing about which pairs with
# which ("le présent article", "est ainsi modifié"); leaving it out keeps the count fast.
COMMON_SHARE = 0.1
COMMON_FLOOR = 8

_WORD = re.compile(r"\w+")
_Shingle = tuple[str, ...]

# How a cell of the alignment was reached, for the trace back.
_PAIR, _OLD_ONLY, _NEW_ONLY = 1, 2, 3


@dataclass(frozen=True)
class _Shingled:
    """The word shingles of each unit of both versions."""

    old: list[frozenset[_Shingle]]
    new: list[frozenset[_Shingle]]


def align_units(
    old_text: str, old_units: Sequence[Unit], new_text: str, new_units: Sequence[Unit]
) -> list[UnitPair]:
    """Every old and new unit once, paired or alone, in reading order.

    A deleted old unit comes where it stood, before the units added at the same place.
    """
    every = _Shingled(
        [_shingles(_body(old_text, unit)) for unit in old_units],
        [_shingles(_body(new_text, unit)) for unit in new_units],
    )
    namesakes = _namesakes(old_units, new_units)
    similarity = _similarities(_informative(every), namesakes)
    values = _values(len(old_units), len(new_units), similarity, namesakes)
    steps = _trace(_fill(values, len(new_units)))
    return _pairs(_gaps_filled(steps, every, namesakes), old_units, new_units, every)


# --- Similarity -----------------------------------------------------------------------------


def _body(text: str, unit: Unit) -> str:
    """The unit's text without its heading line, which renumbering changes."""
    body = text[unit.start : unit.end]
    first_break = body.find("\n")
    return body[first_break + 1 :] if first_break >= 0 else ""


def _shingles(text: str) -> frozenset[_Shingle]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(zip(*(words[i:] for i in range(SHINGLE)), strict=False))


def _informative(every: _Shingled) -> _Shingled:
    """Only the shingles that tell units apart (see COMMON_SHARE)."""
    old, new = every.old, every.new
    counts: Counter[_Shingle] = Counter()
    for shingles in (*old, *new):
        counts.update(shingles)
    limit = max(COMMON_FLOOR, int(COMMON_SHARE * (len(old) + len(new))))
    common = {shingle for shingle, count in counts.items() if count > limit}
    if not common:
        return every
    return _Shingled([s - common for s in old], [s - common for s in new])


def _namesakes(old_units: Sequence[Unit], new_units: Sequence[Unit]) -> set[tuple[int, int]]:
    """The (old, new) pairs of units with the same label."""
    by_label: defaultdict[str, list[int]] = defaultdict(list)
    for j, unit in enumerate(new_units):
        by_label[unit.label].append(j)
    return {(i, j) for i, unit in enumerate(old_units) for j in by_label.get(unit.label, ())}


def _similarities(
    shingled: _Shingled, namesakes: set[tuple[int, int]]
) -> dict[tuple[int, int], float]:
    """Jaccard similarity of the pairs that can be paired: namesakes, or alike enough."""
    holders: defaultdict[_Shingle, list[int]] = defaultdict(list)
    for j, shingles in enumerate(shingled.new):
        for shingle in shingles:
            holders[shingle].append(j)
    similarity: dict[tuple[int, int], float] = {}
    for i, shingles in enumerate(shingled.old):
        shared: Counter[int] = Counter()
        for shingle in shingles:
            shared.update(holders.get(shingle, ()))
        for j, count in shared.items():
            alike = count / (len(shingles) + len(shingled.new[j]) - count)
            if alike >= MIN_PAIRING or (i, j) in namesakes:
                similarity[i, j] = alike
    return similarity


def _values(
    old_count: int,
    new_count: int,
    similarity: dict[tuple[int, int], float],
    namesakes: set[tuple[int, int]],
) -> list[list[float]]:
    """What pairing each two units is worth: similarity, plus a bonus for an equal label;
    0 (never paired) below MIN_PAIRING."""
    values = [[0.0] * new_count for _ in range(old_count)]
    for i, j in similarity.keys() | namesakes:
        value = similarity.get((i, j), 0.0) + (LABEL_BONUS if (i, j) in namesakes else 0.0)
        values[i][j] = value if value >= MIN_PAIRING else 0.0
    return values


# --- Alignment ------------------------------------------------------------------------------


def _fill(values: list[list[float]], columns: int) -> list[bytearray]:
    """The best total value of pairs over every prefix pair, keeping how each cell was reached."""
    rows = len(values)
    previous = [0.0] * (columns + 1)
    moves = [bytearray([_NEW_ONLY]) * (columns + 1)]
    for i in range(1, rows + 1):
        current = [0.0] * (columns + 1)
        row_moves = bytearray(columns + 1)
        row_moves[0] = _OLD_ONLY
        row_values = values[i - 1]
        for j in range(1, columns + 1):
            best, move = previous[j], _OLD_ONLY
            if current[j - 1] > best:
                best, move = current[j - 1], _NEW_ONLY
            value = row_values[j - 1]
            if value and previous[j - 1] + value > best:
                best, move = previous[j - 1] + value, _PAIR
            current[j] = best
            row_moves[j] = move
        moves.append(row_moves)
        previous = current
    return moves


def _trace(moves: list[bytearray]) -> list[tuple[int, int]]:
    """The alignment from the end back: (i, j) for a pair, (i, -1) or (-1, j) for a lone unit."""
    i, j = len(moves) - 1, len(moves[0]) - 1
    steps: list[tuple[int, int]] = []
    while i > 0 or j > 0:
        move = moves[i][j] if i and j else (_OLD_ONLY if i else _NEW_ONLY)
        if move == _PAIR:
            steps.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif move == _OLD_ONLY:
            steps.append((i - 1, -1))
            i -= 1
        else:
            steps.append((-1, j - 1))
            j -= 1
    steps.reverse()
    return steps


def _gaps_filled(
    steps: list[tuple[int, int]], every: _Shingled, namesakes: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The steps with the units left alone between two pairs aligned again, on all their
    shingles: short articles made of common phrases ("est ainsi modifié", "le dernier alinéa
    est supprimé") have no informative shingle, yet pair with the one in the same gap."""
    filled: list[tuple[int, int]] = []
    gap: list[tuple[int, int]] = []
    for step in [*steps, (-2, -2)]:  # a last pair closes the last gap
        if step[0] == -1 or step[1] == -1:
            gap.append(step)
            continue
        olds = [i for i, _ in gap if i >= 0]
        news = [j for _, j in gap if j >= 0]
        if olds and news:
            values = [[_gap_value(every, namesakes, i, j) for j in news] for i in olds]
            gap = [
                (olds[i] if i >= 0 else -1, news[j] if j >= 0 else -1)
                for i, j in _trace(_fill(values, len(news)))
            ]
        filled += gap
        gap = []
        if step[0] >= 0:
            filled.append(step)
    return filled


def _gap_value(every: _Shingled, namesakes: set[tuple[int, int]], i: int, j: int) -> float:
    value = _jaccard(every.old[i], every.new[j]) + (LABEL_BONUS if (i, j) in namesakes else 0.0)
    return value if value >= MIN_PAIRING else 0.0


def _pairs(
    steps: list[tuple[int, int]],
    old_units: Sequence[Unit],
    new_units: Sequence[Unit],
    every: _Shingled,
) -> list[UnitPair]:
    pairs: list[UnitPair] = []
    deleted: list[UnitPair] = []  # lone units between two pairs: deleted first, then added
    added: list[UnitPair] = []
    for i, j in steps:
        if i >= 0 and j >= 0:
            pairs += deleted + added
            deleted, added = [], []
            alike = _jaccard(every.old[i], every.new[j])
            pairs.append(UnitPair(old_units[i], new_units[j], alike))
        elif i >= 0:
            deleted.append(UnitPair(old_units[i], None))
        else:
            added.append(UnitPair(None, new_units[j]))
    return pairs + deleted + added


def _jaccard(first: frozenset[_Shingle], second: frozenset[_Shingle]) -> float:
    """How alike two units are, on all their shingles (1.0 for two empty ones)."""
    union = len(first | second)
    return len(first & second) / union if union else 1.0
