"""The index is derived: doctor finds gaps, repair and reindex close them."""

from __future__ import annotations

import shutil

from reviewer.library import Library


def test_a_healthy_library_passes_doctor(library: Library, corpus_dir):
    library.import_paths([corpus_dir])
    report = library.doctor()
    assert report.healthy, report.problems


def test_an_interrupted_index_update_is_found_and_repaired(library: Library, corpus_dir):
    library.import_paths([corpus_dir])
    document_id = library.search("CNIL").hits[0].document_id
    [annotation] = library.annotate(document_id, "CNIL", tags=["CNIL"])
    # Simulate a crash after the database commit but before the index caught up.
    with library.index.batch() as batch:
        batch.delete_annotation(annotation.id)
        batch.delete_document(next(d.id for d in library.documents() if d.id != document_id))

    report = library.doctor()
    assert not report.healthy
    assert any("missing from the search index" in p for p in report.problems)

    repaired = library.doctor(repair=True)
    assert repaired.repaired
    assert library.doctor().healthy
    assert library.search("tag:cnil").total == 1


def test_pending_changes_are_applied_at_the_next_start(tmp_path, corpus_dir):
    root = tmp_path / "library"
    with Library(root) as library:
        library.import_paths([corpus_dir])
        expected = library.search("vidéosurveillance").total
        library.store.queue_everything()  # as if the process died before indexing
        with library.index.batch() as batch:
            batch.clear()
    with Library(root) as reopened:
        assert reopened.store.pending_index_keys() == []
        assert reopened.search("vidéosurveillance").total == expected


def test_a_deleted_index_is_rebuilt_from_the_database(tmp_path, corpus_dir):
    root = tmp_path / "library"
    with Library(root) as library:
        library.import_paths([corpus_dir])
        expected = library.search("vidéosurveillance").total
    shutil.rmtree(root / "index")
    with Library(root) as reopened:
        assert reopened.search("vidéosurveillance").total == expected
        assert reopened.doctor().healthy


def test_reindex_rebuilds_everything(library: Library, corpus_dir):
    library.import_paths([corpus_dir])
    document_id = library.search("CNIL").hits[0].document_id
    [annotation] = library.annotate(document_id, "CNIL", note="source")
    count = library.reindex()
    assert count == 5 + 1
    assert library.search("source").hits[0].annotation_id == annotation.id
    assert library.doctor().healthy
