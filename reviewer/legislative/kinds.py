"""What a document is: an amendement, a question écrite, a projet de loi... or "other"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.kinds import OTHER, library_order
from reviewer.legislative.needles import fold, might_match
from reviewer.legislative.patterns import Use, head, rules

# A kind's confidence is its points over its points, its closest rival's and PRIOR: one
# decisive marker alone (3 points) gives 0.6, two give 0.75; a hint alone (1) gives 0.33.
PRIOR = 2.0
# Below this, the document is called "other": better no kind than a wrong one.
THRESHOLD = 0.5

_EVIDENCE = rules(Use.KIND)


@dataclass(frozen=True)
class KindGuess:
    """`confidence` is in [0, 1]; for "other", how far the likeliest kind was from it."""

    kind: str
    confidence: float
    reason: str


def detect_kind(pages: Sequence[str]) -> KindGuess:
    scores, notes = _evidence(head(pages))
    named = sorted((k for k in scores if k != OTHER), key=lambda k: (-scores[k], library_order(k)))
    confidence, doubt = 0.0, "no mark of a parliamentary document"
    if named:
        best = named[0]
        # Marks of a press or web page ("other") count as a rival like any kind's.
        rival = max((score for kind, score in scores.items() if kind != best), default=0.0)
        confidence = scores[best] / (scores[best] + rival + PRIOR)
        evidence = "; ".join(notes[best])
        if confidence >= THRESHOLD:
            return KindGuess(best, confidence, f"{best}: {evidence}")
        doubt = f"unsure, at best {best} ({confidence:.2f}: {evidence})"
    return KindGuess(OTHER, 1.0 - confidence, "; ".join([*notes.get(OTHER, ()), doubt]))


def _evidence(text: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Points per kind, and the notes of the rows that gave them."""
    scores: dict[str, float] = {}
    notes: dict[str, list[str]] = {}
    folded = fold(text)
    for rule in _EVIDENCE:
        if might_match(rule.pattern, folded) and rule.pattern.search(text):
            scores[rule.name] = scores.get(rule.name, 0.0) + rule.weight
            notes.setdefault(rule.name, []).append(rule.note)
    return scores, notes
