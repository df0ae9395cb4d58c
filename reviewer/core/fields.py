"""Every field of a document the program names, in one table (`FIELDS`).

A row says, for one field: its key (in `Document.metadata`, or the record's own attribute),
its labels in French and English, what its value is, the names a user types in a query
(`author:`, `auteur:`), the index field that holds it, whether search results offer it as a
facet, and where the window and the reports show it. The query parser, the index schema,
the indexing, the facets, the properties dialog and the reports all read this table: adding a
field is adding a row. The kinds of documents have their own table, `reviewer.core.kinds`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from reviewer.core.records import Document


def fold(text: str) -> str:
    """Typed names compared without case, accents or extra spaces: "Ministère" → "ministere"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


@dataclass(frozen=True)
class Label:
    fr: str
    en: str

    def in_language(self, language: str) -> str:
        """The label in "fr" or "en"; French for any other code (French first)."""
        return self.en if language == "en" else self.fr


class Value(StrEnum):
    TEXT = "text"  # a line of text
    NAMES = "names"  # a list of people's names
    LIST = "list"  # a list of values
    DATE = "date"  # an ISO day, "2024-03-12"
    NUMBER = "number"  # digits: a legislature, a year, a page
    KIND = "kind"  # a key of reviewer.core.kinds


class Origin(StrEnum):
    METADATA = "metadata"  # Document.metadata[source] for each source
    DOCUMENT = "document"  # the Document record's own attribute (title, kind)
    ENTRY = "entry"  # only in the index: a page's text, an annotation's note, tags, color...
    # What the user records on a document besides its metadata (an amendment's position):
    # the Document record's attribute, None for a document it does not apply to.
    USER = "user"


class Match(StrEnum):
    """How a query's value is matched in the index field."""

    WORDS = "words"  # analysed as French text: plurals, accents, elisions
    NAMES = "names"  # word by word, as names: `group:insoumise`
    EXACT = "exact"  # the whole value, without case or accents: `year:2024`
    TAG = "tag"  # one whole tag among the entry's tags
    PAGE = "page"  # a page number or a range, `page:3-5`


class Place(StrEnum):
    """Where a field is shown, besides search."""

    PROPERTIES = "properties"  # the document's properties dialog
    REPORT = "report"  # the facts of a document in a report
    SUMMARY = "summary"  # a report's one line on a document, after its kind and number


class Section(StrEnum):
    """The box of the properties dialog a field is in."""

    IDENTIFICATION = "identification"
    QUESTION = "question"
    AMENDMENT = "amendment"
    DATES = "dates"


@dataclass(frozen=True)
class Field:
    key: str
    label: Label
    value: Value = Value.TEXT
    origin: Origin = Origin.METADATA
    # The names a user types: the first is the one shown and the index field's, then aliases.
    query: tuple[str, ...] = ()
    match: Match | None = None  # how the index field matches (with `query`)
    sources: tuple[str, ...] = ()  # METADATA: the keys read (empty: the field's own key)
    facet: bool = False
    shown: frozenset[Place] = frozenset()
    section: Section | None = None  # with Place.PROPERTIES
    # USER: the value a document the field applies to holds while the user has given none,
    # so that a query finds those (`position:aucune`).
    absent: str = ""

    def __post_init__(self) -> None:
        if bool(self.query) != bool(self.match):
            raise ValueError(f"field {self.key}: a query name goes with a way to match it")

    @property
    def index(self) -> str:
        """The index field that holds it; "" if a query cannot name it."""
        return self.query[0] if self.query else ""

    @property
    def metadata_keys(self) -> tuple[str, ...]:
        if self.origin is not Origin.METADATA:
            return ()
        return self.sources or (self.key,)

    @property
    def is_list(self) -> bool:
        return self.value in (Value.NAMES, Value.LIST)


_PROPS = frozenset({Place.PROPERTIES})
_PROPS_REPORT = frozenset({Place.PROPERTIES, Place.REPORT})
_EVERYWHERE = frozenset({Place.PROPERTIES, Place.REPORT, Place.SUMMARY})


