"""Real official amendments applied to the bill they amend: `Library.apply_amendment` and
`reviewer apply AMENDMENT`. The Sénat's commission amendments on text n° 583 (2017-2018)
and the AN's n° 1 on text n° 911 are real; the bills are generated with their number,
chamber and session, and alinéas whose words are known."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from helpers import AMENDMENTS

from reviewer.cli import main
from reviewer.core.errors import ReviewerError
from reviewer.library import Library
from reviewer.library.official import place
from reviewer.pdf import Block, write_pdf

SENAT_FILE = "senat_jeu_complet_commission_2017-2018_583.csv"
WANTED = ("COM-1", "COM-2", "COM-4", "COM-12")  # inserted words, deleted alinéa, words absent,
# and a formula the engine does not read ("Rétablir le b dans la rédaction suivante")


def alinea(article: int, number: int) -> str:
    words = "les services de l’État" if (article, number) == (40, 36) else "les organismes"
    return f"{number}° Dans l’article {article}, {words} concourent à la mesure numéro {number}."


def write_bill(path: Path, header: list[Block], articles: dict[int, int]) -> Path:
    blocks = [*header, Block("h1", "PROJET DE LOI"), Block("h2", "pour la liberté de choisir")]
    for article, count in articles.items():
        blocks.append(Block("h3", f"Article {article}"))
        blocks += [Block("p", alinea(article, n)) for n in range(1, count + 1)]
    write_pdf(path, blocks)
    return path


def senat_header(number: str) -> list[Block]:
    return [
        Block("small", f"N° {number}"),
        Block("center", "SÉNAT"),
        Block("center", "SESSION ORDINAIRE DE 2017-2018"),
        Block("small", "Enregistré à la Présidence du Sénat le 20 juin 2018"),
    ]


def senat_subset(folder: Path) -> Path:
    """The real file cut down to four of its rows (same name: it says the text and session)."""
    csv.field_size_limit(sys.maxsize)
    body = (AMENDMENTS / SENAT_FILE).read_text(encoding="cp1252").split("\n", 1)[1]
    header, *rows = list(csv.reader(io.StringIO(body), delimiter="\t"))
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerows([header, *(row for row in rows if row[1].strip() in WANTED)])
    path = folder / SENAT_FILE
    path.write_text("sep=\t\n" + out.getvalue(), encoding="cp1252")
    return path


@pytest.fixture
def senat(library: Library, tmp_path: Path) -> dict[str, int]:
    """The four amendments by number, and their bill imported beside them."""
    library.import_paths(
        [write_bill(tmp_path / "pjl583.pdf", senat_header("583"), {40: 50, 42: 25})]
    )
    library.import_paths([senat_subset(tmp_path)])
    return {
        document.metadata["number"]: document.id
        for document in library.documents()
        if document.kind == "amendement"
    }


def test_an_understood_amendment_shows_its_article_as_adopted(library, senat):
    inserted = library.apply_amendment(senat["COM-1"])
    assert inserted.applied and inserted.article == "Article 40"
    assert "les services ou à des partenariats de l’État" in inserted.after
    assert "services ou à des partenariats" not in inserted.before
    deleted = library.apply_amendment(senat["COM-2"])
    assert deleted.applied
    assert alinea(40, 33) in deleted.before and alinea(40, 33) not in deleted.after
    assert len(deleted.after.split("\n")) == len(deleted.before.split("\n")) - 1


def test_a_formula_not_understood_says_so_and_shows_no_text(library, senat):
    refused = library.apply_amendment(senat["COM-12"])
    assert (refused.applied, refused.after) == (False, "")
    assert refused.reason.startswith("formule non reconnue")
    absent = library.apply_amendment(senat["COM-4"])  # its words are not in this bill
    assert (absent.applied, absent.after) == (False, "")
    assert absent.reason.startswith("non applicable")


def test_an_amendment_whose_bill_is_not_in_the_library_is_a_clear_message(library):
    library.import_paths([AMENDMENTS / "an_911_1.xml"])
    (amendment,) = [d for d in library.documents() if d.kind == "amendement"]
    with pytest.raises(ReviewerError, match=r"AN 15 911\) is not in the library"):
        library.apply_amendment(amendment.id)
    bill = library.import_paths(
        [write_bill(library.root.parent / "b.pdf", senat_header("911"), {9: 3})]
    )
    bill_id = bill.outcomes[0].document_id  # a Sénat text n° 911 is not the AN's
    with pytest.raises(ReviewerError, match="is not in the library"):
        library.apply_amendment(amendment.id)
    with pytest.raises(ReviewerError, match="is not an official amendment"):
        library.apply_amendment(bill_id)


def test_the_an_additional_article_applies_after_its_article(library, tmp_path):
    header = [
        Block("small", "N° 911"),
        Block("center", "ASSEMBLÉE NATIONALE"),
        Block("center", "QUINZIÈME LÉGISLATURE"),
    ]
    library.import_paths([write_bill(tmp_path / "pl911.pdf", header, {9: 3})])
    library.import_paths([AMENDMENTS / "an_911_1.xml"])
    (amendment,) = [d for d in library.documents() if d.kind == "amendement"]
    result = library.apply_amendment(amendment.id)
    assert result.applied and result.article.startswith("Après l")
    assert result.before == ""  # a new article
    assert "il est inséré un article 51‑3 ainsi rédigé" in result.after
    assert "six mois après la date de sa promulgation" in " ".join(result.after.split())


def test_reviewer_apply_amendment_prints_the_fields_scripts_read(library, senat, capsys):
    library.close()
    code = main(["apply", "--library", str(library.root), str(senat["COM-2"]), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(result) == {"applied", "reason", "article", "before", "after"}
    assert result["applied"] is True and result["article"] == "Article 40"
    code = main(["apply", "--library", str(library.root), str(senat["COM-12"])])
    assert code == 1
    assert capsys.readouterr().out.startswith("non appliqué : formule non reconnue")


def test_the_place_of_an_amendment_as_the_bill_heads_it():
    assert place({"target_article": "Article 16 octies (nouveau)"}) == "Article 16 octies"
    additional = {"target_article": "Article 9", "placement": "après", "additional": "oui"}
    assert place(additional) == "Après l'article 9"
    assert place({"target_article": "Article 9", "placement": "après"}) == "Article 9"
