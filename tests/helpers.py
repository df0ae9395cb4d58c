"""Helpers for tests: importable as `helpers` (pytest's pythonpath includes tests/)."""

from __future__ import annotations

import os
from pathlib import Path

# The shared material (real files), beside the repository unless REVIEWER_SHARED says where.
SHARED = Path(os.environ.get("REVIEWER_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"
SHARED_PDFS = SHARED / "pdfs"
AMENDMENTS = SHARED / "amendments"


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to open a network connection."""


def write_test_pdf(path: Path, pages: list[str], *, title: str = "") -> Path:
    """A PDF with one page per string (paragraphs split on blank lines)."""
    import pymupdf  # Tests may use PyMuPDF directly to make and inspect fixtures.

    document = pymupdf.open()
    for text in pages:
        page = document.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(56, 56, 539, 786), text, fontsize=11, fontname="helv")
    if title:
        document.set_metadata({"title": title})
    document.save(path)
    document.close()
    return path


KEPT = "Le présent article entre en vigueur à une date fixée par décret en Conseil d'État"
AMENDED = "Les données collectées sont conservées pendant une durée de trente jours au plus"
DROPPED = "Un rapport annuel évalue les effets du dispositif sur la vie privée des personnes"


def versions_of_a_bill(folder: Path) -> tuple[Path, Path]:
    """A bill, and its next version: in Article 2 the KEPT sentence stays, AMENDED says
    "quinze jours" instead of "trente jours", DROPPED is deleted; an article 1er bis is
    inserted before it."""
    from reviewer.pdf import Block, write_pdf
    from reviewer.samples.legislative import bill

    blocks = list(bill(11, articles=6).blocks)
    first = next(i for i, b in enumerate(blocks) if b.text.startswith("Article 2"))
    ours = [Block("p", f"{KEPT}."), Block("p", f"{AMENDED}."), Block("p", f"{DROPPED}.")]
    old = [*blocks[: first + 1], *ours, *blocks[first + 1 :]]
    amended = AMENDED.replace("trente jours", "quinze jours")
    new_ours = [Block("p", f"{KEPT}."), Block("p", f"{amended}.")]
    inserted = [Block("h3", "Article 1er bis"), Block("p", "Un article nouveau est inséré.")]
    new = [*blocks[:first], *inserted, blocks[first], *new_ours, *blocks[first + 1 :]]
    paths = folder / "pjl-depot.pdf", folder / "pjl-commission.pdf"
    for path, version in zip(paths, (old, new), strict=True):
        write_pdf(path, version, title="Projet de loi relatif à la vidéoprotection")
    return paths
