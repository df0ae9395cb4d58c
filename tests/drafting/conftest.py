"""A bill whose alinéas are known, written as page text, and its articles as the engine sees them."""

# ruff: noqa: E501 (a table of cases and page texts: one case, one paragraph a line)
from __future__ import annotations

import pytest

from reviewer.drafting import ArticleText, find_article
from reviewer.legislative import detect_structure, document_text

# Page texts as extraction gives them; a blank line ends each paragraph (alinéa).
PAGES = [
    """PROJET DE LOI
relatif à la protection sociale des aidants

Article 1er

Le code de l’action sociale et des familles est ainsi modifié :

1° L’article L. 113-1 est complété par un alinéa ainsi rédigé :

« Le département informe la personne aidée du taux de participation applicable. » ;

2° Au premier alinéa de l’article L. 232-1, le mot : « autonomie » est remplacé par les mots : « perte d’autonomie ».
""",
    """Article 2

I. – Le taux de la contribution est fixé à 2 %. Ce taux est révisé chaque année par décret.

II. – Une allocation est versée aux aidants qui réduisent leur activité. Le montant de l’allocation est fixé par décret en Conseil d’État.

III. – Le présent article entre en vigueur le 1er janvier 2027.

Article 3

Le Gouvernement remet au Parlement un rapport sur l’application de la présente loi dans un délai d’un an.
""",
]

ALINEAS = {
    "Article 1er": (
        "Le code de l’action sociale et des familles est ainsi modifié :",
        "1° L’article L. 113-1 est complété par un alinéa ainsi rédigé :",
        "« Le département informe la personne aidée du taux de participation applicable. » ;",
        "2° Au premier alinéa de l’article L. 232-1, le mot : « autonomie » est remplacé par les "
        "mots : « perte d’autonomie ».",
    ),
    "Article 2": (
        "I. – Le taux de la contribution est fixé à 2 %. Ce taux est révisé chaque année par "
        "décret.",
        "II. – Une allocation est versée aux aidants qui réduisent leur activité. Le montant de "
        "l’allocation est fixé par décret en Conseil d’État.",
        "III. – Le présent article entre en vigueur le 1er janvier 2027.",
    ),
    "Article 3": (
        "Le Gouvernement remet au Parlement un rapport sur l’application de la présente loi dans "
        "un délai d’un an.",
    ),
}


@pytest.fixture(scope="session")
def articles() -> dict[str, ArticleText]:
    structure = detect_structure(PAGES)
    text = document_text(PAGES)
    found = {label: find_article(structure, text, label) for label in ALINEAS}
    return {label: article for label, article in found.items() if article is not None}
