"""Importing amendment files: each amendment a document of kind "amendement".

An amendment already in the library (same source id, or same chamber, text and number) is
not imported twice: a newer file updates its metadata (outcome, state, order...) and title,
and keeps the document, so its annotations and tags stay. When the newer file changes its
dispositif or exposé, a new PDF replaces the old if nothing is anchored on it; otherwise
the PDF stays under its annotations, the report says so, and the new texts are kept in its
metadata (`newer_dispositif`, `newer_expose`; carrying annotations to them is left for later).
The document's stored file is its PDF, named by its hash like any document's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from threading import RLock
from typing import Any

from reviewer.amendments import Source, Unreadable, source_of
from reviewer.core.amendments import Amendment
from reviewer.core.errors import ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.i18n import tr
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.records import ImportOutcome, ImportStatus, Page, Progress
from reviewer.library.amendment_files import (
    AmendmentDocument,
    Rendered,
    Unchanged,
    amendment_documents,
)
from reviewer.library.files import blob_path, store_bytes
from reviewer.library.paths import LibraryLayout
from reviewer.store import Store

BATCH = 50  # new amendments stored in one transaction
# Threads writing new amendments' PDFs (each synced to disk) while the next are laid out:
# writing and syncing them was a third of an import's time, spent waiting on the disk.
WRITERS = 2
KEY = "amendment_key"  # the metadata field that names an amendment across files
SUMMARY = "summary"  # the dispositif's first words: the dérouleur lists them without pages
_RECORD = "record_sha256"  # the hash of the record last imported
_TEXTS = "texts_sha256"  # the hash of its dispositif and exposé
_SAME = "same amendment already in the library"


class AmendmentImporter:
    def __init__(self, store: Store, layout: LibraryLayout, database_lock: RLock) -> None:
        self.store, self.layout, self._database = store, layout, database_lock
        self._writing: dict[str, Future[str]] = {}  # PDFs being stored, by hash

    def run(
        self,
        paths: Sequence[Path],
        *,
        texts: Iterable[str] | None,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> Iterator[ImportOutcome]:
        """One outcome per amendment (or per row that cannot be read, or per file that holds
        none), in the files' order. New amendments are stored BATCH to a transaction."""
        with self._database:  # Both ways an amendment is named (Amendment.identities).
            known = {
                **self.store.documents_by_metadata(KEY, AMENDEMENT),
                **self.store.documents_by_metadata("source_id", AMENDEMENT),
            }
            records = self.store.documents_by_metadata(_RECORD, AMENDEMENT)
        with ThreadPoolExecutor(WRITERS, thread_name_prefix="amendment-pdf") as writers:
            try:
                documents = amendment_documents(paths, texts=texts, unchanged=records)
                yield from self._run(documents, progress, cancel, known, writers)
            finally:
                for future in self._writing.values():
                    future.cancel()
                self._writing.clear()

    def _run(
        self,
        documents: Iterator[tuple[Path, Rendered | None]],
        progress: ProgressCallback,
        cancel: CancelToken,
        known: dict[str, int],
        writers: ThreadPoolExecutor,
    ) -> Iterator[ImportOutcome]:
        new: list[tuple[Path, AmendmentDocument]] = []
        for done, (path, item) in enumerate(documents, start=1):
            if cancel.cancelled:
                break
            progress(Progress(done, 0, f"{path.name} : {_where(item)}"))
            if isinstance(item, AmendmentDocument) and _is_new(item, known, new):
                new.append((path, item))
                if item.sha256 not in self._writing:  # Stored while the next are laid out.
                    self._writing[item.sha256] = writers.submit(self._store_pdf, item)
                if len(new) >= BATCH:
                    yield from self._add_all(new, known)
                continue
            yield from self._add_all(new, known)  # first, to keep the files' order
            yield self._other(path, item, known)
        yield from self._add_all(new, known)

    def _other(self, path: Path, item: Rendered | None, known: dict[str, int]) -> ImportOutcome:
        """A file without amendments, a row that cannot be read, or an amendment the library
        has: unchanged, or updated."""
        if item is None:
            return ImportOutcome(str(path), ImportStatus.IMPORTED, message=_nothing_in(path))
        if isinstance(item, Unreadable):
            return ImportOutcome(_name(path, item.where), ImportStatus.FAILED, message=item.message)
        name = _name(path, _where(item))
        if isinstance(item, Unchanged):
            return ImportOutcome(name, ImportStatus.ALREADY_PRESENT, item.document_id,
                                 message=_SAME)  # fmt: skip
        try:
            return self._update(name, _known_id(item, known), item)
        except (ReviewerError, OSError) as error:
            return ImportOutcome(name, ImportStatus.FAILED, message=str(error))

    def _add_all(
        self, new: list[tuple[Path, AmendmentDocument]], known: dict[str, int]
    ) -> Iterator[ImportOutcome]:
        """Store the new amendments waiting, in one transaction; `new` is emptied."""
        waiting = new[:]
        new.clear()
        if not waiting:
            return
        try:
            rows = [self._row(path, item) for path, item in waiting]
            with self._database, self.store.transaction():
                ids = [self._add(row, item) for row, (_, item) in zip(rows, waiting, strict=True)]
        except (ReviewerError, OSError) as error:
            for path, item in waiting:
                yield ImportOutcome(_name(path, _where(item)), ImportStatus.FAILED,
                                    message=str(error))  # fmt: skip
            return
        for (path, item), document_id in zip(waiting, ids, strict=True):
            known.update(dict.fromkeys(item.amendment.identities, document_id))
            name = _name(path, _where(item))
            yield ImportOutcome(name, ImportStatus.IMPORTED, document_id, len(item.pages))

    def _stored_pdf(self, item: AmendmentDocument) -> str:
        """The PDF stored, once a writer thread has stored it (or stored now)."""
        writing = self._writing.pop(item.sha256, None)
        return writing.result() if writing is not None else self._store_pdf(item)

    def _store_pdf(self, item: AmendmentDocument) -> str:
        """Store the PDF, the document's file (what the source stated is in it and in the
        metadata); its path in the library."""
        pdf = blob_path(self.layout.pdfs, item.sha256, ".pdf")
        store_bytes(item.pdf, pdf)
        return str(pdf.relative_to(self.layout.root))

    def _row(self, path: Path, item: AmendmentDocument) -> dict[str, object]:
        stored = self._stored_pdf(item)
        return {
            "sha256": item.sha256,
            "title": item.title,
            "kind": AMENDEMENT,
            "source": str(path.resolve()),
            "file_path": stored,
            "pdf_path": stored,
            "page_count": len(item.pages),
            "size_bytes": len(item.pdf),
            "has_text": True,
        }

    def _add(self, row: dict[str, object], item: AmendmentDocument) -> int:
        pages = [Page(0, p.number, p.text, p.width, p.height) for p in item.pages]
        document_id = self.store.add_document(row, pages)
        self.store.set_detection(document_id, _detection(item))
        return document_id

    def _update(self, name: str, document_id: int, item: AmendmentDocument) -> ImportOutcome:
        with self._database:
            document = self.store.document(document_id)
            annotated = bool(self.store.annotations(document_id=document_id, include_deleted=True))
        if document is None or document.metadata.get(_RECORD) == item.record_sha256:
            return ImportOutcome(name, ImportStatus.ALREADY_PRESENT, document_id,
                                 message=_SAME)  # fmt: skip
        said = _changes(document.metadata, item.amendment)
        new_texts = document.metadata.get(_TEXTS) != _texts_sha256(item.amendment)
        if new_texts and not annotated:
            return self._replace(name, document_id, item, said + "; new texts")
        detection = _detection(item)
        if new_texts:
            # The PDF stays (annotations sit on it); the new texts are kept in its metadata.
            said += ("; its dispositif or exposé changed: the document keeps its PDF and its "
                     "annotations, the new texts are in its fields")  # fmt: skip
            detection["metadata"].update(
                newer_dispositif=list(item.amendment.dispositif),
                newer_expose=list(item.amendment.expose),
            )
        with self._database, self.store.transaction():
            self.store.restate_document(document_id, item.title, detection)
        return ImportOutcome(name, ImportStatus.IMPORTED, document_id, 0, said)

    def _replace(
        self, name: str, document_id: int, item: AmendmentDocument, said: str
    ) -> ImportOutcome:
        """New texts on a document nothing is anchored on: its new PDF replaces the old."""
        stored = self._stored_pdf(item)
        pages = [Page(0, p.number, p.text, p.width, p.height) for p in item.pages]
        with self._database, self.store.transaction():
            self.store.replace_pages(
                document_id, pages, sha256=item.sha256, pdf_path=stored, size_bytes=len(item.pdf)
            )
            self.store.restate_document(document_id, item.title, _detection(item))
        return ImportOutcome(name, ImportStatus.IMPORTED, document_id, len(pages), said)


