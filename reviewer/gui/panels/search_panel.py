"""The search panel: a query over the corpus and its annotations, results grouped by document.

Snippets come with the spans that matched; they are shown in bold. Facets of
the results (kind, legislature...) narrow the query with a click. The same
panel finds in the open document only, when its scope says so.

The query runs as the user types (once they pause) and in the background: the
results and their facets are read on the reading thread, and a query typed on
makes the answer to the one before it stale (`Reads`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.records import HitType, SearchHit, SearchResults, Snippet
from reviewer.gui.context import PanelContext
from reviewer.gui.facets import Facet, count_facets, toggle_filter
from reviewer.gui.panels.facet_bar import FacetBar
from reviewer.gui.reads import Reads
from reviewer.gui.worker import Calls
from reviewer.library import Library

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
CORPUS_LIMIT = 50
DOCUMENT_LIMIT = 500  # In one document, every page may match.
SCOPE_ALL, SCOPE_DOCUMENT = 0, 1
FACET_SHARE = 0.35  # Of the panel's height at most: the results matter more.
TYPING_PAUSE_MS = 250  # A pause this long in typing runs the query.


@dataclass(frozen=True)
class Found:
    """A search's answer, read in the background: its results and their facets."""

    results: SearchResults
    facets: list[Facet]


def find(library: Library, query: str, *, in_document: bool) -> Found:
    """Search; then count the facets of the results (none in one document)."""
    results = library.search(query, limit=DOCUMENT_LIMIT if in_document else CORPUS_LIMIT)
    return Found(results, [] if in_document else read_facets(library, results.hits))


def read_facets(library: Library, hits: Sequence[SearchHit]) -> list[Facet]:
    """The facets of the hits, from their documents and their annotations' tags only."""
    documents = {i: library.document(i) for i in {hit.document_id for hit in hits}}
    tags_of: dict[str, tuple[str, ...]] = {}
    for hit in hits:
        if hit.annotation_id is not None:
            try:
                tags_of[hit.annotation_id] = library.annotation(hit.annotation_id).tags
            except ReviewerError:  # Deleted since the index answered: no tags to count.
                tags_of[hit.annotation_id] = ()
    return count_facets(hits, documents, tags_of)


def snippet_html(snippet: Snippet) -> str:
    """The snippet, escaped, with its matched spans in bold."""
    parts, cursor = [], 0
    for start, end in sorted(snippet.spans):
        if start < cursor:
            continue
        parts.append(html.escape(snippet.text[cursor:start]))
        parts.append(f"<b>{html.escape(snippet.text[start:end])}</b>")
        cursor = end
    parts.append(html.escape(snippet.text[cursor:]))
    return " ".join("".join(parts).split())


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE markup (bold matches) instead of its plain text, wrapped."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def _document(self, option: QStyleOptionViewItem, width: float) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(option.text)
        document.setTextWidth(max(80.0, width))
        return document

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> float:
        """The room an item has: the column, less the indentation of its depth."""
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return self.tree.viewport().width() - depth * self.tree.indentation()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = index.data(HTML_ROLE)
        document = self._document(option, option.rect.width())
        option.text = ""
        style = self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self.tree)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        option.text = index.data(HTML_ROLE)
        width = self._width(index)
        return QSize(int(width), int(self._document(option, width).size().height()))


