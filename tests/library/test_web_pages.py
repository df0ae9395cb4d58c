"""Web pages in the library: the right kind, a title that says what they are, clean search."""

from __future__ import annotations

from helpers import SHARED

WEB = SHARED / "web"


def test_saved_pages_import_with_their_kind_and_title(library):
    library.import_paths(sorted(WEB.glob("*.html")))
    documents = {document.source.split("/")[-1]: document for document in library.documents()}
    assert set(documents) == {path.name for path in WEB.glob("*.html")}
    rapport = documents["an_rapport_r1056-a0.html"]
    assert rapport.kind == "rapport"  # its text reads "ANNEXE AU RAPPORT / PROJET DE LOI"
    assert rapport.metadata.get("legislature") == "15"
    assert documents["an_projet-de-loi_pl0387.html"].kind == "projet de loi"
    assert documents["senat_projet-de-loi_pjl17-659.html"].kind == "projet de loi"
    assert documents["senat_projet-de-loi_pjl17-659.html"].title.startswith("Projet de loi pour")


def test_accented_words_of_a_web_page_are_found(library):
    library.import_paths([WEB / "senat_projet-de-loi_pjl17-659.html"])
    assert library.search("société de confiance").total > 0
    assert library.search('"Aller au menu"').total == 0
