"""Merging annotations that come from elsewhere (a colleague's W3C file, a PDF's own notes).

Pure decisions and the reports of what an import did; the library applies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reviewer.core.records import Annotation, TextPosition, TextQuote


class Decision(StrEnum):
    ADD = "add"  # new here
    UPDATE = "update"  # a newer version of one we have
    DELETE = "delete"  # a newer version that is a tombstone
    KEEP = "keep"  # ours is as new or newer: nothing to do


def decide(
    incoming_updated: str, incoming_deleted: str | None, current: Annotation | None
) -> Decision:
    """Newest wins, by modification date; a tie keeps ours, so importing twice changes nothing."""
    if current is None:
        return Decision.ADD
    if incoming_updated <= current.updated:  # both ISO 8601 UTC with milliseconds: sortable
        return Decision.KEEP
    if incoming_deleted and not current.deleted:
        return Decision.DELETE
    return Decision.UPDATE


@dataclass(frozen=True)
class MergeReport:
    """What importing a W3C file did."""

    added: int = 0
    updated: int = 0
    deleted: int = 0  # annotations deleted here because the file's newer version was
    unchanged: int = 0  # already here in the same or a newer version
    unanchored: int = 0  # passages whose text the document does not have
    missing: tuple[tuple[str, int], ...] = ()  # (document hash or IRI, annotations) we lack

    @property
    def missing_count(self) -> int:
        return sum(count for _source, count in self.missing)


@dataclass(frozen=True)
class PdfImport:
    """What importing the annotations of a PDF did."""

    added: int = 0
    present: int = 0  # already in the library (same id, or same page and text)
    skipped: tuple[str, ...] = ()  # why each of the others was left out


def find_quote(
    text: str, quote: TextQuote, position: TextPosition | None
) -> tuple[int, int] | None:
    """Where a quote is in the document text: at its position if it is still there, else the
    occurrence whose context matches best, nearest its old position; None if it is gone."""
    exact = quote.exact
    if not exact:
        return None
    if position and text[position.start : position.end] == exact:
        return position.start, position.end
    best: tuple[int, int, int] | None = None  # (-context matched, distance, start)
    start = text.find(exact)
    while start >= 0:
        before = text[max(0, start - len(quote.prefix)) : start]
        after = text[start + len(exact) : start + len(exact) + len(quote.suffix)]
        matched = (before == quote.prefix) + (after == quote.suffix)
        distance = abs(start - position.start) if position else 0
        candidate = (-matched, distance, start)
        best = candidate if best is None else min(best, candidate)
        start = text.find(exact, start + 1)
    return (best[2], best[2] + len(exact)) if best else None
