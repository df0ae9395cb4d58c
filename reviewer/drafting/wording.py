"""French wording shared by the writer, the reader and the messages of the drafting engine."""

from __future__ import annotations

import re

from reviewer.drafting.model import LAST
from reviewer.export.typography import NBSP

ORDINALS = (
    "première", "deuxième", "troisième", "quatrième", "cinquième",
    "sixième", "septième", "huitième", "neuvième", "dixième",
)  # fmt: skip
NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_WORD = re.compile(r"\w+(?:[-‑.]\w+)*")


def quote(text: str) -> str:
    """« text », with no-break spaces inside the guillemets."""
    return f"«{NBSP}{text}{NBSP}»"


def ordinal(number: int | None) -> str:
    """1 -> "première", 2 -> "deuxième", LAST -> "dernière" (feminine: phrase, occurrence)."""
    if number == LAST:
        return "dernière"
    if number is not None and 1 <= number <= len(ORDINALS):
        return ORDINALS[number - 1]
    return f"{number}e"


def cardinal(number: int) -> str:
    """2 -> "deux"; from eleven on, the figure."""
    return NUMBERS[number - 1] if 1 <= number <= len(NUMBERS) else str(number)


def plural(words: str) -> bool:
    """Whether `words` is more than one word ("les mots" rather than "le mot")."""
    return len(_WORD.findall(words)) != 1


def words_noun(words: str) -> str:
    return "les mots" if plural(words) else "le mot"


def alinea_name(number: int) -> str:
    return f"alinéa{NBSP}{number}"
