"""Glue between the facade and Word files: the annotated text out, a colleague's comments in.

Out: each document's text cut into the paragraphs its structure gives (headings, alinéas,
and the paragraphs of the rest), its annotations as remarks. In: each comment's words found
in the document's text with their context by the versions' relocation engine, as an
annotation carried to a new version is; all or nothing, and twice adds nothing.
"""

from __future__ import annotations

import bisect
import itertools
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.changes import Changes
from reviewer.core.colors import DEFAULT_COLOR
from reviewer.core.drafting import SavedDraft
from reviewer.core.errors import Cancelled, NotACopy, ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.i18n import tr
from reviewer.core.records import (
    Anchor,
    Annotation,
    Document,
    Progress,
    TextPosition,
    TextQuote,
)
from reviewer.core.reports import WordExport, WordImport
from reviewer.core.structure import Section
from reviewer.export.word import (
    DEEPEST_HEADING,
    DRAFT_NOTE,
    ON_TITLE,
    Block,
    Comment,
    Remark,
    Revision,
    WordText,
    comment_text,
    noted,
    read_word,
    word_bytes,
)
from reviewer.legislative.structure import alineas
from reviewer.library import anchoring
from reviewer.library.context import clean_tags, default_author
from reviewer.library.exporting import IMPORT_CANCELLED, write_atomically
from reviewer.library.tracked import tracked
from reviewer.store import now as store_now
from reviewer.versions.relocation import CONTEXT, Passage, relocate

if TYPE_CHECKING:
    from reviewer.library.facade import Library

Act = Callable[[Callable[[], object], Changes], object]  # the facade's `_act`
# Word heading levels: TITRE 1, CHAPITRE 2, Article 3 (or one below a section holding it);
# other divisions one below the one holding them; the exposé des motifs and such at the top.
HEADING_LEVELS = {"titre": 1, "chapitre": 2, "article": 3}
# Share of the document's word triples a Word file must hold to be a version of its text.
SAME_TEXT = 0.6
_WORD = re.compile(r"\w+")
NEAR = 64  # characters around a place found where its quote's exact text is looked for


# --- Out -------------------------------------------------------------------------------------


