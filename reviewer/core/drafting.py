"""Records of amendment drafting: a draft with its preview, and an amendment applied."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# What a saved draft exports to: Word, PDF, plain text, the filing tool's fields.
DRAFT_FORMATS = ("docx", "pdf", "txt", "fields")


@dataclass(frozen=True)
class DiffSegment:
    """A run of the preview's word diff: kept ("="), removed ("-") or added ("+")."""

    kind: str
    text: str


@dataclass(frozen=True)
class Draft:
    """An amendment drafted on a passage, with the article as it would read if adopted.

    `before`/`after` are the article's text (heading, then one alinéa a line) without and
    with the amendment; `after` is "" for a deleted article, or when the amendment cannot
    be applied (a warning then says why). `expose` is left for the drafter to write.
    """

    dispositif: str
    expose: str
    expose_title: str  # "Exposé sommaire" (AN) or "Objet" (Sénat)
    style: str  # "an" or "senat"
    heading: str  # "ARTICLE 7", "ARTICLE ADDITIONNEL APRÈS L’ARTICLE 7"
    article: str
    alinea: int | None
    warnings: tuple[str, ...]
    before: str
    after: str
    diff: tuple[DiffSegment, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Application:
    """A dispositif applied to its article: the text if adopted, or why not ("formule non
    reconnue", words not found...), with `after` then empty: never a guessed text."""

    applied: bool
    reason: str
    article: str
    before: str
    after: str
    diff: tuple[DiffSegment, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class SavedDraft:
    """A draft stored in the library: a document of kind « projet d'amendement » (`id`),
    anchored on its passage of the bill (`quote`, words of the bill at `article`/`alinea`).

    `review` says why the draft must be looked at again (its words are gone from a new
    version of the bill), "" when it needs nothing; `carried_from` is the draft on the
    previous version it was carried from.
    """

    id: int
    bill_id: int
    op: str
    article: str
    alinea: int | None
    quote: str
    heading: str
    dispositif: str
    expose: str
    expose_title: str
    style: str
    signatories: tuple[str, ...]
    warnings: tuple[str, ...]
    review: str = ""
    carried_from: int | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
