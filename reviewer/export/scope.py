"""Which versions and which carried annotations a report shows.

A text in several versions is reported in its newest version unless every version is
asked for; a carried annotation the user dismissed is never shown, and one whose passage
the new version deleted (orphaned) is shown apart, with the wording it had.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.records import Annotation, CarryStatus, Document, Review


def superseded(documents: Sequence[Document]) -> frozenset[int]:
    """The documents that another document of the library is a newer version of."""
    ids = {document.id for document in documents}
    return frozenset(d.version_of for d in documents if d.version_of in ids)  # type: ignore[misc]


def whole_library(documents: Sequence[Document], *, all_versions: bool) -> list[Document]:
    """The documents of a report on the whole library: the newest version of each text."""
    older = superseded(documents)
    return [d for d in documents if all_versions or d.id not in older]


def shown(annotation: Annotation) -> bool:
    """Whether a report may show the annotation at all: not a dismissed carried one."""
    return annotation.carry is None or annotation.carry.review is not Review.DISMISSED


def deleted_passage(annotation: Annotation) -> bool:
    """A carried highlight whose passage the new version no longer has."""
    carry = annotation.carry
    return carry is not None and carry.status is CarryStatus.ORPHANED
