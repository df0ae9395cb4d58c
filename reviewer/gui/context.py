"""What a panel or a controller may use of the window: the `PanelContext`.

Panels and controllers get this, never the window (as napari's widgets get the viewer's
layer list, not the viewer). It holds the library calls, the open document and the current
annotation, the settings, background work, and the change notices: the facade publishes
what each write changed (`Changes`, as Anki's `OpChanges`); the context gathers the notices
and hands them on, on the GUI thread, once per user action (Anki's
`operation_did_execute`), so a panel refreshes only what changed.

A notice from a worker thread crosses to the GUI thread through a queued signal. Notices
of one action (a highlight over two pages is two writes) are merged and handed on when
the action ends (`Edits` says so) or, for a write made elsewhere, on the next turn of the
event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from reviewer.core.changes import NOTHING, Changes
from reviewer.core.errors import ReviewerError
from reviewer.core.records import Annotation, Document, SearchHit, Tag
from reviewer.gui.i18n import Languages
from reviewer.gui.preferences import Preferences
from reviewer.gui.undo import Edits
from reviewer.gui.worker import Calls, Task
from reviewer.library import Library

# Read everything again: for work whose changes are not itemised (a library just opened).
EVERYTHING = Changes(document_list=True)


class TextSelection(Protocol):
    """The words selected in the page view, as (page, start, end) spans of page text."""

    def selection(self) -> list[tuple[int, int, int]]: ...

    def clear_selection(self) -> None: ...


class NoSelection:
    def selection(self) -> list[tuple[int, int, int]]:
        return []

    def clear_selection(self) -> None:
        pass


class PanelContext(QObject):
    """The window as panels and controllers see it."""

    changed = Signal(object)  # Changes, once per action, on the GUI thread
    documentChanged = Signal(object)  # the open Document, or None
    annotationSelected = Signal(object)  # the current annotation id, or None
    leaving = Signal()  # the document or the window is about to go: save what is typed
    tagsChanged = Signal(list)  # the library's Tags (read again when tags changed)
    # Requests a panel makes; the window carries them out.
    openRequested = Signal(int)  # open this document
    revealRequested = Signal(str)  # show and select this annotation
    tagRequested = Signal(str)  # apply (or take off) this tag
    importRequested = Signal(list)  # import these paths
    propertiesRequested = Signal(int)
    removeRequested = Signal(int)
    hitRequested = Signal(object)  # SearchHit
    hitStepRequested = Signal(int)  # +1 next hit, -1 previous
    pageRequested = Signal(int)  # go to this page of the open document
    placeRequested = Signal(object)  # show this PageRect of the open document at the top
    placeShown = Signal(int, float)  # where the eye reads: a page and a y on it (points)
    panelRequested = Signal(str)  # show this panel (an id of the registry) in front
    documentCommand = Signal(str, int)  # a command on one document, by name, and its id
    filesDroppedOn = Signal(int, list)  # files dropped on a document: a new version of it?
    messageShown = Signal(str, int)  # a message for the status bar, and for how many ms
    taskStarted = Signal(object, str)  # a Task and what it does, for the progress bar
    _noticed = Signal(object)  # Changes from the facade, on whichever thread acted

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        languages: Languages,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self.preferences = Preferences(languages, self)  # the user's settings, as saved
        self.text: TextSelection = NoSelection()  # the page view's, once there is one
        # The documents the library list shows, and those selected in it (its panel
        # provides them), for exports.
        self.listed_documents: Callable[[], list[int]] = list
        self.selected_documents: Callable[[], list[int]] = list
        self.calls = Calls(library, self)
        self.undo_stack = QUndoStack(self)
        self.edits = Edits(self.calls, self.undo_stack, self)
        self.document: Document | None = None
        self.current_annotation: str | None = None
        self.tags: list[Tag] = []
        self._pending = NOTHING
        self._flushing = False
        self._fresh: dict[str, Annotation] = {}  # returned by this action's writes
        self._documents: dict[int, Document | None] = {}  # read once per notice
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._noticed.connect(self._gather)  # queued when the facade acts on a worker
        self.edits.saved.connect(self._remember)
        self.edits.changed.connect(self.flush)
        self._unsubscribe = self._listen(library)

    @property
    def library(self) -> Library:
        return self.calls.library

    def set_library(self, library: Library) -> None:
        """Another library: hear its notices, not the previous one's."""
        self._unsubscribe()
        self.calls.library = library
        self._unsubscribe = self._listen(library)
        self.undo_stack.clear()
        self._pending, self._fresh = NOTHING, {}

    def _listen(self, library: Library) -> Callable[[], None]:
        def hear(changes: Changes) -> None:
            try:
                self._noticed.emit(changes)  # queued to the GUI thread from a worker
            except RuntimeError:  # This context is gone, its window never closed: forget it.
                unsubscribe()

        unsubscribe = library.subscribe(hear)
        return unsubscribe

    def close(self) -> None:
        self._unsubscribe()
        self._unsubscribe = lambda: None

    # Change notices

    @Slot(object)
    def _gather(self, changes: Changes) -> None:
        for annotation_id in changes.annotations:  # written again since an edit returned it
            self._fresh.pop(annotation_id, None)
        self._pending = self._pending | changes
        self._flush_timer.start(0)

    def _remember(self, annotations: Sequence[Annotation]) -> None:
        self._fresh.update((annotation.id, annotation) for annotation in annotations)

    def flush(self) -> None:
        """Hand on what changed since the last notice (nothing if nothing did)."""
        self._flush_timer.stop()
        changes, self._pending = self._pending, NOTHING
        self._flushing = True
        try:
            if changes:
                self.changed.emit(changes)
            if changes.tags or changes.document_list:  # one read for every panel
                self.tags = self.calls.call(Library.tags) or []
                self.tagsChanged.emit(self.tags)
        finally:
            self._flushing = False
            self._fresh.clear()
            self._documents.clear()

    def reload(self) -> None:
        """Every panel reads what it shows again (changes that were not itemised)."""
        self._pending = self._pending | EVERYTHING
        self.flush()

    # Reads

    def annotation(self, annotation_id: str) -> Annotation | None:
        """An annotation as stored now: the one a write of this action returned, or read.

        None when it no longer exists (the library says so quietly: a notice may name an
        annotation removed since)."""
        if annotation_id in self._fresh:
            return self._fresh[annotation_id]
        try:
            return self.library.annotation(annotation_id)
        except ReviewerError:
            return None

    def document_record(self, document_id: int) -> Document | None:
        """A document as stored now (read once while a notice is handed on), None if it was
        removed."""
        if document_id not in self._documents:
            try:
                self._documents[document_id] = self.library.document(document_id)
            except ReviewerError:
                self._documents[document_id] = None
        found = self._documents[document_id]
        found = None if found is None or found.removed is not None else found
        if not self._flushing:
            self._documents.clear()
        return found

    def annotations(self, annotation_ids: Iterable[str]) -> list[Annotation]:
        found = (self.annotation(annotation_id) for annotation_id in annotation_ids)
        return [annotation for annotation in found if annotation is not None]

    # The open document and the current annotation

    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.current_annotation = None
        self.documentChanged.emit(document)

    def select_annotation(self, annotation_id: str | None) -> None:
        self.current_annotation = annotation_id
        self.annotationSelected.emit(annotation_id)

    # Requests and background work

    def open_document(self, document_id: int) -> None:
        self.openRequested.emit(document_id)

    def reveal(self, annotation_id: str) -> None:
        self.revealRequested.emit(annotation_id)

    def import_paths(self, paths: Sequence[Path]) -> None:
        self.importRequested.emit(list(paths))

    def open_hit(self, hit: SearchHit) -> None:
        self.hitRequested.emit(hit)

    def show_panel(self, panel_id: str) -> None:
        self.panelRequested.emit(panel_id)

    def go_to_page(self, page: int) -> None:
        self.pageRequested.emit(page)

    def show_error(self, message: str) -> None:
        self.calls.failed.emit(message)

    def tell(self, message: str, milliseconds: int) -> None:
        self.messageShown.emit(message, milliseconds)

    @property
    def language(self) -> str:
        """The interface's language, "fr" or "en"."""
        return self.languages.language

    def run(self, task: Task, busy: str) -> Task:
        """Start background work, shown in the window's progress bar with `busy`."""
        self.taskStarted.emit(task, busy)
        self.calls.start(task)
        return task

    def setting(self, key: str, default: object = None) -> object:
        return self.settings.value(key, default)

    def set_setting(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)
