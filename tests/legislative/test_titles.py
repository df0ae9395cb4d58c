"""Titles from what a document states, when its own title is a file name or a tool's."""

from __future__ import annotations

import pytest
from helpers import CORPUS

from reviewer.legislative.titles import is_real_title, stated_title
from reviewer.pdf import write_pdf
from reviewer.samples.legislative import amendment, bill, written_question


@pytest.mark.parametrize(
    "title",
    ["", "Microsoft Word - Document1", "Adobe Photoshop PDF", "untitled", "Sans titre",
     "rapport.docx", "an-question-ecrite-16e-leg-13417"],
)  # fmt: skip
def test_titles_that_name_a_tool_or_the_file_are_not_titles(title):
    assert not is_real_title(title, "an-question-ecrite-16e-leg-13417")


def test_a_real_title_is_one():
    assert is_real_title("Projet de loi relatif aux Jeux olympiques", "pjl-jo")


def test_the_corpus_gets_titles_that_say_what_each_document_is(library):
    library.import_paths([CORPUS])
    titles = {document.kind: document.title for document in library.documents()}
    assert "Question écrite n° 13417 de M. Jérôme Guedj (Intérieur et outre-mer)" in {
        d.title for d in library.documents()
    }
    assert titles["amendement"] == "Amendement — Article 42, état B"
    # Nothing to say what the others are: they keep their file's name.
    assert titles["other"] == "article-militant-legalisation-vsa-jo2024"


def test_generated_documents_without_a_title_are_named_from_their_text(library, tmp_path):
    made = {
        "bill": bill(4),
        "amendment": amendment(5, article="7"),
        "question": written_question(6),
    }
    for name, document in made.items():
        write_pdf(tmp_path / f"{name}-{name}.pdf", document.blocks)
    library.import_paths([tmp_path])
    titles = {d.kind: d.title for d in library.documents()}
    assert titles[made["bill"].kind] == made["bill"].title
    assert titles["amendement"].startswith("Amendement n° ")
    assert "Article 7" in titles["amendement"]
    assert titles["question écrite"].startswith("Question écrite n° ")


def test_a_bill_subject_skips_what_the_procedure_adds():
    pages = [
        "N° 387\nASSEMBLÉE NATIONALE\nPROJET DE LOI\nMODIFIÉ PAR LE SÉNAT,\n"
        "de financement de la sécurité sociale pour 2018,\nTRANSMIS PAR\n"
    ]
    title = stated_title("projet de loi", {"number": "387"}, pages)
    assert title == "Projet de loi de financement de la sécurité sociale pour 2018"
