"""The application's look: its icon, and light or dark colours, chosen in the preferences or
following the system's setting (Qt 6's QStyleHints.colorScheme).

The files are package data in `resources/` beside this module, so an installed copy and the
frozen build find them the same way the translations are found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SYSTEM, LIGHT, DARK = "system", "light", "dark"  # reviewer.core.settings.THEMES
FUSION = "Fusion"
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
    QPalette.ColorRole.LinkVisited: "#b085f6",
    QPalette.ColorRole.BrightText: "#ff8a80",
    # Fusion draws its bevels and frames with these: left light, they glare on dark.
    QPalette.ColorRole.Light: "#4a4a4f",
    QPalette.ColorRole.Midlight: "#3c3c40",
    QPalette.ColorRole.Mid: "#2f2f33",
    QPalette.ColorRole.Dark: "#1c1c1e",
    QPalette.ColorRole.Shadow: "#111113",
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


def light_palette() -> QPalette:
    """Fusion's own light palette: the same on every desktop, whatever its theme."""
    style = QStyleFactory.create(FUSION)
    return style.standardPalette() if style is not None else QPalette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def show_warning(label: QWidget, warning: bool) -> None:
    """Say a label's text is a warning, in the theme's warning colour (see the .qss)."""
    label.setProperty("warning", warning)
    label.style().unpolish(label)  # a property's change is not seen until polished again
    label.style().polish(label)


def install_theme(app: QApplication, choice: str = SYSTEM) -> Theme:
    """The application's one Theme (made on first use), showing `choice`."""
    theme = app.findChild(Theme) or Theme(app)
    theme.choose(choice)
    return theme


class Theme(QObject):
    """The application's colours: the system's (its light or dark setting followed live), or
    light or dark whatever the system says (the settings' `theme`).

    A chosen theme uses the Fusion style with our palettes: native styles ignore part of a
    palette. Following the system, most platform themes switch Qt's palette themselves;
    where the system says "dark" but the palette stayed light (Fusion without a desktop
    integration), our dark palette is set.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = SYSTEM
        self.scheme = app.styleHints().colorScheme()
        self._system_style = app.style().name()
        self._style = self._system_style  # the style set last (a set style may not say its name)
        self._system_palette = app.palette()  # the platform's, while ours replaces it
        self._ours = False  # whether the palette shown is one of ours
        app.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply(self.scheme)

    @property
    def dark(self) -> bool:
        if self.choice == SYSTEM:
            return self.scheme == Qt.ColorScheme.Dark
        return self.choice == DARK

    def choose(self, choice: str) -> None:
        """Show one of reviewer.core.settings.THEMES ("system", "light", "dark")."""
        self.choice = choice if choice in (LIGHT, DARK) else SYSTEM
        self.apply(self.app.styleHints().colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """The system's colour scheme is now `scheme`: show what the choice makes of it."""
        self.scheme = scheme
        if self.choice == SYSTEM:
            self._set_style(self._system_style)
            if self._ours:  # the platform's own first: it may have switched it itself
                self._set_palette(self._system_palette, ours=False)
            if self.dark and not is_dark(self.app.palette()):
                self._set_palette(dark_palette(), ours=True)
        else:
            self._set_style(FUSION)
            self._set_palette(dark_palette() if self.dark else light_palette(), ours=True)
        scheme_shown = Qt.ColorScheme.Dark if self.dark else Qt.ColorScheme.Light
        self.app.setStyleSheet(stylesheet(scheme_shown))

    def _set_style(self, name: str) -> None:
        if self._style.casefold() != name.casefold():  # a new style polishes every widget
            self.app.setStyle(name)
            self._style = name

    def _set_palette(self, palette: QPalette, *, ours: bool) -> None:
        if ours and not self._ours:  # kept to give back when the system's is wanted again
            self._system_palette = self.app.palette()
        self.app.setPalette(palette)
        self._ours = ours
