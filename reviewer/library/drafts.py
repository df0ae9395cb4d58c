"""Drafts kept in the library: saved, listed, exported, and carried to a bill's next version.

A saved draft is a document of kind « projet d'amendement » (a PDF laid out as the chamber
prints an amendment, so it is searchable, taggable and annotatable like any document) and a
row of the `drafts` table with what re-drafts it: the bill, the request, and the passage of
the bill it is anchored on (its words with their context, as annotations are anchored).
The same bill, operation, address and words saved again update that draft: never a twin.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from reviewer.core.drafting import DRAFT_FORMATS, SavedDraft
from reviewer.core.errors import NotFound, ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.kinds import PROJET_AMENDEMENT
from reviewer.core.records import Annotation, CarryStatus, Page, TextQuote
from reviewer.core.structure import Section
from reviewer.drafting.model import Op
from reviewer.drafting.text import articles, canonical_article, occurrences
from reviewer.export import draft as layout
from reviewer.legislative import document_text
from reviewer.library.anchoring import CONTEXT_CHARS
from reviewer.library.context import Context
from reviewer.library.drafting import Request, draft
from reviewer.library.drafting import request as request_of
from reviewer.library.files import PART_PREFIX, blob_path, sha256_of
from reviewer.library.versioning import VersionText, passage_anchors
from reviewer.pdf import Block, write_pdf
from reviewer.pdf.reader import read_document
from reviewer.store import Store, now
from reviewer.versions.alignment import align_units
from reviewer.versions.relocation import Passage as Anchored
from reviewer.versions.relocation import Relocation, relocate

_WORD_OPS = (Op.DELETE_WORDS, Op.REPLACE_WORDS, Op.INSERT_WORDS)


@dataclass(frozen=True)
class Passage:
    """The words of the bill a draft is anchored on, at document-text offsets."""

    quote: TextQuote
    start: int
    end: int


@dataclass(frozen=True)
class Pending:
    """A draft ready to store: its PDF is written, its rows are not (one transaction does)."""

    bill_id: int
    key: str
    request: Request
    passage: Passage
    saved: SavedDraft  # id 0: a new document
    title: str
    file_row: dict[str, Any]
    pages: list[Page]

    def write(self, store: Store) -> int:
        existing = store.draft_by_key(self.key)
        if existing is not None:
            document_id = existing["document_id"]
            document = store.document(document_id)
            # A title the user gave the draft stays; a removed draft saved again is the same
            # draft: it comes back, notes and all.
            renamed = document is not None and "title" in document.user_fields
            title = {} if renamed else {"title": self.title}
            store.replace_content(document_id, {**title, **self.file_row}, self.pages)
            if document is not None and document.removed:
                store.restore_document(document_id)
        else:
            row = {"title": self.title, "kind": PROJET_AMENDEMENT, "kind_confidence": 1.0,
                   "detected": now(), "source": "reviewer", **self.file_row}  # fmt: skip
            document_id = store.add_document(row, self.pages)
        store.save_draft(_draft_row(document_id, self))
        return document_id


def save(
    context: Context,
    bill_id: int,
    request: Request,
    *,
    expose: str = "",
    signatories: tuple[str, ...] | None = None,
    default_signatories: tuple[str, ...] = (),
) -> Pending:
    """The draft of `request` on the bill, ready to store. What is not given is kept from
    an earlier save of the same draft: its exposé, its signatories (else the defaults)."""
    result = draft(context, bill_id, request)
    key = draft_key(bill_id, request)
    earlier = context.store.draft_by_key(key)
    saved = SavedDraft(
        id=earlier["document_id"] if earlier else 0,
        bill_id=bill_id,
        op=request.op,
        article=result.article,
        alinea=result.alinea,
        quote="",
        heading=result.heading,
        dispositif=result.dispositif,
        expose=expose or (earlier["expose"] if earlier else ""),
        expose_title=result.expose_title,
        style=result.style,
        signatories=_signatories(signatories, earlier, default_signatories),
        warnings=result.warnings,
    )
    return _pending(context, bill_id, request, saved, key)


def _signatories(
    given: tuple[str, ...] | None, earlier: dict[str, Any] | None, default: tuple[str, ...]
) -> tuple[str, ...]:
    if given is not None:
        return tuple(name.strip() for name in given if name.strip())
    if earlier is not None:
        return tuple(json.loads(earlier["signatories"]))
    return default


def drafts(context: Context, bill_id: int) -> list[SavedDraft]:
    return [from_row(row) for row in context.store.draft_rows(bill_id)]


def saved_draft(context: Context, document_id: int) -> SavedDraft:
    row = context.store.draft_row(document_id)
    if row is None:
        raise NotFound(
            tr("document {document_id} is not a saved draft amendment", document_id=document_id)
        )
    return from_row(row)


def export(context: Context, document_id: int, fmt: str, output: Path | None) -> bytes:
    """The draft in `fmt` (docx, pdf, txt, fields); written to `output` when given."""
    saved = saved_draft(context, document_id)
    bill = _bill_title(context, saved.bill_id)
    if fmt == "pdf":
        data = (context.layout.root / context.document(document_id).pdf_path).read_bytes()
    elif fmt == "docx":
        data = layout.docx_bytes(saved, bill)
    elif fmt == "txt":
        data = layout.plain_text(saved, bill).encode()
    elif fmt == "fields":
        data = layout.fields_text(saved).encode()
    else:
        raise ReviewerError(
            tr(
                "unknown format {fmt!r}: one of {draft_formats}",
                fmt=fmt,
                draft_formats=", ".join(DRAFT_FORMATS),
            )
        )
    if output is not None:
        output.write_bytes(data)
    return data


def draft_key(bill_id: int, request: Request) -> str:
    """What makes two saves the same draft: the bill, the operation, the address, the words."""
    address = (canonical_article(request.article), request.alinea, request.phrase)
    words = (request.old, request.after, request.before, request.position, request.occurrence)
    # Several edits: the next ones too (a one-edit draft keeps the key it always had).
    then = [[asdict(edit) for edit in request.then]] if request.then else []
    return json.dumps([bill_id, request.op, *address, *words, *then], ensure_ascii=False)


def from_row(row: dict[str, Any]) -> SavedDraft:
    request = request_of(json.loads(row["request"]))
    return SavedDraft(
        id=row["document_id"],
        bill_id=row["bill_id"],
        op=request.op,
        article=canonical_article(request.article),
        alinea=request.alinea,
        quote=row["quote"],
        **{k: row[k] for k in ("heading", "dispositif", "expose", "expose_title", "style")},
        signatories=tuple(json.loads(row["signatories"])),
        warnings=tuple(json.loads(row["warnings"])),
        review=row["review"] or "",
        carried_from=row["carried_from"],
    )


# --- Notes on a draft saved again ----------------------------------------------------------


def before_saving(context: Context, pending: Pending) -> VersionText | None:
    """The draft's text before `pending` replaces it (None: a new draft), to move its notes."""
    existing = context.store.draft_by_key(pending.key)
    return VersionText(context, existing["document_id"]) if existing else None


