"""A second program on the same library reads it but cannot change it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


SECOND_PROGRAM = """
import json, sys
from pathlib import Path
from reviewer.core.errors import LibraryError
from reviewer.library import Library
with Library(Path(sys.argv[1])) as library:
    try:
        library.annotate(library.documents()[0].id, "CNIL")
        refusal = None
    except LibraryError as error:
        refusal = str(error)
    print(json.dumps([library.read_only, library.search("CNIL").total, refusal]))
"""


def test_a_second_program_reads_but_cannot_write(tmp_path):
    """The same, across processes: the OS file lock, not the program, decides."""
    repository = Path(__file__).resolve().parents[2]
    root = tmp_path / "library"
    with Library(root) as first:
        first.import_paths([write_test_pdf(tmp_path / "loi.pdf", ["Article premier CNIL"])])
        result = subprocess.run(
            [sys.executable, "-c", SECOND_PROGRAM, str(root)],
            capture_output=True, text=True, timeout=60, cwd=repository, check=True,
        )  # fmt: skip
        read_only, found, refusal = json.loads(result.stdout)
        assert read_only and found == 1 and "open in another reviewer program" in refusal
        assert first.annotate(first.documents()[0].id, "CNIL")  # the first still writes
