"""The AN's séance and commission feeds: one XML per amendment, completed by liste.xml."""

from __future__ import annotations

from pathlib import Path

from helpers import AMENDMENTS

from reviewer.amendments import Source, Unreadable, read_amendments, source_of


def one(name: str):
    [amendment] = read_amendments(AMENDMENTS / name)
    return amendment


def test_every_feed_file_is_recognised_and_read():
    names = sorted(p.name for p in AMENDMENTS.glob("an_[0-9]*.xml"))
    sources = {name: source_of(AMENDMENTS / name) for name in names}
    assert {n for n, s in sources.items() if s is Source.AN_LIST} == {
        "an_911_liste.xml", "an_1408-CION-SOC_liste.xml",
    }  # fmt: skip
    amendments = [one(n) for n, s in sources.items() if s is Source.AN_FEED]
    assert [a.number for a in amendments] == [
        "II-1463 rect. bis", "II-398", "II-494", "AS1", "AS2", "1", "2 rect.", "3",
    ]  # fmt: skip
    assert list(read_amendments(AMENDMENTS / "an_911_liste.xml")) == []


def test_a_seance_amendment_with_its_order_of_discussion():
    first = one("an_911_1.xml")
    assert (first.chamber, first.legislature, first.text_number) == ("AN", "15", "911")
    assert (first.division, first.placement, first.additional) == ("Article 9", "après", True)
    assert first.author == "M.\xa0Ferrand, rapporteur au nom de la commission des lois"
    assert (
        len(first.cosignatories) == 358
    )  # as many as listeDesTribunCosignataires and first.cosignatories[-1] == "M.\xa0Waserman"
    assert (first.body, first.filed, first.state, first.outcome) == (
        "Séance publique", "2018-07-04", "à discuter", "",
    )  # fmt: skip
    assert (first.order, first.identical_group, first.parent) == (1, "8496", "")
    assert first.dispositif[0] == (
        "Après l’article\xa051-2 de la Constitution, il est inséré un article 51\u20113"
        " ainsi rédigé\xa0:"
    )
    assert first.text_title == "DÉMOCRATIE PLUS REPRÉSENTATIVE, RESPONSABLE ET EFFICACE"


def test_a_rectified_sub_amendment_takes_its_group_from_the_list():
    second = one("an_911_2.xml")
    assert (second.number, second.base_number, second.parent) == ("2 rect.", "2", "1")
    assert (second.group, second.order, second.author) == ("LaREM", 2, "Mme\xa0Mauborgne")
    assert one("an_1255_1463.xml").number == "II-1463 rect. bis"  # « (2ème Rect) »


def test_a_commission_amendment():
    withdrawn = one("an_1408-CION-SOC_AS1.xml")
    assert (withdrawn.body, withdrawn.division, withdrawn.alinea) == (
        "Affaires sociales", "Article 29", "4",
    )  # fmt: skip
    assert (withdrawn.group, withdrawn.outcome, withdrawn.order) == ("SOC", "retiré", 1)
    assert withdrawn.author == "M.\xa0Aviragnet" and len(withdrawn.cosignatories) == 28
    assert withdrawn.cosignatories[-1] == "Mme\xa0Victory"
    rejected = one("an_1408-CION-SOC_AS2.xml")  # not in the list: no order, no group
    assert (rejected.outcome, rejected.order, rejected.group) == ("rejeté", None, "")


def test_without_its_list_an_amendment_has_no_order(tmp_path: Path):
    copy = tmp_path / "an_911_2.xml"
    copy.write_bytes((AMENDMENTS / "an_911_2.xml").read_bytes())
    alone = one_from(copy)
    assert (alone.order, alone.group, alone.parent) == (None, "", "1")
    listed = (AMENDMENTS / "an_911_liste.xml").read_text(encoding="utf-8")
    (tmp_path / "liste.xml").write_text(listed, encoding="utf-8")
    assert one_from(copy).order == 2  # a list arrived: read
    (tmp_path / "liste.xml").write_text(listed.replace('position="2/3"', 'position="7/9"'))
    assert one_from(copy).order == 7  # a newer list: read again


def test_a_damaged_file_is_reported_by_name(tmp_path: Path):
    damaged = tmp_path / "an_911_9.xml"
    damaged.write_bytes((AMENDMENTS / "an_911_3.xml").read_bytes()[:3000])
    [item] = read_amendments(damaged)
    assert isinstance(item, Unreadable) and item.where == "an_911_9.xml"


def one_from(path: Path):
    [amendment] = read_amendments(path)
    return amendment