def reanchored(context: Context, before: VersionText) -> list[Annotation]:
    """The annotations of a draft saved again, re-anchored on its new text, as on a new
    version: a highlight follows its words; one whose words are gone keeps its quote and
    note, with no place on the page (not lost)."""
    context.pages_changed(before.id)
    after = VersionText(context, before.id)
    annotations = context.annotations(document_id=before.id)
    passages = [a for a in annotations if a.target == "passage"]
    pairs = align_units(before.text, before.units, after.text, after.units)
    found = relocate(
        [Anchored(a.id, a.anchor.quote, a.anchor.position.start, a.anchor.position.end)
         for a in passages],
        before.text, after.text, pairs,
    )  # fmt: skip
    anchors = passage_anchors(context, after, found)
    moved = []
    for annotation in annotations:
        anchor = anchors.get(annotation.id)
        if anchor is None:  # a note on a page, or words gone: no rectangles, quote kept
            page = min(annotation.page, len(after.pages))
            anchor = replace(annotation.anchor, page=page, rects=())
        if anchor != annotation.anchor:
            moved.append(replace(annotation, anchor=anchor, updated=now()))
    return moved


# --- Carrying to the next version -----------------------------------------------------------


def carried(context: Context, previous_id: int, document_id: int) -> list[Pending]:
    """The drafts on `previous_id` re-addressed on its new version `document_id` (not yet
    stored). A draft whose words are gone keeps its dispositif and is flagged for review."""
    done = {row["carried_from"] for row in context.store.draft_rows(document_id)}
    sources = [
        row for row in context.store.draft_rows(previous_id) if row["document_id"] not in done
    ]
    if not sources:
        return []
    old, new = VersionText(context, previous_id), VersionText(context, document_id)
    pairs = align_units(old.text, old.units, new.text, new.units)
    found = relocate(
        [Anchored(str(row["document_id"]), _quote(row), row["quote_start"], row["quote_end"])
         for row in sources],
        old.text, new.text, pairs,
    )  # fmt: skip
    sections = context.structure(document_id)
    return [
        _carried_one(context, row, document_id, relocation, sections)
        for row, relocation in zip(sources, found, strict=True)
    ]


