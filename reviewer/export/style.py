"""The report's look, shared by the formats that have one (PDF, HTML, DOCX): its inks.

Tints and the highlight palette are in reviewer.core.colors.
"""

from __future__ import annotations

INK = "#1f2933"  # body text
MUTED = "#5f6b7a"  # page, location, author lines
ACCENT = "#1f3a5f"  # headings: a sober navy
RULE = "#d5dbe1"  # thin lines and table borders
NOTE_BAR = "#9aa5b1"  # the bar beside a page or document note, which has no colour
