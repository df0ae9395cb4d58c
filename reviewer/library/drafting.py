"""Drafting amendments on a library's documents: the facade's `draft` and `apply_dispositif`.

The engine (`reviewer.drafting`) works on an article's text; this module finds that text
in a document, picks the bill's chamber as the default style, and reads the gage templates
the user may keep in their configuration folder (gages.json, beside settings.json).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from reviewer.core.drafting import Application, Draft, DraftAddress
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.drafting import AN, SENAT, STYLES, ArticleText, Edit, Op, find_article, gages
from reviewer.drafting import apply_dispositif as apply_text
from reviewer.drafting import draft as draft_text
from reviewer.drafting.text import articles, canonical_article, occurrences
from reviewer.legislative import document_text
from reviewer.library import settings as user_settings
from reviewer.library.anchoring import Span, page_offsets

if TYPE_CHECKING:
    from reviewer.core.structure import Section
    from reviewer.library.context import Context

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
    # The amendment's next edits (II, III...): their own style and gage are not used.
    then: tuple[Request, ...] = ()

    @property
    def edits(self) -> tuple[Request, ...]:
        """Every edit of the amendment, this one first."""
        return (replace(self, then=()), *self.then)


def request(fields: Mapping[str, Any]) -> Request:
    """A `Request` from keyword fields (the facade's) or a stored one (JSON): the edits are
    either flat (one edit), or a list `edits` of them (several), `style` and `gage` beside."""
    fields = dict(fields)
    if "edits" in fields and {"article", "op", "then"} & fields.keys():
        raise ReviewerError(tr("give the edits either one by one or as a list, not both"))
    try:
        if edits := [dict(edit) for edit in fields.pop("edits", None) or ()]:
            fields.update(edits[0], then=edits[1:])
        # A next edit without an article is on the first one's.
        first = {"article": fields.get("article", "")}
        then = tuple(Request(**{**first, **dict(edit)}) for edit in fields.pop("then", ()))
        return Request(**fields, then=then)
    except (TypeError, ValueError) as error:  # not a list of edits, an unknown field...
        raise ReviewerError(tr("not a draft request: {error}", error=error)) from None


def draft(context: Context, document_id: int, request: Request) -> Draft:
    edits = [_edit(part) for part in request.edits]
    style = request.style or chamber(_pages(context, document_id))
    if style not in STYLES:
        raise ReviewerError(tr("unknown style {style!r}: use an or senat", style=style))
    known = templates()
    if request.gage and request.gage not in known:
        raise ReviewerError(
            tr("unknown gage {gage!r}: {items}", gage=request.gage, items=", ".join(sorted(known)))
        )
    article = _article(context, document_id, request.article)
    others = {
        label: _article(context, document_id, label)
        for label in {canonical_article(edit.article) for edit in edits[1:]}
    }
    return draft_text(
        article, edits, style=style, gage=request.gage, templates=known, others=others
    )


def apply_dispositif(
    context: Context, document_id: int, article: str, dispositif: str, *, style: str = ""
) -> Application:
    """`dispositif` applied to `article` of the document ("Article 7", "Après l'article 7")."""
    target = re.sub(r"(?i)^\s*(?:après|avant)\s+l['’]\s*", "", article)
    text = _article(context, document_id, target)
    return apply_text(text, article, dispositif, style=style or None)


def address(
    context: Context, document_id: int, spans: Sequence[Span], place: tuple[int, float] | None
) -> DraftAddress:
    """Where the selected words fall (or, with none, the place being read: a page and a y
    on it), as an amendment names it: article, alinéa, words and their occurrence."""
    pages = _pages(context, document_id)
    text = document_text(pages)
    offsets = page_offsets([len(page) for page in pages])
    if spans:
        ordered = sorted(spans, key=lambda span: (span.page, span.start))
        start = offsets[ordered[0].page - 1] + ordered[0].start
        end = offsets[ordered[-1].page - 1] + ordered[-1].end
    else:
        start = end = _offset_at(context, document_id, place, offsets)
    style = chamber(pages)
    for section in articles(context.structure(document_id)):
        if section.start <= start < max(section.end, section.start + 1):
            return _in_article(section, text, start, end, style)
    return DraftAddress("", None, "", None, 0, 0, style)


def _offset_at(
    context: Context, document_id: int, place: tuple[int, float] | None, offsets: list[int]
) -> int:
    """The document-text offset of the first word at or below the place (its page's start
    when the page has no words)."""
    if place is None or not 1 <= place[0] <= len(offsets):
        return 0
    page, y = place
    words = context.words(document_id, page)
    below = [word for word in words if word.rect.y1 >= y]
    return offsets[page - 1] + (min(word.start for word in below) if below else 0)


def _in_article(section: Section, text: str, start: int, end: int, style: str) -> DraftAddress:
    count = len(section.children)
    for number, child in enumerate(section.children, start=1):
        if child.start <= start < child.end:
            words = " ".join(text[start:end].split()) if end <= child.end else ""
            found = occurrences(text[child.start : child.end], words) if words else []
            which = next((i for i, (s, _e) in enumerate(found, 1) if child.start + s >= start), 1)
            occurrence = which if len(found) > 1 else None
            return DraftAddress(section.label, number, words, occurrence, len(found), count, style)
    return DraftAddress(section.label, None, "", None, 0, count, style)


def templates() -> dict[str, str]:
    """The gage templates: the usual ones, overridden or completed by the user's own."""
    path = user_settings.gages_path()
    try:
        return gages(path)
    except (OSError, ValueError, AttributeError) as error:  # not a {"name": "text"} object
        raise ReviewerError(
            tr("{path} is not a gage file (a JSON object: name → wording): {error}",
               path=path, error=error)
        ) from error  # fmt: skip


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
