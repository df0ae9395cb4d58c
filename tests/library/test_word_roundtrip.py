"""Comments back in from Word: a colleague's comments arrive on their words, twice adds nothing,
and a damaged, locked or foreign file is refused whole."""

from __future__ import annotations

import copy
import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from docx.text.run import Run
from word_samples import annotated_bill, same_words

from reviewer.cli import main
from reviewer.core.errors import NotACopy, ReviewerError
from reviewer.library import Library
from reviewer.samples import bill


@pytest.fixture
def exported(library: Library, tmp_path: Path):
    annotated = annotated_bill(library, tmp_path, articles=15)
    path = tmp_path / "texte.docx"
    library.export_word([annotated.document_id], path)
    return annotated, path


def comment_on(document, paragraph, words: str, note: str, author: str = "Claire Martin"):
    """Comment some words of a one-run paragraph as Word does: the run cut around them."""
    [run] = paragraph.runs
    at = run.text.index(words)
    before, after = run.text[:at], run.text[at + len(words) :]
    middle, tail = copy.deepcopy(run._r), copy.deepcopy(run._r)
    run._r.addnext(middle)
    middle.addnext(tail)
    run.text = before
    Run(tail, paragraph).text = after
    words_run = Run(middle, paragraph)
    words_run.text = words
    return document.add_comment(words_run, text=note, author=author, initials="CM")


def colleague_comments(path: Path, count: int) -> list[tuple[str, str]]:
    """Comments on a few words of `count` uncommented alinéas; (words, note) of each."""
    document = docx.Document(str(path))
    plain = [
        p
        for p in document.paragraphs
        if len(p.runs) == 1 and p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    chosen = [p for p in plain if len(p.text.split()) >= 12][:count]
    added = []
    for number, paragraph in enumerate(chosen):
        words = " ".join(paragraph.text.split()[4:10])
        note = f"avis du groupe {number}"
        comment_on(document, paragraph, words, note)
        added.append((words, note))
    document.save(str(path))
    assert len(added) == count
    return added


def test_a_colleagues_comments_arrive_on_their_words(library: Library, exported):
    annotated, path = exported
    ours = len(library.annotations(document_id=annotated.document_id))
    added = colleague_comments(path, 10)
    outcome = library.import_word_annotations(annotated.document_id, path)
    assert (outcome.added, outcome.present, outcome.unfound) == (10, ours, ())
    theirs = {a.note: a for a in library.annotations(document_id=annotated.document_id)}
    text = "\f".join(p.text for p in library.pages(annotated.document_id))
    for words, note in added:
        annotation = theirs[note]
        assert same_words(annotation.quote) == same_words(words)
        assert annotation.author == "Claire Martin" and annotation.target == "passage"
        start = annotation.anchor.position.start
        assert same_words(text[start : start + len(annotation.quote)]) == same_words(words)
    again = library.import_word_annotations(annotated.document_id, path)
    assert (again.added, again.present) == (0, ours + 10)


def test_each_comment_lands_on_its_own_occurrence_of_repeated_words(
    library: Library, exported
) -> None:
    annotated, path = exported
    added = colleague_comments(path, 12)
    library.import_word_annotations(annotated.document_id, path)
    structure = library.structure(annotated.document_id)
    alineas = [a for article in _articles(structure) for a in article.children]
    text = "\f".join(p.text for p in library.pages(annotated.document_id))
    by_note = {a.note: a for a in library.annotations(document_id=annotated.document_id)}
    for words, note in added:
        start = by_note[note].anchor.position.start
        [home] = [a for a in alineas if a.start <= start < a.end]
        assert same_words(words) in same_words(text[home.start : home.end])


def _articles(sections):
    for section in sections:
        if section.kind == "article":
            yield section
        yield from _articles(section.children)


def test_the_export_comes_back_whole_into_another_library(tmp_path: Path, exported):
    annotated, path = exported
    with Library(tmp_path / "other") as other:
        bill(7, articles=15).write(tmp_path / "same.pdf")
        [doc] = [o.document_id for o in other.import_paths([tmp_path / "same.pdf"]).outcomes]
        outcome = other.import_word_annotations(doc, path)
        everything = [*annotated.single, *annotated.multiple, *annotated.notes]
        assert outcome.added == len(everything) and not outcome.unfound
        back = other.annotations(document_id=doc)
        assert sorted(a.target for a in back) == sorted(a.target for a in everything)
        tags = {a.note: set(a.tags) for a in back}
        assert all(tags[a.note] == set(a.tags) for a in everything)
        quotes = {a.note: same_words(a.quote) for a in back if a.target == "passage"}
        assert all(quotes[a.note] == same_words(a.quote) for a in annotated.single)


def test_an_edited_word_version_still_brings_its_comments_and_lists_the_lost_ones(
    library: Library, exported
):
    annotated, path = exported
    added = colleague_comments(path, 5)
    document = docx.Document(str(path))
    numbered = [
        p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    plain = [p for p in numbered if len(p.runs) == 1]
    plain[-1]._p.getparent().remove(plain[-1]._p)  # the colleague cut an alinéa
    new = plain[-2].insert_paragraph_before("Un alinéa que le collègue propose d'ajouter.")
    document.add_comment(new.runs, text="mon ajout", author="Claire Martin")
    document.save(str(path))
    before = len(library.annotations(document_id=annotated.document_id))
    outcome = library.import_word_annotations(annotated.document_id, path)
    assert outcome.added == len(added)
    assert len(outcome.unfound) == 1 and "mon ajout" in outcome.unfound[0]
    assert "Un alinéa que le collègue" in outcome.unfound[0]
    assert len(library.annotations(document_id=annotated.document_id)) == before + len(added)


def test_a_word_file_of_another_text_is_refused_whole(library: Library, exported, tmp_path):
    annotated, _ = exported
    bill(21, articles=6).write(tmp_path / "autre.pdf")
    [other] = [o.document_id for o in library.import_paths([tmp_path / "autre.pdf"]).outcomes]
    library.annotate(other, "Conseil d'État", note="ailleurs")
    library.export_word([other], tmp_path / "autre.docx")
    before = len(library.annotations())
    with pytest.raises(NotACopy, match=r"is not a Word version of .*nothing was imported"):
        library.import_word_annotations(annotated.document_id, tmp_path / "autre.docx")
    assert len(library.annotations()) == before


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", " " * 30_000_000)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda good: good[: len(good) // 2], "not a Word file, or it is damaged"),
        (lambda good: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000, "password-protected"),
        (lambda good: _bomb(), "unpacks to too much"),
        (lambda good: b"PK\x03\x04 not really a zip", "not a Word file, or it is damaged"),
    ],
    ids=["truncated", "encrypted", "zip bomb", "garbage"],
)
def test_a_damaged_or_locked_file_gets_a_message_and_nothing_is_imported(
    library: Library, exported, tmp_path: Path, make, message
):
    annotated, path = exported
    bad = tmp_path / "bad.docx"
    bad.write_bytes(make(path.read_bytes()))
    before = len(library.annotations())
    with pytest.raises(ReviewerError, match=message):
        library.import_word_annotations(annotated.document_id, bad)
    assert len(library.annotations()) == before


