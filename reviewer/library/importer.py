"""Importing files: copy, convert, extract, store; one file's failure never stops the rest."""

from __future__ import annotations

import errno
from collections import deque
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from threading import RLock

from reviewer.amendments import is_amendment_file
from reviewer.core.errors import ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.i18n import tr
from reviewer.core.kinds import OTHER
from reviewer.core.records import ImportOutcome, ImportReport, ImportStatus, Page, Progress
from reviewer.legislative.titles import is_real_title, is_tool_title, stated_title
from reviewer.library.amendment_import import AmendmentImporter
from reviewer.library.files import (
    Intake,
    Unreadable,
    blob_path,
    discover,
    display_name,
    keep,
    store_bytes,
    take_in,
)
from reviewer.library.indexing import IndexSync
from reviewer.library.paths import LibraryLayout
from reviewer.library.reading import Detection, read_and_detect
from reviewer.pdf import ReadDocument, check_supported, is_supported
from reviewer.pdf.isolated import IsolatedReader
from reviewer.pdf.limits import MAX_FILE_BYTES
from reviewer.store import Store

# Files read at once, each by a child of its own.
READ_AHEAD = 2


@dataclass(frozen=True)
class ImportOptions:
    password: str | None = None
    texts: tuple[str, ...] | None = None  # amendment files: keep only these texts' amendments


@dataclass(frozen=True)
class _Reading:
    """A file the child process reads: its copy in the library, which is what is stored."""

    path: Path
    intake: Intake