# fmt: off
FIELDS: tuple[Field, ...] = (
    # --- The document record and its index entries ----------------------------------------
    Field("title", Label("Titre", "Title"), origin=Origin.DOCUMENT,
          query=("title", "titre"), match=Match.WORDS),
    Field("kind", Label("Nature", "Kind"), Value.KIND, Origin.DOCUMENT, facet=True,
          query=("kind", "nature"), match=Match.EXACT),
    Field("text", Label("Texte", "Text"), origin=Origin.ENTRY,
          query=("text", "texte"), match=Match.WORDS),
    Field("note", Label("Note", "Note"), origin=Origin.ENTRY, query=("note",), match=Match.WORDS),
    Field("tag", Label("Étiquette", "Tag"), Value.LIST, Origin.ENTRY, facet=True,
          query=("tag", "etiquette"), match=Match.TAG),
    Field("type", Label("Page ou annotation", "Page or annotation"), origin=Origin.ENTRY,
          query=("type",), match=Match.EXACT),
    Field("color", Label("Couleur", "Color"), origin=Origin.ENTRY,
          query=("color", "couleur"), match=Match.EXACT),
    Field("page", Label("Page", "Page"), Value.NUMBER, Origin.ENTRY,
          query=("page",), match=Match.PAGE),
    # The MP's position on an amendment (Library.set_position); `position:aucune`: none yet.
    Field("position", Label("Position", "Position"), origin=Origin.USER, facet=True,
          query=("position",), match=Match.EXACT, absent="Aucune"),
    # --- What a document states (Document.metadata), in the order reports show it ----------
    Field("number", Label("Numéro", "Number"), shown=_PROPS_REPORT,
          section=Section.IDENTIFICATION),
    Field("legislature", Label("Législature", "Legislature"), Value.NUMBER, facet=True,
          shown=_PROPS_REPORT, section=Section.IDENTIFICATION,
          query=("legislature",), match=Match.EXACT),
    Field("authors", Label("Auteurs", "Authors"), Value.NAMES, facet=True, shown=_EVERYWHERE,
          section=Section.IDENTIFICATION, query=("author", "auteur"), match=Match.NAMES),
    Field("group", Label("Groupe politique", "Political group"), facet=True, shown=_EVERYWHERE,
          section=Section.IDENTIFICATION, query=("group", "groupe"), match=Match.NAMES),
    Field("constituency", Label("Circonscription", "Constituency"), shown=_PROPS,
          section=Section.IDENTIFICATION),
    Field("target_article", Label("Article visé", "Amended article"), shown=_PROPS_REPORT,
          section=Section.AMENDMENT),
    # An amendment as the chambers' open data state it (reviewer.core.amendments).
    # A bill's cover states its chamber and (Sénat) session too: what amendments bind by.
    Field("chamber", Label("Assemblée", "Chamber"), shown=_PROPS_REPORT,
          section=Section.IDENTIFICATION),
    Field("text_ref", Label("Texte amendé", "Text amended"), shown=_PROPS_REPORT,
          section=Section.AMENDMENT),
    Field("text_title", Label("Titre du texte", "Title of the text"), shown=_PROPS,
          section=Section.AMENDMENT),
    Field("session", Label("Session", "Session"), shown=_PROPS,
          section=Section.IDENTIFICATION),
    Field("body", Label("Examiné par", "Examined by"), shown=_PROPS_REPORT,
          section=Section.AMENDMENT),
    Field("placement", Label("Avant, à ou après", "Before, at or after"), shown=_PROPS,
          section=Section.AMENDMENT),
    Field("additional", Label("Article additionnel", "Additional article"), shown=_PROPS,
          section=Section.AMENDMENT),
    Field("alinea", Label("Alinéa", "Paragraph (alinéa)"), shown=_PROPS_REPORT,
          section=Section.AMENDMENT),
    Field("state", Label("Sort ou état", "State"), shown=_PROPS, section=Section.AMENDMENT),
    Field("outcome", Label("Sort", "Outcome"), facet=True, shown=_EVERYWHERE,
          section=Section.AMENDMENT, query=("sort", "outcome"), match=Match.EXACT),
    Field("parent", Label("Sous-amendement de", "Sub-amendment of"), shown=_PROPS_REPORT,
          section=Section.AMENDMENT),
    Field("identical_group", Label("Discussion commune des identiques",
                                   "Identical amendments discussed together"),
          shown=_PROPS, section=Section.AMENDMENT),
    Field("order", Label("Ordre de discussion", "Order of discussion"), Value.NUMBER,
          shown=_PROPS, section=Section.AMENDMENT),
    Field("source_id", Label("Identifiant de la source", "Source id"), shown=_PROPS,
          section=Section.AMENDMENT),
    Field("url", Label("Adresse officielle", "Official address"), shown=_PROPS,
          section=Section.AMENDMENT),
    Field("etat", Label("État", "Budget table (état)"), shown=_PROPS, section=Section.AMENDMENT),
    Field("mission", Label("Mission", "Budget mission"), shown=_PROPS,
          section=Section.AMENDMENT),
    Field("sums", Label("Montants", "Sums"), Value.LIST, shown=_PROPS,
          section=Section.AMENDMENT),
    # The ministry asked or the one answering: one facet, `ministry:intérieur` finds either.
    Field("ministry", Label("Ministère", "Ministry"), facet=True,
          sources=("ministry_asked", "ministry_answering"),
          query=("ministry", "ministere"), match=Match.NAMES),
    Field("ministry_asked", Label("Ministère interrogé", "Ministry asked"), shown=_PROPS_REPORT,
          section=Section.QUESTION),
    Field("ministry_answering", Label("Ministère attributaire", "Ministry answering"),
          shown=_PROPS_REPORT, section=Section.QUESTION),
    Field("rubrique", Label("Rubrique", "Heading (rubrique)"), shown=_PROPS_REPORT,
          section=Section.QUESTION),
    Field("analyse", Label("Analyse", "Analysis"), shown=_PROPS, section=Section.QUESTION),
    Field("registered", Label("Enregistré le", "Registered"), Value.DATE,
          shown=_PROPS_REPORT, section=Section.DATES),
    Field("published", Label("Publié le", "Published"), Value.DATE, shown=_PROPS_REPORT,
          section=Section.DATES),
    Field("answered", Label("Réponse le", "Answered"), Value.DATE, shown=_PROPS_REPORT,
          section=Section.DATES),
    Field("withdrawn", Label("Retiré le", "Withdrawn"), Value.DATE, shown=_PROPS_REPORT,
          section=Section.DATES),
    # The year of the first date stated (see reviewer.legislative.metadata).
    Field("year", Label("Année", "Year"), Value.NUMBER, facet=True, shown=_PROPS,
          section=Section.DATES, query=("year", "annee"), match=Match.EXACT),
)
# fmt: on