def _carried_one(
    context: Context,
    row: dict[str, Any],
    bill_id: int,
    relocation: Relocation,
    sections: Sequence[Section],
) -> Pending:
    source = from_row(row)
    request = request_of(json.loads(row["request"]))
    place = _address(sections, relocation.start) if relocation.status in _FOUND else None
    if (
        place is None
        or request.then
        or (relocation.status is CarryStatus.CHANGED and _quoted(request))
    ):
        why = (
            f"les mots « {source.quote[:80]} » ne se retrouvent pas tels quels dans la nouvelle "
            "version : l’adresse et le dispositif sont à vérifier"
        )
        if place is not None and request.then:  # only the first edit's address is tracked
            why = "amendement à plusieurs parties : l’adresse de chacune est à vérifier"
        saved = replace(source, id=0, bill_id=bill_id, review=why, carried_from=source.id)
        as_was = Passage(_quote(row), 0, 0)
        return _pending(context, bill_id, request, saved, draft_key(bill_id, request), as_was)
    article, alinea = place
    moved = replace(request, article=article, alinea=alinea if request.alinea else None)
    result = draft(context, bill_id, moved)
    notes = list(result.warnings)
    if (canonical_article(request.article), request.alinea) != (article, moved.alinea):
        was, now_at = _where(source.article, source.alinea), _where(article, moved.alinea)
        notes.insert(0, f"nouvelle version : {was} est devenu {now_at}, dispositif récrit")
    saved = replace(
        source, id=0, bill_id=bill_id, article=article, alinea=moved.alinea,
        heading=result.heading, dispositif=result.dispositif, warnings=tuple(notes),
        carried_from=source.id,
    )  # fmt: skip
    return _pending(context, bill_id, moved, saved, draft_key(bill_id, moved))


_FOUND = (CarryStatus.EXACT, CarryStatus.MOVED, CarryStatus.CHANGED)


def _address(sections: Sequence[Section], offset: int) -> tuple[str, int | None] | None:
    """The article and alinéa of the new version holding a document-text offset."""
    for article in articles(sections):
        if article.start <= offset < max(article.end, article.start + 1):
            for number, child in enumerate(article.children, start=1):
                if child.start <= offset < child.end:
                    return article.label, number
            return article.label, None
    return None


def _where(article: str, alinea: int | None) -> str:
    return f"{article.lower()}, alinéa {alinea}" if alinea else article.lower()


def _quoted(request: Request) -> bool:
    return bool(request.old or request.after or request.before)


# --- Storing -------------------------------------------------------------------------------


