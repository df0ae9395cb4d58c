"""The Sénat's jeu complet: every row of both real files, a few checked by hand."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from helpers import AMENDMENTS

from reviewer.amendments import Source, Unreadable, read_amendments, source_of
from reviewer.core.amendments import SENAT, Outcome

SEANCE = AMENDMENTS / "senat_jeu_complet_2017-2018_63_plfss2018.csv"
COMMISSION = AMENDMENTS / "senat_jeu_complet_commission_2017-2018_583.csv"


def by_number(path: Path) -> dict[str, object]:
    items = list(read_amendments(path))
    assert not [i for i in items if isinstance(i, Unreadable)]
    return {item.number: item for item in items}


def test_both_files_are_recognised_by_their_content_and_read_whole():
    assert source_of(SEANCE) is source_of(COMMISSION) is Source.SENAT_CSV
    seance = by_number(SEANCE)
    assert len(seance) == 595  # one row per amendment, numbers unique
    assert Counter(a.outcome for a in seance.values()) == {
        Outcome.ADOPTED: 198, Outcome.WITHDRAWN: 134, Outcome.REJECTED: 119,
        Outcome.INADMISSIBLE: 76, Outcome.NOT_MOVED: 44, Outcome.FALLEN: 24,
    }  # fmt: skip
    commission = by_number(COMMISSION)
    assert len(commission) == 434
    assert Counter(a.outcome for a in commission.values())[Outcome.SATISFIED] == 23


def test_an_additional_article_its_exact_fields_and_clean_texts():
    first = by_number(SEANCE)["1 rect."]
    assert (first.chamber, first.session, first.text_number) == (SENAT, "2017-2018", "63")
    assert (first.division, first.placement, first.additional) == ("Article 7", "après", True)
    assert (first.author, first.group, first.filed) == ("M. FRASSA", "", "2017-11-13")
    assert (first.state, first.outcome, first.body) == ("Adopté", "adopté", "Séance publique")
    assert first.base_number == "1" and first.identities == ("Sénat 2017-2018 63#1",)
    assert first.dispositif[:2] == (
        "Après l’article\xa07",
        "Insérer un article\xa0additionnel ainsi rédigé\xa0:",
    )
    assert first.expose[0].startswith("Cet amendement vise à rectifier une anomalie, celle de")
    assert not any("<" in p or "&#" in p for p in first.dispositif + first.expose)
    assert first.url == "https://www.senat.fr/amendements/2017-2018/63/Amdt_1.html"


def test_alineas_groups_and_the_sorts_in_words():
    seance = by_number(SEANCE)
    second = seance["2 rect."]
    assert (second.division, second.placement, second.alinea) == ("Article 7", "à", "7")
    assert second.outcome == "non soutenu"
    grouped = [a for a in seance.values() if a.group == "groupe CRCE"]
    assert len(grouped) == 61
    before = [a for a in seance.values() if a.placement == "avant"]
    assert [a.division for a in before] == ["Article 39"] * len(before) and before
    assert {a.state for a in seance.values() if a.outcome == "irrecevable"} == {
        "Irrecevable art. 40 C", "Irrecevable art. LO. 111-3", "Irrecevable art. 41 C",
    }  # fmt: skip
    assert seance["596 rect."].parent == ""  # a sub-amendment: the file does not say of which


def test_a_commission_file():
    first = by_number(COMMISSION)["COM-1"]
    assert (first.body, first.text_number, first.division) == ("Commission", "583", "Article 40")
    assert (first.alinea, first.author, first.outcome) == (
        "36",
        "M. FORISSIER, rapporteur",
        "adopté",
    )
    assert by_number(COMMISSION)["COM-196 rect. ter"].base_number == "COM-196"


def test_tabs_and_line_breaks_inside_the_html_are_repaired_and_a_bad_row_is_reported(tmp_path):
    lines = SEANCE.read_bytes().split(b"\r\n")
    broken = lines[2].replace(b"</p><p", b"</p>\t<p", 3).replace(b"</p>", b"</p>\r\n", 1)
    short = b"Amt\t999\tArticle 3"
    path = tmp_path / "jeu.csv"
    path.write_bytes(b"\r\n".join([*lines[:2], broken, short, *lines[3:6]]))
    items = list(read_amendments(path))
    bad = [i for i in items if isinstance(i, Unreadable)]
    assert [(b.where, b.message) for b in bad] == [("ligne 5 (n° 999)", "3 columns instead of 12")]
    good = [i for i in items if not isinstance(i, Unreadable)]
    assert [a.number for a in good] == ["1 rect.", "2 rect.", "3 rect. quater", "4 rect. quater"]
    assert good[0] == by_number(SEANCE)["1 rect."]


def test_keeping_only_one_text():
    assert list(read_amendments(SEANCE, texts=["583"])) == []
    assert len(list(read_amendments(SEANCE, texts=["63"]))) == 595


def test_a_row_whose_html_never_closes_is_reported_and_the_next_rows_read(tmp_path):
    lines = SEANCE.read_bytes().split(b"\r\n")
    unclosed = lines[2].replace(b"</body>", b"", 1)
    path = tmp_path / "jeu.csv"
    path.write_bytes(b"\r\n".join([*lines[:2], unclosed, b"", *lines[3:5], b""]))
    items = list(read_amendments(path))
    assert isinstance(items[0], Unreadable) and items[0].where == "ligne 3 (n° 1 rect.)"
    assert [a.number for a in items[1:]] == ["2 rect.", "3 rect. quater"]


def test_a_file_without_line_ends_is_reported_not_loaded_whole(tmp_path):
    head = b"\r\n".join(SEANCE.read_bytes().split(b"\r\n")[:2])
    path = tmp_path / "jeu.csv"
    path.write_bytes(head + b"\r\n" + b"Amt\t1\t" + b"x" * (21 * 1024 * 1024))
    [item] = read_amendments(path)
    assert isinstance(item, Unreadable) and item.where.startswith("ligne 3")
