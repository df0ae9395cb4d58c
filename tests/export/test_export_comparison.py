"""The comparison report in every format, read back by an independent reader."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from html import unescape

import docx
import pymupdf
import pytest

from reviewer.core.comparison import ComparisonReport, Unit
from reviewer.core.errors import ReviewerError
from reviewer.core.records import Anchor, Annotation, Document, TextPosition, TextQuote
from reviewer.core.reports import Format
from reviewer.export.comparison import (
    COMPARISON_WRITERS,
    comparison_docx,
    comparison_html,
    comparison_pdf_parts,
)
from reviewer.export.typography import NBSP, NNBSP
from reviewer.pdf.report import ReportPages, render_report
from reviewer.versions.comparison import annotations_by_change, compare_units
from reviewer.versions.units import UnitPair

EXPOSÉ = ("Exposé des motifs", "Le présent texte encadre la reconnaissance faciale.")
OLD = (
    EXPOSÉ,
    ("Article 1er", "Le juge des libertés peut autoriser la reconnaissance faciale."),
    ("Article 2", "Les données sont effacées sous un mois."),
    ("Article 3", "Le rapport est remis au Parlement."),
    ("Article 4", "Un décret en Conseil d'État précise les modalités."),
)
NEW = (
    EXPOSÉ,
    (
        "Article 1er",
        "Le procureur de la République peut autoriser la reconnaissance faciale, "
        "après avis de la CNIL.",
    ),
    ("Article 2", "Le rapport est remis au Parlement."),
    ("Article 3", "Un décret en Conseil d'État précise les conditions d'application."),
    ("Article 4", "Une commission évalue le dispositif chaque année."),
)


def version(units: tuple[tuple[str, str], ...]) -> tuple[str, list[Unit]]:
    """The document text (the articles on a second page) and its units."""
    text, found = "", []
    for number, (label, body) in enumerate(units):
        separator = "" if number == 0 else "\f" if number == 1 else "\n"
        start = len(text) + len(separator)
        text += f"{separator}{label}\n{body}"
        found.append(Unit(label, start, len(text), 1 if number == 0 else 2))
    return text, found


def document(number: int, label: str) -> Document:
    title = "Projet de loi relatif à la reconnaissance faciale"
    metadata = {"registered": "2025-07-23"}
    return Document(number, "a" * 64, title, "projet de loi", "", "", "", 2, 0, "", metadata,
                    version_label=label)  # fmt: skip


def passage(identifier: str, text: str, quote: str, note: str, tags: tuple[str, ...]) -> Annotation:
    start = text.index(quote)
    anchor = Anchor(2, (), TextQuote(quote), TextPosition(start, start + len(quote)))
    stamp = "2026-11-20T09:00:00.000Z"
    return Annotation(identifier, 1, anchor, "#e57373", note, tags, "Léa Martin", stamp, stamp)


def make_report(*, lang: str = "fr") -> ComparisonReport:
    (old_text, old), (new_text, new) = version(OLD), version(NEW)
    pairs = [
        UnitPair(old[0], new[0], 1.0),
        UnitPair(old[1], new[1], 0.7),
        UnitPair(old[2], None),
        UnitPair(old[3], new[2], 1.0),
        UnitPair(old[4], new[3], 0.6),
        UnitPair(None, new[4]),
    ]
    comparison = compare_units(old_text, new_text, pairs)
    on_old = [passage("a", old_text, "effacées", "Délai trop court : à suivre.", ())]
    on_new = [passage("b", new_text, "procureur", 'Qui contrôle ? Voir "CNIL".', ("VSA",))]
    concerned = annotations_by_change(comparison, on_old, on_new)
    return ComparisonReport(
        old=document(1, "dépôt"),
        new=document(2, "commission"),
        comparison=comparison,
        old_text=old_text,
        new_text=new_text,
        concerned=concerned,
        author="Léa Martin",
        day=date(2026, 11, 23),
        lang=lang,
    )


def plain(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").replace(NNBSP, " ").split())


def test_html_marks_the_words_inserted_and_deleted_article_by_article():
    html = unescape(comparison_html(make_report()).decode())
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    assert "Le <del>juge des libertés</del> <ins>procureur de la République</ins> peut" in html
    assert "<ins>, après avis de la CNIL</ins>." in html
    assert "les <del>modalités</del> <ins>conditions d'application</ins>." in html
    headings = [
        "Article 1er",
        "Article 2 (supprimé)",
        "Article 2 (ancien article 3)",
        "Article 3 (ancien article 4)",
        "Article 4 (nouveau)",
        "Sans modification (1)",
    ]
    assert [plain(h.split("</h2>")[0]) for h in html.split("<h2>")[1:]] == headings
    assert "<del>Les données sont effacées sous un mois.</del>" in html
    assert "<ins>Une commission évalue le dispositif chaque année.</ins>" in html
    assert "Renuméroté, texte inchangé" in html  # and no text for it
    assert "Exposé des motifs</p>" in html  # listed on one line, not shown


def test_html_puts_the_annotations_beside_their_article_in_french_typography():
    html = unescape(comparison_html(make_report()).decode())
    article_1, deleted = html.split("<h2>")[1:3]
    assert f"Qui contrôle{NNBSP}? Voir «{NBSP}CNIL{NBSP}»." in article_1
    assert f"version «{NBSP}commission{NBSP}» · passage modifié" in article_1
    assert '<span class="tag">\u00a0VSA\u00a0</span>' in article_1
    assert f"Délai trop court{NBSP}: à suivre." in deleted
    state = (
        f"Modifié · 9{NBSP}mots ajoutés, 3{NBSP}supprimés · version «{NBSP}dépôt{NBSP}»{NBSP}: p."
    )
    assert f"{state}{NBSP}2 · version" in article_1
    assert "Annotations concernées (1)" in deleted


def test_the_title_page_names_both_versions_and_counts_the_changes():
    html = plain(unescape(comparison_html(make_report()).decode()))
    assert "<h1>Comparaison de versions</h1>" in html and "23 NOVEMBRE 2026" in html
    for row in (
        "Version antérieure</th><td>« dépôt » · Projet de loi relatif à la reconnaissance "
        "faciale · 23 juillet 2025 · 2 p.",
        "Version nouvelle</th><td>« commission »",
        "Articles ajoutés</th><td>1",
        "Articles supprimés</th><td>1",
        "Articles renumérotés</th><td>2",
        "Articles modifiés</th><td>1",
        "Articles inchangés</th><td>1",
        "Annotations concernées</th><td>2",
    ):
        assert row in html


def test_an_english_report():
    html = plain(unescape(comparison_html(make_report(lang="en")).decode()))
    assert "<h1>Version comparison</h1>" in html and "23 NOVEMBRE 2026" not in html
    for words in (
        "Article 3 (formerly Article 4)",
        "Article 4 (new)",
        "Article 2 (deleted)",
        "Key: <ins>added text</ins>, <del>deleted text</del>",
        "Earlier version</th>",
        "Modified · 9 words added, 3 deleted · version “dépôt”: p. 2",
        'Qui contrôle ? Voir "CNIL".',  # the user's own note, as typed
    ):
        assert words in html
    with pytest.raises(ReviewerError):
        make_report(lang="de")


def test_docx_underlines_inserted_words_in_green_and_strikes_deleted_ones_in_red():
    document = docx.Document(io.BytesIO(comparison_docx(make_report())))
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    inserted = [run for run in runs if run.style.name == "Report Inserted"]
    deleted = [run for run in runs if run.style.name == "Report Deleted"]
    assert "procureur de la République" in [run.text for run in inserted]
    assert "juge des libertés" in [run.text for run in deleted]
    assert inserted[0].style.font.underline and not inserted[0].style.font.strike
    assert deleted[0].style.font.strike and not deleted[0].style.font.underline
    assert str(inserted[0].style.font.color.rgb) == "1B7A3A"
    assert str(deleted[0].style.font.color.rgb) == "B3261E"
    paragraphs = [plain(p.text) for p in document.paragraphs]
    assert "Comparaison de versions" in paragraphs
    assert (
        "Le juge des libertés procureur de la République peut autoriser la reconnaissance "
        "faciale, après avis de la CNIL." in paragraphs
    )  # one reading: the words deleted struck, the words inserted underlined
    headings = [plain(p.text) for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Article 1er", "Article 2 (supprimé)"]
    notes = [p.text for p in document.paragraphs if p.text.startswith("Note")]
    assert notes[0].endswith(f" Qui contrôle{NNBSP}? Voir «{NBSP}CNIL{NBSP}».")
    assert document.core_properties.title == "Comparaison de versions"
    assert document.core_properties.language == "fr-FR"


def test_the_pdf_is_laid_out_by_the_pdf_floor_from_the_parts():
    parts = comparison_pdf_parts(make_report())
    pages = ReportPages(
        cover=parts.cover,
        blocks=parts.blocks,
        css=parts.css,
        title=parts.title,
        author=parts.author,
        subject=parts.subject,
        language=parts.language,
        page_label=parts.page_label,
    )
    with pymupdf.open("pdf", render_report(pages)) as pdf:
        text = plain(" ".join(page.get_text() for page in pdf))
        outline = [title for _level, title, _page in pdf.get_toc()]
        metadata = pdf.metadata
    assert "Le juge des libertés procureur de la République peut autoriser" in text
    assert "Comparaison de versions · page 2 sur" in text
    assert outline[:2] == ["Article 1er", "Article 2 (supprimé)"]
    assert metadata["title"] == "Comparaison de versions"
    assert "version « dépôt » → version « commission »" in plain(metadata["subject"])


def test_long_unchanged_passages_are_cut_around_the_changes():
    words = " ".join(f"mot{n}" for n in range(400))
    old_text, new_text = f"Article 1\n{words} fin.", f"Article 1\n{words} suite."
    old_unit = Unit("Article 1", 0, len(old_text), 1)
    new_unit = replace(old_unit, end=len(new_text))
    comparison = compare_units(old_text, new_text, [UnitPair(old_unit, new_unit)])
    report = replace(make_report(), comparison=comparison, old_text=old_text, new_text=new_text,
                     concerned={})  # fmt: skip
    html = comparison_html(report).decode()
    assert "[…] mot360 " in html and "mot359" not in html
    assert " <del>fin</del> <ins>suite</ins>." in html


def test_identical_versions_say_so_and_the_writers_are_registered():
    text, units = version(OLD)
    same = compare_units(text, text, [UnitPair(unit, unit) for unit in units])
    report = replace(make_report(), comparison=same, concerned={})
    assert "Les deux versions ont le même texte." in comparison_html(report).decode()
    assert set(COMPARISON_WRITERS) == {Format.HTML, Format.DOCX}
    assert COMPARISON_WRITERS[Format.DOCX](report)[:2] == b"PK"
