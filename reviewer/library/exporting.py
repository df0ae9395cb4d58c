"""Glue between the facade and the export package: reports, annotated PDFs, W3C interchange.

The export package shapes and writes; this module gathers what it needs from the library
(documents, annotations, structure, page pictures) and saves what an import brings in.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

from reviewer.core.colors import DEFAULT_COLOR, FRENCH_NAMES, HEX, PALETTE
from reviewer.core.comparison import ComparisonReport
from reviewer.core.errors import Cancelled, NotACopy, ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.i18n import N_, tr, trn
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.pages import Word
from reviewer.core.records import (
    Anchor,
    Annotation,
    Document,
    Progress,
    Rect,
    TextPosition,
    TextQuote,
)
from reviewer.core.reports import (
    Entry,
    Format,
    GroupBy,
    MergeReport,
    PdfImport,
    Picture,
    Report,
    ReportOptions,
    Section,
    tag_counts,
)
from reviewer.core.seance import SeanceSheet
from reviewer.core.structure import Section as Unit
from reviewer.export import grouping, scope
from reviewer.export.comparison import COMPARISON_WRITERS, comparison_pdf_parts
from reviewer.export.html import PRINT_CSS, html_parts
from reviewer.export.interchange import (
    COPY_SHARE,
    Decision,
    belongs_elsewhere,
    copy_share,
    decide,
    find_quote,
)
from reviewer.export.phrases import Phrases
from reviewer.export.seance import SEANCE_WRITERS, seance_pdf_parts
from reviewer.export.w3c import Exchanged, read_w3c, to_w3c
from reviewer.export.wording import WORDS
from reviewer.export.writers import WRITERS
from reviewer.library import anchoring, positions
from reviewer.library import settings as user_settings
from reviewer.library.context import Context, clean_tags, default_author
from reviewer.library.recognition import location
from reviewer.pdf import PdfFile
from reviewer.pdf.annotations import (
    MAX_MARKS,
    TEXT_MARKUP,
    PdfMark,
    PdfMarks,
    page_prints,
    read_marks,
    write_marks,
)
from reviewer.pdf.clips import PageClipper, Region
from reviewer.pdf.isolated import IsolatedReader
from reviewer.pdf.limits import LIMITS
from reviewer.pdf.report import ReportPages, outline_pages, render_report
from reviewer.store import now as store_now

Structures = Mapping[int, Sequence[Unit]]
TAG_SEPARATOR = "; "  # between tags in a PDF annotation's subject
IMPORT_CANCELLED = N_("import cancelled: nothing was imported")

# --- Reports ------------------------------------------------------------------------------


def export_report(
    context: Context,
    options: ReportOptions,
    path: Path,
    *,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> Report:
    """Build the report, write it to `path` in its format, and return it."""
    report = build_report(context, options, progress=progress, cancel=cancel)
    data = _render(report, progress=progress, cancel=cancel)
    write_atomically(path, data)
    return report


def build_report(
    context: Context, options: ReportOptions, *, progress: ProgressCallback, cancel: CancelToken
) -> Report:
    everything = context.documents()
    whole = scope.whole_library(everything, all_versions=options.all_versions)
    chosen = [context.document(i) for i in options.document_ids] or whole
    in_scope = {document.id: document for document in chosen}
    annotations = [
        a
        for a in context.annotations()
        if a.document_id in in_scope and options.selects(a) and scope.shown(a)
    ]
    structures = {i: context.structure(i) for i in {a.document_id for a in annotations}}
    with _Pictures(context, enabled=options.images) as pictures:
        entries = []
        for done, annotation in enumerate(annotations):
            _check(cancel)
            progress(Progress(done, len(annotations), in_scope[annotation.document_id].title))
            document = in_scope[annotation.document_id]
            entries.append(_entry(annotation, document, structures, pictures, options.lang))
    settings = user_settings.load_settings()
    deleted = [e for e in entries if scope.deleted_passage(e.annotation)]
    live = [e for e in entries if not scope.deleted_passage(e.annotation)]
    return Report(
        options=options,
        author=options.signed_by or default_author(),
        day=date.today(),
        documents=tuple(chosen),
        library_size=len(whole),
        sections=_sections(options, live, structures, everything)
        + grouping.deleted_passages(deleted, WORDS[options.lang]),
        tag_counts=tag_counts(entries, {t.name.casefold(): t.color for t in context.tags()}),
        addressee=settings.addressee if options.addressee is None else options.addressee,
        mark=settings.mark if options.mark is None else options.mark,
        superseded=frozenset(in_scope) & scope.superseded(everything),
        newest_only=len(whole) < len(everything) and not options.document_ids,
    )


def _entry(
    annotation: Annotation,
    document: Document,
    structures: Structures,
    pictures: _Pictures,
    lang: str,
) -> Entry:
    passage = annotation.target == "passage"
    return Entry(
        annotation=annotation,
        document=document,
        location=location(structures[document.id], annotation, short=True) if passage else None,
        color_name=_color_name(annotation.color, lang),
        image=pictures.of(document, annotation) if passage else None,
    )


def _sections(
    options: ReportOptions, entries: list[Entry], structures: Structures, documents: list[Document]
) -> tuple[Section, ...]:
    words = WORDS[options.lang]
    if options.group_by is GroupBy.TAG:
        return grouping.by_tag(entries, options.tags, untagged=words["untagged"])
    if options.group_by is GroupBy.ARTICLE:
        amendments = [d for d in documents if d.kind == AMENDEMENT]
        return grouping.by_article(entries, structures, amendments, words)
    return grouping.by_document(entries)


def _color_name(color: str, lang: str) -> str:
    """The palette name of a colour in the report's language ("jaune"), "" if none."""
    english = next((name for name, value in PALETTE.items() if value == color), "")
    if lang == "fr":
        return next((fr for fr, en in FRENCH_NAMES.items() if en == english), "")
    return english


