"""The Sénat's "jeu complet" of a text's amendments: cp1252, a `sep=` first line, then 12
tab-separated columns, with HTML in Dispositif and Objet.

Some rows hold tabs (or line breaks) inside that HTML: a record is read up to its 12th
column outside `<body>…</body>`, so those are put back into the text they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TextIO

from reviewer.amendments.text import (
    MAX_AMENDMENT_BYTES,
    Unreadable,
    iso_day,
    number_text,
    paragraphs,
    plain,
    wanted,
)
from reviewer.core.amendments import SENAT, Amendment, outcome_of
from reviewer.core.i18n import tr

Item = Amendment | Unreadable

ENCODING = "cp1252"
COLUMNS = (
    "Nature", "Numéro", "Subdivision", "Alinéa", "Auteur", "Au nom de", "Date de dépôt",
    "Dispositif", "Objet", "Sort", "Url amendement", "Fiche Sénateur",
)  # fmt: skip
# "art. add. après Article 19", "div. add. après Article 13", "Article 7"
_DIVISION = re.compile(
    r"^(?:(?P<added>art|div)\.\s*add\.\s*)?(?:(?P<where>avant|après)\s+)?(?P<division>.*)$",
    re.IGNORECASE,
)
# The first column of a row: a row begins here, whatever the row before left open.
_PIECE = 1 << 20  # characters read at once at most
_ROW_START = re.compile(r"(?:Amt|S/Amt|Motion)\t")
# //www.senat.fr/amendements/commissions/2017-2018/583/Amdt_COM-1.html
_URL = re.compile(
    r"/amendements/(?P<commission>commissions/)?(?P<session>\d{4}-\d{4})/(?P<text>\d+)/Amdt_"
)


def is_jeu_complet(head: str) -> bool:
    lines = head.lstrip("\ufeff").splitlines()
    return len(lines) >= 2 and lines[0].startswith("sep=") and lines[1].startswith("Nature")


def read_csv(path: Path, texts: frozenset[str] | None = None) -> Iterator[Item]:
    """Every row of the file as an amendment; a row that cannot be read is reported by its
    line and number."""
    text = _text_of_file(path)
    with path.open(encoding=ENCODING, errors="replace", newline="") as stream:
        first = stream.readline()
        stated = first.strip("\r\n")[4:] if first.startswith("sep=") else ""
        separator = stated or "\t"
        stream.readline()  # the header
        line = 3
        for record, lines in _records(stream, separator):
            if not any(column.strip() for column in record):
                line += lines  # a blank line
                continue
            try:
                amendment = from_columns(record, text)
            except ValueError as error:
                number = record[1].strip() if len(record) > 1 else "?"
                yield Unreadable(f"ligne {line} (n° {number})", str(error))
            else:
                if wanted(texts, amendment.text_number):
                    yield amendment
            line += lines


def _records(stream: TextIO, separator: str) -> Iterator[tuple[list[str], int]]:
    """Each record's 12 columns and the number of lines it took. Lines are read in bounded
    pieces: a file without line ends is reported, not loaded whole."""
    pending, count, skipping = "", 0, False
    for piece in iter(partial(stream.readline, _PIECE), ""):
        if skipping:  # the rest of a line too long to be a row
            skipping = not piece.endswith("\n")
            continue
        if pending and pending.endswith("\n") and _ROW_START.match(piece):
            # A `<body>` never closed: that row is broken.
            yield pending.rstrip("\r\n").split(separator), count
            pending, count = "", 0
        pending += piece
        if len(pending) > MAX_AMENDMENT_BYTES:  # Not one row: report it, go on.
            yield pending[:1000].split(separator), count + 1
            pending, count, skipping = "", 0, not piece.endswith("\n")
            continue
        if not piece.endswith("\n"):
            continue  # the rest of the line is to come
        count += 1
        columns = _split(pending.rstrip("\r\n"), separator)
        if columns is None:
            continue  # an HTML text goes on to the next line
        yield columns, count
        pending, count = "", 0
    if pending.strip():
        yield _split(pending, separator) or pending.split(separator), count


def _split(text: str, separator: str) -> list[str] | None:
    """The columns, with separators inside `<body>…</body>` kept as text; None while a
    `<body>` is still open."""
    columns, current, inside = [], [], False
    for piece in re.split(f"({re.escape(separator)}|<body>|</body>)", text):
        if piece == separator and not inside:
            columns.append("".join(current))
            current = []
            continue
        if piece == "<body>":
            inside = True
        elif piece == "</body>":
            inside = False
        current.append(piece)
    if inside:
        return None
    columns.append("".join(current))
    return columns


def _text_of_file(path: Path) -> re.Match[str] | None:
    """The text a file's amendments target (a jeu complet is one text's): read from the
    first address of an amendment in it, for the rows that have none (inadmissible ones)."""
    with path.open(encoding=ENCODING, errors="replace") as stream:
        for line in stream:
            if found := _URL.search(line):
                return found
    return None


def from_columns(columns: list[str], text: re.Match[str] | None = None) -> Amendment:
    if len(columns) != len(COLUMNS):
        raise ValueError(
            tr("{count} columns instead of {expected}", count=len(columns), expected=len(COLUMNS))
        )
    row = dict(zip(COLUMNS, (c.strip() for c in columns), strict=True))
    if not row["Numéro"]:
        raise ValueError(tr("no number"))
    url = _URL.search(row["Url amendement"]) or text
    subdivision = _DIVISION.match(plain(row["Subdivision"]))
    assert subdivision is not None  # The pattern matches any text.
    division = subdivision["division"].strip()
    where = (subdivision["where"] or "").lower() or ("à" if division else "")
    body = "" if not url else "Commission" if url["commission"] else "Séance publique"
    return Amendment(
        chamber=SENAT,
        number=plain(row["Numéro"]),
        text_number=number_text(url["text"]) if url else "",
        session=url["session"] if url else "",
        body=body,
        division=division,
        placement=where,
        additional=subdivision["added"] is not None,
        alinea=plain(row["Alinéa"]),
        author=plain(row["Auteur"]),
        group=plain(row["Au nom de"]),
        filed=iso_day(row["Date de dépôt"]),
        state=plain(row["Sort"]),
        outcome=outcome_of(row["Sort"]),
        dispositif=paragraphs(row["Dispositif"]),
        expose=paragraphs(row["Objet"]),
        url=_https(row["Url amendement"]),
    )


def _https(url: str) -> str:
    return f"https:{url}" if url.startswith("//") else url