def test_the_cli_takes_a_docx_by_its_content_and_lists_what_it_cannot_place(tmp_path: Path, capsys):
    bill(5, articles=3).write(tmp_path / "pjl.pdf")
    lib = str(tmp_path / "lib")
    assert main(["import", "--library", lib, str(tmp_path / "pjl.pdf")]) == 0
    out = tmp_path / "texte.docx"
    assert main(["export", "word", "--library", lib, "Projet", "--output", str(out)]) == 0
    document = docx.Document(str(out))
    document.add_comment(document.paragraphs[3].runs, text="sur l'en-tête", author="Léa")
    document.add_comment(
        document.add_paragraph("Rien de tel dans le texte.").runs, text="perdu", author="Léa"
    )
    renamed = tmp_path / "retour-du-cabinet.zip"  # a .docx by its content, whatever its name
    document.save(str(renamed))
    capsys.readouterr()
    code = main(["import-annotations", "--library", lib, "Projet", str(renamed)])
    captured = capsys.readouterr()
    assert code == 0
    assert "1 comment of" in captured.out and "1 whose words are not found" in captured.out
    assert "not found:" in captured.err and "perdu" in captured.err


def test_the_notes_of_a_scan_without_text_go_out_and_back(
    library: Library, shared_pdfs: Path, tmp_path: Path
):
    scan = next((shared_pdfs / "image-only").glob("*.pdf"))
    [doc] = [o.document_id for o in library.import_paths([scan]).outcomes]
    library.add_note(doc, "sur la page", page=1)
    library.add_note(doc, "sur tout")
    assert library.export_word([doc], tmp_path / "scan.docx").comments == 2
    texts = sorted(c.text for c in docx.Document(str(tmp_path / "scan.docx")).comments)
    assert texts == ["Note sur la page 1\nsur la page", "Note sur le document\nsur tout"]
    outcome = library.import_word_annotations(doc, tmp_path / "scan.docx")
    assert (outcome.added, outcome.present) == (0, 2)


def test_a_pipe_named_docx_is_refused_without_blocking(library: Library, exported, tmp_path):
    annotated, _ = exported
    pipe = tmp_path / "tube.docx"
    os.mkfifo(pipe)
    with pytest.raises(ReviewerError, match="not a regular file"):
        library.import_word_annotations(annotated.document_id, pipe)


def test_an_import_tells_the_listeners_what_it_added(library: Library, exported):
    annotated, path = exported
    colleague_comments(path, 3)
    heard = []
    library.subscribe(heard.append)
    library.import_word_annotations(annotated.document_id, path)
    [changes] = heard
    assert len(changes.annotations) == 3 and changes.documents == {annotated.document_id}
