"""`reviewer export word`: the text itself, each annotation a Word comment on its exact words."""

from __future__ import annotations

import random
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from word_samples import annotated_bill, covered, same_words

from reviewer.cli import main
from reviewer.library import Library
from reviewer.samples import bill

SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("word")
    with Library(folder / "library") as library:
        annotated = annotated_bill(library, folder)
        path = folder / "texte.docx"
        written = library.export_word([annotated.document_id], path)
        yield library, annotated, path, written


def _by_note(path: Path) -> dict[str, docx.comments.Comment]:
    """Each comment by its note (the notes of the sample are all different)."""
    comments = docx.Document(str(path)).comments
    return {_note_line(comment.text): comment for comment in comments}


def _note_line(text: str) -> str:
    return next(line for line in text.split("\n") if line.startswith(("remarque", "note")))


def test_every_annotation_is_one_comment_on_exactly_its_words(exported):
    _library, annotated, path, written = exported
    everything = [*annotated.single, *annotated.multiple, *annotated.notes]
    assert len(annotated.single) > 100 and len(annotated.multiple) > 20
    assert written.comments == len(everything)
    comments = _by_note(path)
    assert len(docx.Document(str(path)).comments) == len(everything) == len(comments)
    words = covered(path)

    def right(annotation) -> bool:
        comment = comments[annotation.note]
        return words[str(comment.comment_id)] == same_words(annotation.quote)

    assert all(right(a) for a in annotated.single)
    assert sum(right(a) for a in annotated.multiple) >= 0.99 * len(annotated.multiple)


def test_a_comment_has_the_note_then_the_tags_the_author_initials_and_date(exported):
    library, annotated, path, _ = exported
    tagged = library.annotation(next(a for a in annotated.single if len(a.tags) == 2).id)
    comment = _by_note(path)[tagged.note]
    assert comment.text == f"{tagged.note}\nÉtiquettes : {', '.join(tagged.tags)}"
    assert set(tagged.tags) == {"à revoir", "CNIL"}
    assert (comment.author, comment.initials) == ("testeur", "T")
    assert comment.timestamp.isoformat()[:19] == tagged.created[:19]


def test_notes_are_comments_on_the_title_and_on_the_paragraph_of_their_page(exported):
    library, annotated, path, _ = exported
    comments = _by_note(path)
    words = covered(path)
    document = library.document(annotated.document_id)
    on_text = comments["note sur tout le texte"]
    assert on_text.text == "Note sur le document\nnote sur tout le texte"
    assert words[str(on_text.comment_id)] == same_words(document.title)
    last_page = document.page_count
    on_page = comments[f"note de page {last_page}"]
    assert on_page.text.startswith(f"Note sur la page {last_page}\n")
    page_text = same_words(library.pages(document.id)[last_page - 1].text)
    assert words[str(on_page.comment_id)] in page_text  # a paragraph of that page


def test_the_structure_is_word_headings_and_the_alineas_numbered_paragraphs(exported):
    _library, _annotated, path, _ = exported
    paragraphs = docx.Document(str(path)).paragraphs
    styles = {p.text.split()[0]: p.style.name for p in paragraphs if p.text.strip()}
    assert styles["TITRE"] == "Heading 1"
    assert styles["CHAPITRE"] == "Heading 2"
    assert styles["Article"] == "Heading 3"
    article = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Article 2"))
    alinea = paragraphs[article + 1]
    numbering = alinea._p.pPr.numPr
    assert numbering is not None and numbering.ilvl.val == 0  # Word numbers it: 1, 2, 3...
    assert not alinea.text[:1].isdigit() or alinea.text[:2] in {"1°", "2°"}  # not as text


def test_several_documents_make_one_file_with_a_section_each(tmp_path: Path, library: Library):
    for seed in (3, 4):
        bill(seed, articles=4).write(tmp_path / f"b{seed}.pdf")
    outcomes = library.import_paths([tmp_path / "b3.pdf", tmp_path / "b4.pdf"]).outcomes
    ids = [o.document_id for o in outcomes]
    library.annotate(ids[0], "vidéoprotection", note="dans le premier")
    library.annotate(ids[1], "Conseil d'État", note="dans le second")
    written = library.export_word(ids, tmp_path / "deux.docx")
    document = docx.Document(str(tmp_path / "deux.docx"))
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == [library.document(i).title for i in ids]
    assert len(document.sections) == 2 and written.documents == 2
    assert sorted(c.text for c in document.comments) == ["dans le premier", "dans le second"]


