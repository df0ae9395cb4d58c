"""The dérouleur's rows: the amendments of a bill in the order of discussion, under their
article's header, filtered without a widget per row.

The list is filled in one go (`AmendmentModel.show`) and filtered by rebuilding the list of
rows shown from text folded once per amendment: 3,000 amendments filter in a few
milliseconds (benchmarks/derouleur.py), where a proxy model would call back into Python
for each row and column.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reviewer.core.amendments import AmendmentEntry, Outcome, Placement

NUMBER, AUTHORS, SUMMARY, OUTCOME, POSITION = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("DerouleurPanel", "No."),
    QT_TRANSLATE_NOOP("DerouleurPanel", "Authors"),
    QT_TRANSLATE_NOOP("DerouleurPanel", "Summary"),
    QT_TRANSLATE_NOOP("DerouleurPanel", "Outcome"),
    QT_TRANSLATE_NOOP("DerouleurPanel", "Position"),
)
ID_ROLE = Qt.ItemDataRole.UserRole
NO_POSITION = ""  # the position filter's choice "no position yet"
DISPLAY, EDIT, TOOLTIP = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
)
BACKGROUND, FOREGROUND, FONT = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
)
ROLES = frozenset({DISPLAY, EDIT, TOOLTIP, BACKGROUND, FOREGROUND, FONT, ID_ROLE})
# Identical amendments are discussed together: their rows share a tint.
IDENTICAL_BRUSH = QBrush(QColor(225, 236, 250))
OUTCOME_BRUSHES = {
    Outcome.ADOPTED.value: QBrush(QColor(30, 120, 40)),
    Outcome.REJECTED.value: QBrush(QColor(170, 40, 40)),
}
Index = QModelIndex | QPersistentModelIndex
# Combined once: flags are asked for every row shown, and enum arithmetic is slow in Python.
HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_FLAGS = ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
ROOT = QModelIndex()


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def translate(text: str) -> str:
    return QCoreApplication.translate("DerouleurPanel", text)


@dataclass(frozen=True)
class Filter:
    """What the user asked to see; None: any."""

    group: str | None = None
    author: str | None = None
    outcome: str | None = None
    position: str | None = None  # NO_POSITION: amendments without a position
    article: str | None = None
    text: str = ""

    def words(self) -> list[str]:
        return folded(self.text).split()

    def keeps(self, entry: AmendmentEntry, folded: str, words: Sequence[str]) -> bool:
        """`folded`: the entry's `searchable` text; `words`: this filter's `words()`."""
        return (
            (self.group is None or entry.group == self.group)
            and (self.author is None or self.author in entry.authors)
            and (self.outcome is None or entry.outcome == self.outcome)
            and (self.position is None or (entry.position or NO_POSITION) == self.position)
            and (self.article is None or article_of(entry) == self.article)
            and all(word in folded for word in words)
        )


def article_of(entry: AmendmentEntry) -> str:
    """The bill's article the amendment is attached to, or the division its source names."""
    return entry.article or entry.division


def heading_of(entry: AmendmentEntry) -> str:
    """The header an amendment is listed under: "Article 7", "After Article 7"…"""
    article = article_of(entry)
    if not article:
        return QCoreApplication.translate("DerouleurPanel", "Not attached to an article")
    if entry.placement == Placement.BEFORE:
        return QCoreApplication.translate("DerouleurPanel", "Before %1").replace("%1", article)
    if entry.placement == Placement.AFTER:
        text = QCoreApplication.translate("DerouleurPanel", "After %1 (additional article)")
        return text.replace("%1", article)
    return article