class _Pictures:
    """Pictures of highlighted passages, each PDF opened once (only when asked for)."""

    def __init__(self, context: Context, *, enabled: bool) -> None:
        self.context = context
        self.enabled = enabled
        self._open: dict[int, PageClipper] = {}
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> _Pictures:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()

    def of(self, document: Document, annotation: Annotation) -> Picture | None:
        if not self.enabled or not annotation.anchor.rects:
            return None
        clipper = self._open.get(document.id)
        if clipper is None:
            clipper = self._stack.enter_context(PageClipper(self.context.pdf_path(document)))
            self._open[document.id] = clipper
        rects = tuple(r.rect for r in annotation.anchor.rects if r.page == annotation.page)
        clip = clipper.clip(Region(annotation.page, rects, annotation.color))
        return Picture(clip.png, clip.width, clip.height) if clip else None


def _render(report: Report, *, progress: ProgressCallback, cancel: CancelToken) -> bytes:
    fmt = report.options.format
    if fmt is not Format.PDF:
        return WRITERS[fmt](report)
    phrases = Phrases(report)
    parts = html_parts(report)
    pages = ReportPages(
        cover=parts.cover,
        blocks=parts.blocks,
        css=PRINT_CSS,
        title=phrases.title(),
        author=report.author,
        subject=phrases.subject(),
        mark=phrases.text(report.mark),
        language="fr-FR" if report.lang == "fr" else "en-GB",
        page_label=lambda page, total: phrases.word("page_of", page=page, total=total),
    )
    return _laid_out(pages, progress=progress, cancel=cancel)


def _laid_out(pages: ReportPages, *, progress: ProgressCallback, cancel: CancelToken) -> bytes:
    """A report's PDF, page by page, with progress and a chance to cancel at each page."""

    def on_page(count: int) -> None:
        _check(cancel)
        progress(Progress(count, 0, tr("page {page}", page=count)))

    return render_report(pages, on_page=on_page)


