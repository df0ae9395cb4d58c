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


SEANCE = AMENDMENTS / "senat_jeu_complet_2017-2018_63_plfss2018.csv"


def senat_rows(path: Path, rows: int, *, sort: str | None = None, bad: bool = False) -> Path:
    """The real file's head and `rows` rows; `sort` replaces every row's Sort (before the
    sitting it is empty)."""
    lines = SEANCE.read_bytes().split(b"\r\n")
    body = lines[2 : 2 + rows]
    if sort is not None:
        body = [b"\t".join([*row.split(b"\t")[:9], sort.encode(), *row.split(b"\t")[10:]])
                for row in body]  # fmt: skip
    if bad:
        body.insert(1, b"Amt\t999 rect.\tArticle 3")
    path.write_bytes(b"\r\n".join([*lines[:2], *body, b""]))
    return path


def targeted_articles(path: Path) -> list[str]:
    """The articles a file's amendments target, in the order of the text ("Article 7",
    "Article 16 octies"), as a bill holding them would title them."""
    import re

    from reviewer.amendments import read_amendments
    from reviewer.core.amendments import Amendment
    from reviewer.library.binding import article_key

    labels = {
        " ".join(re.sub(r"\([^)]*\)", " ", a.division).split())
        for a in read_amendments(path)
        if isinstance(a, Amendment) and article_key(a.division)
    }
    latin = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies")
    return sorted(labels, key=lambda label: (
        int(re.search(r"[0-9]+", label).group()),
        next((i for i, w in enumerate(latin) if w and label.endswith(f" {w}")), 0),
    ))  # fmt: skip


def write_bill(path: Path, labels: list[str], **cover: str) -> Path:
    """A bill n° `number` holding these articles, its cover stating `cover` (session...)."""
    from reviewer.pdf import write_pdf
    from reviewer.samples.legislative import bill_with_articles

    number = cover.pop("number")
    title = f"Projet de loi n° {number}"
    write_pdf(path, bill_with_articles(number, labels, **cover), title=title)
    return path


def plfss_bill(folder: Path) -> Path:
    """A bill n° 63 (Sénat, 2017-2018) holding the articles the PLFSS 2018 amendments
    (SEANCE) target, but Article 57: their bill once both are imported."""
    labels = [label for label in targeted_articles(SEANCE) if label != "Article 57"]
    return write_bill(folder / "pjl.pdf", labels, number="63", session="2017-2018")
