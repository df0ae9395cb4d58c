"""What every reader shares: HTML to clean paragraphs, lists of names, dates, nils."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements that end a paragraph.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "body"}
)
# Runs of ordinary white space; the non-breaking spaces of French typography are kept.
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_SIGNATORY = re.compile(r",\s*(?=(?:M\.|Mme|MM\.|Mmes|Le |La |Les )\s?)|\s+et\s+(?=(?:M\.|Mme)\s)")
# One amendment is a few kilobytes; past this, a file or ZIP member is not one (a ZIP bomb).
MAX_AMENDMENT_BYTES = 20 * 1024 * 1024
_FRENCH_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


@dataclass(frozen=True)
class Unreadable:
    """A row, file or member that could not be read, and why."""

    where: str  # "ligne 14 (n° 12 rect.)", "AMANR5L15….json"
    message: str


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCKS:
            self.end_paragraph()

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.end_paragraph()

    def handle_data(self, data: str) -> None:
        self._current.append(data)

    def end_paragraph(self) -> None:
        text = _SPACES.sub(" ", "".join(self._current)).strip(" \xa0\u202f")
        if text:
            self.paragraphs.append(text)
        self._current = []


def paragraphs(markup: str | None) -> tuple[str, ...]:
    """The paragraphs of an HTML fragment as clean text, entities decoded."""
    if not markup:
        return ()
    parser = _Paragraphs()
    parser.feed(markup)
    parser.close()
    parser.end_paragraph()
    return tuple(parser.paragraphs)


def plain(value: str | None) -> str:
    """A one-line value: entities decoded (some are escaped twice), spaces tidied."""
    if not value:
        return ""
    text = html.unescape(html.unescape(value))
    return _SPACES.sub(" ", text).strip(" \xa0")


def signatories(listed: str | None) -> tuple[str, ...]:
    """ "M. Ferrand, rapporteur…, M. Fesneau et Mme Braun-Pivet" → each signatory."""
    text = plain(listed)
    return tuple(name.strip(" ,") for name in _SIGNATORY.split(text) if name.strip(" ,"))


def iso_day(value: str | None) -> str:
    """ "04/07/2018" or "2018-07-04T10:00:00" → "2018-07-04"; "" when it is neither."""
    text = (value or "").strip()
    if french := _FRENCH_DATE.fullmatch(text):
        return f"{french[3]}-{french[2]}-{french[1]}"
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else ""


def number_text(value: str | None) -> str:
    """A text's number without its leading zeros: "0806" → "806"."""
    text = (value or "").strip()
    return text.lstrip("0") or text


def wanted(texts: frozenset[str] | None, number: str) -> bool:
    return texts is None or number_text(number) in texts


def text_filter(texts: Iterable[str] | None) -> frozenset[str] | None:
    """The texts to keep, as numbers without leading zeros; None keeps them all."""
    if texts is None:
        return None
    return frozenset(number_text(text) for text in texts)


_PLACEMENTS = {"a": "à", "à": "à", "apres": "après", "après": "après", "avant": "avant"}


def placement(value: str | None) -> str:
    """The AN's "A", "Apres", "Avant" (any case) as a Placement value; "" when absent."""
    return _PLACEMENTS.get((value or "").strip().casefold(), "")


def flag(value: object) -> bool:
    """An XML or JSON boolean: "1", "true"."""
    return str(value or "").strip().casefold() in {"1", "true"}
