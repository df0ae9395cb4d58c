"""The index is derived: deleted or damaged, it is found at start and rebuilt from the
database, with progress reported, and no annotation is lost."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.records import Progress
from reviewer.library import Library

QUERIES = ("vidéosurveillance", "tag:cnil", "note:citer", '"reconnaissance faciale"')


def delete_index(index: Path) -> None:
    shutil.rmtree(index)


def garble_table_of_contents(index: Path) -> None:
    for toc in index.glob("*.toc"):
        toc.write_bytes(b"\x00garbage" * 64)


def truncate_segments(index: Path) -> None:
    for segment in index.glob("*.seg"):
        with segment.open("r+b") as stream:
            stream.truncate(segment.stat().st_size // 3)


def empty_every_file(index: Path) -> None:
    for path in index.iterdir():
        path.write_bytes(b"")


def forget_the_version(index: Path) -> None:
    (index / "schema-version").unlink()


DAMAGES: list[Callable[[Path], None]] = [
    delete_index,
    garble_table_of_contents,
    truncate_segments,
    empty_every_file,
    forget_the_version,
]


@pytest.fixture
def reference(tmp_path: Path, corpus_dir: Path) -> tuple[Path, dict[str, int], int]:
    """A library, what the queries find in it, and its number of annotations."""
    root = tmp_path / "library"
    with Library(root) as library:
        library.import_paths([corpus_dir])
        document_id = library.search("CNIL").hits[0].document_id
        library.annotate(document_id, "CNIL", tags=["CNIL"], note="à citer")
        found = {query: library.search(query).total for query in QUERIES}
        count = len(library.annotations())
    return root, found, count


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda damage: damage.__name__)
def test_a_damaged_index_is_rebuilt_at_start_with_progress(
    reference: tuple[Path, dict[str, int], int], damage: Callable[[Path], None]
):
    root, found, count = reference
    damage(root / "index")
    reports: list[Progress] = []
    with Library(root, progress=reports.append) as library:
        assert {query: library.search(query).total for query in QUERIES} == found
        assert len(library.annotations()) == count
        assert library.doctor().healthy
    indexing = [report for report in reports if report.label == "indexing"]
    assert indexing and indexing[-1].done == indexing[-1].total > 0
