"""What the library knows of a legislative document: kind, metadata, structure."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reviewer.core.records import Annotation
from reviewer.legislative import Section, detect_kind, detect_metadata, detect_structure, locate


def detect(pages: Sequence[str]) -> dict[str, Any]:
    """Kind (with its confidence) and stated metadata, as the store keeps them."""
    guess = detect_kind(pages)
    return {
        "kind": guess.kind,
        "confidence": round(guess.confidence, 3),
        "metadata": detect_metadata(pages, guess.kind),
    }


@lru_cache(maxsize=16)
def structure_of(pages: tuple[str, ...]) -> tuple[Section, ...]:
    """Cached by text (a document's pages never change): detection reads the whole text."""
    return detect_structure(pages)


def location(structure: Sequence[Section], annotation: Annotation, *, short: bool) -> str | None:
    """Where an annotation falls, e.g. "Article 7, alinéa 3" (short: "Art. 7, al. 3")."""
    return locate(structure, annotation.anchor.position.start, short=short)
