"""The application's look: its icon, and a stylesheet that follows the system's light or dark
setting (Qt 6's QStyleHints.colorScheme).

The files are package data in `resources/` beside this module, so an installed copy and the
frozen build find them the same way the translations are found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DARK_COLORS = {
    QPalette.ColorRole.Window: "#2b2b2e",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1f1f22",
    QPalette.ColorRole.AlternateBase: "#29292d",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#36363a",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.ToolTipBase: "#36363a",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#8e8e93",
    QPalette.ColorRole.Highlight: "#4646c8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8585f6",
}


def icon_path(size: int) -> Path:
    return RESOURCES / "icons" / f"reviewer-{size}.png"


def app_icon() -> QIcon:
    """The icon at every size we ship (rendered from resources/icons/reviewer.svg)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon


def stylesheet(scheme: Qt.ColorScheme) -> str:
    name = "dark.qss" if scheme == Qt.ColorScheme.Dark else "light.qss"
    return (RESOURCES / name).read_text(encoding="utf-8")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in DARK_COLORS.items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#7a7a7e")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, disabled)
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def install_theme(app: QApplication) -> Theme:
    """The application's one Theme (made on first use)."""
    return app.findChild(Theme) or Theme(app)


class Theme(QObject):
    """Keeps the application's stylesheet in step with the system's colour scheme.

    Most platform themes switch Qt's palette themselves; where the system says "dark" but
    the palette stayed light (Fusion without a desktop integration), a dark palette is set.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.scheme = Qt.ColorScheme.Unknown
        self._system_palette: QPalette | None = None  # Set while our dark palette replaces it.
        app.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply(app.styleHints().colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme
        dark = scheme == Qt.ColorScheme.Dark
        if dark and self._system_palette is None and not is_dark(self.app.palette()):
            self._system_palette = self.app.palette()
            self.app.setPalette(dark_palette())
        elif not dark and self._system_palette is not None:
            self.app.setPalette(self._system_palette)
            self._system_palette = None
        self.app.setStyleSheet(stylesheet(scheme))
