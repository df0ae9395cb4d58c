"""The table of kinds: one row per kind, every name a user types leads to one stored key."""

from __future__ import annotations

import pytest

from reviewer.core import kinds
from reviewer.core.fields import fold
from reviewer.core.kinds import (
    AMENDEMENT,
    KINDS,
    OTHER,
    PROJET,
    PROJET_AMENDEMENT,
    QUESTION,
    TABLE,
    Kind,
)
from reviewer.legislative.patterns import Use, rules


def test_no_name_leads_to_two_kinds():
    names = [name for kind in TABLE for name in kind.names]
    assert len(names) == len(set(names))
    assert len(KINDS) == len(set(KINDS))


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("question", QUESTION),
        ("Question écrite", QUESTION),
        ("question ecrite", QUESTION),
        ("written question", QUESTION),
        ("QE", QUESTION),
        ("amendement", AMENDEMENT),
        ("amendment", AMENDEMENT),
        ("Amendements", AMENDEMENT),
        ("pjl", PROJET),
        ("Government bill", PROJET),
        ("proposition", "proposition de loi"),
        ("petition", "pétition"),
        ("compte-rendu", "compte rendu"),
        ("autre", OTHER),
        ("projet d'amendement", PROJET_AMENDEMENT),
        ("Draft amendments", PROJET_AMENDEMENT),
    ],
)
def test_a_kind_is_found_by_its_key_its_labels_and_its_short_names(typed: str, key: str):
    assert kinds.kind_key(typed) == key


def test_an_unknown_name_is_no_kind():
    assert kinds.kind_key("roman") is None
    assert kinds.kind_key("projet") is None  # left free for « projet d'amendement »


@pytest.mark.parametrize("row", TABLE, ids=lambda k: k.key)
def test_every_kind_has_its_labels_in_both_languages(row: Kind):
    for label in (row.one, row.many):
        assert label.fr.strip() and label.en.strip()
    assert fold(row.key) in row.names


def test_labels_follow_the_language_and_unknown_kinds_show_as_stored():
    assert kinds.label(QUESTION, "fr") == "Question écrite"
    assert kinds.label(QUESTION, "en") == "Written question"
    assert kinds.label("roman", "en") == "roman"
    assert TABLE[-1].report_label("fr") == "Autre document"
    assert kinds.BY_KEY[AMENDEMENT].report_label("en") == "Amendment"


def test_the_library_lists_amendments_first_and_reports_list_bills_first():
    assert KINDS[0] == AMENDEMENT and KINDS[-1] == OTHER
    assert sorted(KINDS, key=kinds.library_order) == list(KINDS)
    by_report = sorted(KINDS, key=kinds.report_order)
    assert by_report[:2] == [PROJET, "proposition de loi"]
    assert by_report[-1] == OTHER
    assert kinds.report_order("roman") == kinds.report_order(OTHER)


def test_the_detection_rules_and_the_table_name_the_same_kinds():
    detected = {rule.name for rule in rules(Use.KIND)}
    assert detected == set(KINDS)
