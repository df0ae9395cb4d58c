"""Indexing while importing, and merging the segments of small commits away from actions."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.core.records import ImportStatus
from reviewer.library import Library, indexing
from reviewer.search import SearchIndex
from reviewer.search import index as index_module
from reviewer.store import Store


def test_an_import_indexes_as_it_goes_in_several_commits(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(indexing, "STREAM_COMMIT_ENTRIES", 3)
    monkeypatch.setattr(indexing, "STREAM_TAKE_PAGES", 4)
    clears: list[int] = []
    original = Store.clear_index_keys
    monkeypatch.setattr(
        Store,
        "clear_index_keys",
        lambda store, done: clears.append(len(done)) or original(store, done),
    )
    folder = tmp_path / "lot"
    folder.mkdir()
    for number in range(6):
        write_test_pdf(folder / f"{number}.pdf", [f"Article {number} vidéoprotection"] * 2)
    report = library.import_paths([folder])
    assert report.count(ImportStatus.IMPORTED) == 6
    assert len(clears) >= 3  # Committed while importing, not all at the end.
    assert library.search("vidéoprotection").total == 12
    assert library.doctor().healthy


def test_the_same_content_twice_in_one_import_is_kept_once(library: Library, tmp_path: Path):
    first = write_test_pdf(tmp_path / "a.pdf", ["Article premier"])
    second = tmp_path / "copie.pdf"
    second.write_bytes(first.read_bytes())
    imported, again = library.import_paths([first, second]).outcomes
    assert imported.status is ImportStatus.IMPORTED
    assert again.status is ImportStatus.ALREADY_PRESENT
    assert again.document_id == imported.document_id
    assert len(library.documents()) == 1


@dataclass
class HeldMerge:
    started: threading.Event
    release: threading.Event

    def set(self) -> None:
        self.release.set()


@pytest.fixture
def slow_tidy(monkeypatch: pytest.MonkeyPatch) -> HeldMerge:
    """Tidy after three small commits, and only once released."""
    monkeypatch.setattr(index_module, "MAX_TINY_SEGMENTS", 3)
    merge = HeldMerge(threading.Event(), threading.Event())
    original = SearchIndex.tidy

    def tidy(index: SearchIndex) -> None:
        merge.started.set()
        merge.release.wait(10)
        original(index)

    monkeypatch.setattr(SearchIndex, "tidy", tidy)
    return merge


def annotate_during_a_merge(library: Library, merge: HeldMerge, *, later: int) -> None:
    """Annotate until a merge holds the index, then `later` times more (notes note0...)."""
    [document] = library.documents()
    for number in range(3 + later):
        if number == 3:
            assert merge.started.wait(10)
        library.annotate(document.id, "Article", note=f"note{number}")


def test_an_action_does_not_wait_for_the_merge_and_is_indexed_after_it(
    tmp_path: Path, slow_tidy: HeldMerge
):
    with Library(tmp_path / "library") as library:
        library.import_paths([write_test_pdf(tmp_path / "a.pdf", ["Article premier"])])
        annotate_during_a_merge(library, slow_tidy, later=1)
        assert library.search("note:note3").total == 0  # Left for later: not waited for.
        slow_tidy.set()
        library._sync.close()  # Waits for the merge, then for a round for the keys left.
        assert all(library.search(f"note:note{number}").total == 1 for number in range(4))
        assert library.doctor().healthy


def test_an_action_made_during_a_merge_is_searchable_soon_without_another_action(
    tmp_path: Path, slow_tidy: HeldMerge
):
    with Library(tmp_path / "library") as library:
        library.import_paths([write_test_pdf(tmp_path / "a.pdf", ["Article premier"])])
        annotate_during_a_merge(library, slow_tidy, later=1)
        assert library.search("note:note3").total == 0
        slow_tidy.set()
        deadline = time.monotonic() + 10
        while library.search("note:note3").total == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert library.search("note:note3").total == 1


def test_closing_during_a_merge_neither_hangs_nor_loses_anything(
    tmp_path: Path, slow_tidy: HeldMerge
):
    failures: list[BaseException | None] = []
    previous = threading.excepthook
    threading.excepthook = lambda arguments: failures.append(arguments.exc_value)
    try:
        library = Library(tmp_path / "library")
        library.import_paths([write_test_pdf(tmp_path / "a.pdf", ["Article premier"])])
        annotate_during_a_merge(library, slow_tidy, later=2)
        merging = library._sync._keeper
        assert merging is not None
        closing = threading.Thread(target=library.close)
        closing.start()  # Waits for the merge under way, which waits to be released.
        slow_tidy.set()
        closing.join(10)
        assert not closing.is_alive() and failures == []
        assert not merging.is_alive()
    finally:
        threading.excepthook = previous
    with Library(tmp_path / "library") as reopened:
        assert reopened.search("note:note4").total == 1
        assert len(reopened.annotations()) == 5
        assert reopened.doctor().healthy
