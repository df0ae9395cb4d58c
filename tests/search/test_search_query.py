"""The query language: what parses, and a clear error for everything else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.errors import QuerySyntaxError
from reviewer.search import KNOWN_FIELDS, parse_query
from reviewer.search.schema import build_schema

SCHEMA = build_schema()


def parse(text: str) -> object:
    return parse_query(text, SCHEMA)


def kind(text: str) -> str:
    """The kind of query (the Whoosh class name): tests stay free of Whoosh."""
    return type(parse(text)).__name__


def error(text: str) -> str:
    with pytest.raises(QuerySyntaxError) as raised:
        parse(text)
    return str(raised.value)


def test_unknown_field_names_the_known_ones():
    message = error("foo:bar")
    assert "foo" in message
    assert all(field in message for field in KNOWN_FIELDS)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"projet de loi', "quote"),
        ("« projet de loi", "quote"),
        ("projet » loi", "quote"),
        ("(vsa OR cnil", "("),
        ("vsa OR cnil)", ")"),
        ("()", "empty"),
        ("de la les", "common words"),
        ("AND", "AND"),
        ("OR", "OR"),
        ("NOT", "NOT"),
        ("ET", "ET"),
        ("OU", "OU"),
        ("SAUF", "SAUF"),
        ("vsa AND", "AND"),
        ("OR vsa", "OR"),
        ("vsa AND OR cnil", "AND"),
        ("title: loi", "title:"),
        ("page:abc", "page"),
        ("type:document", "type:"),
        ("su*", "3 letters"),
        ("*", "3 letters"),
        ("vid*o", "final *"),
        ("(" * 40 + "vsa" + ")" * 40, "nests"),
        ("NOT " * 40 + "vsa", "nests"),
    ],
)
def test_what_cannot_be_understood_is_explained(query, says):
    assert says.lower() in error(query).lower()


def test_words_are_all_required():
    assert kind("vidéosurveillance algorithmique") == "And"


@pytest.mark.parametrize("operator", ["OR", "OU"])
def test_or_in_english_and_french(operator):
    assert kind(f"vsa {operator} cnil") == "Or"


@pytest.mark.parametrize("operator", ["NOT", "SAUF"])
def test_not_in_english_and_french(operator):
    assert kind(f"vsa {operator} cnil") == "AndNot"


def test_operators_are_uppercase_only():
    # "ou" and "et" are French stop words, "or" a word (gold): none is an operator.
    assert parse("vsa ou cnil") == parse("vsa cnil")
    assert parse("vsa et cnil") == parse("vsa AND cnil")


def test_a_phrase_keeps_its_order():
    assert "FastPhrase" in repr(parse('"projet de loi"'))
    assert parse('"projet de loi"') != parse('"loi de projet"')
    assert parse("« projet de loi »") == parse('"projet de loi"')


def test_parentheses_group():
    assert parse("(vsa OR cnil) loi") != parse("vsa OR cnil loi")


@pytest.mark.parametrize(
    "query",
    [
        "title:loi",
        "titre:loi",
        "tag:coût",
        'tag:"à vérifier"',
        "kind:question",
        "type:page",
        "type:annotation",
        "note:élus",
        "author:dupont",
        "legislature:16",
        "year:2024",
        "page:3",
        "page:3-5",
        "color:yellow",
        "title:(loi OR décret)",
        'title:"projet de loi"',
        "tag:cout*",
    ],
)
def test_field_filters_parse(query):
    assert parse(query) is not None


def test_a_url_is_not_a_field():
    assert parse("https://www.cnil.fr") is not None


def test_a_colon_followed_by_a_space_is_punctuation():
    assert parse("Remarque: vidéosurveillance") == parse("remarque vidéosurveillance")


@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_any_text_is_a_query_or_a_syntax_error(text):
    try:
        assert parse(text) is not None
    except QuerySyntaxError as raised:
        assert str(raised)


@given(
    st.lists(
        st.sampled_from(
            ["vsa", "élus", "AND", "OR", "NOT", "SAUF", "(", ")", '"', "title:", "tag:", "de", "*"]
        ),
        max_size=12,
    ).map(" ".join)
)
@settings(max_examples=300, deadline=None)
def test_any_arrangement_of_query_syntax_is_a_query_or_a_syntax_error(text):
    try:
        assert parse(text) is not None
    except QuerySyntaxError as raised:
        assert str(raised)
