"""detect_metadata: what each text states, read exactly, and nothing it does not state."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.kinds import KINDS
from reviewer.legislative import detect_metadata

# Read off the texts themselves: every field a text states, and only those.
CORPUS_METADATA: dict[str, tuple[str, dict[str, str | list[str]]]] = {
    "an-amendement-plf-article42-etat-b-vsa.txt": (
        "amendement",
        {
            # No number nor authors are printed; the exposé names the group.
            "group": "LFI-NFP",
            "target_article": "Article 42",
            "etat": "B",
            "mission": "Administration générale et territoriale de l'État",
            # The table moves 8 000 000 in AE and CP from one programme to another; the
            # exposé's « 8 millions d'euros » and « 5000 ETPT » are not amounts of the table.
            "sums": ["8 000 000"],
        },
    ),
    "an-question-ecrite-16e-leg-13417.txt": (
        "question écrite",
        {
            "number": "13417",
            "legislature": "16",
            "authors": ["M. Jérôme Guedj"],
            "group": "Socialistes et apparentés",
            "constituency": "Essonne",
            "ministry_asked": "Intérieur et outre-mer",
            "ministry_answering": "Intérieur et outre-mer",
            "rubrique": "droits fondamentaux",
            "analyse": "Sécurité et police : généralisation des systèmes de vidéosurveillance",
            "published": "2023-12-05",
            "withdrawn": "2024-06-11",
            "year": "2023",
        },
    ),
    "an-question-ecrite-17e-leg-6750.txt": (
        "question écrite",
        {
            "number": "6750",
            "legislature": "17",
            "authors": ["M. Ugo Bernalicis"],
            "group": "La France insoumise - Nouveau Front Populaire",
            "constituency": "Nord",
            "ministry_asked": "Europe et affaires étrangères",
            "ministry_answering": "Europe et affaires étrangères",
            "rubrique": "Droits fondamentaux",
            "published": "2025-05-20",
            "year": "2025",
        },
    ),
    # Neither states a number, an author, a legislature or a date of its own.
    "petition-elus-contre-vsa-article7-loi-jo2024.txt": ("pétition", {}),
    "article-militant-legalisation-vsa-jo2024.txt": ("other", {}),
}

AMENDMENT = (
    "ASSEMBLÉE NATIONALE\n"
    "PROJET DE LOI RELATIF À LA SÉCURITÉ DES JEUX - (N° 1234)\n"
    "Sous réserve de son traitement par les services de l'Assemblée nationale\n"
    "AMENDEMENT N° 42\n"
    "présenté par\n"
    "M. Ugo Bernalicis, Mme Élisa Martin et les membres du groupe La France insoumise -"
    " Nouveau Front Populaire (LFI-NFP)\n"
    "\n"
    "----------\n"
    "ARTICLE 7 BIS\n"
    "Supprimer cet article.\n"
    "EXPOSÉ SOMMAIRE\n"
    "Le groupe LFI-NFP propose de supprimer cet article, qui coûterait 1 500 000 euros.\n"
)

QUESTION = (
    "ASSEMBLÉE NATIONALE\n"
    "17ème législature\n"
    "Question N° : 1234\tDe Mme Jeanne Martin (Ensemble pour la République - Seine-Saint-Denis)"
    "\tQuestion écrite\n"
    "Ministère interrogé > Intérieur\t\tMinistère attributaire > Intérieur\n"
    "Ministère répondant > Intérieur et outre-mer\n"
    "Rubrique >sécurité des biens et des personnes\tTête d'analyse >Vidéoprotection\t"
    "Analyse > Caméras piétons.\n"
    "Question publiée au JO le : 10/10/2023 page : 9000\n"
    "Réponse publiée au JO le : 12/03/2024 page : 2000\n"
    "Texte de la question\n"
    "Mme Jeanne Martin interroge M. le ministre de l'intérieur sur les caméras piétons.\n"
)


@pytest.mark.parametrize("name", CORPUS_METADATA)
def test_each_corpus_text_states_exactly_these_fields(corpus_dir: Path, name: str):
    kind, expected = CORPUS_METADATA[name]
    text = (corpus_dir / name).read_text(encoding="utf-8")
    assert detect_metadata([text], kind) == expected


def test_an_answered_question_has_its_answer_date():
    metadata = detect_metadata([QUESTION], "question écrite")
    assert metadata == {
        "number": "1234",
        "legislature": "17",
        "authors": ["Mme Jeanne Martin"],
        "group": "Ensemble pour la République",
        "constituency": "Seine-Saint-Denis",
        "ministry_asked": "Intérieur",
        # The ministry that answered, rather than the one the question was assigned to.
        "ministry_answering": "Intérieur et outre-mer",
        "rubrique": "sécurité des biens et des personnes",
        "analyse": "Caméras piétons",
        "published": "2023-10-10",
        "answered": "2024-03-12",
        "year": "2023",
    }


def test_an_amendment_header_gives_number_authors_group_and_article():
    metadata = detect_metadata([AMENDMENT], "amendement")
    assert metadata["number"] == "42"
    assert metadata["authors"] == ["M. Ugo Bernalicis", "Mme Élisa Martin"]
    assert metadata["group"] == "La France insoumise - Nouveau Front Populaire"
    assert metadata["target_article"] == "Article 7 bis"
    # The amount is argued in the exposé, not moved by a table.
    assert "sums" not in metadata


@pytest.mark.parametrize(
    ("heading", "target"),
    [
        ("ARTICLE PREMIER", "Article 1er"),
        ("ARTICLE 3 TER", "Article 3 ter"),
        ("APRÈS L'ARTICLE 7", "Après l'article 7"),
        ("AVANT L’ARTICLE 2", "Avant l'article 2"),
    ],
)
def test_the_target_article_is_normalised(heading: str, target: str):
    text = f"AMENDEMENT N° 1\n{heading}\nSupprimer cet article.\n"
    assert detect_metadata([text], "amendement")["target_article"] == target


def test_fields_that_mislead_elsewhere_are_read_only_for_their_kinds():
    assert "target_article" not in detect_metadata([AMENDMENT], "projet de loi")
    assert "authors" not in detect_metadata([AMENDMENT], "other")


@pytest.mark.parametrize(
    ("text", "legislature"),
    [
        ("16ème législature", "16"),
        ("17e législature", "17"),
        ("DIX-SEPTIÈME LÉGISLATURE", "17"),
        ("QUINZIÈME LÉGISLATURE", "15"),
        ("Première législature", "1"),
        ("XVIIe législature", "17"),
        ("XIVe législature", "14"),
    ],
)
def test_legislature_in_every_spelling(text: str, legislature: str):
    assert (
        detect_metadata([f"ASSEMBLÉE NATIONALE\n{text}\n"], "other")["legislature"] == legislature
    )


def test_a_menu_of_past_legislatures_is_not_the_legislature():
    menu = "Anciennes législatures\n■  XIVe législature\n■  XIIIe législature\n"
    assert "legislature" not in detect_metadata([menu], "other")


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        ("19 mai 2023", "2023-05-19"),
        ("1er août 2024", "2024-08-01"),
        ("3 decembre 2024", "2024-12-03"),
        ("12/03/2024", "2024-03-12"),
        ("[20 mai 2025](#)", "2025-05-20"),
    ],
)
def test_french_dates_are_read_as_iso(date: str, iso: str):
    metadata = detect_metadata([f"Question publiée au JO le : {date}\n"], "question écrite")
    assert metadata["published"] == iso
    assert metadata["year"] == iso[:4]


def test_a_date_that_does_not_exist_is_left_out():
    metadata = detect_metadata(["Question publiée au JO le : 31/02/2024\n"], "question écrite")
    assert "published" not in metadata and "year" not in metadata


def test_a_bill_cover_gives_number_legislature_and_registration(shared_pdfs: Path):
    path = shared_pdfs / "legislative-html" / "projet-de-loi_an_pl0269_plfss2018.html"
    with pymupdf.open(path) as document:
        pages = [page.get_text() for page in document]
    assert detect_metadata(pages, "projet de loi") == {
        "number": "269",
        "legislature": "15",
        # « le 11\noctobre 2017 »: the date runs across a line break.
        "registered": "2017-10-11",
        "year": "2017",
    }


TOKENS = st.sampled_from(
    [
        "\n",
        "\t",
        "Question N° : ",
        "De M. ",
        " (",
        " - ",
        ")",
        "Circonscription : ",
        "présenté par ",
        "AMENDEMENT N° ",
        "ARTICLE ",
        "Question publiée au JO le : ",
        "31/02/2024",
        "99 mai 2024",
        "XVIIIIe législature",
        "EXPOSÉ SOMMAIRE",
        "8 000 000",
        # Letters that case-insensitive matching folds onto ASCII ones.
        "3 ſeptembre 2024",
        "dix-deuxième législature",
        "\u0130",
    ]
)
PAGES = st.lists(st.lists(st.one_of(st.text(max_size=30), TOKENS)).map("".join), max_size=4)


@settings(max_examples=200, deadline=None)
@given(PAGES, st.sampled_from(KINDS))
def test_detect_metadata_never_raises(pages: list[str], kind: str):
    for value in detect_metadata(pages, kind).values():
        assert value and (isinstance(value, str) or all(isinstance(v, str) for v in value))
