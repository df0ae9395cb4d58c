"""French typography of reports: no-break spaces, guillemets, dates."""

from __future__ import annotations

from datetime import date

from reviewer.core.reports import local_date
from reviewer.export.typography import NBSP, NNBSP, count, french, long_date, quoted


def test_french_spacing_before_tall_punctuation_and_colons():
    assert french("Pourquoi ? Parce que : voilà ; enfin !") == (
        f"Pourquoi{NNBSP}? Parce que{NBSP}: voilà{NNBSP}; enfin{NNBSP}!"
    )


def test_french_leaves_untyped_spaces_urls_and_times_alone():
    assert french("https://www.cnil.fr/a?b=1 à 10:30") == "https://www.cnil.fr/a?b=1 à 10:30"


def test_french_guillemets_and_abbreviations():
    assert french('le "décret" et « la loi »') == f"le «{NBSP}décret{NBSP}» et «{NBSP}la loi{NBSP}»"
    assert french("n° 1040, p. 3") == f"n°{NBSP}1040, p.{NBSP}3"


def test_dates_in_both_languages():
    assert long_date(date(2026, 11, 23), "fr") == f"23{NBSP}novembre 2026"
    assert long_date(date(2026, 5, 1), "fr") == f"1er{NBSP}mai 2026"
    assert long_date(date(2026, 11, 23), "en") == "23 November 2026"
    assert local_date("2026-11-23T11:40:51.437Z").year == 2026


def test_quotes_and_counts():
    assert quoted("CNIL", "fr") == f"«{NBSP}CNIL{NBSP}»"
    assert quoted("CNIL", "en") == "“CNIL”"
    assert count(12345, "fr") == f"12{NNBSP}345"
    assert count(12345, "en") == "12,345"
