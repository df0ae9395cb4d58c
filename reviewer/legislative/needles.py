"""What every match of a rule must contain, so that most rules are ruled out at once.

A rule's regex is tried at each position of a text; a leading `\\b` or an alternation
defeats the engine's own scan for a literal prefix, so a miss costs ~100 µs on a
page, and most rules miss most documents. The strings found here are looked for in
the folded text by a plain substring search (~1 µs).
"""

from __future__ import annotations

import functools
import re
from typing import Any

try:  # The parser's tree is the only exact reading of a pattern; without it, no shortcut.
    from re import _constants as sre
    from re import _parser
except ImportError:  # pragma: no cover - another Python's layout
    _parser = None

# Shorter literals are in most texts: testing them would only cost time.
MIN_NEEDLE = 3
# Case-insensitive matching pairs these, which lower() does not ("İ" lowers to "i" and a
# combining dot; the regex engine pairs it with "i").
_EXTRA_PAIRS = (("i\u0307", "i"), ("ı", "i"), ("ſ", "s"), ("μ", "µ"))
# Beyond Latin, case-insensitive matching pairs more letters (Greek, Cyrillic): no needle.
_LATIN_END = "\u0250"


def fold(text: str) -> str:
    """The text as needles are looked for in it: every case-insensitive pair made one."""
    folded = text.lower()
    for extra, letter in _EXTRA_PAIRS:  # str.translate would take ten times as long.
        folded = folded.replace(extra, letter)
    return folded


@functools.cache
def needles(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Folded strings of which every match contains at least one; () if none is known."""
    if _parser is None:
        return ()
    try:
        return _of_sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except (re.error, ValueError, TypeError, AttributeError):  # An unknown tree: no shortcut.
        return ()


def might_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when `folded` (a text through `fold`) cannot contain a match."""
    found = needles(pattern)
    return not found or any(needle in folded for needle in found)


def _of_sequence(items: list[tuple[Any, Any]]) -> tuple[str, ...]:
    """Needles of a sequence, every item of which a match goes through in turn."""
    longest = max(_literal_runs(items), key=len)
    if len(longest) >= MIN_NEEDLE and max(longest) < _LATIN_END:
        return (longest,)
    for op, value in items:
        if op is sre.BRANCH:
            alternatives = [_of_sequence(list(branch)) for branch in value[1]]
            if all(alternatives):
                return tuple(needle for found in alternatives for needle in found)
        elif op is sre.SUBPATTERN and (found := _of_sequence(list(value[3]))):
            return found  # A group: (number, flags added, flags removed, items).
    return ()


def _literal_runs(items: list[tuple[Any, Any]]) -> list[str]:
    """The runs of literal characters of a sequence, folded."""
    runs, run = [], []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
        else:
            runs.append(fold("".join(run)))
            run = []
    return [*runs, fold("".join(run))]
