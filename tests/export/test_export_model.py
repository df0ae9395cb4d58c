"""The report model: scoping filters and the three groupings, on plain records."""

from __future__ import annotations

from datetime import date

import pytest

from reviewer.core.errors import ReviewerError
from reviewer.core.records import Anchor, Annotation, Document, TextPosition, TextQuote
from reviewer.core.reports import Entry, ReportOptions, tag_counts
from reviewer.core.structure import Section as Unit
from reviewer.export.grouping import by_article, by_document, by_tag
from reviewer.export.wording import WORDS

BILL = Document(1, "a" * 64, "Projet de loi JO", "projet de loi", "", "", "", 9, 0, "")
QUESTION = Document(2, "b" * 64, "Question écrite", "question écrite", "", "", "", 2, 0, "")


def amendment(number: int, article: str) -> Document:
    metadata = {"number": str(number), "target_article": article}
    return Document(
        10 + number,
        f"{number:064d}",
        f"Amdt {number}",
        "amendement",
        "",
        "",
        "",
        1,
        0,
        "",
        metadata,
    )


def entry(
    document: Document,
    start: int,
    *,
    tags: tuple[str, ...] = (),
    page: int = 1,
    target: str = "passage",
    updated: str = "2026-11-20T10:00:00.000Z",
    author: str = "léa",
) -> Entry:
    anchor = Anchor(page, (), TextQuote(f"passage {start}"), TextPosition(start, start + 5))
    annotation = Annotation(
        f"{document.id}-{start}", document.id, anchor, "#ffd54f", "", tags, author,
        updated, updated, target=target,
    )  # fmt: skip
    return Entry(annotation, document, None)


ARTICLES = (
    Unit("exposé des motifs", "Exposé des motifs", "", 1, 0, 99),
    Unit(
        "titre", "Titre Ier", "", 2, 100, 999,
        children=(
            Unit("article", "Article 1er", "", 2, 100, 399),
            Unit("article", "Article 7", "", 5, 400, 999),
        ),
    ),
)  # fmt: skip


def test_options_select_by_tag_author_and_period():
    first = entry(BILL, 1, tags=("CNIL",), updated="2026-11-02T10:00:00.000Z").annotation
    options = ReportOptions(tags=("cnil",), author="LÉA", since=date(2026, 11, 1))
    assert options.selects(first)
    assert not ReportOptions(tags=("coût",)).selects(first)
    assert not ReportOptions(author="paul").selects(first)
    assert not ReportOptions(until=date(2026, 11, 1)).selects(first)
    with pytest.raises(ReviewerError, match="period is empty"):
        ReportOptions(since=date(2026, 2, 1), until=date(2026, 1, 1))
    with pytest.raises(ReviewerError, match="language"):
        ReportOptions(lang="de")


def test_by_document_puts_bills_first_and_entries_in_reading_order():
    entries = [
        entry(QUESTION, 5),
        entry(BILL, 300, page=3),
        entry(BILL, 50),
        entry(BILL, 0, target="document"),
    ]
    sections = by_document(entries)
    assert [s.document for s in sections] == [BILL, QUESTION]
    assert [e.annotation.anchor.position.start for e in sections[0].entries] == [0, 50, 300]


def test_by_tag_lists_an_entry_under_each_of_its_tags_then_the_untagged():
    entries = [
        entry(BILL, 1, tags=("VSA", "CNIL")),
        entry(QUESTION, 2, tags=("cnil",)),
        entry(BILL, 3),
    ]
    sections = by_tag(entries, (), untagged="Sans étiquette")
    assert [(s.title, len(s.entries)) for s in sections] == [
        ("CNIL", 2),
        ("VSA", 1),
        ("Sans étiquette", 1),
    ]
    assert all(s.show_documents for s in sections)
    chosen = by_tag(entries, ("vsa",), untagged="Sans étiquette")
    assert [(s.title, len(s.entries)) for s in chosen] == [("VSA", 1)]


def test_by_article_groups_passages_and_lists_the_amendments_to_each_article():
    to_7, to_1, to_9 = (
        amendment(2293, "Article 7"),
        amendment(12, "Article 1er"),
        amendment(5, "Article 9"),
    )
    entries = [
        entry(BILL, 500, tags=("VSA",)),
        entry(BILL, 10),
        entry(BILL, 0, target="document"),
        entry(to_7, 3),
        entry(to_9, 4),
        entry(QUESTION, 1),
    ]
    sections = by_article(entries, {BILL.id: ARTICLES}, [to_7, to_1, to_9], WORDS["fr"])
    titles = [s.title for s in sections]
    assert titles == ["Hors articles", "Article 1er", "Article 7", "Article 9", "Question écrite"]
    outside, first, seventh, ninth, question = sections
    assert len(outside.entries) == 2 and outside.subtitle == BILL.title
    assert first.entries == () and [c.document for c in first.children] == [to_1]
    assert [e.annotation.anchor.position.start for e in seventh.entries] == [500]
    assert seventh.children_title == "Amendements visant l’article 7"
    assert seventh.subtitle.endswith("p.\u00a05")
    [amending] = seventh.children
    assert amending.document == to_7 and len(amending.entries) == 1
    assert ninth.subtitle == WORDS["fr"]["not_in_scope"] and ninth.children[0].document == to_9
    assert question.document == QUESTION


def test_tag_counts_rank_by_use():
    entries = [entry(BILL, 1, tags=("b", "A")), entry(BILL, 2, tags=("b",))]
    counts = tag_counts(entries, {"b": "#ff0000"})
    assert [(t.name, t.count, t.color) for t in counts] == [("b", 2, "#ff0000"), ("A", 1, "")]
