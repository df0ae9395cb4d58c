"""AN open-data JSON amendments, as the current dump holds them, made from a real one.

The dump is a ZIP of one JSON file per amendment (json/<dossier>/<texte>/<uid>.json), the
tree of the référentiel XML with a few names changed (see reviewer.amendments.an_open_data).
Given a real référentiel amendment, read as a tree, these make as many as a test or a
benchmark needs, each its own uid, number and text.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

NIL = {"@xsi:nil": "true"}


def json_amendment(
    real: Mapping[str, Any], number: int, text: str = "0806", *, sort: str = "Adopté"
) -> dict[str, Any]:
    """The real amendment's texts and division as number `number` of text `text`."""
    uid = f"AMANR5L15PO420120B{text}P0D1N{number:06d}"
    division = real["pointeurFragmentTexte"]["division"]
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
                    "titre": division["titre"],
                    "articleDesignationCourte": division["articleDesignationCourte"],
                    "type": division["type"],
                    "avant_A_Apres": division["avant_A_Apres"],
                },
                "alinea": {"numero": NIL},
            },
            "corps": {"contenuAuteur": {
                "dispositif": real["corps"]["dispositif"],
                "exposeSommaire": real["corps"]["exposeSommaire"],
            }},
            "cycleDeVie": {
                "dateDepot": real["dateDepot"],
                "etatDesTraitements": {"etat": {"libelle": "Discuté"}, "sousEtat": NIL},
                "sort": sort,
            },
        }
    }  # fmt: skip


def member_name(tree: Mapping[str, Any]) -> str:
    amendment = tree["amendement"]
    return f"json/DLR5L15N36159/{amendment['texteLegislatifRef']}/{amendment['uid']}.json"


def write_dump(path: Path, real: Mapping[str, Any], texts: Mapping[str, int]) -> Path:
    """A ZIP like the AN's dump: `count` JSON files for each text."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for text, count in texts.items():
            for number in range(1, count + 1):
                tree = json_amendment(real, number, text)
                archive.writestr(member_name(tree), json.dumps(tree, ensure_ascii=False))
    return path
