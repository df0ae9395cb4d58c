"""Reports count in words a reader would write: "1 annotation", "3 annotations", never "(s)"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from export.test_export_formats import ENTRIES, report

from reviewer.core.reports import Format
from reviewer.export.grouping import by_document
from reviewer.export.phrases import Phrases
from reviewer.export.typography import counted
from reviewer.export.writers import WRITERS


@pytest.mark.parametrize(
    ("entries", "lang", "says"),
    [
        (ENTRIES[:1], "fr", "1 annotation dans 1 document"),
        (ENTRIES, "fr", "2 annotations dans 1 document"),
        (ENTRIES[:1], "en", "1 annotation in 1 document"),
        (ENTRIES, "en", "2 annotations in 1 document"),
        ([], "fr", "0 annotation dans 0 document"),
        ([], "en", "0 annotations in 0 documents"),
    ],
)
def test_the_report_subject_has_real_singulars_and_plurals(entries, lang, says):
    made = replace(report(Format.PDF, lang=lang), sections=by_document(entries))
    assert Phrases(made).subject().replace("\u00a0", " ") == says


def test_every_written_report_has_no_parenthesised_plural():
    for fmt in (Format.HTML, Format.MARKDOWN):
        text = WRITERS[fmt](report(fmt)).decode("utf-8")
        assert "(s)" not in text


def test_thousands_keep_the_plural_and_the_french_spacing():
    assert counted(12345, ("mot", "mots"), "fr") == "12\u202f345\u00a0mots"
    assert counted(1, ("word", "words"), "en") == "1\u00a0word"
