"""The library facade: every user action is one method. The CLI and the GUI call only this.

Each method is declared a read or a write (reviewer.library.api). A write action is one
SQLite transaction that also records what the search index must catch up on; the index
is then updated, the record cleared, and listeners hear the action's `Changes`. A crash
in between leaves the record, and the next opening of the library repairs the index.
"""

from __future__ import annotations

import os
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from reviewer.core.amendments import AmendmentEntry, Position
from reviewer.core.changes import ChangeListener, Changes
from reviewer.core.colors import DEFAULT_COLOR, DEFAULT_TAG_COLOR, parse_color
from reviewer.core.comparison import ComparisonReport
from reviewer.core.drafting import Application, Draft, DraftAddress, SavedDraft
from reviewer.core.errors import Ambiguous, LibraryError, NotFound, ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback, no_progress
from reviewer.core.i18n import tr
from reviewer.core.kinds import KINDS
from reviewer.core.pages import Bookmark, PageReader
from reviewer.core.records import (
    Anchor,
    Annotation,
    CarryReport,
    Document,
    HealthReport,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    Page,
    PageRect,
    Rect,
    Review,
    SearchHit,
    SearchResults,
    Tag,
    TextPosition,
    TextQuote,
    VersionSuggestion,
)
from reviewer.core.reports import (
    BackupReport,
    Format,
    MergeReport,
    PdfImport,
    Report,
    ReportOptions,
    WordExport,
    WordImport,
)
from reviewer.core.seance import SeanceOptions, SeanceSheet
from reviewer.core.structure import Section
from reviewer.drafting.text import canonical_article
from reviewer.legislative import locate
from reviewer.library import (
    anchoring,
    binding,
    drafting,
    drafts,
    exporting,
    official,
    positions,
    seance,
    versioning,
    word,
)
from reviewer.library.api import Actions, read_api, write_api
from reviewer.library.backup import write_backup
from reviewer.library.context import Context, clean_tags, default_author, default_signatories
from reviewer.library.engine import SearchEngine
from reviewer.library.files import blob_path, clean_leftovers, sha256_of, store_bytes
from reviewer.library.importer import Importer, ImportOptions
from reviewer.library.indexing import IndexSync
from reviewer.library.lock import WriterLock
from reviewer.library.paths import LibraryLayout
from reviewer.library.recognition import detect, location
from reviewer.library.scratch import recover
from reviewer.pdf import PdfFile
from reviewer.pdf.ocr import recognise
from reviewer.search import SearchIndex, terms
from reviewer.store import Store, now

_ARTICLE_ABBREVIATION = re.compile(r"(?i)^art\.?\s+")
T = TypeVar("T")


