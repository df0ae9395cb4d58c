"""What helps to move through a document: the PDF's own outline and page labels, and
where a detected section's heading sits on its page."""

from __future__ import annotations

from pathlib import Path

from helpers import write_test_pdf

from reviewer.core.records import Snippet
from reviewer.library import Library

BILL = [
    "PROJET DE LOI\nArticle premier\nLe recours à la reconnaissance faciale est interdit.\n"
    "Article 7\nLes élu·es sont informés par la CNIL.",
    "Article 8\nLes dispositifs déployés avant 2024 sont retirés.",
]


def imported(library: Library, path: Path) -> int:
    return library.import_paths([path]).outcomes[0].document_id


def test_a_pdf_with_bookmarks_gives_its_nine_entries(library: Library, shared_pdfs: Path):
    document = imported(library, shared_pdfs / "outline" / "samplefiles_pdflatex-outline.pdf")
    bookmarks = library.bookmarks(document)
    assert len(bookmarks) == 9
    assert [b.title for b in bookmarks[:3]] == ["Foo", "Bar", "Baz"]
    foo, bar = bookmarks[:2]
    assert foo.page == bar.page == 2 and foo.y is not None and bar.y is not None
    assert foo.y < bar.y  # Points from the top of the page, as words are.


def test_page_labels_come_from_the_file(library: Library, shared_pdfs: Path):
    document = imported(library, shared_pdfs / "outline" / "qpdf_page-labels-and-outlines.pdf")
    labels = library.page_labels(document)
    assert labels[2:5] == ("i", "ii", "iii")


def test_a_broken_outline_and_no_labels_give_nothing(library: Library, shared_pdfs: Path):
    document = imported(library, shared_pdfs / "outline" / "ocrmypdf_kcs-invalid-toc.pdf")
    assert library.bookmarks(document) == ()
    assert library.page_labels(document) == ()


def test_a_section_place_is_its_heading_line(library: Library, tmp_path: Path):
    document = imported(library, write_test_pdf(tmp_path / "pjl.pdf", BILL))
    article_7 = next(s for s in library.structure(document) if s.label == "Article 7")
    article_8 = next(s for s in library.structure(document) if s.label == "Article 8")
    place, next_page = (library.section_place(document, s) for s in (article_7, article_8))
    assert place is not None and next_page is not None
    assert place.page == 1 and next_page.page == 2
    # Article 7 is the fourth line of its page, Article 8 the first of the next.
    assert place.rect.y0 > next_page.rect.y0 + 30


def test_go_to_finds_pages_labels_and_articles(library: Library, tmp_path: Path):
    document = imported(library, write_test_pdf(tmp_path / "pjl.pdf", BILL))
    assert library.find_place(document, "2").page == 2
    for wanted in ("art 7", "Art. 7", "article 7", "7"):
        place = library.find_place(document, wanted)
        assert place is not None and place.page == 1 and place.rect.y0 > 30, wanted
    assert library.find_place(document, "art 8").page == 2
    assert library.find_place(document, "art 99") is None
    assert library.find_place(document, "") is None


def test_go_to_a_page_label(library: Library, shared_pdfs: Path):
    document = imported(library, shared_pdfs / "outline" / "qpdf_page-labels-and-outlines.pdf")
    assert library.find_place(document, "iii").page == 5


PAGE = (
    "La CNIL rend un avis sur le décret. Le préfet consulte la CNIL avant tout déploiement. "
    "Les données sont détruites après un mois, sous le contrôle de la CNIL et du juge."
)


def test_a_result_goes_to_the_match_its_snippet_shows(library: Library, tmp_path: Path):
    document = imported(library, write_test_pdf(tmp_path / "avis.pdf", [PAGE]))
    quotes = [anchor.quote for anchor in library.query_passages(document, 1, "CNIL")]
    assert len(quotes) == 3
    text = "… sous le contrôle de la CNIL et du juge."
    start = text.index("CNIL")
    assert Snippet(text, ((start, start + 4),)).shown_passage(quotes) == 2
    text = "Le préfet consulte la CNIL avant tout …"
    start = text.index("CNIL")
    assert Snippet(text, ((start, start + 4),)).shown_passage(quotes) == 1
    assert Snippet("no span").shown_passage(quotes) == 0
