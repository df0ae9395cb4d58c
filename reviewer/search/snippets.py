"""Snippets: a short excerpt of a hit's text, with the words that matched.

One fragment around the most distinct matches, or two if that shows more,
joined by " … ". Whitespace is collapsed; spans are offsets in the snippet text.
"""

from __future__ import annotations

import re

from reviewer.core.records import Snippet
from reviewer.search.highlight import Highlights, Match

WIDTH = 200
LEAD = 40  # Characters shown before the first match of a fragment.
ELLIPSIS = "…"
_SPACE = re.compile(r"\s")


def make_snippet(text: str, highlights: Highlights, *, width: int = WIDTH) -> Snippet:
    """An excerpt of about `width` characters around the best matches."""
    matches = highlights.find(text)
    if not matches:
        return _render(text, [_window(text, 0, 0, width)], [])
    return _render(text, _windows(text, matches, width), matches)


def _windows(text: str, matches: list[Match], width: int) -> list[tuple[int, int]]:
    """One window with the most distinct matches, or two half windows if that shows more."""
    best = max(matches, key=lambda match: _coverage(text, matches, match, width))
    whole = _window(text, best.start, best.end, width)
    shown = {m.what for m in matches if whole[0] <= m.start and m.end <= whole[1]}
    other = next((m for m in matches if m.what not in shown), None)
    if other is None:
        return [whole]
    first = _window(text, best.start, best.end, width // 2)
    second = _window(text, other.start, other.end, width // 2)
    first, second = sorted((first, second))
    if second[0] <= first[1]:
        return [(first[0], max(first[1], second[1]))]
    return [first, second]


def _coverage(text: str, matches: list[Match], anchor: Match, width: int) -> tuple[int, int]:
    start, end = _window(text, anchor.start, anchor.end, width)
    inside = [m for m in matches if start <= m.start and m.end <= end]
    return len({m.what for m in inside}), len(inside)


def _window(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """About `width` characters holding text[start:end], cut between words."""
    begin = max(0, min(start - LEAD, len(text) - width))
    stop = max(end, min(len(text), begin + width))
    if begin > 0:
        space = _SPACE.search(text, begin, start)
        begin = space.end() if space else begin
    if stop < len(text):
        space = max(text.rfind(" ", end, stop), text.rfind("\n", end, stop))
        stop = space if space >= 0 else stop
    return begin, stop


def _render(text: str, windows: list[tuple[int, int]], matches: list[Match]) -> Snippet:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for index, (begin, stop) in enumerate(windows):
        lead = ELLIPSIS + " " if begin > 0 or index > 0 else ""
        fragment, offsets = _collapsed(text[begin:stop])
        base = length + len(lead)
        for match in matches:
            if begin <= match.start and match.end <= stop:
                first, last = match.start - begin, match.end - 1 - begin
                spans.append((base + offsets[first], base + offsets[last] + 1))
        parts.append(lead + fragment)
        length = base + len(fragment) + 1
    tail = " " + ELLIPSIS if windows[-1][1] < len(text.rstrip()) else ""
    return Snippet(" ".join(parts) + tail, _merged(spans))


def _collapsed(segment: str) -> tuple[str, list[int]]:
    """The segment trimmed, runs of whitespace made one space, and where each of its
    characters lands in the result."""
    chars: list[str] = []
    offsets: list[int] = []
    gap = False
    for char in segment:
        if char.isspace():
            gap = bool(chars)
            offsets.append(len(chars) + gap)
            continue
        if gap:
            chars.append(" ")
            gap = False
        offsets.append(len(chars))
        chars.append(char)
    return "".join(chars), offsets


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)
