"""An official amendment as the chambers' open data state it: one record, whatever the source.

The readers of reviewer.amendments fill it from the AN's JSON and XML and the Sénat's CSV;
the importer turns it into a document of kind "amendement" whose metadata are its fields.
Every field is read from the source, never guessed from the text: "" (or None) when the
source does not say.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from enum import StrEnum

from reviewer.core.fields import fold

AN = "AN"
SENAT = "Sénat"


class Outcome(StrEnum):
    """The one vocabulary of outcomes (the AN's "sort", the Sénat's "Sort")."""

    ADOPTED = "adopté"
    REJECTED = "rejeté"
    WITHDRAWN = "retiré"
    FALLEN = "tombé"
    NOT_MOVED = "non soutenu"
    INADMISSIBLE = "irrecevable"
    SATISFIED = "satisfait ou sans objet"


class Placement(StrEnum):
    """Where an amendment sits relative to its division: "art. add. après Article 19"."""

    BEFORE = "avant"
    AT = "à"
    AFTER = "après"


@dataclass(frozen=True)
class Amendment:
    chamber: str  # AN or SENAT
    number: str  # as the chamber writes it, rectifications included: "177 rect.", "AS1"
    source_id: str = ""  # the AN's uid ("AMANR5L15…"); "" when the source has none
    text_number: str = ""  # the text amended: "911", "63"
    legislature: str = ""  # AN: "15"
    session: str = ""  # Sénat: "2017-2018"
    text_title: str = ""  # the short title of the text, when the source gives it
    body: str = ""  # the examining body: "Séance publique", "Affaires sociales"...
    division: str = ""  # "Article 9", "Article 16 octies", "Titre", "ANNEXE"
    placement: str = ""  # a Placement, "" when the source gives no division
    additional: bool = False  # an additional article ("art. add. après Article 19")
    alinea: str = ""  # "4", "3 à 5", "Amendement de suppression"
    author: str = ""
    cosignatories: tuple[str, ...] = ()
    group: str = ""
    filed: str = ""  # ISO day
    state: str = ""  # the source's own state or outcome words: "Irrecevable art. 40 C"
    outcome: str = ""  # an Outcome, "" while undecided or unknown
    parent: str = ""  # what names the amendment a sub-amendment amends: number or AN uid
    identical_group: str = ""  # the source's id of a discussion of identical amendments
    order: int | None = None  # the rank in the order of discussion
    dispositif: tuple[str, ...] = ()  # paragraphs of clean text
    expose: tuple[str, ...] = ()  # the exposé sommaire (AN) or objet (Sénat)
    url: str = ""

    @property
    def authors(self) -> tuple[str, ...]:
        """The author then the cosignatories, each once."""
        return tuple(dict.fromkeys(n for n in (self.author, *self.cosignatories) if n))

    @property
    def base_number(self) -> str:
        """The number without its rectification: "177 rect. bis" → "177"."""
        return base_number(self.number)

    @property
    def text_ref(self) -> str:
        """The text targeted, as one value: "AN 15 911", "Sénat 2017-2018 63"."""
        return text_reference(self.chamber, self.legislature or self.session, self.text_number)

    @property
    def key(self) -> str:
        """Chamber, text and number without rectification: "Sénat 2017-2018 63#3"."""
        return f"{self.text_ref}#{self.base_number}"

    @property
    def identities(self) -> tuple[str, ...]:
        """What names the same amendment across files, surest first: its source id (the AN's
        uid), then its key; a feed without uids meets the dump with them by the key."""
        return tuple(i for i in (self.source_id, self.key) if i)

    @property
    def summary(self) -> str:
        """The dispositif's first words, as the dérouleur and the séance sheet show it."""
        return first_words(" ".join(self.dispositif))

    def metadata(self) -> dict[str, object]:
        """The document metadata: every field but the texts ("authors" holds the author
        first, then the cosignatories), lists as lists, blanks dropped."""
        values = asdict(self)
        for left_out in ("dispositif", "expose", "author", "cosignatories"):
            values.pop(left_out)
        values.update(
            authors=list(self.authors),
            text_ref=self.text_ref,
            amendment_key=self.key,
            registered=values.pop("filed"),
            # One name for the article an amendment targets, whether its PDF or its record
            # says it (reviewer.core.fields).
            target_article=values.pop("division"),
            additional="oui" if self.additional else "",
        )
        return {k: v for k, v in values.items() if v not in ("", None, [], False)}


