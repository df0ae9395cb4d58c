"""Amendment files into documents: each amendment a short PDF of the library.

The hook of the importer: `amendment_documents(paths)` turns each amendment file (see
reviewer.amendments) into one `AmendmentDocument` per amendment (its record, its PDF and
the PDF's page texts), and an `Unreadable` for what could not be read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from reviewer.amendments import Unreadable, read_amendments
from reviewer.core.amendments import SENAT, Amendment
from reviewer.core.i18n import tr
from reviewer.export.typography import FRENCH_MONTHS, NBSP
from reviewer.pdf import Block, PageText, laid_out

_TITLE_MAX = 200
DISPOSITIF = "Dispositif"  # the heading of the dispositif, which the dérouleur sums up


@dataclass(frozen=True)
class AmendmentDocument:
    amendment: Amendment
    title: str
    pdf: bytes
    pages: tuple[PageText, ...]

    @property
    def sha256(self) -> str:
        """The PDF's hash: the name of the document's stored file, as for any document."""
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def record_sha256(self) -> str:
        return record_sha256(self.amendment)


@dataclass(frozen=True)
class Unchanged:
    """An amendment the library holds exactly as read (same record): not laid out again."""

    amendment: Amendment
    document_id: int


Rendered = AmendmentDocument | Unreadable | Unchanged
_Read = Amendment | Unreadable | Unchanged | None  # what is read, before laying out


def record_sha256(amendment: Amendment) -> str:
    """The record's hash: the same record read again is the same amendment, unchanged."""
    record = json.dumps(asdict(amendment), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(record.encode()).hexdigest()


def amendment_documents(
    paths: Iterable[Path],
    *,
    texts: Iterable[str] | None = None,
    unchanged: Mapping[str, int] | None = None,
) -> Iterator[tuple[Path, Rendered | None]]:
    """Each file's amendments, in the files' order, with the file they come from; `None`
    for a file that holds none. Laid out here: an amendment takes about a millisecond
    (reviewer.pdf.plain), less than sending it to a child process and its PDF back.
    An amendment whose record hash is in `unchanged` (the library's, to document ids) is
    `Unchanged`: a newer file repeats most amendments as they were."""
    for path, item in _read_all(paths, texts, unchanged or {}):
        yield path, _rendered(item)


def _read_all(
    paths: Iterable[Path], texts: Iterable[str] | None, unchanged: Mapping[str, int]
) -> Iterator[tuple[Path, Amendment | Unreadable | Unchanged | None]]:
    wanted = None if texts is None else list(texts)
    for path in paths:
        empty = True
        for item in read_amendments(path, texts=wanted):
            empty = False
            # A first import has nothing unchanged: no hash to make.
            known = (
                unchanged.get(record_sha256(item))
                if unchanged and isinstance(item, Amendment)
                else None
            )
            yield path, item if known is None else Unchanged(item, known)
        if empty:
            yield path, None


def _rendered(item: _Read) -> Rendered | None:
    if not isinstance(item, Amendment):
        return item
    try:
        return render(item)
    except (OSError, ValueError, RuntimeError) as error:
        return Unreadable(f"n° {item.number}", tr("could not lay it out: {error}", error=error))


def render(amendment: Amendment) -> AmendmentDocument:
    """The amendment's PDF, and its pages' texts as the reader extracts them: a few KB in
    the PDF standard's fonts, made in memory (see reviewer.pdf.plain). No title in the
    PDF's own metadata: the library holds it."""
    pdf, pages = laid_out(blocks(amendment))
    return AmendmentDocument(amendment, title(amendment), pdf, pages)


def title(amendment: Amendment) -> str:
    """ "Amendement n° 177 rect. — Article 3 — PLFSS POUR 2019"."""
    parts = [
        f"Amendement n° {amendment.number}",
        division_phrase(amendment),
        text_phrase(amendment),
    ]
    return " — ".join(p for p in parts if p)[:_TITLE_MAX]


def division_phrase(amendment: Amendment) -> str:
    """ "Article 3", "Article additionnel après l'article 9", "Avant l'article 39"."""
    division = amendment.division
    if not division:
        return ""
    if amendment.placement in ("avant", "après"):
        lowered = division[0].lower() + division[1:] if division.startswith("Article") else division
        where = (
            f"{amendment.placement} l’{lowered}"
            if lowered.startswith("article")
            else (f"{amendment.placement} {lowered}")
        )
        return f"Article additionnel {where}" if amendment.additional else where.capitalize()
    return division


def text_phrase(amendment: Amendment) -> str:
    if amendment.text_title:
        return amendment.text_title
    if not amendment.text_number:
        return ""
    when = (
        amendment.session
        if amendment.chamber == SENAT
        else f"{amendment.legislature}e législature"
        if amendment.legislature
        else ""
    )
    return (
        f"Texte n° {amendment.text_number} ({', '.join(p for p in (amendment.chamber, when) if p)})"
    )


def blocks(amendment: Amendment) -> list[Block]:
    """Title, header (text, division, authors and group, date and outcome), then the
    dispositif and the exposé sommaire (AN) or objet (Sénat), one block per paragraph."""
    header = [
        Block("h1", f"Amendement n° {amendment.number}"),
        Block("center", " — ".join(p for p in (text_phrase(amendment), amendment.body) if p)),
    ]
    where = division_phrase(amendment)
    if amendment.alinea:
        alinea = amendment.alinea
        where += f", alinéa {alinea}" if alinea[:1].isdigit() else f" ({alinea})"
    if where:
        header.append(Block("h2", where))
    if amendment.authors:
        header.append(Block("p", "Présenté par " + ", ".join(amendment.authors)))
    if amendment.group:
        header.append(Block("p", f"Groupe{NBSP}: {amendment.group}"))
    facts = [f"Déposé le {_french_day(amendment.filed)}" if amendment.filed else ""]
    facts.append(f"Sort{NBSP}: {amendment.state}" if amendment.state else "")
    if amendment.parent:
        facts.append(f"Sous-amendement à l’amendement {amendment.parent}")
    if any(facts):
        header.append(Block("small", " — ".join(f for f in facts if f)))
    expose = "Objet" if amendment.chamber == SENAT else "Exposé sommaire"
    return [
        *header,
        *_section(DISPOSITIF, amendment.dispositif),
        *_section(expose, amendment.expose),
    ]


def _section(heading: str, paragraphs: tuple[str, ...]) -> list[Block]:
    if not paragraphs:
        return []
    return [Block("h3", heading), *(Block("p", text) for text in paragraphs)]


def _french_day(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(day)}{'er' if day == '01' else ''} {FRENCH_MONTHS[int(month) - 1]} {year}"
