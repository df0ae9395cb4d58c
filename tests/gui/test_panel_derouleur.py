"""The dérouleur in the window, on the Sénat's real PLFSS 2018 amendments bound to a bill:
the amendments in order under their articles, the filters, positions set and undone, the
reader's margin badges, binding from the window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import AMENDMENTS
from PySide6.QtCore import Qt

from reviewer.core.amendments import AmendmentEntry
from reviewer.core.kinds import AMENDEMENT
from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels import derouleur
from reviewer.gui.panels.derouleur_model import NUMBER, OUTCOME, POSITION, Filter
from reviewer.library import Library
from reviewer.samples import bill

SENAT = AMENDMENTS / "senat_jeu_complet_2017-2018_63_plfss2018.csv"


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """A library holding a bill and the 595 Sénat amendments, imported once (slow)."""
    root = tmp_path_factory.mktemp("derouleur") / "library"
    path = root.parent / "pjl.pdf"
    bill(6, articles=12).write(path)
    with Library(root) as library:
        library.import_paths([path, SENAT])
    return root


@pytest.fixture
def window_library(imported: Path, tmp_path: Path):
    copy = tmp_path / "library"
    shutil.copytree(imported, copy)
    with Library(copy) as library:
        yield library


@pytest.fixture
def bill_id(window_library: Library) -> int:
    """The bill, with every amendment bound to it."""
    documents = window_library.documents()
    found = next(d.id for d in documents if d.kind != AMENDEMENT)
    window_library.bind_amendments([d.id for d in documents if d.kind == AMENDEMENT], found)
    return found


def open_panel(qtbot, window: MainWindow, document_id: int):
    panel = window.panels["derouleur"]
    window.open_document(document_id)
    qtbot.waitUntil(lambda: bool(panel.model.entries), timeout=20_000)
    return panel


def shown(panel) -> list[str]:
    """The rows as the user reads them: headers and numbers."""
    model = panel.model
    return [model.index(row, NUMBER).data() for row in range(model.rowCount())]


def test_lists_the_bills_amendments_in_order_under_their_articles(
    qtbot, window, window_library, bill_id
):
    panel = open_panel(qtbot, window, bill_id)
    expected = window_library.amendments(bill_id)
    assert [e.id for e in panel.model.entries] == [e.id for e in expected]
    rows = shown(panel)
    assert rows.index("Article 7") < rows.index("After Article 7 (additional article)")
    first = rows.index("Article 7") + 1
    assert rows[first] == expected[[e.article for e in expected].index("Article 7")].number


def test_filters_by_group_outcome_and_position(qtbot, window, window_library, bill_id):
    panel = open_panel(qtbot, window, bill_id)
    entries = window_library.amendments(bill_id)
    panel.boxes["group"].setCurrentIndex(panel.boxes["group"].findData("groupe CRCE"))
    crce = [e.id for e in entries if e.group == "groupe CRCE"]
    assert panel.model.shown_ids() == crce and crce
    panel.boxes["outcome"].setCurrentIndex(panel.boxes["outcome"].findData("adopté"))
    assert panel.model.shown_ids() == [
        e.id for e in entries if e.group == "groupe CRCE" and e.outcome == "adopté"
    ]
    panel.boxes["group"].setCurrentIndex(0)
    panel.boxes["outcome"].setCurrentIndex(0)
    window_library.set_position(entries[3].id, "Sagesse")
    window.context.flush()
    qtbot.waitUntil(lambda: panel.model.entry(entries[3].id).position == "Sagesse")
    panel.boxes["position"].setCurrentIndex(panel.boxes["position"].findData("Sagesse"))
    assert panel.model.shown_ids() == [entries[3].id]


@pytest.mark.parametrize("attached", [True, False], ids=["on an article", "on none"])
def test_a_position_set_elsewhere_changes_its_row_only(
    qtbot, window, window_library, bill_id, attached
):
    panel = open_panel(qtbot, window, bill_id)
    amendment = next(e.id for e in panel.model.entries if bool(e.article) is attached)
    row = panel.model.row_of(amendment)
    rows_changed = []
    panel.model.dataChanged.connect(
        lambda first, last: rows_changed.append((first.row(), last.row()))
    )
    with qtbot.assertNotEmitted(panel.model.modelReset, wait=500):
        window_library.set_position(amendment, "Favorable", "Bonne mesure")
        window.context.flush()
        qtbot.waitUntil(lambda: bool(rows_changed))
    assert rows_changed == [(row, row)]
    assert panel.model.index(row, POSITION).data() == "Favorable"
    window_library.clear_position(amendment)
    window.context.flush()
    qtbot.waitUntil(lambda: panel.model.entry(amendment).position is None)


def test_labels_edited_in_the_dialog_are_the_librarys_and_offered(
    qtbot, window, window_library, bill_id, monkeypatch
):
    panel = open_panel(qtbot, window, bill_id)

    def typed(dialog) -> bool:
        dialog.edit.setPlainText("Favorable\n  Avis du Gouvernement \nDéfavorable\n\nFavorable")
        return True

    monkeypatch.setattr(derouleur.LabelsDialog, "exec", typed)
    panel.labels_button.click()
    assert window_library.position_labels() == ("Favorable", "Avis du Gouvernement", "Défavorable")
    offered = [panel.position_box.itemText(i) for i in range(panel.position_box.count())]
    assert offered == ["", "Favorable", "Avis du Gouvernement", "Défavorable"]


def test_a_position_chosen_is_stored_and_undo_restores_the_previous_one(
    qtbot, window, window_library, bill_id
):
    panel = open_panel(qtbot, window, bill_id)
    amendment = panel.model.entries[0].id
    window_library.set_position(amendment, "Sagesse", "à voir")
    window.context.flush()  # the row is read again: the panel keeps the argument
    qtbot.waitUntil(lambda: panel.model.entry(amendment).argument == "à voir")
    row = panel.model.row_of(amendment)
    panel.model.setData(panel.model.index(row, POSITION), "Défavorable")
    stored = window_library.position(amendment)
    assert (stored.label, stored.argument) == ("Défavorable", "à voir")
    assert panel.model.index(row, POSITION).data() == "Défavorable"
    window.undo_stack.undo()
    stored = window_library.position(amendment)
    assert (stored.label, stored.argument) == ("Sagesse", "à voir")
    qtbot.waitUntil(lambda: panel.model.entry(amendment).position == "Sagesse")
    window.undo_stack.undo()  # the position set outside the window is not the window's
    assert window_library.position(amendment).label == "Sagesse"


def test_undo_clears_a_first_position_and_the_argument_is_kept(
    qtbot, window, window_library, bill_id
):
    panel = open_panel(qtbot, window, bill_id)
    amendment = panel.model.entries[1]
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(amendment.id), NUMBER))
    panel.argument.setText("Coût non chiffré")
    panel.position_box.setCurrentIndex(panel.position_box.findText("Défavorable"))
    panel.position_box.activated.emit(panel.position_box.currentIndex())
    stored = window_library.position(amendment.id)
    assert (stored.label, stored.argument) == ("Défavorable", "Coût non chiffré")
    window.undo_stack.undo()
    assert window_library.position(amendment.id) is None
    qtbot.waitUntil(lambda: panel.model.entry(amendment.id).position is None)


def test_the_margin_shows_each_articles_count_and_a_click_filters_on_it(
    qtbot, window, window_library, bill_id
):
    panel = open_panel(qtbot, window, bill_id)
    badges = window.view.margin_counts
    article = next(
        s for s in _articles(window_library.structure(bill_id)) if s.label == "Article 7"
    )
    qtbot.waitUntil(lambda: bool(badges.badges_on(article.page)), timeout=20_000)
    [(rect, _label, count)] = [b for b in badges.badges_on(article.page) if b[1] == "Article 7"]
    on_7 = [e for e in window_library.amendments(bill_id) if e.article == "Article 7"]
    assert count == len(on_7) > 40
    assert badges.badge_at(article.page, rect.center().x(), rect.center().y()) == "Article 7"
    assert badges.badge_at(article.page, rect.right() + 40, rect.center().y()) is None
    window.view._click(_point(article.page, rect.center().x(), rect.center().y()))
    assert panel.current_filter() == Filter(article="Article 7")
    assert panel.model.shown_ids() == [e.id for e in on_7]


def test_no_badges_on_an_amendment_and_the_panel_lists_its_bill(
    qtbot, window, window_library, bill_id
):
    amendment = window_library.amendments(bill_id)[0]
    panel = open_panel(qtbot, window, amendment.id)
    assert panel.listing.bill_id == bill_id
    assert window.view.margin_counts._counts == {}


def test_double_click_opens_the_amendment(qtbot, window, window_library, bill_id):
    panel = open_panel(qtbot, window, bill_id)
    entry = panel.model.entries[5]
    index = panel.model.index(panel.model.row_of(entry.id), OUTCOME)
    panel.view.doubleClicked.emit(index)
    assert window.document.id == entry.id


def test_attach_to_a_text_binds_the_open_amendments_text(
    qtbot, window, window_library, monkeypatch
):
    documents = window_library.documents()
    the_bill = next(d.id for d in documents if d.kind != AMENDEMENT)
    amendment = next(d.id for d in documents if d.kind == AMENDEMENT)
    panel = window.panels["derouleur"]
    window.open_document(amendment)
    qtbot.waitUntil(lambda: bool(panel.listing.unbound), timeout=20_000)
    assert panel.bind_button.isEnabled()
    assert len(panel.model.entries) == 595  # listed, to be bound
    monkeypatch.setattr(derouleur, "choose_bill", lambda _parent, bills: the_bill)
    panel.bind_button.click()
    assert len(window_library.amendments(the_bill)) == len(panel.listing.unbound) == 595
    qtbot.waitUntil(lambda: panel.listing.bill_id == the_bill, timeout=20_000)


def _articles(sections):
    for section in sections:
        if section.kind == "article":
            yield section
        yield from _articles(section.children)


def _point(page: int, x: float, y: float):
    from reviewer.gui.view.selection import PagePoint

    return PagePoint(page, x, y)


def test_identical_amendments_share_a_tint_and_sub_amendments_are_indented(qapp):
    from reviewer.gui.panels.derouleur_model import AmendmentModel

    model = AmendmentModel()
    model.show(
        [
            _entry(1, "12"),
            _entry(2, "13", same="g"),
            _entry(3, "14", same="g"),
            _entry(4, "14-1", parent="14"),
        ]
    )
    numbers = [model.index(row, NUMBER).data() for row in range(model.rowCount())]
    assert numbers == ["Article 7", "12", "≡ 13", "≡ 14", "    ↳ 14-1"]
    tint = Qt.ItemDataRole.BackgroundRole
    assert model.index(2, NUMBER).data(tint) is not None
    assert model.index(1, NUMBER).data(tint) is None


def _entry(document_id: int, number: str, *, same: str = "", parent: str = "") -> AmendmentEntry:
    return AmendmentEntry(
        id=document_id,
        chamber="Sénat",
        number=number,
        text_ref="Sénat 2017-2018 63",
        division="Article 7",
        placement="à",
        alinea="",
        authors=("M. X",),
        group="",
        date="",
        state="",
        outcome="",
        parent=parent,
        identical_group=same,
        order=None,
        bill_id=1,
        article="Article 7",
        position=None,
        argument="",
    )