def text_reference(chamber: str, when: str, number: str) -> str:
    """A text as one value: chamber, legislature (AN) or session (Sénat), number. Amendments
    name the text they amend by it, and a bill in the library is found by it."""
    return " ".join(p for p in (chamber, when, number) if p)


_RECTIFICATIONS = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies")


def rectified(number: str, times: int) -> str:
    """The number with its nth rectification, the Sénat's way: "12 rect. quinquies"."""
    if times <= 0:
        return number
    suffix = _RECTIFICATIONS[times - 1] if times <= len(_RECTIFICATIONS) else f"{times}"
    return f"{number} rect. {suffix}".rstrip()


SUMMARY_WORDS = 20


def first_words(text: str, words: int = SUMMARY_WORDS) -> str:
    """The text's first words, "…" after them when it goes on."""
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def base_number(number: str) -> str:
    """The number without its rectification: "177 rect. bis" → "177"."""
    return number.split(" rect.")[0].strip()


def number_key(number: str) -> tuple[str, int, int, str]:
    """Numbers in their order: "AS2" before "AS10", "177" before "177 rect." before
    "177 rect. bis"; a number without digits after those with."""
    base = base_number(number)
    digits = re.search(r"[0-9]+", base)
    if digits is None:
        return (base, 1 << 30, 0, number)
    suffix = number[len(base) :].replace("rect.", "", 1).strip()
    times = 0  # rectified `times` times ("rect." once, "rect. bis" twice...)
    if number.strip() != base:
        times = _RECTIFICATIONS.index(suffix) + 1 if suffix in _RECTIFICATIONS else 9
    return (base[: digits.start()], int(digits.group()), times, number)


def outcome_of(*words: str) -> str:
    """The Outcome the first telling words name ("Cet amendement est retiré avant séance",
    "Irrecevable art. 40 C", "Non défendu"), or "" when none does."""
    for said in words:
        folded = fold(said)
        for start, outcome in _OUTCOME_WORDS:
            if start in folded:
                return outcome.value
    return ""


_OUTCOME_WORDS = (
    ("irrecevable", Outcome.INADMISSIBLE),
    ("non soutenu", Outcome.NOT_MOVED),
    ("non defendu", Outcome.NOT_MOVED),
    ("adopt", Outcome.ADOPTED),
    ("rejet", Outcome.REJECTED),
    ("retir", Outcome.WITHDRAWN),
    ("tombe", Outcome.FALLEN),
    ("satisfait", Outcome.SATISFIED),
    ("sans objet", Outcome.SATISFIED),
)


# The MP's positions a new library offers; the user edits the list (Library.position_labels).
DEFAULT_POSITION_LABELS = ("Favorable", "Défavorable", "Sagesse", "Retrait", "Satisfait")


@dataclass(frozen=True)
class Position:
    """The MP's position on an amendment, as the user recorded it: user data, like a note."""

    document_id: int
    label: str  # one of the library's position labels
    argument: str = ""  # a short argument, for the séance sheet
    modified: str = ""  # ISO time of the last change


@dataclass(frozen=True)
class AmendmentEntry:
    """One amendment (official or a draft) as the dérouleur, the séance sheet and
    `reviewer amendments --json` show it; `Library.amendments` returns them in the order
    of discussion (article order of the bill, then avant/à/après, then the source's order,
    then the number). The first fields are the CLI's script-stable keys."""

    id: int  # the document id
    chamber: str
    number: str
    text_ref: str
    division: str  # as the source names it: "Article 9", "Titre"
    placement: str  # a Placement value, or ""
    alinea: str
    authors: tuple[str, ...]
    group: str
    date: str  # ISO day filed
    state: str
    outcome: str
    parent: str
    identical_group: str
    order: int | None
    bill_id: int | None  # the bill it is bound to, or None
    article: str | None  # the label of the bill's article it is attached to, or None
    position: str | None
    argument: str
    title: str = ""
    summary: str = ""  # the dispositif's first words, for the dérouleur and the sheet
    draft: bool = False  # a "projet d'amendement" written in reviewer
    # Why it is bound but not attached: "article 45 absent du texte"; "" otherwise.
    warning: str = ""

    def as_json(self) -> dict[str, object]:
        """The CLI's keys (keys may be added, never renamed)."""
        values = asdict(self)
        values["authors"] = list(self.authors)
        return values
