"""Reading the chambers' amendment files: the AN's open data (JSON, ZIP dump, référentiel
XML), the AN's séance and commission feeds, and the Sénat's "jeu complet" CSV.

`source_of(path)` tells a file's kind from its content; `read_amendments(path)` yields one
`Amendment` record per amendment, and an `Unreadable` for each row or file that cannot be
read, which never stops the others. Stdlib only: no Qt, no PyMuPDF, no Whoosh.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path

from reviewer.amendments import an_feed, an_open_data, senat
from reviewer.amendments.text import Unreadable, text_filter
from reviewer.core.amendments import Amendment
from reviewer.core.i18n import tr

Item = Amendment | Unreadable

SUFFIXES = (".json", ".xml", ".csv", ".zip")
_HEAD = 4096


class Source(StrEnum):
    AN_JSON = "AN open data (JSON)"
    AN_ZIP = "AN open data (ZIP of JSON)"
    AN_LIASSE = "AN open data (référentiel XML)"
    AN_FEED = "AN séance or commission feed"
    AN_LIST = "AN order of discussion"
    SENAT_CSV = "Sénat jeu complet"


def source_of(path: Path) -> Source | None:
    """The kind of amendment file `path` is, from its content; None when it is none."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES or not path.is_file():
        return None
    try:
        if suffix == ".zip":
            return Source.AN_ZIP if _zip_of_json(path) else None
        with path.open("rb") as stream:
            head = stream.read(_HEAD)
    except (OSError, zipfile.BadZipFile):
        return None
    if suffix == ".json":
        return Source.AN_JSON if b'"uid"' in head or b'"amendement"' in head else None
    if suffix == ".csv":
        return (
            Source.SENAT_CSV
            if senat.is_jeu_complet(head.decode(senat.ENCODING, "replace"))
            else None
        )
    return _xml_source(head)


def _xml_source(head: bytes) -> Source | None:
    text = head.decode("utf-8", "replace")
    if f"<{an_feed.LIST_ROOT}" in text:
        return Source.AN_LIST
    if "<amendements>" in text or "<amendements " in text:
        return Source.AN_LIASSE
    if "<amendement>" in text:
        return Source.AN_FEED
    return None


def _zip_of_json(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.lower().endswith(".json"):
                return True
    return False


def is_amendment_file(path: Path) -> bool:
    return source_of(path) is not None


def read_amendments(path: Path, *, texts: Iterable[str] | None = None) -> Iterator[Item]:
    """The amendments of one file (keeping only those of `texts`, numbers like "911", when
    given); nothing for a file that holds none, such as an order of discussion alone."""
    source = source_of(path)
    if source is None:
        yield Unreadable(path.name, tr("not an amendment file of the AN or the Sénat"))
        return
    try:
        yield from _READERS[source](path, text_filter(texts))
    except (OSError, zipfile.BadZipFile, UnicodeError) as error:
        yield Unreadable(path.name, tr("unreadable file: {error}", error=error))


def _nothing(_path: Path, _texts: frozenset[str] | None) -> Iterator[Item]:
    return iter(())


_READERS: dict[Source, Callable[[Path, frozenset[str] | None], Iterator[Item]]] = {
    Source.AN_JSON: an_open_data.read_json_file,
    Source.AN_ZIP: an_open_data.read_zip,
    Source.AN_LIASSE: an_open_data.read_liasse,
    Source.AN_FEED: an_feed.read_feed_file,
    Source.AN_LIST: _nothing,  # read with the amendment files of its folder
    Source.SENAT_CSV: senat.read_csv,
}

__all__ = ["Amendment", "Source", "Unreadable", "is_amendment_file", "read_amendments", "source_of"]