def export_comparison(
    report: ComparisonReport,
    fmt: Format,
    path: Path,
    *,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> None:
    """Write a comparison of two versions as PDF, DOCX or HTML."""
    if fmt is Format.PDF:
        parts = comparison_pdf_parts(report)
        pages = ReportPages(**{f.name: getattr(parts, f.name) for f in fields(parts)})
        data = _laid_out(pages, progress=progress, cancel=cancel)
    elif fmt in COMPARISON_WRITERS:
        data = COMPARISON_WRITERS[fmt](report)
    else:
        raise ReviewerError(
            tr("a comparison is exported as PDF, DOCX or HTML, not {value}", value=fmt.value)
        )
    write_atomically(path, data)


def export_seance(
    sheet: SeanceSheet, path: Path, *, progress: ProgressCallback, cancel: CancelToken
) -> None:
    """Write a séance sheet as PDF, DOCX or HTML (its options say which). The PDF is laid
    out twice: the first layout tells the contents on which page each article begins."""
    fmt = sheet.options.format
    if fmt is Format.PDF:
        first = _laid_out(_seance_pages(sheet, ()), progress=progress, cancel=cancel)
        pages = outline_pages(first)  # one bookmark per article, in their order
        data = _laid_out(_seance_pages(sheet, pages), progress=progress, cancel=cancel)
    else:
        data = SEANCE_WRITERS[fmt](sheet)
    write_atomically(path, data)


def _seance_pages(sheet: SeanceSheet, pages: Sequence[int]) -> ReportPages:
    parts = seance_pdf_parts(sheet, pages)
    return ReportPages(**{f.name: getattr(parts, f.name) for f in fields(parts)})


def _check(cancel: CancelToken, message: str = N_("export cancelled: nothing was written")) -> None:
    if cancel.cancelled:
        raise Cancelled(tr(message))


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a half-written report never replaces a good one."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ReviewerError(
            tr(
                "cannot write {path}: the folder {parent} does not exist",
                path=path,
                parent=path.parent,
            )
        )
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ReviewerError(
            tr("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
        ) from error


# --- Annotated PDF ------------------------------------------------------------------------

NAME_PREFIX = "reviewer:"  # our annotations' /NM: "reviewer:<id>", "reviewer:page:<id>"...
_OUR_NAME = re.compile(r"reviewer:(?:(page|document):)?([0-9a-f-]{36})")


def export_annotated_pdf(context: Context, document_id: int, path: Path) -> int:
    """Write a copy of the document's PDF with our annotations; return how many."""
    document = context.document(document_id)
    source = context.pdf_path(document)
    if Path(path).resolve() == source.resolve():
        raise ReviewerError(tr("refusing to write over the library's own copy of the document"))
    everything = context.annotations(document_id=document_id, include_deleted=True)
    live = [a for a in everything if not a.deleted]
    marks = [_mark(a) for a in live if a.target != "passage" or a.anchor.rects]
    gone = {_name(a) for a in everything if a.deleted}
    write_atomically(path, write_marks(source, marks, drop=gone))
    return len(marks)


def _name(annotation: Annotation) -> str:
    kind = "" if annotation.target == "passage" else f"{annotation.target}:"
    return f"{NAME_PREFIX}{kind}{annotation.id}"


def _mark(annotation: Annotation) -> PdfMark:
    passage = annotation.target == "passage"
    return PdfMark(
        kind="highlight" if passage else "text",
        page=annotation.page,
        rects=tuple(r.rect for r in annotation.anchor.rects if r.page == annotation.page),
        color=annotation.color,
        contents=annotation.note,
        subject=TAG_SEPARATOR.join(annotation.tags),
        author=annotation.author,
        name=_name(annotation),
        created=annotation.created,
        modified=annotation.updated,
    )


def read_pdf_annotations(
    context: Context,
    document_id: int,
    path: Path | None,
    *,
    foreign: bool = False,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[PdfImport, list[Annotation]]:
    """The highlights and notes of the document's PDF (or of another copy of it) that the
    library lacks, as annotations to save, and the report of the import.

    A PDF whose text is not the document's is refused (NotACopy) unless `foreign`: then its
    annotations come in as new ones. Either way an annotation whose /NM id is another
    document's is reported, never moved: an id belongs to its document.
    """
    document = context.document(document_id)
    source = Path(path) if path else context.pdf_path(document)
    if not source.exists():
        raise ReviewerError(tr("no such file: {source}", source=source))
    if not source.is_file():  # a pipe would block the reader, a device never end
        raise ReviewerError(
            tr(
                "{source} is not a regular file (a folder, device or pipe): choose a PDF",
                source=source,
            )
        )
    found, share = _read_marks(context, document, source, progress=progress, cancel=cancel)
    if share < COPY_SHARE and not foreign:
        raise NotACopy(
            tr(
                "{name} is not a copy of “{title}”: {share:.0%} of its pages "
                "read the same ({page_count} pages against {page_count2}); "
                "nothing was imported",
                name=source.name,
                title=document.title,
                share=share,
                page_count=found.page_count,
                page_count2=document.page_count,
            )
        )
    known = _Known(context.annotations(include_deleted=True), document.id)
    added: list[Annotation] = []
    present, skipped, conflicts = 0, list(found.unreadable), []
    with _PageWords(context, document) as pages:
        for done, mark in enumerate(found.marks):
            _check(cancel, IMPORT_CANCELLED)
            progress(Progress(done, len(found.marks), tr("page {page}", page=mark.page)))
            candidate = _from_mark(mark, document, pages, foreign=foreign)
            if isinstance(candidate, str):
                skipped.append(candidate)
            elif belongs_elsewhere(known.by_id.get(candidate.id), document.id):
                conflicts.append(_conflict(context, mark, known.by_id[candidate.id]))
            elif known.has(candidate):
                present += 1
            else:
                added.append(candidate)
                known.by_id[candidate.id] = candidate
    unread = found.found - len(found.marks) - len(found.unreadable)
    report = PdfImport(
        added=len(added),
        present=present,
        skipped=tuple(skipped),
        conflicts=tuple(conflicts),
        unread=unread,
        limit=MAX_MARKS if unread else 0,
    )
    return report, added


def _read_marks(
    context: Context,
    document: Document,
    source: Path,
    *,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[PdfMarks, float]:
    """The file's annotations (the first MAX_MARKS), read in the limited child process like
    every PDF from outside; and the share of the document's pages it repeats."""
    stored = context.pdf_path(document)

    def on_page(number: int) -> None:
        progress(Progress(number, document.page_count, tr("page {page}", page=number)))

    with IsolatedReader() as reader:
        steps = {"step_seconds": LIMITS.page_seconds, "on_step": on_page, "cancel": cancel}
        found = reader.run(read_marks, source, MAX_MARKS, **steps)
        if source.resolve() == stored.resolve():
            return found, 1.0
        return found, copy_share(reader.run(page_prints, stored, **steps), found.prints)


def _conflict(context: Context, mark: PdfMark, owner: Annotation) -> str:
    return tr(
        "page {page}, {kind}: its id is that of an annotation of “{title}”, "
        "which was left as it is",
        page=mark.page,
        kind=mark.kind,
        title=_title(context, owner.document_id),
    )


def _title(context: Context, document_id: int) -> str:
    try:
        return context.document(document_id).title
    except ReviewerError:  # removed since
        return tr("document {id}", id=document_id)


def _from_mark(
    mark: PdfMark, document: Document, pages: _PageWords, *, foreign: bool
) -> Annotation | str:
    """Our annotation for a PDF annotation, or why it cannot be one. From a PDF that is not
    a copy of the document (`foreign`) it is a new annotation, whatever id it carries."""
    where = tr("page {page}, {kind}", page=mark.page, kind=mark.kind)
    ours = _OUR_NAME.fullmatch(mark.name)
    target = (ours.group(1) or "passage") if ours else "passage"
    if mark.page > pages.page_count:
        return trn(
            "{where}: the document has {n} page",
            "{where}: the document has {n} pages",
            pages.page_count,
            where=where,
        )
    if mark.kind in TEXT_MARKUP:
        anchor = pages.anchor(mark.page, mark.rects)
        if anchor is None:
            return tr("{where}: no text under it", where=where)
        if mark.text and mark.text.split() != anchor.quote.exact.split():
            return tr("{where}: the text under it differs from the library's document", where=where)
    elif not mark.contents.strip():
        return tr("{where}: empty note", where=where)
    else:
        target = target if target != "passage" else "page"
        anchor = pages.note_anchor(1 if target == "document" else mark.page)
    created = mark.created or store_now()  # no date, or one no calendar has: now
    tags = mark.subject.split(TAG_SEPARATOR) if ours else ()
    return Annotation(
        id=ours.group(2) if ours and not foreign else _derived_id(mark, document),
        document_id=document.id,
        anchor=anchor,
        color=mark.color if HEX.fullmatch(mark.color) else DEFAULT_COLOR,
        note=mark.contents,
        tags=clean_tags(tags),
        author=mark.author,
        created=created,
        updated=mark.modified or created,
        target=target,
    )


def _derived_id(mark: PdfMark, document: Document) -> str:
    """The same PDF annotation always gets the same id: importing twice finds it again."""
    rects = ";".join(f"{r.x0:.1f},{r.y0:.1f},{r.x1:.1f},{r.y1:.1f}" for r in mark.rects)
    key = f"{document.sha256}/{mark.page}/{mark.kind}/{mark.name}/{rects}/{mark.contents}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:sha256:{key}"))


class _Known:
    """The library's annotations, to tell an incoming one already there: same id (even
    deleted: a deleted one stays deleted), or same page and same text on this document.

    Only annotations the library had before count for the text: two marks of one PDF on
    the same words (a highlight and a strike-out) are two annotations.
    """

    def __init__(self, annotations: Sequence[Annotation], document_id: int) -> None:
        self.by_id = {a.id: a for a in annotations}
        self._keys = {
            _same_key(a) for a in annotations if a.document_id == document_id and not a.deleted
        }

    def has(self, candidate: Annotation) -> bool:
        return candidate.id in self.by_id or _same_key(candidate) in self._keys


def _same_key(annotation: Annotation) -> tuple[int, str, str]:
    passage = annotation.target == "passage"
    text = " ".join(annotation.quote.split()) if passage else annotation.note.strip()
    return annotation.page, annotation.target, text


class _PageWords:
    """The document's pages and (lazily) their words, to anchor what an import brings."""

    def __init__(self, context: Context, document: Document) -> None:
        self._texts = [page.text for page in context.pages(document.id)]
        self._offsets = anchoring.page_offsets([len(text) for text in self._texts])
        self.text = anchoring.PAGE_SEPARATOR.join(self._texts)  # the document text
        self._pdf = PdfFile(context.pdf_path(document))
        self._words: dict[int, tuple[Word, ...]] = {}

    def __enter__(self) -> _PageWords:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pdf.close()

    def words(self, page: int) -> tuple[Word, ...]:
        if page not in self._words:
            self._words[page] = self._pdf.words(page)
        return self._words[page]

    def anchor(self, page: int, rects: Sequence[Rect]) -> Anchor | None:
        """The passage made of the words whose centre lies in the rectangles."""
        if not rects:  # a highlight without quads
            return None
        top, bottom = min(r.y0 for r in rects), max(r.y1 for r in rects)
        near = [w for w in self.words(page) if top <= (w.rect.y0 + w.rect.y1) / 2 <= bottom]
        inside = [w for w in near if any(_centre_in(w.rect, r) for r in rects)]
        inside = [w for w in inside if w.end > w.start]
        if not inside:
            return None
        span = anchoring.Span(page, min(w.start for w in inside), max(w.end for w in inside))
        return self.span_anchor(span)

    def span_anchor(self, span: anchoring.Span) -> Anchor:
        text = self._texts[span.page - 1]
        return anchoring.anchor_for(span, text, self.words(span.page), self._offsets[span.page - 1])

    def at_offsets(self, start: int, end: int) -> Anchor:
        """The passage at document-text offsets, kept within the page where it starts."""
        page = bisect.bisect_right(self._offsets, start)
        offset = self._offsets[page - 1]
        local_end = min(end - offset, len(self._texts[page - 1]))
        return self.span_anchor(anchoring.Span(page, start - offset, local_end))

    def note_anchor(self, page: int) -> Anchor:
        offset = self._offsets[page - 1]
        return Anchor(page, (), TextQuote(""), TextPosition(offset, offset))

    @property
    def page_count(self) -> int:
        return len(self._texts)


def _centre_in(box: Rect, rect: Rect) -> bool:
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return rect.x0 <= x <= rect.x1 and rect.y0 <= y <= rect.y1


# --- W3C Web Annotations ------------------------------------------------------------------


def context_location(context: Context, annotation: Annotation) -> str | None:
    """Where a passage is in its text ("Art. 7, al. 3"), as reports say it."""
    return location(context.structure(annotation.document_id), annotation, short=True)


def export_w3c(context: Context, path: Path, document_ids: Sequence[int]) -> int:
    """Write the annotations of some documents (all if none), tombstones included, and the
    positions on those that are amendments; return how many annotations."""
    documents = [context.document(i) for i in document_ids] or context.documents()
    hashes = {document.id: document.sha256 for document in documents}
    annotations = [
        (a, hashes[a.document_id])
        for a in context.annotations(include_deleted=True)
        if a.document_id in hashes
    ]
    places = {
        a.id: place
        for a, _sha in annotations
        if a.target == "passage" and (place := context_location(context, a))
    }
    data = to_w3c(
        annotations,
        label=trn("reviewer: {n} annotation", "reviewer: {n} annotations", len(annotations)),
        locations=places,
        positions=positions.exported(context, documents),
    )
    write_atomically(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
    return len(annotations)


def merge_w3c(
    context: Context, path: Path
) -> tuple[MergeReport, list[Annotation], positions.PositionMerge]:
    """What merging a W3C file changes (to save): new annotations, newer versions, deletes,
    and the positions on amendments; an entry whose id is an annotation of another document
    is reported, never applied."""
    exchanged = read_w3c(Path(path))
    incoming = exchanged.annotations
    by_hash = {document.sha256: document for document in context.documents()}
    current = {a.id: a for a in context.annotations(include_deleted=True)}
    counts = dict.fromkeys(Decision, 0)
    missing: dict[str, int] = {}
    unanchored = 0
    changes: list[Annotation] = []
    conflicts: list[str] = []
    with contextlib.ExitStack() as stack:
        pages: dict[int, _PageWords] = {}
        for item in incoming:
            document = by_hash.get(item.sha256 or "")
            if document is None:
                missing[item.source] = missing.get(item.source, 0) + 1
                continue
            decision = decide(item.updated, item.deleted, current.get(item.id), document.id)
            if decision is Decision.CONFLICT:
                owner = _title(context, current[item.id].document_id)
                conflicts.append(
                    tr(
                        "{id}: aimed at “{title}”, but it is the id of an annotation of "
                        "“{owner}”, which was left as it is",
                        id=item.id,
                        title=document.title,
                        owner=owner,
                    )
                )
                continue
            if decision is not Decision.KEEP:
                if document.id not in pages:
                    pages[document.id] = stack.enter_context(_PageWords(context, document))
                annotation = _anchored(item, document, pages[document.id])
                if annotation is None:
                    unanchored += 1
                    continue
                current[item.id] = annotation
                changes.append(annotation)
            counts[decision] += 1
    report = MergeReport(
        added=counts[Decision.ADD],
        updated=counts[Decision.UPDATE],
        deleted=counts[Decision.DELETE],
        unchanged=counts[Decision.KEEP],
        unanchored=unanchored,
        missing=tuple(missing.items()),
        conflicts=tuple(conflicts),
    )
    taken = positions.merged(context, exchanged.positions)
    report = replace(
        report,
        positions=len(taken.saved),
        positions_unchanged=taken.unchanged,
        positions_missing=taken.missing,
        new_labels=taken.new_labels,
        conflicts=report.conflicts + taken.refused,
    )
    return report, changes, taken


def _anchored(item: Exchanged, document: Document, pages: _PageWords) -> Annotation | None:
    """The annotation anchored in our copy of its document; None if its passage is gone."""
    if item.target == "passage":
        found = find_quote(pages.text, item.quote, item.position)
        if found is None:
            return None
        anchor = pages.at_offsets(*found)
        if not anchor.quote.exact.strip():  # only a page break or blanks: nothing to mark
            return None
    elif item.page > pages.page_count:
        return None
    else:
        anchor = pages.note_anchor(item.page if item.target == "page" else 1)
    return Annotation(
        id=item.id,
        document_id=document.id,
        anchor=anchor,
        color=item.color or DEFAULT_COLOR,
        note=item.note,
        tags=clean_tags(item.tags),
        author=item.author,
        created=item.created,
        updated=item.updated,
        deleted=item.deleted,
        target=item.target,
    )
