"""Versions of a text in the library: lineages, carrying annotations forward, suggestions.

The matching itself is Qt-free and storage-free (reviewer.versions); this module reads
the two versions from the library, turns relocations into annotations with anchors on
the new PDF, and saves them in one transaction (all or nothing, and cancellable).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import uuid
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from reviewer.core.comparison import ComparisonReport
from reviewer.core.errors import Cancelled, ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.i18n import tr
from reviewer.core.records import (
    Anchor,
    Annotation,
    Carry,
    CarryStatus,
    Document,
    Progress,
    Review,
    TextPosition,
    TextQuote,
    VersionSuggestion,
)
from reviewer.legislative.structure import document_text
from reviewer.library import amendment_import, anchoring
from reviewer.library.context import Context, default_author
from reviewer.store import now
from reviewer.versions.alignment import align_units
from reviewer.versions.comparison import annotations_by_change, compare_units
from reviewer.versions.relocation import Passage, Relocation, relocate
from reviewer.versions.units import units_of

SUGGESTION_THRESHOLD = 0.5
MAX_CANDIDATES = 50  # the most recent documents of the same kind are compared, not all
SHINGLE = 5  # words per shingle of the text-similarity measure
_WORD = re.compile(r"\w+")


def lineage(documents: Sequence[Document], document_id: int) -> list[Document]:
    """Every version of the text `document_id` belongs to, newest first."""
    by_id = {d.id: d for d in documents}
    first = by_id[document_id]
    seen = {first.id}
    while first.version_of in by_id and first.version_of not in seen:
        first = by_id[first.version_of]
        seen.add(first.id)
    followers: dict[int | None, list[Document]] = defaultdict(list)
    for document in documents:
        followers[document.version_of].append(document)
    order, queue = [], [first]
    while queue:
        document = queue.pop(0)
        order.append(document)
        queue += sorted(followers[document.id], key=lambda d: (d.added, d.id))
    return order[::-1]


def check_link(documents: Sequence[Document], document_id: int, previous_id: int) -> None:
    """Refuse a link that would make a text its own ancestor."""
    if document_id == previous_id:
        raise ReviewerError(tr("a document cannot be a new version of itself"))
    later = lineage(documents, document_id)
    ancestors = _ancestors(documents, document_id)
    if previous_id in {d.id for d in later} - ancestors - {document_id}:
        raise ReviewerError(
            tr("that document is already a later version of this one: link the other way round")
        )


def _ancestors(documents: Sequence[Document], document_id: int) -> set[int]:
    by_id = {d.id: d for d in documents}
    found: set[int] = set()
    current = by_id[document_id].version_of
    while current in by_id and current not in found:
        found.add(current)
        current = by_id[current].version_of
    return found


# Carrying annotations forward


class VersionText:
    """One version as the carrying sees it: its text, page offsets and units."""

    def __init__(self, context: Context, document_id: int) -> None:
        self.id = document_id
        self.pages = context.pages(document_id)
        self.text = document_text([page.text for page in self.pages])
        self.offsets = anchoring.page_offsets([len(page.text) for page in self.pages])
        self.units = units_of(context.structure(document_id))

    def page_at(self, offset: int) -> int:
        """The 1-based page holding a document-text offset."""
        return max(1, bisect.bisect_right(self.offsets, offset))

    def spans(self, start: int, end: int) -> list[anchoring.Span]:
        """The parts of the passage [start, end) on each page it crosses."""
        spans = []
        for page in range(self.page_at(start), self.page_at(max(start, end - 1)) + 1):
            page_start = self.offsets[page - 1]
            page_end = page_start + len(self.pages[page - 1].text)
            low, high = max(start, page_start), min(end, page_end)
            if low < high:
                spans.append(anchoring.Span(page, low - page_start, high - page_start))
        return spans

    def quote(self, relocation: Relocation) -> TextQuote:
        """The passage as the new version words it, with its context."""
        start, end = relocation.start, relocation.end
        return TextQuote(
            exact=self.text[start:end],
            prefix=self.text[max(0, start - anchoring.CONTEXT_CHARS) : start],
            suffix=self.text[end : end + anchoring.CONTEXT_CHARS],
        )


def carry_forward(
    context: Context,
    previous_id: int,
    document_id: int,
    *,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[list[Annotation], int]:
    """The previous version's annotations re-anchored in the new one (not yet saved)."""
    with context.lock:
        done_before = context.store.carried_sources(document_id)
    sources = [a for a in context.annotations(document_id=previous_id) if a.id not in done_before]
    progress(Progress(0, len(sources), tr("aligning the two versions")))
    old, new = VersionText(context, previous_id), VersionText(context, document_id)
    pairs = align_units(old.text, old.units, new.text, new.units)
    passages = [a for a in sources if a.target == "passage"]
    found = relocate(
        [
            Passage(a.id, a.anchor.quote, a.anchor.position.start, a.anchor.position.end)
            for a in passages
        ],
        old.text,
        new.text,
        pairs,
        cancel=cancel,
    )
    relocations = {r.key: r for r in found}
    progress(Progress(0, len(sources), tr("placing the annotations")))
    anchors = passage_anchors(context, new, found)
    if cancel.cancelled:
        raise Cancelled(tr("cancelled: nothing was carried"))
    carried = [
        _carried(source, old, new, relocations.get(source.id), anchors.get(source.id))
        for source in sources
    ]
    return carried, len(done_before)


