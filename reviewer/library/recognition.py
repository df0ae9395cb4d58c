"""What the library knows of a legislative document: kind, metadata, structure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reviewer.core.records import Annotation
from reviewer.legislative import Section, detect_kind, detect_metadata, locate


def detect(pages: Sequence[str]) -> dict[str, Any]:
    """Kind (with its confidence) and stated metadata, as the store keeps them."""
    guess = detect_kind(pages)
    return {
        "kind": guess.kind,
        "confidence": round(guess.confidence, 3),
        "metadata": detect_metadata(pages, guess.kind),
    }


def location(structure: Sequence[Section], annotation: Annotation, *, short: bool) -> str | None:
    """Where an annotation falls, e.g. "Article 7, alinéa 3" (short: "Art. 7, al. 3")."""
    return locate(structure, annotation.anchor.position.start, short=short)
