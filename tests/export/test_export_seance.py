"""The séance sheet as PDF, DOCX and HTML: the articles in the order of discussion, each
amendment with its position, argument and notes; a contents by article; HTML escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pymupdf
import pytest
from amendment_samples import SEANCE, plfss_bill, senat_rows
from docx import Document as read_docx

from reviewer.core.kinds import AMENDEMENT
from reviewer.core.reports import Format
from reviewer.core.seance import SeanceOptions
from reviewer.library import Library

ARGUMENT = "Aligne le taux sur la CSG."


@pytest.fixture(scope="module")
def plfss(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, int, Path]]:
    """The Sénat's PLFSS 2018 amendments on their bill; positions on two of Article 7's
    and on one of Article 3's, a note on one, a draft on Article 7."""
    folder = tmp_path_factory.mktemp("plfss")
    with Library(folder / "library") as library:
        library.import_paths([SEANCE, plfss_bill(folder)])
        [bill_id] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
        on_7 = {e.number: e.id for e in library.amendments(bill_id, article="7")}
        first_on_3 = library.amendments(bill_id, article="3")[0].id
        library.set_position(first_on_3, "Sagesse", "À discuter en réunion de groupe.")
        library.set_position(on_7["2 rect."], "Favorable", ARGUMENT)
        library.set_position(on_7["32"], "Défavorable", "Coût non chiffré.")
        library.add_note(on_7["32"], "Voir l’étude d’impact", tags=["à vérifier"])
        library.save_draft(bill_id, article="7", op="delete-article")
        yield library, bill_id, folder


def written(library: Library, bill_id: int, folder: Path, fmt: Format, **options) -> Path:
    output = folder / f"fiche-{'-'.join(options) or 'all'}.{fmt.value}"
    library.export_seance(bill_id, output, options=SeanceOptions(format=fmt, **options))
    return output


def pdf_text(path: Path) -> str:
    with pymupdf.open(path) as document:
        return " ".join(" ".join(page.get_text().split()) for page in document)


def test_the_pdf_shows_the_articles_in_order_with_positions_arguments_and_notes(plfss):
    library, bill_id, folder = plfss
    text = pdf_text(written(library, bill_id, folder, Format.PDF, with_position=True))
    assert "Fiche de séance" in text and "3 amendements sur 2 articles" in text
    body = text[text.index("Sommaire") :]
    assert body.index("Article 3") < body.index("Article 7")
    seven = body[body.rindex("Article 7") :]
    assert seven.index("Amendement n° 2 rect.") < seven.index("Amendement n° 32")
    shown = ("Position : Favorable", ARGUMENT, "Position : Défavorable")  # split() ate the NBSP
    for said in (*shown, "Voir l’étude d’impact", "à vérifier"):
        assert said in text
    with pymupdf.open(written(library, bill_id, folder, Format.PDF, article="7")) as document:
        outline = [title for _level, title, _page in document.get_toc()]
    assert outline == ["Article 7"]


def test_a_draft_appears_at_its_article_marked_projet(plfss):
    library, bill_id, folder = plfss
    text = pdf_text(written(library, bill_id, folder, Format.PDF, article="7"))
    assert re.search(r"Projet d’amendement · .* \(projet\)", text)


def test_the_docx_has_a_heading_per_article_and_one_per_amendment(plfss):
    library, bill_id, folder = plfss
    document = read_docx(written(library, bill_id, folder, Format.DOCX, with_position=True))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "Sommaire"),
        ("Heading 1", "Article 3"),
        ("Heading 2", headings[2][1]),
        ("Heading 1", "Article 7"),
        ("Heading 2", "Amendement n°\u00a02 rect.\u00a0— Non soutenu"),
        ("Heading 2", headings[5][1]),
    ]
    assert headings[5][1].startswith("Amendement n°\u00a032")
    text = "\n".join(p.text for p in document.paragraphs)
    assert ARGUMENT in text and "Voir l’étude d’impact" in text
    contents = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert contents == [["Article", "Amendements"], ["Article 3", "1"], ["Article 7", "2"]]


class _Checked(HTMLParser):
    """Tags opened and closed in order; the text, unescaped."""

    VOID = frozenset({"meta", "br", "img", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_html_is_well_formed_and_escapes_the_amendment_texts(library, tmp_path):
    rows = senat_rows(tmp_path / "jeu.csv", 3)
    raw = rows.read_bytes().replace(
        b"Apr&#232;s l&#8217;article", b"Si a &lt; b &amp; &lt;script&gt;", 1
    )
    rows.write_bytes(raw)
    library.import_paths([rows, plfss_bill(tmp_path)])
    [bill_id] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
    [entry] = [e for e in library.amendments(bill_id) if "a < b &" in e.summary]
    library.set_position(entry.id, "Retrait", "Plutôt <b>un amendement</b> & rien d’autre")
    output = tmp_path / "fiche.html"
    library.export_seance(bill_id, output, format=Format.HTML)
    html = output.read_text(encoding="utf-8")
    assert "a &lt; b &amp;" in html and "<script>" not in html and "<b>un" not in html
    checked = _Checked()
    checked.feed(html)
    checked.close()
    assert checked.open == []
    text = "".join(checked.text)
    assert "Si a < b & <script>" in text and "Plutôt <b>un amendement</b> & rien d’autre" in text
    assert re.search(r'<a href="#article-1">', html) and 'id="article-1"' in html


def test_the_pdf_contents_gives_the_page_each_article_begins_on(plfss):
    library, bill_id, folder = plfss
    with pymupdf.open(written(library, bill_id, folder, Format.PDF)) as document:
        outline = document.get_toc()
        contents = " ".join(document[1].get_text().split())
        begins = {title: page for _level, title, page in outline}
        assert all(title in document[page - 1].get_text() for title, page in begins.items())
    rows = re.findall(r"(Article \d+(?: [a-z]+)?) (\d+) (\d+)", contents)
    assert len(rows) >= 20
    assert all(int(page) == begins[title] for title, _count, page in rows)
