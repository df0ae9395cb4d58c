"""What the library knows of a legislative document: kind, metadata, structure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from reviewer.core.kinds import kind_key
from reviewer.core.records import Annotation
from reviewer.core.structure import Section
from reviewer.legislative import detect_kind, detect_metadata, locate


def detect(pages: Sequence[str], facts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Kind (with its confidence) and stated metadata, as the store keeps them.

    `facts` are what the file's own metadata states (a chamber's web page says "Rapport"
    where its text reads "ANNEXE AU RAPPORT / PROJET DE LOI"): they win over the text.
    """
    facts = facts or {}
    declared = kind_key(facts.get("kind", ""))
    if declared:
        kind, confidence = declared, 1.0
    else:
        guess = detect_kind(pages)
        kind, confidence = guess.kind, guess.confidence
    metadata = detect_metadata(pages, kind)
    if legislature := re.match(r"\d+", facts.get("legislature", "")):
        metadata["legislature"] = legislature.group()
    return {"kind": kind, "confidence": round(confidence, 3), "metadata": metadata}


def location(structure: Sequence[Section], annotation: Annotation, *, short: bool) -> str | None:
    """Where an annotation falls, e.g. "Article 7, alinéa 3" (short: "Art. 7, al. 3")."""
    return locate(structure, annotation.anchor.position.start, short=short)
