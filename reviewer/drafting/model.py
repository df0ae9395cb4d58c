"""What an amendment does, as data: one `Edit` per operation on one article.

Addresses use the numbering of the text as tabled (the chambers' rule): in an amendment with
several edits, "alinéa 5" is the fifth alinéa before any of them applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Op(StrEnum):
    """The operations of the drafting guides; values are the command line's --op names."""

    DELETE_ARTICLE = "delete-article"
    DELETE_WORDS = "delete-words"
    REPLACE_WORDS = "replace-words"
    INSERT_WORDS = "insert-words"
    COMPLETE = "complete"  # compléter l'alinéa (or the phrase) par les mots
    REWRITE_ALINEA = "rewrite-alinea"
    INSERT_ALINEA = "insert-alinea"
    DELETE_ALINEA = "delete-alinea"
    ADDITIONAL_ARTICLE = "additional-article"
    REWRITE_ARTICLE = "rewrite-article"
    RESTORE_ARTICLE = "restore-article"


ARTICLE_OPS = frozenset(
    {Op.DELETE_ARTICLE, Op.ADDITIONAL_ARTICLE, Op.REWRITE_ARTICLE, Op.RESTORE_ARTICLE}
)
WORD_OPS = frozenset({Op.DELETE_WORDS, Op.REPLACE_WORDS, Op.INSERT_WORDS, Op.COMPLETE})
LAST = -1  # `phrase`: the last sentence ("dernière phrase")


@dataclass(frozen=True)
class Edit:
    """One operation of an amendment.

    `alinea`..`last` is the range of alinéas it addresses (`last` None: just `alinea`); for
    INSERT_ALINEA, `alinea` is the one the new text follows (0: before the first; None: at
    the end of the article). `phrase` narrows a word or alinéa operation to one sentence
    (1-based, LAST for the last). `old` is the quoted words (replaced or deleted), `anchor`
    the words an insertion goes before or after (`before`), `occurrence` which one of them
    (1-based) when they occur more than once. `new` is the new wording; several alinéas are
    separated by a newline. For ADDITIONAL_ARTICLE, `article` is the article it follows
    (or precedes, if `before`).
    """

    op: Op
    article: str = ""
    alinea: int | None = None
    last: int | None = None
    phrase: int | None = None
    old: str = ""
    new: str = ""
    anchor: str = ""
    before: bool = False
    occurrence: int | None = None

    @property
    def alineas(self) -> range:
        """The alinéas addressed, first to last (empty for an article operation)."""
        if self.alinea is None:
            return range(0)
        return range(self.alinea, (self.last or self.alinea) + 1)

    @property
    def paragraphs(self) -> list[str]:
        """The new wording as alinéas."""
        return [line for line in self.new.split("\n") if line.strip()]
