"""Every command of the window, declared once: its text, shortcuts and menu place.

As in Picard's action registry, the window does not build QActions one by one:
it hands `ActionSet` a handler for each name, and menus list names. Texts are
marked with QT_TRANSLATE_NOOP so lupdate finds them, and are translated when
the actions are (re)labelled, so switching language needs no rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import QInputDialog, QMenu, QMenuBar, QWidget

from reviewer.core.colors import PALETTE

CONTEXT = "Actions"
Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # English; translated in the "Actions" context
    shortcuts: tuple[Key, ...] = ()
    tip: str = ""
    checkable: bool = False


COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Actions", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Actions", "Green"),
    "blue": QT_TRANSLATE_NOOP("Actions", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Actions", "Pink"),
    "orange": QT_TRANSLATE_NOOP("Actions", "Orange"),
    "purple": QT_TRANSLATE_NOOP("Actions", "Purple"),
    "red": QT_TRANSLATE_NOOP("Actions", "Red"),
}
TAG_SLOTS = 9  # Number keys 1-9 apply the first nine tags of the palette.

BASE_ACTIONS = (
    ActionSpec(
        "import_files",
        QT_TRANSLATE_NOOP("Actions", "&Import Files…"),
        (QKeySequence.StandardKey.Open,),
        QT_TRANSLATE_NOOP("Actions", "Add PDF files to the library (or drop them on the window)"),
    ),
    ActionSpec(
        "import_folder",
        QT_TRANSLATE_NOOP("Actions", "Import &Folder…"),
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("Actions", "Add every PDF below a folder to the library"),
    ),
    ActionSpec(
        "export_report",
        QT_TRANSLATE_NOOP("Actions", "&Export Report…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "A report of the annotations: PDF, Word, HTML, CSV…"),
    ),
    ActionSpec(
        "export_annotated_pdf",
        QT_TRANSLATE_NOOP("Actions", "Export &Annotated PDF…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A copy of the open document with its highlights and notes in the PDF"
        ),
    ),
    ActionSpec(
        "export_word",
        QT_TRANSLATE_NOOP("Actions", "Export to &Word…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The open document's text with each annotation as a Word comment"
        ),
    ),
    ActionSpec(
        "export_seance",
        QT_TRANSLATE_NOOP("Actions", "Export &Séance Sheet…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "The open bill's amendments, article by article, with positions and notes: "
            "PDF, Word or HTML",
        ),
    ),
    ActionSpec(
        "export_w3c",
        QT_TRANSLATE_NOOP("Actions", "Export Annotations (&W3C JSON)…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Share the annotations with colleagues using reviewer"),
    ),
    ActionSpec(
        "import_annotations",
        QT_TRANSLATE_NOOP("Actions", "Import A&nnotations…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Merge a W3C annotation file, or take in the annotations of a PDF copy"
        ),
    ),
    ActionSpec("open_library", QT_TRANSLATE_NOOP("Actions", "&Open Library…"), ("Ctrl+Shift+O",)),
    ActionSpec(
        "reindex",
        QT_TRANSLATE_NOOP("Actions", "Rebuild Search &Index"),
        tip=QT_TRANSLATE_NOOP("Actions", "Rebuild the search index from the library database"),
    ),
    ActionSpec(
        "quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (QKeySequence.StandardKey.Quit, "Ctrl+Q")
    ),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (QKeySequence.StandardKey.Undo,)),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
    ),
    ActionSpec(
        "highlight",
        QT_TRANSLATE_NOOP("Actions", "&Highlight Selection"),
        ("H",),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in the current colour"),
    ),
    ActionSpec(
        "copy_selection",
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        tip=QT_TRANSLATE_NOOP("Actions", "Copy the selected text"),
    ),
    ActionSpec(
        "copy_with_reference",
        QT_TRANSLATE_NOOP("Actions", "Copy with &Reference"),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP(
            "Actions", "Copy the selected text in quotes, with its article, paragraph and page"
        ),
    ),
    ActionSpec(
        "note_selection",
        QT_TRANSLATE_NOOP("Actions", "Highlight and Add a &Note"),
        tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selected text and write its note"),
    ),
    ActionSpec(
        "delete_annotation",
        QT_TRANSLATE_NOOP("Actions", "&Delete Annotation"),
        (QKeySequence.StandardKey.Delete,),
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
        (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
        QT_TRANSLATE_NOOP("Actions", "Author, report addressee, export folder, language, theme…"),
    ),
    ActionSpec("edit_note", QT_TRANSLATE_NOOP("Actions", "Edit &Note of Annotation"), ("N",)),
    ActionSpec("page_note", QT_TRANSLATE_NOOP("Actions", "Add Note on &Page…")),
    ActionSpec("document_note", QT_TRANSLATE_NOOP("Actions", "Add Note on &Document…")),
    # The readers' convention: Ctrl+F finds in the open document, from the page being read;
    # the library's search has its own key and panel.
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Search the Library…"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Actions", "Search every document and annotation of the library"),
    ),
    ActionSpec(
        "find_in_document",
        QT_TRANSLATE_NOOP("Actions", "&Find in Document…"),
        (QKeySequence.StandardKey.Find,),
        QT_TRANSLATE_NOOP("Actions", "Find a phrase in the open document, from this page"),
    ),
    # F3 only: Ctrl+G, FindNext's other binding, is Go To as in readers.
    ActionSpec("next_hit", QT_TRANSLATE_NOOP("Actions", "Next Hit"), ("F3",)),
    ActionSpec(
        "document_properties",
        QT_TRANSLATE_NOOP("Actions", "&Properties…"),
        ("Alt+Return",),
        QT_TRANSLATE_NOOP("Actions", "Title, kind, number, authors… of the open document"),
    ),
    ActionSpec(
        "recognise_text",
        QT_TRANSLATE_NOOP("Actions", "Recognise &Text (OCR)…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Read the text of a scanned document, so that it can be searched"
        ),
    ),
    ActionSpec(
        "import_version",
        QT_TRANSLATE_NOOP("Actions", "Import New &Version…"),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Import a later version of the open document and carry its annotations forward",
        ),
    ),
    ActionSpec(
        "compare_versions",
        QT_TRANSLATE_NOOP("Actions", "&Compare with Previous Version"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Actions", "What changed, article by article, since the last version"),
    ),
    ActionSpec(
        "review_carried",
        QT_TRANSLATE_NOOP("Actions", "&Review Carried Annotations"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP(
            "Actions", "Check the annotations carried from the previous version of the document"
        ),
    ),
    ActionSpec(
        "draft_amendment",
        QT_TRANSLATE_NOOP("Actions", "Draft an &Amendment…"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP(
            "Actions", "Write an amendment on the selected words, or on the article being read"
        ),
    ),
    ActionSpec(
        "previous_hit",
        QT_TRANSLATE_NOOP("Actions", "Previous Hit"),
        ("Shift+F3",),
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
    ),
    ActionSpec(
        "zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), (QKeySequence.StandardKey.ZoomOut,)
    ),
    ActionSpec("fit_width", QT_TRANSLATE_NOOP("Actions", "Fit &Width"), ("Ctrl+2",)),
    ActionSpec("fit_page", QT_TRANSLATE_NOOP("Actions", "Fit &Page"), ("Ctrl+1",)),
    ActionSpec("previous_page", QT_TRANSLATE_NOOP("Actions", "Previous Page"), ("PgUp",)),
    ActionSpec("next_page", QT_TRANSLATE_NOOP("Actions", "Next Page"), ("PgDown",)),
    ActionSpec("first_page", QT_TRANSLATE_NOOP("Actions", "First Page"), ("Home",)),
    ActionSpec("last_page", QT_TRANSLATE_NOOP("Actions", "Last Page"), ("End",)),
    ActionSpec(
        "go_to",
        QT_TRANSLATE_NOOP("Actions", "&Go To…"),
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("Actions", "A page, a page label or an article (“art 7”)"),
    ),
    ActionSpec(
        "next_annotation",
        QT_TRANSLATE_NOOP("Actions", "Next Annotation"),
        ("Alt+PgDown",),
    ),
    ActionSpec(
        "previous_annotation",
        QT_TRANSLATE_NOOP("Actions", "Previous Annotation"),
        ("Alt+PgUp",),
    ),
    ActionSpec(
        "reading_mode",
        QT_TRANSLATE_NOOP("Actions", "&Reading Mode (Full Screen)"),
        ("F11",),
        checkable=True,
    ),
    ActionSpec("welcome", QT_TRANSLATE_NOOP("Actions", "&Welcome Screen…")),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts…"),
        (QKeySequence.StandardKey.HelpContents,),
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About reviewer…")),
)


def color_actions() -> tuple[ActionSpec, ...]:
    """Alt+1..7 highlight in one of the palette's colours."""
    return tuple(
        ActionSpec(f"highlight_{name}", text, (f"Alt+{number}",))
        for number, (name, text) in enumerate(COLOR_NAMES.items(), start=1)
    )


