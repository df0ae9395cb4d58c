"""Amendments on their bill: which bill each is bound to, which of its articles it is
attached to, and the dérouleur, the amendments in their order of discussion.

Binding. An amendment names the text it amends (`text_ref`: chamber, legislature or
session, number); a bill of the library whose cover states the same (its detected
`chamber`, `number`, `legislature` or `session`) is its bill: computed at each read, so a
bill imported after its amendments binds them too. Several bills stating the same text
(the same file imported twice): the last imported. The user may bind amendments to any
document instead (`reviewer import FILE --text DOC`, the window): that binding is stored in
their metadata as a user field (`bill_id`), so it wins and survives re-imports. A draft is
bound to the bill it was drafted on.

Attachment. "Article 7", "Article 16 octies (nouveau)" or "art. add. après Article 19"
(division "Article 19", placement "après") attach to that article of the bill's detected
structure; an article the bill lacks is not guessed: `article` is None and the entry's
`warning` says so. A division that is not an article (Titre, ANNEXE, ÉTAT B) is not attached.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reviewer.core.amendments import (
    AN,
    SENAT,
    AmendmentEntry,
    Placement,
    base_number,
    first_words,
    number_key,
    text_reference,
)
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.kinds import AMENDEMENT, PROJET, PROJET_AMENDEMENT, PROPOSITION
from reviewer.core.structure import Section
from reviewer.drafting.model import Op
from reviewer.drafting.text import articles, canonical_article
from reviewer.library.amendment_files import DISPOSITIF
from reviewer.library.amendment_import import SUMMARY
from reviewer.library.context import Context

BOUND = "bill_id"  # metadata: the document the user bound an amendment to
BILL_KINDS = (PROJET, PROPOSITION)  # what a text reference finds by itself
_LISTED = (AMENDEMENT, PROJET_AMENDEMENT)
_ARTICLE = re.compile(r"(?i)^(?:article|art\.)\s")
_NUMBERED = re.compile(r"(?i)^(?:[0-9]|premier\b|1er\b|liminaire\b|unique\b)")
_ASIDE = re.compile(r"\([^)]*\)")  # "(nouveau)", "(précédemment examiné)", "(supprimé)"
_PLACEMENTS = {Placement.BEFORE.value: 0, Placement.AT.value: 1, "": 1, Placement.AFTER.value: 2}
# What ends the dispositif on an amendment's page: the exposé's heading.
_AFTER_DISPOSITIF = re.compile(r"\n(?:Objet|Exposé sommaire)\n")


# --- Binding --------------------------------------------------------------------------------


def bill_reference(metadata: dict[str, object]) -> str:
    """The text a bill is, as amendments name it ("Sénat 2017-2018 63"); "" when its cover
    does not state enough to say (a number, and a legislature or a session)."""
    number, chamber = str(metadata.get("number") or ""), str(metadata.get("chamber") or "")
    legislature, session = (
        str(metadata.get("legislature") or ""),
        str(metadata.get("session") or ""),
    )
    if not number:
        return ""
    if legislature and chamber in ("", AN):
        return text_reference(AN, legislature, number)
    if session and chamber in ("", SENAT):
        return text_reference(SENAT, session, number)
    return ""


def bills_by_reference(context: Context) -> dict[str, int]:
    """The bill each text reference finds; the last imported when several state it."""
    with context.lock:
        bills = context.store.documents_of_kinds(BILL_KINDS)
    found = {}
    for bill in bills:  # by id: the last imported wins
        if reference := bill_reference(bill.metadata):
            found[reference] = bill.id
    return found


def bound_bill(context: Context, metadata: dict[str, Any]) -> int | None:
    """The bill an amendment (its metadata) is bound to: the user's binding, else the bill
    stating the text it names; None when the library holds neither."""
    if metadata.get(BOUND) is not None:
        return int(metadata[BOUND])
    return bills_by_reference(context).get(str(metadata.get("text_ref") or ""))


def bill_of(context: Context, document_id: int) -> int | None:
    """The bill an amendment is bound to, or a draft was written on; None for any other
    document, or an amendment whose text the library lacks."""
    document = context.document(document_id)
    if document.kind == AMENDEMENT:
        return bound_bill(context, document.metadata)
    if document.kind == PROJET_AMENDEMENT:
        with context.lock:
            row = context.store.draft_row(document_id)
        return int(row["bill_id"]) if row and row.get("bill_id") is not None else None
    return None


def bind(context: Context, document_ids: Sequence[int], bill_id: int | None) -> list[int]:
    """Bind amendments to a document (None: back to the text they name); the amendments
    among `document_ids` (other documents are left alone). Returns those bound."""
    if bill_id is not None and context.document(bill_id).kind in _LISTED:
        raise ReviewerError(
            tr("document {id} is an amendment: bind amendments to a bill", id=bill_id)
        )
    with context.lock:
        ids = [d for d in dict.fromkeys(document_ids) if _is_amendment(context, d)]
        if ids:
            context.store.bind_documents(ids, BOUND, bill_id)
    return ids


def _is_amendment(context: Context, document_id: int) -> bool:
    document = context.store.document(document_id)
    return document is not None and document.kind == AMENDEMENT


# --- Attachment -----------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # a few hundred divisions for thousands of amendments
def article_key(division: str) -> str:
    """What compares a division with a bill's article: "Article 16 octies (nouveau)" and
    "ARTICLE 16 OCTIES" → "article 16 octies"; "" for a division that is not an article."""
    plain = " ".join(_ASIDE.sub(" ", division).split())
    return canonical_article(plain).casefold() if _ARTICLE.match(plain) else ""


@dataclass(frozen=True)
class Outline:
    """A bill's articles in the order of the text, by their `article_key`."""

    ranks: dict[str, tuple[int, str]]  # key -> (rank, label)

    @classmethod
    def of(cls, structure: Sequence[Section]) -> Outline:
        ranks: dict[str, tuple[int, str]] = {}
        for section in articles(structure):
            key = article_key(section.label)
            if key and key not in ranks:  # the first: a quoted article comes later
                ranks[key] = (len(ranks), section.label)
        return cls(ranks)


