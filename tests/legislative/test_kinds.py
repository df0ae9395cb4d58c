"""detect_kind: the right kind for real and generated texts, "other" whenever unsure."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.kinds import KINDS
from reviewer.legislative import detect_kind
from reviewer.legislative.kinds import THRESHOLD

CORPUS_KINDS = {
    "an-amendement-plf-article42-etat-b-vsa.txt": "amendement",
    "an-question-ecrite-16e-leg-13417.txt": "question écrite",
    "an-question-ecrite-17e-leg-6750.txt": "question écrite",
    "petition-elus-contre-vsa-article7-loi-jo2024.txt": "pétition",
    # A blog post about a bill: it speaks of « projet de loi », but it is not one.
    "article-militant-legalisation-vsa-jo2024.txt": "other",
}

# The first lines of each kind as the Assemblée prints them.
HEADERS = {
    "amendement": (
        "ASSEMBLÉE NATIONALE\n"
        "PROJET DE LOI DE FINANCES POUR 2025 - (N° 324)\n"
        "Sous réserve de son traitement par les services de l'Assemblée nationale\n"
        "AMENDEMENT N° II-CF12\n"
        "présenté par M. Jean Dupont\n"
        "ARTICLE 7\n"
        "Supprimer cet article.\n"
        "EXPOSÉ SOMMAIRE\n"
        "Cet amendement vise à supprimer l'article.\n"
    ),
    "question écrite": (
        "Question N° : 1234\tDe Mme Jeanne Martin (Ensemble pour la République - Gironde)\n"
        "Ministère interrogé > Intérieur\t\tMinistère attributaire > Intérieur\n"
        "Question publiée au JO le : 10/10/2023\n"
        "Réponse publiée au JO le : 12/03/2024\n"
        "Texte de la question\n"
        "Mme Jeanne Martin interroge M. le ministre.\n"
        "Texte de la réponse\n"
        "Le ministre répond.\n"
    ),
    "projet de loi": (
        "N° 269\n"
        "PROJET DE LOI\n"
        "de financement de la sécurité sociale pour 2018,\n"
        "présenté au nom de M. Édouard PHILIPPE,\nPremier ministre,\n"
        "EXPOSÉ DES MOTIFS\n"
        "Article 1er\n"
    ),
    "proposition de loi": (
        "N° 512\n"
        "PROPOSITION DE LOI\n"
        "visant à interdire la reconnaissance faciale,\n"
        "présentée par\nMme Anne Petit, M. Paul Roux,\ndéputés.\n"
        "EXPOSÉ DES MOTIFS\n"
    ),
    "rapport": (
        "N° 1789\n"
        "RAPPORT\n"
        "FAIT au nom de la commission des lois constitutionnelles\n"
        "Rapporteure\n"
        "Mme Anne Petit\n"
    ),
    "compte rendu": (
        "COMPTE RENDU INTÉGRAL\n"
        "Présidence de Mme Yaël Braun-Pivet\n"
        "La séance est ouverte à quinze heures.\n"
        "Mme la présidente. La parole est à M. Jean Dupont.\n"
        "La séance est levée.\n"
    ),
    "pétition": (
        "Pétition contre la vidéosurveillance algorithmique\n"
        "Nous, citoyennes et citoyens, demandons le retrait de l'article 7.\n"
        "Signez cette pétition avant le 1er mars.\n"
    ),
}

NOT_LEGISLATIVE = {
    "english": ["Lorem ipsum dolor sit amet.\nArticle 7 of the treaty.\nSigned in Paris.\n"],
    "chinese": ["中华人民共和国全国人民代表大会常务委员会。\n第一条 本法自公布之日起施行。\n"],
    "empty": [""],
    "no pages": [],
    "numbers": ["\n".join(str(n) for n in range(1, 300))],
    "blank pages": ["\n\n", "\f", "   "],
    # Every kind is named in running text; none is a heading.
    "press": [
        "Le gouvernement a déposé le projet de loi relatif aux Jeux. Un député a défendu cet\n"
        "amendement en séance ; une question écrite est en cours, et selon le compte rendu de\n"
        "la commission, le rapport sera publié.\n"
    ],
}


@pytest.mark.parametrize(("name", "kind"), CORPUS_KINDS.items())
def test_each_corpus_text_gets_its_kind(corpus_dir: Path, name: str, kind: str):
    guess = detect_kind([(corpus_dir / name).read_text(encoding="utf-8")])
    assert guess.kind == kind
    assert guess.confidence >= THRESHOLD
    assert guess.reason


@pytest.mark.parametrize(("kind", "text"), HEADERS.items())
def test_each_kind_is_recognised_from_its_header(kind: str, text: str):
    guess = detect_kind([text])
    assert guess.kind == kind, guess.reason
    assert THRESHOLD <= guess.confidence <= 1


def test_the_reason_names_the_evidence():
    guess = detect_kind([HEADERS["amendement"]])
    assert "AMENDEMENT N°" in guess.reason
    assert "EXPOSÉ SOMMAIRE" in guess.reason


def test_a_question_with_its_answer_is_still_a_written_question():
    assert "Texte de la réponse" in HEADERS["question écrite"]
    assert detect_kind([HEADERS["question écrite"]]).kind == "question écrite"


def test_the_bill_an_amendment_names_in_its_header_does_not_make_it_a_bill():
    guess = detect_kind([HEADERS["amendement"]])
    assert "projet de loi" not in guess.reason


@pytest.mark.parametrize("pages", NOT_LEGISLATIVE.values(), ids=NOT_LEGISLATIVE.keys())
def test_texts_that_are_none_of_the_kinds_are_other(pages: list[str]):
    guess = detect_kind(pages)
    assert guess.kind == "other"
    assert 0 <= guess.confidence <= 1


def test_a_single_hint_is_not_enough_to_name_a_kind():
    guess = detect_kind(["Rapporteur\nQuelques mots sans rapport avec un texte de loi.\n"])
    assert guess.kind == "other"
    assert "unsure" in guess.reason and "rapport" in guess.reason


def test_the_kind_is_read_on_the_first_pages_not_in_the_body():
    body = ["Le texte se poursuit sans marque particulière.\n"] * 10
    late = [*body, HEADERS["amendement"]]
    assert detect_kind([HEADERS["amendement"], *body]).kind == "amendement"
    assert detect_kind(late).kind == "other"


def test_the_assemblee_html_of_a_bill_is_a_projet_de_loi(shared_pdfs: Path):
    path = shared_pdfs / "legislative-html" / "projet-de-loi_an_pl0269_plfss2018.html"
    with pymupdf.open(path) as document:
        pages = [page.get_text() for page in document]
    # Its site menu lists « Propositions de loi », « Amendements », « Comptes rendus »...
    assert detect_kind(pages).kind == "projet de loi"


TOKENS = st.sampled_from(
    [
        "\n",
        "\f",
        "\t",
        "\xa0",
        "PROJET DE LOI",
        "AMENDEMENT N° ",
        "EXPOSÉ SOMMAIRE",
        "Question N° : 12",
        "Texte de la question",
        "Pétition",
        "La séance est ouverte",
        "Autres articles sur ces sujets",
    ]
)
# Pages of random text with pieces of real headings and blanks mixed in.
PAGES = st.lists(st.lists(st.one_of(st.text(max_size=30), TOKENS)).map("".join), max_size=4)


@settings(max_examples=200, deadline=None)
@given(PAGES)
def test_detect_kind_never_raises(pages: list[str]):
    guess = detect_kind(pages)
    assert guess.kind in KINDS
    assert 0 <= guess.confidence <= 1
