"""The messages outside the window: every template translated, real plurals, the right language."""

from __future__ import annotations

import re

import pytest

from reviewer.core.i18n import catalogue, read_po, set_language, system_language, tr, trn
from reviewer.core.passwords import needs_password, wrong_password
from reviewer.core.records import ImportOutcome, ImportStatus
from scripts.messages import Misuse, Template, collect, problems, templates_in

FRENCH = catalogue("fr")


def test_every_template_of_reviewer_is_in_the_french_catalogue_with_its_values():
    found = collect()
    assert len([t for t in found if isinstance(t, Template)]) > 300  # the walk sees them
    assert problems(found, FRENCH) == []


def test_the_walk_refuses_an_f_string_or_a_missing_value_and_finds_the_templates():
    source = (
        "from reviewer.core.i18n import tr, trn\n"
        "tr(f'no document {number}')\n"
        "tr('no document {id}', id=3)\n"
        "trn('{n} file', '{n} files', 2)\n"
        "self.tr('a Qt string, not ours')\n"
        "tr('no page {page} in {title}', page=2)\n"
    )
    found = list(templates_in(source, "m.py"))
    assert [type(item) for item in found] == [Misuse, Template, Template, Template, Misuse]
    assert found[0].where == "m.py:2"
    assert found[2] == Template("m.py:4", "{n} file", "{n} files")
    assert found[4] == Misuse("m.py:6", "no value given for title")


def test_a_template_missing_or_with_other_values_is_reported():
    found = [Template("m.py:1", "no document {id}"), Template("m.py:2", "gone")]
    said = problems(found, {"no document {id}": "aucun document n° {number}"})
    assert len(said) == 2 and "other values" in said[0] and "not in the French" in said[1]


def test_french_and_english_plurals_are_real_words():
    set_language("fr")
    assert [trn("{n} file", "{n} files", n) for n in (0, 1, 2)] == [
        "0 fichier",
        "1 fichier",
        "2 fichiers",
    ]
    set_language("en")
    assert [trn("{n} file", "{n} files", n) for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]


def test_a_message_keeps_its_values_as_they_are_in_either_language():
    set_language("fr")
    assert tr("no document with id {document_id}", document_id=999) == "aucun document n°\u00a0999"
    set_language("en")
    assert tr("no document with id {document_id}", document_id=999) == "no document with id 999"


def test_an_unknown_template_is_shown_in_english_rather_than_lost():
    set_language("fr")
    assert tr("a message not yet translated: {x}", x=1) == "a message not yet translated: 1"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "de:en", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "fr"),  # unsure: French
        ({"LANG": "de_DE.UTF-8"}, "fr"),
        ({}, "fr"),
    ],
)
def test_the_system_language_reads_the_locale_variables_french_when_unsure(variables, expected):
    assert system_language(variables) == expected


def test_a_language_set_wins_over_the_system_until_unset(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    assert set_language("en") == "en"
    assert set_language(None) == "fr"
    assert set_language("de") == "fr"  # not one we have: the system's


def test_the_po_reader_joins_continued_lines_and_reads_escapes():
    text = (
        'msgid ""\nmsgstr "Language: fr\\n"\n\n'
        '#: m.py\nmsgid "a \\"b\\" "\n"c"\nmsgstr "« b » "\n"c"\n\n'
        'msgid "{n} file"\nmsgid_plural "{n} files"\nmsgstr[0] "{n} fichier"\n'
        'msgstr[1] "{n} fichiers"\n\n'
        'msgid "untranslated"\nmsgstr ""\n'
    )
    assert read_po(text) == {
        'a "b" c': "« b » c",
        "{n} file": ("{n} fichier", "{n} fichiers"),
    }


def test_the_french_catalogue_follows_french_typography():
    forms = [f for entry in FRENCH.values() for f in ([entry] if isinstance(entry, str) else entry)]
    assert forms
    for text in forms:
        prose = re.sub(
            r"`[^`]*`|(\{[^}]*\}|\w+):\S*|\{[^}]*\}", "", text
        )  # commands, values, query syntax
        assert not re.search(r"\S[:;?!]|[ ][:;?!]", prose), text  # a no-break space before
        assert "(s)" not in text and "'" not in prose and '"' not in prose and "“" not in text, text


def test_the_password_questions_are_recognised_in_french():
    set_language("fr")
    encrypted = tr(
        "the file is encrypted: give its password (reviewer import --password), "
        "or ask its sender for an unprotected copy"
    )
    wrong = tr("wrong password for this encrypted file: check it and try again")
    assert encrypted.startswith("le fichier est chiffré")
    assert needs_password(ImportOutcome("a.pdf", ImportStatus.FAILED, message=encrypted))
    assert wrong_password(ImportOutcome("a.pdf", ImportStatus.FAILED, message=wrong))
