"""Facets of the search results over the shared corpus: counted, shown, and one click filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton

from reviewer.core.fields import Field, Origin, document_values
from reviewer.core.records import HitType, SearchHit
from reviewer.gui.facets import FACETS, filter_term, has_filter, toggle_filter
from reviewer.gui.main_window import MainWindow
from reviewer.library import Library

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
QUESTIONS = 'kind:"question écrite"'


@pytest.fixture
def window_library(corpus: Library) -> Library:
    return corpus


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.docks["search"].raise_()
    return window


def chip(window: MainWindow, term: str) -> QToolButton:
    return next(c for c in window.search_panel.facet_bar.chips() if c.property("term") == term)


def facet_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        facet.spec.key: [f"{v.value} ({v.count})" for v in facet.values]
        for facet in window.search_panel.facets()
    }


def kinds_of_results(window: MainWindow, corpus: Library) -> set[str]:
    return {corpus.document(hit.document_id).kind for hit in window.search_panel.hits()}


def test_facets_count_the_documents_of_the_results(searched, window):
    searched(window.search_panel, "vidéosurveillance")
    facets = facet_texts(window)
    assert facets["kind"] == [
        "question écrite (2)",
        "amendement (1)",
        "other (1)",
        "pétition (1)",
    ]
    assert facets["legislature"] == ["16 (1)", "17 (1)"]
    assert facets["year"] == ["2023 (1)", "2025 (1)"]
    assert "M. Ugo Bernalicis (1)" in facets["authors"]
    assert "LFI-NFP (1)" in facets["group"]
    assert "Europe et affaires étrangères (1)" in facets["ministry"]
    assert chip(window, QUESTIONS).text() == "Written question (2)"  # kinds by their label


def test_clicking_a_facet_filters_the_query_and_clicking_again_removes_it(
    searched, qtbot, window, corpus
):
    search = window.search_panel
    searched(search, "vidéosurveillance")
    assert len(kinds_of_results(window, corpus)) == 4

    with qtbot.waitSignal(window.search_panel.resultsShown):
        qtbot.mouseClick(chip(window, QUESTIONS), Qt.MouseButton.LeftButton)
    assert search.query_edit.text() == f"vidéosurveillance {QUESTIONS}"
    assert kinds_of_results(window, corpus) == {"question écrite"}
    assert chip(window, QUESTIONS).isChecked()

    with qtbot.waitSignal(window.search_panel.resultsShown):
        qtbot.mouseClick(chip(window, "legislature:17"), Qt.MouseButton.LeftButton)
    assert {hit.document_id for hit in search.hits()} == {
        d.id for d in corpus.documents() if d.metadata.get("legislature") == "17"
    }
    with qtbot.waitSignal(window.search_panel.resultsShown):
        qtbot.mouseClick(chip(window, QUESTIONS), Qt.MouseButton.LeftButton)
    assert search.query_edit.text() == "vidéosurveillance legislature:17"
    assert not any(c.isChecked() for c in search.facet_bar.chips() if "kind:" in c.property("term"))


def test_a_tag_facet_comes_from_the_matching_annotations(searched, qtbot, window, corpus):
    question = next(d for d in corpus.documents() if d.metadata.get("number") == "6750")
    corpus.annotate(question.id, "vidéosurveillance algorithmique", tags=["à vérifier"])
    searched(window.search_panel, "vidéosurveillance")
    assert facet_texts(window)["tag"] == ["à vérifier (1)"]
    with qtbot.waitSignal(window.search_panel.resultsShown):
        qtbot.mouseClick(chip(window, 'tag:"à vérifier"'), Qt.MouseButton.LeftButton)
    [hit] = window.search_panel.hits()
    assert hit.type is HitType.ANNOTATION and hit.document_id == question.id


def test_every_facet_value_filters_the_results_to_the_documents_that_have_it(
    searched, window, corpus
):
    question = next(d for d in corpus.documents() if d.metadata.get("number") == "6750")
    corpus.annotate(question.id, "vidéosurveillance algorithmique", tags=["à vérifier"])
    search = window.search_panel
    searched(search, "vidéosurveillance")
    facets = search.facets()
    # Only the chambers' open data state an outcome: no document of the corpus has one.
    assert {facet.spec.key for facet in facets} == {spec.key for spec in FACETS} - {"outcome"}
    for facet in facets:
        for value in facet.values:
            searched(search, f"vidéosurveillance {value.term}")
            hits = search.hits()
            assert len({hit.document_id for hit in hits}) == value.count, value.term
            for hit in hits:
                assert value.value in facet_values(facet.spec, hit, corpus), value.term


def facet_values(spec: Field, hit: SearchHit, corpus: Library) -> list[str]:
    if spec.origin is Origin.ENTRY:  # Tags: those of the annotation found.
        assert hit.annotation_id is not None
        return list(corpus.annotation(hit.annotation_id).tags)
    return document_values(spec, corpus.document(hit.document_id))


def test_the_facets_are_titled_by_their_field_in_the_interface_language(searched, qtbot, window):
    searched(window.search_panel, "vidéosurveillance")
    titles = lambda: [  # noqa: E731
        label.text() for label in window.search_panel.facet_bar.findChildren(QLabel)
    ]
    assert "Kind:" in titles() and "Political group:" in titles()
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: "Nature\u00a0:" in titles())
        assert "Groupe politique\u00a0:" in titles()
        assert chip(window, QUESTIONS).text() == "Question écrite (2)"
    finally:
        window.set_language("en")


def test_facets_are_hidden_without_results_and_in_one_document(searched, window):
    search = window.search_panel
    searched(search, "mot-introuvable-xyz")
    assert search.facet_area.isHidden()
    window.open_document(window.panels["library"].visible_documents()[0].id)
    searched(search, "vidéosurveillance", in_document=True)
    assert search.facet_area.isHidden()


def test_facet_filters_are_added_to_the_query_and_taken_out():
    assert filter_term("kind", "amendement") == "kind:amendement"
    assert filter_term("tag", "coût global") == 'tag:"coût global"'
    assert filter_term("group", "LFI-NFP") == "group:LFI-NFP"
    assert filter_term("group", "Socialistes et apparentés") == 'group:"Socialistes et apparentés"'
    assert toggle_filter("vsa", "year:2024") == "vsa year:2024"
    assert toggle_filter("vsa year:2024 cnil", "year:2024") == "vsa cnil"
    assert not has_filter("vsa year:20245", "year:2024")


def test_screenshot_of_the_search_panel_with_facets(searched, qtbot, window):
    searched(window.search_panel, "reconnaissance faciale")
    qtbot.wait(100)
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.docks["search"].grab().save(str(ARTIFACTS / "search-facets.png"))
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.docks["search"].windowTitle() == "Recherche")
        assert chip(window, QUESTIONS).text() == "Question écrite (2)"
        qtbot.wait(50)  # The new chips are shown by a queued call.
        assert window.docks["search"].grab().save(str(ARTIFACTS / "search-facets-fr.png"))
    finally:
        window.set_language("en")