def tag_actions() -> tuple[ActionSpec, ...]:
    """1..9 put (or take off) the palette's first nine tags on the current annotation."""
    return tuple(
        ActionSpec(f"tag_{number}", QT_TRANSLATE_NOOP("Actions", "Tag %1"), (str(number),))
        for number in range(1, TAG_SLOTS + 1)
    )


ACTIONS = BASE_ACTIONS + color_actions() + tag_actions()

# Menus: (name, title, entries); "-" is a separator, "@name" a submenu the window fills.
MENUS = (
    (
        "file",
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "import_files",
            "import_folder",
            "-",
            "export_report",
            "export_annotated_pdf",
            "export_word",
            "export_seance",
            "export_w3c",
            "import_annotations",
            "-",
            "open_library",
            "@recent",
            "-",
            "reindex",
            "-",
            "quit",
        ),
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "undo",
            "redo",
            "-",
            "find_in_document",
            "next_hit",
            "previous_hit",
            "-",
            "find",
            "-",
            "preferences",
        ),
    ),
    (
        "document",
        QT_TRANSLATE_NOOP("Actions", "&Document"),
        (
            "document_properties",
            "recognise_text",
            "-",
            "import_version",
            "compare_versions",
            "review_carried",
            "-",
            "draft_amendment",
        ),
    ),
    (
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "&Annotate"),
        (
            "highlight",
            "@colors",
            "@tags",
            "-",
            "edit_note",
            "delete_annotation",
            "-",
            "page_note",
            "document_note",
        ),
    ),
    (
        "view",
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "zoom_in",
            "zoom_out",
            "fit_width",
            "fit_page",
            "-",
            "previous_page",
            "next_page",
            "first_page",
            "last_page",
            "go_to",
            "next_annotation",
            "previous_annotation",
            "-",
            "reading_mode",
            "@panels",
            "@language",
        ),
    ),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help"), ("welcome", "shortcuts", "-", "about")),
)
# The menu of a text selection in the page (right-click, Shift+F10 or the Menu key). Names
# the window's ActionSet lacks are left out, so a branch may list its action before it lands.
SELECTION_MENU = (
    "highlight",
    "@colors",
    "-",
    "copy_selection",
    "copy_with_reference",
    "-",
    "note_selection",
    "@selection_tags",
    "-",
    "draft_amendment",
)
SUBMENUS = {
    "recent": QT_TRANSLATE_NOOP("Actions", "Recent &Libraries"),
    "colors": QT_TRANSLATE_NOOP("Actions", "Highlight in &Colour"),
    "tags": QT_TRANSLATE_NOOP("Actions", "Apply &Tag"),
    "panels": QT_TRANSLATE_NOOP("Actions", "&Panels"),
    "language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "selection_tags": QT_TRANSLATE_NOOP("Actions", "Highlight with &Tag"),
}
QT_TRANSLATE_NOOP("Actions", "New Tag…")


