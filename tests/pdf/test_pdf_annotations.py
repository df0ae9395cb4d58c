"""Native PDF annotations: what we write is a real /Highlight (checked with pypdf, not PyMuPDF);
what PDFs hold (highlights, strike-outs, notes, free text) is read with its details."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pymupdf
import pypdf
import pytest
from helpers import write_test_pdf

from reviewer.core.records import Rect
from reviewer.pdf.annotations import PdfMark, iso_date, read_marks, write_marks
from reviewer.pdf.clips import PageClipper, Region


@pytest.fixture
def two_pages(tmp_path: Path) -> Path:
    return write_test_pdf(
        tmp_path / "two.pdf", ["Le recours à la reconnaissance faciale.", "Avis de la CNIL."]
    )


def box_of(path: Path, page: int, word: str) -> Rect:
    with pymupdf.open(path) as document:
        x0, y0, x1, y1, *_ = next(w for w in document[page - 1].get_text("words") if w[4] == word)
    return Rect(x0, y0, x1, y1)


def highlight(path: Path, *words: str, page: int = 1, name: str = "reviewer:abc") -> PdfMark:
    return PdfMark(
        kind="highlight",
        page=page,
        rects=tuple(box_of(path, page, word) for word in words),
        color="#e57373",
        contents="Point clé (é, œ, « »)",
        subject="VSA; CNIL",
        author="Léa Martin",
        name=name,
        created="2026-11-20T09:00:00.000Z",
        modified="2026-11-21T10:30:00.000Z",
    )


def test_written_highlights_are_real_pdf_highlights_for_another_reader(two_pages: Path):
    before = hashlib.sha256(two_pages.read_bytes()).hexdigest()
    note = PdfMark("text", 2, (), "#ffd54f", "Relire la page", name="reviewer:page:xyz")
    data = write_marks(two_pages, [highlight(two_pages, "reconnaissance", "faciale."), note])
    assert hashlib.sha256(two_pages.read_bytes()).hexdigest() == before  # source untouched
    reader = pypdf.PdfReader(io.BytesIO(data))
    [annot] = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert annot["/Subtype"] == "/Highlight"
    assert len(annot["/QuadPoints"]) == 16  # two quads of four points
    assert annot["/Contents"] == "Point clé (é, œ, « »)"
    assert (annot["/T"], annot["/Subj"], annot["/NM"]) == (
        "Léa Martin",
        "VSA; CNIL",
        "reviewer:abc",
    )
    assert annot["/CreationDate"].startswith("D:20261120090000")
    assert [round(c, 2) for c in annot["/C"]] == [0.9, 0.45, 0.45]
    [sticky] = [a.get_object() for a in reader.pages[1]["/Annots"] if a["/Subtype"] == "/Text"]
    assert sticky["/Contents"] == "Relire la page" and sticky["/NM"] == "reviewer:page:xyz"


def test_marks_read_back_as_written(two_pages: Path, tmp_path: Path):
    written = highlight(two_pages, "reconnaissance", "faciale.")
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(write_marks(two_pages, [written]))
    [read] = read_marks(copy).marks
    assert read.text == "reconnaissance faciale."
    assert (read.kind, read.page, read.color, read.contents) == (
        "highlight",
        1,
        "#e57373",
        written.contents,
    )
    assert (read.subject, read.author, read.name) == (written.subject, written.author, written.name)
    assert (read.created, read.modified) == ("2026-11-20T09:00:00.000Z", "2026-11-21T10:30:00.000Z")
    assert [round(r.x0) for r in read.rects] == [round(r.x0) for r in written.rects]


def test_writing_again_replaces_our_older_version_and_drops_deleted_ones(two_pages, tmp_path):
    first = tmp_path / "first.pdf"
    first.write_bytes(
        write_marks(two_pages, [highlight(two_pages, "CNIL.", page=2, name="reviewer:gone"),
                                highlight(two_pages, "recours")])
    )  # fmt: skip
    again = write_marks(first, [highlight(first, "faciale.")], drop={"reviewer:gone"})
    second = tmp_path / "second.pdf"
    second.write_bytes(again)
    assert [(m.page, m.text) for m in read_marks(second).marks] == [(1, "faciale.")]


def test_the_shared_files_annotations_are_read_with_their_details(shared_pdfs: Path):
    folder = shared_pdfs / "annotations"
    japanese = read_marks(folder / "pdfplumber_issue-463-highlight-utf16-japanese.pdf")
    first = japanese.marks[0]
    assert (first.kind, first.page, first.contents, first.author) == (
        "highlight",
        1,
        "日本語",
        "tung.phanhuy",
    )
    assert first.text.startswith("A grasshopper spent the summer") and len(first.rects) == 3
    assert (first.color, first.created) == ("#ffd100", "2021-06-08T09:13:56.000Z")
    assert first.name == "e151784e-f8ef-754f-a47b-db1d0240d4be"
    kinds = [m.kind for m in read_marks(folder / "pdfplumber_annotations.pdf").marks]
    assert sorted(kinds) == ["highlight", "strikeout", "text"]  # the stamp is not ours to read
    [comment] = read_marks(folder / "qpdf_comment-annotation.pdf").marks
    assert (comment.kind, comment.contents, comment.author) == ("text", "Salad", "Jay Berkenbilt")
    rotated = read_marks(folder / "qpdf_annotations-rotated-90.pdf").marks
    assert [m.kind for m in rotated] == ["freetext"] * 4


def test_pdf_dates_of_every_shape():
    assert iso_date("D:20210608161356+07'00'") == "2021-06-08T09:13:56.000Z"
    assert iso_date("D:20181231235455Z00'00") == "2018-12-31T23:54:55.000Z"
    assert iso_date("D:2021") == "2021-01-01T00:00:00.000Z"
    assert iso_date("yesterday") == iso_date("D:20211399") == ""


@pytest.mark.parametrize(
    "odd",
    [
        "D:20210608161356+24'00'",
        "D:20210608161356-99'59'",
        "D:99991231235959-05'00'",
        "D:00000101",
        "D:20210230",
        "D:\x00garbage\x1b",
        "D:" + "9" * 40,
    ],
)
def test_dates_no_calendar_has_are_unreadable_not_errors(odd):
    assert iso_date(odd) == ""


@pytest.mark.parametrize(
    "name", ["qpdf_inherited-rotate.pdf", "pdfplumber_issue-1054-rotate-270-german-gazette.pdf"]
)
def test_highlights_and_clips_land_on_their_words_on_rotated_pages(
    shared_pdfs: Path, name, tmp_path
):
    source = shared_pdfs / "rotation" / name
    with pymupdf.open(source) as document:
        first = document[0].get_text("words")[0]
    mark = PdfMark("highlight", 1, (Rect(*first[:4]),), "#ffd54f", "", name="reviewer:r")
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(write_marks(source, [mark]))
    assert read_marks(copy).marks[0].text == first[4]
    with PageClipper(source) as clipper:
        clip = clipper.clip(Region(1, mark.rects, "#ffd54f"))
    assert clip is not None and clip.png.startswith(b"\x89PNG")
    picture = pymupdf.Pixmap(clip.png)
    assert (
        picture.width > picture.height
        if name.startswith("pdfplumber")
        else picture.height > picture.width
    )