# --- The dérouleur ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Listed:
    entry: AmendmentEntry
    key: tuple[Any, ...]
    # What a sub-amendment's `parent` may say of it, with the text both amend.
    names: tuple[tuple[str, str], ...]


def amendments(
    context: Context, bill_id: int | None, *, article: str | None = None
) -> list[AmendmentEntry]:
    """The amendments and drafts of a bill (of every bill, then the unbound, when None) in
    the order of discussion."""
    by_reference = bills_by_reference(context)
    bill = None
    if bill_id is not None:
        context.document(bill_id)
        bill = (bill_id, [ref for ref, found in by_reference.items() if found == bill_id])
    with context.lock:
        rows = context.store.amendment_rows(_LISTED, marker=f"\n{DISPOSITIF}\n", bound=BOUND,
                                            summary=SUMMARY, bill=bill)  # fmt: skip
    outlines: dict[int, Outline] = {}
    listed = []
    for row in rows:
        item = _listed(context, row, by_reference, outlines)
        if bill_id is None or item.entry.bill_id == bill_id:
            listed.append(item)
    if article is not None:
        wanted = _wanted(article)
        listed = [i for i in listed if _article_of(i.entry) == wanted]
    return [item.entry for item in discussion_order(listed)]


def _wanted(article: str) -> str:
    """The article a user names: "7", "16 octies", "Article 1er"; or a division ("Titre")."""
    typed = " ".join(article.split())
    if _NUMBERED.match(typed):
        typed = f"Article {typed}"
    return article_key(typed) or typed.casefold()


def _article_of(entry: AmendmentEntry) -> str:
    return article_key(entry.article or entry.division) or entry.division.casefold()


def _listed(
    context: Context,
    row: dict[str, Any],
    by_reference: dict[str, int],
    outlines: dict[int, Outline],
) -> _Listed:
    metadata = json.loads(row["metadata"])
    draft = row["kind"] == PROJET_AMENDEMENT
    fields = _draft_fields(row) if draft else _official_fields(row, metadata)
    bill_id = _bill_of(row, metadata, by_reference)
    if bill_id is not None and bill_id not in outlines:
        outlines[bill_id] = _outline(context, bill_id)
    outline = outlines[bill_id] if bill_id is not None else None
    rank, attached, warning = _attached(fields["division"], outline)
    entry = AmendmentEntry(
        **fields,
        bill_id=bill_id,
        article=attached,
        position=row["position"],
        argument=row["argument"] or "",
        draft=draft,
        warning=warning,
    )
    key = (
        bill_id is None,
        bill_id or 0,
        rank is None,  # what is not attached comes after the articles
        rank or 0,
        _article_of(entry) if rank is None else "",
        _PLACEMENTS.get(entry.placement, 1),
        draft,
        entry.order is None,
        entry.order or 0,
        number_key(entry.number),
        entry.id,
    )
    names = (entry.number, base_number(entry.number), metadata.get("source_id", ""))
    return _Listed(entry, key, tuple((entry.text_ref, str(n)) for n in dict.fromkeys(names) if n))


def _outline(context: Context, bill_id: int) -> Outline:
    try:
        return Outline.of(context.structure(bill_id))
    except ReviewerError:  # A bill removed for good: its amendments stay, unattached.
        return Outline({})


