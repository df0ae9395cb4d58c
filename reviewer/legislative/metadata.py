"""What a document states about itself: number, legislature, authors, ministries, dates..."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date

from reviewer.core import fields
from reviewer.core.amendments import AN, SENAT
from reviewer.legislative.needles import fold, might_match
from reviewer.legislative.patterns import Rule, Use, head, rules
from reviewer.legislative.structure import article_label

Value = str | list[str]

_FIELDS = rules(Use.FIELD)
# The credits an amendment moves are in its table, before the exposé sommaire that argues.
_EXPOSE = rules(Use.UNIT, "exposé sommaire")[0].pattern
# The date fields, in the order that gives the document's `year`.
_DATES = ("published", "registered", "answered", "withdrawn")
_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
_ORDINAL_WORDS = (
    "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme",
    "huitieme", "neuvieme", "dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme",
    "quinzieme", "seizieme", "dix-septieme", "dix-huitieme", "dix-neuvieme", "vingtieme",
)  # fmt: skip
_ORDINALS = {word: number for number, word in enumerate(_ORDINAL_WORDS, start=1)}
_ROMAN = {"I": 1, "V": 5, "X": 10}
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # Markdown links of pages saved from the web
_CIVILITY = re.compile(r"(?:M\.|Mme|MM\.|Mmes)\s")
_NAME_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+et\s+")


def detect_metadata(pages: Sequence[str], kind: str) -> dict[str, Value]:
    """The fields the text states, read by the rules that apply to `kind`."""
    text = head(pages)
    folded = fold(text)
    found: dict[str, Value] = {}
    for rule in _FIELDS:
        if rule.name in found or (rule.kinds and kind not in rule.kinds):
            continue
        if not might_match(rule.pattern, folded):
            continue
        value = _read(rule, text)
        if value:
            found[rule.name] = value
    year = next((str(found[name])[:4] for name in _DATES if name in found), None)
    if year:
        found["year"] = year
    return found


def _read(rule: Rule, text: str) -> Value | None:
    if rule.name == "sums":
        expose = _EXPOSE.search(text)
        table = text[: expose.start()] if expose else text
        amounts = (" ".join(match["v"].split()) for match in rule.pattern.finditer(table))
        return list(dict.fromkeys(amounts))
    match = rule.pattern.search(text)
    if match is None:
        return None
    return _READERS.get(rule.name, _text)(match)


# --- Readers: from a match to a value -----------------------------------------------------


def _text(match: re.Match[str]) -> str:
    return _clean(match["v"])


def _clean(raw: str) -> str:
    # NFKC undoes what PDF extraction leaves: ligatures ("ﬁ"), no-break spaces, "2ᵉ".
    plain = unicodedata.normalize("NFKC", _LINK.sub(r"\1", raw))
    return " ".join(plain.replace("[", "").replace("]", "").split()).strip(" .;,:")


def _names(match: re.Match[str]) -> list[str]:
    """ "M. X, Mme Y et les membres du groupe Z" -> ["M. X", "Mme Y"]."""
    parts = _NAME_SEPARATOR.split(_clean(match["v"]))
    return [part.strip(" .") for part in parts if _CIVILITY.match(part)]


def _iso(match: re.Match[str]) -> str | None:
    """ "19 mai 2023", "1er mai 2023" or "12/03/2024" -> "2023-05-19"; None if no such day."""
    raw = match["v"].lower()
    numbers = [int(number) for number in re.findall(r"[0-9]+", raw)]
    if "/" in raw:
        day, month, year = numbers
    else:
        # Case-insensitive matching lets odd letters through ("ſeptembre"): no month, no date.
        words = re.findall(r"[^\W\d_]+", raw)
        day, year = numbers[0], numbers[-1]
        month = next((_MONTHS[word] for word in words if word in _MONTHS), 0)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _legislature(match: re.Match[str]) -> str | None:
    """ "16", "DIX-SEPTIÈME" or "XVII" -> "16", "17", "17"."""
    raw = match["v"].lower().replace("è", "e")
    if raw.isdigit():
        return str(int(raw))
    if raw in _ORDINALS:
        return str(_ORDINALS[raw])
    numeral = raw.upper()
    return str(_roman(numeral)) if set(numeral) <= _ROMAN.keys() else None


def _roman(numeral: str) -> int:
    values = [_ROMAN[letter] for letter in numeral]
    # A smaller numeral before a larger one is subtracted: IV, IX, XIV.
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _chamber(match: re.Match[str]) -> str:
    """The cover's « ASSEMBLÉE NATIONALE » or « SÉNAT », as amendments name the chamber."""
    return SENAT if match["v"] == "SÉNAT" else AN


def _target(match: re.Match[str]) -> str:
    return article_label(match["num"], match["pos"] or "")


_READERS: dict[str, Callable[[re.Match[str]], Value | None]] = {
    **{field.key: _names for field in fields.of_value(fields.Value.NAMES)},
    **{field.key: _iso for field in fields.of_value(fields.Value.DATE)},
    "legislature": _legislature,
    "chamber": _chamber,
    "target_article": _target,
}
