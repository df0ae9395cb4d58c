"""Versions of a bill as the matching sees them, for the tests of reviewer.versions.

Importable as `version_texts` (pytest's pythonpath includes tests/).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reviewer.core.comparison import Unit
from reviewer.core.records import TextQuote
from reviewer.legislative.structure import detect_structure
from reviewer.pdf import Block, read_document, write_pdf
from reviewer.versions.relocation import Passage, Relocation
from reviewer.versions.textmap import NormalText, normal_form, normalise
from reviewer.versions.units import units_of


@dataclass(frozen=True)
class Version:
    """One version of a bill as the program sees it: its text and its articles."""

    text: str
    units: list[Unit]

    def unit(self, label: str) -> Unit:
        return next(unit for unit in self.units if unit.label == label)

    @cached_property
    def normal(self) -> NormalText:
        return normalise(self.text)

    def passage(
        self, phrase: str, key: str = "p", *, within: str | None = None, after: int = 0
    ) -> Passage:
        """An annotation on `phrase` (found whatever the line breaks), as the viewer makes it:
        the first occurrence in the article `within`, or after the offset `after`."""
        normal = self.normal
        low = normal.normal_offset(max(after, self.unit(within).start if within else 0))
        at = normal.text.index(normal_form(phrase), low)
        start, end = normal.original_span(at, at + len(normal_form(phrase)))
        quote = TextQuote(
            self.text[start:end], self.text[max(0, start - 32) : start], self.text[end : end + 32]
        )
        return Passage(key, quote, start, end)

    def shows(self, carried: Relocation) -> str:
        """The text a carried annotation highlights, as one line."""
        return normal_form(self.text[carried.start : carried.end])


def print_and_read(blocks: Sequence[Block], path: Path) -> Version:
    """Blocks written to a PDF and read back, as an imported document is."""
    write_pdf(path, blocks)
    pages = [page.text for page in read_document(path).pages]
    return Version("\f".join(pages), units_of(detect_structure(pages)))


def laid_out(
    blocks: Sequence[Block], *, width: int = 90, lines: int = 40, hyphens: bool = False
) -> Version:
    """Blocks laid out as a PDF's text: wrapped lines, pages, words hyphenated at line ends."""
    wrapped: list[str] = []
    for block in blocks:
        block_lines = textwrap.wrap(block.text, width, break_on_hyphens=False)
        if hyphens:
            block_lines = hyphenated(block_lines)
        wrapped += block_lines
    pages = ["\n".join(wrapped[i : i + lines]) + "\n" for i in range(0, len(wrapped), lines)]
    return Version("\f".join(pages), units_of(detect_structure(pages)))


def hyphenated(lines: list[str]) -> list[str]:
    """Long words at the start of a line cut and their head moved up: "recon-" / "naissance"."""
    result = list(lines)
    for i in range(len(result) - 1):
        word, _, rest = result[i + 1].partition(" ")
        if len(word) >= 9 and word.isalpha():
            result[i] += f" {word[:4]}-"
            result[i + 1] = word[4:] + (f" {rest}" if rest else "")
    return result


def article_blocks(blocks: Sequence[Block], label: str) -> range:
    """The indexes of an article's heading and paragraphs."""
    start = next(i for i, b in enumerate(blocks) if b.style == "h3" and b.text == label)
    end = next((i for i in range(start + 1, len(blocks)) if blocks[i].style != "p"), len(blocks))
    return range(start, end)


def shifted(blocks: Sequence[Block], by: int, *, after: int = 0) -> list[Block]:
    """Article headings from index `after` on renumbered by `by` ("Article 2" -> "Article 3")."""

    def renumber(block: Block) -> Block:
        match = re.fullmatch(r"Article (\d+)(.*)", block.text)
        if block.style != "h3" or match is None:
            return block
        return Block("h3", f"Article {int(match.group(1)) + by}{match.group(2)}")

    return [*blocks[:after], *(renumber(block) for block in blocks[after:])]
