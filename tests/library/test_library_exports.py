"""Exports and interchange through the facade, checked by reading the files back.

Reports are read with PyMuPDF (PDF) and python-docx (DOCX); annotated PDFs with pypdf, an
independent library; W3C files by importing them into another library.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import docx
import pymupdf
import pypdf
import pytest

from reviewer.core.errors import Cancelled, ReviewerError
from reviewer.core.events import CancelToken
from reviewer.core.records import Annotation, Document
from reviewer.core.reports import Format, GroupBy, ReportOptions
from reviewer.library import Library
from reviewer.samples.legislative import amendment, bill, written_question

NOTE = "Rédaction trop large : préciser ?"
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP  # no ligatures


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    samples = {
        "pjl.pdf": bill(7, articles=10),
        "amendement-7.pdf": amendment(11, article="7"),
        "amendement-2.pdf": amendment(12, article="2"),
        "question.pdf": written_question(5, answered=True),
    }
    for name, sample in samples.items():
        sample.write(folder / name)
    return [folder / name for name in samples]


@pytest.fixture(scope="module")
def template(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with the corpus and annotations of every kind; tests work on copies."""
    folder = tmp_path_factory.mktemp("template") / "library"
    with Library(folder) as library:
        library.import_paths(corpus)
        pjl, to_7, to_2, question = (find(library, kind) for kind in KINDS)
        article_7 = article(library, pjl, "Article 7")
        text = library.pages(pjl.id)[article_7.page - 1].text
        heading = text.index("Article 7", article_7.start - offset(library, pjl, article_7.page))
        start = text.index("\n", heading) + 1  # the article's first line
        end = text.index(" ", start + 20)
        tags = ["VSA", "reconnaissance faciale"]
        library.highlight(pjl.id, article_7.page, start, end, tags=tags, note=NOTE, color="red")
        library.annotate(pjl.id, "Conseil d'État", tags=["procédure"], color="blue")
        library.add_note(pjl.id, "Page à relire avec la députée.", page=2)
        library.add_note(pjl.id, "Texte prioritaire", tags=["suivi"])
        library.annotate(to_7.id, "exposé sommaire", tags=["CNIL"], note="Soutenir", color="green")
        library.annotate(to_2.id, "amendement", tags=["coût"])
        words = re.search(r"\b[a-zé]{9,}\b", library.pages(question.id)[0].text)
        library.highlight(
            question.id, 1, words.start(), words.end(), tags=["reconnaissance faciale"]
        )
    return folder


KINDS = ("pjl.pdf", "amendement-7.pdf", "amendement-2.pdf", "question.pdf")


def find(library: Library, name: str) -> Document:
    return next(d for d in library.documents() if Path(d.source).name == name)


def offset(library: Library, document: Document, page: int) -> int:
    return sum(len(p.text) + 1 for p in library.pages(document.id)[: page - 1])


def article(library: Library, document: Document, label: str):
    def walk(units):
        for unit in units:
            yield unit
            yield from walk(unit.children)

    return next(u for u in walk(library.structure(document.id)) if u.label == label)


@pytest.fixture
def lib(template: Path, tmp_path: Path) -> Iterator[Library]:
    shutil.copytree(template, tmp_path / "library")
    with Library(tmp_path / "library") as library:
        yield library


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def pdf_pages(path: Path) -> list[str]:
    with pymupdf.open(path) as document:
        return [plain(page.get_text(flags=TEXT_FLAGS)) for page in document]


# --- Reports ------------------------------------------------------------------------------


def test_pdf_report_read_back_has_title_page_metadata_and_every_annotation(lib, tmp_path):
    path = tmp_path / "rapport.pdf"
    progress = []
    report = lib.export_report(ReportOptions(), path, progress=progress.append)
    assert len(report.entries()) == 7 and progress
    cover, *body = pdf_pages(path)
    assert cover.startswith(_french_today().upper())
    assert "Rapport d’annotations" in cover and "Établi par testeur" in cover
    assert (
        "toute la bibliothèque (4 documents)" in cover and "7 annotations dans 4 documents" in cover
    )
    text = " ".join(body)
    assert text.index("Synthèse des étiquettes") < text.index("Proposition de loi")
    assert "Nature Proposition de loi Numéro" in text and "Législature 17" in text
    assert "Art. 7" in text and f"Note : {NOTE}" in text and "VSA" in text
    assert "Note sur la page 2 Note : Page à relire avec la députée." in text
    assert "Amendement n° 2293" in text and "Question écrite n° 6874" in text
    assert text.index("Note sur le document") < text.index("Note sur la page 2")  # reading order
    assert "page 2 sur" in body[0]
    with pymupdf.open(path) as document:
        red = (0.898, 0.451, 0.451)  # #e57373, the highlight's colour: the quote's left bar
        drawings = [d for page in document for d in page.get_drawings()]
        assert any(_close(d.get("fill"), red) or _close(d.get("color"), red) for d in drawings)
        assert [level for level, *_ in document.get_toc()][:2] == [1, 1]


