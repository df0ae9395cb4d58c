"""A second program on the same library reads it but cannot change it."""

from __future__ import annotations

import pytest
from helpers import write_test_pdf

from reviewer.core.errors import LibraryError
from reviewer.library import Library


def test_second_opening_is_read_only_until_the_first_closes(tmp_path):
    root = tmp_path / "library"
    first = Library(root)
    first.import_paths([write_test_pdf(tmp_path / "loi.pdf", ["Article premier CNIL"])])
    document_id = first.documents()[0].id

    second = Library(root)
    assert not first.read_only and second.read_only
    assert second.search("CNIL").total == 1
    with pytest.raises(LibraryError, match="open in another reviewer program"):
        second.annotate(document_id, "CNIL")
    with pytest.raises(LibraryError, match="read-only"):
        second.import_paths([tmp_path / "loi.pdf"])
    second.close()

    first.close()
    with Library(root) as third:
        assert not third.read_only
        assert third.annotate(document_id, "CNIL")
