"""What the facade's services read from: the store under the library lock, the file layout,
and what is derived from them and kept (outlines, page lengths, pages' words).

The facade and its services (exporting, versioning) share one `Context`: they get this,
not the whole `Library`, so they cannot reach past it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from reviewer.core.errors import NotFound, ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.kinds import AMENDEMENT, PROJET_AMENDEMENT
from reviewer.core.pages import Word
from reviewer.core.records import Anchor, Annotation, Document, Page, Tag
from reviewer.core.structure import Section
from reviewer.legislative import detect_structure
from reviewer.library import anchoring
from reviewer.library import settings as user_settings
from reviewer.library.paths import LibraryLayout
from reviewer.store import Store


def default_author() -> str:
    """Who signs new annotations and reports: see reviewer.library.settings.author_name."""
    return user_settings.author_name(user_settings.load_settings())


def default_signatories() -> tuple[str, ...]:
    """Who signs new drafts: see reviewer.library.settings.signatory_names."""
    return user_settings.signatory_names(user_settings.load_settings())


def clean_tags(names: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, without empty names or case-insensitive duplicates, in the given order."""
    seen: dict[str, str] = {}
    for name in names:
        cleaned = " ".join(name.split())
        if cleaned and cleaned.casefold() not in seen:
            seen[cleaned.casefold()] = cleaned
    return tuple(seen.values())


class Context:
    """The library's database, files and lock, and the reads every service needs."""

    def __init__(self, store: Store, layout: LibraryLayout, lock: threading.RLock) -> None:
        self.store = store
        self.layout = layout
        self.lock = lock
        self._words = anchoring.WordCache()
        self._words_lock = threading.Lock()
        self._structures: dict[tuple[int, str], tuple[Section, ...]] = {}
        self._lengths: dict[int, list[int]] = {}

    def documents(self) -> list[Document]:
        with self.lock:
            return self.store.documents()

    def document(self, document_id: int) -> Document:
        with self.lock:
            document = self.store.document(document_id)
        if document is None:
            raise NotFound(tr("no document with id {document_id}", document_id=document_id))
        return document

    def pages(self, document_id: int) -> list[Page]:
        with self.lock:
            return self.store.pages(document_id)

    def pdf_path(self, document: Document) -> Path:
        return self.layout.root / document.pdf_path

    def annotation(self, annotation_id: str) -> Annotation:
        with self.lock:
            found = self.store.annotation(annotation_id)
        if found is None:
            raise NotFound(tr("no annotation with id {annotation_id}", annotation_id=annotation_id))
        return found

    def annotations(
        self,
        *,
        document_id: int | None = None,
        tag: str | None = None,
        include_deleted: bool = False,
    ) -> list[Annotation]:
        with self.lock:
            return self.store.annotations(
                document_id=document_id, tag=tag, include_deleted=include_deleted
            )

    def tags(self) -> list[Tag]:
        with self.lock:
            return self.store.tags()

    def structure(self, document_id: int) -> tuple[Section, ...]:
        """The document's parts (TITRE, CHAPITRE, Article, alinéas...), kept once detected."""
        kind = self.document(document_id).kind  # the user may correct it
        if (document_id, kind) not in self._structures:  # See pages_changed.
            self._structures[document_id, kind] = detect_structure(
                [page.text for page in self.pages(document_id)],
                # An amendment's "ARTICLE 7" names the article it amends, not one of its own.
                alineas=kind not in (AMENDEMENT, PROJET_AMENDEMENT),
            )
        return self._structures[document_id, kind]

    def pages_changed(self, document_id: int) -> None:
        """OCR, an amendment's new texts or a draft saved again gave the document new pages:
        what was derived from the old ones goes."""
        for key in [key for key in self._structures if key[0] == document_id]:
            del self._structures[key]
        self._lengths.pop(document_id, None)

    def find(
        self,
        document_id: int,
        phrase_terms: list[str],
        *,
        page: int | None,
        every: bool,
        phrase: str,
    ) -> list[anchoring.Span]:
        """Where the analysed phrase occurs (the first occurrence only unless `every`)."""
        pages = self.pages(self.document(document_id).id)
        if page is not None:
            if not 1 <= page <= len(pages):
                raise NotFound(
                    tr(
                        "page {page} does not exist (the document has {count})",
                        page=page,
                        count=len(pages),
                    )
                )
            pages = [pages[page - 1]]
        found: list[anchoring.Span] = []
        for candidate in pages:
            found += anchoring.find_phrase(
                candidate.number, candidate.text, phrase_terms, phrase=phrase
            )
            if found and not every:
                return found[:1]
        return found

    def anchors(self, document_id: int, spans: Sequence[anchoring.Span]) -> list[Anchor]:
        """Anchors for passages of a document: rectangles from its words, quote, offsets."""
        document = self.document(document_id)
        with self.lock:
            lengths = self._page_lengths(document_id)
            texts = {
                n: self.store.page(document_id, n).text
                for n in {s.page for s in spans}
                if 1 <= n <= len(lengths)
            }
        offsets = anchoring.page_offsets(lengths)
        for span in spans:
            text = texts.get(span.page)
            if text is None or not 0 <= span.start < span.end <= len(text):
                raise ReviewerError(tr("no such passage on page {page}", page=span.page))
        with self._words_lock:
            words = self._words.words(self.pdf_path(document), (span.page for span in spans))
        return [
            anchoring.anchor_for(span, texts[span.page], words[span.page], offsets[span.page - 1])
            for span in spans
        ]

    def words(self, document_id: int, page: int) -> tuple[Word, ...]:
        """The words of one page with their boxes (read once, kept)."""
        document = self.document(document_id)
        with self._words_lock:
            return self._words.words(self.pdf_path(document), [page])[page]

    def _page_lengths(self, document_id: int) -> list[int]:
        """Characters per page, kept: every highlight needs them and only OCR changes them."""
        if document_id not in self._lengths:
            self._lengths[document_id] = self.store.page_lengths(document_id)
        return self._lengths[document_id]
