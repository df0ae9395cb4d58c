"""W3C Web Annotations: what we write validates against the W3C suite; what we read is safe."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.amendments import Position
from reviewer.core.errors import ReviewerError
from reviewer.core.records import Anchor, Annotation, PageRect, Rect, TextPosition, TextQuote
from reviewer.export.interchange import Decision, copy_share, decide, find_quote
from reviewer.export.w3c import PositionOut, from_w3c, parse_w3c, to_w3c
from reviewer.pdf.annotations import text_print

SHA = "ab" * 32
PASSAGE = Annotation(
    id="6f1c2a3e-1111-4222-8333-444455556666",
    document_id=1,
    anchor=Anchor(
        3,
        (PageRect(3, Rect(56, 100, 200, 112)),),
        TextQuote("reconnaissance faciale", "Le recours à la ", " est interdit"),
        TextPosition(1200, 1222),
    ),
    color="#e57373",
    note="Point central : voir l'avis de la CNIL.",
    tags=("VSA", "CNIL"),
    author="Léa Martin",
    created="2026-11-20T09:00:00.000Z",
    updated="2026-11-21T10:30:00.000Z",
)
PAGE_NOTE = Annotation(
    id="7f1c2a3e-1111-4222-8333-444455556666",
    document_id=1,
    anchor=Anchor(2, (), TextQuote(""), TextPosition(900, 900)),
    color="#ffd54f",
    note="Page à relire",
    tags=(),
    author="",
    created="2026-11-20T09:00:00.000Z",
    updated="2026-11-20T09:00:00.000Z",
    deleted="2026-11-22T08:00:00.000Z",
    target="page",
)
DOCUMENT_NOTE = Annotation(
    **{**PAGE_NOTE.__dict__, "id": "8f1c2a3e-1111-4222-8333-444455556666", "target": "document"}
)
OPTIONAL_RULES = (
    "annotations/specificResource/4.2.1-fragmentSelector.json",
    "annotations/specificResource/4.2.1-conformsTo.json",
    "annotations/specificResource/4.2.4-textQuoteSelector.json",
    "annotations/specificResource/4.2.4-prefix.json",
    "annotations/specificResource/4.2.4-suffix.json",
    "annotations/specificResource/4.2.5-textPositionSelector.json",
    "annotations/specificResource/4.4-styleClass.json",
    "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
    "annotations/3.3.1-annotationCreatedImplemented.json",
    "annotations/3.3.1-annotationModifiedImplemented.json",
    "annotations/3.3.1-annotationSingleCreatorImplemented.json",
    "annotations/3.3.5-annotationMotivationImplemented.json",
    "annotations/4.4-annotationStylesheetImplemented.json",
)


def exported(*annotations: Annotation) -> dict:
    return to_w3c([(a, SHA) for a in annotations], label="test")


def test_the_validator_accepts_the_suites_correct_samples_and_rejects_the_others(
    w3c_dir: Path, w3c_failures
):
    for path in sorted((w3c_dir / "samples" / "correct").glob("anno*.json")):
        if path.stem not in {"anno11", "anno12", "anno13"}:  # targets dropped from the standard
            assert w3c_failures(json.loads(path.read_text()), "annotationMusts.test") == [], path
    for path in sorted((w3c_dir / "samples" / "incorrect").glob("anno*.json")):
        try:
            sample = json.loads(path.read_text())
        except ValueError:
            continue
        assert w3c_failures(sample, "annotationMusts.test"), path


def test_every_exported_annotation_satisfies_the_musts_and_our_optionals(w3c_failures, w3c_dir):
    collection = exported(PASSAGE, PAGE_NOTE, DOCUMENT_NOTE)
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 3
    for item in collection["first"]["items"]:
        assert w3c_failures(item, "annotationMusts.test") == []
    highlight = collection["first"]["items"][0]
    optionals = json.loads((w3c_dir / "annotations" / "annotationOptionals.test").read_text())
    broken = set(w3c_failures(highlight, "annotationOptionals.test"))
    assert set(OPTIONAL_RULES) <= set(optionals["assertions"])
    assert broken.isdisjoint(OPTIONAL_RULES)


def test_the_shape_of_an_exported_highlight():
    highlight, page_note, document_note = exported(PASSAGE, PAGE_NOTE, DOCUMENT_NOTE)["first"][
        "items"
    ]
    assert highlight["id"] == f"urn:uuid:{PASSAGE.id}"
    assert highlight["target"]["source"] == f"urn:sha256:{SHA}"
    page, quote, position = highlight["target"]["selector"]
    assert page == {
        "type": "FragmentSelector",
        "conformsTo": "http://tools.ietf.org/rfc/rfc8118",
        "value": "page=3",
    }
    assert quote["exact"] == "reconnaissance faciale" and quote["prefix"] == "Le recours à la "
    assert (position["start"], position["end"]) == (1200, 1222)
    assert [(b["purpose"], b["value"]) for b in highlight["body"]] == [
        ("commenting", PASSAGE.note),
        ("tagging", "VSA"),
        ("tagging", "CNIL"),
    ]
    assert highlight["creator"]["name"] == "Léa Martin" and "deleted" not in highlight
    assert page_note["deleted"] == PAGE_NOTE.deleted and page_note["motivation"] == "commenting"
    assert document_note["target"] == f"urn:sha256:{SHA}"


def test_what_we_write_reads_back_the_same():
    text = json.dumps(exported(PASSAGE, PAGE_NOTE, DOCUMENT_NOTE))
    passage, page_note, document_note = from_w3c(text)
    assert (passage.id, passage.sha256, passage.target, passage.page) == (
        PASSAGE.id,
        SHA,
        "passage",
        3,
    )
    assert passage.quote == PASSAGE.anchor.quote and passage.position == PASSAGE.anchor.position
    assert (passage.color, passage.note, passage.tags) == ("#e57373", PASSAGE.note, PASSAGE.tags)
    assert (passage.author, passage.created, passage.updated) == (
        "Léa Martin",
        PASSAGE.created,
        PASSAGE.updated,
    )
    assert (page_note.target, page_note.page, page_note.deleted) == ("page", 2, PAGE_NOTE.deleted)
    assert document_note.target == "document"


def test_foreign_annotations_are_read_with_stable_ids_and_normalised_dates(w3c_dir: Path):
    sample = json.loads((w3c_dir / "samples" / "correct" / "anno1.json").read_text())
    sample["created"] = "2015-01-28T12:00:00+01:00"
    [read] = from_w3c(json.dumps(sample))
    assert read.created == "2015-01-28T11:00:00.000Z" and read.source == "http://example.com/page1"
    assert read.sha256 is None and from_w3c(json.dumps(sample))[0].id == read.id


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a JSON file"),
        ('{"type": "Annotation", "id": "\\ud800"}', "not text"),
        ("42", "expected an object or a list"),
        ('{"type": "Thing"}', "no Annotation"),
        ('[{"type": "Annotation", "id": "urn:x"}]', "annotation 1 of the file: it has no target"),
        ('[{"type": "Annotation", "target": "urn:x"}]', "its id is missing"),
        (
            '{"type": "Annotation", "id": "urn:a", "target": "urn:x", "created": "yesterday"}',
            "not ISO 8601",
        ),
        (
            '{"type": "Annotation", "id": "urn:a", "target": {"source": "urn:x", "selector": '
            '{"type": "TextPositionSelector", "start": 9, "end": 2}}}',
            "runs backwards",
        ),
    ],
)
def test_malformed_files_get_a_clear_message(content: str, message: str):
    with pytest.raises(ReviewerError, match=message):
        from_w3c(content)


KEYS = [
    "type",
    "id",
    "target",
    "source",
    "selector",
    "body",
    "value",
    "purpose",
    "exact",
    "start",
    "end",
    "created",
    "modified",
    "deleted",
    "creator",
    "items",
    "first",
    "stylesheet",
    "styleClass",
    "refinedBy",
    "prefix",
    "suffix",
    "bodyValue",
    "name",
]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=30,
)
TYPES = st.sampled_from(
    ["Annotation", "AnnotationPage", "AnnotationCollection", "TextQuoteSelector",
     "TextPositionSelector", "FragmentSelector", "TextualBody"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(JSON, st.dictionaries(st.just("type") | st.text(max_size=6), TYPES | JSON)))
def test_any_json_gives_annotations_or_a_reviewer_error(data: object):
    try:
        result = from_w3c(json.dumps(data))
    except ReviewerError:
        return
    assert isinstance(result, list)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_any_bytes_give_annotations_or_a_reviewer_error(raw: bytes | str):
    with contextlib.suppress(ReviewerError):
        from_w3c(raw)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Annotation", "target", "selector", "exact", "start"]), max_size=3)
)
def test_mutated_exports_give_annotations_or_a_reviewer_error(path: list[str]):
    data = exported(PASSAGE)["first"]["items"][0]
    node: object = data
    for key in path:
        if isinstance(node, dict) and key in node:
            node[key] = [node[key], 7]
            node = node[key][0]
    with contextlib.suppress(ReviewerError):
        from_w3c(json.dumps(data))


def test_merge_decisions_keep_the_newest_and_ties_change_nothing():
    later, earlier = "2027-01-01T00:00:00.000Z", "2020-01-01T00:00:00.000Z"
    on = PASSAGE.document_id
    assert decide(PASSAGE.updated, None, None, on) is Decision.ADD
    assert decide(PASSAGE.updated, None, PASSAGE, on) is Decision.KEEP
    assert decide(later, None, PASSAGE, on) is Decision.UPDATE
    assert decide(later, later, PASSAGE, on) is Decision.DELETE
    assert decide(earlier, earlier, PASSAGE, on) is Decision.KEEP


def test_an_id_of_another_documents_annotation_is_a_conflict_whatever_the_dates():
    for deleted in (None, "2027-01-01T00:00:00.000Z"):
        for updated in ("2027-01-01T00:00:00.000Z", "2020-01-01T00:00:00.000Z"):
            assert decide(updated, deleted, PASSAGE, PASSAGE.document_id + 1) is Decision.CONFLICT


def test_a_copy_is_told_by_its_pages_text():
    assert copy_share(["a", "b", "", "d"], ["a", "b", "", "x"]) == 2 / 3
    assert copy_share(["a"], ["a", "b"]) == 0.0  # another page count
    assert copy_share(["", ""], ["", ""]) == 1.0  # scans: nothing to tell them apart
    assert text_print("Article 1er\n — La CNIL") == text_print("article 1er la  CNIL.")
    assert text_print("Article 2") != text_print("Article 1") and text_print(" \n") == ""


def test_a_quote_is_found_at_its_position_or_by_its_context():
    text = "la CNIL dit. Puis la CNIL redit."
    second = TextQuote("CNIL", "Puis la ", " redit")
    assert find_quote(text, second, TextPosition(21, 25)) == (21, 25)
    assert find_quote(text, second, TextPosition(0, 4)) == (21, 25)
    assert find_quote(text, TextQuote("CNIL"), None) == (3, 7)
    assert find_quote(text, TextQuote("Cour des comptes"), None) is None


# --- Positions on amendments (the reviewer:position extension) ------------------------------

GIVEN = Position(7, "Défavorable", "Coût non chiffré", "2026-12-01T10:00:00.000Z")
CLEARED = Position(8, "", "", "2026-12-02T11:00:00.000Z")
KEY = "Sénat 2017-2018 63#3"


def with_positions() -> dict:
    return to_w3c(
        [(PASSAGE, SHA)],
        label="test",
        positions=[PositionOut(GIVEN, SHA, KEY), PositionOut(CLEARED, "cd" * 32)],
    )


def test_positions_travel_beside_the_annotations_which_stay_valid(w3c_failures):
    collection = with_positions()
    assert collection["@context"][1]["positions"]["@id"] == "reviewer:position"
    assert collection["total"] == 1  # positions are not annotations
    assert w3c_failures(collection["first"]["items"][0], "annotationMusts.test") == []
    given, cleared = collection["positions"]
    assert given == {
        "target": {"source": f"urn:sha256:{SHA}", "amendment": KEY},
        "label": "Défavorable",
        "argument": "Coût non chiffré",
        "modified": GIVEN.modified,
    }
    assert cleared == {
        "target": {"source": f"urn:sha256:{'cd' * 32}"},
        "modified": CLEARED.modified,
        "deleted": CLEARED.modified,
    }
    assert "positions" not in exported(PASSAGE)  # none to carry: the file is as before


def test_positions_read_back_the_same():
    read = parse_w3c(json.dumps(with_positions()))
    assert [a.id for a in read.annotations] == [PASSAGE.id]
    given, cleared = read.positions
    assert (given.sha256, given.amendment, given.label, given.argument, given.modified) == (
        SHA, KEY, "Défavorable", "Coût non chiffré", GIVEN.modified)  # fmt: skip
    assert (cleared.sha256, cleared.amendment, cleared.label) == ("cd" * 32, "", "")
    assert cleared.modified == CLEARED.modified
    assert parse_w3c(json.dumps(exported(PASSAGE))).positions == []


@pytest.mark.parametrize(
    ("positions", "message"),
    [
        ([{"target": {"source": "urn:sha256:ab"}}], "position 1 of the file: its label"),
        ([{"label": "Favorable"}], "position 1 of the file: not an object with a target"),
        ([{"target": {"source": "x"}, "label": "F", "modified": "hier"}], "not ISO 8601"),
        ({"label": "Favorable"}, "its positions are not a list"),
    ],
)
def test_malformed_positions_get_a_clear_message(positions: object, message: str):
    data = with_positions()
    data["positions"] = positions
    with pytest.raises(ReviewerError, match=message):
        parse_w3c(json.dumps(data))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_any_positions_give_positions_or_a_reviewer_error(data: object):
    collection = {"type": "AnnotationCollection", "total": 0, "positions": data}
    with contextlib.suppress(ReviewerError):
        assert isinstance(parse_w3c(json.dumps(collection)).positions, list)
