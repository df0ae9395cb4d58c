"""Recognising the text of scanned pages, in French, with Tesseract through PyMuPDF.

The recognised words are written into a copy of the PDF as invisible text, each
word over its picture: the page text, search, highlights and selection then
work on a scan as on any PDF. The work runs in the isolated reader, so a page
that makes Tesseract loop or exhaust memory is stopped like any bad page.

Tesseract is a separate install (with its French data); `find_tesseract` says
how to install it when it is missing.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from reviewer.core.errors import ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback, no_progress
from reviewer.core.i18n import N_, tr
from reviewer.core.records import Progress
from reviewer.pdf.guard import MUPDF
from reviewer.pdf.isolated import IsolatedReader
from reviewer.pdf.limits import LIMITS, Limits
from reviewer.pdf.reader import PageHook, PageText, opened, page_textpage

LANGUAGE = "fra"
# Tesseract reads best at 300 dpi; a page too large for that is read at fewer dots
# so that its picture stays under 40 megapixels (A2 at 300 dpi, 120 MB in RGB).
DPI = 300
MAX_PIXELS = 40_000_000
HOW_TO_INSTALL = N_(
    "install it (`sudo apt install tesseract-ocr tesseract-ocr-fra` on Debian or Ubuntu, "
    "`sudo dnf install tesseract "
    "tesseract-langpack-fra` on Fedora, `brew install tesseract tesseract-lang` on macOS), "
    "then run OCR again"
)
# The invisible words: Helvetica covers French; its glyphs are scaled to each word's box.
FONT = "helv"
BASELINE = 0.2  # Share of a word's height below its baseline (descenders).
FONT_SIZE = 0.8  # Font size as a share of the word's height.


class OcrUnavailable(ReviewerError):
    """Tesseract, or its French data, is not installed."""


@dataclass(frozen=True)
class Tesseract:
    tessdata: str  # the folder of its language data


@dataclass(frozen=True)
class OcrResult:
    pdf_bytes: bytes  # the PDF with its invisible text layer
    pages: tuple[PageText, ...]  # the page texts read back from it


def find_tesseract() -> Tesseract:
    """Where Tesseract's French data is; raise OcrUnavailable saying how to install it."""
    configured = os.environ.get("TESSDATA_PREFIX")
    if configured:
        folder, languages = configured, _languages_in(Path(configured))
    else:
        folder, languages = _ask_tesseract()
    if LANGUAGE not in languages:
        raise OcrUnavailable(
            tr(
                "Tesseract has no French data in {folder}: {advice}",
                folder=folder,
                advice=tr(HOW_TO_INSTALL),
            )
        )
    return Tesseract(folder)


def recognise(
    path: Path,
    *,
    page_count: int,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    limits: Limits = LIMITS,
) -> OcrResult:
    """Read every page of a scanned PDF with Tesseract; the file itself is left unchanged."""
    tesseract = find_tesseract()

    def page_started(number: int) -> None:
        progress(Progress(number - 1, page_count, tr("OCR")))

    with IsolatedReader(limits) as reader:
        result = reader.run(
            _ocr_job,
            path,
            tesseract.tessdata,
            step_seconds=limits.ocr_page_seconds,
            on_step=page_started,
            cancel=cancel,
        )
    progress(Progress(page_count, page_count, tr("OCR")))
    return result


def _ask_tesseract() -> tuple[str, set[str]]:
    executable = shutil.which("tesseract")
    if executable is None:
        raise OcrUnavailable(
            tr(
                "OCR needs Tesseract, which is not installed: {advice}",
                advice=tr(HOW_TO_INSTALL),
            )
        )
    try:
        listing = subprocess.run(
            [executable, "--list-langs"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise OcrUnavailable(
            tr(
                "Tesseract does not work ({error}): {advice}",
                error=error,
                advice=tr(HOW_TO_INSTALL),
            )
        ) from error
    found = re.search(r'List of available languages in "(.+?)"', listing)
    if found is None:
        raise OcrUnavailable(
            tr(
                "Tesseract did not say where its languages are: {advice}",
                advice=tr(HOW_TO_INSTALL),
            )
        )
    return found.group(1), {line.strip() for line in listing.splitlines()[1:]}


def _languages_in(folder: Path) -> set[str]:
    return {path.name.split(".")[0] for path in folder.glob("*.traineddata")}


# In the isolated reader's child process


def _ocr_job(path: Path, tessdata: str, *, step: PageHook) -> OcrResult:
    # The child has one thread; the lock is taken all the same, as everywhere in this floor.
    with opened(path) as document:
        with MUPDF:
            page_count = document.page_count
        for index in range(page_count):
            step(index + 1)
            with MUPDF:
                _add_text_layer(document[index], tessdata)
        with MUPDF:
            pdf_bytes = document.tobytes(garbage=3, deflate=True)
    return OcrResult(pdf_bytes, _page_texts(pdf_bytes))


def _add_text_layer(page: pymupdf.Page, tessdata: str) -> None:
    """Each recognised word as invisible text, stretched over its box, upright as seen."""
    textpage = page.get_textpage_ocr(
        language=LANGUAGE, dpi=_dpi(page), full=True, tessdata=tessdata
    )
    font = pymupdf.Font(FONT)
    shape = page.new_shape()
    for x0, y0, x1, y1, word, *_ in textpage.extractWORDS():
        seen = pymupdf.Rect(x0, y0, x1, y1) * page.rotation_matrix  # as the reader sees it
        size = seen.height * FONT_SIZE
        natural = font.text_length(word, fontsize=size) or 1.0
        origin = pymupdf.Point(seen.x0, seen.y1 - seen.height * BASELINE) * page.derotation_matrix
        stretch = pymupdf.Matrix(seen.width / natural, 1) * pymupdf.Matrix(page.rotation)
        shape.insert_text(
            origin, word, fontsize=size, fontname=FONT, render_mode=3, morph=(origin, stretch)
        )
    shape.commit()


def _dpi(page: pymupdf.Page) -> int:
    square_inches = page.rect.width * page.rect.height / 72**2
    return max(1, min(DPI, int(math.sqrt(MAX_PIXELS / max(square_inches, 1e-6)))))


def _page_texts(pdf_bytes: bytes) -> tuple[PageText, ...]:
    """The page texts as the library extracts them, so that word offsets agree."""
    with opened(pdf_bytes) as document, MUPDF:
        return tuple(
            PageText(
                page.number + 1,
                page_textpage(page).extractText(),
                page.rect.width,
                page.rect.height,
            )
            for page in document
        )