def _is_new(
    item: AmendmentDocument, known: dict[str, int], new: list[tuple[Path, AmendmentDocument]]
) -> bool:
    """An amendment neither in the library nor waiting to be stored (files may hold one
    twice: the second updates the first)."""
    names = set(item.amendment.identities)
    waiting = {name for _, n in new for name in n.amendment.identities}
    return not (names & known.keys() or names & waiting)


def _known_id(item: AmendmentDocument, known: dict[str, int]) -> int:
    return next(known[name] for name in item.amendment.identities if name in known)


def _detection(item: AmendmentDocument) -> dict[str, Any]:
    """Stated by the source, not detected: certain."""
    metadata = {
        **item.amendment.metadata(),
        SUMMARY: item.amendment.summary,
        _RECORD: item.record_sha256,
        _TEXTS: _texts_sha256(item.amendment),
    }
    return {"kind": AMENDEMENT, "confidence": 1.0, "metadata": metadata}


def _texts_sha256(amendment: Amendment) -> str:
    texts = json.dumps([amendment.dispositif, amendment.expose], ensure_ascii=False)
    return hashlib.sha256(texts.encode()).hexdigest()


def _changes(before: dict[str, object], after: Amendment) -> str:
    """What the newer file changed, in the report's words."""
    if before.get("outcome") == (after.outcome or None):
        return tr("updated")
    was = before.get("outcome") or before.get("state") or tr("none")
    return tr(
        "updated: outcome {outcome} (was {was})",
        outcome=after.outcome or after.state or tr("none"),
        was=was,
    )


def _where(item: Rendered | None) -> str:
    if item is None:
        return ""
    return item.where if isinstance(item, Unreadable) else f"n° {item.amendment.number}"


def _name(path: Path, where: str) -> str:
    return f"{path} › {where}"


def _nothing_in(path: Path) -> str:
    if source_of(path) is Source.AN_LIST:
        return tr("an order of discussion: it completes the amendment files of its folder")
    return tr("no amendment to import in this file (or none of the texts asked for)")