class SearchPanel(QWidget):
    hitActivated = Signal(object)  # SearchHit
    nextHitRequested = Signal()
    previousHitRequested = Signal()
    resultsShown = Signal()  # the answer to the latest query is on screen

    def __init__(self, calls: Calls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.calls = calls
        self.reads = Reads(calls, self)
        self.document_id: int | None = None
        self.results: SearchResults | None = None
        self._facets: list[Facet] = []
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.scope_box = QComboBox()
        self.scope_box.addItems(["", ""])
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.summary = QLabel()
        self.facet_bar = FacetBar()
        self.facet_area = QScrollArea()
        self.facet_area.setWidgetResizable(True)
        self.facet_area.setFrameShape(QFrame.Shape.NoFrame)
        self.facet_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facet_area.setWidget(self.facet_bar)
        self.facet_area.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.delegate = RichTextDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.viewport().installEventFilter(self)
        self._lay_out()
        self.query_edit.returnPressed.connect(self.run)
        self.query_edit.textEdited.connect(self._typed)
        self.typing.timeout.connect(self.run)
        self.scope_box.currentIndexChanged.connect(self._rerun)
        self.previous_button.clicked.connect(self.previousHitRequested)
        self.next_button.clicked.connect(self.nextHitRequested)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.facet_bar.filterToggled.connect(self.toggle_filter)
        self.retranslate()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.scope_box, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_edit)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.facet_area)
        layout.addWidget(self.tree, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_facets()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # Wrapped snippets change height with width.
            self.delegate.sizeHintChanged.emit(QModelIndex())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.query_edit.setPlaceholderText(self.tr("Search words, “phrases”, tag:…, kind:…"))
        self.scope_box.setItemText(SCOPE_ALL, self.tr("All documents"))
        self.scope_box.setItemText(SCOPE_DOCUMENT, self.tr("This document"))
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self._show_summary()

    # Searching

    def focus_query(self) -> None:
        self.scope_box.setCurrentIndex(SCOPE_ALL)
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def set_document(self, document_id: int | None) -> None:
        self.document_id = document_id
        if self.scope_box.currentIndex() == SCOPE_DOCUMENT:
            self.reads.drop("search")  # The answer for the document before is of no use.
            self._rerun()

    def search(self, query: str, *, in_document: bool = False) -> None:
        self.query_edit.setText(query)
        self.scope_box.blockSignals(True)
        self.scope_box.setCurrentIndex(SCOPE_DOCUMENT if in_document else SCOPE_ALL)
        self.scope_box.blockSignals(False)
        self.run()

    def run(self) -> None:
        """Search for the query in the background; its answer replaces the results shown."""
        self.typing.stop()
        query = self.query_edit.text().strip()
        if not query:
            self.reads.drop("search")
            self._answered(None)
            return
        in_document = self.in_document
        self.reads.ask(
            "search", lambda library: find(library, query, in_document=in_document), self._answered
        )

    @property
    def searching(self) -> bool:
        """True while the answer to the query asked last is awaited."""
        return self.reads.pending("search")

    def _typed(self) -> None:
        """Each key obsoletes the search under way; a pause in typing starts the next."""
        self.reads.drop("search")
        self.typing.start()

    def _answered(self, found: Found | None) -> None:
        self.results = found.results if found else None
        self._facets = found.facets if found else []
        self._show()
        self.resultsShown.emit()

    def toggle_filter(self, term: str) -> None:
        """Add a facet's filter to the query (or take it out), and search again."""
        self.query_edit.setText(toggle_filter(self.query_edit.text(), term))
        self.run()

    def _rerun(self) -> None:
        if self.query_edit.text().strip():
            self.run()

    @property
    def in_document(self) -> bool:
        return self.scope_box.currentIndex() == SCOPE_DOCUMENT

    def hits(self) -> list[SearchHit]:
        """The hits shown: all of them, or those in the open document."""
        if self.results is None:
            return []
        if self.in_document:
            return [hit for hit in self.results.hits if hit.document_id == self.document_id]
        return list(self.results.hits)

    # Presentation

    def _show(self) -> None:
        """Documents in order of their best hit; within one, hits in page order."""
        self.tree.clear()
        groups: dict[int, list[SearchHit]] = {}
        for hit in self.hits():
            groups.setdefault(hit.document_id, []).append(hit)
        for hits in groups.values():
            group = QTreeWidgetItem([f"{hits[0].title}  ({len(hits)})"])
            group.setToolTip(0, hits[0].title)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            ordered = sorted(hits, key=lambda hit: (hit.page, hit.type is HitType.PAGE))
            group.setData(0, HIT_ROLE, ordered[0])
            group.addChildren([self._hit_item(hit) for hit in ordered])
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
        self._show_summary()
        self._show_facets()

    def _show_facets(self) -> None:
        facets = [] if self.in_document else self.facets()
        self.facet_bar.show_facets(facets, self.results.query if self.results else "")
        self.facet_area.setVisible(bool(facets))
        self._fit_facets()

    def _fit_facets(self) -> None:
        """As tall as the facets need, up to a share of the panel (then they scroll)."""
        wanted = max(self.facet_bar.heightForWidth(self.facet_area.width()), 0)
        self.facet_area.setFixedHeight(min(wanted, round(self.height() * FACET_SHARE)))

    def facets(self) -> list[Facet]:
        """The facets of the hits shown (counted with them, in the background)."""
        return list(self._facets)

    def _hit_item(self, hit: SearchHit) -> QTreeWidgetItem:
        page = self.tr("p. %1").replace("%1", str(hit.page))
        mark = " ✎" if hit.type is HitType.ANNOTATION else ""
        item = QTreeWidgetItem([f"{page}{mark} {hit.snippet.text}"])
        item.setData(0, HIT_ROLE, hit)
        item.setData(0, HTML_ROLE, f"<i>{html.escape(page)}{mark}</i> {snippet_html(hit.snippet)}")
        if hit.type is HitType.ANNOTATION:
            item.setToolTip(0, self.tr("A match in an annotation (its quote or note)"))
        return item

    def _show_summary(self) -> None:
        if self.results is None:
            self.summary.setText("")
            return
        count = len(self.hits())
        if self.in_document:
            text = self.tr("%n result(s) in this document", "", count)
        else:
            text = self.tr("%n result(s)", "", self.results.total)
        self.summary.setText(text)

    def step(self, step: int) -> SearchHit | None:
        """Select the next (+1) or previous (-1) result, wrapping around, and return it."""
        items = self._hit_items()
        if not items:
            return None
        current = self.tree.currentItem()
        index = items.index(current) if current in items else (-1 if step > 0 else 0)
        chosen = items[(index + step) % len(items)]
        self.tree.setCurrentItem(chosen)
        return chosen.data(0, HIT_ROLE)

    def _hit_items(self) -> list[QTreeWidgetItem]:
        groups = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [group.child(i) for group in groups for i in range(group.childCount())]

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.hitActivated.emit(item.data(0, HIT_ROLE))


def attach(context: PanelContext) -> SearchPanel:
    """The search panel, wired to the context: a hit opened, the next or previous one."""
    panel = SearchPanel(context.calls)
    panel.hitActivated.connect(context.open_hit)
    panel.nextHitRequested.connect(lambda: context.hitStepRequested.emit(1))
    panel.previousHitRequested.connect(lambda: context.hitStepRequested.emit(-1))
    context.documentChanged.connect(lambda document: panel.set_document(document and document.id))
    return panel
