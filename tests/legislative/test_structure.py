"""detect_structure and locate: the tree of units, their pages and offsets, and references."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.structure import Section
from reviewer.legislative import (
    detect_kind,
    detect_metadata,
    detect_structure,
    document_text,
    locate,
)

BILL = [
    # Page 1: the cover and the exposé des motifs, whose "1°" is prose, not an alinéa.
    "N° 1234\n"
    "PROJET DE LOI\n"
    "relatif à la vidéoprotection\n"
    "EXPOSÉ DES MOTIFS\n"
    "Mesdames, Messieurs,\n"
    "Le présent projet de loi modifie le code de la sécurité intérieure :\n"
    "1° Il encadre les caméras ;\n"
    "L'article 2 modifie l'article L. 251-2 de ce code, mentionné au\n"
    "2° du B du I de l'article 7 bis.\n",
    # Page 2: the first title.
    "PROJET DE LOI\n"
    "TITRE Ier\n"
    "DISPOSITIONS RELATIVES À LA VIDÉOPROTECTION\n"
    "CHAPITRE Ier\n"
    "Principes\n"
    "Article premier\n"
    "Le code de la sécurité intérieure est ainsi modifié.\n"
    "Article 2\n"
    "L'article L. 251-2 du code de la sécurité intérieure est ainsi modifié :\n"
    "1° Le premier alinéa est complété par les mots : « sous le contrôle du juge » ;\n"
    "2° Le dernier alinéa est supprimé.\n",
    # Page 3: a second chapter and the final title.
    "CHAPITRE II – Dispositions diverses\n"
    "Article 7 bis\n"
    "I. – À titre expérimental, les images peuvent faire l'objet de traitements.\n"
    "II. – Un décret en Conseil d'État fixe les modalités du présent article.\n"
    "TITRE II\n"
    "DISPOSITIONS FINALES\n"
    "Article 8 (nouveau)\n"
    "La présente loi entre en vigueur le 1er janvier 2026.\n",
]


def alineas(count: int, *, page: int) -> list[tuple[object, ...]]:
    return [("alinéa", f"alinéa {n}", "", page, []) for n in range(1, count + 1)]


# The chambers count each paragraph of an article's text as one alinéa: "1°" and "II. –"
# open alinéas of their own, after the sentence that introduces them.
BILL_OUTLINE = [
    ("exposé des motifs", "Exposé des motifs", "", 1, []),
    (
        "titre",
        "Titre Ier",
        "DISPOSITIONS RELATIVES À LA VIDÉOPROTECTION",
        2,
        [
            (
                "chapitre",
                "Chapitre Ier",
                "Principes",
                2,
                [
                    ("article", "Article 1er", "", 2, alineas(1, page=2)),
                    ("article", "Article 2", "", 2, alineas(3, page=2)),
                ],
            ),
            (
                "chapitre",
                "Chapitre II",
                "Dispositions diverses",
                3,
                [
                    ("article", "Article 7 bis", "", 3, alineas(2, page=3)),
                ],
            ),
        ],
    ),
    (
        "titre",
        "Titre II",
        "DISPOSITIONS FINALES",
        3,
        [("article", "Article 8", "nouveau", 3, alineas(1, page=3))],
    ),
]

AMENDMENT = [
    "ASSEMBLÉE NATIONALE\n"
    "Sous réserve de son traitement par les services de l'Assemblée nationale\n"
    "AMENDEMENT N° 42\n"
    "présenté par M. Ugo Bernalicis\n"
    "ARTICLE 7 BIS\n"
    "Supprimer cet article.\n"
    "EXPOSÉ SOMMAIRE\n"
    "Cet amendement supprime l'article 7 bis, qui légalise la vidéosurveillance algorithmique.\n",
]

QUESTION = [
    "17ème législature\n"
    "Question N° : 1234\tDe Mme Jeanne Martin (Ensemble pour la République - Gironde)\n"
    "Question publiée au JO le : 10/10/2023\n"
    "Réponse publiée au JO le : 12/03/2024\n"
    "Texte de la question\n"
    "Mme Jeanne Martin interroge M. le ministre de l'intérieur sur les caméras piétons.\n",
    "Texte de la réponse\n"
    "Le ministre rappelle que l'article 7 de la loi du 19 mai 2023 encadre ces caméras.\n",
]

# The alinéas of the Assemblée's PDFs, numbered in the margin; "1°" and "2°" are within them.
MARGIN = [
    "Article 3\n"
    "1\n"
    "Le code de la sécurité intérieure est ainsi modifié :\n"
    "2\n"
    "1° L'article L. 251-2 est abrogé ;\n"
    "3\n"
    "2° L'article L. 251-3 est ainsi rédigé :\n"
    "12\n"  # a page number where the text runs on
    "« Les images sont détruites après un mois. »\n"
    "4\n"
    "II. – Le présent article entre en vigueur le 1er janvier 2026.\n"
]


def outline(units: Sequence[Section]) -> list[tuple[object, ...]]:
    return [(u.kind, u.label, u.title, u.page, outline(u.children)) for u in units]


def walk(units: Sequence[Section]) -> list[Section]:
    return [w for unit in units for w in (unit, *walk(unit.children))]


def offset_of(pages: list[str], phrase: str) -> int:
    return document_text(pages).index(phrase)


def page_of(pages: list[str], offset: int) -> int:
    """The 1-based page holding `offset` (a page may itself contain a form feed)."""
    end = -1
    for number, page in enumerate(pages, start=1):
        end += len(page) + 1
        if offset <= end:
            return number
    return len(pages)


def assert_consistent(pages: list[str], units: Sequence[Section], start: int, end: int) -> None:
    """Units lie within their parent, in order, without overlap, on the page they say."""
    text = document_text(pages)
    previous_end = start
    for unit in units:
        assert previous_end <= unit.start < unit.end <= end
        assert unit.page == page_of(pages, unit.start)
        assert not text[unit.start].isspace()
        assert_consistent(pages, unit.children, unit.start, unit.end)
        previous_end = unit.end


def test_a_bill_gets_its_tree_with_pages():
    assert outline(detect_structure(BILL)) == BILL_OUTLINE


def test_each_unit_starts_with_its_heading_and_ends_with_its_text():
    text = document_text(BILL)
    units = {unit.label: unit for unit in walk(detect_structure(BILL))}
    assert text[units["Titre Ier"].start :].startswith("TITRE Ier\nDISPOSITIONS RELATIVES")
    assert text[units["Article 1er"].start :].startswith("Article premier")
    article_2 = units["Article 2"]
    assert text[article_2.start : article_2.end].startswith("Article 2\nL'article L. 251-2")
    assert text[article_2.start : article_2.end].endswith("2° Le dernier alinéa est supprimé.")
    third = article_2.children[2]
    assert text[third.start : third.end] == "2° Le dernier alinéa est supprimé."
    assert text[units["Titre II"].start : units["Titre II"].end].endswith("1er janvier 2026.")
    assert_consistent(BILL, detect_structure(BILL), 0, len(text))


def test_locate_names_the_innermost_unit():
    structure = detect_structure(BILL)
    inside = offset_of(BILL, "Le dernier alinéa est supprimé")
    assert locate(structure, inside) == "Article 2, alinéa 3"
    assert locate(structure, inside, short=True) == "Art. 2, al. 3"
    assert locate(structure, offset_of(BILL, "Un décret")) == "Article 7 bis, alinéa 2"
    assert locate(structure, offset_of(BILL, "Un décret"), short=True) == "Art. 7 bis, al. 2"
    assert locate(structure, offset_of(BILL, "Le code de la sécurité")) == "Article 1er, alinéa 1"
    assert locate(structure, offset_of(BILL, "Il encadre")) == "Exposé des motifs"


def test_locate_above_the_articles_names_the_divisions():
    structure = detect_structure(BILL)
    assert locate(structure, offset_of(BILL, "Principes")) == "Titre Ier, Chapitre Ier"
    assert locate(structure, offset_of(BILL, "Principes"), short=True) == "Titre Ier, Chap. Ier"


def test_locate_outside_every_unit_is_none():
    structure = detect_structure(BILL)
    assert locate(structure, offset_of(BILL, "N° 1234")) is None
    assert locate(structure, len(document_text(BILL)) + 10) is None
    assert locate((), 0) is None


def test_prose_that_looks_like_a_heading_is_not_one():
    units = walk(detect_structure(BILL))
    # « 1° Il encadre » in the exposé, « 2° du B du I » and « l'article 2 » in sentences.
    exposé = next(u for u in units if u.kind == "exposé des motifs")
    assert exposé.children == ()
    assert [u.label for u in units if u.kind == "alinéa"] == [
        *["alinéa 1"],
        *["alinéa 1", "alinéa 2", "alinéa 3"],
        *["alinéa 1", "alinéa 2"],
        *["alinéa 1"],
    ]
    assert [u.label for u in units if u.kind == "article"] == [
        "Article 1er",
        "Article 2",
        "Article 7 bis",
        "Article 8",
    ]


def test_an_amendment_has_its_article_and_exposé_sommaire():
    # Its "ARTICLE 7 BIS" names the article it amends: no alinéas of its own.
    structure = detect_structure(AMENDMENT, alineas=False)
    assert outline(structure) == [
        ("article", "Article 7 bis", "", 1, []),
        ("exposé sommaire", "Exposé sommaire", "", 1, []),
    ]
    assert locate(structure, offset_of(AMENDMENT, "Supprimer")) == "Article 7 bis"
    assert locate(structure, offset_of(AMENDMENT, "légalise")) == "Exposé sommaire"


def test_a_question_has_its_text_and_its_answer():
    structure = detect_structure(QUESTION)
    assert outline(structure) == [
        ("texte de la question", "Texte de la question", "", 1, []),
        ("texte de la réponse", "Texte de la réponse", "", 2, []),
    ]
    assert locate(structure, offset_of(QUESTION, "Le ministre rappelle")) == ("Texte de la réponse")
    assert_consistent(QUESTION, structure, 0, len(document_text(QUESTION)))


def test_margin_numbers_are_the_alineas_when_they_run_in_order():
    structure = detect_structure(MARGIN)
    assert outline(structure) == [
        (
            "article",
            "Article 3",
            "",
            1,
            [("alinéa", f"alinéa {n}", "", 1, []) for n in range(1, 5)],
        )
    ]
    assert locate(structure, offset_of(MARGIN, "détruites")) == "Article 3, alinéa 3"
    assert locate(structure, offset_of(MARGIN, "Le présent article")) == "Article 3, alinéa 4"


@pytest.mark.parametrize(
    ("heading", "label", "short"),
    [
        ("Article premier", "Article 1er", "Art. 1er"),
        ("Article 1er", "Article 1er", "Art. 1er"),
        ("ARTICLE 42", "Article 42", "Art. 42"),
        ("Article 7 bis", "Article 7 bis", "Art. 7 bis"),
        ("Article 12 ter A", "Article 12 ter A", "Art. 12 ter A"),
        ("Article liminaire", "Article liminaire", "Art. liminaire"),
        ("+ ## Article 1er", "Article 1er", "Art. 1er"),
        ("Article L. 251-2", "Article L. 251-2", "Art. L. 251-2"),
        ("APRÈS L'ARTICLE 7", "Après l'article 7", "Après l'art. 7"),
        ("TITRE IER", "Titre Ier", "Titre Ier"),
        ("TITRE PRÉLIMINAIRE", "Titre préliminaire", "Titre préliminaire"),
        ("Chapitre 2 : Personnes rattachées", "Chapitre 2", "Chap. 2"),
        ("Section 1", "Section 1", "Sect. 1"),
        ("PREMIÈRE PARTIE", "Première partie", "Première partie"),
        ("Données clés", "Données clés", "Données clés"),
    ],
)
def test_heading_forms(heading: str, label: str, short: str):
    (unit,) = detect_structure([f"{heading}\nDu texte.\n"])
    assert (unit.label, unit.short) == (label, short)


def test_the_assemblee_html_of_a_bill(shared_pdfs: Path):
    path = shared_pdfs / "legislative-html" / "projet-de-loi_an_pl0269_plfss2018.html"
    with pymupdf.open(path) as document:
        pages = [page.get_text() for page in document]
    structure = detect_structure(pages)
    (part,) = structure
    assert (part.label, part.title, part.page) == (
        "Première partie",
        "DISPOSITIONS RELATIVES À L’EXERCICE 2016",
        2,
    )
    assert [(u.label, u.page) for u in part.children] == [
        ("Article 1er", 2),
        ("Exposé des motifs", 5),
        ("Article 2", 6),
    ]
    # The introducing sentence is alinéa 1; each item (« 1°\xa0Le tableau », with a
    # no-break space) opens one; the tables between them are alinéas too.
    article_1 = part.children[0]
    text = document_text(pages)
    opening = [text[u.start : u.start + 2] for u in article_1.children]
    assert opening[0] == "Au"
    items = [o for o in opening if o[0].isdigit()]
    assert items == [f"{n}°" for n in range(1, 8)]
    fifth = 1 + opening.index("5°")
    assert locate(structure, offset_of(pages, "Les recettes affectées au Fonds")) == (
        f"Article 1er, alinéa {fifth}"
    )
    assert_consistent(pages, structure, 0, len(document_text(pages)))


def test_texts_without_structure_have_none(corpus_dir: Path):
    petition = (corpus_dir / "petition-elus-contre-vsa-article7-loi-jo2024.txt").read_text()
    assert detect_structure([petition]) == ()
    assert detect_structure([]) == ()
    assert detect_structure([""]) == ()


def test_a_300_page_bill_is_read_well_under_a_second():
    page = (
        "Article {n}\n"
        "I. – Le code de la sécurité intérieure est ainsi modifié :\n"
        + "".join(f"{i}° Le {i}e alinéa est complété par une phrase ; " * 3 + "\n" for i in (1, 2))
        + "II. – Un décret en Conseil d'État fixe les modalités d'application. " * 30
        + "\n"
    )
    pages = [BILL[0], *(page.format(n=n) for n in range(2, 301))]
    started = time.perf_counter()
    kind = detect_kind(pages)
    detect_metadata(pages, kind.kind)
    structure = detect_structure(pages)
    assert time.perf_counter() - started < 1.0
    assert len(structure) == 300  # the exposé and 299 articles


TOKENS = st.sampled_from(
    [
        "\n",
        "\f",
        "\xa0",
        "TITRE Ier",
        "CHAPITRE II – ",
        "Article ",
        "7 bis",
        "1°",
        "2° ",
        "I. – ",
        "1\n",
        "EXPOSÉ SOMMAIRE",
        "Texte de la réponse",
        "PREMIÈRE PARTIE",
        "+ ## ",
    ]
)
PAGES = st.lists(st.lists(st.one_of(st.text(max_size=30), TOKENS)).map("".join), max_size=4)


@settings(max_examples=200, deadline=None)
@given(PAGES, st.integers(min_value=-5, max_value=2000))
def test_detect_structure_never_raises_and_stays_consistent(pages: list[str], offset: int):
    structure = detect_structure(pages)
    assert_consistent(pages, structure, 0, len(document_text(pages)))
    located = locate(structure, offset)
    assert located is None or located


def test_articles_inserted_after_the_first_are_units_of_their_own():
    pages = [
        "Article 1er\nLe code est ainsi modifié.\nArticle 1er bis\nUn article nouveau.\n"
        "Article premier ter A\nUn autre.\nArticle 2\nLa loi entre en vigueur le 1er bis.\n"
    ]
    labels = [u.label for u in walk(detect_structure(pages)) if u.kind == "article"]
    assert labels == ["Article 1er", "Article 1er bis", "Article 1er ter A", "Article 2"]
