"""Recognise legislative documents: their kind, what they state, and their structure.

Pure functions over a document's page texts (page 1 first); the rules are in `patterns`.
"""

from __future__ import annotations

from reviewer.legislative.kinds import KindGuess, detect_kind
from reviewer.legislative.metadata import detect_metadata
from reviewer.legislative.structure import detect_structure, document_text, locate

__all__ = [
    "KindGuess",
    "detect_kind",
    "detect_metadata",
    "detect_structure",
    "document_text",
    "locate",
]