class Importer:
    def __init__(
        self, store: Store, layout: LibraryLayout, database_lock: RLock, sync: IndexSync
    ) -> None:
        self.store = store
        self.layout = layout
        self.sync = sync  # the search index, brought up to date with what is stored
        # Held only for database work: reading and converting files runs without it.
        self._database = database_lock

    def run(
        self,
        paths: Sequence[Path],
        *,
        options: ImportOptions,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> ImportReport:
        """Import every file below `paths`, one transaction per file (per amendment)."""
        found = discover(paths, accept=lambda p: is_supported(p) or is_amendment_file(p))
        # Amendment files hold many documents each: reviewer.library.amendment_import.
        amendment_files = [c.path for c in found.candidates if is_amendment_file(c.path)]
        chosen = set(amendment_files)
        candidates = [c for c in found.candidates if c.path not in chosen]
        outcomes = [_unlisted(folder) for folder in found.unreadable]
        outcomes += [_skipped(path) for path in found.skipped]
        outcomes += self._amendments(amendment_files, options, progress, cancel)
        reported = len(outcomes)
        ahead: deque[_Reading | ImportOutcome] = deque()
        # Files are read in child processes held to time and memory limits (reviewer.pdf.limits),
        # READ_AHEAD files ahead, one child each: they read the next files while this process
        # stores and indexes the last one, so that both cores work.
        try:
            with ExitStack() as stack:
                readers = [stack.enter_context(IsolatedReader()) for _ in range(READ_AHEAD)]
                index = stack.enter_context(self.sync.stream())
                ahead.extend(
                    self._begin(candidate.path, options, reader)
                    for candidate, reader in zip(candidates, readers, strict=False)
                )
                for done, candidate in enumerate(candidates):
                    progress(Progress(done, len(candidates), display_name(candidate.path.name)))
                    if cancel.cancelled:
                        break  # The files being read are dropped with the children.
                    reader = readers[done % READ_AHEAD]
                    read = self._finish(ahead.popleft(), reader)
                    if done + READ_AHEAD < len(candidates):
                        next_path = candidates[done + READ_AHEAD].path
                        ahead.append(self._begin(next_path, options, reader))
                    outcomes.append(read if isinstance(read, ImportOutcome) else self._keep(*read))
                    index.stored(outcomes[-1].pages)
        finally:
            for reading in ahead:  # Cancelled, or stopped: their copies go.
                if isinstance(reading, _Reading):
                    reading.intake.copy.unlink(missing_ok=True)
        imported = len(outcomes) - reported
        progress(Progress(imported, len(candidates), ""))
        stopped = imported < len(candidates) or (bool(amendment_files) and cancel.cancelled)
        return ImportReport(tuple(outcomes), cancelled=stopped)

    def _amendments(
        self,
        paths: list[Path],
        options: ImportOptions,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> list[ImportOutcome]:
        if not paths:
            return []
        importer = AmendmentImporter(self.store, self.layout, self._database)
        outcomes: list[ImportOutcome] = []
        with self.sync.stream() as index:
            for outcome in importer.run(
                paths, texts=options.texts, progress=progress, cancel=cancel
            ):
                outcomes.append(outcome)
                index.stored(outcome.pages)
        return outcomes

    def _begin(
        self, path: Path, options: ImportOptions, reader: IsolatedReader
    ) -> _Reading | ImportOutcome:
        """Send a file to the child to read, unless it is known already or cannot be."""
        try:
            if not path.exists():
                raise ReviewerError(tr("no such file or folder"))
            check_supported(path)  # Before copying: a named file may be anything.
            intake = take_in(path, self.layout.files, max_bytes=MAX_FILE_BYTES)
        except (ReviewerError, OSError) as error:
            return _failed(path, error)
        try:
            if present := self._present(path, intake.sha256):
                intake.copy.unlink(missing_ok=True)
                return present
            # The child reads the copy: the text indexed is that of the bytes stored.
            reader.begin(
                read_and_detect,
                intake.copy,
                options.password,
                step_seconds=reader.limits.page_seconds,
            )
        except (ReviewerError, OSError) as error:
            intake.copy.unlink(missing_ok=True)
            return _failed(path, error)
        return _Reading(path, intake)

    def _finish(
        self, reading: _Reading | ImportOutcome | None, reader: IsolatedReader
    ) -> tuple[_Reading, ReadDocument, Detection] | ImportOutcome:
        """The document the child read, or what stopped it."""
        if not isinstance(reading, _Reading):
            assert reading is not None  # Each file is begun before it is finished.
            return reading
        try:
            return reading, *reader.finish()
        except (ReviewerError, OSError) as error:
            reading.intake.copy.unlink(missing_ok=True)
            return _failed(reading.path, error)

    def _keep(
        self, reading: _Reading, document: ReadDocument, detection: Detection
    ) -> ImportOutcome:
        """Store a document read; what is imported meanwhile (the same file twice) is kept once."""
        path, intake = reading.path, reading.intake
        try:
            if present := self._present(path, intake.sha256):
                intake.copy.unlink(missing_ok=True)
                return present
            document_id = self._store(path, intake, document, detection)
        except (ReviewerError, OSError) as error:
            intake.copy.unlink(missing_ok=True)
            return _failed(path, error)
        return _outcome(
            path,
            ImportStatus.IMPORTED,
            document_id,
            len(document.pages),
            _notice(document, document_id),
        )

    def _present(self, path: Path, sha256: str) -> ImportOutcome | None:
        with self._database:
            existing = self.store.document_id_by_sha(sha256)
        if existing is None:
            return None
        return _outcome(
            path,
            ImportStatus.ALREADY_PRESENT,
            existing,
            message=tr("same content already in the library"),
        )

    def _store(
        self, path: Path, intake: Intake, document: ReadDocument, detection: Detection
    ) -> int:
        sha256 = intake.sha256
        original = blob_path(self.layout.files, sha256, path.suffix)
        converted = document.pdf_bytes is not None
        pdf = blob_path(self.layout.pdfs, sha256, ".pdf") if converted else original
        try:
            return self._store_files_then_row(path, intake, document, detection, original, pdf)
        except BaseException:
            self._forget_copies(sha256, original, pdf)
            raise

    def _forget_copies(self, sha256: str, *copies: Path) -> None:
        """No copy without its document: a failed import leaves no confidential file behind."""
        with self._database:
            if self.store.document_id_by_sha(sha256) is not None:  # Imported meanwhile.
                return
        for copy in copies:
            copy.unlink(missing_ok=True)

    def _store_files_then_row(
        self,
        path: Path,
        intake: Intake,
        document: ReadDocument,
        detection: Detection,
        original: Path,
        pdf: Path,
    ) -> int:
        keep(intake, original)
        if document.pdf_bytes is not None:
            store_bytes(document.pdf_bytes, pdf)
        row = {
            "sha256": intake.sha256,
            "title": document_title(document, path, detection),
            "kind": OTHER,  # set_detection below gives the kind detected
            "source": display_name(path.resolve()),
            "file_path": str(original.relative_to(self.layout.root)),
            "pdf_path": str(pdf.relative_to(self.layout.root)),
            "page_count": len(document.pages),
            "size_bytes": intake.size,
            "has_text": document.has_text,
        }
        pages = [Page(0, p.number, p.text, p.width, p.height) for p in document.pages]
        with self._database, self.store.transaction():
            document_id = self.store.add_document(row, pages)
            self.store.set_detection(document_id, detection)
            return document_id


def _failed(path: Path, error: ReviewerError | OSError) -> ImportOutcome:
    message = _os_failure(error) if isinstance(error, OSError) else str(error)
    return _outcome(path, ImportStatus.FAILED, message=message)


def _outcome(
    path: Path,
    status: ImportStatus,
    document_id: int | None = None,
    pages: int = 0,
    message: str = "",
) -> ImportOutcome:
    """An outcome shown by its readable name, keeping the file's own path."""
    return ImportOutcome(display_name(path), status, document_id, pages, message, file=path)


def _skipped(path: Path) -> ImportOutcome:
    """A file met in a folder that reviewer does not read: said, never ignored in silence."""
    suffix = path.suffix or path.name
    message = tr(
        "not a document reviewer reads ({suffix}): save it as PDF to import it", suffix=suffix
    )
    return _outcome(path, ImportStatus.SKIPPED, message=message)


def _unlisted(folder: Unreadable) -> ImportOutcome:
    """A folder whose files could not be listed, so were not imported."""
    reason = _os_failure(folder.error, folder=True)
    return _outcome(
        folder.path,
        ImportStatus.FAILED,
        message=tr("folder not read, its files were not imported: {reason}", reason=reason),
    )


def _notice(document: ReadDocument, document_id: int) -> str:
    """What the user should know about a file that did import."""
    notices = []
    if document.repaired:
        notices.append(tr("repaired while reading: the file is damaged, compare with the original"))
    if not document.has_text:
        notices.append(
            tr("no text found (a scan?): `reviewer ocr {id}` makes it searchable", id=document_id)
        )
    return "; ".join(notices)


def _os_failure(error: OSError, *, folder: bool = False) -> str:
    """A file-system error in plain words, with what to do."""
    if error.errno == errno.ENOSPC:
        return tr("the disk is full: free some space, then import this file again")
    if error.errno in {errno.EACCES, errno.EPERM}:
        where = display_name(error.filename or "a file")
        return tr("permission denied on {where}: check its permissions", where=where)
    if error.errno == errno.EROFS:
        return tr("the library's disk is read-only: import into a library on a writable disk")
    if folder:
        return tr(
            "{reason}: check the folder and the disk, then import the folder again",
            reason=error.strerror or error,
        )
    return tr(
        "{reason}: check the file and the disk, then import it again",
        reason=error.strerror or error,
    )


def document_title(document: ReadDocument, path: Path, detection: Detection) -> str:
    """The file's own title when it names the text; else what the text states it is ("Question
    écrite n° 13417 de M. Jérôme Guedj (Intérieur et outre-mer)"); else the file name."""
    own, stem = document.title.strip(), display_name(path.stem)
    if is_real_title(own, stem):
        return own
    pages = [page.text for page in document.pages]
    stated = stated_title(detection["kind"], detection["metadata"], pages)
    return stated or (own if not is_tool_title(own) else stem.replace("_", " "))
