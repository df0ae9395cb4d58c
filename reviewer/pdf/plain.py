"""Small PDFs in the PDF standard's own fonts: amendments, by the thousand.

A PDF laid out by MuPDF's Story embeds its fonts whole (120 to 450 KB an amendment, 6.5 GB
for a session's 25,000 at the AN) and costs milliseconds to lay out. Times, one of the 14
fonts every PDF reader has, is named, never embedded; its WinAnsi encoding holds every
character of French text but the narrow no-break space and the non-breaking hyphen, given
two of its free codes (`CODES`); the rare others are drawn as their nearest (`printable`).
Lines are broken here with the font's widths and the PDF is written directly: a few KB, in
about a millisecond. The page texts are the lines drawn, as the reader reads them back
(reading them back would cost twice the layout: tests/pdf/test_plain.py checks them on
every character and every real amendment).
"""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import pymupdf

from reviewer.pdf.compose import MARGIN, Block
from reviewer.pdf.guard import MUPDF
from reviewer.pdf.reader import A4, PageText

ENCODING = "cp1252"  # PDF's WinAnsiEncoding, but for five codes cp1252 leaves undefined
# Characters of French text WinAnsi lacks, given codes it leaves free: each code draws a
# glyph of the font and reads back, through the fonts' ToUnicode map, as the character.
CODES = {"\u2011": (0x81, "hyphen"), "\u202f": (0x8D, "space")}
# The code of each character drawn, as Latin-1 characters (a content stream is bytes).
_BYTES = {
    **{
        ord(bytes([b]).decode(ENCODING)): chr(b)
        for b in range(0x80, 0xA0)
        if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    },
    **{ord(c): chr(code) for c, (code, _glyph) in CODES.items()},
}
# Characters neither holds, and what is drawn instead.
NEAREST = {
    "\u2009": "\u202f",
    "\u200b": "",
    "\u2010": "-",
    "\u2012": "–",
    "\u2015": "—",
    "\u2212": "-",
    "\u00ad": "",  # soft hyphen: lines are not hyphenated
    "\u2032": "’",
    "\u2033": "”",
    "\u2192": "->",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2248": "~",
    "\u2260": "!=",
    "\u25cf": "•",
    "\u2023": "•",
    "\u2043": "-",
}


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False
    center: bool = False
    justify: bool = False
    before: float = 0.0  # points of space above
    after: float = 0.0  # and below
    heading: bool = False  # never alone at a page's foot


# As the Story's CSS lays documents out (reviewer.pdf.compose.CSS).
STYLES = {
    "h1": Style(15, bold=True, center=True, after=6, heading=True),
    "h2": Style(12.5, bold=True, center=True, before=10, after=4, heading=True),
    "h3": Style(11, bold=True, before=8, after=3, heading=True),
    "p": Style(12, justify=True, after=5),
    "center": Style(12, center=True, after=5),
    "small": Style(9, after=5),
}
LEADING = 1.4  # line height, times the font size
FONTS = {False: ("F1", "Times-Roman", "tiro"), True: ("F2", "Times-Bold", "tibo")}
WIDTH = A4.width - 2 * MARGIN
BOTTOM = A4.height - MARGIN


def laid_out(blocks: Iterable[Block]) -> tuple[bytes, tuple[PageText, ...]]:
    """The blocks laid out on A4 pages in Times (not embedded), and the pages' texts as the
    reader reads them back: the lines drawn."""
    pages = list(_pages(blocks)) or [_Page([], [])]
    texts = ("".join(f"{line}\n" for line in page.lines) for page in pages)
    return _pdf([page.stream() for page in pages]), tuple(
        PageText(number, text, A4.width, A4.height) for number, text in enumerate(texts, 1)
    )


def printable(text: str) -> str:
    """The text as drawn: each character WinAnsi lacks replaced by its nearest."""
    return text.translate(_DRAWN)


class _Drawn(dict[int, str]):
    """`str.translate`'s table, each character's entry made when first met."""

    def __missing__(self, code: int) -> str:
        self[code] = drawn = _nearest(chr(code))
        return drawn


_DRAWN = _Drawn()


def _nearest(character: str) -> str:
    if character in NEAREST:
        return NEAREST[character]
    if _encodable(character):
        return character
    if unicodedata.category(character)[0] in "ZC":  # spaces, line breaks, tabs, controls
        return " "
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c)
    )
    return stripped if stripped and all(map(_encodable, stripped)) else "?"


def _encodable(character: str) -> bool:
    if character in CODES:
        return True
    try:
        character.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return " " <= character != "\x7f"


@cache
def _widths(bold: bool) -> dict[str, float]:
    """Each WinAnsi character's advance, for a font size of 1."""
    with MUPDF:
        font = pymupdf.Font(FONTS[bold][2])
        drawn = {c: c for c in bytes(range(32, 256)).decode(ENCODING, errors="ignore")}
        drawn |= {c: {"hyphen": "-", "space": " "}[glyph] for c, (_, glyph) in CODES.items()}
        return {c: font.text_length(glyph, fontsize=1) for c, glyph in drawn.items()}


def _width(text: str, bold: bool) -> float:
    return sum(map(_widths(bold).__getitem__, text))


