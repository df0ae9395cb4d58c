"""A document text normalised for matching, with the way back to the original offsets.

Two versions of a bill rarely break their lines, pages and words at the same places: the
normalised text collapses every run of whitespace (line ends and page breaks included) to
one space, joins words hyphenated at a line end (and drops the hyphen inside words, so that
"vidéo-\nprotection" and "vidéo-protection" agree), drops the space French typography puts
before ":" or "»", and unifies apostrophes, quotes, dashes and ligatures. Matching then
works on normalised offsets, and `original_span` turns a match back into offsets of the
text the user sees.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# Each alternative is one kind of edit. The cheap ones are found here; whether a hyphen
# follows a letter, or a space sits before ":" or after "«", is decided in `_replacement`.
_EDITS = re.compile(
    # "recon-\nnaissance" (also across a page break), and "vidéo-protection" too, so that a
    # compound split at its own hyphen ("vidéo-\nprotection") reads the same in both versions.
    r"(?P<hyphen>[-\u2010\u2011\u00ad](?:[^\S\n\f]*[\n\f]\s*)?(?=\w))"
    r"|(?P<soft>\u00ad)"
    r"|(?P<space>[^\S ]\s*| \s+| (?=[,.:;!?»)\]])|(?<=[«(\[]) )"
    r"|(?P<ligature>[\ufb00-\ufb06])"
)
_CLOSING = frozenset(",.:;!?»)]")  # no space before these: "article :" and "article:" alike
_OPENING = frozenset("«([")  # nor after these
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# One character for another: the offsets do not move.
_SAME_LENGTH = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u02bc", "'"),
    ("\u2032", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u2014", "\u2013"),  # em dash and en dash alike
    ("\u2012", "\u2013"),
    ("\u2010", "-"),
    ("\u2011", "-"),
)


@dataclass(frozen=True, eq=False)
class NormalText:
    """`text` normalised, and the map between its offsets and the original ones.

    The map is a list of segments in both texts: a copied run, where offsets move together,
    or an edit (a space for a line break, nothing for a line-end hyphen...).
    """

    text: str
    original_length: int
    _normal_marks: list[int] = field(repr=False)  # where each segment starts, normalised
    _original_marks: list[int] = field(repr=False)  # ... and in the original
    _copied: list[bool] = field(repr=False)

    def normal_offset(self, offset: int) -> int:
        """The normalised offset of an original one (inside an edit: just after it)."""
        if offset >= self.original_length:
            return len(self.text)
        index = bisect.bisect_right(self._original_marks, offset) - 1
        inside = offset - self._original_marks[index]
        if self._copied[index]:
            return self._normal_marks[index] + inside
        return self._normal_marks[index + (inside > 0)]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the normalised span [start, end)."""
        if start >= len(self.text):
            return self.original_length, self.original_length
        first = self._original_start(start)
        if end <= start:
            return first, first
        index = self._segment(end - 1)
        if self._copied[index]:
            return first, self._original_marks[index] + (end - 1 - self._normal_marks[index]) + 1
        return first, self._original_marks[index + 1]

    def _original_start(self, offset: int) -> int:
        index = self._segment(offset)
        if self._copied[index]:
            return self._original_marks[index] + offset - self._normal_marks[index]
        return self._original_marks[index]

    def _segment(self, offset: int) -> int:
        # The last segment starting at or before `offset`: past the empty ones (dropped text).
        return bisect.bisect_right(self._normal_marks, offset) - 1


def normalise(text: str) -> NormalText:
    """`text` normalised for matching, with its map back to `text`'s offsets."""
    pieces: list[str] = []
    normal_marks: list[int] = []
    original_marks: list[int] = []
    copied: list[bool] = []
    length = 0  # of the normalised text so far

    def add(piece: str, original_start: int, *, copy: bool) -> None:
        nonlocal length
        pieces.append(piece)
        normal_marks.append(length)
        original_marks.append(original_start)
        copied.append(copy)
        length += len(piece)

    kept = 0  # where the unedited run before the next edit begins
    for match in _EDITS.finditer(text):
        begin, finish = match.span()
        if begin > kept:
            add(text[kept:begin], kept, copy=True)
        add(_replacement(text, match), begin, copy=False)
        kept = finish
    if kept < len(text):
        add(text[kept:], kept, copy=True)
    # A closing mark, so that every segment has a next one.
    normal_marks.append(length)
    original_marks.append(len(text))
    copied.append(True)
    normal = "".join(pieces)
    for variant, usual in _SAME_LENGTH:  # str.replace is many times faster than translate
        if variant in normal:
            normal = normal.replace(variant, usual)
    return NormalText(normal, len(text), normal_marks, original_marks, copied)


def normal_form(text: str) -> str:
    """Just the normalised text, trimmed: for quotes and their context."""
    return normalise(text).text.strip()


def _replacement(text: str, edit: re.Match[str]) -> str:
    begin, finish = edit.span()
    before = text[begin - 1] if begin else ""
    after = text[finish] if finish < len(text) else ""
    kind = edit.lastgroup
    if kind == "space":
        return "" if after in _CLOSING or before in _OPENING else " "
    if kind == "ligature":
        return _LIGATURES[edit.group()]
    if kind == "soft" or edit.group()[0] == "\u00ad" or _is_word(before):
        return ""
    # A dash after a space or a sign: kept, and a line break after it is still a space.
    return edit.group()[0] + (" " if finish - begin > 1 else "")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
