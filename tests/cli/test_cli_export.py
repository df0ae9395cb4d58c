"""`reviewer export` and `reviewer import-annotations` end to end: files, messages, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pymupdf
import pypdf
import pytest

from reviewer.samples.legislative import amendment, bill


@pytest.fixture
def annotated(run, tmp_path: Path) -> Path:
    bill(7, articles=10).write(tmp_path / "pjl.pdf")
    amendment(11, article="7").write(tmp_path / "amdt.pdf")
    assert run("import", str(tmp_path / "pjl.pdf"), str(tmp_path / "amdt.pdf"))[0] == 0
    run(
        "annotate",
        "Proposition",
        "Conseil d'État",
        "--tag",
        "procédure",
        "--note",
        "Voir : décret ?",
    )
    run("annotate", "Amendement", "exposé sommaire", "--tag", "CNIL", "--color", "vert")
    return tmp_path


def test_export_report_in_each_format(run, annotated: Path):
    out = annotated / "rapport.pdf"
    code, printed, _ = run("export", "report", "--output", str(out), "--group-by", "article")
    assert code == 0 and printed == f"wrote {out}: 2 annotations from 2 documents\n"
    with pymupdf.open(out) as document:
        text = " ".join(page.get_text() for page in document).replace("\u00a0", " ")
    assert "Rapport d’annotations" in text and "Article 7" in text and "Voir : décret" in text
    code, _, _ = run(
        "export", "report", "-o", str(annotated / "r.docx"), "--tag", "CNIL", "--lang", "en"
    )
    headings = [
        p.text
        for p in docx.Document(str(annotated / "r.docx")).paragraphs
        if p.style.name == "Heading 1"
    ]
    assert code == 0 and headings[0] == "Tags summary" and len(headings) == 2
    for fmt in ("md", "html", "csv", "json"):
        assert run("export", "report", "--format", fmt, "-o", str(annotated / f"r.{fmt}"))[0] == 0
    assert json.loads((annotated / "r.json").read_text())["annotations"][0]["tags"]


def test_export_report_refuses_bad_input_with_a_message(run, annotated: Path):
    code, _, err = run("export", "report", "-o", str(annotated / "r.odt"))
    assert code == 1 and "cannot tell the format from “.odt”" in err
    code, _, err = run("export", "report", "--document", "nothing like it")
    assert code == 1 and "no document matches" in err
    with pytest.raises(SystemExit):
        run("export", "report", "--since", "23/11/2026")


def test_annotated_pdf_and_importing_it_back_into_another_library(run, annotated: Path):
    out = annotated / "annotated.pdf"
    code, printed, _ = run("export", "pdf", "Proposition", "--output", str(out))
    assert code == 0 and printed.endswith("1 annotation\n")
    [highlight] = [a.get_object() for p in pypdf.PdfReader(out).pages for a in p.get("/Annots", [])]
    assert highlight["/Subtype"] == "/Highlight" and highlight["/Subj"] == "procédure"
    other = annotated / "other"
    run("import", str(out), library_dir=other)
    code, printed, _ = run("import-annotations", "1", library_dir=other)
    assert code == 0 and printed.startswith("1 annotation imported from the stored PDF")
    code, printed, _ = run("import-annotations", "1", str(out), library_dir=other)
    assert "0 annotations imported" in printed and "1 already present" in printed


def test_w3c_export_and_merge(run, annotated: Path):
    out = annotated / "notes.jsonld"
    code, printed, _ = run("export", "w3c", "--document", "Amendement", "-o", str(out))
    assert code == 0 and "1 annotation," in printed
    assert json.loads(out.read_text())["type"] == "AnnotationCollection"
    code, printed, _ = run("import-annotations", "--w3c", str(out))
    assert code == 0 and "0 added, 0 updated, 0 deleted, 1 already up to date" in printed
    empty = annotated / "empty"
    code, printed, err = run("import-annotations", "--w3c", str(out), library_dir=empty)
    assert code == 0 and "1 annotation for 1 document this library lacks" in err
    (annotated / "bad.json").write_text("[1, 2")
    code, _, err = run("import-annotations", "--w3c", str(annotated / "bad.json"))
    assert code == 1 and "bad.json: not a JSON file" in err and "Traceback" not in err
    code, _, err = run("import-annotations")
    assert code == 1 and "give DOC" in err


def test_another_documents_pdf_is_refused_unless_foreign(run, annotated: Path):
    out = annotated / "amdt-annotated.pdf"
    run("export", "pdf", "Amendement", "--output", str(out))
    _, listed, _ = run("annotations", "--json")
    code, _, err = run("import-annotations", "Proposition", str(out))
    assert code == 1 and "is not a copy of" in err and "give --foreign" in err
    code, printed, _ = run("import-annotations", "Proposition", str(out), "--foreign")
    assert code == 0 and "annotations imported from" in printed
    _, after, _ = run("annotations", "--json")
    amendment_id = next(a["document_id"] for a in json.loads(listed) if a["tags"] == ["CNIL"])
    mine = [a for a in json.loads(after) if a["document_id"] == amendment_id]
    assert mine == [a for a in json.loads(listed) if a["document_id"] == amendment_id]


def test_escape_sequences_from_a_w3c_file_reach_the_terminal_escaped(run, annotated: Path):
    _, listed, _ = run("list", "--json")
    amendment = next(d for d in json.loads(listed) if d["kind"] == "amendement")
    note = "\x1b]0;pwned\x07Soutenir \x9b31m"
    items = [
        {
            "type": "Annotation",
            "id": "urn:x-test:note",
            "body": {"type": "TextualBody", "value": note},
            "target": f"urn:sha256:{amendment['sha256']}",
        },
        {"type": "Annotation", "id": "urn:x-test:lost", "target": "urn:x-test:\x1b[2J"},
    ]
    path = annotated / "escapes.jsonld"
    path.write_text(json.dumps(items))
    code, printed, err = run("import-annotations", "--w3c", str(path))
    assert code == 0 and "1 added" in printed and "urn:x-test:\\x1b[2J" in err
    _, shown, _ = run("annotations")
    assert "Soutenir \\x9b31m" in shown
    _, stored, _ = run("annotations", "--json")
    assert note in [a["note"] for a in json.loads(stored)]  # kept whole
    for text in (printed, err, shown):
        assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text
