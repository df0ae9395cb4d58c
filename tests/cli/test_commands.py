"""The CLI end to end: output a user reads, JSON a script reads, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import write_test_pdf

from reviewer import __version__
from reviewer.cli import main


def test_import_reports_each_file_and_fails_when_one_fails(run, corpus_dir, shared_pdfs, tmp_path):
    broken = shared_pdfs / "malformed" / "qpdf_bad1-not-a-pdf.pdf"
    code, out, _ = run("import", str(corpus_dir), str(broken))
    assert code == 1
    assert out.count("imported: ") == 5
    assert f"failed: {broken} (not a readable PDF" in out
    assert "6 files: 5 imported, 0 already present, 1 failed, 0 skipped" in out

    code, out, _ = run("import", str(corpus_dir))
    assert code == 0
    assert out.count("already present: ") == 5


def test_list_json_has_the_documented_keys(run, corpus_dir):
    run("import", str(corpus_dir))
    code, out, _ = run("list", "--json")
    documents = json.loads(out)
    assert code == 0 and len(documents) == 5
    required = {"id", "title", "kind", "pages", "source", "sha256", "annotations"}
    assert all(required <= set(d) for d in documents)
    assert {Path(d["source"]).parent for d in documents} == {corpus_dir.resolve()}


def test_search_json_and_text(run, corpus_dir):
    run("import", str(corpus_dir))
    code, out, _ = run("search", "reconnaissance faciale", "--json")
    result = json.loads(out)
    assert code == 0 and result["query"] == "reconnaissance faciale" and result["total"] >= 2
    hit = result["results"][0]
    assert {"document_id", "title", "source", "page", "score", "snippet", "type"} <= set(hit)
    assert hit["type"] == "page" and hit["page"] >= 1
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end].lower() in {"reconnaissance", "faciale"}

    code, out, _ = run("search", "Briefcam")
    assert code == 0
    assert "an-question-ecrite-16e-leg-13417" in out and "[Briefcam]" in out


def test_a_malformed_query_gives_a_message_not_a_traceback(run, corpus_dir):
    run("import", str(corpus_dir))
    code, _out, err = run("search", '"reconnaissance faciale')
    assert code == 1
    assert err.startswith("reviewer: error: ") and "Traceback" not in err


def test_annotate_then_annotations_and_tags(run, corpus_dir):
    run("import", str(corpus_dir))
    code, out, _ = run(
        "annotate", "16e-leg-13417", "VIDEOSURVEILLANCE", "--all", "--tag", "VSA", "--tag", "coût",
        "--note", "Marché public ?", "--color", "red",
    )  # fmt: skip
    assert code == 0 and "highlights in Question écrite n° 13417 de M. Jérôme Guedj" in out
    code, out, _ = run("annotations", "--tag", "vsa", "--json")
    annotations = json.loads(out)
    assert len(annotations) >= 2
    first = annotations[0]
    assert first["quote"].lower() == "vidéosurveillance" and first["tags"] == ["coût", "VSA"]
    assert first["note"] == "Marché public ?" and first["color"] == "#e57373"
    required = {"id", "document_id", "page", "quote", "tags", "note", "color", "created", "updated"}
    assert required <= set(first)
    code, out, _ = run("tags", "--json")
    assert {t["name"]: t["count"] for t in json.loads(out)} == {
        "VSA": len(annotations),
        "coût": len(annotations),
    }


def test_annotate_an_unknown_or_ambiguous_document(run, corpus_dir):
    run("import", str(corpus_dir))
    code, _, err = run("annotate", "inexistant", "CNIL")
    assert code == 1 and "no document matches" in err
    code, _, err = run("annotate", "question", "CNIL")
    assert code == 1 and "matches 2 documents" in err


def test_doctor_and_reindex(run, tmp_path):
    write_test_pdf(tmp_path / "loi.pdf", ["Article premier"])
    run("import", str(tmp_path / "loi.pdf"))
    code, out, _ = run("doctor")
    assert code == 0 and "healthy" in out
    code, out, _ = run("reindex")
    assert code == 0 and "rebuilt" in out


def test_library_from_environment(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("REVIEWER_LIBRARY", str(tmp_path / "env-lib"))
    write_test_pdf(tmp_path / "loi.pdf", ["Article premier"])
    assert main(["import", str(tmp_path / "loi.pdf")]) == 0
    assert (tmp_path / "env-lib" / "library.db").exists()


def test_python_m_reviewer_version_runs_in_a_fresh_process():
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == f"reviewer {__version__}"


def test_version_does_not_load_the_heavy_floors():
    code = (
        "import sys; from reviewer.cli import main\n"
        "try: main(['--version'])\n"
        "except SystemExit: pass\n"
        "heavy = ('pymupdf', 'whoosh', 'sqlite_utils', 'PySide6')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("[]")


def test_edit_sets_kind_and_metadata_and_survives_redetection(run, corpus_dir):
    run("import", str(corpus_dir / "an-question-ecrite-17e-leg-6750.txt"))
    code, out, _ = run("edit", "leg-6750", "--kind", "rapport", "--set", "legislature=99", "--json")
    edited = json.loads(out)
    assert code == 0 and edited["kind"] == "rapport" and edited["metadata"]["legislature"] == "99"
    code, out, _ = run("edit", "leg-6750", "--redetect")
    assert code == 0 and "(rapport)" in out and "legislature: 99 (edited)" in out
    assert "number: 6750" in out
    code, _, err = run("edit", "leg-6750", "--kind", "roman")
    assert code == 1 and "unknown kind" in err


def test_edit_and_search_understand_the_short_names_of_kinds(run, corpus_dir):
    run("import", str(corpus_dir / "an-amendement-plf-article42-etat-b-vsa.txt"))
    code, out, _ = run("edit", "amendement", "--kind", "QE", "--json")
    assert code == 0 and json.loads(out)["kind"] == "question écrite"
    code, out, _ = run("search", "vidéosurveillance kind:question", "--json")
    assert code == 0 and json.loads(out)["total"] > 0
    code, out, _ = run("search", "vidéosurveillance kind:amendment", "--json")
    assert code == 0 and json.loads(out)["total"] == 0
