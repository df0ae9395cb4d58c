"""Generated documents lose no word: every block's text is on a page, where it can be read."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf
from helpers import versions_of_a_bill

from reviewer.pdf import Block, write_pdf
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
