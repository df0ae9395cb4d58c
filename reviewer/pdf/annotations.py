"""Native PDF annotations: write our highlights into a copy of a PDF, read the ones a PDF has.

Rectangles are in PyMuPDF's unrotated page space (origin top-left), like every rectangle
of the library; one rectangle per quad (a highlighted line).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pymupdf

from reviewer.core.i18n import tr
from reviewer.core.records import Rect
from reviewer.pdf.guard import MUPDF
from reviewer.pdf.reader import opened, page_textpage

# PyMuPDF's annotation type numbers for the kinds we exchange.
_KINDS = {
    pymupdf.PDF_ANNOT_HIGHLIGHT: "highlight",
    pymupdf.PDF_ANNOT_UNDERLINE: "underline",
    pymupdf.PDF_ANNOT_STRIKE_OUT: "strikeout",
    pymupdf.PDF_ANNOT_TEXT: "text",
    pymupdf.PDF_ANNOT_FREE_TEXT: "freetext",
}
TEXT_MARKUP = frozenset({"highlight", "underline", "strikeout"})
NOTE_MARGIN, NOTE_STEP = 12.0, 26.0  # points: where sticky notes go, one under the other
# Annotations read from one file at most: a heavily annotated bill has a few hundred; past
# a few thousand the file is a machine's output, and reading it all would only cost time.
MAX_MARKS = 2000
Step = Callable[[int], None]  # called with each page's number before it is read
_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Z+-])(\d{2})?'?(\d{2})?'?)?"
)


@dataclass(frozen=True)
class PdfMark:
    """One annotation of a PDF, as written by `write_marks` or found by `read_marks`."""

    kind: str  # highlight, underline, strikeout, text (a sticky note) or freetext
    page: int
    rects: tuple[Rect, ...]  # one per quad; empty for notes
    color: str  # "#rrggbb", or "" when the PDF gives none
    contents: str
    subject: str = ""
    author: str = ""
    name: str = ""  # the /NM entry: a unique name within the page
    created: str = ""  # ISO 8601, UTC; "" when the PDF gives none
    modified: str = ""
    text: str = ""  # the words under the quads (read only)


@dataclass(frozen=True)
class PdfMarks:
    page_count: int
    marks: tuple[PdfMark, ...]
    prints: tuple[str, ...] = ()  # each page's `text_print`, to tell a copy from another text
    found: int = 0  # annotations of our kinds in the file: more than `marks` when capped
    unreadable: tuple[str, ...] = ()  # why some could not be read ("page 3: ...")


def write_marks(source: Path, marks: Sequence[PdfMark], *, drop: Collection[str] = ()) -> bytes:
    """A copy of `source` with `marks` added: highlights, and notes (kind "text") as sticky
    notes in the page's top-left corner. `source` is only read.

    Annotations already in the file whose /NM is a mark's name or in `drop` are removed
    first: they are older versions of ours (or ours since deleted). The MuPDF lock is
    taken one page, then one mark at a time.
    """
    replaced = {mark.name for mark in marks if mark.name} | set(drop)
    with opened(source) as document:
        _remove_named(document, replaced)
        notes_on: dict[int, int] = {}
        for mark in marks:
            with MUPDF:
                _add(document, mark, notes_on)
        with MUPDF:
            return document.tobytes(garbage=1, deflate=True)


def _no_step(_page: int) -> None:
    """The default step hook of the jobs: nothing to report."""


def read_marks(path: Path, limit: int = MAX_MARKS, *, step: Step = _no_step) -> PdfMarks:
    """The highlight, underline, strike-out, sticky-note and free-text annotations of a PDF
    (the first `limit`), and its pages' text prints, read under the MuPDF lock one page at a
    time. A job for `IsolatedReader.run`: MuPDF reads whatever the file holds, so a hostile
    file costs the child, not the program.
    """
    marks: list[PdfMark] = []
    unreadable, prints, found = [], [], 0
    with opened(path) as document:
        with MUPDF:
            page_count = document.page_count
        for index in range(page_count):
            step(index + 1)
            with MUPDF:
                page = document[index]
                words = page_textpage(page).extractWORDS()
                prints.append(_words_print(words))
                found += sum(kind in _KINDS for _xref, kind, _id in page.annot_xrefs())
                for annot in _annotations(page, limit - len(marks) - len(unreadable)):
                    try:
                        marks.append(_mark(page, annot, words))
                    except Exception as error:  # one odd annotation costs itself, not the file
                        unreadable.append(
                            tr(
                                "page {page}: an annotation cannot be read ({error})",
                                page=index + 1,
                                error=error,
                            )
                        )
    return PdfMarks(page_count, tuple(marks), tuple(prints), found, tuple(unreadable))


def _annotations(page: pymupdf.Page, most: int) -> Iterator[pymupdf.Annot]:
    """The page's annotations of our kinds, `most` at most. Walked from one to the next:
    `page.annots()` looks each up from the first, which takes minutes for thousands."""
    annot = page.first_annot
    while annot is not None and most > 0:
        if annot.type[0] in _KINDS:
            most -= 1
            yield annot
        annot = annot.next


def page_prints(path: Path, *, step: Step = _no_step) -> tuple[str, ...]:
    """Each page's `text_print` (a job for `IsolatedReader.run`, like `read_marks`)."""
    prints = []
    with opened(path) as document:
        with MUPDF:
            page_count = document.page_count
        for index in range(page_count):
            step(index + 1)
            with MUPDF:
                prints.append(_words_print(page_textpage(document[index]).extractWORDS()))
    return tuple(prints)