def key_sequences(keys: Sequence[Key]) -> list[QKeySequence]:
    """Every binding of the keys: a standard key has several on some platforms."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(key)
        else:
            bindings = [QKeySequence(key)]
        for sequence in bindings:
            found.setdefault(sequence.toString(), sequence)
    return list(found.values())


QT_TRANSLATE_NOOP("Actions", "Highlight in %1 (%2)")


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def color_icon(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(color)
    return QIcon(pixmap)


class ActionSet:
    """The window's QActions by name, built from the registry."""

    def __init__(self, parent: QObject, handlers: Mapping[str, Callable[[], object]]) -> None:
        self.specs = {spec.name: spec for spec in ACTIONS}
        missing = self.specs.keys() - handlers.keys()
        if missing:
            raise KeyError(f"no handler for actions: {sorted(missing)}")
        self.actions: dict[str, QAction] = {}
        self._tags: list[str] = []
        for spec in ACTIONS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts(key_sequences(spec.shortcuts))
            action.setCheckable(spec.checkable)
            action.triggered.connect(handlers[spec.name])
            self.actions[spec.name] = action
        for name, color in PALETTE.items():
            self.actions[f"highlight_{name}"].setIcon(color_icon(color))
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def retranslate(self) -> None:
        for name, spec in self.specs.items():
            action = self.actions[name]
            action.setText(translate(spec.text))
            action.setToolTip(translate(spec.tip) if spec.tip else action.text().replace("&", ""))
        self._label_colors()
        self._label_tags()

    def _label_colors(self) -> None:
        """“Highlight in yellow (Alt+1)”: the buttons show only the colour."""
        for name in COLOR_NAMES:
            action = self.actions[f"highlight_{name}"]
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = translate("Highlight in %1 (%2)").replace("%1", action.text().lower())
            action.setToolTip(tip.replace("%2", key))

    def set_tags(self, names: Sequence[str]) -> None:
        """The palette's first tags, in order, behind the number keys."""
        self._tags = list(names[:TAG_SLOTS])
        self._label_tags()

    def tag(self, number: int) -> str | None:
        return self._tags[number - 1] if number <= len(self._tags) else None

    def _label_tags(self) -> None:
        """“Tag 3: CNIL”, or “Tag 3” disabled when the palette has fewer tags."""
        for number in range(1, TAG_SLOTS + 1):
            action = self.actions[f"tag_{number}"]
            label = translate("Tag %1").replace("%1", str(number))
            tag = self.tag(number)
            action.setText(f"{label}: {tag}" if tag else label)
            action.setEnabled(tag is not None)


