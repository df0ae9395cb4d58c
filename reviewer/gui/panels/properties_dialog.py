"""A document's properties: title, kind and what it states (number, authors, ministry...).

Saving sends only the fields the user changed, so the others stay the library's
to detect again. Saving is undoable; Detect Again is not (see `Edits.redetect`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import fields
from reviewer.core.fields import Place, Section
from reviewer.core.kinds import KINDS
from reviewer.core.records import Document
from reviewer.gui.i18n import in_interface_language
from reviewer.gui.kinds import kind_label
from reviewer.gui.undo import Edits, document_field

CONTEXT = "DocumentPropertiesDialog"
# The fields the dialog shows (reviewer.core.fields), and the boxes they are in:
# (section, title, row, column).
FIELDS = {field.key: field for field in fields.shown_in(Place.PROPERTIES)}
SECTIONS = (
    (Section.IDENTIFICATION, QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "Identification"), 0, 0),
    (Section.QUESTION, QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "Written question"), 0, 1),
    (Section.DATES, QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "Dates"), 1, 0),
    (Section.AMENDMENT, QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "Amendment"), 1, 1),
)
OTHER = QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "Other fields")
LIST_FIELDS = frozenset(key for key, field in FIELDS.items() if field.is_list)
SEPARATOR = "; "


def field_text(value: object) -> str:
    if isinstance(value, list):
        return SEPARATOR.join(str(item) for item in value)
    return "" if value is None else str(value)


def field_value(name: str, text: str, *, was_list: bool = False) -> object:
    """What the form's text means: None (no such field), a list, or a string."""
    if name in LIST_FIELDS or was_list:
        items = [" ".join(part.split()) for part in text.split(SEPARATOR.strip())]
        return [item for item in items if item] or None
    return " ".join(text.split()) or None


class DocumentPropertiesDialog(QDialog):
    def __init__(self, edits: Edits, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentProperties")
        self.edits = edits
        self.document = document
        self.title_edit = QLineEdit()
        self.title_label = QLabel()
        self.kind_box = QComboBox()
        self.kind_title = QLabel()
        self.confidence = QLabel()
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, tuple[QGroupBox, QFormLayout]] = {}
        self.grid = QGridLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.detect_button = QPushButton()
        self.buttons.addButton(self.detect_button, QDialogButtonBox.ButtonRole.ResetRole)
        self._lay_out()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.detect_button.clicked.connect(self.detect_again)
        self.retranslate()
        self.load(document)
        self.resize(max(820, self.sizeHint().width()), self.sizeHint().height())

    def _lay_out(self) -> None:
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_box)
        kind_row.addWidget(self.confidence, 1)
        head = QFormLayout()
        head.addRow(self.title_label, self.title_edit)
        head.addRow(self.kind_title, kind_row)
        for section, title, row, column in SECTIONS:
            self.grid.addWidget(self._box(title), row, column)
            for name, field in FIELDS.items():
                if field.section is section:
                    self._add_field(name, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

    def _box(self, title: str) -> QGroupBox:
        box = QGroupBox()
        self.boxes[title] = (box, QFormLayout(box))
        return box

    def _add_field(self, name: str, section: str) -> None:
        edit = QLineEdit()
        label = QLabel()
        label.setBuddy(edit)
        self.fields[name], self.labels[name] = edit, label
        self.boxes[section][1].addRow(label, edit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Document Properties"))
        self.detect_button.setText(self.tr("Detect Again"))
        self.detect_button.setToolTip(
            self.tr(
                "Read the kind and the fields from the text again; the fields you changed "
                "are kept. This cannot be undone."
            )
        )
        list_hint = self.tr("Separate them with “;”")
        for name in LIST_FIELDS:
            self.fields[name].setPlaceholderText(list_hint)
        self._label_fields()

    # Showing a document

    def load(self, document: Document) -> None:
        self.document = document
        self.title_edit.setText(document.title)
        self._fill_kinds(document.kind)
        for name in sorted(document.metadata.keys() - self.fields.keys()):
            self._add_other_field(name)
        for name, edit in self.fields.items():
            edit.setText(field_text(document.metadata.get(name)))
        self._label_fields()

    def _add_other_field(self, name: str) -> None:
        """A field this version has no label for: shown as named, in a box of its own."""
        if OTHER not in self.boxes:
            self.grid.addWidget(self._box(OTHER), 2, 0, 1, 2)
        self._add_field(name, OTHER)

    def _fill_kinds(self, kind: str) -> None:
        self.kind_box.clear()
        for value in (*KINDS, *([kind] if kind not in KINDS else [])):
            self.kind_box.addItem(kind_label(value), value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def _label_fields(self) -> None:
        edited = set(self.document.user_fields)
        mark = " ✎"
        for key, label in (("title", self.title_label), ("kind", self.kind_title)):
            text = in_interface_language(fields.BY_KEY[key].label)
            label.setText(text + (mark if key in edited else ""))
        for title, (box, _form) in self.boxes.items():
            box.setTitle(QCoreApplication.translate(CONTEXT, title))
        for name, label in self.labels.items():
            text = in_interface_language(FIELDS[name].label) if name in FIELDS else name
            label.setText(text + (mark if name in edited else ""))
            label.setToolTip(
                self.tr("Changed by you: Detect Again keeps it") if name in edited else ""
            )
        if "kind" in edited:
            self.confidence.setText(self.tr("Chosen by you"))
        else:
            percent = round(self.document.kind_confidence * 100)
            self.confidence.setText(self.tr("Detected, %1 % sure").replace("%1", str(percent)))
        pages = self.tr("%n page(s)", "", self.document.page_count)
        self.source.setText(f"{self.document.source or self.document.file_path} · {pages}")

    # Changing it

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the document's: only these are saved."""
        current = self.document
        wanted: dict[str, object] = {}
        title = " ".join(self.title_edit.text().split())
        if title and title != current.title:
            wanted["title"] = title
        if self.kind_box.currentData() != current.kind:
            wanted["kind"] = self.kind_box.currentData()
        for name, edit in self.fields.items():
            old = current.metadata.get(name)
            value = field_value(name, edit.text(), was_list=isinstance(old, list))
            if value != old:
                wanted[name] = value
        return wanted

    def apply_changes(self, changes: Mapping[str, object]) -> None:
        """Put changes (not saved yet) back in the form."""
        for name, value in changes.items():
            if name == "title":
                self.title_edit.setText(str(value))
            elif name == "kind":
                self.kind_box.setCurrentIndex(self.kind_box.findData(value))
            elif name in self.fields:
                self.fields[name].setText(field_text(value))

    def save(self) -> bool:
        changes = self.changes()
        if changes and self.edits.edit_document(self.document.id, changes) is None:
            return False  # The library refused; its message is in the status bar.
        self.accept()
        return True

    def detect_again(self) -> None:
        """Detect the kind and fields again, keeping what the user typed but has not saved."""
        pending = self.changes()
        detected = self.edits.redetect(self.document.id)
        if detected is not None:
            self.load(detected)
            kept = {n: v for n, v in pending.items() if v != document_field(detected, n)}
            self.apply_changes(kept)
