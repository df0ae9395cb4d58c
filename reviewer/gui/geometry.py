"""The main window's size at first start: its own, or less on a small screen.

A module of its own: the start window (startup.py) stands where the main window will be,
and main_window.py may not import startup.py, which imports it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen

DEFAULT_SIZE = (1400, 900)  # The main window's size at first start, on a screen that has room.
# Room left around the window for the frame the window manager adds (borders, title bar).
FRAME_ALLOWANCE = (16, 48)


def first_size(screen: QScreen | None) -> QSize:
    """DEFAULT_SIZE, or less: on a 1280 × 720 screen the whole frame must fit in the free
    area (a window wider than its screen hides its right-hand panels)."""
    return fitted(DEFAULT_SIZE, screen.availableGeometry() if screen is not None else None)


def fitted(size: tuple[int, int], area: QRect | None) -> QSize:
    width, height = size
    if area is not None:
        width = min(width, area.width() - FRAME_ALLOWANCE[0])
        height = min(height, area.height() - FRAME_ALLOWANCE[1])
    return QSize(width, height)
