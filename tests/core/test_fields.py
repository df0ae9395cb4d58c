"""The registry of document fields: every row is whole, and the program reads it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.core import fields
from reviewer.core.fields import FIELDS, Field, Label, Match, Origin, Place, Value
from reviewer.core.kinds import AMENDEMENT, QUESTION
from reviewer.core.records import Document
from reviewer.legislative.metadata import _DATES
from reviewer.legislative.patterns import Use, rules

README = Path(__file__).resolve().parents[2] / "README.md"


def test_keys_and_query_names_are_unique_even_folded():
    assert len({f.key for f in FIELDS}) == len(FIELDS)
    typed = [fields.fold(name) for f in FIELDS for name in f.query]
    assert len(typed) == len(set(typed))


@pytest.mark.parametrize("row", FIELDS, ids=lambda f: f.key)
def test_every_row_has_both_labels_and_a_place_to_be_used(row: Field):
    assert row.label.fr.strip() and row.label.en.strip()
    used = row.query or row.shown or row.facet
    assert used, f"{row.key} is searched, shown or offered nowhere"
    assert (Place.PROPERTIES in row.shown) == (row.section is not None)


def test_a_query_name_needs_a_way_to_match_it():
    with pytest.raises(ValueError, match="match"):
        Field("number", Label("Numéro", "Number"), query=("number",))


def test_a_typed_field_is_found_by_any_of_its_names_without_case_or_accents():
    assert fields.typed_field("Auteur") is fields.BY_KEY["authors"]
    assert fields.typed_field("MINISTÈRE") is fields.BY_KEY["ministry"]
    assert fields.typed_field("année") is fields.BY_KEY["year"]
    assert fields.typed_field("number") is None  # stated, but not indexed


def test_every_field_the_rules_detect_is_in_the_registry():
    detected = {rule.name for rule in rules(Use.FIELD)}
    assert detected <= fields.BY_KEY.keys()
    assert set(_DATES) == {f.key for f in fields.of_value(Value.DATE)}


def test_a_document_field_reads_its_values_from_the_document():
    metadata = {
        "ministry_asked": "Intérieur et outre-mer",
        "ministry_answering": "Intérieur et outre-mer",
        "authors": ["M. Ugo Bernalicis", " "],
    }
    question = Document(1, "0" * 64, "QE 6750", QUESTION, "", "", "", 2, 100, "", metadata)
    assert fields.document_values(fields.BY_KEY["ministry"], question) == ["Intérieur et outre-mer"]
    assert fields.document_values(fields.BY_KEY["authors"], question) == ["M. Ugo Bernalicis"]
    assert fields.document_values(fields.BY_KEY["kind"], question) == [QUESTION]
    assert fields.document_values(fields.BY_KEY["group"], question) == []
    assert fields.document_values(fields.BY_KEY["tag"], question) == []


def test_a_user_field_reads_the_record_and_names_the_amendments_without_a_value():
    position = fields.BY_KEY["position"]
    amendment = Document(1, "0" * 64, "Amendement n° 3", AMENDEMENT, "", "", "", 1, 10, "")
    assert fields.document_values(position, replace(amendment, position="Sagesse")) == ["Sagesse"]
    assert fields.document_values(position, replace(amendment, position="")) == ["Aucune"]
    assert fields.document_values(position, replace(amendment, kind=QUESTION)) == []


def test_the_readme_names_every_field_a_query_can_use():
    syntax = README.read_text(encoding="utf-8").split("### Search syntax")[1].split("###")[0]
    named = set(re.findall(r"`(\w+):", syntax))
    for row in fields.searchable():
        assert set(row.query) <= named, f"README's search syntax lacks {row.query}"


def test_entry_fields_are_searchable_and_only_document_fields_are_on_pages():
    for row in FIELDS:
        if row.origin is Origin.ENTRY:
            assert row.query
    assert {f.key for f in fields.on_pages()} == {
        "legislature", "authors", "group", "outcome", "ministry", "year", "position",
    }  # fmt: skip
    assert all(f.match is not Match.WORDS for f in fields.on_pages())