def _words_print(words: Sequence[tuple]) -> str:
    return text_print(" ".join(word[4] for word in words))


def text_print(text: str) -> str:
    """A short fingerprint of a page's words, blind to spacing, case and punctuation, so two
    copies of a text match however their PDFs break lines; "" for a page without text."""
    letters = "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())
    return hashlib.sha256(letters.encode()).hexdigest()[:32] if letters else ""


def _add(document: pymupdf.Document, mark: PdfMark, notes_on: dict[int, int]) -> None:
    page = document[mark.page - 1]
    if mark.kind == "text":
        stacked = notes_on[mark.page] = notes_on.get(mark.page, 0) + 1
        annot = page.add_text_annot(_note_corner(page, stacked), mark.contents)
    else:
        annot = page.add_highlight_annot(quads=[pymupdf.Rect(*_box(r)) for r in mark.rects])
    _describe(document, annot, mark)


def _remove_named(document: pymupdf.Document, names: Collection[str]) -> None:
    if not names:
        return
    with MUPDF:
        page_count = document.page_count
    for index in range(page_count):
        with MUPDF:
            page = document[index]
            for annot in list(page.annots()):
                if annot.info.get("id") in names:
                    page.delete_annot(annot)


def _describe(document: pymupdf.Document, annot: pymupdf.Annot, mark: PdfMark) -> None:
    annot.set_colors(stroke=rgb(mark.color))
    annot.set_info(
        content=mark.contents,
        title=mark.author,
        subject=mark.subject,
        creationDate=_pdf_date(mark.created),
        modDate=_pdf_date(mark.modified),
    )
    annot.update()
    document.xref_set_key(annot.xref, "NM", pymupdf.get_pdf_str(mark.name))


def _note_corner(page: pymupdf.Page, stacked: int) -> pymupdf.Point:
    """Where the n-th note of a page goes: down the top-left margin, in unrotated space."""
    corner = pymupdf.Point(NOTE_MARGIN, NOTE_MARGIN + (stacked - 1) * NOTE_STEP)
    return corner * page.derotation_matrix if page.rotation else corner


def _box(rect: Rect) -> tuple[float, float, float, float]:
    return rect.x0, rect.y0, rect.x1, rect.y1


def _mark(page: pymupdf.Page, annot: pymupdf.Annot, words: Sequence[tuple]) -> PdfMark:
    kind = _KINDS[annot.type[0]]
    rects = _quad_rects(annot) if kind in TEXT_MARKUP else ()
    info = annot.info
    colors = annot.colors
    return PdfMark(
        kind=kind,
        page=page.number + 1,
        rects=rects,
        color=_hex(colors.get("stroke") or colors.get("fill") or ()),
        contents=info.get("content", ""),
        subject=info.get("subject", ""),
        author=info.get("title", ""),
        name=info.get("id", ""),
        created=iso_date(info.get("creationDate", "")),
        modified=iso_date(info.get("modDate", "")),
        text=_text_under(words, rects),
    )


def _quad_rects(annot: pymupdf.Annot) -> tuple[Rect, ...]:
    points = annot.vertices or []
    rects = []
    for start in range(0, len(points) - 3, 4):
        quad = pymupdf.Quad(*points[start : start + 4])
        box = quad.rect
        rects.append(Rect(box.x0, box.y0, box.x1, box.y1))
    return tuple(rects)


def _text_under(words: Sequence[tuple], rects: Sequence[Rect]) -> str:
    """The words (of the page) whose centre lies in one of the rectangles, in reading order."""
    if not rects:
        return ""
    top, bottom = min(r.y0 for r in rects), max(r.y1 for r in rects)
    near = [word for word in words if top <= (word[1] + word[3]) / 2 <= bottom]
    return " ".join(word[4] for word in near if any(_centre_in(word, r) for r in rects))


def _centre_in(word: tuple, rect: Rect) -> bool:
    x, y = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return rect.x0 <= x <= rect.x1 and rect.y0 <= y <= rect.y1


def rgb(color: str) -> tuple[float, float, float]:
    """ "#ffd54f" -> (1.0, 0.84, 0.31), as PyMuPDF takes colours."""
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255)


def _hex(components: Sequence[float]) -> str:
    if len(components) == 1:  # grey
        components = [components[0]] * 3
    elif len(components) == 4:  # CMYK
        c, m, y, k = components
        components = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    elif len(components) != 3:
        return ""
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in components)


def _pdf_date(iso: str) -> str:
    """ "2026-11-23T11:40:51.437Z" -> "D:20261123114051Z"."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone(UTC)
    return moment.strftime("D:%Y%m%d%H%M%SZ")


def iso_date(pdf_date: str) -> str:
    """ "D:20210608161356+07'00'" -> "2021-06-08T09:13:56.000Z"; "" if unreadable (a month
    13, an offset of 24 h or more, a year that UTC moves past 9999...)."""
    match = _PDF_DATE.match(pdf_date.strip())
    if match is None:
        return ""
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    try:
        offset = timedelta(hours=int(off_h or 0), minutes=int(off_m or 0))
        zone = timezone(-offset if sign == "-" else offset)
        moment = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=zone,
        ).astimezone(UTC)
    except (ValueError, OverflowError):
        return ""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
