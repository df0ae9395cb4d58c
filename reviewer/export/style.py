"""The report's look, shared by the formats that have one (PDF, HTML, DOCX): inks and tints."""

from __future__ import annotations

from dataclasses import dataclass

INK = "#1f2933"  # body text
MUTED = "#5f6b7a"  # page, location, author lines
ACCENT = "#1f3a5f"  # headings: a sober navy
RULE = "#d5dbe1"  # thin lines and table borders
NOTE_BAR = "#9aa5b1"  # the bar beside a page or document note, which has no colour
QUOTE_TINT = 0.18  # how much of the highlight colour the quote's background takes


@dataclass(frozen=True)
class Picture:
    """A PNG and its size in points, as it should appear (the clip's size on the page)."""

    png: bytes
    width: float
    height: float

    def fitted(self, max_width: float) -> tuple[float, float]:
        """Its size scaled down (never up) to `max_width` points."""
        scale = min(1.0, max_width / self.width) if self.width else 1.0
        return self.width * scale, self.height * scale


def tint(color: str, share: float = QUOTE_TINT) -> str:
    """`color` mixed with white: `share` of the colour, the rest white."""
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)
