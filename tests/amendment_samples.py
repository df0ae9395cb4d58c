"""AN open-data JSON amendments, as the current dump holds them, made from a real one.

No JSON file of the dump is in the shared material: its README describes the tree, which is
the référentiel XML's (a real liasse amendment, read here) with a few names changed.
"""

from __future__ import annotations

import io
import json
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from helpers import AMENDMENTS

from reviewer.amendments.an_open_data import element_tree

NIL = {"@xsi:nil": "true"}


@cache
def real_tree() -> dict:
    """The real amendment AS103 (Gouvernement, adopté) of the référentiel liasse."""
    root = ElementTree.parse(AMENDMENTS / "an_opendata_liasse_second_part.xml").getroot()
    return element_tree(root[2])


def json_amendment(number: int, text: str = "0806", *, sort: str = "Adopté") -> dict:
    """The real amendment as the JSON dump would give it, as number `number` of text `text`."""
    real = real_tree()
    uid = f"AMANR5L15PO420120B{text}P0D1N{number:06d}"
    return {
        "amendement": {
            "uid": uid,
            "legislature": "15",
            "identification": {
                "numeroLong": str(number),
                "numeroOrdreDepot": str(number),
                "prefixeOrganeExamen": "AN",
                "numeroRect": "0",
            },
            "texteLegislatifRef": f"PRJLANR5L15B{text}",
            "amendementParentRef": NIL,
            "signataires": {
                "auteur": {"typeAuteur": "Gouvernement", "acteurRef": NIL,
                           "groupePolitiqueRef": NIL},
                "libelle": real["signataires"]["texteAffichable"],
            },
            "pointeurFragmentTexte": {
                "division": {
                    "titre": real["pointeurFragmentTexte"]["division"]["titre"],
                    "articleDesignationCourte": "ART. 40 QUATER",
                    "type": "ARTICLE",
                    "avant_A_Apres": "A",
                },
                "alinea": {"numero": NIL},
            },
            "corps": {"contenuAuteur": {
                "dispositif": real["corps"]["dispositif"],
                "exposeSommaire": real["corps"]["exposeSommaire"],
            }},
            "cycleDeVie": {
                "dateDepot": "2018-07-17",
                "etatDesTraitements": {"etat": {"libelle": "Discuté"}, "sousEtat": NIL},
                "sort": sort,
            },
        }
    }  # fmt: skip


def write_dump(path: Path, texts: dict[str, int]) -> Path:
    """A ZIP like the AN's dump: `count` JSON files for each text, json/<dossier>/<texte>/…"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for text, count in texts.items():
            for number in range(1, count + 1):
                tree = json_amendment(number, text)
                ref = tree["amendement"]["texteLegislatifRef"]
                name = f"json/DLR5L15N36159/{ref}/{tree['amendement']['uid']}.json"
                archive.writestr(name, json.dumps(tree, ensure_ascii=False))
    return path


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