def _carried(
    source: Annotation,
    old: VersionText,
    new: VersionText,
    relocation: Relocation | None,
    anchor: Anchor | None,
) -> Annotation:
    status = relocation.status if relocation else CarryStatus.EXACT
    if relocation is None:  # A note on a page or on the whole document.
        anchor, status = _note_anchor(source, old, new)
    if anchor is None:  # Orphaned, or nothing of the passage is left on any page.
        start = relocation.start if relocation else 0
        anchor = Anchor(new.page_at(start), (), TextQuote(source.quote), TextPosition(start, start))
        status = CarryStatus.ORPHANED
    review = Review.ACCEPTED if status is CarryStatus.EXACT else Review.PENDING
    return replace(
        source,
        id=str(uuid.uuid4()),
        document_id=new.id,
        anchor=anchor,
        updated=now(),
        carry=Carry(source.id, status, review, source.quote),
    )


def _note_anchor(
    source: Annotation, old: VersionText, new: VersionText
) -> tuple[Anchor, CarryStatus]:
    """A note on the document stays on it; a note on a page goes to the same page number."""
    if source.target == "document":
        return source.anchor, CarryStatus.EXACT
    page = min(source.page, len(new.pages))
    same = page == source.page and new.pages[page - 1].text == old.pages[page - 1].text
    anchor = replace(source.anchor, page=page, rects=())
    return anchor, CarryStatus.EXACT if same else CarryStatus.MOVED


def passage_anchors(
    context: Context, new: VersionText, relocations: Sequence[Relocation]
) -> dict[str, Anchor]:
    """The anchor of every placed passage, by annotation id; the words of all the pages
    concerned are read in one pass over the PDF."""
    placed = {
        r.key: (r, spans)
        for r in relocations
        if r.status is not CarryStatus.ORPHANED and (spans := new.spans(r.start, r.end))
    }
    parts = iter(context.anchors(new.id, [s for _r, spans in placed.values() for s in spans]))
    anchors = {}
    for key, (relocation, spans) in placed.items():
        rects = tuple(rect for _span in spans for rect in next(parts).rects)
        anchors[key] = Anchor(
            spans[0].page,
            rects,
            new.quote(relocation),
            TextPosition(relocation.start, relocation.end),
        )
    return anchors


# Comparing two versions


def comparison(context: Context, old_id: int, new_id: int, *, lang: str) -> ComparisonReport:
    """Article by article, what changed from one version to the other, and the annotations
    concerned by each change."""
    old, new = VersionText(context, old_id), VersionText(context, new_id)
    pairs = align_units(old.text, old.units, new.text, new.units)
    changes = compare_units(old.text, new.text, pairs)
    concerned = annotations_by_change(
        changes,
        context.annotations(document_id=old_id),
        context.annotations(document_id=new_id),
    )
    return ComparisonReport(
        context.document(old_id),
        context.document(new_id),
        changes,
        old.text,
        new.text,
        concerned,
        author=default_author(),
        day=date.today(),
        lang=lang,
    )


# Suggesting a link


def suggestions(context: Context, document_id: int) -> list[VersionSuggestion]:
    """Documents the given one looks like a new version of, best first."""
    documents = context.documents()
    new = next(d for d in documents if d.id == document_id)
    if amendment_import.KEY in new.metadata:
        return []  # An official amendment is updated in place by a newer file of the chamber.
    related = {d.id for d in lineage(documents, document_id)}
    candidates = [
        d for d in documents if d.id not in related and _comparable(new, d) and d.added <= new.added
    ]
    candidates.sort(key=lambda d: d.added, reverse=True)
    text = _shingles(context, new)
    found = []
    for other in candidates[:MAX_CANDIDATES]:
        suggestion = _suggestion(other, new, text, _shingles(context, other))
        if suggestion.score >= SUGGESTION_THRESHOLD:
            found.append(suggestion)
    return sorted(found, key=lambda s: -s.score)


def _comparable(new: Document, other: Document) -> bool:
    if not (new.has_text and other.has_text):
        return False  # two scans "share" all of their (absent) text: no evidence at all
    same_kind = new.kind == other.kind or "other" in {new.kind, other.kind}
    ratio = max(new.page_count, 1) / max(other.page_count, 1)
    return same_kind and 1 / 3 <= ratio <= 3


def _suggestion(
    other: Document, new: Document, text: set[int], other_text: set[int]
) -> VersionSuggestion:
    common = len(text & other_text) / max(1, min(len(text), len(other_text)))
    same_title = bool(_words(new.title)) and _words(other.title) == _words(new.title)
    return VersionSuggestion(other, max(common, 0.9) if same_title else common, same_title, common)


def _shingles(context: Context, document: Document) -> set[int]:
    words = _words(" ".join(page.text for page in context.pages(document.id)))
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(max(1, len(words) - SHINGLE + 1))
    }


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
