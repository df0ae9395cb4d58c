"""`reviewer export word --with-drafts`: the saved amendment drafts as Word tracked changes,
so that accepting them all gives the text as amended, and rejecting them the text as tabled."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from word_samples import (
    article_lines,
    article_texts,
    covered,
    decided,
    drafted_bill,
    once,
    same_words,
)

from reviewer.drafting.text import articles
from reviewer.library import Library
from reviewer.samples import bill


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory):
    """A generated bill with a draft of each kind of operation, and annotations."""
    folder = tmp_path_factory.mktemp("drafts")
    path = folder / "pjl.pdf"
    with Library(folder / "library") as library:
        doc, saved = drafted_bill(library, path)
        yield library, doc, saved, folder


@pytest.fixture(scope="module")
def exported(drafted):
    library, doc, _saved, folder = drafted
    plain, tracked = folder / "plain.docx", folder / "tracked.docx"
    for request_index, (article, alinea) in enumerate([("1er", 2), ("4", 2), ("6", 1)]):
        _annotate_alinea(library, doc, article, alinea, f"remarque {request_index}")
    library.export_word([doc], plain)
    written = library.export_word([doc], tracked, with_drafts=True)
    return plain, tracked, written


def _annotate_alinea(library: Library, doc: int, article: str, alinea: int, note: str) -> None:
    """A highlight over the whole alinéa: a comment range spanning the draft's changes."""
    pages = [page.text for page in library.pages(doc)]
    text = "\f".join(pages)
    section = next(s for s in articles(library.structure(doc)) if s.label == f"Article {article}")
    child = section.children[alinea - 1]
    page = text.count("\f", 0, child.start) + 1
    local = child.start - sum(len(p) + 1 for p in pages[: page - 1])
    end = min(local + (child.end - child.start), len(pages[page - 1]))
    library.highlight(doc, page, local, end, note=note)


def test_accepting_every_change_gives_each_article_as_the_engine_amends_it(drafted, exported):
    library, doc, saved, _folder = drafted
    _plain, tracked, written = exported
    accepted = decided(tracked, accept=True)
    for draft in saved[:5]:
        after = library.apply_dispositif(doc, draft.article, draft.dispositif).after
        heading = after.split("\n")[0]
        assert article_lines(accepted, heading) == [same_words(x) for x in after.split("\n")]
    assert article_lines(accepted, "Article 6") == []  # deleted
    additional = saved[6]
    after = library.apply_dispositif(doc, "Après l’article 7", additional.dispositif).after
    assert article_lines(accepted, "Article additionnel après l’article 7") == [
        "Article additionnel après l’article 7",
        *after.split("\n"),
    ]
    texts = [same_words(p.text) for p in accepted]
    last_of_7 = texts.index("Article additionnel après l’article 7") - 1
    assert article_lines(accepted, "Article 7")[-1] == texts[last_of_7]  # it comes after 7
    assert written.drafts == 7


def test_rejecting_every_change_gives_the_text_as_tabled(exported):
    plain, tracked, _written = exported
    rejected = [same_words(p.text) for p in decided(tracked, accept=False)]
    assert rejected == [same_words(p.text) for p in docx.Document(str(plain)).paragraphs]
    assert [same_words(p.text) for p in decided(plain, accept=True)] == rejected


def test_changes_are_tracked_words_by_their_author_with_a_date(drafted, exported):
    library, doc, saved, _folder = drafted
    _plain, tracked, _written = exported
    body = docx.Document(str(tracked)).element.body
    changes = [*body.iter(qn("w:ins")), *body.iter(qn("w:del"))]
    ids = [change.get(qn("w:id")) for change in changes]
    assert len(ids) == len(set(ids)) > 7
    assert {change.get(qn("w:author")) for change in changes} == {saved[0].signatories[0]}
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c.get(qn("w:date"))) for c in changes
    )
    deleted = " ".join("".join(t.text for t in d.iter(qn("w:delText"))) for d in changes)
    assert saved[0].quote in deleted or same_words(saved[0].quote) in same_words(deleted)
    # A whole deleted article: its paragraphs' marks go too.
    marks = [m for m in body.iter(qn("w:del")) if m.getparent().tag == qn("w:rPr")]
    assert len(marks) == 1 + len(article_texts(library, doc)["Article 6"])  # heading, alinéas


