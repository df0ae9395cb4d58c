"""The dérouleur: the amendments of the open bill (or of the open amendment's bill) in the
order of discussion, with filters, the MP's positions, and binding to a bill.

The amendments are the library's (`Library.amendments`), read in the background; rows
change in place when the library says some of them changed. A position chosen here is an
undoable edit (`Edits.set_position`). The counts by article feed the reader's margin
badges (reviewer/gui/view/margin_counts.py); a badge clicked filters the list on its
article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.amendments import AmendmentEntry, Outcome
from reviewer.core.changes import Changes
from reviewer.core.kinds import AMENDEMENT, PROJET_AMENDEMENT
from reviewer.core.records import Document, PageRect
from reviewer.core.structure import Section
from reviewer.gui.context import PanelContext
from reviewer.gui.panels.derouleur_model import (
    AUTHORS,
    NO_POSITION,
    NUMBER,
    OUTCOME,
    POSITION,
    SUMMARY,
    AmendmentModel,
    Filter,
    article_of,
)
from reviewer.gui.reads import Reads
from reviewer.gui.view.margin_counts import MarginCounts
from reviewer.library import Library

AMENDMENT_KINDS = frozenset({AMENDEMENT, PROJET_AMENDEMENT})
ROWS_READ_BY_ARTICLE = 3  # more changed articles than this: read the whole list again


@dataclass(frozen=True)
class Listing:
    """What the panel shows: the bill's amendments or, when the open amendment is bound to
    no bill, the amendments of its text bound to none (to be bound from the panel)."""

    bill_id: int | None
    entries: tuple[AmendmentEntry, ...]
    unbound: tuple[AmendmentEntry, ...] = ()  # amendments of the open one's text, unbound


def with_positions(library: Library, entries: Sequence[AmendmentEntry]) -> list[AmendmentEntry]:
    """The entries with the MP's positions as stored now."""
    stored = library.positions([entry.id for entry in entries])
    return [
        replace(
            entry,
            position=stored[entry.id].label if entry.id in stored else None,
            argument=stored[entry.id].argument if entry.id in stored else "",
        )
        for entry in entries
    ]


def listing(library: Library, document: Document) -> Listing:
    """The open bill's amendments, or those of the open amendment's bill."""
    if document.kind not in AMENDMENT_KINDS:
        return Listing(document.id, tuple(library.amendments(document.id)))
    if (bill := library.bill_of(document.id)) is not None:
        return Listing(bill, tuple(library.amendments(bill)))
    every = library.amendments()  # Bound to no bill: those of its text, to attach them.
    own = next((entry for entry in every if entry.id == document.id), None)
    text = own.text_ref if own else None
    unbound = (e for e in every if e.bill_id is None and text and e.text_ref == text)
    return Listing(None, (), tuple(unbound) or ((own,) if own else ()))


