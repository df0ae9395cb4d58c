"""How the window names the kinds of documents (the library stores them as French keys).

The keys (`amendement`, `question écrite`...) stay what queries use (`kind:amendement`);
only their labels are translated, in the "Kinds" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.legislative import KINDS

CONTEXT = "Kinds"
LABELS = {
    "amendement": QT_TRANSLATE_NOOP("Kinds", "Amendment"),
    "question écrite": QT_TRANSLATE_NOOP("Kinds", "Written question"),
    "projet de loi": QT_TRANSLATE_NOOP("Kinds", "Government bill"),
    "proposition de loi": QT_TRANSLATE_NOOP("Kinds", "Private member's bill"),
    "rapport": QT_TRANSLATE_NOOP("Kinds", "Report"),
    "pétition": QT_TRANSLATE_NOOP("Kinds", "Petition"),
    "compte rendu": QT_TRANSLATE_NOOP("Kinds", "Record of proceedings"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}


def kind_label(kind: str) -> str:
    """The kind in the interface language; a kind this version does not know, as stored."""
    return QCoreApplication.translate(CONTEXT, LABELS[kind]) if kind in LABELS else kind


def kind_order(kind: str) -> int:
    """The library's order of kinds (amendments first, "other" last), unknown kinds after."""
    return KINDS.index(kind) if kind in KINDS else len(KINDS)