def _close(color: tuple | None, wanted: tuple) -> bool:
    return (
        color is not None
        and len(color) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(color, wanted, strict=True))
    )


def _french_today() -> str:
    months = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    today = date.today()
    day = "1er" if today.day == 1 else str(today.day)
    return f"{day} {months.split()[today.month - 1]} {today.year}"


def test_docx_report_by_article_lists_passages_and_the_amendments_to_each_article(lib, tmp_path):
    path = tmp_path / "articles.docx"
    lib.export_report(ReportOptions(format=Format.DOCX, group_by=GroupBy.ARTICLE), path)
    document = docx.Document(str(path))
    headings = [
        (p.style.name, plain(p.text))
        for p in document.paragraphs
        if p.style.name.startswith("Heading")
    ]
    names = [text for _style, text in headings]
    assert names.index("Hors articles") < names.index("Article 2") < names.index("Article 7")
    seventh = names.index("Article 7")
    assert headings[seventh + 1][0] == "Heading 2" and headings[seventh + 1][1].startswith(
        "Amendement n° 2293"
    )
    paragraphs = [plain(p.text) for p in document.paragraphs]
    assert "Amendements visant l’article 7" in paragraphs
    assert any(p.startswith("p. ") and "Art. 7" in p for p in paragraphs)
    assert "Question écrite n° 6874 : Zones de célébration" in names  # not a bill: its own section


def test_filters_scope_the_report(lib, tmp_path):
    path = tmp_path / "r.json"
    pjl = find(lib, "pjl.pdf")
    only = lib.export_report(
        ReportOptions(format=Format.JSON, tags=("reconnaissance faciale",)), path
    )
    assert len(only.entries()) == 2
    data = json.loads(path.read_text())
    assert data["scope"]["tags"] == ["reconnaissance faciale"]
    assert {a["document_id"] for a in data["annotations"]} == {pjl.id, find(lib, "question.pdf").id}
    one = lib.export_report(ReportOptions(format=Format.JSON, document_ids=(pjl.id,)), path)
    assert {e.document.id for e in one.entries()} == {pjl.id} and len(one.entries()) == 4
    later = ReportOptions(format=Format.MARKDOWN, since=date.today() + timedelta(days=1))
    assert lib.export_report(later, tmp_path / "r.md").entries() == []
    assert "Aucune annotation ne correspond à ces critères." in (tmp_path / "r.md").read_text()
    assert lib.export_report(ReportOptions(format=Format.CSV, author="TESTEUR"), path).entries()
    assert not lib.export_report(ReportOptions(format=Format.CSV, author="paul"), path).entries()


def test_html_report_with_pictures_of_the_passages_is_self_contained(lib, tmp_path):
    path = tmp_path / "r.html"
    report = lib.export_report(ReportOptions(format=Format.HTML, images=True, lang="en"), path)
    text = path.read_text()
    passages = [e for e in report.entries() if not e.is_note]
    assert text.count('src="data:image/png;base64,') == len(passages) == 5
    assert "http://" not in text and "https://" not in text
    assert "Annotation report" in text and "7 annotations in 4 documents" in plain(text)


def test_pdf_report_with_pictures_and_a_cancelled_export_writes_nothing(lib, tmp_path):
    path = tmp_path / "images.pdf"
    lib.export_report(ReportOptions(images=True, group_by=GroupBy.TAG), path)
    with pymupdf.open(path) as document:
        assert sum(len(page.get_images()) for page in document) >= 5
        assert "reconnaissance faciale" in [title for _level, title, _page in document.get_toc()]
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        lib.export_report(ReportOptions(), tmp_path / "never.pdf", cancel=cancel)
    assert not (tmp_path / "never.pdf").exists()
    with pytest.raises(ReviewerError, match="does not exist"):
        lib.export_report(ReportOptions(), tmp_path / "no" / "such" / "folder.pdf")


# --- Annotated PDFs -----------------------------------------------------------------------


def test_annotated_pdf_has_native_highlights_and_the_stored_file_is_untouched(lib, tmp_path):
    pjl = find(lib, "pjl.pdf")
    stored = lib.pdf_path(pjl)
    before = hashlib.sha256(stored.read_bytes()).hexdigest()
    assert lib.export_annotated_pdf(pjl.id, tmp_path / "annotated.pdf") == 4
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == before
    reader = pypdf.PdfReader(tmp_path / "annotated.pdf")
    annots = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    highlights = [a for a in annots if a["/Subtype"] == "/Highlight"]
    notes = [a for a in annots if a["/Subtype"] == "/Text"]
    assert len(highlights) == 2 and len(notes) == 2
    by_note = {a.get("/Contents", ""): a for a in highlights}
    ours = by_note[NOTE]
    assert len(ours["/QuadPoints"]) % 8 == 0 and ours["/Subj"] == "reconnaissance faciale; VSA"
    assert ours["/NM"].startswith("reviewer:") and ours["/T"] == "testeur"
    with pytest.raises(ReviewerError, match="refusing"):
        lib.export_annotated_pdf(pjl.id, stored)