class Menus:
    """The menu bar built from MENUS; `submenus` are the "@name" places the window fills."""

    def __init__(self, bar: QMenuBar, actions: ActionSet) -> None:
        self.menus: dict[str, QMenu] = {}
        self.submenus: dict[str, QMenu] = {}
        for name, _title, entries in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{name}")
            self.menus[name] = menu
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith("@"):
                    submenu = menu.addMenu("")
                    submenu.setObjectName(f"menu_{entry[1:]}")
                    self.submenus[entry[1:]] = submenu
                else:
                    menu.addAction(actions[entry])
        for name in COLOR_NAMES:
            self.submenus["colors"].addAction(actions[f"highlight_{name}"])
        for number in range(1, TAG_SLOTS + 1):
            self.submenus["tags"].addAction(actions[f"tag_{number}"])
        self.retranslate()

    def retranslate(self) -> None:
        for name, title, _entries in MENUS:
            self.menus[name].setTitle(translate(title))
        for name, submenu in self.submenus.items():
            submenu.setTitle(translate(SUBMENUS[name]))


def context_menu(
    entries: Sequence[str],
    actions: ActionSet,
    fillers: Mapping[str, Callable[[QMenu], object]],
    parent: QWidget,
) -> QMenu:
    """A menu of action names, "-" separators and "@name" submenus that `fillers` fill.
    A name without an action or filler is skipped (another branch's entry, not landed yet),
    and so is a separator that would lead, trail or double."""
    menu = QMenu(parent)
    pending_separator = False
    for entry in entries:
        if entry == "-":
            pending_separator = not menu.isEmpty()
            continue
        if entry.startswith("@"):
            fill = fillers.get(entry[1:])
            if fill is None:
                continue
            item = QMenu(translate(SUBMENUS.get(entry[1:], "")), menu)
            item.setObjectName(f"menu_{entry[1:]}")
            fill(item)
            added = item.menuAction()
        elif entry in actions.actions:
            added = actions[entry]
        else:
            continue
        if pending_separator:
            menu.addSeparator()
            pending_separator = False
        menu.addAction(added)
    return menu


def fill_tags(
    menu: QMenu,
    names: Sequence[str],
    apply: Callable[[str], object],
    *,
    checked: Iterable[str] | None = None,
) -> None:
    """The tag palette's tags (ticked when among `checked`: an annotation's, which a click
    takes off), then “New Tag…”, which asks a name and applies it: one tag submenu for the
    selection and the annotation menus."""
    have = None if checked is None else {name.casefold() for name in checked}
    for name in names:
        action = menu.addAction(name, partial(apply, name))
        action.setCheckable(have is not None)
        action.setChecked(have is not None and name.casefold() in have)
    if names:
        menu.addSeparator()
    menu.addAction(translate("New Tag…"), lambda: ask_new_tag(owner(menu), apply))


def owner(menu: QMenu) -> QWidget:
    """The widget a (sub)menu belongs to: a dialog it opens goes over that, not the menu."""
    widget: QWidget = menu
    while isinstance(widget, QMenu) and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


def ask_new_tag(parent: QWidget | None, apply: Callable[[str], object]) -> None:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TagPalette", "New Tag"),  # the palette's own dialog words
        QCoreApplication.translate("TagPalette", "Name of the new tag:"),
    )
    if ok and name.strip():
        apply(" ".join(name.split()))


def is_menu_key(event: QKeyEvent) -> bool:
    """The keys that open a context menu from the keyboard: the Menu key and Shift+F10."""
    shift_f10 = event.key() == Qt.Key.Key_F10 and (
        event.modifiers() == Qt.KeyboardModifier.ShiftModifier
    )
    return event.type() == QEvent.Type.KeyPress and (event.key() == Qt.Key.Key_Menu or shift_f10)
