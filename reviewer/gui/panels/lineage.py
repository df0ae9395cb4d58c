"""Versions of a text as the library panel shows them: one lineage, newest first.

Pure helpers over the documents the panel holds (no library call): which document heads
a lineage, its older versions, and the name each version goes by ("commission", or
"version 2" when the user gave it no label).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.core.records import Document

CONTEXT = "Versions"
# Labels offered for a version: the stages of a bill.
STAGE_LABELS = (
    QT_TRANSLATE_NOOP("Versions", "tabled"),
    QT_TRANSLATE_NOOP("Versions", "committee"),
    QT_TRANSLATE_NOOP("Versions", "sitting"),
)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage_labels() -> list[str]:
    return [translated(label) for label in STAGE_LABELS]


def lineages(documents: Sequence[Document]) -> list[list[Document]]:
    """Every lineage among the documents, each newest first; a document with no version
    is a lineage of its own. A version whose previous one is not listed starts a lineage."""
    by_id = {d.id: d for d in documents}
    followers: dict[int, list[Document]] = defaultdict(list)
    firsts = []
    for document in documents:
        if document.version_of in by_id and document.version_of != document.id:
            followers[document.version_of].append(document)
        else:
            firsts.append(document)
    found = []
    for first in firsts:
        order, queue, seen = [], [first], {first.id}
        while queue:
            document = queue.pop(0)
            order.append(document)
            later = sorted(followers[document.id], key=lambda d: (d.added, d.id))
            queue += [d for d in later if d.id not in seen]
            seen.update(d.id for d in later)
        found.append(order[::-1])
    return found


def version_name(document: Document, lineage: Sequence[Document]) -> str:
    """The version's label, else "version N" counting from the oldest."""
    if document.version_label:
        return document.version_label
    ids = [d.id for d in lineage]
    number = len(ids) - ids.index(document.id) if document.id in ids else 1
    return QCoreApplication.translate("Versions", "version %1").replace("%1", str(number))
