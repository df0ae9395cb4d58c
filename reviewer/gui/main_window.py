"""The review window: the page view in the centre, panels around it, the library behind it.

The window builds the panels of the registry (`panels/registry.py`) and carries out
what they request; panels and controllers see the `PanelContext`, not the window. The
`Edits` change (undoably), `Calls` is the only door to the facade, and the facade's
change notices reach the panels through the context. Every change is saved by the
facade at once, so there is no Save command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from reviewer.core.changes import Changes
from reviewer.core.colors import DEFAULT_COLOR, PALETTE
from reviewer.core.errors import ReviewerError
from reviewer.core.records import Document, ImportReport, ImportStatus, SearchHit, Tag
from reviewer.core.settings import LANGUAGES as SETTINGS_LANGUAGES
from reviewer.gui.about import AboutDialog
from reviewer.gui.actions import (
    COLOR_NAMES,
    SELECTION_MENU,
    ActionSet,
    Menus,
    context_menu,
    fill_tags,
)
from reviewer.gui.context import PanelContext
from reviewer.gui.geometry import first_size
from reviewer.gui.i18n import LANGUAGES, Languages
from reviewer.gui.navigation import Navigation
from reviewer.gui.page_box import PageBox
from reviewer.gui.panels import derouleur
from reviewer.gui.panels.annotation_panel import AnnotationPanel, cite
from reviewer.gui.panels.draft_dialog import DraftDialog, open_draft
from reviewer.gui.panels.export_dialog import Exports
from reviewer.gui.panels.import_dialog import ImportDialog, summary_text
from reviewer.gui.panels.properties_dialog import DocumentPropertiesDialog
from reviewer.gui.panels.registry import PANELS, PanelSpec
from reviewer.gui.panels.search_panel import SearchPanel
from reviewer.gui.panels.task_progress import TaskProgress
from reviewer.gui.panels.versions import Versions
from reviewer.gui.passwords import DocumentUnlock, PasswordPrompts, ask_password
from reviewer.gui.preferences import PreferencesDialog
from reviewer.gui.reader import Reader
from reviewer.gui.reads import Reads
from reviewer.gui.recognition import Recognition
from reviewer.gui.shortcuts import ShortcutsDialog
from reviewer.gui.undo import Span
from reviewer.gui.welcome import show_welcome
from reviewer.gui.worker import Task
from reviewer.library import Library

if TYPE_CHECKING:
    from reviewer.core.structure import Section

ERROR_SECONDS = 15
RECENT_LIMIT = 8


class Session:
    """What the window remembers between runs, in the QSettings it is given."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def value(self, key: str, default: object = None) -> object:
        return self.settings.value(key, default)

    def set(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)

    def recent_libraries(self) -> list[str]:
        value = self.settings.value("libraries/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_recent_library(self, folder: Path) -> None:
        entry = str(Path(folder).resolve())
        recent = [entry, *(path for path in self.recent_libraries() if path != entry)]
        self.set("libraries/recent", recent[:RECENT_LIMIT])

    def last_place(self, library: Path) -> tuple[int, int] | None:
        """(document id, page) last shown in this library."""
        if self.value("session/library") != str(Path(library).resolve()):
            return None
        try:
            return int(self.value("session/document")), int(self.value("session/page", 1))
        except (TypeError, ValueError):
            return None

    def set_last_place(self, library: Path, document_id: int | None, page: int) -> None:
        self.set("session/library", str(Path(library).resolve()))
        self.set("session/document", document_id if document_id is not None else "")
        self.set("session/page", page)


def local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        *,
        settings: QSettings,
        languages: Languages,
        owns_library: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = Session(settings)
        self.languages = languages
        self._owns_library = owns_library
        self.context = PanelContext(library, settings, languages, self)
        self.calls = self.context.calls
        self.undo_stack = self.context.undo_stack
        self.edits = self.context.edits
        self.reads = Reads(self.calls, self)
        self.color = str(self.session.value("annotate/color", DEFAULT_COLOR))
        self.import_dialog: ImportDialog | None = None
        self.properties_dialog: DocumentPropertiesDialog | None = None
        self.context_menu: QMenu | None = None  # the last one shown
        # Late-bound, so that what asks for the password can be replaced (tests).
        self.unlock = DocumentUnlock(self.context.calls, lambda *a: self.ask_password(*a), self)
        self.preferences_dialog: PreferencesDialog | None = None
        self.draft_dialog: DraftDialog | None = None
        self.exports = Exports(self.context, self)
        self._build_widgets()
        self.context.text = self.view
        self.versions = Versions(self.context, self.panels["carried"], self)
        self.navigation = Navigation(self, self.context, self.view)
        self.recognition = Recognition(self.context, self)
        self.recognition.recognised.connect(self._recognised)
        self.action_set = ActionSet(self, self._handlers())
        self.menus = Menus(self.menuBar(), self.action_set)
        self.action_set["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self._build_toolbar()
        self.session.add_recent_library(library.root)
        self._fill_submenus()
        self._connect()
        self.setAcceptDrops(True)
        self.resize(first_size(self.screen()))
        self.retranslate()
        self.context.reload()  # The panels read what they show.
        self._update_enabled()

    @property
    def library(self) -> Library:
        return self.calls.library

    @property
    def document(self) -> Document | None:
        return self.context.document

    @property
    def current_annotation(self) -> str | None:
        return self.context.current_annotation

    # The panels the window itself drives (the others only hear the context).

    @property
    def annotation_panel(self) -> AnnotationPanel:
        return self.panels["annotations"]

    @property
    def search_panel(self) -> SearchPanel:
        return self.panels["search"]

    # Building

    def _build_widgets(self) -> None:
        self.reader = Reader(self.calls)
        self.view = self.reader.view
        self.find_bar = self.reader.find_bar
        self.hits = self.reader.hits
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.hint)
        self.centre.addWidget(self.reader)
        self.setCentralWidget(self.centre)
        self._build_docks()
        self.page_box = PageBox()
        self.page_box.setMinimum(0)
        self.page_label = QLabel()
        self.zoom_label = QLabel()
        self.task_progress = TaskProgress()
        self.statusBar().addPermanentWidget(self.task_progress)
        self.statusBar().addPermanentWidget(self.page_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _build_docks(self) -> None:
        """One dock per panel of the registry, in its area, tabbed where it says so."""
        self.panels: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        for spec in PANELS:
            self.panels[spec.id] = spec.attach(self.context)
            self.docks[spec.id] = self._dock(spec, self.panels[spec.id])
        for spec in PANELS:
            if spec.beside:
                self.tabifyDockWidget(self.docks[spec.beside], self.docks[spec.id])
        placed = [spec for spec in PANELS if not spec.beside]
        for spec in placed:
            self.docks[spec.id].raise_()  # The first of each tab group shows.
        docks = [self.docks[spec.id] for spec in placed]
        self.resizeDocks(docks, [spec.size[0] for spec in placed], Qt.Orientation.Horizontal)
        self.resizeDocks(docks, [spec.size[1] for spec in placed], Qt.Orientation.Vertical)

    def show_panel(self, panel_id: str) -> None:
        self.docks[panel_id].show()
        self.docks[panel_id].raise_()

    def _dock(self, spec: PanelSpec, panel: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{panel.objectName()}Dock")  # saveState needs stable names
        dock.setWidget(panel)
        self.addDockWidget(spec.area, dock)
        dock.setVisible(spec.visible)
        if spec.shortcut:
            dock.toggleViewAction().setShortcut(QKeySequence(spec.shortcut))
        return dock

    def _handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "import_files": self.ask_import_files,
            "import_folder": self.ask_import_folder,
            "export_report": self.exports.ask_report,
            "export_annotated_pdf": self.exports.ask_annotated_pdf,
            "export_word": self.exports.ask_word,
            "export_seance": self.exports.ask_seance,
            "export_w3c": self.exports.ask_w3c,
            "import_annotations": self.exports.ask_import,
            "open_library": self.ask_open_library,
            "reindex": self.rebuild_index,
            "quit": self.close,
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "highlight": lambda: self.highlight_selection(self.color),
            "copy_selection": self.view.copy_selection,
            "copy_with_reference": self.copy_with_reference,
            "note_selection": self.note_selection,
            "delete_annotation": self.delete_current_annotation,
            "edit_note": self.edit_note,
            "page_note": self.ask_page_note,
            "document_note": self.ask_document_note,
            "find": self.search_panel_focus,
            "preferences": self.show_preferences,
            "find_in_document": self.open_find_bar,
            "document_properties": self.show_current_properties,
            "recognise_text": self.recognise_text,
            "import_version": lambda: self.versions.ask_import_version(),
            "compare_versions": lambda: self.versions.compare_previous(),
            "review_carried": self.versions.show_review,
            "draft_amendment": self.draft_amendment,
            "next_hit": lambda: self.step_hit(1),
            "previous_hit": lambda: self.step_hit(-1),
            "zoom_in": self.view.zoom_in,
            "zoom_out": self.view.zoom_out,
            "fit_width": self.view.fit_width,
            "fit_page": self.view.fit_page,
            "previous_page": lambda: self.view.go_to_page(self.view.current_page() - 1),
            "next_page": lambda: self.view.go_to_page(self.view.current_page() + 1),
            "first_page": lambda: self.view.go_to_page(1),
            "last_page": lambda: self.view.go_to_page(self.view.page_count()),
            "go_to": self.navigation.ask_go_to,
            "next_annotation": lambda: self.navigation.step_annotation(1),
            "previous_annotation": lambda: self.navigation.step_annotation(-1),
            "reading_mode": self.navigation.toggle_reading_mode,
            "welcome": lambda: show_welcome(self),
            "shortcuts": lambda: ShortcutsDialog(self.action_set, self.menus, self).show(),
            "about": lambda: AboutDialog(self).show(),
        }
        for name in COLOR_NAMES:
            handlers[f"highlight_{name}"] = partial(self.highlight_selection, PALETTE[name])
        for number in range(1, 10):
            handlers[f"tag_{number}"] = partial(self.apply_tag_number, number)
        return handlers

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        actions = self.action_set
        self.toolbar.addAction(actions["import_files"])
        self.toolbar.addSeparator()
        for name in COLOR_NAMES:
            self.toolbar.addAction(actions[f"highlight_{name}"])
        self.toolbar.addSeparator()
        for name in ("undo", "redo"):
            self.toolbar.addAction(actions[name])
        self.toolbar.addSeparator()
        for name in ("zoom_out", "zoom_in", "fit_width"):
            self.toolbar.addAction(actions[name])
        self.toolbar.addWidget(self.page_box)

    def _fill_submenus(self) -> None:
        panels = self.menus.submenus["panels"]
        for dock in self.docks.values():
            panels.addAction(dock.toggleViewAction())
        self.language_group = QActionGroup(self)
        for code in SETTINGS_LANGUAGES:
            action = QAction(LANGUAGES[code], self.language_group)  # each in its own language
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(partial(self.set_language, code))
            self.menus.submenus["language"].addAction(action)
        self._check_language()
        self._fill_recent()

    def _fill_recent(self) -> None:
        menu = self.menus.submenus["recent"]
        menu.clear()
        for folder in self.session.recent_libraries():
            action = menu.addAction(folder)
            action.triggered.connect(partial(self.open_library, Path(folder)))
        menu.setEnabled(not menu.isEmpty())

    def _connect(self) -> None:
        self.calls.failed.connect(self.show_error)
        self.undo_stack.indexChanged.connect(self._update_undo_labels)
        self.view.pageChanged.connect(self._page_changed)
        self.view.zoomChanged.connect(self._zoom_changed)
        self.view.annotationClicked.connect(self.select_annotation)
        self.view.selectionMenuRequested.connect(self.show_selection_menu)
        self.view.annotationMenuRequested.connect(self.show_annotation_menu)
        self.view.selectionChanged.connect(self._update_enabled)
        self.view.loadFailed.connect(self.show_error)
        self.view.passwordRequired.connect(self._ask_unlock)
        self.unlock.unlocked.connect(self._unlocked_document)
        self.unlock.refused.connect(self._unlock_refused)
        self.find_bar.stepRequested.connect(self.step_hit)
        self.annotation_panel.annotationsChanged.connect(self._show_marks)
        context = self.context
        context.changed.connect(self._changed)
        context.tagsChanged.connect(self._tags_changed)
        context.openRequested.connect(self.open_document)
        context.revealRequested.connect(self.reveal_annotation)
        context.tagRequested.connect(self.apply_tag)
        context.importRequested.connect(self.import_paths)
        context.propertiesRequested.connect(self.show_properties)
        context.removeRequested.connect(self.remove_document)
        context.hitRequested.connect(self.open_hit)
        context.hitStepRequested.connect(self.step_hit)
        context.pageRequested.connect(self.view.go_to_page)
        context.placeRequested.connect(self.view.show_place)
        self.view.placeChanged.connect(context.placeShown)
        context.taskStarted.connect(self.task_progress.follow)
        context.panelRequested.connect(self.show_panel)
        context.messageShown.connect(self.statusBar().showMessage)
        context.preferences.changed.connect(lambda _settings: self._check_language())
        context.annotationSelected.connect(self.view.select_annotation)
        context.annotationSelected.connect(lambda _annotation: self._update_enabled())
        self.page_box.editingFinished.connect(lambda: self.view.go_to_page(self.page_box.value()))
        derouleur.follow_in_margin(self.panels["derouleur"], context, self.view.margin_counts)

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.action_set.retranslate()
        self.menus.retranslate()
        for spec in PANELS:
            self.docks[spec.id].setWindowTitle(spec.translated_title())
        self.toolbar.setWindowTitle(self.tr("Tools"))
        self.hint.setText(
            self.tr(
                "Choose a document in the library, or drop PDF files or folders here to "
                "import them."
            )
        )
        self.page_box.setToolTip(self.tr("Go to page"))
        for name in COLOR_NAMES:  # Screen readers say the colour and its key.
            action = self.action_set[f"highlight_{name}"]
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.toolTip())
        self._update_title()
        self._update_undo_labels()
        self._page_changed(self.view.current_page())
        self._zoom_changed(self.view.zoom())

    def set_language(self, code: str) -> None:
        """The settings' language (the command line's too), shown at once."""
        try:
            self.context.preferences.change("language", code)
        except ReviewerError as error:
            self.show_error(str(error))
        self._check_language()

    def _check_language(self) -> None:
        shown = self.context.preferences.settings.language
        for action in self.language_group.actions():
            action.setChecked(action.data() == shown)

    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences (the application menu on macOS); one dialog at a time."""
        self.context.preferences.reload()  # what the command line saved meanwhile too
        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self.context.preferences, self)
        else:
            self.preferences_dialog.show_settings(self.context.preferences.settings)
        self.preferences_dialog.show()
        self.preferences_dialog.raise_()
        self.preferences_dialog.activateWindow()
        return self.preferences_dialog

    # Following changes

    def _changed(self, changes: Changes) -> None:
        """The open document's record again (its title may have changed), or close it if
        it was removed."""
        document = self.document
        if document is None or not (changes.document_list or document.id in changes.documents):
            return
        current = self.context.document_record(document.id)
        if current is None:
            self.close_document()
        else:
            self.context.document = current
            self._update_title()

    def _show_marks(self) -> None:
        """The page's highlights and page notes follow the annotation panel's list."""
        panel = self.annotation_panel
        marked = [a for a in panel.annotations() if a.target in ("passage", "page")]
        self.view.set_annotations(marked)
        self.view.set_tooltips({a.id: panel.tooltip(a) for a in marked})
        if self.annotation_panel.annotation(self.current_annotation or "") is None:
            self.context.current_annotation = None
        self.view.select_annotation(self.current_annotation)
        self._update_enabled()

    def _tags_changed(self, tags: Sequence[Tag]) -> None:
        self.action_set.set_tags([tag.name for tag in tags])
        self._update_enabled()

    # Documents

    def open_document(self, document_id: int) -> bool:
        document = self.calls.call(Library.document, document_id)
        pages = self.calls.call(Library.pages, document_id) if document else None
        if document is None or pages is None:
            return False
        self.unlock.forget()
        self.centre.setCurrentWidget(self.reader)
        opener = partial(self.library.open_pages, document.id)
        self.view.open_document(document, opener, [(p.width, p.height) for p in pages])
        self.reader.document_changed()
        self.view.setFocus()  # Keys (H, 1-9, PageDown) act on the page at once.
        self.context.set_document(document)  # The panels show it.
        # Detecting a long bill's structure takes a while: in the background.
        self.reads.ask(
            "structure", partial(Library.structure, document_id=document.id), self._structured
        )
        self.page_box.set_labels(())
        read_labels = partial(Library.page_labels, document_id=document.id)
        self.reads.ask("labels", read_labels, self.page_box.set_labels)
        self._update_title()
        if not document.has_text:
            self.show_error(
                self.tr(
                    "This document has no text layer (scanned pages): it can be read and "
                    "annotated with notes, but not highlighted or searched."
                )
            )
        return True

    def ask_password(self, name: str, wrong: bool) -> str | None:
        return ask_password(self, name, wrong)

    def _ask_unlock(self) -> None:
        """The open document needs its password (the render thread found it out)."""
        if self.document is not None:
            self.unlock.start(self.document)

    def _unlocked_document(self, document: Document) -> None:
        if self.document is not None and self.document.id == document.id:
            self.view.reopen()

    def _unlock_refused(self, document: Document) -> None:
        """Cancel, or the wrong password thrice: the document stays closed."""
        if self.document is not None and self.document.id == document.id:
            self.close_document()

    def _structured(self, sections: Sequence[Section]) -> None:
        """The open document's structure: its outline, and where its annotations fall."""
        self.panels["outline"].show_sections(sections)
        self.view.margin_counts.set_sections(sections)
        self.annotation_panel.locate()

    def close_document(self) -> None:
        self.unlock.forget()
        self.context.leaving.emit()
        self.view.close_document()
        self.find_bar.close_bar()
        self.centre.setCurrentWidget(self.hint)
        self.reads.drop("structure")
        self.context.set_document(None)
        self._update_title()
        self._update_enabled()

    def recognise_text(self) -> Task | None:
        return self.recognition.start(self.document) if self.document else None

    def _recognised(self, document: Document) -> None:
        if self.document is not None and self.document.id == document.id:
            self.open_document(document.id)  # Its pages now come with their text.

    def show_current_properties(self) -> None:
        if self.document is not None:
            self.show_properties(self.document.id)

    def show_properties(self, document_id: int) -> DocumentPropertiesDialog | None:
        """The document's properties dialog (not modal: the page stays readable)."""
        document = self.calls.call(Library.document, document_id)
        if document is None:
            return None
        if self.properties_dialog is not None:
            self.properties_dialog.close()
        self.properties_dialog = DocumentPropertiesDialog(self.edits, document, self)
        self.properties_dialog.show()
        return self.properties_dialog

    def draft_amendment(self) -> DraftDialog | None:
        """Draft an amendment on the selected words, or on the article being read."""
        if self.document is None:
            return None
        spans = [Span(*span) for span in self.view.selection()]
        place = self.view.reading_place()
        where = (place.page, place.y) if place is not None and not spans else None
        if self.draft_dialog is not None:
            self.draft_dialog.close()
        self.draft_dialog = open_draft(self.context, self.document, spans, where, self)
        return self.draft_dialog

    def remove_document(self, document_id: int) -> None:
        document = self.calls.call(Library.document, document_id)
        if document is None or not self.confirm_removal(document):
            return
        self.edits.remove_document(document_id)

    def confirm_removal(self, document: Document) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove Document"),
            self.tr(
                "Remove “%1” from the library?\n\nIts annotations are kept until the library "
                "is compacted, and Undo brings the document back."
            ).replace("%1", document.title),
        )
        return answer == QMessageBox.StandardButton.Yes

    # Highlights, tags and notes

    def highlight_selection(self, color: str) -> bool:
        """Highlight the selected text; without one, recolour the current highlight. True
        when a highlight was made."""
        spans = [Span(*span) for span in self.view.selection()]
        current = self.annotation_panel.annotation(self.current_annotation or "")
        if not spans and current is not None and current.target == "passage":
            self.edits.recolor(current.id, color)
            return False
        if self.document is None or not spans:
            self.show_error(self.tr("Select some text first: drag over the words in the page."))
            return False
        self.color = color
        self.session.set("annotate/color", color)
        made = self.edits.highlight(self.document.id, spans, color=color)
        if made:
            self.view.clear_selection()
            self.select_annotation(made[-1].id)
        return bool(made)

    def note_selection(self) -> None:
        """Highlight the selection, then write its note."""
        if self.view.selection() and self.highlight_selection(self.color):
            self.edit_note()

    def tag_selection(self, name: str) -> None:
        """Highlight the selection with a tag (the selection menu's tags)."""
        spans = [Span(*span) for span in self.view.selection()]
        if self.document is not None and spans:
            made = self.edits.highlight(self.document.id, spans, color=self.color, tags=[name])
            if made:
                self.view.clear_selection()
                self.select_annotation(made[-1].id)

    def copy_with_reference(self) -> None:
        """Copy the selected text in quotes, with where it falls: « … » (Art. 7, al. 3, p. 9).
        Where it falls is read in the background: the structure of a long bill may not be
        known yet, and detecting it takes a while."""
        spans = self.view.selection()
        text = self.view.selected_text()
        if self.document is None or not spans or not text.strip():
            self.show_error(self.tr("Select some text first: drag over the words in the page."))
            return
        page, start, _end = spans[0]
        where = partial(
            Library.passage_location,
            document_id=self.document.id,
            page=page,
            start=start,
            short=True,
        )
        self.reads.ask("reference", where, partial(self._copy_cited, text, page, spans[-1][0]))

    def _copy_cited(self, text: str, page: int, last_page: int, where: str | None) -> None:
        quoted = cite(text, where, page, last_page)
        QApplication.clipboard().setText(quoted)
        self.statusBar().showMessage(self.tr("Copied: %1").replace("%1", quoted), 5000)

    def selection_menu(self) -> QMenu:
        """The menu of the selected text, as SELECTION_MENU lists it."""
        tags = [tag.name for tag in self.context.tags]
        fillers = {
            "colors": lambda menu: menu.addActions(self.menus.submenus["colors"].actions()),
            "selection_tags": lambda menu: fill_tags(menu, tags, self.tag_selection),
        }
        return context_menu(SELECTION_MENU, self.action_set, fillers, self)

    def show_selection_menu(self, where: QPoint) -> QMenu:
        return self._pop_up(self.selection_menu(), where)

    def show_annotation_menu(self, annotation_id: str, where: QPoint) -> QMenu | None:
        """The annotation panel's menu for an annotation right-clicked on the page."""
        annotation = self.annotation_panel.annotation(annotation_id)
        if annotation is None:
            return None
        return self._pop_up(self.annotation_panel.menu_for(annotation), where)

    def _pop_up(self, menu: QMenu, where: QPoint) -> QMenu:
        """Show a context menu without waiting for it (the window goes on); kept until the
        next one, so that tests and screenshots can reach it."""
        if self.context_menu is not None:
            self.context_menu.close()
            self.context_menu.deleteLater()
        self.context_menu = menu
        menu.popup(where)
        return menu

    def select_annotation(self, annotation_id: str | None) -> None:
        """Make an annotation the current one (tags, note, colour and Delete act on it)."""
        self.context.select_annotation(annotation_id)  # The panels and the page follow.

    def reveal_annotation(self, annotation_id: str) -> None:
        self.select_annotation(annotation_id)
        annotation = self.annotation_panel.annotation(annotation_id)
        if annotation is not None and not annotation.anchor.rects:
            self.view.go_to_page(annotation.page)  # A note on a page has no rectangles.

    def apply_tag(self, name: str) -> None:
        """Tag the current annotation, or highlight the selection with this tag."""
        if self.current_annotation is not None:
            self.edits.toggle_tag(self.current_annotation, name)
        elif self.document is not None and self.view.selection():
            self.tag_selection(name)
        else:
            self.show_error(self.tr("Select a highlight (or some text) first, then the tag."))

    def apply_tag_number(self, number: int) -> None:
        name = self.action_set.tag(number)
        if name is not None:
            self.apply_tag(name)

    def delete_current_annotation(self) -> None:
        if self.current_annotation is not None:
            self.edits.delete([self.current_annotation])
            self.select_annotation(None)

    def edit_note(self) -> None:
        if self.current_annotation is None:
            self.show_error(self.tr("Select a highlight first, then write its note."))
            return
        self.show_panel("annotations")
        self.annotation_panel.editor.note_edit.setFocus()

    def ask_page_note(self) -> None:
        if self.document is not None:
            page = self.view.current_page()
            title = self.tr("Note on Page %1").replace("%1", str(page))
            self._ask_note(title, lambda text: self.add_note(text, page=page))

    def ask_document_note(self) -> None:
        if self.document is not None:
            self._ask_note(self.tr("Note on the Document"), self.add_note)

    def _ask_note(self, title: str, save: Callable[[str], object]) -> None:
        text, ok = QInputDialog.getMultiLineText(self, title, self.tr("Note:"))
        if ok and text.strip():
            save(text.strip())

    def add_note(self, text: str, *, page: int | None = None) -> None:
        if self.document is not None:
            note = self.edits.add_note(self.document.id, text, page=page)
            if note is not None:
                self.select_annotation(note.id)

    # Search

    def search_panel_focus(self) -> None:
        self.show_panel("search")
        self.search_panel.focus_query()

    def open_find_bar(self) -> None:
        if self.document is not None:
            self.reader.open_find_bar()

    def open_hit(self, hit: SearchHit, *, last: bool = False) -> None:
        """Show the hit's page and mark what matched there: every place the query matches
        on the page, or the annotation that matched. `last` starts from the last mark."""
        elsewhere = self.document is None or self.document.id != hit.document_id
        if elsewhere and not self.open_document(hit.document_id):
            return
        self.view.go_to_page(hit.page)
        if hit.annotation_id is None:
            query = self.search_panel.results.query if self.search_panel.results else ""
            self.hits.show_page(hit, query, last=last)
            return
        annotation = self.annotation_panel.annotation(hit.annotation_id)
        self.select_annotation(hit.annotation_id)
        if annotation is not None:
            self.hits.show([annotation.anchor.rects], wraps=False)

    def step_hit(self, step: int) -> None:
        """The next (+1) or previous (-1) hit on the page, then in the next search result."""
        if self.hits.step(step):
            return
        hit = self.search_panel.step(step)
        if hit is not None:
            self.open_hit(hit, last=step < 0)

    # Importing

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()

    def handle_drop(self, mime: QMimeData) -> bool:
        """Import the files and folders dropped on the window (in the background)."""
        paths = local_paths(mime)
        if paths:
            self.import_paths(paths)
        return bool(paths)

    def ask_import_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import Files"), "", self.tr("PDF files (*.pdf);;All files (*)")
        )
        if files:
            self.import_paths([Path(name) for name in files])

    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import Folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> Task:
        chosen = list(paths)
        task = Task(
            lambda library, progress, cancel: library.import_paths(
                chosen, progress=progress, cancel=cancel
            )
        )
        task.finished.connect(self._imported)
        self.import_dialog = ImportDialog(task, self)
        self.task_progress.follow(task, self.tr("Importing…"))
        self.calls.start(task)
        self.import_dialog.show()
        return task

    def _imported(self, report: ImportReport) -> None:
        if PasswordPrompts.wanted(report):  # Ask for the passwords first, then say it all.
            prompts = PasswordPrompts(self.calls, report, self)
            prompts.tried.connect(
                lambda task: self.task_progress.follow(task, self.tr("Trying the password…"))
            )
            prompts.done.connect(self._unlocked)
            prompts.start()
            return
        self._unlocked(report)

    def _unlocked(self, report: ImportReport) -> None:
        if self.import_dialog is not None:
            self.import_dialog.show_report(report)
        self.statusBar().showMessage(summary_text(report), ERROR_SECONDS * 1000)
        if report.notice:  # The files are in, but not yet searchable: that matters more.
            self.show_error(report.notice)
        self.context.reload()  # An import's changes are not itemised yet.
        new = [o.document_id for o in report.outcomes if o.status is ImportStatus.IMPORTED]
        if self.document is None and new and new[0] is not None:
            self.open_document(new[0])
        self.versions.offer_suggestions(report)

    def rebuild_index(self) -> Task:
        task = Task(
            lambda library, progress, cancel: library.reindex(progress=progress, cancel=cancel)
        )
        task.finished.connect(self._reindexed)
        self.task_progress.follow(task, self.tr("Rebuilding the search index…"))
        self.calls.start(task)
        return task

    def _reindexed(self, entries: int) -> None:
        message = self.tr("Search index rebuilt: %1 entries.").replace("%1", str(entries))
        self.statusBar().showMessage(message, ERROR_SECONDS * 1000)

    # Libraries

    def ask_open_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Library Folder"))
        if folder:
            self.open_library(Path(folder))

    def _forget_shown(self) -> None:
        """Nothing of the library before stays on screen: results, filters, messages."""
        self.search_panel.search("")
        self.panels["library"].reset_filters()
        self.hits.clear()
        self.statusBar().clearMessage()
        self._update_title()

    def open_library(self, folder: Path) -> bool:
        if self.calls.busy:
            self.show_error(self.tr("Wait for the import to finish before changing library."))
            return False
        opened = self.calls.attempt(Library, folder)
        if opened is None:
            return False
        self._remember_place()
        self.close_document()
        previous, owned = self.calls.library, self._owns_library
        self.calls.cancel_all()  # The answers of reads under way are of no use now.
        self.context.set_library(opened)
        self._owns_library = True
        if owned:
            self.calls.wait()  # A read under way ends before its library is closed.
            previous.close()
        self._forget_shown()
        self.session.add_recent_library(folder)
        self._fill_recent()
        self.context.reload()
        self.restore_place()
        return True

    # Remembering

    def restore_state(self) -> None:
        """Window geometry, panel sizes and the last document and page of this library."""
        geometry = self.session.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.session.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.restore_place()

    def restore_place(self) -> None:
        place = self.session.last_place(self.library.root)
        if place is None:
            return
        document_id, page = place
        if any(d.id == document_id for d in self.calls.call(Library.documents) or []):
            self.open_document(document_id)
            # The view lays pages out once it has its size: go there after this event.
            QTimer.singleShot(0, self.view, partial(self.view.go_to_page, page))

    def save_state(self) -> None:
        self.session.set("window/geometry", self.saveGeometry())
        self.session.set("window/state", self.saveState())
        self._remember_place()
        self.session.settings.sync()

    def _remember_place(self) -> None:
        document_id = self.document.id if self.document else None
        self.session.set_last_place(self.library.root, document_id, self.view.current_page())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.leaving.emit()
        self.save_state()
        self.calls.close()
        self.view.close_document()
        self.context.close()
        if self._owns_library:
            self.library.close()
            self._owns_library = False  # Closing twice must not close it twice.
        super().closeEvent(event)

    # Status

    def show_error(self, message: str) -> None:
        """Say what went wrong without stopping anyone: in the status bar, for a while."""
        self.statusBar().showMessage(f"⚠ {message}", ERROR_SECONDS * 1000)

    def _update_title(self) -> None:
        parts = [self.document.title] if self.document else []
        parts.append(self.library.root.name or str(self.library.root))
        if self.library.read_only:
            parts.append(self.tr("read-only: open in another reviewer window"))
        self.setWindowTitle(" — ".join([*parts, "reviewer"]))

    def _update_undo_labels(self) -> None:
        undo, redo = self.action_set["undo"], self.action_set["redo"]
        undo.setEnabled(self.undo_stack.canUndo())
        redo.setEnabled(self.undo_stack.canRedo())
        undo.setToolTip(self.tr("Undo: %1").replace("%1", self.undo_stack.undoText()))
        redo.setToolTip(self.tr("Redo: %1").replace("%1", self.undo_stack.redoText()))

    def _page_changed(self, page: int) -> None:
        count = self.view.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setRange(min(1, count), count)
        self.page_box.setSuffix(f" / {count}" if count else "")
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
            if count
            else ""
        )

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %" if self.document else "")

    def _update_enabled(self) -> None:
        has_document = self.document is not None
        has_annotation = self.current_annotation is not None
        for name in ("delete_annotation", "edit_note"):
            self.action_set[name].setEnabled(has_annotation)
        has_selection = bool(self.view.selection())
        for name in ("copy_selection", "copy_with_reference", "note_selection"):
            self.action_set[name].setEnabled(has_selection)
        for name in (
            "page_note",
            "document_note",
            "zoom_in",
            "zoom_out",
            "fit_width",
            "fit_page",
            "go_to",
            "find_in_document",
            "document_properties",
            "recognise_text",
            "export_annotated_pdf",
            "export_word",
            "export_seance",
            "import_version",
            "compare_versions",
            "review_carried",
            "draft_amendment",
        ):
            self.action_set[name].setEnabled(has_document)
        self.page_box.setEnabled(has_document)
