"""An encrypted PDF imported with its password: its pages open again with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.errors import PasswordRequired
from reviewer.library import Library

RC4 = "pdfminer_rc4-40.pdf"


@pytest.fixture
def encrypted(library: Library, shared_pdfs: Path):
    [outcome] = library.import_paths([shared_pdfs / "encrypted" / RC4]).outcomes
    outcome = library.import_with_password(outcome, "foo")
    return library.document(outcome.document_id)


def test_the_password_given_at_import_opens_its_pages(library, encrypted):
    library.unlock(encrypted)  # not asked again this session
    with library.open_pages(encrypted.id) as pages:
        assert pages.page_count == encrypted.page_count


def test_another_session_asks_for_the_password_again(library, encrypted):
    library.close()
    with Library(library.root) as again:
        with pytest.raises(PasswordRequired):
            again.unlock(encrypted)
        with pytest.raises(PasswordRequired):
            again.open_pages(encrypted.id)
        with pytest.raises(PasswordRequired) as wrong:
            again.unlock(encrypted, "bar")
        assert wrong.value.wrong_password
        again.unlock(encrypted, "foo")
        with again.open_pages(encrypted.id) as pages:
            assert pages.page_count == encrypted.page_count


def test_a_file_without_a_user_password_opens_without_asking(library, shared_pdfs):
    [outcome] = library.import_paths([shared_pdfs / "encrypted" / "qpdf_V4-aes.pdf"]).outcomes
    library.unlock(library.document(outcome.document_id))
