"""The PDF report layout: title page, blocks kept whole, bookmarks, page numbers."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pymupdf
import pypdf

from reviewer.pdf.report import ReportPages, render_report


@dataclass(frozen=True)
class Block:
    html: str
    bookmarks: tuple[tuple[int, str], ...] = ()


CSS = "body { font-family: serif; font-size: 11pt; } p { margin: 0 0 6pt 0; }"


def paragraphs(label: str, count: int) -> str:
    return "".join(f"<p>{label} ligne {n} de la reconnaissance faciale.</p>" for n in range(count))


def render(blocks: list[Block]) -> pymupdf.Document:
    pages = ReportPages(
        cover="<h1>Rapport d’annotations</h1><p>Établi par Léa</p>",
        blocks=blocks,
        css=CSS,
        title="Rapport d’annotations",
        author="Léa",
        page_label=lambda page, total: f"page {page} sur {total}",
    )
    seen: list[int] = []
    data = render_report(pages, on_page=seen.append)
    document = pymupdf.open("pdf", data)
    assert seen == list(range(1, document.page_count + 1))
    return document


def test_title_page_alone_then_blocks_with_bookmarks_and_page_numbers():
    document = render(
        [
            Block("<h2>Article 7</h2>" + paragraphs("A", 3), ((1, "Article 7"),)),
            Block(
                "<h3>Amendement n°\u00a012</h3>" + paragraphs("B", 2),
                ((2, "Amendement n°\u00a012"),),
            ),
        ]
    )
    assert document.page_count == 2
    assert "Établi par Léa" in document[0].get_text() and "Article 7" not in document[0].get_text()
    assert document.get_toc() == [[1, "Article 7", 2], [2, "Amendement n° 12", 2]]
    assert "page 1" not in document[0].get_text()
    [footer] = document[1].search_for("page 2 sur 2")
    assert footer.y0 > document[1].rect.height - 80  # at the foot of the page
    assert document.metadata["title"] == "Rapport d’annotations"
    assert document.metadata["author"] == "Léa"


def test_a_block_that_does_not_fit_starts_a_new_page_and_a_long_one_flows_on():
    document = render(
        [Block(paragraphs("A", 20)), Block(paragraphs("B", 30)), Block(paragraphs("C", 120))]
    )
    texts = [page.get_text() for page in document]
    assert "B ligne 0 " in texts[2] and "B ligne 29" in texts[2]  # kept whole
    assert "A ligne 19" in texts[1] and "B ligne" not in texts[1]
    assert any("C ligne 119" in text for text in texts[3:]) and document.page_count >= 5


def test_a_title_in_any_script_still_gets_its_footer():
    pages = ReportPages(
        cover="<h1>報告</h1>", blocks=[Block("<p>x</p>")], css=CSS, title="報告 — Ελλάδα"
    )
    with pymupdf.open("pdf", render_report(pages)) as document:
        assert "報告 — Ελλάδα · 2 / 2" in document[1].get_text()


def test_the_text_layer_has_plain_letters_where_ligatures_are_drawn():
    # "fi", "ffi", "fl" are drawn as one glyph each; their text must stay the letters, for a
    # reader's search and a copy into Word (pdftotext and MuPDF both read it back).
    words = "vérifier les fichiers officiels affluence"
    document = render([Block(f"<p>{words}</p><p class='fi'>Réflexion</p>")])
    text = " ".join(page.get_text() for page in document)
    assert "vérifier les fichiers officiels affluence" in " ".join(text.split())
    assert "Réflexion" in text
    assert not {"\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04"} & set(text)


def test_metadata_with_no_break_spaces_and_latin_letters_reads_back_exactly(tmp_path):
    """Latin-1 text written as such reads as PDFDocEncoding: a no-break space became "€"."""
    title = "Note à l’attention de Mme la députée\u00a0: vérifier\u202f!"
    pages = ReportPages(cover="<p>x</p>", blocks=(), css="", title=title, author="Zoé\u00a0M.")
    with pymupdf.open("pdf", render_report(pages)) as document:
        assert document.metadata["title"] == title
        assert document.metadata["author"] == "Zoé\u00a0M."
    assert pypdf.PdfReader(io.BytesIO(render_report(pages))).metadata.title == title