def test_a_draft_the_engine_cannot_apply_is_said_and_commented_not_dropped(drafted, exported):
    _library, _doc, saved, _folder = drafted
    _plain, tracked, written = exported
    [warning] = written.warnings
    assert f"draft {saved[7].id}" in warning and "not written as tracked changes" in warning
    notes = [c.text for c in docx.Document(str(tracked)).comments]
    [note] = [n for n in notes if n.startswith("Projet d’amendement non appliqué")]
    assert "ARTICLE 8" in note and "des mots que le texte n’a pas" in note


def test_every_annotation_is_still_one_comment_even_across_changes(drafted, exported):
    library, doc, _saved, _folder = drafted
    _plain, tracked, written = exported
    notes = [c.text for c in docx.Document(str(tracked)).comments]
    assert sorted(n for n in notes if n.startswith("remarque")) == [
        "remarque 0", "remarque 1", "remarque 2"
    ]  # fmt: skip
    assert written.comments == len(library.annotations(document_id=doc)) + 1 == len(notes)
    words = covered(tracked)  # the words of the text as tabled, deleted ones included
    ids = {c.text: str(c.comment_id) for c in docx.Document(str(tracked)).comments}
    for annotation in library.annotations(document_id=doc):
        assert words[ids[annotation.note]] == same_words(annotation.quote)
    body = docx.Document(str(tracked)).element.body
    for change in [*body.iter(qn("w:ins")), *body.iter(qn("w:del"))]:  # marks stay outside
        assert not [*change.iter(qn("w:commentRangeStart")), *change.iter(qn("w:commentRangeEnd"))]


def test_importing_the_tracked_file_back_adds_nothing(drafted, exported):
    library, doc, _saved, _folder = drafted
    _plain, tracked, _written = exported
    back = library.import_word_annotations(doc, tracked)
    assert (back.added, back.unfound) == (0, ())


def test_two_drafts_on_the_same_words_the_second_is_said(tmp_path: Path):
    path = tmp_path / "pjl.pdf"
    bill(3, articles=3).write(path)
    with Library(tmp_path / "library") as library:
        [doc] = [o.document_id for o in library.import_paths([path]).outcomes]
        words = once(article_texts(library, doc)["Article 2"][0])
        request = {"article": "2", "op": "replace-words", "alinea": 1, "old": words}
        library.save_draft(doc, new="une rédaction", **request)
        other = library.save_draft(doc, **{**request, "op": "delete-words"})
        written = library.export_word([doc], tmp_path / "t.docx", with_drafts=True)
    assert written.drafts == 1
    [warning] = written.warnings
    assert f"draft {other.id}" in warning and "another draft changes the same words" in warning


def test_on_a_real_senat_bill_accepting_gives_the_engine_s_wording(tmp_path: Path):
    from helpers import SHARED

    source = SHARED / "web" / "senat_projet-de-loi_pjl17-659.html"
    with Library(tmp_path / "library") as library:
        [doc] = [o.document_id for o in library.import_paths([source]).outcomes]
        requests = [
            {"article": "2", "alinea": 3, "op": "replace-words",
             "old": "des chapitres III et IV", "new": "du chapitre III"},
            {"article": "2 bis B", "alinea": 2, "op": "complete", "new": "et de ses décrets"},
            {"article": "1er", "alinea": 1, "op": "rewrite-alinea",
             "new": "Le présent article est ainsi rédigé."},
        ]  # fmt: skip
        saved = [library.save_draft(doc, **request) for request in requests]
        afters = [library.apply_dispositif(doc, d.article, d.dispositif).after for d in saved]
        written = library.export_word([doc], tmp_path / "senat.docx", with_drafts=True)
    assert (written.drafts, written.warnings) == (3, ())
    accepted = decided(tmp_path / "senat.docx", accept=True)
    for after in afters:
        lines = [same_words(line) for line in after.split("\n")]
        assert article_lines(accepted, lines[0]) == lines