def _pending(
    context: Context,
    bill_id: int,
    request: Request,
    saved: SavedDraft,
    key: str,
    passage: Passage | None = None,
) -> Pending:
    passage = passage or _passage(context, bill_id, request)
    saved = replace(saved, quote=passage.quote.exact)
    file_row, pages = _pdf(context, saved, key)
    title = f"Projet d’amendement : {_where(saved.article, saved.alinea).capitalize()}"
    title += f" ({_bill_title(context, bill_id)})"
    return Pending(bill_id, key, request, passage, saved, title, file_row, pages)


def _passage(context: Context, bill_id: int, request: Request) -> Passage:
    """The words of the bill the draft is about: the quoted words in their alinéa, else the
    alinéa, else the article's heading (an article operation)."""
    text = document_text([page.text for page in context.pages(bill_id)])
    wanted = canonical_article(request.article).casefold()
    section = next(
        (s for s in articles(context.structure(bill_id)) if s.label.casefold() == wanted), None
    )
    if section is None:
        return Passage(TextQuote(""), 0, 0)
    start, end = _span(text, section, request)
    return Passage(
        TextQuote(
            text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
        ),
        start,
        end,
    )


def _span(text: str, section: Section, request: Request) -> tuple[int, int]:
    alinea = request.alinea or 0
    if not 1 <= alinea <= len(section.children):
        line_end = text.find("\n", section.start, section.end)
        return section.start, line_end if line_end >= 0 else section.end
    child = section.children[alinea - 1]
    words = request.old or request.after or request.before
    spots = occurrences(text[child.start : child.end], words) if words else []
    if not spots:
        return child.start, child.end
    first, last = spots[min(len(spots), request.occurrence or 1) - 1]
    return child.start + first, child.start + last


def _pdf(context: Context, saved: SavedDraft, key: str) -> tuple[dict[str, Any], list[Page]]:
    """The draft's PDF, written to its content-addressed place; its row columns and pages."""
    folder = context.layout.files
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=folder, prefix=PART_PREFIX, suffix=".pdf")
    os.close(handle)
    temporary = Path(name)
    try:
        # The reference makes each draft's file its own, even with a twin's wording.
        reference = Block("small", f"Référence : {hashlib.sha256(key.encode()).hexdigest()[:12]}")
        blocks = [*layout.blocks(saved, _bill_title(context, saved.bill_id)), reference]
        write_pdf(temporary, blocks,
                  title=saved.heading, author=", ".join(saved.signatories))  # fmt: skip
        read = read_document(temporary)
        sha = sha256_of(temporary)
        target = blob_path(folder, sha, ".pdf")
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        size = temporary.stat().st_size
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    where = str(target.relative_to(context.layout.root))
    row = {"sha256": sha, "file_path": where, "pdf_path": where, "page_count": len(read.pages),
           "size_bytes": size, "has_text": read.has_text}  # fmt: skip
    return row, [Page(0, p.number, p.text, p.width, p.height) for p in read.pages]


def _draft_row(document_id: int, pending: Pending) -> dict[str, Any]:
    saved, passage = pending.saved, pending.passage
    return {
        "document_id": document_id,
        "bill_id": pending.bill_id,
        "key": pending.key,
        "request": json.dumps(asdict(pending.request), ensure_ascii=False),
        "quote": saved.quote,
        "prefix": passage.quote.prefix,
        "suffix": passage.quote.suffix,
        "quote_start": passage.start,
        "quote_end": passage.end,
        "heading": saved.heading,
        "dispositif": saved.dispositif,
        "expose_title": saved.expose_title,
        "expose": saved.expose,
        "style": saved.style,
        "signatories": json.dumps(list(saved.signatories), ensure_ascii=False),
        "warnings": json.dumps(list(saved.warnings), ensure_ascii=False),
        "review": saved.review or None,
        "carried_from": saved.carried_from,
    }


def _quote(row: dict[str, Any]) -> TextQuote:
    return TextQuote(row["quote"], row["prefix"], row["suffix"])


def _bill_title(context: Context, bill_id: int) -> str:
    try:
        return context.document(bill_id).title
    except NotFound:  # The bill was removed for good: its drafts stay.
        return ""
