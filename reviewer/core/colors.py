"""Colours: the highlight palette (French and English names, or any #rrggbb), the inks of a
comparison, and tints."""

from __future__ import annotations

import re

from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr

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
INSERTED_INK = "#1b7a3a"  # a green that reads as text: words a new version added
DELETED_INK = "#b3261e"  # ... and words it deleted
QUOTE_TINT = 0.18  # how much of the highlight colour a quote's background takes


def parse_color(value: str) -> str:
    """A colour name or #rrggbb, as the stored lowercase #rrggbb."""
    name = value.strip().lower()
    name = FRENCH_NAMES.get(name, name)
    if name in PALETTE:
        return PALETTE[name]
    if HEX.fullmatch(name):
        return name
    known = ", ".join([*PALETTE, *FRENCH_NAMES])
    raise ReviewerError(
        tr("unknown colour “{value}”: use #rrggbb or one of {known}", value=value, known=known)
    )


def tint(color: str, share: float = QUOTE_TINT) -> str:
    """`color` mixed with white: `share` of the colour, the rest white."""
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)
