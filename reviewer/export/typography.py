"""Typography of reports: French rules (espaces insécables, « guillemets », dates) or English.

Applied to what the report writes and to the user's notes; never to quoted passages, which
are citations and stay exactly as the document has them.
"""

from __future__ import annotations

import re
from datetime import date

NBSP = "\u00a0"  # espace insécable: before a colon, inside guillemets, after "p." and "n°"
NNBSP = "\u202f"  # espace fine insécable: before ; ! ?

FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_SPACE_BEFORE_TALL = re.compile(r"[ \t]+([;!?])")
_SPACE_BEFORE_COLON = re.compile(r"[ \t]+:")
_OPENING = re.compile(r"«[ \t]*")
_CLOSING = re.compile(r"[ \t]*»")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]+)"')
_NUMERO = re.compile(r"\b(n°|p\.|art\.|al\.)[ \t]+(?=\w)", re.IGNORECASE)


def french(text: str) -> str:
    """French spacing: no-break spaces before ; : ! ? and inside « », after n° and p.

    Only spaces the writer typed are made unbreakable ("10:30" and URLs are left alone);
    straight double quotes around a phrase become guillemets.
    """
    text = _STRAIGHT_QUOTES.sub(r"«\1»", text)
    text = _SPACE_BEFORE_TALL.sub(NNBSP + r"\1", text)
    text = _SPACE_BEFORE_COLON.sub(NBSP + ":", text)
    text = _OPENING.sub("«" + NBSP, text)
    text = _CLOSING.sub(NBSP + "»", text)
    return _NUMERO.sub(r"\1" + NBSP, text)


def quoted(text: str, lang: str) -> str:
    """« text » in French, “text” in English."""
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


def long_date(day: date, lang: str) -> str:
    """ "23 novembre 2026", "1er mai 2026"; "23 November 2026" in English."""
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number}{NBSP}{FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def count(number: int, lang: str) -> str:
    """ "12 345" in French (fine space between thousands), "12,345" in English."""
    grouped = f"{number:,}"
    return grouped.replace(",", NNBSP) if lang == "fr" else grouped


def counted(number: int, forms: tuple[str, str], lang: str) -> str:
    """ "1 annotation", "3 annotations"; French keeps 0 and 1 singular ("0 annotation"),
    English only 1. `forms` is (singular, plural); a no-break space joins the number."""
    singular = number <= 1 if lang == "fr" else number == 1
    return f"{count(number, lang)}\u00a0{forms[0] if singular else forms[1]}"
