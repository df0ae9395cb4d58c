"""`reviewer export seance BILL`, as typed."""

from __future__ import annotations

import json

from amendment_samples import plfss_bill, senat_rows
from docx import Document as read_docx


def test_export_seance_writes_the_sheet_the_filters_keep(run, tmp_path):
    assert (
        run("import", str(senat_rows(tmp_path / "jeu.csv", 6)), str(plfss_bill(tmp_path)))[0] == 0
    )
    listed = json.loads(run("amendments", "Projet de loi", "--json")[1])
    first, second = listed[0], listed[1]
    assert (
        run("position", str(first["id"]), "--set", "favorable", "--argument", "Bonne idée.")[0] == 0
    )
    output = tmp_path / "fiche.docx"
    code, out, err = run(
        "export", "seance", "Projet de loi", "--output", str(output), "--with-position"
    )
    assert code == 0, err
    assert f"wrote {output}: 1 amendment on 1 article, 1 with a position" in out
    text = "\n".join(p.text for p in read_docx(output).paragraphs)
    assert f"n°\u00a0{first['number']}" in text and "Bonne idée." in text
    assert f"Amendement n°\u00a0{second['number']}" not in text
    html = tmp_path / "fiche.html"
    code, out, _ = run(
        "export", "seance", "Projet de loi", "-o", str(html), "--article", first["article"]
    )
    assert code == 0 and html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_empty_selection_is_a_clear_message_and_no_file(run, tmp_path):
    assert (
        run("import", str(senat_rows(tmp_path / "jeu.csv", 3)), str(plfss_bill(tmp_path)))[0] == 0
    )
    output = tmp_path / "fiche.pdf"
    code, _, err = run("export", "seance", "Projet de loi", "-o", str(output), "--outcome", "tombé")
    assert code != 0 and not output.exists()
    assert "no amendment of “Projet de loi n° 63” matches outcome “tombé”" in err
    assert "Traceback" not in err
    code, _, err = run("export", "seance", "Projet de loi", "-o", str(tmp_path / "fiche.csv"))
    assert code != 0 and "a séance sheet is written as pdf, docx, html, not csv" in err
