"""Sections of a report: by document, by tag (a thematic synthesis), or by article of a bill."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reviewer.core.kinds import AMENDEMENT, report_order
from reviewer.core.records import Document
from reviewer.core.reports import Entry, Section
from reviewer.core.structure import Section as Unit


def document_order(documents: Iterable[Document]) -> list[Document]:
    """Bills first, amendments by number, then the rest; by title within a kind."""
    return sorted(documents, key=_document_key)


def _document_key(document: Document) -> tuple[int, int, str]:
    kind = report_order(document.kind)
    number = str(document.metadata.get("number", ""))
    return kind, int(number) if number.isdigit() else 0, document.title.casefold()


def reading_order(entries: Iterable[Entry]) -> list[Entry]:
    """Document notes first, then page by page, passages where they start."""
    return sorted(
        entries,
        key=lambda e: (
            e.annotation.target != "document",
            e.annotation.page,
            e.annotation.anchor.position.start,
            e.annotation.created,
        ),
    )


def ordered(entries: Iterable[Entry]) -> list[Entry]:
    """Document by document (bills first), each in reading order."""
    return [e for _document, of in _per_document(entries) for e in reading_order(of)]


def by_document(entries: Sequence[Entry]) -> tuple[Section, ...]:
    return tuple(
        Section(document.title, tuple(reading_order(of)), document=document)
        for document, of in _per_document(entries)
    )


def deleted_passages(entries: Sequence[Entry], words: Mapping[str, str]) -> tuple[Section, ...]:
    """The carried highlights whose passage is gone from the new version, apart."""
    if not entries:
        return ()
    title, subtitle = words["deleted_passages"], words["deleted_passages_note"]
    return (Section(title, tuple(ordered(entries)), subtitle=subtitle, show_documents=True),)


def by_tag(entries: Sequence[Entry], tags: Sequence[str], *, untagged: str) -> tuple[Section, ...]:
    """One section per tag (the chosen ones, else all); an entry is under each of its tags."""
    in_order = ordered(entries)
    wanted = list(tags) or sorted(
        {t for e in in_order for t in e.annotation.tags}, key=str.casefold
    )
    names: dict[str, str] = {}  # tags differing only by case are one tag, as in the library
    for name in wanted:
        names.setdefault(name.casefold(), name)
    sections = []
    for folded in names:
        tagged = [e for e in in_order if folded in _folded(e.annotation.tags)]
        if tagged:
            spelled = next(t for t in tagged[0].annotation.tags if t.casefold() == folded)
            sections.append(Section(spelled, tuple(tagged), show_documents=True))
    bare = [e for e in in_order if not e.annotation.tags]
    if bare and not tags:
        sections.append(Section(untagged, tuple(bare), show_documents=True))
    return tuple(sections)


def by_article(
    entries: Sequence[Entry],
    structures: Mapping[int, Sequence[Unit]],
    amendments: Sequence[Document],
    words: Mapping[str, str],
) -> tuple[Section, ...]:
    """Per article of each bill: its passages and notes, then the amendments that target it.

    `amendments` are all those of the library: an amendment is listed under the article it
    targets even when none of its own passages is in the report.
    """
    targeting = _amendments_by_article(amendments)
    groups = _per_document(entries)
    shown = {document.id: of for document, of in groups}
    sections: list[Section] = []
    placed: set[int] = set()
    for document, of in groups:
        articles = _articles(structures.get(document.id, ()))
        if document.kind != AMENDEMENT and articles:
            sections += _bill(document, of, articles, targeting, shown, placed, words)
    sections += _unplaced_amendments(groups, targeting, shown, placed, words)
    sections += [
        Section(document.title, tuple(reading_order(of)), document=document)
        for document, of in groups
        if document.id not in placed and not _is_bill(document, structures)
    ]
    return tuple(sections)


def _bill(
    bill: Document,
    entries: Sequence[Entry],
    articles: Sequence[Unit],
    targeting: Mapping[str, list[Document]],
    shown: Mapping[int, Sequence[Entry]],
    placed: set[int],
    words: Mapping[str, str],
) -> list[Section]:
    on: dict[int, list[Entry]] = {}
    outside: list[Entry] = []
    for entry in reading_order(entries):
        article = _article_at(articles, entry) if not entry.is_note else None
        (on.setdefault(article.start, []) if article else outside).append(entry)
    sections = [Section(words["outside_articles"], tuple(outside), subtitle=bill.title)]
    for article in articles:
        amending = targeting.get(_key(article.label), [])
        if article.start in on or amending:
            placed.update(a.id for a in amending)
            sections.append(
                Section(
                    article.label,
                    tuple(on.get(article.start, ())),
                    subtitle=f"{bill.title} · {words['page']}\u00a0{article.page}",
                    children_title=words["amendments_to"].format(article=_lower(article.label)),
                    children=tuple(_amendment(a, shown) for a in amending),
                )
            )
    return [section for section in sections if section.entries or section.children]


def _unplaced_amendments(
    groups: Sequence[tuple[Document, list[Entry]]],
    targeting: Mapping[str, list[Document]],
    shown: Mapping[int, Sequence[Entry]],
    placed: set[int],
    words: Mapping[str, str],
) -> list[Section]:
    """Amendments in the report whose article is in no bill of the report, by article."""
    articles: dict[str, str] = {}
    for document, _of in groups:
        target = str(document.metadata.get("target_article", ""))
        if document.kind == AMENDEMENT and target and document.id not in placed:
            articles.setdefault(_key(target), target)
    sections = []
    for key, label in articles.items():
        amending = targeting[key]
        placed.update(a.id for a in amending)
        sections.append(
            Section(
                label,
                subtitle=words["not_in_scope"],
                children_title=words["amendments_to"].format(article=_lower(label)),
                children=tuple(_amendment(a, shown) for a in amending),
            )
        )
    return sections


def _amendment(amendment: Document, shown: Mapping[int, Sequence[Entry]]) -> Section:
    entries = tuple(reading_order(shown.get(amendment.id, ())))
    return Section(amendment.title, entries, document=amendment)


def _amendments_by_article(amendments: Iterable[Document]) -> dict[str, list[Document]]:
    targeting: dict[str, list[Document]] = {}
    for amendment in document_order(amendments):
        target = amendment.metadata.get("target_article")
        if amendment.kind == AMENDEMENT and target:
            targeting.setdefault(_key(str(target)), []).append(amendment)
    return targeting


def _per_document(entries: Iterable[Entry]) -> list[tuple[Document, list[Entry]]]:
    grouped: dict[int, list[Entry]] = {}
    documents: dict[int, Document] = {}
    for entry in entries:
        grouped.setdefault(entry.document.id, []).append(entry)
        documents[entry.document.id] = entry.document
    return [(d, grouped[d.id]) for d in document_order(documents.values())]


def _articles(units: Sequence[Unit]) -> list[Unit]:
    """The articles of a text, in reading order, wherever they sit (titres, chapitres...)."""
    found: list[Unit] = []
    for unit in units:
        if unit.kind == "article":
            found.append(unit)
        else:
            found += _articles(unit.children)
    return found


def _article_at(articles: Sequence[Unit], entry: Entry) -> Unit | None:
    offset = entry.annotation.anchor.position.start
    return next((a for a in articles if a.start <= offset < a.end), None)


def _is_bill(document: Document, structures: Mapping[int, Sequence[Unit]]) -> bool:
    return document.kind != AMENDEMENT and bool(_articles(structures.get(document.id, ())))


def _key(label: str) -> str:
    return " ".join(label.casefold().split())


def _lower(label: str) -> str:
    return label[:1].lower() + label[1:]


def _folded(tags: Iterable[str]) -> set[str]:
    return {tag.casefold() for tag in tags}
