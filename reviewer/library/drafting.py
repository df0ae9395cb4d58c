"""Drafting amendments on a library's documents: the facade's `draft` and `apply_dispositif`.

The engine (`reviewer.drafting`) works on an article's text; this module finds that text
in a document, picks the bill's chamber as the default style, and reads the gage templates
the user may keep beside the library (gages.json).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.core.drafting import Application, Draft
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.drafting import AN, SENAT, STYLES, ArticleText, Edit, Op, find_article, gages
from reviewer.drafting import apply_dispositif as apply_text
from reviewer.drafting import draft as draft_text
from reviewer.legislative import document_text

if TYPE_CHECKING:
    from reviewer.library.context import Context

GAGES_FILE = "gages.json"
# What each operation needs from the user, as the command line names it.
_NEEDS: dict[Op, tuple[str, ...]] = {
    Op.DELETE_WORDS: ("alinea", "old"),
    Op.REPLACE_WORDS: ("alinea", "old", "new"),
    Op.INSERT_WORDS: ("alinea", "anchor", "new"),
    Op.COMPLETE: ("alinea", "new"),
    Op.REWRITE_ALINEA: ("alinea", "new"),
    Op.INSERT_ALINEA: ("new",),
    Op.DELETE_ALINEA: ("alinea",),
    Op.ADDITIONAL_ARTICLE: ("new",),
    Op.REWRITE_ARTICLE: ("new",),
    Op.RESTORE_ARTICLE: ("new",),
}
_OPTION = {"alinea": "--alinea", "old": "--old", "new": "--new", "anchor": "--after or --before"}


@dataclass(frozen=True)
class Request:
    """What the user asks to draft, as the command line and the reader's dialog give it."""

    article: str
    op: str
    alinea: int | None = None
    old: str = ""
    new: str = ""
    after: str = ""  # insert-words: the words the new ones follow...
    before: str = ""  # ...or precede
    position: str = "after"  # additional-article: "after" or "before" the article
    occurrence: int | None = None
    phrase: int | None = None
    style: str = ""  # "an", "senat"; "": the bill's chamber
    gage: str = ""  # a gage template's name ("etat", "collectivites", "securite-sociale")


def draft(context: Context, document_id: int, request: Request) -> Draft:
    edit = _edit(request)
    style = request.style or chamber(_pages(context, document_id))
    if style not in STYLES:
        raise ReviewerError(tr("unknown style {style!r}: use an or senat", style=style))
    templates = gages(context.layout.root / GAGES_FILE)
    if request.gage and request.gage not in templates:
        raise ReviewerError(
            tr(
                "unknown gage {gage!r}: {items}",
                gage=request.gage,
                items=", ".join(sorted(templates)),
            )
        )
    article = _article(context, document_id, request.article)
    return draft_text(article, edit, style=style, gage=request.gage, templates=templates)


def apply_dispositif(
    context: Context, document_id: int, article: str, dispositif: str, *, style: str = ""
) -> Application:
    """`dispositif` applied to `article` of the document ("Article 7", "Après l'article 7")."""
    target = re.sub(r"(?i)^\s*(?:après|avant)\s+l['’]\s*", "", article)
    text = _article(context, document_id, target)
    return apply_text(text, article, dispositif, style=style or None)


def chamber(pages: Sequence[str]) -> str:
    """The chamber of a bill from its first page: SÉNAT or ASSEMBLÉE NATIONALE, AN by default."""
    first = pages[0].upper() if pages else ""
    senat, an = first.find("SÉNAT"), first.find("ASSEMBLÉE NATIONALE")
    return SENAT if senat >= 0 and (an < 0 or senat < an) else AN


def _pages(context: Context, document_id: int) -> list[str]:
    return [page.text for page in context.pages(document_id)]


def _article(context: Context, document_id: int, label: str) -> ArticleText | None:
    text = document_text(_pages(context, document_id))
    return find_article(context.structure(document_id), text, label)


def _edit(request: Request) -> Edit:
    try:
        op = Op(request.op)
    except ValueError:
        raise ReviewerError(
            tr(
                "unknown operation {op!r}: {items}",
                op=request.op,
                items=", ".join(o.value for o in Op),
            )
        ) from None
    edit = Edit(
        op,
        article=request.article,
        alinea=request.alinea,
        phrase=request.phrase,
        old=request.old,
        new=request.new,
        anchor=request.after or request.before,
        before=bool(request.before) if op is Op.INSERT_WORDS else request.position == "before",
        occurrence=request.occurrence,
    )
    missing = [_OPTION[need] for need in _NEEDS.get(op, ()) if getattr(edit, need) in ("", None)]
    if op is Op.INSERT_ALINEA and edit.alinea is None:
        missing = [m for m in missing if m != "--alinea"]
    if missing:
        raise ReviewerError(
            tr("--op {value} needs {missing}", value=op.value, missing=" and ".join(missing))
        )
    return edit