BY_KEY = {field.key: field for field in FIELDS}


def searchable() -> tuple[Field, ...]:
    """The fields a query can name, in table order."""
    return tuple(f for f in FIELDS if f.index)


def on_pages() -> tuple[Field, ...]:
    """The searchable fields a document states or the user records on it: each of its pages'
    index entries holds them."""
    return tuple(f for f in searchable() if f.origin in (Origin.METADATA, Origin.USER))


def facets() -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.facet)


def shown_in(place: Place) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if place in f.shown)


def of_value(value: Value) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.value is value)


def typed_field(name: str) -> Field | None:
    """The field a user means by `name:` (any alias, any case or accents), or None."""
    return _TYPED.get(fold(name))


_TYPED = {fold(name): f for f in searchable() for name in f.query}


def document_values(field: Field, document: Document) -> list[str]:
    """The field's values for a document, without blanks or repeats ([] for an ENTRY field)."""
    if field.origin is Origin.DOCUMENT:
        found = [str(getattr(document, field.key))]
    elif field.origin is Origin.USER:
        value = getattr(document, field.key)
        found = [] if value is None else [str(value or field.absent)]
    else:
        found = []
        for key in field.metadata_keys:
            value = document.metadata.get(key)
            found += [str(v) for v in value] if isinstance(value, list) else [str(value or "")]
    return [value for value in dict.fromkeys(found) if value.strip()]
