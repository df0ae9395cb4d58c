"""User strings that would break a file or run in the program that opens it go out harmless.

Notes, tags and titles come from received PDFs (`/Title`) and colleagues' W3C files: a
control character, a spreadsheet formula or Markdown that renders as HTML must neither stop
the export nor do anything but show as written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import docx
import pytest
from export.test_export_formats import BILL, ENTRIES, report
from helpers import SHARED_PDFS
from markdown_it import MarkdownIt

from reviewer.core.reports import Entry, Format, ReportOptions, tag_counts
from reviewer.export.grouping import by_document
from reviewer.export.writers import WRITERS
from reviewer.library import Library

CONTROL = "avant\x1a\x00\x0bapr\x08ès"  # \x1a is in the text layer of a real shared PDF
FORMULAS = ['=HYPERLINK("http://x";"clic")', "+33 1 40 63", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]
MARKDOWN_TAG = "x` <img src=http://example.invalid/a.png> `y"


def hostile_report(fmt: Format, *, quote: str, note: str, tags: tuple[str, ...], title: str):
    document = replace(BILL, title=title)
    first = ENTRIES[0]
    annotation = replace(
        first.annotation,
        anchor=replace(
            first.annotation.anchor, quote=replace(first.annotation.anchor.quote, exact=quote)
        ),
        note=note,
        tags=tags,
    )
    entries = [Entry(annotation, document, first.location, first.color_name)]
    base = report(fmt)
    return replace(base, sections=by_document(entries), tag_counts=tag_counts(entries, {}))


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_control_characters_never_stop_an_export(fmt: Format):
    hostile = hostile_report(
        fmt, quote=CONTROL, note=f"note {CONTROL}", tags=(f"tag{CONTROL}",), title=f"T{CONTROL}"
    )
    data = WRITERS[fmt](hostile)
    assert data
    if fmt is Format.DOCX:
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert "avantaprès" in text  # the words stay, the characters XML cannot hold go
        assert "\x1a" not in text


def test_csv_cells_never_start_a_formula():
    for formula in FORMULAS:
        hostile = hostile_report(
            Format.CSV, quote=formula, note=formula, tags=(formula,), title=formula
        )
        text = WRITERS[Format.CSV](hostile).decode("utf-8-sig")
        (row,) = list(csv.DictReader(io.StringIO(text), delimiter=";"))
        for column in ("quote", "note", "tags", "document"):
            assert row[column] == "'" + formula, (column, row[column])


def test_csv_leaves_ordinary_text_as_it_is():
    hostile = hostile_report(
        Format.CSV, quote="la CNIL", note="avis = réservé", tags=("coût",), title="PJL"
    )
    text = WRITERS[Format.CSV](hostile).decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert (row["quote"], row["note"], row["tags"]) == ("la CNIL", "avis = réservé", "coût")


@pytest.mark.parametrize(
    "tag",
    [MARKDOWN_TAG, "``", "`", "a``b"],
)
def test_markdown_shows_a_tag_as_written_and_never_as_html(tag: str):
    hostile = hostile_report(
        Format.MARKDOWN,
        quote="<script>alert(1)</script> [lien](http://example.invalid)",
        note="![img](http://example.invalid/p.png)\n===\n- item\n<b>gras</b>",
        tags=(tag,),
        title="*titre* <i>x</i>",
    )
    html = MarkdownIt("commonmark", {"html": True}).render(
        WRITERS[Format.MARKDOWN](hostile).decode("utf-8")
    )
    assert "<img" not in html and "<script" not in html and "<b>" not in html
    assert "<a " not in html and "<i>" not in html and "<em>titre" not in html
    assert "<h1>gras" not in html and "<li>item" not in html
    code_spans = MarkdownIt("commonmark").parse(WRITERS[Format.MARKDOWN](hostile).decode("utf-8"))
    inline_code = [
        child.content
        for token in code_spans
        if token.children
        for child in token.children
        if child.type == "code_inline"
    ]
    assert tag in inline_code


@pytest.fixture(scope="module")
def geotopo(tmp_path_factory):
    """A real 117-page PDF whose text layer holds \x1a (page 29), with one highlight on it."""
    library = Library(tmp_path_factory.mktemp("geotopo") / "library")
    path = SHARED_PDFS / "large" / "samplefiles_GeoTopo-komprimiert-117p.pdf"
    [outcome] = library.import_paths([path]).outcomes
    text = library.pages(outcome.document_id)[28].text
    start = text.index("\x1a") - 10
    library.highlight(outcome.document_id, 29, start, start + 20, note="=1+1", tags=["-x"])
    yield library
    library.close()


@pytest.mark.parametrize("fmt", [Format.DOCX, Format.CSV, Format.MARKDOWN, Format.HTML])
def test_a_highlight_on_a_real_pdf_with_a_control_character_exports(geotopo, tmp_path, fmt):
    path = tmp_path / f"report.{fmt.value}"
    geotopo.export_report(ReportOptions(format=fmt), path)
    if fmt is Format.DOCX:
        paragraphs = [p.text for p in docx.Document(path).paragraphs]
        assert "1, . . . ,  xi, ." in paragraphs  # the words stay, \x1a goes
    if fmt is Format.CSV:
        assert "'=1+1" in path.read_text(encoding="utf-8-sig")
