"""Records of amendment drafting: a draft with its preview, and an amendment applied."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# What a saved draft exports to: Word, PDF, plain text, the filing tool's fields.
DRAFT_FORMATS = ("docx", "pdf", "txt", "fields")

# The operations of the drafting guides, as the command line names them, in the order a
# drafter meets them, with the part of the text each needs: selected "words" of an alinéa,
# an "alinea", or just the "article" (an alinéa inserted goes after one, or at the end).
OPERATIONS: dict[str, str] = {
    "delete-article": "article",
    "delete-words": "words",
    "replace-words": "words",
    "insert-words": "words",
    "complete": "alinea",
    "rewrite-alinea": "alinea",
    "insert-alinea": "article",
    "delete-alinea": "alinea",
    "additional-article": "article",
    "rewrite-article": "article",
    "restore-article": "article",
}
# Those that need a new wording typed by the drafter.
NEEDS_WORDING = frozenset(
    {"replace-words", "insert-words", "complete", "rewrite-alinea", "insert-alinea",
     "additional-article", "rewrite-article", "restore-article"}
)  # fmt: skip


@dataclass(frozen=True)
class DraftAddress:
    """Where a selection (or the place being read) falls in a bill, as an amendment names it.

    `article` is "" outside any article; `alinea` None outside an alinéa; `words` the
    selected words when they lie in one alinéa, `count` how many times they occur there
    and `occurrence` which one was selected (None when they occur once). `style` is the
    bill's chamber ("an" or "senat"), the default style of its amendments.
    """

    article: str
    alinea: int | None
    words: str
    occurrence: int | None
    count: int
    alineas: int  # how many alinéas the article has
    style: str

    def allows(self, op: str) -> bool:
        """Whether the operation makes sense for this place."""
        needs = OPERATIONS[op]
        if not self.article:
            return False
        if needs == "words":
            return bool(self.words)
        return needs == "article" or self.alinea is not None


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
