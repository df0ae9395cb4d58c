"""The records every floor exchanges: plain frozen dataclasses, stdlib only.

Page numbers are 1-based everywhere; coordinates are PDF points in PyMuPDF's
unrotated page space (origin top-left, y downwards).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reviewer.core.i18n import tr


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class PageRect:
    """One highlighted rectangle on one page."""

    page: int
    rect: Rect


@dataclass(frozen=True)
class TextQuote:
    """The quoted passage with some context, as W3C's TextQuoteSelector."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPosition:
    """Character offsets in the document text (pages joined by a form feed)."""

    start: int
    end: int


@dataclass(frozen=True)
class Anchor:
    """Where an annotation sits, three ways, so it survives a new version."""

    page: int
    rects: tuple[PageRect, ...]
    quote: TextQuote
    position: TextPosition


class CarryStatus(StrEnum):
    """How an annotation was found again in a new version of its document."""

    EXACT = "exact"  # the same text in the same unit (article)
    MOVED = "moved"  # the same text, elsewhere (another article, or ambiguous)
    CHANGED = "changed"  # the passage was amended: a close but different text
    ORPHANED = "orphaned"  # the passage is gone: attached to its unit or to the document


class Review(StrEnum):
    """What the user decided about a carried annotation; exact ones are accepted at once."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class Carry:
    """Where a carried annotation came from and how sure the carrying was."""

    source_id: str  # the annotation on the previous version, left untouched
    status: CarryStatus
    review: Review
    previous_quote: str  # the quote on the previous version (differs when "changed")


@dataclass(frozen=True)
class Annotation:
    id: str
    document_id: int
    anchor: Anchor
    color: str
    note: str
    tags: tuple[str, ...]
    author: str
    created: str
    updated: str
    deleted: str | None = None
    target: str = "passage"  # passage (a highlight), page or document (a note on it)
    carry: Carry | None = None  # set when carried from a previous version of the document

    @property
    def page(self) -> int:
        return self.anchor.page

    @property
    def quote(self) -> str:
        return self.anchor.quote.exact


@dataclass(frozen=True)
class Document:
    id: int
    sha256: str
    title: str
    kind: str
    source: str
    file_path: str
    pdf_path: str
    page_count: int
    size_bytes: int
    added: str
    metadata: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    has_text: bool = True
    annotation_count: int = 0
    removed: str | None = None
    kind_confidence: float = 0.0
    user_fields: tuple[str, ...] = ()  # fields the user edited: re-detection leaves them
    version_of: int | None = None  # the previous version of the same text, if linked
    version_label: str = ""  # "dépôt", "commission", "séance"...
    # The MP's position on an amendment or a draft: its label, "" while it has none; None
    # for a document of another kind, which takes no position.
    position: str | None = None


@dataclass(frozen=True)
class Page:
    document_id: int
    number: int
    text: str
    width: float
    height: float


@dataclass(frozen=True)
class Tag:
    name: str
    color: str
    count: int = 0


@dataclass(frozen=True)
class Snippet:
    """A short excerpt with the spans (start, end) that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def shown_passage(self, quotes: Sequence[TextQuote]) -> int:
        """Which of a page's matches this snippet shows first (its index in `quotes`): the
        one whose context agrees longest with the snippet's around its first marked span.
        Clicking a result goes to that passage, not to the page's first match."""
        if not self.spans or not quotes:
            return 0
        start, end = self.spans[0]
        before = _collapsed(self.text[:start]).removeprefix(ELLIPSIS).strip()
        after = _collapsed(self.text[end:]).removesuffix(ELLIPSIS).strip()

        def agreement(quote: TextQuote) -> int:
            prefix, suffix = _collapsed(quote.prefix), _collapsed(quote.suffix)
            return _common_length(before[::-1], prefix[::-1]) + _common_length(after, suffix)

        scores = [agreement(quote) for quote in quotes]
        return scores.index(max(scores))


ELLIPSIS = "…"  # where a snippet was cut


def _collapsed(text: str) -> str:
    return " ".join(text.split()).casefold()


def _common_length(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a.lstrip(), b.lstrip(), strict=False):
        if x != y:
            break
        length += 1
    return length


class HitType(StrEnum):
    PAGE = "page"
    ANNOTATION = "annotation"


@dataclass(frozen=True)
class SearchHit:
    type: HitType
    document_id: int
    title: str
    source: str
    page: int
    score: float
    snippet: Snippet
    annotation_id: str | None = None


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[SearchHit, ...]

    def by_document(self) -> list[tuple[int, list[SearchHit]]]:
        """Hits grouped by document, documents in order of their best hit."""
        groups: dict[int, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.document_id, []).append(hit)
        return list(groups.items())


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    ALREADY_PRESENT = "already present"
    FAILED = "failed"
    SKIPPED = "skipped"  # met in a folder, not a document reviewer reads


@dataclass(frozen=True)
class ImportOutcome:
    path: str  # As shown: bytes of the name that are not UTF-8 are "�".
    status: ImportStatus
    document_id: int | None = None
    pages: int = 0
    message: str = ""
    file: Path | None = None  # The file itself, to import it again (say, with a password).


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...]
    cancelled: bool = False
    notice: str = ""  # What went wrong beyond single files (the index could not be written).

    def count(self, status: ImportStatus) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status is status)

    @property
    def failed(self) -> bool:
        return self.count(ImportStatus.FAILED) > 0


@dataclass(frozen=True)
class Progress:
    """How far a long task is; `total` 0 means unknown."""

    done: int
    total: int
    label: str = ""


@dataclass(frozen=True)
class HealthReport:
    """What `doctor` found: problems in plain words, and whether repair fixed them."""

    problems: tuple[str, ...]
    repaired: tuple[str, ...] = ()

    @property
    def healthy(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CarryReport:
    """What carrying a version's annotations into the next version did."""

    document_id: int  # the new version
    previous_id: int  # the version the annotations came from
    carried: tuple[Annotation, ...]  # the new annotations, in the order of their sources
    already: int = 0  # sources carried by an earlier run, left as they are

    def count(self, status: CarryStatus) -> int:
        return sum(1 for a in self.carried if a.carry is not None and a.carry.status is status)

    @property
    def to_review(self) -> int:
        return sum(1 for a in self.carried if a.carry and a.carry.review is Review.PENDING)


@dataclass(frozen=True)
class VersionSuggestion:
    """A document the new one looks like a version of, and why."""

    document: Document
    score: float  # 0..1
    same_title: bool
    shared: float  # 0..1, how much of the shorter text the two have in common

    @property
    def reason(self) -> str:
        """Why, in words: "same title", "87 % of the text in common"."""
        return (
            tr("same title")
            if self.same_title
            else tr("{percent} % of the text in common", percent=round(self.shared * 100))
        )
