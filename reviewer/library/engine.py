"""What the facade asks of its search engine: the seam between the library and search.

The facade (`facade.py`, `indexing.py`) speaks to search only through these two protocols.
Today `reviewer.search.SearchIndex` (Whoosh, in the library's folder) is the one engine;
a server engine would plug in here, behind the same calls. This module imports no
search library: the records the calls carry are named for type checkers only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from reviewer.search import AnnotationEntry, PageEntry, RawResults


class EngineBatch(Protocol):
    """Changes to the index, committed together when the batch's `with` block ends."""

    added: int  # entries added so far: a streaming import commits every so many

    def add_pages(self, entries: Iterable[PageEntry]) -> None: ...
    def add_annotation(self, entry: AnnotationEntry) -> None: ...
    def delete_document(self, document_id: int) -> None: ...
    def delete_annotation(self, annotation_id: str) -> None: ...
    def delete_key(self, key: str) -> None: ...
    def clear(self) -> None: ...


class SearchEngine(Protocol):
    """A search index derived from the database: it can always be rebuilt from it."""

    needs_rebuild: bool  # missing, damaged or outdated: the database must be indexed again
    closed: bool

    def batch(
        self, *, bulk: bool = False, stream: bool = False
    ) -> AbstractContextManager[EngineBatch]:
        """One writer at a time: commit on exit, cancel on an exception."""
        ...

    @property
    def untidy(self) -> bool:
        """Small commits have left the index slower to search: `tidy` it."""
        ...

    def tidy(self) -> None: ...
    def keys(self) -> set[str]:
        """The key of every entry, to compare the index with the database."""
        ...

    def search(self, query: str, *, limit: int, text_of: Callable[[str], str]) -> RawResults:
        """The best `limit` entries; raises QuerySyntaxError for a query it cannot read."""
        ...

    def matches(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where a query's words and phrases are in `text`: (start, end) offsets."""
        ...

    def close(self) -> None: ...
