"""A word diff of an article before and after an amendment, for the preview."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from reviewer.core.drafting import DiffSegment

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(before: str, after: str) -> tuple[DiffSegment, ...]:
    """Alinéas compared first, words only within the alinéas that changed: a long article
    with one word amended is diffed in a few milliseconds."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    segments: list[DiffSegment] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(segments, "=", "".join(old[i1:i2]))
        else:
            _words(segments, "".join(old[i1:i2]), "".join(new[j1:j2]))
    return tuple(segments)


def _words(segments: list[DiffSegment], before: str, after: str) -> None:
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(segments, "=", "".join(old[i1:i2]))
            continue
        _add(segments, "-", "".join(old[i1:i2]))
        _add(segments, "+", "".join(new[j1:j2]))


def _add(segments: list[DiffSegment], kind: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = DiffSegment(kind, segments[-1].text + text)
    else:
        segments.append(DiffSegment(kind, text))


def marked(segments: Sequence[DiffSegment]) -> str:
    """The diff as plain text: [-removed-]{+added+}."""
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return "".join(marks[segment.kind].format(segment.text) for segment in segments)
