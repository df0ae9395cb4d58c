"""The report model: which annotations a report holds and how they are grouped into sections.

Qt-free and format-free: every writer (PDF, DOCX, HTML, Markdown, CSV, JSON) renders the
same `Report`, so they agree on scope, order and grouping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reviewer.core.errors import ReviewerError
from reviewer.core.records import Annotation, Document
from reviewer.export.style import Picture
from reviewer.export.typography import local_date
from reviewer.export.wording import LANGUAGES


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
            raise ReviewerError(f"unknown report language “{self.lang}”: fr or en")
        if self.since and self.until and self.since > self.until:
            raise ReviewerError(f"the period is empty: {self.since} is after {self.until}")

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
