"""AN open-data JSON amendments for tests, made from a real référentiel amendment (no JSON
file of the AN's dump is in the shared material)."""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from helpers import AMENDMENTS

from reviewer.amendments.an_open_data import element_tree
from reviewer.samples import an_open_data


@cache
def real_tree() -> dict:
    """The real amendment AS103 (Gouvernement, adopté) of the référentiel liasse."""
    root = ElementTree.parse(AMENDMENTS / "an_opendata_liasse_second_part.xml").getroot()
    return element_tree(root[2])


def json_amendment(number: int, text: str = "0806", *, sort: str = "Adopté") -> dict:
    return an_open_data.json_amendment(real_tree(), number, text, sort=sort)


def write_dump(path: Path, texts: dict[str, int]) -> Path:
    return an_open_data.write_dump(path, real_tree(), texts)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