def test_only_the_annotations_with_a_chosen_tag(exported, tmp_path: Path):
    library, annotated, _, _ = exported
    written = library.export_word([annotated.document_id], tmp_path / "cnil.docx", tags=["cnil"])
    expected = [a for a in [*annotated.single, *annotated.multiple] if "CNIL" in a.tags]
    assert written.comments == len(expected) > 0
    assert len(docx.Document(str(tmp_path / "cnil.docx")).comments) == len(expected)


def test_control_characters_in_a_note_do_not_break_the_file(tmp_path: Path, library: Library):
    bill(5, articles=2).write(tmp_path / "b.pdf")
    [doc] = [o.document_id for o in library.import_paths([tmp_path / "b.pdf"]).outcomes]
    library.annotate(doc, "vidéoprotection", note="bip\x07 \x0bfin", tags=["a\x00b"])
    library.export_word([doc], tmp_path / "t.docx")
    [comment] = docx.Document(str(tmp_path / "t.docx")).comments
    assert comment.text == "bip fin\nÉtiquettes : ab"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_file_and_keeps_every_comment(exported, tmp_path: Path):
    _library, _annotated, path, written = exported
    profile = tmp_path / "profile"
    done = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    converted = tmp_path / "texte.odt"
    assert done.returncode == 0 and converted.exists(), done.stderr
    with zipfile.ZipFile(converted) as archive:
        content = archive.read("content.xml").decode()
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == (
        written.comments
    )


def test_the_cli_writes_the_word_file(tmp_path: Path, capsys):
    bill(5, articles=3).write(tmp_path / "pjl.pdf")
    lib = str(tmp_path / "lib")
    assert main(["import", "--library", lib, str(tmp_path / "pjl.pdf")]) == 0
    main(["annotate", "--library", lib, "Projet", "vidéoprotection", "--note", "à voir"])
    capsys.readouterr()
    out = tmp_path / "texte.docx"
    code = main(["export", "word", "--library", lib, "Projet", "--output", str(out)])
    assert code == 0
    assert capsys.readouterr().out == f"wrote {out}: 1 document, 1 comment\n"
    [comment] = docx.Document(str(out)).comments
    assert comment.text == "à voir"


def test_the_runs_are_cut_only_where_a_quote_begins_or_ends(exported):
    _library, annotated, path, _ = exported
    document = docx.Document(str(path))
    body = document.element.body
    runs = len(body.findall(f".//{qn('w:r')}"))
    paragraphs = len(document.paragraphs)
    comments = len(annotated.single) + len(annotated.multiple) + len(annotated.notes)
    assert runs <= paragraphs + 3 * comments  # at most two cuts and a reference each


def test_every_quote_on_a_real_french_bill_is_commented_exactly(
    shared_pdfs: Path, library: Library, tmp_path: Path
):
    source = shared_pdfs / "french" / "regardscitoyens_pjl-retraites_pjlo.pdf"
    [doc] = [o.document_id for o in library.import_paths([source]).outcomes]
    pages = [page.text for page in library.pages(doc)]
    rng = random.Random(2)
    made = []
    while len(made) < 200:  # from anywhere to anywhere: inside words, over line ends
        page = rng.randrange(1, len(pages) + 1)
        if len(pages[page - 1]) > 400:
            start = rng.randrange(0, len(pages[page - 1]) - 300)
            end = start + rng.randrange(8, 300)
            made.append(library.highlight(doc, page, start, end, note=f"remarque {len(made)}"))
    library.export_word([doc], tmp_path / "pjl.docx")
    comments = _by_note(tmp_path / "pjl.docx")
    words = covered(tmp_path / "pjl.docx")
    wrong = [a for a in made if words[str(comments[a.note].comment_id)] != same_words(a.quote)]
    assert wrong == []