def export_word(
    library: Library,
    document_ids: Sequence[int],
    path: Path,
    *,
    tags: Sequence[str],
    with_drafts: bool,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> WordExport:
    """Write the documents' texts with their annotations as Word comments, one section each;
    `with_drafts`: their saved amendment drafts as tracked changes."""
    documents = [library.document(i) for i in document_ids]
    if not documents:
        raise ReviewerError(tr("choose at least one document to export to Word"))
    wanted = {tag.casefold() for tag in tags}
    texts, count, drafts, warnings = [], 0, 0, []
    for done, document in enumerate(documents):
        if cancel.cancelled:
            raise Cancelled(tr("export cancelled: nothing was written"))
        progress(Progress(done, len(documents), document.title))
        text = anchoring.PAGE_SEPARATOR.join(page.text for page in library.pages(document.id))
        structure = library.structure(document.id)
        blocks = paragraphs(text, structure)
        annotations = [
            a
            for a in library.annotations(document_id=document.id)
            if not wanted or wanted & {t.casefold() for t in a.tags}
        ]
        remarks = tuple(_remark(a, blocks) for a in annotations)
        changes = tracked(
            text, structure, blocks, _drafts(library, document) if with_drafts else []
        )
        texts.append(
            WordText(document.title, text, tuple(blocks), remarks + changes.remarks,
                     changes.changes, changes.added)
        )  # fmt: skip
        count += len(remarks) + len(changes.remarks)
        drafts += changes.written
        warnings += [f"{document.title}: {warning}" for warning in changes.warnings]
    title = documents[0].title if len(documents) == 1 else f"{len(documents)} textes annotés"
    write_atomically(path, word_bytes(texts, title=title, author=default_author()))
    return WordExport(len(documents), count, drafts, tuple(warnings))


def _drafts(library: Library, bill: Document) -> list[tuple[SavedDraft, Revision]]:
    """The bill's saved drafts, each by its first signatory (the user who saved it, unless
    they named others), dated when it was first saved."""
    user = default_author()
    return [
        (draft, Revision(draft.signatories[0] if draft.signatories else user,
                         _date(library.document(draft.id).added)))
        for draft in library.drafts(bill.id)
    ]  # fmt: skip


def paragraphs(text: str, structure: Sequence[Section]) -> list[Block]:
    """The document text as paragraphs: TITRE, CHAPITRE and Article headings, alinéas
    numbered, and the rest (title page, exposé des motifs...) in its paragraphs."""
    placed = sorted(_structured(text, structure), key=lambda block: block.start)
    blocks: list[Block] = []
    covered = 0
    for block in placed:
        blocks += _plain(text, covered, block.start)
        if block.start >= covered:
            blocks.append(block)
            covered = block.end
    return blocks + _plain(text, covered, len(text))


def _structured(text: str, sections: Sequence[Section], parent: int = 0) -> Iterator[Block]:
    for section in sections:
        if section.kind == "alinéa":
            yield from _trimmed(text, section.start, section.end, 0, section.label.split()[-1])
            continue
        heading_end = section.children[0].start if section.children else section.end
        if not section.children:  # the heading is its first line, its text the rest
            line_end = text.find("\n", section.start, section.end)
            heading_end = line_end if line_end >= 0 else section.end
            yield from _plain(text, heading_end, section.end)
        level = min(DEEPEST_HEADING, max(HEADING_LEVELS.get(section.kind, 1), parent + 1))
        yield from _trimmed(text, section.start, heading_end, level)
        yield from _structured(text, section.children, level)


def _plain(text: str, start: int, end: int) -> list[Block]:
    if not text[start:end].strip():
        return []
    starts = alineas(text, start, end) or [start]
    bounds = [*starts, end]
    return [b for s, e in itertools.pairwise(bounds) for b in _trimmed(text, s, e, 0)]


def _trimmed(text: str, start: int, end: int, level: int, number: str = "") -> list[Block]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    begin = start + len(piece) - len(piece.lstrip())
    return [Block(begin, begin + len(stripped), level, number)]


def _remark(annotation: Annotation, blocks: Sequence[Block]) -> Remark:
    text = comment_text(
        annotation.note,
        annotation.tags,
        page=annotation.page if annotation.target == "page" else None,
        document=annotation.target == "document",
    )
    start, end = annotation.anchor.position.start, annotation.anchor.position.end
    if annotation.target == "document" or (annotation.target == "page" and not blocks):
        start = end = ON_TITLE  # on the title (a text without text: a scan not yet read)
    elif annotation.target == "page":  # on the paragraph where the page begins
        index = min(bisect.bisect_right([b.end for b in blocks], start), len(blocks) - 1)
        start, end = blocks[index].start, blocks[index].end
    return Remark(start, end, text, annotation.author, _date(annotation.created))


def _date(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


# --- In --------------------------------------------------------------------------------------


def import_word(
    library: Library,
    document_id: int,
    path: Path,
    *,
    act: Act,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> WordImport:
    """Take in a Word file's comments as annotations on the document.

    The file must hold the document's text (the one exported, or another Word version of
    it): else NotACopy, and nothing is imported.
    """
    document = library.document(document_id)
    pages = [page.text for page in library.pages(document.id)]
    text = anchoring.PAGE_SEPARATOR.join(pages)
    found = read_word(Path(path))
    share = _shared(text, found.text)
    if share < SAME_TEXT:
        raise NotACopy(
            tr(
                "{name} is not a Word version of “{title}”: only {share:.0%} "
                "of the document's text is in it; nothing was imported",
                name=Path(path).name,
                title=document.title,
                share=share,
            )
        )
    offsets = anchoring.page_offsets([len(page) for page in pages])
    known = _Known(library.annotations(include_deleted=True), document.id)
    on_words = [c for c in found.comments if not _is_note(c) and not _is_draft(c)]
    places = _places(on_words, found.text, text, cancel)
    added: list[Annotation] = []
    present, unfound = 0, []
    for done, comment in enumerate(found.comments):
        if cancel.cancelled:
            raise Cancelled(tr(IMPORT_CANCELLED))
        progress(Progress(done, len(found.comments), comment.author))
        if _is_draft(comment):  # a draft of the library's own, not a remark
            present += 1
            continue
        span = places.get(comment.id)
        if not _is_note(comment) and span is None:
            unfound.append(_unfound(comment, found.text))
            continue
        candidate = _annotation(library, document, comment, span, offsets)
        if known.has(candidate):
            present += 1
        else:
            added.append(candidate)
            known.add(candidate)

    def save() -> None:
        for annotation in added:
            library.store.save_annotation(annotation)

    changes = Changes.of(
        annotations=[a.id for a in added],
        documents=[document.id] if added else [],  # its annotation count changed
        tags={tag for a in added for tag in a.tags},
    )
    act(save, changes)
    return WordImport(len(added), present, tuple(unfound))


def _shared(text: str, other: str) -> float:
    """The share of the text's word triples that the other text holds too; 1.0 for a text
    without words (a scan not yet read: only notes can come in, nothing tells texts apart)."""
    ours, theirs = _triples(text), _triples(other)
    return len(ours & theirs) / len(ours) if ours else 1.0


def _triples(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return set(zip(words, words[1:], words[2:], strict=False))


def _is_note(comment: Comment) -> bool:
    found = noted(comment.text)
    return found.document or found.page is not None


def _is_draft(comment: Comment) -> bool:
    """Our comment on a draft not written as tracked changes."""
    return comment.text.startswith(DRAFT_NOTE)


def _places(
    comments: Sequence[Comment], theirs: str, ours: str, cancel: CancelToken
) -> dict[str, tuple[int, int]]:
    """Where each comment's words are in the document text (comment id -> offsets)."""
    passages = [
        Passage(
            c.id,
            TextQuote(
                theirs[c.start : c.end],
                theirs[max(0, c.start - CONTEXT) : c.start],
                theirs[c.end : c.end + CONTEXT],
            ),
            c.start,
            c.end,
        )
        for c in comments
        if theirs[c.start : c.end].strip()
    ]
    quotes = {passage.key: passage.quote.exact for passage in passages}
    try:
        found_places = relocate(passages, theirs, ours, [], cancel=cancel)
    except Cancelled:
        raise Cancelled(tr(IMPORT_CANCELLED)) from None
    places = {}
    for found in found_places:
        if found.end > found.start and ours[found.start : found.end].strip():
            places[found.key] = _exactly(ours, quotes[found.key], found.start, found.end)
    return places


def _exactly(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """The quote's very characters near a place found: matching on normalised text widens a
    quote that begins or ends inside a word or a number ("article 230-" of "230-7-2")."""
    words = quote.split()
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    low = max(0, start - len(quote) - NEAR)
    hits = list(pattern.finditer(text, low, min(len(text), end + len(quote) + NEAR)))
    if not hits:
        return start, end
    best = min(hits, key=lambda hit: abs(hit.start() - start))
    return best.start(), best.end()


def _unfound(comment: Comment, text: str) -> str:
    words = " ".join(text[comment.start : comment.end].split())
    on = (
        tr("on “{words}”", words=words[:60] + ("…" if len(words) > 60 else ""))
        if words
        else tr("on no words")
    )
    return tr(
        "comment {id} by {author} {on}: {text!r}",
        id=comment.id,
        author=comment.author or tr("someone"),
        on=on,
        text=comment.text[:80],
    )


def _annotation(
    library: Library,
    document: Document,
    comment: Comment,
    span: tuple[int, int] | None,
    offsets: Sequence[int],
) -> Annotation:
    found = noted(comment.text)
    if span is None:
        page = 1 if found.document else min(max(1, found.page or 1), len(offsets))
        offset = offsets[page - 1]
        anchor = Anchor(page, (), TextQuote(""), TextPosition(offset, offset))
        target = "document" if found.document else "page"
    else:
        page = bisect.bisect_right(offsets, span[0])
        local = anchoring.Span(page, span[0] - offsets[page - 1], span[1] - offsets[page - 1])
        [anchor] = library.anchors(document.id, [local])
        target = "passage"
    stamp = _stamp(comment.date) or store_now()
    key = f"{document.sha256}/{target}/{page}/{anchor.quote.exact}/{found.note}"
    return Annotation(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:docx:{key}")),
        document_id=document.id,
        anchor=anchor,
        color=DEFAULT_COLOR,
        note=found.note,
        tags=clean_tags(found.tags),
        author=comment.author,
        created=stamp,
        updated=stamp,
        target=target,
    )


def _stamp(date: str) -> str:
    """A Word date ("2026-12-07T19:00:00Z") as the store writes dates, "" if unreadable."""
    try:
        moment = datetime.fromisoformat(date)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class _Known:
    """What the library has: ids (deleted ones too: a deleted one stays deleted), and the
    words and note of each live annotation of the document (an exported one coming back)."""

    def __init__(self, annotations: Sequence[Annotation], document_id: int) -> None:
        self.ids = {a.id for a in annotations}
        self.keys = {_key(a) for a in annotations if a.document_id == document_id and not a.deleted}

    def has(self, annotation: Annotation) -> bool:
        return annotation.id in self.ids or _key(annotation) in self.keys

    def add(self, annotation: Annotation) -> None:
        self.ids.add(annotation.id)
        self.keys.add(_key(annotation))


def _key(annotation: Annotation) -> tuple[str, int, str, str]:
    where = annotation.page if annotation.target != "document" else 0
    quote = " ".join(annotation.quote.split())
    return annotation.target, where, quote, " ".join(annotation.note.split())
