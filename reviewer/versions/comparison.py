"""What changed between two versions, unit by unit (article by article), word by word.

The pairs come from the alignment; this module only says what each pair became (added,
deleted, renumbered, modified, unchanged) and which words differ. Layout is not a change:
line and page breaks, spacing, and words hyphenated at a line end ("recon-\\nnaissance")
compare equal. Punctuation marks are words of their own, so a changed comma shows.

Each unit is compared without its heading line ("Article 7"): a new number is told by the
labels (RENUMBERED), not by a word change in every renumbered article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from reviewer.core.comparison import (
    APOSTROPHES,
    HYPHENS,
    Change,
    Comparison,
    Concerned,
    OpKind,
    Side,
    Unit,
    UnitChange,
    WordOp,
)
from reviewer.core.records import Annotation
from reviewer.versions.units import UnitPair

Opcode = tuple[str, int, int, int, int]  # as SequenceMatcher.get_opcodes() gives them

# A word (with its inner apostrophes and hyphens, and a hyphen that ends a line), or one
# punctuation mark.
_TOKEN = re.compile(rf"\w+(?:(?:[{APOSTROPHES}]|[{HYPHENS}](?:[ \t]*[\n\f]\s*)?)\w+)*|[^\w\s]")
_LINE_END = re.compile(r"[\n\f]")
_WORD_START = re.compile(r"\S")
_LINE_HYPHEN = re.compile(rf"(?<=\w)[{HYPHENS}][ \t]*[\n\f]\s*(?=\w)")
# Signs that differ only by the font or the software that made the PDF: compared as one.
# Each stays in its class (letter, joiner, punctuation), so the words stay the same words.
_FOLDS = (
    ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", "–"),
    ("\u2010", "-"), ("\u2011", "-"), ("\u00ad", "-"),
    ("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬀ", "ff"), ("ﬃ", "ffi"), ("ﬄ", "ffl"),
)  # fmt: skip
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# A new paragraph: a line that ends a sentence, then one opening "II. –", "3°", "b)" or «.
_PARAGRAPH = re.compile(r"(?<=[.;:!?»])[ \t]*[\n\f]\s*(?=[IVXLC]+\.\s*[–—-]|\d+°|[a-z]\)|«)")
_SENTENCE_END = frozenset(".;:!?")


def compare_units(old_text: str, new_text: str, pairs: Sequence[UnitPair]) -> Comparison:
    """The change of each pair; texts are the versions' document texts (pages joined by \\f)."""
    return Comparison(tuple(_unit_change(old_text, new_text, pair) for pair in pairs))


def annotations_by_change(
    comparison: Comparison,
    old_annotations: Sequence[Annotation],
    new_annotations: Sequence[Annotation],
) -> dict[int, tuple[Concerned, ...]]:
    """The passage annotations of either version in each unit, by index in `changes`.

    Old ones first, then new ones, each in text order. An old annotation carried into the new
    version is left out: the carried one stands for it, on the current text.
    """
    carried = {a.carry.source_id for a in new_annotations if a.carry}
    old = [a for a in old_annotations if a.id not in carried]
    found: dict[int, list[Concerned]] = {}
    for side, listed in ((Side.OLD, old), (Side.NEW, new_annotations)):
        finder = _UnitFinder(comparison, side)
        for annotation in sorted(_passages(listed), key=_start):
            index = finder.index(_start(annotation))
            if index is not None:
                touched = _touches(comparison.changes[index], annotation, side)
                found.setdefault(index, []).append(Concerned(annotation, side, touched))
    return {index: tuple(concerned) for index, concerned in sorted(found.items())}


# --- Words --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    """A unit's text after its heading line, and the keys of its words (what is compared)."""

    text: str  # the version's whole document text
    start: int  # where the first word begins (`end` if none)
    end: int
    keys: list[str]

    def spans(self) -> list[tuple[int, int]]:
        """Where each word is; asked for only when the two versions' keys differ."""
        return list(map(re.Match.span, _TOKEN.finditer(self.text, self.start, self.end)))

    def op(self, kind: OpKind, start: int, end: int) -> WordOp:
        return WordOp(kind, self._separator(start) + _reading(self.text[start:end]), start, end)

    def whole(self, kind: OpKind) -> tuple[WordOp, ...]:
        return (self.op(kind, self.start, self.end),) if self.keys else ()

    def _separator(self, start: int) -> str:
        """What reads before the word at `start`: nothing, a space or a new paragraph."""
        gap = start
        while gap > self.start and self.text[gap - 1].isspace():
            gap -= 1
        if gap == start:
            return ""
        paragraph = _PARAGRAPH.match(self.text, gap)
        return "\n" if paragraph and paragraph.end() == start else " "


def _body(text: str, unit: Unit) -> _Body:
    heading_end = _LINE_END.search(text, unit.start, unit.end)
    first_word = _WORD_START.search(text, heading_end.end(), unit.end) if heading_end else None
    start = first_word.start() if first_word else unit.end
    words = _TOKEN.findall(_folded(text[start : unit.end]))
    # Few words hold a hyphen: test before calling, for speed on long texts.
    keys = [_key(word) if "-" in word else word for word in words]
    return _Body(text, start, unit.end, keys)


def _folded(passage: str) -> str:
    for sign, common in _FOLDS:
        if sign in passage:  # a scan is much quicker than a copy
            passage = passage.replace(sign, common)
    return passage


def _key(word: str) -> str:
    """What is compared: a hyphen between letters does not count, so "procès-\\nverbal" cut
    at a line end equals "procès-verbal" (and "soussection" "sous-section")."""
    return _LETTER_HYPHEN.sub("", _LINE_HYPHEN.sub("-", word))