class Library:
    """A library folder: its database (the truth), its stored files and its search index."""

    def __init__(self, root: Path, *, progress: ProgressCallback = no_progress) -> None:
        self.layout = LibraryLayout(Path(root))
        os.umask(0o077)  # Files we write stay private to the user.
        recover(self.layout.root)  # A killed restore is finished, never replaced by a new library.
        self.layout.create()
        self._lock = threading.RLock()
        self._closed = False
        # Passwords given this session: an encrypted PDF opens without asking again.
        self._passwords: dict[Path, str] = {}
        self._writer = WriterLock(self.layout.lock)
        self.store = Store(self.layout.database)
        self.index: SearchEngine = SearchIndex.open(self.layout.index)
        self._context = Context(self.store, self.layout, self._lock)
        self._sync = IndexSync(self.store, self.index, self._lock)
        # Why the library opened with work left for later (a full disk): say it, go on.
        self.notice = ""
        self._actions = Actions(
            self._lock,
            check_writable=self._check_writable,
            begin=lambda: self.store.transaction(),  # looked up at each action
            catch_up=lambda: self._sync.catch_up(wait=False),
        )
        if self.read_only:
            return
        clean_leftovers([self.layout.files, self.layout.pdfs])
        try:
            self._catch_up_on_open(progress)
        except LibraryError as error:  # Reading, exporting and backing up must still work.
            self.notice = str(error)

    def _catch_up_on_open(self, progress: ProgressCallback) -> None:
        if self.index.needs_rebuild:
            self.store.queue_everything()
        self._detect_new()
        self._sync.catch_up(progress=progress)

    def _detect_new(self) -> None:
        """Documents from before detection existed (or whose detection was interrupted)."""
        for document_id in self.store.undetected_documents():
            detection = detect([page.text for page in self.store.pages(document_id)])
            with self.store.transaction():
                self.store.set_detection(document_id, detection)

    @property
    def read_only(self) -> bool:
        """True when another program has this library open: look, but do not change."""
        return not self._writer.held

    def close(self) -> None:
        """Close the library; closing twice is harmless. Not an action: it ends them."""
        # Before the lock: a merge under way needs it to index the actions it held up.
        self._sync.close()
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.index.close()
            self.store.close()
            self._writer.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.read_only:
            raise LibraryError(
                tr(
                    "the library {root} is open in another reviewer program: it is "
                    "read-only here; close the other program to make changes",
                    root=self.layout.root,
                )
            )

    @read_api
    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Hear every write action's Changes, after its commit, on the thread that acted.

        Returns the function that unsubscribes. A listener must be quick and must not raise.
        """
        return self._actions.subscribe(listener)

    # Documents

    @write_api(slow=True)
    def import_paths(
        self,
        paths: Sequence[Path],
        *,
        password: str | None = None,
        texts: Sequence[str] | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively); a failed file never stops the others.

        Amendment files (reviewer.amendments) give one document per amendment; `texts`
        keeps only the amendments of these texts (numbers, "911")."""
        cancel = cancel or CancelToken()
        importer = Importer(self.store, self.layout, self._lock, self._sync)
        options = ImportOptions(password=password, texts=tuple(texts) if texts else None)
        report = importer.run(paths, options=options, progress=progress, cancel=cancel)
        for outcome in report.outcomes:  # An amendment updated may have new pages.
            if outcome.document_id is not None and outcome.pages:
                self._context.pages_changed(outcome.document_id)
        added = [
            o.document_id
            for o in report.outcomes
            if o.status is ImportStatus.IMPORTED and o.document_id is not None
        ]
        self._actions.changed(Changes.of(documents=added, document_list=bool(added)))
        # Not cancellable: what was imported is searchable before this returns.
        try:
            self._sync.catch_up(progress=progress, bulk=True)
        except LibraryError as error:  # A full disk: the files are imported, the index lags.
            return replace(report, notice=str(error))
        return report

    @write_api(slow=True)
    def import_with_password(self, outcome: ImportOutcome, password: str) -> ImportOutcome:
        """Import again a file the first import found encrypted, with its password."""
        [again] = self.import_paths(
            [outcome.file or Path(outcome.path)], password=password
        ).outcomes
        if again.document_id is not None:  # Its pages open without asking again.
            self._passwords[self.pdf_path(self.document(again.document_id))] = password
        return again

    @read_api
    def documents(self) -> list[Document]:
        return self._context.documents()

    # Versions

    @write_api(slow=True)
    def add_version(
        self,
        document_id: int,
        *,
        of: int,
        label: str = "",
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> CarryReport:
        """Declare a document the next version of another and carry its annotations forward.

        All or nothing: cancelled or failed, neither the link nor any annotation is saved.
        Running it again carries only what was not carried before. The bill's saved drafts
        are carried too, re-addressed on the new text (`drafts.carried`).
        """
        versioning.check_link(self.documents(), self.document(document_id).id, self.document(of).id)
        carried, already = versioning.carry_forward(
            self._context, of, document_id, progress=progress, cancel=cancel or CancelToken()
        )
        carried_drafts = drafts.carried(self._context, of, document_id)
        with self._actions.transaction():
            self.store.set_version(document_id, of, label.strip())
            for annotation in carried:
                self.store.save_annotation(annotation)
            for draft in carried_drafts:
                draft.write(self.store)
            # Carried drafts are new documents: the list must show them.
            self._actions.changed(Changes.of(document_list=bool(carried_drafts)))
            self._actions.changed(Changes.of(documents=[document_id, of]))
            self._actions.changed(_annotation_changes(carried))
        return CarryReport(document_id, of, tuple(carried), already)

    @write_api
    def set_version_label(self, document_id: int, label: str) -> Document:
        document = self.document(document_id)
        self.store.set_version(document_id, document.version_of, label.strip())
        self._actions.changed(Changes.of(documents=[document_id]))
        return self.document(document_id)

    @write_api
    def unlink_version(self, document_id: int) -> Document:
        """Make a document stand alone again; its carried annotations stay as they are."""
        previous = self.document(document_id).version_of
        self.store.set_version(document_id, None, "")
        linked = [document_id, *([previous] if previous else [])]
        self._actions.changed(Changes.of(documents=linked))
        return self.document(document_id)

    @read_api
    def versions(self, document_id: int) -> list[Document]:
        """Every version of this document's text, newest first (the document alone if none)."""
        return versioning.lineage(self.documents(), self.document(document_id).id)

    @read_api(slow=True)
    def suggest_versions(self, document_id: int) -> list[VersionSuggestion]:
        """Documents this one looks like a new version of (same title, much text in common)."""
        return versioning.suggestions(self._context, self.document(document_id).id)

    @read_api
    def carried(self, document_id: int, *, pending: bool = False) -> list[Annotation]:
        """Annotations carried into this version; `pending`: only those awaiting review."""
        return [
            a
            for a in self.annotations(document_id=document_id)
            if a.carry and (not pending or a.carry.review is Review.PENDING)
        ]

    @write_api
    def accept_carried(self, annotation_id: str) -> Annotation:
        """The user agrees with where a carried annotation was placed."""
        return self._review(annotation_id, Review.ACCEPTED)

    @write_api
    def dismiss_carried(self, annotation_id: str) -> Annotation:
        """Drop a carried annotation from the new version (the original stays on the old)."""
        dismissed = self._review(annotation_id, Review.DISMISSED)
        return self.delete_annotation(dismissed.id)

    @write_api
    def replace_carried(self, annotation_id: str, page: int, start: int, end: int) -> Annotation:
        """Put a carried annotation on the passage the user selected instead."""
        annotation = self._carried(annotation_id)
        [anchor] = self.anchors(annotation.document_id, [anchoring.Span(page, start, end)])
        carry = replace(annotation.carry, review=Review.ACCEPTED)
        return self._save(replace(annotation, anchor=anchor, carry=carry), annotation)

    @write_api
    def place_carried(
        self, annotation_id: str, phrase: str, *, page: int | None = None
    ) -> Annotation:
        """Put a carried annotation on the first occurrence of a phrase (as search matches)."""
        annotation = self._carried(annotation_id)
        phrase_terms = terms(phrase)
        spans = self._context.find(
            annotation.document_id, phrase_terms, page=page, every=False, phrase=phrase
        )
        if not phrase_terms or not spans:
            raise NotFound(tr("“{phrase}” does not occur in this version", phrase=phrase))
        return self.replace_carried(annotation_id, spans[0].page, spans[0].start, spans[0].end)

    @write_api
    def revert_carried(self, version: Annotation) -> Annotation:
        """Put a carried annotation back as it was before a review decision (undo)."""
        current = self._carried(version.id)
        assert current.carry is not None
        if version.carry is None or version.carry.source_id != current.carry.source_id:
            raise ReviewerError(tr("that is not a version of this carried annotation"))
        return self._save(replace(version, document_id=current.document_id), current)

    def _review(self, annotation_id: str, review: Review) -> Annotation:
        annotation = self._carried(annotation_id)
        reviewed = replace(annotation, carry=replace(annotation.carry, review=review))
        return self._save(reviewed, annotation)

    @read_api(slow=True)
    def compare_versions(self, old_id: int, new_id: int, *, lang: str = "fr") -> ComparisonReport:
        """Article by article, what changed between two versions, with the annotations
        concerned; `lang` is the language of the report it can be exported as."""
        return versioning.comparison(
            self._context, self.document(old_id).id, self.document(new_id).id, lang=lang
        )

    @read_api(slow=True)
    def export_comparison(
        self,
        old_id: int,
        new_id: int,
        path: Path,
        *,
        format: Format = Format.PDF,
        lang: str = "fr",
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> ComparisonReport:
        """Write the comparison of two versions as a PDF, DOCX or HTML report."""
        report = self.compare_versions(old_id, new_id, lang=lang)
        exporting.export_comparison(
            report, format, path, progress=progress, cancel=cancel or CancelToken()
        )
        return report

    def _carried(self, annotation_id: str) -> Annotation:
        annotation = self.annotation(annotation_id)
        if annotation.carry is None:
            raise ReviewerError(tr("this annotation was not carried from a previous version"))
        return annotation

    @read_api
    def document(self, document_id: int) -> Document:
        return self._context.document(document_id)

    @read_api
    def find_document(self, reference: str) -> Document:
        """A document by id, by the start of its SHA-256, or by a unique part of its title
        (or, failing that, of the name of the file it was imported from)."""
        documents = self.documents()
        reference = reference.strip()
        if reference.isdigit():
            matches = [d for d in documents if d.id == int(reference)]
        else:
            lowered = reference.lower()
            matches = [d for d in documents if len(lowered) >= 6 and d.sha256.startswith(lowered)]
            matches = matches or [d for d in documents if lowered in d.title.lower()]
            matches = matches or [d for d in documents if lowered in Path(d.source).name.lower()]
        if not matches:
            raise NotFound(
                tr("no document matches “{reference}” (see `reviewer list`)", reference=reference)
            )
        if len(matches) > 1:
            names = "; ".join(f"{d.id}: {d.title}" for d in matches[:10])
            raise Ambiguous(
                tr(
                    "“{reference}” matches {count} documents ({names}): use the id",
                    reference=reference,
                    count=len(matches),
                    names=names,
                )
            )
        return matches[0]

    @write_api
    def remove_document(self, document_id: int) -> None:
        """Remove from view; the document and its annotations are kept until `compact`."""
        self.document(document_id)
        self.store.remove_document(document_id)
        self._actions.changed(Changes.of(documents=[document_id], document_list=True))

    @write_api
    def restore_document(self, document_id: int) -> None:
        self.store.restore_document(document_id)
        self._actions.changed(Changes.of(documents=[document_id], document_list=True))

    @write_api(slow=True)
    def compact(self) -> int:
        """Forget removed documents and deleted annotations; return the annotations purged."""
        with self._actions.transaction():
            present = {d.id for d in self.store.documents()}
            removed = {d.id for d in self.store.documents(include_removed=True)} - present
            gone = [a for a in self.store.annotations(include_deleted=True) if a.deleted]
            files, purged = self.store.compact()
            self._actions.changed(_annotation_changes(gone))
            self._actions.changed(Changes.of(documents=removed, document_list=bool(removed)))
        for relative in files:
            (self.layout.root / relative).unlink(missing_ok=True)
        return purged

    @write_api
    def edit_document(self, document_id: int, **fields: object) -> Document:
        """Edit title, kind or metadata fields (None removes one); re-detection keeps them."""
        if "kind" in fields and fields["kind"] not in KINDS:
            raise ReviewerError(
                tr(
                    "unknown kind “{kind}”: one of {kinds}",
                    kind=fields["kind"],
                    kinds=", ".join(KINDS),
                )
            )
        self.store.edit_document(document_id, fields)
        self._actions.changed(Changes.of(documents=[document_id]))
        return self.document(document_id)

    @write_api(slow=True)
    def redetect(self, document_id: int) -> Document:
        """Detect kind and metadata again (after a detection improvement), sparing user edits."""
        detection = detect([page.text for page in self.pages(document_id)])
        with self._actions.transaction():
            self.store.set_detection(document_id, detection)
            self._actions.changed(Changes.of(documents=[document_id]))
        return self.document(document_id)

    @read_api
    def structure(self, document_id: int) -> tuple[Section, ...]:
        """The document's parts (TITRE, CHAPITRE, Article, alinéas...) with page and offsets."""
        return self._context.structure(document_id)

    # Reading aids: the file's own outline and labels, a section's place

    @read_api(slow=True)
    def bookmarks(self, document_id: int) -> tuple[Bookmark, ...]:
        """The PDF's own outline (its bookmarks), () when it has none or cannot be read."""
        return self._from_pdf(document_id, PdfFile.bookmarks)

    @read_api(slow=True)
    def page_labels(self, document_id: int) -> tuple[str, ...]:
        """The PDF's page labels ("i", "ii", "1"…), () when it has none."""
        return self._from_pdf(document_id, PdfFile.page_labels)

    def _from_pdf(
        self, document_id: int, read: Callable[[PdfFile], tuple[T, ...]]
    ) -> tuple[T, ...]:
        try:
            with PdfFile(self.pdf_path(self.document(document_id))) as pdf:
                return read(pdf)
        except (ReviewerError, OSError, RuntimeError, ValueError):
            return ()  # An aid to reading: a file that refuses it still opens without it.

    @read_api(slow=True)
    def find_place(self, document_id: int, wanted: str) -> PageRect | None:
        """Where Go To leads: a page number ("12"), a page label ("iv"), or a unit of the
        text ("art 7", "Article 7 bis", "Titre II"): its heading, else its page's top."""
        text = " ".join(wanted.split())
        labels = self.page_labels(document_id)
        page = labels.index(text) + 1 if text and text in labels else None
        if page is None and text.isdigit():
            page = int(text) if 1 <= int(text) <= self.document(document_id).page_count else None
        if page is not None:
            return PageRect(page, Rect(0, 0, 0, 0))
        section = named_section(self.structure(document_id), text)
        if section is None:
            return None
        return self.section_place(document_id, section) or PageRect(section.page, Rect(0, 0, 0, 0))

    @read_api(slow=True)
    def section_place(self, document_id: int, section: Section) -> PageRect | None:
        """Where a section's heading is drawn (its first line), to show it at the top."""
        pages = self.pages(document_id)
        if not 1 <= section.page <= len(pages):
            return None
        offsets = anchoring.page_offsets([len(page.text) for page in pages])
        text = pages[section.page - 1].text
        start = section.start - offsets[section.page - 1]
        line_end = text.find("\n", start)
        end = min(section.end - offsets[section.page - 1], len(text), start + 80)
        if line_end > start:
            end = min(end, line_end)
        if not 0 <= start < end:
            return None
        rects = self.anchors(document_id, [anchoring.Span(section.page, start, end)])[0].rects
        return rects[0] if rects else None

    @read_api
    def location(self, annotation: Annotation, *, short: bool = False) -> str | None:
        """Where an annotation falls, e.g. "Article 7, alinéa 3" ("Art. 7, al. 3" if short)."""
        return location(self.structure(annotation.document_id), annotation, short=short)

    @read_api
    def passage_location(
        self, document_id: int, page: int, start: int, *, short: bool = False
    ) -> str | None:
        """Where a passage of a page falls before it is annotated (a selection to quote):
        `start` is an offset in the page's stored text."""
        offsets = anchoring.page_offsets(self.store.page_lengths(document_id))
        if not 1 <= page <= len(offsets):
            raise NotFound(tr("page {page} does not exist", page=page))
        return locate(self.structure(document_id), offsets[page - 1] + start, short=short)

    @read_api
    def pages(self, document_id: int) -> list[Page]:
        return self._context.pages(document_id)

    @property
    def root(self) -> Path:
        return self.layout.root

    @read_api
    def pdf_path(self, document: Document) -> Path:
        return self._context.pdf_path(document)

    @read_api
    def open_pages(self, document_id: int) -> PageReader:
        """The document's pages, opened for one thread (the view's render thread): words
        and pictures. The caller closes them."""
        stored = self.pdf_path(self.document(document_id))
        return PdfFile(stored, password=self._passwords.get(stored))

    @read_api
    def unlock(self, document: Document, password: str | None = None) -> None:
        """Check that the document's PDF opens, with `password` or one given earlier this
        session, and remember it for `open_pages`; PasswordRequired when missing or wrong."""
        stored = self.pdf_path(document)
        password = password or self._passwords.get(stored)
        with PdfFile(stored, password=password):
            pass
        if password:
            self._passwords[stored] = password

    # Drafting amendments (reviewer/library/drafting.py)

    @read_api(slow=True)
    def draft(self, document_id: int, **request: Any) -> Draft:
        """An amendment on the document: `article`, `op` ("replace-words"...), `alinea`,
        `old`, `new`, `after`/`before`, `occurrence`, `style`, `gage` (see `drafting.Request`);
        several edits (I, II...): `edits=[{"article": …, "op": …, …}, …]` and `style`, `gage`."""
        return drafting.draft(self._context, document_id, drafting.request(request))

    @read_api(slow=True)
    def draft_address(
        self,
        document_id: int,
        spans: Sequence[anchoring.Span] = (),
        *,
        place: tuple[int, float] | None = None,
    ) -> DraftAddress:
        """Where selected words (`spans` of page text), or with none the `place` being read
        (a page and a y on it, in points), fall in the bill: article, alinéa, words and
        which occurrence of them, and the bill's chamber."""
        return drafting.address(self._context, document_id, spans, place)

    @read_api
    def gage_templates(self) -> dict[str, str]:
        """The gage templates by name: the usual ones and the user's (gages.json beside the
        settings file)."""
        return drafting.templates()

    @read_api(slow=True)
    def apply_amendment(self, amendment_id: int) -> Application:
        """An imported official amendment applied to its article of the bill it amends (the
        library's document of that text number, chamber and legislature or session)."""
        return official.apply_amendment(self._context, amendment_id)

    @read_api(slow=True)
    def apply_dispositif(
        self, document_id: int, article: str, dispositif: str, *, style: str = ""
    ) -> Application:
        """The article as it would read if `dispositif` were adopted, or why it cannot say."""
        return drafting.apply_dispositif(
            self._context, document_id, article, dispositif, style=style
        )

    @write_api(slow=True)
    def save_draft(
        self,
        document_id: int,
        *,
        expose: str = "",
        signatories: Sequence[str] | None = None,
        **request: Any,
    ) -> SavedDraft:
        """Draft on the bill and keep the draft in the library, as a « projet d'amendement »
        document; the same operation at the same address saved again updates it. Signed by
        `signatories`; not given, those of the earlier save, else the user's settings
        (`default_signatories`: the signatories, else the author). An earlier exposé is kept
        when `expose` is empty."""
        signed = tuple(signatories) if signatories is not None else None
        pending = drafts.save(
            self._context, document_id, drafting.request(request), expose=expose,
            signatories=signed, default_signatories=default_signatories(),
        )  # fmt: skip
        before = drafts.before_saving(self._context, pending)
        with self._actions.transaction():
            saved_id = pending.write(self.store)
            moved = drafts.reanchored(self._context, before) if before else []
            for annotation in moved:  # its notes follow their words to the new text
                self.store.save_annotation(annotation)
            self._actions.changed(
                Changes.of(
                    documents=[saved_id], annotations=[a.id for a in moved], document_list=True
                )
            )
        self._context.pages_changed(saved_id)
        return self.saved_draft(saved_id)

    @read_api
    def drafts(self, bill_id: int) -> list[SavedDraft]:
        """The drafts saved on a bill (its version), oldest first."""
        return drafts.drafts(self._context, bill_id)

    # Amendments on their bill

    @read_api
    def bill_of(self, document_id: int) -> int | None:
        """The bill an amendment is bound to or a draft was written on (None otherwise):
        what the dérouleur and the séance sheet show when an amendment is open."""
        return binding.bill_of(self._context, document_id)

    @read_api
    def amendments(
        self, bill_id: int | None = None, *, article: str | None = None
    ) -> list[AmendmentEntry]:
        """The amendments (and drafts) of a bill in the order of discussion, each attached to
        the bill's article it targets (reviewer.library.binding); of every bill when None.
        `article` ("7", "Article 7 bis") keeps those of one article."""
        return binding.amendments(self._context, bill_id, article=article)

    @read_api(slow=True)
    def seance_sheet(
        self, bill_id: int, options: SeanceOptions, *, cancel: CancelToken | None = None
    ) -> SeanceSheet:
        """The séance sheet of a bill (its amendments the options keep, by article, with
        positions and notes), without writing it; refused when no amendment is kept."""
        return seance.build_sheet(
            self._context, bill_id, options, progress=no_progress, cancel=cancel or CancelToken()
        )

    @read_api(slow=True)
    def export_seance(
        self,
        bill_id: int,
        path: Path,
        *,
        format: Format | None = None,
        options: SeanceOptions | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> SeanceSheet:
        """Write the séance sheet of a bill as PDF, DOCX or HTML (`format`, else the options'
        format); return it. Nothing is written when no amendment is kept: a ReviewerError
        says why."""
        cancel = cancel or CancelToken()
        options = options or SeanceOptions()
        if format is not None:
            options = replace(options, format=format)
        sheet = seance.build_sheet(
            self._context, bill_id, options, progress=progress, cancel=cancel
        )
        exporting.export_seance(sheet, path, progress=progress, cancel=cancel)
        return sheet

    @write_api
    def bind_amendments(self, document_ids: Sequence[int], bill_id: int | None) -> list[int]:
        """Bind amendments to a document, whatever text they name (None: back to that text);
        the binding survives re-imports. Returns the amendments bound (other documents among
        `document_ids` are left alone)."""
        bound = binding.bind(self._context, document_ids, bill_id)
        self._actions.changed(Changes.of(documents=bound))
        return bound

    @read_api
    def saved_draft(self, document_id: int) -> SavedDraft:
        return drafts.saved_draft(self._context, document_id)

    @read_api(slow=True)
    def export_draft(self, document_id: int, fmt: str, output: Path | None = None) -> bytes:
        """A saved draft as docx, pdf, txt, or the filing tool's fields (`DRAFT_FORMATS`)."""
        return drafts.export(self._context, document_id, fmt, output)

    # Positions on amendments (reviewer/library/positions.py)

    @read_api
    def position(self, document_id: int) -> Position | None:
        """The MP's position on an amendment or a draft, None while it has none."""
        return positions.position(self._context, document_id)

    @read_api
    def positions(self, document_ids: Iterable[int] | None = None) -> dict[int, Position]:
        """The positions given on these documents (on all if None), by document id."""
        return positions.positions(self._context, document_ids)

    @write_api
    def set_position(self, document_id: int, label: str, argument: str = "") -> Position:
        """Record the MP's position on an amendment or a draft: one of `position_labels`
        (any case, any accents), with a short argument. Undo sets the previous one again."""
        new = positions.new_position(self._context, document_id, label, argument)
        current = self.position(new.document_id)
        if current is not None and (current.label, current.argument) == (new.label, new.argument):
            return current
        return self._save_positions([new])[0]

    @write_api
    def clear_position(self, document_id: int) -> None:
        """The amendment has no position any more (nothing happens if it had none)."""
        if self.position(document_id) is not None:
            self._save_positions([positions.cleared(document_id)])

    @read_api
    def position_labels(self) -> tuple[str, ...]:
        """The labels a position takes, in the order the user gave them."""
        return positions.labels(self._context)

    @write_api
    def set_position_labels(self, labels: Iterable[str]) -> tuple[str, ...]:
        """Replace the library's list of labels (shared by everyone using the library); a
        label positions use cannot be removed: the error names their amendments."""
        new, respelled = positions.checked_labels(self._context, labels)
        if new == self.position_labels():
            return new
        self.store.set_library_setting(positions.LABELS_SETTING, list(new))
        self._actions.changed(Changes.of(position_labels=True))
        self._save_positions(respelled)
        return new

    def _save_positions(self, saved: Sequence[Position]) -> list[Position]:
        with self._actions.transaction():
            for position in saved:
                self.store.save_position(position)
            self._actions.changed(Changes.of(documents=[p.document_id for p in saved]))
        return list(saved)

    # Annotations

    @write_api(slow=True)
    def annotate(
        self,
        document_id: int,
        phrase: str,
        *,
        page: int | None = None,
        every: bool = False,
        tags: Iterable[str] = (),
        note: str = "",
        color: str = DEFAULT_COLOR,
    ) -> list[Annotation]:
        """Highlight the first (or every) occurrence of a phrase, matched as search matches."""
        phrase_terms = terms(phrase)
        if not phrase_terms:
            raise ReviewerError(
                tr("“{phrase}” has no searchable words (only stop words)", phrase=phrase)
            )
        spans = self._context.find(document_id, phrase_terms, page=page, every=every, phrase=phrase)
        if not spans:
            where = tr(" on page {page}", page=page) if page else ""
            raise NotFound(
                tr("“{phrase}” does not occur in this document{where}", phrase=phrase, where=where)
            )
        # The pages' words are read before the transaction: a long find never holds it.
        anchors = self.anchors(document_id, spans)
        with self._actions.transaction():
            return [
                self._save(_new_annotation(document_id, anchor, tags, note, parse_color(color)))
                for anchor in anchors
            ]

    @write_api
    def highlight(
        self,
        document_id: int,
        page: int,
        start: int,
        end: int,
        *,
        tags: Iterable[str] = (),
        note: str = "",
        color: str = DEFAULT_COLOR,
    ) -> Annotation:
        """Highlight the characters [start, end) of a page's text (a selection in the view)."""
        [anchor] = self.anchors(document_id, [anchoring.Span(page, start, end)])
        return self._save(_new_annotation(document_id, anchor, tags, note, parse_color(color)))

    @read_api(slow=True)
    def locate(self, document_id: int, phrase: str, *, page: int | None = None) -> list[Anchor]:
        """Every occurrence of a phrase (found as search finds it), without annotating it."""
        phrase_terms = terms(phrase)
        if not phrase_terms:
            return []
        spans = self._context.find(document_id, phrase_terms, page=page, every=True, phrase=phrase)
        return self.anchors(document_id, spans)

    @read_api(slow=True)
    def query_passages(self, document_id: int, page: int, query: str) -> list[Anchor]:
        """The places on a page that match a search query, to mark them in the view."""
        with self._lock:
            found = self.store.page(document_id, page)
        if found is None:
            raise NotFound(tr("page {page} does not exist", page=page))
        spans = [
            anchoring.Span(page, start, end) for start, end in self.index.matches(query, found.text)
        ]
        return self.anchors(document_id, spans)

    @read_api(slow=True)
    def anchors(self, document_id: int, spans: Sequence[anchoring.Span]) -> list[Anchor]:
        """Anchors for passages of a document: rectangles from its words, quote, offsets."""
        return self._context.anchors(document_id, spans)

    @read_api
    def annotation(self, annotation_id: str) -> Annotation:
        return self._context.annotation(annotation_id)

    @read_api
    def annotations(
        self,
        *,
        document_id: int | None = None,
        tag: str | None = None,
        include_deleted: bool = False,
    ) -> list[Annotation]:
        return self._context.annotations(
            document_id=document_id, tag=tag, include_deleted=include_deleted
        )

    @write_api
    def update_annotation(
        self,
        annotation_id: str,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Annotation:
        current = self.annotation(annotation_id)
        updated = replace(
            current,
            note=current.note if note is None else note,
            color=current.color if color is None else parse_color(color),
            tags=current.tags if tags is None else clean_tags(tags),
        )
        return self._save(updated, current)

    @write_api
    def tag(self, annotation_id: str, *names: str) -> Annotation:
        current = self.annotation(annotation_id)
        return self.update_annotation(annotation_id, tags=[*current.tags, *names])

    @write_api
    def untag(self, annotation_id: str, *names: str) -> Annotation:
        removed = {name.casefold() for name in names}
        current = self.annotation(annotation_id)
        kept = [name for name in current.tags if name.casefold() not in removed]
        return self.update_annotation(annotation_id, tags=kept)

    @write_api
    def delete_annotation(self, annotation_id: str) -> Annotation:
        """Delete, keeping a tombstone: undoable, and exported so deletes travel."""
        current = self.annotation(annotation_id)
        return self._save(replace(current, deleted=now()), current)

    @write_api
    def restore_annotation(self, annotation_id: str) -> Annotation:
        current = self.annotation(annotation_id)
        return self._save(replace(current, deleted=None), current)

    @write_api
    def add_note(
        self, document_id: int, text: str, *, page: int | None = None, tags: Iterable[str] = ()
    ) -> Annotation:
        """A note on a whole page, or (without `page`) on the whole document."""
        pages = self.pages(self.document(document_id).id)
        if page is not None and not 1 <= page <= len(pages):
            raise NotFound(
                tr(
                    "page {page} does not exist (the document has {count})",
                    page=page,
                    count=len(pages),
                )
            )
        offset = anchoring.page_offsets([len(p.text) for p in pages])[(page or 1) - 1]
        anchor = Anchor(page or 1, (), TextQuote(""), TextPosition(offset, offset))
        note = _new_annotation(document_id, anchor, tags, text, DEFAULT_COLOR)
        return self._save(replace(note, target="page" if page else "document"))

    def _save(self, annotation: Annotation, before: Annotation | None = None) -> Annotation:
        """Save a new or changed annotation (`before`: as it was) in the current action."""
        saved = replace(annotation, updated=now())
        with self._actions.transaction():
            self.store.save_annotation(saved)
            changes = _annotation_changes([saved, *([before] if before else [])])
            if before is not None and (before.deleted is None) == (saved.deleted is None):
                changes = replace(changes, documents=frozenset())  # its count is the same
            self._actions.changed(changes)
        return saved

    # Tags

    @read_api
    def tags(self) -> list[Tag]:
        return self._context.tags()

    @write_api
    def create_tag(self, name: str, *, color: str = DEFAULT_TAG_COLOR) -> Tag:
        """A tag with no annotation yet (the palette's New tag)."""
        cleaned = clean_tags([name])
        if not cleaned:
            raise ReviewerError(tr("a tag needs a name"))
        self.store.ensure_tag(cleaned[0], color=parse_color(color))
        created = next(tag for tag in self.tags() if tag.name.casefold() == cleaned[0].casefold())
        self._actions.changed(Changes.of(tags=[created.name]))
        return created

    @write_api
    def restore_tags(self, colors: dict[str, str], tags_of: dict[str, Sequence[str]]) -> None:
        """Put back tag colours and the tags of annotations, in one action (an undo)."""
        for name, color in colors.items():
            self.store.ensure_tag(name, color=color)
            self.store.recolor_tag(name, color)
        self._actions.changed(Changes.of(tags=colors))
        for annotation_id, names in tags_of.items():
            current = self.store.annotation(annotation_id)
            if current is not None:
                self._save(replace(current, tags=clean_tags(names)), current)

    @write_api
    def rename_tag(self, name: str, new_name: str) -> None:
        """Rename a tag; renaming onto an existing tag merges them."""
        cleaned = clean_tags([new_name])
        if not cleaned:
            raise ReviewerError(tr("a tag needs a name"))
        self._tagged_changed([name], also=cleaned)
        self.store.rename_tag(name, cleaned[0])

    @write_api
    def recolor_tag(self, name: str, color: str) -> None:
        self._tagged_changed([name])
        self.store.recolor_tag(name, parse_color(color))

    @write_api
    def merge_tags(self, names: Iterable[str], into: str) -> None:
        names = list(names)
        self._tagged_changed(names, also=[into])
        self.store.merge_tags(names, into)

    @write_api
    def delete_tag(self, name: str) -> None:
        """Remove a tag from every annotation (the annotations stay)."""
        self._tagged_changed([name])
        self.store.delete_tag(name)

    def _tagged_changed(self, names: Sequence[str], *, also: Sequence[str] = ()) -> None:
        """Declare a change to these tags and to the annotations (and documents) they mark."""
        tagged = [a for n in names for a in self.store.annotations(tag=n, include_deleted=True)]
        found = {t.name.casefold(): t.name for t in self.store.tags()}
        named = [found.get(n.casefold(), n) for n in names]
        marked = _annotation_changes(tagged, tags=False)
        self._actions.changed(Changes.of(tags=[*named, *also]) | marked)

    # Exports and interchange

    @read_api(slow=True)
    def build_report(self, options: ReportOptions, *, cancel: CancelToken | None = None) -> Report:
        """The report `options` describe, without writing it (a preview)."""
        return exporting.build_report(
            self._context, options, progress=no_progress, cancel=cancel or CancelToken()
        )

    @read_api(slow=True)
    def export_report(
        self,
        options: ReportOptions,
        path: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> Report:
        """Write an annotated report (PDF, DOCX, HTML, Markdown, CSV or JSON); return it."""
        cancel = cancel or CancelToken()
        return exporting.export_report(
            self._context, options, path, progress=progress, cancel=cancel
        )

    @read_api(slow=True)
    def export_annotated_pdf(self, document_id: int, path: Path) -> int:
        """A copy of the document's PDF with our annotations as native ones; how many."""
        return exporting.export_annotated_pdf(self._context, document_id, path)

    @write_api(slow=True)
    def import_pdf_annotations(
        self,
        document_id: int,
        path: Path | None = None,
        *,
        foreign: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> PdfImport:
        """Take in the annotations of the document's PDF (or of `path`, another copy of it).

        A PDF with another text raises NotACopy; `foreign=True` (once the user agrees) takes
        its annotations in as new ones.
        """
        report, added = exporting.read_pdf_annotations(
            self._context,
            document_id,
            path,
            foreign=foreign,
            progress=progress,
            cancel=cancel or CancelToken(),
        )
        self._save_as_they_are(added)
        return report

    @read_api(slow=True)
    def export_w3c(self, path: Path, *, document_ids: Sequence[int] = ()) -> int:
        """Write W3C Web Annotations (tombstones included) of some documents, or all."""
        return exporting.export_w3c(self._context, path, document_ids)

    @write_api(slow=True)
    def import_w3c(self, path: Path) -> MergeReport:
        """Merge a W3C Web Annotation file: newest version wins, deletes travel; so do the
        positions on amendments (a label the list lacks is added to it)."""
        report, merged, taken = exporting.merge_w3c(self._context, path)
        with self._actions.transaction():
            self._save_as_they_are(merged)
            if taken.new_labels:
                labels = [*self.position_labels(), *taken.new_labels]
                self.store.set_library_setting(positions.LABELS_SETTING, labels)
                self._actions.changed(Changes.of(position_labels=True))
            self._save_positions(taken.saved)
        return report

    def _commit(self, change: Callable[[], object], changes: Changes) -> object:
        """One step of a long write action: `change` in one transaction, and its Changes."""
        with self._actions.transaction():
            result = change()
            self._actions.changed(changes)
        return result

    def _save_as_they_are(self, annotations: Sequence[Annotation]) -> None:
        """What an import brings, saved in one transaction with its ids, dates and tags."""
        with self._actions.transaction():
            before = [self.store.annotation(a.id) for a in annotations]
            for annotation in annotations:
                self.store.save_annotation(annotation)
            self._actions.changed(_annotation_changes([*annotations, *filter(None, before)]))

    @read_api(slow=True)
    def export_word(
        self,
        document_ids: Sequence[int],
        path: Path,
        *,
        tags: Sequence[str] = (),
        with_drafts: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> WordExport:
        """The documents' texts as one Word file, their annotations as native comments;
        `with_drafts`: their saved amendment drafts as tracked changes."""
        cancel = cancel or CancelToken()
        return word.export_word(
            self, document_ids, path, tags=tags, with_drafts=with_drafts, progress=progress,
            cancel=cancel,
        )  # fmt: skip

    @write_api(slow=True)
    def import_word_annotations(
        self,
        document_id: int,
        path: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> WordImport:
        """Take in the comments of a Word version of the document as annotations on it."""
        cancel = cancel or CancelToken()
        return word.import_word(
            self, document_id, path, act=self._commit, progress=progress, cancel=cancel
        )

    # Search

    @read_api
    def search(self, query: str, *, limit: int = 20) -> SearchResults:
        """Pages and annotations matching the query, best first, with highlighted snippets."""
        raw = self.index.search(query, limit=limit, text_of=self._text_of)
        # Only the hits' documents: reading them all costs ~50 ms at 10,000 pages.
        found = {i: self.store.document(i) for i in {hit.document_id for hit in raw.hits}}
        documents = {i: d for i, d in found.items() if d is not None and not d.removed}
        hits = tuple(
            SearchHit(
                type=hit.type,
                document_id=hit.document_id,
                title=documents[hit.document_id].title,
                source=documents[hit.document_id].source,
                page=hit.page,
                score=hit.score,
                snippet=hit.snippet,
                annotation_id=hit.annotation_id,
            )
            for hit in raw.hits
            if hit.document_id in documents
        )
        return SearchResults(query, raw.total, hits)

    def _text_of(self, key: str) -> str:
        kind, _, rest = key.partition(":")
        if kind == "a":
            annotation = self.store.annotation(rest)
            return f"{annotation.quote}\n{annotation.note}" if annotation else ""
        document_id, _, number = rest.partition(":")
        page = self.store.page(int(document_id), int(number))
        return page.text if page else ""

    # Safety

    @read_api(slow=True)
    def backup(self, target: Path, *, progress: ProgressCallback = no_progress) -> BackupReport:
        """A consistent backup in one zip file (see `backup.py`); the library stays usable."""

        def snapshot(path: Path) -> None:
            with self._lock:  # One connection, shared: no write runs while SQLite copies.
                self.store.backup_to(path)

        return write_backup(snapshot, self.layout, Path(target), progress=progress)

    @write_api(slow=True)
    def ocr(
        self,
        document_id: int,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> Document:
        """Recognise the French text of a scan; its pages then search and highlight as text."""
        document = self.document(document_id)
        if document.has_text:
            raise ReviewerError(
                tr("“{title}” has text already: OCR is for scans", title=document.title)
            )
        pdf = self.pdf_path(document)
        result = recognise(pdf, page_count=document.page_count, progress=progress, cancel=cancel)
        # The original stays as imported; the searchable copy is a new file beside it.
        target = blob_path(self.layout.pdfs, document.sha256, ".ocr.pdf")
        try:
            store_bytes(result.pdf_bytes, target)
        except OSError as error:
            raise LibraryError(
                tr(
                    "the recognised text could not be saved ({strerror}): free some space "
                    "on the library's disk, then run OCR again",
                    strerror=error.strerror,
                )
            ) from error
        pages = [Page(document_id, p.number, p.text, p.width, p.height) for p in result.pages]
        with self._actions.transaction():
            self._replace_text(document_id, pages, target)
        self._context.pages_changed(document_id)
        return self.document(document_id)

    def _replace_text(self, document_id: int, pages: Sequence[Page], pdf: Path) -> None:
        """New page texts; detection runs again and notes move to their pages' new offsets."""
        relative = str(pdf.relative_to(self.layout.root))
        has_text = any(page.text.strip() for page in pages)
        self.store.replace_page_texts(document_id, pages, pdf_path=relative, has_text=has_text)
        self.store.set_detection(document_id, detect([page.text for page in pages]))
        offsets = anchoring.page_offsets([len(page.text) for page in pages])
        notes = self.store.annotations(document_id=document_id, include_deleted=True)
        for note in notes:
            start = offsets[note.page - 1]
            moved = replace(note.anchor, position=TextPosition(start, start))
            self.store.save_annotation(replace(note, anchor=moved))
        self._actions.changed(Changes.of(documents=[document_id]) | _annotation_changes(notes))

    # Maintenance

    @write_api(slow=True)
    def reindex(
        self, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> int:
        """Rebuild the whole search index from the database; return the entries indexed.
        The database is not changed: there are no Changes to tell."""
        return self._sync.rebuild(progress=progress, cancel=cancel or CancelToken())

    @read_api(slow=True)
    def doctor(self, *, repair: bool = False) -> HealthReport:
        """Check the database, the stored files and the index against each other; a repair
        rebuilds only the index (derived), so this stays a read of the library."""
        if not self.read_only:  # Changes on their way to the index are no problem.
            with suppress(LibraryError):  # A full disk: reported below as changes pending.
                self._sync.catch_up()
        with self._lock:
            problems = self.store.integrity_problems() + self._missing_files()
            documents = self.store.documents()
        problems += self._altered_files(documents)
        problems += self._sync.disagreements()
        repaired: list[str] = []
        if repair and problems:
            self._check_writable()
            repaired = self._sync.repair()
        return HealthReport(tuple(problems), tuple(repaired))

    def _missing_files(self) -> list[str]:
        return [
            tr(
                "document {id} ({title}): stored file {pdf_path} is missing; "
                "import the original again",
                id=d.id,
                title=d.title,
                pdf_path=d.pdf_path,
            )
            for d in self.store.documents()
            if not (self.layout.root / d.pdf_path).exists()
        ]

    def _altered_files(self, documents: Sequence[Document]) -> list[str]:
        """Stored originals whose bytes no longer match their name (their SHA-256)."""
        altered = []
        for document in documents:
            stored = self.layout.root / document.file_path
            try:
                intact = sha256_of(stored) == document.sha256
            except OSError:  # Missing: reported by `_missing_files`.
                continue
            if not intact:
                altered.append(
                    tr(
                        "document {id} ({title}): stored file {file_path} "
                        "does not match its content fingerprint (SHA-256): it was altered or "
                        "damaged; "
                        "remove the document and import the original again",
                        id=document.id,
                        title=document.title,
                        file_path=document.file_path,
                    )
                )
        return altered


def _new_annotation(
    document_id: int, anchor: Anchor, tags: Iterable[str], note: str, color: str
) -> Annotation:
    stamp = now()
    return Annotation(
        id=str(uuid.uuid4()),
        document_id=document_id,
        anchor=anchor,
        color=color,
        note=note,
        tags=clean_tags(tags),
        author=default_author(),
        created=stamp,
        updated=stamp,
    )


def _annotation_changes(annotations: Iterable[Annotation], *, tags: bool = True) -> Changes:
    """The annotations, their documents and (if `tags`) their tags."""
    listed = list(annotations)
    return Changes.of(
        documents=(a.document_id for a in listed),
        annotations=(a.id for a in listed),
        tags=(name for a in listed for name in a.tags) if tags else (),
    )


def named_section(sections: Sequence[Section], wanted: str) -> Section | None:
    """The first unit whose label is `wanted` ("Titre II"), articles as readers abbreviate
    them ("art 7", "7 bis")."""
    plain = _ARTICLE_ABBREVIATION.sub("Article ", wanted).casefold()
    article = canonical_article(plain).casefold() if plain else ""
    for section in sections:
        label = section.label.casefold()
        if plain and (label == plain or (section.kind == "article" and label == article)):
            return section
        found = named_section(section.children, wanted)
        if found is not None:
            return found
    return None
