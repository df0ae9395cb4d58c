"""Versions of a text, as the window offers them: import a new version, label, unlink,
compare, and review the annotations carried forward.

Like `Exports`, `Versions` runs the long work (import, carrying, comparing) on the library's
worker thread with the window's progress bar and Cancel, and says what happened in a box
that does not stop the user. Review decisions are undoable edits. It sees the
`PanelContext`, not the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from reviewer.core.changes import Changes
from reviewer.core.errors import ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.records import (
    CarryReport,
    CarryStatus,
    Document,
    ImportReport,
    ImportStatus,
    VersionSuggestion,
)
from reviewer.gui.context import PanelContext
from reviewer.gui.messages import LastMessage
from reviewer.gui.panels.carry_review import CarryReviewPanel
from reviewer.gui.panels.compare_dialog import CompareWindow
from reviewer.gui.panels.export_dialog import export_folder
from reviewer.gui.panels.lineage import stage_labels, version_name
from reviewer.gui.worker import Calls, Task
from reviewer.library import Library

SUGGESTED_LIMIT = 5  # newly imported documents looked at for a previous version
SUMMARY_ORDER = (CarryStatus.EXACT, CarryStatus.MOVED, CarryStatus.CHANGED, CarryStatus.ORPHANED)


def import_as_version(
    path: Path,
    previous_id: int,
    library: Library,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> CarryReport:
    """Import a file, then make it the next version of `previous_id` (background work)."""
    report = library.import_paths([path], progress=progress, cancel=cancel)
    outcome = report.outcomes[0] if report.outcomes else None
    if outcome is None or outcome.document_id is None:
        raise ReviewerError(outcome.message if outcome else f"{path.name} was not imported")
    return library.add_version(
        outcome.document_id, of=previous_id, progress=progress, cancel=cancel
    )


def suggestions_for(
    document_ids: Sequence[int], library: Library, _progress: ProgressCallback, cancel: CancelToken
) -> list[tuple[int, VersionSuggestion]]:
    """(new document, its likeliest previous version) for each that looks like one."""
    found = []
    for document_id in document_ids:
        if cancel.cancelled:
            break
        if library.document(document_id).version_of is not None:
            continue
        suggestions = library.suggest_versions(document_id)
        if suggestions:
            found.append((document_id, suggestions[0]))
    return found


class Versions(QObject):
    """The window's version commands, the review panel's requests, and the compare windows."""

    def __init__(self, context: PanelContext, panel: CarryReviewPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent  # dialogs and boxes sit on it
        self.panel = panel
        self.compare_windows: list[CompareWindow] = []
        self.messages = LastMessage(parent, "versionMessage")  # summaries, suggestions
        self.last_report: CarryReport | None = None
        self._carried_ids: set[str] = set()  # carried annotations the list has shown
        panel.acceptRequested.connect(self.accept)
        panel.dismissRequested.connect(self.dismiss)
        panel.replaceRequested.connect(self.replace_with_selection)
        commands = {
            "new_version": self.ask_import_version,
            "version_label": self.ask_label,
            "compare": self.compare_previous,
            "unlink": self.unlink,
        }
        context.documentCommand.connect(lambda name, document_id: commands[name](document_id))
        context.filesDroppedOn.connect(self.files_dropped_on)
        context.documentChanged.connect(lambda _document: self.refresh_review())
        context.changed.connect(self._changed)

    @property
    def calls(self) -> Calls:
        return self.context.calls

    def _document(self, document_id: int | None) -> Document | None:
        if document_id is None:
            document_id = self.context.document.id if self.context.document else None
        if document_id is None:
            self.context.show_error(self.tr("Open a document first."))
            return None
        return self.calls.call(Library.document, document_id)

    def name_of(self, document: Document) -> str:
        lineage = self.calls.call(Library.versions, document.id) or [document]
        return version_name(document, lineage)

    # Importing a new version

    def ask_import_version(self, document_id: int | None = None) -> Task | None:
        previous = self._document(document_id)
        if previous is None:
            return None
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import New Version of “%1”").replace("%1", previous.title),
            str(Path(previous.source).parent) if previous.source else "",
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        return self.import_version(Path(name), previous.id) if name else None

    def import_version(self, path: Path, previous_id: int) -> Task:
        """Import the file and carry the annotations of `previous_id` into it."""
        task = Task(partial(import_as_version, path, previous_id))
        task.finished.connect(self._carried)
        task.failed.connect(partial(self._failed, task, self.tr("The new version was not added.")))
        return self.context.run(task, self.tr("Importing the new version…"))

    def link_version(self, document_id: int, previous_id: int) -> Task:
        """Make a document in the library the next version of another, carrying annotations."""
        task = Task(
            lambda library, progress, cancel: library.add_version(
                document_id, of=previous_id, progress=progress, cancel=cancel
            )
        )
        task.finished.connect(self._carried)
        task.failed.connect(partial(self._failed, task, self.tr("The versions were not linked.")))
        return self.context.run(task, self.tr("Carrying the annotations forward…"))

    def _carried(self, report: CarryReport) -> None:
        self.last_report = report
        self.context.reload()
        self.context.open_document(report.document_id)
        if report.to_review:
            self.show_review()
        box = self.messages.tell(QMessageBox.Icon.Information, self.carry_summary(report))
        if report.to_review:
            button = box.addButton(self.tr("Review Now"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(self.show_review)
        box.show()

    def carry_summary(self, report: CarryReport) -> str:
        """“12 carried: 9 exact, 2 changed, 1 orphaned — 3 to review”."""
        counted = {
            CarryStatus.EXACT: lambda n: self.tr("%n exact", "", n),
            CarryStatus.MOVED: lambda n: self.tr("%n moved", "", n),
            CarryStatus.CHANGED: lambda n: self.tr("%n changed", "", n),
            CarryStatus.ORPHANED: lambda n: self.tr("%n orphaned", "", n),
        }
        counts = [(status, report.count(status)) for status in SUMMARY_ORDER]
        parts = [counted[status](count) for status, count in counts if count]
        text = self.tr("%n annotation(s) carried", "", len(report.carried))
        if parts:
            text += self.tr(": %1").replace("%1", ", ".join(parts))
        if report.to_review:
            text += " — " + self.tr("%n to review", "", report.to_review)
        if report.already:
            text += " " + self.tr("(%n carried before)", "", report.already)
        return text + "."

    def _failed(self, task: Task, headline: str, message: str) -> None:
        self.context.reload()
        if not task.token.cancelled:
            box = self.messages.tell(QMessageBox.Icon.Warning, headline, message)
            box.show()

    # Dropping and suggesting

    def files_dropped_on(self, document_id: int, paths: Sequence[Path]) -> None:
        """A PDF dropped on a document: a new version of it, or a plain import."""
        document = self.calls.call(Library.document, document_id)
        pdfs = [path for path in paths if path.suffix.lower() == ".pdf" and path.is_file()]
        if document is None or len(pdfs) != 1 or len(paths) != 1:
            self.context.import_paths(list(paths))
            return
        answer = self.ask_version_drop(document)
        if answer == QMessageBox.StandardButton.Yes:
            self.import_version(pdfs[0], document.id)
        elif answer == QMessageBox.StandardButton.No:
            self.context.import_paths(pdfs)

    def ask_version_drop(self, document: Document) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self.parent_widget,
            self.tr("Import as New Version"),
            self.tr(
                "Import as a new version of “%1”?\n\nIts annotations are carried into the "
                "new version. No imports the file as a separate document."
            ).replace("%1", document.title),
            buttons,
            QMessageBox.StandardButton.Yes,
        )

    def offer_suggestions(self, report: ImportReport) -> Task | None:
        """After a plain import: look (in the background) for a previous version of what came in."""
        new = [
            outcome.document_id
            for outcome in report.outcomes
            if outcome.status is ImportStatus.IMPORTED and outcome.document_id is not None
        ][:SUGGESTED_LIMIT]
        if not new or self.calls.library.read_only:
            return None
        task = Task(partial(suggestions_for, new))
        task.finished.connect(self._suggested)
        self.calls.start(task)
        return task

    def _suggested(self, found: list[tuple[int, VersionSuggestion]]) -> None:
        if not found:
            return
        document_id, suggestion = found[0]
        document = self.calls.call(Library.document, document_id)
        if document is None:
            return
        previous = suggestion.document
        headline = self.tr("“%1” looks like a new version of “%2” (%3).")
        headline = headline.replace("%1", document.title).replace("%2", previous.title)
        headline = headline.replace("%3", self.reason(suggestion))
        box = self.messages.tell(
            QMessageBox.Icon.Question,
            headline,
            self.tr(
                "Link them to carry the annotations of the previous version into this one "
                "and compare the two."
            ),
            buttons=QMessageBox.StandardButton.NoButton,
        )
        box.setObjectName("versionSuggestion")
        link = box.addButton(self.tr("Link as New Version"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
        link.clicked.connect(partial(self.link_version, document.id, previous.id))
        box.show()

    def reason(self, suggestion: VersionSuggestion) -> str:
        """Why the library thinks so, in the interface's language."""
        if suggestion.same_title:
            return self.tr("same title")
        return self.tr("%1 % of the text in common").replace(
            "%1", str(round(suggestion.shared * 100))
        )

    # Labels and links

    def ask_label(self, document_id: int | None = None) -> None:
        document = self._document(document_id)
        if document is None:
            return
        labels = stage_labels()
        current = document.version_label
        choices = labels if current in labels or not current else [current, *labels]
        label, ok = QInputDialog.getItem(
            self.parent_widget,
            self.tr("Version Label"),
            self.tr("Label of this version of “%1”:").replace("%1", document.title),
            choices,
            choices.index(current) if current in choices else 0,
            True,
        )
        if ok:
            self.set_label(document.id, label)

    def set_label(self, document_id: int, label: str) -> None:
        if self.calls.act(Library.set_version_label, document_id, label):
            self.context.reload()

    def unlink(self, document_id: int | None = None) -> None:
        document = self._document(document_id)
        if document is None or document.version_of is None:
            return
        if self.calls.act(Library.unlink_version, document.id):
            self.context.reload()
            self.context.tell(
                self.tr(
                    "“%1” is no longer a version of another document; its annotations stay."
                ).replace("%1", document.title),
                15000,
            )

    # Comparing

    def compare_previous(self, document_id: int | None = None) -> CompareWindow | None:
        document = self._document(document_id)
        if document is None:
            return None
        if document.version_of is None:
            self.context.show_error(
                self.tr(
                    "“%1” has no previous version: import a new version of a document to "
                    "compare them."
                ).replace("%1", document.title)
            )
            return None
        previous = self.calls.call(Library.document, document.version_of)
        if previous is None:
            return None
        return self.compare(previous, document)

    def compare(self, old: Document, new: Document) -> CompareWindow:
        language = self.context.language
        compare = CompareWindow(
            self.calls,
            old,
            new,
            lang=language if language in ("fr", "en") else "fr",
            folder=export_folder(self.context),
            names=(self.name_of(old), self.name_of(new)),
            parent=self.parent_widget,
        )
        compare.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        compare.showRequested.connect(self.show_page)
        compare.annotationRequested.connect(self.show_annotation)
        compare.destroyed.connect(partial(self._forget_compare, compare))
        self.compare_windows.append(compare)
        compare.show()
        return compare

    def _forget_compare(self, compare: CompareWindow) -> None:
        if compare in self.compare_windows:
            self.compare_windows.remove(compare)

    def _opened(self, document_id: int) -> bool:
        """Open the document in the window unless it is open already."""
        if not self._is_open(document_id):
            self.context.open_document(document_id)
        return self._is_open(document_id)

    def _is_open(self, document_id: int) -> bool:
        return self.context.document is not None and self.context.document.id == document_id

    def show_page(self, document_id: int, page: int) -> None:
        if not self._opened(document_id):
            return
        self.context.go_to_page(page)
        self.parent_widget.window().raise_()
        self.parent_widget.window().activateWindow()

    def show_annotation(self, document_id: int, annotation_id: str) -> None:
        if not self._opened(document_id):
            return
        self.context.reveal(annotation_id)
        self.parent_widget.window().raise_()

    # Reviewing

    def show_review(self) -> None:
        self.context.show_panel("carried")
        self.panel.list.setFocus()

    def _changed(self, changes: Changes) -> None:
        """Read the review list again only if a carried annotation it showed changed (a
        decision, or its undo), or documents came or went."""
        if changes.document_list or changes.annotations & self._carried_ids:
            self.refresh_review()

    def refresh_review(self) -> None:
        """The review list for the open document (after it opens, or annotations change)."""
        document = self.context.document
        pending = (
            self.calls.call(Library.carried, document.id, pending=True) or []
            if document is not None
            else []
        )
        if document is None:
            self._carried_ids.clear()
        self._carried_ids.update(annotation.id for annotation in pending)
        self.panel.set_annotations(document.id if document else None, pending)

    def accept(self, annotation_id: str) -> None:
        edits = self.context.edits
        if edits.review_carried(
            self.tr("Accept carried annotation"), Library.accept_carried, annotation_id
        ):
            self._reviewed(self.tr("Annotation accepted where it was carried."))

    def dismiss(self, annotation_id: str) -> None:
        edits = self.context.edits
        if edits.review_carried(
            self.tr("Dismiss carried annotation"), Library.dismiss_carried, annotation_id
        ):
            if self.context.current_annotation == annotation_id:
                self.context.select_annotation(None)
            self._reviewed(
                self.tr("Annotation dismissed from this version; the previous one keeps it.")
            )

    def replace_with_selection(self, annotation_id: str) -> None:
        spans = self.context.text.selection()
        if not spans:
            self.context.show_error(
                self.tr("Select the words the annotation belongs on in the page first.")
            )
            return
        page, start, end = spans[0]
        moved = self.context.edits.review_carried(
            self.tr("Re-place carried annotation"),
            Library.replace_carried,
            annotation_id,
            page,
            start,
            end,
        )
        if moved is not None:
            self.context.text.clear_selection()
            self._reviewed(self.tr("Annotation re-placed on the selected words."))
            self.context.select_annotation(moved.id)

    def _reviewed(self, message: str) -> None:
        self.context.tell(message, 8000)