def test_round_trip_through_an_annotated_pdf_into_a_fresh_library(lib, tmp_path):
    pjl = find(lib, "pjl.pdf")
    lib.export_annotated_pdf(pjl.id, tmp_path / "annotated.pdf")
    with Library(tmp_path / "fresh") as fresh:
        [outcome] = fresh.import_paths([tmp_path / "annotated.pdf"]).outcomes
        taken = fresh.import_pdf_annotations(outcome.document_id)
        assert (taken.added, taken.present, taken.skipped) == (4, 0, ())
        again = fresh.import_pdf_annotations(outcome.document_id)
        assert (again.added, again.present) == (0, 4)
        assert _essentials(fresh.annotations()) == _essentials(lib.annotations(document_id=pjl.id))


def _essentials(annotations: list[Annotation]) -> list[tuple]:
    return sorted(
        (a.id, a.target, a.page, a.quote, a.color, a.note, a.tags, a.author) for a in annotations
    )


def test_the_shared_annotated_pdfs_import_once(lib, shared_pdfs: Path, tmp_path):
    folder = shared_pdfs / "annotations"
    with Library(tmp_path / "other") as other:
        report = other.import_paths(sorted(folder.glob("*.pdf")))
        ids = {Path(o.path).name: o.document_id for o in report.outcomes}
        japanese = ids["pdfplumber_issue-463-highlight-utf16-japanese.pdf"]
        first = other.import_pdf_annotations(japanese)
        assert first.added == 3 and first.skipped == ()
        notes = sorted(a.note for a in other.annotations(document_id=japanese))
        assert notes == ['"well"', "table", "日本語"]
        grasshopper = next(a for a in other.annotations(document_id=japanese) if a.note == "日本語")
        assert grasshopper.quote.startswith("A grasshopper") and grasshopper.color == "#ffd100"
        assert (
            grasshopper.author == "tung.phanhuy"
            and grasshopper.created == "2021-06-08T09:13:56.000Z"
        )
        assert other.import_pdf_annotations(japanese).present == 3
        mixed = other.import_pdf_annotations(ids["pdfplumber_annotations.pdf"])
        assert mixed.added == 3  # highlight, strike-out and a sticky note
        empty = other.import_pdf_annotations(ids["qpdf_annotations-rotated-90.pdf"])
        assert empty.added == 0 and len(empty.skipped) == 4 and "empty note" in empty.skipped[0]
        comment = other.import_pdf_annotations(ids["qpdf_comment-annotation.pdf"])
        [salad] = other.annotations(document_id=ids["qpdf_comment-annotation.pdf"])
        assert comment.added == 1 and (salad.target, salad.note) == ("page", "Salad")
        with pytest.raises(ReviewerError, match="not a copy"):
            other.import_pdf_annotations(japanese, folder / "qpdf_comment-annotation.pdf")


# --- W3C Web Annotations ------------------------------------------------------------------


@pytest.fixture
def colleague(corpus: list[Path], tmp_path: Path) -> Iterator[Library]:
    """Another library holding the same documents (so the same hashes), without annotations."""
    with Library(tmp_path / "colleague") as library:
        library.import_paths(corpus)
        yield library


def test_w3c_files_merge_without_duplicates_newest_wins_and_deletes_travel(
    lib, colleague, tmp_path
):
    shared = tmp_path / "mine.jsonld"
    assert lib.export_w3c(shared) == 7
    first = colleague.import_w3c(shared)
    assert (first.added, first.updated, first.unchanged, first.missing) == (7, 0, 0, ())
    assert _essentials(colleague.annotations()) == _essentials(lib.annotations())
    again = colleague.import_w3c(shared)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)

    passage, heading, *_ = lib.annotations(document_id=find(lib, "pjl.pdf").id)
    lib.update_annotation(passage.id, note="Nouvelle rédaction", tags=["VSA"])
    lib.delete_annotation(heading.id)
    lib.export_w3c(shared)
    mine_newer = colleague.update_annotation(passage.id, note="Ma version")  # newest wins
    merged = colleague.import_w3c(shared)
    assert (merged.added, merged.updated, merged.deleted, merged.unchanged) == (0, 0, 1, 6)
    assert colleague.annotation(passage.id).note == mine_newer.note == "Ma version"
    assert colleague.annotation(heading.id).deleted
    back = tmp_path / "theirs.jsonld"
    colleague.export_w3c(back)
    returned = lib.import_w3c(back)
    assert (returned.updated, returned.unchanged) == (1, 6)
    assert lib.annotation(passage.id).note == "Ma version"