def _lines(text: str, style: Style) -> list[str]:
    """The paragraph broken into lines no wider than the page's text width: at spaces, and
    inside a word only if it is wider than a line."""
    room = WIDTH / style.size
    space = _width(" ", style.bold)
    lines: list[str] = []
    line, used = "", 0.0
    for word in text.split(" "):
        width = _width(word, style.bold)
        if line and used + space + width <= room:
            line, used = f"{line} {word}", used + space + width
            continue
        if line:
            lines.append(line)
        while width > room:
            cut = _fitting(word, room, style.bold)
            lines.append(word[:cut])
            word = word[cut:]
            width = _width(word, style.bold)
        line, used = word, width
    lines.append(line)
    return lines


def _fitting(word: str, room: float, bold: bool) -> int:
    """How much of a word wider than a line fits on one: up to its last "/" or "-" that
    fits (a web address), else as many characters as fit."""
    widths, used = _widths(bold), 0.0
    for index, c in enumerate(word):
        used += widths[c]
        if used > room:
            cut = max(word.rfind("/", 0, index), word.rfind("-", 0, index)) + 1
            return cut or max(index, 1)
    return len(word)


@dataclass
class _Page:
    operations: list[str]
    lines: list[str]

    def stream(self) -> bytes:
        return "\n".join(self.operations).translate(_BYTES).encode("latin-1")


def _pages(blocks: Iterable[Block]) -> Iterator[_Page]:
    page, y = _Page([], []), MARGIN
    for block in blocks:
        style = STYLES.get(block.style, STYLES["p"])
        # Runs of spaces as one (a no-break space is kept: Python's split() would not).
        text = " ".join(word for word in printable(block.text).split(" ") if word)
        if not text:
            continue
        lines = _lines(text, style)
        y += style.before if page.lines else 0
        height = style.size * LEADING
        for number, line in enumerate(lines):
            # A heading's last line needs room below it for a line of the next paragraph.
            below = height if style.heading and number == len(lines) - 1 else 0.0
            if y + height + below > BOTTOM and page.lines:
                yield page
                page, y = _Page([], []), MARGIN
            last = number == len(lines) - 1
            page.operations.append(_line(line, style, y + style.size * 1.1, last))
            page.lines.append(line)
            y += height
        y += style.after
    if page.lines:
        yield page


MAX_SPACING = 0.5  # of the font size: from about 1, a gap reads as two lines (ragged instead)


def _line(line: str, style: Style, baseline: float, last: bool) -> str:
    name = FONTS[style.bold][0]
    width = _width(line, style.bold) * style.size
    x = MARGIN + (WIDTH - width) / 2 if style.center else MARGIN
    gaps = line.count(" ")
    spacing = (WIDTH - width) / gaps if style.justify and not last and gaps else 0.0
    if spacing > MAX_SPACING * style.size:
        spacing = 0.0
    escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return (
        f"BT /{name} {style.size:g} Tf {spacing:.3f} Tw "
        f"1 0 0 1 {x:.2f} {A4.height - baseline:.2f} Tm ({escaped}) Tj ET"
    )


def _pdf(contents: list[bytes]) -> bytes:
    """A PDF of these pages' content streams, its two fonts named, not embedded."""
    count = len(contents)
    kids = " ".join(f"{6 + 2 * n} 0 R" for n in range(count))
    differences = " ".join(f"{code} /{glyph}" for code, glyph in CODES.values())
    font = (
        "<< /Type /Font /Subtype /Type1 /BaseFont /{} /Encoding << /BaseEncoding "
        f"/WinAnsiEncoding /Differences [{differences}] >> /ToUnicode 5 0 R >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        *(font.format(base).encode() for _name, base, _mupdf in FONTS.values()),
        _TO_UNICODE,
    ]
    resources = "<< /Font << /F1 3 0 R /F2 4 0 R >> >>"
    for number, content in enumerate(contents):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4.width:g} {A4.height:g}] "
            f"/Resources {resources} /Contents {7 + 2 * number} 0 R >>".encode()
        )
        objects.append(_stream(content))
    return _file(objects)


def _stream(content: bytes) -> bytes:
    packed = zlib.compress(content)
    return (
        f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
        + packed
        + b"\nendstream"
    )


# The text of the codes given to characters WinAnsi lacks, and of the no-break space
# (WinAnsi's 0xA0 alone would read back as a space).
_MAPPED = {**{code: c for c, (code, _glyph) in CODES.items()}, 0xA0: "\u00a0"}
_TO_UNICODE_MAP = (
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
    "1 begincodespacerange <00> <FF> endcodespacerange\n"
    f"{len(_MAPPED)} beginbfchar\n"
    + "".join(f"<{code:02X}> <{ord(c):04X}>\n" for code, c in sorted(_MAPPED.items()))
    + "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop end end\n"
).encode()
_TO_UNICODE = _stream(_TO_UNICODE_MAP)


def _file(objects: list[bytes]) -> bytes:
    parts, offsets, size = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"], [], 0
    size = len(parts[0])
    for number, body in enumerate(objects, 1):
        offsets.append(size)
        part = f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        parts.append(part)
        size += len(part)
    xref = [f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"]
    xref += [f"{offset:010d} 00000 n \n" for offset in offsets]
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{size}\n%%EOF\n"
    return b"".join(parts) + "".join(xref).encode() + trailer.encode()
