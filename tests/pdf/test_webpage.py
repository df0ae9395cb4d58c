"""Pages saved from the AN and Sénat sites: decoded as the HTML standard does, site removed."""

from __future__ import annotations

import pytest
from helpers import SHARED

from reviewer.pdf.reader import read_document
from reviewer.pdf.webpage import decode, read_web_page

WEB = SHARED / "web"
PAGES = {
    # file: (a phrase of the text with accents, the title)
    "an_projet-de-loi_pl0387.html": (
        "Enregistré à la Présidence de l’Assemblée nationale le 21 novembre 2017",
        "N° 387 - Projet de loi de financement de la sécurité sociale, modifié par le Sénat, "
        "pour 2018",
    ),
    "an_rapport_r1056-a0.html": (
        "pour un État au service d’une société de confiance",
        "N° 1056 annexe 0 - Rapport, en nouvelle lecture, sur le projet de loi, modifié par le "
        "Sénat, renforçant l'efficacité de l'administration pour une relation de confiance avec "
        "le public (n°806).",
    ),
    "senat_projet-de-loi_pjl17-659.html": (
        "ADOPTÉ PAR L'ASSEMBLÉE NATIONALE",
        "Projet de loi pour un État au service d'une société de confiance",
    ),
}
MOJIBAKE = ("Ã", "Â", "\ufffd")
SITE = ("Aller au menu", "Aller au contenu", "Plan du site", "Accueil", "Recherche", "English",
        "Commander ce document", "Documents parlementaires", "format PDF")  # fmt: skip


@pytest.mark.parametrize("name", PAGES)
def test_a_saved_page_reads_as_its_document(name):
    phrase, title = PAGES[name]
    document = read_document(WEB / name)
    text = "\n".join(page.text for page in document.pages)
    assert not [sign for sign in MOJIBAKE if sign in text + document.title]
    assert phrase in " ".join(text.split())
    assert document.title == title
    assert not [words for words in SITE if words in text]


def test_the_declared_charset_iso_8859_1_is_read_as_windows_1252():
    # 0x92 is ’ in windows-1252, a control character in ISO-8859-1.
    page = b'<meta charset="iso-8859-1"><p>l\x92article</p>'
    assert "l’article" in decode(page)


def test_valid_utf8_is_utf8_whatever_the_page_declares():
    page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">société'
    assert decode(page.encode("utf-8")).endswith("société")


def test_nothing_in_the_clean_page_can_load_a_file():
    page = read_web_page(
        b'<html><head><link rel="stylesheet" href="http://x/s.css"><script src="a.js"></script>'
        b'</head><body><div id="wysiwyg"><p>Texte <img src="file:///etc/passwd">'
        b'<a href="http://x">lien</a> <iframe src="http://x"></iframe></p></div></body></html>'
    )
    for forbidden in ("<img", "<script", "<link", "<iframe", "href", "src="):
        assert forbidden not in page.html
    assert "Texte" in page.html and "lien" in page.html


def test_the_an_pages_state_their_type_and_legislature():
    facts = read_document(WEB / "an_rapport_r1056-a0.html").facts
    assert facts == {"kind": "Rapport", "legislature": "15ème législature"}
