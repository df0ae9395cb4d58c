"""The AN's open data: the référentiel liasses, single JSON files, folders, the ZIP dump."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from pathlib import Path

from amendment_samples import json_amendment, write_dump, zip_bytes
from helpers import AMENDMENTS

from reviewer.amendments import Source, Unreadable, read_amendments, source_of

UID_26 = "AMANR5L15PO744107B0806P0D1N26"
UID_28 = "AMANR5L15PO744107B0806P0D1N28"


def test_the_liasses_are_recognised_and_read_whole():
    counts = {}
    for path in sorted(AMENDMENTS.glob("an_opendata_liasse_*.xml")):
        assert source_of(path) is Source.AN_LIASSE
        items = list(read_amendments(path))
        assert not [i for i in items if isinstance(i, Unreadable)]
        counts[path.name] = [a.number for a in items]
    assert counts == {
        "an_opendata_liasse_only_child.xml": ["26"],
        "an_opendata_liasse_second_part.xml": ["28", "26", "AS103"],
        "an_opendata_liasse_smaller.xml": ["28", "26"],
    }


def test_a_withdrawn_sub_amendment_of_the_liasse():
    [child] = read_amendments(AMENDMENTS / "an_opendata_liasse_only_child.xml")
    assert (child.identities, child.parent) == ((UID_26, "AN 15 806#26"), UID_28)
    assert (child.legislature, child.text_number, child.body) == ("15", "806", "PO744107")
    assert (child.division, child.placement, child.alinea) == ("ANNEXE", "à", "12")
    assert (child.author, child.group, child.filed) == ("M.\xa0Brun", "PO730934", "2018-06-07")
    assert (child.state, child.outcome) == ("Retiré", "retiré")
    assert child.dispositif[0] == "L’alinéa\xa012 est complété par l’alinéa suivant\xa0:"


def test_the_outcome_is_read_from_the_sort_and_the_government_signs():
    adopted = list(read_amendments(AMENDMENTS / "an_opendata_liasse_second_part.xml"))[2]
    assert (adopted.number, adopted.state, adopted.outcome) == ("AS103", "Discuté", "adopté")
    assert adopted.author == "le Gouvernement" and adopted.division == "Article 40 quater"
    assert len(adopted.expose) == 7


def test_a_json_file_and_a_folder_of_them(tmp_path: Path):
    folder = tmp_path / "json"
    folder.mkdir()
    for number, sort in ((12, "Rejeté"), (13, "Non soutenu")):
        tree = json_amendment(number, sort=sort)
        (folder / f"{tree['amendement']['uid']}.json").write_text(json.dumps(tree))
    read = [a for path in sorted(folder.iterdir()) for a in read_amendments(path)]
    assert [(a.number, a.outcome, a.text_number) for a in read] == [
        ("12", "rejeté", "806"), ("13", "non soutenu", "806"),
    ]  # fmt: skip
    assert source_of(next(folder.iterdir())) is Source.AN_JSON
    first = read[0]
    assert first.author == "le Gouvernement" and first.alinea == ""  # a nil is no value
    assert (first.division, first.placement, first.filed) == (
        "Article 40 quater",
        "à",
        "2018-07-17",
    )
    liasse = list(read_amendments(AMENDMENTS / "an_opendata_liasse_second_part.xml"))[2]
    assert (first.dispositif, first.expose) == (liasse.dispositif, liasse.expose)


def test_a_zip_dump_of_2000_files_streamed_keeping_one_text(tmp_path: Path):
    dump = write_dump(tmp_path / "Amendements.json.zip", {"0806": 1500, "1168": 500})
    assert source_of(dump) is Source.AN_ZIP
    tracemalloc.start()
    kept = [a.number for a in read_amendments(dump, texts=["1168"])]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert kept == [str(n) for n in range(1, 501)]
    assert peak < 20_000_000  # member by member: far less than the dump unpacked
    assert len(list(read_amendments(dump))) == 2000
    assert not list(tmp_path.glob("json"))  # nothing unpacked to disk


def test_a_bad_member_is_reported_by_name_and_the_others_read(tmp_path: Path):
    good = json.dumps(json_amendment(7)).encode()
    dump = tmp_path / "dump.zip"
    dump.write_bytes(zip_bytes({"json/a/AMANR1.json": b"{not json", "json/a/AMANR2.json": good}))
    items = list(read_amendments(dump))
    assert isinstance(items[0], Unreadable) and items[0].where == "json/a/AMANR1.json"
    assert "not valid JSON" in items[0].message and items[1].number == "7"


def test_files_that_are_not_amendments_are_not_taken_for_them(tmp_path: Path):
    other = tmp_path / "data.json"
    other.write_text('{"title": "x"}')
    csv = tmp_path / "table.csv"
    csv.write_text("a;b\n1;2\n")
    xml = tmp_path / "page.xml"
    xml.write_text("<root/>")
    assert [source_of(p) for p in (other, csv, xml)] == [None, None, None]
    [item] = read_amendments(other)
    assert isinstance(item, Unreadable)


def test_json_numbers_and_booleans_are_read_like_the_xml_strings(tmp_path: Path):
    tree = json_amendment(5)
    tree["amendement"]["pointeurFragmentTexte"]["alinea"]["numero"] = 3
    tree["amendement"]["identification"]["numeroRect"] = 1
    tree["amendement"]["pointeurFragmentTexte"]["division"]["articleAdditionnel"] = True
    path = tmp_path / "AMANR5.json"
    path.write_text(json.dumps(tree))
    [amendment] = read_amendments(path)
    assert (amendment.alinea, amendment.number, amendment.additional) == ("3", "5 rect.", True)


def test_a_zip_member_too_large_to_be_an_amendment_is_not_read(tmp_path: Path):
    dump = tmp_path / "bomb.zip"
    with zipfile.ZipFile(dump, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("json/a/AMANR1.json", b" " * (25 * 1024 * 1024))
        archive.writestr("json/a/AMANR2.json", json.dumps(json_amendment(2)))
    items = list(read_amendments(dump))
    assert isinstance(items[0], Unreadable) and "not one amendment" in items[0].message
    assert items[1].number == "2"
