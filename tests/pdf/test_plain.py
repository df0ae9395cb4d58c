"""Amendments' PDFs: a few KB in the PDF standard's fonts, their page texts those read back."""

from __future__ import annotations

import re

import pymupdf
from helpers import AMENDMENTS

from reviewer.amendments import read_amendments
from reviewer.core.amendments import Amendment
from reviewer.library.amendment_files import blocks
from reviewer.pdf import Block, pdf_pages, plain

FRENCH = "é è à ç œ Œ « » ’ – — … É À Ç ô î ï û ù ë € n° 1er"


def real_amendments() -> list[Amendment]:
    found = [
        item
        for path in sorted(AMENDMENTS.iterdir())
        for item in read_amendments(path)
        if isinstance(item, Amendment)
    ]
    assert len(found) > 100
    return found


def test_every_real_amendment_reads_back_as_stored_and_weighs_a_few_kb():
    sizes = []
    for amendment in real_amendments():
        pdf, pages = plain.laid_out(blocks(amendment))
        assert pages == pdf_pages(pdf), amendment.number
        sizes.append(len(pdf))
        text = " ".join(page.text for page in pages)
        drawn = " ".join(plain.printable(block.text) for block in blocks(amendment))
        # Every letter drawn and read (a web address wider than a line is cut in two).
        assert re.sub(r"\W", "", text) == re.sub(r"\W", "", drawn), amendment.number
    sizes.sort()
    assert sizes[len(sizes) // 2] <= 8_000 and sizes[-1] <= 40_000, sizes[-5:]


def test_every_character_of_the_real_amendments_reads_back_as_itself_or_its_nearest():
    characters = sorted(
        {c for a in real_amendments() for block in blocks(a) for c in block.text} | set(FRENCH)
    )
    for c in characters:
        text = f"Le mot {c}{c} et {c} ici."
        pdf, pages = plain.laid_out([Block("p", text)])
        assert pages == pdf_pages(pdf), repr(c)
        if c.isalnum() and c.isprintable() and c in plain.printable(c):
            assert c in pages[0].text, repr(c)  # French letters are never replaced
    for c in FRENCH.replace(" ", ""):
        assert plain.printable(c) == c


def test_french_spaces_and_hyphens_read_back_as_written_the_rare_others_as_nearest():
    text = "Sort\u202f: adopté ; l\u2011article 51\u20113, n°\u00a03"
    assert plain.printable(text) == text
    assert (
        plain.printable("x\u2212y\u2009: anti\u00adconstitution") == "x-y\u202f: anticonstitution"
    )
    pdf, pages = plain.laid_out([Block("p", text + " anti\u00adconstitution")])
    assert pages[0].text == text + " anticonstitution\n" == pdf_pages(pdf)[0].text


def test_long_paragraphs_continue_on_the_next_page_justified_and_whole():
    words = [f"mot{n}" for n in range(3000)]
    long_word = "x" * 300  # wider than a line: cut
    spread = "Un " + "deux" * 25 + " trois"  # a line of one wide gap stays ragged
    paragraphs = [" ".join(words), long_word, spread + " " + "quatre" * 20]
    pdf, pages = plain.laid_out([Block("h3", "Objet"), *(Block("p", p) for p in paragraphs)])
    assert len(pages) > 2 and pages == pdf_pages(pdf)
    text = "".join(page.text for page in pages)
    assert re.findall(r"mot\d+", text) == words
    assert text.replace("\n", "").count(long_word) == 1


def test_the_fonts_are_named_not_embedded():
    pdf, _pages = plain.laid_out([Block("h1", "Amendement n° 1"), Block("p", FRENCH)])
    with pymupdf.open("pdf", pdf) as document:
        fonts = document[0].get_fonts()
    assert {font[3] for font in fonts} == {"Times-Roman", "Times-Bold"}
    assert {font[1] for font in fonts} == {"n/a"}  # no font file in the PDF
    assert len(pdf) < 2_000


def test_a_heading_is_never_alone_at_the_foot_of_a_page():
    for lines in range(30, 60):
        blocks = [Block("p", f"Ligne {n}.") for n in range(lines)] + [Block("h3", "Objet")]
        _pdf, pages = plain.laid_out([*blocks, Block("p", "Le texte de l’objet.")])
        assert all(not page.text.endswith("Objet\n") for page in pages), lines
