"""Generated documents lose no word: every block's text is on a page, where it can be read."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf
from helpers import versions_of_a_bill

from reviewer.pdf import Block, compose, laid_out, pdf_pages, read_document, write_pdf
from reviewer.samples.legislative import bill


def words_of(blocks: list[Block]) -> list[str]:
    return re.findall(r"\w+", " ".join(block.text for block in blocks))


def words_read(path: Path) -> list[str]:
    with pymupdf.open(path) as pdf:
        text = " ".join(page.get_text() for page in pdf)
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text))  # "ﬁ" is "fi"


def test_a_paragraph_reaching_the_page_bottom_continues_on_the_next_page(tmp_path: Path):
    # This layout once put a paragraph below the bottom of page 7, out of sight.
    _old, new = versions_of_a_bill(tmp_path)
    with pymupdf.open(new) as pdf:
        assert "le contrôle de l'autorité judiciaire." in pdf[-1].get_text()


def test_every_word_of_generated_bills_is_readable(tmp_path: Path):
    for seed in range(6):
        blocks = list(bill(seed, articles=10).blocks)
        path = tmp_path / f"{seed}.pdf"
        write_pdf(path, blocks)
        assert words_read(path) == words_of(blocks), seed


def test_a_pdf_laid_out_in_memory_is_the_one_written_and_its_texts_those_read_back(
    tmp_path: Path,
):
    # Amendments are laid out in memory, their page texts taken as drawn: the PDFs and
    # the texts must be those the file-based layout and the reader give, page for page.
    blocks = list(bill(3, articles=12).blocks)
    path = tmp_path / "bill.pdf"
    count = write_pdf(path, blocks)
    pdf, pages = laid_out(blocks)
    assert count > 1
    assert pdf == path.read_bytes()
    assert pages == read_document(path).pages


def test_every_character_taken_as_drawn_reads_back_the_same():
    # The page texts taken as drawn are trusted only for these characters: each is checked
    # alone (a font may give one glyph to two characters) and among the others.
    sure = [chr(c) for c in range(0x10000) if compose._READS_BACK.fullmatch(chr(c))]
    samples = [f"Le mot {c}{c} et {c} ici." for c in sure if c != "\n"]
    for text in [*samples, " ".join(samples)]:
        pdf, pages = laid_out([Block("h1", "Amendement n° 1"), Block("p", text)])
        assert pages == pdf_pages(pdf), text


def test_a_soft_hyphen_at_a_line_end_reads_as_the_pdf_gives_it():
    # Drawn as U+00AD, read back from the PDF as "-": the text is the one read back.
    word = "anti\u00adconstitutionnellement "
    pdf, pages = laid_out([Block("p", word * 40)])
    read = pdf_pages(pdf)
    assert pages == read
    assert "\u00ad" not in read[0].text and "-\n" in read[0].text