def _reading(passage: str) -> str:
    """A passage as it reads: words hyphenated at a line end whole again, each paragraph on a
    line, spaces and line breaks within a paragraph a single space."""
    passage = _LINE_HYPHEN.sub(_rejoined, passage).replace("\u00ad", "")
    return "\n".join(" ".join(part.split()) for part in _PARAGRAPH.split(passage))


def _rejoined(match: re.Match[str]) -> str:
    # Between two lower-case letters the hyphen only cut the word; elsewhere it is its own.
    text, before, after = match.string, match.start() - 1, match.end()
    if match.group()[0] == "\u00ad" or (text[before].islower() and text[after].islower()):
        return ""
    return match.group()[0]


# --- Units --------------------------------------------------------------------------------


def _unit_change(old_text: str, new_text: str, pair: UnitPair) -> UnitChange:
    if pair.old is None and pair.new is None:
        raise ValueError("a unit pair needs at least one side")
    if pair.old is None:
        return UnitChange(Change.ADDED, None, pair.new, _body(new_text, pair.new).whole("insert"))
    if pair.new is None:
        deleted = _body(old_text, pair.old).whole("delete")
        return UnitChange(Change.DELETED, pair.old, None, deleted)
    ops = _ops(_body(old_text, pair.old), _body(new_text, pair.new))
    if pair.old.label != pair.new.label:
        kind = Change.RENUMBERED
    elif any(op.kind != "equal" for op in ops):
        kind = Change.MODIFIED
    else:
        kind = Change.UNCHANGED
    return UnitChange(kind, pair.old, pair.new, ops, pair.similarity)


def _ops(old: _Body, new: _Body) -> tuple[WordOp, ...]:
    if old.keys == new.keys:
        return new.whole("equal")
    old_spans, new_spans = old.spans(), new.spans()
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in _opcodes(old.keys, new.keys):
        if tag in ("delete", "replace"):
            ops.append(old.op("delete", old_spans[i1][0], old_spans[i2 - 1][1]))
        if tag in ("insert", "replace"):
            ops.append(new.op("insert", new_spans[j1][0], new_spans[j2 - 1][1]))
        if tag == "equal":
            ops.append(new.op("equal", new_spans[j1][0], new_spans[j2 - 1][1]))
    return tuple(ops)


def _opcodes(old: list[str], new: list[str]) -> list[Opcode]:
    """Sentences are matched first, then words only inside the sentences that differ.

    Matching whole sentences is quick on a long unit, and the words of a changed sentence
    are few. Without `autojunk`, frequent words ("de", ",") can anchor a match too.
    """
    old_cuts, new_cuts = _sentence_cuts(old), _sentence_cuts(new)
    old_sentences = [tuple(old[a:b]) for a, b in itertools.pairwise(old_cuts)]
    new_sentences = [tuple(new[a:b]) for a, b in itertools.pairwise(new_cuts)]
    matcher = SequenceMatcher(None, old_sentences, new_sentences, autojunk=False)
    merged: list[Opcode] = []
    for tag, s1, s2, t1, t2 in matcher.get_opcodes():
        i1, i2, j1, j2 = old_cuts[s1], old_cuts[s2], new_cuts[t1], new_cuts[t2]
        if tag == "replace":
            inner = SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
            for code in inner.get_opcodes():
                _merge(merged, _shifted(code, i1, j1))
        else:
            _merge(merged, (tag, i1, i2, j1, j2))
    return merged


def _sentence_cuts(keys: list[str]) -> list[int]:
    """Where sentences start, and the end: a sentence ends with . ; : ! or ?."""
    cuts = [0] + [i + 1 for i, key in enumerate(keys) if key in _SENTENCE_END]
    if cuts[-1] != len(keys):
        cuts.append(len(keys))
    return cuts


def _shifted(code: Opcode, old_offset: int, new_offset: int) -> Opcode:
    tag, i1, i2, j1, j2 = code
    return tag, i1 + old_offset, i2 + old_offset, j1 + new_offset, j2 + new_offset


def _merge(codes: list[Opcode], code: Opcode) -> None:
    """Append `code`, joined to the last one when they are of the same kind."""
    if codes and codes[-1][0] == code[0]:
        tag, i1, _, j1, _ = codes[-1]
        codes[-1] = (tag, i1, code[2], j1, code[4])
    else:
        codes.append(code)


# --- Annotations --------------------------------------------------------------------------


class _UnitFinder:
    """Which change holds an offset of one version's text."""

    def __init__(self, comparison: Comparison, side: Side) -> None:
        sides = [(change.unit(side), i) for i, change in enumerate(comparison.changes)]
        units = [(unit, index) for unit, index in sides if unit is not None]
        self._units = sorted(units, key=lambda item: item[0].start)
        self._starts = [unit.start for unit, _ in self._units]

    def index(self, offset: int) -> int | None:
        at = bisect.bisect_right(self._starts, offset) - 1
        if at < 0:
            return None
        unit, index = self._units[at]
        return index if offset < unit.end else None


def _passages(annotations: Sequence[Annotation]) -> Iterator[Annotation]:
    return (a for a in annotations if a.target == "passage" and not a.deleted)


def _start(annotation: Annotation) -> int:
    return annotation.anchor.position.start


def _touches(change: UnitChange, annotation: Annotation, side: Side) -> bool:
    kind = "delete" if side is Side.OLD else "insert"
    start = _start(annotation)
    end = max(annotation.anchor.position.end, start + 1)
    return any(op.kind == kind and op.start < end and start < op.end for op in change.ops)
