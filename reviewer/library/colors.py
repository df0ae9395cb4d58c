"""Highlight colours: a small named palette (French and English names) or any #rrggbb."""

from __future__ import annotations

import re

from reviewer.core.errors import ReviewerError

PALETTE = {
    "yellow": "#ffd54f",
    "green": "#81c784",
    "blue": "#64b5f6",
    "pink": "#f48fb1",
    "orange": "#ffb74d",
    "purple": "#ba68c8",
    "red": "#e57373",
}
FRENCH_NAMES = {
    "jaune": "yellow",
    "vert": "green",
    "bleu": "blue",
    "rose": "pink",
    "orange": "orange",
    "violet": "purple",
    "rouge": "red",
}
DEFAULT_COLOR = PALETTE["yellow"]
DEFAULT_TAG_COLOR = "#9e9e9e"
HEX = re.compile(r"#[0-9a-fA-F]{6}")


def parse_color(value: str) -> str:
    """A colour name or #rrggbb, as the stored lowercase #rrggbb."""
    name = value.strip().lower()
    name = FRENCH_NAMES.get(name, name)
    if name in PALETTE:
        return PALETTE[name]
    if HEX.fullmatch(name):
        return name
    known = ", ".join([*PALETTE, *FRENCH_NAMES])
    raise ReviewerError(f"unknown colour “{value}”: use #rrggbb or one of {known}")