class PositionDelegate(QStyledItemDelegate):
    """The position column edited with a list of the library's labels."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        box.addItems(["", *self.labels])
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findText(str(index.data(Qt.ItemDataRole.EditRole))), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: object,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox) and isinstance(model, AmendmentModel)
        model.setData(index, editor.currentText())


class LabelsDialog(QDialog):
    """The library's position labels, one a line."""

    def __init__(self, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Position Labels"))
        self.edit = QPlainTextEdit("\n".join(labels))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One label a line, in the order offered:")))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def labels(self) -> list[str]:
        lines = (" ".join(line.split()) for line in self.edit.toPlainText().splitlines())
        return list(dict.fromkeys(line for line in lines if line))


class DerouleurPanel(QWidget):
    documentActivated = Signal(int)  # open this amendment
    positionChosen = Signal(int, str, str)  # an amendment, a label ("" clears), an argument
    bindRequested = Signal(list)  # these amendments' ids are to be bound to a bill
    labelsRequested = Signal()  # edit the library's position labels
    countsChanged = Signal(object, dict)  # the bill's id (or None), amendments by article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("derouleurPanel")
        self.listing = Listing(None, ())
        self.model = AmendmentModel(self)
        self.model.positionEdited.connect(self._label_edited)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.bind_button = QPushButton()
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.boxes = {name: QComboBox() for name in Filter.__dataclass_fields__ if name != "text"}
        self.delegate = PositionDelegate(self)
        self.view = self._table()
        self.position_box = QComboBox()
        self.argument = QLineEdit()
        self.labels_button = QPushButton()
        self._lay_out()
        self.text_filter.textChanged.connect(self._filter)
        for box in self.boxes.values():
            box.currentIndexChanged.connect(self._filter)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._rows_reset)
        self.position_box.activated.connect(self._position_chosen)
        self.argument.editingFinished.connect(self._argument_edited)
        self.labels_button.clicked.connect(self.labelsRequested)
        self.bind_button.clicked.connect(self._bind)
        self.retranslate()
        self.show_listing(self.listing)

    def _table(self) -> QTableView:
        """A table, not a tree: it lays out only the rows in sight (3,000 rows filter in ms)."""
        view = QTableView()
        view.setModel(self.model)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setItemDelegateForColumn(POSITION, self.delegate)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        # Measured once on a long number, not on 3,000 rows at each opening.
        number = self.fontMetrics().horizontalAdvance("    ↳ ≡ 1234 rect. bis ")
        for column, width in ((NUMBER, number), (AUTHORS, 190), (OUTCOME, 110), (POSITION, 110)):
            header.resizeSection(column, width)
        return view

    def _lay_out(self) -> None:
        top = QHBoxLayout()  # A wide panel under the text: few rows of controls.
        top.addWidget(self.title)
        top.addWidget(self.text_filter, 1)
        top.addWidget(self.bind_button)
        filters = QHBoxLayout()
        for box in self.boxes.values():
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            filters.addWidget(box, 1)
        editor = QHBoxLayout()
        self.position_label = QLabel()
        editor.addWidget(self.position_label)
        editor.addWidget(self.position_box)
        editor.addWidget(self.argument, 1)
        editor.addWidget(self.labels_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(editor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attached_text(self, count: int) -> str:
        """A method, so that lupdate catalogues the plural (it reads them only in self.tr)."""
        return self.tr("%n amendment(s) attached.", "", count)

    def retranslate(self) -> None:
        self.text_filter.setPlaceholderText(self.tr("Filter by number, author, words…"))
        self.bind_button.setText(self.tr("Attach to a Text…"))
        self.bind_button.setToolTip(self.tr("Attach the amendments to a bill of the library"))
        self.position_label.setText(self.tr("Position:"))
        self.argument.setPlaceholderText(self.tr("Argument"))
        self.labels_button.setText(self.tr("Edit Labels…"))
        self._fill_boxes()
        self._show_title()
        self.model.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, POSITION)

    # What is listed

    def show_listing(self, shown: Listing) -> None:
        self.listing = shown
        self.model.show(shown.entries or shown.unbound)  # unbound: to be bound from here
        self._fill_boxes()
        self._show_title()
        self.bind_button.setEnabled(bool(shown.entries or shown.unbound))
        self.countsChanged.emit(shown.bill_id, self.counts())

    def replace_entries(self, fresh: Sequence[AmendmentEntry]) -> None:
        self.model.replace_entries(fresh)
        self.countsChanged.emit(self.listing.bill_id, self.counts())

    def counts(self) -> dict[str, int]:
        """How many amendments each article of the bill has (its label → the count)."""
        return dict(Counter(e.article for e in self.model.entries if e.article))

    def set_labels(self, labels: Sequence[str]) -> None:
        self.delegate.labels = tuple(labels)
        with QSignalBlocker(self.position_box):
            self.position_box.clear()
            self.position_box.addItems(["", *labels])
        self._fill_boxes()
        self._show_current()

    def show_article(self, article: str) -> None:
        """List only the amendments on this article (a margin badge was clicked)."""
        box = self.boxes["article"]
        box.setCurrentIndex(max(box.findData(article), 0))

    def _show_title(self) -> None:
        entries, unbound = self.listing.entries, self.listing.unbound
        if entries:
            text = self.tr("%n amendment(s)", "", len(entries))
        elif unbound:
            text = self.tr("%n amendment(s) of this text bound to no bill", "", len(unbound))
        else:
            text = self.tr("No amendment bound to this document.")
        self.title.setText(text)

    # Filters

    def _fill_boxes(self) -> None:
        entries = self.model.entries
        choices = {
            "group": sorted({e.group for e in entries if e.group}, key=str.casefold),
            "author": sorted({a for e in entries for a in e.authors}, key=str.casefold),
            "outcome": [o.value for o in Outcome if any(e.outcome == o for e in entries)],
            "position": [NO_POSITION, *self.delegate.labels],
            "article": list(dict.fromkeys(article_of(e) for e in entries if article_of(e))),
        }
        anything = {
            "group": self.tr("All groups"),
            "author": self.tr("All authors"),
            "outcome": self.tr("All outcomes"),
            "position": self.tr("All positions"),
            "article": self.tr("All articles"),
        }
        for name, box in self.boxes.items():
            chosen = box.currentData()
            with QSignalBlocker(box):
                box.clear()
                box.addItem(anything[name], None)
                for value in choices[name]:
                    box.addItem(value or self.tr("No position yet"), value)
                box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
        self._filter()

    def current_filter(self) -> Filter:
        chosen = {name: box.currentData() for name, box in self.boxes.items()}
        return Filter(text=self.text_filter.text(), **chosen)

    def _filter(self) -> None:
        self.model.set_filter(self.current_filter())

    # Positions

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [entry.id for entry in map(self.model.entry_at, rows) if entry is not None]

    def _rows_reset(self) -> None:
        """Each article's header spans the row."""
        self.view.clearSpans()
        for row in self.model.heading_rows():
            self.view.setSpan(row, 0, 1, POSITION + 1)
        self._show_current()

    def current_entry(self) -> AmendmentEntry | None:
        return self.model.entry_at(self.view.currentIndex())

    def _show_current(self) -> None:
        entry = self.current_entry()
        for widget in (self.position_box, self.argument):
            widget.setEnabled(entry is not None)
        with QSignalBlocker(self.position_box):
            self.position_box.setCurrentIndex(
                max(self.position_box.findText(entry.position or ""), 0) if entry else 0
            )
        self.argument.setText(entry.argument if entry else "")

    def _label_edited(self, document_id: int, label: str) -> None:
        entry = self.model.entry(document_id)
        self.positionChosen.emit(document_id, label, entry.argument if entry and label else "")

    def _position_chosen(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            label = self.position_box.currentText()
            self.positionChosen.emit(entry.id, label, self.argument.text() if label else "")

    def _argument_edited(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.position and self.argument.text() != entry.argument:
            self.positionChosen.emit(entry.id, entry.position, self.argument.text())

    # Opening and binding

    def _double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index)
        if entry is not None and index.column() != POSITION:
            self.documentActivated.emit(entry.id)
        elif entry is not None:
            self.view.edit(index)

    def _bind(self) -> None:
        """The selected amendments, or else every one the filters show."""
        chosen = self.selected_ids() or self.model.shown_ids()
        if chosen:
            self.bindRequested.emit(chosen)


def choose_bill(parent: QWidget, bills: Sequence[Document]) -> int | None:
    """Ask which bill to attach amendments to; None if the user cancels."""
    names = [f"{bill.title} (#{bill.id})" for bill in bills]
    if not names:
        return None
    name, chosen = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("DerouleurPanel", "Attach to a Text"),
        QCoreApplication.translate("DerouleurPanel", "Attach the amendments to:"),
        names,
        0,
        False,
    )
    return bills[names.index(name)].id if chosen else None


def attach(context: PanelContext) -> DerouleurPanel:
    """The amendments of the open document's bill, kept up to date row by row."""
    panel = DerouleurPanel()
    reads = Reads(context.calls, panel)

    def read_all() -> None:
        document = context.document
        if document is None:
            reads.drop()
            panel.show_listing(Listing(None, ()))
            return
        reads.ask("amendments", partial(listing, document=document), panel.show_listing)

    def read_labels() -> None:
        panel.set_labels(context.calls.call(Library.position_labels) or ())

    def changed(changes: Changes) -> None:
        if context.document is None:
            return
        if changes.document_list:
            read_all()  # Amendments came or went.
            return
        if changes.annotations:
            return  # Documents changed by annotations: their count, which is not shown here.
        bill = panel.listing.bill_id
        if bill in changes.documents:
            read_all()  # Detected again, the bill's articles may have changed.
            return
        touched = [e for e in panel.model.entries if e.id in changes.documents]
        articles = {e.article for e in touched if e.article and bill is not None}
        if len(articles) > ROWS_READ_BY_ARTICLE:
            read_all()
            return
        for article in articles:  # Their rows as the library lists them now.
            read = partial(Library.amendments, bill_id=bill, article=article)
            reads.ask(f"article {article}", read, panel.replace_entries)
        loose = [e for e in touched if not (e.article and bill is not None)]
        if loose:  # Attached to no article: what the window changes of them, their position.
            reads.ask("positions", partial(with_positions, entries=loose), panel.replace_entries)

    def set_position(document_id: int, label: str, argument: str) -> None:
        if context.edits.set_position(document_id, label, argument):
            panel.model.set_position(document_id, label or None, argument)

    def edit_labels() -> None:
        dialog = LabelsDialog(panel.delegate.labels, panel)
        if dialog.exec() and context.calls.act(Library.set_position_labels, dialog.labels()):
            read_labels()

    def bind(ids: list[int]) -> None:
        documents = context.calls.call(Library.documents) or []
        bills = [d for d in documents if d.kind not in AMENDMENT_KINDS and d.removed is None]
        bill = choose_bill(panel, bills)
        if bill is not None and context.calls.act(Library.bind_amendments, ids, bill):
            read_all()  # The notice names the amendments bound, not the bill they join.
            context.tell(panel.attached_text(len(ids)), 4000)

    panel.documentActivated.connect(context.open_document)
    panel.positionChosen.connect(set_position)
    panel.labelsRequested.connect(edit_labels)
    panel.bindRequested.connect(bind)
    context.documentChanged.connect(lambda _document: read_all())
    context.changed.connect(changed)
    read_labels()
    return panel


def follow_in_margin(panel: DerouleurPanel, context: PanelContext, badges: MarginCounts) -> None:
    """The reader's margin badges show the panel's counts while the bill itself is open; a
    badge clicked brings the panel forward, filtered on its article."""

    def counted(bill_id: int | None, counts: dict[str, int]) -> None:
        document = context.document
        badges.set_counts(counts if document is not None and document.id == bill_id else {})

    def clicked(article: str) -> None:
        context.show_panel("derouleur")
        panel.show_article(article)

    def locate(section: Section) -> PageRect | None:
        document = context.document
        return context.calls.call(Library.section_place, document.id, section) if document else None

    badges.locate = locate
    panel.countsChanged.connect(counted)
    badges.clicked.connect(clicked)
