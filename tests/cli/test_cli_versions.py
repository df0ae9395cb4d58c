"""Versions from the command line: import as a new version, list, review, compare."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from helpers import AMENDED, DROPPED, KEPT, versions_of_a_bill


@pytest.fixture
def carried(run, tmp_path: Path):
    """The first version imported and annotated, the second imported as its next version."""
    old, new = versions_of_a_bill(tmp_path)
    run("import", str(old))
    for phrase in (KEPT, AMENDED, DROPPED):
        run("annotate", "1", phrase, "--tag", "CNIL")
    code, out, _ = run("import", str(new), "--version-of", "1", "--label", "commission")
    assert code == 0
    return out


def test_import_as_a_new_version_says_what_was_carried(carried):
    assert "3 annotations carried:" in carried
    assert "1 exact" in carried and "1 changed" in carried and "1 orphaned" in carried
    assert "2 to review: reviewer carried 2 --pending" in carried


def test_versions_lists_the_lineage_newest_first(run, carried):
    code, out, _ = run("versions", "1")
    lines = out.splitlines()
    assert code == 0 and "commission" in lines[0] and lines[1].split()[0] == "1"


def test_pending_annotations_are_listed_and_reviewed(run, carried):
    code, out, _ = run("carried", "2", "--pending", "--json")
    pending = {a["status"]: a for a in json.loads(out)}
    assert set(pending) == {"changed", "orphaned"}
    assert "trente jours" in pending["changed"]["previous_quote"].replace("\n", " ")

    assert run("review", pending["changed"]["id"][:8], "--accept")[0] == 0
    code, out, _ = run("review", pending["orphaned"]["id"][:8], "--place", "article nouveau")
    assert code == 0 and "placed on p." in out
    assert "nothing to review" in run("carried", "2", "--pending")[1]


def test_a_new_import_suggests_the_version_it_follows(run, tmp_path: Path):
    old, new = versions_of_a_bill(tmp_path)
    run("import", str(old))
    code, out, _ = run("import", str(new))
    assert code == 0 and "looks like a new version of" in out and "reviewer version 2 --of 1" in out


def test_compare_prints_the_changes_and_writes_a_report(run, carried, tmp_path: Path):
    code, out, _ = run("compare", "1", "2")
    assert code == 0
    assert "Article 1er bis: added" in out
    assert "[-trente-] {+quinze+}" in out or "[-trente-]{+quinze+}" in out.replace(" ", "")
    code, out, _ = run("compare", "1", "2", "--format", "json")
    changes = json.loads(out)
    assert {c["change"] for c in changes} >= {"added", "modified"}

    report = tmp_path / "comparaison.pdf"
    code, out, _ = run("compare", "1", "2", "--format", "pdf", "--output", str(report))
    assert code == 0 and report.exists()
    with pymupdf.open(report) as pdf:
        text = " ".join(page.get_text() for page in pdf)
    assert "quinze" in text and "trente" in text and "1er bis" in text
    assert run("compare", "1", "2", "--format", "docx")[0] != 0  # no --output


def test_a_report_shows_the_newest_version_unless_all_versions(run, carried, tmp_path):
    newest, every = tmp_path / "newest.md", tmp_path / "every.md"
    code, out, _ = run("export", "report", "-o", str(newest))
    assert code == 0 and "from 1 document\n" in out
    code, out, _ = run("export", "report", "-o", str(every), "--all-versions")
    assert code == 0 and "from 2 documents" in out
    newest_text = " ".join(newest.read_text(encoding="utf-8").split())
    every_text = " ".join(every.read_text(encoding="utf-8").replace("\u00a0", " ").split())
    assert "trente jours" not in newest_text and "trente jours" in every_text
    assert "version antérieure" in every_text and "version antérieure" not in newest_text
