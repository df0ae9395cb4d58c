"""The AN's séance and commission feeds: one `<amendement>` XML per amendment, and
`liste.xml` (`<amdtsParOrdreDeDiscussion>`), the order of discussion with the outcome,
the group and the discussions of identical amendments.

An amendment file is completed by the lists of its folder: a list names each amendment by
its text ("bibard") and number, so one folder may hold the lists of several texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from reviewer.amendments.text import (
    MAX_AMENDMENT_BYTES,
    Unreadable,
    flag,
    iso_day,
    number_text,
    paragraphs,
    placement,
    plain,
    signatories,
    wanted,
)
from reviewer.core.amendments import AN, Amendment, outcome_of, rectified
from reviewer.core.i18n import tr

Item = Amendment | Unreadable

LIST_ROOT = "amdtsParOrdreDeDiscussion"
_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
# "2 (Rect)", "II-1463 (2ème Rect)": the AN's rectifications.
_RECT = re.compile(r"\s*\((?:(?P<times>\d+)\s*(?:ème|e|è)\s*)?rect\.?\)\s*$", re.IGNORECASE)
_STATES = {"AC": "à discuter", "DI": "discuté", "AT": "à traiter", "RE": "retiré"}


@dataclass(frozen=True)
class Listed:
    """What the order of discussion says of one amendment."""

    order: int | None
    outcome: str
    group: str
    parent: str
    identical_group: str


def read_feed_file(path: Path, texts: frozenset[str] | None = None) -> Iterator[Item]:
    try:
        if path.stat().st_size > MAX_AMENDMENT_BYTES:
            raise ValueError(tr("too large to be one amendment"))
        root = ElementTree.parse(path).getroot()
        amendment = from_element(root)
    except (ElementTree.ParseError, ValueError, OSError) as error:
        yield Unreadable(path.name, tr("unreadable amendment: {error}", error=error))
        return
    if not wanted(texts, amendment.text_number):
        return
    listed = lists_beside(path.parent).get(_list_key(amendment))
    yield _completed(amendment, listed) if listed else amendment


def from_element(root: ElementTree.Element) -> Amendment:
    if root.tag != "amendement":
        raise ValueError(tr("<{tag}> is not an amendment", tag=root.tag))

    def text(path: str) -> str:
        element = root.find(path)
        if element is None or element.get(_NIL) == "true":
            return ""
        return element.text or ""

    names = signatories(text("listeDesSignataires")) or (plain(text("auteur/auteurLabel")),)
    state = text("etat")
    outcome_words = plain(text("sortEnSeance"))
    where = placement(text("division/avantApres"))
    return Amendment(
        chamber=AN,
        number=_number(plain(text("numeroLong")) or plain(text("numero"))),
        text_number=number_text(text("texte/numBibard")),
        legislature=plain(text("texte/numeroLegislature")),
        text_title=plain(text("texte/titreCourt")),
        body=plain(text("examen/organeSaisi")),
        division=plain(text("division/titre")),
        placement=where,
        additional=flag(text("division/articleAdditionnel")) or where in ("avant", "après"),
        alinea=plain(text("alinea/numero")) or plain(text("alinea/alineaDesignation")),
        author=names[0] if names else "",
        cosignatories=tuple(names[1:]),
        filed=iso_day(text("dateDepot")),
        state=outcome_words or _STATES.get(state, state),
        outcome=outcome_of(outcome_words),
        parent=_number(plain(text("numeroParent"))),
        dispositif=paragraphs(text("dispositif")),
        expose=paragraphs(text("exposeSommaire")),
    )


def _number(long: str) -> str:
    """ "2 (Rect)" → "2 rect.", "II-1463 (2ème Rect)" → "II-1463 rect. bis"."""
    found = _RECT.search(long)
    if not found:
        return long
    return rectified(long[: found.start()], int(found["times"] or 1))


def read_list(path: Path) -> dict[tuple[str, str, str], Listed]:
    """The order of discussion, by (legislature, text, number without rectification)."""
    root = ElementTree.parse(path).getroot()
    if root.tag != LIST_ROOT:
        raise ValueError(tr("<{tag}> is not an order of discussion", tag=root.tag))
    legislature = root.get("legislature", "")
    text = number_text(root.get("bibard", ""))
    found = {}
    for entry in root.iter("amendement"):
        position = entry.get("position", "").split("/")[0]
        parent = plain(entry.get("parentNumero"))
        found[(legislature, text, _number(plain(entry.get("numero"))).split(" rect.")[0])] = Listed(
            order=int(position) if position.isdigit() else None,
            outcome=plain(entry.get("sort")),
            group=plain(entry.get("auteurGroupe")),
            parent="" if parent in ("", "X") else parent,
            identical_group=plain(entry.get("discussionIdentique")),
        )
    return found


def lists_beside(folder: Path) -> dict[tuple[str, str, str], Listed]:
    """Every order of discussion in a folder (`liste.xml`, `*_liste.xml`), merged; read
    again when one of them changes (a newer list downloaded meanwhile)."""
    try:
        found = tuple(
            (path, path.stat().st_mtime_ns, path.stat().st_size)
            for path in sorted(folder.glob("*liste.xml"))
        )
    except OSError:
        found = ()
    return _lists(found)


@lru_cache(maxsize=16)
def _lists(
    found: tuple[tuple[Path, int, int], ...],
) -> dict[tuple[str, str, str], Listed]:
    merged: dict[tuple[str, str, str], Listed] = {}
    for path, _modified, _size in found:
        try:
            merged.update(read_list(path))
        except (ElementTree.ParseError, ValueError, OSError):
            continue  # Reported when the list itself is imported.
    return merged


def _list_key(amendment: Amendment) -> tuple[str, str, str]:
    return (amendment.legislature, amendment.text_number, amendment.base_number)


def _completed(amendment: Amendment, listed: Listed) -> Amendment:
    """The amendment with what its order of discussion adds; the file's own values first."""
    return replace(
        amendment,
        order=listed.order,
        group=amendment.group or listed.group,
        parent=amendment.parent or listed.parent,
        identical_group=listed.identical_group,
        outcome=amendment.outcome or outcome_of(listed.outcome),
        state=amendment.state if amendment.outcome or not listed.outcome else listed.outcome,
    )
