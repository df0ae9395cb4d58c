"""The séance sheet ("fiche de séance"): what the MP takes into the room for one bill.

Article by article in the order of discussion, each amendment with its authors, a summary
of its dispositif, its outcome, the MP's position and argument, and the assistant's notes
on it. `SeanceOptions` are the filters and the title page; `SeanceSheet` is what every
writer (PDF, DOCX, HTML) renders, so they agree on what is in it and in which order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reviewer.core.amendments import AmendmentEntry
from reviewer.core.errors import ReviewerError
from reviewer.core.fields import fold
from reviewer.core.i18n import tr
from reviewer.core.records import Document
from reviewer.core.reports import LANGUAGES, Entry, Format

SEANCE_FORMATS = (Format.PDF, Format.DOCX, Format.HTML)
# A sheet's title when the user gives none, in its language.
SEANCE_TITLES = {"fr": "Fiche de séance", "en": "Sitting brief"}


@dataclass(frozen=True)
class SeanceOptions:
    """What goes into a séance sheet; empty filters keep every amendment of the bill."""

    format: Format = Format.PDF
    group: str = ""  # only this group's amendments (without case or accents)
    article: str = ""  # only this article's: "7", "16 octies", "Article 1er"
    with_position: bool = False  # only the amendments the MP has a position on
    outcome: str = ""  # only this outcome: "adopté", "rejete", "non soutenu"
    title: str = ""
    lang: str = "fr"
    signed_by: str = ""  # who makes the sheet; "" = the settings' author
    addressee: str | None = None  # for whom; None = the settings' addressee
    mark: str | None = None  # "Confidentiel"; None = the settings' mark

    def __post_init__(self) -> None:
        if self.format not in SEANCE_FORMATS:
            known = ", ".join(f.value for f in SEANCE_FORMATS)
            raise ReviewerError(
                tr("a séance sheet is written as {known}, not {fmt}", known=known, fmt=self.format)
            )
        if self.lang not in LANGUAGES:
            raise ReviewerError(tr("unknown report language “{lang}”: fr or en", lang=self.lang))

    def keeps(self, entry: AmendmentEntry) -> bool:
        """Whether an amendment passes the group, position and outcome filters (the
        article is chosen when the amendments are listed)."""
        if self.group and fold(entry.group) != fold(self.group):
            return False
        if self.with_position and not entry.position:
            return False
        return not (self.outcome and fold(entry.outcome) != fold(self.outcome))

    def filters(self) -> list[tuple[str, str]]:
        """The filters given, as (name, value): what the title page says was kept."""
        given = [("article", self.article), ("group", self.group), ("outcome", self.outcome)]
        if self.with_position:
            given.append(("with_position", ""))
        return [(name, value) for name, value in given if value or name == "with_position"]


@dataclass(frozen=True)
class SeanceAmendment:
    """One amendment (or draft) of the sheet, with the notes on its document."""

    entry: AmendmentEntry
    document: Document
    notes: tuple[Entry, ...] = ()  # its annotations, in the order of their pages


@dataclass(frozen=True)
class SeanceArticle:
    """A heading of the sheet, the amendments to it in the order of discussion."""

    label: str  # "Article 7"; the division for what no article of the bill holds
    amendments: tuple[SeanceAmendment, ...]
    attached: bool = True  # False: the bill has no such article ("Titre", "Article 57")


@dataclass(frozen=True)
class SeanceSheet:
    options: SeanceOptions
    bill: Document
    author: str
    day: date
    articles: tuple[SeanceArticle, ...]
    addressee: str = ""
    mark: str = ""

    @property
    def lang(self) -> str:
        return self.options.lang

    def amendments(self) -> list[SeanceAmendment]:
        return [a for article in self.articles for a in article.amendments]
