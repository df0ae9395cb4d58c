from __future__ import annotations

import re
import time
from datetime import date

import pytest

from reviewer.pdf import read_document
from reviewer.samples import amendment, bill, corpus, written_question
from reviewer.samples import vocabulary as vocab
from reviewer.samples.legislative import MANIFEST_NAME, french_date


def _text(document) -> str:
    return "\n".join(block.text for block in document.blocks)


def _pdf_text(path) -> str:
    return "\n".join(page.text for page in read_document(path).pages)


def test_the_same_seed_gives_the_same_blocks():
    assert bill(3).blocks == bill(3).blocks
    assert amendment(3).blocks == amendment(3).blocks
    assert written_question(3).blocks == written_question(3).blocks
    assert bill(3).blocks != bill(4).blocks


def test_a_bill_pdf_has_its_headings(tmp_path):
    document = bill(7, articles=4, topic="videoprotection")
    path = tmp_path / "pjl.pdf"

    pages = document.write(path)

    text = _pdf_text(path)
    assert pages == len(read_document(path).pages) >= 2
    for heading in ("ASSEMBLÉE NATIONALE", "EXPOSÉ DES MOTIFS", "Article premier", "Article 2"):
        assert heading in text
    assert read_document(path).title == document.title
    assert document.kind in {"projet de loi", "proposition de loi"}


def test_a_bill_can_be_given_its_title():
    document = bill(1, articles=2, title="relatif à la sécurité des Jeux")

    assert document.title.endswith("relatif à la sécurité des Jeux")
    assert "relatif à la sécurité des Jeux" in _text(document)


def test_an_amendment_targets_its_article():
    text = _text(amendment(5, article="7 bis"))

    assert re.search(r"AMENDEMENT N° \d+", text)
    assert "ARTICLE 7 BIS" in text
    assert "EXPOSÉ SOMMAIRE" in text
    assert "présenté par" in text


def test_a_written_question_has_its_question_and_answer(tmp_path):
    path = tmp_path / "qe.pdf"
    written_question(5, answered=True).write(path)

    text = _pdf_text(path)
    assert "Texte de la question" in text
    assert "Texte de la réponse" in text
    assert "Réponse publiée au JO le" in text


def test_an_unanswered_question_has_no_answer():
    text = _text(written_question(5, answered=False))

    assert "Texte de la question" in text
    assert "Texte de la réponse" not in text


def test_unknown_topics_are_refused():
    with pytest.raises(ValueError, match="unknown topic"):
        bill(1, topic="pêche")


def test_noun_phrases_carry_their_article():
    # The generator contracts "de le" into "du": that needs every noun phrase's article.
    articles = ("le ", "la ", "l'", "les ", "un ", "une ", "des ", "chaque ")
    phrases = [*vocab.OBJECTS, *vocab.AUTHORITIES, *vocab.PLURAL_AUTHORITIES]
    for topic in vocab.TOPICS:
        phrases += [*topic.objects, *topic.authorities, *topic.plural_authorities]
    assert [phrase for phrase in phrases if not phrase.startswith(articles)] == []


def test_generated_french_contracts_and_elides():
    text = "\n".join(
        _text(make(seed))
        for seed in range(30)
        for make in (lambda s: bill(s, articles=6), amendment, written_question)
    )
    assert not re.search(r"\b(de|à) (le|les) ", text)
    assert not re.search(r"\b(que|de|ne) [aeiouéèàâ]", text, re.IGNORECASE)
    assert not re.search(r"\b(à|de|le|la|les) \1\b", text)
    assert "{" not in text


def test_french_dates():
    assert french_date(date(2025, 3, 1)) == "1er mars 2025"
    assert french_date(date(2025, 8, 12)) == "12 août 2025"


def test_a_corpus_has_about_the_pages_asked_and_is_cached(tmp_path):
    paths = corpus(tmp_path, pages=60, seed=1)

    total = sum(len(read_document(path).pages) for path in paths)
    assert 50 <= total <= 80
    assert all(re.fullmatch(r"(pjl|ppl|amdt|qe)-\d{4}-[a-z-]+\.pdf", p.name) for p in paths)
    assert {p.name.split("-")[0] for p in paths} >= {"amdt", "qe"}
    written = {path: path.stat().st_mtime_ns for path in paths}

    start = time.perf_counter()
    again = corpus(tmp_path, pages=60, seed=1)

    assert time.perf_counter() - start < 0.5
    assert again == paths
    assert {path: path.stat().st_mtime_ns for path in again} == written


def test_a_corpus_with_other_parameters_replaces_the_old_one(tmp_path):
    old = corpus(tmp_path, pages=8, seed=1)

    new = corpus(tmp_path, pages=6, seed=2)

    assert old != new
    assert sorted(tmp_path.glob("*.pdf")) == sorted(new)
    assert (tmp_path / MANIFEST_NAME).is_file()
