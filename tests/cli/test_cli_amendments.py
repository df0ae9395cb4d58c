"""`reviewer amendments` and `reviewer import FILE --text DOC`, as typed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers import AMENDMENTS

from reviewer.pdf import write_pdf
from reviewer.samples.legislative import bill_with_articles

FEED = ("an_911_1.xml", "an_911_2.xml", "an_911_3.xml", "an_911_liste.xml")
KEYS = {"id", "chamber", "number", "text_ref", "division", "placement", "alinea", "authors",
        "group", "date", "state", "outcome", "parent", "identical_group", "order", "bill_id",
        "article", "position", "argument"}  # fmt: skip


def feed(folder: Path) -> list[str]:
    folder.mkdir()
    for name in FEED:
        shutil.copy(AMENDMENTS / name, folder / name)
    return [str(folder / name) for name in FEED]


def bill(path: Path, number: str, labels: list[str]) -> str:
    title = f"Projet de loi n° {number}"
    write_pdf(path, bill_with_articles(number, labels, legislature="15"), title=title)
    return str(path)


def test_the_amendments_of_a_bill_in_json_with_the_stable_keys(run, tmp_path):
    assert run("import", bill(tmp_path / "pjl.pdf", "911", ["Article 9", "Article 10"]))[0] == 0
    code, out, _ = run("import", *feed(tmp_path / "feed"))
    assert code == 0 and "3/3 amendments attached to the articles of Projet de loi n° 911" in out
    code, out, _ = run("amendments", "n° 911", "--json")
    listed = json.loads(out)
    assert code == 0 and all(set(entry) >= KEYS for entry in listed)
    rows = [(e["number"], e["article"], e["placement"], e["parent"], e["bill_id"]) for e in listed]
    assert rows == [("1", "Article 9", "après", "", 1), ("2 rect.", "Article 9", "après", "1", 1),
                    ("3", "Article 9", "après", "1", 1)]  # fmt: skip
    assert (
        listed[1]["group"] == "LaREM" and listed[0]["order"] == 1 and listed[0]["position"] is None
    )
    code, out, _ = run("amendments", "n° 911", "--article", "10", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_the_table_is_grouped_by_article(run, tmp_path):
    run("import", bill(tmp_path / "pjl.pdf", "911", ["Article 9"]), *feed(tmp_path / "feed"))
    code, out, _ = run("amendments", "n° 911")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Après l'article 9"
    assert lines[1].split()[:3] == ["n°", "1", "M."] and "Mme\xa0Mauborgne (LaREM)" in lines[2]


def test_import_with_text_binds_to_that_bill_and_reports_absent_articles(run, tmp_path):
    run("import", bill(tmp_path / "other.pdf", "12", ["Article 8"]))
    code, out, _ = run("import", *feed(tmp_path / "feed"), "--text", "n° 12")
    assert code == 0 and "3 amendments bound to 1: Projet de loi n° 12" in out
    assert "0/3 amendments attached" in out and "n° 2 rect.: article 9 absent from the text" in out
    code, out, _ = run("amendments", "n° 12")
    assert out.splitlines()[0] == "Après l'article 9 (not attached)"


def test_an_unknown_bill_stops_before_importing(run, tmp_path):
    code, _, err = run("import", *feed(tmp_path / "feed"), "--text", "nothing like it")
    assert code != 0 and "no document matches" in err and "Traceback" not in err
    assert json.loads(run("list", "--json")[1]) == []


def test_the_report_of_absent_articles_is_french_in_french(run, tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    run("import", bill(tmp_path / "other.pdf", "12", ["Article 8"]))
    code, out, _ = run("import", *feed(tmp_path / "feed"), "--text", "n° 12")
    assert code == 0 and "3 amendements rattachés à 1\u00a0: Projet de loi n° 12" in out
    assert "n° 2 rect.\u00a0: article 9 absent du texte" in out
