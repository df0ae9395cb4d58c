"""`reviewer show DOC`: what the library knows of a document; `reviewer` alone: a short help."""

from __future__ import annotations

import json

from helpers import SHARED

from reviewer.cli import main


def test_show_gives_metadata_kind_and_structure(run, corpus_dir):
    run("import", str(corpus_dir / "an-question-ecrite-16e-leg-13417.txt"))
    code, out, _ = run("show", "1")
    assert code == 0
    assert "Question écrite n° 13417 de M. Jérôme Guedj (Intérieur et outre-mer)" in out
    assert "kind: question écrite (confidence" in out
    assert "ministry_asked: Intérieur et outre-mer" in out


def test_show_json_counts_articles_and_alineas(run):
    run("import", str(SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"))
    code, out, _ = run("show", "1", "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["kind"] == "projet de loi" and shown["metadata"]["number"] == "659"
    assert shown["structure"]["articles"] >= 5
    assert shown["structure"]["alineas"] > shown["structure"]["articles"]
    assert shown["versions"] == [{"id": 1, "title": shown["title"], "label": ""}]


def test_reviewer_alone_prints_a_short_help(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: reviewer") and "import" in out and "show" in out
