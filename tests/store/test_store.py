"""The store keeps documents, annotations, tags and the index queue exactly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.core.amendments import Position
from reviewer.core.kinds import AMENDEMENT
from reviewer.core.records import Anchor, Annotation, Page, PageRect, Rect, TextPosition, TextQuote
from reviewer.store import Store


@pytest.fixture
def store(tmp_path: Path):
    opened = Store(tmp_path / "library.db")
    yield opened
    opened.close()


def add_document(store: Store) -> int:
    row = {
        "sha256": "f" * 64,
        "title": "Question écrite n° 6750",
        "source": "/q.pdf",
        "file_path": "files/q.pdf",
        "pdf_path": "files/q.pdf",
        "page_count": 2,
        "size_bytes": 100,
        "metadata": {"legislature": "17"},
    }
    pages = [
        Page(0, 1, "Texte de la question", 595, 842),
        Page(0, 2, "Texte de la réponse", 595, 842),
    ]
    with store.transaction():
        return store.add_document(row, pages)


def make_annotation(document_id: int, **changes: object) -> Annotation:
    anchor = Anchor(
        page=2,
        rects=(PageRect(2, Rect(10.5, 20.25, 100.0, 32.0)), PageRect(2, Rect(10, 34, 60, 46))),
        quote=TextQuote("réponse", "Texte de la ", ""),
        position=TextPosition(33, 40),
    )
    annotation = Annotation(
        "id-1",
        document_id,
        anchor,
        "#ffd54f",
        "Relire",
        ("CNIL", "coût"),
        "testeur",
        "2026-11-23T10:00:00Z",
        "2026-11-23T10:00:00Z",
    )
    return replace(annotation, **changes)


def test_document_and_pages_round_trip(store: Store):
    document_id = add_document(store)
    document = store.document(document_id)
    assert document.title == "Question écrite n° 6750"
    assert document.metadata == {"legislature": "17"}
    assert [p.text for p in store.pages(document_id)] == [
        "Texte de la question",
        "Texte de la réponse",
    ]
    assert store.document_id_by_sha("f" * 64) == document_id
    assert store.pending_index_keys() == [f"doc:{document_id}"]


def test_annotation_round_trips_with_anchor_tags_and_tombstone(store: Store):
    document_id = add_document(store)
    annotation = make_annotation(document_id)
    with store.transaction():
        store.save_annotation(annotation)
    assert store.annotation("id-1") == annotation
    assert store.document(document_id).annotation_count == 1

    with store.transaction():
        store.save_annotation(replace(annotation, deleted="2026-11-23T11:00:00Z", tags=("CNIL",)))
    assert store.annotations() == []
    assert store.annotations(include_deleted=True)[0].tags == ("CNIL",)
    assert store.document(document_id).annotation_count == 0
    assert {t.name: t.count for t in store.tags()} == {"CNIL": 0, "coût": 0}


def test_tags_are_case_insensitive_and_filter_annotations(store: Store):
    document_id = add_document(store)
    with store.transaction():
        store.save_annotation(make_annotation(document_id))
        store.save_annotation(make_annotation(document_id, id="id-2", tags=("cnil",)))
    assert [t.name for t in store.tags()] == ["CNIL", "coût"]
    assert [a.id for a in store.annotations(tag="Cnil")] == ["id-1", "id-2"]
    assert [a.id for a in store.annotations(tag="coût")] == ["id-1"]


def test_a_failed_action_leaves_nothing_behind(store: Store):
    document_id = add_document(store)
    store.clear_index_keys(store.pending_index())
    with pytest.raises(RuntimeError), store.transaction():
        store.save_annotation(make_annotation(document_id))
        raise RuntimeError("crash in the middle of the action")
    assert store.annotations(include_deleted=True) == []
    assert store.pending_index_keys() == []


def test_expected_index_keys_name_pages_and_live_annotations(store: Store):
    document_id = add_document(store)
    with store.transaction():
        store.save_annotation(make_annotation(document_id))
        store.save_annotation(make_annotation(document_id, id="gone", deleted="2026-11-23T12:00Z"))
    assert store.expected_index_keys() == {f"p:{document_id}:1", f"p:{document_id}:2", "a:id-1"}


def test_a_carried_annotation_keeps_its_origin_status_and_review(store: Store):
    from reviewer.core.records import Carry, CarryStatus, Review

    document_id = add_document(store)
    carry = Carry("old-id", CarryStatus.CHANGED, Review.PENDING, "la réponse initiale")
    annotation = make_annotation(document_id, carry=carry)
    with store.transaction():
        store.save_annotation(annotation)
        store.save_annotation(make_annotation(document_id, id="id-2"))
    assert store.annotation("id-1").carry == carry
    assert store.annotation("id-2").carry is None
    assert store.carried_sources(document_id) == {"old-id"}


def test_compacting_a_removed_version_keeps_the_lineage_joined(store: Store):
    first = add_document(store)
    with store.transaction():
        second = store.add_document({**_row("1"), "title": "Commission"}, [])
        third = store.add_document({**_row("2"), "title": "Séance"}, [])
        store.set_version(second, first, "commission")
        store.set_version(third, second, "séance")
        store.remove_document(second)
        store.compact()
    assert store.document(second) is None
    assert (store.document(third).version_of, store.document(third).version_label) == (
        first,
        "séance",
    )


def _row(suffix: str) -> dict[str, object]:
    return {
        "sha256": suffix * 64,
        "title": "Projet de loi",
        "source": f"/{suffix}.pdf",
        "file_path": f"files/{suffix}.pdf",
        "pdf_path": f"files/{suffix}.pdf",
        "page_count": 1,
        "size_bytes": 10,
    }


def test_a_position_is_kept_a_clear_stays_as_a_row_and_each_queues_its_document(store: Store):
    with store.transaction():
        amendment = store.add_document({**_row("3"), "kind": AMENDEMENT}, [])
        other = store.add_document(_row("4"), [])
    store.clear_index_keys(store.pending_index())
    given = Position(amendment, "Sagesse", "À suivre", "2026-12-01T10:00:00.000Z")
    with store.transaction():
        store.save_position(given)
    assert store.positions() == [given] and store.positions([other]) == []
    assert store.pending_index_keys() == [f"doc:{amendment}"]
    assert (store.document(amendment).position, store.document(other).position) == ("Sagesse", None)
    cleared = Position(amendment, "", "", "2026-12-02T10:00:00.000Z")
    with store.transaction():
        store.save_position(cleared)
    assert store.positions() == [] and store.document(amendment).position == ""
    assert store.positions([amendment], include_cleared=True) == [cleared]


def test_compacting_a_removed_amendment_forgets_its_position(store: Store):
    with store.transaction():
        amendment = store.add_document({**_row("5"), "kind": AMENDEMENT}, [])
        store.save_position(Position(amendment, "Favorable", "", "2026-12-01T10:00:00.000Z"))
        store.remove_document(amendment)
    assert len(store.positions()) == 1  # removed, not forgotten: a restore brings it back
    with store.transaction():
        store.compact()
    assert store.positions(include_cleared=True) == []


def test_library_settings_are_json_values_none_until_set(store: Store):
    assert store.library_setting("position_labels") is None
    with store.transaction():
        store.set_library_setting("position_labels", ["Pour", "Contre"])
        store.set_library_setting("position_labels", ["Pour", "Contre", "À étudier"])
    assert store.library_setting("position_labels") == ["Pour", "Contre", "À étudier"]


def test_a_field_the_user_set_on_documents_survives_detection_until_removed(store):
    document_id = add_document(store)
    with store.transaction():
        store.bind_documents([document_id], "bill_id", 7)
        store.set_detection(document_id, {"kind": "amendement", "confidence": 1.0,
                                          "metadata": {"number": "3"}})  # fmt: skip
    document = store.document(document_id)
    assert document.metadata == {"number": "3", "bill_id": 7}
    assert "bill_id" in document.user_fields
    with store.transaction():
        store.bind_documents([document_id], "bill_id", None)
    document = store.document(document_id)
    assert "bill_id" not in document.metadata and "bill_id" not in document.user_fields
    assert f"doc:{document_id}" in store.pending_index_keys()