def test_w3c_import_reports_documents_the_library_lacks(lib, corpus, tmp_path):
    question = find(lib, "question.pdf")
    lib.export_w3c(tmp_path / "q.jsonld", document_ids=[question.id])
    with Library(tmp_path / "small") as small:
        small.import_paths(corpus[:1])
        merged = small.import_w3c(tmp_path / "q.jsonld")
        assert merged.added == 0 and merged.missing == ((f"urn:sha256:{question.sha256}", 1),)
        assert small.annotations() == []


def test_w3c_passages_are_found_again_by_quote_when_offsets_changed(lib, colleague, tmp_path):
    path = tmp_path / "moved.jsonld"
    lib.export_w3c(path)
    data = json.loads(path.read_text())
    highlights = [i for i in data["first"]["items"] if i["motivation"] == "highlighting"]
    for item in highlights:
        _page, _quote, position = item["target"]["selector"]
        position["start"] += 3
        position["end"] += 3
    highlights[0]["target"]["selector"][1]["exact"] = "absent du texte"
    path.write_text(json.dumps(data))
    merged = colleague.import_w3c(path)
    assert (merged.added, merged.unanchored) == (6, 1)
    theirs = {a.id: a for a in colleague.annotations()}
    for mine in lib.annotations():
        if mine.id in theirs:
            assert theirs[mine.id].anchor.position == mine.anchor.position


def test_malformed_w3c_files_get_a_message_naming_the_file(lib, tmp_path):
    path = tmp_path / "broken.jsonld"
    path.write_text('{"type": "AnnotationPage", "items": [{"type": "Annotation"}]}')
    with pytest.raises(ReviewerError, match=r"broken.jsonld: annotation 1 of the file"):
        lib.import_w3c(path)
    with pytest.raises(ReviewerError, match="cannot read"):
        lib.import_w3c(tmp_path / "missing.jsonld")


@pytest.mark.parametrize(
    ("page", "start", "end", "exact"),
    [(0, 0, 4, "zzzz"), (999, 10**9, 10**9 + 3, "CNIL"), (2, 5, 5, "Article"), ("x", 0, 1, "\f")],
)
def test_odd_w3c_annotations_on_a_known_document_import_sensibly(
    lib, tmp_path, page, start, end, exact
):
    pjl = find(lib, "pjl.pdf")
    item = {
        "type": "Annotation",
        "id": f"urn:x-test:{page}-{start}",
        "target": {
            "source": f"urn:sha256:{pjl.sha256}",
            "selector": [
                {"type": "FragmentSelector", "value": f"page={page}"},
                {"type": "TextQuoteSelector", "exact": exact},
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "  "},
    }
    path = tmp_path / "odd.jsonld"
    path.write_text(json.dumps(item))
    merged = lib.import_w3c(path)
    assert merged.added + merged.unanchored == 1
    for annotation in lib.annotations(document_id=pjl.id):
        assert 1 <= annotation.page <= pjl.page_count and annotation.tags != ("",)
        if annotation.target == "passage":
            page_text = lib.pages(pjl.id)[annotation.page - 1].text
            assert annotation.quote.strip() and annotation.quote in page_text


def test_annotations_keep_their_ids_across_a_pdf_and_back(lib, tmp_path):
    # Our /NM carries the id: a PDF round trip then a W3C merge finds the same annotations.
    pjl = find(lib, "pjl.pdf")
    lib.export_annotated_pdf(pjl.id, tmp_path / "a.pdf")
    lib.export_w3c(tmp_path / "w.jsonld", document_ids=[pjl.id])
    with Library(tmp_path / "fresh") as fresh:
        [outcome] = fresh.import_paths([tmp_path / "a.pdf"]).outcomes
        fresh.import_pdf_annotations(outcome.document_id)
        ids = {a.id for a in fresh.annotations()}
    assert ids == {a.id for a in lib.annotations(document_id=pjl.id)}


def test_w3c_export_says_where_each_passage_is(lib, tmp_path):
    # The highlight on Article 7's first line: its location travels with it, as reports say it.
    path = tmp_path / "w3c.json"
    lib.export_w3c(path)
    items = json.loads(path.read_text())["first"]["items"]
    located = {item["id"]: item.get("location") for item in items}
    [article_7] = [a for a in lib.annotations() if a.note == NOTE]
    assert located[f"urn:uuid:{article_7.id}"] == "Art. 7, al. 1"
    notes = [a for a in lib.annotations() if a.target != "passage"]
    assert all(located[f"urn:uuid:{a.id}"] is None for a in notes)
