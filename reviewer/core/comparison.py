"""A comparison of two versions of a text, as the facade returns it: what became of each
unit (article), word by word, and the annotations each change concerns.

The matching that finds these lives in reviewer.versions; its records live here, so the
window and the command line can read a comparison without loading the matching.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.records import Annotation, Document
from reviewer.core.reports import LANGUAGES

OpKind = Literal["equal", "insert", "delete"]
HYPHENS = "-\u2010\u2011\u00ad"  # hyphen-minus, hyphen, non-breaking hyphen, soft hyphen
APOSTROPHES = "'’‘"
WORD = re.compile(rf"\w+(?:[{HYPHENS}{APOSTROPHES}]\w+)*")  # "-" first: not a range


@dataclass(frozen=True)
class Unit:
    """One article (or part such as the exposé des motifs) of one version."""

    label: str  # "Article 7 bis", "Exposé des motifs"
    start: int  # offsets in the version's document text (pages joined by "\f")
    end: int
    page: int  # 1-based page where the unit begins


class Change(StrEnum):
    """What became of a unit. A renumbered unit may also be modified: see `UnitChange.modified`."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    ADDED = "added"
    DELETED = "deleted"
    RENUMBERED = "renumbered"


class Side(StrEnum):
    OLD = "old"
    NEW = "new"


@dataclass(frozen=True)
class WordOp:
    """A run of words the two versions share ("equal"), or that one of them alone has.

    `text` reads as the version has it, each word after what separates it from the one
    before: nothing, a space, or "\\n" where a new paragraph begins (the first word's
    separator included). `start`/`end` are the offsets of the run in its version's document
    text: the old one for "delete", the new one for "insert" and "equal".
    """

    kind: OpKind
    text: str
    start: int
    end: int

    @property
    def words(self) -> int:
        """How many words the run holds, punctuation aside."""
        return len(WORD.findall(self.text))


@dataclass(frozen=True)
class UnitChange:
    """One unit in both versions: an unchanged unit has a single "equal" op (none if empty),
    an added unit one "insert", a deleted unit one "delete"."""

    change: Change
    old: Unit | None
    new: Unit | None
    ops: tuple[WordOp, ...]
    similarity: float = 0.0  # as the alignment measured it

    @property
    def label(self) -> str:
        """The unit's label in the new version, or in the old one if it was deleted."""
        return (self.new or self.old).label  # type: ignore[union-attr]

    def unit(self, side: Side) -> Unit | None:
        return self.old if side is Side.OLD else self.new

    @property
    def modified(self) -> bool:
        """Whether any word differs: true of added and deleted units, and of a renumbered
        one whose text changed too."""
        return any(op.kind != "equal" for op in self.ops)

    @property
    def inserted_words(self) -> int:
        return sum(op.words for op in self.ops if op.kind == "insert")

    @property
    def deleted_words(self) -> int:
        return sum(op.words for op in self.ops if op.kind == "delete")


@dataclass(frozen=True)
class Comparison:
    changes: tuple[UnitChange, ...]  # in reading order, as the pairs came

    def counts(self) -> dict[Change, int]:
        """How many units of each kind of change, every kind present (0 if none)."""
        counts = dict.fromkeys(Change, 0)
        for change in self.changes:
            counts[change.change] += 1
        return counts


@dataclass(frozen=True)
class Concerned:
    """An annotation that falls in a compared unit; `touched` when words it covers changed
    (deleted from the old version, or inserted in the new one)."""

    annotation: Annotation
    side: Side
    touched: bool


def page_span(text: str, unit: Unit) -> tuple[int, int]:
    """The first and last page (1-based) a unit of `text` covers."""
    return unit.page, unit.page + text.count("\f", unit.start, unit.end)


@dataclass(frozen=True)
class ComparisonReport:
    """Everything a comparison report shows; texts are the versions' document texts."""

    old: Document
    new: Document
    comparison: Comparison
    old_text: str
    new_text: str
    concerned: Mapping[int, Sequence[Concerned]]  # by index in comparison.changes
    author: str  # who made the report
    day: date
    lang: str = "fr"
    title: str = ""  # "Comparaison de versions" if empty

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ReviewerError(tr("unknown report language “{lang}”: fr or en", lang=self.lang))

    def document(self, side: Side) -> Document:
        return self.old if side is Side.OLD else self.new

    def text(self, side: Side) -> str:
        return self.old_text if side is Side.OLD else self.new_text

    def concerned_count(self) -> int:
        """How many annotations the changed units hold."""
        changes = self.comparison.changes
        return sum(
            len(self.concerned.get(index, ()))
            for index, change in enumerate(changes)
            if change.change is not Change.UNCHANGED
        )