def folded(text: str) -> str:
    """`fields.fold` the quick way (a tenth of its time: 3,000 amendments fold in 20 ms),
    which also drops signs outside ASCII (« », –): harmless to a filter by words folded
    the same way."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    return " ".join(decomposed.encode("ascii", "ignore").decode("ascii").split())


def searchable(entry: AmendmentEntry) -> str:
    """Everything the text filter looks in, folded once."""
    return folded(
        " ".join(
            (
                entry.number,
                *entry.authors,
                entry.group,
                entry.summary,
                entry.title,
                entry.division,
                entry.state,
                entry.position or "",
                entry.argument,
            )
        )
    )


@dataclass(slots=True)  # not frozen: 3,000 made at each filtering, frozen ones cost twice
class Row:
    """A header (entry None) or an amendment, as the list shows it."""

    heading: str
    entry: AmendmentEntry | None = None
    sub: bool = False  # a sub-amendment, indented under its parent
    identical: bool = False  # one of a discussion of identical amendments


def rows_of(entries: Iterable[AmendmentEntry], headings: Sequence[str] | None = None) -> list[Row]:
    """A header each time the article (or its placement) changes, then its amendments
    (`headings`: each entry's `heading_of`, when known already)."""
    rows: list[Row] = []
    heading = None
    shown = list(entries)
    headings = headings or [heading_of(entry) for entry in shown]
    groups = [entry.identical_group for entry in shown]
    for index, entry in enumerate(shown):
        here = headings[index]
        if here != heading:
            rows.append(Row(here))
            heading = here
        group = entry.identical_group
        together = bool(group) and (
            (index > 0 and groups[index - 1] == group)
            or (index + 1 < len(groups) and groups[index + 1] == group)
        )
        rows.append(Row(here, entry, sub=bool(entry.parent), identical=together))
    return rows


class AmendmentModel(QAbstractTableModel):
    """A flat list of headers and amendments; the position column is editable."""

    positionEdited = Signal(int, str)  # an amendment's id and the label chosen ("" clears)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.entries: list[AmendmentEntry] = []
        self._folded: list[str] = []
        self._headings: list[str] = []
        self._filter = Filter()
        self._rows: list[Row] = []
        self._where: dict[int, int] = {}  # an amendment's id -> its row shown
        self._bold, self._italic = _font(bold=True), _font(italic=True)  # headers, drafts

    # Filling and filtering

    def show(self, entries: Sequence[AmendmentEntry]) -> None:
        self.entries = list(entries)
        self._folded = [searchable(entry) for entry in self.entries]
        self._headings = [heading_of(entry) for entry in self.entries]
        self._rebuild()

    def retranslate(self) -> None:
        """The headers in the language now chosen."""
        self._headings = [heading_of(entry) for entry in self.entries]
        self._rebuild()

    def set_filter(self, chosen: Filter) -> None:
        self._filter = chosen
        self._rebuild()

    def _kept(self) -> list[int]:
        """The indexes of the entries the filter keeps."""
        words, keeps = self._filter.words(), self._filter.keeps
        return [
            n
            for n, (entry, folded) in enumerate(zip(self.entries, self._folded, strict=True))
            if keeps(entry, folded, words)
        ]

    def _rebuild(self) -> None:
        kept = self._kept()
        self.beginResetModel()
        self._rows = rows_of([self.entries[n] for n in kept], [self._headings[n] for n in kept])
        self._where = {row.entry.id: n for n, row in enumerate(self._rows) if row.entry}
        self.endResetModel()

    def replace_entries(self, fresh: Iterable[AmendmentEntry]) -> None:
        """Amendments read again: their rows change in place (filtered again if one would
        now be hidden or shown)."""
        by_id = {entry.id: entry for entry in fresh}
        for index, entry in enumerate(self.entries):
            if by_id.get(entry.id, entry) == entry:  # not read again, or the same
                by_id.pop(entry.id, None)
            else:
                self.entries[index] = by_id[entry.id]
                self._folded[index] = searchable(by_id[entry.id])
                self._headings[index] = heading_of(by_id[entry.id])
        if [self.entries[n].id for n in self._kept()] != list(self._where):
            self._rebuild()
            return
        for document_id, entry in by_id.items():
            row = self._where.get(document_id)
            if row is not None:
                self._rows[row] = replace(self._rows[row], entry=entry)
                self.dataChanged.emit(self.index(row, 0), self.index(row, POSITION))

    def set_position(self, document_id: int, label: str | None, argument: str) -> None:
        """Show a position as written (before the library's notice reads it again)."""
        entry = self.entry(document_id)
        if entry is not None:
            self.replace_entries([replace(entry, position=label, argument=argument)])

    # Reading

    def entry(self, document_id: int) -> AmendmentEntry | None:
        return next((e for e in self.entries if e.id == document_id), None)

    def entry_at(self, index: Index) -> AmendmentEntry | None:
        return self._rows[index.row()].entry if index.isValid() else None

    def row_of(self, document_id: int) -> int | None:
        return self._where.get(document_id)

    def heading_rows(self) -> list[int]:
        return [n for n, row in enumerate(self._rows) if row.entry is None]

    def shown_ids(self) -> list[int]:
        return list(self._where)

    # QAbstractTableModel

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].entry is None:
            return HEADING_FLAGS
        return EDITABLE_FLAGS if index.column() == POSITION else ROW_FLAGS

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # Asked for every cell in sight, role by role: unasked-for roles leave at once.
        if role not in ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        if row.entry is None:
            return self._heading_data(row, index.column(), role)
        entry = row.entry
        if role == DISPLAY:
            return self._text(row, index.column())
        if role == EDIT:
            return entry.position or ""
        if role == ID_ROLE:
            return entry.id
        if role == TOOLTIP:
            return self._tooltip(entry, index.column())
        if role == BACKGROUND:
            return IDENTICAL_BRUSH if row.identical else None
        if role == FOREGROUND:
            return OUTCOME_BRUSHES.get(entry.outcome) if index.column() == OUTCOME else None
        return self._italic if entry.draft else None  # FONT

    def _heading_data(self, row: Row, column: int, role: int) -> object:
        if role == DISPLAY and column == NUMBER:
            return row.heading
        return self._bold if role == FONT else None

    def _text(self, row: Row, column: int) -> str:
        entry = row.entry
        assert entry is not None
        if column == NUMBER:
            mark = "≡ " if row.identical else ""
            return ("    ↳ " if row.sub else "") + mark + entry.number
        if column == AUTHORS:
            return authors_text(entry)
        if column == SUMMARY:
            return entry.summary or entry.title
        if column == OUTCOME:
            return entry.outcome or entry.state
        return entry.position or ""

    def _tooltip(self, entry: AmendmentEntry, column: int) -> str | None:
        if column == AUTHORS:
            return "\n".join(entry.authors)
        if column == POSITION:
            return entry.argument or None
        if column == OUTCOME:
            return entry.state or None
        if column == SUMMARY:
            return entry.summary or None
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry_at(index)
        if entry is None or index.column() != POSITION or role != Qt.ItemDataRole.EditRole:
            return False
        label = str(value or "")
        if label != (entry.position or ""):
            self.positionEdited.emit(entry.id, label)  # The panel makes it an undoable edit.
        return True


def authors_text(entry: AmendmentEntry) -> str:
    """The first author, how many cosign, and the group: "M. Frassa +3 (LR)"."""
    if not entry.authors:
        return entry.group
    first = entry.authors[0] + (f" +{len(entry.authors) - 1}" if len(entry.authors) > 1 else "")
    return f"{first} ({entry.group})" if entry.group else first
