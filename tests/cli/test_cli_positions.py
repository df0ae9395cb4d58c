"""`reviewer position` and `reviewer positions` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from amendment_samples import senat_rows

from reviewer.core.amendments import DEFAULT_POSITION_LABELS


@pytest.fixture
def imported(run, tmp_path: Path) -> None:
    code, _out, _err = run("import", str(senat_rows(tmp_path / "jeu.csv", 3)))
    assert code == 0


def test_set_show_and_clear_a_position(run, imported):
    code, out, _ = run("position", "1", "--set", "defavorable", "--argument", "Coût non chiffré")
    assert code == 0
    assert out.strip().endswith(": Défavorable — Coût non chiffré")
    assert "Amendement n° 1 rect." in out
    code, out, _ = run("position", "1", "--json")
    shown = json.loads(out)
    assert {k: shown[k] for k in ("id", "position", "argument")} == {
        "id": 1, "position": "Défavorable", "argument": "Coût non chiffré"}  # fmt: skip
    assert shown["modified"].endswith("Z")
    assert run("position", "1", "--clear")[1].strip().endswith(": no position")
    assert json.loads(run("position", "1", "--json")[1])["position"] is None


def test_an_amendment_is_named_as_any_document_is(run, imported):
    code, out, _ = run("position", "n° 2 rect.", "--set", "Sagesse")
    assert code == 0 and "Amendement n° 2 rect." in out


def test_wrong_input_gets_a_message_and_no_traceback(run, imported):
    code, _, err = run("position", "1", "--set", "Peut-être")
    assert code == 1 and "“Peut-être” is not one of the library's positions" in err
    assert "Favorable, Défavorable, Sagesse, Retrait, Satisfait" in err
    code, _, err = run("position", "1", "--argument", "sans label")
    assert code == 1 and "--argument goes with --set" in err
    code, _, err = run("position", "9999", "--set", "Favorable")
    assert code == 1 and "no document matches" in err


def test_the_list_of_labels_is_shown_with_its_use_and_edited(run, imported):
    run("position", "1", "--set", "Retrait")
    code, out, _ = run("positions")
    assert code == 0
    assert out.splitlines() == [
        f"{label}: {1 if label == 'Retrait' else 0} amendment{'' if label == 'Retrait' else 's'}"
        for label in DEFAULT_POSITION_LABELS
    ]
    code, out, _ = run("positions", "--set-labels", "Pour", "Contre", "Retrait", "--json")
    assert json.loads(out) == [{"label": "Pour", "amendments": 0},
                               {"label": "Contre", "amendments": 0},
                               {"label": "Retrait", "amendments": 1}]  # fmt: skip
    code, _, err = run("positions", "--set-labels", "Pour", "Contre")
    assert code == 1 and "“Retrait” by 1 amendment: n° 1 rect. (id 1)" in err


def test_positions_go_out_and_come_back_with_the_w3c_commands(run, imported, tmp_path):
    run("position", "1", "--set", "Favorable", "--argument", "Mesure juste")
    assert run("export", "w3c", "--output", str(tmp_path / "notes.json"))[0] == 0
    office = tmp_path / "office"
    run("import", str(senat_rows(tmp_path / "jeu.csv", 3)), library_dir=office)
    code, out, _ = run("import-annotations", "--w3c", str(tmp_path / "notes.json"),
                       library_dir=office)  # fmt: skip
    assert code == 0
    assert "positions on amendments: 1 taken in, 0 already up to date, 0 on" in out
    shown = json.loads(run("position", "1", "--json", library_dir=office)[1])
    assert (shown["position"], shown["argument"]) == ("Favorable", "Mesure juste")
