"""The demo library in the window: its documents, annotations, tags and search results."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from reviewer.core.records import HitType
from reviewer.gui.i18n import Languages
from reviewer.gui.main_window import MainWindow
from reviewer.gui.panels.search_panel import HIT_ROLE, HTML_ROLE
from reviewer.library import Library, ensure_demo_library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BILL = "Proposition de loi visant à interdire la reconnaissance faciale dans l'espace public"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_demo_library(tmp_path_factory.mktemp("demo-template") / "demo")


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Library]:
    """A fresh copy per test: the tests change it."""
    folder = shutil.copytree(demo_template, tmp_path / "demo")
    with Library(folder) as library:
        yield library


@pytest.fixture
def window(qtbot, demo: Library, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(demo, settings=settings, languages=Languages(QApplication.instance()))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def bill_id(library: Library) -> int:
    return next(d.id for d in library.documents() if d.title == BILL)


def test_the_panels_list_the_documents_and_annotations(qtbot, window, demo):
    panel = window.panels["library"]
    assert len(demo.documents()) == 4
    qtbot.waitUntil(lambda: len(panel.visible_documents()) == 4)  # read in the background
    panel.filter_edit.setText("amendement")
    assert {d.title[:15] for d in panel.visible_documents()} == {"Amendement n° 2"}
    panel.filter_edit.clear()
    with qtbot.waitSignal(panel.listed):
        panel.tag_box.setCurrentIndex(panel.tag_box.findData("structure"))
    assert [d.title for d in panel.visible_documents()] == [BILL]
    with qtbot.waitSignal(panel.listed):
        panel.tag_box.setCurrentIndex(0)
    panel.sort_box.setCurrentIndex(1)  # by date added, newest first
    assert [d.id for d in panel.visible_documents()] == sorted(
        (d.id for d in demo.documents()), reverse=True
    )

    window.open_document(bill_id(demo))
    listed = window.annotation_panel.annotations()
    assert len(listed) == 4
    assert [a.page for a in listed] == sorted(a.page for a in listed)  # reading order
    assert listed[0].quote == "reconnaissance faciale"
    shown = [window.annotation_panel.list.item(i).text() for i in range(4)]
    assert any("#CNIL" in text and "Vérifier l'avis de la CNIL." in text for text in shown)
    qtbot.waitUntil(lambda: bool(window.panels["outline"].headings()))  # the bill has articles


def test_the_demo_amendments_are_on_the_bill_one_with_a_position(demo):
    entries = demo.amendments(bill_id(demo))
    assert [(e.number, e.article) for e in entries] == [
        ("2168", "Article 2"),
        ("2293", "Article 7"),
    ]
    assert [e.position for e in entries].count("Défavorable") == 1


def test_annotation_filters_and_jump(qtbot, window, demo):
    window.open_document(bill_id(demo))
    panel = window.annotation_panel
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("coût"))
    [cost] = panel.visible_annotations()
    assert cost.quote == "euros"
    panel.tag_box.setCurrentIndex(0)
    panel.color_box.setCurrentIndex(panel.color_box.findData(cost.color))
    assert [a.id for a in panel.visible_annotations()] == [cost.id]
    qtbot.mouseClick(
        panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.list.visualItemRect(panel.list.item(0)).center(),
    )
    assert window.current_annotation == cost.id
    qtbot.waitUntil(lambda: window.view.current_page() == cost.page)


def test_search_opens_the_result_at_its_page(qtbot, window, demo):
    search = window.search_panel
    window.action_set["find"].trigger()
    assert window.docks["search"].isVisible()
    search.query_edit.setText("CNIL")
    with qtbot.waitSignal(search.resultsShown):
        search.run()
    groups = [search.tree.topLevelItem(i) for i in range(search.tree.topLevelItemCount())]
    assert len(groups) == len(search.results.by_document()) > 1
    assert any(BILL in group.text(0) for group in groups)
    bill_group = next(group for group in groups if BILL in group.text(0))
    hits = [bill_group.child(i) for i in range(bill_group.childCount())]
    assert all("<b>CNIL</b>" in item.data(0, HTML_ROLE) for item in hits)

    page_hit = next(item for item in hits if item.data(0, HIT_ROLE).type is HitType.PAGE)
    wanted = page_hit.data(0, HIT_ROLE).page
    search.tree.setCurrentItem(page_hit)
    search.tree.itemActivated.emit(page_hit, 0)
    assert window.document is not None and window.document.title == BILL
    qtbot.waitUntil(lambda: window.view.current_page() == wanted)

    note_hit = next(item for item in hits if item.data(0, HIT_ROLE).type is HitType.ANNOTATION)
    search.tree.itemActivated.emit(note_hit, 0)
    assert window.current_annotation == note_hit.data(0, HIT_ROLE).annotation_id


def test_find_in_document_steps_through_its_pages(searched, qtbot, window, demo):
    window.open_document(bill_id(demo))
    searched(window.search_panel, "données", in_document=True)
    pages = [hit.page for hit in window.search_panel.hits()]
    assert pages and {hit.document_id for hit in window.search_panel.hits()} == {bill_id(demo)}
    window.step_hit(1)
    first = window.view.current_page()
    assert first in pages
    window.step_hit(1)
    window.step_hit(-1)
    qtbot.waitUntil(lambda: window.view.current_page() == first)


def test_screenshot_of_the_demo(searched, qtbot, window, demo):
    window.open_document(bill_id(demo))
    qtbot.waitUntil(lambda: 1 in window.view.rendered_pages(), timeout=5000)
    window.select_annotation(window.annotation_panel.annotations()[1].id)
    qtbot.wait(300)
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "window-demo.png"))
    searched(window.search_panel, "reconnaissance faciale")
    window.docks["search"].raise_()
    qtbot.wait(100)
    assert window.grab().save(str(ARTIFACTS / "window-demo-search.png"))
