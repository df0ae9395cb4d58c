"""An imported official amendment applied to the bill it amends: `reviewer apply AMENDMENT`.

The amendment is a document of kind "amendement" whose fields name its text (number, and
legislature or session) and its article; the bill is the one it is bound to
(reviewer.library.binding). Its dispositif is read back
from its PDF paragraph by paragraph (the importer writes one block a paragraph), or from
its newer texts when a later file changed them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reviewer.core.amendments import SENAT
from reviewer.core.drafting import Application
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.records import Document
from reviewer.drafting import AN
from reviewer.drafting import SENAT as SENAT_STYLE
from reviewer.library.binding import bound_bill
from reviewer.library.drafting import apply_dispositif

if TYPE_CHECKING:
    from reviewer.core.pages import Word
    from reviewer.library.context import Context

_HEADING = "Dispositif"
_AFTER = ("Exposé sommaire", "Objet")
_SENTENCE_END = re.compile(r"[.:;!?»]\s*$")
_ASIDE = re.compile(r"\([^)]*\)")


def apply_amendment(context: Context, amendment_id: int) -> Application:
    """The official amendment applied to its article of the bill it amends."""
    amendment = context.document(amendment_id)
    if amendment.kind != AMENDEMENT:
        raise ReviewerError(tr("“{title}” is not an official amendment", title=amendment.title))
    fields = amendment.metadata
    bill = bill_of(context, fields)
    if bill is None:
        raise ReviewerError(
            tr(
                "the text it amends ({reference}) is not in the library",
                reference=fields.get("text_ref") or "?",
            )
        )
    style = SENAT_STYLE if fields.get("chamber") == SENAT else AN
    return apply_dispositif(
        context, bill.id, place(fields), dispositif(context, amendment), style=style
    )


def place(fields: dict[str, object]) -> str:
    """ "Article 7", or "Après l'article 7" for an additional article; an aside such as
    "(nouveau)" left out."""
    # "Article 16 octies (nouveau)": the bill's heading is "Article 16 octies".
    article = " ".join(_ASIDE.sub(" ", str(fields.get("target_article") or "")).split())
    where = str(fields.get("placement") or "")
    if fields.get("additional") and where in ("avant", "après") and article:
        return f"{where.capitalize()} l'{article[0].lower()}{article[1:]}"
    return article


def bill_of(context: Context, fields: dict[str, object]) -> Document | None:
    """The bill the amendment is bound to (reviewer.library.binding): the user's binding,
    else the bill stating the same number, chamber, legislature or session."""
    bill_id = bound_bill(context, fields)
    return context.document(bill_id) if bill_id is not None else None


def dispositif(context: Context, amendment: Document) -> str:
    """The dispositif's paragraphs, one a line: the newer texts, else those of the PDF."""
    newer = amendment.metadata.get("newer_dispositif")
    if isinstance(newer, list) and newer:
        return "\n".join(str(paragraph) for paragraph in newer)
    pages = context.pages(amendment.id)
    paragraphs = _paragraphs(
        [(page.text, context.words(amendment.id, page.number)) for page in pages]
    )
    try:
        start = paragraphs.index(_HEADING) + 1
    except ValueError:
        return ""
    end = next((i for i in range(start, len(paragraphs)) if paragraphs[i] in _AFTER), None)
    return "\n".join(paragraphs[start:end])


def _paragraphs(pages: Sequence[tuple[str, Sequence[Word]]]) -> list[str]:
    """The PDF's blocks as paragraphs: their text with the line breaks undone (none after
    a hyphen); a block that goes on over a page break is one paragraph."""
    found: list[str] = []
    for number, (text, words) in enumerate(pages):
        for index, (_block, group) in enumerate(itertools.groupby(words, key=lambda w: w.line[0])):
            block = list(group)
            raw = text[block[0].start : block[-1].end]
            joined = re.sub(r"(?<=[-‑])\n", "", raw).replace("\n", " ")
            if number and not index and found and not _SENTENCE_END.search(found[-1]):
                found[-1] += " " + joined
            else:
                found.append(joined)
    return found
