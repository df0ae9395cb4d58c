"""Every report format, read back by an independent reader rather than trusted."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from datetime import date

import docx
import pytest

from reviewer.core.records import Anchor, Annotation, Document, TextPosition, TextQuote
from reviewer.core.reports import Entry, Format, GroupBy, Picture, Report, ReportOptions, tag_counts
from reviewer.export.grouping import by_document, by_tag
from reviewer.export.html import html_document
from reviewer.export.markdown import markdown_text
from reviewer.export.writers import WRITERS

# A 1x1 PNG: enough to check that pictures are embedded, not linked.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
BILL = Document(
    1, "a" * 64, "Proposition de loi n° 1040", "proposition de loi", "", "", "", 12, 0, "",
    {"number": "1040", "legislature": "17", "authors": ["Mme Anne Lefèvre", "M. Paul Durand"],
     "registered": "2025-07-23"},
)  # fmt: skip


def annotation(number: int, quote: str, *, tags: tuple[str, ...], note: str = "") -> Annotation:
    anchor = Anchor(3, (), TextQuote(quote), TextPosition(100 * number, 100 * number + len(quote)))
    return Annotation(
        f"id-{number}", BILL.id, anchor, "#e57373", note, tags, "Léa Martin",
        "2026-11-20T09:00:00.000Z", "2026-11-21T09:00:00.000Z",
    )  # fmt: skip


ENTRIES = [
    Entry(
        annotation(1, "la reconnaissance\nfaciale", tags=("VSA",), note="Point clé : CNIL ?"),
        BILL,
        "Art. 7, al. 3",
        "rouge",
        Picture(PNG, 300, 20),
    ),
    Entry(annotation(2, "l'avis de la CNIL", tags=("CNIL", "VSA")), BILL, "Art. 8", "rouge"),
]


def report(fmt: Format, *, lang: str = "fr", group_by: GroupBy = GroupBy.DOCUMENT) -> Report:
    options = ReportOptions(format=fmt, lang=lang, group_by=group_by, title="Note à la députée")
    sections = (
        by_tag(ENTRIES, (), untagged="-") if group_by is GroupBy.TAG else by_document(ENTRIES)
    )
    return Report(
        options=options,
        author="Léa Martin",
        day=date(2026, 11, 23),
        documents=(),
        library_size=4,
        sections=sections,
        tag_counts=tag_counts(ENTRIES, {"vsa": "#ba68c8"}),
    )


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_docx_has_the_title_page_the_summary_and_each_annotation():
    document = docx.Document(io.BytesIO(WRITERS[Format.DOCX](report(Format.DOCX))))
    paragraphs = [plain(p.text) for p in document.paragraphs]
    headings = [plain(p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Note à la députée" in paragraphs and "23 NOVEMBRE 2026" in paragraphs
    assert headings == ["Synthèse des étiquettes", "Proposition de loi n° 1040"]
    assert "la reconnaissance faciale" in paragraphs and "p. 3 · Art. 7, al. 3" in paragraphs
    assert "Note : Point clé : CNIL ?" in paragraphs
    assert any(p.startswith("Léa Martin · 20 novembre 2026 (modifiée le 21") for p in paragraphs)
    cover, summary, facts = (
        [[plain(c.text) for c in row.cells] for row in t.rows] for t in document.tables
    )
    assert ["Établi par", "Léa Martin"] in cover and ["Classement", "par document"] in cover
    assert summary == [["Étiquette", "Annotations"], ["VSA", "2"], ["CNIL", "1"]]
    assert ["Auteurs", "Mme Anne Lefèvre, M. Paul Durand"] in facts
    assert ["Enregistré le", "23 juillet 2025"] in facts
    assert len(document.inline_shapes) == 1
    assert document.core_properties.title == "Note à la députée"
    quote = next(p for p in document.paragraphs if p.text == "la reconnaissance faciale")
    assert 'w:color="e57373"' in quote._p.xml  # the bar in the highlight colour


def test_markdown_reads_as_a_document():
    text = markdown_text(report(Format.MARKDOWN, group_by=GroupBy.TAG))
    assert text.startswith("# Note à la députée\n")
    assert "## VSA" in text and "## CNIL" in text
    assert "> la reconnaissance faciale" in text
    assert "**Proposition de loi n° 1040 · p. 3 · Art. 7, al. 3**" in plain(text)
    assert "![la reconnaissance faciale](data:image/png;base64," in plain(text)
    assert "`CNIL`" in text


def test_html_is_self_contained():
    text = html_document(report(Format.HTML, lang="en"))
    assert text.startswith("<!DOCTYPE html>") and '<html lang="en">' in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    assert "@import" not in text and "url(" not in text
    assert 'src="data:image/png;base64,' in text
    assert "Annotation report" not in text  # the given title wins
    assert "border-left-color: #e57373" in text and "Tags summary" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_csv_has_one_row_per_annotation_for_a_spreadsheet(lang: str):
    raw = WRITERS[Format.CSV](report(Format.CSV, lang=lang, group_by=GroupBy.TAG))
    assert raw.startswith("\ufeff".encode())
    rows = list(
        csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";" if lang == "fr" else ",")
    )
    assert [row["id"] for row in rows] == ["id-1", "id-2"]
    assert rows[1]["tags"] == "CNIL; VSA" and rows[0]["location"] == "Art. 7, al. 3"
    assert rows[0]["quote"] == "la reconnaissance\nfaciale"


def test_json_keeps_the_sections_and_the_annotations():
    data = json.loads(WRITERS[Format.JSON](report(Format.JSON, group_by=GroupBy.TAG)))
    assert data["title"] == "Note à la députée" and data["scope"]["group_by"] == "tag"
    assert [s["title"] for s in data["sections"]] == ["CNIL", "VSA"]
    assert data["sections"][1]["annotations"] == ["id-1", "id-2"]
    assert data["annotations"][0]["tags"] == ["VSA"]
    assert data["tags"][0] == {"name": "VSA", "color": "#ba68c8", "count": 2}