def _bill_of(
    row: dict[str, Any], metadata: dict[str, Any], by_reference: dict[str, int]
) -> int | None:
    if row["draft_bill"] is not None:
        return int(row["draft_bill"])
    if metadata.get(BOUND) is not None:
        return int(metadata[BOUND])
    return by_reference.get(str(metadata.get("text_ref") or ""))


def _attached(division: str, outline: Outline | None) -> tuple[int | None, str | None, str]:
    """The rank and label of the bill's article a division names, and the warning when the
    bill lacks it."""
    key = article_key(division)
    if outline is None or not key:
        return None, None, ""
    if key in outline.ranks:
        return (*outline.ranks[key], "")
    article = canonical_article(_ASIDE.sub(" ", division)).lower()
    return None, None, tr("{article} absent from the text", article=article)


def _official_fields(row: dict[str, Any], metadata: dict[str, Any]) -> dict[str, Any]:
    order = metadata.get("order")
    summed = metadata.get(SUMMARY)
    return {
        "id": row["id"],
        "chamber": metadata.get("chamber", ""),
        "number": metadata.get("number", ""),
        "text_ref": metadata.get("text_ref", ""),
        "division": metadata.get("target_article", ""),
        "placement": metadata.get("placement", ""),
        "alinea": metadata.get("alinea", ""),
        "authors": tuple(metadata.get("authors", ())),
        "group": metadata.get("group", ""),
        "date": metadata.get("registered", ""),
        "state": metadata.get("state", ""),
        "outcome": metadata.get("outcome", ""),
        "parent": metadata.get("parent", ""),
        "identical_group": metadata.get("identical_group", ""),
        "order": int(order) if str(order).isdigit() else None,
        "title": row["title"],
        "summary": summed
        if summed is not None
        else first_words(_dispositif(row["dispositif"] or "")),
    }


def _draft_fields(row: dict[str, Any]) -> dict[str, Any]:
    request = json.loads(row["draft_request"] or "{}")
    additional = request.get("op") == Op.ADDITIONAL_ARTICLE
    placement = (Placement.BEFORE if request.get("position") == "before" else Placement.AFTER) \
        if additional else Placement.AT  # fmt: skip
    alinea = request.get("alinea")
    return {
        "id": row["id"],
        "chamber": "",
        "number": "",
        "text_ref": "",
        "division": canonical_article(str(request.get("article") or "")),
        "placement": placement.value,
        "alinea": str(alinea) if alinea is not None else "",
        "authors": tuple(json.loads(row["draft_signatories"] or "[]")),
        "group": "",
        "date": "",
        "state": "",
        "outcome": "",
        "parent": "",
        "identical_group": "",
        "order": None,
        "title": row["title"],
        "summary": first_words(row["dispositif"] or ""),
    }


def _dispositif(page_text: str) -> str:
    end = _AFTER_DISPOSITIF.search(page_text)
    return page_text[: end.start()] if end else page_text


# --- The order of discussion ----------------------------------------------------------------


def discussion_order(listed: Iterable[_Listed]) -> list[_Listed]:
    """By article, placement, order of discussion or number; identical amendments together
    (where the first of them comes); sub-amendments right after their parent (after its
    identical amendments: they are discussed with it)."""
    items = sorted(listed, key=lambda item: item.key)
    by_name = {name: item for item in items for name in item.names}
    children: dict[int, list[_Listed]] = defaultdict(list)
    roots = []
    for item in items:
        text, said = item.entry.text_ref, item.entry.parent
        parent = (
            (by_name.get((text, said)) or by_name.get((text, base_number(said)))) if said else None
        )
        if parent is not None and parent is not item:
            children[parent.entry.id].append(item)
        else:
            roots.append(item)
    identical: dict[tuple[object, ...], list[_Listed]] = defaultdict(list)
    for item in roots:
        if item.entry.identical_group:
            identical[_group_key(item)].append(item)
    ordered: list[_Listed] = []
    done: set[int] = set()
    for item in roots:
        if item.entry.id not in done:
            group = (
                identical.get(_group_key(item), [item]) if item.entry.identical_group else [item]
            )
            _emit(group, children, ordered, done)
    for item in items:  # sub-amendments of each other (a source's error): listed all the same
        if item.entry.id not in done:
            _emit([item], children, ordered, done)
    return ordered


def _group_key(item: _Listed) -> tuple[object, ...]:
    """Identical amendments are discussed at one place: their bill, article and placement."""
    return (item.key[:6], item.entry.identical_group)


def _emit(
    group: list[_Listed], children: dict[int, list[_Listed]], ordered: list[_Listed], done: set[int]
) -> None:
    """Identical amendments one after the other, then the sub-amendments of each."""
    fresh = [item for item in group if item.entry.id not in done]
    done.update(item.entry.id for item in fresh)
    ordered += fresh
    for item in fresh:
        _emit(children.get(item.entry.id, []), children, ordered, done)
