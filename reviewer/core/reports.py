"""The records of reports and imports the facade returns or takes: report options, the
report itself (sections of annotation entries), what an import or a backup did.

Qt-free and format-free: every writer (PDF, DOCX, HTML, Markdown, CSV, JSON) renders the
same `Report`, so they agree on scope, order and grouping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.records import Annotation, Document

LANGUAGES = ("fr", "en")  # of reports
# A report's title when the user gives none, in its language.
DEFAULT_TITLES = {"fr": "Rapport d’annotations", "en": "Annotation report"}


def local_date(stamp: str) -> date:
    """The local calendar day of an ISO 8601 stamp (stored in UTC)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


@dataclass(frozen=True)
class Picture:
    """A PNG and its size in points, as it should appear (the clip's size on the page)."""

    png: bytes
    width: float
    height: float

    def fitted(self, max_width: float) -> tuple[float, float]:
        """Its size scaled down (never up) to `max_width` points."""
        scale = min(1.0, max_width / self.width) if self.width else 1.0
        return self.width * scale, self.height * scale


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    MARKDOWN = "md"
    CSV = "csv"
    JSON = "json"


class GroupBy(StrEnum):
    DOCUMENT = "document"
    TAG = "tag"
    ARTICLE = "article"


@dataclass(frozen=True)
class ReportOptions:
    """What goes into a report and how it is laid out; empty filters select everything."""

    format: Format = Format.PDF
    document_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    since: date | None = None  # annotations created or changed on or after this day
    until: date | None = None  # ... and on or before this day
    author: str | None = None  # only this author's annotations
    group_by: GroupBy = GroupBy.DOCUMENT
    title: str = ""
    images: bool = False  # a picture of each highlighted passage, clipped from its page
    lang: str = "fr"
    all_versions: bool = False  # every version of each text, not only the newest
    signed_by: str = ""  # who makes the report; "" = the settings' author
    addressee: str | None = None  # for whom; None = the settings' addressee
    mark: str | None = None  # "Confidentiel — ne pas diffuser"; None = the settings' mark

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ReviewerError(tr("unknown report language “{lang}”: fr or en", lang=self.lang))
        if self.since and self.until and self.since > self.until:
            raise ReviewerError(
                tr(
                    "the period is empty: {since} is after {until}",
                    since=self.since,
                    until=self.until,
                )
            )

    def selects(self, annotation: Annotation) -> bool:
        """Whether an annotation passes the tag, period and author filters."""
        if self.tags:
            wanted = {tag.casefold() for tag in self.tags}
            if not wanted & {tag.casefold() for tag in annotation.tags}:
                return False
        if self.author and annotation.author.casefold() != self.author.casefold():
            return False
        day = local_date(annotation.updated)
        if self.since and day < self.since:
            return False
        return not (self.until and day > self.until)


@dataclass(frozen=True)
class Entry:
    """One annotation as the report shows it."""

    annotation: Annotation
    document: Document
    location: str | None  # "Art. 7, al. 3", or None outside any unit
    color_name: str = ""  # "jaune", "yellow"; "" for a colour of the user's own
    image: Picture | None = None  # the highlighted lines, clipped from the page

    @property
    def is_note(self) -> bool:
        """A note on a page or on the whole document: no quoted passage."""
        return self.annotation.target != "passage"


@dataclass(frozen=True)
class Section:
    """A heading and its annotations; `document` when the section is about one document."""

    title: str
    entries: tuple[Entry, ...] = ()
    document: Document | None = None
    subtitle: str = ""
    children_title: str = ""  # heading over the children, e.g. the amendments to an article
    children: tuple[Section, ...] = ()
    show_documents: bool = False  # entries come from several documents: name each one's

    def all_entries(self) -> list[Entry]:
        return [*self.entries, *(e for child in self.children for e in child.all_entries())]


@dataclass(frozen=True)
class TagCount:
    name: str
    color: str
    count: int


@dataclass(frozen=True)
class Report:
    options: ReportOptions
    author: str  # who made the report
    day: date  # the day the report was made
    documents: tuple[Document, ...]  # the documents selected (all of the library if none)
    library_size: int
    sections: tuple[Section, ...]
    tag_counts: tuple[TagCount, ...] = ()
    addressee: str = ""
    mark: str = ""
    superseded: frozenset[int] = frozenset()  # documents of the report with a newer version
    newest_only: bool = False  # older versions of the library's texts were left out

    @property
    def lang(self) -> str:
        return self.options.lang

    def entries(self) -> list[Entry]:
        """Each annotation once, in the order the sections first show it."""
        seen: dict[str, Entry] = {}
        for section in self.sections:
            for entry in section.all_entries():
                seen.setdefault(entry.annotation.id, entry)
        return list(seen.values())

    def document_count(self) -> int:
        return len({entry.document.id for entry in self.entries()})


def tag_counts(entries: Sequence[Entry], colors: Mapping[str, str]) -> tuple[TagCount, ...]:
    """How many annotations carry each tag, most used first."""
    counts: dict[str, int] = {}
    for entry in entries:
        for tag in entry.annotation.tags:
            counts[tag] = counts.get(tag, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    return tuple(TagCount(name, colors.get(name.casefold(), ""), n) for name, n in ranked)


@dataclass(frozen=True)
class MergeReport:
    """What importing a W3C file did."""

    added: int = 0
    updated: int = 0
    deleted: int = 0  # annotations deleted here because the file's newer version was
    unchanged: int = 0  # already here in the same or a newer version
    unanchored: int = 0  # passages whose text the document does not have
    missing: tuple[tuple[str, int], ...] = ()  # (document hash or IRI, annotations) we lack
    conflicts: tuple[str, ...] = ()  # entries left out, and why (an id of another document)
    positions: int = 0  # positions on amendments taken in: new, newer or cleared
    positions_unchanged: int = 0  # the library's were the same or newer
    positions_missing: int = 0  # positions on amendments the library does not have
    new_labels: tuple[str, ...] = ()  # position labels the file used, added to the list

    @property
    def missing_count(self) -> int:
        return sum(count for _source, count in self.missing)


@dataclass(frozen=True)
class PdfImport:
    """What importing the annotations of a PDF did."""

    added: int = 0
    present: int = 0  # already in the library (same id, or same page and text)
    skipped: tuple[str, ...] = ()  # why each of the others was left out
    conflicts: tuple[str, ...] = ()  # left out: their /NM id is another document's annotation
    unread: int = 0  # annotations past the limit read from one file
    limit: int = 0  # that limit


@dataclass(frozen=True)
class BackupReport:
    path: Path
    documents: int
    annotations: int
    files: int
    missing: tuple[str, ...] = ()  # stored files the library had lost, or holds damaged
    problems: tuple[str, ...] = ()  # what the database integrity check found


@dataclass(frozen=True)
class RestoreReport:
    root: Path
    documents: int
    annotations: int
    previous: Path | None  # where the library that was there went


@dataclass(frozen=True)
class WordExport:
    """What a Word export wrote: documents (one section each) and comments; with drafts,
    the drafts written as tracked changes and why each other one is not."""

    documents: int
    comments: int
    drafts: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordImport:
    """What importing a Word file's comments did."""

    added: int = 0
    present: int = 0  # already in the library (imported before, or exported from it)
    unfound: tuple[str, ...] = ()  # comments whose words the document does not have
