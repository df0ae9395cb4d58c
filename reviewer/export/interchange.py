"""Merging annotations that come from elsewhere (a colleague's W3C file, a PDF's own notes).

Pure decisions and the reports of what an import did; the library applies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from reviewer.core.records import Annotation, TextPosition, TextQuote


class Decision(StrEnum):
    ADD = "add"  # new here
    UPDATE = "update"  # a newer version of one we have
    DELETE = "delete"  # a newer version that is a tombstone
    KEEP = "keep"  # ours is as new or newer: nothing to do
    CONFLICT = "conflict"  # the id is one of another document's annotations: left alone


# Share of the pages (those with text) that must read the same for a PDF to count as a copy
# of a document: a copy matches on every page; leave room for a page that extracts oddly.
COPY_SHARE = 0.9


def decide(
    incoming_updated: str,
    incoming_deleted: str | None,
    current: Annotation | None,
    document_id: int,
) -> Decision:
    """Newest wins, by modification date; a tie keeps ours, so importing twice changes nothing.

    An id belongs to the document its annotation is on: an incoming annotation for another
    document (`document_id`) that reuses it is a conflict, never a move nor a delete.
    """
    if current is None:
        return Decision.ADD
    if belongs_elsewhere(current, document_id):
        return Decision.CONFLICT
    if incoming_updated <= current.updated:  # both ISO 8601 UTC with milliseconds: sortable
        return Decision.KEEP
    if incoming_deleted and not current.deleted:
        return Decision.DELETE
    return Decision.UPDATE


def belongs_elsewhere(current: Annotation | None, document_id: int) -> bool:
    """Whether the library's annotation with an incoming id is on another document."""
    return current is not None and current.document_id != document_id


def copy_share(ours: Sequence[str], theirs: Sequence[str]) -> float:
    """How much of a document another PDF repeats: the share of the pages with text whose
    text prints (`reviewer.pdf.annotations.text_print`) match, page for page; 0.0 if the
    page counts differ, 1.0 if neither has any text (nothing tells them apart)."""
    if len(ours) != len(theirs):
        return 0.0
    compared = [(a, b) for a, b in zip(ours, theirs, strict=True) if a or b]
    if not compared:
        return 1.0
    return sum(a == b for a, b in compared) / len(compared)


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
